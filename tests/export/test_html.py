"""The HTML page: self-contained, and article text never becomes markup.

(Browser tests in headless Chromium belong to the HTML-view issue; these check the
file itself.)"""

from __future__ import annotations

import re
from pathlib import Path

from kgraph.cli import app

HOSTILE = (
    'Gunmen killed <script>alert("x")</script> two guards in Lima on Monday. '
    'Rebels attacked "><img src=x onerror=alert(1)> a bank in Lima. '
    'Police said <a href="javascript:alert(2)">militants</a> bombed a bus in Lima.\n'
)


def test_seed_page_loads_nothing_from_the_network(seed_out: Path):
    html = (seed_out / "graph.html").read_text("utf-8")
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=", html, re.I)
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    assert "Abu Bakr al-Saadi" in html and "Kataib Hezbollah" in html


def test_hostile_text_is_escaped(runner, tmp_path: Path):
    src = tmp_path / "hostile.txt"
    src.write_text(HOSTILE, encoding="utf-8")
    res = runner.invoke(app, ["build", str(src), "--out", str(tmp_path / "o"), "--date", "2020-01-01"])
    assert res.exit_code == 0, res.output
    html = (tmp_path / "o" / "graph.html").read_text("utf-8")
    data = html[html.index('<script id="data"') :]
    data = data[: data.index("</script>")]
    for raw in ("<script>alert", "<img src=x", "<a href"):
        assert raw not in data, raw
    assert "\\u003cscript\\u003e" in data or "\\u003cimg" in data
