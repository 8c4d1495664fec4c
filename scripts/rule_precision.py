#!/usr/bin/env python3
"""How often each extraction rule is right: precision by the rule a fact rests on, against gold files.

    python scripts/rule_precision.py FOLDER [FOLDER ...]

The confidences the extractor gives its facts (``CONFIDENCE`` in ``extract/posts.py``, ``KIND_CONFIDENCE`` in
``extract/__init__.py``) are these figures, rounded, measured on articles scored before any rule was written for
them; re-measure them when rules change. Facts are matched as ``coopgraph evaluate`` matches them; a fact between
several parties counts once per pair, as the yardstick counts it.
"""
from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

from coopgraph.article import read_article
from coopgraph.build import article_files
from coopgraph.evaluate import crosses_border, gold_facts, money_key, party_pairs
from coopgraph.extract import extract_article
from coopgraph.gazetteer import load
from coopgraph.text import fold


def main(folders: list[Path]) -> int:
    gaz = load()
    hits: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])

    def count(kind: str, rule: str, right: bool) -> None:
        hits[(kind, rule)][0] += right
        hits[(kind, rule)][1] += 1

    for folder in folders:
        gold = gold_facts(folder)
        officials = defaultdict(list)
        for art, names, post, of in gold["officials"]:
            officials[(art, post, of)].append(set(names))
        amounts = {m[:5] for m in gold["amounts"]}
        for path in article_files([folder]):
            if not path.with_name(path.stem + ".gold.yaml").exists():
                continue
            art = path.name
            facts = extract_article(read_article(path), gaz)
            code = gaz.code_of
            for o in facts.officials:
                count("official", o.rule, any(fold(o.name) in names for names in officials[(art, o.post, code(o.unit))]))
            for p in facts.partnerships:
                if crosses_border(code(p.a), code(p.b)):
                    count("partnership", p.rule, (art, tuple(sorted((code(p.a), code(p.b))))) in gold["partnerships"])
            for a in facts.agreements:
                period = [str(x) for x in a.period] if a.period else ["", ""]
                for ab in party_pairs(code(x) for x in a.parties):
                    count("agreement", a.rule, (art, ab, *period, a.signed.iso()[:10] if a.signed else "") in gold["agreements"])
            for e in facts.events:
                for ab in party_pairs(code(x) for x in e.parties):
                    count("event", e.rule, (art, e.kind, e.start.iso()[:10] if e.start else "", ab) in gold["events"])
            for c in facts.commitments:
                key = (art, code(c.giver), code(c.receiver) if c.receiver else "", money_key(str(c.value)), c.currency.upper())
                count("commitment", c.rule, key in amounts)
    print(f"{'kind':12s} {'rule':28s} {'right':>6s} {'found':>6s} precision")
    for (kind, rule), (right, n) in sorted(hits.items()):
        print(f"{kind:12s} {rule or '-':28s} {right:6d} {n:6d} {right / n:.3f}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    sys.exit(main([Path(a) for a in sys.argv[1:]]))
