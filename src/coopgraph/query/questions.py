"""The stored questions: ``queries/*.rq``, their headers, and their parameters bound as RDF terms.

A stored question is a plain SPARQL 1.1 SELECT over the graphs coopgraph exports. Its header comments give its
title, question, parameters and columns. A parameter is a plain variable of the query with a line of its own at the
top of a group, ``VALUES ?name { UNDEF }``: left as it is, the variable is unbound (an optional parameter then
matches everything); a reader binds it by hand by writing a term in place of ``UNDEF``, and ``bind`` does exactly
that with the term made from the user's value (an IRI checked by Oxigraph, a literal escaped as in N-Triples): never
the raw text. The same text then runs on the embedded store, rdflib, or any SPARQL server.

(pyoxigraph's own ``substitutions=`` would bind without touching the text, but Oxigraph 0.5 joins them with the
finished answer: at 1M triples ``sources-of`` took 0.29 s with the entity in its VALUES line and several seconds
with it substituted; a server has no such argument at all.)
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from .. import resources


class QueryError(Exception):
    """A query that cannot run as asked; the message is one line."""


BASE = "https://w3id.org/coopgraph/"      # the project's IRIs, as the stored questions write them


@dataclass
class Param:
    """A parameter declared in a query's header (``help``: its English description; ``helps``: by language)."""

    name: str
    kind: str            # place | iri | date | year | article | confidence | string
    help: str = ""
    required: bool = True
    helps: dict[str, str] = field(default_factory=dict)

    def help_in(self, lang: str) -> str:
        """The description in ``lang`` (English when the header has none in it)."""
        return self.helps.get(lang) or self.help


@dataclass
class StoredQuery:
    """A query file with its header: title, question, parameters (in English, and by language in ``titles``,
    ``questions``), the columns that hold codes (``codes``: column -> ``labels.PLACE`` or a concept scheme's IRI)
    and the sums (``money``: column -> the column of its unit)."""

    name: str
    path: Path
    text: str
    title: str = ""
    question: str = ""
    params: list[Param] = field(default_factory=list)
    titles: dict[str, str] = field(default_factory=dict)
    questions: dict[str, str] = field(default_factory=dict)
    codes: dict[str, str] = field(default_factory=dict)
    money: dict[str, str] = field(default_factory=dict)

    def title_in(self, lang: str) -> str:
        """The title in ``lang`` (English when the header has none in it)."""
        return self.titles.get(lang) or self.title

    def question_in(self, lang: str) -> str:
        """The question in ``lang`` (English when the header has none in it)."""
        return self.questions.get(lang) or self.question

    @property
    def in_catalogue(self) -> bool:
        """One of coopgraph's own stored questions (not a file of the user's)."""
        return self.path.resolve().parent == resources.queries_dir().resolve()


_HEADER = re.compile(r"^#\s*(title|question|param|columns|codes|money)(?:@(vi|en))?\s*:\s*(.*)$", re.IGNORECASE)
_PAIR = re.compile(r"(\w+)\s*=\s*([\w/-]+)")


def parse_query_file(path: Path) -> StoredQuery:
    """Read a ``.rq`` file and its header comments (the lines before the query).

    ``# title:``, ``# question:`` (repeatable: the lines are joined) and ``# param: NAME (KIND) — description
    [optional]`` are in English; ``# title@vi:``, ``# question@vi:`` and ``# param@vi: NAME — description`` say
    them in Vietnamese. ``# codes: COLUMN=place, COLUMN=concept/SCHEME`` names what the codes in a column are (a
    place's ``cg:code``; a concept's ``skos:notation`` in the scheme ``<https://w3id.org/coopgraph/concept/SCHEME>``):
    a table shows their names. ``# money: COLUMN=UNIT_COLUMN``: a sum and the column of its currency."""
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
        key, lang, value = m.group(1).lower(), (m.group(2) or "en").lower(), m.group(3).strip()
        if key == "title":
            q.titles[lang] = value
        elif key == "question":
            q.questions[lang] = (q.questions.get(lang, "") + " " + value).strip()
        elif key == "param" and lang != "en":
            # "# param@vi: place — the place's description in Vietnamese"
            pm = re.match(r"(\w+)\s*[—:-]?\s*(.*)$", value)
            for p in q.params:
                if pm and p.name == pm.group(1):
                    p.helps[lang] = pm.group(2).replace("[optional]", "").strip()
        elif key == "param" and value.lower() != "none":
            # "# param: place (place) — the place, by code, name or IRI [optional]"
            pm = re.match(r"(\w+)\s*\((\w+)\)\s*[—:-]?\s*(.*)$", value)
            if pm:
                help_ = pm.group(3).replace("[optional]", "").strip()
                q.params.append(Param(pm.group(1), pm.group(2).lower(), help_,
                                      required="[optional]" not in pm.group(3), helps={"en": help_}))
        elif key == "codes":
            for col, scheme in _PAIR.findall(value):
                q.codes[col] = scheme if scheme == "place" else BASE + scheme
        elif key == "money":
            q.money.update(_PAIR.findall(value))
    q.title, q.question = q.titles.get("en", ""), q.questions.get("en", "")
    return q


def catalogue() -> list[StoredQuery]:
    """All stored queries, by name."""
    return [parse_query_file(p) for p in sorted(resources.queries_dir().glob("*.rq"))]


def find_query(name_or_file: str) -> StoredQuery:
    """A stored query by name, or a user's own query file; a SPARQL Update is refused."""
    p = Path(name_or_file)
    try:
        own = p.suffix == ".rq" and p.is_file()
    except OSError:         # a name too long to be a file's
        own = False
    if own:
        q = parse_query_file(p)
    else:
        stored = resources.queries_dir() / f"{name_or_file}.rq"
        if not re.fullmatch(r"[\w.-]{1,200}", name_or_file) or not stored.exists():
            names = ", ".join(q.name for q in catalogue())
            raise QueryError(f"no stored query named {shown(name_or_file)} (known: {names})")
        q = parse_query_file(stored)
    if is_update(q.text):
        raise QueryError(f"{q.path}: this is a SPARQL Update; 'coopgraph query' only runs read-only queries")
    return q


# ------------------------------------------------------------------ a user's own query, from the command line

_QUERY_START = re.compile(r"^\s*(?:#[^\n]*\n\s*)*(?:PREFIX|BASE|SELECT|ASK|CONSTRUCT|DESCRIBE)(?=[\s{*?$(<])",
                          re.IGNORECASE)
_DECLARED = re.compile(r"(?<![\w?$:])PREFIX\s+([A-Za-z][\w.-]*)?:", re.IGNORECASE)


def looks_like_query(text: str) -> bool:
    """Whether a command-line argument is SPARQL text rather than a stored question's name or a file."""
    return bool(_QUERY_START.match(text)) or "{" in text


def project_prefixes() -> dict[str, str]:
    """The prefixes of the project's IRIs and vocabularies (as the stored questions and Turtle files use them)."""
    from ..rdfmap import PREFIXES       # (rdflib's import: only for a query of the user's)

    out = {p: str(ns) for p, ns in PREFIXES.items()}
    out.update({"rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "cgg": BASE + "graph/"})
    return dict(sorted(out.items()))


def with_prefixes(text: str) -> str:
    """The query text with a PREFIX line for each of the project's prefixes it does not declare itself (declared
    ones keep the user's meaning), so that 'SELECT ?a WHERE { GRAPH ?g { ?a a cg:Agreement } }' runs as typed."""
    declared = {m.group(1) or "" for m in _DECLARED.finditer(sparql_code(text))}
    lines = [f"PREFIX {p}: <{ns}>" for p, ns in project_prefixes().items() if p not in declared]
    return "\n".join(lines + [text]) if lines else text


def adhoc_query(text: str, origin: str) -> StoredQuery:
    """A query typed on the command line or read from standard input (``origin`` names it in messages), with the
    project's prefixes added (``with_prefixes``); a SPARQL Update is refused."""
    if not text.strip():
        raise QueryError(f"{origin}: empty query")
    if is_update(text):
        raise QueryError(f"{origin}: this is a SPARQL Update; 'coopgraph query' only runs read-only queries")
    return StoredQuery(name=origin, path=Path(origin), text=with_prefixes(text))


def shown(value: str, limit: int = 60) -> str:
    """A user's value for an error message: quoted, on one line, and cut after ``limit`` characters (an error
    never echoes a 100,000-character parameter whole)."""
    if len(value) <= limit:
        return repr(value)
    return repr(value[:limit]) + f"... ({len(value):,} characters)"


# ------------------------------------------------------------------ read-only check

# An update is recognised on the query's own tokens, never inside comments, strings or IRIs: a trailing "# drop all"
# does not make a SELECT an update, and "SELECT ... ; ADD <a> TO <b>" or "WITH <g> DELETE ..." are caught.
_UPDATE_FIRST = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}
_UPDATE_OP = re.compile(
    r"(?<![\w?$:])(?:(?:INSERT|DELETE)\s+(?:DATA\b|WHERE\b|\{)"
    r"|(?:LOAD|CLEAR|DROP|CREATE)\s+(?:SILENT\s+)?(?:GRAPH\b|ALL\b|DEFAULT\b|NAMED\b|<)"
    r"|(?:ADD|MOVE|COPY)\s+(?:SILENT\s+)?(?:GRAPH\b|DEFAULT\b|<)"
    r"|WITH\s+<)", re.IGNORECASE)
_IRIREF = re.compile(r"<[^<>\"{}|^`\\\s]*>")


def sparql_code(text: str) -> str:
    """The query text without comments and string contents; every IRI becomes '<>' (what the checks below read)."""
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


def is_update(text: str) -> bool:
    """True for a SPARQL Update (or a query with an update operation in it), in any case."""
    code = sparql_code(text)
    # skip the prologue (BASE / PREFIX declarations): the first keyword says what the request is
    body = re.sub(r"^(?:\s*(?:BASE\s*<>|PREFIX\s+[^\s:]*:\s*<>))*", "", code, flags=re.IGNORECASE)
    first = re.match(r"\s*([A-Za-z]+)", body)
    if first and first.group(1).upper() in _UPDATE_FIRST:
        return True
    return bool(_UPDATE_OP.search(code))


# functions and clauses whose answer is not a function of the data alone
_CHANGING = re.compile(r"(?<![\w?$:])(?:NOW|RAND|UUID|STRUUID|BNODE|SERVICE)\b", re.IGNORECASE)


@lru_cache(maxsize=None)
def depends_on_data_alone(text: str) -> bool:
    """Whether a query's answer is a function of the data alone: none of NOW(), RAND(), UUID(), STRUUID(), BNODE(),
    SERVICE among its words (comments, strings and IRIs aside)."""
    return not _CHANGING.search(sparql_code(text))


# ------------------------------------------------------------------ the catalogue, as the CLI shows it

KIND_HELP = {
    "place": ("an ISO 3166-2 code, a name in any spelling, or an IRI", "LA-HO"),
    "date": ("a date YYYY-MM-DD", "2027-03-01"),
    "year": ("a year YYYY", "2026"),
    "iri": ("an IRI or a prefixed name", "place:LA-HO"),
    "string": ("text", "Thanh Hóa"),
    "article": ("an article's file name (a path is taken by its name)", "001_5a1d5f1eb188703c.txt"),
    "confidence": ("a number from 0 to 1", "0.9"),
}


KIND_HELP_VI = {
    "place": "mã ISO 3166-2, tên viết theo bất kỳ cách nào, hoặc IRI",
    "date": "ngày dạng YYYY-MM-DD",
    "year": "năm dạng YYYY",
    "iri": "IRI hoặc tên có tiền tố",
    "string": "văn bản",
    "article": "tên tệp của bài báo (một đường dẫn được lấy theo tên tệp)",
    "confidence": "một số từ 0 đến 1",
}


def kind_help(kind: str, lang: str = "en") -> tuple[str, str]:
    """What a parameter of this kind takes, in ``lang``, and an example value."""
    text, example = KIND_HELP.get(kind, (kind, "..."))
    return (KIND_HELP_VI.get(kind, text) if lang == "vi" else text), example


def example_params(q: StoredQuery, optional: bool = False) -> dict[str, str]:
    """An example value for each required parameter (and each optional one too, with ``optional``)."""
    return {p.name: KIND_HELP.get(p.kind, ("", "..."))[1] for p in q.params if p.required or optional}


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
    for name, ex in example_params(q).items():
        parts += ["--param", f"{name}={ex}" if " " not in ex else f"'{name}={ex}'"]
    return " ".join(parts)


# ------------------------------------------------------------------ parameters

IRI_OK = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>\"{}|\\^`]*$")
_XSD = "http://www.w3.org/2001/XMLSchema#"
_ASCII_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")     # [0-9], not \d: Python's \d takes Arabic-Indic digits


def bind_params(q: StoredQuery, given: dict[str, str]) -> dict[str, ox.NamedNode | ox.Literal]:
    """Turn ``key=value`` strings into RDF terms of the declared kinds; never text pasted into the query."""
    known = {p.name: p for p in q.params}
    for k in given:
        if k not in known:
            raise QueryError(f"query '{q.name}' has no parameter {shown(k)} (it takes: {', '.join(known) or 'none'})")
    out: dict[str, ox.NamedNode | ox.Literal] = {}
    for p in q.params:
        if p.name not in given:
            if p.required:
                raise QueryError(f"query '{q.name}' needs --param {p.name}=... ({p.help or p.kind})")
            continue
        out[p.name] = term_for(p, given[p.name])
    return out


def term_for(p: Param, value: str) -> ox.NamedNode | ox.Literal:
    """One parameter value as an RDF term; an empty value, or one that is not of the parameter's kind, is refused."""
    if not value.strip():
        raise QueryError(f"--param {p.name}: empty value ({KIND_HELP.get(p.kind, (p.kind,))[0]})")
    if p.kind == "place":
        return _named_node(p, resolve_place(value), value)
    if p.kind == "iri":
        iri = expand_iri(value)
        if not IRI_OK.match(iri):
            raise QueryError(f"--param {p.name}: not an IRI: {shown(value)}")
        return _named_node(p, iri, value)
    if p.kind == "date":
        try:
            if not _ASCII_DATE.fullmatch(value):
                raise ValueError
            datetime.date.fromisoformat(value)
        except ValueError:
            raise QueryError(f"--param {p.name}: expected a date YYYY-MM-DD, got {shown(value)}") from None
        return ox.Literal(value, datatype=ox.NamedNode(_XSD + "date"))
    if p.kind == "year":
        if not re.fullmatch(r"[0-9]{4}", value):
            raise QueryError(f"--param {p.name}: expected a year YYYY, got {shown(value)}")
        return ox.Literal(value, datatype=ox.NamedNode(_XSD + "integer"))
    if p.kind == "confidence":
        # written as an xsd:decimal, as cg:confidence is: compared as numbers on every store
        if not re.fullmatch(r"(?:0|1)(?:\.[0-9]{1,6})?|\.[0-9]{1,6}", value) or float(value) > 1:
            raise QueryError(f"--param {p.name}: expected a number from 0 to 1, got {shown(value)}")
        return ox.Literal(value if not value.startswith(".") else "0" + value,
                          datatype=ox.NamedNode(_XSD + "decimal"))
    if p.kind == "article":
        # the article column holds file names; a path to the file (as the shell completes it) names the same one
        name = value.strip().replace("\\", "/").rsplit("/", 1)[-1]
        if not name:
            raise QueryError(f"--param {p.name}: expected an article's file name, got {shown(value)}")
        return ox.Literal(name)
    return ox.Literal(value)


def _named_node(p: Param, iri: str, value: str) -> ox.NamedNode:
    """Oxigraph checks the IRI in full (percent escapes, host, '#'): its refusal is a clear message, not a traceback."""
    try:
        return ox.NamedNode(iri)
    except ValueError as e:
        raise QueryError(f"--param {p.name}: not an IRI: {shown(value)} ({shown(str(e), 120)[1:-1]})") from None


def expand_iri(value: str) -> str:
    """'place:LA-HO' or a full IRI."""
    from ..rdfmap import PREFIXES       # (rdflib's import, 0.1 s, only for a question with a parameter)

    prefix, _, local = value.partition(":")
    if prefix in PREFIXES and not value.startswith(("http://", "https://")):
        return str(PREFIXES[prefix]) + local
    return value


def resolve_place(value: str) -> str:
    """A place by ISO code, reference id, any known spelling, or IRI."""
    from ..gazetteer import load as load_gazetteer
    from ..rdfmap import place_iri

    if not value.strip():
        raise QueryError("empty place name")
    gaz = load_gazetteer()
    if value.startswith(("http://", "https://")) or value.startswith("place:"):
        iri = expand_iri(value)
        if not IRI_OK.match(iri):
            raise QueryError(f"not an IRI: {shown(value)}")
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
    from ..suggest import did_you_mean

    # the closest names of units and countries (not districts), any of their spellings
    from ..text import normalize

    known = [normalize(n) for u in gaz.units.values() if u.kind != "district" for n in (*u.names.values(), *u.variants)]
    raise QueryError(f"unknown place {shown(value)}{did_you_mean(value, known)} "
                     "(give an ISO 3166-2 code such as LA-HO, or a name)")


def _values_line(name: str) -> re.Pattern:
    return re.compile(rf"^([ \t]*VALUES[ \t]+[?$]{re.escape(name)}[ \t]*\{{[ \t]*)UNDEF([ \t]*\}})",
                      re.MULTILINE | re.IGNORECASE)


def bind(q: StoredQuery, bindings: dict[str, ox.NamedNode | ox.Literal]) -> str:
    """The query's text with each bound parameter's term written in its ``VALUES ?name { UNDEF }`` lines (the
    term in N-Triples syntax, as Oxigraph writes it: escaped, never the user's raw text)."""
    text = q.text
    for name, term in bindings.items():
        if not isinstance(term, (ox.NamedNode, ox.Literal)):
            raise QueryError(f"cannot bind {term!r} as a parameter")
        text, n = _values_line(name).subn(lambda m: m.group(1) + str(term) + m.group(2), text)
        if not n:
            raise QueryError(f"{q.path}: parameter '{name}' has no line 'VALUES ?{name} {{ UNDEF }}' to be bound in")
    return text


def article_names(q: StoredQuery, bindings: dict) -> list[str] | None:
    """The file names bound to the query's ``article`` parameters (None if none is): the articles whose graphs
    the query may read alone."""
    return [bindings[p.name].value for p in q.params if p.kind == "article" and p.name in bindings] or None
