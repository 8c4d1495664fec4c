"""Export to a SPARQL 1.1 server, and run the stored queries there.

Every source article goes into a named graph of its own (its IRI, as ``store.graph_for_file`` gives it);
the reference places and the ontology go into ``rdfmap.REFERENCE_GRAPH`` and ``rdfmap.ONTOLOGY_GRAPH``.
Each graph is *replaced* on the server, so re-exporting an article replaces exactly its graph and
re-running an interrupted export finishes the job.

Three methods:

* ``gsp``: SPARQL 1.1 Graph Store HTTP Protocol, one ``PUT`` of the graph as N-Triples per graph
  (atomic per graph on the server);
* ``update``: SPARQL 1.1 Update through SPARQLWrapper. A graph that fits in one batch is written with
  ``DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { ... } }`` in one request (several such small
  graphs share a request, up to the batch size: Oxigraph's cost is mostly per request); a larger one is
  written in batches into a temporary graph that is then moved over the real one (``MOVE``), so the
  real graph is never half-written;
* ``dataset`` (Oxigraph): whole graphs in batches of N-Quads POSTed to the Graph Store, read and serialised
  ahead in a thread while up to ``parallel`` requests are in flight. The server is asked once which graphs
  it holds. A graph it holds is dropped (``DROP SILENT GRAPH``, a request of its own) and then written by a
  transactional POST: between the two it is empty, never half-written. With ``new_graphs="auto"`` (the
  default) a batch of graphs the server does *not* hold is POSTed with ``?no_transaction``, Oxigraph's bulk
  loader (about twice as fast). That is safe in a weaker sense: nothing that was on the server can be lost
  (the graphs did not exist), but readers may see such a graph while it is being filled, and if the request
  fails the export drops the graphs of that request and reports them as not written; if the server itself
  died mid-request, a partial new graph stays until the next export, which replaces it (it then exists, so
  it is dropped and written in a transaction). The list of graphs is taken once, at the start: a graph that
  another client creates meanwhile would be added to, not replaced. Use ``new_graphs="transaction"`` when
  readers must never see a partial graph.

Credentials (HTTP basic or digest) come only from the environment (``COOPGRAPH_USER`` and
``COOPGRAPH_PASSWORD``) or a netrc file (``NETRC`` or ``~/.netrc``); they are sent only to the host
of the endpoints, never follow a redirect to another host (such redirects are refused), and are
scrubbed from every message.
"""
from __future__ import annotations

import http.client
import netrc
import os
import queue
import re
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

import pyoxigraph as ox

from . import resources
from .graphfiles import GraphFileError, graph_for_file, turtle_files
from .query.questions import QueryError, article_names, bind, bind_params
from .query.results import list_columns, same_cell
from .query.store import article_graphs_query, shared_graphs
from .rdfmap import BASE, ONTOLOGY_GRAPH, REFERENCE_GRAPH

USER_AGENT = "coopgraph-export"
DEFAULT_BATCH = 1000          # triples per INSERT DATA; Virtuoso refuses 2,000 or more in one request
DEFAULT_RETRIES = 3           # retries after the first attempt, per graph
DEFAULT_BACKOFF = 0.5         # seconds before the first retry; doubles each time
DEFAULT_TIMEOUT = 60.0        # seconds per HTTP request
DATASET_BATCH = 25_000        # quads per POST (dataset method): the fastest in benchmarks/export_bench.py
DATASET_PARALLEL = 2          # POSTs in flight (dataset method): the server may use a second core


class ExportError(Exception):
    """An export or remote query that failed; ``str()`` is one line without credentials."""

    def __init__(self, message: str, written: Sequence[str] = (), unwritten: Sequence[str] = (),
                 attempts: int = 0):
        super().__init__(message)
        self.written = list(written)
        self.unwritten = list(unwritten)
        self.attempts = attempts


class _Retryable(Exception):
    """A failure worth retrying: connection error, timeout, 5xx."""


class _Fatal(Exception):
    """A failure that retrying will not fix: 4xx, authentication, refused redirect."""


class RedirectRefused(_Fatal):
    pass


# ------------------------------------------------------------------ credentials

@dataclass(frozen=True)
class Credentials:
    user: str
    password: str = field(repr=False)
    source: str = "environment"

    def __repr__(self) -> str:          # never show the password, even in a traceback
        return f"Credentials(user={self.user!r}, source={self.source!r})"


def find_credentials(url: str, env: dict | None = None) -> Credentials | None:
    """Credentials for ``url``'s host: COOPGRAPH_USER / COOPGRAPH_PASSWORD, else a netrc entry."""
    env = os.environ if env is None else env
    user, password = env.get("COOPGRAPH_USER"), env.get("COOPGRAPH_PASSWORD")
    if user and password is not None:
        return Credentials(user, password, "COOPGRAPH_USER/COOPGRAPH_PASSWORD")
    if password is not None and not user:
        raise ExportError("COOPGRAPH_PASSWORD is set but COOPGRAPH_USER is not")
    path = env.get("NETRC") or os.path.join(os.path.expanduser("~"), ".netrc")
    if not os.path.isfile(path):
        return None
    try:
        entry = netrc.netrc(path).authenticators(urllib.parse.urlsplit(url).hostname or "")
    except (netrc.NetrcParseError, OSError) as e:
        # the parse error quotes the file's line: give only the file and line number
        line = getattr(e, "lineno", None)
        raise ExportError(f"cannot read netrc file {path}" + (f" (line {line})" if line else "")) from None
    if not entry:
        return None
    login, _account, password = entry
    if user and login and user != login:
        return None
    return Credentials(login or user or "", password or "", f"netrc ({path})")


def _scrub(text: str, secrets: Iterable[str]) -> str:
    for s in secrets:
        if s:
            text = text.replace(s, "***")
            text = text.replace(urllib.parse.quote(s, safe=""), "***")
    return re.sub(r"(https?://)[^/@\s]+@", r"\1***@", text)


def check_url(url: str, what: str) -> str:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ExportError(f"{what}: expected an http(s) URL, got {_scrub(url, [])!r}")
    if parts.username or parts.password:
        raise ExportError(f"{what}: credentials in the URL are not accepted; "
                          "set COOPGRAPH_USER and COOPGRAPH_PASSWORD or use a netrc file")
    return url


def _origin(url: str) -> tuple[str, str, int | None]:
    p = urllib.parse.urlsplit(url)
    port = p.port or {"http": 80, "https": 443}.get(p.scheme)
    return p.scheme, (p.hostname or "").lower(), port


# ------------------------------------------------------------------ HTTP

class _SameHostRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects on the same scheme, host and port (keeping method and body); refuse others."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        newurl = urllib.parse.urljoin(req.full_url, newurl)
        if _origin(newurl) != _origin(req.full_url):
            raise RedirectRefused(f"redirect ({code}) from {_short_url(req.full_url)} to another host "
                                  f"{_short_url(newurl)} refused")
        if code in (307, 308):
            return urllib.request.Request(newurl, data=req.data, headers=dict(req.header_items()),
                                          method=req.get_method(), origin_req_host=req.origin_req_host)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _short_url(url: str) -> str:
    p = urllib.parse.urlsplit(url)
    return urllib.parse.urlunsplit((p.scheme, p.hostname + (f":{p.port}" if p.port else "") if p.hostname else "",
                                    p.path, "", ""))


class _PreemptiveBasic(urllib.request.BaseHandler):
    """Send basic credentials only to the given origins (saves a round trip per request)."""

    handler_order = 400

    def __init__(self, creds: Credentials, origins: set):
        import base64
        self._header = "Basic " + base64.b64encode(f"{creds.user}:{creds.password}".encode()).decode()
        self._origins = origins

    def http_request(self, req):
        if _origin(req.full_url) in self._origins and not req.has_header("Authorization"):
            req.add_unredirected_header("Authorization", self._header)
        return req

    https_request = http_request


def build_opener(creds: Credentials | None, urls: Iterable[str], auth: str = "auto") -> urllib.request.OpenerDirector:
    """An opener that answers basic/digest challenges for ``urls`` only and refuses cross-host redirects."""
    handlers: list = [_SameHostRedirects()]
    if creds:
        # the whole origin (scheme, host, port) of each endpoint: Virtuoso's /sparql-auth and
        # /sparql-graph-crud-auth sit beside /sparql; never any other host
        urls = sorted({"%s://%s/" % urllib.parse.urlsplit(u)[:2] for u in urls if u})
        mgr = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        mgr.add_password(None, urls, creds.user, creds.password)
        handlers += [urllib.request.HTTPDigestAuthHandler(mgr), urllib.request.HTTPBasicAuthHandler(mgr)]
        if auth == "basic":
            handlers.append(_PreemptiveBasic(creds, {_origin(u) for u in urls}))
    return urllib.request.build_opener(*handlers)


@dataclass
class Server:
    """Where and how to talk to the server."""

    query_endpoint: str | None = None
    update_endpoint: str | None = None
    graph_store: str | None = None
    credentials: Credentials | None = None
    timeout: float = DEFAULT_TIMEOUT
    auth: str = "auto"            # auto (answer the server's challenge) | basic (send it up front)
    _opener: urllib.request.OpenerDirector | None = field(default=None, repr=False)

    @property
    def opener(self) -> urllib.request.OpenerDirector:
        if self._opener is None:
            self._opener = build_opener(self.credentials,
                                        [self.query_endpoint, self.update_endpoint, self.graph_store], self.auth)
        return self._opener

    def secrets(self) -> list[str]:
        if not self.credentials:
            return []
        import base64

        c = self.credentials
        return [c.password, base64.b64encode(f"{c.user}:{c.password}".encode()).decode()]

    def scrub(self, text: str) -> str:
        return _scrub(text, self.secrets())

    def request(self, method: str, url: str, data: bytes | None = None, headers: dict | None = None) -> bytes:
        """One HTTP request; raises _Retryable or _Fatal with a one-line, scrubbed reason."""
        req = urllib.request.Request(url, data=data, method=method, headers={"User-Agent": USER_AGENT, **(headers or {})})
        return self._call(lambda: self.opener.open(req, timeout=self.timeout), url)

    def server_software(self, url: str) -> str:
        """The ``Server`` header of a HEAD request to ``url`` ("" when there is none)."""
        req = urllib.request.Request(url, method="HEAD", headers={"User-Agent": USER_AGENT})
        seen: list[str] = []

        def head():
            resp = self.opener.open(req, timeout=self.timeout)
            seen.append(resp.headers.get("Server", ""))
            return resp

        self._call(head, url)
        return seen[0] if seen else ""

    def _call(self, fn: Callable, url: str) -> bytes:
        try:
            with fn() as resp:
                return resp.read()
        except RedirectRefused as e:
            raise RedirectRefused(self.scrub(str(e))) from None
        except urllib.error.HTTPError as e:
            raise self._http_error(e.code, e.reason, _body(e), url) from None
        except urllib.error.URLError as e:
            reason = e.reason
            if isinstance(reason, RedirectRefused):
                raise RedirectRefused(self.scrub(str(reason))) from None
            raise _Retryable(self.scrub(f"{_reason_text(reason)} ({_short_url(url)})")) from None
        except (socket.timeout, TimeoutError):
            raise _Retryable(f"timed out after {self.timeout:g} s ({_short_url(url)})") from None
        except (ConnectionError, http.client.HTTPException, OSError) as e:
            raise _Retryable(self.scrub(f"{_reason_text(e)} ({_short_url(url)})")) from None
        except ValueError as e:          # urllib's auth handlers: a scheme they do not know
            raise _Fatal(self.scrub(f"{_short_url(url)}: {str(e).splitlines()[0]}")) from None

    def _http_error(self, code: int, reason, body: str, url: str) -> Exception:
        where = _short_url(url)
        if code == 401:
            if self.credentials:
                return _Fatal(f"authentication failed at {where}: the server refused user "
                              f"{self.credentials.user!r} (from {self.credentials.source}); check the password")
            return _Fatal(f"{where} requires authentication: set COOPGRAPH_USER and COOPGRAPH_PASSWORD "
                          "or add a netrc entry for its host")
        if code == 403:
            return _Fatal(f"{where} answered 403 Forbidden (this account may not write there)")
        text = self.scrub(f"HTTP {code} {reason or ''} from {where}".strip() + (f": {body}" if body else ""))
        if code >= 500 or code in (408, 429):
            return _Retryable(text)
        return _Fatal(text)


def _body(e: urllib.error.HTTPError) -> str:
    try:
        raw = e.read(2000)
    except Exception:
        return ""
    text = raw.decode("utf-8", "replace")
    text = re.sub(r"<[^>]+>", " ", text) if "<html" in text.lower() or "<!doctype" in text.lower() else text
    text = " ".join(text.split())
    return text[:300] + ("…" if len(text) > 300 else "")


def _reason_text(reason) -> str:
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    if isinstance(reason, (socket.timeout, TimeoutError)):
        return "timed out"
    if isinstance(reason, socket.gaierror):
        return f"unknown host ({reason.strerror or reason})"
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror.lower()
    text = str(reason) or type(reason).__name__
    return text.splitlines()[0] if text else type(reason).__name__


# ------------------------------------------------------------------ what to export

@dataclass
class GraphSource:
    """One named graph to write, and the Turtle files it comes from."""

    iri: str
    files: list[Path]

    def triples(self) -> list[ox.Triple]:
        """The graph's triples, as its files state them."""
        out: list[ox.Triple] = []
        for f in self.files:
            try:
                out.extend(q.triple for q in ox.parse(path=str(f), format=ox.RdfFormat.TURTLE, base_iri=BASE,
                                                      rename_blank_nodes=True))
            except SyntaxError as e:
                raise ExportError(f"{f}: Turtle syntax error: {str(e).splitlines()[0]}") from None
            except OSError as e:
                raise ExportError(f"{f}: cannot read ({e.strerror or e})") from None
        return out

    def nquads(self) -> tuple[bytes, int]:
        """The graph as N-Quads (its triples in graph ``iri``) and the number of quads.

        Parsed and serialised by pyoxigraph in one pass, without Python lists of terms (twice as fast).
        Each N-Triples line ends with `` .\n`` and nowhere else (a newline inside a literal is escaped), so
        putting the graph name before that end makes the N-Quads line."""
        end = f" {_iri(self.iri)} .\n".encode()
        parts: list[bytes] = []
        for f in self.files:
            try:
                nt = ox.serialize(ox.parse(path=str(f), format=ox.RdfFormat.TURTLE, base_iri=BASE,
                                           rename_blank_nodes=True), format=ox.RdfFormat.N_TRIPLES)
            except SyntaxError as e:
                raise ExportError(f"{f}: Turtle syntax error: {str(e).splitlines()[0]}") from None
            except OSError as e:
                raise ExportError(f"{f}: cannot read ({e.strerror or e})") from None
            parts.append(nt.replace(b" .\n", end))
        body = b"".join(parts)
        return body, body.count(b"\n")


def plan(data: Iterable[Path] | None = None, ontology: bool = True, reference: bool = True) -> list[GraphSource]:
    """The graphs of an export: ontology, reference places, then one per article file of ``data``."""
    out: list[GraphSource] = []
    if ontology:
        out.append(GraphSource(str(ONTOLOGY_GRAPH), resources.ontology_files()))
    ref = resources.reference_dir() / "places.ttl"
    if reference and ref.exists():
        out.append(GraphSource(str(REFERENCE_GRAPH), [ref]))
    try:
        files = turtle_files(list(data) if data else [resources.graph_dir()])
    except GraphFileError as e:
        raise ExportError(str(e)) from None
    seen: dict[str, Path] = {}
    for f in files:
        g = graph_for_file(f)
        if g in seen:
            raise ExportError(f"{f} and {seen[g]} would both go to graph <{g}>")
        seen[g] = f
        out.append(GraphSource(g, [f]))
    return out


def graph_label(iri: str) -> str:
    """A graph IRI without the project's base, for messages."""
    return iri[len(BASE):] if iri.startswith(BASE) else iri


def _iri(iri: str) -> str:
    ox.NamedNode(iri)     # validates; raises ValueError
    return f"<{iri}>"


def temp_graph(iri: str) -> str:
    """Where the update method writes a large graph before moving it over the real one."""
    return "urn:coopgraph:export-tmp:" + urllib.parse.quote(iri, safe="")


def batches(triples: Sequence[ox.Triple], size: int) -> list[list[ox.Triple]]:
    """Split into batches of about ``size`` triples, keeping each blank-node structure in one batch
    (blank node labels are scoped to one INSERT DATA)."""
    parent: dict = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    groups: dict = {}
    plain: list[ox.Triple] = []
    for t in triples:
        bn = [x for x in (t.subject, t.object) if isinstance(x, ox.BlankNode)]
        if not bn:
            plain.append(t)
            continue
        roots = [find(b) for b in bn]
        for r in roots[1:]:
            parent[r] = roots[0]
    for t in triples:
        bn = [x for x in (t.subject, t.object) if isinstance(x, ox.BlankNode)]
        if bn:
            groups.setdefault(find(bn[0]), []).append(t)
    units: list[list[ox.Triple]] = list(groups.values()) + [plain[i:i + size] for i in range(0, len(plain), size)]
    out: list[list[ox.Triple]] = []
    cur: list[ox.Triple] = []
    for u in units:
        if cur and len(cur) + len(u) > size:
            out.append(cur)
            cur = []
        cur = cur + u if cur else list(u)
    if cur:
        out.append(cur)
    return out


def ntriples(triples: Sequence[ox.Triple]) -> bytes:
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) if triples else b""


# ------------------------------------------------------------------ SPARQLWrapper, on our opener

def _wrapper(server: Server, endpoint: str, update: bool = False):
    from SPARQLWrapper import POST, POSTDIRECTLY, SPARQLWrapper

    class _Wrapper(SPARQLWrapper):
        """SPARQLWrapper whose requests go through our opener (credentials for the endpoint's host only,
        no cross-host redirects) instead of urllib's global one."""

        def _query(self):
            request = self._createRequest()
            return server.opener.open(request, timeout=server.timeout), self.returnFormat

        def set_update(self, text: str) -> None:
            # setQuery() scans the whole text with regexes to guess its type: minutes on big batches
            self.queryString = text
            self.queryType = "INSERT"

    w = _Wrapper(endpoint if not update else (server.query_endpoint or endpoint),
                 updateEndpoint=endpoint if update else None, agent=USER_AGENT)
    w.setMethod(POST)
    if update:
        # the update in the body (application/sparql-update): no URL-encoding of big batches.
        # Queries stay URL-encoded forms: Virtuoso 7.2 never answers a direct POST of a query.
        w.setRequestMethod(POSTDIRECTLY)
    return w


# ------------------------------------------------------------------ the dataset method's batches


class _BatchFailed(Exception):
    """A request that failed after its retries."""

    def __init__(self, reason: str, attempts: int, fatal: bool = False):
        super().__init__(reason)
        self.reason, self.attempts, self.fatal = reason, attempts, fatal


@dataclass
class _Batch:
    """Whole graphs that go in one POST, and the N-Quads body."""

    sources: list[GraphSource]
    counts: list[int]
    body: bytes


def dataset_batches(sources: Iterable[GraphSource], size: int) -> Iterator[_Batch]:
    """Graphs, whole and in order, grouped into N-Quads bodies of up to ``size`` quads (a bigger graph goes
    alone: a graph is never split, as each POST is one transaction)."""
    cur: list[GraphSource] = []
    counts: list[int] = []
    parts: list[bytes] = []
    for src in sources:
        body, n = src.nquads()
        if cur and sum(counts) + n > size:
            yield _Batch(cur, counts, b"".join(parts))
            cur, counts, parts = [], [], []
        cur.append(src)
        counts.append(n)
        parts.append(body)
    if cur:
        yield _Batch(cur, counts, b"".join(parts))


class _Prefetch:
    """An iterator run in a thread, up to ``depth`` items ahead: the client reads and serialises the next
    batches while the server writes the current ones. An exception is passed on in its place."""

    _END = object()

    def __init__(self, items: Iterator, depth: int):
        self._queue: queue.Queue = queue.Queue(maxsize=max(1, depth))
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(items,), name="coopgraph-export-read", daemon=True)
        self._thread.start()

    def _run(self, items: Iterator) -> None:
        try:
            for item in items:
                if not self._put(item):
                    return
            self._put(self._END)
        except Exception as e:          # noqa: BLE001 - handed to the consumer
            self._put(e)

    def _put(self, item) -> bool:
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def __iter__(self) -> Iterator:
        while True:
            item = self._queue.get()
            if item is self._END:
                return
            if isinstance(item, Exception):
                raise item
            yield item

    def close(self) -> None:
        """Stop reading ahead (after a failure) and wait for the thread."""
        self._stop.set()
        self._thread.join()


# ------------------------------------------------------------------ the export

@dataclass
class ExportReport:
    method: str
    graphs: list[str]
    triples: int
    seconds: float
    retries: int = 0


class Exporter:
    """Writes graphs to a server with bounded retries; see the module docstring."""

    def __init__(self, server: Server, method: str = "auto", batch_size: int | None = None,
                 retries: int = DEFAULT_RETRIES, backoff: float = DEFAULT_BACKOFF,
                 on_progress: Callable[[int], None] | None = None,
                 on_graph: Callable[[str, int], None] | None = None,
                 on_retry: Callable[[str, int, str, float], None] | None = None,
                 on_graph_start: Callable[["GraphSource", int], None] | None = None,
                 sleep: Callable[[float], None] = time.sleep, parallel: int = DATASET_PARALLEL,
                 new_graphs: str = "auto"):
        if method not in ("auto", "update", "gsp", "dataset"):
            raise ExportError(f"unknown export method {method!r} (update, gsp, dataset or auto)")
        if new_graphs not in ("auto", "transaction"):
            raise ExportError(f"unknown way to write new graphs {new_graphs!r} (auto or transaction)")
        self.server = server
        self.method = method
        self._batch_given = batch_size          # None: the chosen method's default (DEFAULT_BATCH, DATASET_BATCH)
        self.batch_size = max(1, batch_size or DEFAULT_BATCH)
        self.retries = max(0, retries)
        self.backoff = backoff
        self.on_progress = on_progress or (lambda n: None)
        self.on_graph = on_graph or (lambda g, n: None)
        self.on_retry = on_retry or (lambda g, attempt, reason, delay: None)
        self.on_graph_start = on_graph_start or (lambda src, n: None)
        self.sleep = sleep
        self.retried = 0
        self.parallel = max(1, parallel)        # dataset method: POSTs in flight
        self.new_graphs = new_graphs            # dataset method: auto bulk-loads graphs absent from the server

    # -- choosing the method

    def resolve_method(self) -> str:
        s = self.server
        if self.method == "dataset":
            if not s.graph_store:
                s.graph_store = derive_graph_store(s.query_endpoint or s.update_endpoint or "", s.credentials)
            if not s.graph_store:
                raise ExportError("--method dataset needs --graph-store URL (cannot guess it from the endpoint)")
            if not s.query_endpoint and urllib.parse.urlsplit(s.graph_store).path.rstrip("/").endswith("/store"):
                # Oxigraph: /store → /query, to ask which graphs exist (and to find /update)
                s.query_endpoint = re.sub(r"/store/?$", "/query", s.graph_store.split("?", 1)[0])
            if not s.update_endpoint:
                s.update_endpoint = derive_update_endpoint(s.query_endpoint or "", s.credentials)
            return "dataset"
        if self.method == "gsp" or (self.method == "auto" and s.graph_store):
            if not s.graph_store:
                s.graph_store = derive_graph_store(s.query_endpoint or s.update_endpoint or "", s.credentials)
                if not s.graph_store:
                    raise ExportError("--method gsp needs --graph-store URL (cannot guess it from the endpoint)")
            if self.method == "auto" and self._takes_quads(s.graph_store):
                self.method = "dataset"
                return self.resolve_method()
            return "gsp"
        if self.method == "auto":
            guess = derive_graph_store(s.query_endpoint or "", s.credentials)
            if guess and self._answers_gsp(guess):
                s.graph_store = guess
                if self._takes_quads(guess):
                    self.method = "dataset"
                    return self.resolve_method()
                return "gsp"
        if not s.update_endpoint:
            s.update_endpoint = derive_update_endpoint(s.query_endpoint or "", s.credentials)
        return "update"

    def _takes_quads(self, url: str) -> bool:
        """Whether the Graph Store at ``url`` takes N-Quads POSTed to the store itself: Oxigraph's /store does (it
        says who it is in its ``Server`` header); the protocol itself only asks for triples, one graph at a time."""
        base = url.split("?", 1)[0]
        try:
            return self.server.server_software(base + "?default").startswith("Oxigraph/")
        except RedirectRefused:
            raise
        except (_Retryable, _Fatal):
            return False

    def _answers_gsp(self, url: str) -> bool:
        """Whether ``url`` (guessed from the query endpoint) is a Graph Store: HEAD of a graph answers
        200, or 404 while the default graph answers 200 (Oxigraph); or HEAD is not implemented there
        (Virtuoso's /sparql-graph-crud answers 501), which a path that does not exist would not say."""
        def status(u: str) -> int:
            try:
                self.server.request("HEAD", u)
                return 200
            except RedirectRefused:
                raise
            except (_Retryable, _Fatal) as e:
                m = re.search(r"HTTP (\d{3})", str(e))
                return int(m.group(1)) if m else 0

        code = status(_with_graph(url, str(ONTOLOGY_GRAPH)))
        if code == 404:
            code = status(url + ("&" if "?" in url else "?") + "default")
        return code in (200, 405, 501)

    # -- writing

    def export(self, sources: Sequence[GraphSource]) -> ExportReport:
        t0 = time.monotonic()
        for name, url in (("--endpoint", self.server.query_endpoint), ("--update-endpoint", self.server.update_endpoint),
                          ("--graph-store", self.server.graph_store)):
            if url:
                check_url(url, name)
        try:
            method = self.resolve_method()
        except RedirectRefused as e:
            raise ExportError(f"export failed: {e}; written 0 graphs", [], [s.iri for s in sources]) from None
        if self._batch_given is None and method == "dataset":
            self.batch_size = DATASET_BATCH
        return self._export_dataset(sources, t0) if method == "dataset" else self._export_graphs(sources, method, t0)

    def _export_graphs(self, sources: Sequence[GraphSource], method: str, t0: float) -> ExportReport:
        """The ``gsp`` and ``update`` methods: a request per graph (or per batch of a large graph, or per group of
        small graphs)."""
        written: list[str] = []
        total = 0
        loaded: dict[int, list[ox.Triple]] = {}
        i = 0
        while i < len(sources):
            # one request: a graph, or (update method) several small graphs that fit in one batch together,
            # each still dropped and inserted as a whole (a request is one transaction on Oxigraph)
            group: list[tuple[GraphSource, list[ox.Triple]]] = []
            size, j = 0, i
            while j < len(sources):
                triples = loaded.pop(j) if j in loaded else sources[j].triples()
                if group and (len(triples) > self.batch_size or size + len(triples) > self.batch_size):
                    loaded[j] = triples
                    break
                group.append((sources[j], triples))
                size += len(triples)
                j += 1
                if method != "update" or len(triples) > self.batch_size:
                    break
            first = group[0][0].iri

            def send(group=group, first=first) -> None:
                if method == "gsp":
                    self.on_graph_start(group[0][0], len(group[0][1]))
                    self._put(first, group[0][1])
                elif len(group) == 1:
                    self.on_graph_start(group[0][0], len(group[0][1]))
                    self._update(first, group[0][1])
                else:
                    self._run_update(" ;\n".join(f"DROP SILENT GRAPH {_iri(src.iri)} ;\n" + _insert(_iri(src.iri), t)
                                                 if t else f"DROP SILENT GRAPH {_iri(src.iri)}" for src, t in group))
                    for src, t in group:
                        self.on_graph_start(src, len(t))
                        self.on_progress(len(t))

            try:
                self._retrying(send, first)
            except _BatchFailed as e:
                raise self._failure(method, first, e.reason, e.attempts, written,
                                    [s.iri for s in sources[i:]], len(group)) from None
            for src, t in group:
                written.append(src.iri)
                total += len(t)
                self.on_graph(src.iri, len(t))
            i = j
        return ExportReport(method, written, total, time.monotonic() - t0, self.retried)

    def _failure(self, method, graph, reason, attempts, written, unwritten, together: int = 1,
                 doing: str | None = None) -> ExportError:
        where = self.server.graph_store if method in ("gsp", "dataset") else self.server.update_endpoint
        also = f" (and {together - 1} more in the same request)" if together > 1 else ""
        doing = doing or f"on graph <{graph_label(graph)}>{also}"
        msg = (f"export ({method}) to {_short_url(where or '')} failed {doing} after "
               f"{attempts} attempt{'s' if attempts != 1 else ''}: {reason}; "
               f"written {len(written)} graph{'s' if len(written) != 1 else ''}: {_names(written)}; "
               f"not written {len(unwritten)}: {_names(unwritten)}; run the same command again to finish")
        return ExportError(self.server.scrub(msg), written, unwritten, attempts)

    # -- the dataset method

    def _export_dataset(self, sources: Sequence[GraphSource], t0: float) -> ExportReport:
        """Batches of whole graphs as N-Quads POSTs to the Graph Store, read ahead in a thread and up to
        ``parallel`` requests in flight. Graphs the server holds are dropped first (the request that drops
        them comes before their POST); graphs it does not hold get only the POST (see ``new_graphs``)."""
        self.server.opener                      # built once, before the worker threads share it
        existing = self._graphs_on_server(sources)
        done: set[str] = set()
        failure: tuple[str, str, int, int] | None = None       # graph, reason, attempts, graphs in the request
        counted = [0]
        pending: deque[tuple[_Batch, Future]] = deque()
        reader = _Prefetch(dataset_batches(sources, self.batch_size), depth=self.parallel + 1)
        try:
            with ThreadPoolExecutor(max_workers=self.parallel, thread_name_prefix="coopgraph-export") as pool:
                try:
                    for batch in reader:
                        if len(pending) >= self.parallel:
                            failure = self._settle(*pending.popleft(), done, counted)
                            if failure:
                                break
                        pending.append((batch, pool.submit(self._send_batch, batch, existing)))
                except ExportError as e:        # a file that cannot be read or parsed
                    failure = ("", str(e), 0, 0)
                while pending:                  # let the requests in flight finish, and count them
                    failed = self._settle(*pending.popleft(), done, counted)
                    failure = failure or failed     # the first failure is the one reported
        finally:
            reader.close()
        written = [s.iri for s in sources if s.iri in done]
        if failure:
            unwritten = [s.iri for s in sources if s.iri not in done]
            graph, reason, attempts, together = failure
            if not graph:
                raise ExportError(self.server.scrub(
                    f"{reason}; written {len(written)} graph{'s' if len(written) != 1 else ''}: {_names(written)}; "
                    f"not written {len(unwritten)}: {_names(unwritten)}"), written, unwritten) from None
            raise self._failure("dataset", graph, reason, attempts, written, unwritten, together)
        return ExportReport("dataset", written, counted[0], time.monotonic() - t0, self.retried)

    def _settle(self, batch: "_Batch", future: Future, done: set[str], counted: list[int]):
        """Wait for one request; report its graphs, or return (graph, reason, attempts, graphs) if it failed."""
        try:
            future.result()
        except _BatchFailed as e:
            return batch.sources[0].iri, e.reason, e.attempts, len(batch.sources)
        for src, n in zip(batch.sources, batch.counts):
            self.on_graph_start(src, n)
            self.on_progress(n)
            done.add(src.iri)
            counted[0] += n
            self.on_graph(src.iri, n)
        return None

    def _graphs_on_server(self, sources: Sequence[GraphSource]) -> set[str] | None:
        """The named graphs the server holds, asked once; None if it cannot tell (then every graph is
        dropped before it is written and none is bulk-loaded, as if all existed)."""
        if not self.server.query_endpoint or not sources:
            return None

        def ask() -> set[str]:
            _, rows = _select(self.server, "SELECT DISTINCT ?g WHERE { GRAPH ?g {} }")
            return {r[0].value for r in rows if r and isinstance(r[0], ox.NamedNode)}

        try:
            return self._retrying(ask, sources[0].iri)[0]
        except _BatchFailed as e:
            if e.fatal:
                return None
            raise self._failure("dataset", sources[0].iri, e.reason, e.attempts, [], [s.iri for s in sources],
                                doing="to list the graphs on the server") from None
        except ExportError:         # not SPARQL JSON results: a server that cannot list its graphs
            return None

    def _send_batch(self, batch: "_Batch", existing: set[str] | None) -> int:
        """Write one batch (in a worker thread), with retries; raises _BatchFailed."""
        iris = [s.iri for s in batch.sources]
        drop = iris if existing is None else [g for g in iris if g in existing]
        # only a request whose graphs are all absent from the server may skip the transaction
        bulk = self.new_graphs == "auto" and existing is not None and not drop
        base = self.server.graph_store.split("?", 1)[0]
        headers = {"Content-Type": "application/n-quads; charset=utf-8"}

        def once() -> None:
            if bulk:
                try:
                    self.server.request("POST", base + "?no_transaction", batch.body, headers)
                except (_Fatal, _Retryable) as e:
                    # the graphs were absent: drop what the failed request may have left of them
                    raise type(e)(str(e) + self._undo_new(iris)) from None
                return
            if drop:
                self._run_update(" ;\n".join(f"DROP SILENT GRAPH {_iri(g)}" for g in drop))
            self.server.request("POST", base, batch.body, headers)

        return self._retrying(once, iris[0])[1]

    def _undo_new(self, iris: Sequence[str]) -> str:
        """Drop graphs a failed bulk request may have half-written; what to add to the error."""
        try:
            self._run_update(" ;\n".join(f"DROP SILENT GRAPH {_iri(g)}" for g in iris))
            return ""
        except (_Fatal, _Retryable):
            return ("; its new graphs may be partly written (dropping them failed too) until an export "
                    "writes them again")

    def _retrying(self, fn: Callable, graph: str) -> tuple[object, int]:
        """(fn(), attempts), retrying _Retryable failures with exponential back-off; raises _BatchFailed."""
        attempt = 0
        while True:
            attempt += 1
            try:
                return fn(), attempt
            except (_Fatal, _Retryable) as e:
                if isinstance(e, _Retryable) and attempt <= self.retries:
                    delay = self.backoff * (2 ** (attempt - 1))
                    self.on_retry(graph, attempt, str(e), delay)
                    self.retried += 1
                    self.sleep(delay)
                    continue
                raise _BatchFailed(str(e), attempt, isinstance(e, _Fatal)) from None

    # -- the other methods

    def _put(self, graph: str, triples: Sequence[ox.Triple]) -> None:
        body = ntriples(triples)
        self.server.request("PUT", _with_graph(self.server.graph_store, graph), body,
                            {"Content-Type": "application/n-triples; charset=utf-8"})
        self.on_progress(len(triples))

    def _update(self, graph: str, triples: Sequence[ox.Triple]) -> None:
        g = _iri(graph)
        parts = batches(triples, self.batch_size)
        if len(parts) <= 1:
            text = f"DROP SILENT GRAPH {g} ;\n"
            if triples:
                text += _insert(g, triples)
            self._run_update(text)
            self.on_progress(len(triples))
            return
        tmp = _iri(temp_graph(graph))
        self._run_update(f"DROP SILENT GRAPH {tmp}")
        done = 0
        try:
            for b in parts:
                self._run_update(_insert(tmp, b))
                done += len(b)
                self.on_progress(len(b))
            self._run_update(f"DROP SILENT GRAPH {g} ;\nMOVE SILENT {tmp} TO {g}")
        except _Retryable:
            self.on_progress(-done)      # the graph will be written again from the start
            raise

    def _run_update(self, text: str) -> None:
        from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

        w = _wrapper(self.server, self.server.update_endpoint, update=True)
        w.set_update(text)
        try:
            self.server._call(lambda: w.query().response, self.server.update_endpoint)
        except SPARQLWrapperException as e:      # not raised by our _query, but be safe
            raise _Fatal(self.server.scrub(str(e).splitlines()[0])) from None


def _insert(graph_ref: str, triples: Sequence[ox.Triple]) -> str:
    """INSERT DATA; with blank nodes ``INSERT {...} WHERE {}`` (same effect; Virtuoso refuses blank nodes
    in INSERT DATA)."""
    body = ntriples(triples).decode("utf-8")
    if any(isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode) for t in triples):
        return f"INSERT {{ GRAPH {graph_ref} {{\n{body}}} }} WHERE {{}}\n"
    return f"INSERT DATA {{ GRAPH {graph_ref} {{\n{body}}} }}\n"


def _with_graph(url: str, graph: str) -> str:
    key = "graph-uri" if "sparql-graph-crud" in url else "graph"
    return url + ("&" if "?" in url else "?") + urllib.parse.urlencode({key: graph})


def _names(graphs: Sequence[str], limit: int = 12) -> str:
    if not graphs:
        return "none"
    names = [graph_label(g) for g in graphs[:limit]]
    more = f" and {len(graphs) - limit} more" if len(graphs) > limit else ""
    return ", ".join(names) + more


def derive_update_endpoint(query_endpoint: str, creds: Credentials | None) -> str:
    """Oxigraph: /query → /update; Virtuoso: /sparql → /sparql-auth when there are credentials."""
    p = urllib.parse.urlsplit(query_endpoint)
    path = p.path.rstrip("/")
    if path.endswith("/query"):
        path = path[: -len("query")] + "update"
    elif path.endswith("/sparql") and creds:
        path += "-auth"
    return urllib.parse.urlunsplit((p.scheme, p.netloc, path, p.query, ""))


def derive_graph_store(query_endpoint: str, creds: Credentials | None) -> str | None:
    """Oxigraph: /query → /store; Virtuoso: /sparql → /sparql-graph-crud(-auth)."""
    p = urllib.parse.urlsplit(query_endpoint)
    path = p.path.rstrip("/")
    if path.endswith("/query"):
        path = path[: -len("query")] + "store"
    elif path.endswith("/sparql"):
        path += "-graph-crud-auth" if creds else "-graph-crud"
    else:
        return None
    return urllib.parse.urlunsplit((p.scheme, p.netloc, path, "", ""))


def count_triples(server: Server, graph: str | None = None) -> int:
    """Triples on the server, in one graph or in all named graphs."""
    q = (f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {_iri(graph)} {{ ?s ?p ?o }} }}" if graph
         else "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    variables, rows = _select(server, q)
    return int(rows[0][0].value) if rows and rows[0][0] is not None else 0


# ------------------------------------------------------------------ remote queries

def _json_term(b: dict | None):
    if b is None:
        return None
    kind, value = b.get("type"), b.get("value", "")
    if kind == "uri":
        return ox.NamedNode(value)
    if kind in ("literal", "typed-literal"):
        if b.get("xml:lang"):
            return ox.Literal(value, language=b["xml:lang"])
        if b.get("datatype"):
            return ox.Literal(value, datatype=ox.NamedNode(b["datatype"]))
        return ox.Literal(value)
    if kind == "bnode":
        try:
            return ox.BlankNode(value)
        except ValueError:
            return ox.BlankNode()
    return ox.Literal(value)


def _select(server: Server, text: str, named_graphs: list[str] | None = None):
    import json as _json

    from SPARQLWrapper import JSON

    w = _wrapper(server, server.query_endpoint)
    w.setQuery(text)
    for g in named_graphs or ():
        w.addParameter("named-graph-uri", g)
    w.setReturnFormat(JSON)
    raw = server._call(lambda: w.query().response, server.query_endpoint)
    try:
        data = _json.loads(raw.decode("utf-8"))
    except ValueError:
        raise ExportError(f"{_short_url(server.query_endpoint)} did not answer SPARQL JSON results") from None
    if "boolean" in data:
        return None, bool(data["boolean"])
    variables = data.get("head", {}).get("vars", [])
    rows = [[_json_term(b.get(v)) for v in variables] for b in data.get("results", {}).get("bindings", [])]
    return variables, rows


def remote_query(server: Server, text: str, named_graphs: list[str] | None = None):
    """Run a query on the server: (variables, rows of pyoxigraph terms), (None, bool), or a list of triples.
    ``named_graphs``: the dataset's named graphs, sent as ``named-graph-uri`` (SPARQL 1.1 Protocol; the default
    graph is then empty), for a SELECT."""
    from SPARQLWrapper import TURTLE
    from SPARQLWrapper import SPARQLWrapper as _Plain

    check_url(server.query_endpoint or "", "--endpoint")
    probe = _Plain("http://localhost/")
    probe.setQuery(text)
    kind = probe.queryType
    try:
        if kind in ("CONSTRUCT", "DESCRIBE"):
            w = _wrapper(server, server.query_endpoint)
            w.setQuery(text)
            w.setReturnFormat(TURTLE)
            raw = server._call(lambda: w.query().response, server.query_endpoint)
            try:
                return [q.triple for q in ox.parse(raw, format=ox.RdfFormat.TURTLE)]
            except SyntaxError:
                return [q.triple for q in ox.parse(raw, format=ox.RdfFormat.N_TRIPLES)]
        return _select(server, text, named_graphs)
    except (_Fatal, _Retryable) as e:
        raise ExportError(f"query failed: {e}") from None


def _article_graphs(server: Server, file_names: list[str]) -> list[str]:
    """The server's graphs of the articles with these file names, and the graphs every such query reads too."""
    _, rows = remote_query(server, article_graphs_query(file_names))
    return [r[0].value for r in rows if isinstance(r[0], ox.NamedNode)] + shared_graphs()


def remote_answer(server: Server, q, params: dict[str, str]):
    """A stored query's raw answer from a SPARQL server (as ``remote_query``), parameters bound as RDF terms, the
    items of its list cells sorted as locally (``query.results``)."""
    bindings = bind_params(q, params)
    # one article asked for: the server's dataset is that article's graph (and the shared graphs), as in the
    # local store, so the listings' hash joins read one graph, not every graph
    articles = article_names(q, bindings)
    graphs = _article_graphs(server, articles) if articles else None
    result = remote_query(server, bind(q, bindings), named_graphs=graphs)
    if isinstance(result, tuple) and result[0] is not None:
        variables, rows = result
        lists = list_columns(q.text)
        result = variables, [[same_cell(t, lists.get(v)) for v, t in zip(variables, r)] for r in rows]
    return result


def run_stored_remote(server: Server, q, params: dict[str, str], fmt: str = "table", lang: str = "vi", *,
                      width: int = 100, wide: bool = False) -> str:
    """A stored query on a SPARQL server, parameters bound as RDF terms, formatted as locally (the table's names
    looked up on the server, with the same queries: ``labels``)."""
    from .query.formatting import boolean_result, format_solutions, jsonld
    from .query.results import Solutions

    result = remote_answer(server, q, params)
    if isinstance(result, tuple) and result[0] is None:
        return boolean_result(result[1], fmt)
    if isinstance(result, tuple):
        variables, rows = result
        if fmt in ("turtle", "jsonld"):
            raise QueryError(f"--format {fmt} is for CONSTRUCT/DESCRIBE queries; use table, csv, tsv, json or xml")

        def ask(text: str) -> Solutions:
            names, found = remote_query(server, text)
            return Solutions(names, (dict(zip(names, r)) for r in found))

        return format_solutions(variables, rows, fmt, question=q, lang=lang, ask=ask, width=width, wide=wide,
                                bound=params)
    if fmt not in ("turtle", "table", "jsonld"):
        raise QueryError(f"--format {fmt} is for SELECT queries; use turtle or jsonld")
    if fmt == "jsonld":
        return jsonld(result)
    return ox.serialize(result, format=ox.RdfFormat.TURTLE).decode("utf-8") if result else ""
