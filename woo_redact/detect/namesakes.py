"""Namesakes: when a name that an office holder bears is someone else's, and when it is the holder's.

A surname, or even a full name, that the register holds is not always the office holder's. A function in
apposition that is no office ("H.M. de Jonge, kabinetschef"), a citizen's role ("een huurder, dhr. De
Jonge") or where someone comes from ("mevrouw Hoekstra uit Leeuwarden") says someone else is meant; the
office in the addressee block above the name ("De Minister van VWS" over "De heer H.M. De Jonge") says the
holder is; and a name on the line below an office that names another person is no portfolio of it.
:mod:`.public` weighs these with the register and the titles.
"""

from __future__ import annotations

import threading

import regex

from .grammar import HONORIFIC_BEFORE, INITIALS, ROLE_WORDS, compiled
from .lexicons import load_lexicons
from .register import OfficeHolder, agrees, initial_letters
from .title_context import portfolio_words

__all__ = [
    "OFFICE_TITLES",
    "agrees_in_document",
    "function_apposed",
    "names_or_says",
    "office_above",
    "private_role",
    "roles",
]

# the titles of elected and appointed office holders (a configured title such as "woordvoerder" is not one)
OFFICE_TITLES = frozenset(
    {
        "minister-president",
        "minister",
        "staatssecretaris",
        "kamerlid",
        "eerste kamerlid",
        "burgemeester",
        "wethouder",
        "gedeputeerde",
        "commissaris van de koning",
        "commissaris van de koningin",
        "gouverneur",
        "premier",
        "gezaghebber",
        "eilandgedeputeerde",
        "boargemaster",
        "wethâlder",
        "deputearre",
        "regeringscommissaris",
        "dijkgraaf",
        "heemraad",
        "hoogheemraad",
        "senator",
        "raadslid",
        "statenlid",
        "fractievoorzitter",
        "kamervoorzitter",
        "europarlementariër",
        "portefeuillehouder",
        "rechter",
        "bestuursrechter",
        "kinderrechter",
        "rechter-commissaris",
        "kantonrechter",
        "raadsheer",
        "staatsraad",
        "commissioner",
        "european commissioner",
        "prime minister",
        "state secretary",
        "mayor",
        "alderman",
        "alderwoman",
        "deputy mayor",
        # the top civil servants whose names their organisations publish, written out (public by default in
        # default.yaml since session 44; a signature's office under or over the name counts as before it)
        "secretaris-generaal",
        "directeur-generaal",
        "gemeentesecretaris",
        "provinciesecretaris",
    }
)


# "De directeur, Harm Wiersma,", and a function right before the name: "teamleider Van Kempen"
_FUNCTION_BEFORE = compiled(
    r"(?i:\b(?:de|het|onze|uw|hun|haar|zijn)[ \t]+)?(?P<f>\p{L}[\p{L}-]+),[ \t]*\Z"
    r"|(?<![\p{L}-])(?P<f>\p{Ll}[\p{L}-]+)[ \t]+\Z"  # (not "NAVO-secretaris-generaal Mark Rutte": an office)
)
_FUNCTION_AFTER = compiled(r"(?:,[ \t]*(?i:(?:de|het|onze|uw)[ \t]+)?|[ \t]*\()(?P<f>\p{L}[\p{L}-]+)")


_BODIES = frozenset({"gemeente", "provincie", "ministerie", "waterschap", "hoogheemraadschap"})
_CHAIRS = ("voorzitter", "woordvoerder", "rapporteur")  # roles an office holder has too ("De voorzitter, Arib,")


def function_apposed(text: str, start: int, end: int) -> bool:
    """A function that is no office stands in apposition to the name ("De directeur, Harm Wiersma,",
    "Harm Wiersma, teamleider", "(beleidsmedewerker)"): whoever of that name held office, this is the
    civil servant."""
    lex = load_lexicons()
    for m in (_FUNCTION_BEFORE.search(text, max(0, start - 40), start), _FUNCTION_AFTER.match(text, end)):
        f = m.group("f").lower() if m else ""
        if f in _BODIES and m is not None and m.group("f")[:1].isupper():
            continue  # "Hubert Bruls (Gemeente Nijmegen)": the body he serves, which says no function
        if not f or not lex.is_non_person_word(f):
            continue
        office = any(f.startswith(o) for o in OFFICE_TITLES)  # "wethouders," heads a body's signature too
        if not office and not f.endswith(_CHAIRS):
            return True
    return False


# "een huurder, dhr. De Jonge", "klager mevrouw Hoekstra", "mevrouw Hoekstra uit Leeuwarden": a citizen
_ROLE_BEFORE = compiled(
    rf"(?i:\b(?:{ROLE_WORDS}|huurders?|huurster|bewoners?|bewoonster|inwoners?|inwoonster|burgers?|eigenaar|"
    r"eigenaresse|ondernemer)[ \t,:]+(?:(?:mevrouw|mevr\.|mw\.|de[ \t]+heer|dhr\.|meneer)[ \t]+)?)\Z"
)
_HONORIFIC_BEFORE = compiled(HONORIFIC_BEFORE)
_FROM_PLACE = compiled(r"[ \t]+uit[ \t]+\p{Lu}")


_ROLES = threading.local()  # per thread: a Dask worker run with several threads shares this module


def private_role(text: str, start: int, end: int) -> bool:
    """The name is a citizen's by its role ("een huurder, dhr. De Jonge") or by where they come from
    ("mevrouw Hoekstra uit Leeuwarden"): whoever of that name held office, this is someone else.
    Remembered for the last text (the same object): the judge asks for each span again and again."""
    memo = _ROLES
    if getattr(memo, "text", None) is not text:
        memo.text, memo.found = text, {}
    found: dict[tuple[int, int], bool] = memo.found
    if (start, end) not in found:
        found[(start, end)] = _private_role(text, start, end)
    return found[(start, end)]


def _private_role(text: str, start: int, end: int) -> bool:
    if _ROLE_BEFORE.search(text, max(0, start - 40), start):
        return True
    return bool(_HONORIFIC_BEFORE.search(text, max(0, start - 12), start) and _FROM_PLACE.match(text, end))


_SIGNED_FOR = compiled(r"\b(?:namens|deze|voor)\b")  # "namens deze,": a civil servant signs for the office


def office_above(text: str, start: int, holder: OfficeHolder) -> bool:
    """One of the holder's offices heads the line above the name's, as a letter's addressee block does:
    "De Minister van Volksgezondheid, Welzijn en Sport" over "De heer H.M. De Jonge"."""
    line_start = text.rfind("\n", 0, start) + 1
    prev_start = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
    above = text[prev_start : max(line_start - 1, prev_start)].strip().lower()
    offices = {r.rsplit("_", 1)[-1].replace("kamerlid", "lid") for r in holder.roles.split(";") if r}
    heads = [above]
    if prev_start > 0 and above.endswith(",") and not _SIGNED_FOR.search(above):
        # "DE STAATSSECRETARIS VAN INFRASTRUCTUUR EN WATERSTAAT - OPENBAAR" / "VERVOER EN MILIEU," / "Chris
        # Jansen": the office's heading wrapped over two lines above the signature's name
        first = text.rfind("\n", 0, prev_start - 1) + 1
        heads.append(text[first : prev_start - 1].strip().lower())
    return line_start > 0 and any(
        compiled(rf"(?:t\.?\s?a\.?\s?v\.?\s*)?(?:de|het|aan de|aan het)?\s*(?:\w+\s)?{o}\b").match(head)
        for o in offices
        for head in heads
    )


_SEAT_AFTER = compiled(r",[ \t]*(?:gemeente|provincie|waterschap|stadsdeel)[ \t]+\p{Lu}[\p{L}'’ -]*[ \t]*$")


def names_or_says(rest: str) -> bool:
    """What follows an office on the line below a name is another person's name ("wethouder Dennis de
    Vries", "Burgemeester Halsema komt ...") or a sentence, not the office's portfolio ("Sociale Zaken",
    "van Amsterdam", "Wonen en Ruimte")."""
    lex = load_lexicons()
    # (the body after a comma is the seat's, not a sentence: "financiën, gemeente Venray")
    rest = _SEAT_AFTER.sub("", rest)
    # (a remark in brackets is the seat's, not a sentence: "in Limburg (voorzitter)")
    words = [w.strip(".,;:()") for w in regex.sub(r"\([^()\n]{1,30}\)", " ", rest).split()]
    if not words or not words[0]:
        return False
    first = words[0]
    if first in lex.places and (not lex.is_given_name(first) or "-" in first):
        return False  # "burgemeester Valkenburg aan de Geul", "burgemeester Maastricht, voorzitter ...": the seat
        # ("burgemeester Hendrik-Ido-Ambacht": a place of several words joined, whatever name it begins with)
    if first in ("–", "-", "—", "/") and 1 <= len(words) - 1 <= 2 and all(w.islower() for w in words[1:]):
        return False  # "bestuursrechter – bijzitter": the office and the seat held in it
    if lex.is_given_name(first) or compiled(rf"^{INITIALS}$").match(first + "."):
        return True
    # "gedeputeerde Van Essen", "wethouder De Groot": a capitalised particle and a surname name someone
    if first in ("Van", "De", "Den", "Der", "Ter", "Ten") and len(words) > 1 and lex.is_surname(words[-1]):
        return True
    # "minister Madlener" under "S. Ottevanger" (an inventory's sender and addressee): a surname, no portfolio
    if len(words) == 1 and first[:1].isupper() and first not in lex.places and not portfolio_words(first):
        return True
    small = {"en", "van", "voor", "de", "het", "der", "den", "a.i.", "ai"}
    return any(w[:1].islower() and w.lower() not in small for w in words[1:]) or any(c.isdigit() for c in rest)


def roles(holder: OfficeHolder) -> str:
    """The holder's offices, readable: "minister, tweede kamerlid"."""
    return holder.roles.replace(";", ", ").replace("_", " ")


def agrees_in_document(given: str, holder: OfficeHolder, common: bool) -> bool:
    """A register name that agrees well enough to be the office holder whom the same document names
    with a title ("wethouder Kasmi" ... "S. Kasmi"): the full first name or initials, or for a rare
    surname the first initial."""
    if agrees(given, holder):
        return True
    # only one initial as written ("S. Kasmi", whose key keeps "S" without its dot): "Jeroen Uitermark" is not
    # "J.J.M. Uitermark", nor "JAN" an initial
    if common or holder.listed or not _ONE_INITIAL.fullmatch(given.strip()):
        return False
    known = holder.initials.replace(".", "")[:1] or holder.first[:1]
    return bool(known) and given.strip()[:1].upper() == known.upper() and len(initial_letters(given)) == 1


_ONE_INITIAL = compiled(r"\p{Lu}\.?")
