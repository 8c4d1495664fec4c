"""Benchmark (not a test): export speed to an Oxigraph server, side by side.

    .venv/bin/python benchmarks/export_bench.py [--triples 1000000] [--graph-size 200] [--write-docs]

Generates a synthetic graph shaped like ours (one named graph per "article": the article, its
sentences, partnerships, agreements with periods, persons and post holdings, events, commitments,
with Vietnamese text), writes it as one Turtle file per article, then loads it into a fresh Oxigraph
server (``oxigraph serve``, loopback, its own folder) once per method:

* ``update``: ``coopgraph export --method update`` (SPARQL Update over httpx, one
  ``DROP SILENT GRAPH; INSERT DATA`` request per graph, batches of --batch-size triples);
* ``gsp``: ``coopgraph export --method gsp`` (Graph Store Protocol, one PUT per graph);
* ``dataset``: ``coopgraph export --method dataset`` on a fresh server (every graph is new, so with the
  default ``--new-graphs auto`` every batch is a ``POST /store?no_transaction``);
* ``dataset-tx``: the same with ``--new-graphs transaction`` (every batch a transactional POST);
* ``refresh``: ``--method dataset`` over a server that already holds every graph (loaded untimed by the
  bulk POST first): each batch is a DROP of its graphs and a transactional POST;
* ``bulk POST``: the server's bulk loader, ``POST /store?no_transaction`` of the whole dataset as N-Quads;
* ``oxigraph load``: the offline loader (``oxigraph load --location DIR --file data.nq``), server stopped.

The two export methods include reading and parsing the Turtle files on the client, as a real export
does, and its checks (a first ``ASK {}``, a read-back count of each request's graphs); the bulk loaders get a
ready N-Quads file. Each run is checked by counting the triples on the
server. Peak memory: each export runs in a process of its own (its largest resident set, from the kernel's
accounting of the child), and the server's is read from /proc (VmHWM) before it stops; the bulk POST's client
only reads a file. With --write-docs the results go into docs/benchmarks.md under "## Export" (only that section
is replaced).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from coopgraph.export import DATASET_BATCH, DATASET_PARALLEL, Exporter  # noqa: E402
from coopgraph.export_graphs import plan  # noqa: E402
from coopgraph.sparql_client import Server, count_triples  # noqa: E402
from coopgraph.rdfmap import BASE  # noqa: E402

CG = BASE + "ontology#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
XSD = "http://www.w3.org/2001/XMLSchema#"
VI_WORDS = ["hợp tác", "tỉnh", "Hủa Phăn", "Thanh Hóa", "Nghệ An", "đoàn đại biểu", "biên bản", "ký kết",
            "giai đoạn", "phát triển", "kinh tế", "giáo dục", "y tế", "an ninh", "biên giới", "hữu nghị"]
PROVINCES = [f"LA-{c}" for c in ("HO", "VT", "BL", "XA", "PH", "OU", "LP", "XI", "CH", "SV", "KH", "AT")] + \
            [f"VN-{n:02d}" for n in range(1, 64)]


def n(local: str) -> ox.NamedNode:
    return ox.NamedNode(BASE + local)


def c(local: str) -> ox.NamedNode:
    return ox.NamedNode(CG + local)


def lit(v, dt: str | None = None, lang: str | None = None) -> ox.Literal:
    if lang:
        return ox.Literal(str(v), language=lang)
    return ox.Literal(str(v), datatype=ox.NamedNode(XSD + dt)) if dt else ox.Literal(str(v))


def article_triples(i: int, size: int, rnd: random.Random) -> list[ox.Triple]:
    """About ``size`` triples for synthetic article ``i``."""
    art = n(f"article/bench{i:07d}")
    out = [ox.Triple(art, RDF_TYPE, c("Article")), ox.Triple(art, c("fileName"), lit(f"bench{i:07d}.txt")),
           ox.Triple(art, c("published"), lit(f"2025-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}", "date"))]
    k = 0
    seen: set = set(out)
    while len(seen) < size:
        before = len(out)
        k += 1
        s = n(f"article/bench{i:07d}/s{k}")
        out += [ox.Triple(s, RDF_TYPE, c("Sentence")), ox.Triple(s, c("inArticle"), art),
                ox.Triple(s, c("text"), lit(" ".join(rnd.choice(VI_WORDS) for _ in range(12)), lang="vi"))]
        a, b = sorted(rnd.sample(PROVINCES, 2))
        kind = k % 4
        if kind == 0:
            p = n(f"partnership/{a}--{b}")
            out += [ox.Triple(p, RDF_TYPE, c("Partnership")), ox.Triple(p, c("partner"), n(f"place/{a}")),
                    ox.Triple(p, c("partner"), n(f"place/{b}")),
                    ox.Triple(p, c("status"), n("concept/status/agreement")),
                    ox.Triple(p, ox.NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom"), s)]
        elif kind == 1:
            first = rnd.randint(2015, 2026)
            ag = n(f"agreement/{a}--{b}/{first}-{first + 4}")
            per = n(f"period/{first}-{first + 4}")
            out += [ox.Triple(ag, RDF_TYPE, c("Agreement")), ox.Triple(ag, c("party"), n(f"place/{a}")),
                    ox.Triple(ag, c("party"), n(f"place/{b}")), ox.Triple(ag, c("period"), per),
                    ox.Triple(per, c("firstYear"), lit(first, "gYear")), ox.Triple(per, c("lastYear"), lit(first + 4, "gYear")),
                    ox.Triple(ag, c("signedOn"), lit(f"{first}-0{rnd.randint(1, 9)}-1{rnd.randint(0, 9)}", "date")),
                    ox.Triple(ag, ox.NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom"), s)]
        elif kind == 2:
            key = f"person{rnd.randint(0, 50000)}"
            person = n(f"person/{a}/{key}")
            h = n(f"holding/bench{i:07d}/{a}/party-secretary/{key}")
            out += [ox.Triple(person, RDF_TYPE, c("Person")),
                    ox.Triple(person, ox.NamedNode("https://schema.org/name"), lit(f"Nguyễn Văn {key}", lang="vi")),
                    ox.Triple(h, RDF_TYPE, c("PostHolding")), ox.Triple(h, c("unit"), n(f"place/{a}")),
                    ox.Triple(h, ox.NamedNode("http://www.w3.org/ns/org#member"), person),
                    ox.Triple(h, c("statedName"), lit(f"Nguyễn Văn {key}")),
                    ox.Triple(h, c("attestedOn"), lit("2025-06-01", "date")),
                    ox.Triple(h, ox.NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom"), s)]
        else:
            ev = n(f"event/{a}--{b}/bench{i:07d}/talks{k}")
            out += [ox.Triple(ev, RDF_TYPE, c("Event")), ox.Triple(ev, c("party"), n(f"place/{a}")),
                    ox.Triple(ev, c("party"), n(f"place/{b}")), ox.Triple(ev, c("eventKind"), n("concept/event-kind/talks")),
                    ox.Triple(ev, c("startDate"), lit("2025-03-02", "date")),
                    ox.Triple(ev, ox.NamedNode("https://schema.org/amount"),
                              lit(f"{rnd.randint(1, 900)}000000", "decimal")),
                    ox.Triple(ev, ox.NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom"), s)]
        seen.update(out[before:])
    unique = list(dict.fromkeys(out))      # repeated facts (same partnership, same person) are one triple
    return unique[:size]


def generate(folder: Path, total: int, graph_size: int, seed: int = 4) -> tuple[int, Path]:
    """Turtle files (one per article) in ``folder`` and the same data as one N-Quads file; the triple count."""
    rnd = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    nq = folder.parent / "bench.nq"
    count = 0
    i = 0
    with open(nq, "wb") as out:
        while count < total:
            triples = article_triples(i, min(graph_size, total - count), rnd)
            (folder / f"bench{i:07d}.ttl").write_bytes(ox.serialize(triples, format=ox.RdfFormat.TURTLE))
            g = n(f"article/bench{i:07d}")
            out.write(ox.serialize([ox.Quad(t.subject, t.predicate, t.object, g) for t in triples],
                                   format=ox.RdfFormat.N_QUADS))
            count += len(triples)
            i += 1
    return count, nq


def oxigraph_binary() -> str:
    here = Path(sys.executable).parent / "oxigraph"
    found = shutil.which("oxigraph") or (str(here) if here.exists() else None)
    if not found:
        sys.exit("the oxigraph server is not installed (pip install oxigraph)")
    return found


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Oxigraph:
    def __init__(self, location: Path):
        self.location, self.port, self.proc = location, free_port(), None
        self.base = f"http://127.0.0.1:{self.port}"

    def __enter__(self):
        self.proc = subprocess.Popen([oxigraph_binary(), "serve", "--location", str(self.location), "--bind",
                                      f"127.0.0.1:{self.port}", "--union-default-graph"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(400):
            try:
                urllib.request.urlopen(self.base + "/query?query=ASK%7B%7D", timeout=2).close()
                break
            except OSError:
                time.sleep(0.05)
        return self

    def __exit__(self, *exc):
        self.proc.terminate()
        self.proc.wait(timeout=30)

    def server(self) -> Server:
        return Server(query_endpoint=self.base + "/query", update_endpoint=self.base + "/update",
                      graph_store=self.base + "/store", timeout=600)


def peak_mb(pid: int) -> float | None:
    """The largest resident set of a running process so far (VmHWM), in MB."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def export_in_child(base: str, graph_dir: Path, **exporter) -> tuple[float, float]:
    """``coopgraph``'s Exporter run in a fresh Python process (so its peak memory is its own): seconds, peak MB."""
    job = json.dumps({"base": base, "graph": str(graph_dir), "exporter": exporter})
    done = subprocess.run([sys.executable, __file__, "--child", job], stdout=subprocess.PIPE)
    if done.returncode != 0:
        raise RuntimeError(f"the export child failed with exit code {done.returncode}")
    secs, peak = done.stdout.decode().split()[-2:]
    return float(secs), float(peak)


def child(job: str) -> None:
    """The child's side of export_in_child: export, then print the seconds the export took and its peak MB."""
    spec = json.loads(job)
    base = spec["base"]
    server = Server(query_endpoint=base + "/query", update_endpoint=base + "/update", graph_store=base + "/store",
                    timeout=600)
    sources = plan([Path(spec["graph"])], ontology=False, reference=False)
    t = time.monotonic()
    Exporter(server, **spec["exporter"]).export(sources)
    # the peak read here, not from the parent's rusage: Linux carries the parent's peak into a child across exec
    print(f"{time.monotonic() - t:.3f} {peak_mb(os.getpid()):.1f}")


def run(args) -> list[dict]:
    out = []
    for size in args.graph_size:
        out += run_one(args, size)
    return out


def run_one(args, graph_size: int) -> list[dict]:
    work = Path(tempfile.mkdtemp(prefix="coopgraph-export-bench-"))
    results = []
    try:
        t0 = time.monotonic()
        total, nq = generate(work / "graph", args.triples, graph_size)
        graphs = len(list((work / "graph").glob("*.ttl")))
        print(f"generated {total} triples in {graphs} graphs in {time.monotonic() - t0:.1f} s", file=sys.stderr)

        def bulk(s):
            with open(nq, "rb") as f:
                req = urllib.request.Request(s.base + "/store?no_transaction", data=f.read(), method="POST",
                                             headers={"Content-Type": "application/n-quads"})
            urllib.request.urlopen(req, timeout=600).close()

        def export(**exporter):
            return lambda s: export_in_child(s.base, work / "graph", **exporter)

        def dataset(new_graphs: str, batch: int):
            return export(method="dataset", batch_size=batch, parallel=args.parallel, new_graphs=new_graphs)

        def dataset_runs(method: str, loc: Path) -> None:
            for batch in args.dataset_batch:
                size = f"{batch // 1000}k" if batch % 1000 == 0 else f"{batch:,}"
                where = loc.with_name(f"{loc.name}-{size}")
                if method == "dataset":
                    timed(f"dataset, new graphs, {size}/POST", dataset("auto", batch), where,
                          f"`--method dataset`, fresh server: POSTs of up to {batch:,} quads with `?no_transaction` "
                          f"(the graphs are new), {args.parallel} in flight")
                elif method == "dataset-tx":
                    timed(f"dataset --new-graphs transaction, {size}/POST", dataset("transaction", batch), where,
                          f"fresh server: transactional POSTs of up to {batch:,} quads, {args.parallel} in flight")
                else:
                    timed(f"dataset, refresh, {size}/POST", dataset("auto", batch), where,
                          f"server holding every graph: DROP the batch's graphs, then a transactional POST of up to "
                          f"{batch:,} quads, {args.parallel} in flight", before=bulk)

        def timed(name: str, fn, location: Path, detail: str, before=None):
            with Oxigraph(location) as ox_server:
                if before:
                    before(ox_server)
                t = time.monotonic()
                inner = fn(ox_server)      # an export in a child process: (its own seconds, its peak MB)
                secs = time.monotonic() - t
                client_mb = None
                if inner is not None:
                    secs, client_mb = inner
                got = count_triples(ox_server.server())
                server_mb = peak_mb(ox_server.proc.pid)
            expected = total        # every method writes exactly the triples of the files
            ok = got == expected
            results.append({"method": name, "seconds": secs, "tps": total / secs, "ok": ok, "detail": detail,
                            "round": round_, "client_mb": client_mb, "server_mb": server_mb})
            print(f"{name:30s} {secs:8.1f} s {total / secs:10.0f} triples/s  {'ok' if ok else f'COUNT {got} != {expected}'}"
                  f"  client {client_mb or 0:.0f} MB, server {server_mb or 0:.0f} MB", file=sys.stderr)

        for round_, method in ((k, m) for k in range(args.repeat) for m in args.methods):
            loc = work / f"db-{method}-{round_}"
            if method == "update":
                detail = ("coopgraph export --method update: DROP SILENT GRAPH + INSERT DATA per graph, "
                          f"graphs grouped up to {args.batch_size} triples per request"
                          if graph_size <= args.batch_size else
                          f"coopgraph export --method update: INSERT DATA batches of {args.batch_size} into a "
                          "temporary graph, then MOVE")
                timed(f"SPARQL Update (batch {args.batch_size})",
                      export(method="update", batch_size=args.batch_size), loc, detail)
            elif method in ("dataset", "dataset-tx", "refresh"):
                dataset_runs(method, loc)
            elif method == "gsp":
                timed("Graph Store Protocol PUT", export(method="gsp"), loc,
                      "coopgraph export --method gsp: one PUT of N-Triples per graph")
            elif method == "bulk":
                timed("Oxigraph bulk POST /store?no_transaction", bulk, loc,
                      "one POST of the whole dataset as N-Quads (already generated)")
            elif method == "load":
                t = time.monotonic()
                loader = subprocess.Popen([oxigraph_binary(), "load", "--location", str(loc), "--file", str(nq)],
                                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                # its peak sampled from /proc while it runs (rusage would carry this process's own peak over)
                loader_mb = 0.0
                while loader.poll() is None:
                    loader_mb = max(loader_mb, peak_mb(loader.pid) or 0.0)
                    time.sleep(0.05)
                secs = time.monotonic() - t
                if loader.returncode != 0:
                    raise RuntimeError(f"oxigraph load failed with exit code {loader.returncode}")
                with Oxigraph(loc) as s:
                    got = count_triples(s.server())
                ok = got == total
                results.append({"method": "oxigraph load (offline)", "seconds": secs, "tps": total / secs, "ok": ok,
                                "detail": "oxigraph load --location DIR --file bench.nq, server stopped",
                                "round": round_, "client_mb": None, "server_mb": loader_mb})
                print(f"{'oxigraph load (offline)':30s} {secs:8.1f} s {total / secs:10.0f} triples/s  "
                      f"{'ok' if ok else f'COUNT {got} != {total}'}", file=sys.stderr)
        return [dict(r, total=total, graphs=graphs) for r in results]
    finally:
        shutil.rmtree(work, ignore_errors=True)


def machine() -> str:
    """The machine, in one line (the facts come from run.py's machine())."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from run import machine as machine_facts

    m = machine_facts()
    oxv = subprocess.run([oxigraph_binary(), "--version"], capture_output=True, text=True).stdout.strip()
    return (f"{m['nproc']} cores ({m['cpu']}), {m['memory']} RAM, {m['platform']}, Python {m['python']}, "
            f"pyoxigraph {ox.__version__}, {oxv}")


def ratio_to_bulk(results: list[dict]) -> list[dict]:
    """Each result with ``ratio``: its rate over the bulk POST's in the same run and graph size (None if absent)."""
    bulk = {(r["graphs"], r["round"]): r["tps"] for r in results if r["method"].startswith("Oxigraph bulk POST")}
    return [dict(r, ratio=r["tps"] / bulk[r["graphs"], r["round"]] if (r["graphs"], r["round"]) in bulk else None)
            for r in results]


def verdict(results: list[dict]) -> str:
    """The issue #6 target, against the first export to a fresh server (``dataset``) and the refresh."""
    def spread(prefix: str):
        rs = [r["ratio"] for r in results if r["method"].startswith(prefix) and r["ratio"] is not None and r["ok"]]
        return (min(rs), max(rs)) if rs else None

    def text(lo_hi) -> str:
        lo, hi = lo_hi
        return f"{lo:.2f}×" if abs(hi - lo) < 0.005 else f"{lo:.2f}–{hi:.2f}×"

    new, tx = spread("dataset, new"), spread("dataset --new-graphs transaction")
    refresh = spread("dataset, refresh")
    parts = []
    if new is not None:
        parts.append(f"**{'met' if new[0] >= 0.5 else 'not met'}** by `coopgraph export --method dataset` on a "
                     f"fresh server ({text(new)} the bulk POST)")
    if tx is not None:
        parts.append(f"{'met' if tx[0] >= 0.5 else 'not met' if tx[1] < 0.5 else 'not reliably met'} when every "
                     f"graph is written in a transaction (`--new-graphs transaction`, {text(tx)})")
    if refresh is not None:
        parts.append(f"a refresh over graphs the server holds (drop + transactional POST) reaches {text(refresh)}")
    return "Target (issue 6: export at no less than half the rate of the server's bulk loader): " + \
        "; ".join(parts) + "." if parts else ""


def markdown(results: list[dict], command: str) -> str:
    results = ratio_to_bulk(results)
    total = results[0]["total"]
    lines = ["## Export", "",
             f"Loading a synthetic graph of {total:,} triples (shaped like ours: articles, sentences with "
             "Vietnamese text, partnerships, agreements and periods, persons and post holdings, events) into an "
             "Oxigraph server on loopback, once per method, all in the same run; each run was checked by counting "
             "the triples on the server. The exports include their checks: a first `ASK {}` and, after each request, a "
             "read-back count of its graphs' triples. Written by "
             "`benchmarks/export_bench.py`.", "",
             f"Machine: {machine()}; shared with other people's work while it ran: compare the ratios within the "
             "run, not the absolute rates.", "",
             f"Command: `{command}`", "",
             "Peak memory: the exporting process's largest resident set (each export runs in a Python process of "
             "its own, which reads its VmHWM), and the server's (VmHWM, read before it stops; for `oxigraph load`, "
             "the loader's, sampled every 50 ms while it runs).", "",
             "| graphs × triples | method | seconds | triples/s | × bulk POST | peak MB: client / server | what |",
             "|---|---|---:|---:|---:|---:|---|"]
    for r in results:
        flag = "" if r["ok"] else " (count mismatch!)"
        ratio = f"{r['ratio']:.2f}" if r["ratio"] is not None else ""
        mem = " / ".join("–" if r.get(k) is None else f"{r[k]:.0f}" for k in ("client_mb", "server_mb"))
        lines.append(f"| {r['graphs']:,} × {r['total'] // r['graphs']:,} | {r['method']}{flag} | {r['seconds']:.1f} | "
                     f"{r['tps']:,.0f} | {ratio} | {mem} | {r['detail']} |")
    lines += ["", verdict(results), "",
              "The `coopgraph export` methods include reading and parsing the Turtle files on the client and "
              "replace each graph (so a re-run is safe); the bulk loaders take a ready N-Quads file and only add.",
              "",
              "How `--method dataset` gets there: the next batches are read and serialised to N-Quads in a thread "
              "(pyoxigraph straight to bytes, no Python term objects) while the server writes; two POSTs are in "
              "flight (a small gain: the server can use the second core); the server is asked once which "
              "graphs it holds, so only those are dropped; and batches of graphs it does not hold are POSTed with "
              "`?no_transaction` (`--new-graphs auto`, the default). The transactional POST costs the server about "
              "twice the bulk loader's time whatever the batch size, which is why the transactional path alone "
              "stays below half the bulk rate.", "",
              "Trade-off of `?no_transaction` for new graphs: nothing that was on the server can be lost (only "
              "graphs absent when the export started are written that way, and a graph that exists is always "
              "dropped and written in a transaction), but readers may see a new graph while it fills, and if the "
              "server dies mid-request a partial new graph stays until the next export replaces it. A request that "
              "fails is followed by a DROP of its graphs, and they are reported as not written. Use "
              "`--new-graphs transaction` when readers must never see a partial graph.", ""]
    return "\n".join(lines)


def write_section(doc: Path, section: str) -> None:
    text = doc.read_text(encoding="utf-8") if doc.exists() else "# Benchmarks\n\n"
    pattern = re.compile(r"^## Export\n.*?(?=^## |\Z)", re.MULTILINE | re.DOTALL)
    if pattern.search(text):
        text = pattern.sub(lambda m: section.rstrip("\n") + "\n\n", text, count=1)
    else:
        text = text.rstrip("\n") + "\n\n" + section
    doc.write_text(text.rstrip("\n") + "\n", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--graph-size", type=int, nargs="+", default=[200, 100_000],
                    help="triples per named graph (one run per value): 200 is an article; 100000 makes the "
                         "update method write batches into a temporary graph and MOVE it")
    ap.add_argument("--batch-size", type=int, default=1000, help="triples per INSERT DATA (update method)")
    ap.add_argument("--dataset-batch", type=int, nargs="+", default=[DATASET_BATCH],
                    help="quads per POST (dataset methods; one run per value)")
    ap.add_argument("--parallel", type=int, default=DATASET_PARALLEL, help="POSTs in flight (dataset methods)")
    ap.add_argument("--repeat", type=int, default=1, help="run the methods this many times (to see the spread)")
    ap.add_argument("--methods", nargs="+", default=["update", "gsp", "dataset", "dataset-tx", "refresh", "bulk", "load"],
                    choices=["update", "gsp", "dataset", "dataset-tx", "refresh", "bulk", "load"])
    ap.add_argument("--write-docs", action="store_true", help="write the results into docs/benchmarks.md")
    ap.add_argument("--child", help=argparse.SUPPRESS)      # internal: one export, in its own process
    args = ap.parse_args()
    if args.child:
        child(args.child)
        return
    results = run(args)
    section = markdown(results, "python " + " ".join(["benchmarks/export_bench.py", *sys.argv[1:]]))
    print(section)
    if args.write_docs:
        write_section(ROOT / "docs" / "benchmarks.md", section)
        print(f"wrote the Export section of {ROOT / 'docs' / 'benchmarks.md'}", file=sys.stderr)


if __name__ == "__main__":
    main()
