"""Rebuild set VR (eval/blind/mixed180): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py vr03 vr17  # only these

Documents are written in content_*.py with inline markup: [[...]] personal data (redact probe, after=0),
{{...}} public text (keep probe; 'after' = its count in the original's PDFium text, counted with the
evaluator's own norm/probe_regex/count_in). Hidden-channel probes (metadata, outline, annotations, AcroForm
values) and OCR probes of the image-only scans are checked against the evaluator's extract_channels.
A keep probe may not overlap a redact occurrence (simulated redaction of the text).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from lib import DOCS_DIR, GOLD_DIR, make_gold  # noqa: E402


def all_docs():
    import importlib
    docs = []
    for m in ("content_a", "content_b", "content_c"):
        try:
            docs += importlib.import_module(m).DOCS
        except ModuleNotFoundError:
            pass
    return docs


def main(argv):
    docs = all_docs()
    sel = [d for d in docs if not argv or any(d.stem.startswith(a) for a in argv)]
    DOCS_DIR.mkdir(exist_ok=True)
    GOLD_DIR.mkdir(exist_ok=True)
    allp = []
    for d in sel:
        path = d.build()
        gold, problems = make_gold(d, path)
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
