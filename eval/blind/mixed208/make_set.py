"""Rebuild set mixed208 (measles outbreak at a primary school, GGD response): docs/ and gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py ms03 ms14  # only these

Redact probes are collected from the person registry in lib.py (every variant that occurs in the
document's channel: PDFium text, or OCR for the three scans) plus per-document items (health data,
hidden channels: metadata, outline, annotations). Keep probes are per-document items plus public terms
from lib.KEEP_GLOBAL that occur in the text and are not touched by any redact probe; every 'after' is
counted on the original's PDFium text with the evaluator's own functions. check_gold.py re-checks.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from reportlab import rl_config  # noqa: E402

rl_config.invariant = 1

from lib import GOLD_DIR, make_gold  # noqa: E402


def all_docs():
    import content_a, content_b, content_c  # noqa: E401
    return content_c.apply(content_a.DOCS + content_b.DOCS)


def main(argv):
    sel = [d for d in all_docs() if not argv or any(d.stem.startswith(a) for a in argv)]
    GOLD_DIR.mkdir(exist_ok=True)
    allp = []
    for d in sel:
        path = d.build()
        gold, problems = make_gold(d, path)
        (GOLD_DIR / f"{d.stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                 encoding="utf-8")
        nr = sum(len(i["probes"]) for i in gold["redact"])
        nk = sum(len(i["probes"]) for i in gold["keep"])
        print(f"{d.stem}: pages={gold['pages']} redact={nr} keep={nk}" + (" PROBLEMS" if problems else ""), flush=True)
        allp += problems
    for p in allp:
        print("  !", p)
    print(f"problems={len(allp)}")


if __name__ == "__main__":
    main(sys.argv[1:])
