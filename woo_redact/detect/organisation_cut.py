"""A name that ran on into an organisation's name, and where to cut it: "Hendrik-Jan Koning van het Koning
Willem I College", "Annelies Crombach van Staatsbosbeheer", "Arjan Loeffen Armatiek BV" (the name, then the
organisation a list's row or an affiliation names)."""

from __future__ import annotations

from .context import _INNER_TV, not_a_person
from .domains import named_by_domain
from .grammar import HONORIFIC_BEFORE, ORG_START, compiled
from .lexicons import load_lexicons, organisation_ending
from .parties import party_at

__all__ = ["cut_before_organisation"]

_ORG_START_WORD = compiled(rf"{ORG_START}\Z")


def cut_before_organisation(text: str, start: int, end: int) -> int | None:
    """A shorter end for a name that ran on into an organisation's name.

    "Hendrik-Jan Koning van het Koning Willem I College": the name is the part
    before the last inner "van het"; returns its end, or None.
    """
    span = text[start:end]
    words = list(_WORD.finditer(span))
    lex = load_lexicons()
    # "Mo Bakkali uit de Rembrandtflat": where someone is from, after a first name and a surname, and no surname
    # after it ("Jan uit den Boogaard", "Wim J. uit den Boogaard", "Jan Willem uit den Bogaard": one name)
    out_of = _OUT_OF.search(span)
    if out_of is not None:
        head_words = span[: out_of.start()].split()
        place = span[out_of.end() - 1 :].split()[:1]
        last = head_words[-1] if head_words else ""
        named = len(last) > 2 and "." not in last and not lex.is_first_name(last)
        if len(head_words) >= 2 and named and place and not lex.is_surname(place[0].strip(",.;:()")):
            return start + out_of.start()
    # "Thies Mesdag Kadaster", "Arjan Loeffen Armatiek BV": a list's row, the name and then the organisation
    # (what follows is the organisation: not_a_person would say so; a first name says the head is a name)
    organisation = (
        lex.is_organisation(words[-1].group()) or bool(_LEGAL_FORM_AFTER.match(text, end)) if words else False
    )
    if len(words) >= 3 and organisation and lex.is_first_name(words[0].group()):
        return start + words[-2].end()
    if len(words) >= 3 and lex.is_first_name(words[0].group()):
        # "Sabrina Vanderheyden Stad Beringen": an organisation's first word ends the name
        heads = [k for k in range(2, len(words)) if _ORG_START_WORD.match(words[k].group())]
        if heads:
            return start + words[heads[0] - 1].end()
    cuts = [m.start() for m in _INNER_TV.finditer(span)]
    if not cuts:
        return None
    new_end = start + cuts[-1]
    head = text[start:new_end].split()
    titled = bool(_TITLE_BEFORE.search(text, max(0, start - 20), start))
    tail = _OF_TAIL.match(span, cuts[-1])
    if titled and tail is not None and _FIRM_GOES_ON.match(text, end):
        return new_end  # "De heer Rozendaal van Vallei Distributie B.V.": the man, then his company
    if (
        tail is not None
        and len(head) == 1
        and lex.is_first_name(head[0])
        and not lex.is_surname(tail.group("org").split()[0])
        and _FIRM_WORDS_GO_ON.match(text, end)
    ):
        # "Ronald van Sentinel Crowd Services B.V.": a first name, then his company, whose name is no surname (not
        # "Jan van Dijk Installatietechniek B.V.", a firm named after its owner)
        return new_end
    if not_a_person(text, start, end):
        # ("Mevrouw Jansen van Bouwbedrijf Heijmans": a surname after an honorific is a name alone, too)
        return None if (len(head) < 2 and not titled) or not_a_person(text, start, new_end) else new_end
    # "Annelies Crombach van Staatsbosbeheer", "Mevrouw Kuiper van Woonbron", "Kübra van Ymere" (k.ozdemir@ymere.nl):
    # the words after the last "van" name an organisation the lists or the document's own mail domains know
    if tail is None or not (_organisation_tail(text, tail.group("org")) or party_at(text, start + tail.start("org"))):
        return None
    named = len(head) >= 2 or (len(head) == 1 and (lex.is_first_name(head[0]) or lex.is_surname(head[0])))
    named = named or titled
    return new_end if named and not not_a_person(text, start, new_end) else None


_TITLE_BEFORE = compiled(HONORIFIC_BEFORE)
_OUT_OF = compiled(r"[ \t\u00a0]+uit[ \t\u00a0]+den?[ \t\u00a0]+\p{Lu}")
_WORD = compiled(r"\S+")
_BV_NV = r"[ \t\u00a0]+(?:B\.?[ \t]?V\.?|N\.?[ \t]?V\.?)(?![\p{L}])"  # a B.V.'s or an N.V.'s legal form after a name
_LEGAL_FORM_AFTER = compiled(_BV_NV)
# ... after the rest of a company's name ("Vallei" / " Distributie B.V.")
_FIRM_GOES_ON = compiled(rf"(?:[ \t]+\p{{Lu}}[\p{{L}}&'’-]*){{0,3}}{_BV_NV}")
_FIRM_WORDS_GO_ON = compiled(rf"(?:[ \t]+\p{{Lu}}[\p{{L}}&'’-]*){{1,3}}{_BV_NV}")


_OF_TAIL = compiled(
    r"\s+van(?:\s+(?:de|het|der|den))?\s+(?P<org>\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*){0,3})\s*\Z"
)


# the last part of an institution's one-word name ("Kiesraad", "Staatsbosbeheer", "Belastingdienst")
_INSTITUTIONS = (
    "raad",
    "dienst",
    "beheer",
    "bank",
    "fonds",
    "kamer",
    "commissie",
    "inspectie",
    "autoriteit",
    "instituut",
    "centrum",
    "bureau",
    "college",
    "bond",
    "unie",
    # a municipality's department ("Thijs van Burgerzaken", "Publiekszaken", "Juridische Zaken")
    "zaken",
    "federatie",
    # a firm's trade ("Staalbouw Westland", "Installatietechniek Noord", "Bouwbedrijf Heijmans")
    "bouw",
    "bedrijf",
    "techniek",
    "advies",
    "groep",
    "makelaardij",
    "verzorging",
)


# organisation words that end family names too ("Oostenbrug", "Nieuwenhof", "Verkade"; not "-huis": "Sanne Mulder van
# Zonnehuis" works at a care home)
_FAMILY_TAILS = frozenset({"brug", "hof", "kade", "slot", "kerk"})


def _organisation_tail(text: str, org: str) -> bool:
    """``org`` (after "van" at a name's end) is an organisation: a listed organisation or company, an acronym
    the lists know, a word ending in an organisation's word that is no surname ("Kiesraad"), or the name of a
    mail domain in the same text ("Ymere" beside "@ymere.nl")."""
    lex = load_lexicons()
    name = " ".join(org.split())
    if lex.is_organisation(name) or name in lex.acronyms:
        return True
    if " " in name:
        return False
    low = name.lower()
    ending = organisation_ending(low, 4) or next((e for e in _INSTITUTIONS if low.endswith(e)), None)
    # (not an ending family names share: "Piet van Oostenbrug", "Jan van Nieuwenhof" are names, no bridge or court)
    family = ending in _FAMILY_TAILS and name[:1].isupper()
    if (
        ending
        and not family
        and len(low) - len(ending) >= 3
        and not lex.is_surname(name)
        and name not in lex.first_names
    ):
        return True
    return named_by_domain(text, name)
