"""Make docs/seed-graph.png: build the seed graph and photograph its page in headless Chromium.

python docs/screenshot.py            # needs Debian's chromium at /usr/bin/chromium
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    from playwright.sync_api import sync_playwright

    out = Path(tempfile.mkdtemp())
    subprocess.run(
        [sys.executable, "-m", "kgraph", "build", str(ROOT / "seeds"), "--out", str(out), "--date", "2024-02-08"],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=[
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
            ],
        )
        page = b.new_page(viewport={"width": 1400, "height": 860}, device_scale_factor=1)
        page.goto((out / "graph.html").as_uri())
        page.wait_for_function("window.kgNetwork !== undefined")
        page.evaluate("""() => { kgNetwork.fit({animation: false});
            const id = kgData.nodes.find(n => n.label.startsWith('drone strike')).id;
            kgSelectNode(id); kgNetwork.fit({animation: false}); }""")
        page.wait_for_timeout(400)
        target = ROOT / "docs" / "seed-graph.png"
        page.screenshot(path=str(target))
        b.close()
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
