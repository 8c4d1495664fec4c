"""Unicode normalisation and folding of Vietnamese and romanised names."""
from __future__ import annotations

import re
import unicodedata

# English month names, January first (dates in bylines, datelines and sentences)
EN_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
             "november", "december")

# Old-style tone placement ("hoá", "thuỷ") and new style ("hóa", "thủy") must read
# the same: map the old forms to the new after NFC.
_TONE_STYLE = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}
# only where the vowel pair ends the syllable: "đoạn", "toàn" are right as they are
_TONE_RE = re.compile("(?:" + "|".join(_TONE_STYLE) + r")(?![^\W\d_])", re.IGNORECASE)


def normalize(text: str) -> str:
    """NFC, one tone-mark style, typographic spaces and dashes made plain."""
    text = unicodedata.normalize("NFC", text)

    def tone(m: re.Match) -> str:
        s = m.group(0)
        out = _TONE_STYLE[s.lower()]
        return out.capitalize() if s[0].isupper() else out

    text = _TONE_RE.sub(tone, text)
    text = text.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "")
    text = text.replace("\u2013", "–").replace("\u2014", "—")
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    return text


def strip_marks(text: str) -> str:
    """Remove diacritics (đ → d too), keep case and punctuation."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in text if unicodedata.category(c) != "Mn")


def fold(text: str) -> str:
    """Lower-case ASCII letters and digits only: the yardstick's notion of 'same name'."""
    return re.sub(r"[^0-9a-z]", "", strip_marks(text).lower())


def fold_words(text: str) -> str:
    """Lower-case, no diacritics, words separated by single spaces (for phrase matching)."""
    return " ".join(re.findall(r"[0-9a-z]+", strip_marks(text).lower()))


# Romanisations of Lao names vary in a few regular ways (Anouphap / Anouphab,
# Keovongxay / Keovongsay, Phutphan / Putpan): a name key folds them together.
_SOUND_RULES = [
    ("ph", "p"), ("kh", "k"), ("th", "t"), ("ch", "c"), ("gh", "g"),
    ("ou", "u"), ("oo", "u"), ("ee", "i"), ("ie", "i"),
    ("x", "s"), ("z", "s"), ("b", "p"), ("y", "i"), ("w", "v"), ("h", ""),
]


def name_key(name: str) -> str:
    """A spelling-tolerant key for a person's name: equal keys = the same written name."""
    key = fold(name)
    for a, b in _SOUND_RULES:
        key = key.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", key)


def slug(text: str) -> str:
    """A safe, readable IRI segment: ASCII letters, digits and hyphens."""
    s = re.sub(r"[^0-9A-Za-z_]+", "-", strip_marks(text)).strip("-")
    return s or "x"
