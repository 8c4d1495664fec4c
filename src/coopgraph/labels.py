"""Names of things for people to read, in Vietnamese or English, from the labels in the graph.

An IRI's name is its ``rdfs:label``, ``skos:prefLabel`` or ``schema:name`` in the chosen language, else in the other
one, else an untagged one (ties: the first in sorted order, so the same name every run). A Vietnamese place keeps its
Vietnamese name, diacritics included, in English too ('Thanh Hóa', not 'Thanh Hoa'): English-language writing about
Viet Nam keeps them, and a reader can match them to the sources. Countries keep their English names ('Viet Nam').
"""
from __future__ import annotations

from typing import Iterable

import pyoxigraph as ox

LANGS = ("vi", "en")
VIET_NAM = "https://w3id.org/coopgraph/place/VN"
_PREFIXES = ("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
             "PREFIX schema: <https://schema.org/> PREFIX cg: <https://w3id.org/coopgraph/ontology#> ")


def _values(iris: Iterable[str]) -> str:
    ok = []
    for i in sorted(set(iris)):
        try:
            ok.append(str(ox.NamedNode(i)))        # checked and written as N-Triples: nothing else reaches the query
        except ValueError:
            continue
    return " ".join(ok)


def vietnamese_places(store, iris: Iterable[str]) -> set[str]:
    """Those of ``iris`` that are places in Viet Nam (subnational units and their districts)."""
    values = _values(iris)
    if not values:
        return set()
    q = (_PREFIXES + f"SELECT DISTINCT ?s WHERE {{ VALUES ?s {{ {values} }} "
         f"{{ ?s cg:inCountry <{VIET_NAM}> }} UNION {{ ?s cg:withinUnit/cg:inCountry <{VIET_NAM}> }} }}")
    return {sol["s"].value for sol in store.query(q, use_default_graph_as_union=True)}


def names(store, iris: Iterable[str], lang: str = "vi") -> dict[str, str]:
    """The name of each IRI in ``lang`` (see the module's note); IRIs without any label are left out."""
    iris = set(iris)
    values = _values(iris)
    if not values:
        return {}
    keep_vi = vietnamese_places(store, iris) if lang != "vi" else set()
    q = _PREFIXES + f"SELECT ?s ?l WHERE {{ VALUES ?s {{ {values} }} ?s rdfs:label|skos:prefLabel|schema:name ?l }}"
    best: dict[str, tuple] = {}
    for sol in store.query(q, use_default_graph_as_union=True):
        s, lit = sol["s"].value, sol["l"]
        want = "vi" if s in keep_vi else lang
        tag = (lit.language or "").lower()
        rank = 0 if tag == want else 1 if tag in LANGS else 2 if not tag else 3
        key = (rank, lit.value)
        if s not in best or key < best[s]:
            best[s] = key
    return {s: v for s, (_, v) in best.items()}
