"""A redacted person's surname as OCR misread it elsewhere on a scan: "Zwijnenverg", "Zwijnonvorg" under a signature
of Zwijnenberg's. Tesseract reads a name well in one place and badly in another (a signature's line, a stamp,
handwriting beside it); an outsider's OCR of the output, at another resolution, may read the name right where the
tool's did not. A word read by OCR that is within a few letters of a surname the document redacts (one letter in
six or seven, two in eight to ten, three in eleven or more) is taken as that surname, unless it is a word of the
language or a place.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Document, Explanation
from .grammar import compiled, natural_order
from .lexicons import load_lexicons, municipalities
from .merge import Merged
from .near_person import _inside

__all__ = ["misread_surnames"]

_WORD = compiled(r"\p{L}[\p{L}'’-]*\p{L}")
_MIN_LETTERS = 6


def _allowed(length: int) -> int:
    """How many letters OCR may have misread in a word of ``length`` letters."""
    return 1 if length < 8 else 2 if length < 11 else 3


def _distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of ``a`` and ``b``, or ``limit + 1`` as soon as it exceeds ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


def misread_surnames(doc: Document, persons: Sequence[Merged], taken: Sequence[Merged]) -> list[Merged]:
    """The words of OCR-read pages that are a redacted surname misread (see the module's note)."""
    text = doc.text
    ocr_words = [w for w in doc.words if w.confidence >= 0 and len(w.text) >= _MIN_LETTERS]
    if not ocr_words:
        return []
    lex = load_lexicons()
    surnames: dict[str, str] = {}
    for p in persons:
        for part in natural_order(text[p.start : p.end]).replace("-", " ").split()[1:]:
            word = part.strip(".,;:()'\"")
            if len(word) >= _MIN_LETTERS and word[:1].isupper() and not lex.is_ordinary_word(word):
                surnames.setdefault(word.lower(), word)
    out: list[Merged] = []
    for w in ocr_words:
        for m in _WORD.finditer(w.text):
            word = m.group()
            start, end = w.start + m.start(), w.start + m.end()
            low = word.lower()
            if (
                len(word) < _MIN_LETTERS
                or low in surnames
                or _inside(taken, start, end)
                or lex.is_ordinary_word(word.capitalize())
                or low in lex.dutch_words
                or word.capitalize() in lex.places
                or low in municipalities()
            ):
                continue
            limit = _allowed(len(word))
            owner = next((s for k, s in surnames.items() if _distance(low, k, limit) <= limit), None)
            if owner is None:
                continue
            why = f"'{word}', read by OCR, is the redacted surname '{owner}' misread"
            out.append(Merged(start, end, "PERSON", (Explanation("ocr_misreading", 0.7, why),)))
    return out
