"""A stored question answered on the embedded store, and the speed-ups behind it: this module holds all of them.

The rows never depend on a speed-up: each is an exact shortcut to the answer the question's text gives.

1. **One article's graphs.** A stored question asked about one article (an ``article`` parameter bound) runs with
   ``GRAPH ?g`` ranging over that article's graph and the shared graphs (reference, ontology): pyoxigraph's own
   ``named_graphs=`` argument (the SPARQL protocol's ``named-graph-uri``), not a rewrite. The listings read claims
   in ``GRAPH ?g`` only and keep the article's rows by their ``VALUES ?article`` line, so no row changes; their
   hash joins then read one graph instead of every graph (at 1M triples on disk: 30-150 ms -> about 1 ms).
2. **Kept answers.** The on-disk store keeps each answer it computes as a SPARQL 1.1 TSV results file in
   ``<store>/answers/<state>/``, where the state names what the store holds (each file's graph and SHA-256, see
   ``store.state_of``) and the code that answers. A change to any file (added, edited even with the same size and
   modification time, deleted) is a new state, so an answer is never read back for data other than its own; the
   folders of other states go when an answer is kept for a new one. Only the catalogue's questions are kept, and
   none whose answer changes by itself (NOW(), RAND(): ``questions.depends_on_data_alone``); ``fresh`` computes
   the answer again and keeps it in place of the old one. At most ``MAX_KEPT`` per state, the least recently read
   going first. A store in memory keeps nothing.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import time
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from .. import __version__
from .questions import StoredQuery, article_names, bind, bind_params, depends_on_data_alone
from .results import Solutions, list_columns, same_everywhere, tsv_term
from .store import Dataset, article_graphs, query, shared_graphs

FOLDER = "answers"
MAX_KEPT = 256          # answers kept per state; the least recently read go first
_FORMAT = 2             # how the answers are written (a change of it is a change of state)
_SUFFIX = ".tsv"


def answer(ds: Dataset, q: StoredQuery, params: dict[str, str], *, fresh: bool = False):
    """A stored question's answer on the embedded store, its parameters bound: ``Solutions`` (list cells sorted:
    see ``results``) for a SELECT, a bool for an ASK, triples for a CONSTRUCT. Read from the answer the on-disk
    store kept for the same question in the same state, unless ``fresh``."""
    bindings = bind_params(q, params)
    text = bind(q, bindings)
    keep = q.in_catalogue and depends_on_data_alone(q.text)
    key = key_of(text) if keep else None
    if key and not fresh and ds.state and ds.cache_dir is not None:
        back = read_kept(ds.cache_dir, ds.state, key)
        if back is not None:
            return back
    only = article_names(q, bindings) if q.in_catalogue else None
    graphs = article_graphs(ds, only) + shared_graphs() if only else None
    result = query(ds, text, named_graphs=graphs)
    if isinstance(result, getattr(ox, "QueryBoolean", ())):     # pyoxigraph >= 0.5 answers ASK with a QueryBoolean
        return bool(result)
    if not hasattr(result, "variables"):
        return list(result)
    held = same_everywhere(Solutions.read(result), list_columns(q.text))
    if key and ds.state and ds.cache_dir is not None:          # (the state read after the store was opened)
        keep_answer(ds.cache_dir, ds.state, key, held)
    return held


def select(ds: Dataset, text: str) -> Solutions:
    """A SELECT whose answer depends on the data alone (the names a table shows, say), on the embedded store; the
    on-disk store keeps it like a stored question's answer, so that a table read from kept answers opens no
    store."""
    key = key_of(text) if ds.state and ds.cache_dir is not None and depends_on_data_alone(text) else None
    if key:
        back = read_kept(ds.cache_dir, ds.state, key)
        if back is not None:
            return back
    held = Solutions.read(query(ds, text))
    if key and ds.state and ds.cache_dir is not None:
        keep_answer(ds.cache_dir, ds.state, key, held)
    return held


@lru_cache(maxsize=None)
def code_fingerprint() -> str:
    """A hash of the query layer's code and the versions: an answer bound, read or sorted by other code is not read
    back."""
    h = hashlib.sha256(f"{__version__}\0{ox.__version__}\0{_FORMAT}\0".encode())
    here = Path(__file__).resolve().parent
    for f in sorted(here.glob("*.py")):
        h.update(f.name.encode() + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()[:16]


def key_of(text: str) -> str:
    """The file name of one question: its text with the parameters bound (they are in the text)."""
    return hashlib.sha256(text.encode()).hexdigest()[:40] + _SUFFIX


def folder_of(store_dir: Path, state: str) -> Path:
    """Where the answers for one state of a store are kept."""
    return store_dir / FOLDER / f"{state}-{code_fingerprint()}"


def read_kept(store_dir: Path, state: str, key: str) -> Solutions | None:
    """The answer kept under ``key`` for this state, None if there is none (a damaged file is removed)."""
    path = folder_of(store_dir, state) / key
    try:
        parsed = ox.parse_query_results(path=str(path), format=ox.QueryResultsFormat.TSV)
        back = Solutions.read(parsed)    # all parsed now, not half-way
        if not back.variables:
            raise ValueError("no variables")
    except (FileNotFoundError, NotADirectoryError):
        return None
    except (OSError, SyntaxError, ValueError):
        try:
            path.unlink(missing_ok=True)        # damaged: made again by the caller
        except OSError:
            pass
        return None
    _touch(path)            # read now: the last to go when the folder is pruned
    return back


def keep_answer(store_dir: Path, state: str, key: str, result: Solutions) -> None:
    """Keep an answer for this state (whole or not at all); the folders of other states go. Neither a full disk nor
    a term the TSV syntax cannot carry is an error: the answer is then simply not kept."""
    folder = folder_of(store_dir, state)
    try:
        if not folder.is_dir():
            for old in (store_dir / FOLDER).glob("*") if (store_dir / FOLDER).is_dir() else ():
                if old != folder:
                    shutil.rmtree(old, ignore_errors=True)      # never read again: answers of another state
            folder.mkdir(parents=True, exist_ok=True)
        _prune(folder)
        write_tsv(folder / key, result)
        _touch(folder / key)
    except (OSError, ValueError):
        pass


def write_tsv(path: Path, result: Solutions) -> None:
    """Write SELECT solutions as a SPARQL 1.1 TSV results file, whole or not at all (synced, then renamed). A triple
    term, which that syntax cannot carry here, raises ValueError."""
    names = [v.value for v in result.variables]
    if not names:
        raise ValueError("a SELECT without variables is not kept")
    fd, tmp = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write("\t".join("?" + n for n in names) + "\n")
            for sol in result:
                cells = [sol[n] for n in names]
                if any(isinstance(c, ox.Triple) for c in cells):
                    raise ValueError("a triple term is not kept")
                f.write("\t".join(tsv_term(c) for c in cells) + "\n")
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _touch(path: Path) -> None:
    # the time set here, to the nanosecond: the file system's own clock may give two answers made in a row the same
    now = time.time_ns()
    try:
        os.utime(path, ns=(now, now))
    except OSError:
        pass


def _prune(folder: Path) -> None:
    """Make room for one more answer: the least recently read go, and writes a crash left half-done."""
    for tmp in folder.glob(".*.tmp"):
        tmp.unlink(missing_ok=True)
    files = sorted(folder.glob("*" + _SUFFIX), key=lambda p: p.stat().st_mtime_ns)
    for p in files[: max(0, len(files) - MAX_KEPT + 1)]:
        p.unlink(missing_ok=True)
