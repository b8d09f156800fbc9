"""What stands around a phone number, for :class:`.phones.DutchPhoneRecognizer` to tell an organisation's
number from a person's: the labels, brackets, mailboxes, letterhead and footer lines, offers to the public and
lists of places that make a number general, and the names, extensions and brackets that make it someone's own.
"""

from __future__ import annotations

import re

from ..grammar import PARTICLES
from ..lexicons import load_lexicons


def _own_extension(text: str, end: int, digits: str) -> bool:
    """The extension in brackets after the number is the number's own last digits: its direct line."""
    ext = _EXTENSION.match(text, end)
    return ext is not None and digits.endswith(ext.group("ext"))


# a fax's label right before a number ("F 070 370 75 16", "Fax: 058 ..."); nobody's own line
_FAX_LABEL = re.compile(r"(?:^|[\s|·(])(?:F|Fax|fax|FAX)\.?[ \t]*:?[ \t]*\Z")
_FAX_NEXT = re.compile(
    r"[ \t]*(?:[|·][ \t]*)?\n?[ \t]*(?:F|Fax|fax|FAX)\.?[ \t]*:?[ \t]*(?P<nr>[+\d][\d \t()-]{8,18}\d)"
)


def _fax_beside(text: str, end: int, digits: str) -> bool:
    """A fax number of the same exchange (its first six digits) right after the number: an organisation's
    switchboard and fax, as a letterhead gives them."""
    m = _FAX_NEXT.match(text, end)
    return m is not None and re.sub(r"\D", "", m.group("nr"))[:6] == digits[:6]


_MEMORABLE = re.compile(r"(\d\d)\1\1\Z")
# "Laat het ons (dan vóór 9 januari 2025) weten via 088 ...": the organisation that writes, its own line
# "Het algemene nummer van het" / "agentschap is 070 ...": the organisation's own, said so over a line end
_GENERAL_IS = re.compile(r"(?i)algeme(?:en|ne)\s+(?:telefoon)?nummer(?:\s+van\s+(?:de|het)\s+\w+)?\s+(?:is|:)\s*\Z")
_TELL_US = re.compile(r"(?i)\blaat\s+(?:het\s+)?ons\b[^.!?\n]{0,50}?\bweten\s+(?:via|op|op\s+nummer)\s*\Z")
# a number offered, directly, to the public or to whoever a letter is about is the organisation's:
# "Voor vragen: 070 ...", "telefonisch aan 070 ..." (not "Voor vragen: Jildou van der Meer, 058 ...")
# a bracketed label right after the number that names a desk, not a person: "(receptie)", "(school)"; a number
# with an extension is the switchboard the extension is dialled on: "072 582 8282 (toestel 3312)" (not
# "toestel 070 370 4418": someone's own extension, written in full)
_BRACKET_LABEL = re.compile(
    # ("(algemene lijn tijdens het evenement)": a general line, whatever the bracket says of it after)
    r"[ \t]*\n?[ \t]*\((?:algeme(?:en|ne)[ \t]+(?:lijn|nummer)[ \t][^()\n\d]{0,40}(?=\))|"
    r"algeme(?:en|ne)|receptie|centrale|central|sentral|switchboard|general|school|persdienst|"
    r"pers(?:nummer)?|"
    r"voorlichting|servicedesk|helpdesk|balie|loket|secretariaat|meldkamer|piket|kantoor|office|reception|"
    r"front[ \t]desk|press[ \t]office|"
    # "(UWV Telefoon)", "(klantenservice)": the organisation's own line
    r"(?:[A-Z]{2,6}[ \t]+)?(?:telefoon|klantenservice|infolijn|servicelijn|klachtenlijn)|"
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
    r"(?<![\w])(?:(?i:toestel|tst\.|doorkies(?:nummer)?|ext\.|extension)"
    # ... or "intern" before a number that is no year: "- intern 8812 (Sanne)", "(intern 1944)"
    r"|(?i:intern)(?=[ \t]*:?[ \t]*(?!(?:19|20)\d\d(?!\d))\d{3,5}(?![ \t]?\d|[\w,.]\d))"
    r"|(?<=\()(?i:intern)(?=[ \t]+\d{3,5}\))"
    # ... or a chat's "bel me even op 4417": someone's own extension, no year
    r"|(?i:bel[ \t]+(?:me|mij)(?:[ \t]+(?:even|gerust|maar|straks|zo))?[ \t]+op)"
    r"(?=[ \t]+(?!(?:19|20)\d\d(?!\d))\d{3,5}(?![ \t]?\d|[\w,.]\d)))"
    # (the number may be on the next line, where it ends its line or sentence: "via de teamleider, tst." / "2214.";
    # not "Het oude toestel" / "2019 is vervangen", "een toestel" / "350 leerlingen")
    r"[ \t]*:?[ \t]*(?:\n(?=[ \t]*(?!(?:19|20)\d\d(?!\d))\d{3,5}[.,;)]?[ \t]*(?:\n|\Z)))?[ \t]*"
    # (or grouped in twos, as an internal phone list prints it: "toestel 25 44 27")
    r"(?P<ext>\d{3,5}|\d{2}(?:[ ]\d{2}){1,2})(?![ \t]?\d|[\w,.]\d)"
)
# a desk's name right before the number: "het 24/7 BZ Contact Center (+31 247 ...)", "Pers woordvoering BZ 070 ..."
_DESK_BEFORE = re.compile(
    r"(?i)\b(?:contact[ \t]?cent(?:er|re)|klantcontactcentrum|servicecentrum|informatiecentrum|servicedesk|helpdesk|"
    r"receptie|reception|woordvoering|persvoorlichting|press[ \t]office|informatiebalie|informatiepunt|"
    r"telefooncentrale|persdienst|piketdienst|storingsdienst|storingsnummer|"
    # a firm's office in brackets after its project leader's own numbers: "06-41 27 88 13 (kantoor 0522 - 24 81 00)"
    r"(?<=\()(?:kantoor|hoofdkantoor|algemeen)|"
    # an office's desk by its name, then the number ("Loket Onderwijsinspectie, telefoon 088 ...", "het nummer van
    # het bestuursbureau (0570 ...")
    r"loket[ \t]+\w+,?[ \t]+(?:telefoon|tel\.?)|(?:het[ \t]+)?nummer[ \t]+van[ \t]+(?:het|de)[ \t]+"
    r"(?:bestuursbureau|secretariaat|hoofdkantoor|kantoor|afdeling|receptie|school|gemeente|praktijk)|"
    # a service's line: "Het COA opent een buurtlijn: 088 ...", "de meldlijn (0800 ...)"
    r"(?:buurt|meld|hulp|info|informatie|klachten|service|bewoners|omwonenden|advies|crisis|pers)lijn)"
    r"(?:[ \t]+[A-Z]{2,6})?[ \t]*[(:]?[ \t]*$"
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
    r"|(?:^|[.!?]\s+)vragen(?:\s+over\s+[\w ]{1,30})?\s*[:?]"
    # "klachtenlijn ODRA 026 ...", "de infolijn van het CAK": a line the organisation keeps for the public
    r"|\b(?:klachten|info|meld|service|pers|informatie)lijn(?:\s+(?:van\s+(?:de|het)\s+)?(?-i:[A-Z][\w-]*)){0,3}"
    # "contact opnemen met uw verhuurder Mitros via 030 ...": an organisation the reader deals with
    r"|contact\s+opnemen\s+met\s+uw\s+(?:verhuurder|woningcorporatie|zorgverzekeraar|energieleverancier|"
    r"netbeheerder|verzekeraar|gemeente|waterschap|bank)(?:\s+(?-i:[A-Z][\w-]*)){0,3}\s+(?:via|op)"
    r"|telefonisch\s+aan|bereikbaarheid\s+voor\s+[\w ]{1,20}|perslijn[\w ]{0,12}|contact\s+voor\s+\w+"
    # "Gedupeerden kunnen zich melden via 088 ...", "melding bij FMH (070 ...)"; Papiamento "Yama +599 ..." (call)
    r"|(?:zich\s+)?melden\s+(?:via|op|bij)|melding\s+bij\s+(?-i:[A-Z][\w-]*)\s*\(?|\byama"
    # "melden via info@lelystadairport.nl of telefonisch via 0320 ...": the number beside a functional mailbox;
    # "het KCC-nummer 088 ...": a contact centre's
    r"|(?:info|contact|klachten|woo|post|secretariaat|servicedesk|helpdesk|vragen)[\w.-]*@[\w.-]+\s+of\s+"
    r"(?:telefonisch\s+)?(?:via|op)|\b(?:kcc|klantcontactcentrum|servicedesk|helpdesk)-?(?:nummer|nr\.?)"
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
# (or on one line: "Postbus 599, 4000 AN Tiel" / "(0345) 639 111")
_POSTBUS_ABOVE = re.compile(
    r"(?im:^[ \t]*postbus[ \t]+\d+(?:[ \t]*\n[ \t]*|[ \t]*,[ \t]*|[ \t]+)[1-9]\d{3}[ \t]?[A-Z]{2}\b[^\n]*\n\Z)"
)
# "Ministerie van SZW, Parnassusplein 5, Den Haag, 070 ...": a line that starts with the organisation and
# gives its street is its footer too (a signature "Yassine Bouzid | Gemeente Rotterdam | Coolsingel 40"
# starts with the person)
_ORG_STREET_LINE = re.compile(
    r"^\s*(?:Ministerie|Gemeente|Provincie|Provinsje|Waterschap|Wetterskip|Rijks\w*|Dienst|Directie)\b.*"
    r"\b[A-Z][a-z]+(?:straat|laan|weg|plein|kade|gracht|singel|dreef|markt)\s+\d+"
)
# an address line is an organisation's (letterhead, footer) only when something there says so
_STREET_PLACE = re.compile(
    r"[ \t]*[A-Z][\w'’.-]*(?: [\w'’.-]+){0,3} \d{1,4}[a-zA-Z]?(?:, ?| )(?:[1-9]\d{3} ?[A-Z]{2},? )?"
    r"[A-Z][\w'’ -]+[ \t]*$"
)
# a letterhead's first line that names the organisation ("Delft University of Technology", "Omgevingsdienst Regio
# Arnhem"): a few words, no digits, one of them an organisation's
_ORG_NAME_LINE = re.compile(
    r"^[ \t]*(?=[^\d\n]{3,60}$)(?:[\w'’&.-]+ ){0,5}?[\w'’&.-]*(?i:universit(?:y|eit)|hogeschool|dienst|schap|"
    r"gemeente|provincie|ministerie|waterschap|corporatie|woningstichting|stichting|instituut|college|"
    r"inspectie|autoriteit|agentschap|bureau|centrum|raad)[\w'’&.-]*(?: [\w'’&.-]+){0,5}[ \t]*$"
)
# a row that an organisation of these kinds opens, the number at its end (no one named before it)
_ORG_ROW = re.compile(
    r"[ \t]*(?:Gemeente|Provincie|Provinsje|Omgevingsdienst|Veiligheidsregio|Waterschap|Hoogheemraadschap|"
    r"Wetterskip|GGD|Ministerie|Rijkswaterstaat|Politie|Brandweer)\b[^\d\n:]*\Z"
)
_ORGANISATION = re.compile(
    r"(?i:postbus|ministerie|gemeente|provincie|provinsje|waterschap|rijks(?!weg|straat|laan|plein|kade)|dienst|directie|b\.\s?v\.|\bbv\b|n\.\s?v\.|stichting|"
    r"reclassering|veiligheidshuis|universit|hogeschool|corporatie|"
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
    r"veiligheidsregio|servicepunt|klantcontact|helpdesk|servicedesk|desk|bond|unie|federatie|bank)s?)$"
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
