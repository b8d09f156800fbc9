"""Verify every gold probe of blind set mixed25 against the original PDFs with the evaluator's own
functions (norm, probe_regex/count_in, channel extraction, OCR). Prints problems=N.

    /work/main/.venv/bin/python check_gold.py
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
import evaluate as ev  # noqa: E402


def main():
    problems = []
    docs = sorted((HERE / "docs").glob("*.pdf"))
    golds = sorted((HERE / "gold").glob("*.json"))
    if {d.stem for d in docs} != {g.stem for g in golds}:
        problems.append("docs and gold files do not pair up")
    tot = {"docs": 0, "pages": 0, "redact": 0, "keep": 0, "ocr": 0, "hidden_only": 0}
    for g in golds:
        gold = json.loads(g.read_text(encoding="utf-8"))
        pdf = HERE / "docs" / gold["doc"]
        has_ocr = any(p.get("ocr") for it in gold["redact"] for p in it["probes"])
        ch = ev.extract_channels(pdf, ocr="auto" if has_ocr else "off")
        chans = ch["channels"]
        tot["docs"] += 1
        tot["pages"] += ch["pages"]
        if ch["pages"] != gold["pages"]:
            problems.append(f"{g.name}: pages {ch['pages']} != gold {gold['pages']}")
        seen = set()
        for it in gold["redact"]:
            for p in it["probes"]:
                tot["redact"] += 1
                key = (p["text"], p.get("word", False))
                if key in seen:
                    problems.append(f"{g.name}: duplicate redact probe {p['text']!r}")
                seen.add(key)
                if p.get("after", 0) != 0:
                    problems.append(f"{g.name}: redact probe {p['text']!r} has after != 0")
                cc = ev.channel_counts(chans, p)
                if p.get("ocr"):
                    tot["ocr"] += 1
                    if not cc.get("ocr"):
                        problems.append(f"{g.name}: OCR probe {p['text']!r} not found by OCR in the original")
                    continue
                if not cc:
                    problems.append(f"{g.name}: redact probe {p['text']!r} not found in any channel")
                elif not any(cc.get(c) for c in ev.TEXT_CHANNELS):
                    tot["hidden_only"] += 1
        for it in gold["keep"]:
            for p in it["probes"]:
                tot["keep"] += 1
                n = ev.count_in(chans.get("pdfium", ""), p)
                expect = p["after"] + p.get("inside_personal_data", 0)
                if p["after"] < 1:
                    problems.append(f"{g.name}: keep probe {p['text']!r} with after < 1")
                if n != expect:
                    problems.append(f"{g.name}: keep probe {p['text']!r}: pdfium {n}, expected {expect}")
    for p in problems:
        print("  ", p)
    print(" ".join(f"{k}={v}" for k, v in tot.items()))
    print(f"problems={len(problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
