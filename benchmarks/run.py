"""coopgraph benchmarks, side by side in one run (not part of pytest).

    python benchmarks/run.py [--sizes 10k,100k,1m] [--articles 100,1000,10000] [--out docs/benchmarks.md]

Measures, on synthetic data made by benchmarks/generate.py (cached under benchmarks/out/):
- extraction: ``coopgraph.build`` over synthetic article texts, --jobs 1 and 2 (articles/s and per core);
- load: pyoxigraph's bulk loader into memory vs coopgraph's on-disk store (cold; reopened with nothing changed) vs
  rdflib's parse;
- questions: every stored question (``questions.catalogue()``, sample parameters, and scoped by its optional ones),
  median latency of coopgraph's on-disk store computing it afresh and reading its kept answer, side by side with
  plain Oxigraph asked the same text (on the same folder, and in memory) and rdflib; against the budget of issue 19;
- whole processes: ``coopgraph query`` warm and ``--fresh`` against a plain pyoxigraph script on the same store;
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


def _sample_params(data: Path) -> dict[str, str]:
    """Parameter values for the benchmark, read from the data with a plain store in memory: a place that has
    partners (the most frequent Lao partner), and, for the optional ``article``, the first article (by file name)
    that states a claim of every kind the listings read, so that no scoped listing is timed on an empty answer."""
    from coopgraph.query.store import load_in_memory

    st = load_in_memory(_items(data))
    p = ("PREFIX cg: <https://w3id.org/coopgraph/ontology#> "
         "PREFIX place: <https://w3id.org/coopgraph/place/>\n")
    rows = list(st.query(p + """SELECT ?code (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?p a cg:Partnership ; cg:partner ?x }
      GRAPH ?r { ?x cg:code ?code ; cg:inCountry place:LA } } GROUP BY ?code ORDER BY DESC(?n) ?code LIMIT 1"""))
    place = rows[0]["code"].value if rows else "LA-HO"
    out = {"place": place, "date": SAMPLE_DATE, "entity": f"place:{place}"}
    # commitments are the rarest claims: the graphs that state one are the candidates
    kinds = ("Agreement", "Event", "PostHolding", "Partnership")
    found = st.query(p + "SELECT DISTINCT ?f WHERE { GRAPH ?g { ?c a cg:Commitment . ?a cg:fileName ?f . "
                     + " ".join(f"FILTER EXISTS {{ ?x{i} a cg:{k} }}" for i, k in enumerate(kinds))
                     + " } } ORDER BY ?f LIMIT 1")
    for r in found:
        out["article"] = r["f"].value
    return out


def _items(data: Path) -> list:
    from coopgraph.graphfiles import graph_for_file, turtle_files
    from coopgraph.query.store import fixed_graphs

    return fixed_graphs() + [(f, graph_for_file(f)) for f in turtle_files([data])]


def _variants(q: Any, sample: dict[str, str]) -> list[tuple[str, dict[str, str]]]:
    """The query as asked (required parameters only) and, if it takes optional ones, scoped by them too:
    'officials (article)' lists one article's officials, 'post-holders (place)' one unit's."""
    out = [(q.name, {p.name: sample[p.name] for p in q.params if p.required and p.name in sample})]
    extra = [p.name for p in q.params if not p.required and p.name in sample]
    if extra:
        out.append((f"{q.name} ({', '.join(extra)})", {p.name: sample[p.name] for p in q.params if p.name in sample}))
    return out


class _Timeout(Exception):
    pass


def task_queries(args: dict) -> dict:
    """Open one store, then time every stored question with the benchmark's parameters (median of reps after a
    warm-up; a per-question budget stops a slow one). ``how``:

    - ``fresh``: coopgraph's answer computed afresh (``answer(fresh=True)``), on the store given (on disk: the
      default store; ``memory``: rdflib);
    - ``kept``: coopgraph's answer as the user gets it from the on-disk store (the answer kept for its state);
    - ``plain``: the same query text, parameters in it, asked of a plain pyoxigraph store opened on the same
      folder (``cache_dir``) or loaded in memory, with nothing of coopgraph's (no narrowing, no kept answers)."""
    import signal

    import pyoxigraph as ox

    from coopgraph.query.answers import answer
    from coopgraph.query.questions import bind, bind_params, catalogue
    from coopgraph.query.store import load_in_memory, open_dataset

    data, how = Path(args["data"]), args["how"]
    sample = args["params"]
    t = time.perf_counter()
    if how == "plain":
        st = ox.Store(args["cache_dir"]) if args.get("cache_dir") else load_in_memory(_items(data))
        ds = None
    else:
        ds = open_dataset([data], store=args.get("store", "oxigraph"), cache=bool(args.get("cache_dir")),
                          path=Path(args["cache_dir"]) if args.get("cache_dir") else None)
    load = time.perf_counter() - t
    budget = float(args.get("budget", 0)) or None
    reps = int(args.get("reps", 7))
    out: dict = {"load_s": load, "params": sample, "queries": {}}

    def alarm(*_):
        raise _Timeout()

    signal.signal(signal.SIGALRM, alarm)
    todo = [(q, name, given) for q in catalogue() for name, given in _variants(q, sample)]
    texts = {name: bind(q, bind_params(q, given)) for q, name, given in todo}   # the gazetteer read before timing

    def ask(q, name, given):
        if how == "plain":
            res = st.query(texts[name])
            return [[sol[v] for v in res.variables] for sol in res] if hasattr(res, "variables") else res
        return list(answer(ds, q, given, fresh=how != "kept"))

    for q, name, given in todo:
        times, rows, over, first = [], None, False, None
        for i in range(reps + 1):          # the first run warms up (not counted) unless it already used the budget
            t = time.perf_counter()
            try:
                if budget:
                    signal.setitimer(signal.ITIMER_REAL, budget)
                rows = len(ask(q, name, given))
            except _Timeout:
                over = True
                break
            finally:
                if budget:
                    signal.setitimer(signal.ITIMER_REAL, 0)
            dt = time.perf_counter() - t
            if i == 0:
                first = dt
            if i > 0 or (budget and dt > budget / 4):
                times.append(dt)
            if budget and sum(times) > budget:
                break
        out["queries"][name] = {"median_s": statistics.median(times) if times else None, "first_s": first,
                                "runs": len(times), "rows": rows, "over_budget": over, "budget_s": budget}
    out["peak_mb"] = _peak_mb()
    return out


def task_load(args: dict) -> dict:
    """One load: ``plain`` (pyoxigraph's bulk loader into a store in memory, the files as they are), or coopgraph's
    ``open_dataset`` (on disk with ``cache_dir``: cold the first time, a reopen after)."""
    from coopgraph.query.store import load_in_memory, open_dataset

    data = Path(args["data"])
    t = time.perf_counter()
    if args.get("plain"):
        st = load_in_memory(_items(data))
        dt = time.perf_counter() - t
        return {"seconds": dt, "quads": len(st), "peak_mb": _peak_mb()}
    ds = open_dataset([data], store=args["store"], cache=bool(args.get("cache_dir")),
                      path=Path(args["cache_dir"]) if args.get("cache_dir") else None)
    dt = time.perf_counter() - t
    return {"seconds": dt, "quads": len(ds.store), "parsed_files": len(ds.loaded), "peak_mb": _peak_mb()}


_PLAIN_SCRIPT = """
import sys, pyoxigraph as ox
st = ox.Store(sys.argv[1])
res = st.query(open(sys.argv[2], encoding="utf-8").read())
print(sum(1 for _ in res))
"""


def task_process(args: dict) -> dict:
    """A whole process, as the user waits for it: ``coopgraph query NAME --data DIR`` on the on-disk store (warm:
    the answer kept; and ``--fresh``), against a plain pyoxigraph script that opens the same store and asks the
    same text. Median of ``reps`` runs after a warm-up, each a new process."""
    from coopgraph.query.questions import bind, bind_params, find_query

    q = find_query(args["name"])
    text_file = Path(tempfile.mkdtemp(prefix="cg-bench-q-")) / "q.rq"
    text_file.write_text(bind(q, bind_params(q, {})), encoding="utf-8")
    env = {**os.environ, "COOPGRAPH_CACHE_DIR": args["cache_root"]}
    exe = str(Path(sys.executable).parent / "coopgraph")
    runs = {"warm": [exe, "query", q.name, "--data", args["data"]],
            "fresh": [exe, "query", q.name, "--data", args["data"], "--fresh"],
            "plain": [sys.executable, "-c", _PLAIN_SCRIPT, args["store_dir"], str(text_file)]}
    out = {}
    for name, cmd in runs.items():
        times = []
        for i in range(int(args.get("reps", 5)) + 1):
            t = time.perf_counter()
            subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
            if i:
                times.append(time.perf_counter() - t)
        out[name] = {"median_s": statistics.median(times), "runs": len(times)}
    return out


def task_validate(args: dict) -> dict:
    from coopgraph.graphfiles import turtle_files
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


def task_sample(args: dict) -> dict:
    return _sample_params(Path(args["data"]))


TASKS = {"sample": task_sample, "queries": task_queries, "load": task_load, "process": task_process, "validate": task_validate,
         "extract": task_extract}


# ------------------------------------------------------------------ the parent

def run_task(name: str, args: dict, timeout: float) -> dict:
    """Run one task in a fresh interpreter; {'timeout': s} if it overran, {'error': ...} if it failed."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "_task", name, json.dumps(args)]
    load_before = os.getloadavg()[0]        # the machine is shared: how busy it was, beside each figure
    t = time.perf_counter()
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=str(ROOT))
    except subprocess.TimeoutExpired:
        return {"timeout": timeout, "wall_s": time.perf_counter() - t}
    if p.returncode != 0:
        return {"error": (p.stderr.strip().splitlines() or ["failed"])[-1], "wall_s": time.perf_counter() - t}
    res = json.loads(p.stdout.strip().splitlines()[-1])
    res["wall_s"] = time.perf_counter() - t
    res["load_avg"] = [round(load_before, 2), round(os.getloadavg()[0], 2)]
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
            from coopgraph.query.store import cache_dir_for

            cache_root = work / "cache"
            store_dir = cache_dir_for([data], cache_root)      # where `coopgraph query --data DIR` keeps it
            if "load" not in skip or "queries" not in skip:
                log(f"{size}: load")
                res["load"] = {
                    "plain_memory": run_task("load", {"data": str(data), "plain": True}, opts.timeout),
                    "disk_cold": run_task("load", {"data": str(data), "store": "oxigraph",
                                                   "cache_dir": str(store_dir)}, opts.timeout),
                    "disk_reopen": run_task("load", {"data": str(data), "store": "oxigraph",
                                                     "cache_dir": str(store_dir)}, opts.timeout),
                }
                if "load" not in skip:
                    res["load"]["rdflib"] = run_task("load", {"data": str(data), "store": "memory"}, opts.timeout)
            if "queries" not in skip:
                sample = {k: v for k, v in run_task("sample", {"data": str(data)}, opts.timeout).items()
                          if k in ("place", "date", "entity", "article")}
                ox_budget = opts.ox_budget or (20.0 if big else 0)
                common = {"data": str(data), "params": sample, "reps": opts.reps}
                runs = {"fresh": {**common, "how": "fresh", "cache_dir": str(store_dir), "budget": ox_budget},
                        "kept": {**common, "how": "kept", "cache_dir": str(store_dir), "budget": ox_budget},
                        "plain_disk": {**common, "how": "plain", "cache_dir": str(store_dir), "budget": ox_budget},
                        "plain_memory": {**common, "how": "plain", "budget": ox_budget},
                        "rdflib": {**common, "how": "fresh", "store": "memory", "reps": 3, "budget": budget}}
                res["queries"] = {}
                for key, task_args in runs.items():
                    log(f"{size}: questions, {key}")
                    res["queries"][key] = run_task("queries", task_args, opts.timeout * (2 if key == "rdflib" else 1))
                log(f"{size}: whole processes")
                res["process"] = run_task("process", {"data": str(data), "cache_root": str(cache_root),
                                                      "store_dir": str(store_dir), "reps": 5,
                                                      "name": "lao-provinces-with-several-partners"}, opts.timeout)
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
            for key in ("load", "queries", "process", "validate"):
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


# the budget of issue 19, per kind of question (on the on-disk store, computed afresh)
HEADLINE = "lao-provinces-with-several-partners"
SCOPED = ("partners-of", "sources-of")          # and every 'name (param)' row: one article or one unit
BUDGET_S = {"headline": 0.1, "scoped": 0.05, "listing": 1.0, "kept": 0.05, "process": 0.2, "load_ratio": 3.0}


def _kind(name: str) -> str:
    if name == HEADLINE:
        return "headline"
    return "scoped" if " (" in name or name in SCOPED else "listing"


def _x(a: dict | None, b: dict | None) -> str:
    """a's median over b's ('2.5×'), or '>N×' when a stopped at its budget."""
    if not a or not b or not b.get("median_s"):
        return "–"
    if a.get("over_budget") or a.get("median_s") is None:
        return f">{(a.get('budget_s') or 0) / b['median_s']:.0f}×"
    r = a["median_s"] / b["median_s"]
    return f"{r:.1f}×" if r < 10 else f"{r:.0f}×"


def _budget_section(size: str, s: dict, reps: int) -> list[str]:
    """The tables of issue 19 for one size: every stored question on the on-disk store (computed afresh, and its
    kept answer) side by side with plain Oxigraph (the same text, on the same folder and in memory) and rdflib,
    then the load and the whole process."""
    qs, ld, pr = s.get("queries") or {}, s.get("load") or {}, s.get("process") or {}
    L: list[str] = []
    fresh = (qs.get("fresh") or {}).get("queries") or {}
    if fresh:
        part = lambda k: (qs.get(k) or {}).get("queries") or {}  # noqa: E731
        kept, pdisk, pmem, rdf = part("kept"), part("plain_disk"), part("plain_memory"), part("rdflib")
        L += [f"### Stored questions at {size} ({s['article_triples']:,} article triples): median latency, ms", "",
              f"Parameters: {json.dumps((qs['fresh'].get('params') or {}), ensure_ascii=False)}. Median of {reps} "
              "runs after a warm-up (rdflib: up to 3, within a per-question budget; '>N s': stopped there). "
              "*coopgraph, computed*: `answer(fresh=True)` on the on-disk store (what the budget is about); "
              "*kept*: the same question as a user asks it again (the answer kept for the store's state); "
              "*plain Oxigraph*: the same query text, its parameters in it, asked of a pyoxigraph store opened on "
              "the same folder (on disk) or loaded in memory, with nothing of coopgraph's; *rdflib*: coopgraph's "
              "`--store memory`. Ratios: how many times the other takes coopgraph's computed time.", "",
              "| question | rows | budget | coopgraph on disk, computed | within | kept answer | "
              "plain Oxigraph on disk | ×coopgraph | plain Oxigraph in memory | ×coopgraph | rdflib | ×coopgraph |",
              "|---|---|---|---|---|---|---|---|---|---|---|---|"]
        met: dict[str, list[bool]] = {}
        for name, f in fresh.items():
            kind = _kind(name)
            b = BUDGET_S[kind]
            ok = f.get("median_s") is not None and not f.get("over_budget") and f["median_s"] <= b
            met.setdefault(kind, []).append(ok)
            kb = (kept.get(name) or {}).get("median_s")
            met.setdefault("kept", []).append(kb is not None and kb <= BUDGET_S["kept"])
            L.append(f"| {name} | {f.get('rows')} | {kind} ≤ {b * 1000:g} | {_ms(f)} | {'yes' if ok else '**no**'} | "
                     f"{_ms(kept.get(name))} | {_ms(pdisk.get(name))} | {_x(pdisk.get(name), f)} | "
                     f"{_ms(pmem.get(name))} | {_x(pmem.get(name), f)} | {_ms(rdf.get(name))} | "
                     f"{_x(rdf.get(name), f)} |")
        L += ["", "Within the budget: " + "; ".join(
            f"{kind} {sum(v)} of {len(v)}" for kind, v in met.items()) + ".", ""]
        loads = {k: (qs.get(k) or {}).get("load_avg") for k in ("fresh", "kept", "plain_disk", "plain_memory", "rdflib")}
        if any(loads.values()):
            L += ["Load average of the machine (1 min, before → after each run; 2 cores, shared with other work): "
                  + "; ".join(f"{k} {v[0]:g} → {v[1]:g}" for k, v in loads.items() if v) + ".", ""]
    if ld:
        pm, cold, again, rd = ld.get("plain_memory", {}), ld.get("disk_cold", {}), ld.get("disk_reopen", {}), \
            ld.get("rdflib")
        ratio = f"{cold['seconds'] / pm['seconds']:.1f}×" if cold.get("seconds") and pm.get("seconds") else "–"
        L += [f"Load at {size}: pyoxigraph's bulk loader into memory {_s(pm)} s ({pm.get('quads', 0):,} quads); "
              f"coopgraph's on-disk store, cold, {_s(cold)} s, **{ratio}** the bulk load in memory (budget ≤ "
              f"{BUDGET_S['load_ratio']:g}×; parsed {cold.get('parsed_files', '–')} files); reopened with nothing "
              f"changed {_s(again)} s (parsed {again.get('parsed_files', '–')})"
              + (f"; rdflib parse {_s(rd)} s" if rd else "") + ".", ""]
    if pr:
        w, fr, pl = pr.get("warm") or {}, pr.get("fresh") or {}, pr.get("plain") or {}
        ms = lambda x: f"{x['median_s'] * 1000:.0f} ms" if x.get("median_s") else "–"  # noqa: E731
        L += [f"Whole process at {size}, `coopgraph query {HEADLINE} --data DIR` on the on-disk store (median of "
              f"{w.get('runs', '–')}): warm (the answer kept) **{ms(w)}** (budget ≤ {BUDGET_S['process'] * 1000:g} "
              f"ms), with `--fresh` {ms(fr)}; a plain pyoxigraph script opening the same store and asking the same "
              f"text: {ms(pl)} ({_x(pl, w)} coopgraph's warm run).", ""]
    return L


def write_markdown(r: dict, path: Path) -> None:
    m = r["machine"]
    L = [START, "## Scale benchmarks (issues #6 and #19)", "",
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
    for size, s in sizes.items():
        L += _budget_section(size, s, r.get("reps", 7))
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
