"""Post titles (Vietnamese and English) → post codes of VOCAB.md, and the people who hold them."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..facts import Evidence, Official
from .context import Context, SentenceInfo

_UP = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
_LO = "a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
# A department's name: an abbreviation (Sở GD&ĐT) or capitalised words each followed by lower-case ones
# ("Sở Giáo dục và Đào tạo"), so that a person's name (all syllables capitalised) after it is not swallowed.
_DEPT = (rf"Sở (?:[{_UP}&]{{2,}}(?![{_LO}])|[{_UP}][{_LO}]*(?: [{_LO}]+)+(?:(?:,| và) [{_UP}][{_LO}]*(?: [{_LO}]+)*)*)")

# scope: national (of a country) | vn (a Vietnamese unit only) | foreign (a non-Vietnamese unit only)
#        | any (a unit on either side) | head / vice (government head: the code depends on the unit's country)
_VI_TITLES: list[tuple[str, str, str]] = [
    (r"Tổng Bí thư", "general-secretary", "national"),
    (r"Phó Chủ tịch nước", "other", "national"),
    (r"Chủ tịch nước", "president", "national"),
    (r"Chủ tịch Quốc hội", "other", "national"),
    (r"Phó Thủ tướng(?: Thường trực)?(?: Chính phủ)?", "other", "national"),
    (r"Thủ tướng(?: Chính phủ)?", "prime-minister", "national"),
    (r"Ủy viên Bộ Chính trị", "politburo-member", "national"),
    (r"Thường trực Ban Bí thư", "secretariat-member", "national"),
    (r"Bí thư Trung ương Đảng|Bí thư Ban Chấp hành Trung ương Đảng", "secretariat-member", "national"),
    (r"Ủy viên dự khuyết (?:Ban Chấp hành |BCH )?(?:Trung ương|TW)(?: Đảng)?", "other", "national"),
    (r"Ủy viên (?:Ban Chấp hành |BCH )?(?:Trung ương|TW)(?: Đảng)?", "central-committee-member", "national"),
    (r"(?:Thứ trưởng|Bộ trưởng)(?: Bộ [" + _UP + "][" + _LO + "]*(?: [" + _LO + "]+)+(?: và [" + _UP + "][" + _LO + "]*(?: [" + _LO + "]+)*)*)?",
     "other", "national"),
    (r"Đại sứ(?! quán)(?: đặc mệnh toàn quyền)?", "ambassador", "national"),
    (r"Tham tán(?: Công sứ)?", "other", "national"),
    (r"Tư lệnh(?: Quân khu \d+)?", "other", "national"),
    (r"Phó Bí thư Thường trực(?: (?:[Tt]ỉnh|[Tt]hành|[Kk]hu) ủy)?|Phó Bí thư (?:[Tt]ỉnh|[Tt]hành|[Kk]hu) ủy", "deputy-party-secretary", "any"),
    (r"Bí thư (?:[Tt]ỉnh|[Tt]hành|[Kk]hu) ủy", "party-secretary", "any"),
    (r"Ủy viên (?:Ban Thường vụ|BTV) (?:[Tt]ỉnh|[Tt]hành) ủy", "standing-committee-member", "any"),
    (r"Phó Chủ tịch(?: Thường trực)? (?:UBND|Ủy ban nhân dân)", "people-committee-vice-chair", "vn"),
    (r"Chủ tịch (?:UBND|Ủy ban nhân dân)", "people-committee-chair", "vn"),
    (r"Phó Chủ tịch(?: Thường trực)? (?:HĐND|Hội đồng nhân dân)", "people-council-vice-chair", "any"),
    (r"Chủ tịch (?:HĐND|Hội đồng nhân dân)", "people-council-chair", "any"),
    (r"Phó Chủ tịch (?:Ủy ban|UB) [Cc]hính quyền(?: tỉnh| thủ đô| Thủ đô)?", "vice-governor", "foreign"),
    (r"Chủ tịch (?:Ủy ban|UB) [Cc]hính quyền(?: tỉnh| thủ đô| Thủ đô)?", "governor", "foreign"),
    (r"Chủ tịch Chính quyền nhân dân", "governor", "foreign"),
    (r"Phó (?:Tỉnh|Đô) trưởng|Phó Thống đốc", "vice-governor", "foreign"),
    (r"(?:Tỉnh|Đô) trưởng|Thống đốc", "governor", "foreign"),
    (r"Phó Chủ tịch(?= tỉnh)", "vice", "head"),
    (r"Chủ tịch(?= tỉnh)", "head", "head"),
    (r"Trưởng [Đđ]oàn (?:ĐBQH|[Đđ]ại biểu Quốc hội)(?: [Kk]hu vực [IVX\d]+)?", "na-delegation-head", "any"),
    (r"Chỉ huy trưởng (?:Bộ Chỉ huy Quân sự|Bộ CHQS)", "military-commander", "any"),
    (r"Phó Giám đốc " + _DEPT, "department-deputy-director", "any"),
    (r"Giám đốc " + _DEPT, "department-director", "any"),
    (r"(?:Phó )?Giám đốc Công an(?: tỉnh| thành phố)?", "other", "any"),
    (r"(?:Phó )?Trưởng [Bb]an [A-ZĐ][a-zà-ỹđ]+(?: [a-zà-ỹđ]+)? (?:[Tt]ỉnh|[Tt]hành) ủy", "other", "any"),
    (r"(?:Phó )?Chủ tịch (?:Ủy ban |UB)?(?:MTTQ|Mặt trận)(?: Tổ quốc)?(?: Việt Nam)?(?: Lào xây dựng đất nước)?", "other", "any"),
    (r"(?:Phó )?Chủ tịch Hội (?:hữu nghị|Hữu nghị)[^,;]{0,30}", "other", "any"),
    (r"Chánh Văn phòng (?:[Tt]ỉnh|[Tt]hành) ủy|Chánh Văn phòng (?:UBND|HĐND)", "other", "any"),
    # memberships and delegation roles: they chain with real posts but are not posts themselves
    (r"(?:[Tt]ỉnh|[Tt]hành) [uủ]y viên|[Ủủ]y viên (?:Ban Chấp hành|BCH) Đảng bộ tỉnh|Phó [Tt]rưởng đoàn|"
     r"[Tt]rưởng đoàn(?! (?:ĐBQH|[Đđ]ại biểu Quốc hội))(?: đại biểu cấp cao| công tác)?|Đại biểu Quốc hội(?! tỉnh)", "skip", "skip"),
    # "Bí thư, Tỉnh trưởng tỉnh X": a bare secretary title stacked with a provincial one
    (r"Bí thư(?=\s*,\s*(?:Tỉnh trưởng|Đô trưởng|Chủ tịch))", "party-secretary", "any"),
]

_PC = r"(?:the\s+)?(?:[A-ZÀ-ỸĐ][\w'’.\-]*\s+){0,4}?(?:[Pp]rovincial\s+|[Cc]ity\s+|[Mm]unicipal\s+)?"
_EN_TITLES: list[tuple[str, str, str]] = [
    (r"General Secretary(?: of the (?:[A-Z][\w']*\s+){1,6}Party(?: Central Committee)?)?", "general-secretary", "national"),
    (r"(?:Lao |Vietnamese |State )President|President of (?:Laos|Vietnam|Viet Nam|Việt Nam|the Lao PDR)", "president", "national"),
    (r"(?:Deputy|Vice) Prime Minister|(?:Deputy |Vice )?Minister of [A-Z][\w ,]+?(?=,| and |\s[A-Z][a-z]+ [A-Z])", "other", "national"),
    (r"Prime Minister", "prime-minister", "national"),
    (r"(?:[Mm]ember of the Politburo|Politburo [Mm]ember)", "politburo-member", "national"),
    (r"[Aa]lternate [Mm]ember of the (?:[\w'’]+ ){0,4}Party Central Committee", "other", "national"),
    (r"[Mm]ember of the (?:[\w'’]+ ){0,4}?(?:Party )?Central Committee", "central-committee-member", "national"),
    (r"Ambassador", "ambassador", "national"),
    (r"(?:Permanent |Standing )?Deputy Secretary of " + _PC + r"Party Committee", "deputy-party-secretary", "any"),
    (r"Secretary of " + _PC + r"Party Committee|Party Secretary|Party Committee Secretary", "party-secretary", "any"),
    (r"[Mm]ember of the Standing (?:Board|Committee) of " + _PC + r"Party Committee", "standing-committee-member", "any"),
    (r"(?:Permanent |Standing )?(?:Vice|Deputy) (?:Chairman|Chairwoman|Chair|President) of " + _PC + r"People['’]?s Committee",
     "people-committee-vice-chair", "vn"),
    (r"(?:Chairman|Chairwoman|Chair|President) of " + _PC + r"People['’]?s Committee", "people-committee-chair", "vn"),
    (r"(?:Permanent |Standing )?(?:Vice|Deputy) (?:Chairman|Chairwoman|Chair|President) of " + _PC + r"People['’]?s Council",
     "people-council-vice-chair", "any"),
    (r"(?:Chairman|Chairwoman|Chair|President) of " + _PC + r"People['’]?s Council", "people-council-chair", "any"),
    (r"(?:Vice|Deputy) Governor", "vice-governor", "foreign"),
    (r"Governor", "governor", "foreign"),
    (r"(?:Vice|Deputy) Mayor", "vice", "head"),
    (r"Mayor", "head", "head"),
    (r"Commander of " + _PC + r"Military Command", "military-commander", "any"),
    (r"(?:Deputy )?Director of (?:the )?(?:[A-Z][\w&]*\s+|and\s+|of\s+){1,6}Department", "department-director", "any"),
    (r"Secretary(?=\s+and\s+Governor)", "party-secretary", "any"),
]

_TITLE_RE = re.compile("|".join(f"(?P<t{i}>{p})" for i, (p, _, _) in enumerate(_VI_TITLES + _EN_TITLES)))
_TITLE_INFO = _VI_TITLES + _EN_TITLES

# Between two stacked titles of one person, or between a title and its unit.
_GLUE = re.compile(r"^\s*(?:,|kiêm|and|cum|và)?\s*$")
_UNIT_FILLER = re.compile(
    r"^\s*,?\s*(?:of\s+)?(?:the\s+)?(?:tỉnh|thành phố|TP\.?|Thủ đô|thủ đô|[Pp]rovince|[Cc]ity|[Cc]apital|của)?\s*$")
_PARTY_COUNTRY = [
    (re.compile(r"^\s*(?:của\s+)?(?:Đảng\s+)?(?:[Nn]hân dân [Cc]ách mạng|NDCM) Lào|^\s*(?:of the )?Lao People['’]?s Revolutionary Party"), "LA"),
    (re.compile(r"^\s*(?:của\s+)?(?:Đảng\s+)?Cộng sản Việt Nam|^\s*(?:of the )?Communist Party of (?:Vietnam|Viet Nam|Việt Nam)"), "VN"),
    (re.compile(r"^\s*Đảng Nhân dân Campuchia|^\s*(?:of the )?Cambodian People['’]?s Party"), "KH"),
]
_NAME_STOP = {w.lower() for w in (
    "Tỉnh  Thủ Đô Ủy Uỷ Bí Thư Chủ Tịch Phó Đồng Chí Ông Bà Ngài Tại Trong Theo Sau Về Cùng Dự Với "
    "Và Của Các Những  Lãnh Đạo Sở Ban   Đảng        Nước   "
    "  Lào Campuchia UBND HĐND CHDCND CHXHCN The Of And Mr Ms Mrs Party Committee Provincial People "
    "Secretary Chairman Governor Vice Deputy Province City Council President Minister General "
    " Tá Tướng Thượng Trưởng Giám Đốc  Lệnh  Ngày Sáng Chiều Tối Thay Mặt Phát Biểu Ảnh Photo VNA TTXVN "
    "Đây Điều Đó Này Tiếp Đón Làm Việc Dưới Sự Chứng Kiến Lễ Ký Kết Thỏa Thuận Hợp Tác Biên Bản  Vực "
    "He She They Both Leaders Delegation Capital His Her Its This That Lao Laos Vietnamese Vietnam Viet Standing "
    "Permanent Member Central Politburo Mayor Director Department Commander Ambassador Prime State Hon Dr"
).split()}


# an office named after a title, before the holder's name
_ORG_PHRASE = re.compile(r"\s*(?:Đại sứ quán|Tổng Lãnh sự quán|Lãnh sự quán|Bộ Chỉ huy|Văn phòng|Ban|Bộ|Cục|Sở|Công an) ")
@dataclass
class _Title:
    start: int
    end: int
    code: str
    scope: str
    text: str = ""                   # the title as written
    unit: str | None = None          # unit named in or right after the title
    country: str | None = None       # country named right after a national title


_WORD = re.compile(r"[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*")


# English function words end a name in English text; in Vietnamese text "In", "On" are Lao syllables
_EN_STOP = {"at", "in", "on", "a", "an", "as", "by", "for", "from", "to", "with", "during", "after", "before"}


def _is_name_word(w: str, english: bool = False) -> bool:
    """A capitalised word that can be part of a person's name."""
    if not w[:1].isupper():
        return False
    head = w.split("-")[0].lower()
    if english and head in _EN_STOP:
        return False
    return head not in _NAME_STOP      # names in capitals count too ("KHĂM KHĂN CHĂN THẠ VI SỤC")


def _name_tokens(text: str, pos: int, english: bool = False) -> tuple[int, int] | None:
    """A person's name starting at ``pos``: 2–7 capitalised words (hyphen-joined syllables count as one)."""
    words: list[tuple[int, int]] = []
    i = pos
    # "Đoàn" is a family name, and also "delegation" ("Đoàn Đại biểu", "Đoàn công tác")
    if re.match(r"Đoàn (?:[Đđ]ại|[Cc]ông|[Đđ]oàn|[Cc]ấp)\b", text[pos:]):
        return None
    while len(words) < 7:
        m = _WORD.match(text, i)
        if not m or not _is_name_word(m.group(0), english) or (words and _TITLE_RE.match(text, m.start())):
            break
        words.append((m.start(), m.end()))
        # "Khăm Pheng - Xay Sổm Pheng": a spaced hyphen inside a Lao name
        sep = re.match(r" (?:[-–] )?", text[m.end():])
        if not sep:
            break
        nxt = _WORD.match(text, m.end() + sep.end())
        if not nxt or not _is_name_word(nxt.group(0), english):
            break
        if sep.group(0).strip() and (_TITLE_RE.match(text, nxt.start()) or len(words) < 2):
            break
        i = m.end() + sep.end()
    if not words:
        return None
    n_syll = sum(len(re.split(r"[-\s]", text[a:b])) for a, b in words)
    if n_syll < 2:
        return None
    return words[0][0], words[-1][1]


def _name_before(text: str, pos: int, english: bool = False) -> tuple[int, int] | None:
    """A name that ends right before ``pos`` (where a ' - ' or ', ' before a title starts)."""
    starts = [m.start() for m in _WORD.finditer(text[:pos])]
    best = None
    # try the shortest suffix first and grow while the words still form a name ending at pos
    for st in reversed(starts[-9:]):
        span = _name_tokens(text, st, english)
        if span and span[1] == pos:
            best = span
    return best


# Every title begins with one of these words: the big alternation is tried only where one stands.
_TITLE_START = re.compile(
    r"(?<![\w])(?:Tổng|Phó|Chủ|Thủ|Ủy|ủy|Uỷ|Thường|Bí|Thứ|Bộ|Đại|Tham|Tư|Trưởng|trưởng|Chỉ|Giám|Chánh|Tỉnh|tỉnh|"
    r"Thành|thành|Đô|Thống|General|Lao|Vietnamese|State|President|Deputy|Vice|Minister|Prime|[Mm]ember|Politburo|"
    r"[Aa]lternate|Ambassador|Permanent|Standing|Secretary|Party|Chairman|Chairwoman|Chair|Governor|Mayor|"
    r"Commander|Director)(?![\w])")


def _title_matches(text: str):
    """Leftmost, non-overlapping title matches (as finditer would give them)."""
    end = 0
    for start in _TITLE_START.finditer(text):
        if start.start() < end:
            continue
        m = _TITLE_RE.match(text, start.start())
        if m:
            end = m.end()
            yield m


def find_titles(sent: SentenceInfo) -> list[_Title]:
    """The post titles of a sentence, each with the unit or country it names (computed once per sentence)."""
    if sent.titles is not None:
        return sent.titles
    text = sent.text
    out: list[_Title] = []
    for m in _title_matches(text):
        idx = int(m.lastgroup[1:])
        _, code, scope = _TITLE_INFO[idx]
        t = _Title(m.start(), m.end(), code, scope, m.group(0))
        inside = [mm for mm in sent.mentions if t.start <= mm.start < t.end]
        if inside:
            t.unit = inside[0].unit
        else:
            for k, mm in enumerate(sent.mentions):
                if mm.start >= t.end and _UNIT_FILLER.match(text[t.end:mm.start]):
                    # "Deputy Governor of Laos' Oudomxay province": the country's province, not the country
                    nxt = sent.mentions[k + 1] if k + 1 < len(sent.mentions) else None
                    if nxt and mm.unit == mm.unit.split("-")[0] and re.fullmatch(r"['’]s?\s+", text[mm.end:nxt.start]):
                        mm = nxt
                    t.unit = mm.unit
                    t.end = mm.end
                    tail = re.match(r"\s*(?:[Pp]rovince|\((?:Việt Nam|Lào|Laos|Vietnam|Campuchia|Cambodia)\))", text[mm.end:])
                    if tail:
                        t.end = mm.end + tail.end()
                    break
        if t.unit is None:
            bare = re.match(r"\s+(?:tỉnh|thành phố|TP\.?|[Tt]hủ đô|provincial|city)(?=\s+[^\W\d_])", text[t.end:])
            if bare and not any(mm.start == t.end + bare.end() + 1 for mm in sent.mentions):
                t.end += bare.end()
        for rx, cc in _PARTY_COUNTRY:
            pm = rx.match(text[t.end:])
            if pm:
                t.country = cc
                t.end += pm.end()
                break
        out.append(t)
    sent.titles = out
    return out


def _chains(text: str, titles: list[_Title]) -> list[list[_Title]]:
    chains: list[list[_Title]] = []
    for t in titles:
        if chains and _GLUE.match(text[chains[-1][-1].end:t.start]):
            chains[-1].append(t)
        else:
            chains.append([t])
    return chains


def find_officials(ctx: Context) -> list[Official]:
    """Every (person, post, unit) the article states, one per post held."""
    # pass 1: people next to post titles, with the units the titles name
    stated: list[tuple[SentenceInfo, str, tuple[int, int], list[_Title]]] = []
    home: dict[str, str] = {}
    nation: dict[str, str] = {}
    for sent in ctx.sentences:
        titles = find_titles(sent)
        for chain in _chains(sent.text, titles):
            span = _chain_name(sent, chain, ctx.language, lambda m: ctx.gaz.unit(m.unit).is_country)
            if not span:
                continue
            name = _clean_name(sent.text[span[0]:span[1]])
            if not name:
                continue
            stated.append((sent, name, span, chain))
            sent.people.append((span[0], span[1], name))
            for t in chain:
                if t.unit and ctx.gaz.is_subnational(t.unit) and _compatible(t.scope, t.unit, ctx, t):
                    home.setdefault(ctx.person_key(name), t.unit)
                if t.country or (t.unit and not ctx.gaz.is_subnational(t.unit)):
                    nation.setdefault(ctx.person_key(name), t.country or t.unit)
    # a title shared by a list: "các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: A, <post>; B, <post>"
    for sent in ctx.sentences:
        for t in find_titles(sent):
            colon = re.match(r"\s*:\s*", sent.text[t.end:])
            if not colon or t.scope == "skip":
                continue
            for sent2, name, span, chain in list(stated):
                if sent2 is sent and span[0] >= t.end and all(x.start != t.start for x in chain):
                    between = sent.text[t.end:span[0]]
                    if "." not in between and not re.search(r"lãnh đạo|về phía", between, re.IGNORECASE):
                        stated.append((sent, name, span, [t]))
    # pass 2: units for titles that name none, from the person's own side or the context
    found: list[Official] = []
    seen: set[tuple[str, str, str]] = set()
    for sent, name, span, chain in stated:
        key = ctx.person_key(name)
        # a unit the chain itself names says whose official this is (two namesakes in one article stay apart)
        own = next((t.unit for t in chain if t.unit and ctx.gaz.is_subnational(t.unit) and _compatible(t.scope, t.unit, ctx, t)),
                   None) or home.get(key)
        units = _assign_units(chain, sent, ctx, span, own, nation.get(key) or (ctx.gaz.country_of(own) if own else None))
        for t, unit in zip(chain, units):
            if unit is None or t.scope == "skip":
                continue
            code = _head_code(t, unit, ctx)
            seen_key = (key, code, unit)
            if seen_key in seen:
                continue
            seen.add(seen_key)
            found.append(Official(name=name, post=code, unit=unit, evidence=Evidence(sent.index, sent.text),
                                  home=own or unit))
    ctx.unify_names(found)
    # later mentions of the same people without a title ("đồng chí Trần Thắng và ... đã ký kết")
    names = sorted({o.name for o in found}, key=len, reverse=True)
    for sent in ctx.sentences:
        for name in names:
            for m in re.finditer(re.escape(name), sent.text):
                if not any(a <= m.start() < b for a, b, _ in sent.people):
                    sent.people.append((m.start(), m.end(), name))
        sent.people.sort()
    return found


def _clean_name(name: str) -> str:
    name = re.sub(r"\s*\((?:trái|phải|bên trái|bên phải|giữa|left|right)\)\s*$", "", name).strip(" ,-–")
    return name


def _chain_name(sent: SentenceInfo, chain: list[_Title], language: str, ctx_is_country) -> tuple[int, int] | None:
    text = sent.text
    first, last = chain[0], chain[-1]
    english = language == "en"

    def clear(span):
        # a country's short name inside a person's name ("Nguyễn Đức Trung") does not stop it
        return span and not any(m.start < span[1] and m.end > span[0] and
                                (not ctx_is_country(m) or (m.start <= span[0] and m.end >= span[1]))
                                for m in sent.mentions)

    # NAME - TITLE / NAME, TITLE
    sep = re.search(r"(?:\s[-–]\s|,\s|:\s)$", text[:first.start])
    if sep:
        before_end = sep.start()
        span = _name_before(text, before_end, english)
        if clear(span):
            return span
    # TITLE NAME (English also "TITLE, NAME,")
    rest = text[last.end:]
    lead = re.match(r"\s*(?:\((?:Việt Nam|Lào|Laos|Vietnam)\)\s*)?(?:,\s+)?", rest) if language == "en" \
        else re.match(r"\s*(?:\((?:Việt Nam|Lào)\)\s*)?", rest)
    pos = last.end + (lead.end() if lead else 0)
    # "Đại sứ Lào tại Việt Nam NAME", "Ambassador to Laos NAME": the posting place before the name
    posted = re.match(r"(?:tại|ở|to|in)\s+(?:nước\s+)?", text[pos:])
    if posted:
        at = next((m for m in sent.mentions if m.start == pos + posted.end()), None)
        if at:
            pos = at.end + len(re.match(r"\s*", text[at.end:]).group(0))
    hon = re.match(r"(?:(?:đồng chí|ông|bà|Ngài|Mr\.?|Ms\.?|Đại tá|Thiếu tướng)\s+)+", text[pos:])
    if hon:
        pos += hon.end()
    span = _name_tokens(text, pos, english)
    if clear(span):
        return span
    org = _ORG_PHRASE.match(text, pos)
    if org:
        # the holder's name is the first run of name words after the office's own name
        stop = re.search(r"[,;.:]", text[pos:])
        limit = pos + (stop.start() if stop else len(text) - pos)
        for w in _WORD.finditer(text, org.end(), limit):
            span = _name_tokens(text, w.start(), english)
            if span and clear(span) and re.match(r"\s*(?:[,;.:]|$|[a-zà-ỹđ])", text[span[1]:]):
                return span
    return None


def _assign_units(chain: list[_Title], sent: SentenceInfo, ctx: Context, name_span,
                  own: str | None, own_country: str | None) -> list[str | None]:
    explicit = [t.unit for t in chain]
    units: list[str | None] = []
    for i, t in enumerate(chain):
        if t.scope == "skip":
            units.append(None)
            continue
        if t.scope == "national":
            cc = t.country
            if not cc:
                later = [u for u in explicit[i:] if u] + [u for u in explicit[:i] if u]
                cc = ctx.gaz.country_of(later[0]) if later else None
            cc = cc or own_country
            units.append(cc or "VN")      # a national post named without a country: the press writes from Vietnam
            continue
        unit = t.unit if t.unit and _compatible(t.scope, t.unit, ctx, t) else None
        if unit is None:
            later = [u for u in explicit[i + 1:] if u]
            earlier = [u for u in reversed(explicit[:i]) if u]
            for cand in later + earlier:
                if _compatible(t.scope, cand, ctx, t):
                    unit = cand
                    break
        if unit is None and own and _compatible(t.scope, own, ctx, t):
            unit = own
        if unit is None:
            # stacked posts of one person belong to one unit: it must suit every one of them
            open_titles = [x for x in chain if x.scope not in ("national", "skip") and not x.unit]
            unit = ctx.unit_from_context(sent, name_span, lambda u: all(_compatible(x.scope, u, ctx, x) for x in open_titles))
        units.append(unit)
    return units


def _compatible(scope: str, unit: str, ctx: Context, t: _Title | None = None) -> bool:
    if not ctx.gaz.is_subnational(unit):
        return False
    u = ctx.gaz.unit(unit)
    vn = u.country == "VN"
    if scope == "vn" and not vn or scope == "foreign" and vn:
        return False
    if t is not None:
        title = t.text.lower()
        # a provincial committee (Tỉnh ủy) is not a city's, a city committee (Thành ủy) not a province's
        if "tỉnh ủy" in title and u.kind in ("central-city", "capital-prefecture"):
            return False
        if "thành ủy" in title and u.kind == "province":
            return False
        if "đô trưởng" in title and u.kind != "capital-prefecture":
            return False
    return True


def _head_code(t: _Title, unit: str, ctx: Context) -> str:
    if t.scope != "head":
        return t.code
    vn = ctx.gaz.country_of(unit) == "VN"
    if t.code == "head":
        return "people-committee-chair" if vn else "governor"
    return "people-committee-vice-chair" if vn else "vice-governor"
