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
_CACHE = click.option("--cache/--no-cache", "cache", default=True, envvar="COOPGRAPH_CACHE", show_default=True,
                      help="Use the on-disk store that 'coopgraph query' keeps (parses only changed files).")
_LANG = click.option("--lang", type=click.Choice(["vi", "en"]), default="vi", show_default=True,
                     help="Language of the words and labels (Vietnamese places keep their Vietnamese names).")


@click.command()
@click.argument("name")
@_DATA
@_LANG
@_CACHE
@click.option("--all-sources", is_flag=True, help="Every source sentence of each fact (default: the first three).")
def show(name: str, data: tuple[Path, ...], lang: str, all_sources: bool, cache: bool = True) -> None:
    """What the graph knows about one PLACE, PERSON or AGREEMENT, with the sentences it came from.

    NAME is a code (LA-HO), a name in any spelling the graph knows ('Hủa Phăn', 'Houaphanh',
    'Anouphab Tounalom'), a prefixed name (agreement:LA-HO--VN-21/2026-2030) or an IRI.
    """
    from .query.questions import QueryError
    from .show import card
    from .graphfiles import GraphFileError
    from .query.store import open_dataset

    try:
        ds = open_dataset(list(data) or None, cache=cache)
        # the terminal's width ($COLUMNS first; 100 when the output is not a terminal)
        width = shutil.get_terminal_size((100, 24)).columns
        click.echo(card(ds, name, lang=lang, max_sources=10**6 if all_sources else 3, width=width), nl=False)
    except (QueryError, GraphFileError) as e:
        _fail(str(e))


@click.command("map")
@click.option("--out", "out", type=click.Path(path_type=Path), help="SVG file to write.")
@click.option("--html", "html_out", type=click.Path(path_type=Path),
              help="Also a standalone HTML page: the SVG, each line's sources on hover and click, a list by country.")
@click.option("--dot", "dot_out", type=click.Path(path_type=Path), help="Also (or only) the network as Graphviz DOT.")
@click.option("--country", "countries", multiple=True, metavar="CODE",
              help="Only partners in this country (LA, KH, CN... or a name; repeatable).")
@click.option("--place", "places", multiple=True, metavar="PLACE",
              help="Only the partnerships of this unit (a code, a name in any spelling, or an IRI; repeatable).")
@click.option("--since", default=None, metavar="DATE",
              help="Only what articles published since DATE (YYYY, YYYY-MM or YYYY-MM-DD) say.")
@_DATA
@_LANG
@_CACHE
def map_cmd(out: Path | None, html_out: Path | None, dot_out: Path | None, countries: tuple[str, ...],
            places: tuple[str, ...], since: str | None, data: tuple[Path, ...], lang: str, cache: bool = True) -> None:
    """A picture of the partnership network: Vietnamese units in the middle, their partners abroad grouped by
    country beside them, one line per partnership (agreement: bold, talks: dashed, relation: dotted)."""
    import re

    from .netmap import filters_text, html_page, network, to_dot, to_svg
    from .outfile import replace_file
    from .query.questions import QueryError, resolve_place
    from .graphfiles import GraphFileError
    from .query.store import open_dataset

    if not (out or html_out or dot_out):
        _fail("give --out FILE.svg, --html FILE.html or --dot FILE.dot")
    if since is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", since):
        _fail(f"--since: expected YYYY, YYYY-MM or YYYY-MM-DD, got {since!r}")
    try:
        country_iris = [resolve_place(c) for c in countries]
        place_iris = [resolve_place(p) for p in places]
        ds = open_dataset(list(data) or None, cache=cache)
    except (QueryError, GraphFileError) as e:
        _fail(str(e))
    net = network(ds.store, lang, countries=country_iris, places=place_iris, since=since)
    filters = filters_text(lang, [net.countries.get(c, c.rsplit("/", 1)[-1]) for c in country_iris],
                           [p.rsplit("/", 1)[-1] for p in place_iris], since)
    svg = to_svg(net, lang, filters)
    written = []
    for path, text in ((out, svg), (html_out, html_page(svg, net, lang, filters) if html_out else ""),
                       (dot_out, to_dot(net, lang) if dot_out else "")):
        if path:
            try:
                replace_file(path, lambda f: f.write(text.encode("utf-8")))
            except OSError as e:
                _fail(f"{path}: cannot write ({e.strerror or e})", 1)
            written.append(str(path))
    note = f" ({net.left_out} between two units of one side, not drawn)" if net.left_out else ""
    click.echo(f"wrote {', '.join(written)}: {len(net.units)} units, {len(net.edges)} partnerships{note}", err=True)


@click.command()
@_DATA
@click.option("--format", "fmt", type=click.Choice(["nquads", "trig"]), default="nquads", show_default=True,
              help="N-Quads (one line per quad) or TriG (Turtle with graphs, the project's prefixes).")
@click.option("--out", "out", type=click.Path(path_type=Path), default=None,
              help="File to write (written whole, then renamed into place); default: standard output.")
def dump(data: tuple[Path, ...], fmt: str, out: Path | None) -> None:
    """The whole dataset in one file: one named graph per article, plus the reference and ontology graphs
    (the layout 'coopgraph export' writes)."""
    from .dump import write, write_file
    from .graphfiles import GraphFileError

    try:
        if out is None or str(out) == "-":
            stream = sys.stdout.buffer
            write(stream, fmt, list(data) or None)
            stream.flush()
        else:
            write_file(out, fmt, list(data) or None)
            click.echo(f"wrote {out}", err=True)
    except GraphFileError as e:
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
