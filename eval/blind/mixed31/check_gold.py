"""Verify every probe of set mixed31 against the originals with the evaluator's own functions.

For each gold file: the page count; every keep probe occurs exactly `after` times in the PDFium text of the
original (the channel the evaluator scores keep probes on), not counting occurrences that lie inside a longer
piece of personal data (the place 'Zwolle' inside 'Anouk van Zwolle'), and no keep occurrence partly overlaps
personal data; every redact probe occurs more often than `after` in at least one channel of the
original (OCR-only probes in the OCR channel), and a redact probe with after > 0 occurs exactly `after` times
inside kept organisation names. Prints per-document lines, totals, and `problems=N` last."""
import json
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import extract_channels, channel_counts, count_in, probe_regex  # noqa: E402

HERE = Path(__file__).resolve().parent


def spans(text, pr):
    return [m.span() for m in probe_regex(pr["text"], pr.get("word", False)).finditer(text)]


def main():
    problems = 0
    tot = {"redact": 0, "keep": 0, "hidden_only": 0, "ocr_only": 0, "pages": 0, "docs": 0}
    for gp in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gp.read_text(encoding="utf-8"))
        pdf = HERE / "docs" / g["doc"]
        if not pdf.exists():
            print(f"{g['doc']}: MISSING"); problems += 1; continue
        needs_ocr = any(p.get("ocr") for i in g["redact"] for p in i["probes"])
        ch = extract_channels(pdf, ocr="auto" if needs_ocr else "off")
        c = ch["channels"]
        text = c.get("pdfium", "")
        bad = []
        if ch["pages"] != g["pages"]:
            bad.append(f"pages {ch['pages']} != {g['pages']}")
        all_r = [s for it in g["redact"] for pr in it["probes"] if not pr.get("ocr") for s in spans(text, pr)]
        kspans = []
        for it in g["keep"]:
            for pr in it["probes"]:
                sp = spans(text, pr)
                # occurrences inside a longer piece of personal data (place 'Zwolle' in 'Anouk van Zwolle') go with it
                n = sum(1 for a, b in sp if not any(c <= a and b <= d and d - c > b - a for c, d in all_r))
                if n != pr["after"] or n == 0:
                    bad.append(f"keep {pr['text']!r}: {n} != {pr['after']}")
                kspans += sp
        rspans = []
        hidden = ocr_only = 0
        for it in g["redact"]:
            for pr in it["probes"]:
                cc = channel_counts(c, pr)
                if not cc or max(cc.values()) <= pr["after"]:
                    bad.append(f"redact {pr['text']!r}: {cc} not > {pr['after']}")
                if pr.get("ocr"):
                    ocr_only += 1
                    continue
                if count_in(text, pr) == 0:
                    hidden += 1
                sp = spans(text, pr)
                inside = sum(1 for s in sp if any(a <= s[0] and s[1] <= b for a, b in kspans))
                if inside != pr["after"]:
                    bad.append(f"redact {pr['text']!r}: {inside} inside kept names != after {pr['after']}")
                rspans += [s for s in sp if not any(a <= s[0] and s[1] <= b for a, b in kspans)]
        for it in g["keep"]:
            for pr in it["probes"]:
                for a, b in spans(text, pr):
                    if any(x < b and a < y and not (x <= a and b <= y) for x, y in rspans):
                        bad.append(f"keep {pr['text']!r} overlaps personal data")
                        break
        nr = sum(len(i["probes"]) for i in g["redact"])
        nk = sum(len(i["probes"]) for i in g["keep"])
        tot["redact"] += nr; tot["keep"] += nk; tot["hidden_only"] += hidden; tot["ocr_only"] += ocr_only
        tot["pages"] += g["pages"]; tot["docs"] += 1
        problems += len(bad)
        print(f"{g['doc']:<10} {g['producer']:<9} pages={g['pages']} redact={nr} keep={nk} hidden_only={hidden} "
              f"ocr_only={ocr_only}" + ("" if not bad else "  PROBLEMS: " + "; ".join(bad)), flush=True)
    print(" ".join(f"{k}={v}" for k, v in tot.items()))
    print(f"problems={problems}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
