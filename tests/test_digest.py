"""The digest (issue #6): the archive-wide answers made by the store whenever the article graphs change, read by the
stored queries; they must give what the same questions asked of the article graphs give."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from coopgraph import digest, queries
from coopgraph.rdfmap import DIGEST_GRAPH
from coopgraph.store import MANIFEST, open_dataset, run_select, turtle_files

from export_helpers import SAMPLE_PARAMS, _normal, by_value, local_rows, params_for, make_synthetic_graph


pytestmark = pytest.mark.usefixtures("private_cache")


def _numbers(rows: set[tuple]) -> set[tuple]:
    return {tuple(by_value(c) for c in r) for r in rows}


def _digest_queries() -> list:
    return [q for q in queries.catalogue() if "cgg:digest" in q.text]


def _direct_rows(ds, q, params: dict) -> set[tuple]:
    """The rows of the stored query asked of the article graphs (``digest.asked_directly``), as local_rows gives them."""
    from export_helpers import cell

    text = digest.asked_directly(q.text)
    res = run_select(ds, text, queries.bind_params(q, params))
    names = [v.value if hasattr(v, "value") else str(v) for v in res.variables]
    return _normal(q, {tuple(cell(sol[v]) for v in names) for sol in res})


def test_every_digest_update_is_read_by_a_stored_query_and_the_other_way_round():
    # (each stored query of the digest has the name of the update that makes its rows, and can be asked directly)
    read = {q.name for q in _digest_queries() if digest.asked_directly(q.text)}
    assert read == {name for name, _ in digest.updates()}
    assert len(read) >= 5


@pytest.mark.parametrize("store", ["oxigraph", "memory", "cached"])
def test_a_stored_query_of_the_digest_answers_as_its_question_asked_of_the_articles(store, tmp_path):
    ds = open_dataset(None, store="memory" if store == "memory" else "oxigraph", cache=store == "cached",
                      path=tmp_path / "store" if store == "cached" else None)
    for q in _digest_queries():
        params = params_for(q)
        rows = local_rows(ds, q, params)
        assert _numbers(rows) == _numbers(_direct_rows(ds, q, params)), q.name
        # (the seed articles do not disagree: the synthetic graph below has conflicts)
        assert rows or q.name == "conflicts", f"{q.name}: no rows, the comparison proves little"
    # a parameter filters the digest's rows as it filtered the question's: one unit's post holders
    q = queries.find_query("post-holders")
    one = local_rows(ds, q, {"place": "LA-HO"})
    assert one == _direct_rows(ds, q, {"place": "LA-HO"}) and 0 < len(one) < len(local_rows(ds, q, {}))


@pytest.fixture(scope="module")
def synthetic_graph(tmp_path_factory) -> Path:
    """A synthetic graph (benchmarks/generate.py) with every kind of digest row, conflicts included, which the seed
    articles do not have."""
    return make_synthetic_graph(tmp_path_factory.mktemp("synthetic") / "graph", 8_000, seed=5)


def test_on_a_larger_graph_every_digest_query_answers_as_its_question(synthetic_graph):
    # Oxigraph only: rdflib needs seconds per question at this size (partners-today)
    ds = open_dataset([synthetic_graph], cache=False)
    for q in _digest_queries():
        variants = [{p.name: SAMPLE_PARAMS[p.name] for p in q.params if p.required}]
        if any(p.name == "place" for p in q.params):       # one unit: the first that holds a post here
            first = next(iter(queries.answer(ds, q, {})))["unit"].value
            variants.append({"place": first})
        for params in variants:
            rows = local_rows(ds, q, params)
            assert rows == _direct_rows(ds, q, params), (q.name, params)
            assert rows, f"{q.name} {params}: no rows, the comparison proves little"


def test_the_on_disk_store_makes_the_digest_again_only_when_an_article_changed(own_graph, tmp_path, monkeypatch):
    cache = tmp_path / "store"
    q = queries.find_query("post-holders")
    first = open_dataset([own_graph], path=cache, cache=True)
    before = local_rows(first, q, {})
    first.close()
    del first
    made = []
    real = digest.refresh
    monkeypatch.setattr(digest, "refresh", lambda run: made.append(1) or real(run))

    again = open_dataset([own_graph], path=cache, cache=True)
    assert made == [] and local_rows(again, q, {}, fresh=True) == before    # nothing changed: the digest is kept
    again.close()
    del again

    # an article gone: its holdings leave the digest, which agrees with the articles again
    files = turtle_files([own_graph])
    gone = next(f for f in files if "PostHolding" in f.read_text(encoding="utf-8"))
    gone.unlink()
    third = open_dataset([own_graph], path=cache, cache=True)
    assert made == [1]
    after = local_rows(third, q, {}, fresh=True)
    assert after != before and after == _direct_rows(third, q, {})
    third.close()
    del third

    # a store left between a change and its digest (a crash): the manifest has no digest, the next open makes it
    m = json.loads((cache / MANIFEST).read_text(encoding="utf-8"))
    m["digest"] = None
    (cache / MANIFEST).write_text(json.dumps(m), encoding="utf-8")
    fourth = open_dataset([own_graph], path=cache, cache=True)
    # (asked afresh: the answer kept by the third open, in the same state, would hide a digest made wrong)
    assert made == [1, 1] and fourth.loaded == [] and local_rows(fourth, q, {}, fresh=True) == after


def test_the_digest_is_left_out_of_the_triple_count_and_the_union():
    ds = open_dataset(None, cache=False)
    n_digest = int(next(iter(run_select(
        ds, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{DIGEST_GRAPH}> {{ ?s ?p ?o }} }}")))["n"].value)
    every = int(next(iter(run_select(ds, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")))["n"].value)
    assert n_digest > 0 and len(ds.store) == every - n_digest
    # nothing of the digest in Oxigraph's default graph (the union of the stated graphs; rdflib's default graph is
    # the union of every graph, the digest's included, which no stored query reads there)
    assert not run_select(ds, "ASK { ?row a ?c . FILTER(STRSTARTS(STR(?c), 'https://w3id.org/coopgraph/digest#')) }")


def test_asked_directly_refuses_a_query_that_does_not_read_the_digest():
    with pytest.raises(ValueError, match="does not read the digest"):
        digest.asked_directly(queries.find_query("officials").text)


def test_the_digest_carries_the_fingerprint_of_the_updates_that_made_it():
    ds = open_dataset(None, cache=False)
    assert bool(run_select(ds, digest.is_current_text())) is True
    ds.store.update(f"DELETE WHERE {{ GRAPH <{DIGEST_GRAPH}> {{ <{DIGEST_GRAPH}> ?p ?o }} }}")
    assert bool(run_select(ds, digest.is_current_text())) is False
