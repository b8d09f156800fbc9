"""Invented identifiers with valid checksums."""


def bsn(seed):
    """A 9-digit number passing the 11-proef, derived from seed."""
    n = 100000000 + (seed * 482718371) % 800000000
    while True:
        d = [int(c) for c in str(n)]
        s = sum(w * x for w, x in zip(range(9, 1, -1), d[:8])) - d[8]
        if s % 11 == 0 and d[0] != 0:
            return str(n)
        n += 1


def bsn_dots(seed):
    b = bsn(seed)
    return "%s.%s.%s" % (b[:4], b[4:6], b[6:])


def iban(bank, acct, spaced=True):
    acct = acct.rjust(10, "0")
    rearr = bank + acct + "NL00"
    num = "".join(str(int(c, 36)) for c in rearr)
    ck = 98 - int(num) % 97
    s = "NL%02d%s%s" % (ck, bank, acct)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if spaced else s
