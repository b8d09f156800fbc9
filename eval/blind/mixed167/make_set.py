"""Rebuild set mixed167 (asbestos at the demolition of OBS Jan Ligthart, Havelte): docs/ and gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py as03 as15  # only these

Documents are written in a small markup ([[x]] or [[x|KIND]] = redact, {{x}} or {{x|KIND}} = keep), see
engine.py. Keep probes are counted on the original's PDFium text with the evaluator's functions and must
survive a simulated redaction of all redact probes; OCR probes of scans are checked against the
evaluator's OCR (a probe the OCR cannot read is dropped and reported).
"""
import json, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from engine import GOLD, make_gold  # noqa: E402


def main(argv):
    import content_a, content_b, content_c, content_d
    docs = content_a.DOCS + content_b.DOCS + content_c.DOCS + content_d.DOCS
    sel = [d for d in docs if not argv or any(d.stem.startswith(a) for a in argv)]
    GOLD.mkdir(exist_ok=True)
    allp = []
    for d in sel:
        pdf = d.build()
        gold, probs = make_gold(d, pdf)
        (GOLD / f"{d.stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        nr = sum(len(i["probes"]) for i in gold["redact"]); nk = sum(len(i["probes"]) for i in gold["keep"])
        print(f"{d.stem}: pages={gold['pages']} redact={nr} keep={nk}" + (" PROBLEMS" if probs else ""), flush=True)
        allp += probs
    for p in allp:
        print("  !", p)
    print(f"problems={len(allp)}")


if __name__ == "__main__":
    main(sys.argv[1:])
