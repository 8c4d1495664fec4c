"""Commands that talk to a SPARQL server: ``coopgraph export``, ``coopgraph serve``, and the remote
branch of ``coopgraph query --endpoint``. Registered on the main group by ``register(main)``."""
from __future__ import annotations

import ipaddress
import shutil
import signal
import subprocess
import sys
import tempfile
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
    from .export import Server, check_url, find_credentials

    for name, url in (("--endpoint", endpoint), ("--update-endpoint", update_endpoint), ("--graph-store", graph_store)):
        if url:
            check_url(url, name)
    first = endpoint or update_endpoint or graph_store
    creds = find_credentials(first) if first else None
    return Server(query_endpoint=endpoint, update_endpoint=update_endpoint, graph_store=graph_store,
                  credentials=creds, timeout=timeout, auth=auth)


@click.command("export")
@click.option("--endpoint", "endpoint", metavar="QUERY_URL",
              help="The server's SPARQL query endpoint (Oxigraph: http://HOST:7878/query; Virtuoso: http://HOST:8890/sparql).")
@click.option("--update-endpoint", metavar="URL",
              help="SPARQL Update endpoint (default: guessed from --endpoint: /query → /update, "
                   "/sparql → /sparql-auth when there are credentials).")
@click.option("--graph-store", metavar="URL",
              help="Graph Store Protocol endpoint (Oxigraph: /store; Virtuoso: /sparql-graph-crud-auth).")
@click.option("--data", "data", multiple=True, type=click.Path(path_type=Path),
              help="Folder(s) of article Turtle files (default: the committed graph).")
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
@click.option("--retries", default=3, show_default=True,
              help="Retries per graph on connection errors, timeouts and 5xx (exponential back-off).")
@click.option("--timeout", default=60.0, show_default=True, help="Seconds per HTTP request.")
@click.option("--auth", type=click.Choice(["auto", "basic"]), default="auto", show_default=True,
              help="auto: answer the server's basic/digest challenge; basic: send basic credentials up front.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar, only errors.")
def export_cmd(endpoint, update_endpoint, graph_store, data, method, batch_size, parallel, new_graphs, retries, timeout,
               auth, quiet):
    """Send the graph to a SPARQL 1.1 server: one named graph per article, plus the reference and
    ontology graphs; each graph is replaced, so re-running finishes or refreshes an export.

    Credentials (HTTP basic or digest) are read from COOPGRAPH_USER and COOPGRAPH_PASSWORD, or from a
    netrc file (NETRC or ~/.netrc); never from the command line."""
    from .export import Exporter, ExportError, plan

    if not (endpoint or update_endpoint or graph_store):
        _fail("give --endpoint (and/or --update-endpoint, --graph-store)")
    try:
        server = _server(endpoint, update_endpoint, graph_store, timeout, auth)
        sources = plan(list(data) or None)
    except ExportError as e:
        _fail(str(e))
    show_bar = sys.stderr.isatty() and not quiet
    bar = None
    # the bar runs over the bytes of the Turtle files (known without parsing them); each graph's share
    # advances with its batches
    share = {"per_triple": 0.0, "left": 0}

    def size(src) -> int:
        return sum(f.stat().st_size for f in src.files)

    def start(src, n: int) -> None:
        if bar is not None and share["left"]:
            bar.update(share["left"])          # what rounding left of the previous graph
        share["left"] = size(src)
        share["per_triple"] = share["left"] / n if n else 0.0
        if n == 0 and bar is not None:
            bar.update(share["left"])
            share["left"] = 0

    def progress(n: int) -> None:
        if bar is not None:
            step = min(share["left"], round(n * share["per_triple"])) if n > 0 else round(n * share["per_triple"])
            share["left"] -= step
            bar.update(step)

    def on_retry(graph, attempt, reason, delay):
        if not quiet:
            from .export import graph_label
            click.echo(f"coopgraph: {reason}; retrying <{graph_label(graph)}> in {delay:g} s "
                       f"(retry {attempt} of {retries})", err=True)

    exporter = Exporter(server, method=method, batch_size=batch_size, retries=retries,
                        on_progress=progress, on_retry=on_retry, on_graph_start=start,
                        parallel=parallel, new_graphs=new_graphs)
    try:
        if show_bar:
            total = sum(size(s) for s in sources)
            with click.progressbar(length=total, label="exporting", file=sys.stderr) as b:
                bar = b
                report = exporter.export(sources)
        else:
            report = exporter.export(sources)
    except ExportError as e:
        _fail(str(e), 1)
    where = server.graph_store if report.method in ("gsp", "dataset") else server.update_endpoint
    how = {"gsp": "Graph Store Protocol", "dataset": "N-Quads POSTs to the Graph Store"}.get(report.method,
                                                                                        "SPARQL Update")
    if not quiet:
        click.echo(f"exported {len(report.graphs)} graphs, {report.triples} triples, by {how} to {where} "
                   f"in {report.seconds:.1f} s" + (f" ({report.retries} retries)" if report.retries else ""),
                   err=True)


def run_query_remote(name, params: dict[str, str], fmt: str, endpoint: str, lang: str = "vi",
                     timeout: float = 60.0, width: int = 100, wide: bool = False) -> None:
    """``coopgraph query NAME --endpoint URL``: the stored query (or a ``StoredQuery`` of the user's) on the
    server, same parameters and formats."""
    from .export import ExportError, run_stored_remote
    from .query.questions import QueryError, StoredQuery, find_query

    try:
        q = name if isinstance(name, StoredQuery) else find_query(name)
        server = _server(endpoint, timeout=timeout)
        click.echo(run_stored_remote(server, q, params, fmt, lang, width=width, wide=wide), nl=False)
    except (QueryError, ExportError) as e:
        _fail(str(e))


def find_oxigraph() -> str | None:
    """The ``oxigraph`` server binary: on PATH, or next to this Python (a virtualenv's bin/)."""
    here = Path(sys.executable).parent / "oxigraph"
    return shutil.which("oxigraph") or (str(here) if here.exists() else None)


def _is_loopback(bind: str) -> bool:
    host = bind.rsplit(":", 1)[0].strip("[]")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@click.command("serve")
@click.option("--data", "data", multiple=True, type=click.Path(path_type=Path),
              help="Folder(s) of article Turtle files (default: the committed graph).")
@click.option("--location", type=click.Path(path_type=Path), default=None,
              help="Oxigraph database folder (default: a temporary one, removed on exit).")
@click.option("--bind", default="127.0.0.1:7878", show_default=True, help="HOST:PORT to listen on.")
@click.option("--no-load", is_flag=True, help="Serve --location as it is, without (re)loading the graph.")
def serve(data, location, bind, no_load):
    """Start an Oxigraph SPARQL server over the graph (default graph = union of all graphs).

    Endpoints: /query, /update, /store (Graph Store Protocol). Loopback only unless --bind says otherwise."""
    import pyoxigraph as ox

    from .export import ExportError, plan
    from .graphfiles import GraphFileError
    from .query.store import bulk_load_files

    binary = find_oxigraph()
    if not binary:
        _fail("the 'oxigraph' server is not installed (pip install oxigraph)")
    if not _is_loopback(bind):
        click.echo(f"coopgraph: warning: listening on {bind}, not loopback: anyone who can reach it can "
                   "change the data (/update, /store)", err=True)
    tmp = None
    if location is None:
        tmp = tempfile.mkdtemp(prefix="coopgraph-serve-")
        location = Path(tmp)
    try:
        if not no_load:
            try:
                sources = plan(list(data) or None)
                store = ox.Store(str(location))
                store.clear()
                bulk_load_files(store, [(f, src.iri) for src in sources for f in src.files])
                n = len(store)
            except (ExportError, GraphFileError, SyntaxError, OSError) as e:
                _fail(str(e).splitlines()[0] if str(e) else type(e).__name__)
            store.flush()
            del store
            click.echo(f"loaded {n} triples in {len(sources)} graphs into {location}", err=True)
        click.echo(f"SPARQL endpoint: http://{bind}/query (update: /update, graph store: /store); Ctrl-C to stop",
                   err=True)
        proc = subprocess.Popen([binary, "serve", "--location", str(location), "--bind", bind,
                                 "--union-default-graph"])

        def stop(signum, frame):
            raise KeyboardInterrupt

        previous = signal.signal(signal.SIGTERM, stop)
        try:
            code = proc.wait()
        except KeyboardInterrupt:
            stop_process(proc, timeout=10)
            code = 0
        finally:
            signal.signal(signal.SIGTERM, previous)
        if code:
            sys.exit(code)
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)


def register(main: click.Group) -> None:
    """Add ``export`` and ``serve`` to the command group."""
    main.add_command(export_cmd)
    main.add_command(serve)


__all__ = ["register", "run_query_remote", "find_oxigraph"]
