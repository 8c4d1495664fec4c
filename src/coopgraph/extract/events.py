"""Events: signings, talks, visits and ceremonies between the parties. A reception (by a province, a national
leader or an ambassador, at an airport) is read as such and given as talks, as the user's gold files have it."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..facts import Agreement, Commitment, Event, Evidence, Official, PartialDate
from .agreements import (BETWEEN_ORGANISATIONS, DOC, FUTURE_WORD, PAST_MARK, SIGN, TWO_SIDES, occasion_date,
                         plan_continuations)
from .context import DURING_TRIP, Context, SentenceInfo, in_institution_name
from .dates import find_years, is_this_month, year_before
from .states import award_state, leaders_named_by_country, national_bodies

# the person met or called on, by their title after at most three capitalised words: "Governor X", "the Lao
# Ambassador", "Champassak governor", "Vice Chairman of …" (not "met the demand", "called on businesses to …")
_TITLED = (r"(?:the\s+|his\s+|her\s+|their\s+)?(?:visiting\s+)?(?-i:(?:[A-Z][\w'’-]*\s+){0,3}?)"
           r"(?:(?:Vice|Deputy|Standing)\s+)?(?:Governor|Secretary|Chairman|Chairwoman|Chair|Mayor|Ambassador|"
           r"Consul General|President|Prime Minister|Minister|Mr|Ms|Mrs|Madam|counterparts?)\b")
_KINDS: list[tuple[str, re.Pattern]] = [
    ("visit", re.compile(r"chào xã giao|thăm xã giao|chúc Tết|(?:sang|đến) chúc mừng (?:Tết|năm mới)|courtesy (?:call|visit)|"
                         r"\b(?:extend|offer|convey|deliver)(?:ed|ing|s)? [^.]{0,60}greetings|New Year(?: \(T[eế]t\))? (?:greetings|wishes)|"
                         r"\bpre-T[eế]t visit|\bT[eế]t visit|"
                         # "to convey Bunpimay wishes", "sent Tet wishes"
                         r"\b(?:T[eế]t|Bun ?Pi ?May|Pi Mai|Chol Chnam Thmay) (?:greetings|wishes)\b|"
                         # "paid a courtesy call on …" said short: "X called on Governor Y", "calls on Champassak governor"
                         r"\bcall(?:ed|s)? on " + _TITLED + r"|"
                         # "went to the Consulate General … to congratulate the traditional Chol Chnam Thmay New Year"
                         r"\bto (?:congratulate|greet)\b[^.;]{0,60}?(?:New Year|T[eế]t|Chol Chnam Thmay|Bun ?Pi ?May|Pi Mai)\b|"
                         r"\b(?:Lunar )?New Year (?:greeting )?visit|\b(?:Bun ?Pi ?May|Pi Mai|Chol Chnam Thmay) (?:greeting )?visit",
                         re.IGNORECASE)),
    ("talks", re.compile(r"hội đàm|buổi làm việc|làm việc với|\btalks\b|\b(?:a|the)(?: [\w-]+){0,2} talk\b|high-level talk\b|"
                         r"plenary meeting|working session|\bmet (?:with|on|in|at|to|for)\b|"
                         # a photo caption's present tense: "Secretary X (right) meets with Governor Y on May 5"
                         r"\bmeets with\b|"
                         # "met Governor X" (with no "with")
                         r"\bmet " + _TITLED + r"|\bmeets " + _TITLED + r"|held a meeting|\bmeeting\b|hội kiến|(?:buổi |cuộc )gặp (?:gỡ|mặt)|gặp (?:gỡ|mặt) với|"
                         # the leaders' yearly "Gặp gỡ đầu xuân" (a spring meeting) of neighbouring provinces
                         r"gặp gỡ đầu (?:xuân|năm)|"
                         # "visited and worked with leaders of X"; "the two sides reviewed …", "hai bên đã trao đổi …"
                         r"\bwork(?:ed|s|ing)? with (?:the |its |their |a |an )?(?:[\w-]+ )?(?:leaders|delegation|authorities|officials)\b|"
                         # "talked with Governor X" (not "talked about")
                         r"\btalked with\b|"
                         # "visited and worked with Jeollanam Province" (as "thăm và làm việc với tỉnh X": they met)
                         r"\bvisit(?:ed|s)? and work(?:ed|s)? with\b",
                         re.IGNORECASE)),
    ("reception", re.compile(r"tiếp xã giao|(?:đã|thân mật|tổ chức) tiếp (?:[Đđ]oàn|đồng chí|Ngài|ông|bà)|"
                             # "đã tiếp thân mật Đoàn …", "tiếp trọng thị đoàn"
                             r"\btiếp (?:thân mật|trọng thị|thân tình) (?:[Đđ]oàn|các đoàn|đồng chí|Ngài|ông|bà)|"
                             # "tiếp Thống đốc ...", "Tiếp đoàn có ...", "tại buổi tiếp" (not "trực tiếp", "liên tiếp" ...)
                             r"(?-i:(?<!rực )(?<!iên )(?<!kế )(?<!Kế )(?<!án )(?<!ển )(?<!ối )(?<!ón )\btiếp (?:[A-ZĐ]|đoàn\b|các đoàn\b))|"
                             r"(?-i:(?<=buổi )tiếp\b(?! (?:tục|theo|nhận|xúc|cận|thu)))|"
                             r"\breceiv(?:ed|es|ing) (?:a |the |its |his |her )?(?:delegation|visiting|(?-i:[A-Z]))|"
                             # "received his counterpart X from Guangxi"
                             r"\breceiv(?:ed|es|ing) (?:his|her|their|its) (?:[\w-]+ )?counterparts?\b|"
                             r"\bhosted (?:a |the )?(?:delegation|visiting|reception)|\breception for\b|"
                             # "At the reception(s), X said …": the reception the article tells of
                             r"\b(?:[Aa]t|[Dd]uring) the receptions?\b|"
                             # "where they were received by Governor X", "được Tỉnh trưởng X tiếp", "welcomed a delegation"
                             r"\b(?:were|was) (?:warmly )?received by\b|\bđược [^.,;]{0,40}?\b(?:tiếp|đón tiếp)\b|"
                             r"\bwelcomed (?:a |the )?delegation|"
                             # "X hosted Governor Y" (as "received Governor Y")
                             r"\bhosted " + _TITLED + r"|(?-i:(?<!Tiễn )(?<!tiễn )\b(?:đón|đón tiếp) (?:đoàn|Đoàn)\b)",
                             re.IGNORECASE)),
    ("other", re.compile(r"lễ bàn giao|bàn giao|hand(?:ing)?-?over|handed over|(?:ceremony|held) to hand over|lễ tổng kết|lễ khánh thành|inaugurat|"
                         r"lễ kỷ niệm|lễ khởi công|groundbreaking|lễ kết nghĩa|twinning ceremony|"
                         r"(?:lễ )?trao (?:tặng )?(?:[Hh]uân|[Hh]uy) chương|lễ trao (?:tặng )?(?:học bổng|quà)|"
                         r"award(?:ing)? ceremony|scholarship(?:-presenting| presentation)? ceremony|"
                         r"presented (?:the |a )?[^.;]{0,40}(?:Order|Medal)s?\b|"
                         # "organised a ceremony to present Lao friendship orders", "a ceremony presenting medals"
                         r"ceremony (?:to present|presenting) [^.;]{0,40}?(?:orders?|medals?|decorations?)\b|"
                         # "hosted a ceremony to mark the 20th anniversary of its partnership with …"
                         r"\bceremony (?:to (?:mark|celebrate|commemorate)|marking|celebrating) the [\w-]+ anniversary\b|"
                         r"\banniversary (?:ceremony|celebration)\b|"
                         # a joint festival or exchange opening: "the A - B culture festival kicked off in …"
                         r"\b(?:festival|fair|friendship exchange|exchange programme|culture week)\b[^.;]{0,30}?"
                         r"\b(?:kicked off|opened|was opened)\b",
                         re.IGNORECASE)),
]
_KIND_RX = dict(_KINDS)     # each kind's cue by name
# "the two sides reviewed …", "hai bên đã trao đổi thông tin …": the sides met, though no meeting is named (talks,
# unless the article names the meeting or ceremony where they did)
_SIDES_MET = re.compile(
    r"(?:hai bên|lãnh đạo hai (?:tỉnh|bên)|the two sides|both sides|(?:representatives|leaders) of the two "
    r"(?:localities|provinces|sides))\s+(?:đã\s+|have\s+|also\s+)?(?:reviewed|discussed|informed each other|"
    r"exchanged (?:views|information|opinions|experience)|đánh giá(?! cao)|thảo luận|thông tin cho nhau|"
    r"thông báo cho nhau|trao đổi (?:về|thông tin|những thông tin|ý kiến|kinh nghiệm|tình hình)|"
    r"trao đổi(?:,| và) (?:thống nhất|nhất trí)|discussed and agreed)", re.IGNORECASE)
# A conference between the sides: a high-level, online or annual one is a meeting (talks); a review of results
# (sơ kết, tổng kết, review) is a ceremony of its own (other).
# "lãnh đạo các tỉnh A, B (Việt Nam), C (Lào) đã họp tại …": the units named met (not "họp báo", a press conference)
_MET_TOGETHER = re.compile(r"\b(?:đã|cùng|đã cùng)\s+họp\b(?!\s+báo)")
_MANY_TIMES = re.compile(r"[^.;]{0,30}?\b(?:nhiều lần|nhiều cuộc|nhiều buổi|thường xuyên|many times|regularly)\b", re.IGNORECASE)
_CONFERENCE = re.compile(r"[Hh]ội nghị|\b(?:[Cc]onference|[Ss]ummit)\b")
_REVIEW = re.compile(r"^\s*(?:sơ kết|tổng kết|đánh giá)|(?:review|mid-term|sơ kết|tổng kết)\s*$", re.IGNORECASE)
# "held a conference in Dong Ha on December 10 to review their cooperation in 2023" (a summit stays talks)
_TO_REVIEW = re.compile(r"^[^.;]{0,70}?\bto review\b", re.IGNORECASE)
_SUMMIT = re.compile(r"(?:cấp cao|high-level|summit)", re.IGNORECASE)
# "A conference reviewing cooperation between A and B …": a review, as "Hội nghị sơ kết"
_REVIEWING = re.compile(r"^\s*reviewing\b", re.IGNORECASE)
# an online conference is a meeting, whatever it reviews (the user's gold: dev xc_05)
_ONLINE_BEFORE = re.compile(r"\b(?:virtual|online|video)\s+$", re.IGNORECASE)
_ONLINE_AFTER = re.compile(r"^\s*(?:trực tuyến|online)\b", re.IGNORECASE)
# the party's own meetings ("Hội nghị Ban Chấp hành Tỉnh ủy lần thứ 5") are no meeting between the sides
_OWN_CONFERENCE = re.compile(r"^\s*(?:Ban Chấp hành|BCH|Tỉnh ủy|Thành ủy|Trung ương|lần thứ|cán bộ|toàn quốc|"
                             r"Ban Thường vụ|xúc tiến|nhà đầu tư)", re.IGNORECASE)
_BOTH_SIDES = re.compile(r"hai (?:tỉnh|bên|địa phương|thành phố)|\b2 (?:tỉnh|bên)\b|giữa|\bbetween\b|both sides|"
                         r"\bthe two\b|\bjoint\b|[A-ZĐ]\w*(?: \w+){0,3} [-–] [A-ZĐ]", re.IGNORECASE)
_COUNTRIES = r"(?:Việt Nam|Vietnam|Lào|Laos|Campuchia|Cambodia|Trung Quốc|China|Thái Lan|Thailand|Hàn Quốc|Korea|Nhật Bản|Japan)"
_COUNTRY_PAIR = re.compile(_COUNTRIES + r"\s*[-–]\s*" + _COUNTRIES)
# A plan, not a meeting that took place: a future word before the cue with no past marker between them, or right
# after it ("hội đàm sẽ diễn ra", "talks will be held").
_FUTURE_AFTER = re.compile(r"\b(?:sẽ|dự kiến|sắp tới|will|is scheduled|are scheduled|to be held|next|upcoming|"
                           r"(?:is|are) (?:due|set|slated) to)\b", re.IGNORECASE)
_WHICH_WILL = re.compile(r"\s*,\s*(?:which|that)\s+(?:will|is to|is scheduled)|\s*,\s*(?:dự kiến|sẽ)\b", re.IGNORECASE)
# "và hai bên sẽ", "and will sign": a second clause joined to the one of the cue
# a wish or proposal: the meetings it names are to come
_WISH = re.compile(r"\b(?:suggest(?:ed|s)?|propos(?:ed|es)|urg(?:ed|es)|recommend(?:ed|s)|call(?:ed|s) for|hop(?:ed|es)|"
                   r"wish(?:ed|es)?)\b|đề nghị(?! của)|đề xuất|kiến nghị|mong muốn", re.IGNORECASE)
_NEXT_CLAUSE = re.compile(r"\s(?:và|and)\s+(?!tỉnh\b|thành phố\b|province|city\b|the\s+[A-Z]|[A-ZĐ])")
# what happened before the occasion reported ("last year", "over the past years")
_EARLIER = re.compile(r"\blast year\b|năm ngoái|năm trước|những năm qua|các năm qua|\bover the (?:past )?years\b|"
                      r"\bpreviously\b|\bin the past\b|trước đây|đã từng|(?-i:^\s*Trong năm,)|"
                      r"(?:thời gian|giai đoạn|nhiệm kỳ) (?:vừa )?qua", re.IGNORECASE)
_RECALLED = re.compile(r"nhắc lại|nhớ lại|ôn lại|\brecall(?:ed|ing|s)?\b", re.IGNORECASE)
_MANY = re.compile(r"(?:nhiều|hàng loạt|many|several|numerous|regular)\s+(?:cuộc\s+|buổi\s+|lần\s+)?$|"
                   r"\b(?:\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?:cuộc|buổi|lần)\s+$|"
                   r"\b(?:held|organi[sz]ed|had|hosted)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens of)\s+$",
                   re.IGNORECASE)
# a counted list of meetings goes on after the count: "hơn 50 cuộc hội đàm trực tuyến, hội đàm thực địa"
_COUNTED_BEFORE = re.compile(r"(?:\b\d+|nhiều|hàng loạt)\s+(?:cuộc|buổi)\s+(?:hội đàm|làm việc|gặp gỡ|hội nghị)"
                             r"[^.;:]{0,40},\s*$", re.IGNORECASE)
# a habit or mechanism, not one meeting: "luân phiên tổ chức hội đàm hằng năm", "hold talks every year"
_NOT_EVENT = re.compile(r"định kỳ|cơ chế|mechanism|luân phiên|hằng năm|\bevery year\b|\bin turn\b", re.IGNORECASE)
# a past event dated by its year only ("tại Hội nghị cấp cao năm 2024") is not the one the article reports
# ... unless it is the year whose work the occasion reviews ("Lễ tổng kết hợp tác năm 2017", held in 2018)
_YEAR_REVIEWED = re.compile(r"hợp tác|công tác|kết quả|hoạt động|tổng kết|sơ kết|cooperation|results?|review",
                            re.IGNORECASE)
# a clause that opens with its year: "In 2015, …", "Back in 2015, …", "Năm 2015, …"
_YEAR_OPENS = re.compile(r"^\s*(?:Back in|In|Năm|Vào năm|Hồi năm)\s+((?:19|20)\d{2})\s*,")


def _opening_year(ctx: Context, sent: SentenceInfo, cue: int) -> PartialDate | None:
    """The year a sentence opens with, before the cue ('In 2015, …'), when it names no day and is before the article's
    own year."""
    opening = _YEAR_OPENS.match(sent.text)
    if not opening or opening.end() > cue or any(d.date.day for d in sent.dates):
        return None
    year = int(opening.group(1))
    pub = ctx.article.published
    return None if pub and pub.year and year >= pub.year else PartialDate(year)


# a signing verb followed by its year: "ký kết năm 2015", "signed in 2015"
_SIGNED_IN_YEAR = re.compile(r"\s+(?:(?:vào\s+)?năm|in)\s+((?:19|20)\d{2})\b")
_YEAR_AFTER = re.compile(r"^[^.;,]{0,40}?(?:\bnăm|\bin)\s+((?:19|20)\d{2})\b")
_YEAR_BEFORE = re.compile(r"\b((?:19|20)\d{2})\s+(?:[A-Z][\w-]*\s+){0,3}$")


@dataclass
class _Found:
    """An event as one sentence gives it, with what the sentence left to be filled from elsewhere."""

    event: Event
    implied: frozenset[str] = frozenset()    # sides ("VN", "foreign") taken from the article, not the sentence
    named: frozenset[str] = frozenset()      # the parties the sentence itself names
    cue: str = ""                            # the kind of cue word ("conference" or the event's kind)
    bare: bool = False                       # a conference named by the word alone ("… đồng chủ trì hội nghị.")
    back: bool = False                       # named as the one told before ("Tại hội nghị", "Chairing the conference")


def find_events(ctx: Context, agreements: list[Agreement], officials: list[Official]) -> list[Event]:
    """Events the article reports (one per kind and set of parties)."""
    found: list[_Found] = []
    # a person with a provincial post acts for the province, whatever national post they also hold
    person_units: dict[str, str] = {}
    for o in officials:
        if o.name not in person_units or not ctx.gaz.is_subnational(person_units[o.name]):
            person_units[o.name] = o.unit
    planned = plan_continuations([s.text for s in ctx.sentences])
    # a delegation that came with New Year wishes and told nothing of its work paid a greeting visit (read once)
    greeting = any(_NEW_YEAR.search(s.text) for s in ctx.sentences) and \
        not any(_exchanged(s.text) or _SIDES_MET.search(s.text) for s in ctx.sentences)
    for sent in ctx.sentences:
        continues_plan = sent.index in planned
        for kind, rx in [*_KINDS, ("conference", _CONFERENCE), ("sides", _SIDES_MET), ("met", _MET_TOGETHER)]:
            for m in rx.finditer(sent.text):
                got = _event_at(ctx, sent, person_units, kind, m, continues_plan, greeting)
                if got:
                    found.append(got)
                    break
    found += _greeting_calls(ctx, person_units, planned, greeting)
    found += _pairs_discussing(ctx, person_units)
    found += _meetings_with_each(ctx, found, greeting)
    found = _one_visit_each(ctx, found)
    _widen_gatherings(ctx, found, officials)
    found += [_Found(e) for e in _trip_visits(ctx, person_units, [f.event for f in found])]
    meetings = [f.event for f in found]
    _documents_of_gatherings(ctx, agreements, meetings)
    signings = [_Found(Event(kind="signing", parties=a.parties, evidence=a.evidence, start=a.signed, place=a.place))
                for a in agreements if _signed_here(a, meetings)]
    events = _merge(signings + found)
    events += _state_awards(ctx)    # (not merged: "Tại lễ khánh thành" is the other ceremony told in the sentence)
    planned_days = _planned_days(ctx)
    # "Hội nghị cấp cao … diễn ra vào ngày 18/12" in a headline whose lead says it "sẽ diễn ra vào ngày 18/12 tới"
    events = [e for e in events if not (e.start and e.start.day and e.start in planned_days)]
    # "X (right) receives Y" over the story of Y's visit: the photo of that visit, no reception of its own
    events = [e for e in events if not (e.kind == "reception" and _CAPTION_RECEIVES.search(e.evidence.text)
                                        and any(o.kind == "visit" and set(e.parties) <= set(o.parties)
                                                and _compatible(o, e) for o in events))]
    events = _calls_told_as_meetings(events)
    received = any(_RECEIVED.search(s.text) for s in ctx.sentences)
    for e in events:
        # an ambassador or national leader visiting a province that receives them: a reception of the country
        # (given as talks at the end, _receptions_as_talks)
        # (a courtesy call or greeting visit stays one visit, as the user's gold has it: dev en_10, vi_05)
        if e.kind == "visit" and received and any(ctx.gaz.unit(p).is_country for p in e.parties) \
                and not _KIND_RX["visit"].search(e.evidence.text):
            e.kind = "reception"
    # "received its Governor …" and "At a meeting with Governor …": a national leader's reception is the meeting
    events = [e for e in events if not (e.kind == "talks" and any(
        o.kind == "reception" and set(o.parties) == set(e.parties) and _compatible(o, e)
        and any(ctx.gaz.unit(p).is_country for p in o.parties) for o in events))]
    for e in events:
        # (a reception in the lead, "Speaking at a reception for the delegation", is on the day the lead tells too)
        if e.start is None and e.kind in ("talks", "reception") and e.evidence.index < 4 \
                and not _TRIP_PURPOSE.search(e.evidence.text):
            e.start = occasion_date(ctx)
        if e.start is None and e.kind == "talks":
            # "Tại đây, hai bên đã trao đổi …": the talks on the greeting visit told with its day
            e.start = next((o.start for o in events if o.kind == "visit" and o.start and not o.end
                            and set(o.parties) == set(e.parties)), None)    # (a visit of several days: which day?)
    _year_of_the_plan(ctx, events)
    events = _receptions_as_talks(events)
    events = _greeting_is_one_visit(ctx, events)
    earlier = _earlier_of_series(ctx, events)    # (among the provinces: the offices linked are this meeting's)
    _join_linked_offices(ctx, events)
    events += earlier
    return events


def _receptions_as_talks(events: list[Event]) -> list[Event]:
    """A host receiving a delegation is talks in the user's gold files (none uses the kind 'reception': dev vi_13
    "tiếp xã giao … = talks"); one meeting told both ways ('tiếp' and 'làm việc') stays one talks event."""
    talks = [e for e in events if e.kind == "talks"]
    out: list[Event] = []
    for e in events:
        if e.kind == "reception":
            if any(set(t.parties) == set(e.parties) and _compatible(t, e) for t in talks):
                continue
            e.kind = "talks"
            talks.append(e)
        out.append(e)
    return out


# a session of its own on a greeting or courtesy visit: "tiến hành hội đàm", "tiếp và làm việc", "At their talks"
# ("thăm và làm việc tại tỉnh X", "visited and worked in": a working visit, no session named)
_SESSION = re.compile(r"hội đàm|(?<!thăm và )(?<!thăm, )làm việc|\btalks\b|working session|\bwork(?:ed|s|ing)? with\b",
                      re.IGNORECASE)


def _greeting_is_one_visit(ctx: Context, events: list[Event]) -> list[Event]:
    """A greeting or courtesy visit is one visit however many speak at it (the user's gold: dev vi_05, en_10, vi_16):
    a meeting or reception of the same parties told of it ('At the meeting', 'tiếp', 'đón tiếp đoàn … đến thăm,
    chúc Tết') is that visit, unless the article names a session of its own (hội đàm, làm việc, talks)."""
    visits = [e for e in events if e.kind == "visit" and (_KIND_RX["visit"].search(e.evidence.text)
                                                         or _GREETING_CALL.search(e.evidence.text))]
    if not visits or any(m and not _planned(s.text, m.start(), m.end())
                         for s in ctx.sentences for m in [_SESSION.search(s.text)]):
        return events
    out: list[Event] = []
    for e in events:
        visit = next((v for v in visits if e.kind == "talks" and set(v.parties) == set(e.parties)
                      and _compatible(v, e)), None)
        if visit:
            visit.start, visit.place = visit.start or e.start, visit.place or e.place
            continue
        out.append(e)
    return out


# a photo caption's receiving host: "Secretary X (right) receives Y", "Chairman X (R) receives …"
_CAPTION_RECEIVES = re.compile(r"\((?:right|left|centre|center|R|L|C)\)\s+receives\b")


# "Ambassador X and Governor Y on February 24 discussed measures …": two people of the two sides, the verb's subject
_DISCUSSED = re.compile(r"\b(?:discussed|held discussions|exchanged (?:views|opinions)|looked into (?:measures|ways))\b")


def _pairs_discussing(ctx: Context, person_units: dict[str, str]) -> list[_Found]:
    """Talks told by their subject: people of both sides joined by 'and' before 'discussed' (no meeting named)."""
    out: list[_Found] = []
    for sent in ctx.sentences:
        for m in _DISCUSSED.finditer(sent.text):
            text = sent.text
            if _planned(text, m.start(), m.end()) or _HABIT.search(text, max(0, m.start() - 30), m.start()):
                continue
            named = [(start, end, person_units.get(name)) for start, end, name in sent.people if end <= m.start()]
            named = [(start, end, u) for start, end, u in named if u]
            if len(named) < 2 or re.search(r"[.;]", text[named[0][0]:m.start()]) \
                    or not re.search(r"\band\b", text[named[0][1]:named[-1][0]]):
                continue
            units = {u for _, _, u in named}
            vn = {u for u in units if ctx.gaz.country_of(u) == "VN"}
            if not vn or vn == units:
                continue
            dm = _date_near(sent, m.start())
            out.append(_Found(Event(kind="talks", parties=tuple(sorted(units)), evidence=Evidence(sent.index, text),
                                    start=ctx.settle(dm.date) if dm else None), cue="talks"))
            break
    return out


def _main_meeting(events: list[Event]) -> Event | None:
    """The meeting the article reports: its first talks told."""
    talks = sorted((e for e in events if e.kind == "talks"), key=lambda e: e.evidence.index)
    return talks[0] if talks else None


# an online meeting joined from national offices: "The event was also connected to … the Vietnamese Embassy in Beijing
# … and the Chinese Embassy in Hanoi", "Hội nghị được kết nối trực tuyến với … Đại sứ quán Việt Nam tại …"
_LINKED = re.compile(r"\b(?:event|meeting|conference|talks|session)\s+(?:was|were)\s+(?:also\s+)?(?:connected|linked)\s+"
                     r"(?:online\s+|virtually\s+)?(?:to|with)\b|(?:[Hh]ội nghị|[Ss]ự kiện|[Hh]ội đàm|[Cc]uộc gặp)\s+"
                     r"(?:cũng\s+)?(?:được\s+)?kết nối(?:\s+trực tuyến)?\s+(?:tới|với|đến)\b", re.IGNORECASE)


def _join_linked_offices(ctx: Context, events: list[Event]) -> None:
    """The states whose offices an online meeting was connected to are parties of it (national offices are)."""
    main = _main_meeting(events)
    if main is None:
        return
    for sent in ctx.sentences[main.evidence.index + 1:]:
        m = _LINKED.search(sent.text)
        if m:
            states = {country for pos, country in national_bodies(sent.text) if pos > m.end()}
            main.parties = tuple(sorted(set(main.parties) | states))


# an earlier meeting of the same series, dated by its year: "since the first meeting in 2021", "the 9th Meeting held
# in Phnom Penh last year", "Hội nghị lần thứ nhất năm 2021" ("last year" needs the article's own year)
_EARLIER_OF_SERIES = re.compile(
    r"\b(?:first|second|third|previous|last|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,2}?(?:meeting|conference|summit)\b"
    r"(?:\s+of\s+(?:this|its)\s+kind)?(?:\s+(?:was\s+)?(?:held|took place|organi[sz]ed))?(?:\s+in\s+[A-Z][\w ]{0,25}?)?"
    r"\s+(?:in\s+(?P<year>(?:19|20)\d{2})\b|(?P<last>last year)\b)"
    r"|[Hh]ội nghị\s+lần thứ\s+[\wà-ỹ]+(?:\s+(?:được\s+)?tổ chức)?(?:\s+tại\s+[A-ZĐ][\wà-ỹ ]{0,25}?)?"
    r"\s+(?:(?:vào\s+)?năm\s+(?P<vyear>(?:19|20)\d{2})\b|(?P<vlast>năm ngoái)\b)")


def _earlier_of_series(ctx: Context, events: list[Event]) -> list[Event]:
    """Earlier meetings of the series the reported one belongs to, among its parties, in the year the text gives."""
    main = _main_meeting(events)
    if main is None or main.start is None or main.start.year is None:
        return []
    out: list[Event] = []
    for sent in ctx.sentences:
        for m in _EARLIER_OF_SERIES.finditer(sent.text):
            year = m.group("year") or m.group("vyear")
            when = int(year) if year else year_before(ctx.article.published)
            if when is None or when >= main.start.year or any(e.start == PartialDate(when) for e in out):
                continue
            out.append(Event(kind="talks", parties=main.parties, evidence=Evidence(sent.index, sent.text),
                             start=PartialDate(when)))
    return out


# the meeting a trip is made for ("is in Vietnam for a visit and to co-chair a conference", "sang dự hội nghị"): its day
# is not the lead's (the lead tells of another meeting on the trip)
_TRIP_PURPOSE = re.compile(r"\bto (?:co-chair|chair|attend|join|take part in|participate in)\s+"
                           r"(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:conference|meeting|summit|forum)\b|"
                           r"\bđể (?:tham dự|dự|đồng chủ trì|chủ trì)\s+(?:[Hh]ội nghị|cuộc gặp|[Dd]iễn đàn)", re.IGNORECASE)

# meetings with several provinces told at once: "During meetings with the two provinces' authorities", "tại các cuộc gặp
# với đại diện lãnh đạo hai tỉnh A và B"
_MEETINGS_WITH = re.compile(r"\bmeetings with\b|các (?:cuộc|buổi) (?:gặp|gặp gỡ|gặp mặt|làm việc|hội đàm) với", re.IGNORECASE)
_THE_TWO = re.compile(r"\bthe two provinces\b|\bhai tỉnh\b", re.IGNORECASE)


def _meetings_with_each(ctx: Context, found: list[_Found], greeting: bool) -> list[_Found]:
    """Meetings with several foreign provinces told in one phrase are one meeting with each (a greeting visit to each,
    in an article of New Year wishes): the provinces named after the phrase, else 'the two provinces' the article is
    about; the Vietnamese side is the one of the article's other events, else its own province."""
    out: list[_Found] = []
    for sent in ctx.sentences:
        m = _MEETINGS_WITH.search(sent.text)
        if not m or _planned(sent.text, m.start(), m.end()) or _MANY.search(sent.text[max(0, m.start() - 25):m.start()]):
            continue
        stop = re.search(r"[;.]", sent.text[m.end():])
        hi = m.end() + (stop.start() if stop else len(sent.text) - m.end())
        hosts = sorted({mm.unit for mm in sent.parties() if m.end() <= mm.start < hi and ctx.gaz.is_subnational(mm.unit)
                        and ctx.gaz.country_of(mm.unit) != "VN"})
        if not hosts and _THE_TWO.search(sent.text, m.end(), min(hi, m.end() + 40)):
            # (the two foreign provinces the article names most)
            hosts = sorted([u for u, _ in ctx.unit_counts.most_common() if ctx.gaz.is_subnational(u)
                            and ctx.gaz.country_of(u) != "VN"][:2])
        if len(hosts) < 2:
            continue
        vn = sorted({p for f in found for p in f.event.parties if ctx.gaz.country_of(p) == "VN"
                     and set(f.event.parties) & set(hosts)}) or ([ctx.main_vn] if ctx.main_vn else [])
        if len(vn) != 1:
            continue
        dm = _date_near(sent, m.start())
        start = ctx.settle(dm.date) if dm and not dm.end else None
        kind = "visit" if greeting else "talks"
        for h in hosts:
            e = Event(kind=kind, parties=tuple(sorted((vn[0], h))), evidence=Evidence(sent.index, sent.text), start=start)
            out.append(_Found(e, frozenset(), frozenset(e.parties), kind))
    return out


# several delegations: "Cambodia's delegations pay Tet visits to Kien Giang", "Leaders from several Cambodian provinces
# have visited", "nhiều tỉnh của Campuchia … sang chúc Tết"
_SEVERAL = re.compile(r"\bdelegations\b|\bpa(?:id|y|ys|ying)\s+(?:[\w-]+\s+){0,3}?visits\b|\bseveral\s+(?:[A-Z]\w+\s+)?"
                      r"(?:provinces|localities)\b|các đoàn|nhiều (?:tỉnh|địa phương)|(?:\bcác|\b\d+|\bhai|\bba|\bbốn|\bnăm)"
                      r" tỉnh\b", re.IGNORECASE)


def _one_visit_each(ctx: Context, found: list[_Found]) -> list[_Found]:
    """Visits of several foreign delegations to one province, told without naming them ('Cambodia's delegations pay
    Tet visits to Kien Giang'), are one visit for each foreign province the article names (not each other's parties)."""
    out: list[_Found] = []
    for f in found:
        e = f.event
        vn = [p for p in e.parties if ctx.gaz.country_of(p) == "VN"]
        foreign = [p for p in e.parties if ctx.gaz.country_of(p) != "VN"]
        if e.kind != "visit" or len(vn) != 1 or not foreign or "foreign" not in f.implied or \
                not _SEVERAL.search(e.evidence.text):
            out.append(f)    # (a sentence that lists the provinces tells one trip of them all, as the annotators read it)
            continue
        countries = {ctx.gaz.country_of(p) for p in foreign}
        foreign = sorted(u for u in ctx.unit_counts if ctx.gaz.is_subnational(u) and ctx.gaz.country_of(u) in countries)
        if len(foreign) < 2:
            out.append(f)
            continue
        for p in foreign:
            one = Event(kind="visit", parties=tuple(sorted((vn[0], p))), evidence=e.evidence, start=e.start, end=e.end,
                        place=e.place)
            out.append(_Found(one, f.implied - {"foreign"}, frozenset({vn[0], p}) & (f.named | {p}), f.cue))
    return out


# a day said to be ahead: "vào ngày 18/12 tới", "sẽ diễn ra vào ngày 18/12", "will be held on December 18"
_DAY_AHEAD = re.compile(r"^\s*(?:tới|sắp tới|tới đây)\b")


def _planned_days(ctx: Context) -> set[PartialDate]:
    """The days the article says are still ahead: a day followed by 'tới', or a day in the clause of a future word
    with no past marker between them."""
    days: set[PartialDate] = set()
    for sent in ctx.sentences:
        for dm in sent.dates:
            text = sent.text
            if dm.date.day is None or _SIGNED_ON.search(text[max(0, dm.start - 20):dm.start]):
                continue    # ("sẽ báo cáo việc thực hiện Biên bản … ký ngày 22/12/2017": a past document's day)
            lo = max(text.rfind(c, 0, dm.start) for c in ".;") + 1
            fut = [f for f in FUTURE_WORD.finditer(text, lo, dm.start)]
            if _DAY_AHEAD.match(text, dm.stop) or fut and not PAST_MARK.search(text, fut[-1].end(), dm.start):
                day = ctx.settle(dm.date)
                if day:
                    days.add(day)
    return days


# a meeting of many provinces: "hội nghị", "conference", "summit", or a meeting of "các tỉnh" / "the provinces"
_GATHERING = re.compile(_CONFERENCE.pattern + r"|\b[Ff]orum\b|\bcác (?:tỉnh|địa phương)\b|"
                        r"\b(?:the|their|0?[3-9]|four|five|six|seven|eight|nine|ten) (?:\w+ ){0,2}(?:provinces|localities)\b")


def _gathering_units(ctx: Context, officials: list[Official]) -> list[str]:
    """The provinces whose officials the article names, when they are three or more from two countries or more:
    the members of a conference of provinces ('the party secretaries of Hà Giang, Lào Cai, Lai Châu, Điện Biên and
    Yunnan'), whom the conference's own sentence seldom lists ('Tại hội nghị, …')."""
    units = sorted({o.unit for o in officials if ctx.gaz.is_subnational(o.unit)})
    return units if len(units) >= 3 and len({ctx.gaz.country_of(u) for u in units}) >= 2 else []


def _widen_gatherings(ctx: Context, found: list[_Found], officials: list[Official]) -> None:
    """A conference whose sentence leaves a side to the article (a side implied, not named) gathers every province
    whose officials the article names, when those are three or more from two countries: its parties are all of them,
    not the article's two main sides."""
    members = _gathering_units(ctx, officials)
    for f in found:
        e = f.event
        if e.kind not in ("talks", "other") or not f.implied:
            continue
        # ("the joint committee of 04 border provinces of Vietnam and Guangxi": the side the sentence names is a
        # member, whether or not an official of it is named; those of the side it counts are the officials')
        units = members or _gathering_units_with(ctx, officials, f.named)
        if units and set(e.parties) <= set(units) and (f.cue == "conference" or _GATHERING.search(e.evidence.text)):
            e.parties = tuple(units)
            f.implied = frozenset()    # (its members named now: "co-chaired the meeting" after it is this one)


def _gathering_units_with(ctx: Context, officials: list[Official], named: frozenset[str]) -> list[str]:
    """The members of a gathering whose sentence names some units and counts the others: the named ones and those whose
    officials the article names, when they are three or more from two countries or more."""
    units = sorted({o.unit for o in officials if ctx.gaz.is_subnational(o.unit)} | set(named))
    return units if len(units) >= 3 and len({ctx.gaz.country_of(u) for u in units}) >= 2 else []


def _documents_of_gatherings(ctx: Context, agreements: list[Agreement], meetings: list[Event]) -> None:
    """A document signed at a conference of many provinces, told as the provinces' ('Bí thư các tỉnh … ký kết biên
    bản hội nghị'), is all of theirs, signed on the conference's day when its own sentence gives none: its parties
    and day are taken from the conference (the agreement is changed in place, before the signing event is made)."""
    gatherings = [e for e in meetings if e.kind == "talks" and len(e.parties) >= 3]
    for a in agreements:
        if not a.current or not _GATHERING.search(a.evidence.text):
            continue
        g = next((g for g in gatherings if set(a.parties) < set(g.parties)), None)
        if g is None:
            continue
        a.parties = g.parties
        if g.start and not ctx.sentences[a.evidence.index].dates:
            a.signed = g.start


# the sides told each other of their work: a greeting visit that reports it is also a meeting (talks)
_EXCHANGE = re.compile(
    r"thông tin (?:đến|cho|với|tới) (?:đoàn|nhau|khách)|(?:thông tin|thông báo) (?:nhanh|tóm tắt|khái quát|sơ lược)|báo cáo (?:sơ lược|tóm tắt|khái quát)|"
    r"giới thiệu (?:khái quát|tóm tắt|sơ lược)|thảo luận|trao đổi (?:những )?thông tin|"
    r"\bbriefed\b|\binformed (?:each other|the (?:guests?|hosts?|delegation)|his|her|their)\b|"
    r"\bgave (?:some |an? )?(?:key |brief )?(?:information|overview)|\bexchanged (?:views|information|opinions)|\bdiscussed\b",
    re.IGNORECASE)
# ... unless it is a habit ("thường xuyên gặp gỡ, trao đổi thông tin": they regularly meet and exchange news)
_HABIT = re.compile(r"thường xuyên|định kỳ|\bregularly\b", re.IGNORECASE)


def _exchanged(text: str) -> bool:
    """The sentence says the sides told each other of their work on this occasion (``_EXCHANGE``, not a habit)."""
    return any(not _HABIT.search(text, max(0, m.start() - 30), m.start()) for m in _EXCHANGE.finditer(text))


_COURTESY_CALL = re.compile(r"chào xã giao|thăm xã giao|courtesy (?:call|visit)", re.IGNORECASE)
# a meeting named only as one ("meets", "met", "gặp gỡ"), no word of work or talks ("làm việc", "hội đàm", "talks")
_MET_ONLY = re.compile(r"\bmeets?\b|\bmet\b|\bmeetings?\b|gặp gỡ|gặp mặt|hội kiến", re.IGNORECASE)
_WORKED = re.compile(r"hội đàm|làm việc|\btalks?\b|working session|\bwork(?:ed|s|ing)? with\b|\bdiscuss", re.IGNORECASE)


def _calls_told_as_meetings(events: list[Event]) -> list[Event]:
    """A courtesy call told elsewhere as a meeting ('X (left) meets General Secretary Y', 'gặp gỡ, chào xã giao') is
    the call (a visit), not talks: the meeting, named by no word of talks, goes, and gives the visit its day."""
    calls = [e for e in events if e.kind == "visit" and _COURTESY_CALL.search(e.evidence.text)]
    out = []
    for e in events:
        call = next((v for v in calls if set(v.parties) == set(e.parties) and _compatible(v, e)), None) \
            if e.kind == "talks" and _MET_ONLY.search(e.evidence.text) and not _WORKED.search(e.evidence.text) else None
        if call:
            call.start = call.start or e.start
            continue
        out.append(e)
    return out


def _signed_here(a: Agreement, meetings: list[Event]) -> bool:
    """A signing is an event when it is dated to a month or day, or when the article tells it as part of the
    occasion it reports (a meeting with the same parties, the lead, 'on the occasion', 'Tại đây'); an undated
    signing recalled from earlier years is the agreement only."""
    if _proposed_signing(a.evidence.text):
        return False    # "he suggested the two localities … sign a friendly cooperation agreement": to be signed
    if _DISTRICTS_SIGN.search(a.evidence.text):
        return False    # "Lãnh đạo hai tỉnh chứng kiến lễ ký kết … giữa UBND huyện A và huyện B": the districts signed
    if a.signed and a.signed.day:
        return True
    if a.signed and a.signed.month:
        return True    # "signed … in August 2021", recalled: a signing of that month (the user's gold: dev vi_08)
    if not a.current:
        return False    # a past signing known only by its year is an agreement, not an event
    if a.evidence.index <= 1 or _OCCASION.search(a.evidence.text):
        return True
    return any(set(e.parties) & set(a.parties) and e.kind != "other" for e in meetings)


# the provinces' leaders witness a signing between districts: "chứng kiến lễ ký kết thỏa thuận hợp tác giữa UBND huyện A
# (tỉnh X) và huyện B (tỉnh Y)", "witnessed the signing of an agreement between A district and B district"
_DISTRICTS_SIGN = re.compile(r"(?:chứng kiến|witness(?:ed|ing)?)\s+(?:the\s+)?(?:lễ\s+)?(?:ký|sign)[^.;]{0,80}?"
                             r"(?:giữa|between)\s+(?:(?:UBND|Ủy ban nhân dân|the)\s+)?(?:huyện|thị xã|[\w ]{0,30}district)",
                             re.IGNORECASE)


def _proposed_signing(text: str) -> bool:
    """Every signing verb of the text is a bare 'sign' that a wish or proposal before it asks for ('suggested the two
    localities strengthen exchanges … and sign a friendly cooperation agreement'), no past marker between."""
    signs = list(SIGN.finditer(text))
    if not signs:
        return False
    for m in signs:
        wish = None
        for wish in _WISH.finditer(text, 0, m.start()):
            pass
        if m.group().lower() != "sign" or not wish or PAST_MARK.search(text, wish.end(), m.start()):
            return False
    return True


_OCCASION = re.compile(r"[Nn]hân dịp|[Tt]ại (?:đây|buổi|lễ|hội)|[Tt]rong (?:khuôn khổ|buổi|dịp)|[Ss]au (?:buổi|khi|hội)|"
                       r"[Kk]ết thúc|[Oo]n (?:the|this) occasion|[Cc]oncluding|[Aa]t the (?:talks|meeting|ceremony|event)|"
                       r"[Dd]uring the|[Aa]fter the (?:talks|meeting)|[Ll]ễ ký|signing ceremony")


# more ways to say a thing is to come: "are set to hold talks", "is to visit", "is due to sign"
_FUTURE_MORE = re.compile(r"\b(?:is|are) (?:set|due|slated|poised) to\b|\b(?:is|are) to (?=[a-z]+ )", re.IGNORECASE)


# the occasion named by the cue is the subject of a verb still to come: "Lễ kỷ niệm … sẽ diễn ra", "… will be held"
_TO_TAKE_PLACE = re.compile(r"(?:\s+[^\s.;,]+){0,8}?\s+(?:(?:sẽ|dự kiến(?:\s+sẽ)?)\s+(?:diễn ra|được tổ chức|khai mạc)|"
                            r"(?:will|is to|are to|is due to|is scheduled to)\s+(?:be held|take place|open)\b)")


def _planned(text: str, start: int, end: int) -> bool:
    """A future word before the cue with no past marker between them, or one after the cue in its own clause
    ('Hội đàm giữa tỉnh A và tỉnh B sẽ diễn ra', 'talks ... will be held', ', which will be held')."""
    fut = None
    for fut in FUTURE_WORD.finditer(text, 0, start):
        pass
    for more in _FUTURE_MORE.finditer(text, fut.end() if fut else 0, start):
        fut = more
    if fut and not PAST_MARK.search(text, fut.end(), start):
        return True
    wish = None
    for wish in _WISH.finditer(text, 0, start):
        pass
    if wish and not PAST_MARK.search(text, wish.end(), start):
        return True    # "he suggested that the two provinces organise visits, meetings": what should be done
    stop = re.search(r"[.;,]", text[end:])
    if _WHICH_WILL.match(text, end + stop.start() if stop else len(text)):
        return True    # "the conference between A and B, which will be held in June"
    if _TO_TAKE_PLACE.match(text[end:end + (stop.start() if stop else len(text))]):
        return True    # "đến dự Lễ kỷ niệm … sẽ diễn ra vào tối nay": the cue's own verb is to come, whatever was done
    clause = text[end:end + min(stop.start() if stop else len(text), 100)]
    after = _FUTURE_AFTER.search(clause)
    if not after:
        return False
    between = clause[:after.start()]
    return not PAST_MARK.search(text[:start]) and not PAST_MARK.search(between) and not _NEXT_CLAUSE.search(between)


# a caption reduced to its opening words: "At the meeting", "At the talks." (English; the sentence says nothing more)
_BARE_CAPTION = re.compile(r"\s*(?:At|During) the (?:meeting|talks|reception|working session)\s*\.?\s*")


def _event_at(ctx: Context, sent: SentenceInfo, person_units: dict[str, str], kind: str, m: re.Match,
              continues_plan: bool, greeting: bool = False) -> _Found | None:
    """The event a cue word names, or None when it is a plan, a mechanism, a past year's or no event between sides
    (``greeting``: the article tells of New Year wishes and of no exchange of work)."""
    text = sent.text
    if continues_plan or _planned(text, m.start(), m.end()):
        return None
    if _BARE_CAPTION.fullmatch(text):
        return None    # "At the meeting" alone: a photo caption cut short, which names no meeting of its own
    if _NOT_EVENT.search(text[max(0, m.start() - 40):m.end() + 40]):
        return None
    if kind == "reception" and _KINDS[1][1].search(text):
        return None    # "tiếp và làm việc với đoàn": the working session is the event (talks)
    if kind == "reception" and m.group().lower().startswith("đón") and _WELCOME_AT.search(text):
        return None    # "Đón đoàn công tác tại Cửa khẩu Quốc tế Móng Cái": the start of the trip, told as the visit
    if kind == "reception" and _AWARD.match(text, m.end()):
        return None    # "received the Friendship Order": an award, told elsewhere as a ceremony
    # the year the occasion's name gives: "Hội nghị cấp cao năm 2024", "the 2023 Spring Meeting"
    after = _YEAR_AFTER.match(text[m.end():])
    before = None if after else _YEAR_BEFORE.search(text, max(0, m.start() - 40), m.start())
    year = int((after or before).group(1)) if after or before else None
    reviewed = bool(_YEAR_REVIEWED.search(m.group() + text[m.end():m.end() + after.start(1)] if after else
                                          before.group() + m.group() if before else ""))
    pub = ctx.article.published
    if year and not sent.dates and pub and pub.year and year < pub.year:
        return None    # "tại Hội nghị cấp cao năm 2024" in a 2025 article: an earlier meeting
    if re.search(r"(?:[Bb]iên bản|[Bb]ản ghi nhớ|\bminutes? of(?: the)?|nội dung(?: của)?|kết quả(?: của)?|"
                 r"\b(?:results?|outcomes?|contents?) of(?: the)?)\s*$", text[max(0, m.start() - 25):m.start()]):
        return None    # "Biên bản hội đàm", "nội dung của Hội nghị": a document's name or what came of a meeting
    before = text[max(0, m.start() - 80):m.start()]
    at_the_event = _AT_THE_EVENT.search(text[max(0, m.start() - 25):m.start()])
    if not at_the_event and _EARLIER.search(before[max(before.rfind(". "), before.rfind(";")) + 1:]):
        return None    # "last year, a school ... was inaugurated": not the occasion reported
    if _long_ago(ctx, sent, m.end()):
        return None    # "the relic site where the preparatory meeting … took place in December 1971": history
    if _RECALLED.search(text, 0, m.start()):
        return None    # "nhắc lại sự kiện tháng 6/2017 …; kết quả Hội nghị …", "recalled the visit": told from memory
    if _MANY.search(text[max(0, m.start() - 25):m.start()]) or _COUNTED_BEFORE.search(text[max(0, m.start() - 60):m.start()]):
        return None    # "đã tổ chức nhiều cuộc hội đàm", "held several meetings": over the years, not one event
    if BETWEEN_ORGANISATIONS.match(text[m.end():]):
        return None    # "Lễ kết nghĩa giữa Hội hữu nghị ...": associations, not the provinces
    if kind == "other" and (_TO_OVERSEAS_VIETNAMESE.match(text, m.end()) or at_the_event and _overseas_gift_lead(ctx)):
        return None    # "bàn giao trường học … cho Hội người Việt Nam tỉnh X": a gift to the Vietnamese living there
    if kind == "other" and _STATE_AWARD.search(m.group()) and award_state(text):
        return None    # an order given in a President's name: told by _state_awards, with the state as the giver
    if kind == "other" and _company_ceremony(ctx, sent, m):
        return None
    if kind == "other" and _THE_FACT_THAT.search(text, max(0, m.start() - 60), m.start()):
        return None    # "cho rằng việc tỉnh A giúp xây dựng và bàn giao …": a deed praised in a speech, not a ceremony
    need_both = False
    cue = kind
    if kind == "sides":
        kind = "talks"
    if kind == "met":
        # the sides are the subject, named before the verb ("Tỉnh ủy A đã họp bàn hợp tác với B": A's own meeting)
        subject = {mm.unit for mm in ctx.clause_parties(sent, m.start(), m.start()) if mm.end <= m.start()
                   and ctx.gaz.is_subnational(mm.unit)}
        if len({ctx.gaz.country_of(u) for u in subject}) < 2 or _MANY_TIMES.match(text, m.end()):
            return None    # ("đã họp nhiều lần": over the years, not one meeting)
        kind, need_both = "talks", True
    if kind == "conference":
        between = ctx.units_between(sent, m.end())
        if _OWN_CONFERENCE.match(text[m.end():]) and not between:
            return None    # ("Hội nghị lần thứ 4 giữa các tỉnh A, B (Việt Nam) và C (Trung Quốc)" is no party's own)
        sign = SIGN.search(text, m.end())
        # ("thực hiện thỏa thuận hợp tác giữa hai tỉnh (được ký kết ngày 3/6/2020)": an aside on the document reviewed)
        aside = sign and text.rfind("(", m.end(), sign.start()) > text.rfind(")", m.end(), sign.start())
        # ("đánh giá việc thực hiện các nội dung hai bên ký kết năm 2015": a document of an earlier year, reviewed)
        signed_before = sign and (earlier := _SIGNED_IN_YEAR.match(text, sign.end())) and \
            (year is None or int(earlier.group(1)) < year)
        if sign and DOC.search(text, m.end()) and not _planned(text, sign.start(), sign.end()) and not aside \
                and not signed_before:
            # "hội nghị ... ký kết biên bản", "a conference ... where they signed": the signing is the event
            return _Found(Event(kind=_FRAME, parties=(), evidence=Evidence(sent.index, text)), cue=kind)
        review = _REVIEW.search(text[m.end():m.end() + 12]) or _REVIEW.search(text[max(0, m.start() - 20):m.start()]) or \
            _REVIEWING.match(text[m.end():]) or \
            _TO_REVIEW.match(text[m.end():]) and not _SUMMIT.search(text[max(0, m.start() - 20):m.end() + 12])
        if _ONLINE_BEFORE.search(text[max(0, m.start() - 12):m.start()]) or _ONLINE_AFTER.match(text[m.end():]):
            review = None    # "held a virtual conference on May 31 to review their cooperation": a meeting
        if review and not _REVIEW.search(text[m.end():m.end() + 12]) and _ORDINAL.search(text[max(0, m.start() - 30):m.start()]):
            review = None    # "the 23rd conference of the nine provinces ... to review": a meeting of a series
        kind = "other" if review else "talks"
        # ("các tỉnh biên giới Việt Nam - Campuchia": a pair of countries names no side of a meeting of provinces)
        need_both = not _BOTH_SIDES.search(_COUNTRY_PAIR.sub(" ", text))
        joined = _participants(ctx, sent) or between or _members_counted(ctx, sent, m.end())
    elif kind == "talks":
        # "the 2023 Spring Meeting between the secretaries of … 4 provinces: A, B, C, D (Vietnam) and … E (China)":
        # the list read to its end, past the window around the cue
        joined = ctx.units_between(sent, m.end())
    else:
        joined = []
    if joined:
        parties, implied = tuple(joined), frozenset()
    else:
        parties, implied = _parties(ctx, sent, person_units, kind, m.start(), m.end())
    if not parties or need_both and implied:
        return None
    if kind == "other" and len(implied) == 1 and not re.search(r"giữa\s+(?:hai|2)\s+tỉnh|between the two provinces", text):
        vn_side = "VN" in implied
        if not any((ctx.gaz.country_of(mm.unit) == "VN") == vn_side for mm in sent.mentions):
            return None    # "Nghệ An bàn giao nhà cho hộ nghèo": one side's own ceremony, the other side not named
    if kind == "other" and _witness_party(ctx, sent, m.end(), parties):
        return None    # "Lễ bàn giao … có sự chứng kiến của Tổng Lãnh sự quán …": a witness is no side of the ceremony
    start = end = None
    dm = _date_near(sent, m.start())
    if dm and year and dm.date.year is None and dm.date.month and not (pub and pub.year and year > pub.year) \
            and not reviewed:
        # "Ngày 22/2, … Chương trình Gặp gỡ đầu xuân năm 2023": the year the occasion's name gives is the day's
        start = PartialDate(year, dm.date.month, dm.date.day)
        end = PartialDate(year, dm.end.month, dm.end.day) if dm.end and dm.end.year is None else ctx.settle(dm.end)
    elif dm and dm.end and kind == "talks" and cue != "conference":
        pass    # talks on a trip of several days ("on March 30-31 visited … at a working session"): which day is not said
    elif dm:
        start = ctx.settle(dm.date)
        end = ctx.settle(dm.end) if dm.end else None
    elif ctx.today_in(sent):
        start = ctx.article.published
    elif stop := _stop_of_the_lead(ctx, sent):
        start = stop
    elif DURING_TRIP.match(text):
        start = ctx.trip_month(sent)
    elif opening := _opening_year(ctx, sent, m.start()):
        start = opening    # "In 2015, the two provinces held talks": a past year's event
    if start and start.day and _reported_before(sent, m.start()):
        start = None    # done before the day of the report: which day is not said
    if kind == "talks" and _welcomed_at_gate(text, m.start()):
        kind, start = "reception", start or occasion_date(ctx)
    place = next((mm.unit for mm in sent.mentions if mm.start in sent.venues), None)
    named = frozenset(p for p in parties if ("VN" if ctx.gaz.country_of(p) == "VN" else "foreign") not in implied)
    # a delegation received by a province is met: the annotators' convention (and the graph's) calls it talks; a
    # national leader's or an ambassador's reception, and a welcome at the airport or border gate, stay receptions
    if kind == "reception" and not (_WELCOME_AT.search(text) or any(ctx.gaz.unit(p).is_country for p in parties)):
        kind = "visit" if greeting else "talks"     # a greeting visit, else the delegation was met
    return _Found(Event(kind=kind, parties=parties, evidence=Evidence(sent.index, text),
                        start=start, end=end, place=place), implied, named, cue,
                  bare=cue == "conference" and bool(re.match(r"\s*(?:[.;]|$)", text[m.end():])), back=bool(at_the_event))


# a delegation came to offer wishes for a holiday: "đã đến chúc mừng cán bộ … nhân dịp Tết cổ truyền Bunpimay", "sang
# chúc mừng lãnh đạo tỉnh X nhân dịp năm mới" (a greeting visit, though the wish is not "chúc Tết")
_GREETING_CALL = re.compile(r"\b(?:sang|đến|tới) (?:thăm,? )?chúc mừng\b[^.;]{0,120}?\bnhân dịp (?:đón )?(?:Tết|năm mới|Bun ?Pi ?May)",
                            re.IGNORECASE)


def _greeting_calls(ctx: Context, person_units: dict[str, str], planned: set[int], greeting: bool) -> list[_Found]:
    """Greeting visits told as wishes brought for a holiday, in sentences with no other cue of a visit."""
    out = []
    for sent in ctx.sentences:
        m = _GREETING_CALL.search(sent.text)
        if m and not _KIND_RX["visit"].search(sent.text):
            got = _event_at(ctx, sent, person_units, "visit", m, sent.index in planned, greeting)
            out += [got] if got else _greeting_to_office(ctx, sent, m, planned)
    return out


def _greeting_to_office(ctx: Context, sent: SentenceInfo, m: re.Match, planned: set[int]) -> list[_Found]:
    """Wishes brought to a state's office ("đến chúc mừng cán bộ Tổng Lãnh sự quán Lào tại …"): the province that
    came and that state."""
    states = sorted({c for pos, c in national_bodies(sent.text) if m.start() < pos < m.end() and c != "VN"})
    vn = sorted({mm.unit for mm in sent.mentions if ctx.gaz.is_subnational(mm.unit) and ctx.gaz.country_of(mm.unit) == "VN"})
    if len(states) != 1 or not vn or sent.index in planned or _planned(sent.text, m.start(), m.end()):
        return []
    dm = _date_near(sent, m.start())
    parties = tuple(sorted({*vn, *states}))
    return [_Found(Event(kind="visit", parties=parties, evidence=Evidence(sent.index, sent.text),
                         start=ctx.settle(dm.date) if dm else None), named=frozenset(parties), cue="visit")]


# a meeting that is the welcome of a delegation at a border gate or airport: "Đón tiếp và hội kiến với Đoàn tại Cửa khẩu
# Hữu Nghị có …", "đón và gặp gỡ đoàn tại sân bay" (a reception, on the day the trip began)
_WELCOMED_AND = re.compile(r"\b(?:[Đđ]ón tiếp|[Đđ]ón|[Cc]hào đón)\s+và\s+$")


def _welcomed_at_gate(text: str, cue_start: int) -> bool:
    """The meeting cue follows a welcome ('Đón tiếp và hội kiến') in a sentence naming a border gate or airport."""
    return bool(_WELCOMED_AND.search(text, max(0, cue_start - 20), cue_start)) and bool(_WELCOME_AT.search(text))


# the day a paper reported something just done: "Báo chí Lào số ra ngày 3/8 đưa tin tỉnh A vừa bàn giao …"
_REPORT_DAY_BEFORE = re.compile(r"\bsố ra\s+(?:ngày\s+)?$")
_REPORT_DAY_AFTER = re.compile(r"^\s*,?\s*(?:đưa tin|cho biết|thông tin)\b")
_JUST_DONE = re.compile(r"\b(?:vừa|mới)(?:\s+mới)?\s*$")


def _reported_before(sent: SentenceInfo, cue_start: int) -> bool:
    """The cue tells of a thing just done ('vừa bàn giao') after the day of a report ('số ra ngày 3/8 đưa tin')."""
    text = sent.text
    return any(d.stop <= cue_start and (_REPORT_DAY_BEFORE.search(text, max(0, d.start - 15), d.start)
                                        or _REPORT_DAY_AFTER.match(text[d.stop:]))
               for d in sent.dates if d.date.day) and bool(_JUST_DONE.search(text[max(0, cue_start - 12):cue_start]))


# money handed over in person: "đã trao cho Bộ trưởng An ninh Lào số tiền hỗ trợ 50.000 USD", "trao số tiền ủng hộ
# 370 triệu Kip" (a hand-over between the giver and the receiver of the sum)
_MONEY_HANDED = re.compile(r"\btrao\s+(?:tặng\s+)?(?:cho\s+[^,.;]{0,80}?\s+)?(?:số\s+)?tiền\b|\bbàn giao\s+(?:số\s+)?tiền\b",
                           re.IGNORECASE)


def money_handovers(ctx: Context, commitments: list[Commitment], events: list[Event]) -> list[Event]:
    """Hand-overs of money told by the verb of giving ('trao số tiền …') where no ceremony between the giver and the
    receiver is told already (one per pair and day)."""
    out: list[Event] = []
    for c in commitments:
        sent = ctx.sentences[c.evidence.index]
        m = _MONEY_HANDED.search(sent.text)
        if not c.receiver or not m or _planned(sent.text, m.start(), m.end()):
            continue
        parties = tuple(sorted({c.giver, c.receiver}))
        dm = _date_near(sent, m.start())
        start = ctx.settle(dm.date) if dm else None
        if any(e.kind == "other" and e.parties == parties and (e.start == start or e.start is None or start is None)
               for e in events + out):
            continue
        out.append(Event(kind="other", parties=parties, evidence=Evidence(sent.index, sent.text), start=start))
    return out


# a gift handed to the Vietnamese who live abroad, not to the province where they live: "bàn giao trường học … cho Hội
# người Việt Nam tỉnh Champasak", "trao quà cho bà con cộng đồng người Việt tại …"
_TO_OVERSEAS_VIETNAMESE = re.compile(r"[^.;]{0,80}?\bcho\s+(?:bà con\s+)?(?:[Hh]ội|[Cc]ộng đồng|kiều bào)\s+(?:người\s+)?Việt"
                                     r"|[^.;]{0,80}?\bcho\s+kiều bào\b")


def _overseas_gift_lead(ctx: Context) -> bool:
    """The lead tells of a hand-over to the Vietnamese living abroad (what "Tại lễ bàn giao" then refers to)."""
    return any(m and _TO_OVERSEAS_VIETNAMESE.match(s.text, m.end())
               for s in ctx.sentences[:3] for m in [_KIND_RX["other"].search(s.text)])


# those who witness a ceremony: "có sự chứng kiến của …", "dưới sự chứng kiến của …", "witnessed by …"
_WITNESSED_BY = re.compile(r"(?:có|với|dưới)\s+sự\s+chứng kiến\s+của|\bwitnessed by\b", re.IGNORECASE)


def _witness_party(ctx: Context, sent: SentenceInfo, cue_end: int, parties: tuple[str, ...]) -> bool:
    """A party of a ceremony that the sentence names only among its witnesses, after the cue."""
    w = _WITNESSED_BY.search(sent.text, cue_end)
    if not w:
        return False
    bodies = national_bodies(sent.text)
    before = {mm.unit for mm in sent.mentions if mm.start < w.start()} | {c for pos, c in bodies if pos < w.start()}
    after = {mm.unit for mm in sent.mentions if mm.start > w.start()} | {c for pos, c in bodies if pos > w.start()}
    return any(p in after and p not in before for p in parties)


# the plan a meeting sets for a year: "phương hướng hợp tác năm 2024", "kế hoạch năm 2024", "agenda for 2024"
_PLAN_YEAR = re.compile(r"(?:phương hướng|kế hoạch|nhiệm vụ)[^.;]{0,40}?\bnăm\s+((?:19|20)\d{2})\b|"
                        r"\b(?:agenda|plans?|tasks?|directions?)\s+for\s+((?:19|20)\d{2})\b", re.IGNORECASE)


def _year_of_the_plan(ctx: Context, events: list[Event]) -> None:
    """A day without a year in the first half of a year, in a page with no date of its own: the year whose plan the
    meeting sets ("Sáng 25-3, … ký báo cáo sơ kết … và phương hướng hợp tác năm 2024" -> 2024), if one."""
    if ctx.article.published or ctx.text_year:
        return
    years = {int(m.group(1) or m.group(2)) for s in ctx.sentences for m in _PLAN_YEAR.finditer(s.text)}
    if len(years) != 1:
        return
    year = years.pop()
    for e in events:
        if e.start and e.start.year is None and e.start.month and e.start.month <= 6 and not e.end:
            e.start = PartialDate(year, e.start.month, e.start.day)


# an order presented in a state President's name ("thừa ủy quyền Chủ tịch nước CHDCND Lào, … trao Huân chương … cho
# tỉnh X"): a ceremony of that state and of the receiving side, not of the presenter's province
_STATE_AWARD = re.compile(r"\btrao (?:tặng )?(?:các )?(?:huân|huy) chương|\bpresented (?:the |a )?[^.;]{0,40}(?:order|medal)\b",
                          re.IGNORECASE)
# the ceremony named in the sentence before, whose day an undated award sentence takes ("ngày 2-8 … diễn ra lễ trao …")
_CEREMONY_BEFORE = re.compile(r"\blễ\b|\bceremony\b", re.IGNORECASE)


def _state_awards(ctx: Context) -> list[Event]:
    """Award ceremonies where an order is given in a state President's name: the state and the receiving units (one
    per set of parties)."""
    out: list[Event] = []
    for sent in ctx.sentences:
        m = _STATE_AWARD.search(sent.text)
        state = award_state(sent.text) if m else None
        if not m or not state or _planned(sent.text, m.start(), m.end()):
            continue
        units = [mm.unit for mm in sent.mentions if ctx.gaz.is_subnational(mm.unit) and ctx.gaz.country_of(mm.unit) != state
                 and not in_institution_name(sent.text, mm.start, mm.end)]
        after = sorted({mm.unit for mm in sent.mentions if mm.start > m.end() and mm.unit in units})
        receivers = after or sorted(set(units))
        if not receivers:
            continue
        dm = _date_near(sent, m.start())
        start = ctx.settle(dm.date) if dm else ctx.article.published if ctx.today_in(sent) else None
        prev = ctx.sentences[sent.index - 1] if sent.index > 0 else None
        if start is None and prev and _CEREMONY_BEFORE.search(prev.text) and (before := _date_near(prev, len(prev.text))):
            start = ctx.settle(before.date)
        place = next((mm.unit for mm in sent.mentions if mm.start in sent.venues), None)
        parties = tuple(sorted({state, *receivers}))
        same = next((e for e in out if e.parties == parties), None)
        if same:
            same.start, same.place = same.start or start, same.place or place
            continue
        out.append(Event(kind="other", parties=parties, evidence=Evidence(sent.index, sent.text), start=start, place=place))
    return out


# "… took place in December 1971", "… diễn ra vào năm 1971": when a meeting named before was held
_TOOK_PLACE = re.compile(r"\b(?:took place|was held|were held|happened|diễn ra|được tổ chức)\b", re.IGNORECASE)


def _long_ago(ctx: Context, sent: SentenceInfo, cue_end: int) -> bool:
    """The clause after the cue says the meeting took place in a year ten years or more before the article's."""
    now = ctx.when.year if ctx.when else None
    stop = re.search(r"[.;]", sent.text[cue_end:])
    hi = cue_end + (stop.start() if stop else len(sent.text) - cue_end)
    took = _TOOK_PLACE.search(sent.text, cue_end, hi)
    if not now or not took:
        return False
    years = [d.date.year for d in sent.dates if took.end() <= d.start < hi and d.date.year]
    years += [y for a, _, y in find_years(sent.text) if took.end() <= a < hi]
    return bool(years) and min(years) <= now - 10


# "việc tỉnh A giúp xây dựng và bàn giao …" (the fact that A built and handed over …): a deed named as a noun
_THE_FACT_THAT = re.compile(r"\bviệc\s+[^,.;]{0,50}$")


# a company's ceremony ("Công ty cổ phần … đã khởi công dự án", "the company inaugurated its plant"): no provinces'
_COMPANY = re.compile(r"\b(?:[Cc]ông ty|[Tt]ập đoàn|[Dd]oanh nghiệp|[Cc]ompany|[Cc]orporation|JSC|[Gg]roup|[Ff]irm)\b")
_GROUNDBREAKING = re.compile(r"khởi công|khánh thành|groundbreaking|broke ground|inaugurat", re.IGNORECASE)


def _company_ceremony(ctx: Context, sent: SentenceInfo, m: re.Match) -> bool:
    """The ceremony is a company's: a company acts before the cue, or, for a ceremony the sentence refers back to
    ('Tham dự lễ khởi công'), before the same kind of ceremony in the lead."""
    if not _GROUNDBREAKING.search(m.group()):
        return False
    if _COMPANY.search(sent.text, max(0, m.start() - 150), m.start()):
        return True
    if not _AT_THE_EVENT.search(sent.text[max(0, m.start() - 25):m.start()]):
        return False
    for lead in ctx.sentences[:3]:
        g = _GROUNDBREAKING.search(lead.text)
        if g and _COMPANY.search(lead.text, max(0, g.start() - 150), g.start()):
            return True
    return False


_NEW_YEAR = re.compile(r"chúc Tết|chúc mừng năm mới|năm mới|Tết|New Year|Bun ?Pi ?May|Bunpimay", re.IGNORECASE)
_RECEIVED = re.compile(r"(?-i:\b(?:tiếp|đón|chào đón|đón tiếp)\s+(?:thân mật\s+|trọng thị\s+)?(?:[A-ZĐ]|đoàn\b|đồng chí\b|ngài\b))|"
                       r"buổi tiếp\b(?! (?:tục|theo|nhận|xúc|cận|thu))|\b(?:received|receiving|welcomed|hosted)\b|"
                       # "briefed his guests on …": the province hosted them
                       r"\b(?:his|her|their) guests?\b",
                       re.IGNORECASE)
_AWARD = re.compile(r"[^.;]{0,60}?\b(?:Order|Medal|Award|Prize|Certificate|Insignia|Flag|Badge|Huân chương|Huy chương|Bằng khen)\b")
_WELCOME_AT = re.compile(r"\bairport\b|sân bay|border gate|cửa khẩu", re.IGNORECASE)

# "The event saw the participation of representatives from A, B (Vietnam); C, D (Thailand) and E (Laos)"
_PARTICIPATION = re.compile(r"participation of|\battended by\b|\battendees\b|participants (?:included|were|from)|"
                            r"\bbr(?:ought|ings|ing) together\b|\bgathered\b|quy tụ|"
                            r"sự (?:tham gia|tham dự|góp mặt) của|(?:tham )?dự (?:hội nghị|sự kiện|buổi lễ|lễ ký kết)?\s*có|"
                            r"representatives (?:of|from)",
                            re.IGNORECASE)
_ORDINAL = re.compile(r"\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|annual)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _participants(ctx: Context, sent: SentenceInfo) -> list[str]:
    """The units a conference gathers, when the sentence or the next two list its participants from two or more
    countries (the conference sentence itself may name only the countries: 'the nine provinces of Vietnam, Laos and
    Thailand'); the venue is a party when the list names it."""
    for other in ctx.sentences[sent.index:sent.index + 3]:
        cue = _PARTICIPATION.search(other.text)
        if not cue or _planned(other.text, cue.start(), cue.end()):
            continue    # ("Hội nghị dự kiến sẽ có sự tham dự của …": who is to come, to another meeting)
        units = sorted({m.unit for m in other.mentions if m.end > cue.start() and ctx.gaz.is_subnational(m.unit)
                        and not m.district and not in_institution_name(other.text, m.start, m.end)})
        if len({ctx.gaz.country_of(u) for u in units}) >= 2:
            named = {m.unit for m in sent.parties() if ctx.gaz.is_subnational(m.unit)}
            return sorted(set(units) | named)
    return []


# a conference named with its members counted and listed: "the Conference on the economic corridor of 5 provinces
# (A, B, C, D and E)", "Hội nghị … của 4 tỉnh: A, B, C và D"
_COUNTED_MEMBERS = re.compile(r"[^.;()]{0,60}?\b(?:of|among|giữa|của)\s+(?:the\s+|các\s+)?(?:0?[3-9]|1\d|three|four|five|six|"
                              r"seven|eight|nine|ten|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?:[\w-]+\s+){0,2}?"
                              r"(?:provinces|localities|tỉnh|địa phương)(?:\s+[\w-]+){0,3}?\s*(?:\(([^()]{5,200})\)|:\s*([^.;]{5,200}))",
                              re.IGNORECASE)


def _members_counted(ctx: Context, sent: SentenceInfo, cue_end: int) -> list[str]:
    """The units a conference counts and lists right after its name, when they are of two countries or more."""
    m = _COUNTED_MEMBERS.match(sent.text, cue_end)
    if not m:
        return []
    lo, hi = m.start(1) if m.group(1) else m.start(2), m.end(1) if m.group(1) else m.end(2)
    units = sorted({mm.unit for mm in sent.mentions if lo <= mm.start and mm.end <= hi and ctx.gaz.is_subnational(mm.unit)
                    and not mm.district and not in_institution_name(sent.text, mm.start, mm.end)})
    return units if len(units) >= 3 and len({ctx.gaz.country_of(u) for u in units}) >= 2 else []


_VISIT = re.compile(r"(?:sang|đến) thăm(?: và làm việc)?|thăm và làm việc|(?:paid|made) an? (?:[\w-]+ ){0,3}?visit|"
                    r"\bvisited\b|\bworking visit\b", re.IGNORECASE)


_WORKING_SESSION = re.compile(r"\bworking session\b|buổi làm việc|phiên làm việc|\bhội đàm\b|\btalks\b", re.IGNORECASE)


def _trip_visits(ctx: Context, person_units: dict[str, str], meetings: list[Event]) -> list[Event]:
    """A trip is a visit to the places where it describes no meeting: a working visit that frames talks is no
    event of its own, but a trip "to Salavan and Champasak" with talks in Salavan only is a visit to Champasak."""
    out = []
    met = {p for m in meetings if m.kind in ("talks", "visit", "reception", "signing", _FRAME) for p in m.parties}
    # "An overview of the working session": the working visit frames a meeting whose sides no sentence names
    session = not met and any(m and not _planned(s.text, m.start(), m.end())
                              for s in ctx.sentences for m in [_WORKING_SESSION.search(s.text)])
    for e in _plain_visits(ctx, person_units):
        if not met:
            out.append(Event(kind="talks", parties=e.parties, evidence=e.evidence, start=e.start, end=e.end,
                             place=e.place) if session else e)
            continue
        vn = [p for p in e.parties if ctx.gaz.country_of(p) == "VN"]
        rest = [p for p in e.parties if ctx.gaz.country_of(p) != "VN" and p not in met]
        if vn and rest and len(rest) < len(e.parties) - len(vn):
            # the date in the sentence is that of the meeting held on the trip, not of the other stops
            out.append(Event(kind="visit", parties=tuple(sorted(vn + rest)), evidence=e.evidence))
    return out


def _plain_visits(ctx: Context, person_units: dict[str, str]) -> list[Event]:
    """The trip the lead tells of (sang thăm, thăm và làm việc, paid a visit), if any."""
    out = []
    for sent in ctx.sentences[:4]:
        m = _VISIT.search(sent.text)
        if not m or _NOT_EVENT.search(sent.text[max(0, m.start() - 40):m.end() + 40]) or \
                _planned(sent.text, m.start(), m.end()):
            continue
        parties, _ = _parties(ctx, sent, person_units, "visit", m.start(), m.end())
        if not parties:
            continue
        dm = _date_near(sent, m.start())
        start = ctx.settle(dm.date) if dm else _opening_year(ctx, sent, m.start())
        end = ctx.settle(dm.end) if dm and dm.end else None
        place = next((mm.unit for mm in sent.mentions if mm.start in sent.venues), None)
        out.append(Event(kind="visit", parties=parties, evidence=Evidence(sent.index, sent.text),
                         start=start, end=end, place=place))
        break
    return out


# "September 19, 2024_ Delegations ... met on September 17": the first date is the dateline, not the meeting's
_DATELINE_DATE = re.compile(r"^[\s,]*(?:(?:19|20)\d{2})?\W{0,3}[_–—-]")
# a date right after a signing verb is the document's ("ký ngày 22/12/2017"), not the meeting's
# "…, Lao media reported on August 3": the day of the report, not of the event
_REPORTED_ON = re.compile(r"\b(?:reported|said|announced|đưa tin|cho biết)\s+(?:on\s+|vào\s+|ngày\s+)*$", re.IGNORECASE)
_SIGNED_ON = re.compile(r"(?:\bký(?: kết)?|\bsigned)\s+(?:vào\s+|on\s+)?(?:ngày\s+)?$", re.IGNORECASE)
# a festival's own days in brackets: "Bunpimay (14-16 April)", "Tết (January 28-30)": not the day of the visit
_FESTIVAL_DAYS = re.compile(r"(?:(?i:Bun ?Pi ?May|Pi Mai)|New Year|T[eế]t|[Ff]estival|Chol Chnam Thmay)\s*\(\s*(?:\d{1,2}\s*[-–]\s*)?$")


# a paragraph opening with one stop of a trip the lead told with its day: "In Ca Mau, Chairman … sent greetings"
_IN_PLACE = re.compile(r"(?:In|At|Visiting)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?:\s+(?:city|province))?\s*,")


def _stop_of_the_lead(ctx: Context, sent: SentenceInfo) -> PartialDate | None:
    """The day the lead gives to a trip whose stops it lists, for a sentence that opens with one of those stops."""
    m = _IN_PLACE.match(sent.text)
    if not m or sent.index < 2:
        return None
    here = {mm.unit for mm in sent.mentions if mm.start < m.end()}
    for lead in ctx.sentences[:4]:
        if lead.index >= sent.index:
            break
        units = {mm.unit for mm in lead.mentions}
        days = [d for d in lead.dates if d.date.day is not None]
        if here and here <= units and len(units) >= 3 and len(days) == 1:
            return ctx.settle(days[0].date)
    return None


def _date_near(sent: SentenceInfo, pos: int):
    """The date of the clause that names the event (the one before it, else the first), a dateline aside."""
    # (a month told relative to the article's date, "earlier this month", names the occasion's time as a day would)
    days = [d for d in sent.dates if (d.date.day is not None or is_this_month(sent.text, d))
            and not _FESTIVAL_DAYS.search(sent.text, max(0, d.start - 40), d.start)]
    if days and days[0].start <= 2 and _DATELINE_DATE.match(sent.text[days[0].stop:]) and len(days) > 1:
        days = days[1:]
    text = sent.text
    days = [d for d in days if not _SIGNED_ON.search(text[max(0, d.start - 20):d.start])
            and not _REPORTED_ON.search(text[max(0, d.start - 30):d.start])]
    before = [d for d in days if d.start <= pos]
    if before:
        return before[-1]
    return days[0] if days else None


# ("Kết thúc Hội nghị, …", "At the end of the talks, …": the event told before)
_AT_THE_EVENT = re.compile(r"(?:[Kk]ết thúc|[Bb]ế mạc|[Aa]t the end of|[Cc]oncluding|"
                           r"[Tt]ại|[Tt]rong|[Pp]hát biểu tại|[Aa]t|[Dd]uring|[Tt]ham dự|[Tt]ham gia|\b[Dd]ự|[Cc]hủ trì|[Aa]ttend(?:ed|ing)?|"
                           r"(?:[Cc]o-)?[Cc]hair(?:ed|ing))\s+(?:the\s+)?(?:cuộc\s+|buổi\s+|lễ\s+)?$")
# "…(Photo: VNA)Bangkok (VNA) – …": a news agency's dateline wherever a caption left it
_AGENCY_AFTER = re.compile(r"^\s*\((?:VNA|KPL|TTXVN|VNS|Xinhua|AFP|Reuters|ANI|VOV)(?:/[A-Za-z]+)?\)\s*[-–—]\s")
_DATELINE_PLACE = re.compile(r"^\s*(?:\([A-Za-z+.]{2,12}\)\s*)?[-–—]\s")


def _is_dateline(text: str, m) -> bool:
    """'Vientiane (VNA) –': where the news was filed, not where the event took place."""
    return bool(_DATELINE_PLACE.match(text[m.end:])) and (m.start <= 2 or text[m.start:m.end].isupper() and m.start < 40
                                                          or bool(_AGENCY_AFTER.match(text[m.end:])))


def _parties(ctx: Context, sent: SentenceInfo, person_units: dict[str, str], kind: str,
             cue_start: int, cue_end: int) -> tuple[tuple[str, ...], frozenset[str]]:
    """The parties of an event, and the sides ("VN", "foreign") that the article rather than the sentence gave."""
    main = tuple(sorted({ctx.main_vn, *ctx.main_foreign_units()})) if ctx.main_vn and ctx.main_foreign \
        and not ctx.district_level else ()
    both = frozenset({"VN", "foreign"})
    # "Tại hội đàm, ...": a reference back to the article's own event
    if _AT_THE_EVENT.search(sent.text[max(0, cue_start - 25):cue_start]) and not re.match(
            r"\s*(?:với|giữa|with|between)\b", sent.text[cue_end:]) and not _co_chairs_named(ctx, sent, cue_start):
        return main, both
    near = ctx.clause_parties(sent, cue_start, cue_end)
    if not near or kind == "talks" and not any(ctx.gaz.is_subnational(m.unit) for m in near):
        near = sent.parties()    # only a country near the cue of a meeting ("(Laos)"): the units are further off
    if (sent.homes or ctx.district_level) and not any(ctx.gaz.is_subnational(m.unit) for m in near):
        return (), frozenset()    # districts meeting ("Kon Tum's Dak Glei district and … districts of Attapeu")
    units = [m.unit for m in near if ctx.gaz.is_subnational(m.unit) and not in_institution_name(sent.text, m.start, m.end)]
    if not units and any(in_institution_name(sent.text, m.start, m.end) for m in near):
        return (), frozenset()    # institutions meeting ("Đại học Y Dược Thái Bình"), not the provinces
    leaders = {u for _, _, name in sent.people for u in [person_units.get(name)] if u and not ctx.gaz.is_subnational(u)}
    # "Thủ tướng Lào tiếp Đoàn đại biểu tỉnh Phú Thọ": a head of state or government named by the title alone
    # (not one in whose name a ceremony is held: "Thừa ủy quyền của Thủ tướng Chính phủ Lào, ông X đã trao …")
    if kind in ("reception", "talks"):
        leaders |= {t.country for t in sent.titles or [] if t.code in _HEADS and t.country}
        leaders |= {country for _, country in leaders_named_by_country(sent.text)}
    if kind in ("reception", "talks"):
        guests = _national_guests(ctx, sent, person_units, cue_end)
        if guests == ["VN"] and any(ctx.gaz.country_of(u) != "VN" for u in units):
            guests = []    # "làm việc với Đại sứ quán Việt Nam tại Seoul và tỉnh Kangwon": the foreign province is met
        if guests:
            # "Hosting a reception for Cambodian Consul General Sok Dareth, Binh …", "làm việc với Đại sứ quán Việt Nam
            # tại Lào": the state of the officer or office met is the other side; provinces named further on are what
            # they talked about, and the seat of the office is none
            vn = sorted({u for u in units if ctx.gaz.country_of(u) == "VN"}) or ([ctx.main_vn] if ctx.main_vn else [])
            return (tuple(sorted(set(vn) | set(guests))), frozenset()) if vn else ((), frozenset())
    office = _office_visited(sent.text) if kind == "visit" else None
    if office:
        # "visited the Consulate General of Laos in Da Nang": the state whose office it is hosts, its seat is no party
        vn = sorted({m.unit for m in sent.parties() if m.start < cue_start and ctx.gaz.is_subnational(m.unit)
                     and ctx.gaz.country_of(m.unit) == "VN"}) or ([ctx.main_vn] if ctx.main_vn else [])
        return (tuple(sorted(set(vn) | {office})), frozenset()) if vn else ((), frozenset())
    if kind in ("visit", "reception", "other"):
        # the place visited (or where a ceremony is held) is a party to it; not where a national leader of its
        # country receives (the Prime Minister received the governor in Hà Nội)
        named = {ctx.gaz.country_of(u) for u in units} if kind == "other" else set()
        # (not a ceremony's venue where a unit of its country is already a party: "Oudomxay handed over … in Luang
        # Prabang"; a trip "tại tỉnh Salavane và Champasak" visits both)
        units += [m.unit for m in sent.mentions if m.start in sent.venues and m.start not in sent.asides
                  and ctx.gaz.is_subnational(m.unit)
                  and not _is_dateline(sent.text, m) and ctx.gaz.country_of(m.unit) not in named
                  and not (kind == "reception" and ctx.gaz.country_of(m.unit) in leaders)]
    if kind == "reception":
        # "received the Governor of Nara in Tokyo": where a guest of that country is received is no party of its own
        guests = {m.unit for m in near if m.start not in sent.venues}
        units = [u for u in units if u in guests or not any(ctx.gaz.country_of(g) == ctx.gaz.country_of(u)
                                                            and ctx.gaz.is_subnational(g) for g in guests)]
    vn = sorted({u for u in units if ctx.gaz.country_of(u) == "VN"})
    foreign = sorted({u for u in units if ctx.gaz.country_of(u) != "VN"})
    if kind == "other":
        # a ceremony of states ("hand-over by the Lao and Vietnamese governments", "quà tặng của Nhà nước Việt
        # Nam"): the state is a party when no unit of its country is, or when it is the one acting (named before)
        for pos, country in national_bodies(sent.text):
            side = vn if country == "VN" else foreign
            if pos < cue_start and any(pos < a < cue_start for a, _, _ in sent.people):
                continue   # "Thừa ủy quyền của Chính phủ Lào, ông X đã trao ...": the person acts, not the state
            if _MEDAL_OF.search(sent.text, max(0, pos - 60), pos):
                continue   # "Huân chương Độc lập của Đảng, Nhà nước Lào": the state whose order it is, not one acting
            if country not in side and (not side or pos < cue_start):
                side.append(country)
    if not vn and not foreign and kind in ("visit", "talks", "reception"):
        # "paid courtesy calls to General Secretary … Thongloun Sisoulith, Prime Minister …": the state of the national
        # leaders called on (named after the cue) is the other side; ours is the article's
        foreign = sorted({u for start, _, name in sent.people if start > cue_start for u in [person_units.get(name)]
                          if u and u != "VN" and ctx.gaz.unit(u).is_country})
    if vn or foreign:
        # a side the clause does not name: a national leader present for it, else the article's own side
        implied = set()
        if not vn:
            named = ctx.main_vn and ctx.unit_counts.get(ctx.main_vn)
            # a ceremony needs a side the article names: a paper's own province is no party to a state's gift
            vn = ["VN"] if "VN" in leaders else ([ctx.main_vn] if ctx.main_vn and (named or kind != "other") else [])
            if not vn and not ctx.main_vn and kind in ("talks", "reception") and "VN" in person_units.values():
                vn = ["VN"]    # an article of a national leader's trip, no province of ours named: the state met
            if "VN" not in leaders:
                implied.add("VN")    # (a national leader in the sentence names the side)
        if not foreign:
            two = TWO_SIDES.search(sent.text) and ctx.main_foreign    # "both sides": the article's own two
            # (a meeting with a state's delegation is the state's; its visit may bring provinces along)
            foreign = sorted(c for c in leaders if c != "VN") or \
                (_national_delegation(ctx) if kind in ("talks", "reception") else []) \
                or ([ctx.main_foreign] if two else ctx.main_foreign_units())
            if not any(c != "VN" for c in leaders):
                implied.add("foreign")
        if vn and foreign:
            return tuple(sorted(set(vn) | set(foreign))), frozenset(implied)
        return (), frozenset()
    # national leaders meeting: the parties are their countries
    countries = sorted({u for _, _, name in sent.people for u in [person_units.get(name)]
                        if u and not ctx.gaz.is_subnational(u)})
    if len(countries) >= 2 and kind == "talks":
        return tuple(countries), frozenset()
    # "Tại tỉnh Attapeu, hai bên đã hội đàm": on a trip of several stops, the two sides are the guests and that host
    venue = ctx.foreign_venue(sent)
    if main and venue and TWO_SIDES.search(sent.text) and ctx.main_vn:
        return tuple(sorted({ctx.main_vn, venue})), both
    # no place named: the event of the article's own sides
    # ("provincial leaders held talks with their counterparts": the other side is the article's own)
    counted = _counted_units(ctx, sent)
    if main and counted and ctx.main_vn:
        return tuple(sorted({ctx.main_vn, *counted})), both    # "… from the three Lao localities": those it listed
    if main and re.search(r"hai (?:tỉnh|bên|địa phương)|both sides|the two (?:sides|provinces|localities)|buổi|cuộc|tại|"
                          r"\btheir (?:[\w-]+ )?counterparts\b", sent.text, re.IGNORECASE):
        return main, both
    return (), frozenset()


# a foreign state's office as what is visited: "visited the Lao Embassy", "visited the Consulate General of Laos"
_OFFICE_AFTER_VISIT = re.compile(r"\b(?:visit(?:ed|s|ing)?|went to|came to)\s+(?:the\s+)?(?:[A-Z][\w'’]*\s+){0,2}?(?:Embassy|Consulate(?: General)?)"
                                 r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’]*)?")


def _office_visited(text: str) -> str | None:
    """The foreign state whose embassy or consulate a sentence says was visited, if exactly one."""
    m = _OFFICE_AFTER_VISIT.search(text)
    if not m:
        return None
    codes = {c for pos, c in national_bodies(text) if m.start() <= pos <= m.end()} - {"VN"}
    return codes.pop() if len(codes) == 1 else None


# "the three Lao localities", "the two Cambodian provinces": units of a country the article counted
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_COUNTED = re.compile(r"\bthe (two|three|four|five|six) (Lao|Cambodian|Chinese|Thai|Korean|Japanese) "
                      r"(?:provinces|localities)\b")


def _counted_units(ctx: Context, sent: SentenceInfo) -> list[str]:
    """The units 'the three Lao localities' refers to: the one list of that many units of that country the article
    gives in a sentence of its own ('three Lao provinces of Houaphan, Xiangkhouang and Bolikhamxay')."""
    m = _COUNTED.search(sent.text)
    if not m:
        return []
    n = _NUMBERS[m.group(1)]
    country = next(c for c, rx in _ADJECTIVES.items() if re.fullmatch(rx, m.group(2)))
    lists = {tuple(sorted({mm.unit for mm in s.mentions if ctx.gaz.is_subnational(mm.unit)
                           and ctx.gaz.country_of(mm.unit) == country})) for s in ctx.sentences}
    lists = {units for units in lists if len(units) == n}
    return list(lists.pop()) if len(lists) == 1 else []


_HEADS = ("prime-minister", "president", "general-secretary")
_ADJECTIVES = {"LA": "Lao", "KH": "Cambodian", "CN": "Chinese", "TH": "Thai", "KR": "Korean|South Korean", "JP": "Japanese"}
# the visitors the lead names are a state's: "A Lao delegation led by Vice President …", "A delegation of the Lao
# National Assembly (NA) led by its Vice President …" (not "The Cambodian delegation": one named before)
_NATIONAL_DELEGATION = re.compile(
    r"\bA\s+(?:high-ranking\s+|high-level\s+)?(?P<adj>" + "|".join(_ADJECTIVES.values()) + r")\s+"
    r"(?:(?:Party|State|Government|National Assembly|NA|parliamentary|military|army)\s+)?delegation\b"
    r"|\bdelegation of the (?P<of>" + "|".join(_ADJECTIVES.values()) + r")\s+(?:National Assembly|Government|State|"
    # (a party named in full: "of the Lao People's Revolutionary Party (LPRP) Central Committee's … Commission")
    r"Party|People[’']s Army|Ministry|People[’']s Revolutionary Party|Communist Party|People[’']s Party)")


def _national_delegation(ctx: Context) -> list[str]:
    """The state whose delegation the lead says came, when that sentence names no province of it."""
    for sent in ctx.sentences[:4]:
        m = _NATIONAL_DELEGATION.search(sent.text)
        if not m:
            continue
        words = m.group("adj") or m.group("of")
        country = next(c for c, rx in _ADJECTIVES.items() if re.fullmatch(rx, words))
        if any(ctx.gaz.is_subnational(mm.unit) and ctx.gaz.country_of(mm.unit) == country for mm in sent.parties()):
            return []
        return [country]
    return []
# an order or medal named with its state: "Huân chương Độc lập hạng Ba của Đảng, Nhà nước", "Order of … of the"
_MEDAL_OF = re.compile(r"(?:[Hh]uân chương|[Hh]uy chương|\bOrder|\bMedal)\b[^,.;]{0,40}?\s(?:của|of)\s+(?:the\s+)?(?:Đảng,?\s+)?$")
# "A, Bí thư tỉnh X và B, Tỉnh trưởng tỉnh Y cùng chủ trì hội nghị": the co-chairs named before the cue are the sides
# ("đại diện các tỉnh A, B (Việt Nam), C (Lào) đã tham dự hội nghị": the members named as those who attended)
_CO_CHAIR = re.compile(r"(?:cùng|đồng)\s+chủ trì\s+(?:cuộc\s+|buổi\s+)?$|\bco-chaired\s+(?:the\s+)?$|"
                       r"\b(?:đã|cùng|đã cùng)\s+(?:tham dự|dự|tham gia)\s+(?:cuộc\s+|buổi\s+)?$", re.IGNORECASE)


def _co_chairs_named(ctx: Context, sent: SentenceInfo, cue_start: int) -> bool:
    """The clause before a 'cùng chủ trì hội nghị' names provinces of two countries (the co-chairs' own)."""
    if not _CO_CHAIR.search(sent.text, max(0, cue_start - 25), cue_start):
        return False
    units = {m.unit for m in ctx.clause_parties(sent, cue_start, cue_start) if ctx.gaz.is_subnational(m.unit)}
    return len({ctx.gaz.country_of(u) for u in units}) >= 2


def _national_guests(ctx: Context, sent: SentenceInfo, person_units: dict[str, str], cue_end: int) -> list[str]:
    """The states whose officers (ambassador, consul general, minister) or offices (embassy, consulate) a reception or
    meeting names as the ones met, in the cue's own phrase ('reception for Cambodian Consul General … Sok Dareth,',
    'tiếp Đại sứ Lào …,', 'làm việc với Đại sứ quán Việt Nam tại Lào'), when it names no province of theirs; a
    Vietnamese officer counts only as the office met ("làm việc với Đại sứ quán Việt Nam")."""
    stop = re.search(r"[,;.]|\s(?:và|and)\s", sent.text[cue_end:])
    end = cue_end + (stop.start() if stop else len(sent.text) - cue_end)
    if any(cue_end <= m.start < end and ctx.gaz.is_subnational(m.unit) for m in sent.parties()):
        return []
    units = {person_units.get(name) for start, _, name in sent.people if cue_end <= start < end} - {"VN"}
    units |= {country for pos, country in national_bodies(sent.text) if cue_end <= pos < min(end, cue_end + 12)}
    return sorted(u for u in units if u and ctx.gaz.unit(u).is_country)


def _compatible(a: Event, b: Event) -> bool:
    return a.start == b.start or a.start is None or b.start is None


_FRAME = "frame"    # a conference that frames a signing: no event of its own, but what "Tại hội nghị" refers to


def _merge(found: list[_Found]) -> list[Event]:
    """One event per kind and parties; a mention that names only one side joins the event that names both."""
    out: list[_Found] = []
    for f in found:
        e = f.event
        # signings come one per agreement, already merged: an undated one is not a dated one's
        same = next((o for o in out if o.event.kind == e.kind and set(o.event.parties) == set(e.parties)
                     and (_compatible(o.event, e) if e.kind != "signing" else o.event.start == e.start)), None)
        if same is None:
            out.append(f)
            continue
        same.event.start = same.event.start or e.start
        same.event.end = same.event.end or e.end
        same.event.place = same.event.place or e.place
        # the headline left a side to the article, the lead names it: the event names both now, as that sentence says
        if same.implied and not f.implied:
            same.event.evidence = e.evidence
        same.implied = same.implied & f.implied
        same.named = same.named | f.named
    kept: list[_Found] = []
    for f in out:
        e = f.event
        # "A và B đồng chủ trì hội nghị." after the sentence that names the conference (a review, say): that one
        if (f.bare or f.back) and any(o is not f and o.cue == "conference" and set(o.event.parties) == set(e.parties)
                                        and o.event.evidence.index < e.evidence.index and _compatible(o.event, e) for o in out):
            continue
        # "Bàn giao công trình cho tỉnh Sekong" beside "quà tặng của Nhà nước Việt Nam ... tỉnh Sekong": the side
        # the first left to the article is the one the second names
        if f.implied and f.implied != {"VN", "foreign"}:
            fuller = next((o for o in out if o is not f and o.event.kind == e.kind and not o.implied
                           and f.named <= set(o.event.parties) and _compatible(o.event, e)), None)
            if fuller:
                fuller.event.start = fuller.event.start or e.start
                if f.implied == {"foreign"} and e.kind == "visit":
                    # "A Cambodian delegation … paid a visit" told of the provinces the article is about: the
                    # country's delegation came with them (ISO codes: a province's code starts with its country's)
                    states = {p for p in fuller.event.parties if "-" not in p and p != "VN"}
                    provinces = {p for p in e.parties if p.split("-")[0] in states and "-" in p}
                    fuller.event.parties = tuple(sorted(set(fuller.event.parties) | provinces))
                continue
        # "Đây là hội nghị … lớn nhất", "Mục tiêu mà Hội nghị hướng tới …": a conference of many provinces told again,
        # without its day and with some of them, after the sentence that dates it and lists them all
        if f.cue == "conference" and e.start is None and any(
                o is not f and o.cue == "conference" and o.event.kind == e.kind and len(o.event.parties) >= 3
                and o.event.start and set(e.parties) <= set(o.event.parties)
                and o.event.evidence.index < e.evidence.index for o in out):
            continue
        # "At the hand-over ceremony", "Tại hội nghị": the ceremony or conference told elsewhere with its parties
        if f.implied == {"VN", "foreign"} and any((o.event.kind == e.kind or o.cue == f.cue) and not o.implied
                                                 and o is not f for o in out):
            continue
        # "During the conference, the two sides reviewed …": the meeting or ceremony named elsewhere
        if f.cue == "sides" and f.implied and any(o is not f and (o.event.kind in ("talks", "signing", "other", _FRAME)
                                                                  or o.cue == "conference") for o in out):
            continue
        # "Tại buổi tiếp", "Quang cảnh buổi tiếp đoàn tỉnh X", "(right) receives X": a reception that leaves a side to
        # the article is the visit or meeting the article tells
        # (the side it names must be one of that meeting's: "also visited Luang Prabang, where they were received by
        # the Governor" after talks in Oudomxay is a stop of its own)
        if f.implied and f.cue == "reception" and any(o is not f and o.implied != {"VN", "foreign"} and o.cue != "reception"
                                                      and set(o.event.parties) & (f.named or set(e.parties)) for o in out):
            continue
        kept.append(f)
    # one delegation of two provinces greeting a third: the lead names one, a caption the other
    for f in list(kept):
        e = f.event
        if e.kind == "visit" and not f.implied and _names_a_person(e):
            host = next((o for o in kept if o is not f and o.event.kind == "visit" and not o.implied
                         and _compatible(o.event, e) and _foreign(o.event) and _foreign(o.event) == _foreign(e)), None)
            if host:
                host.event.parties = tuple(sorted(set(host.event.parties) | set(e.parties)))
                host.event.start = host.event.start or e.start
                kept.remove(f)
    # "Lãnh đạo các tỉnh A, B thăm và chúc Tết tỉnh C" beside "C tiếp đoàn tỉnh B sang thăm, chúc Tết": one greeting
    # visit of both delegations, the second told of one of them without its day
    for f in list(kept):
        e = f.event
        if e.kind == "visit" and e.start is None and any(
                o is not f and o.event.kind == "visit" and set(e.parties) < set(o.event.parties) for o in kept):
            kept.remove(f)
    return [f.event for f in kept if f.event.kind != _FRAME]


def _names_a_person(e: Event) -> bool:
    """A caption tells who did what ('Phó Chủ tịch … Dương Văn Thắng tặng hoa …'); a related story's headline does not."""
    return bool(re.search(r"\b(?:[A-ZĐ][\wà-ỹ]+\s+){2,}[A-ZĐ][\wà-ỹ]+\s+(?:tặng|trao|presents?|presented|hands?)\b", e.evidence.text))


def _foreign(e: Event) -> set[str]:
    return {p for p in e.parties if not p.startswith("VN")}
