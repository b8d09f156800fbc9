"""All 25 documents of set D (texts with inline gold markup, see generate.py)."""
from docs_a import DOCS_A
from docs_b import DOCS_B
from docs_c import DOCS_C
from docs_extra import EXTRA

DOCUMENTS = DOCS_A + DOCS_B + DOCS_C
for _d in DOCUMENTS:
    _d["blocks"] = list(_d["blocks"]) + EXTRA.get(_d["name"], [])
assert set(EXTRA) <= {d["name"] for d in DOCUMENTS}
