"""Rebuild set IG (eval/blind/mixed112): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py          # all documents
    /work/main/.venv/bin/python make_set.py ig03 ig17 # only these

Redact probes: every probe of an invented person (registry.PERSONS) that occurs in the document's claimed
channel (PDFium text; OCR for the image-only scans) with after=0, plus the per-document special-category
and hidden-channel probes listed in content*.py. Keep probes: every entry of registry.KEEP that occurs in
the PDFium text, with after = its count there. All counts use the evaluator's own functions.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, "/work/shared/eval")

from evaluate import count_in, extract_channels, text_pdfium  # noqa: E402

import content  # noqa: E402,F401
import content2  # noqa: E402,F401
import content3  # noqa: E402,F401
from content import DOCS  # noqa: E402
from registry import KEEP, PERSONS  # noqa: E402

DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"


def ocr_text(pdf: Path) -> str:
    ch = extract_channels(pdf, ocr="auto")["channels"]
    return " ".join(e["render"] + " " + " ".join(e["images"]) for e in ch.get("ocr", []))


def build(stem, fn, opts):
    pdf = DOCS_DIR / f"{stem}.pdf"
    fn(pdf)
    text, pages = text_pdfium(pdf)
    scanned = opts.get("scan", False)
    src = ocr_text(pdf) if scanned else text
    redact = []
    for key, (name, probes) in PERSONS.items():
        for t, kind, word in probes:
            pr = {"text": t, "word": word, "after": 0}
            if scanned:
                pr["ocr"] = True
            if count_in(src, pr):
                pr["where"] = "ocr" if scanned else "text"
                redact.append({"kind": kind, "value": name if kind in ("PERSON", "PARAPH") else t,
                               "probes": [pr]})
    for t, kind, value, word in opts.get("special", []):
        pr = {"text": t, "word": word, "after": 0, "where": "ocr" if scanned else "text"}
        if scanned:
            pr["ocr"] = True
        redact.append({"kind": kind, "value": value, "probes": [pr]})
    for t, kind, value, word, where in opts.get("hidden", []):
        if any(r["probes"][0]["text"] == t for r in redact):
            raise SystemExit(f"{stem}: hidden probe {t!r} also in text")
        redact.append({"kind": kind, "value": value,
                       "probes": [{"text": t, "word": word, "after": 0, "where": where}]})
    keep = []
    for kind, t, word in KEEP:
        pr = {"text": t, "word": word}
        c = count_in(text, pr)
        if c:
            pr["after"] = c
            keep.append({"kind": kind, "value": t, "probes": [pr]})
    gold = {"doc": pdf.name, "pages": pages, "redact": redact, "keep": keep}
    (GOLD_DIR / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                           encoding="utf-8")
    print(f"{stem}: pages={pages} redact={len(redact)} keep={len(keep)}"
          f" keep_occ={sum(k['probes'][0]['after'] for k in keep)}")


def main(argv):
    DOCS_DIR.mkdir(exist_ok=True)
    GOLD_DIR.mkdir(exist_ok=True)
    for stem, fn, opts in sorted(DOCS, key=lambda d: d[0]):
        if argv and stem not in argv:
            continue
        build(stem, fn, opts)


if __name__ == "__main__":
    main(sys.argv[1:])
