"""Rebuild set CQ (eval/blind/mixed85): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py          # all documents
    /work/main/.venv/bin/python make_set.py cq03 cq17 # only these

Documents are written in docs_a.py .. docs_d.py; persons and public terms in registry.py; lib.make_gold
derives each gold file from the registries with the evaluator's own extraction (see lib.py).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import docs_a, docs_b, docs_c, docs_d  # noqa: E402
from lib import DOCS_DIR, GOLD_DIR, make_gold  # noqa: E402
from registry import K, R  # noqa: E402

ALL = {}
for m in (docs_a, docs_b, docs_c, docs_d):
    ALL.update(m.D)


def main(argv):
    DOCS_DIR.mkdir(exist_ok=True)
    GOLD_DIR.mkdir(exist_ok=True)
    names = argv or sorted(ALL)
    for n in names:
        pdf = DOCS_DIR / f"{n}.pdf"
        ALL[n](pdf)
        g = make_gold(n, R, K)
        nr = sum(len(x["probes"]) for x in g["redact"])
        nk = sum(len(x["probes"]) for x in g["keep"])
        print(f"{n}: pages={g['pages']} redact={nr} keep={nk}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
