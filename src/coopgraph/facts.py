"""The typed facts the extractor produces, each with the sentence it came from.

Places are referred to by their reference id (``VN-21``, ``LA-HO``, ``VN``,
``VN-25-2025``): the gazetteer knows them, the RDF mapping turns them into IRIs.

Each fact carries a ``confidence`` between 0 and 1: how often the rule that made it is right, as measured on
articles with gold files (``docs/extractor.md``). A reader can keep only the surer facts.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to the day, the month, or the year; or a day and month without a year."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    def iso(self) -> str:
        """ISO 8601 / XSD lexical form: 2025-05-14, 2025-05, 2025, or --05-14."""
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}" if self.month and self.day else ""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @property
    def complete(self) -> bool:
        return None not in (self.year, self.month, self.day)

    def __str__(self) -> str:
        return self.iso()


@dataclass(frozen=True)
class Evidence:
    """The sentence of the article that states a fact."""

    index: int
    text: str


@dataclass
class Article:
    """What is known of the article itself."""

    id: str
    file_name: str
    text: str
    sentences: list[str]
    url: str | None = None
    title: str | None = None
    published: PartialDate | None = None
    language: str = "vi"
    content_hash: str = ""


@dataclass
class Official:
    """A person holding a post in a unit, as the article states it."""

    name: str
    post: str
    unit: str
    evidence: Evidence
    aliases: list[str] = field(default_factory=list)
    home: str = ""          # the unit the person belongs to (scopes the person's identity)
    rule: str = ""          # what the fact rests on (a rule of the extractor), for measuring and provenance
    confidence: float = 0.9


@dataclass
class Partnership:
    """Two units that the text says cooperate."""

    a: str
    b: str
    status: str             # agreement | talks | relation
    evidence: Evidence
    rule: str = ""
    confidence: float = 0.9


@dataclass
class Agreement:
    """A document signed or handed over between parties."""

    parties: tuple[str, ...]
    kind: str                                   # cooperation-agreement | cooperation-minutes | other
    evidence: Evidence
    period: tuple[int, int] | None = None
    signed: PartialDate | None = None
    place: str | None = None
    signatories: list[str] = field(default_factory=list)
    witnesses: list[str] = field(default_factory=list)
    fields: list[str] = field(default_factory=list)
    body: str | None = None                     # body-kind code when the text names the bodies that signed
    predecessor_period: tuple[int, int] | None = None
    current: bool = False                       # signed at the event the article reports (not earlier)
    more_evidence: list[Evidence] = field(default_factory=list)
    rule: str = ""
    confidence: float = 0.9


@dataclass
class Event:
    """A meeting or ceremony between parties."""

    kind: str                                   # signing | talks | visit | other (reception: a correction only)
    parties: tuple[str, ...]
    evidence: Evidence
    start: PartialDate | None = None
    end: PartialDate | None = None
    place: str | None = None
    participants: list[str] = field(default_factory=list)
    rule: str = ""
    confidence: float = 0.9


@dataclass
class Commitment:
    """Money that one party gives or pledges to another."""

    giver: str
    receiver: str | None                        # None: a sum shared by several receivers, none of whom is said
    value: int
    currency: str
    evidence: Evidence
    purpose: str = ""
    rule: str = ""
    confidence: float = 0.9


@dataclass
class ArticleFacts:
    """Everything extracted from one article."""

    article: Article
    partnerships: list[Partnership] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    officials: list[Official] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)


@dataclass(frozen=True)
class Correction:
    """An analyst's correction of the extracted facts, from the corrections file beside the articles
    (``corrections.py`` reads and applies them, ``rdfmap.py`` maps them to RDF)."""

    action: str                 # reject | merge | add
    target: str                 # reject: the fact's IRI; merge: the node merged away; add: the kind of fact
    why: str
    by: str
    at: str                     # when, ISO 8601 in UTC: 2026-12-03T16:12:00Z
    file: str                   # where it is written: the corrections file and the line of its entry
    line: int
    into: str = ""              # merge: the node that stays
    article: str = ""           # reject: only in this article (its id); add: the article that states the fact
    values: tuple[tuple[str, str], ...] = ()   # add: the fact's fields (name, post, unit, parties, sentence, ...)

    @property
    def key(self) -> str:
        """A short, stable name: the same correction (whatever its reason or line says) has the same key."""
        import hashlib
        import json

        ident = [self.action, self.target, self.into, self.article, list(self.values), self.by, self.at]
        return hashlib.sha256(json.dumps(ident, ensure_ascii=False).encode()).hexdigest()[:12]
