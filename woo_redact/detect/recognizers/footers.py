"""An organisation's footer or letterhead line: parts set apart by bars, dots or dashes, one of them an address
("OD NZKG | Ruysdaelkade 2, 1072 AG Amsterdam | 088 567 02 00", "Provincie Limburg · Limburglaan 10 ·
Maastricht"). Its address and number are the organisation's; a line whose parts name a person is a
signature ("Yassine Bouzid | Gemeente Rotterdam | Coolsingel 40 | 06 ...") and is not one."""

from __future__ import annotations

import re

from ..lexicons import load_lexicons

__all__ = ["org_footer", "running_footer"]

_SEP = re.compile(r"[ \t]+[|·•\-–—][ \t]+")  # "ODNHN - Hertog Aalbrechtweg 5, Alkmaar - 088 102 13 00" too
# "Ruysdaelkade 2", "Kortenberglaan 4-10", "1072 AG"
_ADDRESS = re.compile(
    r"\b[A-Z][a-z][a-z-]*[ \t]+\d{1,4}(?:[ \t-]?[a-zA-Z]\b|-\d{1,4})?(?!\d)|\b[1-9]\d{3}[ \t]?[A-Z]{2}\b"
)
_INITIALS = re.compile(r"(?<![\w.])[A-Z]\.(?:[ \t]?[A-Z]\.)*[ \t]")
_ORG_HEAD = re.compile(
    r"(?i:gemeente|provincie|ministerie|waterschap|hoogheemraadschap|omgevingsdienst|veiligheidsregio|rijks\w+|"
    r"politie|rechtbank|gerechtshof|inspectie|autoriteit|agentschap|dienst|directie|stichting|vereniging|"
    r"ambassade|embassy|permanent|representation|college|raad|bureau|kantoor|b\.?v\.?|n\.?v\.?)$"
)
_HONORIFIC = re.compile(r"(?i)\b(?:fam|familie|dhr|mevr|mw|de heer|mevrouw)\b")
_NUMBER = re.compile(r"(?i:t|tel\.?|telefoon)?[ \t:]*[+(\d][\d ()+-]*")


def org_footer(line: str, number_last: bool = False) -> bool:
    """``line`` is an organisation's footer: three parts or more, an address among them after the first,
    and no person named (no known first name, no initials). With ``number_last`` its last part must be a
    phone number alone."""
    parts = _SEP.split(line.strip())
    if len(parts) < 3 or (number_last and not _NUMBER.fullmatch(parts[-1])):
        return False
    if not any(_ADDRESS.search(p) for p in parts[1:]):
        return False
    lex = load_lexicons()
    named = any(lex.is_first_name(w) for p in parts for w in re.findall(r"[A-Z][\w'’-]+", p))
    if named or any(_INITIALS.search(p + " ") or _HONORIFIC.search(p) for p in parts):
        return False
    # the organisation itself: an acronym ("OD NZKG", "PV EU") or an organisation's word ("Provincie Limburg")
    words = [w for p in parts if not _ADDRESS.search(p) for w in re.findall(r"[\w&'’-]+", p)]
    return any(
        (w.isupper() and len(w) >= 2 and not w.isdigit())
        or w.lower() in lex.organisation_words
        or bool(_ORG_HEAD.match(w))
        for w in words
    )


_ADDRESS_NUMBER = re.compile(
    r"[ \t]*[A-Z][\w'’-]+(?:[ \t][\w'’-]+){0,3}[ \t]+\d{1,4}[a-zA-Z]?(?:,[ \t]*(?:[1-9]\d{3}[ \t]?[A-Z]{2}[ \t]+)?"
    r"[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+){0,2})?[ \t]+[|·•\-–—][ \t]+(?i:t|tel\.?|telefoon)?[ \t:]*[+(\d][\d ()+-]*"
)


def running_footer(line: str, text: str) -> bool:
    """``line`` is a street address and a phone number alone ("Turfmarkt 147, Den Haag - 070 426 64 26") that
    stands as a line of its own on more pages than one: a building's running footer, the organisation's number.
    A person named on it makes it no footer."""
    if not _ADDRESS_NUMBER.fullmatch(line) or text.count("\n" + line.strip() + "\n") < 2:
        return False
    lex = load_lexicons()
    return not any(lex.is_first_name(w) for w in re.findall(r"[A-Z][\w'’-]+", line))
