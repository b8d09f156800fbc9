"""Rebuild set CV (eval/blind/mixed90): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py cv03 cv17  # only these

Documents are defined in docs_procurement.py and docs_veterans.py with inline marks (see lib.py).
Every keep probe's 'after' is counted on the original's PDFium text with the evaluator's own
functions; every redact probe has after=0 and is checked by check_gold.py in the channel it claims.
A keep probe may not overlap a redact probe's match (checked here), so the gold cannot ask the tool
to keep and remove the same characters.
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, "/work/shared/eval")

from evaluate import count_in, probe_regex, text_pdfium  # noqa: E402

import lib  # noqa: E402
import docs_procurement  # noqa: E402
import docs_veterans  # noqa: E402

GOLD_DIR = HERE / "gold"
ALL = docs_procurement.DOCS + docs_veterans.DOCS


def spans(text, probe):
    return [(mo.start(), mo.end()) for mo in probe_regex(probe["text"], probe.get("word", False)).finditer(text)]


def finalize(stem: str, gold: lib.Gold) -> dict:
    pdf = lib.DOCS_DIR / f"{stem}.pdf"
    text, pages = text_pdfium(pdf)
    keep = []
    rsp = []
    for it in gold.redact.values():
        for pr in it["probes"]:
            if not pr.get("ocr") and not pr.get("channel"):
                rsp += spans(text, pr)
    for it in gold.keep.values():
        pr = it["probes"][0]
        n = count_in(text, pr)
        if n == 0:
            raise SystemExit(f"{stem}: keep probe {pr['text']!r} not in PDFium text")
        for a, b in spans(text, pr):
            for c, d in rsp:
                if a < d and c < b:
                    raise SystemExit(f"{stem}: keep probe {pr['text']!r} overlaps a redact match {text[c:d]!r}")
        pr["after"] = n
        keep.append(it)
    out = {"doc": f"{stem}.pdf", "pages": pages, "redact": list(gold.redact.values()), "keep": keep}
    GOLD_DIR.mkdir(exist_ok=True)
    (GOLD_DIR / f"{stem}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return out


def main(argv):
    only = set(argv)
    built = []
    docx_paths = []
    for fn in ALL:
        stem = fn.__name__
        if only and stem not in only:
            continue
        g = lib.new_gold()
        res = fn() or {}
        if res.get("docx"):
            docx_paths.append(res["docx"])
        built.append((stem, g, res.get("post")))
    lib.soffice_convert(docx_paths)
    tot_r = tot_k = tot_p = 0
    for stem, g, post in built:
        lib.G = g
        if post:
            post(lib.DOCS_DIR / f"{stem}.pdf")
        out = finalize(stem, g)
        nr = sum(len(i["probes"]) for i in out["redact"])
        nk = sum(len(i["probes"]) for i in out["keep"])
        tot_r += nr
        tot_k += nk
        tot_p += out["pages"]
        print(f"{stem}: pages={out['pages']} redact={nr} keep={nk}")
    print(f"docs={len(built)} pages={tot_p} redact={tot_r} keep={tot_k}")
    shutil.rmtree(lib.BUILD, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
