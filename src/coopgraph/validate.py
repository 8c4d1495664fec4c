"""Validation of article graphs against the SHACL shapes (pySHACL), one article graph at a time."""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import tempfile
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pyshacl import validate as shacl_validate
from rdflib import RDF, Graph, URIRef
from rdflib.namespace import SH

from . import __version__, resources
from .graphfiles import oxigraph_syntax_message, rdflib_syntax_message

SEVERITIES = {str(SH.Violation): "Violation", str(SH.Warning): "Warning", str(SH.Info): "Info"}


class GraphParseError(Exception):
    """A graph file that does not parse (message: file, line, column, problem)."""


@dataclass
class Problem:
    severity: str
    message: str
    source_file: str
    focus: str
    path: str = ""
    value: str = ""
    shape: str = ""


@dataclass
class Report:
    """All problems found, by file."""

    problems: list[Problem] = field(default_factory=list)
    files: int = 0
    validated: list[Path] = field(default_factory=list)     # files validated now (the others came from the cache)
    engine: str = ""                                         # the engine that validated them

    @property
    def violations(self) -> int:
        return sum(1 for p in self.problems if p.severity == "Violation")

    @property
    def warnings(self) -> int:
        return sum(1 for p in self.problems if p.severity == "Warning")


@lru_cache(maxsize=1)
def _shapes() -> Graph:
    g = Graph()
    for f in resources.shapes_files():
        g.parse(f, format="turtle")
    return g


@lru_cache(maxsize=1)
def _ontology() -> Graph:
    g = Graph()
    for f in resources.ontology_files():
        g.parse(f, format="turtle")
    return g


@lru_cache(maxsize=1)
def _reference() -> Graph:
    g = Graph()
    ref = resources.reference_dir() / "places.ttl"
    if ref.exists():
        g.parse(ref, format="turtle")
    return g


def parse_graph(path: Path) -> Graph:
    """Parse a Turtle file, turning parser errors into one line with file, line and column."""
    import logging

    g = Graph()
    # rdflib logs a bad IRI as a multi-line warning on stderr; the Oxigraph check below reports it in one line
    term_log = logging.getLogger("rdflib.term")
    was_disabled, term_log.disabled = term_log.disabled, True
    try:
        g.parse(path, format="turtle")
    except FileNotFoundError:
        raise GraphParseError(f"{path}: no such file") from None
    except UnicodeDecodeError as e:   # position of the first byte that is not UTF-8
        raise GraphParseError(f"{path}: {_where_bytes(path, e.start)}Turtle syntax error: not UTF-8 text") from None
    except Exception as e:  # rdflib raises several kinds for bad syntax
        raise GraphParseError(f"{path}: {rdflib_syntax_message(e)}") from None
    finally:
        term_log.disabled = was_disabled
    # rdflib accepts some malformed Turtle (an IRI with a space in it, only logging a warning) that the
    # query store refuses: check the syntax with Oxigraph too, so that validate and query agree on what parses.
    import pyoxigraph as ox

    try:
        for _ in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE, base_iri="https://w3id.org/coopgraph/"):
            pass
    except SyntaxError as e:
        raise GraphParseError(f"{path}: {oxigraph_syntax_message(e)}") from None
    return g


def _where_bytes(path: Path, start: int) -> str:
    try:
        data = path.read_bytes()[:start]
    except OSError:
        return ""
    line = data.count(b"\n") + 1
    col = len(data[data.rfind(b"\n") + 1:].decode("utf-8", errors="replace")) + 1
    return f"line {line}, column {col}: "


def _with_places(g: Graph) -> Graph:
    """The article graph plus what the reference data says of the places it names (types, codes, countries)."""
    ref = _reference()
    data = Graph()
    for t in g:
        data.add(t)
    seen: set[URIRef] = set()
    todo = [o for o in set(g.objects()) if isinstance(o, URIRef) and "/place/" in str(o)]
    while todo:
        p = todo.pop()
        if p in seen:
            continue
        seen.add(p)
        for t in ref.triples((p, None, None)):
            data.add(t)
            if isinstance(t[2], URIRef) and "/place/" in str(t[2]):
                todo.append(t[2])
    return data


def validate_graph(g: Graph, source_file: str, *, fast: bool = True) -> list[Problem]:
    """Problems of one article graph.

    ``fast`` (default) gives pySHACL the same data with less repeated work: the ontology's RDFS/OWL axioms are mixed
    in once (exactly what pySHACL's ``ont_graph`` does on every call) and each SPARQL constraint is parsed once per
    process instead of once per focus node. ``fast=False`` is the plain pySHACL call, kept to check that both agree.
    """
    if fast:
        data = _with_places(g)
        for t in _mixin():
            data.add(t)
        with _sparql_parse_cache():
            conforms, results, _ = shacl_validate(
                data, shacl_graph=_shapes(), ont_graph=None, inference="none",
                advanced=True, allow_warnings=True, inplace=True)
    else:
        conforms, results, _ = shacl_validate(
            _with_places(g), shacl_graph=_shapes(), ont_graph=_ontology(), inference="none",
            advanced=True, allow_warnings=True)
    problems = []
    for r in results.subjects(RDF.type, SH.ValidationResult):
        sev = SEVERITIES.get(str(results.value(r, SH.resultSeverity)), "Violation")
        msg = str(results.value(r, SH.resultMessage) or "constraint not met")
        problems.append(Problem(
            severity=sev, message=msg, source_file=source_file,
            focus=str(results.value(r, SH.focusNode) or ""), path=str(results.value(r, SH.resultPath) or ""),
            value=str(results.value(r, SH.value) or ""), shape=str(results.value(r, SH.sourceShape) or "")))
    return problems


@lru_cache(maxsize=1)
def _mixin() -> Graph:
    """The RDFS/OWL axioms that pySHACL copies from the ontology into every data graph (``ont_graph``), once."""
    from pyshacl.rdfutil.inoculate import inoculate

    return inoculate(Graph(), _ontology())


_TRANSLATED: dict = {}


@contextmanager
def _sparql_parse_cache():
    """rdflib parses a query string on every call, and pySHACL runs each SPARQL constraint once per focus node with the
    same text: while validating, keep each parsed and translated query (rdflib's own prepareQuery result, which is
    meant to be evaluated again with other bindings)."""
    from rdflib.plugins.sparql import processor as proc

    original = proc.SPARQLProcessor.query

    def query(self, strOrQuery, initBindings=None, initNs=None, base=None, DEBUG=False):
        if isinstance(strOrQuery, str):
            key = (strOrQuery, base, tuple(sorted((str(k), str(v)) for k, v in (initNs or {}).items())))
            q = _TRANSLATED.get(key)
            if q is None:
                q = _TRANSLATED[key] = proc.translateQuery(proc.parseQuery(strOrQuery), base, initNs)
            strOrQuery = q
        return proc.evalQuery(self.graph, strOrQuery, initBindings or {}, base)

    proc.SPARQLProcessor.query = query
    try:
        yield
    finally:
        proc.SPARQLProcessor.query = original


# ------------------------------------------------------------------ many files: parallel, cached, two engines

ENGINES = ("auto", "pyshacl", "jena")
# auto: Jena for more files than this (its JVM start, ~1 s, is then paid back), pySHACL for fewer or without Java
AUTO_JENA_FROM = 40


def resolve_engine(engine: str, files_to_check: int) -> str:
    """The engine ``auto`` stands for: Apache Jena SHACL when it is installed and there is enough to validate
    (it gives the same results as pySHACL, tested, and is ~15x faster at a million triples), else pySHACL."""
    if engine != "auto":
        return engine
    return "jena" if files_to_check >= AUTO_JENA_FROM and jena_available() else "pyshacl"


def _validate_path(path: Path) -> list[Problem]:
    return validate_graph(parse_graph(path), path.name)


def rules_fingerprint(engine: str = "pyshacl") -> str:
    """What a cached result depends on besides the file: shapes, ontology, reference places, engine and versions."""
    import pyshacl

    h = hashlib.sha256(f"{engine}\0{pyshacl.__version__}\0{__version__}\0{_CACHE_VERSION}".encode())
    ref = resources.reference_dir() / "places.ttl"
    for f in [*resources.shapes_files(), *resources.ontology_files(), ref]:
        if f.exists():
            h.update(f.name.encode() + b"\0" + f.read_bytes())
    if engine in ("jena", "auto"):      # auto stores the results of either engine: they agree (tested)
        h.update(_JAVA_SOURCE.read_bytes())
    return h.hexdigest()


_CACHE_VERSION = 1


class ResultCache:
    """Per-file validation results, keyed by the file's SHA-256 and the rules' fingerprint (SQLite, one file)."""

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.db = sqlite3.connect(str(path), timeout=30)
        self.db.execute("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, problems TEXT NOT NULL)")

    def get(self, key: str) -> list[dict] | None:
        row = self.db.execute("SELECT problems FROM results WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else None

    def put_many(self, items: list[tuple[str, list[Problem]]]) -> None:
        with self.db:
            self.db.executemany("INSERT OR REPLACE INTO results VALUES (?, ?)",
                                [(k, json.dumps([p.__dict__ for p in ps], ensure_ascii=False)) for k, ps in items])

    def close(self) -> None:
        self.db.close()


def _open_cache(path: Path) -> "ResultCache | None":
    """The results cache, or None when its folder cannot be written (read-only, full, not a folder): validation then
    runs without it."""
    try:
        return ResultCache(path)
    except (OSError, sqlite3.Error):
        return None


def default_cache_path() -> Path:
    """The default file of per-file validation results."""
    return resources.cache_root() / "validate.sqlite"


def validate_files(files: list[Path], on_file=None, *, jobs: int = 1, engine: str = "auto",
                   cache: bool | Path | None = None) -> Report:
    """Validate each Turtle file on its own (the shapes allow it: each article graph is self-contained).

    ``engine``: ``pyshacl`` (the reference), ``jena``, or ``auto`` (Jena for many files when installed, see
    :func:`resolve_engine`). ``jobs``: worker processes for pySHACL, threads for Jena (0: as many as cores).
    ``cache``: skip files whose content and rules were validated before (True: the default cache file; a path: that
    file; None: $COOPGRAPH_CACHE).
    ``report.validated`` lists the files that were actually validated (not answered from the cache).
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r} (use one of: {', '.join(ENGINES)})")
    files = [Path(f) for f in files]
    if cache is None:
        cache = bool(resources.env_flag("COOPGRAPH_CACHE"))
    store = _open_cache(default_cache_path() if cache is True else Path(cache)) if cache else None
    rules = rules_fingerprint(engine) if store else ""
    found: dict[Path, list[Problem]] = {}
    keys: dict[Path, str] = {}
    todo: list[Path] = []
    for f in files:
        if store:
            try:
                keys[f] = hashlib.sha256(f.read_bytes()).hexdigest() + ":" + rules
            except OSError:
                todo.append(f)      # parse_graph reports it
                continue
            hit = store.get(keys[f])
            if hit is not None:
                found[f] = [Problem(**{**d, "source_file": f.name}) for d in hit]
                if on_file:
                    on_file(f)
                continue
        todo.append(f)
    fresh: list[tuple[str, list[Problem]]] = []
    engine = resolve_engine(engine, len(todo))
    if not jobs:    # auto: one process for a few files (a pool costs more than it saves), else every core
        jobs = min(os.cpu_count() or 1, max(1, len(todo) // 8)) if engine == "pyshacl" else (os.cpu_count() or 1)
    try:
        results = _run_jena(todo, jobs) if engine == "jena" else _run_pyshacl(todo, jobs)
        for f, problems in results:
            found[f] = problems
            if store and f in keys:
                fresh.append((keys[f], problems))
                if len(fresh) >= 500:
                    try:
                        store.put_many(fresh)
                    except sqlite3.Error:
                        pass
                    fresh = []
            if on_file:
                on_file(f)
    finally:
        if store:
            try:
                store.put_many(fresh)
            except sqlite3.Error:
                pass            # a full or read-only disk: the results are reported, not kept
            store.close()
    report = Report(files=len(files), validated=todo, engine=engine)
    for f in files:
        report.problems.extend(found[f])
    return report


def _run_pyshacl(files: list[Path], jobs: int):
    if jobs <= 1 or len(files) < 2:
        for f in files:
            yield f, _validate_path(f)
        return
    from concurrent.futures import ProcessPoolExecutor

    _shapes(), _ontology(), _reference(), _mixin()     # read once before the workers fork
    chunk = max(1, min(32, len(files) // (jobs * 4)))
    with ProcessPoolExecutor(max_workers=min(jobs, len(files))) as pool:
        yield from zip(files, pool.map(_validate_path, files, chunksize=chunk))


def validate_union(files: list[Path]) -> list[Problem]:
    """pySHACL over all files at once (one graph): the whole-graph way, for comparison with the per-file way."""
    g = Graph()
    for f in files:
        g += parse_graph(f)
    return validate_graph(g, "*", fast=True)


# ------------------------------------------------------------------ Apache Jena SHACL (a subprocess)

_JAVA_SOURCE = Path(__file__).resolve().parent / "jena" / "CoopgraphShacl.java"
_JENA_JARS = ("jena-base jena-core jena-arq jena-iri jena-shacl commons-lang3 commons-io commons-codec commons-compress "
              "commons-csv dexx.collection gson guava jackson-core jackson-databind jackson-annotations jsonld-java "
              "titanium-json-ld jakarta.json-api protobuf thrift slf4j-api slf4j-nop httpclient httpcore").split()


class JenaUnavailable(RuntimeError):
    """Java or Apache Jena is not installed (scripts/install-system.sh jena installs both from Debian)."""


def jena_jars_dir() -> Path:
    import os

    return Path(os.environ.get("COOPGRAPH_JENA_JARS", "/usr/share/java"))


def jena_available() -> bool:
    import shutil

    return bool(shutil.which("java") and shutil.which("javac") and (jena_jars_dir() / "jena-shacl.jar").exists())


def jena_setup() -> tuple[str, Path]:
    """The classpath (Debian's Jena jars + the Xerces message bundle fix + our compiled class) and a work folder.

    Debian's jena-core.jar keeps the relocated Xerces message bundles under org/apache/jena/ext/xerces/ while the
    classes look for them under xerces/: copy them there, in a folder on the classpath.
    """
    import shutil
    import subprocess
    import zipfile

    if not jena_available():
        raise JenaUnavailable("Apache Jena SHACL needs java, javac and Debian's libapache-jena-java "
                              "(run scripts/install-system.sh jena)")
    jars = jena_jars_dir()
    missing = [j for j in _JENA_JARS if not (jars / f"{j}.jar").exists()]
    if missing:
        raise JenaUnavailable(f"missing jars in {jars}: {', '.join(missing)}")
    cp = ":".join(str(jars / f"{j}.jar") for j in _JENA_JARS)
    key = hashlib.sha256((cp + "\0").encode() + _JAVA_SOURCE.read_bytes() + (jars / "jena-core.jar").read_bytes()[:4096]
                         ).hexdigest()[:16]
    work = Path(os.environ.get("COOPGRAPH_JENA_DIR") or resources.cache_root()) / f"jena-{key}"
    done = work / "classes" / "CoopgraphShacl.class"
    if not done.exists():
        try:
            work.parent.mkdir(parents=True, exist_ok=True)
            tmp = Path(tempfile.mkdtemp(prefix=".jena-", dir=work.parent))
        except OSError:         # a cache folder that cannot be written: compiled in the temporary folder instead
            work = Path(tempfile.gettempdir()) / f"coopgraph-jena-{key}"
            done = work / "classes" / "CoopgraphShacl.class"
            tmp = Path(tempfile.mkdtemp(prefix=".jena-"))
        with zipfile.ZipFile(jars / "jena-core.jar") as z:
            prefix = "org/apache/jena/ext/xerces/"
            for name in z.namelist():
                if name.startswith(prefix) and not name.endswith((".class", "/")):
                    target = tmp / "xerces-fix" / "xerces" / name[len(prefix):]
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(z.read(name))
        r = subprocess.run(["javac", "-nowarn", "-cp", cp, "-d", str(tmp / "classes"), str(_JAVA_SOURCE)],
                           capture_output=True, text=True)
        if r.returncode != 0:
            shutil.rmtree(tmp, ignore_errors=True)
            raise JenaUnavailable(f"cannot compile {_JAVA_SOURCE.name}: {r.stderr.strip()[:500]}")
        try:
            tmp.rename(work)
        except OSError:          # another process got there first
            shutil.rmtree(tmp, ignore_errors=True)
    return f"{cp}:{work / 'xerces-fix'}:{work / 'classes'}", work


def _jena_inputs(work: Path) -> tuple[Path, Path, Path]:
    """Shapes, ontology mix-in and reference places as N-Triples files for the Java side (written once)."""
    fp = rules_fingerprint("jena")[:16]
    out = []
    for name, graph in (("shapes", _shapes), ("mixin", _mixin), ("reference", _reference)):
        p = work / f"{name}-{fp}.nt"
        if not p.exists():
            fd, tmp = tempfile.mkstemp(dir=work, suffix=".tmp")
            with os.fdopen(fd, "wb") as f:
                f.write(graph().serialize(format="nt", encoding="utf-8"))
            os.replace(tmp, p)
        out.append(p)
    return out[0], out[1], out[2]


def _run_jena(files: list[Path], jobs: int):
    import subprocess

    if not files:
        return
    cp, work = jena_setup()
    shapes, mixin, reference = _jena_inputs(work)
    proc = subprocess.run(["java", "-Xss8m", "-cp", cp, "CoopgraphShacl", str(shapes), str(mixin), str(reference),
                           str(max(1, jobs))],
                          input="\n".join(str(f) for f in files) + "\n", capture_output=True, text=True)
    if proc.returncode != 0 or "#done" not in proc.stdout:
        msg = (proc.stderr.strip().splitlines() or ["Jena SHACL failed"])[-1]
        raise GraphParseError(msg)
    found: list[list[Problem]] = [[] for _ in files]
    for line in proc.stdout.splitlines():
        if line.startswith("#done"):
            break
        index, sev, focus, path, value, shape, msg = (line.split("\t") + [""] * 7)[:7]
        f = files[int(index)]
        found[int(index)].append(Problem(severity=sev, message=msg or "constraint not met", source_file=f.name,
                                         focus=focus, path=path, value=value, shape=shape))
    yield from zip(files, found)


def format_report(report: Report, fmt: str = "text") -> str:
    """A readable report grouped by problem, or JSON."""
    if fmt == "json":
        # SHACL's sh:conforms is false when there is any result, whatever its severity; the exit code looks
        # at violations only (see cli.validate)
        return json.dumps({
            "conforms": not report.problems, "files": report.files, "engine": report.engine,
            "checked": len(report.validated), "violations": report.violations,
            "warnings": report.warnings,
            "results": [p.__dict__ for p in report.problems]}, ensure_ascii=False, indent=2)
    groups: dict[tuple[str, str], list[Problem]] = defaultdict(list)
    for p in report.problems:
        groups[(p.severity, p.message)].append(p)
    lines = []
    order = {"Violation": 0, "Warning": 1, "Info": 2}
    for (sev, msg), ps in sorted(groups.items(), key=lambda kv: (order.get(kv[0][0], 3), kv[0][1])):
        lines.append(f"{sev}: {msg} ({len(ps)})")
        for p in sorted(ps, key=lambda x: (x.source_file, x.focus))[:20]:
            extra = f" [{p.path.rsplit('#', 1)[-1].rsplit('/', 1)[-1]}]" if p.path else ""
            lines.append(f"  {p.source_file}: {p.focus}{extra}")
        if len(ps) > 20:
            lines.append(f"  ... and {len(ps) - 20} more")
    verdict = "conforms" if report.violations == 0 else "does NOT conform"
    checked, cached = len(report.validated), report.files - len(report.validated)
    how = "" if not report.engine else " (all from the cache)" if not checked else \
        f" (checked by {report.engine}" + (f"; {cached} from the cache)" if cached else ")")
    lines.append(f"{report.files} graph file(s) {verdict}: {report.violations} violation(s), {report.warnings} warning(s)"
                 + how)
    return "\n".join(lines) + "\n"
