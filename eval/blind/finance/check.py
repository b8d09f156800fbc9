"""Review aid (not needed to build the set): show the context of every redact-probe occurrence
that stays in the ideal redaction (after > 0), and every keep/redact overlap."""
import sys
from generate import DOCUMENTS, RED, KEEP, all_text, ideal, norm, probe_regex, default_probes

only = set(sys.argv[1:])
for d in DOCUMENTS:
    if only and d["id"] not in only:
        continue
    raw = all_text(d)
    idl = norm(ideal(raw))
    seen = set()
    for m in RED.finditer(raw):
        probes = m.group(3).split(";") if m.group(3) else default_probes(m.group(1), m.group(2))
        for p in probes:
            if p in seen:
                continue
            seen.add(p)
            for mm in probe_regex(p, True).finditer(idl):
                print(f"{d['id']} {p!r}: ...{idl[max(0, mm.start()-40):mm.end()+30]}...")
