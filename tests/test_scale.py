"""Issue #6: the persistent store, rdflib vs Oxigraph, parallel and changed-only validation, parallel builds, Jena."""
from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from coopgraph import resources
from coopgraph.build import build
from coopgraph.cli import main
from coopgraph.graphfiles import graph_for_file, turtle_files
from coopgraph.query.formatting import run_stored
from coopgraph.query.questions import catalogue
from coopgraph.query.store import open_dataset, query
from coopgraph.validate import jena_available, parse_graph, validate_files, validate_graph

from export_helpers import by_value, make_synthetic_graph

SAMPLE = {"place": "LA-HO", "date": "2027-01-01", "entity": "place:LA-HO"}


pytestmark = pytest.mark.usefixtures("private_cache")


def _count(ds, graph: str | None = None) -> int:
    where = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else "?s ?p ?o"
    return int(next(iter(query(ds, f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")))["n"].value)


# ------------------------------------------------------------------ the persistent store

def test_persistent_store_parses_only_what_changed(own_graph, tmp_path):
    cache = tmp_path / "store"
    files = turtle_files([own_graph])
    first = open_dataset([own_graph], path=cache, cache=True)
    assert set(files) <= set(first.loaded)            # a new cache parses everything (and ontology, reference)
    total, union = len(first.store), _count(first)
    first.close()
    del first

    again = open_dataset([own_graph], path=cache, cache=True)
    assert again.loaded == [] and again.removed == []     # nothing re-parsed
    assert len(again.store) == total and _count(again) == union
    again.close()
    del again

    changed, gone = files[0], files[1]
    marker = "https://w3id.org/coopgraph/test/changed"
    changed.write_text(changed.read_text(encoding="utf-8") + f"\n<{marker}> a <{marker}> .\n", encoding="utf-8")
    gone_graph = graph_for_file(gone)
    gone.unlink()
    third = open_dataset([own_graph], path=cache, cache=True)
    assert third.loaded == [changed]                      # only the modified file was parsed again
    assert third.removed == [gone_graph]                  # the deleted file's graph was dropped
    assert _count(third, gone_graph) == 0
    assert bool(query(third, f"ASK {{ <{marker}> a <{marker}> }}"))      # the union follows the change
    # the same store as one built from nothing
    fresh = open_dataset([own_graph], cache=False)
    assert len(third.store) == len(fresh.store) and _count(third) == _count(fresh)


def test_touching_a_file_without_changing_it_does_not_reparse(own_graph, tmp_path):
    cache = tmp_path / "store"
    open_dataset([own_graph], path=cache, cache=True).close()
    f = turtle_files([own_graph])[2]
    f.write_bytes(f.read_bytes())                         # new mtime, same bytes
    ds = open_dataset([own_graph], path=cache, cache=True)
    assert ds.loaded == []


def test_a_store_locked_by_another_process_falls_back_to_memory(own_graph, tmp_path, monkeypatch):
    monkeypatch.setenv("COOPGRAPH_LOCK_WAIT", "0.3")
    cache = tmp_path / "store"
    holder = open_dataset([own_graph], path=cache, cache=True)
    other = open_dataset([own_graph], path=cache, cache=True)     # the lock is held: load into memory instead
    assert len(other.store) == len(holder.store) and other.cache_dir is None
    assert "in use by another process" in other.notice


# ------------------------------------------------------------------ rdflib and Oxigraph agree

def _normalise(text: str) -> list[tuple]:
    """CSV rows as a sorted multiset; GROUP_CONCAT parts sorted (their order is not defined) and decimals compared
    by value (rdflib writes 8200000000.0 where Oxigraph writes 8200000000)."""
    out = []
    for row in csv.reader(io.StringIO(text)):
        cells = []
        for c in row:
            parts = sorted(re.split(r", | \| |\|| / | – ", c))
            cells.append(" ".join(by_value(p) for p in parts))
        out.append(tuple(cells))
    return sorted(out)


def test_rdflib_and_oxigraph_give_the_same_rows_for_every_stored_query():
    ox_ds = open_dataset(cache=False)
    rdf_ds = open_dataset(store="memory")
    assert len(ox_ds.store) == len(rdf_ds.store)
    for q in catalogue():
        params = {p.name: SAMPLE[p.name] for p in q.params if p.required}
        a = run_stored(ox_ds, q, params, "csv")
        b = run_stored(rdf_ds, q, params, "csv")
        assert _normalise(a) == _normalise(b), q.name
        assert len(a.splitlines()) > 1 or q.name in ("conflicts",), f"{q.name} answered nothing on the sample graph"


def test_cli_store_and_cache_options(tmp_path):
    r = CliRunner()
    mem = r.invoke(main, ["stats", "--store", "memory", "--no-cache"])
    ox1 = r.invoke(main, ["stats", "--cache"])
    ox2 = r.invoke(main, ["stats"])                                   # the cache again, now warm
    assert mem.exit_code == ox1.exit_code == ox2.exit_code == 0, mem.output + ox1.output
    assert mem.output == ox1.output == ox2.output
    assert list((tmp_path / "cache").glob("store-*"))                 # it went to $COOPGRAPH_CACHE_DIR
    q1 = r.invoke(main, ["query", "partners-of", "-p", "place=LA-HO", "--format", "csv", "--store", "memory"])
    q2 = r.invoke(main, ["query", "partners-of", "-p", "place=LA-HO", "--format", "csv", "--no-cache"])
    assert q1.exit_code == q2.exit_code == 0 and _normalise(q1.output) == _normalise(q2.output)


# ------------------------------------------------------------------ validation at scale

def _keys(report) -> list[tuple]:
    return sorted((p.source_file, p.severity, p.focus, p.path, p.shape, p.message) for p in report.problems)


def test_validate_jobs_2_gives_the_same_report_as_jobs_1():
    files = turtle_files([resources.graph_dir()])
    one = validate_files(files, jobs=1, cache=False)
    two = validate_files(files, jobs=2, cache=False)
    assert one.files == two.files == len(files)
    assert _keys(one) == _keys(two)


def test_the_fast_path_gives_what_plain_pyshacl_gives():
    graphs = {f: parse_graph(f) for f in turtle_files([resources.graph_dir()])}
    found = {f: validate_graph(g, f.name) for f, g in graphs.items()}
    f = min((f for f in found if found[f]), key=lambda p: p.stat().st_size, default=next(iter(found)))
    g = graphs[f]
    fast = sorted((p.severity, p.focus, p.path, p.shape, p.value) for p in found[f])
    plain = sorted((p.severity, p.focus, p.path, p.shape, p.value) for p in validate_graph(g, f.name, fast=False))
    assert fast == plain


def test_changed_only_validation_revalidates_only_the_modified_file(own_graph, tmp_path):
    db = tmp_path / "validate.sqlite"
    files = turtle_files([own_graph])
    first = validate_files(files, cache=db)
    assert first.validated == files
    second = validate_files(files, cache=db)
    assert second.validated == [] and _keys(second) == _keys(first)
    files[3].write_text(files[3].read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    third = validate_files(files, cache=db)
    assert third.validated == [files[3]]
    assert _keys(third) == _keys(first)


@pytest.fixture(scope="session")
def jena_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("jena")      # the compiled validator class, once per test session


@pytest.mark.skipif(not jena_available(), reason="Java/Apache Jena not installed (scripts/install-system.sh jena)")
def test_jena_gives_the_same_results_as_pyshacl(jena_dir, monkeypatch):
    monkeypatch.setenv("COOPGRAPH_JENA_DIR", str(jena_dir))
    # pySHACL in a fresh process: owlrl, once imported (test_ontology_shapes uses it), changes how rdflib checks
    # xsd:gMonthDay literals for the rest of the process, and pySHACL then reports '--03-21' as ill-typed
    ref = subprocess.run([sys.executable, "-m", "coopgraph.cli", "validate", "--no-cache", "--format", "json"],
                         capture_output=True, text=True)
    assert ref.returncode in (0, 1), ref.stderr
    out = CliRunner().invoke(main, ["validate", "--engine", "jena", "--no-cache", "--format", "json"])
    assert out.exit_code in (0, 1), out.output
    key = lambda ps: sorted((p["source_file"], p["severity"], p["focus"], p["path"], p["shape"]) for p in ps)  # noqa: E731
    assert key(json.loads(ref.stdout)["results"]) == key(json.loads(out.output)["results"])


@pytest.mark.skipif(not jena_available(), reason="Java/Apache Jena not installed (scripts/install-system.sh jena)")
def test_auto_engine_picks_jena_for_many_files_with_pyshacls_results(jena_dir, monkeypatch, tmp_path):
    # synthetic graphs with violations (two parties of one country) and warnings, enough files for auto to pick Jena
    data = make_synthetic_graph(tmp_path / "graph", 12_000, seed=3)
    files = sorted(data.glob("*.ttl"))
    assert len(files) >= 40
    monkeypatch.setenv("COOPGRAPH_JENA_DIR", str(jena_dir))
    ref = subprocess.run([sys.executable, "-m", "coopgraph.cli", "validate", str(data), "--engine", "pyshacl",
                          "--no-cache", "--format", "json"], capture_output=True, text=True)
    auto = subprocess.run([sys.executable, "-m", "coopgraph.cli", "validate", str(data), "--no-cache",
                           "--format", "json"], capture_output=True, text=True)
    assert ref.returncode == 1 and auto.returncode == 1, ref.stderr + auto.stderr
    ref_json, auto_json = json.loads(ref.stdout), json.loads(auto.stdout)
    assert (ref_json["engine"], auto_json["engine"]) == ("pyshacl", "jena")
    key = lambda ps: sorted((p["source_file"], p["severity"], p["focus"], p["path"], p["shape"]) for p in ps)  # noqa: E731
    assert ref_json["violations"] > 0 and key(ref_json["results"]) == key(auto_json["results"])


# ------------------------------------------------------------------ builds

def test_rebuilding_unchanged_articles_writes_nothing(tmp_path):
    out = tmp_path / "out"
    first = build([resources.seeds_dir()], out, jobs=1)
    assert first and all(r.status == "written" for r in first)
    stamps = {p: p.stat().st_mtime_ns for p in out.glob("*.ttl")}
    again = build([resources.seeds_dir()], out, jobs=2)
    assert all(r.status == "unchanged" for r in again)
    assert {p: p.stat().st_mtime_ns for p in out.glob("*.ttl")} == stamps
    assert not list(out.glob(".*.tmp"))


def test_build_with_two_jobs_is_identical_to_one(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    build([resources.seeds_dir()], a, jobs=1)
    build([resources.seeds_dir()], b, jobs=2)
    names = sorted(p.name for p in a.glob("*.ttl"))
    assert names and names == sorted(p.name for p in b.glob("*.ttl"))
    for n in names:
        assert (a / n).read_bytes() == (b / n).read_bytes(), n
