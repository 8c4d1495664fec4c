"""coopgraph map: a picture that stays readable from a few articles to thousands (checked from the SVG's own
coordinates), its filters, and a page that shows each line's sources on hover and on click."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from itertools import combinations
from pathlib import Path

import pytest
from click.testing import CliRunner

from coopgraph.cli import main

REPO = Path(__file__).resolve().parents[1]
SVG_NS = "{http://www.w3.org/2000/svg}"


def run(*args: str) -> tuple[int, str]:
    r = CliRunner().invoke(main, list(args))
    return r.exit_code, r.stderr


@pytest.fixture(scope="module")
def archive200(tmp_path_factory) -> Path:
    """200 synthetic articles (benchmarks/generate.py): about a hundred units in five countries."""
    out = tmp_path_factory.mktemp("archive200")
    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        import generate
    finally:
        sys.path.pop(0)
    for i in range(200):
        aid, ttl, _ = generate._one((i, 7))
        (out / f"{aid}.ttl").write_text(ttl, encoding="utf-8")
    return out


def _boxes(svg: Path) -> tuple[list, list, list]:
    """(text boxes, unit boxes, edge segments) read from the SVG."""
    root = ET.parse(svg).getroot()
    texts, units, lines = [], [], []
    for t in root.iter(SVG_NS + "text"):
        x, y, w, size = (float(t.get(k)) for k in ("x", "y", "textLength", "font-size"))
        assert t.get("text-anchor") == "start"
        texts.append((x, y - 0.8 * size, x + w, y + 0.25 * size, t.text))
    for r in root.iter(SVG_NS + "rect"):
        if r.get("class") == "unit-box":
            x, y, w, h = (float(r.get(k)) for k in ("x", "y", "width", "height"))
            units.append((x, y, x + w, y + h))
    for ln in root.iter(SVG_NS + "line"):
        if ln.get("class") == "edge-line":
            lines.append(tuple(float(ln.get(k)) for k in ("x1", "y1", "x2", "y2")))
    return texts, units, lines


def _overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _crosses(seg, box) -> bool:
    """Does the segment pass through the inside of the box (touching its edge does not count)?"""
    x1, y1, x2, y2 = seg
    bx1, by1, bx2, by2 = box[0] + 0.5, box[1] + 0.5, box[2] - 0.5, box[3] - 0.5
    for i in range(101):          # sampled finely: boxes are 20 px high, lines at most a few hundred px long
        x, y = x1 + (x2 - x1) * i / 100, y1 + (y2 - y1) * i / 100
        if bx1 < x < bx2 and by1 < y < by2:
            return True
    return False


def assert_readable(svg: Path) -> tuple[list, list, list]:
    texts, units, lines = _boxes(svg)
    assert texts and units and lines
    for a, b in combinations(texts, 2):
        assert not _overlap(a[:4], b[:4]), (a[4], b[4])
    for a, b in combinations(units, 2):
        assert not _overlap(a, b)
    for seg in lines:
        for box in units:
            assert not _crosses(seg, box), (seg, box)
    # every unit's name lies inside its box
    for box in units:
        inside = [t for t in texts if box[0] <= t[0] and t[2] <= box[2] and box[1] <= t[1] and t[3] <= box[3] + 1]
        assert inside, box
    return texts, units, lines


def test_a_200_article_archive_renders_a_map_whose_labels_do_not_overlap(archive200: Path, tmp_path: Path) -> None:
    svg = tmp_path / "map.svg"
    code, err = run("map", "--data", str(archive200), "--out", str(svg))
    assert code == 0, err
    texts, units, lines = assert_readable(svg)
    assert len(units) >= 80 and len(lines) >= 100
    root = ET.parse(svg).getroot()
    width, height = float(root.get("width")), float(root.get("height"))
    assert height < 1400 and width < 1400          # not a 4,000-pixel column
    # foreign partners are grouped by country, each group under its country's name
    groups = [g for g in root.iter(SVG_NS + "g") if g.get("class") == "country"]
    names = {"".join(g.itertext()).split("(")[0] for g in groups}
    assert {"Lào", "Campuchia", "Trung Quốc", "Thái Lan"} <= names


def test_the_seed_map_is_readable_and_the_same_every_run(tmp_path: Path) -> None:
    a, b = tmp_path / "a.svg", tmp_path / "b.svg"
    assert run("map", "--out", str(a))[0] == 0 and run("map", "--out", str(b))[0] == 0
    assert a.read_bytes() == b.read_bytes()
    assert_readable(a)


def test_filters_by_country_place_and_date(archive200: Path, tmp_path: Path) -> None:
    svg = tmp_path / "la.svg"
    code, err = run("map", "--data", str(archive200), "--out", str(svg), "--country", "LA", "--lang", "en")
    assert code == 0, err
    text = svg.read_text(encoding="utf-8")
    codes = set(re.findall(r'class="unit-code"[^>]*>([A-Z]{2})-', text))
    assert codes == {"VN", "LA"}
    assert "partners in Laos" in text
    assert_readable(svg)

    code, err = run("map", "--data", str(archive200), "--out", str(svg), "--place", "LA-HO")
    assert code == 0, err
    root = ET.parse(svg).getroot()
    ids = [g.get("id") for g in root.iter(SVG_NS + "g") if (g.get("class") or "").startswith("edge")]
    assert ids and all(i.endswith("--LA-HO") for i in ids)

    code, err = run("map", "--data", str(archive200), "--out", str(svg), "--since", "2026-01-01")
    assert code == 0, err
    newer = svg.read_text(encoding="utf-8")
    dates = re.findall(r"\n(\d{4}-\d{2}-\d{2}) — ", newer)
    assert dates and min(dates) >= "2026-01-01"
    all_edges = len(re.findall(r'class="edge ', (tmp_path / "la.svg").read_text(encoding="utf-8")))
    assert 0 < len(re.findall(r'class="edge ', newer))
    assert all_edges > 0
    code, err = run("map", "--out", str(svg), "--since", "last year")
    assert code == 2 and "--since" in err
    code, err = run("map", "--out", str(svg), "--country", "Atlantis")
    assert code == 2 and len(err.strip().splitlines()) == 1


def test_the_page_works_on_phones_and_shows_each_lines_sources(tmp_path: Path) -> None:
    svg, page = tmp_path / "p.svg", tmp_path / "p.html"
    code, err = run("map", "--out", str(svg), "--html", str(page))
    assert code == 0, err
    html = page.read_text(encoding="utf-8")
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html
    assert "<script" not in html and 'rel="stylesheet"' not in html and 'src="http' not in html
    ids = re.findall(r'<g class="edge [a-z]+" id="([^"]+)">', html)
    assert len(ids) == 14
    for i in ids:
        assert f'<a href="#src-{i}">' in html                       # a click on the line opens its panel
        assert f'<section class="src" id="src-{i}">' in html
    # Thanh Hóa – Hủa Phăn: two articles, each with its date and its first sentence or headline, newest first
    panel = html.split('id="src-e-VN-21--LA-HO">')[1].split("</section>")[0]
    items = re.findall(r"<li><time>([^<]+)</time> <span class=\"title\">([^<]+)</span> <span class=\"file\">([^<]+)"
                       r"</span></li>", panel)
    assert [(d, f) for d, _, f in items] == [("2025-12-01", "000_fd94935522cb7509.txt"),
                                             ("2025-05-15", "001_5a1d5f1eb188703c.txt")]
    assert all(t.strip() for _, t, _ in items)
    # the hover text names the same sources with their dates
    tip = html.split('id="e-VN-21--LA-HO"><title>')[1].split("</title>")[0]
    assert "2025-12-01 — " in tip and "(000_fd94935522cb7509.txt)" in tip
    assert ".src:target" in html                                    # the panel shows on click without a script


def test_dot_text_for_graphviz(tmp_path: Path) -> None:
    dot = tmp_path / "p.dot"
    code, err = run("map", "--dot", str(dot))
    assert code == 0, err
    text = dot.read_text(encoding="utf-8")
    assert text.startswith("graph partners {") and '"LA-HO" [label="Hủa Phăn' in text
    assert '"VN-21" -- "LA-HO"' in text and 'subgraph "cluster_LA"' in text
    if shutil.which("dot"):
        r = subprocess.run(["dot", "-Tsvg"], input=dot.read_bytes(), capture_output=True, timeout=60)
        assert r.returncode == 0, r.stderr
