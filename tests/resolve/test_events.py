"""Cross-document event merging: the evidence two reports of one incident share."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kgraph.model import Article, Event, Evidence, Mention, Place, Relation
from kgraph.resolve.events import merge_events
from kgraph.resolve.merge import GraphRecords


def _undated(doc: str, sentence: str, subtype: str, label: str, trigger: str, killed: int | None = None) -> Event:
    """An undated report of one attack, told in ``sentence`` by its ``trigger`` word."""
    start = sentence.index(trigger)
    return Event(
        f"e-{doc}",
        doc,
        "attack",
        subtype,
        label,
        (Mention(doc, trigger, start, start + len(trigger), 0),),
        (Evidence(doc, 0, 0, len(sentence), sentence),),
        killed=killed,
    )


def _report(doc: str, sentence: str, killed: int | None = None) -> Event:
    """An undated agency report of a clash in Sadr City by US forces."""
    return _undated(doc, sentence, "shooting", "clash", "battled", killed)


def _merged(events: list[Event]) -> bool:
    recs = GraphRecords(
        articles={d: Article(d, "x") for d in ("a", "b")},
        places={"sadr-city": Place("sadr-city", "Sadr City", "district")},
        events={e.id: e for e in events},
        relations=[
            r
            for d in "ab"
            for r in (Relation("place", f"e-{d}", "sadr-city"), Relation("perpetrator", f"e-{d}", "us-armed-forces"))
        ],
    )
    return len(merge_events(recs).events) == 1


@pytest.mark.parametrize(
    ("second", "merged"),
    [
        # the same perpetrator, district and subtype, and the same weekday named: one incident
        ("US troops battled militiamen in Sadr City on Tuesday.", True),
        # another weekday: the same three points are not enough for undated reports
        ("US troops battled militiamen in Sadr City on Friday.", False),
    ],
)
def test_undated_reports_naming_the_same_weekday_are_one_event(second: str, merged: bool):
    events = [_report("a", "US forces battled insurgents in Sadr City on Tuesday."), _report("b", second)]
    assert _merged(events) is merged


@pytest.mark.parametrize(
    ("first", "second", "merged"),
    [
        # a toll rises while the incident is reported: "Clashes Kill 34", later "Kill 36"
        (34, 36, True),
        # tolls far apart tell undated reports of two incidents apart
        (3, 7, False),
        (34, 60, False),
    ],
)
def test_undated_reports_whose_tolls_differ_a_little_are_one_event(first: int, second: int, merged: bool):
    events = [
        _report("a", "US forces battled insurgents in Sadr City on Tuesday.", first),
        _report("b", "US troops battled militiamen in Sadr City on Tuesday.", second),
    ]
    assert _merged(events) is merged


def _airstrike(doc: str) -> Event:
    """An undated report of a coalition airstrike on the Islamic State, with no place, toll or weekday."""
    return _undated(doc, "Coalition aircraft struck Islamic State targets.", "airstrike", "airstrike", "struck")


def test_undated_reports_sharing_only_their_parties_and_kind_stay_apart():
    # the same perpetrator, the same group hit and the same kind of deed are four points, but the
    # coalition strikes the group day after day: nothing singles out one incident
    recs = GraphRecords(
        articles={d: Article(d, "x") for d in "ab"},
        places={},
        events={e.id: e for e in (_airstrike("a"), _airstrike("b"))},
        relations=[
            r
            for d in "ab"
            for r in (
                Relation("perpetrator", f"e-{d}", "org-coalition"),
                Relation("target", f"e-{d}", "org-islamic-state"),
            )
        ],
    )
    assert len(merge_events(recs).events) == 2


@pytest.mark.parametrize(("campaigns", "merged"), [((False, False), True), ((True, False), False)])
def test_a_war_told_as_a_whole_is_none_of_its_deeds(campaigns: tuple[bool, bool], merged: bool):
    # two reports that agree on everything are one incident, unless one tells the whole war
    first = _report("a", "US forces battled insurgents in Sadr City on Tuesday.")
    second = _report("b", "US troops battled militiamen in Sadr City on Tuesday.")
    events = [replace(e, campaign=c) for e, c in zip((first, second), campaigns, strict=True)]
    assert _merged(events) is merged
