"""Verify every probe of set AR (mixed34) against its original with the shared evaluator's own extractors.

redact: the probe must occur in the original more often than its `after` (OCR-only probes: in the OCR of the
        image-only scan, as the evaluator counts it); keep: the PDFium count must equal `after` (> 0);
pages must match. Prints one line per problem and `problems=N`.  Usage: python check_gold.py [--ocr off]
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels  # noqa: E402

HERE = Path(__file__).resolve().parent


def main():
    ocr = "off" if "--ocr" in sys.argv and sys.argv[sys.argv.index("--ocr") + 1] == "off" else "auto"
    problems = 0
    tot = {"docs": 0, "pages": 0, "redact": 0, "keep": 0, "ocr_only": 0, "hidden_only": 0}
    for gf in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        pdf = HERE / "docs" / g["doc"]
        if not pdf.exists():
            print("MISSING", g["doc"]); problems += 1; continue
        ch = extract_channels(pdf, ocr=ocr)
        chans = ch["channels"]
        tot["docs"] += 1
        tot["pages"] += g["pages"]
        if ch["pages"] != g["pages"]:
            print(g["doc"], "pages", ch["pages"], "!=", g["pages"]); problems += 1
        for item in g["redact"]:
            for pr in item["probes"]:
                tot["redact"] += 1
                if pr.get("ocr"):
                    tot["ocr_only"] += 1
                    if ocr == "off":
                        continue
                cc = channel_counts(chans, pr)
                if max(cc.values() or [0]) <= pr.get("after", 0):
                    print(g["doc"], "redact probe not found above after:", pr, cc); problems += 1
        tot["hidden_only"] += len(g.get("hidden_only", []))
        for h in g.get("hidden_only", []):
            if count_in(chans.get("pdfium", ""), {"text": h, "word": True}):
                print(g["doc"], "hidden-only probe visible:", h); problems += 1
        for item in g["keep"]:
            for pr in item["probes"]:
                tot["keep"] += 1
                c = count_in(chans.get("pdfium", ""), pr)
                if c != pr["after"] or c == 0:
                    print(g["doc"], "keep probe count", c, "!= after", pr); problems += 1
    print(json.dumps(tot))
    print(f"problems={problems}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
