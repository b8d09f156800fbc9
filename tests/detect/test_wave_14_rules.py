"""Session 63's rules (wave 14), one table each: the personal data a one-man business carries (its owner's address
under "t.a.v." when the firm bears his surname, the KvK number on a register's row that names a person, after "KvK
debiteur:", in a letter to "Bloemenhandel Oonk, de heer P.H. Oonk"; an "info@" mailbox at a domain made of its
owner's surname), a register's number after a person ("Koen Hollander, ETT-nummer ETT-NL-0734"), a personnel file's
number, a street "Weg naar Laren", a pupil's pick-up address, a nickname quoted after who calls it so, the
diminutive "Ruutje" of Ruud, a vocative short form that is an English word ("Rub, wil jij"), a chat speaker's short
form of a first name the chat writes ("Den:" beside "Dennis"), a personal file's "geboren 14-03-2015". Not a
person's: a department written before a comma and a full name ("directeur Bedrijfsvoering, Marjolein Schuttevaer"),
the gemeentesecretaris who co-signs "de secretaris, drs. P.J. Rietveld" on a line of its own, a make before its
model ("Jensen A540 versnipperaar"), an address the text calls the business's, a mobile the text calls functional,
a firm's "info@" of a B.V., a signature's phone beside a website (the writer's).
"""

from __future__ import annotations

import pytest
from detecttools import check

from woo_redact.config import load_config
from woo_redact.detect import Detector
from woo_redact.parse.text import document_from_text

# (text, redacted, kept)
ONE_MAN_BUSINESSES = [
    (
        "Gemeente Zutphen | 's-Gravenhof 2 | 14 0575\n\nYıldırım Groente & Fruit\nt.a.v. de heer M. YILDIRIM\n"
        "Hanzeweg 102\n7202 CT ZUTPHEN\n\nDatum: 17 april 2026\n",
        ["Hanzeweg 102", "7202 CT", "M. YILDIRIM"],
        ["'s-Gravenhof 2"],
    ),
    (
        "Plaats | Vergunninghouder | Handelsnaam | KvK | Mobiel\n"
        "3 | Sevda Korkmaz | Korkmaz Stoffen | 67701543 | 06-18 27 44 03\n"
        "9 | J. Brinkhorst-Meijer | Kaashandel Brinkhorst | 08123457 | 06 10 93 35 61\n"
        "27 | L.M. de Wit | Poelier De Wit B.V. | 09056612 | 0575 - 52 19 07\n",
        ["67701543", "08123457"],
        ["09056612"],
    ),
    (
        "Nr | Naam aanvrager | Branche | KvK | Adres\n"
        "3 | Rosalie d'Ancona | olijven en tapenades | 85501276 | Zaadmarkt 9, 7201 DB Zutphen\n",
        ["85501276"],
        [],
    ),
    (
        "Besluit vaste standplaats\nAan: Bloemenhandel Oonk, de heer P.H. Oonk, Hoven 12, 7203 BJ Zutphen\n"
        "Geachte heer Oonk,\nIk wijs u standplaats 22 toe.\nUw KvK-nummer 52098817 en uw IBAN zijn geregistreerd.\n",
        ["52098817"],
        [],
    ),
    (
        "FACTUUR marktgeld\nDebiteur: Kaashandel Brinkhorst, J. Brinkhorst-Meijer\n"
        "Adres: Emmerikseweg 77, 7206 DE Zutphen\nKvK debiteur: 08123457\n",
        ["08123457"],
        [],
    ),
    (
        "Hakvoort Montage & Onderhoud\neenmanszaak van      Molenweg 7a         8121 BD Olst      "
        "info@hakvoortmontage.nl\nD.J. Hakvoort\nKvK 71845523\n",
        ["info@hakvoortmontage.nl"],
        [],
    ),
    # a B.V.'s mailbox, though its director bears its name
    ("Bouwbedrijf Jansen B.V.\nDirecteur: P. Jansen\ninfo@jansenbouw.nl\n", ["P. Jansen"], ["info@jansenbouw.nl"]),
    # the business's address, its owner's home apart
    (
        "Veeg- en Reinigingsbedrijf Tijink\neigenaar: Gerda Tijink-Vos | Industrieweg 18, 7202 CA Zutphen "
        "(bedrijfsadres) | KvK 73385502\nprivé: Lupinestraat 40, 7207 GJ Zutphen | 06 81 04 26 73\n",
        ["Gerda Tijink-Vos", "Lupinestraat 40", "06 81 04 26 73"],
        ["Industrieweg 18"],
    ),
]

PERSONS_DATA = [
    (
        "Ondertekening\nKoen Hollander, ETT-nummer ETT-NL-0734\nKerkweg 3, 7437 RB Bathmen\n",
        ["Koen Hollander", "ETT-NL-0734", "Kerkweg 3"],
        [],
    ),
    ("Afschrift: personeelsdossier (104382); mr. E. Bosch-Ruiter\n", ["104382", "E. Bosch-Ruiter"], []),
    (
        "Met vriendelijke groet,\n\nR.P. Visschedijk\nWeg naar Laren 118\n7203 HL Zutphen\n06 - 19 44 72 08\n",
        ["R.P. Visschedijk", "Weg naar Laren 118", "7203 HL", "06 - 19 44 72 08"],
        [],
    ),
    ("Route 22, ophaaladres Kloosterstraat 3, vóór 7.35 uur\n", ["Kloosterstraat 3"], []),
    ("De bus kan ophalen op het Stationsplein bij de school.\n", [], ["Stationsplein"]),
    (
        "De teammanager kende de planning. Lubbers wordt door collega's 'Lubbie' genoemd; dat blijkt uit de chat.\n",
        ["Lubbie"],
        [],
    ),
    (
        "[13-05-2026 07:21] Ruud van 't Hul: ik rij morgen om 7u even langs de Groenmarkt\n"
        "[13-05-2026 07:22] Fatima el Amrani: thx Ruutje\n"
        "[13-05-2026 07:40] Fatima el Amrani: ik ben vrijdag ziek gemeld\n",
        ["Ruutje", "Ruud van 't Hul"],
        ["Groenmarkt"],
    ),
    (
        "[12-12-2025 08:55] Ruben Oldenhuis: Nee. De regeling is helder.\n"
        "[12-12-2025 09:12] Ilse ter Horst: Dank Bart. Rub, wil jij een lijn voorbereiden?\n"
        "[12-12-2025 09:13] Ruben Oldenhuis: Doe ik.\n",
        ["Rub", "Ruben Oldenhuis"],
        [],
    ),
    (
        "28-11-25 17:20 - Den: Gedoe op de 24. Jochie gevallen bij Hooghalen.\n"
        "28-11-25 17:22 - Sandra: Ah joh. Gaat het met hem?\n"
        "28-11-25 17:23 - Den: Hoofdwondje. Moeder is hem komen halen\n"
        "28-11-25 17:31 - Élise Dupré: Dennis, bel me even als je binnen bent.\n"
        "03-12-25 18:02 - Sandra: Weer zo'n klant zonder pas op de 518.\n",
        ["[Den]: Gedoe", "[Den]: Hoofdwondje", "Dennis"],
        ["Hooghalen"],
    ),
    (
        "Betreft: Lotte Mulder, geboren 14-03-2015\nOp uw verzoek heb ik het dossier beoordeeld.\n\n"
        "Daarnaast is sinds 2022 sprake van focale epilepsie met gemiddeld een aanval per maand; bij een aanval moet "
        "midazolam (Buccolam) worden gegeven.\n",
        ["epilepsie", "midazolam", "Buccolam", "14-03-2015"],
        [],
    ),
    (
        "Dank! Joost\nJoost Harmelink | vergunningverlener VTH | 0570 69 38 05 | www.deventer.nl\n",
        ["0570 69 38 05", "Joost Harmelink"],
        ["www.deventer.nl"],
    ),
]

NOT_PERSONS = [
    (
        "Met toestemming van de melder legt de vertrouwenspersoon de melding voor aan de directeur\n"
        "Bedrijfsvoering, Marjolein Schuttevaer, zonder de naam van de melder te noemen.\n",
        ["Marjolein Schuttevaer"],
        ["Bedrijfsvoering"],
    ),
    # "Surname, Given" still: the given name alone or with initials after the comma
    ("Aanwezig: Tjon-A-Joe, Marvin R. en anderen.\n", ["Tjon-A-Joe", "Marvin R."], []),
    (
        "Vraag 6. Ja.\nBurgemeester en wethouders van Altenaweerd,\nde secretaris, drs. P.J. Rietveld\n"
        "de burgemeester, mr. M.C. Teunissen-Baas\nInlichtingen bij: mevrouw F. van der Linden-Hoekstra\n",
        ["F. van der Linden-Hoekstra"],
        ["P.J. Rietveld", "M.C. Teunissen-Baas"],
    ),
    (
        "Antwoord: het college beslist.\n\nHet college van burgemeester en wethouders van Zutphen,\n"
        "de secretaris, drs. L.C. Wijnbergen de burgemeester, A.M. Heeringa\n\nBehandelend ambtenaar: Annelies "
        "Verbeek-Schotanus\n",
        ["Annelies Verbeek-Schotanus"],
        ["L.C. Wijnbergen", "A.M. Heeringa"],
    ),
    # a secretary under no body's name keeps the civil servant's rule
    ("Gesproken met de secretaris, drs. P.J. Rietveld, over de planning.\n", ["P.J. Rietveld"], []),
    (
        "Materieel: Ruthmann Steiger T 330, Jensen A540 versnipperaar, Stihl MS 462. Coördinatie: B. Nijland.\n",
        ["B. Nijland"],
        ["Jensen"],
    ),
    (
        "Ziekmelding voor 07.00 uur via het piketnummer markten 06-10 00 05 75 (functioneel toestel) of via "
        "markten@zutphen.nl.\n",
        [],
        ["06-10 00 05 75", "markten@zutphen.nl"],
    ),
    ("Gemeente Deventer | Postbus 5000 | 0570 69 39 11 | www.deventer.nl\n", [], ["0570 69 39 11"]),
]


@pytest.mark.parametrize(("text", "redact", "keep"), ONE_MAN_BUSINESSES)
def test_one_man_businesses(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), PERSONS_DATA)
def test_persons_data(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), NOT_PERSONS)
def test_not_persons_data(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


# (text, the batch's names, found, not found): a surname that is a hamlet's name too
HAMLETS = [
    (
        "Gerben deed de bestellingen. Dijkhuis werkt sinds 2019 naast Ter Haar.\n",
        ["Gerben ter Haar", "G. ter Haar", "Ter Haar"],
        ["Ter Haar", "Gerben"],
        [],
    ),
    # the hamlet, where the text names its person in no other form
    ("Dijkhuis werkt sinds 2019 naast Ter Haar.\n", ["Gerben ter Haar", "Ter Haar"], [], ["Ter Haar"]),
    # the place, named as one
    ("Gerben woont in Ter Haar, een buurtschap.\n", ["Gerben ter Haar", "Ter Haar"], ["Gerben"], ["Ter Haar"]),
]


@pytest.mark.parametrize(("text", "batch", "found", "not_found"), HAMLETS)
def test_a_hamlet_a_person_of_the_batch_bears(
    text: str, batch: list[str], found: list[str], not_found: list[str]
) -> None:
    detector = Detector(load_config())
    texts = {f.text for f in detector.detect(document_from_text(text, "case"), batch) if f.entity_type == "PERSON"}
    assert set(found) <= texts, texts
    assert not set(not_found) & texts, texts
