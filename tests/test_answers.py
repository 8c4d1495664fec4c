"""Kept answers: the on-disk store keeps each stored question's answer for the state of its files; what it reads back
must be the answer the store would compute, row for row and in order, and a change to any article (added, edited
with the same size and modification time, deleted) must change every affected answer at the next asking."""
from __future__ import annotations

import os
import shutil

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from coopgraph.cli import main
from coopgraph.graphfiles import turtle_files
from coopgraph.query import answers, questions
from coopgraph.query.answers import answer
from coopgraph.query.results import Solutions
from coopgraph.query.store import open_dataset, state_of

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


def _kept(ds) -> list:
    folder = answers.folder_of(ds.cache_dir, ds.state)
    return sorted(folder.glob("*.tsv")) if folder.is_dir() else []


def _key(q, params) -> str:
    return answers.key_of(questions.bind(q, questions.bind_params(q, params)))


def _every_answer(ds, fresh: bool = False) -> dict:
    return {(q.name, str(params)): _rows(answer(ds, q, params, fresh=fresh))
            for q in questions.catalogue() for params in _asked(q)}


def test_every_kept_answer_is_the_computed_one_row_for_row(own_graph, tmp_path):
    ds = open_dataset([own_graph], path=tmp_path / "store", cache=True)
    assert ds.state is not None
    asked = nonempty = 0
    for q in questions.catalogue():
        for params in _asked(q):
            fresh = _rows(answer(ds, q, params, fresh=True))
            first, again = _rows(answer(ds, q, params)), _rows(answer(ds, q, params))
            assert first == fresh and again == fresh, (q.name, params)
            asked += 1
            nonempty += len(fresh) > 1
    assert nonempty >= 12                                 # not a comparison of empty answers
    assert len(_kept(ds)) == asked >= 18                  # each question and each article-scoped one, kept


def test_a_reopened_store_reads_its_kept_answers_without_opening_the_store(own_graph, tmp_path):
    first = open_dataset([own_graph], path=tmp_path / "store", cache=True)
    q = questions.find_query("lao-provinces-with-several-partners")
    right = _rows(answer(first, q, {}))
    first.close()
    del first
    again = open_dataset([own_graph], path=tmp_path / "store", cache=True)
    assert again.opened is None and again.loaded == []           # up to date: not opened yet
    assert _rows(answer(again, q, {})) == right
    assert again.opened is None                                  # the kept answer needed no store


@pytest.mark.parametrize("change", ["added", "edited, same size and mtime", "deleted"])
def test_a_changed_article_changes_every_affected_answer_kept_ones_included(own_graph, tmp_path, change):
    """Issue 19: each stored question asked (so its answer is kept), then one article added, edited (in place,
    keeping its size and modification time, as cp -p or rsync -a do) or deleted: the next answers, asked as usual
    (kept answers allowed), are those of a store built afresh from the changed files."""
    store = tmp_path / "store"
    files = turtle_files([own_graph])
    ds = open_dataset([own_graph], path=store, cache=True)
    before = _every_answer(ds)
    ds.close()
    del ds
    victim = next(f for f in files if f.name.startswith("004"))        # a source of the headline question
    if change == "added":
        shutil.copy(victim, own_graph / "999_copy.ttl")
        text = (own_graph / "999_copy.ttl").read_text(encoding="utf-8")
        # the same claims, stated by another article (its own file name): sources and counts change
        (own_graph / "999_copy.ttl").write_text(text.replace("004_e60b61f85d68355c.txt", "999_copy.txt"),
                                                encoding="utf-8")
    elif change == "deleted":
        victim.unlink()
    else:
        st = victim.stat()
        data = victim.read_bytes()
        # the same number of bytes: one province's code swapped for another of the same length, in place
        edited = data.replace(b"place:LA-HO", b"place:LA-XA")
        assert edited != data and len(edited) == len(data)
        with open(victim, "r+b") as f:                                # in place: same inode, same size
            f.write(edited)
        os.utime(victim, ns=(st.st_atime_ns, st.st_mtime_ns))          # and the old modification time
        assert (victim.stat().st_size, victim.stat().st_mtime_ns) == (st.st_size, st.st_mtime_ns)
    after_ds = open_dataset([own_graph], path=store, cache=True)
    after = _every_answer(after_ds)
    expected = _every_answer(open_dataset([own_graph], cache=False))
    assert after == expected
    changed = [k for k in after if after[k] != before[k]]
    assert ("lao-provinces-with-several-partners", "{}") in changed, changed
    assert len(changed) >= 5, changed


def test_other_content_is_another_state():
    files = {"a.ttl": {"graph": "g", "sha256": "1", "size": 3, "mtime_ns": 4}}
    state = state_of(files)
    assert state_of({"a.ttl": {**files["a.ttl"], "mtime_ns": 5}}) == state      # touched only
    assert state_of({"a.ttl": {**files["a.ttl"], "sha256": "2"}}) != state
    assert state_of({"a.ttl": {**files["a.ttl"], "graph": "h"}}) != state


def test_other_code_keeps_its_answers_apart(own_graph, tmp_path, monkeypatch):
    ds = open_dataset([own_graph], path=tmp_path / "store", cache=True)
    folder = answers.folder_of(ds.cache_dir, ds.state)
    answers.code_fingerprint.cache_clear()
    monkeypatch.setattr(answers, "__version__", "other")
    try:
        assert answers.folder_of(ds.cache_dir, ds.state) != folder
    finally:
        answers.code_fingerprint.cache_clear()


def test_each_binding_is_kept_apart(own_graph, tmp_path):
    ds = open_dataset([own_graph], path=tmp_path / "store", cache=True)
    q = questions.find_query("partners-of")
    places = ["LA-HO", "VN-21", "LA-XA"]
    answered = [_rows(answer(ds, q, {"place": p})) for p in places]
    assert answered == [_rows(answer(ds, q, {"place": p}, fresh=True)) for p in places]
    assert len({str(a) for a in answered}) == len(places)          # three questions, three different answers
    assert len({_key(q, {"place": p}) for p in places}) == 3


def test_a_damaged_kept_answer_is_computed_again(own_graph, tmp_path):
    ds = open_dataset([own_graph], path=tmp_path / "store", cache=True)
    q = questions.find_query("officials")
    right = _rows(answer(ds, q, {}, fresh=True))
    path = answers.folder_of(ds.cache_dir, ds.state) / _key(q, {})
    assert path.exists()
    for damage in ['?article\t?name\n"unclosed\t<not an iri\n', ""]:
        path.write_text(damage, encoding="utf-8")           # garbage, an empty file (a write lost to a crash)
        assert _rows(answer(ds, q, {})) == right


def test_the_kept_file_is_what_is_read_and_fresh_computes_and_keeps_anew(own_graph, tmp_path):
    ds = open_dataset([own_graph], path=tmp_path / "store", cache=True)
    q = questions.find_query("officials")
    right = _rows(answer(ds, q, {}))
    path = answers.folder_of(ds.cache_dir, ds.state) / _key(q, {})
    path.write_text('?article\t?name\t?post\t?of\n"planted"\t"Nobody"\t"none"\t"XX"\n', encoding="utf-8")
    planted = [["article", "name", "post", "of"], [ox.Literal(v) for v in ("planted", "Nobody", "none", "XX")]]
    assert _rows(answer(ds, q, {})) == planted          # read from the file, not computed
    assert _rows(answer(ds, q, {}, fresh=True)) == right
    assert _rows(answer(ds, q, {})) == right             # --fresh kept what it computed


def test_only_the_catalogue_s_queries_without_changing_functions_are_kept(own_graph, tmp_path):
    ds = open_dataset([own_graph], path=tmp_path / "store", cache=True)
    own = tmp_path / "mine.rq"
    own.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }\n", encoding="utf-8")
    answer(ds, questions.find_query(str(own)), {})
    assert _kept(ds) == []                                         # a user's own file is asked afresh
    assert questions.depends_on_data_alone("SELECT ?s WHERE { ?s ?p ?o } # now and then, 'rand' <http://x/now>")
    assert [q.name for q in questions.catalogue() if not questions.depends_on_data_alone(q.text)] == []
    for text in ["SELECT (NOW() AS ?t) {}", "SELECT (rand() AS ?r) {}", "SELECT ?s { BIND(STRUUID() AS ?s) }",
                 "SELECT ?s { SERVICE <http://x/> { ?s ?p ?o } }", "SELECT (BNODE() AS ?b) {}"]:
        assert not questions.depends_on_data_alone(text), text


def test_an_unwritable_answers_folder_keeps_nothing_and_answers_all_the_same(own_graph, tmp_path):
    blocked = tmp_path / "blocked"
    open_dataset([own_graph], path=blocked, cache=True).close()
    shutil.rmtree(blocked / answers.FOLDER, ignore_errors=True)
    (blocked / answers.FOLDER).write_text("not a folder", encoding="utf-8")     # no answer can be written here
    ds = open_dataset([own_graph], path=blocked, cache=True)
    q = questions.find_query("officials")
    assert _rows(answer(ds, q, {})) == _rows(answer(ds, q, {}, fresh=True))


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
    (tmp_path / answers.FOLDER).mkdir()
    answers.keep_answer(tmp_path, "s", "a.tsv", Solutions(names, rows))
    back = answers.read_kept(tmp_path, "s", "a.tsv")
    assert [v.value for v in back.variables] == names
    assert [[sol[n] for n in names] for sol in back] == [[r[n] for n in names] for r in rows]
    answers.keep_answer(tmp_path, "s", "one.tsv", Solutions(["x"], [{}, {"x": ox.Literal("y")}]))
    assert [sol["x"] for sol in answers.read_kept(tmp_path, "s", "one.tsv")] == [None, ox.Literal("y")]
    with pytest.raises(ValueError):
        answers.write_tsv(tmp_path / "t.tsv", Solutions(["t"], [{"t": ox.Triple(*cells[5:6] * 2, cells[0])}]))


def test_no_more_answers_are_kept_than_the_limit(own_graph, tmp_path, monkeypatch):
    monkeypatch.setattr(answers, "MAX_KEPT", 3)
    ds = open_dataset([own_graph], path=tmp_path / "store", cache=True)
    q = questions.find_query("partners-of")
    for p in ["LA-HO", "VN-21", "LA-XA"]:
        answer(ds, q, {"place": p})
    answer(ds, q, {"place": "LA-HO"})              # read again: the last the store will let go
    for p in ["LA-BL", "VN-33"]:
        answer(ds, q, {"place": p})
    assert {f.name for f in _kept(ds)} == {_key(q, {"place": p}) for p in ["LA-HO", "LA-BL", "VN-33"]}
    for p in ["LA-HO", "VN-21", "LA-BL"]:
        assert _rows(answer(ds, q, {"place": p})) == _rows(answer(ds, q, {"place": p}, fresh=True))


@pytest.mark.parametrize("store", ["oxigraph", "memory"])
def test_a_store_in_memory_keeps_nothing(store):
    ds = open_dataset(cache=False, store=store)
    assert ds.state is None
    q = questions.find_query("officials")
    assert _rows(answer(ds, q, {})) == _rows(answer(ds, q, {}, fresh=True))


def test_the_command_line_answers_the_same_kept_or_fresh(own_graph):
    run = CliRunner()
    args = ["query", "officials", "--data", str(own_graph), "--format", "tsv"]
    first = run.invoke(main, args)
    kept = run.invoke(main, args)
    fresh = run.invoke(main, args + ["--fresh"])
    assert first.exit_code == kept.exit_code == fresh.exit_code == 0, first.output
    assert first.output == kept.output == fresh.output and len(first.output.splitlines()) > 10
