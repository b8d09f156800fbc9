"""The first-name recognizer: a known first name from the word lists, with the further first names and
the surname that follow it (or, at a line's end, the surname that starts the next line); on its own only
where it cannot be a word.

Its base class, :class:`~.names.NameRecognizer`, and the other name recognizers are in :mod:`.names`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from regex import escape as regex_escape

from ..grammar import HS, NAME_PART, NICKNAME, PERSON_TITLE, compiled, surname
from ..lexicons import countries, municipalities, organisation_ending
from ..parties import party_at
from ..street_context import STREET_AFTER
from .name_base import closes_open_bracket
from .names import NameRecognizer

_SMALL_SYLLABLE = r"\p{Lu}\p{Ll}{1,4}-\p{Ll}{2,5}(?![\p{L}-])"
# "Van Kees Weeldenburg" at the start of a line: the header label Van, then a first name and surname
_LABEL_BEFORE = compiled(r"(?:^|\n)[ \t]*(?:Van|Aan)[ \t\u00a0]+\Z")
# English months that are first names too ("May", "June"), in a date
_MONTHS = frozenset({"April", "May", "June", "August"})
_DAY_BEFORE = compiled(r"(?<![\d.])\d{1,2}(?:st|nd|rd|th)?[ \t\u00a0]+\Z")
_YEAR_AFTER = compiled(r"[ \t\u00a0]+(?:19|20)\d\d\b")
_REFERENCE_NEXT = compiled(r"[ \t\u00a0]+[1-9]\d{4,}(?![\d \t\u00a0-]*\d)")
_ENGLISH_NEXT = compiled(r"\A[ \t]+(?:you|we|i|he|she|they|it|not|please)\b")
# endings of family names taken from places and farms ("Wendtland", "Rozendaal", "Stapelkamp"; not "-huis":
# "Antonius Ziekenhuis")
_FAMILY_ENDINGS = (
    *("land", "veld", "berg", "burg", "dijk", "horst", "kamp", "broek", "beek", "bosch", "hout", "heide"),
    *("waard", "donk", "rade", "daal", "dal", "brink", "stra", "inga", "enga", "sma"),
    # ("Reinout Oostenbrug", "Van Hoogeveen", "Westerhoek", "Oosterwijk", "Nieuwendorp", "Bakkersloot")
    *("brug", "brugge", "veen", "hoek", "wijk", "dorp", "hoven", "laar", "loo", "sloot"),
)
# a house that names an institution, not a family ("Antonius Ziekenhuis", "Buurthuis De Kern"); other -huis
# compounds end as family names do ("Klaas Teerhuis", "Nijhuis", "Westerhuis")
_INSTITUTION_HOUSES = (
    *("ziekenhuis", "gemeentehuis", "stadhuis", "raadhuis", "buurthuis", "clubhuis", "dorpshuis", "verpleeghuis"),
    *("rusthuis", "wijkhuis", "gasthuis", "weeshuis", "zorghuis", "woonhuis", "pakhuis", "badhuis", "koffiehuis"),
    *("theehuis", "provinciehuis", "gemeenschapshuis", "veiligheidshuis", "cultuurhuis", "muziekhuis", "tehuis"),
    *("jongerenhuis", "vrouwenhuis", "hospicehuis", "opvanghuis", "bedrijfsverzamelhuis", "waterschapshuis"),
)


def _family_ending(word: str) -> bool:
    """``word`` (in small letters) ends as family names from places and farms end, or in a house that is no
    institution's."""
    return word.endswith(_FAMILY_ENDINGS) or (word.endswith("huis") and not word.endswith(_INSTITUTION_HOUSES))


# the article of a thing: a sentence's "Het" or "het" after a preposition ("Laat het Nadia weten" is a pronoun)
_THING_ARTICLE = compiled(
    r"(?:(?:^|[.!?:][ \t\u00a0]+|\n)Het|(?i:(?<![\p{L}])(?:door|van|in|op|bij|met|uit|naar|voor|aan|over|tijdens)"
    r"[ \t\u00a0]+het))[ \t\u00a0]+\Z"
)
# the surname on the next line after a first name that ends its line ("Onno" / "Krabbendam (Trigion)")
# (with its particles: "dr. Fenna" / "op de Weegh.")
_BROKEN_SURNAME = compiled(
    r"[ \t\u00a0]*\n[ \t\u00a0]*(?P<tv>(?:(?:van|de|der|den|ter|ten|op|het|in[ \t]+['’]t|['’]t)[ \t\u00a0]+){1,3}"
    r"|(?:el|al|ul|ben|abu)-)?"  # ("Nadia" / "el-Khatib": an Arabic article written onto the name)
    # (a sentence's full stop may follow a surname of three letters or more; no abbreviation's dot)
    r"(?P<sur>\p{Lu}\p{Ll}[\p{L}'’-]*)(?:(?<=\p{L}{3})(?=\.(?:[ \t\u00a0\n]|\Z))|(?![\p{L}.-]))"
)

_AFTER_SMALL_WORD = compiled(r"(?<![\p{L}])\p{Ll}+[ \t\u00a0]+\Z")  # a word in small letters before: mid-sentence
# a second surname joined by "van" without a hyphen, the last word of the name ("de Kock van Leeuwen")
_DASH_ORGANISATION = compiled(r"[ \t\u00a0]+[-–][ \t\u00a0]+(?:De|Het|'t)[ \t\u00a0]+\p{Lu}")
_SECOND_SURNAME = compiled(r"[ \u00a0]+van[ \u00a0]+(?P<sur>\p{Lu}\p{Ll}+)(?![\p{L}-]|[ \u00a0]+\p{Lu})")
_SURNAME_VAN = compiled(r"(?<![\p{L}])(\p{Lu}\p{Ll}+)[ \t\u00a0]+van[ \t\u00a0]+\Z")
# a line that is one word and a comma: a letter's or e-mail's salutation ("Majoor,", "Collega's,")
_SALUTATION_LINE = compiled(r"\p{Lu}[\p{L}'’-]*,[ \t\u00a0]*(?:\n|\Z)")
# a place's comma and a date after it: a letter's "Deventer, 18 maart 2026"
_PLACE_DATE_AFTER = compiled(r"[ \t]*,[ \t]*\d{1,2}[ \t]+\p{L}+[ \t]+(?:19|20)\d{2}")
# an address's postcode and place before a country on its line: "59000 Lille, France"
_POSTCODE_PLACE_HEAD = compiled(r"(?:\A|[ \t])\d{4,5}(?:[ \t]?\p{Lu}{2})?[ \t]+\p{L}[\p{L}' -]*,[ \t]*\Z")
# the capitalised word after a lone first name, on its line or at the start of the next
_CAPITAL_NEXT = compiled(r"[ \t\u00a0]*\n?[ \t\u00a0]*(\p{Lu}\p{Ll}+)(?![\p{L}])")
_ENGLISH_FUNCTION_WORDS = frozenset(
    {"the", "a", "an", "of", "and", "or", "to", "for", "with", "from", "by", "is", "are"}
)
# what follows a surname in a list of people: their organisation in brackets, or a comma and the next name
_LIST_ITEM_END = compiled(r"[ \t\u00a0]*(?:\([^()\n]{2,60}\)[ \t\u00a0]*)?(?:[,;]|en[ \t\u00a0])")
_TITLE_JUST_BEFORE = compiled(rf"(?<![\p{{L}}]){PERSON_TITLE}[ \t\u00a0]+\Z")
_DEED_AFTER = compiled(
    r"[ \t]+(?:kwam|belde|meldde|meldt|zei|zegt|vroeg|vraagt|schreef|mailde|vertelde|antwoordde|stuurde|liet)"
    r"(?![\p{L}])"
)
_FUNCTION_AFTER = compiled(
    r"[ \t\u00a0]*\n?[ \t\u00a0]*\((?:\p{Ll}[\p{Ll}-]{3,}|senior|junior)(?:[ \t\u00a0][\p{Ll}-]+){0,2}\)"
)


# a Dutch word (no English one) right after a lone first name: Dutch prose, where it is a name
# the rest of a name joined to a thing named after its bearer: "Johan [van Veen-prijs]", "Anne [Frank-school]"
_HONOURED_AFTER = compiled(r"[ \t]+(?:(?:van|de|der|den|ter|ten)[ \t]+)*\p{Lu}\p{Ll}+-\p{Ll}{3,}(?![\p{L}])")
_DUTCH_NEXT = compiled(
    r"[ \t]+(?:en|van|het|een|zijn|heeft|had|wordt|werd|kan|zal|moet|wil|gaat|komt|zegt|belt|vraagt|stuurt|"
    r"heb|weet|niet|ook|nog|al|of|maar|uit|bij|naar|met|"
    # a Dutch pronoun after someone spoken to or a subject ("Annie ik heb de klacht ingediend"; not "we", English too)
    r"ik|jij|hij|zij|wij|jullie|ben|bent|zei|hielp)(?![\p{L}])"
    # someone spoken to, then a Dutch verb or pronoun: "Dennis, bel me even", "Will, kun jij ..."
    r"|,[ \t]+(?:bel|kun|kan|wil|zou|heb|ga|doe|jij|je|mail|stuur|check|laat|graag|dank|ik|wij)(?![\p{L}])"
)


# first names that are also words a sentence begins with ("Elke vorm", "Ben je er?", "Wil je ...")
_SMALL_WORD_AFTER = compiled(r"[ \t]+\p{Ll}")
_WORD_NAMES = frozenset({"Elke", "Ben", "Wil", "Mag", "Zal", "Kan", "Heb"})
# running text: a word in small letters before the first name on its line, and after the word that follows it
_PROSE_BEFORE = compiled(r"\p{Ll}{2,}")
_WORD_SURNAME = compiled(r"[ \t\u00a0]+(\p{Lu}\p{Ll}{2,})(?![\p{L}'’.-])")
_PROSE_AFTER = compiled(r"[ \t\u00a0]+\p{Ll}|[,;:.)]")
_ARTICLE_BEFORE = compiled(r"(?<![\p{L}])(?i:de|het|een|dit|deze)[ \t\u00a0]+\Z")


class FirstNameRecognizer(NameRecognizer):
    """A first name from the lexicon, extended with further first names and a surname."""

    PATTERN_NAME = "first name (+ surname)"

    def _function_after(self, text: str, pos: int) -> bool:
        """A person's function in brackets at ``pos`` ("(contractmanager)"), no organisation ("(gemeente)")."""
        m = _FUNCTION_AFTER.match(text, pos)
        return m is not None and m.group().strip(" \t\u00a0()").split()[0] not in self.lex.organisation_words

    def _job_after(self, text: str, pos: int) -> bool:
        """A job's title in brackets at ``pos`` ("(verkeerskundige)"; not "(nieuwe versie)")."""
        m = _FUNCTION_AFTER.match(text, pos)
        word = m.group().strip(" \t\u00a0()").split()[-1].lower() if m and m.group().strip(" \t\u00a0()") else ""
        return bool(word) and word.endswith(("kundige", "kundig", *self.lex.job_title_endings))

    def _second_surname(self, word: str) -> bool:
        """A surname after "van" that is a surname only: no place, organisation or word ("van Leeuwen", not
        "van Rijkswaterstaat", "van Houten")."""
        lex = self.lex
        return (
            lex.is_surname(word)
            and word not in lex.places
            and word.lower() not in municipalities()
            and word.lower() not in lex.organisation_words
            and not lex.is_ordinary_word(word)
        )

    def _word_surname(self, text: str, first: str, start: int, end: int) -> int | None:
        """Where a surname that is a word of the language ends, after a first name in running text ("belde Pim
        Vrolijk over", "volgens Karin Blij is"): Dutch prose writes no word with a capital in mid-sentence but a
        name's, so the capitalised word is the surname, unless it names a place, an organisation or a thing, or
        the first name is a word itself. None where it does not."""
        nxt = _WORD_SURNAME.match(text, end)
        lex = self.lex
        if nxt is None or first in lex.ambiguous or first in _WORD_NAMES or lex.is_ordinary_word(first):
            return None
        word = nxt.group(1)
        low = word.lower()
        if (
            lex.is_non_person_word(word)
            or word in lex.stop_words  # "Aan: Vrielink, Hidde Verzonden: 17 september": the next field's label
            or word in lex.places
            or low in lex.organisation_words
            or low in lex.english_words
            or first.lower() in lex.english_words
            or organisation_ending(low, 4) is not None
        ):
            return None
        head = text[text.rfind("\n", 0, start) + 1 : start]
        if not _PROSE_BEFORE.search(head) or not _PROSE_AFTER.match(text, nxt.end()):
            return None
        if _ARTICLE_BEFORE.search(head):
            return None  # "in het Anna Paviljoen", "de Maria Stichting": a building or a body named after someone
        return nxt.end()

    def _named_stem(self, stem: str) -> bool:
        """A surname or a place ("Brandenburg", "Hamburg") that a name ending in -er is formed from."""
        return self.lex.is_surname(stem) or stem in self.lex.places

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Presidio's hook: the names this recognizer finds in ``text``."""
        # (a romanised Korean given name: two syllables, the second written small, "Min-jun")
        word = compiled(rf"{_SMALL_SYLLABLE}|{NAME_PART}")
        # ("Johannes (Hans) Cornelisse": the roepnaam in brackets after the first name)
        full = compiled(rf"\G(?:{HS}{NICKNAME})?(?:{HS}{NAME_PART}){{0,2}}{HS}{surname()}")
        out = []
        pos = 0
        for m in word.finditer(text):
            if m.start() < pos:
                continue
            first = m.group()
            listed = "-" in first and self.lex.is_first_name(first)  # "Min-jun", "Seo-Yeon": listed whole
            if not (listed or self.lex.is_first_name(first.split("-")[0])) or (
                "-" in first and first in self.lex.places
            ):
                continue  # ("Hendrik-Ido-Ambacht": a place that begins with a first name)
            if (
                "-" in first
                and not listed
                and not all(p[:1].isupper() and self.lex.is_first_name(p) for p in first.split("-"))
            ):
                continue  # "Kick-Off": a compound with a first name's letters, not "Anne-Marie"
            prev = text[max(0, m.start() - 2) : m.start()]
            mention = prev[-1:] == "@" and not (prev[:1].isalnum() or prev[:1] in ".-_")  # "@Gijs welkom" in a chat
            if prev[-1:] and (
                prev[-1].isalnum()
                or prev[-1] == "."
                or (prev[-1] == "@" and not mention)
                or (prev[-1] == "-" and prev[:1].isalnum())
            ):
                continue  # "ICT-Geo": the second half of a compound; "j@Gijs.nl": a mail domain
            before = text[max(0, m.start() - 8) : m.start()].split()
            capital_tv = bool(before) and before[-1][:1].isupper() and before[-1].lower() in self.tvs
            ext = full.match(text, m.end())
            label = _LABEL_BEFORE.search(text[max(0, m.start() - 12) : m.start()])
            if capital_tv and text[m.start() - 1] in " \u00a0" and not (label and ext):
                continue  # "Ter Horst": a surname after its tussenvoegsel, not a first name
            if ext and self._firm_of_person_before(text, m.start(), ext.end()):
                continue  # "Klaas Smid van Koop Tjuchem": the firm "Koop Tjuchem", whose first word is a first name
            if ext:
                span = self.trim(text, m.start(), ext.end())
                if span and span[1] < ext.end() and self._function_after(text, ext.end()):
                    # "Lisanne Vrolijk (beleidsmedewerker)": a word-like surname, but her function follows
                    span = (span[0], ext.end())
                if span and span[1] == m.end():
                    # "Gisteren belde Pim Vrolijk over ...": a surname that is a word too, capitalised in running text
                    span = (span[0], self._word_surname(text, first, m.start(), m.end()) or span[1])
                after = compiled(r"\A[ \t]+(\p{Lu}\p{Ll}+)").match(text[span[1] : span[1] + 30]) if span else None
                # "Server Side Template Injection": a heading in English title case, not a name
                rest = text[span[0] : span[1]].split()[1:] if span else []
                english = first.lower() in self.lex.english_words and (
                    (after is not None and after.group(1).lower() in self.lex.english_words)
                    or any(w.lower() in _ENGLISH_FUNCTION_WORDS for w in rest)  # "Database Can The Microsoft SQL"
                )
                # "Elke Aanbod vorm": a word that is a first name too ("elke", "ben"), then no known surname
                # (and a small word after it on its line: "○ Ben Gilot" alone in a list's item is a name)
                word_name = first in _WORD_NAMES and (
                    (
                        not any(self.lex.is_surname(w) for w in rest)
                        and bool(_SMALL_WORD_AFTER.match(text, span[1] if span else m.end()))
                    )
                    # "Wil Hart voor Den Haag een fonds oprichten?": the verb, and a local party
                    or (bool(span) and bool(rest) and party_at(text, text.index(rest[0], m.end())))
                )
                # "Preventie Wolf Fryslân": a first name that is a word too, before a place: the word and the place
                words = text[span[0] : span[1]].split() if span else []
                word_place = len(words) >= 2 and first in self.lex.ambiguous and words[1] in self.lex.places
                # "Gemma Softwarecatalogus": a first name before two words of the dictionary written as one
                # ("Heike Brandenburger": a surname or a place with -er, the shape of a family name, no compound)
                compound = (
                    len(words) == 2
                    and self.lex.is_dictionary_compound(words[1])
                    and not self.lex.is_surname(words[1])
                    # ("Tygo Kortenhoeven": a place's name, however the dictionary splits it, is a family name too)
                    and words[1] not in self.lex.places
                    and not (words[1].endswith("er") and self._named_stem(words[1][:-2]))
                    # ("Peter Wendtland": two words of the dictionary, but ending as family names end)
                    and not _family_ending(words[1].lower())
                    # ("Tweede inspecteur Rutger Haverslag (verkeerskundige)", "Rutger Haverslag belde": a person's
                    # title before, function after or deed: a surname the dictionary splits, "haver" and "slag")
                    and not _TITLE_JUST_BEFORE.search(text, max(0, m.start() - 30), m.start())
                    and not self._job_after(text, (span or (0, ext.end()))[1])
                    and not _DEED_AFTER.match(text, (span or (0, ext.end()))[1])
                )
                # "Jeroen van Dijk - De Sprengen": the organisation after a spaced dash in a list of attendees, no
                # double surname (that writes its particle small: "Jansen - de Vries")
                dash = _DASH_ORGANISATION.search(text, span[0], span[1]) if span else None
                if span and dash:
                    span = (span[0], dash.start())
                    words = text[span[0] : span[1]].split()
                # "Daan van het Stadsblad", "Kees van de Volkskrant": where the person works, a word of the
                # dictionary after "van het" / "van de", no surname ("Maarten van het Reve")
                affiliation = (
                    len(words) == 4
                    and words[1] == "van"
                    and words[2] in ("het", "de")
                    and not self.lex.is_surname(words[3])
                    and (self.lex.is_dictionary_compound(words[3]) or self.lex.is_compound_word(words[3]))
                )
                joined = _SECOND_SURNAME.match(text, span[1]) if span and span[1] == ext.end() else None
                if span and joined and self._second_surname(joined.group("sur")):
                    span = (span[0], joined.end())  # "Wouter de Kock van Leeuwen": a double name without a hyphen
                broken = _BROKEN_SURNAME.match(text, span[1]) if span and len(words) == 2 else None
                if (
                    span
                    and broken
                    and self.lex.is_first_name(words[1])
                    and not self.lex.is_surname(words[1])
                    and self.lex.is_surname(broken.group("sur"))
                    and not self.lex.is_ordinary_word(broken.group("sur"))
                ):
                    # "Fatima Zahra" / "Benali.": two given names, the surname below
                    span = (span[0], broken.end("sur"))
                if span and span[1] > m.end() and not (english or word_name or word_place or compound or affiliation):
                    score = 0.8 + self.surname_score(text[span[0] : span[1]])
                    out.append(self._result(span[0], span[1], min(score, 1.0), f"first name '{first}' and surname"))
                    pos = span[1]
                    continue
                if compound:
                    continue  # (nor a lone first name: the two words are a product's or a register's name)
            if _THING_ARTICLE.search(text, max(0, m.start() - 16), m.start()):
                continue  # "Het Wilhelmus wordt gezongen": a thing called by a first name, with its article
            initial = _SURNAME_INITIAL.match(text, m.end())
            if initial and self._initial_ends_name(text, initial.end()) and len(set(_labels_of(text, first))) <= 1:
                # "Storm V. werd geduwd door Yusuf A.": a pupil or a client named by the initial of the surname
                why = f"first name '{first}' and the initial of the surname"
                out.append(self._result(m.start(), initial.end(), 0.8, why))
                pos = initial.end()
                continue
            broken = _BROKEN_SURNAME.match(text, m.end())
            line_head = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
            if (
                broken
                and compiled(r"\p{Ll}").search(line_head)  # running text: "Beveiliger Onno" / "Krabbendam (Trigion)"
                # "59000 Lille, France" / "Deventer, 18 maart 2026": an address's country, then a letter's place and
                # date (not "met Sofia" / "Janssen", nor "Sem" / "Brouwer, 12-03-2011")
                and not (first in countries() and _POSTCODE_PLACE_HEAD.search(line_head))
                and not (
                    broken.group("sur").lower() in municipalities() and _PLACE_DATE_AFTER.match(text, broken.end("sur"))
                )
                # "oefening Falcon Autumn" / "Majoor,": the next line a salutation alone, no surname's
                and not _SALUTATION_LINE.match(text, broken.start("sur"))
                and (
                    (self.lex.is_surname(broken.group("sur")) and not self.lex.is_ordinary_word(broken.group("sur")))
                    # a particle before it: "op de Weegh" (a word or a place is no surname after one either)
                    or (
                        broken.group("tv")
                        and self._unknown_name(broken.group("sur"))
                        and broken.group("sur").lower() not in municipalities()
                    )
                    # "en Orlando" / "Zaandam (contractmanager)": a function in brackets after the surname
                    or self._function_after(text, broken.end("sur"))
                    # "Hoogendoorn (LTO Noord), Annemiek" / "Sørensen (Natuurmonumenten), ...": a list's next
                    # name and its organisation; an unknown word, but no word, place or organisation either
                    or (_LIST_ITEM_END.match(text, broken.end("sur")) and self._unknown_name(broken.group("sur")))
                    # "(Herr Matthias" / "Obermüller) wees op ...": the bracket opened before the first name closes
                    # right after the next line's word
                    or (
                        closes_open_bracket(text, m.start(), broken.end("sur"))
                        and self._unknown_name(broken.group("sur"))
                    )
                )
                # (a first name that is a word too only in a sentence's middle, its capital its own: "en Ton" /
                # "Wiegerinck)")
                and (first not in self.lex.ambiguous or _AFTER_SMALL_WORD.search(line_head) is not None)
            ):
                why = f"first name '{first}' at a line's end, the surname '{broken.group('sur')}' starting the next"
                out.append(self._result(m.start(), broken.end("sur"), 0.8, why))
                pos = broken.end("sur")
                continue
            if _HONOURED_AFTER.match(text, m.end()):
                continue  # "Johan van Veen-prijs", "Anne Frank-school": a prize or a building named after someone
            if first in self.lex.ambiguous or self.lex.is_ordinary_word(first) or first in countries():
                continue  # "India", "Jamaica" alone: a country ("Wessel" is a village too, and a name)
            if STREET_AFTER.match(text, m.end()):
                continue  # "Wilhelmina v Pruisenweg 52": a street named after her, and its number
            if (
                first.lower() in self.lex.english_words
                and compiled(r"\A[\s,]+[\p{Ll}\d]").match(text[m.end() : m.end() + 3])
                and not _DUTCH_NEXT.match(text, m.end())  # "vraag Eva van het secretariaat", "Dylan en zijn"
            ):
                continue  # "August", "Will", "Has", "Vienna" in English prose: a word, not a lone first name
            nxt = compiled(r"\A[ \t]+(\p{L}+)").match(text[m.end() : m.end() + 12])
            if first.lower() in self.lex.english_words and nxt and nxt.group(1).lower() in _ENGLISH_FUNCTION_WORDS:
                continue  # "Database Can The Microsoft SQL database": English prose in title case
            if _ENGLISH_NEXT.match(text[m.end() : m.end() + 8]):
                continue  # "Can you share ...", "Will we ...": an English verb, not a name
            if first.lower() in self.lex.english_words and self._english_beside(text, m.start(), m.end()):
                continue  # "Edit Preferences", "Definition of Done": an English phrase, not a lone first name
            if first in _MONTHS and (
                _DAY_BEFORE.search(text, max(0, m.start() - 4), m.start()) or _YEAR_AFTER.match(text, m.end())
            ):
                continue  # "by 30 May", "June 2024": a date's month, no one's first name
            if _REFERENCE_NEXT.match(text, m.end()):
                continue  # "Edo 6785837": a document system and its number, no person
            if len(first) <= 3 and compiled(r"\A\.(?:[,;)]|[ \t]*\d)").match(text[m.end() : m.end() + 4]):
                continue  # "E. Rescorla, Ed.", "15 jan.": an abbreviation (editor, a month), no lone first name
            if compiled(r"\A-[ \t]*\n?[ \t]*\p{Ll}").match(text[m.end() : m.end() + 6]):
                continue  # "Geo-broker", "Geo-\nbroker": the first part of a compound, no one's name
            if compiled(r"\A[ \t]+[’'‘]?\d{2}\b").match(text[m.end() : m.end() + 6]) and _opens_bracket(
                text, m.start()
            ):
                continue  # "(Lambert ’72)": a standard or a model named with its year
            if _LETTER_LABEL.match(text, m.end()) and len(set(_labels_of(text, first))) > 1:
                continue  # "Peer A" ... "Peer B", "Partij A": a role a letter tells apart, no one's name
            org = _CAPITAL_NEXT.match(text, m.end())
            if org and (
                org.group(1).lower() in self.lex.organisation_words
                or organisation_ending(org.group(1).lower(), 6) is not None
            ):
                continue  # "het Antonius" / "Ziekenhuis Sneek": a hospital, a school named after a saint or a person
            out.append(self._result(m.start(), m.end(), 0.55, f"known first name '{first}' on its own"))
        return out + self._glued(text)

    def _initial_ends_name(self, text: str, end: int) -> bool:
        """Nothing of the name follows the initial: a small word, a bracket, punctuation, the line's end, or a
        new sentence's first word ("Yusuf A. Daarbij"), not a surname ("Anna K. de Vries", "Anna K. Bakker")."""
        nxt = _NEXT_WORD.match(text, end)
        if nxt is None or not nxt.group(1)[:1].isupper():
            return not (nxt and nxt.group(1).lower() in self.tvs)
        return nxt.group(1) in self.lex.stop_words or (
            self.lex.is_ordinary_word(nxt.group(1)) and not self.lex.is_surname(nxt.group(1))
        )

    def _glued(self, text: str) -> list[RecognizerResult]:
        """A first name and a surname written as one word ("MichielVansteenkiste": a justified line's space
        kerned into the next capital, which the PDF's text then lacks; "selamGhebreyesus" as OCR joins them):
        a known first name that is no word, then a capitalised name no list calls a word."""
        out = []
        for m in _glued_matches(text):
            first, sur = m.group("first"), m.group("sur")
            if not self.lex.is_first_name(first.capitalize()) or self.lex.is_ordinary_word(first.capitalize()):
                continue
            if first.lower() in self.lex.english_words or not self._unknown_name(sur):
                continue  # "WillPower", "JanBouw": a product's or a compound's parts
            if self.lex.is_first_name(sur) and not self.lex.is_surname(sur):
                continue  # "AnneMarie": two first names, how a user name writes them
            why = f"first name '{first}' and surname '{sur}' written as one word"
            out.append(self._result(m.start(), m.end(), 0.8, why))
        return out

    def _firm_of_person_before(self, text: str, start: int, end: int) -> bool:
        """``text[start:end]`` follows "<surname> van" and ends in a place or an organisation word, or a firm's
        name goes on after it: the firm a person works for ("Klaas Smid van Koop Tjuchem")."""
        before = _SURNAME_VAN.search(text, max(0, start - 40), start)
        if not before or not self.surname_only(before.group(1)):
            return False
        return self.firm_word(text[start:end].split()[-1]) or self.firm_goes_on(text, end)

    def _unknown_name(self, word: str) -> bool:
        """A capitalised word that no list calls a word, a place or an organisation."""
        lex = self.lex
        return not (
            lex.is_ordinary_word(word)
            or lex.is_non_person_word(word)
            or word.lower() in lex.dutch_words
            or word in lex.places
            or word.lower() in lex.organisation_words
            or organisation_ending(word.lower(), 3) is not None
            or lex.is_compound_word(word)
        )

    def _english_beside(self, text: str, start: int, end: int) -> bool:
        """An English word (no Dutch one) stands within two words before or after the span on its line."""
        before = compiled(r"(\p{L}+)(?:[ \t]+(\p{L}+))?[ \t]+\Z").search(text, max(0, start - 30), start)
        after = compiled(r"\A[ \t]+(\p{L}+)(?:[ \t]+(\p{L}+))?").match(text[end : end + 30])
        words = [w.lower() for m in (before, after) if m for w in m.groups() if w]
        return any(w in self.lex.english_words and w not in self.lex.dutch_words for w in words)


# a first name and a surname without the space between them: "MichielVansteenkiste", "selamGhebreyesus"
_GLUED = compiled(
    r"(?<![\p{L}\d@./_-])(?P<first>\p{L}\p{Ll}{2,11})(?P<sur>\p{Lu}\p{Ll}{3,}(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\d@_-]|\.\w)"
)
# where a small letter meets a capital ("MichielVansteenkiste"): every match of _GLUED holds one, its name's
# first part (3 to 12 letters) before it; a text of ASCII alone is looked through with Python's own engine
_SMALL_CAPITAL = compiled(r"(?<=\p{Ll})\p{Lu}")
_ASCII_SMALL_CAPITAL = re.compile(r"(?<=[a-z])[A-Z]")


def _glued_matches(text: str) -> Iterator[regex.Match[str]]:
    """``_GLUED.finditer(text)``, tried only 3 to 12 characters before a capital that follows a small letter (where
    the name's second part begins): the same matches, without trying the pattern at every place of the text."""
    found = (_ASCII_SMALL_CAPITAL if text.isascii() else _SMALL_CAPITAL).finditer(text)
    places = sorted({p for m in found for p in range(max(0, m.start() - 12), m.start() - 2)})
    end = 0
    for place in places:
        if place < end:
            continue
        m = _GLUED.match(text, place)
        if m:
            yield m
            end = m.end()


# a single capital letter after a word, no initial ("Peer A", "Peer B."; not "Peer A. de Vries")
_LABEL = r"[ \u00a0](\p{Lu})(?![\p{L}\d'’-])(?!\.[ \t]*\p{Ll})"
# "Storm V.", "Yusuf A.": one capital and its full stop after a first name (not "A.B." initials)
_SURNAME_INITIAL = compiled(r"[ \u00a0](\p{Lu})\.(?![\p{L}\d]|[ \t\u00a0]?\p{Lu}\.)")
_LETTER_LABEL = compiled(_LABEL)
_NEXT_WORD = compiled(r"[ \t\u00a0]+(\p{L}[\p{L}'’-]*)")


def _labels_of(text: str, word: str) -> list[str]:
    """The single capital letters that follow ``word`` in the text ("Peer A", "Peer B")."""
    return compiled(rf"(?<![\p{{L}}]){regex_escape(word)}{_LABEL}").findall(text)


def _opens_bracket(text: str, start: int) -> bool:
    """The word opens a bracket's text: "(Lambert ’72)"."""
    return text[max(0, start - 2) : start].rstrip(" \t").endswith("(")
