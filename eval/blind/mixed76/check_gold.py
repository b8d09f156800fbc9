"""Check set CH's gold against its originals with the evaluator's own functions.

Every redact probe must be present in the original in the channel it claims (PDFium text by default,
OCR for probes with "ocr": true, otherwise the named "channel": metadata, outline, annotations);
every keep probe's 'after' must equal its count in the original's PDFium text. Prints problems=N.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, extract_channels, channel_counts  # noqa: E402


def main() -> int:
    problems = 0
    nr = nk = 0
    for g in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(g.read_text())
        pdf = HERE / "docs" / gold["doc"]
        if not pdf.exists():
            print("missing", pdf.name)
            problems += 1
            continue
        ch = extract_channels(pdf)["channels"]
        for e in gold["redact"]:
            for p in e["probes"]:
                nr += 1
                if p.get("after", 0) != 0:
                    print(g.stem, "redact probe with after != 0:", p["text"])
                    problems += 1
                cc = channel_counts(ch, p)
                want = "ocr" if p.get("ocr") else p.get("channel", "pdfium")
                if not cc.get(want):
                    print(g.stem, f"redact probe not in {want}:", p["text"], cc)
                    problems += 1
        for e in gold["keep"]:
            for p in e["probes"]:
                nk += 1
                n = count_in(ch.get("pdfium", ""), p)
                if n != p["after"]:
                    print(g.stem, "keep probe count", p["text"], n, "!=", p["after"])
                    problems += 1
    print(f"redact={nr} keep={nk} problems={problems}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
