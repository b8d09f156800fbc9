"""Build woo_redact/data/office_holders.tsv: Dutch public office holders whose names stay readable.

One person a line, tab-separated:

    surname_with_particles  first_names_or_roepnaam  initials  roles  from  to  source

- surname_with_particles: the surname as written after a first name, particles in lower case
  ("de Jonge", "van der Plas", "Yeşilgöz-Zegerius"); capitalise the first particle when the surname
  stands alone ("De Jonge"). A second form from another source (married / birth name) follows after ";"
  ("van Bijsterveldt-Vliegenthart;van Bijsterveldt").
- first_names_or_roepnaam: the name the person goes by ("Bert"); where the sources differ, the
  alternatives follow after ";" ("Willem;Willem Caspar").
- initials: "A.G.", as the sources give them (the official initials, not those of the roepnaam).
- roles: ";"-separated, from minister_president, minister, staatssecretaris, tweede_kamerlid,
  eerste_kamerlid, cvdk, gedeputeerde, statenlid, dijkgraaf, heemraad, burgemeester, wethouder (and
  gemeenteraadslid with --include-raadsleden).
- from / to: first start and last end of the listed roles (ISO dates); `to` is empty when a role is still
  held according to the source, or when its end is unknown.
- source: the records merged into the line, ";"-separated ("polder:rutte-m-1967;openkamer:mark-rutte";
  "allmanak:16776" for an Almanak entry, by its system id).

Lines starting with "#" are comments (sources, licences, column names).

Sources (all read from a local copy; nothing is downloaded by this script):

- anneschuth/polder (https://github.com/anneschuth/polder), data under CC0-1.0 (LICENSE-DATA; the code is
  EUPL-1.2 and is not used): data/personen/*.yaml, persons with their mandates (Tweede Kamer members from
  the TK OData API, cabinet members since 1945 from Wikidata and the Staatscourant, senators from
  eerstekamer.nl, current burgemeesters/wethouders/raadsleden of some municipalities from Open
  Raadsinformatie and ROO).
- openkamer/openkamer (https://github.com/openkamer/openkamer), MIT: website/fixtures/person.json,
  parliament.json, government.json (Tweede Kamer members with their earlier seats, cabinets
  Balkenende III - Rutte III, snapshot of about 2019).
- openstate/allmanak (https://github.com/openstate/allmanak), optional (--allmanak): app/static/fuseindex2.js
  at commit e6d7aa72 (2019-05-23; removed from the repository in the next commit), the search index of Open
  State's Allmanak, built from the export of the Almanak / Register van Overheidsorganisaties
  (almanak.overheid.nl, published by the state as open data under CC0). The app's package.json declares
  CC0-1.0. It lists who held which function in which organisation on the day of that export, without dates:
  commissarissen van de Koning, gedeputeerden, Statenleden, dijkgraven, Eerste Kamerleden, burgemeesters,
  wethouders and raadsleden of 2019 (provinces and water boards only partly: the Almanak's own gaps).

Get them with

    git clone https://github.com/anneschuth/polder
    git clone https://github.com/openkamer/openkamer
    git clone https://github.com/openstate/allmanak
    python scripts/build_office_holders.py --polder polder --openkamer openkamer --allmanak allmanak

--polder / --openkamer take a checkout (a folder with data/personen/ resp. website/fixtures/) or a bare git
mirror (read at HEAD with git); --allmanak a clone or bare mirror, read with git at --allmanak-commit. The
commit of each source goes into the header and into woo_redact/data/OFFICE_HOLDERS_LICENSE.md, which this
script also writes.

A refresh from the live sources (not done here; all CC0) could use the Tweede Kamer OData API,
https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/ (Persoon, FractieZetelPersoon), and the Wikidata
SPARQL endpoint, https://query.wikidata.org/sparql (P39 "position held" with start/end qualifiers, for
Kamerlid, minister, staatssecretaris, burgemeester ... positions), which is also how polder fills its data.

Merging: records are one person when they share a Wikidata id or a TK person id (unless first name and
birth year both disagree: openkamer gives a few people the TK id of a namesake); records without a shared
id are merged when surname, first name, compatible initials and (where both known) birth year agree, or,
without a first name, when the initials match on the same post or in the same municipality. Roles are
kept from 1945 on (a role that ended before 1945 is dropped, and so is a person with no other role).
Civil servants in polder (ABD managers, griffiers, secretarissen-generaal) are not office
holders here and are left out.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import subprocess
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "woo_redact" / "data" / "office_holders.tsv"
LICENSE_OUT = ROOT / "woo_redact" / "data" / "OFFICE_HOLDERS_LICENSE.md"
SINCE = "1945-01-01"
YEAR_SLACK = 10  # birth years of one person differ between sources (Wikidata vs TK); 1874 vs 1974 is two people
COLUMNS = ("surname_with_particles", "first_names_or_roepnaam", "initials", "roles", "from", "to", "source")
ROLE_ORDER = (
    "minister_president",
    "minister",
    "staatssecretaris",
    "tweede_kamerlid",
    "eerste_kamerlid",
    "cvdk",
    "gedeputeerde",
    "statenlid",
    "dijkgraaf",
    "heemraad",
    "burgemeester",
    "wethouder",
    "gemeenteraadslid",
)

# Dutch surname particles (lower-cased after a first name); longest sequences are matched token by token.
PARTICLES = {
    "van",
    "de",
    "der",
    "den",
    "het",
    "'t",
    "ter",
    "ten",
    "te",
    "in",
    "op",
    "uit",
    "aan",
    "bij",
    "onder",
    "voor",
    "tot",
    "thoe",
    "la",
    "le",
    "du",
    "da",
    "di",
    "dos",
    "des",
    "del",
    "della",
    "von",
    "zu",
    "zur",
    "vom",
    "d'",
    "l'",
}
DUTCH_PARTICLES = {
    "van",
    "de",
    "der",
    "den",
    "het",
    "'t",
    "ter",
    "ten",
    "te",
    "in",
    "op",
    "uit",
    "aan",
    "bij",
    "onder",
    "voor",
}
HONORIFICS = {
    "mr",
    "dr",
    "drs",
    "ir",
    "ing",
    "prof",
    "em",
    "ds",
    "bc",
    "ba",
    "ma",
    "msc",
    "bsc",
    "mba",
    "llm",
    "ll.m",
    "mmc",
    "mdr",
    "phd",
    "ra",
    "rc",
    "emba",
    "mpa",
    "mpm",
    "bgen",
    "jhr",
    "jkvr",
    "dhr",
    "mevr",
    "mw",
    "hr",
    "prof.dr",
    "mr.dr",
    "mr.drs",
    "dr.ir",
    "drs.ing",
    "b.d",
    "jr",
    "sr",
}
ROLE_WORDS = {
    "wethouder",
    "burgemeester",
    "raadslid",
    "gedeputeerde",
    "griffier",
    "loco-burgemeester",
    "voorzitter",
    "senator",
    "minister",
    "staatssecretaris",
    "lid",
    "fractievoorzitter",
    "griffie",
    "raadsgriffier",
    "waarnemend",
}
INITIALS_TOKEN = re.compile(r"^(?:(?:[A-Z]|Th|Ch|Ph|Chr|Joh|Fr|Sj|IJ|Ij)\.)+$")


# --------------------------------------------------------------------------------------------------------
# reading a checkout or a bare mirror
# --------------------------------------------------------------------------------------------------------
class Tree:
    """Files of a source repository, from a checkout folder or from HEAD of a bare git mirror."""

    def __init__(self, path: Path, probe: str):
        self.path = path
        self.git_dir: Path | None = None
        if (path / probe).exists():
            # a checkout: its commit if it is a git work tree of its own (not a folder inside another repo)
            own = (path / ".git").exists()
            self.commit, self.commit_date = self._git(["-C", str(path)]) if own else ("unknown", "")
        elif self._is_git_dir(path):
            self.git_dir = path
            self.commit, self.commit_date = self._git(["--git-dir", str(path)])
        else:
            sys.exit(f"{path}: neither a checkout with {probe} nor a git mirror")

    @staticmethod
    def _is_git_dir(path: Path) -> bool:
        r = subprocess.run(["git", "--git-dir", str(path), "rev-parse", "HEAD"], capture_output=True, text=True)
        return r.returncode == 0

    @staticmethod
    def _git(where: list[str]) -> tuple[str, str]:
        r = subprocess.run(["git", *where, "log", "-1", "--format=%H %cs"], capture_output=True, text=True)
        if r.returncode != 0 or not r.stdout.strip():
            return "unknown", ""
        commit, date = r.stdout.split()
        return commit, date

    def files(self, prefix: str, suffix: str) -> dict[str, bytes]:
        if self.git_dir is None:
            base = self.path / prefix
            return {str(p.relative_to(self.path)): p.read_bytes() for p in sorted(base.rglob(f"*{suffix}"))}
        ls = subprocess.run(
            ["git", "--git-dir", str(self.git_dir), "ls-tree", "-r", "-z", "HEAD", "--", prefix],
            capture_output=True,
            check=True,
        ).stdout.decode()
        entries = []
        for item in ls.split("\0"):
            if not item:
                continue
            meta, name = item.split("\t", 1)
            _mode, kind, sha = meta.split()
            if kind == "blob" and name.endswith(suffix):
                entries.append((name, sha))
        data = subprocess.run(
            ["git", "--git-dir", str(self.git_dir), "cat-file", "--batch"],
            input="".join(f"{sha}\n" for _, sha in entries).encode(),
            capture_output=True,
            check=True,
        ).stdout
        out: dict[str, bytes] = {}
        pos = 0
        for name, _sha in entries:
            nl = data.index(b"\n", pos)
            size = int(data[pos:nl].split()[2])
            out[name] = data[nl + 1 : nl + 1 + size]
            pos = nl + 1 + size + 1
        return dict(sorted(out.items()))


# --------------------------------------------------------------------------------------------------------
# names
# --------------------------------------------------------------------------------------------------------
def _squash(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def _is_honorific(tok: str) -> bool:
    t = tok.strip(".,").lower()
    return t in HONORIFICS or t.replace(".", "") in {h.replace(".", "") for h in HONORIFICS}


def clean_name_text(s: str | None) -> str:
    """Drop bracketed text, role words, honorifics and stray digits; normalise spaces and ' - '."""
    if not s:
        return ""
    s = unicodedata.normalize("NFC", str(s))
    s = re.sub(r"\([^)]*\)", " ", s)
    s = re.sub(r"\s+-\s+(?=[A-Za-zÀ-ÿ])", "-", s)  # "Pluimers - Foeken" -> "Pluimers-Foeken"
    s = re.sub(r"-(?:wethouder|burgemeester|raadslid)\b.*$", "", s, flags=re.I)
    s = re.sub(r"(?<=[A-Za-zÀ-ÿ])\d+\b", "", s)  # "Gelderblom1"
    out = []
    for tok in _squash(s).split(" "):
        if tok.lower().strip(".,") in ROLE_WORDS or _is_honorific(tok):
            continue
        if len(tok) == 1 and tok.islower():  # stray letters ("m dr")
            continue
        out.append(tok)
    return _squash(" ".join(out)).strip(" ,-")


def split_initials(s: str) -> tuple[str, str]:
    """'F.Q. Gräper-van Koolwijk' -> ('F.Q.', 'Gräper-van Koolwijk'); leading initials tokens only."""
    toks = s.split(" ")
    ini = []
    while toks and INITIALS_TOKEN.match(toks[0]):
        ini.append(toks.pop(0))
    return "".join(ini), " ".join(toks)


def strip_initials_tokens(s: str) -> str:
    """'Sidney J.' -> 'Sidney', 'A.' / 'A' -> '' (initials are not first names)."""
    return " ".join(t for t in s.split(" ") if t and not INITIALS_TOKEN.match(t) and not re.fullmatch(r"[A-Z]", t))


def normalise_initials(s: str | None) -> str:
    if not s:
        return ""
    s = re.sub(r"\s+", "", str(s))
    if not s:
        return ""
    if "." not in s and s.isalpha() and s.isupper():  # "HD" -> "H.D."
        return "".join(f"{c}." for c in s)
    parts = [p for p in s.split(".") if p]
    if not parts or not all(re.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿ]{0,2}|IJ", p) for p in parts):
        return ""
    return "".join(f"{p}." for p in parts)


def initials_key(s: str) -> tuple[str, ...]:
    return tuple(p[0].upper() for p in s.split(".") if p)


def initials_compatible(a: str, b: str) -> bool:
    ka, kb = initials_key(a), initials_key(b)
    n = min(len(ka), len(kb))
    return ka[:n] == kb[:n]


def _collapse_repeated_particles(surname: str) -> str:
    """'van den Van den Beucken' -> 'van den Beucken', 'de de Heer' -> 'de Heer', 'van de de Laar'."""
    toks = surname.split(" ")
    i = 0
    while i < len(toks) - 2 and toks[i].lower() in PARTICLES:
        if toks[i].lower() == toks[i + 1].lower():
            del toks[i + 1]
        else:
            i += 1
    for n in (3, 2, 1):
        if (
            len(toks) > 2 * n
            and all(t.lower() in PARTICLES for t in toks[:n])
            and [t.lower() for t in toks[:n]] == [t.lower() for t in toks[n : 2 * n]]
        ):
            return " ".join(toks[n:])
    return " ".join(toks)


def lower_leading_particles(surname: str) -> str:
    toks = surname.split(" ")
    i = 0
    while i < len(toks) - 1 and toks[i].lower() in DUTCH_PARTICLES:
        toks[i] = toks[i].lower()
        i += 1
    return " ".join(toks)


def sort_key(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


def core_surname(surname: str) -> str:
    toks = surname.split(" ")
    while len(toks) > 1 and toks[0].lower() in PARTICLES:
        toks.pop(0)
    return " ".join(toks)


def polder_name(name: dict) -> tuple[str, str, str, list[str]]:
    """(surname_with_particles, given, initials, notes) from a polder person's name block."""
    notes: list[str] = []
    full_raw = str(name.get("full") or "")
    given_raw = str(name.get("given") or "")
    family_raw = str(name.get("family") or "")
    tv_raw = str(name.get("tussenvoegsel") or "")
    initials = normalise_initials(name.get("initials"))

    full = clean_name_text(full_raw)
    given = clean_name_text(given_raw)
    family = clean_name_text(family_raw)
    tv = clean_name_text(tv_raw).lower() if re.fullmatch(r"[A-Za-z' ]+", tv_raw.strip() or "x") else ""
    if tv and not all(t in PARTICLES for t in tv.split()):
        tv = ""

    pre_particles = ""
    m = re.match(r"^((?:[A-Za-z']+ )*[A-Za-z']+), (.+)$", full)  # inverted: "van der, Hans van der Elst"
    if m and all(t.lower() in PARTICLES for t in m.group(1).split()):
        pre_particles, full = m.group(1).lower(), m.group(2)
        notes.append("inverted")
    m = re.match(r"^((?:[A-Za-z']+ )*[A-Za-z']+), ?(.*)$", given)
    if m and all(t.lower() in PARTICLES for t in m.group(1).split()):
        given = m.group(2)

    fam_ini, family = split_initials(family)
    full_ini, full_rest = split_initials(full)
    g_ini, given = split_initials(given)
    # particles that ended up in the given name ("J. van der") belong to the surname
    gtoks = given.split(" ") if given else []
    while gtoks and gtoks[-1].lower() in PARTICLES:
        gtoks.pop()
    given = " ".join(gtoks)

    surname = ""
    if given and full_rest.lower().startswith(given.lower() + " "):
        surname = full_rest[len(given) + 1 :]
    elif family and re.search(rf"(?:^|[ \-]){re.escape(family)}$", full_rest, re.I):
        # "Dieuwke de Graaff-Nauta" with family "Nauta": the surname is the whole last word(s) plus what
        # follows the first particle after the first name ("Pim van Boetzelaer van Oosterhout")
        toks = full_rest.split(" ")
        k = len(family.split(" "))
        htoks, stoks = toks[:-k], toks[-k:]
        j = next((n for n in range(len(htoks)) if htoks[n].lower() in PARTICLES), len(htoks))
        surname = " ".join(htoks[j:] + stoks)
        if not given and j > 0:
            given = " ".join(htoks[:j])
    elif family:
        surname = family
        notes.append("family-only")
    else:
        surname = full_rest
        notes.append("full-only")
    if given and sort_key(surname) == sort_key(given) and " " in given:
        # "Willem Drees jr.": the family field held only the suffix; the surname is the last word(s)
        gtoks = given.split(" ")
        j = len(gtoks) - 1
        while j > 1 and gtoks[j - 1].lower() in PARTICLES:
            j -= 1
        given, surname = " ".join(gtoks[:j]), " ".join(gtoks[j:])
        notes.append("surname-from-given")
    if given and surname.lower().startswith(given.lower() + " ") and given not in family:
        surname = surname[len(given) + 1 :]
    if (
        tv
        and not re.match(rf"^{re.escape(tv)}\b", surname, re.I)
        and not re.search(rf"\b{re.escape(tv)} {re.escape(core_surname(surname))}$", surname, re.I)
    ):
        surname = f"{tv} {surname}"
    if pre_particles and not surname.lower().startswith(pre_particles + " "):
        surname = f"{pre_particles} {surname}"
    surname = _squash(surname).strip(" ,;-")
    stoks = surname.split(" ")
    k = len(stoks)
    while k > 1 and stoks[k - 1].lower() in PARTICLES:  # "Haan de" -> "de Haan"
        k -= 1
    surname = " ".join(stoks[k:] + stoks[:k])
    surname = _collapse_repeated_particles(surname)
    surname = lower_leading_particles(surname)
    if given and given in surname.split("-")[0].split(" ") and not family.startswith(given):
        given = ""  # "Gräper-van" taken for a first name
    given = strip_initials_tokens(given)
    gtoks = given.split(" ") if given else []
    n = next(
        (
            i
            for i in range(len(gtoks))
            if gtoks[i].lower() in PARTICLES or "-" in gtoks[i] and gtoks[i].rsplit("-", 1)[1].lower() in PARTICLES
        ),
        None,
    )
    if n is not None:
        # "Wilhelm Friedrich de Gaay" + "Fortman", "Clémence Ross-van" + "Dorp": from the first particle on,
        # the given name is surname
        moved = " ".join(gtoks[n:])
        if not sort_key(surname).startswith(sort_key(moved)):
            surname = lower_leading_particles(_collapse_repeated_particles(f"{moved} {surname}"))
        given = " ".join(gtoks[:n])
    explicit = full_ini or fam_ini or g_ini
    if explicit:
        initials = normalise_initials(explicit) or initials
    elif initials and given_raw:
        # polder derived the initials from a given name with particles or role words in it ("Rik van der" ->
        # R.V.D., "Wethouder Harmen" -> W.H., "de, Martin" -> D.M.): derive them again without those
        raw = [t for t in re.split(r"[\s,]+", given_raw) if t and t[0].isalpha()]
        noise = [t for t in raw if t.lower().strip(".,") in PARTICLES | ROLE_WORDS or _is_honorific(t)]
        derived = "".join(f"{t[0].upper()}." for t in raw if t not in noise)
        if noise and derived and initials_key(initials) == tuple(t[0].upper() for t in raw):
            initials = derived
            notes.append("initials-rederived")
    return surname, given, initials, notes


def name_ok(surname: str) -> bool:
    if not surname or re.search(r"\d", surname):
        return False
    if not any(c.isupper() for c in surname):
        return False
    return bool(re.fullmatch(r"[\w'’. \-]+", surname))


# --------------------------------------------------------------------------------------------------------
# records
# --------------------------------------------------------------------------------------------------------
@dataclass
class Mandate:
    role: str
    start: str
    end: str
    origin: str  # "polder" / "openkamer"
    org: str = ""


@dataclass
class Record:
    source: str  # "polder:<id>" / "openkamer:<slug>"
    origin: str
    surname: str
    given: str
    initials: str
    birth_year: str
    tk_id: str
    wikidata: str
    mandates: list[Mandate] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def iso(d) -> str:
    if d is None or d == "":
        return ""
    if isinstance(d, (dt.date, dt.datetime)):
        return d.isoformat()[:10]
    s = str(d)[:10]
    return s if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s) else ""


def polder_role(m: dict, include_raad: bool) -> list[str] | None:
    """Roles of one polder mandate; None when the mandate is not an office in scope."""
    post = str(m.get("post_id") or "").removeprefix("post:")
    org = str(m.get("organization_id") or "").removeprefix("org:")
    role = str(m.get("role") or "").strip().lower().removeprefix("nederlands ")
    if post == "minister-president":
        return ["minister_president", "minister"] if role.startswith("minister-president") else None
    if post.startswith("minister-"):  # "Minister van Staat" is an honorary title (Balkenende, 2022), no office
        return ["minister"] if role.startswith("minister") and not role.startswith("minister van staat") else None
    if post.startswith("staatssecretaris-"):
        return ["staatssecretaris"] if role.startswith("staatssecretaris") else None
    if post == "kamerlid" and org == "tweede-kamer":
        return ["tweede_kamerlid"] if role.startswith("kamerlid") else None
    if post == "senator" and org == "eerste-kamer":
        return ["eerste_kamerlid"] if role.startswith("senator") else None
    if post.startswith("burgemeester-gemeente-"):
        return ["burgemeester"] if "burgemeester" in role else None
    if post.startswith("wethouder-gemeente-"):
        return ["wethouder"] if role.startswith("wethouder") else None
    if post.startswith(("commissaris-van-de-koning", "cvdk-")):
        return ["cvdk"]
    if post.startswith("gedeputeerde-"):
        return ["gedeputeerde"]
    if include_raad and post.startswith("raadslid-gemeente-"):
        return ["gemeenteraadslid"] if role.startswith("raadslid") else None
    return None


def read_polder(tree: Tree, include_raad: bool, stats: Counter) -> list[Record]:
    recs = []
    docs = [
        d
        for d in (yaml.safe_load(raw) for raw in tree.files("data/personen", ".yaml").values())
        if isinstance(d, dict) and d.get("name")
    ]
    holders = Counter(m.get("id") for d in docs for m in {m.get("id"): m for m in d.get("mandaten") or []}.values())
    for d in docs:
        mandates = []
        for m in d.get("mandaten") or []:
            if str(m.get("role") or "").lower().startswith("nederlands ") and holders[m.get("id")] > 1:
                # a Wikidata mandate copied onto a second, mis-linked person ("Richard Pieters" holds
                # Pieter de Geus's 'Nederlands minister van Defensie'); the other holder keeps it
                stats["polder mandates also held by another person record, role 'Nederlands ...' (skipped)"] += 1
                continue
            roles = polder_role(m, include_raad)
            post = str(m.get("post_id") or "")
            if roles is None:
                if any(
                    k in post
                    for k in ("minister", "staatssecretaris", "kamerlid", "senator", "burgemeester-", "wethouder-")
                ):
                    stats["polder mandates with a political post but another role text (skipped)"] += 1
                continue
            for r in roles:
                mandates.append(
                    Mandate(
                        r,
                        iso(m.get("start_date")),
                        iso(m.get("end_date")),
                        "polder",
                        str(m.get("organization_id") or "").removeprefix("org:"),
                    )
                )
        if not mandates:
            continue
        surname, given, initials, notes = polder_name(d["name"])
        ids = d.get("identifiers") or {}
        recs.append(
            Record(
                source="polder:" + str(d.get("id")).removeprefix("person:"),
                origin="polder",
                surname=surname,
                given=given,
                initials=initials,
                birth_year=str((d.get("birth") or {}).get("year") or ""),
                tk_id=str(ids.get("tk_persoon_id") or ""),
                wikidata=str(ids.get("wikidata") or ""),
                mandates=mandates,
                notes=notes,
            )
        )
    return recs


OK_POSITIONS = {
    "MIN": ["minister"],
    "MWP": ["minister"],
    "DPM": ["minister"],
    "PMI": ["minister_president", "minister"],
    "SOS": ["staatssecretaris"],
}


def read_openkamer(tree: Tree) -> list[Record]:
    fx = tree.files("website/fixtures", ".json")
    persons = {x["pk"]: x["fields"] for x in json.loads(fx["website/fixtures/person.json"])}
    parl = json.loads(fx["website/fixtures/parliament.json"])
    gov = json.loads(fx["website/fixtures/government.json"])
    parliaments = {x["pk"]: x["fields"]["name"] for x in parl if x["model"] == "parliament.parliament"}
    positions = {x["pk"]: x["fields"] for x in gov if x["model"] == "government.governmentposition"}
    mand: dict[int, list[Mandate]] = defaultdict(list)
    for x in parl:
        if x["model"] == "parliament.parliamentmember" and parliaments.get(x["fields"]["parliament"]) == "Tweede Kamer":
            f = x["fields"]
            mand[f["person"]].append(Mandate("tweede_kamerlid", iso(f["joined"]), iso(f["left"]), "openkamer"))
    for x in gov:
        if x["model"] == "government.governmentmember":
            f = x["fields"]
            for r in OK_POSITIONS.get(positions[f["position"]]["position"], []):
                mand[f["person"]].append(Mandate(r, iso(f["start_date"]), iso(f["end_date"]), "openkamer"))
    recs = []
    for pk, ms in mand.items():
        p = persons[pk]
        forename = p.get("forename") or ""
        fam = clean_name_text(p.get("surname"))
        if ")" in (p.get("surname") or "") or not fam:
            # "J.H. Jansen (Jan" + "Hendrik)", "J.R. Toussaint" + "(René)": initials, surname, (roepnaam)
            both = f"{forename} {p.get('surname') or ''}"
            paren = re.search(r"\(([^)]*)\)", both)
            fam = clean_name_text(both)
            forename = paren.group(1) if paren else ""
        ini_in_fam, fam = split_initials(fam)
        prefix = (p.get("surname_prefix") or "").strip().lower()
        surname = lower_leading_particles(_squash(f"{prefix} {fam}" if prefix else fam))
        if surname.isupper():  # "VAN DER VLIES"
            surname = lower_leading_particles(" ".join(t.capitalize() for t in surname.split(" ")))
        initials = normalise_initials(p.get("initials"))
        if ini_in_fam:  # "Th.B. Bijleveld-Schouten", initials "A."
            initials = normalise_initials(ini_in_fam) or initials
        recs.append(
            Record(
                source=f"openkamer:{p.get('slug') or pk}",
                origin="openkamer",
                surname=surname,
                given=strip_initials_tokens(_squash(forename)),
                initials=initials,
                birth_year=(p.get("birthdate") or "")[:4],
                tk_id=p.get("tk_id") or "",
                wikidata=p.get("wikidata_id") or "",
                mandates=ms,
            )
        )
    return recs


# --------------------------------------------------------------------------------------------------------
# openstate/allmanak: the Almanak's office holders of 2019
# --------------------------------------------------------------------------------------------------------
ALLMANAK_COMMIT = "e6d7aa72a8878eefc6f63a27c983894de1cef294"  # the last commit with app/static/fuseindex2.js
ALLMANAK_INDEX = "app/static/fuseindex2.js"
_SKIP_NAME = re.compile(r"(?i)vacature|vacant|secretariaat|onbekend|n\.?n\.?b")
_INITIALS = r"(?:(?:IJ|[A-Z][a-z]{0,2})\.)+|[A-Z]"  # "A.P.", "Hj.", "IJ.J.", or one capital without its dot
_CDK = re.compile(r"(?i)^(?:voorzitter\s*[,/]\s*)?(?:commissaris\s+van\s+de\s+koning(?:in)?|cdk|cvdk)\b")


def allmanak_role(org_type: str, path: list[str], functie: str, include_raad: bool) -> str | None:
    """The register role of one Almanak entry (its organisation's type, its path below the organisation and
    its function), or None: civil servants, griffiers, secretaries and burgerleden are no office holders."""
    f = " ".join(functie.lower().split())
    unit = path[-1].lower() if len(path) > 1 else ""
    if org_type == "Provincie":
        if f.startswith("loco"):  # "Loco Commissaris van de Koning": a gedeputeerde standing in
            return "gedeputeerde" if "commissaris" in f else None
        if _CDK.match(f):
            return "cvdk"
        if unit in ("gedeputeerde staten", "provinciale staten") and f == "voorzitter":
            return "cvdk?"  # the chair is the commissaris, unless the Almanak names another (see read_allmanak)
        if f == "gedeputeerde" or unit == "gedeputeerde staten" and f == "lid":
            return "gedeputeerde"
        if unit == "provinciale staten" and f in ("lid", "statenlid", "statenleden", "provinciale staten"):
            return "statenlid"
        return None
    if org_type == "Waterschap":
        if len(path) == 1 and f in ("dijkgraaf", "watergraaf", "waarnemend dijkgraaf", "voorzitter"):
            return "dijkgraaf"
        if "heemraad" in f or unit == "dagelijks bestuur" and f == "lid":
            return "heemraad"
        return None
    if org_type == "Gemeente" and len(path) == 1:
        if f in ("burgemeester", "burgemeester waarnemend", "waarnemend burgemeester"):
            return "burgemeester"
        if f in ("wethouder", "locoburgemeester"):
            return "wethouder"
        if include_raad and f in ("raadslid", "fractievoorzitter"):
            return "gemeenteraadslid"
        return None
    if org_type == "Staten-Generaal" and path[0].startswith("Eerste Kamer") and f.startswith("kamerlid"):
        return "eerste_kamerlid"  # Tweede Kamer members: polder has them all, with their dates
    return None


def _honorific_compound(tok: str) -> bool:
    """ "prof.dr.", "dr.ing.", "jhr.mr.", "LL.B.": titles run together with dots."""
    parts = [p for p in tok.lower().split(".") if p]
    extra = {"master", "llb", "re", "ro"} | ({"ll", "b", "m"} if "ll" in parts else set())
    return bool(parts) and all(p in HONORIFICS or p in extra for p in parts)


def allmanak_name(raw: str) -> tuple[str, str, str]:
    """(surname, given, initials) of an Almanak name: "Mw. E.G. Grijsen", "J. (Jeannette) Baljeu",
    "Fleur Gräper- van Koolwijk", "Dhr. A Spaans", "drs. A.A.M. Brok", "A.W.J.A. van Hattem LL.B."."""
    s = unicodedata.normalize("NFC", raw.replace("&amp;", "&"))
    paren = re.search(r"\(\s*([A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)\s*\)", s)
    roepnaam = paren.group(1) if paren else ""
    s = re.sub(r"\([^)]*\)", " ", s)
    s = re.sub(r"(?i)^\s*(?:de\s+heer|mevrouw|mevr\.?|mw\.?|dhr\.?|hr\.?)\s+", "", s)
    s = re.sub(r"(?<=\w)-\s+(?=\w)", "-", s)  # "Gräper- van Koolwijk"
    s = re.sub(r"\b((?:[A-Z]\.)+[A-Z])(?=\s)", r"\1.", s)  # "R.J.P Baljeu"
    s = re.sub(r"\b((?:[A-Z]\.)+)(?=[A-ZÀ-Ý][a-zà-ÿ]|(?:van|de|der|den|ter|ten)\b)", r"\1 ", s)  # "F.J.Paas"
    s = re.sub(r"(?<=\b[A-Z]),(?=[A-Z]\.)", ".", s)  # "A,J. Nolles"
    toks = [t for t in _squash(s).split(" ") if t and not _honorific_compound(t)]
    s = clean_name_text(" ".join(toks))
    toks = s.split(" ") if s else []
    ini_at = [i for i, t in enumerate(toks[:-1]) if re.fullmatch(_INITIALS, t)]
    if ini_at and ini_at[0] > 0 and not re.fullmatch(_INITIALS, toks[0]):
        toks = toks[ini_at[0] :]  # "Generaal-Majoor der Mariniers F.E. van Kappen"
    initials = ""
    while len(toks) > 1 and re.fullmatch(_INITIALS, toks[0]):  # "A Spaans", "L. Hj. Voskuil"
        initials += toks.pop(0) if toks[0].endswith(".") else toks.pop(0) + "."
    if not toks:
        return "", "", ""
    if initials:
        given, surname = roepnaam, " ".join(toks)
    else:
        # the surname starts at its first particle ("van Haga") or double-barrelled part ("Gräper-van Koolwijk")
        j = next((i for i in range(1, len(toks)) if toks[i].lower() in PARTICLES or "-" in toks[i]), len(toks) - 1)
        given, surname = " ".join(toks[:j]) or roepnaam, " ".join(toks[j:])
    return lower_leading_particles(_collapse_repeated_particles(surname)), given, normalise_initials(initials)


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", sort_key(name)).strip("-")


def git_show(repo: Path, rev: str, path: str) -> tuple[bytes, str, str]:
    """A file of a clone or bare mirror at ``rev``, with the commit and its date."""
    where = ["-C", str(repo)] if (repo / ".git").exists() else ["--git-dir", str(repo)]
    data = subprocess.run(["git", *where, "show", f"{rev}:{path}"], capture_output=True, check=True).stdout
    commit, date = subprocess.run(
        ["git", *where, "log", "-1", "--format=%H %cs", rev], capture_output=True, text=True, check=True
    ).stdout.split()
    return data, commit, date


def read_allmanak(index: bytes, include_raad: bool, stats: Counter) -> list[Record]:
    """One record per person and organisation of the Allmanak search index (a JavaScript array of
    organisations and of functions: {id, naam, functie, path: [organisation, unit, ...]})."""
    text = index.decode("utf-8")
    entries = json.loads(text[text.index("[") : text.rindex("]") + 1])
    org_type = {e["naam"]: e.get("type") for e in entries if e.get("type") and not e.get("path")}
    found: list[tuple[str, str, dict]] = []  # (organisation, role, entry)
    for e in entries:
        path = [p or "" for p in e.get("path") or []]
        if "functie" not in e or not path or _SKIP_NAME.search(e.get("naam") or ""):
            continue
        role = allmanak_role(org_type.get(path[0]) or "", path, e["functie"] or "", include_raad)
        if role:
            found.append((path[0], role, e))
    # "Voorzitter" of Gedeputeerde/Provinciale Staten is the commissaris; the Almanak sometimes names the
    # gedeputeerde standing in instead (Overijssel 2019: "Voorzitter Y.J. van Hijum" beside CdK A.P. Heidema)
    cdk = {(org, sort_key(allmanak_name(e["naam"])[0])) for org, role, e in found if role == "cvdk"}
    with_cdk = {org for org, _ in cdk}
    groups: dict[tuple[str, str], list[Record]] = defaultdict(list)
    for org, role, e in found:
        surname, given, initials = allmanak_name(e["naam"])
        if not name_ok(surname):
            stats["allmanak entries without a usable name (left out)"] += 1
            continue
        if role == "cvdk?":
            role = "cvdk" if org not in with_cdk or (org, sort_key(surname)) in cdk else "gedeputeerde"
        mandate = Mandate(role, "", "", "allmanak", _slug(org))
        # one person holds several functions in one organisation (raadslid and fractievoorzitter, CdK and
        # voorzitter of both Staten): one record, when the initials and first names agree
        same = groups[(org, sort_key(surname))]
        rec = next(
            (
                r
                for r in same
                if initials_compatible(r.initials, initials)
                and first_names_compatible({sort_key(r.given)} - {""}, {sort_key(given)} - {""})
            ),
            None,
        )
        if rec is None:
            rec = Record(f"allmanak:{e['id']}", "allmanak", surname, given, initials, "", "", "")
            same.append(rec)
            stats["allmanak persons per organisation read"] += 1
        rec.given = rec.given or given
        if len(initials_key(initials)) > len(initials_key(rec.initials)):
            rec.initials = initials
        if all(m.role != role for m in rec.mandates):
            rec.mandates.append(mandate)
    return [r for rs in groups.values() for r in rs]


# --------------------------------------------------------------------------------------------------------
# merging
# --------------------------------------------------------------------------------------------------------
def in_period(m: Mandate) -> bool:
    if m.end:
        return m.end >= SINCE
    return not m.start or m.start >= SINCE


def municipalities(r: Record) -> set[str]:
    return {m.org for m in r.mandates if m.org.startswith("gemeente-")}


def shared_posts(a: Record, b: Record) -> bool:
    """Both hold the same post from the same day (polder has a few persons twice, once without a first name)."""
    ka = {(m.role, m.org, m.start) for m in a.mandates if m.org and m.start}
    return bool(ka & {(m.role, m.org, m.start) for m in b.mandates if m.org and m.start})


def first_names_compatible(a: set[str], b: set[str]) -> bool:
    """'Tine' ~ 'Tineke', 'Jozias' ~ 'Jozias Johannes'; 'Jasper' !~ 'Jan Jacob'; unknown ~ anything."""
    if not a or not b:
        return True
    return any(x.startswith(y) or y.startswith(x) for x in a for y in b)


def merge(records: list[Record]) -> list[list[Record]]:
    """Group the records of one person. Links: a shared Wikidata id, a shared TK person id, then the name.

    A link is refused when it joins two different ids of the same kind (for a TK-id or name link; one person
    can have two TK person records, so a Wikidata link may join them), when birth years are more than
    YEAR_SLACK apart, or when first names and birth years both differ (openkamer gives a few persons the TK
    id of a namesake: Jasper / Jan Jacob van Dijk, Henri / Max Hermans)."""
    parent = list(range(len(records)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(records))}
    refused: list[tuple[str, str, str]] = []

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def values(root: int, attr: str) -> set[str]:
        return {getattr(records[j], attr) for j in members[root] if getattr(records[j], attr)}

    def firsts(root: int) -> set[str]:
        return {sort_key(records[j].given.split(" ")[0]) for j in members[root] if records[j].given}

    def same_person_by_name(a: int, b: int) -> bool:
        """Same first name, compatible initials, same known birth year: one person despite an id conflict."""
        x, y = records[a], records[b]
        return (
            bool(x.given and x.initials and y.initials and x.birth_year)
            and (sort_key(x.given), x.birth_year) == (sort_key(y.given), y.birth_year)
            and initials_compatible(x.initials, y.initials)
        )

    def union(a: int, b: int, via: str) -> None:
        ra, rb = find(a), find(b)
        if ra == rb:
            return
        for attr in ("wikidata",) if via == "tk_id" else ("tk_id", "wikidata") if via == "name" else ():
            sa, sb = values(ra, attr), values(rb, attr)
            if sa and sb and not (sa & sb) and not (via == "name" and same_person_by_name(a, b)):
                return
        ya, yb = values(ra, "birth_year"), values(rb, "birth_year")
        years_differ = bool(ya and yb and not (ya & yb))
        if (
            ya
            and yb
            and min(abs(int(x) - int(y)) for x in ya for y in yb) > YEAR_SLACK
            or years_differ
            and not first_names_compatible(firsts(ra), firsts(rb))
        ):
            refused.append((via, records[a].source, records[b].source))
            return
        if via == "name" and years_differ:
            return
        parent[rb] = ra
        members[ra].extend(members.pop(rb))

    for attr in ("wikidata", "tk_id"):
        first: dict[str, int] = {}
        for i, r in enumerate(records):
            v = getattr(r, attr)
            if v:
                if v in first:
                    union(first[v], i, attr)
                else:
                    first[v] = i
    # by name: same surname and compatible first names and initials; or, without a first name, the same
    # initials (two letters or more), or compatible initials in the same municipality or on the same post
    by_surname: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(records):
        by_surname[sort_key(r.surname)].append(i)
    for idx in by_surname.values():
        for a_pos, a in enumerate(idx):
            for b in idx[a_pos + 1 :]:
                ra, rb = records[a], records[b]
                if not initials_compatible(ra.initials, rb.initials):
                    continue
                if ra.given and rb.given:
                    if not first_names_compatible(
                        {sort_key(ra.given.split(" ")[0])}, {sort_key(rb.given.split(" ")[0])}
                    ):
                        continue
                elif not (
                    len(initials_key(ra.initials)) >= 2
                    and initials_key(ra.initials) == initials_key(rb.initials)
                    or municipalities(ra) & municipalities(rb)
                    or shared_posts(ra, rb)
                ):
                    continue
                union(a, b, "name")
    for via, a, b in sorted(set(refused)):
        print(f"not merged ({via} shared, but birth year / first name differ): {a} {b}", file=sys.stderr)
    return [
        [records[j] for j in sorted(ms, key=lambda j: (records[j].origin != "polder", records[j].source))]
        for ms in members.values()
    ]


def surname_variant(a: str, b: str) -> bool:
    """'van Bijsterveldt' ~ 'van Bijsterveldt-Vliegenthart', 'Postma' ~ 'de Pater-Postma'; not 'Altes' ~
    'Korthals Altes' (a parse error in one source)."""
    return any(x.startswith((y + "-", y + " ")) or x.endswith("-" + core_surname(y)) for x, y in ((a, b), (b, a)))


def person_row(group: list[Record], stats: Counter) -> tuple[str, ...] | None:
    mandates = [m for r in group for m in r.mandates if in_period(m)]
    # a role polder has for this person is taken from polder only (its dates are current); openkamer fills in
    polder_roles = {m.role for m in mandates if m.origin == "polder"}
    mandates = [m for m in mandates if m.origin == "polder" or m.role not in polder_roles]
    if not mandates:
        stats["persons with roles before 1945 only (left out)"] += 1
        return None
    named = [r for r in group if name_ok(r.surname)]
    if not named:
        stats["persons without a usable name (left out)"] += 1
        print("no usable name:", [(r.source, r.surname) for r in group], file=sys.stderr)
        return None
    # name: polder records with a TK id (TK OData names), then with a Wikidata id, then the rest; openkamer last
    named.sort(key=lambda r: (r.origin != "polder", not r.tk_id, not r.wikidata, r.source))
    best = named[0]
    surname = best.surname
    givens: list[str] = []
    for r in named:
        if r.given and sort_key(r.given) not in {sort_key(g) for g in givens}:
            givens.append(r.given)
    initials = best.initials
    for r in named[1:]:
        if not r.initials:
            continue
        if not initials:
            initials = r.initials
        elif initials_compatible(initials, r.initials):
            if len(initials_key(r.initials)) > len(initials_key(initials)):
                initials = r.initials
        else:
            stats["initials conflicts (first record kept)"] += 1
            print(
                f"initials conflict: {surname}: {best.source}={best.initials} {r.source}={r.initials}", file=sys.stderr
            )
    surnames = [surname]
    for r in named[1:]:
        if sort_key(r.surname) not in {sort_key(x) for x in surnames} and surname_variant(surname, r.surname):
            surnames.append(r.surname)
    if len(surnames) > 1:
        stats["persons with a second surname form (married / birth name), listed after ';'"] += 1
    roles = sorted({m.role for m in mandates}, key=ROLE_ORDER.index)
    starts = [m.start for m in mandates if m.start]
    open_ended = any(not m.end for m in mandates)
    ends = [m.end for m in mandates if m.end]
    return (
        ";".join(surnames),
        ";".join(givens),
        initials,
        ";".join(roles),
        min(starts) if starts else "",
        "" if open_ended or not ends else max(ends),
        ";".join(r.source for r in group),
    )


# --------------------------------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--polder", type=Path, required=True, help="checkout or bare git mirror of anneschuth/polder")
    ap.add_argument("--openkamer", type=Path, required=True, help="checkout or bare git mirror of openkamer/openkamer")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--license-out", type=Path, default=LICENSE_OUT)
    ap.add_argument(
        "--include-raadsleden",
        action="store_true",
        help="also list gemeenteraadsleden (polder has about 3,000, the Almanak of 2019 about 8,800; off by default)",
    )
    ap.add_argument("--allmanak", type=Path, help="clone or bare git mirror of openstate/allmanak (optional)")
    ap.add_argument("--allmanak-commit", default=ALLMANAK_COMMIT, help="the commit whose search index is read")
    a = ap.parse_args(argv)

    stats: Counter = Counter()
    polder = Tree(a.polder, "data/personen")
    openkamer = Tree(a.openkamer, "website/fixtures/person.json")
    recs = read_polder(polder, a.include_raadsleden, stats) + read_openkamer(openkamer)
    stats["records read (polder + openkamer, with a role in scope)"] = len(recs)
    allmanak: tuple[str, str] | None = None
    if a.allmanak:
        index, commit, date = git_show(a.allmanak, a.allmanak_commit, ALLMANAK_INDEX)
        allmanak = (commit, date)
        recs += read_allmanak(index, a.include_raadsleden, stats)
    rows = [r for g in merge(recs) if (r := person_row(g, stats))]
    rows.sort(key=lambda r: (sort_key(core_surname(r[0])), sort_key(r[0]), sort_key(r[1]), r[2], r[6]))

    header = [
        "# Dutch public office holders (cabinet members and Tweede Kamer members since 1945 as far as the sources "
        "go, senators, current burgemeesters and wethouders where present"
        + (
            "; commissarissen van de Koning, gedeputeerden, Statenleden, dijkgraven, senators, burgemeesters and "
            "wethouders in the Almanak of May 2019)."
            if allmanak
            else ")."
        ),
        f"# Source: anneschuth/polder @ {polder.commit} {polder.commit_date}, data/personen/, "
        "data licence CC0-1.0 (https://github.com/anneschuth/polder).",
        f"# Source: openkamer/openkamer @ {openkamer.commit} {openkamer.commit_date}, website/fixtures/, "
        "MIT licence, Copyright (c) 2016 The openkamer contributors (https://github.com/openkamer/openkamer).",
        *(
            [
                f"# Source: openstate/allmanak @ {allmanak[0]} {allmanak[1]}, {ALLMANAK_INDEX} (the Almanak / "
                "Register van Overheidsorganisaties export, CC0; app licence CC0-1.0) "
                "(https://github.com/openstate/allmanak). Its entries have no dates: in office in May 2019."
            ]
            if allmanak
            else []
        ),
        "# Built by scripts/build_office_holders.py; see OFFICE_HOLDERS_LICENSE.md. Multi-valued fields use ';'. "
        "Empty 'to' = still in office per the source, or end unknown.",
        "#" + "\t".join(COLUMNS),
    ]
    a.out.parent.mkdir(parents=True, exist_ok=True)
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(header) + "\n")
        for r in rows:
            f.write("\t".join(r) + "\n")

    per_role = Counter(role for r in rows for role in r[3].split(";"))
    per_source = Counter("+".join(sorted({s.split(":")[0] for s in r[6].split(";")})) for r in rows)
    stats["persons without initials in either source"] = sum(1 for r in rows if not r[2])
    stats["persons without a first name in either source"] = sum(1 for r in rows if not r[1])
    write_license(
        a.license_out, polder, openkamer, allmanak, len(rows), per_role, per_source, stats, a.include_raadsleden
    )
    print(f"{len(rows)} persons -> {a.out}")
    for role in ROLE_ORDER:
        print(f"  {role}: {per_role.get(role, 0)}")
    for k, v in sorted(stats.items()):
        print(f"  [{k}] {v}")
    return 0


ALLMANAK_LICENCE_TEXT = """
- openstate/allmanak: `app/package.json` declares `"license": "CC0-1.0"` for the app whose static folder
  holds the index; the app's page *Waarom deze Allmanak* says "Alle informatie op deze website is
  herbruikbaar als open data". The index is built from the export of the Almanak / Register van
  Overheidsorganisaties (almanak.overheid.nl, now organisaties.overheid.nl), which the state publishes as
  open data under CC0. The `source` column names its entries `allmanak:<system id>` (the Almanak's id).
  The Almanak gives no dates: such an entry held the function on the day of the export (May 2019)."""


FORMAT_TABLE = "\n".join(
    f"| {k} | {v} |"
    for k, v in (
        ("column", "content"),
        ("---", "---"),
        (
            "surname_with_particles",
            "as written after a first name, particles lower case (`de Jonge`, `van der Plas`); "
            "a second form (married / birth name) after `;`",
        ),
        (
            "first_names_or_roepnaam",
            "the name the person goes by; other forms from another source after `;`; empty if unknown",
        ),
        ("initials", "official initials (`A.G.` for Bert Koenders); empty if no source has them"),
        (
            "roles",
            "`;`-separated: " + ", ".join(ROLE_ORDER[:-1]) + " (gemeenteraadslid only with `--include-raadsleden`)",
        ),
        (
            "from, to",
            "first start and last end of those roles, ISO dates; `to` empty = still in office per the "
            "source, or end unknown; both empty for a person known only from the Almanak (in office in May 2019)",
        ),
        ("source", "the merged records, `polder:<person id>` / `openkamer:<slug>` / `allmanak:<system id>`"),
    )
)


def write_license(
    path: Path,
    polder: Tree,
    openkamer: Tree,
    allmanak: tuple[str, str] | None,
    n: int,
    per_role: Counter,
    per_source: Counter,
    stats: Counter,
    include_raad: bool,
) -> None:
    role_rows = "\n".join(
        f"| {r} | {per_role.get(r, 0)} |" for r in ROLE_ORDER if r != "gemeenteraadslid" or include_raad
    )
    src_rows = "\n".join(f"| {k} | {v} |" for k, v in sorted(per_source.items()))
    stat_rows = "\n".join(f"| {k} | {v} |" for k, v in sorted(stats.items()))
    polder_row = (
        f"| [anneschuth/polder](https://github.com/anneschuth/polder) | `{polder.commit}` "
        f"({polder.commit_date}) | `data/personen/*.yaml` "
        "| data: **CC0 1.0 Universal** (`LICENSE-DATA`); code EUPL-1.2, not used |"
    )
    openkamer_row = (
        f"| [openkamer/openkamer](https://github.com/openkamer/openkamer) | `{openkamer.commit}` "
        f"({openkamer.commit_date}) | `website/fixtures/person.json`, `parliament.json`, "
        "`government.json` | **MIT** (`LICENSE.md`) |"
    )
    allmanak_row = (
        f"\n| [openstate/allmanak](https://github.com/openstate/allmanak) | `{allmanak[0]}` ({allmanak[1]}) "
        f"| `{ALLMANAK_INDEX}` | data: the Almanak export, **CC0**; the app: **CC0-1.0** (`app/package.json`) |"
        if allmanak
        else ""
    )
    allmanak_text = ALLMANAK_LICENCE_TEXT if allmanak else ""
    allmanak_clone = "\n`git clone https://github.com/openstate/allmanak`," if allmanak else ""
    allmanak_arg = " --allmanak allmanak" if allmanak else ""
    format_table = FORMAT_TABLE
    text = f"""# office_holders.tsv: sources and licences

`office_holders.tsv` lists Dutch public office holders whose names stay readable in a Woo disclosure.
It is generated by `scripts/build_office_holders.py` (run on {dt.date.today().isoformat()}) from public
datasets; nothing in it was typed by hand.

## Sources

| source | commit | files used | licence |
| --- | --- | --- | --- |
{polder_row}
{openkamer_row}{allmanak_row}

Licence texts as they stand in the sources:

- polder `README.md`, section *Licenties*: "Code staat onder de EUPL-1.2 (Nederlandse versie). Data staat
  onder CC0 1.0 Universal, publiek domein." `LICENSE-DATA` is the CC0 1.0 Universal legal code
  ("Creative Commons Legal Code — CC0 1.0 Universal").
- openkamer `LICENSE.md`: "The MIT License (MIT) — Copyright (c) 2016 The openkamer contributors —
  Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
  associated documentation files (the "Software"), to deal in the Software without restriction, ...
  The above copyright notice and this permission notice shall be included in all copies or substantial
  portions of the Software." The fixtures are files of that repository, so the MIT notice comes with the
  rows taken from them (the `source` column names them `openkamer:<slug>`).{allmanak_text}

polder itself takes its data from the Tweede Kamer OData API, Wikidata (CC0), the Staatscourant,
eerstekamer.nl, Open Raadsinformatie and ROO (CC0), as its README lists.

## Format

UTF-8, tab-separated, one person a line, sorted by surname without particles; lines starting with `#` are
comments (sources, licences, and the column names on the last of them):

{format_table}

Rebuild: `git clone https://github.com/anneschuth/polder`, `git clone https://github.com/openkamer/openkamer`,{allmanak_clone}
then `python scripts/build_office_holders.py --polder polder --openkamer openkamer{allmanak_arg}`
(a bare mirror works too; `make office-holders POLDER=... OPENKAMER=... ALLMANAK=...`).

## What is in it

{n} persons. Persons per role (a person with several roles counts under each):

| role | persons |
| --- | ---: |
{role_rows}

Persons per source:

| source(s) | persons |
| --- | ---: |
{src_rows}

Build notes:

| what | count |
| --- | ---: |
{stat_rows}

## Gaps

- Tweede Kamer members: polder has every member in the TK OData API (members seated from about 2008 on,
  with their earlier seats); openkamer adds members it had in 2019 with their earlier seats. Members who
  left before about 2008 and were not in openkamer are missing.
- Cabinet members: polder has ministers and staatssecretarissen since 1945 from Wikidata; openkamer has
  the cabinets Balkenende III - Rutte III.
- Burgemeesters and wethouders: those polder has (Open Raadsinformatie / ROO, a minority of
  municipalities) and, with the Almanak, those in office in May 2019.
- Provinces and water boards: only from the Almanak of May 2019, and only as far as it went: the
  commissaris and the gedeputeerden of seven provinces (the colleges of 2015-2019, before those formed after
  the elections of March 2019), Statenleden of a few provinces, the dijkgraven; no heemraden. Office holders
  who took office after May 2019 (the gedeputeerden of 2019-2023 and 2023-, such as Overijssel's) are in no
  open source found: give them with `--public-officials`. The Almanak gives initials and rarely a first
  name, so most of these agree only when a document writes at least two initials ("A.P. Heidema").
- Initials: cabinet members that polder has from Wikidata only (mostly before about 1990) come without
  initials, and some without a first name; openkamer fills them where it has the person.
- Names of burgemeesters and wethouders come from Open Raadsinformatie via polder and are the least clean:
  the script strips role words, titles and misplaced particles, but a few remain doubtful (e.g. `Mark Pol`
  as a surname, first name missing).
- polder lacks some well-known Kamerleden (e.g. Pieter Omtzigt, who is in openkamer only; polder has an
  opt-out on request for threatened office holders, which may be the reason).
- A refresh from the live sources (both CC0) can use the Tweede Kamer OData API
  (https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/) and Wikidata SPARQL
  (https://query.wikidata.org/sparql, P39 "position held").
"""
    path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
