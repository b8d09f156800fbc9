"""Cadastral parcels named in running text: "kadastraal bekend gemeente Haarlem, sectie K, nummer 4412".

The Kadaster gives the owner of a parcel to anyone who asks, so the section and number of a private
owner's parcel point to that person as their address does (5.1.2e), in a permit, an enforcement letter,
a decision on objection or the minutes of a talk with a landowner just as in a land-owners' table
(:mod:`.parcel_columns`). A parcel is written three ways in prose:

* ``kadastraal bekend (als) (gemeente) Haarlem, sectie K, (nummer|nr.|perceel) 4412`` (and "nummers 412
  en 413");
* ``kadastraal (bekend) Tiel M 3310 en M 3311``: the cadastral municipality, the section letter and number;
* ``sectie B nummer 1903`` or ``sectie M 2214`` in a sentence about a parcel ("perceel", "kavel", "grond");
* ``percelen Dodewaard C 1402 en C 1403``: after the word, the municipality, letter and number;
* the Kadaster's code, ``LWD01-H-1183`` (municipality code, section, number), in a sentence about parcels;
* ``Brakel K 1187``, a known place, the section letter and a number of two digits or more, with no word before it,
  in a text about land ("perceel", "kadastraal", "grondverwerver", "onteigening" somewhere in it): a dossier's name
  for an owner's parcel ("hoe staat het met Aalst A 2210 en Brakel K 1187?").

The section and numbers are reported (the cadastral municipality is a place and stays readable), unless the
sentence names an organisation as the parcel's owner ("eigendom van de gemeente", "van Staatsbosbeheer",
"Vastgoed B.V."): the parcels of public bodies and companies are no one's personal data. Scored below
certain: redacted and flagged for a reviewer, who knows whose parcel it is.
"""

from __future__ import annotations

from ...model import Document, Explanation
from ..cues import may_hold
from ..grammar import compiled, line_span
from ..lexicons import load_lexicons
from .structure import Candidate

__all__ = ["is_road", "organisation_owns", "parcels_in_text"]

SCORE = 0.75

_NUMBERS = r"\d{1,5}(?:[ \t\n]*(?:,|en|t/m|tot[ \t\n]+en[ \t\n]+met)[ \t\n]*\d{1,5}(?![\d\p{L}]))*"
# "sectie K, nummer 4412", "sectie G nummers 412 en 413", "sectie N, perceelnummer 640"
# ("sectie M 2214": the number right after the letter)
_SECTION = (
    rf"sectie[ \t\n]+\p{{Lu}}{{1,2}},?[ \t\n]+(?:(?:perceel)?(?:nummers?|nrs?\.?)[ \t\n]+)?{_NUMBERS}(?![\d\p{{L}}])"
)
_PLACE = r"\p{Lu}[\p{L}'’-]+(?:[ \t]+(?:aan[ \t]+de[ \t]+|a/d[ \t]+)?\p{Lu}[\p{L}'’-]+){0,2}"
_KNOWN_AS = (
    r"kadastraal[ \t\n]+(?:bekend|aangeduid|geregistreerd)?[ \t\n]*(?:als[ \t\n]+|onder[ \t\n]+)?"
    r"(?:(?:de[ \t\n]+)?gemeente[ \t\n]+)?"
)
_PARCEL_FORMS = compiled(
    rf"(?i:{_KNOWN_AS}{_PLACE}(?-i:,?[ \t\n]+)(?P<section>{_SECTION}))"
    # "kadastraal Tiel M 3310 en M 3311": a section letter in capitals and its number, one or more
    rf"|(?i:{_KNOWN_AS}){_PLACE}[ \t\n]+(?P<letters>\p{{Lu}}{{1,2}}[ \t]?\d{{1,5}}"
    r"(?:(?:[ \t\n]*,[ \t\n]*|[ \t\n]+en[ \t\n]+)\p{Lu}{1,2}[ \t]?\d{1,5})*)(?![\d\p{L}])"
    rf"|(?P<bare>(?i:{_SECTION}))"
    # "van de percelen Dodewaard C 1402 en C 1403": after the word, the cadastral municipality, letter and number
    rf"|(?i:\bperce(?:el|len)[ \t\n]+){_PLACE}[ \t\n]+(?P<after_word>\p{{Lu}}{{1,2}}[ \t]?\d{{1,5}}"
    r"(?:(?:[ \t\n]*,[ \t\n]*|[ \t\n]+en[ \t\n]+)\p{Lu}{1,2}[ \t]?\d{1,5})*)(?![\d\p{L}])"
    # the Kadaster's code of a parcel as RVO and the Kadaster's exports print it: cadastral municipality code,
    # section, number ("LWD01-H-1183", "WSM00 G 3381")
    r"|(?<![\p{L}\d-])(?P<code>\p{Lu}{3}\d{2}(?:-|[ \t])\p{Lu}{1,2}(?:-|[ \t])\d{1,5})(?![\p{L}\d-])"
)
# what every match of _PARCEL_FORMS holds: "kadastraal", "sectie", "perceel" or "percelen" in either case (its
# case-insensitive words, which lowered() aligns with the text), or the Kadaster's code without the lookarounds; a
# text with none is not searched
# (the pattern's lookbehind had it tried at every place of every text: ~0.3 ms a page of the generated notes)
_FORM_CUES = ("kadastraal", "sectie", "perceel", "percelen")
_CODE_CUE = compiled(r"\p{Lu}{3}\d{2}[- \t]\p{Lu}{1,2}[- \t]\d")
# "Aalst A 2210": a place the lists know, the section's letters and the number (not a motorway's "A 12" nor a
# provincial road's "N 322": no road is written after a place this way in a text about land)
# (not a room's, a team's or a time: "Kamer Assen C 102", "VV Brakel JO 13-1", "Utrecht CS 12:30", "Zwolle T 038
# 4567890"; not two digits or a year after two letters: "Nijkerk MO 15", "Zwolle CE 2024")
_NAMED_PARCEL = compiled(
    r"(?<![\p{L}\d-])(?<!(?i:kamer|lokaal|zaal|ruimte|perron|spoor|lijn|bus|team|vak|veld|hal|gebouw)[ \t]+)"
    r"(?P<place>\p{Lu}\p{Ll}[\p{L}'’-]*)[ \t]+"
    r"(?P<named>(?!\p{Lu}{2}[ \t](?:(?:19|20)\d\d|\d\d)(?!\d))\p{Lu}{1,2}[ \t]\d{2,5})"
    r"(?![\p{L}\d]|[.,]\d|[ \t]*[-:/]|[ \t]\d)"
)
_LAND_CUES = ("perceel", "percelen", "kadast", "grondverwerv", "grondaankoop", "onteigen")
_ROADS = compiled(r"[ANES][ \t]\d{1,3}")  # a motorway's, a provincial road's, a European road's, a city road's
# a public body or a legal person in the sentence: a parcel it names by place and number may be theirs
_BODY_IN_SENTENCE = compiled(
    r"(?i:(?<![\p{L}])(?:gemeente|provincie|waterschap|hoogheemraadschap|staatsbosbeheer|rijkswaterstaat|prorail|"
    r"natuurmonumenten|defensie|rijksvastgoedbedrijf|het[ ]rijk|staat[ ]der[ ]nederlanden|stichting|vereniging|"
    r"corporatie|woningcorporatie|"
    r"kerk|parochie|b\.[ ]?v\.|n\.[ ]?v\.|bv|nv)(?![\p{L}]))"
)
_PARCEL_WORD = compiled(r"(?i:\b(?:perce(?:el|len)|kavels?|grond|erf|kadast\w*)\b)")
# the owner named in the sentence is an organisation: its parcel is no one's personal data
_ORGANISATION_OWNER = compiled(
    r"(?i:\b(?:eigendom|eigenaar|eigenaresse|in[ \t\n]+bezit|toebehorend|verkocht[ \t\n]+door)\b[^.;]{0,50}?"
    r"\b(?:gemeente|provincie|de[ \t\n]+staat|het[ \t\n]+rijk|rijksvastgoedbedrijf|staatsbosbeheer|waterschap|"
    r"hoogheemraadschap|rijkswaterstaat|prorail|defensie|natuurmonumenten|landschap|woningcorporatie|stichting|"
    r"vereniging|coöperatie|b\.?[ ]?v\.?|n\.?[ ]?v\.?)(?![\p{L}]))"
)
_SENTENCE_END = compiled(r"[.!?](?=[ \t]*(?:\n|$|\p{Lu}))|\n[ \t]*\n")
_DIGITS_OR_PARCEL = compiled(r"\p{Lu}{1,2}[ \t]?\d{1,5}|\d{1,5}")


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around ``text[start:end]`` (a full stop, a blank line or the text's ends bound it)."""
    before = list(_SENTENCE_END.finditer(text, max(0, start - 300), start))
    s = before[-1].end() if before else max(0, start - 300)
    after = _SENTENCE_END.search(text, end, end + 300)
    return text[s : after.start() if after else min(len(text), end + 300)]


def _may_name_parcels(text: str) -> bool:
    """False only where ``_PARCEL_FORMS`` and the named parcels find nothing in ``text``: no cue of
    :data:`_FORM_CUES` or :data:`_LAND_CUES` and no code."""
    return may_hold(text, _FORM_CUES) or may_hold(text, _LAND_CUES) or _CODE_CUE.search(text) is not None


def parcels_in_text(doc: Document) -> list[Candidate]:
    """The section and numbers of cadastral parcels in running text, unless an organisation owns them."""
    text = doc.text
    out: list[Candidate] = []
    if not _may_name_parcels(text):
        return out
    for m in _PARCEL_FORMS.finditer(text):
        group = next(g for g in ("section", "letters", "after_word", "code", "bare") if m.group(g))
        start, end = m.span(group)
        sentence = _sentence(text, start, end)
        if group in ("bare", "code") and not _PARCEL_WORD.search(sentence):
            continue  # "sectie B nummer 4": a document's section, no parcel
        if _ORGANISATION_OWNER.search(sentence):
            continue
        why = f"a cadastral parcel ('{' '.join(m.group(group).split())}'): the Kadaster names its owner"
        if group in ("letters", "after_word"):  # "M 3310 en M 3311": each parcel its own box
            for p in _DIGITS_OR_PARCEL.finditer(text, start, end):
                if p.group()[:1].isalpha():
                    out.append(Candidate(p.start(), p.end(), "ADDRESS", Explanation("parcel", SCORE, why)))
            continue
        out.append(Candidate(start, end, "ADDRESS", Explanation("parcel", SCORE, why, context=m.group()[:80])))
    return out + _named_parcels(text, out)


def _named_parcels(text: str, found: list[Candidate]) -> list[Candidate]:
    """The parcels a text about land names by their cadastral place, section and number alone ("Brakel K 1187"),
    not taken yet, in a sentence that names no public body or legal person (whose parcel it may be)."""
    if not may_hold(text, _LAND_CUES):
        return []
    lex = load_lexicons()
    out: list[Candidate] = []
    for m in _NAMED_PARCEL.finditer(text):
        start, end = m.span("named")
        if m.group("place") not in lex.places or is_road(m.group("named")):
            continue
        line_start, line_end = line_span(text, m.start())
        if text[line_start:line_end].strip() == m.group():
            continue  # a cell of its own ("Winschoten K 88" under "Kadastrale percelen"): the table's, whoever owns it
        if any(c.start < end and start < c.end for c in found) or _BODY_IN_SENTENCE.search(_sentence(text, start, end)):
            continue
        why = f"a cadastral parcel ('{m.group()}', its place, section and number) in a text about land"
        out.append(Candidate(start, end, "ADDRESS", Explanation("parcel", SCORE, why, context=m.group())))
    return out


def organisation_owns(text: str, start: int, end: int) -> bool:
    """The sentence around ``text[start:end]`` says an organisation owns the parcel ("eigendom van
    Staatsbosbeheer")."""
    return _ORGANISATION_OWNER.search(_sentence(text, start, end)) is not None


def is_road(value: str) -> bool:
    """``value`` has a road's shape rather than a parcel's: "A 12", "N 340", "E 19", "S 100"."""
    return _ROADS.fullmatch(value) is not None
