"""Rebuild set MU (eval/blind/mixed191): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py mu03 mu14  # only these

Gold is derived from a registry of invented personal data (content.R) and public keep terms (content.K):
a redact probe is listed for a document when it occurs in that document's PDFium text; hidden-channel
items (metadata, outline, annotations, OCR) are declared per document and verified in their channel
with the evaluator's own extract_channels/channel_counts. Keep probes get after = their PDFium count,
and are dropped when they would overlap a redact value (simulated redaction).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from lib import GOLD_DIR, make_gold  # noqa: E402
import content  # noqa: E402


def main(argv):
    sel = [d for d in content.D if not argv or any(d.stem.startswith(a) for a in argv)]
    GOLD_DIR.mkdir(exist_ok=True)
    allp = []
    for d in sel:
        path = d.build()
        gold, problems, skipped = make_gold(d, path, content.R, content.K)
        (GOLD_DIR / f"{d.stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                 encoding="utf-8")
        nr = sum(len(i["probes"]) for i in gold["redact"])
        nk = sum(len(i["probes"]) for i in gold["keep"])
        print(f"{d.stem}: pages={gold['pages']} redact={nr} keep={nk}" + (" PROBLEMS" if problems else ""))
        for s in skipped:
            print("   (", s, ")")
        allp += problems
    for p in allp:
        print("  !", p)
    print(f"problems={len(allp)}")


if __name__ == "__main__":
    main(sys.argv[1:])
