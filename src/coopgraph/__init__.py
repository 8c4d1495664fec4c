"""coopgraph: a knowledge graph of cooperation between subnational governments."""

__version__ = "0.1.0"
