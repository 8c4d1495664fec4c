"""What an export sends: which graphs, and the payloads that carry them.

Every source article goes into a named graph of its own (its IRI, as ``graphfiles.graph_for_file`` gives it),
holding exactly the triples of its file, as the embedded store (``query.store``) and ``coopgraph dump`` hold it; the
reference places and the ontology go into ``rdfmap.REFERENCE_GRAPH`` and ``rdfmap.ONTOLOGY_GRAPH``. Payloads: triples in SPARQL Update batches that keep
blank-node structures whole (``update_batches``, ``insert_text``), N-Triples for one Graph Store PUT
(``ntriples``), and N-Quads bodies of whole graphs (``dataset_batches``)."""
from __future__ import annotations

import urllib.parse
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Sequence

import pyoxigraph as ox

from . import resources
from .graphfiles import GraphFileError, graph_for_file, reading, turtle_files
from .rdfmap import BASE, ONTOLOGY_GRAPH, REFERENCE_GRAPH, article_iri
from .sparql_client import iri_ref

ARTICLE_GRAPHS = str(article_iri("a")).rsplit("/", 1)[0] + "/"      # every article graph's IRI starts so
TEMP_GRAPHS = "urn:coopgraph:export-tmp:"             # where the update method writes a large graph first


@dataclass
class GraphSource:
    """One named graph to write, and the Turtle files it comes from."""

    iri: str
    files: list[Path]

    def triples(self) -> list[ox.Triple]:
        """The graph's triples, as its files state them."""
        out: list[ox.Triple] = []
        for f in self.files:
            with reading(f):
                out.extend(q.triple for q in ox.parse(path=str(f), format=ox.RdfFormat.TURTLE, base_iri=BASE,
                                                      rename_blank_nodes=True))
        return out

    def nquads(self) -> tuple[bytes, int]:
        """The graph as N-Quads (its triples in graph ``iri``) and the number of distinct quads in it (what a server
        holds once it is written).

        Parsed and serialised by pyoxigraph in one pass, without Python lists of terms (twice as fast).
        Each N-Triples line ends with `` .\\n`` and nowhere else (a newline inside a literal is escaped), so
        putting the graph name before that end makes the N-Quads line."""
        end = f" {iri_ref(self.iri)} .\n".encode()
        parts: list[bytes] = []
        for f in self.files:
            with reading(f):
                nt = ox.serialize(ox.parse(path=str(f), format=ox.RdfFormat.TURTLE, base_iri=BASE,
                                           rename_blank_nodes=True), format=ox.RdfFormat.N_TRIPLES)
            parts.append(nt.replace(b" .\n", end))
        body = b"".join(parts)
        return body, len(set(body.splitlines()))


def plan(data: Iterable[Path] | None = None, ontology: bool = True, reference: bool = True) -> list[GraphSource]:
    """The graphs of an export: ontology, reference places, then one per article file of ``data`` (folders or
    files; default: the committed graph)."""
    out: list[GraphSource] = []
    if ontology:
        out.append(GraphSource(str(ONTOLOGY_GRAPH), resources.ontology_files()))
    ref = resources.reference_dir() / "places.ttl"
    if reference and ref.exists():
        out.append(GraphSource(str(REFERENCE_GRAPH), [ref]))
    files = turtle_files(list(data) if data else [resources.graph_dir()])
    seen: dict[str, Path] = {}
    for f in files:
        g = graph_for_file(f)
        if g in seen:
            raise GraphFileError(f"{f} and {seen[g]} would both go to graph <{g}>")
        seen[g] = f
        out.append(GraphSource(g, [f]))
    return out


def stale_graphs(on_server: Iterable[str], sources: Sequence[GraphSource]) -> list[str]:
    """The graphs on the server that an export of exactly ``sources`` removes: article graphs whose source is gone,
    and temporary graphs left by an interrupted export (``TEMP_GRAPHS``); sorted."""
    keep = {s.iri for s in sources}
    return sorted(g for g in on_server
                  if g not in keep and (g.startswith(ARTICLE_GRAPHS) or g.startswith(TEMP_GRAPHS)))


def graph_label(iri: str) -> str:
    """A graph IRI without the project's base, for messages."""
    return iri[len(BASE):] if iri.startswith(BASE) else iri


def graph_names(graphs: Sequence[str], limit: int = 12) -> str:
    """Graphs for a message: their labels, the first ``limit`` of them."""
    if not graphs:
        return "none"
    more = f" and {len(graphs) - limit} more" if len(graphs) > limit else ""
    return ", ".join(graph_label(g) for g in graphs[:limit]) + more


def temp_graph(iri: str) -> str:
    """Where the update method writes a large graph before moving it over the real one."""
    return TEMP_GRAPHS + urllib.parse.quote(iri, safe="")


# ------------------------------------------------------------------ SPARQL Update and Graph Store payloads

def update_batches(triples: Sequence[ox.Triple], size: int) -> list[list[ox.Triple]]:
    """Split into batches of about ``size`` triples, keeping each blank-node structure in one batch
    (blank node labels are scoped to one INSERT DATA)."""
    parent: dict = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for t in triples:
        roots = [find(b) for b in (t.subject, t.object) if isinstance(b, ox.BlankNode)]
        for r in roots[1:]:
            parent[r] = roots[0]
    groups: dict = {}
    plain: list[ox.Triple] = []
    for t in triples:
        bn = [x for x in (t.subject, t.object) if isinstance(x, ox.BlankNode)]
        if bn:
            groups.setdefault(find(bn[0]), []).append(t)
        else:
            plain.append(t)
    units = list(groups.values()) + [plain[i:i + size] for i in range(0, len(plain), size)]
    out: list[list[ox.Triple]] = []
    cur: list[ox.Triple] = []
    for u in units:
        if cur and len(cur) + len(u) > size:
            out.append(cur)
            cur = []
        cur = cur + u if cur else list(u)
    if cur:
        out.append(cur)
    return out


def ntriples(triples: Sequence[ox.Triple]) -> bytes:
    """The triples as N-Triples."""
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) if triples else b""


def insert_text(graph: str, triples: Sequence[ox.Triple]) -> str:
    """INSERT DATA into ``graph``; with blank nodes ``INSERT {...} WHERE {}`` (same effect; Virtuoso refuses blank
    nodes in INSERT DATA)."""
    body = ntriples(triples).decode("utf-8")
    ref = iri_ref(graph)
    if any(isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode) for t in triples):
        return f"INSERT {{ GRAPH {ref} {{\n{body}}} }} WHERE {{}}\n"
    return f"INSERT DATA {{ GRAPH {ref} {{\n{body}}} }}\n"


def replace_text(graph: str, triples: Sequence[ox.Triple]) -> str:
    """An update that replaces ``graph`` by ``triples`` (in one request: one transaction on Oxigraph)."""
    drop = f"DROP SILENT GRAPH {iri_ref(graph)}"
    return f"{drop} ;\n{insert_text(graph, triples)}" if triples else drop


def drop_text(graphs: Sequence[str]) -> str:
    """An update that drops ``graphs`` (absent ones too)."""
    return " ;\n".join(f"DROP SILENT GRAPH {iri_ref(g)}" for g in graphs)


def with_graph(url: str, graph: str) -> str:
    """A Graph Store URL naming one graph (Virtuoso's ``graph-uri``, else the protocol's ``graph``)."""
    key = "graph-uri" if "sparql-graph-crud" in url else "graph"
    return url + ("&" if "?" in url else "?") + urllib.parse.urlencode({key: graph})


# ------------------------------------------------------------------ N-Quads batches (the dataset method)

@dataclass
class DatasetBatch:
    """Whole graphs that go in one POST, the number of distinct quads of each, and the N-Quads body."""

    sources: list[GraphSource]
    counts: list[int]
    body: bytes


def dataset_batches(sources: Iterable[GraphSource], size: int) -> Iterator[DatasetBatch]:
    """Graphs, whole and in order, grouped into N-Quads bodies of up to ``size`` quads (a bigger graph goes
    alone: a graph is never split, as each POST is one transaction)."""
    cur: list[GraphSource] = []
    counts: list[int] = []
    parts: list[bytes] = []
    for src in sources:
        body, n = src.nquads()
        if cur and sum(counts) + n > size:
            yield DatasetBatch(cur, counts, b"".join(parts))
            cur, counts, parts = [], [], []
        cur.append(src)
        counts.append(n)
        parts.append(body)
    if cur:
        yield DatasetBatch(cur, counts, b"".join(parts))
