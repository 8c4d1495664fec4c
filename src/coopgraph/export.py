"""Export to a SPARQL 1.1 server: each graph of the plan (``export_graphs``) *replaced* on the server, so that
re-exporting an article replaces exactly its graph and re-running an interrupted export finishes the job.

Before anything is written, the server is probed (``ASK {}`` within seconds: it must answer as SPARQL does); after
each request, the number of triples the server then holds in the graphs of that request is read back and must be
what was sent, so that "exported" is never said of a server that stored nothing. With ``prune``, article graphs
on the server whose source is not in the plan (and temporary graphs an interrupted export left) are dropped
after the graphs are written.

Three methods:

* ``gsp``: SPARQL 1.1 Graph Store HTTP Protocol, one ``PUT`` of the graph as N-Triples per graph
  (atomic per graph on the server);
* ``update``: SPARQL 1.1 Update. A graph that fits in one batch is written with
  ``DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { ... } }`` in one request (several such small
  graphs share a request, up to the batch size: Oxigraph's cost is mostly per request); a larger one is
  written in batches into a temporary graph that is then moved over the real one (``MOVE``), so the
  real graph is never half-written;
* ``dataset`` (Oxigraph): whole graphs in batches of N-Quads POSTed to the Graph Store (``export_dataset``).
"""
from __future__ import annotations

import re
import time
import urllib.parse
from dataclasses import dataclass, field
from typing import Callable, Sequence

import pyoxigraph as ox

from .export_dataset import write_dataset
from .export_graphs import (ARTICLE_GRAPHS, TEMP_GRAPHS, GraphSource, drop_text, graph_names,
                            insert_text, ntriples, replace_text, stale_graphs, temp_graph, update_batches, with_graph)
from .graphfiles import GraphFileError
from .rdfmap import ONTOLOGY_GRAPH
from .sparql_client import (Fatal, GaveUp, RedirectRefused, RemoteError, Retryable, Server, check_url, count_by_graph,
                            derive_graph_store, derive_query_endpoint, derive_update_endpoint,
                            graphs_with_prefix, iri_ref, short_url, with_retries)

DEFAULT_BATCH = 1000          # triples per INSERT DATA; Virtuoso refuses 2,000 or more in one request
DEFAULT_RETRIES = 3           # retries after the first attempt, per request
DEFAULT_BACKOFF = 0.5         # seconds before the first retry; doubles each time
DATASET_BATCH = 25_000        # quads per POST (dataset method): the fastest in benchmarks/export_bench.py
DATASET_PARALLEL = 2          # POSTs in flight (dataset method): the server may use a second core
PRUNE_BATCH = 200             # graphs per DROP request when pruning
METHODS = ("auto", "update", "gsp", "dataset")


class ExportError(Exception):
    """An export that failed; ``str()`` is one line without credentials, naming the graphs written and not."""

    def __init__(self, message: str, written: Sequence[str] = (), unwritten: Sequence[str] = (), attempts: int = 0):
        super().__init__(message)
        self.written = list(written)
        self.unwritten = list(unwritten)
        self.attempts = attempts


@dataclass
class ExportReport:
    method: str
    graphs: list[str]
    triples: int
    seconds: float
    retries: int = 0
    pruned: list[str] = field(default_factory=list)      # graphs dropped on the server (their source is gone)


@dataclass
class Hooks:
    """What the caller is told while an export runs (a progress bar, messages)."""

    progress: Callable[[int], None] = lambda n: None                        # triples written (negative: undone)
    graph: Callable[[str, int], None] = lambda iri, n: None                # a graph written, with its triples
    graph_start: Callable[[GraphSource, int], None] = lambda src, n: None  # a graph about to be written
    retry: Callable[[str, int, str, float], None] = lambda iri, attempt, reason, delay: None


class Exporter:
    """Writes graphs to a server with bounded retries, checking what it stored; see the module docstring."""

    def __init__(self, server: Server, method: str = "auto", batch_size: int | None = None,
                 retries: int = DEFAULT_RETRIES, backoff: float = DEFAULT_BACKOFF,
                 on_progress: Callable[[int], None] | None = None,
                 on_graph: Callable[[str, int], None] | None = None,
                 on_retry: Callable[[str, int, str, float], None] | None = None,
                 on_graph_start: Callable[[GraphSource, int], None] | None = None,
                 sleep: Callable[[float], None] = time.sleep, parallel: int = DATASET_PARALLEL,
                 new_graphs: str = "auto", prune: bool = False):
        if method not in METHODS:
            raise ExportError(f"unknown export method {method!r} (update, gsp, dataset or auto)")
        if new_graphs not in ("auto", "transaction"):
            raise ExportError(f"unknown way to write new graphs {new_graphs!r} (auto or transaction)")
        self.server = server
        self.method = method
        self.batch_given = batch_size           # None: the chosen method's default (DEFAULT_BATCH, DATASET_BATCH)
        self.batch_size = max(1, batch_size or DEFAULT_BATCH)
        self.retries = max(0, retries)
        self.backoff = backoff
        self.hooks = Hooks()
        for name, fn in (("progress", on_progress), ("graph", on_graph), ("graph_start", on_graph_start),
                         ("retry", on_retry)):
            if fn is not None:
                setattr(self.hooks, name, fn)
        self.sleep = sleep
        self.retried = 0
        self.parallel = max(1, parallel)        # dataset method: POSTs in flight
        self.new_graphs = new_graphs            # dataset method: auto bulk-loads graphs absent from the server
        self.prune = prune                      # drop the article graphs whose source is gone

    # -- before writing

    def connect(self) -> None:
        """Check the endpoints, find the query endpoint if only the others were given, and probe the server
        (``Server.probe``); ExportError if it does not answer as a SPARQL server."""
        s = self.server
        try:
            for name, url in (("--endpoint", s.query_endpoint), ("--update-endpoint", s.update_endpoint),
                              ("--graph-store", s.graph_store)):
                if url:
                    check_url(url, name)
            if not s.query_endpoint:
                s.query_endpoint = derive_query_endpoint(s.graph_store or s.update_endpoint or "")
            if not s.query_endpoint:
                raise Fatal("give --endpoint QUERY_URL too: the export reads back from it what the server stored")
            s.probe()
        except RemoteError as e:
            raise ExportError(s.scrub(f"export failed: {e}; written 0 graphs")) from None

    def stale(self, sources: Sequence[GraphSource]) -> list[str]:
        """The graphs an export of ``sources`` with ``prune`` would drop on the server (after ``connect``)."""
        try:
            on_server = graphs_with_prefix(self.server, [ARTICLE_GRAPHS, TEMP_GRAPHS])
        except RemoteError as e:
            raise ExportError(self.server.scrub(f"cannot list the graphs on the server: {e}")) from None
        return stale_graphs(on_server, sources)

    def resolve_method(self) -> str:
        """The method to use (``auto`` decided by asking the server), with the endpoints it needs filled in."""
        s = self.server
        if self.method == "dataset":
            if not s.graph_store:
                s.graph_store = derive_graph_store(s.query_endpoint or s.update_endpoint or "", s.credentials)
            if not s.graph_store:
                raise ExportError("--method dataset needs --graph-store URL (cannot guess it from the endpoint)")
            if not s.query_endpoint and urllib.parse.urlsplit(s.graph_store).path.rstrip("/").endswith("/store"):
                s.query_endpoint = derive_query_endpoint(s.graph_store)
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
        try:
            return self.server.software(url.split("?", 1)[0] + "?default").startswith("Oxigraph/")
        except RedirectRefused:
            raise
        except RemoteError:
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
            except RemoteError as e:
                m = re.search(r"HTTP (\d{3})", str(e))
                return int(m.group(1)) if m else 0

        code = status(with_graph(url, str(ONTOLOGY_GRAPH)))
        if code == 404:
            code = status(url + ("&" if "?" in url else "?") + "default")
        return code in (200, 405, 501)

    # -- writing

    def export(self, sources: Sequence[GraphSource]) -> ExportReport:
        """Write ``sources`` (then prune, if asked); ExportError names what was written and what was not."""
        t0 = time.monotonic()
        self.connect()
        try:
            method = self.resolve_method()
        except RedirectRefused as e:
            raise ExportError(f"export failed: {e}; written 0 graphs", [], [s.iri for s in sources]) from None
        if self.batch_given is None and method == "dataset":
            self.batch_size = DATASET_BATCH
        if method == "dataset":
            written, triples = write_dataset(self, sources)
        else:
            written, triples = self._write_by_request(sources, method)
        report = ExportReport(method, written, triples, 0.0, self.retried)
        if self.prune:
            report.pruned = self._prune(sources, method, written)
        report.seconds = time.monotonic() - t0
        return report

    def retrying(self, fn: Callable[[], object], graph: str) -> tuple[object, int]:
        """(fn(), attempts) with this export's retries (``with_retries``); raises GaveUp."""
        def retry(attempt: int, reason: str, delay: float) -> None:
            self.retried += 1
            self.hooks.retry(graph, attempt, reason, delay)

        return with_retries(fn, self.retries, self.backoff, retry, self.sleep)

    def verify(self, expected: dict[str, int]) -> None:
        """Read back the triples the server holds in each graph: Fatal unless it is the number sent."""
        held = count_by_graph(self.server, list(expected))
        for g, n in expected.items():
            if held[g] != n:
                raise Fatal(f"the server holds {held[g]} triples in <{g}> after it was sent {n}: it did not store "
                            f"what it was sent (is {short_url(self.server.query_endpoint or '')} the query endpoint "
                            "of the same store?)")

    def failure(self, method: str, graph: str, reason: str, attempts: int, written: Sequence[str],
                unwritten: Sequence[str], together: int = 1, doing: str | None = None) -> ExportError:
        """The one-line error of a failed export."""
        where = self.server.graph_store if method in ("gsp", "dataset") else self.server.update_endpoint
        also = f" (and {together - 1} more in the same request)" if together > 1 else ""
        doing = doing or f"on graph <{graph_names([graph])}>{also}"
        msg = (f"export ({method}) to {short_url(where or '')} failed {doing} after "
               f"{attempts} attempt{'s' if attempts != 1 else ''}: {reason}; "
               f"written {len(written)} graph{'s' if len(written) != 1 else ''}: {graph_names(written)}; "
               f"not written {len(unwritten)}: {graph_names(unwritten)}; run the same command again to finish")
        return ExportError(self.server.scrub(msg), written, unwritten, attempts)

    def read_failure(self, reason: str, written: Sequence[str], unwritten: Sequence[str]) -> ExportError:
        """The one-line error of an export stopped by a file it cannot read."""
        return ExportError(self.server.scrub(
            f"{reason}; written {len(written)} graph{'s' if len(written) != 1 else ''}: {graph_names(written)}; "
            f"not written {len(unwritten)}: {graph_names(unwritten)}"), written, unwritten)

    def _write_by_request(self, sources: Sequence[GraphSource], method: str) -> tuple[list[str], int]:
        """The ``gsp`` and ``update`` methods: a request per graph (or per batch of a large graph, or per group of
        small graphs), each followed by a read-back of its graphs."""
        written: list[str] = []
        total = 0
        i = 0
        loaded: dict[int, list[ox.Triple]] = {}
        while i < len(sources):
            try:
                group, j = self._next_group(sources, i, method, loaded)
            except GraphFileError as e:
                raise self.read_failure(str(e), written, [s.iri for s in sources[i:]]) from None
            first = group[0][0].iri
            try:
                self.retrying(lambda: self._send_group(group, method), first)
            except GaveUp as e:
                raise self.failure(method, first, e.reason, e.attempts, written,
                                   [s.iri for s in sources[i:]], len(group)) from None
            for src, t in group:
                written.append(src.iri)
                total += len(t)
                self.hooks.graph(src.iri, len(t))
            i = j
        return written, total

    def _next_group(self, sources: Sequence[GraphSource], i: int, method: str,
                    loaded: dict[int, list[ox.Triple]]) -> tuple[list[tuple[GraphSource, list[ox.Triple]]], int]:
        """The graphs of the next request from ``sources[i]`` on: one graph, or (update method) several small graphs
        that fit in one batch together, each still dropped and inserted whole (a request is one transaction on
        Oxigraph); and the index after them. ``loaded`` keeps a graph read but left for the next request."""
        group: list[tuple[GraphSource, list[ox.Triple]]] = []
        size, j = 0, i
        while j < len(sources):
            triples = loaded.pop(j) if j in loaded else sources[j].triples()
            if group and size + len(triples) > self.batch_size:
                loaded[j] = triples
                break
            group.append((sources[j], triples))
            size += len(triples)
            j += 1
            if method != "update" or len(triples) > self.batch_size:
                break
        return group, j

    def _send_group(self, group: list[tuple[GraphSource, list[ox.Triple]]], method: str) -> None:
        src, triples = group[0]
        if method == "gsp":
            self.hooks.graph_start(src, len(triples))
            self.server.request("PUT", with_graph(self.server.graph_store or "", src.iri), ntriples(triples),
                                {"Content-Type": "application/n-triples; charset=utf-8"})
            self.hooks.progress(len(triples))
        elif len(group) == 1:
            self.hooks.graph_start(src, len(triples))
            self._update_graph(src.iri, triples)
        else:
            self.server.update(" ;\n".join(replace_text(s.iri, t) for s, t in group))
            for s, t in group:
                self.hooks.graph_start(s, len(t))
                self.hooks.progress(len(t))
        self.verify({s.iri: len(set(t)) for s, t in group})

    def _update_graph(self, graph: str, triples: Sequence[ox.Triple]) -> None:
        """One graph by SPARQL Update: in one request, or in batches into a temporary graph moved over it."""
        parts = update_batches(triples, self.batch_size)
        if len(parts) <= 1:
            self.server.update(replace_text(graph, triples))
            self.hooks.progress(len(triples))
            return
        tmp = temp_graph(graph)
        self.server.update(drop_text([tmp]))
        done = 0
        try:
            for b in parts:
                self.server.update(insert_text(tmp, b))
                done += len(b)
                self.hooks.progress(len(b))
            self.server.update(f"DROP SILENT GRAPH {iri_ref(graph)} ;\nMOVE SILENT {iri_ref(tmp)} TO {iri_ref(graph)}")
        except Retryable:
            self.hooks.progress(-done)      # the graph will be written again from the start
            raise

    # -- pruning

    def _prune(self, sources: Sequence[GraphSource], method: str, written: list[str]) -> list[str]:
        """Drop the stale graphs (``stale``) and check that they are gone; returns them."""
        stale = self.stale(sources)
        if stale and not self.server.update_endpoint:
            self.server.update_endpoint = derive_update_endpoint(self.server.query_endpoint or "",
                                                                 self.server.credentials)
        for k in range(0, len(stale), PRUNE_BATCH):
            part = stale[k:k + PRUNE_BATCH]

            def drop(part=part) -> None:
                self.server.update(drop_text(part))
                self.verify(dict.fromkeys(part, 0))

            try:
                self.retrying(drop, part[0])
            except GaveUp as e:
                raise ExportError(self.server.scrub(
                    f"export ({method}): all {len(written)} graphs written, but removing the graphs whose source is "
                    f"gone failed after {e.attempts} attempt{'s' if e.attempts != 1 else ''}: {e.reason}; removed "
                    f"{k} of {len(stale)}: {graph_names(stale)}; run the same command again to finish"),
                    written, stale[k:], e.attempts) from None
        return stale


__all__ = ["DATASET_BATCH", "DATASET_PARALLEL", "DEFAULT_BATCH", "ExportError", "ExportReport", "Exporter", "Hooks"]
