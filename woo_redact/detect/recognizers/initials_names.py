"""Initials and a surname: ``J.P. de Boer``, ``J.P. MOLENWEG``, ``Boukhari, F.``, ``VAN DER LINDEN, J.P.``.

Split from :mod:`.names`, whose :class:`~.names.NameRecognizer` gives the trimming and the surname's score.
What is not an initial is set aside here: a list's numeral or letter alone on its line ("V.", "A. Aanpak"),
a letter naming an annex or a step ("bijlage A."), a company's legal form ("N.V."), initials that end a name
written surname first ("Santoso, B."), and the authors of a cited publication.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from ..grammar import INITIALS, ROEPNAAM, WS, compiled, surname
from .names import NameRecognizer

__all__ = ["InitialsNameRecognizer"]

_INITIALS_PARTICLE = compiled(rf"{INITIALS}{WS}(?:van|de|der|den|ter|ten|het|op|in)[ \t\u00a0]+\p{{Lu}}")


def _lettered_list(text: str, line_start: int, at: int) -> bool:
    """The line starts with a capital and a full stop ("A."), another line starts with the letter before or after
    it, and one with "A.": the items of a lettered list, not an initial and a surname."""
    letter = text[at : at + 1]
    if text[line_start:at].strip() or not _HEADING_MARK.match(text, at):
        return False
    near = {chr(ord(letter) - 1), chr(ord(letter) + 1)} - {letter}
    # (a lettered list begins at "A.": "K. Owusu-Ansahene" above "J. Vanderhaegen" in an inventory are initials)
    begins = letter == "A" or compiled(r"(?m)^[ \t]*A\.[ \t\n]").search(text) is not None
    return begins and any(compiled(rf"(?m)^[ \t]*{n}\.[ \t\n]").search(text) for n in near if n.isupper())


# a country's or an abbreviation's letters, no one's initials: "U.S. Secretary", "N.B. Graag", "P.S. Morgen"
_COUNTRY = compiled(
    r"(?:U\.[ \t]?S\.(?:[ \t]?A\.)?|U\.[ \t]?K\.|U\.[ \t]?N\.|E\.[ \t]?U\.|N\.[ \t]?B\.|P\.[ \t]?S\.|S\.V\.P\.|"
    r"A\.U\.B\.|T\.A\.V\.|I\.V\.M\.|M\.B\.T\.|I\.P\.V\.|C\.Q\.)[ \t\u00a0]"
)
_HEADING_MARK = compiled(r"[A-Z]\.[ \t\n]")
_LIST_MARK = compiled(r"[ \t]*(?:[IVX]{1,4}|[A-Za-z])\.[ \t]*\n")
# words a capital letter numbers: "bijlage A.", "stap B.", "variant C."
_LETTERED_BEFORE = compiled(
    r"(?<![\p{L}])(?i:bijlagen?|bijl\.|hoofdstuk|paragraaf|figuur|tabel|annex|appendix|stap|fase|optie|variant|"
    r"scenario|categorie|klasse|deel|sectie|onderdeel|model|type|groep|blok|kavel|perceel|zone|gebied)[ \t\u00a0]+\Z"
)


# (not after initials and a surname: "C. P. M. Netten,\nT. P. N. Pluymaekers" is a list written initials first)
_SURNAME_COMMA_BEFORE = compiled(
    r"(?<!(?:\p{Lu}\.[ \t\u00a0]?|(?:van|de|der|den)[ \t\u00a0]))(?<![\p{L}/])"
    # (not a unit's code of capitals: "Opgesteld: DCM/CA, R. Kalverdijk", "DJZ, R. Kalverdijk")
    r"(?!\p{Lu}{2,5},)\p{Lu}[\p{L}'’-]+,[ \t\u00a0]*\Z"
)


def _ends_inverted_name(text: str, at: int) -> bool:
    """The initials at ``at`` follow a surname and a comma: they end a name written surname first."""
    return _SURNAME_COMMA_BEFORE.search(text, max(0, at - 40), at) is not None


class InitialsNameRecognizer(NameRecognizer):
    """Initials followed by a surname: J. Bakker, J.P.M. van der Berg."""

    PATTERN_NAME = "initials + surname"

    @staticmethod
    def _past_legal_forms(pattern: regex.Pattern[str], text: str) -> Iterator[regex.Match[str]]:
        """The pattern's matches; one that begins with a company's legal form is sought again after it
        ("Bouwbedrijf Jansen B.V." / "P.B. de Vries": a table row's next cell, read as initials "B.V. P.B.")."""
        for m in pattern.finditer(text):
            lead = _LEGAL_FORM.match(m.group("name"))
            if lead is None:
                yield m
                continue
            again = pattern.search(text, m.start("name") + lead.end(), m.end())
            if again is not None:
                yield again

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Presidio's hook: the names this recognizer finds in ``text``."""
        pattern = compiled(rf"(?<![\p{{L}}.])(?P<name>{INITIALS}{WS}{ROEPNAAM}{surname()})")
        out = []
        for m in self._past_legal_forms(pattern, text):
            # initials and a particle in small letters make the next word a surname, a word too ("C.H. de Kogel")
            particle = bool(_INITIALS_PARTICLE.match(text, m.start("name")))
            span = self.trim(text, m.start("name"), m.end("name"), titled=particle)
            if span is None:
                continue
            name = text[span[0] : span[1]]
            if not any(ch.islower() for ch in name) or _LEGAL_FORM.match(name) or _COUNTRY.match(name):
                continue  # "N.V. Jansbuitensingel": a legal form; "U.S. Secretary", "N.B. Graag": no initials
            if _COOPERATIVE_FORM.match(name) and _NAME_WORD_BEFORE.search(text, max(0, span[0] - 40), span[0]):
                continue  # "Coöperatie Zonnedak Zwolle U.A." / "Verduurzaming Woningen": the cooperative's form
            known = self.surname_score(name) > 0
            line_start = text.rfind("\n", 0, span[0]) + 1
            if not known and _LIST_MARK.match(text, line_start):
                continue  # "V." / "Handreiking wind": a list's numeral alone on its line, then the item
            if not known and _lettered_list(text, line_start, span[0]):
                continue  # "A. Aanpak Abacus sluit aan ..." with "B. Het is niet ..." below: a lettered list
            if _LETTERED_BEFORE.search(text, max(0, span[0] - 24), span[0]):
                continue  # "zie bijlage A." / "Capgemini ...": a letter naming an annex or a step, no initial
            if _ends_inverted_name(text, span[0]) and (not known or "\n" in name):
                continue  # "Santoso, B." / "MijnOverheid storing": the initials end a name written surname first
                # ("Dijk, L. van" / "Dijkstra, G.": the next row's name, however known)
            score = 0.85 if known else 0.6
            out.append(self._result(span[0], span[1], score, "initials followed by a surname"))
        caps = compiled(
            rf"(?<![\p{{L}}.])(?P<name>{INITIALS}[ \t\u00a0]*{_CAPS_TV}"
            # LIEUW-A-SOE, WESTRA-DE VRIES
            rf"(?P<sur>\p{{Lu}}{{3,}}(?:-A-\p{{Lu}}{{2,}}|-{_CAPS_TV}\p{{Lu}}{{2,}})?))(?![\p{{L}}@])"
        )
        inverted = compiled(  # "VAN DER LINDEN, J.P.", "DE GRAAF-SMEETS, M.", as inventories print them
            rf"(?<![\p{{L}}.'’])(?P<name>{_CAPS_TV}(?P<sur>\p{{Lu}}{{3,}}(?:-\p{{Lu}}{{2,}})?),[ \t\u00a0]*{INITIALS})"
        )
        for m in [*caps.finditer(text), *inverted.finditer(text)]:  # "J.P. MOLENWEG", as attendance lists print it
            sur = m.group("sur")
            if _LEGAL_FORM.match(m.group("name")) or sur in self.lex.acronyms or self.lex.is_ordinary_word(sur.title()):
                continue
            if _ARTICLE_BEFORE.search(text, max(0, m.start("name") - 8), m.start("name")):
                continue  # "de piketdienst van de ODZOB, F. Timmermans": an organisation's letters after an article
            if len(sur) <= 3 and not self.lex.is_surname(sur.title()):
                continue  # "K. WOZ": an acronym after a list's letter
            end = m.start("name") + len(m.group("name").rstrip())
            if "\n" in text[m.start("name") : end] and _ends_inverted_name(text, m.start("name")):
                continue  # "Doelwijt, S." / "SSC-ICT": the initials end a name written surname first
            out.append(self._result(m.start("name"), end, 0.7, "initials and a surname in capitals"))
        for m in _INVERTED_INITIALS.finditer(text):  # "Boukhari, F.", "Van der Schaaf, R.": a list's order
            sur = m.group("sur")
            last = sur.split()[-1]
            if _LEGAL_FORM.match(m.group("ini")) or sur in self.lex.acronyms:
                continue
            if sur in self.lex.places and not self.lex.is_surname(last):
                continue  # ("Zuidgeest, F.": a hamlet's name, and a surname with its initials)
            particled = len(sur.split()) > 1  # "de la Court, J.": after its particles a word is a surname
            if (
                (self.lex.is_ordinary_word(last) or last.lower() in self.lex.dutch_words)
                and not self.lex.is_surname(last)
                and not particled
            ):
                continue  # "Bijlage, A.", "Notitie, A." is no one
            listed = _AUTHORS.match(text, m.end()) or _AUTHORS_BEFORE.search(text, max(0, m.start() - 12), m.start())
            if listed and _PUBLISHED.search(text, m.end(), m.end() + 400):
                continue  # "Revollo, B., Blanco, I., ... & Llibre, J. M. (2021).": a publication's authors
            known = self.surname_score(sur) > 0
            why = "a surname, a comma and initials (a list's order)"
            out.append(self._result(m.start("name"), m.end("name"), 0.85 if known else 0.7, why))
        for m in _UNDOTTED_INITIALS.finditer(text):  # "DJ. Nieuwenhuis": initials with one full stop
            ini, sur = m.group("ini"), m.group("sur")
            if ini in self.lex.acronyms or not self.lex.is_surname(sur) or self.lex.is_ordinary_word(sur):
                continue
            why = "initials written without their inner full stops and a known surname"
            out.append(self._result(m.start(), m.end(), 0.8, why))
        return out


# two or three capitals, one full stop, a surname: "DJ. Nieuwenhuis", "JPM. Balkenende"
# (at a line's start, the line ending after the surname: a signature's, not "in BVH. Bel me gerust")
_UNDOTTED_INITIALS = compiled(
    r"(?m:^[ \t]*)\K(?P<ini>\p{Lu}{2,3})\.[ \t\u00a0]?(?P<sur>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)"
    r"(?=[ \t]*(?:[,(]|\n|\Z))"
)


# another author after a comma (or "&"), or the year of the publication: a reference's list of authors
_AUTHORS = compiled(
    r"[ \t\u00a0]*(?:,[ \t\n\u00a0]*(?:&[ \t\u00a0]*)?(?:\p{Ll}{1,3}[ \t]+)*\p{Lu}[\p{L}'’-]+,[ \t\u00a0]*\p{Lu}\.|"
    r",?[ \t\u00a0]*(?:&|et[ \t]al\.)|[ \t\u00a0]*\(\d{4}[a-z]?\))"
)
_AUTHORS_BEFORE = compiled(r"\p{Lu}\.,[ \t\n\u00a0]*(?:&[ \t\u00a0]*)?\Z")
_PUBLISHED = compiled(r"\((?:19|20)\d{2}[a-z]?\)")
_CAPS_TV = r"(?:(?:VAN|DE|DER|DEN|'T|’T|TER|TEN|IN|VON|EL|AL)[ \t\u00a0]+)*"
# a company's legal form before its name ("N.V. Jansbuitensingel", "B.V. Bouwbedrijf"); a cooperative's "W.A." or
# "U.A." and a "C.V." stand after one, so before a surname they are someone's initials ("W.A. Derksen")
_LEGAL_FORM = compiled(r"^(?:N\.\s?V\.|B\.\s?V\.|V\.\s?O\.\s?F\.)")
# ... and after a capitalised word of the name on its line, the cooperative's "U.A." or "W.A."
_COOPERATIVE_FORM = compiled(r"^(?:U\.\s?A\.|W\.\s?A\.|C\.\s?V\.)")
_NAME_WORD_BEFORE = compiled(r"\p{Lu}[\p{L}'’-]*[ \t]+\Z")
_ARTICLE_BEFORE = compiled(r"(?<![\p{L}])(?:de|het|der)[ \t\u00a0]+\Z")
# "Boukhari, F.", "Van der Schaaf, R.", "Stanikzai, G.A." before the end of the line, a ";", "en", "(" or a comma
_INVERTED_INITIALS = compiled(
    r"(?<![\p{L}.'’])(?P<name>(?P<sur>(?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Hh]et|'t|[Ee]l|[Aa]l|"
    r"la|le|du|da|dos|del|von|zu)"
    r"[ \t\u00a0]+)*\p{Lu}\p{Ll}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*)"
    # "Dijk, van, H.", "Berg, van den, J.": an inventory's order, the particles after the surname
    r"(?:,[ \t\u00a0]*(?:van|de|der|den|ter|ten|het|'t|in[ \t]+'t)(?:[ \t\u00a0]+(?:de|der|den|het|'t))?)?"
    r",[ \t\u00a0]*(?P<ini>(?:\p{Lu}\.){1,4})"
    # "Dijk, L. van", "Berg, A.M. van den", "Veld, P. in 't": the particles after the initials
    r"(?:[ \t\u00a0]+(?:van(?:[ \t\u00a0]+(?:de|der|den|het|['’]t))?|de|der|den|ter|ten|te|het|['’]t|"
    r"(?:in|op|uit)[ \t\u00a0]+(?:['’]t|de|het|den)))?)"
    # (or a table's next cell: "de la Court, J.  info@...")
    r"(?=[ \t\u00a0]*(?:$|\n|;|,|\(|en[ \t\u00a0])|[ \t\u00a0]{2,}|\t)"
)
