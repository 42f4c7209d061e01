"""Readers: every input format, and a clear one-line error for each kind of bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kgraph.errors import (
    BinaryInputError,
    EmptyInputError,
    InputError,
    MalformedRecordError,
    MissingPathError,
    UnsupportedFormatError,
)
from kgraph.ingest import iter_articles, strip_boilerplate


def read(paths, date=None):
    items = list(iter_articles(paths, date))
    return [i for i in items if not isinstance(i, InputError)], [i for i in items if isinstance(i, InputError)]


def test_txt_id_is_stem_and_cli_date_wins(tmp_path: Path):
    p = tmp_path / "abc_1.txt"
    p.write_text("Rebels attacked a bus in Lima on Monday.\n", encoding="utf-8")
    arts, errs = read([p], "2020-05-01")
    assert errs == [] and arts[0].id == "abc_1" and arts[0].date == "2020-05-01"
    assert arts[0].date_source == "cli"


def test_jsonl_rows_dates_and_ids(tmp_path: Path):
    p = tmp_path / "a.jsonl"
    rows = [
        {"id": "x1", "text": "A bomb exploded in Lima.", "date": "1989-03-29", "title": "T", "url": "http://e/x"},
        {"id": "x2", "text": "Police said nothing."},
    ]
    p.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    arts, errs = read([p])
    assert [a.id for a in arts] == ["x1", "x2"] and errs == []
    assert arts[0].date == "1989-03-29" and arts[0].date_source == "jsonl" and arts[0].url == "http://e/x"
    assert arts[1].date is None and arts[1].date_source == "unknown"


def test_date_found_in_dateline(tmp_path: Path):
    p = tmp_path / "m.txt"
    p.write_text("LIMA, 29 MAR 89 (EFE) -- A BOMB EXPLODED TODAY IN A LIMA RESTAURANT.", encoding="utf-8")
    arts, _ = read([p])
    assert arts[0].date == "1989-03-29" and arts[0].date_source == "text"


def test_html_drops_scripts_nav_and_keeps_date(tmp_path: Path):
    p = tmp_path / "page.html"
    p.write_text(
        """<html><head><title>Strike</title><meta property="article:published_time"
      content="2024-02-08T10:00:00Z"><script>alert(1)</script></head><body><nav>Home | World</nav>
      <h1>Drone strike in Baghdad</h1><p>A drone strike hit a car in Baghdad.</p>
      <form>Leave a Reply</form><footer>Copyright 2024</footer></body></html>""",
        encoding="utf-8",
    )
    arts, errs = read([p])
    a = arts[0]
    assert errs == [] and a.date == "2024-02-08" and a.title == "Drone strike in Baghdad"
    assert "alert" not in a.text and "Home" not in a.text and "Copyright" not in a.text
    assert "A drone strike hit a car in Baghdad." in a.text


def test_markdown_front_matter_and_markup(tmp_path: Path):
    p = tmp_path / "n.md"
    p.write_text(
        "---\ntitle: Raid\ndate: 2023-10-07\n---\n# Raid\n\n**Gunmen** [raided](http://x) a ![img](y.png) village.\n",
        encoding="utf-8",
    )
    arts, _ = read([p])
    assert arts[0].date == "2023-10-07" and "Gunmen raided a  village." in arts[0].text
    assert "http" not in arts[0].text


def test_cp1252_fallback(tmp_path: Path):
    p = tmp_path / "w.txt"
    p.write_bytes("Soldiers said \u201cno\u201d in Bogot\u00e1.".encode("cp1252"))
    arts, errs = read([p])
    assert errs == [] and "Bogot\u00e1" in arts[0].text and "\u201cno\u201d" in arts[0].text


@pytest.mark.parametrize(
    ("name", "content", "error", "needle"),
    [
        ("empty.txt", b"", EmptyInputError, "is empty"),
        ("blank.txt", b"   \n\n", EmptyInputError, "is empty"),
        ("bin.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", BinaryInputError, "binary"),
        ("x.pdf", b"%PDF-1.4", UnsupportedFormatError, "unknown extension '.pdf'"),
        ("only-boilerplate.txt", b"Leave a Reply\nimage source, Reuters\n", EmptyInputError, "no article text"),
    ],
)
def test_bad_files_name_file_and_problem(tmp_path: Path, name, content, error, needle):
    p = tmp_path / name
    p.write_bytes(content)
    arts, errs = read([p])
    assert arts == [] and len(errs) == 1 and isinstance(errs[0], error)
    assert str(errs[0]).startswith(str(p)) and needle in str(errs[0])


def test_malformed_jsonl_rows_name_line_and_run_goes_on(tmp_path: Path):
    p = tmp_path / "rows.jsonl"
    p.write_text(
        '{"id": "a", "text": "Rebels attacked Lima."}\n{not json}\n[1, 2]\n{"id": "c"}\n'
        '{"text": "no id"}\n{"id": "d", "text": "ok", "date": "someday"}\n{"id": "e", "text": "Fine."}\n',
        encoding="utf-8",
    )
    arts, errs = read([p])
    assert [a.id for a in arts] == ["a", "e"]
    assert [e.line for e in errs] == [2, 3, 4, 5, 6]
    assert all(isinstance(e, MalformedRecordError) for e in errs)
    assert "rows.jsonl:2: is not valid JSON" in str(errs[0])


def test_missing_path(tmp_path: Path):
    arts, errs = read([tmp_path / "nope"])
    assert isinstance(errs[0], MissingPathError) and "does not exist" in str(errs[0])


def test_folder_is_read_recursively_and_sorted(tmp_path: Path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Second.", encoding="utf-8")
    (tmp_path / "1.md").write_text("First.", encoding="utf-8")
    arts, _ = read([tmp_path])
    assert [a.id for a in arts] == ["1", "2"]


def test_seed_boilerplate_is_stripped():
    from tests.conftest import ROOT

    text = strip_boilerplate((ROOT / "seeds" / "000_47ce44c9c7986334.txt").read_text("utf-8"))
    for junk in (
        "By Orla Guerin",
        "video title",
        "image source",
        "See also",
        "Leave a Reply",
        "Required fields",
        "Additional reporting",
        "BBC News, Baghdad",
    ):
        assert junk not in text, junk
    assert "A senior commander of a pro-Iranian militia was killed" in text


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("FILE - Police attend to an incident on London Bridge in London, Britain, June 3, 2017.", True),
        ("FILE PHOTO: Smoke rises over the city of Mosul, Iraq, March 4, 2017.", True),
        # a sentence that starts with the word is text
        ("Files seized in the raid showed the cell's plans.", False),
        ("FILE IN HAND, the prosecutor read the charges.", False),
    ],
)
def test_a_wire_photo_caption_is_furniture(line: str, furniture: bool):
    from kgraph.ingest.boilerplate import is_boilerplate

    assert is_boilerplate(line) is furniture


@pytest.mark.parametrize(
    "suffix",
    [".jsonl", ".txt"],
)
def test_a_scrapes_entities_and_inline_tags_are_read(tmp_path: Path, suffix: str):
    text = "Baghdad (Reuters) - Iraq #39;s &lt;b&gt;police&lt;/b&gt; &amp; army said &quot;no&quot; &#151; again."
    p = tmp_path / f"s{suffix}"
    if suffix == ".jsonl":
        p.write_text(json.dumps({"id": "s", "text": text, "title": "Q&amp;A"}) + "\n", encoding="utf-8")
    else:
        p.write_text(text, encoding="utf-8")
    arts, errs = read([p])
    assert errs == []
    assert arts[0].text.strip() == 'Baghdad (Reuters) - Iraq\'s police & army said "no" \u2014 again.'
    if suffix == ".jsonl":
        assert arts[0].title == "Q&A"


def test_plain_ampersands_and_angle_brackets_stay(tmp_path: Path):
    p = tmp_path / "p.txt"
    p.write_text("AT&T and R&D rose; 3 < 4 and Dell Inc. <DELL.O> fell.", encoding="utf-8")
    arts, _ = read([p])
    assert arts[0].text.strip() == "AT&T and R&D rose; 3 < 4 and Dell Inc. <DELL.O> fell."
