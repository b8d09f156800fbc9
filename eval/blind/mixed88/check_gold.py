"""Check set CT's gold against its originals with the evaluator's own functions.

Every redact probe must be present in the original in the channel it claims ('channel': text (default,
PDFium text), ocr, metadata, outline, annotations; hidden-channel probes must be absent from the PDFium
text); every keep probe's 'after' must equal its count in the original's PDFium text minus nothing
(the count is taken on the text with the redact values blanked, so it must be <= the full count).
Prints problems=N; 0 means the gold is exact."""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
sys.path.insert(0, str(HERE))

from evaluate import channel_counts, count_in, extract_channels  # noqa: E402
from lib import masked_text  # noqa: E402


def main():
    problems = []
    n_red = n_keep = pages = 0
    by_channel = {}
    golds = sorted((HERE / "gold").glob("*.json"))
    for g in golds:
        gold = json.loads(g.read_text())
        pdf = HERE / "docs" / gold["doc"]
        if not pdf.exists():
            problems.append(f"{g.name}: no PDF")
            continue
        ch = extract_channels(pdf, ocr="auto")
        chans = ch["channels"]
        text = chans["pdfium"]
        pages += ch["pages"]
        if ch["pages"] != gold["pages"]:
            problems.append(f"{g.name}: pages {ch['pages']} != {gold['pages']}")
        mt = masked_text(text, gold["redact"])
        for it in gold["redact"]:
            for p in it["probes"]:
                n_red += 1
                c = p.get("channel", "text")
                by_channel[c] = by_channel.get(c, 0) + 1
                if p.get("after", 0) != 0:
                    problems.append(f"{g.name}: redact {p['text']!r} after != 0")
                cc = channel_counts(chans, p)
                if c == "text":
                    ok = count_in(text, p) > 0
                elif c == "ocr":
                    ok = cc.get("ocr", 0) > 0
                else:
                    ok = cc.get(c, 0) > 0 and count_in(text, p) == 0
                if not ok:
                    problems.append(f"{g.name}: redact {p['text']!r} not in channel {c} ({cc})")
        for it in gold["keep"]:
            for p in it["probes"]:
                n_keep += 1
                full, m = count_in(text, p), count_in(mt, p)
                if p["after"] != m or m < 1 or m > full:
                    problems.append(f"{g.name}: keep {p['text']!r} after={p['after']} masked={m} full={full}")
    for p in problems:
        print("PROBLEM", p)
    print(f"docs={len(golds)} pages={pages} redact={n_red} keep={n_keep} channels={by_channel}")
    print(f"problems={len(problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
