"""``coopgraph serve``: load the graph into an Oxigraph folder and serve it (``serve_http``) until stopped.

Without ``location`` the folder is a temporary one, removed when the server stops: on Ctrl-C, SIGTERM or SIGHUP
(there is no child process to leave behind: the server runs in this process). The folder holds a lock for the
server's whole life, so a folder whose server was killed outright (SIGKILL) is known by its free lock and
removed by the next ``coopgraph serve``."""
from __future__ import annotations

import contextlib
import http.server
import os
import shutil
import signal
import stat
import tempfile
import threading
import time
from pathlib import Path
from typing import Callable, Iterator, Sequence

import pyoxigraph as ox

from .export_graphs import GraphSource
from .query.store import bulk_load_files
from .serve_http import Endpoint, home_page, query_link, questions_page

try:
    import fcntl
except ImportError:          # not on POSIX: no lock, no clean-up of other folders
    fcntl = None  # type: ignore[assignment]

TEMP_PREFIX = "coopgraph-serve-"
LOCK_FILE = "serve.lock"
_YOUNG = 60.0                # seconds: a folder without a lock this young may be one being made


def remove_stale_folders(root: Path | None = None) -> list[Path]:
    """Remove the temporary folders of servers that are gone (their lock is free), in ``root`` (default: the
    temporary folder); returns them."""
    if fcntl is None:
        return []
    removed: list[Path] = []
    for d in sorted(Path(root or tempfile.gettempdir()).glob(TEMP_PREFIX + "*")):
        try:
            st = d.lstat()
            if not stat.S_ISDIR(st.st_mode) or st.st_uid != os.getuid():
                continue
            lock = d / LOCK_FILE
            if lock.exists():
                with open(lock, "a") as f:
                    try:
                        fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    except BlockingIOError:
                        continue            # its server is running
                    shutil.rmtree(d, ignore_errors=True)
            elif time.time() - st.st_mtime > _YOUNG:
                shutil.rmtree(d, ignore_errors=True)
            else:
                continue
            removed.append(d)
        except OSError:
            continue
    return removed


@contextlib.contextmanager
def temporary_folder() -> Iterator[Path]:
    """A new temporary folder, locked while the block runs and removed after it."""
    path = Path(tempfile.mkdtemp(prefix=TEMP_PREFIX))
    lock = None
    try:
        if fcntl is not None:
            lock = open(path / LOCK_FILE, "w")
            fcntl.flock(lock, fcntl.LOCK_EX)
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)
        if lock is not None:
            lock.close()


@contextlib.contextmanager
def stopped_by_signals() -> Iterator[None]:
    """SIGTERM and SIGHUP stop the block as Ctrl-C does (KeyboardInterrupt), so that its clean-up runs."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum, frame):
        raise KeyboardInterrupt

    saved = {s: signal.signal(s, stop) for s in (signal.SIGTERM, signal.SIGHUP)}
    try:
        yield
    finally:
        for s, handler in saved.items():
            signal.signal(s, handler)


def load_folder(location: Path, sources: Sequence[GraphSource]) -> int:
    """Replace what the Oxigraph folder holds by the graphs of ``sources`` (the embedded store's bulk loader: each
    graph holds its files' triples, as an export sends them); the number of triples loaded."""
    store = ox.Store(str(location))
    store.clear()
    bulk_load_files(store, [(f, src.iri) for src in sources for f in src.files])
    store.flush()
    n = len(store)
    del store
    return n


def map_page(store: ox.Store, lang: str = "vi") -> str:
    """The partnership map (``netmap``) as a page: the picture and each line's sources."""
    from .netmap import html_page, network, to_svg

    net = network(store, lang)
    return html_page(to_svg(net, lang), net, lang)


def _once(make: Callable[[], str]) -> Callable[[], str]:
    """``make()`` made at the first call and kept (the store does not change while read-only)."""
    kept: list[str] = []
    lock = threading.Lock()

    def get() -> str:
        with lock:
            if not kept:
                kept.append(make())
            return kept[0]
    return get


def serve(location: Path, endpoint: Endpoint, httpd: http.server.ThreadingHTTPServer,
          on_ready: Callable[[str], None] = lambda url: None) -> None:
    """Serve the Oxigraph folder ``location`` through ``httpd`` (made by ``serve_http.make_server(endpoint)``, so
    that its address is taken before the folder is loaded) until KeyboardInterrupt; OSError if the folder cannot
    be opened."""
    from .query.questions import catalogue

    try:
        store = ox.Store(str(location)) if endpoint.writable else ox.Store.read_only(str(location))
        endpoint.store = store
        keep = (lambda make: make) if endpoint.writable else _once      # a writable store changes: pages made anew
        triples, graphs = len(store), sum(1 for _ in store.named_graphs())
        endpoint.pages = {"/": lambda: home_page(endpoint, triples, graphs),
                          "/questions": keep(lambda: questions_page(catalogue(), query_link)),
                          "/map": keep(lambda: map_page(store))}
        on_ready(f"http://{endpoint.bind}")
        httpd.serve_forever()
    finally:
        httpd.server_close()
