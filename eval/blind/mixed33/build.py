"""Build set AQ (mixed33): python build.py [name-substring]  -> docs/*.pdf, gold/*.json"""
import json, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import framework as fw  # noqa: E402
import docs_a  # noqa: E402
import docs_b  # noqa: F401,E402
import docs_c  # noqa: F401,E402

(HERE / "docs").mkdir(exist_ok=True)
(HERE / "gold").mkdir(exist_ok=True)
sel = sys.argv[1] if len(sys.argv) > 1 else ""
for i, d in enumerate(docs_a.DOCS):
    if sel not in d["name"]:
        continue
    pdf = HERE / "docs" / (d["name"] + ".pdf")
    fw.render(d, pdf, seed=i)
    gold, dropped = fw.make_gold(d, pdf)
    (HERE / "gold" / (d["name"] + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    nr = sum(len(x["probes"]) for x in gold["redact"])
    nk = len(gold["keep"])
    print(f"{d['name']:45s} {d['producer']:8s} p={gold['pages']} redact={nr} keep={nk} dropped={dropped}", flush=True)
