"""Export to a real Oxigraph server and query it there (issue #4).

Starts ``oxigraph serve`` (the ``oxigraph`` package of the test extra) on a free loopback port in a
temporary folder; also tiny ``http.server`` stand-ins for redirects and basic authentication."""
from __future__ import annotations

import base64
import http.server
import shutil
import threading
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from coopgraph import queries, resources
from coopgraph.cli import main
from coopgraph.export import (ExportError, Exporter, Server, batches, bind_into_text, count_triples, plan)
from coopgraph.rdfmap import ONTOLOGY_GRAPH, REFERENCE_GRAPH
from coopgraph.store import graph_for_file, run_select

from export_helpers import (OxigraphServer, _normal, cell, free_port, local_dataset, snapshot_graph, local_rows, oxigraph_binary, params_for,
                            remote_rows)

pytestmark = pytest.mark.skipif(oxigraph_binary() is None, reason="the oxigraph server is not installed")

PASSWORD = "s3cr3t-Pa55word-never-shown"


@pytest.fixture(scope="module")
def graph_copy(tmp_path_factory):
    return snapshot_graph(tmp_path_factory.mktemp("data"))


@pytest.fixture(scope="module")
def dataset(graph_copy):
    return local_dataset(graph_copy)


@pytest.fixture()
def oxigraph(tmp_path):
    srv = OxigraphServer(tmp_path / "db").start()
    yield srv
    srv.stop()


def _total(ds) -> int:
    return len(ds.store)


# ------------------------------------------------------------------ no server needed

def test_bound_query_text_gives_the_same_rows_as_local_substitution(dataset):
    """The text binding used for servers (terms substituted + VALUES) answers as Oxigraph's substitutions."""
    for q in queries.catalogue():
        params = params_for(q)
        if not params:
            continue
        text = bind_into_text(q.text, queries.bind_params(q, params))
        assert "VALUES" in text
        local = local_rows(dataset, q, params)
        res = run_select(dataset, text)
        names = [v.value for v in res.variables]
        rewritten = _normal(q, {tuple(cell(sol[v]) for v in names) for sol in res})
        assert rewritten == local, q.name


def test_parameter_values_are_escaped_not_pasted(dataset):
    q = queries.StoredQuery("t", Path("t.rq"), 'SELECT ?x WHERE { BIND(STR(?s) AS ?x) }',
                            params=[queries.Param("s", "string")])
    text = bind_into_text(q.text, queries.bind_params(q, {"s": 'a" } ; DROP ALL ; #\n'}))
    res = list(run_select(dataset, text))
    assert [r["x"].value for r in res] == ['a" } ; DROP ALL ; #\n']


def test_batches_keep_blank_node_structures_together():
    triples = [q.triple for f in resources.ontology_files()
               for q in ox.parse(path=str(f), format=ox.RdfFormat.TURTLE, rename_blank_nodes=True)]
    parts = batches(triples, 50)
    assert sum(len(p) for p in parts) == len(triples)
    where = {}
    for i, p in enumerate(parts):
        for t in p:
            for x in (t.subject, t.object):
                if isinstance(x, ox.BlankNode):
                    assert where.setdefault(x, i) == i


# ------------------------------------------------------------------ Oxigraph

@pytest.mark.server
@pytest.mark.parametrize("method", ["gsp", "update", "dataset"])
def test_every_stored_query_answers_the_same_on_the_server(oxigraph, dataset, graph_copy, method):
    sources = plan([graph_copy])
    report = Exporter(oxigraph.server(), method=method, batch_size=1000).export(sources)
    assert report.method == method
    assert report.graphs == [s.iri for s in sources]
    assert report.graphs[:2] == [str(ONTOLOGY_GRAPH), str(REFERENCE_GRAPH)]
    server = oxigraph.server()
    assert count_triples(server) == _total(dataset)
    for f in dataset.files:
        g = graph_for_file(f)
        assert count_triples(server, g) == len(list(dataset.store.quads_for_pattern(None, None, None, ox.NamedNode(g))))
    # no temporary graph left behind by the batched (MOVE) path
    assert count_triples(server, str(REFERENCE_GRAPH)) == len(plan([graph_copy])[1].triples())
    for q in queries.catalogue():
        params = params_for(q)
        local = local_rows(dataset, q, params)
        assert remote_rows(server, q, params) == local, q.name
        assert local or q.name == "conflicts", f"{q.name}: no rows locally, the comparison proves little"


@pytest.mark.server
def test_reexporting_an_article_replaces_exactly_its_graph(oxigraph, tmp_path, dataset):
    data = tmp_path / "graph"
    shutil.copytree(resources.graph_dir(), data)
    server = oxigraph.server()
    Exporter(server, method="gsp").export(plan([data]))
    before = {s.iri: count_triples(server, s.iri) for s in plan([data])}
    target = sorted(data.glob("*.ttl"))[0]
    g = graph_for_file(target)
    kept = [q.triple for q in ox.parse(path=str(target), format=ox.RdfFormat.TURTLE)][:40]
    target.write_bytes(ox.serialize(kept, format=ox.RdfFormat.TURTLE))
    for method in ("update", "gsp", "dataset"):
        Exporter(server, method=method).export(plan([data]))
        after = {s.iri: count_triples(server, s.iri) for s in plan([data])}
        assert after[g] == 40
        assert {k: v for k, v in after.items() if k != g} == {k: v for k, v in before.items() if k != g}
        assert count_triples(server) == sum(after.values())


@pytest.mark.server
@pytest.mark.parametrize("method", ["gsp", "update", "dataset"])
def test_server_stopped_mid_export_then_second_run_completes(tmp_path, dataset, graph_copy, method):
    srv = OxigraphServer(tmp_path / "db").start()
    try:
        sources = plan([graph_copy])
        retries: list[tuple] = []
        sleeps: list[float] = []

        def kill_after_three(graph, n):
            if len(done) == 2:        # this is the third graph: stop the server once it is written
                srv.stop()
            done.append(graph)

        done: list[str] = []
        exporter = Exporter(srv.server(timeout=5), method=method, retries=2, backoff=0.01,
                            on_graph=kill_after_three, on_retry=lambda *a: retries.append(a), sleep=sleeps.append)
        with pytest.raises(ExportError) as err:
            exporter.export(sources)
        e = err.value
        msg = str(e)
        print(msg)
        assert "\n" not in msg
        assert "after 3 attempts" in msg and e.attempts == 3
        assert len(retries) == 2 and sleeps == [0.01, 0.02]          # exponential back-off
        assert "connection refused" in msg
        k = len(done)       # gsp: 3; update: small articles share a request, so maybe more
        assert 3 <= k < len(sources)
        assert e.written == [s.iri for s in sources[:k]]
        assert e.unwritten == [s.iri for s in sources[k:]]
        assert f"written {k} graphs: graph/ontology, graph/reference, article/" in msg
        assert f"not written {len(sources) - k}: article/" in msg
        for s in sources[k:]:
            assert s.iri.rsplit("/", 1)[1] in msg
        # restart on the same folder and port: a second run finishes the job
        srv.start()
        report = Exporter(srv.server(), method=method).export(sources)
        assert len(report.graphs) == len(sources)
        assert count_triples(srv.server()) == _total(dataset)
    finally:
        srv.stop()


@pytest.mark.server
def test_cli_export_and_query_endpoint(oxigraph, dataset, graph_copy):
    runner = CliRunner()
    data = ["--data", str(graph_copy)]
    r = runner.invoke(main, ["export", "--endpoint", oxigraph.base + "/query", "--method", "auto", *data])
    assert r.exit_code == 0, r.output
    assert "Graph Store Protocol" in r.output and f"{_total(dataset)} triples" in r.output
    r = runner.invoke(main, ["export", "--endpoint", oxigraph.base + "/query", "--method", "update", "-q", *data])
    assert r.exit_code == 0, r.output
    # same output as locally (lines sorted: ORDER BY leaves ties in any order)
    for name, extra in (("sources-of", ["-p", "entity=place:LA-HO"]), ("partnerships", []), ("officials", [])):
        for fmt in ("csv", "tsv", "json", "table"):
            remote = runner.invoke(main, ["query", name, *extra, "--format", fmt, "--endpoint", oxigraph.base + "/query"])
            local = runner.invoke(main, ["query", name, *extra, "--format", fmt, "--no-cache", *data])
            assert remote.exit_code == 0, remote.output
            assert local.exit_code == 0, local.output
            assert sorted(remote.output.splitlines()) == sorted(local.output.splitlines()), (name, fmt)
    r = runner.invoke(main, ["query", "partners-of", "-p", "place=nowhere", "--endpoint", oxigraph.base + "/query"])
    assert r.exit_code == 2 and "unknown place" in r.output


@pytest.mark.server
def test_endpoint_down_gives_one_clear_line(graph_copy):
    port = free_port()
    r = CliRunner().invoke(main, ["export", "--endpoint", f"http://127.0.0.1:{port}/query", "--data", str(graph_copy),
                                  "--graph-store", f"http://127.0.0.1:{port}/store", "--retries", "1"])
    assert r.exit_code == 1
    lines = [ln for ln in r.output.splitlines() if ln.startswith("coopgraph:")]
    last = lines[-1]
    assert "connection refused" in last and "after 2 attempts" in last
    assert "written 0 graphs: none" in last and f"not written {len(plan([graph_copy]))}" in last
    assert "retrying" in lines[0]
    r = CliRunner().invoke(main, ["query", "agreements", "--endpoint", f"http://127.0.0.1:{port}/query"])
    assert r.exit_code == 2 and "connection refused" in r.output


# ------------------------------------------------------------------ redirects and credentials (stand-in servers)

class _Recorder(http.server.BaseHTTPRequestHandler):
    seen: list = []
    answer = None

    def _any(self):
        n = int(self.headers.get("Content-Length") or 0)
        if n:
            self.rfile.read(n)
        type(self).seen.append((self.command, self.path, self.headers.get("Authorization")))
        type(self).answer(self)

    do_GET = do_POST = do_PUT = do_HEAD = _any

    def log_message(self, *a):
        pass


def _serve(answer):
    handler = type("H", (_Recorder,), {"seen": [], "answer": staticmethod(answer)})
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, handler


@pytest.mark.server
def test_redirect_to_another_host_is_refused_and_credentials_stay_home(monkeypatch):
    def ok(h):
        h.send_response(204)
        h.end_headers()

    other, other_h = _serve(ok)
    target = f"http://localhost:{other.server_address[1]}"

    def redirect(h):
        h.send_response(307)
        h.send_header("Location", target + h.path)
        h.send_header("Content-Length", "0")
        h.end_headers()

    first, first_h = _serve(redirect)
    base = f"http://127.0.0.1:{first.server_address[1]}"
    monkeypatch.setenv("COOPGRAPH_USER", "alice")
    monkeypatch.setenv("COOPGRAPH_PASSWORD", PASSWORD)
    try:
        runner = CliRunner()
        for args in (["export", "--endpoint", base + "/query", "--graph-store", base + "/store", "--auth", "basic"],
                     ["export", "--endpoint", base + "/query", "--method", "update"],
                     ["query", "agreements", "--endpoint", base + "/query"]):
            r = runner.invoke(main, args)
            assert r.exit_code in (1, 2), r.output
            assert "to another host" in r.output and "refused" in r.output, r.output
            assert PASSWORD not in r.output
            assert base64.b64encode(f"alice:{PASSWORD}".encode()).decode() not in r.output
        assert first_h.seen, "the first server was asked"
        assert other_h.seen == [], "nothing may reach the other host"
    finally:
        first.shutdown()
        other.shutdown()


def _basic_server(password: str):
    good = "Basic " + base64.b64encode(f"alice:{password}".encode()).decode()

    def answer(h):
        if h.headers.get("Authorization") != good:
            h.send_response(401)
            h.send_header("WWW-Authenticate", 'Basic realm="coopgraph-test"')
            h.send_header("Content-Length", "0")
            h.end_headers()
            return
        h.send_response(201 if h.command == "PUT" else 200)
        h.send_header("Content-Length", "0")
        h.end_headers()

    return _serve(answer)


@pytest.mark.server
def test_credentials_from_netrc_and_never_in_output(tmp_path, monkeypatch, graph_copy):
    httpd, h = _basic_server(PASSWORD)
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    monkeypatch.delenv("COOPGRAPH_USER", raising=False)
    monkeypatch.delenv("COOPGRAPH_PASSWORD", raising=False)
    netrc = tmp_path / "netrc"
    netrc.write_text(f"machine 127.0.0.1 login alice password {PASSWORD}\n")
    netrc.chmod(0o600)
    monkeypatch.setenv("NETRC", str(netrc))
    try:
        runner = CliRunner()
        r = runner.invoke(main, ["export", "--endpoint", base + "/query", "--graph-store", base + "/store",
                                 "--data", str(graph_copy)])
        assert r.exit_code == 0, r.output
        puts = [s for s in h.seen if s[0] == "PUT" and s[2]]
        assert len(puts) == len(plan([graph_copy]))
        assert PASSWORD not in r.output
        # a wrong password (environment wins over netrc): one clear line, no secret in it
        monkeypatch.setenv("COOPGRAPH_USER", "alice")
        monkeypatch.setenv("COOPGRAPH_PASSWORD", "wrong-" + PASSWORD)
        r = runner.invoke(main, ["export", "--endpoint", base + "/query", "--graph-store", base + "/store"])
        assert r.exit_code == 1
        assert "authentication failed" in r.output and "'alice'" in r.output
        assert PASSWORD not in r.output and "wrong-" not in r.output
        # no credentials at all
        monkeypatch.delenv("COOPGRAPH_USER")
        monkeypatch.delenv("COOPGRAPH_PASSWORD")
        monkeypatch.setenv("NETRC", str(tmp_path / "none"))
        monkeypatch.setenv("HOME", str(tmp_path))
        r = runner.invoke(main, ["export", "--endpoint", base + "/query", "--graph-store", base + "/store"])
        assert r.exit_code == 1 and "requires authentication" in r.output
        # credentials on the command line are refused
        r = runner.invoke(main, ["export", "--endpoint", f"http://alice:{PASSWORD}@127.0.0.1:1/query"])
        assert r.exit_code == 2 and "credentials in the URL are not accepted" in r.output
        assert PASSWORD not in r.output
    finally:
        httpd.shutdown()


@pytest.mark.server
def test_serve_starts_oxigraph_over_the_graph_and_stops_it(tmp_path, dataset, graph_copy):
    import signal
    import subprocess
    import sys
    import time

    from export_helpers import wait_http

    port = free_port()
    coopgraph = Path(sys.executable).parent / "coopgraph"
    proc = subprocess.Popen([str(coopgraph), "serve", "--location", str(tmp_path / "db"), "--bind", f"127.0.0.1:{port}",
                             "--data", str(graph_copy)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_http(base + "/query?query=ASK%7B%7D", timeout=30, proc=proc)
        server = Server(query_endpoint=base + "/query")
        assert count_triples(server) == _total(dataset)
        q = next(q for q in queries.catalogue() if q.name == "lao-provinces-with-several-partners")
        assert remote_rows(server, q, {}) == local_rows(dataset, q, {})
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=15)
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:        # the oxigraph child went with it
        try:
            wait_http(base + "/query?query=ASK%7B%7D", timeout=0.2)
            time.sleep(0.1)
        except RuntimeError:
            break
    else:
        pytest.fail("the oxigraph server is still answering after 'coopgraph serve' was stopped")
    assert "loaded" in proc.stderr.read().decode()
