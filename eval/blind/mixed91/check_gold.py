"""Check set CW's gold against its originals with the evaluator's own functions.

Every redact probe must occur in the original in the channel its entry claims ('text': PDFium text;
'ocr': OCR of an image-only page; 'metadata' / 'outline' / 'annotations': only there, not in the
PDFium text). Every keep probe's 'after' must equal its count in the original's PDFium text, and
no keep probe may lose an occurrence when all redact probes are blacked out (no overlap).
Prints problems=0 when all is well.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, probe_regex, text_pdfium  # noqa: E402


def main() -> int:
    problems = 0
    n_red = n_keep = pages = 0
    by_channel: dict = {}
    only = set(sys.argv[1:])
    for gf in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gf.read_text())
        if only and gf.stem not in only:
            continue
        pdf = HERE / "docs" / g["doc"]
        ch = extract_channels(pdf, ocr="auto")
        pages += ch["pages"]
        text = ch["channels"].get("pdfium", "")
        if g.get("pages") != ch["pages"]:
            print(f"{gf.stem}: gold pages={g.get('pages')} but the PDF has {ch['pages']}"); problems += 1
        masked = text
        for e in g["redact"]:
            claim = e.get("channel", "text")
            for p in e["probes"]:
                n_red += 1
                by_channel[claim] = by_channel.get(claim, 0) + 1
                if p["after"] != 0:
                    print(f"{gf.stem}: redact probe {p['text']!r} after != 0"); problems += 1
                cc = channel_counts(ch["channels"], p)
                if claim == "text":
                    ok = count_in(text, p) > 0
                elif claim == "ocr":
                    ok = cc.get("ocr", 0) > 0 and p.get("ocr")
                else:
                    ok = cc.get(claim, 0) > 0 and count_in(text, p) == 0
                if not ok:
                    print(f"{gf.stem}: redact probe {p['text']!r} not found in claimed channel {claim}: {cc}")
                    problems += 1
                if claim == "text":
                    masked = probe_regex(p["text"], p.get("word", False)).sub("\u2588", masked)
        for e in g["keep"]:
            for p in e["probes"]:
                n_keep += 1
                c = count_in(text, p)
                if c != p["after"]:
                    print(f"{gf.stem}: keep probe {p['text']!r} after={p['after']} but count={c}"); problems += 1
                if c == 0:
                    print(f"{gf.stem}: keep probe {p['text']!r} absent"); problems += 1
                cm = count_in(masked, p)
                if cm != c:
                    print(f"{gf.stem}: keep probe {p['text']!r} overlaps a redact probe ({c} -> {cm})"); problems += 1
    print(f"docs={len(list((HERE / 'gold').glob('*.json')))} pages={pages} redact_probes={n_red} "
          f"keep_probes={n_keep} channels={by_channel}")
    print(f"problems={problems}")
    return 0 if problems == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
