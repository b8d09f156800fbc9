"""Build gold/*.json for eval/real30 from spec_src.py, counted with the shared evaluator's functions.

    python make_gold.py [--cache DIR]

A probe is a string (word-anchored) or a (string, word) pair. Redact probes get after=0 and must
occur in some channel of the original; keep probes get after = their count in the PDFium text of
the original (probes with count 0 are dropped with a warning).
"""
import argparse, json, pickle, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
sys.path.insert(0, str(HERE.parents[2].parent / "shared" / "eval"))
from evaluate import extract_channels, channel_counts, count_in  # noqa: E402
from spec_src import SPEC  # noqa: E402


def channels(pdf, cache):
    if cache and (cache / (pdf.stem + ".ch.pkl")).exists():
        return pickle.load(open(cache / (pdf.stem + ".ch.pkl"), "rb"))
    return extract_channels(pdf, ocr="auto")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", type=Path, default=None)
    a = ap.parse_args()
    (HERE / "gold").mkdir(exist_ok=True)
    bad = 0
    for doc, spec in sorted(SPEC.items()):
        pdf = HERE / "pdfs" / doc
        ch = channels(pdf, a.cache)
        chans = ch["channels"]
        g = {"doc": doc, "pages": ch["pages"], "redact": [], "keep": []}
        for kind, value, texts in spec["redact"]:
            probes = []
            for t in texts:
                t, word = (t, True) if isinstance(t, str) else t
                p = {"text": t, "word": word, "after": 0}
                cc = channel_counts(chans, p)
                if not cc:
                    print(f"ERROR {doc}: redact probe {t!r} not found in any channel")
                    bad += 1
                probes.append(p)
            g["redact"].append({"kind": kind, "value": value, "probes": probes})
        for kind, value, texts in spec["keep"]:
            probes = []
            for t in texts:
                t, word = (t, True) if isinstance(t, str) else t
                p = {"text": t, "word": word}
                n = count_in(chans["pdfium"], p)
                if n == 0:
                    print(f"WARN {doc}: keep probe {t!r} has count 0 in PDFium text; dropped")
                    continue
                p["after"] = n
                probes.append(p)
            if probes:
                g["keep"].append({"kind": kind, "value": value, "probes": probes})
        (HERE / "gold" / (pdf.stem + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        nr = sum(len(i["probes"]) for i in g["redact"])
        nk = sum(len(i["probes"]) for i in g["keep"])
        print(f"{doc}: pages={g['pages']} redact={len(g['redact'])}/{nr} keep={nk}")
    print(f"errors={bad}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
