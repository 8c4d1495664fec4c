"""The command line: a thin layer over build, store, queries and validation."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__, resources


def _fail(message: str, code: int = 2) -> None:
    click.echo(f"coopgraph: {message}", err=True)
    sys.exit(code)


def _params(pairs: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for p in pairs:
        if "=" not in p:
            _fail(f"--param takes key=value, got {p!r}")
        k, v = p.split("=", 1)
        out[k.strip()] = v
    return out


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="coopgraph")
def main() -> None:
    """coopgraph: a knowledge graph of cooperation between subnational governments, built from news articles."""


@main.command()
@click.argument("articles", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", required=True, type=click.Path(path_type=Path), help="Folder for the Turtle files.")
@click.option("--jobs", "-j", default=0, show_default=True, help="Worker processes (0: as many as cores).")
@click.option("--strict", is_flag=True, help="Stop at the first article that fails.")
@click.option("--force", is_flag=True, help="Rebuild articles whose Turtle is up to date.")
@click.option("--quiet", "-q", is_flag=True, help="Only the summary.")
def build(articles: tuple[Path, ...], out_dir: Path, jobs: int, strict: bool, force: bool, quiet: bool) -> None:
    """Read ARTICLES (files or folders) and write one Turtle file per article into --out."""
    from .build import article_files, build as run_build

    files = article_files(articles)
    if not files:
        _fail("no article files (*.txt, *.html) found in the given paths")
    show_bar = sys.stderr.isatty() and not quiet and len(files) > 5
    bar = click.progressbar(length=len(files), label="building", file=sys.stderr) if show_bar else None

    def on_result(r):
        if bar:
            bar.update(1)
        if r.status == "failed":
            click.echo(f"{r.source}: {r.message}", err=True)

    if bar:
        with bar:
            results = run_build(files, out_dir, jobs=jobs, strict=strict, force=force, on_result=on_result)
    else:
        results = run_build(files, out_dir, jobs=jobs, strict=strict, force=force, on_result=on_result)
    failed = [r for r in results if r.status == "failed"]
    written = sum(1 for r in results if r.status == "written")
    unchanged = sum(1 for r in results if r.status == "unchanged")
    click.echo(f"{written} written, {unchanged} unchanged, {len(failed)} failed, into {out_dir}", err=True)
    sys.exit(1 if failed else 0)


@main.command()
@click.argument("data", nargs=-1, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def validate(data: tuple[Path, ...], fmt: str) -> None:
    """Check graph files (default: the committed graph) against the SHACL shapes. Exit 1 on violations."""
    from .store import GraphFileError, turtle_files
    from .validate import GraphParseError, format_report, validate_files

    try:
        files = turtle_files(list(data) if data else [resources.graph_dir()])
    except GraphFileError as e:
        _fail(str(e))
    if not files:
        _fail("no Turtle files to validate")
    try:
        report = validate_files(files)
    except GraphParseError as e:
        _fail(str(e), 1)
    click.echo(format_report(report, fmt), nl=False)
    sys.exit(1 if report.violations else 0)


@main.command()
@click.argument("name")
@click.option("--param", "-p", "params", multiple=True, help="key=value, bound as an RDF term (repeatable).")
@click.option("--data", "data", multiple=True, type=click.Path(path_type=Path),
              help="Folder(s) of Turtle files to query instead of the committed graph.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json", "turtle"]), default="table",
              show_default=True)
def query(name: str, params: tuple[str, ...], data: tuple[Path, ...], fmt: str) -> None:
    """Run a stored query NAME (see 'coopgraph queries') or a .rq FILE on the embedded store."""
    from .queries import QueryError, find_query, run_stored
    from .store import GraphFileError, open_dataset

    try:
        q = find_query(name)
        ds = open_dataset(list(data) or None)
        click.echo(run_stored(ds, q, _params(params), fmt), nl=False)
    except (QueryError, GraphFileError) as e:
        _fail(str(e))


@main.command("queries")
def list_queries() -> None:
    """The catalogue of stored queries: what each answers and its parameters."""
    from .queries import catalogue

    for q in catalogue():
        click.echo(click.style(q.name, bold=True) + f" — {q.title}")
        if q.question:
            click.echo(f"    {q.question}")
        for p in q.params:
            opt = " (optional)" if not p.required else ""
            click.echo(f"    --param {p.name}=<{p.kind}>{opt}  {p.help}")


@main.command()
@click.option("--data", "data", multiple=True, type=click.Path(path_type=Path))
def stats(data: tuple[Path, ...]) -> None:
    """Counts of articles, facts and triples in the graph."""
    from .store import GraphFileError, open_dataset

    try:
        ds = open_dataset(list(data) or None)
    except GraphFileError as e:
        _fail(str(e))
    q = """PREFIX cg: <https://w3id.org/coopgraph/ontology#>
    SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?class . VALUES ?class {
      cg:Article cg:Sentence cg:Partnership cg:Agreement cg:PostHolding cg:Person cg:Event cg:Commitment } }
    GROUP BY ?class ORDER BY ?class"""
    rows = {str(r["class"].value).split("#")[1]: int(r["n"].value) for r in ds.store.query(q, use_default_graph_as_union=True)}
    click.echo(f"article graphs: {len(ds.article_graphs)}")
    for k in ("Article", "Sentence", "Partnership", "Agreement", "PostHolding", "Person", "Event", "Commitment"):
        click.echo(f"{k:12s} {rows.get(k, 0)}")
    click.echo(f"{'triples':12s} {len(ds.store)}")


@main.command()
@click.option("--out", "out", type=click.Path(path_type=Path), default=None,
              help="Where to write (default: data/reference/places.ttl of this checkout).")
def reference(out: Path | None) -> None:
    """Write the reference places (from places.yaml) as Turtle."""
    from .build import write_atomically
    from .gazetteer import load
    from .rdfmap import reference_graph, to_turtle

    out = out or resources.reference_dir() / "places.ttl"
    write_atomically(out, to_turtle(reference_graph(load())))
    click.echo(f"wrote {out}", err=True)


if __name__ == "__main__":
    main()
