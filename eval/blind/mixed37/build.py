"""Regenerate the mixed37 (set AU) PDFs in docs/ and their gold files in gold/.

    /work/main/.venv/bin/python build.py [name-prefix ...]

Probe counts come from the shared evaluator's own functions: a redact probe must be found in
the original (some channel; OCR for scans) and may occur 0 times after; a keep probe's `after`
is its count in the original's PDFium text."""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, "/work/shared/eval")

from evaluate import channel_counts, count_in, extract_channels  # noqa: E402

import content_a  # noqa: E402
import registry  # noqa: E402
import content_b  # noqa: E402
import content_c  # noqa: E402
import content_d  # noqa: E402

DOCS = content_a.DOCS + content_b.DOCS + content_c.DOCS + content_d.DOCS


def probe_dict(p, ocr_only):
    if isinstance(p, tuple):
        text, word = p
    else:
        text, word = p, True
    d = {"text": text, "word": word, "after": 0}
    if ocr_only:
        d["ocr"] = True
    return d


def auto_items(doc, chans):
    """Registry items whose probes occur in this document (only the probes that occur)."""
    out = []
    for tag, kind, value, probes in registry.PEOPLE:
        got = [p for p in probes if channel_counts(chans, probe_dict(p, doc.ocr_only))]
        if got:
            out.append((tag, kind, value, tuple(got)))
    if not doc.ocr_only:
        for tag, kind, value, probes in registry.KEEPS:
            got = [p for p in probes if count_in(chans["pdfium"], probe_dict(p, False))]
            if got:
                out.append((tag, kind, value, tuple(got)))
    return out


def gold_for(doc, pdf: Path) -> dict:
    """Registry items found in the document, then the document's own items. An explicit item keeps
    only the probes that occur (a probe text used once in a document is not repeated)."""
    ch = extract_channels(pdf, ocr="auto")
    chans = ch["channels"]
    g = {"doc": pdf.name, "pages": ch["pages"], "redact": [], "keep": []}
    used = set()
    for tag, kind, value, probes in auto_items(doc, chans) + list(doc.items):
        if tag == "R":
            pr = [probe_dict(p, doc.ocr_only) for p in probes]
            pr = [d for d in pr if d["text"] not in used and channel_counts(chans, d)]
            if not pr:
                print(f"  .. {pdf.name}: redact item without new probes: {value!r}")
                continue
            g["redact"].append({"kind": kind, "value": value, "probes": pr})
        else:
            pr = []
            for p in probes:
                d = probe_dict(p, False)
                d.pop("ocr", None)
                d["after"] = count_in(chans["pdfium"], d)
                if d["after"] and d["text"] not in used:
                    pr.append(d)
            if not pr:
                print(f"  .. {pdf.name}: keep item without new probes: {value!r}")
                continue
            g["keep"].append({"kind": kind, "value": value, "probes": pr})
        used.update(d["text"] for d in pr)
    return g


def main(argv):
    (HERE / "docs").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    names = [d.name for d in DOCS]
    assert len(names) == len(set(names)), "duplicate names"
    for doc in DOCS:
        if argv and not any(doc.name.startswith(a) for a in argv):
            continue
        pdf = HERE / "docs" / (doc.name + ".pdf")
        doc.make(pdf)
        g = gold_for(doc, pdf)
        (HERE / "gold" / (doc.name + ".json")).write_text(
            json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        nr = sum(len(i["probes"]) for i in g["redact"])
        nk = sum(len(i["probes"]) for i in g["keep"])
        print(f"{doc.name}: pages={g['pages']} redact={nr} keep={nk}")


if __name__ == "__main__":
    main(sys.argv[1:])
