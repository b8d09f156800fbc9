"""Check every probe of blind set X (mixed14) against its PDF.

    /work/main/.venv/bin/python check_gold.py

For each gold probe: text probes must occur in the PDF's `pdftotext -layout` text (the evaluator's
pdftotext channel; where a name wraps inside a narrow cell or a column, which -layout interleaves with
the next column, in plain reading-order `pdftotext` instead, and where pdftotext joins a name that
breaks at its hyphen ('Bakker-/Oduro' -> 'BakkerOduro') or splits a wrapped table cell, in the pypdfium2
text; the summary counts each fallback) exactly as often as the
original holds them (redact: more often than `after`, i.e. they leak from the original; keep: at least
`after` times, checked in pdftotext and in pypdfium2, the evaluator's over-redaction channel). Probes
with a `channel` field (metadata, outline, annotations) are looked up in that channel, probes with
`ocr: true` in the tesseract text of the scanned page. Uses the evaluator's own `norm`, `probe_regex`,
`text_pdftotext`, `text_pdfium`, `meta_outline_annots` and `ocr_text`.
"""
import importlib.util
import json
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVAL = Path(os.environ.get("WOO_EVALUATOR", "/work/shared/eval/evaluate.py"))
spec = importlib.util.spec_from_file_location("woo_eval", EVAL)
ev = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ev)


def main() -> int:
    bad = 0
    n_red = n_keep = n_docs = n_pages = 0
    per_channel = {}
    keep_channel = {}
    for gpath in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        pdf = HERE / "docs" / gold["doc"]
        n_docs += 1
        if not pdf.exists():
            print(f"MISSING {pdf.name}")
            bad += 1
            continue
        ptt = ev.text_pdftotext(pdf)
        import subprocess
        raw = ev.norm(subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True).stdout.decode("utf-8", "replace"))
        pdfium, npages = ev.text_pdfium(pdf)
        n_pages += npages
        if npages != gold["pages"]:
            print(f"{pdf.name}: pages {npages} != gold {gold['pages']}")
            bad += 1
        meta, outl, ann = ev.meta_outline_annots(pdf)
        hidden = {"metadata": meta, "outline": outl, "annotations": ann}
        ocr = None
        for item in gold["redact"]:
            for pr in item["probes"]:
                n_red += 1
                if pr.get("ocr"):
                    if ocr is None:
                        with tempfile.TemporaryDirectory() as td:
                            ocr = ev.ocr_text(pdf, Path(td), list(range(1, npages + 1)))
                    c, ch = ev.ocr_count(ocr, pr), "ocr"
                elif pr.get("channel"):
                    ch = pr["channel"]
                    c = ev.count_in(hidden[ch], pr)
                else:
                    ch = "pdftotext"
                    c = ev.count_in(ptt, pr)
                    if c <= pr.get("after", 0):
                        ch = "pdftotext-reading-order"
                        c = ev.count_in(raw, pr)
                    if c <= pr.get("after", 0):
                        ch = "pdfium"
                        c = ev.count_in(pdfium, pr)
                per_channel[ch] = per_channel.get(ch, 0) + 1
                if c <= pr.get("after", 0):
                    print(f"{pdf.name}: redact probe {pr['text']!r} found {c}x in {ch}, after={pr.get('after', 0)}")
                    bad += 1
        for item in gold["keep"]:
            for pr in item["probes"]:
                n_keep += 1
                c1, c2 = ev.count_in(ptt, pr), ev.count_in(pdfium, pr)
                ch = "pdftotext"
                if c1 < pr["after"]:
                    c1, ch = ev.count_in(raw, pr), "pdftotext-reading-order"
                if c1 < pr["after"]:
                    c1, ch = c2, "pdfium"
                keep_channel[ch] = keep_channel.get(ch, 0) + 1
                if c1 < pr["after"] or c2 < pr["after"]:
                    print(f"{pdf.name}: keep probe {pr['text']!r} pdftotext {c1} pdfium {c2} < after {pr['after']}")
                    bad += 1
    print(f"docs={n_docs} pages={n_pages} redact_probes={n_red} keep_probes={n_keep} "
          f"problems={bad}")
    print(f"redact probes found in: {json.dumps(per_channel, sort_keys=True)}")
    print(f"keep probes found in: {json.dumps(keep_channel, sort_keys=True)} (all also in pypdfium2 text)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
