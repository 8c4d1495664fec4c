"""Fuzzing build (issue 17): at least 2,000 articles mutated from the seeds (cuts, duplications, encodings, control
characters, huge numbers, broken headers and HTML, long single-line files; tests/fuzz_articles.py) go through
``coopgraph build`` as a user's folder would. No exception escapes (a failure is one of the known one-line reasons),
every file is done within its time limit, every output parses, and the outputs conform to the shapes (validated in
bulk: Apache Jena SHACL in one process when installed, else pySHACL on a fixed sample).

COOPGRAPH_FUZZ_SEED picks other mutations (the seed is in every failure message); COOPGRAPH_FUZZ_N more of them.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

import pyoxigraph as ox

from coopgraph.build import build
from coopgraph.validate import jena_available, validate_files
from fuzz_articles import mutated_articles

N = int(os.environ.get("COOPGRAPH_FUZZ_N", "2000"))
SEED = int(os.environ.get("COOPGRAPH_FUZZ_SEED", "20261203"))
LIMIT = 20.0                  # seconds per file: the largest mutation (150 kB on one line) takes a second or two
KNOWN = re.compile(r"^(empty file|no text in the file|binary file, not text|unknown text encoding \(.*\)|"
                   r"too large for an article \(.*\))$")


def test_mutated_articles_build_within_their_time_limit_and_conform(tmp_path: Path, private_cache) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    for name, data in mutated_articles(N, SEED):
        (src / name).write_bytes(data)
    results = build([src], out, time_limit=LIMIT)
    where = f"(COOPGRAPH_FUZZ_SEED={SEED})"
    assert len(results) == N
    escaped = [(r.source.name, r.message) for r in results if r.status == "failed" and not KNOWN.match(r.message)]
    assert escaped == [], where
    slowest = max(results, key=lambda r: r.seconds)
    assert slowest.seconds < LIMIT, (slowest.source.name, where)
    written = [r.output for r in results if r.status == "written"]
    assert len(written) > N // 2, where                      # most mutations are still articles
    for f in written:
        ox.parse(path=str(f), format=ox.RdfFormat.TURTLE)    # raises on anything that does not parse
    if jena_available():
        report = validate_files(written, engine="jena", cache=False)
    else:    # pySHACL checks one file at a time: a fixed sample, the long single-line files among it
        report = validate_files(sorted(written)[::40] + [f for f in written if int(f.stem[1:]) % 200 == 7],
                                engine="pyshacl", jobs=0, cache=False)
    assert report.violations == 0, ([p for p in report.problems if p.severity == "Violation"][:5], where)
