"""Public titles: where a name's public title stands (:class:`TitleFinder`).

The ``title`` evidence of :mod:`.public`: a public title before the name on its line and in its sentence
("minister Keijzer", "burgemeester mr. De Wit"), at the end of the line above, heading a list of names it
belongs to ("wethouders A, B en C"), at the span's start, in brackets or in apposition after the name, on
the line below a signature, or a party beside the name that makes it an elected representative's. The
patterns are compiled from the configured titles once (:class:`~.title_patterns.TitlePatterns`, which
:class:`TitleFinder` builds on, through :class:`~.title_lines.TitlesAround`, which reads the lines above and
below a name); :class:`~.public.PublicNames` subclasses :class:`TitleFinder` and supplies the register
(:meth:`TitleFinder.holders_of`) and the page layout.
"""

from __future__ import annotations

from abc import ABC, abstractmethod

import regex

from .cosignatures import column_office, law_office
from .grammar import DEGREES, compiled, line_span
from .lexicons import load_lexicons
from .lines import Layout
from .parties import is_party
from .register import OfficeHolder, agrees, common_surnames, name_key
from .row_titles import office_in_row
from .title_context import (
    _BODY_BEFORE,
    _BROKEN_NAME,
    _COMMA_ENDS_LINE,
    _GROUP_AFTER,
    _GROUP_BEFORE,
    _KIN_OF,
    _LABEL_START,
    _LIST_TAIL,
    _MOTION_BEFORE,
    _MOTION_NAMED,
    _NAMENS,
    _OWN_ROLE,
    _PARLIAMENT_TITLES,
    _PARTY_AFTER,
    _PARTY_BRACKET_BEFORE,
    _PLURAL_MARK,
    _PORTFOLIO_WORDS_END,
    _ROYAL_END,
    _SEPARATED,
    _THEIR,
    _TO_OFFICE,
    _WRAPPED_OF,
    CHAIR_SIGNS,
    SECRETARY_SIGNS,
    _after_label,
    _column_value,
    _in_vote,
    _inverted,
    _party_below,
    _plural,
)
from .title_lines import TitlesAround

__all__ = ["TitleFinder"]


# the staff of an office: "Kabinet burgemeester", "Bureau burgemeester", "Staf minister": a unit, its title no one's
_UNIT_OF_OFFICE = compiled(r"(?i:(?<![\p{L}])(?:kabinet|bureau|staf|secretariaat|huis)(?:[ \t]+van[ \t]+de)?)[ \t]+\Z")


# an academic title alone before the name in its cell ("drs. K.D. Handstede" under the college's name)
_GREETING_BEFORE = compiled(r"[ \t]*(?<![\p{L}])(?i:beste|hoi|hallo|dag|geachte|lieve|hi|hey)[ \t]+\Z")
_SIGNING_OFFICE_BEFORE = compiled(r"(?i:,[ \t]*(?:de|het)[ \t]+(?:secretaris|griffier),?[ \t]+\Z)")
# the line before the span is one name and one space (initials or a given name, then a surname): the first column's
# signer, the columns' gap not read ("drs. A.C. Wolters-Ebbinge Ron König"; not "Opsteller Karin Dijkema")
_NAME_ENDS_BEFORE = compiled(
    r"\A[ \t]*" + DEGREES + r"(?:(?:\p{Lu}\.){1,5}|\p{Lu}\p{Ll}+)[ \t]+"
    r"(?:(?:van|de|der|den|ter|ten|te|'t)[ \t]+)*\p{Lu}\p{Ll}[\p{L}'’-]*[ \t]\Z"
)
_COLUMNS_ABOVE = compiled(r"[|·•\t]|[ ]{3}")
_DEGREES_ONLY = compiled(r"[ \t]*" + DEGREES + r"(?<=\.[ \t]*)")
_ACADEMIC_LEAD = compiled(r"(?:^|[ \t]{3}|,[ \t]+)(?:(?i:drs|dr|mr|ir|ing|prof|bc)\.[ \t]*)+\Z")
_WORD_BEFORE = compiled(r"(?<![\p{L}])(\p{Lu}\p{Ll}+)[ \t\u00a0]+\Z")
_DEPUTY = compiled(r"(?i:(?<![\p{L}])(?:plv\.?|plaatsvervangend|plaatsvervangende)[ \t]*\Z)")
_BRACKET_LIST_GOES_ON = compiled(r"\([^()\n]*[ \t](?:en|,)(?:[ \t]+de)?[ \t]*\Z")
_COURTESY_END = compiled(r",[ \t]*(?i:mevrouw|mevr\.|mw\.|de[ \t]+heer|dhr\.)[ \t]+\Z")
_COURTESY_TAIL = compiled(r",[ \t]*(?i:mevrouw|mevr\.|mw\.|de[ \t]+heer|dhr\.)[ \t]+\Z")
_COURTESY_ONLY = compiled(r"[ \t]*(?i:mevrouw|mevr\.|mw\.|de[ \t]+heer|dhr\.|heer)[ \t]+")
# a past office before the title: "Oud-staatssecretaris", "ex-burgemeester", "de voormalige wethouder" (not
# "toenmalig minister", named for what the office holder did in office)
_FORMER = compiled(
    r"(?i:\b(?:oud|ex|voormalige?|gewezen)(?:-[ \t]*\n?[ \t]*|[ \t\n]+))\Z"
)  # ("oud-" / "staatssecretaris")


_PARTY_COMMA = compiled(
    r",[ \t\u00a0]*(?P<party>\p{Lu}[\p{L}\d/&+-]{0,14}(?:[ \t](?:voor|van|de|den|het|\p{Lu}[\p{L}\d-]*)){0,3})"
    r"[ \t\u00a0]*(?=\n|\Z)"
)
# "mevrouw S. Wagenvoort, raadslid Partij voor de Dieren": a member's seat and party after a comma
_SEAT_PARTY = compiled(
    r",[ \t\u00a0]*(?P<title>(?i:raadslid|gemeenteraadslid|statenlid|kamerlid|tweede[ \t]kamerlid|fractievoorzitter))"
    r"[ \t\u00a0]+(?:(?:voor|namens|van)[ \t\u00a0]+)?"
    r"(?P<party>\p{Lu}[\p{L}\d/&+-]{0,14}(?:[ \t](?:voor|van|de|den|het|\p{Lu}[\p{L}\d-]*)){0,4})"
)
# members who put questions to the government or the college: "Kamervragen van de leden X en Y", "... hebben
# (schriftelijke) vragen gesteld" (not any "vragen": "Het lid Ouali had vragen over ...", a club's member)
_QUESTIONS_NEAR = compiled(
    r"(?i:(?<![\p{L}])(?:kamervragen|schriftelijke[ \t]+vragen|(?:hebben|heeft)[ \t]+(?:schriftelijke[ \t]+)?vragen"
    r"[ \t]+gesteld|vragen[ \t]+van[ \t]+(?:de[ \t]+leden|het[ \t]+lid))(?![\p{L}]))"
)
# ... in a text written to or by a government or a council (not a client council's minutes)
_GOVERNMENT_TEXT = compiled(
    r"(?i:(?<![\p{L}])(?:tweede[ \t]+kamer|eerste[ \t]+kamer|kamerleden|kamerlid|minister|staatssecretaris|"
    r"gemeenteraad|raadsleden|provinciale[ \t]+staten|statenleden|college[ \t]+van[ \t]+burgemeester)(?![\p{L}]))"
)
_LIST_OF_GROUP = compiled(
    r"(?:[ \t\u00a0]*(?:,|en)[ \t\u00a0]+\p{Lu}[\p{L}'’-]*(?:[ \t\u00a0]+(?:van|de|der|den|\p{Lu}[\p{L}'’-]*))*)*"
    r"[ \t\u00a0]+(?:van|uit)[ \t\u00a0]+(?:de|het|onze)[ \t\u00a0]+\p{Ll}"
)
_ADDRESSED_TO = compiled(r"[ \t]*Aan[ ](?:de|het)[ ]\p{L}")  # one space: an address block's line, no label column
_PARTY_IN_BRACKET = compiled(
    r",[ \t\u00a0]*(?P<party>\p{Lu}[\p{L}\d/&+-]{0,20}(?:[ \t](?:voor|van|de|den|het|&|\p{Lu}[\p{L}\d-]*)){0,3})\)"
)


# a title's portfolio going on from the line above: "en Natuur,", "en Koninkrijksrelaties,"
_PORTFOLIO_GOES_ON = compiled(
    r"[ \t]*(?:en|van|voor)[ \t]+\p{Lu}[\p{L}-]*(?:[ \t,]+(?:en|van|\p{Lu}[\p{L}-]*))*,?[ \t]*$"
)
# a street and its number on the next line, a postcode on the one after: a home's address under an addressee's name
_ADDRESS_BELOW = compiled(
    r"\n[ \t]*(?!(?i:postbus|antwoordnummer)\b)\p{Lu}[\p{L}'’.-]*(?:[ \t]+[\p{L}'’.-]+){0,3}[ \t]+[1-9]\d{0,4}"
    r"[a-zA-Z]?(?:[-/ ]?[\p{L}\d]{1,4})?[ \t]*\n[ \t]*[1-9]\d{3}[ \t]?[A-Z]{2}(?![\p{L}\d])"
)
# a spokesperson of a group of citizens, not of an organisation: "(woordvoerder van de groep)"
_GROUP_SPOKES = compiled(
    r"(?i:\bvan[ \t]+(?:de|het)[ \t]+(?:groep|bewoners|ouders|buurt|actiegroep|comité|buurtbewoners))"
)
# a line that lists the spokespersons: "Woordvoering: Jeroen Plasmeijer (RIVM), Thijs Bouman (VWS), ..."
_SPOKES_LABEL = compiled(r"(?i:[ \t]*woordvoer(?:ing|ders?)[ \t]*:[^\n:]*\Z)")


class TitleFinder(TitlesAround, ABC):
    """Finds the public title of a name span (:meth:`_title`), and where a title of several words stands
    (:meth:`title_spans`), with patterns compiled from the configured ``titles``."""

    @abstractmethod
    def holders_of(self, name: str, key: str, any_period: bool = False) -> list[OfficeHolder]:
        """The office holders with this surname key that the written name may be (:class:`~.public.PublicNames`)."""

    @abstractmethod
    def _layout(self) -> Layout | None:
        """The page geometry of the document whose names are judged, if set."""

    def _title(self, text: str, start: int, end: int) -> str | None:
        """The public title of the span's name: before it on its line, before a list of names it heads
        ("wethouders A, B en C", "de leden X (D66), Y (VVD)"), at the end of the line above when the name
        starts its line ("Commissaris van de Koning,\nWouter Kolff"; a label column "Gedeputeerde |
        Esmée Vos"; a list or a name broken over the line: "de leden Kathmann en Six\nDijkstra"), at the
        span's start, or in brackets right after it ("Mona Keijzer (minister van VRO)")."""
        if _OWN_ROLE.match(text, end):
            return None  # "gedeputeerden van Bonaire, Richenel Martis (BZK, verslag)": his own role, a civil servant's
        line_start = text.rfind("\n", 0, start) + 1
        if _GREETING_BEFORE.fullmatch(text, line_start, start):
            # "Onderwerp: verzoek burgemeester" / "Beste Henk, de burgemeester wil ...": a salutation addresses the
            # person; no title over the line's end, nor the office the message goes on to name
            return None
        if self.spokespersons_public and _SPOKES_LABEL.match(text, line_start, start):
            return "listed after the label 'Woordvoering:': a spokesperson"
        # (searched only where "voorzitter" follows within the reach of the search: _title runs for every span)
        signs = "voorzitter" in text[start : end + 14].lower()
        chair = CHAIR_SIGNS.search(text, max(0, line_start - 120), end + 14) if signs else None
        if chair and chair.start("name") == start:
            body = " ".join(chair.group("body").split()).rstrip(",")
            return f"chairs the body that signs: '{body}, ..., voorzitter'"
        if "secretaris" in text[start : end + 14].lower():
            signed = SECRETARY_SIGNS.search(text, max(0, line_start - 200), end + 14)
            if signed is not None and signed.start("secretary") == start:
                body = " ".join(signed.group("body").split()).rstrip(",")
                office = law_office("secretaris", body)
                m = self._title_before(office + " ")
                if m is not None and m.start("title") == 0:  # (where the configured public titles hold it)
                    return f"signs for '{body}' as its secretary (the {office}) under the chair"
        before = base = text[max(line_start, start - 160) : start]
        layout = self._layout()
        row = office_in_row(text, line_start, start, end, layout, self.office_at_start)
        if row is not None:
            return row
        # (never from another column's cell: the line over the name in the text stands beside it on the page)
        detached = layout is not None and layout.line_detached(text, line_start)
        if (
            line_start > 0
            and (
                not before.strip()
                or before.endswith("   ")
                or _ACADEMIC_LEAD.search(before)
                or before.endswith(", ")
                # ("drs. A.C. Wolters-Ebbinge Ron König": the columns' gap not read; one name, not three in a row)
                or (_NAME_ENDS_BEFORE.search(before) and sum(w[:1].isupper() for w in text[start:end].split()) <= 3)
                or _SIGNING_OFFICE_BEFORE.search(before)  # ("..., de secretaris P.G. Altena": the body's on the line)
            )
        ):
            cosigned = column_office(text, line_start, start)
            if cosigned is not None:  # "de secretaris, de burgemeester," / "Ilma Merx  Jan van Zanen"
                m = self._title_before(cosigned.office + " ")
                if m is None or m.start("title") > 0:
                    return None  # the secretary's office, where it is no public title: a civil servant's
                return f"signs for '{cosigned.body}' as '{cosigned.printed}' (the {cosigned.office})"
        # ("de burgemeester van Oostervaart," / "drs. H.J. Verbeek-Schouten": a degree alone before the name on its
        # line)
        # (not under a line of two columns' offices: "de secretaris, | de burgemeester," / "drs. W.P. Ooms | K.
        # Ravestein", the secretary signs first)
        degree = bool(_DEGREES_ONLY.fullmatch(before)) and not _COLUMNS_ABOVE.search(
            text, text.rfind("\n", 0, max(0, line_start - 1)) + 1, max(0, line_start - 1)
        )
        if (not before.strip() or degree) and line_start > 0 and not detached:
            above = self._before_from_line_above(text, line_start, end, before)
            if above is None:
                return None
            before = above
        m = self._title_before(before)
        if m is None and before.strip() and line_start > 0:
            before, m = self._title_over_line_end(text, line_start, before, detached)
        if m and before is base and layout and layout.other_cell(text, start - len(before) + m.end("title"), start):
            m = None  # "staatssecretaris Van" | "Bas de Groot": the title's cell goes on ("der Wal"), his is another
        if m and _BODY_BEFORE.search(before[: m.start()]):
            m = None  # "namens het college van burgemeester en wethouders," is a body, not a title
        if m and _UNIT_OF_OFFICE.search(before[: m.start()]):
            m = None  # "Bestuurssecretaris Kabinet burgemeester" / "Jolanda Wijnbergen": the office's staff, a unit
        # ("het bureau waar oud-" / "staatssecretaris X sinds 2023 partner is": the past office over the line end)
        line_above = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1 : line_start] if line_start > 0 else ""
        former = bool(m and _FORMER.search(before[: m.start("title")]))
        former = former or bool(m and not before[: m.start("title")].strip() and _FORMER.search(line_above))
        if (
            m
            and former
            and not [h for h in self.holders_of(text[start:end], name_key(text[start:end])[1], True) if not h.local]
        ):
            # "oud-burgemeester X (voorzitter van de stichting)": a past office no register knows, a private person
            # now; a former minister or Kamerlid the register knows is named in that role ("Oud-ministers De Jonge
            # en Bruins Slot kozen ...")
            m = None
        if m and _DEPUTY.search(before[: m.start("title")]) and m.group("title").lower().endswith("-generaal"):
            m = None  # "plv. directeur-generaal H. Oost": a deputy of a top civil servant is a civil servant
        if m and _KIN_OF.search(before[: m.start()]):
            m = None  # "een kleindochter van de burgemeester, mevrouw Ineke de With": his relative, no office holder
        given = _WORD_BEFORE.search(before, 0, m.start("title")) if m else None
        if given and load_lexicons().is_given_name(given.group(1)) and m and m.group("title")[:1].isupper():
            m = None  # "Deelnemers: Annelot Dijkgraaf, Wanjiru Kamau": her surname, a title's word too, no title
        # "namens de minister," / "Jan de Boer": signed for a body; "namens wethouder Tigchelaar": the holder
        apart = not text[line_start:start].strip() or bool(m and _SEPARATED.search(before[m.start() :]))
        signed_for = bool(m and _NAMENS.search(before[: m.start()]) and apart)
        # ("mede namens de staatssecretaris van JPS, de heer Karremans,": the office holder named in apposition)
        signed_for = signed_for and not (text[line_start:start].strip() and _COURTESY_END.search(before))
        if m and not signed_for and _inverted(text, before, m, start, end):
            return None  # "Koning, Marjolein" begins its line: a surname and the first name after it
        if m and not signed_for:
            title = " ".join(m.group("title").lower().split())
            motion = bool(_MOTION_BEFORE.search(before[: m.start()]))  # "de motie van de leden X en Y"
            lead = before[: m.start()]
            if not lead.strip():  # "... is tegen; hun" / "woordvoerder Lieke Koning": the line above ends the phrase
                lead = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1 : max(0, line_start - 1)] + " "
            if title.startswith("woordvoerder") and (_THEIR.search(lead) or _GROUP_BEFORE.search(lead)):
                # "De Waddenvereniging is tegen; hun woordvoerder Lieke Koning": an organisation's own; "De buurt
                # (woordvoerder: mevrouw A. Verbeek)": a group of citizens'
                return None
            if title in _PARLIAMENT_TITLES and not motion and not self._parliamentary(text, start, end):
                return None  # "het lid Jansen van de werkgroep"
            return f"preceded by the public title '{' '.join(m.group().split())}'"
        return self._title_at_or_after(text, start, end)

    def _before_from_line_above(self, text: str, line_start: int, end: int, before: str) -> str | None:
        """What stands before a name that begins its line, read from the end of the line above
        ("Commissaris van de Koning," over "Wouter Kolff"; a label column "Gedeputeerde | Esmée Vos"; a list or a
        name broken over the line): ``before`` itself across a header label, None when the name has no public
        title (a civil servant's function under it or after a comma, its row's other cells below it)."""
        prev_start = text.rfind("\n", 0, line_start - 1) + 1
        prev = text[prev_start : line_start - 1]
        if prev_start > 0 and _PORTFOLIO_GOES_ON.match(prev):
            # "De minister van Landbouw, Visserij, Voedselzekerheid" / "en Natuur," / "J.A. Kortenhoeven": the title
            # wrapped over two lines above the name
            prev = text[text.rfind("\n", 0, prev_start - 1) + 1 : prev_start - 1] + " " + prev
        # never across a header label: "Aan  de minister van X" above "Van  Sanne ..." is no title of hers
        cut = _after_label(prev)
        if cut is not None and not _LABEL_START.match(text[line_start:end]):
            if self._function_below(text, end) or self._row_function(text, prev, end):
                return None  # "De minister van X," / "Jan de Boer" / "directeur": signed by a civil servant
            if _COMMA_ENDS_LINE.match(text, end):
                return None  # "Staatssecretaris" above "Mustafa Öztürk," (his function follows): two columns
            before = _PLURAL_MARK.sub(r"\1", prev.rstrip(" \t:")) + " "  # "Gedeputeerde(n)" heads a list
            if _ROYAL_END.search(before) or _column_value(text, prev):
                # "Hans" / "Koning" above "Inge": a surname in the cell above, no king; "Burgemeester" as one
                # of many cells of a Van/Aan column: the phone's owner, not this name's title
                before = ""
            m = self._title_before(before)
            if m is not None and m.start("title") < cut:
                before, m = "", None  # the title in the label's value: "Aan  de minister van X" / "Van  Sanne"
            if m is not None and _TO_OFFICE.search(before[: m.start("title")]):
                # "Nota aan minister" / "Wouter Ypma": a cell naming a document to the office, then its sender
                before, m = "", None
            broken = _BROKEN_NAME.search(before)
            if m is None and broken and broken.start() > 0:  # "... en Six" + "Dijkstra": one name
                before = before[: broken.start()]
        return before

    def _title_over_line_end(
        self, text: str, line_start: int, before: str, detached: bool
    ) -> tuple[str, regex.Match[str] | None]:
        """A title on the line above that the name's line reads on from, when none stands before the name on its
        own line: a portfolio wrapped in running text, or a list a plural title heads going on over the line end.
        The text before the name (joined to the line above when a title was found there) and the title."""
        m: regex.Match[str] | None = None
        if len(before) < 40:
            # "de toenmalige minister van" / "VWS, Hugo de Jonge": a portfolio wrapped in running text
            prev_start = text.rfind("\n", 0, line_start - 1) + 1
            prev = text[prev_start : line_start - 1]
            # "Staatssecretaris van Infrastructuur" / "en Waterstaat Chris Jansen", "De Kamerleden Dassen" / "en Inge
            # van Dijk": running text whose line begins with the title's portfolio or the list it heads
            # ("Werkgelegenheid, de heer Van Hijum": the portfolio's end, then the holder named in apposition)
            tail = _PORTFOLIO_WORDS_END.search(" " + _COURTESY_TAIL.sub(" ", before))
            continues = tail is not None and tail.start() == 0 and not detached
            cut = _after_label(prev)
            # "de toenmalige Minister van Binnenlandse Zaken," / "mevrouw C.I. Dales": the title ends the line above,
            # a courtesy title alone begins the name's line
            # (or a bracket's list of holders: "Kamerleden (de heer Van Dijk en de" / "heer Dijkhoff)")
            # (or the title ends a line of running text: "de door het raadslid" / "mevrouw Van Basten Batenburg
            # ingediende motie"; not a heading of its own, "Voorzitter" / "de heer Jim Deridder")
            ending = self._title_before(prev.rstrip() + " ")
            courtesy = (
                bool(_COURTESY_ONLY.fullmatch(before))
                and (
                    prev.rstrip().endswith(",")
                    or bool(_BRACKET_LIST_GOES_ON.search(prev))
                    or (ending is not None and bool(prev[: ending.start()].strip()))
                )
                and not detached
            )
            if courtesy and cut is None and _ADDRESSED_TO.match(prev):
                cut = 0  # a letter's address block "Aan de Minister van KGG" / "mevrouw S. Hermans": no label column
            if (_WRAPPED_OF.search(prev) or continues or courtesy) and _ADDRESS_BELOW.match(
                text, line_span(text, line_start)[1]
            ):
                # "De burgemeester" / "Mevrouw F. Oosterbaan-de Wit" / "Zeebiesstraat 23" / "3844 HK HARDERWIJK": a
                # letter's sender over its addressee's block, her home under her name (a signature's holder has none)
                cut = None
            if (_WRAPPED_OF.search(prev) or continues or courtesy) and cut is not None:
                joined = prev.rstrip() + " " + before
                wrapped = self._title_before(joined)
                if wrapped is not None and wrapped.start("title") >= cut:
                    before, m = joined, wrapped
        if m is None and _LIST_TAIL.fullmatch(before):
            # "wethouders Hein de Haan, Sander de Rouwe," / "Femke Wiersma, Kirsten Brandsma": a list that a plural
            # title heads, going on over the line end
            prev = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1]
            cut = _after_label(prev)
            # (the list goes on after a comma or "en", or within a name broken over the line: "Ineke" / "Bakker-Sloot")
            heads = prev.rstrip().endswith((",", " en")) or self._heads_list(prev)  # "..., wethouders" / "A, B en C"
            if (heads or _LIST_TAIL.search(prev.rstrip() + ",")) and cut is not None:
                joined = prev.rstrip() + " " + before
                listed = self._title_before(joined)
                if listed is not None and _plural(listed.group("title")) and listed.start("title") >= cut:
                    before, m = joined, listed
        return before, m

    def _title_at_or_after(self, text: str, start: int, end: int) -> str | None:
        """A public title at the span's start, after the name or on the line below it, a party beside the name,
        a vote's record or a motion naming it, or a heading over a list of names it is in: when none stands
        before it."""
        span = text[start:end]
        at_start = self.title_at_start.match(span) if self._may_begin_title(span) else None
        if at_start:
            return f"begins with the public title '{at_start.group().strip()}'"
        after = self.title_after.match(text[end : end + 80])
        if after and not _plural(after.group("title")) and after.group("title").lower() not in _PARLIAMENT_TITLES:
            return f"followed by the public title '({' '.join(after.group('title').split())}'"
        apposed = self.office_apposed.match(text[end : end + 60])
        # (not after a greeting: "Beste Henk, de burgemeester wil graag ...": the message begins after the comma)
        if apposed and not _GREETING_BEFORE.search(text, max(0, start - 12), start):
            return f"followed by the office ', {apposed.group('title')}'"
        spokes = self.spokesperson_after.match(text[end : end + 80])
        if spokes and not _GROUP_SPOKES.search(spokes.group()):
            return f"followed by the function '{' '.join(spokes.group().split()).strip('(),.; ')}': a spokesperson"
        seat = _SEAT_PARTY.match(text, end)
        # ("Lucas Verkerk, fractievoorzitter VVD Westerduin": the party, then its local branch's place)
        if seat and any(
            is_party(p, text) for p in (" ".join(seat.group("party").split()), seat.group("party").split()[0])
        ):
            return f"followed by the office ', {seat.group('title')}' of the party '{seat.group('party')}'"
        below = self._title_below(text, start, end)
        if below:
            return below
        party_line = _party_below(text, start, end)
        if party_line:  # "Indiener" / "Fractie" over "Marco Tjeerdsma" / "VVD": a table of members and parties
            return f"the party '{party_line}' on the line below the name: an elected representative"
        before_bracket = _PARTY_BRACKET_BEFORE.search(text, max(0, start - 40), start)
        if before_bracket and is_party(before_bracket.group("party"), text):  # "de fractie van PVV (De Jong)"
            return f"in brackets after the party '{before_bracket.group('party')}': an elected representative"
        party = _PARTY_AFTER.match(text[end : end + 60])
        if party and is_party(" ".join(party.group("party").split()), text):
            return f"followed by the party '({party.group('party')})': an elected representative"
        # "Indiener: Rachid Guernaoui, Hart voor Den Haag": a party after a comma, the line's end after it
        comma = _PARTY_COMMA.match(text, end)
        if comma and is_party(" ".join(comma.group("party").split()), text):
            return f"followed by the party ', {comma.group('party')}': an elected representative"
        # "Initiatiefvoorstel 'Groen in de wijk' (Hubregtse, GroenLinks-PvdA)": submitter and party in brackets
        bracket = _PARTY_IN_BRACKET.match(text, end) if text[max(0, start - 1) : start] == "(" else None
        if bracket and is_party(" ".join(bracket.group("party").split()), text):
            return f"in brackets with the party '{bracket.group('party')}': an elected representative"
        if _in_vote(text, start):
            return "named by party in the record of a vote: an elected representative"
        if _MOTION_NAMED.search(text, max(0, start - 80), start):
            return "a motion or amendment named after its submitter: an elected representative"
        heading = self._heading_above(text, start, end)
        if heading:
            return f"listed under the public title '{heading}' on a line of its own"
        return None

    def _parliamentary(self, text: str, start: int, end: int) -> bool:
        """ "het lid Van der Plas (BBB)", or a registered Kamerlid."""
        if _PARTY_AFTER.match(text[end : end + 30]):
            return True
        if _GROUP_AFTER.match(text[end : end + 40]):
            return False  # "het lid Kaya van de werkgroep": a member of some group, not of the Kamer
        given, key = name_key(text[start:end])
        if key in common_surnames():
            return False  # "het lid Jansen": too common a name to be the Kamerlid without a party
        # (not members of a group named after the list: "De leden Yilmaz en Van Dijken van de ondernemingsraad")
        group = _LIST_OF_GROUP.match(text, end)
        asked = not group and _QUESTIONS_NEAR.search(text, max(0, start - 60), min(len(text), end + 60)) is not None
        if asked and _GOVERNMENT_TEXT.search(text) is not None:
            return True  # "De leden El Idrissi en Van Dijken hebben vragen gesteld": the Kamer's written questions
        holders = [h for h in self.holders_of(text[start:end], key) if "kamerlid" in h.roles or h.listed]
        # ("de leden J.W. Hoogeveen en ...": a polling station's member, not M.P. Hoogeveen of the Kamer)
        return any(not given or agrees(given, h) for h in holders)
