"""Build blind set mixed36: render every document, add hidden channels, write gold.

    /work/main/.venv/bin/python build.py [name ...]
"""
from __future__ import annotations

import json
import zlib
import zlib
import sys
from pathlib import Path

import framework as F
from framework import EV

import content_a  # noqa: F401  (registers people and DOCS)
import content_b  # noqa: F401

ALL = content_a.DOCS + content_b.DOCS


class Masker(F.Collector):
    def expand(self, s, hidden=False):
        if s is None:
            return None

        def rep(m):
            t, body = m.group(1), m.group(2)
            if t in ("p", "r"):
                return " \u2587 "
            return body.split(":", 1)[1]
        return F.MARK.sub(rep, s)


def build(doc, log):
    name = doc["name"]
    out = F.DOCS / name
    col = F.Collector()
    blocks = F.expand_blocks(doc["blocks"], col)
    masked = F.expand_blocks(doc["blocks"], Masker())
    h = doc.get("hidden", {})
    meta = {k: col.expand(v, hidden=True) for k, v in h.get("meta", {}).items()}
    outline = [(col.expand(t, hidden=True), p) for t, p in h.get("outline", [])]
    notes = [(p, col.expand(w, hidden=True), col.expand(t, hidden=True), r) for p, w, t, r in h.get("notes", [])]
    field = h.get("field")
    if field:
        field = (field[0], field[1], col.expand(field[2], hidden=True), field[3])
    attach = h.get("attach")
    if attach:
        attach = (col.expand(attach[0], hidden=True), attach[1].encode("utf-8"))
    prod = doc["producer"]
    footer = col.expand(doc.get("footer"))
    footer_mask = Masker().expand(doc.get("footer"))
    title = F.MARK.sub(lambda m: "", doc.get("title", ""))
    if prod == "rl":
        F.render_reportlab(blocks, out, title=title, footer=footer)
    elif prod == "rl2":
        F.render_reportlab(blocks, out, title=title, twocol=True, footer=footer)
    elif prod == "docx":
        F.render_docx(blocks, out, title=title, author=meta.pop("Author", ""),
                      subject=meta.pop("Subject", ""), keywords=meta.pop("Keywords", ""))
    elif prod == "html":
        F.render_html(blocks, out, title=title)
    elif prod == "scan_img":
        F.render_scan(blocks, out, mode="image", seed=zlib.crc32(name.encode()) % 1000)
    elif prod == "scan_ocr":
        F.render_scan(blocks, out, mode="ocr", seed=zlib.crc32(name.encode()) % 1000)
    else:
        raise ValueError(prod)
    if meta or outline or notes or field or attach:
        F.add_hidden(out, meta=meta, outline=outline, notes=notes, field=field, attach=attach)

    src_full = EV.norm(F.plain_text(blocks))
    src_mask = EV.norm(F.plain_text(masked))
    ex = EV.extract_channels(out, ocr="auto")
    chans = ex["channels"]
    pdfium = chans.get("pdfium", "")
    if doc.get("footer") and prod in ("rl", "rl2"):
        ft = " ".join(f"{footer} pagina {i + 1}" for i in range(ex["pages"]))
        fm = " ".join(f"{footer_mask} pagina {i + 1}" for i in range(ex["pages"]))
        src_full = EV.norm(src_full + " " + ft)
        src_mask = EV.norm(src_mask + " " + fm)
    ocr_only = prod == "scan_img"
    gold = {"doc": name, "pages": ex["pages"], "redact": [], "keep": []}
    stats = {"red": 0, "keep": 0, "ocr": 0, "hidden": 0, "dropped": []}
    for (kind, value), probes in col.redact.items():
        plist = []
        for text, word in probes.items():
            pr = {"text": text, "word": word, "after": 0}
            if ocr_only:
                pr["ocr"] = True
            pr["after"] = EV.count_in(src_mask, pr)
            if pr["after"]:
                log.append(f"{name}: redact probe {text!r} also outside redacted spans x{pr['after']}")
            cc = EV.channel_counts(chans, pr)
            if max(cc.values(), default=0) <= pr["after"]:
                stats["dropped"].append(("R", text, cc))
                continue
            plist.append(pr)
            stats["red"] += 1
            if ocr_only:
                stats["ocr"] += 1
            elif not any(c in cc for c in EV.TEXT_CHANNELS + ("ocr",)):
                stats["hidden"] += 1
        if plist:
            gold["redact"].append({"kind": kind, "value": value, "probes": plist})
    for (kind, text) in col.keep:
        pr = {"text": text, "word": True}
        full, mask, got = EV.count_in(src_full, pr), EV.count_in(src_mask, pr), EV.count_in(pdfium, pr)
        if got != full or mask == 0 or mask != full:
            stats["dropped"].append(("K", text, (full, mask, got)))
            continue
        pr["after"] = mask
        gold["keep"].append({"kind": kind, "value": text, "probes": [pr]})
        stats["keep"] += 1
    if not prod.startswith("scan"):
        have = {t for (_, t) in col.keep}
        for kind, text in content_b.GLOBAL_KEEP:
            if text in have:
                continue
            pr = {"text": text, "word": True}
            full, mask, got = EV.count_in(src_full, pr), EV.count_in(src_mask, pr), EV.count_in(pdfium, pr)
            if mask == 0:
                continue
            if got != full or mask != full:
                stats["dropped"].append(("K*", text, (full, mask, got)))
                continue
            pr["after"] = mask
            gold["keep"].append({"kind": kind, "value": text, "probes": [pr]})
            stats["keep"] += 1
    (F.GOLD / (Path(name).stem + ".json")).write_text(
        json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return gold["pages"], stats


def main():
    F.DOCS.mkdir(exist_ok=True)
    F.GOLD.mkdir(exist_ok=True)
    want = set(sys.argv[1:])
    tot = {"docs": 0, "pages": 0, "red": 0, "keep": 0, "ocr": 0, "hidden": 0}
    log = []
    for doc in ALL:
        if want and doc["name"] not in want and Path(doc["name"]).stem not in want:
            continue
        pages, st = build(doc, log)
        tot["docs"] += 1
        tot["pages"] += pages
        for k in ("red", "keep", "ocr", "hidden"):
            tot[k] += st[k]
        print(f"{doc['name']:<40} {doc['producer']:<9} p={pages} red={st['red']} keep={st['keep']} "
              f"ocr={st['ocr']} hidden={st['hidden']}", flush=True)
        for d in st["dropped"]:
            print("    dropped", d, flush=True)
    for line in log:
        print("  note:", line)
    print("TOTAL", tot)


if __name__ == "__main__":
    main()
