"""The reader's view: tables with labels, the show card, the network picture, the catalogue."""
from __future__ import annotations

import csv
import io
import json
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
    assert out.splitlines()[0].startswith("Hủa Phăn  (địa phương, place:LA-HO)")
    partners = out.split("\nĐối tác (3)")[1].split("\n\n")[0]
    assert "VN-21 Thanh Hóa" in partners and "VN-05 Sơn La" in partners and "VN-22 Nghệ An" in partners
    assert "000_fd94935522cb7509.txt: “" in partners        # the article and the sentence it came from
    for section in ("Văn kiện hợp tác", "Người giữ chức vụ theo thời gian", "Sự kiện", "Khoản hỗ trợ"):
        assert f"\n{section} (" in out
    code, out_en, _ = run("show", "Houaphanh", "--lang", "en")
    assert code == 0 and out_en.splitlines()[0].startswith("Houaphanh  (place, place:LA-HO)")
    for section in ("Partners", "Agreements", "Who held each post, over time", "Events", "Commitments"):
        assert f"\n{section} (" in out_en


# words of the card in one language that must not show in the other's (labels from the graph aside)
ENGLISH_WORDS = ("Partners", "Posts held", "Agreements", "Events", "Commitments", " signed ", "attested", " of ",
                 "year not stated", "(as ", "spellings", " more sentence")
VIETNAMESE_WORDS = ("Đối tác", "Chức vụ", "Văn kiện", "Sự kiện", "Khoản hỗ trợ", "ký ngày", "ghi nhận", "không rõ",
                    "tên trong bài", "cách viết", "câu khác", "Bí thư Tỉnh ủy Thanh Hóa")


def _card_words(out: str) -> str:
    """The card without the quoted source sentences (which stay in the article's language)."""
    return "\n".join(ln for ln in out.splitlines() if ".txt: “" not in ln and not ln.startswith(" " * 8))


@pytest.mark.parametrize("name", ["LA-HO", "Anouphap Tounalom", "Nguyễn Doãn Anh", "agreement:LA-HO--VN-05/2024-2026"])
def test_show_speaks_one_language_throughout(name: str) -> None:
    code, vi, err = run("show", name, "--all-sources", env={"COLUMNS": "250"})
    assert code == 0, err
    code, en, err = run("show", name, "--lang", "en", "--all-sources", env={"COLUMNS": "250"})
    assert code == 0, err
    vi_words, en_words = _card_words(vi), _card_words(en)
    assert not [w for w in ENGLISH_WORDS if w in vi_words], vi_words
    assert not [w for w in VIETNAMESE_WORDS if w in en_words], en_words


def test_show_posts_in_each_language_and_vietnamese_names_keep_their_marks() -> None:
    _, vi, _ = run("show", "Nguyễn Doãn Anh", env={"COLUMNS": "250"})
    _, en, _ = run("show", "Nguyễn Doãn Anh", "--lang", "en", env={"COLUMNS": "250"})
    assert "• Bí thư Tỉnh ủy Thanh Hóa (tên trong bài: Nguyễn Doãn Anh), ghi nhận ngày 2025-05-15, 2025-12-01" in vi
    assert "• Party Secretary of Thanh Hóa (as Nguyễn Doãn Anh), attested 2025-05-15, 2025-12-01" in en
    _, en, _ = run("show", "LA-HO", "--lang", "en", env={"COLUMNS": "250"})
    assert "VN-21 Thanh Hóa" in en and "Thanh Hoa" not in _card_words(en)
    assert "Sơn La → Houaphanh: 3,200,000,000 VND" in en
    _, vi, _ = run("show", "LA-HO", env={"COLUMNS": "250"})
    assert "Sơn La → Hủa Phăn: 3.200.000.000 VND" in vi
    assert "ký ngày 03-21 (không rõ năm)" in vi


def test_show_place_lists_who_held_each_post_over_time() -> None:
    code, out, err = run("show", "LA-HO", "--lang", "en", env={"COLUMNS": "250"})
    assert code == 0, err
    timeline = out.split("\nWho held each post, over time (4)\n")[1].split("\n\n")[0]
    headings = [ln.strip() for ln in timeline.splitlines() if ln.startswith("  ") and not ln.startswith("   ")]
    assert headings == ["Chairman of the provincial People's Council of Houaphanh", "Governor of Houaphanh",
                        "Party Secretary of Houaphanh"]
    secretaries = timeline.split("Party Secretary of Houaphanh\n")[1]
    holders = [ln.strip() for ln in secretaries.splitlines() if ln.startswith("    • ")]
    assert holders == ["• 2025-05-15  Khăm Pheng - Xay Sổm Pheng / Khăm Pheng Xay Sổm Pheng",
                       "• 2025-12-01  Phutphan Keovongxay"]                 # the predecessor first
    code, vi, _ = run("show", "Thanh Hóa", env={"COLUMNS": "250"})
    assert "  Bí thư Tỉnh ủy Thanh Hóa\n    • 2025-05-15 – 2025-12-01  Nguyễn Doãn Anh\n" in vi


@pytest.mark.parametrize("columns", [80, 60])
@pytest.mark.parametrize("name", ["LA-HO", "Anouphap Tounalom", "agreement:LA-HO--VN-21/2026-2030", "VN-22"])
def test_show_wraps_every_line_at_the_terminal_width(name: str, columns: int) -> None:
    for lang in ("vi", "en"):
        code, out, err = run("show", name, "--lang", lang, "--all-sources", env={"COLUMNS": str(columns)})
        assert code == 0, err
        lines = out.splitlines()
        assert max(len(ln) for ln in lines) <= columns
        assert max(len(ln) for ln in lines) > columns - 10          # wrapped at the width, not far short of it
        wide = run("show", name, "--lang", lang, "--all-sources", env={"COLUMNS": "1000"})[1]
        assert " ".join(out.split()) == " ".join(wide.split())      # no word cut or lost by the wrapping


@pytest.mark.parametrize("spelling", ["Anouphab Tounalom", "Anouphap Tounalom", "ANOUPHAP TOUNALOM"])
def test_show_person_by_any_spelling(spelling: str) -> None:
    code, out, err = run("show", spelling)
    assert code == 0, err
    assert "(người, person:LA-VT/" in out.splitlines()[0]
    assert "Chức vụ" in out and ".txt: “" in out


def test_show_agreement_and_unknown() -> None:
    code, out, err = run("show", "agreement:LA-HO--VN-21/2026-2030")
    assert code == 0, err
    assert "2026–2030" in out and "000_fd94935522cb7509.txt" in out
    code, _, err = run("show", "Nobody Atall")
    assert code == 2 and len(err.strip().splitlines()) == 1


def test_show_typo_suggests_places_and_people() -> None:
    code, _, err = run("show", "Houaphamh")
    assert code == 2 and "did you mean: Houaphanh" in err and len(err.strip().splitlines()) == 1
    code, _, err = run("show", "Anouphab Tounalam")
    assert code == 2 and "did you mean: Anouphab Tounalom, Anouphap Tounalom?" in err


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
