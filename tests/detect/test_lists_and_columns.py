"""Rows of a list typed with single spaces (a name, then an organisation or a street), names broken over a
line end in a list or in one of two text columns read row by row, an address after a name in a wrapped
table cell, an addressee's block beside the sender's column, a direct line beside a functional mailbox,
and a paraph as a sentence's subject."""

from __future__ import annotations

import pytest
from detecttools import check

LIST_ROWS = [
    # a presentielijst's rows: the name, then the next cell's organisation (whatever its name ends with)
    (
        "Naam Organisatie / adres Handtekening\n"
        "Marloes Dekkers-Visscher Stichting Waterpark Oostvaarders getekend\n"
        "Ruud Oosterbeek Gemeente Zwartewaterland getekend\n",
        ["Marloes Dekkers-Visscher", "Ruud Oosterbeek"],
        ["Stichting Waterpark Oostvaarders", "Gemeente Zwartewaterland"],
    ),
    # a resident's row: the name, then the street and number of their home
    (
        "Naam Organisatie / adres Handtekening\n"
        "Hendrik van Wijngaarden Zuiderzeestraatweg 217 getekend\n"
        "Aylin Karaca Kampereiland 4b getekend\n",
        ["Hendrik van Wijngaarden", "Zuiderzeestraatweg 217", "Aylin Karaca"],
        [],
    ),
    # a foundation named after a person, at a sentence's end, stays a foundation
    ("De bijdrage ging naar de Jan des Bouvrie Stichting.", [], ["Jan des Bouvrie Stichting"]),
    ("Wilhelmina Roozendaal belde over de aanvraag.", ["Wilhelmina Roozendaal"], []),
    ("Koningin Wilhelmina opende het Wilhelminapark in 1898.", [], ["Wilhelmina", "Wilhelminapark"]),
]

BROKEN_NAMES = [
    # after a particle, the street's word on the next line is the surname ("Jan van" / "Laan")
    ("Gesprek gehad met Jan van\nLaan over de vergunning.", ["Jan van\nLaan"], []),
    # a list of people with their organisations in brackets: a surname no list knows starts the next line
    (
        "Aanwezig: Pieter Hoogland (LTO Noord), Marijke\nSkovgaard (Natuurmonumenten), Eef Barends (RWS).",
        ["Marijke", "Skovgaard", "Pieter Hoogland"],
        ["LTO Noord", "Natuurmonumenten", "RWS"],
    ),
    # the left column's lines and the right column's interleave; the name goes on in its own column
    (
        "Aanwezig: Eef Barends, Marijke   14.3 Gewasschade uitzoeken\nSkovgaard (LNV), Jan Smit.       14.4 Schermen\n",
        ["Marijke", "Skovgaard", "Eef Barends"],
        ["Gewasschade", "LNV"],
    ),
    # ... and a public title before the name's first part keeps the whole name
    (
        "Op 3 juni kwam wethouder Rob   Afscheid van collega's\nKerkhoven langs bij het team.   Na 38 jaar vertrekt\n",
        [],
        ["Rob", "Kerkhoven"],
    ),
    (
        "Op 3 juni kwam adviseur Rob   Afscheid van collega's\nKerkhoven langs bij het team.   Na 38 jaar vertrekt\n",
        ["Rob", "Kerkhoven"],
        ["Afscheid"],
    ),
    # a table's cell: "Ton de" / "Bruijn-Oosterhof", "M.J." / "KORTEKAAS" wrap, a row's whole name does not
    (
        "02:20 Inbraak   aangever Ton de   -\n03:55 Melding   Bruijn-Oosterhof   onbekend\n",
        ["Ton", "Bruijn-Oosterhof"],
        ["Inbraak", "Melding"],
    ),
    # a name written surname first ends at its initials: no name runs on into the column's next line
    (
        "Verzonden aan: Visser, L.; Koning, R.   planning van het besluit\nSantoso, B.   MijnOverheid storing\n",
        ["Koning, R.", "Visser, L.", "Santoso, B."],
        ["MijnOverheid"],
    ),
    # an inventory's entry written surname first, over an office holder's line; a name in capitals throughout
    (
        "9\n22-01-2025 Concept antwoorden Kamervragen\nRidderhof, N.\nStaatssecretaris Rummenie\n10\n"
        "NAGY, ZSÓFIA\nPlataanlaan 9b\n11\nLefèvre, A.\nVerbeke, C.\nPersoonsgegevens persbericht",
        ["Ridderhof, N.", "NAGY, ZSÓFIA", "Verbeke, C."],
        ["Rummenie", "Persoonsgegevens"],
    ),
    # a first name at a line's end before an ordinary word is no broken name
    ("Het overleg met Marijke\nVerliep goed, zo meldde de voorzitter.", ["Marijke"], ["Verliep"]),
]

WRAPPED_ADDRESSES = [
    # a letter's sender and her street in one wrapped cell; the row number in the column before is no house
    (
        "Nr   Datum         Afzender                          Onderwerp\n"
        "3    14-03-2025    Agata Wiśniewska-Dekker,          Klacht over geluidsoverlast\n"
        "                   Molenstraat 19\n"
        "4    17-03-2025    Pieter Dirksen namens             Bezwaar tegen kap\n"
        "                   bewoners Vinkenhof\n"
        "5    18-03-2025    Gemeente Amersfoort               Verzoek om advies\n",
        ["Molenstraat 19", "Agata Wiśniewska-Dekker", "Pieter Dirksen"],
        ["Vinkenhof", "Gemeente Amersfoort"],
    ),
]

ADDRESSEE_BESIDE_SENDER = [
    # the sender's column on the left, the addressee's block on the right, read row by row: the lines
    # around the street are those of its own column, not the sender's postbus
    (
        "Gemeente Baarnveld          De heer P.L. Verhoeven\n"
        "Postbus 12                  p/a mevrouw A. Verhoeven-Smit\n"
        "3740 AA Baarnveld           Kerkstraat 14\n"
        "                            3741 BC Baarnveld\n",
        ["Kerkstraat 14", "3741 BC", "Verhoeven-Smit"],
        ["Postbus 12", "3740 AA", "Gemeente Baarnveld"],
    ),
]

DIRECT_LINES = [
    # a number beside a functional mailbox is the organisation's, unless a bracket calls it someone's own
    (
        "Contact: integriteit@provincie.nl of 038 499 72 16 (direct nummer H. Scholten).",
        ["038 499 72 16", "H. Scholten"],
        ["integriteit@provincie.nl"],
    ),
    ("Contact: integriteit@provincie.nl of 038 499 72 00 (algemeen nummer).", [], ["038 499 72 00"]),
]

SUBJECT_PARAPHS = [
    # a paraph the action list proves, as the subject of a sentence in the minutes
    (
        "Actiepunt   Wie   Datum\nNotitie asbest   KB   1 mei\n\nStijn vertrekt per 1 mei. KB neemt de portefeuille"
        " over. Het KB van 2024 blijft gelden.",
        ["[KB] neemt"],
        ["Het KB van"],
    ),
]

HOMES_IN_PROSE = [
    # "thuis", "ondergebracht", "inwoner": words that say whose home it is
    ("Wij spraken haar bij u thuis aan de Lange Akker 17. Uw zoon was aanwezig.", ["Lange Akker 17"], []),
    (
        "Roy: mevrouw Pelgrim is bij haar zus in Heythuysen ondergebracht,\nKapelaan Tijssenstraat 8. Tel 06 2250 1999",
        ["Kapelaan Tijssenstraat 8", "06 2250 1999"],
        ["Heythuysen"],
    ),
    # an address in brackets after a name, with the place ("(Hoofdweg 1187, Nieuw-Vennep)"); an initial "E."
    # is no e-mail label of a footer
    (
        "1. Bezwaar van omwonende E. Dorrestein (Zuiderweg 212, Abbenes) tegen de windtest;",
        ["Zuiderweg 212", "E. Dorrestein"],
        ["Abbenes"],
    ),
]

ATTENDANCE_ROWS = [
    # an attendance list, one person a row: a row whose first name no list knows goes too
    (
        "Aanwezig\nMaarten van der Veen, Logius (vz)\nPeter Haasnoot, Logius\nHeymen Nicolaij, Pinkroccade\n"
        "Tonkie Zwaan, BKWI\nEdwin Wisse (min. BZK)\n1. Opening\nDe voorzitter opent de vergadering.",
        ["Maarten van der Veen", "Peter Haasnoot", "Heymen Nicolaij", "Tonkie Zwaan", "Edwin Wisse"],
        ["Logius", "Pinkroccade", "BKWI", "BZK"],
    ),
    # a list of organisations under the label names nobody
    (
        "Aanwezig\nRijkswaterstaat Oost-Nederland\nKadaster Apeldoorn\nWaterschap Vallei\n1. Opening",
        [],
        ["Rijkswaterstaat Oost-Nederland", "Kadaster Apeldoorn"],
    ),
]

UNLABELLED_LISTS = [
    # a list of people with their organisations, continued on a page without its label: every row's name
    (
        "Tom Cobbaert, ADVN\nTom Ruette, Kunstenpunt\nValerie Adriaens, Libis\nWouter De Witte, Passchendaele museum\n"
        "Odelinde Van Thieghem, Industriemuseum\nGeplande overlegmomenten",
        ["Tom Cobbaert", "Valerie Adriaens", "Odelinde Van Thieghem"],
        ["ADVN", "Kunstenpunt", "Industriemuseum"],
    ),
    # a name over its organisation, line by line
    (
        "Pieter Derveaux\nFOD IBZ\nJan Laarmans\nFOD IBZ\nBart Reynaert\nPidpa\nSoetkin Vanassche\n"
        "Brandweerzone Centrum Gent\nCarl De Moor\nWater-link",
        ["Pieter Derveaux", "Soetkin Vanassche", "Carl De Moor"],
        ["FOD IBZ", "Pidpa", "Brandweerzone Centrum Gent"],
    ),
    # a bulleted list: a name does not run on over the line break into the next item's organisation
    (
        "- Departement Cultuur:\no Filip Borloo\n- Meemoo:\no Ellen Soetens\n- Universiteit Gent:\n"
        "o Vincent Ducatteeuw\n- Stad Gent:",
        ["Filip Borloo", "Ellen Soetens", "Vincent Ducatteeuw"],
        ["Meemoo", "Universiteit Gent", "Stad Gent"],
    ),
    # a bulleted item whose particle is capitalised, between items that are names
    (
        "• Stad Brugge\no Lieve Dockx\no Geert Wuyts\n• Sintmaartens NV\no Wiete Van Oostrijck\n"
        "• Provincie Limburg\no Jo Verhulst",
        ["Wiete Van Oostrijck", "Lieve Dockx"],
        ["Stad Brugge", "Provincie Limburg"],
    ),
    # a first name that is also a word ("Ok"), before a surname no list knows, in a list of names
    (
        "Genodigden:\n- Wim de Haas\nRijkswaterstaat\n- Marten Lighthuis\nBZK\n- Ok van Meggelhoven\n"
        "Tagologic\n- Roel Wubben\nProrail",
        ["Ok van Meggelhoven", "Marten Lighthuis"],
        ["Rijkswaterstaat", "Tagologic", "Prorail"],
    ),
    # an item of ordinary words in a list of names stays
    ("- Wim de Haas\n- Marten Lighthuis\n- Roel Wubben\n- Open Data\n", ["Roel Wubben"], ["Open Data"]),
    # a Flemish city as an organisation ("Stad Antwerpen") in a participants' field is no person
    (
        "Deelnemers: Stad Antwerpen, Jan Peeters, Gemeente Utrecht\nAanwezig: Julie Grauls (Stad Mechelen)",
        ["Jan Peeters", "Julie Grauls"],
        ["Stad Antwerpen", "Stad Mechelen"],
    ),
    # cities with their countries are no people
    ("Gent, België\nRijsel, Frankrijk\nAken, Duitsland\nMaastricht, Nederland", [], ["Gent", "Rijsel"]),
    # a row's organisation after the name without a separator
    (
        "Jonas Tamsyn\nCipal\nJitse De Cock\nDigitaal Vlaanderen\nSander Vliegen\nGreen Valley Belgium\n"
        "Sabrina Vanderheyden Stad Beringen\nAGENDA",
        ["Jonas Tamsyn", "Jitse De Cock", "Sander Vliegen", "Sabrina Vanderheyden"],
        ["Stad Beringen", "Digitaal Vlaanderen"],
    ),
]

TABLES = {
    "list_rows": LIST_ROWS,
    "unlabelled_lists": UNLABELLED_LISTS,
    "attendance_rows": ATTENDANCE_ROWS,
    "broken_names": BROKEN_NAMES,
    "wrapped_addresses": WRAPPED_ADDRESSES,
    "addressee_beside_sender": ADDRESSEE_BESIDE_SENDER,
    "direct_lines": DIRECT_LINES,
    "subject_paraphs": SUBJECT_PARAPHS,
    "homes_in_prose": HOMES_IN_PROSE,
}


@pytest.mark.parametrize(
    ("text", "redact", "keep"),
    [pytest.param(*row, id=f"{name}-{i}") for name, rows in TABLES.items() for i, row in enumerate(rows)],
)
def test_rule(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)
