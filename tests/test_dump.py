"""coopgraph dump: the whole dataset as N-Quads or TriG, one named graph per article plus reference and ontology."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from click.testing import CliRunner

from coopgraph import resources
from coopgraph.cli import main
from coopgraph.export_graphs import dataset_batches, plan
from coopgraph.graphfiles import graph_for_file
from coopgraph.rdfmap import ONTOLOGY_GRAPH, REFERENCE_GRAPH

GRAPH = Path(__file__).resolve().parents[1] / "data" / "graph"


def _dump(*args: str) -> bytes:
    r = CliRunner().invoke(main, ["dump", *args])
    assert r.exit_code == 0, r.stderr
    return r.stdout_bytes


def _count(path: Path) -> int:
    return sum(1 for _ in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))


def test_nquads_has_one_graph_per_article_and_the_shared_graphs() -> None:
    quads = list(ox.parse(_dump(), format=ox.RdfFormat.N_QUADS))
    by_graph: dict[str, int] = {}
    for q in quads:
        by_graph[q.graph_name.value] = by_graph.get(q.graph_name.value, 0) + 1
    files = sorted(GRAPH.glob("*.ttl"))
    expected = {graph_for_file(f): _count(f) for f in files}          # the file's triples, nothing added
    expected[str(ONTOLOGY_GRAPH)] = sum(_count(f) for f in resources.ontology_files())
    expected[str(REFERENCE_GRAPH)] = _count(resources.reference_dir() / "places.ttl")
    assert by_graph == expected


def _without_blank_labels(quads) -> list[tuple]:
    return sorted((str(q.subject) if not isinstance(q.subject, ox.BlankNode) else "_", str(q.predicate),
                   str(q.object) if not isinstance(q.object, ox.BlankNode) else "_", q.graph_name.value) for q in quads)


def test_dump_writes_what_export_sends() -> None:
    """The same graphs, in the same order, with the same quads (blank node labels aside): a dump loaded into a store
    answers as a server that coopgraph export wrote to."""
    dumped = list(ox.parse(_dump(), format=ox.RdfFormat.N_QUADS))
    sent = [q for b in dataset_batches(plan(), 25_000) for q in ox.parse(b.body, format=ox.RdfFormat.N_QUADS)]
    assert list(dict.fromkeys(q.graph_name.value for q in dumped)) == [s.iri for s in plan()]
    assert _without_blank_labels(dumped) == _without_blank_labels(sent)


def test_trig_holds_the_same_quads_and_both_are_the_same_bytes_every_run(tmp_path: Path) -> None:
    nq = _dump()
    assert _dump() == nq
    out = tmp_path / "all.trig"
    _dump("--format", "trig", "--out", str(out))
    text = out.read_bytes()
    assert text.startswith(b"@prefix ")
    as_nq = ox.serialize(ox.parse(text, format=ox.RdfFormat.TRIG), format=ox.RdfFormat.N_QUADS)
    assert sorted(as_nq.splitlines()) == sorted(nq.splitlines())


def test_a_bad_file_is_one_line_and_leaves_no_output(tmp_path: Path) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "x.ttl").write_text("<a> <b> .\n", encoding="utf-8")
    out = tmp_path / "out.nq"
    r = CliRunner().invoke(main, ["dump", "--data", str(bad), "--out", str(out)])
    assert r.exit_code == 1
    assert len(r.stderr.strip().splitlines()) == 1 and "x.ttl" in r.stderr and "Turtle syntax error" in r.stderr
    assert not out.exists() and list(tmp_path.iterdir()) == [bad]


def test_written_files_get_the_usual_permissions(tmp_path: Path) -> None:
    import os

    mask = os.umask(0o022)
    try:
        out = tmp_path / "all.nq"
        _dump("--out", str(out))
        assert out.stat().st_mode & 0o777 == 0o644          # not the temporary file's 0600
    finally:
        os.umask(mask)
