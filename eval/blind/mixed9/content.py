"""All mixed9 documents (s01-s36), in order; content_e adds second pages to some of them."""
import content_a
import content_b
import content_c
import content_d
import content_e

DOCS = content_a.DOCS + content_b.DOCS + content_c.DOCS + content_d.DOCS
for _d in DOCS:
    _d["blocks"] = list(_d["blocks"]) + content_e.EXTRA.get(_d["id"], [])
assert len({d["id"] for d in DOCS}) == len(DOCS)
