"""Partnerships between a Vietnamese unit and a foreign one, with the strongest status the text gives."""
from __future__ import annotations

import re

from ..facts import Agreement, Commitment, Event, Evidence, Partnership
from .context import Context, in_institution_name
from .states import award_state

_RANK = {"relation": 1, "talks": 2, "agreement": 3}
_RELATION = re.compile(
    # ("relationship", and "twining", a common misspelling of twinning)
    r"hợp tác|quan hệ|kết nghĩa|hữu nghị|cooperat|collaborat|ties\b|partnership|twinn|twining|sister|relations?\b|"
    r"relationships?\b|friendship|"
    r"\bsupport(?:s|ed|ing)?\b|hỗ trợ|giúp đỡ|\bassist(?:s|ed|ing|ance)?\b|\bscholarships?\b|học bổng",
    re.IGNORECASE)
# "… with the three provinces", "với ba tỉnh này": the provinces the sentence before listed
_THOSE_UNITS = re.compile(r"\b(?:with|và|với)\s+(?:the|these|those|các|những)?\s*(?:two|three|four|five|six|hai|ba|bốn|năm|sáu)\s+"
                          r"(?:provinces|localities|tỉnh|địa phương)(?:\s+(?:này|nói trên|trên))?\b", re.IGNORECASE)


# an order presented: "trao (tặng) Huân chương …", "presented the Order of …"
_AWARD_GIVEN = re.compile(r"\btrao (?:tặng )?(?:các )?(?:[Hh]uân|[Hh]uy) chương|\bpresented (?:the |a )?[^.;]{0,40}(?:Order|Medal)\b")


def find_partnerships(ctx: Context, agreements: list[Agreement], events: list[Event],
                      signed_pairs: list[tuple[str, str, int]],
                      commitments: list[Commitment] | None = None) -> list[Partnership]:
    """One partnership per pair of a Vietnamese unit and a foreign one, with its strongest status and first
    evidence; a unit that gives money to another is in a relation with it."""
    best: dict[tuple[str, str], Partnership] = {}

    def add(a: str, b: str, status: str, ev: Evidence) -> None:
        if not (ctx.gaz.is_subnational(a) and ctx.gaz.is_subnational(b)):
            return
        # a pair needs a Vietnamese side: the Lao and Thai guests of one conference are no partnership (dev en_04)
        if ctx.gaz.country_of(a) == ctx.gaz.country_of(b) or "VN" not in (ctx.gaz.country_of(a), ctx.gaz.country_of(b)):
            return
        key = tuple(sorted((a, b)))
        cur = best.get(key)
        if cur is None or _RANK[status] > _RANK[cur.status]:
            best[key] = Partnership(key[0], key[1], status, ev)

    for ag in agreements:
        for a, b in _pairs(ag.parties, ctx, every_border=True):
            if not _guests_of_one_host(ctx, ag.evidence, a, b):
                add(a, b, "agreement", ag.evidence)
    for a, b, idx in signed_pairs:
        add(a, b, "agreement", Evidence(idx, ctx.sentences[idx].text))
    for e in events:
        status = "talks" if e.kind in ("talks", "visit", "reception", "signing") else "relation"
        # (guests of one visit or reception met their host, not each other: a Vietnamese unit and each foreign one)
        for a, b in _pairs(e.parties, ctx, every_border=e.kind not in ("visit", "reception")):
            if not _guests_of_one_host(ctx, e.evidence, a, b):
                add(a, b, status, e.evidence)
    for sent in ctx.sentences:
        # an order given in a President's name by a province's leader to another unit: the two are in relation
        # (the ceremony's parties are the state and the receiver)
        if _AWARD_GIVEN.search(sent.text) and award_state(sent.text):
            for a, b in _pairs(tuple(dict.fromkeys(m.unit for m in sent.parties() if ctx.gaz.is_subnational(m.unit))), ctx):
                add(a, b, "relation", Evidence(sent.index, sent.text))
    for c in commitments or []:
        for a, b in _pairs((c.giver, c.receiver) if c.receiver else (c.giver,), ctx):
            add(a, b, "relation", c.evidence)
    for sent in ctx.sentences:
        # a meeting between a list of units, held or only planned ("sẽ tham dự Chương trình gặp gỡ … giữa Bí thư 4 tỉnh –
        # khu gồm: A, B, C (Việt Nam) và D (Trung Quốc)"): the units have a standing mechanism together
        for cue in _MEETING.finditer(sent.text):
            for a, b in _pairs(tuple(ctx.units_between(sent, cue.end())), ctx):
                if not _guests_of_one_host(ctx, Evidence(sent.index, sent.text), a, b):
                    add(a, b, "relation", Evidence(sent.index, sent.text))
        if not any(not _IN_A_NAME.search(sent.text, max(0, r.start() - 40), r.start()) for r in _RELATION.finditer(sent.text)):
            continue
        bordered = _border_objects(sent.text, sent.parties())
        units = [m.unit for m in sent.parties() if ctx.gaz.is_subnational(m.unit)
                 and not in_institution_name(sent.text, m.start, m.end) and m.start not in bordered]
        if _THE_PROVINCE.match(sent.text) and ctx.main_vn and not any(ctx.gaz.country_of(u) == "VN" for u in units):
            units.insert(0, ctx.main_vn)    # "The province also provided scholarships for students from A, B and C"
        if _THOSE_UNITS.search(sent.text) and sent.index:
            prev = ctx.sentences[sent.index - 1]
            units += [m.unit for m in prev.parties() if ctx.gaz.is_subnational(m.unit) and m.unit not in units]
        for a, b in _pairs(tuple(dict.fromkeys(units)), ctx):
            if not _guests_of_one_host(ctx, Evidence(sent.index, sent.text), a, b):
                add(a, b, "relation", Evidence(sent.index, sent.text))
    return sorted(best.values(), key=lambda p: (p.a, p.b))


# a place named as what another borders: geography, no partner ("Quang Tri, which borders Savannakhet", "giáp với tỉnh X")
_BORDER_OBJECT = re.compile(r"(?:\bborders?|\bbordering|\bbordered by|\badjacent to|giáp(?: ranh)?(?: với)?|tiếp giáp(?: với)?|"
                            r"chung (?:đường )?biên giới(?: với)?|\bshares? (?:a |the |its )?(?:\w+ )?border with)"
                            r"\s+(?:the\s+)?(?:tỉnh\s+|(?:provinces?|city) of\s+)?$", re.IGNORECASE)
# what joins the places of one list: "borders Houaphanh and Bolikhamxay", "giáp tỉnh A, tỉnh B (Lào)"
_LIST_JOIN = re.compile(r"^(?:\s*\([^)]*\))?\s*(?:,|\band\b|\bvà\b|,\s*and\b)\s*(?:the\s+|tỉnh\s+)?$", re.IGNORECASE)


def _border_objects(text: str, mentions: list) -> set[int]:
    """Starts of the places a sentence names only as what a place borders, with the places listed after them."""
    out: set[int] = set()
    last = None
    for m in sorted(mentions, key=lambda m: m.start):
        if _BORDER_OBJECT.search(text, max(0, m.start - 50), m.start) or \
                (last is not None and _LIST_JOIN.match(text[last.end:m.start])):
            out.add(m.start)
            last = m
        elif last is not None and m.start < last.end + 2:
            continue
        else:
            last = None
    return out


_MEETING = re.compile(r"[Hh]ội nghị|[Hh]ội đàm|[Gg]ặp gỡ|[Hh]ội kiến|\b(?:[Cc]onference|[Mm]eeting|[Tt]alks|[Ss]ummit)\b")
# a sentence whose subject is the article's Vietnamese unit, not named again
_THE_PROVINCE = re.compile(r"^\s*(?:The|This) (?:Vietnamese )?(?:province|city|locality)\b(?! of)|"
                           r"^\s*(?:Tỉnh|Thành phố) (?:cũng|đã|còn|luôn)\b")
# (not "cùng với", "together with": a second host)
_WITH = re.compile(r"(?<!cùng )(?<!together )(?<!along )\b(?:với|with)\b")


def _guests_of_one_host(ctx: Context, ev: Evidence, a: str, b: str) -> bool:
    """Two units that the sentence names after '... A works with B, C and D' (A Vietnamese): each met the host, they
    did not cooperate with each other (a meeting 'of' or 'among' them all pairs them all); a Vietnamese guest too
    ('Hội nghị … giữa tỉnh A với các tỉnh B (Thái Lan); C (Lào); D (Việt Nam)')."""
    if ev.index >= len(ctx.sentences):
        return False
    sent = ctx.sentences[ev.index]
    first = {m.unit: m.start for m in reversed(sent.mentions)}
    vn = [pos for u, pos in first.items() if ctx.gaz.country_of(u) == "VN"]
    if not vn or a not in first or b not in first:
        return False
    return any(min(vn) < w.start() < min(first[a], first[b]) for w in _WITH.finditer(sent.text))


# a relation word inside a body's or a treaty's name ("phân ban hợp tác Việt – Lào", "Hiệp ước Hữu nghị và Hợp tác")
_IN_A_NAME = re.compile(r"(?:[Pp]hân ban|[Ủủ]y ban|[Hh]ội|[Cc]ommittee|[Cc]ommission|[Aa]ssociation|Hiệp ước|[Tt]reaty of|"
                        r"Hữu nghị và)\s+(?:\w+\s+){0,2}$")
def _pairs(parties: tuple[str, ...], ctx: Context, every_border: bool = False) -> list[tuple[str, str]]:
    """Vietnamese unit x foreign unit; with ``every_border``, every pair across a border (a meeting of Vietnamese,
    Lao and Thai provinces pairs the Lao and Thai ones too)."""
    if every_border:
        return [(a, b) for i, a in enumerate(parties) for b in parties[i + 1:]
                if ctx.gaz.country_of(a) != ctx.gaz.country_of(b)]
    vn = [p for p in parties if ctx.gaz.country_of(p) == "VN"]
    other = [p for p in parties if ctx.gaz.country_of(p) != "VN"]
    return [(a, b) for a in vn for b in other]
