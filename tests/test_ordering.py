"""ORDER BY done in Python for Oxigraph: the same rows in the same order as the store's own sort."""
from __future__ import annotations

from decimal import Decimal

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coopgraph import ordering, resources
from coopgraph.queries import bind_into_text, bind_params, catalogue
from coopgraph.store import Solutions, open_dataset, run_select

XSD = "http://www.w3.org/2001/XMLSchema#"


def lit(v: str, dt: str | None = None, lang: str | None = None) -> ox.Literal:
    if lang:
        return ox.Literal(v, language=lang)
    return ox.Literal(v, datatype=ox.NamedNode(XSD + dt)) if dt else ox.Literal(v)


@pytest.mark.parametrize("text, expected", [
    ("SELECT ?a WHERE { ?a ?p ?o }\nORDER BY ?a", [("a", False)]),
    ("SELECT * WHERE { ?a ?p ?o } order by desc(?o) ?a ASC(?p)\n", [("o", True), ("a", False), ("p", False)]),
    ("SELECT ?a WHERE { ?a <http://e/x#y> ?o } ORDER BY ?a", [("a", False)]),    # a '#' in an IRI
])
def test_a_final_order_by_of_variables_is_split_off(text: str, expected) -> None:
    head, keys, added = ordering.plan(text)
    assert keys == expected and added == []
    assert "ORDER" not in head.upper() and head.rstrip().endswith("}")


@pytest.mark.parametrize("text", [
    "SELECT ?a WHERE { ?a ?p ?o } ORDER BY ?a LIMIT 10",                     # a page: the store must sort
    "SELECT ?a WHERE { ?a ?p ?o } ORDER BY ?a OFFSET 5",
    "SELECT ?a WHERE { { SELECT ?a WHERE { ?a ?p ?o } ORDER BY ?a } }",      # inside a sub-select
    "SELECT ?a WHERE { ?a ?p ?o } ORDER BY STRLEN(?a)",                      # an expression
    "SELECT ?a WHERE { ?a ?p ?o }\n# ORDER BY ?a",                           # a comment
    "SELECT ?a WHERE { ?a ?p ?o } # ORDER BY ?a",
    "SELECT ?a WHERE { ?a ?p ?o }",
    "CONSTRUCT { ?a ?p ?o } WHERE { ?a ?p ?o } ORDER BY ?a",                  # not a SELECT
    "SELECT ?a WHERE { ?a ?p ?o } LIMIT 2 ORDER BY ?a",                      # not SPARQL: the store says so
    "SELECT ?a WHERE { ?a ?p ?o } VALUES ?a { <http://e/a> } ORDER BY ?a",
])
def test_anything_else_is_left_to_the_store(text: str) -> None:
    assert ordering.plan(text) is None


def test_an_order_key_that_is_not_projected_is_added_where_that_changes_nothing_else() -> None:
    q = "PREFIX a: <http://e/SELECT>\nSELECT ?a WHERE { { SELECT DISTINCT ?a ?v WHERE { ?a ?p ?v } } }"
    head, keys, added = ordering.plan(q + " ORDER BY ?v DESC(?v)")
    assert head.rstrip() == q.replace("SELECT ?a WHERE", "SELECT ?v ?a WHERE") and added == ["v"]
    assert keys == [("v", False), ("v", True)]
    for q in ("SELECT DISTINCT ?a WHERE { ?a ?p ?v }",              # more columns would be more rows
              "SELECT # the rows, once each\n DISTINCT ?a WHERE { ?a ?p ?v }",
              "SELECT REDUCED ?a WHERE { ?a ?p ?v }",
              "SELECT ?a (COUNT(?p) AS ?n) WHERE { ?a ?p ?v } GROUP BY ?a",
              "SELECT ?a WHERE { ?a ?p ?v } GROUP BY ?a",
              'SELECT ?a WHERE { ?a ?p """SELECT { ?v""" }'):
        assert ordering.plan(q + " ORDER BY ?v") is None, q
    assert ordering.plan("SELECT ?a (COUNT(?p) AS ?n) WHERE { ?a ?p ?v } GROUP BY ?a ORDER BY ?n")[2] == []
    # a variable named with Vietnamese letters is not another variable that begins the same way
    assert ordering.plan("SELECT ?năm WHERE { ?năm ?p ?n } ORDER BY DESC(?n)")[2] == ["n"]


@pytest.fixture(scope="module")
def seeds_on_disk(tmp_path_factory):
    """The seed graph in an on-disk store: Python orders the answers there (in memory the store sorts)."""
    return open_dataset([resources.graph_dir()], store="oxigraph", cache=True,
                        path=tmp_path_factory.mktemp("store"))


def test_rows_ordered_on_a_key_that_is_not_projected_come_back_without_it(seeds_on_disk) -> None:
    text = "SELECT ?s WHERE { ?s <https://schema.org/value> ?v } ORDER BY DESC(?v) ?s"
    res = run_select(seeds_on_disk, text)
    assert isinstance(res, Solutions) and [v.value for v in res.variables] == ["s"]
    ours = [r["s"] for r in res]
    assert ours == [r["s"] for r in seeds_on_disk.store.query(text)] and len(ours) > 1


def test_values_python_does_not_order_are_ordered_by_the_store(seeds_on_disk) -> None:
    # dates are the store's to order: the answer is the store's own, not rows sorted in Python
    text = ("SELECT ?h ?d WHERE { ?h <https://w3id.org/coopgraph/ontology#attestedOn> ?d } ORDER BY DESC(?d) ?h")
    res = run_select(seeds_on_disk, text)
    assert not isinstance(res, Solutions)
    ours = [(r["d"], r["h"]) for r in res]
    assert ours == [(r["d"], r["h"]) for r in seeds_on_disk.store.query(text)] and len({d for d, _ in ours}) > 1
    # and an ORDER BY that Python cannot take over without changing the rows (DISTINCT, a key not projected)
    text = "SELECT DISTINCT ?s WHERE { ?s <https://schema.org/value> ?v } ORDER BY DESC(?v)"
    assert [r["s"] for r in run_select(seeds_on_disk, text)] == [r["s"] for r in seeds_on_disk.store.query(text)]


def test_terms_go_in_sparql_order() -> None:
    rows = [{"x": t} for t in (
        lit("b"), ox.NamedNode("http://e/b"), lit("10", "integer"), None, ox.BlankNode("z"), lit("a"),
        ox.NamedNode("http://e/a"))]
    # unbound, blank node, IRIs, then literals (one kind per column: the numbers are apart below)
    strings = [r for r in rows if not (isinstance(r["x"], ox.Literal) and r["x"].datatype.value == XSD + "integer")]
    out = [r["x"] for r in ordering.sort_rows(strings, [("x", False)])]
    assert out == [None, ox.BlankNode("z"), ox.NamedNode("http://e/a"), ox.NamedNode("http://e/b"), lit("a"), lit("b")]


def test_numbers_by_value_across_integers_and_decimals_and_descending() -> None:
    nums = [lit("10", "integer"), lit("9", "integer"), lit("1.5", "decimal"), lit("2.0", "decimal"), lit("-3", "integer")]
    out = [r["v"].value for r in ordering.sort_rows([{"v": t} for t in nums], [("v", True)])]
    assert out == ["10", "9", "2.0", "1.5", "-3"]
    doubles = [lit("1e3", "double"), lit("-INF", "double"), lit("2.5", "double")]
    assert [r["v"].value for r in ordering.sort_rows([{"v": t} for t in doubles], [("v", False)])] == \
        ["-INF", "2.5", "1e3"]
    assert ordering.term_key(lit("1.50", "decimal")) == ordering.term_key(lit("1.5", "decimal"))
    assert ordering.term_key(lit("7", "integer"))[-1] == Decimal(7)


def test_mixed_directions_sort_each_key_its_own_way() -> None:
    rows = [{"a": lit(a), "n": lit(n, "integer")} for a, n in (("x", "1"), ("y", "2"), ("x", "3"), ("y", "1"))]
    out = [(r["a"].value, r["n"].value) for r in ordering.sort_rows(rows, [("a", False), ("n", True)])]
    assert out == [("x", "3"), ("x", "1"), ("y", "2"), ("y", "1")]


@pytest.mark.parametrize("terms", [
    [lit("a"), lit("1", "integer")],              # a string and a number: SPARQL does not compare them
    [lit("a"), lit("a", lang="vi")],              # a plain and a tagged string
    [lit("2026-01-01", "date")],                  # dates: left to the store
    [lit("1", "integer"), lit("0.1", "double")],  # a double with an integer: Oxigraph compares them as doubles
    [lit("0.1", "float"), lit("0.1", "double")],
    [lit("1_000", "integer")],                    # ill-formed: the store puts it apart
    [lit(" 7 ", "integer")],
    [lit("NaN", "double")],
    [lit("7", "int")],                            # derived types: left to the store
])
def test_values_sparql_does_not_order_plainly_are_left_to_the_store(terms) -> None:
    with pytest.raises(ordering.Unordered):
        ordering.sort_rows([{"x": t} for t in terms], [("x", False)])


# random columns of one kind each, ordered by Oxigraph and by Python: the same sequence
_text = st.text(alphabet=st.sampled_from("aAbBzZ áàảãạăâđêôơưÁĐ Ơ09"), max_size=3)
_kinds = {
    "string": st.one_of(st.none(), _text.map(lit)),
    "tagged": st.one_of(st.none(), st.tuples(_text, st.sampled_from(["vi", "en", "lo"])).map(
        lambda p: lit(p[0], lang=p[1]))),
    "number": st.one_of(st.none(), st.integers(-20, 20).map(lambda i: lit(str(i), "integer")),
                        st.decimals(-20, 20, places=2).map(lambda d: lit(str(d), "decimal"))),
    "iri": st.one_of(st.none(), _text.map(lambda s: ox.NamedNode("http://e/" + s.encode().hex()))),
    "double": st.one_of(st.none(), st.floats(-1e6, 1e6, allow_nan=False).map(lambda f: lit(repr(f), "double")),
                        st.sampled_from(["INF", "-INF", "1e3", "0.1"]).map(lambda v: lit(v, "double"))),
    "float": st.one_of(st.none(), st.floats(-1e6, 1e6, allow_nan=False, width=32).map(lambda f: lit(repr(f), "float")),
                       st.sampled_from(["0.1", "16777216", "16777217"]).map(lambda v: lit(v, "float"))),
    "boolean": st.one_of(st.none(), st.sampled_from(["true", "false", "1", "0"]).map(lambda v: lit(v, "boolean"))),
}


@st.composite
def _table(draw) -> tuple[list[tuple], bool, bool]:
    kx, ky = draw(st.sampled_from(sorted(_kinds))), draw(st.sampled_from(sorted(_kinds)))
    rows = draw(st.lists(st.tuples(_kinds[kx], _kinds[ky]), min_size=2, max_size=15))
    return rows, draw(st.booleans()), draw(st.booleans())


@settings(max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(_table())
def test_python_order_is_oxigraphs_order(table) -> None:
    rows_in, desc_x, desc_y = table
    store = ox.Store()
    p = {k: ox.NamedNode(f"http://e/{k}") for k in ("x", "y", "id")}
    for i, (x, y) in enumerate(rows_in):
        s = ox.NamedNode(f"http://e/row{i}")
        store.add(ox.Quad(s, p["id"], lit(str(i), "integer")))
        for k, v in (("x", x), ("y", y)):
            if v is not None:
                store.add(ox.Quad(s, p[k], v))
    order = f"{'DESC(?x)' if desc_x else '?x'} {'DESC(?y)' if desc_y else '?y'} ?id"
    query = ("SELECT ?x ?y ?id WHERE { ?s <http://e/id> ?id OPTIONAL { ?s <http://e/x> ?x } "
             "OPTIONAL { ?s <http://e/y> ?y } } ORDER BY " + order)
    theirs = [[sol[v] for v in ("x", "y", "id")] for sol in store.query(query)]
    head, keys, _ = ordering.plan(query)
    rows = [dict(zip(("x", "y", "id"), sol)) for sol in store.query(head)]
    ours = [[r[v] for v in ("x", "y", "id")] for r in ordering.sort_rows(rows, keys)]
    assert ours == theirs


def test_every_stored_query_keeps_its_order_on_the_seed_graph(seeds_on_disk) -> None:
    given = {"place": "LA-HO", "entity": "place:LA-HO", "date": "2026-06-01"}
    sorted_here = 0
    for q in catalogue():
        params = {p.name: given[p.name] for p in q.params if p.required}
        bindings = bind_params(q, params)
        res = run_select(seeds_on_disk, q.text, bindings)
        ours = [[str(sol[v.value]) for v in res.variables] for sol in res]
        own = seeds_on_disk.store.query(bind_into_text(q.text, bindings) if bindings else q.text)
        theirs = [[str(sol[v]) for v in own.variables] for sol in own]
        assert ours == theirs, q.name
        sorted_here += isinstance(res, Solutions) and len(ours) > 1
    assert sorted_here >= 10         # the listings and aggregates are ordered in Python, not by the store
