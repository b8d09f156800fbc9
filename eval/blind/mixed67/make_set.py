"""Rebuild set BY (eval/blind/mixed67): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py by03 by17  # only these (prefix match)

Content is in content_a.py (elections), content_b.py (water boards) and content_c.py (hidden channels,
scans, forms); renderers and gold helpers in lib.py. Every keep probe's 'after' is counted on the
original's PDFium text with the evaluator's own functions; every redact probe has after=0 and is checked
by check_gold.py in the channel it claims.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import lib  # noqa: E402

DOCS = []
for mod in ("content_a", "content_b", "content_c"):
    try:
        m = __import__(mod)
    except ModuleNotFoundError as e:
        if e.name == mod:
            continue
        raise
    DOCS += m.DOCS

if __name__ == "__main__":
    args = sys.argv[1:]
    stems = [d["stem"] for d in DOCS]
    assert len(stems) == len(set(stems)), "duplicate stems"
    only = {s for s in stems if any(s.startswith(a) for a in args)} if args else None
    lib.build(DOCS, only)
    print(f"built {len(only) if only else len(DOCS)} documents")
