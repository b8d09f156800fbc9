"""Rebuild set SH (eval/blind/mixed161): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py sh03 sh17  # only these

Redact probes come from registry.REDACT and are included for a document when they occur in its PDFium
text (for the three scans: in the evaluator's OCR of the page and in the typed source); hidden-channel
items are listed per document and must occur in their channel and not in the page text. Keep probes come
from registry.KEEP, are counted on the PDFium text with the evaluator's count_in and are dropped when an
occurrence overlaps an occurrence of a redact probe.
"""
from __future__ import annotations
import json, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from engine import build, make_gold, GOLD  # noqa: E402
from registry import REDACT, KEEP  # noqa: E402
from content import D  # noqa: E402


def main(argv):
    GOLD.mkdir(exist_ok=True)
    allp = []
    for d in D:
        if argv and not any(d["stem"].startswith(a) for a in argv):
            continue
        build(d)
        gold, problems = make_gold(d, REDACT, KEEP)
        (GOLD / f"{d['stem']}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        nr = sum(len(i["probes"]) for i in gold["redact"]); nk = sum(len(i["probes"]) for i in gold["keep"])
        print(f"{d['stem']}: pages={gold['pages']} redact={nr} keep={nk}" + (" PROBLEMS" if problems else ""), flush=True)
        allp += problems
    for p in allp:
        print("  !", p)
    print(f"problems={len(allp)}")


if __name__ == "__main__":
    main(sys.argv[1:])
