"""A mistyped name gets the closest known names."""
from __future__ import annotations

from click.testing import CliRunner

from coopgraph.cli import main
from coopgraph.suggest import closest, did_you_mean


def test_closest_folds_case_and_diacritics_and_keeps_the_marked_spelling() -> None:
    assert closest("thanh hoa", ["Hà Tĩnh", "Thanh Hoa", "Thanh Hóa", "Sơn La"]) == ["Thanh Hóa"]
    assert closest("partner-of", ["officials", "partners-of", "partners-today"])[0] == "partners-of"
    assert closest("zzzz", ["officials", "events"]) == []
    assert did_you_mean("zzzz", ["officials"]) == ""


def test_closest_is_stable_and_bounded() -> None:
    names = [f"name-{i}" for i in range(50)]
    assert closest("name-", names, n=3) == closest("name-", list(reversed(names)), n=3)
    assert len(closest("name-", names, n=3)) == 3


def test_query_typo_suggests_the_closest_names() -> None:
    r = CliRunner().invoke(main, ["query", "post-holder"])
    assert r.exit_code == 2
    assert r.stderr.strip() == ("coopgraph: no stored query named 'post-holder'; did you mean: post-holders? "
                                "('coopgraph queries' lists them all)")
    r = CliRunner().invoke(main, ["query", "partner-of", "--endpoint", "http://127.0.0.1:9/query"])
    assert r.exit_code == 2 and "did you mean: partners-of" in r.stderr
