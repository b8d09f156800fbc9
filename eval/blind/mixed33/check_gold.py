"""Verify every probe of set AQ against its original with the evaluator's own functions; prints problems=N."""
import json, sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
import evaluate as ev  # noqa: E402

HERE = Path(__file__).resolve().parent
problems = 0
tot = {"docs": 0, "pages": 0, "redact": 0, "keep": 0, "ocr": 0, "hidden": 0}
for gp in sorted((HERE / "gold").glob("*.json")):
    g = json.loads(gp.read_text(encoding="utf-8"))
    pdf = HERE / "docs" / g["doc"]
    if not pdf.exists():
        print("MISSING", g["doc"]); problems += 1; continue
    image_only = any(p.get("ocr") for r in g["redact"] for p in r["probes"])
    ch = ev.extract_channels(pdf, ocr="auto" if image_only else "off")
    chans, text = ch["channels"], ch["channels"].get("pdfium", "")
    tot["docs"] += 1; tot["pages"] += ch.get("pages", 0)
    if ch.get("pages", 0) != g["pages"]:
        print("PAGES", g["doc"]); problems += 1
    for r in g["redact"]:
        for p in r["probes"]:
            tot["redact"] += 1
            if p.get("ocr"):
                tot["ocr"] += 1
                ok = ev.ocr_count(chans.get("ocr", []), p) > p.get("after", 0)
            elif p.get("hidden_only"):
                tot["hidden"] += 1
                ok = bool(ev.channel_counts(chans, p)) and ev.count_in(text, p) == 0
            else:
                ok = ev.count_in(text, p) > p.get("after", 0)
            if not ok:
                print("REDACT probe not present as stated:", g["doc"], p); problems += 1
    for k in g["keep"]:
        for p in k["probes"]:
            tot["keep"] += 1
            c = ev.count_in(text, p)
            if c < p["after"] or p["after"] < 1:
                print("KEEP probe count off:", g["doc"], p, c); problems += 1
print(" ".join(f"{k}={v}" for k, v in tot.items()))
print(f"problems={problems}")
