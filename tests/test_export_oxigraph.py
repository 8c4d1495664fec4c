"""Export to a real Oxigraph server and query it there (issue #4).

Starts ``oxigraph serve`` (the ``oxigraph`` package of the test extra) on a free loopback port in a
temporary folder; also tiny ``http.server`` stand-ins for redirects, and a basic-authentication gate in front of
a real Oxigraph."""
from __future__ import annotations

import base64
import http.server
import shutil
import threading
from pathlib import Path
from types import SimpleNamespace

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from coopgraph import resources
from coopgraph.cli import main
from coopgraph.export import ExportError, Exporter
from coopgraph.export_graphs import dataset_batches, plan, update_batches
from coopgraph.graphfiles import graph_for_file
from coopgraph.query import questions as queries
from coopgraph.query.store import query
from coopgraph.rdfmap import ONTOLOGY_GRAPH, REFERENCE_GRAPH
from coopgraph.remote_query import remote_answer
from coopgraph.sparql_client import Server, count_triples

from export_helpers import (SAMPLE_ARTICLE, OxigraphServer, cell, free_port, local_dataset, local_rows,
                            oxigraph_binary, param_variants, params_for, pass_on, remote_rows)

pytestmark = pytest.mark.skipif(oxigraph_binary() is None, reason="the oxigraph server is not installed")

PASSWORD = "s3cr3t-Pa55word-never-shown"


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

# questions whose parameters are read inside aggregating sub-selects (each part reads only the unit's holdings):
# Oxigraph's substitutions bind the outer query only, so there the VALUES lines are the one way to bind them (the
# same text is checked against Jena, rdflib and the servers in test_query_layer and test_export_*)
SUB_SELECT_PARAMETERS = {"holder-on-date"}


def test_bound_query_text_gives_the_same_rows_as_local_substitution(dataset):
    """The terms written in the VALUES lines (as for servers and on the local store) answer as Oxigraph's own
    ``substitutions`` of the same terms into the unbound query."""
    from coopgraph.query.results import Solutions, list_columns, same_everywhere

    checked = 0
    for q in queries.catalogue():
        if q.name in SUB_SELECT_PARAMETERS:
            continue
        for params in param_variants(q):
            if not params:
                continue
            checked += 1
            bindings = queries.bind_params(q, params)
            text = queries.bind(q, bindings)
            assert text != q.text
            lists = list_columns(q.text)
            subs = same_everywhere(Solutions.read(dataset.store.query(
                q.text, substitutions={ox.Variable(k): v for k, v in bindings.items()})), lists)
            bound = same_everywhere(Solutions.read(query(dataset, text)), lists)
            assert [[cell(r[v.value]) for v in bound.variables] for r in bound] == \
                [[cell(r[v.value]) for v in subs.variables] for r in subs], (q.name, params)
    assert checked >= 10


def test_parameter_values_are_escaped_not_pasted(dataset):
    q = queries.StoredQuery("t", Path("t.rq"), 'SELECT ?x WHERE {\n  VALUES ?s { UNDEF }\n  BIND(STR(?s) AS ?x) }',
                            params=[queries.Param("s", "string")])
    text = queries.bind(q, queries.bind_params(q, {"s": 'a" } ; DROP ALL ; #\n'}))
    res = list(query(dataset, text))
    assert [r["x"].value for r in res] == ['a" } ; DROP ALL ; #\n']


def test_batches_keep_blank_node_structures_together():
    triples = [q.triple for f in resources.ontology_files()
               for q in ox.parse(path=str(f), format=ox.RdfFormat.TURTLE, rename_blank_nodes=True)]
    parts = update_batches(triples, 50)
    assert sum(len(p) for p in parts) == len(triples)
    where = {}
    for i, p in enumerate(parts):
        for t in p:
            for x in (t.subject, t.object):
                if isinstance(x, ox.BlankNode):
                    assert where.setdefault(x, i) == i



def test_dataset_batches_keep_graphs_whole_and_in_order(graph_copy):
    sources = plan([graph_copy])
    sizes = [len(s.triples()) for s in sources]
    batches_ = list(dataset_batches(sources, 1000))
    assert [s.iri for b in batches_ for s in b.sources] == [s.iri for s in sources]
    assert [n for b in batches_ for n in b.counts] == sizes
    for b in batches_:
        assert len(b.sources) == 1 or sum(b.counts) <= 1000      # a bigger graph goes alone, never split
        assert b.body.count(b"\n") == sum(b.counts)
        got = {q.graph_name.value for q in ox.parse(b.body, format=ox.RdfFormat.N_QUADS)}
        assert got == {s.iri for s in b.sources}

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
        for params in param_variants(q):       # scoped to one article too
            local = local_rows(dataset, q, params)
            assert remote_rows(server, q, params) == local, (q.name, params)
            assert local or q.name == "conflicts", f"{q.name}: no rows locally, the comparison proves little"
    # the dataset of a query: GRAPH ?g ranges over the graphs sent as named-graph-uri alone
    one = graph_for_file(dataset.files[0])
    _, rows = server.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", named_graphs=[one])
    assert [r[0].value for r in rows] == [one]
    # and a stored listing for one article sends that article's graph (with the ontology and reference graphs)
    sent = []
    real = server.query
    server.query = lambda text, named_graphs=None, timeout=None: sent.append(named_graphs) or real(text, named_graphs,
                                                                                                   timeout)
    remote_answer(server, queries.find_query("officials"), {"article": SAMPLE_ARTICLE})
    assert len(sent[-1]) == 3 and SAMPLE_ARTICLE.split(".")[0] in sent[-1][0]
    assert sent[-1][1:] == [str(ONTOLOGY_GRAPH), str(REFERENCE_GRAPH)]


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
        # small requests (1,000 triples), so that the export is still running when the server stops
        # (dataset: a graph per POST, one at a time, so that requests remain to be sent when the server stops)
        exporter = Exporter(srv.server(timeout=5), method=method, batch_size=1 if method == "dataset" else 1000,
                            retries=2, backoff=0.01, parallel=1,
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
    # auto on Oxigraph: its /store takes N-Quads, so the dataset method (the fastest)
    assert "N-Quads POSTs to the Graph Store" in r.output and f"{_total(dataset)} triples" in r.output
    r = runner.invoke(main, ["export", "--endpoint", oxigraph.base + "/query", "--method", "update", "-q", *data])
    assert r.exit_code == 0, r.output
    # the same bytes as locally, for every stored question (every ORDER BY orders every row), in every format
    endpoint = ["--endpoint", oxigraph.base + "/query"]
    for q in queries.catalogue():
        for params in param_variants(q):
            extra = [a for k, v in params.items() for a in ("-p", f"{k}={v}")]
            formats = ("csv", "tsv", "json", "table") if q.name in ("sources-of", "officials") else ("tsv", "table")
            for fmt in formats:
                remote = runner.invoke(main, ["query", q.name, *extra, "--format", fmt, *endpoint])
                local = runner.invoke(main, ["query", q.name, *extra, "--format", fmt, "--no-cache", *data])
                assert remote.exit_code == 0, remote.output
                assert local.exit_code == 0, local.output
                assert remote.stdout == local.stdout, (q.name, params, fmt)
    r = runner.invoke(main, ["query", "partners-of", "-p", "place=nowhere", "--endpoint", oxigraph.base + "/query"])
    assert r.exit_code == 2 and "unknown place" in r.output


@pytest.mark.server
def test_endpoint_down_gives_one_clear_line(graph_copy):
    port = free_port()
    r = CliRunner().invoke(main, ["export", "--endpoint", f"http://127.0.0.1:{port}/query", "--data", str(graph_copy),
                                  "--graph-store", f"http://127.0.0.1:{port}/store", "--retries", "1"])
    assert r.exit_code == 1
    lines = [ln for ln in r.output.splitlines() if ln.startswith("coopgraph:")]
    assert len(lines) == 1, r.output           # the first request says it: no retries against nothing
    assert "did not answer a first SPARQL request" in lines[0] and "connection refused" in lines[0]
    assert "written 0 graphs" in lines[0]
    r = CliRunner().invoke(main, ["query", "agreements", "--endpoint", f"http://127.0.0.1:{port}/query"])
    assert r.exit_code == 2 and "connection refused" in r.output


# ------------------------------------------------------------------ redirects and credentials (stand-in servers)

class _Recorder(http.server.BaseHTTPRequestHandler):
    seen: list = []
    answer = None

    def _any(self):
        n = int(self.headers.get("Content-Length") or 0)
        self.body = self.rfile.read(n) if n else b""
        type(self).seen.append((self.command, self.path, self.headers.get("Authorization")))
        type(self).answer(self)

    do_GET = do_POST = do_PUT = do_HEAD = do_DELETE = _any

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


def _basic_gate(password: str, port: int):
    """HTTP basic authentication in front of a real Oxigraph on ``port``: a request with the right credentials is
    passed on, any other answered 401."""
    good = "Basic " + base64.b64encode(f"alice:{password}".encode()).decode()

    def answer(h):
        if h.headers.get("Authorization") != good:
            h.send_response(401)
            h.send_header("WWW-Authenticate", 'Basic realm="coopgraph-test"')
            h.send_header("Content-Length", "0")
            h.end_headers()
            return
        pass_on(h, port, h.body)

    return _serve(answer)


@pytest.mark.server
def test_credentials_from_netrc_and_never_in_output(tmp_path, monkeypatch, graph_copy, oxigraph):
    httpd, h = _basic_gate(PASSWORD, oxigraph.port)
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
        writes = [s for s in h.seen if s[0] in ("PUT", "POST") and "/store" in s[1] and s[2]]
        assert writes, "the graphs went through the gate, with credentials"
        assert count_triples(oxigraph.server()) == sum(len(set(s.triples())) for s in plan([graph_copy]))
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


# ------------------------------------------------------------------ dataset method (issue #6)

def _server_dataset(base: str) -> ox.Dataset:
    """Every quad on the server, by a Graph Store GET of the whole dataset."""
    import urllib.request

    req = urllib.request.Request(base + "/store", headers={"Accept": "application/n-quads"})
    with urllib.request.urlopen(req, timeout=30) as resp:
        ds = ox.Dataset(ox.parse(resp.read(), format=ox.RdfFormat.N_QUADS))
    ds.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
    return ds


def _expected_dataset(sources) -> ox.Dataset:
    """The quads the triple-by-triple path makes (``GraphSource.triples``), canonical; through a local
    Oxigraph store, which writes literals in the server's canonical form ("1"^^xsd:nonNegativeInteger is
    stored as an xsd:integer)."""
    store = ox.Store()
    store.extend(ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(s.iri)) for s in sources for t in s.triples())
    ds = ox.Dataset(store)
    ds.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
    return ds


class _RefusedSource:
    """A graph whose N-Quads end with a line the server refuses (400): a real request that fails."""

    def __init__(self, iri: str, good):
        self.iri, self.files, self._good = iri, [], good

    def nquads(self) -> tuple[bytes, int]:
        body, n = self._good.nquads()
        return body.replace(self._good.iri.encode(), self.iri.encode()) + b'<urn:x:s> <urn:x:p> "open\n', n + 1


@pytest.mark.server
@pytest.mark.parametrize("new_graphs,parallel", [("auto", 2), ("transaction", 2), ("auto", 1)])
def test_dataset_export_writes_exactly_the_quads_of_the_graph(oxigraph, graph_copy, new_graphs, parallel):
    """The pipelined N-Quads path writes the same quads (blank nodes included) as parsing triple by triple."""
    sources = plan([graph_copy])
    seen: list[str] = []
    report = Exporter(oxigraph.server(), method="dataset", batch_size=1000, parallel=parallel, new_graphs=new_graphs,
                      on_graph=lambda g, n: seen.append(g)).export(sources)
    assert report.graphs == seen == [s.iri for s in sources]
    assert report.triples == sum(len(s.triples()) for s in sources)
    assert _server_dataset(oxigraph.base) == _expected_dataset(sources)


@pytest.mark.server
def test_dataset_reexport_replaces_existing_graphs_and_adds_new_ones(oxigraph, tmp_path):
    data = tmp_path / "graph"
    shutil.copytree(resources.graph_dir(), data)
    files = sorted(data.glob("*.ttl"))
    held_back = files[-1].read_bytes()
    files[-1].unlink()
    server = oxigraph.server()
    Exporter(server, method="dataset", batch_size=500).export(plan([data]))      # fresh server: bulk-loaded
    # a stale triple in a graph the export will replace, and a graph the export knows nothing of
    stale = graph_for_file(files[1])
    server.update(f"INSERT DATA {{ GRAPH <{stale}> {{ <urn:x:stale> <urn:x:p> 1 }} "
                                "GRAPH <urn:x:other> { <urn:x:a> <urn:x:p> 2 } }")
    kept = [q.triple for q in ox.parse(path=str(files[0]), format=ox.RdfFormat.TURTLE)][:40]
    files[0].write_bytes(ox.serialize(kept, format=ox.RdfFormat.TURTLE))
    files[-1].write_bytes(held_back)              # a new article: absent from the server
    sources = plan([data])
    report = Exporter(server, method="dataset", batch_size=500).export(sources)
    assert report.graphs == [s.iri for s in sources]
    assert count_triples(server, graph_for_file(files[0])) == 40
    assert count_triples(server, stale) == len(next(s for s in sources if s.iri == stale).triples())
    other = SimpleNamespace(iri="urn:x:other",
                            triples=lambda: [ox.Triple(ox.NamedNode("urn:x:a"), ox.NamedNode("urn:x:p"), ox.Literal(2))])
    # the stale triple is gone, the graph the export knows nothing of is untouched
    assert _server_dataset(oxigraph.base) == _expected_dataset([*sources, other])


@pytest.mark.server
@pytest.mark.parametrize("new_graphs", ["auto", "transaction"])
def test_dataset_refused_request_leaves_no_half_written_new_graph(oxigraph, graph_copy, new_graphs):
    sources = plan([graph_copy])
    bad = _RefusedSource("https://example.org/coopgraph-test/refused", sources[-1])
    after = _RefusedSource("https://example.org/coopgraph-test/after", sources[-1])
    after.nquads = sources[-1].nquads          # a good graph after the refused one
    # batch_size=1: a graph per POST
    exporter = Exporter(oxigraph.server(), method="dataset", batch_size=1, parallel=1, new_graphs=new_graphs,
                        retries=2, sleep=lambda s: None)
    with pytest.raises(ExportError) as err:
        exporter.export([*sources, bad, after])
    msg = str(err.value)
    assert "\n" not in msg
    assert "HTTP 400" in msg and "after 1 attempt:" in msg and "coopgraph-test/refused" in msg
    assert err.value.written == [s.iri for s in sources]
    assert err.value.unwritten == [bad.iri, after.iri]
    assert f"written {len(sources)} graphs" in msg and "not written 2:" in msg
    server = oxigraph.server()
    assert count_triples(server, bad.iri) == 0 and count_triples(server, after.iri) == 0
    assert _server_dataset(oxigraph.base) == _expected_dataset(sources)


@pytest.mark.server
def test_dataset_unreadable_file_names_what_was_written(oxigraph, tmp_path):
    data = tmp_path / "graph"
    shutil.copytree(resources.graph_dir(), data)
    bad = sorted(data.glob("*.ttl"))[-1]
    bad.write_text("@prefix ex: <http://example.org/> .\nex:a ex:b \"open .\n", encoding="utf-8")
    sources = plan([data])
    with pytest.raises(ExportError) as err:
        Exporter(oxigraph.server(), method="dataset", batch_size=300).export(sources)
    msg = str(err.value)
    assert "\n" not in msg and str(bad) in msg and "Turtle syntax error" in msg
    assert err.value.unwritten[-1] == sources[-1].iri and err.value.written
    assert err.value.written + err.value.unwritten == [s.iri for s in sources]
    assert count_triples(oxigraph.server(), sources[-1].iri) == 0


@pytest.mark.server
def test_cli_dataset_export(oxigraph, graph_copy):
    runner = CliRunner()
    total = sum(len(s.triples()) for s in plan([graph_copy]))
    for extra in ([], ["--new-graphs", "transaction", "--parallel", "1", "--batch-size", "2000"]):
        r = runner.invoke(main, ["export", "--endpoint", oxigraph.base + "/query", "--method", "dataset",
                                 "--data", str(graph_copy), *extra])
        assert r.exit_code == 0, r.output
        assert "N-Quads POSTs to the Graph Store" in r.output and f"{total} triples" in r.output
        assert count_triples(oxigraph.server()) == total


# ------------------------------------------------------------------ deleted articles leave the server (issue 15)

@pytest.mark.server
def test_export_removes_the_graphs_of_deleted_articles(oxigraph, own_graph):
    runner = CliRunner()
    args = ["export", "--endpoint", oxigraph.base + "/query", "--data", str(own_graph), "-q"]
    assert runner.invoke(main, args).exit_code == 0
    server = oxigraph.server()
    # what an interrupted update-method export leaves, and a graph that is not the export's
    server.update("INSERT DATA { GRAPH <urn:coopgraph:export-tmp:x> { <urn:x:a> <urn:x:p> 1 } "
                  "GRAPH <urn:x:other> { <urn:x:a> <urn:x:p> 2 } }")
    asked = [(q, params) for q in queries.catalogue() for params in param_variants(q)]
    target = own_graph / "003_840c5716b39e85f3.ttl"
    name, g = "003_840c5716b39e85f3.txt", graph_for_file(target)
    before = [remote_rows(server, q, params) for q, params in asked]
    assert any(name in c for rows in before for row in rows for c in row), "the article is in some answers"
    target.unlink()

    r = runner.invoke(main, args[:-1] + ["--dry-run"])
    assert r.exit_code == 0, r.output
    assert "would delete 2 graphs whose source is gone: article/003_840c5716b39e85f3, urn:coopgraph:export-tmp:x" \
        in r.output
    assert count_triples(server, g) > 0, "a dry run deletes nothing"
    assert runner.invoke(main, args + ["--no-prune"]).exit_code == 0
    assert count_triples(server, g) > 0
    one = ["export", "--endpoint", oxigraph.base + "/query", "--data", str(next(own_graph.glob("*.ttl"))), "-q"]
    assert runner.invoke(main, one).exit_code == 0
    assert count_triples(server, g) > 0, "single files exported: no pruning unless asked"

    r = runner.invoke(main, args[:-1])
    assert r.exit_code == 0, r.output
    assert "deleted 2 graphs whose source is gone: article/003_840c5716b39e85f3, urn:coopgraph:export-tmp:x" in r.output
    assert count_triples(server, g) == 0 and count_triples(server, "urn:coopgraph:export-tmp:x") == 0
    assert count_triples(server, "urn:x:other") == 1
    ds = local_dataset(own_graph)
    after = [remote_rows(server, q, params) for q, params in asked]
    for (q, params), rows in zip(asked, after):
        assert not any(name in c for row in rows for c in row), (q.name, params)
        assert rows == local_rows(ds, q, params), (q.name, params)
    assert after != before
