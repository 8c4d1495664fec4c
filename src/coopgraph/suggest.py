"""The closest known names to a mistyped one ("did you mean ..."), for query names, places and people.

Names are compared folded (case and diacritics aside: 'thanh hoa' finds 'Thanh Hóa') with ``difflib``'s ratio;
the answer is the same for the same inputs (ties go to the name first in sorted order).
"""
from __future__ import annotations

import difflib
from typing import Iterable

from .text import fold


def closest(word: str, names: Iterable[str], n: int = 3, cutoff: float = 0.6) -> list[str]:
    """Up to ``n`` of ``names`` closest to ``word``, best first; none when nothing is close enough."""
    by_key: dict[str, str] = {}
    # of the names that fold alike ('Thanh Hoa', 'Thanh Hóa'), the one with its diacritics is shown
    for name in sorted(set(names), key=lambda s: (s.isascii(), s)):
        by_key.setdefault(fold(name), name)
    key = fold(word)
    if not key:
        return []
    scored = []
    for k, name in by_key.items():
        m = difflib.SequenceMatcher(None, key, k, autojunk=False)
        if m.real_quick_ratio() >= cutoff and m.quick_ratio() >= cutoff:
            r = m.ratio()
            if r >= cutoff:
                scored.append((-r, name))
    return [name for _, name in sorted(scored)[:n]]


def did_you_mean(word: str, names: Iterable[str], n: int = 3) -> str:
    """'; did you mean: a, b?' (empty when no name is close), to end a one-line error message."""
    found = closest(word, names, n)
    return f"; did you mean: {', '.join(found)}?" if found else ""
