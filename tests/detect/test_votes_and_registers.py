"""Roll-call votes, names a plural courtesy title heads, an office holder under the office's heading,
postcode letters that look like a degree, and how far a name that only the model found is spread."""

from __future__ import annotations

import pytest
from detecttools import check

from woo_redact.detect.merge import Merged
from woo_redact.detect.propagate import propagate
from woo_redact.model import Explanation

LABELS = [
    # "betreft" in small letters continues a sentence: the title at the end of the line above counts
    (
        "Aanwezig: Evert-Jan Koolmees (AZ), Ruben Zwolsman (VNG)\nDit\n"
        "betreft de ambtenaar Evert-Jan Koolmees en niet minister Koolmees. Minister\n"
        "Koolmees wordt niet apart geinformeerd.",
        ["Evert-Jan Koolmees"],
        ["minister Koolmees", "Minister\nKoolmees"],
    ),
]

FORMER = [
    # a past office no register knows is no title: "oud-burgemeester" as a foundation's volunteer chair is a
    # private person now; "toenmalig minister" is named for what he did in office, and so are former ministers
    # the register knows
    (
        "Voorzitter is oud-burgemeester Willem Tiemens-Ruisch, die dit werk als vrijwilliger doet. Zoals "
        "toenmalig minister Bruins Slot in 2022 schreef; ex-wethouder Karin Smeding-Poel adviseert nu. "
        "Oud-ministers De Jonge en Van Huffelen kozen voor concentratie.",
        ["Willem Tiemens-Ruisch", "Karin Smeding-Poel"],
        ["Bruins Slot", "De Jonge", "Van Huffelen"],
    ),
    # the title ends the line above, a courtesy title alone begins the name's line
    (
        "bijlage A van december 1991, die door de toenmalige Minister van Binnenlandse Zaken,\n"
        "mevrouw C.I. Dales, is verplicht gesteld.\nNamens de minister van VWS,\nmevrouw J. Kortland (beleidsadviseur)",
        ["J. Kortland"],
        ["C.I. Dales"],
    ),
]

VOTES = [
    # a council's roll-call vote names its members by party: elected representatives, public
    (
        "Over de motie is hoofdelijk gestemd.\nVoor de motie stemden:\n"
        "Stadspartij Den Helder: de dames Pater en Vorstman en de heren Assorgia, Van Delft,\n"
        "Karhof en Salverda;\nChristenUnie: mevrouw Biersteker;\nFractie Vermooten: de heer Vermooten.\n"
        "Tegen de motie stemden:\nCDA: mevrouw Houtveen en de heren Bazen en Krijns.",
        [],
        ["Pater", "Vorstman", "Assorgia", "Van Delft", "Karhof", "Salverda", "Biersteker", "Vermooten", "Houtveen"],
    ),
    # the same names outside a vote are private persons: every name the plural title heads is found
    (
        "Namens de bewoners spraken de heren Assorgia, Van Delft en Karhof in; de dames Pater en Vorstman ook.",
        ["Assorgia", "Van Delft", "Karhof", "Pater", "Vorstman"],
        [],
    ),
    # a full stop ends the vote's record: the next sentence's name is judged on its own
    (
        "Tegen het voorstel stemden:\nGroenLinks: mevrouw Dol.\nInspreker de heer Bakhuis vraagt het woord.",
        ["Bakhuis"],
        ["Dol"],
    ),
]

REGISTER = [
    # a letter to a minister: the office heads the addressee block, the initials agree with the register's
    (
        "De Minister van Volksgezondheid, Welzijn en Sport\nDe heer H.M. De Jonge\nPostbus 20350\n2500 EJ Den Haag",
        [],
        ["H.M. De Jonge"],
    ),
    # a common surname under a heading that is no office of the register's holder stays a person
    (
        "De directeur Bedrijfsvoering\nDe heer H.M. De Jonge\nPostbus 20350\n2500 EJ Den Haag",
        ["H.M. De Jonge"],
        [],
    ),
    # a candidate list adds the first name in brackets: it must agree with the register's Kamerlid, and is
    # itself kept with the name; another first name of the same initial is another candidate
    (
        "Lijst 3\n1   Wilders, G. (Geert) (m)   37697\n2   Agema, M. (Fleur) (v)   2075\n"
        "3   Wilders, G. (Gerrit) (m)   12\n4   van Haersma Buma, S. (Sybrand) (m)   58980",
        ["Gerrit"],
        ["Wilders, G. (Geert)", "Agema, M. (Fleur)", "Haersma Buma, S. (Sybrand)"],
    ),
    # one initial and a candidate list's gender marker: the Kamerlid of a rare surname, not the namesake
    # written with a first name of the same initial
    (
        "1   Pechtold, A. (m) *   Wageningen   863.887\n2   Gerrit Wilders (m)   Voorburg   12",
        ["Gerrit Wilders"],
        ["Pechtold, A."],
    ),
    # the register counts around its holder's period: "H. Zijlstra" in 2025 is not the minister who left in 2018
    (
        "Den Haag, 12 maart 2025\nAanwezig: ir. H. Zijlstra MSc (ziekenhuis), mw. P. Jansen",
        ["H. Zijlstra", "P. Jansen"],
        [],
    ),
    ("Den Haag, 12 maart 2017\nIn zijn brief schreef H. Zijlstra dat de kosten stijgen.", [], ["H. Zijlstra"]),
    # ... nor a Kamerlid of 2023 in a list of 2017 (a candidate then, no Kamerlid)
    ("Uitslag van 15-03-2017\n1   Blaauw, R.B. (m)   27", ["Blaauw", "R.B."], []),
    ("Uitslag van 29-10-2025\n1   Blaauw, R.B. (m)   27", [], ["Blaauw, R.B."]),
    # without the marker one initial is too little for a Kamerlid who was never a minister
    ("Contactpersoon: Pechtold, A.\nTelefoon: 06 12345678", ["Pechtold, A."], []),
]

NAMESAKES = [
    # the register's Jeroen van Wijngaarden (Kamerlid) is not a Jeroen Wijngaarden without the particle
    (
        "Hoogachtend,\nAutoriteit Financiële Markten\ndrs. Jeroen Wijngaarden mr. Anne-Fleur Sijbesma\n"
        "afdelingshoofd Handhaving senior jurist",
        ["Jeroen Wijngaarden", "Anne-Fleur Sijbesma"],
        ["Autoriteit Financiële Markten"],
    ),
    # a function in apposition makes a registered ex-Kamerlid's namesake the school's director
    (
        "De Inspectie beoordeelt de school als Voldoende. De directeur, Harm Wiersma, en het team hebben ingezet.",
        ["Harm Wiersma"],
        ["Inspectie"],
    ),
    # a body's signature "namens het college van burgemeester en wethouders," is no function of the name
    (
        "Met vriendelijke groet, namens het college van burgemeester en wethouders, Femke Halsema\nStadhuis Amstel 1",
        [],
        ["Femke Halsema"],
    ),
    # a chair is a role office holders have too: no apposition against the register
    ("De voorzitter, Khadija Arib, opent de vergadering.", [], ["Khadija Arib"]),
    # a first name ending the line after its titles takes the surname on the next line
    (
        "De contacten lopen via zijn adviseur mw. drs. Ingeborg\nTer Horst van ZLTO.",
        ["Ingeborg\nTer Horst"],
        ["ZLTO"],
    ),
    ("Namen van ambtenaren worden niet genoemd. In het verslag staan Ad Vermaat en Caroline Pijl.", ["Ad Vermaat"], []),
]

SHAPES = [
    # a plural mark on the title above a list: "Gedeputeerde(n)" heads the names under it
    (
        "In het beleid is aangegeven hoe de provincie\nGedeputeerde(n)\nT.A. de Bree\n1\nomgaat met verzoeken.",
        [],
        ["T.A. de Bree"],
    ),
    # a list's numeral alone on its line is no initial; acronyms side by side are no name in capitals
    ("IV. Word-versie artikel 4.108\nV.\nHandreiking wind\nVI. Provinciaal Programma", [], ["Handreiking", "VI"]),
    ("Verslag Bestuurlijk Overleg Energiegebied Almelo (BO ATT)\nHet BO ATT besprak de voortgang.", [], ["BO ATT"]),
    # a lettered list's items, one an unknown word after "A."; an initial and an unknown surname stay a name
    (
        "Bevindingen:\nA. Aanpak Abacus sluit aan bij de Kiesraad\nB. Het is niet inzichtelijk wanneer.\n"
        "K. Okonkwo tekende het besluit.",
        ["K. Okonkwo"],
        ["Aanpak"],
    ),
    # but a signature's initial alone on its line still takes the surname below
    ("Ondertekend door\nJ.\nJansen", ["J.\nJansen"], []),
    # a first name followed by a reference number is a document system's, a unit that sends is no person
    ("Bijlagen Uw brief\n1 van 30\nEdo 6785837\nOnderwerp: Brief gemeenten", [], ["Edo"]),
    ("Van:\nProcedurekamer <Proceduremedewerkers@overijssel.nl>\nVerzonden: maandag", [], ["Procedurekamer"]),
    # a company's Dutch branch: "Esri Nederland" is no person named Esri
    ("Ondergrond:\nEsri Nederland, Kadaster\nEsri Nederland, Community Map", [], ["Esri"]),
]

POSTCODES = [
    # "MA" after four digits is a postcode's letters, not the degree Master of Arts
    (
        "Stuur het formulier naar Postbus 1, 3721 MA Bilthoven. Mevrouw ir. MA Jansen helpt u.",
        ["Jansen"],
        ["Bilthoven"],
    ),
]


@pytest.mark.parametrize(
    ("text", "redact", "keep"), LABELS + FORMER + VOTES + REGISTER + NAMESAKES + SHAPES + POSTCODES
)
def test_rule(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


def _found(text: str, name: str, detector: str) -> Merged:
    start = text.index(name)
    return Merged(start, start + len(name), "PERSON", (Explanation(detector, 0.6, "test"),))


def test_a_model_only_name_does_not_spread_a_long_unknown_first_word() -> None:
    text = "Succescriterium Elke pagina heeft een titel.\nSuccescriterium 2.4.2 geldt ook.\nElke Jansen belde."
    spread = {text[m.start : m.end] for m in propagate(text, [_found(text, "Succescriterium Elke", "ner")])}
    assert "Succescriterium" not in spread
    # the same two words found by a rule are a name: every word of it is sought
    ruled = {text[m.start : m.end] for m in propagate(text, [_found(text, "Succescriterium Elke", "first_name")])}
    assert "Succescriterium" in ruled


def test_a_model_only_name_spreads_its_surname_and_a_known_first_name() -> None:
    text = "Sanne Okafor schreef het advies. Later belde Sanne terug; Okafor was er niet."
    spread = {text[m.start : m.end] for m in propagate(text, [_found(text, "Sanne Okafor", "ner")])}
    assert {"Sanne", "Okafor"} <= spread
    # a first word no list knows is sought alone when it is as short as given names are
    text = "Ngozi Okafor schreef het advies. Later belde Ngozi terug; Okafor was er niet."
    spread = {text[m.start : m.end] for m in propagate(text, [_found(text, "Ngozi Okafor", "ner")])}
    assert {"Ngozi", "Okafor"} <= spread
