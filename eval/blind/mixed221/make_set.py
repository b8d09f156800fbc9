"""Rebuild set VD (eval/blind/mixed221): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py vd03 vd17  # only these

Redact items come from [[K:...]] markup in the document text (or from hidden-channel lists),
keep items from {{K:...}} markup; every keep probe's 'after' is counted on the original's PDFium
text with the evaluator's own functions, and a keep probe that would be touched by a simulated
redaction of the redact values is dropped. check_gold.py re-checks the result independently.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from lib import GOLD_DIR, build, make_gold  # noqa: E402


def all_docs():
    import content_a, content_b, content_c  # noqa: E401
    return content_a.DOCS + content_b.DOCS + content_c.DOCS


def main(argv):
    docs = all_docs()
    sel = [d for d in docs if not argv or any(d.stem.startswith(a) for a in argv)]
    GOLD_DIR.mkdir(exist_ok=True)
    allp = []
    for d in sel:
        path = build(d)
        gold, problems = make_gold(d, path)
        (GOLD_DIR / f"{d.stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                 encoding="utf-8")
        nr = sum(len(i["probes"]) for i in gold["redact"])
        nk = sum(len(i["probes"]) for i in gold["keep"])
        print(f"{d.stem}: pages={gold['pages']} redact={nr} keep={nk}", flush=True)
        allp += problems
    for p in allp:
        print("  !", p)
    print(f"notes={len(allp)}")


if __name__ == "__main__":
    main(sys.argv[1:])
