"""Rebuild set CT (eval/blind/mixed88): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py ct03 ct17  # only these

Documents are written in docs_school.py (Inspectie van het Onderwijs, the school and its bestuur),
docs_duo.py (DUO student finance) and docs_ocw.py (the ministry OCW). Every keep probe's 'after' is
counted on the original's PDFium text with the evaluator's own functions (with the redact values blanked,
as a correct tool leaves the text); every redact probe has after=0 and is checked by check_gold.py in the
channel it claims (text, ocr, metadata, outline, annotations).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import lib  # noqa: E402
import docs_school, docs_duo, docs_ocw  # noqa: E402,E401

REGISTRY = docs_school.DOCS + docs_duo.DOCS + docs_ocw.DOCS


def main(argv):
    want = set(argv)
    todo = [f for f in REGISTRY if not want or f.stem in want]
    docs, docx_stems = [], []
    for f in todo:
        d = lib.Doc(f.stem, f.title, f.producer)
        f(d)
        docs.append((f, d))
        if f.producer.startswith("python-docx"):
            docx_stems.append(f.stem)
    lib.docx_convert(docx_stems, lib.DOCS_DIR)
    problems, pages = [], 0
    for f, d in docs:
        post = getattr(d, "post", None)
        if post:
            post(d.path)
        res = lib.finalize(d)
        problems += res["problems"]
        pages += res["pages"]
    for p in lib.DROPPED:
        print("OCR-unreadable, not probed:", p)
    for p in problems:
        print("PROBLEM", p)
    print(f"docs={len(docs)} pages={pages} problems={len(problems)}")


if __name__ == "__main__":
    main(sys.argv[1:])
