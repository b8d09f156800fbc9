#!/usr/bin/env python3
"""Counts for the README: documents, pages, probes, OCR-only and hidden-channel-only probes."""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
from evaluate import extract_channels, channel_counts, TEXT_CHANNELS  # noqa: E402

docs = pages = red = keep = ocr_only = hidden_only = 0
kinds = {}
for gp in sorted((HERE / "gold").glob("*.json")):
    g = json.loads(gp.read_text(encoding="utf-8"))
    docs += 1
    pages += g["pages"]
    ch = extract_channels(HERE / "docs" / g["doc"])["channels"]
    for it in g["redact"]:
        kinds[it["kind"]] = kinds.get(it["kind"], 0) + len(it["probes"])
        for pr in it["probes"]:
            red += 1
            cc = channel_counts(ch, pr)
            vis = max([cc.get(c, 0) for c in TEXT_CHANNELS] + [0])
            if vis <= pr["after"]:
                if cc.get("ocr", 0) > pr["after"]:
                    ocr_only += 1
                else:
                    hidden_only += 1
    keep += sum(len(i["probes"]) for i in g["keep"])
print(f"docs={docs} pages={pages} redact_probes={red} keep_probes={keep} ocr_only={ocr_only} hidden_only={hidden_only}")
print("redact probes per kind:", ", ".join(f"{k}={v}" for k, v in sorted(kinds.items())))
