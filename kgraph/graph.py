"""Records -> a networkx ``MultiDiGraph`` with plain-dict attributes, and GraphML.

Edges point the way the relation reads: ``perpetrator`` actor -> event,
``target`` event -> actor, ``location`` event -> place, ``within`` place ->
containing place, ``part_of`` and ``commander_of`` actor -> actor, and
``attribution`` source -> event (claimed, accused or reported).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import networkx as nx

from kgraph.model import Relation
from kgraph.resolve.merge import GraphRecords

__all__ = ["EDGE_KINDS", "graph_stats", "read_graphml", "subgraph", "to_networkx", "write_graphml", "graphml_lines"]

EDGE_KINDS = ("attack", "attribution", "location", "part_of", "statement")


def _docs(mentions) -> list[str]:
    return sorted({m.doc for m in mentions})


def _relation_key(r: Relation) -> tuple:
    ev = r.evidence
    return (r.source, r.kind, r.target, r.basis or "", r.by or "", ev.doc if ev else "", ev.start if ev else -1)


def to_networkx(recs: GraphRecords) -> nx.MultiDiGraph:
    """Build the graph. Node ids are the records' ids; attributes are plain values.

    Records are taken in id order (relations by source, kind, target and evidence),
    so the graph does not depend on the order the records were joined in.
    """
    g = nx.MultiDiGraph()
    recs = GraphRecords(
        articles=recs.articles,
        actors=dict(sorted(recs.actors.items())),
        places=dict(sorted(recs.places.items())),
        events=dict(sorted(recs.events.items())),
        relations=sorted(recs.relations, key=_relation_key),
        attributions=dict(sorted(recs.attributions.items())),
    )
    for a in recs.actors.values():
        g.add_node(
            a.id,
            kind="actor",
            type=a.type,
            label=a.label,
            mentions=len(a.mentions),
            docs=_docs(a.mentions),
            wikidata=a.wikidata or "",
            aliases=sorted({" ".join(m.text.split()) for m in a.mentions} - {a.label}),
        )
    for p in recs.places.values():
        g.add_node(
            p.id,
            kind="place",
            type=p.precision,
            label=p.label,
            mentions=len(p.mentions),
            docs=_docs(p.mentions),
            lat=p.lat,
            lon=p.lon,
            geonames=p.geonames or 0,
        )
    for e in recs.events.values():
        g.add_node(
            e.id,
            kind="event",
            type=e.subtype,
            top_type=e.type,
            label=e.label,
            date=e.date or "",
            date_precision=e.date_precision,
            confidence=e.confidence,
            mentions=len(e.triggers),
            docs=list(e.sources or (e.doc,)),
            background=e.background,
            campaign=e.campaign,
            evidence=[{"doc": ev.doc, "text": ev.text, "start": ev.start, "end": ev.end} for ev in e.evidence],
            killed=e.killed,
            wounded=e.wounded,
        )
    for p in recs.places.values():
        if p.within and p.within in recs.places:
            g.add_edge(p.id, p.within, key="within", kind="location", label="within")
    for a in recs.actors.values():
        for parent in a.part_of:
            if parent in recs.actors:
                g.add_edge(a.id, parent, key="part_of", kind="part_of", label="part of")
        for rel, other in a.roles:
            if other in recs.actors:
                g.add_edge(a.id, other, key=rel, kind="part_of", label=rel.replace("_", " "))
    for r in recs.relations:
        ev = {
            "evidence": r.evidence.text if r.evidence else "",
            "doc": r.evidence.doc if r.evidence else "",
            "confidence": r.confidence,
        }
        if r.source not in g or r.target not in g:
            continue
        if r.kind == "perpetrator":
            g.add_edge(
                r.target,
                r.source,
                key=f"perpetrator:{r.basis}",
                kind="attack",
                label=f"perpetrator ({r.basis})" if r.basis != "reported" else "perpetrator",
                basis=r.basis or "reported",
                by=r.by or "",
                **ev,
            )
        elif r.kind in ("target", "participant"):
            if r.kind == "target":
                g.add_edge(r.source, r.target, key="target", kind="attack", label="target", **ev)
            else:
                g.add_edge(r.target, r.source, key="participant", kind="attack", label="participant", **ev)
        elif r.kind == "place":
            g.add_edge(r.source, r.target, key="location", kind="location", label="at", **ev)
        elif r.kind == "said":
            g.add_edge(r.target, r.source, key="said", kind="statement", label="said", **ev)
    for at in recs.attributions.values():
        if at.by and at.by in g and at.event in g:
            g.add_edge(
                at.by,
                at.event,
                key=f"attribution:{at.basis}",
                kind="attribution",
                label=at.basis,
                basis=at.basis,
                evidence=at.quote,
                doc=at.evidence.doc,
                confidence=at.confidence,
            )
    return g


def graph_stats(g: nx.MultiDiGraph) -> dict[str, Any]:
    """Counts for the build summary: actors by type, events by type, places, edges by kind."""
    kinds = Counter(d["kind"] for _, d in g.nodes(data=True))
    return {
        "actors": dict(sorted(Counter(d["type"] for _, d in g.nodes(data=True) if d["kind"] == "actor").items())),
        "events": dict(sorted(Counter(d["type"] for _, d in g.nodes(data=True) if d["kind"] == "event").items())),
        "places": kinds.get("place", 0),
        "edges": dict(sorted(Counter(d["kind"] for _, _, d in g.edges(data=True)).items())),
    }


def _flat(v: Any) -> Any:
    """A GraphML-safe value: lists and dicts become JSON text (read back by :func:`read_graphml`)."""
    if v is None:
        return ""
    if isinstance(v, (list, tuple, dict)):
        return json.dumps(v, ensure_ascii=False, sort_keys=True)
    return v


def _unflat(v: Any) -> Any:
    if isinstance(v, str) and v[:1] in "[{":
        try:
            return json.loads(v)
        except ValueError:
            return v
    return v


def read_graphml(path: Path) -> nx.MultiDiGraph:
    """Read a GraphML file written by :func:`write_graphml`, with list attributes restored."""
    g = nx.read_graphml(path, force_multigraph=True)
    h = nx.MultiDiGraph()
    for n, d in g.nodes(data=True):
        h.add_node(n, **{k: _unflat(v) for k, v in d.items()})
    for u, v, k, d in g.edges(keys=True, data=True):
        h.add_edge(u, v, key=k, **{kk: _unflat(vv) for kk, vv in d.items()})
    return h


def subgraph(
    g: nx.MultiDiGraph, focus: str | None = None, hops: int = 1, types: list[str] | None = None
) -> nx.MultiDiGraph:
    """The part of ``g`` within ``hops`` of ``focus`` (an id or a label, any case),
    keeping only nodes whose kind or type is in ``types`` (the focus always stays).

    Raises:
        KeyError: no node has that id or label.
    """
    keep = set(g.nodes)
    center = None
    if focus is not None:
        want = focus.lower()
        center = (
            next((n for n in g if n.lower() == want), None)
            or next((n for n, d in g.nodes(data=True) if str(d.get("label", "")).lower() == want), None)
            or next((n for n, d in g.nodes(data=True) if want in str(d.get("label", "")).lower()), None)
        )
        if center is None:
            raise KeyError(focus)
        keep = set(nx.ego_graph(g.to_undirected(as_view=True), center, radius=hops))
    if types:
        wanted = {t.lower() for t in types}
        keep = {
            n
            for n in keep
            if n == center or g.nodes[n].get("kind") in wanted or str(g.nodes[n].get("type", "")).lower() in wanted
        }
    return g.subgraph(keep).copy()


def write_graphml(g: nx.MultiDiGraph, path: Path) -> None:
    """Write GraphML (lists and dicts as JSON text) atomically."""
    from kgraph.export.files import write_atomic

    write_atomic(path, ("\n".join(graphml_lines(g)) + "\n").encode("utf-8"))


_GRAPHML_TYPE = {bool: "boolean", int: "long", float: "double", str: "string"}


def _xml_text(text: str) -> str:
    """Character data escaped as ElementTree writes it to ASCII."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.encode("ascii", "xmlcharrefreplace").decode("ascii")


def _xml_attr(text: str) -> str:
    """An attribute value escaped as ElementTree writes it to ASCII."""
    text = _xml_text(text).replace('"', "&quot;")
    return text.replace("\r", "&#13;").replace("\n", "&#10;").replace("\t", "&#09;")


def graphml_lines(g: nx.MultiDiGraph) -> list[str]:
    """The GraphML of ``g``, line by line, as networkx's pretty-printed writer gives it
    (the same key ids, order and escaping) at a fraction of its time: networkx builds
    an ElementTree of the whole document first. Lists and dicts become JSON text
    (:func:`read_graphml` reads them back).

    >>> g = nx.MultiDiGraph()
    >>> g.add_edge("a", "b", kind="attack", doc=["d1", "d2"])
    0
    >>> print("\\n".join(graphml_lines(g)[1:]))
      <key id="d1" for="edge" attr.name="doc" attr.type="string" />
      <key id="d0" for="edge" attr.name="kind" attr.type="string" />
      <graph edgedefault="directed">
        <node id="a" />
        <node id="b" />
        <edge source="a" target="b" id="0">
          <data key="d0">attack</data>
          <data key="d1">["d1", "d2"]</data>
        </edge>
      </graph>
    </graphml>
    """
    keys: dict[tuple[str, str, str], str] = {}
    body: list[str] = []

    def element(scope: str, tag: str, attrs: dict[str, Any]) -> None:
        """A node or edge element (``scope``), its data one line each, or empty."""
        if not attrs:
            body.append(f"    <{tag} />")
            return
        body.append(f"    <{tag}>")
        for name, value in attrs.items():
            value = _flat(value)
            kind = _GRAPHML_TYPE.get(type(value))
            if kind is None:
                kind, value = "string", str(value)
            key = keys.setdefault((str(name), kind, scope), f"d{len(keys)}")
            text = _xml_text(str(value))
            body.append(f'      <data key="{key}">{text}</data>' if text else f'      <data key="{key}" />')
        body.append(f"    </{scope}>")

    for n, d in g.nodes(data=True):
        element("node", f'node id="{_xml_attr(str(n))}"', d)
    for u, v, k, d in g.edges(keys=True, data=True):
        element("edge", f'edge source="{_xml_attr(str(u))}" target="{_xml_attr(str(v))}" id="{_xml_attr(str(k))}"', d)
    head = [
        f'<graphml xmlns="{nx.readwrite.graphml.GraphML.NS_GRAPHML}" '
        f'xmlns:xsi="{nx.readwrite.graphml.GraphML.NS_XSI}" '
        f'xsi:schemaLocation="{nx.readwrite.graphml.GraphML.SCHEMALOCATION}">'
    ]
    head += [
        f'  <key id="{key}" for="{scope}" attr.name="{_xml_attr(name)}" attr.type="{kind}" />'
        for (name, kind, scope), key in reversed(keys.items())
    ]
    graph = (
        ['  <graph edgedefault="directed">', *body, "  </graph>"] if body else ['  <graph edgedefault="directed" />']
    )
    return [*head, *graph, "</graphml>"]
