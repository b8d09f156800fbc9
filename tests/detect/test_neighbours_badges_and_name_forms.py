"""A neighbour's house number, a badge number written with a space after the redacted name, and an e-mail address
whose "@" OCR read with a stray mark: personal data of the person beside them; a bare number found once is not
sought through the document (it stands for dates and counts too). A Slavic surname is sought in the other sex's
form too ("Wiśniewski" / "Wiśniewska"); a two-letter surname's handle after "@" ("@tdo" of Thu Trang Đỗ) is theirs."""

from __future__ import annotations

import pytest
from detecttools import check

ROWS = [
    # a neighbour's house number, in brackets and after "op nummer"
    ("Hoi, dit is Tjitske (buurvrouw nr 21). Ik kan Emir wel naar school brengen.", ["buurvrouw nr [21]"], []),
    ("De buurvrouw op nummer 61-2, mevrouw Fenna Jolink, verklaarde dat zij niets had gezien.", ["61-2"], []),
    ("Mijn buurman, de heer Winter van nummer 139, heeft ook last van de rook.", ["139"], []),
    # the number is not sought elsewhere: a date and a count keep their 21
    ("Op 21 maart belde Tjitske (buurvrouw nr 21). Zij woont al 21 jaar in de straat.", [], ["21 maart", "21 jaar"]),
    # a badge number after the name, with a space ("BOA 40117"); a party and a year in brackets are no badge
    (
        "Rapporteurs   M. Veenstra (BOA 40117), A. Kuipers-Rahimi (BOA 40382)\n\n"
        "De BOA 40117 schreef het proces-verbaal; boa-nummer 40382 tekende mee.",
        ["40117", "40382", "boa-nummer [40382]"],
        [],
    ),
    ("Het lid Jan de Vries (VVD 2019) stelde vragen over de begroting.", [], ["VVD 2019"]),
    # digits alone in brackets after the name; labelled numbers of a foreign national, an officer, a detainee
    ("22:21:37   Politie ter plaatse: G. Meijerink (1877361), S. Dogan-Kramer (2190064)", ["1877361", "2190064"], []),
    (
        "To: Ms Selam Tesfamariam Gebru\nV-number: 2938471650\nHet gaat om gedetineerde Dennis Verhoef "
        "(registratienummer DJI 4471206). De agent met dienstnummer 1877361 was erbij.",
        ["2938471650", "4471206", "1877361"],
        [],
    ),
    # a table's column of detainees' registration numbers
    (
        "Datum     Gedetineerde             Reg.nr.     Bezoeker(s)\n"
        "1 april   VAN DER MEULEN, Jeroen   1498273     Ilse van der Meulen-Brink",
        ["1498273", "Ilse van der Meulen-Brink"],
        [],
    ),
    # "Officier van dienst": a role on duty before the name, no unit named after it
    ("Officier van dienst Ruud Hesselink nam de operationele leiding over.", ["Ruud Hesselink"], []),
    # OCR read a stray mark after the "@" of a scanned letterhead
    (
        "Behandeld door\nRuimte en Duurzaamheid, Marcel van Looij, 06 2005 8426,\nm.van.looij@®amsterdam.nl\nOnderwerp",
        ["m.van.looij@®amsterdam.nl", "Marcel van Looij", "06 2005 8426"],
        ["Ruimte en Duurzaamheid"],
    ),
]


@pytest.mark.parametrize(("text", "redact", "keep"), ROWS)
def test_house_numbers_badges_and_ocr_mail(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


GENDERED_SURNAMES = [
    # the wife's surname wrapped in its cell, the husband's found in the next column
    (
        " 5      Agnieszka Maria               Polen          Tomasz Wiśniewski\n"
        "        Wiśniewska                                   Katarzyna Nowak-Bielecka",
        ["Wiśniewska", "Agnieszka Maria", "Tomasz Wiśniewski"],
        ["Polen"],
    ),
    ("Dmitri Sadykov belde gisteren. Sadykova komt morgen langs.", ["Dmitri Sadykov", "[Sadykova] komt"], []),
    # no person named: a ballet and a city keep their names
    ("Het Kirov-ballet speelt in Sint-Petersburg; het Bolsjoi in Moskou.", [], ["Kirov-ballet", "Sint-Petersburg"]),
]


@pytest.mark.parametrize(("text", "redact", "keep"), GENDERED_SURNAMES)
def test_gendered_surnames(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


def test_mention_of_a_two_letter_surname() -> None:
    text = (
        "Thu Trang Đỗ                                            @tdo                 06 2934 8815\n\n"
        "Overdracht: @tdo → @bolszewski, geen open meldingen. Bartosz Olszewski neemt over; tdo-certificaat blijft."
    )
    check(text, ["@[tdo] →", "Thu Trang Đỗ", "06 2934 8815"], ["tdo-certificaat"])


MORE_ROWS = [
    # initials and a surname that is a place's name too: a person's address; "ov@" a desk's
    (
        "Jan-Hendrik Oosterwolde, jurist, jh.oosterwolde@provincie.flevoland.nl. Vragen: ov@zeeland.nl of "
        "rotterdam.haven@douane.nl.",
        ["jh.oosterwolde@provincie.flevoland.nl"],
        ["ov@zeeland.nl", "rotterdam.haven@douane.nl"],
    ),
    # a double surname's particle ends the line, its surname (also a place) starts the next
    ("Vorige maand vroeg Jannie Kampman-ter\nHorst uit Hardenberg naar de otter.", ["Kampman-ter\nHorst"], []),
    # student numbers after a name and after their label; a client's and a hunting licence's number
    (
        "Student   Lukas Brenninkmeijer (s4618201)\nStudentnummer voor de proefpas: i6312847.\n"
        "Klantnummer\nK 2204917\nUw jachtaktenummer is JA-2219-0471.",
        ["s4618201", "i6312847", "K 2204917", "JA-2219-0471"],
        [],
    ),
    # accounts: capitals with digits, all after the first name with a dot, a guest's suffix, particles' initials
    (
        "Geëxporteerd uit Microsoft Teams door EBOLK7741\n[12-11 09:12] Evert Bolk: goedemorgen!\n"
        "[12-11 10:05] Mohammed Aït Ouarab: ik neem het over\n[12-11 11:30] Guido Raes (Gast): bijlage\n"
        "Leden van het kanaal: EBOLK7741, m.aitouarab, graes_extern (gast, Connexxion).\n"
        "Pagina beheerd door Anneke de Jong-Vos. Laatst gewijzigd door adjong2.",
        ["EBOLK7741", "m.aitouarab", "graes_extern", "adjong2"],
        ["Connexxion"],
    ),
    # a letterhead: the organisation's name, its street with the postcode, its switchboard under it
    (
        "Delft University of Technology\nStevinweg 1, 2628 CN Delft\n+31 15 278 91 11\nData Management Plan",
        [],
        ["Stevinweg 1", "+31 15 278 91 11"],
    ),
    (
        "Omgevingsdienst Regio Arnhem\nKemperbergerweg 67, 6816 RW Arnhem\n026 377 33 99\nKlachtenregistratie geur",
        [],
        ["Kemperbergerweg 67", "6816 RW", "026 377 33 99"],
    ),
    # an English courtesy title before a surname alone (not "MS Teams"); a street with "en" in its name
    (
        "To: Ms Selam Tesfamariam Gebru\nMs Gebru and her son may remain at Ter Apel. Open it in MS Teams.",
        ["Ms [Gebru] and"],
        ["MS Teams"],
    ),
    (
        "Moeder, Kim Wolters, verblijft in een kliniek van IrisZorg. Jayden woont bij\n"
        "zijn oma, mevrouw A. Wolters-Hendriks, Berg en Dalseweg 140, 6522 BW Nijmegen.",
        ["Berg en Dalseweg 140", "6522 BW"],
        [],
    ),
    # an organisation's footer line gives its street, postcode and switchboard
    ("Reclassering Nederland, Vivaldiplantsoen 100, 3533 JE Utrecht, tel. 088 - 804 10 00", [], ["088 - 804 10 00"]),
    # a surname ending in -huis that names no institution; an institution's house keeps its name
    ("Ik sprak met Klaas Teerhuis over de dijk. Het Antonius Ziekenhuis belde.", ["Klaas Teerhuis"], ["Ziekenhuis"]),
    # a family's correspondence address under a school board's signature
    (
        "Met vriendelijke groet,\n\ndrs. Paul Dekema\nvoorzitter College van Bestuur\n\n"
        "Correspondentieadres ouders: Zuidstraat 45, 1781 GJ Den Helder.",
        ["Zuidstraat 45", "1781 GJ"],
        ["College van Bestuur"],
    ),
]


@pytest.mark.parametrize(("text", "redact", "keep"), MORE_ROWS)
def test_accounts_numbers_and_addresses(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)
