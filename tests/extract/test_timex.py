"""Time expressions normalised against the document date, with their precision."""

from __future__ import annotations

import pytest

from kgraph.extract.timex import normalise_time


@pytest.mark.parametrize(
    ("text", "base", "expected"),
    [
        ("Wednesday night", "2024-02-08", ("2024-02-07", "day")),
        ("last month", "2024-02-08", ("2024-01", "month")),
        ("January 28", "2024-02-08", ("2024-01-28", "day")),
        ("October 7", "2024-02-08", ("2023-10-07", "day")),
        # spans counted back from the document's day, at the precision they give
        ("three days ago", "2024-03-10", ("2024-03-07", "day")),
        ("a day ago", "2024-03-01", ("2024-02-29", "day")),
        ("two weeks ago", "2024-03-10", ("2024-02", "month")),
        ("two months ago", "2024-01-15", ("2023-11", "month")),
        ("five years ago", "2024-01-15", ("2019", "year")),
        # no document date, no day
        ("three days ago", None, (None, "unknown")),
        ("8 October", None, (None, "unknown")),
    ],
)
def test_normalise_time(text: str, base: str | None, expected: tuple):
    assert normalise_time(text, base) == expected
