"""Re-check every probe of set AA against its PDF with the shared evaluator's own functions.

    /work/main/.venv/bin/python check_gold.py

A redact probe must occur more often than its `after` in the channel it names: page text
(pdftotext -layout, pdftotext reading order, pypdfium2 or pdfplumber) unless the gold says
`"channel"` (annotations, metadata, outline, raw_file) or `"ocr": true` (evaluator OCR at 200 dpi).
A keep probe must occur at least `after` times in the pypdfium2 text (the channel the evaluator
uses for over-redaction). Prints one line per problem and a summary.
"""

import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, os.environ.get("WOO_EVAL_DIR", "/work/shared/eval"))
import evaluate as ev  # noqa: E402


def main():
    docs = pages = nred = nkeep = 0
    problems = []
    where, kinds_r, kinds_k = Counter(), Counter(), Counter()
    for gp in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gp.read_text(encoding="utf-8"))
        pdf = HERE / "docs" / g["doc"]
        docs += 1
        pdfium, n = ev.text_pdfium(pdf)
        pages += n
        if n != g["pages"]:
            problems.append(f"{g['doc']}: pages {n} != gold {g['pages']}")
        r = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True)
        page = {"pdftotext": ev.text_pdftotext(pdf), "pdftotext-reading-order": ev.norm(r.stdout.decode("utf-8", "replace")),
                "pdfium": pdfium, "pdfplumber": ev.text_pdfplumber(pdf)}
        meta, outl, ann = ev.meta_outline_annots(pdf)
        hidden = {"metadata": meta, "outline": outl, "annotations": ann}
        ocr = None
        for item in g["redact"]:
            for pr in item["probes"]:
                nred += 1
                kinds_r[item["kind"]] += 1
                if pr.get("ocr"):
                    if ocr is None:
                        with tempfile.TemporaryDirectory() as td:
                            ocr = ev.ocr_text(pdf, Path(td), ev.image_pages(pdf))
                    c, ch = ev.ocr_count(ocr, pr), "ocr"
                elif pr.get("channel") == "raw_file":
                    c, ch = ev.raw_count(ev.raw_file(pdf), pr), "raw_file"
                elif pr.get("channel"):
                    ch = pr["channel"]
                    c = ev.count_in(hidden[ch], pr)
                else:
                    best = max(page, key=lambda k: ev.count_in(page[k], pr))
                    c, ch = ev.count_in(page[best], pr), best
                if c <= pr["after"]:
                    problems.append(f"{g['doc']}: redact probe {pr['text']!r} found {c} in {ch}, after {pr['after']}")
                else:
                    where[ch] += 1
        for item in g["keep"]:
            for pr in item["probes"]:
                nkeep += 1
                kinds_k[item["kind"]] += 1
                c = ev.count_in(pdfium, pr)
                if c < pr["after"]:
                    problems.append(f"{g['doc']}: keep probe {pr['text']!r} found {c} in pdfium, needs {pr['after']}")
    for p in problems:
        print(p)
    print(f"docs={docs} pages={pages} redact_probes={nred} keep_probes={nkeep} problems={len(problems)}")
    print("redact probes found in:", json.dumps(dict(sorted(where.items()))))
    print("redact kinds:", json.dumps(dict(kinds_r.most_common())))
    print("keep kinds:", json.dumps(dict(kinds_k.most_common())))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
