"""Small helpers for invented identifiers (all values are made up)."""
from __future__ import annotations


def bsn_ok(s: str) -> bool:
    d = [int(c) for c in s]
    return len(d) == 9 and (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0


def bsn(prefix8: str) -> str:
    """A BSN that passes the 11-proef, from an 8-digit stem (the last digit is computed)."""
    d = [int(c) for c in prefix8]
    s = sum(d[i] * (9 - i) for i in range(8))
    last = s % 11
    if last > 9:
        raise ValueError(f"stem {prefix8} has no valid check digit")
    out = prefix8 + str(last)
    assert bsn_ok(out)
    return out


def iban(bank: str, account10: str) -> str:
    """A Dutch IBAN with a valid mod-97 checksum, printed in groups of four."""
    bban = bank + account10
    num = "".join(str(int(c, 36)) for c in bban + "NL00")
    check = 98 - int(num) % 97
    raw = f"NL{check:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
