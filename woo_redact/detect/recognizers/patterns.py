"""Pattern recognizers: e-mail addresses, BSN, IBAN (Dutch phone numbers: :mod:`.phones`).

Each is a presidio ``PatternRecognizer`` with its patterns, context words and
a validation hook that rejects what is not personal data (a functional
mailbox, a number failing the elfproef or the IBAN check).
"""

from __future__ import annotations

import re
from functools import lru_cache

from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from ..lexicons import load_lexicons, municipalities


class PersonalEmailRecognizer(PatternRecognizer):
    """E-mail addresses that name a person; functional mailboxes are not reported."""

    PATTERNS = [
        Pattern(
            "email",
            # a domain may break over a line after a hyphen: "softwarehuis-\nnoord.nl"
            r"(?<![\w.+-])[^\W_][\w.%+'-]*@[^\W_][\w-]*(?:-[ \t]?\n[ \t]*[\w-]+)?"
            r"(?:\.[^\W_][\w-]*(?:-[ \t]?\n[ \t]*[\w-]+)?)*\.[A-Za-z]{2,24}\b",
            0.9,
        ),
        Pattern(
            "email_cut",
            # an address cut at a hyphen that ends the line, its rest lost to another column:
            # "chidi.okafor@softwarehuis-" / "Chidi Okafor": the person's address all the same
            r"(?<![\w.+-])[^\W_][\w.%+'-]*@[^\W_][\w.-]*-(?=[ \t]*\n[ \t]*(?-i:\p{Lu}))",
            0.8,
        ),
        Pattern(
            "email_broken",
            # a narrow column breaks the domain anywhere: "wim.oosterhuis@belastingdi" / "enst.nl" (presidio
            # matches without case by default: the small letters of the rest are asked for explicitly)
            r"(?<![\w.+-])[^\W_][\w.%+'-]*@[^\W_][\w.-]*[ \t]?\n[ \t]*(?-i:[a-z](?:[a-z0-9.-]*[a-z])?)(?![\w@.-])",
            0.85,
        ),
        Pattern(
            "email_broken_at",
            # broken right after the "@" ("m.vanderploeg@" / "flevoland.nl") or before the top-level domain
            # ("a.lukaszewska@flevoland" / ".nl")
            r"(?<![\w.+-])[^\W_][\w.%+'-]*@(?:[ \t]?\n[ \t]*[^\W_][\w-]*(?:\.[\w-]+)*\.(?-i:[a-z]{2,24})"
            r"|[^\W_][\w-]*(?:\.[\w-]+)*[ \t]?\n[ \t]*\.(?-i:[a-z]{2,24}))(?![\w@.-])",
            0.85,
        ),
    ]

    def __init__(self, name: str = "email", supported_language: str = "nl") -> None:
        super().__init__(
            supported_entity="EMAIL_ADDRESS",
            patterns=self.PATTERNS,
            name=name,
            supported_language=supported_language,
            context=["e-mail", "email", "mail", "mailto"],
        )

    def invalidate_result(self, pattern_text: str) -> bool:
        """True (drop) for a functional mailbox such as woo@minvro.nl or info@gemeente.nl."""
        return functional_mailbox(pattern_text)

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Also keep an address the text itself calls a mailbox ("Postbus Opvang <opvang@...>")."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        kept = []
        for r in results:
            found = text[r.start : r.end]
            if "\n" in found and not _BROKEN_WHOLE.fullmatch("".join(found.split())):
                continue  # "info@minbzk.nl" / "en verder": the next line's word is no part of the address
            if called_mailbox(text, r.start, r.end):
                continue
            kept.append(r)
        return kept


def called_mailbox(text: str, start: int, end: int) -> bool:
    """The words just before the address at ``start:end`` call it a mailbox ("Postbus Opvang <opvang@...>",
    "Het secretariaat is bereikbaar via ...") and no part of it is a name."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 40) : start].lower()
    # "helpdesk@logius.nl; Kyano Beijring <", "Team Noord <tn@...> en Jan Vrolijk <": this item only
    before = re.split(r"[;,>)]", before)[-1]
    parts = _local_parts(text[start:end])
    # "tek", "dio": short or function words, none a name ("pim.vrolijk", "m.devries" are a person's)
    short = all(len(p) > 1 and (len(p) <= 3 or _functional_word(p)) for p in parts)
    named = any(_name_like_part(p) or _joined_name(p) or _initial_surname(p) for p in parts)
    if short and not named and _office_display(text[max(line_start, start - 50) : start]):
        return True  # the office's own name shown with it: its address
    places = load_lexicons().places
    # a place among the parts is the office's area ("Secretariaat: rwb-groningen@")
    named = any(
        (_name_like_part(p) and not (len(p) > 3 and p.capitalize() in places)) or _joined_name(p) or _initial_surname(p)
        for p in parts
    )
    return not named and bool(_MAILBOX_CONTEXT.search(before))


_ORG_WORD = re.compile(
    r"(?:contact|centrum|center|desk|loket|team|afdeling|bureau|dienst|beheer|secretariaat|service)$"
)
# "Van: Klantcontact RVO <tek@rvo.nl>", "informatiebeheer (dio@minbzk.nl)": the name shown with the address
_DISPLAY = re.compile(r"(?:^|[;:,\n])[ \t]*(?P<name>[^<>();:,\n\d@]{3,40}?)[ \t]*[<(][ \t]*$")


def _office_display(before: str) -> bool:
    """The address's display name names an office, not a person: an acronym or an organisation's word, and
    no first name or surname ("Klantcontact RVO", "informatiebeheer"; not "Piet Jansen", "Jansen, Piet")."""
    m = _DISPLAY.search(before)
    if m is None:
        return False
    lex = load_lexicons()
    words = [w.strip(".'\"") for w in m.group("name").split()]
    if before.rstrip().endswith("("):
        # "Geëxporteerd door informatiebeheer (": the word before the bracket, a common noun in small letters
        words = words[-1:]
        if not words or not words[0].islower():
            return False
    if not words or any(lex.is_first_name(w) or lex.is_surname(w) for w in words if w[:1].isupper()):
        return False
    office = [
        w for w in words if w in lex.acronyms or w.lower() in lex.organisation_words or _functional_word(w.lower())
    ]
    # a capitalised word must be an acronym or an organisation's word ("Klantcontact RVO"; not "Pim Vrolijk")
    capitalised_ok = all(
        w in lex.acronyms or not w[:1].isupper() or w.lower() in lex.organisation_words or _ORG_WORD.search(w.lower())
        for w in words
    )
    return bool(office) and capitalised_ok


# an address joined across a line break must end in a top-level domain that Dutch government mail uses
_BROKEN_WHOLE = re.compile(
    r"[^\W_][\w.%+'-]*@[^\W_][\w-]*(?:\.[^\W_][\w-]*)*\.(?:nl|com|org|net|eu|be|de|info|frl|amsterdam|email|"
    r"uk|fr|io)|[^\W_][\w.%+'-]*@[^\W_][\w-]*-(?:[\w-]+)(?:\.[^\W_][\w-]*)*\.[A-Za-z]{2,24}"
)


def functional_mailbox(pattern_text: str) -> bool:
    """A functional mailbox such as woo@minvro.nl or info@gemeente.nl, not a person's address."""
    parts = _local_parts(pattern_text)
    words = load_lexicons().functional_mailbox
    domain = pattern_text.split("@", 1)[1].split(".")[0].lower() if "@" in pattern_text else ""
    if pattern_text.split("@", 1)[0].lower() in _PLACEHOLDERS:
        return True  # example@gmail.com, voorbeeld@xs4all.nl: a placeholder in a manual, no one's address
    if domain in _CONSUMER_DOMAINS:
        return False  # an address at a consumer provider is a person's (or a one-man business's)
    if len(parts) == 1 and parts[0] == domain:
        return True  # vggz@vggz.nl: the organisation's own name
    if re.fullmatch(r"[ans]\d{1,3}", pattern_text.split("@", 1)[0].lower()):
        return True  # n348@gelderland.nl: a road's project, named after the road
    if not parts or any(
        (
            _name_like_part(p)
            and p not in words
            and not _place_beside_function(p, parts)
            and not _acronym_beside_function(p, parts)
        )
        or ((_joined_name(p) or _initial_surname(p)) and p not in words)
        for p in parts
    ):
        return False  # an initial, a known name, or first name and surname written as one: personal
    if len(parts) == 1 and parts[0].upper() in load_lexicons().acronyms and len(parts[0]) >= 3:
        return True  # adr@minfin.nl: the Auditdienst Rijk's, an acronym the lists know
    if len(parts) == 1 and len(parts[0]) <= 3 and parts[0] not in load_lexicons().functional_mailbox:
        return False  # initials only (jdv@...): personal
    if all(_functional_word(p) for p in parts):
        return True
    # next to a clear mailbox word, a short part is an abbreviation: secretariaat.dgdoo@, team-bo@
    mailbox = any(p in load_lexicons().functional_mailbox for p in parts)
    long_parts = [p for p in parts if len(p) > (5 if mailbox else 3)]
    # "dpp-team", "adr-vws", "projectbureau-koppelvlak": abbreviations next to function words
    return len(parts) >= 2 and all(_functional_word(p) for p in long_parts)


_MAILBOX_CONTEXT = re.compile(
    r"postbus|mailbox|secretariaat|servicedesk|helpdesk|functionele?|algeme(?:en|ne)|team\b|afdeling\b|loket"
    # ("teamleider J. de Vries: jdv@...", "afdelingshoofd ...": a person's function, no mailbox)
)


def _local_parts(address: str) -> list[str]:
    local = address.split("@", 1)[0].lower()
    # digits at a part's end name no one: "woo-verzoeken-artikel4.1@" has the parts woo, verzoeken, artikel
    return [w for p in re.split(r"[._+-]+", local) if (w := re.sub(r"\d+$", "", p))]


def _name_like_part(part: str) -> bool:
    """An initial or a known name in a local part (s, visser, sanne)."""
    lex = load_lexicons()
    cap = part.capitalize()
    if part in lex.functional_mailbox:
        return False  # post@, info@: also surnames, but a mailbox first
    named = (cap in lex.first_names or cap in lex.surnames) and part not in lex.common_words
    return len(part) == 1 or (named and cap not in lex.ambiguous)  # "noord" in team-noord@ is a word


_PLACEHOLDERS = frozenset({"example", "voorbeeld", "naam", "jouwnaam", "uwnaam", "user", "gebruiker", "jan.jansen"})
_CONSUMER_DOMAINS = frozenset(
    {
        "gmail",
        "googlemail",
        "hotmail",
        "outlook",
        "live",
        "msn",
        "yahoo",
        "icloud",
        "me",
        "hetnet",
        "ziggo",
        "kpnmail",
        "kpnplanet",
        "planet",
        "xs4all",
        "home",
        "chello",
        "casema",
        "quicknet",
        "zeelandnet",
        "upcmail",
        "telfort",
        "tele2",
        "online",
        "gmx",
        "proton",
        "protonmail",
    }
)


@lru_cache(maxsize=1)
def _joined_particles() -> tuple[str, ...]:
    """The tussenvoegsels as a local part writes them ("vander", "tho"), longest first."""
    tvs = {t.replace(" ", "").replace("'", "") for t in load_lexicons().tussenvoegsels}
    return tuple(sorted(tvs, key=len, reverse=True))


def _initial_surname(part: str) -> bool:
    """An initial and a surname written as one word: jrozendaal, pdevries."""
    lex = load_lexicons()
    rest = part[1:]
    tv = next((t for t in _joined_particles() if rest.startswith(t) and len(rest) > len(t) + 3), "")
    core = rest[len(tv) :].capitalize()
    return part[:1].isalpha() and len(core) >= 4 and core in lex.surnames and part not in lex.functional_mailbox


def _joined_name(part: str) -> bool:
    """A first name and a surname (or two first names) written as one word: kyanobeijring,
    daphnevanallemanie, janjaap."""
    lex = load_lexicons()
    tvs = _joined_particles()
    for i in range(2, len(part) - 2):
        if not lex.is_first_name(part[:i].capitalize()):
            continue
        rest = part[i:]
        tv = next((t for t in tvs if rest.startswith(t) and len(rest) > len(t) + 2), "")
        if rest[len(tv) :].capitalize() in lex.surnames:
            return True
        if i >= 3 and len(rest) >= 3 and lex.is_first_name(rest.capitalize()) and part[:i] not in lex.common_words:
            return True  # two first names: janjaap@, annemarie@
    return False


def _is_word(w: str) -> bool:
    lex = load_lexicons()
    return (
        w in lex.common_words
        or w in lex.dutch_words
        or (len(w) >= 3 and w.upper() in lex.acronyms)  # "ciorijk": CIO Rijk
        or w in lex.functional_mailbox
        or w.endswith(_NOUN_ENDINGS)
        or (len(w) >= 4 and w in lex.english_words and w.capitalize() not in lex.first_names)  # "cybersecurity"
    )


_NOUN_ENDINGS = (
    "heid",
    "ing",
    "ingen",
    "teit",
    "schap",
    "zaken",
    "loket",
    "beleid",
    "atie",
    "aties",
    "ij",
    "dienst",
    "tie",
    "ties",
    "schrift",
    "schriften",
)


def _segments(word: str) -> bool:
    """Can ``word`` be read as one to four Dutch words (regietafeljeugd, opvangoekraine)?"""
    best: dict[int, int] = {0: 0}  # position -> fewest pieces to reach it
    for i in range(len(word)):
        if i not in best or best[i] >= 4:
            continue
        for j in range(i + 2, len(word) + 1):
            piece = word[i:j]
            code = j - i <= 3 and i == 0 and any(c.isdigit() for c in piece)  # "g4secretariaat"
            if code or (j - i >= 3 and _is_word(piece)) or (j - i > 3 and piece[-1] == "s" and _is_word(piece[:-1])):
                best[j] = min(best.get(j, 9), best[i] + 1)
    return len(word) in best


def _place_beside_function(part: str, parts: list[str]) -> bool:
    """A place that is also a surname, beside a mailbox word: bezoek.zwaag@ (the Zwaag site's visits)."""
    lex = load_lexicons()
    return len(part) > 1 and part.capitalize() in lex.places and any(q in lex.functional_mailbox for q in parts)


def _acronym_beside_function(part: str, parts: list[str]) -> bool:
    """An acronym the lists know beside a long function word: ai-verordening@ (not eli@ alone)."""
    lex = load_lexicons()
    return part.upper() in lex.acronyms and any(q != part and len(q) >= 6 and _functional_word(q) for q in parts)


def _functional_word(part: str) -> bool:
    """A local-part word that names a function, not a person: no initial, no name, Dutch words,
    an acronym, a place or an English word (riec.rotterdam@, ops.centre@, secretariat@)."""
    lex = load_lexicons()
    if part.isdigit() or part in lex.functional_mailbox:
        return True
    cap = part.capitalize()
    if len(part) > 1 and cap not in lex.first_names:
        if part.upper() in lex.acronyms or (cap in lex.places and cap not in lex.surnames):
            return True
        if len(part) > 3 and part in lex.english_words and cap not in lex.surnames:
            return True
    if len(part) == 1:
        return False  # an initial: s.visser
    if len(part) <= 3:  # an abbreviation next to function words (secretariaat.de), not a short name (lau, li)
        cap = part.capitalize()
        return part in lex.common_words and cap not in lex.first_names and cap not in lex.surnames
    cap = part.capitalize()
    if (cap in lex.first_names or cap in lex.surnames) and part not in lex.common_words:
        return False
    if _particle_surname(part):
        return False  # "vanleeuwen", "dejong": a particle and a surname written as one
    return _is_word(part) or _segments(part)


@lru_cache(maxsize=1)
def _joined_places() -> frozenset[str]:
    """Place names as a local part writes them: "denhaag", "bergenopzoom"."""
    lex = load_lexicons()
    return frozenset("".join(p.lower().split()).replace("'", "") for p in (*lex.places, *municipalities()))


def _particle_surname(part: str) -> bool:
    """A tussenvoegsel and a surname the lexicon knows, written as one word ("vanleeuwen", "terhorst"; not a
    place: "denhaag")."""
    surnames = load_lexicons().surnames
    if part in _joined_places():
        return False
    return any(
        part.startswith(t) and len(part) > len(t) + 2 and part[len(t) :].capitalize() in surnames
        for t in _joined_particles()
    )


def elfproef(digits: str) -> bool:
    """The BSN eleven test: sum(i * d) with weights 9..2 and -1 is divisible by 11."""
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1))) - int(digits[8])
    return total % 11 == 0


class BsnRecognizer(PatternRecognizer):
    """Burgerservicenummer: nine digits passing the elfproef (ground 5.1.1e)."""

    PATTERNS = [
        Pattern("bsn", r"(?<![\w.-])\d{3}[. ]?\d{2}[. ]?\d{2}[. ]?\d{2}(?![\w-])", 0.4),
        Pattern("bsn-dotted", r"(?<![\w.-])\d{4}\.\d{2}\.\d{3}(?![\w-])", 0.4),
        Pattern("bsn-3x3", r"(?<![\w.-])\d{3}[ .]\d{3}[ .]\d{3}(?![\w-]|[ .]\d)", 0.4),
        # any grouping of nine digits right after its label: "BSN 34 26 47 829"
        Pattern(
            "bsn-labelled",
            r"(?<=(?i:\bbsn|burgerservicenummer)[ \t:]{1,3})(?=(?:\d[ .]?){8}\d(?![\w-]|[ .]\d))[\d .]{9,13}\d",
            0.4,
        ),
    ]

    def __init__(self, name: str = "bsn", supported_language: str = "nl") -> None:
        super().__init__(
            supported_entity="NL_BSN",
            patterns=self.PATTERNS,
            name=name,
            supported_language=supported_language,
            context=["bsn", "burgerservicenummer", "sofinummer", "sofi-nummer", "persoonsnummer"],
        )

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Nine digits passing the elfproef; failing it, only with "BSN" (or the like) just before: flagged."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        column = bool(_BSN_COLUMN.search(text))  # a table with a BSN column: its numbers stand alone in a cell
        kept = []
        for r in results:
            before = text[max(0, r.start - 80) : r.start]
            if _OTHER_NUMBER.search(before) and not _BSN_LABEL.search(before):
                continue  # "Registratienummer LRK 284017735", "RSIN 001234567": another register's number
            if elfproef(re.sub(r"\D", "", text[r.start : r.end])):
                kept.append(r)
            elif _BSN_LABEL.search(text[max(0, r.start - 80) : r.start]) or (
                column and _ALONE.match(text, r.start, r.end) is not None
            ):
                _unchecked(r, "labelled as BSN, but fails the elfproef: review")
                kept.append(r)
        return kept


_OTHER_NUMBER = re.compile(
    r"(?i:\b(?:registratienummer|lrk|kvk(?:-?nummer)?|rsin|zaaknummer|dossiernummer|kenmerk|factuurnummer|"
    r"klantnummer|relatienummer|ordernummer|polisnummer|vestigingsnummer|btw(?:-?nummer)?)\b)[^\d\n]{0,25}\n?[ \t]*$"
)
_BSN_COLUMN = re.compile(r"(?im)^[ \t]*(?:bsn|burgerservicenummer)[ \t]*$")
_ALONE = re.compile(r"(?<=\n)[ \t]*\d[\d. ]{8,10}[ \t]*(?=\n|$)")
_BSN_LABEL = re.compile(r"(?i:\b(?:bsn|burgerservicen\w*|sofi-?nummer)\b)[^\d]{0,45}$")
UNCHECKED_SCORE = 0.6  # below the certain threshold: redacted and flagged for a reviewer
UNCHECKED = "unchecked"  # pattern name of a number that fails its check digit: no context raises its score


def _unchecked(r: RecognizerResult, why: str) -> None:
    """Mark a result whose check digit failed: a modest score, and why."""
    r.score = UNCHECKED_SCORE
    if r.analysis_explanation:
        r.analysis_explanation.textual_explanation = why
        r.analysis_explanation.pattern_name = UNCHECKED


def iban_valid(text: str) -> bool:
    """ISO 13616 mod-97 check of an IBAN."""
    s = re.sub(r"\s", "", text).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    moved = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


class IbanRecognizer(PatternRecognizer):
    """IBAN account numbers (mod-97 checked)."""

    PATTERNS = [
        Pattern("iban", r"\b[A-Z]{2}\d{2}[ \n]?(?:[A-Z0-9]{4}[ \n]?){2,7}[A-Z0-9]{1,4}\b", 0.85),
        # the first part of a Dutch IBAN that a narrow table cell broke off: "NL69 INGB 0123" + "4567 89"
        Pattern("iban-fragment", r"\bNL\d{2} ?[A-Z]{4}(?: ?\d{4}){1,2}(?=[ \t]*(?:\n|$))", 0.6),
    ]

    def __init__(self, name: str = "iban", supported_language: str = "nl") -> None:
        super().__init__(
            supported_entity="IBAN_CODE",
            patterns=self.PATTERNS,
            name=name,
            supported_language=supported_language,
            context=["iban", "rekening", "rekeningnummer", "bankrekening"],
        )

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Valid IBANs, and Dutch IBAN-shaped strings whose checksum fails (a typo): those flagged."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        kept = []
        for r in results:
            value = re.sub(r"\s", "", text[r.start : r.end])
            if value[4:8].upper() in _PUBLIC_SECTOR_BANKS:
                continue  # BNG Bank serves public bodies only: "betalen op NL12 BNGH ..." is the organisation's
            if iban_valid(value):
                kept.append(r)
            elif _DUTCH_IBAN.fullmatch(value):
                _unchecked(r, "a Dutch IBAN whose checksum fails (a typo?): review")
                kept.append(r)
            elif _DUTCH_IBAN_START.fullmatch(value):
                _unchecked(r, "the start of a Dutch IBAN broken over a line (a table cell): review the rest")
                kept.append(r)
        return kept


# banks whose clients are public bodies only (BNG Bank: municipalities, provinces, water boards, the State)
_PUBLIC_SECTOR_BANKS = frozenset({"BNGH"})
_DUTCH_IBAN = re.compile(r"NL\d{2}[A-Z]{4}\d{10}")
_DUTCH_IBAN_START = re.compile(r"NL\d{2}[A-Z]{4}\d{4,8}")
