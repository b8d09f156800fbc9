"""The built-in register of public office holders, and how a written name is matched against it.

``data/office_holders.tsv`` lists bewindspersonen, Kamerleden and senators since 1945, current
burgemeesters and wethouders (anneschuth/polder, CC0; openkamer fixtures, MIT), and the commissarissen
van de Koning, gedeputeerden, Statenleden, dijkgraven, burgemeesters and wethouders of the Almanak of
2019 (openstate/allmanak, CC0): see ``data/OFFICE_HOLDERS_LICENSE.md``; ``make office-holders`` rebuilds
it. A name agrees with an entry when its first name is the holder's, or all of at least two initials are.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import regex

from .grammar import TITLE, compiled, natural_order
from .lexicons import load_lexicons, read_list

__all__ = [
    "NATIONAL_ROLES",
    "OfficeHolder",
    "agrees",
    "candidate_given",
    "common_surnames",
    "initial_letters",
    "load_register",
    "name_before_bracket",
    "name_key",
    "particles",
]


@dataclass(frozen=True)
class OfficeHolder:
    """One person of the register or the user's list."""

    surname: str  # key: lower case, without tussenvoegsels ("jonge" for "De Jonge")
    first: str  # first name or roepnaam, may be empty
    initials: str  # "H.M." or empty
    roles: str
    listed: bool  # from the user's list (trusted on surname alone) rather than the register
    local: bool = False  # a local office holder (wethouder, burgemeester, Statenlid): public by name only after a title
    particles: str = ""  # the surname's tussenvoegsels, lower case: "van" for "van Wijngaarden"
    # the words of a double surname before its key, lower case: "nieuwenhuizen" for "van Nieuwenhuizen
    # Wijbenga", "blanksma-van" for "Blanksma-van den Heuvel" (the key is the last part: "wijbenga", "heuvel")
    head: str = ""
    start: str = ""  # ISO date the register gives for the first office, "" when unknown
    end: str = ""  # ISO date the last office ended, "" when still in office or unknown


def _split(name: str) -> tuple[list[str], int, frozenset[str]]:
    """A written name's words without titles, where its surname starts (its tussenvoegsels included),
    and the tussenvoegsels."""
    tvs = _tussenvoegsels()
    tokens = [t.strip(".,;:()") for t in natural_order(name.replace("\u00a0", " ")).split()]
    tokens = [t for t in tokens if t and not _is_title(t)]
    k = len(tokens) - 1
    while k > 0 and tokens[k - 1].lower() in tvs:
        k -= 1
    return tokens, k, tvs


@lru_cache(maxsize=1 << 13)  # a document's names are judged several times over, a batch's in every document
def name_key(name: str) -> tuple[str, str]:
    """(first name or initials as written, surname key) of a written name."""
    tokens, k, tvs = _split(name)
    if not tokens:
        return "", ""
    core = [t for t in tokens[k:] if t.lower() not in tvs] or tokens[k:]
    surname = " ".join(core).lower()
    given = " ".join(t for t in tokens[:k] if t.lower() not in tvs)
    return given, surname


_TVS: dict[str, object] = {}


def _tussenvoegsels() -> frozenset[str]:
    """The lexicons' tussenvoegsels as a set, made once for the lexicons' list (the same object), not per name."""
    source = load_lexicons().tussenvoegsels
    if _TVS.get("source") is not source:
        _TVS["set"], _TVS["source"] = frozenset(source), source
    tvs: frozenset[str] = _TVS["set"]  # type: ignore[assignment]
    return tvs


_TITLE_ONLY = compiled(rf"^(?:{TITLE})$")


def _is_title(token: str) -> bool:
    """ "mevrouw", "mr" (its dot stripped with the punctuation), "drs"."""
    return bool(_TITLE_ONLY.match(token) or _TITLE_ONLY.match(token + "."))


def initial_letters(given: str) -> str:
    """ "H.M." -> "HM", "Hugo" -> "H", "Hugo Mattheus" -> "HM"."""
    parts = [p for p in given.replace(".", ". ").split() if p]
    return "".join(p[0].upper() for p in parts)


def agrees(given: str, holder: OfficeHolder) -> bool:
    """Does the first name or the initials as written agree with the office holder's?

    A listed name without a first name agrees with any. For the register, a
    first name must be the holder's, or the initials (at least two) exactly the
    holder's: "J. Bakker" is too common to be Joop Bakker.
    """
    if not holder.first and not holder.initials:
        return holder.listed
    if given.replace(".", "").isupper() or "." in given:  # initials as written
        written = initial_letters(given)
        known = holder.initials.replace(".", "") or (initial_letters(holder.first) if holder.listed else "")
        if holder.listed:
            return bool(written) and known.startswith(written)
        # one initial agrees only with a cabinet member who has one ("M. Rutte"); whether the surname is rare
        # enough for that to count is the caller's (a common one needs the office named too)
        bewindspersoon = any(r in _CABINET for r in holder.roles.split(";"))
        return written == known and (len(written) >= 2 or (len(known) == 1 and bewindspersoon))
    if not holder.first and "cvdk" in holder.roles.split(";"):
        # a commissaris van de Koning the register knows by initials only ("A.P. Heidema"): the one office
        # holder of that name in a province, named with a first name of that initial ("Andries Heidema")
        return given.split()[0][:1].upper() == holder.initials[:1].upper()
    return bool(holder.first) and given.split()[0].lower() in {f.lower() for f in holder.first.split()}


_CABINET = frozenset({"minister", "minister_president", "staatssecretaris"})  # letters name them by one initial


def particles(name: str) -> str:
    """The tussenvoegsels of a written name's surname, lower case: "Jeroen van Wijngaarden" -> "van",
    "H.M. De Jonge" -> "de", "Jeroen Wijngaarden" -> ""."""
    tokens, k, tvs = _split(name)
    if k <= 0:
        k = next((i for i, tok in enumerate(tokens) if tok.lower() not in tvs), 0)  # "van Wijngaarden"
        return " ".join(tok.lower() for tok in tokens[:k])
    return " ".join(tok.lower() for tok in tokens[k:-1] if tok.lower() in tvs)


# roles whose holders are public by name, without a title: the national offices (minister_president,
# tweede_/eerste_kamerlid) and the heads of provinces and water boards, whom documents name as often
# without a title as ministers ("Tijs de Bree opent het overleg"); wethouders, burgemeesters, Statenleden
# and raadsleden are many and local: public after their title, or when the document names them with it
NATIONAL_ROLES = ("minister", "staatssecretaris", "kamerlid", "cvdk", "gedeputeerde", "dijkgraaf", "heemraad")


@lru_cache(maxsize=1)
def load_register() -> tuple[OfficeHolder, ...]:
    """The built-in register of office holders (empty when the data file is absent)."""
    ref = resources.files("woo_redact").joinpath("data/office_holders.tsv")
    if not ref.is_file():
        return ()
    rows = csv.reader(
        (ln for ln in ref.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")), delimiter="\t"
    )
    out = []
    for row in rows:
        if len(row) < 4 or not row[0].strip():
            continue
        roles = row[3].strip()
        # local office holders are public after their title ("wethouder X"), not by name alone; their name
        # confirms a titled surname ("wethouder Kasmi" ... "S. Kasmi") and a title in a header field
        local = not any(r in roles for r in NATIONAL_ROLES)
        first = " ".join(row[1].replace(";", " ").split())  # alternatives: "Willem;Willem Caspar"
        initials = row[2].split(";")[0].strip()
        start, end = (row[4].strip(), row[5].strip()) if len(row) >= 6 else ("", "")
        for surname in row[0].split(";"):  # a second form: "van Bijsterveldt-Vliegenthart;van Bijsterveldt"
            head, key = name_key(surname)
            out.append(
                OfficeHolder(key, first, initials, roles, False, local, particles(surname), head.lower(), start, end)
            )
    return tuple(out)


@lru_cache(maxsize=1)
def common_surnames() -> frozenset[str]:
    """Frequent Dutch surnames (keys): alone they say little about who is meant."""
    return frozenset(name_key(n)[1] for n in read_list("common_surnames.txt"))


# a list's or a chat's order: the surname, a comma, the first name or initials ("Ypma, Djoeke 10-03 10:02")
_GIVEN_AFTER = regex.compile(
    r"[ \t\u00a0]*,[ \t\u00a0]*(?P<given>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|(?:\p{Lu}\.){1,4})(?![\p{L}.])",
    regex.VERSION1,
)


def given_after(text: str, end: int) -> str:
    """The first name or initials after a surname that ends at ``end`` and its comma ("Ypma, Djoeke"), or ""."""
    m = _GIVEN_AFTER.match(text, end)
    if m is None:
        return ""
    given = m.group("given")
    lex = load_lexicons()
    return given if given.endswith(".") or lex.is_given_name(given) else ""


# a candidate list's row (Kieswet model lists, the Kiesraad's tables): initials, the first name in brackets, the
# gender marker in brackets: "Wilders, G. (Geert) (m)", "Pechtold, A. (m) *"
_CANDIDATE_TAIL = regex.compile(
    r"(?:[ \t\u00a0]*,[ \t\u00a0]*(?:\p{Lu}\.){1,5})?[ \t\u00a0]*"
    r"(?:\((?P<first>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\)[ \t\u00a0]*)?(?P<mark>\([mvMV]\))?",
    regex.VERSION1,
)


# a document that is (or holds) a municipal or national candidate list, or a candidate's consent to be on one
_CANDIDATE_LIST = regex.compile(
    r"(?i:kandidatenlijst|lijst[ \t]+van[ \t]+kandidaten|instemmingsverklaring[ \t]+kandidaat|"
    r"model[ \t]+H[ \t]?(?:1|9)(?![\d\p{L}]))",
    regex.VERSION1,
)
# ... and a candidate's row on it: the initials, the first name in brackets, the gender marker ("Hofman-Brink J.M.
# (Jolanda) v Zwolle", "Bakkali, S. (Samira), verklaart ...")
_CANDIDATE_ROW = regex.compile(
    r"(?:[ \t\u00a0]*,?[ \t\u00a0]*(?:\p{Lu}\.){1,5})?[ \t\u00a0]*\(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\)",
    regex.VERSION1,
)


def listed_candidate(text: str, start: int, end: int) -> bool:
    """The name at ``start:end`` is a candidate's row on the candidate list this document is or holds (Kieswet:
    the list is published with the candidates' names and places of residence): the initials and the first name in
    brackets after the surname."""
    return _CANDIDATE_ROW.match(text, end) is not None and _candidate_list(text)


_ROW_BEFORE_BRACKET = regex.compile(r"\p{Lu}[\p{L}'’-]+,?[ \t\u00a0]*(?:\p{Lu}\.){1,5}[ \t\u00a0]*\(\Z", regex.VERSION1)


def candidate_first_name(text: str, start: int, end: int) -> bool:
    """The first name at ``start:end`` stands in brackets after a candidate's surname and initials on the candidate
    list this document is or holds ("Hofman-Brink J.M. (Jolanda) v Zwolle")."""
    if not (start > 0 and text[start - 1] == "(" and text[end : end + 1] == ")"):
        return False
    return bool(_ROW_BEFORE_BRACKET.search(text, max(0, start - 60), start)) and _candidate_list(text)


@lru_cache(maxsize=4)
def _candidate_list(text: str) -> bool:
    return _CANDIDATE_LIST.search(text) is not None


_NAME_BEFORE_BRACKET = regex.compile(
    r"(?P<name>(?:\p{Ll}+[ \t\u00a0]+)*\p{Lu}[\p{L}'’-]+(?:[ \t\u00a0]+\p{Lu}[\p{L}'’-]+)*,[ \t\u00a0]*"
    r"(?:\p{Lu}\.?){1,5}(?:[ \t\u00a0]+\p{Ll}+(?:[ \t\u00a0]+\p{Ll}+)*)?)[ \t\u00a0]*\($",
    regex.VERSION1,
)


def name_before_bracket(text: str, start: int) -> tuple[int, int] | None:
    """The span of "Surname, I." when the first name at ``start`` stands in brackets right after it, as a
    candidate list writes it ("Wilders, G. (Geert)"), else None."""
    if start == 0 or text[start - 1] != "(":
        return None  # (asked of every name the judge weighs: most stand after no bracket)
    close = text.find(")", start)
    if " " in text[start : close if close >= 0 else len(text)]:
        return None
    offset = max(text.rfind("\n", 0, start) + 1, start - 80)
    m = _NAME_BEFORE_BRACKET.search(text[offset:start])
    return None if m is None else (offset + m.start("name"), offset + m.end("name"))


def candidate_given(text: str, end: int, given: str) -> tuple[str, bool]:
    """For initials ``given`` of a name ending at ``end``: the first name a candidate list adds in brackets
    when its initial is the initials' first ("Wilders, G. (Geert)": "Geert"), else ``given``; and whether
    the initials stand alone before a candidate list's gender marker ("Pechtold, A. (m)")."""
    m = _CANDIDATE_TAIL.match(text, end)
    if m is None or not initial_letters(given):
        return given, False
    first = m.group("first") or ""
    if first and first[0] == initial_letters(given)[0]:
        given = first
    return given, bool(m.group("mark")) and not first
