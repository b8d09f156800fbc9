"""Check gold of blind set mixed97: every redact probe is present in the original in the channel it
claims (default: PDFium text; 'ocr': OCR of the image pages; 'channel': metadata / outline /
annotations), with after=0; every keep probe's 'after' equals its count in the PDFium text.
Prints problems=N on the last line."""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, text_pdfium  # noqa: E402

problems = 0
nred = nkeep = 0
for g in sorted((HERE / "gold").glob("*.json")):
    gold = json.loads(g.read_text())
    pdf = HERE / "docs" / gold["doc"]
    text, n = text_pdfium(pdf)
    need_ocr = any(p.get("ocr") for it in gold["redact"] for p in it["probes"])
    ch = extract_channels(pdf, ocr="auto" if need_ocr else "off")["channels"]
    if n != gold["pages"]:
        print(gold["doc"], "pages", n, "!=", gold["pages"]); problems += 1
    for it in gold["redact"]:
        for p in it["probes"]:
            nred += 1
            if p.get("after", 0) != 0:
                print(gold["doc"], "redact after != 0", p); problems += 1
            cc = channel_counts(ch, p)
            want = "ocr" if p.get("ocr") else p.get("channel", "pdfium")
            if not cc.get(want):
                print(gold["doc"], "redact probe not in", want, repr(p["text"]), cc); problems += 1
            if p.get("channel") and cc.get("pdfium"):
                print(gold["doc"], "hidden-channel probe also in page text", repr(p["text"])); problems += 1
    for it in gold["keep"]:
        for p in it["probes"]:
            nkeep += 1
            c = count_in(text, p)
            if c != p["after"] or c == 0:
                print(gold["doc"], "keep count", repr(p["text"]), c, "!=", p["after"]); problems += 1
print(f"docs={len(list((HERE / 'gold').glob('*.json')))} redact_probes={nred} keep_probes={nkeep}")
print(f"problems={problems}")
