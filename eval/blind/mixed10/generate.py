"""Build set T (mixed10): docs/*.pdf and gold/*.json from content_*.py.

    /work/main/.venv/bin/python generate.py            # all documents
    /work/main/.venv/bin/python generate.py t01 t07    # some
"""
import json
import sys
from pathlib import Path

import framework as fw
import content_a, content_b, content_c, content_d  # noqa: E401

DOCS = content_a.DOCS + content_b.DOCS + content_c.DOCS + content_d.DOCS


def main(argv):
    only = set(argv)
    here = fw.HERE
    (here / "docs").mkdir(exist_ok=True)
    (here / "gold").mkdir(exist_ok=True)
    bad = 0
    ids = [d["id"] for d in DOCS]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for doc in DOCS:
        if only and doc["id"] not in only and doc["id"].split("_")[0] not in only:
            continue
        out = here / "docs" / f"{doc['id']}.pdf"
        fw.RENDER[doc["producer"]](doc, out)
        fw.finish_pdf(doc, out)
        label = fw.PRODUCER_LABEL[doc["producer"]] + (" -> Ghostscript pdfwrite" if doc.get("gs") else "")
        gold, problems = fw.build_gold(doc, out, label)
        if doc["producer"] == "scan":
            # a probe that the evaluator's own OCR does not read on the original can never count as a
            # leak; it is listed under "not_probed" instead of being a dead probe
            sys.path.insert(0, "/work/shared/eval")
            import evaluate as ev
            chans = ev.extract_channels(out, ocr="auto")["channels"]
            gold["not_probed"] = []
            for it in gold["redact"]:
                keep_pr = []
                for p in it["probes"]:
                    if ev.channel_counts(chans, p).get("ocr", 0) > p["after"]:
                        keep_pr.append(p)
                    else:
                        gold["not_probed"].append({"kind": it["kind"], "text": p["text"], "why": "not read by OCR"})
                it["probes"] = keep_pr
            gold["redact"] = [it for it in gold["redact"] if it["probes"]]
        (here / "gold" / f"{doc['id']}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                         encoding="utf-8")
        nr = sum(len(i["probes"]) for i in gold["redact"])
        nk = sum(len(i["probes"]) for i in gold["keep"])
        size = out.stat().st_size
        hard = [p for p in problems if not p.startswith("(warn)")]
        bad += bool(hard)
        print(f"{doc['id']:<48} {doc['producer']:<9} p={gold['pages']} redact={nr} keep={nk} {size // 1024}kB"
              + ("" if not problems else "\n    " + "\n    ".join(problems)), flush=True)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
