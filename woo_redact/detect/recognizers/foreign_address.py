"""A private person's address abroad in an addressee block: a street that begins with its kind ("Rua das Flores
27", "Calle Mayor 5", "ul. Długa 12"), its number, and on the next line a foreign postcode and place ("1200-195
Lisboa", "28013 Madrid", "00-950 Warszawa"), or on the islands without postcodes the place ("Kaya Grandi 12" /
"Kralendijk").

The Dutch street grammar reads a street by its ending ("...straat", "...weg"); in much of Europe the kind of street
comes first (the kinds that French, Portuguese, Spanish and Italian put first are shared with the judge of
name-like spans, :mod:`..street_context`). Only an addressee block's street is taken: the line above names no
organisation (an embassy's or a firm's address stays), and the street line holds no organisation word either.
"""

from __future__ import annotations

from ...model import Explanation, Line
from ..grammar import compiled
from ..street_context import STREET_KINDS_FIRST
from .address_words import _LABEL_LINE, _is_public
from .structure import Candidate

__all__ = ["foreign_streets"]

# the kind of street, capitalised, before its name: the Romance kinds (street_context), and "Carrer", "Plaza",
# "Via", "ul." (Polish), "Strada" (Romanian), "Odos" (Greek), "Ulitsa" (Russian), ...
_KINDS = "|".join(k.capitalize() for k in STREET_KINDS_FIRST)
_STREET_FIRST = compiled(
    rf"^[ \t]*(?P<street>(?:{_KINDS}|Av\.|Carrer|Plaza|Via|Vicolo|Bd|Place|ul\.|ulica|al\.|Aleja|Strada|Calea|"
    r"Bulevardul|Odos|Leoforos|Ulitsa|Vulytsia|Kaya)[ \u00a0][^\n\d,]{2,50}?)[ \u00a0,]+(?P<nr>\d{1,5}[a-zA-Z]?)"
    r"(?![\d.:])"
)
# ... or ends with it, in German and the Nordic languages: "Storgatan 14", "Bahnhofstraße 3", "Østergade 12"
_STREET_LAST = compiled(
    r"^[ \t]*(?P<street>\p{Lu}[\p{L}'’.-]*(?:gatan|gata|gate|vägen|väg|vej|gade|veien|vegen|straße|strasse|gasse|"
    r"allee|platz|damm))[ \u00a0,]+(?P<nr>\d{1,5}[a-zA-Z]?)(?![\d.:])"
)
# an organisation abroad: an embassy, a consulate, a firm's legal form
_FOREIGN_BODY = compiled(
    r"(?i:ambassade|embassy|embaixada|embajada|ambasciata|botschaft|consula\w*|konsulat|hotel|universi\w+|"
    r"\bb\.v\.|\bltd\b|gmbh|\bs\.a\.|\blda\b|\bs\.l\.|\bs\.r\.l\.|\bsp\. z o\.o\.)"
)
# a postcode of digits (with a dash, or a country's letters before it) and a place: "1200-195 Lisboa", "D-10115 Berlin"
# ("831 30 Östersund": a Swedish postcode in two groups)
_FOREIGN_POSTCODE = compiled(r"^[ \t]*(?P<pc>(?:[A-Z]{1,2}-)?\d{2,5}(?:[- ]\d{2,3})?)[ \u00a0]+\p{Lu}")
# ... or, on the islands of the Caribbean Netherlands, Aruba, Curaçao and Sint Maarten (no postcodes), the place alone:
# "Kaya Neerlandia 12" / "Kralendijk" (Papiamentu's "Kaya" is the street's kind)
_ISLAND_PLACE = compiled(
    r"^[ \t]*(?:Kralendijk|Rincon|Antriol|Nikiboko|Playa|The[ \u00a0]Bottom|Windwardside|St\.?[ \u00a0]Johns|"
    r"Hell'?s[ \u00a0]Gate|Oranjestad|Willemstad|Philipsburg|Noord|Santa[ \u00a0]Cruz|San[ \u00a0]Nicolas|Bonaire|"
    r"Saba|Sint[ \u00a0]Eustatius|St\.?[ \u00a0]Eustatius|Aruba|Cura[cç]ao|Sint[ \u00a0]Maarten)(?:[ \t,]|$)"
)

# the postcode after the street on one line: "ul. Krótka 7, 32-020 Wieliczka"
_POSTCODE_AFTER = compiled(r"[ \t]*,[ \t]*(?P<pc>(?:[A-Z]{1,2}-)?\d{2,5}(?:-\d{3})?)[ \u00a0]+\p{Lu}")

_COURTESY = compiled(r"^[ \t]*(?i:mevrouw|mevr\.|mw\.|de[ \u00a0]heer|dhr\.|familie|fam\.|mr\.|mrs\.|ms\.)[ \u00a0]")


def foreign_streets(text: str, lines: tuple[Line, ...], rows: list[str]) -> list[Candidate]:
    """The street and number of each foreign addressee block in the text."""
    out: list[Candidate] = []
    for i in range(1, len(rows)):
        m = _STREET_FIRST.match(rows[i]) or _STREET_LAST.match(rows[i])
        if m is None:
            continue
        # a form's home address field: "Privé-adres / Home address" above "ul. Krótka 7, 32-020 Wieliczka, Polen"
        labelled = bool(_LABEL_LINE.match(rows[i - 1]))
        below = rows[i + 1] if i + 1 < len(rows) else ""
        if not (labelled or _FOREIGN_POSTCODE.match(below) or _ISLAND_PLACE.match(below)):
            continue
        # (the line above a person's courtesy title is the sender's letterhead, no part of the block: "Kaya Grandi 2 |
        # Kralendijk" over "Mevrouw S.M. Domacassé" / "Kaya Bonaire 9")
        above = i - 1 if _COURTESY.match(rows[i - 1]) else max(0, i - 2)
        if any(_is_public(r) or _FOREIGN_BODY.search(r) for r in rows[above : i + 1]):
            continue  # "Embaixada do Reino dos Países Baixos" / "Avenida Infante Santo 43": the embassy's
        why = "a street abroad in an addressee block, a foreign postcode or an island's place below it"
        if labelled:
            why = f"a street abroad in a form's home address field ('{rows[i - 1].strip()}')"
        start, end = lines[i].start + m.start("street"), lines[i].start + m.end("nr")
        out.append(Candidate(start, end, "ADDRESS", Explanation("home_address", 0.8, why, context=rows[i][:80])))
        pc = _POSTCODE_AFTER.match(rows[i], m.end("nr"))
        if labelled and pc:
            s, e = lines[i].start + pc.start("pc"), lines[i].start + pc.end("pc")
            out.append(Candidate(s, e, "ADDRESS", Explanation("home_address", 0.8, why, context=rows[i][:80])))
        below_pc = _FOREIGN_POSTCODE.match(below)
        if below_pc and i + 1 < len(lines):  # ("831 30 Östersund": the postcode of the block's next line)
            s, e = lines[i + 1].start + below_pc.start("pc"), lines[i + 1].start + below_pc.end("pc")
            out.append(Candidate(s, e, "ADDRESS", Explanation("home_address", 0.8, why, context=below[:80])))
    return out
