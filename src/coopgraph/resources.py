"""Where the ontology, shapes, stored queries and reference data live.

In a wheel they sit under ``coopgraph/share``; in a checkout (editable install or
running from the source tree) they are the top-level folders of the repository.
"""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@lru_cache(maxsize=None)
def share_dir() -> Path:
    """The folder that holds ``ontology/``, ``shapes/``, ``queries/`` and ``data/``."""
    installed = _PACKAGE / "share"
    if (installed / "ontology").is_dir():
        return installed
    checkout = _PACKAGE.parent.parent
    if (checkout / "ontology").is_dir():
        return checkout
    raise FileNotFoundError(f"coopgraph resources not found under {installed} or {checkout}")


def ontology_files() -> list[Path]:
    """The ontology and taxonomy Turtle files."""
    return sorted((share_dir() / "ontology").glob("*.ttl"))


def shapes_files() -> list[Path]:
    """The SHACL shapes Turtle files."""
    return sorted((share_dir() / "shapes").glob("*.ttl"))


def queries_dir() -> Path:
    """The folder of stored SPARQL queries (``*.rq``)."""
    return share_dir() / "queries"


def reference_dir() -> Path:
    """Reference data: places, names, and their Turtle rendering."""
    return share_dir() / "data" / "reference"


def graph_dir() -> Path:
    """The committed graph built from the seed articles."""
    return share_dir() / "data" / "graph"


def seeds_dir() -> Path:
    """The seed articles shipped as sample input."""
    return share_dir() / "data" / "seeds"


def cache_root() -> Path:
    """Where coopgraph keeps its caches (on-disk stores, validation results): ``$COOPGRAPH_CACHE_DIR``, else
    ``$XDG_CACHE_HOME/coopgraph``, else ``~/.cache/coopgraph``."""
    env = os.environ.get("COOPGRAPH_CACHE_DIR")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "coopgraph"


def env_flag(name: str) -> bool | None:
    """A yes/no environment variable (``1``/``0``, ``yes``/``no``, ``true``/``false``, ``on``/``off``); None when unset
    or empty."""
    value = os.environ.get(name)
    if value is None or not value.strip():
        return None
    return value.strip().lower() not in ("0", "no", "false", "off")
