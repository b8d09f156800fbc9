"""Verify every probe of set AM against its original with the evaluator's own extractors and matchers.
Prints one line per problem and finally `problems=N` plus totals. Usage: python check_gold.py [--quiet]"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from goldlib import HIDDEN, TEXT, channel_counts, count_in, extract_channels, mask, plain_probes, text_of  # noqa: E402


def main():
    quiet = "--quiet" in sys.argv
    problems = []
    tot = {"docs": 0, "pages": 0, "redact": 0, "keep": 0, "hidden_only": 0, "ocr_only": 0}
    golds = sorted((HERE / "gold").glob("*.json"))
    pdfs = sorted(p.name for p in (HERE / "docs").glob("*.pdf"))
    if [g.stem + ".pdf" for g in golds] != pdfs:
        problems.append("gold files and PDFs do not pair up")
    for gp in golds:
        g = json.loads(gp.read_text(encoding="utf-8"))
        name = g.get("doc")
        pdf = HERE / "docs" / name
        if name != gp.stem + ".pdf" or not pdf.exists():
            problems.append(f"{gp.name}: doc field/PDF missing")
            continue
        for key in ("redact", "keep", "pages"):
            if key not in g:
                problems.append(f"{name}: no {key}")
        ch = extract_channels(pdf, ocr="auto")
        chans = ch["channels"]
        if ch["pages"] != g["pages"]:
            problems.append(f"{name}: pages {ch['pages']} != gold {g['pages']}")
        tot["docs"] += 1
        tot["pages"] += ch["pages"]
        plain = plain_probes(g)
        masked = {n: mask(text_of(ch, n), plain) for n in TEXT}
        rtexts = {p["text"] for p in plain}
        for it in g["redact"]:
            if not it.get("kind") or not it.get("value") or not it.get("probes"):
                problems.append(f"{name}: malformed redact item {it}")
            for p in it["probes"]:
                tot["redact"] += 1
                cc = channel_counts(chans, p)
                if p.get("shared"):
                    exp = max(count_in(masked[n], p) for n in TEXT)
                    if p["after"] != exp:
                        problems.append(f"{name}: shared probe {p['text']!r} after={p['after']} expected {exp}")
                    if max(cc.values() or [0]) <= p["after"]:
                        problems.append(f"{name}: shared probe {p['text']!r} has nothing to redact ({cc})")
                else:
                    if p["after"] != 0:
                        problems.append(f"{name}: redact probe {p['text']!r} after={p['after']}")
                    if not cc:
                        problems.append(f"{name}: redact probe {p['text']!r} not found in the original")
                if p.get("ocr"):
                    tot["ocr_only"] += 1
                elif cc and set(cc) <= set(HIDDEN):
                    tot["hidden_only"] += 1
        for it in g["keep"]:
            for p in it["probes"]:
                tot["keep"] += 1
                if p["text"] in rtexts:
                    problems.append(f"{name}: keep probe {p['text']!r} is also a redact probe")
                exp = count_in(masked["pdfium"], p)
                if exp == 0 or p["after"] != exp:
                    problems.append(f"{name}: keep probe {p['text']!r} after={p['after']} but {exp} outside redacted strings")
        if not quiet:
            print(f"{name:<42} pages={ch['pages']} redact={sum(len(i['probes']) for i in g['redact'])} "
                  f"keep={sum(len(i['probes']) for i in g['keep'])}", flush=True)
    for p in problems:
        print("PROBLEM", p)
    print(" ".join(f"{k}={v}" for k, v in tot.items()))
    print(f"problems={len(problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
