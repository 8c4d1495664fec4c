"""Helpers for the server tests: free ports, starting Oxigraph, comparing query answers."""
from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox

from coopgraph.query.answers import answer
from coopgraph.query.store import open_dataset
from coopgraph.remote_query import remote_answer
from coopgraph.sparql_client import Server

# a sample value for each parameter of the stored queries
SAMPLE_PARAMS = {"place": "LA-HO", "date": "2026-06-01", "entity": "place:LA-HO"}
SAMPLE_ARTICLE = "000_fd94935522cb7509.txt"      # a seed article with officials, events, partnerships, agreements


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_http(url: str, timeout: float = 30.0, proc: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}")
        try:
            urllib.request.urlopen(url, timeout=2).close()
            return
        except urllib.error.HTTPError:
            return          # it answers
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"{url} did not answer within {timeout} s")


def oxigraph_binary() -> str | None:
    here = Path(sys.executable).parent / "oxigraph"
    return shutil.which("oxigraph") or (str(here) if here.exists() else None)


class OxigraphServer:
    """``oxigraph serve`` on a free loopback port over a folder; can be stopped and started again."""

    def __init__(self, location: Path, port: int | None = None):
        self.location = Path(location)
        self.port = port or free_port()
        self.proc: subprocess.Popen | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def server(self, **kw) -> Server:
        return Server(query_endpoint=self.base + "/query", update_endpoint=self.base + "/update",
                      graph_store=self.base + "/store", timeout=kw.pop("timeout", 20), **kw)

    def start(self) -> "OxigraphServer":
        binary = oxigraph_binary()
        self.proc = subprocess.Popen([binary, "serve", "--location", str(self.location), "--bind",
                                      f"127.0.0.1:{self.port}"],        # its default graph left as it is: the
                                                                        # stored questions read named graphs only
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_http(self.base + "/query?query=ASK%7B%7D", proc=self.proc)
        return self

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=10)
        self.proc = None


def cell(t) -> str:
    if t is None:
        return ""
    if isinstance(t, (ox.NamedNode, ox.Literal)):
        return t.value
    return "_:"


def local_rows(ds, q, params: dict, fresh: bool = False) -> set[tuple]:
    """The rows of a stored question on the embedded store (the items of list cells sorted there)."""
    result = answer(ds, q, params, fresh=fresh)
    if isinstance(result, bool):
        return {(str(result).lower(),)}
    if hasattr(result, "variables"):
        variables = [v.value for v in result.variables]
        return {tuple(cell(sol[v]) for v in variables) for sol in result}
    return {tuple(cell(x) for x in (t.subject, t.predicate, t.object)) for t in result}


def remote_rows(server: Server, q, params: dict) -> set[tuple]:
    """The rows of a stored question on a server (the items of list cells sorted as locally)."""
    result = remote_answer(server, q, params)
    if isinstance(result, tuple) and result[0] is None:
        return {(str(result[1]).lower(),)}
    if isinstance(result, tuple):
        return {tuple(cell(t) for t in r) for r in result[1]}
    return {tuple(cell(x) for x in (t.subject, t.predicate, t.object)) for t in result}


def params_for(q) -> dict:
    return {p.name: SAMPLE_PARAMS[p.name] for p in q.params if p.name in SAMPLE_PARAMS}


def param_variants(q) -> list[dict]:
    """The parameters to ask a stored query with: the sample ones, and also scoped to one article if it can be."""
    base = params_for(q)
    return [base] + [dict(base, article=SAMPLE_ARTICLE) for p in q.params if p.kind == "article"]


def local_dataset(data: Path | None = None):
    return open_dataset([data] if data else None, cache=False)


def snapshot_graph(folder: Path) -> Path:
    """A copy of the committed graph: other people may rebuild data/graph while the tests run."""
    from coopgraph import resources

    dest = Path(folder) / "graph"
    shutil.copytree(resources.graph_dir(), dest)
    return dest


def no_proxy_env() -> None:
    """Loopback requests must not go through a proxy configured for the machine."""
    os.environ["NO_PROXY"] = os.environ["no_proxy"] = "127.0.0.1,localhost"


def by_value(cell: str) -> str:
    """A number by its value (rdflib writes a sum of decimals as '8200000000.0', Oxigraph as '8200000000');
    any other text as it is."""
    return str(Decimal(cell).normalize()) if re.fullmatch(r"-?\d+(\.\d+)?", cell) else cell


def make_synthetic_graph(out: Path, triples: int, seed: int) -> Path:
    """A synthetic graph of about ``triples`` triples in ``out``, made by benchmarks/generate.py."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    try:
        from generate import generate_graph
    finally:
        sys.path.pop(0)
    generate_graph(triples, out, seed=seed, jobs=1)
    return out


def pass_on(handler, port: int, body: bytes) -> None:
    """Answer an ``http.server`` request by passing it (its body already read) to the server on loopback ``port``
    and sending back what that server answers: a gate in front of a real server."""
    import http.client

    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    skip = ("authorization", "host", "content-length")
    conn.request(handler.command, handler.path, body=body,
                 headers={k: v for k, v in handler.headers.items() if k.lower() not in skip})
    resp = conn.getresponse()
    data = resp.read()
    handler.send_response(resp.status)
    for k, v in resp.getheaders():
        if k.lower() not in ("transfer-encoding", "connection", "content-length"):
            handler.send_header(k, v)
    handler.send_header("Content-Length", str(len(data)))
    handler.end_headers()
    if handler.command != "HEAD":
        handler.wfile.write(data)
    conn.close()
