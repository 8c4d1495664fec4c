"""The analyst's commands: ``coopgraph reject / merge / add`` append a correction to the corrections file beside the
articles, ``coopgraph corrections`` lists them (see ``corrections.py``; ``coopgraph build`` applies them)."""
from __future__ import annotations

import datetime as dt
import getpass
import os
import sys
from pathlib import Path

import click

from .query.formatting import shorten
from .query.questions import expand_iri

# the keys of corrections.ADD_FIELDS, named here so that every command of the CLI starts without loading corrections
# and rdflib (a tenth of a second of each `coopgraph query`); tests/test_corrections.py checks that they agree
ADD_KINDS = ("official", "partnership", "agreement", "event", "commitment")


def _fail(message: str, code: int = 2) -> None:
    click.echo(f"coopgraph: {message}", err=True)
    sys.exit(code)


def _editor(by: str | None) -> str:
    name = by or os.environ.get("COOPGRAPH_EDITOR") or ""
    if not name.strip():
        try:
            name = getpass.getuser()
        except (KeyError, OSError):
            name = ""
    if not name.strip():
        _fail("who makes this correction? give --by NAME or set COOPGRAPH_EDITOR")
    return " ".join(name.split())


def _file(folder: Path, file: Path | None) -> Path:
    from . import corrections as corr

    return file or folder / corr.CORRECTIONS_YAML


def _append(path: Path, action: str, target: str, why: str, by: str | None, **more: str) -> None:
    """Append one entry, after checking it as build will read it; the file is replaced atomically."""
    from . import corrections as corr
    from .build import write_atomically

    if not why.strip():
        _fail("say why (--why): every correction keeps its reason")
    at = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    try:
        old = path.read_text(encoding="utf-8-sig") if path.exists() else \
            "# Corrections to the graph built from the articles of this folder: coopgraph build applies them,\n" \
            "# in this order, at every build. Written by coopgraph reject / merge / add (or by hand).\n"
    except (OSError, UnicodeDecodeError) as e:
        _fail(f"{path}: cannot read ({getattr(e, 'strerror', None) or e})")
    if old and not old.endswith("\n"):
        old += "\n"
    text = old + corr.entry_text(action, target, why, _editor(by), at, **more)
    try:
        before, _ = corr.parse(old, path)
        now, problems = corr.parse(text, path)
    except corr.CorrectionsError as e:
        _fail(str(e))
    line = old.count("\n") + 1
    mine = [p for p in problems if p.startswith(f"{path}:{line}:")]
    if mine:
        _fail(mine[0].split(": ", 1)[1] if ": " in mine[0] else mine[0])
    if len(now) == len(before):
        _fail("this correction is already in the file")
    try:
        write_atomically(path, text)
    except OSError as e:
        _fail(f"{path}: cannot write ({e.strerror or e})")
    click.echo(f"{path}:{line}: {corr.describe(now[-1]).split('  ', 2)[2]}", err=True)
    click.echo("run 'coopgraph build' to apply it", err=True)


_IN = click.option("--in", "folder", default=".", show_default=True, type=click.Path(file_okay=False, path_type=Path),
                   help="The articles' folder, whose corrections.yaml takes the correction.")
_FILE = click.option("--file", "file", default=None, type=click.Path(dir_okay=False, path_type=Path),
                     help="Another corrections file instead of FOLDER/corrections.yaml.")
_WHY = click.option("--why", required=True, help="Why: kept with the correction and shown beside the fact.")
_BY = click.option("--by", default=None, help="Who makes it (default: $COOPGRAPH_EDITOR, else the user name).")


@click.command()
@click.argument("fact")
@_WHY
@click.option("--article", default=None, help="Reject it in this article only (its file name).")
@_IN
@_FILE
@_BY
def reject(fact: str, why: str, article: str | None, folder: Path, file: Path | None, by: str | None) -> None:
    """Take FACT (a post holding, partnership, agreement, event or commitment: its IRI or prefixed name, as
    'coopgraph query sources-of' shows it) out of the graph at every build."""
    _append(_file(folder, file), "reject", shorten(expand_iri(fact)), why, by, article=article or "")


@click.command()
@click.argument("node")
@click.argument("into")
@_WHY
@_IN
@_FILE
@_BY
def merge(node: str, into: str, why: str, folder: Path, file: Path | None, by: str | None) -> None:
    """Say NODE and INTO are one (two spellings of one person, two names of one place or agreement): every article
    graph says INTO where it said NODE, at every build."""
    _append(_file(folder, file), "merge", shorten(expand_iri(node)), why, by, into=shorten(expand_iri(into)))


@click.command()
@click.argument("kind", type=click.Choice(ADD_KINDS))
@click.option("--article", required=True, help="The article that states the fact (its file name).")
@click.option("--sentence", default=None, type=int, help="Its sentence, by number (as in the IRI .../s3).")
@click.option("--quote", default=None, help="Or some words of its sentence.")
@click.option("--set", "-s", "fields", multiple=True, metavar="KEY=VALUE",
              help="The fact's fields: official name/post/unit[/home]; partnership a/b/status; agreement "
                   "parties/kind[/period/signed]; event kind/parties[/date]; commitment giver/receiver/value/currency"
                   "[/purpose]. Places by code or name.")
@_WHY
@_IN
@_FILE
@_BY
def add(kind: str, article: str, sentence: int | None, quote: str | None, fields: tuple[str, ...], why: str,
        folder: Path, file: Path | None, by: str | None) -> None:
    """Add a fact of KIND that the extractor missed to the graph of the article that states it, at every build."""
    values: dict[str, str] = {}
    for f in fields:
        if "=" not in f:
            _fail(f"--set takes key=value, got {f!r}")
        k, v = f.split("=", 1)
        values[k.strip()] = v
    _append(_file(folder, file), "add", kind, why, by, article=article,
            sentence="" if sentence is None else str(sentence), quote=quote or "", **values)


@click.command("corrections")
@_IN
@_FILE
@click.option("--out", "out_dir", default=None, type=click.Path(file_okay=False, path_type=Path),
              help="A build's output folder: also say which corrections point at nothing there.")
def list_corrections(folder: Path, file: Path | None, out_dir: Path | None) -> None:
    """List the corrections of the articles' folder: where, when, who, what and why."""
    from . import corrections as corr
    from .build import read_record

    path = _file(folder, file)
    if not path.exists():
        click.echo(f"no corrections ({path} does not exist)")
        return
    try:
        items, problems = corr.load(path)
    except corr.CorrectionsError as e:
        _fail(str(e))
    idle = set()
    if out_dir:
        built = {a: e.get("iris", []) for a, e in read_record(out_dir)["articles"].items() if "fingerprint" in e}
        idle = {c.key for c in corr.unmatched(items, built)}
    for c in items:
        click.echo(corr.describe(c) + ("  (points at nothing)" if c.key in idle else ""))
    for p in problems:
        click.echo(p, err=True)
    click.echo(f"{len(items)} corrections" + (f", {len(problems)} refused" if problems else ""), err=True)
    sys.exit(1 if problems else 0)


def register(group: click.Group) -> None:
    for cmd in (reject, merge, add, list_corrections):
        group.add_command(cmd)
