"""The stored question 'who held post P of unit U on date D' (queries/holder-on-date.rq), on the sample graph:
Houaphanh's party secretary is Khăm Pheng Xay Sổm Pheng on 2025-05-15 and Phutphan Keovongxay on 2025-12-01."""
from __future__ import annotations

import pytest

from coopgraph.query.formatting import run_stored
from coopgraph.query.questions import find_query
from coopgraph.query.store import open_dataset

PERSON = "https://w3id.org/coopgraph/person/"


@pytest.fixture(scope="module", params=["oxigraph", "memory"])
def ds(request):
    return open_dataset(store=request.param, cache=False)


def _rows(ds, **params) -> list[tuple[str, str]]:
    out = run_stored(ds, find_query("holder-on-date"), params, "csv").splitlines()
    head = out[0].split(",")
    rows = [dict(zip(head, line.split(","))) for line in out[1:]]
    return [(r["holder"].removeprefix(PERSON), r["basis"]) for r in rows]


@pytest.mark.parametrize("date, expected", [
    ("2025-01-01", []),                                                        # nobody attested before
    ("2025-05-15", [("LA-HO/kampengsaisompeng", "attested-on-the-date")]),
    ("2025-08-01", [("LA-HO/kampengsaisompeng", "last-attested-before")]),
    # on the day the successor is attested, the predecessor's last attestation no longer counts
    ("2025-12-01", [("LA-HO/putpankeovongsai", "attested-on-the-date")]),
    ("2026-03-01", [("LA-HO/putpankeovongsai", "last-attested-before")]),
])
def test_party_secretary_of_houaphanh_over_time(ds, date: str, expected: list) -> None:
    assert _rows(ds, place="LA-HO", post="party-secretary", date=date) == expected


def test_between_two_attestations_and_posts_named_in_either_language(ds) -> None:
    expected = [("VN-21/nguiendoanan", "attested-before-and-after")]
    for post in ("party-secretary", "Bí thư Tỉnh ủy", "bí thư tỉnh ủy", "Party Secretary"):
        assert _rows(ds, place="Thanh Hóa", post=post, date="2025-09-01") == expected, post
    assert _rows(ds, place="VN-21", post="no such post", date="2025-09-01") == []


def test_without_a_post_every_post_of_the_unit(ds) -> None:
    rows = _rows(ds, place="LA-HO", date="2026-06-01")
    assert sorted(rows) == [("LA-HO/kampengsaisompeng", "last-attested-before"),
                            ("LA-HO/konpapanluongsicantong", "last-attested-before"),
                            ("LA-HO/putpankeovongsai", "last-attested-before")]


def test_the_question_reads_the_article_graphs_not_the_digest() -> None:
    text = find_query("holder-on-date").text
    assert "cgg:digest" not in text and "dg:" not in text
    assert "ORDER BY ?role DESC(?on_the_date) (IF(STR(?date) < ?last_attested, 1, 2)) ?first_attested ?holder" in text
