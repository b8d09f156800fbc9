"""Session 49's rules, one table per rule class: paraph codes a document declares or explains in a legend, logins
written out after their word, a person's mailbox spelled as a word, registers in capitals, labelled numbers of
officials and patients, a phone number typed with one digit too many, an office holder named in apposition, and
special categories in the sentence after the one that names the person."""

from __future__ import annotations

import pytest
from detecttools import check

# text, redacted, kept
PARAPH_CODES = [
    # the code a name is given in brackets is that person's wherever it stands alone, an acronym or not
    (
        "Aanwezig: Marloes Tijhuis (MT, voorzitter), Jeroen Spekschoor (JS)\nFO stelt voor te bezoeken; MT akkoord.",
        ["Marloes Tijhuis", "([MT], voorzitter", "[MT] akkoord"],
        [],
    ),
    # ... but not after an article, where the acronym means the management team
    (
        "Aanwezig: Marloes Tijhuis (MT, voorzitter).\nHet voorstel gaat naar het MT voor besluit.",
        ["Marloes Tijhuis"],
        ["het MT"],
    ),
    # a code in mixed capitals is no word, whatever "ali" is in English
    (
        "Afschrift aan teamleider A. Lindhout.\nAkkoord teamleider: ALi",
        ["A. Lindhout", "ALi"],
        ["Akkoord teamleider"],
    ),
    # a legend gives codes as someone's in a role; the one enumerated with it goes too
    (
        "Betrokken: R. Kleuskens, S. Wetzels en J. Habets.\nAfkortingen: RKl = arts-assistent, SWe en JHa =\n"
        "verpleegkundigen.",
        ["RKl", "SWe", "JHa"],
        ["arts-assistent", "verpleegkundigen"],
    ),
    # a three-letter code typed in capitals ("YGE" of Yvonne Gerritsma) where a paraph stands
    (
        "Aanwezig: Yvonne Gerritsma (ProRail).\nActiepunten: YGE bezoek mevrouw Eshuis.",
        ["Yvonne Gerritsma", "YGE"],
        ["ProRail"],
    ),
    # a handler's code in the table's "Behandelaar" column
    (
        "Relatienr. Status Behandelaar\n100382761 vergund JW\n200933418 in behandeling ET\n",
        ["JW", "ET"],
        ["vergund"],
    ),
]

ACCOUNTS = [
    # a login written out after the word for it: an initial or word, a separator, a name
    (
        "Using one cookie we hijacked the session of user j.devries (a municipal administrator).",
        ["j.devries"],
        ["municipal administrator"],
    ),
    ("Lateral movement via RDP, creation of local admin sup_hvdl.", ["sup_hvdl"], ["RDP"]),
    # not an abbreviation, not the word's compound
    ("Accounts e.g. the break-glass ones, and the user-agent strings.", [], ["e.g.", "user-agent"]),
]

MAILBOXES = [
    # the local part is a word ("timmerhuis"), but the document names a person by it
    (
        "Behandeld door\nmr. F.M. Timmerhuis\nDirect\n038 - 203 11 47\nE-mail\ntimmerhuis@agrilex.nl",
        ["F.M. Timmerhuis", "timmerhuis@agrilex.nl", "038 - 203 11 47"],
        [],
    ),
    # no one of that name: the desk's mailbox stays
    ("Vragen? Mail naar planning@agrilex.nl of bel ons.", [], ["planning@agrilex.nl"]),
    # a project's desk, its address spelled as the text names the project ("overweg Loo"), no one's surname
    (
        "Aan de bewoners rond overweg Loo, Bathmen. Vragen? Stuur een e-mail naar overweg.loo@prorail.nl.",
        [],
        ["overweg.loo@prorail.nl", "overweg Loo"],
    ),
    # a plural noun, a mailbox word and the body's acronym: desks
    (
        "CC: Kurvers, Hans <h.kurvers@zuyderland.nl>; calamiteiten@zuyderland.nl\nAntwoord graag via "
        "secretariaatrvb@maasstadziekenhuis.nl.",
        ["Kurvers, Hans", "h.kurvers@zuyderland.nl"],
        ["calamiteiten@zuyderland.nl", "secretariaatrvb@maasstadziekenhuis.nl"],
    ),
    # ... not a person's name the text writes as a phrase, nor an address at a consumer provider
    (
        "Op 24 oktober 2025 diende mevrouw Xiaoling Lau een verzoek in. Zij is bereikbaar via xiaoling.lau@live.nl.",
        ["Xiaoling Lau", "xiaoling.lau@live.nl"],
        [],
    ),
    # ... but a first name and a surname written so are a person's
    ("Met dank aan Pim Verhoef (pim.verhoef@prorail.nl).", ["Pim Verhoef", "pim.verhoef@prorail.nl"], []),
]

ADDRESSES = [
    # the address right after a company's legal form is the company's, whatever label stands before it
    (
        "Verzoeker: ProRail B.V., Moreelsepark 3, 3511 EP Utrecht\nVerzoeker: Jan de Boer, Hoofdstraat 3, 3511 EP "
        "Utrecht",
        ["Jan de Boer", "Hoofdstraat 3"],
        ["Moreelsepark 3"],
    ),
    # a title before a street named after someone, its house number after it
    ("BDO Audit & Assurance B.V.\nDr. Van Thienenweg 1 · 8025 AM Zwolle · 088 236 4000", [], ["Van Thienenweg"]),
]

NAMES = [
    # a first name that is a word too ("koos"), alone in brackets after the number it is given with
    (
        "Van: Koos en Ria Bloemendaal <bloemendaal.kr@ziggo.nl>\nAan: info@nvwa.nl\n\n"
        "Ons nummer is 0572-391204; mobiel 06 3017 8855 (Koos).",
        ["[Koos] en", "([Koos])", "Ria Bloemendaal"],
        ["info@nvwa.nl"],
    ),
    # a register's rows: the surname in capitals, then the initials, over the registration number
    (
        "Gedetineerde\nRegistratienummer\nMAAS T.\n2176630\nKOÇ E.\n2188305\nBOUZIANE-DE GRAAF K.\n2240011\n",
        ["MAAS T.", "KOÇ E.", "BOUZIANE-DE GRAAF K."],
        ["Gedetineerde"],
    ),
    # not a heading's part and letter
    ("BIJLAGE A.\nHOOFDSTUK B.\nDEEL C.\n", [], ["BIJLAGE A.", "HOOFDSTUK B.", "DEEL C."]),
]

NUMBERS = [
    ("Toezichthouder Thijs Oudejans, legitimatienummer TH-0417, mobiel 06-41 83 27 59", ["TH-0417"], []),
    ("De patiënt (geboren 17-11-1961, patiëntnummer MS-2290174) werd behandeld.", ["MS-2290174"], []),
    (
        "Registraties in het BIG-register:\n- 49061244001, internist, sinds 2011\n- 29058371601, arts, sinds 2021\n"
        "BIG-nummer arts: 39056620801. Zaaknummer 20250312001, afgehandeld.",
        ["49061244001", "29058371601", "39056620801"],
        ["20250312001"],
    ),
]

PHONES = [
    # one digit too many, after a phone's label or before "(direct)": still the person's line
    ("Behandeld door\nHarmke Ubbens-Dijkhuis\nTelefoon\n+31 596 639 9112 (direct)", ["+31 596 639 9112"], []),
    # the line's next cell gives the general number: this one is someone's own
    (
        "Nadia Bouzerda\nadviseur geur | Team Lucht\nDCMR Milieudienst Rijnmond | 's-Gravelandseweg 565, Schiedam\n"
        "T 010 246 8512 | algemeen 010 246 80 00 | www.dcmr.nl",
        ["010 246 8512"],
        ["010 246 80 00"],
    ),
]

OFFICE_HOLDERS = [
    # named in apposition after "namens" and the title: the office holder, no signature
    (
        "Ik doe dit mede namens de staatssecretaris van Jeugd, Preventie en Sport, de heer Karremans, en de "
        "staatssecretaris van Langdurige en Maatschappelijke Zorg, mevrouw Maeijer.",
        [],
        ["Karremans", "Maeijer"],
    ),
    # a signature under the office's heading wrapped over two lines (the register knows him by that name)
    (
        "Hoogachtend,\nDE STAATSSECRETARIS VAN INFRASTRUCTUUR EN WATERSTAAT - OPENBAAR\nVERVOER EN MILIEU,\n"
        "Chris Jansen",
        [],
        ["Chris Jansen"],
    ),
]

SPECIAL_CATEGORIES = [
    # the sentence before, in the same paragraph, names the person this one goes on about
    (
        "Lotte B. verblijft sinds november 2024 in een gesloten instelling. Bekend met ADHD en een depressieve "
        "stoornis; er is sprake van automutilatie.",
        ["ADHD", "automutilatie"],
        [],
    ),
    ("Tegen hem loopt een strafrechtelijk onderzoek; het OM beslist later.", ["strafrechtelijk onderzoek"], []),
    # a law's name, broken over a line, is no one's finances
    (
        "Mevrouw De Vries krijgt een budgetplan. Het besluit volgt de Wet gemeentelijke\nschuldhulpverlening.",
        [],
        ["schuldhulpverlening"],
    ),
    # not a sentence about a group, not after a blank line
    ("Mevrouw De Vries is beleidsadviseur. Het aantal jongeren met ADHD stijgt.", [], ["ADHD"]),
    ("Mevrouw De Vries belde over de planning.\n\nADHD is een van de thema's van de conferentie.", [], ["ADHD"]),
]

COUNCIL_MINUTES = [
    # a code only ever in brackets after a speaker's name is no party: the insprekers of a council's minutes
    (
        "De voorzitter. Aan het woord is de heer Koster (VVD), daarna mevrouw De Jong (PvdA) en de heer Bakker (CDA).\n"
        "Mevrouw Vlieger (HvDH). Voorzitter, dank.\nMevrouw Vlieger (HvDH). Nog een punt.\n"
        "De voorzitter. Dan zijn er drie insprekers.\nMevrouw Van der Spek (AA). Goedemiddag allemaal.\n"
        "Mevrouw Klomp (AA). Mijn naam is Marije Klomp.\nStemming: voor HvDH, VVD, PvdA en CDA.",
        ["Van der Spek", "Klomp"],
        ["Koster", "De Jong", "Bakker", "Vlieger"],
    ),
    # "van de" before a supermarket's name: a preposition and an article, no surname's particles
    ("Overlast van bezoekers van de Albert Heijn XL, van de horeca en de winkels.", [], ["Albert Heijn"]),
]

TABLES = {
    "paraph_codes": PARAPH_CODES,
    "accounts": ACCOUNTS,
    "mailboxes": MAILBOXES,
    "addresses": ADDRESSES,
    "names": NAMES,
    "numbers": NUMBERS,
    "phones": PHONES,
    "office_holders": OFFICE_HOLDERS,
    "special_categories": SPECIAL_CATEGORIES,
    "council_minutes": COUNCIL_MINUTES,
}


@pytest.mark.parametrize(
    ("text", "redact", "keep"),
    [pytest.param(*row, id=f"{name}-{i}") for name, rows in TABLES.items() for i, row in enumerate(rows)],
)
def test_rule(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)
