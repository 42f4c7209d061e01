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


def _networkx_graphml(g: nx.MultiDiGraph) -> str:
    from kgraph.graph import _flat

    h = nx.MultiDiGraph()
    for n, d in g.nodes(data=True):
        h.add_node(n, **{k: _flat(v) for k, v in d.items()})
    for u, v, k, d in g.edges(keys=True, data=True):
        h.add_edge(u, v, key=k, **{kk: _flat(vv) for kk, vv in d.items()})
    return "\n".join(nx.generate_graphml(h, prettyprint=True)) + "\n"


def _tricky_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_node('actor/"Kata\'ib" <Hezbollah> & co', label="Kataib Hezbollah\tKH", kind="actor", n=3, score=0.5)
    g.add_node("place/Baġdād", label="Baġdād – “Mashtal”", lat=33.3, precise=True, alt=None)
    g.add_node("lonely")
    g.add_edge("place/Baġdād", 'actor/"Kata\'ib" <Hezbollah> & co', key="k&1", kind="attack", docs=["a", "b"])
    g.add_edge("place/Baġdād", "lonely", quote='he said "no"\nthen left', n="3")
    g.add_edge("lonely", "lonely")
    return g


def test_graphml_is_what_networkx_writes(seed_out: Path, tmp_path: Path):
    from kgraph.graph import read_graphml, write_graphml

    g = read_graphml(seed_out / "graph.graphml")
    for graph in (g, _tricky_graph(), nx.MultiDiGraph()):
        path = tmp_path / "copy.graphml"
        write_graphml(graph, path)
        assert path.read_text("utf-8") == _networkx_graphml(graph)
    assert nx.is_isomorphic(read_graphml(path), nx.MultiDiGraph())
