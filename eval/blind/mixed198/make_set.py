"""Rebuild set mixed198 (dog bite, muilkorf- en aanlijngebod, gemeente Zutphen): docs/ and gold/.

    /work/main/.venv/bin/python make_set.py [stem-prefix ...]

Gold is derived from the rendered PDFs with the evaluator's own functions: a registry of redact values
(content.REDACT) and keep values (content.KEEP) is searched in each document's PDFium text; keep
probes that overlap a redact value are dropped; hidden-channel and OCR probes are checked in their channel.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from engine import GOLD_DIR, build, make_gold  # noqa: E402
import content  # noqa: E402


def main(argv):
    GOLD_DIR.mkdir(exist_ok=True)
    allp = []
    for d in content.DOCS:
        if argv and not any(d["stem"].startswith(a) for a in argv):
            continue
        d = dict(d)
        path = build(d)
        gold, problems = make_gold(d, path, content.REDACT, content.KEEP)
        (GOLD_DIR / f"{d['stem']}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        nr = sum(len(i["probes"]) for i in gold["redact"])
        nk = sum(len(i["probes"]) for i in gold["keep"])
        print(f"{d['stem']}: pages={gold['pages']} redact={nr} keep={nk}")
        allp += problems
    for p in allp:
        print("  !", p)
    print(f"problems={len(allp)}")


if __name__ == "__main__":
    main(sys.argv[1:])
