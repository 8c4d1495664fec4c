"""The stored questions asked of a SPARQL server (``coopgraph query NAME --endpoint URL``), answered as on the
embedded store:

- the same text: each parameter's RDF term written in its ``VALUES ?name { UNDEF }`` line (``query.questions.bind``);
- the same cells: the items of list columns sorted, numbers in canonical form (``query.results.same_cell``);
- the same table: IRIs shown by the labels the server holds, chosen as locally (``query.formatting.best_labels``).

The stored questions read named graphs only (claims in ``GRAPH ?g``, places and codes in their own graphs), so any
SPARQL 1.1 server holding what ``coopgraph export`` sent answers them, whatever its default graph is. A question
about one article is sent that article's graph and the shared ones as ``named-graph-uri`` (as the embedded store
reads it: ``query.answers``): the rows are the same, the server reads one graph instead of every graph."""
from __future__ import annotations

import json
from typing import Iterable

import pyoxigraph as ox

from .query.formatting import best_labels, format_solutions, jsonld, label_query
from .query.questions import QueryError, StoredQuery, article_names, bind, bind_params
from .query.results import list_columns, same_cell
from .query.store import article_graphs_query, shared_graphs
from .sparql_client import Answer, RemoteError, Server, check_url

LABELS_PER_QUERY = 500


def remote_answer(server: Server, q: StoredQuery, params: dict[str, str]) -> Answer:
    """A stored query's answer from the server (``Server.query``), its parameters bound as RDF terms and its cells
    as every store gives them; QueryError (one line) if the server cannot be asked."""
    bindings = bind_params(q, params)
    text = bind(q, bindings)
    only = article_names(q, bindings) if q.in_catalogue else None
    try:
        check_url(server.query_endpoint or "", "--endpoint")
        graphs = article_graphs_on(server, only) if only else None
        result = server.query(text, named_graphs=graphs)
    except RemoteError as e:
        raise QueryError(f"query failed: {e}") from None
    if isinstance(result, tuple) and result[0] is not None:
        variables, rows = result
        lists = list_columns(q.text)
        return variables, [[same_cell(t, lists.get(v)) for v, t in zip(variables, r)] for r in rows]
    return result


def article_graphs_on(server: Server, file_names: list[str]) -> list[str]:
    """The server's graphs of the articles with these file names (``query.store.article_graphs_query``), and the
    graphs every stored question may read besides (reference, ontology)."""
    _, rows = server.select(article_graphs_query(file_names))
    return sorted(r[0].value for r in rows if isinstance(r[0], ox.NamedNode)) + shared_graphs()


def remote_labels(server: Server, iris: Iterable[str], lang: str = "vi") -> dict[str, str]:
    """Labels of IRIs from the server, chosen as locally (``query.formatting.best_labels``)."""
    iris = sorted(set(iris))
    pairs: list[tuple] = []
    for k in range(0, len(iris), LABELS_PER_QUERY):
        text = label_query(iris[k:k + LABELS_PER_QUERY], named_graphs=True)   # whatever its default graph
        if text is None:
            continue
        try:
            _, rows = server.select(text)
        except RemoteError as e:
            raise QueryError(f"query failed (labels): {e}") from None
        pairs.extend((r[0], r[1]) for r in rows)
    return best_labels(pairs, lang)


def run_stored_remote(server: Server, q: StoredQuery, params: dict[str, str], fmt: str = "table",
                      lang: str = "vi") -> str:
    """A stored query on a SPARQL server, formatted as locally (``query.formatting.format_solutions``)."""
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
    if fmt == "jsonld":
        return jsonld(result)
    return ox.serialize(result, format=ox.RdfFormat.TURTLE).decode("utf-8") if result else ""
