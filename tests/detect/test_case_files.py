"""Case files of police, justice and inspections: names written surname first with several given names, surnames
in capitals written again in running text, Arabic articles, double names without a hyphen, personal numbers after
their labels and under their headers, nicknames, and where a firm's or a place's name is no one's."""

from __future__ import annotations

import pytest
from detecttools import check

NAME_FORMS = [
    # a name surname first with an Arabic patronymic fills its cell; running text writes the surname again
    (
        "Vreemdeling\tAL-HASHIMI, Khalid bin Salman\nV-nummer\t2916734051\n\n"
        "Nader gehoor; Al-Hashimi noemt broer Faisal bin Salman Al-Hashimi, die in 2023 een vergunning kreeg.",
        ["AL-HASHIMI, Khalid bin Salman", "Al-Hashimi", "Faisal bin Salman", "2916734051"],
        [],
    ),
    # a list's surname in capitals (with S comma below) is the running text's surname (with S cedilla)
    (
        "Chauffeur\tKaartnummer\tOvertreding\nȘTEFĂNESCU, Andrei\tRO41028833\tdagelijkse rusttijd te kort\n\n"
        "Chauffeur Ştefănescu was op de dag van het bezoek in Roemenië.",
        ["ȘTEFĂNESCU, Andrei", "Ştefănescu", "RO41028833"],
        ["Roemenië"],
    ),
    # a double-barrelled surname whose last part ends like a street ("-laan") is a surname after a first name
    ("Dat doet de boekhouder, Wilma Kuijpers-Ammerlaan.", ["Wilma Kuijpers-Ammerlaan"], []),
    # an Arabic article in small letters, on the next line after the first name too
    (
        "Bezwaar bij de burgemeester, Postbus 70012, 3000 KP Rotterdam. Behandelend jurist: Nadia\n"
        "el-Khatib, 010-4981276, n.elkhatib@rotterdam.nl.",
        ["Nadia", "el-Khatib", "010-4981276", "n.elkhatib@rotterdam.nl"],
        ["Postbus 70012", "Rotterdam"],
    ),
    ("Het gesprek met Omar al-Farsi verliep goed. De strijd tegen al-Qaeda.", ["Omar al-Farsi"], ["al-Qaeda"]),
    # a double name without a hyphen, and the paraph made of it; "van" before an organisation is no such name
    (
        "Collega-inspecteur\tWouter de Kock van Leeuwen\n\nDatum\tNaam\tParaaf\n18-03-2025\tJ. Einarsson\tWdKvL\n"
        "Overleg met Jan de Vries van Rijkswaterstaat.",
        ["Wouter de Kock van Leeuwen", "WdKvL", "J. Einarsson", "Jan de Vries"],
        ["Rijkswaterstaat"],
    ),
    # the code in brackets after a name is theirs wherever it stands
    (
        "Behandelaar\tRuud Hoogerwerf (RH04)\n\n2025-03-11 RH04 Eerste gehoor afgenomen.",
        ["Ruud Hoogerwerf", "RH04"],
        [],
    ),
    # a first name and a surname run together (a kerned space the PDF's text lacks, OCR's joins)
    (
        "Vlaamse Milieumaatschappij MichielVansteenkiste\nTolk: selamGhebreyesus was aanwezig. Open PowerPoint "
        "of SharePoint.",
        ["MichielVansteenkiste", "selamGhebreyesus"],
        ["Vlaamse Milieumaatschappij", "PowerPoint", "SharePoint"],
    ),
    # capitals with a particle after the hyphen
    ("Presentielijst\nDe deelnemer ZEYNEP KORKMAZ-DE JONG tekende.", ["ZEYNEP KORKMAZ-DE JONG"], []),
    # the name someone goes by in a statement
    (
        "Hij betaalt contant aan een man die zich\n'Luuk' noemt. Een vrouw genaamd Soraya bracht het pakket. "
        "Het programma genaamd Horizon loopt door.",
        ["Luuk", "Soraya"],
        ["Horizon"],
    ),
]

NUMBERS_AND_HOMES = [
    (
        "Opvang\tazc Ter Apel (COA), bewonersnummer 448127\nTolk: Lê Minh Tuấn, Rbtv-nummer 20918\n"
        "Betrokken bewoners: Mohamed Abdirahman Farah (V-nr. 2201938845).",
        ["448127", "20918", "2201938845", "Mohamed Abdirahman Farah"],
        ["Ter Apel", "COA"],
    ),
    # a citizen's number with an agency after its label, the agency between; a BSN masked but for its end
    (
        "Klantnummer SVB\tSVB 7730 1194\nRelatienummer DUO 5520-3318-44\nAanslagnummer\t4417.223.81.H.26.01\n"
        "Reserveringsnummer RSV-2025-88410-3\nBetalingskenmerk\t8124 4471 0390 2255\n"
        "Gerrit-Jan Hoop\t*****9307\ttelefoon\nZaaknummer Z-2025-1129-4471 (asiel).",
        ["7730 1194", "5520-3318-44", "4417.223.81.H.26.01", "RSV-2025-88410-3", "8124 4471 0390 2255", "*****9307"],
        ["SVB", "DUO", "Z-2025-1129-4471"],
    ),
    # an IBAN wrapped in its table cell, the row's other cells between its pieces in the text
    (
        "Dossier\tNaam\tIBAN\tBedrag\nRM-24-1181\tAbdelkader\tNL03 ABNA\t€ 612,45\n\t\t2177 6244 13\t\n"
        "RM-24-1182\tMustafa Güler\tNL67 ABNA\t€ 598,10\n\t\t1921 2856 29\t",
        ["NL03 ABNA", "2177 6244 13", "NL67 ABNA", "1921 2856 29"],
        ["€ 612,45"],
    ),
    # a foreign home after "woont in"; a town and a distance is no street, nor a town and a weight
    (
        "Zijn partner, mevrouw Sigríður Jónsdóttir, woont in Strandgata 31, Hafnarfjörður.\n"
        "Hij woont in Amsterdam 3 kilometer van het station.\n"
        "In de woning aan de Kerkstraat 140 heeft de politie te Rotterdam 612 gram hennep aangetroffen.",
        ["Sigríður Jónsdóttir", "Strandgata 31"],
        ["Amsterdam 3", "Rotterdam 612"],
    ),
]

FIRMS_AND_PLACES = [
    # a function and "van" before a neighbourhood: his beat, no surname ("collega van Dijk" is one)
    (
        "Rotterdam is geïnformeerd via de wijkagent van Stadsdriehoek, de heer Okafor. Ik sprak met de wijkagent van "
        "Transvaal en met collega van Dijk.",
        ["Okafor", "van Dijk"],
        ["Stadsdriehoek", "Transvaal"],
    ),
    # a first name, a surname no first name and "van" before a compound or a firm: where the person works
    ("De steigerbouwer Levi Bakboord van Steigerbouw Noord B.V. was getuige.", ["Levi Bakboord"], ["Steigerbouw"]),
    # initials in the cell after a company's legal form are the next cell's person, no part of "B.V."
    (
        "Bouwbedrijf Jansen B.V.\tP.B. de Vries\nHet bedrijf Jansen B.V.  P.B. de Vries",
        ["P.B. de Vries"],
        [],
    ),
    # a party that is a firm; an office whose word ends in "kantoor"
    (
        "Aanvrager\tStratum Horeca Holding B.V.\n\nmr. Ilse Vermeulen\nGerechtsdeurwaarderskantoor Rijn & IJssel\n",
        ["Ilse Vermeulen"],
        ["Stratum Horeca Holding", "Gerechtsdeurwaarderskantoor Rijn"],
    ),
]

TABLES = {"name_forms": NAME_FORMS, "numbers_and_homes": NUMBERS_AND_HOMES, "firms_and_places": FIRMS_AND_PLACES}


CODES_AND_ACCOUNTS = [
    # a code in the cell beside a name, made of its initials, wherever it stands; no other capitals
    (
        "Init. Naam\nRBA Roos Bakker\n36\nSEA Storm El Amrani 32\nBNG Bo Nguyen\nKJA\nKevin Janga\n"
        "Afwezig: RBA en THO in week 16. De KPI is gehaald.",
        ["RBA", "SEA", "BNG", "KJA", "Roos Bakker", "Kevin Janga"],
        ["THO", "KPI"],
    ),
    # a first name that is a word too, beside the address that spells the name; the particle written onto it there
    (
        "Dag de Boer\tDdB\tteamleider\tdag.deboer@uwv.nl\n19\tRoos Winter\tDag de Boer\tKoningsdag-compensatie",
        ["Dag de Boer", "DdB", "dag.deboer@uwv.nl", "Roos Winter"],
        ["Koningsdag-compensatie"],
    ),
    # accounts with a number that tells two of the same letters apart
    (
        "Versie\tDoor\n0.2\tjdevries2\n0.5\tmkok3\nAuteurs: Jeroen de Vries, Maarten Kok. Zie versie 2.",
        ["jdevries2", "mkok3", "Jeroen de Vries", "Maarten Kok"],
        ["versie 2"],
    ),
    # a code of an action list's owner column stands for its person in the legend below; an article makes it a thing
    (
        "Nr   Datum   Besluit   Eigenaar   Status\n2026-04   05-02   Reactie op rapport   ST   afgerond\n\n"
        "Afkortingen eigenaren: ST = plv. directeur. Het ST van 2024 blijft gelden.",
        ["[ST] = plv"],
        ["Het ST van"],
    ),
    # a number right beside a person's own address is theirs, whatever organisation begins the row
    (
        "Gemeente Groningen teamleider DIV en merel.vos@groningen.nl 050-367 0422\nSubjectnummer   100387221",
        ["merel.vos@groningen.nl", "050-367 0422", "100387221"],
        ["Gemeente Groningen"],
    ),
]

ROW_ADDRESSES = [
    # the row's number ends the row before (a firm's wrapped "B.V."): the name's next cell is the home address
    (
        "PM-035\nLoonbedrijf Van der Wal\nIndustrieweg 30, Gorredijk\nB.V.\nPM-036\nStefan Kötter\n"
        "Grensweg 3, Zwinderen\nmelkvee",
        ["Stefan Kötter", "Grensweg 3"],
        ["Loonbedrijf Van der Wal"],
    ),
    # a German street after a person's name and a home word
    (
        "Eigenaar: Jürgen Többen (woonachtig Duitsland), Hauptstraße 51, 49835 Wietmarschen",
        ["Jürgen Többen", "Hauptstraße 51"],
        [],
    ),
]

TABLES.update({"codes_and_accounts": CODES_AND_ACCOUNTS, "row_addresses": ROW_ADDRESSES})


STAFF_AND_ABROAD = [
    # a code with a particle written with a capital; Irish particles written apart
    (
        "Van: Willemijn Ter Horst-Bakker (PV, energieraad)\nReacties graag met kopie aan WTHB.\n"
        "Declan Ó Murchú (DECC)      Optional     None",
        ["Willemijn Ter Horst-Bakker", "WTHB", "Declan Ó Murchú"],
        ["DECC"],
    ),
    # a past office over the line end: a lobbyist now, a private person
    (
        "Het gesprek is aangevraagd door Catalyst Public Affairs, het bureau waar oud-\n"
        "staatssecretaris Hendrik-Jan Ruijsenaars sinds 2023 partner is.",
        ["Hendrik-Jan Ruijsenaars"],
        ["Catalyst Public Affairs"],
    ),
    # a signature's first name, then another person's name on the next line: two people, no register's name
    (
        "Femke, attached the final instruction.\nMaarten\nFemke Haverkamp | Senior policy officer International",
        ["Maarten", "Femke Haverkamp"],
        [],
    ),
    # "in dienst" is employed, no unit; an organisation on the name's line further on is the next cell's
    (
        "Jubileum: 25 jaar in dienst Henny Valkenburg, die de reizen regelde.\n"
        "Remco de Bruijn-Tjon A Fong Netbeheer Nederland",
        ["Henny Valkenburg", "Remco de Bruijn-Tjon A Fong"],
        ["Netbeheer Nederland"],
    ),
    # an office holder's name broken after its particle stays whole; a nature area is a place
    (
        "Aanwezig: commissaris van de Koning Andries Heidema (voorzitter), gedeputeerde Maurits von\n"
        "Martels, gedeputeerde Gert Harm ten\nBolscher. Het Natura 2000-gebied Alde Feanen ligt op 4 km.",
        [],
        ["Maurits von", "Martels", "Gert Harm ten", "Bolscher", "Alde Feanen"],
    ),
    # streets named after people in French; Belgian places; a heading's noun before "van"
    (
        "De adressen rue Henri Dandoy 12 en avenue Joseph Dandoy 3 in Brugge.\n5. Overerving van Generiek "
        "Netwerk Model",
        [],
        ["Henri Dandoy", "Joseph Dandoy", "Brugge", "Overerving van Generiek"],
    ),
    # a directory's name in use after its label; thanks before a first name that is a word
    (
        "Lente Hylkema\nproduct owner\nRoepnaam: Lente\nRoepnaam: Hoopje\n"
        "[03-03-2026 06:48] Hoop Sanichar: Goedemorgen, de Maas staat hoog.\n"
        "[03-03-2026 06:51] Joost: Dank Hoop. Ik bel om 7 uur.",
        ["Lente Hylkema", "Roepnaam: [Lente]", "Hoopje", "Hoop Sanichar", "Dank [Hoop]"],
        [],
    ),
]

TABLES.update({"staff_and_abroad": STAFF_AND_ABROAD})


@pytest.mark.parametrize(
    ("text", "redact", "keep"),
    [pytest.param(*row, id=f"{name}-{i}") for name, rows in TABLES.items() for i, row in enumerate(rows)],
)
def test_rule(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


def test_accounts_of_the_batch_names() -> None:
    """A version history's accounts of people the batch's other documents name, not this one."""
    from woo_redact.config import load_config
    from woo_redact.detect import Detector
    from woo_redact.parse.text import document_from_text

    doc = document_from_text(
        "Versie\tGebruiker\n0.2\tjdevries2\n0.3\tttesfamariam\n0.4\tjvanbeek\nVersie 2 van de nota."
    )
    found = Detector(load_config(None, None)).detect(doc, ["Jeroen de Vries-Hamstra", "Tesfay Tesfamariam"])
    accounts = {f.text for f in found if f.entity_type == "USERNAME"}
    # ("jdevries2" is a numbered account in the Gebruiker column too: session 60's account_column)
    assert accounts == {"jdevries2", "ttesfamariam"}
