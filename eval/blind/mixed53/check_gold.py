"""Check the gold of set mixed53 against the original PDFs with the evaluator's own functions.

    /work/main/.venv/bin/python check_gold.py [-v]

For every gold file: the PDF exists and has gold['pages'] pages; every redact probe occurs in the
ORIGINAL more often than its 'after' in at least one channel (text layers, raw objects, metadata,
outline, annotations, OCR of image pages); every keep probe occurs exactly 'after' times in the
original's PDFium text. Prints per-channel statistics and, last, problems=N.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import TEXT_CHANNELS, channel_counts, count_in, extract_channels  # noqa: E402

HERE = Path(__file__).resolve().parent


def main(verbose=False):
    problems = 0
    n_red = n_keep = n_pages = n_docs = 0
    only_hidden = only_ocr = 0
    for gp in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gp.read_text(encoding="utf-8"))
        pdf = HERE / "docs" / g["doc"]
        if not pdf.exists():
            print(f"{g['doc']}: missing PDF")
            problems += 1
            continue
        ch = extract_channels(pdf, ocr="auto")
        n_docs += 1
        n_pages += g["pages"]
        if ch.get("pages") != g["pages"]:
            print(f"{g['doc']}: pages {ch.get('pages')} != gold {g['pages']}")
            problems += 1
        chans = ch["channels"]
        for item in g["redact"]:
            for pr in item["probes"]:
                n_red += 1
                cc = channel_counts(chans, pr)
                if not any(v > pr.get("after", 0) for v in cc.values()):
                    print(f"{g['doc']}: redact probe {pr['text']!r} ({item['kind']}) not found above after={pr.get('after', 0)}: {cc}")
                    problems += 1
                    continue
                if not any(k in cc for k in TEXT_CHANNELS):
                    if "ocr" in cc:
                        only_ocr += 1
                    else:
                        only_hidden += 1
                        if verbose:
                            print(f"  hidden-only: {g['doc']} {pr['text']!r} {sorted(cc)}")
        text = chans.get("pdfium", "")
        for item in g["keep"]:
            for pr in item["probes"]:
                n_keep += 1
                c = count_in(text, pr)
                if c != pr.get("after", 0):
                    print(f"{g['doc']}: keep probe {pr['text']!r} found {c} != after {pr.get('after', 0)}")
                    problems += 1
    print(f"docs={n_docs} pages={n_pages} redact_probes={n_red} keep_probes={n_keep} "
          f"ocr_only={only_ocr} hidden_only={only_hidden}")
    print(f"problems={problems}")
    return problems


if __name__ == "__main__":
    sys.exit(1 if main("-v" in sys.argv) else 0)
