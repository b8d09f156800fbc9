"""Check set BV's gold against its originals with the evaluator's own functions.

    /work/main/.venv/bin/python check_gold.py [pv01 ...]

Every redact probe must be present in the original in the channel it claims ('text' = PDFium page
text; 'ocr', 'metadata', 'outline', 'annotations' as in evaluate.py); every keep probe's 'after'
must equal its count in the original's PDFium text (and be > 0). Prints problems=N last.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")

from evaluate import count_in, extract_channels, channel_counts  # noqa: E402


def main(argv):
    problems = 0
    stats = {"docs": 0, "pages": 0, "redact": 0, "keep": 0, "by_channel": {}}
    for gp in sorted((HERE / "gold").glob("*.json")):
        if argv and gp.stem not in argv:
            continue
        g = json.loads(gp.read_text(encoding="utf-8"))
        pdf = HERE / "docs" / g["doc"]
        ch = extract_channels(pdf)
        chans = ch["channels"]
        stats["docs"] += 1
        stats["pages"] += ch.get("pages", 0)
        if ch.get("pages") != g["pages"]:
            print(f"{gp.stem}: pages {ch.get('pages')} != gold {g['pages']}")
            problems += 1
        for it in g["redact"]:
            for pr in it["probes"]:
                stats["redact"] += 1
                want = pr.get("channel", "text")
                stats["by_channel"][want] = stats["by_channel"].get(want, 0) + 1
                if pr.get("after", 0) != 0:
                    print(f"{gp.stem}: redact {pr['text']!r} has after={pr['after']}")
                    problems += 1
                cc = channel_counts(chans, pr)
                name = "pdfium" if want == "text" else want
                if not cc.get(name):
                    print(f"{gp.stem}: redact {pr['text']!r} not found in channel {want} (found: {cc})")
                    problems += 1
        for it in g["keep"]:
            for pr in it["probes"]:
                stats["keep"] += 1
                c = count_in(chans.get("pdfium", ""), pr)
                if c != pr["after"] or c == 0:
                    print(f"{gp.stem}: keep {pr['text']!r} after={pr['after']} but PDFium text has {c}")
                    problems += 1
    print(f"docs={stats['docs']} pages={stats['pages']} redact={stats['redact']} keep={stats['keep']} "
          f"redact_by_channel={stats['by_channel']}")
    print(f"problems={problems}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
