"""Graph files: the Turtle files coopgraph reads (one per article), the named graph each goes into, and a parse
error as one line naming the file, line and column. Shared by the store, validation and export."""
from __future__ import annotations

import os
import re
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator


class GraphFileError(Exception):
    """A graph file or folder that cannot be used; the message is one line naming the file and the problem."""


def turtle_files(dirs: Iterable[Path]) -> list[Path]:
    """The ``*.ttl`` files in the given folders (or the files themselves), sorted."""
    out: list[Path] = []
    for d in dirs:
        d = Path(d)
        if d.is_dir():
            # sorted as strings (pathlib's own comparison took 0.1 s for 5,000 files)
            out.extend(d / n for n in sorted(n for n in os.listdir(d) if n.endswith(".ttl")))
        elif d.exists():
            out.append(d)
        else:
            raise GraphFileError(f"{d}: no such file or folder")
    return out


def graph_for_file(path: Path) -> str:
    """The named graph of an article's Turtle file: the article's IRI (from the file name); build's corrections.ttl
    goes into a graph of its own."""
    # (rdfmap imports rdflib, 0.1 s of a warm `coopgraph query` that needs neither: looked up when first used)
    from .rdfmap import graph_for_name

    return str(graph_for_name(Path(path).stem))


def oxigraph_syntax_message(e: SyntaxError) -> str:
    """One line: 'line L, column C: Turtle syntax error: <problem>', from pyoxigraph's parse error.

    pyoxigraph's SyntaxError carries the start position as ``lineno``/``offset`` (1-based, columns in
    characters) and its text reads 'Parser error at line 3 between columns 9 and 25: Invalid IRI code point'
    or 'Parser error between line 3 column 11 and line 4 column 1: Unexpected end of file'; str(e) also
    appends ' (line 3)'. Keep the position once, and only the problem after it.
    """
    msg = e.msg if isinstance(getattr(e, "msg", None), str) and e.msg else str(e)
    msg = " ".join(msg.split()) or "syntax error"
    line, col = getattr(e, "lineno", None), getattr(e, "offset", None)
    if not line:
        m = re.search(r"line (\d+)\D+?(\d+)", msg)
        if m:
            line, col = int(m.group(1)), int(m.group(2))
    why = re.sub(r"^Parser error (?:at|between) line[^:]*: ", "", msg)
    why = re.sub(r" \(line \d+\)$", "", why)
    if line:
        return f"line {line}, column {col or 1}: Turtle syntax error: {why}"
    return f"Turtle syntax error: {why}"


@contextmanager
def reading(path: Path) -> Iterator[None]:
    """Around the parsing of ``path`` with pyoxigraph: a syntax or read error becomes a GraphFileError whose one line
    names the file, and the line and column of a syntax error (the same message for the store, export and dump)."""
    try:
        yield
    except SyntaxError as e:
        raise GraphFileError(f"{path}: {oxigraph_syntax_message(e)}") from None
    except OSError as e:
        raise GraphFileError(f"{path}: cannot read ({e.strerror or e})") from None


def rdflib_syntax_message(e: Exception) -> str:
    """One line: 'line L, column C: Turtle syntax error: <problem>', from one of rdflib's parse errors."""
    text = " ".join(str(e).split())
    m = re.search(r"line (\d+)", text)
    line = m.group(1) if m else "?"
    col = getattr(e, "col", None)
    if col is None:
        mc = re.search(r"col(?:umn)? (\d+)", text)
        col = mc.group(1) if mc else "?"
    why = getattr(e, "message", None) or text
    # rdflib's Turtle parser (notation3.BadSyntax) keeps the whole document and the error's offset in it,
    # but prints neither the column nor the problem alone: work both out from them.
    doc, at = getattr(e, "_str", None), getattr(e, "_i", None)
    if isinstance(doc, bytes) and isinstance(at, int):
        before = doc.decode("utf-8", errors="replace")[:at]
        line = before.count("\n") + 1
        col = at - (before.rfind("\n") + 1) + 1
        why = getattr(e, "_why", None) or why
    why = " ".join(str(why).split())[:200]
    return f"line {line}, column {col}: Turtle syntax error: {why}"
