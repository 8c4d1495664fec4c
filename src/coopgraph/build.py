"""Articles → one Turtle file each: read, extract, correct, map, write atomically; one bad file never stops the rest.

Each article is built in a worker process with a time limit: a file past it is stopped and fails alone. Workers die
with the build. The output folder holds a record of what build wrote (``.coopgraph-build.json``), so that the
output of an article whose source has gone is removed, and nothing else in the folder is touched. The analysts'
corrections (``corrections.yaml`` beside the articles, see ``corrections.py``) are applied to every article graph
and written as a graph of their own, ``corrections.ttl``.
"""
from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import signal
import time
from collections import deque
from dataclasses import dataclass, field
from functools import lru_cache
from multiprocessing.connection import wait
from pathlib import Path
from typing import Callable, Iterable, Iterator

from . import __version__
from .article import ArticleError, article_from_bytes, article_id, check_file
from .corrections import apply as apply_corrections, iris_of, relevant
from .extract import extract_article
from .facts import Correction
from .gazetteer import load as load_gazetteer
from .outfile import replace_file, temp_prefix
from .rdfmap import CORRECTIONS_NAME, article_graph, corrections_graph, to_turtle
from .resources import reference_dir

ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
RECORD = ".coopgraph-build.json"        # what build wrote into an output folder (never a .ttl: not a graph)
TIME_LIMIT = 60.0                       # seconds per article (a 1 MB single-sentence article takes about 10)


@dataclass
class BuildResult:
    """What happened to one input file."""

    source: Path
    status: str                 # written | unchanged | failed
    output: Path | None = None
    message: str = ""
    facts: int = 0
    fingerprint: str = ""       # of the article's bytes and coopgraph's version
    iris: list[str] = field(default_factory=list)       # what corrections may name in its extracted graph
    applied: list[str] = field(default_factory=list)    # the keys of the corrections applied to it
    problems: dict[str, str] = field(default_factory=dict)   # corrections that could not be applied: key -> why
    seconds: float = 0.0        # how long its worker took


def article_files(inputs: Iterable[Path]) -> list[Path]:
    """Article files named directly or found in folders (gold files and other data are skipped)."""
    out: list[Path] = []
    for p in inputs:
        p = Path(p)
        try:
            folder = p.is_dir()
        except OSError:     # a name too long to be a file's: reported as no such file
            folder = False
        if folder:
            out.extend(sorted(f for f in p.iterdir() if f.is_file() and f.suffix.lower() in ARTICLE_SUFFIXES))
        else:
            out.append(p)
    return out


# the modules that turn an article into Turtle (the query half may change without rebuilding anything)
_READING_MODULES = ("article", "gazetteer", "text", "facts", "rdfmap", "build", "corrections")


@lru_cache(maxsize=1)
def _reader_fingerprint() -> bytes:
    """A hash of what turns an article into Turtle: the reading half's code and the reference places.

    A changed rule or spelling must rebuild every article, even when the version number stays."""
    here = Path(__file__).parent
    h = hashlib.sha256(__version__.encode())
    # Labelled and ordered by names inside the package, never by where it is installed: an editable
    # checkout and an installed wheel must give the same hash (sorting full paths did not).
    files = [(f"{m}.py", here / f"{m}.py") for m in _READING_MODULES if (here / f"{m}.py").exists()]
    files += [(f"extract/{f.name}", f) for f in (here / "extract").glob("*.py")]
    files.append(("reference/places.yaml", reference_dir() / "places.yaml"))
    for label, f in sorted(files):
        h.update(label.encode() + b"\0" + f.read_bytes())
    return h.digest()


def build_fingerprint(data: bytes) -> str:
    """Content hash of the article and of the extractor: equal = nothing to redo."""
    return hashlib.sha256(data + b"\0coopgraph " + _reader_fingerprint()).hexdigest()


def write_atomically(path: Path, text: str) -> None:
    """Write text via a temporary file in the same folder and rename: never a half-written file
    (``outfile.replace_file``)."""
    replace_file(path, lambda f: f.write(text.encode("utf-8")))


def _remove_temporaries(path: Path) -> None:
    """The temporary files a stopped worker may have left for ``path``."""
    for t in path.parent.glob(temp_prefix(path.name).replace("[", "[[]") + "*.tmp"):
        try:
            t.unlink()
        except OSError:
            pass


def build_one(source: Path, out_dir: Path, force: bool = False, corrections: list[Correction] | None = None,
              previous: dict | None = None) -> BuildResult:
    """Build one article's Turtle, with the corrections that concern it; errors come back as a failed result with
    a one-line message. ``previous``: what the record says of its last build (unchanged = nothing to redo)."""
    aid = article_id(source)
    out = out_dir / f"{aid}.ttl"
    corrections = corrections or []
    try:
        check_file(source)   # missing, empty or too large: refused before anything is read
        try:
            data = source.read_bytes()
        except OSError as e:
            raise ArticleError(f"cannot read: {e.strerror or e}") from None
        fingerprint = build_fingerprint(data)
        if not force and out.exists():
            if previous is None:    # called alone, without the record: its content decides
                keys, same = [], not corrections
            else:                   # its content, and the corrections that concern it, as the record says
                keys = [c.key for c in relevant(corrections, aid, previous.get("iris", []))]
                same = previous.get("fingerprint") == fingerprint and keys == previous.get("applied")
            if same and f'"{fingerprint}"' in out.read_text(encoding="utf-8", errors="replace"):
                return BuildResult(source, "unchanged", out, fingerprint=fingerprint, iris=(previous or {}).get(
                    "iris", []), applied=keys, problems=(previous or {}).get("problems", {}))   # said again
        article = article_from_bytes(data, source.name, aid)
        article.content_hash = fingerprint
        gaz = load_gazetteer()
        facts = extract_article(article, gaz)
        g = article_graph(facts, gaz)
        iris = iris_of(g)
        mine = relevant(corrections, aid, iris)
        problems = apply_corrections(g, article, mine, gaz)
        write_atomically(out, to_turtle(g))
        n = len(facts.partnerships) + len(facts.agreements) + len(facts.officials) + len(facts.events) + len(facts.commitments)
        return BuildResult(source, "written", out, facts=n, fingerprint=fingerprint, iris=iris,
                           applied=[c.key for c in mine], problems=problems)
    except ArticleError as e:
        return BuildResult(source, "failed", message=str(e))
    except RecursionError:
        return BuildResult(source, "failed", message="text too deeply nested to read")
    except MemoryError:
        return BuildResult(source, "failed", message="out of memory while reading it")
    except Exception as e:  # noqa: BLE001 - one bad article must never lose the others' results
        # one line, whatever the exception's text holds
        return BuildResult(source, "failed", message=" ".join(f"internal error ({type(e).__name__}: {e})".split())[:300])


# ------------------------------------------------------------------ workers

def _die_with_parent(parent: int) -> None:
    """A worker must not outlive the build (issue 17: a killed build left its workers writing for minutes)."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)   # Linux: PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass    # elsewhere a worker stops when the build's end of its pipe closes
    if os.getppid() != parent:
        os._exit(0)


def _work(conn, parent: int) -> None:
    _die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)    # Ctrl-C is the build's to handle: it stops the workers
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        t0 = time.monotonic()
        r = build_one(*task)
        r.seconds = time.monotonic() - t0
        conn.send(r)


class _Worker:
    def __init__(self, ctx) -> None:
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_work, args=(child, os.getpid()), daemon=True)
        self.proc.start()
        child.close()
        self.task: tuple | None = None
        self.index = -1
        self.deadline = 0.0

    def stop(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(5)
        self.conn.close()


def _in_workers(tasks: list[tuple], jobs: int, time_limit: float | None) -> Iterator[BuildResult]:
    """``build_one(*task)`` for each task in worker processes, one task at a time each; results in the tasks'
    order. A task past ``time_limit`` seconds has its worker killed (a regular expression stuck in C cannot be
    interrupted otherwise) and fails alone; a new worker takes the next task."""
    ctx = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    workers = [_Worker(ctx) for _ in range(max(1, min(jobs, len(tasks))))]
    pending = deque(enumerate(tasks))
    done: dict[int, BuildResult] = {}
    next_out = 0
    try:
        while next_out < len(tasks):
            for k, w in enumerate(workers):
                if w.task is None and pending:
                    index, task = pending.popleft()
                    try:
                        w.conn.send(task)
                    except OSError:     # it died while idle (killed from outside): a new one takes the task
                        w.stop()
                        workers[k] = w = _Worker(ctx)
                        w.conn.send(task)
                    w.index, w.task = index, task
                    w.deadline = time.monotonic() + time_limit if time_limit else float("inf")
            busy = [w for w in workers if w.task is not None]
            soonest = min(w.deadline for w in busy)
            ready = wait([w.conn for w in busy], None if soonest == float("inf") else max(0.0, soonest - time.monotonic()))
            for i, w in enumerate(workers):
                if w.task is None:
                    continue
                source, out_dir = w.task[0], w.task[1]
                if w.conn in ready:
                    try:
                        done[w.index] = w.conn.recv()
                        w.task = None
                        continue
                    except (EOFError, OSError):
                        message = "the process building it died (out of memory?)"
                elif time.monotonic() >= w.deadline:
                    message = f"took longer than {time_limit:g} s, the time limit per article (--time-limit)"
                else:
                    continue
                w.stop()
                _remove_temporaries(out_dir / f"{article_id(source)}.ttl")
                done[w.index] = BuildResult(source, "failed", message=message)
                workers[i] = _Worker(ctx)
            while next_out in done:
                yield done.pop(next_out)
                next_out += 1
    finally:
        for w in workers:
            try:
                w.conn.send(None)
            except OSError:
                pass
        for w in workers:
            w.proc.join(0.5 if w.task is None else 0)
            w.stop()


# ------------------------------------------------------------------ the record of what build wrote

def read_record(out_dir: Path) -> dict:
    """What build wrote into ``out_dir``: {"articles": {id: {"source", "fingerprint", "iris", "applied"}}, ...}."""
    try:
        data = json.loads((out_dir / RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"articles": {}}
    if not isinstance(data, dict) or not isinstance(data.get("articles"), dict):
        return {"articles": {}}
    return data


def _write_record(out_dir: Path, record: dict) -> None:
    write_atomically(out_dir / RECORD, json.dumps(record, ensure_ascii=False, sort_keys=True, indent=0) + "\n")


def _unlink(path: Path) -> bool:
    try:
        path.unlink()
        return True
    except FileNotFoundError:
        return False


@dataclass
class BuildReport:
    """A whole build: each file's result, the outputs removed, what happened to the corrections."""

    results: list[BuildResult] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)            # article ids whose output was removed
    pointless: list[Correction] = field(default_factory=list)   # corrections that concern no article


def build(inputs: Iterable[Path], out_dir: Path, *, jobs: int = 0, strict: bool = False, force: bool = False,
          on_result: Callable[[BuildResult], None] | None = None, corrections: list[Correction] | None = None,
          time_limit: float | None = TIME_LIMIT, report: BuildReport | None = None) -> list[BuildResult]:
    """Build every article, each in a worker process within ``time_limit`` seconds; with ``strict`` stop at the first
    failure. ``jobs=0``: as many as cores (and files). Outputs of articles whose source has gone are removed (those
    build wrote: see ``RECORD``); ``corrections`` are applied and written as ``corrections.ttl``. ``report``, when
    given, is filled with the removals and the corrections that concern no article."""
    report = report if report is not None else BuildReport()
    files = article_files(inputs)
    corrections = corrections or []
    ids: dict[str, Path] = {}
    results = report.results
    todo: list[Path] = []

    def done(r: BuildResult) -> None:
        results.append(r)
        if on_result:
            on_result(r)

    for f in files:
        aid = article_id(f)
        if aid == CORRECTIONS_NAME:
            done(BuildResult(f, "failed", message=f"the article id '{aid}' names the corrections graph; rename the file"))
        elif aid in ids:
            done(BuildResult(f, "failed", message=f"same article id '{aid}' as {ids[aid]}; rename one of them"))
        else:
            ids[aid] = f
            todo.append(f)
    if strict and results:   # --strict stops at the first failure, a clashing article id included
        return results
    out_dir.mkdir(parents=True, exist_ok=True)
    record = read_record(out_dir)
    known: dict[str, dict] = record["articles"]
    # the record names every output before it is written: a build killed now leaves nothing unrecorded
    for aid, f in ids.items():
        entry = known.get(aid)
        source = str(f.resolve())
        if entry is None or entry.get("source") != source:
            known[aid] = {"source": source}
    _remove_gone(out_dir, known, ids, report)
    _write_record(out_dir, record)

    jobs = jobs or min(os.cpu_count() or 1, len(todo))
    if strict:
        jobs = 1
    load_gazetteer()   # read once before the workers fork
    tasks = [(f, out_dir, force, corrections, known.get(article_id(f))) for f in todo]
    try:
        for r in _in_workers(tasks, jobs, time_limit) if tasks else ():
            done(r)
            if r.status != "failed":
                known[article_id(r.source)].update(fingerprint=r.fingerprint, iris=r.iris, applied=r.applied,
                                                   problems=r.problems)
            if strict and r.status == "failed":
                break
    finally:
        _write_record(out_dir, record)
    _write_corrections(out_dir, corrections, record, report)
    return results


def _remove_gone(out_dir: Path, known: dict[str, dict], ids: dict[str, Path], report: BuildReport) -> None:
    """Remove the outputs of the recorded articles whose source has gone (deleted, renamed, or given another id)."""
    building = {str(f.resolve()): aid for aid, f in ids.items()}
    for aid in sorted(known):
        source = known[aid].get("source", "")
        if aid in ids:
            continue
        if source in building or not Path(source).exists():
            if _unlink(out_dir / f"{aid}.ttl"):
                report.removed.append(aid)
            del known[aid]


def _write_corrections(out_dir: Path, corrections: list[Correction], record: dict, report: BuildReport) -> None:
    """corrections.ttl with every correction (or none, when there are none), and the ones that concern no article."""
    from .corrections import unmatched

    path = out_dir / f"{CORRECTIONS_NAME}.ttl"
    if corrections:
        write_atomically(path, to_turtle(corrections_graph(corrections)))
        record["corrections"] = True
        _write_record(out_dir, record)
        report.pointless = unmatched(corrections, {a: e.get("iris", []) for a, e in record["articles"].items()
                                                   if "fingerprint" in e})
    elif record.pop("corrections", False):
        _unlink(path)
        _write_record(out_dir, record)
