"""Names written into file names: "Whatsapp_export_A_Bouwhuis_feb2025.pdf", "Notitie_Joris_Van_Oostenbruggen.docx".

An inventory of a Woo decision lists the documents by their file names, and a file name joins its words with
underscores (or hyphens, or dots), so no name rule sees a word boundary inside it. Here the file names of the text
(a word of letters, digits and joiners ending in a document's extension) are split at their joiners and read as a
row of words: a known first name followed by the next capitalised words (particles between), or an initial
followed by a known surname, is a person's name, reported with the joiners between its words ("A_Bouwhuis"), and so
are initials glued to a known surname ("HOudejans", "SWiersma", "PvdLaan"). A
file name made of words of the dictionary, organisations and acronyms names no one
("Bijlage_overzicht_forfaitaire_rendementen.xlsx").
"""

from __future__ import annotations

from ...model import Document, Explanation
from ..grammar import PARTICLES, compiled
from ..lexicons import load_lexicons
from .structure import Candidate

__all__ = ["file_name_names"]

SCORE = 0.8
_FILE = compiled(
    r"(?<![\w@/\\.-])[\p{L}\d][\p{L}\d]*(?:[_.-][\p{L}\d]+)*_[\p{L}\d]+(?:[_.-][\p{L}\d]+)*"
    r"\.(?i:pdf|docx?|xlsx?|pptx?|msg|eml|ics|txt|odt|ods|csv|jpe?g|png|zip)(?![\p{L}\d])"
)
_PART = compiled(r"[\p{L}\d]+")
# one or two initials (with a particle's small letters: "PvdLaan") glued to a capitalised surname
_GLUED = compiled(r"\p{Lu}{1,2}(?P<tv>v|vd|vdh|d|t|te|ter)?(?P<sur>\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?)")


def file_name_names(doc: Document) -> list[Candidate]:
    """The persons' names inside the file names of the text."""
    if "_" not in doc.text:
        return []
    lex = load_lexicons()
    out: list[Candidate] = []
    for f in _FILE.finditer(doc.text):
        parts = list(_PART.finditer(doc.text, f.start(), f.end()))[:-1]  # (the extension is no name)
        words = [p.group() for p in parts]
        i = 0
        while i < len(parts):
            w = words[i]
            end = i
            first = w[:1].isupper() and lex.is_first_name(w) and not lex.is_ordinary_word(w)
            initial = len(w) == 1 and w.isupper()
            if first or initial:
                k = i + 1
                while k < len(parts) and words[k].lower() in PARTICLES:
                    k += 1
                # (after a particle a capitalised word is the surname, whatever else it means: "de_Vries")
                if k < len(parts) and words[k][:1].isupper() and not _plain(words[k], particle=k > i + 1):
                    end = k
                elif first and k == i + 1:
                    end = i  # "Afspraak_Tanja_en_Gijsbert": a first name alone
                if initial and (end == i or not lex.is_surname(words[end])):
                    end = -1  # "F_007": a letter, no initial of a name
            else:
                end = -1
            glued = _GLUED.fullmatch(w) if end < i else None
            # (after a particle's letters any capitalised word is the surname: "PvdLaan")
            known = glued is not None and (lex.is_surname(glued.group("sur")) or glued.group("tv") is not None)
            if glued and known and (glued.group("tv") or not _plain(glued.group("sur"), particle=True)):
                end = i  # "mail_HOudejans_stand.msg", "reactie_PvdLaan.msg": initials glued to the surname
            if end >= i:
                name = " ".join(words[i : end + 1])
                why = f"the name '{name}' written into the file name '{f.group()}'"
                explanation = Explanation("file_name", SCORE, why, context=f.group())
                out.append(Candidate(parts[i].start(), parts[end].end(), "PERSON", explanation))
                i = end + 1
            else:
                i += 1
    return out


def _plain(word: str, particle: bool = False) -> bool:
    """A word of the dictionary, an organisation's word or an acronym: no surname in a file name (after a
    ``particle`` only an organisation's word or an acronym)."""
    lex = load_lexicons()
    return (
        (not particle and (word.lower() in lex.dutch_words or lex.is_ordinary_word(word)))
        or word.lower() in lex.organisation_words
        or word in lex.acronyms
        or word.isdigit()
    )
