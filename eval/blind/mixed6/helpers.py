"""Invented identifiers for set mixed6: BSNs that pass the 11-proef, NL IBANs with a valid mod-97
check (and one helper that makes a one-digit typo). Deterministic: derived from a seed string."""
from __future__ import annotations

import hashlib


def _digits(seed: str, n: int) -> list[int]:
    h = hashlib.sha256(seed.encode()).hexdigest()
    return [int(c, 16) % 10 for c in h[:n]]


def bsn(seed: str) -> str:
    """A 9-digit number that passes the 11-proef (invented, generated from seed)."""
    k = 0
    while True:
        d = _digits(f"{seed}/{k}", 8)
        if d[0] == 0:
            d[0] = 1
        s = sum(w * x for w, x in zip(range(9, 1, -1), d))
        last = s % 11
        if last < 10:
            return "".join(map(str, d + [last]))
        k += 1


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def iban(seed: str, bank: str = "INGB", spaced: bool = True) -> str:
    """A Dutch IBAN with a valid check (invented account number)."""
    acct = "".join(map(str, _digits(seed, 10)))
    base = bank + acct + "NL00"
    num = int("".join(str(int(c, 36)) for c in base))
    cd = 98 - num % 97
    s = f"NL{cd:02d}{bank}{acct}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if spaced else s


def typo(iban_s: str) -> str:
    """The same IBAN with its last digit changed (checksum no longer valid)."""
    last = iban_s[-1]
    out = iban_s[:-1] + str((int(last) + 3) % 10)
    assert not iban_ok(out)
    return out
