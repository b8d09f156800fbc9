"""Build set AR (mixed34): PDFs in docs/, gold in gold/.  Usage: python build.py [name-substring ...]"""
import json
import sys

from framework import build
import content_a
import content_b

ALL = content_a.D + content_b.D

if __name__ == "__main__":
    sel = sys.argv[1:]
    tot = {"pages": 0, "redact": 0, "keep": 0, "hidden_only": 0}
    for i, d in enumerate(ALL):
        if sel and not any(s in d["name"] for s in sel):
            continue
        r = build(d, seed=3400 + i)
        for k in tot:
            tot[k] += r[k]
        print(r["doc"], r["pages"], "pages", r["redact"], "redact", r["keep"], "keep", r["hidden_only"], "hidden-only",
              ("dropped: " + "; ".join(f"{a}:{b}" for a, b in r["dropped"])) if r["dropped"] else "", flush=True)
    print("TOTAL", json.dumps(tot))
