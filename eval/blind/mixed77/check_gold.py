"""Check set CI's gold against its originals: every redact probe must be present in the channel it is
claimed for (text: PDFium text; metadata/outline/annotations: that channel; ocr: tesseract of the scan),
and every keep probe's 'after' must equal its count in the original's PDFium text.
Prints problems=0 when all is well."""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, text_pdfium  # noqa: E402


def main() -> int:
    problems = 0
    nred = nkeep = pages = 0
    hidden: dict = {}
    for gp in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gp.read_text())
        pdf = HERE / "docs" / g["doc"]
        text, n = text_pdfium(pdf)
        pages += n
        need_full = any(p.get("channel", "text") != "text" for it in g["redact"] for p in it["probes"])
        ch = extract_channels(pdf, ocr="auto") if need_full else None
        for it in g["redact"]:
            for p in it["probes"]:
                nred += 1
                c = p.get("channel", "text")
                if p["after"] != 0:
                    problems += 1
                    print(gp.name, "redact after != 0", p)
                if c == "text":
                    found = count_in(text, p)
                else:
                    found = channel_counts(ch["channels"], p).get(c, 0)
                if not found:
                    problems += 1
                    print(gp.name, "redact probe not in", c, ":", p["text"])
                if c in ("metadata", "outline", "annotations") and count_in(text, p):
                    problems += 1  # a hidden-channel probe must not be in the page text
                    print(gp.name, "hidden-channel probe also in page text:", p["text"])
                hidden[c] = hidden.get(c, 0) + 1
        for it in g["keep"]:
            for p in it["probes"]:
                nkeep += 1
                c = count_in(text, p)
                if c != p["after"] or c == 0:
                    problems += 1
                    print(gp.name, "keep probe count", p["text"], c, p["after"])
    print(f"docs={len(list((HERE / 'gold').glob('*.json')))} pages={pages} redact={nred} keep={nkeep}")
    print("redact probes per channel:", dict(sorted(hidden.items())))
    print(f"problems={problems}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
