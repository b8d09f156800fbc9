"""Rules for forms met in the blind ministry set: address blocks in capitals and postbussen of
private addressees, routing paraphs, numbers of organisations, and titles that are not the name's."""

from __future__ import annotations

import pytest
from detecttools import check

ADDRESS_BLOCKS = [
    # capitals, two-letter particles and a typographic apostrophe
    ("DE HEER M. EL HADDOUTI\nHOOFDSTRAAT 117 B\n7811 EP EMMEN", ["HADDOUTI", "HOOFDSTRAAT 117 B", "7811 EP"], []),
    # a private person's postbus is theirs; an organisation's (t.a.v.) is not
    (
        "DE HEER J.P. VAN ’T HOF\nPOSTBUS 1187\n8001 BD ZWOLLE\n\nGeachte heer Van ’t Hof,",
        ["VAN ’T HOF", "POSTBUS 1187", "8001 BD", "Van ’t Hof"],
        [],
    ),
    (
        "Aan de minister van Financiën\nt.a.v. de heer J. Jansen\nPostbus 20201\n2500 EE Den Haag",
        ["J. Jansen"],
        ["Postbus 20201", "2500 EE"],
    ),
    # "in" between the number and the postcode, the place on the next line
    (
        "Een ouder, mevrouw A. Boateng, woonachtig aan de Wielingenstraat 12 in 3522 PA\nUtrecht, klaagt.",
        ["A. Boateng", "Wielingenstraat 12", "3522 PA"],
        [],
    ),
]

INTERLEAVED = [
    # two columns read in turn: the addressee two lines up, the postcode two lines down
    (
        "Mevrouw A. Mahabier\nRotterdam. Wij zijn van plan een last onder\nSchiedamseweg 117 C\n"
        "bestuursdwang op te leggen. U kunt binnen twee\n3026 AH Rotterdam\nweken een zienswijze geven.",
        ["A. Mahabier", "Schiedamseweg 117 C", "3026 AH"],
        ["Rotterdam. Wij"],
    ),
    # a postcode broken over the line end
    ("Klager\nmevrouw F. Benali, Assendorperstraat 77, 8012\nDE Zwolle\n", ["Assendorperstraat 77", "8012", "DE"], []),
    # the cells of a table's address column
    (
        "Nr.\nKlager\nAdres\nK24-102\nMariam Al-Khatib\nMarnixlaan 140\n"
        "K24-103\nAgnieszka\nGageldijk 12\nStadsbeheer\n",
        ["Marnixlaan 140", "Gageldijk 12"],
        ["Stadsbeheer"],
    ),
    ("Gemeente Utrecht\nAdres\nStadsplateau 1\n", [], ["Stadsplateau 1"]),
    # a farmer's business address; his surname begins the place's name
    (
        "Agrariër Gerrit Wijk uit Wijk bij Duurstede heeft een zienswijze over zijn bedrijf aan de Lekdijk Oost 41.",
        ["Gerrit Wijk", "Lekdijk Oost 41"],
        ["Agrariër", "Wijk bij Duurstede"],
    ),
    # an office on the line below a name, followed by another's name or a sentence, is not its title
    (
        "09:11\nRachelle Pinas\nBurgemeester Halsema komt om 14.00 langs, graag iemand bij de ingang\n",
        ["Rachelle Pinas"],
        ["Halsema"],
    ),
    (
        "Aanwezig namens bewoners\nAanwezig namens gemeente\nAbdelkader Ouazzani\nwethouder Dennis de Vries\n",
        ["Abdelkader Ouazzani"],
        ["Dennis de Vries"],
    ),
    ("Met vriendelijke groet,\nFemke Halsema\nburgemeester van Amsterdam\n", [], ["Femke Halsema"]),
    # ... the seat after the office ("burgemeester Valkenburg aan de Geul") is no one's name, a remark in brackets
    # no sentence; a numbered heading under a row is no house number
    (
        "Aanwezig\nNaam   Rol\nAnnemarie Penn-te Strake   burgemeester Maastricht, voorzitter Veiligheidsregio\n"
        "Daan Prevoo   burgemeester Valkenburg aan de Geul\nEmile Roemer   commissaris van de Koning in Limburg "
        "(voorzitter)\nLieke Claessens   secretaris, Veiligheidsregio Zuid-Limburg\n1. Beeld\nDe Geul trad buiten.",
        ["Lieke Claessens"],
        ["Annemarie Penn-te Strake", "Daan Prevoo", "Emile Roemer", "Veiligheidsregio Zuid-Limburg\n1"],
    ),
]

PARTY_ADDRESSES = [
    # a party to the case named by its label, a roepnaam in brackets inside the name
    (
        "Verzoeker: mr. drs. Z. (Zeynep) Arslan, Tesselschadestraat 15, 1054 ET Amsterdam",
        ["Zeynep", "Arslan", "Tesselschadestraat 15", "1054 ET"],
        [],
    ),
    ("Klager: Ruud Vos, Hoofdweg 31, 9999 ZZ Ergens", ["Ruud Vos", "Hoofdweg 31", "9999 ZZ"], []),
    ("De minister, Turfmarkt 147, 2511 DP Den Haag", [], ["Turfmarkt 147", "2511 DP"]),
]

ROUTING_PARAPHS = [
    # the writer's job title before their name, written surname first
    (
        "Opgesteld door: HR-adviseur Ojo-Kamminga, Folake\nFolake is rechtstreeks bereikbaar.",
        ["Ojo-Kamminga", "Folake"],
        ["HR-adviseur"],
    ),
    # a job title before a unit is no name
    ("Opgesteld door: beleidsadviseur Directie Jeugd\nDatum: 3 juni 2025", [], ["Directie Jeugd"]),
    # the initials of a double name with particles, in a table's Paraaf column after "akkoord"
    (
        "Paraaf\nNaam\nFunctie\nParaaf\nF. Yıldırım-de Koning\ndirecteur HOS\nakkoord FYdK\nT. Wiersma\nsenior\nTW\n",
        ["F. Yıldırım-de Koning", "FYdK", "T. Wiersma", "[TW]\n"],
        [],
    ),
    # a digit that tells two colleagues apart, a routing line of its own
    ("Paraaf: NEK Paraaf: TW2", ["NEK", "TW2"], []),
    ("> Groet, Rutger\nAkkoord BJO\nParaaf SG: ........", ["BJO"], []),
    ("Akkoord EZK\nAkkoord MT\nHet akkoord is getekend.", [], ["EZK", "MT"]),
]

ACTION_LISTS = [
    # the owner column of an action list holds paraphs; an organisation's acronym there stays
    (
        "Nr\tActie\tWie\tGereed\n25-07\tCijfers aanleveren\tCOA (HS)\t28 mei 2025\n"
        "25-08\tNotitie examens\tEY\t11 juni 2025\n25-09\tOverzicht\tRK / RSa\t11 juni\n",
        ["HS", "EY", "RK", "RSa"],
        ["COA"],
    ),
    ("Nr.\tActie\tEigenaar\tStatus\n24-11\tNotitie UWV-signalen\tIW\tloopt\n", ["IW"], ["UWV"]),
    ("Wie weet wat de code is? GGD en RIVM.\n", [], ["GGD", "RIVM"]),
    # "Code" in a heading that runs on is no column header (a code review report's table of contents)
    ("1.5.1.1\nCode Review Findings by Status\nAdded generic GAEN\nsection\n", [], ["GAEN"]),
    # a code in brackets after the organisation, the name on the line above
    ("Aanwezig\nElif Yıldırım\n(DUO, EY), Ruud Kok (VNG, RK)\n", ["Elif Yıldırım", "EY", "RK"], ["DUO", "VNG"]),
]

ORGANISATION_NUMBERS = [
    ("Heeft u vragen? Bel ons op 050 599 77 55 of kijk op de website.", [], ["050 599 77 55"]),
    # the label after "of" belongs to the other number
    (
        "> Bellen kan via 010-4339 988 of het algemene nummer 010 400 00 00.",
        ["010-4339 988"],
        ["010 400 00 00"],
    ),
    # beside a functional mailbox on its line
    ("Servicedesk Logius —\nservicecentrum@logius.nl 088 - 900 62 23", [], ["servicecentrum@logius.nl", "088 - 900"]),
    ("Meldkamer | 24/7 | meldkamer@vr04.nl | 088 - 012 40 00", [], ["meldkamer@vr04.nl", "088 - 012 40 00"]),
    # a mailbox elsewhere on the line says nothing about a person's number
    (
        "Haar gegevens zijn zwolle.e@minezk.nl en 070 379 8911. Algemene vragen: woo-verzoeken@minezk.nl.",
        ["zwolle.e@minezk.nl", "070 379 8911"],
        ["woo-verzoeken@minezk.nl"],
    ),
    (
        "Bel Jan de Vries | jan.devries@vr04.nl | 088 - 012 40 17",
        ["Jan de Vries", "jan.devries@vr04.nl", "088 - 012 40 17"],
        [],
    ),
    # BNG Bank serves public bodies only; its digits are no phone number either
    ("U kunt betalen op NL12 BNGH 0285 0017 00 onder vermelding van het kenmerk.", [], ["NL12 BNGH 0285 0017 00"]),
    ("Wij storten het op NL91 ABNA 0417 1643 00 ten name van u.", ["NL91 ABNA 0417 1643 00"], []),
]

TITLES_OF_OTHERS = [
    # "staatssecretaris" is no plural heading the list: the secretary after the office holder is not one
    (
        "Aanwezig: burgemeester Halsema (Amsterdam), staatssecretaris Heijnen (IenW), Priya\n"
        "Ramdin-Chotkan (secretaris), Wouter de Wit (adviseur)",
        ["Priya", "Ramdin-Chotkan", "Wouter de Wit"],
        ["Halsema", "Heijnen"],
    ),
    # two columns read in turn: the title above belongs to the addressee, the name has its own function
    (
        "Aan\nVan\nDatum\nStaatssecretaris\nMustafa Öztürk,\n19 januari 2024\nToeslagen en\nprogrammadirecteur,",
        ["Mustafa Öztürk"],
        [],
    ),
    ("Wethouders Kaya, Jansen en Bakker stemmen in.", [], ["Kaya", "Jansen", "Bakker"]),
    # the inverted form of a header, elsewhere on its own (an ordinary word as surname: "Ploeg")
    (
        "Ploeg, Hidde van der\n______________________\nVan: Ploeg, Hidde van der <hidde.vanderploeg@minocw.nl>\n",
        ["Ploeg, Hidde van der", "hidde.vanderploeg@minocw.nl"],
        [],
    ),
    # a paraph table's row: "akkoord" under the name is no function of a civil servant
    (
        "Wethouder Kasmi tekent.\nParafen\nRol\nNaam\nParaaf\nSteller\nK. Bouzerda\nKB\nWethouder\nS. Kasmi\nakkoord\n",
        ["K. Bouzerda", "[KB]\n"],
        ["S. Kasmi"],
    ),
    ("De minister van Financiën,\nJan de Boer\ndirecteur Begrotingszaken\n", ["Jan de Boer"], []),
]


@pytest.mark.parametrize(
    ("text", "redact", "keep"),
    ADDRESS_BLOCKS
    + INTERLEAVED
    + PARTY_ADDRESSES
    + ROUTING_PARAPHS
    + ACTION_LISTS
    + ORGANISATION_NUMBERS
    + TITLES_OF_OTHERS,
)
def test_rule(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)
