"""Money that one party gives or pledges to another."""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from ..facts import Commitment, Evidence
from .context import Context, SentenceInfo
from .dates import find_periods
from .states import leader_gift_state, state_giver

# the receiver as subject: "The Lao province received 1 billion VND from Nghe An", "tỉnh X tiếp nhận … từ tỉnh Y"
_RECEIVE = (r"(?:\breceived\b|tiếp nhận|nhận được|đã nhận)(?=[^.;]{0,30}?(?:(?:VND|USD|LAK)\s?\d|\d[\d.,]*\s*(?:tỷ|tỉ|triệu|"
            r"billion|million|VND|USD|đồng|kíp|kip)|số tiền|kinh phí))")
_GIVE = re.compile(r"hỗ trợ|viện trợ|tặng|ủng hộ|trao tặng|tài trợ|\bsupport(?:ed|s|ing)?\b|\baid\b|\bpledged?\b|\bdonat\w*|"
                   r"\bgrant(?:ed|s)?\b|\bhanded over\b|\bassist\w*|\bpresent(?:ed|s)\b|\bgave\b|\bgive[sn]?\b|\bcontribut\w*|"
                   r"\bprovid(?:e|ed|es|ing)\b|\bfunded\b|\ballocated\b|\bdoled out\b|\bdisbursed\b|\bearmarked\b|trao (?:số tiền|kinh phí)|trao(?=\s+\d[\d.,]*\s*(?:tỷ|tỉ|triệu|USD|đồng|kíp))|\btrao cho\b|(?:\bdành|\btrích(?: ngân sách)?|\bbố trí)(?=\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?\d[\d.,]*\s*(?:tỷ|tỉ|triệu))|bàn giao|" + _RECEIVE,
                   re.IGNORECASE)
_NOT_GIFT = re.compile(r"kim ngạch|vốn đăng ký|thu ngân sách|tổng vốn|vốn đầu tư|doanh thu|xuất khẩu|nhập khẩu|"
                       r"\bfirms?\b|\bcompan(?:y|ies)\b|\benterprises?\b|\binvest(?:ing|ed|s|ors?)\b|doanh nghiệp|công ty|turnover|revenue|registered capital|\btrade\b|"
                       r"per capita|\bincome\b|thu nhập|bình quân đầu người|\bGR?DP\b",
                       re.IGNORECASE)
# what a gift cost to build: "dự án … từ nguồn vốn viện trợ không hoàn lại do thành phố A tặng … với tổng số vốn đầu tư
# là 200.000 USD" (the "vốn đầu tư" of a grant, not a company's investment)
_GRANT_FUNDED = re.compile(r"viện trợ không hoàn lại|\bnon-refundable\b", re.IGNORECASE)
# the Vietnamese living abroad, named with the province where they live: "Hội người Việt Nam tỉnh Champasak",
# "cộng đồng người Việt tại Viêng Chăn"
_OVERSEAS_VIETNAMESE = re.compile(r"(?:[Hh]ội|[Cc]ộng đồng|kiều bào)\s+(?:người\s+)?Việt(?:\s+Nam)?\s+(?:tại\s+|ở\s+)?"
                                  r"(?:tỉnh\s+|thành phố\s+)?$")


def _overseas_receiver(sent: SentenceInfo, unit: str) -> bool:
    """The unit is named only as where an association of Vietnamese living abroad is."""
    return any(mm.unit == unit and _OVERSEAS_VIETNAMESE.search(sent.text, max(0, mm.start - 40), mm.start)
               for mm in sent.mentions)


# what goods or work are worth: a gift in kind when a giving word stands near ("free medicines ..., worth VND 100 million")
_WORTH = re.compile(r"\bworth\b", re.IGNORECASE)
_THANK = re.compile(r"\bthank\w*|cảm ơn|cám ơn|tri ân|ghi nhận sự", re.IGNORECASE)
_SCALE = {"tỷ": 10**9, "tỉ": 10**9, "triệu": 10**6, "nghìn": 10**3, "ngàn": 10**3,
          "billion": 10**9, "million": 10**6, "thousand": 10**3, "bn": 10**9, "mln": 10**6, "m": 10**6}
_CUR = {"đồng": "VND", "vnd": "VND", "vnđ": "VND", "dong": "VND", "usd": "USD", "đô la mỹ": "USD", "us$": "USD",
        "$": "USD", "kíp": "LAK", "kip": "LAK", "lak": "LAK", "lao kip": "LAK", "kíp lào": "LAK"}
# "sáu tỷ đồng": small numbers written as words before a scale
_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
_NUM = r"(\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?|(?-i:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)(?=\s+(?:tỷ|tỉ|triệu)\s))"
_AMOUNT = re.compile(
    r"(?:(?P<cur1>VND|USD|US\$|\$|LAK)\s?" + _NUM.replace("(", "(?P<n1>", 1) + r"\s*(?P<sc1>billion|million|thousand|bn|mln|(?-i:M|m)\b)?)"
    r"|(?:" + _NUM.replace("(", "(?P<n2>", 1) + r"(?:\s*|-)(?P<sc2>tỷ|tỉ|triệu|nghìn|ngàn|billion|million|thousand)?(?:\s*|-)"
    # ("6 đồng chí", "3 đồng bào": people, not dong)
    r"(?P<cur2>đồng(?!\s+(?:chí|bào|hương|đội|nghiệp)\b)|VNĐ|VND|USD|đô la Mỹ|kíp Lào|kíp|Lao kip|kip|LAK|dong)\b)"
    # "100 triệu tiền hàng hóa", "2 tỷ tiền mặt": a sum of money with no currency said is in dong
    r"|(?:" + _NUM.replace("(", "(?P<n3>", 1) + r"\s*(?P<sc3>tỷ|tỉ|triệu)\s+(?P<cur3>(?=tiền\b)))",
    re.IGNORECASE)
_GIVER_OF = re.compile(r"(?:(?:viện trợ|hỗ trợ|aid|support)(?: không hoàn lại| non-refundable)?"
                       # ("nguồn viện trợ 50 tỷ đồng của tỉnh A": the sum between the gift and its source)
                       r"(?:\s+(?:trị giá\s+|worth\s+|of\s+)?(?:hơn\s+|trên\s+|over\s+|more than\s+)?[\d.,]+\s*(?:tỷ|tỉ|triệu|billion|million)?\s*(?:đồng|VND|USD|kíp))?"
                       r"\s+(?:của|from)|"
                       r"(?:từ\s+)?ngân sách(?: địa phương)?(?: của)?|from the budget of)\s+(?:tỉnh\s+|the\s+)?$"
                       # "funded by the administration and people of the central city of Da Nang"
                       r"|\b(?:funded|financed|sponsored|paid for) by(?:\s+(?-i:the|[a-z][\w-]*)){0,10}\s+$",
                       re.IGNORECASE)


def _value(num: str, scale: str | None, lang: str, cur_first: bool) -> int | None:
    """'3,2' tỷ (Vietnamese decimal comma), '18.100' (dot thousands), '381,000' (English thousands)."""
    s = str(_WORDS[num]) if num in _WORDS else num
    if lang == "vi" and not cur_first:
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", s):
            s = s.replace(".", "")
        s = s.replace(",", ".")
    else:
        if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", s):
            s = s.replace(",", "")
        elif re.fullmatch(r"\d+,\d{1,2}", s):
            s = s.replace(",", ".")
    try:
        v = Decimal(s) * _SCALE.get((scale or "").lower(), 1)
    except InvalidOperation:
        return None
    # no real sum has more than 18 digits; a longer run of digits is not money
    return int(v.to_integral_value()) if v.is_finite() and 0 < v < 10**18 else None


def find_commitments(ctx: Context) -> list[Commitment]:
    """Sums of money with a clear giver and receiver."""
    out: list[Commitment] = []
    for sent in ctx.sentences:
        text = sent.text
        give = _GIVE.search(text)
        if not give:
            continue
        sums = []
        for m in _AMOUNT.finditer(text):
            # a conversion in brackets after another sum: "(nearly 8 million USD)"
            if re.search(r"\(\s*(?:khoảng|gần|hơn|around|nearly|about|some|over|equivalent to|approximately|roughly|"
                         r"tương đương(?: với)?|xấp xỉ)?\s*$", text[max(0, m.start() - 25):m.start()]):
                continue
            if _PER_PERSON.match(text, m.end()) or _PER_PERSON_BEFORE.search(text, max(0, m.start() - 25), m.start()):
                continue   # "mỗi người 1 triệu đồng" before it, or "… each student": money for people, not a province
            if _NOT_GIFT.search(text[max(0, m.start() - 120):m.start()]) and not _GIVE.search(text[max(0, m.start() - 60):m.start()]) \
                    and not _GRANT_FUNDED.search(text, 0, m.start()):
                continue
            if _WORTH.search(text, max(0, m.start() - 30), m.start()) and not _GIVE.search(text[max(0, m.start() - 200):m.end() + 40]):
                continue   # "a project worth 5 million USD" with no gift near: a value, not money given
            cur_first = bool(m.group("cur1"))
            num = m.group("n1") or m.group("n2") or m.group("n3")
            scale = m.group("sc1") or m.group("sc2") or m.group("sc3")
            cur = "VND" if m.group("cur3") is not None else _CUR.get((m.group("cur1") or m.group("cur2")).lower())
            value = _value(num, scale, ctx.language, cur_first)
            if value and cur:
                sums.append((m, value, cur))
        if len(sums) > 1 and _EACH_AFTER.match(text, sums[0][0].end(), sums[1][0].start()):
            sums = sums[1:]   # "800 triệu đồng … cho 4 tỉnh (A, B, C, D) mỗi tỉnh 200 triệu đồng": the total of the parts
        owners = _owners(text, [m for m, _, _ in sums], sent)
        for i, (m, value, cur) in enumerate(sums):
            mine = {start for start, owner in owners.items() if owner == i} if len(sums) > 1 else None
            give_pos, lo = _own_clause(ctx, sent, give.start(), m.start())
            if _COMPANY_GIVES.search(text, lo, give_pos):
                continue   # "the Dak Lak Rubber Company has disbursed …": a company's money, whatever province it is named for
            givers, receivers, together = _sides(ctx, sent, give_pos, m.start(), mine, lo)
            if not givers and not receivers and not sent.mentions:
                givers, receivers = _giver_before(ctx, sent)
            if not givers or not (receivers or together):
                continue
            each = re.match(r"[^.;]{0,40}?(?:\beach\b|" + _EACH + ")", text[m.end():]) or \
                re.search(r"(?:\beach\b|" + _EACH + r")\s*$", text[max(0, m.start() - 20):m.start()]) or \
                _EACH_NAMED.search(text, give_pos, m.start())   # "hỗ trợ mỗi tỉnh A và B 2 tỷ đồng", "gave each of A and B"
            shared = together or len(receivers) > 1 and not each
            purpose = _purpose(text[m.end():])
            # a sum shared by several receivers, who gets what not said: one commitment with no receiver
            for r in [None] if shared else receivers:
                if r and _overseas_receiver(sent, r):
                    continue    # "cho Hội người Việt Nam tỉnh X": money for the Vietnamese living there, not for X
                out.append(Commitment(giver=givers[0], receiver=r, value=value, currency=cur,
                                      evidence=Evidence(sent.index, text), purpose=purpose))
    return _dedupe(out)


# a company as the subject of the giving verb: "the X Rubber Company has disbursed", "Công ty cổ phần X tỉnh Y đã tài trợ"
_COMPANY_GIVES = re.compile(r"\b(?:[Cc]ompany|[Cc]orporation|[Ff]irm|[Ee]nterprises?|JSC|[Gg]roup|[Bb]ank)\s+"
                            r"(?:(?:has|have|had|also|then|already|recently|so far)\s+){0,2}$|"
                            r"(?:^|[,;:]\s*)(?:[Cc]ông ty|[Tt]ập đoàn|[Dd]oanh nghiệp|[Nn]gân hàng)\b[^,;.]{0,80}?\s+"
                            r"(?:(?:đã|cũng|vừa|mới)\s+){0,2}$")
_EACH = r"mỗi (?:tỉnh|bên|địa phương|huyện|đơn vị|thành phố)"
# "each" said of the receivers named next, between the giving verb and the sum
_EACH_NAMED = re.compile(r"\beach of\b|\beach (?:province|locality|city)\b|\b" + _EACH + r"\b(?=\s+[A-ZĐ]|\s+(?:tỉnh|thành phố)\s)")
_EACH_AFTER = re.compile(r"[^.;]*?(?:\beach\b|" + _EACH + r")\s*$")
# money for people ("mỗi người 1 triệu đồng", "… each student"), not for a province
_PER_PERSON = re.compile(r"[^.;]{0,10}?\b(?:mỗi (?:người|em|học sinh|sinh viên|suất|hộ)|each (?:person|student|household)|"
                         r"per (?:person|student|household))\b", re.IGNORECASE)
# ("50 suất quà, mỗi suất trị giá 1 triệu đồng", "gifts each worth 1 million VND": the value of one share)
_PER_PERSON_BEFORE = re.compile(r"\b(?:mỗi (?:người|em|học sinh|sinh viên|suất|hộ|gia đình|phần quà|phần)|"
                                r"each (?:person|student|household|family|gift|package))"
                                r",?\s*(?:(?:trị giá|có giá trị|gồm|là|worth|valued at)\s*)?$", re.IGNORECASE)


# a purpose clause: a place in it is where the money goes to work, named after the receiver
_PURPOSE = re.compile(r"\b(?:để|nhằm|in order to|to (?:build|help|support|construct|buy|repair|upgrade|renovate))\b[^,;]*$",
                      re.IGNORECASE)


_TO = re.compile(r"\b(?:to|for|cho|tặng|supporting|hỗ trợ)\s+(?:the\s+|hai\s+|các\s+)?(?:tỉnh\s+|thành phố\s+|province of\s+|city of\s+)?$",
                 re.IGNORECASE)


def _owners(text: str, sums: list[re.Match], sent: SentenceInfo) -> dict[int, int]:
    """Which of several sums in a sentence each place belongs to: '8.2 billion VND for A and 500 million VND to B'
    (a place after 'to/for/cho' is the sum's before it), 'hỗ trợ tỉnh A 5 tỷ đồng, tỉnh B 3 tỷ đồng' (a bare place
    is the next sum's)."""
    owners = {}
    for mm in sent.mentions:
        before = [i for i, m in enumerate(sums) if m.end() <= mm.start]
        after = [i for i, m in enumerate(sums) if m.start() >= mm.end]
        if not before:
            owners[mm.start] = 0
        elif after and re.search(r",\s", re.sub(r"\([^)]*\)", "", text[sums[before[-1]].end():mm.start])) \
                and not re.search(r"[,;]\s", text[mm.end:sums[after[0]].start()]):
            owners[mm.start] = after[0]   # "…3 tỷ đồng, hỗ trợ tỉnh B 2 tỷ đồng": a new clause, the next sum's
        elif not after or _TO.search(text[max(0, mm.start - 25):mm.start]):
            owners[mm.start] = before[-1]
        else:
            owners[mm.start] = after[0]
    return owners


# a country's name that only says where the next place is: "Vietnam's central city of Da Nang", "Laos' Savannakhet"
_QUALIFIES = re.compile(r"['’]s?\s+(?:(?:northern|southern|eastern|western|central|north|south|east|west|"
                        r"north-?\w+|south-?\w+|border|mountainous|coastal|neighbouring|neighboring)\s+)*"
                        r"(?:(?:city|province|capital|prefecture|region)\s+of\s+)?(?=[A-Z])")


# an opening phrase that frames the news ("Tiếp tục hỗ trợ Lào khắc phục lũ lụt, …", "Continuing its support to Laos, …")
_LEADING = re.compile(r"^\s*(?:Tiếp tục|Nhằm|Với mong muốn|Continuing|In support of|As part of|In response to)\b[^,;]{0,200},")


def _own_clause(ctx: Context, sent: SentenceInfo, give_pos: int, amount_pos: int) -> tuple[int, int]:
    """The giving verb of a sum and where its clause starts: a clause after ';' with a province and a giving verb of its
    own before the sum ('A ủng hộ 300 triệu đồng; tỉnh B ủng hộ 550 triệu đồng') is read alone."""
    lead = _LEADING.match(sent.text)
    if lead and give_pos < lead.end():
        # "Tiếp tục các hoạt động hỗ trợ Lào …, chiều 31/7, X đã trao …": the main clause's verb, not the framing one
        verbs = list(_GIVE.finditer(sent.text, lead.end(), amount_pos))
        if verbs:
            return verbs[0].start(), lead.end()
    lo = sent.text.rfind(";", 0, amount_pos) + 1
    if lo <= give_pos:
        return give_pos, 0
    verbs = list(_GIVE.finditer(sent.text, lo, amount_pos))
    if verbs and any(lo <= mm.start < verbs[-1].start() and ctx.gaz.is_subnational(mm.unit) for mm in sent.mentions):
        return verbs[-1].start(), lo
    return give_pos, 0


def _sides(ctx: Context, sent: SentenceInfo, give_pos: int, amount_pos: int,
           mine: set[int] | None = None, lo: int = 0) -> tuple[list[str], list[str], bool]:
    """Giver: named as the source of the money, else before the giving verb, else a state the article names as the
    giver of the gift; receivers: named after the verb (those of this sum, ``mine``, when the sentence has several);
    and whether the sum goes to a country's provinces together ('supporting the Lao provinces')."""
    text = sent.text
    givers: list[str] = []
    receivers: list[str] = []
    together = False
    met: list[str] = []
    voice, agent_from = _voice(sent, give_pos)
    # the passive's own clause: "the Vientiane Times reported that the school was funded by …"
    subject_from = max((m.end() for m in re.finditer(r"[,;:]|\bthat\b|\brằng\b", text[:give_pos])), default=0)
    in_purpose: list[str] = []
    source_named = False
    clause_end = text.find(";", amount_pos)
    clause_end = len(text) if clause_end < 0 else clause_end
    lead_start = None   # where a country that only qualifies the next place starts ("Vietnam's central city of")
    for mm in sent.mentions:
        if mm.district or mm.start > clause_end or mm.start < lo:
            continue
        q = _QUALIFIES.match(text, mm.end) if ctx.gaz.unit(mm.unit).is_country else None
        if q and any(other.start == q.end() for other in sent.mentions):
            lead_start = mm.start
            continue
        at, lead_start = (mm.start if lead_start is None else lead_start), None
        if _GIVER_OF.search(text[max(0, at - 70):at]) or (
                _BY_VI.search(text[max(0, at - 30):at]) and _FUNDED_AFTER.match(text[mm.end:])):
            givers.insert(0, mm.unit)
            source_named = True
        elif voice and mm.start > give_pos and _FROM_BY.search(text[max(0, at - 45):at]):
            givers.insert(0, mm.unit)    # "presented by Y", "received ... from Y", "tiếp nhận ... từ tỉnh Y"
            source_named = True
        elif voice and agent_from <= mm.start < give_pos:
            givers.insert(0, mm.unit)    # "X được tỉnh Y hỗ trợ"
            source_named = True
        elif voice and mm.start < give_pos:
            if mm.start >= subject_from:
                receivers.append(mm.unit)    # the subject of a passive or of 'received' gets the money
        elif mm.start < give_pos and _MET.search(text[max(0, at - 60):at]):
            met.append(mm.unit)    # "paid a courtesy call on Governor of X and presented ...": X is met, not giving
        elif mm.start < give_pos and mm.start in sent.venues:
            continue   # "Sáng 22/7, tại Luông Phra-băng, … đã trao": where it was given, not who gave
        elif mm.start < give_pos:
            givers.append(mm.unit)
        elif mine is not None and mm.start not in mine:
            continue
        elif mm.start > amount_pos and _PURPOSE.search(text[amount_pos:mm.start]):
            in_purpose.append(mm.unit)
        elif ctx.gaz.unit(mm.unit).is_country and (_PROVINCES_OF.search(text[max(0, at - 25):at])
                                                   or _PROVINCES_AFTER.match(text[mm.end:])):
            together = True    # "the Laos provinces", "các tỉnh bạn Lào": several receivers, none named
        else:
            receivers.append(mm.unit)
    if not receivers and mine is not None:
        receivers = in_purpose
    elif not receivers and len(set(in_purpose)) == 1:
        receivers = in_purpose   # "… pledged VND 5 billion to build a road in Xieng Khouang": the one place it works in
    elif not receivers and len(set(in_purpose)) > 1:
        together = True   # "handed over LAK260 million … to support the three provinces of A, B and C": shared
    if not receivers:
        receivers = met
    # "X thanked Y for its support of N": Y gave, X received
    thank = _THANK.search(text, 0, give_pos)
    if thank:
        before = [mm.unit for mm in sent.mentions if mm.end <= thank.start() and not mm.district]
        after = [mm.unit for mm in sent.mentions if thank.end() <= mm.start < give_pos and not mm.district]
        if after:
            givers, receivers = after[:1], [_own_unit(ctx, u) for u in before[-1:]] or receivers
    if not givers or not any(ctx.gaz.is_subnational(g) for g in givers[:1]):
        # "quà tặng của Đảng, Nhà nước và nhân dân Việt Nam": a state's gift, here or in the lead
        state = state_giver(text, give_pos) or leader_gift_state(text) \
            or next((g for s in ctx.sentences[:4] for g in [state_giver(s.text) or leader_gift_state(s.text)] if g), None)
        if state and not any(ctx.gaz.is_subnational(g) and ctx.gaz.country_of(g) == state for g in givers):
            givers = [state]
    if givers and not source_named and not ctx.gaz.is_subnational(givers[0]):
        # "the Lao province of Oudomxay", "Ủy ban MTTQ Việt Nam tỉnh Bình Định": the province gives, not its country
        own = [g for g in givers if ctx.gaz.is_subnational(g) and ctx.gaz.country_of(g) == givers[0]]
        if own:
            givers = own + givers
    # "the Lao province": a country's name used of the article's own unit of that country; but a state's gift to a
    # country named as the verb's object goes to that state ("the Chinese Government pledged Vietnam 500,000 USD")
    states_given = {mm.unit for mm in sent.mentions if ctx.gaz.unit(mm.unit).is_country
                    and _STATE_OBJECT.search(text, max(0, mm.start - 30), mm.start)} \
        if givers and not ctx.gaz.is_subnational(givers[0]) else set()
    # a ministry of a state gives or receives for that state ("Bộ Lao động - Thương binh và Xã hội Lào", "the Lao Ministry of")
    states_given |= {mm.unit for mm in sent.mentions if ctx.gaz.unit(mm.unit).is_country
                     and (_MINISTRY_BEFORE.search(text, max(0, mm.start - 60), mm.start) or _MINISTRY_AFTER.match(text, mm.end))}
    receivers = [r if r in states_given else _own_unit(ctx, r) for r in receivers]
    givers = [g for g in dict.fromkeys(givers) if g not in receivers or len(receivers) > 1]
    receivers = [r for r in dict.fromkeys(receivers) if r not in givers]
    if givers:
        # money crosses the border: a unit of the giver's own country is not the receiver (it may be the builder)
        receivers = [r for r in receivers if ctx.gaz.country_of(r) != ctx.gaz.country_of(givers[0])]
        if ctx.gaz.is_subnational(givers[0]) and any(ctx.gaz.is_subnational(r) for r in receivers):
            # "the Lao provinces" beside named ones: a country left unresolved is not one more receiver
            receivers = [r for r in receivers if ctx.gaz.is_subnational(r)]
    if givers and not receivers and together:
        return givers[:1], [], True
    if givers and not receivers:
        other = _other_side(ctx, sent, givers[0])
        receivers = [other] if other else []
    if receivers and not givers:
        other = _other_side(ctx, sent, receivers[0])
        givers = [other] if other else []
    if givers and ctx.gaz.is_subnational(givers[0]):
        # a province's money to a whole country ("supporting the Laos provinces"): no single receiver is said
        receivers = [r for r in receivers if ctx.gaz.is_subnational(r)]
    return givers[:1], receivers, False


_PROVINCES_OF = re.compile(r"(?:các|những|\d+|hai|ba|bốn|năm|nhiều)\s+(?:tỉnh|địa phương)(?:\s+(?:bạn|của|nước|bạn Lào))*\s*$",
                           re.IGNORECASE)
_PROVINCES_AFTER = re.compile(r"^(?:'s)?\s+(?:provinces|localities)\b", re.IGNORECASE)


_FROM_BY = re.compile(r"\b(?:by|from|từ)\s+(?:the\s+)?(?:tỉnh\s+|thành phố\s+|(?:people|authorities|administration|"
                      r"government)\s+of\s+(?:the\s+)?)?$", re.IGNORECASE)
_PASSIVE_EN = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:also\s+|officially\s+)?$", re.IGNORECASE)


def _voice(sent: SentenceInfo, give_pos: int) -> tuple[str, int]:
    """Whether the giving verb has the receiver as its subject: 'received' (receive), 'was presented' (passive),
    'được tỉnh Y hỗ trợ' (passive with its agent from the returned position on); '' for the active voice."""
    text = sent.text
    if re.match(_RECEIVE, text[give_pos:], re.IGNORECASE):
        return "receive", len(text)
    if _PASSIVE_EN.search(text[:give_pos]) and not re.match(r"\w+ing\b", text[give_pos:]):
        return "passive", len(text)    # (not "has been providing": a progressive is active)
    duoc = re.search(r"\bđược\s+(?:[^\s,.;]+\s+){0,6}$", text[max(0, give_pos - 60):give_pos])
    if duoc:
        return "passive", max(0, give_pos - 60) + duoc.end() - len(duoc.group()) + len("được")
    return "", len(text)


# the unit of the people met, before the giving verb: "paid a courtesy call on Governor of X and presented"
# (and the partner of a framing phrase: "As part of the cooperation framework with X, Y has provided …")
_MET = re.compile(r"(?:call on|visit to|visited|\bmet(?: with)?|meeting with|chào xã giao|thăm|tiếp|gặp|làm việc với|"
                  r"hội đàm với|cooperation (?:framework |ties |relations? |programmes? )?with|partnership with|hợp tác với)\s+(?:the\s+)?(?:[\w'’]+\s+){0,4}$", re.IGNORECASE)
# "công trình do tỉnh Quảng Nam tài trợ", "do Chính phủ Việt Nam viện trợ": the agent of a Vietnamese passive
_BY_VI = re.compile(r"\bdo\s+(?:UBND\s+|tỉnh\s+|thành phố\s+|(?:Nhà nước|Chính phủ|nhân dân)\s+)?$")
_FUNDED_AFTER = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:tài trợ|viện trợ|hỗ trợ|tặng|trao tặng|đầu tư xây dựng|xây dựng)")


_MINISTRY_BEFORE = re.compile(r"(?:\bBộ\s|\bMinist(?:ry|er) of\b)[^,;.()]{0,50}$")
_MINISTRY_AFTER = re.compile(r"\s+Minist(?:ry|er)\b")
_STATE_OBJECT = re.compile(r"(?:ủng hộ|hỗ trợ|viện trợ|tặng|\bcho|\bto|\bpledged?|\bgave|\bgive[sn]?|\bgranted?)\s+"
                           r"(?:nước\s+|nhân dân\s+|the people of\s+|[Cc]hính phủ\s+|[Nn]hà nước\s+|(?:the\s+)?[Gg]overnment of\s+)?$",
                           re.IGNORECASE)   # ("… của Chính phủ Việt Nam dành cho Chính phủ Lào")


def _own_unit(ctx: Context, uid: str) -> str:
    if ctx.gaz.is_subnational(uid):
        return uid
    same = [u for u in ([ctx.main_vn] + ctx.main_foreign_units()) if u and ctx.gaz.country_of(u) == uid]
    return same[0] if len(same) == 1 else uid


def _giver_before(ctx: Context, sent: SentenceInfo) -> tuple[list[str], list[str]]:
    """'The total value of donations is over 700 million VND', naming no place: the giver of the gifts of the two
    sentences before (a province as the subject of its giving verb), and its other side."""
    for prev in reversed(ctx.sentences[max(0, sent.index - 2):sent.index]):
        give = _GIVE.search(prev.text)
        if not give:
            continue
        subject = [mm.unit for mm in prev.mentions if mm.start < give.start() and not mm.district
                   and mm.start not in prev.venues and ctx.gaz.is_subnational(mm.unit)]
        if len(set(subject)) == 1:
            other = _other_side(ctx, sent, subject[0])
            return ([subject[0]], [other]) if other else ([], [])
    return [], []


def _other_side(ctx: Context, sent: SentenceInfo, unit: str) -> str | None:
    vn = ctx.gaz.country_of(unit) == "VN"
    for prev in reversed(ctx.sentences[max(0, sent.index - 2):sent.index]):
        for mm in prev.mentions:
            if mm.start in prev.venues and mm.start <= 2:
                continue   # a dateline is no side
            if ctx.gaz.is_subnational(mm.unit) and (ctx.gaz.country_of(mm.unit) == "VN") != vn:
                return mm.unit
    side = ctx.main_foreign if vn else ctx.main_vn
    # only a side the article names: a paper's own province gives nothing by being the paper's
    return side if side and ctx.unit_counts.get(side) else None


def _purpose(after: str) -> str:
    m = re.match(r"[^.;]*?(?:để|nhằm|cho|for|to)\s+([^.;()]{3,120})", after)
    return m.group(1).strip() if m else ""


def _dedupe(items: list[Commitment]) -> list[Commitment]:
    """A sum told twice (headline and body) is one gift; the same sum for two periods ('giai đoạn 2017 - 2019',
    'giai đoạn 2020 - 2022') is two."""
    seen: dict[tuple, set] = {}
    items = sorted(items, key=lambda c: c.receiver is None)   # a sum also told with its receiver is that one
    out = []
    for c in items:
        key = (c.giver, c.receiver, c.value, c.currency)
        when = tuple(p[2:] for p in find_periods(c.evidence.text)[:1])
        if key in seen and (not when or when in seen[key] or () in seen[key]):
            continue
        seen.setdefault(key, set()).add(when)
        out.append(c)
    return [c for c in out if not _total_of_parts(c, out)]


def _total_of_parts(c: Commitment, items: list[Commitment]) -> bool:
    """A sum with no receiver that the article also tells in parts, one to each receiver ('55 tỷ đồng' for two
    provinces, then '40 tỷ đồng' for one and '15 tỷ đồng' for the other): the total, not one more gift."""
    if c.receiver is not None:
        return False
    parts = [p.value for p in items if p.receiver and p.giver == c.giver and p.currency == c.currency]
    return len(parts) >= 2 and sum(parts) == c.value
