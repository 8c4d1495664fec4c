"""Places and their names: the reference data, and finding place names in text."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from .facts import PartialDate
from .resources import reference_dir
from .text import fold, name_key, normalize, strip_marks

@dataclass
class Unit:
    """A country, a first-level unit, or a district (districts only locate venues)."""

    id: str
    code: str
    country: str
    kind: str                       # country | province | central-city | capital-prefecture | municipality | district
    names: dict[str, str]
    variants: list[str] = field(default_factory=list)
    iso: str | None = None
    wikidata: str | None = None
    valid_from: str | None = None
    valid_until: str | None = None
    replaced_by: str | None = None
    merged_from: list[str] = field(default_factory=list)
    borders: list[str] = field(default_factory=list)
    within: str | None = None       # for districts: the unit they lie in
    former_kind: str | None = None  # the kind it had until ``kind_changed`` (Huế: a province until 2024)
    kind_changed: str | None = None
    source: list[str] = field(default_factory=list)

    @property
    def is_country(self) -> bool:
        return self.kind == "country"

    @property
    def is_district(self) -> bool:
        return self.kind == "district"

    def kind_on(self, when: PartialDate | None) -> str:
        """The unit's kind on a date (its kind today when the date is unknown)."""
        if self.former_kind and self.kind_changed and when is not None and when.year is not None and \
                f"{when.year:04d}-{when.month or 1:02d}-{when.day or 1:02d}" < self.kind_changed:
            return self.former_kind
        return self.kind

    def label(self, lang: str = "vi") -> str:
        return self.names.get(lang) or self.names.get("en") or self.names.get("vi") or self.id


@dataclass(frozen=True)
class Mention:
    """A place name found in a text, with the unit it resolves to."""

    start: int
    end: int
    text: str
    unit: str                       # unit id (a district resolves to the unit it lies in)
    district: str | None = None


class Gazetteer:
    """All reference places, with a matcher for their names in text."""

    def __init__(self, data: dict):
        self.sources: dict[str, str] = data.get("sources") or {}
        self.units: dict[str, Unit] = {}
        for c in data.get("countries") or []:
            self._add(Unit(id=c["code"], code=c["code"], country=c["code"], kind="country",
                           names=c.get("names") or {}, variants=c.get("variants") or [],
                           iso=c["code"], wikidata=c.get("wikidata"), source=_list(c.get("source"))))
        for u in data.get("units") or []:
            self._add(Unit(id=u["id"], code=u.get("code") or u["id"], country=u["country"], kind=u.get("kind", "province"),
                           names=u.get("names") or {}, variants=u.get("variants") or [], iso=u.get("iso"),
                           wikidata=u.get("wikidata"), valid_from=_s(u.get("valid_from")),
                           valid_until=_s(u.get("valid_until")), replaced_by=u.get("replaced_by"),
                           merged_from=u.get("merged_from") or [], borders=u.get("borders") or [],
                           source=_list(u.get("source")), former_kind=(u.get("former") or {}).get("kind"),
                           kind_changed=_s((u.get("former") or {}).get("until_before"))))
        for i, d in enumerate(data.get("districts") or []):
            did = f"{d['in']}/{fold(d['name'])}"
            self._add(Unit(id=did, code="", country=d.get("country") or d["in"][:2], kind="district",
                           names={"vi": d["name"]}, variants=d.get("variants") or [], within=d["in"]))
        self.ambiguous: list[dict] = data.get("ambiguous") or []
        # names of places that are also a famous person's name ("Hồ Chí Minh"): read as the person where his title
        # or a thing named after him is written around them (places.yaml, ``person_names``)
        self.person_names: set[str] = {fold(n) for u in [*(data.get("units") or []), *(data.get("districts") or [])]
                                       for n in u.get("person_names") or []}
        self._build_matcher()

    def _add(self, unit: Unit) -> None:
        self.units[unit.id] = unit

    # ------------------------------------------------------------ names
    def _build_matcher(self) -> None:
        # folded name -> candidate unit ids (several when a merged unit kept an old unit's name)
        self.by_name: dict[str, list[str]] = {}
        for u in self.units.values():
            for name in {*u.names.values(), *u.variants}:
                key = fold(name)
                if len(key) < 3:
                    continue
                lst = self.by_name.setdefault(key, [])
                if u.id not in lst:
                    lst.append(u.id)
        # sound keys of foreign first-level units, for spellings no list has (see _by_sound)
        sounds: dict[str, set[str]] = {}
        for u in self.units.values():
            if u.country != "VN" and not u.is_country and not u.is_district and not u.valid_until:
                for name in {*u.names.values(), *u.variants}:
                    key = place_key(name)
                    if len(key) >= 5:
                        sounds.setdefault(key, set()).add(u.id)
        # a key two units share (Vientiane Capital and Province, Shanxi and Shaanxi) says nothing
        self.by_sound: dict[str, str] = {k: next(iter(v)) for k, v in sounds.items() if len(v) == 1}
        self.ambiguous_names: dict[str, dict] = {}
        for amb in self.ambiguous:
            for name in amb.get("names") or []:
                self.ambiguous_names[fold(name)] = amb
                self.by_name.setdefault(fold(name), [amb["default"]])
        self.marked_names = {_marked_key(n) for u in self.units.values() for n in (*u.names.values(), *u.variants)}
        self.marked_names |= {_marked_key(n) for amb in self.ambiguous for n in amb.get("names") or []}
        patterns = set()
        for u in self.units.values():
            for name in {*u.names.values(), *u.variants}:
                if len(fold(name)) >= 3:
                    patterns.add(_pattern(name))
        for amb in self.ambiguous:
            for name in amb.get("names") or []:
                patterns.add(_pattern(name))
        alternation = "|".join(sorted(patterns, key=len, reverse=True))
        self._regex = re.compile(r"(?<![0-9a-z])(?:" + alternation + r")(?![0-9a-z])")

    def find(self, text: str, when: PartialDate | None = None) -> list[Mention]:
        """Every place name in ``text`` (capitalised, as proper nouns are), resolved for the date ``when``."""
        plain = strip_marks(text).lower()
        if len(plain) != len(text):     # a character that decomposes oddly: fall back to NFC folding per char
            plain = "".join(strip_marks(c).lower()[:1] or " " for c in text)
        out: list[Mention] = []
        end = 0
        # a place name starts a capitalised word: the big alternation is tried only there
        for w in _WORD_START.finditer(text):
            if w.start() < end:
                continue
            m = self._regex.match(plain, w.start())
            mention = self._accept(text, m.start(), m.end(), when) if m else self._by_sound(text, w.start(), when)
            if mention is None:
                continue        # a rejected match must not hide a name that overlaps it ("tỉnh Gia Lai")
            out.append(mention)
            end = mention.end
        return out

    def _by_sound(self, text: str, start: int, when: PartialDate | None) -> Mention | None:
        """A foreign province in a Latin romanisation no list has ("Savannaket", "Borikhamsay", "Xaisomboune"): the
        capitalised words from ``start``, written without Vietnamese marks, read the same as a known name under the
        regular romanisation variants."""
        words = []
        for w in _NAME_WORD.finditer(text, start, min(len(text), start + 60)):
            # the words of one name are joined by a space or a hyphen, never by a comma ("Preah Sihanouk, Koh Kong")
            if not w.group(0)[0].isupper() or words and not re.fullmatch(r"[\s\-‐–]{1,2}", text[words[-1].end():w.start()]):
                break
            words.append(w)
        if not words or words[0].start() != start:
            return None
        for n in range(min(4, len(words)), 0, -1):
            run = words[:n]
            if any(b.start() - a.end() > 2 for a, b in zip(run, run[1:])):
                continue
            end = run[-1].end()
            if n == 1 and len(words) > 1 and not _OFFICE_WORD.fullmatch(words[1].group(0)):
                continue        # one word heard as a province, a capitalised name after it: a person ("Somphone Phomsavanh")
            if not (text[start:end].isascii() or _TRANSCRIBED.fullmatch(text, start, end)) or len(text[start:end]) < 6:
                continue        # Vietnamese words and spellings are matched by their lists ("Tỉnh Thanh" is no Tianjin)
            uid = self.by_sound.get(place_key(text[start:end]))
            if uid is None and (_PROVINCE_BEFORE.search(text, max(0, start - 80), start)
                                or _PROVINCE_AFTER.match(text, end)):
                uid = self._misspelt(place_key(text[start:end]))
            if uid and not _inside_name(text, start, end) and not _LOWER_LEVEL.search(text[max(0, start - 12):start]):
                return Mention(start, end, text[start:end], uid)
        return None

    def _misspelt(self, key: str) -> str | None:
        """The one foreign province whose sound key is a letter or two from ``key`` ("Mondulkirin", "Tboung Khnum",
        "Gyeongsanam"): one edit for a key of 6 letters or more, two from 10; None when none or several are that
        near. Only asked where the words around say a province is named (``_PROVINCE_BEFORE``/``_AFTER``)."""
        if len(key) < 6:
            return None
        most = 2 if len(key) >= 10 else 1
        near = {uid for k, uid in self.by_sound.items() if abs(len(k) - len(key)) <= most
                and _edits_within(k, key, most)}
        return near.pop() if len(near) == 1 else None

    def _accept(self, text: str, start: int, end: int, when: PartialDate | None) -> Mention | None:
        surface = text[start:end]
        if surface != strip_marks(surface) and _marked_key(surface) not in self.marked_names \
                and not re.search(r"[\s\-‐–]", surface.strip()) and len(fold(surface)) < 7:
            # "Tráng" is a person's syllable, not the province "Trang": a one-word name's marks must match; a
            # name of several syllables is a place however its tones are written ("Sạ-vẳn-na-khệt"), and so is
            # one word longer than any Vietnamese syllable, the syllables written together ("Khammuồn", "Xalavăn")
            return None
        if surface != strip_marks(surface) and _marked_key(surface) not in self.marked_names \
                and surface.split()[0] in _UNIT_NOUNS:
            return None     # "Tỉnh Gia Lai": the word "province" and a name, not the district "Tĩnh Gia" mis-toned
        if end + 1 < len(text) and text[end] in "-‐–" and text[end + 1].islower():
            return None     # "U-bồn-pạ-sợt": the first syllables of a longer hyphenated name are no place
        if fold(surface) == "lao" and re.match(r"\s+(?:động|Động|ĐỘNG)\b", text[end:end + 8]):
            return None     # "Lao động" is labour ("Huân chương Lao động", "Liên đoàn Lao động"), not Laos
        if _OUTLET_AFTER.match(text, end) or _OUTLET_BEFORE.search(text[max(0, start - 40):start]):
            return None     # a newspaper or station named after a place ("the Vientiane Times", "Báo Sơn La")
        # the words around a match are read in a window: a slice or search of the whole text before each match
        # made a long sentence quadratic (issue 17); _LOWER_LEVEL's prefix is a few words, resolve()'s 160 characters
        if not surface[:1].isupper() or _LOWER_LEVEL.search(text, max(0, start - _CONTEXT), start):
            return None
        if fold(surface) in self.person_names and (_PERSON_BEFORE.search(text, max(0, start - 60), start)
                                                    or _PERSON_AFTER.match(text, end)):
            return None     # "President Ho Chi Minh", "Học viện Chính trị Quốc gia Hồ Chí Minh": the person
        unit = self.resolve(surface, when, text[max(0, start - _CONTEXT):start], text[end:end + _CONTEXT])
        if not unit:
            return None
        u = self.units[unit]
        if _inside_name(text, start, end, district=u.is_district):
            return None
        if u.is_district:
            return Mention(start, end, surface, u.within or unit, district=unit)
        return Mention(start, end, surface, unit)

    def resolve(self, name: str, when: PartialDate | None = None, before: str = "", after: str = "") -> str | None:
        """The unit id a name stands for, given the article's date and the words around it."""
        key = fold(name)
        amb = self.ambiguous_names.get(key)
        if amb:
            if re.search(r"(tỉnh|province of|the province)\s*$", before, re.IGNORECASE) or \
                    re.match(r"\s*(province|Province)\b", after) or _IN_PROVINCE_LIST.search(before[-160:]):
                return amb.get("with_province_word") or amb["default"]
            return amb["default"]
        cands = self.by_name.get(key)
        if not cands:
            return None
        if len(cands) == 1:
            return cands[0]
        # prefer first-level units over districts of the same name
        first_level = [c for c in cands if not self.units[c].is_district]
        cands = first_level or cands
        if len(cands) == 1:
            return cands[0]
        return self._by_date(cands, when)

    def _by_date(self, cands: list[str], when: PartialDate | None) -> str:
        after_merger = when is not None and when.year is not None and (when.year, when.month or 1, when.day or 1) >= (2025, 7, 1)
        for c in cands:
            u = self.units[c]
            if after_merger and u.valid_from and not u.valid_until:
                return c
            if not after_merger and not u.valid_from:
                return c
        return sorted(cands)[0]

    # ------------------------------------------------------------ facts about units
    def unit(self, uid: str) -> Unit:
        return self.units[uid]

    def country_of(self, uid: str) -> str:
        u = self.units.get(uid)
        return u.country if u else uid.split("-")[0]

    def code_of(self, uid: str) -> str:
        u = self.units.get(uid)
        return u.code if u else uid

    def is_subnational(self, uid: str) -> bool:
        u = self.units.get(uid)
        return bool(u) and not u.is_country and not u.is_district

    def today(self, uid: str) -> str:
        """The unit that stands for ``uid`` today (following ``replaced_by``)."""
        seen = set()
        while uid in self.units and self.units[uid].replaced_by and uid not in seen:
            seen.add(uid)
            uid = self.units[uid].replaced_by
        return uid


# "P.Long An", "phường Long An", "xã Quan Sơn": a ward or commune that shares a province's name
# "bốn tỉnh khác là Vientiane, ...", "các tỉnh gồm A, B, Vientiane": a name inside an enumeration of provinces
_IN_PROVINCE_LIST = re.compile(r"(?:tỉnh|provinces)\b[^.;:]{0,30}?(?:là|gồm|:|including|namely|[-–])\s*(?:[^\s,.;]+(?: [^\s,.;]+){0,3}, )*$",
                               re.IGNORECASE)
_LOWER_LEVEL = re.compile(r"(?:\b[PXQH]\.\s?|\b(?:phường|xã|quận|thị trấn|ward|commune)\s+)$", re.IGNORECASE)
_CONTEXT = 400     # characters of context read on each side of a place name
# Around a place name that is also a person's name: his titles before it, or an institution or memorial named after him
_PERSON_BEFORE = re.compile(r"(?:\b(?:President|Chairman|Uncle|Comrade|late|General Secretary|Prime Minister|Prince)|"
                            r"(?<!\w)(?:Chủ tịch(?: nước)?|Tổng Bí thư|Thủ tướng|Hoàng thân|Bác|Lãnh tụ|Lăng|[Tt]ư tưởng|"
                            r"Học viện(?: [^\W\d_]+){0,5}|Đoàn TNCS|Thanh niên Cộng sản|Quốc gia|National))\s+$")
_PERSON_AFTER = re.compile(r"\s+(?:Mausoleum|Memorial|Museum|Trail|Thought|relic|Monument|Communist Youth Union|"
                           r"National Academy|Academy|Campaign|Award|Prize)\b")


# words for a kind of unit: written with their own tones they start no name ("Tỉnh Gia Lai" is not "Tĩnh Gia")
_UNIT_NOUNS = {"Tỉnh", "Huyện", "Xã", "Quận", "Phường", "Thị", "Thành"}
_OUTLET_AFTER = re.compile(r"\s+(?:Times|Post|News|Daily|Mail|Radio|Television|TV|Online|Newspaper|Weekly)\b")
_OUTLET_BEFORE = re.compile(r"(?:^|[\s(])(?:[Bb]áo|[Đđ]ài (?:PT-?TH|Phát thanh(?: và| -)? Truyền hình)|[Tt]ruyền hình)\s+$")
_WORD_START = re.compile(r"(?<![^\W_])[^\W\d_]")
_NAME_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# a foreign name transcribed syllable by syllable, as the Vietnamese press writes it ("Xa-va-na-khét",
# "Bô-ly-khăm-xay"): three syllables or more joined by hyphens, never a Vietnamese word, so its marks may be read
# by sound like a Latin spelling
_TRANSCRIBED = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+){2,}")


# the words that say a province is named next: a misspelt name there is still looked for (Gazetteer._misspelt)
# (the last of a list the classifier opens: "the provinces of Kratie, Mondulkiri and Tabong Khmum", "tỉnh A, B và C")
_PROVINCE_BEFORE = re.compile(r"(?:\b[Tt]ỉnh|\b[Pp]rovinces? of|\b[Pp]refecture of)\s+"
                              r"(?:[A-ZĐ][\w’'-]*(?:\s[A-ZĐ][\w’'-]*){0,3}(?:,\s*|\s+(?:and|và)\s+))*$")
# "Tabong Khmum’s Deputy Governor": a province's own governor
_PROVINCE_AFTER = re.compile(r"\s+(?:[Pp]rovinces?|[Pp]refecture)\b|[’']s\s+(?:(?:Deputy|Vice)\s+)?Governor\b")


# Capitalised words that follow a province's name without being part of a person's name
_OFFICE_WORD = re.compile(r"Province|Provincial|Provinces|City|Capital|Prefecture|Region|District|Governor|Vice|Deputy|"
                          r"Party|People|Peoples?[’']s?|Department|Municipal|Border|Military|Police|Delegation|Secretary|"
                          r"Chairman|Chairwoman|Mayor|Authorities|Lao|Laos|Cambodia|Thailand|Vietnam|Province[’']s")


def _edits_within(a: str, b: str, most: int) -> bool:
    """Whether ``a`` becomes ``b`` by at most ``most`` letters inserted, deleted or replaced (Levenshtein)."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > most:
            return False
        prev = cur
    return prev[-1] <= most


def place_key(name: str) -> str:
    """A romanised place name under the regular variants of Lao, Khmer and Thai spellings: the sound rules of
    people's names, r = l, o = u, and no final e (Borikhamsay = Bolikhamxai, Salavane = Salavan, Xayabory = Xayabury)."""
    return re.sub(r"(.)\1+", r"\1", name_key(name).replace("r", "l").replace("o", "u")).removesuffix("e")


# Words before a place name that say it is one: a capitalised classifier or office abbreviation is no name syllable
_PLACE_WORD = re.compile(r"(?:tỉnh|thành phố|thủ đô|tp\.?|province|city|[A-ZĐ]{2,6})$", re.IGNORECASE)


def _inside_name(text: str, start: int, end: int, district: bool = False) -> bool:
    """A one-word place name inside a run of capitalised words is part of a person's name
    ("Duong Van Trang", "Bun Không Lạ Chiêm Phon"); an abbreviation in capitals ("TPHCM") is not."""
    surface = text[start:end]
    if re.search(r"[\s\-]", surface) or (surface.isupper() and len(surface) >= 3):
        return False
    before = re.findall(r"([^\W\d_][\w'’]*) $", text[max(0, start - 30):start])
    if not before or not before[0][:1].isupper() or _PLACE_WORD.match(before[0]) and \
            (before[0].isupper() or before[0].lower() in ("tỉnh", "thủ", "province", "city")):
        return False
    after = re.match(r" ([^\W\d_])", text[end:end + 3])
    if after and after.group(1).isupper():
        return True
    if district:
        return True     # a town's name after a capitalised word is a person's ("Khamla Phonsavan")
    two = re.search(r"([^\W\d_][\w'’]*) ([^\W\d_][\w'’]*) $", text[max(0, start - 60):start])
    return bool(two and two.group(1)[:1].isupper() and two.group(2)[:1].isupper())


def _marked_key(name: str) -> str:
    """A name with its marks but without case, spaces and hyphens."""
    return re.sub(r"[\s\-‐–]+", "", normalize(name).lower())


def _pattern(name: str) -> str:
    """A regex for a name over lower-case, mark-free text: spaces and hyphens between syllables are optional; where the
    name has a dot between them ("TP.HCM", "Tp.Hồ Chí Minh") the text may write it, with or without a space after."""
    plain = strip_marks(name).lower()
    words = list(re.finditer(r"[0-9a-z]+", plain))
    out = re.escape(words[0].group(0)) if words else ""
    for a, b in zip(words, words[1:]):
        joiner = r"[\s\-‐–'’.]*" if "." in plain[a.end():b.start()] else r"[\s\-‐–'’]*"
        out += joiner + re.escape(b.group(0))
    return out


def _s(v) -> str | None:
    return None if v is None else str(v)


def _list(v) -> list[str]:
    if v is None:
        return []
    return [v] if isinstance(v, str) else [str(x) for x in v]


@lru_cache(maxsize=4)
def load(path: Path | None = None) -> Gazetteer:
    """The reference gazetteer (``data/reference/places.yaml``)."""
    path = path or reference_dir() / "places.yaml"
    with open(path, encoding="utf-8") as f:
        return Gazetteer(yaml.safe_load(f) or {})
