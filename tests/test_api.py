"""The public API: sorted __all__, no work at import time."""

from __future__ import annotations

import subprocess
import sys

import kgraph


def test_all_is_sorted_and_importable():
    assert list(kgraph.__all__) == sorted(kgraph.__all__)
    for name in kgraph.__all__:
        assert hasattr(kgraph, name), name


def test_import_does_no_heavy_work():
    heavy = "('spacy', 'pyvis', 'pyspark', 'playwright')"
    code = f"import sys, kgraph, kgraph.cli; print(sorted(m for m in {heavy} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
