"""Names broken over a line end where the text reads on in another column.

The parse reads a page row by row, so two text columns side by side come out
interleaved: "Hoogendoorn (LTO Noord), Annemiek" from the left column, then
"14.3 Gewasschade uitzoeken" from the right one, then "Sørensen
(Natuurmonumenten), ..." from the left again. A name broken at the first
line's end ("Annemiek" / "Sørensen") is then no name to the text rules. Here
each line is joined with the line directly under it in its own column (same
left edge, the next baseline) when that line is not the next line of the
text, and the name recognizers read the pair: a name that runs across the
break is reported piece by piece, each piece explained by the whole name.
"""

from __future__ import annotations

from functools import lru_cache

from ...model import Document, Explanation, Line
from ..grammar import PARTICLES, compiled
from ..lexicons import Lexicons, load_lexicons
from ..lines import column_order
from .first_names import FirstNameRecognizer
from .initials_names import InitialsNameRecognizer
from .names import TitledNameRecognizer
from .phones import DutchPhoneRecognizer
from .structure import Candidate

__all__ = ["column_lines"]


_INITIALS_END = compiled(r"(?:\p{Lu}\.){1,5}")
_HONORIFICS = frozenset({"familie", "fam.", "mevrouw", "mevr.", "mw.", "heer", "dhr.", "echtpaar"})
_MIN_WORDS = 4  # a line of running text; a table's cell holds fewer words (see .cells for wrapped cells)


@lru_cache(maxsize=1)
def name_recognizers() -> tuple[FirstNameRecognizer | InitialsNameRecognizer | TitledNameRecognizer, ...]:
    """The name recognizers that read a line put back together (here and in :mod:`.vertical`), made once."""
    return (
        FirstNameRecognizer(name="first_name"),
        InitialsNameRecognizer(name="initials_name"),
        TitledNameRecognizer(name="titled_name"),
    )


def _beside(a: Line, b: Line) -> bool:
    """Line ``b`` stands beside line ``a`` on its page (in another column), not under it."""
    return b.box.page == a.box.page and (b.box.x0 > a.box.x1 or b.box.x1 < a.box.x0)


def column_lines(doc: Document) -> list[Candidate]:
    """Names broken over a line end whose next line in the column is not the next line of the text."""
    out: list[Candidate] = []
    lines = doc.lines
    columns = column_order(lines)
    for i in range(len(lines) - 2):
        j = columns.below[i]
        if j is None or j == i + 1 or not _beside(lines[i], lines[i + 1]):
            continue
        top, bottom = doc.text[lines[i].start : lines[i].end], doc.text[lines[j].start : lines[j].end]
        words = top.split()
        # the name goes on: "aangever Ton de", "kapitein Sven" (a given name that is no surname, unlike "Horst")
        lex = load_lexicons()
        open_end = (
            bool(words)
            and (
                words[-1].lower() in PARTICLES
                or words[-1].lower() in _HONORIFICS
                or top.endswith("-")
                or (lex.is_first_name(words[-1]) and not lex.is_surname(words[-1]))
                # "M.J." / "KORTEKAAS" (not "Sastrowardoyo, D.": a name written surname first ends at its initials)
                or (
                    bool(_INITIALS_END.fullmatch(words[-1]))
                    and not (len(words) > 1 and words[-2].endswith(",") and words[-2][:1].isupper())
                )
            )
        )
        if open_end and not top.endswith("-") and _own_name_start(bottom, lex):
            open_end = False  # "heemraad Ozkan" / "Kees Mulder": the next row of a list holds a name of its own
        joined = top + "\n" + bottom
        cut = len(top)
        # "Gerbrand Zijlstra (06" / "1122 3395).": a phone number broken over the line end
        number = _DIGIT_END.search(top) is not None and _DIGIT_START.match(bottom) is not None
        if len(words) < _MIN_WORDS and not open_end and not number:
            continue  # "Van der Horst" / "Pelzer": a table's cells one under the other, each a row's own
        results = [(r, "PERSON") for rec in name_recognizers() for r in rec.analyze(joined, ["PERSON"])]
        if number:
            # (not a date's pieces in a narrow column: "12-" / "06-2023")
            dates = [d.span() for d in _DATE.finditer(joined)]
            results += [
                (r, "PHONE_NUMBER")
                for r in _phones().analyze(joined, ["PHONE_NUMBER"])
                if not any(a < r.end and r.start < b for a, b in dates)
            ]
        # "familie" / "Kötter-Schulte,": the name after the title is all on the next line
        titled = bool(words) and words[-1].lower() in _HONORIFICS
        for r, entity in results:
            if not r.start < cut < r.end and not (titled and r.start == cut + 1 and entity == "PERSON"):
                continue
            if entity == "PERSON" and _cell_gap_before(doc, lines[i], lines[i].start + r.start):
                continue  # "Hoveniers Combinatie  Lars-Erik" / "Noord  Holmqvist": the name is another cell's
            if (
                entity == "PERSON"
                and _INITIALS_END.fullmatch(top[r.start :].strip())
                and top[: r.start].rstrip().endswith(",")
            ):
                continue  # "Koning, R." / "Winter, F.": the initials end a name written surname first
            rest = " ".join(joined[cut + 1 : r.end].split())
            if entity == "PERSON" and rest in lex.places and (" " in rest or not lex.is_surname(rest)):
                continue  # "Jeroen ter Steege" / "Den Haag", "H.J." / "Drachten": the next cell's place, no surname
            name = " ".join(joined[r.start : r.end].split())
            what = "name" if entity == "PERSON" else "number"
            why = f"the {what} '{name}' broken over a line end, read on in its own column"
            line = " ".join(top[max(0, r.start - 60) : r.start].split() + [name])  # what stands before it
            for s, e in ((r.start, cut), (cut + 1, r.end)):
                part = joined[s:e]
                s += len(part) - len(part.lstrip())
                e -= len(part) - len(part.rstrip())
                if s >= e:
                    continue
                base = lines[i].start if s < cut else lines[j].start - cut - 1
                out.append(
                    Candidate(
                        base + s,
                        base + e,
                        entity,
                        Explanation("column_line", 0.8, why, pattern=name, context=line),
                    )
                )
    return out


def _own_name_start(bottom: str, lex: Lexicons) -> bool:
    """The line opens with a name of its own: a given name and a capitalised word or a particle."""
    words = bottom.split()
    return len(words) > 1 and lex.is_first_name(words[0]) and (words[1][:1].isupper() or words[1].lower() in PARTICLES)


_CELL_GAP = 0.8  # font sizes: a gap this wide between two words of a line parts two table cells


def _cell_gap_before(doc: Document, line: Line, at: int) -> bool:
    """The word at offset ``at`` stands after a gap wider than a space on its line: the first word of a table's
    cell that the line's other cells stand close to, whose continuation below is not the line's."""
    words = doc.words[line.first_word : line.first_word + line.n_words]
    for prev, word in zip(words, words[1:]):
        if word.start == at:
            return word.box.page == prev.box.page and word.box.x0 - prev.box.x1 > _CELL_GAP * max(word.size, 1.0)
    return False


_DATE = compiled(r"(?<!\d)\d{1,2}[ \t]*[-/.][ \t]*\n?[ \t]*\d{1,2}[ \t]*[-/.][ \t]*\n?[ \t]*(?:19|20)?\d{2}(?!\d)")
_DIGIT_END = compiled(r"(?:\(?\+?\d[\d \t)-]*)\Z")
_DIGIT_START = compiled(r"[ \t]*\d")


@lru_cache(maxsize=1)
def _phones() -> DutchPhoneRecognizer:
    return DutchPhoneRecognizer(name="phone_nl")
