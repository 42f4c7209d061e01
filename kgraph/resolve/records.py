"""The per-document records of a build, kept on disk: what makes builds incremental and resumable.

A build folder holds ``records.sqlite``: one row per document (id, text hash,
the pickled :class:`~kgraph.model.DocResult`). Extraction results are committed
batch by batch, so

* ``kgraph build NEW --into DIR`` extracts only documents that are new or whose
  text changed, and merges them with the stored ones (the cross-document join
  always runs over all records, so the graph equals a full rebuild);
* a build killed in the middle keeps every committed batch, and the next run
  resumes from there.

The rows are pickles written by kgraph itself; do not load a records file from
someone you do not trust.

>>> import tempfile, pathlib
>>> from kgraph.model import Article, DocResult
>>> db = RecordStore(pathlib.Path(tempfile.mkdtemp()) / "records.sqlite")
>>> a = Article("d1", "Rebels attacked a convoy.")
>>> db.put([DocResult(a)])
>>> db.has(a.id, a.text_hash), db.has(a.id, "other"), len(db)
(True, False, 1)
"""

from __future__ import annotations

import pickle
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

from kgraph.model import DocResult

__all__ = ["RecordStore"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS docs (id TEXT PRIMARY KEY, hash TEXT NOT NULL, result BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


class RecordStore:
    """Documents' extraction results in one SQLite file (WAL, committed per batch)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.path)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)
        self._hashes = dict(self._db.execute("SELECT id, hash FROM docs"))

    def __len__(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM docs").fetchone()[0]

    def has(self, doc_id: str, text_hash: str) -> bool:
        """True when ``doc_id`` is stored with this text."""
        return self._hashes.get(doc_id) == text_hash

    def hashes(self) -> dict[str, str]:
        """``{document id: text hash}`` of every stored document."""
        return dict(self._hashes)

    def put(self, results: Iterable[DocResult]) -> None:
        """Store (or replace) results, in one transaction."""
        rows = [(r.article.id, r.article.text_hash, pickle.dumps(r, protocol=5)) for r in results]
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO docs (id, hash, result) VALUES (?, ?, ?)", rows)
        self._hashes.update((i, h) for i, h, _ in rows)

    def remove(self, doc_ids: Iterable[str]) -> None:
        ids = [(i,) for i in doc_ids]
        with self._db:
            self._db.executemany("DELETE FROM docs WHERE id = ?", ids)
        for (i,) in ids:
            self._hashes.pop(i, None)

    def clear(self) -> None:
        with self._db:
            self._db.execute("DELETE FROM docs")
        self._hashes.clear()

    def forget(self) -> None:
        """Treat every stored result as stale (:meth:`has` is False) until it is put again:
        what another extractor made is re-extracted; the rows stay until replaced."""
        self._hashes.clear()

    def result(self, doc_id: str) -> DocResult | None:
        """One stored result."""
        row = self._db.execute("SELECT result FROM docs WHERE id = ?", (doc_id,)).fetchone()
        return pickle.loads(row[0]) if row else None

    def results(self) -> Iterator[DocResult]:
        """Every stored result, in document id order."""
        for (blob,) in self._db.execute("SELECT result FROM docs ORDER BY id"):
            yield pickle.loads(blob)

    def get_meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self._db:
            self._db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    def close(self) -> None:
        self._db.close()
