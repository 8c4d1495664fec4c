"""The reader's commands: ``coopgraph show`` (a card about one entity), ``coopgraph map`` (the partnership network)
and ``coopgraph dump`` (the whole dataset as N-Quads or TriG).

Registered on the main group by one line at the bottom of ``cli.py``.
"""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import click


def _fail(message: str, code: int = 2) -> None:
    click.echo(f"coopgraph: {message}", err=True)
    sys.exit(code)


_DATA = click.option("--data", "data", multiple=True, type=click.Path(path_type=Path),
                     help="Folder(s) of Turtle files instead of the committed graph.")
_LANG = click.option("--lang", type=click.Choice(["vi", "en"]), default="vi", show_default=True,
                     help="Language of the words and labels (Vietnamese places keep their Vietnamese names).")


@click.command()
@click.argument("name")
@_DATA
@_LANG
@click.option("--all-sources", is_flag=True, help="Every source sentence of each fact (default: the first three).")
def show(name: str, data: tuple[Path, ...], lang: str, all_sources: bool) -> None:
    """What the graph knows about one PLACE, PERSON or AGREEMENT, with the sentences it came from.

    NAME is a code (LA-HO), a name in any spelling the graph knows ('Hủa Phăn', 'Houaphanh',
    'Anouphab Tounalom'), a prefixed name (agreement:LA-HO--VN-21/2026-2030) or an IRI.
    """
    from .queries import QueryError
    from .show import card
    from .store import GraphFileError, open_dataset

    try:
        ds = open_dataset(list(data) or None)
        # the terminal's width ($COLUMNS first; 100 when the output is not a terminal)
        width = shutil.get_terminal_size((100, 24)).columns
        click.echo(card(ds, name, lang=lang, max_sources=10**6 if all_sources else 3, width=width), nl=False)
    except (QueryError, GraphFileError) as e:
        _fail(str(e))


@click.command("map")
@click.option("--out", "out", type=click.Path(path_type=Path), help="SVG file to write (rendered by Graphviz dot).")
@click.option("--html", "html_out", type=click.Path(path_type=Path),
              help="Also a standalone HTML page with the SVG inline and a legend.")
@click.option("--dot", "dot_out", type=click.Path(path_type=Path), help="Also (or only) the DOT text.")
@_DATA
@_LANG
def map_cmd(out: Path | None, html_out: Path | None, dot_out: Path | None, data: tuple[Path, ...], lang: str) -> None:
    """A picture of the partnership network: Vietnamese and foreign units, one edge per partnership
    (agreement: bold, talks: dashed, relation: dotted)."""
    from .netmap import DotMissing, html_page, network, render_svg, to_dot
    from .store import GraphFileError, open_dataset

    if not (out or html_out or dot_out):
        _fail("give --out FILE.svg, --html FILE.html or --dot FILE.dot")
    try:
        ds = open_dataset(list(data) or None)
    except GraphFileError as e:
        _fail(str(e))
    units, edges = network(ds.store, lang)
    dot_text = to_dot(units, edges, lang)
    if dot_out:
        dot_out.write_text(dot_text, encoding="utf-8")
        click.echo(f"wrote {dot_out}", err=True)
    if not (out or html_out):
        return
    try:
        svg = render_svg(dot_text)
    except DotMissing as e:
        _fail(str(e))
    except (RuntimeError, OSError) as e:
        _fail(str(e), 1)
    if out:
        out.write_text(svg, encoding="utf-8")
        click.echo(f"wrote {out}: {len(units)} units, {len(edges)} partnerships", err=True)
    if html_out:
        html_out.write_text(html_page(svg, units, edges, lang), encoding="utf-8")
        click.echo(f"wrote {html_out}", err=True)


@click.command()
@_DATA
@click.option("--format", "fmt", type=click.Choice(["nquads", "trig"]), default="nquads", show_default=True,
              help="N-Quads (one line per quad) or TriG (Turtle with graphs, the project's prefixes).")
@click.option("--out", "out", type=click.Path(path_type=Path), default=None,
              help="File to write (written whole, then renamed into place); default: standard output.")
def dump(data: tuple[Path, ...], fmt: str, out: Path | None) -> None:
    """The whole dataset in one file: one named graph per article, plus the reference and ontology graphs
    (the layout 'coopgraph export' writes; the digest, computed from them, is left out)."""
    from .dump import DumpError, write, write_file

    try:
        if out is None or str(out) == "-":
            stream = sys.stdout.buffer
            write(stream, fmt, list(data) or None)
            stream.flush()
        else:
            write_file(out, fmt, list(data) or None)
            click.echo(f"wrote {out}", err=True)
    except DumpError as e:
        _fail(str(e), 1)
    except BrokenPipeError:
        # the reader stopped early ('| head'): not an error; stdout pointed at nothing so that exit does not complain
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except OSError as e:
        _fail(f"{out}: cannot write ({e.strerror or e})", 1)


def register(group: click.Group) -> None:
    group.add_command(show)
    group.add_command(map_cmd, "map")
    group.add_command(dump)
