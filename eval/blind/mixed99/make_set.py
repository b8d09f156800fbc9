"""Rebuild set DE (eval/blind/mixed99): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py          # all documents
    /work/main/.venv/bin/python make_set.py de03 de17 # only these

Theme: student housing in Groningen (and Delft). Every keep probe's 'after' is counted on the original's
PDFium text with the evaluator's own functions; every redact probe has after=0 and is checked by
check_gold.py in the channel it claims (page text, OCR, metadata, XMP, outline, annotations, form fields).
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import framework as fw  # noqa: E402
from docs_a import DOCS as A  # noqa: E402
from docs_b import DOCS as B  # noqa: E402
from docs_c import DOCS as C  # noqa: E402

DOCS = A + B + C
PRODUCER_LABEL = {"rl": "reportlab", "docx": "python-docx + LibreOffice", "scan": "image-only scan (JPEG)",
                  "scanhand": "image-only scan of handwriting (JPEG)"}


def main(argv):
    only = set(argv[1:])
    docs = [d for d in DOCS if not only or d["id"] in only]
    fw.DOCS_DIR.mkdir(exist_ok=True)
    fw.GOLD_DIR.mkdir(exist_ok=True)
    fw.BUILD.mkdir(exist_ok=True)
    docx_paths = []
    for d in docs:
        d["producer_label"] = PRODUCER_LABEL[d["producer"]] + (f" ({d.get('font', d.get('dfont'))})")
        out = fw.DOCS_DIR / f"{d['id']}.pdf"
        if d["producer"] == "rl":
            fw.build_rl(d, out)
        elif d["producer"] == "docx":
            p = fw.BUILD / f"{d['id']}.docx"
            fw.build_docx(d, p)
            docx_paths.append(p)
        else:
            tmp = fw.BUILD / f"{d['id']}_src.pdf"
            fw.build_rl(d, tmp)
            fw.scanify(tmp, out, seed=int(d["id"][2:]), angle=0.5 if d["producer"] == "scan" else -0.8)
    fw.soffice(docx_paths, fw.BUILD)
    for p in docx_paths:
        shutil.copy(fw.BUILD / (p.stem + ".pdf"), fw.DOCS_DIR / (p.stem + ".pdf"))
    warns = []
    for d in docs:
        out = fw.DOCS_DIR / f"{d['id']}.pdf"
        fw.add_hidden(out, d.get("hidden", []))
        gold, w, dropped = fw.make_gold(d, out)
        for kind, val in d.get("form_probes", []):
            gold["redact"].append({"kind": kind, "value": val, "probes": [
                {"text": val, "word": True, "after": 0, "channel": "annotations"}]})
        for kind, val in d.get("extra_probes", []):
            gold["redact"].append({"kind": kind, "value": val, "probes": [{"text": val, "word": True, "after": 0}]})
        warns += w
        (fw.GOLD_DIR / f"{d['id']}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n")
        nr = sum(len(i["probes"]) for i in gold["redact"])
        nk = sum(len(i["probes"]) for i in gold["keep"])
        print(f"{d['id']}: pages={gold['pages']} redact={nr} keep={nk}" + (f" ocr-dropped={dropped}" if dropped else ""))
    for w in warns:
        print("WARN", w)


if __name__ == "__main__":
    main(sys.argv)
