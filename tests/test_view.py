"""The reader's view: tables with labels, the show card, the network picture, the catalogue."""
from __future__ import annotations

import csv
import io
import json
import shutil
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner

from coopgraph.cli import main
from coopgraph.query.formatting import format_solutions
from coopgraph.query.questions import catalogue

REPO = Path(__file__).resolve().parents[1]
PLACE = "https://w3id.org/coopgraph/place/"


def run(*args: str, env: dict | None = None) -> tuple[int, str, str]:
    r = CliRunner().invoke(main, list(args), env=env)
    return r.exit_code, r.stdout, r.stderr


@pytest.fixture()
def places_rq(tmp_path: Path) -> Path:
    """A user's query that answers with place and concept IRIs, plus one IRI that has no label."""
    q = tmp_path / "places.rq"
    q.write_text("""PREFIX place: <https://w3id.org/coopgraph/place/>
PREFIX status: <https://w3id.org/coopgraph/concept/status/>
SELECT ?place ?status ?n WHERE {
  VALUES (?place ?status ?n) { (place:LA-HO status:agreement 1) (place:VN-21 status:talks 2)
                               (<https://w3id.org/coopgraph/place/XX-NOPE> status:relation 3) }
} ORDER BY ?n
""", encoding="utf-8")
    return q


# ------------------------------------------------------------------ tables

def test_table_header_of_officials() -> None:
    code, out, err = run("query", "officials")
    assert code == 0, err
    head, rule, *rows = out.splitlines()
    assert head.split() == ["article", "name", "post", "of"]
    assert set(rule) <= {"-", " "}
    # every column starts where its header starts
    starts = [head.index(h) for h in ("article", "name", "post", "of")]
    assert [i for i, c in enumerate(rule) if c == "-" and (i == 0 or rule[i - 1] == " ")] == starts
    assert rows[-1].startswith("(") and rows[-1].endswith("rows)")


def test_table_exact_with_labels_in_both_languages(places_rq: Path) -> None:
    code, out, err = run("query", str(places_rq), "--lang", "vi")
    assert code == 0, err
    assert out == (
        "place          status                   n\n"
        "-------------  -----------------------  -\n"
        "Hủa Phăn       Ký kết văn kiện hợp tác  1\n"
        "Thanh Hóa      Hội đàm                  2\n"
        "place:XX-NOPE  Quan hệ hợp tác          3\n"       # no label: shortened with the project's prefixes
        "(3 rows)\n"
    )
    code, out_en, err = run("query", str(places_rq), "--lang", "en")
    assert code == 0, err
    assert out_en == (
        "place          status     n\n"
        "-------------  ---------  -\n"
        "Houaphanh      Agreement  1\n"
        "Thanh Hoa      Talks      2\n"
        "place:XX-NOPE  Relation   3\n"
        "(3 rows)\n"
    )


def test_csv_tsv_json_stay_machine_readable(places_rq: Path) -> None:
    code, out, _ = run("query", str(places_rq), "--format", "csv", "--lang", "en")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == ["place", "status", "n"]
    assert rows[0]["place"] == PLACE + "LA-HO"          # the IRI, not a label
    raw = CliRunner().invoke(main, ["query", str(places_rq), "--format", "csv"]).stdout_bytes
    assert raw.startswith(b"place,status,n\r\n")          # SPARQL 1.1 CSV: CRLF (Result.stdout folds it)

    code, out, _ = run("query", str(places_rq), "--format", "tsv")
    lines = out.splitlines()
    assert lines[0] == "?place\t?status\t?n"              # SPARQL 1.1 TSV
    assert lines[1].startswith(f"<{PLACE}LA-HO>\t")

    code, out, _ = run("query", str(places_rq), "--format", "json")
    doc = json.loads(out)
    assert doc["head"]["vars"] == ["place", "status", "n"]
    assert doc["results"]["bindings"][0]["place"] == {"type": "uri", "value": PLACE + "LA-HO"}


def test_csv_columns_of_officials() -> None:
    code, out, _ = run("query", "officials", "--format", "csv")
    assert code == 0
    assert next(csv.reader(io.StringIO(out))) == ["article", "name", "post", "of"]


def test_table_alignment_counts_combining_marks_as_zero_width() -> None:
    import pyoxigraph as ox

    decomposed = unicodedata.normalize("NFD", "Hủa Phăn")
    out = format_solutions(["a", "b"], [[ox.Literal(decomposed), ox.Literal("x")],
                                         [ox.Literal("Sơn La"), ox.Literal("y")]], "table")
    lines = out.splitlines()
    assert lines[2] == "Hủa Phăn  x"                      # NFC, padded by characters seen
    assert lines[3] == "Sơn La    y"


def test_jsonld_for_construct(tmp_path: Path) -> None:
    q = tmp_path / "c.rq"
    q.write_text("PREFIX cg: <https://w3id.org/coopgraph/ontology#>\n"
                 "CONSTRUCT { ?p cg:partner ?x } WHERE { ?p a cg:Partnership ; cg:partner ?x }\n", encoding="utf-8")
    code, out, err = run("query", str(q), "--format", "jsonld")
    assert code == 0, err
    doc = json.loads(out)
    assert "@context" in doc and "@graph" in doc
    code, _, err = run("query", "officials", "--format", "jsonld")
    assert code == 2 and "CONSTRUCT" in err


# ------------------------------------------------------------------ show

def test_show_place_lists_partners_with_sources() -> None:
    code, out, err = run("show", "LA-HO")
    assert code == 0, err
    assert out.splitlines()[0].startswith("Hủa Phăn")
    partners = out.split("Partners")[1].split("\n\n")[0]
    assert "VN-21 Thanh Hóa" in partners and "VN-05 Sơn La" in partners and "VN-22 Nghệ An" in partners
    assert "000_fd94935522cb7509.txt: “" in partners        # the article and the sentence it came from
    for section in ("Agreements", "Posts held", "Events", "Commitments"):
        assert section in out
    code, out_en, _ = run("show", "Houaphanh", "--lang", "en")
    assert code == 0 and out_en.splitlines()[0].startswith("Houaphanh")


@pytest.mark.parametrize("spelling", ["Anouphab Tounalom", "Anouphap Tounalom", "ANOUPHAP TOUNALOM"])
def test_show_person_by_any_spelling(spelling: str) -> None:
    code, out, err = run("show", spelling)
    assert code == 0, err
    assert "(person, person:LA-VT/" in out.splitlines()[0]
    assert "Posts held" in out and ".txt: “" in out


def test_show_agreement_and_unknown() -> None:
    code, out, err = run("show", "agreement:LA-HO--VN-21/2026-2030")
    assert code == 0, err
    assert "2026–2030" in out and "000_fd94935522cb7509.txt" in out
    code, _, err = run("show", "Nobody Atall")
    assert code == 2 and len(err.strip().splitlines()) == 1


# ------------------------------------------------------------------ map

needs_dot = pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz dot is not installed")


@needs_dot
def test_map_svg_rendered_by_dot_and_html(tmp_path: Path) -> None:
    svg, page = tmp_path / "partners.svg", tmp_path / "partners.html"
    code, _, err = run("map", "--out", str(svg), "--html", str(page))
    assert code == 0, err
    text = svg.read_text(encoding="utf-8")
    assert text.lstrip().startswith(("<?xml", "<svg"))
    assert "Generated by graphviz" in text
    assert "Hủa Phăn" in text and "Thanh Hóa" in text
    assert "cluster_vn" in text and "cluster_foreign" in text
    html = page.read_text(encoding="utf-8")
    assert "<svg" in html and "Hủa Phăn" in html
    assert "<script" not in html and 'rel="stylesheet"' not in html and "src=\"http" not in html

    code, _, err = run("map", "--out", str(svg), "--lang", "en")
    assert code == 0, err
    assert "Houaphanh" in svg.read_text(encoding="utf-8")


def test_map_without_dot_still_writes_dot(tmp_path: Path) -> None:
    dot = tmp_path / "p.dot"
    code, _, err = run("map", "--dot", str(dot), "--out", str(tmp_path / "p.svg"), env={"PATH": str(tmp_path)})
    assert code == 2
    assert len(err.strip().splitlines()) == 2 and "dot" in err.strip().splitlines()[-1]   # "wrote p.dot" + the error
    text = dot.read_text(encoding="utf-8")
    assert text.startswith("graph partners {") and '"LA-HO" [label="Hủa Phăn' in text
    assert "\"VN-21\" -- \"LA-HO\"" in text and "style=solid, penwidth=3" in text


# ------------------------------------------------------------------ catalogue

def test_catalogue_is_complete() -> None:
    code, out, _ = run("queries")
    assert code == 0
    for q in catalogue():
        block = out.split(q.name + " — ")[1].split("\n\n")[0]
        assert "question:" in block and "example:    coopgraph query " + q.name in block
        for p in q.params:
            assert f"{p.name} ({p.kind}, " in block and "e.g." in block
    assert "--param place=LA-HO" in out
