"""Valid-looking invented identifiers (11-proef BSN, mod-97 IBAN)."""
import random


def bsn(seed):
    r = random.Random(seed)
    while True:
        d = [r.randrange(10) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last < 10:
            return "".join(map(str, d + [last]))


def iban(bank, seed):
    r = random.Random(seed)
    acct = "".join(str(r.randrange(10)) for _ in range(10))
    num = "".join(str(int(c, 36)) for c in bank + acct + "NL00")
    chk = 98 - int(num) % 97
    s = f"NL{chk:02d}{bank}{acct}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
