"""The stored questions asked of a SPARQL server (``coopgraph query NAME --endpoint URL``), answered as on the
embedded store:

- the same text: each parameter's RDF term written in its ``VALUES ?name { UNDEF }`` line (``query.questions.bind``);
- the same cells: the items of list columns sorted, numbers in canonical form (``query.results.same_cell``);
- the same table: IRIs and codes named by the labels the server holds, looked up with the same plain SPARQL as
  locally (``labels``, asked through ``Server.select``).

The stored questions read named graphs only (claims in ``GRAPH ?g``, places and codes in their own graphs), so any
SPARQL 1.1 server holding what ``coopgraph export`` sent answers them, whatever its default graph is. A question
about one article is sent that article's graph and the shared ones as ``named-graph-uri`` (as the embedded store
reads it: ``query.answers``): the rows are the same, the server reads one graph instead of every graph."""
from __future__ import annotations

import pyoxigraph as ox

from .query.formatting import boolean_result, format_solutions, jsonld
from .query.questions import QueryError, StoredQuery, article_names, bind, bind_params
from .query.results import Solutions, list_columns, same_cell
from .query.store import article_graphs_query, shared_graphs
from .sparql_client import Answer, RemoteError, Server, check_url


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


def run_stored_remote(server: Server, q: StoredQuery, params: dict[str, str], fmt: str = "table",
                      lang: str = "vi", *, width: int = 100, wide: bool = False) -> str:
    """A stored query on a SPARQL server, formatted as locally (``query.formatting.format_solutions``; a table's
    names looked up on the server with the same queries as on the embedded store)."""
    result = remote_answer(server, q, params)
    if isinstance(result, tuple) and result[0] is None:
        return boolean_result(result[1], fmt)
    if isinstance(result, tuple):
        variables, rows = result
        if fmt in ("turtle", "jsonld"):
            raise QueryError(f"--format {fmt} is for CONSTRUCT/DESCRIBE queries; use table, csv, tsv, json or xml")

        def ask(text: str) -> Solutions:
            try:
                names, found = server.select(text)
            except RemoteError as e:
                raise QueryError(f"query failed (labels): {e}") from None
            return Solutions(names, (dict(zip(names, r)) for r in found))

        return format_solutions(variables, rows, fmt, question=q, lang=lang, ask=ask, width=width, wide=wide,
                                bound=params)
    if fmt not in ("turtle", "table", "jsonld"):
        raise QueryError(f"--format {fmt} is for SELECT queries; use turtle or jsonld")
    if fmt == "jsonld":
        return jsonld(result)
    return ox.serialize(result, format=ox.RdfFormat.TURTLE).decode("utf-8") if result else ""
