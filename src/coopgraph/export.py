"""Export to a SPARQL 1.1 server, and run the stored queries there.

Every source article goes into a named graph of its own (its IRI, as ``store.graph_for_file`` gives it);
the reference places and the ontology go into ``rdfmap.REFERENCE_GRAPH`` and ``rdfmap.ONTOLOGY_GRAPH``.
Each graph is *replaced* on the server, so re-exporting an article replaces exactly its graph and
re-running an interrupted export finishes the job.

Two methods:

* ``gsp``: SPARQL 1.1 Graph Store HTTP Protocol, one ``PUT`` of the graph as N-Triples per graph
  (atomic per graph on the server);
* ``update``: SPARQL 1.1 Update through SPARQLWrapper. A graph that fits in one batch is written with
  ``DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { ... } }`` in one request (several such small
  graphs share a request, up to the batch size: Oxigraph's cost is mostly per request); a larger one is
  written in batches into a temporary graph that is then moved over the real one (``MOVE``), so the
  real graph is never half-written.

Credentials (HTTP basic or digest) come only from the environment (``COOPGRAPH_USER`` and
``COOPGRAPH_PASSWORD``) or a netrc file (``NETRC`` or ``~/.netrc``); they are sent only to the host
of the endpoints, never follow a redirect to another host (such redirects are refused), and are
scrubbed from every message.
"""
from __future__ import annotations

import http.client
import netrc
import os
import re
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Sequence

import pyoxigraph as ox

from . import resources
from .rdfmap import BASE, ONTOLOGY_GRAPH, REFERENCE_GRAPH

USER_AGENT = "coopgraph-export"
DEFAULT_BATCH = 1000          # triples per INSERT DATA; Virtuoso refuses 2,000 or more in one request
DEFAULT_RETRIES = 3           # retries after the first attempt, per graph
DEFAULT_BACKOFF = 0.5         # seconds before the first retry; doubles each time
DEFAULT_TIMEOUT = 60.0        # seconds per HTTP request


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


def plan(data: Iterable[Path] | None = None, ontology: bool = True, reference: bool = True) -> list[GraphSource]:
    """The graphs of an export: ontology, reference places, then one per article file of ``data``."""
    from .store import GraphFileError, graph_for_file, turtle_files

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

    def __init__(self, server: Server, method: str = "auto", batch_size: int = DEFAULT_BATCH,
                 retries: int = DEFAULT_RETRIES, backoff: float = DEFAULT_BACKOFF,
                 on_progress: Callable[[int], None] | None = None,
                 on_graph: Callable[[str, int], None] | None = None,
                 on_retry: Callable[[str, int, str, float], None] | None = None,
                 on_graph_start: Callable[["GraphSource", int], None] | None = None,
                 sleep: Callable[[float], None] = time.sleep):
        if method not in ("auto", "update", "gsp", "dataset"):
            raise ExportError(f"unknown export method {method!r} (update, gsp, dataset or auto)")
        self.server = server
        self.method = method
        self.batch_size = max(1, batch_size)
        self.retries = max(0, retries)
        self.backoff = backoff
        self.on_progress = on_progress or (lambda n: None)
        self.on_graph = on_graph or (lambda g, n: None)
        self.on_retry = on_retry or (lambda g, attempt, reason, delay: None)
        self.on_graph_start = on_graph_start or (lambda src, n: None)
        self.sleep = sleep
        self.retried = 0

    # -- choosing the method

    def resolve_method(self) -> str:
        s = self.server
        if self.method == "dataset":
            if not s.graph_store:
                s.graph_store = derive_graph_store(s.query_endpoint or s.update_endpoint or "", s.credentials)
            if not s.graph_store:
                raise ExportError("--method dataset needs --graph-store URL (cannot guess it from the endpoint)")
            if not s.update_endpoint:
                s.update_endpoint = derive_update_endpoint(s.query_endpoint or "", s.credentials)
            return "dataset"
        if self.method == "gsp" or (self.method == "auto" and s.graph_store):
            if not s.graph_store:
                s.graph_store = derive_graph_store(s.query_endpoint or s.update_endpoint or "", s.credentials)
                if not s.graph_store:
                    raise ExportError("--method gsp needs --graph-store URL (cannot guess it from the endpoint)")
            return "gsp"
        if self.method == "auto":
            guess = derive_graph_store(s.query_endpoint or "", s.credentials)
            if guess and self._answers_gsp(guess):
                s.graph_store = guess
                return "gsp"
        if not s.update_endpoint:
            s.update_endpoint = derive_update_endpoint(s.query_endpoint or "", s.credentials)
        return "update"

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
                if method not in ("update", "dataset") or len(triples) > self.batch_size:
                    break
            first = group[0][0].iri
            attempt = 0
            while True:
                attempt += 1
                try:
                    if method == "gsp":
                        self.on_graph_start(group[0][0], len(group[0][1]))
                        self._put(first, group[0][1])
                    elif method == "dataset":
                        self._post_dataset(group)
                    elif len(group) == 1:
                        self.on_graph_start(group[0][0], len(group[0][1]))
                        self._update(first, group[0][1])
                    else:
                        self._run_update(" ;\n".join(f"DROP SILENT GRAPH {_iri(src.iri)} ;\n" + _insert(_iri(src.iri), t)
                                                     if t else f"DROP SILENT GRAPH {_iri(src.iri)}" for src, t in group))
                        for src, t in group:
                            self.on_graph_start(src, len(t))
                            self.on_progress(len(t))
                    break
                except (_Fatal, _Retryable) as e:
                    if isinstance(e, _Retryable) and attempt <= self.retries:
                        delay = self.backoff * (2 ** (attempt - 1))
                        self.on_retry(first, attempt, str(e), delay)
                        self.retried += 1
                        self.sleep(delay)
                        continue
                    raise self._failure(method, first, str(e), attempt, written,
                                        [s.iri for s in sources[i:]], len(group)) from None
            for src, t in group:
                written.append(src.iri)
                total += len(t)
                self.on_graph(src.iri, len(t))
            i = j
        return ExportReport(method, written, total, time.monotonic() - t0, self.retried)

    def _failure(self, method, graph, reason, attempts, written, unwritten, together: int = 1) -> ExportError:
        where = self.server.graph_store if method in ("gsp", "dataset") else self.server.update_endpoint
        also = f" (and {together - 1} more in the same request)" if together > 1 else ""
        msg = (f"export ({method}) to {_short_url(where or '')} failed on graph <{graph_label(graph)}>{also} after "
               f"{attempts} attempt{'s' if attempts != 1 else ''}: {reason}; "
               f"written {len(written)} graph{'s' if len(written) != 1 else ''}: {_names(written)}; "
               f"not written {len(unwritten)}: {_names(unwritten)}; run the same command again to finish")
        return ExportError(self.server.scrub(msg), written, unwritten, attempts)

    def _post_dataset(self, group: list[tuple["GraphSource", list[ox.Triple]]]) -> None:
        """Many graphs in two requests: drop them, then one POST of their quads to the Graph Store (one
        transaction on Oxigraph). Between the two a graph is empty, never half-written; a failure leaves it to
        the next run, which writes it again."""
        self._run_update(" ;\n".join(f"DROP SILENT GRAPH {_iri(src.iri)}" for src, _ in group))
        quads = [ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(src.iri)) for src, ts in group for t in ts]
        body = ox.serialize(quads, format=ox.RdfFormat.N_QUADS) if quads else b""
        base = self.server.graph_store.split("?", 1)[0]
        self.server.request("POST", base, body, {"Content-Type": "application/n-quads; charset=utf-8"})
        for src, ts in group:
            self.on_graph_start(src, len(ts))
            self.on_progress(len(ts))

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

_TOKEN = re.compile(r'''
    (?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\'|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<comment>\#[^\n]*)
  | (?P<var>[?$][A-Za-z0-9_\u00B7\u00C0-\uFFFF]+)
  | (?P<open>\{) | (?P<close>\})
  | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<other>\s+|.)
''', re.VERBOSE | re.DOTALL)


def bind_into_text(text: str, bindings: dict) -> str:
    """The query with parameters bound: each variable replaced by its term (N-Triples escaping) inside
    the WHERE clause, and a ``VALUES`` row right after that clause's opening brace so that projected
    variables keep their value. A variable that is assigned in the query (``AS ?x``) or projected by a
    sub-select is only bound by the VALUES row."""
    if not bindings:
        return text
    terms = {k: _term_text(v) for k, v in bindings.items()}
    toks = [(m.lastgroup, m.group()) for m in _TOKEN.finditer(text)]
    # the WHERE clause: after the first top-level WHERE, else the first top-level brace after the query form
    depth, start, seen_where = 0, None, False
    for i, (kind, tok) in enumerate(toks):
        if kind == "word" and depth == 0 and tok.upper() == "WHERE":
            seen_where = True
        elif kind == "word" and depth == 0 and tok.upper() in ("SELECT", "ASK") and not seen_where:
            seen_where = True     # SELECT ... { } may omit WHERE
        elif kind == "open":
            if depth == 0 and seen_where:
                start = i
                break
            depth += 1
        elif kind == "close":
            depth -= 1
    if start is None:
        raise ExportError("cannot find the WHERE clause of the query to bind its parameters")
    depth, end = 0, None
    for i in range(start, len(toks)):
        if toks[i][0] == "open":
            depth += 1
        elif toks[i][0] == "close":
            depth -= 1
            if depth == 0:
                end = i
                break
    if end is None:
        raise ExportError("unbalanced braces in the query")
    # which variables can be substituted everywhere in the clause
    unsafe: set[str] = set()
    prev_word, in_projection = "", False
    for kind, tok in toks[start:end]:
        if kind == "word":
            up = tok.upper()
            if up == "SELECT":
                in_projection = True
            elif up == "WHERE":
                in_projection = False
            prev_word = up
        elif kind == "open":
            in_projection = False
            prev_word = ""
        elif kind == "var":
            name = tok[1:]
            if name in terms and (prev_word == "AS" or in_projection):
                unsafe.add(name)
            prev_word = ""
        elif kind not in ("other", "comment") or tok.strip():
            prev_word = ""
    out: list[str] = []
    for i, (kind, tok) in enumerate(toks):
        if start < i < end and kind == "var" and tok[1:] in terms and tok[1:] not in unsafe:
            out.append(terms[tok[1:]])
        else:
            out.append(tok)
        if i == start:
            names = list(terms)
            out.append(f"\n  VALUES ({' '.join('?' + n for n in names)}) {{ ({' '.join(terms[n] for n in names)}) }}\n")
    return "".join(out)


def _term_text(t) -> str:
    if isinstance(t, ox.NamedNode):
        return _iri(t.value)
    if isinstance(t, ox.Literal):
        return str(t)        # N-Triples form, escaped
    raise ExportError(f"cannot bind {t!r} as a parameter")


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


def _select(server: Server, text: str):
    import json as _json

    from SPARQLWrapper import JSON

    w = _wrapper(server, server.query_endpoint)
    w.setQuery(text)
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


def remote_query(server: Server, text: str):
    """Run a query on the server: (variables, rows of pyoxigraph terms), (None, bool), or a list of triples."""
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
        return _select(server, text)
    except (_Fatal, _Retryable) as e:
        raise ExportError(f"query failed: {e}") from None


def remote_labels(server: Server, iris, lang: str = "vi") -> dict[str, str]:
    """Labels of IRIs from the server, chosen as locally (``queries.label_map``): ``lang``, else the other
    language, else untagged."""
    iris = sorted({i for i in iris if ">" not in i})
    if not iris:
        return {}
    other = "en" if lang == "vi" else "vi"
    rank = {lang: 0, other: 1, "": 2}
    best: dict[str, tuple] = {}
    for k in range(0, len(iris), 500):
        values = " ".join(_iri(i) for i in iris[k:k + 500])
        q = ("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
             "PREFIX schema: <https://schema.org/> "
             f"SELECT ?s ?l WHERE {{ VALUES ?s {{ {values} }} ?s rdfs:label|skos:prefLabel|schema:name ?l }}")
        _, rows = remote_query(server, q)
        for s, lit in rows:
            if not isinstance(s, ox.NamedNode) or not isinstance(lit, ox.Literal):
                continue
            key = (rank.get((lit.language or "").lower(), 3), lit.value)
            if s.value not in best or key < best[s.value]:
                best[s.value] = key
    return {s: v for s, (_, v) in best.items()}


def run_stored_remote(server: Server, q, params: dict[str, str], fmt: str = "table", lang: str = "vi") -> str:
    """A stored query on a SPARQL server, parameters bound as RDF terms, formatted as locally."""
    import json as _json

    from . import queries as _q

    bindings = _q.bind_params(q, params)
    result = remote_query(server, bind_into_text(q.text, bindings))
    if isinstance(result, tuple) and result[0] is None:
        return _json.dumps({"head": {}, "boolean": result[1]}) if fmt == "json" else f"{str(result[1]).lower()}\n"
    if isinstance(result, tuple):
        variables, rows = result
        if fmt in ("turtle", "jsonld"):
            raise _q.QueryError(f"--format {fmt} is for CONSTRUCT/DESCRIBE queries; use table, csv, tsv or json")
        if fmt == "table":
            labels = remote_labels(server, (t.value for r in rows for t in r if isinstance(t, ox.NamedNode)), lang)
            try:
                return _q.format_solutions(variables, rows, fmt, labels)
            except TypeError:           # an older format_solutions without labels
                return _q.format_solutions(variables, rows, fmt)
        return _q.format_solutions(variables, rows, fmt)
    if fmt not in ("turtle", "table", "jsonld"):
        raise _q.QueryError(f"--format {fmt} is for SELECT queries; use turtle or jsonld")
    if fmt == "jsonld" and hasattr(_q, "_jsonld"):
        return _q._jsonld(result)
    return ox.serialize(result, format=ox.RdfFormat.TURTLE).decode("utf-8") if result else ""
