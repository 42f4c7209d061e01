"""Normalise time expressions against the document date, keeping precision.

>>> normalise_time("Wednesday night", "2024-02-08")
('2024-02-07', 'day')
>>> normalise_time("last night", "2024-02-08"), normalise_time("this morning", "2024-02-08")
(('2024-02-07', 'day'), ('2024-02-08', 'day'))
>>> normalise_time("Thursday", "2024-02-08"), normalise_time("last Thursday", "2024-02-08")
(('2024-02-08', 'day'), ('2024-02-01', 'day'))
>>> normalise_time("last month", "2024-02-08")
('2024-01', 'month')
>>> normalise_time("January 28", "2024-02-08")
('2024-01-28', 'day')
>>> normalise_time("October 7", "2024-02-08")
('2023-10-07', 'day')
>>> normalise_time("1989", None)
('1989', 'year')
>>> normalise_time("8 October", None)
(None, 'unknown')
>>> normalise_time("three days ago", "2024-02-08"), normalise_time("two months ago", "2024-02-08")
(('2024-02-05', 'day'), ('2023-12', 'month'))
>>> normalise_time("last week", "2024-02-15"), normalise_time("last week", "2024-02-08")
(('2024-02', 'month'), (None, 'unknown'))
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from functools import lru_cache

__all__ = ["day_offset", "normalise_time"]

_DAYISH = re.compile(
    r"\b(\d{1,2}(st|nd|rd|th)?\b|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|yesterday|today|tonight|overnight|last night|this (?:morning|afternoon|evening)|day before)",
    re.I,
)
# a month's name or its short form, not a word it begins ("a decade", "the junta", "marines")
_MONTH = re.compile(
    r"\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])",
    re.I,
)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_REL_MONTH = re.compile(r"\b(last|this|previous|past)\s+month\b", re.I)
_REL_YEAR = re.compile(r"\b(last|this|previous|past)\s+year\b", re.I)
_REL_WEEK = re.compile(r"\b(last|this|previous|past)\s+week\b", re.I)
_AGO = re.compile(r"^(?:about |some |nearly |almost )?(\w+) (day|week|month|year)s? ago$", re.I)
_COUNTS = {w: i for i, w in enumerate("a one two three four five six seven eight nine ten eleven twelve".split())}
_COUNTS["a"] = 1
_DROP = re.compile(
    r"\b(night|morning|afternoon|evening|overnight|early|earlier|late|on|the|of|at)\b"
    # a clock time, never a year: "at 0330 on 25 March", "2100 hours"
    r"|\b(?!1[89]\d\d\b|20\d\d\b)[0-2]\d[0-5]\d\b(\s*(hours|hrs|gmt|local time)\b)?",
    re.I,
)


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_NAME = (
    r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_CALENDAR = (  # "16 March 1989", "March 16, 1989", "March 1989", "March": (day, month, year) groups
    (re.compile(rf"^{_DAY} (?:of )?{_MONTH_NAME},? ?(\d{{4}})?$", re.I), (1, 2, 3)),
    (re.compile(rf"^{_MONTH_NAME} {_DAY},? ?(\d{{4}})?$", re.I), (2, 1, 3)),
    (re.compile(rf"^{_MONTH_NAME},? ?(\d{{4}})?$", re.I), (None, 1, 2)),
)

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _calendar(words: str, base: datetime | None) -> datetime | None:
    """A calendar date read without dateparser, as dateparser reads it: a day or
    month without a year is the latest one not after ``base``, a month alone its
    first day. None for any other form (dateparser reads those).

    >>> _calendar("16 March", datetime(1989, 3, 20)), _calendar("December", datetime(1989, 11, 2))
    (datetime.datetime(1989, 3, 16, 0, 0), datetime.datetime(1988, 12, 1, 0, 0))
    """
    for pattern, (d, m, y) in _CALENDAR:
        hit = pattern.match(words)
        if hit is None:
            continue
        month = _MONTHS.index(hit.group(m)[:3].lower()) + 1
        day = int(hit.group(d)) if d else 1
        year = int(hit.group(y)) if hit.group(y) else None
        try:
            if year is not None:
                return datetime(year, month, day)
            if base is None:
                return None
            date = datetime(base.year, month, day)
            return date if date <= base else datetime(base.year - 1, month, day)
        except ValueError:  # "31 April", "29 February" of a common year: dateparser's call
            return None
    return None


def _relative_day(words: str, base: datetime) -> datetime | None:
    """The day the commonest relative words name, without dateparser (which also
    reads "this morning" and "last night", cut to "this" and "last", as no date):
    "today", "tonight", "this morning" are the document's day; "yesterday" and "last
    night" the day before; a weekday ("Friday", "last Friday") the latest such day
    before the document's, as dateparser reads it, except that the document's own weekday
    is its day: agency copy names the day of the week for today too ("Israeli helicopters
    attacked early Tuesday", dated Tuesday), while "last Tuesday" is a week back.

    >>> tuesday = datetime(2004, 9, 7)
    >>> _relative_day("tuesday", tuesday).date(), _relative_day("last tuesday", tuesday).date()
    (datetime.date(2004, 9, 7), datetime.date(2004, 8, 31))
    """
    if words in ("today", "tonight", "this", "overnight"):
        return base  # "overnight" in the day's news: the night that ended on its day
    if words in ("yesterday", "last"):
        return base - timedelta(days=1)
    day = words.removeprefix("last ").strip()
    if day in _WEEKDAYS and day == words and _WEEKDAYS.index(day) == base.weekday():
        return base
    if day in _WEEKDAYS:
        return base - timedelta(days=(base.weekday() - _WEEKDAYS.index(day) - 1) % 7 + 1)
    return None


@lru_cache(maxsize=4096)
def normalise_time(text: str, base: str | None) -> tuple[str | None, str]:
    """``(iso, precision)`` for a time expression; precision is day, month, year or unknown.

    Relative expressions ("yesterday", "last month", "Wednesday") need the
    document date ``base``; without it they stay unknown.
    """
    t = " ".join(text.split())
    base_dt = datetime.strptime(base, "%Y-%m-%d") if base else None
    if _REL_MONTH.search(t) and base_dt:
        n = 0 if _REL_MONTH.search(t).group(1).lower() == "this" else 1
        y, m = base_dt.year, base_dt.month - n
        if m < 1:
            y, m = y - 1, 12
        return f"{y:04d}-{m:02d}", "month"
    week = _REL_WEEK.search(t)
    if week and base_dt:  # a week names no day: its month, when the whole week lies in one
        which = week.group(1).lower()
        if which in ("last", "previous"):
            first = base_dt - timedelta(days=base_dt.weekday() + 7)
            last = first + timedelta(days=6)
        elif which == "past":
            first, last = base_dt - timedelta(days=7), base_dt
        else:  # "this week", "earlier this week"
            first, last = base_dt - timedelta(days=base_dt.weekday()), base_dt
        if (first.year, first.month) == (last.year, last.month):
            return first.strftime("%Y-%m"), "month"
        return None, "unknown"
    ago = _AGO.match(t)
    if ago and base_dt:  # "three days ago", "two months ago"; "two weeks ago" names no day, only its month
        word, unit = ago.group(1).lower(), ago.group(2).lower()
        n = int(word) if word.isdigit() else _COUNTS.get(word)
        if n is not None:
            if unit == "day":
                return (base_dt - timedelta(days=n)).strftime("%Y-%m-%d"), "day"
            if unit == "week":
                return (base_dt - timedelta(days=7 * n)).strftime("%Y-%m"), "month"
            if unit == "month":
                y, m = divmod(base_dt.year * 12 + base_dt.month - 1 - n, 12)
                return f"{y:04d}-{m + 1:02d}", "month"
            return f"{base_dt.year - n:04d}", "year"
    last_month = re.search(rf"\blast\s+{_MONTH_NAME}(?![a-z])", t, re.I)
    if last_month and base_dt and not _YEAR.search(t):  # "last November": the latest before this month
        m = _MONTHS.index(last_month.group(1)[:3].lower()) + 1
        y = base_dt.year if m < base_dt.month else base_dt.year - 1
        return f"{y:04d}-{m:02d}", "month"
    rel_year = _REL_YEAR.search(t)
    if rel_year and base_dt:
        n = 0 if rel_year.group(1).lower() == "this" else 1
        if not _MONTH.search(t):
            return f"{base_dt.year - n:04d}", "year"
        # a month of a year told relatively: "in October last year", "on 5 March this year"
        t = _REL_YEAR.sub(f"{base_dt.year - n:04d}", t)
    has_day, has_month, has_year = bool(_DAYISH.search(t)), bool(_MONTH.search(t)), bool(_YEAR.search(t))
    if not (has_day or has_month or has_year):
        return None, "unknown"
    if has_day and not has_month and not has_year and base_dt is None and not re.search(r"\d", t):
        return None, "unknown"
    if has_day and not has_month and not has_year and re.search(r"\d", t):
        # a number with no month names no day ("Killing 54", "the 12th"): the weekday beside it may
        t = re.sub(r"\b\d{1,2}(st|nd|rd|th)?\b", " ", t).strip()
        if not _DAYISH.search(t):
            return None, "unknown"
    if has_year and not has_month and not has_day:
        return _YEAR.search(t).group(1), "year"
    if base_dt is None and not has_year:
        return None, "unknown"  # "8 October" with no document date: the year is unknown
    cleaned = _DROP.sub(" ", t).strip() or t
    if base_dt is not None:
        quick = _relative_day(cleaned.lower(), base_dt)
        if quick is not None:
            return quick.strftime("%Y-%m-%d"), "day"
    dt = _calendar(cleaned, base_dt) or _dateparser(cleaned, base_dt)
    if dt is None:
        return None, "unknown"
    if has_day:
        return dt.strftime("%Y-%m-%d"), "day"
    if has_month:
        return dt.strftime("%Y-%m"), "month"
    return dt.strftime("%Y"), "year"


_OFFSET = re.compile(
    r"^(?:(?:just |only |some )?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) "
    r"(day|week)s? (earlier|before|later|after)"
    r"|(?:on )?the (day|night) (before|after)|(?:on )?the (previous|preceding|next|following) (day|night))$",
    re.I,
)


def day_offset(text: str) -> int | None:
    """Days from the day told before to the day ``text`` names, for a day told relative to another
    ("a day earlier", "two days later", "the previous day", "the day after"), else None.

    >>> day_offset("A day earlier"), day_offset("two days later"), day_offset("the previous day")
    (-1, 2, -1)
    >>> day_offset("a week later"), day_offset("the following day"), day_offset("three days ago") is None
    (7, 1, True)
    """
    hit = _OFFSET.match(" ".join(text.split()))
    if hit is None:
        return None
    if hit.group(1):
        word = hit.group(1).lower()
        n = int(word) if word.isdigit() else _COUNTS.get(word, 1)
        n *= 7 if hit.group(2).lower() == "week" else 1
        return -n if hit.group(3).lower() in ("earlier", "before") else n
    which = (hit.group(5) or hit.group(6)).lower()
    return -1 if which in ("before", "previous", "preceding") else 1


def _dateparser(words: str, base: datetime | None) -> datetime | None:
    import dateparser

    settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False, "PREFER_DAY_OF_MONTH": "first"}
    if base:
        settings["RELATIVE_BASE"] = base
    return dateparser.parse(words, languages=["en"], settings=settings)
