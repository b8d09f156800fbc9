"""Pattern recognizers: e-mail addresses, BSN, IBAN (Dutch phone numbers: :mod:`.phones`).

Each is a presidio ``PatternRecognizer`` with its patterns, context words and
a validation hook that rejects what is not personal data (a functional
mailbox, a number failing the elfproef or the IBAN check).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator

import regex
from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from .mailboxes import attested_mailbox, called_mailbox, functional_mailbox, named_surname, owners_domain


class PersonalEmailRecognizer(PatternRecognizer):
    """E-mail addresses that name a person; functional mailboxes are not reported."""

    PATTERNS = [
        Pattern(
            "email",
            # a domain may break over a line after a hyphen: "softwarehuis-\nnoord.nl"; OCR may read a stray
            # mark after the "@" of a scanned letterhead ("m.van.looij@®amsterdam.nl")
            r"(?<![\w.+-])[^\W_][\w.%+'-]*@[®©]?[^\W_][\w-]*(?:-[ \t]?\n[ \t]*[\w-]+)?"
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
            "email_truncated",
            # a table cell cut the domain and the rest stands in another cell or is gone:
            # "patrick.vandijck@vlaamsbrabant.b" / "e", "hendrik.vanhemelryck@vlaandere" / "n.be"
            r"(?<![\w.+-])[^\W_][\w.%+'-]*@[^\W_][\w-]*(?:\.[\w-]+)*?(?:\.(?-i:[a-z])|(?<!\.[A-Za-z]{2,24}))"
            r"(?=[ \t]*(?:\n|\Z)|[ \t]+(?:(?-i:\p{Lu})|\(|\d))",
            0.7,
        ),
        Pattern(
            "email_broken_local",
            # a narrow cell breaks the local part after its hyphen or underscore: "m.visser-" /
            # "baldewsingh@igj.nl" (not after a dot: "... het secretariaat." / "j.jansen@...")
            r"(?<![\w.+-])(?-i:[a-z0-9][a-z0-9.%+'_-]*)[-_][ \t]?\n[ \t]*(?-i:[a-z0-9])[\w.%+'-]*@[^\W_][\w-]*"
            r"(?:\.[^\W_][\w-]*)*\.[A-Za-z]{2,24}\b",
            0.85,
        ),
        Pattern(
            "email_broken_at",
            # broken right after the "@" ("m.vanderploeg@" / "flevoland.nl") or before the top-level domain
            # ("a.lukaszewska@flevoland" / ".nl")
            # (in a quoted reply the next line begins with its quote marks: "j.nowak-berger@" / "> nordlichtdata.nl")
            r"(?<![\w.+-])[^\W_][\w.%+'-]*@(?:[ \t]?\n[ \t]*(?:>[ \t]*)*[^\W_][\w-]*(?:\.[\w-]+)*\.(?-i:[a-z]{2,24})"
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

    def _windowed(self, flags: int | None) -> list[Pattern]:
        """The patterns, each compiled with ``flags`` as presidio compiles it, its ``finditer`` tried only at the
        places before an "@" where a match can begin (:class:`_AtWindows`); made once per flags."""
        kept: dict[int | None, list[Pattern]] = self.__dict__.setdefault("_windowed_patterns", {})
        if flags not in kept:
            back, first = regex.compile(_BACK, flags=flags or 0), regex.compile(_FIRST, flags=flags or 0)
            made = []
            for p in self.patterns:  # type: ignore[has-type]
                q = Pattern(p.name, p.regex, p.score)
                q.compiled_regex = _AtWindows(regex.compile(p.regex, flags=flags or 0), back, first)  # type: ignore[assignment]
                q.compiled_with_flags = flags  # type: ignore[assignment]
                made.append(q)
            kept[flags] = made
        return kept[flags]

    def invalidate_result(self, pattern_text: str) -> bool:
        """True (drop) for a functional mailbox such as woo@minvro.nl or info@gemeente.nl; not when the text
        names a person by the local part ("mr. F.M. Timmerhuis" / "timmerhuis@agrilex.nl": a word, and her name)."""
        text = self.__dict__.get("_text", "")
        return functional_mailbox(pattern_text) and not (
            named_surname(pattern_text, text) or owners_domain(pattern_text, text)
        )

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Also keep an address the text itself calls a mailbox ("Postbus Opvang <opvang@...>")."""
        if "@" not in text:
            return []  # every pattern holds an "@"
        # presidio's own loop over the patterns and their matches, each pattern tried only before an "@"
        # (see _AtWindows); the recognizer itself may serve other threads: this call's view of it
        view = copy.copy(self)
        patterns = self._windowed(regex_flags if regex_flags else self.global_regex_flags)
        if _LOCAL_PART_BROKEN.search(text) is None:
            # the local part broken at a line end ("m.visser-" / "baldewsingh@") matches only after a hyphen or
            # underscore that ends a line; without one, presidio's results of the other patterns, as they are
            patterns = [p for p in patterns if p.name != "email_broken_local"]
        view.patterns = patterns  # type: ignore[has-type]
        view.__dict__["_text"] = text  # (read by invalidate_result)
        results = PatternRecognizer.analyze(view, text, entities, nlp_artifacts, regex_flags)
        kept = []
        # an address the text calls a mailbox once is one wherever it stands ("Functionele mailbox DCC" /
        # "dcc@minienw.nl", then "Wijzigingen doorgeven aan dcc@minienw.nl")
        # (or whose parts the text uses as an office's acronyms and words: "het LOCC" / "locc@politie.nl")
        called = {
            text[r.start : r.end].lower()
            for r in results
            if called_mailbox(text, r.start, r.end) or attested_mailbox(text, r.start, r.end)
        }
        for r in results:
            found = text[r.start : r.end]
            if "\n" in found and not _BROKEN_WHOLE.fullmatch("".join(found.split()).replace(">", "")):
                continue  # "info@minbzk.nl" / "en verder": the next line's word is no part of the address
            if found.lower() in called:
                continue
            kept.append(r)
        return kept


# What may stand between the start of an e-mail pattern's match and its "@" (read backwards from the "@"):
# the local part ``[^\W_][\w.%+'-]*``, or for email_broken_local two such runs around a line break
# (``[-_][ \t]?\n[ \t]*``); no pattern has an "@" before its first: a match's first "@" is the first "@" after
# its start
_BACK = r"(?r)(?:[\w.%+'-]*[ \t]*\n[ \t]*)?[\w.%+'-]*"
# and every pattern begins so (email_broken_local with a letter or digit of ASCII): a match begins only there
_FIRST = r"(?<![\w.+-])[^\W_]"


class _AtWindows:
    """A compiled e-mail pattern whose ``finditer`` tries it only where a match can begin: each match holds an
    "@" (its first "@" the first after its start), and its start lies after the "@" before, no further back
    than ``back`` reaches from the "@" (:data:`_BACK`), where ``first`` matches (:data:`_FIRST`). At each such
    place in order, on from the last match's end,
    the pattern is matched where ``finditer`` would try it: the same matches (``finditer`` yields the leftmost
    match at or after the last one's end; lookbehinds and lookaheads see the whole text either way), without
    trying the pattern at every word start of the text (~0.7 ms a page)."""

    def __init__(self, pattern: regex.Pattern[str], back: regex.Pattern[str], first: regex.Pattern[str]) -> None:
        if not pattern.pattern.startswith(_FIRST[:-6]):
            raise ValueError(f"an e-mail pattern that does not begin with {_FIRST[:-6]}: {pattern.pattern}")
        self.pattern, self.back, self.first = pattern, back, first

    def finditer(self, text: str, timeout: float | None = None) -> Iterator[regex.Match[str]]:
        """The matches of ``pattern.finditer(text)``, in order."""
        end = 0  # where the last match ended: the next one begins at or after it
        before = 0  # just after the "@" before
        at = text.find("@")
        while at >= 0:
            if at >= end:
                reach = self.back.match(text, before, at)
                start = max(end, before, reach.start() if reach else at)
                for place in self.first.finditer(text, start, at):
                    m = self.pattern.match(text, place.start(), timeout=timeout)
                    if m:
                        yield m
                        end = m.end()
                        break
            before = at + 1
            at = text.find("@", before)


_LOCAL_PART_BROKEN = re.compile(r"[-_][ \t]?\n")  # what the pattern email_broken_local holds before its line break
_BROKEN_WHOLE = re.compile(
    r"[^\W_][\w.%+'-]*@[^\W_][\w-]*(?:\.[^\W_][\w-]*)*\.(?:nl|com|org|net|eu|be|de|info|frl|amsterdam|email|"
    r"uk|fr|io)|[^\W_][\w.%+'-]*@[^\W_][\w-]*-(?:[\w-]+)(?:\.[^\W_][\w-]*)*\.[A-Za-z]{2,24}"
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
        # (not a loonheffingennummer's start: "8013.47.218.L01")
        Pattern("bsn-dotted", r"(?<![\w.-])\d{4}\.\d{2}\.\d{3}(?![\w-]|\.\w)", 0.4),
        Pattern("bsn-3x3", r"(?<![\w.-])\d{3}[ .]\d{3}[ .]\d{3}(?![\w-]|[ .]\d)", 0.4),
        # four, two and three digits, as some forms and letters group it ("5636 85 992"); kept only when it
        # passes the elfproef or stands after its label, as every grouping
        Pattern("bsn-4-2-3", r"(?<![\w.-])\d{4} \d{2} \d{3}(?![\w-]|[ .]\d)", 0.4),
        # any grouping of nine digits right after its label: "BSN 34 26 47 829", "burgerservicenummer is 2175 33 772"
        Pattern(
            "bsn-labelled",
            r"(?<=(?i:\bbsn|burgerservicenummer)(?:[ \t]+(?i:is|luidt))?[ \t:]{1,3})"
            r"(?=(?:\d[ .]?){8}\d(?![\w-]|[ .]\d))[\d .]{9,13}\d",
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
    r"klantnummer|relatienummer|ordernummer|polisnummer|vestigingsnummer|loonheffingennummer|"
    r"btw(?:-?nummer)?)\b)[^\d\n]{0,25}\n?[ \t]*$"
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
        # (capitals only: presidio matches without case, and "BE48 0630 4110 7827" / "lien.janssens@..." ran on
        # into the next line's word, failed the checksum and was dropped)
        Pattern("iban", r"(?-i:\b[A-Z]{2}\d{2}[ \n]?(?:[A-Z0-9]{4}[ \n]?){2,7}[A-Z0-9]{1,4}\b)", 0.85),
        # the first part of a Dutch IBAN that a narrow table cell broke off: "NL69 INGB 0123" + "4567 89"
        Pattern("iban-fragment", r"\bNL\d{2} ?[A-Z]{4}(?: ?\d{4}){1,2}(?=[ \t]*(?:\n|$))", 0.6),
        # a Dutch IBAN grouped another way ("NL 09 TRIO 2341 2932 41"), or with a digit too many or too few
        # ("NL56 RABO 0115 4878 913": a typo, still someone's account)
        Pattern("iban-nl-loose", r"(?-i:\bNL ?\d{2} ?[A-Z]{4} ?\d(?: ?\d){8,10}(?! ?\d))", 0.6),
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
            if not iban_valid(value) and (end := _valid_prefix_end(text, r.start, r.end)):
                # "BE71 0961 2345 6769" / "100288 ...": the match ran on into the next line's number
                r.end, value = end, re.sub(r"\s", "", text[r.start : end])
            if value[4:8].upper() in _PUBLIC_SECTOR_BANKS:
                continue  # BNG Bank serves public bodies only: "betalen op NL12 BNGH ..." is the organisation's
            if iban_valid(value):
                kept.append(r)
            elif _DUTCH_IBAN.fullmatch(value):
                _unchecked(r, "a Dutch IBAN whose checksum fails (a typo?): review")
                kept.append(r)
            elif _DUTCH_IBAN_LOOSE.fullmatch(value):
                _unchecked(r, "a Dutch IBAN with a digit too many or too few (a typo?): review")
                kept.append(r)
            elif _DUTCH_IBAN_START.fullmatch(value):
                _unchecked(r, "the start of a Dutch IBAN broken over a line (a table cell): review the rest")
                kept.append(r)
            elif _GROUPED_IBAN.fullmatch(text, r.start, r.end) and _ACCOUNT_BEFORE.search(
                text, max(0, r.start - 50), r.start
            ):
                _unchecked(r, "an IBAN printed in groups of four after an account's word, its checksum failing: review")
                kept.append(r)
        return kept


# an IBAN as it is printed, in groups of four ("PH62 0000 1234 5678 9012"), after a word for an account: a typo or an
# invented number is still someone's account
_GROUPED_IBAN = regex.compile(r"[A-Z]{2}\d{2}(?: [A-Z0-9]{4}){3,7}(?: [A-Z0-9]{1,4})?")
# (on its line, or as a form's label on the line above: "Payout account" / "FR76 3000 4028 ...")
_ACCOUNT_BEFORE = regex.compile(
    r"(?i:\b(?:iban|account|rekening\w*|bankrekening\w*|konto|compte|cuenta|conta)\b)"
    r"(?:[^\n]{0,40}|[^\n]{0,20}\n[ \t]*)\Z"
)


def _valid_prefix_end(text: str, start: int, end: int) -> int | None:
    """The end of the longest valid IBAN that the span begins with, cut at a space or a line break."""
    cuts = [m.start() for m in re.finditer(r"[ \n]", text[start:end])]
    for cut in reversed(cuts):
        if iban_valid(text[start : start + cut]):
            return start + cut
    return None


# banks whose clients are public bodies only (BNG Bank: municipalities, provinces, water boards, the State)
_PUBLIC_SECTOR_BANKS = frozenset({"BNGH"})
_DUTCH_IBAN = re.compile(r"NL\d{2}[A-Z]{4}\d{10}")
_DUTCH_IBAN_LOOSE = re.compile(r"NL\d{2}[A-Z]{4}\d{9,11}")
_DUTCH_IBAN_START = re.compile(r"NL\d{2}[A-Z]{4}\d{4,8}")
