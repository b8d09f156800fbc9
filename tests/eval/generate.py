"""Generate the evaluation set: invented beslisnota's with labelled personal data.

Run from the repository root:

    .venv/bin/python tests/eval/generate.py

Writes tests/eval/notes/<name>.pdf, tests/eval/notes/<name>.expected.json and
tests/eval/public-officials.txt, then checks every note with pdfplumber and
fails loudly (exit status 1) when an expected string cannot be extracted.

Every note is composed from the pools in eval_content.py by a seeded random
generator (deterministic). The composed note uses the inline markup of
samples/notes_content.py ({P|...} PERSON, {E|...} EMAIL_ADDRESS, {T|...}
PHONE_NUMBER, {X|...} PARAPH, {B|...} NL_BSN, {I|...} IBAN_CODE, {K|...} keep,
{O|...} public office holder) and is rendered by the renderers of
samples/generate.py (imported, not modified): about half as DOCX converted by
LibreOffice, the others with reportlab. A "\\n" inside a marker is a line
break inside the name; the expected text has a space there. Everything is
invented.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import random
import re
import sys
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
OUT = HERE / "notes"
OFFICIALS_FILE = HERE / "public-officials.txt"
SEED = 20260415
N_NOTES = 44

sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
import eval_content as C  # noqa: E402


def _load_samples_generator():
    spec = importlib.util.spec_from_file_location("samples_generate", ROOT / "samples" / "generate.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


SG = _load_samples_generator()
MARK = SG.MARK
MOTIVATION_HEADING = "Informatie die niet openbaar gemaakt kan worden"
TYPES = SG.TYPES
MONTHS = SG.MONTHS
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
EN_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
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
NAME_PARTICLES = {"Van", "De", "Der", "Den", "Het", "Ter", "Ten", "El", "Ait", "van", "de", "der", "den", "ter", "'t"}


class EvalSetError(Exception):
    """The generated set is inconsistent; the message says where."""


# ---------------------------------------------------------------------------
# helpers shared with scripts/eval.py (kept identical on purpose)
# ---------------------------------------------------------------------------
def occurrence_pattern(text: str) -> re.Pattern[str]:
    """A regex for ``text`` as it appears in extracted text: any run of whitespace
    (a line break) between its words, an optional line break after a hyphen."""
    parts = [re.escape(p).replace(r"\-", r"-\s*") for p in text.split()]
    return re.compile(r"(?<![\w@.])" + r"\s+".join(parts) + r"(?![\w@])")


def plain(s: str) -> str:
    """The rendered text of a marked-up string (markers removed, line breaks kept)."""
    return SG.unbold(MARK.sub(lambda m: m.group(2), s))


def item_text(s: str) -> str:
    """The expected string of a marker: a line break inside it becomes a space."""
    return " ".join(s.split())


def dutch_date(d: dt.date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def ascii_fold(s: str) -> str:
    table = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ş": "s", "Ş": "S", "ğ": "g", "ç": "c", "Ç": "C"})
    s = s.translate(table)
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


# ---------------------------------------------------------------------------
# numbers
# ---------------------------------------------------------------------------
def make_bsn(rng: random.Random) -> str:
    """A 9-digit number that passes the elfproef."""
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        s = sum(w * x for w, x in zip(range(9, 1, -1), d, strict=True)) % 11
        if s < 10:
            return "".join(map(str, d + [s]))


def bsn_ok(bsn: str) -> bool:
    d = [int(c) for c in bsn if c.isdigit()]
    return len(d) == 9 and (sum(w * x for w, x in zip(range(9, 1, -1), d[:8], strict=True)) - d[8]) % 11 == 0


def make_iban(rng: random.Random, grouped: bool) -> str:
    bank = rng.choice(["INGB", "ABNA", "RABO", "SNSB", "TRIO", "ASNB", "BUNQ", "KNAB"])
    acct = "".join(str(rng.randint(0, 9)) for _ in range(10))
    num = "".join(str(int(c, 36)) for c in bank + acct + "NL00")
    check = 98 - int(num) % 97
    iban = f"NL{check:02d}{bank}{acct}"
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4)) if grouped else iban


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


MOBILE_FORMATS = ["06-{a}{b}", "06 {a4} {b4}", "+31 6 {a4} {b4}", "06 {p}", "+31 (0)6 {a}{b}", "0031 6 {a}{b}"]
LANDLINE_FORMATS = [
    "{ac} {x3} {y4}",
    "{ac}-{x3}{y4}",
    "0031 (0){ac2}-{x3}{y4}",
    "({ac}) {x3} {y2} {z2}",
    "+31 {ac2} {x3} {y4}",
]
AREA = ["070", "010", "020", "030", "050", "058", "040", "013", "024", "026", "043", "053", "073", "071"]


def make_phone(rng: random.Random, mobile: bool, area: str = "070") -> str:
    if mobile:
        digits = str(rng.randint(1, 6)) + "".join(str(rng.randint(0, 9)) for _ in range(7))
        a, b = digits[:4], digits[4:]
        pairs = " ".join(digits[i : i + 2] for i in range(0, 8, 2))
        return rng.choice(MOBILE_FORMATS).format(a=a, b=b, a4=a, b4=b, p=pairs)
    digits = str(rng.randint(2, 8)) + "".join(str(rng.randint(0, 9)) for _ in range(6))
    return rng.choice(LANDLINE_FORMATS).format(
        ac=area, ac2=area[1:], x3=digits[:3], y4=digits[3:], y2=digits[3:5], z2=digits[5:]
    )


# ---------------------------------------------------------------------------
# persons
# ---------------------------------------------------------------------------
@dataclass
class Person:
    """An invented person and the forms of the name the notes use."""

    first: str
    gender: str
    particle: str
    core: str
    origin: str
    initials: str
    function: str = ""
    email: str = ""
    phone: str = ""
    mobile: str = ""
    private: bool = False

    @property
    def full(self) -> str:
        return f"{self.first} {self.particle + ' ' if self.particle else ''}{self.core}"

    @property
    def surname(self) -> str:
        """The surname alone, particle capitalised (as after mevrouw / de heer)."""
        if not self.particle:
            return self.core
        return f"{self.particle[0].upper()}{self.particle[1:]} {self.core}"

    @property
    def initial_name(self) -> str:
        return f"{self.initials} {self.particle + ' ' if self.particle else ''}{self.core}"

    @property
    def paraph(self) -> str:
        ini = self.initials.replace(".", "")
        part = "".join(w[0] for w in self.particle.split() if w != "'t")
        return (ini[:1] if len(ini) > 2 else ini) + part + self.core[0]

    def tokens(self) -> set[str]:
        words = (self.first + " " + self.core).replace("-", " ").split()
        return {w for w in words if len(w) >= 3 and w not in NAME_PARTICLES}


class PersonFactory:
    """Draws unique invented persons for the whole set."""

    def __init__(self) -> None:
        self.used_full: set[str] = set()
        self.all: list[Person] = []
        self.forced: list[tuple[str, str, str, str, str, str]] = []

    def new(self, rng: random.Random, taken: set[str], origin_bias: str | None = None, cp1252: bool = False) -> Person:
        origins = list(C.FIRST_NAMES)
        if self.forced:
            first, gender, particle, core, origin, ini = self.forced.pop(0)
            p = Person(first, gender, particle, core, origin, ini)
            if p.full in self.used_full or p.tokens() & taken or (cp1252 and not _cp1252(p.full)):
                raise EvalSetError(f"forced person {p.full} does not fit")
            self.used_full.add(p.full)
            self.all.append(p)
            return p
        for _ in range(500):
            origin = origin_bias if origin_bias and rng.random() < 0.5 else rng.choice(origins + ["dutch"] * 3)
            first, gender = rng.choice(C.FIRST_NAMES[origin])
            s_origin = origin if rng.random() < 0.85 else rng.choice(origins)
            particle, core = rng.choice(C.SURNAMES[s_origin])
            if s_origin == "polish" and (core.endswith("ska") != (gender == "f")):
                core = C.POLISH_GENDER.get(core, core)
            if rng.random() < 0.12:  # double-barrelled: own name + partner's name
                _, core2 = rng.choice(C.SURNAMES[rng.choice(origins)])
                if core2 != core and " " not in core2:
                    core = f"{core}-{core2}"
            extra = rng.choice(["", "", "", "A.", "J.", "M.", "P.", "C.", "H.", "W."])
            ini = "".join(part[0] + "." for part in first.replace("-", " ").split()) + extra
            p = Person(first, gender, particle, core, origin, ini)
            if p.full in self.used_full or p.tokens() & taken:
                continue
            if cp1252 and not _cp1252(p.full):
                continue
            self.used_full.add(p.full)
            self.all.append(p)
            return p
        raise EvalSetError("could not draw a new person")


def _cp1252(s: str) -> bool:
    try:
        s.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


# ---------------------------------------------------------------------------
# note composition
# ---------------------------------------------------------------------------
def K(s: str) -> str:
    return "{K|" + s + "}"


def O(s: str) -> str:  # noqa: E743
    return "{O|" + s + "}"


class NoteBuilder:
    """Composes one note: blocks in the samples' format, with markup."""

    def __init__(self, idx: int, rng: random.Random, org: dict, engine: str, factory: PersonFactory) -> None:
        self.idx, self.rng, self.org, self.engine, self.factory = idx, rng, org, engine, factory
        self.taken: set[str] = set(OFFICIAL_TOKENS)
        self.used_forms: dict[int, set[str]] = {}
        self.blocks: list[tuple] = []
        self.side: list[str] = []
        self.side_later: list[str] = []
        self.cp1252 = False
        self.officials: list[str] = []
        self.persons: list[Person] = []
        self.paraphs: set[str] = set()

    # -- persons -----------------------------------------------------------
    def person(self, private: bool = False, bias: str | None = None, company_domain: str = "") -> Person:
        p = self.factory.new(self.rng, self.taken, bias, self.cp1252)
        self.taken |= p.tokens()
        p.private = private
        rng = self.rng
        domain = company_domain or (rng.choice(C.PRIVATE_DOMAINS) if private else self.org["domain"])
        f, s = ascii_fold(p.first).lower().replace(" ", ""), ascii_fold(p.particle + p.core).lower()
        s = s.replace(" ", "").replace("'", "")
        local = rng.choice([f"{f}.{s}", f"{f[0]}.{s}", f"{f[0]}{s}", f"{f}.{s}"])
        if private and not company_domain:
            local = rng.choice([f"{f}{s}{rng.randint(60, 99)}", f"{f}.{s}", f"{s}.{f[0]}"])
        p.email = f"{local}@{domain}"
        p.function = rng.choice(C.FUNCTIONS)
        area = rng.choice(C_AREA_FOR.get(self.org["kind"], ["070"])) if not private else rng.choice(AREA)
        p.phone = make_phone(rng, False, area)
        p.mobile = make_phone(rng, True)
        self.persons.append(p)
        self.used_forms[id(p)] = set()
        return p

    def _mark(self, p: Person, form: str, text: str) -> str:
        self.used_forms[id(p)].add(form)
        return "{P|" + text + "}"

    def full(self, p: Person, br: bool = False) -> str:
        text = p.full
        if br and self.engine in ("docx", "canvas"):
            first, _, rest = text.partition(" ")
            text = first + "\n" + rest
        return self._mark(p, "full", text)

    def surname(self, p: Person) -> str:
        return self._mark(p, "surname", p.surname)

    def initials(self, p: Person) -> str:
        return self._mark(p, "initials", p.initial_name)

    def first(self, p: Person) -> str:
        if "full" not in self.used_forms[id(p)]:
            raise EvalSetError(f"first name of {p.full} used before the full name")
        return self._mark(p, "first", p.first)

    def caps(self, p: Person) -> str:
        return self._mark(p, "caps", p.full.upper())

    def paraph(self, p: Person) -> str:
        par = p.paraph
        while par in self.paraphs or len(par) < 2:
            par = par + p.core[1]
        self.paraphs.add(par)
        return "{X|" + par + "}"

    @staticmethod
    def tel(s: str) -> str:
        return "{T|" + s + "}"

    @staticmethod
    def mail(s: str) -> str:
        return "{E|" + s + "}"

    def title_ref(self, p: Person, cap: bool = False, short: bool = False) -> str:
        """'mevrouw De Boer', 'dhr. De Boer', 'De heer De Boer'."""
        if short:
            t = "mw." if p.gender == "f" else "dhr."
            t = t[0].upper() + t[1:] if cap else t
        else:
            t = "mevrouw" if p.gender == "f" else "de heer"
            t = t[0].upper() + t[1:] if cap else t
        return f"{t} {self.surname(p)}"

    def academic(self, p: Person) -> str:
        return f"{self.rng.choice(['drs.', 'mr.', 'ir.', 'dr.', 'mr. drs.'])} {self.initials(p)}"

    def add(self, *blocks: tuple) -> None:
        self.blocks.extend(blocks)


def _all_officials() -> list[str]:
    names = [C.MINISTER_PRESIDENT, *C.KAMERLEDEN]
    keys = ("minister", "stas", "gedeputeerde", "cdk", "statenlid", "burgemeester", "wethouder", "raadslid")
    for org in C.ORGS:
        names += [org[k] for k in (*keys, "dijkgraaf", "heemraad") if k in org]
    return names


OFFICIAL_TOKENS = {w for o in _all_officials() for w in o.replace("-", " ").split() if w not in NAME_PARTICLES}

C_AREA_FOR = {
    "ministry": ["070"],
    "agency": ["070", "088", "030", "050"],
    "province": ["058", "050", "026", "073", "043"],
    "municipality": ["020", "010", "070", "076", "013", "053", "036", "050", "030", "058"],
    "waterboard": ["058", "071", "073", "050"],
}


# Persons placed in given notes, so that the set surely holds these forms:
# (first, gender, particle, core, origin, initials).
FORCED: dict[int, list[tuple[str, str, str, str, str, str]]] = {
    0: [
        ("Rakesh", "m", "", "Ramdin", "hindustani", "R."),
        ("Ayşe", "f", "", "Jansen-Öztürk", "turkish", "A."),
        ("Mehmet", "m", "", "Yılmaz", "turkish", "M."),
    ],
    2: [
        ("Fatima", "f", "", "El Amrani", "moroccan", "F."),
        ("Tuğba", "f", "", "Şahin", "turkish", "T."),
        ("Małgorzata", "f", "", "Zielińska", "polish", "M.E."),
    ],
    4: [("Sanne", "f", "", "Visser", "dutch", "S.")],
    6: [("Jan Pieter", "m", "de", "Boer", "dutch", "J.P."), ("Jildou", "f", "", "Wiersma", "frisian", "J.")],
}


def official_roles(org: dict) -> list[tuple[str, str]]:
    """(title as written before the name, name) for the office holders of ``org``."""
    k = org["kind"]
    if k == "ministry":
        return [("minister", org["minister"]), ("staatssecretaris", org["stas"])]
    if k == "agency":
        return [("minister", org["minister"])]
    if k == "province":
        return [("gedeputeerde", org["gedeputeerde"]), ("commissaris van de Koning", org["cdk"])]
    if k == "municipality":
        return [("burgemeester", org["burgemeester"]), ("wethouder", org["wethouder"])]
    return [("dijkgraaf", org["dijkgraaf"])]


def compose(idx: int, org: dict, engine: str, layout: str, topic: dict, factory: PersonFactory, seed: str) -> dict:
    """One note as a dict for the samples' renderers, plus what the checks need."""
    rng = random.Random(seed)
    b = NoteBuilder(idx, rng, org, engine, factory)
    factory.forced = list(FORCED.get(idx, []))
    font = {
        "docx": ["Liberation Sans", "Liberation Serif", "DejaVu Sans"],
        "platypus": ["LiberationSans", "LiberationSerif", "DejaVuSans", "Helvetica"],
        "canvas": ["Helvetica", "LiberationSans"],
    }[engine][idx % (3 if engine == "docx" else 4 if engine == "platypus" else 2)]
    b.cp1252 = font == "Helvetica"
    date = dt.date(2025, 9, 1) + dt.timedelta(days=rng.randint(0, 270))
    while date.weekday() >= 5:
        date += dt.timedelta(days=1)
    ddate = dutch_date(date)
    kenmerk = rng.choice(
        [
            f"{date.year}-{rng.randint(10**9, 10**10 - 1):010d}",
            f"{org['short'].upper().replace(' ', '')}/{date.year}/{rng.randint(1000, 99999):05d}",
            f"Z.{date.year % 100}-{rng.randint(10000, 99999)}",
            f"INT-{date.year}-{rng.randint(100, 9999):04d}",
        ]
    )
    amount = rng.choice(["€ 2,4 miljoen", "€ 385.000", "€ 1.250.000", "€ 640.000", "€ 12,5 miljoen", "€ 95.000"])
    orgk = K(org["org"])
    unit = org["unit"]
    roles = official_roles(org)
    kind = org["kind"]

    # people of this note
    bias = "frisian" if "Fryslân" in org["org"] or "Leeuwarden" in org["org"] else None
    author = b.person(bias=bias)
    col1 = b.person(bias=bias)
    col2 = b.person()
    col3 = b.person()
    has_private = rng.random() < 0.45 or idx % 3 == 0
    private = b.person(private=True) if has_private else None
    comp = rng.choice(C.COMPANIES)
    comp_domain = slug(comp).replace("_", "") + ".nl"
    company_contact = b.person(private=True, company_domain=comp_domain) if rng.random() < 0.3 else None
    has_mail = rng.random() < 0.6 or layout == "aanvan"
    has_paraphs = rng.random() < 0.55 or idx % 4 == 1
    english = rng.random() < 0.35

    if factory.forced:
        raise EvalSetError(f"note {idx}: forced persons left over")

    # officials of this note: the org's own, a Kamerlid, one only via the list
    kamerlid = C.KAMERLEDEN[idx % len(C.KAMERLEDEN)]
    if b.cp1252 and not _cp1252(kamerlid):
        kamerlid = C.KAMERLEDEN[0]
    party = C.PARTIES[idx % len(C.PARTIES)]
    for _, name in roles:
        b.officials.append(name)

    # -- header --------------------------------------------------------------
    addressee = {
        "ministry": f"minister {O(org.get('minister', ''))}",
        "agency": f"minister {O(org.get('minister', ''))}",
        "province": "Gedeputeerde Staten",
        "municipality": "college van burgemeester en wethouders",
        "waterboard": "dagelijks bestuur",
    }[kind]
    header_lines = [orgk, K(unit[0].upper() + unit[1:])]
    caps_person = None
    if layout == "fields":
        fields = [
            ("Aan", addressee),
            ("Van", K(unit)),
            ("Datum", K(ddate)),
            ("Kenmerk", K(kenmerk)),
            ("Onderwerp", topic["subject"]),
            ("Kopie aan", f"{b.initials(col1)}; {K('secretaris-generaal')}"),
            (rng.choice(["Contactpersoon", "Behandeld door", "Opgesteld door"]), b.full(author)),
            (rng.choice(["Telefoon", "Doorkiesnummer"]), b.tel(author.phone)),
            ("Mobiel", b.tel(author.mobile)),
            ("E-mail", b.mail(author.email)),
        ]
        if rng.random() < 0.5:
            fields.insert(8, ("Telefoon (algemeen)", K(org["board"])))
        b.add(("title", rng.choice(["Beslisnota", "Nota", "Adviesnota"])), ("fields", fields))
    elif layout == "caps":
        caps_person = author
        fields = [
            ("AAN", addressee.upper() if kind != "ministry" and kind != "agency" else addressee),
            ("VAN", f"{b.caps(author)}, {K(author.function.upper())}"),
            ("DATUM", K(ddate)),
            ("KENMERK", K(kenmerk)),
            ("BETREFT", topic["subject"]),
            ("TELEFOON", b.tel(author.phone)),
        ]
        header_lines = [orgk, f"Opsteller: {b.caps(author)}"] if engine == "docx" else header_lines
        b.add(("title", "MEMO"), ("fields", fields))
    elif layout == "aanvan":
        b.add(
            ("title", rng.choice(["Notitie", "Memo", "Nota"])),
            ("p", f"**Aan:** {addressee}"),
            ("p", f"**Van:** {b.full(author)}, {K(author.function)}, {K(unit)}"),
            ("p", f"**Cc:** {b.full(col1)}, {b.initials(col2)}"),
            ("p", f"**Datum:** {K(ddate)}"),
            ("p", f"**Betreft:** {topic['subject']}"),
        )
    elif layout == "side":
        street, _, city = org["address"].partition(", ")
        b.side = [
            f"**{K(unit[0].upper() + unit[1:])}**",
            K(street),
            city,
            "",
            "**Contactpersoon**",
            f"{rng.choice(['drs.', 'mr.', 'ir.', ''])} {b.initials(author)}".strip(),
            K(author.function),
            "",
            f"T {K(org['board'])} (algemeen)",
            f"M {b.tel(author.mobile)}",
            b.mail(author.email),
            "",
            "**Datum**",
            K(ddate),
            "",
            "**Kenmerk**",
            K(kenmerk),
        ]
        b.side_later = ["**Datum**", K(ddate), "", "**Kenmerk**", K(kenmerk)]
        fields = [("Aan", addressee), ("Onderwerp", topic["subject"]), ("Opgesteld door", b.full(author))]
        if _width(author.email, 7.5) > 118:  # would wrap in the side column: give it in the main text
            b.side.remove(b.mail(author.email))
            fields.append(("E-mail", b.mail(author.email)))
        b.add(("title", "Nota aan de minister" if kind in ("ministry", "agency") else "Nota"), ("fields", fields))
    else:
        raise EvalSetError(f"unknown layout {layout}")

    # -- Aanleiding ------------------------------------------------------------
    b.add(("h", "Aanleiding"))
    aanl = topic["aanleiding"].replace("{org}", orgk)
    t0, n0 = roles[0]
    if kind in ("ministry", "agency"):
        aanl += (
            f" In het commissiedebat heeft het lid {O(kamerlid)} ({K(party)}) gevraagd om opheldering; "
            f"{t0} {O(n0)} heeft toegezegd de {K('Tweede Kamer')} voor {K(dutch_date(date + dt.timedelta(days=60)))} "
            "te informeren."
        )
        b.officials.append(kamerlid)
    elif kind == "municipality":
        aanl += f" Het raadslid {O(org['raadslid'])} heeft hierover schriftelijke vragen gesteld."
        b.officials.append(org["raadslid"])
    elif kind == "province":
        aanl += f" Het Statenlid {O(org['statenlid'])} heeft hierover vragen gesteld aan {t0} {O(n0)}."
        b.officials.append(org["statenlid"])
    else:
        aanl += f" Heemraad {O(org['heemraad'])} heeft het onderwerp geagendeerd."
        b.officials.append(org["heemraad"])
    b.add(("p", aanl))

    # -- Geadviseerd besluit -------------------------------------------------
    asked = {
        "ministry": "**Aan de minister wordt gevraagd:**",
        "agency": "**Aan de minister wordt gevraagd:**",
        "province": "Gedeputeerde Staten wordt gevraagd:",
        "municipality": "Het college wordt gevraagd:",
        "waterboard": "Het dagelijks bestuur wordt gevraagd:",
    }[kind]
    b.add(("h", "Geadviseerd besluit"), ("p", asked), ("ul", list(topic["besluit"])))

    # -- Kern ------------------------------------------------------------------
    kern = list(topic["kern"])
    finance = ["directie Financieel-Economische Zaken", "afdeling Juridische Zaken", "concerncontrol"]
    kern.append(
        f"Het voorstel is voorbereid door {b.full(col1)} ({K(col1.function)}) in overleg met "
        f"{b.academic(col2)} van de {K(rng.choice(finance))}."
    )
    b.add(("h", "Kern"), ("ul", kern))

    # -- Toelichting -------------------------------------------------------------
    b.add(("h", "Toelichting"))
    law = rng.choice(C.LAWS)
    place = C.NAMED_PLACES[idx % len(C.NAMED_PLACES)]
    p1 = (
        f"{b.title_ref(col1, cap=True)} heeft de gegevens verzameld bij {K(place)}, in het kader van {K(law)}. "
        f"Volgens {b.title_ref(col2, short=True)} zijn de risico's beheersbaar. "
        f"{b.first(col1)} stemt de planning af met {b.full(col3, br=rng.random() < 0.5)}."
    )
    b.add(("p", p1))
    p2 = (
        f"De uitwerking ligt bij {b.title_ref(col3)}. Voor de uitvoering is {K(amount)} nodig, te dekken binnen "
        f"de bestaande begroting. {b.first(col3)} bewaakt de voortgang en rapporteert aan de "
        f"{K(rng.choice(['directeur-generaal', 'secretaris-generaal', 'gemeentesecretaris', 'directeur']))}."
    )
    b.add(("p", p2))
    if private is not None:
        bsn = make_bsn(rng)
        label = rng.choice(["BSN", "burgerservicenummer", "BSN:", "Burgerservicenummer"])
        sal = "mevrouw" if private.gender == "f" else "de heer"
        p3 = (
            f"Op {K(dutch_date(date - dt.timedelta(days=rng.randint(20, 90))))} diende {sal} "
            f"{b.full(private)} ({label} {{B|{bsn}}}) een verzoek in. "
        )
        if rng.random() < 0.8:
            iban = make_iban(rng, rng.random() < 0.6)
            p3 += (
                f"Het toegekende bedrag wordt overgemaakt op rekeningnummer {{I|{iban}}} ten name van "
                f"{b.initials(private)}. "
            )
        p3 += f"{b.title_ref(private, cap=True)} is bereikbaar via {b.tel(private.mobile)} en {b.mail(private.email)}."
        b.add(("p", p3))
    if company_contact is not None:
        b.add(
            (
                "p",
                f"Namens {K(comp)} is {b.full(company_contact)} ({K('projectleider')}) aanspreekpunt. "
                f"{b.title_ref(company_contact, cap=True, short=True)} heeft een offerte toegezegd.",
            )
        )

    # -- Krachtenveld ------------------------------------------------------------
    kv = []
    if len(roles) > 1:
        kv.append(f"{K(roles[1][0][0].upper() + roles[1][0][1:])} {O(roles[1][1])} is op de hoogte gebracht.")
    if kind in ("ministry", "agency"):
        if rng.random() < 0.4:
            kv.append(f"De minister-president, {O(C.MINISTER_PRESIDENT)}, wordt via de onderraad geïnformeerd.")
            b.officials.append(C.MINISTER_PRESIDENT)
        kv.append(f"Ook {O(kamerlid)} heeft aangekondigd het onderwerp te blijven volgen.")  # no title: list only
    elif kind == "waterboard":
        kv.append(f"{O(roles[0][1])} heeft het voorstel in het dagelijks bestuur besproken.")  # list only
    else:
        kv.append(f"{O(roles[0][1])} heeft aangegeven het voorstel te steunen.")  # list only
    kv.append(f"De {K(C.NAMED_PLACES[(idx * 7 + 3) % len(C.NAMED_PLACES)])} is bij de uitwerking betrokken.")
    b.add(("h", "Krachtenveld"), ("p", " ".join(kv)))

    # -- e-mail thread -------------------------------------------------------------
    if has_mail:
        b.add(("h", "Bijlage: e-mailwisseling"))
        b.add(("mail", mail_thread(b, author, col1, col3, topic["subject"], date, english)))

    # -- paraphs -------------------------------------------------------------------
    if has_paraphs:
        b.add(("h", "Parafen"))
        signers = [author, col2, col1]
        rows = []
        fits = layout != "side"
        for i, p in enumerate(signers):
            name = b.academic(p) if i == 1 else (b.initials(p) if i == 0 else b.full(p))
            fits = fits and _width(plain(name)) < 112 and _width(p.function) < 150
            d = (date - dt.timedelta(days=2 - i)).strftime("%d-%m-%Y")
            rows.append([name, K(p.function), b.paraph(p), d])
        if engine == "canvas" or not fits:
            b.add(("p", "; ".join(f"{r[0]} ({r[1]}) paraaf {r[2]}, {r[3]}" for r in rows)))
        else:
            b.add(("table", ["Naam", "Functie", "Paraaf", "Datum"], rows))

    # -- end -------------------------------------------------------------------------
    b.add(("h", "Bijlagen"), ("ul", ["1. Conceptbrief", "2. Financiële onderbouwing"]))
    contact = f"Contact: {b.full(author)}, {b.tel(author.mobile)}."
    if layout == "caps":
        contact += f" {b.first(author)} is op vrijdag afwezig; stuur dan een bericht aan {K(org['mailbox'])}."
    b.add(("p", contact))
    motivation = rng.random() < 0.4
    if motivation:
        b.add(("h", MOTIVATION_HEADING), ("h3", "Motivering"), ("p", "[Nog in te vullen]"))

    footer = f"{K(org['address'])} | T {K(org['board'])} (algemeen) | {K(org['mailbox'])}"
    name = f"ev{idx + 1:02d}_{engine[:2]}_{slug(org['short'])}_{slug(topic['subject'])[:24]}".rstrip("_")
    note = dict(
        name=name,
        engine=engine,
        tagged=engine == "docx" and idx % 3 == 0,
        side_column=layout == "side",
        side=b.side,
        side_later=b.side_later,
        font=font,
        size=rng.choice([9.5, 10, 10.5]) if engine != "docx" else rng.choice([10, 10.5, 11]),
        org=org["org"],
        date=date.isoformat(),
        author=author.full,
        title=f"{topic['subject']} ({org['short']})",
        header_lines=header_lines,
        footer=footer,
        blocks=b.blocks,
        layout=layout,
        officials=list(dict.fromkeys(b.officials)),
        persons=b.persons,
        caps_person=caps_person,
    )
    if b.cp1252 and not _cp1252("\n".join(plain(s) for s in note_strings(note))):
        raise EvalSetError(f"{name}: text not encodable for Helvetica")
    problems = check_markup(note, expected(note))
    if problems:
        raise EvalSetError(f"{name}: " + "; ".join(problems))
    return note


def mail_thread(
    b: NoteBuilder, sender: Person, to: Person, cc: Person, subject: str, date: dt.date, english: bool
) -> list[str]:
    """A reply with the quoted original: headers, salutation, body, signature."""
    rng = b.rng
    lines: list[str] = []
    t = dt.datetime(date.year, date.month, date.day, rng.randint(8, 17), rng.randint(0, 59))
    for n, (frm, too) in enumerate(((to, sender), (sender, to))):
        when = t - dt.timedelta(days=n)
        if english:
            lines += [
                f"From: {b.full(frm)} <{b.mail(frm.email)}>",
                f"Sent: {EN_WEEKDAYS[when.weekday()]}, {EN_MONTHS[when.month - 1]} {when.day}, {when.year} "
                f"{when.strftime('%H:%M')}",
                f"To: {b.full(too)}",
            ]
            if n == 1:
                lines.append(f"Cc: {b.full(cc)}; {K(b.org['mailbox'])}")
            lines.append(f"Subject: {'RE: ' if n == 0 else ''}{subject}")
        else:
            lines += [
                f"Van: {b.full(frm)} <{b.mail(frm.email)}>",
                f"Verzonden: {WEEKDAYS[when.weekday()]} {dutch_date(when.date())} {when.strftime('%H:%M')}",
                f"Aan: {b.full(too)}",
            ]
            if n == 1:
                lines.append(f"CC: {b.initials(cc)}; {K(b.org['mailbox'])}")
            lines.append(f"Onderwerp: {'RE: ' if n == 0 else ''}{subject}")
        lines.append("")
        if n == 0:
            greet = rng.choice(["Hoi", "Beste", "Dag", "Hallo"])
            lines.append(f"{greet} {b.first(too)},")
            lines.append("Dank voor je bericht. De cijfers kloppen; ik heb ze verwerkt in de nota.")
            if rng.random() < 0.5:
                lines.append(f"{b.first(cc)} kijkt nog mee naar de juridische paragraaf.")
            lines += ["", rng.choice(["Groet,", "Met vriendelijke groet,", "Hartelijke groet,"]), b.first(frm), ""]
        else:
            if rng.random() < 0.5:
                lines.append(f"Geachte {'mevrouw' if too.gender == 'f' else 'heer'} {b.surname(too)},")
            else:
                lines.append(f"{rng.choice(['Hoi', 'Beste', 'Dag'])} {b.first(too)},")
            lines.append("Kun je de bijgevoegde cijfers controleren voordat de nota naar de lijn gaat?")
            lines += [
                "",
                "Met vriendelijke groet,",
                "",
                b.full(frm),
                K(frm.function),
                K(b.org["org"]),
                f"{rng.choice(['M', 'Mobiel:', 'T', 'Tel.'])} {b.tel(frm.mobile)}",
                f"E {b.mail(frm.email)}" if rng.random() < 0.3 else K(b.org["unit"]),
            ]
    return lines


def _width(s: str, size: float = 11) -> float:
    """Width of ``s`` in points in a wide sans font (a safe upper bound)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    SG.register_fonts()
    return stringWidth(s, "DejaVuSans", size)


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", ascii_fold(s).lower()).strip("_")


# ---------------------------------------------------------------------------
# expected data and checks
# ---------------------------------------------------------------------------
def note_strings(note: dict) -> list[str]:
    return SG.note_strings(note)


def expected(note: dict) -> dict:
    redact: list[dict] = []
    keep: list[str] = []
    seen: set[str] = set()
    for s in note_strings(note):
        for m in MARK.finditer(s):
            code, text = m.group(1), item_text(m.group(2))
            if code in TYPES:
                if text not in seen:
                    seen.add(text)
                    redact.append({"text": text, "type": TYPES[code]})
            elif text not in keep:
                keep.append(text)
    if note["org"] not in keep:
        keep.insert(0, note["org"])
    return {
        "file": note["name"] + ".pdf",
        "producer": "libreoffice" if note["engine"] == "docx" else "reportlab",
        "engine": note["engine"],
        "layout": note["layout"],
        "org": note["org"],
        "date": note["date"],
        "redact": redact,
        "keep": keep,
        "public_officials": note["officials"],
        "author": note["author"],
    }


def _marked_text(s: str) -> tuple[str, list[tuple[int, int, str]]]:
    """Plain text of a marked-up string and the spans of its markers."""
    text, spans, pos = "", [], 0
    for m in MARK.finditer(s):
        text += s[pos : m.start()]
        start = len(text)
        text += m.group(2)
        spans.append((start, len(text), m.group(1)))
        pos = m.end()
    text += s[pos:]
    return SG.unbold(text), spans


def check_markup(note: dict, exp: dict) -> list[str]:
    """Every name word and every redact string occurring in the note lies inside a
    redact marker, or inside a keep marker (a name-like word in an organisation)."""
    toks: set[str] = set()
    for p in note["persons"]:
        toks |= p.tokens()
    needles = toks | {r["text"] for r in exp["redact"]}
    problems = []
    for s in note_strings(note):
        if "**" in s:
            s = s.replace("**", "")
        text, spans = _marked_text(s)
        for t in needles:
            for m in occurrence_pattern(t).finditer(text):
                if not any(a <= m.start() and m.end() <= z for a, z, _ in spans):
                    problems.append(f"unmarked {t!r} in {text[:70]!r}")
    return problems


def check_pdf(note: dict, exp: dict, pdf_path: Path) -> tuple[list[str], int, bool]:
    import pdfplumber
    import pikepdf

    problems = []
    with pdfplumber.open(pdf_path) as pdf:
        text = "\n".join(p.extract_text() or "" for p in pdf.pages)
        n_pages = len(pdf.pages)
    body = "\n".join(plain(x) for x in note_strings(note) if x not in note["header_lines"] and x != note["footer"])
    body = body.replace("\n".join(plain(x) for x in note["side_later"]), "")
    running = "\n".join(plain(x) for x in [*note["header_lines"], note["footer"]])
    later = "\n".join(plain(x) for x in note["side_later"])
    for item in exp["redact"]:
        pat = occurrence_pattern(item["text"])
        want = len(pat.findall(body)) + len(pat.findall(running)) * n_pages + len(pat.findall(later)) * (n_pages - 1)
        got = len(pat.findall(text))
        if got != want:
            problems.append(f"redact string {item['text']!r} extracted {got} times, written {want} times")
    for k in exp["keep"]:
        if not occurrence_pattern(k).search(text):
            problems.append(f"keep string not extractable: {k!r}")
    if dutch_date(dt.date.fromisoformat(exp["date"])) not in " ".join(text.split()):
        problems.append("date not in text")
    with pikepdf.open(pdf_path) as pdf:
        tagged = "/StructTreeRoot" in pdf.Root
        producer = str(pdf.docinfo.get("/Producer", ""))
    want = "LibreOffice" if exp["producer"] == "libreoffice" else "ReportLab"
    if want not in producer:
        problems.append(f"producer {producer!r}")
    if not 1 <= n_pages <= 5:
        problems.append(f"{n_pages} pages")
    return problems, n_pages, tagged


def check_values(exp: dict) -> list[str]:
    problems = []
    for r in exp["redact"]:
        if r["type"] == "NL_BSN" and not bsn_ok(r["text"]):
            problems.append(f"BSN fails elfproef: {r['text']}")
        if r["type"] == "IBAN_CODE" and not iban_ok(r["text"]):
            problems.append(f"IBAN checksum: {r['text']}")
    return problems


def check_batch(notes: list[dict], exps: list[dict], factory: PersonFactory) -> list[str]:
    problems = []
    officials = {o for e in exps for o in e["public_officials"]}
    off_tokens = {w for o in officials for w in o.replace("-", " ").split() if w not in NAME_PARTICLES}
    for p in factory.all:
        clash = p.tokens() & off_tokens
        if clash:
            problems.append(f"civil servant {p.full!r} shares {clash} with a public official")
    n_items = sum(len(e["redact"]) for e in exps)
    n_persons = len({p.full for n in notes for p in n["persons"]})
    producers = [e["producer"] for e in exps]
    if len(exps) < 40 or n_items < 300 or n_persons < 150:
        problems.append(f"too small: {len(exps)} notes, {n_items} items, {n_persons} persons")
    if abs(producers.count("libreoffice") - producers.count("reportlab")) > len(exps) // 4:
        problems.append(f"producer mix {producers.count('libreoffice')}/{producers.count('reportlab')}")
    alltext = " ".join(r["text"] for e in exps for r in e["redact"]).lower()
    for ch in "şğıöłńé":
        if ch not in alltext:
            problems.append(f"no name with {ch!r}")
    return problems


# ---------------------------------------------------------------------------
def plan() -> list[tuple[dict, str, str, dict]]:
    """(org, engine, layout, topic) per note: a fixed, varied schedule."""
    engines = ["docx", "platypus", "docx", "platypus", "docx", "canvas", "docx", "platypus"]
    out = []
    rng = random.Random(SEED)
    orgs = list(C.ORGS)
    rng.shuffle(orgs)
    topics = list(C.TOPICS)
    rng.shuffle(topics)
    for i in range(N_NOTES):
        engine = engines[i % len(engines)]
        if engine == "platypus" and i % 3 == 0:
            layout = "side"
        elif engine == "canvas":
            layout = ["aanvan", "fields"][(i // 8) % 2]
        else:
            layout = ["fields", "aanvan", "caps", "fields"][(i // 2) % 4]
        out.append((orgs[i % len(orgs)], engine, layout, topics[i % len(topics)]))
    return out


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*"):
        old.unlink()
    factory = PersonFactory()
    notes = []
    for i, (org, engine, layout, topic) in enumerate(plan()):
        for attempt in range(20):
            mark = len(factory.all), set(factory.used_full)
            try:
                notes.append(compose(i, org, engine, layout, topic, factory, f"{SEED}-{i}-{attempt}"))
                break
            except EvalSetError:
                del factory.all[mark[0] :]
                factory.used_full = mark[1]
        else:
            raise EvalSetError(f"note {i}: no valid composition")
    with tempfile.TemporaryDirectory(prefix="woo_eval_") as tmp:
        tmp = Path(tmp)
        build = tmp / "docx"
        build.mkdir()
        tagged, untagged = [], []
        for note in notes:
            target = OUT / f"{note['name']}.pdf"
            if note["engine"] == "docx":
                src = build / f"{note['name']}.docx"
                SG.build_docx(note, src)
                (tagged if note["tagged"] else untagged).append(src)
            elif note["engine"] == "platypus":
                SG.build_platypus(note, target)
            else:
                SG.build_canvas(note, target)
        profile = Path("/tmp/lo-eval")
        SG.convert_docx(tagged, OUT, True, profile)
        SG.convert_docx(untagged, OUT, False, profile)

    failures, exps = [], []
    for note in notes:
        exp = expected(note)
        problems = check_markup(note, exp) + check_values(exp)
        pdf_problems, pages, is_tagged = check_pdf(note, exp, OUT / exp["file"])
        problems += pdf_problems
        if problems:
            failures.append(f"{exp['file']}:\n  " + "\n  ".join(problems))
        exp["pages"], exp["tagged_pdf"] = pages, is_tagged
        exps.append(exp)
        (OUT / f"{note['name']}.expected.json").write_text(
            json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    failures += check_batch(notes, exps, factory)
    if failures:
        print("EVAL SET CHECK FAILED\n" + "\n".join(failures), file=sys.stderr)
        return 1
    officials = list(dict.fromkeys(o for e in exps for o in e["public_officials"]))
    OFFICIALS_FILE.write_text(
        "# Public office holders of the evaluation set (all invented); their names stay readable.\n"
        + "\n".join(officials)
        + "\n",
        encoding="utf-8",
    )
    counts: dict[str, int] = {}
    for e in exps:
        for r in e["redact"]:
            counts[r["type"]] = counts.get(r["type"], 0) + 1
    n_persons = len({p.full for n in notes for p in n["persons"]})
    size = sum(p.stat().st_size for p in OUT.glob("*.pdf"))
    print(
        f"{len(exps)} notes ({sum(e['producer'] == 'libreoffice' for e in exps)} LibreOffice), "
        f"{sum(counts.values())} redact items {counts}, {sum(len(e['keep']) for e in exps)} keep strings, "
        f"{n_persons} distinct persons, {len(officials)} public officials, {size / 1e6:.2f} MB of PDF"
    )
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except EvalSetError as e:
        print(f"EVAL SET CHECK FAILED\n{e}", file=sys.stderr)
        sys.exit(1)
