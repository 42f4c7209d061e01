"""kgraph: news articles -> an event knowledge graph (RDF, SPARQL, HTML, networkx).

Importing kgraph does no work: spaCy, pyvis and the model load when first used.

>>> import kgraph
>>> kgraph.__version__
'0.1.0'
"""

from kgraph.errors import KGraphError
from kgraph.model import Actor, Article, Attribution, DocResult, Event, Evidence, Mention, Place, Relation

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Article",
    "Attribution",
    "DocResult",
    "Event",
    "Evidence",
    "KGraphError",
    "Mention",
    "Place",
    "Relation",
    "__version__",
    "build",
]


def build(paths, out, date=None, **kwargs):  # type: ignore[no-untyped-def]
    """Build the graph of ``paths`` into ``out`` (see :func:`kgraph.pipeline.build`)."""
    from kgraph.pipeline import build as _build

    return _build(paths, out, date, **kwargs)
