"""Check the gold of set AV (mixed107) against the originals with the evaluator's own functions.

    /work/main/.venv/bin/python check_gold.py

Every redact probe (after=0) must be present in the original in the channel it claims: 'ocr' probes in the OCR
of the image pages, 'channel' probes in that channel (metadata, outline, annotations) and not in the PDFium
text, all others in the PDFium page text. Every keep probe's 'after' must equal its count in the PDFium text,
and no keep probe may contain a redact probe of the same document. Prints problems=N last.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels  # noqa: E402


def main() -> int:
    problems = 0
    tot_r = tot_k = tot_p = 0
    hidden = {}
    for gp in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gp.read_text(encoding="utf-8"))
        pdf = HERE / "docs" / g["doc"]
        need_ocr = any(p.get("ocr") for i in g["redact"] for p in i["probes"])
        ch = extract_channels(pdf, ocr="auto" if need_ocr else "off")
        chans = ch["channels"]
        text = chans["pdfium"]
        if ch["pages"] != g["pages"]:
            print(f"{g['doc']}: pages {ch['pages']} != gold {g['pages']}")
            problems += 1
        tot_p += g["pages"]
        for item in g["redact"]:
            for pr in item["probes"]:
                tot_r += 1
                if pr.get("after", 0) != 0:
                    print(f"{g['doc']}: redact probe {pr['text']!r} has after != 0")
                    problems += 1
                cc = channel_counts(chans, pr)
                if pr.get("ocr"):
                    ok = cc.get("ocr", 0) > 0
                    where = "ocr"
                elif pr.get("channel"):
                    where = pr["channel"]
                    ok = cc.get(where, 0) > 0 and count_in(text, pr) == 0
                    hidden[where] = hidden.get(where, 0) + 1
                else:
                    where = "pdfium"
                    ok = count_in(text, pr) > 0
                if not ok:
                    print(f"{g['doc']}: redact probe {pr['text']!r} not found in {where}: {cc}")
                    problems += 1
        reds = [pr for i in g["redact"] for pr in i["probes"]]
        for item in g["keep"]:
            for pr in item["probes"]:
                tot_k += 1
                c = count_in(text, pr)
                if c != pr["after"]:
                    print(f"{g['doc']}: keep probe {pr['text']!r} after={pr['after']} but PDFium count {c}")
                    problems += 1
                for rp in reds:
                    if count_in(pr["text"], rp):
                        print(f"{g['doc']}: keep probe {pr['text']!r} contains redact probe {rp['text']!r}")
                        problems += 1
    print(f"pages={tot_p} redact_probes={tot_r} keep_probes={tot_k} hidden={hidden}")
    print(f"problems={problems}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
