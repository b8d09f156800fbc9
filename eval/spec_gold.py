"""Build and check the gold of a real corpus whose decisions are a ``spec_src.py`` (eval/real26 ... real30), with
the shared evaluator's own functions (``extract_channels``, ``channel_counts``, ``count_in``).

* :func:`make_gold`: ``gold/<stem>.json`` from the spec. A probe is a string (word-anchored) or a (string, word)
  pair. Redact probes get after=0 and must occur in some channel of the original; keep probes get after = their
  count in the PDFium text of the original (probes with count 0 are dropped with a warning).
* :func:`check_gold`: every redact probe must occur in the original (in some channel the evaluator reads, OCR of
  image pages included; OCR-only probes in OCR text) more often than its ``after``; every keep probe's count in
  the PDFium text of the original must equal its ``after``. Prints problems=N (must be 0).

Each corpus's ``make_gold.py`` and ``check_gold.py`` call these with their own folder; ``--cache DIR`` reuses
``<stem>.ch.pkl`` channel dumps.
"""

import argparse
import json
import pickle
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "shared" / "eval"))
from evaluate import channel_counts, count_in, extract_channels  # noqa: E402


def _cache_arg() -> Path | None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", type=Path, default=None, help="reuse <stem>.ch.pkl channel dumps")
    return ap.parse_args().cache


def _channels(pdf: Path, cache: Path | None) -> dict:
    if cache and (cache / (pdf.stem + ".ch.pkl")).exists():
        with open(cache / (pdf.stem + ".ch.pkl"), "rb") as f:
            return pickle.load(f)
    return extract_channels(pdf, ocr="auto")


def make_gold(here: Path, spec: dict) -> int:
    """Write ``here/gold/*.json`` from ``spec`` (doc -> {"redact": [...], "keep": [...]}); 1 on an error."""
    cache = _cache_arg()
    (here / "gold").mkdir(exist_ok=True)
    bad = 0
    for doc, entry in sorted(spec.items()):
        pdf = here / "pdfs" / doc
        ch = _channels(pdf, cache)
        chans = ch["channels"]
        g = {"doc": doc, "pages": ch["pages"], "redact": [], "keep": []}
        for kind, value, texts in entry["redact"]:
            probes = []
            for t in texts:
                t, word = (t, True) if isinstance(t, str) else t
                p = {"text": t, "word": word, "after": 0}
                if not channel_counts(chans, p):
                    print(f"ERROR {doc}: redact probe {t!r} not found in any channel")
                    bad += 1
                probes.append(p)
            g["redact"].append({"kind": kind, "value": value, "probes": probes})
        for kind, value, texts in entry["keep"]:
            probes = []
            for t in texts:
                t, word = (t, True) if isinstance(t, str) else t
                p = {"text": t, "word": word}
                n = count_in(chans["pdfium"], p)
                if n == 0:
                    print(f"WARN {doc}: keep probe {t!r} has count 0 in PDFium text; dropped")
                    continue
                p["after"] = n
                probes.append(p)
            if probes:
                g["keep"].append({"kind": kind, "value": value, "probes": probes})
        out = here / "gold" / (pdf.stem + ".json")
        out.write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        nr = sum(len(i["probes"]) for i in g["redact"])
        nk = sum(len(i["probes"]) for i in g["keep"])
        print(f"{doc}: pages={g['pages']} redact={len(g['redact'])}/{nr} keep={nk}")
    print(f"errors={bad}")
    return 1 if bad else 0


def check_gold(here: Path) -> int:
    """Check ``here/gold/*.json`` against ``here/pdfs``; 1 when a probe is off."""
    cache = _cache_arg()
    problems = 0
    golds = sorted((here / "gold").glob("*.json"))
    nr = nk = 0
    for gp in golds:
        g = json.loads(gp.read_text(encoding="utf-8"))
        pdf = here / "pdfs" / g["doc"]
        if not pdf.exists():
            print(f"PROBLEM missing original {pdf}")
            problems += 1
            continue
        ch = _channels(pdf, cache)
        chans = ch["channels"]
        if ch.get("pages") != g["pages"]:
            print(f"PROBLEM {g['doc']}: pages {ch.get('pages')} != gold {g['pages']}")
            problems += 1
        for item in g["redact"]:
            for p in item["probes"]:
                nr += 1
                cc = channel_counts(chans, p)
                if not any(v > p.get("after", 0) for v in cc.values()):
                    print(f"PROBLEM {g['doc']}: redact probe {p['text']!r} not found above after={p.get('after', 0)}")
                    problems += 1
        for item in g["keep"]:
            for p in item["probes"]:
                nk += 1
                n = count_in(chans["pdfium"], p)
                if n != p.get("after", 0):
                    print(f"PROBLEM {g['doc']}: keep probe {p['text']!r} count {n} != after {p.get('after')}")
                    problems += 1
    print(f"docs={len(golds)} redact_probes={nr} keep_probes={nk} problems={problems}")
    return 1 if problems else 0
