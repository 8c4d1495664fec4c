"""Corrections by hand (issue 15): rejections, merges and additions kept beside the articles, applied by every build,
with PROV provenance, reported when they point at nothing, validated like any graph, shown by ``show``."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, Namespace, URIRef

from coopgraph.cli import main
from coopgraph.query.formatting import run_stored
from coopgraph.query.questions import expand_iri, find_query
from coopgraph.query.store import open_dataset
from coopgraph.show import card
from coopgraph.validate import validate_files

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "data" / "seeds"
CG = Namespace("https://w3id.org/coopgraph/ontology#")
PROV = Namespace("http://www.w3.org/ns/prov#")
BASE = "https://w3id.org/coopgraph/"
# an official of 002 (Lamphoy Siackhachan, standing committee member of Vientiane Capital) to reject
HOLDING = "holding:002_b82691416a237f8a/LA-VT/standing-committee-member/lampoisiackacan"
# article 003 spelled the governor of Houaphanh as the English press does: two people where there is one
SPELLED = "Khamphaeng Xaysomphaeng"
OTHER, KEPT = "person:LA-HO/kampaengsaisompaeng", "person:LA-HO/kampengsaisompeng"


def run(*args, env=None) -> tuple[int, str, str]:
    r = CliRunner().invoke(main, [str(a) for a in args], env=env)
    return r.exit_code, r.stdout, r.stderr


@pytest.fixture()
def archive(tmp_path: Path, private_cache) -> Path:
    d = tmp_path / "archive"
    d.mkdir()
    for f in SEEDS.glob("*.txt"):
        shutil.copy(f, d / f.name)
    p = d / "003_840c5716b39e85f3.txt"
    p.write_text(p.read_text("utf-8").replace("Khăm Pheng - Xay Sổm Pheng", SPELLED), "utf-8")
    return d


def rows(folder: Path, name: str, **params) -> str:
    ds = open_dataset([folder], store="oxigraph", cache=False)
    return run_stored(ds, find_query(name), params, "tsv")


def test_rejections_and_merges_survive_a_rebuild_from_scratch(archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run("build", archive, "--out", out)[0] == 0
    assert "Lamphoy Siackhachan\"\t\"standing-committee-member" in rows(out, "officials")
    assert OTHER.split(":")[1] in rows(out, "post-holders", place="LA-HO")          # two people for one
    env = {"COOPGRAPH_EDITOR": "Lan"}
    code, _, err = run("reject", HOLDING, "--why", "he left the standing committee in 2024", "--in", archive, env=env)
    assert code == 0 and err.splitlines()[0].startswith(f"{archive / 'corrections.yaml'}:3: Lan: reject {HOLDING}")
    code, _, err = run("merge", OTHER, KEPT, "--why", "two spellings of the governor of Houaphanh", "--in", archive,
                       "--by", "Minh")
    assert code == 0, err

    shutil.rmtree(out)                                  # from scratch: nothing of the last build is left
    code, _, err = run("build", archive, "--out", out)
    assert code == 0 and err.splitlines() == [f"5 written, 0 unchanged, 0 failed, into {out}; 2 corrections applied"]
    for _ in range(2):                                  # and again, with nothing to redo
        officials = rows(out, "officials")
        assert "Lamphoy Siackhachan\"\t\"people-council-vice-chair" in officials
        assert "standing-committee-member\"\t\"LA-VT" not in officials
        holders = rows(out, "post-holders", place="LA-HO")
        assert OTHER.split(":")[1] not in holders
        governor = [r for r in holders.splitlines() if "\"governor\"" in r]
        assert len(governor) == 1 and SPELLED in governor[0] and "Khăm Pheng Xay Sổm Pheng" in governor[0]
        for ttl in out.glob("0*.ttl"):
            text = ttl.read_text("utf-8")
            assert "person/LA-HO/kampaengsaisompaeng" not in text and "LA-VT/standing-committee-member/lampoisiackacan" not in text
        code, _, err = run("build", archive, "--out", out)
        assert code == 0 and err.splitlines() == [f"0 written, 5 unchanged, 0 failed, into {out}; 2 corrections applied"]

    # PROV next to the extractor's provenance, and the corrections as a graph of their own
    g = Graph().parse(out / "003_840c5716b39e85f3.ttl")
    person = URIRef(expand_iri(KEPT))
    (c,) = set(g.objects(person, CG.correctedBy))
    cg_ = Graph().parse(out / "corrections.ttl")
    assert (c, CG.mergedNode, URIRef(expand_iri(OTHER))) in cg_
    assert (c, CG.reason, Literal("two spellings of the governor of Houaphanh")) in cg_
    assert cg_.value(cg_.value(c, PROV.wasAttributedTo), URIRef("http://www.w3.org/2000/01/rdf-schema#label")) == Literal("Minh")
    ds = open_dataset([out], store="oxigraph", cache=False)
    graphs = {r["g"].value for r in ds.store.query(
        "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?c a <https://w3id.org/coopgraph/ontology#Correction> } }")}
    assert graphs == {BASE + "graph/corrections"}
    # show marks the corrected facts and says by whom
    text = " ".join(card(ds, KEPT, lang="en").split())        # as one line: the card wraps its lines
    assert "✎ corrected (merged) by Minh, " in text and "two spellings of the governor of Houaphanh [corrections.yaml:" in text
    assert "✎ đã hiệu chỉnh (hợp nhất) bởi Minh, " in card(ds, KEPT, lang="vi")
    # validation covers the corrections graph
    report = validate_files(sorted(out.glob("*.ttl")), engine="pyshacl", cache=False)
    assert report.violations == 0


def test_a_changed_correction_rebuilds_its_articles_only(archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run("build", archive, "--out", out)[0] == 0
    env = {"COOPGRAPH_EDITOR": "Lan"}
    assert run("reject", HOLDING, "--why", "wrong", "--in", archive, env=env)[0] == 0
    code, _, err = run("build", archive, "--out", out)
    assert err.splitlines() == [f"1 written, 4 unchanged, 0 failed, into {out}; 1 corrections applied"]
    assert "lampoisiackacan" in (out / "002_b82691416a237f8a.ttl").read_text()          # the person stays
    assert "standing-committee-member/lampoisiackacan" not in (out / "002_b82691416a237f8a.ttl").read_text()
    (archive / "corrections.yaml").write_text("")                                       # the analyst takes it back
    code, _, err = run("build", archive, "--out", out)
    assert err.splitlines() == [f"1 written, 4 unchanged, 0 failed, into {out}"]
    assert "standing-committee-member/lampoisiackacan" in (out / "002_b82691416a237f8a.ttl").read_text()
    assert not (out / "corrections.ttl").exists()


def test_a_correction_that_points_at_nothing_is_reported_with_its_file_and_line(archive: Path, tmp_path: Path) -> None:
    f = archive / "corrections.yaml"
    f.write_text(f"""# two corrections
- reject: {HOLDING}
  why: wrong
  by: Lan
  at: 2026-12-01T10:00:00Z

- reject: holding:002_b82691416a237f8a/LA-VT/governor/nobody
  why: no such holding
  by: Lan
  at: 2026-12-01T10:05:00Z
- merge: person:LA-HO/nobody
  into: {KEPT}
  why: no such person
  by: Lan
  at: 2026-12-01T10:06:00Z
""", "utf-8")
    out = tmp_path / "out"
    code, _, err = run("build", archive, "--out", out)
    assert code == 0
    assert err.splitlines() == [
        f"{f}:7: reject holding:002_b82691416a237f8a/LA-VT/governor/nobody: no article holds this fact; "
        "the correction does nothing",
        f"{f}:11: merge person:LA-HO/nobody into {KEPT}: no article holds the node to merge; the correction does nothing",
        f"5 written, 0 unchanged, 0 failed, into {out}; 1 corrections applied, 2 pointing at nothing"]
    # the article whose fact was rejected is withdrawn: its rejection points at nothing now
    (archive / "002_b82691416a237f8a.txt").unlink()
    code, _, err = run("build", archive, "--out", out)
    assert f"{f}:2: reject {HOLDING}: no article holds this fact; the correction does nothing" in err.splitlines()
    assert err.splitlines()[-1] == \
        f"0 written, 4 unchanged, 1 removed, 0 failed, into {out}; 0 corrections applied, 3 pointing at nothing"
    code, text, _ = run("corrections", "--in", archive, "--out", out)
    assert code == 0 and text.count("(points at nothing)") == 3


def test_a_malformed_entry_is_refused_with_its_line_and_the_others_applied(archive: Path, tmp_path: Path) -> None:
    f = archive / "corrections.yaml"
    f.write_text(f"""- reject: {HOLDING}
  why: wrong
  by: Lan
  at: 2026-12-01T10:00:00Z
- reject: place:LA-HO
  why: a place is no fact
  by: Lan
  at: 2026-12-01T10:00:00Z
- merge: {OTHER}
  into: {KEPT}
  by: Lan
  at: 2026-12-01T10:00:00Z
""", "utf-8")
    out = tmp_path / "out"
    code, _, err = run("build", archive, "--out", out)
    assert code == 1
    assert err.splitlines() == [
        f"{f}:5: reject: place:LA-HO is not a fact (a holding, partnership, agreement, event, commitment); "
        "to undo a merge, remove its entry",
        f"{f}:9: merge: says nothing of why (each correction says who, when and why)",
        f"5 written, 0 unchanged, 0 failed, into {out}; 1 corrections applied, 2 refused"]
    assert "standing-committee-member/lampoisiackacan" not in (out / "002_b82691416a237f8a.ttl").read_text()


def test_a_corrections_file_that_does_not_parse_stops_the_build(archive: Path, tmp_path: Path) -> None:
    f = archive / "corrections.yaml"
    f.write_text("- reject: x\n  why: [unclosed\n", "utf-8")
    out = tmp_path / "out"
    code, _, err = run("build", archive, "--out", out)
    assert code == 2 and len(err.splitlines()) == 1 and err.startswith(f"coopgraph: {f}:3: YAML syntax error: ")
    assert not out.exists()


def test_an_added_fact_is_built_with_its_sentence_and_its_editor(archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, _, err = run("add", "commitment", "--article", "004_e60b61f85d68355c.txt", "--quote", "Anouphab Tounalom khẳng định",
                       "-s", "giver=VN-22", "-s", "receiver=Vientiane", "-s", "value=500000000", "-s", "currency=VND",
                       "--why", "the sum is said on the radio, not in the text", "--in", archive, "--by", "Lan")
    assert code == 0, err
    code, _, err = run("build", archive, "--out", out)
    assert code == 0, err
    amounts = rows(out, "amounts")
    assert "500000000" in amounts and "004_e60b61f85d68355c.txt" in amounts
    g = Graph().parse(out / "004_e60b61f85d68355c.ttl")
    fact = URIRef(BASE + "commitment/VN-22--LA-VT/500000000-VND")
    assert g.value(fact, PROV.wasAttributedTo) is not None and g.value(fact, CG.correctedBy) is not None
    assert (g.value(fact, CG.confidence).toPython(), str(g.value(fact, CG.rule))) == (1, "added-by-hand")
    assert str(g.value(fact, PROV.wasDerivedFrom)).startswith(BASE + "article/004_e60b61f85d68355c/s")
    assert validate_files(sorted(out.glob("*.ttl")), engine="pyshacl", cache=False).violations == 0
    # an addition whose sentence is not there is reported with its line, and builds nothing
    code, _, err = run("add", "partnership", "--article", "004_e60b61f85d68355c.txt", "--quote", "no such words",
                       "-s", "a=LA-HO", "-s", "b=VN-22", "-s", "status=talks", "--why", "x", "--in", archive, "--by", "Lan")
    assert code == 0
    for written in (1, 0):     # said again when nothing is rebuilt
        code, _, err = run("build", archive, "--out", out)
        assert code == 1 and err.splitlines() == [
            f"{archive / 'corrections.yaml'}:13: add partnership to 004_e60b61f85d68355c.txt: "
            "no sentence contains “no such words”",
            f"{written} written, {5 - written} unchanged, 0 failed, into {out}; 1 corrections applied, 1 refused"]


def test_the_command_line_refuses_what_build_would_refuse(archive: Path) -> None:
    code, _, err = run("reject", "place:LA-HO", "--why", "x", "--in", archive, "--by", "Lan")
    assert code == 2 and err.splitlines() == [
        "coopgraph: reject: place:LA-HO is not a fact (a holding, partnership, agreement, event, commitment); "
        "to undo a merge, remove its entry"]
    code, _, err = run("merge", OTHER, "place:LA-HO", "--why", "x", "--in", archive, "--by", "Lan")
    assert code == 2 and "two nodes of one kind" in err
    code, _, err = run("add", "official", "--article", "004_e60b61f85d68355c.txt", "--sentence", "1", "-s", "name=A B",
                       "-s", "post=wizard", "-s", "unit=LA-HO", "--why", "x", "--in", archive, "--by", "Lan")
    assert code == 2 and err.startswith("coopgraph: add official: post 'wizard' is not a code of the post list (one of: ")
    assert not (archive / "corrections.yaml").exists()
    code, _, err = run("reject", HOLDING, "--why", " ", "--in", archive, "--by", "Lan")
    assert code == 2 and err.splitlines() == ["coopgraph: say why (--why): every correction keeps its reason"]
    assert not (archive / "corrections.yaml").exists()
    assert run("reject", expand_iri(HOLDING), "--why", "x", "--in", archive, "--by", "Lan")[0] == 0
    code, text, err = run("corrections", "--in", archive)
    assert code == 0 and text.count(f"Lan: reject {HOLDING} — x") == 1 and err.splitlines() == ["1 corrections"]


def test_the_corrections_graph_breaking_the_shapes_is_reported(archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run("reject", HOLDING, "--why", "wrong", "--in", archive, "--by", "Lan")[0] == 0
    assert run("build", archive, "--out", out)[0] == 0
    ttl = out / "corrections.ttl"
    ttl.write_text(ttl.read_text("utf-8").replace('cg:reason "wrong" ;', ""), "utf-8")
    report = validate_files(sorted(out.glob("*.ttl")), engine="pyshacl", cache=False)
    assert report.violations == 1
    code, text, _ = run("validate", out, "--engine", "pyshacl", "--no-cache")
    assert code == 1 and "corrections.ttl" in text and "exactly one cg:reason" in text


def test_the_command_line_offers_every_kind_a_correction_may_add() -> None:
    from coopgraph import cli_corrections, corrections

    assert cli_corrections.ADD_KINDS == tuple(corrections.ADD_FIELDS)


def test_a_stored_question_from_the_command_line_does_not_load_rdflib(tmp_path: Path) -> None:
    # rdflib (with the corrections module) is a tenth of a second of every `coopgraph query`: the embedded store,
    # once loaded, answers without it (the second run: the first loads the store)
    import subprocess
    import sys

    code = ("import sys; from coopgraph.cli import main\n"
            "try:\n    main(['query', 'lao-provinces-with-several-partners', '--format', 'csv'])\n"
            "except SystemExit:\n    pass\n"
            "print('rdflib' in sys.modules, file=sys.stderr)")
    env = {**__import__("os").environ, "COOPGRAPH_CACHE_DIR": str(tmp_path)}
    for _ in range(2):
        r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env)
    assert "LA-" in r.stdout, r.stderr
    assert r.stderr.strip().splitlines()[-1] == "False", r.stderr
