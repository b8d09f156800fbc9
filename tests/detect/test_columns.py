"""Table columns known by their header (recognizers/columns.py) and the forms of blind set H: addresses,
licence plates, companies named after their owner, names broken over a line."""

from __future__ import annotations

import pytest
from detecttools import check, run

BIRTH_DATES = [
    (
        "Evacuatielijst 14 juli 2026\nNaam\nGeb.datum Adres\nJohanna Smit-Verbeek\n12-03-1934 Papesteeg 3\n"
        "Wim de Jong\n30-09-1941 Papesteeg 5\nBesluit van 01-07-2026, deadline 15-08-2026.\n",
        ["12-03-1934", "30-09-1941", "Papesteeg 3", "Papesteeg 5"],
        ["01-07-2026", "15-08-2026"],
    ),
    # an English list's "Date of birth" column: a child's recent date in it too; the report's own date stays
    (
        "Row   Name                     Date of birth   Passport\n12A   VAN DEN BROEK, Sophie    04-09-1990      "
        "NX8K41PT2\n15D   JANSSEN-BOS, Marloes     11-07-2021      NP7KJ2R43\nDate of report: 18-03-2025\n",
        ["04-09-1990", "11-07-2021", "VAN DEN BROEK, Sophie"],
        ["18-03-2025"],
    ),
    # no birth-date column: dates stay
    ("Vergadering van 12-03-2004, verslag vastgesteld 30-09-2025.\n", [], ["12-03-2004", "30-09-2025"]),
]

ADDRESS_FORMS = [
    ("de heer Youssef el Idrissi, wonend aan de Klaprozenweg 19 te Amsterdam.", ["Klaprozenweg 19"], ["Amsterdam"]),
    ("De familie Van Dijk (melkveehouderij aan de Zwolseweg 88\nin Raalte) reageert.", ["Zwolseweg 88"], ["Raalte"]),
    (
        "Nr\nIndiener\nAdres\nKern zienswijze\n1\nA. Hoogland\nZuiderzeestraatweg 140,\nTe hoog zomerpeil\n"
        "2\nFam. Kok\nBovenweg 12, Hattem\nNatschade\n",
        ["Zuiderzeestraatweg 140", "Bovenweg 12"],
        ["Hattem", "Natschade"],
    ),
    ("Monsters uit de tuin aan de Oudestraat 180. Santoso belt.", ["Oudestraat 180"], []),
    ("de heer Stijn\nKroon (Aalsmeerderdijk 402), heeft handtekeningen verzameld.", ["Aalsmeerderdijk 402"], []),
    ("Opvangadres\nAnemoonstraat 17, 2564 SB Den Haag\n", ["Anemoonstraat 17", "2564 SB"], ["Den Haag"]),
    ("Aan: de heer Wiel Houben\nOp de Bies 7\n6367 HK Voerendaal\n", ["Wiel Houben", "Bies 7", "6367 HK"], []),
    ("Gemeente Utrecht\nAdres\nStadsplateau 1, Utrecht\n", [], ["Stadsplateau 1"]),
    # an addressee with a surname of two words under the municipality's letterhead
    (
        "Gemeente Almere\nSociaal Domein\n\nMevrouw A.B. da Silva Santos\nMarcusstraat 23\n1325 NH ALMERE\n",
        ["Marcusstraat 23", "1325 NH"],
        ["Gemeente Almere"],
    ),
]


PLATES_AND_COMPANIES = [
    (
        "met de kentekens VX-412-K en 87-HJT-3. Zijn auto heeft een Pools\nkenteken: WGM 48213. "
        "Kenteken van de oplegger: OT-91-VB. Zaak HH-2024-3310 en K24-101.",
        ["VX-412-K", "87-HJT-3", "WGM 48213", "OT-91-VB"],
        ["HH-2024-3310", "K24-101"],
    ),
    # a company named after a person the document names is that person's (an eenmanszaak)
    (
        "Kocak, Emre 08:47\nWeet iemand of de dwangsom bij Stukadoorsbedrijf Kocak al is geïnd?\n",
        ["Kocak, Emre", "[Kocak] al"],
        ["Stukadoorsbedrijf"],
    ),
    (
        "Uitgevoerd door Rietdekkersbedrijf Jan Hendriks uit Boxtel. U hebt de heer Hendriks gemachtigd.",
        ["Jan Hendriks", "[Hendriks] gemachtigd"],
        ["Rietdekkersbedrijf", "Boxtel"],
    ),
    ("Het werk gaat naar Bouwbedrijf Van Wijngaarden uit Zwolle.", [], ["Van Wijngaarden"]),
    # a first name ending its line, the surname starting the next
    (
        "(BBB); gedeputeerde Sinke. Ambtelijk: Judith\nPolderman (commissiegriffier), Marco\nBoogaard (adviseur).",
        ["Judith", "Polderman", "Marco", "Boogaard"],
        ["Sinke"],
    ),
    ("de heer Stijn\nKroon (Aalsmeerderdijk 402), heeft handtekeningen verzameld.", ["Stijn", "Kroon"], []),
    ("Hoi Sanne\nGoedemorgen allemaal, de agenda volgt.", ["Sanne"], ["Goedemorgen"]),
]


ORGANISATIONS_AND_PLACES = [
    # a person "of" an organisation is no part of its name; a sports hall in the next row is no reason to keep
    (
        "Gouverneur Roemer wil een update. Bakker van Waterschap Limburg zit er ook bij\nBakker, Erik 14:20\n",
        ["[Bakker] van", "Bakker, Erik"],
        ["Waterschap Limburg"],
    ),
    (
        "Registratie 14 juli 2026\nNaam\nGeb.datum Adres\nOpvang\n"
        "Johanna Smit-Verbeek\n12-03-1934 Papesteeg 3\nSporthal De Kraal\n",
        ["12-03-1934", "Papesteeg 3"],
        ["Sporthal De Kraal"],
    ),
    ("Uw\ngeboortedatum (23-08-1959) is bekend.", ["23-08-1959"], []),
    ("De heer De Feijter vertelt dat zijn\nakkerbouwbedrijf aan de Vroonweg 22 wacht.", ["Vroonweg 22"], []),
    (
        "Contact: info@odnzkg.nl of 088 567 0200; de toezichthouder is direct bereikbaar op 06 2781 4456.",
        ["06 2781 4456"],
        ["info@odnzkg.nl", "088 567 0200"],
    ),
    ("Wij hebben het Hoogheemraadschap Hollands Noorderkwartier (HHNK) ingelicht.", [], ["HHNK"]),
    ("Registratienummer LRK\n284017735\nRSIN 001234567", [], ["284017735"]),
    ("Haar BSN is 111222333.", ["111222333"], []),
    ("Vragen? Mail vggz@vggz.nl of jansen@vggz.nl.", ["jansen@vggz.nl"], ["vggz@vggz.nl"]),
    (
        "Opvang in Sporthal De Kraal en in De Hooge Waerden te Zaltbommel. De heer De Kraal woont daar.",
        ["[De Kraal] woont"],
        ["Sporthal De Kraal en", "De Hooge Waerden"],
    ),
    (
        "Brandweer Limburg-Noord rukte uit naar Horst aan de Maas. Horst Vermeulen belde.",
        ["Horst Vermeulen"],
        ["Limburg-Noord", "Horst aan de Maas"],
    ),
]


@pytest.mark.parametrize(
    ("text", "redact", "keep"), BIRTH_DATES + ADDRESS_FORMS + PLATES_AND_COMPANIES + ORGANISATIONS_AND_PLACES
)
def test_rule(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


SOCIAL_FORMS = [
    # set I: addresses of citizens in letters, tables, running text
    (
        "Gemeente Haarlem\nPostbus 511, 2003 PB Haarlem\nDe heer A. de Graaf\nKennemerstraat 5 rood, 2011 JA Haarlem\n",
        ["Kennemerstraat 5 rood", "2011 JA"],
        ["Postbus 511", "2003 PB"],
    ),
    ("De heer K.R. Ramsaran\nHoefkade 388, 2526 BV Den Haag\nDatum 9 juli 2026", ["Hoefkade 388", "2526 BV"], []),
    ("mits haar naam en adres (Vaillantlaan 210, 2526 HM Den Haag) worden weggelakt", ["Vaillantlaan 210"], []),
    ("Correspondentieadres bezwaarmaker: Kerkakkers 14, 5591 BK Heeze. Telefoon 040-2263871", ["Kerkakkers 14"], []),
    ("Leerplicht heeft het gezin drie keer bezocht op Wierdijk 12, 1351 JN Almere.", ["Wierdijk 12", "1351 JN"], []),
    ("Het tweede adres, Bergselaan 203, 3037 BM Rotterdam, bleek in orde.", ["Bergselaan 203", "3037 BM"], []),
    ("Cliënt\nGeb.datum\nAdres\nDurk Hoekstra\n12-05-1948\nFok 14, 8441 BN Heerenveen\n", ["Fok 14", "8441 BN"], []),
    ("Bezoekadres: Rijnstraat 50, 2515 XP Den Haag", [], ["Rijnstraat 50", "2515 XP"]),
    # names: a family list with ages, possessives, a name and initials broken over a line, an acronym after a comma
    (
        "Gezinsleden: Semhar Mohammed (moeder), Yonas (14), Selam (9)\nYonas is niet op school geweest. Bijlage (2).",
        ["Semhar Mohammed", "[Yonas] (14)", "Selam", "[Yonas] is"],
        ["Bijlage"],
    ),
    ("Jansens voorstel om de bekostiging te wijzigen kwam van Piet Jansen.", ["Jansens", "Piet Jansen"], []),
    ("een brief van de cardioloog dr. A.P.\nÇelik van 12 oktober 2026.", ["A.P.", "Çelik"], []),
    ("liever in Enschede werken. Bram Oude\nMaatman stelde voor de tarieven", ["Bram Oude", "Maatman"], ["Enschede"]),
    ("Van: Karin ten Hove, OZJT\nDatum: 10 februari 2026\nDit memo vat samen.\nKtH\n", ["Karin ten Hove", "KtH"], []),
]


@pytest.mark.parametrize(("text", "redact", "keep"), SOCIAL_FORMS)
def test_social_forms(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


def test_structure_explanations_carry_their_line_as_context_not_as_pattern() -> None:
    out = run("Nr\nKlager\nAdres\nK24-103\nAgnieszka\nGageldijk 12\nGezinsleden: Yonas (14), Selam (9)\n")
    by_detector = {e.detector: e for f in out.findings for e in f.explanations}
    for detector, context in (("named_with_age", "Selam (9)"), ("home_address", "Gageldijk 12")):
        assert by_detector[detector].pattern == "", out.show()
        assert context in by_detector[detector].context, out.show()
