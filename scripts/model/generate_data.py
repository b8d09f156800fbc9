"""Generate synthetic Dutch government notes with PERSON annotations for woo_redact's NER.

Everything here is written for this project: the note templates (header fields,
running text, e-mail threads, signature blocks, paraph tables, footers) are our
own, the names come from woo_redact's lexicons (deduce, LGPL; Faker, MIT) and
from Faker's person providers (nl_NL, tr_TR, pl_PL, id_ID, en_IN, de_DE, fr_FR,
en_GB, es_ES, pt_PT), plus made-up syllable names so the model has to use
context, not memory. Negative material (organisations, places, ministries, job
titles, laws, programmes, public office titles, streets) is labelled O.

A PERSON span is the name without its courtesy or academic title:
"mevrouw drs. [S.J. van der Berg]". Names after a public title are persons too
("minister [Keijzer]"); the detector's public-office rule keeps them readable.

Names are split by a hash into a train part (90 %) and a dev part (10 %), so the
dev scores measure names the model never saw. The output is two spaCy DocBin
files (train.spacy, dev.spacy) in the build folder. The generator is seeded and
deterministic for a given seed, lexicon set and Faker version.

Usage: python scripts/model/generate_data.py [--out build/model] [--train 3000] [--dev 400] [--seed 13]
"""

from __future__ import annotations

import argparse
import random
import sys
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from faker import Faker
from spacy.tokens import DocBin

ROOT = Path(__file__).resolve().parents[2]
LEXICONS = ROOT / "woo_redact" / "data" / "lexicons"
FAKER_LOCALES = {
    "nl_NL": 0.55,
    "tr_TR": 0.08,
    "pl_PL": 0.05,
    "id_ID": 0.05,
    "en_IN": 0.05,
    "de_DE": 0.05,
    "fr_FR": 0.04,
    "en_GB": 0.05,
    "es_ES": 0.04,
    "pt_PT": 0.04,
}
Piece = str | tuple[str, str]


# ---------------------------------------------------------------------------
# Word lists (negatives and fillers): written for this recipe
# ---------------------------------------------------------------------------

MINISTRIES = [
    (
        "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
        "minbzk.nl",
        "Binnenlandse Zaken en Koninkrijksrelaties",
    ),
    ("Ministerie van Financiën", "minfin.nl", "Financiën"),
    ("Ministerie van Justitie en Veiligheid", "minjenv.nl", "Justitie en Veiligheid"),
    ("Ministerie van Onderwijs, Cultuur en Wetenschap", "minocw.nl", "Onderwijs, Cultuur en Wetenschap"),
    ("Ministerie van Volksgezondheid, Welzijn en Sport", "minvws.nl", "Volksgezondheid, Welzijn en Sport"),
    ("Ministerie van Infrastructuur en Waterstaat", "minienw.nl", "Infrastructuur en Waterstaat"),
    ("Ministerie van Economische Zaken", "minez.nl", "Economische Zaken"),
    ("Ministerie van Sociale Zaken en Werkgelegenheid", "minszw.nl", "Sociale Zaken en Werkgelegenheid"),
    (
        "Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur",
        "minlvvn.nl",
        "Landbouw, Visserij, Voedselzekerheid en Natuur",
    ),
    ("Ministerie van Defensie", "mindef.nl", "Defensie"),
    ("Ministerie van Buitenlandse Zaken", "minbuza.nl", "Buitenlandse Zaken"),
    (
        "Ministerie van Volkshuisvesting en Ruimtelijke Ordening",
        "minvro.nl",
        "Volkshuisvesting en Ruimtelijke Ordening",
    ),
    ("Ministerie van Klimaat en Groene Groei", "minkgg.nl", "Klimaat en Groene Groei"),
    ("Ministerie van Asiel en Migratie", "minaenm.nl", "Asiel en Migratie"),
]
AGENCIES = [
    "Rijkswaterstaat",
    "Belastingdienst",
    "Dienst Uitvoering Onderwijs",
    "DUO",
    "UWV",
    "Sociale Verzekeringsbank",
    "Immigratie- en Naturalisatiedienst",
    "IND",
    "Centraal Bureau voor de Statistiek",
    "RIVM",
    "Kadaster",
    "Rijksdienst voor Ondernemend Nederland",
    "RVO",
    "Nederlandse Voedsel- en Warenautoriteit",
    "NVWA",
    "Inspectie van het Onderwijs",
    "Inspectie Gezondheidszorg en Jeugd",
    "Autoriteit Persoonsgegevens",
    "Autoriteit Consument en Markt",
    "Raad van State",
    "Algemene Rekenkamer",
    "Nationale ombudsman",
    "Centraal Justitieel Incassobureau",
    "Dienst Justitiële Inrichtingen",
    "Rijksvastgoedbedrijf",
    "Staatsbosbeheer",
    "Koninklijke Marechaussee",
    "Nationale Politie",
    "Openbaar Ministerie",
    "Raad voor de rechtspraak",
    "Logius",
    "Dienst ICT Uitvoering",
    "Rijksdienst voor het Cultureel Erfgoed",
    "Nationaal Archief",
    "Centraal Orgaan opvang asielzoekers",
    "COA",
    "Kiesraad",
    "Planbureau voor de Leefomgeving",
    "Centraal Planbureau",
    "Sociaal en Cultureel Planbureau",
    "Kennisinstituut voor Mobiliteitsbeleid",
    "KNMI",
    "ProRail",
    "TenneT",
    "Vereniging van Nederlandse Gemeenten",
    "VNG",
    "Interprovinciaal Overleg",
    "Unie van Waterschappen",
    "Uitvoeringsorganisatie Herstel Toeslagen",
    "Commissie Werkelijke Schade",
    "Erasmus MC",
    "Universiteit Utrecht",
    "Rijksuniversiteit Groningen",
    "Erasmus Universiteit Rotterdam",
    "Johan Cruijff ArenA",
    "Anne Frank Stichting",
    "Prins Bernhard Cultuurfonds",
    "Van Gogh Museum",
    "Rijksmuseum",
    "GGD Haaglanden",
    "Veiligheidsregio Utrecht",
    "Omgevingsdienst Midden-Holland",
    "Hoogheemraadschap van Rijnland",
    "Wetterskip Fryslân",
    "Waterschap Aa en Maas",
]
COMPANY_SUFFIX = [
    "B.V.",
    "N.V.",
    "& Zonen",
    "Holding B.V.",
    "Advies",
    "Consultancy",
    "Bouw B.V.",
    "Groep",
    "& Partners",
]
UNITS = [
    "Directie Juridische Zaken",
    "Directie Communicatie",
    "Directie Financieel-Economische Zaken",
    "Directie Bedrijfsvoering",
    "Directoraat-Generaal Herstel",
    "Directoraat-Generaal Water en Bodem",
    "Directoraat-Generaal Mobiliteit",
    "Directie Wetgeving en Juridische Zaken",
    "Directie Arbeidsmarkt",
    "Directie Openbaar Bestuur en Democratie",
    "afdeling Strategie",
    "afdeling Beleid",
    "afdeling Vergunningen",
    "afdeling Ruimte en Wonen",
    "team Woo",
    "cluster Informatiehuishouding",
    "Bestuursondersteuning",
    "Stafbureau",
    "Programmadirectie Stikstof",
    "Directie Internationale Zaken",
    "afdeling Veiligheid",
    "team Handhaving",
    "Concerncontrol",
    "Kabinet van de burgemeester",
    "Directie Kennis en Innovatie",
    "Directie Water en Bodem",
    "afdeling Subsidies",
    "team Integriteit",
]
JOBS = [
    "beleidsmedewerker",
    "senior beleidsmedewerker",
    "beleidsadviseur",
    "senior jurist",
    "jurist",
    "woordvoerder",
    "directeur",
    "plaatsvervangend directeur",
    "afdelingshoofd",
    "teamleider",
    "programmamanager",
    "projectleider",
    "coördinator Woo",
    "secretaris-generaal",
    "directeur-generaal",
    "controller",
    "strategisch adviseur",
    "communicatieadviseur",
    "hoofd Juridische Zaken",
    "bestuursadviseur",
    "senior adviseur",
    "trainee",
    "informatiespecialist",
    "privacy officer",
    "functionaris gegevensbescherming",
    "inspecteur",
    "toezichthouder",
    "griffier",
    "gemeentesecretaris",
    "accountmanager",
    "projectsecretaris",
    "kwartiermaker",
    "managementassistent",
]
LAWS = [
    "Wet open overheid",
    "Woo",
    "Algemene wet bestuursrecht",
    "Awb",
    "Omgevingswet",
    "Participatiewet",
    "Wet hersteloperatie toeslagen",
    "Gemeentewet",
    "Provinciewet",
    "Waterwet",
    "Wet natuurbescherming",
    "Algemene verordening gegevensbescherming",
    "AVG",
    "Uitvoeringswet AVG",
    "Jeugdwet",
    "Wet maatschappelijke ondersteuning",
    "Wmo 2015",
    "Vreemdelingenwet 2000",
    "Comptabiliteitswet 2016",
    "Aanbestedingswet 2012",
    "Wet kinderopvang",
    "Wet langdurige zorg",
    "Huisvestingswet 2014",
    "Wet stikstofreductie en natuurverbetering",
    "Kieswet",
    "Ambtenarenwet 2017",
    "Archiefwet",
    "Wet politiegegevens",
    "Besluit bouwwerken leefomgeving",
    "Telecommunicatiewet",
]
PROGRAMMES = [
    "programma Mooi Nederland",
    "Nationaal Programma Rotterdam Zuid",
    "Deltaprogramma",
    "programma Open Overheid",
    "Nationaal Programma Landelijk Gebied",
    "Regio Deal",
    "programma Werk aan Uitvoering",
    "Actieplan Netcongestie",
    "programma Aardgasvrije Wijken",
    "Klimaatakkoord",
    "Nationaal Groeifonds",
    "programma Digitale Overheid",
    "Hervormingsagenda Jeugd",
    "Woondeal",
    "programma Betere Bereikbaarheid",
    "Coalitieakkoord",
    "Voorjaarsnota",
    "Miljoenennota",
    "Prinsjesdag",
    "Rijksbegroting 2026",
    "Meerjarenprogramma Infrastructuur, Ruimte en Transport",
]
TOPICS = [
    "huisvesting van statushouders",
    "digitalisering van het archief",
    "verkeersveiligheid rond scholen",
    "inhuur van externe adviseurs",
    "netcongestie op bedrijventerreinen",
    "afhandeling van Woo-verzoeken",
    "dijkversterking",
    "zwemwaterkwaliteit",
    "beheer van een rijksmonument",
    "klachtenafhandeling",
    "vervanging van een gemaal",
    "herstel kinderopvangtoeslag",
    "jeugdzorg in de regio",
    "lerarentekort",
    "garnalenvisserij",
    "jaarwisseling",
    "bouwdossiers",
    "schadeclaim na wateroverlast",
    "subsidieregeling isolatie",
    "cybersecurity van gemeentelijke systemen",
    "opvang van asielzoekers",
    "energietransitie",
    "stikstofdepositie",
    "woningbouwopgave",
    "laadinfrastructuur",
    "grondwaterbeheer",
    "inburgering",
    "schuldhulpverlening",
    "openbare verlichting",
    "groenonderhoud",
    "parkeerbeleid",
    "fietsparkeren bij stations",
    "kunstgrasvelden",
]
PUBLIC_TITLES = [
    "minister",
    "minister",
    "staatssecretaris",
    "burgemeester",
    "wethouder",
    "het lid",
    "Kamerlid",
    "gedeputeerde",
    "minister-president",
    "commissaris van de Koning",
    "premier",
]
PUBLIC_ROLES = [
    "de minister",
    "de minister van {ministry}",
    "de staatssecretaris",
    "de staatssecretaris van {ministry}",
    "de burgemeester",
    "het college van burgemeester en wethouders",
    "de wethouder",
    "Gedeputeerde Staten",
    "Provinciale Staten",
    "de gemeenteraad",
    "de Tweede Kamer",
    "de Eerste Kamer",
    "de secretaris-generaal",
    "de directeur-generaal",
    "de commissaris van de Koning",
    "het dagelijks bestuur",
    "de dijkgraaf",
    "de ministerraad",
    "de vaste commissie voor {ministry_short}",
    "de Raad van State",
]
COURTESY_F = ["mevrouw", "mevrouw", "mw.", "mevr.", "Mevrouw", "Mw."]
COURTESY_M = ["de heer", "de heer", "dhr.", "De heer", "Dhr.", "heer"]
ACADEMIC = ["drs.", "mr.", "ir.", "dr.", "ing.", "prof. dr.", "mr. drs.", "MSc", "drs. ing."]
STREETS = [
    "Korte Voorhout",
    "Turfmarkt",
    "Rijnstraat",
    "Bezuidenhoutseweg",
    "Parnassusplein",
    "Prinses Beatrixlaan",
    "Johan de Wittlaan",
    "Stationsplein",
    "Markt",
    "Wilhelminakade",
    "Coolsingel",
    "Amstel",
    "Westeinde",
    "Willem Witsenplein",
    "Anna van Saksenlaan",
    "Koningskade",
    "Thorbeckeplein",
    "Jan van Nassaustraat",
]
MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
MONTHS_SHORT = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
MAIL_HEADERS = {
    "nl": ("Van", "Verzonden", "Aan", "CC", "Onderwerp"),
    "en": ("From", "Sent", "To", "Cc", "Subject"),
}
OPENERS = [
    "Kun je",
    "Kunt u",
    "Wil je",
    "Zou je",
    "Graag",
    "Dank voor",
    "Bedankt voor",
    "Hierbij",
    "Zoals besproken",
    "Naar aanleiding van",
    "Even een vraag:",
    "Goed nieuws:",
    "Nog even over",
    "Mag ik",
    "Klopt het dat",
    "Vanmiddag",
    "Gisteren",
    "Morgen",
    "Bijgaand",
    "Ter info:",
    "Ter informatie",
    "Excuses voor",
]
OPENER_TAILS = [
    "de bijgevoegde stukken nog even bekijken?",
    "het concept voor vrijdag terugsturen?",
    "je reactie op de nota.",
    "de cijfers van het tweede kwartaal.",
    "laten weten of dit zo akkoord is?",
    "sturen we de geactualiseerde planning.",
    "het overleg met de regio over de uitvoering.",
    "de definitieve versie, met de aanpassingen verwerkt.",
    "de late reactie; het was druk.",
    "is de aanvraag nog niet compleet.",
    "bespreken we dit in het MT.",
    "de vragen uit de Kamer beantwoorden?",
]
HEADINGS_EXTRA = [
    "Achtergrond",
    "Besluitvorming",
    "Planning",
    "Risico's",
    "Vervolgstappen",
    "Openbaarheid",
    "Afstemming",
    "Bijlage",
    "Voorstel",
    "Context",
    "Conclusie",
    "Beslispunten",
    "Gevolgen voor de uitvoering",
    "Inleiding",
    "Toezeggingen",
    "Stand van zaken",
    "Reactie",
    "Samenhang met ander beleid",
    "Motivering",
    "Nog in te vullen",
]
FUNCTIONAL_MAILBOX = [
    "woo",
    "info",
    "postbus",
    "secretariaat",
    "juridischezaken",
    "communicatie",
    "servicedesk",
    "bestuurssecretariaat",
    "subsidies",
    "klachten",
    "privacy",
    "inkoop",
]


# ---------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------


def _read(name: str) -> list[str]:
    path = LEXICONS / name
    return [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]


def is_dev(name: str) -> bool:
    """The hash split: about one name in ten belongs to the dev part only."""
    return zlib.crc32(name.lower().encode()) % 10 == 0


@dataclass
class NamePools:
    """First names, surnames and tussenvoegsels, split into a train and a dev part."""

    first: list[str]
    last: list[str]
    tvs: list[str]
    faker_first: dict[str, list[str]]
    faker_last: dict[str, list[str]]
    places: list[str]

    @classmethod
    def build(cls, part: str, seed: int) -> NamePools:
        """Read the lexicons and sample Faker pools; keep only the names of ``part`` ('train' or 'dev')."""
        want_dev = part == "dev"

        def keep(names: Sequence[str]) -> list[str]:
            good = [n for n in names if n[:1].isupper() and len(n) > 1 and is_dev(n) == want_dev]
            return sorted(set(good))

        first = keep(_read("first_names.txt") + _read("first_names_extra.txt"))
        last = keep(_read("surnames.txt") + _read("surnames_extra.txt"))
        tvs = [t for t in _read("tussenvoegsels.txt") if t in TV_DUTCH]
        ff: dict[str, list[str]] = {}
        fl: dict[str, list[str]] = {}
        for loc in FAKER_LOCALES:
            fk = Faker(loc)
            fk.seed_instance(seed)
            ff[loc] = keep([fk.first_name() for _ in range(1500)])
            fl[loc] = keep([fk.last_name().split()[-1] for _ in range(1500)])
        places = [p for p in _read("places.txt") if not p.startswith("'")]
        return cls(first, last, tvs, ff, fl, places)


TV_DUTCH = {
    "van der",
    "van den",
    "van de",
    "van het",
    "van 't",
    "in 't",
    "op de",
    "op den",
    "ter",
    "ten",
    "van",
    "de",
    "den",
    "der",
    "te",
    "uit de",
    "van ter",
}
SYLLABLES = [
    "ka",
    "ro",
    "mel",
    "dijk",
    "ber",
    "sen",
    "wa",
    "li",
    "tor",
    "zan",
    "hu",
    "ver",
    "mans",
    "kel",
    "ste",
    "ga",
    "ni",
    "ol",
    "bou",
    "ra",
    "kin",
    "dra",
    "ö",
    "yıl",
    "çe",
    "ski",
    "wicz",
    "ra",
    "jo",
    "ema",
]


@dataclass
class Person:
    """One person of a note, with the forms a note uses to refer to them."""

    first: str
    tv: str
    last: str
    female: bool
    middle: str = ""
    used_full: bool = field(default=False)

    @property
    def initials(self) -> str:
        """'S.J.' style initials."""
        parts = [self.first] + ([self.middle] if self.middle else [])
        return "".join(p[0].upper() + "." for p in parts)

    def surname(self, capital: bool) -> str:
        """Surname with tussenvoegsel, capitalised when it starts the reference ('Van der Berg')."""
        if not self.tv:
            return self.last
        tv = self.tv[0].upper() + self.tv[1:] if capital else self.tv
        return f"{tv} {self.last}"

    def full(self) -> str:
        """First name, tussenvoegsel and surname."""
        return f"{self.first} {self.surname(False)}"

    def with_initials(self, rng: random.Random) -> str:
        """Initials and surname, with or without a space after the initials."""
        sep = "" if rng.random() < 0.08 else " "
        return f"{self.initials}{sep}{self.surname(False)}"

    def paraph(self) -> str:
        """A paraph such as 'SvdB'."""
        tv = "".join(w[0] for w in self.tv.split()) if self.tv else ""
        return f"{self.first[0]}{tv}{self.last[0]}".replace("'", "")

    def email(self, domain: str, rng: random.Random) -> str:
        """A personal e-mail address for the person (labelled O: the e-mail recognizer handles it)."""
        last = (self.tv.replace(" ", "").replace("'", "") + self.last).lower()
        style = rng.random()
        local = f"{self.first[0].lower()}.{last}" if style < 0.5 else f"{self.first.lower()}.{last}"
        if style > 0.9:
            local = f"{self.first[0].lower()}{last}"
        return f"{local}@{domain}".replace(" ", "")


class Names:
    """Draws persons from the pools of one part."""

    def __init__(self, pools: NamePools, rng: random.Random) -> None:
        self.p = pools
        self.rng = rng
        self.locales = list(FAKER_LOCALES)
        self.weights = list(FAKER_LOCALES.values())

    def _made_up(self) -> str:
        word = "".join(self.rng.choice(SYLLABLES) for _ in range(self.rng.randint(2, 3)))
        return word[0].upper() + word[1:]

    def person(self) -> Person:
        """A new person: lexicon names, a Faker locale, or a made-up name."""
        r = self.rng.random()
        if r < 0.45:
            first, last = self.rng.choice(self.p.first), self.rng.choice(self.p.last)
            loc = "nl_NL"
        elif r < 0.92:
            loc = self.rng.choices(self.locales, self.weights)[0]
            first = self.rng.choice(self.p.faker_first[loc] or self.p.first)
            last = self.rng.choice(self.p.faker_last[loc] or self.p.last)
        else:
            loc = "made_up"
            first = self.rng.choice(self.p.first) if self.rng.random() < 0.5 else self._made_up()
            last = self._made_up()
        if self.rng.random() < 0.1:
            last = f"{last}-{self.rng.choice(self.p.last)}"
        tv = ""
        if loc in ("nl_NL", "made_up") and self.rng.random() < 0.3:
            tv = self.rng.choice(self.p.tvs)
        middle = self.rng.choice(self.p.first) if self.rng.random() < 0.25 else ""
        return Person(first, tv, last, self.rng.random() < 0.5, middle)


# ---------------------------------------------------------------------------
# Building a note: text pieces with labelled spans
# ---------------------------------------------------------------------------


class Note:
    """Accumulates lines of text and the character spans of PERSON names."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.text: list[str] = []
        self.length = 0
        self.spans: list[tuple[int, int]] = []

    def line(self, pieces: Sequence[Piece], wrap: bool = False) -> None:
        """Append one line (or paragraph, wrapped at 80-110 characters) built from ``pieces``."""
        start = self.length
        buf: list[str] = []
        pos = start
        for piece in pieces:
            if isinstance(piece, tuple):
                _label, txt = piece
                self.spans.append((pos, pos + len(txt)))
            else:
                txt = piece
            buf.append(txt)
            pos += len(txt)
        s = "".join(buf)
        if wrap:
            s = self._wrap(s)
        self.text.append(s + "\n")
        self.length += len(s) + 1

    def _wrap(self, s: str) -> str:
        width = self.rng.randint(80, 110)
        chars = list(s)
        last_break = 0
        last_space = -1
        for i, ch in enumerate(chars):
            if ch == " ":
                last_space = i
            if i - last_break >= width and last_space > last_break:
                chars[last_space] = "\n"
                last_break = last_space + 1
        return "".join(chars)

    def render(self) -> tuple[str, list[tuple[int, int]]]:
        """The note text and its PERSON spans."""
        return "".join(self.text), self.spans


P = "PERSON"


class Writer:
    """Writes one synthetic note from the templates."""

    def __init__(self, names: Names, rng: random.Random) -> None:
        self.names = names
        self.rng = rng

    # -- fillers -----------------------------------------------------------------

    def date(self) -> str:
        """A date in one of the forms notes use."""
        r = self.rng
        d, m, y = r.randint(1, 28), r.randint(1, 12), r.choice([2023, 2024, 2025, 2026])
        return r.choice(
            [f"{d} {MONTHS[m - 1]} {y}", f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d} {MONTHS_SHORT[m - 1]} {y}"]
        )

    def phone(self) -> str:
        """A Dutch phone number."""
        r = self.rng
        n = "".join(str(r.randint(0, 9)) for _ in range(8))
        return r.choice(
            [
                f"06-{n}",
                f"06 {n[:2]} {n[2:5]} {n[5:]}",
                f"+31 6 {n}",
                f"070-{n[:7]}",
                f"0031 (0)70-{n[:7]}",
                f"+31 (0)6 {n}",
                f"(070) {n[:3]} {n[3:7]}",
            ]
        )

    def org(self) -> str:
        """An organisation (negative)."""
        r = self.rng
        x = r.random()
        if x < 0.35:
            return r.choice(AGENCIES)
        if x < 0.55:
            return r.choice(MINISTRIES)[0]
        if x < 0.75:
            kind = r.choice(["gemeente", "provincie", "gemeente", "Veiligheidsregio", "GGD"])
            return f"{kind} {r.choice(self.names.p.places)}"
        if x < 0.9:
            return f"{r.choice(self.names.p.last)} {r.choice(COMPANY_SUFFIX)}"
        return r.choice(UNITS)

    def place(self) -> str:
        """A place name (negative)."""
        return self.rng.choice(self.names.p.places)

    def ministry(self) -> tuple[str, str, str]:
        """(ministry name, mail domain, short name)."""
        return self.rng.choice(MINISTRIES)

    def role(self) -> str:
        """A public office title without a name (negative)."""
        m = self.ministry()
        return self.rng.choice(PUBLIC_ROLES).format(ministry=m[2], ministry_short=m[2])

    def ref(self, p: Person) -> list[Piece]:
        """A reference to a person in running text, in one of the usual forms."""
        r = self.rng
        x = r.random()
        courtesy = r.choice(COURTESY_F if p.female else COURTESY_M)
        if not p.used_full or x < 0.3:
            p.used_full = True
            y = r.random()
            if y < 0.55:
                return [(P, p.full())]
            if y < 0.8:
                return [(P, p.with_initials(r))]
            acad = f"{r.choice(ACADEMIC)} " if r.random() < 0.4 else ""
            return [f"{courtesy} {acad}", (P, p.with_initials(r) if r.random() < 0.6 else p.surname(True))]
        if x < 0.6:
            return [f"{courtesy} ", (P, p.surname(True))]
        if x < 0.8:
            return [(P, p.surname(True))]
        return [(P, p.first)]

    def public_person(self) -> list[Piece]:
        """A public office holder with title: the name is a PERSON (kept later by the public rule)."""
        p = self.names.person()
        title = self.rng.choice(PUBLIC_TITLES)
        name = p.surname(True) if self.rng.random() < 0.7 else p.full()
        return [f"{title} ", (P, name)]

    # -- building blocks -----------------------------------------------------------

    def sentence(self, cast: list[Person]) -> list[Piece]:
        """One running-text sentence from the templates, with or without names."""
        r = self.rng
        p = r.choice(cast)
        q = r.choice(cast)
        org, org2, place, law, prog = self.org(), self.org(), self.place(), r.choice(LAWS), r.choice(PROGRAMMES)
        topic, job, date, role, unit = r.choice(TOPICS), r.choice(JOBS), self.date(), self.role(), r.choice(UNITS)
        n = r.randint(2, 950)
        templates: list[Callable[[], list[Piece]]] = [
            lambda: ["De aanpak is uitgewerkt door het team van ", *self.ref(p), "."],
            lambda: [*self.ref(p), f" heeft de uitvoeringstoets gecoördineerd; {org} acht de planning haalbaar."],
            lambda: [f"In overleg met {org} is besloten de {topic} per {date} te herzien."],
            lambda: [f"{role[0].upper() + role[1:]} heeft op {date} ingestemd met het voorstel over {topic}."],
            lambda: ["Volgens ", *self.ref(p), f" ({job}, {unit}) is de {law} hier niet van toepassing."],
            lambda: [f"Het {prog} loopt tot {r.choice([2027, 2028, 2030])}; de kosten bedragen € {n} miljoen."],
            lambda: ["Na afstemming met ", *self.ref(p), " en ", *self.ref(q), " is het concept aangepast."],
            lambda: [f"De gemeente {place} heeft op {date} laten weten dat zij bezwaar maakt tegen het besluit."],
            lambda: [*self.ref(p), f" heeft namens {org} toegezegd de ontbrekende stukken voor {date} aan te leveren."],
            lambda: [f"Aan {role} wordt gevraagd in te stemmen met de bijgevoegde brief aan {org}."],
            lambda: [f"Op grond van de {law} moet binnen {r.randint(2, 12)} weken een besluit worden genomen."],
            lambda: ["Tijdens het overleg van ", date, " met ", *self.public_person(), " is de planning besproken."],
            lambda: [*self.public_person(), f" heeft de Kamer op {date} geïnformeerd over {topic}."],
            lambda: [f"De {job} van {org} heeft aangegeven dat de {topic} vertraging oploopt."],
            lambda: [*self.ref(p), " past de modelbrief daarop aan en stuurt die naar ", *self.ref(q), "."],
            lambda: [f"Er zijn {n} zienswijzen ingediend, onder meer door bewoners uit {place} en {self.place()}."],
            lambda: ["Een melding van ", *self.ref(p), f" uit {place} over {topic} is doorgestuurd naar {org}."],
            lambda: [f"De {unit} adviseert het {prog} te verlengen en de {law} te volgen."],
            lambda: ["Het verzoek is ingediend door ", *self.ref(p), f", wonende te {place}."],
            lambda: [f"{org} en {org2} hebben een convenant gesloten over {topic}."],
            lambda: ["U heeft op ", date, " met ", *self.ref(p), f" van {org} gesproken over {topic}."],
            lambda: [
                f"De kosten worden gedekt uit de begroting van {self.ministry()[0]} (artikel {r.randint(1, 20)})."
            ],
            lambda: ["De klager, ", *self.ref(p), ", stelt dat de termijn uit de ", law, " is overschreden."],
            lambda: [f"Zie ook de brief van {role} van {date} (kenmerk {r.randint(2023, 2026)}-{n:07d})."],
            lambda: [
                "Wij stellen voor de Kamer te informeren via de "
                + r.choice(["Voorjaarsnota", "Najaarsnota", "verzamelbrief"])
                + "."
            ],
            lambda: ["Contact over dit dossier loopt via ", *self.ref(p), f", {job} bij {unit}."],
            lambda: [f"In {place} staan {n} woningen gepland; de {unit} volgt de voortgang."],
            lambda: ["De heer ", (P, p.surname(True)), " is als extern adviseur ingehuurd via ", org, "."],
            lambda: ["Mevrouw ", (P, p.surname(True)), " heeft bezwaar gemaakt tegen het besluit van ", date, "."],
            lambda: [f"Het advies van de {r.choice(AGENCIES)} is als bijlage {r.randint(1, 5)} bijgevoegd."],
            lambda: [*self.ref(p), f" ({unit}) en {org} werken de varianten uit."],
            lambda: ["Ik heb ", *self.ref(p), " gevraagd dit met ", org, " op te nemen."],
            lambda: [f"De {topic} raakt ook aan het {prog} en de afspraken met {org}."],
            lambda: [f"Mogelijk vragen Kamerleden naar de rol van {org}; een Q&A is bijgevoegd."],
            lambda: ["Bij afwezigheid kunt u contact opnemen met ", *self.ref(p), " (", self.phone(), ")."],
            lambda: [f"Het college van {place} heeft het raadsvoorstel op {date} vastgesteld."],
            lambda: ["De casus van ", *self.ref(p), f" laat zien dat de {law} knelt bij {topic}."],
            lambda: [f"Een {job} van de {unit} neemt deel aan de stuurgroep."],
            lambda: ["Op verzoek van ", *self.public_person(), f" wordt de {topic} versneld."],
            lambda: [f"{r.choice(['Wij', 'Wij', 'Ik'])} adviseren u de {topic} niet uit te stellen."],
            lambda: ["Dit is besproken met ", *self.ref(p), " en de ", job, " van ", org, "."],
            lambda: [f"De Nationale ombudsman heeft eerder aangedrongen op verbetering van de {topic}."],
            lambda: [*self.ref(p), " is vanaf ", date, f" het aanspreekpunt voor {org}."],
            lambda: [f"Er is geen advies van de Raad van State nodig; de {law} biedt voldoende grondslag."],
            lambda: ["Bewoner ", *self.ref(p), f" heeft {n} handtekeningen verzameld tegen de plannen in {place}."],
            lambda: [f"De {r.choice(JOBS)} en de {r.choice(JOBS)} hebben de stukken gezien."],
        ]
        pieces = templates[r.randrange(len(templates))]()
        if isinstance(pieces[0], str) and pieces[0]:
            pieces[0] = pieces[0][0].upper() + pieces[0][1:]
        return pieces

    def header(self, note: Note, cast: list[Person], ministry: tuple[str, str, str]) -> None:
        """Letterhead and header block (Aan, Van, Datum, Kenmerk, Onderwerp, Kopie aan, Contactpersoon)."""
        r = self.rng
        letter = ministry[0] if r.random() < 0.6 else self.org()
        note.line([letter])
        if r.random() < 0.5:
            note.line([letter])
        if r.random() < 0.6:
            note.line([r.choice(UNITS)])
        note.line(
            [
                r.choice(
                    [
                        "Beslisnota",
                        "Nota",
                        "Notitie",
                        "Memo",
                        "Adviesnota",
                        "Informatienota",
                        "Beslisnota voor de minister",
                    ]
                )
            ]
        )
        fields: list[tuple[str, list[Piece]]] = []
        contact = cast[0]
        aan = r.random()
        if aan < 0.6:
            fields.append(("Aan", [self.role()]))
        elif aan < 0.8:
            fields.append(("Aan", self.public_person()))
        else:
            fields.append(("Aan", [(P, cast[-1].full()), f" ({r.choice(JOBS)})"]))
        van = r.random()
        if van < 0.6:
            fields.append(("Van", [r.choice(UNITS)]))
        else:
            fields.append(
                ("Van", [(P, contact.with_initials(r) if r.random() < 0.5 else contact.full()), f", {r.choice(JOBS)}"])
            )
        fields.append(("Datum", [self.date()]))
        fields.append(
            (
                r.choice(["Kenmerk", "Ons kenmerk", "Zaaknummer"]),
                [f"{r.randint(2023, 2026)}-{r.randint(0, 10**10):010d}"],
            )
        )
        fields.append(("Onderwerp", [r.choice(TOPICS).capitalize()]))
        if r.random() < 0.5:
            cc: list[Piece] = []
            for k, p in enumerate(r.sample(cast, min(len(cast), r.randint(1, 3)))):
                if k:
                    cc.append(r.choice([", ", "; "]))
                cc.append((P, p.with_initials(r) if r.random() < 0.5 else p.full()))
            if r.random() < 0.4:
                cc.append(f", {r.choice(UNITS)}")
            fields.append(("Kopie aan", cc))
        name = contact.with_initials(r) if r.random() < 0.5 else contact.full()
        lab = r.choice(["Contactpersoon", "Behandeld door", "Contactpersoon", "Inlichtingen bij"])
        extra = f", {r.choice(UNITS)}" if r.random() < 0.4 else ""
        fields.append((lab, [(P, name), extra]))
        fields.append((r.choice(["Telefoon", "T", "Tel."]), [self.phone()]))
        fields.append((r.choice(["E-mail", "E", "Email"]), [contact.email(ministry[1], r)]))
        if r.random() < 0.3:
            fields.append(("Bijlage(n)", [str(r.randint(1, 4))]))
        layout = r.random()
        for lab, value in fields:
            if layout < 0.5:
                note.line([lab])
                note.line(value)
            elif layout < 0.8:
                note.line([f"{lab}: ", *value])
            else:
                note.line([f"{lab} ", *value])

    def sections(self, note: Note, cast: list[Person]) -> None:
        """Headed sections of running text."""
        r = self.rng
        heads = [
            "Aanleiding",
            "Geadviseerd besluit",
            "Kern",
            "Toelichting",
            "Krachtenveld",
            "Financiële gevolgen",
            "Communicatie",
            "Juridische aspecten",
            "Uitvoering",
            "Advies",
            "Samenvatting",
            "Vervolg",
        ]
        chosen = sorted(r.sample(heads, r.randint(2, 5)), key=heads.index)
        if r.random() < 0.5:
            chosen.insert(r.randrange(len(chosen) + 1), r.choice(HEADINGS_EXTRA + [t.capitalize() for t in TOPICS]))
        for head in chosen:
            note.line([head])
            if head == "Nog in te vullen":
                continue
            if head == "Geadviseerd besluit":
                note.line([f"Aan {self.role()} wordt gevraagd:"])
                for _ in range(r.randint(1, 3)):
                    note.line([f"• in te stemmen met {r.choice(['de', 'het'])} {r.choice(TOPICS)};"], wrap=True)
                continue
            para: list[Piece] = []
            for _ in range(r.randint(1, 4)):
                if para:
                    para.append(" ")
                para.extend(self.sentence(cast))
            note.line(para, wrap=True)
        if r.random() < 0.4:
            note.line(["Bijlagen"])
            for k in range(r.randint(1, 3)):
                note.line([f"{k + 1}. {r.choice(['Brief aan', 'Advies van', 'Reactie van'])} {self.org()}"])

    def email_thread(self, note: Note, cast: list[Person], ministry: tuple[str, str, str]) -> None:
        """One to three quoted e-mails with headers, salutation and signature."""
        r = self.rng
        lang = "en" if r.random() < 0.35 else "nl"
        h_from, h_sent, h_to, h_cc, h_subj = MAIL_HEADERS[lang]
        for _ in range(r.randint(1, 3)):
            a, b = r.sample(cast, 2) if len(cast) > 1 else (cast[0], self.names.person())
            dom = ministry[1] if r.random() < 0.8 else f"{r.choice(self.names.p.last).lower()}.nl"
            if r.random() < 0.6:
                note.line([f"{h_from}: ", (P, a.full()), f" <{a.email(dom, r)}>"])
            else:
                note.line([f"{h_from}: ", (P, a.full())])
            hh, mm = r.randint(7, 19), r.randint(0, 59)
            if lang == "en":
                day, month = r.choice(EN_DAYS), r.choice(EN_MONTHS)
                when = f"{day}, {month} {r.randint(1, 28)}, {r.randint(2023, 2026)} {hh}:{mm:02d}"
            else:
                when = f"{r.choice(DAYS)} {self.date()} {hh}:{mm:02d}"
            note.line([f"{h_sent}: {when}"])
            to: list[Piece] = [f"{h_to}: ", (P, b.full())]
            if r.random() < 0.5:
                to.append(f" <{b.email(dom, r)}>")
            note.line(to)
            if r.random() < 0.5:
                c = self.names.person()
                cc: list[Piece] = [f"{h_cc}: ", (P, c.full()), f" <{c.email(dom, r)}>"]
                if r.random() < 0.5:
                    cc.append(f"; {r.choice(FUNCTIONAL_MAILBOX)}@{dom}")
                note.line(cc)
            subj = r.choice(TOPICS)
            note.line([f"{h_subj}: {r.choice(['RE: ', 'FW: ', 'Re: ', 'Fwd: ', ''])}{subj[0].upper() + subj[1:]}"])
            greet = r.choice(["Hoi", "Beste", "Hallo", "Dag", "Goedemorgen", "Hi", "Geachte"])
            if greet == "Geachte":
                note.line([f"Geachte {r.choice(COURTESY_F if b.female else COURTESY_M)} ", (P, b.surname(True)), ","])
            else:
                note.line([f"{greet} ", (P, b.first), r.choice([",", ",", "!", ""])])
            para = [f"{r.choice(OPENERS)} {r.choice(OPENER_TAILS)}"] if r.random() < 0.6 else []
            for _ in range(r.randint(1, 3)):
                if para:
                    para.append(" ")
                para.extend(self.sentence(cast))
            note.line(para, wrap=True)
            note.line(
                [r.choice(["Groeten,", "Met vriendelijke groet,", "Groet,", "Dank!", "Mvg,", "Hartelijke groet,"])]
            )
            if r.random() < 0.5:
                note.line([(P, a.first)])
            else:
                self.signature(note, a, ministry)

    def signature(self, note: Note, p: Person, ministry: tuple[str, str, str]) -> None:
        """A signature block: name, function, unit, organisation, phone."""
        r = self.rng
        acad = f"{r.choice(ACADEMIC)} " if r.random() < 0.2 else ""
        note.line([acad, (P, p.full() if r.random() < 0.7 else p.with_initials(r))])
        note.line([r.choice(JOBS).capitalize()])
        if r.random() < 0.6:
            note.line([r.choice(UNITS)])
        if r.random() < 0.5:
            note.line([ministry[0]])
        if r.random() < 0.5:
            street, num, pc = r.choice(STREETS), r.randint(1, 200), r.randint(1000, 9999)
            letters = r.choice("ABCDEFGHJK") + r.choice("ABCDEFGHJK")
            note.line([f"{street} {num} | {pc} {letters} {self.place()}"])
        note.line([f"{r.choice(['Mobiel', 'M', 'T', 'Telefoon'])}: {self.phone()}"])

    def paraph_table(self, note: Note, cast: list[Person]) -> None:
        """A paraph table: Naam | Functie | Paraaf | Datum."""
        r = self.rng
        cells = r.random() < 0.5
        heads = ["Naam", "Functie", "Paraaf", "Datum"]
        title = r.choice(["Parafering", "Parafen", "Paraaf", "Akkoord", "Paraafroute", "", ""])
        if title:
            note.line([title])
        if cells:
            for h in heads:
                note.line([h])
        else:
            note.line([" ".join(heads)])
        for p in r.sample(cast, min(len(cast), r.randint(1, 4))):
            name = p.with_initials(r) if r.random() < 0.6 else p.full()
            job, date = r.choice(JOBS), self.date()
            row: list[list[Piece]] = [[(P, name)], [job], [(P, p.paraph())] if r.random() < 0.7 else [""], [date]]
            if cells:
                for c in row:
                    if c != [""]:
                        note.line(c)
            else:
                flat: list[Piece] = []
                for k, c in enumerate(row):
                    if k:
                        flat.append(" ")
                    flat.extend(c)
                note.line(flat)

    def footer(self, note: Note, ministry: tuple[str, str, str], page: int) -> None:
        """Footer with address, switchboard number and a functional mailbox (all negatives)."""
        r = self.rng
        pc = (
            f"{r.randint(1000, 9999)} {r.choice('ABCDEGHJKLMNPRSTVWXZ')}{r.choice('ABCDEGHJKLMNPRSTVWXZ')} "
            if r.random() < 0.7
            else ""
        )
        street, num, place = r.choice(STREETS), r.randint(1, 200), self.place()
        phone = f"070 - {r.randint(100, 999)} {r.randint(1000, 9999)}"
        note.line([f"{street} {num}, {pc}{place} | {phone} (algemeen) | {r.choice(FUNCTIONAL_MAILBOX)}@{ministry[1]}"])
        note.line([f"Pagina {page}"])

    def note(self) -> tuple[str, list[tuple[int, int]]]:
        """A whole synthetic note."""
        r = self.rng
        cast = [self.names.person() for _ in range(r.randint(2, 6))]
        ministry = self.ministry()
        note = Note(r)
        if r.random() < 0.9:
            self.header(note, cast, ministry)
        self.sections(note, cast)
        if r.random() < 0.45:
            self.email_thread(note, cast, ministry)
        if r.random() < 0.3:
            self.paraph_table(note, cast)
        if r.random() < 0.3:
            note.line(["Informatie die niet openbaar gemaakt kan worden"])
            note.line(
                [
                    "In de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van ambtenaren "
                    "geanonimiseerd (artikel 5.1, tweede lid, onder e, Woo)."
                ],
                wrap=True,
            )
        if r.random() < 0.6:
            self.footer(note, ministry, 1)
        return note.render()


def make_docs(nlp: spacy.language.Language, n: int, part: str, seed: int) -> tuple[DocBin, int, int]:
    """Generate ``n`` notes of ``part``; return the DocBin, the number of entities and of misaligned spans dropped."""
    rng = random.Random(f"{seed}-{part}")
    writer = Writer(Names(NamePools.build(part, seed), rng), rng)
    db = DocBin(store_user_data=False)
    ents_total = dropped = 0
    for _ in range(n):
        text, spans = writer.note()
        doc = nlp.make_doc(text)
        ents = []
        for s, e in spans:
            span = doc.char_span(s, e, label="PERSON", alignment_mode="strict")
            if span is None:
                dropped += 1
                continue
            ents.append(span)
        doc.ents = spacy.util.filter_spans(ents)
        ents_total += len(doc.ents)
        db.add(doc)
    return db, ents_total, dropped


def main(argv: Sequence[str] | None = None) -> None:
    """Write train.spacy and dev.spacy (and a sample text) to the output folder."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "build" / "model")
    ap.add_argument("--train", type=int, default=3000)
    ap.add_argument("--dev", type=int, default=400)
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank("nl")
    for part, n in (("train", args.train), ("dev", args.dev)):
        db, ents, dropped = make_docs(nlp, n, part, args.seed)
        db.to_disk(args.out / f"{part}.spacy")
        print(f"{part}: {n} notes, {ents} PERSON spans, {dropped} misaligned spans dropped", file=sys.stderr)
    rng = random.Random(args.seed)
    sample, spans = Writer(Names(NamePools.build("train", args.seed), rng), rng).note()
    marked = sample
    for s, e in sorted(spans, reverse=True):
        marked = f"{marked[:s]}[{marked[s:e]}]{marked[e:]}"
    (args.out / "sample.txt").write_text(marked, encoding="utf-8")


if __name__ == "__main__":
    main()
