"""Stored SPARQL queries: the catalogue, parameters bound as RDF terms, and result formats."""
from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from . import answers, resources
from .gazetteer import load as load_gazetteer
from .rdfmap import BASE, PREFIXES, place_iri
from .results import tsv_term


class QueryError(Exception):
    """A query that cannot run as asked; the message is one line."""


@dataclass
class Param:
    name: str
    kind: str            # place | iri | date | year | article | string
    help: str = ""
    required: bool = True


@dataclass
class StoredQuery:
    """A query file with its header: title, question, parameters."""

    name: str
    path: Path
    text: str
    title: str = ""
    question: str = ""
    params: list[Param] = field(default_factory=list)


_HEADER = re.compile(r"^#\s*(title|question|param|columns)\s*:\s*(.*)$", re.IGNORECASE)


def parse_query_file(path: Path) -> StoredQuery:
    """Read a ``.rq`` file and its header comments."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise QueryError(f"{path}: cannot read query file ({e})") from None
    q = StoredQuery(name=path.stem, path=path, text=text)
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        m = _HEADER.match(line)
        if not m:
            continue
        key, value = m.group(1).lower(), m.group(2).strip()
        if key == "title":
            q.title = value
        elif key == "question":
            q.question = (q.question + " " + value).strip()
        elif key == "param" and value.lower() != "none":
            # "# param: place (place) — the place, by code, name or IRI [optional]"
            pm = re.match(r"(\w+)\s*\((\w+)\)\s*[—:-]?\s*(.*)$", value)
            if pm:
                q.params.append(Param(pm.group(1), pm.group(2).lower(), pm.group(3).replace("[optional]", "").strip(),
                                      required="[optional]" not in pm.group(3)))
    return q


def catalogue() -> list[StoredQuery]:
    """All stored queries, by name."""
    return [parse_query_file(p) for p in sorted(resources.queries_dir().glob("*.rq"))]


def find_query(name_or_file: str) -> StoredQuery:
    """A stored query by name, or a user's own query file."""
    p = Path(name_or_file)
    if p.suffix == ".rq" and p.exists():
        q = parse_query_file(p)
    else:
        stored = resources.queries_dir() / f"{name_or_file}.rq"
        if not stored.exists():
            names = ", ".join(q.name for q in catalogue())
            raise QueryError(f"no stored query named '{name_or_file}' (known: {names})")
        q = parse_query_file(stored)
    if _is_update(q.text):
        raise QueryError(f"{q.path}: this is a SPARQL Update; 'coopgraph query' only runs read-only queries")
    return q


# An update is recognised on the query's own tokens, never inside comments, strings or IRIs: the old test
# dropped only whole-line comments (a trailing "# drop all" made a SELECT an update) and let "SELECT ... ;
# ADD <a> TO <b>" or "WITH <g> DELETE ..." through.
_UPDATE_FIRST = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}
_UPDATE_OP = re.compile(
    r"(?<![\w?$:])(?:(?:INSERT|DELETE)\s+(?:DATA\b|WHERE\b|\{)"
    r"|(?:LOAD|CLEAR|DROP|CREATE)\s+(?:SILENT\s+)?(?:GRAPH\b|ALL\b|DEFAULT\b|NAMED\b|<)"
    r"|(?:ADD|MOVE|COPY)\s+(?:SILENT\s+)?(?:GRAPH\b|DEFAULT\b|<)"
    r"|WITH\s+<)", re.IGNORECASE)
_IRIREF = re.compile(r"<[^<>\"{}|^`\\\s]*>")


def _sparql_code(text: str) -> str:
    """The query text without comments and string contents; every IRI becomes '<>'."""
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "#":                                    # a comment runs to the end of the line
            j = text.find("\n", i)
            i = n if j < 0 else j
            out.append(" ")
        elif c in "\"'":
            q3 = c * 3
            if text.startswith(q3, i):                  # long string
                j = i + 3
                while j < n and not text.startswith(q3, j):
                    j += 2 if text[j] == "\\" else 1
                i = j + 3
            else:
                j = i + 1
                while j < n and text[j] not in (c, "\n"):
                    j += 2 if text[j] == "\\" else 1
                i = j + 1
            out.append(' "" ')
        elif c == "<" and (m := _IRIREF.match(text, i)):
            out.append(" <> ")
            i = m.end()
        else:
            out.append(c)
            i += 1
    return "".join(out)


def _is_update(text: str) -> bool:
    """True for a SPARQL Update (or a query with an update operation in it), in any case."""
    code = _sparql_code(text)
    # skip the prologue (BASE / PREFIX declarations): the first keyword says what the request is
    body = re.sub(r"^(?:\s*(?:BASE\s*<>|PREFIX\s+[^\s:]*:\s*<>))*", "", code, flags=re.IGNORECASE)
    first = re.match(r"\s*([A-Za-z]+)", body)
    if first and first.group(1).upper() in _UPDATE_FIRST:
        return True
    return bool(_UPDATE_OP.search(code))


KIND_HELP = {
    "place": ("an ISO 3166-2 code, a name in any spelling, or an IRI", "LA-HO"),
    "date": ("a date YYYY-MM-DD", "2027-03-01"),
    "year": ("a year YYYY", "2026"),
    "iri": ("an IRI or a prefixed name", "place:LA-HO"),
    "string": ("text", "Thanh Hóa"),
    "article": ("an article's file name (a path is taken by its name)", "001_5a1d5f1eb188703c.txt"),
}


def result_columns(q: StoredQuery) -> list[str]:
    """The names of the columns a SELECT query answers with (its projection), in order."""
    body = "\n".join(ln for ln in q.text.splitlines() if not ln.lstrip().startswith("#"))
    m = re.search(r"\bSELECT\s+(?:DISTINCT\s+|REDUCED\s+)?(.*?)\bWHERE\b|\bSELECT\s+(?:DISTINCT\s+)?(.*?)\{",
                  body, re.IGNORECASE | re.S)
    if not m:
        return []
    proj = m.group(1) if m.group(1) is not None else m.group(2)
    cols, depth = [], 0
    for tok in re.finditer(r"\(|\)|\bAS\s+\?(\w+)|\?(\w+)", proj, re.IGNORECASE):
        if tok.group(0) == "(":
            depth += 1
        elif tok.group(0) == ")":
            depth -= 1
        elif tok.group(1) and depth == 1:
            cols.append(tok.group(1))
        elif tok.group(2) and depth == 0:
            cols.append(tok.group(2))
    return cols


def example_command(q: StoredQuery) -> str:
    """A command line that runs the query, with an example value for each required parameter."""
    parts = ["coopgraph", "query", q.name]
    for p in q.params:
        if p.required:
            ex = KIND_HELP.get(p.kind, ("", "..."))[1]
            parts += ["--param", f"{p.name}={ex}" if " " not in ex else f"'{p.name}={ex}'"]
    return " ".join(parts)

# ------------------------------------------------------------------ parameters

_IRI_OK = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>\"{}|\\^`]*$")


def bind_params(q: StoredQuery, given: dict[str, str]) -> dict[str, ox.NamedNode | ox.Literal]:
    """Turn ``key=value`` strings into RDF terms of the declared kinds; never text pasted into the query."""
    known = {p.name: p for p in q.params}
    for k in given:
        if k not in known:
            raise QueryError(f"query '{q.name}' has no parameter '{k}' (it takes: {', '.join(known) or 'none'})")
    out: dict[str, ox.NamedNode | ox.Literal] = {}
    for p in q.params:
        if p.name not in given:
            if p.required:
                raise QueryError(f"query '{q.name}' needs --param {p.name}=... ({p.help or p.kind})")
            continue
        out[p.name] = term_for(p, given[p.name])
    return out


def term_for(p: Param, value: str) -> ox.NamedNode | ox.Literal:
    """One parameter value as an RDF term."""
    xsd = "http://www.w3.org/2001/XMLSchema#"
    if p.kind == "place":
        return _named_node(p, resolve_place(value), value)
    if p.kind == "iri":
        iri = expand_iri(value)
        if not _IRI_OK.match(iri):
            raise QueryError(f"--param {p.name}: not an IRI: {value!r}")
        return _named_node(p, iri, value)
    if p.kind == "date":
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise QueryError(f"--param {p.name}: expected a date YYYY-MM-DD, got {value!r}")
        return ox.Literal(value, datatype=ox.NamedNode(xsd + "date"))
    if p.kind == "year":
        if not re.fullmatch(r"\d{4}", value):
            raise QueryError(f"--param {p.name}: expected a year YYYY, got {value!r}")
        return ox.Literal(value, datatype=ox.NamedNode(xsd + "integer"))
    if p.kind == "article":
        # the article column holds file names; a path to the file (as the shell completes it) names the same one
        name = value.strip().replace("\\", "/").rsplit("/", 1)[-1]
        if not name:
            raise QueryError(f"--param {p.name}: expected an article's file name, got {value!r}")
        return ox.Literal(name)
    return ox.Literal(value)


def _named_node(p: Param, iri: str, value: str) -> ox.NamedNode:
    """Oxigraph checks the IRI in full (percent escapes, host, '#'): its refusal is a clear message, not a traceback."""
    try:
        return ox.NamedNode(iri)
    except ValueError as e:
        raise QueryError(f"--param {p.name}: not an IRI: {value!r} ({e})") from None


def expand_iri(value: str) -> str:
    """'place:LA-HO' or a full IRI."""
    prefix, _, local = value.partition(":")
    if prefix in PREFIXES and not value.startswith(("http://", "https://")):
        return str(PREFIXES[prefix]) + local
    return value


def resolve_place(value: str) -> str:
    """A place by ISO code, reference id, any known spelling, or IRI."""
    gaz = load_gazetteer()
    if value.startswith(("http://", "https://")) or value.startswith("place:"):
        iri = expand_iri(value)
        if not _IRI_OK.match(iri):
            raise QueryError(f"not an IRI: {value!r}")
        return iri
    if value in gaz.units:
        return str(place_iri(value))
    upper = value.upper()
    # an ISO code names the unit that holds it; a 2025 unit that only borrowed the code comes second
    for match in (lambda u: u.iso == upper, lambda u: u.code == upper):
        for u in gaz.units.values():
            if match(u):
                return str(place_iri(u.id))
    uid = gaz.resolve(value)
    if uid:
        return str(place_iri(uid))
    raise QueryError(f"unknown place {value!r} (give an ISO 3166-2 code such as LA-HO, or a name)")


# ------------------------------------------------------------------ results

def shorten(iri: str) -> str:
    """An IRI with the project's prefixes."""
    best = None
    for p, ns in PREFIXES.items():
        s = str(ns)
        if iri.startswith(s) and (best is None or len(s) > len(str(PREFIXES[best]))):
            best = p
    if best is None:
        return iri
    return f"{best}:{iri[len(str(PREFIXES[best])):]}"


def term_text(t, short: bool = False) -> str:
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
    return sum(0 if unicodedata.combining(c) else 1 for c in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def label_map(store: ox.Store, iris, lang: str = "vi") -> dict[str, str]:
    """Labels of many IRIs in one query: rdfs:label / skos:prefLabel / schema:name in ``lang``, else the other
    language (vi/en), else an untagged label. IRIs without any label are left out."""
    iris = sorted({i for i in iris if _IRI_OK.match(i) and ">" not in i})
    if not iris:
        return {}
    other = "en" if lang == "vi" else "vi"
    rank = {lang: 0, other: 1, "": 2}
    values = " ".join(f"<{i}>" for i in iris)
    q = ("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
         "PREFIX schema: <https://schema.org/> "
         f"SELECT ?s ?l WHERE {{ VALUES ?s {{ {values} }} ?s rdfs:label|skos:prefLabel|schema:name ?l }}")
    best: dict[str, tuple] = {}
    for sol in store.query(q, use_default_graph_as_union=True):
        s, lit = sol["s"].value, sol["l"]
        r = rank.get((lit.language or "").lower(), 3)
        key = (r, lit.value)
        if s not in best or key < best[s]:
            best[s] = key
    return {s: v for s, (_, v) in best.items()}


def article_names(q: StoredQuery, bindings: dict) -> list[str] | None:
    """The file names bound to the query's ``article`` parameters (None if none is): the articles whose graphs
    the query should read alone."""
    return [bindings[p.name].value for p in q.params if p.kind == "article" and p.name in bindings] or None


def answer(ds, q: StoredQuery, params: dict[str, str], *, fresh: bool = False):
    """A stored query's raw answer on the embedded store, its parameters bound; an ``article`` parameter also
    narrows the store to that article's graph (see ``store.run_select``). An on-disk store reads the answer it
    kept for the same question in the same state (see ``answers``); ``fresh`` computes it and keeps that."""
    from .store import run_select

    bindings = bind_params(q, params)
    only = article_names(q, bindings)

    def compute():
        return run_select(ds, q.text, bindings, only_articles=only)

    keep = getattr(ds, "answers", None) if _may_keep(q.path, q.text) else None
    return answers.kept(keep, answers.key_of(q.text, bindings, only), compute, fresh=fresh)


@lru_cache(maxsize=None)
def _may_keep(path: Path, text: str) -> bool:
    """Whether answers to this query may be kept: one of the catalogue's (a file of the user's own may change
    between two runs, its name staying the same) whose answer is a function of the store alone. Decided once per
    query: every asking goes through here."""
    return path.resolve().parent == resources.queries_dir().resolve() and keepable(text)


# functions and clauses whose answer is not a function of the store alone
_CHANGING = {"NOW", "RAND", "UUID", "STRUUID", "BNODE", "SERVICE"}


def keepable(text: str) -> bool:
    """Whether a query's answer is a function of the store alone (none of NOW(), RAND(), UUID(), STRUUID(),
    BNODE(), SERVICE among its words; comments, strings and IRIs aside): only then may a kept answer stand for it."""
    return not any(m.lastgroup == "word" and m.group().upper() in _CHANGING for m in SPARQL_TOKEN.finditer(text))


def keep_standard_answers(ds) -> None:
    """Answer, and keep, every stored query that needs no parameter, as asked (an on-disk store in a new state).
    A query that fails here is left to fail when it is asked; a folder that cannot be made keeps nothing."""
    try:
        ds.answers.mkdir(parents=True, exist_ok=True)     # made first: this state's standard answers are under way
        todo = [q for q in catalogue() if not any(p.required for p in q.params)]
    except (OSError, QueryError):
        return
    for q in todo:
        try:
            answer(ds, q, {})
        except Exception:       # noqa: BLE001 - whatever it is, the asking reports it, with its own message
            pass


def run_stored(ds, q: StoredQuery, params: dict[str, str], fmt: str = "table", lang: str = "vi",
               fresh: bool = False) -> str:
    """Run a stored query on the embedded store and format the answer (table labels in ``lang``: vi or en;
    ``fresh``: not the answer an on-disk store kept)."""
    try:
        result = answer(ds, q, params, fresh=fresh)
    except SyntaxError as e:
        raise QueryError(f"{q.path}: SPARQL syntax error: {str(e).splitlines()[0]}") from None
    except (RuntimeError, ValueError, OSError) as e:
        raise QueryError(f"{q.path}: the query failed: {str(e).splitlines()[0] if str(e) else type(e).__name__}") from None
    if isinstance(result, getattr(ox, "QueryBoolean", ())):   # pyoxigraph >= 0.5 answers ASK with a QueryBoolean
        result = bool(result)
    if isinstance(result, bool):
        return json.dumps({"head": {}, "boolean": result}) if fmt == "json" else f"{str(result).lower()}\n"
    if isinstance(result, ox.QuerySolutions) or hasattr(result, "variables"):   # also store.Solutions (rdflib)
        variables = [v.value for v in result.variables]
        rows = [[sol[v] for v in variables] for sol in result]
        if fmt in ("turtle", "jsonld"):
            raise QueryError(f"--format {fmt} is for CONSTRUCT/DESCRIBE queries; use table, csv, tsv or json")
        labels = None
        if fmt == "table":
            labels = label_map(ds.store, (t.value for r in rows for t in r if isinstance(t, ox.NamedNode)), lang)
        return format_solutions(variables, rows, fmt, labels)
    # CONSTRUCT / DESCRIBE
    triples = list(result)
    if fmt not in ("turtle", "table", "jsonld"):
        raise QueryError(f"--format {fmt} is for SELECT queries; use turtle or jsonld")
    if fmt == "jsonld":
        return _jsonld(triples)
    return ox.serialize(triples, format=ox.RdfFormat.TURTLE).decode("utf-8") if triples else ""


def _jsonld(triples) -> str:
    """CONSTRUCT/DESCRIBE triples as JSON-LD, compacted with the project's prefixes."""
    from rdflib import Graph

    g = Graph()
    if triples:
        g.parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8"), format="nt")
    context = {p: str(ns) for p, ns in PREFIXES.items()}
    return g.serialize(format="json-ld", context=context, indent=2, ensure_ascii=False) + "\n"


__all__ = ["BASE", "QueryError", "StoredQuery", "catalogue", "find_query", "bind_params", "run_stored",
           "format_solutions", "resolve_place", "label_map", "shorten", "bind_into_text"]


# ------------------------------------------------------------------ parameters written into the query text

# SPARQL text as tokens (strings, IRIs, comments, variables, braces, keywords): what the binder here and the
# ORDER BY planner in ``ordering`` read
SPARQL_TOKEN = re.compile(r'''
    (?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\'|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<comment>\#[^\n]*)
  | (?P<var>[?$][A-Za-z0-9_\u00B7\u00C0-\uFFFF]+)
  | (?P<open>\{) | (?P<close>\})
  | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<other>\s+|.)
''', re.VERBOSE | re.DOTALL)


def closing_brace(toks: list[tuple], start: int) -> int | None:
    """The index of the ``}`` that closes the ``{`` at ``toks[start]`` (tokens as (kind, text, ...) from
    ``SPARQL_TOKEN``), None if it is never closed."""
    depth = 0
    for i in range(start, len(toks)):
        if toks[i][0] == "open":
            depth += 1
        elif toks[i][0] == "close":
            depth -= 1
            if depth == 0:
                return i
    return None


def bind_into_text(text: str, bindings: dict) -> str:
    """The query with parameters bound: each variable replaced by its term (N-Triples escaping) inside
    the WHERE clause, and a ``VALUES`` row right after that clause's opening brace so that projected
    variables keep their value. A variable that is assigned in the query (``AS ?x``) or projected by a
    sub-select is only bound by the VALUES row."""
    if not bindings:
        return text
    terms = {k: _term_text(v) for k, v in bindings.items()}
    toks = [(m.lastgroup, m.group()) for m in SPARQL_TOKEN.finditer(text)]
    # the WHERE clause: after the first top-level WHERE, else the first top-level brace after the query form
    depth, start, seen_where = 0, None, False
    for i, (kind, tok) in enumerate(toks):
        if kind == "word" and depth == 0 and tok.upper() == "WHERE":
            seen_where = True
        elif kind == "word" and depth == 0 and tok.upper() in ("SELECT", "ASK") and not seen_where:
            seen_where = True     # SELECT ... { } may omit WHERE
        elif kind == "open":
            if depth == 0 and seen_where:
                start = i
                break
            depth += 1
        elif kind == "close":
            depth -= 1
    if start is None:
        raise QueryError("cannot find the WHERE clause of the query to bind its parameters")
    end = closing_brace(toks, start)
    if end is None:
        raise QueryError("unbalanced braces in the query")
    # which variables can be substituted everywhere in the clause
    unsafe: set[str] = set()
    prev_word, in_projection = "", False
    for kind, tok in toks[start:end]:
        if kind == "word":
            up = tok.upper()
            if up == "SELECT":
                in_projection = True
            elif up == "WHERE":
                in_projection = False
            prev_word = up
        elif kind == "open":
            in_projection = False
            prev_word = ""
        elif kind == "var":
            name = tok[1:]
            if name in terms and (prev_word == "AS" or in_projection):
                unsafe.add(name)
            prev_word = ""
        elif kind not in ("other", "comment") or tok.strip():
            prev_word = ""
    out: list[str] = []
    for i, (kind, tok) in enumerate(toks):
        if start < i < end and kind == "var" and tok[1:] in terms and tok[1:] not in unsafe:
            out.append(terms[tok[1:]])
        else:
            out.append(tok)
        if i == start:
            names = list(terms)
            out.append(f"\n  VALUES ({' '.join('?' + n for n in names)}) {{ ({' '.join(terms[n] for n in names)}) }}\n")
    return "".join(out)


def _term_text(t) -> str:
    if isinstance(t, ox.NamedNode):
        return f"<{t.value}>"
    if isinstance(t, ox.Literal):
        return str(t)        # N-Triples form, escaped
    raise QueryError(f"cannot bind {t!r} as a parameter")
