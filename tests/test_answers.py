"""Kept answers (issue #6): the on-disk store keeps each stored query's answer until its data or the code changes;
what it reads back must be the answer the store would compute, row for row and in order."""
from __future__ import annotations

import shutil

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from coopgraph import answers, queries
from coopgraph.cli import main
from coopgraph.results import Row, Solutions
from coopgraph.store import open_dataset, turtle_files

from export_helpers import SAMPLE_ARTICLE, SAMPLE_PARAMS


pytestmark = pytest.mark.usefixtures("private_cache")


def _rows(result) -> list[list]:
    names = [v.value for v in result.variables]
    return [names] + [[sol[n] for n in names] for sol in result]


def _asked(q) -> list[dict]:
    """The ways the tests ask a query: as asked (required parameters only) and, where it has one, for one article."""
    out = [{p.name: SAMPLE_PARAMS[p.name] for p in q.params if p.required}]
    if any(p.kind == "article" for p in q.params):
        out.append({**out[0], **{p.name: SAMPLE_ARTICLE for p in q.params if p.kind == "article"}})
    return out


def test_every_kept_answer_is_the_computed_one_row_for_row(own_graph, tmp_path):
    ds = open_dataset([own_graph], path=tmp_path / "store", cache=True)
    assert ds.answers is not None
    asked = 0
    for q in queries.catalogue():
        for params in _asked(q):
            fresh = _rows(queries.answer(ds, q, params, fresh=True))
            first, again = _rows(queries.answer(ds, q, params)), _rows(queries.answer(ds, q, params))
            assert first == fresh and again == fresh, (q.name, params)
            asked += len(fresh) > 1
    assert asked >= 12                                    # not a comparison of empty answers
    assert len(list(ds.answers.glob("*.tsv"))) >= 13


def test_a_new_state_answers_the_standard_questions_at_once_and_a_reopen_reuses_them(own_graph, tmp_path):
    first = open_dataset([own_graph], path=tmp_path / "store", cache=True, keep_answers=True)
    standard = [q for q in queries.catalogue() if not any(p.required for p in q.params)]
    kept = {p.name: p.stat().st_mtime_ns for p in first.answers.glob("*.tsv")}
    assert len(kept) == len(standard) >= 10
    folder = first.answers
    first.close()
    del first
    again = open_dataset([own_graph], path=tmp_path / "store", cache=True, keep_answers=True)
    assert again.answers == folder
    assert {p.name: p.stat().st_mtime_ns for p in again.answers.glob("*.tsv")} == kept     # nothing made again


def test_a_changed_article_is_never_answered_from_before_the_change(own_graph, tmp_path):
    q = queries.find_query("officials")
    first = open_dataset([own_graph], path=tmp_path / "store", cache=True)
    before, old_folder = _rows(queries.answer(first, q, {})), first.answers
    first.close()
    del first
    gone = next(f for f in turtle_files([own_graph]) if "PostHolding" in f.read_text(encoding="utf-8"))
    gone.unlink()
    after_ds = open_dataset([own_graph], path=tmp_path / "store", cache=True)
    after = _rows(queries.answer(after_ds, q, {}))
    assert after != before and after == _rows(queries.answer(after_ds, q, {}, fresh=True))
    assert after_ds.answers != old_folder and not old_folder.exists()     # the old state's answers are gone


def test_other_code_is_another_state(monkeypatch):
    files = {"a.ttl": {"graph": "g", "sha256": "1", "size": 3, "mtime_ns": 4}}
    state = answers.state_of(files, "d")
    assert answers.state_of({"a.ttl": {**files["a.ttl"], "mtime_ns": 5}}, "d") == state      # touched only
    assert answers.state_of({"a.ttl": {**files["a.ttl"], "sha256": "2"}}, "d") != state
    assert answers.state_of(files, "e") != state                                              # other digest
    monkeypatch.setattr(answers, "code_fingerprint", lambda: "other code")
    assert answers.state_of(files, "d") != state


def test_each_binding_and_narrowing_is_kept_apart(own_graph, tmp_path):
    ds = open_dataset([own_graph], path=tmp_path / "store", cache=True)
    q = queries.find_query("partners-of")
    places = ["LA-HO", "VN-21", "LA-XA"]
    answered = [_rows(queries.answer(ds, q, {"place": p})) for p in places]
    assert answered == [_rows(queries.answer(ds, q, {"place": p}, fresh=True)) for p in places]
    assert len({str(a) for a in answered}) == len(places)          # three questions, three different answers
    k = answers.key_of(q.text, {}, None)
    assert k != answers.key_of(q.text, {}, ["a.txt"]) and k != answers.key_of(q.text + " ", {}, None)


def test_a_damaged_kept_answer_is_computed_again(own_graph, tmp_path):
    ds = open_dataset([own_graph], path=tmp_path / "store", cache=True)
    q = queries.find_query("officials")
    right = _rows(queries.answer(ds, q, {}, fresh=True))
    path = ds.answers / answers.key_of(q.text, queries.bind_params(q, {}), None)
    assert path.exists()
    for damage in ['?article\t?name\n"unclosed\t<not an iri\n', ""]:
        path.write_text(damage, encoding="utf-8")           # garbage, an empty file (a write lost to a crash)
        assert _rows(queries.answer(ds, q, {})) == right


def test_the_kept_file_is_what_is_read_and_fresh_computes_and_keeps_anew(own_graph, tmp_path):
    ds = open_dataset([own_graph], path=tmp_path / "store", cache=True)
    q = queries.find_query("officials")
    right = _rows(queries.answer(ds, q, {}))
    path = ds.answers / answers.key_of(q.text, queries.bind_params(q, {}), None)
    path.write_text('?article\t?name\t?post\t?of\n"planted"\t"Nobody"\t"none"\t"XX"\n', encoding="utf-8")
    planted = [["article", "name", "post", "of"], [ox.Literal(v) for v in ("planted", "Nobody", "none", "XX")]]
    assert _rows(queries.answer(ds, q, {})) == planted          # read from the file, not computed
    assert _rows(queries.answer(ds, q, {}, fresh=True)) == right
    assert _rows(queries.answer(ds, q, {})) == right             # --fresh kept what it computed


def test_only_the_catalogue_s_queries_without_changing_functions_are_kept(own_graph, tmp_path):
    ds = open_dataset([own_graph], path=tmp_path / "store", cache=True)
    own = tmp_path / "mine.rq"
    own.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }\n", encoding="utf-8")
    queries.answer(ds, queries.find_query(str(own)), {})
    assert not ds.answers.exists() or not list(ds.answers.glob("*.tsv"))     # a user's own file is asked afresh
    assert queries.keepable("SELECT ?s WHERE { ?s ?p ?o } # now and then, 'rand' <http://x/now>")
    assert [q.name for q in queries.catalogue() if not queries.keepable(q.text)] == []      # all of them are kept
    for text in ["SELECT (NOW() AS ?t) {}", "SELECT (rand() AS ?r) {}", "SELECT ?s { BIND(STRUUID() AS ?s) }",
                 "SELECT ?s { SERVICE <http://x/> { ?s ?p ?o } }", "SELECT (BNODE() AS ?b) {}"]:
        assert not queries.keepable(text), text


def test_a_write_to_the_store_drops_its_kept_answers(own_graph, tmp_path):
    ds = open_dataset([own_graph], path=tmp_path / "store", cache=True)
    q = queries.find_query("officials")
    before = _rows(queries.answer(ds, q, {}))
    folder = ds.answers
    ds.store.update("DELETE WHERE { GRAPH ?g { ?h ?p ?o . ?h a <https://w3id.org/coopgraph/ontology#PostHolding> } }")
    assert ds.answers is None and not folder.exists()
    after = _rows(queries.answer(ds, q, {}))
    assert after != before and after == _rows(queries.answer(ds, q, {}, fresh=True))


def test_a_closed_or_locked_or_unwritable_store_keeps_nothing(own_graph, tmp_path):
    holder = open_dataset([own_graph], path=tmp_path / "store", cache=True)
    other = open_dataset([own_graph], path=tmp_path / "store", cache=True)      # locked: in memory
    assert holder.answers is not None and other.answers is None
    holder.close()
    assert holder.answers is None
    del holder, other
    blocked = tmp_path / "blocked"
    open_dataset([own_graph], path=blocked, cache=True).close()
    shutil.rmtree(blocked / answers.FOLDER, ignore_errors=True)
    (blocked / answers.FOLDER).write_text("not a folder", encoding="utf-8")     # no answer can be written here
    ds = open_dataset([own_graph], path=blocked, cache=True, keep_answers=True)
    q = queries.find_query("officials")
    calls = []
    real = ds.store.query
    ds.store.query = lambda *a, **k: calls.append(1) or real(*a, **k)
    assert _rows(queries.answer(ds, q, {})) == _rows(queries.answer(ds, q, {}, fresh=True))
    assert len(calls) == 2                                     # computed once per asking, not twice


def test_the_results_file_keeps_every_kind_of_term(tmp_path):
    xsd = "http://www.w3.org/2001/XMLSchema#"
    cells = [
        ox.Literal("tab\there, newline\nthere, \"quoted\", back\\slash, Hà Nội"),
        ox.Literal("Viêng Chăn", language="vi"),
        ox.Literal("5", datatype=ox.NamedNode(xsd + "integer")),
        ox.Literal("1.50", datatype=ox.NamedNode(xsd + "decimal")),
        ox.Literal("2026", datatype=ox.NamedNode(xsd + "gYear")),
        ox.NamedNode("https://w3id.org/coopgraph/place/LA-VT"),
        ox.BlankNode("b1"),
        ox.Literal("\r\x0b\u2028 \x85 \ud7ff"),
        None,
    ]
    names = [f"c{i}" for i in range(len(cells))]
    rows = [dict(zip(names, cells)), dict(zip(names, reversed(cells)))]
    path = tmp_path / "a.tsv"
    answers.write(path, Solutions(names, [Row(r) for r in rows]))
    back = answers.read(path)
    assert [v.value for v in back.variables] == names
    assert [[sol[n] for n in names] for sol in back] == [[r[n] for n in names] for r in rows]
    one = tmp_path / "one.tsv"
    answers.write(one, Solutions(["x"], [Row({}), Row({"x": ox.Literal("y")})]))       # unbound, then bound
    assert [sol["x"] for sol in answers.read(one)] == [None, ox.Literal("y")]
    with pytest.raises(ValueError):
        answers.write(tmp_path / "t.tsv", Solutions(["t"], [Row({"t": ox.Triple(*cells[5:6] * 2, cells[0])})]))


def test_no_more_answers_are_kept_than_the_limit(own_graph, tmp_path, monkeypatch):
    monkeypatch.setattr(answers, "MAX_KEPT", 3)
    ds = open_dataset([own_graph], path=tmp_path / "store", cache=True)
    q = queries.find_query("partners-of")
    b = lambda p: queries.bind_params(q, {"place": p})  # noqa: E731
    for p in ["LA-HO", "VN-21", "LA-XA"]:
        queries.answer(ds, q, {"place": p})
    queries.answer(ds, q, {"place": "LA-HO"})              # read again: the last the store will let go
    for p in ["LA-BL", "VN-33"]:
        queries.answer(ds, q, {"place": p})
    left = {f.name for f in ds.answers.glob("*.tsv")}
    assert left == {answers.key_of(q.text, b(p), None) for p in ["LA-HO", "LA-BL", "VN-33"]}
    for p in ["LA-HO", "VN-21", "LA-BL"]:
        assert _rows(queries.answer(ds, q, {"place": p})) == _rows(queries.answer(ds, q, {"place": p}, fresh=True))


@pytest.mark.parametrize("store", ["oxigraph", "memory"])
def test_a_store_in_memory_keeps_nothing(store):
    ds = open_dataset(cache=False, store=store)
    assert ds.answers is None
    q = queries.find_query("officials")
    assert _rows(queries.answer(ds, q, {})) == _rows(queries.answer(ds, q, {}, fresh=True))


def test_the_command_line_answers_the_same_kept_or_fresh(own_graph):
    run = CliRunner()
    args = ["query", "officials", "--data", str(own_graph), "--format", "tsv"]
    first = run.invoke(main, args)
    kept = run.invoke(main, args)
    fresh = run.invoke(main, args + ["--fresh"])
    assert first.exit_code == kept.exit_code == fresh.exit_code == 0, first.output
    assert first.output == kept.output == fresh.output and len(first.output.splitlines()) > 10
