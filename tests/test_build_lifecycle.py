"""What build promises over time (issues 15 and 17): an article whose source has gone leaves the graph and every stored
question; build removes only what it wrote; a file that takes too long fails alone within its time limit; a killed
build leaves no worker behind; file names of any script and length get distinct, stable ids."""
from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from coopgraph import build as build_mod
from coopgraph.article import article_id
from coopgraph.build import RECORD, build
from coopgraph.cli import main
from coopgraph.query.formatting import run_stored
from coopgraph.query.questions import KIND_HELP, catalogue
from coopgraph.query.store import open_dataset

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "data" / "seeds"
GONE = "003_840c5716b39e85f3"       # the only article that makes Sơn La a partner of Houaphanh


def run(*args) -> tuple[int, str, str]:
    r = CliRunner().invoke(main, [str(a) for a in args])
    return r.exit_code, r.stdout, r.stderr


def seeds_copy(tmp_path: Path) -> Path:
    d = tmp_path / "in"
    d.mkdir()
    for f in SEEDS.glob("*.txt"):
        shutil.copy(f, d / f.name)
    return d


def answers(folder: Path, cache: bool = False) -> dict[str, str]:
    """Every stored question's answer (TSV) over the graph in ``folder``; required parameters from the examples.
    ``cache``: on the on-disk store that ``coopgraph query`` keeps between runs."""
    ds = open_dataset([folder], store="oxigraph", cache=cache)
    out = {}
    for q in catalogue():
        params = {p.name: KIND_HELP[p.kind][1] for p in q.params if p.required}
        out[q.name] = run_stored(ds, q, params, "tsv")
    return out


def test_a_deleted_article_leaves_every_stored_question(tmp_path: Path, private_cache) -> None:
    src = seeds_copy(tmp_path)
    out = tmp_path / "out"
    (out / "notes").mkdir(parents=True)
    (out / "notes" / "mine.txt").write_text("an analyst's own file")
    (out / "mine.ttl").write_text("<urn:a> <urn:b> <urn:c> .\n")    # not build's: never removed
    assert run("build", src, "--out", out)[0] == 0
    before = answers(out)
    assert any(f"{GONE}.txt" in a for a in before.values())           # the article answers something
    assert answers(out, cache=True) == before                          # the on-disk store, kept for later

    (src / f"{GONE}.txt").unlink()
    code, _, err = run("build", src, "--out", out)
    assert code == 0 and err.splitlines() == [f"0 written, 4 unchanged, 1 removed, 0 failed, into {out}"]
    assert not (out / f"{GONE}.ttl").exists()
    assert (out / "mine.ttl").exists() and (out / "notes" / "mine.txt").exists()
    (out / "mine.ttl").unlink()
    after = answers(out)
    for name, text in after.items():
        assert f"{GONE}.txt" not in text, name
    assert answers(out, cache=True) == after                           # the on-disk store follows the folder
    # the same answers as a graph built afresh from the remaining articles
    fresh = tmp_path / "fresh"
    assert run("build", src, "--out", fresh)[0] == 0
    assert after == answers(fresh)
    code, text, _ = run("query", "partners-of", "--param", "place=LA-HO", "--no-cache", "--data", out)
    assert code == 0 and "VN-05" not in text                              # Sơn La is no partner any more


def test_an_emptied_folder_removes_everything_build_wrote(tmp_path: Path) -> None:
    src = seeds_copy(tmp_path)
    out = tmp_path / "out"
    assert run("build", src, "--out", out)[0] == 0
    for f in src.glob("*.txt"):
        f.unlink()
    code, _, err = run("build", src, "--out", out)
    assert code == 0 and err.splitlines() == [f"0 written, 0 unchanged, 5 removed, 0 failed, into {out}"]
    assert sorted(p.name for p in out.iterdir()) == [RECORD]


def test_a_renamed_article_replaces_its_old_output(tmp_path: Path) -> None:
    src = seeds_copy(tmp_path)
    out = tmp_path / "out"
    assert run("build", src, "--out", out)[0] == 0
    (src / f"{GONE}.txt").rename(src / "renamed.txt")
    code, _, err = run("build", src, "--out", out)
    assert code == 0 and err.splitlines() == [f"1 written, 4 unchanged, 1 removed, 0 failed, into {out}"]
    assert (out / "renamed.ttl").exists() and not (out / f"{GONE}.ttl").exists()


def test_building_one_file_keeps_the_others(tmp_path: Path) -> None:
    src = seeds_copy(tmp_path)
    out = tmp_path / "out"
    assert run("build", src, "--out", out)[0] == 0
    code, _, err = run("build", src / f"{GONE}.txt", "--out", out, "--force")
    assert code == 0 and err.splitlines() == [f"1 written, 0 unchanged, 0 failed, into {out}"]
    assert len(list(out.glob("*.ttl"))) == 5


def test_a_missing_folder_creates_nothing(tmp_path: Path) -> None:
    code, _, err = run("build", tmp_path / "nowhere", "--out", tmp_path / "out")
    assert code == 2 and err.splitlines() == [f"coopgraph: {tmp_path / 'nowhere'}: no such file or folder"]
    assert not (tmp_path / "out").exists()


def test_a_name_too_long_for_a_file_is_one_short_line(tmp_path: Path) -> None:
    long = "x" * 5000
    code, _, err = run("build", long, "--out", tmp_path / "out")
    assert code == 2 and err.splitlines() == [f"coopgraph: {'x' * 300}: no such file or folder"]
    code, _, err = run("build", SEEDS / "000_fd94935522cb7509.txt", long, "--out", tmp_path / "out")
    assert code == 1 and err.splitlines() == [f"{'x' * 300}…: cannot read: File name too long",
                                              f"1 written, 0 unchanged, 1 failed, into {tmp_path / 'out'}"]


def test_file_names_in_any_script_and_length_get_distinct_stable_ids(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    text = (SEEDS / "000_fd94935522cb7509.txt").read_bytes()
    names = ["ແຂວງຫົວພັນ.txt", "ແຂວງວຽງຈັນ.txt", "老挝华潘省.txt", "越南清化省.txt", "Hà Nội 河内.txt",
             "a" * 246 + ".txt"]          # 250 characters
    for n in names:
        (src / n).write_bytes(text)
    ids = [article_id(src / n) for n in names]
    assert len(set(ids)) == len(ids) and "x" not in ids
    assert all(len(i) <= 120 for i in ids)
    out = tmp_path / "out"
    code, _, err = run("build", src, "--out", out)
    assert code == 0, err
    assert sorted(p.stem for p in out.glob("*.ttl")) == sorted(ids)
    assert ids == [article_id(src / n) for n in names]                  # the same ids every time


def _one_sentence(size: int) -> bytes:
    """A real article repeated, with its sentence breaks removed, to ``size`` bytes: one sentence."""
    text = " ".join(re.sub(r"[.!?…\n]+", " ", f.read_text("utf-8")) for f in sorted(SEEDS.glob("*.txt")))
    # no lower-case letter against a capital ("LàoThỏa"): a line of those is read as glued headlines, not text
    text = "".join(a + " " if a.islower() and b.isupper() else a for a, b in zip(text, text[1:] + " "))
    data = (text * (size // len(text.encode()) + 1)).encode()[:size]
    return data.decode("utf-8", errors="ignore").encode()


def test_a_1mb_single_sentence_article_builds_or_fails_alone_within_seconds(tmp_path: Path) -> None:
    src = seeds_copy(tmp_path)
    (src / "long.txt").write_bytes(_one_sentence(1_000_000))
    out = tmp_path / "out"
    t0 = time.monotonic()
    code, _, err = run("build", src, "--out", out, "--time-limit", "20")
    elapsed = time.monotonic() - t0
    lines = err.splitlines()
    assert lines[-1] in (f"6 written, 0 unchanged, 0 failed, into {out}",
                         f"5 written, 0 unchanged, 1 failed, into {out}"), err
    if "1 failed" in lines[-1]:
        assert lines[0] == f"{src / 'long.txt'}: took longer than 20 s, the time limit per article (--time-limit)"
    assert len(list(out.glob("0*.ttl"))) == 5
    assert elapsed < 25


def test_a_file_past_its_time_limit_fails_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = seeds_copy(tmp_path)
    (src / "hangs.txt").write_bytes((SEEDS / "000_fd94935522cb7509.txt").read_bytes())
    real = build_mod.extract_article

    def extract(article, gaz):
        if article.file_name == "hangs.txt":
            while True:            # as a regular expression stuck in C would: no signal interrupts it
                time.sleep(0.01)
        return real(article, gaz)

    monkeypatch.setattr(build_mod, "extract_article", extract)   # the workers are forked: they see it
    out = tmp_path / "out"
    failed = []
    t0 = time.monotonic()
    results = build([src], out, jobs=2, time_limit=1.5, on_result=lambda r: failed.append(r) if r.status == "failed" else None)
    assert time.monotonic() - t0 < 15
    assert [(r.source.name, r.message) for r in failed] == [
        ("hangs.txt", "took longer than 1.5 s, the time limit per article (--time-limit)")]
    assert sorted(r.status for r in results) == ["failed"] + ["written"] * 5
    assert [r.source.name for r in results] == sorted(p.name for p in src.iterdir())     # reported in order
    assert not (out / "hangs.ttl").exists() and not list(out.glob(".*.tmp"))


def _children(pid: int) -> list[int]:
    out = []
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                stat = (d / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                out.append(int(d.name))
    return out


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc (Linux)")
def test_a_killed_build_leaves_no_worker_writing(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    slow = _one_sentence(150_000)          # about half a second each
    for i in range(40):
        (src / f"a{i:02d}.txt").write_bytes(slow)
    out = tmp_path / "out"
    env = {**os.environ, "COOPGRAPH_CACHE_DIR": str(tmp_path / "cache")}
    p = subprocess.Popen([sys.executable, "-m", "coopgraph.cli", "build", str(src), "--out", str(out), "-j", "2"],
                         env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not list(out.glob("a*.ttl")) and time.monotonic() < deadline:
            time.sleep(0.05)
        workers = _children(p.pid)
        assert len(workers) == 2
        p.send_signal(signal.SIGKILL)
        p.wait()
        time.sleep(1)
        assert not [w for w in workers if _alive(w)]
        written = sorted(out.glob("a*.ttl"))
        time.sleep(2)
        assert sorted(out.glob("a*.ttl")) == written and len(written) < 40
    finally:
        if p.poll() is None:
            p.kill()

