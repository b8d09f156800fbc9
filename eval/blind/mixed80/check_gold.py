"""Check set CL's gold against its originals: every redact probe occurs in the original in the channel
it claims (page text by default; OCR for 'ocr' probes; 'channel' for hidden-channel probes), and every
keep probe's 'after' equals its count in the original's PDFium text. Prints problems=N last."""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, text_pdfium  # noqa: E402


def main() -> int:
    problems = []
    nr = nk = npg = nd = 0
    for gp in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gp.read_text())
        pdf = HERE / "docs" / g["doc"]
        if not pdf.exists():
            problems.append(f"{g['doc']}: missing PDF")
            continue
        nd += 1
        ch = extract_channels(pdf, ocr="auto")
        chans = ch["channels"]
        text, pages = text_pdfium(pdf)
        npg += pages
        if pages != g["pages"]:
            problems.append(f"{g['doc']}: pages {pages} != {g['pages']}")
        for it in g["redact"]:
            for pr in it["probes"]:
                nr += 1
                if pr.get("after", 0) != 0:
                    problems.append(f"{g['doc']}: redact probe {pr['text']!r} after != 0")
                cc = channel_counts(chans, pr)
                want = "ocr" if pr.get("ocr") else pr.get("channel", "pdfium")
                if not cc.get(want):
                    problems.append(f"{g['doc']}: redact probe {pr['text']!r} not in {want}: {cc}")
        for it in g["keep"]:
            for pr in it["probes"]:
                nk += 1
                c = count_in(text, pr)
                if c != pr["after"]:
                    problems.append(f"{g['doc']}: keep {pr['text']!r} after={pr['after']} but {c}")
    for p in problems:
        print(p)
    print(f"docs={nd} pages={npg} redact_probes={nr} keep_probes={nk}")
    print(f"problems={len(problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
