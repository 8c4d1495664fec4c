"""The reader's commands: ``coopgraph show`` (a card about one entity) and ``coopgraph map`` (the partnership network).

Registered on the main group by one line at the bottom of ``cli.py``.
"""
from __future__ import annotations

import sys
from pathlib import Path

import click


def _fail(message: str, code: int = 2) -> None:
    click.echo(f"coopgraph: {message}", err=True)
    sys.exit(code)


_DATA = click.option("--data", "data", multiple=True, type=click.Path(path_type=Path),
                     help="Folder(s) of Turtle files instead of the committed graph.")
_LANG = click.option("--lang", type=click.Choice(["vi", "en"]), default="vi", show_default=True,
                     help="Language of place and concept labels.")


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
    from .graphfiles import GraphFileError
    from .query.questions import QueryError
    from .query.store import open_dataset
    from .show import card

    try:
        ds = open_dataset(list(data) or None)
        click.echo(card(ds, name, lang=lang, max_sources=10**6 if all_sources else 3), nl=False)
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
    from .graphfiles import GraphFileError
    from .netmap import DotMissing, html_page, network, render_svg, to_dot
    from .query.store import open_dataset

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


def register(group: click.Group) -> None:
    group.add_command(show)
    group.add_command(map_cmd, "map")
