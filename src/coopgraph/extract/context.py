"""What the extractors share about one article: its sentences, place mentions and their roles, its sides."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable

from ..facts import Article, Official, PartialDate
from ..gazetteer import Gazetteer, Mention
from ..text import fold, name_key
from .dates import DateMention, find_dates, find_years, settle_year, year_from_text
from .names import is_family_name

# A place inside an institution's name ("Trường Đại học Y Dược Thái Bình", "Champasak University") is no party.
# (a company's kind in lower case, and its trade, whose second syllable is in lower case, may stand between:
# "Công ty cổ phần Chứng khoán Sài Gòn", "Ngân hàng Thương mại cổ phần Công thương", "Công ty TNHH Du lịch …")
_TRADE = (r"(?:Du lịch|Chứng khoán|Thủy sản|Thuỷ sản|Xây dựng|Đầu tư|Thương mại|Dịch vụ|Vận tải|Xuất nhập khẩu|Phát triển|"
          r"Sản xuất|Bất động sản|Cao su|Năng lượng|Công nghệ|Bảo hiểm|Công thương|Nông nghiệp|Khoáng sản|Vật liệu|Tư vấn)")
# A school's level is written in lower case ("Trường Tiểu học Hữu nghị tỉnh X", "Trường Phổ thông dân tộc nội trú …");
# an association of Vietnamese living abroad names where they live ("Hội người Việt Nam tại X", "the Vietnamese
# Association in X", "the Vietnamese community in X"), not a party.
_SCHOOL_LEVEL = (r"(?:Tiểu học|Trung học(?: cơ sở| phổ thông)?|Phổ thông(?: dân tộc nội trú)?|Mầm non|Dân tộc nội trú|"
                 r"Hữu nghị|Đa khoa|Chính trị|Quân sự)")
_INSTITUTION_BEFORE = re.compile(r"(?:(?:Trường|Đại học|ĐH|Học viện|Cao đẳng|Bệnh viện|Công ty|Tập đoàn|Ngân hàng|University of|"
                                 r"College of|Hospital of)(?:\s+(?:cổ phần|trách nhiệm hữu hạn|TNHH|CP|" + _TRADE +
                                 r"|" + _SCHOOL_LEVEL + r"|[A-ZĐ][\w-]*)){0,4}"
                                 r"|[Hh]ội người Việt(?: Nam)?(?: tại| ở)?"
                                 r"|\b(?:[Oo]verseas )?Vietnamese (?:[Aa]ssociation|[Cc]ommunity|people|residents?) (?:in|of)"
                                 r"|\b[Aa]ssociation of (?:the )?Vietnamese(?: people)? (?:in|of))"
                                 r"(?:\s+(?:tỉnh|thành phố|province of|city of))?\s+$")
_INSTITUTION_AFTER = re.compile(r"^\s+(?:[A-Z][\w-]*\s+)?(?:University|College|Hospital|Company|Corporation|Bank)\b")


def in_institution_name(text: str, start: int, end: int | None = None) -> bool:
    """The place at ``start`` names an institution, not the province: 'Đại học Y Dược Thái Bình'."""
    if _INSTITUTION_BEFORE.search(text[max(0, start - 50):start]):
        return True
    return end is not None and bool(_INSTITUTION_AFTER.match(text[end:end + 40]))


# "Trong thời gian làm việc tại Trung Quốc, …", "During the visit, …": something done on the trip told before
DURING_TRIP = re.compile(r"^\s*(?:Trong (?:thời gian|dịp|khuôn khổ chuyến|chuyến)|During (?:the|their|its|his|her) "
                         r"(?:working )?(?:trip|visit|stay|time))\b", re.IGNORECASE)
_RANGE_GLUE = re.compile(r"^\s*(?:đến|tới|to|until|through)\s+(?:ngày\s+)?$", re.IGNORECASE)
# a meeting said to be between a list: 'Hội nghị … giữa …', 'a conference between …'
_BETWEEN = re.compile(r"^[^.;:]{0,80}?\b(?:giữa|between|among)\b", re.IGNORECASE)


# A list of provinces grouped by country, the groups apart by ';' ("giữa các tỉnh: Sakon Nakhon, Nakhon Phanom (Thái Lan);
# Khăm Muộn, Bolykhămxay (Lào); Quảng Bình, Hà Tĩnh (Việt Nam)"): one list, not clauses
# (each name of the list is matched atomically: a run of capitalised words that fails to close a group must not be
# re-split word by word, which took exponential time)
_COUNTRY_GROUP = re.compile(r"\s*(?>(?:tỉnh\s+|các tỉnh\s+|and\s+|và\s+)?[A-ZĐ][^\s,;()]*(?:[\s-]+[A-ZĐ][^\s,;()]*)*\s*,?\s*)+"
                            r"(?:\([^()]{2,40}\)|(?:của|thuộc)\s+(?:nước\s+)?[A-ZĐ]\w*(?:\s+[A-ZĐ]\w*)?|of\s+[A-Z]\w+)\s*(?=[;.,]|\s(?:và|and)\s|$)")
_GROUPS_CLOSED = re.compile(r"\)\s*;[^;.]{3,200}\)\s*$")
_LAST_GROUP = re.compile(_COUNTRY_GROUP.pattern.rsplit(r"\s*(?=", 1)[0] + r"\s+(?=[a-zđà-ỹ])")
_LIST_OPENS = re.compile(r"(?:giữa|between|among|gồm|including)\s+(?:các\s+|the\s+)?(?:tỉnh|provinces|localities|địa phương)"
                         r"(?:\s+\w+){0,2}\s*$", re.IGNORECASE)


def list_goes_on(text: str, pos: int) -> bool:
    """The ';' or ':' at ``pos`` is inside a list of provinces (a group of the list follows, or the list opens)."""
    if text[pos] == ":":
        return bool(_LIST_OPENS.search(text, max(0, pos - 60), pos))
    if _COUNTRY_GROUP.match(text, pos + 1):
        return True
    # the last group of a list that the sentence's verb follows ("…(Thái Lan); Champasak, … (Lào); Quảng Ngãi, Bình
    # Định (Việt Nam) đã khai mạc"), after two groups of their own (after one, "(Trung Quốc); tỉnh X (Lào) gửi thư" is
    # a clause of its own)
    return bool(_GROUPS_CLOSED.search(text, max(0, pos - 250), pos) and _LAST_GROUP.match(text, pos + 1))


# A place right after these words is where something happened, not a party to it.
# (nor the members a list opens after it: "the conference in Pakse included leaders of Kon Tum, …")
_VENUE_BEFORE = re.compile(
    r"(?:\btại|\bở|\bthrough|\bvia|\bat|\bin)\s+(?:(?!giữa|với|của|between|with|and|và|\bby\b|bởi|among|"
    r"includ(?:ed|es|ing)\b|\bgồm\b)[^,.;:)]){0,50}$",
    re.IGNORECASE)
_TODAY = re.compile(r"\b(?:hôm nay|sáng nay|chiều nay|tối nay|today|this morning|this afternoon)\b", re.IGNORECASE)
# "On August 18 the same year", "ngày 18/8 cùng năm": a day in the year the text named last
_SAME_YEAR = re.compile(r"^,?\s*(?:of\s+)?(?:the same year|that year|cùng năm)\b", re.IGNORECASE)
_SAME_DAY = re.compile(r"\b(?:on the same day|the same day|(?:[Cc]hiều|[Ss]áng|[Tt]ối)?\s*cùng ngày|[Tt]rong ngày)\b|^Meanwhile\b")
_DATELINE = re.compile(r"^\s*(?:\([A-Za-z+.]{2,12}\)\s*)?[-–—]\s")
# a place in capitals opening the text, a capitalised word right after it: a dateline whose dash was lost
_CAPS_DATELINE = re.compile(r"[A-ZĐÀ-Ỹ]{4,}(?: [A-ZĐÀ-Ỹ]{2,})* (?=[A-ZĐ][a-zà-ỹ])")
# "…(Source: VNA)Vientiane (VNA) – …": a news agency's dateline wherever a caption left it
_AGENCY_DATELINE = re.compile(r"^\s*\((?:VNA|KPL|TTXVN|VNS|Xinhua|AFP|Reuters|ANI|VOV)(?:/[A-Za-z]+)?\)\s*[-–—]\s")
# A province named as the home of a district ("Kon Tum's Dak Glei district", "Xan Xay and Dak Cheung districts of the
# Lao provinces of Attapeu and Sekong"): the districts are the actors
_DISTRICT_OF = re.compile(r"\bdistricts? of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)?(?:provinces?\s+(?:of\s+)?)?"
                          r"(?:[A-ZĐ][\w-]*(?:\s+[A-ZĐ][\w-]*)*(?:,\s*|\s+and\s+))*$")
_DISTRICT_AFTER = re.compile(r"(?:\s+province)?['’]s\s+(?:[A-ZĐ][\w-]*\s+){1,3}districts?\b")
# the units a merger joined ("after the merger of Tuyen Quang and Ha Giang"): the old units, no actors
_MERGED = re.compile(r"(?:\bmerger of|\bmerging|sáp nhập|hợp nhất)\s+(?:the\s+|tỉnh\s+|two\s+|hai\s+)*(?:[A-ZĐ][\w-]*\s*)*"
                     r"(?:(?:,|and|và)\s+(?:tỉnh\s+)?)?$")

# the seat of a consulate or embassy ("Cambodian Consul General in Ho Chi Minh City", "Tổng Lãnh sự quán Việt Nam tại
# Luang Prabang"): where the state's office sits, no actor and no venue of the event
_SEAT = re.compile(r"(?:\b[Cc]onsul(?:ate)?(?:[- ][Gg]eneral)?|\b[Ee]mbassy|\b[Aa]mbassador|[Ll]ãnh sự(?: quán)?|Đại sứ(?: quán)?|"
                   r"\b(?:T?LSQ|ĐSQ))(?:\s+(?:of\s+)?(?:the\s+)?(?:nước\s+)?(?:CHXHCN\s+|CHDCND\s+|Vương quốc\s+|Kingdom of\s+)?[A-ZĐ][\w-]*(?:\s+[A-ZĐ][\w-]*){0,2})?"
                   r"\s+(?:in|at|to|tại|ở)\s+(?:the\s+)?(?:(?:capital\s+)?city of\s+|capital\s+|thành phố\s+|thủ đô\s+|TP\.?\s*|tỉnh\s+|"
                   r"khu vực\s+)?$")


def _route_stops(text: str, mentions: list[Mention]) -> set[int]:
    """Places chained by hyphens, three or more ('Ubon-Champasak-Salavan-Thua Thien Hue tours'): stops of a route."""
    stops: set[int] = set()
    ms = sorted(mentions, key=lambda m: m.start)
    run = ms[:1]
    for a, b in zip(ms, ms[1:]):
        if text[a.end:b.start] == "-":
            run.append(b)
            continue
        if len(run) >= 3 and not _COUNTED_UNITS.search(text, 0, run[0].start):
            stops |= {m.start for m in run}
        run = [b]
    if len(run) >= 3 and not _COUNTED_UNITS.search(text, 0, run[0].start):
        stops |= {m.start for m in run}
    # two ends of a road, railway or flight ("cao tốc Hà Nội-Viêng Chăn", "the Vientiane–Hanoi expressway")
    for a, b in zip(ms, ms[1:]):
        if _ROUTE_JOIN.fullmatch(text, a.end, b.start) and (_ROUTE_BEFORE.search(text, max(0, a.start - 30), a.start)
                                                           or _ROUTE_AFTER.match(text, b.end)):
            stops |= {a.start, b.start}
    return stops


# a chain told as the units it lists: "giữa 3 tỉnh Long An-Svay Rieng-Prey Veng", "the three provinces of A-B-C"
_COUNTED_UNITS = re.compile(r"(?:\b\d|\bba|\bbốn|\bnăm|\bthree|\bfour|\bfive)\s+(?:tỉnh|địa phương|provinces(?:\s+of)?)\s+$",
                            re.IGNORECASE)
_ROUTE_JOIN = re.compile(r"\s?[-–—]\s?")
_ROUTE_BEFORE = re.compile(r"(?:cao tốc|đường sắt|đường bộ|quốc lộ|tuyến(?: đường| xe| bay)?|chuyến bay|đường bay|hành lang|"
                           r"đường ống|đường dây|railway|expressway|highway|motorway|route|flight|corridor|pipeline)"
                           r"(?:\s+[a-zà-ỹđ]+){0,2}\s+$", re.IGNORECASE)
_ROUTE_AFTER = re.compile(r"\s+(?:expressway|railway|highway|motorway|rail(?:road)?|road|route|flights?|air route|"
                          r"corridor|pipeline|power line|bus(?:es)? route)\b", re.IGNORECASE)


# What may stand between two places of one list: commas, "và"/"and", and the words that say what they are and
# whose ("các tỉnh", "province of", "của Vương quốc Thái Lan", "(Campuchia)")
_LIST_GLUE = re.compile(
    r"(?:[\s,()]|\b(?:và|and|các|những|tỉnh|thành phố|provinces?|city|of|the|của|thuộc|Vương quốc|Kingdom|nước|bạn|"
    r"CHDCND|PDR|Lào|Laos|Lao|Thái Lan|Thailand|Thai|Campuchia|Cambodia|Cambodian|Trung Quốc|China|Chinese|"
    r"Việt Nam|Vietnam|Viet Nam|Vietnamese|Nhật Bản|Japan|Japanese|Hàn Quốc|Korea|Korean)\b"
    # an item no list of ours knows, between commas ("Prey Veng, Tboung Khnum, Svay Rieng")
    r"|(?<=, )[A-ZĐ][\w-]*(?: [A-ZĐ][\w-]*){0,2}(?=,))*$")


# the last words of a post title or an honorific, right before a person's name
# (or a title's unit with its country in brackets or its kind: "Mayor of Vientiane (Laos) NAME", "Governor of X province NAME")
_TITLE_END_BEFORE = re.compile(r"(?:\b(?:Committee|Council|Chairman|Chairwoman|Secretary|Governor|Director|Mayor|Mr\.?|Ms\.?|"
                               r"Mrs\.?)|(?<!\w)(?:UBND tỉnh|HĐND tỉnh|Tỉnh ủy|ông|bà|đồng chí|Tỉnh trưởng)|"
                               r"\b(?:Governor|Mayor|Secretary|Chairman|Chairwoman|Tỉnh trưởng|Đô trưởng) of [A-ZĐ][\w ]{1,30}"
                               r"(?:\((?:Laos|Lào|Vietnam|Việt Nam|Cambodia|Campuchia|China|Trung Quốc)\)|\bprovince|\bcity))\s+$",
                               re.IGNORECASE)
_HONORIFIC_BEFORE = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Madam|Dr|Mister)\.?|(?<!\w)(?:ông|bà|ngài|Ngài|Ông|Bà|đồng chí|Đồng chí))\s+$")
# a capitalised word after a one-word place that is no word of places: the place was the first word of a name
_NAME_GOES_ON = re.compile(r"\s+(?!(?:District|Province|City|Town|Commune|Village|Huyện|Tỉnh|Thành|Quận|Xã|Bản|Mường)\b)"
                           r"[A-ZĐ][^\W\d_]")


# the rest of a name, then a comma or dash and a title: "Phonsavanh Sihalath, Vice Chairman …", "… Si La - Phó Tỉnh trưởng"
_TITLE_AFTER_NAME = re.compile(r"(?:\s+[A-ZĐ][^\W\d_'’]*){1,4}\s*(?:,|\s[-–])\s*(?:the\s+)?(?:(?:Vice|Deputy|Permanent|Standing|"
                               r"Phó)[- ])?(?:Chairman|Chairwoman|Governor|Secretary|Mayor|Ambassador|Consul|Member of|"
                               r"Bí thư|Chủ tịch|Tỉnh trưởng|Đô trưởng|Ủy viên|Đại sứ)\b")

# an honorific, then the first words of a name (syllables joined by hyphens, spaced or not): "đồng chí Khăm - phiên "
_NAME_HEAD_BEFORE = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Madam|Dr)\.?|(?<!\w)(?:ông|bà|ngài|Ngài|Ông|Bà|đồng chí|Đồng chí))\s+"
                               r"(?:[A-ZĐ][^\W\d_'’]*(?:\s?[-–]\s?[^\W\d_'’]+)*\s+){1,3}$")

# the middle names that only Vietnamese names have (Lao names start with "Van" too, so not the unmarked one)
_MIDDLE_NAME = re.compile(r" (?:Thị|Thi|Văn) [A-ZĐ]")


def _in_persons_name(sentence: str, m: Mention) -> bool:
    """A place name of several syllables after a Vietnamese family name is the end of a person's name
    ("Lê Thanh Hải" is not Qinghai, "Lê Văn Nam" not Yunnan)."""
    if m.district and _TITLE_END_BEFORE.search(sentence, max(0, m.start - 40), m.start) and (
            is_family_name(m.text.split()[0]) or _NAME_GOES_ON.match(sentence, m.end)):
        # "Vice Chairman of the provincial People's Committee Mai Son", "deputy governor Phouvong Vongsouda": a name
        # after a title, no district
        return True
    if m.district and _NAME_GOES_ON.match(sentence, m.end) and _TITLE_AFTER_NAME.match(sentence, m.end):
        return True     # "Phonsavanh Sihalath, Vice Chairman of …": a name before its titles, no district
    if m.district and _NAME_HEAD_BEFORE.search(sentence, max(0, m.start - 60), m.start) and \
            _TITLE_AFTER_NAME.match(" X" + sentence[m.end:]):
        # "đồng chí Khăm - phiên Bua - lạ - pha, Phó Bí thư": the last words of a name after an honorific, before its
        # titles, no district
        return True
    one_word = not re.search(r"\s", m.text.strip())
    if one_word and _MIDDLE_NAME.match(sentence, m.end):
        return True    # a one-word place before a Vietnamese middle name is a family name: "Trang Thi Xuan"
    if one_word and _HONORIFIC_BEFORE.search(sentence, max(0, m.start - 12), m.start) and _NAME_GOES_ON.match(sentence, m.end):
        return True    # "ông Saysomphone Phomvihane": a person whose first name is spelt like Xaysomboun
    run = re.search(r"((?:[^\W\d_][\w'’]*\s+){1,2})$", sentence[max(0, m.start - 30):m.start])
    words = run.group(1).split() if run else []
    # "Lê Thanh Hải", "Lê Văn Nam": the family name right before the place, or one capitalised word before that;
    # a one-word place only after both ("Vuong Dinh Hue"): a family name alone before it may be a title's last word
    return any(len(words) >= k and all(w[:1].isupper() for w in words[-k:]) and is_family_name(words[-k])
               for k in ((2,) if one_word else (1, 2)))


# a place word beside a one-word place: "Hue City", "thành phố Huế" is the place, whoever bears its name
_PLACE_WORD_BESIDE = re.compile(r"(?:\b(?:tỉnh|thành phố|TP\.?|city of|province of)\s+$)|"
                                r"(?:^\s+(?:City|Province|province|city|Capital)\b)")


_NAME_RUN = re.compile(r"(?=\b([A-ZĐ][^\W\d_]*)((?:\s+[A-ZĐ][^\W\d_]*){2})\b)")    # (overlapping: every word)


def _given_names(sentences: list[str]) -> set[str]:
    """The last names of the people the article names in full, a family name and two more ('Vuong Dinh Hue'): a
    one-word place spelt so, alone elsewhere ('Hue said …'), is that person, not the place."""
    return {fold(m.group(2).split()[-1]) for s in sentences for m in _NAME_RUN.finditer(s) if is_family_name(m.group(1))}


def _is_given_name(sentence: str, m: Mention, given: set[str]) -> bool:
    return fold(m.text) in given and not re.search(r"\s", m.text.strip()) and not (_PLACE_WORD_BESIDE.search(sentence[max(0, m.start - 15):m.start])
                                    or _PLACE_WORD_BESIDE.match(sentence[m.end:m.end + 12]))


@dataclass
class SentenceInfo:
    """One sentence with what was found in it."""

    index: int
    text: str
    mentions: list[Mention]
    dates: list[DateMention]
    venues: set[int] = field(default_factory=set)        # starts of mentions that are venues
    homes: set[int] = field(default_factory=set)         # starts of provinces named only as a district's home
    asides: set[int] = field(default_factory=set)        # starts of places named as no actor (route stops, merged units)
    people: list[tuple[int, int, str]] = field(default_factory=list)
    titles: list | None = None                               # post titles, found once (extract.posts)

    def parties(self) -> list[Mention]:
        """Mentions that may be parties (not venues, not districts)."""
        return [m for m in self.mentions if m.start not in self.venues and not m.district and m.start not in self.homes
                and m.start not in self.asides]


class Context:
    """Per-article state shared by the extractors."""

    def __init__(self, article: Article, gaz: Gazetteer):
        self.article = article
        self.gaz = gaz
        self.language = article.language
        self.text_year = year_from_text(article.text)
        when = article.published or (PartialDate(self.text_year) if self.text_year else None)
        self.when = when
        self.sentences: list[SentenceInfo] = []
        # days told without a year that the article's own year does not fit (a document for 2011-2013 "signed on
        # 19-7" in a page dated 2022): their year stays unknown
        self.yearless_days: set[tuple[int | None, int | None]] = set()
        last_day: DateMention | None = None
        last_year: int | None = None
        found = [gaz.find(s, when) for s in article.sentences]
        given = _given_names(article.sentences)
        for i, s in enumerate(article.sentences):
            mentions = [m for m in found[i] if not _in_persons_name(s, m) and not _is_given_name(s, m, given)]
            dates = find_dates(s, article.published)
            same = _SAME_DAY.search(s)
            if same and last_day and not any(d.date.day for d in dates):
                # "on the same day", "cùng ngày": the day the article last named
                dates.append(DateMention(same.start(), same.end(), last_day.date, last_day.end))
                dates.sort(key=lambda d: d.start)
            last_day = next((d for d in reversed(dates) if d.date.day), last_day)
            if last_year:
                dates = [DateMention(d.start, d.stop, PartialDate(last_year, d.date.month, d.date.day), d.end)
                         if d.date.year is None and d.date.month and _SAME_YEAR.match(s[d.stop:]) else d for d in dates]
            years = [(d.start, d.date.year) for d in dates if d.date.year] + [(a, y) for a, _, y in find_years(s)]
            last_year = max(years)[1] if years else last_year
            info = SentenceInfo(i, s, mentions, dates)
            info.asides = _route_stops(s, mentions) | {m.start for m in mentions if _MERGED.search(s, max(0, m.start - 60), m.start)
                                                         or _SEAT.search(s, max(0, m.start - 60), m.start)}
            for m in mentions:
                if _DISTRICT_OF.search(s[max(0, m.start - 120):m.start]) or _DISTRICT_AFTER.match(s, m.end):
                    info.homes.add(m.start)   # "Kon Tum's Dak Glei district": the district acts, not the province
                if _VENUE_BEFORE.search(s[max(0, m.start - 60):m.start]) or m.district:
                    info.venues.add(m.start)
                elif _DATELINE.match(s[m.end:]) and (m.start <= 2 or s[m.start:m.end].isupper() and m.start < 40
                                                      or _AGENCY_DATELINE.match(s[m.end:])):
                    info.venues.add(m.start)   # a dateline: "VIENTIANE —", "Vientiane (VNA) –"
                elif m.start <= 2 and s[m.start:m.end].isupper() and _CAPS_DATELINE.match(s[m.start:]):
                    info.venues.add(m.start)   # a dateline in capitals that lost its dash: "VIENTIANE General Secretary …"
            self.sentences.append(info)
        # the years the text gives with each month ("từ ngày 22 đến ngày 24/11/2023"): a yearless day of that month
        # in a page with no date of its own is in that year
        self.month_years: dict[int, set[int]] = {}
        for info in self.sentences:
            for dm in info.dates:
                for d in (dm.date, dm.end):
                    if d is not None and d.year and d.month:
                        self.month_years.setdefault(d.month, set()).add(d.year)
        self._sides()

    # ------------------------------------------------------------ sides of the article
    def _sides(self) -> None:
        counts: Counter[str] = Counter()
        for s in self.sentences:
            for m in s.mentions:
                if self.gaz.is_subnational(m.unit) and m.start not in s.homes and m.start not in s.asides \
                        and not in_institution_name(s.text, m.start, m.end):
                    # (a university or company named after a province is not the province: "Hue University")
                    # the headline and lead weigh more: that is where the parties are named; a venue weighs less
                    counts[m.unit] += (3 if s.index < 2 else 1) * (0.25 if m.start in s.venues else 1)
        self.unit_counts = counts
        vn = [u for u, _ in counts.most_common() if self.gaz.country_of(u) == "VN"]
        foreign = [u for u, _ in counts.most_common() if self.gaz.country_of(u) != "VN"]
        # the lead names provinces only as the homes of districts: the districts are the sides, no province is
        self.district_level = any(s.homes for s in self.sentences[:3]) and not any(
            self.gaz.is_subnational(m.unit) for s in self.sentences[:3] for m in s.parties())
        self.paper_province = self._newspaper_province()
        self.main_vn = vn[0] if vn else self.paper_province
        if len(vn) > 1 and counts[vn[0]] == counts[vn[1]] < 2:
            # two Vietnamese units named once each, outside the lead ("the northwestern provinces, especially A and
            # B, witnessed …"): neither is the article's side
            self.main_vn = self.paper_province
        self.main_foreign = foreign[0] if foreign else None
        # the foreign country the article is about, also when it names no province of it ("Quốc hội Lào")
        countries: Counter[str] = Counter(self.gaz.country_of(m.unit) for s in self.sentences for m in s.mentions)
        self.main_foreign_country = next((c for c, _ in countries.most_common() if c != "VN"), None)

    def _newspaper_province(self) -> str | None:
        """A provincial paper writes 'lãnh đạo tỉnh' of its own province: baonghean.vn → Nghệ An."""
        url = self.article.url or ""
        host = re.sub(r"^[a-z]+://", "", url.lower()).split("/", 1)[0]
        host = re.sub(r"[^a-z]", "", host)
        if not host:
            return None
        found = set()
        for u in self.gaz.units.values():
            if u.country == "VN" and not u.is_country and not u.is_district and not u.valid_until:
                for name in (u.names.get("vi", ""), *u.variants):
                    key = fold(name)
                    if len(key) >= 4 and ("bao" + key in host or key + "tv" in host) or \
                            len(key) >= 6 and "dcs" in host and key in host:
                        found.add(u.id)
        if len(found) != 1:
            return None
        # the paper of today's unit wrote about the unit of its day: Lào Cai before the 2025 merger is VN-02
        return self.gaz.resolve(self.gaz.unit(found.pop()).names.get("vi", ""), self.when)

    def clause_parties(self, sent: SentenceInfo, start: int, end: int, window: int = 140) -> list[Mention]:
        """Possible parties near a cue word: same clause (';' ends one), within ``window`` characters."""
        text = sent.text
        lo = text.rfind(";", 0, start) + 1
        hi = text.find(";", end)
        hi = len(text) if hi < 0 else hi
        clause_lo, clause_hi = lo, hi
        lo, hi = max(lo, start - window), min(hi, end + window)
        parties = sent.parties()
        # a list that runs past the window ("các tỉnh Trat, Chanthaburi, … của Thái Lan và các tỉnh Kep, Kampot …")
        # is read to its end
        for m in parties:
            if hi < m.end <= clause_hi and any(p.end <= hi and p.start >= lo and _LIST_GLUE.match(text, p.end, m.start)
                                                for p in parties):
                hi = m.end
        for m in reversed(parties):    # and back to its start ("Representatives from A, B, C … paid a visit")
            if clause_lo <= m.start < lo and any(p.start >= lo and p.end <= hi and _LIST_GLUE.match(text, m.end, p.start)
                                                  for p in parties):
                lo = m.start
        return [m for m in parties if m.start >= lo and m.end <= hi]

    def units_between(self, sent: SentenceInfo, pos: int) -> list[str]:
        """The units a meeting named just before ``pos`` is said to be between, to the end of its clause, when they are
        of two countries or more ('Hội nghị thường niên lần thứ 4 giữa Bí thư Tỉnh ủy các tỉnh A, B, C (Việt Nam) và
        Bí thư Tỉnh ủy D (Trung Quốc)'): a list past the usual window around the cue."""
        between = _BETWEEN.match(sent.text[pos:])
        if not between:
            return []
        lo = pos + between.end()
        hi = sent.text.find(";", lo)
        while hi >= 0 and list_goes_on(sent.text, hi):
            hi = sent.text.find(";", hi + 1)    # the next country's group of the list
        hi = len(sent.text) if hi < 0 else hi
        units = sorted({m.unit for m in sent.parties() if lo <= m.start and m.end <= hi and self.gaz.is_subnational(m.unit)
                        and not m.district and not in_institution_name(sent.text, m.start, m.end)})
        return units if len({self.gaz.country_of(u) for u in units}) >= 2 else []

    def trip_month(self, sent: SentenceInfo) -> PartialDate | None:
        """The month of the trip a sentence refers back to ('Trong thời gian công tác, …', 'During the visit, …'), when
        the sentences before give it as a range of days within one month ('Từ ngày 11/6 đến 15/6/2024'): which of its
        days is not said."""
        for prev in reversed(self.sentences[max(0, sent.index - 3):sent.index]):
            days = [d for d in prev.dates if d.date.day is not None]
            ranges = [(d.date, d.end) for d in days if d.end is not None]
            # "Từ ngày 11/6 đến 15/6/2024", "From June 11 to June 15, 2024": two dates that make one range
            ranges += [(a.date, b.date) for a, b in zip(days, days[1:]) if _RANGE_GLUE.match(prev.text[a.stop:b.start])]
            for first, last in ranges:
                b = self.settle(last)
                a = self.settle(first if first.year else PartialDate(b.year if b else None, first.month, first.day))
                if a and b and a.year and (a.year, a.month) == (b.year, b.month):
                    return PartialDate(a.year, a.month)
                return None
        return None

    def foreign_venue(self, sent: SentenceInfo) -> str | None:
        """The foreign province where the sentence says something happened ('Tại tỉnh Attapeu, hai bên đã hội đàm'),
        not a dateline's place."""
        for m in sent.mentions:
            if m.start in sent.venues and not m.district and self.gaz.is_subnational(m.unit) \
                    and self.gaz.country_of(m.unit) != "VN" and not _DATELINE.match(sent.text[m.end:]):
                return m.unit
        return None

    def lead_parties(self) -> list[str]:
        """The units the lead names as parties, when it names units of two countries or more ('Leaders from the four
        provinces of A, B, C and D and China's E had a meeting')."""
        for s in self.sentences[:4]:
            units = sorted({m.unit for m in s.parties() if self.gaz.is_subnational(m.unit)})
            if len({self.gaz.country_of(u) for u in units}) >= 2:
                return units
        return []

    def main_foreign_units(self) -> list[str]:
        """The foreign units the article is about: those named nearly as often as the first of them."""
        foreign = [(u, n) for u, n in self.unit_counts.most_common() if self.gaz.country_of(u) != "VN"]
        if not foreign:
            return []
        top = foreign[0][1]
        return sorted(u for u, n in foreign if n * 2 >= top and n >= 2) or [foreign[0][0]]

    def event_date(self) -> PartialDate | None:
        """The day the reported event took place: a single day named in the lead, or 'today'."""
        for s in self.sentences[:4]:
            for dm in s.dates:
                if dm.date.day is None:
                    continue
                if len(s.text) - (dm.stop - dm.start) < 30 and not s.mentions:
                    continue      # a byline ("December 04, 2017 | 21:24 (GMT+7)"): when it was filed
                if dm.end is not None:
                    return None       # a trip over several days: which day is not said
                return self.settle(dm.date)
        pub = self.article.published
        if pub and pub.complete and any(_TODAY.search(s.text) for s in self.sentences[:6]):
            return pub
        return None

    def today_in(self, sent: SentenceInfo) -> bool:
        """The sentence says 'this morning' / 'today': the article's own date, when it has a full one."""
        pub = self.article.published
        return bool(pub and pub.complete and _TODAY.search(sent.text))

    def lead_venue(self) -> str | None:
        """Where the reported event took place, as the lead says."""
        for s in self.sentences[:4]:
            for m in s.mentions:
                if m.start in s.venues:
                    return m.unit
        return None

    def unit_from_context(self, sent: SentenceInfo, name_span, ok: Callable[[str], bool]) -> str | None:
        """The unit a post named without one belongs to, from the words around the person."""
        text = sent.text
        pos = name_span[0]
        # "Về phía tỉnh X", "Đoàn ... tỉnh X do đồng chí NAME", "the X delegation led by NAME"
        side_rx = re.compile(r"(?:[Vv]ề phía|[Pp]hía|[Đđ]oàn[^.;]{0,60}?|delegation from(?: the)?|[Oo]n the side of)\s*$")
        cands: list[str] = []
        for m in sent.mentions:
            if m.end <= pos and side_rx.search(text[max(0, m.start - 70):m.start]):
                cands.append(m.unit)
        cands.reverse()
        # a provincial paper names its own province's leaders without the province ("Bí thư Tỉnh ủy Trịnh Việt Hùng")
        if self.paper_province:
            cands.append(self.paper_province)
        before = [m.unit for m in reversed(sent.mentions) if m.end <= pos and m.start not in sent.venues]
        after = [m.unit for m in sent.mentions if m.start >= pos and m.start not in sent.venues]
        for u in cands + before + after:
            if self.gaz.is_subnational(u) and ok(u):
                return u
        for prev in reversed(self.sentences[max(0, sent.index - 3):sent.index]):
            units = [m.unit for m in prev.mentions if m.start not in prev.venues]
            for u in reversed(units):
                if self.gaz.is_subnational(u) and ok(u):
                    return u
        for u in (self.main_vn, self.main_foreign):
            if u and ok(u):
                return u
        return None

    # ------------------------------------------------------------ people
    def person_key(self, name: str) -> str:
        return name_key(name)

    def unify_names(self, officials: list[Official]) -> None:
        """Within one article a person keeps one written name; short forms become aliases."""
        full: dict[str, str] = {}
        for o in officials:
            full.setdefault(self.person_key(o.name), o.name)
        for o in officials:
            o.name = full[self.person_key(o.name)]

    # ------------------------------------------------------------ dates
    def settle(self, d: PartialDate | None) -> PartialDate | None:
        """A date with its year settled from the article's date or text, where that is possible."""
        if d is None:
            return None
        if d.year is None and (d.month, d.day) in self.yearless_days:
            return None
        pub = self.article.published
        years = self.month_years.get(d.month or 0, set())
        # (not a month's year ten years or more before the text's own: "(July 18, 1977 – 2022)" is history)
        if d.year is None and not (pub and pub.year) and len(years) == 1 \
                and not (self.text_year and next(iter(years)) <= self.text_year - 10):
            return PartialDate(next(iter(years)), d.month, d.day)
        return settle_year(d, pub, self.text_year)

    def first_date(self, sent: SentenceInfo, *, day_only: bool = True) -> DateMention | None:
        for dm in sent.dates:
            if not day_only or dm.date.day is not None:
                return dm
        return None
