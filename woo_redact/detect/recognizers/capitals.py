"""A name written in capitals, as header blocks and signatures print it ("MR. DRS. A.B. (ANNE) VAN DIJK"), or
a surname in capitals after a courtesy title in small letters ("De heer JOOSTEN")."""

from __future__ import annotations

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from ..grammar import TITLE, compiled
from ..lexicons import TRADE_ENDINGS
from .names import NameRecognizer

__all__ = ["CapitalsNameRecognizer", "alone_in_capitals"]

_CAPS_TOKEN = r"(?:(?:\p{Lu}\.){1,5}|\(\p{Lu}{2,}\)|\p{Lu}[\p{Lu}'’]+(?:-\p{Lu}[\p{Lu}'’]+)*(?!\p{Ll}))"


# no vowel, or three consonants in a row at a short word's start: "MX", "SMTP", "TLSA" (not "BOS", "JAN")
_HONORIFIC_CAPS = compiled(
    # ("FAM. TER HORST": a family as a petition's signatory or a letter's addressee)
    r"(?<![\p{L}])(?P<title>(?i:mevrouw|mevr\.|mw\.|de[ \t\u00a0]+heer|dhr\.|meneer|fam\.|familie))[ \t\u00a0]+"
    r"(?P<name>(?:(?:VAN|DE|DER|DEN|TER|TEN|HET|EL|AL)[ \t\u00a0]+){0,3}\p{Lu}{3,}"
    r"(?:-(?:(?:VAN|DE|DER|DEN|TER|TEN)[ \t\u00a0]+){0,3}\p{Lu}{2,})*)(?![\p{L}\d.-])"
)
# an organogram's box: the function and the surname, both in capitals, the cell ending after it ("HOOFD TJONG")
_FUNCTION_CAPS = compiled(
    r"(?<![\p{L}])(?P<title>HOOFD|AFDELINGSHOOFD|TEAMLEIDER|TEAMMANAGER|MANAGER|DIRECTEUR|COÖRDINATOR)"
    r"(?:[ \t\u00a0]+a\.i\.)?[ \t\u00a0]+"
    r"(?P<name>(?:(?:VAN|DE|DER|DEN|TER|TEN|HET|EL|AL)[ \t\u00a0]+){0,3}\p{Lu}{3,}(?:-\p{Lu}{2,})*)"
    r"(?=[ \t\u00a0]{2,}|[ \t\u00a0]*\n|[ \t\u00a0]*\Z)"
)
# a list's "SURNAME, Given" ("WESTERHOF, Johannes", "VAN DER WAL-BOS, J.", Twente's "OUDE GROTHUIS, W.")
_INVERTED_CAPS = compiled(
    r"(?<![\p{L}.-])(?P<name>(?:(?:VAN|DE|DER|DEN|TER|TEN|HET|EL|AL|OUDE)[ \t\u00a0]+){0,3}\p{Lu}{3,}"
    r"(?:-(?:(?:VAN|DE|DER|DEN|TER|TEN)[ \t\u00a0]+){0,3}\p{Lu}{2,})*),[ \t\u00a0]*"
    # (the given name in capitals too: "NAGY, ZSÓFIA")
    r"(?P<given>(?:\p{Lu}\.){1,5}|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|\p{Lu}{3,}(?:-\p{Lu}{3,})?)(?![\p{L}])"
)
# "MOREL Jean-Baptiste (REGIO)": an EU address book's entry, the unit's code in brackets after the given name
_ADDRESS_BOOK = compiled(
    r"(?<![\p{L}.-])(?P<name>(?:(?:VAN|DE|DER|DEN|TER|TEN|VON|DI|DA|DEL|LE|LA)[ \t\u00a0]+){0,3}\p{Lu}{3,}"
    r"(?:[- ]\p{Lu}{3,})?)[ \t\u00a0]+(?P<given>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)"
    r"(?=[ \t\u00a0]+\((?:\p{Lu}{2,}[\w.-]*)\))"
)
# a register's row: the surname in capitals, then the initials, alone at the line's start ("MAAS T.", "KOÇ E.",
# "BOUZIANE-DE GRAAF K." over the registration number)
_SURNAME_INITIALS = compiled(
    r"(?m)^[ \t]*(?P<name>(?:(?:VAN|DE|DER|DEN|TER|TEN|HET|EL|AL|OUDE)[ \t]+){0,3}\p{Lu}[\p{Lu}'’]{2,}"
    r"(?:-(?:(?:VAN|DE|DER|DEN|TER|TEN)[ \t]+){0,3}\p{Lu}{2,})*)[ \t]+(?P<given>(?:\p{Lu}\.){1,5})"
    r"(?=[ \t]*(?:\n|\Z|\d))"
)
_POSTCODE_DIGITS = compiled(r"(?<![\p{L}\d])[1-9]\d{3}[ \t\u00a0]?\Z")
_ACRONYM_SHAPE = compiled(r"\A(?:[^AEIOUYÀ-Ý\W\d]{1,5}|[^AEIOUYÀ-Ý\W\d]{3}\p{Lu}?)\Z")


# a surname right after initials ("J.P. Rademaker"): the initials begin a name of their own
_SURNAME_AFTER_INITIALS = compiled(r"[ \t]*(?:(?:van|de|der|den|ter|ten)[ \t]+)*\p{Lu}\p{Ll}{2,}")


class CapitalsNameRecognizer(NameRecognizer):
    """A name written in capitals, as header blocks and signatures print it: "MR. DRS. A.B. (ANNE) VAN DIJK"."""

    PATTERN_NAME = "name in capitals"

    def _known_name(self, word: str) -> bool:
        return word in self.lex.first_names or word in self.lex.surnames

    def _first_name(self, word: str) -> bool:
        """A first name that is nothing else: no word, place or surname of the lists, no ambiguous one."""
        lex = self.lex
        return (
            lex.is_given_name(word)
            and word not in lex.surnames
            and word not in lex.ambiguous
            and word not in lex.places
            and not lex.is_ordinary_word(word)
        )

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Presidio's hook: the names this recognizer finds in ``text``."""
        run = compiled(rf"(?<![\p{{L}}.]){_CAPS_TOKEN}(?:[ \t\u00a0]+{_CAPS_TOKEN})+")
        title = compiled(rf"^(?:{TITLE})$")
        out = []
        alone = alone_in_capitals(text) if run.search(text) else {}
        for m in run.finditer(text):
            tokens = list(compiled(r"\S+").finditer(m.group()))
            while tokens and title.match(tokens[0].group()):
                tokens.pop(0)  # MR. DRS. are not part of the name
            while len(tokens) > 2 and tokens[0].group().lower().endswith(TRADE_ENDINGS):
                tokens.pop(0)  # "KLUSSENBEDRIJF JEROEN HAMSTRA": the trade's word before its owner's name
            if len(tokens) < 2:
                continue
            if self._postcode_place(text, m.start() + tokens[0].start(), [t.group() for t in tokens]):
                continue  # "7391 AA WESTERVAART": a postcode's letters and its place in capitals
            words = [t.group().strip("()") for t in tokens if not compiled(r"^(?:\p{Lu}\.)+$").match(t.group())]
            if all(len(w) <= 3 for w in words) or any(w in self.lex.acronyms for w in words):
                continue  # "(BO ATT)", "IPO VNG": acronyms side by side
            if any(_ACRONYM_SHAPE.search(w) and not self._known_name(w.capitalize()) for w in words):
                continue  # "DANE MX", "DANE TLSA": a word no name list knows, shaped like an acronym
            if any(len(w) <= 5 and alone.get(w, 0) >= 2 for w in words):
                continue  # "BAO KLIC" where the text writes "voorziening KLIC", "Productmanager KLIC": an acronym
            cased = [w.lower() if w.lower() in self.tvs else w.capitalize() for w in words]
            # (a particle after a hyphen is no part to judge: "KORKMAZ-DE JONG")
            parts = [p for w in cased if w[:1].isupper() for p in w.split("-") if p.lower() not in self.tvs]
            if not parts or any(
                self.lex.is_non_person_word(p) or p.lower() in self.lex.organisation_words for p in parts
            ):
                continue
            # "ADRIAN LOS", "BOB VAN GRAFT": a first name before it makes a surname that is a word or a place one
            named = len(parts) <= 3 and self._first_name(parts[0])
            if not named and any(self.lex.is_ordinary_word(p) or p in self.lex.places for p in parts):
                continue
            known = [
                p
                for p in parts
                if (p in self.lex.first_names or p in self.lex.surnames) and p not in self.lex.ambiguous
            ]
            if not known:
                continue
            start = m.start() + tokens[0].start()
            end = m.start() + tokens[-1].end()
            out.append(self._result(start, end, 0.75, "a name written in capitals"))
        out += self._after_honorific(text) + self._after_function(text) + self._inverted(text) + self._register(text)
        return out + self._address_book(text)

    def _postcode_place(self, text: str, start: int, tokens: list[str]) -> bool:
        """The capitals at ``start`` are a postcode's two letters after its four digits and the place: one word that
        no particle begins ("7391 AA WESTERVAART"; not "1204 DE GROOT", "2231 BAKKER HENDRIK"), or a known place."""
        if not regex.fullmatch(r"[A-Z]{2}", tokens[0]) or not _POSTCODE_DIGITS.search(text, max(0, start - 6), start):
            return False
        place = " ".join(tokens[1:]).title()
        return (len(tokens) == 2 and tokens[0].lower() not in self.tvs) or place in self.lex.places

    def _address_book(self, text: str) -> list[RecognizerResult]:
        """An EU institution's address book entry: the surname in capitals, the given name, the unit in brackets
        ("MOREL Jean-Baptiste (REGIO)", "VAN DER BERG Anna (SANTE)"); the capitals no acronym, the given name
        one the lists know."""
        out = []
        for m in _ADDRESS_BOOK.finditer(text):
            core = [w for w in m.group("name").replace("-", " ").split() if w.lower() not in self.tvs]
            if not core or any(w in self.lex.acronyms or w.lower() in self.lex.organisation_words for w in core):
                continue
            if not all(self.lex.is_first_name(g) for g in m.group("given").split("-")):
                continue
            why = "a surname in capitals, the given name and the unit in brackets (an EU address book's entry)"
            out.append(self._result(m.start("name"), m.end("given"), 0.8, why))
        return out

    def _register(self, text: str) -> list[RecognizerResult]:
        """A surname in capitals and the initials after it, alone at a line's start, as a register's row prints a
        person ("MAAS T.", "KOÇ E."): no acronym, organisation's word, or word or place that is no surname."""
        out = []
        lex = self.lex
        for m in _SURNAME_INITIALS.finditer(text):
            core = [w for w in m.group("name").split() if w.lower() not in self.tvs and w != "OUDE"]
            parts = [p.capitalize() for w in core for p in w.split("-") if p.lower() not in self.tvs]
            if not parts or any(w in lex.acronyms or _ACRONYM_SHAPE.search(w) for w in core):
                continue
            if any(
                len(p) < 3
                or lex.is_non_person_word(p)
                or p.lower() in lex.organisation_words
                or ((lex.is_ordinary_word(p) or p in lex.places) and not lex.is_surname(p))
                for p in parts
            ):
                continue
            out.append(self._result(m.start("name"), m.end("given"), 0.8, "a surname in capitals, then initials"))
        return out

    def _inverted(self, text: str) -> list[RecognizerResult]:
        """A surname in capitals, a comma and a known first name or initials, as lists print names ("WESTERHOF,
        Johannes", "NGUYEN, Mai Anh"); the capitals no acronym, place, organisation or ordinary word."""
        out = []
        for m in _INVERTED_CAPS.finditer(text):
            given = m.group("given")
            if given.isupper() and not given.endswith("."):
                given = "-".join(p.capitalize() for p in given.split("-"))
            initials = given.endswith(".")
            if initials and _SURNAME_AFTER_INITIALS.match(text, m.end("given")):
                continue  # "ODRU, J.P. Rademaker": a unit's code, then a person's initials and surname
            if not initials and not (
                self.lex.is_first_name(given.split("-")[0]) and not self.lex.is_ordinary_word(given)
            ):
                continue
            core = [w for w in m.group("name").split() if w.lower() not in self.tvs and w != "OUDE"]
            parts = [p.capitalize() for w in core for p in w.split("-") if p.lower() not in self.tvs]
            if not parts or any(w in self.lex.acronyms or _ACRONYM_SHAPE.search(w) for w in core):
                continue
            if any(len(p) < 4 and not (len(p) == 3 and self.lex.is_surname(p)) for p in parts):
                continue  # "NOS, Laura Meijers", "TNO, E.", "III, H.": an acronym or a numeral before a name
            if any(
                self.lex.is_non_person_word(p)
                # ("VAN DER VEEN, Johannes": a word and a place the lists also know as a surname)
                or ((self.lex.is_ordinary_word(p) or p in self.lex.places) and not self.lex.is_surname(p))
                or p.lower() in self.lex.organisation_words
                for p in parts
            ):
                continue
            out.append(self._result(m.start("name"), m.end("given"), 0.8, "a surname in capitals, then the given name"))
        return out

    def _after_function(self, text: str) -> list[RecognizerResult]:
        """A surname alone in capitals after a function in capitals, as an organogram's box gives the head of a
        unit ("HOOFD KOWALCZYK", "HOOFD TJONG"): a surname of the lists, or a word no list knows as anything
        else; not a unit's name ("HOOFD FINANCIËN") or an acronym ("HOOFD DIV")."""
        out = []
        lex = self.lex
        for m in _FUNCTION_CAPS.finditer(text):
            core = [w for w in m.group("name").split() if w.lower() not in self.tvs]
            parts = [p.capitalize() for w in core for p in w.split("-")]
            if not parts or any(w in lex.acronyms or _ACRONYM_SHAPE.search(w) for w in core):
                continue
            unknown = all(
                len(p) >= 4
                and p.lower() not in lex.dutch_words
                and p.lower() not in lex.english_words
                and not lex.is_ordinary_word(p)
                and not lex.is_compound_word(p)
                and not lex.is_dictionary_compound(p)
                and p not in lex.places
                for p in parts
            )
            if not (all(lex.is_surname(p) for p in parts) or unknown):
                continue
            if any(lex.is_non_person_word(p) or p.lower() in lex.organisation_words for p in parts):
                continue
            title = m.group("title")
            out.append(self._result(m.start("name"), m.end("name"), 0.8, f"a surname in capitals after '{title}'"))
        return out

    def _after_honorific(self, text: str) -> list[RecognizerResult]:
        """A surname in capitals after a courtesy title in ordinary letters: "De heer JOOSTEN van het team",
        "mevrouw DE VRIES": known as a surname when written with a capital only, and no acronym or word."""
        out = []
        for m in _HONORIFIC_CAPS.finditer(text):
            words = m.group("name").split()
            core = [w for w in words if w.lower() not in self.tvs]
            parts = [p.capitalize() for w in core for p in w.split("-") if p.lower() not in self.tvs]
            if not parts or any(w in self.lex.acronyms for w in core):
                continue
            if not all(p in self.lex.surnames or p in self.lex.first_names for p in parts):
                continue
            if any(
                self.lex.is_non_person_word(p) or p.lower() in self.lex.organisation_words or p in self.lex.stop_words
                for p in parts
            ):
                continue  # "Mevrouw NIET aanwezig"
            title = " ".join(m.group("title").split())
            out.append(self._result(m.start("name"), m.end("name"), 0.85, f"a name in capitals after '{title}'"))
        return out


_WORD = compiled(r"\S+")


def alone_in_capitals(text: str) -> dict[str, int]:
    """How often each word in capitals stands in ``text`` with no other word in capitals beside it on its line:
    an acronym in running text ("de centrale voorziening KLIC"); a name in capitals stands with its other parts."""
    counts: dict[str, int] = {}
    for line in text.split("\n"):
        tokens = [t.group().strip("(),.;:") for t in _WORD.finditer(line)]
        caps = [len(t) >= 2 and t.isupper() and t.isalpha() for t in tokens]
        for k, tok in enumerate(tokens):
            if caps[k] and not (k and caps[k - 1]) and not (k + 1 < len(tokens) and caps[k + 1]):
                counts[tok] = counts.get(tok, 0) + 1
    return counts
