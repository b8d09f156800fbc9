"""Rebuild set EG (eval/blind/mixed108): a veiligheidsregio's evaluation of a large harbour-warehouse fire
and the crisis communication afterwards. Documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py eg03 eg17  # only these

Markup and machinery: build.py. Every keep probe's 'after' is counted on the original's PDFium text with the
evaluator's own functions; every redact probe has after=0 and is checked by check_gold.py in its channel.
"""
from __future__ import annotations

import json
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build  # noqa: E402
from build import all_strings, collect_gold, count_in, norm, text_pdfium, masked  # noqa: E402

DOCS = []


def D(stem, prod, blocks, **kw):
    DOCS.append(dict(stem=stem, prod=prod, blocks=blocks, **kw))


MOTIV = [("h", "Informatie die niet openbaar gemaakt kan worden"),
         ("p", "Motivering: in de openbaar gemaakte versie van dit document zijn persoonsgegevens van medewerkers "
               "en betrokken burgers weggelakt op grond van artikel 5.1, tweede lid, onder e, van de «W:Woo»."),
         ]

from docs_a import define as define_a  # noqa: E402
from docs_b import define as define_b  # noqa: E402
from docs_c import define as define_c  # noqa: E402

define_a(D)
define_b(D)
define_c(D)


def hidden_of(d):
    hid = []
    for b in d["blocks"]:
        if b[0] == "bm":
            hid.append(("outline", b[1]))
        elif b[0] == "field":
            hid.append(("annotations", b[3]))
    for v in (d.get("info") or {}).values():
        hid.append(("metadata", v))
    for v in d.get("xmp") or []:
        hid.append(("metadata", v))
    for a in d.get("annots") or []:
        hid.append(("annotations", a[1]))
        hid.append(("annotations", a[2]))
    for a in d.get("links") or []:
        hid.append(("annotations", a[1]))
    if d.get("author"):
        hid.append(("metadata", d["author"]))
    return hid


def visible_of(d):
    out = []
    for b in d["blocks"]:
        if b[0] in ("bm", "field", "pb", "sp"):
            continue
        out.extend(all_strings(list(b[1:])))
    if d.get("header"):
        out.append(d["header"])
    return out


def build_all(only=None):
    build.DOCS_DIR.mkdir(exist_ok=True)
    build.GOLD_DIR.mkdir(exist_ok=True)
    todo = [d for d in DOCS if not only or d["stem"] in only]
    lo = []
    with tempfile.TemporaryDirectory() as td:
        td = Path(td)
        for d in todo:
            out = build.DOCS_DIR / f"{d['stem']}.pdf"
            if d["prod"] == "lo":
                p = td / f"{d['stem']}.docx"
                build.write_docx(p, d["blocks"], font=d.get("font", "Calibri"), author=d.get("author", ""),
                                 title=d.get("title", ""))
                lo.append(p)
            elif d["prod"] == "scan":
                build.render_scan(out, d["blocks"], font=d.get("font", "Courier"), size=d.get("size", 11),
                                  seed=len(d["stem"]) + int(d["stem"][2:]), angle=d.get("angle", 0.6),
                                  dpi=d.get("dpi", 150), noise=d.get("noise", 180))
            else:
                build.render_rl(out, d["blocks"], font=d.get("font", "Helvetica"), size=d.get("size", 10),
                                land=d.get("land", False), title=d.get("title", ""), author=d.get("author", ""),
                                header=d.get("header"))
        build.soffice_convert(lo, td)
        for p in lo:
            shutil.copy(td / f"{p.stem}.pdf", build.DOCS_DIR / f"{p.stem}.pdf")
    for d in todo:
        out = build.DOCS_DIR / f"{d['stem']}.pdf"
        if d.get("info") or d.get("xmp") or d.get("annots") or d.get("links"):
            build.post(out, info=d.get("info"), xmp_creator=d.get("xmp"), annots=d.get("annots") or (),
                       links=d.get("links") or ())
        write_gold(d, out)


def write_gold(d, pdf):
    vis = visible_of(d)
    red, keep = collect_gold(vis, hidden_of(d))
    text, pages = text_pdfium(pdf)
    scan = d["prod"] == "scan"
    src = norm(" \n ".join(masked(s) for s in vis))
    warn = []
    for it in red:
        for p in it["probes"]:
            if scan and "where" not in it:
                p["ocr"] = True
    for it in keep:
        for p in it["probes"]:
            p["after"] = count_in(text, p)
            s = count_in(src, p)
            if p["after"] == 0 or s != p["after"]:
                warn.append(f"keep {p['text']!r}: pdfium {p['after']} source {s}")
    unread = []
    if scan:
        keep = []
        ch = build.extract_channels(pdf, ocr="auto")["channels"]
        for it in red:
            if "where" in it:
                continue
            ok = []
            for p in it["probes"]:
                (ok if build.channel_counts(ch, p).get("ocr") else unread).append(p)
            it["probes"] = ok
        red = [it for it in red if it["probes"]]
        unread = [p["text"] for p in unread]
    for w in warn:
        print(d["stem"], "WARN", w)
    gold = {"doc": pdf.name, "pages": pages, "producer": d["prod"], "redact": red, "keep": keep}
    if unread:
        gold["in_pixels_not_read_by_ocr"] = unread
    (build.GOLD_DIR / f"{d['stem']}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n")
    nr = sum(len(i["probes"]) for i in red)
    nk = sum(len(i["probes"]) for i in keep)
    print(f"{d['stem']}: pages={pages} redact={nr} keep={nk}" + (f" unread={unread}" if unread else ""))


def cross_check():
    """A person token that is a redact probe anywhere must be a probe in every document whose text has it."""
    golds = {p.stem: json.loads(p.read_text()) for p in sorted(build.GOLD_DIR.glob("*.json"))}
    toks = {p["text"] for g in golds.values() for it in g["redact"] if it["kind"] == "PERSON" for p in it["probes"]}
    for stem, g in golds.items():
        if g["producer"] == "scan":
            continue
        text, _ = text_pdfium(build.DOCS_DIR / g["doc"])
        have = {p["text"] for it in g["redact"] for p in it["probes"]}
        for t in sorted(toks - have):
            n = count_in(text, {"text": t, "word": True})
            if n:
                print(stem, "CROSS", t, n)


if __name__ == "__main__":
    build_all(set(sys.argv[1:]) or None)
    cross_check()
