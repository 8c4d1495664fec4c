"""Events: signings, talks, visits, receptions and ceremonies between the parties."""
from __future__ import annotations

import re

from ..facts import Agreement, Event, Evidence, Official
from .context import Context, SentenceInfo

_KINDS: list[tuple[str, re.Pattern]] = [
    ("visit", re.compile(r"chào xã giao|thăm xã giao|chúc Tết|courtesy (?:call|visit)|extended [^.]{0,60}greetings|"
                         r"New Year greetings", re.IGNORECASE)),
    ("talks", re.compile(r"hội đàm|buổi làm việc|làm việc với|\btalks\b|plenary meeting|working session|\bmet with\b|"
                         r"held a meeting|\bmeeting\b|hội kiến", re.IGNORECASE)),
    ("reception", re.compile(r"tiếp xã giao|(?:đã|thân mật|tổ chức) tiếp (?:[Đđ]oàn|đồng chí|Ngài|ông|bà)|"
                             r"\breceived (?:a |the )?(?:delegation|visiting|Ambassador|Governor|Secretary)", re.IGNORECASE)),
    ("other", re.compile(r"lễ bàn giao|bàn giao|handing-over|handed over|lễ tổng kết|lễ khánh thành|inaugurat|"
                         r"lễ kỷ niệm|lễ khởi công|groundbreaking", re.IGNORECASE)),
]
_NOT_EVENT = re.compile(r"sắp tới|sẽ\b|dự kiến|theo kế hoạch|\bwill\b|\bnext\b|upcoming|định kỳ|cơ chế|mechanism",
                        re.IGNORECASE)


def find_events(ctx: Context, agreements: list[Agreement], officials: list[Official]) -> list[Event]:
    """Events the article reports (one per kind and set of parties)."""
    events: list[Event] = []
    for a in agreements:
        if not a.current and not (a.signed and a.signed.month):
            continue   # a past signing known only by its year is an agreement, not an event
        ev = a.evidence
        events.append(Event(kind="signing", parties=a.parties, evidence=ev, start=a.signed, place=a.place))
    person_units = {o.name: o.unit for o in officials}
    for sent in ctx.sentences:
        for kind, rx in _KINDS:
            m = rx.search(sent.text)
            if kind == "reception" and m and _KINDS[1][1].search(sent.text):
                continue    # "tiếp và làm việc với đoàn": the working session is the event (talks)
            if not m or _NOT_EVENT.search(sent.text[max(0, m.start() - 40):m.end() + 40]):
                continue
            parties = _parties(ctx, sent, person_units, kind, m.start(), m.end())
            if not parties:
                continue
            start = end = None
            dm = _date_near(sent, m.start())
            if dm:
                start = ctx.settle(dm.date)
                end = ctx.settle(dm.end) if dm.end else None
            elif ctx.today_in(sent):
                start = ctx.article.published
            elif kind in ("talks", "reception") and sent.index < 4:
                start = ctx.event_date()
            place = next((mm.unit for mm in sent.mentions if mm.start in sent.venues), None)
            events.append(Event(kind=kind, parties=parties, evidence=Evidence(sent.index, sent.text),
                                start=start, end=end, place=place))
    if not any(e.kind in ("talks", "signing", "visit", "reception") for e in events):
        events += _plain_visits(ctx, person_units)
    return _merge(events)


_VISIT = re.compile(r"(?:sang|đến) thăm(?: và làm việc)?|thăm và làm việc|(?:paid|made) an? (?:working |official )?visit|"
                    r"\bvisited\b|\bworking visit\b", re.IGNORECASE)


def _plain_visits(ctx: Context, person_units: dict[str, str]) -> list[Event]:
    """A trip with no meeting described is an event of its own (a working visit that frames talks is not)."""
    out = []
    for sent in ctx.sentences[:4]:
        m = _VISIT.search(sent.text)
        if not m or _NOT_EVENT.search(sent.text[max(0, m.start() - 40):m.end() + 40]):
            continue
        parties = _parties(ctx, sent, person_units, "visit", m.start(), m.end())
        if not parties:
            continue
        dm = _date_near(sent, m.start())
        start = ctx.settle(dm.date) if dm else None
        end = ctx.settle(dm.end) if dm and dm.end else None
        place = next((mm.unit for mm in sent.mentions if mm.start in sent.venues), None)
        out.append(Event(kind="visit", parties=parties, evidence=Evidence(sent.index, sent.text),
                         start=start, end=end, place=place))
        break
    return out


def _date_near(sent: SentenceInfo, pos: int):
    """The date of the clause that names the event (the one before it, else the first)."""
    before = [d for d in sent.dates if d.start <= pos and d.date.day is not None]
    if before:
        return before[-1]
    return next((d for d in sent.dates if d.date.day is not None), None)


_AT_THE_EVENT = re.compile(r"(?:[Tt]ại|[Tt]rong|[Pp]hát biểu tại|[Aa]t|[Dd]uring)\s+(?:the\s+)?(?:cuộc\s+|buổi\s+)?$")


def _parties(ctx: Context, sent: SentenceInfo, person_units: dict[str, str], kind: str,
             cue_start: int, cue_end: int) -> tuple[str, ...]:
    main = tuple(sorted({ctx.main_vn, *ctx.main_foreign_units()})) if ctx.main_vn and ctx.main_foreign else ()
    # "Tại hội đàm, ...": a reference back to the article's own event
    if _AT_THE_EVENT.search(sent.text[max(0, cue_start - 25):cue_start]):
        return main
    near = ctx.clause_parties(sent, cue_start, cue_end) or sent.parties()
    units = [m.unit for m in near if ctx.gaz.is_subnational(m.unit)]
    if kind in ("visit", "reception"):
        # the place visited is a party to a visit
        units += [m.unit for m in sent.mentions if m.start in sent.venues and ctx.gaz.is_subnational(m.unit)]
    vn = sorted({u for u in units if ctx.gaz.country_of(u) == "VN"})
    foreign = sorted({u for u in units if ctx.gaz.country_of(u) != "VN"})
    if vn or foreign:
        # a side the clause does not name: a national leader present for it, else the article's own side
        leaders = {u for _, _, name in sent.people for u in [person_units.get(name)] if u and not ctx.gaz.is_subnational(u)}
        if not vn:
            vn = ["VN"] if "VN" in leaders else ([ctx.main_vn] if ctx.main_vn else [])
        if not foreign:
            foreign = sorted(c for c in leaders if c != "VN") or ctx.main_foreign_units()
        if vn and foreign:
            return tuple(sorted(set(vn) | set(foreign)))
        return ()
    # national leaders meeting: the parties are their countries
    countries = sorted({u for _, _, name in sent.people for u in [person_units.get(name)]
                        if u and not ctx.gaz.is_subnational(u)})
    if len(countries) >= 2 and kind == "talks":
        return tuple(countries)
    # no place named: the event of the article's own sides
    if main and re.search(r"hai (?:tỉnh|bên|địa phương)|both sides|the two (?:sides|provinces)|buổi|cuộc|tại",
                          sent.text, re.IGNORECASE):
        return main
    return ()


def _merge(events: list[Event]) -> list[Event]:
    out: list[Event] = []
    for e in events:
        same = next((o for o in out if o.kind == e.kind and set(o.parties) == set(e.parties)
                     and (o.start == e.start or o.start is None or e.start is None)), None)
        if same is None:
            out.append(e)
            continue
        same.start = same.start or e.start
        same.end = same.end or e.end
        same.place = same.place or e.place
    return out
