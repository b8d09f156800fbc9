"""The lines around a name that hold its public title (:class:`TitlesAround`): a heading above a list of names
("Bestuursrechters" over a name a line), the office on the line below a signature ("Rutger Groot Wassink" over
"wethouder Sociale Zaken"), and the rows of a table printed a cell a line, whose function cells are no titles.
:class:`~.public_titles.TitleFinder` builds on it.
"""

from __future__ import annotations

from .grammar import compiled, line_span
from .lexicons import load_lexicons
from .namesakes import names_or_says
from .title_context import _PARLIAMENT_TITLES, _ROUTING_WORD, _TITLES_ONLY, _column_value, _line_below, _plural
from .title_patterns import TitlePatterns

__all__ = ["TitlesAround"]

# a line that is one name, a courtesy title before it or not ("de heer Jean Goossens", "mevrouw Elsbeth Loncke")
_NAME_LINE = compiled(
    r"[ \t]*(?:(?i:de[ \t]+heer|mevrouw|dhr\.|mw\.|mr\.|dr\.|prof\.)[ \t]+)?"
    r"(?:\p{Lu}[\p{L}.'’-]*|van|de|der|den|ter|ten|te|'t)"
    r"(?:[ \t]+(?:\p{Lu}[\p{L}.'’-]*|van|de|der|den|ter|ten|te|'t)){1,5}"
    r"[ \t]*"
)
# an agenda's or a log's line that begins with a weekday and a date ("di 17- 12:00", "wo 18-02")
_DATED_LINE = compiled(r"(?i:ma|di|wo|do|vr|za|zo)\.?[ \t]+\d")


def _persons_line(line: str) -> bool:
    """A line that is one person's name: initials or a first name a list holds, then more ("H.J. Olthof", "Marieke
    Spijkerman"; not "Gemeente Apeldoorn")."""
    words = line.split()
    if not _NAME_LINE.fullmatch(line) or len(words) < 2:
        return False
    return bool(_INITIALS.fullmatch(words[0])) or load_lexicons().is_first_name(words[0])


_INITIALS = compiled(r"(?:\p{Lu}\.){1,5}")


class TitlesAround(TitlePatterns):
    """The title a name's neighbouring lines give it, with the patterns of :class:`~.title_patterns.TitlePatterns`."""

    def _heading_above(self, text: str, start: int, end: int) -> str | None:
        """A composition's list: a line that is only a public title ("Bestuursrechters", "Kamervoorzitter"), then a
        name a line (with a courtesy title or without), this name among them: each holds that office."""
        line_start, line_end = line_span(text, start)[0], line_span(text, end)[1]
        if not _NAME_LINE.fullmatch(text, line_start, line_end):
            return None
        at = line_start
        for step in range(10):
            if at == 0:
                return None
            prev_start = text.rfind("\n", 0, at - 1) + 1
            line = text[prev_start : at - 1].strip()
            if not line:
                return None
            office = self.title_word.match(line + " ")
            if office is not None and office.end() > len(line):
                if step == 0 and (self._row_pairs(text, prev_start, line_end) or line[:1].islower()):
                    return None  # "Maarten Camps" / "secretaris-generaal" / "ALBERT-JAN KOOPMANS" / "directeur ...":
                    # a table of names and functions read a cell a line, the office the name above's; a heading is
                    # capitalised, a row's last cell need not be ("S.A.M. Dijksma" / "Gemeente Utrecht" /
                    # "burgemeester" / "Jan Pietersen" / "Gemeente Utrecht" / "beleidsadviseur")
                return " ".join(office.group("title").split())
            if not _NAME_LINE.fullmatch(line):
                return None
            at = prev_start
        return None

    def _row_pairs(self, text: str, title_start: int, name_end: int) -> bool:
        """The title's line follows a name's line, and a line that is no name's follows this name's: a table's
        name and function cells, one a line."""
        if title_start == 0:
            return False
        above_start = text.rfind("\n", 0, title_start - 1) + 1
        above = text[above_start : title_start - 1].strip()
        below_end = text.find("\n", name_end + 1)
        below = text[name_end + 1 : below_end if below_end >= 0 else len(text)].strip()
        heading = self.title_word.match(below + " ")
        return (
            bool(above)
            and bool(_NAME_LINE.fullmatch(above))
            and bool(below)
            and not _NAME_LINE.fullmatch(below)
            and not (heading is not None and heading.end() > len(below))  # "Bestuursrechters": the next heading
        )

    def _function_below(self, text: str, end: int) -> bool:
        """The line under the name's line is a function that is no office ("directeur", "senior adviseur")."""
        below = (_line_below(text, end) or "").strip()
        if _ROUTING_WORD.match(below):
            return False  # "Wethouder" / "S. Kasmi" / "akkoord": a paraph table's row, no function
        if _DATED_LINE.match(below):
            return False  # "staatssecretaris" / "Ramkisoen" / "di 17- 12:00– Tandarts": an agenda's next entry
        return bool(below) and len(below) < 60 and below[:1].islower() and not self.office_at_start.match(below + " ")

    def _row_function(self, text: str, prev: str, end: int) -> bool:
        """A table printed a cell a line: "gedeputeerde" ends the row above (name, organisation, function), and
        this name's row has its own organisation and function below it ("Yvette Blom" / "Anne Frank Stichting" /
        "facilitair manager")."""
        if not prev.strip()[:1].islower():
            return False
        below = _line_below(text, end)
        if not below or not below.strip()[:1].isupper():
            return False
        below2 = _line_below(text, end + 1 + len(below)) if text.find("\n", end) == end else None
        return bool(below2) and self._function_below(text, end + 1 + len(below))

    def _own_cell_below(self, text: str, start: int, end: int, line_below: str) -> str:
        """Two signatures side by side, their text read a row a line ("M. Spijkerman" / "H.J. Olthof" / "wethouder Zorg
        en Welzijn" / "bestuurder"): the office under a name is the cell of its own column, two lines below the first
        name and the line after the first office for the second; else ``line_below`` itself."""
        line_start = text.rfind("\n", 0, start) + 1
        above = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1 : max(0, line_start - 1)] if line_start else ""
        below_end = text.find("\n", end)
        after = _line_below(text, below_end + 1 + len(line_below)) if below_end >= 0 else None
        if not after or not after.strip() or len(after) > 60 or _NAME_LINE.fullmatch(after):
            return line_below

        def function(line: str) -> bool:  # (a function's or an office's cell: "bestuurder", "wethouder Zorg")
            return line.strip()[:1].islower() or self.office_at_start.match(line.strip() + " ") is not None

        if _persons_line(above) and function(line_below) and function(after):
            return after  # the second name: its office is the line after the first name's
        # (the second name's office on the line after: else a list of names over one's office, "Aanwezig:" /
        # "M. Spijkerman" / "H.J. Olthof" / "wethouder Zorg", gives the first the office of the last)
        after2 = _line_below(text, below_end + 1 + len(line_below) + 1 + len(after))
        if (
            _persons_line(line_below)
            and self.office_at_start.match(after.strip() + " ") is not None
            and after2
            and after2.strip()
            and not _NAME_LINE.fullmatch(after2)
            and function(after2)
        ):
            return after  # the first name: the second name stands below it, its office after that, then the second's
        return line_below

    def _title_below(self, text: str, start: int, end: int) -> str | None:
        """A signature: the name alone on its line, the office on the next ("Rutger Groot Wassink" over
        "wethouder Sociale Zaken")."""
        line_below = _line_below(text, end)
        lead = text[text.rfind("\n", 0, start) + 1 : start]
        # (academic titles may begin the name's line: "ir. R.P. Lapperre" over "Directeur-Generaal ...")
        if line_below is None or (lead.strip() and not _TITLES_ONLY.fullmatch(lead)):
            return None
        if "," in text[start:end]:
            return None  # "Ridderhof, N." over "Staatssecretaris Rummenie": a list's entry written surname first
        line_below = self._own_cell_below(text, start, end, line_below)
        below = self.office_at_start.match(line_below.lstrip())
        # (an organisation's name of two words or more: not a paraph's code "FvdH" over "Wethouder")
        if below is None and line_below.strip()[:1].isupper() and len(line_below) < 60 and " " in line_below.strip():
            # a table printed a cell a line: "Peter Kerris" / "Provincie Gelderland" / "gedeputeerde"
            below2 = _line_below(text, end + 1 + len(line_below)) if text.find("\n", end) == end else None
            row = self.office_at_start.match((below2 or "").strip() + " ")
            if row is not None and (below2 or "").strip().lower() == " ".join(row.group().lower().split()).strip(" ,"):
                below, line_below = row, (below2 or "")
        if below is None and line_below.strip()[:1].islower() and ", " in line_below:
            # a function cell holding the office after a comma: "W. Kolff" / "voorzitter veiligheidsregio,
            # burgemeester Dordrecht"
            rest = line_below.lstrip()
            after_comma = rest.rsplit(", ", 1)[1] + " "
            office = self.office_at_start.match(after_comma)
            if office is not None:
                below, line_below = office, after_comma
        if below is None or names_or_says(line_below.lstrip()[below.end() :]):
            return None  # "Burgemeester Halsema komt om 14.00", "wethouder Dennis de Vries": another's title
        if line_below.lstrip()[below.end() :].lstrip().startswith("Staten"):
            return None  # "Gedeputeerde Staten": a body (an inventory's next cell, the addressee), no one's office
        title = " ".join(below.group().lower().split())
        if _plural(title) or title in _PARLIAMENT_TITLES or _column_value(text, line_below):
            return None
        return f"the public title '{title}' on the line below the name"
