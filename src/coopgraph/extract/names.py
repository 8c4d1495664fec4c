"""People's names in running text: where a name starts and ends, and which side of a border it sounds from.

A name is a run of capitalised words. Vietnamese names start with a family name from a small closed set
(``Nguyễn``, ``Trần``, ``Lê`` …): after one, any capitalised syllable belongs to the name, even a word that
elsewhere starts a sentence ("Nguyễn Thành Phát", "Phạm Văn Đồng"). Other names (Lao, Khmer, Thai names in
Vietnamese or Latin spelling) are runs of capitalised words that are not function words or title words.
"""
from __future__ import annotations

import re
from typing import Callable

from ..text import fold

# A word of a name: letters, with apostrophes ("H'Bút") and hyphen-joined syllables ("Xay-nhạ-phon").
WORD = re.compile(r"[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*")

# Vietnamese family names (họ), lower-case with their marks: the common Kinh ones, the Sino-Vietnamese readings
# the press gives Chinese names, and the first words of Central Highlands and northern minority names.
_VN_FAMILY = set("""
nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đinh đoàn lương trương mai trịnh lâm
phùng đào cao hà tạ châu thái tô chu lưu la kiều quách vương triệu từ tôn hứa giang khổng khúc lục mạc mẫn
nghiêm ninh nông quan sầm thân thạch tống ung vi viên yên âu bạch bế cấn cù diệp đàm đồng giáp hàn hầu kim
lại lò lầu lù mạch sùng tăng thào tiêu vàng mùa giàng hờ vừ tẩn chảo phàn quàng cầm điêu lường tòng bạc
ksor siu nay rmah rơ y h ayun kpă rah
""".split())
# the same written without marks, as English text writes Vietnamese names (Nguyen, Tran, Vu)
VN_FAMILY_PLAIN = {fold(w) for w in _VN_FAMILY}

# Words that never belong to a name: Vietnamese ones compared with their marks ("Bà" is not "Ba", "Sự" is
# not "Sụ"), English ones without.
_STOP_VI = set("""
tỉnh thủ đô ủy uỷ bí thư chủ tịch phó đồng chí ông bà ngài tại trong theo sau về cùng dự với và của các những
lãnh đạo sở ban đảng nước lào campuchia ubnd hđnd chdcnd chxhcn tá tướng thượng trưởng giám đốc lệnh ngày
sáng chiều tối thay mặt phát biểu ảnh ttxvn đây điều đó này tiếp đón làm việc dưới sự chứng kiến lễ ký kết
thỏa thuận hợp tác biên bản vực hội nghị tổng khu quốc vụ cục bộ thành phố huyện xã
""".split())
# Khmer honorifics before a name ("Samdech Kralahom Sar Kheng", "Oknha …", "Lok Chumteav …"): no part of the name
KHMER_HONORIFICS = ("samdech", "techo", "oknha", "kralahom", "krolahom", "chumteav")
_STOP_EN = set("""
the of and mr ms mrs party committee provincial people secretary chairman chairwoman governor vice deputy
province city council president minister general photo vna he she they both leaders delegation capital his her
its this that lao laos vietnamese vietnam viet standing permanent member central politburo mayor director
department commander ambassador prime state hon dr madam excellency mister consul head comrade comrades
colonel lieutenant major senior brigadier col gen brig maj chief
""".split()) | set(KHMER_HONORIFICS)
# after a Vietnamese family name these still end the name: they start what follows it
# (compared with their marks: "Dự" ends a name, "Dư" is a syllable of one)
_STOP_AFTER_FAMILY = set("và của tại với cùng dự and of the in at on".split())

# English function words end a name in English text; in Vietnamese text "In", "On" are Lao syllables
_EN_STOP = {"at", "in", "on", "a", "an", "as", "by", "for", "from", "to", "with", "during", "after", "before",
            "who", "is", "was", "has", "said", "also", "january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday"}

# "Đoàn" is a family name, and also "delegation" ("Đoàn Đại biểu", "Đoàn công tác")
_DELEGATION = re.compile(r"Đoàn (?:[Đđ]ại|[Cc]ông|[Đđ]oàn|[Cc]ấp|[Ll]ãnh|[Tt]hanh)\b")


def _first(word: str) -> str:
    """The first syllable of a word, lower-case with its marks ("H'Bút" → "h", "Xay-nhạ-phon" → "xay")."""
    return re.split(r"[-'’]", word)[0].lower()


def _has_marks(word: str) -> bool:
    return fold(word) != re.sub(r"[^0-9a-z]", "", word.lower())


def is_family_name(word: str) -> bool:
    """A Vietnamese family name (with its marks; a word written without any may be an English spelling: Nguyen)."""
    if "-" in word or not word[:1].isupper():
        return False
    head = _first(word)
    return head in _VN_FAMILY if _has_marks(head) else fold(head) in VN_FAMILY_PLAIN


def _is_name_word(w: str, english: bool, first: bool = True) -> bool:
    """A capitalised word that can be part of a name on its own merits (English function words only start
    none: inside a run of capitalised words "In" is a Lao syllable, "Phon Suc In Tha Vong")."""
    if not w[:1].isupper():
        return False
    head = _first(w)
    if english and first and head in _EN_STOP:
        return False
    # English stop words are compared without marks only for words written without any ("Thắt" is not "that")
    return head not in _STOP_VI and (_has_marks(head) or fold(head) not in _STOP_EN)


# a year of the lunar calendar ("Tết Canh Tý", "Xuân Quý Mão"): a stem and a branch ending a run of words, no person's name
_LUNAR_YEAR = re.compile(r"(?:Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|Nhâm|Quý) (?:Tý|Sửu|Dần|Mão|Mẹo|Thìn|Tỵ|Tị|Ngọ|Mùi|Thân|Dậu|"
                         r"Tuất|Hợi)")

_SPACED_SYLLABLE = re.compile(r"\s?[-–]\s?([^\W\d_][\w'’]*)")


def _words_at(text: str, pos: int, starts_title: Callable[[str, int], bool]):
    """The capitalised words from ``pos`` on, with the separator before each; a hyphen followed by a title
    ends the word ("Hồ Văn Niên-Ủy viên": the name is "Hồ Văn Niên")."""
    i = pos
    while True:
        m = WORD.match(text, i)
        if not m:
            return
        start, end = m.start(), m.end()
        # "Sủ - phăn Hả - đao - hương": syllables of one word joined by spaced hyphens (the next one lower-case)
        # (not a function word: "Kang Gijung - the Mayor" is a name, a dash and a title)
        # (not a title in lower case either: "Thái Văn Hằng - ủy viên Ban thường vụ Tỉnh ủy")
        while (more := _SPACED_SYLLABLE.match(text, end)) and more.group(1)[0].islower() \
                and more.group(1) not in _EN_STOP | _STOP_AFTER_FAMILY | {"là", "làm", "được"} \
                and not starts_title(text, more.start(1)):
            end = more.end()
        m_end = end
        for h in re.finditer("-", text[start:end]):
            if starts_title(text, start + h.start() + 1):
                end = start + h.start()
                break
        yield start, end
        if end != m_end:
            return
        # "Khăm Pheng - Xay Sổm Pheng": a spaced hyphen inside a Lao name
        sep = re.match(r" (?:[-–] )?", text[end:])
        if not sep:
            return
        i = end + sep.end()
        if sep.group(0).strip():
            yield -1, -1          # marks a spaced hyphen before the next word


def _a_name_start(text: str, a: int, b: int) -> bool:
    """"According to A Brao Bim, Deputy Director": a capital "A" inside a sentence, before a capitalised word, starts a
    Central Highlands name (an English article there is written "a")."""
    return text[a:b] == "A" and a > 0 and not re.search(r"(?:^|[.!?:;\"“(\n|–-])\s*$", text[max(0, a - 4):a]) \
        and bool(re.match(r" [A-ZĐ]", text[b:b + 2]))


def name_at(text: str, pos: int, starts_title: Callable[[str, int], bool], english: bool = False,
            single: bool = False, shortest: int = 3) -> tuple[int, int] | None:
    """A person's name starting at ``pos``: 2–7 capitalised words, or one word of ``shortest`` letters or more when
    ``single`` allows it."""
    if _DELEGATION.match(text, pos):
        return None
    words: list[tuple[int, int]] = []
    family = False
    spaced = False
    for a, b in _words_at(text, pos, starts_title):
        if a < 0:
            spaced = True
            continue
        w = text[a:b]
        if words and starts_title(text, a):
            break
        if spaced and (len(words) < 2 or family):
            break           # " - " after one word, or after a Vietnamese name, separates a title
        spaced = False
        if not words:
            family = is_family_name(w) or _a_name_start(text, a, b)
            if not (family or _is_name_word(w, english)):
                break
        elif family:
            if not w[:1].isupper() or w.lower() in _STOP_AFTER_FAMILY or len(words) >= 5:
                break
        elif not _is_name_word(w, english, first=False):
            break
        # an abbreviation in capitals before a name in mixed case is a place or office ("UBND TPHCM Bùi Minh Thạnh")
        if len(words) == 0 and len(w) >= 2 and w.isupper() and "-" not in w:
            nxt = WORD.match(text, b + 1)
            if nxt and not nxt.group(0).isupper():
                return None
        words.append((a, b))
        if len(words) >= 7:
            break
    if not words:
        return None
    if len(words) >= 2 and _LUNAR_YEAR.fullmatch(text[words[-2][0]:words[-1][1]]):
        return None
    n_syll = sum(len(re.split(r"[-\s]", text[a:b])) for a, b in words)
    if n_syll < 2 and not (single and len(text[words[0][0]:words[0][1]]) >= shortest):
        return None
    return words[0][0], words[-1][1]


def name_before(text: str, pos: int, starts_title: Callable[[str, int], bool], english: bool = False,
                ok: Callable[[tuple[int, int]], bool] = lambda span: True) -> tuple[int, int] | None:
    """The longest acceptable name that ends right before ``pos`` (where a ' - ', ', ' or '-' before a title starts)."""
    lo = max(0, pos - 120)
    starts = [lo + m.start() for m in WORD.finditer(text[lo:pos])]
    best = None
    # try the shortest suffix first and grow while the words still form a name ending at pos
    for st in reversed(starts[-9:]):
        span = name_at(text, st, starts_title, english)
        if span and span[1] == pos and ok(span):
            best = span
    return best


def origin(name: str) -> str | None:
    """'vn' for a name that reads as Vietnamese (or Sino-Vietnamese), 'foreign' for one that does not, else None.

    Used only to break ties: which side of a meeting a person whose title names no unit belongs to.
    """
    words = name.split()
    if not words:
        return None
    if any("-" in w for w in words) or any(len(fold(w)) > 7 for w in words):
        return "foreign"        # hyphen-joined syllables and long romanised words are Lao, Khmer or Thai
    if is_family_name(words[0]) and 2 <= len(words) <= 5:
        return "vn"
    return "foreign" if len(words) >= 4 else None     # Lao names in Vietnamese spelling run to four syllables
