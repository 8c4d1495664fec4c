"""The ontology, the taxonomies and the SHACL shapes: they parse, keep to their profile, and judge data right."""
from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

REPO = Path(__file__).resolve().parent.parent
ONTOLOGY = REPO / "ontology" / "coopgraph.ttl"
TAXONOMIES = REPO / "ontology" / "taxonomies.ttl"
SHAPES = REPO / "shapes" / "coopgraph-shapes.ttl"
VOCAB = REPO.parent / "shared" / "eval" / "VOCAB.md"

CG = Namespace("https://w3id.org/coopgraph/ontology#")
CGSH = Namespace("https://w3id.org/coopgraph/shapes#")
CONCEPT = "https://w3id.org/coopgraph/concept/"
BASE = "https://w3id.org/coopgraph/"
SH = Namespace("http://www.w3.org/ns/shacl#")
PROV = Namespace("http://www.w3.org/ns/prov#")
ORG = Namespace("http://www.w3.org/ns/org#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")   # a plain Namespace: pytest probes module attributes


def _parse(path: Path) -> Graph:
    g = Graph()
    g.parse(path, format="turtle")
    return g


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return _parse(ONTOLOGY)


@pytest.fixture(scope="module")
def taxonomies() -> Graph:
    return _parse(TAXONOMIES)


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return _parse(SHAPES)


@pytest.fixture(scope="module")
def ont_and_tax(ontology: Graph, taxonomies: Graph) -> Graph:
    return ontology + taxonomies


# --------------------------------------------------------------------------- parsing and profile


@pytest.mark.parametrize("path", [ONTOLOGY, TAXONOMIES, SHAPES], ids=lambda p: p.name)
def test_files_parse(path: Path) -> None:
    assert len(_parse(path)) > 50


FORBIDDEN = {
    OWL.unionOf, OWL.complementOf, OWL.oneOf, OWL.hasValue, OWL.disjointWith, OWL.intersectionOf,
    OWL.someValuesFrom, OWL.allValuesFrom, OWL.equivalentClass, OWL.AllDisjointClasses, OWL.disjointUnionOf,
    OWL.propertyChainAxiom, OWL.hasSelf, OWL.hasKey, OWL.qualifiedCardinality, OWL.minQualifiedCardinality,
    OWL.maxQualifiedCardinality, OWL.onClass, OWL.onDataRange,
    OWL.TransitiveProperty, OWL.SymmetricProperty, OWL.InverseFunctionalProperty, OWL.sameAs,
    OWL.differentFrom, OWL.AllDifferent, OWL.DataRange, OWL.datatypeComplementOf, OWL.withRestrictions,
}
CARDINALITIES = {OWL.minCardinality, OWL.maxCardinality, OWL.cardinality}
ALLOWED_TYPES = {
    OWL.Ontology, OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.FunctionalProperty, OWL.Restriction,
}


def test_ontology_is_owl_lite(ontology: Graph) -> None:
    for s, p, o in ontology:
        assert p not in FORBIDDEN and o not in FORBIDDEN, (s, p, o)
        if p in CARDINALITIES:
            assert isinstance(o, Literal) and int(o.toPython()) in (0, 1), (s, p, o)
        if p == RDF.type and str(o).startswith(str(OWL)):
            assert o in ALLOWED_TYPES, (s, o)
        if str(p).startswith(str(OWL)):
            assert p in CARDINALITIES | {OWL.onProperty, OWL.inverseOf, OWL.versionInfo}, (s, p, o)
    # every restriction is a cardinality restriction on one property
    for r in ontology.subjects(RDF.type, OWL.Restriction):
        assert ontology.value(r, OWL.onProperty) is not None
        assert sum(1 for c in CARDINALITIES if ontology.value(r, c) is not None) == 1


MODEL_CLASSES = [
    "Country", "SubnationalUnit", "Province", "CentralCity", "CapitalPrefecture", "Municipality", "District",
    "GovernmentBody", "Person", "PostHolding", "Partnership", "Agreement", "Event", "Commitment", "Article",
    "Sentence",
]
MODEL_PROPERTIES = [
    "code", "isoCode", "inCountry", "validFrom", "validUntil", "replacedBy", "replaces", "bordersCountry",
    "withinUnit", "bodyKind", "bodyOf", "postType", "postOf", "holdsPost", "unit", "attestedOn", "statedName",
    "partner", "status", "party", "partyBody", "agreementKind", "period", "signedOn", "signedAt", "signatory",
    "witness", "field", "predecessor", "firstYear", "lastYear", "eventKind", "startDate", "endDate", "location",
    "participant", "concerns", "giver", "receiver", "amount", "purpose", "fileName", "contentHash", "text",
    "index", "inArticle",
]


def test_ontology_declares_model_terms(ontology: Graph) -> None:
    for name in MODEL_CLASSES:
        term = CG[name]
        assert (term, RDF.type, OWL.Class) in ontology, name
        assert ontology.value(term, RDFS.label) is not None and ontology.value(term, RDFS.comment) is not None
    for name in MODEL_PROPERTIES:
        term = CG[name]
        types = set(ontology.objects(term, RDF.type))
        assert types & {OWL.ObjectProperty, OWL.DatatypeProperty}, name
        assert ontology.value(term, RDFS.label) is not None and ontology.value(term, RDFS.comment) is not None
    assert (CG.replacedBy, OWL.inverseOf, CG.replaces) in ontology
    # every IRI used as a class or property is declared (self-contained for a reasoner)
    declared = set(ontology.subjects(RDF.type, None))
    for s, p, o in ontology:
        if p in (RDFS.subClassOf, RDFS.domain, RDFS.range) and isinstance(o, URIRef) and o not in declared:
            assert str(o).startswith(str(XSD)), (s, p, o)
        if p == OWL.onProperty:
            assert o in declared, o


def test_functional_properties(ontology: Graph) -> None:
    functional = set(ontology.subjects(RDF.type, OWL.FunctionalProperty))
    for name in ("code", "inCountry", "firstYear", "lastYear", "fileName", "index", "inArticle", "holdsPost"):
        assert CG[name] in functional, name
    # source-level claims that two articles may state differently stay non-functional
    for name in ("signedOn", "startDate", "endDate", "status", "agreementKind", "period"):
        assert CG[name] not in functional, name
    restricted = {
        ontology.value(r, OWL.onProperty)
        for r in ontology.objects(CG.PostHolding, RDFS.subClassOf)
        if ontology.value(r, OWL.cardinality) == Literal(1, datatype=XSD.nonNegativeInteger)
    }
    assert ORG.member in restricted


# --------------------------------------------------------------------------- taxonomies

SCHEMES = ("post", "field", "status", "event-kind", "agreement-kind", "body-kind")


def test_every_concept_has_notation_and_labels(taxonomies: Graph) -> None:
    concepts = set(taxonomies.subjects(RDF.type, SKOS.Concept))
    assert len(concepts) > 60
    for c in concepts:
        notation = taxonomies.value(c, SKOS.notation)
        assert notation is not None and notation.datatype is None and notation.language is None, c
        langs = {lbl.language for lbl in taxonomies.objects(c, SKOS.prefLabel)}
        assert {"en", "vi"} <= langs, c
        assert taxonomies.value(c, SKOS.definition) is not None, c
        scheme = taxonomies.value(c, SKOS.inScheme)
        assert scheme is not None and (c, SKOS.topConceptOf, scheme) in taxonomies, c
        assert str(c) == f"{scheme}/{notation}", c
    for s in SCHEMES:
        assert (URIRef(CONCEPT + s), RDF.type, SKOS.ConceptScheme) in taxonomies
    for c in taxonomies.subjects(SKOS.inScheme, URIRef(CONCEPT + "post")):
        assert (c, RDF.type, ORG.Role) in taxonomies


def _codes(taxonomies: Graph, scheme: str) -> set[str]:
    return {str(taxonomies.value(c, SKOS.notation)) for c in taxonomies.subjects(SKOS.inScheme, URIRef(CONCEPT + scheme))}


def test_model_code_lists(taxonomies: Graph) -> None:
    assert _codes(taxonomies, "agreement-kind") == {"cooperation-agreement", "cooperation-minutes", "other"}
    assert _codes(taxonomies, "body-kind") == {
        "party-committee", "people-committee", "people-council", "provincial-administration", "na-delegation",
        "national-government", "national-party",
    }


def _vocab_sections() -> dict[str, str]:
    if not VOCAB.is_file():
        pytest.skip(f"{VOCAB} is absent")
    sections: dict[str, str] = {}
    current = None
    for line in VOCAB.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^##\s+(.*)", line)
        if m:
            current = m.group(1)
            sections[current] = ""
        elif current:
            sections[current] += line + "\n"
    return sections


def _section(sections: dict[str, str], word: str) -> str:
    for title, body in sections.items():
        if word.lower() in title.lower():
            return body
    raise AssertionError(f"no section about {word} in VOCAB.md")


def _listed_codes(body: str) -> set[str]:
    text = re.sub(r"\([^)]*\)", "", body)          # drop the explanations in brackets
    return {w.strip() for w in re.split(r"[,\n]", text) if re.fullmatch(r"[a-z][a-z-]*", w.strip())}


def test_vocab_codes_present(taxonomies: Graph) -> None:
    sections = _vocab_sections()
    posts = {
        m.group(1)
        for m in re.finditer(r"^\|\s*([a-z][a-z-]*)\s*\|", _section(sections, "Posts"), flags=re.M)
    }
    posts.discard("code")                           # the table header
    assert len(posts) >= 20
    assert posts <= _codes(taxonomies, "post"), posts - _codes(taxonomies, "post")
    fields = _listed_codes(_section(sections, "Fields"))
    assert len(fields) >= 25
    assert fields <= _codes(taxonomies, "field"), fields - _codes(taxonomies, "field")
    statuses = _listed_codes(_section(sections, "status"))
    assert statuses and statuses <= _codes(taxonomies, "status")
    kinds = _listed_codes(_section(sections, "Event kinds"))
    assert kinds and kinds <= _codes(taxonomies, "event-kind")


# --------------------------------------------------------------------------- SHACL


def test_shapes_are_named_and_explained(shapes: Graph) -> None:
    """Every shape has an IRI under shapes#; every constraint says what is wrong and how bad it is."""
    ns = "https://w3id.org/coopgraph/shapes#"
    node_shapes = set(shapes.subjects(RDF.type, SH.NodeShape))
    property_shapes = set(shapes.subjects(RDF.type, SH.PropertyShape))
    sparql = set(shapes.subjects(RDF.type, SH.SPARQLConstraint))
    for s in node_shapes | property_shapes | sparql:
        assert isinstance(s, URIRef) and str(s).startswith(ns), s
    for s in property_shapes | sparql:
        assert shapes.value(s, SH.message) is not None, s
    for s in node_shapes | property_shapes:
        assert shapes.value(s, SH.severity) in (SH.Violation, SH.Warning), s
    for s in shapes.objects(None, SH.sparql):
        assert s in sparql, s
    targets = set(shapes.objects(None, SH.targetClass))
    for cls in ("Country", "SubnationalUnit", "District", "GovernmentBody", "Person", "PostHolding", "Partnership",
                "Agreement", "Event", "Commitment", "Article", "Sentence"):
        assert CG[cls] in targets, cls
    assert {ORG.Post, URIRef("http://www.w3.org/2006/time#ProperInterval"),
            URIRef("https://schema.org/MonetaryAmount")} <= targets


PREFIXES = """
@prefix cg: <https://w3id.org/coopgraph/ontology#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix time: <http://www.w3.org/2006/time#> .
@prefix schema: <https://schema.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix place: <https://w3id.org/coopgraph/place/> .
@prefix c: <https://w3id.org/coopgraph/concept/> .
@prefix a: <https://w3id.org/coopgraph/article/> .
@prefix b: <https://w3id.org/coopgraph/> .
"""

# An article graph (plus the reference places it refers to), shaped as rdfmap.py emits it.
VALID = PREFIXES + """
place:VN a cg:Country ; cg:code "VN" ; rdfs:label "Việt Nam"@vi , "Viet Nam"@en .
place:LA a cg:Country ; cg:code "LA" ; rdfs:label "Lào"@vi , "Laos"@en .
place:VN-21 a cg:Province ; cg:code "VN-21" ; cg:inCountry place:VN ; rdfs:label "Thanh Hóa"@vi , "Thanh Hoa"@en ;
    cg:bordersCountry place:LA .
place:LA-HO a cg:Province ; cg:code "LA-HO" ; cg:inCountry place:LA ; rdfs:label "Hủa Phăn"@vi , "Houaphanh"@en .

a:t1 a cg:Article ; cg:fileName "t1.txt" ; schema:datePublished "2025-12-01"^^xsd:date ;
    schema:url "https://example.org/t1"^^xsd:anyURI ; schema:inLanguage "vi" .
a:t1\\/s1 a cg:Sentence ; cg:index 1 ; cg:inArticle a:t1 ;
    cg:text "Bí thư Tỉnh ủy Thanh Hóa Nguyễn Doãn Anh và Bí thư Tỉnh ủy Houaphanh ký kết thỏa thuận hợp tác giai đoạn 2026-2030." .

b:partnership\\/LA-HO--VN-21 a cg:Partnership ; cg:partner place:VN-21 , place:LA-HO ;
    cg:status c:status\\/agreement ; prov:wasDerivedFrom a:t1\\/s1 .

b:period\\/2026-2030 a time:ProperInterval ; cg:firstYear 2026 ; cg:lastYear 2030 .

b:agreement\\/LA-HO--VN-21\\/2026-2030 a cg:Agreement ; cg:party place:VN-21 , place:LA-HO ;
    cg:agreementKind c:agreement-kind\\/cooperation-agreement ; cg:period b:period\\/2026-2030 ;
    cg:signedOn "2025-12-01"^^xsd:date ; cg:signatory b:person\\/VN-21\\/nguyendoananh ;
    cg:field c:field\\/trade , c:field\\/diplomacy ; prov:wasDerivedFrom a:t1\\/s1 .

b:person\\/VN-21\\/nguyendoananh a cg:Person ; schema:name "Nguyễn Doãn Anh" ; rdfs:label "Nguyễn Doãn Anh" .
b:position\\/VN-21\\/party-secretary a org:Post ; cg:postType c:post\\/party-secretary ; cg:postOf place:VN-21 ;
    rdfs:label "Bí thư Tỉnh ủy Thanh Hóa"@vi .
b:holding\\/t1\\/VN-21\\/party-secretary\\/nguyendoananh a cg:PostHolding ;
    org:member b:person\\/VN-21\\/nguyendoananh ; cg:holdsPost b:position\\/VN-21\\/party-secretary ;
    org:role c:post\\/party-secretary ; cg:unit place:VN-21 ; cg:statedName "Nguyễn Doãn Anh" ;
    cg:attestedOn "--12-01"^^xsd:gMonthDay ; prov:wasDerivedFrom a:t1\\/s1 .

b:event\\/LA-HO--VN-21\\/2025-12-01\\/signing a cg:Event ; cg:eventKind c:event-kind\\/signing ;
    cg:startDate "2025-12-01"^^xsd:date ; cg:location place:LA-HO ; cg:party place:VN-21 , place:LA-HO ;
    cg:concerns b:agreement\\/LA-HO--VN-21\\/2026-2030 ; prov:wasDerivedFrom a:t1\\/s1 .

b:commitment\\/VN-21--LA-HO\\/244000000000-VND a cg:Commitment ; cg:giver place:VN-21 ; cg:receiver place:LA-HO ;
    cg:amount [ a schema:MonetaryAmount ; schema:value 244000000000.0 ; schema:currency "VND" ] ;
    cg:purpose "district offices" ; prov:wasDerivedFrom a:t1\\/s1 .
"""

AGREEMENT = URIRef(BASE + "agreement/LA-HO--VN-21/2026-2030")
PERIOD = URIRef(BASE + "period/2026-2030")
HOLDING = URIRef(BASE + "holding/t1/VN-21/party-secretary/nguyendoananh")
PARTNERSHIP = URIRef(BASE + "partnership/LA-HO--VN-21")
EVENT = URIRef(BASE + "event/LA-HO--VN-21/2025-12-01/signing")
VN, LA = URIRef(BASE + "place/VN"), URIRef(BASE + "place/LA")
VN21, LAHO = URIRef(BASE + "place/VN-21"), URIRef(BASE + "place/LA-HO")


def valid_graph() -> Graph:
    g = Graph()
    g.parse(data=VALID, format="turtle")
    return g


def _validate(data: Graph, shapes: Graph, ont_and_tax: Graph):
    import pyshacl

    conforms, report, text = pyshacl.validate(
        data, shacl_graph=shapes, ont_graph=ont_and_tax, inference="none", advanced=True
    )
    results = []
    for r in report.subjects(RDF.type, SH.ValidationResult):
        results.append({
            "focus": report.value(r, SH.focusNode),
            "severity": report.value(r, SH.resultSeverity),
            "shape": report.value(r, SH.sourceShape),
            "constraint": report.value(r, SH.sourceConstraint),
            "message": str(report.value(r, SH.resultMessage)),
        })
    return conforms, results, text


def _has(results, *, focus, severity, shape=None, constraint=None) -> bool:
    return any(
        r["focus"] == focus and r["severity"] == severity
        and (shape is None or r["shape"] == shape)
        and (constraint is None or r["constraint"] == constraint)
        for r in results
    )


def test_valid_graph_conforms(shapes: Graph, ont_and_tax: Graph) -> None:
    conforms, results, text = _validate(valid_graph(), shapes, ont_and_tax)
    assert conforms, text
    assert results == []


def test_agreement_with_one_party(shapes: Graph, ont_and_tax: Graph) -> None:
    g = valid_graph()
    g.remove((AGREEMENT, CG.party, LAHO))
    conforms, results, text = _validate(g, shapes, ont_and_tax)
    assert not conforms
    assert _has(results, focus=AGREEMENT, severity=SH.Violation, constraint=CGSH.AgreementTwoDistinctParties), text
    assert _has(results, focus=AGREEMENT, severity=SH.Violation, shape=CGSH["Agreement-party"]), text


def test_agreement_with_parties_in_one_country(shapes: Graph, ont_and_tax: Graph) -> None:
    g = valid_graph()
    vn22 = URIRef(BASE + "place/VN-22")
    g.add((vn22, RDF.type, CG.Province))
    g.add((vn22, CG.code, Literal("VN-22")))
    g.add((vn22, CG.inCountry, VN))
    g.add((vn22, RDFS.label, Literal("Nghệ An", lang="vi")))
    g.add((vn22, RDFS.label, Literal("Nghe An", lang="en")))
    g.remove((AGREEMENT, CG.party, LAHO))
    g.add((AGREEMENT, CG.party, vn22))
    conforms, results, text = _validate(g, shapes, ont_and_tax)
    assert not conforms
    assert _has(results, focus=AGREEMENT, severity=SH.Violation, constraint=CGSH.AgreementCrossBorder), text
    # a national party in the other country makes it cross-border again
    g.add((AGREEMENT, CG.party, LA))
    conforms, results, text = _validate(g, shapes, ont_and_tax)
    assert conforms, text


def test_period_reversed(shapes: Graph, ont_and_tax: Graph) -> None:
    g = valid_graph()
    g.set((PERIOD, CG.firstYear, Literal(2030)))
    g.set((PERIOD, CG.lastYear, Literal(2026)))
    conforms, results, text = _validate(g, shapes, ont_and_tax)
    assert not conforms
    assert _has(results, focus=PERIOD, severity=SH.Violation, constraint=CGSH.PeriodOrder), text


def test_agreement_without_provenance(shapes: Graph, ont_and_tax: Graph) -> None:
    g = valid_graph()
    g.remove((AGREEMENT, PROV.wasDerivedFrom, None))
    conforms, results, text = _validate(g, shapes, ont_and_tax)
    assert not conforms
    assert _has(results, focus=AGREEMENT, severity=SH.Violation, constraint=CGSH.FactDerivedFromSentence), text


def test_holding_without_person(shapes: Graph, ont_and_tax: Graph) -> None:
    g = valid_graph()
    g.remove((HOLDING, ORG.member, None))
    conforms, results, text = _validate(g, shapes, ont_and_tax)
    assert not conforms
    assert _has(results, focus=HOLDING, severity=SH.Violation, constraint=CGSH.HoldingNamesPersonPostUnit), text
    assert any("person" in r["message"] for r in results if r["constraint"] == CGSH.HoldingNamesPersonPostUnit)


def test_oddities_are_warnings(shapes: Graph, ont_and_tax: Graph) -> None:
    """What an article may lack, or what is odd but possible, is a Warning, not a Violation."""
    g = valid_graph()
    g.remove((EVENT, CG.startDate, None))                    # an undated event
    g.set((LAHO, CG.inCountry, VN))                          # partners in one country (also the agreement's parties)
    g.remove((AGREEMENT, CG.party, LAHO))
    g.add((AGREEMENT, CG.party, LA))                         # ... but keep the agreement cross-border
    conforms, results, text = _validate(g, shapes, ont_and_tax)
    assert not conforms
    assert _has(results, focus=EVENT, severity=SH.Warning, shape=CGSH["Event-hasDate"]), text
    assert _has(results, focus=PARTNERSHIP, severity=SH.Warning, constraint=CGSH.PartnersInTwoCountries), text
    assert all(r["severity"] == SH.Warning for r in results), text


def test_wrong_code_list_and_datatype(shapes: Graph, ont_and_tax: Graph) -> None:
    g = valid_graph()
    g.set((PARTNERSHIP, CG.status, URIRef(CONCEPT + "field/trade")))      # a concept of the wrong scheme
    g.set((PERIOD, CG.firstYear, Literal("2026")))                         # a string, not an xsd:integer
    conforms, results, text = _validate(g, shapes, ont_and_tax)
    assert not conforms
    assert _has(results, focus=PARTNERSHIP, severity=SH.Violation, shape=CGSH["Partnership-status"]), text
    assert _has(results, focus=PERIOD, severity=SH.Violation, shape=CGSH["Period-firstYear"]), text


# --------------------------------------------------------------------------- OWL-RL consistency

OWLRL_ERR = Namespace("http://www.daml.org/2002/03/agents/agent-ont#")   # owlrl.Namespaces.ERRNS


def test_owlrl_closure_is_consistent(ont_and_tax: Graph) -> None:
    owlrl = pytest.importorskip("owlrl")
    assert str(owlrl.Namespaces.ERRNS) == str(OWLRL_ERR)
    g = Graph()
    for t in ont_and_tax:
        g.add(t)
    for t in valid_graph():
        g.add(t)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(g)
    nothing = list(g.subjects(RDF.type, OWL.Nothing))
    assert nothing == [], nothing
    errors = [str(m) for e in g.subjects(RDF.type, OWLRL_ERR.ErrorMessage) for m in g.objects(e, OWLRL_ERR.error)]
    assert errors == [], errors
    assert not any(str(p).startswith(str(OWLRL_ERR)) for _, p, _ in g)
    # the closure does what the alignment promises
    assert (AGREEMENT, RDF.type, PROV.Entity) in g
    assert (VN21, RDF.type, URIRef("https://schema.org/AdministrativeArea")) in g
    assert (VN, RDF.type, URIRef("https://schema.org/AdministrativeArea")) in g
    assert (URIRef(BASE + "article/t1/s1"), PROV.wasDerivedFrom, URIRef(BASE + "article/t1")) in g
    assert (HOLDING, RDF.type, ORG.Membership) in g


# --------------------------------------------------------------------------- two languages, metadata, the page

DCT = Namespace("http://purl.org/dc/terms/")


def _declared_terms(g: Graph) -> set[URIRef]:
    return {s for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
            for s in g.subjects(RDF.type, kind) if isinstance(s, URIRef)}


def test_every_class_and_property_has_labels_and_comments_in_vietnamese_and_english(ontology: Graph) -> None:
    terms = _declared_terms(ontology)
    assert len(terms) >= 100
    missing = [(ontology.qname(t), ontology.qname(p), lang) for t in sorted(terms) for p in (RDFS.label, RDFS.comment)
               for lang in ("vi", "en")
               if not any(isinstance(o, Literal) and o.language == lang and str(o).strip()
                          for o in ontology.objects(t, p))]
    assert missing == []


def test_every_concept_and_scheme_speaks_both_languages(taxonomies: Graph) -> None:
    items = set(taxonomies.subjects(RDF.type, SKOS.Concept)) | set(taxonomies.subjects(RDF.type, SKOS.ConceptScheme))
    for c in items:
        for p in (SKOS.prefLabel, SKOS.definition):
            assert {o.language for o in taxonomies.objects(c, p)} >= {"vi", "en"}, (c, p)


def test_ontology_metadata(ontology: Graph) -> None:
    ont = URIRef(BASE + "ontology")
    assert (ont, RDF.type, OWL.Ontology) in ontology
    for p in (DCT.title, RDFS.label, RDFS.comment):
        assert {o.language for o in ontology.objects(ont, p)} >= {"vi", "en"}, p
    assert ontology.value(ont, DCT.creator) is not None
    assert str(ontology.value(ont, DCT.license)).startswith("https://spdx.org/licenses/")
    assert re.fullmatch(r"\d+\.\d+\.\d+", str(ontology.value(ont, OWL.versionInfo)))


def test_the_ontology_page_in_docs_is_current_and_complete(ontology: Graph) -> None:
    from coopgraph.ontology_page import page

    committed = (REPO / "docs" / "ontology.html").read_text(encoding="utf-8")
    assert committed == page(), "docs/ontology.html is out of date: python -m coopgraph.ontology_page docs/ontology.html"
    assert '<meta name="viewport"' in committed
    for t in _declared_terms(ontology):
        anchor = ontology.qname(t).replace(":", "-")
        section = committed.split(f'<section class="term" id="{anchor}">')[1].split("</section>")[0]
        for lang in ("vi", "en"):
            label = next(str(o) for o in ontology.objects(t, RDFS.label) if o.language == lang)
            comment = next(str(o) for o in ontology.objects(t, RDFS.comment) if o.language == lang)
            assert html.escape(label, quote=True) in section and html.escape(comment, quote=True) in section, (t, lang)
