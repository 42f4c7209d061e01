"""Find and normalise document dates (the dateline or a 'Published' line)."""

from __future__ import annotations

import re
from datetime import date, datetime

__all__ = ["find_date", "normalise_date"]

_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_MON = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_DMY = re.compile(r"\b(\d{1,2})\s+" + _MON + r",?\s+(\d{4}|\d{2})\b", re.I)
_MDY = re.compile(r"\b" + _MON + r"\s+(\d{1,2}),?\s+(\d{4})\b", re.I)


def _mk(y: int, m: int, d: int) -> str | None:
    if y < 100:
        y += 1900 if y >= 50 else 2000
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def normalise_date(value: object) -> str | None:
    """ISO ``YYYY-MM-DD`` from an ISO string, a datetime string or a date-like text.

    >>> normalise_date("2024-02-08T10:00:00Z")
    '2024-02-08'
    >>> normalise_date("3 JAN 90")
    '1990-01-03'
    >>> normalise_date("soon") is None
    True
    """
    if isinstance(value, (date, datetime)):
        return value.strftime("%Y-%m-%d")
    if not isinstance(value, str):
        return None
    s = value.strip()
    m = _ISO.search(s)
    if m:
        return _mk(int(m[1]), int(m[2]), int(m[3]))
    m = _DMY.search(s)
    if m:
        return _mk(int(m[3]), _MONTHS[m[2].lower()[:3]], int(m[1]))
    m = _MDY.search(s)
    if m:
        return _mk(int(m[3]), _MONTHS[m[1].lower()[:3]], int(m[2]))
    return None


def find_date(text: str, window: int = 400) -> str | None:
    """A date written near the top of ``text`` (a dateline or 'Published ...').

    >>> find_date("LIMA, 29 MAR 89 (EFE) -- A BOMB EXPLODED")
    '1989-03-29'
    """
    return normalise_date(text[:window])
