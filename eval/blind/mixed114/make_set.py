"""Rebuild set mixed114 (municipal elections, gemeente Zwolle): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py gr03 gr17  # only these

Redact probes come from the [[...]] spans of the documents (see lib.py) and from each document's
'hidden_probes'; every redact probe has after=0. Keep probes are the document's 'keep' list plus the
set-wide GLOBAL_KEEP terms that occur in it outside any span; their 'after' is counted on the
original's PDFium text with the evaluator's own functions. A lint on the source text refuses a redact
probe that also occurs outside a span and a keep probe that occurs inside one.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, "/work/shared/eval")

from evaluate import count_in, extract_channels, channel_counts, text_pdfium  # noqa: E402
import lib  # noqa: E402
from content import DOCS, GLOBAL_KEEP  # noqa: E402

DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"


def probe(text, **kw):
    d = {"text": text, "word": True}
    d.update(kw)
    return d


def occurrences(text: str, p: str):
    return [m.span() for m in lib.probe_regex(p, True).finditer(text)]


def build(doc: dict, idx: int) -> tuple[dict, list[str]]:
    problems = []
    stem = doc["stem"]
    path = DOCS_DIR / f"{stem}.pdf"
    prod = doc.get("producer", "rl")
    if prod == "rl":
        lib.build_rl(path, doc)
    elif prod == "docx":
        lib.build_docx(path, doc)
    elif prod == "scan":
        lib.build_scan(path, doc, seed=1140 + idx)
    elif prod == "image":
        doc["image_builder"](path)
    else:
        raise ValueError(prod)
    lib.add_hidden(path, doc)

    src = doc["image_source"] if prod == "image" else lib.source_text(doc)
    plain, spans = lib.spans_of(src)
    pl = lib.norm(plain)
    scan = prod in ("scan", "image")
    pdf_text, npages = text_pdfium(path)

    # ---------------- redact probes from spans
    items: dict = {}
    order = []
    for (s, e, disp, probes, kind) in spans:
        kind = kind or lib.guess_kind(disp)
        ps = probes or lib.derive_probes(disp, kind)
        for p in ps:
            if p in items:
                continue
            items[p] = (kind, disp)
            order.append(p)

    def inside(a, b):
        return any(s <= a and b <= e for (s, e, *_r) in spans)

    redact = []
    ch = None
    if scan:
        ch = extract_channels(path, ocr="auto")["channels"]
    for p in order:
        kind, disp = items[p]
        occ = occurrences(plain, p)
        bad = [plain[max(0, a - 25):b + 25] for (a, b) in occ if not inside(a, b)]
        if bad:
            problems.append(f"{stem}: redact probe {p!r} outside a span: {bad[:2]}")
        pr = probe(p, after=0)
        if scan:
            pr["ocr"] = True
            c = channel_counts(ch, pr).get("ocr", 0)
            if c == 0:
                print(f"  {stem}: OCR does not read {p!r}; probe left out")
                continue
            pr["channel"] = "ocr"
        else:
            if count_in(pdf_text, pr) == 0:
                problems.append(f"{stem}: redact probe {p!r} not in PDFium text")
            pr["channel"] = "text"
        redact.append({"kind": kind, "value": disp, "probes": [pr]})
    for hp in doc.get("hidden_probes", []):
        kind, value, text, channel = hp
        if count_in(pdf_text, probe(text)):
            problems.append(f"{stem}: hidden probe {text!r} is also in the page text")
        redact.append({"kind": kind, "value": value, "probes": [probe(text, after=0, channel=channel)]})

    # ---------------- keep probes
    keep = []
    seen = set()
    cands = [(k, True) for k in doc.get("keep", [])] + [(k, False) for k in GLOBAL_KEEP]
    for entry, explicit in cands:
        if isinstance(entry, tuple):
            kind, text = entry
        else:
            kind, text = "TERM", entry
        if text in seen:
            continue
        occ = occurrences(plain, text)
        if any(inside(a, b) for a, b in occ):
            if explicit:
                problems.append(f"{stem}: keep probe {text!r} occurs inside a span")
            continue
        if any(count_in(text, probe(r["probes"][0]["text"])) for r in redact):
            if explicit:
                problems.append(f"{stem}: keep probe {text!r} contains a redact probe")
            continue
        if scan:
            if explicit:
                problems.append(f"{stem}: keep probe on a scan: {text!r}")
            continue
        c = count_in(pdf_text, probe(text))
        if c == 0:
            if explicit:
                problems.append(f"{stem}: keep probe {text!r} not in PDFium text")
            continue
        if c != len(occ):
            print(f"  {stem}: keep {text!r}: source {len(occ)} vs PDFium {c} (PDFium count used)")
        seen.add(text)
        keep.append({"kind": kind, "value": text, "probes": [probe(text, after=c)]})

    label = doc.get("producer_label") or {
        "rl": f"reportlab ({doc.get('font', 'Helvetica')})",
        "docx": f"LibreOffice Writer from a python-docx .docx ({doc.get('docx_font', 'Carlito')})"}[prod]
    gold = {"doc": f"{stem}.pdf", "pages": npages, "producer": label,
            "redact": redact, "keep": keep}
    (GOLD_DIR / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                           encoding="utf-8")
    return gold, problems


def main(argv):
    DOCS_DIR.mkdir(exist_ok=True)
    GOLD_DIR.mkdir(exist_ok=True)
    want = set(argv)
    allp = []
    tot = {"docs": 0, "pages": 0, "redact": 0, "keep": 0}
    for i, doc in enumerate(DOCS):
        if want and doc["stem"] not in want:
            continue
        gold, problems = build(doc, i)
        nr = sum(len(r["probes"]) for r in gold["redact"])
        nk = sum(len(k["probes"]) for k in gold["keep"])
        print(f"{doc['stem']}: pages={gold['pages']} redact={nr} keep={nk}")
        for p in problems:
            print("  PROBLEM", p)
        allp += problems
        tot["docs"] += 1
        tot["pages"] += gold["pages"]
        tot["redact"] += nr
        tot["keep"] += nk
    print(tot, "problems=%d" % len(allp))


if __name__ == "__main__":
    main(sys.argv[1:])
