"""The command line: a thin layer over build, store, queries and validation."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__, resources


def _fail(message: str, code: int = 2) -> None:
    click.echo(f"coopgraph: {message}", err=True)
    sys.exit(code)


def _one_line(text: str) -> str:
    """A hostile file name (newlines, terminal escapes) must not break the one-line error: show them escaped."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def _params(pairs: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for p in pairs:
        if "=" not in p:
            _fail(f"--param takes key=value, got {p[:60]!r}" + (f"... ({len(p):,} characters)" if len(p) > 60 else ""))
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
    # an --out that is a file, or cannot be created: one line, not a traceback
    if out_dir.exists() and not out_dir.is_dir():
        _fail(f"{out_dir}: --out must be a folder, and this is a file")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        _fail(f"{out_dir}: cannot create the output folder ({e.strerror or e})")
    show_bar = sys.stderr.isatty() and not quiet and len(files) > 5
    bar = click.progressbar(length=len(files), label="building", file=sys.stderr) if show_bar else None

    def on_result(r):
        if bar:
            bar.update(1)
        if r.status == "failed":
            click.echo(_one_line(f"{r.source}: {r.message}"), err=True)

    if bar:
        with bar:
            results = run_build(files, out_dir, jobs=jobs, strict=strict, force=force, on_result=on_result)
    else:
        results = run_build(files, out_dir, jobs=jobs, strict=strict, force=force, on_result=on_result)
    failed = [r for r in results if r.status == "failed"]
    written = sum(1 for r in results if r.status == "written")
    unchanged = sum(1 for r in results if r.status == "unchanged")
    # with --strict, say how many files were left unread after the failure
    skipped = f", {len(files) - len(results)} not built (--strict)" if strict and len(results) < len(files) else ""
    click.echo(f"{written} written, {unchanged} unchanged, {len(failed)} failed{skipped}, into {out_dir}", err=True)
    sys.exit(1 if failed else 0)


@main.command()
@click.argument("data", nargs=-1, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--jobs", "-j", default=0, show_default=True, help="Parallel workers (0: as many as cores, for many files).")
@click.option("--engine", type=click.Choice(["auto", "pyshacl", "jena"]), default="auto", show_default=True,
              help="pyshacl (the reference), jena (Apache Jena SHACL in a JVM; scripts/install-system.sh jena), or "
                   "auto: Jena when installed and at least 40 files need checking, else pySHACL (same results).")
@click.option("--cache/--no-cache", "cache", default=True, envvar="COOPGRAPH_CACHE", show_default=True,
              help="Re-validate only files whose content (or the shapes) changed since a previous run.")
def validate(data: tuple[Path, ...], fmt: str, jobs: int = 0, engine: str = "auto", cache: bool = True) -> None:
    """Check graph files (default: the committed graph) against the SHACL shapes. Exit 1 on violations."""
    from .graphfiles import GraphFileError, turtle_files
    from .validate import GraphParseError, JenaUnavailable, format_report, validate_files

    try:
        files = turtle_files(list(data) if data else [resources.graph_dir()])
    except GraphFileError as e:
        _fail(str(e))
    if not files:
        _fail("no Turtle files to validate")
    # a progress bar on a terminal only (stderr), for more than a few files
    bar = click.progressbar(length=len(files), label="validating", file=sys.stderr) \
        if sys.stderr.isatty() and len(files) > 3 else None
    try:
        if bar:
            with bar:
                report = validate_files(files, on_file=lambda f: bar.update(1), jobs=jobs, engine=engine, cache=cache)
        else:
            report = validate_files(files, jobs=jobs, engine=engine, cache=cache)
    except GraphParseError as e:
        _fail(str(e), 1)
    except JenaUnavailable as e:
        _fail(str(e))
    click.echo(format_report(report, fmt), nl=False)
    sys.exit(1 if report.violations else 0)


@main.command()
@click.argument("name")
@click.option("--param", "-p", "params", multiple=True, help="key=value, bound as an RDF term (repeatable).")
@click.option("--data", "data", multiple=True, type=click.Path(path_type=Path),
              help="Folder(s) of Turtle files to query instead of the committed graph.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json", "turtle", "jsonld"]),
              default="table", show_default=True,
              help="table: labels for people; csv/tsv/json: SPARQL 1.1 results (codes, IRIs); turtle/jsonld: CONSTRUCT.")
@click.option("--lang", type=click.Choice(["vi", "en"]), default="vi", show_default=True,
              help="Language of place and concept labels in the table.")
@click.option("--store", "store", type=click.Choice(["oxigraph", "memory"]), default=None,
              help="Query engine: oxigraph (default; or $COOPGRAPH_STORE) or memory (rdflib, slow, for comparison).")
@click.option("--cache/--no-cache", "cache", default=True, envvar="COOPGRAPH_CACHE", show_default=True,
              help="Keep an on-disk Oxigraph store between runs (in $COOPGRAPH_CACHE_DIR or ~/.cache/coopgraph) and parse only changed files.")
@click.option("--fresh", is_flag=True,
              help="Compute the answer again rather than read the one the on-disk store kept, and keep the new one "
                   "(the store keeps each answer until its data changes).")
@click.option("--endpoint", default=None, metavar="URL", help="Run it on this SPARQL server instead (see 'coopgraph export').")
def query(name: str, params: tuple[str, ...], data: tuple[Path, ...], fmt: str, lang: str,
          store: str | None = None, cache: bool | None = None, fresh: bool = False, endpoint: str | None = None) -> None:
    """Run a stored query NAME (see 'coopgraph queries') or a .rq FILE on the embedded store."""
    _known_query(name)
    if endpoint:
        from .cli_export import run_query_remote
        return run_query_remote(name, _params(params), fmt, endpoint, lang)
    from .graphfiles import GraphFileError
    from .query.formatting import run_stored
    from .query.questions import QueryError, find_query
    from .query.store import open_dataset

    try:
        q = find_query(name)
        ds = open_dataset(list(data) or None, store=store, cache=cache)
        out = run_stored(ds, q, _params(params), fmt, lang=lang, fresh=fresh)
    except (QueryError, GraphFileError) as e:
        _fail(str(e))
    if ds.notice:       # the on-disk store could not be used: the answer came from the files read into memory
        click.echo(f"coopgraph: {ds.notice}", err=True)
    click.echo(out, nl=False)


def _known_query(name: str) -> None:
    """A mistyped stored query's name: one line with the closest names, not the whole catalogue."""
    from .query.questions import catalogue, shown
    from .suggest import did_you_mean

    try:
        if name.endswith(".rq") or Path(name).exists():
            return
    except OSError:         # a name too long to be a file's
        pass
    names = [q.name for q in catalogue()]
    if name not in names:
        near = did_you_mean(name, names) if len(name) <= 200 else ""
        _fail(f"no stored query named {shown(name)}{near} ('coopgraph queries' lists them all)")


@main.command("queries")
def list_queries() -> None:
    """The catalogue of stored queries: what each answers and its parameters."""
    from .query.questions import KIND_HELP, catalogue, example_command, result_columns

    qs = catalogue()
    click.echo(f"{len(qs)} stored questions. Run one with: coopgraph query NAME [--param key=value] "
               "[--format table|csv|tsv|json] [--lang vi|en]\n")
    for q in qs:
        click.echo(click.style(q.name, bold=True) + (f" — {q.title}" if q.title else ""))
        if q.question:
            click.echo(f"    question:   {q.question}")
        if not q.params:
            click.echo("    parameters: none")
        for i, p in enumerate(q.params):
            kind_help, example = KIND_HELP.get(p.kind, (p.kind, "..."))
            need = "required" if p.required else "optional"
            click.echo(f"    {'parameters:' if i == 0 else ' ' * 11} {p.name} ({p.kind}, {need}): "
                       f"{p.help or kind_help}; e.g. {p.name}={example}")
        cols = result_columns(q)
        if cols:
            click.echo(f"    columns:    {', '.join(cols)}")
        click.echo(f"    example:    {example_command(q)}")
        click.echo("")


@main.command()
@click.option("--data", "data", multiple=True, type=click.Path(path_type=Path))
@click.option("--store", "store", type=click.Choice(["oxigraph", "memory"]), default=None,
              help="Query engine: oxigraph (default; or $COOPGRAPH_STORE) or memory (rdflib, slow, for comparison).")
@click.option("--cache/--no-cache", "cache", default=True, envvar="COOPGRAPH_CACHE", show_default=True,
              help="Keep an on-disk Oxigraph store between runs (in $COOPGRAPH_CACHE_DIR or ~/.cache/coopgraph) and parse only changed files.")
def stats(data: tuple[Path, ...], store: str | None = None, cache: bool | None = None) -> None:
    """Counts of articles, facts and triples in the graph."""
    from .graphfiles import GraphFileError
    from .query.store import open_dataset

    try:
        ds = open_dataset(list(data) or None, store=store, cache=cache)
    except GraphFileError as e:
        _fail(str(e))
    if ds.notice:
        click.echo(f"coopgraph: {ds.notice}", err=True)
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
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--verbose", "-v", is_flag=True, help="List each missed and each spurious fact with its article.")
@click.option("--json", "json_out", type=click.Path(path_type=Path), help="Also write the scores as JSON.")
def evaluate(folder: Path, verbose: bool, json_out: Path | None) -> None:
    """Measure the extractor on FOLDER: articles with hand-written gold files (*.gold.yaml)."""
    import json

    from .evaluate import GoldError, evaluate as run_eval, format_scores, mean_f1, micro_f1

    try:
        scores = run_eval(folder)
    except GoldError as e:
        _fail(str(e))
    click.echo(format_scores(scores, verbose), nl=False)
    if json_out:
        json_out.write_text(json.dumps({"mean_f1": round(mean_f1(scores), 3), "micro_f1": round(micro_f1(scores), 3), **{
            s.kind: {"gold": s.gold, "found": s.found, "tp": s.tp, "precision": round(s.precision, 3),
                     "recall": round(s.recall, 3), "f1": round(s.f1, 3)} for s in scores}}, indent=2))


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


from .cli_view import register as _register_view; _register_view(main)  # noqa: E402,E702
from .cli_export import register as _register_export; _register_export(main)  # noqa: E402,E702

if __name__ == "__main__":
    main()
