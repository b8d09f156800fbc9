"""Check the gold of set mixed36 against the original PDFs with the evaluator's own functions.

    /work/main/.venv/bin/python check_gold.py      -> last line: problems=N (must be 0)

Every redact probe must occur in the original (in some channel; OCR only for 'ocr' probes) more
often than its 'after'; every keep probe's count in the PDFium text must equal its 'after'.
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
import evaluate as EV  # noqa: E402

HERE = Path(__file__).resolve().parent


def main():
    problems = 0
    n_red = n_keep = n_ocr = n_hidden = docs = pages = 0
    for gp in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gp.read_text(encoding="utf-8"))
        pdf = HERE / "docs" / gold["doc"]
        if not pdf.exists():
            print(f"{gold['doc']}: missing PDF")
            problems += 1
            continue
        ex = EV.extract_channels(pdf, ocr="auto")
        ch = ex["channels"]
        docs += 1
        pages += ex["pages"]
        if ex["pages"] != gold["pages"]:
            print(f"{gold['doc']}: pages {ex['pages']} != gold {gold['pages']}")
            problems += 1
        for item in gold["redact"]:
            for pr in item["probes"]:
                n_red += 1
                cc = EV.channel_counts(ch, pr)
                if max(cc.values(), default=0) <= pr.get("after", 0):
                    print(f"{gold['doc']}: redact probe {pr['text']!r} found {cc}, after={pr.get('after', 0)}")
                    problems += 1
                if pr.get("ocr"):
                    n_ocr += 1
                elif not any(k in cc for k in EV.TEXT_CHANNELS + ("ocr",)):
                    n_hidden += 1
        for item in gold["keep"]:
            for pr in item["probes"]:
                n_keep += 1
                c = EV.count_in(ch.get("pdfium", ""), pr)
                if c != pr.get("after", 0):
                    print(f"{gold['doc']}: keep probe {pr['text']!r} count {c} != after {pr.get('after', 0)}")
                    problems += 1
    print(f"docs={docs} pages={pages} redact_probes={n_red} keep_probes={n_keep} "
          f"ocr_only={n_ocr} hidden_only={n_hidden}")
    print(f"problems={problems}")
    return 0 if problems == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
