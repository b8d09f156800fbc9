"""Rebuild set mixed79 (omgevingsdienst / province enforcement dossier): docs/ and gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py mz03 mz10  # only these

Keep probes: 'after' is counted on the original's PDFium text with the evaluator's own functions;
a keep probe that overlaps a redacted value, or does not occur, is an authoring error (reported).
Redact probes: after=0; each names the channel it lives in ("text", "ocr", "metadata", "outline",
"annotations"); probes of scans are kept only when tesseract reads them in the original.
"""
from __future__ import annotations

import json
import zlib
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, "/work/shared/eval")

from evaluate import count_in, extract_channels, norm, ocr_count, text_pdfium  # noqa: E402

import lib  # noqa: E402
from docs79 import DOCS  # noqa: E402

DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"


def _probe(p, default_channel):
    if isinstance(p, dict):
        d = {"text": p["text"], "word": p.get("word", True), "after": 0,
             "channel": p.get("channel", default_channel)}
    else:
        d = {"text": p, "word": True, "after": 0, "channel": default_channel}
    if d["channel"] == "ocr":
        d["ocr"] = True
    return d


def build(doc: dict, work: Path) -> dict:
    pdf = DOCS_DIR / f"{doc['id']}.pdf"
    prod = doc.get("producer", "rl")
    if prod == "rl":
        lib.render_rl(pdf, doc)
    elif prod == "docx":
        lib.render_docx(pdf, doc, work)
    elif prod == "scan":
        lib.render_scan(pdf, doc, work, seed=zlib.crc32(doc["id"].encode()))
    else:
        raise ValueError(prod)
    hidden = doc.get("hidden", {})
    if hidden.get("annots"):
        lib.add_annotations(pdf, hidden["annots"])
    if hidden.get("xmp"):
        lib.set_xmp_creator(pdf, hidden["xmp"])

    default = "ocr" if prod == "scan" else "text"
    ch = extract_channels(pdf, ocr="auto" if prod == "scan" else "off")
    chans = ch["channels"]
    text = chans.get("pdfium", "")
    pages = ch["pages"]

    redact = []
    for kind, value, probes in doc["redact"]:
        item = {"kind": kind, "value": value, "probes": []}
        for p in probes:
            pr = _probe(p, default)
            c = chans.get(pr["channel"] if pr["channel"] != "text" else "pdfium")
            if pr["channel"] == "ocr":
                n = ocr_count(c or [], pr)
            else:
                n = count_in(c or "", pr)
            if n == 0:
                if len(probes) == 1 or pr["channel"] != "text":
                    print(f"  {doc['id']}: redact probe {pr['text']!r} not in {pr['channel']} -> dropped")
                continue
            item["probes"].append(pr)
        if item["probes"]:
            redact.append(item)

    # mask every redact value/probe to see whether a keep probe overlaps personal data
    masked = text
    vals = set()
    for kind, value, probes in doc["redact"]:
        vals.add(value)
        for p in probes:
            vals.add(p["text"] if isinstance(p, dict) else p)
    for v in sorted(vals, key=len, reverse=True):
        from evaluate import probe_regex
        masked = probe_regex(v, False).sub("\u2588" * 3, masked)

    keep = []
    for k in doc.get("keep", []):
        kind, ptxt = k[0], k[1]
        word = k[2] if len(k) > 2 else True
        pr = {"text": ptxt, "word": word}
        n = count_in(text, pr)
        nm = count_in(masked, pr)
        if n == 0:
            print(f"  {doc['id']}: keep probe {ptxt!r} not in text -> dropped")
            continue
        if nm != n:
            print(f"  {doc['id']}: keep probe {ptxt!r} overlaps redacted data ({n} vs {nm}) -> dropped")
            continue
        pr["after"] = n
        keep.append({"kind": kind, "value": ptxt, "probes": [pr]})

    gold = {"doc": pdf.name, "pages": pages, "producer": prod, "title": doc.get("title", ""),
            "redact": redact, "keep": keep}
    (GOLD_DIR / f"{doc['id']}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n")
    nr = sum(len(i["probes"]) for i in redact)
    print(f"{doc['id']}: pages={pages} redact={nr} keep={len(keep)} ({prod})")
    return gold


def main(argv):
    DOCS_DIR.mkdir(exist_ok=True)
    GOLD_DIR.mkdir(exist_ok=True)
    want = set(argv)
    with tempfile.TemporaryDirectory(prefix="mixed79-") as td:
        for doc in DOCS:
            if want and doc["id"] not in want:
                continue
            build(doc, Path(td))
    tot = {"docs": 0, "pages": 0, "redact": 0, "keep": 0}
    for g in sorted(GOLD_DIR.glob("*.json")):
        d = json.loads(g.read_text())
        tot["docs"] += 1
        tot["pages"] += d["pages"]
        tot["redact"] += sum(len(i["probes"]) for i in d["redact"])
        tot["keep"] += sum(len(i["probes"]) for i in d["keep"])
    print("TOTAL", tot)


if __name__ == "__main__":
    main(sys.argv[1:])
