#!/usr/bin/env python3
"""How often each extraction rule is right: precision by the rule a fact rests on, against gold files.

    python scripts/rule_precision.py FOLDER [FOLDER ...]

The confidences the extractor gives its facts (``CONFIDENCE`` in ``extract/posts.py`` and the other extractors)
are these figures, rounded; re-measure them when rules change. Facts are matched as ``coopgraph evaluate`` does.
"""
from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

from coopgraph.article import read_article
from coopgraph.build import article_files
from coopgraph.evaluate import gold_facts
from coopgraph.extract import extract_article
from coopgraph.gazetteer import load
from coopgraph.text import fold


def main(folders: list[Path]) -> int:
    gaz = load()
    hits: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for folder in folders:
        gold = gold_facts(folder)
        officials = defaultdict(list)
        for art, names, post, of in gold["officials"]:
            officials[(art, post, of)].append(set(names))
        for path in article_files([folder]):
            if not path.with_name(path.stem + ".gold.yaml").exists():
                continue
            facts = extract_article(read_article(path), gaz)
            for o in facts.officials:
                right = any(fold(o.name) in names for names in officials[(path.name, o.post, gaz.code_of(o.unit))])
                hits[("official", o.rule)][0] += right
                hits[("official", o.rule)][1] += 1
    print(f"{'kind':10s} {'rule':24s} {'right':>6s} {'found':>6s} precision")
    for (kind, rule), (right, n) in sorted(hits.items()):
        print(f"{kind:10s} {rule or '-':24s} {right:6d} {n:6d} {right / n:.3f}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    sys.exit(main([Path(a) for a in sys.argv[1:]]))
