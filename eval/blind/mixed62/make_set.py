"""Rebuild set BT (eval/blind/mixed62): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py          # all documents
    /work/main/.venv/bin/python make_set.py bt03 bt17 # only these

Every keep probe's 'after' is counted on the original's PDFium text with the evaluator's own
functions; every redact probe has after=0 and is checked by check_gold.py in the channel it claims.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, "/work/shared/eval")

from evaluate import count_in, text_pdfium  # noqa: E402
import content  # noqa: E402

DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"


def bsn_ok(s: str) -> bool:
    d = [int(x) for x in s]
    return len(d) == 9 and (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0


def make_bsn(prefix8: str) -> str:
    while True:
        d = [int(x) for x in prefix8]
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s != 10:
            break
        prefix8 = prefix8[:7] + str((d[7] + 1) % 10)
    r = prefix8 + str(s)
    assert bsn_ok(r)
    return r


def make_iban(bank: str, acct: str) -> str:
    acct = acct.zfill(10)
    num = "".join(str(int(ch, 36)) for ch in (bank + acct + "NL00"))
    ck = 98 - int(num) % 97
    s = f"NL{ck:02d}{bank}{acct}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


NUMS = {"bsn1": make_bsn("23418870"), "iban1": make_iban("INGB", "7730215"),
        "iban2": make_iban("ABNA", "0548612931"), "iban3": make_iban("RABO", "0347725106"),
        "iban4": make_iban("INGB", "5518320")}


def post(pdf_path: Path, spec: dict):
    """Hidden channels: sticky note, XMP dc:creator, outline titles."""
    import pikepdf
    if not any(k in spec for k in ("annot", "xmp_creator", "outline")):
        return
    with pikepdf.open(str(pdf_path), allow_overwriting_input=True) as pdf:
        if "annot" in spec:
            a = spec["annot"]
            annot = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text, Rect=[480, 760, 500, 780],
                Contents=pikepdf.String(a["text"]), T=pikepdf.String(a["author"]),
                Open=False, Name=pikepdf.Name.Comment))
            pg = pdf.pages[0].obj
            if "/Annots" not in pg:
                pg.Annots = pdf.make_indirect(pikepdf.Array())
            pg.Annots.append(annot)
        if "xmp_creator" in spec:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
                m["dc:creator"] = [spec["xmp_creator"]]
                m["dc:title"] = "Evaluatie incident Waterpoort Festival"
        if "outline" in spec:
            with pdf.open_outline() as ol:
                for t in spec["outline"]:
                    ol.root.append(pikepdf.OutlineItem(t, 0))
        pdf.save(str(pdf_path))


def main(only):
    DOCS_DIR.mkdir(exist_ok=True)
    GOLD_DIR.mkdir(exist_ok=True)
    for fn in content.DOCS:
        name = fn.__name__
        if only and name not in only:
            continue
        pdf = DOCS_DIR / f"{name}.pdf"
        spec = fn(pdf, NUMS)
        post(pdf, spec)
        txt, n = text_pdfium(pdf)
        gold = {"doc": pdf.name, "redact": [], "keep": []}
        for r in spec["redact"]:
            probes = []
            for t in r["probes"]:
                p = {"text": t, "word": True, "after": 0, "channel": r["ch"]}
                if r["ch"] == "ocr":
                    p["ocr"] = True
                probes.append(p)
            gold["redact"].append({"kind": r["kind"], "value": r["value"], "probes": probes})
        for k in spec["keep"]:
            p = {"text": k["text"], "word": True}
            p["after"] = count_in(txt, p)
            gold["keep"].append({"kind": k["kind"], "value": k["text"], "probes": [p]})
        (GOLD_DIR / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n")
        print(f"{name}: pages={n} redact={sum(len(r['probes']) for r in gold['redact'])} keep={len(gold['keep'])}")


if __name__ == "__main__":
    main(set(sys.argv[1:]))
