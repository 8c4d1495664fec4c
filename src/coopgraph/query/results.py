"""Answers held in Python: SELECT solutions read like pyoxigraph's ``QuerySolutions``, the two rules that make every
answer the same bytes on every store (``same_everywhere``), and a term as a cell of SPARQL TSV results.

SPARQL leaves two things to the engine, and the stored questions' answers go through these rules wherever they were
computed (the embedded store, rdflib, a server):

- **Lists.** The order of the items inside a ``GROUP_CONCAT`` (Oxigraph, rdflib, Jena and Virtuoso each join them in
  their own order). A column bound by ``GROUP_CONCAT(...; separator=S) AS ?column`` anywhere in a query holds a list;
  its items (the cell split on ``S``) are sorted by code point and joined again with ``S``. The result depends only
  on the items, not on the order an engine gave them in (an item that itself contains ``S`` splits the same way in
  every order). Every stored query orders its rows by columns that are not lists (or by a group key that determines
  them), so sorting the items never changes the order of the rows. A list of no items (its values all unbound) is
  the empty string, as SPARQL defines it (Oxigraph leaves it unbound; Virtuoso 7.2 cannot compile the ``COALESCE``
  that would say so in the query).
- **Numbers.** The lexical form of a computed ``xsd:decimal`` or ``xsd:integer`` (a ``SUM`` is "8200000000" on
  Oxigraph, "8200000000.0" on rdflib): written in the canonical form of XSD 1.1, as Oxigraph writes it.
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Iterable, Iterator

import pyoxigraph as ox

_XSD = "http://www.w3.org/2001/XMLSchema#"
_DECIMAL, _INTEGER = _XSD + "decimal", _XSD + "integer"

# GROUP_CONCAT(<expression>; separator="S") AS ?column (the separator as a short string literal)
_LIST_COLUMN = re.compile(
    r"""GROUP_CONCAT\s*\([^;()]*(?:\([^()]*\)[^;()]*)*;\s*SEPARATOR\s*=\s*("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')\s*\)"""
    r"""(?:\s*,\s*"[^"]*"\s*\))?\s*AS\s+[?$](\w+)""", re.IGNORECASE)   # also inside COALESCE(..., "")


class Row(dict):
    """One solution: its terms by variable name; ``row[name]`` or ``row[Variable]``, None when unbound."""

    def __getitem__(self, k):
        return dict.get(self, k.value if isinstance(k, ox.Variable) else k)


class Solutions:
    """SELECT results as pyoxigraph terms: ``.variables`` and rows indexable by name or Variable (iterable again)."""

    def __init__(self, variables: list[str], rows: Iterable):
        self.variables = [ox.Variable(v) for v in variables]
        self.rows = [r if isinstance(r, Row) else Row(r) for r in rows]

    def __iter__(self) -> Iterator[Row]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    @classmethod
    def read(cls, result) -> "Solutions":
        """Hold a store's SELECT result (read once) in Python."""
        if isinstance(result, Solutions):
            return result
        names = [v.value for v in result.variables]
        return cls(names, (Row(zip(names, sol)) for sol in result))


def list_columns(query_text: str) -> dict[str, str]:
    """The columns of a query that hold lists, with their separators (see the module's rule)."""
    out = {}
    for m in _LIST_COLUMN.finditer(query_text):
        out[m.group(2)] = re.sub(r"\\(.)", lambda e: {"t": "\t", "n": "\n", "r": "\r"}.get(e.group(1), e.group(1)),
                                 m.group(1)[1:-1])
    return out


def same_everywhere(solutions: Solutions, lists: dict[str, str]) -> Solutions:
    """The solutions with each cell as every store gives it (the rules of this module: list items sorted, numbers
    in canonical form)."""
    names = [v.value for v in solutions.variables]
    return Solutions(names, (Row({n: same_cell(row[n], lists.get(n)) for n in names}) for row in solutions))


def same_cell(term, separator: str | None = None):
    """One cell as every store gives it: a list's items sorted (``separator``: the column's, if it is a list), a
    number in canonical form; any other term as it is."""
    if term is None and separator is not None:
        return ox.Literal("")
    if not isinstance(term, ox.Literal):
        return term
    if separator and separator in term.value:
        text = separator.join(sorted(term.value.split(separator)))
        return ox.Literal(text, language=term.language) if term.language else ox.Literal(text, datatype=term.datatype)
    kind = term.datatype.value
    if kind in (_DECIMAL, _INTEGER):
        try:
            value = Decimal(term.value.strip())
        except ArithmeticError:
            return term                 # ill-formed: as it was written
        if not value.is_finite():
            return term
        if kind == _INTEGER or value == value.to_integral_value():
            text = str(value.to_integral_value().quantize(Decimal(1)))
            return ox.Literal(text, datatype=term.datatype)
        return ox.Literal(format(value.normalize(), "f"), datatype=term.datatype)
    return term


def tsv_term(t) -> str:
    """A term as a cell of SPARQL 1.1 TSV results: Turtle syntax, on one line; '' for unbound."""
    if t is None:
        return ""
    return str(t).replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
