"""Articles → one Turtle file each: read, extract, map, write atomically; one bad file never stops the rest."""
from __future__ import annotations

import hashlib
import os
import tempfile
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable

from . import __version__
from .article import ArticleError, article_from_bytes, article_id, check_file
from .extract import extract_article
from .gazetteer import load as load_gazetteer
from .rdfmap import article_graph, to_turtle
from .resources import reference_dir

ARTICLE_SUFFIXES = (".txt", ".html", ".htm")


@dataclass
class BuildResult:
    """What happened to one input file."""

    source: Path
    status: str                 # written | unchanged | failed
    output: Path | None = None
    message: str = ""
    facts: int = 0


def article_files(inputs: Iterable[Path]) -> list[Path]:
    """Article files named directly or found in folders (gold files and other data are skipped)."""
    out: list[Path] = []
    for p in inputs:
        p = Path(p)
        if p.is_dir():
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
    reading = [here / f"{m}.py" for m in _READING_MODULES if (here / f"{m}.py").exists()]
    for f in sorted([*reading, *(here / "extract").glob("*.py"), reference_dir() / "places.yaml"]):
        h.update(f.name.encode() + b"\0" + f.read_bytes())
    return h.digest()


def build_fingerprint(data: bytes) -> str:
    """Content hash of the article and of the extractor: equal = nothing to redo."""
    return hashlib.sha256(data + b"\0coopgraph " + _reader_fingerprint()).hexdigest()


def write_atomically(path: Path, text: str) -> None:
    """Write via a temporary file in the same folder and rename: never a half-written file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())   # the bytes are on disk before the rename makes them the file
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def build_one(source: Path, out_dir: Path, force: bool = False) -> BuildResult:
    """Build one article's Turtle; errors come back as a failed result with a one-line message."""
    out = out_dir / f"{article_id(source)}.ttl"
    try:
        check_file(source)   # missing, empty or too large: refused before anything is read
        try:
            data = source.read_bytes()
        except OSError as e:
            raise ArticleError(f"cannot read: {e.strerror or e}") from None
        fingerprint = build_fingerprint(data)
        if not force and out.exists() and f'"{fingerprint}"' in out.read_text(encoding="utf-8", errors="replace"):
            return BuildResult(source, "unchanged", out)
        article = article_from_bytes(data, source.name, article_id(source))
        article.content_hash = fingerprint
        facts = extract_article(article, load_gazetteer())
        ttl = to_turtle(article_graph(facts, load_gazetteer()))
        write_atomically(out, ttl)
        n = len(facts.partnerships) + len(facts.agreements) + len(facts.officials) + len(facts.events) + len(facts.commitments)
        return BuildResult(source, "written", out, facts=n)
    except ArticleError as e:
        return BuildResult(source, "failed", message=str(e))
    except RecursionError:
        return BuildResult(source, "failed", message="text too deeply nested to read")
    except MemoryError:
        return BuildResult(source, "failed", message="out of memory while reading it")
    except Exception as e:  # noqa: BLE001 - one bad article must never lose the others' results
        # one line, whatever the exception's text holds
        return BuildResult(source, "failed", message=" ".join(f"internal error ({type(e).__name__}: {e})".split())[:300])


def _build_one_args(args) -> BuildResult:
    return build_one(*args)


def build(inputs: Iterable[Path], out_dir: Path, *, jobs: int = 0, strict: bool = False, force: bool = False,
          on_result: Callable[[BuildResult], None] | None = None) -> list[BuildResult]:
    """Build every article; with ``strict`` stop at the first failure. ``jobs=0``: as many as cores (and files)."""
    files = article_files(inputs)
    ids: dict[str, Path] = {}
    results: list[BuildResult] = []
    todo: list[Path] = []
    for f in files:
        aid = article_id(f)
        if aid in ids:
            r = BuildResult(f, "failed", message=f"same article id '{aid}' as {ids[aid]}; rename one of them")
            results.append(r)
            if on_result:
                on_result(r)
            continue
        ids[aid] = f
        todo.append(f)
    if strict and results:   # --strict stops at the first failure, a clashing article id included
        return results
    out_dir.mkdir(parents=True, exist_ok=True)
    jobs = jobs or min(os.cpu_count() or 1, max(1, len(todo) // 20))
    if jobs <= 1 or strict:
        for f in todo:
            r = build_one(f, out_dir, force)
            results.append(r)
            if on_result:
                on_result(r)
            if strict and r.status == "failed":
                break
    else:
        load_gazetteer()   # read once before the workers fork
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            for r in pool.map(_build_one_args, [(f, out_dir, force) for f in todo], chunksize=8):
                results.append(r)
                if on_result:
                    on_result(r)
    return results
