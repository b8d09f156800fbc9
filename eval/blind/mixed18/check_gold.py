"""Check set AB's gold against its PDFs, with the shared evaluator's own extraction functions.

    /work/main/.venv/bin/python eval/blind/mixed18/check_gold.py

Per gold file:
- every redact probe occurs more often than its `after` in the PDF's pdftotext text, or, when the probe
  names a channel (`channel`: pdfium, annotations, metadata, outline, ocr), in that channel;
- every keep probe occurs exactly `after` times in the PDFium text (the evaluator's over-redaction channel);
- `pages` matches the PDF; every PDF has a gold file and every gold file a PDF; each PDF is < 1 MB.
Exit status 0 only if all checks pass.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVALUATOR = Path("/work/shared/eval/evaluate.py")


def main() -> int:
    spec = importlib.util.spec_from_file_location("woo_eval", EVALUATOR)
    ev = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ev)
    pdfs = sorted((HERE / "docs").glob("*.pdf"))
    golds = sorted((HERE / "gold").glob("*.json"))
    errors = []
    if {p.stem for p in pdfs} != {g.stem for g in golds}:
        errors.append("PDFs and gold files do not match one to one")
    tot = Counter()
    kinds_r, kinds_k = Counter(), Counter()
    for g in golds:
        gold = json.loads(g.read_text(encoding="utf-8"))
        pdf = HERE / "docs" / gold["doc"]
        if pdf.stat().st_size >= 1_000_000:
            errors.append(f"{pdf.name}: {pdf.stat().st_size} bytes")
        needs_ocr = any(pr.get("ocr") for it in gold["redact"] for pr in it["probes"])
        ch = ev.extract_channels(pdf, ocr="auto" if needs_ocr else "off")
        chans = ch["channels"]
        if ch.get("pages") != gold["pages"]:
            errors.append(f"{pdf.name}: pages {ch.get('pages')} != gold {gold['pages']}")
        pdftotext = chans.get("pdftotext", "")
        n_r = n_k = 0
        for it in gold["redact"]:
            for pr in it["probes"]:
                where = pr.get("channel", "pdftotext")
                v = chans.get(where, "")
                if isinstance(v, list):
                    c = ev.ocr_count(v, pr)
                elif where == "pdftotext":
                    c = ev.count_in(pdftotext, pr)
                else:
                    c = ev.count_in(v, pr)
                if c <= pr.get("after", 0):
                    errors.append(f"{pdf.name}: redact probe {pr['text']!r} found {c}x in {where} (after={pr.get('after', 0)})")
                n_r += 1
                tot["redact_" + where] += 1
                kinds_r[it["kind"]] += 1
        for it in gold["keep"]:
            for pr in it["probes"]:
                c = ev.count_in(chans["pdfium"], pr)
                if c != pr["after"] or c == 0:
                    errors.append(f"{pdf.name}: keep probe {pr['text']!r} found {c}x, gold after={pr['after']}")
                n_k += 1
                kinds_k[it["kind"]] += 1
        tot["docs"] += 1
        tot["pages"] += gold["pages"]
        tot["redact"] += n_r
        tot["keep"] += n_k
        print(f"{pdf.name:48} pages={gold['pages']} redact={n_r:3d} keep={n_k:3d} {gold.get('producer', '')}")
    print()
    print(f"documents={tot['docs']} pages={tot['pages']} redact_probes={tot['redact']} keep_probes={tot['keep']}")
    print("redact probes by channel checked: " + ", ".join(f"{k[7:]}={v}" for k, v in sorted(tot.items())
                                                          if k.startswith("redact_")))
    print("redact kinds: " + ", ".join(f"{k}={v}" for k, v in kinds_r.most_common()))
    print("keep kinds: " + ", ".join(f"{k}={v}" for k, v in kinds_k.most_common()))
    for e in errors:
        print("ERROR " + e)
    print(f"errors={len(errors)}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
