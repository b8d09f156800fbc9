"""Rebuild set mixed232 (veiligheidsregio, fatal house fire and smoke-detector campaign).

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py vr03 vr17  # only these

Keep probes' 'after' are counted on the original's PDFium text with the evaluator's own functions;
redact probes (after=0) are verified in the channel they claim (PDFium text, OCR, metadata, outline,
annotations); keep probes overlapping a redact probe are dropped and reported.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from lib import GOLD_DIR  # noqa: E402


def main(argv):
    import importlib
    docs = []
    for m in ("content_a", "content_b", "content_c"):
        try:
            docs += importlib.import_module(m).DOCS
        except ModuleNotFoundError:
            pass
    sel = [d for d in docs if not argv or any(d.stem.startswith(a) for a in argv)]
    GOLD_DIR.mkdir(exist_ok=True)
    allp = []
    for d in sel:
        path = d.build()
        gold, problems = d.gold(path)
        (GOLD_DIR / f"{d.stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        nr = sum(len(i["probes"]) for i in gold["redact"])
        nk = sum(len(i["probes"]) for i in gold["keep"])
        print(f"{d.stem}: pages={gold['pages']} redact={nr} keep={nk}")
        allp += problems
    for p in allp:
        print("  !", p)
    print(f"problems={len(allp)}")


if __name__ == "__main__":
    main(sys.argv[1:])
