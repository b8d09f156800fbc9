"""Dutch phone numbers in their written forms: a presidio ``PatternRecognizer`` whose validation
keeps the numbers of organisations (switchboards, service numbers, a number in a letterhead or beside
a functional mailbox, one offered by an organisation) and redacts the direct and mobile numbers of
people."""

from __future__ import annotations

import re

from presidio_analyzer import AnalysisExplanation, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from ..grammar import line_span
from .footers import org_footer, running_footer
from .mailboxes import called_mailbox, functional_mailbox
from .phone_context import (
    _ADDRESS,
    _ALWAYS,
    _BRACKET_LABEL,
    _CLOSING_BEFORE,
    _DESK_BEFORE,
    _DIRECT_AFTER,
    _DOMAIN,
    _EXTENSION,
    _FAX_LABEL,
    _GENERAL_IS,
    _HOURS,
    _IBAN_HEAD,
    _LINE_LABEL,
    _LONE_EXTENSION,
    _MAILBOX_AFTER,
    _MAILBOX_BEFORE,
    _MAILBOX_BELOW,
    _MEMORABLE,
    _OFFERED,
    _ORG_NAME_LINE,
    _ORG_ROW,
    _ORG_STREET_LINE,
    _ORGANISATION,
    _PORTAL,
    _POSTBUS_ABOVE,
    _STREET_PLACE,
    _TELL_US,
    _fax_beside,
    _given_name,
    _listed_after_label,
    _named,
    _org_named_before,
    _own_extension,
)

__all__ = ["DutchPhoneRecognizer"]

# Separators inside a written number: space, hyphen, dot, or " - ".
# a number may break over a line, but not after a full stop: "... 384 22 19." / "3. Woningbouw" is the next item
# (a line break inside a number, not before a numbered paragraph's "1. ": "... 0592 36 51 92" / "1. In 2025 ...";
# a number that would need that digit is broken where no number breaks: a paragraph starts its own line)
_SEP = r"(?:[ \u00a0]?[-\u2010\u2011\u2013]?(?:[ \u00a0]|\n(?!\d[.)][ \t]))?|[ \u00a0]?\.[ \u00a0]?)"
# ... and after the prefix a line may end before the spaced hyphen: "S. Oude Egberink, 06" / "- 30 81 44 72" (a
# comma, a colon or a phone's word before the prefix; no date after the hyphen: "Overzicht dossier 06" / "- 12-03-2025")
_PREFIX_SEP = (
    rf"(?:{_SEP}|(?<=(?:[,:]|(?i:tel|telefoon|mobiel|bel|op))\.?[ \t\u00a0]+(?:06|0\d{{2,3}}))"
    r"\n[-\u2010\u2011\u2013][ \u00a0]"
    r"(?!\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}(?!\d)|\d{1,2}[ ]\d{1,2}[ ](?:19|20)\d\d(?!\d)))"
)
# "+31 (0)6", "+31 (6) 2204 7719", "0031-6-22819340"
# (the country's code may end a line: "Bel gerust: +31" / "(0)50 595 4412.")
_COUNTRY = r"(?:\+31|0031)(?:[ \u00a0-]|[ \u00a0]?\n)?"
_MOBILE_INTL = rf"{_COUNTRY}(?:\(0\)[ \u00a0]?)?(?:6|\(0?6\))"
_MOBILE = rf"{_MOBILE_INTL}{_SEP}(?:\d{_SEP}){{7}}\d|(?:06|\(06\)){_PREFIX_SEP}(?:\d{_SEP}){{7}}\d"
_INTL_FIXED = rf"{_COUNTRY}(?:\(0\)[ \u00a0]?)?[1-57-9]\d?{_SEP}(?:\d{_SEP}){{6,7}}\d"
_NATIONAL = rf"\(?0[1-57-9]\d{{1,2}}\)?{_PREFIX_SEP}(?:\d{_SEP}){{5,6}}\d"


# "Vragen? Bel 088 789 10 00.": a letter's general line for questions (not "Vragen? Bel mij op ...")
_QUESTIONS = re.compile(r"(?i:vragen\?\s+bel(?:\s+(?:dan|ons))?(?:\s+op)?\s*)\Z")
_DATE_START = re.compile(r"\(?\d{1,2}-\d{2}-(?:19|20)\d{2}(?!\d)")


_MOBILE_ON_LINE = re.compile(r"(?<![\d+])(?:\+31[ \t]?\(?0?\)?[ \t]?6|06)[ \t-]?\d")
_GENERAL_CELL_AFTER = re.compile(
    r"^[^\n|·•]{0,6}[|·•][ \t]*(?i:algemeen|centrale|receptie|general|main)\b[ \t:]*\+?\(?\d"
)
_NAME_BRACKET = re.compile(r"(?P<name>[A-Z][\w'’-]+(?:[ \t]+[\w'’-]+){1,3})[ \t]*\([^()\n]{0,30}\Z")
_PERSONAL_LOCAL = re.compile(r"[^\W\d_]{1,30}[._-][^\W\d_]{2,30}(?:[._-][^\W\d_]{2,30})*@")
_NAME_COMMA = re.compile(r"(?P<name>[A-Z][\w'’-]+(?:[ \t\n]+[\w'’-]+){1,3})[ \t]*,[ \t]*\Z")
# ... or a name, its function in small letters and a comma: "Claudia Meijer, medewerker klantcontact, 0481-..."
_NAME_FUNCTION_COMMA = re.compile(
    r"(?P<name>[A-Z][\w'’-]+(?:[ \t]+[\w'’-]+){1,3})[ \t]*,[ \t]*[a-zà-ÿ][^\n,;:()|]{2,50},[ \t]*\Z"
)
_MOBILE_LABEL = re.compile(r"(?:(?<![\w])(?:M|Mob|Mobiel|Mobile|GSM|Cell|Handy)\.?[ \t]*:?[ \t]*)$")
# a contact person's label and name on the line above a number: "Contact  Sven Oude Luttikhuis", "Uw contactpersoon"
_CONTACT_ABOVE = re.compile(
    r"(?i)[ \t]*(?:uw[ \t]+)?(?:contact(?:persoon)?|behandeld[ \t]+door|inlichtingen(?:[ \t]+bij)?)\b"
)
_OWN_WORDS = re.compile(r"(?i)\b(?:mij|me|mijn|ik|direct|rechtstreeks|doorkiesnummer)\b")
_CLAUSE_SPLIT = re.compile(r"(?i)\b(?:of|en|or|and)\b|[,;(]")
_INITIALS_NAME = re.compile(r"(?<![\w.])(?:[A-Z]\.){1,4}[ \t]*(?:(?:van|de|der|den|ter|ten)[ \t]+)*[A-Z][a-z]{2,}")
_EXTENSION_WORD = re.compile(r"(?i)\b(?:toestel|tst|ext|extension|doorkies)")
# an extension after a dash, where an extension's word stands before the number: "toestel 043 350 6610 - 214" (not a
# range of hours, "- 17.00", nor a second number, "- 06 1234 5678")
_DASH_EXTENSION = re.compile(r"[ \t]*[-–][ \t]*(?P<ext>\d{2,4})(?!\d|[.:,]\d|[ ]\d)")


def _dash_extension(text: str, r: RecognizerResult) -> re.Match[str] | None:
    """The extension after a dash that follows a number an extension's word stands before ("toestel 043 350 6610 -
    214"), or None."""
    if not _EXTENSION_WORD.search(text, max(0, r.start - 12), r.start):
        return None
    return _DASH_EXTENSION.match(text, r.end)


_ANY_BRACKET = re.compile(r"[ \t]*\([^()\n]{1,40}\)")
_CALL_PERSON_ON = re.compile(
    r"(?:\b[Dd]e[ \t]+heer|\b[Mm]evrouw|\b[Mm]w\.|\b[Dd]hr\.)[ \t]+(?:[A-Z]\.[ \t]?)*"
    r"(?:(?:van|de|der|den|ter|ten|'t)[ \t]+)*[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?[ \t]+(?:op|via|:)[ \t]*\Z"
)
_INITIALS_COMMA = re.compile(_INITIALS_NAME.pattern + r"[ \t]*,[ \t]*\Z")
_MOBILE_BESIDE = re.compile(
    r"[ \t]*[|·,]?[ \t]*\n?[ \t]*(?:M|Mob|Mobiel|GSM)\.?[ \t]*:?[ \t]*(?:\+31[ \t]?(?:\(0\)[ \t]?)?6|06)"
)
# "uw telefoonnummer", "Uw Nederlandse nummer", "je mobiele nummer": the number of the person addressed
_YOUR_NUMBER = re.compile(r"(?i)\b(?:uw|jouw|je)\s+(?:[a-z]+\s+)?(?:telefoon|mobiele?\s+)?nummer\b[^.\n]{0,40}$")


# a postcode and a place alone on a line: an address block's last line ("1013 HG Amsterdam")
_POSTCODE_PLACE_LINE = re.compile(r"[ \t]*[1-9]\d{3}[ \t]?[A-Z]{2}[ \t]+[A-Z][\w'’ -]*[ \t]*\n?\Z")


_KIN = re.compile(r"(?i)\b(?:moeder|vader|oma|opa|buurman|buurvrouw|buren|zoon|dochter|partner|huisarts|tante|oom)\b")
_FIXED_NUMBERS = re.compile(r"[ \t]*(?i:vaste|algemene|centrale|belangrijke)[ \t]+(?:telefoon)?nummers[ \t]*:")
_MY = re.compile(r"(?i)\b(?:mijn|m'n|zijn|haar)\b")
_FUNCTIONAL_AFTER = re.compile(r"[ \t]*\((?i:functione(?:el|le))\b[^()\n]{0,30}\)")
_FUNCTIONAL_BEFORE = re.compile(
    r"(?i:functione(?:el|le)[ \t]+(?:mobiele?[ \t]+)?(?:nummer|telefoon|toestel|mobiel|telefoonnummer))[ \t]*:?[ \t]*$"
)


class DutchPhoneRecognizer(PatternRecognizer):
    """Dutch phone numbers in their written forms; switchboard and service numbers are kept."""

    name: str  # set by presidio's __init__, which leaves it untyped

    PATTERNS = [
        Pattern("mobile", rf"(?<![\w+])(?:{_MOBILE})(?!\d)", 0.85),
        Pattern("international", rf"(?<![\w+])(?:{_INTL_FIXED})(?!\d)", 0.8),
        # (not the area code of a municipality's "14 071", which would swallow the number on the next line)
        # (... nor a number a dash goes on from, but for an extension after it: "toestel 043 350 6610-214")
        # (nor a group inside an international number, read on into the number on the next line: "+31 (0)88 042
        # 7719" / "030 230 8080" is not "042 7719 030")
        Pattern(
            "national",
            rf"(?<![\w+/-])(?<!(?<!\d)14[ \u00a0])(?<!{_COUNTRY}(?:\(0\)[ \u00a0]?)?\d{{1,3}}[ \u00a0])"
            rf"(?:{_NATIONAL})(?!\d)(?!-(?!\d{{2,4}}(?![\d-])))",
            0.7,
        ),
        Pattern(
            "foreign",
            # "+1 (202) 550-0193": an area code in brackets
            rf"(?<![\w+])\+(?!31)[1-9]\d{{0,2}}[ \u00a0]?(?:\(0\)[ \u00a0]?|\(\d{{2,4}}\)[ \u00a0]?)?"
            rf"(?:\d{_SEP}){{5,12}}\d(?!\d)",
            0.7,
        ),
        # "0033 6 12 34 56 78": the international prefix dialled, a space after the country code
        Pattern(
            "foreign_00", rf"(?<![\w+.,/-])00(?!31)[1-9]\d{{0,2}}[ \u00a0](?:\d{_SEP}){{6,12}}\d(?![\d,.-]\d)", 0.7
        ),
    ]
    GENERAL = re.compile(
        r"algeme(?:en|ne)|centrale|centraal\s+(?:tele(?:foon)?)?nummer|receptie|servicenummer|informatienummer|klantcontact|switchboard|"
        r"servicedesk|helpdesk|secretariaat|klantenservice|publieksvoorlichting|informatielijn|meldkamer|"
        r"persvoorlichting|\bpers(?:vragen|desk|informatie|nummer)?\b|perslijn|woordvoering|postbus|general|algemien|"
        # "het woordvoerdersnummer 070 ...", "our office line +44 20 ...", "in de bridge: +31 70 ..."
        r"woordvoerders?(?:nummer|lijn)|office\s+line|main\s+line|\bbridge\b|"
        # (a piket's line; not "Piketjurist: M. Çelik, toestel ...", a person on call)
        r"van\s+dienst|dienstdoende|piket(?:dienst|nummer|telefoon|lijn)?\b|persdienst|publieksvragen|buitenland|fax\w*|hotline|meldpunt|meldlijn|"
        # "(NL) +31 20 ... PIN: 639 442 188#": a conference line's number, a PIN after it
        r"\bpin\b|"
        # "evenementennummer 015 ...", "klachtennummer": a desk's number (not "telefoonnummer", "06-nummer")
        r"(?:evenementen|klachten|meld|storings?|alarm|nood|crisis|calamiteiten|bereikbaarheids|hoofd|publieks|"
        r"wachtdienst|bewoners|omwonenden)nummer|infoservice|informatieservice|infolijn|servicelijn|"
        r"service(?:centrum|punt)|contactcent(?:rum|er)|"
        # "Service Desk", "Tenderdesk"; a meeting's dial-in ("Inbellen (alleen audio): +31 20 ...")
        r"service\s?desk|\w+desk\b|inbel\w*|dial[- ]?in|"
        r"alleen\s+audio|audio\s+only|conferentie-?id|vergader(?:ing)?-?id",
        re.I,
    )

    def __init__(self, name: str = "phone_nl", supported_language: str = "nl") -> None:
        super().__init__(
            supported_entity="PHONE_NUMBER",
            patterns=self.PATTERNS,
            name=name,
            supported_language=supported_language,
            context=["tel", "telefoon", "mobiel", "mob", "t", "m", "bel", "bereikbaar", "06"],
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        """Accept only numbers with the digit count of a Dutch subscriber number."""
        digits = re.sub(r"\D", "", pattern_text)
        if digits.startswith("00") and not digits.startswith("0031"):
            return None if 8 <= len(digits) - 2 <= 15 else False  # a foreign number dialled as 0033, 0049, ...
        if digits.startswith("0031"):
            digits = "0" + digits[4:]
        elif digits.startswith("31") and pattern_text.lstrip().startswith("+"):
            digits = "0" + digits[2:]
        if digits.startswith("00"):
            digits = digits[1:]
        if pattern_text.lstrip().startswith("+") and not digits.startswith("0"):
            return None if 8 <= len(digits) <= 15 else False  # a foreign number (+599, +49, ...)
        if digits.startswith("00") or len(digits) != 10:
            return False
        if digits.startswith(("0800", "0900", "0906", "0909")):
            return False
        return None

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Run the patterns, then drop numbers the surrounding line calls general."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        kept: list[tuple[RecognizerResult, str]] = []  # with the number's digits
        offices: set[str] = set()
        for r in results:
            if _IBAN_HEAD.search(text[max(0, r.start - 12) : r.start]):
                continue  # the digits of an account number ("NL12 BNGH 0285 0017 00"), not a phone
            if _DATE_START.match(text, r.start):
                continue  # "06-01-2025" / "12": a date and the next cell's number, not a mobile number
            line_start = text.rfind("\n", 0, r.start) + 1
            before = text[max(line_start, r.start - 45) : r.start]
            head = text[line_start : r.start]
            # only a label before it on its line ("vragen: "): the line above may hold the rest of the label
            # ("Algemeen: 088 ..." under "Telefoon: 070 ... (direct)": a label of its own, no need of the line above)
            labelled = len(head) < 25 and head.rstrip().endswith(":") and not self.GENERAL.search(head)
            # ("Het algemene nummer van de NAM" / "is 0592 36 91 11": a sentence that runs on from the line above)
            continued = 0 < len(head.split()) <= 2 and all(w[:1].islower() for w in head.split())
            if not re.search(r"[^\W\d]", head) or labelled or continued:
                prev2 = text.rfind("\n", 0, max(0, text.rfind("\n", 0, max(0, line_start - 1))))
                before = text[max(prev2 + 1, line_start - 60) : line_start].replace("\n", " ") + before
            # "070 ... (direct) | Algemeen: 088 ...": after another number's cell, this cell's label only
            # (not "Piketdienst NCG · +31 88 ...": the label before the separator is this number's)
            cells = re.split(r"[|·•]", before)
            before = re.split(r"\d", cells[-1] if len(cells) > 1 and re.search(r"\d", cells[-2]) else before)[-1]
            # ("Meldkamer: 023 ... (algemeen, 24/7). Piketjurist: M. Çelik, 023 ...": the label is this sentence's)
            before = re.split(r"[.!?]\)?\s+(?=[A-ZÀ-Ý])", before)[-1]
            if before.rfind("(") > before.rfind(")"):  # "Het secretariaat (Van der Wal, 058 ...)": hers
                before = before[before.rfind("(") + 1 :]
            after = re.split(r"\d|[.;]\s", text[r.end : r.end + 20])[0]  # up to the end of the sentence
            after = re.split(r"[|·•]", after)[0]  # "T +31 88 957 2214 | general +31 88 ...": the label is the next's
            other = re.match(r"[^\d\n]{0,40}?\b(?:of|en|or|and)\b[^\d\n]{0,30}\d", text[r.end : r.end + 60])
            if other:
                after = ""  # "bellen via 010-... of het algemene nummer 088-...": that label is the other's
            # ... and the number before it, set against the general one, someone's own line
            against = bool(other and self.GENERAL.search(other.group()))
            same_line, _, next_line = after.partition("\n")
            # a label after the number belongs to it on its own line, or as "(algemeen)" just below it
            # (that line alone: "(070) 456 87 09" / "(logs)" / "Algemeen: ..." is the next row's label)
            after = (
                same_line if same_line.strip() or not next_line.lstrip().startswith("(") else next_line.split("\n")[0]
            )
            digits = re.sub(r"\D", "", text[r.start : r.end].replace("(0)", ""))
            mobile = digits.startswith(("06", "316", "00316"))
            # "M +48 601 442 918", "Mobile: +32 478 ...": a mobile abroad, by its label
            mobile = mobile or bool(_MOBILE_LABEL.search(text, max(line_start, r.start - 12), r.start))
            line_end = text.find("\n", r.end)
            line = text[line_start : line_end if line_end >= 0 else len(text)]
            prev_line = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1 : line_start]
            # "Postbus 2518 · 6401 DA Heerlen · 088 ...": an organisation's footer or letterhead
            # (the organisation named before the number: "... 058 - 213 44 90. De gemeente is ..." is not it)
            # (a line above that ends a sentence is prose, no letterhead: "... (Postbus 85500, telefoon 088 ...).")
            above_block = not re.search(r"[.!?]\)?[ \t]*$", prev_line)
            address_line = bool(_ADDRESS.search(line) or (above_block and _ADDRESS.search(prev_line))) and bool(
                _ORGANISATION.search(prev_line + " " + text[line_start : r.start])
            )
            # "Provincie Gelderland" / "Markt 11, Arnhem" / "Telefoon 026 ...": a letterhead's block above it
            above = max(0, line_start - len(prev_line) - 1)
            prev_prev = text[text.rfind("\n", 0, max(0, above - 1)) + 1 : above]
            org_above = _ORGANISATION.match(prev_prev) or _ORG_NAME_LINE.match(prev_prev)
            address_line = address_line or bool(_STREET_PLACE.match(prev_line) and org_above)
            address_line = address_line or bool(_ORG_STREET_LINE.match(line))
            # a letterhead/footer (not "Joost Harmelink | vergunningverlener VTH | 0570 69 38 05 | www.deventer.nl",
            # a signature's line that begins with its writer's name)
            www = bool(re.search(r"(?i)\bwww\.|https?://", line))
            address_line = address_line or (www and not _named(head.split("|")[0]))
            # "CJIB   058 233 88 88   cjib.nl": a row that gives an organisation's website (no one named on it)
            # (a table's cells may stand one a line: the website is then the next line, all of it)
            next_cell = text[slice(*line_span(text, line_end + 1))] if line_end >= 0 else ""
            website = _DOMAIN.search(line, r.end - line_start) or _DOMAIN.fullmatch(next_cell.strip())
            address_line = address_line or bool(website and not _named(line) and not _named(prev_line))
            # a switchboard: ...000 (a round number an organisation chooses; a mobile's is anyone's)
            address_line = address_line or digits.endswith("0000") or (digits.endswith("000") and not mobile)
            # "088 042 42 42": a number chosen to be remembered (a pair three times), an organisation's
            address_line = address_line or bool(_MEMORABLE.search(digits))
            # "POSTBUS 30435" / "2500 GK DEN HAAG" / "T 070 373 80 08": a letterhead's block in capitals
            address_line = address_line or bool(_POSTBUS_ABOVE.search(text, max(0, line_start - 90), line_start))
            # in a signature, or beside a number the line itself calls general, it is a direct line
            signature = bool(_CLOSING_BEFORE.search(text[max(0, r.start - 240) : r.start]))
            rest = text[r.end : line_end if line_end >= 0 else len(text)]
            direct = bool(re.search(r"\d[^\n]{0,30}\((?:algemeen|centrale|receptie)\)", rest))
            # ("T 010 246 8512 | algemeen 010 246 80 00": the line's next cell gives the general number)
            direct = direct or bool(_GENERAL_CELL_AFTER.search(rest))
            # ("T 0341 742 700 | M 06 28 55 01 47": a round number beside the writer's mobile, the organisation's)
            round_number = digits.endswith("00")
            beside_mobile = signature and not direct and not mobile and round_number
            beside_mobile = beside_mobile and bool(_MOBILE_ON_LINE.search(line))
            if (signature or direct) and not self.GENERAL.search(after):
                address_line = beside_mobile
            # "OD NZKG | Ruysdaelkade 2, 1072 AG Amsterdam | 088 567 02 00": a footer's parts, under a signature too
            last = not line[r.end - line_start :].strip()
            address_line = address_line or (last and org_footer(line, number_last=True))
            # "Turfmarkt 147, Den Haag - 070 ..." as the footer of every page: the building's number
            address_line = address_line or (last and running_footer(line, text))
            # "Omgevingsdienst Flevoland & Gooi en Vechtstreek   088 - 633 3000": an organisation's row of a list
            # (or the row's cells one a line: the organisation's name on the line above, the number alone, under
            # the row before's number; not a signature's "Jan Jansen / Gemeente Utrecht / 030 ...")
            row = head if head.strip() else prev_line.rstrip() if prev_prev.rstrip()[-1:].isdigit() else ""
            org_row = last and not mobile and bool(_ORG_ROW.match(row)) and not _named(row)
            address_line = address_line or org_row
            # "voor vragen kunt u mij bellen op ...": a number someone gives as their own is theirs
            # ("Log in op Mijn DUO of bel ...": a portal's name, no one's own)
            own = bool(_OWN_WORDS.search(_PORTAL.sub("", before)))
            # "bereikbaar via 070 ... (direct) of via het algemene nummer 070 ...": the clause of this number
            # calls it general, whatever the sentence said of the number before it
            clause = _CLAUSE_SPLIT.split(before)[-1]
            own = own and not (self.GENERAL.search(clause) and not _OWN_WORDS.search(clause))
            own = own or bool(_DIRECT_AFTER.match(text, r.end))  # "038 499 72 16 (direct nummer H. Scholten)"
            own = own or bool(_YOUR_NUMBER.search(before))  # "Uw ... telefoonnummer +62 ...": the addressee's
            # "Lonneke Janssen-Pauwels (secretariaat, 043 ...)": the number in the brackets after a person's name
            bracket = _NAME_BRACKET.search(text, max(line_start, r.start - 80), r.start)
            own = own or bool(bracket and _named(bracket.group("name")))
            # "Behandelend jurist: Nadia" / "el-Khatib, 010-...": a person's name and a comma right before it
            comma = _NAME_COMMA.search(text, max(0, r.start - 60), r.start)
            own = own or bool(comma and _given_name(comma.group("name")))
            function = _NAME_FUNCTION_COMMA.search(text, max(line_start, r.start - 100), r.start)
            own = own or bool(function and _given_name(function.group("name")))
            # "bestuurssecretariaat: T. Veldkamp, 070-456 8731 (toestel 231)": initials and a surname, then a comma
            named_before = bool(_INITIALS_COMMA.search(text, max(0, r.start - 60), r.start))
            # "Bel dan met de heer Oude Elferink op 0318 - 65 12 49 (toestel 2249)": the person called on it
            # (not where a bracket after it says anything but its extension: "op 0318 680 411 (Klantcontactcentrum)")
            desk = _ANY_BRACKET.match(text, r.end)
            called = _CALL_PERSON_ON.search(text, max(line_start, r.start - 70), r.start)
            named_before = named_before or bool(called and (desk is None or _EXTENSION_WORD.search(desk.group())))
            own = own or named_before
            # "T 070 426 71 38" / "M 06 41 29 88 31": a landline beside a mobile is the person's direct line
            # (not a round number: "T 0341 742 700 | M 06 28 55 01 47" gives the office's number and the writer's)
            own = own or (bool(_MOBILE_BESIDE.match(text, r.end)) and not round_number)
            # "Contact  Sven Oude Luttikhuis" / "Telefoon  030 - 286 4471": the contact person's line right above
            # (not when that line gives the person's own number: "Contact Defensie: majoor Wolters 06 ...")
            # ("Behandeld door: mr. T. Bakkenes" / "Telefoon: 078 - 770 58 14": named by initials)
            own = own or _contact_line(prev_line)
            # ... or two lines above, a letter's other column read between ("Behandeld door: Ilona Teunissen" /
            # "4007 RG Tiel" (the addressee's postcode) / "Telefoon: 0344 ...")
            own = own or bool(_POSTCODE_LINE.match(prev_line) and _contact_line(prev_prev))
            # "servicecentrum@logius.nl 088 - 900 62 23": right beside a functional mailbox (a table row)
            base = max(0, r.start - 80)
            beside = _MAILBOX_BEFORE.search(text[base : r.start])
            if beside is None:
                base = r.end
                beside = _MAILBOX_AFTER.match(text[r.end : r.end + 80])
            mailbox = bool(
                beside
                and (
                    functional_mailbox(beside.group("mail"))
                    or called_mailbox(text, base + beside.start("mail"), base + beside.end("mail"))
                )
            )
            # "merel.vos@groningen.nl 050-367 0422": right beside a person's own address, a row's own number
            # (the address a person's: two names in its local part, "merel.vos", not "psc@ilent.nl")
            own = own or bool(beside and not mailbox and _PERSONAL_LOCAL.match(beside.group("mail")))
            # "Telefoon: 088 ..." over "E-mailadres: contact@cardan.com": a contact block (not in a signature,
            # where a team mailbox may stand under a person's direct line)
            below = _MAILBOX_BELOW.match(text, r.end)
            # ("Mondriaan Fonds" / "Brouwersgracht 276" / "1013 HG Amsterdam" / "T 020 ..." / "info@...": under a
            # signature, the organisation's own block of address, number and mailbox)
            block = bool(_POSTCODE_PLACE_LINE.match(prev_line))
            mailbox = mailbox or bool(below and (block or not signature) and functional_mailbox(below.group("mail")))
            # ("Laat het Nadia weten via 070 ... of secretariaat.ncc@...": a person named before it: hers)
            address_line = address_line or (mailbox and not own and not _given_name(before))
            # "Algemene vragen: Jan de Vries, 070 ...": a person named between the label and the number: his
            said = [g.end() for g in self.GENERAL.finditer(before)]
            # ("Laat het Nadia weten via 070 ... of secretariaat.ncc@...": the label after it is the mailbox's)
            # ("Public entity switchboards: Saba +599 416 2211": a place after the label, no one's name)
            general = bool(said and not _named(before[said[-1] :], places=True)) or bool(
                self.GENERAL.search(after) and not _given_name(before)
            )
            general = general or bool(_QUESTIONS.search(text, max(0, r.start - 40), r.start))
            general = general or bool(_TELL_US.search(text, max(0, r.start - 90), r.start))
            general = general or bool(_GENERAL_IS.search(text, max(0, r.start - 90), r.start))
            general = (general or bool(_OFFERED.search(before) and not against)) and not own
            # "Algemene vragen: Rijksvastgoedbedrijf, Korte Voorhout 7, Den Haag, 088 ...": the line's label
            label = _LINE_LABEL.match(head)
            general = general or bool(
                label and self.GENERAL.search(label.group(1)) and not own and not mobile and not _named(head)
            )
            label = _BRACKET_LABEL.match(text, r.end)  # "073 - 658 82 00 (receptie)"
            # (not "0515 - 48 92 31 (toestel 9231)": the extension is the number's own end, a direct line)
            # ("T. Veldkamp, 070-456 8731 (toestel 231)": after a named person, an extension's bracket says the number
            # is her direct line; "mr. J. de Vries, 0318-538 911 (algemeen)" is the general number all the same)
            extension = bool(label and _EXTENSION_WORD.search(label.group()))
            general = general or bool(
                label and not (named_before and extension) and not _own_extension(text, r.end, digits)
            )
            general = general or (not own and _listed_after_label(text, r.start, self.GENERAL))
            # "Vaste nummers: Meldpunt Dierziekten 045-... | DCC-LVVN 070 ... | Rendac planning 0413 ...": a line of
            # numbers its label calls an organisation's
            # (not where the line names someone: "Belangrijke nummers: moeder Annemiek 0341-...")
            fixed = bool(_FIXED_NUMBERS.match(head)) and not _named(line) and not _KIN.search(line)
            general = general or (not own and not mobile and fixed)
            general = general or (not own and bool(_HOURS.match(text, r.end)))  # "(werkdagen 9.00-17.00 uur)"
            # "Bereikbaarheid NCC 24/7: 070 ...", "Meldkamer 24/7": a desk that is always staffed
            general = general or (
                not own and not mobile and bool(_ALWAYS.search(text, max(line_start, r.start - 40), r.start))
            )
            general = general or (not own and not mobile and bool(_DESK_BEFORE.search(text[line_start : r.start])))
            general = (
                general
                or (
                    not own
                    and not mobile
                    # "de Woonbond (020 ...": the bracket is part of the match
                    and _org_named_before(text[max(line_start, r.start - 60) : r.start + (text[r.start] == "(")])
                )
            )
            # "T 070 370 79 11" / "F 070 370 75 16": a fax line, and the number beside a fax of its own exchange
            general = general or (not mobile and (bool(_FAX_LABEL.search(head)) or _fax_beside(text, r.end, digits)))
            if own and not self.GENERAL.search(after):
                address_line = False  # a number someone gives as theirs is no letterhead's, whatever stands above
            # "06-10 00 05 75 (functioneel toestel)", "functioneel nummer 06 ...": a desk's phone, whoever carries it
            # (not someone's own nor a named person's: "Jeroen Smits, functioneel mobiel: 06-...", "mijn functionele")
            functional = bool(_FUNCTIONAL_AFTER.match(text, r.end) or _FUNCTIONAL_BEFORE.search(head))
            functional = functional and not own and not _named(head) and not _MY.search(head)
            if (mobile and not functional) or not (address_line or general or functional):
                kept.append((r, digits))
            else:
                offices.add(digits)
        # "T 088 120 50 00" in a signature, "Het algemene nummer van de IGJ (088 120 50 00)" below it: a number
        # the document calls the organisation's once is the organisation's wherever it stands
        out = [r for r, digits in kept if digits not in offices]
        # "+599 717 5330 ext. 212", "072 582 8282 (toestel 3312)": the switchboard stays, the extension dialled
        # on it is someone's own line
        dialled = [m for r in results if (m := _EXTENSION.match(text, r.end) or _dash_extension(text, r)) is not None]
        for m in dialled:
            out.append(self._extension(m, "the extension dialled on a switchboard: someone's own line"))
        # "S. Bouchtaoui - toestel 4418", a phone list's "toestel 4421": an extension alone is someone's line
        for m in _LONE_EXTENSION.finditer(text):
            if not any(o.start <= m.start("ext") < o.end for o in out):
                out.append(self._extension(m, "an extension without its switchboard's number: someone's own line"))
        return out

    def _extension(self, m: re.Match[str], why: str) -> RecognizerResult:
        """A result for the extension group ``ext`` of ``m``."""
        expl = AnalysisExplanation(
            recognizer=self.name, original_score=0.7, pattern_name="extension", textual_explanation=why
        )
        return RecognizerResult("PHONE_NUMBER", m.start("ext"), m.end("ext"), 0.7, expl)


def _contact_line(line: str) -> bool:
    """A contact field naming a person ("Contact  Sven Oude Luttikhuis", "Behandeld door: mr. T. Bakkenes") and giving
    no number of its own."""
    return bool(
        _CONTACT_ABOVE.match(line) and (_named(line) or _INITIALS_NAME.search(line)) and not re.search(r"\d", line)
    )


# a postcode and place alone on a line (the addressee's, in a letter's other column)
_POSTCODE_LINE = re.compile(r"[ \t]*\d{4}[ \u00a0]?[A-Z]{2}[ \t]+\S[^\n\d]{1,40}$")
