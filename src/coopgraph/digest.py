"""The digest: the archive-wide answers, consolidated once whenever the article graphs change.

Some stored questions fold the whole archive into a few hundred rows (who held which post, with the first and
last dates any article gives; which Lao provinces have several Vietnamese partners; money by giver and
receiver; agreements with their periods; the claims two articles disagree on), each row listing its source
articles. Asked of the article graphs
they read every claim, its sentence and its article: seconds at a million triples. The store instead runs
each ``queries/digest/*.ru`` (a SPARQL Update whose WHERE clause is that question, without its parameters)
into the graph ``rdfmap.DIGEST_GRAPH`` after every load that changed an article graph, and the stored
queries read the rows there, filtered by their parameters. The same updates run in Oxigraph's stores (memory
and on disk) and in ``coopgraph serve``; an export makes the digest of the exported files locally and sends it
as one more graph (``export.digest_source``: a server's union default graph makes the updates far too slow);
rdflib's store takes the rows Oxigraph makes from the same files (``store._digest_of``: rdflib's own SPARQL
would need minutes).
"""
from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Callable

from . import resources
from .rdfmap import DG, DIGEST_GRAPH


def update_files() -> list[Path]:
    """The digest's SPARQL Update files, in the order they run (by name)."""
    return sorted((resources.queries_dir() / "digest").glob("*.ru"))


def updates() -> list[tuple[str, str]]:
    """(name, SPARQL Update text) of each digest update."""
    return [(f.stem, f.read_text(encoding="utf-8")) for f in update_files()]


def fingerprint() -> str:
    """A hash of the updates: a store whose digest was made by other updates (another version) makes it again."""
    h = hashlib.sha256()
    for name, text in updates():
        h.update(name.encode() + b"\0" + text.encode() + b"\0")
    return h.hexdigest()


def refresh_text() -> str:
    """One SPARQL Update request that makes the digest again: empty it, then run each update (one transaction
    on Oxigraph, so readers never see it half made). The prefixes go first, once: Oxigraph does not read a
    prologue after ``;``."""
    prefixes: dict[str, str] = {}
    bodies = []
    for name, text in updates():
        body = []
        for line in text.splitlines():
            m = _PREFIX.match(line)
            if m:
                if prefixes.setdefault(m.group(1), m.group(2)) != m.group(2):
                    raise ValueError(f"digest update {name}: prefix {m.group(1)}: means another IRI than before")
            else:
                body.append(line)
        bodies.append("\n".join(body).strip())
    head = "".join(f"PREFIX {k}: <{v}>\n" for k, v in prefixes.items())
    # the fingerprint of the updates, in the digest itself: a server's digest can be checked (is_current_text)
    stamp = f"INSERT DATA {{ GRAPH <{DIGEST_GRAPH}> {{ <{DIGEST_GRAPH}> <{DG.fingerprint}> \"{fingerprint()}\" }} }}"
    return head + " ;\n".join([f"DROP SILENT GRAPH <{DIGEST_GRAPH}>"] + bodies + [stamp])


def is_current_text() -> str:
    """An ASK: whether the store's digest was made by these updates (a server loaded by another version, or
    exported with ``--no-digest``, may hold none or an old one)."""
    return f"ASK {{ GRAPH <{DIGEST_GRAPH}> {{ <{DIGEST_GRAPH}> <{DG.fingerprint}> \"{fingerprint()}\" }} }}"


_PREFIX = re.compile(r"^\s*PREFIX\s+([\w.-]*):\s*<([^>]*)>\s*$", re.IGNORECASE)


def refresh(run_update: Callable[[str], object]) -> None:
    """Make the digest again through ``run_update`` (a store's or a server's SPARQL Update)."""
    run_update(refresh_text())


def direct_select(name: str) -> str:
    """The question that digest update ``name`` asks of the article graphs, as a SELECT (its prefixes and the
    sub-select of its WHERE clause): what tests and benchmarks compare the digest with. The layout of a ``.ru``
    file is fixed: its outer ``WHERE {`` starts a line, and it holds one sub-select (tests/test_digest.py asks
    each of them through ``asked_directly``)."""
    text = dict(updates())[name]
    prefixes = "\n".join(line for line in text.splitlines() if line.lstrip().upper().startswith("PREFIX"))
    body = text[re.search(r"^WHERE\s*\{", text, re.MULTILINE).end():text.rstrip().rindex("}")]
    return prefixes + "\n" + body


def asked_directly(query: str) -> str:
    """A stored query that reads the digest, rewritten to ask the article graphs instead: its ``GRAPH cgg:digest
    { ... }`` block replaced by the question of the digest update that makes those rows (same variable names).
    What the tests compare the digest with, and what the benchmarks time against it."""
    from .queries import SPARQL_TOKEN

    toks = [m.group() for m in SPARQL_TOKEN.finditer(query)]
    start = next((i for i, t in enumerate(toks) if t.upper() == "GRAPH"
                  and _next_word(toks, i + 1) in ("cgg:digest", f"<{DIGEST_GRAPH}>")), None)
    if start is None:
        raise ValueError("the query does not read the digest (no GRAPH cgg:digest block)")
    depth, end, opened = 0, None, False
    for i in range(start, len(toks)):
        if toks[i] == "{":
            depth, opened = depth + 1, True
        elif toks[i] == "}":
            depth -= 1
            if opened and depth == 0:
                end = i
                break
    if end is None:
        raise ValueError("unbalanced braces in the query")
    block = "".join(toks[start:end + 1])
    kind = re.search(r"\ba\s+dg:(\w+)", block)
    name = next((n for n, text in updates() if kind and re.search(rf"\ba\s+dg:{kind.group(1)}\b", text)), None)
    if name is None:
        raise ValueError(f"no digest update makes the rows this query reads ({block.split(chr(10))[0]} ...)")
    direct = direct_select(name)
    prefixes = "\n".join(line for line in direct.splitlines() if _PREFIX.match(line))
    body = "\n".join(line for line in direct.splitlines() if not _PREFIX.match(line))
    return prefixes + "\n" + "".join(toks[:start]) + "{\n" + body + "\n}" + "".join(toks[end + 1:])


def _next_word(toks: list[str], i: int) -> str:
    """The next token that is not blank or a comment, with a prefixed name's parts joined (``cgg:digest``)."""
    while i < len(toks) and (not toks[i].strip() or toks[i].startswith("#")):
        i += 1
    out = ""
    while i < len(toks) and toks[i].strip() and toks[i] not in ("{", "}") and not toks[i].startswith("#"):
        out += toks[i]
        i += 1
    return out
