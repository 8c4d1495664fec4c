"""Kept answers: a stored query's answer, made once per state of an on-disk store and read back after.

The digest folds the archive-wide questions into a few rows; the listings (every official, event, partnership,
agreement as each article states it) cannot be folded: their answer is one row per claim, 30,000 rows at a million
triples, and Oxigraph spends 0.2–0.8 s joining them, reading each value from disk and sorting. Their answer only
changes when the store does, so the on-disk store keeps each answer it gives as a SPARQL 1.1 TSV results file in
``<store>/answers/<state>/``, where ``state`` names what the store holds: each file's graph and SHA-256, the
digest's updates, and the code that answers (coopgraph's and pyoxigraph's). A store that changes gets a new state,
so an answer made before the change is never read after it; the folders of other states go when the store opens,
and a write to an open store through its ``UnionStore`` drops the folder of its state.

What is kept: the catalogue's queries with their bound parameters, but for one whose answer changes by itself
(NOW(), RAND() and the like: ``queries.keepable``). When: at the first asking, or, for the queries that need no
parameter, when a store opens in a new state and the caller asks for it (``open_dataset(keep_answers=True)``, as
``coopgraph query`` does). At most ``MAX_KEPT`` per state, the least recently read going first. A store in memory
keeps nothing: it is parsed anew at each run, and a server answers for itself.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import time
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable

import pyoxigraph as ox

from . import __version__
from .results import Solutions, tsv_term

FOLDER = "answers"
MAX_KEPT = 256          # answers kept per state; the least recently read go first
_FORMAT = 1             # how the answers are written (a change of it is a change of state)
_SUFFIX = ".tsv"


@lru_cache(maxsize=None)
def code_fingerprint() -> str:
    """A hash of coopgraph's own code and the versions: an answer sorted or bound by other code is not read back."""
    h = hashlib.sha256(f"{__version__}\0{ox.__version__}\0{_FORMAT}\0".encode())
    here = Path(__file__).resolve().parent
    for f in sorted(here.rglob("*.py")):
        h.update(str(f.relative_to(here)).encode() + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()


def state_of(files: dict[str, dict], digest_made: str | None) -> str:
    """The name of a store's state: its files' graphs and contents, its digest, and the code that answers.

    ``files`` is the store manifest's entry per file (its ``graph`` and ``sha256``); sizes and times are left out,
    so a file touched but not changed keeps the state."""
    h = hashlib.sha256(code_fingerprint().encode())
    h.update(json.dumps(sorted((v.get("graph", ""), v.get("sha256", "")) for v in files.values())).encode())
    h.update(f"\0{digest_made}".encode())
    return h.hexdigest()[:32]


def folder_for(store_dir: Path, state: str) -> Path:
    """The folder of a state's answers (made when the first is kept); the folders of every other state, which can
    never be read again, are removed."""
    root = store_dir / FOLDER
    if root.is_dir():
        for old in root.iterdir():
            if old.name != state:
                shutil.rmtree(old, ignore_errors=True)
    return root / state


def key_of(text: str, bindings: dict | None, only_articles: Iterable[str] | None) -> str:
    """The file name of one question: the query text, its bound terms and the articles it is narrowed to."""
    h = hashlib.sha256(text.encode())
    for name, term in sorted((bindings or {}).items()):
        h.update(f"\0{name}={term}".encode())
    h.update(("\0" + "\0".join(sorted(only_articles)) if only_articles is not None else "").encode())
    return h.hexdigest()[:40] + _SUFFIX


def write(path: Path, result: Solutions) -> None:
    """Write SELECT solutions as a SPARQL 1.1 TSV results file, whole or not at all (synced, then renamed: a crash
    leaves the old file or none). A triple term, which that syntax cannot carry here, raises ValueError."""
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


def read(path: Path) -> Solutions:
    """Solutions read back from a file of ``write``, all parsed here: a damaged file raises ``SyntaxError`` (or,
    empty, ``ValueError``) now, not half-way through its reader."""
    parsed = ox.parse_query_results(path=str(path), format=ox.QueryResultsFormat.TSV)
    names = [v.value for v in parsed.variables]
    if not names:
        raise ValueError(f"{path}: no variables")
    return Solutions(names, list(parsed))


def kept(folder: Path | None, key: str, compute: Callable[[], object], *, fresh: bool = False):
    """The answer kept under ``key`` in ``folder``, else ``compute()``'s, kept there if it is a SELECT's.

    ``fresh``: computed, and kept in place of the old one. Without a folder (a store in memory, a query that is not
    kept) it is ``compute()``'s. A file that cannot be read is computed again; one that cannot be written is not
    kept; neither is an error."""
    if folder is None:
        return compute()
    path = folder / key
    if not fresh and path.exists():
        try:
            back = read(path)
            _touch(path)            # read now: the last to go when the folder is pruned
            return back
        except (OSError, SyntaxError, ValueError):
            path.unlink(missing_ok=True)        # damaged: made again below
    result = compute()
    if not hasattr(result, "variables"):        # ASK, CONSTRUCT: asked afresh each time
        return result
    # the store's solutions can be read once: held here, for the file and for the caller
    held = result if isinstance(result, Solutions) else Solutions([v.value for v in result.variables], result)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _prune(folder)
        write(path, held)
        _touch(path)
    except (OSError, ValueError):
        pass                                    # not kept (a full disk, a triple term): answered all the same
    return held


def _touch(path: Path) -> None:
    # the time set here, to the nanosecond: the file system's own clock may give two answers made in a row the same
    now = time.time_ns()
    os.utime(path, ns=(now, now))


def _prune(folder: Path) -> None:
    """Make room for one more answer: the least recently read go, and writes a crash left half-done."""
    for tmp in folder.glob(".*.tmp"):
        tmp.unlink(missing_ok=True)
    files = sorted(folder.glob("*" + _SUFFIX), key=lambda p: p.stat().st_mtime_ns)
    for p in files[: max(0, len(files) - MAX_KEPT + 1)]:
        p.unlink(missing_ok=True)


def drop(folder: Path | None) -> None:
    """Remove a state's answers (the store was written to: they may no longer be its answers)."""
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)
