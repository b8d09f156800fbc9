"""Build gold/*.json and gold_spec.json for eval/real22 from spec_src.py.

'after' counts come from the evaluator's own functions (/work/shared/eval/evaluate.py):
redact probes get after=0 and must occur in some channel of the original; keep probes get
after = their count in the PDFium text of the original (the channel the evaluator checks).

    python make_gold.py [--cache DIR]   (DIR: pickled extract_channels results, optional)
"""
import argparse
import json
import pickle
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
from evaluate import extract_channels, channel_counts, count_in  # noqa: E402
sys.path.insert(0, str(HERE))
from spec_src import DOCS  # noqa: E402


def channels(name, src, cache):
    if cache:
        p = Path(cache) / f"ch_{src}.pkl"
        if p.exists():
            return pickle.loads(p.read_bytes())
    return extract_channels(HERE / "pdfs" / name)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", default=None)
    a = ap.parse_args()
    (HERE / "gold").mkdir(exist_ok=True)
    problems = 0
    spec = {}
    tot_r = tot_k = 0
    for name, d in sorted(DOCS.items()):
        ch = channels(name, d["src"], a.cache)
        chans = ch["channels"]
        gold = {"doc": name, "pages": ch["pages"], "redact": [], "keep": []}
        for item in d["redact"]:
            probes = []
            for pr in item["probes"]:
                cc = channel_counts(chans, pr)
                if not cc:
                    print(f"PROBLEM {name}: redact probe {pr['text']!r} not found in any channel")
                    problems += 1
                probes.append({"text": pr["text"], "word": pr["word"], "after": 0})
                tot_r += 1
            gold["redact"].append({"kind": item["kind"], "value": item["value"], "probes": probes})
        for item in d["keep"]:
            probes = []
            for pr in item["probes"]:
                c = count_in(chans.get("pdfium", ""), pr)
                if c == 0:
                    print(f"PROBLEM {name}: keep probe {pr['text']!r} not in PDFium text")
                    problems += 1
                probes.append({"text": pr["text"], "word": pr["word"], "after": c})
                tot_k += 1
            gold["keep"].append({"kind": item["kind"], "value": item["value"], "probes": probes})
        (HERE / "gold" / (Path(name).stem + ".json")).write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        spec[name] = {"source_id": d["src"], "pages": ch["pages"], "image_pages": ch.get("image_pages", []),
                      "redact": d["redact"], "keep": d["keep"]}
    (HERE / "gold_spec.json").write_text(json.dumps(spec, ensure_ascii=False, indent=1) + "\n",
                                         encoding="utf-8")
    print(f"docs={len(DOCS)} redact_probes={tot_r} keep_probes={tot_k} problems={problems}")


if __name__ == "__main__":
    main()
