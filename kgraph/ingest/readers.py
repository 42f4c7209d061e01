"""Read articles from .txt, .md, .html and .jsonl files and folders.

:func:`iter_articles` streams :class:`~kgraph.model.Article` records. A file
or row that cannot be read is yielded as an :class:`~kgraph.errors.InputError`
value instead of raised, so one bad article never stops a run.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Iterator
from html.parser import HTMLParser
from pathlib import Path

from kgraph.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    InputError,
    MalformedRecordError,
    MissingPathError,
    UnsupportedFormatError,
)
from kgraph.ingest.boilerplate import strip_boilerplate
from kgraph.ingest.dates import find_date, normalise_date
from kgraph.model import Article

__all__ = ["SUFFIXES", "decode", "iter_articles", "iter_files", "read_file"]

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".jsonl")
_FALLBACKS = ("cp1252", "latin-1")


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | InputError]:
    """Expand files and folders (recursively, sorted) into readable files."""
    for p in paths:
        path = Path(p)
        if not path.exists():
            yield MissingPathError(str(p), "the path does not exist; check the spelling")
        elif path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not child.name.startswith("."):
                    yield child
        else:
            yield path


def decode(raw: bytes, path: str) -> tuple[str, str]:
    """Decode ``raw`` as text: UTF-8 (with or without BOM), UTF-16 with a BOM,
    then cp1252 and latin-1. Returns ``(text, encoding)``.

    Raises:
        BinaryInputError: the bytes hold NULs or control characters.
        EncodingError: the decoded text is mostly control characters.
    """
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as err:
            raise EncodingError(path, f"has a UTF-16 mark but does not decode ({err.reason})") from None
    if b"\x00" in raw[:8192]:
        raise BinaryInputError(path, "is a binary file, not text; give .txt, .md, .html or .jsonl")
    try:
        return raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    for enc in _FALLBACKS:
        try:
            text = raw.decode(enc)
        except UnicodeDecodeError:
            continue
        ctrl = sum(1 for c in text if ord(c) < 32 and c not in "\r\n\t\f")
        if ctrl > max(2, len(text) // 100):
            raise BinaryInputError(path, "is a binary file, not text; give .txt, .md, .html or .jsonl")
        return text, enc
    raise EncodingError(path, "is not UTF-8, UTF-16, cp1252 or latin-1; re-save it as UTF-8")


class _HTMLText(HTMLParser):
    """Collect visible block text, the title and publication dates from HTML."""

    _SKIP = {
        "script",
        "style",
        "noscript",
        "nav",
        "footer",
        "header",
        "aside",
        "form",
        "figcaption",
        "button",
        "svg",
        "iframe",
        "template",
    }
    _BLOCK = {
        "p",
        "div",
        "br",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "section",
        "article",
        "tr",
        "td",
        "pre",
        "dd",
        "dt",
        "title",
    }

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.title: str | None = None
        self.h1: str | None = None
        self.dates: list[str] = []
        self._in: str | None = None
        self._buf: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key in {
                "article:published_time",
                "date",
                "pubdate",
                "datepublished",
                "dc.date",
                "dc.date.issued",
                "og:published_time",
            }:
                self.dates.append(a.get("content", ""))
            return
        if tag == "time" and a.get("datetime"):
            self.dates.append(a["datetime"])
        if tag in self._SKIP:
            self.skip += 1
        if tag in self._BLOCK:
            self.parts.append("\n")
        if tag in ("title", "h1") and self._in is None:
            self._in, self._buf = tag, []

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self.skip:
            self.skip -= 1
        if tag in self._BLOCK:
            self.parts.append("\n")
        if tag == self._in:
            text = " ".join("".join(self._buf).split())
            if tag == "title":
                self.title = text or None
            elif self.h1 is None:
                self.h1 = text or None
            self._in = None

    def handle_data(self, data: str) -> None:
        if self._in:
            self._buf.append(data)
        if self._in == "title" or self.skip:
            return
        self.parts.append(data)


def _html_to_text(src: str) -> tuple[str, str | None, str | None]:
    parser = _HTMLText()
    parser.feed(src)
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.parts).split("\n")]
    text = "\n\n".join(line for line in lines if line)
    date = next((d for d in (normalise_date(x) for x in parser.dates) if d), None)
    return text, parser.h1 or parser.title, date


_MD_RULES = [
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links -> text
    (re.compile(r"^\s{0,3}#{1,6}\s*", re.M), ""),  # headings
    (re.compile(r"^\s{0,3}>\s?", re.M), ""),  # quotes
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),  # bold
    (re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?!\w)"), r"\1"),  # italics
    (re.compile(r"`([^`]*)`"), r"\1"),
    (re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$", re.M), ""),  # rules
    (re.compile(r"<[^>]+>"), ""),  # inline html
]


def _markdown_to_text(src: str) -> tuple[str, dict[str, str]]:
    meta: dict[str, str] = {}
    m = re.match(r"\A---\s*\n(.*?)\n---\s*\n", src, re.S)
    if m:
        for line in m.group(1).splitlines():
            if ":" in line:
                k, v = line.split(":", 1)
                meta[k.strip().lower()] = v.strip().strip("\"'")
        src = src[m.end() :]
    for rx, rep in _MD_RULES:
        src = rx.sub(rep, src)
    return html.unescape(src), meta


# an entity a web scrape left in plain text ("&lt;b&gt;", "&#151;", "&amp;"),
# or one whose ampersand a space took the place of ("Iraq #39;s", "cost  #36;5")
_ENTITY = re.compile(r"&(?:[A-Za-z]{2,8}|#[0-9]{2,5}|#x[0-9A-Fa-f]{2,4});| #[0-9]{2,5};")
_BARE_CHARREF = re.compile(r" (#[0-9]{2,5};)")
# inline markup is never prose: it goes with its attributes, its text stays
_INLINE_TAG = re.compile(r"</?(?:a|b|i|u|em|strong|font|span|p|br|div|sup|sub|small|big|q|cite|abbr)\b[^<>]*>", re.I)


def _unescape_plain(text: str) -> str:
    """Plain text or a JSON Lines row, with the entities and inline tags of a scrape read.

    >>> _unescape_plain("Iraq #39;s &lt;b&gt;army&lt;/b&gt; &amp; police")
    "Iraq's army & police"
    """
    if _ENTITY.search(text):
        text = html.unescape(_BARE_CHARREF.sub(r"&\1", text))
    return _INLINE_TAG.sub("", text)


def _first_line(text: str) -> str | None:
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:300]
    return None


def _article(
    doc_id: str,
    text: str,
    path: str,
    date: str | None,
    date_source: str,
    title: str | None = None,
    url: str | None = None,
    line: int | None = None,
) -> Article:
    body = strip_boilerplate(text.replace("\r\n", "\n").replace("\r", "\n"))
    if not body.strip():
        what = "row has" if line else "file has"
        raise EmptyInputError(path, f"the {what} no article text (after removing boilerplate)", line)
    if date is None:
        date = find_date(body)
        date_source = "text" if date else "unknown"
    return Article(
        id=doc_id, text=body, date=date, date_source=date_source, title=title or _first_line(body), url=url, path=path
    )


def _jsonl(path: Path, raw_text: str, date: str | None) -> Iterator[Article | InputError]:
    for n, line in enumerate(raw_text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            yield MalformedRecordError(str(path), f"is not valid JSON ({err.msg}, column {err.colno})", n)
            continue
        if not isinstance(row, dict):
            yield MalformedRecordError(str(path), "is not a JSON object with 'id' and 'text'", n)
            continue
        text, doc_id = row.get("text"), row.get("id")
        if not isinstance(text, str):
            yield MalformedRecordError(str(path), "has no string 'text' field", n)
            continue
        if doc_id is None or str(doc_id).strip() == "":
            yield MalformedRecordError(str(path), "has no 'id' field; give each row a unique id", n)
            continue
        row_date = normalise_date(row.get("date")) if row.get("date") else None
        if row.get("date") and row_date is None:
            yield MalformedRecordError(str(path), f"has a 'date' that is not a date: {row.get('date')!r}", n)
            continue
        d, src = (date, "cli") if date else (row_date, "jsonl") if row_date else (None, "unknown")
        try:
            title = row.get("title")
            title = _unescape_plain(title) if isinstance(title, str) else None
            yield _article(str(doc_id), _unescape_plain(text), str(path), d, src, title, row.get("url"), n)
        except InputError as err:
            yield err


def read_file(path: Path, date: str | None = None) -> Iterator[Article | InputError]:
    """Read one file into articles (one for text files, one per row for JSONL)."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        yield UnsupportedFormatError(
            str(path), f"has the unknown extension {path.suffix or '(none)'!r}; kgraph reads " + ", ".join(SUFFIXES)
        )
        return
    try:
        raw = path.read_bytes()
    except OSError as err:
        yield InputError(str(path), f"cannot be read ({err.strerror})")
        return
    if not raw.strip():
        yield EmptyInputError(str(path), "is empty")
        return
    try:
        text, _enc = decode(raw, str(path))
    except InputError as err:
        yield err
        return
    if suffix == ".jsonl":
        yield from _jsonl(path, text, date)
        return
    title = url = None
    found = None
    if suffix in (".html", ".htm"):
        text, title, found = _html_to_text(text)
    elif suffix in (".md", ".markdown"):
        text, meta = _markdown_to_text(text)
        title, url = meta.get("title"), meta.get("url")
        found = normalise_date(meta["date"]) if meta.get("date") else None
    else:
        text = _unescape_plain(text)
    d, src = (date, "cli") if date else (found, "text") if found else (None, "unknown")
    try:
        yield _article(path.stem, text, str(path), d, src, title, url)
    except InputError as err:
        yield err


def iter_articles(paths: Iterable[str | Path], date: str | None = None) -> Iterator[Article | InputError]:
    """Stream articles from files and folders; errors come back as values.

    Args:
        paths: files or folders.
        date: an ISO date that overrides every document's own date.
    """
    for item in iter_files(paths):
        if isinstance(item, InputError):
            yield item
        else:
            yield from read_file(item, date)
