"""The strengths of person evidence and the table of keep rules that :mod:`.evidence`'s judge applies.

A detector's explanation says how sure it is that a span is a person's name (:class:`Strength`,
:data:`DETECTOR_STRENGTH`, :func:`person_strength`; a span found only as a speaker, a copy of a structure's or of a
surely found name); each keep rule (:data:`RULES`) names the public evidence it
rests on and the strongest person evidence it overrules. :mod:`.evidence`'s docstring gives the table in full.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from .lexicons import load_lexicons
from .merge import Merged
from .recognizers.structure import MEETING_FIELDS
from .register import common_surnames, name_key

__all__ = [
    "ATTENDANCE_FIELDS",
    "DETECTOR_STRENGTH",
    "NAMING_RULES",
    "REVIEW_RULES",
    "RULE_BY_NAME",
    "RULES",
    "STRUCTURAL_DETECTORS",
    "Rule",
    "Strength",
    "Verdict",
    "own_firm_elsewhere",
    "person_strength",
]


class Strength(enum.IntEnum):
    """How sure the detectors are that a span is a person's name."""

    NONE = 0
    WEAK = 1
    MEDIUM = 2
    STRONG = 3
    STRUCTURAL = 4


# who attends or is invited: named as a participant, not as an author or addressee
ATTENDANCE_FIELDS = frozenset({"aanwezig", "afwezig", "afwezig met kennisgeving"}) | (
    MEETING_FIELDS - {"organisator", "organizer"}
)
STRUCTURAL_DETECTORS = frozenset({"header_field", "salutation", "signature_block", "paraph_table", "chat_speaker"})
DETECTOR_STRENGTH: dict[str, Strength] = {
    **{d: Strength.STRUCTURAL for d in STRUCTURAL_DETECTORS},
    "titled_name": Strength.STRONG,
    "named_with_age": Strength.STRONG,  # "Yonas (14)": a family list
    "roepnaam_in_zin": Strength.STRONG,  # ", roepnaam Jet,": the name someone goes by (whatever place bears it)
    "initials_born": Strength.STRONG,  # "J.d.G., geboren 12-06-2010": a child kept unnamed
    "table_cell": Strength.MEDIUM,  # a name wrapped in a table cell, judged piece by piece
    "vertical_text": Strength.MEDIUM,  # a name in a line set vertically, put back together
    "column_line": Strength.MEDIUM,  # a name broken over a line end in a text column, read on in that column
    "initials_name": Strength.STRONG,
    "first_name": Strength.MEDIUM,  # a lone first name is WEAK, see person_strength()
    "capitals_name": Strength.MEDIUM,
    "chinese_name": Strength.MEDIUM,
    "name_column": Strength.MEDIUM,
    "attendance_list": Strength.MEDIUM,  # a row of an attendance list, name first
    "form_field": Strength.STRONG,  # "Achternaam | Groningen": a form asks for the name, whatever word it is
    "file_name": Strength.STRONG,  # "Whatsapp_export_A_Bouwhuis.pdf": an initial or first name and surname, joined
    "nickname": Strength.MEDIUM,  # "Jesse Ouwehand ('Jez')", "collega's noemen hem Mem"
    "bijnaam": Strength.MEDIUM,  # "Roepnaam: Hoopje", "ik heet Rignaldo", "heet hij Groenveld?": said to be a name
    "batch_propagation": Strength.MEDIUM,
    "tussenvoegsel_name": Strength.WEAK,
    "ner": Strength.WEAK,
    "name_extension": Strength.WEAK,
}


def person_strength(text: str, m: Merged) -> Strength:
    """The strongest person evidence among a span's explanations."""
    best = Strength.NONE
    for e in m.explanations:
        if e.detector == "propagation":
            # a copy of a name is as sure as the name it copies, at most medium
            source = DETECTOR_STRENGTH.get(e.pattern, Strength.WEAK)
            s = Strength.MEDIUM if source >= Strength.STRONG else Strength.WEAK
        elif e.detector == "first_name" and len(text[m.start : m.end].split()) < 2:
            s = Strength.WEAK
        elif e.detector == "header_field" and e.pattern in ATTENDANCE_FIELDS:
            s = Strength.STRONG  # an attendance list names people, it does not make them authors or addressees
        else:
            s = DETECTOR_STRENGTH.get(e.detector, Strength.WEAK)
        best = max(best, s)
    return best


def _speaker_only(m: Merged) -> bool:
    """The span's only structural evidence is a transcript's or programme's speaker line."""
    found = {e.pattern if e.detector == "propagation" else e.detector for e in m.explanations}
    return "chat_speaker" in found and not (found & (STRUCTURAL_DETECTORS - {"chat_speaker"}))


def _redacted_elsewhere(m: Merged) -> bool:
    """The span copies a name another document of the batch redacts (batch propagation)."""
    return any(e.detector == "batch_propagation" for e in m.explanations)


def own_firm_elsewhere(m: Merged, text: str, surname: str) -> bool:
    """A trade's word before a surname that another document of the batch redacts as a person's, a surname too rare
    to be someone else's ("Taxibedrijf Koçak" of Mehmet Koçak; not "Bouwbedrijf Jansen", not "Staten van Drenthe")."""
    return (
        _redacted_elsewhere(m)
        and surname not in common_surnames()
        and not load_lexicons().is_region(text[m.start : m.end].split()[-1])
    )


def _salutes_titled(text: str, m: Merged, named_here: set[str], others: set[str]) -> bool:
    """The span is a letter's salutation of a bare surname ("Geachte mevrouw Brouwer-Lindhout,") that this document
    gives an office holder with a public title, and no full name of that surname that it redacts (nor the batch)."""
    if not any(e.detector == "salutation" for e in m.explanations) or _redacted_elsewhere(m):
        return False
    given, surname = name_key(text[m.start : m.end])
    return not given and surname in named_here and surname not in others


def _structural_copy(m: Merged) -> bool:
    """The span copies a name found in a header field, signature or other structure of the document."""
    return any(e.detector == "propagation" and e.pattern in STRUCTURAL_DETECTORS for e in m.explanations)


def _sure_copy(m: Merged) -> bool:
    """The span copies a name found with at least medium evidence, here or in another document of the batch."""
    return any(
        e.detector == "batch_propagation"
        or (e.detector == "propagation" and DETECTOR_STRENGTH.get(e.pattern, Strength.WEAK) >= Strength.MEDIUM)
        for e in m.explanations
    )


@dataclass(frozen=True)
class Rule:
    """Public evidence of one kind, and the person evidence it overrules."""

    name: str
    keeps_up_to: Strength
    description: str


RULES: tuple[Rule, ...] = (
    Rule("listed_official", Strength.STRUCTURAL, "an official of this batch's list, first name agreeing"),
    Rule("registered_office_holder", Strength.STRONG, "a registered office holder, first name agreeing"),
    Rule(
        "registered_in_full",
        Strength.STRUCTURAL,
        "a registered national office holder named with the written-out first name as a chat's speaker"
        " ('Maarten van Ooijen: Eens.'; never in a header field or under a signature)",
    ),
    Rule("public_title", Strength.STRONG, "a public title directly before the name"),
    Rule(
        "office_holder_named_here",
        Strength.STRUCTURAL,
        "a register name (also a local office holder's) agreeing, whom this document names with a title;"
        " no other person of that surname here",
    ),
    Rule(
        "titled_in_full",
        Strength.STRUCTURAL,
        "first name and surname that this document gives a public title elsewhere, in a header field or under"
        " a signature too ('Van: Gerrie Elfrink' after 'Aan: wethouder Gerrie Elfrink'); first initial and"
        " surname up to an honorific; no other bearer of that surname here",
    ),
    Rule(
        "office_holder_surname",
        Strength.MEDIUM,
        "an office holder's rare surname, or (up to an honorific) one this document names with title or in full;"
        " no other person of that surname here",
    ),
    Rule("cited_author", Strength.STRONG, "an author cited with a publication's year or in a reference list"),
    Rule(
        "deceased_person",
        Strength.STRONG,
        "a person the text gives life dates ('Aletta Jacobs (1854-1929)'), wherever the name stands; the AVG"
        " protects the living",
    ),
    Rule("organisation_context", Strength.MEDIUM, "part of an organisation, company, product or building name"),
    Rule(
        "company_context",
        Strength.MEDIUM,
        "a company's name that may be its owner's ('Stukadoorsbedrijf Kocak'): kept here, never spread to the batch",
    ),
    Rule(
        "named_building",
        Strength.MEDIUM,
        "a building or an institution named after someone, its kind before or after the name ('woonzorgcentrum"
        " Johanna Westerdijk', 'het Fanny Blankers-Koen stadion'); the same name in the whole batch",
    ),
    Rule("street_name", Strength.STRONG, "a street named after someone ('Dr. Kuyperstraat', 'Etty Hillesumpad')"),
    Rule("listed_candidate", Strength.STRUCTURAL, "a candidate's row on a candidate list (Kieswet): public by law"),
    Rule("institution_name", Strength.STRONG, "a school named after someone ('Annie M.G. Schmidtschool')"),
    Rule("historic_person", Strength.STRONG, "a famous person of the past ('het clair-obscur van Rembrandt')"),
    Rule(
        "vessel_name",
        Strength.STRONG,
        "a ship or an animal the document names after its prefix or kind ('MV Maria Johanna', 'de serval Bram')",
    ),
    Rule("place_quarter", Strength.STRONG, "a place's quarter ('wijkagent Zutphen-Noord'): after a title too"),
    Rule("word_or_place", Strength.WEAK, "a place, street, compound or ordinary word"),
)
RULE_BY_NAME = {r.name: r for r in RULES}
NAMING_RULES = frozenset({"listed_official", "registered_office_holder", "registered_in_full", "public_title"})
REVIEW_RULES = frozenset({"office_holder_surname"})  # kept, but a reviewer should look


@dataclass(frozen=True)
class Verdict:
    """Keep a span, by which rule and why (rules in REVIEW_RULES also flag it for a reviewer)."""

    rule: str
    detector: str  # "public_office" or "not_a_person": the explanation's detector name
    reason: str
    place: bool = False  # kept as a place's name: a person's name found elsewhere is still sought here
