"""Check the gold of set mixed35 against the originals with the shared evaluator's own functions.

Every redact probe must occur in the original (in some channel; OCR for scans) more often than its
`after`; every keep probe's count in the PDFium text must equal its `after`. Prints problems=N.
Also prints the counts used in README.md (OCR-only and hidden-only redact probes)."""
import json
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import extract_channels, channel_counts, count_in, TEXT_CHANNELS  # noqa: E402

HERE = Path(__file__).resolve().parent
HIDDEN = ("metadata", "outline", "annotations", "qpdf_raw", "raw_file", "prior_revisions")


def main():
    problems = 0
    docs = pages = nred = nkeep = ocr_only = hidden_only = 0
    for gf in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        pdf = HERE / "docs" / g["doc"]
        if not pdf.exists():
            print("missing original:", g["doc"]); problems += 1; continue
        ch = extract_channels(pdf)
        chans = ch["channels"]
        docs += 1
        pages += ch.get("pages", 0)
        if ch.get("pages", 0) != g["pages"]:
            print("%s: pages %s != gold %s" % (g["doc"], ch.get("pages"), g["pages"])); problems += 1
        seen = set()
        for e in g["redact"]:
            for pr in e["probes"]:
                nred += 1
                if pr["text"] in seen:
                    print("%s: probe used twice: %r" % (g["doc"], pr["text"])); problems += 1
                seen.add(pr["text"])
                cc = channel_counts(chans, pr)
                if not cc or max(cc.values()) <= pr.get("after", 0):
                    print("%s: redact probe not in original: %r %s" % (g["doc"], pr["text"], cc)); problems += 1
                    continue
                if set(cc) == {"ocr"}:
                    ocr_only += 1
                elif not (set(cc) & set(TEXT_CHANNELS)) and "ocr" not in cc and set(cc) <= set(HIDDEN):
                    hidden_only += 1
        for e in g["keep"]:
            for pr in e["probes"]:
                nkeep += 1
                c = count_in(chans.get("pdfium", ""), pr)
                if c != pr["after"]:
                    print("%s: keep probe %r count %d != after %d" % (g["doc"], pr["text"], c, pr["after"]))
                    problems += 1
    print("docs=%d pages=%d redact_probes=%d keep_probes=%d ocr_only=%d hidden_only=%d"
          % (docs, pages, nred, nkeep, ocr_only, hidden_only))
    print("problems=%d" % problems)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
