"""``coopgraph dump``: the whole dataset in one file, as N-Quads or TriG, in the layout of an export.

One named graph per article file (its IRI), plus the ontology and reference graphs (``export_graphs.plan``), exactly as
``coopgraph export`` lays them out. The output is the same bytes on every run: graphs in the
plan's order, triples in the order of their files, blank nodes renamed by their first appearance.
"""
from __future__ import annotations

from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

import pyoxigraph as ox

from .export_graphs import plan
from .graphfiles import reading
from .outfile import replace_file
from .rdfmap import BASE, PREFIXES

FORMATS = {"nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG}


def dataset_quads(data: Iterable[Path] | None = None) -> Iterator[ox.Quad]:
    """Every quad of the dataset (default: the committed graph), graph by graph."""
    sources = plan(data)    # (a file that cannot be read or parsed: GraphFileError, one line naming it)
    for i, src in enumerate(sources):
        g = ox.NamedNode(src.iri)
        blanks: dict[str, ox.BlankNode] = {}

        def term(t):
            if isinstance(t, ox.BlankNode):
                return blanks.setdefault(t.value, ox.BlankNode(f"g{i}b{len(blanks)}"))
            return t

        for f in src.files:
            with reading(f):
                for t in ox.parse(path=str(f), format=ox.RdfFormat.TURTLE, base_iri=BASE):
                    yield ox.Quad(term(t.subject), t.predicate, term(t.object), g)


def write(out: BinaryIO, fmt: str = "nquads", data: Iterable[Path] | None = None) -> None:
    """The dataset serialised to a binary stream."""
    prefixes = {p: str(ns) for p, ns in PREFIXES.items()} if fmt == "trig" else None
    ox.serialize(dataset_quads(data), out, FORMATS[fmt], prefixes=prefixes)


def write_file(path: Path, fmt: str = "nquads", data: Iterable[Path] | None = None) -> None:
    """The dataset written to ``path`` whole or not at all (``outfile.replace_file``)."""
    replace_file(path, lambda f: write(f, fmt, data))
