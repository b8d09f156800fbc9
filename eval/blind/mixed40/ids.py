"""Invented identifiers for set AX: BSNs with a valid 11-proef, Dutch IBANs with a valid mod-97 check.
Generated once from a fixed seed so the set rebuilds identically."""
import random

from axlib import make_bsn, make_iban

_rng = random.Random(40_2024)
B = [make_bsn(_rng) for _ in range(20)]
_BANKS = ["INGB", "RABO", "ABNA", "SNSB", "TRIO", "ASNB", "BUNQ", "KNAB", "RBRB", "INGB"]
I = [make_iban(_rng, _BANKS[i % len(_BANKS)]) for i in range(40)]
