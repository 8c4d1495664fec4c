"""The extractor: one article in, its typed facts with evidence out."""
from __future__ import annotations

from ..facts import Article, ArticleFacts
from ..gazetteer import Gazetteer, load
from .agreements import find_agreements
from .context import Context
from .events import find_events
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
    partnerships = find_partnerships(ctx, agreements, events, signed_pairs, commitments)
    return ArticleFacts(article=article, partnerships=partnerships, agreements=agreements,
                        officials=officials, events=events, commitments=commitments)
