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
@click.option("--time-limit", "time_limit", default=60.0, show_default=True, metavar="SECONDS",
              help="Stop an article that takes longer and report it as failed (0: no limit).")
@click.option("--corrections", "corrections_files", multiple=True, type=click.Path(path_type=Path),
              help="Corrections file(s) to apply (default: corrections.yaml in the articles' folders).")
@click.option("--quiet", "-q", is_flag=True, help="Only the summary.")
def build(articles: tuple[Path, ...], out_dir: Path, jobs: int, strict: bool, force: bool, quiet: bool,
          time_limit: float = 60.0, corrections_files: tuple[Path, ...] = ()) -> None:
    """Read ARTICLES (files or folders) and write one Turtle file per article into --out; apply the corrections
    beside them (see 'coopgraph corrections'); remove the output of articles whose source has gone."""
    from . import corrections as corr
    from .build import BuildReport, article_files, build as run_build, read_record

    # a missing folder is refused before anything is created (issue 17)
    def exists(p: Path) -> bool:
        try:
            return p.exists()
        except OSError:     # a name too long to be a file's
            return False

    missing = [p for p in articles if not exists(p)]
    if len(missing) == len(articles):
        _fail(_one_line(f"{str(missing[0])[:300]}: no such file or folder"))
    files = article_files(articles)
    # an emptied folder still removes what build wrote from it before
    if not files and not read_record(out_dir)["articles"]:
        _fail("no article files (*.txt, *.html) found in the given paths")
    # an --out that is a file, or cannot be created: one line, not a traceback
    if out_dir.exists() and not out_dir.is_dir():
        _fail(f"{out_dir}: --out must be a folder, and this is a file")
    corrections, problems, unapplied = [], [], set()
    try:
        for f in list(corrections_files) or corr.files_for(articles):
            got, bad = corr.load(f)
            corrections += got
            problems += bad
    except corr.CorrectionsError as e:
        _fail(_one_line(str(e)))
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        _fail(f"{out_dir}: cannot create the output folder ({e.strerror or e})")
    for p in problems:
        click.echo(_one_line(p), err=True)
    by_key = {c.key: c for c in corrections}
    show_bar = sys.stderr.isatty() and not quiet and len(files) > 5
    bar = click.progressbar(length=len(files), label="building", file=sys.stderr) if show_bar else None

    def on_result(r):
        if bar:
            bar.update(1)
        if r.status == "failed":
            name = str(r.source) if len(str(r.source)) <= 300 else str(r.source)[:300] + "…"   # never echoed whole
            click.echo(_one_line(f"{name}: {r.message}"), err=True)
        for key, p in r.problems.items():
            unapplied.add(key)
            click.echo(_one_line(corr.where(by_key[key], p) if key in by_key else p), err=True)

    report = BuildReport()
    kwargs = dict(jobs=jobs, strict=strict, force=force, on_result=on_result, corrections=corrections,
                  time_limit=time_limit or None, report=report)
    if bar:
        with bar:
            results = run_build(files, out_dir, **kwargs)
    else:
        results = run_build(files, out_dir, **kwargs)
    for c in report.pointless:
        click.echo(_one_line(corr.pointless(c)), err=True)
    failed = [r for r in results if r.status == "failed"]
    written = sum(1 for r in results if r.status == "written")
    unchanged = sum(1 for r in results if r.status == "unchanged")
    removed = f", {len(report.removed)} removed" if report.removed else ""
    # with --strict, say how many files were left unread after the failure
    skipped = f", {len(files) - len(results)} not built (--strict)" if strict and len(results) < len(files) else ""
    fixes = ""
    if corrections or problems:
        fixes = f"; {len(corrections) - len(report.pointless) - len(unapplied)} corrections applied"
        fixes += f", {len(report.pointless)} pointing at nothing" if report.pointless else ""
        fixes += f", {len(problems) + len(unapplied)} refused" if problems or unapplied else ""
    click.echo(f"{written} written, {unchanged} unchanged{removed}, {len(failed)} failed{skipped}, into {out_dir}{fixes}",
               err=True)
    sys.exit(1 if failed or problems or unapplied else 0)


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


def terminal_width() -> int:
    """The terminal's width: $COLUMNS first, 100 when the output is not a terminal."""
    import shutil

    return shutil.get_terminal_size((100, 24)).columns


@main.command()
@click.argument("name")
@click.option("--param", "-p", "params", multiple=True, help="key=value, bound as an RDF term (repeatable).")
@click.option("--data", "data", multiple=True, type=click.Path(path_type=Path),
              help="Folder(s) of Turtle files to query instead of the committed graph.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json", "xml", "turtle", "jsonld"]),
              default="table", show_default=True,
              help="table: names for people, fitted to the terminal; csv/tsv/json/xml: SPARQL 1.1 results (codes, "
                   "IRIs); turtle/jsonld: CONSTRUCT.")
@click.option("--lang", type=click.Choice(["vi", "en"]), default="vi", show_default=True,
              help="Language of the table: its headings, words and names (Vietnamese places keep their Vietnamese "
                   "names).")
@click.option("--wide", is_flag=True, help="In the table, every source of a row (not the first ones and a count).")
@click.option("--store", "store", type=click.Choice(["oxigraph", "memory"]), default=None,
              help="Query engine: oxigraph (default; or $COOPGRAPH_STORE) or memory (rdflib, slow, for comparison).")
@click.option("--cache/--no-cache", "cache", default=True, envvar="COOPGRAPH_CACHE", show_default=True,
              help="Keep an on-disk Oxigraph store between runs (in $COOPGRAPH_CACHE_DIR or ~/.cache/coopgraph) and parse only changed files.")
@click.option("--fresh", is_flag=True,
              help="Compute the answer again rather than read the one the on-disk store kept, and keep the new one "
                   "(the store keeps each answer until its data changes).")
@click.option("--endpoint", default=None, metavar="URL", help="Run it on this SPARQL server instead (see 'coopgraph export').")
def query(name: str, params: tuple[str, ...], data: tuple[Path, ...], fmt: str, lang: str, wide: bool = False,
          store: str | None = None, cache: bool | None = None, fresh: bool = False, endpoint: str | None = None) -> None:
    """Run a stored query NAME (see 'coopgraph queries'), a .rq FILE, or a query of your own: its text as NAME,
    or '-' to read it from standard input (the project's prefixes, cg: place: post: ..., are declared for you)."""
    from .graphfiles import GraphFileError
    from .query.questions import QueryError, adhoc_query, find_query, looks_like_query

    try:
        if name == "-":
            q = adhoc_query(sys.stdin.read(), "<stdin>")
        elif looks_like_query(name) and not name.endswith(".rq"):
            q = adhoc_query(name, "<command line>")
        else:
            _known_query(name)
            q = None
    except QueryError as e:
        _fail(str(e))
    if endpoint:
        from .cli_export import run_query_remote
        return run_query_remote(q or name, _params(params), fmt, endpoint, lang, width=terminal_width(), wide=wide)
    from .query.formatting import run_stored
    from .query.store import open_dataset

    try:
        q = q or find_query(name)
        ds = open_dataset(list(data) or None, store=store, cache=cache)
        out = run_stored(ds, q, _params(params), fmt, lang=lang, fresh=fresh, width=terminal_width(), wide=wide)
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


# the catalogue's own words
CATALOGUE_WORDS = {
    "vi": {"head": "{n} câu hỏi có sẵn. Chạy một câu bằng: coopgraph query TÊN [--param khóa=giá_trị] "
                   "[--format table|csv|tsv|json|xml] [--lang vi|en]",
           "question": "câu hỏi:", "parameters": "tham số:", "none": "không có", "required": "bắt buộc",
           "optional": "tùy chọn", "eg": "ví dụ", "columns": "các cột:", "example": "ví dụ:"},
    "en": {"head": "{n} stored questions. Run one with: coopgraph query NAME [--param key=value] "
                   "[--format table|csv|tsv|json|xml] [--lang vi|en]",
           "question": "question:", "parameters": "parameters:", "none": "none", "required": "required",
           "optional": "optional", "eg": "e.g.", "columns": "columns:", "example": "example:"},
}


@main.command("queries")
@click.option("--lang", type=click.Choice(["vi", "en"]), default="vi", show_default=True,
              help="Language of the catalogue.")
def list_queries(lang: str = "vi") -> None:
    """The catalogue of stored queries: what each answers and its parameters."""
    import textwrap

    from .query.questions import catalogue, example_command, kind_help, result_columns

    w = CATALOGUE_WORDS[lang]
    width = max(60, terminal_width())
    label = max(len(w[k]) for k in ("question", "parameters", "columns", "example")) + 1

    def field(key: str, text: str, first: bool = True) -> None:
        head = (w[key] if first else "").ljust(label)
        click.echo(textwrap.fill(text, width=width, initial_indent="    " + head,
                                 subsequent_indent=" " * (4 + label), break_long_words=False,
                                 break_on_hyphens=False))

    qs = catalogue()
    click.echo(textwrap.fill(w["head"].format(n=len(qs)), width=width, break_long_words=False,
                             break_on_hyphens=False) + "\n")
    for q in qs:
        title = q.title_in(lang)
        click.echo(click.style(q.name, bold=True) + (f" — {title}" if title else ""))
        if q.question_in(lang):
            field("question", q.question_in(lang))
        if not q.params:
            field("parameters", w["none"])
        for i, p in enumerate(q.params):
            kind_text, example = kind_help(p.kind, lang)
            need = w["required"] if p.required else w["optional"]
            field("parameters", f"{p.name} ({p.kind}, {need}): {p.help_in(lang) or kind_text}; "
                                f"{w['eg']} {p.name}={example}", first=i == 0)
        cols = result_columns(q)
        if cols:
            field("columns", ", ".join(cols))
        field("example", example_command(q))
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
from .cli_corrections import register as _register_corrections; _register_corrections(main)  # noqa: E402,E702

if __name__ == "__main__":
    main()
