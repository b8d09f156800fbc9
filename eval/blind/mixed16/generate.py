"""Rebuild set Z (mixed16): `/work/main/.venv/bin/python generate.py [ID ...]` writes docs/ and gold/."""
from __future__ import annotations

import sys
import time

import docs_office  # noqa: F401  (registers documents)
import docs_html  # noqa: F401
import docs_channels  # noqa: F401
from registry import REGISTRY
from framework import write_gold


def main(argv):
    want = set(argv)
    for did, fn in sorted(REGISTRY.items()):
        if want and did not in want:
            continue
        t0 = time.time()
        d = fn()
        g = write_gold(d)
        nr = sum(len(e["probes"]) for e in g["redact"])
        nk = sum(len(e["probes"]) for e in g["keep"])
        print(f"{did}: pages={g['pages']} redact={nr} keep={nk} ({time.time() - t0:.1f}s)", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
