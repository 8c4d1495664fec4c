"""Commands that talk to a SPARQL server: ``coopgraph export``, ``coopgraph serve``, and the remote
branch of ``coopgraph query --endpoint``. Registered on the main group by ``register(main)``."""
from __future__ import annotations

import contextlib
import subprocess
import sys
from pathlib import Path

import click


def stop_process(proc: subprocess.Popen, timeout: float = 10.0) -> None:
    """Stop a server process: SIGTERM, so that it can close its store, then SIGKILL if it has not within ``timeout``."""
    proc.terminate()
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def _fail(message: str, code: int = 2) -> None:
    click.echo(f"coopgraph: {message}", err=True)
    sys.exit(code)


def _server(endpoint: str | None, update_endpoint: str | None = None, graph_store: str | None = None,
            timeout: float = 60.0, auth: str = "auto"):
    from .sparql_client import Server, check_url, find_credentials

    for name, url in (("--endpoint", endpoint), ("--update-endpoint", update_endpoint), ("--graph-store", graph_store)):
        if url:
            check_url(url, name)
    first = endpoint or update_endpoint or graph_store
    creds = find_credentials(first) if first else None
    return Server(query_endpoint=endpoint, update_endpoint=update_endpoint, graph_store=graph_store,
                  credentials=creds, timeout=timeout, auth=auth)


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else many or one + 's'}"


class _Bar:
    """The progress bar of an export, over the bytes of the Turtle files (known without parsing them); each
    graph's share advances with its batches."""

    def __init__(self, bar):
        self.bar = bar
        self.per_triple = 0.0
        self.left = 0

    @staticmethod
    def size(src) -> int:
        return sum(f.stat().st_size for f in src.files)

    def start(self, src, n: int) -> None:
        if self.left:
            self.bar.update(self.left)          # what rounding left of the previous graph
        self.left = self.size(src)
        self.per_triple = self.left / n if n else 0.0
        if n == 0:
            self.bar.update(self.left)
            self.left = 0

    def progress(self, n: int) -> None:
        step = min(self.left, round(n * self.per_triple)) if n > 0 else round(n * self.per_triple)
        self.left -= step
        self.bar.update(step)


@click.command("export")
@click.option("--endpoint", "endpoint", metavar="QUERY_URL",
              help="The server's SPARQL query endpoint (Oxigraph: http://HOST:7878/query; Virtuoso: http://HOST:8890/sparql).")
@click.option("--update-endpoint", metavar="URL",
              help="SPARQL Update endpoint (default: guessed from --endpoint: /query → /update, "
                   "/sparql → /sparql-auth when there are credentials).")
@click.option("--graph-store", metavar="URL",
              help="Graph Store Protocol endpoint (Oxigraph: /store; Virtuoso: /sparql-graph-crud-auth).")
@click.option("--data", "data", multiple=True, type=click.Path(path_type=Path),
              help="Folder(s) of article Turtle files, or single files (default: the committed graph).")
@click.option("--method", type=click.Choice(["auto", "update", "gsp", "dataset"]), default="auto", show_default=True,
              help="gsp: one PUT per graph; update: SPARQL Update batches; dataset: many graphs per N-Quads POST to "
                   "the Graph Store (Oxigraph; fastest for large exports); auto: dataset when the Graph Store takes "
                   "N-Quads (Oxigraph), else gsp when --graph-store is given or the server answers the Graph Store "
                   "Protocol, else update.")
@click.option("--batch-size", default=None, type=int,
              help="Triples per request: per INSERT DATA (update, default 1000) or per POST (dataset, default 25000).")
@click.option("--parallel", default=2, show_default=True, type=click.IntRange(1, 8),
              help="dataset: POSTs in flight at once (the server may use another core; a small gain).")
@click.option("--new-graphs", type=click.Choice(["auto", "transaction"]), default="auto", show_default=True,
              help="dataset: auto writes graphs the server does not hold yet with its bulk loader (no transaction: "
                   "about twice as fast; readers may see them while they fill; a failed request's graphs are "
                   "dropped); transaction writes every graph in a transaction.")
@click.option("--prune/--no-prune", default=None,
              help="Delete on the server the article graphs whose source is gone (not in this export). Default: "
                   "on when whole folders are exported, off when --data names single files.")
@click.option("--dry-run", is_flag=True, help="Write nothing: say what would be written and which graphs deleted.")
@click.option("--retries", default=3, show_default=True,
              help="Retries per request on connection errors, timeouts and 5xx (exponential back-off).")
@click.option("--timeout", default=60.0, show_default=True,
              help="Seconds per HTTP request, in all (not per read); the first request (ASK {}) gets at most 5.")
@click.option("--auth", type=click.Choice(["auto", "basic"]), default="auto", show_default=True,
              help="auto: answer the server's basic/digest challenge; basic: send basic credentials up front.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar, only errors.")
def export_cmd(endpoint, update_endpoint, graph_store, data, method, batch_size, parallel, new_graphs, prune, dry_run,
               retries, timeout, auth, quiet):
    """Send the graph to a SPARQL 1.1 server: one named graph per article, plus the reference and
    ontology graphs; each graph is replaced, so re-running finishes or refreshes an export. The server is
    probed first, and what it stored is read back after each request. Article graphs whose source is gone
    are deleted there (--prune).

    Credentials (HTTP basic or digest) are read from COOPGRAPH_USER and COOPGRAPH_PASSWORD, or from a
    netrc file (NETRC or ~/.netrc); never from the command line."""
    from .export import Exporter, ExportError
    from .export_graphs import graph_label, graph_names, plan
    from .graphfiles import GraphFileError
    from .sparql_client import RemoteError

    if not (endpoint or update_endpoint or graph_store):
        _fail("give --endpoint (and/or --update-endpoint, --graph-store)")
    if prune is None:
        prune = all(Path(d).is_dir() for d in data)
    try:
        server = _server(endpoint, update_endpoint, graph_store, timeout, auth)
        sources = plan(list(data) or None)
    except (RemoteError, GraphFileError) as e:
        _fail(str(e))

    def on_retry(graph, attempt, reason, delay):
        if not quiet:
            click.echo(f"coopgraph: {reason}; retrying <{graph_label(graph)}> in {delay:g} s "
                       f"(retry {attempt} of {retries})", err=True)

    exporter = Exporter(server, method=method, batch_size=batch_size, retries=retries, on_retry=on_retry,
                        parallel=parallel, new_graphs=new_graphs, prune=prune)
    try:
        if dry_run:
            exporter.connect()
            stale = exporter.stale(sources) if prune else []
            click.echo(f"dry run: would write {_count(len(sources), 'graph')} to the server at "
                       f"{server.query_endpoint}; "
                       + (f"would delete {_count(len(stale), 'graph')} whose source is gone: "
                          f"{graph_names(stale, 10**9)}" if prune else "would delete nothing (--no-prune)"), err=True)
            return
        if sys.stderr.isatty() and not quiet:
            with click.progressbar(length=sum(_Bar.size(s) for s in sources), label="exporting",
                                   file=sys.stderr) as b:
                bar = _Bar(b)
                exporter.hooks.graph_start, exporter.hooks.progress = bar.start, bar.progress
                report = exporter.export(sources)
        else:
            report = exporter.export(sources)
    except ExportError as e:
        _fail(str(e), 1)
    where = server.graph_store if report.method in ("gsp", "dataset") else server.update_endpoint
    how = {"gsp": "Graph Store Protocol", "dataset": "N-Quads POSTs to the Graph Store"}.get(report.method,
                                                                                        "SPARQL Update")
    if not quiet:
        click.echo(f"exported {_count(len(report.graphs), 'graph')}, {_count(report.triples, 'triple')} (read back), "
                   f"by {how} to {where} in {report.seconds:.1f} s"
                   + (f" ({_count(report.retries, 'retry', 'retries')})" if report.retries else "")
                   + (f"; deleted {_count(len(report.pruned), 'graph')} whose source is gone: "
                      f"{graph_names(report.pruned)}" if report.pruned else ""), err=True)


def run_query_remote(name, params: dict[str, str], fmt: str, endpoint: str, lang: str = "vi",
                     timeout: float = 60.0, width: int = 100, wide: bool = False) -> None:
    """``coopgraph query NAME --endpoint URL``: the stored query (or a ``StoredQuery`` of the user's) on the
    server, same parameters and formats."""
    from .query.questions import QueryError, StoredQuery, find_query
    from .remote_query import run_stored_remote
    from .sparql_client import RemoteError

    try:
        q = name if isinstance(name, StoredQuery) else find_query(name)
        server = _server(endpoint, timeout=timeout)
        server.probe()          # a server that is not there, or not SPARQL, said in seconds
        click.echo(run_stored_remote(server, q, params, fmt, lang, width=width, wide=wide), nl=False)
    except (QueryError, RemoteError) as e:
        _fail(str(e))


@click.command("serve")
@click.option("--data", "data", multiple=True, type=click.Path(path_type=Path),
              help="Folder(s) of article Turtle files (default: the committed graph).")
@click.option("--location", type=click.Path(path_type=Path), default=None,
              help="Oxigraph database folder (default: a temporary one, removed on exit).")
@click.option("--bind", default="127.0.0.1:7878", show_default=True, help="HOST:PORT to listen on.")
@click.option("--no-load", is_flag=True, help="Serve --location as it is, without (re)loading the graph.")
@click.option("--writable", is_flag=True,
              help="Accept SPARQL Update on /update and Graph Store writes on /store (never from a page of another "
                   "origin). Default: read-only.")
@click.option("--allow-outbound", is_flag=True,
              help="Let queries and updates make the server fetch other addresses (SERVICE, LOAD). Default: refused.")
def serve_cmd(data, location, bind, no_load, writable, allow_outbound):
    """Serve the graph as a SPARQL 1.1 endpoint (Oxigraph's engine, in this process), read-only unless
    --writable; its default graph is the union of the named graphs.

    Endpoints: /query, /store (Graph Store Protocol), /update (--writable only); / links to the map and the
    stored questions. Loopback only unless --bind says otherwise."""
    from .export_graphs import plan
    from .graphfiles import GraphFileError
    from .serve import load_folder, remove_stale_folders, serve, stopped_by_signals, temporary_folder
    from .serve_http import Endpoint, is_loopback, make_server

    host, _, port = bind.rpartition(":")
    if not host or not port.isdigit() or int(port) > 65535:
        _fail(f"--bind: expected HOST:PORT (e.g. 127.0.0.1:7878), got {bind!r}")
    if no_load and (location is None or not location.is_dir()):
        _fail("--no-load needs --location FOLDER, an Oxigraph folder to serve as it is")
    if not is_loopback(bind):
        click.echo(f"coopgraph: warning: listening on {bind}, not loopback: anyone who can reach it can read the data"
                   + (" and change it (--writable)" if writable else ""), err=True)
    endpoint = Endpoint(None, bind, writable, allow_outbound)
    try:
        httpd = make_server(endpoint)       # the address first: a port in use is said before any loading
    except (OSError, ValueError) as e:
        _fail(f"cannot listen on {bind}: {getattr(e, 'strerror', None) or e}")
    try:
        with stopped_by_signals():
            remove_stale_folders()
            with (temporary_folder() if location is None else contextlib.nullcontext(location)) as folder:
                if not no_load:
                    try:
                        folder.mkdir(parents=True, exist_ok=True)
                        sources = plan(list(data) or None)
                        n = load_folder(folder, sources)
                    except (GraphFileError, SyntaxError, OSError) as e:
                        httpd.server_close()
                        _fail(str(e).splitlines()[0] if str(e) else type(e).__name__)
                    click.echo(f"loaded {n} triples in {len(sources)} graphs into {folder}", err=True)

                def ready(url: str) -> None:
                    click.echo(f"SPARQL endpoint: {url}/query ({'writable: /update' if writable else 'read-only'}, "
                               f"graph store: /store, page: {url}/); Ctrl-C to stop", err=True)

                try:
                    serve(folder, endpoint, httpd, on_ready=ready)
                except OSError as e:
                    _fail(f"cannot serve {folder}: {str(e).splitlines()[0]}")
    except KeyboardInterrupt:
        httpd.server_close()


def register(main: click.Group) -> None:
    """Add ``export`` and ``serve`` to the command group."""
    main.add_command(export_cmd)
    main.add_command(serve_cmd)


__all__ = ["register", "run_query_remote", "stop_process"]
