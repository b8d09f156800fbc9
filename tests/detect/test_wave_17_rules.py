"""Session 64's rules (wave 17, mixed193-196), one table each: a farmer's KvK number and UBN in his own application
form, a register's number on a signature's function line ("toezichthouder, BOA-nummer 18-30442") and after two
registers' labels ("BIG/KP-nummer KP 4410297"), a name's function and a comma before a number ("Claudia Meijer,
medewerker klantcontact, 0481-..."), a number before a numbered paragraph, the first part of a double name whose
second has particles ("Brinkman" of Annelies Brinkman-de Lange), "vt" for "van 't", a chat's pet form of a first
name ("Gokkie" of Gökhan) and a name called at a message's start ("En Yous, vergeet ..."), a sole trader's mailbox at
a domain of his particles and surname, a neighbour "van" / his street on the next line, a Wmo home adaptation's
address, two medicines joined by a slash, the objector's illness. Not a person's: a table's next column read on
after a wrapped name ("Youssef el" / "Wmo-" of "Wmo-consulent"), a contact person whose e-mail the text gives
("Organisatie" / "Rachid El Khatib"), a model named like a person ("Stannah Siena 600"), "het Dr. Ariënshof";
not a home: the street of a letter's first sentence under "Beste bewoners,"; not a direct line: "(algemene lijn
tijdens het evenement)".
"""

from __future__ import annotations

import pytest
from detecttools import check

# (text, redacted, kept)
PERSONS_DATA = [
    (
        "Gegevens aanvrager\nNaam                              Gerrit-Jan Wolters\n"
        "Postcode en plaats                8381 AB Vledder\nKvK-nummer                        04127733\n"
        "Schade\nDatum aanval                      27 augustus 2025\nUBN (registratie RVO)             2281904\n",
        ["04127733", "2281904", "Gerrit-Jan Wolters"],
        [],
    ),
    (
        "Gegevens aanvrager\nNaam\nMaaike van 't Veld\nAdres\nBosweg 2a\nKvK-nummer\n73301256\nSchade\n"
        "UBN (registratie RVO)\n1577309\n",
        ["73301256", "1577309"],
        [],
    ),
    (
        "Met vriendelijke groet,\nnamens de burgemeester,\nLars Wennekes\n"
        "toezichthouder milieu en evenementen, BOA-nummer 18-30442\nl.wennekes@apeldoorn.nl\n",
        ["18-30442", "Lars Wennekes"],
        [],
    ),
    (
        "Ergotherapeut: Annelies Pijpers-Vroom, BIG/KP-nummer KP 4410297\nE-mail: annelies@ergorivierenland.nl\n",
        ["KP 4410297"],
        [],
    ),
    (
        "Ik heb het vastgelegd in ons systeem onder RD-MUT-88412.\n\nClaudia Meijer, medewerker klantcontact, "
        "0481-350 014\n",
        ["0481-350 014", "Claudia Meijer"],
        ["RD-MUT-88412"],
    ),
    (
        "Behandeld door: I. Dijkhuis, telefoon 0592 36 51 92\n1. In 2025 zijn tot en met augustus 31 aanvallen "
        "gemeld.\n",
        ["0592 36 51 92", "I. Dijkhuis"],
        ["1. In 2025"],
    ),
    (
        "Annelies Brinkman-de Lange was aanwezig.\nBrinkman bespreekt een provinciale bijdrage.\n",
        ["Brinkman"],
        ["provinciale bijdrage"],
    ),
    (
        "[03-09-2025 21:58] Harm Lubbers: Bel me maar\n[03-09-2025 22:03] Maaike vt Veld: Ze moeten die wolf "
        "gewoon afschieten.\n[03-09-2025 22:05] Harm Lubbers: Doe ik\n",
        ["Maaike vt Veld"],
        ["wolf"],
    ),
    (
        "[16-06-26 07:44] Gökhan Yıldız: Ik sluit aan na 10 uur\n[16-06-26 07:45] Sjoerd Bakhuis: Top Gokkie\n"
        "[16-06-26 07:46] Sjoerd Bakhuis: Het was een lekkie. Bassie kwam ook.\n[16-06-26 07:47] Bastiaan Mol: ok\n",
        ["Gokkie", "Bassie"],
        ["lekkie"],
    ),
    (
        "[09:02] Marloes ter Horst: Wie heeft er plek vrijdag?\n[09:05] Youssef el Amrani: Ik niet\n"
        "[09:21] Sjoerd Hazenberg: En Yous, vergeet de BRP-check niet\n[09:22] Youssef el Amrani: gedaan\n",
        ["Yous"],
        ["BRP-check"],
    ),
    (
        "Neem contact op met Jeroen van Lochem via info@vanlochemakoestiek.nl.\n",
        ["info@vanlochemakoestiek.nl", "Jeroen van Lochem"],
        [],
    ),
    (
        "Ik schrijf deze brief als bewoner. Mijn buurman dhr. Pieter-Paul Nijenhuis van\nWilhelminapark 5 sluit "
        "zich hierbij aan.\n",
        ["Wilhelminapark 5", "Pieter-Paul Nijenhuis"],
        [],
    ),
    (
        "Aan: gemeente Rijnmonde, Team Wmo\nProject: badkameraanpassing Anne Frankstraat 9, zaak WMO-2025-12240\n",
        ["Anne Frankstraat 9"],
        ["WMO-2025-12240"],
    ),
    (
        "Cliënt: G. Wijnhoven-Beukema, geboren 14-03-1951\nBekend met artrose. Gebruikt levodopa/carbidopa. Zie "
        "www.test.nl/astma/info voor meer.\n",
        ["levodopa", "carbidopa"],
        ["www.test.nl/astma/info"],
    ),
    (
        "Bezwaarmaakster heeft de ziekte van Parkinson. Zij woont in een huurwoning van Woonstichting Rivierduin.\n",
        ["ziekte van Parkinson"],
        ["Woonstichting Rivierduin"],
    ),
]

NOT_PERSONS_DATA = [
    (
        "Bereikbaarheid Team Wmo - januari 2026\nNaam         Functie         Personeelsnr.     Mobiel         Dagen\n"
        "Youssef el   Wmo-            100517            06 39 04 11    ma, di, do\n"
        "Amrani       consulent                         86\n"
        "Sjoerd       teamleider      100091            06-81 44 02    ma-vr\n"
        "Hazenberg    Wmo                               19\n",
        ["Youssef el", "Amrani", "Hazenberg"],
        ["Wmo"],
    ),
    (
        "Partner                                 Contactpersoon                  Telefoon          E-mail\n"
        "VNOG                                    Dirk-Jan Wassink                088 - 7075 531    dj.wassink@vnog.nl\n"
        "Organisatie                             Rachid El Khatib                06-18 22 90 47    "
        "r.elkhatib@safeflow.nl\n",
        ["Rachid El Khatib", "Dirk-Jan Wassink"],
        ["Organisatie", "VNOG"],
    ),
    (
        "Heijmans Bouw B.V., contactpersoon Jan Heijmans, info@heijmansbouw.nl\n",
        ["Jan Heijmans"],
        ["info@heijmansbouw.nl"],
    ),
    (
        "Gegevens aanvrager\nNaam                              Gerrit-Jan Wolters\n"
        "Bedrijfsnaam                      Melkveebedrijf De Brink B.V.\nKvK-nummer                        04127733\n",
        ["Gerrit-Jan Wolters"],
        ["04127733"],
    ),
    (
        "boa parkeren\nLars Wennekes\nBereikbaarheid ECC: 055 580 3999 (algemene lijn tijdens het evenement).\n",
        ["Lars Wennekes"],
        ["055 580 3999"],
    ),
    (
        "Contactpersoon bij SNN: Edwin Hoekzema, e.hoekzema@snn.nl, 050 522 4903\n"
        "(algemeen nummer SNN: 050 522 4900).\n",
        ["050 522 4903", "Edwin Hoekzema"],
        ["050 522 4900"],
    ),
    (
        "Beste bewoners,\n\nOnder het voormalige tankstation aan de Deventerweg 88 zit een verontreiniging\n"
        "met olie en benzine.\n",
        [],
        ["Deventerweg 88"],
    ),
    (
        "Omschrijving                                                 Bedrag\n"
        "Stannah Siena 600 rechte traplift geleverd en gemonteerd 2 oktober\n---\n"
        "Gesprek met Siena de Vries, 12 jaar oud.\n",
        ["Siena de Vries"],
        ["Stannah Siena 600"],
    ),
    (
        " Perceel                   Gebruik                   Eigenaar                     Meting\n"
        " Kastanjelaan 21           woning                    particulier                  binnenlucht\n"
        " Thorbeckeschool, Willem   onderwijs                 gemeente Zutphen             bodemlucht\n Dreeslaan\n",
        ["Kastanjelaan 21"],
        ["Thorbeckeschool"],
    ),
    (
        "[09:02] Marloes ter Horst: Wie heeft er plek vrijdag?\n[09:05] Youssef el Amrani: Ik niet\n"
        "[09:14] Youssef el Amrani: Btw Wim van de trapliften belt steeds mijn 06\n[09:15] Marloes ter Horst: ok\n",
        ["Wim"],
        ["Btw"],
    ),
    (
        "Wethouder Verbrugge bespreekt een voorrangsregeling in het Dr. Ariënshof.\nGesprek met Dr. Jansen over de "
        "zorg.\n",
        ["Jansen"],
        ["Ariënshof"],
    ),
]


@pytest.mark.parametrize(("text", "redact", "keep"), PERSONS_DATA)
def test_persons_data(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


@pytest.mark.parametrize(("text", "redact", "keep"), NOT_PERSONS_DATA)
def test_not_persons_data(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)
