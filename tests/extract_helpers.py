"""Short articles of our own through the extractor, and the facts they give as plain sets (shared by the
tests of extraction rules)."""
from __future__ import annotations

from coopgraph.article import parse_article_text
from coopgraph.extract import extract_article
from coopgraph.facts import ArticleFacts, PartialDate


def facts(text: str, published: str | None = None, url: str | None = None) -> ArticleFacts:
    """The facts of a one-file article with these headers (each only when given) and text."""
    head = "".join(f"{k}: {v}\n" for k, v in (("url", url), ("published", published)) if v)
    return extract_article(parse_article_text((head + "\n" if head else "") + text, "t.txt", "t"))


def events(f: ArticleFacts) -> set[tuple[str, tuple[str, ...], PartialDate | None]]:
    return {(e.kind, tuple(sorted(e.parties)), e.start) for e in f.events}


def kinds(f: ArticleFacts) -> set[tuple[str, tuple[str, ...]]]:
    return {(e.kind, tuple(sorted(e.parties))) for e in f.events}


def pairs(f: ArticleFacts) -> set[tuple[str, str]]:
    return {(p.a, p.b) for p in f.partnerships}
