"""Atomic and sorted output files."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from kgraph.export.files import write_sorted_unique


@pytest.mark.parametrize("run", [1, 7, 1000])
def test_sorted_unique_lines_do_not_depend_on_order_or_run_size(tmp_path: Path, run: int):
    lines = [f'<https://kgraph.dev/id/s{i % 37}> <p> "v\u2028{i % 11}" .\n' for i in range(200)]
    expected = sorted(set(lines))
    rng = random.Random(run)
    rng.shuffle(lines)
    chunks = ["".join(lines[i : i + 25]) for i in range(0, len(lines), 25)]
    assert write_sorted_unique(tmp_path / "g.nt", chunks, run=run) == len(expected)
    assert (tmp_path / "g.nt").read_text("utf-8").split("\n")[:-1] == [x[:-1] for x in expected]
    assert [p.name for p in tmp_path.iterdir()] == ["g.nt"]  # no run file is left behind


def test_a_chunk_without_its_last_newline_is_refused_and_nothing_is_written(tmp_path: Path):
    with pytest.raises(ValueError, match="does not end with a newline"):
        write_sorted_unique(tmp_path / "g.nt", ["<a> <b> <c> .\n", "<a> <b> <d> ."], run=1)
    assert list(tmp_path.iterdir()) == []
