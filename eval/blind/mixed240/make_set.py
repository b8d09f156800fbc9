"""Rebuild set KV (eval/blind/mixed240): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py kv03 kv17  # only these

Keep probes' 'after' are counted on the original's PDFium text with the evaluator's own functions;
redact probes have after=0 and must occur in the channel they claim; lib.make_gold checks both and
that no keep probe overlaps a redact probe.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from lib import GOLD_DIR, build, make_gold  # noqa: E402


def main(argv):
    import content_a, content_b  # noqa: E401
    docs = content_a.DOCS + content_b.DOCS
    sel = [d for d in docs if not argv or any(d["stem"].startswith(a) for a in argv)]
    GOLD_DIR.mkdir(exist_ok=True)
    allp = []
    for d in sel:
        path = build(d)
        gold, problems = make_gold(d, path)
        (GOLD_DIR / f"{d['stem']}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                    encoding="utf-8")
        nr = sum(len(i["probes"]) for i in gold["redact"])
        nk = sum(len(i["probes"]) for i in gold["keep"])
        print(f"{d['stem']}: pages={gold['pages']} redact={nr} keep={nk}" + (" PROBLEMS" if problems else ""))
        allp += problems
    for p in allp:
        print("  !", p)
    print(f"problems={len(allp)}")


if __name__ == "__main__":
    main(sys.argv[1:])
