"""Check the gold of set mixed6 against the PDFs, independently of generate.py.

    /work/main/.venv/bin/python check_gold.py [--no-ocr]

For every gold/<name>.json: the PDF exists and has `pages` pages; every keep probe occurs in the
PDFium text of the original exactly `after` times; every redact probe occurs in the original more
often than `after` (in the PDFium text, or for hidden-channel probes in the form values, comments,
bookmarks or Info of the file, or for `ocr` probes in the evaluator's OCR of the page); and no keep
probe occurrence overlaps an occurrence of a redact probe (whose `after` is 0) in the PDFium text.
Uses `norm`, `probe_regex`, `text_pdfium`, `meta_outline_annots` and `ocr_text` of the evaluator.
Exit 0 when everything holds; every problem is printed on stderr.
"""
from __future__ import annotations

import importlib.util
import json
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVAL = Path(os.environ.get("WOO_EVALUATOR_DIR", "/work/shared/eval")) / "evaluate.py"
_spec = importlib.util.spec_from_file_location("woo_evaluate", EVAL)
ev = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ev)


def spans(text: str, probe: dict) -> list[tuple[int, int]]:
    return [m.span() for m in ev.probe_regex(probe["text"], probe.get("word", False)).finditer(text)]


def check(gp: Path, use_ocr: bool) -> tuple[list[str], dict]:
    problems = []
    g = json.loads(gp.read_text(encoding="utf-8"))
    stats = {"redact": 0, "keep": 0, "ocr": 0}
    if set(g) < {"doc", "pages", "redact", "keep"}:
        return [f"{gp.name}: missing keys"], stats
    pdf = HERE / "docs" / g["doc"]
    if not pdf.exists():
        return [f"{gp.name}: no PDF {g['doc']}"], stats
    text, pages = ev.text_pdfium(pdf)
    if pages != g["pages"]:
        problems.append(f"{g['doc']}: pages {pages} != gold {g['pages']}")
    meta, outl, ann = ev.meta_outline_annots(pdf)
    hidden = " ".join((meta, outl, ann))
    ocr_entries = None
    for side in ("redact", "keep"):
        for item in g[side]:
            if not item.get("kind") or not item.get("value") or not item.get("probes"):
                problems.append(f"{g['doc']}: malformed {side} item {item}")
            for p in item["probes"]:
                if not isinstance(p.get("after"), int) or not isinstance(p.get("word"), bool):
                    problems.append(f"{g['doc']}: malformed probe {p}")
    redact_spans = []
    for item in g["redact"]:
        for p in item["probes"]:
            stats["redact"] += 1
            if p.get("ocr"):
                stats["ocr"] += 1
                if not use_ocr:
                    continue
                if ocr_entries is None:
                    with tempfile.TemporaryDirectory(prefix="m6chk-") as td:
                        ocr_entries = ev.ocr_text(pdf, Path(td), list(range(1, pages + 1)))
                c = ev.ocr_count(ocr_entries, p)
                if c <= p["after"]:
                    problems.append(f"{g['doc']}: OCR probe {p['text']!r} found {c}x, after {p['after']}")
                continue
            c = ev.count_in(text, p)
            h = ev.count_in(hidden, p)
            if c < p["after"]:
                problems.append(f"{g['doc']}: redact probe {p['text']!r} only {c}x, after {p['after']}")
            if c <= p["after"] and h == 0:
                problems.append(f"{g['doc']}: redact probe {p['text']!r} does not leak in the original")
            if p["after"] == 0:
                redact_spans += spans(text, p)
    for item in g["keep"]:
        for p in item["probes"]:
            stats["keep"] += 1
            c = ev.count_in(text, p)
            if c != p["after"]:
                problems.append(f"{g['doc']}: keep probe {p['text']!r} found {c}x, gold says {p['after']}")
            for a, b in spans(text, p):
                for x, y in redact_spans:
                    if a < y and x < b:
                        problems.append(f"{g['doc']}: keep probe {p['text']!r} overlaps redact text "
                                        f"{text[x:y]!r}")
    return problems, stats


def main(argv) -> int:
    use_ocr = "--no-ocr" not in argv
    golds = sorted((HERE / "gold").glob("*.json"))
    allp, tot = [], {"redact": 0, "keep": 0, "ocr": 0}
    for gp in golds:
        p, s = check(gp, use_ocr)
        allp += p
        for k in tot:
            tot[k] += s[k]
    for p in allp:
        print(p, file=sys.stderr)
    print(f"checked {len(golds)} gold files: redact probes {tot['redact']} (ocr {tot['ocr']}), "
          f"keep probes {tot['keep']}, problems {len(allp)}")
    return 1 if allp else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
