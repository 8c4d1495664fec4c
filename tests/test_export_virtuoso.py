"""Export to a real Virtuoso (Debian's virtuoso-opensource; scripts/install-system.sh virtuoso) and query it there.

The fixture starts its own ``virtuoso-t`` with its own ``virtuoso.ini`` and database in a temporary
folder, SQL and HTTP ports both bound to 127.0.0.1 on free ports, DBA password ``dba``."""
from __future__ import annotations

import shutil
import subprocess
import time

import pytest
from click.testing import CliRunner

from coopgraph.cli import main
from coopgraph.cli_export import stop_process
from coopgraph.export import Exporter
from coopgraph.export_graphs import plan
from coopgraph.query.questions import catalogue
from coopgraph.sparql_client import Credentials, Server, count_triples

from export_helpers import free_port, local_dataset, local_rows, param_variants, remote_rows, wait_http

pytestmark = [
    pytest.mark.server,
    pytest.mark.skipif(shutil.which("virtuoso-t") is None,
                       reason="virtuoso-t is not installed (run: sudo scripts/install-system.sh virtuoso)"),
]

INI = """[Database]
DatabaseFile       = {d}/virtuoso.db
ErrorLogFile       = {d}/virtuoso.log
LockFile           = {d}/virtuoso.lck
TransactionFile    = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
MaxCheckpointRemap = 2000
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile       = {d}/virtuoso-temp.db
TransactionFile    = {d}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping           = 0

[Parameters]
ServerPort           = 127.0.0.1:{sql_port}
DisableUnixSocket    = 1
MaxClientConnections = 10
CheckpointInterval   = 60
CaseMode             = 2
DirsAllowed          = {d}
NumberOfBuffers      = 10000
MaxDirtyBuffers      = 6000
ThreadsPerQuery      = 2

[HTTPServer]
ServerPort           = 127.0.0.1:{http_port}
MaxClientConnections = 10
ServerThreads        = 10
Charset              = UTF-8

[SPARQL]
ResultSetMaxRows      = 100000
MaxQueryExecutionTime = 60
"""

PASSWORD = "dba"


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory):
    d = tmp_path_factory.mktemp("virtuoso")
    http_port, sql_port = free_port(), free_port()
    (d / "virtuoso.ini").write_text(INI.format(d=d, sql_port=sql_port, http_port=http_port))
    proc = subprocess.Popen(["virtuoso-t", "+foreground", "+configfile", str(d / "virtuoso.ini")], cwd=d,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{http_port}"
    try:
        wait_http(base + "/sparql?query=ASK%7B%7D", timeout=60, proc=proc)
        yield base
    finally:
        stop_process(proc, timeout=15)


def _server(base: str, password: str = PASSWORD) -> Server:
    return Server(query_endpoint=base + "/sparql", update_endpoint=base + "/sparql-auth",
                  graph_store=base + "/sparql-graph-crud-auth", credentials=Credentials("dba", password), timeout=30)


@pytest.mark.parametrize("method", ["gsp", "update"])
def test_every_stored_query_answers_the_same_on_virtuoso(virtuoso, graph_copy, method):
    ds = local_dataset(graph_copy)
    sources = plan([graph_copy])
    t0 = time.monotonic()
    report = Exporter(_server(virtuoso), method=method, batch_size=1000).export(sources)
    assert report.method == method and len(report.graphs) == len(sources)
    assert time.monotonic() - t0 < 30
    server = _server(virtuoso)
    for s in sources:
        assert count_triples(server, s.iri) == len(s.triples()), s.iri
    for q in catalogue():
        for params in param_variants(q):       # scoped to one article too: the server reads its graph alone
            expected = local_rows(ds, q, params)
            got = remote_rows(server, q, params)
            assert got == expected, (q.name, params)
            assert expected or q.name == "conflicts", (q.name, params)


def test_wrong_password_digest_is_one_clear_line(virtuoso, monkeypatch):
    secret = "not-the-dba-password-xyzzy"
    monkeypatch.setenv("COOPGRAPH_USER", "dba")
    monkeypatch.setenv("COOPGRAPH_PASSWORD", secret)
    runner = CliRunner()
    for method in ("gsp", "update"):
        r = runner.invoke(main, ["export", "--endpoint", virtuoso + "/sparql", "--method", method])
        assert r.exit_code == 1, r.output
        line = r.output.strip()
        assert "\n" not in line
        assert "authentication failed" in line and "'dba'" in line and "check the password" in line
        assert "after 1 attempt" in line          # no retrying a wrong password
        assert secret not in r.output


def test_cli_export_to_virtuoso_with_env_credentials(virtuoso, graph_copy, monkeypatch):
    monkeypatch.setenv("COOPGRAPH_USER", "dba")
    monkeypatch.setenv("COOPGRAPH_PASSWORD", PASSWORD)
    runner = CliRunner()
    r = runner.invoke(main, ["export", "--endpoint", virtuoso + "/sparql", "--data", str(graph_copy)])  # auto: GSP
    assert r.exit_code == 0, r.output
    assert "Graph Store Protocol" in r.output and "/sparql-graph-crud-auth" in r.output
    remote = runner.invoke(main, ["query", "officials", "--format", "csv", "--endpoint", virtuoso + "/sparql"])
    local = runner.invoke(main, ["query", "officials", "--format", "csv", "--no-cache", "--data", str(graph_copy)])
    assert remote.exit_code == 0, remote.output
    assert sorted(remote.output.splitlines()) == sorted(local.output.splitlines())


def test_export_removes_the_graph_of_a_deleted_article_from_virtuoso(virtuoso, own_graph, monkeypatch):
    monkeypatch.setenv("COOPGRAPH_USER", "dba")
    monkeypatch.setenv("COOPGRAPH_PASSWORD", PASSWORD)
    runner = CliRunner()
    args = ["export", "--endpoint", virtuoso + "/sparql", "--data", str(own_graph)]
    assert runner.invoke(main, args).exit_code == 0
    target = sorted(own_graph.glob("*.ttl"))[-1]
    g = plan([target])[-1].iri
    server = _server(virtuoso)
    assert count_triples(server, g) > 0
    target.unlink()
    r = runner.invoke(main, args)
    assert r.exit_code == 0, r.output
    assert f"deleted 1 graph whose source is gone: article/{target.stem}" in r.output
    assert count_triples(server, g) == 0
    assert all(count_triples(server, s.iri) == len(set(s.triples())) for s in plan([own_graph]))
