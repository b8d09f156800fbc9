"""Rebuild set CL (eval/blind/mixed80): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py           # all documents
    /work/main/.venv/bin/python make_set.py cl03 cl09  # only these

Gold is derived, not typed: every redact item of registry.py whose probe occurs in a document's source
text becomes a redact probe (after=0; checked present in PDFium text, or in OCR for scans); hidden-channel
items are declared per document and checked in their channel; every keep item of registry.py found in the
original's PDFium text becomes a keep probe with after = that count (evaluator's own count_in). A keep
occurrence that overlaps a redact occurrence in the source text stops the build.
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import fw  # noqa: E402
from fw import (add_hidden, count_in, docx_file, extract_channels, channel_counts, find_spans,  # noqa: E402
                form_fields, lo_convert, norm, plain, rl_pdf, scan_pdf, text_pdfium)
from registry import KEEP, REDACT  # noqa: E402
import docs_c  # noqa: E402,F401
from docs_a import D  # noqa: E402

DOCS_DIR, GOLD_DIR, BUILD = fw.DOCS_DIR, fw.GOLD_DIR, fw.BUILD


def build(docs):
    DOCS_DIR.mkdir(exist_ok=True)
    GOLD_DIR.mkdir(exist_ok=True)
    BUILD.mkdir(exist_ok=True)
    pending = []
    for d in docs:
        out = DOCS_DIR / f"{d['id']}.pdf"
        p = d["producer"]
        if p == "rl":
            cb = form_fields(d["fields"]) if d.get("fields") else None
            rl_pdf(out, d["blocks"], fnt=d.get("font", "Helvetica"), size=d.get("size", 10),
                   land=d.get("land", False), title=d.get("title", ""), author=d.get("author", ""),
                   on_first=cb)
        elif p == "docx":
            src = BUILD / f"{d['id']}.docx"
            docx_file(src, d["blocks"], fnt=d.get("font", "Calibri"), author=d.get("author", ""), title=d.get("title", ""))
            pending.append(src)
        elif p in ("scan", "scanhand"):
            src = BUILD / f"{d['id']}-src.pdf"
            rl_pdf(src, d["blocks"], fnt=d.get("font", "Times"), size=d.get("size", 11))
            scan_pdf(src, out, seed=sum(map(ord, d["id"])), dpi=300 if p == "scanhand" else 150, noise=6 if p == "scanhand" else 14,
                     angle=0.9 if p == "scanhand" else 0.5)
    lo_convert(pending, BUILD)
    for src in pending:
        shutil.copy(BUILD / (src.stem + ".pdf"), DOCS_DIR / (src.stem + ".pdf"))
    for d in docs:
        h = d.get("hidden")
        if h:
            add_hidden(DOCS_DIR / f"{d['id']}.pdf", author=h.get("author"), xmp_creator=h.get("xmp"),
                       outline=h.get("outline"), annots=h.get("annots"))


def make_gold(d, problems, dropped):
    pdf = DOCS_DIR / f"{d['id']}.pdf"
    src = norm(plain(d["blocks"]))
    text, pages = text_pdfium(pdf)
    scan = d["producer"].startswith("scan")
    ch = None
    if scan or d.get("hidden_gold"):
        ch = extract_channels(pdf, ocr="auto" if scan else "off")["channels"]
    redact, used = [], set()
    rspans = []
    for kind, value, probes in REDACT:
        prs = []
        for t in probes:
            if t in used or not count_in(src, {"text": t, "word": True}):
                continue
            pr = {"text": t, "word": True, "after": 0}
            if scan:
                pr["ocr"] = True
                if not channel_counts(ch, pr).get("ocr"):
                    dropped.append(f"{d['id']}: OCR does not read {t!r}")
                    continue
            elif not count_in(text, pr):
                problems.append(f"{d['id']}: redact probe {t!r} not in PDFium text")
                continue
            used.add(t)
            prs.append(pr)
            rspans += find_spans(src, t, True)
        if prs:
            redact.append({"kind": kind, "value": value, "probes": prs})
    for kind, value, probes, chan in d.get("hidden_gold", []):
        prs = []
        for t in probes:
            pr = {"text": t, "word": True, "after": 0, "channel": chan}
            cc = channel_counts(ch, pr)
            if not cc.get(chan):
                problems.append(f"{d['id']}: hidden probe {t!r} not in {chan}: {cc}")
            if count_in(text, pr):
                problems.append(f"{d['id']}: hidden probe {t!r} is also in the page text")
            prs.append(pr)
        redact.append({"kind": kind, "value": value, "probes": prs})
    keep = []
    if not scan:
        for kind, t in KEEP:
            pr = {"text": t, "word": True}
            c = count_in(text, pr)
            if not c:
                continue
            for ks, ke in find_spans(src, t, True):
                for rs, re_ in rspans:
                    if ks < re_ and rs < ke:
                        problems.append(f"{d['id']}: keep {t!r} overlaps a redact probe at {ks}")
            pr["after"] = c
            keep.append({"kind": kind, "value": t, "probes": [pr]})
    g = {"doc": f"{d['id']}.pdf", "pages": pages, "producer": d["producer"], "redact": redact,
         "keep": keep}
    (GOLD_DIR / f"{d['id']}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n")
    return g


def main(argv):
    docs = [d for d in D if not argv or d["id"] in argv]
    build(docs)
    problems, dropped = [], []
    tot_r = tot_k = tot_p = 0
    for d in docs:
        g = make_gold(d, problems, dropped)
        nr = sum(len(i["probes"]) for i in g["redact"])
        nk = sum(len(i["probes"]) for i in g["keep"])
        tot_r += nr
        tot_k += nk
        tot_p += g["pages"]
        print(f"{d['id']}: pages={g['pages']} redact={nr} keep={nk} ({d['producer']})")
    print("\n".join(dropped))
    print("\n".join(problems))
    print(f"docs={len(docs)} pages={tot_p} redact={tot_r} keep={tot_k} problems={len(problems)}")
    shutil.rmtree(BUILD, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
