"""Atomic output files: written beside their final name, synced, then renamed over it.

A build that is killed never leaves a half-written output: readers see the old
file or the new one.

>>> import tempfile, pathlib
>>> p = pathlib.Path(tempfile.mkdtemp()) / "out.txt"
>>> write_atomic(p, b"done")
>>> p.read_bytes()
b'done'
"""

from __future__ import annotations

import heapq
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

__all__ = ["atomic_file", "write_atomic", "write_lines", "write_sorted_unique"]


@contextmanager
def atomic_file(path: str | Path) -> Iterator[Path]:
    """A temporary path beside ``path`` to write; on success it is synced and renamed
    over ``path`` (with the usual permissions), on failure removed."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_atomic(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically."""
    with atomic_file(path) as tmp:
        tmp.write_bytes(data)


def write_lines(path: str | Path, lines: Iterable[str]) -> None:
    """Write text lines to ``path`` atomically, one at a time (never all in memory)."""
    with atomic_file(path) as tmp, open(tmp, "w", encoding="utf-8") as fh:
        fh.writelines(lines)


def write_sorted_unique(path: str | Path, chunks: Iterable[str], run: int = 100_000) -> int:
    """Write the distinct lines of ``chunks`` (text of newline-ended lines) to ``path``
    in sorted order, atomically; return how many were written.

    An external merge sort: every ``run`` distinct lines are sorted and spilled to a
    temporary file beside ``path``, and the runs are merged at the end, so memory
    holds one run whatever the total. The order depends on the lines alone, not on
    the order they came in.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "lines.txt"
    >>> write_sorted_unique(p, ["b\\na\\n", "c\\na\\n"], run=2)
    3
    >>> p.read_text()
    'a\\nb\\nc\\n'
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    runs: list[Path] = []
    buf: set[str] = set()
    try:
        for chunk in chunks:
            lines = chunk.split("\n")  # not splitlines: a literal may hold U+2028 and its kin
            if lines[-1]:
                raise ValueError(f"{path}: a chunk of lines does not end with a newline: {lines[-1][:80]!r}")
            buf.update(line + "\n" for line in lines[:-1])
            if len(buf) >= run:
                runs.append(_spill(path, sorted(buf)))
                buf = set()
        n = 0
        with atomic_file(path) as tmp, open(tmp, "w", encoding="utf-8") as out:
            files = [open(r, encoding="utf-8") for r in runs]  # noqa: SIM115 - closed below
            try:
                prev = None
                for line in heapq.merge(sorted(buf), *files):
                    if line != prev:
                        out.write(line)
                        n += 1
                        prev = line
            finally:
                for fh in files:
                    fh.close()
        return n
    finally:
        for r in runs:
            r.unlink(missing_ok=True)


def _spill(beside: Path, lines: list[str]) -> Path:
    fd, name = tempfile.mkstemp(prefix=f".{beside.name}.run.", dir=beside.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.writelines(lines)
    return Path(name)
