"""Servers that do not behave (issue 17, points 4 and 5): an endpoint that answers an HTML page with 200 to
everything, one that answers queries but stores nothing, one that drips a byte every second, a socket that never
answers. Each is a real HTTP server (``http.server``) or socket on loopback; the store behind the one that stores
nothing is a real Oxigraph."""
from __future__ import annotations

import http.server
import socket
import threading
import time

import pytest
from click.testing import CliRunner

from coopgraph.cli import main
from coopgraph.export import ExportError, Exporter
from coopgraph.export_graphs import plan
from coopgraph.sparql_client import GaveUp, Retryable, Server, count_triples, with_retries

from export_helpers import OxigraphServer, oxigraph_binary, pass_on

pytestmark = pytest.mark.server


def _start(handler: type) -> tuple[http.server.ThreadingHTTPServer, str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, f"http://127.0.0.1:{httpd.server_address[1]}"


class _Quiet(http.server.BaseHTTPRequestHandler):
    def log_message(self, *a):
        pass

    def _body(self) -> bytes:
        n = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(n) if n else b""


class _HtmlToEverything(_Quiet):
    """200 and a web page, whatever is asked."""

    def _any(self):
        self._body()
        page = b"<!doctype html><html><body>Welcome!</body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(page)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(page)

    do_GET = do_POST = do_PUT = do_HEAD = do_DELETE = _any


def test_an_html_page_to_everything_is_not_reported_as_exported(graph_copy):
    httpd, base = _start(_HtmlToEverything)
    try:
        for method in ("auto", "gsp", "update", "dataset"):
            t0 = time.monotonic()
            r = CliRunner().invoke(main, ["export", "--endpoint", base + "/query", "--method", method,
                                          "--data", str(graph_copy)])
            assert r.exit_code == 1, (method, r.output)
            assert "exported" not in r.output
            line = r.output.strip()
            assert "\n" not in line and "did not answer SPARQL results" in line and "text/html" in line
            assert "written 0 graphs" in line
            assert time.monotonic() - t0 < 5
    finally:
        httpd.shutdown()


def _forgetful_gate(port: int) -> type:
    """In front of a real Oxigraph: queries are passed on, writes answered 204 and dropped."""

    class Gate(_Quiet):
        def _any(self):
            body = self._body()
            is_query = self.path.startswith("/query") and (self.command == "GET" or b"query=" in body[:6])
            if self.command in ("PUT", "POST", "DELETE") and not is_query:
                self.send_response(204)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            pass_on(self, port, body)

        do_GET = do_POST = do_PUT = do_HEAD = do_DELETE = _any

    return Gate


@pytest.mark.skipif(oxigraph_binary() is None, reason="the oxigraph server is not installed")
@pytest.mark.parametrize("method", ["gsp", "update", "dataset"])
def test_a_server_that_stores_nothing_fails_the_read_back(tmp_path, graph_copy, method):
    oxigraph = OxigraphServer(tmp_path / "db").start()
    httpd, base = _start(_forgetful_gate(oxigraph.port))
    try:
        server = Server(query_endpoint=base + "/query", update_endpoint=base + "/update", graph_store=base + "/store",
                        timeout=20)
        sources = plan([graph_copy])
        with pytest.raises(ExportError) as err:
            Exporter(server, method=method, retries=0).export(sources)
        msg = str(err.value)
        assert "\n" not in msg
        assert "the server holds 0 triples in <https://w3id.org/coopgraph/graph/ontology> after it was sent" in msg
        assert err.value.written == [] and "written 0 graphs" in msg
        assert count_triples(oxigraph.server()) == 0
    finally:
        httpd.shutdown()
        oxigraph.stop()


class _Drip(_Quiet):
    """Headers at once, then one byte of the body a second, for a minute."""

    def _any(self):
        self._body()
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", "60")
        self.end_headers()
        try:
            for _ in range(60):
                self.wfile.write(b" ")
                self.wfile.flush()
                time.sleep(1)
        except OSError:
            pass

    do_GET = do_POST = do_HEAD = _any


class _DripHeaders(_Quiet):
    """The status line and headers one byte a second, for a minute."""

    def _any(self):
        self._body()
        try:
            for c in b"HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\nX-Slow: " + b"x" * 60:
                self.wfile.write(bytes([c]))
                self.wfile.flush()
                time.sleep(1)
        except OSError:
            pass

    do_GET = do_POST = do_HEAD = _any


@pytest.mark.parametrize("handler", [_Drip, _DripHeaders])
def test_a_dripping_server_is_cut_off_at_the_deadline(handler):
    httpd, base = _start(handler)
    try:
        server = Server(query_endpoint=base + "/query", timeout=3)
        t0 = time.monotonic()
        with pytest.raises(Retryable) as err:
            server.query("SELECT * WHERE { ?s ?p ?o }")
        took = time.monotonic() - t0
        assert 2.9 < took < 4.0, took            # the whole request, not one read
        assert "no complete answer within 3 s" in str(err.value)
        # and through the command line: one line, in about the time given
        t0 = time.monotonic()
        r = CliRunner().invoke(main, ["export", "--endpoint", base + "/query", "--timeout", "3", "--retries", "0"])
        assert r.exit_code == 1 and "no complete answer within 3 s" in r.output, r.output
        assert time.monotonic() - t0 < 5
    finally:
        httpd.shutdown()


def test_a_silent_socket_fails_within_seconds():
    """A socket that takes connections and never answers: the first request (ASK {}) gives up after 5 s, with the
    default --timeout of 60 s and retries."""
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(16)
    base = f"http://127.0.0.1:{silent.getsockname()[1]}"
    try:
        t0 = time.monotonic()
        r = CliRunner().invoke(main, ["export", "--endpoint", base + "/query"])
        took = time.monotonic() - t0
        assert r.exit_code == 1, r.output
        assert "did not answer a first SPARQL request (ASK {}): no complete answer within 5 s" in r.output
        assert took < 8, took
        t0 = time.monotonic()
        r = CliRunner().invoke(main, ["query", "partnerships", "--endpoint", base + "/query"])
        assert r.exit_code == 2 and "within 5 s" in r.output, r.output
        assert time.monotonic() - t0 < 8
    finally:
        silent.close()


def test_retries_are_bounded_by_the_deadline_of_each_request():
    """A server that never answers a query: each attempt ends at the deadline, the retries are counted."""
    httpd, base = _start(_Drip)
    try:
        server = Server(query_endpoint=base + "/query", timeout=1)
        sleeps: list[float] = []
        t0 = time.monotonic()
        with pytest.raises(GaveUp) as err:
            with_retries(lambda: server.query("ASK {}"), retries=2, backoff=0.01, sleep=sleeps.append)
        assert err.value.attempts == 3 and sleeps == [0.01, 0.02]
        assert time.monotonic() - t0 < 4.5
    finally:
        httpd.shutdown()
