"""validate --format json follows the SHACL report: ``conforms`` is false when there is any result, warnings too;
the exit code still looks at violations only."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from coopgraph.cli import main

GRAPH = Path(__file__).resolve().parents[1] / "data" / "graph"


def _validate(*files: Path) -> tuple[int, dict]:
    r = CliRunner().invoke(main, ["validate", "--engine", "pyshacl", "--no-cache", "--format", "json",
                                  *map(str, files)])
    return r.exit_code, json.loads(r.stdout)


def test_warnings_alone_do_not_conform_but_exit_zero() -> None:
    code, doc = _validate(GRAPH / "003_840c5716b39e85f3.ttl")      # no signatory, no date: warnings only
    assert doc["violations"] == 0 and doc["warnings"] > 0
    assert doc["conforms"] is False
    assert code == 0


def test_no_result_conforms() -> None:
    code, doc = _validate(GRAPH / "000_fd94935522cb7509.ttl")
    assert doc["results"] == [] and doc["conforms"] is True and code == 0
