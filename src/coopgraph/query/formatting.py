"""Answers as the user reads them: a table in the chosen language that fits the terminal, or the SPARQL 1.1 result
formats (CSV, TSV, JSON, XML) for spreadsheets and programs, or Turtle / JSON-LD for CONSTRUCT queries.

CSV, TSV, JSON and XML give the answer as the store gives it (``results``): codes, full IRIs, list cells as the
joined text with their items sorted by code point. The table is for people, in Vietnamese or English (``lang``):

- **Names for codes and IRIs.** Every IRI shows its name (``labels.names``: Vietnamese places keep their Vietnamese
  names in English), else its prefixed form; every code in a column the question's header declares (``# codes:``,
  a place's code or a concept's notation), each item of a list included, shows the name of what it names.
- **Lists.** The items of a list cell (a ``GROUP_CONCAT`` column, see ``results``) are shown sorted by the text
  shown: by their names, compared without case and diacritics first (``Hà Tĩnh, Nghệ An, Sơn La``), then by code
  point; so a cell reads the same on every run, store and server. A column named ``sources`` (articles' file names)
  shows the count and its first two items when it holds more than three (``4 in all: a, b, …``; ``wide``: all).
- **Numbers and dates.** A sum (``# money: COLUMN=UNIT_COLUMN``) shows thousands separators and its unit in one
  cell (``8,200,000,000 VND``, ``8.200.000.000 VND`` in Vietnamese); a date shows as a date (``2025-05-12``; a day
  and month without a year as ``14 May`` / ``14/5``).
- **Width.** The table fits ``width`` terminal columns (characters measured as ``rich`` does): cells wrap between
  words (an IRI also after a ``/`` or ``--``); a word longer than its column is shortened with an ellipsis, never
  split. Headings and the row count are in the chosen language; the parameters the user gave are said once above
  the table.
"""
from __future__ import annotations

import csv
import io
import json
import re
import textwrap
import unicodedata
from functools import lru_cache
from typing import Callable, Iterable

import pyoxigraph as ox

from .. import labels as place_labels
from ..text import fold_words
from .answers import answer, select
from .questions import QueryError, StoredQuery
from .results import Solutions, list_columns, tsv_term
from .store import Dataset

_XSD = "http://www.w3.org/2001/XMLSchema#"
_NUMBERS = {_XSD + t for t in ("integer", "decimal", "double", "float", "int", "long", "nonNegativeInteger")}
SOURCES_SHOWN = 2           # a long list of sources: its first items and the count
SOURCES_WHOLE = 3           # ... when it holds more than this many
LONG_WORD = 12              # a table too wide first narrows the columns with words longer than this (column_widths)
LONG_FLOOR = 8              # ... down to this width

# Headings of the stored questions' columns (any other column is headed by its variable's name)
HEADINGS = {
    "vi": {
        "lao": "mã", "province": "tỉnh", "partners": "số đối tác", "vietnamese_partners": "đối tác Việt Nam",
        "sources": "nguồn", "place": "địa phương", "partner": "mã đối tác", "name": "tên", "status": "quan hệ",
        "statuses": "quan hệ", "vietnam_today": "mã", "vietnam_name": "địa phương Việt Nam (nay)",
        "partner_name": "đối tác", "named_in_articles": "tên trong bài", "unit": "đơn vị", "post": "chức vụ",
        "person": "người", "names": "tên trong bài", "first_attested": "ghi nhận đầu",
        "last_attested": "ghi nhận cuối", "date": "ngày", "agreement": "văn kiện", "parties": "các bên",
        "bodies": "cơ quan", "body_a": "cơ quan bên A", "body_b": "cơ quan bên B", "first": "từ năm", "last": "đến năm", "kind": "loại", "article": "bài báo",
        "a": "bên A", "b": "bên B", "period_start": "từ năm", "period_end": "đến năm", "signed": "ngày ký",
        "signatories": "người ký", "by": "bên cho", "to": "bên nhận", "value": "số tiền", "about": "mục đích",
        "giver": "bên cho", "receiver": "bên nhận", "currency": "tiền tệ", "total": "tổng", "commitments": "số khoản",
        "for": "mục đích", "entity": "đối tượng", "property": "thuộc tính", "fact": "dữ kiện", "type": "loại",
        "sentence": "câu", "role": "chức danh", "holder": "người giữ", "basis": "căn cứ", "of": "của",
        "rule": "quy tắc", "confidence": "độ tin cậy", "min_confidence": "độ tin cậy tối thiểu",
    },
    "en": {
        "lao": "code", "vietnamese_partners": "Vietnamese partners", "partner": "partner code",
        "vietnam_today": "code", "vietnam_name": "Vietnamese unit (today)", "partner_name": "partner",
        "named_in_articles": "named in the articles", "names": "names in the articles", "first": "from",
        "last": "to", "a": "party A", "b": "party B", "body_a": "body A", "body_b": "body B", "period_start": "from", "period_end": "to",
        "value": "amount", "min_confidence": "at least",
    },
}
# the words of the table, and the codes a question computes (no concept names them)
WORDS = {
    "vi": {"rows": "({n} dòng)", "row": "({n} dòng)", "more": "tổng {n}: {first}, …", "months": None,
           "attested-on-the-date": "ghi nhận đúng ngày đó",
           "attested-before-and-after": "ghi nhận trước và sau ngày đó",
           "last-attested-before": "ghi nhận lần cuối trước ngày đó"},
    "en": {"rows": "({n} rows)", "row": "({n} row)", "more": "{n} in all: {first}, …",
           "months": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
           "attested-on-the-date": "attested on the date",
           "attested-before-and-after": "attested before and after",
           "last-attested-before": "last attested before"},
}
_COMPUTED = {"basis"}       # columns of codes a question computes, named in WORDS


def shorten(iri: str) -> str:
    """An IRI with the project's prefixes."""
    from ..rdfmap import PREFIXES       # (rdflib's import: only for an answer with an IRI that has no name)

    best = None
    for p, ns in PREFIXES.items():
        s = str(ns)
        if iri.startswith(s) and (best is None or len(s) > len(str(PREFIXES[best]))):
            best = p
    if best is None:
        return iri
    return f"{best}:{iri[len(str(PREFIXES[best])):]}"


def term_text(t) -> str:
    """A term as plain text: an IRI, a literal's lexical form, '' for unbound."""
    if t is None:
        return ""
    if isinstance(t, (ox.NamedNode, ox.Literal)):
        return t.value
    return str(t)


# ------------------------------------------------------------------ the formats for programs

def format_solutions(variables: list[str], rows: list[list], fmt: str, *,
                     question: StoredQuery | None = None, lang: str = "vi", ask: Callable | None = None,
                     width: int = 100, wide: bool = False, bound: Iterable[str] = ()) -> str:
    """Rows of RDF terms as a table, or csv, tsv, json, xml (the SPARQL 1.1 result formats: codes and full IRIs).

    The table (see the module's note) names IRIs and the codes of the ``question``'s code columns in ``lang``,
    looked up with ``ask`` (a function running a SELECT over the data: ``labels.asker``; without it, IRIs are
    shortened and codes shown as they are); it fits ``width`` columns, and shows long lists of sources whole with ``wide``. The columns
    of the parameters in ``bound`` (those the user gave), when they hold one value throughout, are said once above
    the table."""
    if fmt == "json":
        return sparql_json(variables, rows)
    if fmt == "xml":
        return sparql_xml(variables, rows)
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
    heads, cells, numeric, names = table_cells(variables, rows, question=question, lang=lang, ask=ask,
                                               wide=wide)
    caption, heads, cells, numeric = asked_above(heads, cells, numeric, names, set(bound))
    words = WORDS.get(lang, WORDS["en"])
    count = words["row" if len(rows) == 1 else "rows"].format(n=len(rows))
    above = textwrap.fill(caption, width=max(20, width), break_long_words=False, break_on_hyphens=False)
    return (above + "\n" if above else "") + render_table(heads, cells, numeric, width) + count + "\n"


def _json_term(t) -> dict:
    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.Literal):
        d = {"type": "literal", "value": t.value}
        if t.language:
            d["xml:lang"] = t.language
        elif t.datatype and t.datatype.value != _XSD + "string":
            d["datatype"] = t.datatype.value
        return d
    return {"type": "bnode", "value": str(t)[2:] if str(t).startswith("_:") else str(t)}


def sparql_json(variables: list[str], rows: list[list]) -> str:
    """SPARQL 1.1 Query Results JSON."""
    bindings = [{v: _json_term(t) for v, t in zip(variables, r) if t is not None} for r in rows]
    return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}}, ensure_ascii=False, indent=2)


_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_text(text: str) -> str:
    if _XML_BAD.search(text):
        raise QueryError("a value holds a control character that XML 1.0 cannot carry; use --format json or tsv")
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
            .replace("\r", "&#13;"))


def sparql_xml(variables: list[str], rows: list[list]) -> str:
    """SPARQL Query Results XML Format (second edition): the same terms as the JSON results."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<sparql xmlns="http://www.w3.org/2005/sparql-results#">',
           "  <head>"]
    out += [f'    <variable name="{_xml_text(v)}"/>' for v in variables]
    out += ["  </head>", "  <results>"]
    for r in rows:
        out.append("    <result>")
        for v, t in zip(variables, r):
            if t is None:
                continue
            if isinstance(t, ox.NamedNode):
                inner = f"<uri>{_xml_text(t.value)}</uri>"
            elif isinstance(t, ox.Literal):
                attr = ""
                if t.language:
                    attr = f' xml:lang="{_xml_text(t.language)}"'
                elif t.datatype and t.datatype.value != _XSD + "string":
                    attr = f' datatype="{_xml_text(t.datatype.value)}"'
                inner = f"<literal{attr}>{_xml_text(t.value)}</literal>"
            else:
                inner = f"<bnode>{_xml_text(_json_term(t)['value'])}</bnode>"
            out.append(f'      <binding name="{_xml_text(v)}">{inner}</binding>')
        out.append("    </result>")
    out += ["  </results>", "</sparql>"]
    return "\n".join(out) + "\n"


def boolean_result(value: bool, fmt: str) -> str:
    """An ASK query's answer in the chosen format."""
    if fmt == "json":
        return json.dumps({"head": {}, "boolean": value})
    if fmt == "xml":
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n'
                f"  <head/>\n  <boolean>{str(value).lower()}</boolean>\n</sparql>\n")
    return f"{str(value).lower()}\n"


# ------------------------------------------------------------------ the table

def table_cells(variables: list[str], rows: list[list], *, question: StoredQuery | None = None, lang: str = "vi",
                ask: Callable | None = None,
                wide: bool = False) -> tuple[list[str], list[list[str]], list[bool], list[str]]:
    """The table's headings, its cells as text, which columns are numbers and the variables they show (see the
    module's note). The unit columns of sums go into the sums' cells."""
    codes = dict(question.codes) if question else {}
    money = {c: u for c, u in (question.money if question else {}).items() if c in variables and u in variables}
    lists = list_columns(question.text) if question else {}
    col = {v: i for i, v in enumerate(variables)}

    def items(v: str, t) -> list[str]:
        text = term_text(t)
        if v in lists:
            return text.split(lists[v]) if text else []
        return [text] if text else []

    # every name the table needs, in two look-ups at most (the things the codes name, then their names)
    wanted = {(codes[v], x) for r in rows for v, t in zip(variables, r) if v in codes and isinstance(t, ox.Literal)
              for x in items(v, t)}
    iris = {t.value for r in rows for t in r if isinstance(t, ox.NamedNode)}
    code_iri: dict = {}
    if ask is not None:
        code_iri = place_labels.code_iris(ask, wanted) if wanted else {}
        names = place_labels.names(ask, iris | set(code_iri.values()), lang) if iris or code_iri else {}
    else:
        names = {}
    words = WORDS.get(lang, WORDS["en"])

    def shown(v: str, t, row: list) -> str:
        if t is None:
            return ""
        if isinstance(t, ox.NamedNode):
            return names.get(t.value) or shorten(t.value)
        if not isinstance(t, ox.Literal):
            return str(t)
        if v in money:
            return amount(t.value, term_text(row[col[money[v]]]), lang)
        if v in codes or v in lists:
            parts = [_named(x, codes.get(v), code_iri, names) for x in items(v, t)]
            parts.sort(key=lambda x: (fold_words(x), x))
            if v == "sources" and not wide and len(parts) > SOURCES_WHOLE:
                return words["more"].format(first=", ".join(parts[:SOURCES_SHOWN]), n=len(parts))
            return _joiner(lists.get(v) or ", ").join(parts)
        if v in _COMPUTED and t.value in words:
            return words[t.value]
        return date_text(t, lang)

    units = set(money.values())
    keep = [i for i, v in enumerate(variables) if v not in units]
    cells = []
    for r in rows:
        cells.append([_one_line(shown(variables[i], r[i], r)) for i in keep])
    heads = [HEADINGS.get(lang, {}).get(variables[i]) or variables[i].replace("_", " ") for i in keep]
    numeric = [bool(rows) and all(_is_number(r[i]) or r[i] is None for r in rows) or variables[i] in money
               for i in keep]
    return heads, cells, numeric, [variables[i] for i in keep]


def asked_above(heads: list[str], cells: list[list[str]], numeric: list[bool], names: list[str],
                bound: set[str]) -> tuple[str, list[str], list[list[str]], list[bool]]:
    """The columns of the parameters the user gave, when they hold one value throughout, taken out of the table and
    said once above it ('place: Houaphanh · date: 2025-08-01'): the question, not the answer, and room for it."""
    out = [i for i, v in enumerate(names) if v in bound and cells and len({row[i] for row in cells}) == 1]
    if not out:
        return "", heads, cells, numeric
    caption = " · ".join(f"{heads[i]}: {cells[0][i]}" for i in out)
    keep = [i for i in range(len(names)) if i not in out]
    return (caption, [heads[i] for i in keep], [[row[i] for i in keep] for row in cells],
            [numeric[i] for i in keep])


def _joiner(separator: str) -> str:
    """How a table joins a list's items: with the list's separator, followed by a space where it has none (so that
    the cell wraps between items: 'a | b' for '|')."""
    if separator != separator.rstrip():
        return separator
    return separator + " " if separator in (",", ";") else f" {separator.strip()} "


def _named(code: str, scheme: str | None, code_iri: dict, names: dict) -> str:
    iri = code_iri.get((scheme, code)) if scheme else None
    return names.get(iri, code) if iri else code


def _is_number(t) -> bool:
    return isinstance(t, ox.Literal) and t.datatype is not None and t.datatype.value in _NUMBERS


def _one_line(text: str) -> str:
    """NFC text on one line (a sentence with line breaks, a hostile name)."""
    return unicodedata.normalize("NFC", " ".join(text.split()))


def amount(value: str, unit: str, lang: str) -> str:
    """A sum with thousands separators and its unit: '8,200,000,000 VND' (en), '8.200.000.000 VND' (vi)."""
    m = re.fullmatch(r"([+-]?)([0-9]+)(?:\.([0-9]+))?", value.strip())
    if not m:
        return f"{value} {unit}".strip()
    group, point = (".", ",") if lang == "vi" else (",", ".")
    whole = f"{int(m.group(2)):,}".replace(",", group)
    frac = (m.group(3) or "").rstrip("0")
    return f"{m.group(1)}{whole}{point + frac if frac else ''} {unit}".strip()


def date_text(t: ox.Literal, lang: str) -> str:
    """A literal as the table shows it: a date as a date (a dateTime at midnight as its day; a day and month
    without a year as '14 May' / '14/5'); anything else as its lexical form."""
    kind = t.datatype.value if t.datatype is not None else ""
    v = t.value
    if kind == _XSD + "dateTime" and re.fullmatch(r"\d{4}-\d\d-\d\dT00:00:00(?:\.0+)?(?:Z|[+-]00:00)?", v):
        return v[:10]
    if kind == _XSD + "gMonthDay" and re.fullmatch(r"--\d\d-\d\d", v):
        month, day = int(v[2:4]), int(v[5:7])
        months = WORDS.get(lang, WORDS["en"])["months"]
        return f"{day} {months[month - 1]}" if months and 1 <= month <= 12 else f"{day}/{month}"
    return v


# letters and signs one column wide each: Latin (Vietnamese precomposed included), Greek, Cyrillic, punctuation
_ONE_COLUMN = re.compile("[\x20-\x7e\xa0-\u02ff\u0370-\u04ff\u1e00-\u1eff\u2010-\u2027\u2030-\u205e]*")


@lru_cache(maxsize=1 << 16)
def cell_len(text: str) -> int:
    """Terminal columns a text takes (rich's measure: wide East Asian characters 2, combining marks 0; the common
    case, one column a character, seen at once)."""
    if text.isascii() or _ONE_COLUMN.fullmatch(text):
        return len(text)
    from rich.cells import cell_len as measure

    return measure(text)


def render_table(heads: list[str], cells: list[list[str]], numeric: list[bool], width: int) -> str:
    """Aligned columns that fit ``width``, with the widths of ``column_widths``: the headings (bottom-aligned), a
    rule, the rows; columns two apart, numbers to the right. Cells wrap between words (an IRI also after a '/' or
    '--'), and a word longer than its column is shortened with '…'. No line ends in spaces.

    (Widths are terminal cells as rich measures them. rich's own Table took 29 s for the 30,000 rows of `officials`
    at 1M triples, one cell at a time.)"""
    width = max(20, width)
    widths = column_widths(heads, cells, width)
    n = len(heads)
    head = [_lines(h, w, cell_len) for h, w in zip(heads, widths)]
    tall = max((len(x) for x in head), default=1)
    head = [[""] * (tall - len(x)) + x for x in head]                     # headings sit on the rule
    out = _joined(head, widths, numeric, cell_len)
    out.append("─" * (sum(widths) + 2 * (n - 1)))
    for row in cells:
        out += _joined([_lines(_broken(c, w), w, cell_len) for c, w in zip(row, widths)], widths, numeric, cell_len)
    return "".join(line.rstrip() + "\n" for line in out)


def _lines(text: str, width: int, cell_len) -> list[str]:
    """A cell wrapped to ``width``: between words (and at the line breaks ``_broken`` put in), greedily; a word
    longer than the width shortened with '…'."""
    out: list[str] = []
    for part in text.split("\n"):
        if cell_len(part) <= width:
            out.append(part)
            continue
        line = ""
        for w in part.split(" "):
            if cell_len(w) > width:
                w = _shortened(w, width, cell_len)
            if line and cell_len(line) + 1 + cell_len(w) > width:
                out.append(line)
                line = w
            else:
                line = f"{line} {w}" if line else w
        out.append(line)
    return out or [""]


def _shortened(word: str, width: int, cell_len) -> str:
    """A word cut to ``width`` cells, its end replaced by '…'."""
    keep = ""
    for c in word:
        if cell_len(keep + c) > width - 1:
            break
        keep += c
    return keep + "…"


def _joined(columns: list[list[str]], widths: list[int], numeric: list[bool], cell_len) -> list[str]:
    """The lines of one row: its cells' lines side by side, each padded to its column's width."""
    tall = max(len(x) for x in columns)
    lines = []
    for k in range(tall):
        parts = []
        for x, w, num in zip(columns, widths, numeric):
            text = x[k] if k < len(x) else ""
            pad = " " * max(0, w - cell_len(text))
            parts.append(pad + text if num else text + pad)
        lines.append("  ".join(parts))
    return lines


_BREAK = re.compile(r"(?<=/)(?=[^/])|(?<=[^-]--)(?=[^-])")    # an IRI may break after a '/' or a '--' (A--B)


def pieces(text: str) -> list[str]:
    """The pieces a cell may be broken into: its words, and a word with '/' in it (an IRI, a path) after each
    '/' and each '--' (between the codes of 'agreement:LA-HO--VN-21/2026-2030')."""
    return [p for w in text.split() for p in _BREAK.split(w)]


def _broken(text: str, width: int) -> str:
    """A cell with each word longer than ``width`` broken at its breaks (``pieces``), as few times as it takes
    (the lines of the cell are then made between words and at these breaks)."""
    if cell_len(text) <= width:
        return text
    out = []
    for w in text.split(" "):
        if cell_len(w) <= width or not _BREAK.search(w):
            out.append(w)
            continue
        lines, line = [], ""
        for p in _BREAK.split(w):
            if line and cell_len(line + p) > width:
                lines.append(line)
                line = ""
            line += p
        out.append("\n".join(lines + [line]))
    return " ".join(out)


@lru_cache(maxsize=1 << 16)
def _longest_piece(text: str) -> int:
    return max([cell_len(w) for w in pieces(text)] or [0])


def _two_lines(heading: str) -> int:
    """The narrowest a column may be for its heading to take two lines at most."""
    for w in range(max([cell_len(p) for p in pieces(heading)] or [1]), cell_len(heading) + 1):
        if len(textwrap.wrap(heading, w, break_long_words=False)) <= 2:
            return w
    return max(1, cell_len(heading))


def column_widths(heads: list[str], cells: list[list[str]], width: int) -> list[int]:
    """The width of each column, so that the table fits ``width`` with every cell wrapped between words.

    Each column gets at least its longest word (an IRI's longest piece) and room for its heading on two lines.
    When these do not fit side by side, the columns with words longer than LONG_WORD (file names, IRIs: still told
    apart by their first characters) are narrowed first, to one common width no less than LONG_FLOOR, then every
    column, to one common width; the words that no longer fit are shortened. What is left goes first to the columns
    that need least to show every cell on one line (a heading may still wrap), then in equal shares to the others:
    a column is never wider than its longest cell."""
    n = len(heads)
    budget = max(n, width - 2 * (n - 1))     # two columns between neighbours (padding and the blank rule)
    word = [_two_lines(h) for h in heads]
    cell = [1] * n
    for row in cells:
        for i, c in enumerate(row):
            size = cell_len(c)
            if size > cell[i]:
                cell[i] = size
            if size > word[i]:
                word[i] = max(word[i], _longest_piece(c))
    whole = [max(c, cell_len(h)) for c, h in zip(cell, heads)]
    if sum(whole) <= budget:
        return whole
    whole = [max(c, w) for c, w in zip(cell, word)]       # headings wrap first: there is one of them, many rows
    # the columns of long words first, down to LONG_FLOOR; then every column, to one common width
    cap = max(word)
    while cap > LONG_FLOOR and sum(min(x, cap) if x > LONG_WORD else x for x in word) > budget:
        cap -= 1
    word = [min(x, cap) if x > LONG_WORD else x for x in word]
    cap = max(word)
    while cap > 1 and sum(min(x, cap) for x in word) > budget:
        cap -= 1
    out = [min(x, cap) for x in word]
    # the columns that need least to show every cell on one line get it first; the rest share what is left
    spare = budget - sum(out)
    for i in sorted(range(n), key=lambda i: (whole[i] - out[i], i)):
        if 0 < whole[i] - out[i] <= spare:
            spare -= whole[i] - out[i]
            out[i] = whole[i]
    short = [i for i in range(n) if out[i] < whole[i]]
    level = min((out[i] for i in short), default=0)
    while short and sum(min(whole[i], max(out[i], level + 1)) - out[i] for i in short) <= spare:
        level += 1
    for i in short:
        grown = min(whole[i], max(out[i], level))
        spare -= grown - out[i]
        out[i] = grown
    for i in sorted(short, key=lambda i: (out[i], i)):       # what is left: one column more each, narrowest first
        if spare > 0 and out[i] < whole[i]:
            out[i] += 1
            spare -= 1
    return out


# ------------------------------------------------------------------ a stored question, answered and shown

def run_stored(ds: Dataset, q: StoredQuery, params: dict[str, str], fmt: str = "table", lang: str = "vi",
               fresh: bool = False, width: int = 100, wide: bool = False) -> str:
    """Run a stored query on the embedded store and format the answer (the table in ``lang``, vi or en, fitting
    ``width`` columns, long lists of sources whole with ``wide``; ``fresh``: not the answer an on-disk store
    kept)."""
    try:
        result = answer(ds, q, params, fresh=fresh)
    except SyntaxError as e:
        raise QueryError(f"{q.path}: SPARQL syntax error: {str(e).splitlines()[0]}") from None
    except (RuntimeError, ValueError, OSError) as e:
        raise QueryError(f"{q.path}: the query failed: {str(e).splitlines()[0] if str(e) else type(e).__name__}") from None
    if isinstance(result, bool):
        return boolean_result(result, fmt)
    if isinstance(result, Solutions):
        variables = [v.value for v in result.variables]
        rows = [[sol[v] for v in variables] for sol in result]
        if fmt in ("turtle", "jsonld"):
            raise QueryError(f"--format {fmt} is for CONSTRUCT/DESCRIBE queries; use table, csv, tsv, json or xml")
        # (names are looked up only for a table, and kept like answers: a warm table opens no store)
        return format_solutions(variables, rows, fmt, question=q, lang=lang, ask=lambda text: select(ds, text),
                                width=width, wide=wide, bound=params)
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
