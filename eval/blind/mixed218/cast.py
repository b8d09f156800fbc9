"""Helpers: valid (invented) BSNs and IBANs."""


def bsn_ok(n: str) -> bool:
    d = [int(x) for x in n]
    return (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0


def iban(bank: str, acct: str) -> str:
    acct = acct.zfill(10)
    s = bank + acct + "NL00"
    num = "".join(str(int(ch, 36)) for ch in s)
    chk = 98 - int(num) % 97
    raw = f"NL{chk:02d}{bank}{acct}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
