"""Graph -> one self-contained, offline HTML page (pyvis data, vis-network inlined).

pyvis builds the node and edge records; the page template is kgraph's own, with
the vis-network script that pyvis ships inlined, so the page makes no network
request at all (pyvis's ``in_line`` mode still links Bootstrap from a CDN).

All article text reaches the page as JSON inside a script tag, with ``<``
escaped, and is shown with ``textContent``: it is never parsed as HTML.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

__all__ = ["CHROMIUM_ARGS", "EDGE_COLORS", "NODE_STYLE", "render_html", "write_html"]

#: Flags for headless Debian Chromium on a closed network (tests, benches, screenshots).
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

NODE_STYLE: dict[tuple[str, str], tuple[str, str]] = {
    ("actor", "state"): ("#1f77b4", "box"),
    ("actor", "military"): ("#17becf", "box"),
    ("actor", "government"): ("#9edae5", "box"),
    ("actor", "armed_group"): ("#d62728", "box"),
    ("actor", "organisation"): ("#9467bd", "box"),
    ("actor", "person"): ("#ff7f0e", "ellipse"),
    ("actor", "group"): ("#c5b0d5", "ellipse"),
    ("actor", "object"): ("#8c564b", "square"),
    ("place", "*"): ("#2ca02c", "triangle"),
    ("event", "*"): ("#e377c2", "diamond"),
}
EDGE_COLORS = {
    "attack": "#d62728",
    "attribution": "#7f7f7f",
    "location": "#2ca02c",
    "part_of": "#1f77b4",
    "statement": "#bcbd22",
}


def _style(kind: str, typ: str) -> tuple[str, str]:
    return NODE_STYLE.get((kind, typ)) or NODE_STYLE.get((kind, "*")) or ("#999999", "dot")


def _vis_js() -> str:
    lib = resources.files("pyvis").joinpath("lib/vis-9.1.2/vis-network.min.js")
    return lib.read_text("utf-8")


def _json(data: Any) -> str:
    """JSON that is safe inside <script>: no '<', '>' or '&' left unescaped."""
    s = json.dumps(data, ensure_ascii=False, sort_keys=True, default=str)
    return (
        s.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _layout(g: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """Precomputed positions, so large graphs open without a physics run."""
    if g.number_of_nodes() == 0:
        return {}
    h = nx.Graph(g.to_undirected())
    iters = 50 if h.number_of_nodes() <= 2000 else 15
    pos = nx.spring_layout(h, seed=7, iterations=iters, k=2.0 / max(1.0, h.number_of_nodes() ** 0.5))
    scale = 140 * max(1.0, h.number_of_nodes() ** 0.5)
    return {n: (float(x) * scale, float(y) * scale) for n, (x, y) in pos.items()}


def _network_data(g: nx.MultiDiGraph) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    from pyvis.network import Network

    net = Network(directed=True, cdn_resources="remote")
    pos = _layout(g)
    deg = dict(g.degree())
    for n, d in sorted(g.nodes(data=True)):
        color, shape = _style(d["kind"], d.get("type", ""))
        x, y = pos.get(n, (0.0, 0.0))
        size = 10 + 4 * min(10, max(d.get("mentions") or 0, deg.get(n, 0)) ** 0.5 * 2)
        net.add_node(
            n,
            label=str(d.get("label", n))[:60],
            color=color,
            shape=shape,
            size=size,
            x=x,
            y=y,
            kgGroup=f"{d['kind']}:{d.get('type', '')}",
        )
    for i, (u, v, k, d) in enumerate(sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2]))):
        net.add_edge(
            u,
            v,
            id=f"e{i}",
            label=d.get("label", k),
            color=EDGE_COLORS.get(d["kind"], "#999"),
            arrows="to",
            kind=d["kind"],
        )
    nodes, edges = net.get_nodes(), net.get_edges()
    node_list = [dict(net.node_map[n]) for n in nodes]
    for nd in node_list:
        nd.pop("title", None)
    return node_list, [dict(e) for e in edges]


def _details(g: nx.MultiDiGraph) -> tuple[dict[str, Any], dict[str, Any]]:
    nodes = {n: {k: v for k, v in d.items()} for n, d in g.nodes(data=True)}
    edges = {}
    for i, (u, v, k, d) in enumerate(sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2]))):
        edges[f"e{i}"] = {"from": g.nodes[u].get("label", u), "to": g.nodes[v].get("label", v), "relation": k, **d}
    return nodes, edges


_TEMPLATE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>__TITLE__</title>
<style>
body{margin:0;font:13px system-ui,sans-serif;display:flex;height:100vh;color:#222}
#side{width:300px;padding:8px;overflow:auto;border-right:1px solid #ddd;box-sizing:border-box}
#graph{flex:1;height:100vh}
#details{white-space:pre-wrap;border-top:1px solid #ddd;margin-top:8px;padding-top:6px}
h1{font-size:15px;margin:4px 0} h2{font-size:13px;margin:10px 0 4px}
.sw{display:inline-block;width:10px;height:10px;margin-right:4px;vertical-align:middle}
label{display:block} input[type=text],input[type=date]{width:100%;box-sizing:border-box}
.quote{background:#f6f6f6;border-left:3px solid #ccc;padding:4px;margin:4px 0}
</style></head><body>
<div id="side">
<h1>__TITLE__</h1>
<div id="summary"></div>
<h2>Search</h2><input id="search" type="text" placeholder="actor, place or event" list="names"><datalist id="names"></datalist>
<h2>Edges</h2><div id="edgeFilters"></div>
<h2>Nodes</h2><div id="nodeFilters"></div>
<h2>Dates</h2><input id="dateFrom" type="date"><input id="dateTo" type="date">
<h2>Layout</h2><label><input id="physics" type="checkbox"> physics</label>
<div id="details">Click a node or an edge to see its evidence.</div>
</div>
<div id="graph"></div>
<script>__VIS__</script>
<script id="data" type="application/json">__DATA__</script>
<script>
"use strict";
const DATA = JSON.parse(document.getElementById("data").textContent);
const nodes = new vis.DataSet(DATA.nodes), edges = new vis.DataSet(DATA.edges);
const hiddenEdgeKinds = new Set(), hiddenNodeGroups = new Set();
function el(tag, text, cls){const e=document.createElement(tag); if(text!==undefined) e.textContent=text; if(cls) e.className=cls; return e;}
function dateOk(id){const d=DATA.details.nodes[id]; if(!d||d.kind!=="event"||!d.date) return true;
  const f=document.getElementById("dateFrom").value, t=document.getElementById("dateTo").value;
  return (!f||d.date>=f.slice(0,d.date.length))&&(!t||d.date<=t.slice(0,d.date.length));}
const nodeView = new vis.DataView(nodes,{filter:n=>!hiddenNodeGroups.has(n.kgGroup)&&dateOk(n.id)});
const edgeView = new vis.DataView(edges,{filter:e=>!hiddenEdgeKinds.has(e.kind)});
const network = new vis.Network(document.getElementById("graph"),{nodes:nodeView,edges:edgeView},
  {physics:{enabled:false,stabilization:false},interaction:{hover:DATA.nodes.length<1500,hideEdgesOnDrag:DATA.nodes.length>1500},
   edges:{font:{size:DATA.nodes.length<1500?9:0},smooth:false},nodes:{font:{size:14},scaling:{label:{drawThreshold:3}}}});
network.fit({animation:false});
window.kgNetwork = network; window.kgData = DATA; window.kgEdges = edgeView; window.kgNodes = nodeView;
function legend(container, entries, hidden, refresh){
  for(const [key,color,label] of entries){const l=el("label"); const c=el("input"); c.type="checkbox"; c.checked=true; c.value=key;
    c.dataset.kind=key; c.addEventListener("change",()=>{c.checked?hidden.delete(key):hidden.add(key); refresh();});
    const s=el("span","","sw"); s.style.background=color; l.append(c,s,document.createTextNode(label)); container.append(l);}}
legend(document.getElementById("edgeFilters"), DATA.edgeKinds, hiddenEdgeKinds, ()=>edgeView.refresh());
legend(document.getElementById("nodeFilters"), DATA.nodeGroups, hiddenNodeGroups, ()=>nodeView.refresh());
for(const id of ["dateFrom","dateTo"]) document.getElementById(id).addEventListener("change",()=>nodeView.refresh());
document.getElementById("physics").addEventListener("change",e=>network.setOptions({physics:{enabled:e.target.checked}}));
document.getElementById("summary").textContent = DATA.summary;
const dl=document.getElementById("names"); for(const n of DATA.nodes){const o=el("option"); o.value=n.label; dl.append(o);}
function show(obj, title){const d=document.getElementById("details"); d.replaceChildren(el("b",title));
  for(const [k,v] of Object.entries(obj)){ if(v===null||v===""||k==="x"||k==="y") continue;
    if(k==="evidence" && Array.isArray(v)){ d.append(el("div","evidence:")); for(const q of v){ d.append(el("div", (q.doc?"["+q.doc+"] ":"")+q.text, "quote")); } continue; }
    if(k==="evidence"){ d.append(el("div","evidence:")); d.append(el("div",(obj.doc?"["+obj.doc+"] ":"")+v,"quote")); continue; }
    d.append(el("div", k+": "+(Array.isArray(v)?v.join(", "):String(v))));}}
function selectNode(id){network.selectNodes([id]); network.focus(id,{scale:1.2,animation:false}); show(DATA.details.nodes[id]||{}, String(id));}
window.kgSelectNode = selectNode;
network.on("click", p=>{ if(p.nodes.length){ show(DATA.details.nodes[p.nodes[0]]||{}, String(p.nodes[0])); }
  else if(p.edges.length){ show(DATA.details.edges[p.edges[0]]||{}, "edge"); }});
document.getElementById("search").addEventListener("change", e=>{const q=e.target.value.toLowerCase();
  const hit=DATA.nodes.find(n=>n.label.toLowerCase()===q)||DATA.nodes.find(n=>n.label.toLowerCase().includes(q));
  if(hit) selectNode(hit.id);});
</script></body></html>
"""


def render_html(g: nx.MultiDiGraph, title: str = "kgraph") -> str:
    """The page for ``g`` as one string."""
    nodes, edges = _network_data(g)
    det_nodes, det_edges = _details(g)
    groups = sorted({n["kgGroup"] for n in nodes})
    glyph = {"box": "\u25ac", "ellipse": "\u25cf", "square": "\u25a0", "triangle": "\u25b2", "diamond": "\u25c6"}
    node_groups = []
    for grp in groups:
        color, shape = _style(*grp.split(":", 1))
        node_groups.append([grp, color, f"{glyph.get(shape, '')} {grp.replace(':', ': ').replace('_', ' ')}"])
    kinds = sorted({e["kind"] for e in edges} | set(EDGE_COLORS))
    edge_kinds = [[k, EDGE_COLORS.get(k, "#999"), "\u2192 " + k.replace("_", " ")] for k in kinds]
    n_ev = sum(1 for _, d in g.nodes(data=True) if d["kind"] == "event")
    summary = f"{g.number_of_nodes()} nodes ({n_ev} events), {g.number_of_edges()} edges"
    data = {
        "nodes": nodes,
        "edges": edges,
        "details": {"nodes": det_nodes, "edges": det_edges},
        "nodeGroups": node_groups,
        "edgeKinds": edge_kinds,
        "summary": summary,
    }
    safe_title = title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return (
        _TEMPLATE.replace("__VIS__", _vis_js().replace("</script", "<\\/script"))
        .replace("__TITLE__", safe_title)
        .replace("__DATA__", _json(data))
    )


def write_html(g: nx.MultiDiGraph, path: Path, title: str = "kgraph") -> Path:
    """Write the page atomically."""
    from kgraph.export.files import write_atomic

    write_atomic(path, render_html(g, title).encode("utf-8"))
    return path
