"""Person-name recognizers built on the name grammar and the word lists.

- :class:`NameRecognizer`: the plumbing they share (trimming a span, scoring a surname), in :mod:`.name_base`.
- :class:`TitledNameRecognizer`: a name after mevrouw, de heer, dhr., drs., mr. ...
- initials followed by a surname (J.P. de Boer) are in :mod:`.initials_names`.

The first-name recognizer is in :mod:`.first_names`, names in capitals in :mod:`.capitals`, surnames without a
first name (De Jong, Teunissen-Bakkal) in :mod:`.particles`.

The title itself is not part of the finding: "mevrouw [5.1.2e]" is how Dutch
disclosures read.
"""

from __future__ import annotations

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from ..grammar import (
    BEAT_FUNCTIONS,
    HS,
    INITIALS,
    LANGUAGE_ROLES,
    NAME_PART,
    PERSON_TITLE,
    ROEPNAAM,
    ROLE_WORDS,
    TITLE_WORDS,
    WS,
    WS1,
    compiled,
    surname,
)
from ..letter_runs import first_letters, matches_of_list, next_words
from ..lexicons import MUNICIPALITY_PLACE_WORDS, area_name, municipalities, organisation_ending, used_as_place
from ..organisation_names import ORGANISATION_HEAD
from .name_base import _CAPITAL_WORD_AFTER, NameRecognizer, closes_open_bracket, named_alone

__all__ = ["NameRecognizer", "TitledNameRecognizer", "named_alone"]

# a possessive before a relative: "uw dochter", "zijn zoon", "haar broer"
# a relative's first name (or name) right after the kinship and its possessive: "mijn vrouw Saba"
_KIN_NAME = compiled(
    r"(?P<kin>(?i:\b(?:uw|haar|zijn|hun|mijn|onze|ons|jullie)[ \t]+(?:vrouw|man|echtgenoot|echtgenote|partner|"
    r"dochter|zoon|broer|zus|zuster|vader|moeder|schoonzoon|schoondochter|kleinzoon|kleindochter)))[ \t]+"
    r"(?P<name>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\d-])"
)
# a title with a capital alone on its line, the name alone on the next: a table's cells read one a line
_CELL_TITLE = compiled(r"\p{Lu}\p{Ll}+[ \t]*\n[ \t]*")
_KIN_BEFORE = compiled(
    r"(?i:\b(?:uw|haar|zijn|hun|mijn|onze|ons|jullie)[ \t]+(?:dochter|zoon|broer|zus|zuster|kind|vader|moeder|"
    r"echtgenoot|echtgenote|partner|man|vrouw|neef|nicht|kleinzoon|kleindochter|stiefzoon|stiefdochter|pleegzoon|"
    r"pleegdochter|vriend|vriendin|ex-partner|ex-vriend|ex-vriendin))(?:[ \t]+|[ \t]*\n[ \t]*)\Z"
)
# the letters a title begins with: the patterns that begin with one are tried only at a run of them (letter_runs)
_TITLE_HEADS, _PERSON_TITLE_HEADS = first_letters(TITLE_WORDS), first_letters(f"{TITLE_WORDS}|{ROLE_WORDS}")
_TITLE_NEXT, _PERSON_TITLE_NEXT = next_words(TITLE_WORDS), next_words(f"{TITLE_WORDS}|{ROLE_WORDS}")  # "de" -> "heer"
# a role as a form's label: "Melder: Hoop Sedney", "Beller: ..." (the colon on the label's line)
_LABEL_COLON = r"(?:[ \t]*:)?"
_ROLE_END = compiled(rf"(?i:(?<![\p{{L}}])(?:{ROLE_WORDS}))\Z")
# ranks and functions among the titles: after them a surname, not a word of the dictionary ("agent Bakker")
_SPEAKS_END = compiled(rf"(?i:(?<![\p{{L}}])(?:{LANGUAGE_ROLES}|mentor))\Z")
# the functions that serve an area, named after it: "wijkagent Bergeijk"
_BEAT_END = compiled(rf"(?<![\p{{L}}]){BEAT_FUNCTIONS}\Z")
_CLAUSE_ENDS = compiled(r"[ \t]*(?:[,;.)/|\n]|\Z)")
_FUNCTION_END = compiled(
    r"(?i:(?<![\p{L}])(?:agent|hoofdagent|brigadier|wachtmeester|rechercheur|collega|dokter|zuster|wijkagent|"
    r"buurtregisseur|handhaver))\Z"
)


# a particle written with a capital inside a sentence begins a surname used without given name or initials
_CAPITAL_PARTICLES = frozenset({"Van", "De", "Den", "Der", "Ter", "Ten", "Te", "Op", "In", "Uit"})


# a reporter's function before the employer's name ("verslaggever De Gelderlander"; not "mevrouw Van Oord")
_PRESS_TITLE = compiled(r"(?i:verslaggeefster|verslaggever|journalist|correspondent|redacteur|reporter|fotograaf)")


class TitledNameRecognizer(NameRecognizer):
    """A name introduced by a courtesy or academic title."""

    PATTERN_NAME = "title + name"

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Presidio's hook: the names this recognizer finds in ``text``."""
        pattern = compiled(
            rf"(?<![\p{{L}}])(?:{PERSON_TITLE}{_LABEL_COLON}{WS1})+"
            rf"(?P<name>(?:{INITIALS}{WS}{ROEPNAAM})?(?:{NAME_PART}{HS}){{0,3}}{surname()})"
        )
        out = []
        # a title, then a colon or a space
        for m in matches_of_list(pattern, _PERSON_TITLE_HEADS, text, _PERSON_TITLE_NEXT):
            if "\n" in text[m.start() : m.start("name")] and _HOUSE_NUMBER_AFTER.match(text, m.end("name")):
                continue  # "dhr." / "Korte Voorhout 7, Den Haag": the next column's line, a street
            if _POSTCODE_DIGITS.search(text, max(0, m.start() - 6), m.start()) and _PAIR.match(text, m.start()):
                continue  # "3721 MA Bilthoven": the letters of a postcode, no Master of Arts (not "SH-0431 Familie X")
            span = self.trim(text, m.start("name"), self._before_street(text, m), titled=True) or self._word_surname(
                text, m
            )
            if span is None:
                continue
            if _CELL_TITLE.fullmatch(text[m.start() : span[0]]) and text[span[0] : span[1]] in self.lex.places:
                continue  # "Familie" / "Arnhem": a court's team in its cell, the place of its location in the next
            if text[span[0] : span[1]].split()[0].lower().removesuffix("s") in ORGANISATION_HEAD or (
                "\n" in text[m.start() : span[0]] and text[span[0] : span[1]] in self.lex.acronyms
            ):
                # "majoor" / "KMar", "wijkagent" / "Politie Noord-Nederland": a rank or function ends its cell,
                # the next line is the organisation's name; "wijkagent Politie Oost-Nederland": his employer
                continue
            named = " ".join(text[span[0] : span[1]].split())
            press = _PRESS_TITLE.search(text, max(0, m.start() - 4), m.start("name"))
            if press is not None and " " in named and self.lex.is_organisation(named):
                continue  # "verslaggever De Gelderlander": the employer the gazetteer names, after the function
            last = text[span[0] : span[1]].split()[-1]
            nxt = _CAPITAL_WORD_AFTER.match(text, span[1])
            if (organisation_ending(last.lower(), 6) and not self.lex.is_surname(last)) or (
                nxt and nxt.group(1).lower() in self.lex.organisation_words
            ):
                continue  # "Dr. Schaepmanschool", "Dr. Jan van Breemen Instituut": named after a person, no person
            span = self._surname_below(text, span)
            span = self._double_name_ends(text, span)
            span = self._next_name_after_double(text, span)
            title = text[m.start() : m.start("name")].strip().rstrip(":").rstrip()
            kin = _KIN_BEFORE.search(text, max(0, m.start() - 12), m.start("name")) and self._plain_name(
                text[span[0] : span[1]]
            )  # "uw dochter Sofiia", "zijn zoon Taras": a relative, named by any name
            if _ROLE_END.search(title) and not kin and not self._role_name(text[span[0] : span[1]]):
                continue  # "de verzoeker Gemeente Utrecht", "medewerker Financiën": a role, then no name
            if _ROLE_END.search(title) and not kin and self.firm_goes_on(text, span[1]):
                continue  # "Aanvrager  Stratum Horeca Holding B.V.": a party that is a firm
            if _FUNCTION_END.search(title) and self._of_a_place(text[span[0] : span[1]]):
                continue  # "de wijkagent van Stadsdriehoek": his beat, no surname ("collega van Dijk" is one)
            if _BEAT_END.search(title) and self._beat(text, span):
                continue  # "hoofdagent, wijkagent Bergeijk": the municipality of his beat, whoever bears its name
            if _SPEAKS_END.search(title) and text[span[0] : span[1]] in self.lex.languages:
                continue  # "een tolk Engels", "docent Frans": the language they speak or teach
            if _FUNCTION_END.search(title) and self._dictionary_word(text[span[0] : span[1]]):
                continue  # "Agent Geometrie" in a data model's classes: a function, then a word no name list holds
            score = 0.85 + self.surname_score(text[span[0] : span[1]])
            out.append(self._result(span[0], span[1], min(score, 1.0), f"name after the title '{title}'"))
        return out + self._listed(text) + self._initial_only(text, out) + self._kin(text, {r.start for r in out})

    def _kin(self, text: str, taken: set[int]) -> list[RecognizerResult]:
        """A relative named after the kinship and its possessive ("met mijn vrouw Saba", "uw man Karim"): a
        person, whatever else the word may be (Saba is an island too)."""
        out = []
        for m in _KIN_NAME.finditer(text):
            if m.start("name") not in taken and not self.lex.is_ordinary_word(m.group("name")):
                why = f"a relative's name after '{' '.join(m.group('kin').split())}'"
                out.append(self._result(m.start("name"), m.end("name"), 0.85, why))
        return out

    def _before_street(self, text: str, m: regex.Match[str]) -> int:
        """Where the name ends: before a street and its number the name's cell is read on into ("Familie
        Abrahamsz" | "Lodewijkstraat 52-1" on one line of a table)."""
        end = m.end("name")
        words = text[m.start("name") : end].split()
        if (
            len(words) > 1
            and words[-1].lower().endswith(self.lex.street_suffixes)
            and _HOUSE_NUMBER_AFTER.match(text, end)
        ):
            return text.rindex(words[-1], 0, end)
        return end

    def _initial_only(self, text: str, found: list[RecognizerResult]) -> list[RecognizerResult]:
        """A courtesy title or a rank and an initial alone ("sprak kapitein P. mij aan", "mevrouw D. was"):
        the initial names the person."""
        taken = {r.start for r in found}
        out = []
        for m in matches_of_list(_TITLE_INITIAL, _TITLE_HEADS, text, _TITLE_NEXT):  # a title, then a space
            if m.start("init") not in taken:
                why = f"an initial after the title '{m.group('title').strip()}'"
                out.append(self._result(m.start("init"), m.end("init"), 0.8, why))
        return out

    def _double_name_ends(self, text: str, span: tuple[int, int]) -> tuple[int, int]:
        """ "Mevrouw Peeters-Janssen van de" / "Romerhaven": a double surname is whole; particles after it and
        a word on the next line are the street she lives on, no part of her name."""
        name = text[span[0] : span[1]]
        if "\n" not in name:
            return span
        words = list(compiled(r"\S+").finditer(name[: name.index("\n")]))
        k = len(words)
        while k > 0 and words[k - 1].group().lower() in self.tvs:
            k -= 1
        if 0 < k < len(words):
            last = words[k - 1].group()
            if "-" in last and not all(self.lex.is_first_name(p) for p in last.split("-")):
                return span[0], span[0] + words[k - 1].end()
        return span

    def _next_name_after_double(self, text: str, span: tuple[int, int]) -> tuple[int, int]:
        """ "drs. A.C. Wolters-Ebbinge Ron König": initials and a double surname end a name; a first name and a
        surname after them are the next signature's, printed beside it on the same line."""
        name = text[span[0] : span[1]]
        words = list(compiled(r"\S+").finditer(name))
        if len(words) < 4 or not compiled(r"(?:\p{Lu}\.)+\Z").match(words[0].group()):
            return span
        for k in range(1, len(words) - 2):
            double, given = words[k].group(), words[k + 1].group()
            if (
                "-" in double
                and all(p[:1].isupper() for p in double.split("-"))
                and not all(self.lex.is_first_name(p) for p in double.split("-"))
                and self.lex.is_first_name(given)
                and given.lower() not in self.tvs
            ):
                return span[0], span[0] + words[k].end()
        return span

    def _beat(self, text: str, span: tuple[int, int]) -> bool:
        """One word that ends its clause, a municipality's or an area's name: the area a function serves ("wijkagent
        Bergeijk,", "wijkagent Noorderstrand": :func:`~..lexicons.area_name`), no surname; a municipality's name that
        surnames share too ("wijkagent Putten, die de familie kent") only where the text names it as a place elsewhere
        ("gemeente Bergeijk", "te Bergeijk")."""
        name = text[span[0] : span[1]]
        if " " in name or not _CLAUSE_ENDS.match(text, span[1]):
            return False
        if name.lower() not in municipalities():
            return area_name(name, self.lex, text)  # ("wijkagent Noorderstrand": a beach's or a quarter's name)
        return not self.lex.is_surname(name) or used_as_place(name, text, MUNICIPALITY_PLACE_WORDS)

    def _of_a_place(self, name: str) -> bool:
        """ "van" in small letters and one word no surname list holds, or a place: the preposition after a
        function ("wijkagent van Transvaal"), no particle of a surname."""
        words = name.split()
        if len(words) != 2 or words[0] != "van":
            return False
        w = words[1].strip(",.;:")
        district = w.endswith(("-Noord", "-Zuid", "-Oost", "-West", "-Centrum", "-Midden"))  # "van Woensel-Noord"
        return district or not self.lex.is_surname(w) or w in self.lex.places or w.lower() in municipalities()

    def _dictionary_word(self, name: str) -> bool:
        """One word of the Dutch dictionary that no list of names holds ("Geometrie", "Planning")."""
        words = name.split()
        if len(words) != 1:
            return False
        w = words[0].strip(",.;:")
        lex = self.lex
        return w.lower() in lex.dutch_words and not (lex.is_surname(w) or lex.is_first_name(w))

    def _role_name(self, name: str) -> bool:
        """After a role word (no courtesy title) a name must be known as one: its first word (particles aside)
        initials, or a first name or surname of the lists that is no ordinary word or organisation word
        ("medewerker Terugbetalen", "verslaggever van Omroep Gelderland" name nobody)."""
        lex = self.lex
        words = [w for w in name.split() if w.lower() not in self.tvs]
        if not words:
            return False
        first = words[0].strip(",.;:")
        if compiled(rf"\A{INITIALS}\Z").match(words[0]):
            return True
        if 2 <= len(words) <= 4 and all(self._plain_name(w) and not self._word_like(w) for w in words):
            return True  # "medewerker Hüsnü Karadağ": two name-like words no list holds, and no word of anything else
        if (
            name.split()[0] in _CAPITAL_PARTICLES
            and first[:1].isupper()
            and not (lex.is_compound_word(first) or lex.is_dictionary_compound(first))
            and first.lower() not in lex.organisation_words
        ):
            # "huisarts Van Dongen", "rector Van Lienden", "Verdachte Van Putten": a capital particle begins a surname
            # (a place's or a word's name too: "van Putten" would say where from)
            return True
        return (
            (first in lex.first_names or lex.is_surname(first))
            and not lex.is_ordinary_word(first)
            and not lex.is_non_person_word(first)
            and first.lower() not in lex.organisation_words
            # ("zoon Wessel"; "cardioloog Krabbendam": a village's name that the lists know as a surname too)
            and not (
                first in lex.places
                and len(words) == 1
                and first not in lex.first_names
                and (first not in lex.surnames or first.lower() in municipalities())
            )
        )

    def _word_like(self, word: str) -> bool:
        """A compound or dictionary word, a language or a department ("Vergunningverlening", "Pashto")."""
        lex, w = self.lex, word.strip(",.;:")
        return (
            lex.is_compound_word(w)
            or lex.is_dictionary_compound(w)
            or w.lower() in lex.dutch_words
            or w.lower().endswith(_LANGUAGE_ENDINGS)
        )

    def _plain_name(self, name: str) -> bool:
        """A capitalised first word that is no ordinary word, function, organisation word or place."""
        lex = self.lex
        first = name.split()[0].strip(",.;:") if name.split() else ""
        return (
            first[:1].isupper()
            and not lex.is_ordinary_word(first)
            and not lex.is_non_person_word(first)
            and first.lower() not in lex.organisation_words
            and first not in lex.places
        )

    def _surname_below(self, text: str, span: tuple[int, int]) -> tuple[int, int]:
        """A first name after its title that ends the line takes the surname that starts the next
        ("mw. drs. Ingeborg" / "Ter Horst van ZLTO")."""
        below = compiled(rf"[ \t\u00a0]*\n[ \t\u00a0]*(?P<sur>{surname()})").match(text, span[1])
        if below is None:
            return span
        # "(DG CNECT, vertegenwoordigd door de heer Giannis" / "Antonakopoulos) lichtte toe": the bracket opened
        # before the title closes after the next line's word, any given name before it
        closes = closes_open_bracket(text, span[0], below.end("sur"))
        if text[span[0] : span[1]] not in self.lex.first_names and not closes:
            return span
        head = below.group("sur").split()[0]
        if head.lower() not in self.tvs and (head in self.lex.stop_words or self.lex.is_ordinary_word(head)):
            return span  # "mevrouw Sanne" / "Het rapport ...": the next line is a sentence
        nxt = _CAPITAL_WORD_AFTER.match(text, below.end("sur"))
        if nxt and nxt.group(1).lower() in self.lex.organisation_words:
            return span  # "dr. Maximilian" / "Radboud Universiteit": the next cell's organisation
        return span[0], below.end("sur")

    def _word_surname(self, text: str, m: regex.Match[str]) -> tuple[int, int] | None:
        """One capitalised word right after a courtesy title on its line is a surname, even one that is also a
        word ("mevrouw Rood", "de heer Koning"); a function, a stop word or a place is not ("de heer Minister")."""
        word = m.group("name")
        if (
            "\n" in text[m.start() : m.end()]
            or not _ONE_WORD.match(word)
            or not _COURTESY_END.search(text, 0, m.start("name"))
        ):
            return None
        if word in self.lex.stop_words or self.lex.is_non_person_word(word) or word in self.lex.places:
            return None
        return m.start("name"), m.end("name")

    def _listed(self, text: str) -> list[RecognizerResult]:
        """The names that a plural courtesy title heads: "de heren Assorgia, Van Delft en Karhof"."""
        item = rf"(?:{INITIALS}{WS})?{surname()}"
        sep = r"(?:,[ \t\u00a0]*\n?[ \t\u00a0]*|[ \t\u00a0]+en[ \t\u00a0]+\n?[ \t\u00a0]*)"
        head = rf"(?<![\p{{L}}])(?i:de{HS}(?P<title>heren|dames)){WS1}"
        if compiled(head).search(text) is None:
            return []  # where the whole pattern matches, its beginning does: searched alone, ~9x faster
        pattern = compiled(rf"{head}(?P<n>{item})(?:{sep}(?P<n>{item}))*")
        out = []
        for m in pattern.finditer(text):
            for start, end in m.spans("n"):
                span = self.trim(text, start, end)
                if span is not None:
                    score = min(0.85 + self.surname_score(text[span[0] : span[1]]), 1.0)
                    out.append(self._result(span[0], span[1], score, f"a name after 'de {m.group('title')}'"))
        return out


# a title and an initial alone, then a small word or a stop: "kapitein P. mij", "de heer K., die"
_TITLE_INITIAL = compiled(
    rf"(?<![\p{{L}}.])(?P<title>(?i:{TITLE_WORDS})[ \t\u00a0]+)(?P<init>\p{{Lu}}\.(?:[ \u00a0]?\p{{Lu}}\.){{0,2}})"
    # ("de heer B. W. (hierna: bezwaarmaker)": the initials a decision names a party by)
    r"(?=[ \t\u00a0]+(?!(?:van|de|der|den|ter|ten|te|het|in|op|’t|'t)\b)\p{Ll}|[ \t\u00a0]*[,;:)]"
    r"|[ \t\u00a0]+\((?i:hierna))"
)
_ONE_WORD = compiled(r"\A\p{Lu}\p{Ll}{2,}\Z")
_COURTESY_END = compiled(r"(?<![\p{L}])(?i:mevrouw|mevr\.|mw\.|heer|dhr\.|hr\.|meneer|mijnheer)[ \t\u00a0]+\Z")
_POSTCODE_DIGITS = compiled(r"(?<!\d)\d{4}[ \t\u00a0]?\Z")
_PAIR = compiled(r"\p{Lu}{2}(?![\p{L}])")  # a postcode's two letters


_LANGUAGE_ENDINGS = ("isch", "aans", "ees", "lands")  # "Arabisch", "Afrikaans", "Chinees", "Nederlands"


# a house number after a name-like span, then a comma, a postcode or the line's end: a street
_HOUSE_NUMBER_AFTER = compiled(
    r"[ \t\u00a0]+\d{1,4}[a-z]?(?:-\d{1,4}[a-zA-Z]?)?"
    r"(?:[ \t\u00a0]*(?:,|\n|$)|[ \t\u00a0]+[1-9]\d{3}[ \t\u00a0]?[A-Z]{2}\b)"
)
