"""Rebuild set CW (eval/blind/mixed91): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py           # all documents
    /work/main/.venv/bin/python make_set.py cw03 cw17  # only these

Documents are written in docs_a.py, docs_b.py, docs_c.py with inline markup: [[x]] is personal data
(a redact probe, after=0), {{x}} must stay readable (a keep probe whose 'after' is counted on the
original's PDFium text with the evaluator's own functions). Hidden-channel probes (Info, XMP,
outline, annotations) are declared per document. Rendering helpers are in lib.py.
"""
from __future__ import annotations

import json
import re
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import lib  # noqa: E402
from lib import count_in, text_pdfium  # noqa: E402
import docs_a, docs_b, docs_c, docs_d  # noqa: E402,F401

DOCS = docs_a.DOCS
DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
# the four most frequent keep values get a probe in at most 12 documents each (keeps the keep count near 500)
CAPPED = {"RVO": 12, "SDE++": 12, "ISDE": 12, "Twentse Groengas B.V.": 12}
RX_LONE_INITIAL = re.compile(r"^((mr|dr|drs|mw|dhr|mevr|mevrouw|Ms)\.?\s+)*[A-Z]\.$")


TITLES = {"mr.", "dr.", "drs.", "ing.", "mevrouw", "mevr.", "mw.", "dhr.", "Ms", "Mr", "de heer"}
RX_INITIALS = re.compile(r"^([A-Z]\.)+$")


def name_parts(v: str) -> list:
    """Extra probes for a PERSON span: its given name and its surname, each alone."""
    if " en " in v or v.startswith(("Hoeve", "Maatschap")):
        return []
    if "," in v:
        sur, _, giv = (x.strip() for x in v.partition(","))
        out = [sur]
        if giv and not RX_INITIALS.match(giv.split()[0]):
            out.append(giv.split()[0])
        return out
    toks = [t for t in v.split() if t not in TITLES]
    had_initials = bool(toks) and bool(RX_INITIALS.match(toks[0]))
    toks = [t for t in toks if not RX_INITIALS.match(t)]
    if not toks:
        return []
    if had_initials:
        return [" ".join(toks)] if " ".join(toks) != v else []
    if len(toks) >= 2 and toks[0][:1].isupper() and toks[0] not in ("Van", "De", "Ter", "Ten"):
        return [toks[0], " ".join(toks[1:])]
    return []


def word_flag(t: str) -> bool:
    return bool(re.match(r"\w", t[:1])) and bool(re.match(r"\w", t[-1:]))


def postprocess(pdf: Path, d: dict):
    import pikepdf
    with pikepdf.open(str(pdf), allow_overwriting_input=True) as p:
        meta = dict(d.get("meta") or {})
        for k, v in meta.items():
            p.docinfo[pikepdf.Name("/" + k)] = v
        for (ch, value, probes) in d.get("hidden", []):
            if ch == "info_author":
                p.docinfo["/Author"] = value
            if ch == "xmp_creator":
                with p.open_metadata() as m:
                    m["dc:creator"] = [value]
                    m["dc:title"] = d["title"]
        if d.get("outline"):
            with p.open_outline() as ol:
                ol.root.append(pikepdf.OutlineItem(d["title"], 0))
                for (title, _probes) in d["outline"]:
                    ol.root.append(pikepdf.OutlineItem(title, 0))
        for i, (text, author, _probes) in enumerate(d.get("annots", [])):
            pg = p.pages[0]
            annot = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                       Rect=[480, 760 - 30 * i, 500, 780 - 30 * i],
                                       Contents=pikepdf.String(text), T=pikepdf.String(author),
                                       Name=pikepdf.Name.Comment, F=4)
            if "/Annots" not in pg.obj:
                pg.obj["/Annots"] = pikepdf.Array()
            pg.obj.Annots.append(p.make_indirect(annot))
        pg = p.pages[0]
        for i, (name, value, _probes) in enumerate(d.get("formfields", [])):
            if "/Annots" not in pg.obj:
                pg.obj["/Annots"] = pikepdf.Array()
            font = p.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                                                      BaseFont=pikepdf.Name.Helvetica))
            rect = [300, 40 + 22 * i, 560, 58 + 22 * i]
            ap = pikepdf.Stream(p, b"/Tx BMC q BT /Helv 9 Tf 2 5 Td (" + value.encode("latin-1") + b") Tj ET Q EMC")
            ap["/Type"] = pikepdf.Name.XObject
            ap["/Subtype"] = pikepdf.Name.Form
            ap["/BBox"] = [0, 0, rect[2] - rect[0], rect[3] - rect[1]]
            ap["/Resources"] = pikepdf.Dictionary(Font=pikepdf.Dictionary(Helv=font))
            w = p.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Widget,
                                                   FT=pikepdf.Name.Tx, T=pikepdf.String(name), V=pikepdf.String(value),
                                                   Rect=rect, F=4, P=pg.obj, DA=pikepdf.String("/Helv 9 Tf 0 g"),
                                                   AP=pikepdf.Dictionary(N=p.make_indirect(ap))))
            pg.obj.Annots.append(w)
            if "/AcroForm" not in p.Root:
                p.Root["/AcroForm"] = pikepdf.Dictionary(Fields=pikepdf.Array(),
                                                         DR=pikepdf.Dictionary(Font=pikepdf.Dictionary(Helv=font)),
                                                         DA=pikepdf.String("/Helv 9 Tf 0 g"))
            p.Root.AcroForm.Fields.append(w)
        for i, (uri, rect, _probes) in enumerate(d.get("links", [])):
            if "/Annots" not in pg.obj:
                pg.obj["/Annots"] = pikepdf.Array()
            pg.obj.Annots.append(p.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link, Rect=rect, Border=[0, 0, 0],
                A=pikepdf.Dictionary(S=pikepdf.Name.URI, URI=pikepdf.String(uri)))))
        p.save(str(pdf))


def build(sel: list):
    DOCS_DIR.mkdir(exist_ok=True)
    GOLD_DIR.mkdir(exist_ok=True)
    todo = [d for d in DOCS if not sel or d["id"] in sel]
    tmp = Path(tempfile.mkdtemp(prefix="cw-"))
    spans = {}
    docx_list = []
    for d in todo:
        red, keep = [], []
        out = DOCS_DIR / f"{d['id']}.pdf"
        if d["prod"] == "rl":
            lib.render_rl(out, d["blocks"], d["font"], d["size"], d.get("land", False), red, keep, title=d["title"])
        elif d["prod"] == "docx":
            path = tmp / f"{d['id']}.docx"
            lib.build_docx(path, d["blocks"], d["font"], d["size"], red, keep, title=d["title"])
            docx_list.append(path)
        elif d["prod"] == "scan":
            src = tmp / f"{d['id']}_src.pdf"
            lib.render_rl(src, d["blocks"], d["font"], d["size"], False, red, keep, margins=25)
            hand = [(pg, x, y, t, sz, lib.HAND2 if f == "HAND2" else None) for (pg, x, y, t, sz, f) in d.get("hand", [])]
            lib.scan(src, out, seed=int(d["id"][2:]), hand=hand)
        spans[d["id"]] = (red, keep)
    lib.soffice(docx_list, tmp)
    for p in docx_list:
        shutil.move(str(tmp / (p.stem + ".pdf")), str(DOCS_DIR / (p.stem + ".pdf")))
    for d in todo:
        out = DOCS_DIR / f"{d['id']}.pdf"
        postprocess(out, d)
        red, keep = spans[d["id"]]
        gold = make_gold(d, out, red, keep)
        (GOLD_DIR / f"{d['id']}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n")
        print(d["id"], "pages", text_pdfium(out)[1], "redact", sum(len(e["probes"]) for e in gold["redact"]),
              "keep", len(gold["keep"]))
    shutil.rmtree(tmp)


def make_gold(d, out, red, keep):
    scan = d["prod"] == "scan"
    text, n_pages = text_pdfium(out)
    g = {"doc": out.name, "pages": n_pages, "redact": [], "keep": []}
    seen = set()
    for v, kind in red:
        if v in seen or RX_LONE_INITIAL.match(v):
            continue
        seen.add(v)
        pr = {"text": v, "word": word_flag(v), "after": 0}
        if scan:
            pr["ocr"] = True
        probes = [pr]
        if kind == "PERSON":
            for extra in name_parts(v):
                if extra in seen or extra == v:
                    continue
                # only when the part also occurs on its own (outside this full name) in the text
                if scan or count_in(text, {"text": extra, "word": True}) <= count_in(text, {"text": v, "word": True}):
                    continue
                seen.add(extra)
                q = {"text": extra, "word": word_flag(extra), "after": 0}
                if scan:
                    q["ocr"] = True
                probes.append(q)
        g["redact"].append({"kind": kind, "value": v, "probes": probes, "channel": "ocr" if scan else "text"})
    for ch, value, probes in d.get("hidden", []):
        g["redact"].append({"kind": "PERSON", "value": value, "channel": "metadata",
                            "probes": [{"text": t, "word": word_flag(t), "after": 0} for t in probes]})
    for title, probes in d.get("outline", []):
        g["redact"].append({"kind": "PERSON", "value": title, "channel": "outline",
                            "probes": [{"text": t, "word": word_flag(t), "after": 0} for t in probes]})
    for text_, author, probes in d.get("annots", []):
        g["redact"].append({"kind": "PERSON", "value": author, "channel": "annotations",
                            "probes": [{"text": t, "word": word_flag(t), "after": 0} for t in probes]})
    for name, value, probes in d.get("formfields", []):
        g["redact"].append({"kind": "PERSON", "value": value, "channel": "annotations",
                            "probes": [{"text": t, "word": word_flag(t), "after": 0} for t in probes]})
    for uri, _rect, probes in d.get("links", []):
        g["redact"].append({"kind": "EMAIL", "value": uri, "channel": "annotations",
                            "probes": [{"text": t, "word": word_flag(t), "after": 0} for t in probes]})
    if not scan:
        kseen = set()
        for v, kind in keep:
            if v in kseen:
                continue
            kseen.add(v)
            if v in CAPPED:
                CAPPED[v] -= 1
                if CAPPED[v] < 0:
                    continue
            pr = {"text": v, "word": word_flag(v)}
            pr["after"] = count_in(text, pr)
            g["keep"].append({"kind": kind, "value": v, "probes": [pr]})
    return g


if __name__ == "__main__":
    build(sys.argv[1:])
