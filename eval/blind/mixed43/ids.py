"""Invented identification numbers with valid checksums."""
import random


def bsn(seed: int) -> str:
    r = random.Random(seed * 7919 + 13)
    while True:
        d = [r.randrange(10) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        c = s % 11
        if c < 10:
            return "".join(map(str, d + [c]))


def iban(bank: str, seed: int, spaced: bool = True) -> str:
    r = random.Random(seed * 104729 + 7)
    acct = "".join(str(r.randrange(10)) for _ in range(10))
    if acct[0] == "0":
        acct = "1" + acct[1:]
    bban = bank + acct
    num = "".join(str(int(ch, 36)) for ch in bban + "NL00")
    chk = 98 - int(num) % 97
    s = f"NL{chk:02d}{bban}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if spaced else s


def ok_bsn(s):
    d = [int(c) for c in s if c.isdigit()]
    return len(d) == 9 and (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0


def ok_iban(s):
    s = s.replace(" ", "")
    t = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in t)) % 97 == 1
