"""Check every probe of every gold file against the PDF it belongs to.

For each probe, the channel named in the gold ('text', 'metadata', 'outline', 'annotations', 'ocr';
keep probes: 'text') is extracted from the original PDF with the evaluator's own functions:
'text' = poppler `pdftotext` in reading order (no -layout; the -layout text interleaves side columns
and table cells, so a name that wraps is split there) and, where pdftotext splits a probe, PDFium (the
channel evaluate.py counts keep probes in);
'ocr' = tesseract of the page image (evaluate.ocr_text). A redact probe passes when it occurs MORE often
than its 'after' (something to redact is there); a keep probe passes when it occurs at least 'after'
times. Usage: python check_gold.py [--no-ocr]
"""
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import framework as fw

ev = fw.ev
HERE = Path(__file__).resolve().parent


def main(argv):
    no_ocr = "--no-ocr" in argv
    tot = {"redact": 0, "keep": 0, "fail": 0, "pdfium_differs": 0, "pdfium_only": 0}
    for gf in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        pdf = HERE / "docs" / g["doc"]
        ch = {"text": ev.norm(subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"],
                                             capture_output=True).stdout.decode("utf-8", "replace"))}
        pdfium, npages = ev.text_pdfium(pdf)
        ch["metadata"], ch["outline"], ch["annotations"] = ev.meta_outline_annots(pdf)
        fails = []
        if npages != g["pages"]:
            fails.append(f"pages {npages} != {g['pages']}")
        if any(p.get("ocr") for i in g["redact"] for p in i["probes"]) and not no_ocr:
            with tempfile.TemporaryDirectory() as td:
                ch["ocr"] = ev.ocr_text(pdf, Path(td), list(range(1, npages + 1)))
        for side in ("redact", "keep"):
            for item in g[side]:
                for p in item["probes"]:
                    tot[side] += 1
                    c = p.get("channel", "text")
                    if c == "ocr" and no_ocr:
                        continue
                    v = ch[c]
                    n = ev.ocr_count(v, p) if isinstance(v, list) else ev.count_in(v, p)
                    ok = n > p["after"] if side == "redact" else n >= p["after"]
                    if not ok and c == "text":
                        n2 = ev.count_in(pdfium, p)
                        ok = n2 > p["after"] if side == "redact" else n2 >= p["after"]
                        if ok:
                            tot["pdfium_only"] += 1
                            print(f"    (PDFium only) {side} {p['text']!r}: pdftotext {n}, PDFium {n2}, after {p['after']}")
                    if not ok:
                        fails.append(f"{side} {p['text']!r} in {c}: found {n}, after {p['after']}")
                    if c == "text" and ev.count_in(pdfium, p) != n:
                        tot["pdfium_differs"] += 1
        nr = sum(len(i["probes"]) for i in g["redact"])
        nk = sum(len(i["probes"]) for i in g["keep"])
        print(f"{g['doc']:<45} pages={g['pages']} redact={nr:3d} keep={nk:3d} {'OK' if not fails else 'FAIL'}")
        for f in fails:
            print("   ", f)
        tot["fail"] += len(fails)
    print(f"TOTAL docs={len(list((HERE / 'gold').glob('*.json')))} redact={tot['redact']} keep={tot['keep']} "
          f"failures={tot['fail']} (text probes whose pdftotext count differs from PDFium: {tot['pdfium_differs']}; "
          f"passed on PDFium only: {tot['pdfium_only']})")
    return 1 if tot["fail"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
