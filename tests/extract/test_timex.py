"""Time expressions normalised against the document date, with their precision."""

from __future__ import annotations

from datetime import datetime

import pytest

from kgraph.extract.timex import _calendar, _dateparser, normalise_time


@pytest.mark.parametrize(
    ("text", "base", "expected"),
    [
        ("Wednesday night", "2024-02-08", ("2024-02-07", "day")),
        ("last month", "2024-02-08", ("2024-01", "month")),
        # a month or a day of a year told relatively
        ("In October last year", "2024-08-03", ("2023-10", "month")),
        ("on 5 March this year", "2024-08-03", ("2024-03-05", "day")),
        ("January 28", "2024-02-08", ("2024-01-28", "day")),
        ("October 7", "2024-02-08", ("2023-10-07", "day")),
        # spans counted back from the document's day, at the precision they give
        ("three days ago", "2024-03-10", ("2024-03-07", "day")),
        ("a day ago", "2024-03-01", ("2024-02-29", "day")),
        ("two weeks ago", "2024-03-10", ("2024-02", "month")),
        ("two months ago", "2024-01-15", ("2023-11", "month")),
        ("five years ago", "2024-01-15", ("2019", "year")),
        # a week names its month when it lies in one; "past week" is the seven days before
        ("last week", "2024-02-15", ("2024-02", "month")),
        ("Last week", "2024-02-08", (None, "unknown")),
        ("earlier this week", "2024-02-08", ("2024-02", "month")),
        ("the past week", "2024-03-05", (None, "unknown")),
        ("this week", "2024-03-08", ("2024-03", "month")),
        ("this week", "2024-03-01", (None, "unknown")),
        # no document date, no day
        ("three days ago", None, (None, "unknown")),
        ("8 October", None, (None, "unknown")),
        # a number with no month names no day, whatever the model tagged as a date ("Killing 54")
        ("54", "2004-09-01", (None, "unknown")),
        ("12", "2004-09-01", (None, "unknown")),
        ("the 12th", "2004-09-01", (None, "unknown")),
        ("Monday the 12th", "2004-09-01", ("2004-08-30", "day")),
        # "overnight" in the day's news is the night that ended on its day
        ("overnight", "2024-08-01", ("2024-08-01", "day")),
        # "last" before a month's name is its latest before the document's month
        ("last November", "1990-05-12", ("1989-11", "month")),
        ("LAST MARCH", "1990-05-12", ("1990-03", "month")),
        ("last May", "1990-05-12", ("1989-05", "month")),
        # a word a month's name begins is no month: "a decade" is no December
        ("a decade", "2024-08-01", (None, "unknown")),
        ("Dec. 25", "2024-08-01", ("2023-12-25", "day")),
        ("Sept 2001", "2024-08-01", ("2001-09", "month")),
        # a clock time is no year
        ("at 0330 on 25 March", "2004-09-01", ("2004-03-25", "day")),
        ("1600 on 4 September", "1989-09-05", ("1989-09-04", "day")),
        ("AT 0945 THIS MORNING", "1989-09-05", ("1989-09-05", "day")),
        ("at 2200 last night", "1989-09-05", ("1989-09-04", "day")),
        ("on 12 April 1989", "2004-09-01", ("1989-04-12", "day")),
        # the parts of the document's own day
        ("this evening", "1989-09-05", ("1989-09-05", "day")),
        ("earlier this afternoon", "1989-09-05", ("1989-09-05", "day")),
    ],
)
def test_normalise_time(text: str, base: str | None, expected: tuple):
    assert normalise_time(text, base) == expected


_FORMS = [
    *(f"{d} {m}" for d in ("1", "16", "29th", "31") for m in ("March", "Feb", "Sept.", "DECEMBER")),
    *(f"{m} {d}" for d in ("2nd", "28", "30") for m in ("January", "Apr", "November")),
    *("16 March 1989", "March 16, 2004", "March 16 2004", "21st of July", "June", "Oct 1989", "August, 2004"),
]
_BASES = [None, datetime(1989, 3, 16), datetime(1989, 3, 1), datetime(2004, 2, 29), datetime(1990, 1, 1)]


@pytest.mark.parametrize("base", _BASES)
def test_calendar_dates_are_read_as_dateparser_reads_them(base: datetime | None):
    """The calendar forms read without dateparser give its dates (a day without a
    year is the latest one not after the document's; a month alone its first day)."""
    read = {f: _calendar(f, base) for f in _FORMS}
    quick = [f for f, d in read.items() if d is not None]
    if base is None:  # only the dates with a year
        assert quick == ["16 March 1989", "March 16, 2004", "March 16 2004", "Oct 1989", "August, 2004"]
    else:  # all but "31 February" and its kin take the quick path
        assert len(quick) >= len(_FORMS) - 3
    for form, date in read.items():
        if date is not None:
            assert date == _dateparser(form, base), form
