"""Invented identification numbers with valid checksums (BSN elfproef, IBAN mod-97)."""


def bsn_ok(s: str) -> bool:
    d = [int(x) for x in s]
    return len(d) == 9 and (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0


def make_bsn(prefix8: str) -> str:
    while True:
        d = [int(x) for x in prefix8]
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s != 10:
            break
        prefix8 = prefix8[:7] + str((d[7] + 1) % 10)
    r = prefix8 + str(s)
    assert bsn_ok(r)
    return r


def make_iban(bank: str, acct: str, grouped=True) -> str:
    acct = acct.zfill(10)
    num = "".join(str(int(ch, 36)) for ch in (bank + acct + "NL00"))
    ck = 98 - int(num) % 97
    s = f"NL{ck:02d}{bank}{acct}"
    assert iban_ok(s)
    if grouped:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


BSN = {"yilmaz": make_bsn("21847306"), "elidrissi": make_bsn("30591274"), "gebremedhin": make_bsn("64120835"),
       "veer": make_bsn("17360492"), "hart": make_bsn("10938457"), "wisniewska": make_bsn("25774016")}
IBAN = {"yilmaz": make_iban("INGB", "6730291845"), "elidrissi": make_iban("RABO", "3217760459"),
        "veer": make_iban("ABNA", "5120938471"), "hart": make_iban("SNSB", "0871234409"),
        "gebremedhin": make_iban("TRIO", "2198450763", grouped=False)}
