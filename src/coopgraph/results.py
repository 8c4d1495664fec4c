"""SELECT solutions held in Python: the rows a store's answer is turned into when it is sorted here, read from rdflib,
or read back from a kept answer; they read like pyoxigraph's ``QuerySolutions``."""
from __future__ import annotations

from typing import Iterable, Iterator

import pyoxigraph as ox


class Row(dict):
    """One solution: its terms by variable name; ``row[name]`` or ``row[Variable]``, None when unbound."""

    def __getitem__(self, k):
        return dict.get(self, k.value if isinstance(k, ox.Variable) else k)


class Solutions:
    """SELECT results as pyoxigraph terms: ``.variables`` and rows indexable by name or Variable (iterable again)."""

    def __init__(self, variables: list[str], rows: Iterable):
        self.variables = [ox.Variable(v) for v in variables]
        self._rows = list(rows)

    def __iter__(self) -> Iterator:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)


def tsv_term(t) -> str:
    """A term as a cell of SPARQL 1.1 TSV results: Turtle syntax, on one line; '' for unbound."""
    if t is None:
        return ""
    return str(t).replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
