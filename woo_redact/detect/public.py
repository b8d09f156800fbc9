"""Public office holders: names that stay readable.

A name stays when it belongs to a listed public official (config or
``--public-officials``), matched on surname and, where both give one, on the
first name or initial; or when it is directly preceded by a public title
("minister Keijzer", "het lid Van der Plas", "burgemeester mr. De Wit").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .grammar import INITIALS, TITLE, compiled, tussenvoegsel
from .lexicons import load_lexicons


def _key(name: str) -> tuple[str, str]:
    """(first initial or '', surname in lower case without tussenvoegsel spacing)."""
    lex = load_lexicons()
    tvs = set(lex.tussenvoegsels)
    tokens = [t.strip(".,") for t in name.split() if t.strip(".,")]
    if not tokens:
        return "", ""
    k = len(tokens) - 1
    while k > 0 and tokens[k - 1].lower() in tvs:
        k -= 1
    core = [t for t in tokens[k:] if t.lower() not in tvs] or tokens[k:]
    surname = " ".join(core).lower()  # without tussenvoegsels: "Ter Horst-Wijngaard" == "Horst-Wijngaard"
    first = tokens[0] if k > 0 else ""
    if first.lower() in tvs:
        first = ""
    return (first[:1].upper() if first else ""), surname


# "namens de staatssecretaris, drs. X": X signs for the office holder, X is a civil servant.
_NAMENS = compiled(r"(?i:\bnamens(?:\s+(?:de|het))?\s*)$")


class PublicNames:
    """Decides whether a name span is a public office holder's name."""

    def __init__(self, officials: Sequence[str], titles: Sequence[str]) -> None:
        self.officials = [(_key(n), n) for n in officials if n.strip()]
        alts = "|".join(sorted((re.escape(t).replace(r"\ ", r"\s+") for t in titles), key=len, reverse=True))
        multi = [re.escape(t).replace(r"\ ", r"\s+") for t in titles if " " in t.strip()]
        self.multiword = compiled(rf"(?i:\b(?:{'|'.join(multi) or '(?!)'})\b)")
        self.title_at_start = compiled(rf"^(?i:(?:{alts}))\s+")
        self.title_re = compiled(
            rf"(?i:\b(?:{alts}))(?:\s+(?i:van|voor)\s+[\p{{Lu}}][\p{{L}}-]+(?:\s+(?:en|van|voor)\s+[\p{{Lu}}][\p{{L}}-]+)*)?"
            rf",?(?:\s+(?:{TITLE}))*\s+(?:{INITIALS}\s*)?(?:{tussenvoegsel()}\s+)?$"
        )

    def title_spans(self, text: str) -> list[tuple[int, int]]:
        """Where a public title of several words stands ("Commissaris van de Koning"): no name there."""
        return [(m.start(), m.end()) for m in self.multiword.finditer(text)]

    def reason(self, text: str, start: int, end: int) -> str | None:
        """Why ``text[start:end]`` is public, or None when it is not."""
        before = text[max(0, start - 80) : start]
        m = self.title_re.search(before)
        if m and not _NAMENS.search(before[: m.start()]):
            return f"preceded by the public title '{m.group().strip()}'"
        head = self.title_at_start.match(text[start:end])
        if head:
            return f"begins with the public title '{head.group().strip()}'"
        initial, surname = _key(text[start:end])
        for (o_initial, o_surname), _name in self.officials:
            if surname and surname == o_surname and (not initial or not o_initial or initial == o_initial):
                return "listed public official"
        return None
