"""A person's view of one entity: what the graph knows about a place, a person or an agreement, with sources.

``card(ds, "LA-HO")`` answers with text: names and codes, partners with status, agreements, who held each post over
time, events, commitments, and for each fact the article file and the sentence it came from. Everything is read
with SPARQL from the store of ``store.open_dataset``. The card speaks one language (Vietnamese by default, or
English) in its headings, its words and its labels; Vietnamese places keep their Vietnamese names in English (see
``labels``). Every line is wrapped at the given width, words never split (but for a word longer than the line).
"""
from __future__ import annotations

import textwrap
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field

import pyoxigraph as ox

from . import labels
from .corrections import touched_by
from .gazetteer import load as load_gazetteer
from .query.formatting import amount, shorten
from .query.questions import QueryError, expand_iri, resolve_place
from .rdfmap import PREFIXES
from .suggest import did_you_mean
from .text import fold, name_key

CG = "https://w3id.org/coopgraph/ontology#"
_PREFIX_LINES = "\n".join(f"PREFIX {p}: <{ns}>" for p, ns in PREFIXES.items()) + "\n"
_RANK = {"agreement": 0, "talks": 1, "relation": 2}

# Every word of the card that is not a label from the graph, in both languages.
WORDS = {
    "vi": {
        "place": "địa phương", "person": "người", "agreement": "văn kiện", "other": "thực thể",
        "names": "tên", "also written": "còn viết là", "code": "mã", "in": "thuộc", "valid": "hiệu lực",
        "today": "nay", "to": "đến", "replaced by": "được thay bằng", "spellings": "cách viết trong các nguồn",
        "Partners": "Đối tác", "Agreements": "Văn kiện hợp tác", "Holders": "Người giữ chức vụ theo thời gian",
        "Posts held": "Chức vụ", "Events": "Sự kiện", "Commitments": "Khoản hỗ trợ",
        "Agreements signed or witnessed": "Văn kiện đã ký hoặc chứng kiến", "Agreement": "Văn kiện",
        "Statements": "Dữ kiện", "as": "tên trong bài: {names}", "attested": "ghi nhận ngày", "signed": "ký ngày",
        "at": "tại", "signatories": "người ký", "fields": "lĩnh vực", "date not stated": "không rõ ngày",
        "year not stated": "không rõ năm", "more": "… và {n} câu khác (--all-sources)",
        "post of": "{post} {unit}", "shared": "nhiều bên, chia nhau",
    },
    "en": {
        "place": "place", "person": "person", "agreement": "agreement", "other": "entity",
        "names": "names", "also written": "also written", "code": "code", "in": "in", "valid": "valid",
        "today": "today", "to": "to", "replaced by": "replaced by", "spellings": "spellings in the sources",
        "Partners": "Partners", "Agreements": "Agreements", "Holders": "Who held each post, over time",
        "Posts held": "Posts held", "Events": "Events", "Commitments": "Commitments",
        "Agreements signed or witnessed": "Agreements signed or witnessed", "Agreement": "Agreement",
        "Statements": "Statements", "as": "as {names}", "attested": "attested", "signed": "signed", "at": "at",
        "signatories": "signatories", "fields": "fields", "date not stated": "date not stated",
        "year not stated": "year not stated", "more": "… and {n} more sentence(s) (--all-sources)",
        "post of": "{post} of {unit}", "shared": "several, shared",
    },
}


@dataclass
class Entity:
    iri: str
    kind: str                       # place | person | agreement | other


@dataclass
class Fact:
    """One fact about the entity: a line of text and the sentences it came from."""

    iri: str
    text: str
    also: list[str] = field(default_factory=list)       # more IRIs whose sources count for this line
    group: str = ""                                     # a sub-heading the fact is listed under (a post, for holders)


# ------------------------------------------------------------------ finding the entity

def _select(store, query: str, **bound) -> list[dict]:
    """Rows of a SELECT as dicts; ``bound`` variables are substituted as RDF terms (they must be projected)."""
    subs = {ox.Variable(k): v for k, v in bound.items()}
    res = store.query(_PREFIX_LINES + query, use_default_graph_as_union=True, substitutions=subs or None)
    names = [v.value for v in res.variables]
    return [{n: sol[n] for n in names if sol[n] is not None} for sol in res]


def _kind_of(store, iri: str) -> str | None:
    rows = _select(store, "SELECT ?e ?t WHERE { ?e a ?t }", e=ox.NamedNode(iri))
    types = {r["t"].value for r in rows}
    if not types:
        return None
    if CG + "Person" in types:
        return "person"
    if CG + "Agreement" in types:
        return "agreement"
    if types & {CG + "SubnationalUnit", CG + "Country", CG + "District", CG + "Province"}:
        return "place"
    return "other"


def find(ds, name: str) -> list[Entity]:
    """The entities a user means by ``name``: an IRI or prefixed name, a place code or name, or a person's name
    in any spelling the graph knows (folded, or by the spelling-tolerant name key)."""
    store = ds.store
    name = unicodedata.normalize("NFC", name.strip())
    if not name:
        raise QueryError("give a place, a person or an agreement")
    prefix = name.partition(":")[0]
    if name.startswith(("http://", "https://")) or (prefix in PREFIXES and ":" in name and " " not in name):
        iri = expand_iri(name)
        try:
            ox.NamedNode(iri)
        except ValueError:
            raise QueryError(f"not an IRI: {name!r}") from None
        kind = _kind_of(store, iri)
        if kind is None:
            raise QueryError(f"the graph knows nothing about {shorten(iri)}")
        return [Entity(iri, kind)]
    try:
        iri = resolve_place(name)
    except QueryError:
        iri = None
    if iri and _kind_of(store, iri) == "place":
        return [Entity(iri, "place")]
    rows = _select(store, "SELECT DISTINCT ?p ?n WHERE { ?p a cg:Person ; schema:name ?n }")
    people = _people_named(rows, name)
    if people:
        return [Entity(p, "person") for p in people]
    known = {r["n"].value for r in rows}
    for u in load_gazetteer().units.values():
        if not u.is_district:
            known.update(v for v in (*u.names.values(), u.code) if v)
    raise QueryError(f"no place, person or agreement called {name!r} in the graph{did_you_mean(name, known)} "
                     "(give a code such as LA-HO, a name, or an IRI such as agreement:LA-HO--VN-21/2026-2030)")


def _people_named(rows: list[dict], name: str) -> list[str]:
    f, k = fold(name), name_key(name)
    exact = sorted({r["p"].value for r in rows if fold(r["n"].value) == f})
    if exact:
        return exact
    return sorted({r["p"].value for r in rows if name_key(r["n"].value) == k and k})


# ------------------------------------------------------------------ facts

def _sources(store, facts: list[str]) -> dict[str, list[tuple[str, int, str]]]:
    """For each fact IRI, (file name, sentence index, sentence text) of the sentences it was derived from."""
    if not facts:
        return {}
    values = " ".join(str(ox.NamedNode(f)) for f in sorted(set(facts)))
    rows = _select(store, f"""SELECT DISTINCT ?f ?file ?i ?text WHERE {{ VALUES ?f {{ {values} }}
        GRAPH ?g {{ ?f prov:wasDerivedFrom ?s . ?s cg:text ?text ; cg:inArticle ?a . ?a cg:fileName ?file .
                   OPTIONAL {{ ?s cg:index ?i }} }} }}""")
    out: dict[str, set] = defaultdict(set)
    for r in rows:
        i = int(r["i"].value) if "i" in r else 0
        out[r["f"].value].add((r["file"].value, i, r["text"].value))
    return {k: sorted(v) for k, v in out.items()}


def _v(r: dict, k: str) -> str:
    return r[k].value if k in r else ""


class _Labeller:
    """Labels of IRIs in one language (``labels.names``), fetched in one query per batch; also the card's words."""

    def __init__(self, store, lang: str):
        self.store, self.lang, self.cache = store, lang, {}
        self.words = WORDS[lang]

    def prefetch(self, rows: list[dict]) -> None:
        todo = {t.value for r in rows for t in r.values() if isinstance(t, ox.NamedNode)} - set(self.cache)
        found = labels.names(self.store, todo, self.lang)
        for i in todo:
            self.cache[i] = found.get(i) or shorten(i)

    def __call__(self, term) -> str:
        if term is None:
            return ""
        iri = term.value if isinstance(term, ox.NamedNode) else str(term)
        if iri not in self.cache:
            self.cache[iri] = labels.names(self.store, [iri], self.lang).get(iri) or shorten(iri)
        return self.cache[iri]

    def word(self, key: str, **fill) -> str:
        return self.words[key].format(**fill) if fill else self.words[key]

    def date(self, lit) -> str:
        """A date as the source gives it; a day and month without a year says so."""
        if lit is None:
            return ""
        v = lit.value
        return f"{v[2:]} ({self.word('year not stated')})" if v.startswith("--") else v

    def post_of(self, role, unit) -> str:
        """'Bí thư Tỉnh ủy Thanh Hóa' / 'Party Secretary of Thanh Hóa'."""
        return self.word("post of", post=self(role), unit=self(unit))


def place_facts(store, iri: str, lab: _Labeller) -> dict[str, list[Fact]]:
    e = ox.NamedNode(iri)
    sections: dict[str, list[Fact]] = {}

    rows = _select(store, """SELECT DISTINCT ?e ?p ?other ?code ?st WHERE {
        ?p a cg:Partnership ; cg:partner ?e, ?other . FILTER(?other != ?e)
        OPTIONAL { ?other cg:code ?code } ?p cg:status ?st }""", e=e)
    lab.prefetch(rows)
    by_p: dict[str, dict] = {}
    for r in rows:
        d = by_p.setdefault(r["p"].value, {"other": r["other"], "code": _v(r, "code"), "st": {}})
        d["st"][r["st"].value.rsplit("/", 1)[-1]] = r["st"]
    facts = []
    for p, d in by_p.items():
        statuses = sorted(d["st"], key=lambda s: (_RANK.get(s, 9), s))
        text = f"{d['code']} {lab(d['other'])} — " + ", ".join(lab(d["st"][s]) for s in statuses)
        facts.append(Fact(p, text))
    sections["Partners"] = sorted(facts, key=lambda f: f.text)

    sections["Agreements"] = _agreements(store, lab, _iris(store, """SELECT DISTINCT ?e ?x WHERE {
        ?x a cg:Agreement ; cg:party ?e }""", e=e))

    rows = _select(store, """SELECT DISTINCT ?e ?h ?person ?role ?name ?when WHERE {
        ?h a cg:PostHolding ; cg:unit ?e ; org:member ?person ; org:role ?role ; cg:statedName ?name .
        OPTIONAL { ?h cg:attestedOn ?when } }""", e=e)
    sections["Holders"] = _timeline(rows, lab, e)
    sections["Events"] = _events(store, lab, _iris(store, """SELECT DISTINCT ?e ?x WHERE { ?x a cg:Event .
        { ?x cg:party ?e } UNION { ?x cg:location ?e } }""", e=e))
    sections["Commitments"] = _commitments(store, lab, _iris(store, """SELECT DISTINCT ?e ?x WHERE {
        ?x a cg:Commitment . { ?x cg:giver ?e } UNION { ?x cg:receiver ?e } }""", e=e))
    return sections


def _iris(store, select: str, **bound) -> list[str]:
    """The distinct IRIs bound to ?x."""
    return sorted({r["x"].value for r in _select(store, select, **bound) if "x" in r})


def _group_holdings(rows: list[dict], unit_of) -> list[dict]:
    """One group per person, post and unit: the spellings used, the dates attested, the holdings (sources)."""
    groups: dict[tuple, dict] = {}
    for r in rows:
        unit = unit_of(r)
        key = (r["person"].value, r["role"].value, unit.value)
        g = groups.setdefault(key, {"person": r["person"], "role": r["role"], "unit": unit, "names": set(),
                                    "when": set(), "h": set()})
        g["names"].add(r["name"].value)
        if "when" in r:
            g["when"].add(r["when"])
        g["h"].add(r["h"].value)
    return list(groups.values())


def _dates(lab: _Labeller, when: set) -> list[str]:
    """Dates with a year first, in order; then those without."""
    return sorted((lab.date(d) for d in when), key=lambda s: (not s[:1].isdigit(), s))


def _holding_fact(g: dict, text: str) -> Fact:
    h = sorted(g["h"])
    return Fact(h[0], text, also=h[1:])


def _timeline(rows: list[dict], lab: _Labeller, unit) -> list[Fact]:
    """Who held each post of a place: a sub-heading per post, its holders from the first attested on, each with the
    span of days the articles attest them in it."""
    lab.prefetch(rows)
    facts = []
    for g in _group_holdings(rows, lambda r: unit):
        days = [d for d in _dates(lab, g["when"]) if d[:1].isdigit()]
        span = (f"{days[0]} – {days[-1]}" if days[0] != days[-1] else days[0]) if days else \
            lab.word("date not stated")
        who = " / ".join(sorted(g["names"]))
        fact = _holding_fact(g, f"{span}  {who}")
        fact.group = lab.post_of(g["role"], unit)
        # undated holders after the dated ones; then by person, so that the order never varies
        facts.append((fact.group, not days, days[0] if days else "", g["person"].value, fact))
    return [f for *_, f in sorted(facts, key=lambda t: t[:4])]


def _holdings(rows: list[dict], lab: _Labeller) -> list[Fact]:
    """A person's posts: one line per post and unit, with the spellings used and the dates attested."""
    lab.prefetch(rows)
    facts = []
    for g in _group_holdings(rows, lambda r: r["unit"]):
        text = f"{lab.post_of(g['role'], g['unit'])} ({lab.word('as', names=' / '.join(sorted(g['names'])))})"
        if g["when"]:
            text += f", {lab.word('attested')} {', '.join(_dates(lab, g['when']))}"
        facts.append(_holding_fact(g, text))
    return sorted(facts, key=lambda f: f.text)


def _agreements(store, lab: _Labeller, ags: list[str]) -> list[Fact]:
    facts = []
    for ag in ags:
        rows = _select(store, """SELECT ?ag ?kind ?party ?code ?first ?last ?signed ?at ?who ?field WHERE {
            ?ag cg:agreementKind ?kind ; cg:party ?party . OPTIONAL { ?party cg:code ?code }
            OPTIONAL { ?ag cg:period ?per . ?per cg:firstYear ?first ; cg:lastYear ?last }
            OPTIONAL { ?ag cg:signedOn ?signed } OPTIONAL { ?ag cg:signedAt ?at }
            OPTIONAL { ?ag cg:signatory ?who } OPTIONAL { ?ag cg:field ?field } }""", ag=ox.NamedNode(ag))
        lab.prefetch(rows)
        kinds = sorted({lab(r["kind"]) for r in rows})
        parties = sorted({f"{_v(r, 'code')} {lab(r['party'])}".strip() for r in rows})
        periods = sorted({f"{_v(r, 'first')}–{_v(r, 'last')}" for r in rows if "first" in r})
        signed = sorted({lab.date(r["signed"]) for r in rows if "signed" in r})
        at = sorted({lab(r["at"]) for r in rows if "at" in r})
        who = sorted({lab(r["who"]) for r in rows if "who" in r})
        fields = sorted({lab(r["field"]) for r in rows if "field" in r})
        text = f"{shorten(ag)}\n{'/'.join(kinds)}: " + " – ".join(parties)
        if periods:
            text += f", {', '.join(periods)}"
        if signed:
            text += f"; {lab.word('signed')} {' / '.join(signed)}"
        if at:
            text += f" {lab.word('at')} {', '.join(at)}"
        if who:
            text += f"; {lab.word('signatories')}: {', '.join(who)}"
        if fields:
            text += f"; {lab.word('fields')}: {', '.join(fields)}"
        facts.append(Fact(ag, text))
    return facts


def _events(store, lab: _Labeller, evs: list[str]) -> list[Fact]:
    facts = []
    for ev in evs:
        rows = _select(store, """SELECT ?ev ?kind ?party ?start ?end ?loc WHERE { ?ev cg:eventKind ?kind .
            OPTIONAL { ?ev cg:party ?party } OPTIONAL { ?ev cg:startDate ?start } OPTIONAL { ?ev cg:endDate ?end }
            OPTIONAL { ?ev cg:location ?loc } }""", ev=ox.NamedNode(ev))
        lab.prefetch(rows)
        kind = "/".join(sorted({lab(r["kind"]) for r in rows}))
        dates = sorted({lab.date(r["start"]) for r in rows if "start" in r})
        ends = sorted({lab.date(r["end"]) for r in rows if "end" in r})
        when = " / ".join(dates) + (f" {lab.word('to')} {' / '.join(ends)}" if ends else "")
        parties = sorted({lab(r["party"]) for r in rows if "party" in r})
        loc = sorted({lab(r["loc"]) for r in rows if "loc" in r})
        text = f"{when or lab.word('date not stated')}  {kind}: " + " – ".join(parties)
        if loc:
            text += f", {lab.word('at')} {', '.join(loc)}"
        facts.append(Fact(ev, text))
    return sorted(facts, key=lambda f: f.text)


def _commitments(store, lab: _Labeller, cs: list[str]) -> list[Fact]:
    facts = []
    for c in cs:
        rows = _select(store, """SELECT ?c ?giver ?receiver ?value ?cur ?purpose WHERE {
            ?c cg:giver ?giver ; cg:amount ?a . ?a schema:value ?value ; schema:currency ?cur .
            OPTIONAL { ?c cg:receiver ?receiver } OPTIONAL { ?c cg:purpose ?purpose } }
            ORDER BY ?value ?cur ?receiver ?purpose""", c=ox.NamedNode(c))
        lab.prefetch(rows)
        for r in rows[:1]:
            to = lab(r["receiver"]) if "receiver" in r else lab.word("shared")
            text = f"{lab(r['giver'])} → {to}: {amount(r['value'].value, r['cur'].value, lab.lang)}"
            if "purpose" in r:
                text += f" ({r['purpose'].value})"
            facts.append(Fact(c, text))
    return facts


def person_facts(store, iri: str, lab: _Labeller) -> dict[str, list[Fact]]:
    e = ox.NamedNode(iri)
    rows = _select(store, """SELECT DISTINCT ?e ?h ?person ?role ?unit ?name ?when WHERE {
        ?h a cg:PostHolding ; org:member ?e ; org:role ?role ; cg:unit ?unit ; cg:statedName ?name .
        BIND(?e AS ?person)
        OPTIONAL { ?h cg:attestedOn ?when } }""", e=e)
    sections = {"Posts held": _holdings(rows, lab)}
    sections["Agreements signed or witnessed"] = _agreements(
        store, lab, _iris(store, "SELECT DISTINCT ?e ?x WHERE { ?x cg:signatory|cg:witness ?e }", e=e))
    sections["Events"] = _events(store, lab, _iris(store, "SELECT DISTINCT ?e ?x WHERE { ?x cg:participant ?e }", e=e))
    return sections


def agreement_facts(store, iri: str, lab: _Labeller) -> dict[str, list[Fact]]:
    e = ox.NamedNode(iri)
    sections = {"Agreement": _agreements(store, lab, [iri])}
    sections["Events"] = _events(store, lab, _iris(store, "SELECT DISTINCT ?e ?x WHERE { ?x cg:concerns ?e }", e=e))
    return sections


def other_facts(store, iri: str, lab: _Labeller) -> dict[str, list[Fact]]:
    rows = _select(store, "SELECT DISTINCT ?e ?p ?o WHERE { ?e ?p ?o }", e=ox.NamedNode(iri))
    lab.prefetch(rows)
    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

    def pred(iri: str) -> str:
        return "a" if iri == rdf_type else shorten(iri)

    text = "\n".join(sorted({f"{pred(r['p'].value)}: {lab(r['o']) if isinstance(r['o'], ox.NamedNode) else r['o'].value}"
                             for r in rows if r["p"].value != PREFIXES["prov"] + "wasDerivedFrom"}))
    return {"Statements": [Fact(iri, text)]}


# ------------------------------------------------------------------ the card

def _header(store, ent: Entity, lab: _Labeller) -> list[str]:
    e = ox.NamedNode(ent.iri)
    lines = [f"{lab(e)}  ({lab.word(ent.kind)}, {shorten(ent.iri)})"]
    if ent.kind == "place":
        rows = _select(store, """SELECT ?e ?l ?alt ?code ?country ?from ?until ?by WHERE {
            OPTIONAL { ?e rdfs:label ?l } OPTIONAL { ?e skos:altLabel ?alt } OPTIONAL { ?e cg:code ?code }
            OPTIONAL { ?e cg:inCountry ?country } OPTIONAL { ?e cg:validFrom ?from }
            OPTIONAL { ?e cg:validUntil ?until } OPTIONAL { ?e cg:replacedBy ?by } }""", e=e)
        lab.prefetch(rows)
        names = sorted({f"{r['l'].value} ({r['l'].language})" for r in rows if "l" in r and r["l"].language})
        alts = sorted({r["alt"].value for r in rows if "alt" in r})
        codes = sorted({r["code"].value for r in rows if "code" in r})
        country = sorted({lab(r["country"]) for r in rows if "country" in r})
        if names:
            lines.append(f"  {lab.word('names')}: " + ", ".join(names))
        if alts:
            lines.append(f"  {lab.word('also written')}: " + ", ".join(alts))
        if codes:
            lines.append(f"  {lab.word('code')}: " + ", ".join(codes)
                         + (f"; {lab.word('in')} {', '.join(country)}" if country else ""))
        valid = sorted({f"{_v(r, 'from') or '…'} {lab.word('to')} {_v(r, 'until') or lab.word('today')}"
                        for r in rows if "from" in r or "until" in r})
        if valid:
            lines.append(f"  {lab.word('valid')}: " + "; ".join(valid))
        by = sorted({lab(r["by"]) for r in rows if "by" in r})
        if by:
            lines.append(f"  {lab.word('replaced by')}: " + ", ".join(by))
    elif ent.kind == "person":
        rows = _select(store, "SELECT ?e ?n WHERE { ?e schema:name ?n }", e=e)
        names = sorted({r["n"].value for r in rows})
        if names:
            lines.append(f"  {lab.word('spellings')}: " + " / ".join(names))
    return lines


def _wrap(text: str, width: int, first: str, rest: str) -> list[str]:
    """One logical line as terminal lines: words kept whole unless one is longer than a line."""
    return textwrap.wrap(text, width=width, initial_indent=first, subsequent_indent=rest,
                         break_on_hyphens=False, break_long_words=True) or [first.rstrip()]


def card(ds, name: str, lang: str = "vi", max_sources: int = 3, width: int = 100) -> str:
    """The text card(s) of the entity or entities ``name`` stands for, every line at most ``width`` characters
    (40 at least)."""
    if lang not in WORDS:
        raise QueryError(f"unknown language {lang!r} (use one of: {', '.join(WORDS)})")
    width = max(width, 40)
    store = ds.store
    out = []
    for ent in find(ds, name):
        lab = _Labeller(store, lang)
        sections = {"place": place_facts, "person": person_facts, "agreement": agreement_facts}.get(
            ent.kind, other_facts)(store, ent.iri, lab)
        srcs = _sources(store, [i for fs in sections.values() for f in fs for i in (f.iri, *f.also)])
        fixed = touched_by(store, [ent.iri, *(i for fs in sections.values() for f in fs for i in (f.iri, *f.also))])
        lines: list[str] = []
        for i, line in enumerate(_header(store, ent, lab) + [f"✎ {t.text(lang)}" for t in fixed.get(ent.iri, [])]):
            lines.extend(_wrap(line.strip(), width, "" if i == 0 else "  ", "    "))
        for title, facts in sections.items():
            if not facts:
                continue
            lines.append("")
            lines.extend(_wrap(f"{lab.word(title)} ({len(facts)})", width, "", "  "))
            group = None
            for f in facts:
                pad = ""
                if f.group:
                    pad = "  "
                    if f.group != group:
                        lines.extend(_wrap(f.group, width, "  ", "    "))
                        group = f.group
                first, *more = f.text.split("\n")
                lines.extend(_wrap(first, width, f"{pad}  • ", f"{pad}    "))
                notes = sorted({t for i in (f.iri, *f.also) for t in fixed.get(i, [])})     # analysts' corrections
                for x in more + [f"✎ {t.text(lang)}" for t in notes]:
                    lines.extend(_wrap(x, width, f"{pad}    ", f"{pad}      "))
                found = sorted({s for i in (f.iri, *f.also) for s in srcs.get(i, [])})
                for file, _i, text in found[:max_sources]:
                    lines.extend(_wrap(f"{file}: “{text}”", width, f"{pad}      ", f"{pad}        "))
                if len(found) > max_sources:
                    lines.extend(_wrap(lab.word("more", n=len(found) - max_sources), width, f"{pad}      ",
                                       f"{pad}        "))
        out.append("\n".join(lines) + "\n")
    return "\n".join(out)
