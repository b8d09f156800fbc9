"""Build blind set mixed39 (AW): PDFs in docs/, gold in gold/. MIT licence.

    /work/main/.venv/bin/python build.py [name-filter ...]
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import framework  # noqa: E402
import content_a  # noqa: E402
import content_b  # noqa: E402
import content_c  # noqa: E402

DOCS = content_a.DOCS + content_b.DOCS + content_c.DOCS


def main(argv):
    (HERE / "docs").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    names = [d["name"] for d in DOCS]
    assert len(names) == len(set(names)), "duplicate names"
    for d in DOCS:
        if argv and not any(a in d["name"] for a in argv):
            continue
        pdf = HERE / "docs" / d["name"]
        framework.build_pdf(d, pdf)
        gold = framework.make_gold(d, pdf, print)
        (HERE / "gold" / (pdf.stem + ".json")).write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        nr = sum(len(i["probes"]) for i in gold["redact"])
        nk = sum(len(i["probes"]) for i in gold["keep"])
        print(f"{d['name']:<55} {d['producer']:<5} pages={gold['pages']} redact={nr} keep={nk}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
