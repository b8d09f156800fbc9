"""Build blind set Y (mixed15): docs/*.pdf and gold/*.json.

    /work/main/.venv/bin/python eval/blind/mixed15/generate.py [y01 y02 ...]
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import framework  # noqa: E402
from content_a import DOCS as A  # noqa: E402

DOCS = list(A)
for mod in ("content_b", "content_c", "content_d"):
    try:
        DOCS += __import__(mod).DOCS
    except ModuleNotFoundError:
        pass

from content_e import HIDDEN, PAGE2  # noqa: E402

for d in DOCS:
    if d["name"] in PAGE2:
        d["blocks"] = d["blocks"] + [("pb",)] + PAGE2[d["name"]]
    for k, v in HIDDEN.get(d["name"], {}).items():
        if k == "meta":
            d["meta"] = {**d.get("meta", {}), **v}
        else:
            d[k] = list(d.get(k, [])) + list(v)
DOCS.sort(key=lambda d: d["name"])

if __name__ == "__main__":
    framework.build(DOCS, only=set(sys.argv[1:]) or None)
