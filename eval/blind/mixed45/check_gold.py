"""Check the gold of blind set mixed45 against the original PDFs with the evaluator's own functions.

    /work/main/.venv/bin/python check_gold.py [-v]

For every gold file: the PDF exists and has `pages` pages; every redact probe occurs in the original
(in some channel the evaluator reads: text layers, raw/decoded objects, metadata, outline,
annotations, OCR of image pages) MORE often than its `after`; every keep probe's count in the PDFium
text equals its `after` (>= 1); no keep probe overlaps a redact probe that must vanish; BSNs pass the
11-proef and IBANs the mod-97 check. Last line: problems=N (must be 0).
"""
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
import evaluate as EV  # noqa: E402

HERE = Path(__file__).resolve().parent


def bsn_ok(n):
    n = re.sub(r"\D", "", n)
    return len(n) == 9 and (sum(w * int(c) for w, c in zip(range(9, 1, -1), n[:8])) - int(n[8])) % 11 == 0


def iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def main():
    verbose = "-v" in sys.argv
    problems = []
    n_red = n_keep = n_docs = n_pages = 0
    kinds_r, kinds_k, chan_only = {}, {}, {}
    for gp in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gp.read_text(encoding="utf-8"))
        pdf = HERE / "docs" / g["doc"]
        if set(g) != {"doc", "pages", "redact", "keep"}:
            problems.append(f"{gp.name}: unexpected keys {sorted(g)}")
        if not pdf.exists():
            problems.append(f"{gp.name}: {pdf.name} missing")
            continue
        n_docs += 1
        ch = EV.extract_channels(pdf, ocr="auto")
        chans = ch["channels"]
        if ch["errors"]:
            problems.append(f"{g['doc']}: extraction errors {ch['errors']}")
        if ch.get("pages") != g["pages"]:
            problems.append(f"{g['doc']}: pages {ch.get('pages')} != gold {g['pages']}")
        n_pages += g["pages"]
        pdfium = chans.get("pdfium", "")
        for it in g["redact"]:
            kinds_r[it["kind"]] = kinds_r.get(it["kind"], 0) + len(it["probes"])
            for p in it["probes"]:
                n_red += 1
                cc = EV.channel_counts(chans, p)
                if max(cc.values(), default=0) <= p["after"]:
                    problems.append(f"{g['doc']}: redact probe {p['text']!r} occurs {cc} <= after {p['after']}")
                text_ch = {k for k in cc if k in EV.TEXT_CHANNELS}
                if not text_ch:
                    where = "ocr" if "ocr" in cc else "hidden"
                    chan_only[where] = chan_only.get(where, 0) + 1
                    if verbose and where == "hidden":
                        print(f"  hidden-only: {g['doc']} {p['text']!r} {cc}")
                if verbose:
                    print(f"  R {g['doc']:<30} {it['kind']:<8} {p['text']!r:<45} after={p['after']} {cc}")
                if it["kind"] == "BSN" and not bsn_ok(p["text"]):
                    problems.append(f"{g['doc']}: BSN {p['text']} fails 11-proef")
                if it["kind"] == "IBAN" and not iban_ok(p["text"]):
                    problems.append(f"{g['doc']}: IBAN {p['text']} fails mod-97")
        for it in g["keep"]:
            kinds_k[it["kind"]] = kinds_k.get(it["kind"], 0) + len(it["probes"])
            for p in it["probes"]:
                n_keep += 1
                c = EV.count_in(pdfium, p)
                if c != p["after"] or c < 1:
                    problems.append(f"{g['doc']}: keep probe {p['text']!r} count {c} != after {p['after']}")
                if it["kind"] == "ORG_IBAN" and not iban_ok(p["text"]):
                    problems.append(f"{g['doc']}: IBAN {p['text']} fails mod-97")
                if verbose:
                    print(f"  K {g['doc']:<30} {it['kind']:<8} {p['text']!r:<45} after={p['after']}")
                kt = EV.norm(p["text"])
                for r in g["redact"]:
                    for rp in r["probes"]:
                        if rp["after"]:
                            continue
                        rt = EV.norm(rp["text"])
                        if EV.count_in(rt, p) or EV.count_in(kt, rp):
                            problems.append(f"{g['doc']}: keep {kt!r} overlaps redact {rt!r}")
    for p in problems:
        print("PROBLEM", p)
    print(f"docs={n_docs} pages={n_pages} redact_probes={n_red} keep_probes={n_keep}")
    print("redact per kind: " + ", ".join(f"{k}={v}" for k, v in sorted(kinds_r.items())))
    print("keep per kind: " + ", ".join(f"{k}={v}" for k, v in sorted(kinds_k.items())))
    print("redact probes not in any text layer: " + ", ".join(f"{k}={v}" for k, v in sorted(chan_only.items())))
    print(f"problems={len(problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
