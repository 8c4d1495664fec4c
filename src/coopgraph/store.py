"""The embedded store: Oxigraph (pyoxigraph), one named graph per article, plus reference and ontology graphs.

Two back ends answer the same queries over the same named graphs:

- ``oxigraph`` (default): pyoxigraph, in memory or, with a cache, in an on-disk store that is kept between runs
  (a manifest records each loaded file's size, mtime and SHA-256: a second run reloads only files that changed and
  drops the graphs of files that are gone, so unchanged Turtle is never parsed again; it keeps the answers it
  gives until its data changes: see ``answers``);
- ``memory``: rdflib's in-memory ``Dataset`` (default_union), the slow reference, for comparison.

The back end is chosen by ``open_dataset(store=...)``, else ``$COOPGRAPH_STORE``; the cache by
``open_dataset(cache=...)``, else ``$COOPGRAPH_CACHE`` (``1``/``0``); the cache folder by ``path=``,
else ``$COOPGRAPH_CACHE_DIR``, else ``$XDG_CACHE_HOME/coopgraph`` or ``~/.cache/coopgraph``.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

import pyoxigraph as ox

from . import __version__, answers, digest, ordering, resources
from .rdfmap import BASE, CG, CORRECTIONS_GRAPH, DIGEST_GRAPH, ONTOLOGY_GRAPH, REFERENCE_GRAPH, graph_for_name
from .results import Row, Solutions

STORES = ("oxigraph", "memory")
MANIFEST = "coopgraph-manifest.json"
_MANIFEST_VERSION = 3      # 2: the default graph holds the union of the named graphs; 3: graphs carry cg:article


class GraphFileError(Exception):
    """A Turtle file that does not parse; the message names the file, line and column."""


@dataclass
class Dataset:
    """A loaded store and what went into it.

    ``store`` answers ``query(text, use_default_graph_as_union=True, substitutions=...)`` and ``len()`` for both back
    ends (for ``memory`` it is an adapter over an rdflib Dataset, whose results come back as pyoxigraph terms).
    """

    store: "ox.Store | RdflibStore"
    article_graphs: list[str]
    files: list[Path]
    kind: str = "oxigraph"
    cache_dir: Path | None = None          # the on-disk store in use, if any
    loaded: list[Path] = field(default_factory=list)      # files parsed by this open (all of them without a cache)
    removed: list[str] = field(default_factory=list)      # graphs dropped because their file is gone
    answers: Path | None = None            # where the on-disk store keeps its answers (see ``answers``)

    def close(self) -> None:
        """Release the on-disk store (its lock) now rather than at garbage collection."""
        self.store = None  # type: ignore[assignment]
        self.answers = None             # no store behind them any more

    def forget_answers(self) -> None:
        """Drop the answers kept for the store's state: it was written to, so they may not be its answers now."""
        answers.drop(self.answers)
        self.answers = None


def graph_for_file(path: Path) -> str:
    """The named graph of an article's Turtle file: the article's IRI (from the file name); build's corrections.ttl
    goes into a graph of its own."""
    return str(graph_for_name(path.stem))


def _position(e: SyntaxError) -> str:
    """One line: 'line L, column C: Turtle syntax error: <problem>'.

    pyoxigraph's SyntaxError carries the start position as ``lineno``/``offset`` (1-based, columns in
    characters) and its text reads 'Parser error at line 3 between columns 9 and 25: Invalid IRI code point'
    or 'Parser error between line 3 column 11 and line 4 column 1: Unexpected end of file'; str(e) also
    appends ' (line 3)'. Keep the position once, and only the problem after it.
    """
    msg = e.msg if isinstance(getattr(e, "msg", None), str) and e.msg else str(e)
    msg = " ".join(msg.split()) or "syntax error"
    line, col = getattr(e, "lineno", None), getattr(e, "offset", None)
    if not line:
        m = re.search(r"line (\d+)\D+?(\d+)", msg)
        if m:
            line, col = int(m.group(1)), int(m.group(2))
    why = re.sub(r"^Parser error (?:at|between) line[^:]*: ", "", msg)
    why = re.sub(r" \(line \d+\)$", "", why)
    if line:
        return f"line {line}, column {col or 1}: Turtle syntax error: {why}"
    return f"Turtle syntax error: {why}"


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


def _fixed_graphs() -> list[tuple[Path, str]]:
    """The ontology and reference files and their graphs: always loaded."""
    out = [(f, str(ONTOLOGY_GRAPH)) for f in resources.ontology_files()]
    ref = resources.reference_dir() / "places.ttl"
    if ref.exists():
        out.append((ref, str(REFERENCE_GRAPH)))
    return out


RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
ARTICLE_CLASS = ox.NamedNode(str(CG.Article))
ARTICLE_LINK = ox.NamedNode(str(CG.article))      # <graph> cg:article <article>, added to each article graph


def _quads(path: Path, graph: str) -> Iterator[ox.Quad]:
    """The triples of one Turtle file as quads in ``graph``, plus ``<graph> cg:article <article>`` for the article
    it holds (see the ontology: the queries' one-lookup way from a claim's graph to its article, whatever the file
    is called); parse errors name the file."""
    g = ox.NamedNode(graph)
    articles = []
    try:
        for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE, base_iri=BASE):
            yield ox.Quad(t.subject, t.predicate, t.object, g)
            if t.predicate == RDF_TYPE and t.object == ARTICLE_CLASS:
                articles.append(t.subject)
        for a in articles:
            yield ox.Quad(g, ARTICLE_LINK, a, g)
    except SyntaxError as e:
        raise GraphFileError(f"{path}: {_position(e)}") from None
    except OSError as e:
        raise GraphFileError(f"{path}: cannot read ({e.strerror or e})") from None


def bulk_load_files(store: ox.Store, items: list[tuple[Path, str]]) -> None:
    """Load files into their graphs with Oxigraph's bulk loader (one bulk operation for all of them)."""
    if not items:
        return
    store.bulk_extend(q for path, graph in items for q in _quads(path, graph))


# ------------------------------------------------------------------ which store, which cache

def _env_flag(value: str | None) -> bool | None:
    if value is None or value == "":
        return None
    return value.strip().lower() not in ("0", "no", "false", "off")


def default_cache_root() -> Path:
    """Where on-disk stores are kept unless told otherwise."""
    env = os.environ.get("COOPGRAPH_CACHE_DIR")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "coopgraph"


def cache_dir_for(inputs: list[Path], root: Path | None = None) -> Path:
    """The on-disk store for a set of data folders/files: one per set (keyed by their resolved paths)."""
    key = hashlib.sha256("\n".join(sorted(str(Path(p).resolve()) for p in inputs)).encode()).hexdigest()[:16]
    return (root or default_cache_root()) / f"store-{key}"


def _stat(path: Path) -> tuple[int, int]:
    st = path.stat()
    return st.st_size, st.st_mtime_ns


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _read_manifest(d: Path) -> dict:
    try:
        m = json.loads((d / MANIFEST).read_text(encoding="utf-8"))
        if m.get("version") == _MANIFEST_VERSION and m.get("pyoxigraph") == ox.__version__:
            return m
    except (OSError, ValueError):
        pass
    return {}


def _write_manifest(d: Path, files: dict, digest_made: str | None = None) -> None:
    """Record the loaded files and (``digest_made``) the fingerprint of the updates that made the digest now in the
    store: a manifest without it (written before a change) makes the next open compute the digest again."""
    text = json.dumps({"version": _MANIFEST_VERSION, "pyoxigraph": ox.__version__, "coopgraph": __version__,
                       "files": files, "digest": digest_made}, ensure_ascii=False, indent=0, sort_keys=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{MANIFEST}.", suffix=".tmp", dir=d)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, d / MANIFEST)


def _open_cached(d: Path, wanted: list[tuple[Path, str]]) -> tuple[ox.Store, list[Path], list[str], str]:
    """Bring the on-disk store in ``d`` up to date with ``wanted`` (file, graph) pairs; parse only what changed.
    Returns the store, the files loaded, the graphs removed, and the name of the state it is now in (see
    ``answers.state_of``).

    The manifest is keyed by file (several files may share a graph, as the ontology files do): when one file of a
    graph changed, the graph is cleared and all of its files are loaded again.
    """
    d.mkdir(parents=True, exist_ok=True)
    manifest = _read_manifest(d)
    store = ox.Store(str(d))
    old: dict = manifest.get("files", {}) if manifest else {}
    if not manifest and len(store):
        store.clear()           # a store without a (valid) manifest: start again
    keep: dict = {}
    stale_graphs: set[str] = set()
    for path, graph in wanted:
        key = str(path.resolve())
        size, mtime = _stat(path)
        prev = old.get(key)
        if prev and not prev.get("pending") and prev.get("graph") == graph:
            if prev.get("size") == size and prev.get("mtime_ns") == mtime:
                keep[key] = prev
                continue
            if prev.get("size") == size and prev.get("sha256") == _sha256(path):   # touched, not changed
                keep[key] = {**prev, "mtime_ns": mtime}
                continue
        stale_graphs.add(graph)
    wanted_keys = {str(p.resolve()) for p, _ in wanted}
    for key, prev in old.items():
        if key not in wanted_keys or prev.get("pending"):
            stale_graphs.add(prev.get("graph", ""))
    stale_graphs.discard("")
    wanted_graphs = {g for _, g in wanted}
    todo = [(p, g) for p, g in wanted if g in stale_graphs]
    gone = sorted(g for g in stale_graphs if g not in wanted_graphs)
    if stale_graphs:
        # mark what is about to change, so that a crash half-way is repaired by the next open
        pending = {k: v for k, v in keep.items() if v["graph"] not in stale_graphs}
        for key, prev in old.items():
            if prev.get("graph") in stale_graphs:
                pending[key] = {**prev, "pending": True}
        for p, g in todo:
            pending[str(p.resolve())] = {"graph": g, "pending": True}
        _write_manifest(d, pending)
        # the triples of the graphs about to go: taken out of the union (default graph) below, unless another
        # graph still states them
        old_triples: set[ox.Triple] = set()
        for g in sorted(stale_graphs):
            node = ox.NamedNode(g)
            if store.contains_named_graph(node):
                old_triples.update(ox.Triple(q.subject, q.predicate, q.object)
                                   for q in store.quads_for_pattern(None, None, None, node))
                store.remove_graph(node) if g in gone else store.clear_graph(node)
        # each file's size, time and hash taken before it is parsed: a file edited while it loads is seen as
        # changed at the next open, rather than recorded with content the store does not hold
        loaded_stats = {str(p.resolve()): (*_stat(p), _sha256(p)) for p, _ in todo}
        bulk_load_files(store, todo)
        default = ox.DefaultGraph()
        for t in old_triples:
            if not any(q.graph_name != default for q in store.quads_for_pattern(t.subject, t.predicate, t.object, None)):
                store.remove(ox.Quad(t.subject, t.predicate, t.object, default))
        for g in sorted({g for _, g in todo}):
            store.update(f"INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}")
        store.flush()
        keep = {k: v for k, v in keep.items() if v["graph"] not in stale_graphs}
        for p, g in todo:
            size, mtime, sha = loaded_stats[str(p.resolve())]
            keep[str(p.resolve())] = {"graph": g, "size": size, "mtime_ns": mtime, "sha256": sha}
        _write_manifest(d, keep)          # the graphs are in; the digest is not made yet
    made = manifest.get("digest") if manifest and not stale_graphs else None
    if made != digest.fingerprint():
        digest.refresh(store.update)
        store.flush()
        _write_manifest(d, keep, digest.fingerprint())
    elif keep != old:
        _write_manifest(d, keep, made)
    return store, [p for p, _ in todo], gone, answers.state_of(keep, digest.fingerprint())


def open_dataset(data: Iterable[Path] | None = None, path: Path | None = None, *, store: str | None = None,
                 cache: bool | None = None, keep_answers: bool = False) -> Dataset:
    """A store with the ontology, the reference data, and the article graphs of ``data`` (default: the committed graph).

    ``store``: ``oxigraph`` (default) or ``memory`` (rdflib). ``cache``: keep an on-disk Oxigraph store between runs
    and parse only the files that changed (``path`` names its folder; by default one under the cache root per set of
    data folders). Without a cache everything is parsed into memory. ``keep_answers``: an on-disk store in a new
    state answers the stored queries that need no parameter at once and keeps the answers (``coopgraph query``
    asks for it; every stored query's answer is kept at its first asking anyway: see ``answers``).
    """
    kind = (store or os.environ.get("COOPGRAPH_STORE") or "oxigraph").strip().lower()
    if kind in ("rdflib",):
        kind = "memory"
    if kind not in STORES:
        raise GraphFileError(f"unknown store {kind!r} (use one of: {', '.join(STORES)})")
    inputs = list(data) if data else [resources.graph_dir()]
    files = turtle_files(inputs)
    wanted = _fixed_graphs() + [(f, graph_for_file(f)) for f in files]
    graphs = [g for g in map(graph_for_file, files) if g != str(CORRECTIONS_GRAPH)]   # the articles' only

    if kind == "memory":
        return Dataset(RdflibStore.from_files(wanted), graphs, files, kind="memory", loaded=[p for p, _ in wanted])

    use_cache = cache if cache is not None else (path is not None or bool(_env_flag(os.environ.get("COOPGRAPH_CACHE"))))
    if use_cache:
        d = Path(path) if path else cache_dir_for(inputs)
        try:
            st, loaded, gone, state = _open_cached(d, wanted)
        except OSError:
            pass   # locked by another process, or an unwritable cache: fall back to a store in memory
        else:
            try:
                kept_in = answers.folder_for(d, state)
            except OSError:
                kept_in = None      # a cache folder it cannot list: nothing is kept
            ds = Dataset(UnionStore(st), graphs, files, kind="oxigraph", cache_dir=d, loaded=loaded, removed=gone,
                         answers=kept_in)
            ds.store.on_write = ds.forget_answers
            if keep_answers and kept_in is not None and not kept_in.exists():
                # a new state: the standard answers made now rather than at their first asking (looked up on the
                # module when called: queries imports this module's run_select, so not at the top)
                from . import queries

                queries.keep_standard_answers(ds)
            return ds
    st = ox.Store()
    bulk_load_files(st, wanted)
    st.update(_MATERIALIZE)
    digest.refresh(st.update)
    return Dataset(UnionStore(st), graphs, files, kind="oxigraph", loaded=[p for p, _ in wanted])


_MATERIALIZE = "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"


def make_digest_in(store: ox.Store) -> None:
    """Make the digest in a plain Oxigraph store that holds named graphs only (a server's folder: the server shows
    their union as its default graph, which the digest's updates read): on a copy of the union in the default
    graph, dropped after."""
    store.update("CLEAR DEFAULT")      # a copy left by a run killed half-way
    store.update(_MATERIALIZE)
    digest.refresh(store.update)
    store.update("CLEAR DEFAULT")


# the triples of the named graphs, the digest (computed from them) left out
_COUNT_STATED = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{DIGEST_GRAPH}>) }}"


class UnionStore:
    """An Oxigraph store whose default graph holds the union of its named graphs, materialised at load time.

    Oxigraph answers patterns on the default graph far faster from a real graph than from
    ``use_default_graph_as_union`` (measured at 100k triples: 5.7 s → 42 ms for agreements-in-force, 1.7 s → 12 ms
    for lao-provinces-with-several-partners), so every query runs on the materialised union, which is the same set of
    triples. The rest of the ``pyoxigraph.Store`` interface is passed through, except that iteration and
    ``quads_for_pattern`` with no graph leave the copy out: they see the named graphs, as before (the digest graph
    included); ``len()`` counts the named graphs but the digest, which is computed from them. A write through it
    calls ``on_write`` first (an on-disk store's kept answers go: they may no longer be its answers).
    """

    def __init__(self, inner: ox.Store):
        self.inner = inner
        self.on_write = None        # called before any write (the store's kept answers go: see Dataset)

    def query(self, query, *, use_default_graph_as_union: bool = False, default_graph=None, named_graphs=None,
              **kwargs):
        if default_graph is None and named_graphs is None:
            # the default graph already is the union (and nothing else is ever put in it)
            return self.inner.query(query, use_default_graph_as_union=False, **kwargs)
        return self.inner.query(query, use_default_graph_as_union=use_default_graph_as_union,
                                default_graph=default_graph, named_graphs=named_graphs, **kwargs)

    def quads_for_pattern(self, subject=None, predicate=None, object=None, graph_name=None):
        it = self.inner.quads_for_pattern(subject, predicate, object, graph_name)
        if graph_name is None:
            default = ox.DefaultGraph()
            return (q for q in it if q.graph_name != default)
        return it

    def __iter__(self):
        return self.quads_for_pattern()

    def __len__(self) -> int:
        n = self.inner.query(_COUNT_STATED)
        return int(next(iter(n))["n"].value)

    def __contains__(self, quad) -> bool:
        return quad.graph_name != ox.DefaultGraph() and quad in self.inner

    def __getattr__(self, name):
        attr = getattr(self.inner, name)
        if name in _WRITES and self.on_write is not None:
            def written(*args, **kwargs):
                self.on_write()
                return attr(*args, **kwargs)
            return written
        return attr


# pyoxigraph.Store's methods that change what it holds
_WRITES = frozenset({"add", "add_graph", "bulk_extend", "bulk_load", "clear", "clear_graph", "extend", "load",
                     "remove", "remove_graph", "update"})


def run_select(ds: Dataset, query: str, bindings: dict[str, ox.NamedNode | ox.Literal] | None = None,
               only_articles: list[str] | None = None):
    """A SELECT/ASK/CONSTRUCT over the union of all graphs, with variables bound to RDF terms.

    ``only_articles`` (file names): an unbound ``GRAPH ?g`` ranges over these articles' graphs (and the reference,
    ontology and digest graphs: ``SHARED_GRAPHS``) alone, so a query that scans every graph's claims (a hash join,
    fast for the whole archive) reads one article's instead; the default graph stays the union of all. The query
    must still bind its article variable: on rdflib, ``GRAPH <iri>`` and a ``GRAPH ?g`` bound earlier are not
    narrowed."""
    dataset = {}
    if only_articles is not None:
        dataset["named_graphs"] = _article_graphs(ds.store, only_articles) + [ox.NamedNode(g) for g in SHARED_GRAPHS]
    if isinstance(ds.store, UnionStore):
        if bindings:
            # the terms go into the query text: Oxigraph joins ``substitutions`` only after evaluating the query
            # (sources-of at 1M triples: 3.3 s with substitutions, 0.3 s with the IRI written in)
            from .queries import QueryError, bind_into_text

            try:
                query, bindings = bind_into_text(query, bindings), None
            except QueryError:
                pass            # a query whose WHERE clause the binder cannot find: Oxigraph's own binding
    subs = {ox.Variable(k): v for k, v in (bindings or {}).items()} or None
    if not isinstance(ds.store, UnionStore):
        return ds.store.query(query, use_default_graph_as_union=True, substitutions=subs, **dataset)
    if ds.cache_dir is not None:
        # on disk only: in memory Oxigraph's own sort reads no disk and is the faster one
        # (officials at 100k: 36 ms with it, 60 ms sorted in Python)
        return _ordered_in_python(ds.store, query, subs, **dataset)
    return ds.store.query(query, substitutions=subs, **dataset)      # (its default graph is the union: UnionStore)


# the graphs that a query narrowed to some articles reads besides theirs (here and on a server)
SHARED_GRAPHS = tuple(str(g) for g in (ONTOLOGY_GRAPH, REFERENCE_GRAPH, DIGEST_GRAPH))


def article_graphs_query(file_names: list[str]) -> str:
    """A SELECT of ``?g``: the named graphs of the articles with these file names (through the ``cg:article`` link
    the store adds to each article graph, as the export does on a server)."""
    values = " ".join(str(ox.Literal(f)) for f in file_names)
    return (f"SELECT DISTINCT ?g WHERE {{ VALUES ?f {{ {values} }} "
            f"GRAPH ?g {{ ?g {ARTICLE_LINK} ?a . ?a <{CG}fileName> ?f }} }}")


def _article_graphs(store, file_names: list[str]) -> list[ox.NamedNode]:
    """The named graphs of the articles with these file names."""
    return [r["g"] for r in store.query(article_graphs_query(file_names))] if file_names else []


def _ordered_in_python(store: UnionStore, query: str, subs: dict | None, **dataset):
    """Oxigraph's answer, with a plain final ORDER BY done in Python (see ``ordering``): the same rows in the same
    order, without the store reading strings from disk at every comparison."""
    how = ordering.plan(query)
    if how is not None:
        text, keys, added = how
        try:
            res = store.query(text, substitutions=subs, **dataset)
        except SyntaxError:
            res = None          # not a query that stands without its ORDER BY: the store reads it whole
        if isinstance(res, ox.QuerySolutions):
            names = [v.value for v in res.variables]
            rows = [Row(zip(names, sol)) for sol in res]     # each term made once, for the sort and the reader
            try:
                return Solutions([n for n in names if n not in added], ordering.sort_rows(rows, keys))
            except ordering.Unordered:
                pass            # values whose order is the store's own: the store runs the query again
    return store.query(query, substitutions=subs, **dataset)


# ------------------------------------------------------------------ rdflib back end

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _to_rdflib(t):
    import rdflib

    if isinstance(t, ox.NamedNode):
        return rdflib.URIRef(t.value)
    if isinstance(t, ox.Literal):
        if t.language:
            return rdflib.Literal(t.value, lang=t.language)
        if t.datatype.value == _XSD_STRING:
            # rdflib stores a plain literal without a datatype and does not match it with an xsd:string one
            return rdflib.Literal(t.value)
        return rdflib.Literal(t.value, datatype=rdflib.URIRef(t.datatype.value))
    if isinstance(t, ox.BlankNode):
        return rdflib.BNode(t.value)
    return t


def _to_ox(t):
    import rdflib

    if t is None:
        return None
    if isinstance(t, rdflib.URIRef):
        return ox.NamedNode(str(t))
    if isinstance(t, rdflib.Literal):
        if t.language:
            return ox.Literal(str(t), language=t.language)
        if t.datatype is not None:
            return ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype)))
        return ox.Literal(str(t))
    if isinstance(t, rdflib.BNode):
        return ox.BlankNode(str(t))
    return t


_PATCHED = False


def _patch_rdflib_distinct_aggregates() -> None:
    """rdflib 7 raises NotBoundError on ``GROUP_CONCAT(DISTINCT ?x)`` (and other DISTINCT aggregates) when ?x is unbound
    in a row, where SPARQL skips the row; let its own ``update()`` skip it, as it does without DISTINCT."""
    global _PATCHED
    if _PATCHED:
        return
    from rdflib.plugins.sparql.aggregates import Accumulator
    from rdflib.plugins.sparql.evalutils import _eval
    from rdflib.plugins.sparql.sparql import NotBoundError

    def use_row(self, row) -> bool:
        try:
            return _eval(self.expr, row) not in self.seen
        except NotBoundError:
            return True

    Accumulator.use_row = use_row
    _PATCHED = True


def _named_view(dataset, named_graphs):
    """The same rdflib Dataset, whose ``GRAPH ?g`` ranges over these graphs alone (rdflib's SPARQL walks
    ``contexts()`` for it; the default graph is still the union of every graph)."""
    import rdflib

    names = {rdflib.URIRef(g.value) for g in named_graphs}

    class NamedView(rdflib.Dataset):
        def contexts(self, triple=None):
            return (c for c in super().contexts(triple) if c.identifier in names)

    return NamedView(store=dataset.store, default_union=dataset.default_union)


def digest_of(items: list[tuple[Path, str]]) -> list[ox.Quad]:
    """The digest of these (file, graph) pairs, made in an Oxigraph store in memory: what rdflib's store takes (its
    own SPARQL needs more than ten minutes for one of the digest's updates at a million triples: its ``GRAPH ?g``
    blocks are evaluated apart, then joined) and what an export sends. rdflib still answers every query itself,
    and the tests compare the digest's rows with its own answers to the questions asked of the article graphs."""
    st = ox.Store()
    bulk_load_files(st, items)
    make_digest_in(st)
    return list(st.quads_for_pattern(None, None, None, ox.NamedNode(str(DIGEST_GRAPH))))


class RdflibStore:
    """rdflib's in-memory Dataset behind the subset of pyoxigraph's ``Store`` interface that coopgraph uses."""

    def __init__(self, dataset):
        self.dataset = dataset
        _patch_rdflib_distinct_aggregates()

    @classmethod
    def from_files(cls, items: list[tuple[Path, str]]) -> "RdflibStore":
        import rdflib

        ds = rdflib.Dataset(default_union=True)
        for path, graph in items:
            try:
                g = ds.graph(rdflib.URIRef(graph))
                g.parse(path, format="turtle", publicID=BASE)
                for art in list(g.subjects(rdflib.RDF.type, CG.Article)):     # as the Oxigraph store does (_quads)
                    g.add((g.identifier, CG.article, art))
            except FileNotFoundError:
                raise GraphFileError(f"{path}: no such file") from None
            except Exception as e:  # noqa: BLE001 - rdflib raises several kinds for bad syntax
                from .validate import _where   # line and column from rdflib's error too

                raise GraphFileError(f"{path}: {_where(e)}") from None
        out = cls(ds)
        digest_graph = ds.graph(rdflib.URIRef(str(DIGEST_GRAPH)))
        for q in digest_of(items):
            digest_graph.add((_to_rdflib(q.subject), _to_rdflib(q.predicate), _to_rdflib(q.object)))
        return out

    def __len__(self) -> int:
        return sum(len(g) for g in self.dataset.graphs() if g.identifier != DIGEST_GRAPH)

    def query(self, query: str, use_default_graph_as_union: bool = True, substitutions=None, named_graphs=None):
        """As pyoxigraph's ``Store.query``; ``named_graphs``: the graphs ``GRAPH ?g`` ranges over (the default
        graph stays the union of all)."""
        from rdflib import Variable

        init = {Variable(k.value if isinstance(k, ox.Variable) else k): _to_rdflib(v)
                for k, v in (substitutions or {}).items()}
        import warnings

        with warnings.catch_warnings():
            # rdflib 7.6's own SPARQL evaluator calls its deprecated Dataset.default_context once per triple lookup:
            # hundreds of thousands of DeprecationWarnings per query, which cost more than the query
            warnings.simplefilter("ignore", DeprecationWarning)
            dataset = self.dataset if named_graphs is None else _named_view(self.dataset, named_graphs)
            res = dataset.query(query, initBindings=init)
            return self._convert(res)

    @staticmethod
    def _convert(res):
        if res.type == "ASK":
            return bool(res.askAnswer)
        if res.type == "SELECT":
            names = [str(v) for v in res.vars]
            rows = [Row({n: _to_ox(r[i]) for i, n in enumerate(names)}) for r in res]
            return Solutions(names, rows)
        return [ox.Triple(_to_ox(s), _to_ox(p), _to_ox(o)) for s, p, o in res.graph]
