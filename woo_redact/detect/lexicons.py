"""The word lists detection uses, read once per process from plain text files."""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources

import regex


def read_list(name: str) -> tuple[str, ...]:
    """Entries of ``woo_redact/data/lexicons/<name>``: one a line, ``#`` comments skipped."""
    text = resources.files("woo_redact").joinpath(f"data/lexicons/{name}").read_text(encoding="utf-8")
    return tuple(s for s in (line.strip() for line in text.splitlines()) if s and not s.startswith("#"))


# The parts of the compass that name a part of a place or region ("Oost-Gelderland", "Gelderland-Midden")
COMPASS = frozenset({"Oost", "West", "Noord", "Zuid", "Noordoost", "Noordwest", "Zuidoost", "Zuidwest", "Midden"})


# the kinds of a building or an institution that stand in small letters before the name it bears after someone
# ("woonzorgcentrum Johanna Westerdijk"; not "school": "op school Lisa Jansen ophalen"; nor a fund, prize or chair,
# which may bear a living person's name)
BUILDING_KINDS = frozenset(
    "sportpark sporthal stadion zwembad sportcentrum sportcomplex ijsbaan lyceum gymnasium museum theater schouwburg "
    "paviljoen kazerne "
    "bibliotheek ziekenhuis kliniek zorgcentrum woonzorgcentrum verpleeghuis verzorgingshuis hospice wijkcentrum "
    "buurthuis dorpshuis kinderboerderij zorgboerderij basisschool gezondheidscentrum revalidatiecentrum "
    "rijcentrum manege".split()
)


@dataclass(frozen=True)
class Lexicons:
    """All word lists, as sets for O(1) look-up."""

    first_names: frozenset[str]
    surnames: frozenset[str]
    ambiguous: frozenset[str]
    stop_words: frozenset[str]
    tussenvoegsels: tuple[str, ...]  # longest first
    functional_mailbox: frozenset[str]
    non_person: frozenset[str]
    places: frozenset[str]
    common_words: frozenset[str]  # lower case
    english_words: frozenset[str]  # lower case: frequent English words that are no listed name
    english_common: frozenset[str]  # lower case: everyday English words, names included ("house", "holder")
    dutch_words: frozenset[str]  # lower case: a wider Dutch vocabulary (e-mail local parts)
    organisation_words: frozenset[str]  # lower case
    street_suffixes: tuple[str, ...]
    honorifics: frozenset[str]
    job_title_endings: tuple[str, ...]
    organisations: tuple[str, ...]  # names of public organisations (gazetteer)
    unit_words: frozenset[str]
    languages: frozenset[str]
    acronyms: frozenset[str]  # as written: AZ, PvdA, IenW; and in capitals: IENW
    parties: frozenset[str]  # as written: VVD, GroenLinks-PvdA, ChristenUnie

    def is_first_name(self, word: str) -> bool:
        """A known first name that is not also a stop word; accents as the list writes them or not at all
        ("Désirée", "Chloë" for the list's "Desiree", "Chloe")."""
        if word in self.stop_words:
            return False
        return word in self.first_names or (not word.isascii() and unaccented(word) in self.first_names)

    def is_given_name(self, word: str) -> bool:
        """A known first name that :meth:`is_ordinary_word` does not call a word ("Djoeke", "Ruben")."""
        return self.is_first_name(word) and not self.is_ordinary_word(word)

    def is_compound_word(self, word: str) -> bool:
        """A Dutch compound of two frequent words (Energietransitie, Waterkeringen), no known name."""
        w = word.lower()
        if word in self.first_names or word in self.surnames or len(w) < 8:
            return False
        common = self.common_words
        return any(
            w[:i] in common and (w[i:] in common or (w[i] == "s" and w[i + 1 :] in common))
            for i in range(3, len(w) - 2)
        )

    def is_dictionary_compound(self, word: str) -> bool:
        """Two words of the Dutch dictionary, each of four letters at least, written as one ("Producteisen",
        "Werkveld")."""
        w, dictionary = word.lower(), self.dutch_words
        return len(w) >= 8 and any(
            w[:i] in dictionary and (w[i:] in dictionary or (w[i] == "s" and w[i + 1 :] in dictionary))
            for i in range(4, len(w) - 3)
        )

    def ends_as_street(self, word: str) -> bool:
        """``word`` ends in a street's ending with three letters or more before it ("Assendorperstraat",
        "Johan de Wittlaan"'s last word; not "Laan" or "Hof" alone)."""
        low = word.lower()
        return any(low.endswith(s) and len(low) > len(s) + 2 for s in self.street_suffixes)

    def is_ordinary_word(self, word: str) -> bool:
        """A capitalised word that is most likely not a name: a stop word, a frequent Dutch word,
        or a frequent English word ("Security", "Requirements") that no name list holds."""
        if word in self.stop_words:
            return True
        w = word.lower()
        if w in self.common_words and word not in self.first_names:
            return True
        return w in self.english_words and word not in self.first_names and word not in self.surnames

    def is_everyday_english(self, word: str) -> bool:
        """An everyday English word ("House", "Server", "Holder") that is no unambiguous first name: such a
        word says that a span only the statistical model found is a term ("House Price Indices",
        "Certificate Revocation List"), whatever surname list holds it too."""
        if word.lower() not in self.english_common:
            return False
        return not (self.is_first_name(word) and word not in self.ambiguous)

    def is_surname(self, word: str) -> bool:
        """Every part of a (double-barrelled) surname is a known surname."""
        base = word.split("-")
        return all(part in self.surnames for part in base if part)

    @cached_property
    def _organisation_names(self) -> frozenset[str]:
        return frozenset(self.organisations)

    def is_organisation(self, name: str) -> bool:
        """A public organisation, company or product of the gazetteer, written as the list writes it."""
        return name in self._organisation_names

    @cached_property
    def _non_person_stems(self) -> tuple[str, ...]:
        """The non-person words of six letters or more: a word that begins with one is one too."""
        return tuple(n for n in self.non_person if len(n) >= 6)

    def is_region(self, word: str) -> bool:
        """A place, or a place after a part of the compass and a hyphen ("Twente", "Oost-Gelderland",
        "Zuid-Limburg")."""
        if word in self.places:
            return True
        head, _, rest = word.partition("-")
        return head in COMPASS and rest in self.places

    def is_non_person_word(self, word: str) -> bool:
        """A function, organisation or job-title word (directie, teamleider, informatiebeheerder)."""
        w = word.lower().strip(".,;:()'\"")
        if w in self.non_person or w.startswith(self._non_person_stems):
            return True
        if len(w) > 12 and w.endswith(_BODY_TAILS):
            return True  # "Bewonersvereniging", "Ondernemersvereniging", "Energiestichting": a body's kind
        known_name = word.strip(".,;:()'\"") in self.surnames or word in self.first_names
        return not known_name and len(w) > 5 and w.endswith(self.job_title_endings)


# the end of a compound that names a body's kind (more letters before it than a surname ends so with)
_BODY_TAILS = ("vereniging", "stichting", "coöperatie", "cooperatie", "federatie", "collectief")


def _with_plain_letters(names: Sequence[str]) -> frozenset[str]:
    """The names as written, and those with accents also without them, as OCR and plain-text mail write them
    ("Fryslân" and "Fryslan", "Súdwest-Fryslân" and "Sudwest-Fryslan")."""
    plain = ("".join(c for c in unicodedata.normalize("NFD", n) if not unicodedata.combining(c)) for n in names)
    return frozenset((*names, *plain))


def _with_capitals(acronyms: tuple[str, ...]) -> frozenset[str]:
    """The acronyms as written, and an acronym in mixed case in capitals too, as a table or a heading writes it
    ("IenW" and "IENW", "BiZa" and "BIZA"; an inventory's "Afzender: IENW" is the ministry). Four letters at
    least: "RvO", "MvO" in capitals are paraphs as often as an acronym."""
    mixed = [a.upper() for a in acronyms if not a.isupper() and sum(c.isupper() for c in a) >= 2 and len(a) >= 4]
    return frozenset((*acronyms, *mixed))


def unshouted(word: str) -> str:
    """The word as the lists write it: a word in capitals capitalised ("JEROEN" -> "Jeroen"), any other as it is."""
    return word.capitalize() if word.isupper() else word


# the endings of a trade's word a one-man business puts before its owner's name ("Klussenbedrijf", "Taxibedrijf",
# "Schoonmaakdiensten", "Installatietechniek"); no institution's ("Basisschool", "Zorggroep", "Kindcentrum")
TRADE_ENDINGS = (
    "bedrijf",
    "diensten",
    "service",
    "services",
    "techniek",
    "werken",
    "klussen",
    "advies",
    "vervoer",
    "transport",
)


@lru_cache(maxsize=1)
def load_lexicons() -> Lexicons:
    """Load the lists (cached for the life of the process)."""
    listed = list(read_list("tussenvoegsels.txt"))
    # "van ’t Hof": word processors write the apostrophe typographically
    listed += [t.replace("'", "\u2019") for t in listed if "'" in t]
    tv = sorted(listed, key=lambda s: (-len(s), s))
    return Lexicons(
        first_names=frozenset(
            read_list("first_names.txt") + read_list("first_names_extra.txt") + read_list("first_names_world.txt")
        ),
        surnames=frozenset(
            read_list("surnames.txt") + read_list("surnames_extra.txt") + read_list("surnames_world.txt")
        ),
        ambiguous=frozenset(read_list("ambiguous_name_words.txt")),
        stop_words=frozenset(read_list("stop_words.txt")),
        tussenvoegsels=tuple(tv),
        functional_mailbox=frozenset(w.lower() for w in read_list("functional_mailbox_words.txt")),
        non_person=frozenset(w.lower() for w in read_list("non_person_words.txt")),
        places=_with_plain_letters(
            read_list("places.txt") + read_list("places_extra.txt") + read_list("countries_and_regions.txt")
        ),
        common_words=frozenset(read_list("common_words.txt") + read_list("plant_names.txt")),
        english_words=frozenset(read_list("english_words.txt")),
        english_common=frozenset(read_list("english_common.txt")),
        dutch_words=frozenset(read_list("dutch_words.txt")),
        organisation_words=frozenset(w.lower() for w in read_list("organisation_words.txt")),
        street_suffixes=tuple(read_list("street_suffixes.txt")),
        honorifics=frozenset(read_list("honorifics.txt")),
        job_title_endings=tuple(read_list("job_title_endings.txt")),
        unit_words=frozenset(read_list("unit_words.txt")),
        languages=frozenset(read_list("languages.txt")),
        acronyms=_with_capitals(read_list("acronyms.txt") + read_list("parties.txt")),
        parties=frozenset(read_list("parties.txt")),
        organisations=tuple(read_list("organisations.txt"))
        + read_list("companies_and_products.txt")
        + tuple(f"Gemeente {m}" for m in read_list("municipalities.txt")),
    )


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """Countries, large foreign cities and regions (countries_and_regions.txt), as written."""
    return frozenset(read_list("countries_and_regions.txt"))


@lru_cache(maxsize=1)
def organisation_words_but_streets() -> frozenset[str]:
    """The organisation words that are no street's ending ("kade", "laan", "straat" are both): beside an address
    "Nieuwe Kade 1", "Burgemeester de Withstraat 22" name a street, no organisation."""
    lex = load_lexicons()
    return lex.organisation_words - set(lex.street_suffixes)


@lru_cache(maxsize=1)
def municipalities() -> frozenset[str]:
    """Municipality names, lower case ("horst aan de maas")."""
    return frozenset(m.lower() for m in read_list("municipalities.txt"))


def place_not_surname(word: str, multiword: bool = False) -> bool:
    """A place or a municipality's name that no surname list holds ("Velp", "Zwolle"); with ``multiword`` a place of
    several words too, whatever its words are ("Den Haag")."""
    lex = load_lexicons()
    place = word in lex.places or word.lower() in municipalities()
    return place and (not lex.is_surname(word) or (multiword and " " in word))


@lru_cache(maxsize=2)
def places_of_several_words(word: int) -> dict[str, tuple[str, ...]]:
    """Places of several words (lexicon and municipalities), lower case, keyed by their ``word``-th word:
    0 the first ("valkenburg" -> "valkenburg aan de geul"), -1 the last ("haag" -> "den haag")."""
    out: dict[str, list[str]] = {}
    for p in {p.lower() for p in (*load_lexicons().places, *read_list("municipalities.txt"))}:
        if " " in p:
            out.setdefault(p.split()[word], []).append(p)
    return {k: tuple(v) for k, v in out.items()}


_PARTICLES = threading.local()


def one_word_particles(lex: Lexicons) -> frozenset[str]:
    """The particles of one word ("van", "'t"; not "van der"), made once per list (per thread)."""
    memo = _PARTICLES
    if getattr(memo, "source", None) is not lex.tussenvoegsels:
        memo.source, memo.words = lex.tussenvoegsels, frozenset(t for t in lex.tussenvoegsels if " " not in t)
    words: frozenset[str] = memo.words
    return words


# an area named by its kind, after a function that serves it: "wijkagent Noorderstrand", "buurtregisseur Stadshaven";
# the kinds no surname ends in, and those many do ("Oostwijk", "Nieuwendorp"), which the text must use as a place
_AREA_ENDINGS = ("strand", "kwartier", "buurt", "centrum")
_AREA_OR_NAME_ENDINGS = ("wijk", "dorp", "haven", "park", "noord", "zuid", "oost", "west")


def area_name(word: str, lex: Lexicons, text: str) -> bool:
    """``word`` names an area by its kind ("Noorderstrand", "Stadshaven") and no list holds it as a person's name;
    an ending that surnames share only where ``text`` uses the word as a place too ("in Stadshaven"; not "wijkagent
    Oostwijk, die de familie kent")."""
    low = word.lower()
    if not low.endswith(_AREA_ENDINGS + _AREA_OR_NAME_ENDINGS) or lex.is_surname(word) or lex.is_first_name(word):
        return False
    return low.endswith(_AREA_ENDINGS) or used_as_place(word, text, _AREA_PLACE_WORDS)


# the words before a name that use it as a place: an area's ("op het Noorderstrand", "wijk Stadshaven") and a
# municipality's ("gemeente Bergeijk", "te Bergeijk")
_AREA_PLACE_WORDS = "in|op|aan|naar|bij|te|uit|het|wijk|buurt|gemeente"
MUNICIPALITY_PLACE_WORDS = "gemeente|te|in|uit|naar"


def used_as_place(word: str, text: str, before: str) -> bool:
    """``text`` has ``word`` right after one of the words ``before`` (an alternation), as a place is named."""
    pattern = rf"(?i:(?<![\p{{L}}])(?:{before})[ \t]+){regex.escape(word)}(?![\p{{L}}])"
    return regex.search(pattern, text, flags=regex.VERSION1) is not None


@lru_cache(maxsize=65536)
def organisation_ending(word: str, min_len: int, whole: bool = False) -> str | None:
    """The organisation word (of at least ``min_len`` letters) a lower-case ``word`` ends with
    ("kinderziekenhuis": "ziekenhuis", the longest); the word itself only when ``whole``. Cached: the same
    words are asked about again and again."""
    # the longest such word, so that the answer does not depend on the set's order from run to run (the words
    # a word ends with are its tails: each looked up, not every organisation word tried against it)
    words = load_lexicons().organisation_words
    return max(
        (
            o
            for o in (word[i:] for i in range(len(word) + 1))
            if o in words and len(o) >= min_len and (whole or word != o)
        ),
        key=lambda o: (len(o), o),
        default=None,
    )


@lru_cache(maxsize=4096)
def unaccented(word: str) -> str:
    """The word without its accents: "Désirée" -> "Desiree", "Çelik" -> "Celik"."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
