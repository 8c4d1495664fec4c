"""Agreements: documents signed or handed over between units, with period, date, signatories, fields."""
from __future__ import annotations

import re

from ..facts import Agreement, Evidence, Official, PartialDate
from .context import Context, SentenceInfo
from .dates import find_periods

SIGN = re.compile(
    r"\bký kết\b|(?<![\w])ký(?!\s*(?:túc|hiệu|giả|ức|sự|tên vào sổ))\b|\btrao\s+(?:cho nhau\s+)?(?=[Tt]hỏa|[Bb]iên|[Bb]ản|[Vv]ăn)"
    r"|\bsign(?:ed|s|ing)?\b|\binked\b",
    re.IGNORECASE)
DOC = re.compile(
    r"[Tt]hỏa thuận|[Bb]iên bản|[Bb]ản ghi nhớ|[Gg]hi nhớ hợp tác|[Hh]iệp định|[Cc]hương trình phối hợp|"
    r"[Kk]ế hoạch hợp tác|[Vv]ăn kiện hợp tác|\bagreements?\b|\bmemorand(?:um|a)\b|\bMoUs?\b|\bminutes\b|\bdeal\b|\bpact\b|"
    r"\baccords?\b|\bdocuments?\b|[Vv]ăn bản hợp tác")
# Documents and ceremonies between mass organisations or departments are not between the provinces themselves.
BETWEEN_ORGANISATIONS = re.compile(
    r"^[^.;]{0,60}?\b(?:giữa|between)\s+(?:the\s+)?(?:Hội\b|Đoàn Thanh niên|Mặt trận|Ủy ban Mặt trận|các cơ quan|các sở|"
    r"(?:[\w'’-]+\s+){0,5}(?:[Aa]ssociations?|[Yy]outh [Uu]nions?|[Ww]omen['’]s [Uu]nions?|[Ff]ronts?|departments|agencies)\b)")
_PLURAL_DOC = re.compile(r"\b(?:agreements|memoranda|MoUs|accords|deals|pacts)\b|(?<=các )[Tt]hỏa thuận|(?<=các )[Bb]iên bản")
# A plan or a hope, not a signing that took place.
FUTURE = re.compile(
    r"hướng tới|sẽ (?:tiến hành |chính thức )?(?:ký|trao)|dự kiến|theo kế hoạch|chuẩn bị|đề xuất|đề nghị|mong muốn|tiến tới|"
    r"\bwill\b|\bto sign\b|\bplans? to\b|\bplanned\b|\bexpected to\b|\bwould\b|\baim(?:s|ing)? to\b",
    re.IGNORECASE)
# What has been signed over the years, not at the event reported.
CUMULATIVE = re.compile(r"[Tt]ính đến nay|đến nay|từ trước đến nay|\bso far\b|\bto date\b|\bhave signed\b|\bhas signed\b|"
                        r"đã từng|trước đây|previously")
WITNESS = re.compile(r"chứng kiến|witness(?:ed)?|in the presence of|(?:tham )?dự\b|\battend", re.IGNORECASE)
_SUBJECT_BREAK = re.compile(r",\s+(?:ông|bà|đồng chí|lãnh đạo|hai|các|đại diện|Mr|Ms|leaders|the two)\b", re.IGNORECASE)
_PAST_YEAR = re.compile(r"(?:[Nn]ăm|[Ii]n)\s+((?:19|20)\d{2})\b|\(tháng (\d{1,2})/(\d{4})\)|tháng (\d{1,2})/(\d{4})")

FIELD_WORDS: list[tuple[str, str]] = [
    (r"chính trị|politic", "politics"),
    (r"ngoại giao|đối ngoại|diplomac|foreign (?:affairs|relations)", "diplomacy"),
    (r"quốc phòng|an ninh|defen[cs]e|security|military", "defense-security"),
    (r"biên giới|border", "border"),
    (r"tội phạm|ma túy|crime|drug", "crime-prevention"),
    (r"xây dựng Đảng|Party building", "party-building"),
    (r"kinh tế|econom", "economy"),
    (r"thương mại|trade|xúc tiến thương mại", "trade"),
    (r"đầu tư|invest", "investment"),
    (r"logistics|vận tải|giao thông|transport", "logistics-transport"),
    (r"nông nghiệp|lâm nghiệp|nông - lâm|nông lâm|agricultur|forest", "agriculture-forestry"),
    (r"năng lượng|điện lực|thủy điện|energy", "energy"),
    (r"công nghiệp|industr", "industry"),
    (r"hạ tầng|cơ sở hạ tầng|infrastructure", "infrastructure"),
    (r"giáo dục|đào tạo|education|training|scholarship", "education-training"),
    (r"y tế|health|khám bệnh", "health"),
    (r"văn hóa|xã hội|cultur|social", "culture-society"),
    (r"thể thao|sport", "sports"),
    (r"du lịch|touris", "tourism"),
    (r"khoa học|công nghệ|science|technolog", "science-technology"),
    (r"thông tin|tuyên truyền|truyền thông|báo chí|information|media|communication", "information-media"),
    (r"phúc lợi|an sinh|welfare", "social-welfare"),
    (r"môi trường|environment", "environment"),
    (r"hài cốt|remains", "mia-remains"),
    (r"trao đổi đoàn|exchange of (?:high-level )?delegations|delegation exchange", "delegation-exchange"),
]
_FIELD_RES = [(re.compile(p, re.IGNORECASE), code) for p, code in FIELD_WORDS]
_CONTENT_CUE = re.compile(r"lĩnh vực|nội dung|tập trung|thống nhất|nhất trí|fields?|covers?|including|areas?", re.IGNORECASE)


def doc_kind(text: str) -> str:
    """The kind of document a phrase names."""
    if re.search(r"[Bb]iên bản|\bminutes\b", text):
        return "cooperation-minutes"
    if DOC.search(text):
        return "cooperation-agreement"
    return "other"


def find_agreements(ctx: Context, officials: list[Official]) -> tuple[list[Agreement], list[tuple[str, str, int]]]:
    """Agreements the article reports, and pairs that it says signed something (with no detail)."""
    found: list[Agreement] = []
    signed_pairs: list[tuple[str, str, int]] = []
    roles = _person_units(officials)
    for sent in ctx.sentences:
        text = sent.text
        sign = SIGN.search(text)
        doc = DOC.search(text)
        if not sign and not doc:
            continue
        # the clause before the verb says whether it was a plan
        if sign and _planned(text, sign):
            continue
        anchor = sign or doc
        if sign and not doc and not re.search(r"ký kết hợp tác|lễ ký|hội đàm và ký|signing ceremony|signed (?:a |an )?(?:cooperation|deal)",
                                               text, re.IGNORECASE):
            continue   # a signing with no document named: an anniversary, a treaty of states, ...
        if _national_only(ctx, sent, anchor.start(), anchor.end()):
            continue   # between states or ministries, not provinces
        parties = _parties(ctx, sent, anchor.start(), anchor.end())
        if not parties:
            continue
        periods = [p for p in find_periods(text) if not _reviewed(text, p[0])]
        period = (periods[0][2], periods[0][3]) if periods else _single_year_period(text, doc)
        if sign and CUMULATIVE.search(text[:sign.start()]) and not period:
            for a in parties:
                for b in parties:
                    if ctx.gaz.country_of(a) == "VN" and ctx.gaz.country_of(b) != "VN":
                        signed_pairs.append((a, b, sent.index))
            continue
        if not sign:
            # a document named with a period but no verb: an agreement in force or in review
            if not (doc and period and _doc_near_period(text, doc, periods)):
                continue
        kind = doc_kind(text[sign.start():] if sign else text[doc.start():]) if (sign or doc) else "other"
        signed, current = _signed_date(ctx, sent, sign)
        if not sign:
            signed, current = None, False
        vn = [p for p in parties if ctx.gaz.country_of(p) == "VN"]
        groups = [tuple(sorted(parties))]
        if doc and _PLURAL_DOC.search(text[doc.start():doc.end() + 2]) and len(vn) == 1 and len(parties) > 2:
            groups = [tuple(sorted((vn[0], p))) for p in parties if p not in vn]
        for group in groups:
            a = Agreement(parties=group, kind=kind, evidence=Evidence(sent.index, text),
                          period=period, signed=signed, place=_venue(ctx, sent) if current else None,
                          body=_body(text))
            if sign:
                a.signatories, a.witnesses = _signatories(sent, sign, roles, list(group), ctx)
            a.fields = fields_in(text) if _CONTENT_CUE.search(text) else []
            a.current = current
            found.append(a)
    merged = _merge(found)
    _add_content_fields(ctx, merged)
    _link_predecessors(merged)
    return merged, signed_pairs


def _link_predecessors(agreements: list[Agreement]) -> None:
    """Of two documents between the same parties, the one whose period ends first precedes the other."""
    for a in agreements:
        if not a.period:
            continue
        earlier = [b for b in agreements if b is not a and b.period and set(b.parties) == set(a.parties)
                   and b.body == a.body and b.period[1] <= a.period[0]]
        if earlier:
            a.predecessor_period = max(earlier, key=lambda b: b.period).period


def _planned(text: str, sign: re.Match) -> bool:
    """The signing is a plan: a future word in the clause of the verb ('sẽ sớm ký kết', 'hướng tới ký kết')."""
    start = max(text.rfind(",", 0, sign.start()), text.rfind(";", 0, sign.start()), sign.start() - 80, 0)
    clause = text[start:sign.end()]
    return bool(FUTURE.search(clause) or re.search(r"\bsẽ\b|\bsắp\b", clause))


def _reviewed(text: str, pos: int) -> bool:
    """A period of results under review ('đánh giá kết quả hợp tác ... giai đoạn 2022-2024'), unless a document
    is named between ('results of the agreements ... for the period 2020-2022' is an agreement)."""
    before = text[max(0, pos - 150):pos]
    cue = None
    for cue in re.finditer(r"đánh giá|tổng kết|kết quả|reviewing|results of|review", before, re.IGNORECASE):
        pass
    return bool(cue) and not DOC.search(before[cue.end():])


def _single_year_period(text: str, doc: re.Match | None) -> tuple[int, int] | None:
    """'Thỏa thuận hợp tác năm 2025', 'Biên bản hợp tác năm 2018': a document for one year."""
    if not doc:
        return None
    m = re.match(r"(?:\s+(?:hợp tác|hữu nghị|toàn diện|phối hợp|giữa hai tỉnh|thỏa thuận|ghi nhớ|hội đàm|cooperation))*"
                 r"\s+(?:năm|for|of)\s+((?:19|20)\d{2})\b",
                 text[doc.end():])
    if m:
        y = int(m.group(1))
        return (y, y)
    return None


def _doc_near_period(text: str, doc: re.Match, periods) -> bool:
    return any(abs(p[0] - doc.end()) < 80 for p in periods)


def _national_only(ctx: Context, sent: SentenceInfo, start: int, end: int) -> bool:
    """The clause names countries (or ministries of states) and no province."""
    near = ctx.clause_parties(sent, start, end, window=400)
    countries = [m for m in near if ctx.gaz.unit(m.unit).is_country]
    provinces = [m for m in near if ctx.gaz.is_subnational(m.unit)]
    return bool(countries) and not provinces


def _parties(ctx: Context, sent: SentenceInfo, start: int, end: int) -> list[str]:
    """Units party to what the clause reports: those it names, completed by the article's sides."""
    units = []
    for m in ctx.clause_parties(sent, start, end, window=400):
        if ctx.gaz.is_subnational(m.unit) and m.unit not in units:
            units.append(m.unit)
    vn = [u for u in units if ctx.gaz.country_of(u) == "VN"]
    foreign = [u for u in units if ctx.gaz.country_of(u) != "VN"]
    if not vn and ctx.main_vn:
        vn = [ctx.main_vn]
    if not foreign:
        foreign = ctx.main_foreign_units()
    if not vn or not foreign:
        return []
    return vn + foreign


def _signed_date(ctx: Context, sent: SentenceInfo, sign: re.Match | None) -> tuple[PartialDate | None, bool]:
    """When it was signed, and whether the signing is the event the article reports."""
    text = sent.text
    if sign:
        for m in _PAST_YEAR.finditer(text):
            if m.group(1):
                y = int(m.group(1))
                pub = ctx.article.published
                if m.start() < sign.start() and (not pub or not pub.year or y < pub.year) and not sent.dates:
                    return PartialDate(y), False
            elif m.group(2) or m.group(4):
                mo, y = (m.group(2), m.group(3)) if m.group(2) else (m.group(4), m.group(5))
                return PartialDate(int(y), int(mo)), False
    dm = ctx.first_date(sent)
    if dm:
        return ctx.settle(dm.date), True
    return ctx.event_date(), True


def _venue(ctx: Context, sent: SentenceInfo) -> str | None:
    """Where it was signed: a venue named in the sentence (a dateline only when nothing else is), else the lead's."""
    venues = [m for m in sent.mentions if m.start in sent.venues]
    venues.sort(key=lambda m: m.start <= 2)
    return venues[0].unit if venues else ctx.lead_venue()


_BODIES = [
    (re.compile(r"(?:HĐND|Hội đồng nhân dân|People['’]?s Council)[^.;]{0,80}(?:HĐND|Hội đồng nhân dân|People['’]?s Council)"),
     "people-council"),
    (re.compile(r"(?:UBND|Ủy ban nhân dân)[^.;]{0,80}(?:[Cc]hính quyền)"), "people-committee"),
]


def _body(text: str) -> str | None:
    for rx, kind in _BODIES:
        if rx.search(text):
            return kind
    return None


def _person_units(officials: list[Official]) -> dict[str, set[str]]:
    units: dict[str, set[str]] = {}
    for o in officials:
        units.setdefault(o.name, set()).add(o.unit)
    return units


def _signatories(sent: SentenceInfo, sign: re.Match, roles: dict[str, set[str]], parties: list[str],
                 ctx: Context) -> tuple[list[str], list[str]]:
    """People who signed (the subject of the verb) and people who witnessed."""
    text = sent.text
    signers: list[str] = []
    witnesses: list[str] = []
    windows = []
    for w in WITNESS.finditer(text):
        brk = _SUBJECT_BREAK.search(text, w.end())
        end = brk.start() if brk and brk.start() < sign.start() else (sign.start() if w.start() < sign.start() else len(text))
        windows.append((w.start(), end))
    for start, end, name in sent.people:
        if name not in roles:
            continue
        if any(ws <= start < we for ws, we in windows):
            witnesses.append(name)
            continue
        # subject + verb: the person stands before the verb with no "chứng kiến" in between
        between = text[end:sign.start()]
        if start < sign.start() and not WITNESS.search(between) and len(between) < 260:
            if any(u in parties for u in roles[name]):
                signers.append(name)
        elif start > sign.start() and re.search(r"(?:Đại diện|đại diện)[^.]{0,40}ký", text[:sign.end() + 10]):
            signers.append(name)   # "Đại diện buổi lễ ký kết ... có ông X và ông Y"
        elif start < sign.start() and WITNESS.search(between):
            witnesses.append(name)
    return _uniq(signers), _uniq(witnesses)


def _uniq(xs: list[str]) -> list[str]:
    out: list[str] = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


def fields_in(text: str) -> list[str]:
    """Fields of cooperation a passage names."""
    return sorted({code for rx, code in _FIELD_RES if rx.search(text)})


def _merge(found: list[Agreement]) -> list[Agreement]:
    """Mentions of one document become one agreement: same parties, compatible period and date."""
    out: list[Agreement] = []
    for a in found:
        target = None
        for b in out:
            if not (set(a.parties) <= set(b.parties) or set(b.parties) <= set(a.parties)):
                continue
            if a.period and b.period and a.period != b.period:
                continue
            if a.body and b.body and a.body != b.body:
                continue
            if a.signed and b.signed and a.signed != b.signed:
                continue
            target = b
            break
        if target is None:
            if a.body and any(b.body is None and b.period == a.period and set(b.parties) == set(a.parties) for b in out):
                # a body-specific document beside a general one of the same parties and period: a second agreement
                base = next(b for b in out if b.body is None and b.period == a.period and set(b.parties) == set(a.parties))
                a.signed = a.signed or base.signed
            out.append(a)
            continue
        target.parties = tuple(sorted(set(target.parties) | set(a.parties)))
        target.period = target.period or a.period
        target.signed = target.signed or a.signed
        target.place = target.place or a.place
        target.kind = target.kind if target.kind != "other" else a.kind
        target.body = target.body or a.body
        target.signatories = _uniq(target.signatories + a.signatories)
        target.witnesses = _uniq(target.witnesses + a.witnesses)
        target.fields = sorted(set(target.fields) | set(a.fields))
        target.more_evidence.append(a.evidence)
        if a.current:
            target.current = True
    return out


def _add_content_fields(ctx: Context, agreements: list[Agreement]) -> None:
    """Sentences after 'theo nội dung thỏa thuận' / 'hai bên thống nhất' list the fields."""
    if len(agreements) != 1:
        return
    a = agreements[0]
    for sent in ctx.sentences:
        if any(ctx.gaz.is_subnational(m.unit) and m.unit not in a.parties for m in sent.mentions):
            continue   # a passage about another partner
        if re.search(r"nội dung (?:thỏa thuận|biên bản)|thỏa thuận (?:này|mới)|lĩnh vực|covers? many fields|main contents",
                     sent.text, re.IGNORECASE):
            a.fields = sorted(set(a.fields) | set(fields_in(sent.text)))
