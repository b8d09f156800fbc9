"""Independent check of the mixed8 gold files against the original PDFs.

    /work/main/.venv/bin/python eval/blind/mixed8/check_gold.py

Uses only the evaluator's own functions (norm, probe_regex, count_in, text_pdfium,
meta_outline_annots, ocr_text, ocr_count), not the markup of the generator. For every gold file:
  * the PDF exists and has `pages` pages;
  * every keep probe occurs exactly `after` (>= 1) times in the PDFium text;
  * every redact probe is present in the original more often than `after`: in the PDFium text, or
    in the Info dictionary / outline / annotations and form values (hidden channels), or, for
    `ocr` probes, in the evaluator's OCR of the page;
  * no occurrence of a keep probe overlaps an occurrence of a redact probe whose `after` is 0
    (so an ideal redaction can keep every keep probe).
Prints one line per problem and a summary; exit 1 if there is any problem.
"""
from __future__ import annotations

import importlib.util
import json
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
_EVAL = Path(os.environ.get("WOO_EVALUATOR_DIR", "/work/shared/eval")) / "evaluate.py"
_spec = importlib.util.spec_from_file_location("woo_evaluate", _EVAL)
ev = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ev)


def spans(text: str, probe: dict) -> list:
    return [m.span() for m in ev.probe_regex(probe["text"], probe.get("word", False)).finditer(text)]


def check(gold_path: Path, problems: list) -> tuple[int, int, int]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    pdf = HERE / "docs" / gold["doc"]
    name = gold["doc"]
    if not pdf.exists():
        problems.append(f"{name}: PDF missing")
        return 0, 0, 0
    text, pages = ev.text_pdfium(pdf)
    if pages != gold["pages"]:
        problems.append(f"{name}: pages {pages} != gold {gold['pages']}")
    meta, outl, ann = ev.meta_outline_annots(pdf)
    ocr = None
    if any(p.get("ocr") for it in gold["redact"] for p in it["probes"]):
        with tempfile.TemporaryDirectory() as td:
            ocr = ev.ocr_text(pdf, Path(td), list(range(1, pages + 1)))
    nr = nk = no = 0
    red_spans = []
    for it in gold["redact"]:
        for pr in it["probes"]:
            nr += 1
            after = pr.get("after", 0)
            if pr.get("ocr"):
                no += 1
                c = ev.ocr_count(ocr or [], pr)
                if c <= after:
                    problems.append(f"{name}: ocr redact probe {pr['text']!r} found {c} <= after {after}")
                continue
            c = ev.count_in(text, pr)
            hid = sum(ev.count_in(x, pr) for x in (meta, outl, ann))
            if c <= after and hid == 0:
                problems.append(f"{name}: redact probe {pr['text']!r} not present (text {c}, after {after})")
            if after == 0:
                red_spans += spans(text, pr)
    for it in gold["keep"]:
        for pr in it["probes"]:
            nk += 1
            c = ev.count_in(text, pr)
            if c != pr.get("after", 0) or c < 1:
                problems.append(f"{name}: keep probe {pr['text']!r} found {c}, gold after {pr.get('after')}")
            for a, b in spans(text, pr):
                for x, y in red_spans:
                    if a < y and x < b:
                        problems.append(f"{name}: keep probe {pr['text']!r} overlaps redact text {text[x:y]!r}")
    return nr, nk, no


def main() -> int:
    problems, R, K, O = [], 0, 0, 0
    golds = sorted((HERE / "gold").glob("*.json"))
    for g in golds:
        r, k, o = check(g, problems)
        R, K, O = R + r, K + k, O + o
    for p in problems:
        print("PROBLEM", p)
    print(f"checked {len(golds)} gold files: redact probes {R} (ocr {O}), keep probes {K}, problems {len(problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
