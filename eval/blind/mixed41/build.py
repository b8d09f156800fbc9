"""Build docs/*.pdf and gold/*.json of blind set mixed41 (AY).  python build.py [name ...]"""
import sys
from framework import build_doc
from extras import EXTRA
import content_a
import content_b
import content_c

ALL = content_a.DOCS + content_b.DOCS + content_c.DOCS


def main(argv):
    sel = [d for d in ALL if not argv or any(d.name.startswith(a) for a in argv)]
    lines = []

    def log(s):
        print(s, flush=True)
        lines.append(s)

    tot_r = tot_k = pages = 0
    for d in sel:
        d.keep_extra = EXTRA.get(d.name[:4], [])
        g = build_doc(d, log)
        tot_r += sum(len(i["probes"]) for i in g["redact"])
        tot_k += len(g["keep"])
        pages += g["pages"]
    log(f"built {len(sel)} docs pages={pages} redact_probes={tot_r} keep_probes={tot_k}")


if __name__ == "__main__":
    main(sys.argv[1:])
