"""Answers as the user reads them: an aligned table (IRIs shown by their labels), or the SPARQL 1.1 result formats
(CSV, TSV, JSON) for spreadsheets and programs, or Turtle / JSON-LD for CONSTRUCT queries."""
from __future__ import annotations

import csv
import io
import json
import unicodedata

import pyoxigraph as ox

from .answers import answer
from .questions import IRI_OK, QueryError, StoredQuery
from .results import Solutions, tsv_term
from .store import Dataset


def shorten(iri: str) -> str:
    """An IRI with the project's prefixes."""
    from ..rdfmap import PREFIXES       # (rdflib's import: only for an answer with IRIs in it)

    best = None
    for p, ns in PREFIXES.items():
        s = str(ns)
        if iri.startswith(s) and (best is None or len(s) > len(str(PREFIXES[best]))):
            best = p
    if best is None:
        return iri
    return f"{best}:{iri[len(str(PREFIXES[best])):]}"


def term_text(t, short: bool = False) -> str:
    """A term as plain text: an IRI (shortened with ``short``), a literal's lexical form, '' for unbound."""
    if t is None:
        return ""
    if isinstance(t, ox.NamedNode):
        return shorten(t.value) if short else t.value
    if isinstance(t, ox.Literal):
        return t.value
    return str(t)


def format_solutions(variables: list[str], rows: list[list], fmt: str, labels: dict[str, str] | None = None) -> str:
    """Rows of RDF terms as table, csv, tsv (SPARQL 1.1 CSV/TSV results) or json (SPARQL 1.1 JSON results).

    In the table, an IRI cell shows its label from ``labels`` (IRI → text), else the IRI shortened with
    the project's prefixes; csv, tsv and json keep the codes and full IRIs."""
    if fmt == "json":
        bindings = []
        for r in rows:
            b = {}
            for v, t in zip(variables, r):
                if t is None:
                    continue
                if isinstance(t, ox.NamedNode):
                    b[v] = {"type": "uri", "value": t.value}
                elif isinstance(t, ox.Literal):
                    d = {"type": "literal", "value": t.value}
                    if t.language:
                        d["xml:lang"] = t.language
                    elif t.datatype and t.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
                        d["datatype"] = t.datatype.value
                    b[v] = d
                else:
                    b[v] = {"type": "bnode", "value": str(t)}
            bindings.append(b)
        return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}}, ensure_ascii=False, indent=2)
    if fmt == "csv":
        # SPARQL 1.1 CSV: plain values, RFC 4180 quoting and CRLF line ends
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(variables)
        for r in rows:
            w.writerow([term_text(t) for t in r])
        return buf.getvalue()
    if fmt == "tsv":
        # SPARQL 1.1 TSV: "?var" header, each value an RDF term in Turtle / N-Triples syntax
        lines = ["\t".join("?" + v for v in variables)]
        for r in rows:
            lines.append("\t".join(tsv_term(t) for t in r))
        return "\n".join(lines) + "\n"
    # aligned table: labels for IRIs, else IRIs shortened
    labels = labels or {}
    cells = [[_cell(t, labels) for t in r] for r in rows]
    heads = [unicodedata.normalize("NFC", v) for v in variables]
    widths = [max([_width(v)] + [_width(c[i]) for c in cells]) for i, v in enumerate(heads)]
    lines = ["  ".join(_pad(v, w) for v, w in zip(heads, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    for c in cells:
        lines.append("  ".join(_pad(x, w) for x, w in zip(c, widths)).rstrip())
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


def _cell(t, labels: dict[str, str]) -> str:
    """One table cell: NFC text on one line; an IRI as its label or shortened."""
    if isinstance(t, ox.NamedNode) and t.value in labels:
        text = labels[t.value]
    else:
        text = term_text(t, short=True)
    return unicodedata.normalize("NFC", " ".join(text.split()))


def _width(text: str) -> int:
    """Columns taken in a terminal: precomposed letters count 1, combining marks 0 (no East Asian wide forms here)."""
    if text.isascii():
        return len(text)        # (a long list of sources, at once)
    return sum(0 if unicodedata.combining(c) else 1 for c in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def label_query(iris, named_graphs: bool = False) -> str | None:
    """A SELECT of ``?s ?l``: the labels (rdfs:label / skos:prefLabel / schema:name) of ``iris``, in the default
    graph (the union of the graphs on the embedded store), or with ``named_graphs`` in any named graph, each label
    once (for a server, whose default graph may not be the union: the same labels; on the embedded store 1.4x the
    time, 50 vs 37 ms for 430 persons at 300k triples, whose names every article graph repeats); None when no IRI is
    fit to be asked about."""
    iris = sorted({i for i in iris if IRI_OK.match(i) and ">" not in i})
    if not iris:
        return None
    values = " ".join(f"<{i}>" for i in iris)
    path = "?s rdfs:label|skos:prefLabel|schema:name ?l"
    return ("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
            "PREFIX schema: <https://schema.org/> "
            + (f"SELECT DISTINCT ?s ?l WHERE {{ VALUES ?s {{ {values} }} GRAPH ?g {{ {path} }} }}" if named_graphs
               else f"SELECT ?s ?l WHERE {{ VALUES ?s {{ {values} }} {path} }}"))


def best_labels(pairs, lang: str = "vi") -> dict[str, str]:
    """One label per IRI from ``(IRI term, label literal)`` pairs: in ``lang``, else the other language (vi/en),
    else an untagged label; ties go to the first in code point order (the same label every run and store)."""
    other = "en" if lang == "vi" else "vi"
    rank = {lang: 0, other: 1, "": 2}
    best: dict[str, tuple] = {}
    for s, lit in pairs:
        if not isinstance(s, ox.NamedNode) or not isinstance(lit, ox.Literal):
            continue
        key = (rank.get((lit.language or "").lower(), 3), lit.value)
        if s.value not in best or key < best[s.value]:
            best[s.value] = key
    return {s: v for s, (_, v) in best.items()}


def label_map(store: ox.Store, iris, lang: str = "vi") -> dict[str, str]:
    """Labels of many IRIs in one query (``label_query``, ``best_labels``). IRIs without any label are left out."""
    q = label_query(iris)
    if q is None:
        return {}
    return best_labels(((sol["s"], sol["l"]) for sol in store.query(q, use_default_graph_as_union=True)), lang)


def run_stored(ds: Dataset, q: StoredQuery, params: dict[str, str], fmt: str = "table", lang: str = "vi",
               fresh: bool = False) -> str:
    """Run a stored query on the embedded store and format the answer (table labels in ``lang``: vi or en;
    ``fresh``: not the answer an on-disk store kept)."""
    try:
        result = answer(ds, q, params, fresh=fresh)
    except SyntaxError as e:
        raise QueryError(f"{q.path}: SPARQL syntax error: {str(e).splitlines()[0]}") from None
    except (RuntimeError, ValueError, OSError) as e:
        raise QueryError(f"{q.path}: the query failed: {str(e).splitlines()[0] if str(e) else type(e).__name__}") from None
    if isinstance(result, bool):
        return json.dumps({"head": {}, "boolean": result}) if fmt == "json" else f"{str(result).lower()}\n"
    if isinstance(result, Solutions):
        variables = [v.value for v in result.variables]
        rows = [[sol[v] for v in variables] for sol in result]
        if fmt in ("turtle", "jsonld"):
            raise QueryError(f"--format {fmt} is for CONSTRUCT/DESCRIBE queries; use table, csv, tsv or json")
        labels = None
        if fmt == "table":
            # (the store is opened for labels only when a cell is an IRI: a kept answer of codes and names needs none)
            iris = {t.value for r in rows for t in r if isinstance(t, ox.NamedNode)}
            labels = label_map(ds.store, iris, lang) if iris else {}
        return format_solutions(variables, rows, fmt, labels)
    # CONSTRUCT / DESCRIBE
    triples = list(result)
    if fmt not in ("turtle", "table", "jsonld"):
        raise QueryError(f"--format {fmt} is for SELECT queries; use turtle or jsonld")
    if fmt == "jsonld":
        return jsonld(triples)
    return ox.serialize(triples, format=ox.RdfFormat.TURTLE).decode("utf-8") if triples else ""


def jsonld(triples) -> str:
    """CONSTRUCT/DESCRIBE triples as JSON-LD, compacted with the project's prefixes."""
    from rdflib import Graph

    g = Graph()
    if triples:
        g.parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8"), format="nt")
    from ..rdfmap import PREFIXES

    context = {p: str(ns) for p, ns in PREFIXES.items()}
    return g.serialize(format="json-ld", context=context, indent=2, ensure_ascii=False) + "\n"
