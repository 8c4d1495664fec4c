"""States named by their bodies ("Nhà nước Việt Nam", "the Lao and Vietnamese governments", "Tổng LSQ Việt Nam"):
a state that acts in a ceremony or gives a gift is a party of its own, not one of its provinces."""
from __future__ import annotations

import re

_COUNTRY_WORDS = {"VN": r"Việt Nam|Vietnam(?:ese)?", "LA": r"Lào|Laos|Lao", "KH": r"Campuchia|Cambodia(?:n)?",
                  "CN": r"Trung Quốc|China|Chinese", "TH": r"Thái Lan|Thailand|Thai", "KR": r"Hàn Quốc|Korea(?:n)?",
                  "JP": r"Nhật Bản|Japan(?:ese)?"}
_ANY_COUNTRY = "|".join(f"(?:{w})" for w in _COUNTRY_WORDS.values())
_VI_BODY = (r"(?:Nhà nước|Chính phủ|Đại sứ quán|(?:Tổng )?Lãnh sự(?: quán)?|(?:Tổng )?LSQ)(?:(?:,| và)? (?:Đảng|Nhà nước|"
            r"Chính phủ|nhân dân))*\s+(?:nước\s+|CHXHCN\s+|CHDCND\s+)?(?P<vi>" + _ANY_COUNTRY + r")")
_EN_BODY = (r"\b(?P<en>(?:" + _ANY_COUNTRY + r")(?: and (?:" + _ANY_COUNTRY + r"))?) (?:[Gg]overnments?|State|"
            r"Embass(?:y|ies)|Consulates?(?: General)?)\b"
            r"|\b(?:[Gg]overnment|State|Embassy|Consulate(?: General)?) of (?P<of>" + _ANY_COUNTRY + r")\b")
_NATIONAL_BODY = re.compile(_VI_BODY + "|" + _EN_BODY)
# a people gives gifts too ("a gift of the Vietnamese people"), but is no party to a ceremony
_GIVING_BODY = re.compile(_VI_BODY + "|" + _EN_BODY + r"|\b(?P<pe>" + _ANY_COUNTRY + r") people\b")
# "quà tặng của Đảng, Nhà nước và nhân dân Việt Nam", "viện trợ không hoàn lại của Chính phủ Lào",
# "a gift from the Vietnamese Government", "funded by the Vietnamese State"
_GIFT_OF = re.compile(r"(?:quà tặng|quà|viện trợ|tài trợ|\bgifts?\b|\baid\b|\bgrant\b|funded|financed|sponsored)"
                      r"(?:\s+không hoàn lại|\s+non-refundable)?\s+(?:của|from|of|by)\s+(?:the\s+)?(?:Đảng,?\s+)?$")


def _codes(m: re.Match) -> list[str]:
    """The countries the match's named group names (whichever of its alternatives matched)."""
    words = next((w for w in m.groupdict().values() if w), "")
    return [code for code, rx in _COUNTRY_WORDS.items() if re.search(rf"\b(?:{rx})\b", words)]


def national_bodies(text: str) -> list[tuple[int, str]]:
    """(position, country) of each state body named in a text."""
    return [(m.start(), code) for m in _NATIONAL_BODY.finditer(text) for code in _codes(m)]


# the body as the giving verb's subject: "the Vietnamese government has provided", "Chính phủ Lào đã hỗ trợ"
_AUXILIARIES = re.compile(r"\s*(?:(?:has|have|had|will|would|also|again|recently|đã|sẽ|vừa|cũng|tiếp tục|đang)\s+)*$")


def state_giver(text: str, give_pos: int | None = None) -> str | None:
    """The state a text names as the giver of a gift ('quà tặng của Nhà nước Việt Nam', or the subject of the giving
    verb at ``give_pos``: 'the Vietnamese government has provided'), if exactly one."""
    found = {code for m in _GIVING_BODY.finditer(text)
             if _GIFT_OF.search(text[max(0, m.start() - 60):m.start()])
             or give_pos is not None and m.end() <= give_pos and _AUXILIARIES.match(text, m.end(), give_pos)
             for code in _codes(m)}
    return found.pop() if len(found) == 1 else None


# a national leader named by the country alone: "the Vietnamese Party leader", "the Lao leader", "the top leader of
# Laos", "nhà lãnh đạo Lào" (the head of state or party the article named before by name and title)
_LEADER_OF = re.compile(r"\b(?:the\s+)?(?:top\s+)?(?P<adj>" + _ANY_COUNTRY + r")(?:\s+(?:Party|State|top))?\s+leader\b"
                        r"|\b(?:the\s+)?top\s+leader\s+of\s+(?P<of>" + _ANY_COUNTRY + r")\b"
                        r"|\bnhà lãnh đạo\s+(?:cấp cao\s+)?(?P<vi>" + _ANY_COUNTRY + r")\b")


def leaders_named_by_country(text: str) -> list[tuple[int, str]]:
    """(position, country) of each national leader a text names by the country alone ('the Vietnamese Party leader')."""
    return [(m.start(), code) for m in _LEADER_OF.finditer(text) for code in _codes(m)]


# an order given in a President's (or General Secretary's) name: "thừa ủy quyền (của) Chủ tịch nước CHDCND Lào",
# "Huân chương … của Chủ tịch nước Cộng hòa dân chủ nhân dân Lào", "on behalf of the Lao President" (a bare "Chủ tịch
# nước": Vietnam's)
_PRESIDENT_OF = re.compile(
    r"(?:[Tt]hừa (?:ủy|uỷ) (?:quyền|nhiệm)(?: của)?|[Hh]uân chương[^.;]{0,40}?của|sắc lệnh của)\s+(?:Chủ tịch nước|Tổng Bí thư)"
    # ("thừa ủy nhiệm của Chủ tịch nước, Thủ tướng Lào": the country named after the second leader)
    r"(?:(?:,|\s+và)\s+(?:Thủ tướng(?:\s+Chính phủ)?|Chủ tịch nước|Tổng Bí thư))*"
    r"(?:\s+(?:CHXHCN|CHDCND|Cộng hòa (?:dân chủ nhân dân|xã hội chủ nghĩa)|nước))?(?:\s+(?P<vi>" + _ANY_COUNTRY + r"))?"
    r"|\bon behalf of the (?P<en>" + _ANY_COUNTRY + r") (?:President|General Secretary|Party leader)\b"
    r"|\bon behalf of the President of (?P<of>" + _ANY_COUNTRY + r")\b")


def award_state(text: str) -> str | None:
    """The state in whose President's name a text says an order is given ('thừa ủy quyền của Chủ tịch nước CHDCND
    Lào', 'Huân chương … của Chủ tịch nước …'), if exactly one; a bare 'Chủ tịch nước' is Vietnam's."""
    found = set()
    for m in _PRESIDENT_OF.finditer(text):
        found |= set(_codes(m)) or {"VN"}
    return found.pop() if len(found) == 1 else None


# a gift of the head of state or government, or given on their behalf: "quà tặng của Chủ tịch nước", "thừa ủy quyền của
# Thủ tướng Chính phủ", "a gift from the Vietnamese President", "on behalf of the President of Laos": the state gives
# (Vietnam's, unless another country is named)
_LEADER_GIFT = re.compile(r"(?i:quà tặng|quà|món quà|thừa ủy quyền|thay mặt)\s+(?:của\s+)?"
                          r"(?:Chủ tịch nước|Tổng Bí thư|Thủ tướng(?: Chính phủ)?)(?:\s+(?P<vi>" + _ANY_COUNTRY + r"))?"
                          r"|(?i:\bgifts?|on behalf)\s+(?:from\s+|of\s+)?(?:the\s+)?(?:(?P<en>" + _ANY_COUNTRY + r")\s+"
                          r"(?:President|Prime Minister|General Secretary)|(?:President|Prime Minister|General Secretary)\s+of\s+"
                          r"(?P<of>" + _ANY_COUNTRY + r"))")


def leader_gift_state(text: str) -> str | None:
    """The state whose head gives the gift the text names (or on whose behalf it is given), if one."""
    found = {code for m in _LEADER_GIFT.finditer(text) for code in (_codes(m) or ["VN"])}
    return found.pop() if len(found) == 1 else None
