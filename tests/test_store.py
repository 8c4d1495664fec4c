"""Issue 17: the on-disk store under crashes and hostile conditions (points 1, 6, 7 and the query side of 9).

1. A `coopgraph query` killed (SIGKILL) while it reloads a changed data folder: the next run answers every stored
   question as a store built afresh does.
6. Another process holds the store: wait a bounded time, then answer from memory and say so in one line; a full or
   read-only cache: one line, no `bulk-*.sst` left behind; `validate` with a cache it cannot write: no traceback.
7. An edit that keeps a file's size and modification time is seen.
9. `--param place=` (empty), impossible dates, Arabic-Indic digits are refused; an error never echoes a
   100,000-character parameter whole.
"""
from __future__ import annotations

import json
import os
import random
import resource
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from coopgraph import resources
from coopgraph.cli import main
from coopgraph.graphfiles import turtle_files
from coopgraph.query import questions
from coopgraph.query.answers import answer
from coopgraph.query.store import MANIFEST, cache_dir_for, open_dataset

from export_helpers import make_synthetic_graph

COOPGRAPH = [sys.executable, "-m", "coopgraph.cli"]


def _every_answer(ds) -> dict:
    out = {}
    for q in questions.catalogue():
        for params in (questions.example_params(q), questions.example_params(q, optional=True)):
            res = answer(ds, q, params)
            names = [v.value for v in res.variables]
            out[(q.name, json.dumps(params))] = [names] + [[str(r[n]) for n in names] for r in res]
    return out


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory) -> Path:
    """About 60,000 triples in some 300 article files: a reload of a third of them takes long enough to be killed."""
    return make_synthetic_graph(tmp_path_factory.mktemp("syn") / "graph", 60_000, seed=3)


def _manifest_id(store: Path) -> tuple | None:
    try:
        st = (store / MANIFEST).stat()
    except OSError:
        return None
    return st.st_ino, st.st_mtime_ns


def _pending(store: Path) -> bool:
    try:
        m = json.loads((store / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return any(v.get("pending") for v in m.get("files", {}).values())


def test_a_query_killed_mid_reload_leaves_no_wrong_answer(synthetic, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(synthetic, data)
    for f in (resources.graph_dir()).glob("*.ttl"):             # the seed articles too: every question has rows
        shutil.copy(f, data / f.name)
    store = cache_dir_for([data], resources.cache_root())
    run = subprocess.run(COOPGRAPH + ["query", "partnerships", "--data", str(data), "--format", "tsv"],
                         capture_output=True, timeout=300)
    assert run.returncode == 0 and store.is_dir(), run.stderr.decode()
    rng = random.Random(5)
    files = sorted(data.glob("syn*.ttl"))
    for f in rng.sample(files, len(files) // 3):                # a third of the files deleted
        f.unlink()
    for f in rng.sample(sorted(data.glob("syn*.ttl")), 20):      # and some edited
        f.write_text(f.read_text(encoding="utf-8").replace("place:VN-", "place:LA-"), encoding="utf-8")
    killed_mid_reload = 0
    for delay in (0.0, 0.05, 0.2, 0.5):
        before = _manifest_id(store)
        proc = subprocess.Popen(COOPGRAPH + ["query", "lao-provinces-with-several-partners", "--data", str(data)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 120
        # the reload has begun when the manifest is first written again
        while _manifest_id(store) == before and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.001)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        if proc.returncode == -signal.SIGKILL and _pending(store):
            killed_mid_reload += 1                               # killed with the reload under way
    assert killed_mid_reload >= 1
    # the next open repairs the store: every stored question answers as a store built afresh from the files
    repaired = open_dataset([data], path=store, cache=True)
    assert _every_answer(repaired) == _every_answer(open_dataset([data], cache=False))
    assert not _pending(store)
    # and so does the command line
    cli = subprocess.run(COOPGRAPH + ["query", "partnerships", "--data", str(data), "--format", "tsv"],
                         capture_output=True, timeout=300)
    fresh = subprocess.run(COOPGRAPH + ["query", "partnerships", "--data", str(data), "--format", "tsv",
                                        "--no-cache"], capture_output=True, timeout=300)
    assert cli.returncode == 0 and cli.stdout == fresh.stdout and cli.stderr == b""


# ------------------------------------------------------------------ point 6: a store another process holds

_HOLD = """
import sys, time, pyoxigraph as ox
st = ox.Store(sys.argv[1])
print("holding", flush=True)
time.sleep(float(sys.argv[2]))
"""


def _hold(store: Path, seconds: float) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", _HOLD, str(store), str(seconds)], stdout=subprocess.PIPE)
    assert proc.stdout.readline().strip() == b"holding"
    return proc


def test_a_store_held_by_another_process_is_waited_for_then_memory_says_so(own_graph, monkeypatch):
    args = ["query", "partners-of", "-p", "place=LA-HO", "--data", str(own_graph), "--format", "csv"]
    expected = subprocess.run(COOPGRAPH + args + ["--no-cache"], capture_output=True, timeout=120).stdout.decode()
    first = subprocess.run(COOPGRAPH + args, capture_output=True, timeout=120)     # makes the on-disk store
    assert first.stdout.decode() == expected and "VN-21" in expected
    store = cache_dir_for([own_graph], resources.cache_root())
    # held for longer than the wait: answered from memory, and one line says so
    holder = _hold(store, 30)
    try:
        env = {**os.environ, "COOPGRAPH_LOCK_WAIT": "1", "COOPGRAPH_STORE": ""}
        t = time.monotonic()
        r = subprocess.run(COOPGRAPH + args + ["--fresh"], capture_output=True, timeout=120, env=env)
        waited = time.monotonic() - t
    finally:
        holder.kill()
        holder.wait()
    assert r.returncode == 0 and r.stdout.decode() == expected
    [line] = r.stderr.decode().splitlines()
    assert line.startswith("coopgraph: the on-disk store in ") and "in use by another process (waited 1 s)" in line
    assert "answered from the files, loaded into memory" in line and waited >= 1
    # held for less than the wait: the store is used, nothing said
    holder = _hold(store, 1)
    try:
        env = {**os.environ, "COOPGRAPH_LOCK_WAIT": "20"}
        r = subprocess.run(COOPGRAPH + args + ["--fresh"], capture_output=True, timeout=120, env=env)
    finally:
        holder.kill()
        holder.wait()
    assert r.returncode == 0 and r.stdout.decode() == expected and r.stderr == b""


# ------------------------------------------------------------------ point 6: a full or read-only cache disk

_FULL_DISK = """
import resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)      # a write past the limit fails (EFBIG), as on a full disk
resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[1]), int(sys.argv[1])))
sys.argv = ["coopgraph"] + sys.argv[2:]
from coopgraph.cli import main
main()
"""


def test_a_full_cache_disk_answers_from_memory_in_one_line_and_leaves_no_debris(synthetic, tmp_path):
    args = ["query", "partnerships", "--data", str(synthetic), "--format", "tsv"]
    expected = subprocess.run(COOPGRAPH + args + ["--no-cache"], capture_output=True, timeout=300).stdout
    r = subprocess.run([sys.executable, "-c", _FULL_DISK, "300000"] + args, capture_output=True, timeout=300)
    assert r.returncode == 0 and r.stdout == expected
    [line] = r.stderr.decode().splitlines()
    assert line.startswith("coopgraph: cannot write the on-disk store in ") and "loaded into memory" in line
    store = cache_dir_for([synthetic], resources.cache_root())
    assert list(store.glob("bulk-*.sst")) == []
    # with room again, the next run loads what the failed one left pending, and answers the same
    again = subprocess.run(COOPGRAPH + args, capture_output=True, timeout=300)
    assert again.returncode == 0 and again.stdout == expected and again.stderr == b""


def _unwritable_cache(tmp_path: Path, monkeypatch) -> Path:
    """A cache folder that cannot be written: read-only for an ordinary user; for root (whom permissions do not
    stop), a file where the folder should be."""
    cache = tmp_path / "ro-cache"
    if os.geteuid() == 0:
        cache.write_text("not a folder", encoding="utf-8")
    else:
        cache.mkdir()
        cache.chmod(0o500)
    monkeypatch.setenv("COOPGRAPH_CACHE_DIR", str(cache))
    return cache


def test_a_read_only_cache_answers_from_memory_in_one_line(own_graph, tmp_path, monkeypatch):
    _unwritable_cache(tmp_path, monkeypatch)
    args = ["query", "partners-of", "-p", "place=LA-HO", "--data", str(own_graph), "--format", "csv"]
    r = subprocess.run(COOPGRAPH + args, capture_output=True, timeout=120)
    assert r.returncode == 0 and "VN-21" in r.stdout.decode()
    [line] = r.stderr.decode().splitlines()
    assert line.startswith("coopgraph: cannot use the on-disk store in ") and "loaded into memory" in line


def test_validate_with_a_read_only_cache_is_no_traceback(own_graph, tmp_path, monkeypatch):
    _unwritable_cache(tmp_path, monkeypatch)
    r = subprocess.run(COOPGRAPH + ["validate", str(own_graph), "--engine", "pyshacl"], capture_output=True,
                       timeout=300)
    assert r.returncode in (0, 1) and b"Traceback" not in r.stderr, r.stderr.decode()[-2000:]
    assert b"graph file(s)" in r.stdout


# ------------------------------------------------------------------ point 7: same size, same modification time

@pytest.mark.parametrize("how", ["in place", "replaced (cp -p)"])
def test_an_edit_that_keeps_size_and_mtime_is_seen(own_graph, tmp_path, how):
    store = tmp_path / "store"
    open_dataset([own_graph], path=store, cache=True).close()
    f = turtle_files([own_graph])[0]
    st = f.stat()
    data = f.read_bytes()
    edited = data.replace(b"place:LA-HO", b"place:LA-XA", 1)
    assert edited != data and len(edited) == len(data)
    if how == "in place":
        with open(f, "r+b") as out:
            out.write(edited)
    else:
        other = tmp_path / "other.ttl"
        other.write_bytes(edited)
        os.utime(other, ns=(st.st_atime_ns, st.st_mtime_ns))
        shutil.copy2(other, f)                  # cp -p: the content, the times
    os.utime(f, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert (f.stat().st_size, f.stat().st_mtime_ns) == (st.st_size, st.st_mtime_ns)
    ds = open_dataset([own_graph], path=store, cache=True)
    ds.store        # (an up-to-date store is opened lazily)
    assert ds.loaded == [f]
    touched = open_dataset([own_graph], path=store, cache=True)
    assert touched.loaded == [] and touched.opened is None        # and then it is up to date again


# ------------------------------------------------------------------ point 9: hostile parameters

@pytest.mark.parametrize("args,message", [
    (["partners-of", "-p", "place="], "coopgraph: --param place: empty value"),
    (["partners-of", "-p", "place=  "], "coopgraph: --param place: empty value"),
    (["agreements-in-force", "-p", "date=2027-13-45"], "coopgraph: --param date: expected a date YYYY-MM-DD, got '2027-13-45'"),
    (["agreements-in-force", "-p", "date=2027-02-30"], "coopgraph: --param date: expected a date YYYY-MM-DD, got '2027-02-30'"),
    (["agreements-in-force", "-p", "date=٢٠٢٧-٠٣-٠١"], "coopgraph: --param date: expected a date YYYY-MM-DD, got '٢٠٢٧-٠٣-٠١'"),
    (["sources-of", "-p", "entity="], "coopgraph: --param entity: empty value"),
])
def test_an_impossible_or_empty_parameter_is_refused(args, message):
    r = CliRunner().invoke(main, ["query", *args, "--no-cache"])
    assert r.exit_code == 2 and r.stdout == ""
    [line] = r.stderr.splitlines()
    assert line.startswith(message), line


@pytest.mark.parametrize("args", [
    ["partners-of", "-p", "place=" + "x" * 100_000],
    ["sources-of", "-p", "entity=" + "x" * 100_000],
    ["agreements-in-force", "-p", "date=" + "9" * 100_000],
    ["partners-of", "-p", "z" * 100_000 + "=1"],
    ["partners-of", "-p", "z" * 100_000],
    ["x" * 100_000],
])
def test_an_error_never_echoes_a_huge_parameter_whole(args):
    r = CliRunner().invoke(main, ["query", *args, "--no-cache"])
    assert r.exit_code == 2 and r.stdout == ""
    [line] = r.stderr.splitlines()
    assert len(line) < 400 and "100,000 characters" in line, line[:400]


def test_the_benchmark_generator_s_help_and_bad_size_are_no_traceback():
    script = Path(__file__).resolve().parent.parent / "benchmarks" / "generate.py"
    r = subprocess.run([sys.executable, str(script), "--help"], capture_output=True, timeout=120)
    assert r.returncode == 0 and b"usage:" in r.stdout and b"Traceback" not in r.stderr
    r = subprocess.run([sys.executable, str(script), "graph", "lots", "/nonexistent"], capture_output=True, timeout=120)
    assert r.returncode == 2 and b"Traceback" not in r.stderr and b"not a size: 'lots'" in r.stderr
