"""Check set CG's gold against its originals with the evaluator's own functions.

Every redact probe must be present in the original in the channel claimed: page text (PDFium) for
ordinary probes, OCR for probes marked "ocr", and for the probes listed in hidden.json the named
hidden channel (metadata, outline, annotations) while absent from the PDFium page text. Every keep
probe's 'after' must equal its count in the original's PDFium text. Prints problems=N.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels  # noqa: E402


def main() -> int:
    hidden = json.loads((HERE / "hidden.json").read_text())
    problems = 0
    nred = nkeep = 0
    for gp in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gp.read_text())
        pdf = HERE / "docs" / g["doc"]
        ch = extract_channels(pdf, ocr="auto")
        chans = ch["channels"]
        if ch.get("pages") != g["pages"]:
            print(f"{g['doc']}: pages {ch.get('pages')} != {g['pages']}")
            problems += 1
        hid = {h["text"]: h["channel"] for h in hidden.get(g["doc"], [])}
        for item in g["redact"]:
            for pr in item["probes"]:
                nred += 1
                if pr["after"] != 0:
                    print(f"{g['doc']}: redact probe {pr['text']!r} after != 0")
                    problems += 1
                cc = channel_counts(chans, pr)
                if pr.get("ocr"):
                    ok = cc.get("ocr", 0) > 0
                    where = "ocr"
                elif pr["text"] in hid:
                    where = hid[pr["text"]]
                    ok = cc.get(where, 0) > 0 and count_in(chans["pdfium"], pr) == 0
                else:
                    where = "pdfium"
                    ok = cc.get("pdfium", 0) > 0
                if not ok:
                    print(f"{g['doc']}: redact probe {pr['text']!r} not found in {where} ({cc})")
                    problems += 1
        for item in g["keep"]:
            for pr in item["probes"]:
                nkeep += 1
                c = count_in(chans["pdfium"], pr)
                if c != pr["after"] or c == 0:
                    print(f"{g['doc']}: keep probe {pr['text']!r} after={pr['after']} but found {c}")
                    problems += 1
    print(f"redact_probes={nred} keep_probes={nkeep}")
    print(f"problems={problems}")
    return 0 if problems == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
