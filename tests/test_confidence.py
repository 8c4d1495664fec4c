"""Each fact says how sure the extractor is of it: the rule it rests on, and that rule's measured precision."""
from __future__ import annotations

from decimal import Decimal

from rdflib import Literal, URIRef

from coopgraph.article import parse_article_text
from coopgraph.extract import KIND_CONFIDENCE, extract_article
from coopgraph.extract.posts import CONFIDENCE
from coopgraph.gazetteer import load
from coopgraph.rdfmap import CG, article_graph
from coopgraph.validate import validate_graph

TEXT = ("published: 2024-03-05\n\nSáng 5/3, Bí thư Tỉnh ủy tỉnh Quảng Trị Lê Minh Tâm hội đàm với Tỉnh trưởng tỉnh "
        "Savannakhet Xay Sổm Phon. Tham dự có đồng chí Hồ Thị Lan, Phó Chủ tịch UBND tỉnh.")


def _facts():
    return extract_article(parse_article_text(TEXT, "t.txt", "t"))


def test_officials_are_as_sure_as_what_their_unit_rests_on() -> None:
    by_name = {o.name: o for o in _facts().officials}
    named, context = by_name["Lê Minh Tâm"], by_name["Hồ Thị Lan"]
    assert (named.rule, named.confidence) == ("unit-named", CONFIDENCE["unit-named"])
    assert context.rule == "unit-from-context" and context.confidence < named.confidence


def test_other_facts_carry_their_kinds_rule() -> None:
    f = _facts()
    assert f.partnerships and f.events
    for p in f.partnerships:
        assert p.rule == f"partnership-{p.status}" and p.confidence == KIND_CONFIDENCE[p.rule]
    for e in f.events:
        assert e.rule == f"event-{e.kind}" and 0 < e.confidence <= 1


def test_the_graph_says_it_and_the_shapes_check_it() -> None:
    f = _facts()
    g = article_graph(f, load())
    confidences = list(g.objects(None, CG.confidence))
    assert len(confidences) == len(f.officials) + len(f.partnerships) + len(f.events) + len(f.agreements) + len(f.commitments)
    assert all(str(c.datatype) == 'http://www.w3.org/2001/XMLSchema#decimal' and 0 < c.toPython() <= 1 for c in confidences)
    assert {str(r) for r in g.objects(None, CG.rule)} >= {"unit-named", "unit-from-context"}
    assert not [p for p in validate_graph(g, "t.ttl") if p.severity == "Violation"]
    holding = next(g.subjects(CG.rule, Literal("unit-named")))
    g.set((holding, CG.confidence, Literal(Decimal("1.5"))))
    assert any("confidence" in p.message for p in validate_graph(g, "t.ttl"))


def test_the_facts_question_keeps_the_surer_facts_on_every_store() -> None:
    """`coopgraph query facts -p min_confidence=X` keeps exactly the facts of confidence >= X (compared as numbers,
    0.95 above 0.9), the same rows from Oxigraph and rdflib; a value that is not 0..1 is refused in one line."""
    import csv
    import io

    import pytest

    from coopgraph.query import questions
    from coopgraph.query.formatting import run_stored
    from coopgraph.query.store import open_dataset

    q = questions.find_query("facts")
    ox_ds, rdf_ds = open_dataset(cache=False), open_dataset(store="memory")

    def rows(ds, params):
        return list(csv.DictReader(io.StringIO(run_stored(ds, q, params, "csv"))))

    every = rows(ox_ds, {})
    assert len({r["type"] for r in every}) >= 4 and all(r["min_confidence"] == "" for r in every)
    kept = rows(ox_ds, {"min_confidence": "0.9"})
    assert kept == [r | {"min_confidence": "0.9"} for r in every if Decimal(r["confidence"]) >= Decimal("0.9")]
    assert 0 < len(kept) < len(every)
    assert run_stored(rdf_ds, q, {"min_confidence": "0.9"}, "csv") == run_stored(ox_ds, q, {"min_confidence": "0.9"}, "csv")
    for bad in ("1.5", "-0.1", "high", "0,9"):
        with pytest.raises(questions.QueryError, match="number from 0 to 1"):
            questions.bind_params(q, {"min_confidence": bad})
