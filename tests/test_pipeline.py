"""End to end: seed articles → committed Turtle → store → stored queries → validation → reasoner."""
from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import RDF, Graph, Namespace, URIRef
from rdflib.namespace import OWL

from coopgraph.build import build
from coopgraph.cli import main

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "data" / "seeds"
COMMITTED = REPO / "data" / "graph"
SHARED = REPO.parent / "shared"
CG = Namespace("https://w3id.org/coopgraph/ontology#")


def run(*args: str) -> tuple[int, str, str]:
    r = CliRunner().invoke(main, list(args))
    return r.exit_code, r.stdout, r.stderr


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("graph")
    results = build([SEEDS], out, jobs=1)
    assert [r.status for r in results] == ["written"] * 5
    return out


def test_committed_graph_is_up_to_date(built: Path) -> None:
    committed = sorted(p.name for p in COMMITTED.glob("*.ttl"))
    assert committed == sorted(p.name for p in built.glob("*.ttl"))
    for name in committed:
        assert (built / name).read_text(encoding="utf-8") == (COMMITTED / name).read_text(encoding="utf-8"), \
            f"data/graph/{name} is out of date: run `coopgraph build data/seeds --out data/graph --force`"


def test_reference_turtle_is_up_to_date(tmp_path: Path) -> None:
    code, _, err = run("reference", "--out", str(tmp_path / "places.ttl"))
    assert code == 0, err
    assert (tmp_path / "places.ttl").read_text(encoding="utf-8") == \
        (REPO / "data" / "reference" / "places.ttl").read_text(encoding="utf-8"), "run `coopgraph reference`"


def test_building_twice_gives_identical_turtle(tmp_path: Path, built: Path) -> None:
    build([SEEDS], tmp_path, jobs=1, force=True)
    for f in built.glob("*.ttl"):
        assert (tmp_path / f.name).read_bytes() == f.read_bytes()


def test_main_question_on_the_committed_graph() -> None:
    code, out, err = run("query", "lao-provinces-with-several-partners", "--format", "csv")
    assert code == 0, err
    rows = {r["lao"]: r for r in csv.DictReader(io.StringIO(out))}
    assert {"LA-HO", "LA-VT"} <= set(rows)
    # codes for programs (the table names them: test_tables.py)
    assert {"VN-21", "VN-05", "VN-22"} <= set(rows["LA-HO"]["vietnamese_partners"].split(", "))
    assert {"VN-23", "VN-22"} <= set(rows["LA-VT"]["vietnamese_partners"].split(", "))
    assert rows["LA-HO"]["province"] == "https://w3id.org/coopgraph/place/LA-HO"
    assert "002_b82691416a237f8a.txt" in rows["LA-VT"]["sources"]
    assert int(rows["LA-HO"]["partners"]) >= 3


def test_query_with_data_dir_uses_that_graph(tmp_path: Path) -> None:
    build([SEEDS / "002_b82691416a237f8a.txt"], tmp_path, jobs=1)
    code, out, _ = run("query", "partnerships", "--data", str(tmp_path), "--format", "csv")
    assert code == 0
    articles = {r["article"] for r in csv.DictReader(io.StringIO(out))}
    assert articles == {"002_b82691416a237f8a.txt"}


def test_partners_of_binds_a_place_by_code_or_name() -> None:
    for value in ("LA-HO", "Houaphanh", "Hủa Phăn"):
        code, out, err = run("query", "partners-of", "--param", f"place={value}", "--format", "csv")
        assert code == 0, err
        partners = {r["partner"] for r in csv.DictReader(io.StringIO(out))}
        assert {"VN-21", "VN-05", "VN-22"} <= partners, value


def test_agreements_in_force_on_a_date() -> None:
    code, out, _ = run("query", "agreements-in-force", "--param", "date=2027-03-01", "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    spans = {(r["first"], r["last"]) for r in rows}
    assert ("2026", "2030") in spans and ("2025", "2028") in spans
    assert ("2025", "2025") not in spans


def test_post_holders_show_attestation_dates() -> None:
    code, out, _ = run("query", "post-holders", "--param", "place=LA-HO", "--format", "csv")
    assert code == 0
    rows = [r for r in csv.DictReader(io.StringIO(out)) if r["post"] == "party-secretary"]
    by_date = {r["first_attested"]: r["names"] for r in rows}
    assert "Phutphan Keovongxay" in by_date["2025-12-01"]
    assert "Khăm Pheng Xay Sổm Pheng" in by_date["2025-05-15"]


def test_sources_of_gives_sentences() -> None:
    code, out, _ = run("query", "sources-of", "--param", "entity=place:LA-VT", "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert any("Viêng Chăn" in r["sentence"] for r in rows)


def test_every_stored_query_has_a_header() -> None:
    from coopgraph.query.questions import catalogue

    names = {q.name: q for q in catalogue()}
    for required in ("lao-provinces-with-several-partners", "partners-of", "agreements-in-force", "post-holders",
                     "commitments", "sources-of", "partnerships", "agreements", "officials", "events", "amounts"):
        assert required in names
        assert names[required].title and names[required].question
    assert [p.name for p in names["partners-of"].params] == ["place"]


@pytest.mark.parametrize("name,columns", [
    ("partnerships", ["article", "a", "b", "status"]),
    ("agreements", ["article", "a", "b", "kind", "body_a", "body_b", "period_start", "period_end", "signed",
                    "signatories"]),
    ("officials", ["article", "name", "post", "of"]),
    ("events", ["article", "kind", "date", "place", "a", "b"]),
    ("amounts", ["article", "by", "to", "value", "unit"]),
])
def test_evaluation_queries_have_the_yardstick_columns(name: str, columns: list[str]) -> None:
    code, out, _ = run("query", name, "--format", "csv")
    assert code == 0
    header = out.splitlines()[0].split(",")
    assert header[:len(columns)] == columns


def test_validate_passes_on_the_committed_graph() -> None:
    code, out, _ = run("validate")
    assert code == 0, out
    assert "0 violation(s)" in out


def test_validate_fails_on_a_broken_agreement(tmp_path: Path) -> None:
    g = Graph()
    g.parse(COMMITTED / "000_fd94935522cb7509.ttl")
    agreement = next(g.subjects(RDF.type, CG.Agreement))
    # an agreement with one party, and a period whose first year is after its last
    party = sorted(g.objects(agreement, CG.party))[0]
    g.remove((agreement, CG.party, party))
    period = next(g.objects(agreement, CG.period))
    g.set((period, CG.firstYear, g.value(period, CG.lastYear) + 1))
    bad = tmp_path / "broken.ttl"
    g.serialize(bad, format="turtle")
    code, out, _ = run("validate", str(bad))
    assert code == 1
    assert "Violation" in out and "broken.ttl" in out
    assert "two distinct parties" in out or "at least two" in out
    code, out, _ = run("validate", str(bad), "--format", "json")
    assert code == 1 and '"conforms": false' in out


def test_committed_graph_is_consistent_under_owl_rl() -> None:
    owlrl = pytest.importorskip("owlrl")
    from coopgraph import resources

    g = Graph()
    for f in [*resources.ontology_files(), *COMMITTED.glob("*.ttl")]:
        g.parse(f, format="turtle")
    ref = Graph().parse(REPO / "data" / "reference" / "places.ttl")
    places = {o for o in g.objects() if isinstance(o, URIRef) and "/place/" in str(o)}
    for p in list(places):
        for t in ref.triples((p, None, None)):
            g.add(t)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(g)
    assert list(g.subjects(RDF.type, OWL.Nothing)) == []
    errns = str(owlrl.Namespaces.ERRNS)
    assert not any(str(p).startswith(errns) for _, p, _ in g)


@pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(), reason="../shared is absent")
@pytest.mark.parametrize("corpus,minimum", [("seeds", 0.9), ("dev", 0.85)])
def test_yardstick_score(corpus: str, minimum: float) -> None:
    cli = Path(sys.executable).with_name("coopgraph")
    r = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(SHARED / "corpus" / corpus),
                        "--cli", str(cli)], capture_output=True, text=True, timeout=300)
    last = r.stdout.strip().splitlines()[-1]
    assert last.startswith("score: F1="), r.stdout + r.stderr
    assert float(last.split("=")[1]) >= minimum, r.stdout


@pytest.mark.parametrize("store", ["oxigraph", "memory"])
def test_a_renamed_graph_file_still_names_its_article(tmp_path: Path, store: str) -> None:
    # the graph of a file is named after the file, the article inside keeps its IRI: the queries find a claim's
    # article inside the claim's graph, on both stores
    data = tmp_path / "graph"
    data.mkdir()
    src = next(COMMITTED.glob("003_*.ttl"))
    (data / "renamed.ttl").write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    for name in ("partnerships", "officials", "events"):
        code, out, err = run("query", name, "--data", str(data), "--store", store, "--no-cache", "--format", "csv")
        assert code == 0, err
        rows = list(csv.DictReader(io.StringIO(out)))
        assert rows and {r["article"] for r in rows} == {src.stem + ".txt"}, name


def test_a_pledge_stated_by_two_articles_is_counted_once(tmp_path: Path) -> None:
    src = next(f for f in sorted(COMMITTED.glob("*.ttl")) if "cg:Commitment" in f.read_text(encoding="utf-8"))
    totals = {}
    for copies in (1, 2):
        data = tmp_path / f"copies-{copies}"
        data.mkdir()
        for i in range(copies):
            (data / f"copy{i}.ttl").write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
        code, out, err = run("query", "commitments", "--data", str(data), "--no-cache", "--format", "csv")
        assert code == 0, err
        totals[copies] = {(r["giver"], r["receiver"], r["currency"]): (r["total"], r["commitments"])
                          for r in csv.DictReader(io.StringIO(out))}
    assert totals[1] and totals[2] == totals[1]



def test_build_fingerprint_does_not_depend_on_where_the_package_is_installed(tmp_path: Path, monkeypatch) -> None:
    """An editable checkout and an installed wheel keep the reference places in different folders; the
    committed graph's content hashes must come out the same (CI failed when full paths decided the order)."""
    import shutil

    from coopgraph import build as build_module
    from coopgraph.resources import reference_dir

    package = tmp_path / "m" / "coopgraph"   # a copy of the package, between the two reference folders
    shutil.copytree(Path(build_module.__file__).parent, package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(build_module, "__file__", str(package / "build.py"))
    places = (reference_dir() / "places.yaml").read_bytes()
    hashes = []
    for folder in ("a", "z"):   # one path sorts before the package's, one after
        ref = tmp_path / folder / "reference"
        ref.mkdir(parents=True)
        (ref / "places.yaml").write_bytes(places)
        monkeypatch.setattr(build_module, "reference_dir", lambda ref=ref: ref)
        build_module._reader_fingerprint.cache_clear()
        hashes.append(build_module.build_fingerprint(b"text"))
    build_module._reader_fingerprint.cache_clear()
    assert hashes[0] == hashes[1]
