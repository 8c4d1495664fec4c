"""The shipped evaluation articles: gold files that say only what the vocabularies know, and a floor for the
extractor on them (a regression guard: these articles were tuned on, see data/eval/README.md)."""
from __future__ import annotations

import re
from pathlib import Path

import yaml

from coopgraph.evaluate import evaluate, mean_f1, micro_f1
from coopgraph.gazetteer import load

EVAL = Path(__file__).resolve().parent.parent / "data" / "eval" / "tune"
ONTOLOGY = Path(__file__).resolve().parent.parent / "ontology"


def _golds() -> list[Path]:
    return sorted(EVAL.glob("*.gold.yaml"))


def test_every_article_has_its_gold_file_and_only_known_codes() -> None:
    gaz = load()
    places = {u.code for u in gaz.units.values()} | set(gaz.units)
    posts = set(re.findall(r'skos:notation "([a-z-]+)"', (ONTOLOGY / "taxonomies.ttl").read_text(encoding="utf-8")))
    assert len(_golds()) >= 100
    for gold in _golds():
        assert gold.with_name(gold.name.replace(".gold.yaml", ".txt")).exists(), gold.name
        g = yaml.safe_load(gold.read_text(encoding="utf-8"))
        used = [p[k] for p in g.get("partnerships") or [] for k in ("a", "b")]
        used += [o["of"] for o in g.get("officials") or []]
        used += [c for x in (g.get("events") or []) + (g.get("agreements") or []) for c in x.get("parties") or []]
        assert set(used) <= places, (gold.name, set(used) - places)
        assert {o["post"] for o in g.get("officials") or []} <= posts, gold.name


def test_held_out_articles_have_their_gold_files_and_known_post_codes() -> None:
    # held-out gold may name places the reference lacks (a miss of the extractor, not of the gold file), but its
    # posts must be VOCAB codes; their scores are never asserted here: no test may tune on them
    posts = set(re.findall(r'skos:notation "([a-z-]+)"', (ONTOLOGY / "taxonomies.ttl").read_text(encoding="utf-8")))
    golds = sorted((EVAL.parent / "holdout").glob("*/*.gold.yaml"))
    assert len(golds) >= 26
    for gold in golds:
        assert gold.with_name(gold.name.replace(".gold.yaml", ".txt")).exists(), gold.name
        g = yaml.safe_load(gold.read_text(encoding="utf-8"))
        assert {o["post"] for o in g.get("officials") or []} <= posts, gold.name


def test_the_extractor_keeps_its_level_on_the_tuned_articles() -> None:
    scores = evaluate(EVAL)
    # measured when the first 103 articles were added (mean 0.68, micro 0.76), then 0.92 / 0.91 after the rules written
    # for the kinds of text they show (events2); with b7, b8 and the fifth batch (163 articles) 0.883 / 0.908; with
    # b14-b16 (199 articles) 0.884 / 0.903; with nb23, nb24 (225 articles) and their rules 0.952 / 0.952: a drop of more
    # than a few points is a regression
    assert mean_f1(scores) >= 0.92 and micro_f1(scores) >= 0.92, [(s.kind, round(s.f1, 3)) for s in scores]
