"""Verify the gold of set AD (mixed20) against the PDFs.

Every redact probe must occur in the channel the gold names: the page text (pdftotext or pdfium), or, when the
probe says so, the metadata, outline or annotations (`"channel"`), or OCR of the image-only page (`"ocr": true`).
Every keep probe must occur `after` times in the pdfium text (after >= 1). A redact probe
may not match inside a keep probe of the same document. PDFs must be < 1 MB.
Usage: python check_gold.py [--ocr-off]
"""
import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
import evaluate as ev  # noqa: E402


def main(argv):
    ocr = "--ocr-off" not in argv
    bad = 0
    tot_r = tot_k = tot_pages = docs = ocr_n = hidden_n = 0
    for gp in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gp.read_text(encoding="utf-8"))
        pdf = HERE / "docs" / g["doc"]
        errs = []
        if not pdf.exists():
            print(f"{g['doc']}: MISSING PDF"); bad += 1; continue
        size = pdf.stat().st_size
        if size >= 1_000_000:
            errs.append(f"size {size} >= 1 MB")
        pdfium, n = ev.text_pdfium(pdf)
        ptt = ev.text_pdftotext(pdf)
        meta, outl, ann = ev.meta_outline_annots(pdf)
        chans = {"metadata": meta, "outline": outl, "annotations": ann}
        if n != g["pages"]:
            errs.append(f"pages {n} != gold {g['pages']}")
        ocr_entries = None
        if ocr and any(p.get("ocr") for it in g["redact"] for p in it["probes"]):
            with tempfile.TemporaryDirectory() as td:
                ocr_entries = ev.ocr_text(pdf, Path(td), list(range(1, n + 1)))
        for it in g["redact"]:
            for p in it["probes"]:
                tot_r += 1
                if p.get("ocr"):
                    ocr_n += 1
                    if ocr_entries is None:
                        continue
                    c = ev.ocr_count(ocr_entries, p)
                    where = "ocr"
                elif p.get("channel"):
                    hidden_n += 1
                    c = ev.count_in(chans[p["channel"]], p)
                    where = p["channel"]
                else:
                    c = max(ev.count_in(ptt, p), ev.count_in(pdfium, p))
                    where = "text"
                if c < 1:
                    errs.append(f"redact probe not found in {where}: {p['text']!r}")
        keeps = [p for it in g["keep"] for p in it["probes"]]
        for p in keeps:
            tot_k += 1
            c = ev.count_in(pdfium, p)
            if p["after"] < 1 or c != p["after"]:
                errs.append(f"keep probe {p['text']!r}: after={p['after']} pdfium={c}")
        for it in g["redact"]:
            for p in it["probes"]:
                rx = ev.probe_regex(p["text"], p.get("word", False))
                for k in keeps:
                    if rx.search(ev.norm(k["text"])):
                        errs.append(f"conflict: redact {p['text']!r} inside keep {k['text']!r}")
        docs += 1
        tot_pages += n
        nr = sum(len(i["probes"]) for i in g["redact"]); nk = len(keeps)
        print(f"{g['doc']}: pages={n} redact={nr} keep={nk} size={size // 1024}KB " + ("OK" if not errs else "FAIL"))
        for e in errs:
            print("   ", e)
        bad += bool(errs)
    print(f"docs={docs} pages={tot_pages} redact_probes={tot_r} (ocr={ocr_n}, hidden-channel={hidden_n}) "
          f"keep_probes={tot_k} failing_docs={bad}" + ("" if ocr else " (OCR not checked)"))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
