"""Partnerships between a Vietnamese unit and a foreign one, with the strongest status the text gives."""
from __future__ import annotations

import re

from ..facts import Agreement, Commitment, Event, Evidence, Partnership
from .agreements import in_institution_name
from .context import Context

_RANK = {"relation": 1, "talks": 2, "agreement": 3}
_RELATION = re.compile(
    r"hợp tác|quan hệ|kết nghĩa|hữu nghị|cooperat|ties\b|partnership|twinn|sister|relations?\b|friendship", re.IGNORECASE)


def find_partnerships(ctx: Context, agreements: list[Agreement], events: list[Event],
                      signed_pairs: list[tuple[str, str, int]],
                      commitments: list[Commitment] | None = None) -> list[Partnership]:
    """One partnership per cross-border pair of units, with its strongest status and first evidence; a unit that
    gives money to another is in a relation with it."""
    best: dict[tuple[str, str], Partnership] = {}

    def add(a: str, b: str, status: str, ev: Evidence) -> None:
        if not (ctx.gaz.is_subnational(a) and ctx.gaz.is_subnational(b)):
            return
        if ctx.gaz.country_of(a) == ctx.gaz.country_of(b):
            return
        key = tuple(sorted((a, b)))
        cur = best.get(key)
        if cur is None or _RANK[status] > _RANK[cur.status]:
            best[key] = Partnership(key[0], key[1], status, ev)

    for ag in agreements:
        for a, b in _pairs(ag.parties, ctx):
            add(a, b, "agreement", ag.evidence)
    for a, b, idx in signed_pairs:
        add(a, b, "agreement", Evidence(idx, ctx.sentences[idx].text))
    for e in events:
        status = "talks" if e.kind in ("talks", "visit", "reception", "signing") else "relation"
        for a, b in _pairs(e.parties, ctx):
            add(a, b, status, e.evidence)
    for c in commitments or []:
        for a, b in _pairs((c.giver, c.receiver) if c.receiver else (c.giver,), ctx):
            add(a, b, "relation", c.evidence)
    for sent in ctx.sentences:
        if not _RELATION.search(sent.text):
            continue
        units = [m.unit for m in sent.parties() if ctx.gaz.is_subnational(m.unit)
                 and not in_institution_name(sent.text, m.start, m.end)]
        for a, b in _pairs(tuple(dict.fromkeys(units)), ctx):
            add(a, b, "relation", Evidence(sent.index, sent.text))
    return sorted(best.values(), key=lambda p: (p.a, p.b))


def _pairs(parties: tuple[str, ...], ctx: Context) -> list[tuple[str, str]]:
    vn = [p for p in parties if ctx.gaz.country_of(p) == "VN"]
    other = [p for p in parties if ctx.gaz.country_of(p) != "VN"]
    return [(a, b) for a in vn for b in other]
