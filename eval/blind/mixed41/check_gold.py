"""Check the gold of blind set mixed41 against the original PDFs with the evaluator's own functions.

Every redact probe must occur in the original more often than its `after` in some channel (OCR-only
probes in the evaluator's OCR of the scanned page), every keep probe's PDFium count must equal `after`,
probes listed as hidden-only must be absent from the PDFium text, the page count must match.
Prints `problems=N` as the last line.
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, extract_channels, channel_counts  # noqa: E402

HERE = Path(__file__).resolve().parent


def main():
    problems = []
    nr = nk = ndocs = pages = 0
    for gp in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gp.read_text(encoding="utf-8"))
        pdf = HERE / "docs" / g["doc"]
        if not pdf.exists():
            problems.append(f"{g['doc']}: PDF missing")
            continue
        ndocs += 1
        ch = extract_channels(pdf, ocr="auto")
        chans = ch["channels"]
        if ch.get("pages") != g["pages"]:
            problems.append(f"{g['doc']}: pages {ch.get('pages')} != gold {g['pages']}")
        pages += g["pages"]
        pdfium = chans.get("pdfium", "")
        for item in g["redact"]:
            for pr in item["probes"]:
                nr += 1
                cc = channel_counts(chans, pr)
                if not any(v > pr.get("after", 0) for v in cc.values()):
                    problems.append(f"{g['doc']}: redact probe {pr['text']!r} not above after={pr.get('after', 0)}: {cc}")
        for t in g.get("hidden_only", []):
            if count_in(pdfium, {"text": t, "word": True}):
                problems.append(f"{g['doc']}: hidden-only probe {t!r} is in the page text")
        for item in g["keep"]:
            for pr in item["probes"]:
                nk += 1
                c = count_in(pdfium, pr)
                if c != pr["after"]:
                    problems.append(f"{g['doc']}: keep probe {pr['text']!r} pdfium={c} != after={pr['after']}")
    for p in problems:
        print(p)
    print(f"docs={ndocs} pages={pages} redact_probes={nr} keep_probes={nk}")
    print(f"problems={len(problems)}")


if __name__ == "__main__":
    main()
