"""A read-only SPARQL 1.1 Protocol endpoint over a kgraph graph, answered by Oxigraph.

``kgraph serve GRAPH`` loads the graph into an on-disk Oxigraph store (a
temporary folder, or an existing store folder as is) and answers
``/sparql``:

* ``GET /sparql?query=...``, ``POST`` with ``application/x-www-form-urlencoded``
  (``query=...``) or ``application/sparql-query``;
* results in JSON, CSV, TSV or XML (``Accept``), graphs (CONSTRUCT, DESCRIBE)
  in Turtle, N-Triples, JSON-LD or RDF/XML;
* read-only: SPARQL UPDATE (``update=``, ``application/sparql-update``, or an
  update sent as a query) gets **403 Forbidden**;
* every query runs in a worker process that opened the store read-only; one that
  runs past the timeout is killed (**503**, and the worker is replaced), so a
  runaway query never holds the server;
* binds to 127.0.0.1 unless told otherwise.

The query engine is Oxigraph's; this module is only the HTTP layer.
"""

from __future__ import annotations

import json
import multiprocessing as mp
import queue
import re
import shutil
import tempfile
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

__all__ = ["Endpoint", "is_update", "make_server", "serve_in_thread"]

#: result media types in order of preference, for SELECT/ASK and for CONSTRUCT/DESCRIBE
RESULT_TYPES = {
    "application/sparql-results+json": "JSON",
    "application/json": "JSON",
    "text/csv": "CSV",
    "text/tab-separated-values": "TSV",
    "application/sparql-results+xml": "XML",
    "application/xml": "XML",
}
GRAPH_TYPES = {
    "text/turtle": "TURTLE",
    "application/n-triples": "N_TRIPLES",
    "application/ld+json": "JSON_LD",
    "application/rdf+xml": "RDF_XML",
}
_UPDATE = re.compile(
    r"^\s*(?:(?:PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*"
    r"(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b",
    re.IGNORECASE,
)
_COMMENT = re.compile(r"^\s*#.*$", re.MULTILINE)


def is_update(text: str) -> bool:
    """True when ``text`` is a SPARQL UPDATE rather than a query.

    >>> is_update("PREFIX kg: <https://kgraph.dev/ns#> INSERT DATA { <a:b> kg:x 1 }")
    True
    >>> is_update("SELECT * WHERE { ?s ?p ?o }")
    False
    """
    return bool(_UPDATE.match(_COMMENT.sub("", text)))


def _negotiate(accept: str, offered: dict[str, str]) -> tuple[str, str] | None:
    """The best ``(media type, format name)`` for an Accept header (q-values honoured)."""
    if not accept.strip():
        first = next(iter(offered))
        return first, offered[first]
    prefs = []
    for i, part in enumerate(accept.split(",")):
        bits = [b.strip() for b in part.split(";")]
        q = 1.0
        for b in bits[1:]:
            if b.startswith("q="):
                try:
                    q = float(b[2:])
                except ValueError:
                    q = 0.0
        prefs.append((-q, i, bits[0].lower()))
    for negq, _, media in sorted(prefs):
        if negq == 0:
            continue
        if media in offered:
            return media, offered[media]
        if media in ("*/*", "application/*", "text/*"):
            for m, f in offered.items():
                if media == "*/*" or m.startswith(media[:-1]):
                    return m, f
    return None


def _worker(conn: Any, store_dir: str) -> None:
    """Worker process: open the store read-only and answer queries until told to stop."""
    import pyoxigraph as ox

    from kgraph.vocab import PREFIXES

    store = ox.Store.read_only(store_dir)
    while True:
        try:
            msg = conn.recv()
        except EOFError:
            return
        if msg is None:
            return
        text, accept = msg
        try:
            res = store.query(text, prefixes=dict(PREFIXES))
        except SyntaxError as err:
            conn.send((400, "text/plain; charset=utf-8", f"malformed SPARQL query: {err}".encode()))
            continue
        except (OSError, ValueError, RuntimeError) as err:
            conn.send((500, "text/plain; charset=utf-8", f"the query failed: {err}".encode()))
            continue
        offered, formats = (
            (GRAPH_TYPES, ox.RdfFormat) if isinstance(res, ox.QueryTriples) else (RESULT_TYPES, ox.QueryResultsFormat)
        )
        chosen = _negotiate(accept, offered)
        if chosen is None:
            conn.send((406, "text/plain; charset=utf-8", _not_acceptable(offered)))
            continue
        media, name = chosen
        try:
            body = res.serialize(format=getattr(formats, name))
        except (OSError, ValueError, RuntimeError) as err:
            conn.send((500, "text/plain; charset=utf-8", f"the query failed: {err}".encode()))
            continue
        charset = "; charset=utf-8" if media.startswith("text/") or "json" in media or "xml" in media else ""
        conn.send((200, media + charset, body or b""))


def _not_acceptable(offered: dict[str, str]) -> bytes:
    return ("none of the Accept types is offered; use one of: " + ", ".join(offered)).encode()


class _Worker:
    """One query process and the parent's end of its pipe."""

    def __init__(self, ctx: Any, store_dir: str) -> None:
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker, args=(child, store_dir), daemon=True)
        self.proc.start()
        child.close()

    def kill(self) -> None:
        self.proc.kill()
        self.proc.join(5)
        self.conn.close()


@dataclass
class Endpoint:
    """The store, the worker pool and the settings behind one server."""

    store_dir: Path
    timeout: float
    workers: int
    owns_store: bool

    def __post_init__(self) -> None:
        self._ctx = mp.get_context("spawn")
        self._idle: queue.Queue[_Worker] = queue.Queue()
        for _ in range(self.workers):
            self._idle.put(_Worker(self._ctx, str(self.store_dir)))

    @classmethod
    def open(cls, graph: str | Path, timeout: float = 30.0, workers: int = 2) -> Endpoint:
        """Load ``graph`` (a graph file, a build folder, or an Oxigraph store folder).

        Raises:
            GraphError: the graph cannot be read.
        """
        import pyoxigraph as ox

        from kgraph.errors import GraphError
        from kgraph.export.oxi import FORMAT
        from kgraph.export.rdf import FORMATS
        from kgraph.query import graph_file

        p = Path(graph)
        if (p / "store" / "CURRENT").exists():  # a build folder: its on-disk store
            p = p / "store"
        if p.is_dir() and (p / "CURRENT").exists():  # an Oxigraph (RocksDB) store folder
            return cls(p, timeout, workers, owns_store=False)
        src = graph_file(p)
        tmp = Path(tempfile.mkdtemp(prefix="kgraph-store-"))
        try:
            store = ox.Store(str(tmp))
            store.bulk_load(path=str(src), format=FORMAT[FORMATS[src.suffix.lstrip(".")]])
            store.flush()
            del store
        except (SyntaxError, ValueError, OSError) as err:
            shutil.rmtree(tmp, ignore_errors=True)
            raise GraphError(f"{graph}: cannot load ({err})") from None
        return cls(tmp, timeout, workers, owns_store=True)

    def run(self, text: str, accept: str) -> tuple[int, str, bytes]:
        """Answer one query: ``(status, content type, body)``."""
        if is_update(text):
            return 403, "text/plain; charset=utf-8", b"this endpoint is read-only: SPARQL UPDATE is refused"
        w = self._idle.get()
        try:
            w.conn.send((text, accept))
            if w.conn.poll(self.timeout):
                return w.conn.recv()
            w.kill()
            w = _Worker(self._ctx, str(self.store_dir))
            return 503, "text/plain; charset=utf-8", f"the query ran past the {self.timeout:g} s timeout".encode()
        except (EOFError, OSError, BrokenPipeError):
            w.kill()
            w = _Worker(self._ctx, str(self.store_dir))
            return 500, "text/plain; charset=utf-8", b"the query process died; try again"
        finally:
            self._idle.put(w)

    def close(self) -> None:
        """Stop the workers and remove a temporary store."""
        while not self._idle.empty():
            w = self._idle.get_nowait()
            try:
                w.conn.send(None)
            except OSError:
                pass
            w.proc.join(2)
            if w.proc.is_alive():
                w.kill()
        if self.owns_store:
            shutil.rmtree(self.store_dir, ignore_errors=True)


def _handler(endpoint: Endpoint) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "kgraph-sparql/1"
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:  # quiet unless asked
            if getattr(self.server, "verbose", False):
                super().log_message(format, *args)

        def _send(self, status: int, ctype: str, body: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Vary", "Accept")
            if status == 405:
                self.send_header("Allow", "GET, POST")
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def _answer(self, params: dict[str, list[str]], body_query: str | None = None) -> None:
            if "update" in params:
                self._send(403, "text/plain; charset=utf-8", b"this endpoint is read-only: SPARQL UPDATE is refused")
                return
            queries = params.get("query", [])
            text = body_query if body_query is not None else (queries[0] if len(queries) == 1 else None)
            if text is None:
                msg = "give exactly one query: GET /sparql?query=... or POST it (SPARQL 1.1 Protocol)"
                self._send(400, "text/plain; charset=utf-8", msg.encode())
                return
            self._send(*endpoint.run(text, self.headers.get("Accept", "")))

        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            url = urlsplit(self.path)
            if url.path == "/":
                info = {"sparql": "/sparql", "read_only": True, "timeout_s": endpoint.timeout}
                self._send(200, "application/json", json.dumps(info).encode())
            elif url.path != "/sparql":
                self._send(404, "text/plain; charset=utf-8", b"not found; the endpoint is /sparql")
            else:
                self._answer(parse_qs(url.query, keep_blank_values=True))

        do_HEAD = do_GET

        def do_POST(self) -> None:  # noqa: N802
            url = urlsplit(self.path)
            if url.path != "/sparql":
                self._send(404, "text/plain; charset=utf-8", b"not found; the endpoint is /sparql")
                return
            size = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(size).decode("utf-8", "replace") if size else ""
            ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            params = parse_qs(url.query, keep_blank_values=True)
            if ctype == "application/sparql-update":
                self._send(403, "text/plain; charset=utf-8", b"this endpoint is read-only: SPARQL UPDATE is refused")
            elif ctype == "application/sparql-query":
                self._answer(params, body)
            elif ctype == "application/x-www-form-urlencoded":
                params.update(parse_qs(body, keep_blank_values=True))
                self._answer(params)
            else:
                msg = "POST application/sparql-query or application/x-www-form-urlencoded (query=...)"
                self._send(415, "text/plain; charset=utf-8", msg.encode())

        def do_PUT(self) -> None:  # noqa: N802
            self._send(405, "text/plain; charset=utf-8", b"read-only endpoint: GET or POST queries only")

        do_DELETE = do_PATCH = do_PUT

    return Handler


def make_server(
    graph: str | Path, host: str = "127.0.0.1", port: int = 7878, timeout: float = 30.0, workers: int = 2
) -> tuple[ThreadingHTTPServer, Endpoint]:
    """A ready server (not yet serving) and its endpoint; ``port=0`` picks a free port.

    Call ``server.serve_forever()``; on the way out, ``server.server_close()`` and
    ``endpoint.close()``.
    """
    endpoint = Endpoint.open(graph, timeout=timeout, workers=workers)
    try:
        server = ThreadingHTTPServer((host, port), _handler(endpoint))
    except OSError:
        endpoint.close()
        raise
    server.daemon_threads = True
    return server, endpoint


def serve_in_thread(server: ThreadingHTTPServer) -> threading.Thread:
    """Serve in a daemon thread (tests, notebooks)."""
    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    return t
