"""Build the blind set mixed8 (set R): docs/*.pdf and gold/*.json.

    /work/main/.venv/bin/python eval/blind/mixed8/generate.py [r01 r02 ...]   (prefix match)

Exit 1 (with ERROR lines on stderr) when a probe does not match the rendered PDF.
framework.py is the tool set of eval/blind/mixed7 (renderers, markup, gold derivation), extended
here with an HTML renderer (Chromium / LibreOffice Writer-Web), a right-hand side column for
reportlab and 300-dpi scans (pdftoppm + Pillow).
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
LABELS = {"writer": "Flat ODT -> LibreOffice 7.4 Writer", "rl": "reportlab platypus",
          "scan": "scan (reportlab -> pdftoppm 300 dpi -> Pillow skew/noise -> Pillow PDF, raster only)",
          "chrome": "HTML -> Chromium headless print-to-PDF", "lohtml": "HTML -> LibreOffice 7.4 Writer (HTML import filter)"}


def build(name: str, doc: dict, errors: list) -> dict:
    doc = dict(doc)
    led = fw.Ledger()
    out = HERE / "docs" / f"{name}.pdf"
    pr = doc["producer"]
    if pr == "writer":
        fw.Writer(led, doc).render(out)
    elif pr == "rl":
        fw.RL(led, doc).render(out)
    elif pr == "scan":
        fw.render_scan300(led, doc, out)
    elif pr in ("chrome", "lohtml"):
        fw.HTMLDoc(led, doc).render(out, "chromium" if pr == "chrome" else "soffice")
    else:
        raise SystemExit(f"unknown producer {pr}")
    fw.post(led, doc, out)
    lab = LABELS[pr]
    if pr == "rl":
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
    names = [n for n in sorted(DOCS) if not argv or any(n.startswith(a) for a in argv)]
    errors, tot_r, tot_k, pages = [], 0, 0, 0
    for n in names:
        g = build(n, DOCS[n], errors)
        r = sum(len(i["probes"]) for i in g["redact"])
        k = sum(len(i["probes"]) for i in g["keep"])
        tot_r, tot_k, pages = tot_r + r, tot_k + k, pages + g["pages"]
        print(f"{n:<48} pages={g['pages']} redact={r} keep={k}", flush=True)
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    print(f"documents={len(names)} pages={pages} redact={tot_r} keep={tot_k} errors={len(errors)}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
