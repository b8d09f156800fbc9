"""Names with an age in brackets, as case files list children and family members ("Yonas (14), Selam (9)"); not a
party with its seats ("Swollwacht (6), VVD (5)") nor a data model's multiplicity ("Locatie (1 – n)")."""

from __future__ import annotations

from ...model import Document, Explanation
from ..grammar import compiled, line_span
from ..lexicons import Lexicons, load_lexicons
from .structure import Candidate

__all__ = ["named_with_age"]

# "Yonas (14)", "Selam (9 jaar)": a capitalised word with an age in brackets is a person's name
_WITH_AGE = compiled(
    r"(?<![\p{L}.])(?P<n>\p{Lu}\p{Ll}+(?:[ \t-]\p{Lu}\p{Ll}+)?)[ \t]*\((?P<age>\d{1,2})(?:[ \t]*jaar)?\)"
)
# a data model's multiplicity: "Locatie (1 – n)", "(0..*)": its "Regeltekst (1)" is no one aged one
_MULTIPLICITY = compiled(r"\([ \t]*[01][ \t]*(?:–|-|\.\.)[ \t]*(?:n|\*|\d+)[ \t]*\)")


_COUNTED = compiled(r"(?P<w>[\p{L}][\p{L}-]*)[ \t]*\(\d{1,2}\)")


def _seats(text: str, start: int, lex: Lexicons) -> bool:
    """The count in brackets is a party's seats: its line names seats, or counts a party or an acronym the same way
    ("Swollwacht (6), VVD (5)")."""
    line_start, line_end = line_span(text, start)
    line = text[line_start:line_end]
    if "zetel" in line.lower():
        return True
    return any(
        (m.group("w") in lex.parties or m.group("w") in lex.acronyms) and line_start + m.start("w") != start
        for m in _COUNTED.finditer(line)
    )


def named_with_age(doc: Document) -> list[Candidate]:
    """Names given with an age in brackets, as case files list children and family members."""
    lex = load_lexicons()
    out: list[Candidate] = []
    if _MULTIPLICITY.search(doc.text):
        return out
    for m in _WITH_AGE.finditer(doc.text):
        words = m.group("n").split()
        if int(m.group("age")) < 2 and not lex.is_first_name(words[0]):
            continue  # "Regeltekst (1)": one of something, not a baby no list knows
        if any(lex.is_ordinary_word(w) or w in lex.places or w.lower() in lex.organisation_words for w in words):
            continue  # "Bijlage (2)", "Artikel (3)"
        if any(w.lower() in lex.dutch_words and not lex.is_first_name(w) for w in words):
            continue  # "Aanbieder (3)": a step in a diagram, a word of the dictionary no name list holds
        if _seats(doc.text, m.start("n"), lex):
            continue  # "Swollwacht (6), VVD (5) en ChristenUnie (5)": parties and their seats
        why = "a name with an age in brackets"
        out.append(
            Candidate(m.start("n"), m.end("n"), "PERSON", Explanation("named_with_age", 0.8, why, context=m.group()))
        )
    return out
