"""Several sources, one graph: shared nodes, kept disagreements, posts over time, the 2025 merger."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from click.testing import CliRunner

from coopgraph.cli import main

A = """published: 2025-12-01

Tối 30/11, tại thủ đô Viêng Chăn, tỉnh Quảng Nam và tỉnh Xê Kông ký kết thỏa thuận hợp tác giai đoạn 2026-2030.
Bí thư Tỉnh ủy Xê Kông Khăm-phăn Xay-nha-vông phát biểu tại lễ ký kết.
"""
B = """published: 2025-12-02

Ngày 1/12, tại Vientiane, lãnh đạo tỉnh Quảng Nam và tỉnh Sekong đã trao Thỏa thuận hợp tác giai đoạn 2026-2030.
Chủ tịch Ủy ban chính quyền tỉnh Sekong Khamphan Xaynhavong cho biết hai tỉnh sẽ tăng cường hợp tác.
"""
C = """published: 2024-03-05

Chiều 4/3, tỉnh Hòa Bình và tỉnh Bò Kẹo hội đàm về hợp tác giáo dục.
Dịp này, tỉnh Hòa Bình trao tặng tỉnh Bò Kẹo 2 tỷ đồng để xây dựng trường học.
"""


def q(name: str, data: Path, *params: str, store: str = "oxigraph") -> list[dict]:
    args = ["query", name, "--data", str(data), "--format", "csv", "--store", store]
    for p in params:
        args += ["--param", p]
    r = CliRunner().invoke(main, args)
    assert r.exit_code == 0, r.output
    return list(csv.DictReader(io.StringIO(r.stdout)))


@pytest.fixture(scope="module")
def graph(tmp_path_factory) -> Path:
    src = tmp_path_factory.mktemp("articles")
    out = tmp_path_factory.mktemp("graph")
    for name, text in (("a.txt", A), ("b.txt", B), ("c.txt", C)):
        (src / name).write_text(text, encoding="utf-8")
    r = CliRunner().invoke(main, ["build", str(src), "--out", str(out)])
    assert r.exit_code == 0, r.output
    return out


def test_one_agreement_two_sources_and_the_disagreement_is_kept(graph: Path) -> None:
    rows = q("agreements-in-force", graph, "date=2027-01-01")
    assert len(rows) == 1 and set(rows[0]["sources"].split(", ")) == {"a.txt", "b.txt"}
    conflicts = q("conflicts", graph)
    signed = {(r["value"], r["article"]) for r in conflicts if r["property"].endswith("signedOn")}
    assert signed == {("2025-11-30", "a.txt"), ("2025-12-01", "b.txt")}


def test_one_person_across_spellings_keeps_each_spelling_and_each_post(graph: Path) -> None:
    rows = [r for r in q("post-holders", graph, "place=LA-XE")]
    people = {r["person"] for r in rows}
    assert len(people) == 1
    names = " / ".join(r["names"] for r in rows)
    assert "Khăm-phăn Xay-nha-vông" in names and "Khamphan Xaynhavong" in names
    assert {r["post"] for r in rows} == {"party-secretary", "governor"}


def test_a_merged_province_rolls_up_to_todays_unit(graph: Path) -> None:
    rows = q("partners-today", graph)
    hb = [r for r in rows if r["partner"] == "LA-BK"]
    assert hb and hb[0]["vietnam_today"] == "VN-68" and hb[0]["vietnam_name"] == "Phú Thọ"
    assert "Hòa Bình" in hb[0]["named_in_articles"]


LISTINGS = ("officials", "events", "partnerships", "agreements", "amounts")


@pytest.mark.parametrize("store", ["oxigraph", "memory"])
@pytest.mark.parametrize("name", LISTINGS)
def test_a_listing_scoped_to_one_article_gives_that_articles_rows(graph: Path, name: str, store: str) -> None:
    everything = q(name, graph, store=store)
    for article in ("a.txt", "b.txt", "c.txt"):
        expected = [r for r in everything if r["article"] == article]
        assert q(name, graph, f"article={article}", store=store) == expected
        # a path to the article (as the shell completes it) names the same article
        assert q(name, graph, f"article=../articles/{article}", store=store) == expected
    assert q(name, graph, "article=no-such-article.txt", store=store) == []


def test_the_scoped_listings_are_not_empty(graph: Path) -> None:
    # (else the test above would compare empty lists)
    for store in ("oxigraph", "memory"):
        assert q("officials", graph, "article=a.txt", store=store) and q("partnerships", graph, "article=c.txt", store=store)
        assert q("agreements", graph, "article=b.txt", store=store) and q("events", graph, "article=a.txt", store=store)
        assert q("amounts", graph, "article=c.txt", store=store)


@pytest.mark.parametrize("store", ["oxigraph", "memory"])
def test_an_undated_article_does_not_hide_the_dates_others_give(graph: Path, tmp_path: Path, store: str) -> None:
    # the same holding from an article without a date, and from one of a later date: the first and last dates come
    # from the dated ones, in order
    undated, later = tmp_path / "undated", tmp_path / "later"
    for folder, name, text in (
            (undated, "d.txt", "Bí thư Tỉnh ủy Xê Kông Khăm-phăn Xay-nha-vông tiếp đoàn công tác của tỉnh Quảng Nam.\n"),
            (later, "e.txt", "published: 2026-03-10\n\nNgày 9/3, Bí thư Tỉnh ủy Xê Kông Khăm-phăn Xay-nha-vông "
                             "tiếp đoàn công tác của tỉnh Quảng Nam.\n")):
        (tmp_path / f"src-{name}").mkdir()
        (tmp_path / f"src-{name}" / name).write_text(text, encoding="utf-8")
        r = CliRunner().invoke(main, ["build", str(tmp_path / f"src-{name}"), "--out", str(folder)])
        assert r.exit_code == 0, r.output

    def secretary(*data: Path) -> list[dict]:
        args = ["query", "post-holders", "--format", "csv", "--store", store, "--no-cache", "--param", "place=LA-XE"]
        for d in data:
            args += ["--data", str(d)]
        res = CliRunner().invoke(main, args)
        assert res.exit_code == 0, res.output
        return [row for row in csv.DictReader(io.StringIO(res.stdout)) if row["post"] == "party-secretary"]

    alone = secretary(undated)
    assert len(alone) == 1 and alone[0]["first_attested"] == alone[0]["last_attested"] == ""
    both = secretary(graph, undated)
    assert len(both) == 1 and "d.txt" in both[0]["sources"]
    assert both[0]["first_attested"] == both[0]["last_attested"] != ""
    three = secretary(graph, undated, later)
    assert len(three) == 1 and {"a.txt", "d.txt", "e.txt"} <= set(three[0]["sources"].split(", "))
    assert three[0]["first_attested"] == both[0]["first_attested"] < three[0]["last_attested"]
    assert three[0]["last_attested"].startswith("2026-03")


@pytest.mark.parametrize("store", ["oxigraph", "memory"])
def test_a_whole_sum_reads_the_same_on_both_stores(graph: Path, store: str) -> None:
    # rdflib keeps the ".0" it read; Oxigraph writes the canonical decimal
    assert [r["value"] for r in q("amounts", graph, store=store)] == ["2000000000"]


@pytest.mark.parametrize("store", ["oxigraph", "memory"])
def test_an_article_parameter_narrows_the_dataset_to_its_graph(graph: Path, store: str) -> None:
    # the other articles' graphs are left out of the dataset, so a query that scans every graph (the listings'
    # hash joins) reads one article's: GRAPH ?g sees that article and the ontology and reference alone
    from coopgraph.query.store import article_graphs, open_dataset, query, shared_graphs

    ds = open_dataset([graph], store=store, cache=False)
    text = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    every = {r["g"].value for r in query(ds, text)}
    fixed = set(shared_graphs())
    assert len(every - fixed) == 3
    for article in ("a.txt", "b.txt"):
        only = article_graphs(ds, [article]) + shared_graphs()
        seen = {r["g"].value for r in query(ds, text, named_graphs=only)}
        (own,) = seen - fixed
        assert seen == fixed | {own}
        files = query(ds, "SELECT ?f WHERE { GRAPH ?g { ?a <https://w3id.org/coopgraph/ontology#fileName> ?f } }",
                      named_graphs=only)
        assert [r["f"].value for r in files] == [article]
    assert article_graphs(ds, ["no-such-article.txt"]) == []
    # the default graph is still the union of every graph
    union = "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a <https://w3id.org/coopgraph/ontology#Article> }"
    only = article_graphs(ds, ["a.txt"]) + shared_graphs()
    assert int(next(iter(query(ds, union, named_graphs=only)))["n"].value) == 3
