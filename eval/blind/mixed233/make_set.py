"""Rebuild set WF (eval/blind/mixed233): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py wf03 wf17  # only these

Redact probes come from people.PEOPLE: every probe of an invented person that occurs in a document (PDFium
text; OCR for the three scans) enters that document's gold with after=0; hidden-channel items are listed per
document. Keep probes come from people.KEEP: a public term that occurs and does not overlap a redacted span
gets after = its count in the original's PDFium text (evaluator's own count_in/norm)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from lib import GOLD_DIR, make_gold  # noqa: E402
from people import KEEP, PEOPLE  # noqa: E402


def main(argv):
    from content import DOCS
    sel = [d for d in DOCS if not argv or d.stem in argv]
    GOLD_DIR.mkdir(exist_ok=True)
    allp = []
    for d in sel:
        path = d.build()
        gold, problems = make_gold(d, path, PEOPLE, KEEP)
        (GOLD_DIR / f"{d.stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                 encoding="utf-8")
        nr = sum(len(i["probes"]) for i in gold["redact"])
        nk = sum(len(i["probes"]) for i in gold["keep"])
        print(f"{d.stem}: pages={gold['pages']} redact={nr} keep={nk}" + (" PROBLEMS" if problems else ""))
        allp += problems
    for p in allp:
        print("  !", p)
    print(f"problems={len(allp)}")


if __name__ == "__main__":
    main(sys.argv[1:])
