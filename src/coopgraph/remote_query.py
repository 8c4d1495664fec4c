"""The stored queries asked of a SPARQL server (``coopgraph query NAME --endpoint URL``): the same plain SPARQL
as locally, its parameters bound as RDF terms, the answer formatted as locally (table labels read from the
server). The server's default graph must be the union of its named graphs (Virtuoso's is; Oxigraph's with
``--union-default-graph``; ``coopgraph serve``'s is)."""
from __future__ import annotations

import json
from typing import Iterable

import pyoxigraph as ox

from .queries import QueryError, StoredQuery, bind_into_text, bind_params, format_solutions
from .sparql_client import Answer, RemoteError, Server, check_url, iri_ref

_LABELS = ("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
           "PREFIX schema: <https://schema.org/> "
           "SELECT ?s ?l WHERE {{ VALUES ?s {{ {values} }} ?s rdfs:label|skos:prefLabel|schema:name ?l }}")


def remote_answer(server: Server, q: StoredQuery, params: dict[str, str]) -> Answer:
    """A stored query's answer from the server (``Server.query``), its parameters bound as RDF terms;
    QueryError (one line) if the server cannot be asked."""
    text = bind_into_text(q.text, bind_params(q, params))
    try:
        check_url(server.query_endpoint or "", "--endpoint")
        return server.query(text)
    except RemoteError as e:
        raise QueryError(f"query failed: {e}") from None


def remote_labels(server: Server, iris: Iterable[str], lang: str = "vi") -> dict[str, str]:
    """Labels of IRIs from the server, chosen as locally (``queries.label_map``): ``lang``, else the other
    language, else untagged."""
    iris = sorted({i for i in iris if ">" not in i})
    other = "en" if lang == "vi" else "vi"
    rank = {lang: 0, other: 1, "": 2}
    best: dict[str, tuple] = {}
    for k in range(0, len(iris), 500):
        try:
            _, rows = server.select(_LABELS.format(values=" ".join(iri_ref(i) for i in iris[k:k + 500])))
        except RemoteError as e:
            raise QueryError(f"query failed (labels): {e}") from None
        for s, lit in rows:
            if not isinstance(s, ox.NamedNode) or not isinstance(lit, ox.Literal):
                continue
            key = (rank.get((lit.language or "").lower(), 3), lit.value)
            if s.value not in best or key < best[s.value]:
                best[s.value] = key
    return {s: v for s, (_, v) in best.items()}


def run_stored_remote(server: Server, q: StoredQuery, params: dict[str, str], fmt: str = "table",
                      lang: str = "vi") -> str:
    """A stored query on a SPARQL server, formatted as locally (``queries.format_solutions``)."""
    result = remote_answer(server, q, params)
    if isinstance(result, tuple) and result[0] is None:
        return json.dumps({"head": {}, "boolean": result[1]}) if fmt == "json" else f"{str(result[1]).lower()}\n"
    if isinstance(result, tuple):
        variables, rows = result
        if fmt in ("turtle", "jsonld"):
            raise QueryError(f"--format {fmt} is for CONSTRUCT/DESCRIBE queries; use table, csv, tsv or json")
        labels = None
        if fmt == "table":
            labels = remote_labels(server, (t.value for r in rows for t in r if isinstance(t, ox.NamedNode)), lang)
        return format_solutions(variables, rows, fmt, labels)
    if fmt not in ("turtle", "table", "jsonld"):
        raise QueryError(f"--format {fmt} is for SELECT queries; use turtle or jsonld")
    if not result:
        return ""
    kind = ox.RdfFormat.JSON_LD if fmt == "jsonld" else ox.RdfFormat.TURTLE
    return ox.serialize(result, format=kind).decode("utf-8")
