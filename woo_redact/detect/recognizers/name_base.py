"""The plumbing the person-name recognizers share: :class:`NameRecognizer` (trimming a span to the name it
holds, a firm's name after "van", scoring a surname) and :func:`named_alone`.

The recognizers themselves: :mod:`.names` (after a title), :mod:`.initials_names`, :mod:`.first_names`,
:mod:`.capitals`, :mod:`.particles`, :mod:`.paraphs`.
"""

from __future__ import annotations

import regex
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

from ..grammar import INITIALS, LEGAL_FORM_INITIALS, NAME_PART, PARTICLES, TITLE_WORDS, compiled
from ..lexicons import Lexicons, load_lexicons, municipalities, organisation_ending
from ..organisation_names import ORGANISATION_HEAD

__all__ = ["NameRecognizer", "named_alone"]


_TOKEN = compiled(rf"{INITIALS}|{NAME_PART}|\S+")
# a firm's name going on after "van <Word>": "& Kuipers Advocaten", "B.V."
_FIRM_GOES_ON = compiled(
    rf"\A[ \t\u00a0]*(?:&[ \t\u00a0]*\p{{Lu}}|,?[ \t\u00a0]*{LEGAL_FORM_INITIALS}|[ \t\u00a0]+(?:BV|NV|VOF)(?!\p{{L}}))"
)
_CAPITAL_WORD_AFTER = compiled(r"[ \t\u00a0]+(\p{Lu}\p{Ll}+)(?![\p{L}])")
_TITLE_TOKEN = compiled(rf"(?i:{TITLE_WORDS})")
_INITIALS_TOKEN = compiled(r"(?:\p{Lu}\.){1,5}")
# another name of initials and a surname right before, and a slash, "&" or "en" between: "Y. van Boheemen / "
_PAIRED = compiled(
    r"(?<![\p{L}.])(?:\p{Lu}\.){1,5}[ \t\u00a0]?(?:(?:van|de|der|den|ter|ten|te|het)[ \t\u00a0]+)*"
    r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \t\u00a0]*(?:/|&|\ben\b|,)[ \t\u00a0]*\Z"
)


# a double surname's hyphen at a line's end, the next line's word after it
_HYPHEN_WRAP = compiled(r"-[ \t]*\n[ \t]*(\p{Lu}[\p{L}'’]+)\Z")


def closes_open_bracket(text: str, at: int, end: int) -> bool:
    """A bracket opened in the 150 characters before ``at`` (and not closed there) closes right at ``end``: a
    name broken over a line inside it ("(Herr Matthias" / "Obermüller)", "de heer Giannis" / "Antonakopoulos)")."""
    reach = max(0, at - 150)
    return text.startswith(")", end) and text.rfind("(", reach, at) > text.rfind(")", reach, at)


# a street's kind written after its name, in English or Dutch: "van de Bouillante Road", "van de Grote Markt"
_STREET_KIND_AFTER = compiled(
    r"[ \t]+(?:Road|Street|Avenue|Lane|Drive|Weg|Straat|Laan|Plein|Markt|Kade|Gracht)(?![\p{L}])"
)


# the weekdays and months, stop words of the lists, but surnames after a title and initials ("De heer J. Vrijdag")
_CALENDAR_WORDS = frozenset(
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart april mei juni juli augustus "
    "september oktober november december".split()
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

    def _plain_word(self, word: str) -> bool:
        """A word of the language, alone or two of them written as one ("Stikstofreductie")."""
        return (
            self.lex.is_ordinary_word(word)
            or word.lower() in self.lex.dutch_words
            or self.lex.is_dictionary_compound(word)
            or self.lex.is_compound_word(word)
        )

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
            len(words) >= 4  # (a name before: "van de Assendorperstraat" alone is no one's, nothing left to keep)
            and words[-3:-1] == ["van", "de"]
            and not self.lex.is_surname(words[-1])
            and (self.lex.ends_as_street(words[-1]) or _STREET_KIND_AFTER.match(text, end))
        ):
            # "die Dave van de Assendorperstraat": Dave, who lives in that street ("Glenda Courtar-Brown van de
            # Bouillante Road": the street's kind after it)
            tokens = tokens[:-3]
            end = start + tokens[-1][1]
        elif (
            len(words) >= 4
            and words[-3:-1] == ["van", "de"]
            and not self.lex.is_surname(words[-1])
            and (self.lex.is_ordinary_word(words[-1]) or (len(words) == 4 and self._plain_word(words[-1])))
        ):
            # ("Jantsje van de" / "Voedselbank Leeuwarden": a given name alone, of an organisation)
            tokens = tokens[:-3]  # "De heer Dijkhuizen van de Nationaal Coördinator Groningen": his employer
            end = start + tokens[-1][1]
        wrap = _HYPHEN_WRAP.search(span[: tokens[-1][1]]) if len(tokens) > 2 else None
        if wrap and not self.lex.is_surname(wrap.group(1)) and self._plain_word(wrap.group(1)):
            # "A. Kuipers-" / "Stikstofreductie en": the next line's word is another cell's, no second surname
            tokens = [t for t in tokens if t[1] <= wrap.start()]
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
            # "mevrouw M. Bril", "M.J. Bril": after a title and initials, or after two initials (no list's letter), a
            # capitalised word is the surname, whatever word it is too
            # (or after one initial in a pair of names: "Y. van Boheemen / M. Bril")
            initials = _INITIALS_TOKEN.fullmatch(prev.strip()) is not None and (
                titled or prev.count(".") >= 2 or (len(tokens) == 2 and _PAIRED.search(text, max(0, start - 60), start))
            )
            if initials and tok[:1].isupper() and tok[1:].islower() and len(tok) > 2 and tok not in self.lex.stop_words:
                after_tv = after_tv or not (self.lex.is_non_person_word(tok) or tok in self.lex.places)
            # "De heer J. Vrijdag", "mevrouw A. Mei": a title, initials and a weekday's or a month's name, a surname too
            if initials and titled and len(tokens) == 2 and tok[1:].islower() and tok.lower() in _CALENDAR_WORDS:
                after_tv = True
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
                and (
                    _NUMBER_NEXT.match(text[end:]) is not None
                    # "Rens Hofman Keizerstraat": a first name and a listed surname before it, the next cell's street
                    or (
                        span[tokens[0][0] : tokens[0][1]] in self.lex.first_names
                        and self.lex.is_surname(prev)
                        and not self.lex.is_first_name(prev)
                        and not self.lex.is_surname(tok)
                    )
                )
            )
            # "Marieke Hulshof Rivierenwijk": a quarter or a place after a full name, the next cell's (OCR reads no gap)
            # (after a surname that is no given name: not "Jan Willem Harderwijk", "Pieter Jan Noordwijk")
            quarter = (
                len(tokens) > 2
                and self.lex.is_surname(prev)
                and not self.lex.is_first_name(prev)
                and tok.lower().endswith(("wijk", "buurt", "kwartier"))
                and tok not in self.lex.places
                and not self.lex.is_surname(tok)
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
                or quarter
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


_OFFICE_ENDINGS = ("dienst", "directie", "inspectie", "afdeling", "bureau", "centrum", "instituut", "autoriteit")


def named_alone(text: str, word: str) -> bool:
    """``word`` stands in ``text`` somewhere without "van" or another particle before it."""
    for m in compiled(rf"(?<![\p{{L}}'’-]){regex.escape(word)}(?![\p{{L}}'’-])").finditer(text):
        before = text[max(0, m.start() - 8) : m.start()].split()
        if not before or before[-1].lower() not in PARTICLES:
            return True
    return False


_STREET_ENDINGS = ("straat", "laan", "weg", "plein", "kade", "gracht", "singel", "dreef", "steeg", "plantsoen")
_NUMBER_NEXT = compiled(r"\A[ \t\u00a0]+\d{1,5}(?!\d)")
