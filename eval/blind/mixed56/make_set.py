"""Rebuild set BN (eval/blind/mixed56): housing (woningcorporaties, huurcommissie, urgentie, ontruiming,
Wmo woningaanpassing, schimmel, Autoriteit woningcorporaties, Woo-besluit). Documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py           # all documents
    /work/main/.venv/bin/python make_set.py bn03 bn17 # only these

Every keep probe's 'after' is its count in the original's PDFium text (the evaluator's own functions);
every redact probe has after=0 and check_gold.py checks it is present in the channel its item claims.
"""
from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, "/work/shared/eval")

from evaluate import count_in, text_pdfium  # noqa: E402

import fw  # noqa: E402
import docs_a, docs_b, docs_c, docs_d  # noqa: E402,E401

BUILDERS = docs_a.ALL + docs_b.ALL + docs_c.ALL + docs_d.ALL


def build(d: fw.Doc):
    out = fw.DOCS_DIR / f"{d.stem}.pdf"
    with tempfile.TemporaryDirectory(prefix="bn-") as td:
        tmp = Path(td)
        if d.producer == "docx":
            src = tmp / f"{d.stem}.docx"
            d.docx.core_properties.author = d.author
            d.docx.core_properties.title = d.title
            d.docx.save(str(src))
            fw.docx_to_pdf(src, out)
        elif d.scan:
            mid = tmp / "mid.pdf"
            d.build_rl(mid)
            fw.rasterize(mid, out, seed=len(d.stem) + ord(d.stem[-1]), title=d.title,
                         angle=getattr(d, "angle", 0.5))
        else:
            d.build_rl(out)
        if d.post:
            import pikepdf
            mid = tmp / "post.pdf"
            with pikepdf.open(str(out)) as pdf:
                for fn in d.post:
                    fn(pdf)
                pdf.save(str(mid))
            mid.replace(out)
    text, pages = text_pdfium(out)
    keep = []
    for item in d.keep:
        for pr in item["probes"]:
            c = count_in(text, pr)
            if c == 0:
                raise SystemExit(f"{d.stem}: keep probe {pr['text']!r} not in PDFium text")
            pr["after"] = c
        keep.append(item)
    gold = {"doc": out.name, "pages": pages, "redact": d.red, "keep": keep}
    (fw.GOLD_DIR / f"{d.stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n")
    return pages


def main(argv):
    fw.DOCS_DIR.mkdir(exist_ok=True)
    fw.GOLD_DIR.mkdir(exist_ok=True)
    only = set(argv)
    for b in BUILDERS:
        d = b()
        if only and not any(d.stem.startswith(o) for o in only):
            continue
        n = build(d)
        print(f"{d.stem}: pages={n} redact={sum(len(i['probes']) for i in d.red)} "
              f"keep={sum(len(i['probes']) for i in d.keep)}")


if __name__ == "__main__":
    main(sys.argv[1:])
