"""Person-name recognizers built on the name grammar and the word lists.

- :class:`NameRecognizer`: the plumbing they share (trimming a span, scoring a surname).
- :class:`TitledNameRecognizer`: a name after mevrouw, de heer, dhr., drs., mr. ...
- initials followed by a surname (J.P. de Boer) are in :mod:`.initials_names`.

The first-name recognizer is in :mod:`.first_names`, names in capitals in :mod:`.capitals`, surnames without a
first name (De Jong, Teunissen-Bakkal) in :mod:`.particles`.

The title itself is not part of the finding: "mevrouw [5.1.2e]" is how Dutch
disclosures read.
"""

from __future__ import annotations

import regex
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from ..context import ORGANISATION_HEAD
from ..grammar import (
    HS,
    INITIALS,
    LANGUAGE_ROLES,
    LEGAL_FORM_INITIALS,
    NAME_PART,
    PARTICLES,
    PERSON_TITLE,
    ROEPNAAM,
    ROLE_WORDS,
    TITLE_WORDS,
    WS,
    WS1,
    compiled,
    surname,
)
from ..letter_runs import first_letters, matches_of_list
from ..lexicons import Lexicons, load_lexicons, municipalities, organisation_ending

_TOKEN = compiled(rf"{INITIALS}|{NAME_PART}|\S+")
# a possessive before a relative: "uw dochter", "zijn zoon", "haar broer"
# a relative's first name (or name) right after the kinship and its possessive: "mijn vrouw Saba"
_KIN_NAME = compiled(
    r"(?P<kin>(?i:\b(?:uw|haar|zijn|hun|mijn|onze|ons|jullie)[ \t]+(?:vrouw|man|echtgenoot|echtgenote|partner|"
    r"dochter|zoon|broer|zus|zuster|vader|moeder|schoonzoon|schoondochter|kleinzoon|kleindochter)))[ \t]+"
    r"(?P<name>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\d-])"
)
_KIN_BEFORE = compiled(
    r"(?i:\b(?:uw|haar|zijn|hun|mijn|onze|ons|jullie)[ \t]+(?:dochter|zoon|broer|zus|zuster|kind|vader|moeder|"
    r"echtgenoot|echtgenote|partner|man|vrouw|neef|nicht|kleinzoon|kleindochter|stiefzoon|stiefdochter|pleegzoon|"
    r"pleegdochter|vriend|vriendin|ex-partner|ex-vriend|ex-vriendin))(?:[ \t]+|[ \t]*\n[ \t]*)\Z"
)
# a firm's name going on after "van <Word>": "& Kuipers Advocaten", "B.V."
_FIRM_GOES_ON = compiled(
    rf"\A[ \t\u00a0]*(?:&[ \t\u00a0]*\p{{Lu}}|,?[ \t\u00a0]*{LEGAL_FORM_INITIALS}|[ \t\u00a0]+(?:BV|NV|VOF)(?!\p{{L}}))"
)
_CAPITAL_WORD_AFTER = compiled(r"\A[ \t\u00a0]+(\p{Lu}\p{Ll}+)(?![\p{L}-])")
_TITLE_TOKEN = compiled(rf"(?i:{TITLE_WORDS})")
# the letters a title begins with: the patterns that begin with one are tried only at a run of them (letter_runs)
_TITLE_HEADS, _PERSON_TITLE_HEADS = first_letters(TITLE_WORDS), first_letters(f"{TITLE_WORDS}|{ROLE_WORDS}")
# a role as a form's label: "Melder: Hoop Sedney", "Beller: ..." (the colon on the label's line)
_LABEL_COLON = r"(?:[ \t]*:)?"
_ROLE_END = compiled(rf"(?i:(?<![\p{{L}}])(?:{ROLE_WORDS}))\Z")
# ranks and functions among the titles: after them a surname, not a word of the dictionary ("agent Bakker")
_SPEAKS_END = compiled(rf"(?i:(?<![\p{{L}}])(?:{LANGUAGE_ROLES}|mentor))\Z")
_CAPITAL_WORD_AFTER = compiled(r"[ \t\u00a0]+(\p{Lu}\p{Ll}+)(?![\p{L}])")
_FUNCTION_END = compiled(
    r"(?i:(?<![\p{L}])(?:agent|hoofdagent|brigadier|wachtmeester|rechercheur|collega|dokter|zuster|wijkagent|"
    r"buurtregisseur|handhaver))\Z"
)


class NameRecognizer(EntityRecognizer):
    """Shared plumbing: a compiled pattern and the result/explanation builder."""

    PATTERN_NAME = ""
    name: str  # set by presidio's __init__, which leaves it untyped

    def __init__(self, name: str, supported_language: str = "nl") -> None:
        super().__init__(supported_entities=["PERSON"], name=name, supported_language=supported_language)

    def load(self) -> None:
        """Presidio's hook: the word lists (loaded once per process and cached)."""
        self.lex: Lexicons = load_lexicons()
        self.tvs = {t.lower() for t in self.lex.tussenvoegsels if " " not in t}
        self.first_tv_words = {t.split()[0].lower() for t in self.lex.tussenvoegsels if " " in t} - self.tvs

    def _result(self, start: int, end: int, score: float, reason: str) -> RecognizerResult:
        expl = AnalysisExplanation(
            recognizer=self.name,
            original_score=score,
            pattern_name=self.PATTERN_NAME,
            textual_explanation=reason,
        )
        return RecognizerResult("PERSON", start, end, score, analysis_explanation=expl)

    def trim(self, text: str, start: int, end: int, titled: bool = False) -> tuple[int, int] | None:
        """Drop trailing tokens that are ordinary words or function words (``titled``: after a title, a word
        after a tussenvoegsel is the surname even if it is also a word: "mr. Lisette de Bourbon")."""
        span = text[start:end]
        tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(span)]
        heads = [
            k
            for k in range(2, len(tokens))
            if span[tokens[k][0] : tokens[k][1]].lower() in ORGANISATION_HEAD
            and span[tokens[k][0]].isupper()
            and span[tokens[k - 1][0] : tokens[k - 1][1]].lower() not in self.tvs
        ]
        if heads:
            tokens = tokens[: heads[0]]
            end = start + tokens[-1][1]
        joins = [k for k in range(1, len(tokens) - 1) if span[tokens[k][0] : tokens[k][1]] == "en"]
        after_join = [span[s:e] for s, e in tokens[joins[0] + 1 :]] if joins else []
        if any(_TITLE_TOKEN.fullmatch(w) or self.lex.is_non_person_word(w) for w in after_join):
            tokens = tokens[: joins[0]]  # "De Wit en de Kapitein ter Zee": two people, no noble double name
            end = start + tokens[-1][1]
        if self._firm_after_van(text, span, tokens, end):
            tokens = tokens[:-2]  # "Klaas Smid van Koop Tjuchem": Klaas Smid, of the firm Koop Tjuchem
            end = start + tokens[-1][1]
        words = [span[a:b] for a, b in tokens]
        if len(words) >= 5 and words[-3:-1] == ["van", "het"] and not self.lex.is_surname(words[-1]):
            tokens = tokens[:-3]  # "Wietske Dijkstra-Bouma van het Wetterskip": she works at the water board
            end = start + tokens[-1][1]
        elif (
            len(words) >= 4
            and words[-3:-1] == ["van", "de"]
            and not self.lex.is_surname(words[-1])
            and self.lex.is_ordinary_word(words[-1])
        ):
            tokens = tokens[:-3]  # "De heer Dijkhuizen van de Nationaal Coördinator Groningen": his employer
            end = start + tokens[-1][1]
        while tokens:
            tok = span[tokens[-1][0] : tokens[-1][1]]
            prev = span[tokens[-2][0] : tokens[-2][1]] if len(tokens) > 1 else ""
            tv = tok.lower() in self.tvs
            after_first = prev.split("-")[0] in self.lex.first_names and prev not in self.lex.stop_words
            after_tv = (prev.lower() in self.tvs or prev.endswith(".") or after_first) and self.lex.is_surname(tok)
            # "Pieter-Jan de la Court", "Anna van der Spring": after two tussenvoegsels a word is a surname,
            # unless it names an organisation ("Sandra van de Belastingdienst")
            before_prev = span[tokens[-3][0] : tokens[-3][1]].lower() if len(tokens) > 2 else ""
            if titled and prev.lower() in self.tvs and tok[:1].isupper() and len(tokens) > 2:
                after_tv = after_tv or not (self.lex.is_non_person_word(tok) or tok in self.lex.places)
            if "\n" in span[tokens[-2][1] : tokens[-1][0]] if len(tokens) > 1 else False:
                # "drs. Anouk de" / "Museum)": an organisation's word on the next line is another cell's
                after_tv = after_tv and tok.lower().strip("()") not in self.lex.organisation_words
            if (
                prev.lower() in self.tvs
                and before_prev in self.tvs
                and not self.lex.is_non_person_word(tok)
                and organisation_ending(tok.lower(), 4) is None  # "Anna van de Kiesraad"
                and "\n" not in span[tokens[-2][1] : tokens[-1][0]]  # "van der" / "Financiën": the next cell
            ):
                after_tv = True
            street = (
                len(tokens) > 2
                and prev.lower() not in self.tvs  # "Johan de Wittlaan 12" is all street
                and tok.lower().endswith(_STREET_ENDINGS)
                and _NUMBER_NEXT.match(text[end:])
            )
            bare = not any(ch.isalnum() for ch in tok)  # "Jan de Vries -" of "Jan de Vries - Kerkstraat 5"
            # the first word of a particle of several ("Johan Geurts aan" of "... aan de Technische Universiteit")
            bare = bare or (tok.islower() and tok in self.first_tv_words)
            # "Małgorzata Wójcik - Informatiebeveiligingsdienst": an organisation's name after a dash
            ending = organisation_ending(tok.lower(), 4)
            office = (ending is not None and ending not in self.lex.street_suffixes) or (
                len(tok) > 8 and tok.lower().endswith(_OFFICE_ENDINGS)
            )
            # ("Johan van Oldenbarneveltbrug": after a particle the word is the bridge's whole name, judged so)
            office = office and not self.lex.is_surname(tok) and prev.lower() not in self.tvs
            if (
                tv
                or street
                or bare
                or (office and len(tokens) > 2)
                or (not after_tv and (self.lex.is_ordinary_word(tok) or self.lex.is_non_person_word(tok)))
            ):
                tokens.pop()  # "Henk Mulder Bergweg 45": the street after the name is no part of it
                end = start + tokens[-1][1] if tokens else end
            else:
                break
        if not tokens:
            return None
        return start + tokens[0][0], start + tokens[-1][1]

    def _firm_after_van(self, text: str, span: str, tokens: list[tuple[int, int]], end: int) -> bool:
        """The span ends "<surname> van <Word>" and a firm's name goes on after it: "van" says where the person
        works ("mr. C.E. Blom van Blom & Kuipers Advocaten", "Klaas Smid van Koop Tjuchem"); or, after a first
        name and a surname, a word no list knows that the text names on its own elsewhere ("Esra Kaya van
        Kinderrijk" beside "kinderdagverblijf Kinderrijk": the organisation, no one's surname)."""
        if len(tokens) < 4 or span[tokens[-2][0] : tokens[-2][1]] != "van":
            return False
        surname = span[tokens[-3][0] : tokens[-3][1]]
        word = span[tokens[-1][0] : tokens[-1][1]]
        first = span[tokens[-4][0] : tokens[-4][1]]
        lex = self.lex
        if (
            len(tokens) == 4
            and lex.is_first_name(first)
            and not (lex.is_surname(word) or lex.is_first_name(word))
            and (
                (lex.is_surname(surname) and named_alone(text, word))
                # "Levi Bakboord van Steigerbouw Noord B.V.": after a surname no first name, a place, a word or a
                # compound of the dictionary, or a firm's name going on, after "van" is where the person works
                or (
                    not lex.is_first_name(surname)
                    and (
                        word in lex.places
                        or word.lower() in municipalities()
                        or lex.is_ordinary_word(word)
                        or lex.is_dictionary_compound(word)
                        or self.firm_goes_on(text, end)
                    )
                )
            )
        ):
            return True
        if not self.surname_only(surname):
            return False  # "Jan Peter van Dijk": a second first name before "van", whose surname it begins
        return self.firm_goes_on(text, end)

    def surname_only(self, word: str) -> bool:
        """A known surname and no first name: before "van" it ends a name, and "van" says where its bearer works
        ("Klaas Smid van Koop Tjuchem"; "Jan Peter van Dijk" is one name)."""
        return self.lex.is_surname(word) and not self.lex.is_first_name(word)

    def firm_goes_on(self, text: str, end: int) -> bool:
        """A firm's name goes on at ``end``: "& Kuipers", a legal form, or a place or organisation word
        ("Koop Tjuchem", "Jansen Installatietechniek")."""
        rest = text[end : end + 60]
        if _FIRM_GOES_ON.match(rest):
            return True
        nxt = _CAPITAL_WORD_AFTER.match(rest)
        return nxt is not None and self.firm_word(nxt.group(1))

    def firm_word(self, word: str) -> bool:
        """A place or an organisation word, and no surname: a word that goes on a firm's name."""
        lower = word.lower()
        if lower in ORGANISATION_HEAD or lower.removesuffix("n") in ORGANISATION_HEAD:
            return True  # "Cao Gemeenten", "Koop Politie"
        return not self.lex.is_surname(word) and (
            word in self.lex.places or lower in self.lex.organisation_words or organisation_ending(lower, 6) is not None
        )

    def surname_score(self, name: str) -> float:
        """How name-like the last part is: known surname or first name scores higher."""
        last = name.split()[-1].strip(".,")
        parts = last.split("-")
        if all(p in self.lex.surnames or p in self.lex.first_names for p in parts):
            return 0.1
        return 0.0


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
        for m in matches_of_list(pattern, _PERSON_TITLE_HEADS, text):  # a title, then a colon or a space
            if "\n" in text[m.start() : m.start("name")] and _HOUSE_NUMBER_AFTER.match(text, m.end("name")):
                continue  # "dhr." / "Korte Voorhout 7, Den Haag": the next column's line, a street
            if _POSTCODE_DIGITS.search(text, max(0, m.start() - 6), m.start()) and _PAIR.match(text, m.start()):
                continue  # "3721 MA Bilthoven": the letters of a postcode, no Master of Arts (not "SH-0431 Familie X")
            span = self.trim(text, m.start("name"), self._before_street(text, m), titled=True) or self._word_surname(
                text, m
            )
            if span is None:
                continue
            if text[span[0] : span[1]].split()[0].lower().removesuffix("s") in ORGANISATION_HEAD or (
                "\n" in text[m.start() : span[0]] and text[span[0] : span[1]] in self.lex.acronyms
            ):
                # "majoor" / "KMar", "wijkagent" / "Politie Noord-Nederland": a rank or function ends its cell,
                # the next line is the organisation's name; "wijkagent Politie Oost-Nederland": his employer
                continue
            last = text[span[0] : span[1]].split()[-1]
            nxt = _CAPITAL_WORD_AFTER.match(text, span[1])
            if (organisation_ending(last.lower(), 6) and not self.lex.is_surname(last)) or (
                nxt and nxt.group(1).lower() in self.lex.organisation_words
            ):
                continue  # "Dr. Schaepmanschool", "Dr. Jan van Breemen Instituut": named after a person, no person
            span = self._surname_below(text, span)
            span = self._double_name_ends(text, span)
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
        for m in matches_of_list(_TITLE_INITIAL, _TITLE_HEADS, text):  # a title, then a space
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
        return (
            (first in lex.first_names or lex.is_surname(first))
            and not lex.is_ordinary_word(first)
            and not lex.is_non_person_word(first)
            and first.lower() not in lex.organisation_words
            and not (first in lex.places and len(words) == 1 and first not in lex.first_names)  # "zoon Wessel"
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
        if text[span[0] : span[1]] not in self.lex.first_names:
            return span
        below = compiled(rf"[ \t\u00a0]*\n[ \t\u00a0]*(?P<sur>{surname()})").match(text, span[1])
        if below is None:
            return span
        head = below.group("sur").split()[0]
        if head.lower() not in self.tvs and (head in self.lex.stop_words or self.lex.is_ordinary_word(head)):
            return span  # "mevrouw Sanne" / "Het rapport ...": the next line is a sentence
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


_OFFICE_ENDINGS = ("dienst", "directie", "inspectie", "afdeling", "bureau", "centrum", "instituut", "autoriteit")


def named_alone(text: str, word: str) -> bool:
    """``word`` stands in ``text`` somewhere without "van" or another particle before it."""
    for m in compiled(rf"(?<![\p{{L}}'’-]){regex.escape(word)}(?![\p{{L}}'’-])").finditer(text):
        before = text[max(0, m.start() - 8) : m.start()].split()
        if not before or before[-1].lower() not in PARTICLES:
            return True
    return False


# a title and an initial alone, then a small word or a stop: "kapitein P. mij", "de heer K., die"
_TITLE_INITIAL = compiled(
    rf"(?<![\p{{L}}.])(?P<title>(?i:{TITLE_WORDS})[ \t\u00a0]+)(?P<init>(?:\p{{Lu}}\.){{1,3}})"
    r"(?=[ \t\u00a0]+(?!(?:van|de|der|den|ter|ten|te|het|in|op|’t|'t)\b)\p{Ll}|[ \t\u00a0]*[,;:)])"
)
_ONE_WORD = compiled(r"\A\p{Lu}\p{Ll}{2,}\Z")
_COURTESY_END = compiled(r"(?<![\p{L}])(?i:mevrouw|mevr\.|mw\.|heer|dhr\.|hr\.|meneer|mijnheer)[ \t\u00a0]+\Z")
_POSTCODE_DIGITS = compiled(r"(?<!\d)\d{4}[ \t\u00a0]?\Z")
_PAIR = compiled(r"\p{Lu}{2}(?![\p{L}])")  # a postcode's two letters


_LANGUAGE_ENDINGS = ("isch", "aans", "ees", "lands")  # "Arabisch", "Afrikaans", "Chinees", "Nederlands"
_STREET_ENDINGS = ("straat", "laan", "weg", "plein", "kade", "gracht", "singel", "dreef", "steeg", "plantsoen")
_NUMBER_NEXT = compiled(r"\A[ \t\u00a0]+\d{1,5}(?!\d)")


# a house number after a name-like span, then a comma, a postcode or the line's end: a street
_HOUSE_NUMBER_AFTER = compiled(
    r"[ \t\u00a0]+\d{1,4}[a-z]?(?:-\d{1,4}[a-zA-Z]?)?"
    r"(?:[ \t\u00a0]*(?:,|\n|$)|[ \t\u00a0]+[1-9]\d{3}[ \t\u00a0]?[A-Z]{2}\b)"
)
