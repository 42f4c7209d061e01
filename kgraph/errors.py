"""The kgraph error tree.

Every error kgraph raises on purpose is a :class:`KGraphError`, so a caller can
catch one class. Messages name the bad value and say how to fix it.

::

    KGraphError
    ├── InputError                 an article cannot be read
    │   ├── EmptyInputError        the file or row has no text
    │   ├── BinaryInputError       the file is not text at all
    │   ├── EncodingError          no known encoding decodes the text
    │   ├── UnsupportedFormatError the extension is not .txt/.md/.html/.htm/.jsonl
    │   ├── MalformedRecordError   a JSONL row is not valid (line number given)
    │   └── MissingPathError       the path does not exist
    ├── ModelError                 the spaCy model cannot be loaded
    ├── GraphError                 a graph file cannot be read or is not kgraph's
    └── QueryError                 a SPARQL query is malformed or unknown

Example:
    >>> try:
    ...     raise MissingPathError("nope.txt", "the path does not exist")
    ... except KGraphError as err:
    ...     print(err)
    nope.txt: the path does not exist
"""

from __future__ import annotations

__all__ = [
    "BinaryInputError",
    "EmptyInputError",
    "EncodingError",
    "GraphError",
    "InputError",
    "KGraphError",
    "MalformedRecordError",
    "MissingPathError",
    "ModelError",
    "QueryError",
    "UnsupportedFormatError",
]


class KGraphError(Exception):
    """Base class of every error kgraph raises on purpose."""


class InputError(KGraphError):
    """An article cannot be read. Names the file (and line) and the problem.

    Args:
        path: the file, as given by the user.
        problem: what is wrong and, where it helps, how to fix it.
        line: the 1-based line number inside a JSONL file, if any.
    """

    def __init__(self, path: str, problem: str, line: int | None = None) -> None:
        self.path = str(path)
        self.problem = problem
        self.line = line
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {problem}")


class EmptyInputError(InputError):
    """The file or JSONL row holds no text."""


class BinaryInputError(InputError):
    """The file holds binary data, not text."""


class EncodingError(InputError):
    """No known encoding (UTF-8, UTF-16, cp1252, latin-1) decodes the file."""


class UnsupportedFormatError(InputError):
    """The file's extension is not one kgraph reads."""


class MalformedRecordError(InputError):
    """A JSONL row is not a JSON object with a string ``text``."""


class MissingPathError(InputError):
    """The path does not exist."""


class ModelError(KGraphError):
    """The spaCy model is missing or cannot be loaded."""


class GraphError(KGraphError):
    """A graph file is missing, unreadable, or was not written by kgraph."""


class QueryError(KGraphError):
    """A SPARQL query is malformed, or a named query does not exist."""
