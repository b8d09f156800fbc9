"""Rebuild set BU (eval/blind/mixed63): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py bu03 bu17  # only these

Every keep probe's 'after' is counted on the original's PDFium text with the evaluator's own
functions (lib.build); every redact probe has after=0 and is checked by check_gold.py in all channels.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import lib  # noqa: E402
import docs_a, docs_b, docs_c, docs_d, docs_e, docs_f  # noqa: E402

ALL = docs_a.DOCS + docs_b.DOCS + docs_c.DOCS + docs_d.DOCS + docs_e.DOCS + docs_f.DOCS


def main(argv):
    want = argv[1:]
    for spec in ALL:
        if want and not any(spec["id"].startswith(w) for w in want):
            continue
        g = lib.build(spec)
        print(spec["id"], "redact", sum(len(e["probes"]) for e in g["redact"]), "keep", len(g["keep"]))


if __name__ == "__main__":
    main(sys.argv)
