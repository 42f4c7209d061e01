"""Build the dev gold texts and score them, for all of dev and for the fixed held-aside part.

    python bench/score_dev.py [--shared ../shared] [--out out/dev] [--reuse]

The held-aside part is every document whose id hashes to 0 modulo 5 (about a
fifth of each source, fixed forever): rules are never tuned by looking at it.
Prints the scorer's per-source table for ALL, TUNE and HELD.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from kgraph.extract.train_ranker import held_aside


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared"))
    ap.add_argument("--out", default="out/dev")
    ap.add_argument("--reuse", action="store_true", help="score an existing build")
    args = ap.parse_args()
    dev = sorted((Path(args.shared) / "eval" / "dev").glob("*.jsonl"))
    out = Path(args.out)
    if not args.reuse:
        subprocess.run(
            [sys.executable, "-m", "kgraph.cli", "build", *map(str, dev), "--out", str(out), "--no-html"],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    split = out / "split"
    split.mkdir(parents=True, exist_ok=True)
    for part, keep in (("tune", False), ("held", True)):
        with open(split / f"{part}.jsonl", "w", encoding="utf-8") as fh:
            for f in dev:
                for line in f.read_text("utf-8").splitlines():
                    if line.strip() and held_aside(json.loads(line)["id"]) == keep:
                        fh.write(line + "\n")
    score = Path(args.shared) / "eval" / "score.py"
    for name, golds in (("ALL", dev), ("TUNE", [split / "tune.jsonl"]), ("HELD", [split / "held.jsonl"])):
        cmd = [
            sys.executable,
            str(score),
            *[x for g in golds for x in ("--gold", str(g))],
            "--pred",
            str(out / "events.jsonl"),
            "--per-source",
        ]
        print(f"######## {name}")
        sys.stdout.flush()
        subprocess.run(cmd, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
