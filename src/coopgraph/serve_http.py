"""The HTTP side of ``coopgraph serve``: a SPARQL 1.1 endpoint over a pyoxigraph store, read-only by default.

Why not Oxigraph's own server: ``oxigraph serve-read-only`` refuses writes, but its /query still runs
``SERVICE <address>``, so any client, or any web page open in the user's browser posting a form, makes it fetch
arbitrary addresses; it has no switch to turn that off. Here:

* read-only (the default): the store is opened read-only; /update and Graph Store writes answer 403;
* ``writable``: SPARQL Update on /update and Graph Store writes on /store, but never from a page of another
  origin (a request whose ``Origin`` or ``Sec-Fetch-Site`` says so is refused);
* no outbound request unless ``outbound``: a query or update with SERVICE or LOAD answers 403
  (``sparql_text.outbound_keywords``; FROM and the dataset parameters name graphs of the store, never fetched);
* on a loopback address, a request whose ``Host`` is not a loopback name is refused (DNS rebinding).

Endpoints: /query (GET or POST, SPARQL 1.1 Protocol; the default graph is the union of the named graphs unless
``default-graph-uri``/``named-graph-uri`` say otherwise), /store (Graph Store Protocol), /update (writable only);
/ is a page that links to /map (the partnership map) and /questions (the stored questions)."""
from __future__ import annotations

import html
import http.server
import ipaddress
import urllib.parse
from dataclasses import dataclass, field
from typing import Callable

import pyoxigraph as ox

from .sparql_text import outbound_keywords, query_form

RESULT_TYPES = {"application/sparql-results+json": ox.QueryResultsFormat.JSON,
                "application/json": ox.QueryResultsFormat.JSON,
                "application/sparql-results+xml": ox.QueryResultsFormat.XML,
                "text/csv": ox.QueryResultsFormat.CSV,
                "text/tab-separated-values": ox.QueryResultsFormat.TSV}
GRAPH_TYPES = {"text/turtle": ox.RdfFormat.TURTLE, "application/n-triples": ox.RdfFormat.N_TRIPLES,
               "application/rdf+xml": ox.RdfFormat.RDF_XML, "application/ld+json": ox.RdfFormat.JSON_LD}
DATASET_TYPES = {"application/n-quads": ox.RdfFormat.N_QUADS, "application/trig": ox.RdfFormat.TRIG}
MAX_BODY = 1 << 30            # bytes of a request body


class Refused(Exception):
    """A request answered with an HTTP error: ``status`` and a one-line reason."""

    def __init__(self, status: int, reason: str):
        super().__init__(reason)
        self.status = status


@dataclass
class Endpoint:
    """What the HTTP handler serves: the store and the rules."""

    store: ox.Store | None         # None until the folder is opened (the address is taken first)
    bind: str
    writable: bool = False
    outbound: bool = False
    pages: dict[str, Callable[[], str]] = field(default_factory=dict)     # path → HTML page (made when asked)

    def loopback(self) -> bool:
        return is_loopback(self.bind)


def is_loopback(bind: str) -> bool:
    """Whether HOST:PORT names a loopback address."""
    host = bind.rsplit(":", 1)[0].strip("[]")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def negotiate(accept: str, offers: dict, default: str) -> str:
    """The media type of ``offers`` the ``Accept`` header prefers (``default`` for ``*/*``, none, or no match)."""
    best, best_q = default, -1.0
    for i, part in enumerate(accept.split(",")):
        kind, *params = [p.strip() for p in part.split(";")]
        q = 1.0
        for p in params:
            if p.startswith("q="):
                try:
                    q = float(p[2:])
                except ValueError:
                    q = 0.0
        if kind.lower() in offers and q > best_q and q > 0:
            best, best_q = kind.lower(), q
    return best


def run_query(endpoint: Endpoint, text: str, default_graphs: list[str], named_graphs: list[str],
              accept: str) -> tuple[str, bytes]:
    """(content type, body) of a query's answer; Refused if it may not run or fails."""
    if query_form(text) is None:
        raise Refused(400, "not a SPARQL query (SELECT, ASK, CONSTRUCT or DESCRIBE); updates go to /update")
    _refuse_outbound(endpoint, text)
    kwargs: dict = {"use_default_graph_as_union": True}
    if default_graphs or named_graphs:
        kwargs = {"default_graph": [ox.NamedNode(g) for g in default_graphs],
                  "named_graphs": [ox.NamedNode(g) for g in named_graphs] if named_graphs else None}
    try:
        result = endpoint.store.query(text, **kwargs)
        if isinstance(result, ox.QueryTriples):
            kind = negotiate(accept, GRAPH_TYPES, "text/turtle")
            return kind, result.serialize(format=GRAPH_TYPES[kind])
        kind = negotiate(accept, RESULT_TYPES, "application/sparql-results+json")
        return kind, result.serialize(format=RESULT_TYPES[kind])
    except SyntaxError as e:
        raise Refused(400, f"SPARQL syntax error: {str(e).splitlines()[0]}") from None
    except (ValueError, RuntimeError, OSError) as e:
        raise Refused(500, f"the query failed: {str(e).splitlines()[0] if str(e) else type(e).__name__}") from None


def run_update(endpoint: Endpoint, text: str) -> None:
    """Run a SPARQL Update on a writable endpoint; Refused otherwise."""
    if not endpoint.writable:
        raise Refused(403, "this server is read-only (start it with --writable to accept updates)")
    _refuse_outbound(endpoint, text)
    try:
        endpoint.store.update(text)
    except SyntaxError as e:
        raise Refused(400, f"SPARQL syntax error: {str(e).splitlines()[0]}") from None
    except (ValueError, RuntimeError, OSError) as e:
        raise Refused(500, f"the update failed: {str(e).splitlines()[0] if str(e) else type(e).__name__}") from None


def _refuse_outbound(endpoint: Endpoint, text: str) -> None:
    found = outbound_keywords(text)
    if found and not endpoint.outbound:
        raise Refused(403, f"{' and '.join(found)} would make this server fetch another address: refused "
                           "(start it with --allow-outbound to allow it)")


def graph_store(endpoint: Endpoint, method: str, query: dict[str, list[str]], body: bytes, content_type: str,
                accept: str) -> tuple[int, str, bytes]:
    """A Graph Store Protocol request: (status, content type, body); Refused on error."""
    graph = query.get("graph", [None])[0]
    target: ox.NamedNode | ox.DefaultGraph | None = ox.NamedNode(graph) if graph else (
        ox.DefaultGraph() if "default" in query else None)
    store = endpoint.store
    if method in ("GET", "HEAD"):
        if target is None:
            kind = negotiate(accept, DATASET_TYPES, "application/n-quads")
            return 200, kind, ox.serialize(store, format=DATASET_TYPES[kind]) if method == "GET" else b""
        if isinstance(target, ox.NamedNode) and not store.contains_named_graph(target):
            raise Refused(404, f"no graph <{graph}>")
        kind = negotiate(accept, GRAPH_TYPES, "text/turtle")
        triples = (q.triple for q in store.quads_for_pattern(None, None, None, target))
        return 200, kind, ox.serialize(triples, format=GRAPH_TYPES[kind]) if method == "GET" else b""
    if not endpoint.writable:
        raise Refused(403, "this server is read-only (start it with --writable to accept writes)")
    fmt = GRAPH_TYPES.get(content_type) or DATASET_TYPES.get(content_type)
    try:
        if method == "DELETE":
            if target is None or (isinstance(target, ox.NamedNode) and not store.contains_named_graph(target)):
                raise Refused(404, f"no graph <{graph}>")
            if isinstance(target, ox.DefaultGraph):
                store.clear_graph(target)
            else:
                store.remove_graph(target)
            return 204, "", b""
        if fmt is None:
            raise Refused(415, f"cannot read {content_type or 'a body without a content type'}")
        if target is None:
            if fmt not in DATASET_TYPES.values():
                raise Refused(400, "give ?graph=IRI or ?default to write triples")
            store.load(body, format=fmt)
            return 204, "", b""
        if method == "PUT" and isinstance(target, ox.NamedNode):
            store.update(f"DROP SILENT GRAPH <{target.value}>")
        elif method == "PUT":
            store.clear_graph(target)
        store.load(body, format=fmt, to_graph=target)
        return 204, "", b""
    except SyntaxError as e:
        raise Refused(400, f"cannot parse the body: {str(e).splitlines()[0]}") from None


class Handler(http.server.BaseHTTPRequestHandler):
    """The HTTP side: routes, guards (Host, Origin), the SPARQL protocol's ways of passing a query."""

    server_version = "coopgraph"
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True      # headers and body go in two writes: without it, 40 ms per answer
    endpoint: Endpoint          # set on the subclass made by ``make_server``

    def log_message(self, format: str, *args) -> None:      # noqa: A002 - the base class's name
        pass

    def do_GET(self) -> None:
        self._handle("GET")

    def do_HEAD(self) -> None:
        self._handle("HEAD")

    def do_POST(self) -> None:
        self._handle("POST")

    def do_PUT(self) -> None:
        self._handle("PUT")

    def do_DELETE(self) -> None:
        self._handle("DELETE")

    def _handle(self, method: str) -> None:
        try:
            body = self._body()         # first: a body left unread would be taken for the next request
            self._check_host()
            url = urllib.parse.urlsplit(self.path)
            query = urllib.parse.parse_qs(url.query, keep_blank_values=True)
            if method not in ("GET", "HEAD"):
                self._check_origin()
            status, kind, out = self._route(method, url.path, query, body)
        except Refused as e:
            status, kind, out = e.status, "text/plain; charset=utf-8", (str(e) + "\n").encode()
        self.send_response(status)
        if kind:
            self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(out)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        if method != "HEAD":
            self.wfile.write(out)

    def _route(self, method: str, path: str, query: dict, body: bytes) -> tuple[int, str, bytes]:
        e = self.endpoint
        content_type = self.headers.get("Content-Type", "").split(";")[0].strip().lower()
        accept = self.headers.get("Accept", "")
        if path == "/query":
            if method in ("GET", "HEAD"):
                text = query.get("query", [""])[0]
            elif content_type == "application/x-www-form-urlencoded":
                form = urllib.parse.parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
                query = {**query, **form}
                text = form.get("query", [""])[0]
            elif content_type == "application/sparql-query" and method == "POST":
                text = body.decode("utf-8", "replace")
            else:
                raise Refused(415, "send a query as ?query=, a form, or application/sparql-query")
            if not text:
                raise Refused(400, "no query")
            kind, out = run_query(e, text, query.get("default-graph-uri", []), query.get("named-graph-uri", []),
                                  accept)
            return 200, kind, out
        if path == "/update":
            if method != "POST":
                raise Refused(405, "POST an update to /update")
            if content_type == "application/x-www-form-urlencoded":
                text = urllib.parse.parse_qs(body.decode("utf-8", "replace")).get("update", [""])[0]
            elif content_type == "application/sparql-update":
                text = body.decode("utf-8", "replace")
            else:
                text = None
            if not e.writable:
                raise Refused(403, "this server is read-only (start it with --writable to accept updates)")
            if text is None:
                raise Refused(415, "send an update as a form (update=) or application/sparql-update")
            run_update(e, text)
            return 204, "", b""
        if path == "/store":
            return graph_store(e, method, query, body, content_type, accept)
        make_page = e.pages.get(path)
        if make_page is not None and method in ("GET", "HEAD"):
            return 200, "text/html; charset=utf-8", make_page().encode("utf-8")
        raise Refused(404, f"nothing at {path}")

    def _body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            self.close_connection = True
            raise Refused(411, "send the body with a Content-Length")
        try:
            n = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            n = -1
        if n < 0 or n > MAX_BODY:
            self.close_connection = True
            raise Refused(413, "request body too large (or its length unreadable)")
        return self.rfile.read(n) if n > 0 else b""

    def _check_host(self) -> None:
        """On a loopback address, only loopback names in ``Host``: a page of another site that rebinds its name to
        127.0.0.1 would otherwise read (and, if writable, write) the store."""
        if not self.endpoint.loopback():
            return
        host = urllib.parse.urlsplit("//" + self.headers.get("Host", "")).hostname or ""
        if host not in ("localhost", "127.0.0.1", "::1") and not host.startswith("127."):
            raise Refused(403, f"Host {host!r} is not this loopback server")

    def _check_origin(self) -> None:
        """Writes come from clients (no ``Origin``) or pages of this server, never a page of another origin."""
        origin = self.headers.get("Origin")
        site = self.headers.get("Sec-Fetch-Site", "")
        if site in ("cross-site", "same-site"):
            raise Refused(403, "a request from a page of another site is refused")
        if origin is None:
            return
        parts = urllib.parse.urlsplit(origin)
        own_port = int(self.endpoint.bind.rsplit(":", 1)[1])
        host = parts.hostname or ""
        same_host = host in ("localhost", "127.0.0.1", "::1") if self.endpoint.loopback() else (
            host == self.endpoint.bind.rsplit(":", 1)[0].strip("[]"))
        if parts.scheme != "http" or not same_host or (parts.port or 80) != own_port:
            raise Refused(403, f"a request from a page of another origin ({origin}) is refused")


def make_server(endpoint: Endpoint) -> http.server.ThreadingHTTPServer:
    """An HTTP server bound to ``endpoint.bind`` (not yet serving)."""
    host, port = endpoint.bind.rsplit(":", 1)
    handler = type("BoundHandler", (Handler,), {"endpoint": endpoint})
    family_server = type("Server", (http.server.ThreadingHTTPServer,), {"daemon_threads": True})
    if ":" in host.strip("[]"):
        import socket

        family_server.address_family = socket.AF_INET6
    return family_server((host.strip("[]"), int(port)), handler)


# ------------------------------------------------------------------ the pages

def home_page(endpoint: Endpoint, triples: int, graphs: int) -> str:
    """The page at /: what this is, its endpoints, links to the map and the stored questions."""
    mode = "writable (SPARQL Update on /update)" if endpoint.writable else "read-only"
    return page("coopgraph", f"""<p>A SPARQL 1.1 endpoint over the coopgraph graph: {triples:,} triples in {graphs:,}
named graphs; {mode}.</p>
<ul><li><a href="/map">The partnership map</a></li>
<li><a href="/questions">The stored questions</a>, each runnable here</li></ul>
<p>Query endpoint: <code>/query</code> (its default graph is the union of the named graphs);
Graph Store: <code>/store</code>.</p>""")


def questions_page(queries: list, query_link: Callable[[str], str]) -> str:
    """The stored questions: name, title, question, the SPARQL text, a link that runs it when it needs no
    parameter."""
    items = []
    for q in queries:
        needs = [p.name for p in q.params if p.required]
        run = (f'<a href="{html.escape(query_link(q.text))}">run</a>' if not needs
               else "parameters: " + ", ".join(f"<code>?{html.escape(n)}</code>" for n in needs)
               + " (bind each by hand: write a value in place of <code>UNDEF</code> in its <code>VALUES</code> line)")
        items.append(f"<li><b>{html.escape(q.name)}</b> — {html.escape(q.title or '')}<br>"
                     f"{html.escape(q.question or '')} [{run}]"
                     f"<details><summary>SPARQL</summary><pre>{html.escape(q.text)}</pre></details></li>")
    return page("coopgraph: stored questions", "<ul>" + "\n".join(items) + "</ul>")


def page(title: str, body: str) -> str:
    """A small HTML page."""
    return (f"<!doctype html><html><head><meta charset='utf-8'>"
            f"<meta name='viewport' content='width=device-width, initial-scale=1'><title>{html.escape(title)}</title>"
            f"</head><body><h1>{html.escape(title)}</h1>\n{body}\n<p><a href='/'>home</a></p></body></html>\n")


def query_link(text: str) -> str:
    """A link that runs ``text`` on /query (answered as SPARQL JSON results)."""
    return "/query?" + urllib.parse.urlencode({"query": text})


__all__ = ["Endpoint", "Refused", "home_page", "is_loopback", "make_server", "page", "query_link", "questions_page"]
