"""Build set AM (mixed29): python build.py [--only am05,am12] [--gold-only]
Writes docs/*.pdf and gold/*.json; probe 'after' counts are computed with the evaluator's functions on the
extracted text of each original (redact: 0, or for a 'shared' probe -- a surname that is also a place or word
used elsewhere in the document -- the number of occurrences outside the redacted names; keep: occurrences in
the PDFium text outside redacted strings)."""
import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from goldlib import (HIDDEN, TEXT, channel_counts, count_in, extract_channels, mask, surname,  # noqa: E402
                     text_of)
import content_a  # noqa: E402
import content_b  # noqa: E402

DOCS = content_a.DOCS + content_b.DOCS


def redact_items(spec, scan):
    items = []
    for ent in spec:
        kind, value, *probes = ent
        if not probes:
            probes = [value]
            if kind == "PERSON":
                s = surname(value)
                if s != value:
                    probes.append(s)
        ps = []
        for t in dict.fromkeys(probes):
            shared = t.startswith("~")
            t = t.lstrip("~")
            p = {"text": t, "word": True, "after": 0}
            if shared:
                p["shared"] = True
            if scan:
                p["ocr"] = True
            ps.append(p)
        items.append({"kind": kind, "value": value, "probes": ps})
    return items


def keep_items(spec):
    items = []
    for kind, vals in spec.items():
        for v in vals:
            items.append({"kind": kind, "value": v, "probes": [{"text": v, "word": True, "after": 0}]})
    return items


def make_gold(d, path, warn):
    ch = extract_channels(path, ocr="auto")
    chans = ch["channels"]
    scan = d.get("scan", False)
    red = redact_items(d["redact"], scan)
    plain = [p for it in red for p in it["probes"] if not p.get("shared")]
    masked = {n: mask(text_of(ch, n), plain) for n in TEXT}
    stats = {"ocr_only": 0, "hidden_only": 0}
    for it in red:
        keepp = []
        for p in it["probes"]:
            cc = channel_counts(chans, p)
            tot = sum(cc.values())
            if p.get("shared"):
                p["after"] = max(count_in(masked[n], p) for n in TEXT)
                if max(cc.values() or [0]) <= p["after"]:
                    warn.append(f"{d['name']}: shared probe {p['text']!r} has nothing to redact")
                    continue
            elif tot == 0:
                warn.append(f"{d['name']}: redact probe {p['text']!r} not found")
                continue
            if set(cc) <= set(HIDDEN) and not scan:
                stats["hidden_only"] += 1
            if scan:
                stats["ocr_only"] += 1
            keepp.append(p)
        it["probes"] = keepp
    red = [it for it in red if it["probes"]]
    kp = keep_items(d["keep"])
    for it in kp:
        for p in it["probes"]:
            p["after"] = count_in(masked["pdfium"], p)
            if p["after"] == 0:
                warn.append(f"{d['name']}: keep probe {p['text']!r} not found")
    kp = [it for it in kp if it["probes"][0]["after"] > 0]
    gold = {"doc": d["name"], "pages": ch["pages"], "producer": d["producer"], "redact": red, "keep": kp}
    return gold, stats


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default="")
    ap.add_argument("--gold-only", action="store_true")
    a = ap.parse_args()
    only = set(filter(None, a.only.split(",")))
    (HERE / "docs").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    warn = []
    for d in DOCS:
        if only and d["name"].split("_")[0] not in only:
            continue
        path = HERE / "docs" / d["name"]
        if not a.gold_only or not path.exists():
            d["make"](path)
        gold, stats = make_gold(d, path, warn)
        (HERE / "gold" / (path.stem + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=1),
                                                            encoding="utf-8")
        nr = sum(len(i["probes"]) for i in gold["redact"])
        nk = sum(len(i["probes"]) for i in gold["keep"])
        print(f"{d['name']:<40} p={gold['pages']} redact={nr} keep={nk} hidden_only={stats['hidden_only']} "
              f"ocr={stats['ocr_only']}", flush=True)
    for w in warn:
        print("WARN", w)


if __name__ == "__main__":
    main()
