"""Resolve: merge per-document records into one set of nodes (a keyed join).

Within a document, mentions were already resolved by ``extract`` (it needs the
parse). Across documents, ids are deterministic from content (KB ids, names),
so merging is a join on ids: the same actor or place in two articles is one
record whose mentions are the union, and whose ``rules`` say why. Events get
their own resolution (:func:`merge_events`): the same type, agreeing dates and
places, and a shared participant, found through blocking keys.
"""

from kgraph.resolve.events import merge_events
from kgraph.resolve.merge import GraphRecords, merge_results

__all__ = ["GraphRecords", "merge_events", "merge_results"]
