"""Shared test set-up."""
from __future__ import annotations

import pytest
import rdflib.term


@pytest.fixture(autouse=True)
def _rdflib_datatypes_unchanged():
    """owlrl's closure swaps rdflib's lexical conversions for the whole process (xsd:gMonthDay among them),
    which would make later pySHACL runs see valid dates as ill-typed: undo it after every test."""
    saved = dict(rdflib.term._toPythonMapping)
    yield
    rdflib.term._toPythonMapping.clear()
    rdflib.term._toPythonMapping.update(saved)


@pytest.fixture(scope="module")
def graph_copy(tmp_path_factory):
    """A copy of the committed graph for one test module, which the export tests may change (rename, corrupt)."""
    from export_helpers import snapshot_graph

    return snapshot_graph(tmp_path_factory.mktemp("data"))


@pytest.fixture(scope="session", autouse=True)
def _no_user_cache(tmp_path_factory):
    """The suite never writes into the user's ~/.cache/coopgraph (a user's first `validate` would report results
    "from the cache" of the test run): every cache folder, of this process and of the processes it starts, is under
    the test run's own temporary folder, from before the first fixture opens a store."""
    import os

    root = tmp_path_factory.mktemp("caches")
    saved = {k: os.environ.get(k) for k in ("COOPGRAPH_CACHE_DIR", "XDG_CACHE_HOME", "COOPGRAPH_JENA_DIR")}
    os.environ["COOPGRAPH_CACHE_DIR"] = str(root / "coopgraph")
    os.environ["XDG_CACHE_HOME"] = str(root / "xdg")
    os.environ["COOPGRAPH_JENA_DIR"] = str(root / "jena")       # Jena's compiled class: made once per run
    yield root
    for k, v in saved.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    """Each test's own cache folder (never the user's ~/.cache), and not the store or cache chosen in the
    environment."""
    monkeypatch.setenv("COOPGRAPH_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    monkeypatch.delenv("COOPGRAPH_CACHE", raising=False)
    monkeypatch.delenv("COOPGRAPH_STORE", raising=False)


@pytest.fixture()
def own_graph(tmp_path):
    """A copy of the committed graph for one test, which it may change."""
    import shutil

    from coopgraph import resources

    d = tmp_path / "graph"
    shutil.copytree(resources.graph_dir(), d)
    return d
