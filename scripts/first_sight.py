#!/usr/bin/env python3
"""Score articles one by one, each alone in a folder with its gold file: the first-sight table of docs/extractor.md.

    python scripts/first_sight.py FOLDER [ID ...] [--cli coopgraph] [--json OUT.json]

Run it on articles before any rule is changed for them: their score is then what a user gets on an article
nobody has read. Prints one Markdown row per article (mean F1 over the kinds, pooled micro-F1, and tp/gold/found
for each kind), then the articles pooled together.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

KINDS = ("partnerships", "agreements", "officials", "events", "amounts", "signatories")


def score(cli: str, files: list[Path]) -> dict:
    """`coopgraph evaluate` on a folder holding just these articles and their gold files."""
    with tempfile.TemporaryDirectory(prefix="first-sight-") as tmp:
        for f in files:
            shutil.copy(f, tmp)
            shutil.copy(f.with_name(f.stem + ".gold.yaml"), tmp)
        out = Path(tmp) / "score.json"
        r = subprocess.run([cli, "evaluate", tmp, "--json", str(out)], capture_output=True, text=True)
        if r.returncode != 0:
            raise SystemExit(f"first_sight: evaluate failed on {', '.join(f.name for f in files)}: {r.stderr.strip()}")
        return json.loads(out.read_text())


def row(name: str, s: dict) -> str:
    kinds = " | ".join(f"{s[k]['tp']}/{s[k]['gold']}/{s[k]['found']}" for k in KINDS)
    return f"| {name} | {s['mean_f1']:.3f} | {s['micro_f1']:.3f} | {kinds} |"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("ids", nargs="*", help="article stems (default: every article with a gold file)")
    ap.add_argument("--cli", default=shutil.which("coopgraph") or "coopgraph")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    stems = args.ids or sorted(p.name[:-len(".gold.yaml")] for p in args.folder.glob("*.gold.yaml"))
    files = []
    for stem in stems:
        found = [p for p in args.folder.glob(stem + ".*") if not p.name.endswith(".gold.yaml")]
        if not found:
            raise SystemExit(f"first_sight: no article {stem} in {args.folder}")
        files.append(found[0])
    print("| article | mean F1 | micro-F1 | " + " | ".join(f"{k} tp/gold/found" for k in KINDS) + " |")
    print("|---" * (3 + len(KINDS)) + "|")
    results = {}
    for f in files:
        results[f.stem] = score(args.cli, [f])
        print(row(f.stem, results[f.stem]), flush=True)
    results["(pooled)"] = score(args.cli, files)
    print(row("**all pooled**", results["(pooled)"]))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
