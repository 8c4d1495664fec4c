"""What a SPARQL text says, read without a parser: its keywords (the words outside IRIs, strings and comments),
its form (SELECT, ASK, CONSTRUCT, DESCRIBE or an update), and whether it would make a server fetch an address
(SERVICE, LOAD).

The outbound check errs on the side of refusing: a word that merely looks like the keyword (a local name
after ``.`` or ``-``) counts, and the text is read both as written and with SPARQL's ``\\u`` escapes undone
(the SPARQL 1.1 grammar lets an engine apply them before parsing)."""
from __future__ import annotations

import re

# left to right, as SPARQL's grammar reads them: an IRI, a long or short string, a comment, a variable, a prefixed
# name, or a word; anything else is skipped
_TOKEN = re.compile(r"""
      (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    | (?P<string>'''(?:(?:'|'')?(?:[^'\\]|\\.))*'''|\"\"\"(?:(?:"|"")?(?:[^"\\]|\\.))*\"\"\"
                 |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
    | (?P<comment>\#[^\n\r]*)
    | (?P<variable>[?$]\w+)
    | (?P<pname>(?:[A-Za-z][\w.-]*)?:(?:[\w.:%-]|\\.)*)
    | (?P<word>[A-Za-z_][\w-]*)
    """, re.VERBOSE | re.DOTALL)

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")

QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
OUTBOUND = frozenset({"SERVICE", "LOAD"})


def keywords(text: str) -> list[str]:
    """The words of ``text`` outside IRIs, strings and comments, upper-cased, in order (variables and prefixed
    names left out)."""
    return [m.group("word").upper() for m in _TOKEN.finditer(text) if m.group("word")]


def query_form(text: str) -> str | None:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the first such keyword; None for an update (or no query at all)."""
    return next((w for w in keywords(text) if w in QUERY_FORMS), None)


def outbound_keywords(text: str) -> list[str]:
    """The keywords of ``text`` that make an engine fetch an address (SERVICE, LOAD), sorted; [] if none."""
    unescaped = _ESCAPE.sub(lambda m: chr(min(int(m.group(1) or m.group(2), 16), 0x10FFFF)), text)
    return sorted({w for t in (text, unescaped) for w in keywords(t) if w in OUTBOUND})
