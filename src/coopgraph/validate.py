"""Validation of article graphs against the SHACL shapes (pySHACL), one article graph at a time."""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pyshacl import validate as shacl_validate
from rdflib import RDF, Graph, URIRef
from rdflib.namespace import SH

from . import resources

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
    g = Graph()
    try:
        g.parse(path, format="turtle")
    except FileNotFoundError:
        raise GraphParseError(f"{path}: no such file") from None
    except Exception as e:  # rdflib raises several kinds for bad syntax
        raise GraphParseError(f"{path}: {_where(e)}") from None
    return g


def _where(e: Exception) -> str:
    import re

    text = " ".join(str(e).split())
    m = re.search(r"line (\d+)", text)
    line = m.group(1) if m else "?"
    col = getattr(e, "col", None)
    if col is None:
        mc = re.search(r"col(?:umn)? (\d+)", text)
        col = mc.group(1) if mc else "?"
    why = getattr(e, "message", None) or text
    why = " ".join(str(why).split())[:200]
    return f"line {line}, column {col}: Turtle syntax error: {why}"


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


def validate_graph(g: Graph, source_file: str) -> list[Problem]:
    """Problems of one article graph."""
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


def validate_files(files: list[Path], on_file=None) -> Report:
    """Validate each Turtle file on its own (the shapes allow it: each article graph is self-contained)."""
    report = Report()
    for f in files:
        g = parse_graph(f)
        report.problems.extend(validate_graph(g, f.name))
        report.files += 1
        if on_file:
            on_file(f)
    return report


def format_report(report: Report, fmt: str = "text") -> str:
    """A readable report grouped by problem, or JSON."""
    if fmt == "json":
        return json.dumps({
            "conforms": report.violations == 0, "files": report.files, "violations": report.violations,
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
    lines.append(f"{report.files} graph file(s) {verdict}: {report.violations} violation(s), {report.warnings} warning(s)")
    return "\n".join(lines) + "\n"
