"""The embedded store: the exported graphs (one named graph per article, the reference places, the ontology), held
by Oxigraph (pyoxigraph) or, for comparison, by rdflib.

- ``oxigraph`` (default): on disk, an Oxigraph store kept between runs under the cache folder (one per set of data
  folders), or, without the cache, a store in memory parsed anew. The on-disk store mirrors the files: its manifest
  records each file's graph, size, times, inode and SHA-256, and an open parses only the files that changed and drops
  the graphs of files that are gone. Before it changes the store, an open writes the graphs it is about to change
  into the manifest as *pending* (a journal): a process killed half-way leaves them pending, and the next open clears
  and loads them again, so the store and its manifest never disagree for longer than one open.
- ``memory``: rdflib's in-memory ``Dataset``, the slow reference.

A file counts as unchanged when its size, modification time, inode and status-change time (``ctime``, which no tool
can set back) are those recorded; otherwise its content is hashed, so an edit that keeps size and modification time
(``cp -p``, ``rsync -a``, ``touch -r``) is seen. When the on-disk store cannot be used (another process holds it
longer than ``COOPGRAPH_LOCK_WAIT`` seconds, default 10; a full or read-only cache disk), the files are loaded into
memory instead and ``Dataset.notice`` says so in one line.

The back end is chosen by ``open_dataset(store=...)``, else ``$COOPGRAPH_STORE``; the cache by
``open_dataset(cache=...)``, else ``$COOPGRAPH_CACHE`` (``1``/``0``); the cache folder by ``path=``, else
``resources.cache_root()``.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

import pyoxigraph as ox

from .. import __version__, resources
from ..graphfiles import GraphFileError, graph_for_file, rdflib_syntax_message, reading, turtle_files
from .results import Solutions

STORES = ("oxigraph", "memory")
MANIFEST = "coopgraph-manifest.json"
MANIFEST_VERSION = 4       # 4: named graphs only (no union copy in the default graph), inode and ctime recorded
LOCK_WAIT_S = 10.0         # how long an open waits for another process's on-disk store (COOPGRAPH_LOCK_WAIT)
OPTIMIZE_FROM = 1000       # files loaded in one open from which the store is compacted (reads ~1.5x faster at 1M)


class StoreUnavailable(Exception):
    """The on-disk store cannot be used now (held by another process, a full or read-only disk): one line why."""


@dataclass
class Dataset:
    """The graphs of a set of files, in a store, and what an open did.

    ``store`` answers ``query(text, use_default_graph_as_union=..., named_graphs=...)`` and ``len()`` on both back
    ends (for ``memory`` an adapter over an rdflib Dataset whose results come back as pyoxigraph terms). An on-disk
    store already up to date is opened only when ``store`` is first read: an answer kept for its ``state`` needs none.
    """

    article_graphs: list[str]
    files: list[Path]
    kind: str = "oxigraph"
    cache_dir: Path | None = None          # the on-disk store in use, if any
    loaded: list[Path] = field(default_factory=list)      # files parsed by this open (all of them without a cache)
    removed: list[str] = field(default_factory=list)      # graphs dropped because their file is gone
    state: str | None = None               # what the on-disk store holds: its files' graphs and contents, hashed
    notice: str | None = None              # one line for the user: the on-disk store could not be used, and why
    opened: "ox.Store | RdflibStore | None" = None
    wanted: list[tuple[Path, str]] = field(default_factory=list)

    @property
    def store(self) -> "ox.Store | RdflibStore":
        """The store (an on-disk store not yet opened is opened now, and brought up to date if its files changed
        in between: ``state`` then names what it holds)."""
        if self.opened is None and self.cache_dir is not None:
            try:
                st, loaded, removed, state = sync_on_disk(self.cache_dir, self.wanted)
            except StoreUnavailable as e:
                self.notice, self.cache_dir, self.state = str(e), None, None
                st, loaded, removed = load_in_memory(self.wanted), [p for p, _ in self.wanted], []
            else:
                self.state = state
            self.opened, self.loaded, self.removed = st, self.loaded + loaded, self.removed + removed
        return self.opened

    def close(self) -> None:
        """Release the on-disk store (its lock) now rather than at garbage collection."""
        self.opened = None
        self.cache_dir = None


# rdfmap (which imports rdflib: 0.1 s of a warm `coopgraph query` that needs neither) is looked up in the functions
# that need an IRI, when they are first called

def shared_graphs() -> list[str]:
    """The graphs every stored question may read besides the articles': the ontology and the reference places."""
    from ..rdfmap import ONTOLOGY_GRAPH, REFERENCE_GRAPH

    return [str(ONTOLOGY_GRAPH), str(REFERENCE_GRAPH)]


def fixed_files() -> list[Path]:
    """The ontology files and the reference places: always loaded."""
    ref = resources.reference_dir() / "places.ttl"
    return resources.ontology_files() + ([ref] if ref.exists() else [])


def fixed_graph_for_file(path: Path) -> str:
    """The graph of one of ``fixed_files``: the reference places', else the ontology's."""
    from ..rdfmap import ONTOLOGY_GRAPH, REFERENCE_GRAPH

    return str(REFERENCE_GRAPH if Path(path).name == "places.ttl" else ONTOLOGY_GRAPH)


def fixed_graphs() -> list[tuple[Path, str]]:
    """The ontology and reference files and their graphs."""
    return [(f, fixed_graph_for_file(f)) for f in fixed_files()]


def file_quads(path: Path, graph: str) -> Iterator[ox.Quad]:
    """The triples of one Turtle file as quads in ``graph``; a parse error names the file, line and column."""
    from ..rdfmap import BASE

    g = ox.NamedNode(graph)
    with reading(path):
        for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE, base_iri=BASE):
            yield ox.Quad(t.subject, t.predicate, t.object, g)


def bulk_load_files(store: ox.Store, items: list[tuple[Path, str]]) -> None:
    """Load files into their graphs with Oxigraph's bulk loader (one bulk operation for all of them)."""
    if items:
        store.bulk_extend(q for path, graph in items for q in file_quads(path, graph))


def load_in_memory(items: list[tuple[Path, str]]) -> ox.Store:
    """A store in memory holding these (file, graph) pairs."""
    st = ox.Store()
    bulk_load_files(st, items)
    return st


# ------------------------------------------------------------------ the on-disk store and its manifest

def cache_dir_for(inputs: list[Path], root: Path | None = None) -> Path:
    """The on-disk store for a set of data folders/files: one per set (keyed by their resolved paths)."""
    key = hashlib.sha256("\n".join(sorted(str(Path(p).resolve()) for p in inputs)).encode()).hexdigest()[:16]
    return (root or resources.cache_root()) / f"store-{key}"


def sha256_of(path: Path) -> str:
    """The SHA-256 of a file's content."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _stat(path: Path) -> dict:
    st = os.stat(path)
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "ino": st.st_ino, "ctime_ns": st.st_ctime_ns}


def read_manifest(d: Path) -> dict:
    """The manifest of the on-disk store in ``d``; ``{}`` when there is none, or one of another version."""
    try:
        m = json.loads((d / MANIFEST).read_text(encoding="utf-8"))
        if (m.get("version"), m.get("pyoxigraph"), m.get("coopgraph")) == (MANIFEST_VERSION, ox.__version__,
                                                                          __version__):
            return m
    except (OSError, ValueError):
        pass
    return {}


def write_manifest(d: Path, files: dict) -> None:
    """Record the files the store holds (an entry marked ``pending`` is a graph being changed), whole or not at all:
    written to a temporary file, synced, renamed."""
    text = json.dumps({"version": MANIFEST_VERSION, "pyoxigraph": ox.__version__, "coopgraph": __version__,
                       "files": files}, ensure_ascii=False, indent=0, sort_keys=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{MANIFEST}.", suffix=".tmp", dir=d)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, d / MANIFEST)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def state_of(files: dict) -> str:
    """The name of what a store holds: its files' graphs and contents (sizes and times left out: a file touched but
    not changed keeps the state), and the versions that read them."""
    h = hashlib.sha256(f"{__version__}\0{ox.__version__}\0{MANIFEST_VERSION}\0".encode())
    h.update(json.dumps(sorted((v.get("graph", ""), v.get("sha256", "")) for v in files.values())).encode())
    return h.hexdigest()[:32]


def _key(path: Path) -> str:
    # absolute without resolving: one stat per file at each open, no symlink walk (5,008 paths resolved and stat-ed
    # twice were 0.5 s of a warm query at 1M triples); the paths open_dataset lists are absolute already
    s = os.fspath(path)
    return s if os.path.isabs(s) else os.path.abspath(s)


def _compare(wanted: list[tuple[Path, str]], old: dict) -> tuple[dict, set[str], bool]:
    """Which recorded files are unchanged: (their entries, with new times for a file touched but not changed; the
    graphs to load again or drop; whether an entry's times changed)."""
    keep: dict = {}
    stale: set[str] = set()
    touched = False
    for path, graph in wanted:
        key = _key(path)
        try:
            st = os.stat(key)
        except OSError:
            stale.add(graph)            # gone since it was listed: the load reports it
            continue
        prev = old.get(key)
        if prev and not prev.get("pending") and prev.get("graph") == graph:
            if (prev.get("size"), prev.get("mtime_ns"), prev.get("ino"), prev.get("ctime_ns")) == \
                    (st.st_size, st.st_mtime_ns, st.st_ino, st.st_ctime_ns):
                keep[key] = prev
                continue
            now = _stat(path)
            # size, times or inode changed: the content decides (an edit that kept size and mtime is seen here)
            if prev.get("size") == now["size"] and prev.get("sha256") == sha256_of(path):
                keep[key] = {**prev, **now}
                touched = True
                continue
        stale.add(graph)
    wanted_keys = {_key(p) for p, _ in wanted}
    for key, prev in old.items():
        if key not in wanted_keys or prev.get("pending"):
            stale.add(prev.get("graph", ""))
    stale.discard("")
    return keep, stale, touched


def check_on_disk(manifest: dict, wanted: list[tuple[Path, str]]) -> str | None:
    """The state of an on-disk store if it holds exactly ``wanted`` (read from its manifest and the files' status,
    without opening the store), else None."""
    if not manifest:
        return None
    try:
        keep, stale, touched = _compare(wanted, manifest.get("files", {}))
    except OSError:
        return None
    if stale or touched:
        return None
    return state_of(keep)


def open_locked(d: Path, wait: float | None = None) -> ox.Store:
    """Open the on-disk store in ``d``, waiting up to ``wait`` seconds (``COOPGRAPH_LOCK_WAIT``, default
    ``LOCK_WAIT_S``) while another process holds it. Raises ``StoreUnavailable`` with the reason."""
    if wait is None:
        try:
            wait = float(os.environ.get("COOPGRAPH_LOCK_WAIT") or LOCK_WAIT_S)
        except ValueError:
            wait = LOCK_WAIT_S
    deadline = time.monotonic() + max(0.0, wait)
    pause = 0.05
    while True:
        try:
            d.mkdir(parents=True, exist_ok=True)
            return ox.Store(str(d))
        except OSError as e:
            reason = " ".join(str(e).split())
            if "lock" not in reason.lower():
                raise StoreUnavailable(f"cannot use the on-disk store in {d} ({_short(reason)}); "
                                       "answered from the files, loaded into memory") from None
            if time.monotonic() >= deadline:
                raise StoreUnavailable(f"the on-disk store in {d} is in use by another process (waited {wait:g} s); "
                                       "answered from the files, loaded into memory") from None
            time.sleep(pause)
            pause = min(0.5, pause * 2)


def _short(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[:limit] + "..."


def remove_bulk_debris(d: Path) -> None:
    """Remove the files Oxigraph's bulk loader leaves in the store folder when a load fails (a full disk)."""
    for f in d.glob("bulk-*.sst"):
        f.unlink(missing_ok=True)


def _holds_a_graph_of(store: ox.Store, files: dict) -> bool:
    """Whether the store holds one of the graphs its manifest records (a store folder removed or replaced by hand
    holds none)."""
    graph = next((v.get("graph") for v in files.values() if v.get("graph") and not v.get("pending")), None)
    return graph is None or store.contains_named_graph(ox.NamedNode(graph))


def sync_on_disk(d: Path, wanted: list[tuple[Path, str]]) -> tuple[ox.Store, list[Path], list[str], str]:
    """Open the on-disk store in ``d`` and bring it up to date with ``wanted`` (file, graph) pairs, parsing only what
    changed. Returns the store, the files loaded, the graphs removed, and its state (``state_of``).

    The manifest is keyed by file (several files may share a graph, as the ontology files do): when one file of a
    graph changed, the graph is cleared and all of its files are loaded again. Raises ``StoreUnavailable`` when the
    store cannot be opened or written (the files are then read into memory by the caller), ``GraphFileError`` for a
    file that does not parse (its graph stays pending: loaded again at the next open).
    """
    store = open_locked(d)
    remove_bulk_debris(d)           # left by a load that failed (we hold the lock: no load is under way)
    manifest = read_manifest(d)
    old: dict = manifest.get("files", {}) if manifest else {}
    try:
        if (not manifest and len(store)) or (old and not _holds_a_graph_of(store, old)):
            store.clear()           # a store without a (valid) manifest, or emptied under it: start again
            old = {}
        keep, stale, touched = _compare(wanted, old)
        todo = [(p, g) for p, g in wanted if g in stale]
        wanted_graphs = {g for _, g in wanted}
        gone = sorted(g for g in stale if g not in wanted_graphs)
        if stale:
            # the journal: what is about to change, written first, so that a process killed half-way leaves these
            # graphs pending and the next open clears and loads them again
            pending = {k: v for k, v in keep.items() if v["graph"] not in stale}
            for key, prev in old.items():
                if prev.get("graph") in stale:
                    pending[key] = {**prev, "pending": True}
            for p, g in todo:
                pending[_key(p)] = {"graph": g, "pending": True}
            write_manifest(d, pending)
            for g in sorted(stale):
                node = ox.NamedNode(g)
                if g in gone:
                    store.remove_graph(node)
                else:
                    store.clear_graph(node)
            # each file's status and hash taken before it is parsed: a file edited while it loads is seen as changed
            # at the next open, rather than recorded with content the store does not hold
            status = {_key(p): {**_stat(p), "sha256": sha256_of(p)} for p, _ in todo if os.path.exists(p)}
            bulk_load_files(store, todo)
            store.flush()
            if len(todo) >= OPTIMIZE_FROM:
                store.optimize()
            keep = {k: v for k, v in keep.items() if v["graph"] not in stale}
            for p, g in todo:
                keep[_key(p)] = {"graph": g, **status[_key(p)]}
            write_manifest(d, keep)
        elif touched or not manifest:
            write_manifest(d, keep)
    except GraphFileError:
        remove_bulk_debris(d)
        raise
    except OSError as e:
        # a full or read-only disk half-way: the graphs stay pending (the next open loads them again)
        del store
        remove_bulk_debris(d)
        raise StoreUnavailable(f"cannot write the on-disk store in {d} ({_short(' '.join(str(e).split()))}); "
                               "answered from the files, loaded into memory") from None
    return store, [p for p, _ in todo], gone, state_of(keep)


def open_dataset(data: Iterable[Path] | None = None, path: Path | None = None, *, store: str | None = None,
                 cache: bool | None = None) -> Dataset:
    """The graphs of ``data`` (folders or Turtle files; default: the committed graph), with the ontology and the
    reference places, each file in its named graph.

    ``store``: ``oxigraph`` (default) or ``memory`` (rdflib). ``cache``: keep an on-disk Oxigraph store between runs
    and parse only the files that changed (``path`` names its folder; by default one under the cache root per set of
    data folders). Without a cache everything is parsed into memory.
    """
    kind = (store or os.environ.get("COOPGRAPH_STORE") or "oxigraph").strip().lower()
    if kind == "rdflib":
        kind = "memory"
    if kind not in STORES:
        raise GraphFileError(f"unknown store {kind!r} (use one of: {', '.join(STORES)})")
    inputs = [Path(os.path.abspath(p)) for p in data] if data else [resources.graph_dir()]
    files = turtle_files(inputs)
    use_cache = kind == "oxigraph" and (cache if cache is not None else
                                        (path is not None or bool(resources.env_flag("COOPGRAPH_CACHE"))))
    d = (Path(path) if path else cache_dir_for(inputs)) if use_cache else None
    manifest = read_manifest(d) if d is not None else {}
    known = manifest.get("files", {})

    def graph_of(f: Path, mapping) -> str:
        # the graph recorded for the same path (a function of its name alone), else made now
        entry = known.get(_key(f))
        return entry["graph"] if entry and entry.get("graph") else mapping(f)

    wanted = [(f, graph_of(f, fixed_graph_for_file)) for f in fixed_files()] + \
        [(f, graph_of(f, graph_for_file)) for f in files]
    graphs = [g for _, g in wanted[len(wanted) - len(files):]]
    if any(f.name == "corrections.ttl" for f in files):     # build's corrections graph is no article's
        from ..rdfmap import CORRECTIONS_GRAPH

        graphs = [g for g in graphs if g != str(CORRECTIONS_GRAPH)]
    if kind == "memory":
        return Dataset(graphs, files, kind="memory", loaded=[p for p, _ in wanted],
                       opened=RdflibStore.from_files(wanted), wanted=wanted)
    if d is not None:
        state = check_on_disk(manifest, wanted)
        if state is not None:       # up to date: opened when first needed (a kept answer needs no store)
            return Dataset(graphs, files, cache_dir=d, state=state, wanted=wanted)
        try:
            st, loaded, gone, state = sync_on_disk(d, wanted)
        except StoreUnavailable as e:
            return Dataset(graphs, files, loaded=[p for p, _ in wanted], notice=str(e),
                           opened=load_in_memory(wanted), wanted=wanted)
        return Dataset(graphs, files, cache_dir=d, loaded=loaded, removed=gone, state=state, opened=st,
                       wanted=wanted)
    return Dataset(graphs, files, loaded=[p for p, _ in wanted], opened=load_in_memory(wanted), wanted=wanted)


# ------------------------------------------------------------------ asking

def query(ds: Dataset, text: str, named_graphs: list[str] | None = None):
    """A SPARQL query over the dataset: the named graphs as loaded, the default graph their union (for a user's own
    query; the stored queries read named graphs only). ``named_graphs``: the graphs ``GRAPH ?g`` ranges over
    (None: all)."""
    kwargs = {}
    if named_graphs is not None:
        kwargs["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
    return ds.store.query(text, use_default_graph_as_union=True, **kwargs)


def article_graphs_query(file_names: list[str]) -> str:
    """A SELECT of ``?g``: the named graphs of the articles with these file names (the graph that holds the
    ``cg:Article`` with that ``cg:fileName``). Plain SPARQL: a server answers it too."""
    from ..rdfmap import CG

    values = " ".join(str(ox.Literal(f)) for f in file_names)
    return (f"SELECT DISTINCT ?g WHERE {{ VALUES ?f {{ {values} }} "
            f"GRAPH ?g {{ ?a <{CG.fileName}> ?f ; a <{CG.Article}> }} }}")


def article_graphs(ds: Dataset, file_names: list[str]) -> list[str]:
    """The named graphs of the articles with these file names."""
    if not file_names:
        return []
    return sorted(r["g"].value for r in query(ds, article_graphs_query(file_names)))


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


class RdflibStore:
    """rdflib's in-memory Dataset behind the subset of pyoxigraph's ``Store`` interface that coopgraph uses."""

    def __init__(self, dataset):
        self.dataset = dataset
        _patch_rdflib_distinct_aggregates()

    @classmethod
    def from_files(cls, items: list[tuple[Path, str]]) -> "RdflibStore":
        """rdflib's Dataset holding these (file, graph) pairs."""
        import rdflib

        from ..rdfmap import BASE

        ds = rdflib.Dataset(default_union=True)
        for path, graph in items:
            try:
                ds.graph(rdflib.URIRef(graph)).parse(path, format="turtle", publicID=BASE)
            except FileNotFoundError:
                raise GraphFileError(f"{path}: no such file") from None
            except Exception as e:  # noqa: BLE001 - rdflib raises several kinds for bad syntax
                raise GraphFileError(f"{path}: {rdflib_syntax_message(e)}") from None
        return cls(ds)

    def __len__(self) -> int:
        return sum(len(g) for g in self.dataset.graphs())

    def query(self, query: str, use_default_graph_as_union: bool = True, substitutions=None, named_graphs=None):
        """As pyoxigraph's ``Store.query``; ``named_graphs``: the graphs ``GRAPH ?g`` ranges over (the default
        graph stays the union of all)."""
        from rdflib import Variable

        init = {Variable(k.value if isinstance(k, ox.Variable) else k): _to_rdflib(v)
                for k, v in (substitutions or {}).items()}
        with warnings.catch_warnings():
            # rdflib 7.6's own SPARQL evaluator calls its deprecated Dataset.default_context once per triple lookup:
            # hundreds of thousands of DeprecationWarnings per query, which cost more than the query
            warnings.simplefilter("ignore", DeprecationWarning)
            dataset = self.dataset if named_graphs is None else _named_view(self.dataset, named_graphs)
            return self._convert(dataset.query(query, initBindings=init))

    @staticmethod
    def _convert(res):
        if res.type == "ASK":
            return bool(res.askAnswer)
        if res.type == "SELECT":
            names = [str(v) for v in res.vars]
            return Solutions(names, [{n: _to_ox(r[i]) for i, n in enumerate(names)} for r in res])
        return [ox.Triple(_to_ox(s), _to_ox(p), _to_ox(o)) for s, p, o in res.graph]
