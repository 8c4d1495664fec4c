"""Agreements: documents signed or handed over between units, with period, date, signatories, fields."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..facts import Agreement, Evidence, Official, PartialDate
from .context import DURING_TRIP, Context, SentenceInfo, in_institution_name, list_goes_on
from ..text import EN_MONTHS, fold
from .dates import find_periods, is_this_month, year_before

SIGN = re.compile(
    r"\bký kết\b|(?<![\w])ký(?!\s*(?:túc|hiệu|giả|ức|sự|tên vào sổ))\b|\btrao\s+(?:đổi\s+|cho nhau\s+)?(?=[Tt]hỏa|[Bb]iên|[Bb]ản|[Vv]ăn)"
    r"|(?<!their )(?<!the )(?<!its )(?<!these )\bsigned\b|\bsign(?:s|ing)?\b|\binked\b|"
    # "renewed their memorandum of understanding": signed again
    r"\brenew(?:ed|s)?\b(?=\s+(?:the|their|its|a)\s+(?:[\w-]+\s+){0,3}?(?:agreement|memorand|MoU|minutes|pact|accord))|"
    # "the MoU on cooperation, reached in November 2022": a document reached when a date follows
    r"\breached\b(?=\s+(?:in|on)\s+(?:[A-Z][a-z]+\s+)?(?:\d{1,2},?\s+)?(?:19|20)\d{2}\b)|\b(?:exchanged|handed over|hand over)\b(?=\s+(?:the\s+)?(?:signed\s+)?(?:cooperation\s+)?(?:agreement|memorand|MoU|minutes))",
    re.IGNORECASE)
DOC = re.compile(
    r"[Tt]hỏa thuận|[Bb]iên bản|[Bb]ản ghi nhớ|[Gg]hi nhớ hợp tác|[Hh]iệp định|[Cc]hương trình (?:phối|hợp) tác|[Cc]hương trình phối hợp|"
    r"[Kk]ế hoạch hợp tác|[Vv]ăn kiện hợp tác|\b[Aa]greements?\b|\b[Mm]emorand(?:ums?|a)\b|\bMoUs?\b|\bminutes\b|\bminute\b(?= of\b)|\bdeal\b|\bpact\b|"
    r"\baccords?\b|\bdocuments?\b|[Vv]ăn bản hợp tác|"
    # a letter of intent; documents named by "các văn bản" only before the verb ("các văn bản đã ký kết giữa hai tỉnh")
    r"\b[Ll]etters? of [Ii]ntent\b|[Tt]hư (?:bày tỏ )?ý định|(?<=[Cc]ác )văn bản(?=\s+(?:đã\s+)?ký)|"
    r"\b[Aa]ction [Pp]lans?\b|[Kk]ế hoạch hành động|\b[Cc]ooperation (?:[Pp]lans?|[Pp]rogram(?:me)?s?)\b|"
    # a review the two sides sign together is their minutes ("ký báo cáo sơ kết hợp tác 2 năm"), only after the verb:
    # a report presented is no document between them
    r"(?<=ký )[Bb]áo cáo (?:sơ|tổng) kết|(?<=ký kết )[Bb]áo cáo (?:sơ|tổng) kết|(?<=signed the )(?:joint )?review report|"
    r"(?<=signed a )(?:joint )?review report|"
    # "reviewed their 2021-2025 agreement and signed a new one for 2026-2030": the document named before, anew
    r"(?<=signed a )new one\b|(?<=sign a )new one\b|(?<=signing a )new one\b")
# Documents and ceremonies between mass organisations or departments are not between the provinces themselves.
BETWEEN_ORGANISATIONS = re.compile(
    r"^[^.;]{0,60}?\b(?:giữa|between)\s+(?:the\s+)?(?:Hội\b(?! đồng)|Đoàn Thanh niên|Mặt trận|Ủy ban Mặt trận|các cơ quan|các sở|"
    r"(?:[\w'’-]+\s+){0,5}(?:[Aa]ssociations?|[Yy]outh [Uu]nions?|[Ww]omen['’]s [Uu]nions?|[Ff]ronts?|departments|agencies)\b|"
    # districts of the two provinces: "giữa UBND huyện A và huyện B", "between A district and B district"
    r"(?:UBND\s+|Ủy ban nhân dân\s+)?(?:huyện|thị xã)\s|(?:[A-Z][\w'’-]*\s+){1,3}[Dd]istrict\b)")
_PLURAL_DOC = re.compile(r"\b(?:[Aa]greements|[Mm]emoranda|[Mm]emorandums|MoUs|[Aa]ccords|[Dd]eals|[Pp]acts)\b|(?<=các )[Tt]hỏa thuận|"
                         r"(?<=các )[Bb]iên bản")
# A plan or a hope, not a signing that took place.
FUTURE = re.compile(
    r"hướng tới|sẽ (?:tiến hành |chính thức )?(?:ký|trao)|dự kiến|theo kế hoạch|chuẩn bị|đề xuất|đề nghị|mong muốn|tiến tới|"
    r"\bwill\b|\bto sign\b|\bplans? to\b|\bplanned\b|\bexpected to\b|\bwould\b|\baim(?:s|ing)? to\b|"
    r"\bsoon sign|\bready to\b|sớm ký|sẵn sàng|"
    r"\bsuggest(?:s|ed|ing)?\b|\bpropos(?:e|es|ed|ing)\b|\burg(?:e|es|ed|ing)\b|\bcall(?:s|ed|ing)? for\b",
    re.IGNORECASE)
# What has been signed over the years, not at the event reported.
CUMULATIVE = re.compile(r"[Tt]ính đến nay|đến nay|từ trước đến nay|\bso far\b|\bto date\b|\bhave signed\b|\bhas signed\b|"
                        r"[Tt]ính đến (?:năm|hết năm|cuối năm)|"
                        r"đã từng|trước đây|previously|[Tt]rong (?:năm|thời gian) qua|[Tt]rong năm,|[Nn]hững năm qua|"
                        r"[Tt]hời gian qua|(?:[Tt]hời gian|[Gg]iai đoạn|[Nn]hiệm kỳ) vừa qua|\bover the (?:past|years)\b|\bin recent years\b|"
                        r"\bin the past (?:period|term|years)\b|"
                        # "Since 2014, A has signed MoUs with …": the documents of the years since, not one of the day
                        r"^\s*[Ss]ince (?:19|20)\d{2}\b|^\s*[Kk]ể từ năm (?:19|20)\d{2}\b")
# many documents of no name: what was signed over a time, not one document ("ký kết nhiều biên bản hợp tác")
_WITH_UNIT = re.compile(r"\b(?:with|với)\s+(?:the\s+|hai\s+|các\s+)?(?:tỉnh|thành phố|provinces?\s+of\s+|[A-ZĐ])")
_MANY_DOCS = re.compile(r"^\s*(?:kết\s+)?(?:được\s+)?(?:nhiều|hàng loạt|một số|many|several|multiple|various|a number of|numerous)\s", re.IGNORECASE)
# documents counted after the verb ("đã ký 3 thỏa thuận", "ký kết 5 biên bản ghi nhớ", "signed three agreements")
_COUNTED_DOCS = re.compile(r"^\s*(?:kết\s+)?(?:được\s+)?(?:\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|two|three|four|five|six|"
                           r"seven|eight|nine|ten)\s+(?:(?:bản|văn bản|cooperation)\s+)?(?=" + DOC.pattern + ")",
                           re.IGNORECASE)
# a future word, wherever it stands before the verb
FUTURE_WORD = re.compile(r"sắp tới|\bsẽ\b|dự kiến|theo kế hoạch|chuẩn bị|\bwill\b|\bupcoming\b|\bscheduled\b|"
                          r"\bplans? to\b|\bexpected to\b|"
                          # a proposal for the time ahead: "In the coming time, he suggested the two localities … sign"
                          r"thời gian tới|\bin the coming (?:time|period|years?)\b|\bsuggest(?:s|ed)?\b|\bpropos(?:es|ed)\b|"
                          r"\burg(?:es|ed)\b|đề nghị|đề xuất", re.IGNORECASE)
# What says a thing was done: a plan before it no longer holds
PAST_MARK = re.compile(r"\bđã\b|\bvừa\b|\bwas\b|\bwere\b|\bhas\b|(?<!will )\bhave\b|\bhad\b|(?<!be )\bheld\b|"
                       r"(?<!be )\bsigned\b|\bvisited\b|\bmet\b", re.IGNORECASE)
# "Tiếp đó", "Sau đó": a sentence that continues the one before it keeps its tense
CONTINUES = re.compile(r"^\s*(?:Tiếp đó|Sau đó|Tiếp theo|Sau cùng|Then|After that|Afterwards|Next),", re.IGNORECASE)
WITNESS = re.compile(r"chứng kiến|witness(?:ed)?|in the presence of|(?:tham )?dự\b|\battend", re.IGNORECASE)
_SUBJECT_BREAK = re.compile(r",\s+(?:ông|bà|đồng chí|lãnh đạo|hai|các|đại diện|Mr|Ms|leaders|the two)\b|"
                            # "dưới sự chứng kiến của …, Phó Chủ tịch UBND tỉnh A X và Phó Tỉnh trưởng tỉnh B Y đã ký"
                            r"(?-i:,\s+(?:Phó\s+)?(?:Chủ tịch|Tỉnh trưởng|Bí thư|Giám đốc|Đô trưởng)\b)", re.IGNORECASE)
# (a month may open the sentence: "Tháng 5/2019, hai tỉnh ký kết …")
_PAST_YEAR = re.compile(r"(?:[Nn]ăm|[Ii]n)\s+((?:19|20)\d{2})\b|\([Tt]háng (\d{1,2})/(\d{4})\)|(?<!\d )[Tt]háng (\d{1,2})(?:/|\s+năm\s+)(\d{4})|"
                        r"\b[Ii]n\s+(" + "|".join(m.capitalize() for m in EN_MONTHS) + r")\s+((?:19|20)\d{2})\b")

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
    """The kind of the first document a phrase names ('văn bản', 'documents' say no kind)."""
    if re.match(r"[Bb]áo cáo (?:sơ|tổng) kết|(?:joint )?review report", text):
        return "cooperation-minutes"    # a review signed together (DOC takes it only after the verb)
    doc = DOC.search(text)
    if not doc:
        return "other"
    head = text[doc.start():doc.start() + 20]
    if re.match(r"[Bb]iên bản ghi nhớ", head):
        return "cooperation-agreement"    # a memorandum of understanding, whatever the first word
    if re.match(r"[Bb]iên bản|minutes?\b", head):
        return "cooperation-minutes"
    if _GENERIC_DOC.match(head) or _PLAN_DOC.match(head):
        return "other"
    return "cooperation-agreement"


_PLAN_DOC = re.compile(r"[Aa]ction [Pp]lan|[Kk]ế hoạch hành động")
_GENERIC_DOC = re.compile(r"[Vv]ăn bản|documents?\b|deal\b|pact\b|[Ll]etters? of|[Tt]hư ")


def find_agreements(ctx: Context, officials: list[Official]) -> tuple[list[Agreement], list[tuple[str, str, int]]]:
    """Agreements the article reports, and pairs that it says signed something (with no detail)."""
    found: list[Agreement] = []
    signed_pairs: list[tuple[str, str, int]] = []
    held: set[int] = set()
    listed: dict[int, tuple[int, int]] = {}
    roles = _person_units(officials)
    holders = _post_holders(officials)
    # "Tiếp đó, 2 bên ký kết ...": a sentence that continues a plan is a plan unless it says it was done
    planned = plan_continuations([s.text for s in ctx.sentences])
    for sent in ctx.sentences:
        text = sent.text
        if sent.index in planned or not (SIGN.search(text) or DOC.search(text)):
            continue
        parent: _Clause | None = None
        whole = _clauses(text)
        for lo, hi in _documents_apart(text, whole):
            clause = _read_clause(ctx, sent, lo, hi, parent)
            if clause is None:
                parent = None
                continue
            if clause.sign:
                parent = clause
            in_list = (lo, hi) not in whole
            got = _clause_agreements(ctx, sent, clause, roles, signed_pairs, held, in_list, holders)
            if in_list:
                listed.update({id(a): (sent.index, lo) for a in got})   # one document of a list of them
            found += got
    merged = _merge(found, held, listed)
    _period_from_lead(ctx, merged)
    _add_content_fields(ctx, merged)
    _link_predecessors(merged)
    return merged, signed_pairs


# cooperation agreed for a span: "agreed on wide-ranging cooperation for 2011-2013", "hợp tác giai đoạn 2021-2025"
_COOPERATION_FOR = re.compile(r"(?:cooperat\w*|hợp tác)[^.;]{0,40}$", re.IGNORECASE)


def _period_from_lead(ctx: Context, agreements: list[Agreement]) -> None:
    """A document signed on the occasion with no period of its own takes the one span the headline and lead give the
    sides' cooperation ('Quang Tri and Salavan agreed on cooperation for 2011-2013. The two localities signed an
    agreement at talks …')."""
    spans = {(p[2], p[3]) for s in ctx.sentences[:3] for p in find_periods(s.text)
             if _COOPERATION_FOR.search(s.text, max(0, p[0] - 60), p[0]) and not _reviewed(s.text, p[0])}
    if len(spans) != 1:
        return
    span = spans.pop()
    current = [a for a in agreements if a.current and a.kind == "cooperation-agreement"]
    if len(current) != 1 or current[0].period:
        return
    signed = current[0].signed
    # (a document signed years before the span is another one: "the MoU signed in 2019" beside a plan for 2022-2023)
    if not (signed and signed.year and not span[0] - 1 <= signed.year <= span[1]):
        current[0].period = span


@dataclass
class _Clause:
    """One clause of a sentence (split at ';' and ': '), with the signing verb it has or shares."""

    lo: int
    hi: int
    sign: re.Match | None          # its own verb, or the verb of the clause it continues ("; với tỉnh X (2/6/2016)")
    doc: re.Match | None
    own_sign: bool
    parent: _Clause | None


# "…, alongside collaborative activities with Kon Tum": what follows is not the document's
_ASIDE = re.compile(r"\s+(?:alongside|besides|apart from|in addition to|bên cạnh|ngoài ra)\b", re.IGNORECASE)

# a sentence that opens by setting a bare name aside: "Besides Yunnan, …", "Ngoài tỉnh Chăm Pa Sắc, …"
_LEADING_ASIDE = re.compile(r"^\s*(?:Besides|Apart from|Alongside|In addition to|Bên cạnh|Ngoài)\s+(?:tỉnh\s+|thành phố\s+)?"
                            r"(?:[A-ZĐÀ-Ỹ][\w'’-]*\s*){1,4},\s*")


def _clauses(text: str) -> list[tuple[int, int]]:
    """Spans of the clauses of a sentence: split at ';' and ': ' outside brackets."""
    spans = []
    lo = depth = 0
    lead = _LEADING_ASIDE.match(text)
    if lead:
        lo = lead.end()    # "Besides Yunnan, A signed … with B": the province set aside is no party of this clause
    for i, c in enumerate(text):
        if i < lo:
            continue
        if c in "([":
            depth += 1
        elif c in ")]":
            depth = max(0, depth - 1)
        elif depth == 0 and (c == ";" or c == ":" and text[i + 1:i + 2] == " " or c == "," and _ASIDE.match(text, i + 1)) \
                and not (c in ";:" and list_goes_on(text, i)):
            spans.append((lo, i))
            lo = i + 1
    spans.append((lo, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


# what joins two documents of one list: "…, an MoU in 2019 and minutes …", "… in 2011 and then MoUs for …"
# (and a second verb of its own: "tổng kết Thỏa thuận … giai đoạn 2019-2023 và ký kết Thỏa thuận … giai đoạn 2024-2028")
_JOINT = re.compile(r"(?:,|\s+và|\s+and|\s+cùng)(?:\s+(?:then|later|subsequently|sau đó|tiếp đó|rồi))?"
                    r"(?:\s+(?:ký kết|ký|signed|signing|inked)(?:\s+(?:mới|tiếp))?)?(?:\s+(?:a|an|the|các|những))?(?:\s+(?:cooperation|friendship|comprehensive|twinning|joint|bilateral|new))*"
                    r"\s*$")


def _documents_apart(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'ký kết Bản ghi nhớ … giai đoạn 2022-2027 và Biên bản làm việc': two documents, each a clause of its own."""
    out = []
    for lo, hi in spans:
        for d in [m for m in DOC.finditer(text, lo, hi) if not _GENERIC_DOC.match(m.group())][1:]:
            joint = _JOINT.search(text, lo, d.start())
            cut = d.start() - len(joint.group()) if joint else lo
            if cut > lo and DOC.search(text, lo, cut):
                out.append((lo, cut))
                lo = cut
        out.append((lo, hi))
    return out


def _read_clause(ctx: Context, sent: SentenceInfo, lo: int, hi: int, parent: _Clause | None) -> _Clause | None:
    """The clause's signing verb (not one inside an anniversary: 'kỷ niệm 45 năm ngày ký Hiệp ước') and document."""
    text = sent.text
    sign = next((m for m in SIGN.finditer(text, lo, hi) if not _ANNIVERSARY.search(text[max(lo, m.start() - 60):m.start()])),
                None)
    doc = DOC.search(text, lo, hi)
    if sign:
        return _Clause(lo, hi, sign, doc, True, parent)
    # "…(29/12/2021); với tỉnh Attapeu (02/6/2016); Thỏa thuận … (21/6/2016)": the verb of the clause before
    if parent and _CONTINUED.match(text[lo:hi]):
        return _Clause(lo, hi, parent.sign, doc or parent.doc, False, parent)
    if doc:
        return _Clause(lo, hi, None, doc, False, None)
    return None


_SIGN_HANDOVER = re.compile(r"\s+(?:trao|bàn giao|tiếp nhận)\b", re.IGNORECASE)
# a document the verb says the states signed ("signed between the two governments", "ký giữa hai Chính phủ",
# "ký kết giữa hai nước")
_BETWEEN_STATES = re.compile(
    r"(?:\s+kết)?\s+(?:between|by|giữa|bởi)\s+(?:the\s+)?(?:hai|two|Chính phủ hai nước|the two)?\s*"
    r"(?:governments|countries|nations|states|Parties|Chính phủ|nước|Nhà nước|Đảng|quốc gia)\b", re.IGNORECASE)


# a signing the sentence counts time from: "kể từ khi ký kết …", "từ khi ký …", "sau khi ký kết …", "since signing"
_SINCE_SIGNING = re.compile(r"(?:[Kk]ể từ khi|[Tt]ừ khi|[Kk]ể từ|[Ss]ince|[Aa]fter)\s+(?:hai bên\s+|two sides\s+)?(?:đã\s+)?$")


def _clause_agreements(ctx: Context, sent: SentenceInfo, c: _Clause, roles: dict[str, set[str]],
                       signed_pairs: list[tuple[str, str, int]], held: set[int], in_list: bool = False,
                       holders: dict[tuple[str, str], set[str]] | None = None) -> list[Agreement]:
    """The agreements one clause reports (pairs it says signed something, with no detail, go to signed_pairs; the ids
    of documents the sides have, named in a participle, go to held); ``in_list``: the clause is one document of a list."""
    text = sent.text
    sign, doc = c.sign, c.doc
    # the clause before the verb says whether it was a plan
    if sign and _planned(text, sign) and not _participle(text, sign):
        # "reviewed the outcomes of their 2020-2022 agreement and agreed to sign a new one": the document named before
        # the planned signing is one in force
        before = DOC.search(text, c.lo, sign.start())
        if not (c.own_sign and before and _UNDER_WAY.search(text, c.lo, before.start())):
            return []   # ("Biên bản hợp tác giai đoạn 2024-2026 sẽ được ký kết": the document is the plan)
        c = _Clause(c.lo, sign.start(), None, before, False, None)
        sign, doc = None, before
    if sign and _SIGN_HANDOVER.match(text, sign.end()):
        return []   # "lễ ký trao số tiền", "ký bàn giao công trình": the record of a hand-over, told as an event
    if sign and _BETWEEN_STATES.match(text, sign.end()):
        return []   # "agreements and treaties signed between the two governments": the states', not the provinces'
    own_doc = DOC.search(text, c.lo, c.hi)
    # "đánh giá các nội dung hai bên đã ký kết năm 2015": the contents the sides signed, a document of no name
    contents = bool(sign and c.own_sign and not own_doc
                    and _CONTENTS_SIGNED.search(text, max(c.lo, sign.start() - 60), sign.start()))
    if sign and not own_doc and c.own_sign and not contents and not re.search(
            r"ký kết hợp tác|lễ ký|hội đàm và ký|signing ceremony|signed (?:a |an )?(?:cooperation|deal)", text[c.lo:c.hi],
            re.IGNORECASE):
        return []   # a signing with no document named: an anniversary, a treaty of states, ...
    anchor = (sign if c.own_sign else None) or own_doc or doc
    if BETWEEN_ORGANISATIONS.match(text[anchor.end():c.hi]) or (doc and BETWEEN_ORGANISATIONS.match(text[doc.end():c.hi])):
        return []   # between friendship associations or departments, not the provinces
    if _national_only(ctx, sent, c.lo, c.hi):
        return []   # between states or ministries, not provinces
    if _organisations_sign(ctx, sent, c):
        return []   # "Hội hữu nghị Việt – Lào tỉnh A và Hội hữu nghị Lào – Việt tỉnh B ký kết": the associations'
    parties = _parties(ctx, sent, c)
    if not parties:
        return []
    periods = [(p[0] + c.lo, p[1] + c.lo, p[2], p[3]) for p in find_periods(text[c.lo:c.hi])]
    spans_signed_in = [p for p in periods if sign and c.own_sign and p[1] <= sign.start() and _LEADING_SPAN.match(text[:p[0]])]
    periods = [p for p in periods if not _reviewed(text, p[0]) and not _TIMEFRAME.search(text[max(0, p[0] - 20):p[0]])
               and p not in spans_signed_in]
    pub = ctx.article.published
    period = (periods[0][2], periods[0][3]) if periods else \
        _single_year_period(text, own_doc or doc, pub.year if pub else None)
    recalled_year = None
    if period and not periods and sign and c.own_sign and _UNDER_WAY.search(text, c.lo, sign.start()) \
            and PAST_MARK.search(text, c.lo, sign.start()):
        # "đánh giá kết quả hợp tác đã ký kết tại bản ghi nhớ năm 2014": the year a document under review was signed
        recalled_year, period = PartialDate(period[0]), None
    elif period and not periods and sign and c.own_sign and _SINCE_SIGNING.search(text, max(c.lo, sign.start() - 25), sign.start()):
        # "Kể từ khi ký kết Thỏa thuận hợp tác năm 2016, …": the year the document was signed, long before the news
        recalled_year, period = PartialDate(period[0]), None
    counted = bool(sign and _COUNTED_DOCS.match(text[sign.end():c.hi]))
    # "thời gian qua, … Biên bản … ký ngày 15/6/2017": one document with its day, however long ago
    dated = bool(sign and any(d.date.day and d.start >= sign.end() and _ON_DAY.fullmatch(text, sign.end(), d.start)
                              for d in sent.dates))
    # "signed multiple agreements with A and B": many documents, their counterparts named after them
    many_docs = _MANY_DOCS.match(text[sign.end():]) if sign and c.own_sign and not period and not dated else None
    many_signed = bool(many_docs and DOC.match(text, sign.end() + many_docs.end())
                and _WITH_UNIT.search(text, sign.end() + many_docs.end(), c.hi))
    # ("important agreements signed at this event": the occasion's own documents, not ones the sides held before)
    held_docs = bool(sign and c.own_sign and not dated and _HELD_DOCS.search(text, c.lo, sign.start())
                     and not _THIS_OCCASION.match(text, sign.end() + 1))
    if sign and c.own_sign and not period and not dated and not many_signed and (
            CUMULATIVE.search(text[:sign.start()]) and not counted or _MANY_DOCS.match(text[sign.end():])):
        for a in parties:
            for b in parties:
                if ctx.gaz.country_of(a) == "VN" and ctx.gaz.country_of(b) != "VN":
                    signed_pairs.append((a, b, sent.index))
        return []
    if not sign and doc and _TO_DISCUSS.search(text, max(c.lo, doc.start() - 40), doc.start()):
        return []   # "would meet … to discuss a memorandum … for 2022-2025": a document still to be agreed
    if not sign:
        # a document named with a period but no verb: an agreement in force or in review; a memorandum or an
        # agreement named as in force ("implementing their MoU", "thông qua Bản thỏa thuận hợp tác")
        if not (doc and period and _doc_near_period(text, doc, periods) and not _PROGRAMME.match(doc.group())) \
                and not _in_force(text, c) and not _year_named(ctx, text, c):
            return []
    kind = _kind(text, c)
    earlier = _EARLIER_DOCS.search(text, c.lo, c.hi) if not sign else None
    if earlier:
        kind = doc_kind(earlier.group())   # "the agreement followed three earlier deals": the kind of the earlier ones
    listed = _listed_year(ctx, text, c, in_list) if sign and not periods else None
    if listed:
        # "signed an agreement in 2016, an MoU in 2019 and minutes of talks in 2022": each document its year
        signed, current, period = PartialDate(listed), False, None
    elif recalled_year:
        signed, current = recalled_year, False
    elif many_signed:
        # "have signed multiple agreements with A and B": documents of the years past, one row a pair, no day
        signed, current = None, False
    elif held_docs:
        # "implementing legal documents on the border signed between the two localities": documents the sides have,
        # signed some time before, not the one of the day
        signed, current = None, False
    elif counted and CUMULATIVE.search(text[:sign.start()]):
        # "Trong những năm qua, … ký kết 5 biên bản ghi nhớ": documents of the years past, counted: no day, not today's
        signed, current = None, False
    elif sign:
        signed, current = _signed_date(ctx, sent, c)
        pub = ctx.article.published
        if current and _participle(text, sign) and not (pub and signed and (pub.year, pub.month) == (signed.year, signed.month)):
            current = False    # "Biên bản hội đàm ký ngày 19/6/2022": a document recalled, not the one signed now
        if signed and signed.day and period and signed.year and signed.year > period[1] \
                and str(signed.year) not in text[c.lo:c.hi]:
            # a document for 2011-2013 signed on a day whose year only the page's date gave: the page is later than the
            # news; that day (and the meeting of it) has no known year
            ctx.yearless_days.add((signed.month, signed.day))
            signed = None
    else:
        year = _year_named(ctx, text, c)
        signed, current = (PartialDate(year) if year else None), False
    if spans_signed_in and not any(c.lo <= d.start < c.hi for d in sent.dates):
        signed, current = None, False   # signed some time in the span the sentence opens with, not on the day
    if contents:
        # signed before the meeting that reviews them: the year said after the verb, else no date
        year = _CONTENTS_YEAR.match(text, sign.end(), c.hi)
        signed, current, period, kind = (PartialDate(int(year.group(1))) if year else None), False, None, "other"
    if sign and current and _CONGRATULATED_ON.search(text, max(0, sign.start() - 120), sign.start()) \
            and not any(c.lo <= d.start < c.hi for d in sent.dates):
        signed, current = None, False   # "Congratulating the governor on signing an agreement with …": told of, undated
    if sign and c.own_sign and current and re.search(r"\bhad\s+$", text[max(c.lo, sign.start() - 10):sign.start()]) \
            and not any(c.lo <= d.start < c.hi for d in sent.dates):
        signed, current = None, False   # "the two provinces had signed …": before the news, its day not said
    if sign and not c.own_sign and period and ctx.when and ctx.when.year and period[1] < ctx.when.year:
        signed, current = None, False   # "… in 2011 and then MoUs for 2012-2016": a document of a past list
    # "MoUs for 2012-2016 and 2017-2022": one document for each period
    spans = [(p[2], p[3]) for p in periods] if doc and len(periods) > 1 and \
        _PLURAL_DOC.search(text[doc.start():doc.end() + 2]) else [period]
    vn = [p for p in parties if ctx.gaz.country_of(p) == "VN"]
    foreign = [p for p in parties if p not in vn]
    groups = [tuple(sorted(parties))]
    if doc and (_PLURAL_DOC.search(text[doc.start():doc.end() + 2]) or counted or many_signed) and len(parties) > 2 \
            and 1 in (len(vn), len(foreign)):
        # "MoUs with five Lao provinces", "agreements between Ubon Ratchathani and Quang Nam and Quang Tri": one
        # bilateral document each, no pair of units of one country
        one, many = (vn, foreign) if len(vn) == 1 else (foreign, vn)
        groups = [tuple(sorted((one[0], p))) for p in many]
    out = []
    for group, span in [(g, p) for g in groups for p in spans]:
        a = Agreement(parties=group, kind=kind, evidence=Evidence(sent.index, text),
                      period=span, signed=signed, place=_venue(ctx, sent) if current else None,
                      body=_body(text[c.lo:c.hi]))   # each clause its own signers ("HĐND … ký …; UBND … ký …")
        if sign and c.own_sign and not contents:   # (whoever speaks of the contents did not sign them)
            a.signatories, a.witnesses = _signatories(sent, sign, roles, list(group), ctx, c.lo, holders)
        a.fields = fields_in(text) if _CONTENT_CUE.search(text) else []
        a.current = current
        if held_docs or earlier:
            held.add(id(a))   # documents the sides had before: apart from the one of the day
        out.append(a)
    return out


# documents named before the verb as its object in a participle, not as the subject of a signing told now:
# "legal documents on the border signed between the two localities", "các văn bản đã ký kết giữa hai tỉnh"
# a signing only congratulated on: "congratulated the Governor on signing …", "chúc mừng việc hai tỉnh ký kết …"
_CONGRATULATED_ON = re.compile(r"(?:\b[Cc]ongratulat(?:e|es|ed|ing)\b[^.;]{0,80}?\bon(?:\s+the)?|"
                               r"\b[Cc]húc mừng\s+(?:về\s+)?việc\b[^.;]{0,80}?)\s+(?:having\s+)?$")
_HELD_DOCS = re.compile(r"(?:\b(?:agreements|memoranda|memorandums|MoUs|documents|accords)|(?:[Cc]ác|[Nn]hững)\s+(?:văn bản|"
                        r"thỏa thuận|biên bản|bản ghi nhớ))(?:\s+[^\s,;.]+){0,6}?\s+(?:đã\s+)?$")


# a document and the year after it: "an MoU in 2019", "biên bản ghi nhớ năm 2019" (not a span "năm 2019-2020")
_DOC_YEAR = re.compile("(?:" + DOC.pattern + r")(?:\s+[^\s,;.]+){0,6}?\s+(?:năm|in)\s+((?:19|20)\d{2})\b(?!\s*[-–])")


def _listed_year(ctx: Context, text: str, c: _Clause, in_list: bool) -> int | None:
    """In a sentence that lists two or more documents (``in_list``, or each with its year), all years before the
    article's: the year of this clause's document, which is when it was signed."""
    found = list(_DOC_YEAR.finditer(text))
    now = ctx.when.year if ctx.when else None
    if len(found) < (1 if in_list else 2) or not now or any(int(m.group(1)) >= now for m in found):
        return None
    mine = [m for m in found if c.lo <= m.start() < c.hi]
    return int(mine[0].group(1)) if len(mine) == 1 else None


# the contents the two sides signed, named instead of a document: "các nội dung (mà) hai bên (đã) ký kết",
# "the contents that the two sides signed"
_CONTENTS_SIGNED = re.compile(r"(?:\bnội dung|\bcontents?)\s+(?:mà\s+|that\s+|which\s+)?(?:được\s+)?"
                              r"(?:(?:hai|2|các|cả hai)\s+(?:bên|tỉnh|địa phương)|(?:the\s+)?(?:two|both)\s+(?:sides|provinces|localities)|"
                              r"by\s+the\s+(?:two|both)\s+(?:sides|provinces|localities))?\s*(?:đã\s+|have\s+|had\s+)?$",
                              re.IGNORECASE)
# the year right after the verb: "ký kết (vào) năm 2015", "signed in 2015"
_CONTENTS_YEAR = re.compile(r"(?:\s+kết)?(?:\s+by the (?:two|both) (?:sides|provinces|localities))?\s+(?:vào\s+)?(?:năm|in)\s+"
                            r"((?:19|20)\d{2})\b(?!\s*[-–])", re.IGNORECASE)


# what is done with a document in force: reviewed, carried out
_UNDER_WAY = re.compile(r"đánh giá|tổng kết|sơ kết|thực hiện|triển khai|\breview\w*|\bimplement\w*|\boutcomes?\b|\bresults?\b|"
                        r"\bmateriali[sz]e\w*|\bput into practice\b|\bcarry out\b|\bcarrying out\b",
                        re.IGNORECASE)
# a unit named as the home of a mass organisation: "Hội hữu nghị Việt – Lào tỉnh Nghệ An", "the Youth Union of X province"
_ORG_OF = re.compile(r"(?:\bHội\b(?! đồng| nghị| đàm| kiến)|Đoàn Thanh niên|Mặt trận|[Aa]ssociation|Youth Union|Women['’]s Union|"
                     r"Fatherland Front|Red Cross|Chữ thập đỏ)[^,;.()]{0,40}?(?:\b(?:tỉnh|thành phố|of|in)\s+)?(?:the\s+)?$")


def _organisations_sign(ctx: Context, sent: SentenceInfo, c: _Clause) -> bool:
    """Every unit before the verb is the home of an association, a union or a front: the document is theirs."""
    if not (c.sign and c.own_sign):
        return False
    units = [m for m in sent.parties() if c.lo <= m.start and m.end <= c.sign.start() and ctx.gaz.is_subnational(m.unit)]
    return len(units) >= 2 and all(_ORG_OF.search(sent.text[max(c.lo, m.start - 60):m.start]) for m in units)


# a programme of cooperation is a document when it is signed; named alone it is a plan of work
_PROGRAMME = re.compile(r"[Cc]hương trình|[Cc]ooperation [Pp]rogram")
# A clause that continues the one before it with no verb of its own: "; với tỉnh X (…)", "; Thỏa thuận …"
_CONTINUED = re.compile(r"^\s*,?\s*(?:(?:và|cùng|with|and)\s+)?(?:(?:then|later|subsequently|sau đó|tiếp đó|rồi)\s+)?"
                        r"(?:(?:a|an|the|các|những)\s+)?(?:(?:cooperation|friendship|comprehensive|twinning|joint|bilateral|new)\s+)*"
                        r"(?:với\s|with\s|" + DOC.pattern + ")")
_ANNIVERSARY = re.compile(r"(?:kỷ niệm|anniversary|\bnăm ngày|years? (?:since|of))[^.;]{0,50}$", re.IGNORECASE)
# "Trong giai đoạn 2021-2025, hai tỉnh đã ký kết 5 văn bản": the span the sentence opens with, before the verb, is when
# the documents were signed, not what they cover
_LEADING_SPAN = re.compile(r"^\s*(?:[Tt]rong|[Ss]uốt)(?:\s+giai đoạn)?\s*$|^\s*(?:In|During|Over)(?:\s+the)?(?:\s+period)?\s*$")
# "trong hai năm 2022-2023": when something happened, not the years a document covers
_TIMEFRAME = re.compile(r"(?:trong|suốt)\s+(?:\w+\s+)?năm\s*$|\b(?:during|over)\s+(?:the\s+)?(?:years?\s+)?$", re.IGNORECASE)
# a memorandum or agreement named as one in force
_NAMED_DOC = re.compile(r"[Bb]iên bản (?:thỏa thuận|hội đàm)|\bminutes of (?:the )?talks\b|[Bb]ản ghi nhớ|[Bb]iên bản ghi nhớ|[Bb]ản thỏa thuận|[Tt]hỏa thuận hợp tác|[Mm]emorandum of [Uu]nderstanding|"
                        r"\bMoUs?\b|\b[Cc]ooperation [Aa]greements?\b|(?<=signed )[Aa]greements?\b")
# ("thực hiện hiệu quả bản ghi nhớ hợp tác", "based on their signed agreements": an adverb may stand between)
_IN_FORCE = re.compile(r"(?:thực hiện|triển khai|trên cơ sở|thông qua|\btheo|khuôn khổ|implement\w*(?: of)?|\bunder\b|framework of|"
                       r"\bbased on|\bin line with|\bin accordance with|\baccording to|"
                       r"\btheir\b|\bexisting\b|\b(?:the|their) signed\b)\s+"
                       r"(?:(?:hiệu quả|tốt|nghiêm túc|nghiêm|đầy đủ)\s+)?(?:the\s+|their\s+|các\s+|nội dung\s+|của\s+)?$",
                       re.IGNORECASE)
# the document's parties right after its name: "Bản ghi nhớ hợp tác giữa tỉnh A và tỉnh B", "the MoU between A and B"
_BETWEEN_AFTER = re.compile(r"(?:\s+(?:hợp tác|cooperation|on cooperation|về hợp tác))?\s+(?:giữa|between)\s+"
                            r"(?:(?:tỉnh\s+|the\s+)?[A-ZĐ]|(?:the\s+)?two\s+(?:sides|provinces|localities)\b|"
                            r"hai\s+(?:bên|tỉnh|địa phương)\b)")
# documents named as the ones before: "three earlier cooperation deals", "previous agreements"
_EARLIER_DOCS = re.compile(r"\b(?:earlier|previous|prior)\s+(?:cooperation\s+)?(?:deals|agreements|accords|pacts|documents|"
                           r"memoranda|MoUs)\b", re.IGNORECASE)
# a document as what a meeting is to discuss: "to discuss a memorandum", "để thảo luận về dự thảo Biên bản"
_TO_DISCUSS = re.compile(r"(?:\bto (?:discuss|negotiate|consider|draft)|\bđể (?:thảo luận|bàn|trao đổi|xem xét)(?: về)?)\s+"
                         r"(?:(?:a|an|the|their|new|draft|các|nội dung|dự thảo)\s+){0,3}$", re.IGNORECASE)
_NEW_DOC = re.compile(r"dự thảo|\bdraft|xây dựng|\bnew\b|\bmới\b", re.IGNORECASE)


# the year a document is named by, before it: "the 2019 MoU", "their 2016 cooperation agreement"
_YEAR_BEFORE_DOC = re.compile(r"\b(?:the|their|its|a)\s+((?:19|20)\d{2})\s+$", re.IGNORECASE)


def _year_named(ctx: Context, text: str, c: _Clause) -> int | None:
    """'The 2019 MoU between A and B has brought results': a memorandum or agreement named by the year it was signed
    (a year before the article's), with no verb of its own."""
    now = ctx.when.year if ctx.when else None
    for m in _NAMED_DOC.finditer(text, c.lo, c.hi):
        y = _YEAR_BEFORE_DOC.search(text, max(c.lo, m.start() - 12), m.start())
        if y and now and int(y.group(1)) < now:
            return int(y.group(1))
    return None


def _in_force(text: str, c: _Clause) -> bool:
    """'implementing their Memorandum of Understanding', 'the MoU between A and B has brought results': a document the
    sides have, named without verb or period."""
    if _EARLIER_DOCS.search(text, c.lo, c.hi) and not FUTURE.search(text, c.lo, c.hi):
        return True
    for m in _NAMED_DOC.finditer(text, c.lo, c.hi):
        if _BETWEEN_AFTER.match(text, m.end()) and not FUTURE_WORD.search(text, c.lo, c.hi) \
                and not _NEW_DOC.search(text, c.lo, c.hi) and not FUTURE.search(text, c.lo, c.hi):
            return True
        before = text[max(c.lo, m.start() - 40):m.start()]
        if _IN_FORCE.search(before) and not _NEW_DOC.search(before) and not _NEW_DOC.match(text[m.end():m.end() + 8]):
            return True
    return False


def _kind(text: str, c: _Clause) -> str:
    """The kind of the document the verb takes: the one named after it, else the one before it."""
    if c.sign and c.own_sign:
        after = DOC.search(text, c.sign.start(), c.hi)
        if after and after.group() == "new one":
            before = [m for m in DOC.finditer(text, 0, c.sign.start())]
            return doc_kind(text[before[-1].start():c.sign.start()]) if before else "other"
        if after:
            return doc_kind(text[after.start():c.hi])
    doc = DOC.search(text, c.lo, c.hi) or c.doc
    if doc:
        return doc_kind(text[doc.start():])
    return doc_kind(text[c.sign.start():c.hi]) if c.sign else "other"


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
    """The signing is a plan: a future word in the clause of the verb ('sẽ sớm ký kết', 'hướng tới ký kết'), or one
    earlier in the sentence with no past marker between it and the verb ('Theo kế hoạch, …, hai bên sẽ … và ký')."""
    start = max(text.rfind(",", 0, sign.start()), text.rfind(";", 0, sign.start()), sign.start() - 80, 0)
    clause = text[start:sign.end()]
    if FUTURE.search(clause) or re.search(r"\bsẽ\b|\bsắp\b", clause):
        return True
    if re.search(r"\bđể\s+(?:[^\s.;]+[\s,]+){0,3}$", text[max(0, sign.start() - 40):sign.start()]):
        return True    # "hội đàm … để thảo luận, ký kết hợp tác": what the meeting was for
    fut = None
    for fut in FUTURE_WORD.finditer(text, 0, sign.start()):
        pass
    return bool(fut) and not PAST_MARK.search(text, fut.end(), sign.start())


def _participle(text: str, sign: re.Match) -> bool:
    """'Biên bản … ký ngày 22/12/2017', 'the MoU signed on 5 May 2019', 'the MoU …, reached in November 2022': a
    document that exists, whatever is planned."""
    if sign.group().lower() == "reached":
        return not re.search(r"\bbe\s+$", text[max(0, sign.start() - 4):sign.start()]) and \
            bool(DOC.search(text, max(0, sign.start() - 100), sign.start()))
    # ("under a MoU signed on February 27": the day may be written with its month's name)
    return bool(re.match(r"\s*(?:kết\s+)?(?:vào\s+)?(?:ngày|on)\s+(?:\d|(?:" + "|".join(EN_MONTHS) + r")\s+\d)",
                         text[sign.end():], re.IGNORECASE)) and \
        bool(DOC.search(text, max(0, sign.start() - 100), sign.start()))


def plan_continuations(texts: list[str]) -> set[int]:
    """Indices of the sentences that continue a plan ('Tiếp đó, …' after '… sẽ …') and say nothing was done."""
    out: set[int] = set()
    for i, text in enumerate(texts):
        if i and CONTINUES.match(text) and not PAST_MARK.search(text) and (i - 1 in out or sentence_plans(texts[i - 1])):
            out.add(i)
    return out


def sentence_plans(text: str) -> bool:
    """The sentence ends in a plan: a future word with no past marker after it."""
    fut = None
    for fut in FUTURE_WORD.finditer(text):
        pass
    return bool(fut) and not PAST_MARK.search(text, fut.end())


def _reviewed(text: str, pos: int) -> bool:
    """A period of results under review ('đánh giá kết quả hợp tác ... giai đoạn 2022-2024'), unless a document
    is named between ('results of the agreements ... for the period 2020-2022' is an agreement)."""
    before = text[max(0, pos - 150):pos]
    cue = None
    for cue in re.finditer(r"đánh giá|tổng kết|kết quả|reviewing|results of|review", before, re.IGNORECASE):
        pass
    # ("reviewing their 2022-2027 cooperation agreement": the period is the document's, named right after it)
    return bool(cue) and not DOC.search(before[cue.end():]) and not _DOC_AFTER_PERIOD.match(text, pos)


# a period followed by the document it dates: "2022-2027 cooperation agreement", "2022–2025 MoU"
_DOC_AFTER_PERIOD = re.compile(r"[^\s]*\s+(?:(?:comprehensive|cooperation|friendship|bilateral)\s+){0,2}(?=" + DOC.pattern + ")")


def _single_year_period(text: str, doc: re.Match | None, this_year: int | None = None) -> tuple[int, int] | None:
    """'Thỏa thuận hợp tác năm 2025', 'Biên bản hợp tác năm 2018': a document for one year; 'biên bản hợp tác những
    tháng cuối năm': for the rest of the article's year."""
    if not doc:
        return None
    plan = re.match(r"[Cc]ooperation (?:[Pp]lan|[Pp]rogram)", doc.group())
    year_before = re.search(r"\b((?:19|20)\d{2})\s+$", text[max(0, doc.start() - 6):doc.start()])
    if plan and year_before:
        return (int(year_before.group(1)),) * 2   # "the 2024 cooperation plan": the plan of one year
    if this_year and re.match(r"(?:\s+(?:hợp tác|phối hợp))?\s+(?:\d{1,2}|sáu|những) tháng cuối năm(?!\s+(?:19|20)\d{2})",
                              text[doc.end():]):
        return (this_year, this_year)
    # "a memorandum on cooperation orientations until the end of 2022", "… đến hết năm 2025": from now to that year
    until = re.match(r"(?:\s+[^\s,;.]+){0,8}?\s+(?:until the end of|to the end of|đến hết năm|đến cuối năm)\s+((?:19|20)\d{2})\b",
                     text[doc.end():])
    if this_year and until and this_year <= int(until.group(1)) <= this_year + 10:
        return (this_year, int(until.group(1)))
    # (part of a year: "Biên bản hợp tác 6 tháng cuối năm 2022", "minutes for the last six months of 2022")
    m = re.match(r"(?:\s+(?:hợp tác|hữu nghị|toàn diện|phối hợp|giữa hai tỉnh|thỏa thuận|ghi nhớ|hội đàm|cooperation|on|"
                 r"(?:\d{1,2}|sáu|những) tháng (?:đầu|cuối)|(?:for )?the (?:first|last|second) (?:six|\d) months|"
                 # "minutes outlining their cooperation agenda for 2024", "biên bản về chương trình hợp tác năm 2024"
                 r"(?:outlining|setting out|covering) (?:their|the) (?:cooperation )?(?:agenda|plan|programme|activities)|"
                 # "minutes of talks for 2024"
                 r"of (?:the )?(?:talks|meeting|working session)|"
                 r"về (?:chương trình|kế hoạch|nội dung)))*"
                 r"\s+(?:năm|for(?: the year)?|of)\s+((?:19|20)\d{2})\b",
                 text[doc.end():])
    if m:
        y = int(m.group(1))
        return (y, y)
    return None


def _doc_near_period(text: str, doc: re.Match, periods) -> bool:
    """The period belongs to the document: close after it, or after the parties it names ('the agreement between
    the Hà Nội Party Organisation and administration and their Vientiane counterparts for the 2022-2025')."""
    return any(abs(p[0] - doc.end()) < 80 or 0 < p[0] - doc.end() < 160 and re.match(r"(?:\s+[^\s,;.]+){0,4}?\s+(?:between|giữa)\b", text[doc.end():])
               and not re.search(r"[;:]", text[doc.end():p[0]])
               for p in periods)


def _national_only(ctx: Context, sent: SentenceInfo, lo: int, hi: int) -> bool:
    """The clause names countries (or ministries of states) and no province; a country inside an anniversary
    ('kỷ niệm 60 năm quan hệ ngoại giao Việt Nam - Lào') does not make it a matter of states."""
    near = [m for m in sent.parties() if lo <= m.start and m.end <= hi]
    countries = [m for m in near if ctx.gaz.unit(m.unit).is_country
                 and not _IN_ANNIVERSARY.search(sent.text[max(lo, m.start - 120):m.start])
                 and not _COUNTERPART.match(sent.text, m.end)
                 and not _COUNTERPART_VI.search(sent.text, max(lo, m.start - 12), m.start)]
    provinces = [m for m in near if ctx.gaz.is_subnational(m.unit)]
    return bool(countries) and not provinces


# a country's name that only says whose a person is: "his Lao counterpart", "người đồng cấp Lào" is a province's leader
_COUNTERPART = re.compile(r"\s+counterparts?\b", re.IGNORECASE)
_COUNTERPART_VI = re.compile(r"đồng cấp\s+(?:nước\s+)?$")
_IN_ANNIVERSARY = re.compile(r"(?:kỷ niệm|anniversary|[Nn]ăm [Đđ]oàn kết|[Nn]ăm [Hh]ữu nghị|[Yy]ear of)[^.;]*$")


def _parties(ctx: Context, sent: SentenceInfo, c: _Clause) -> list[str]:
    """Units party to what the clause reports: those it names (the subject's, when the subject names both sides),
    else those of the clause it continues, completed by the article's sides."""
    def units_in(lo: int, hi: int) -> list[str]:
        out: list[str] = []
        for m in sent.parties():
            if lo <= m.start and m.end <= hi and ctx.gaz.is_subnational(m.unit) and m.unit not in out \
                    and not in_institution_name(sent.text, m.start, m.end):
                out.append(m.unit)
        return out

    units = units_in(c.lo, c.hi)
    institutions = {ctx.gaz.country_of(m.unit) == "VN" for m in sent.parties()
                    if c.lo <= m.start and m.end <= c.hi and in_institution_name(sent.text, m.start, m.end)}
    if c.own_sign and c.sign:
        subject = units_in(c.lo, c.sign.start())
        if len({ctx.gaz.country_of(u) == "VN" for u in subject}) == 2:
            units = subject    # "Leaders of A and B sign the minute (...) C and D held talks": A and B
    vn = [u for u in units if ctx.gaz.country_of(u) == "VN"]
    foreign = [u for u in units if ctx.gaz.country_of(u) != "VN"]
    p = c.parent
    while p and not (vn and foreign):
        before = units_in(p.lo, p.hi)
        vn = vn or [u for u in before if ctx.gaz.country_of(u) == "VN"]
        foreign = foreign or [u for u in before if ctx.gaz.country_of(u) != "VN"]
        p = p.parent
    if not vn and len({ctx.gaz.country_of(u) for u in foreign}) >= 2 and c.own_sign:
        return foreign   # "the agreement was inked during the visit of A's delegation to B": two foreign units' own
    if (not vn and True in institutions) or (not foreign and False in institutions):
        return []    # a side named only by its institutions ("Đại học Y Dược Thái Bình"): not the province
    if not vn and not foreign and ctx.district_level:
        return []    # what districts sign is not the provinces'
    if not vn and not foreign and _ALL_PARTIES.search(sent.text, c.lo, c.hi):
        # "The five parties signed", "Participants inked the minutes": all the lead names, else the article's own sides
        return ctx.lead_parties() or ([ctx.main_vn] + ctx.main_foreign_units() if ctx.main_vn and ctx.main_foreign else [])
    if (not vn or not foreign) and _UNNAMED_SIDE.search(sent.text, c.lo, c.hi):
        return []    # "agreements between Yunnan and Vietnamese localities": the other side is not named
    if not vn and TWO_SIDES.search(sent.text, c.lo, c.hi):
        # "both sides" where the lead's Vietnamese side is a joint delegation ("the Border Guard Commands of Hue and
        # Quang Tri held talks with Salavan"): all of its units
        vn = [u for u in ctx.lead_parties() if ctx.gaz.country_of(u) == "VN"]
    if not vn and ctx.main_vn:
        vn = [ctx.main_vn]
    if not foreign:
        # "both sides signed": two parties, the article's own two, even when it names several foreign units; "Tại tỉnh
        # Attapeu, hai bên … ký kết": the host where the sentence sets it
        two = TWO_SIDES.search(sent.text, c.lo, c.hi) and ctx.main_foreign
        venue = ctx.foreign_venue(sent) if two else None
        foreign = [venue] if venue else [ctx.main_foreign] if two else ctx.main_foreign_units()
    if not vn or not foreign:
        return []
    return vn + foreign


# all the parties of the meeting, three or more: "the five parties", "participants", "các bên"
# (two sides are the article's own two: TWO_SIDES)
_ALL_PARTIES = re.compile(r"\b(?:the|all)\s+(?:three|four|five|six|seven|eight|nine|ten|[3-9]|\d\d)\s+"
                          r"(?:parties|sides|provinces|localities)\b|"
                          r"\b(?:[Pp]articipants|[Aa]ll (?:the )?(?:parties|sides))\b|\b[Cc]ác bên\b|"
                          r"\b(?:ba|bốn|năm|sáu|bảy|tám|chín|[3-9]|\d\d) (?:bên|tỉnh|địa phương)\b(?! khác)")
# a side told only as many units of a country: "Vietnamese localities", "các địa phương của Việt Nam"
_UNNAMED_SIDE = re.compile(r"\b(?:Vietnamese|Lao|Laotian|Cambodian|Thai|Chinese|Japanese|Korean)\s+(?:localities|provinces|cities)\b|"
                           r"các (?:địa phương|tỉnh)(?: của)? (?:Việt Nam|Lào|Campuchia|Thái Lan|Trung Quốc|nước bạn)")
# the two sides, no more: "hai bên", "both sides", "the two provinces"
TWO_SIDES = re.compile(r"\bhai (?:bên|tỉnh)\b|\b2 (?:bên|tỉnh)\b|\bboth (?:sides|provinces)\b|\bthe two (?:sides|provinces)\b",
                       re.IGNORECASE)




_LAST_YEAR = re.compile(r"\blast year\b|\bnăm ngoái\b", re.IGNORECASE)
# the verb's year is the signing's ("signed a cooperation agreement in 2019"), not the document's ("Thỏa thuận hợp tác
# năm 2025")
_SIGNING_YEAR = re.compile(r"(?:\bin|\bvào năm|\btừ năm|\bsince|\bin early|\bin late|\bin mid-|(?:đầu|cuối|giữa) năm)\s*\d{4}$")


def _signed_date(ctx: Context, sent: SentenceInfo, c: _Clause) -> tuple[PartialDate | None, bool]:
    """When it was signed, and whether the signing is the event the article reports."""
    text = sent.text
    sign = c.sign
    dates = [d for d in sent.dates if c.lo <= d.start < c.hi]
    pub = ctx.article.published
    for m in _PAST_YEAR.finditer(text, c.lo, c.hi):
        if m.group(1):
            y = int(m.group(1))
            if c.own_sign and m.start() < sign.start() and (not pub or not pub.year or y < pub.year) and not dates:
                return PartialDate(y), False
        elif m.group(2) or m.group(4):
            mo, y = (m.group(2), m.group(3)) if m.group(2) else (m.group(4), m.group(5))
            return PartialDate(int(y), int(mo)), False
        elif m.group(6) and not any(d.date.day for d in dates):
            # "signed … in August 2021"
            return PartialDate(int(m.group(7)), EN_MONTHS.index(m.group(6).lower()) + 1), False
    # "signed … last year", "Năm ngoái, hai tỉnh đã ký …": the year before the article's own
    if c.own_sign and year_before(pub) and not dates and _LAST_YEAR.search(text, c.lo, c.hi):
        return PartialDate(year_before(pub)), False
    # "biên bản hợp tác đã ký kết năm 2019", "signed in 2016", "ký kết tại Hội nghị cấp cao năm 2024"
    after = (_YEAR_AFTER_VERB.match(text[sign.end():c.hi]) or _YEAR_ENDS_CLAUSE.match(text[sign.end():c.hi])) \
        if c.own_sign else None
    in_year = after and (not DOC.search(after.group(0)) or _SIGNING_YEAR.search(after.group(0)))
    this_year = in_year and pub and int(after.group(1)) == pub.year and ctx.event_date() is not None
    if in_year and not dates and (not pub or not pub.year or int(after.group(1)) <= pub.year) and not this_year:
        # ("signed minutes of talks on cooperation in 2024" in a 2024 article whose lead names the day: today's)
        return PartialDate(int(after.group(1))), False
    if in_year and dates and pub and pub.year and int(after.group(1)) < pub.year \
            and all(d.start >= sign.end() + after.end() and d.date.year != int(after.group(1)) for d in dates):
        # "A and B, which signed an MoU in 2019, held talks on April 5": the year by the verb is the signing's, the
        # day after it the talks'
        return PartialDate(int(after.group(1))), False
    # the day right after the verb is the signing's ("… hai tỉnh (được ký kết ngày 3/6/2020)"), whatever day the
    # sentence's occasion has before it
    day = next((d for d in dates if d.date.day is not None and d.start >= sign.end()
                and _ON_DAY.fullmatch(text, sign.end(), d.start)), None) \
        or next((d for d in dates if d.date.day is not None), None)
    if day and day.end is not None and not _ON_DAY.fullmatch(text, sign.end(), day.start):
        return None, True    # "Trong chuyến thăm từ ngày 4 đến 6/3, hai tỉnh đã ký kết …": on the trip, its day not said
    if day:
        return ctx.settle(day.date), True
    # "Earlier this month, A and B signed …": the month of the article's own date, a signing of these days
    this_month = next((d for d in dates if d.date.day is None and is_this_month(text, d)), None)
    if this_month:
        return this_month.date, True
    if sent.index > 1 and _REPORTED.search(text) and not _THIS_OCCASION.search(text):
        return None, False    # "Da Nang signed MoUs with five provinces, Triet said": told of, not done at the event
    month = ctx.trip_month(sent) if DURING_TRIP.match(text) else None
    if month:
        return month, True    # "During the visit (March 10-13), the two sides … signed": on the trip, day not said
    return occasion_date(ctx), True


def occasion_date(ctx: Context) -> PartialDate | None:
    """The day of the reported occasion (Context.event_date), unless that day is a recalled document's
    ('Biên bản hội đàm ký ngày 19/6/2022' in the lead dates that document, not the meeting)."""
    day = ctx.event_date()
    if day is None:
        return None
    for s in ctx.sentences[:4]:
        for dm in s.dates:
            if dm.date.day is not None and ctx.settle(dm.date) == day:
                signed_on = re.search(r"(?:\bký(?: kết)?|\bsigned)\s+(?:vào\s+|on\s+)?(?:ngày\s+)?$",
                                      s.text[max(0, dm.start - 20):dm.start], re.IGNORECASE)
                return None if signed_on and DOC.search(s.text, max(0, dm.start - 120), dm.start) else day
    return day


# what was signed at the occasion the speaker speaks at
_THIS_OCCASION = re.compile(r"\btoday\b|hôm nay|this occasion|dịp này|lần này|this time|"
                            # "He said that during his visit, the delegation has signed …": on the trip reported
                            r"\bduring (?:his|her|their|this) (?:visit|trip|stay)\b|tại (?:buổi|lễ) (?:lễ|ký|này)|"
                            r"at (?:the|this) (?:ceremony|signing)|"
                            # "agreements signed at this event", "các văn bản ký kết tại hội nghị này": the occasion's own
                            r"\b(?:at|during) this (?:event|conference|meeting|dialogue|session|visit)\b|"
                            r"(?:sự kiện|hội nghị|hội đàm|buổi làm việc|chuyến thăm) (?:lần )?này", re.IGNORECASE)
# a speaker telling of a signing ("…, X said", "X cho biết …")
_REPORTED = re.compile(r"cho biết|nhắc lại|\bsaid\b|\bnoted\b|\btold\b|\brecalled\b|\bhighlighted\b|\bemphasi[sz]ed\b|"
                       r"\bstressed\b|\baffirmed\b", re.IGNORECASE)


_ON_DAY = re.compile(r"\s*(?:kết\s+)?(?:vào\s+|on\s+|hôm\s+)?(?:ngày\s+)?", re.IGNORECASE)
# "signed a memorandum of understanding (MoU) on development cooperation in 2011.": a year that ends the clause, however
# long the document's name before it
# (part of the year: "in early 2019", "in mid-2019", "vào cuối năm 2019")
_YEAR_ENDS_CLAUSE = re.compile(r"^[^.;]{0,160}?\s(?:in|vào năm|in (?:early|late)|in mid-|vào (?:đầu|cuối|giữa) năm)\s*"
                               r"((?:19|20)\d{2})\s*(?=[.;]|$)")
_YEAR_AFTER_VERB = re.compile(r"^(?:\s+(?:kết|vào|từ|tại|in|at|on|back)\b)?(?:\s+[^\s,;.]+){0,7}?\s+"
                              r"(?:năm|in|in (?:early|late)|in mid-)\s*((?:19|20)\d{2})\b(?![–-]\d)")


def _venue(ctx: Context, sent: SentenceInfo) -> str | None:
    """Where it was signed: a venue named in the sentence (a dateline only when nothing else is), else the lead's."""
    venues = [m for m in sent.mentions if m.start in sent.venues]
    venues.sort(key=lambda m: m.start <= 2)
    return venues[0].unit if venues else ctx.lead_venue()


_BODIES = [
    (re.compile(r"(?:HĐND|Hội đồng nhân dân|People['’]?s Council)[^.;]{0,80}(?:HĐND|Hội đồng nhân dân|People['’]?s Council)|"
                # one name for both: "the People's Councils of A and B", "HĐND hai tỉnh"
                r"People['’]?s Councils\b|(?:HĐND|Hội đồng nhân dân) (?:hai|các|2) tỉnh"), "people-council"),
    (re.compile(r"(?:UBND|Ủy ban nhân dân)[^.;]{0,80}(?:[Cc]hính quyền)|"
                r"People['’]?s Committee[^.;]{0,80}\b(?:administration|authorities|government)\b"), "people-committee"),
    # the two party committees' own document, beside the governments' ("Tỉnh ủy A và Tỉnh ủy B ký …")
    # (not the committees' secretaries: "Bí thư Tỉnh ủy A và Bí thư Tỉnh ủy B ký")
    (re.compile(r"(?:(?<![Tt]hư )(?<!viên )(?:Tỉnh ủy|Thành ủy)|(?<!of )\bthe [A-Z][\w ]{0,30}? Party Committee)[^.;]{0,80}"
                r"(?:(?<![Tt]hư )(?<!viên )(?:Tỉnh ủy|Thành ủy)|(?<!of )\bthe [A-Z][\w ]{0,30}? Party Committee)"), "party-committee"),
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


def _post_holders(officials: list[Official]) -> dict[tuple[str, str], set[str]]:
    """The people the article names in each post of each unit."""
    out: dict[tuple[str, str], set[str]] = {}
    for o in officials:
        out.setdefault((o.post, o.unit), set()).add(o.name)
    return out


def _signatories(sent: SentenceInfo, sign: re.Match, roles: dict[str, set[str]], parties: list[str],
                 ctx: Context, lo: int = 0,
                 holders: dict[tuple[str, str], set[str]] | None = None) -> tuple[list[str], list[str]]:
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
        if start < sign.start() and _SPEECH.search(between):
            continue   # "bà X cho biết, năm 2022, hai tỉnh đã ký kết": the speaker tells of the signing
        if start < sign.start() and not WITNESS.search(between) and len(between) < 260:
            if any(u in parties for u in roles[name]):
                signers.append(name)
        elif start > sign.start() and re.search(r"(?:Đại diện|đại diện)[^.]{0,40}ký", text[:sign.end() + 10]):
            signers.append(name)   # "Đại diện buổi lễ ký kết ... có ông X và ông Y"
        elif start > sign.start() and _BY.match(text, sign.end(), start) and not WITNESS.search(text, sign.end(), start) \
                and not re.search(r"[.;]", text[sign.end():start]) and any(u in parties for u in roles[name]):
            signers.append(name)   # "was signed by X and Y"
        elif start < sign.start() and WITNESS.search(between):
            witnesses.append(name)
        elif start > sign.start() and signers and _WITH_COSIGNER.search(text, sign.end(), start) \
                and start - sign.end() < 160 and not re.search(r"[.;]", text[sign.end():start]) \
                and any(u in parties for u in roles[name]):
            signers.append(name)   # "X signed the minutes with his counterpart Y", "X ký biên bản với ông Y"
    # "The two sides signed an MoU, with X and Y signing on behalf of their provinces": the signers after the verb
    absolute = _WITH_SIGNING.search(text, sign.end())
    if absolute and not re.search(r"[.;]", text[sign.end():absolute.start()]):
        signers += [name for start, end, name in sent.people if absolute.start(1) <= start < absolute.end(1)
                    and name in roles and any(u in parties for u in roles[name]) and name not in signers]
    # "Vanxay and Chairman … Tran Thang signed": a short name beside a full one
    signers += [n for n in _short_signers(sent, sign, roles, parties, ctx, lo) if n not in witnesses]
    signers += _post_signers(sent, sign, parties, holders or {}, roles, signers, windows, lo)
    if not signers and _THEY_SIGN.search(text, max(lo, sign.start() - 40), sign.start()) and sent.index > 0:
        signers = _named_before(ctx.sentences[sent.index - 1], roles, parties)
    return _uniq(signers), _uniq(witnesses)


def _post_signers(sent: SentenceInfo, sign: re.Match, parties: list[str], holders: dict[tuple[str, str], set[str]],
                  roles: dict[str, set[str]], signers: list[str], windows: list[tuple[int, int]], lo: int) -> list[str]:
    """Signers named only by their post in the verb's subject ("Chairman X and the Governor of Y sign …", a caption):
    the one person the article names in that post of that party."""
    text = sent.text
    covered = {u for n in signers for u in roles.get(n, ())}
    out: list[str] = []
    for t in sent.titles or []:
        # ("the Governor of the Government of X Province sign": the unit named after the post, before the verb)
        unit = t.unit or next((m.unit for m in sent.mentions if t.end <= m.start < min(sign.start(), t.end + 60)), None)
        if not (lo <= t.start and t.end <= sign.start()) or unit not in parties or unit in covered:
            continue
        if any(ws <= t.start < we for ws, we in windows) or re.search(r"[,;:]", text[t.end:sign.start()]) \
                or WITNESS.search(text, t.end, sign.start()) or _SPEECH.search(text, t.end, sign.start()) \
                or re.search(r"\bthat\b|\brằng\b", text[t.end:sign.start()]) or _CONGRATULATED_ON.search(text, max(0, sign.start() - 120), sign.start()):
            continue    # the post is the verb's own subject: no clause, witness or congratulation between
        if any(t.end <= start <= t.end + 40 or 0 <= t.start - end <= 4 for start, end, _ in sent.people):
            continue    # a name follows the post (or stands just before it): that person, read above
        names = holders.get((t.code, unit), set())
        if len(names) == 1:
            out.append(next(iter(names)))
            covered.add(unit)
    return out


# the verb's subject points back at the people just named: "The officials also signed …", "Hai đồng chí đã ký …"
# ("After the talks, the two officials signed …", "Sau hội đàm, hai đồng chí đã ký …": after a framing phrase)
_THEY_SIGN = re.compile(r"(?:^|[.;]\s*|,\s*)(?:[Tt]he (?:two )?(?:officials|leaders)|[Bb]oth (?:officials|leaders)|"
                        r"[Hh]ai đồng chí|[Hh]ai vị lãnh đạo|[Hh]ai lãnh đạo)(?:\s+(?:also|then|later|đã|cũng|sau đó|then also))*\s*$")


def _named_before(prev: SentenceInfo, roles: dict[str, set[str]], parties: list[str]) -> list[str]:
    """The people of the sentence before, one of each party, when it names exactly one of each."""
    by_party: dict[str, list[str]] = {}
    for _, _, name in prev.people:
        for unit in roles.get(name, ()):
            if unit in parties and name not in by_party.setdefault(unit, []):
                by_party[unit].append(name)
    if len(by_party) != len(parties) or any(len(v) != 1 for v in by_party.values()):
        return []
    return [v[0] for v in by_party.values()]


# the other signer, after the document: "with his Lao counterpart", "với ông", "with Governor"
# ("ký Biên bản hội đàm với Phó Tỉnh trưởng tỉnh Khăm Muồn NAME": a post and its province may stand before the name)
_WITH_COSIGNER = re.compile(r"\b(?:with|với)\s+(?:(?:his|her|their|the)\s+)?(?:[\w'’-]+\s+){0,7}$")
# the agents of a passive verb: "signed by", "signed on May 5 by"
# (and "ký kết giữa ông A và ông B", "signed between Mr A and Mr B": people after "between" are the signers)
_BY = re.compile(r"(?:\s+[^\s.;,]+){0,5}?\s+(?:by|bởi)\b|(?:\s+kết)?\s+(?:giữa|between)(?=\s+(?:ông|bà|đồng chí|Mr|Ms|Mrs)\b)")
_SPEECH = re.compile(r"cho biết|thông tin|thông báo|nhấn mạnh|khẳng định|nhắc lại|\bnói\b|\bsaid\b|\bnoted\b|\bstated\b|"
                     r"\btold\b|\binformed\b|\brecalled\b|\bstressed\b|\bemphasi[sz]ed\b|\baffirmed\b|\bhighlighted\b|"
                     r"\bunderlined\b|\bpointed out\b|\bremarks\b|\bspeech\b|\bexpressed\b|bày tỏ|phát biểu", re.IGNORECASE)


# an absolute phrase after the verb names the signers: ", with X and Y signing (on behalf of …)"
_WITH_SIGNING = re.compile(r",\s+with\s+([^,;.]{3,150}?)\s+(?:signing|inking)\b")


def _short_signers(sent: SentenceInfo, sign: re.Match, roles: dict[str, set[str]], parties: list[str],
                   ctx: Context, lo: int) -> list[str]:
    """'Duong and Khamlieng signed': short names of people introduced earlier in full, as the subject of the verb.
    A Vietnamese name is shortened to its last word (the given name), others to their first."""
    short: dict[str, list[str]] = {}
    for name, units in roles.items():
        words = re.split(r"[\s-]+", name)
        if len(words) < 2:
            continue
        vn = all(ctx.gaz.country_of(u) == "VN" for u in units)
        short.setdefault(fold(words[-1] if vn else words[0]), []).append(name)
    subject = sent.text[max(lo, sign.start() - 150):sign.start()]
    by = _BY.match(sent.text, sign.end())
    absolute = _WITH_SIGNING.search(sent.text, sign.end())
    if by:
        subject = sent.text[by.end():by.end() + 60]   # "was signed by Cuong and Phoxay"
    elif absolute and not re.search(r"[.;]", sent.text[sign.end():absolute.start()]):
        subject = absolute.group(1)   # "…, with Hau and Somphet signing on behalf of …"
    if WITNESS.search(subject) or _SPEECH.search(subject):
        return []
    out = []
    for m in re.finditer(r"\b[A-ZĐ][\w-]+", subject):
        names = short.get(fold(m.group()), [])
        if len(names) == 1 and any(u in parties for u in roles[names[0]]):
            out.append(names[0])
    return out


def _uniq(xs: list[str]) -> list[str]:
    out: list[str] = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


def fields_in(text: str) -> list[str]:
    """Fields of cooperation a passage names."""
    return sorted({code for rx, code in _FIELD_RES if rx.search(text)})


def _merge(found: list[Agreement], held: set[int] | frozenset[int] = frozenset(),
           listed: dict[int, tuple[int, int]] | None = None) -> list[Agreement]:
    """Mentions of one document become one agreement: same parties, compatible period and date (documents the sides
    have, ``held`` by id, stay apart from the one signed on the day; the documents of one list, ``listed`` by id with
    their sentence and clause, stay apart from each other)."""
    listed = listed or {}
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
            if _years_apart(a, b) or _years_apart(b, a):
                continue   # "the MoU signed on 1 November 2019" is not "their pact for 2022-2023"
            if a.current != b.current and (a.signed if b.current else b.signed):
                continue   # a signing recalled with its year is not the one the article reports
            if a.current != b.current and (id(a) in held or id(b) in held):
                continue   # documents the sides have are not the one signed on the day
            if id(a) in listed and id(b) in listed and listed[id(a)][0] == listed[id(b)][0] \
                    and listed[id(a)] != listed[id(b)]:
                continue   # "an MoU in 2011 and then MoUs for 2012-2016": two documents of one list
            if a.evidence.index == b.evidence.index and "other" not in (a.kind, b.kind) and a.kind != b.kind:
                continue   # "signed an agreement …; the two sides also signed minutes": two documents
            target = b
            break
        if target is None:
            if a.body and any(b.body is None and b.period == a.period and set(b.parties) == set(a.parties) for b in out):
                # a body-specific document beside a general one of the same parties and period: a second agreement
                base = next(b for b in out if b.body is None and b.period == a.period and set(b.parties) == set(a.parties))
                a.signed = a.signed or base.signed
            out.append(a)
            continue
        if a.signed and not target.signed:
            # the sentence that tells the signing is the document's evidence (and its signing event's); a sentence
            # that only named the document before comes second
            target.evidence, a.evidence = a.evidence, target.evidence
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


def _years_apart(a: Agreement, b: Agreement) -> bool:
    """A's signing year lies well before B's period: two documents."""
    return bool(a.signed and a.signed.year and b.period and not a.period and a.signed.year < b.period[0] - 1)


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
