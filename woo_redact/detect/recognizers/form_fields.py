"""Names in a form's name fields: "Achternaam | Dijkhuizen", "Naam: Kingma", "Voornamen  Jesse Wiebe".

A proces-verbaal, an application form or a register card asks for a person's name in fields of its own: a label
("Achternaam", "Geslachtsnaam", "Voornamen", "Naam") and the value beside it, on the same line after a colon, a
tab or a wide gap, or in the next cell of the row (which the parse gives a line of its own). The value is a name
whatever it looks like: a surname alone that no list holds, or one that is also a place or a word ("Achternaam
Groningen"). A "Naam" field may name an organisation or a project too ("Naam: Stichting Buurtkracht"): its value
is taken only when it reads as a person's name and holds no organisation's word.
"""

from __future__ import annotations

from ...model import Document
from ..grammar import compiled
from ..lexicons import Lexicons, load_lexicons, unshouted
from ..lines import beside_on_row
from .cell_lines import _HEADER
from .structure import Candidate, candidate, name_like

__all__ = ["form_name_fields"]

# labels that ask for a part of a person's name (a "Naam" label only bare or of a party to the case)
_PARTS = (
    r"achternaam|geslachtsnaam|familienaam|geboortenaam|meisjesnaam|voornamen|voornaam|roepnaam|"
    r"surname|last[ ]name|family[ ]name|first[ ]names?|given[ ]names?"
)
_PARTIES = (
    r"aanvrager|verzoeker|klager|klaagster|bezwaarmaker|appellant|melder|getuige|verdachte|betrokkene|cliënt|client|"
    r"partner|echtgeno(?:o|te)|ouder|kind|huurder|bewoner|eigenaar|contactpersoon|gemachtigde"
)
_LABEL = compiled(
    rf"(?i:[ \t]*(?P<label>{_PARTS}|(?:volledige[ ])?naam(?:[ ](?:van[ ](?:de[ ])?)?(?:{_PARTIES}))?|name))"
    # ("Achternaam (HOOFDLETTERS)", "Voornamen voluit", "Naam (volledig)")
    r"(?:[ \t]+voluit|[ \t]*\([^()\n]{1,30}\))?[ \t]*(?::[ \t]*|\t[ \t]*|[ \t]{2,}|$)"
)
_GIVEN = frozenset({"voornaam", "voornamen", "roepnaam", "first name", "first names", "given name", "given names"})
_COLON = compiled(r"[ \t]*:[ \t]*")
_WORD = compiled(r"^(?:\p{Lu}[\p{L}'’.-]*|van|de|der|den|het|'t|ter|ten|te|in|op|von|zu|da|el|al|bin|ben)$")


def _reads_as_name(value: str, part: bool, lex: Lexicons, given: bool = False) -> bool:
    """A field's value that names a person: up to five words, capitalised or particles, no digits; for a bare
    "Naam" field one that reads as a person's name and holds no organisation's or ordinary word; for a first
    name's field (``given``) no ordinary word alone that no list holds as a first name ("Roepnaam" / "Kanaal": a
    table's header row)."""
    words = value.split()
    if not 1 <= len(words) <= 5 or any(ch.isdigit() for ch in value) or "@" in value:
        return False
    if not all(_WORD.match(w.strip(",")) for w in words) or not words[-1][:1].isupper():
        return False
    if lex.is_organisation(value) or any(lex.is_non_person_word(w) for w in words):
        return False
    if _HEADER.match(value):
        return False  # "Naam | Thuisadres": a table's header row, the next column's head
    if given and len(words) == 1 and lex.is_ordinary_word(words[0]) and not lex.is_first_name(words[0]):
        return False
    if part:
        return True
    if len(words) == 1:
        # a surname alone under a bare "Naam" only when a list knows it: "Naam | Gewijzigd | Gewijzigd door" is a
        # table's header row
        word = unshouted(words[0])
        return lex.is_surname(word) or lex.is_first_name(word)
    # "Name  Koen ALTENA": a first name and the surname in capitals, as registers write it, whatever place it names
    caps = words[-1]
    if lex.is_first_name(words[0]) and caps.isupper() and len(caps) > 2 and caps not in lex.acronyms:
        return True
    return name_like(value, lex)


def form_name_fields(doc: Document) -> list[Candidate]:
    """The values of a form's name fields, on the label's line or in the cell beside it."""
    text, lines = doc.text, doc.lines
    lex = load_lexicons()
    beside = None
    out: list[Candidate] = []
    for i, line in enumerate(lines):
        m = _LABEL.match(text, line.start, line.end)
        if m is None:
            continue
        label = " ".join(m.group("label").lower().split())
        start, end = m.end(), line.end
        if not text[start:end].strip():
            if i + 1 >= len(lines):
                continue
            beside = beside or beside_on_row(doc)
            nxt = lines[i + 1]
            if not beside(line.start, nxt.start):
                continue  # "Naam" heading a column: the names under it are the name column's
            start, end = nxt.start, nxt.end
            # ("Achternaam            : OOSTERHUIS": a proces-verbaal sets the colon before the value, in its cell)
            colon = _COLON.match(text, start, end)
            start = colon.end() if colon else start
        value = text[start:end]
        part = label != "naam" and label != "name" and "naam " not in label
        if not _reads_as_name(value.strip(), part, lex, given=label in _GIVEN):
            continue
        s = start + len(value) - len(value.lstrip())
        e = start + len(value.rstrip(" \t,;."))
        why = f"value of the form field '{label}'"
        out.append(candidate(s, e, "PERSON", "form_field", 0.85, why, text[line.start : end]))
    return out
