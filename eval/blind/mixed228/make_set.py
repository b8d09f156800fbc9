"""Rebuild set FD (eval/blind/mixed228): a municipal bicycle depot. Documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py fd03 fd17  # only these

Redact items come from the batch registry in persons.py (every form of a person found in a document
is gold in that document) plus per-document extras and hidden-channel items; keep items are the
public terms of persons.py counted on the original's PDFium text with the evaluator's own count_in.
A keep probe may not overlap a redact probe's match. Scratch files go to /tmp/s228_build.
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import lib  # noqa: E402
from lib import DOCS_DIR, GOLD_DIR, TMP, make_gold  # noqa: E402
from persons import K, P  # noqa: E402


def all_docs():
    import content_a, content_b, content_c  # noqa: E401
    from content_x import EXTRA
    docs = content_a.D + content_b.D + content_c.D
    for d in docs:
        d["blocks"] = d["blocks"] + EXTRA.get(d["stem"], [])
    return docs


def build(d):
    out = DOCS_DIR / f"{d['stem']}.pdf"
    TMP.mkdir(parents=True, exist_ok=True)
    kind = d["producer"]
    if kind in ("rl", "form"):
        lib.build_reportlab(out, d["blocks"], font=d.get("font", "Helvetica"), acro=d.get("acro"))
    elif kind == "scan":
        lib.build_scan(out, d["blocks"], angle=d.get("angle", 0.6), hand=d.get("hand", ()))
    elif kind in ("docx", "odt"):
        src = TMP / f"{d['stem']}.docx"
        lib.build_docx(src, d["blocks"])
        if kind == "odt":
            lib.soffice(src, TMP, "odt")
            src = TMP / f"{d['stem']}.odt"
        lib.soffice(src, TMP, "pdf")
        shutil.copy(TMP / f"{d['stem']}.pdf", out)
    m = d.get("meta", {})
    lib.postprocess(out, producer=m.get("producer"), creator=m.get("creator"), author=m.get("author"),
                    xmp_creator=m.get("xmp"), outline=d.get("outline"), notes=d.get("notes"))
    return out


def main(argv):
    docs = all_docs()
    sel = [d for d in docs if not argv or any(d["stem"].startswith(a) for a in argv)]
    DOCS_DIR.mkdir(exist_ok=True)
    GOLD_DIR.mkdir(exist_ok=True)
    allp = []
    for d in sel:
        path = build(d)
        gold, problems = make_gold(d, path, P, K)
        (GOLD_DIR / f"{d['stem']}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                    encoding="utf-8")
        nr = sum(len(i["probes"]) for i in gold["redact"])
        nk = sum(len(i["probes"]) for i in gold["keep"])
        print(f"{d['stem']}: pages={gold['pages']} redact={nr} keep={nk}" + (" PROBLEMS" if problems else ""))
        allp += problems
    for p in allp:
        print("  !", p)
    print(f"problems={len(allp)}")


if __name__ == "__main__":
    main(sys.argv[1:])
