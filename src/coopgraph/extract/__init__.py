"""The extractor: one article in, its typed facts with evidence out."""
from __future__ import annotations

from ..facts import Article, ArticleFacts
from ..gazetteer import Gazetteer, load
from .agreements import find_agreements
from .context import Context
from .events import find_events, money_handovers
from .money import find_commitments
from .partners import find_partnerships
from .posts import find_officials


def extract_article(article: Article, gaz: Gazetteer | None = None) -> ArticleFacts:
    """All facts of one article: officials first (other facts use who holds which post)."""
    gaz = gaz or load()
    ctx = Context(article, gaz)
    officials = find_officials(ctx)
    agreements, signed_pairs = find_agreements(ctx, officials)
    events = find_events(ctx, agreements, officials)
    commitments = find_commitments(ctx)
    events += money_handovers(ctx, commitments, events)
    partnerships = find_partnerships(ctx, agreements, events, signed_pairs, commitments)
    facts = ArticleFacts(article=article, partnerships=partnerships, agreements=agreements,
                         officials=officials, events=events, commitments=commitments)
    _rate(facts)
    return facts


# How often a fact of each kind is right where its extractor names no finer rule: precision measured on 63 articles
# scored without any rule written for them (scripts/rule_precision.py; docs/extractor.md).
KIND_CONFIDENCE = {
    "partnership-agreement": 0.98, "partnership-talks": 0.98, "partnership-relation": 0.83,
    "agreement-signed-here": 0.35, "agreement-recalled": 0.75,
    "event-signing": 0.4, "event-talks": 0.2, "event-visit": 0.4, "event-other": 0.15,
    "commitment": 0.9,
}


def _rate(facts: ArticleFacts) -> None:
    """Name the kind-level rule of the facts whose extractor named none, with its confidence."""
    labelled = [*((p, f"partnership-{p.status}") for p in facts.partnerships),
                *((a, "agreement-signed-here" if a.current else "agreement-recalled") for a in facts.agreements),
                *((e, f"event-{e.kind}") for e in facts.events),
                *((c, "commitment") for c in facts.commitments)]
    for fact, rule in labelled:
        if not fact.rule:
            fact.rule = rule
            fact.confidence = KIND_CONFIDENCE.get(rule, fact.confidence)
