"""Rebuild the blind set mixed38: every PDF in docs/ and every gold file in gold/.

    /work/main/.venv/bin/python build.py [NAME ...]

Gold counts use the shared evaluator's own functions (norm, count_in, extract_channels), so they
agree with /work/shared/eval/evaluate.py. Redact probes get after=0; keep probes get after = their
count in the original's PDFium text. Probes of image-only scans are marked "ocr": true.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, "/work/shared/eval")

from evaluate import count_in, extract_channels  # noqa: E402

import framework  # noqa: E402


def all_docs():
    import docs_a, docs_b, docs_c  # noqa: E401
    out = []
    for m in (docs_a, docs_b, docs_c):
        out.extend(m.DOCS)
    return out


def gold_for(d, pdf: Path) -> dict:
    ch = extract_channels(pdf, ocr="auto" if d.producer == "scan" else "off")
    text = ch["channels"].get("pdfium", "")
    red = []
    for it in d.redact:
        probes = []
        for p in it["probes"]:
            q = {"text": p["text"], "word": p["word"], "after": p.get("after", 0)}
            if d.producer == "scan":
                q["ocr"] = True
            probes.append(q)
        red.append({"kind": it["kind"], "value": it["value"], "probes": probes})
    keep = []
    for it in d.keep:
        probes = [{"text": p["text"], "word": p["word"], "after": count_in(text, p)} for p in it["probes"]]
        keep.append({"kind": it["kind"], "value": it["value"], "probes": probes})
    return {"doc": pdf.name, "pages": ch["pages"], "redact": red, "keep": keep}


def main(names):
    (HERE / "docs").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    for d in all_docs():
        if names and d.name not in names:
            continue
        pdf = HERE / "docs" / f"{d.name}.pdf"
        framework.render(d, pdf)
        g = gold_for(d, pdf)
        (HERE / "gold" / f"{d.name}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n",
                                                       encoding="utf-8")
        print(f"{d.name}: {d.producer} pages={g['pages']} redact={sum(len(i['probes']) for i in g['redact'])} "
              f"keep={sum(len(i['probes']) for i in g['keep'])}")


if __name__ == "__main__":
    main(set(sys.argv[1:]))
