"""Invented persons and numbers (BSN 11-proef, IBAN mod-97 valid)."""


def make_bsn(prefix8: str) -> str:
    while True:
        d = [int(x) for x in prefix8]
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s != 10:
            return prefix8 + str(s)
        prefix8 = prefix8[:7] + str((d[7] + 1) % 10)


def make_iban(bank: str, acct: str) -> str:
    acct = acct.zfill(10)
    num = "".join(str(int(ch, 36)) for ch in (bank + acct + "NL00"))
    s = f"NL{98 - int(num) % 97:02d}{bank}{acct}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


BSN_WESSELS = make_bsn("20748153")
BSN_YILDIRIM = make_bsn("17390264")
BSN_KOOLHOVEN = make_bsn("31628470")
IBAN_KOOLHOVEN_PRIV = make_iban("INGB", "6271044")       # private account of the owner
IBAN_KOOLHOVEN_ZAAK = make_iban("RABO", "3318207455")    # eenmanszaak account (also personal)
IBAN_TGG = make_iban("ABNA", "0518772301")               # Twentse Groengas B.V. (company, keep)
IBAN_LAMMERINK_PRIV = make_iban("SNSB", "0907716428")    # private account of the director
IBAN_WESSELS = make_iban("TRIO", "0390118274")
IBAN_RVO = make_iban("INGB", "0000006410")               # RVO (public body, keep)
