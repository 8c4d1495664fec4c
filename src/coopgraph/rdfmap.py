"""Facts → RDF. The only module that knows IRIs (see docs/architecture.md for the patterns)."""
from __future__ import annotations

import hashlib
import re
from decimal import Decimal

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, SKOS

from .facts import ArticleFacts, Correction, Evidence, PartialDate
from .gazetteer import Gazetteer, Unit
from .text import name_key, slug

BASE = "https://w3id.org/coopgraph/"
CG = Namespace(BASE + "ontology#")
ORG = Namespace("http://www.w3.org/ns/org#")
PROV = Namespace("http://www.w3.org/ns/prov#")
TIME = Namespace("http://www.w3.org/2006/time#")
SCHEMA = Namespace("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")
PLACE = Namespace(BASE + "place/")
CONCEPT = Namespace(BASE + "concept/")
REFERENCE_GRAPH = URIRef(BASE + "graph/reference")
ONTOLOGY_GRAPH = URIRef(BASE + "graph/ontology")
# the analysts' corrections (corrections.yaml beside the articles), written by build as a graph of their own
CORRECTIONS_GRAPH = URIRef(BASE + "graph/corrections")
CORRECTIONS_NAME = "corrections"        # its Turtle file in the output folder: corrections.ttl (no article has that id)

PREFIXES = {
    "cg": CG, "org": ORG, "prov": PROV, "time": TIME, "schema": SCHEMA, "skos": SKOS, "dcterms": DCTERMS,
    "owl": OWL, "xsd": XSD, "rdfs": RDFS, "wd": WD, "place": PLACE,
    "post": Namespace(BASE + "concept/post/"), "field": Namespace(BASE + "concept/field/"),
    "status": Namespace(BASE + "concept/status/"), "evkind": Namespace(BASE + "concept/event-kind/"),
    "agkind": Namespace(BASE + "concept/agreement-kind/"), "bodykind": Namespace(BASE + "concept/body-kind/"),
    "person": Namespace(BASE + "person/"), "article": Namespace(BASE + "article/"),
    "agreement": Namespace(BASE + "agreement/"), "event": Namespace(BASE + "event/"),
    "partnership": Namespace(BASE + "partnership/"), "holding": Namespace(BASE + "holding/"),
    "position": Namespace(BASE + "position/"), "body": Namespace(BASE + "body/"),
    "commitment": Namespace(BASE + "commitment/"), "period": Namespace(BASE + "period/"),
    "correction": Namespace(BASE + "correction/"), "editor": Namespace(BASE + "editor/"),
}

_KIND_CLASS = {"province": CG.Province, "central-city": CG.CentralCity, "capital-prefecture": CG.CapitalPrefecture,
               "municipality": CG.Municipality, "district": CG.District, "country": CG.Country}

# Which body a post sits in (W3C ORG: org:postIn).
_POST_BODY = {
    "party-secretary": "party-committee", "deputy-party-secretary": "party-committee",
    "standing-committee-member": "party-committee", "people-committee-chair": "people-committee",
    "people-committee-vice-chair": "people-committee", "people-council-chair": "people-council",
    "people-council-vice-chair": "people-council", "governor": "provincial-administration",
    "vice-governor": "provincial-administration", "na-delegation-head": "na-delegation",
    "general-secretary": "national-party", "politburo-member": "national-party",
    "secretariat-member": "national-party", "central-committee-member": "national-party",
    "president": "national-government", "prime-minister": "national-government",
}


# ------------------------------------------------------------------ IRIs

def concept(scheme: str, code: str) -> URIRef:
    return URIRef(f"{BASE}concept/{scheme}/{code}")


def place_iri(uid: str) -> URIRef:
    return URIRef(BASE + "place/" + "/".join(slug(p) for p in uid.split("/")))


def article_iri(article_id: str) -> URIRef:
    return URIRef(f"{BASE}article/{slug(article_id)}")


def graph_for_name(stem: str) -> URIRef:
    """The named graph of a Turtle file of build's output, from its name: the article's, or the corrections'."""
    return CORRECTIONS_GRAPH if stem == CORRECTIONS_NAME else article_iri(stem)


def sentence_iri(article_id: str, index: int) -> URIRef:
    return URIRef(f"{BASE}article/{slug(article_id)}/s{index}")


# an article's url header becomes schema:url only when it is a plain absolute http(s) IRI: no spaces,
# control characters or characters that Turtle cannot hold in an IRI, and a host. Anything else is left out.
_SAFE_URL = re.compile(r"^https?://[^\x00-\x20<>\"{}|\\^`\x7f/?#]+(?:[/?#][^\x00-\x20<>\"{}|\\^`\x7f]*)?$")


def _safe_url(url: str) -> bool:
    if len(url) > 2000 or not _SAFE_URL.match(url):
        return False
    try:   # Oxigraph's full IRI check (percent escapes, host syntax)
        import pyoxigraph as ox

        ox.NamedNode(url)
    except ValueError:
        return False
    return True


def person_iri(home: str, name: str) -> URIRef:
    return URIRef(f"{BASE}person/{slug(home)}/{name_key(name) or 'unnamed'}")


def _parties_slug(parties) -> str:
    return "--".join(sorted(slug(p) for p in parties))


def partnership_iri(a: str, b: str) -> URIRef:
    return URIRef(f"{BASE}partnership/{_parties_slug((a, b))}")


def body_iri(uid: str, kind: str) -> URIRef:
    return URIRef(f"{BASE}body/{slug(uid)}/{kind}")


def position_iri(uid: str, post: str) -> URIRef:
    return URIRef(f"{BASE}position/{slug(uid)}/{post}")


def period_iri(first: int, last: int) -> URIRef:
    return URIRef(f"{BASE}period/{first}-{last}")


def date_literal(d: PartialDate) -> Literal | None:
    """A partial date as the XSD type that says exactly what is known."""
    if d is None or (d.year is None and not (d.month and d.day)):
        return None
    if d.year is None:
        return Literal(d.iso(), datatype=XSD.gMonthDay)
    if d.month is None:
        return Literal(d.iso(), datatype=XSD.gYear)
    if d.day is None:
        return Literal(d.iso(), datatype=XSD.gYearMonth)
    return Literal(d.iso(), datatype=XSD.date)


def new_graph() -> Graph:
    g = Graph()
    for p, ns in PREFIXES.items():
        g.bind(p, ns, override=True)
    return g


# ------------------------------------------------------------------ one article

def article_graph(facts: ArticleFacts, gaz: Gazetteer) -> Graph:
    """All triples of one article (its named graph): the article, evidence sentences and facts."""
    g = new_graph()
    art = facts.article
    a_iri = article_iri(art.id)
    g.add((a_iri, RDF.type, CG.Article))
    g.add((a_iri, RDF.type, SCHEMA.NewsArticle))
    g.add((a_iri, CG.fileName, Literal(art.file_name)))
    if art.url and _safe_url(art.url):
        g.add((a_iri, SCHEMA.url, URIRef(art.url)))
    if art.title:
        g.add((a_iri, SCHEMA.headline, Literal(art.title, lang=art.language)))
    if art.published:
        lit = date_literal(art.published)
        if lit is not None:
            g.add((a_iri, SCHEMA.datePublished, lit))
    g.add((a_iri, SCHEMA.inLanguage, Literal(art.language)))
    if art.content_hash:
        g.add((a_iri, CG.contentHash, Literal(art.content_hash)))

    def claim(node: URIRef, fact) -> None:
        """How sure the extractor is of a fact, and the rule it rests on."""
        g.add((node, CG.confidence, Literal(Decimal(f"{fact.confidence:.2f}"), datatype=XSD.decimal)))
        if fact.rule:
            g.add((node, CG.rule, Literal(fact.rule)))

    def evidence(node: URIRef, *evs: Evidence) -> None:
        for ev in evs:
            s = sentence_iri(art.id, ev.index)
            g.add((node, PROV.wasDerivedFrom, s))
            g.add((s, RDF.type, CG.Sentence))
            g.add((s, CG.text, Literal(ev.text, lang=art.language)))
            g.add((s, CG["index"], Literal(ev.index)))
            g.add((s, CG.inArticle, a_iri))

    people: dict[tuple[str, str], URIRef] = {}

    def person(name: str, home: str) -> URIRef:
        # keyed by name AND home unit: two people of the same name from different units stay two nodes
        p = people.get((name, home))
        if p is None:
            p = person_iri(home, name)
            people[(name, home)] = p
        g.add((p, RDF.type, CG.Person))
        g.add((p, SCHEMA.name, Literal(name)))
        g.add((p, RDFS.label, Literal(name)))
        return p

    # officials: post holdings attested at the article's date
    for o in facts.officials:
        home = o.home or o.unit
        p = person(o.name, home)
        pos = position_iri(o.unit, o.post)
        g.add((pos, RDF.type, ORG.Post))
        g.add((pos, RDFS.label, Literal(f"{_words(o.post)} of {_place_label(gaz, o.unit)}", lang="en")))
        g.add((pos, CG.postType, concept("post", o.post)))
        g.add((pos, CG.postOf, place_iri(o.unit)))
        body_kind = _POST_BODY.get(o.post)
        if body_kind:
            b = body_iri(o.unit, body_kind)
            g.add((pos, ORG.postIn, b))
            _body(g, b, o.unit, body_kind, gaz)
        h = URIRef(f"{BASE}holding/{slug(art.id)}/{slug(o.unit)}/{o.post}/{name_key(o.name) or 'unnamed'}")
        g.add((h, RDF.type, CG.PostHolding))
        g.add((h, ORG.member, p))
        g.add((h, CG.holdsPost, pos))
        g.add((h, ORG.role, concept("post", o.post)))
        g.add((h, CG.unit, place_iri(o.unit)))
        g.add((h, CG.statedName, Literal(o.name)))
        if art.published and date_literal(art.published) is not None:
            g.add((h, CG.attestedOn, date_literal(art.published)))
        g.add((p, ORG.holds, pos))
        evidence(h, o.evidence)
        claim(h, o)

    home_of = {o.name: (o.home or o.unit) for o in facts.officials}

    for pt in facts.partnerships:
        n = partnership_iri(pt.a, pt.b)
        g.add((n, RDF.type, CG.Partnership))
        g.add((n, CG.partner, place_iri(pt.a)))
        g.add((n, CG.partner, place_iri(pt.b)))
        g.add((n, CG.status, concept("status", pt.status)))
        evidence(n, pt.evidence)
        claim(n, pt)

    for ag in facts.agreements:
        n = agreement_iri(ag, art.id)
        g.add((n, RDF.type, CG.Agreement))
        for party in ag.parties:
            g.add((n, CG.party, place_iri(party)))
            if ag.body:
                kind = ag.body if ag.body != "people-committee" or gaz.country_of(party) == "VN" \
                    else "provincial-administration"
                b = body_iri(party, kind)
                _body(g, b, party, kind, gaz)
                g.add((n, CG.partyBody, b))
        g.add((n, CG.agreementKind, concept("agreement-kind", ag.kind)))
        if ag.period:
            per = period_iri(*ag.period)
            g.add((n, CG.period, per))
            g.add((per, RDF.type, TIME.ProperInterval))
            g.add((per, CG.firstYear, Literal(ag.period[0])))
            g.add((per, CG.lastYear, Literal(ag.period[1])))
        lit = date_literal(ag.signed) if ag.signed else None
        if lit is not None:
            g.add((n, CG.signedOn, lit))
        if ag.place:
            g.add((n, CG.signedAt, place_iri(ag.place)))
        for s in ag.signatories:
            g.add((n, CG.signatory, person(s, home_of.get(s, ag.parties[0]))))
        for w in ag.witnesses:
            g.add((n, CG.witness, person(w, home_of.get(w, ag.parties[0]))))
        for f in ag.fields:
            g.add((n, CG.field, concept("field", f)))
        if ag.predecessor_period:
            prev = next(b for b in facts.agreements if b.period == ag.predecessor_period and set(b.parties) == set(ag.parties))
            g.add((n, CG.predecessor, agreement_iri(prev, art.id)))
        evidence(n, ag.evidence, *ag.more_evidence)
        claim(n, ag)

    for ev in facts.events:
        n = event_iri(ev.kind, ev.parties, ev.start, art.id)
        g.add((n, RDF.type, CG.Event))
        g.add((n, RDF.type, SCHEMA.Event))
        g.add((n, CG.eventKind, concept("event-kind", ev.kind)))
        for party in ev.parties:
            g.add((n, CG.party, place_iri(party)))
        for attr, d in ((CG.startDate, ev.start), (CG.endDate, ev.end)):
            lit = date_literal(d) if d else None
            if lit is not None:
                g.add((n, attr, lit))
        if ev.place:
            g.add((n, CG.location, place_iri(ev.place)))
        for p in ev.participants:
            g.add((n, CG.participant, person(p, home_of.get(p, ev.parties[0]))))
        evidence(n, ev.evidence)
        claim(n, ev)
        if ev.kind == "signing":
            for ag in facts.agreements:
                if set(ag.parties) == set(ev.parties) and ag.signed == ev.start:
                    g.add((n, CG.concerns, agreement_iri(ag, art.id)))

    for c in facts.commitments:
        # a sum shared by several receivers, none of whom is said, has no cg:receiver ("shared" in its IRI)
        n = URIRef(f"{BASE}commitment/{slug(c.giver)}--{slug(c.receiver) if c.receiver else 'shared'}/{c.value}-{c.currency}")
        amt = URIRef(str(n) + "/amount")
        g.add((n, RDF.type, CG.Commitment))
        g.add((n, CG.giver, place_iri(c.giver)))
        if c.receiver:
            g.add((n, CG.receiver, place_iri(c.receiver)))
        g.add((n, CG.amount, amt))
        g.add((amt, RDF.type, SCHEMA.MonetaryAmount))
        g.add((amt, SCHEMA.value, Literal(str(c.value), datatype=XSD.decimal)))
        g.add((amt, SCHEMA.currency, Literal(c.currency)))
        if c.purpose:
            g.add((n, CG.purpose, Literal(c.purpose, lang=art.language)))
        evidence(n, c.evidence)
        claim(n, c)
    return g


def agreement_iri(ag, article_id: str) -> URIRef:
    """Same parties and period (or signing date) = the same document across articles."""
    base = f"{BASE}agreement/{_parties_slug(ag.parties)}"
    if ag.period:
        iri = f"{base}/{ag.period[0]}-{ag.period[1]}"
    elif ag.signed and ag.signed.year:
        iri = f"{base}/signed-{ag.signed.iso()}"
    else:
        iri = f"{base}/{slug(article_id)}"
    if ag.body:
        iri += f"/{ag.body}"
    return URIRef(iri)


def event_iri(kind: str, parties, start: PartialDate | None, article_id: str) -> URIRef:
    """Same kind, parties and full date = the same event across articles."""
    when = start.iso() if start and start.complete else slug(article_id)
    return URIRef(f"{BASE}event/{_parties_slug(parties)}/{when}/{kind}")


def _words(code: str) -> str:
    return code.replace("-", " ").capitalize()


def _place_label(gaz: Gazetteer, uid: str) -> str:
    u = gaz.units.get(uid)
    return u.label("en") if u else uid


def _body(g: Graph, b: URIRef, uid: str, kind: str, gaz: Gazetteer) -> None:
    g.add((b, RDF.type, CG.GovernmentBody))
    g.add((b, RDFS.label, Literal(f"{_words(kind)} of {_place_label(gaz, uid)}", lang="en")))
    g.add((b, CG.bodyKind, concept("body-kind", kind)))
    g.add((b, CG.bodyOf, place_iri(uid)))


# ------------------------------------------------------------------ corrections

def correction_iri(c: Correction) -> URIRef:
    return URIRef(f"{BASE}correction/{c.key}")


def editor_iri(name: str) -> URIRef:
    """An editor by name; a name that its slug does not spell exactly gets a short hash (Lan and Lân stay two)."""
    s = slug(name)
    if s != name:
        s += "-" + hashlib.sha256(name.encode()).hexdigest()[:6]
    return URIRef(f"{BASE}editor/{s}")


_CORRECTION_CLASS = {"reject": CG.Rejection, "merge": CG.Merge, "add": CG.Addition}


def corrections_graph(corrections: list[Correction]) -> Graph:
    """The corrections as PROV entities: what each did, to what, attributed to whom, when, why, and where written."""
    g = new_graph()
    for c in corrections:
        n = correction_iri(c)
        g.add((n, RDF.type, CG.Correction))
        g.add((n, RDF.type, _CORRECTION_CLASS[c.action]))
        g.add((n, RDF.type, PROV.Entity))
        ed = editor_iri(c.by)
        g.add((n, PROV.wasAttributedTo, ed))
        g.add((ed, RDF.type, PROV.Agent))
        g.add((ed, RDFS.label, Literal(c.by)))
        g.add((n, PROV.generatedAtTime, Literal(c.at, datatype=XSD.dateTime, normalize=False)))   # keeps its Z
        g.add((n, CG.reason, Literal(c.why)))
        g.add((n, CG.correctionsFile, Literal(c.file.replace("\\", "/").rsplit("/", 1)[-1])))   # its name
        g.add((n, CG.line, Literal(c.line)))
        if c.action == "reject":
            g.add((n, CG.rejectedFact, URIRef(c.target)))
        elif c.action == "merge":
            g.add((n, CG.mergedNode, URIRef(c.target)))
            g.add((n, CG.keptNode, URIRef(c.into)))
        else:
            g.add((n, CG.addedKind, Literal(c.target)))
        if c.article:
            g.add((n, CG.inArticleOnly if c.action == "reject" else CG.addedTo, article_iri(c.article)))
    return g


def mark_corrected(g: Graph, node: URIRef, c: Correction) -> None:
    """Next to the extractor's provenance of ``node`` in an article graph: the correction that changed it, and for
    a fact an analyst added, the analyst it is attributed to."""
    g.add((node, CG.correctedBy, correction_iri(c)))
    if c.action == "add":
        g.add((node, PROV.wasAttributedTo, editor_iri(c.by)))


def fact_iris(g: Graph) -> list[URIRef]:
    """The facts of a graph (post holdings, partnerships, agreements, events, commitments)."""
    return sorted({s for cls in FACT_CLASSES for s in g.subjects(RDF.type, cls)})


FACT_CLASSES = (CG.PostHolding, CG.Partnership, CG.Agreement, CG.Event, CG.Commitment)


# ------------------------------------------------------------------ reference data

def reference_graph(gaz: Gazetteer) -> Graph:
    """Countries, units and districts with codes, labels, spellings, validity and sources."""
    g = new_graph()
    for u in sorted(gaz.units.values(), key=lambda x: x.id):
        _unit(g, u)
    return g


def _unit(g: Graph, u: Unit) -> None:
    n = place_iri(u.id)
    g.add((n, RDF.type, _KIND_CLASS.get(u.kind, CG.Province)))
    if u.kind == "country":
        g.add((n, RDF.type, SCHEMA.Country))
    elif u.kind == "district":
        g.add((n, RDF.type, CG.District))
    else:
        g.add((n, RDF.type, CG.SubnationalUnit))
        g.add((n, RDF.type, SCHEMA.AdministrativeArea))
    if u.code:
        g.add((n, CG.code, Literal(u.code)))
        g.add((n, SKOS.notation, Literal(u.code)))
    if u.iso:
        g.add((n, CG.isoCode, Literal(u.iso)))
    if not u.is_country:
        g.add((n, CG.inCountry, place_iri(u.country)))
    if u.within:
        g.add((n, CG.withinUnit, place_iri(u.within)))
    for lang, name in sorted(u.names.items()):
        g.add((n, RDFS.label, Literal(name, lang=lang)))
        g.add((n, SKOS.prefLabel, Literal(name, lang=lang)))
    for v in sorted(set(u.variants) - set(u.names.values())):
        g.add((n, SKOS.altLabel, Literal(v)))
    if u.wikidata:
        g.add((n, SKOS.exactMatch, WD[u.wikidata]))
    if u.valid_from:
        g.add((n, CG.validFrom, Literal(u.valid_from, datatype=XSD.date)))
    if u.valid_until:
        g.add((n, CG.validUntil, Literal(u.valid_until, datatype=XSD.date)))
    if u.replaced_by:
        g.add((n, CG.replacedBy, place_iri(u.replaced_by)))
    for m in u.merged_from:
        g.add((n, CG.replaces, place_iri(m)))
    for c in u.borders:
        g.add((n, CG.bordersCountry, place_iri(c)))
    for s in u.source:
        g.add((n, DCTERMS.source, Literal(s)))


def to_turtle(g: Graph) -> str:
    """Deterministic Turtle: rdflib sorts subjects and predicates; no blank nodes are ever minted."""
    return g.serialize(format="turtle")
