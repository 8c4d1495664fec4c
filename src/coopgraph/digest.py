"""The digest: the archive-wide answers, consolidated once whenever the article graphs change.

Some stored questions fold the whole archive into a few hundred rows (who held which post, with the first and
last dates any article gives; which Lao provinces have several Vietnamese partners; money by giver and
receiver; agreements with their periods; the claims two articles disagree on), each row listing its source
articles. Asked of the article graphs they read every claim, its sentence and its article: seconds at a million
triples. The store instead runs each ``queries/digest/*.ru`` (a SPARQL Update whose WHERE clause is that
question, without its parameters) into the graph ``rdfmap.DIGEST_GRAPH`` after every load that changed a graph,
and the stored queries read the rows there, filtered by their parameters. The updates run in Oxigraph's stores
(memory and on disk) and in ``coopgraph serve``; rdflib's store and an export take the rows an Oxigraph store in
memory makes from the same files (``store.digest_of``): rdflib's own SPARQL would need minutes, and a server,
whose default graph is the union of its graphs computed at each lookup, far longer.
"""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from pathlib import Path
from typing import Callable

from . import resources
from .rdfmap import DG, DIGEST_GRAPH

_PREFIX = re.compile(r"^\s*PREFIX\s+([\w.-]*):\s*<([^>]*)>\s*$", re.IGNORECASE)


def update_files() -> list[Path]:
    """The digest's SPARQL Update files, in the order they run (by name)."""
    return sorted((resources.queries_dir() / "digest").glob("*.ru"))


@lru_cache(maxsize=None)
def _read_updates() -> tuple[tuple[str, str], ...]:
    # read once per process: they ship with the package, and every load, export and remote query asks for them
    return tuple((f.stem, f.read_text(encoding="utf-8")) for f in update_files())


def updates() -> list[tuple[str, str]]:
    """(name, SPARQL Update text) of each digest update."""
    return list(_read_updates())


@lru_cache(maxsize=None)
def fingerprint() -> str:
    """A hash of the updates: a store whose digest was made by other updates (another version) makes it again."""
    h = hashlib.sha256()
    for name, text in updates():
        h.update(name.encode() + b"\0" + text.encode() + b"\0")
    return h.hexdigest()


def _prologue(text: str) -> tuple[list[tuple[str, str]], str]:
    """A SPARQL text's ``PREFIX`` declarations as (prefix, IRI), and the rest of the text."""
    prefixes, rest = [], []
    for line in text.splitlines():
        m = _PREFIX.match(line)
        if m:
            prefixes.append((m.group(1), m.group(2)))
        else:
            rest.append(line)
    return prefixes, "\n".join(rest)


def _prefix_lines(prefixes) -> str:
    return "".join(f"PREFIX {k}: <{v}>\n" for k, v in prefixes)


def refresh_text() -> str:
    """One SPARQL Update request that makes the digest again: empty it, then run each update (one transaction
    on Oxigraph, so readers never see it half made). The prefixes go first, once: Oxigraph does not read a
    prologue after ``;``."""
    prefixes: dict[str, str] = {}
    bodies = []
    for name, text in updates():
        declared, body = _prologue(text)
        for k, iri in declared:
            if prefixes.setdefault(k, iri) != iri:
                raise ValueError(f"digest update {name}: prefix {k}: means another IRI than before")
        bodies.append(body.strip())
    head = _prefix_lines(prefixes.items())
    # the fingerprint of the updates, in the digest itself: a server's digest can be checked (is_current_text)
    stamp = f"INSERT DATA {{ GRAPH <{DIGEST_GRAPH}> {{ <{DIGEST_GRAPH}> <{DG.fingerprint}> \"{fingerprint()}\" }} }}"
    return head + " ;\n".join([f"DROP SILENT GRAPH <{DIGEST_GRAPH}>"] + bodies + [stamp])


def is_current_text() -> str:
    """An ASK: whether the store's digest was made by these updates (a server loaded by another version, or
    exported with ``--no-digest``, may hold none or an old one)."""
    return f"ASK {{ GRAPH <{DIGEST_GRAPH}> {{ <{DIGEST_GRAPH}> <{DG.fingerprint}> \"{fingerprint()}\" }} }}"


def refresh(run_update: Callable[[str], object]) -> None:
    """Make the digest again through ``run_update`` (a store's or a server's SPARQL Update)."""
    run_update(refresh_text())


def direct_select(name: str) -> str:
    """The question that digest update ``name`` asks of the article graphs, as a SELECT (its prefixes and the
    sub-select of its WHERE clause): what tests and benchmarks compare the digest with. The layout of a ``.ru``
    file is fixed: its outer ``WHERE {`` starts a line, and it holds one sub-select (tests/test_digest.py asks
    each of them through ``asked_directly``)."""
    prefixes, text = _prologue(dict(updates())[name])
    body = text[re.search(r"^WHERE\s*\{", text, re.MULTILINE).end():text.rstrip().rindex("}")]
    return _prefix_lines(prefixes) + body


def asked_directly(query: str) -> str:
    """A stored query that reads the digest, rewritten to ask the article graphs instead: its ``GRAPH cgg:digest
    { ... }`` block replaced by the question of the digest update that makes those rows (same variable names).
    What the tests compare the digest with, and what the benchmarks time against it."""
    from .queries import SPARQL_TOKEN, closing_brace

    toks = [(m.lastgroup, m.group()) for m in SPARQL_TOKEN.finditer(query)]
    words = [t for _, t in toks]
    start = next((i for i, t in enumerate(words) if t.upper() == "GRAPH"
                  and _next_word(words, i + 1) in ("cgg:digest", f"<{DIGEST_GRAPH}>")), None)
    if start is None:
        raise ValueError("the query does not read the digest (no GRAPH cgg:digest block)")
    opening = next((i for i in range(start, len(toks)) if toks[i][0] == "open"), None)
    end = closing_brace(toks, opening) if opening is not None else None
    if end is None:
        raise ValueError("unbalanced braces in the query")
    block = "".join(words[start:end + 1])
    kind = re.search(r"\ba\s+dg:(\w+)", block)
    name = next((n for n, text in updates() if kind and re.search(rf"\ba\s+dg:{kind.group(1)}\b", text)), None)
    if name is None:
        raise ValueError(f"no digest update makes the rows this query reads ({block.split(chr(10))[0]} ...)")
    prefixes, body = _prologue(direct_select(name))
    return _prefix_lines(prefixes) + "".join(words[:start]) + "{\n" + body + "\n}" + "".join(words[end + 1:])


def _next_word(toks: list[str], i: int) -> str:
    """The next token that is not blank or a comment, with a prefixed name's parts joined (``cgg:digest``)."""
    while i < len(toks) and (not toks[i].strip() or toks[i].startswith("#")):
        i += 1
    out = ""
    while i < len(toks) and toks[i].strip() and toks[i] not in ("{", "}") and not toks[i].startswith("#"):
        out += toks[i]
        i += 1
    return out
