"""Officials: who holds which post of which unit, from titles (``titles``) next to names (``names``).

A sentence writes a person with their titles in one of two orders:

- NAME then TITLES: ``Hồ Văn Niên-Ủy viên …, Bí thư Tỉnh ủy``, ``Kongkeo Xaysongkham - Secretary, Governor of …``;
- TITLES then NAME: ``Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Lê Trường Lưu``, ``Chairman of … Le Anh Duong``.

Titles joined by commas, ``và``, ``and``, dashes form a chain held by one person. When a chain follows one
name and runs straight into another, the titles after the last one that names its unit belong to the second
name, and in a sentence whose people are written TITLES-then-NAME the whole chain does.
"""
from __future__ import annotations

import re

from ..facts import Evidence, Official
from ..text import fold
from .context import Context, SentenceInfo
from .names import KHMER_HONORIFICS, VN_FAMILY_PLAIN, WORD, is_family_name, name_at, name_before, origin
from .titles import Title, find_titles, starts_title

# Between two stacked titles of one person.
# (a word of the next title its pattern leaves out may stand between: "Deputy Governor, and Permanent Deputy Chairman of …")
# ("nguyên Chủ tịch UBND tỉnh, hiện là Chủ tịch Hội …": a post held before, then the one held now)
_GLUE = re.compile(r"^\s*,?\s*(?:kiêm|and|cum|và|[-–]|(?:hiện|hiện nay|nay) là)?\s*(?:(?:Permanent|Standing)\s+)?$")
# Before a title, after the name of the person who holds it.
# ("Hồ Văn Niên-Ủy viên", "Phạm Văn Dũng- Phó Bí thư", "Kang Gijung - the Mayor of Gwangju City")
# ("Lê Văn Bình–Phó Chủ tịch": an en dash glued to both; "NAME, nguyên Chủ tịch …": a post held before; "NAME,
# Vietnamese Consul General in …": the title's country before it)
# ("…, the Vietnamese Consul General informed": with "the", the subject of what follows)
_NAME_THEN_TITLE = re.compile(r"(?:\s[-–]\s*(?:the\s+)?|,\s*(?:the\s+|(?-i:Lao|Laotian|Vietnamese|Cambodian|Chinese|Thai|"
                              r"Korean|Japanese)\s+)?|:\s*|(?<=[^\W\d_])[-–]\s?(?:the\s+)?|\s\(\s*)"
                              r"(?:acting\s+|nguyên\s+|former\s+)?$", re.IGNORECASE)
# English joins a name to its titles with words too: "X, who is also", "X, also serving as", "X holds the position of",
# "X was appointed", "the appointment of X as", "X, a member of …"
_WHO_IS = re.compile(r"(?:,\s+(?:who\s+(?:is|was)\s+(?:also\s+)?(?:a\s+|an\s+)?|(?:a|an)\s+|who\s+(?:previously\s+|formerly\s+|once\s+)?"
                     r"(?:served|serves)\s+as\s+|(?:also\s+)?(?:serving|concurrently)\s+as\s+|also\s+)|"
                     r"\s+(?:holds|held|took|takes|assumes|assumed)\s+the\s+(?:position|post)s?\s+of\s+|"
                     r"\s+(?:was|were|has been|is)\s+(?:appointed|elected|named)\s+(?:as\s+)?|\s+as\s+)(?:the\s+)?$",
                     re.IGNORECASE)
_ON_BEHALF = re.compile(r"(?:của|thay mặt|thừa ủy (?:quyền|nhiệm)|on behalf of|of)\s+$", re.IGNORECASE)
# A title right after these words is the one of someone the sentence acts for, not of a person it names:
# "Thừa ủy quyền của Chủ tịch nước CHDCND Lào, Bí thư - Tỉnh trưởng X NAME trao": NAME is not the President
_ACTING_FOR = re.compile(r"(?:thừa (?:ủy|uỷ) (?:quyền|nhiệm)|thay mặt|on behalf of|with (?:the )?authori[sz]ation (?:from|of)|"
                         r"authori[sz]ed by)(?:\s+của)?\s+(?:the\s+)?$", re.IGNORECASE)
# "Các Phó Chủ tịch HĐND tỉnh A và B", "hai Phó Chủ tịch UBND tỉnh A, B": a plural title before several names
_PLURAL_BEFORE = re.compile(r"(?<!\w)(?:các|hai|ba)\s+(?:đồng chí\s+)?$", re.IGNORECASE)
_NEXT_IN_LIST = re.compile(r"\s*(?:,|và|and)\s*(?:(?:đồng chí|ông|bà)\s+)?")
_HONORIFIC = re.compile(
    r"(?:(?:đồng chí|comrades?|ông|bà|ngài|lok chumteav|" + "|".join(KHMER_HONORIFICS) + r"|(?:his |her )?excellency|mr\.?|ms\.?|mrs\.?|madam|dr\.?|h\.?e\.?|đại tá|thượng tá|trung tá|thiếu tá|"
    r"thiếu tướng|trung tướng|thượng tướng|(?:senior |lieutenant |brigadier |major )*(?:colonel|general)|"
    r"col\.|brig\.\s*gen\.|maj\.\s*gen\.|lt\.\s*col\.)\s+)+", re.IGNORECASE)
# an office named after a title, before the holder's name
_ORG_PHRASE = re.compile(r"\s*(?:Đại sứ quán|Tổng Lãnh sự quán|Lãnh sự quán|Bộ Chỉ huy|Văn phòng|Ban|Bộ|Cục|Sở|Công an) ")


# How often an official is right, by what its unit rests on: precision measured on 63 articles scored without any
# rule written for them (scripts/rule_precision.py; docs/extractor.md).
CONFIDENCE = {
    "unit-named": 0.95, "unit-of-chain": 0.95, "unit-of-person": 0.95, "unit-from-context": 0.9,
    "country-named": 0.95, "country-of-chain": 0.85, "country-of-person": 0.9, "country-from-context": 0.8,
    "country-assumed": 0.85,
}


def find_officials(ctx: Context) -> list[Official]:
    """Every (person, post, unit) the article states, one per post held."""
    # pass 1: people next to post titles, with the units the titles name
    stated: list[tuple[SentenceInfo, str, tuple[int, int], list[Title]]] = []
    home: dict[str, str] = {}
    nation: dict[str, str] = {}
    for sent in ctx.sentences:
        titles = find_titles(sent, ctx.gaz)
        for span, chain in _holders(sent, titles, ctx):
            name = _clean_name(sent.text[span[0]:span[1]])
            if not name or any(fold(name).startswith(p) for p in ctx.gaz.person_names):
                continue        # a person a city is named after ("President Ho Chi Minh [Memorial]") holds no post today
            stated.append((sent, name, span, chain))
            if not any(a == span[0] for a, _, _ in sent.people):
                sent.people.append((span[0], span[1], name))
            for t in chain:
                if t.unit and ctx.gaz.is_subnational(t.unit) and _compatible(t.scope, t.unit, ctx, t):
                    home.setdefault(ctx.person_key(name), t.unit)
                if t.country or (t.unit and not ctx.gaz.is_subnational(t.unit)):
                    nation.setdefault(ctx.person_key(name), t.country or t.unit)
    _shared_titles(ctx, stated)
    _counterparts(ctx, stated)
    _local_counterparts(ctx, stated)
    _short_names(stated)
    # pass 2: units for titles that name none, from the person's own side or the context
    found: list[Official] = []
    seen: set[tuple[str, str, str]] = set()
    for sent, name, span, chain in stated:
        key = ctx.person_key(name)
        # a unit the chain itself names says whose official this is (two namesakes in one article stay apart)
        own = next((t.unit for t in chain if t.unit and ctx.gaz.is_subnational(t.unit) and _compatible(t.scope, t.unit, ctx, t)),
                   None) or home.get(key)
        units = _assign_units(chain, sent, ctx, span, own, nation.get(key) or (ctx.gaz.country_of(own) if own else None),
                              _side(sent.text, span, name))
        for t, (unit, basis) in zip(chain, units):
            bare = _bare_head(t, name, own, ctx)
            if bare:
                unit, basis, code = bare
            elif unit is None or t.scope == "skip":
                continue
            else:
                code = _head_code(t, unit, ctx)
                if code in ("party-secretary", "deputy-party-secretary") and not t.unit and \
                        not re.search(r"provincial|city|municipal|tỉnh|thành", t.text, re.IGNORECASE) and \
                        any(_ARMED_COMMAND.search(x.text) for x in chain):
                    code = "other"  # "Secretary of the Party Committee, and Political Commander of the … Military
                    # Command": the command's own party committee, not the province's
            if (key, code, unit) in seen:
                continue
            seen.add((key, code, unit))
            found.append(Official(name=name, post=code, unit=unit, evidence=Evidence(sent.index, sent.text),
                                  home=own or unit, rule=basis, confidence=CONFIDENCE[basis]))
    ctx.unify_names(found)
    _later_mentions(ctx, found)
    return found


def _chains(text: str, titles: list[Title]) -> list[list[Title]]:
    chains: list[list[Title]] = []
    for t in titles:
        if chains and _GLUE.match(text[chains[-1][-1].end:t.start]):
            chains[-1].append(t)
        else:
            chains.append([t])
    return chains


def _holders(sent: SentenceInfo, titles: list[Title], ctx: Context) -> list[tuple[tuple[int, int], list[Title]]]:
    """Each chain of titles with the name of the person who holds it (a chain may be split between two)."""
    text = sent.text
    english = ctx.language == "en"
    out: list[tuple[tuple[int, int], list[Title]]] = []
    named_after_titles: set[int] = set()      # starts of names written TITLES-then-NAME in this sentence
    # (kept when the one acted for is named right after the title: "thừa ủy quyền của Bộ trưởng Công an NAME, …")
    titles = [t for t in titles if not _ACTING_FOR.search(text, max(0, t.start - 40), t.start)
              or _named_right_after(sent, t, english, ctx)]
    for chain in _chains(text, titles):
        before = _name_before_chain(sent, chain[0], english, ctx)
        after = _name_after_chain(sent, chain[0], chain[-1], english, ctx)
        if before and not after and english and _WHO_IS.search(text[:chain[0].start]):
            out.append((before, chain))     # "X, who is also Secretary": the titles are said of the name before
        elif before and after:
            if before[0] in named_after_titles:
                out.append((after, chain))
            else:
                cut = _split_point(chain)
                if chain[:cut]:
                    out.append((before, chain[:cut]))
                out.append((after, chain[cut:]))
        elif after:
            out.append((after, chain))
        elif before and before[0] in named_after_titles:
            # in a sentence that writes TITLES then NAME, a chain after one person's name is the next person's
            later = _name_later_in_clause(sent, chain[-1], english, ctx)
            if later:
                out.append((later, chain))
                after = later
            else:       # no one named after it: "Governor NAME, member of … and Secretary of …" are NAME's own
                out.append((before, chain))
        elif before:
            out.append((before, chain))
        elif not english and (comma := _name_after_comma(sent, chain[-1], ctx)):
            out.append((comma, chain))
            after = comma
        if after:
            named_after_titles.add(after[0])
            if _PLURAL_BEFORE.search(text, max(0, chain[0].start - 20), chain[0].start):
                out.extend((span, chain) for span in _more_names(sent, after, english, ctx))
    return out


def _named_right_after(sent: SentenceInfo, t: Title, english: bool, ctx: Context) -> bool:
    """A name right after a title (a space between them), ending at a comma."""
    text = sent.text
    if not re.match(r" [^\W\d_]", text[t.end:]):
        return False
    span = name_at(text, t.end + 1, starts_title, english)
    return bool(span) and _clear(sent, span, ctx) and text[span[1]:span[1] + 1] == ","


def _more_names(sent: SentenceInfo, first: tuple[int, int], english: bool, ctx: Context) -> list[tuple[int, int]]:
    """The names listed after the first one under a plural title ("Các Phó Chủ tịch HĐND tỉnh A và B")."""
    text = sent.text
    spans: list[tuple[int, int]] = []
    end = first[1]
    while (sep := _NEXT_IN_LIST.match(text, end)) and not starts_title(text, sep.end()):
        span = name_at(text, sep.end(), starts_title, english)
        if not span or not _clear(sent, span, ctx):
            break
        nxt = re.match(r"\s*[-–,]\s*", text[span[1]:])
        if nxt and starts_title(text, span[1] + nxt.end()):
            break           # a name followed by titles of its own is the next person's
        spans.append(span)
        end = span[1]
    return spans


def _split_point(chain: list[Title]) -> int:
    """Where a chain between two names changes hands: after the last title that names its unit or country."""
    for i in range(len(chain) - 1, 0, -1):
        if chain[i - 1].unit or chain[i - 1].country:
            return i
    return len(chain) - 1


def _clear(sent: SentenceInfo, span, ctx: Context) -> bool:
    """A name must not overlap a place, except a country's short name inside it ("Nguyễn Đức Trung")."""
    return bool(span) and not any(m.start < span[1] and m.end > span[0] and
                                  (not ctx.gaz.unit(m.unit).is_country or (m.start <= span[0] and m.end >= span[1]))
                                  for m in sent.mentions)


# a place's kind or "tại", "in" before a capitalised run: the run is a place we do not know, no person ("tại thị xã Sa
# Pa, Phó Bí thư …")
_PLACE_BEFORE = re.compile(r"(?<!\w)(?:thị xã|huyện|quận|xã|phường|thị trấn|tỉnh|thành phố|tại|ở|in|at)\s+$")


def _after_place_word(sent: SentenceInfo, pos: int) -> bool:
    """The run of capitalised words that goes on to ``pos`` follows a place's kind or "tại" ("tại huyện Mường Tè Lớn");
    a place we know ends the run ("Đại sứ Việt Nam tại Lào NAME" names a person after the place)."""
    text = sent.text
    for w in reversed(list(WORD.finditer(text, max(0, pos - 60), pos))):
        if not w.group(0)[:1].isupper() or text[w.end():pos].strip() or \
                any(m.start <= w.start() < m.end for m in sent.mentions):
            break
        pos = w.start()
    return bool(_PLACE_BEFORE.search(text, max(0, pos - 12), pos))


def _name_before_chain(sent: SentenceInfo, first: Title, english: bool, ctx: Context) -> tuple[int, int] | None:
    text = sent.text
    head = text[:first.start]
    who = _WHO_IS.search(head) if english else None
    sep = who or _NAME_THEN_TITLE.search(head)
    if not sep:
        return None
    span = name_before(text, sep.start(), starts_title, english,
                       ok=lambda s: _clear(sent, s, ctx) and not _after_place_word(sent, s[0]))
    if span is None and who:        # "Silivong, who is also Secretary": a one-word name after its first mention
        # (a Vietnamese given name of two letters too: "Ha, who is also a member of …")
        span = name_at(text, _start_of_word_before(text, sep.start()), starts_title, english, single=True, shortest=2)
        if not (span and span[1] == sep.start() and _clear(sent, span, ctx)):
            span = None
    return span


def _start_of_word_before(text: str, pos: int) -> int:
    words = list(WORD.finditer(text[max(0, pos - 40):pos]))
    return max(0, pos - 40) + words[-1].start() if words else pos


def _name_after_chain(sent: SentenceInfo, first: Title, last: Title, english: bool,
                     ctx: Context) -> tuple[int, int] | None:
    text = sent.text
    # "Tỉnh trưởng tỉnh X, ông NAME": a comma before an honorific, unless the titles were said of someone else
    # ("Thừa ủy quyền của Thủ tướng Lào, ông NAME đã trao": the one acting for the Prime Minister)
    comma = r"|,\s+(?=(?:ông|bà|ngài|đồng chí)\s)" if not _ON_BEHALF.search(text[max(0, first.start - 30):first.start]) else ""
    # ("the Governor of X province of the Republic of Korea (RoK), NAME": a country's abbreviation in brackets)
    lead = re.match(r"\s*(?:\((?:Việt Nam|Lào|Laos|Vietnam|[A-Z][A-Za-z]{1,5})\)\s*)?(?:,\s+)?", text[last.end:]) if english \
        else re.match(r"\s*(?:\((?:Việt Nam|Lào)\)\s*)?(?:[-–]\s+" + comma + ")?", text[last.end:])
    pos = last.end + (lead.end() if lead else 0)
    # "Đại sứ Lào tại Việt Nam NAME", "Ambassador to Laos NAME": the posting place before the name
    # ("Tổng Lãnh sự quán Việt Nam tại tỉnh X NAME", "Consul General to southern Laos NAME": the place's kind or part)
    posted = re.match(r"(?:tại|ở|to|in)\s+(?:nước\s+|tỉnh\s+|thành phố\s+|khu vực\s+|(?:the\s+)?(?:northern|southern|central|"
                      r"eastern|western)\s+)?", text[pos:])
    if posted:
        at = next((m for m in sent.mentions if m.start == pos + posted.end()), None)
        # ("Consul General of Laos in Vietnam's Danang city NAME": a country's city; "… in Kunming - NAME")
        if at and (city := re.match(r"['’]s?\s+", text[at.end:])):
            at = next((m for m in sent.mentions if m.start == at.end + city.end()), at)
        if at:
            pos = at.end + len(re.match(r"(?:\s+(?:city|province)\b)?\s*(?:[-–]\s+)?", text[at.end:]).group(0))
    hon = _HONORIFIC.match(text, pos)
    if hon:
        pos = hon.end()
    span = name_at(text, pos, starts_title, english, single=english and _verb_or_stop_after(text, pos))
    lower = _LOWER_WORD.match(text, pos) if span is None and not english and (last.unit or last.country) else None
    if lower and is_family_name(lower.group(0).capitalize()) and _TWO_CAPITALISED.match(text, lower.end()):
        # "Bí thư Tỉnh ủy Đồng Nai trần Đình Thành": a family name typed in lower case after a title and its unit
        span = name_at(text[:pos] + text[pos].upper() + text[pos + 1:], pos, starts_title, english)
    if span and lead and lead.group(0).rstrip().endswith(","):
        # "…, đồng chí NAME, Phó Bí thư", "A, Secretary of …, NAME, Chairman of …": after a comma, a name followed by
        # its own titles starts the next person
        nxt = re.match(r"\s*[,–-]\s*", text[span[1]:])
        if nxt and starts_title(text, span[1] + nxt.end()):
            return None
    if _clear(sent, span, ctx):
        return span
    org = _ORG_PHRASE.match(text, pos)
    if org:
        # the holder's name is the first run of name words after the office's own name
        stop = re.search(r"[,;.:]", text[pos:])
        limit = pos + (stop.start() if stop else len(text) - pos)
        for w in WORD.finditer(text, org.end(), limit):
            if any(m.start <= w.start() < m.end for m in sent.mentions):
                continue        # a place of the office's name ("Đại sứ quán Lào tại Việt Nam NAME") starts no name
            span = name_at(text, w.start(), starts_title, english)
            if span and _clear(sent, span, ctx) and re.match(r"\s*(?:[,;.:]|$|[a-zà-ỹđ])", text[span[1]:]):
                return span
    return None


def _name_after_comma(sent: SentenceInfo, last: Title, ctx: Context) -> tuple[int, int] | None:
    """A chain that names its unit and no one before it, then a comma and a name: "Chủ tịch HĐND tỉnh Hà Nam,
    Phạm Văn A cùng đoàn", "Phó Bí thư, Phó Tỉnh trưởng tỉnh Hủa Phăn, Xổm Phăn và …" (the name is not followed by titles
    of its own)."""
    text = sent.text
    comma = re.match(r",\s+", text[last.end:])
    if not comma or not (last.unit or last.country) or _ON_BEHALF.search(text[max(0, last.start - 30):last.start]):
        return None
    span = name_at(text, last.end + comma.end(), starts_title, False)
    if not span or not _clear(sent, span, ctx):
        return None
    nxt = re.match(r"\s*[,–-]?\s*", text[span[1]:])
    if starts_title(text, span[1] + nxt.end()):
        return None
    return span


# a title of an armed-forces command of a province
_ARMED_COMMAND = re.compile(r"Military (?:Command|Headquarters)|Border (?:Guard|Defen[cs]e)|Bộ Chỉ huy|Biên phòng", re.IGNORECASE)
# a word in lower case (a family name typed so, when names.is_family_name knows it capitalised), then two
# capitalised syllables
_LOWER_WORD = re.compile(r"(?-i:[a-zđ]|[^\W\d_A-ZĐ])[^\W\d_]*")
_TWO_CAPITALISED = re.compile(r" (?-i:[A-ZĐ]|[^\W\d_a-zđ])\w* (?-i:[A-ZĐ]|[^\W\d_a-zđ])")


def _name_later_in_clause(sent: SentenceInfo, last: Title, english: bool, ctx: Context) -> tuple[int, int] | None:
    """The first name after a chain, before the clause ends ("Thứ trưởng … – phó Chủ tịch phân ban … Cao Viết Sinh")."""
    text = sent.text
    stop = re.search(r"[,;.]", text[last.end:])
    limit = last.end + (stop.start() if stop else len(text) - last.end)
    for w in WORD.finditer(text, last.end, limit):
        span = name_at(text, w.start(), starts_title, english)
        if span and span[1] <= limit and _clear(sent, span, ctx):
            return span
    return None


def _verb_or_stop_after(text: str, pos: int) -> bool:
    """English "Secretary of … Committee Chat briefed": a one-word name is followed by a verb or a stop."""
    w = WORD.match(text, pos)
    return bool(w) and bool(re.match(r"(?:,|\s+[a-z]+\b)", text[w.end():]))


# "Prime Minister Nguyen Xuan Phuc and his Lao counterpart Thongloun Sisoulith": the same post, another country
_COUNTERPART = re.compile(r"\s*(?:,\s*)?and\s+(?:his|her)\s+(Lao|Laotian|Vietnamese|Cambodian|Chinese|Thai|Korean|Japanese)"
                          r"\s+counterparts?\s+")
_ADJ_COUNTRY = {"lao": "LA", "laotian": "LA", "vietnamese": "VN", "cambodian": "KH", "chinese": "CN", "thai": "TH",
                "korean": "KR", "japanese": "JP"}


def _counterparts(ctx: Context, stated: list) -> None:
    for sent, name, span, chain in list(stated):
        m = _COUNTERPART.match(sent.text, span[1])
        if not m or not all(t.scope == "national" for t in chain if t.scope != "skip"):
            continue
        other = name_at(sent.text, m.end(), starts_title, ctx.language == "en")
        if other and _clear(sent, other, ctx):
            cc = _ADJ_COUNTRY[m.group(1).lower()]
            twins = [Title(t.start, t.end, t.code, t.scope, t.text, None, cc) for t in chain if t.scope == "national"]
            stated.append((sent, _clean_name(sent.text[other[0]:other[1]]), other, twins))


# "Party Secretary NAME received his counterpart NAME2 from UNIT", "would meet his UNIT counterpart NAME2": the other
# province's holder of the same post (within the clause: no comma or stop between)
_LOCAL_COUNTERPART = re.compile(r"[^,;.:]{1,60}?\b(?:his|her)\s+(?:(?P<unit>[^,;.:]{2,40}?)\s+)?counterpart\s+")
_FROM_UNIT = re.compile(r"\s*,?\s*(?:from|of)\s+(?:the\s+)?(?:(?:province|city|capital)\s+of\s+)?")


def _local_counterparts(ctx: Context, stated: list) -> None:
    """A provincial leader's counterpart named with the other province (in English): the same post of that province."""
    if ctx.language != "en":
        return
    for sent, name, span, chain in list(stated):
        m = _LOCAL_COUNTERPART.match(sent.text, span[1])
        own = next((t.unit for t in chain if t.unit and ctx.gaz.is_subnational(t.unit)), None)
        if not m or not own:
            continue
        other = name_at(sent.text, m.end(), starts_title, True)
        if not (other and _clear(sent, other, ctx)):
            continue
        if m.group("unit"):
            unit = next((mm.unit for mm in sent.mentions if m.start("unit") <= mm.start and mm.end <= m.end("unit")), None)
        else:
            after = _FROM_UNIT.match(sent.text, other[1])
            unit = after and next((mm.unit for mm in sent.mentions if mm.start == after.end()), None)
        if not unit or not ctx.gaz.is_subnational(unit) or ctx.gaz.country_of(unit) == ctx.gaz.country_of(own):
            continue
        twins = [Title(t.start, t.end, t.code, t.scope, t.text, unit, None) for t in chain
                 if t.scope in ("any", "head") and t.code != "other" and t.unit == own]
        if twins:
            stated.append((sent, _clean_name(sent.text[other[0]:other[1]]), other, twins))


def _short_names(stated: list) -> None:
    """A one-word name after a title ("Deputy PM Thoonglun") is the person the article named in full."""
    full = [name for _, name, _, _ in stated if len(name.split()) >= 2]
    for i, (sent, name, span, chain) in enumerate(stated):
        if len(name.split()) == 1:
            owner = next((f for f in full if name in f.split()), None)
            if owner:
                stated[i] = (sent, owner, span, chain)


def _shared_titles(ctx: Context, stated: list) -> None:
    """A title shared by a list: "các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: A, <post>; B, <post>"."""
    for sent in ctx.sentences:
        for t in sent.titles or []:
            colon = re.match(r"\s*(?::|,?\s+including\b|,?\s+gồm(?: có)?\b)\s*", sent.text[t.end:])
            if not colon or t.scope == "skip":
                continue
            for sent2, name, span, chain in list(stated):
                if sent2 is sent and span[0] >= t.end and all(x.start != t.start for x in chain):
                    between = sent.text[t.end:span[0]]
                    if "." not in between and not re.search(r"lãnh đạo|về phía", between, re.IGNORECASE):
                        stated.append((sent, name, span, [t]))


def _later_mentions(ctx: Context, found: list[Official]) -> None:
    """Later mentions of the same people without a title ("đồng chí Trần Thắng và … đã ký kết")."""
    names = sorted({o.name for o in found}, key=len, reverse=True)
    for sent in ctx.sentences:
        for name in names:
            for m in re.finditer(re.escape(name), sent.text):
                if not any(a <= m.start() < b for a, b, _ in sent.people):
                    sent.people.append((m.start(), m.end(), name))
        sent.people.sort()


# Khmer honorifics before a name ("Samdech Kralahom Sar Kheng", "Oknha …", "Lok Chumteav …"): the person is Cambodian, not Vietnamese
_KHMER_HONORIFIC = re.compile(r"(?:" + "|".join(KHMER_HONORIFICS) + r")\s+$", re.IGNORECASE)


def _side(text: str, span: tuple[int, int], name: str) -> str | None:
    """The side a name sounds from (``names.origin``), or foreign after a Khmer honorific."""
    if _KHMER_HONORIFIC.search(text, max(0, span[0] - 12), span[0]):
        return "foreign"
    return origin(name)


def _clean_name(name: str) -> str:
    name = re.sub(r"\s*\((?:trái|phải|bên trái|bên phải|giữa|left|right)\)\s*$", "", name).strip(" ,-–")
    name = name[:1].upper() + name[1:]          # a family name typed in lower case ("trần Đình Thành")
    return re.sub(r"['’]s$", "", name)          # "President Nguyen Xuan Phuc's entourage"


def _assign_units(chain: list[Title], sent: SentenceInfo, ctx: Context, name_span,
                  own: str | None, own_country: str | None, side: str | None) -> list[tuple[str | None, str]]:
    """The unit of each title of a chain, with the basis it rests on (a key of ``CONFIDENCE``)."""
    explicit = [t.unit for t in chain]
    units: list[tuple[str | None, str]] = []
    for i, t in enumerate(chain):
        if t.scope == "skip":
            units.append((None, ""))
            continue
        if t.scope == "org" and t.unit and ctx.gaz.is_subnational(t.unit):
            units.append((t.unit, "unit-named"))
            continue
        if t.scope in ("national", "org"):
            units.append(_country(t, i, explicit, ctx, own_country, side, sent.text[name_span[0]:name_span[1]]))
            continue
        if t.unit and _compatible(t.scope, t.unit, ctx, t):
            units.append((t.unit, "unit-named"))
            continue
        later = [u for u in explicit[i + 1:] if u]
        earlier = [u for u in reversed(explicit[:i]) if u]
        unit = next((c for c in later + earlier if _compatible(t.scope, c, ctx, t)), None)
        if unit:
            units.append((unit, "unit-of-chain"))
        elif own and _compatible(t.scope, own, ctx, t):
            units.append((own, "unit-of-person"))
        else:
            # stacked posts of one person belong to one unit: it must suit every one of them, and the side the
            # person's name sounds from (a Vietnamese name holds a Vietnamese post) when the name tells
            open_titles = [x for x in chain if x.scope not in ("national", "skip") and not x.unit]

            def fits(u: str) -> bool:
                return all(_compatible(x.scope, u, ctx, x) for x in open_titles)

            def fits_side(u: str) -> bool:
                return fits(u) and (side is None or (ctx.gaz.country_of(u) == "VN") == (side == "vn"))

            unit = ctx.unit_from_context(sent, name_span, fits_side)
            # a Chinese or Korean name may read as Vietnamese: a title of a foreign government is not held back by it
            if unit is None and (side != "vn" or any(x.scope == "foreign" for x in open_titles)):
                unit = ctx.unit_from_context(sent, name_span, fits)
            units.append((unit, "unit-from-context"))
    return units


def _country(t: Title, i: int, explicit: list, ctx: Context, own_country: str | None,
             side: str | None, name: str = "") -> tuple[str, str]:
    """The country of a national title (or of a board that names no unit), with its basis."""
    if t.country:
        return t.country, "country-named"
    later = [u for u in explicit[i:] if u] + [u for u in explicit[:i] if u]
    if later:
        return ctx.gaz.country_of(later[0]), "country-of-chain"
    if own_country:
        return own_country, "country-of-person"
    if side == "foreign" and ctx.main_foreign_country:
        return ctx.main_foreign_country, "country-from-context"
    if side is None and ctx.main_foreign_country and name and not is_family_name(name.split()[0]) \
            and fold(name.split()[0]) not in VN_FAMILY_PLAIN:
        # "Minister of Land Management … Im Chun Lim": a name that starts with no Vietnamese family name is the other side's
        return ctx.main_foreign_country, "country-from-context"
    return "VN", "country-assumed"       # a national post named without a country: the press writes from Vietnam


def _compatible(scope: str, unit: str, ctx: Context, t: Title | None = None) -> bool:
    if not ctx.gaz.is_subnational(unit):
        return False
    u = ctx.gaz.unit(unit)
    vn = u.country == "VN"
    if scope == "vn" and not vn or scope == "foreign" and vn:
        return False
    if t is not None:
        title = t.text.lower()
        kind = u.kind_on(ctx.when)
        # a provincial committee (Tỉnh ủy) is not a city's, a city committee (Thành ủy) not a province's
        if "tỉnh ủy" in title and kind in ("central-city", "capital-prefecture"):
            return False
        if "tỉnh ủy" in title and any(v.startswith("Khu tự trị") for v in u.variants):
            return False    # an autonomous region's committee is a Khu ủy ("Bí thư Khu ủy … Quảng Tây")
        if "thành ủy" in title and kind == "province":
            return False
        if "đô trưởng" in title and kind != "capital-prefecture":
            return False
    return True


def _bare_head(t: Title, name: str, own: str | None, ctx: Context) -> tuple[str, str, str] | None:
    """A bare "Chairman NAME" / "Vice Chairman NAME" that names no unit ("Chairman Nguyen Van Phuong signing the MoU",
    "Chairman Thanh hoped"): the head of the article's Vietnamese province, for a Vietnamese name or a one-word one, when
    no other post of the person's names a unit."""
    if not t.bare or not ctx.main_vn or ctx.gaz.country_of(ctx.main_vn) != "VN":
        return None
    if own:
        return None     # the person's posts are stated elsewhere ("Chairman of the … People's Council X" … "Chairman X")
    if origin(name) != "vn" and len(name.split()) != 1:
        return None
    return ctx.main_vn, "unit-from-context", "people-committee-chair" if t.bare == "head" else "people-committee-vice-chair"


# the countries whose provinces have people's councils (Cambodia's elected provincial councils are read as theirs)
_PEOPLES_COUNCILS = ("VN", "LA", "KH")


def _head_code(t: Title, unit: str, ctx: Context) -> str:
    """The post's code for its unit: a bare head's by the unit's country; a council chair of a province whose council is
    no people's council (a Korean or Japanese provincial assembly) holds a post outside the vocabulary."""
    if t.code in ("people-council-chair", "people-council-vice-chair") and \
            ctx.gaz.country_of(unit) not in _PEOPLES_COUNCILS:
        return "other"
    if t.scope != "head":
        return t.code
    vn = ctx.gaz.country_of(unit) == "VN"
    if t.code == "head":
        return "people-committee-chair" if vn else "governor"
    return "people-committee-vice-chair" if vn else "vice-governor"
