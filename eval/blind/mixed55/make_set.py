"""Rebuild set BM (eval/blind/mixed55): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py bm03 bm17  # only these

Every keep probe's 'after' is counted on the original's PDFium text with the evaluator's own
functions (lib.write_gold); every redact probe has after=0 and names the channel it is in
('text', 'ocr', 'metadata', 'outline', 'annotations'); check_gold.py verifies both.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import lib  # noqa: E402
import content_a, content_b, content_c  # noqa: E402,E401


def main(argv):
    lib.DOCS_DIR.mkdir(exist_ok=True)
    lib.GOLD_DIR.mkdir(exist_ok=True)
    fns = content_a.DOCS + content_b.DOCS + content_c.DOCS
    bad = []
    for fn in fns:
        if argv and not any(fn.__name__.startswith(a) for a in argv):
            continue
        d = fn()
        if getattr(d, "built", False):
            out = lib.DOCS_DIR / f"{d.stem}.pdf"
            lib.postprocess(d, out)
        else:
            out = d.build()
        bad += lib.write_gold(d, out)
        print("built", out.name)
    for b in bad:
        print("PROBLEM", b)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
