"""Ingest: files and folders -> :class:`~kgraph.model.Article` records."""

from kgraph.ingest.boilerplate import strip_boilerplate
from kgraph.ingest.readers import SUFFIXES, iter_articles, iter_files, read_file

__all__ = ["SUFFIXES", "iter_articles", "iter_files", "read_file", "strip_boilerplate"]
