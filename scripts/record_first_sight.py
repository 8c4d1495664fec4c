#!/usr/bin/env python3
"""Record a batch's first-sight scores in the tables of docs/first-sight.md, docs/extractor.md and
data/eval/first_sight.json.

    python scripts/first_sight.py FOLDER --json OUT.json > rows.md      # score each article alone, first
    python scripts/record_first_sight.py BATCH COMMIT OUT.json "WHERE THEY ARE NOW"

Adds the batch's row to both batch tables, its articles to the article-by-article table and to the JSON file, and
recomputes the `all` row (facts pooled over every article recorded). An article already recorded is refused: a
first-sight score is taken once.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from first_sight import KINDS       # the kinds in score.py's order (scripts/ is the script's own folder on sys.path)
ROOT = Path(__file__).resolve().parent.parent
JSON = ROOT / "data/eval/first_sight.json"
DOCS = (ROOT / "docs/first-sight.md", ROOT / "docs/extractor.md")


def f1(tp: int, gold: int, found: int) -> float:
    """F1 as score.py computes it: 1.0 when there is nothing to find and nothing found."""
    return 1.0 if gold + found == 0 else 2 * tp / (gold + found)


def pooled(entries: list[dict]) -> tuple[list[float], float, float]:
    """Per-kind F1, their mean and the micro-F1 of the facts of these articles pooled."""
    sums = {k: [sum(e[k][x] for e in entries) for x in ("tp", "gold", "found")] for k in KINDS}
    kinds = [f1(*sums[k]) for k in KINDS]
    micro = f1(*(sum(sums[k][i] for k in KINDS) for i in range(3)))
    return kinds, sum(kinds) / len(kinds), micro


def batch_row(name: str, n: int, commit: str, where: str, kinds: list[float], mean: float, micro: float,
              bold: bool = False) -> str:
    m, u = (f"**{mean:.3f}**", f"**{micro:.3f}**") if bold else (f"{mean:.3f}", f"{micro:.3f}")
    return (f"| {name} | {n} | {commit} | {where} | " + " | ".join(f"{k:.3f}" for k in kinds) + f" | {m} | {u} |")


def main(argv: list[str]) -> int:
    if len(argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    batch, commit, scores_path, where = argv
    scores = json.loads(Path(scores_path).read_text())
    batch_pooled = scores.pop("(pooled)")
    recorded = json.loads(JSON.read_text())
    again = sorted(set(scores) & set(recorded))
    if again:
        print(f"record_first_sight: already recorded: {', '.join(again)}", file=sys.stderr)
        return 1
    recorded.update(scores)
    kinds = [batch_pooled[k]["f1"] for k in KINDS]
    new_row = batch_row(batch, len(scores), commit, where, kinds, batch_pooled["mean_f1"], batch_pooled["micro_f1"])
    all_kinds, all_mean, all_micro = pooled(list(recorded.values()))
    all_row = batch_row("**all**", len(recorded), "", "", all_kinds, all_mean, all_micro, bold=True)
    article_rows = []
    for stem in sorted(scores):
        s = scores[stem]
        cells = " | ".join(f"{s[k]['tp']}/{s[k]['gold']}/{s[k]['found']}" for k in KINDS)
        article_rows.append(f"| {stem} | {batch} | {commit} | {s['mean_f1']:.3f} | {s['micro_f1']:.3f} | {cells} |")
    for doc in DOCS:
        lines = doc.read_text().split("\n")
        out = []
        for line in lines:
            if line.startswith("| **all** |"):
                out += [new_row, all_row]
            else:
                out.append(line)
        if doc.name == "first-sight.md":
            # the article table is the last table of the page
            last = max(i for i, line in enumerate(out) if line.startswith("| ") and "/" in line)
            out[last + 1:last + 1] = article_rows
        tmp = doc.with_suffix(".tmp")
        tmp.write_text("\n".join(out))
        tmp.replace(doc)
    tmp = JSON.with_suffix(".tmp")
    tmp.write_text(json.dumps(recorded, indent=1, sort_keys=True) + "\n")
    tmp.replace(JSON)
    print(new_row)
    print(all_row)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
