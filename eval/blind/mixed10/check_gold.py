"""Check the gold of set T (mixed10) against the PDFs, independently of generate.py.

    /work/main/.venv/bin/python check_gold.py [--ocr-off]

Every redact probe must occur in its original more often than its `after`: in the text channels
(pdfium, pdfplumber, pdftotext), or for `"channel": "hidden"` in metadata/outline/annotations, or for
`"ocr": true` in the evaluator's OCR of the page images. Every keep probe must occur at least `after`
(>= 1) times in the PDFium text. Also: page count as in the gold, file < 1 MB, no markup left in the text.
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
import evaluate as ev  # noqa: E402

HERE = Path(__file__).resolve().parent
TEXT = ("pdfium", "pdfplumber", "pdftotext")
HIDDEN = ("metadata", "outline", "annotations")


def main(argv):
    ocr = "off" if "--ocr-off" in argv else "auto"
    tot = dict(docs=0, pages=0, redact=0, red_ok=0, ocr=0, hidden=0, keep=0, keep_ok=0)
    failing = 0
    for gf in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        pdf = HERE / "docs" / g["doc"]
        scan = any(p.get("ocr") for it in g["redact"] for p in it["probes"])
        ch = ev.extract_channels(pdf, ocr=ocr if scan else "off")
        c = ch["channels"]
        bad = []
        if ch.get("pages") != g["pages"]:
            bad.append(f"pages {ch.get('pages')} != {g['pages']}")
        if pdf.stat().st_size >= 1_000_000:
            bad.append("file >= 1 MB")
        if "[[" in c.get("pdfium", "") or "{{" in c.get("pdfium", ""):
            bad.append("markup left in text")
        for it in g["redact"]:
            for p in it["probes"]:
                tot["redact"] += 1
                if p.get("ocr"):
                    tot["ocr"] += 1
                    if ocr == "off":
                        tot["red_ok"] += 1
                        continue
                    names = ("ocr",)
                elif p.get("channel") == "hidden":
                    tot["hidden"] += 1
                    names = HIDDEN
                else:
                    names = TEXT
                counts = {k: v for k, v in ev.channel_counts(c, p).items() if k in names}
                if any(v > p["after"] for v in counts.values()):
                    tot["red_ok"] += 1
                else:
                    bad.append(f"redact {p['text']!r} after={p['after']} found={counts}")
        for it in g["keep"]:
            for p in it["probes"]:
                tot["keep"] += 1
                n = ev.count_in(c["pdfium"], p)
                if p["after"] >= 1 and n >= p["after"]:
                    tot["keep_ok"] += 1
                else:
                    bad.append(f"keep {p['text']!r} after={p['after']} pdfium={n}")
        tot["docs"] += 1
        tot["pages"] += g["pages"]
        failing += bool(bad)
        print(f"{g['doc']:<62} {'OK' if not bad else 'FAIL'}" + "".join(f"\n    {b}" for b in bad), flush=True)
    print(f"docs={tot['docs']} pages={tot['pages']} redact_probes={tot['redact']} (ocr={tot['ocr']}, "
          f"hidden={tot['hidden']}) redact_ok={tot['red_ok']} keep_probes={tot['keep']} keep_ok={tot['keep_ok']} "
          f"failing_docs={failing}")
    return 1 if failing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
