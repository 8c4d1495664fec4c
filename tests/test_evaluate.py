"""`coopgraph evaluate` measures like the yardstick, on the shipped seeds and on perturbed gold files."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from coopgraph.cli import main

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def kind_lines(text: str) -> list[str]:
    return [ln for ln in text.splitlines() if re.match(r"^\w+\s+gold=", ln) or ln.startswith(("score:", "all facts pooled:"))]


def test_evaluate_on_the_shipped_seeds() -> None:
    r = CliRunner().invoke(main, ["evaluate", str(REPO / "data" / "seeds")])
    assert r.exit_code == 0, r.output
    assert float(r.stdout.strip().splitlines()[-1].split("=")[1]) >= 0.9


def test_evaluate_lists_misses_and_spurious_facts(tmp_path: Path) -> None:
    for f in (REPO / "data" / "seeds").glob("001_*"):
        shutil.copy(f, tmp_path)
    gold_file = next(tmp_path.glob("*.gold.yaml"))
    gold = yaml.safe_load(gold_file.read_text(encoding="utf-8"))
    gold["officials"].append({"name": "Nobody Here", "post": "governor", "of": "LA-HO"})
    gold["officials"] = [o for o in gold["officials"] if o["post"] != "people-council-chair"]
    gold_file.write_text(yaml.safe_dump(gold, allow_unicode=True), encoding="utf-8")
    r = CliRunner().invoke(main, ["evaluate", str(tmp_path), "--verbose"])
    assert "missed   ('001_5a1d5f1eb188703c.txt', ('nobodyhere',), 'governor', 'LA-HO')" in r.stdout
    assert "spurious ('001_5a1d5f1eb188703c.txt', 'khonpaphanluongsichanthong', 'people-council-chair', 'LA-HO')" in r.stdout


def test_a_broken_gold_file_is_a_one_line_error(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text("Tỉnh Thanh Hóa hội đàm với tỉnh Hủa Phăn.", encoding="utf-8")
    (tmp_path / "x.gold.yaml").write_text("partnerships: [ {a: VN-21", encoding="utf-8")
    r = CliRunner().invoke(main, ["evaluate", str(tmp_path)])
    assert r.exit_code == 2
    assert "x.gold.yaml: cannot read gold file" in r.stderr and "Traceback" not in r.output


@pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(), reason="../shared is absent")
def test_evaluate_agrees_with_the_yardstick_on_perturbed_dev_gold(tmp_path: Path) -> None:
    dev = tmp_path / "dev"
    shutil.copytree(SHARED / "corpus" / "dev", dev)
    # make the extractor look imperfect: drop, add and change gold facts
    for name, edit in [("vi_01.gold.yaml", lambda g: g["officials"].pop()),
                       ("en_04.gold.yaml", lambda g: g["partnerships"].append({"a": "VN-25", "b": "LA-XE", "status": "relation"})),
                       ("vi_02.gold.yaml", lambda g: g["agreements"][0].update(signed="2025-12-01")),
                       ("xc_03.gold.yaml", lambda g: g["events"][0].update(date=None)),
                       ("en_04.gold.yaml", lambda g: g["amounts"].pop())]:
        path = dev / name
        g = yaml.safe_load(path.read_text(encoding="utf-8"))
        edit(g)
        path.write_text(yaml.safe_dump(g, allow_unicode=True), encoding="utf-8")
    cli = Path(sys.executable).with_name("coopgraph")
    ours = subprocess.run([str(cli), "evaluate", str(dev)], capture_output=True, text=True, timeout=300)
    yard = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(dev), "--cli", str(cli)],
                          capture_output=True, text=True, timeout=300)
    assert kind_lines(ours.stdout) == kind_lines(yard.stdout)
    assert kind_lines(ours.stdout)[-1] != "score: F1=1.000"
