"""Rebuild set CO (eval/blind/mixed83): a Woo dossier of a regional youth-care region.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py co03 co17  # only these

Documents are defined in content_a.py / content_b.py / content_c.py (blocks + gold items), rendered with
reportlab (several fonts), python-docx -> LibreOffice, or as image-only scans; hidden-channel data is
added with pikepdf. Every keep probe's 'after' is counted on the original's PDFium text with the
evaluator's own functions; every redact probe has after=0 and is checked by check_gold.py in the
channel it claims.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import lib  # noqa: E402
import content_a, content_b, content_c  # noqa: E402

DOCS = content_a.DOCS + content_b.DOCS + content_c.DOCS
LABEL = {"rl": "reportlab", "docx": "python-docx -> LibreOffice", "scan": "image-only scan (reportlab -> raster -> JPEG)",
         "custom": "reportlab canvas (AcroForm)"}


def main(argv):
    want = set(argv)
    todo = [d for d in DOCS if not want or d["stem"] in want]
    lib.DOCS_DIR.mkdir(exist_ok=True)
    lib.GOLD_DIR.mkdir(exist_ok=True)
    pairs = []
    with tempfile.TemporaryDirectory(prefix="co-build-") as td:
        td = Path(td)
        for d in todo:
            out = lib.DOCS_DIR / (d["stem"] + ".pdf")
            pr = d["producer"]
            d["producer_label"] = LABEL[pr] + ("" if pr not in ("rl", "scan") else f" ({d.get('font', 'helv')})")
            if pr == "rl":
                lib.render_rl(d, out)
            elif pr == "docx":
                dx = td / (d["stem"] + ".docx")
                lib.render_docx(d, dx)
                pairs.append((dx, out))
            elif pr == "scan":
                tmp = td / (d["stem"] + "-src.pdf")
                lib.render_rl(d, tmp)
                lib.scan_pdf(tmp, out, seed=sum(map(ord, d["stem"])), angle=d.get("angle", 0.5), dpi=d.get("dpi", 150))
            elif pr == "custom":
                d["custom"](d, out)
        lib.docx_batch_to_pdf(pairs)
    problems = []
    for d in todo:
        out = lib.DOCS_DIR / (d["stem"] + ".pdf")
        lib.add_hidden(out, d)
        problems += lib.write_gold(d, out)
    for p in problems:
        print("PROBLEM", p)
    print(f"built {len(todo)} documents, problems={len(problems)}")


if __name__ == "__main__":
    main(sys.argv[1:])
