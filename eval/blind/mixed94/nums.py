"""Valid-looking invented numbers (BSN 11-proef, IBAN mod-97)."""


def bsn(prefix8: str) -> str:
    while True:
        d = [int(x) for x in prefix8]
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s != 10:
            return prefix8 + str(s)
        prefix8 = prefix8[:7] + str((d[7] + 1) % 10)


def iban(bank: str, acct: str, grouped: bool = True) -> str:
    acct = acct.zfill(10)
    num = "".join(str(int(ch, 36)) for ch in (bank + acct + "NL00"))
    s = f"NL{98 - int(num) % 97:02d}{bank}{acct}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s


def dotted(b: str) -> str:
    return f"{b[:4]}.{b[4:6]}.{b[6:]}"
