"""Two texts of the same stored questions, side by side on one store: the text of an earlier commit and the text in
the worktree, each asked of the same plain pyoxigraph store opened on a folder (on disk), with the same parameters
written in their VALUES lines, one after the other in the same run (the ratio is what to read on a shared machine).

Also checks that both give the same rows, in the same order, cell for cell as every store gives them (list items
sorted, numbers canonical: ``query/results.py``). A text that does not finish within ``--timeout`` seconds is
stopped (each text runs in a process of its own, which opens the store read-only).

    python benchmarks/compare_texts.py --data benchmarks/out/graph-1m --store /tmp/store-1m --old 185cebf \\
        --params '{"place": "LA-BL", "date": "2026-06-01"}' holder-on-date post-holders

The on-disk store is made (by coopgraph's own loader) on first use of ``--store``. ``--variant NAME:JSON`` adds a
question asked with other parameters (e.g. ``post-holders:{"place": "LA-BL"}``).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing as mp
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _worker(store_dir: str, text: str, reps: int, conn) -> None:
    import pyoxigraph as ox

    from coopgraph.query.results import Solutions, list_columns, same_everywhere, tsv_term

    st = ox.Store.read_only(store_dir)
    times, digest, n = [], "", 0
    for i in range(reps + 1):                   # the first run warms up
        t = time.perf_counter()
        sols = Solutions.read(st.query(text))
        dt = time.perf_counter() - t
        if i:
            times.append(dt)
        if i == 0:
            rows = same_everywhere(sols, list_columns(text))
            names = [v.value for v in rows.variables]
            body = "\n".join("\t".join(tsv_term(r[v]) for v in names) for r in rows)
            digest, n = hashlib.sha256(("\t".join(names) + "\n" + body).encode()).hexdigest()[:16], len(rows)
        conn.send(("progress", dt))
    conn.send(("done", {"median_s": statistics.median(times), "rows": n, "digest": digest}))


def measure(store_dir: str, text: str, reps: int, timeout: float) -> dict:
    """Median seconds of ``reps`` runs after a warm-up, the row count and a digest of the rows; stopped after
    ``timeout`` seconds in all."""
    parent, child = mp.Pipe()
    p = mp.Process(target=_worker, args=(store_dir, text, reps, child))
    p.start()
    end, out, first = time.monotonic() + timeout, None, None
    while time.monotonic() < end:
        if parent.poll(max(0.0, min(1.0, end - time.monotonic()))):
            kind, val = parent.recv()
            if kind == "done":
                out = val
                break
            first = first or val
    if out is None:
        p.kill()
        p.join()
        return {"median_s": None, "timeout_s": timeout, "first_s": first}
    p.join()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("questions", nargs="*", help="stored question names (with --params)")
    ap.add_argument("--data", required=True, help="folder of article Turtle files (benchmarks/generate.py graph)")
    ap.add_argument("--store", required=True, help="folder of the on-disk store (made on first use)")
    ap.add_argument("--old", required=True, help="git revision whose queries/*.rq are the 'before'")
    ap.add_argument("--params", default="{}", help="JSON object of parameter values (those a question takes)")
    ap.add_argument("--variant", action="append", default=[], metavar="NAME:JSON",
                    help="also ask NAME with these parameters")
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--timeout", type=float, default=120, help="seconds for one text (warm-up and runs)")
    ap.add_argument("--json", help="write the results here too")
    opts = ap.parse_args()

    from coopgraph.query.questions import QueryError, StoredQuery, bind, bind_params, find_query, parse_query_file
    from coopgraph.query.store import open_dataset

    if not (Path(opts.store) / "manifest.json").exists() and not any(Path(opts.store).glob("*")):
        t = time.perf_counter()
        ds = open_dataset([Path(opts.data)], path=Path(opts.store), cache=True)
        ds.store
        ds.close()
        print(f"store made in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    else:
        ds = open_dataset([Path(opts.data)], path=Path(opts.store), cache=True)
        ds.store            # brought up to date if the files changed
        ds.close()

    params = json.loads(opts.params)
    asked = [(n, None) for n in opts.questions]
    for v in opts.variant:
        name, _, js = v.partition(":")
        asked.append((name, json.loads(js)))
    results = []
    for name, given in asked:
        new_q = find_query(name)
        old_text = subprocess.run(["git", "show", f"{opts.old}:queries/{name}.rq"], cwd=ROOT, check=True,
                                  capture_output=True, text=True).stdout
        tmp = Path("/tmp") / f"compare-old-{name}.rq"
        tmp.write_text(old_text, encoding="utf-8")
        old_q: StoredQuery = parse_query_file(tmp)
        g = given if given is not None else {p.name: params[p.name] for p in new_q.params if p.name in params}
        label = name + (f" ({', '.join(f'{k}={v}' for k, v in g.items())})" if g else "")
        try:
            texts = {"old": bind(old_q, bind_params(old_q, g)), "new": bind(new_q, bind_params(new_q, g))}
        except QueryError as e:
            print(f"{label}: {e}", file=sys.stderr)
            continue
        row = {"question": label}
        for which in ("old", "new"):
            row[which] = measure(opts.store, texts[which], opts.reps, opts.timeout)
        o, n = row["old"], row["new"]
        if o["median_s"] and n["median_s"]:
            row["ratio"] = o["median_s"] / n["median_s"]
            row["same_rows"] = o["digest"] == n["digest"]
        results.append(row)

        def ms(r):
            return f"{r['median_s'] * 1000:.1f} ms" if r["median_s"] is not None else f">{r['timeout_s']:.0f} s"

        print(f"{label}: old {ms(o)} ({o.get('rows', '?')} rows), new {ms(n)} ({n.get('rows', '?')} rows), "
              f"{'%.1fx' % row['ratio'] if 'ratio' in row else 'ratio: -'}, "
              f"same rows: {row.get('same_rows', 'not compared')}", flush=True)
    if opts.json:
        Path(opts.json).write_text(json.dumps(results, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
