"""Rebuild set mixed102 (asylum reception in gemeente Ede: COA, VGGM, klankbordgroep, statushouders).

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py mx03 mx12  # only these

Documents are written in docs_a.py, docs_b.py, docs_c.py with inline markup: {K:text} is a string to
redact, ⟦K:text⟧ a string to keep (engine.py strips the markup, renders, and writes gold). Every keep
probe's 'after' is counted on the original's PDFium text with the evaluator's own functions
(norm, probe_regex, count_in, text_pdfium); every redact probe has after=0 and is checked by
check_gold.py in the channel it is claimed for.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import engine  # noqa: E402
from docs_a import DOCS as A  # noqa: E402
from docs_b import DOCS as B  # noqa: E402
from docs_c import DOCS as C  # noqa: E402


def bsn_ok(s: str) -> bool:
    d = [int(x) for x in s]
    return len(d) == 9 and (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0


def make_bsn(prefix8: str) -> str:
    for k in range(10):
        p = prefix8[:7] + str((int(prefix8[7]) + k) % 10)
        s = sum(int(p[i]) * (9 - i) for i in range(8)) % 11
        if s < 10:
            assert bsn_ok(p + str(s))
            return p + str(s)
    raise ValueError(prefix8)


def make_iban(bank: str, acct: str) -> str:
    acct = acct.zfill(10)
    num = "".join(str(int(ch, 36)) for ch in (bank + acct + "NL00"))
    s = f"NL{98 - int(num) % 97:02d}{bank}{acct}"
    r = s[4:] + s[:4]
    assert int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


SUBS = {
    "BSN_HADDAD": make_bsn("29153781"),
    "BSN_BERHANE": make_bsn("31846207"),
    "IBAN_BERHANE": make_iban("INGB", "6629418"),
}


def substitute(obj):
    if isinstance(obj, str):
        for k, v in SUBS.items():
            obj = obj.replace(k, v)
        return obj
    if isinstance(obj, tuple):
        return tuple(substitute(x) for x in obj)
    if isinstance(obj, list):
        return [substitute(x) for x in obj]
    if isinstance(obj, dict):
        return {k: substitute(v) for k, v in obj.items()}
    return obj


DOCS = [substitute(d) for d in A + B + C]


def main(argv):
    want = set(argv)
    tot_r = tot_k = pages = 0
    for d in DOCS:
        if want and d["id"] not in want:
            continue
        g = engine.build(d)
        nr = sum(len(i["probes"]) for i in g["redact"])
        nk = sum(len(i["probes"]) for i in g["keep"])
        tot_r += nr
        tot_k += nk
        pages += g["pages"]
        print(f"{d['id']}: pages={g['pages']} redact={nr} keep={nk}  {g['producer']}", flush=True)
    print(f"total: pages={pages} redact={tot_r} keep={tot_k}")


if __name__ == "__main__":
    main(sys.argv[1:])
