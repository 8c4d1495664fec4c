"""A person's view of one entity: what the graph knows about a place, a person or an agreement, with sources.

``card(ds, "LA-HO")`` answers with text: names and codes, partners with status, agreements, posts held and when,
events, commitments, and for each fact the article file and the sentence it came from. Everything is read with
SPARQL from the store of ``store.open_dataset``; labels follow the chosen language (vi or en).
"""
from __future__ import annotations

import textwrap
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field

import pyoxigraph as ox

from .corrections import touched_by
from .query.formatting import label_map, shorten
from .query.questions import IRI_OK, QueryError, expand_iri, resolve_place
from .rdfmap import PREFIXES
from .text import fold, name_key

CG = "https://w3id.org/coopgraph/ontology#"
_PREFIX_LINES = "\n".join(f"PREFIX {p}: <{ns}>" for p, ns in PREFIXES.items()) + "\n"
_RANK = {"agreement": 0, "talks": 1, "relation": 2}


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


# ------------------------------------------------------------------ finding the entity

def _select(store: ox.Store, query: str, **bound) -> list[dict]:
    """Rows of a SELECT as dicts; ``bound`` variables are substituted as RDF terms (they must be projected)."""
    subs = {ox.Variable(k): v for k, v in bound.items()}
    res = store.query(_PREFIX_LINES + query, use_default_graph_as_union=True, substitutions=subs or None)
    names = [v.value for v in res.variables]
    return [{n: sol[n] for n in names if sol[n] is not None} for sol in res]


def _kind_of(store: ox.Store, iri: str) -> str | None:
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
        if not IRI_OK.match(iri):
            raise QueryError(f"not an IRI: {name!r}")
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
    people = _people_named(store, name)
    if people:
        return [Entity(p, "person") for p in people]
    raise QueryError(f"no place, person or agreement called {name!r} in the graph "
                     "(give a code such as LA-HO, a name, or an IRI such as agreement:LA-HO--VN-21/2026-2030)")


def _people_named(store: ox.Store, name: str) -> list[str]:
    rows = _select(store, "SELECT DISTINCT ?p ?n WHERE { ?p a cg:Person ; schema:name ?n }")
    f, k = fold(name), name_key(name)
    exact = sorted({r["p"].value for r in rows if fold(r["n"].value) == f})
    if exact:
        return exact
    return sorted({r["p"].value for r in rows if name_key(r["n"].value) == k and k})


# ------------------------------------------------------------------ facts

def _sources(store: ox.Store, facts: list[str]) -> dict[str, list[tuple[str, int, str]]]:
    """For each fact IRI, (file name, sentence index, sentence text) of the sentences it was derived from."""
    if not facts:
        return {}
    values = " ".join(f"<{f}>" for f in sorted(set(facts)) if IRI_OK.match(f))
    rows = _select(store, f"""SELECT DISTINCT ?f ?file ?i ?text WHERE {{ VALUES ?f {{ {values} }}
        GRAPH ?g {{ ?f prov:wasDerivedFrom ?s . ?s cg:text ?text ; cg:inArticle ?a . ?a cg:fileName ?file .
                   OPTIONAL {{ ?s cg:index ?i }} }} }}""")
    out: dict[str, set] = defaultdict(set)
    for r in rows:
        i = int(r["i"].value) if "i" in r else 0
        out[r["f"].value].add((r["file"].value, i, r["text"].value))
    return {k: sorted(v) for k, v in out.items()}


def _date(lit) -> str:
    if lit is None:
        return ""
    v = lit.value
    return f"{v[2:]} (year not stated)" if v.startswith("--") else v


def _v(r: dict, k: str) -> str:
    return r[k].value if k in r else ""


class _Labeller:
    """Labels of IRIs in one language, fetched in one query per batch."""

    def __init__(self, store: ox.Store, lang: str):
        self.store, self.lang, self.cache = store, lang, {}

    def prefetch(self, rows: list[dict]) -> None:
        todo = {t.value for r in rows for t in r.values() if isinstance(t, ox.NamedNode)} - set(self.cache)
        found = label_map(self.store, todo, self.lang)
        for i in todo:
            self.cache[i] = found.get(i) or shorten(i)

    def __call__(self, term) -> str:
        if term is None:
            return ""
        iri = term.value if isinstance(term, ox.NamedNode) else str(term)
        if iri not in self.cache:
            self.cache[iri] = label_map(self.store, [iri], self.lang).get(iri) or shorten(iri)
        return self.cache[iri]


def place_facts(store: ox.Store, iri: str, lab: _Labeller) -> dict[str, list[Fact]]:
    e = ox.NamedNode(iri)
    sections: dict[str, list[Fact]] = {}

    rows = _select(store, """SELECT DISTINCT ?e ?p ?other ?code ?st WHERE {
        ?p a cg:Partnership ; cg:partner ?e, ?other . FILTER(?other != ?e)
        OPTIONAL { ?other cg:code ?code } ?p cg:status ?st }""", e=e)
    lab.prefetch(rows)
    by_p: dict[str, dict] = {}
    for r in rows:
        d = by_p.setdefault(r["p"].value, {"other": r["other"], "code": _v(r, "code"), "st": set()})
        d["st"].add(r["st"].value.rsplit("/", 1)[-1])
    facts = []
    for p, d in by_p.items():
        statuses = sorted(d["st"], key=lambda s: _RANK.get(s, 9))
        text = f"{d['code']} {lab(d['other'])} — " + ", ".join(
            lab(ox.NamedNode(PREFIXES['status'] + s)) for s in statuses)
        facts.append(Fact(p, text))
    sections["Partners"] = sorted(facts, key=lambda f: f.text)

    sections["Agreements"] = _agreements(store, lab, _iris(store, """SELECT DISTINCT ?e ?x WHERE {
        ?x a cg:Agreement ; cg:party ?e }""", e=e))

    rows = _select(store, """SELECT DISTINCT ?e ?h ?person ?role ?name ?when ?unit WHERE {
        ?h a cg:PostHolding ; cg:unit ?e ; org:member ?person ; org:role ?role ; cg:statedName ?name .
        BIND(?e AS ?unit)
        OPTIONAL { ?h cg:attestedOn ?when } }""", e=e)
    sections["Posts held"] = _holdings(rows, lab, with_unit=False)
    sections["Events"] = _events(store, lab, _iris(store, """SELECT DISTINCT ?e ?x WHERE { ?x a cg:Event .
        { ?x cg:party ?e } UNION { ?x cg:location ?e } }""", e=e))
    sections["Commitments"] = _commitments(store, lab, _iris(store, """SELECT DISTINCT ?e ?x WHERE {
        ?x a cg:Commitment . { ?x cg:giver ?e } UNION { ?x cg:receiver ?e } }""", e=e))
    return sections


def _iris(store: ox.Store, select: str, **bound) -> list[str]:
    """The distinct IRIs bound to ?x."""
    return sorted({r["x"].value for r in _select(store, select, **bound) if "x" in r})


def _holdings(rows: list[dict], lab: _Labeller, with_unit: bool) -> list[Fact]:
    """One line per person, post and unit: the spellings used and the dates attested, all holdings' sources."""
    lab.prefetch(rows)
    groups: dict[tuple, dict] = {}
    for r in rows:
        key = (r["person"].value, r["role"].value, r["unit"].value)
        g = groups.setdefault(key, {"r": r, "names": set(), "when": set(), "h": []})
        g["names"].add(r["name"].value)
        if "when" in r:
            g["when"].add(_date(r["when"]))
        if r["h"].value not in g["h"]:
            g["h"].append(r["h"].value)
    facts = []
    for g in groups.values():
        r, who = g["r"], " / ".join(sorted(g["names"]))
        text = f"{lab(r['role'])} — {who}" if not with_unit else f"{lab(r['role'])} of {lab(r['unit'])} (as {who})"
        if g["when"]:
            text += f", attested {', '.join(sorted(g['when']))}"
        facts.append(Fact(g["h"][0], text, also=g["h"][1:]))
    return sorted(facts, key=lambda f: f.text)


def _agreements(store: ox.Store, lab: _Labeller, ags: list[str]) -> list[Fact]:
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
        signed = sorted({_date(r["signed"]) for r in rows if "signed" in r})
        at = sorted({lab(r["at"]) for r in rows if "at" in r})
        who = sorted({lab(r["who"]) for r in rows if "who" in r})
        fields = sorted({lab(r["field"]) for r in rows if "field" in r})
        text = f"{shorten(ag)}\n{'/'.join(kinds)}: " + " – ".join(parties)
        if periods:
            text += f", {', '.join(periods)}"
        if signed:
            text += f"; signed {' / '.join(signed)}"
        if at:
            text += f" at {', '.join(at)}"
        if who:
            text += f"; signatories: {', '.join(who)}"
        if fields:
            text += f"; fields: {', '.join(fields)}"
        facts.append(Fact(ag, text))
    return facts


def _events(store: ox.Store, lab: _Labeller, evs: list[str]) -> list[Fact]:
    facts = []
    for ev in evs:
        rows = _select(store, """SELECT ?ev ?kind ?party ?start ?end ?loc WHERE { ?ev cg:eventKind ?kind .
            OPTIONAL { ?ev cg:party ?party } OPTIONAL { ?ev cg:startDate ?start } OPTIONAL { ?ev cg:endDate ?end }
            OPTIONAL { ?ev cg:location ?loc } }""", ev=ox.NamedNode(ev))
        lab.prefetch(rows)
        kind = "/".join(sorted({lab(r["kind"]) for r in rows}))
        dates = sorted({_date(r["start"]) for r in rows if "start" in r})
        ends = sorted({_date(r["end"]) for r in rows if "end" in r})
        when = " / ".join(dates) + (f" to {' / '.join(ends)}" if ends else "")
        parties = sorted({lab(r["party"]) for r in rows if "party" in r})
        loc = sorted({lab(r["loc"]) for r in rows if "loc" in r})
        text = f"{when or 'date not stated'}  {kind}: " + " – ".join(parties)
        if loc:
            text += f", at {', '.join(loc)}"
        facts.append(Fact(ev, text))
    return sorted(facts, key=lambda f: f.text)


def _commitments(store: ox.Store, lab: _Labeller, cs: list[str]) -> list[Fact]:
    facts = []
    for c in cs:
        rows = _select(store, """SELECT ?c ?giver ?receiver ?value ?cur ?purpose WHERE {
            ?c cg:giver ?giver ; cg:amount ?a . ?a schema:value ?value ; schema:currency ?cur .
            OPTIONAL { ?c cg:receiver ?receiver } OPTIONAL { ?c cg:purpose ?purpose } }""", c=ox.NamedNode(c))
        lab.prefetch(rows)
        for r in rows[:1]:
            amount = _amount(r["value"].value)
            to = lab(r["receiver"]) if "receiver" in r else "several, shared"
            text = f"{lab(r['giver'])} → {to}: {amount} {r['cur'].value}"
            if "purpose" in r:
                text += f" ({r['purpose'].value})"
            facts.append(Fact(c, text))
    return facts


def _amount(v: str) -> str:
    try:
        n = float(v)
    except ValueError:
        return v
    return f"{int(n):,}".replace(",", " ") if n == int(n) else v


def person_facts(store: ox.Store, iri: str, lab: _Labeller) -> dict[str, list[Fact]]:
    e = ox.NamedNode(iri)
    rows = _select(store, """SELECT DISTINCT ?e ?h ?person ?role ?unit ?name ?when WHERE {
        ?h a cg:PostHolding ; org:member ?e ; org:role ?role ; cg:unit ?unit ; cg:statedName ?name .
        BIND(?e AS ?person)
        OPTIONAL { ?h cg:attestedOn ?when } }""", e=e)
    sections = {"Posts held": _holdings(rows, lab, with_unit=True)}
    sections["Agreements signed or witnessed"] = _agreements(
        store, lab, _iris(store, "SELECT DISTINCT ?e ?x WHERE { ?x cg:signatory|cg:witness ?e }", e=e))
    sections["Events"] = _events(store, lab, _iris(store, "SELECT DISTINCT ?e ?x WHERE { ?x cg:participant ?e }", e=e))
    return sections


def agreement_facts(store: ox.Store, iri: str, lab: _Labeller) -> dict[str, list[Fact]]:
    e = ox.NamedNode(iri)
    sections = {"Agreement": _agreements(store, lab, [iri])}
    sections["Events"] = _events(store, lab, _iris(store, "SELECT DISTINCT ?e ?x WHERE { ?x cg:concerns ?e }", e=e))
    return sections


def other_facts(store: ox.Store, iri: str, lab: _Labeller) -> dict[str, list[Fact]]:
    rows = _select(store, "SELECT DISTINCT ?e ?p ?o WHERE { ?e ?p ?o }", e=ox.NamedNode(iri))
    lab.prefetch(rows)
    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

    def pred(iri: str) -> str:
        return "a" if iri == rdf_type else shorten(iri)

    text = "\n".join(sorted({f"{pred(r['p'].value)}: {lab(r['o']) if isinstance(r['o'], ox.NamedNode) else r['o'].value}"
                             for r in rows if r["p"].value != PREFIXES["prov"] + "wasDerivedFrom"}))
    return {"Statements": [Fact(iri, text)]}


# ------------------------------------------------------------------ the card

def _header(store: ox.Store, ent: Entity, lab: _Labeller, lang: str) -> list[str]:
    e = ox.NamedNode(ent.iri)
    lines = [f"{lab(e)}  ({ent.kind}, {shorten(ent.iri)})"]
    if ent.kind == "place":
        rows = _select(store, """SELECT ?e ?l ?alt ?code ?country ?from ?until ?by WHERE {
            OPTIONAL { ?e rdfs:label ?l } OPTIONAL { ?e skos:altLabel ?alt } OPTIONAL { ?e cg:code ?code }
            OPTIONAL { ?e cg:inCountry ?country } OPTIONAL { ?e cg:validFrom ?from }
            OPTIONAL { ?e cg:validUntil ?until } OPTIONAL { ?e cg:replacedBy ?by } }""", e=e)
        lab.prefetch(rows)
        labels = sorted({f"{r['l'].value} ({r['l'].language})" for r in rows if "l" in r and r["l"].language})
        alts = sorted({r["alt"].value for r in rows if "alt" in r})
        codes = sorted({r["code"].value for r in rows if "code" in r})
        country = sorted({lab(r["country"]) for r in rows if "country" in r})
        if labels:
            lines.append("  names: " + ", ".join(labels))
        if alts:
            lines.append("  also written: " + ", ".join(alts))
        if codes:
            lines.append("  code: " + ", ".join(codes) + (f"; in {', '.join(country)}" if country else ""))
        valid = sorted({f"{_v(r, 'from') or '…'} to {_v(r, 'until') or 'today'}" for r in rows
                        if "from" in r or "until" in r})
        if valid:
            lines.append("  valid: " + "; ".join(valid))
        by = sorted({lab(r["by"]) for r in rows if "by" in r})
        if by:
            lines.append("  replaced by: " + ", ".join(by))
    elif ent.kind == "person":
        rows = _select(store, "SELECT ?e ?n WHERE { ?e schema:name ?n }", e=e)
        names = sorted({r["n"].value for r in rows})
        if names:
            lines.append("  spellings in the sources: " + " / ".join(names))
    return lines


def card(ds, name: str, lang: str = "vi", max_sources: int = 3, width: int = 100) -> str:
    """The text card(s) of the entity or entities ``name`` stands for."""
    store = ds.store
    out = []
    for ent in find(ds, name):
        lab = _Labeller(store, lang)
        sections = {"place": place_facts, "person": person_facts, "agreement": agreement_facts}.get(
            ent.kind, other_facts)(store, ent.iri, lab)
        srcs = _sources(store, [i for fs in sections.values() for f in fs for i in (f.iri, *f.also)])
        fixed = touched_by(store, [ent.iri, *(i for fs in sections.values() for f in fs for i in (f.iri, *f.also))])
        lines = _header(store, ent, lab, lang) + [f"  ✎ {t}" for t in fixed.get(ent.iri, [])]
        for title, facts in sections.items():
            if not facts:
                continue
            lines.append("")
            lines.append(f"{title} ({len(facts)})")
            for f in facts:
                first, *rest = f.text.split("\n")
                lines.append(f"  • {first}")
                lines.extend(f"    ✎ {t}" for t in sorted({t for i in (f.iri, *f.also) for t in fixed.get(i, [])}, key=str))
                lines.extend(f"    {x}" for x in rest)
                found = sorted({s for i in (f.iri, *f.also) for s in srcs.get(i, [])})
                for file, _i, text in found[:max_sources]:
                    lines.extend(textwrap.wrap(f"{file}: “{text}”", width=width,
                                               initial_indent="      ", subsequent_indent="        "))
                if len(found) > max_sources:
                    lines.append(f"      … and {len(found) - max_sources} more sentence(s) (--all-sources)")
        out.append("\n".join(lines) + "\n")
    return "\n".join(out)
