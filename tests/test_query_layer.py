"""Issue 19: the stored questions are plain SPARQL 1.1 over the exported graphs and give the same rows on any engine
(the embedded store, rdflib, Apache Jena's arq); the package's imports run one way."""
from __future__ import annotations

import ast
import importlib
import re
import subprocess
from pathlib import Path

import pyoxigraph as ox
import pytest

import coopgraph
from coopgraph import resources
from coopgraph.graphfiles import graph_for_file, turtle_files
from coopgraph.query import questions
from coopgraph.query.answers import answer
from coopgraph.query.results import Solutions, list_columns, same_everywhere
from coopgraph.query.store import fixed_graphs, open_dataset
from coopgraph.rdfmap import BASE

PACKAGE = Path(coopgraph.__file__).resolve().parent


# ------------------------------------------------------------------ the layout

def _modules() -> dict[str, Path]:
    out = {}
    for f in sorted(PACKAGE.rglob("*.py")):
        parts = list(f.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = f
    return out


def _imports(name: str, path: Path, modules: dict[str, Path]) -> tuple[set[str], list[str]]:
    """The coopgraph modules a module imports (anywhere in it, a function's own imports too), and the private names
    it takes from another coopgraph module (``from .x import _y``, or ``x._y`` of a module imported as a name)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found: set[str] = set()
    private: list[str] = []
    aliases: dict[str, str] = {}           # local name -> coopgraph module

    def resolve(level: int, module: str | None) -> str:
        if not level:
            return module or ""
        base = package.split(".")
        base = base[: len(base) - (level - 1)]
        return ".".join(base + ([module] if module else []))

    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:
                if a.name.startswith("coopgraph"):
                    found.add(a.name)
                    aliases[(a.asname or a.name).split(".")[0]] = a.name if a.asname else "coopgraph"
        elif isinstance(node, ast.ImportFrom):
            mod = resolve(node.level, node.module)
            if not mod.startswith("coopgraph"):
                continue
            for a in node.names:
                full = f"{mod}.{a.name}"
                if full in modules:                   # a module imported by name
                    found.add(full)
                    aliases[a.asname or a.name] = full
                else:
                    found.add(mod)
                    if a.name.startswith("_") and not a.name.startswith("__"):
                        private.append(f"{name}: from {mod} import {a.name}")
    for node in ast.walk(tree):
        if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in aliases
                and node.attr.startswith("_") and not node.attr.startswith("__")):
            private.append(f"{name}: {aliases[node.value.id]}.{node.attr}")
    return {m for m in found if m in modules and m != name}, private


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), i.e. the import cycles."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def test_every_module_imports_one_way_and_keeps_its_private_names():
    modules = _modules()
    graph: dict[str, set[str]] = {}
    private: list[str] = []
    for name, path in modules.items():
        importlib.import_module(name)                # every module imports
        # a package's __init__ is not an edge to its modules (importing coopgraph.query.store runs it first)
        deps, priv = _imports(name, path, modules)
        graph[name] = {d for d in deps if not name.startswith(d + ".") and not (d == name.rsplit(".", 1)[0])}
        private += priv
    graph = {k: {d for d in v if not modules[d].name == "__init__.py"} for k, v in graph.items()}
    assert _cycles(graph) == []
    assert private == []
    # the query layer in its order: results <- store <- questions <- answers <- formatting <- the command line
    order = ["coopgraph.query.results", "coopgraph.query.store", "coopgraph.query.questions",
             "coopgraph.query.answers", "coopgraph.query.formatting"]
    for i, m in enumerate(order):
        assert not graph[m] & set(order[i + 1:]), f"{m} imports a module after it: {graph[m] & set(order[i + 1:])}"


def test_the_layout_check_sees_a_cycle_and_a_private_name(tmp_path):
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    f = tmp_path / "m.py"
    f.write_text("from .store import _secret\nfrom . import store\nx = store._hidden\n", encoding="utf-8")
    modules = {"coopgraph.query.m": f, "coopgraph.query.store": f}
    deps, private = _imports("coopgraph.query.m", f, modules)
    assert deps == {"coopgraph.query.store"}
    assert private == ["coopgraph.query.m: from coopgraph.query.store import _secret",
                       "coopgraph.query.m: coopgraph.query.store._hidden"]


# ------------------------------------------------------------------ the stored questions are plain SPARQL

def test_every_stored_question_is_plain_sparql_over_the_exported_graphs():
    for q in questions.catalogue():
        assert q.title and q.question, q.name
        assert "digest" not in q.text.lower(), q.name                  # no graph that only coopgraph makes
        # its prefixes declared in the file: Oxigraph parses it with none given
        ox.Store().query(q.text)
        # each parameter a plain variable, bound by its VALUES line, projected as a column
        for p in q.params:
            assert re.search(rf"^\s*VALUES \?{p.name} \{{ UNDEF \}}", q.text, re.M), (q.name, p.name)
            assert p.name in questions.result_columns(q), (q.name, p.name)
        # an ORDER BY that never sorts by a list column (its items' order is the engine's)
        order = q.text[q.text.rindex("ORDER BY"):]
        assert not set(re.findall(r"\?(\w+)", order)) & set(list_columns(q.text)), q.name


def test_the_list_columns_are_found_with_their_separators():
    lists = {q.name: list_columns(q.text) for q in questions.catalogue()}
    assert lists["agreements"] == {"signatories": "|"}
    assert lists["commitments"] == {"for": " | ", "sources": ", "}
    assert lists["post-holders"] == {"names": " / ", "sources": ", "}
    assert lists["agreements-in-force"] == {"sources": ", ", "parties": ", "}
    assert lists["lao-provinces-with-several-partners"] == {"vietnamese_partners": ", ", "sources": ", "}
    assert lists["officials"] == {}


def test_binding_writes_the_term_in_the_values_line_and_nothing_else():
    q = questions.find_query("partners-of")
    text = questions.bind(q, questions.bind_params(q, {"place": "Houaphanh"}))
    changed = [(a, b) for a, b in zip(q.text.splitlines(), text.splitlines()) if a != b]
    assert changed == [("  VALUES ?place { UNDEF }", "  VALUES ?place { <https://w3id.org/coopgraph/place/LA-HO> }")]
    own = questions.StoredQuery("t", Path("t.rq"), "SELECT ?x WHERE { BIND(1 AS ?x) }",
                                params=[questions.Param("x", "string")])
    with pytest.raises(questions.QueryError, match="VALUES"):
        questions.bind(own, questions.bind_params(own, {"x": "1"}))


def test_rdflib_and_oxigraph_give_the_same_bytes(tmp_path):
    from coopgraph.query.formatting import run_stored

    ox_ds, rdf_ds = open_dataset(cache=False), open_dataset(store="memory")
    for q in questions.catalogue():
        for params in (questions.example_params(q), questions.example_params(q, optional=True)):
            for fmt in ("csv", "tsv", "json"):
                assert run_stored(ox_ds, q, params, fmt) == run_stored(rdf_ds, q, params, fmt), (q.name, params, fmt)


# ------------------------------------------------------------------ Apache Jena's arq

def _arq_classpath() -> str | None:
    from coopgraph.validate import JenaUnavailable, jena_available, jena_jars_dir, jena_setup

    cmds = jena_jars_dir() / "jena-cmds.jar"
    if not jena_available() or not cmds.exists():
        return None
    try:
        cp, _ = jena_setup()
    except JenaUnavailable:
        return None
    return f"{cp}:{cmds}"


def _exported_dataset(data: Path, out: Path) -> Path:
    """The graphs as ``coopgraph export`` lays them out on a server, as one N-Quads file: each article file in its
    article's graph, the reference places and the ontology in theirs; nothing added."""
    items = fixed_graphs() + [(f, graph_for_file(f)) for f in turtle_files([data])]
    quads = (ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(g)) for f, g in items
             for t in ox.parse(path=str(f), format=ox.RdfFormat.TURTLE, base_iri=BASE))
    out.write_bytes(ox.serialize(quads, format=ox.RdfFormat.N_QUADS))
    return out


def _rows(sol: Solutions) -> list[list]:
    names = [v.value for v in sol.variables]
    return [names] + [[sol_row[n] for n in names] for sol_row in sol]


@pytest.mark.skipif(_arq_classpath() is None,
                    reason="Java or Debian's Apache Jena is not installed (scripts/install-system.sh jena)")
def test_every_stored_question_gives_the_same_rows_on_jena_arq(tmp_path):
    """Each stored question, with its example parameters (the optional ones too), run by Jena's ``arq`` over the
    exported Turtle as named graphs, row for row and in order as the embedded store answers it."""
    cp = _arq_classpath()
    data = _exported_dataset(resources.graph_dir(), tmp_path / "dataset.nq")
    ds = open_dataset(cache=False)
    compared = 0
    for q in questions.catalogue():
        for params in (questions.example_params(q), questions.example_params(q, optional=True)):
            text = questions.bind(q, questions.bind_params(q, params))
            (tmp_path / "q.rq").write_text(text, encoding="utf-8")
            r = subprocess.run(["java", "-cp", cp, "arq.sparql", "--data", str(data), "--query", str(tmp_path / "q.rq"),
                                "--results", "JSON"], capture_output=True, timeout=120)
            assert r.returncode == 0, (q.name, r.stderr.decode()[-2000:])
            parsed = ox.parse_query_results(r.stdout, format=ox.QueryResultsFormat.JSON)
            jena = same_everywhere(Solutions.read(parsed), list_columns(q.text))
            ours = answer(ds, q, params)
            assert _rows(jena) == _rows(ours), (q.name, params)
            compared += len(_rows(ours)) > 1
    assert compared >= 15           # not a comparison of empty answers


def test_the_arq_dataset_is_laid_out_as_the_export(tmp_path):
    data = _exported_dataset(resources.graph_dir(), tmp_path / "d.nq")
    graphs = {q.graph_name.value for q in ox.parse(path=str(data), format=ox.RdfFormat.N_QUADS)}
    assert graphs == {graph_for_file(f) for f in turtle_files([resources.graph_dir()])} | \
        {g for _, g in fixed_graphs()}


# ------------------------------------------------------------------ issue 17, point 10

def test_the_suite_never_uses_the_user_s_own_cache(tmp_path):
    import os

    user = Path.home() / ".cache" / "coopgraph"
    assert resources.cache_root() == tmp_path / "cache"              # this test's own (tests/conftest.py)
    assert Path(os.environ["XDG_CACHE_HOME"]).is_relative_to(tmp_path)
    assert not resources.cache_root().is_relative_to(user)
    from coopgraph.validate import default_cache_path

    assert default_cache_path().is_relative_to(tmp_path)
