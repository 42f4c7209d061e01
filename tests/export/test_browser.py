"""The HTML page in a real browser: Debian's Chromium driven by Playwright.

Skipped only when /usr/bin/chromium is missing (CI installs it).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kgraph.cli import app
from kgraph.export.html import CHROMIUM_ARGS

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium is not installed")


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


def open_page(browser, path: Path):
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    requests: list[str] = []
    dialogs: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(path.resolve().as_uri())
    page.wait_for_function("window.kgNetwork !== undefined")
    page.wait_for_timeout(300)
    return page, requests, dialogs


def test_seed_page_offline_and_drawn(browser, seed_out: Path):
    page, requests, _ = open_page(browser, seed_out / "graph.html")
    assert requests and all(u.startswith("file://") for u in requests), requests
    painted = page.evaluate("""() => {
        const c = document.querySelector('#graph canvas'); const ctx = c.getContext('2d');
        const d = ctx.getImageData(0, 0, c.width, c.height).data; let n = 0;
        for (let i = 0; i < d.length; i += 4) { if (d[i+3] > 0 && (d[i] < 240 || d[i+1] < 240 || d[i+2] < 240)) n++; }
        return n; }""")
    assert painted > 500
    page.close()


def test_click_on_baghdad_strike_shows_evidence(browser, seed_out: Path):
    page, _, _ = open_page(browser, seed_out / "graph.html")
    node = page.evaluate("""() => kgData.nodes.find(n => n.label.startsWith('drone strike')
                              && JSON.stringify(kgData.details.nodes[n.id]).includes('Baghdad')).id""")
    page.evaluate("id => kgNetwork.focus(id, {scale: 1.5, animation: false})", node)
    page.wait_for_timeout(100)
    xy = page.evaluate("id => kgNetwork.canvasToDOM(kgNetwork.getPositions([id])[id])", node)
    box = page.locator("#graph").bounding_box()
    page.mouse.click(box["x"] + xy["x"], box["y"] + xy["y"])
    page.wait_for_timeout(100)
    details = page.locator("#details").inner_text()
    assert "killed in a US drone strike in Baghdad" in details
    page.close()


def test_unticking_attack_hides_attack_edges(browser, seed_out: Path):
    page, _, _ = open_page(browser, seed_out / "graph.html")
    before = page.evaluate("() => kgEdges.get().filter(e => e.kind === 'attack').length")
    page.locator('#edgeFilters input[data-kind="attack"]').uncheck()
    after = page.evaluate("() => kgEdges.get().filter(e => e.kind === 'attack').length")
    assert before > 0 and after == 0
    page.close()


def test_search_finds_kataib_hezbollah(browser, seed_out: Path):
    page, _, _ = open_page(browser, seed_out / "graph.html")
    page.locator("#search").fill("Kataib Hezbollah")
    page.locator("#search").press("Enter")
    page.locator("#search").dispatch_event("change")
    assert page.evaluate("() => kgNetwork.getSelectedNodes()") == ["kataib-hezbollah"]
    assert "Kataib Hezbollah" in page.locator("#details").inner_text()
    page.close()


def test_hostile_article_runs_nothing(browser, runner, tmp_path: Path):
    from tests.export.test_html import HOSTILE

    src = tmp_path / "hostile.txt"
    src.write_text(HOSTILE, encoding="utf-8")
    assert runner.invoke(app, ["build", str(src), "--out", str(tmp_path / "o")]).exit_code == 0
    page, requests, dialogs = open_page(browser, tmp_path / "o" / "graph.html")
    for n in page.evaluate("() => kgData.nodes.map(n => n.id)"):
        page.evaluate("id => kgSelectNode(id)", n)
    page.wait_for_timeout(200)
    assert dialogs == []
    assert page.locator("img").count() == 0 and page.locator("a[href^='javascript']").count() == 0
    assert all(u.startswith("file://") for u in requests)
    page.close()
