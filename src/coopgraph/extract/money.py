"""Money that one party gives or pledges to another."""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from ..facts import Commitment, Evidence
from .context import Context, SentenceInfo

_GIVE = re.compile(r"hỗ trợ|viện trợ|tặng|ủng hộ|trao tặng|tài trợ|\bsupport(?:ed|s)?\b|\baid\b|\bpledged?\b|\bdonat\w*|"
                   r"\bgrant(?:ed|s)?\b|\bhanded over\b|\bassist\w*|\bpresent(?:ed|s)\b|\bgave\b|\bgive[sn]?\b|\bcontribut\w*|"
                   r"\bprovid(?:ed|es)\b|\bfunded\b|\ballocated\b|trao (?:số tiền|kinh phí)",
                   re.IGNORECASE)
_NOT_GIFT = re.compile(r"kim ngạch|vốn đăng ký|thu ngân sách|tổng vốn|vốn đầu tư|doanh thu|xuất khẩu|nhập khẩu|"
                       r"\bfirms?\b|doanh nghiệp|công ty|\bworth\b|turnover|revenue|registered capital|\btrade\b",
                       re.IGNORECASE)
_THANK = re.compile(r"\bthank\w*|cảm ơn|cám ơn|tri ân|ghi nhận sự", re.IGNORECASE)
_SCALE = {"tỷ": 10**9, "tỉ": 10**9, "triệu": 10**6, "nghìn": 10**3, "ngàn": 10**3,
          "billion": 10**9, "million": 10**6, "thousand": 10**3, "bn": 10**9, "mln": 10**6}
_CUR = {"đồng": "VND", "vnd": "VND", "vnđ": "VND", "dong": "VND", "usd": "USD", "đô la mỹ": "USD", "us$": "USD",
        "$": "USD", "kíp": "LAK", "kip": "LAK", "lak": "LAK"}
_NUM = r"(\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
_AMOUNT = re.compile(
    r"(?:(?P<cur1>VND|USD|US\$|\$|LAK)\s?" + _NUM.replace("(", "(?P<n1>", 1) + r"\s*(?P<sc1>billion|million|thousand|bn|mln)?)"
    r"|(?:" + _NUM.replace("(", "(?P<n2>", 1) + r"\s*(?P<sc2>tỷ|tỉ|triệu|nghìn|ngàn|billion|million|thousand)?\s*"
    r"(?P<cur2>đồng|VNĐ|VND|USD|đô la Mỹ|kíp|kip|LAK|dong)\b)",
    re.IGNORECASE)
_GIVER_OF = re.compile(r"(?:(?:viện trợ|hỗ trợ|aid|support)(?: không hoàn lại| non-refundable)?\s+(?:của|from)|"
                       r"(?:từ\s+)?ngân sách(?: địa phương)?(?: của)?|funded by|from the budget of)\s+(?:tỉnh\s+|the\s+)?$",
                       re.IGNORECASE)


def _value(num: str, scale: str | None, lang: str, cur_first: bool) -> int | None:
    """'3,2' tỷ (Vietnamese decimal comma), '18.100' (dot thousands), '381,000' (English thousands)."""
    s = num
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
        for m in _AMOUNT.finditer(text):
            # a conversion in brackets after another sum: "(nearly 8 million USD)"
            if re.search(r"\(\s*(?:khoảng|gần|hơn|around|nearly|about|some|over)?\s*$", text[max(0, m.start() - 15):m.start()]):
                continue
            if _NOT_GIFT.search(text[max(0, m.start() - 120):m.start()]) and not _GIVE.search(text[max(0, m.start() - 60):m.start()]):
                continue
            cur_first = bool(m.group("cur1"))
            num = m.group("n1") or m.group("n2")
            scale = m.group("sc1") or m.group("sc2")
            cur = _CUR.get((m.group("cur1") or m.group("cur2")).lower())
            value = _value(num, scale, ctx.language, cur_first)
            if not value or not cur:
                continue
            givers, receivers = _sides(ctx, sent, give.start(), m.start())
            if not givers or not receivers:
                continue
            each = re.match(r"[^.;]{0,40}?(?:\beach\b|mỗi tỉnh|mỗi bên|mỗi địa phương)", text[m.end():])
            targets = receivers if each or len(receivers) == 1 else receivers[:1]
            if len(receivers) > 1 and not each:
                continue   # a sum shared by several receivers: who gets what is not said
            if not ctx.gaz.is_subnational(givers[0]) and not any(ctx.gaz.is_subnational(r) for r in receivers):
                continue   # aid between states is not a province's commitment
            purpose = _purpose(text[m.end():])
            for r in targets:
                out.append(Commitment(giver=givers[0], receiver=r, value=value, currency=cur,
                                      evidence=Evidence(sent.index, text), purpose=purpose))
    return _dedupe(out)


def _sides(ctx: Context, sent: SentenceInfo, give_pos: int, amount_pos: int) -> tuple[list[str], list[str]]:
    """Giver: named as the source of the money, else before the giving verb; receivers: named after it."""
    text = sent.text
    givers: list[str] = []
    receivers: list[str] = []
    clause_end = text.find(";", amount_pos)
    clause_end = len(text) if clause_end < 0 else clause_end
    for mm in sent.mentions:
        if mm.district or mm.start > clause_end:
            continue
        if _GIVER_OF.search(text[max(0, mm.start - 70):mm.start]):
            givers.insert(0, mm.unit)
        elif mm.start < give_pos:
            givers.append(mm.unit)
        elif not re.search(r"\b(?:for|để|nhằm)\b[^,;]*$", text[amount_pos:mm.start]) or mm.start < amount_pos:
            receivers.append(mm.unit)
    # "the Lao province": a country's name used of the article's own unit of that country
    receivers = [_own_unit(ctx, r) for r in receivers]
    # "X thanked Y for its support of N": Y gave, X received
    thank = _THANK.search(text, 0, give_pos)
    if thank:
        before = [mm.unit for mm in sent.mentions if mm.end <= thank.start() and not mm.district]
        after = [mm.unit for mm in sent.mentions if thank.end() <= mm.start < give_pos and not mm.district]
        if after:
            givers, receivers = after[:1], [_own_unit(ctx, u) for u in before[-1:]] or receivers
    givers = [g for g in dict.fromkeys(givers) if g not in receivers or len(receivers) > 1]
    receivers = [r for r in dict.fromkeys(receivers) if r not in givers]
    if givers:
        # money crosses the border: a unit of the giver's own country is not the receiver (it may be the builder)
        receivers = [r for r in receivers if ctx.gaz.country_of(r) != ctx.gaz.country_of(givers[0])]
    if givers and not receivers:
        other = _other_side(ctx, sent, givers[0])
        receivers = [other] if other else []
    if receivers and not givers:
        other = _other_side(ctx, sent, receivers[0])
        givers = [other] if other else []
    return givers[:1], receivers


def _own_unit(ctx: Context, uid: str) -> str:
    if ctx.gaz.is_subnational(uid):
        return uid
    same = [u for u in ([ctx.main_vn] + ctx.main_foreign_units()) if u and ctx.gaz.country_of(u) == uid]
    return same[0] if len(same) == 1 else uid


def _other_side(ctx: Context, sent: SentenceInfo, unit: str) -> str | None:
    vn = ctx.gaz.country_of(unit) == "VN"
    for prev in reversed(ctx.sentences[max(0, sent.index - 2):sent.index]):
        for mm in prev.mentions:
            if ctx.gaz.is_subnational(mm.unit) and (ctx.gaz.country_of(mm.unit) == "VN") != vn:
                return mm.unit
    return ctx.main_foreign if vn else ctx.main_vn


def _purpose(after: str) -> str:
    m = re.match(r"[^.;]*?(?:để|nhằm|cho|for|to)\s+([^.;()]{3,120})", after)
    return m.group(1).strip() if m else ""


def _dedupe(items: list[Commitment]) -> list[Commitment]:
    seen = set()
    out = []
    for c in items:
        key = (c.giver, c.receiver, c.value, c.currency)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out
