"""Build the blind set mixed7: docs/*.pdf and gold/*.json.

    /work/main/.venv/bin/python eval/blind/mixed7/generate.py [q01 q02 ...]

Exit 1 (with ERROR lines on stderr) when a probe does not match the rendered PDF.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import framework as fw  # noqa: E402
from docs_a import DOCS as A  # noqa: E402
from docs_b import DOCS as B  # noqa: E402
from docs_c import DOCS as C  # noqa: E402

DOCS = {**A, **B, **C}
LABELS = {"writer": "Flat ODT -> LibreOffice 7.4 Writer", "rl": "reportlab platypus", "scan": "scan (raster only)"}


def build(name: str, doc: dict, errors: list) -> dict:
    doc = dict(doc)
    led = fw.Ledger()
    out = HERE / "docs" / f"{name}.pdf"
    if doc["producer"] == "writer":
        fw.Writer(led, doc).render(out)
    elif doc["producer"] == "rl":
        fw.RL(led, doc).render(out)
    elif doc["producer"] == "scan":
        fw.render_scan(led, doc, out)
    else:
        raise SystemExit(f"unknown producer {doc['producer']}")
    fw.post(led, doc, out)
    lab = LABELS[doc["producer"]]
    if doc.get("producer") == "rl":
        lab += f" ({doc.get('font', 'DejaVuSans')})"
    extras = [x for x in ("gs", "qpdf", "objstreams") if doc.get(x)]
    if extras:
        lab += " -> " + {"gs": "Ghostscript pdfwrite", "qpdf": "qpdf object streams",
                         "objstreams": "pikepdf object streams"}[extras[0]]
    doc["producer_label"] = lab
    gold = fw.build_gold(led, doc, name, out, errors)
    (HERE / "gold" / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return gold


def main(argv):
    (HERE / "docs").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    names = argv or sorted(DOCS)
    errors, tot_r, tot_k, pages = [], 0, 0, 0
    for n in names:
        g = build(n, DOCS[n], errors)
        r = sum(len(i["probes"]) for i in g["redact"])
        k = sum(len(i["probes"]) for i in g["keep"])
        tot_r, tot_k, pages = tot_r + r, tot_k + k, pages + g["pages"]
        print(f"{n:<45} pages={g['pages']} redact={r} keep={k}")
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    print(f"documents={len(names)} pages={pages} redact={tot_r} keep={tot_k} errors={len(errors)}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
