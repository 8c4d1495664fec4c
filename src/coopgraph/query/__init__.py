"""The query layer: the stored questions asked of the exported graphs, on the embedded store.

Imports run one way, each module only importing those above it:

- ``results``: answers held in Python, and the rule that sorts the items of list cells (same bytes on every store);
- ``store``: the graphs in Oxigraph (on disk, kept in step with the files; or in memory) or rdflib;
- ``questions``: the catalogue of ``queries/*.rq``, parameters as RDF terms, bound in the query's VALUES lines;
- ``answers``: a stored question answered, with the speed-ups (one article's graphs, kept answers) all here;
- ``formatting``: the answer as a table, CSV, TSV, JSON, Turtle or JSON-LD;

and the command line (``cli.py``) on top.
"""
