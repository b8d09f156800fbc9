"""Surnames without a first name: with their tussenvoegsel ("De Jong belt terug", "met Van den Heuvel"),
a first name and a particle name ("Zayaan el Moussaoui"), or double-barrelled ("Teunissen-Bakkal")."""

from __future__ import annotations

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from ..grammar import NAME_PART, compiled, tussenvoegsel
from ..letter_runs import matches_at, particle_places
from ..lexicons import organisation_ending
from ..model_names import NOUN_ENDINGS
from .names import NameRecognizer, named_alone

__all__ = ["TussenvoegselNameRecognizer"]

SURNAME_TVS = frozenset(
    {
        "van",
        "de",
        "van der",
        "van den",
        "van de",
        "van het",
        "van 't",
        "ter",
        "ten",
        "te",
        "den",
        "der",
        "in 't",
        "el",
        "al",
    }
)


_PARTICLE_NAME = compiled(
    r"(?<![\p{L}.'’-])(?P<first>\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?)[ \u00a0]+"
    r"(?P<tv>el|al|ben|bin|ibn|abu|ould|van der|van den|van de|van|de|der|den|ter|ten|da|dos|di)[ \u00a0]+"
    r"(?P<sur>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}])"
)


_PARTICLE_LAST = compiled(
    r"(?<![\p{L}.'’-])(?P<sur>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?),[ \t\u00a0]+"
    r"(?:van der|van den|van de|van 't|in 't|van|de|der|den|ter|ten|te)"
    r"(?=[ \t\u00a0]*(?:\(|\n|\Z|[,;:])|[ \t\u00a0]+\p{Lu})"
)
_VAN_ARTICLES = frozenset({"van der", "van den", "van de", "van het", "van 't"})
_PUBLIC_TITLE_PARTS = frozenset({"kamerlid", "minister", "staatssecretaris", "burgemeester", "wethouder", "premier"})
_DOUBLE_NAME = compiled(r"(?<![\p{L}'’.-])\p{Lu}\p{Ll}{2,}-\p{Lu}\p{Ll}{2,}(?![\p{L}-])")


# the first half of a region's or place's double name ("Oost-Brabant", "West-Betuwe", "Groot-Ammers")
_REGION_HEADS = frozenset(
    {"Noord", "Oost", "Zuid", "West", "Midden", "Noordoost", "Noordwest", "Zuidoost", "Zuidwest"}
    | {"Nieuw", "Nieuwe", "Sint", "Hoog", "Laag", "Boven", "Beneden", "Neder"}
)
# ... or after its size or age, where the second part is no surname: "Klein-Ravensloot", "Groot-Ammers",
# "Oud-Beijerland" (not "Klein-Bakker", "Groot-Wassink": married names)
_SIZE_HEADS = frozenset({"Klein", "Groot", "Oud", "Oude", "Over"})

_LONGEST_GIVEN = 11  # letters: an unknown longer word is a compound far more often than a given name


_CAPITAL_NEXT = compiled(r"[ \t]+\p{Lu}\p{Ll}")


class TussenvoegselNameRecognizer(NameRecognizer):
    """A known surname with its tussenvoegsel and no first name: "De Jong belt terug", "met Van den Heuvel".

    Scored below the certain threshold: redacted, and flagged for a reviewer.
    """

    PATTERN_NAME = "tussenvoegsel + known surname"

    def _double_barrelled(self, text: str) -> list[RecognizerResult]:
        """A double-barrelled surname on its own: "Teunissen-Bakkal heeft ...": the first part a known
        surname, neither part a word, place or organisation word, the whole no place ("Alphen-Chaam")."""
        lex = self.lex
        out = []
        for m in _DOUBLE_NAME.finditer(text):
            whole, parts = m.group(), m.group().split("-")
            if whole in lex.places or parts[0] not in lex.surnames or parts[0] == parts[1]:
                continue  # "Laag-Laag" in a risk matrix
            if parts[0] in _REGION_HEADS or (parts[0] in _SIZE_HEADS and not lex.is_surname(parts[1])):
                continue  # "Politie Oost-Brabant", "Midden-Delfland", "Klein-Ravensloot": a region's or a place's name
            if any(
                lex.is_ordinary_word(p)
                or p in lex.places
                or p.lower() in lex.organisation_words
                or lex.is_non_person_word(p)
                or p.lower() in _PUBLIC_TITLE_PARTS
                for p in parts
            ):
                continue  # "Oud-Kamerlid", "Noord-Holland"
            out.append(self._result(m.start(), m.end(), 0.6, "a double-barrelled surname"))
        return out

    def _particle_names(self, text: str) -> list[RecognizerResult]:
        """An unknown first name, a lower-case particle and a surname: "Zayaan el Moussaoui".

        Neither side may be an ordinary word, a place, a function or organisation word
        ("Raad van State", "Minister van Financiën", "Bergen op Zoom").
        """
        lex = self.lex
        out = []
        for m in _PARTICLE_NAME.finditer(text):
            first, sur = m.group("first"), m.group("sur")
            bad = any(
                lex.is_ordinary_word(w)
                or w in lex.places
                or lex.is_non_person_word(w)
                or w.lower() in lex.organisation_words
                or w in lex.honorifics
                # "Aanhangsel van de Handelingen": two dictionary words that no name list holds
                or (w.lower() in lex.dutch_words and w not in lex.first_names and w not in lex.surnames)
                for w in (first, sur)
            )
            street = sur.lower().endswith(lex.street_suffixes)  # "Johan de Wittlaan"
            # "Selfserviceportal van de Kiesraad": an organisation's name ends so (raad, dienst, bureau), and a
            # word no list knows that is longer than given names are, or ends like a noun, is no name part
            bad = bad or organisation_ending(sur.lower(), 4) is not None
            bad = bad or (not lex.is_first_name(first) and len(first) > _LONGEST_GIVEN)
            # "Kick-Off van Demodam": a hyphenated given name is two given names ("Anne-Marie van Dijk")
            bad = bad or ("-" in first and not all(lex.is_first_name(p) for p in first.split("-")))
            bad = bad or (not lex.is_surname(sur) and sur.lower().endswith(NOUN_ENDINGS))
            # "Overerving van Generiek ...": a noun no list of names knows before the particle, a heading's words
            bad = bad or (
                not lex.is_first_name(first) and not lex.is_surname(first) and first.lower().endswith(NOUN_ENDINGS)
            )
            # "Haven van Antwerpen-Brugge": places joined, no double surname
            bad = bad or ("-" in sur and all(p in lex.places for p in sur.split("-")))
            # "mr. A. van Leeuwen-Batenburg van Stibbe": after a particle the first word is a surname, and
            # "van Stibbe" her firm
            before = text[max(0, m.start() - 8) : m.start()].split()
            surname_first = bool(before) and before[-1].lower() in self.tvs and text[m.start() - 1] in " \u00a0"
            # "Klaas Smid van Koop Tjuchem": a surname, then "van" and the firm the person works for
            firm = m.group("tv") == "van" and self.surname_only(first) and self.firm_goes_on(text, m.end())
            # "Esra Kaya van Kinderrijk": a word no list knows that the text names alone elsewhere, her employer
            firm = firm or (
                m.group("tv") == "van"
                and lex.is_surname(first)
                and not (lex.is_surname(sur) or lex.is_first_name(sur))
                and named_alone(text, sur)
            )
            if bad or street or firm or surname_first or lex.is_compound_word(first) or lex.is_compound_word(sur):
                continue
            why = f"a name with the particle '{m.group('tv')}'"
            out.append(self._result(m.start(), m.end(), 0.6, why))
        return out

    def _particle_last(self, text: str) -> list[RecognizerResult]:
        """A surname sorted before its particle, as a register or a ticket system lists it: "Hoop, de (1e lijn)",
        "Berg, van den": the particle after the comma ends the entry. No place or organisation's word."""
        out = []
        for m in _PARTICLE_LAST.finditer(text):
            sur = m.group("sur")
            if sur in self.lex.places or sur.lower() in self.lex.organisation_words or self.lex.is_non_person_word(sur):
                continue  # "Groningen, de Provincie": a place and what follows
            lex = self.lex
            if (lex.is_ordinary_word(sur) or lex.is_compound_word(sur)) and not lex.is_surname(sur):
                continue  # "Ja, de ...", "Invorderingswet, ter ...": a word, no surname ("Hoop, de" is one)
            nxt = text[m.end() : m.end() + 12].split()
            if sur.lower().endswith(tuple(self.lex.street_suffixes)) or (nxt and nxt[0].lower() in self.tvs):
                continue  # "tussen de Hogeweg, de Van Asch van Wijckstraat": a street, then the next one
            before = text[text.rfind("\n", 0, m.start()) + 1 : m.start()].split()
            if before and (before[-1][:1].isupper() or before[-1].lower() in ("de", "het", "van", "met", "en")):
                continue  # "met de Politie Oost-Brabant, de Belastingdienst": a list of organisations
            out.append(
                self._result(m.start(), m.end(), 0.6, f"a surname and its particle after a comma ('{m.group()}')")
            )
        return out

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Presidio's hook: the names this recognizer finds in ``text``."""
        # (with a married name's particle and surname after the hyphen: "De Pater-van der Meer")
        pattern = compiled(
            rf"(?<![\p{{L}}.'’-])(?P<tv>{tussenvoegsel()})[ \u00a0]+(?P<sur>{NAME_PART})"
            r"(?:-(?:van|de|der|den|ter|ten|te|het)(?:[ \u00a0](?:de|der|den|het))?[ \u00a0]\p{Lu}[\p{Ll}'’]+)?"
        )
        out = self._particle_names(text) + self._double_barrelled(text) + self._particle_last(text)
        places = particle_places(text, self.lex.tussenvoegsels)  # (where a particle's first letters stand)
        for m in pattern.finditer(text) if places is None else matches_at(pattern, places, text):
            tv, sur = m.group("tv"), m.group("sur")
            capital_tv = tv[:1].isupper()
            tv_norm = " ".join(tv.lower().split())
            if tv_norm not in SURNAME_TVS:
                continue  # "op de Dam", "aan de Maas": a preposition, not a tussenvoegsel
            if not capital_tv and " " not in tv_norm:
                continue  # "voorstel van Mensah": a lone lower-case "van" or "de" is most often a preposition
            # "Van den Heuvel", "Van der Sluis": a capital particle of "van" and an article before a place's
            # name is a surname; no place is named so ("De Bilt", "Den Helder", "Ter Apel" are one word each)
            place_ok = capital_tv and tv_norm in _VAN_ARTICLES
            if not self.lex.is_surname(sur) or (sur in self.lex.places and not place_ok):
                continue
            if self.lex.is_non_person_word(sur):
                continue
            if f"{tv} {sur.split('-')[0]}" in self.lex.places:
                continue  # "Den Haag-West", "Den Helder-Zuid": a place and its quarter
            if sur in self.lex.honorifics and compiled(r"\A\s+\p{Lu}").match(text[m.end() : m.end() + 5]):
                continue  # "De Prins Bernhard Cultuurfonds", "De Koning Willem I College"
            ordinary = self.lex.is_ordinary_word(sur) or sur in self.lex.ambiguous
            if ordinary and not capital_tv:
                continue  # "de Kamer", "de Boer" in running text: too often a word
            if not capital_tv and (
                sur.lower().endswith(tuple(self.lex.street_suffixes)) or self.firm_goes_on(text, m.end())
            ):
                continue  # "een bewoner van de Hogeweg", "op grond van de Cao Gemeenten": a street, a name's start
            if not capital_tv and self.lex.is_given_name(sur) and _CAPITAL_NEXT.match(text, m.end()):
                continue  # "van de Albert Heijn XL": a preposition and an article before a name of two words
            score = 0.65 if capital_tv else 0.55
            out.append(self._result(m.start(), m.end(), score, f"known surname '{sur}' after '{tv}'"))
        return out
