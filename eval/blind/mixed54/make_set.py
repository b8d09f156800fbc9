"""Rebuild set BL (eval/blind/mixed54): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py          # all documents
    /work/main/.venv/bin/python make_set.py bl03 bl17 # only these

Every keep probe's 'after' is counted on the original's PDFium text with the evaluator's own
functions; every redact probe has after=0 and is checked by check_gold.py in all channels.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, "/work/shared/eval")

from evaluate import count_in, norm, text_pdfium  # noqa: E402

DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
DOCS: list = []


# ---------------------------------------------------------------- numbers with valid checksums
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


def make_iban(bank: str, acct: str, grouped=True) -> str:
    acct = acct.zfill(10)
    num = "".join(str(int(ch, 36)) for ch in (bank + acct + "NL00"))
    ck = 98 - int(num) % 97
    s = f"NL{ck:02d}{bank}{acct}"
    if grouped:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


# ---------------------------------------------------------------- gold helpers
def _probe(p):
    if isinstance(p, dict):
        return p
    word = True
    if p.startswith("~"):
        word, p = False, p[1:]
    return {"text": p, "word": word, "after": 0}


def R(kind, value, *probes):
    """A redact item; probes default to the value itself. '~text' = no word anchoring."""
    pr = [_probe(p) for p in (probes or (value,))]
    return {"kind": kind, "value": value, "probes": pr}


def K(kind, *texts):
    """One keep item per text (probe = the text, word-anchored); after is counted later."""
    return [{"kind": kind, "value": t, "probes": [{"text": t, "word": True, "after": None}]} for t in texts]


def doc(name, build, redact, keep, notes=""):
    kk = []
    for k in keep:
        kk.extend(k if isinstance(k, list) else [k])
    DOCS.append({"name": name, "build": build, "redact": redact, "keep": kk, "notes": notes})


def build_one(d) -> dict:
    path = DOCS_DIR / (d["name"] + ".pdf")
    d["build"](path)
    text, pages = text_pdfium(path)
    keep = []
    for item in d["keep"]:
        item = json.loads(json.dumps(item))
        for pr in item["probes"]:
            pr["after"] = count_in(text, pr)
        keep.append(item)
    gold = {"doc": path.name, "pages": pages, "redact": d["redact"], "keep": keep}
    (GOLD_DIR / (d["name"] + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                encoding="utf-8")
    return gold


def main(argv):
    import content  # registers the documents in its own import of this module
    docs = content.M.DOCS
    DOCS_DIR.mkdir(exist_ok=True)
    GOLD_DIR.mkdir(exist_ok=True)
    sel = [d for d in docs if not argv or any(d["name"].startswith(a) for a in argv)]
    for d in sel:
        g = content.M.build_one(d)
        zero = [p["text"] for k in g["keep"] for p in k["probes"] if p["after"] == 0]
        print(f"{d['name']}: pages={g['pages']} redact={sum(len(r['probes']) for r in g['redact'])} "
              f"keep={len(g['keep'])}" + (f"  KEEP-ZERO {zero}" if zero else ""))


if __name__ == "__main__":
    main(sys.argv[1:])
