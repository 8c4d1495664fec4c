"""A client of a SPARQL 1.1 server: HTTP through httpx, credentials, redirects, deadlines, retries.

* Every request has a total deadline (``Server.timeout``, seconds from its start to the last byte of the answer:
  ``deadline_http``); ``probe()`` asks ``ASK {}`` with a short one first, so that a server that is not there, or
  does not speak SPARQL, is reported in seconds.
* Credentials (HTTP basic or digest) come only from the environment (``COOPGRAPH_USER`` and ``COOPGRAPH_PASSWORD``)
  or a netrc file (``NETRC`` or ``~/.netrc``); they are sent only to the origins of the endpoints; a redirect to
  another origin is refused; they are scrubbed from every message.
* Failures are one line: ``Retryable`` (connection errors, timeouts, 5xx, 408, 429) or ``Fatal`` (anything else).
  ``with_retries`` retries the first kind with exponential back-off.
* Proxy variables of the environment are not used: the endpoints are reached directly.
"""
from __future__ import annotations

import base64
import json
import netrc
import os
import re
import socket
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from typing import Callable, Iterable, Sequence, Union

import httpcore
import httpx
import pyoxigraph as ox

from .deadline_http import DeadlineTransport, deadline
from .sparql_text import query_form

USER_AGENT = "coopgraph"
DEFAULT_TIMEOUT = 60.0        # seconds per request, from its start to the end of the answer
PROBE_TIMEOUT = 5.0           # seconds for the first request to a server (ASK {})
MAX_REDIRECTS = 5
RESULTS_JSON = "application/sparql-results+json"
GRAPH_TYPES = {"text/turtle": ox.RdfFormat.TURTLE, "application/n-triples": ox.RdfFormat.N_TRIPLES,
               "application/rdf+xml": ox.RdfFormat.RDF_XML}

# a SELECT's (variables, rows of terms), an ASK's (None, answer), or a CONSTRUCT's triples
Answer = Union[tuple[list[str], list[list]], tuple[None, bool], list[ox.Triple]]


class RemoteError(Exception):
    """A request that failed; ``str()`` is one line without credentials."""


class Retryable(RemoteError):
    """A failure worth retrying: connection error, timeout, 5xx, 408, 429."""


class Fatal(RemoteError):
    """A failure that retrying will not fix: 4xx, authentication, refused redirect, an answer that is not SPARQL."""


class RedirectRefused(Fatal):
    """A redirect to another origin (scheme, host, port)."""


class GaveUp(Exception):
    """A request that failed after its retries: the last reason, the attempts made, and whether it was ``Fatal``."""

    def __init__(self, reason: str, attempts: int, fatal: bool):
        super().__init__(reason)
        self.reason, self.attempts, self.fatal = reason, attempts, fatal


# ------------------------------------------------------------------ credentials and URLs

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
        raise Fatal("COOPGRAPH_PASSWORD is set but COOPGRAPH_USER is not")
    path = env.get("NETRC") or os.path.join(os.path.expanduser("~"), ".netrc")
    if not os.path.isfile(path):
        return None
    try:
        entry = netrc.netrc(path).authenticators(urllib.parse.urlsplit(url).hostname or "")
    except (netrc.NetrcParseError, OSError) as e:
        # the parse error quotes the file's line: give only the file and line number
        line = getattr(e, "lineno", None)
        raise Fatal(f"cannot read netrc file {path}" + (f" (line {line})" if line else "")) from None
    if not entry:
        return None
    login, _account, password = entry
    if user and login and user != login:
        return None
    return Credentials(login or user or "", password or "", f"netrc ({path})")


def scrub(text: str, secrets: Iterable[str]) -> str:
    """``text`` without the secrets (as they are and URL-quoted) and without credentials in URLs."""
    for s in secrets:
        if s:
            text = text.replace(s, "***").replace(urllib.parse.quote(s, safe=""), "***")
    return re.sub(r"(https?://)[^/@\s]+@", r"\1***@", text)


def check_url(url: str, what: str) -> str:
    """``url`` if it is an http(s) URL without credentials in it; else Fatal naming the option ``what``."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise Fatal(f"{what}: expected an http(s) URL, got {scrub(url, [])!r}")
    if parts.username or parts.password:
        raise Fatal(f"{what}: credentials in the URL are not accepted; "
                    "set COOPGRAPH_USER and COOPGRAPH_PASSWORD or use a netrc file")
    return url


def origin(url: str | httpx.URL) -> tuple[str, str, int | None]:
    """(scheme, host, port) of a URL, the port made explicit."""
    p = urllib.parse.urlsplit(str(url))
    return p.scheme, (p.hostname or "").lower(), p.port or {"http": 80, "https": 443}.get(p.scheme)


def short_url(url: str) -> str:
    """A URL without its query string and credentials, for messages."""
    p = urllib.parse.urlsplit(url)
    host = (p.hostname or "") + (f":{p.port}" if p.port else "")
    return urllib.parse.urlunsplit((p.scheme, host, p.path, "", ""))


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


def derive_query_endpoint(url: str) -> str | None:
    """The query endpoint beside an update endpoint or Graph Store: Oxigraph's /update, /store → /query;
    Virtuoso's /sparql-auth, /sparql-graph-crud(-auth) → /sparql."""
    p = urllib.parse.urlsplit(url)
    path = p.path.rstrip("/")
    m = re.search(r"/(update|store)$", path) or re.search(r"/sparql(-auth|-graph-crud(-auth)?)$", path)
    if not m:
        return None
    path = path[: m.start()] + ("/query" if m.group(0) in ("/update", "/store") else "/sparql")
    return urllib.parse.urlunsplit((p.scheme, p.netloc, path, "", ""))


# ------------------------------------------------------------------ authentication

class _ChallengeAuth(httpx.Auth):
    """Credentials for the endpoints' origins only: basic up front (``upfront``), else in the scheme the server
    asks for (basic or digest), remembered for the next requests."""

    def __init__(self, creds: Credentials, origins: set, upfront: bool):
        self._basic = httpx.BasicAuth(creds.user, creds.password)
        self._digest = httpx.DigestAuth(creds.user, creds.password)
        self._origins = origins
        self._scheme = "basic" if upfront else None

    def auth_flow(self, request: httpx.Request):
        if origin(request.url) not in self._origins:
            yield request
            return
        if self._scheme == "basic":
            yield from self._basic.auth_flow(request)
            return
        if self._scheme == "digest":
            yield from self._digest.auth_flow(request)
            return
        response = yield request
        if response.status_code != 401:
            return
        schemes = {h.split(None, 1)[0].lower() for h in response.headers.get_list("www-authenticate") if h.strip()}
        if "digest" in schemes:
            self._scheme = "digest"
            flow = self._digest.auth_flow(request)
            next(flow)
            try:
                retry = flow.send(response)
            except StopIteration:
                return
            answer = yield retry
            try:
                flow.send(answer)
            except StopIteration:
                pass
        elif "basic" in schemes:
            self._scheme = "basic"
            yield from self._basic.auth_flow(request)


# ------------------------------------------------------------------ the server

@dataclass
class Server:
    """Where and how to talk to a SPARQL server. Thread-safe: the export's workers share one."""

    query_endpoint: str | None = None
    update_endpoint: str | None = None
    graph_store: str | None = None
    credentials: Credentials | None = None
    timeout: float = DEFAULT_TIMEOUT
    auth: str = "auto"            # auto (answer the server's challenge) | basic (send it up front)
    _client: httpx.Client | None = field(default=None, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def client(self) -> httpx.Client:
        with self._lock:
            if self._client is None:
                auth = None
                if self.credentials:
                    origins = {origin(u) for u in (self.query_endpoint, self.update_endpoint, self.graph_store) if u}
                    auth = _ChallengeAuth(self.credentials, origins, self.auth == "basic")
                self._client = httpx.Client(transport=DeadlineTransport(), auth=auth, follow_redirects=False,
                                            trust_env=False, timeout=httpx.Timeout(self.timeout),
                                            headers={"User-Agent": USER_AGENT})
            return self._client

    def close(self) -> None:
        """Close the connections (a new client is made at the next request)."""
        with self._lock:
            if self._client is not None:
                self._client.close()
                self._client = None

    def secrets(self) -> list[str]:
        if not self.credentials:
            return []
        c = self.credentials
        return [c.password, base64.b64encode(f"{c.user}:{c.password}".encode()).decode()]

    def scrub(self, text: str) -> str:
        return scrub(text, self.secrets())

    # -- HTTP

    def request(self, method: str, url: str, body: bytes | None = None, headers: dict | None = None,
                timeout: float | None = None) -> httpx.Response:
        """One HTTP request (same-origin redirects followed), read whole within ``timeout`` seconds in all
        (default ``self.timeout``); a 2xx answer, else Retryable or Fatal with a one-line, scrubbed reason."""
        seconds = self.timeout if timeout is None else timeout
        if method == "HEAD":
            # Oxigraph sends a body with an error answer to HEAD: that connection may not be used again
            headers = {**(headers or {}), "Connection": "close"}
        try:
            with deadline(seconds):
                request = self.client.build_request(method, url, content=body, headers=headers)
                for _ in range(MAX_REDIRECTS + 1):
                    response = self.client.send(request)
                    if not response.has_redirect_location:
                        break
                    following = response.next_request
                    if following is None or origin(following.url) != origin(request.url):
                        target = response.headers.get("location", "")
                        raise RedirectRefused(self.scrub(
                            f"redirect ({response.status_code}) from {short_url(str(request.url))} to another host "
                            f"{short_url(str(urllib.parse.urljoin(str(request.url), target)))} refused"))
                    request = following
                else:
                    raise Fatal(f"more than {MAX_REDIRECTS} redirects from {short_url(url)}")
        except RemoteError:
            raise
        except (httpx.TimeoutException, httpcore.TimeoutException):
            raise Retryable(f"no complete answer within {seconds:g} s ({short_url(url)})") from None
        except (httpx.HTTPError, httpcore.ConnectError, httpcore.NetworkError, httpcore.ProtocolError, OSError) as e:
            raise Retryable(self.scrub(f"{_reason(e)} ({short_url(url)})")) from None
        if response.status_code >= 400:
            raise self._status_error(response, url)
        return response

    def _status_error(self, response: httpx.Response, url: str) -> RemoteError:
        code, where = response.status_code, short_url(url)
        if code == 401:
            if self.credentials:
                return Fatal(f"authentication failed at {where}: the server refused user "
                             f"{self.credentials.user!r} (from {self.credentials.source}); check the password")
            return Fatal(f"{where} requires authentication: set COOPGRAPH_USER and COOPGRAPH_PASSWORD "
                         "or add a netrc entry for its host")
        if code == 403:
            return Fatal(f"{where} answered 403 Forbidden (this account may not write there)")
        body = _body_text(response)
        text = self.scrub(f"HTTP {code} {response.reason_phrase or ''}".strip() + f" from {where}"
                          + (f": {body}" if body else ""))
        return Retryable(text) if code >= 500 or code in (408, 429) else Fatal(text)

    def software(self, url: str) -> str:
        """The ``Server`` header of a HEAD request to ``url`` ("" when there is none)."""
        return self.request("HEAD", url).headers.get("server", "")

    # -- SPARQL

    def query(self, text: str, named_graphs: Sequence[str] | None = None, timeout: float | None = None) -> Answer:
        """Run a query (a URL-encoded form POST: Virtuoso 7.2 never answers a direct POST of a query);
        ``named_graphs`` are sent as ``named-graph-uri`` (SPARQL 1.1 Protocol: the default graph is then empty).
        Raises Fatal if the answer is not SPARQL results (or RDF, for CONSTRUCT and DESCRIBE)."""
        endpoint = self.query_endpoint or ""
        graph_form = query_form(text) in ("CONSTRUCT", "DESCRIBE")
        accept = "text/turtle, application/n-triples;q=0.9" if graph_form else f"{RESULTS_JSON}, application/json;q=0.9"
        form = [("query", text)] + [("named-graph-uri", g) for g in named_graphs or ()]
        response = self.request("POST", endpoint, urllib.parse.urlencode(form).encode(),
                                {"Content-Type": "application/x-www-form-urlencoded", "Accept": accept}, timeout)
        kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
        try:
            if kind in GRAPH_TYPES:
                return [q.triple for q in ox.parse(response.content, format=GRAPH_TYPES[kind])]
            if kind in (RESULTS_JSON, "application/json"):
                return _parse_json_results(response.content)
        except (ValueError, SyntaxError):
            pass
        raise Fatal(f"{short_url(endpoint)} did not answer SPARQL results to a query "
                    f"(it sent {kind or 'no content type'}{', not parseable' if kind in GRAPH_TYPES or 'json' in kind else ''}): "
                    "is it a SPARQL query endpoint?")

    def select(self, text: str, named_graphs: Sequence[str] | None = None,
               timeout: float | None = None) -> tuple[list[str], list[list]]:
        """A SELECT's (variables, rows); Fatal if the server answers anything else."""
        answer = self.query(text, named_graphs, timeout)
        if not isinstance(answer, tuple) or answer[0] is None:
            raise Fatal(f"{short_url(self.query_endpoint or '')} did not answer a SELECT with a table of results")
        return answer

    def update(self, text: str) -> None:
        """Run a SPARQL Update (the text as the request body: no URL-encoding of big batches)."""
        self.request("POST", self.update_endpoint or "", text.encode("utf-8"),
                     {"Content-Type": "application/sparql-update; charset=utf-8"})

    def probe(self, timeout: float = PROBE_TIMEOUT) -> None:
        """Ask ``ASK {}`` within ``timeout`` seconds: Fatal unless the query endpoint answers it as SPARQL does."""
        where = short_url(self.query_endpoint or "")
        try:
            answer = self.query("ASK {}", timeout=min(timeout, self.timeout))
        except Retryable as e:
            raise Fatal(f"the server did not answer a first SPARQL request (ASK {{}}): {e}") from None
        if answer != (None, True):
            raise Fatal(f"{where} answered ASK {{}} with {answer!r:.60} instead of true: not a SPARQL endpoint")


def with_retries(fn: Callable[[], object], retries: int, backoff: float,
                 on_retry: Callable[[int, str, float], None] = lambda attempt, reason, delay: None,
                 sleep: Callable[[float], None] = time.sleep) -> tuple[object, int]:
    """(fn(), attempts), retrying Retryable failures up to ``retries`` times, ``backoff`` seconds before the first
    retry, doubling each time; raises GaveUp after the last."""
    attempt = 0
    while True:
        attempt += 1
        try:
            return fn(), attempt
        except RemoteError as e:
            if isinstance(e, Retryable) and attempt <= retries:
                delay = backoff * (2 ** (attempt - 1))
                on_retry(attempt, str(e), delay)
                sleep(delay)
                continue
            raise GaveUp(str(e), attempt, isinstance(e, Fatal)) from None


def iri_ref(iri: str) -> str:
    """``<iri>`` for a SPARQL text, after checking that it is an IRI (ValueError if not)."""
    ox.NamedNode(iri)
    return f"<{iri}>"


def count_triples(server: Server, graph: str | None = None) -> int:
    """Triples on the server, in one graph or in all named graphs."""
    where = f"GRAPH {iri_ref(graph)} {{ ?s ?p ?o }}" if graph else "GRAPH ?g { ?s ?p ?o }"
    _, rows = server.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")
    return int(rows[0][0].value) if rows and rows[0][0] is not None else 0


def count_by_graph(server: Server, graphs: Sequence[str]) -> dict[str, int]:
    """Triples the server holds in each of ``graphs`` (0 for a graph it does not hold), in one query."""
    if not graphs:
        return {}
    values = " ".join(iri_ref(g) for g in graphs)
    _, rows = server.select(f"SELECT ?g (COUNT(*) AS ?n) WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }} "
                            "GROUP BY ?g")
    counts = dict.fromkeys(graphs, 0)
    for g, n in rows:
        if isinstance(g, ox.NamedNode) and n is not None:
            counts[g.value] = int(n.value)
    return counts


def graphs_with_prefix(server: Server, prefixes: Sequence[str]) -> list[str]:
    """The named graphs on the server (holding at least one triple) whose IRI starts with one of ``prefixes``, sorted."""
    test = " || ".join(f"STRSTARTS(STR(?g), {json.dumps(p)})" for p in prefixes)
    _, rows = server.select(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER({test}) }}")
    return sorted(r[0].value for r in rows if isinstance(r[0], ox.NamedNode))


# ------------------------------------------------------------------ helpers

def _parse_json_results(raw: bytes) -> Answer:
    """SPARQL 1.1 JSON results as (variables, rows of pyoxigraph terms) or (None, answer). Parsed here rather than
    by pyoxigraph, which refuses Virtuoso's blank node labels (``nodeID://b10012``)."""
    data = json.loads(raw.decode("utf-8"))
    if not isinstance(data, dict):
        raise ValueError("not SPARQL JSON results")
    if "boolean" in data:
        return None, bool(data["boolean"])
    if "results" not in data:
        raise ValueError("not SPARQL JSON results")
    variables = data.get("head", {}).get("vars", [])
    rows = [[_json_term(b.get(v)) for v in variables] for b in data["results"].get("bindings", [])]
    return variables, rows


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
        label = re.sub(r"[^A-Za-z0-9_]", "_", value)
        return ox.BlankNode(label) if label else ox.BlankNode()
    return ox.Literal(value)


def _body_text(response: httpx.Response) -> str:
    text = response.content[:2000].decode("utf-8", "replace")
    if "<html" in text.lower() or "<!doctype" in text.lower():
        text = re.sub(r"<[^>]+>", " ", text)
    text = " ".join(text.split())
    return text[:300] + ("…" if len(text) > 300 else "")


def _reason(e: BaseException) -> str:
    """A short reason for a network failure: the root cause (connection refused, unknown host), lower case."""
    cause: BaseException | None = e
    while cause is not None:
        if isinstance(cause, ConnectionRefusedError) or "connection refused" in str(cause).lower():
            return "connection refused"
        if isinstance(cause, socket.gaierror) or "name or service not known" in str(cause).lower():
            return f"unknown host ({getattr(cause, 'strerror', None) or cause})"
        cause = cause.__cause__ or cause.__context__
    if isinstance(e, OSError) and e.strerror:
        return e.strerror.lower()
    text = str(e).splitlines()[0] if str(e) else ""
    return text or type(e).__name__
