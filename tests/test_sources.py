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
"""


def q(name: str, data: Path, *params: str) -> list[dict]:
    args = ["query", name, "--data", str(data), "--format", "csv"]
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
