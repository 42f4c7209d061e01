"""Extract: articles -> records. spaCy stays inside this package.

>>> callable(extract_article)
True
"""

from kgraph.extract.document import extract_article, extract_articles, prepare_text
from kgraph.extract.nlp import MODEL, build_nlp

__all__ = ["MODEL", "build_nlp", "extract_article", "extract_articles", "prepare_text"]
