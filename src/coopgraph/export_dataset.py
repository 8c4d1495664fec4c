"""The ``dataset`` export method (Oxigraph): whole graphs in batches of N-Quads POSTed to the Graph Store, read and
serialised ahead in a thread while up to ``parallel`` requests are in flight.

The server is asked once which graphs it holds. A graph it holds is dropped (``DROP SILENT GRAPH``, a request of
its own) and then written by a transactional POST: between the two it is empty, never half-written. With
``new_graphs="auto"`` (the default) a batch of graphs the server does *not* hold is POSTed with
``?no_transaction``, Oxigraph's bulk loader (about twice as fast). That is safe in a weaker sense: nothing that
was on the server can be lost (the graphs did not exist), but readers may see such a graph while it is being
filled, and if the request fails the export drops the graphs of that request and reports them as not written;
if the server itself died mid-request, a partial new graph stays until the next export, which replaces it (it
then exists, so it is dropped and written in a transaction). The list of graphs is taken once, at the start: a
graph that another client creates meanwhile would be added to, not replaced. Use ``new_graphs="transaction"``
when readers must never see a partial graph. Each POST is followed by a read-back of its graphs' triples."""
from __future__ import annotations

import queue
import threading
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Callable, Iterator, Protocol, Sequence

import pyoxigraph as ox

from .export_graphs import DatasetBatch, GraphSource, dataset_batches, drop_text
from .graphfiles import GraphFileError
from .sparql_client import GaveUp, RemoteError, Server


class DatasetWriter(Protocol):
    """What this method needs of ``export.Exporter`` (which calls it)."""

    server: Server
    batch_size: int
    parallel: int
    new_graphs: str
    hooks: object           # export.Hooks: progress, graph, graph_start

    def retrying(self, fn: Callable[[], object], graph: str) -> tuple[object, int]: ...

    def verify(self, expected: dict[str, int]) -> None: ...

    def failure(self, method: str, graph: str, reason: str, attempts: int, written: Sequence[str],
                unwritten: Sequence[str], together: int = 1, doing: str | None = None) -> Exception: ...

    def read_failure(self, reason: str, written: Sequence[str], unwritten: Sequence[str]) -> Exception: ...


def write_dataset(exporter: DatasetWriter, sources: Sequence[GraphSource]) -> tuple[list[str], int]:
    """Write ``sources`` by the dataset method: (graphs written, triples); ExportError (by ``exporter.failure``)
    naming what was written and not."""
    existing = _graphs_on_server(exporter, sources)
    done: set[str] = set()
    failure: tuple[str, str, int, int] | None = None       # graph, reason, attempts, graphs in the request
    counted = [0]
    pending: deque[tuple[DatasetBatch, Future]] = deque()
    reader = ReadAhead(dataset_batches(sources, exporter.batch_size), depth=exporter.parallel + 1)
    try:
        with ThreadPoolExecutor(max_workers=exporter.parallel, thread_name_prefix="coopgraph-export") as pool:
            try:
                for batch in reader:
                    if len(pending) >= exporter.parallel:
                        failure = _settle(exporter, *pending.popleft(), done, counted)
                        if failure:
                            break
                    pending.append((batch, pool.submit(_send_batch, exporter, batch, existing)))
            except GraphFileError as e:        # a file that cannot be read or parsed
                failure = ("", str(e), 0, 0)
            while pending:                  # let the requests in flight finish, and count them
                failed = _settle(exporter, *pending.popleft(), done, counted)
                failure = failure or failed     # the first failure is the one reported
    finally:
        reader.close()
    written = [s.iri for s in sources if s.iri in done]
    if failure:
        unwritten = [s.iri for s in sources if s.iri not in done]
        graph, reason, attempts, together = failure
        if not graph:
            raise exporter.read_failure(reason, written, unwritten)
        raise exporter.failure("dataset", graph, reason, attempts, written, unwritten, together)
    return written, counted[0]


def _settle(exporter: DatasetWriter, batch: DatasetBatch, future: Future, done: set[str], counted: list[int]):
    """Wait for one request; report its graphs, or return (graph, reason, attempts, graphs) if it failed."""
    try:
        future.result()
    except GaveUp as e:
        return batch.sources[0].iri, e.reason, e.attempts, len(batch.sources)
    for src, n in zip(batch.sources, batch.counts):
        exporter.hooks.graph_start(src, n)
        exporter.hooks.progress(n)
        done.add(src.iri)
        counted[0] += n
        exporter.hooks.graph(src.iri, n)
    return None


def _graphs_on_server(exporter: DatasetWriter, sources: Sequence[GraphSource]) -> set[str] | None:
    """The named graphs the server holds, asked once; None if it cannot tell (then every graph is dropped before
    it is written and none is bulk-loaded, as if all existed)."""
    if not sources:
        return None

    def ask() -> set[str]:
        _, rows = exporter.server.select("SELECT DISTINCT ?g WHERE { GRAPH ?g {} }")
        return {r[0].value for r in rows if r and isinstance(r[0], ox.NamedNode)}

    try:
        return exporter.retrying(ask, sources[0].iri)[0]
    except GaveUp as e:
        if e.fatal:
            return None
        raise exporter.failure("dataset", sources[0].iri, e.reason, e.attempts, [], [s.iri for s in sources],
                               doing="to list the graphs on the server") from None


def _send_batch(exporter: DatasetWriter, batch: DatasetBatch, existing: set[str] | None) -> int:
    """Write one batch (in a worker thread) and read its graphs back, with retries; raises GaveUp."""
    iris = [s.iri for s in batch.sources]
    drop = iris if existing is None else [g for g in iris if g in existing]
    # only a request whose graphs are all absent from the server may skip the transaction
    bulk = exporter.new_graphs == "auto" and existing is not None and not drop
    server = exporter.server
    base = (server.graph_store or "").split("?", 1)[0]
    headers = {"Content-Type": "application/n-quads; charset=utf-8"}

    def once() -> None:
        if bulk:
            try:
                server.request("POST", base + "?no_transaction", batch.body, headers)
            except RemoteError as e:
                # the graphs were absent: drop what the failed request may have left of them
                raise type(e)(str(e) + _undo_new(exporter, iris)) from None
        else:
            if drop:
                server.update(drop_text(drop))
            server.request("POST", base, batch.body, headers)
        exporter.verify(dict(zip(iris, batch.counts)))

    return exporter.retrying(once, iris[0])[1]


def _undo_new(exporter: DatasetWriter, iris: Sequence[str]) -> str:
    """Drop graphs a failed bulk request may have half-written; what to add to the error."""
    try:
        exporter.server.update(drop_text(iris))
        return ""
    except RemoteError:
        return ("; its new graphs may be partly written (dropping them failed too) until an export "
                "writes them again")


class ReadAhead:
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
