"""The events table, computed from the RDF by SPARQL, and GraphML.

Rows follow the prediction format of the evaluation (``doc``, ``type``,
``perpetrator``/``target``/``place`` participants with ``label`` and
``mentions``, ``basis`` and ``by`` on perpetrators, ``date``), plus who the
event was attributed to and the evidence sentences.
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

from rdflib import Graph, URIRef

__all__ = ["EVENT_COLUMNS", "events_csv", "events_jsonl", "events_table", "iter_events_table"]

EVENT_COLUMNS = [
    "doc",
    "id",
    "type",
    "subtype",
    "label",
    "date",
    "date_precision",
    "perpetrator",
    "target",
    "place",
    "participant",
    "attributed_to",
    "evidence",
    "killed",
    "wounded",
    "confidence",
    "background",
    "campaign",
]
_ROLE_KEY = {
    "perpetrator": "perpetrator",
    "accusedPerpetrator": "perpetrator",
    "target": "target",
    "hasPlace": "place",
    "hasActor": "participant",
}


def events_table(g: Graph | Any) -> list[dict[str, Any]]:
    """One row per event and source document, read by SPARQL from ``g`` (an rdflib
    Graph or, much faster on large graphs, an Oxigraph Store)."""
    return list(iter_events_table(g))


def iter_events_table(g: Graph | Any, docs_per_query: int = 400) -> Iterator[dict[str, Any]]:
    """The rows of :func:`events_table` in order, a few hundred documents at a time
    on an Oxigraph store (memory does not grow with the graph); all at once on an
    rdflib Graph."""
    from kgraph.query import prepared, query_rows

    if isinstance(g, Graph):
        yield from _rows(g, None)
        return
    docs = sorted(r["doc"] for r in query_rows(g, prepared("event-documents")))
    for i in range(0, len(docs), docs_per_query):
        yield from _rows(g, docs[i : i + docs_per_query])


def _rows(g: Graph | Any, docs: list[str] | None) -> list[dict[str, Any]]:
    from kgraph.query import prepared, query_rows

    events = query_rows(g, prepared("events-table"), {"doc": docs} if docs is not None else None)
    scope = {"event": sorted({URIRef(e["event"]) for e in events})} if docs is not None else None
    if scope is not None and not scope["event"]:
        return []
    # the queries have no ORDER BY (sorting in SPARQL took a third of the table's time):
    # rows are sorted here, on every column, so the table does not depend on the store
    roles = _sorted(query_rows(g, prepared("events-roles"), scope), "event", "role", "label", "mention", "doc")
    evid = _sorted(query_rows(g, prepared("events-evidence"), scope), "event", "start", "doc")
    atts = _sorted(query_rows(g, prepared("events-attributions"), scope), "event", "doc", "basis", "byLabel", "text")
    by_event: dict[str, dict[str, dict[str, dict[str, Any]]]] = defaultdict(lambda: defaultdict(dict))
    for r in roles:
        key = _ROLE_KEY.get(r["role"])
        if key is None:
            continue
        slot = by_event[r["event"]][key].setdefault(
            (r["node"], r.get("basis") or ""), {"label": r["label"], "mentions": [], "_doc": set()}
        )
        if r.get("mention") and r["mention"] not in slot["mentions"]:
            slot["mentions"].append(r["mention"])
        if r.get("doc"):
            slot["_doc"].add(r["doc"])
        if key == "perpetrator":
            slot["basis"] = r.get("basis") or "reported"
            if r.get("byLabel"):
                slot["by"] = r["byLabel"]
    ev_text: dict[str, list[dict[str, Any]]] = defaultdict(list)
    attrib: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in evid:
        item = {"doc": r["doc"], "text": r["text"], "start": r["start"]}
        if item not in ev_text[r["event"]]:
            ev_text[r["event"]].append(item)
    for r in atts:
        item = {"basis": r["basis"], "by": r.get("byLabel"), "quote": r["text"], "doc": r["doc"]}
        if item not in attrib[r["event"]]:
            attrib[r["event"]].append(item)
    rows = []
    for e in events:
        eid, doc = e["event"], e["doc"]
        row: dict[str, Any] = {
            "doc": doc,
            "id": eid.rsplit("/", 1)[-1],
            "type": e["type"],
            "subtype": e["subtype"],
            "label": e["label"],
            "date": e.get("date"),
            "date_precision": e.get("precision") or "unknown",
        }
        for key in ("perpetrator", "target", "place", "participant"):
            parts = []
            for slot in by_event[eid][key].values():
                if slot["_doc"] and doc not in slot["_doc"]:
                    continue
                parts.append({k: v for k, v in slot.items() if not k.startswith("_")})
            row[key] = sorted(parts, key=lambda p: (p["label"], p.get("basis", "")))
        row["attributed_to"] = [a for a in attrib[eid] if a["doc"] == doc]
        row["evidence"] = [x["text"] for x in sorted(ev_text[eid], key=lambda x: x["start"]) if x["doc"] == doc]
        for k in ("killed", "wounded", "confidence", "background", "campaign"):
            row[k] = e.get(k)
        rows.append(row)
    rows.sort(key=lambda r: (r["doc"], r["id"]))
    return rows


def _sorted(rows: list[dict[str, Any]], *first: str) -> list[dict[str, Any]]:
    """Rows sorted on the ``first`` columns and then on all the others (unbound before
    bound, as SPARQL's ORDER BY puts them).

    >>> _sorted([{"a": 2, "b": None}, {"a": 1, "b": "x"}, {"a": 1, "b": None}], "a")
    [{'a': 1, 'b': None}, {'a': 1, 'b': 'x'}, {'a': 2, 'b': None}]
    """
    if not rows:
        return rows
    cols = list(first) + sorted(set(rows[0]) - set(first))
    return sorted(rows, key=lambda r: tuple(_order(r.get(c)) for c in cols))


def _order(v: Any) -> tuple[int, float, str]:
    """A sort key for a cell: unbound first, then numbers by value, then text."""
    if v is None:
        return (0, 0.0, "")
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return (1, float(v), "")
    return (2, 0.0, str(v))


def events_jsonl(rows: Iterable[dict[str, Any]]) -> str:
    """Rows as JSON Lines (the evaluation's prediction format)."""
    return "".join(events_lines(rows))


def events_lines(rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    """Rows as JSON Lines, one line at a time."""
    for r in rows:
        yield json.dumps(r, ensure_ascii=False, sort_keys=False, default=str) + "\n"


def _cell(v: Any) -> str:
    if isinstance(v, list):
        out = []
        for x in v:
            if isinstance(x, dict):
                s = x.get("label") or x.get("quote") or ""
                if x.get("basis") and x.get("basis") != "reported" or x.get("by"):
                    s += f" [{x.get('basis')}{' by ' + x['by'] if x.get('by') else ''}]"
                out.append(s)
            else:
                out.append(str(x))
        return " | ".join(out)
    return "" if v is None else str(v)


def events_csv(rows: list[dict[str, Any]]) -> str:
    """Rows as CSV: participants as 'label [basis by source]' joined with ' | '."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(EVENT_COLUMNS)
    for r in rows:
        w.writerow([_cell(r.get(c)) for c in EVENT_COLUMNS])
    return buf.getvalue()
