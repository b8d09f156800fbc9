"""Build gold/*.json from spec_src.py by counting every probe in the originals with the shared
evaluator's own functions (extract_channels, channel_counts, count_in). Usage:
    python make_gold.py [--cache DIR]
Redact probes: must be found in some channel of the original; after = 0.
Keep probes: after = count in the PDFium text of the original (must be > 0).
"""
import argparse, json, pickle, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2] / "shared" / "eval"))  # /work/shared/eval
sys.path.insert(0, "/work/shared/eval")
from evaluate import extract_channels, channel_counts, count_in  # noqa: E402
from spec_src import SPEC  # noqa: E402


def probe(p):
    if isinstance(p, tuple):
        t, flag = p
        d = {"text": t, "word": False}
        if flag == "ocr":
            d["word"] = True
            d["ocr"] = True
        return d
    return {"text": p, "word": True}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", type=Path, default=None)
    a = ap.parse_args()
    problems = 0
    (HERE / "gold").mkdir(exist_ok=True)
    for doc, s in SPEC.items():
        pdf = HERE / "pdfs" / doc
        ch = None
        if a.cache:
            c = a.cache / (Path(doc).stem + ".ch.pkl")
            if c.exists():
                ch = pickle.load(open(c, "rb"))
        if ch is None:
            ch = extract_channels(pdf, ocr="auto")
            if a.cache:
                pickle.dump(ch, open(a.cache / (Path(doc).stem + ".ch.pkl"), "wb"))
        chans = ch["channels"]
        gold = {"doc": doc, "pages": ch["pages"], "redact": [], "keep": []}
        for kind, value, probes in s["R"]:
            item = {"kind": kind, "value": value, "probes": []}
            for p in probes:
                d = probe(p)
                cc = channel_counts(chans, d)
                if not cc:
                    print(f"PROBLEM {doc}: redact probe not found: {d['text']!r}")
                    problems += 1
                d["after"] = 0
                item["probes"].append(d)
            gold["redact"].append(item)
        for kind, value, probes in s["K"]:
            item = {"kind": kind, "value": value, "probes": []}
            for p in probes:
                d = probe(p)
                n = count_in(chans["pdfium"], d)
                if n == 0:
                    print(f"PROBLEM {doc}: keep probe not in PDFium text: {d['text']!r}")
                    problems += 1
                d["after"] = n
                item["probes"].append(d)
            gold["keep"].append(item)
        (HERE / "gold" / (Path(doc).stem + ".json")).write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"docs={len(SPEC)} problems={problems}")


if __name__ == "__main__":
    main()
