"""Dates in Vietnamese and English news text: days, months, years, ranges, partial dates."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..facts import PartialDate
from ..text import EN_MONTHS

_EN_MONTH_RE = "|".join(m.capitalize() for m in EN_MONTHS) + "|" + "|".join(
    m[:3].capitalize() + r"\." for m in EN_MONTHS if len(m) > 4)

# "Ngày 14/5", "Chiều 14/5/2025", "Sáng 11-11", "Ngày 3.11", "ngày 1-2/12", "từ ngày 26 đến 27/1", "10–14/4"
_DAY_WORD = r"(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm|[Hh]ôm)"
_VI_RANGE = re.compile(
    _DAY_WORD + r"\s+(?:ngày\s+)?(\d{1,2})\s*(?:[-–]|đến(?: ngày)?)\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?(?![\d/])"
    r"|(?<![\d/])từ\s+(?:ngày\s+)?(\d{1,2})\s*(?:[-–]|đến(?: ngày)?)\s*(\d{1,2})\s*/\s*(\d{1,2})(?:/(\d{4}))?(?![\d/])"
)
# a range across two months: "Từ ngày 29.8 – 2.9", "từ 30/3 đến 2/4/2024", "ngày 30/11 - 2/12"
_VI_CROSS_RANGE = re.compile(
    # ("từ 2.5 - 3.6 triệu" is no range of days: after a bare "từ", the day and month only with "/")
    r"(?:" + _DAY_WORD + r"\s+(?:ngày\s+)?|(?<![\w/])[Tt]ừ\s+ngày\s+|(?<![\w/])[Tt]ừ\s+(?=\d{1,2}/))"
    r"(\d{1,2})\s*([/.])\s*(\d{1,2})(?:\s*\2\s*(\d{4}))?\s*"
    r"(?:[-–]|đến(?: ngày)?)\s*(\d{1,2})\s*\2\s*(\d{1,2})(?:\s*\2\s*(\d{4}))?(?![\d/.]*\d)"
)
_VI_DAY = re.compile(
    _DAY_WORD + r"\s+(?:ngày\s+|nay\s+)?(?:\(\s*)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?(?![\d/.]*\d)"
    r"|(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])"
    # the day written in words: "ngày 12 tháng 3 năm 2019"
    r"|" + _DAY_WORD + r"\s+(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+((?:19|20)\d{2}))?(?!\d)"
)
# English of Vietnamese outlets writes the day first: "afternoon On 14/4", "on 20/10/2023" (a slash only: "on 2.5 ha")
_EN_SLASH_DAY = re.compile(r"\b[Oo]n\s+(?:the\s+)?(?:(?:morning|afternoon|evening|night)\s+of\s+)?(\d{1,2})/(\d{1,2})(?:/((?:19|20)\d{2}))?(?![\d/])")
_VI_MONTH = re.compile(r"tháng\s+(\d{1,2})\s*[/-]\s*(\d{4})|tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.IGNORECASE)
_VI_YEAR = re.compile(r"(?:[Nn]ăm|[Ii]n)\s+((?:19|20)\d{2})(?![\d/–-])")
_EN_DAY = re.compile(
    r"\b(" + _EN_MONTH_RE + r")\s+(\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?(?:st|nd|rd|th)?(?:,?\s*((?:19|20)\d{2}))?\b"
)
_EN_DAY_FIRST = re.compile(r"\b(\d{1,2})\s+(" + _EN_MONTH_RE + r")(?:\s+((?:19|20)\d{2}))?\b")
_EN_MONTH_YEAR = re.compile(r"\b(?:in\s+)?(" + _EN_MONTH_RE + r")\s+((?:19|20)\d{2})\b")


def _month_no(name: str) -> int:
    name = name.lower().rstrip(".")
    for i, m in enumerate(EN_MONTHS):
        if m.startswith(name[:3]):
            return i + 1
    raise ValueError(name)


@dataclass(frozen=True)
class DateMention:
    """A date found in a sentence; ``end`` is set for a range (10–14/4)."""

    start: int
    stop: int
    date: PartialDate
    end: PartialDate | None = None


def _valid(y: int | None, m: int, d: int | None) -> bool:
    import datetime as dt

    if not 1 <= m <= 12:
        return False
    if d is None:
        return True
    try:
        dt.date(y or 2000, m, d)   # 2000 is a leap year: 29/2 without a year stays possible
        return True
    except ValueError:
        return False


# Days named relative to the article's own date: "yesterday", "hôm qua", "on Saturday", "vào thứ Bảy"
_WEEKDAYS_EN = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_WEEKDAYS_VI = ["thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật"]
# ("chiều qua", "sáng qua", "tối qua": a part of yesterday)
_RELATIVE = re.compile(r"\b(yesterday|hôm qua|(?-i:(?<![Áá]nh )[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm) qua|(?:on|last|vào|hôm)\s+(?:" + "|".join(_WEEKDAYS_EN + _WEEKDAYS_VI) + r"))\b"
                       r"(?!\s*(?:,\s*)?(?:\d|(?:ngày\s+)?\d|" + _EN_MONTH_RE + r"))", re.IGNORECASE)


# the month of the article's own date: "Earlier this month, A and B signed …", "early this month"
_THIS_MONTH = re.compile(r"\b(?:(?:earlier|early|later|late)\s+)?this month\b|\bđầu tháng này\b|\btrong tháng này\b",
                         re.IGNORECASE)


def is_this_month(text: str, d: DateMention) -> bool:
    """Whether a date of ``text`` is the article's month named as such ("earlier this month", "đầu tháng này")."""
    return bool(_THIS_MONTH.search(text, d.start, d.stop))


def _relative_day(word: str, published: PartialDate) -> PartialDate | None:
    """The day a relative word names: the day before the article's date, or the last such weekday up to it."""
    import datetime as dt

    pub = dt.date(published.year, published.month, published.day)
    word = " ".join(word.lower().split())
    if word == "yesterday" or word.endswith(" qua"):     # "hôm qua", "chiều qua", …
        day = pub - dt.timedelta(days=1)
    else:
        name = word.split(None, 1)[1]
        target = (_WEEKDAYS_EN.index(name) if name in _WEEKDAYS_EN else _WEEKDAYS_VI.index(name))
        day = pub - dt.timedelta(days=(pub.weekday() - target) % 7)
    return PartialDate(day.year, day.month, day.day)


def find_dates(sentence: str, published: PartialDate | None = None) -> list[DateMention]:
    """Day-level dates (with or without a year), ranges, months and years in a sentence, in order; with the
    article's full date, also the days it names relative to that date ("yesterday", "on Saturday")."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def add(s: int, e: int, date: PartialDate, end: PartialDate | None = None) -> None:
        if any(s < b and e > a for a, b in taken):
            return
        taken.append((s, e))
        found.append(DateMention(s, e, date, end))

    for m in _VI_RANGE.finditer(sentence):
        g = m.groups()
        d1, d2, mo, y = (g[0], g[1], g[2], g[3]) if g[0] else (g[4], g[5], g[6], g[7])
        d1, d2, mo = int(d1), int(d2), int(mo)
        yy = int(y) if y else None
        if _valid(yy, mo, d1) and _valid(yy, mo, d2) and d1 < d2:
            add(m.start(), m.end(), PartialDate(yy, mo, d1), PartialDate(yy, mo, d2))
    for m in _VI_CROSS_RANGE.finditer(sentence):
        d1, m1, d2, m2 = int(m.group(1)), int(m.group(3)), int(m.group(5)), int(m.group(6))
        y2 = int(m.group(7)) if m.group(7) else None
        y1 = int(m.group(4)) if m.group(4) else y2 - 1 if y2 and m1 > m2 else y2    # ("30/12 - 2/1/2024": the year before)
        if (y1, m1) != (y2, m2) and _valid(y1, m1, d1) and _valid(y2, m2, d2):
            add(m.start(), m.end(), PartialDate(y1, m1, d1), PartialDate(y2, m2, d2))
    for m in _VI_DAY.finditer(sentence):
        g = m.groups()
        d, mo, y = (g[0], g[1], g[2]) if g[0] else (g[3], g[4], g[5]) if g[3] else (g[6], g[7], g[8])
        d, mo = int(d), int(mo)
        yy = int(y) if y else None
        if _valid(yy, mo, d):
            add(m.start(), m.end(), PartialDate(yy, mo, d))
    for m in _EN_SLASH_DAY.finditer(sentence):
        d, mo = int(m.group(1)), int(m.group(2))
        yy = int(m.group(3)) if m.group(3) else None
        if _valid(yy, mo, d):
            add(m.start(), m.end(), PartialDate(yy, mo, d))
    for m in _EN_DAY.finditer(sentence):
        mo = _month_no(m.group(1))
        d1 = int(m.group(2))
        yy = int(m.group(4)) if m.group(4) else None
        if m.group(3) and _valid(yy, mo, int(m.group(3))) and int(m.group(3)) > d1:
            add(m.start(), m.end(), PartialDate(yy, mo, d1), PartialDate(yy, mo, int(m.group(3))))
        elif _valid(yy, mo, d1):
            add(m.start(), m.end(), PartialDate(yy, mo, d1))
    for m in _EN_DAY_FIRST.finditer(sentence):
        mo = _month_no(m.group(2))
        yy = int(m.group(3)) if m.group(3) else None
        if _valid(yy, mo, int(m.group(1))):
            add(m.start(), m.end(), PartialDate(yy, mo, int(m.group(1))))
    for m in _VI_MONTH.finditer(sentence):
        mo, y = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        if 1 <= int(mo) <= 12:
            add(m.start(), m.end(), PartialDate(int(y), int(mo), None))
    for m in _EN_MONTH_YEAR.finditer(sentence):
        add(m.start(), m.end(), PartialDate(int(m.group(2)), _month_no(m.group(1)), None))
    if published and published.year and published.month:
        for m in _THIS_MONTH.finditer(sentence):
            add(m.start(), m.end(), PartialDate(published.year, published.month, None))
    if published and published.complete:
        for m in _RELATIVE.finditer(sentence):
            add(m.start(), m.end(), _relative_day(m.group(1), published))
    found.sort(key=lambda dm: dm.start)
    return found


def find_years(sentence: str) -> list[tuple[int, int, int]]:
    """Bare years ('năm 2022', 'in 2022'): (start, end, year)."""
    return [(m.start(), m.end(), int(m.group(1))) for m in _VI_YEAR.finditer(sentence)]


# Phrases that speak of the present: "4 tháng đầu năm 2025", "the first four months of 2025",
# an anniversary "(1962-2022)" ("65 năm ngày Bác Hồ thăm tỉnh (23/9/1958 - 23/9/2023)") or "kỷ niệm ... năm 2025".
# (each year may follow its day and month written in figures)
# (or in English words: "(September 5, 1962 – 2022)")
_ANNIVERSARY_DAY = r"(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*|(?:" + _EN_MONTH_RE + r")\s+\d{1,2},?\s*)?"
_NOW_CUES = [
    re.compile(r"(?:\d+|những|các)\s+tháng\s+(?:đầu\s+)?năm\s+((?:19|20)\d{2})", re.IGNORECASE),
    re.compile(r"first\s+\w+\s+months\s+of\s+((?:19|20)\d{2})", re.IGNORECASE),
    re.compile(r"(?:kỷ niệm|anniversary|\b\d{1,3}\s+năm\s+[Nn]gày|năm hữu nghị|Year)[^()]{0,160}\(\s*" + _ANNIVERSARY_DAY
               + r"(?:19|20)\d{2}\s*[-–]\s*" + _ANNIVERSARY_DAY + r"((?:19|20)\d{2})\s*\)", re.IGNORECASE),
    # the occasion named with its year: "Tết Nguyên đán Giáp Thìn 2024", "Tết Bunpimay 2023", "Lunar New Year 2024",
    # "Đối thoại … lần thứ nhất năm 2022", "Năm Đoàn kết hữu nghị Việt Nam - Lào 2022"
    re.compile(r"\bTết\s+(?:Nguyên đán|cổ truyền|[A-ZĐ][\wà-ỹ]*)(?:\s+[A-ZĐ][\wà-ỹ]*){0,3}\s+(?:năm\s+)?((?:19|20)\d{2})\b"),
    # "gặp gỡ đầu Xuân 2024", "đón Tết 2024": the spring of the year
    re.compile(r"\b(?:đầu|đón|mừng|chào|dịp)\s+(?:[Xx]uân|Tết)\s+(?:năm\s+)?((?:19|20)\d{2})\b"),
    # "Xuân Quý Mão 2023", "năm Giáp Thìn 2024": the lunar year named by its cycle
    re.compile(r"\b(?:Xuân|Tết|năm)\s+(?:Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|Nhâm|Quý|Qúy)\s+"
               r"(?:Tý|Sửu|Dần|Mão|Mẹo|Thìn|Tỵ|Ngọ|Mùi|Thân|Dậu|Tuất|Hợi)\s+((?:19|20)\d{2})\b"),
    re.compile(r"\bLunar New Year(?: of)?\s+((?:19|20)\d{2})\b|\bBunpimay(?: New Year)?\s+((?:19|20)\d{2})\b", re.IGNORECASE),
    re.compile(r"\blần thứ [\wà-ỹ]+(?: [\wà-ỹ]+)?,? năm ((?:19|20)\d{2})\b", re.IGNORECASE),
    re.compile(r"\bNăm Đoàn kết,? hữu nghị Việt Nam\s*[-–]\s*Lào,? ((?:19|20)\d{2})\b", re.IGNORECASE),
]


# Anniversaries the press of the region counts from a known year: "kỷ niệm 60 năm Ngày thiết lập quan hệ ngoại giao
# Việt Nam - Lào" is 2022 (relations of 5 September 1962), "45 năm ký Hiệp ước Hữu nghị và Hợp tác" 2022 (18 July 1977)
_RELATIONS = r"(?:quan hệ ngoại giao|diplomatic (?:relations|ties))"
_ANNIVERSARIES = [
    (re.compile(r"\b(\d{1,3})\s+năm\s+(?:[Nn]gày\s+)?(?:thiết lập|thành lập)\s+" + _RELATIONS +
                r"\s+(?:giữa\s+)?(?:Việt Nam\s*[-–]\s*Lào|Lào\s*[-–]\s*Việt Nam)(?!\s*\()"), 1962),
    (re.compile(r"\b(\d{1,3})(?:st|nd|rd|th)\s+(?:founding\s+)?anniversary\s+of\s+(?:the\s+)?(?:establishment\s+of\s+)?"
                r"(?:the\s+)?(?:Vietnam|Viet Nam|Việt Nam)\s*[-–]\s*(?:Laos?)\s+" + _RELATIONS + r"(?!\s*\()"), 1962),
    (re.compile(r"\b(\d{1,3})\s+năm\s+(?:[Nn]gày\s+)?ký\s+(?:kết\s+)?Hiệp ước Hữu nghị và Hợp tác\s+"
                r"(?:Việt Nam\s*[-–]\s*Lào|Lào\s*[-–]\s*Việt Nam)(?!\s*\()"), 1977),
]


# a review of N years of a document signed on a full date: "sơ kết 2 năm thực hiện thỏa thuận hợp tác … (được ký kết
# ngày 3/6/2020)" is held N years after it
_YEARS_SINCE_SIGNED = re.compile(r"(?:sơ kết|tổng kết)\s+(\d{1,2})\s+năm\s+(?:thực hiện|triển khai)\b[^.]{0,120}?"
                                 r"\bký(?: kết)?\s+(?:vào\s+)?ngày\s+\d{1,2}\s*/\s*\d{1,2}\s*/\s*((?:19|20)\d{2})\b",
                                 re.IGNORECASE)


def year_before(published: PartialDate | None) -> int | None:
    """The year that 'last year' means in an article of that date (None when the article has no year)."""
    return published.year - 1 if published and published.year else None


def year_from_text(text: str) -> int | None:
    """The current year as the text itself settles it, when all such cues agree."""
    years = {int(next(g for g in m.groups() if g)) for rx in _NOW_CUES for m in rx.finditer(text)}
    years |= {base + int(m.group(1)) for rx, base in _ANNIVERSARIES for m in rx.finditer(text) if 0 < int(m.group(1)) < 100}
    years |= {int(m.group(2)) + int(m.group(1)) for m in _YEARS_SINCE_SIGNED.finditer(text) if 0 < int(m.group(1)) < 30}
    return years.pop() if len(years) == 1 else None


def settle_year(date: PartialDate, published: PartialDate | None, text_year: int | None) -> PartialDate:
    """Give a day-and-month date its year from the article's date or the text; else leave it partial."""
    if date.year is not None:
        return date
    if published and published.year:
        year = published.year
        # a day in a later month than the article's own date is in the year before ("28/12" in a January article)
        if published.month and date.month and date.month > published.month + 1:
            year -= 1
        return PartialDate(year, date.month, date.day)
    if text_year:
        return PartialDate(text_year, date.month, date.day)
    return date


_PERIOD = re.compile(
    r"(?:giai\s+đoạn|nhiệm\s+kỳ|thời\s+kỳ|period(?:\s+of)?|for|for the period|for the years|from|từ(?:\s+năm)?)\s*(?:từ\s+)?"
    # ("giai đoạn từ năm 2024 đến năm 2026")
    r"(?:năm\s+)?((?:19|20)\d{2})\s*(?:[-–—]|đến|to|until)\s*(?:năm\s+)?((?:19|20)\d{2})"
    r"|(?<![\d/])((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})(?![\d/])",
    re.IGNORECASE,
)


def find_periods(sentence: str) -> list[tuple[int, int, int, int]]:
    """Year spans ('giai đoạn 2026–2030', 'for 2022-2027'): (start, end, first, last)."""
    out = []
    for m in _PERIOD.finditer(sentence):
        a, b = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        a, b = int(a), int(b)
        if a <= b <= a + 15:
            out.append((m.start(), m.end(), a, b))
    return out
