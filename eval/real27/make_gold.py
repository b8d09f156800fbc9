"""Write gold/*.json for eval/real27 from spec_src.py, counted with the shared evaluator's functions.

    python make_gold.py [--cache DIR]

Redact probes: after=0, and each must be found in some channel of the original (checked here and
again by check_gold.py). Keep probes: after = count in the PDFium text of the original; common keep
candidates that do not occur in a document are left out.
"""
import argparse, json, pickle, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
sys.path.insert(0, str(HERE))
from evaluate import extract_channels, channel_counts, count_in  # noqa: E402
import spec_src as S  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", type=Path, default=None)
    a = ap.parse_args()
    out = HERE / "gold"
    out.mkdir(exist_ok=True)
    bad = 0
    for doc in sorted(S.REDACT):
        pdf = HERE / "pdfs" / doc
        ch = None
        if a.cache and (a.cache / (pdf.stem + ".ch.pkl")).exists():
            ch = pickle.load(open(a.cache / (pdf.stem + ".ch.pkl"), "rb"))
        if ch is None:
            ch = extract_channels(pdf, ocr="auto")
        chans = ch["channels"]
        red = []
        for kind, value, probes in S.REDACT[doc]:
            ps = []
            for text, word in probes:
                p = {"text": text, "word": word, "after": 0}
                cc = channel_counts(chans, p)
                if not cc:
                    continue  # e.g. the unused first name of a shared item
                ps.append(p)
            if not ps:
                print(f"PROBLEM {doc}: redact item {value!r} not found")
                bad += 1
                continue
            red.append({"kind": kind, "value": value, "probes": ps})
        keep = []
        seen = set()
        cands = [] if doc.startswith("bzk_") else list(S.KEEP_COMMON)
        cands += S.KEEP_EXTRA.get(doc, [])
        for kind, value, text, word in cands:
            if text in S.KEEP_SKIP.get(doc, set()) or text in seen:
                continue
            p = {"text": text, "word": word}
            n = count_in(chans["pdfium"], p)
            if n == 0:
                continue
            seen.add(text)
            p["after"] = n
            keep.append({"kind": kind, "value": value, "probes": [p]})
        g = {"doc": doc, "pages": ch["pages"], "redact": red, "keep": keep}
        (out / (pdf.stem + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(doc, "redact", sum(len(i["probes"]) for i in red), "keep", len(keep))
    print("problems", bad)


if __name__ == "__main__":
    main()
