"""coopgraph benchmarks, side by side in one run (not part of pytest).

    python benchmarks/run.py [--sizes 10k,100k,1m] [--articles 100,1000,10000] [--out docs/benchmarks.md]

Measures, on synthetic data made by benchmarks/generate.py (cached under benchmarks/out/):
- extraction: ``coopgraph.build`` over synthetic article texts, --jobs 1 and 2 (articles/s and per core);
- load: pyoxigraph bulk load (memory; on-disk cold; on-disk reopen with nothing changed) vs rdflib parse;
- queries: every stored query (``queries.catalogue()``, sample parameters), median latency on rdflib's memory
  store vs Oxigraph (memory and on-disk); rdflib runs are capped by a per-query time budget (reported as '>N s');
- validation: pySHACL on the whole graph vs per source graph in parallel, the changed-only re-run (one file
  modified), and Apache Jena SHACL if installed; whether pySHACL and Jena give the same results;
- peak memory (max RSS) of each, measured in the subprocess that does the work.
Each measurement runs in its own subprocess (``run.py _task NAME JSON``) with a wall-clock limit.
Results: a Markdown section in --out (between markers; other sections are kept) and benchmarks/out/results.json.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
sys.path.insert(0, str(HERE))

START = "<!-- benchmarks:start (written by benchmarks/run.py) -->"
END = "<!-- benchmarks:end -->"

SAMPLE_DATE = "2026-06-01"


# ------------------------------------------------------------------ helpers run inside the task subprocess

def _peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return round(max(own, kids) / 1024, 1)


def _sample_params(ds: Any) -> dict[str, str]:
    """Parameter values for the benchmark: a place that has partners in the data (the most frequent Lao partner),
    and, for the optional ``article``, the first article (by file name) that states a claim of every kind the
    listings read, so that no scoped listing is timed on an empty answer."""
    from coopgraph.store import run_select

    q = """PREFIX cg: <https://w3id.org/coopgraph/ontology#>
    SELECT ?code (COUNT(*) AS ?n) WHERE { ?p a cg:Partnership ; cg:partner ?x . ?x cg:code ?code ;
      cg:inCountry <https://w3id.org/coopgraph/place/LA> } GROUP BY ?code ORDER BY DESC(?n) ?code LIMIT 1"""
    rows = list(run_select(ds, q))
    place = rows[0]["code"].value if rows else "LA-HO"
    out = {"place": place, "date": SAMPLE_DATE, "entity": f"place:{place}"}
    prefixes = "PREFIX cg: <https://w3id.org/coopgraph/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#>\n"
    # commitments are the rarest claims: their articles are the candidates, each checked with one lookup per kind
    # (a single query with FILTER EXISTS took Oxigraph 8 minutes at 1M)
    found = run_select(ds, prefixes + """SELECT DISTINCT ?f WHERE { ?c a cg:Commitment ; prov:wasDerivedFrom ?s .
      ?s cg:inArticle ?a . ?a cg:fileName ?f }""")
    for name in sorted(r["f"].value for r in found):
        lit = json.dumps(name)
        if all(run_select(ds, prefixes + f"ASK {{ ?a cg:fileName {lit} . ?s cg:inArticle ?a . "
                                         f"?x prov:wasDerivedFrom ?s ; a cg:{kind} }}")
               for kind in ("Agreement", "Event", "PostHolding", "Partnership")):
            out["article"] = name
            break
    return out


def _params_for(q, sample: dict[str, str]) -> dict[str, str]:
    return {p.name: sample[p.name] for p in q.params if p.required and p.name in sample}


def _variants(q: Any, sample: dict[str, str]) -> list[tuple[str, dict[str, str]]]:
    """The query as asked (required parameters only) and, if it takes optional ones, scoped by them too:
    'officials (article)' lists one article's officials, 'post-holders (place)' one unit's."""
    out = [(q.name, _params_for(q, sample))]
    extra = [p.name for p in q.params if not p.required and p.name in sample]
    if extra:
        out.append((f"{q.name} ({', '.join(extra)})", {p.name: sample[p.name] for p in q.params if p.name in sample}))
    return out


class _Timeout(Exception):
    pass


def task_queries(args: dict) -> dict:
    """Load one store, then time every stored query (median of reps; rdflib capped by a per-query budget)."""
    import signal

    from coopgraph import digest
    from coopgraph.queries import answer, bind_params, catalogue
    from coopgraph.store import open_dataset, run_select

    spent, kept = _timing_the_digest_and_the_answers()
    t = time.perf_counter()
    ds = open_dataset([Path(args["data"])], store=args["store"], cache=args.get("cache", False),
                      path=Path(args["cache_dir"]) if args.get("cache_dir") else None, keep_answers=True)
    load = time.perf_counter() - t
    sample = _sample_params(ds)
    budget_all = float(args.get("budget", 0)) or None
    own_budgets = args.get("budgets") or {}         # a larger budget for one query (the slowest on Oxigraph)
    reps = int(args.get("reps", 7))
    out = {"load_s": load, "digest_s": sum(spent), "answers_s": sum(kept), "params": sample, "queries": {},
           "direct": {}, "fresh": {}}

    def alarm(*_):
        raise _Timeout()

    signal.signal(signal.SIGALRM, alarm)
    # how each query is asked: "queries" as the user asks it (an on-disk store reads the answer it kept),
    # "fresh" computed by the store all the same (answer(fresh=True)), "direct" a digest query asked of the
    # article graphs instead (digest.asked_directly)
    todo = [(q, name, given, "queries") for q in catalogue() for name, given in _variants(q, sample)]
    if args.get("fresh"):
        todo += [(q, name, given, "fresh") for q in catalogue() for name, given in _variants(q, sample)]
    if args.get("direct"):
        # (as asked only: asked_directly binds a parameter after the question's sub-select, so a scoped run of it
        # would time the whole question, which the digest's queries never did)
        todo += [(q, name, given, "direct") for q in catalogue() if "cgg:digest" in q.text
                 for name, given in _variants(q, sample) if " (" not in name]
    for q, _, given, _ in todo:
        bind_params(q, given)       # the gazetteer and the catalogue read once, before any timing (not a first asking)
    for q, name, given, how in todo:
        budget = float(own_budgets.get(name, 0)) or budget_all
        if how == "direct":
            text, bindings = digest.asked_directly(q.text), bind_params(q, given)
            ask = lambda text=text, bindings=bindings: run_select(ds, text, bindings)  # noqa: E731
        else:
            ask = lambda q=q, given=given, fresh=how == "fresh": answer(ds, q, given, fresh=fresh)  # noqa: E731
        times, rows, over, first = [], None, False, None
        n = reps
        for i in range(n + 1):          # the first run warms up (not counted) unless it already used the budget
            t = time.perf_counter()
            try:
                if budget:
                    signal.setitimer(signal.ITIMER_REAL, budget)
                res = ask()
                rows = len(list(res)) if not isinstance(res, bool) else 1
            except _Timeout:
                over = True
                break
            finally:
                if budget:
                    signal.setitimer(signal.ITIMER_REAL, 0)
            dt = time.perf_counter() - t
            if i == 0:
                first = dt      # the first asking in this process (for a kept answer: read, or made and kept)
            if i > 0 or (budget and dt > budget / 4):
                times.append(dt)
            if budget and sum(times) > budget:
                break
        out[how][name] = {"median_s": statistics.median(times) if times else None, "first_s": first,
                          "runs": len(times), "rows": rows, "over_budget": over, "budget_s": budget}
    out["peak_mb"] = _peak_mb()
    return out


def _timed(module: Any, name: str) -> list[float]:
    """Seconds spent in ``module.name`` from now on (a list the calls append to); the callers look the function up
    on its module when they call it (``digest.refresh``, ``queries.keep_standard_answers``)."""
    spent: list[float] = []
    real = getattr(module, name)

    def timed(*args, **kwargs):
        t = time.perf_counter()
        try:
            return real(*args, **kwargs)
        finally:
            spent.append(time.perf_counter() - t)

    setattr(module, name, timed)
    return spent


def _timing_the_digest_and_the_answers() -> tuple[list[float], list[float]]:
    """Seconds spent making the digest, and answering the standard questions of an on-disk store in a new state."""
    from coopgraph import digest, queries

    return _timed(digest, "refresh"), _timed(queries, "keep_standard_answers")


def task_load(args: dict) -> dict:
    from coopgraph.store import open_dataset

    spent, kept = _timing_the_digest_and_the_answers()
    t = time.perf_counter()
    ds = open_dataset([Path(args["data"])], store=args["store"], cache=args.get("cache", False),
                      path=Path(args["cache_dir"]) if args.get("cache_dir") else None, keep_answers=True)
    dt = time.perf_counter() - t
    return {"seconds": dt, "digest_s": sum(spent), "answers_s": sum(kept), "quads": len(ds.store),
            "parsed_files": len(ds.loaded), "peak_mb": _peak_mb()}


def task_validate(args: dict) -> dict:
    from coopgraph.store import turtle_files
    from coopgraph.validate import validate_files, validate_union

    files = turtle_files([Path(args["data"])])
    t = time.perf_counter()
    if args["mode"] == "whole":
        problems = validate_union(files)
        validated = len(files)
    else:
        rep = validate_files(files, jobs=args.get("jobs", 2), engine=args.get("engine", "pyshacl"),
                             cache=Path(args["cache"]) if args.get("cache") else False)
        problems, validated = rep.problems, len(rep.validated)
    dt = time.perf_counter() - t
    keys = sorted({(p.source_file if args["mode"] != "whole" else "", p.severity, p.focus, p.path, p.shape)
                   for p in problems})
    if args.get("keys_out"):
        Path(args["keys_out"]).write_text(json.dumps(keys), encoding="utf-8")
    return {"seconds": dt, "files": len(files), "validated": validated, "problems": len(problems),
            "violations": sum(1 for p in problems if p.severity == "Violation"), "peak_mb": _peak_mb()}


def task_extract(args: dict) -> dict:
    from coopgraph.build import build

    out = Path(tempfile.mkdtemp(prefix="cg-bench-build-"))
    try:
        t = time.perf_counter()
        results = build([Path(args["texts"])], out, jobs=args["jobs"], force=True)
        dt = time.perf_counter() - t
        failed = sum(1 for r in results if r.status == "failed")
        facts = sum(r.facts for r in results)
    finally:
        shutil.rmtree(out, ignore_errors=True)
    return {"seconds": dt, "articles": len(results), "failed": failed, "facts": facts, "peak_mb": _peak_mb()}


TASKS = {"queries": task_queries, "load": task_load, "validate": task_validate, "extract": task_extract}


# ------------------------------------------------------------------ the parent

def run_task(name: str, args: dict, timeout: float) -> dict:
    """Run one task in a fresh interpreter; {'timeout': s} if it overran, {'error': ...} if it failed."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "_task", name, json.dumps(args)]
    t = time.perf_counter()
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=str(ROOT))
    except subprocess.TimeoutExpired:
        return {"timeout": timeout, "wall_s": time.perf_counter() - t}
    if p.returncode != 0:
        return {"error": (p.stderr.strip().splitlines() or ["failed"])[-1], "wall_s": time.perf_counter() - t}
    res = json.loads(p.stdout.strip().splitlines()[-1])
    res["wall_s"] = time.perf_counter() - t
    return res


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def parse_list(s: str) -> list[str]:
    return [x.strip() for x in s.split(",") if x.strip()]


def machine() -> dict:
    import importlib.metadata as md

    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    versions = {}
    for pkg in ("coopgraph", "pyoxigraph", "rdflib", "pyshacl"):
        try:
            versions[pkg] = md.version(pkg)
        except md.PackageNotFoundError:
            versions[pkg] = "-"
    java = ""
    if shutil.which("java"):
        r = subprocess.run(["java", "-version"], capture_output=True, text=True)
        java = (r.stderr.splitlines() or [""])[0]
    jena = ""
    try:
        r = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "libapache-jena-java"], capture_output=True, text=True)
        jena = r.stdout.strip()
    except OSError:
        pass
    return {"nproc": os.cpu_count(), "memory": mem, "cpu": cpu, "python": platform.python_version(),
            "platform": platform.platform(), "versions": versions, "java": java, "jena": jena}


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "_task":
        print(json.dumps(TASKS[sys.argv[2]](json.loads(sys.argv[3]))))
        return
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10k,100k,1m", help="graph sizes in article triples")
    ap.add_argument("--articles", default="100,1000,10000", help="synthetic article counts for extraction")
    ap.add_argument("--out", default=str(ROOT / "docs" / "benchmarks.md"), help="Markdown file to write into")
    ap.add_argument("--reps", type=int, default=7, help="timed runs per query on Oxigraph (median)")
    ap.add_argument("--rdflib-budget", type=float, default=0,
                    help="seconds per query on rdflib (default: 30 below 100k triples, 10 from 100k)")
    ap.add_argument("--ox-budget", type=float, default=0,
                    help="seconds per query on Oxigraph (default: none below 500k triples, 20 from 500k)")
    ap.add_argument("--whole-max", default="20k",
                    help="largest size for pySHACL on the whole graph (it took 190 s at 10k on this machine)")
    ap.add_argument("--extract-j1-max", type=int, default=1000,
                    help="largest article count also measured with --jobs 1 (10,000 articles take minutes)")
    ap.add_argument("--skip", default="", help="comma list of: extract,load,queries,validate,whole,jena")
    ap.add_argument("--timeout", type=float, default=900, help="wall-clock limit of one measurement (s)")
    ap.add_argument("--merge", nargs="*", default=[], metavar="JSON",
                    help="results files of earlier runs (benchmarks/out/*.json): the parts this run does not measure "
                         "are taken from them, newest last, and their commands are listed in the report")
    opts = ap.parse_args()
    from generate import generate_graph, generate_texts, parse_size

    skip = set(parse_list(opts.skip))
    command = "python benchmarks/run.py " + " ".join(sys.argv[1:])
    results: dict = {"command": command.strip(), "reps": opts.reps, "machine": machine(), "started": time.strftime("%Y-%m-%d %H:%M UTC",
                                                                                                time.gmtime()),
                     "extract": {}, "sizes": {}}
    OUT.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()

    if "extract" not in skip:
        for a in parse_list(opts.articles):
            n = parse_size(a)
            texts = OUT / f"texts-{a}"
            generate_texts(n, texts)
            row = {}
            for jobs in ((1, 2) if n <= opts.extract_j1_max else (2,)):
                log(f"extract {a} articles, --jobs {jobs}")
                row[f"j{jobs}"] = run_task("extract", {"texts": str(texts), "jobs": jobs}, opts.timeout)
            results["extract"][a] = row

    for size in parse_list(opts.sizes):
        n = parse_size(size)
        data = OUT / f"graph-{size}"
        log(f"graph {size}: generating (cached)")
        files, triples = generate_graph(n, data)
        res: dict = {"files": files, "article_triples": triples}
        results["sizes"][size] = res
        big = n >= 500_000
        budget = opts.rdflib_budget or (10.0 if n >= 100_000 else 30.0)
        work = Path(tempfile.mkdtemp(prefix=f"cg-bench-{size}-"))
        try:
            if "load" not in skip:
                log(f"{size}: load")
                res["load"] = {
                    "oxigraph_memory": run_task("load", {"data": str(data), "store": "oxigraph"}, opts.timeout),
                    "oxigraph_disk_cold": run_task("load", {"data": str(data), "store": "oxigraph", "cache": True,
                                                            "cache_dir": str(work / "store")}, opts.timeout),
                    "oxigraph_disk_reopen": run_task("load", {"data": str(data), "store": "oxigraph", "cache": True,
                                                              "cache_dir": str(work / "store")}, opts.timeout),
                    "rdflib": run_task("load", {"data": str(data), "store": "memory"}, opts.timeout),
                }
            if "queries" not in skip:
                log(f"{size}: queries on oxigraph (memory)")
                ox_budget = opts.ox_budget or (20.0 if big else 0)
                res["queries_oxigraph"] = run_task("queries", {"data": str(data), "store": "oxigraph",
                                                               "reps": opts.reps, "budget": ox_budget}, opts.timeout)
                if not (work / "store").exists():
                    # (load skipped) build the on-disk store apart, so that the query run only opens it, as a
                    # second CLI run does, and its peak memory is that of querying
                    log(f"{size}: building the on-disk store")
                    built = run_task("load", {"data": str(data), "store": "oxigraph", "cache": True,
                                              "cache_dir": str(work / "store")}, opts.timeout)
                    if "seconds" not in built:
                        log(f"{size}: building the on-disk store failed ({built}); the query run builds it")
                    res["disk_store_build"] = built
                log(f"{size}: queries on oxigraph (on-disk cache)")
                res["queries_oxigraph_disk"] = run_task("queries", {"data": str(data), "store": "oxigraph",
                                                                    "cache": True, "cache_dir": str(work / "store"),
                                                                    "reps": opts.reps, "budget": ox_budget,
                                                                    "direct": True, "fresh": True},
                                                                   opts.timeout)
                # the slowest query on the default store, as asked and computed afresh (no kept answer), gets a
                # budget of 21x its median on rdflib, enough to show the 20x the issue asks for (or to measure less)
                own: dict = {}
                disk = res["queries_oxigraph_disk"]
                done = [(q["median_s"], name) for part in ("queries", "fresh")
                        for name, q in (disk.get(part) or {}).items() if q.get("median_s") and " (" not in name]
                if done:
                    slowest, name = max(done)
                    own[name] = max(budget, round(21 * slowest, 1))
                log(f"{size}: queries on rdflib (budget {budget:g} s per query; {own or ''})")
                res["queries_rdflib"] = run_task("queries", {"data": str(data), "store": "memory", "reps": 3,
                                                             "budget": budget, "budgets": own}, opts.timeout * 2)
            if "validate" not in skip:
                v: dict = {}
                keys_py, keys_jena = work / "keys-pyshacl.json", work / "keys-jena.json"
                if "whole" in skip or n > parse_size(opts.whole_max):
                    v["pyshacl_whole"] = {"skipped": True}
                else:
                    log(f"{size}: validation, pySHACL whole graph")
                    v["pyshacl_whole"] = run_task("validate", {"data": str(data), "mode": "whole"},
                                                  300 if big else opts.timeout)
                for jobs in ((2,) if big else (1, 2)):
                    log(f"{size}: validation, pySHACL per file --jobs {jobs}")
                    v[f"pyshacl_files_j{jobs}"] = run_task("validate", {
                        "data": str(data), "mode": "files", "jobs": jobs, "keys_out": str(keys_py),
                        "cache": str(work / "validate.sqlite") if jobs == 2 else None}, opts.timeout)
                # changed-only: touch one file's content, re-run with the cache
                copy = work / "copy"
                shutil.copytree(data, copy)
                shutil.copy(work / "validate.sqlite", work / "validate-copy.sqlite") \
                    if (work / "validate.sqlite").exists() else None
                first = sorted(copy.glob("*.ttl"))[0]
                first.write_text(first.read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
                log(f"{size}: validation, changed-only re-run (1 file modified)")
                v["pyshacl_changed_only"] = run_task("validate", {
                    "data": str(copy), "mode": "files", "jobs": 2, "cache": str(work / "validate-copy.sqlite")},
                    opts.timeout)
                from coopgraph.validate import jena_available

                if "jena" not in skip and jena_available():
                    log(f"{size}: validation, Jena per file (2 threads)")
                    v["jena_files"] = run_task("validate", {"data": str(data), "mode": "files", "jobs": 2,
                                                            "engine": "jena", "keys_out": str(keys_jena)},
                                               opts.timeout)
                    if keys_py.exists() and keys_jena.exists():
                        a = set(map(tuple, json.loads(keys_py.read_text())))
                        b = set(map(tuple, json.loads(keys_jena.read_text())))
                        v["same_results"] = {"equal": a == b, "pyshacl": len(a), "jena": len(b),
                                             "only_pyshacl": len(a - b), "only_jena": len(b - a)}
                res["validate"] = v
        finally:
            shutil.rmtree(work, ignore_errors=True)
        (OUT / "results.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    results["total_s"] = time.perf_counter() - t0
    (OUT / "results.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    write_markdown(merge_results([json.loads(Path(f).read_text(encoding="utf-8")) for f in opts.merge], results),
                   Path(opts.out))
    log(f"done in {results['total_s']:.0f} s; wrote {opts.out} and {OUT / 'results.json'}")


# ------------------------------------------------------------------ the report

def merge_results(earlier: list[dict], now: dict) -> dict:
    """``now`` completed with the parts of ``earlier`` runs it did not measure (extraction; per size: load, queries,
    validation); ``runs`` lists every run that contributed, with its command and start."""
    out = json.loads(json.dumps(now))
    used_by: dict[int, list[str]] = {}
    for i in reversed(range(len(earlier))):         # the newest run that has a part gives it
        r, used = earlier[i], used_by.setdefault(i, [])
        if r.get("extract") and not out.get("extract"):
            out["extract"] = r["extract"]
            used.append("extraction")
        for size, parts in r.get("sizes", {}).items():
            mine = out["sizes"].setdefault(size, {k: parts[k] for k in ("files", "article_triples") if k in parts})
            for key in ("load", "queries_oxigraph", "queries_oxigraph_disk", "queries_rdflib", "validate"):
                if key in parts and key not in mine:
                    mine[key] = parts[key]
                    used.append(f"{key.split('_')[0]} {size}")
    runs = [{"command": r["command"], "started": r["started"], "total_s": r.get("total_s", 0),
             "parts": sorted(set(used_by[i]))} for i, r in enumerate(earlier) if used_by[i]]
    runs.append({"command": now["command"], "started": now["started"], "total_s": now.get("total_s", 0),
                 "parts": ["the rest"] if earlier else []})
    out["runs"] = sorted(runs, key=lambda x: x["started"])
    return out


def _s(x: dict | None, key: str = "seconds") -> str:
    if not x:
        return "–"
    if x.get("skipped"):
        return "not run"
    if "timeout" in x:
        return f">{x['timeout']:.0f} s (stopped)"
    if "error" in x:
        return "error"
    v = x.get(key)
    return "–" if v is None else (f"{v:.2f}" if v < 100 else f"{v:.0f}")


def _ms(q: dict | None) -> str:
    if not q:
        return "–"
    if q.get("over_budget") or q.get("median_s") is None:
        return f">{q.get('budget_s') or 0:.0f} s"
    return f"{q['median_s'] * 1000:.1f}"


def _first(q: dict | None) -> str:
    """The first asking's milliseconds (the warm-up run)."""
    return f"{q['first_s'] * 1000:.1f}" if q and q.get("first_s") is not None else "–"


def _ratio(a: dict | None, b: dict | None) -> str:
    """How many times faster b is than a (a: rdflib, b: oxigraph)."""
    if not a or not b or b.get("median_s") in (None, 0):
        return "–"
    if a.get("over_budget") or a.get("median_s") is None:
        return f">{(a.get('budget_s') or 0) / b['median_s']:.0f}×"
    return f"{a['median_s'] / b['median_s']:.0f}×"


def _seconds(res: dict, key: str = "digest_s") -> str:
    """Seconds a load spent making the digest, or (``answers_s``) the kept answers ('–' for runs from before)."""
    return f"{res[key]:.2f}" if res.get(key) is not None else "–"


def _direct(res: dict | None, name: str) -> str:
    """A digest query's median asked of the article graphs instead, with how many times slower that is."""
    direct = ((res or {}).get("direct") or {}).get(name)
    if not direct:
        return "–"
    via = ((res or {}).get("queries") or {}).get(name) or {}
    times = f" ({direct['median_s'] / via['median_s']:.0f}× the digest)" if direct.get("median_s") and via.get(
        "median_s") else ""
    return _ms(direct) + times


def budgets(res: dict | None, who: str) -> str:
    """', within a per-query budget of N s' when the task had one."""
    b = next((q.get("budget_s") for q in ((res or {}).get("queries") or {}).values() if q.get("budget_s")), None)
    return f", within a per-query budget of {b:g} s" if b else ""


def write_markdown(r: dict, path: Path) -> None:
    m = r["machine"]
    L = [START, "## Scale benchmarks (issue #6)", "",
         *([f"Command: `{r['command']}` — run {r['started']}, {r.get('total_s', 0) / 60:.1f} min in all.", ""]
           if len(r.get("runs") or []) <= 1 else
           ["Commands (this report joins several runs: the extraction table, and each size's load, queries and validation, come each from one run):", ""]
           + [f"- `{x['command']}` — {x['started']}, {x['total_s'] / 60:.1f} min: {', '.join(x['parts'])}"
              for x in r["runs"]] + [""]),
         f"Machine: {m['nproc']} cores ({m['cpu']}), {m['memory']} memory; Python {m['python']}; "
         + ", ".join(f"{k} {v}" for k, v in m["versions"].items())
         + (f"; {m['java']}, Debian Jena {m['jena']}" if m.get("java") else "") + ".", "",
         "Data: synthetic (benchmarks/generate.py), per-article Turtle files made by coopgraph's own mapping; "
         "'triples' counts the article graphs (the ontology and the reference places, ~10k triples, come on top). "
         "Peak memory is the largest resident set of the process doing the work (or of its workers/JVM).", ""]
    if r["extract"]:
        L += ["### Extraction (coopgraph build over synthetic article texts)", "",
              "| articles | --jobs 1: s | articles/s | --jobs 2: s | articles/s | per core | speed-up | peak MB (j1 / j2) |",
              "|---|---|---|---|---|---|---|---|"]
        for a, row in r["extract"].items():
            j1, j2 = row.get("j1", {}), row.get("j2", {})
            r1 = j1.get("articles", 0) / j1["seconds"] if j1.get("seconds") else None
            r2 = j2.get("articles", 0) / j2["seconds"] if j2.get("seconds") else None
            f1 = f"{r1:.1f}" if r1 else "–"
            f2 = f"{r2:.1f}" if r2 else "–"
            per = f"{r2 / 2:.1f}" if r2 else "–"
            up = f"{r2 / r1:.2f}×" if r1 and r2 else "–"
            L.append(f"| {a} | {_s(j1)} | {f1} | {_s(j2)} | {f2} | {per} | {up} | "
                     f"{j1.get('peak_mb', '–')} / {j2.get('peak_mb', '–')} |")
        L.append("")
    from generate import parse_size

    # smallest first, whichever run (merged or not) measured each size
    sizes = dict(sorted(r["sizes"].items(), key=lambda kv: parse_size(kv[0])))
    if any("load" in s for s in sizes.values()):
        L += ["### Load into the embedded store", "",
              "| size | files | triples | Oxigraph bulk (memory): s | triples/s | Oxigraph on-disk, cold: s | "
              "on-disk reopen, nothing changed: s | rdflib parse: s | triples/s | Oxigraph vs rdflib | "
              "of which the digest: s (ox mem / on-disk / rdflib) | of which the kept answers (on-disk): s | "
              "peak MB (ox mem / rdflib) |",
              "|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
        for size, s in sizes.items():
            ld = s.get("load")
            if not ld:
                continue
            om, rd = ld["oxigraph_memory"], ld["rdflib"]
            q = om.get("quads") or 0
            tps = lambda x: f"{q / x['seconds']:,.0f}" if x.get("seconds") else "–"  # noqa: E731
            ratio = f"{rd['seconds'] / om['seconds']:.0f}×" if rd.get("seconds") and om.get("seconds") else "–"
            L.append(f"| {size} | {s['files']} | {s['article_triples']:,} | {_s(om)} | {tps(om)} | "
                     f"{_s(ld['oxigraph_disk_cold'])} | {_s(ld['oxigraph_disk_reopen'])} "
                     f"(parsed {ld['oxigraph_disk_reopen'].get('parsed_files', '–')} files) | {_s(rd)} | {tps(rd)} | "
                     f"{ratio} | {_seconds(om)} / {_seconds(ld['oxigraph_disk_cold'])} / {_seconds(rd)} | "
                     f"{_seconds(ld['oxigraph_disk_cold'], 'answers_s')} | "
                     f"{om.get('peak_mb', '–')} / {rd.get('peak_mb', '–')} |")
        L.append("")
    for size, s in sizes.items():
        qo, qd, qr = s.get("queries_oxigraph"), s.get("queries_oxigraph_disk"), s.get("queries_rdflib")
        if not qo:
            continue
        L += [f"### Stored queries at {size} ({s['article_triples']:,} article triples): median latency, ms", "",
              f"Parameters: {json.dumps((qo.get('params') or {}), ensure_ascii=False)}. Oxigraph: median of "
              f"{r.get('reps', 7)} runs after a warm-up{budgets(qo, 'Oxigraph')}; rdflib: up to 3 runs"
              f"{budgets(qr, 'rdflib')}. '>N s': stopped at the budget.", "",
              "| query | rows | Oxigraph on-disk (default store) | first asking in a new process there | Oxigraph memory | "
              "rdflib memory | rdflib / default store | default store, computed (`--fresh`) | rdflib / computed | "
              "default store, asked of the article graphs (no digest, computed) |",
              "|---|---|---|---|---|---|---|---|---|---|"]
        worst, fast, asked, scoped_fast, scoped = None, 0, 0, 0, 0
        for name, q in (qo.get("queries") or {}).items():
            d = (qd or {}).get("queries", {}).get(name) or q       # the default store is the on-disk one
            rr = (qr or {}).get("queries", {}).get(name) if qr and "queries" in qr else None
            fr = ((qd or {}).get("fresh") or {}).get(name)
            L.append(f"| {name} | {q.get('rows')} | {_ms(d)} | {_first(d)} | {_ms(q)} | "
                     f"{_ms(rr) if rr else ('stopped' if qr and 'timeout' in qr else '–')} | {_ratio(rr, d)} | "
                     f"{_ms(fr)} | {_ratio(rr, fr)} | {_direct(qd, name)} |")
            slow = float("inf") if d.get("over_budget") or d.get("median_s") is None else d["median_s"]
            if " (" in name:            # scoped by its optional parameters: reported apart
                scoped += 1
                scoped_fast += slow < 0.1
                continue
            asked += 1
            fast += slow < 0.1
            if worst is None or slow > worst[4]:
                worst = (name, q, rr, d, slow)
        if worst:
            name, q, rr, d, _ = worst
            unit = lambda x: x if x.startswith(">") else f"{x} ms"  # noqa: E731
            L += ["", f"Under 100 ms on the default store: {fast} of {asked} queries as asked (no optional "
                  f"parameter). Slowest there: **{name}**, {unit(_ms(d))} on disk, {unit(_ms(q))} in memory; "
                  f"rdflib {unit(_ms(rr)) if rr else '–'} ({_ratio(rr, d)})."]
            if scoped:
                L += ["", f"Scoped by their optional parameters (one article, one unit; rows named 'query (param)'): "
                      f"{scoped_fast} of {scoped} under 100 ms."]
            fresh = {n: f for n, f in ((qd or {}).get("fresh") or {}).items() if " (" not in n}
            if fresh:
                secs = lambda f: float("inf") if f.get("median_s") is None else f["median_s"]  # noqa: E731
                slow_name = max(fresh, key=lambda n: secs(fresh[n]))
                rr = (qr or {}).get("queries", {}).get(slow_name) if qr and "queries" in qr else None
                L += ["", f"Computed afresh by the on-disk store (no kept answer): "
                      f"{sum(secs(f) < 0.1 for f in fresh.values())} of {len(fresh)} under 100 ms; slowest "
                      f"**{slow_name}**, {unit(_ms(fresh[slow_name]))}; rdflib {unit(_ms(rr)) if rr else '–'} "
                      f"({_ratio(rr, fresh[slow_name])})."]
        mem = [f"Oxigraph memory {qo.get('peak_mb', '–')} MB (load {qo.get('load_s', 0):.1f} s)"]
        if qd:
            mem.append(f"on-disk {qd.get('peak_mb', '–')} MB (open {qd.get('load_s', 0):.1f} s)")
        if qr:
            mem.append(f"rdflib {qr.get('peak_mb', '–')} MB (load {qr.get('load_s', 0):.1f} s)" if "queries" in qr
                       else f"rdflib: {_s(qr)}")
        L += ["", "Peak memory: " + "; ".join(mem) + ".", ""]
    if any("validate" in s for s in sizes.values()):
        L += ["### Validation (SHACL): seconds", "",
              "| size | files | pySHACL whole graph | pySHACL per file, --jobs 1 | per file, --jobs 2 | "
              "changed-only re-run (1 of N files) | Jena per file (2 threads): the default (`auto`) from 40 files | "
              "problems (pySHACL / Jena) | same results | peak MB (whole / j2 / Jena) |",
              "|---|---|---|---|---|---|---|---|---|---|"]
        for size, s in sizes.items():
            v = s.get("validate")
            if not v:
                continue
            same = v.get("same_results")
            sm = ("yes" if same["equal"] else f"no ({same['only_pyshacl']} only pySHACL, {same['only_jena']} only Jena)") \
                if same else "–"
            p2, jn = v.get("pyshacl_files_j2", {}), v.get("jena_files", {})
            co = v.get("pyshacl_changed_only", {})
            L.append(f"| {size} | {s['files']} | {_s(v.get('pyshacl_whole'))} | {_s(v.get('pyshacl_files_j1'))} | "
                     f"{_s(p2)} | {_s(co)} ({co.get('validated', '–')} validated) | {_s(jn)} | "
                     f"{p2.get('problems', '–')} / {jn.get('problems', '–')} | {sm} | "
                     f"{v.get('pyshacl_whole', {}).get('peak_mb', '–')} / {p2.get('peak_mb', '–')} / "
                     f"{jn.get('peak_mb', '–')} |")
        L.append("")
    L.append(END)
    block = "\n".join(L) + "\n"
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n\n"
    if START in text and END in text:
        before, rest = text.split(START, 1)
        after = rest.split(END, 1)[1].lstrip("\n")
        text = before + block + ("\n" + after if after else "")
    else:
        text = text.rstrip("\n") + "\n\n" + block
    path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
