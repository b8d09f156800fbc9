"""Build set AN (mixed30): python build.py [ID-prefix ...]

Writes docs/*.pdf and gold/*.json. Needs Chromium, LibreOffice, tesseract (nld), the fonts named in
README.md and python-pptx (PYPTX_PATH may point to a folder where it is installed)."""
from __future__ import annotations

import json
import sys

import framework as fw
import content_a
import content_b


def main(argv):
    fw.DOCS.mkdir(exist_ok=True)
    fw.GOLD.mkdir(exist_ok=True)
    fw.WORK.mkdir(parents=True, exist_ok=True)
    specs = content_a.DOCS + content_b.DOCS
    tot = {"docs": 0, "pages": 0, "redact": 0, "keep": 0, "hidden": 0, "ocr": 0}
    hidden = []
    allprob = []
    for name, fn in specs:
        if argv and not any(name.startswith(a) for a in argv):
            continue
        out = fw.DOCS / f"{name}.pdf"
        print("build", name, flush=True)
        spec = fn(out)
        gold, probs, stats = fw.make_gold(spec, out)
        allprob += probs
        for p in probs:
            print("  PROBLEM", p)
        (fw.GOLD / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
        nr = sum(len(i["probes"]) for i in gold["redact"])
        nk = sum(len(i["probes"]) for i in gold["keep"])
        print(f"  pages={gold['pages']} redact={nr} keep={nk} hidden={stats['hidden']} ocr={stats['ocr']}")
        hidden += [(name,) + h for h in stats.get("hidden_list", [])]
        tot["docs"] += 1
        tot["pages"] += gold["pages"]
        tot["redact"] += nr
        tot["keep"] += nk
        tot["hidden"] += stats["hidden"]
        tot["ocr"] += stats["ocr"]
    for h in hidden:
        print("  hidden-only:", h)
    print(" ".join(f"{k}={v}" for k, v in tot.items()), f"problems={len(allprob)}")


if __name__ == "__main__":
    main(sys.argv[1:])
