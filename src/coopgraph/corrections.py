"""Corrections by hand: an analyst's rejections, additions and merges, kept in a YAML file beside the articles and
applied by ``coopgraph build`` to the article graphs after extraction, at every build (issue 15).

The file, ``corrections.yaml`` in the articles' folder, is a YAML list (YAML rather than Turtle: an analyst reads and
writes it, and a comment may sit beside any entry). Each entry says what, who, when and why::

    - reject: holding:002_b82691416a237f8a/LA-VT/secretariat-member/anupaptunalom
      why: the article names him a member of the Central Committee, not of the Secretariat
      by: Lan
      at: 2026-12-03T16:12:00Z
    - merge: person:LA-HO/putpankeovongsai        # the node merged away ...
      into: person:LA-HO/pupankeovongsai          # ... into the one that stays
      why: ...
    - add: partnership                            # official | partnership | agreement | event | commitment
      article: 001_5a1d5f1eb188703c.txt           # the article that states it
      sentence: 3                                 # its sentence (as in the IRI .../s3), or quote: "some words of it"
      a: LA-HO
      b: VN-21
      status: agreement
      why: ...

A ``reject`` may name an ``article:`` to reject the fact in that article only. Targets are IRIs or prefixed names
(``holding:``, ``partnership:``, ``agreement:``, ``event:``, ``commitment:``, ``person:``, ``place:``). ``coopgraph
reject / merge / add`` append entries; ``coopgraph corrections`` lists them. The corrections become the graph
``graph/corrections`` (``corrections.ttl`` in build's output); a changed fact carries ``cg:correctedBy`` (and an
added one ``prov:wasAttributedTo`` its editor) next to the extractor's ``prov:wasDerivedFrom``.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import yaml
from rdflib import RDF, Graph, URIRef
from rdflib.namespace import SKOS

from .article import article_id, parse_iso_date
from .facts import (Agreement, Article, ArticleFacts, Commitment, Correction, Event, Evidence, Official, PartialDate,
                    Partnership)
from .gazetteer import Gazetteer
from .query.formatting import shorten
from .query.questions import expand_iri
from .rdfmap import BASE, CG, FACT_CLASSES, ORG, article_graph, fact_iris, mark_corrected
from .resources import ontology_files
from .text import fold_words, normalize

CORRECTIONS_YAML = "corrections.yaml"
ACTIONS = ("reject", "merge", "add")
# what may be rejected: the facts, by the first segment of their IRI (an amount is rejected with its commitment)
FACT_KINDS = ("holding", "partnership", "agreement", "event", "commitment")
# what may be merged: two nodes of one kind
MERGE_KINDS = ("person", "place", "agreement", "event", "body", "position")
# the fields of each kind of fact an analyst may add (required, optional)
ADD_FIELDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "official": (("name", "post", "unit"), ("home",)),
    "partnership": (("a", "b", "status"), ()),
    "agreement": (("parties", "kind"), ("period", "signed")),
    "event": (("kind", "parties"), ("date",)),
    "commitment": (("giver", "receiver", "value", "currency"), ("purpose",)),
}
_COMMON = ("why", "by", "at", "article", "sentence", "quote", "into", *ACTIONS)


class CorrectionsError(Exception):
    """A corrections file that cannot be read at all (one line: the file, the line, the problem)."""


# ------------------------------------------------------------------ reading

class _LineLoader(yaml.SafeLoader):
    """A safe YAML loader that notes the line of every mapping (so that a problem names its line)."""


def _mapping_with_line(loader: _LineLoader, node: yaml.MappingNode) -> dict:
    m = yaml.SafeLoader.construct_mapping(loader, node, deep=True)
    m["__line__"] = node.start_mark.line + 1
    return m


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_with_line)


def kind_of(iri: str) -> str:
    """The first segment of a coopgraph IRI (``holding``, ``person``, ...); '' for any other IRI."""
    return iri[len(BASE):].split("/", 1)[0] if iri.startswith(BASE) else ""


def when(value) -> str:
    """A date-time (YAML timestamp, ISO 8601 text, or a date) as ISO 8601 in UTC: 2026-12-03T16:12:00Z."""
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            raise ValueError(f"'at' is not a date and time (ISO 8601, e.g. 2026-12-03T16:12:00Z): {value!r}") from None
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        value = dt.datetime(value.year, value.month, value.day, tzinfo=dt.timezone.utc)
    if not isinstance(value, dt.datetime):
        raise ValueError(f"'at' is not a date and time: {value!r}")
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.timezone.utc)
    return value.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _text(entry: dict, key: str) -> str:
    v = entry.get(key)
    if v is None or isinstance(v, (dict, list)) and not v:
        return ""
    if isinstance(v, list):
        return ", ".join(str(x) for x in v)
    if isinstance(v, dict):
        raise ValueError(f"'{key}' must be a value, not a mapping")
    return " ".join(str(v).split())


def _iri(entry: dict, key: str) -> str:
    v = _text(entry, key)
    iri = expand_iri(v)
    if not re.match(r"^https?://[^\s<>\"{}|\\^`]+$", iri):
        raise ValueError(f"'{key}' is not an IRI or prefixed name: {v!r}")
    return iri


def _correction(entry, file: str) -> Correction:
    if not isinstance(entry, dict):
        raise ValueError("an entry must be a mapping (reject: / merge: / add: with why:, by:, at:)")
    actions = [a for a in ACTIONS if a in entry]
    if len(actions) != 1:
        raise ValueError("an entry needs exactly one of reject:, merge:, add:")
    action = actions[0]
    line = entry["__line__"]
    missing = [k for k in ("why", "by", "at") if not _text(entry, k)]
    if missing:
        raise ValueError(f"{action}: says nothing of {' and '.join(missing)} (each correction says who, when and why)")
    known = set(_COMMON) | {f for req, opt in ADD_FIELDS.values() for f in (*req, *opt)}
    unknown = sorted(k for k in entry if k != "__line__" and k not in known)
    if unknown:
        raise ValueError(f"{action}: unknown field(s) {', '.join(unknown)}")
    common = dict(why=_text(entry, "why"), by=_text(entry, "by"), at=when(entry["at"]), file=file, line=line)
    art = _text(entry, "article")
    aid = article_id(Path(art)) if art else ""
    if action == "reject":
        target = _iri(entry, "reject")
        if kind_of(target) not in FACT_KINDS:
            raise ValueError(f"reject: {_text(entry, 'reject')} is not a fact (a {', '.join(FACT_KINDS)}); "
                             "to undo a merge, remove its entry")
        if target.endswith("/amount") and kind_of(target) == "commitment":
            target = target[:-len("/amount")]
        return Correction("reject", target, article=aid, **common)
    if action == "merge":
        a, b = _iri(entry, "merge"), _iri(entry, "into")
        if kind_of(a) not in MERGE_KINDS or kind_of(a) != kind_of(b):
            raise ValueError(f"merge: two nodes of one kind ({', '.join(MERGE_KINDS)}) are merged, "
                             f"not {_text(entry, 'merge')} into {_text(entry, 'into')}")
        if a == b:
            raise ValueError("merge: a node is merged into another, not into itself")
        return Correction("merge", a, into=b, **common)
    kind = _text(entry, "add")
    if kind not in ADD_FIELDS:
        raise ValueError(f"add: unknown kind of fact {kind!r} (one of: {', '.join(ADD_FIELDS)})")
    if not aid:
        raise ValueError(f"add {kind}: names no article: (the article that states the fact)")
    if not _text(entry, "sentence") and not _text(entry, "quote"):
        raise ValueError(f"add {kind}: names no sentence: (its number) or quote: (some words of it)")
    required, optional = ADD_FIELDS[kind]
    missing = [f for f in required if not _text(entry, f)]
    if missing:
        raise ValueError(f"add {kind}: needs {', '.join(missing)}")
    values = tuple((f, _text(entry, f)) for f in (*required, *optional, "sentence", "quote") if _text(entry, f))
    _check_codes(kind, dict(values))
    return Correction("add", kind, article=aid, values=values, **common)


# the coded fields of an added fact and their code lists (concept schemes of ontology/taxonomies.ttl)
_CODED = {("official", "post"): "post", ("partnership", "status"): "status", ("agreement", "kind"): "agreement-kind",
          ("event", "kind"): "event-kind"}


@lru_cache(maxsize=1)
def _codes() -> dict[str, set[str]]:
    """The codes of each concept scheme, from the taxonomies."""
    out: dict[str, set[str]] = {}
    g = Graph()
    for f in ontology_files():
        g.parse(f)
    for concept, code in g.subject_objects(SKOS.notation):
        scheme = str(concept)[len(BASE + "concept/"):].rsplit("/", 1)[0]
        out.setdefault(scheme, set()).add(str(code))
    return out


def _check_codes(kind: str, values: dict[str, str]) -> None:
    for (k, field_name), scheme in _CODED.items():
        if k == kind and values.get(field_name) not in _codes().get(scheme, set()):
            raise ValueError(f"add {kind}: {field_name} {values.get(field_name)!r} is not a code of the {scheme} list "
                             f"(one of: {', '.join(sorted(_codes().get(scheme, set())))})")
    if kind == "commitment" and not re.fullmatch(r"[A-Z]{3}", values.get("currency", "")):
        raise ValueError(f"add commitment: currency is an ISO 4217 code (VND, USD, LAK), not {values.get('currency')!r}")


def load(path: Path) -> tuple[list[Correction], list[str]]:
    """The corrections of one file, in its order, and the problems of the entries that cannot be used
    (``file:line: problem``). A file that cannot be read or parsed raises CorrectionsError."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        raise CorrectionsError(f"{path}: cannot read ({getattr(e, 'strerror', None) or e})") from None
    return parse(text, path)


def parse(text: str, path: Path | str) -> tuple[list[Correction], list[str]]:
    """``load`` of a text said to come from ``path``."""
    try:
        data = yaml.load(text, Loader=_LineLoader)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise CorrectionsError(f"{where}: YAML syntax error: {getattr(e, 'problem', None) or e}") from None
    if data is None:
        return [], []
    if not isinstance(data, list):
        raise CorrectionsError(f"{path}: a corrections file is a list of entries (- reject: ..., - merge: ...)")
    out: list[Correction] = []
    problems: list[str] = []
    seen: dict[str, int] = {}
    for entry in data:
        line = entry.get("__line__", 0) if isinstance(entry, dict) else 0
        try:
            c = _correction(entry, str(path))
        except ValueError as e:
            problems.append(f"{path}:{line}: {e}" if line else f"{path}: {e}")
            continue
        if c.key in seen:
            problems.append(f"{path}:{c.line}: the same correction as line {seen[c.key]}")
            continue
        seen[c.key] = c.line
        out.append(c)
    return out, problems


def files_for(inputs: Iterable[Path]) -> list[Path]:
    """The corrections files of the given articles' folders (a file given alone: its folder's)."""
    out: list[Path] = []
    for p in inputs:
        p = Path(p)
        try:
            f = (p if p.is_dir() else p.parent) / CORRECTIONS_YAML
            if f.is_file() and f not in out:
                out.append(f)
        except OSError:     # a name too long to be a file's: build reports it
            continue
    return out


# ------------------------------------------------------------------ which corrections concern an article

def iris_of(g: Graph) -> list[str]:
    """The IRIs of an article graph that a correction may name (facts, people, places, bodies, posts, ...)."""
    skip = (BASE + "concept/", BASE + "article/", BASE + "ontology")
    return sorted({str(t) for s, _, o in g for t in (s, o)
                   if isinstance(t, URIRef) and str(t).startswith(BASE) and not str(t).startswith(skip)})


def relevant(corrections: Iterable[Correction], aid: str, iris: Iterable[str]) -> list[Correction]:
    """The corrections, in their order, that change the graph of article ``aid`` whose extracted graph holds ``iris``
    (a merge's kept node counts for the corrections after it)."""
    seen = set(iris)
    out = []
    for c in corrections:
        if c.action == "add":
            hit = c.article == aid
        elif c.action == "reject":
            hit = c.target in seen and c.article in ("", aid)
        else:
            hit = c.target in seen
            if hit:
                seen.add(c.into)
        if hit:
            out.append(c)
    return out


def unmatched(corrections: Iterable[Correction], articles: dict[str, Iterable[str]]) -> list[Correction]:
    """The corrections that concern none of ``articles`` (article id -> the IRIs of its extracted graph)."""
    hit: set[str] = set()
    for aid, iris in articles.items():
        hit.update(c.key for c in relevant(corrections, aid, iris))
    return [c for c in corrections if c.key not in hit]


def where(c: Correction, message: str) -> str:
    """A message about a correction, after its file and line."""
    return f"{c.file}:{c.line}: {message}"


def pointless(c: Correction) -> str:
    """One line: a correction that points at nothing, with its file and line."""
    what = {"reject": f"reject {shorten(c.target)}", "merge": f"merge {shorten(c.target)} into {shorten(c.into)}",
            "add": f"add {c.target} to {c.article}"}[c.action]
    why = {"reject": "no article holds this fact" + (f" ({c.article} does not)" if c.article else ""),
           "merge": "no article holds the node to merge", "add": "no article of that name was built"}[c.action]
    return where(c, f"{what}: {why}; the correction does nothing")


# ------------------------------------------------------------------ applying them to an article graph

def apply(g: Graph, article: Article, corrections: Iterable[Correction], gaz: Gazetteer) -> dict[str, str]:
    """Apply ``corrections`` (those ``relevant`` to the article), in order, to its graph ``g``; the additions that
    could not be made: their keys, each with one line saying why (``where`` puts the file and line before it)."""
    problems: dict[str, str] = {}
    for c in corrections:
        if c.action == "reject":
            _reject(g, URIRef(c.target))
        elif c.action == "merge":
            for node in _merge(g, URIRef(c.target), URIRef(c.into)):
                mark_corrected(g, node, c)
        else:
            try:
                for node in _add(g, article, c, gaz):
                    mark_corrected(g, node, c)
            except ValueError as e:
                problems[c.key] = f"add {c.target} to {article.file_name}: {e}"
    return problems


# nodes that stand on their own in an article graph: never dropped because nothing points at them any more
_ROOTS = (CG.Article, *FACT_CLASSES)


def _reject(g: Graph, fact: URIRef) -> None:
    """Take a fact out of the graph with what only it needed (its sentences, a person only it named, ...)."""
    if (fact, None, None) not in g:
        return
    # a holding's person holds its post (org:holds) through it alone unless another holding says so too
    for person in list(g.objects(fact, ORG.member)):
        for post in list(g.objects(fact, CG.holdsPost)):
            if not any(h != fact and (h, CG.holdsPost, post) in g for h in g.subjects(ORG.member, person)):
                g.remove((person, ORG.holds, post))
    left = [o for o in g.objects(fact, None) if isinstance(o, URIRef)]
    g.remove((fact, None, None))
    g.remove((None, None, fact))
    while left:
        n = left.pop()
        if (n, None, None) not in g or (None, None, n) in g or any((n, RDF.type, r) in g for r in _ROOTS):
            continue
        left.extend(o for o in g.objects(n, None) if isinstance(o, URIRef))
        g.remove((n, None, None))


def _merge(g: Graph, gone: URIRef, kept: URIRef) -> list[URIRef]:
    """Write ``kept`` wherever the graph says ``gone``; the subjects whose statements changed."""
    changed = set()
    for s, p, o in list(g.triples((gone, None, None))):
        g.remove((s, p, o))
        g.add((kept, p, kept if o == gone else o))
        changed.add(kept)
    for s, p, o in list(g.triples((None, None, gone))):
        g.remove((s, p, o))
        g.add((s, p, kept))
        changed.add(s)
    return sorted(changed)


def _sentence(article: Article, values: dict[str, str]) -> Evidence:
    if "sentence" in values:
        try:
            i = int(values["sentence"])
        except ValueError:
            raise ValueError(f"sentence: is a number (as in the IRI .../s3), not {values['sentence']!r}") from None
        if not 0 <= i < len(article.sentences):
            raise ValueError(f"it has no sentence {i} (it has {len(article.sentences)}, from 0)")
        return Evidence(i, article.sentences[i])
    quote = fold_words(normalize(values["quote"]))
    for i, s in enumerate(article.sentences):
        if quote and quote in fold_words(s):
            return Evidence(i, s)
    raise ValueError(f"no sentence contains “{values['quote']}”")


def _place(gaz: Gazetteer, name: str) -> str:
    if name in gaz.units:
        return name
    for u in gaz.units.values():
        if u.code == name or u.iso == name:
            return u.id
    uid = gaz.resolve(name)
    if not uid:
        raise ValueError(f"unknown place {name!r} (give a code such as LA-HO, or a name)")
    return uid


def _date(value: str) -> PartialDate:
    d = parse_iso_date(value)
    if d is None:
        raise ValueError(f"not a date (2025, 2025-05 or 2025-05-14): {value!r}")
    return d


def _fact(article: Article, c: Correction, gaz: Gazetteer) -> ArticleFacts:
    v = dict(c.values)
    ev = _sentence(article, v)
    facts = ArticleFacts(article=article)
    parties = lambda: tuple(_place(gaz, p.strip()) for p in v["parties"].split(",") if p.strip())  # noqa: E731
    if c.target == "official":
        facts.officials.append(Official(v["name"], v["post"], _place(gaz, v["unit"]), ev,
                                        home=_place(gaz, v["home"]) if "home" in v else ""))
    elif c.target == "partnership":
        facts.partnerships.append(Partnership(_place(gaz, v["a"]), _place(gaz, v["b"]), v["status"], ev))
    elif c.target == "agreement":
        period = None
        if "period" in v:
            m = re.fullmatch(r"(\d{4})\s*[-–]\s*(\d{4})", v["period"])
            if not m or int(m.group(1)) > int(m.group(2)):
                raise ValueError(f"period is two years, first-last: {v['period']!r}")
            period = (int(m.group(1)), int(m.group(2)))
        facts.agreements.append(Agreement(parties(), v["kind"], ev, period=period,
                                          signed=_date(v["signed"]) if "signed" in v else None))
    elif c.target == "event":
        facts.events.append(Event(v["kind"], parties(), ev, start=_date(v["date"]) if "date" in v else None))
    else:
        try:
            value = int(v["value"].replace(",", "").replace(" ", ""))
        except ValueError:
            raise ValueError(f"value is a whole number: {v['value']!r}") from None
        facts.commitments.append(Commitment(_place(gaz, v["giver"]), _place(gaz, v["receiver"]), value,
                                            v["currency"], ev, purpose=v.get("purpose", "")))
    for fact in (*facts.officials, *facts.partnerships, *facts.agreements, *facts.events, *facts.commitments):
        fact.confidence, fact.rule = 1.0, "added-by-hand"     # an analyst read it in the sentence
    return facts


def _add(g: Graph, article: Article, c: Correction, gaz: Gazetteer) -> list[URIRef]:
    """Map the added fact as the extractor's facts are mapped, into the article's graph; the new facts' IRIs."""
    extra = article_graph(_fact(article, c, gaz), gaz)
    g += extra
    return fact_iris(extra)


# ------------------------------------------------------------------ for show and the listing

@dataclass(frozen=True, order=True)
class Touch:
    """A correction that touched a node: what it did, by whom, when, why, and where it is written."""

    action: str
    by: str
    at: str
    why: str
    where: str

    def text(self, lang: str = "en") -> str:
        """One line in English (en) or Vietnamese (vi): what was done, by whom, when, why, and where it is written."""
        if lang == "vi":
            did = {"Rejection": "bác bỏ", "Merge": "hợp nhất", "Addition": "bổ sung"}.get(self.action, "hiệu chỉnh")
            return f"đã hiệu chỉnh ({did}) bởi {self.by}, {self.at[:10]}: {self.why}  [{self.where}]"
        did = {"Rejection": "rejected", "Merge": "merged", "Addition": "added"}.get(self.action, "corrected")
        return f"corrected ({did}) by {self.by}, {self.at[:10]}: {self.why}  [{self.where}]"

    def __str__(self) -> str:
        return self.text("en")


def touched_by(store, iris: Iterable[str]) -> dict[str, list[Touch]]:
    """For each IRI (a fact, a person, an agreement...), the corrections that touched it, from the store's
    corrections graph and the article graphs' ``cg:correctedBy``: ``show`` marks such a fact and says by whom."""
    wanted = sorted({i for i in iris if re.match(r"^https?://[^\s<>\"{}|\\^`]+$", i)})
    if not wanted:
        return {}
    q = f"""PREFIX cg: <{CG}> PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    SELECT DISTINCT ?x ?kind ?by ?at ?why ?file ?line WHERE {{
      VALUES ?x {{ {" ".join(f"<{i}>" for i in wanted)} }}
      {{ ?c cg:rejectedFact|cg:mergedNode|cg:keptNode ?x }} UNION {{ ?x cg:correctedBy ?c }}
      ?c a cg:Correction, ?kind ; prov:wasAttributedTo ?ed ; prov:generatedAtTime ?at ; cg:reason ?why ;
         cg:correctionsFile ?file ; cg:line ?line .
      ?ed rdfs:label ?by .
      FILTER(?kind IN (cg:Rejection, cg:Merge, cg:Addition))
    }}"""
    out: dict[str, list[Touch]] = {}
    for r in store.query(q, use_default_graph_as_union=True):
        def v(name):
            t = r[name]
            return t.value if hasattr(t, "value") else str(t)
        out.setdefault(v("x"), []).append(Touch(v("kind").rsplit("#", 1)[-1], v("by"), v("at"), v("why"),
                                                f"{Path(v('file')).name}:{v('line')}"))
    return {k: sorted(set(ts), key=lambda t: (t.at, t.where)) for k, ts in out.items()}


def describe(c: Correction) -> str:
    """One line about a correction, for the listing."""
    if c.action == "reject":
        what = f"reject {shorten(c.target)}" + (f" in {c.article}" if c.article else "")
    elif c.action == "merge":
        what = f"merge {shorten(c.target)} into {shorten(c.into)}"
    else:
        what = f"add {c.target} to {c.article}: " + ", ".join(f"{k}={v}" for k, v in c.values)
    return f"{Path(c.file).name}:{c.line}  {c.at}  {c.by}: {what} — {c.why}"


def entry_text(action: str, target: str, why: str, by: str, at: str, **more: str) -> str:
    """A new entry of the corrections file, as YAML text to append (values quoted where YAML needs it)."""
    def val(v: str) -> str:
        return yaml.safe_dump(v, allow_unicode=True, default_flow_style=True, width=10**6).strip().removesuffix("...").strip()

    lines = [f"- {action}: {val(target)}"]
    lines += [f"  {k}: {val(str(v))}" for k, v in more.items() if v not in (None, "")]
    lines += [f"  why: {val(why)}", f"  by: {val(by)}", f"  at: {val(at)}"]
    return "\n".join(lines) + "\n"

