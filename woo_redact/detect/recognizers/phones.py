"""Dutch phone numbers in their written forms: a presidio ``PatternRecognizer`` whose validation
keeps the numbers of organisations (switchboards, service numbers, a number in a letterhead or beside
a functional mailbox, one offered by an organisation) and redacts the direct and mobile numbers of
people."""

from __future__ import annotations

import re

from presidio_analyzer import AnalysisExplanation, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from ..grammar import PARTICLES, line_span
from ..lexicons import load_lexicons
from .footers import org_footer, running_footer
from .mailboxes import called_mailbox, functional_mailbox

__all__ = ["DutchPhoneRecognizer"]

# Separators inside a written number: space, hyphen, dot, or " - ".
# a number may break over a line, but not after a full stop: "... 384 22 19." / "3. Woningbouw" is the next item
_SEP = r"(?:[ \u00a0]?[-\u2010\u2011\u2013]?[ \u00a0\n]?|[ \u00a0]?\.[ \u00a0]?)"
_MOBILE_INTL = r"(?:\+31|0031)[ \u00a0]?(?:\(0\)[ \u00a0]?)?(?:6|\(0?6\))"  # "+31 (0)6", "+31 (6) 2204 7719"
_MOBILE = rf"{_MOBILE_INTL}{_SEP}(?:\d{_SEP}){{7}}\d|(?:06|\(06\)){_SEP}(?:\d{_SEP}){{7}}\d"
_INTL_FIXED = rf"(?:\+31|0031)[ \u00a0]?(?:\(0\)[ \u00a0]?)?[1-57-9]\d?{_SEP}(?:\d{_SEP}){{6,7}}\d"
_NATIONAL = rf"\(?0[1-57-9]\d{{1,2}}\)?{_SEP}(?:\d{_SEP}){{5,6}}\d"


# "Vragen? Bel 088 789 10 00.": a letter's general line for questions (not "Vragen? Bel mij op ...")
_QUESTIONS = re.compile(r"(?i:vragen\?\s+bel(?:\s+(?:dan|ons))?(?:\s+op)?\s*)\Z")
_DATE_START = re.compile(r"\(?\d{1,2}-\d{2}-(?:19|20)\d{2}(?!\d)")


_NAME_BRACKET = re.compile(r"(?P<name>[A-Z][\w'’-]+(?:[ \t]+[\w'’-]+){1,3})[ \t]*\([^()\n]{0,30}\Z")
_PERSONAL_LOCAL = re.compile(r"[^\W\d_]{1,30}[._-][^\W\d_]{2,30}(?:[._-][^\W\d_]{2,30})*@")
_NAME_COMMA = re.compile(r"(?P<name>[A-Z][\w'’-]+(?:[ \t\n]+[\w'’-]+){1,3})[ \t]*,[ \t]*\Z")
_MOBILE_BESIDE = re.compile(
    r"[ \t]*[|·,]?[ \t]*\n?[ \t]*(?:M|Mob|Mobiel|GSM)\.?[ \t]*:?[ \t]*(?:\+31[ \t]?(?:\(0\)[ \t]?)?6|06)"
)
# "uw telefoonnummer", "Uw Nederlandse nummer", "je mobiele nummer": the number of the person addressed
_YOUR_NUMBER = re.compile(r"(?i)\b(?:uw|jouw|je)\s+(?:[a-z]+\s+)?(?:telefoon|mobiele?\s+)?nummer\b[^.\n]{0,40}$")


class DutchPhoneRecognizer(PatternRecognizer):
    """Dutch phone numbers in their written forms; switchboard and service numbers are kept."""

    name: str  # set by presidio's __init__, which leaves it untyped

    PATTERNS = [
        Pattern("mobile", rf"(?<![\w+])(?:{_MOBILE})(?!\d)", 0.85),
        Pattern("international", rf"(?<![\w+])(?:{_INTL_FIXED})(?!\d)", 0.8),
        # (not the area code of a municipality's "14 071", which would swallow the number on the next line)
        Pattern("national", rf"(?<![\w+/-])(?<!(?<!\d)14[ \u00a0])(?:{_NATIONAL})(?![\d-])", 0.7),
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
        r"van\s+dienst|dienstdoende|piket\w*|persdienst|publieksvragen|buitenland|fax\w*|hotline|meldpunt|meldlijn|"
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
            if not re.search(r"[^\W\d]", head) or labelled:
                prev2 = text.rfind("\n", 0, max(0, text.rfind("\n", 0, max(0, line_start - 1))))
                before = text[max(prev2 + 1, line_start - 60) : line_start].replace("\n", " ") + before
            # "070 ... (direct) | Algemeen: 088 ...": after another number's cell, this cell's label only
            # (not "Piketdienst NCG · +31 88 ...": the label before the separator is this number's)
            cells = re.split(r"[|·•]", before)
            before = re.split(r"\d", cells[-1] if len(cells) > 1 and re.search(r"\d", cells[-2]) else before)[-1]
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
            after = same_line if same_line.strip() or not next_line.lstrip().startswith("(") else next_line
            digits = re.sub(r"\D", "", text[r.start : r.end].replace("(0)", ""))
            mobile = digits.startswith(("06", "316", "00316"))
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
            address_line = address_line or bool(_STREET_PLACE.match(prev_line) and _ORGANISATION.match(prev_prev))
            address_line = address_line or bool(_ORG_STREET_LINE.match(line))
            address_line = address_line or bool(re.search(r"(?i)\bwww\.|https?://", line))  # a letterhead/footer
            # "CJIB   058 233 88 88   cjib.nl": a row that gives an organisation's website (no one named on it)
            # (a table's cells may stand one a line: the website is then the next line, all of it)
            next_cell = text[slice(*line_span(text, line_end + 1))] if line_end >= 0 else ""
            website = _DOMAIN.search(line, r.end - line_start) or _DOMAIN.fullmatch(next_cell.strip())
            address_line = address_line or bool(website and not _named(line) and not _named(prev_line))
            address_line = address_line or digits.endswith("0000")  # a switchboard: ...0000
            # "088 042 42 42": a number chosen to be remembered (a pair three times), an organisation's
            address_line = address_line or bool(_MEMORABLE.search(digits))
            # "POSTBUS 30435" / "2500 GK DEN HAAG" / "T 070 373 80 08": a letterhead's block in capitals
            address_line = address_line or bool(_POSTBUS_ABOVE.search(text, max(0, line_start - 90), line_start))
            # in a signature, or beside a number the line itself calls general, it is a direct line
            signature = bool(_CLOSING_BEFORE.search(text[max(0, r.start - 240) : r.start]))
            rest = text[r.end : line_end if line_end >= 0 else len(text)]
            direct = bool(re.search(r"\d[^\n]{0,30}\((?:algemeen|centrale|receptie)\)", rest))
            if (signature or direct) and not self.GENERAL.search(after):
                address_line = False
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
            own = bool(
                re.search(r"(?i)\b(?:mij|me|mijn|ik|direct|rechtstreeks|doorkiesnummer)\b", _PORTAL.sub("", before))
            )
            own = own or bool(_DIRECT_AFTER.match(text, r.end))  # "038 499 72 16 (direct nummer H. Scholten)"
            own = own or bool(_YOUR_NUMBER.search(before))  # "Uw ... telefoonnummer +62 ...": the addressee's
            # "Lonneke Janssen-Pauwels (secretariaat, 043 ...)": the number in the brackets after a person's name
            bracket = _NAME_BRACKET.search(text, max(line_start, r.start - 80), r.start)
            own = own or bool(bracket and _named(bracket.group("name")))
            # "Behandelend jurist: Nadia" / "el-Khatib, 010-...": a person's name and a comma right before it
            comma = _NAME_COMMA.search(text, max(0, r.start - 60), r.start)
            own = own or bool(comma and _given_name(comma.group("name")))
            # "T 070 426 71 38" / "M 06 41 29 88 31": a landline beside a mobile is the person's direct line
            own = own or bool(_MOBILE_BESIDE.match(text, r.end))
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
            mailbox = mailbox or bool(below and not signature and functional_mailbox(below.group("mail")))
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
            general = (general or bool(_OFFERED.search(before) and not against)) and not own
            # "Algemene vragen: Rijksvastgoedbedrijf, Korte Voorhout 7, Den Haag, 088 ...": the line's label
            label = _LINE_LABEL.match(head)
            general = general or bool(
                label and self.GENERAL.search(label.group(1)) and not own and not mobile and not _named(head)
            )
            label = _BRACKET_LABEL.match(text, r.end)  # "073 - 658 82 00 (receptie)"
            # (not "0515 - 48 92 31 (toestel 9231)": the extension is the number's own end, a direct line)
            general = general or bool(label and not _own_extension(text, r.end, digits))
            general = general or (not own and _listed_after_label(text, r.start, self.GENERAL))
            general = general or (not own and bool(_HOURS.match(text, r.end)))  # "(werkdagen 9.00-17.00 uur)"
            # "Bereikbaarheid NCC 24/7: 070 ...", "Meldkamer 24/7": a desk that is always staffed
            general = general or (
                not own and not mobile and bool(_ALWAYS.search(text, max(line_start, r.start - 30), r.start))
            )
            general = (
                general
                or (
                    not own
                    and not mobile
                    # "de Woonbond (020 ...": the bracket is part of the match
                    and _org_named_before(text[max(line_start, r.start - 60) : r.start + (text[r.start] == "(")])
                )
            )
            if own and not self.GENERAL.search(after):
                address_line = False  # a number someone gives as theirs is no letterhead's, whatever stands above
            if mobile or not (address_line or general):
                kept.append((r, digits))
            else:
                offices.add(digits)
        # "T 088 120 50 00" in a signature, "Het algemene nummer van de IGJ (088 120 50 00)" below it: a number
        # the document calls the organisation's once is the organisation's wherever it stands
        out = [r for r, digits in kept if digits not in offices]
        # "+599 717 5330 ext. 212", "072 582 8282 (toestel 3312)": the switchboard stays, the extension dialled
        # on it is someone's own line
        dialled = [m for r in results if (m := _EXTENSION.match(text, r.end)) is not None]
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


def _own_extension(text: str, end: int, digits: str) -> bool:
    """The extension in brackets after the number is the number's own last digits: its direct line."""
    ext = _EXTENSION.match(text, end)
    return ext is not None and digits.endswith(ext.group("ext"))


_MEMORABLE = re.compile(r"(\d\d)\1\1\Z")
# "Laat het ons (dan vóór 9 januari 2025) weten via 088 ...": the organisation that writes, its own line
_TELL_US = re.compile(r"(?i)\blaat\s+(?:het\s+)?ons\b[^.!?\n]{0,50}?\bweten\s+(?:via|op|op\s+nummer)\s*\Z")
# a number offered, directly, to the public or to whoever a letter is about is the organisation's:
# "Voor vragen: 070 ...", "telefonisch aan 070 ..." (not "Voor vragen: Jildou van der Meer, 058 ...")
# a bracketed label right after the number that names a desk, not a person: "(receptie)", "(school)"; a number
# with an extension is the switchboard the extension is dialled on: "072 582 8282 (toestel 3312)" (not
# "toestel 070 370 4418": someone's own extension, written in full)
_BRACKET_LABEL = re.compile(
    r"[ \t]*\n?[ \t]*\((?:algeme(?:en|ne)|receptie|centrale|central|sentral|switchboard|general|school|persdienst|"
    r"pers(?:nummer)?|"
    r"voorlichting|servicedesk|helpdesk|balie|loket|secretariaat|meldkamer|piket|kantoor|office|"
    # "(lokaal tarief)", "(gratis)": what calling costs, said of a number offered to the public
    r"lokaal[ \t]tarief|gratis|"
    r"toestel(?=[ \t]*\d))"
    r"(?:[ \t][^()\n]{0,20})?\)",  # ("(toestel Sarmo)": the extension of someone named, theirs)
    re.I,
)
# opening hours in brackets after a number offered to the public (not after "u kunt mij bellen op")
# ("(di t/m vr)" without hours: the days someone works, their own line)
_HOURS = re.compile(
    r"[ \t]*\((?:24[ \t]*uur|24/7|dag[ \t]+en[ \t]+nacht|"  # "(24 uur)": a desk always staffed
    r"werkdagen(?:[ \t,][^()\n]{0,30})?|(?:ma(?:andag)?|di(?:nsdag)?)[ \t]*(?:t/m|-|tot)[ \t]*(?:do|vr)\w*"
    r"[ \t,][^()\n]{0,20}\d[^()\n]{0,20})\)",
    re.I,
)
_EXTENSION = re.compile(
    r"[ \t]*\n?[ \t]*\(?(?i:ext\.?|extension|toestel|tst\.?|doorkies(?:nummer)?)[ \t]*:?[ \t]*(?P<ext>\d{2,5})(?!\d)"
)
_LONE_EXTENSION = re.compile(
    r"(?<![\w])(?i:toestel|tst\.|doorkies(?:nummer)?|ext\.|extension)[ \t]*:?[ \t]*"
    r"(?P<ext>\d{3,5})(?![ \t]?\d|[\w,.]\d)"
)
_ALWAYS = re.compile(r"(?i)\b24[ \t]?(?:/|x|uur per dag)[ \t]?7\b|\bdag en nacht\b")
_IBAN_HEAD = re.compile(r"\b[A-Z]{2}\d{2}[ \u00a0]?[A-Z]{4}[ \u00a0]?(?:\d{4}[ \u00a0]?)?$")
_MAIL = r"(?P<mail>(?<![\w.+-])[a-z][\w.+-]*@[\w-]+(?:\.[\w-]+)+)"
# "bbo-kamervragen@minfin.nl, tel. 070 ...": the mailbox, then the number with its label
_MAILBOX_BEFORE = re.compile(
    _MAIL + r"[ \t|·,;:/\u2013\u2014-]*(?:(?:of|en|or|and)[ \t]+)?(?:(?:tel|telefoon|t|bel|bellen)\.?[ \t]*:?[ \t]*)?$",
    re.I,
)
_PORTAL = re.compile(r"\bMijn[ \t]?[A-Z][\w-]*")
_MAILBOX_AFTER = re.compile(r"[ \t|·,;:/\u2013\u2014-]*(?:(?:of|en|or|and)[ \t]+)?" + _MAIL, re.I)
_MAILBOX_BELOW = re.compile(r"[ \t]*\n[ \t]*(?:e-?mail(?:adres)?[ \t]*:?[ \t]*|E[ \t]+)?" + _MAIL, re.I)
_OFFERED = re.compile(
    r"(?i)(?:(?:bel|belt|bellen)\s+(?:u\s+)?(?:met\s+)?ons(?:\s+\w+)?\s+(?:op|via|:)"  # "Bel ons op 050 ..."
    r"|voor\s+(?:vragen(?:\s+van\s+\w+)?|betrokkenen|burgers|het\s+publiek|publiek|de\s+students?|referenten?|"
    r"klanten|cli[eë]nten|inwoners|werkgevers)"
    # "Bellen kan met 030 ...", "Wie vragen heeft, kan bellen met 088 ..." (a number given to whoever reads it;
    # "kunt u mij bellen op" is the writer's own, see ``own``; a bare "Bel 023 ..." may be anyone's)
    r"|bellen\s+kan\s+(?:met|op|via)|\bkan\s+bellen\s+(?:met|op|naar|via)"
    # "... heuvelrug.nl. Vragen: 0343 ...": a sentence of its own that offers the number for questions
    r"|(?:^|[.!?]\s+)vragen(?:\s+over\s+[\w ]{1,30})?\s*:"
    # "contact opnemen met uw verhuurder Mitros via 030 ...": an organisation the reader deals with
    r"|contact\s+opnemen\s+met\s+uw\s+(?:verhuurder|woningcorporatie|zorgverzekeraar|energieleverancier|"
    r"netbeheerder|verzekeraar|gemeente|waterschap|bank)(?:\s+(?-i:[A-Z][\w-]*)){0,3}\s+(?:via|op)"
    r"|telefonisch\s+aan|bereikbaarheid\s+voor\s+[\w ]{1,20}|perslijn[\w ]{0,12}|contact\s+voor\s+\w+"
    # "Gedupeerden kunnen zich melden via 088 ...", "melding bij FMH (070 ...)"; Papiamento "Yama +599 ..." (call)
    r"|(?:zich\s+)?melden\s+(?:via|op|bij)|melding\s+bij\s+(?-i:[A-Z][\w-]*)\s*\(?|\byama"
    # "terecht bij DUO via 050 ...", "U kunt ook bellen met 070 ..."
    r"|terecht\s+bij\s+(?:de\s+|het\s+)?(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*)){0,3}\s+(?:via|op)"
    r"|\b(?:u|je|jij)\s+kunt\s+(?:ons\s+)?(?:ook\s+)?(?:bellen|contact\s+opnemen)\s+(?:met|op|via)"
    # "Bel de IND via", "bereikbaar via het parket op" (not "belt de aanvrager op": the citizen's own number)
    r"|(?:bel|belt|bellen)\s+(?:de|het)\s+(?-i:[A-Z][\w-]*)\s+(?:op|via)|via\s+(?:de|het)\s+(?:\w+\s+)?"
    r"(?-i:[A-Z][\w-]*|parket|secretariaat|servicecentrum|klantcontactcentrum|loket|informatiepunt)(?:\s+op)?)\s*:?\s*$"
)
_DOMAIN = re.compile(r"(?<![@\w.-])(?:www\.)?[a-z][\w-]*\.(?:nl|be|frl|eu|org|com|net)\b(?![@\w.-])")
_ADDRESS = re.compile(r"\b[1-9]\d{3} ?[A-Z]{2}\b(?! ?\d)|\b[Pp]ostbus \d")
# the two lines above the number: the postbus and its postcode and place ("Behandeld door" / ... / "Telefoon
# direct" under a side column's postbus is a person's line)
_POSTBUS_ABOVE = re.compile(r"(?im:^[ \t]*postbus[ \t]+\d+[ \t]*\n[ \t]*[1-9]\d{3}[ \t]?[A-Z]{2}\b[^\n]*\n\Z)")
# "Ministerie van SZW, Parnassusplein 5, Den Haag, 070 ...": a line that starts with the organisation and
# gives its street is its footer too (a signature "Yassine Bouzid | Gemeente Rotterdam | Coolsingel 40"
# starts with the person)
_ORG_STREET_LINE = re.compile(
    r"^\s*(?:Ministerie|Gemeente|Provincie|Provinsje|Waterschap|Wetterskip|Rijks\w*|Dienst|Directie)\b.*"
    r"\b[A-Z][a-z]+(?:straat|laan|weg|plein|kade|gracht|singel|dreef|markt)\s+\d+"
)
# an address line is an organisation's (letterhead, footer) only when something there says so
_STREET_PLACE = re.compile(r"[ \t]*[A-Z][\w'’.-]*(?: [\w'’.-]+){0,3} \d{1,4}[a-zA-Z]?(?:, ?| )[A-Z][\w'’ -]+[ \t]*$")
# a row that an organisation of these kinds opens, the number at its end (no one named before it)
_ORG_ROW = re.compile(
    r"[ \t]*(?:Gemeente|Provincie|Provinsje|Omgevingsdienst|Veiligheidsregio|Waterschap|Hoogheemraadschap|"
    r"Wetterskip|GGD|Ministerie|Rijkswaterstaat|Politie|Brandweer)\b[^\d\n:]*\Z"
)
_ORGANISATION = re.compile(
    r"(?i:postbus|ministerie|gemeente|provincie|provinsje|waterschap|rijks(?!weg|straat|laan|plein|kade)|dienst|directie|b\.\s?v\.|\bbv\b|n\.\s?v\.|stichting|"
    r"vereniging|kantoor|www\.|https?:|bezoekadres|postadres)"
)
_CLOSING_BEFORE = re.compile(
    r"(?i:met\s+(?:vriendelijke|hartelijke|collegiale)\s+groet(?:en)?|hartelijke\s+groet(?:en)?|groetjes|(?-i:Gr)\.|"
    r"hoogachtend|mvg)[^\n]*\n(?:[^\n]*\n){0,7}[^\n]*\Z"
)


# the head words of an organisation's name: "Omgevingsdienst Midden-Utrecht", "Provinciehuis Drenthe",
# "Landelijk Meldpunt Zorg", "Huis voor Klokkenluiders", "P-Direkt Contactcenter"
_ORG_HEAD = re.compile(
    r"(?i:(?:dienst|huis|centrum|center|centre|meldpunt|loket|ministerie|gemeente|provincie|waterschap|inspectie|"
    r"politie|raad|college|autoriteit|bureau|instituut|stichting|agentschap|kantoor|rechtbank|ziekenhuis|"
    r"veiligheidsregio|servicepunt|klantcontact|helpdesk|servicedesk|bond|unie|federatie|bank)s?)$"
)
_NAME_WORD = re.compile(r"^(?:[A-Z][\w'’&-]*|voor|van|de|der|het|en|op)$")


def _org_named_before(before: str) -> bool:
    """The number follows an organisation's name in the same sentence ("Bij calamiteiten: Provinciehuis
    Drenthe 0592 ...", "Huis voor Klokkenluiders: 088 ..."): the organisation's number, not a person's."""
    words = re.split(r"\s+", before.rstrip(" \t:,.–-(").split(".")[-1].strip())[-6:]
    name: list[str] = []
    for w in reversed(words):
        if not _NAME_WORD.match(w):
            break
        name.insert(0, w)
    while name and not name[0][:1].isupper():
        name.pop(0)  # "het Landelijk Meldpunt Zorg": the article leads the name
    if not name or not name[0][:1].isupper() or len(name) == len(words) == 6:
        return False
    lead = words[-len(name) - 1] if len(words) > len(name) else ""
    if lead[:1].islower() and not lead.endswith(":") and lead not in _LEADS:
        return False  # "projectleider Gemeente Amsterdam, 020 ...": a person's function there, their direct line
    stem = before.rstrip(" \t:,.–-(")
    if lead.endswith(",") and _PERSON_BEFORE.search(stem[: stem.rfind(name[0])].rstrip()):
        return False  # "Contact: M. Slagter, PBL, 070 ...": the person's employer between the name and the number
    lex = load_lexicons()

    def head(w: str) -> bool:
        m = _ORG_HEAD.search(w.lower())
        if m is None:
            return False
        # "Provinciehuis", "Huis": an organisation's word; "Nieuwenhuis", "Bakker-Dijkhuis": a surname
        return m.start() == 0 or not (lex.is_surname(w) or w.split("-")[-1] in lex.surnames)

    if any(lex.is_first_name(w) for w in name):
        return False  # "Thijs Nieuwenhuis, 020 ...": a person
    return any(head(w) or (w.isupper() and w in lex.acronyms) for w in name)


# a person named before the organisation: initials and a surname, or a first name and a surname
_PERSON_BEFORE = re.compile(r"(?:\b[A-Z]\.[ \t]?)+[A-Z][\w'’-]+,\Z|\b[A-Z][a-z]+[ \t]+[A-Z][\w'’-]+,\Z")


_LINE_LABEL = re.compile(r"^[ \t]*([^\W\d][^:\n]{2,58}):[ \t]")


def _named(head: str, places: bool = False) -> bool:
    """A known first name among the words before the number: the number may be that person's. With ``places``,
    a first name that is a place too (Saba, Statia) names the place."""
    lex = load_lexicons()
    return any(lex.is_first_name(w) and not (places and w in lex.places) for w in re.findall(r"[A-Z][\w'’-]+", head))


def _given_name(before: str) -> bool:
    """A known first name used as one before the number ("Laat het Nadia weten via 070 ..."): not a surname
    that is a first name too after initials or a particle ("I.M. de Wolf" / "088 ... rotterdam@rvdk.nl")."""
    lex = load_lexicons()
    for m in re.finditer(r"(?:(\S+)\s+)?([A-Z][\w'’-]+)", before):
        prev = (m.group(1) or "").lower()
        if lex.is_first_name(m.group(2)) and not (prev.endswith(".") or prev in _BEFORE_SURNAME):
            return True
    return False


# the particles that are no article or preposition too: "Laat het Nadia weten" uses her first name
_BEFORE_SURNAME = PARTICLES - {"het", "'t", "in", "op", "el", "al"}

# "switchboards: Saba +599 416 2211, Statia +599 318 2892": the places' numbers listed after one label
_PLACE_LIST = re.compile(
    r"(?:[ \t]*(?P<place>[A-Z][\w'’-]+)[ \t]+\+?\d[\d \t\n-]{5,16}\d,)+[ \t\n]*(?P<last>[A-Z][\w'’-]+)[ \t]*\Z"
)


def _listed_after_label(text: str, start: int, general: re.Pattern[str]) -> bool:
    """The number is a later item of a list of places' numbers after a general label, in one sentence."""
    sentence = re.split(r"[.!?][ \t\n]+", text[max(0, start - 160) : start])[-1]
    label = list(general.finditer(sentence))
    if not label:
        return False
    rest = re.sub(r"^\w*[ \t]*:?[ \t]*", "", sentence[label[-1].end() :])  # "switchboard|s: "
    m = _PLACE_LIST.fullmatch(rest)
    if m is None:
        return False
    lex = load_lexicons()
    words = re.findall(r"(?:^|,)[ \t\n]*([A-Z][\w'’-]+)", rest)
    return all(w in lex.places or not (lex.is_first_name(w) or lex.is_surname(w)) for w in words)


# a bracket after the number that calls it someone's direct or mobile line
_DIRECT_AFTER = re.compile(r"[ \t]*\([^()\n]{0,20}\b(?i:direct\w*|doorkies\w*|mobiel\w*|rechtstreeks)\b[^()\n]{0,40}\)")

_LEADS = frozenset(
    {"bij", "via", "of", "en", "op", "naar", "met", "aan", "tel", "tel.", "telefoon", "bel", "belt", "de", "het", "van"}
)
