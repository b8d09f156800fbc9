"""Check the mixed37 gold against the original PDFs with the shared evaluator's own functions.

    /work/main/.venv/bin/python check_gold.py

Every redact probe must occur in the original (in some channel; OCR-only probes in the OCR of
the scan) more often than its `after`; every keep probe's count in the PDFium text must equal its
`after` (and be at least 1); no keep probe may contain a redact probe of the same document or lie
inside one; page counts must match. Prints counts and, last, problems=N."""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
from evaluate import TEXT_CHANNELS, channel_counts, count_in, extract_channels, probe_regex  # noqa: E402


def main() -> int:
    problems = []
    golds = sorted((HERE / "gold").glob("*.json"))
    pdfs = sorted((HERE / "docs").glob("*.pdf"))
    if {g.stem for g in golds} != {p.stem for p in pdfs}:
        problems.append("gold and docs differ: %s" % ({g.stem for g in golds} ^ {p.stem for p in pdfs}))
    n_red = n_keep = n_ocr = n_hidden = pages = scans = 0
    for gp in golds:
        g = json.loads(gp.read_text(encoding="utf-8"))
        pdf = HERE / "docs" / g["doc"]
        ch = extract_channels(pdf, ocr="auto")
        chans = ch["channels"]
        pages += ch["pages"]
        if ch["pages"] != g["pages"]:
            problems.append(f"{g['doc']}: pages {ch['pages']} != gold {g['pages']}")
        if ch["image_pages"]:
            scans += 1
        red_texts = []
        for item in g["redact"]:
            for pr in item["probes"]:
                n_red += 1
                red_texts.append(pr["text"])
                cc = channel_counts(chans, pr)
                if not cc or max(cc.values()) <= pr.get("after", 0):
                    problems.append(f"{g['doc']}: redact probe {pr['text']!r} not above after ({cc})")
                if pr.get("ocr"):
                    n_ocr += 1
                elif not any(k in cc for k in TEXT_CHANNELS):
                    n_hidden += 1
        for item in g["keep"]:
            for pr in item["probes"]:
                n_keep += 1
                c = count_in(chans["pdfium"], pr)
                if c != pr["after"] or c < 1:
                    problems.append(f"{g['doc']}: keep probe {pr['text']!r} count {c} != after {pr['after']}")
                for rt in red_texts:
                    if probe_regex(rt).search(pr["text"]) or probe_regex(pr["text"]).search(rt):
                        problems.append(f"{g['doc']}: keep probe {pr['text']!r} overlaps redact probe {rt!r}")
    for p in problems:
        print("PROBLEM", p)
    print(f"documents={len(golds)} pages={pages} redact_probes={n_red} keep_probes={n_keep} "
          f"ocr_only_probes={n_ocr} hidden_channel_only_probes={n_hidden} image_docs={scans}")
    print(f"problems={len(problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
