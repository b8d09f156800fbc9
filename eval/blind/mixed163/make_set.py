"""Rebuild set mixed163 (OCW, subsidie Stichting Museum Hendrik Wiersma, integriteitsmelding directeur).

    /work/main/.venv/bin/python make_set.py

Documents are written in content_*.py as lists of lines; [[x]] marks a value that must be redacted,
{{x}} a value that must stay readable. engine.py renders them (reportlab standard-14 / DejaVu TTF,
python-docx -> soffice, or a rotated JPEG scan), then writes gold/<stem>.json: every [[x]] is a redact
probe (after 0; PDFium text, or OCR for scans), every hidden value a redact probe in its channel, every
{{x}} a keep probe whose 'after' is counted on the original's PDFium text with the evaluator's count_in.
A keep value that only occurs inside redact values is refused.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import engine  # noqa: E402


def all_docs():
    import importlib
    out = []
    for m in ("content_a", "content_b", "content_c"):
        try:
            out += importlib.import_module(m).D
        except ModuleNotFoundError:
            pass
    return out


def main(argv):
    engine.DOCS.mkdir(exist_ok=True)
    engine.GOLD.mkdir(exist_ok=True)
    docs = [d for d in all_docs() if not argv or any(d["stem"].startswith(a) for a in argv)]
    dx = []
    for d in docs:
        p = engine.DOCS / f"{d['stem']}.pdf"
        k = d["kind"]
        if k == "docx":
            dx.append((p, d["lines"], d.get("author"), d["prod"]))
        elif k == "scan":
            engine.scan_pdf(p, d["lines"], d.get("angle", 1.2), d["prod"])
        else:
            hid = dict(d.get("hidden", []))
            engine.rl_pdf(p, d["lines"], d["prod"], creator=d.get("creator", d["prod"]),
                          author=d.get("author", ""), title=d.get("title", ""), ttf=(k == "rlttf"),
                          outline=d.get("outline"), notes=d.get("notes"), form=d.get("form"),
                          xmp_creator=d.get("xmp"))
    if dx:
        engine.docx_pdfs(dx)
    allp = []
    tr = tk = tp = 0
    for d in docs:
        gold, probs = engine.make_gold(d["stem"], d["lines"], d.get("hidden", []), ocr=d["kind"] == "scan")
        (engine.GOLD / f"{d['stem']}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                      encoding="utf-8")
        nr = sum(len(i["probes"]) for i in gold["redact"]); nk = sum(len(i["probes"]) for i in gold["keep"])
        tr += nr; tk += nk; tp += gold["pages"]
        print(f"{d['stem']}: pages={gold['pages']} redact={nr} keep={nk}" + (" PROBLEMS" if probs else ""))
        allp += probs
    for p in allp:
        print("  !", p)
    print(f"docs={len(docs)} pages={tp} redact={tr} keep={tk} problems={len(allp)}")


if __name__ == "__main__":
    main(sys.argv[1:])
