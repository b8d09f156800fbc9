"""A public title whose portfolio stands between it and the name without a comma, a title wrapped onto the
line before in running text, a plural title heading a list that a sentence wraps, a function word before an
organisation's name, and compound names of practices.

Each row: (text, redact, keep), see detecttools.check.
"""

from __future__ import annotations

import pytest
from detecttools import check

PORTFOLIO_WITHOUT_COMMA = [
    # the portfolio's words are dictionary words: the name after them is the wethouder's
    (
        "Afschrift: mevrouw A. Kingma-Ter Horst (melder); wethouder Wonen Jeroen Olthof-Veen (ter informatie).",
        ["A. Kingma-Ter Horst"],
        ["Jeroen Olthof-Veen"],
    ),
    (
        "Wethouder Werk en Inkomen Marion Bloemen-Driessen is geïnformeerd door Pieter Hanegraaf.",
        ["Pieter Hanegraaf"],
        ["Marion Bloemen-Driessen"],
    ),
    # a place after "van" belongs to the portfolio
    (
        "Er zijn geen voorschriften nodig. Wethouder Duurzaamheid van Renkum, Marinus Bakker, is verantwoordelijk.",
        [],
        ["Marinus Bakker"],
    ),
    # "Gedeputeerde Staten van Fryslân," is a body signing, not a gedeputeerde and her portfolio
    (
        "Met vriendelijke groet,\nGedeputeerde Staten van Fryslân,\nP.J. Winter, afdelingshoofd Cultuur en Erfgoed",
        ["P.J. Winter"],
        [],
    ),
    # a first name between the title and the surname is no portfolio: the title is the first name's
    ("Het gesprek met de wethouder Kaya Jansen en Pieter Hanegraaf liep goed.", ["Pieter Hanegraaf"], ["Kaya Jansen"]),
]

WRAPPED = [
    # the ministry's name goes on over the line end, the name follows on the next line
    (
        "Opgesteld door F. Zandbergen-Oyelaran. Staatssecretaris van Infrastructuur\n"
        "en Waterstaat Chris Jansen is geïnformeerd via de Kamerbrief van 15 mei 2025.",
        ["F. Zandbergen-Oyelaran"],
        ["Chris Jansen"],
    ),
    (
        "Vragen: werkeninkomen@veenendaal.nl. Wethouder Sociaal\nDomein Marieke Schouten-Weidema is niet geïnformeerd.",
        [],
        ["Marieke Schouten-Weidema"],
    ),
    # a plural title and the list it heads, wrapped; a sentence before it ends in a capitalised word
    (
        "Voorjaarsnota gaat op 15 april naar de Kamer. De Kamerleden Dassen\nen Inge van Dijk hebben om een "
        "technische briefing gevraagd.",
        [],
        ["Inge van Dijk"],
    ),
    # a title at the end of the line above, then "en" and a civil servant: no list of office holders
    ("Wij spraken met de burgemeester\nen Pieter Hanegraaf over de kade.", ["Pieter Hanegraaf"], []),
    # never across a header label
    ("Aan de minister van Financiën\nVan Sanne Kartosen, beleidsmedewerker", ["Sanne Kartosen"], []),
    # an Amsterdam stadsdeel's chair, the name broken over the line
    (
        "Namens het bestuur was stadsdeelvoorzitter Sebastiaan\nCapel aanwezig. De presentielijst is ingescand.",
        [],
        ["Sebastiaan\nCapel"],
    ),
]

BROKEN_LIST = [
    # a plural title's list goes on within a name broken over the line end
    (
        "Aanwezig: dijkgraaf Michiel van Haersma Buma (voorzitter), heemraden Cees Kraakman, Ineke\n"
        "Bakker-Sloot, Jan Raat en Els Kaag; secretaris-directeur mr. R.H.W. Duivenvoorde.",
        ["R.H.W. Duivenvoorde"],
        ["Ineke\nBakker-Sloot", "Jan Raat", "Els Kaag"],
    ),
    ("Het gesprek met Pieter\nJansen, Karin de Vries en Els Kaag ging goed.", ["Karin de Vries", "Els Kaag"], []),
]

LABELLED_LINES = [
    # a label's line whose value ended: the plural title after "Aanwezig:" heads the list on the next line (the
    # provinciesecretaris is a public title by default since session 44; the minute-taker goes)
    (
        "Datum: 15 april 2025. Aanwezig: John Berends (Commissaris van de Koning), gedeputeerden Helga Witjes,\n"
        "Annelies Krijgsman-Heuvel, Harold Zoet en Christianne Holtslag; provinciesecretaris drs. Wouter "
        "Brinkhorst-Addo. Verslag: Anouk Verbeek.",
        ["Anouk Verbeek"],
        [
            "Annelies Krijgsman-Heuvel",
            "Harold Zoet",
            "Christianne Holtslag",
            "Helga Witjes",
            "John Berends",
            "Wouter Brinkhorst-Addo",
        ],
    ),
]

SAME_HOLDER = [
    # initials (two or more) whose first is the titled first name's: the same office holder
    (
        "Aanwezig: John Berends (Commissaris van de Koning). Berends meldt het werkbezoek.\n"
        "Vastgesteld. De voorzitter, J.W.R. Berends. De secretaris, W. Brinkhorst-Addo.",
        ["W. Brinkhorst-Addo"],
        ["J.W.R. Berends", "Berends meldt"],
    ),
    # one initial is too little: another bearer of the surname
    (
        "Wethouder John Berends opende. De notulen zijn van J. Berends (beleidsmedewerker).",
        ["J. Berends"],
        ["John Berends"],
    ),
]

OFFICE_BELOW = [
    # an inventory printed a cell a line: the sender, then the addressee "minister Madlener" (a surname, no portfolio)
    ("Nr 14\nBeslisnota Woo-besluit\nS. Ottevanger\nminister Madlener\nDeels", ["S. Ottevanger"], ["Madlener"]),
    # a signature's office and its portfolio of one word
    ("Met vriendelijke groet,\n\nJan de Boer\nwethouder Financiën", [], ["Jan de Boer"]),
]

ORGANISATIONS = [
    # a function word, then the organisation the officer works for: no name
    (
        "De groep werkt samen met wijkagent Politie Oost-Nederland en het Centrum voor Criminaliteitspreventie.",
        [],
        ["Politie Oost-Nederland"],
    ),
    # an organisation after "van de" is the person's employer; an agency's name in a list of attendees is no name
    (
        "De heer\nDijkhuizen van de Nationaal Coördinator Groningen zegt toe.",
        ["Dijkhuizen"],
        ["Nationaal Coördinator Groningen"],
    ),
    ("De heer Piet van de Kamp belde.", ["Piet van de Kamp"], []),
    (
        "Aanwezig: S. Dijkhuizen (NCG);\nF. Oldenhuis (gemeente);\nStaatstoezicht op de Mijnen (afwezig)",
        ["S. Dijkhuizen", "F. Oldenhuis"],
        ["Staatstoezicht op de Mijnen"],
    ),
    # a practice's name: the doctor after it is a person, the practice is not
    ("Huisartsenpraktijk Pathmos, dokter G.J. Roerdink-Alting", ["G.J. Roerdink-Alting"], ["Huisartsenpraktijk"]),
]

# a plural title heading names in brackets with their honorifics; a ministry's short form of a title (real22)
SHORT_AND_BRACKETED = [
    ("zoals Kamerleden (de heer Van Nispen en de heer\nPostema).", [], ["Van Nispen", "Postema"]),
    ("De ouders (de heer Jansen en mevrouw\nPietersen) waren er.", ["Jansen", "Pietersen"], []),
    ("Deze transactie wordt ter goedkeuring aan Stas Fin Vijlbrief voorgelegd.", [], ["Vijlbrief"]),
    ("Stas Kowalski belde over de aanvraag.", ["Kowalski"], []),
    ("De commissie: Jan Jansen (voorzitter), Piet de Vries.", ["Jan Jansen", "Piet de Vries"], []),
]


@pytest.mark.parametrize(
    ("text", "redact", "keep"),
    PORTFOLIO_WITHOUT_COMMA
    + WRAPPED
    + BROKEN_LIST
    + LABELLED_LINES
    + SAME_HOLDER
    + OFFICE_BELOW
    + ORGANISATIONS
    + SHORT_AND_BRACKETED,
)
def test_portfolios_and_wrapped_titles(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)
