"""networkx graph and GraphML."""

from __future__ import annotations

from pathlib import Path

import networkx as nx


def test_graphml_reads_back_with_same_shape(seed_out: Path):
    g = nx.read_graphml(seed_out / "graph.graphml", force_multigraph=True)
    assert g.number_of_nodes() > 10
    kinds = {d["kind"] for _, _, d in g.edges(data=True)}
    assert {"attack", "location", "attribution", "part_of"} <= kinds


def test_attack_edges_point_perpetrator_event_target(seed_out: Path):
    g = nx.read_graphml(seed_out / "graph.graphml", force_multigraph=True)
    for u, v, d in g.edges(data=True):
        if d["kind"] == "attack" and d["label"].startswith("perpetrator"):
            assert g.nodes[u]["kind"] == "actor" and g.nodes[v]["kind"] == "event"
        if d["label"] == "target":
            assert g.nodes[u]["kind"] == "event" and g.nodes[v]["kind"] == "actor"
