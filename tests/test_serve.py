"""``coopgraph serve`` (issue 17 points 2 and 8, issue 18): a real served store, started as a user would, on a free
loopback port, its temporary folder in a folder of the test's own (TMPDIR)."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from coopgraph.query.questions import catalogue
from coopgraph.sparql_client import Server, count_triples

from export_helpers import SAMPLE_ARTICLE, free_port, local_dataset, local_rows, param_variants, remote_rows, wait_http

pytestmark = pytest.mark.server

COOPGRAPH = str(Path(sys.executable).parent / "coopgraph")


class Served:
    """A ``coopgraph serve`` process."""

    def __init__(self, tmp: Path, *args: str):
        self.tmp = tmp
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        env = {**os.environ, "TMPDIR": str(tmp)}
        self.proc = subprocess.Popen([COOPGRAPH, "serve", "--bind", f"127.0.0.1:{self.port}", *args],
                                     env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        wait_http(self.base + "/query?query=ASK%7B%7D", timeout=60, proc=self.proc)

    def folders(self) -> list[Path]:
        return sorted(self.tmp.glob("coopgraph-serve-*"))

    def answers(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                return True
        except OSError:
            return False

    def stop(self, sig: int = signal.SIGTERM) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
            self.proc.wait(timeout=30)


def _request(url: str, data: bytes | None = None, headers: dict | None = None, method: str | None = None):
    """(status, body) of one request."""
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8", "replace")


class _Listener:
    """A socket on loopback that counts the connections made to it (what SERVICE or LOAD would fetch)."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.sock.settimeout(0.2)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/sparql"
        self.connections = 0
        self._stop = False
        threading.Thread(target=self._run, daemon=True).start()

    def _run(self):
        while not self._stop:
            try:
                c, _ = self.sock.accept()
                self.connections += 1
                c.close()
            except OSError:
                continue

    def close(self):
        self._stop = True
        self.sock.close()


@pytest.fixture()
def tmp(tmp_path):
    d = tmp_path / "tmp"
    d.mkdir()
    return d


def test_serve_answers_as_the_embedded_store_and_links_its_pages(tmp, graph_copy):
    served = Served(tmp, "--data", str(graph_copy))
    try:
        ds = local_dataset(graph_copy)
        server = Server(query_endpoint=served.base + "/query")
        assert count_triples(server) == len(ds.store)
        for q in catalogue():
            for params in param_variants(q):        # scoped to one article too
                local = local_rows(ds, q, params)
                assert remote_rows(server, q, params) == local, (q.name, params)
                assert local or q.name == "conflicts", (q.name, params)
        status, home = _request(served.base + "/")
        assert status == 200 and 'href="/map"' in home and 'href="/questions"' in home and "read-only" in home
        status, page = _request(served.base + "/questions")
        assert status == 200
        for q in catalogue():
            assert f"<b>{q.name}</b>" in page
        run = page.split('href="', 2)[1].split('"', 1)[0].replace("&amp;", "&")
        assert run.startswith("/query?query=")
        status, answer = _request(served.base + run)
        assert status == 200 and '"results"' in answer
        status, svg = _request(served.base + "/map")
        assert status == 200 and "<svg" in svg and SAMPLE_ARTICLE in svg       # the lines' sources with it
    finally:
        served.stop()


def test_serve_refuses_writes_and_outbound_requests(tmp, graph_copy):
    served = Served(tmp, "--data", str(graph_copy))
    listener = _Listener()
    try:
        server = Server(query_endpoint=served.base + "/query")
        before = count_triples(server)
        assert before > 0
        form = {"Content-Type": "application/x-www-form-urlencoded"}
        attempts = [
            ("DROP ALL on /update", "/update", b"DROP ALL", {"Content-Type": "application/sparql-update"}),
            ("DROP ALL as a form", "/update", b"update=DROP+ALL", form),
            ("a form posted by a page of another origin", "/update", b"update=DROP+ALL",
             {**form, "Origin": "http://evil.example", "Sec-Fetch-Site": "cross-site"}),
            ("LOAD", "/update", f"LOAD <{listener.url}>".encode(), {"Content-Type": "application/sparql-update"}),
            ("SERVICE", "/query", urllib.parse.urlencode(
                {"query": f"SELECT * WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}"}).encode(), form),
            ("SERVICE, escaped", "/query", urllib.parse.urlencode(
                {"query": f"SELECT * WHERE {{ \\u0053ERVICE <{listener.url}> {{ ?s ?p ?o }} }}"}).encode(), form),
            ("Graph Store PUT", "/store?default", b"<urn:a> <urn:b> <urn:c> .", {"Content-Type": "application/n-triples"}),
        ]
        for what, path, body, headers in attempts:
            status, text = _request(served.base + path, body, headers,
                                    method="PUT" if "PUT" in what else "POST")
            assert status == 403, (what, status, text)
        status, _ = _request(served.base + "/store?graph=https%3A%2F%2Fw3id.org%2Fcoopgraph%2Fgraph%2Fontology",
                             method="DELETE")
        assert status == 403
        # FROM names a graph of the store: nothing is fetched
        status, _ = _request(served.base + "/query?" + urllib.parse.urlencode(
            {"query": f"SELECT * FROM <{listener.url}> WHERE {{ ?s ?p ?o }}"}))
        assert status == 200
        # a page of another site that rebinds its name to 127.0.0.1
        status, _ = _request(served.base + "/query?query=ASK%7B%7D", headers={"Host": f"evil.example:{served.port}"})
        assert status == 403
        time.sleep(0.5)
        assert listener.connections == 0, "the server fetched an address"
        assert count_triples(server) == before
    finally:
        listener.close()
        served.stop()


def test_writable_serve_takes_updates_from_clients_only(tmp, graph_copy):
    served = Served(tmp, "--data", str(graph_copy), "--writable")
    listener = _Listener()
    try:
        server = Server(query_endpoint=served.base + "/query")
        before = count_triples(server)
        update = {"Content-Type": "application/sparql-update"}
        status, _ = _request(served.base + "/update", b"INSERT DATA { GRAPH <urn:x:g> { <urn:x:a> <urn:x:b> 1 } }",
                             update)
        assert status == 204 and count_triples(server) == before + 1
        status, _ = _request(served.base + "/update", b"update=DROP+ALL",
                             {"Content-Type": "application/x-www-form-urlencoded", "Origin": "http://evil.example"})
        assert status == 403 and count_triples(server) == before + 1
        status, _ = _request(served.base + "/update", f"LOAD <{listener.url}>".encode(), update)
        assert status == 403
        time.sleep(0.5)
        assert listener.connections == 0
        # the export's writes: Graph Store PUT, read back
        from coopgraph.export import Exporter
        from coopgraph.export_graphs import plan

        report = Exporter(Server(query_endpoint=served.base + "/query"), method="auto").export(plan([graph_copy]))
        assert report.method == "gsp" and count_triples(server) == before + 1
    finally:
        listener.close()
        served.stop()


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_stopping_serve_leaves_nothing_serving_and_no_folder(tmp, graph_copy, sig):
    served = Served(tmp, "--data", str(graph_copy))
    assert len(served.folders()) == 1
    served.stop(sig)
    assert served.proc.returncode == 0, served.proc.stderr.read().decode()
    assert not served.answers()
    assert served.folders() == []


def test_a_folder_left_by_sigkill_is_removed_by_the_next_serve(tmp, graph_copy):
    first = Served(tmp, "--data", str(graph_copy))
    left = first.folders()
    first.stop(signal.SIGKILL)
    assert not first.answers(), "nothing may serve once the process is killed"
    assert [p.name for p in first.folders()] == [p.name for p in left]      # SIGKILL: nothing can clean up
    second = Served(tmp, "--data", str(graph_copy))
    try:
        now = second.folders()
        assert len(now) == 1 and now[0] not in left       # the killed server's folder is gone, this one's is there
    finally:
        second.stop()
    assert second.folders() == []


def test_an_address_in_use_is_said_before_loading_and_leaves_no_folder(tmp, graph_copy):
    busy = socket.socket()
    busy.bind(("127.0.0.1", 0))
    busy.listen(1)
    try:
        r = subprocess.run([COOPGRAPH, "serve", "--bind", f"127.0.0.1:{busy.getsockname()[1]}", "--data",
                            str(graph_copy)], env={**os.environ, "TMPDIR": str(tmp)}, capture_output=True, text=True,
                           timeout=60)
    finally:
        busy.close()
    assert r.returncode == 2
    assert r.stderr.startswith("coopgraph: cannot listen on") and "loaded" not in r.stderr
    assert "\n" not in r.stderr.strip()
    assert list(tmp.glob("coopgraph-serve-*")) == []
