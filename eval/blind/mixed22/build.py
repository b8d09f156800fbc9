"""Build set AF (mixed22): render every document to docs/NAME.pdf and write gold/NAME.json.

    /work/main/.venv/bin/python eval/blind/mixed22/build.py            # all documents
    /work/main/.venv/bin/python eval/blind/mixed22/build.py af03 af17  # only some (name prefixes)

Deterministic in content and gold: every text is fixed in the docs_*.py modules, scan noise is seeded.
(LibreOffice, Chromium and PIL embed their own creation dates in the PDF bytes.)
"""
from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import framework as fw  # noqa: E402
from framework import ev  # noqa: E402

import docs_council, docs_citizens, docs_office, docs_water, docs_extra  # noqa: E402,E401

ALL = docs_council.DOCS + docs_citizens.DOCS + docs_office.DOCS + docs_water.DOCS + docs_extra.DOCS


def guess_kind(text: str, keep: bool = False) -> str:
    """Kind label for spans whose markup gives none (descriptive only; the evaluator ignores it)."""
    import re
    t = text.strip()
    if keep:
        if "@" in t:
            return "MAILBOX"
        if re.fullmatch(r"[+\d][\d ]{5,}", t):
            return "PHONE_PUBLIC"
        if re.fullmatch(r"NL\d\d[A-Z ]{4,6}[\d ]+", t):
            return "IBAN_PUBLIC"
        return "PUBLIC"
    if t.startswith("mailto:") or "@" in t:
        return "EMAIL"
    if re.fullmatch(r"NL\d\d ?[A-Z]{4}[\d ]{10,13}", t):
        return "IBAN"
    if re.fullmatch(r"\d{9}", t):
        return "BSN"
    if re.fullmatch(r"\d{2}-\d{2}-\d{4}", t):
        return "DATE_OF_BIRTH"
    if re.fullmatch(r"\d{4} [A-Z]{2}", t):
        return "POSTCODE"
    if re.fullmatch(r"[+\d][\d ]{7,}", t):
        return "PHONE"
    if re.fullmatch(r"[A-Z0-9]{1,3}-[A-Z0-9]{2,4}-[A-Z0-9]{1,3}", t):
        return "LICENCE_PLATE"
    if re.fullmatch(r"\d{2,8}", t):
        return "NUMBER"
    if re.search(r"[a-z]\s\d+[a-zA-Z\-]*(-II)?$", t) and not t.startswith(("mevrouw", "de heer")):
        return "ADDRESS"
    if re.fullmatch(r"[A-ZÖÇ][A-Za-zÖÇ]{1,3}", t) and t.upper() == t or re.fullmatch(r"[A-Z][a-z]?[A-Z][a-zA-Z]?", t):
        return "PARAPH"
    return "PERSON"


def visible_markup(spec) -> str:
    p = spec["producer"]
    if p == "html":
        return fw.plain(spec["html"])
    if p == "form":
        parts = [spec["org"], spec["form_title"]] + spec.get("intro", []) + [l for l, _ in spec["fields"]]
        parts += spec.get("outro", []) + [spec.get("footer", "")]
        return "\n".join(parts)
    if p == "xlsx":
        parts = list(spec.get("top", []))
        parts += ["\n".join(str(c) for c in r) for r in spec["rows"]]
        parts.append(spec.get("header", ""))
        parts.append(spec.get("footer", ""))
        return "\n".join(parts)
    txt = fw.blocks_text(spec.get("pre", []) + spec["blocks"])
    return txt


def render(spec, out: Path):
    p = spec["producer"]
    {"rl": fw.render_reportlab, "html": fw.render_html, "docx": fw.render_docx,
     "xlsx": fw.render_xlsx, "fpdf": fw.render_fpdf, "form": fw.render_form}[p](spec, out)


def build_one(spec):
    name = spec["name"]
    out = fw.DOCS / f"{name}.pdf"
    scan = spec.get("scan")
    if scan and spec["producer"] == "form":
        scan = dict(scan, handwriting=fw.form_handwriting(spec))
    if scan:
        with tempfile.TemporaryDirectory() as td:
            tmp = Path(td) / "born.pdf"
            render(spec, tmp)
            stamp = scan.get("stamp")
            if stamp:
                stamp = ([fw.strip(l) for l in stamp[0]], stamp[1])
            fw.scanify(tmp, out, seed=scan.get("seed", 7), rot=scan.get("rot", 0.6),
                       stamp=stamp, signature=scan.get("signature"),
                       handwriting=scan.get("handwriting"))
    else:
        render(spec, out)
        if spec.get("gs"):
            fw.ghostscript(out)
    hid = dict(spec.get("hidden", {}))
    if spec["producer"] == "html" and spec.get("title") and not scan:
        # headless Chromium writes no /Title: set the document title the way a DMS export would
        hid["meta"] = dict(hid.get("meta", {}), Title=spec["title"])
    if hid:
        fw.add_hidden(out, hid)

    # ---------------- gold
    pdfium_text, pages = ev.text_pdfium(out)
    vis = visible_markup(spec)
    if spec["producer"] in ("rl", "docx", "fpdf", "xlsx"):
        hf = "\n".join(x for x in (spec.get("header", ""), spec.get("footer", "")) if x)
        if hf and spec["producer"] != "xlsx":
            vis += ("\n" + hf) * pages
    if scan and scan.get("handwriting"):
        vis += "\n" + "\n".join(t for _, _, t in scan["handwriting"])
    if scan and scan.get("stamp"):
        vis += "\n" + "\n".join(scan["stamp"][0])
    chans = fw.hidden_text(hid)
    if spec["producer"] == "docx":
        ct = fw.comments_text(spec["blocks"])
        if ct:
            chans["annotations"] = (chans.get("annotations", "") + "\n" + ct).strip()
    # producer metadata (Author/Title given to the producer) is a metadata channel too
    pm = "\n".join(spec.get(k, "") for k in ("author", "title", "subject")
                   if spec.get(k) and not (spec["producer"] == "html" and k == "title"))
    if pm and not scan:
        chans["metadata"] = (chans.get("metadata", "") + "\n" + pm).strip()
    all_markup = vis + "\n" + "\n".join(chans.values())
    ideal_all = ev.norm(fw.ideal(all_markup))
    ideal_vis = ev.norm(fw.ideal(vis))

    redact, seen = [], {}
    for m in fw.RX_RED.finditer(all_markup):
        text = ev.norm(m.group(1))
        kind = m.group(2) or guess_kind(text)
        if text in seen:
            continue
        seen[text] = True
        pr = {"text": text, "word": True, "after": ev.count_in(ideal_all, {"text": text, "word": True})}
        if not fw.RX_RED.search(vis) or text not in {ev.norm(x.group(1)) for x in fw.RX_RED.finditer(vis)}:
            for c, t in chans.items():
                if text in {ev.norm(x.group(1)) for x in fw.RX_RED.finditer(t)}:
                    pr["channel"] = c
                    break
        elif scan:
            pr["ocr"] = True
        redact.append({"kind": kind, "value": text, "probes": [pr]})

    keep = []
    dropped_keep = []
    if not scan:
        kseen = set()
        for m in fw.RX_KEEP.finditer(vis):
            text = ev.norm(m.group(1))
            if text in kseen:
                continue
            kseen.add(text)
            p = {"text": text, "word": True}
            n_ideal = ev.count_in(ideal_vis, p)
            n_pdf = ev.count_in(pdfium_text, p)
            after = min(n_ideal, n_pdf)
            if after < 1:
                dropped_keep.append((text, n_ideal, n_pdf))
                continue
            p["after"] = after
            keep.append({"kind": m.group(2) or guess_kind(text, keep=True), "value": text, "probes": [p]})

    dropped_ocr = []
    if scan:
        with tempfile.TemporaryDirectory() as td:
            ocr = ev.ocr_text(out, Path(td), ev.image_pages(out))
        kept = []
        for it in redact:
            pr = it["probes"][0]
            if pr.get("ocr"):
                c = ev.ocr_count(ocr, pr)
                if c <= pr["after"]:
                    dropped_ocr.append(pr["text"])
                    continue
            kept.append(it)
        redact = kept
    gold = {"doc": f"{name}.pdf", "pages": pages, "redact": redact, "keep": keep}
    (fw.GOLD / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    size = out.stat().st_size
    print(f"{name}: pages={pages} redact={len(redact)} keep={len(keep)} size={size//1024}KB"
          + (f" dropped_keep={dropped_keep}" if dropped_keep else "")
          + (f" ocr_unread={dropped_ocr}" if dropped_ocr else "")
          + (f" redact_after>0={[(i['value'], i['probes'][0]['after']) for i in redact if i['probes'][0]['after']]}"
             if any(i['probes'][0]['after'] for i in redact) else ""), flush=True)
    return gold


def main(argv):
    fw.DOCS.mkdir(exist_ok=True)
    fw.GOLD.mkdir(exist_ok=True)
    sel = [s for s in ALL if not argv or any(s["name"].startswith(a) for a in argv)]
    names = [s["name"] for s in ALL]
    assert len(names) == len(set(names)), "duplicate names"
    for s in sel:
        build_one(s)


if __name__ == "__main__":
    main(sys.argv[1:])
