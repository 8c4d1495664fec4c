"""The embedded store: Oxigraph (pyoxigraph), one named graph per article, plus reference and ontology graphs."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import pyoxigraph as ox

from . import resources
from .rdfmap import BASE, ONTOLOGY_GRAPH, REFERENCE_GRAPH, article_iri


class GraphFileError(Exception):
    """A Turtle file that does not parse; the message names the file, line and column."""


@dataclass
class Dataset:
    """A loaded store and what went into it."""

    store: ox.Store
    article_graphs: list[str]
    files: list[Path]


def graph_for_file(path: Path) -> str:
    """The named graph of an article's Turtle file: the article's IRI (from the file name)."""
    return str(article_iri(path.stem))


def _load_file(store: ox.Store, path: Path, graph: str) -> None:
    try:
        with open(path, "rb") as f:
            store.load(f, format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(graph), base_iri=BASE)
    except SyntaxError as e:
        raise GraphFileError(f"{path}: {_position(e)}") from None
    except OSError as e:
        raise GraphFileError(f"{path}: cannot read ({e.strerror or e})") from None


def _position(e: SyntaxError) -> str:
    msg = str(e).splitlines()[0] if str(e) else "syntax error"
    # Oxigraph reports "... at line L column C" or offsets in the message; keep it on one line
    m = re.search(r"line (\d+)\D+(\d+)", msg)
    if m:
        return f"line {m.group(1)}, column {m.group(2)}: Turtle syntax error: {msg}"
    if getattr(e, "lineno", None):
        return f"line {e.lineno}, column {e.offset or 0}: Turtle syntax error: {msg}"
    return f"Turtle syntax error: {msg}"


def turtle_files(dirs: Iterable[Path]) -> list[Path]:
    """The ``*.ttl`` files in the given folders (or the files themselves), sorted."""
    out: list[Path] = []
    for d in dirs:
        d = Path(d)
        if d.is_dir():
            out.extend(sorted(d.glob("*.ttl")))
        elif d.exists():
            out.append(d)
        else:
            raise GraphFileError(f"{d}: no such file or folder")
    return out


def open_dataset(data: Iterable[Path] | None = None, path: Path | None = None) -> Dataset:
    """A store with the ontology, the reference data, and the article graphs of ``data`` (default: the committed graph)."""
    store = ox.Store(str(path)) if path else ox.Store()
    for f in resources.ontology_files():
        _load_file(store, f, str(ONTOLOGY_GRAPH))
    ref = resources.reference_dir() / "places.ttl"
    if ref.exists():
        _load_file(store, ref, str(REFERENCE_GRAPH))
    files = turtle_files(list(data) if data else [resources.graph_dir()])
    graphs = []
    for f in files:
        g = graph_for_file(f)
        _load_file(store, f, g)
        graphs.append(g)
    return Dataset(store, graphs, files)


def run_select(ds: Dataset, query: str, bindings: dict[str, ox.NamedNode | ox.Literal] | None = None):
    """A SELECT/ASK/CONSTRUCT over the union of all graphs, with variables bound to RDF terms."""
    subs = {ox.Variable(k): v for k, v in (bindings or {}).items()}
    return ds.store.query(query, use_default_graph_as_union=True, substitutions=subs or None)
