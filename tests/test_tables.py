"""How answers read (issue 18): every label column in the chosen language, list cells sorted, the same bytes on every
run and store, tables that fit the terminal, sums and dates, the SPARQL XML results, queries of the user's own."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner
from rich.cells import cell_len

from coopgraph.cli import main
from coopgraph.labels import PLACE
from coopgraph.query import questions
from coopgraph.query.answers import answer
from coopgraph.query.formatting import HEADINGS, amount, date_text, pieces, run_stored, table_cells
from coopgraph.query.results import list_columns
from coopgraph.query.store import open_dataset

import pyoxigraph as ox

VN = "https://w3id.org/coopgraph/place/VN"
PREFIXES = ("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
            "PREFIX schema: <https://schema.org/> PREFIX cg: <https://w3id.org/coopgraph/ontology#> ")


@pytest.fixture(scope="module")
def ds():
    return open_dataset(cache=False)


@pytest.fixture(scope="module")
def rdf_ds():
    return open_dataset(store="memory")


def _asked(q) -> list[dict]:
    return [questions.example_params(q), questions.example_params(q, optional=True)]


def _select(ds, text: str) -> list:
    return list(ds.store.query(PREFIXES + text, use_default_graph_as_union=True))


def expected_name(ds, iri: str, lang: str) -> str | None:
    """The name a reader expects, found here without coopgraph's code: the label in ``lang`` (a Vietnamese place's
    in Vietnamese), else in the other language, else an untagged one; the first in code-point order."""
    node = f"<{iri}>"
    vietnamese = bool(_select(ds, f"SELECT ?x WHERE {{ GRAPH ?g {{ {node} cg:inCountry|cg:withinUnit/cg:inCountry <{VN}> }} "
                                  "BIND(1 AS ?x) } LIMIT 1"))
    want = "vi" if vietnamese or lang == "vi" else lang
    found = [r["l"] for r in _select(ds, f"SELECT ?l WHERE {{ GRAPH ?g {{ {node} rdfs:label|skos:prefLabel|schema:name ?l }} }}")]
    for ok in (lambda t: t == want, lambda t: t in ("vi", "en"), lambda t: not t):
        names = sorted(lit.value for lit in found if ok((lit.language or "").lower()))
        if names:
            return names[0]
    return None


def thing_of_code(ds, scheme: str, code: str) -> str | None:
    lit = str(ox.Literal(code))
    if scheme == PLACE:
        rows = _select(ds, f"SELECT ?x WHERE {{ GRAPH ?g {{ ?x cg:code {lit} }} }}")
    else:
        rows = _select(ds, f"SELECT ?x WHERE {{ GRAPH ?g {{ ?x skos:notation {lit} ; skos:inScheme <{scheme}> }} }}")
    return min((r["x"].value for r in rows), default=None)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_label_column_speaks_the_chosen_language(ds, lang):
    checked = 0
    for q in questions.catalogue():
        # every column has a heading in Vietnamese (English ones may be the column's own name)
        assert all(c in HEADINGS["vi"] for c in questions.result_columns(q)), q.name
        lists = list_columns(q.text)
        for params in _asked(q):
            result = answer(ds, q, params)
            variables = [v.value for v in result.variables]
            rows = [[sol[v] for v in variables] for sol in result]
            heads, cells, _, _ = table_cells(variables, rows, question=q, lang=lang, ask=lambda t: ds.store.query(
                t, use_default_graph_as_union=True), wide=True)
            shown_columns = [v for v in variables if v not in q.money.values()]
            assert heads == [HEADINGS[lang].get(v, v.replace("_", " ")) for v in shown_columns]
            for row, shown in zip(rows, cells):
                by_name = dict(zip(shown_columns, shown))
                for v, t in zip(variables, row):
                    if isinstance(t, ox.NamedNode):
                        want = expected_name(ds, t.value, lang)
                        if want is not None:
                            assert by_name[v] == want, (q.name, v, t.value, lang)
                            checked += 1
                    elif v in q.codes and isinstance(t, ox.Literal) and t.value:
                        items = t.value.split(lists[v]) if v in lists else [t.value]
                        want = []
                        for code in items:
                            thing = thing_of_code(ds, q.codes[v], code)
                            name = expected_name(ds, thing, lang) if thing else None
                            want.append(name or code)
                            checked += 1
                        sep = lists.get(v, "")
                        got = by_name[v].split(sep) if sep else [by_name[v]]
                        assert sorted(got) == sorted(want), (q.name, v, t.value, lang)
                        assert not set(got) & {c for c, w in zip(items, want) if w != c}, "a code where a name exists"
    assert checked > 300


def test_the_parameters_given_are_said_once_above_the_table(ds):
    q = questions.find_query("holder-on-date")
    out = run_stored(ds, q, {"place": "LA-HO", "date": "2025-08-01", "post": "party-secretary"}, lang="en")
    assert out.splitlines()[0] == "place: Houaphanh · date: 2025-08-01 · post: party-secretary"
    head = out.split("─")[0].splitlines()[1:]
    assert "role" in " ".join(head) and "place" not in " ".join(head) and "Houaphanh" not in out.split("\n", 1)[1]
    out = run_stored(ds, questions.find_query("partners-of"), {"place": "Hua Phan"}, lang="vi")
    assert out.splitlines()[0] == "địa phương: Hủa Phăn" and out.splitlines()[1].startswith("mã đối tác")
    # a parameter left out (every post) keeps its column; programs always get every column
    out = run_stored(ds, q, {"place": "LA-HO", "date": "2025-08-01"}, lang="en")
    assert out.splitlines()[0] == "place: Houaphanh · date: 2025-08-01"
    assert run_stored(ds, q, {"place": "LA-HO", "date": "2025-08-01"}, "csv").startswith("place,date,post,role,")


def test_the_headline_question_reads_in_each_language(ds):
    q = questions.find_query("lao-provinces-with-several-partners")
    vi, en = run_stored(ds, q, {}, lang="vi"), run_stored(ds, q, {}, lang="en")
    assert "Hủa Phăn" in vi and "Houaphanh" not in vi and "tỉnh" in vi.split("─")[0]
    assert "Houaphanh" in en and "Hủa Phăn" not in en and "province" in en.split("─")[0]
    # Vietnamese partners keep their Vietnamese names in both, sorted by name
    for out in (vi, en):
        assert "Nghệ An, Sơn La, Thanh Hóa" in out and "Hà Tĩnh, Nghệ An" in out and "VN-2" not in out


def test_the_same_bytes_twice_and_on_rdflib(ds, rdf_ds):
    for q in questions.catalogue():
        for params in _asked(q):
            for lang in ("vi", "en"):
                for fmt, wide in (("table", False), ("table", True), ("xml", False)):
                    first = run_stored(ds, q, params, fmt, lang=lang, wide=wide)
                    assert run_stored(ds, q, params, fmt, lang=lang, wide=wide) == first, (q.name, params, lang)
                    assert run_stored(rdf_ds, q, params, fmt, lang=lang, wide=wide) == first, (q.name, params, lang)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_at_80_columns_no_line_is_wider_and_no_word_is_split(ds, lang):
    for q in questions.catalogue():
        for params in _asked(q):
            out = run_stored(ds, q, params, lang=lang, width=80)
            result = answer(ds, q, params)
            variables = [v.value for v in result.variables]
            heads, cells, _, _ = table_cells(variables, [[s[v] for v in variables] for s in result], question=q,
                                          lang=lang, ask=lambda t: ds.store.query(t, use_default_graph_as_union=True))
            words = set()
            for text in [*heads, *(c for row in cells for c in row)]:
                for w in text.split():      # a word, or consecutive pieces of it (an IRI broken after '/' or '--')
                    parts = pieces(w)
                    words |= {"".join(parts[i:j]) for i in range(len(parts)) for j in range(i + 1, len(parts) + 1)}
            for line in out.splitlines():
                assert cell_len(line) <= 80, (q.name, line)
                for token in line.split():
                    if set(token) == {"─"} or token.startswith("(") or token.endswith(")") or token == "·":
                        continue        # the rule, the row count, between the parameters said above the table
                    token = token[:-1] if token.endswith(":") and token[:-1] in words else token
                    # a word whole, or its beginning shortened with '…': never a piece of a word cut in two
                    assert token in words or (token.endswith("…") and any(w.startswith(token[:-1]) for w in words)), \
                        (q.name, lang, token, line)


def test_long_lists_of_sources_become_a_count_and_the_first_ones(ds):
    q = questions.find_query("lao-provinces-with-several-partners")
    short = run_stored(ds, q, {}, lang="en", width=200)
    wide = run_stored(ds, q, {}, lang="en", width=400, wide=True)
    houaphanh = next(line for line in short.splitlines() if line.startswith("LA-HO"))
    assert houaphanh.count(".txt") == 2 and "4 in all: 000_" in houaphanh and houaphanh.endswith(".txt, …")
    houaphanh = next(line for line in wide.splitlines() if line.startswith("LA-HO"))
    assert houaphanh.count(".txt") == 4 and "in all" not in houaphanh
    assert "tổng 4: 000_" in run_stored(ds, q, {}, lang="vi", width=200)


def test_sums_have_thousands_separators_and_their_unit(ds):
    assert amount("8200000000", "VND", "en") == "8,200,000,000 VND"
    assert amount("8200000000", "VND", "vi") == "8.200.000.000 VND"
    assert amount("1500.50", "USD", "en") == "1,500.5 USD" and amount("1500.50", "USD", "vi") == "1.500,5 USD"
    out = run_stored(ds, questions.find_query("commitments"), {}, lang="en")
    assert "8,200,000,000 VND" in out and "244,000,000,000 VND" in out and "currency" not in out.splitlines()[0]
    out = run_stored(ds, questions.find_query("amounts"), {}, lang="vi")
    assert "244.000.000.000 VND" in out
    # programs get the plain number and the currency's own column
    csv_out = run_stored(ds, questions.find_query("commitments"), {}, "csv")
    assert csv_out.splitlines()[0].startswith("giver,receiver,currency,total") and ",8200000000," in csv_out


def test_dates_read_as_dates():
    xsd = "http://www.w3.org/2001/XMLSchema#"
    assert date_text(ox.Literal("--05-14", datatype=ox.NamedNode(xsd + "gMonthDay")), "en") == "14 May"
    assert date_text(ox.Literal("--05-14", datatype=ox.NamedNode(xsd + "gMonthDay")), "vi") == "14/5"
    assert date_text(ox.Literal("2025-05-12T00:00:00", datatype=ox.NamedNode(xsd + "dateTime")), "en") == "2025-05-12"
    assert date_text(ox.Literal("2025-05-12", datatype=ox.NamedNode(xsd + "date")), "vi") == "2025-05-12"


def test_two_agreements_of_one_article_between_one_pair_are_told_apart(ds):
    for name, params in (("agreements", {"article": "004_e60b61f85d68355c.txt"}),
                         ("agreements-in-force", {"date": "2026-01-01"})):
        q = questions.find_query(name)
        rows = run_stored(ds, q, params, "csv").splitlines()[1:]
        pair = [r for r in rows if "LA-VT" in r and "VN-22" in r]
        assert len(pair) == 2 and len(set(pair)) == 2, (name, pair)
        table = run_stored(ds, q, params, lang="en", width=200)
        assert "People's Council" in table and "People's Committee" in table


def test_xml_results_carry_the_same_terms_as_json(ds):
    ns = {"s": "http://www.w3.org/2005/sparql-results#"}
    for q in questions.catalogue():
        params = questions.example_params(q)
        doc = json.loads(run_stored(ds, q, params, "json"))
        root = ET.fromstring(run_stored(ds, q, params, "xml").encode())
        assert [v.get("name") for v in root.find("s:head", ns)] == doc["head"]["vars"]
        got = []
        for result in root.find("s:results", ns):
            b = {}
            for binding in result:
                term = binding[0]
                kind = term.tag.split("}")[1]
                d = {"type": "uri" if kind == "uri" else kind, "value": term.text or ""}
                if term.get("{http://www.w3.org/XML/1998/namespace}lang"):
                    d["xml:lang"] = term.get("{http://www.w3.org/XML/1998/namespace}lang")
                if term.get("datatype"):
                    d["datatype"] = term.get("datatype")
                b[binding.get("name")] = d
            got.append(b)
        assert got == doc["results"]["bindings"], q.name


def run(*args: str, input: str | None = None) -> tuple[int, str, str]:
    r = CliRunner().invoke(main, list(args), input=input)
    return r.exit_code, r.stdout, r.stderr


def test_a_query_of_ones_own_from_the_command_line_and_stdin():
    text = "SELECT ?a WHERE { GRAPH ?g { ?a a cg:Agreement } } ORDER BY ?a"      # no PREFIX: the project's are added
    code, out, err = run("query", text, "--format", "csv", "--no-cache")
    assert code == 0, err
    assert out.splitlines()[0] == "a" and "https://w3id.org/coopgraph/agreement/LA-HO--VN-21/2026-2030" in out
    code, out_stdin, err = run("query", "-", "--format", "csv", "--no-cache", input=text)
    assert code == 0 and out_stdin == out, err
    # a prefix the user declares keeps the user's meaning
    code, out, _ = run("query", "PREFIX cg: <http://example.org/> " + text, "--format", "csv", "--no-cache")
    assert code == 0 and out.splitlines() == ["a"]
    # a table of one's own query names its IRIs too
    code, out, _ = run("query", "SELECT ?p WHERE { VALUES ?p { place:LA-HO } }", "--lang", "en", "--no-cache")
    assert code == 0 and "Houaphanh" in out


@pytest.mark.parametrize("text", ["DELETE WHERE { ?s ?p ?o }", "SELECT * WHERE { ?s ?p ?o } ; DROP ALL",
                                  "INSERT DATA { place:LA-HO rdfs:label 'x' }"])
def test_an_update_typed_on_the_command_line_is_refused(text):
    code, out, err = run("query", text)
    assert code == 2 and "read-only" in err and len(err.strip().splitlines()) == 1
    code, out, err = run("query", "-", input=text)
    assert code == 2 and "<stdin>" in err and "read-only" in err


def test_an_empty_or_broken_query_is_one_line():
    code, _, err = run("query", "-", input="  \n")
    assert code == 2 and err.strip() == "coopgraph: <stdin>: empty query"
    code, _, err = run("query", "SELECT ?a WHERE { ?a", "--no-cache")
    assert code == 2 and "SPARQL syntax error" in err and len(err.strip().splitlines()) == 1


def test_a_mistyped_place_gets_the_closest_names():
    code, _, err = run("query", "partners-of", "-p", "place=Vientian")
    assert code == 2 and "unknown place 'Vientian'; did you mean: Vientiane" in err
    code, _, err = run("query", "partners-of", "-p", "place=Thanh Hao")
    assert code == 2 and "did you mean: Thanh Hóa" in err and len(err.strip().splitlines()) == 1


@pytest.mark.server
def test_a_served_store_prints_the_same_tables(tmp_path, graph_copy):
    """Every stored question, as a table in both languages and as XML, reads the same bytes from a server (Oxigraph
    on loopback, the graph exported to it) as from the embedded store: rows, names looked up there, list order."""
    from export_helpers import OxigraphServer, oxigraph_binary

    from coopgraph.export import Exporter
    from coopgraph.export_graphs import plan

    if oxigraph_binary() is None:
        pytest.skip("the oxigraph server is not installed")
    srv = OxigraphServer(tmp_path / "db").start()
    try:
        Exporter(srv.server(), method="dataset").export(plan([graph_copy]))
        runner = CliRunner()
        for q in questions.catalogue():
            params = [a for k, v in questions.example_params(q).items() for a in ("-p", f"{k}={v}")]
            for lang, fmt in (("vi", "table"), ("en", "table"), ("en", "xml")):
                args = ["query", q.name, *params, "--lang", lang, "--format", fmt]
                local = runner.invoke(main, [*args, "--no-cache", "--data", str(graph_copy)])
                remote = runner.invoke(main, [*args, "--endpoint", srv.base + "/query"])
                assert local.exit_code == 0 and remote.exit_code == 0, (local.output, remote.output)
                assert remote.stdout == local.stdout, (q.name, lang, fmt)
    finally:
        srv.stop()


def test_a_mistyped_stored_name_is_not_taken_for_a_query():
    code, _, err = run("query", "ask")
    assert code == 2 and "no stored query named 'ask'" in err
