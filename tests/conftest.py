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


@pytest.fixture()
def private_cache(tmp_path, monkeypatch):
    """Never touch the user's ~/.cache, nor take the store or cache chosen in the environment."""
    monkeypatch.setenv("COOPGRAPH_CACHE_DIR", str(tmp_path / "cache"))
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
