"""Names of things for people to read, in Vietnamese or English, from the labels in the graph.

An IRI's name is its ``rdfs:label``, ``skos:prefLabel`` or ``schema:name`` in the chosen language, else in the other
one, else an untagged one (ties: the first in sorted order, so the same name every run). A Vietnamese place keeps its
Vietnamese name, diacritics included, in English too ('Thanh Hóa', not 'Thanh Hoa'): English-language writing about
Viet Nam keeps them, and a reader can match them to the sources. Countries keep their English names ('Viet Nam').

A code names a thing too: a place's ``cg:code`` ('LA-HO'), a concept's ``skos:notation`` in its scheme
('party-secretary' in ``concept/post``); ``code_iris`` finds the things, ``names`` their names.

Every look-up is a plain SPARQL 1.1 SELECT over the named graphs as coopgraph exports them (``GRAPH ?g``), asked of
a ``source``: the embedded store (pyoxigraph's, or the rdflib adapter), or any function that runs a SELECT and gives
rows indexable by variable name (a server's, for one), so that labels read the same on every store.
"""
from __future__ import annotations

from typing import Callable, Iterable

import pyoxigraph as ox

LANGS = ("vi", "en")
VIET_NAM = "https://w3id.org/coopgraph/place/VN"
PLACE = "place"             # the scheme of a code that is a place's cg:code (any other scheme is a concept scheme IRI)
_BATCH = 500                # IRIs or codes per query (a server's request stays small)
_PREFIXES = ("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
             "PREFIX schema: <https://schema.org/> PREFIX cg: <https://w3id.org/coopgraph/ontology#> ")

Ask = Callable[[str], Iterable]


def asker(source) -> Ask:
    """A function running a SELECT over ``source``: a store (``.query``), or already such a function."""
    if hasattr(source, "query"):
        return lambda text: source.query(text, use_default_graph_as_union=True)
    return source


def _terms(values: Iterable[str], make) -> list[str]:
    out = []
    for v in sorted(set(values)):
        try:
            out.append(str(make(v)))        # checked and written as N-Triples: nothing else reaches the query
        except ValueError:
            continue
    return out


def _batches(items: list[str]) -> Iterable[str]:
    for k in range(0, len(items), _BATCH):
        yield " ".join(items[k:k + _BATCH])


def vietnamese_places(source, iris: Iterable[str]) -> set[str]:
    """Those of ``iris`` that are places in Viet Nam (subnational units and their districts)."""
    ask, out = asker(source), set()
    for values in _batches(_terms(iris, ox.NamedNode)):
        q = (_PREFIXES + f"SELECT DISTINCT ?s WHERE {{ VALUES ?s {{ {values} }} GRAPH ?g {{ "
             f"{{ ?s cg:inCountry <{VIET_NAM}> }} UNION {{ ?s cg:withinUnit/cg:inCountry <{VIET_NAM}> }} }} }}")
        out |= {sol["s"].value for sol in ask(q)}
    return out


def names(source, iris: Iterable[str], lang: str = "vi") -> dict[str, str]:
    """The name of each IRI in ``lang`` (see the module's note); IRIs without any label are left out."""
    ask, iris = asker(source), set(iris)
    keep_vi = vietnamese_places(ask, iris) if lang != "vi" else set()
    best: dict[str, tuple] = {}
    for values in _batches(_terms(iris, ox.NamedNode)):
        q = (_PREFIXES + f"SELECT ?s ?l WHERE {{ VALUES ?s {{ {values} }} "
             "GRAPH ?g { ?s rdfs:label|skos:prefLabel|schema:name ?l } }")
        for sol in ask(q):
            s, lit = sol["s"].value, sol["l"]
            if not isinstance(lit, ox.Literal):
                continue
            want = "vi" if s in keep_vi else lang
            tag = (lit.language or "").lower()
            rank = 0 if tag == want else 1 if tag in LANGS else 2 if not tag else 3
            key = (rank, lit.value)
            if s not in best or key < best[s]:
                best[s] = key
    return {s: v for s, (_, v) in best.items()}


def code_iris(source, codes: Iterable[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """The thing each ``(scheme, code)`` names: ``scheme`` is ``PLACE`` (a place's ``cg:code``) or a concept
    scheme's IRI (a concept's ``skos:notation`` in it). Codes naming nothing are left out; a code naming several
    things (an old unit and the 2025 unit that took its code and name) names the first IRI in sorted order."""
    ask, codes = asker(source), sorted(set(codes))
    places = _terms((c for s, c in codes if s == PLACE), ox.Literal)
    concepts = []
    for s, c in codes:
        if s != PLACE:
            try:
                concepts.append(f"({ox.NamedNode(s)} {ox.Literal(c)})")
            except ValueError:
                continue
    found: dict[tuple[str, str], str] = {}

    def keep(key, iri):
        if key not in found or iri < found[key]:
            found[key] = iri

    for values in _batches(places):
        q = _PREFIXES + f"SELECT ?code ?x WHERE {{ VALUES ?code {{ {values} }} GRAPH ?g {{ ?x cg:code ?code }} }}"
        for sol in ask(q):
            if isinstance(sol["x"], ox.NamedNode):
                keep((PLACE, sol["code"].value), sol["x"].value)
    for values in _batches(concepts):
        q = (_PREFIXES + f"SELECT ?scheme ?code ?x WHERE {{ VALUES (?scheme ?code) {{ {values} }} "
             "GRAPH ?g { ?x skos:notation ?code ; skos:inScheme ?scheme } }")
        for sol in ask(q):
            if isinstance(sol["x"], ox.NamedNode):
                keep((sol["scheme"].value, sol["code"].value), sol["x"].value)
    return found
