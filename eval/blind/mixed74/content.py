"""The documents of set CF (part 1: cf01-cf16). Each function writes one PDF and returns its Gold."""
from __future__ import annotations

import tempfile
from pathlib import Path

from reportlab.lib.units import mm  # noqa: E402
from lib import (Gold, Story, add_note, add_outline, add_text_fields, build_docx_pdf, build_reportlab,
                 make_bsn, make_ean, make_iban, scan_pdf, set_meta)

DOCS = {}


def doc(fn):
    DOCS[fn.__name__] = fn
    return fn


MOT = "Informatie die niet openbaar gemaakt kan worden"

# recurring numbers
IBAN_GROEN = make_iban("RABO", "3217654098")
IBAN_OOSTERHUIS = make_iban("INGB", "0007761203", grouped=False)
IBAN_ZEERIJP = make_iban("ABNA", "5120077431")
IBAN_WIERSMA = make_iban("SNSB", "0918273645")
IBAN_DIJKSTRA = make_iban("TRIO", "2001443587", grouped=False)
BSN_GROEN = make_bsn("17305268")
BSN_OOSTERHUIS = make_bsn("24481937")
EAN_GROEN = make_ean("87168700000412397")
EAN_SIKKEMA = make_ean("87151410001288364")
EAN_BOSMA = make_ean("87168700003309152")


# ============================================================================ cf01 beslisnota
@doc
def cf01(path: Path) -> Gold:
    g = Gold("cf01")
    s = Story("helv", 9.5)
    s.sm("Ministerie van Klimaat en Groene Groei", "Directoraat-generaal Klimaat en Energie",
         "Directie Warmte en Ondergrond", "Bezuidenhoutseweg 73, 2594 AC Den Haag")
    s.h("Nota")
    s.kv([("Aan", "de minister van Klimaat en Groene Groei"),
          ("Van", "Marloes Hoekstra-Brink, senior beleidsmedewerker"),
          ("Datum", "14 november 2024"),
          ("Kenmerk", "DGKE-WO / 24318842"),
          ("Onderwerp", "Voortgang schadeafhandeling Instituut Mijnbouwschade Groningen en knelpunten "
                        "bij de versterking in Loppersum"),
          ("Kopie aan", "staatssecretaris Herstel Groningen; DG Klimaat en Energie"),
          ("Contactpersoon", "M. Hoekstra-Brink\nT 06-41872209\nm.hoekstra-brink@minkgg.nl")])
    s.h2_("Aanleiding")
    s.p("Op 21 november 2024 vindt het Bestuurlijk Overleg Groningen plaats. De commissaris van de Koning, "
        "René Paas, heeft gevraagd om een toelichting op de doorlooptijden van het Instituut Mijnbouwschade "
        "Groningen (IMG) bij complexe schades. Ook burgemeester Beukema van Eemsdelta heeft zorgen geuit over "
        "de situatie in Loppersum en Garrelsweer.")
    s.h2_("Geadviseerd besluit")
    s.p("Aan de minister wordt gevraagd: kennis te nemen van de voortgang en in te stemmen met de "
        "voorgestelde inbreng voor het Bestuurlijk Overleg (bijlage 1).")
    s.h2_("Kern")
    s.p("Het IMG heeft in 2024 ruim 41.000 aanvragen voor fysieke schade afgehandeld. Het aantal lopende "
        "dossiers van langer dan een jaar blijft echter hoog. De Tijdelijke wet Groningen biedt het IMG de "
        "ruimte om ruimhartiger te vergoeden; de Mijnbouwwet blijft van toepassing op de aansprakelijkheid van "
        "NAM. De gesprekken met Shell en ExxonMobil over de kosten lopen via de Staat als aandeelhouder niet.")
    s.p("Een voorbeeld uit de praktijk: de familie Groen uit Garrelsweer (schadenummer SN-2023-118734) "
        "wacht sinds maart 2023 op een besluit over hun boerderij. De heer Geert Groen heeft de "
        "staatssecretaris hierover een brief gestuurd. Het IMG heeft toegezegd het dossier met voorrang "
        "te behandelen.")
    s.h2_("Krachtenveld")
    s.p("De Kamerleden Nijboer (GroenLinks-PvdA) en Beckerman (SP) hebben Kamervragen gesteld over de "
        "doorlooptijden. Gasunie en TenneT zijn niet bij dit dossier betrokken. De Nationaal Coördinator "
        "Groningen (NCG) wijst op de samenhang met het Versterkingsprogramma.")
    s.h2_("Paraafroute")
    s.table([["Naam", "Functie", "Paraaf", "Datum"],
             ["M. Hoekstra-Brink", "senior beleidsmedewerker", "MHB", "14-11"],
             ["T.J. van der Molen", "juridisch adviseur", "TvdM", "15-11"],
             ["K. Dijkema", "plv. directeur Warmte en Ondergrond", "KD", "15-11"]], [45, 60, 25, 25])
    s.br()
    s.h2_("Bijlage 1 - Inbreng voor het Bestuurlijk Overleg Groningen (21 november 2024)")
    s.p("1. Het kabinet houdt vast aan de afspraken uit Nij Begun: bewoners krijgen het voordeel van de twijfel, "
        "en het IMG beslist binnen één jaar op nieuwe aanvragen.")
    s.p("2. KGG en BZK stellen voor de gecombineerde dossiers (schade én versterking) in Garrelsweer en Loppersum "
        "als pilot gezamenlijk door IMG en NCG te laten behandelen. Afgestemd met Jelle Wijbenga (BZK) en "
        "Sietske Oosterhuis (NCG).")
    s.p("3. Voor de netcongestie in de Eemsdelta wordt verwezen naar het Landelijk Actieprogramma Netcongestie. "
        "TenneT en Enexis lichten de stand toe.")
    s.p("4. Over de afsluiting van de putten van het Groningenveld rapporteert SodM in januari 2025. NAM heeft "
        "toegezegd de planning te volgen.")
    s.sm("Bijlage opgesteld door M. Hoekstra-Brink; juridische toets T.J. van der Molen (06-10 93 22 58).")
    s.motivation(filled=False)
    build_reportlab(path, s, title="Nota voortgang IMG", author="Hoekstra-Brink, Marloes",
                    footer="DGKE-WO / 24318842 - pagina {p}")
    g.r("PERSON", "Marloes Hoekstra-Brink", "Marloes Hoekstra-Brink", "Hoekstra-Brink", "MHB")
    g.r("PERSON", "Hoekstra-Brink, Marloes", "Hoekstra-Brink, Marloes", where="metadata")
    g.r("PHONE", "06-41872209", "06-41872209")
    g.r("EMAIL", "m.hoekstra-brink@minkgg.nl", "m.hoekstra-brink@minkgg.nl")
    g.r("PERSON", "T.J. van der Molen", "T.J. van der Molen", "TvdM")
    g.r("PHONE", "06-10 93 22 58", "06-10 93 22 58")
    g.r("PERSON", "Jelle Wijbenga", "Jelle Wijbenga")
    g.r("PERSON", "Sietske Oosterhuis", "Sietske Oosterhuis")
    g.r("PERSON", "K. Dijkema", "K. Dijkema", "KD")
    g.r("PERSON", "Geert Groen", "Geert Groen", "Groen")
    g.r("CLAIM_NUMBER", "SN-2023-118734", "SN-2023-118734")
    g.k("ORG", "Ministerie van Klimaat en Groene Groei", "Ministerie van Klimaat en Groene Groei")
    g.k("ROLE", "minister van Klimaat en Groene Groei", "minister van Klimaat en Groene Groei")
    g.k("REF", "DGKE-WO / 24318842", "DGKE-WO / 24318842")
    g.k("PERSON_PUBLIC", "René Paas", "René Paas")
    g.k("PERSON_PUBLIC", "burgemeester Beukema", "burgemeester Beukema")
    g.k("ORG", "Instituut Mijnbouwschade Groningen", "Instituut Mijnbouwschade Groningen", "IMG")
    g.k("PLACE", "Loppersum", "Loppersum")
    g.k("PLACE", "Garrelsweer", "Garrelsweer")
    g.k("LAW", "Tijdelijke wet Groningen", "Tijdelijke wet Groningen")
    g.k("LAW", "Mijnbouwwet", "Mijnbouwwet")
    g.k("ORG", "NAM", "NAM")
    g.k("ORG", "Shell", "Shell")
    g.k("ORG", "ExxonMobil", "ExxonMobil")
    g.k("PERSON_PUBLIC", "Kamerleden Nijboer", "Nijboer", "Beckerman")
    g.k("ORG", "Gasunie", "Gasunie")
    g.k("ORG", "TenneT", "TenneT")
    g.k("ORG", "Nationaal Coördinator Groningen", "Nationaal Coördinator Groningen")
    g.k("PROGRAMME", "Versterkingsprogramma", "Versterkingsprogramma")
    g.k("ADDRESS_PUBLIC", "Bezuidenhoutseweg 73", "Bezuidenhoutseweg 73")
    g.k("DATE", "21 november 2024", "21 november 2024")
    g.k("ROLE", "senior beleidsmedewerker", "senior beleidsmedewerker")
    g.k("PROGRAMME", "Landelijk Actieprogramma Netcongestie", "Landelijk Actieprogramma Netcongestie")
    g.k("PROGRAMME", "Nij Begun", "Nij Begun")
    g.k("ORG", "SodM", "SodM")
    return g


# ============================================================================ cf02 e-mail thread
@doc
def cf02(path: Path) -> Gold:
    g = Gold("cf02")
    s = Story("libsans", 9.5)
    s.h("E-mailwisseling versterking Loppersum (document 12)")
    s.sm("Van: Jelle Wijbenga <j.wijbenga@minbzk.nl>",
         "Verzonden: dinsdag 8 oktober 2024 16:42",
         "Aan: Oosterhuis, Sietske <s.oosterhuis@nationaalcoordinatorgroningen.nl>",
         "CC: Hoekstra-Brink, Marloes <m.hoekstra-brink@minkgg.nl>; postbus herstel groningen "
         "<herstelgroningen@minbzk.nl>",
         "Onderwerp: RE: planning versterking Stedumerweg en Badweg")
    s.p("Hoi Sietske,",
        "Dank voor je snelle reactie. Ik heb het overzicht doorgezet naar Marloes bij KGG. De staatssecretaris "
        "Herstel Groningen, Eddie van Marum, wil vóór het werkbezoek aan Loppersum op 17 oktober weten hoeveel "
        "adressen in de Stedumerweg nog op een beoordeling wachten. Kun je dat uitsplitsen naar NCG en IMG?",
        "Over de casus Van Zeerijp: de bewoner heeft mij gisteren gebeld op mijn mobiel. Hij geeft aan dat zijn "
        "vrouw door de situatie slecht slaapt. Ik heb hem verwezen naar het Mijnbouwloket.",
        "Groet,",
        "Jelle",
        "Jelle Wijbenga | senior beleidsmedewerker | DG Herstel Groningen | Ministerie van BZK\n"
        "M 06 2318 4470 | j.wijbenga@minbzk.nl")
    s.sp(4)
    s.sm("Van: Oosterhuis, Sietske <s.oosterhuis@nationaalcoordinatorgroningen.nl>",
         "Verzonden: dinsdag 8 oktober 2024 11:05",
         "Aan: Wijbenga, Jelle <j.wijbenga@minbzk.nl>",
         "Onderwerp: planning versterking Stedumerweg en Badweg")
    s.p("Beste Jelle,",
        "In de bijlage het overzicht van de versterkingsopgave in Loppersum, peildatum 1 oktober. Van de 312 "
        "adressen in het dorp zijn er 41 nog niet beoordeeld. Voor het werkbezoek stel ik voor dat de "
        "staatssecretaris ook de kerk van Zeerijp bezoekt; daar loopt een apart traject met de Stichting Oude "
        "Groninger Kerken.",
        "Mijn collega Hidde Pama van het IMG sluit aan bij het voorgesprek. Hij is bereikbaar op 050 - 211 8463.",
        "Met vriendelijke groet,",
        "Sietske Oosterhuis\nprogrammamanager Versterking\nNationaal Coördinator Groningen\n"
        "Postbus 5100, 9700 GC Groningen | T 088 - 041 4900 (algemeen)")
    s.sp(4)
    s.sm("Van: Pama, Hidde <h.pama@schadedoormijnbouw.nl>",
         "Verzonden: maandag 7 oktober 2024 09:12",
         "Aan: Oosterhuis, Sietske",
         "Onderwerp: casus Van Zeerijp")
    s.p("Sietske, de schademelding van de heer J. van Zeerijp (Stedumerweg 41, 9919 BK Loppersum) staat bij ons "
        "onder SN-2022-094415. De deskundige heeft in augustus opnieuw opgenomen. Ik verwacht een besluit "
        "binnen zes weken. Groet, Hidde")
    s.motivation()
    build_reportlab(path, s, title="Document 12 - e-mailwisseling", author="NCG Woo-team")
    g.r("PERSON", "Jelle Wijbenga", "Jelle Wijbenga", "Wijbenga", "Jelle")
    g.r("EMAIL", "j.wijbenga@minbzk.nl", "j.wijbenga@minbzk.nl")
    g.r("PHONE", "06 2318 4470", "06 2318 4470")
    g.r("PERSON", "Sietske Oosterhuis", "Sietske Oosterhuis", "Oosterhuis", "Sietske")
    g.r("EMAIL", "s.oosterhuis@nationaalcoordinatorgroningen.nl", "s.oosterhuis@nationaalcoordinatorgroningen.nl")
    g.r("PERSON", "Marloes Hoekstra-Brink", "Hoekstra-Brink", "Marloes")
    g.r("EMAIL", "m.hoekstra-brink@minkgg.nl", "m.hoekstra-brink@minkgg.nl")
    g.r("PERSON", "Hidde Pama", "Hidde Pama", "Pama", "Hidde")
    g.r("EMAIL", "h.pama@schadedoormijnbouw.nl", "h.pama@schadedoormijnbouw.nl")
    g.r("PHONE", "050 - 211 8463", "050 - 211 8463")
    g.r("PERSON", "J. van Zeerijp", "J. van Zeerijp", "Van Zeerijp")
    g.r("ADDRESS", "Stedumerweg 41, 9919 BK Loppersum", "Stedumerweg 41", "9919 BK")
    g.r("CLAIM_NUMBER", "SN-2022-094415", "SN-2022-094415")
    g.r("HEALTH", "vrouw slaapt slecht", "slecht slaapt", word=False)
    g.k("MAILBOX", "herstelgroningen@minbzk.nl", "herstelgroningen@minbzk.nl")
    g.k("PERSON_PUBLIC", "Eddie van Marum", "Eddie van Marum")
    g.k("PLACE", "kerk van Zeerijp", "kerk van Zeerijp")
    g.k("ORG", "Stichting Oude Groninger Kerken", "Stichting Oude Groninger Kerken")
    g.k("ORG", "Mijnbouwloket", "Mijnbouwloket")
    g.k("ORG", "Nationaal Coördinator Groningen", "Nationaal Coördinator Groningen")
    g.k("PHONE_PUBLIC", "088 - 041 4900", "088 - 041 4900")
    g.k("ADDRESS_PUBLIC", "Postbus 5100, 9700 GC Groningen", "Postbus 5100")
    g.k("ORG", "IMG", "IMG")
    g.k("ORG", "NCG", "NCG")
    g.k("ORG", "KGG", "KGG")
    g.k("DATE", "17 oktober", "17 oktober")
    g.k("ROLE", "programmamanager Versterking", "programmamanager Versterking")
    g.k("ORG", "Ministerie van BZK", "Ministerie van BZK")
    g.k("STREET", "Badweg", "Badweg")
    return g


# ============================================================================ cf03 IMG schadebesluit
@doc
def cf03(path: Path) -> Gold:
    g = Gold("cf03")
    s = Story("carlito", 10.5)
    s.sm("Instituut Mijnbouwschade Groningen", "Postbus 2020, 9704 CA Groningen",
         "www.schadedoormijnbouw.nl | 0800 - 4000 (gratis)")
    s.sp(10)
    s.p("De heer G. Groen en mevrouw A. Groen-Bakker\nWirdumerweg 7\n9917 PN Garrelsweer")
    s.sp(6)
    s.kv([("Datum", "2 december 2024"), ("Ons kenmerk", "IMG/SB/2024/77120"),
          ("Schadenummer", "SN-2023-118734"), ("Uw BSN", BSN_GROEN),
          ("Behandeld door", "A. Bolhuis, teamleider schadeafhandeling"),
          ("Onderwerp", "Besluit op uw aanvraag fysieke schade")])
    s.p("Geachte heer en mevrouw Groen,")
    s.p("Op 14 maart 2023 heeft u bij het Instituut Mijnbouwschade Groningen (IMG) schade gemeld aan uw woning "
        "en de schuur aan de Wirdumerweg 7 in Garrelsweer. Met deze brief ontvangt u ons besluit. Wij hebben uw "
        "aanvraag beoordeeld op grond van de Tijdelijke wet Groningen en het wettelijk bewijsvermoeden.")
    s.h2_("Ons besluit")
    s.p("Wij kennen u een schadevergoeding toe van € 48.716,00. Daarnaast ontvangt u een vergoeding voor "
        "bijkomende kosten van € 1.250,00 en een vergoeding voor de kosten van de deskundige. Het bedrag "
        "wordt binnen zes weken overgemaakt op rekeningnummer " + IBAN_GROEN + " ten name van "
        "G. Groen en/of A. Groen-Bakker.")
    s.h2_("Hoe zijn wij tot dit besluit gekomen?")
    s.p("De deskundige, ing. R.W. Veldkamp van Bureau Bouwkundig Onderzoek Noord, heeft op 9 juli 2024 uw woning "
        "opgenomen. In het adviesrapport staat dat 23 van de 27 schades waarschijnlijk zijn veroorzaakt door "
        "bodembeweging als gevolg van gaswinning uit het Groningenveld. Wij nemen dat advies over.")
    s.p("Mevrouw Groen-Bakker heeft tijdens de opname aangegeven dat zij sinds de beving bij Garrelsweer "
        "onder behandeling is van de huisarts voor slaapproblemen. Wij hebben u daarom gewezen op de "
        "regeling immateriële schade.")
    s.h2_("Bent u het niet eens met dit besluit?")
    s.p("Dan kunt u binnen zes weken na de datum van deze brief bezwaar maken. Stuur uw bezwaarschrift naar "
        "Instituut Mijnbouwschade Groningen, t.a.v. de Bezwaarcommissie, Postbus 2020, 9704 CA Groningen, of "
        "mail naar bezwaar@schadedoormijnbouw.nl. Vermeld daarbij uw schadenummer.")
    s.p("Met vriendelijke groet,")
    s.p("namens het Instituut Mijnbouwschade Groningen,\n\nAnnemiek Bolhuis\nteamleider schadeafhandeling")
    s.sm("Heeft u vragen? Bel Annemiek Bolhuis rechtstreeks op 050 - 711 2245 of mail naar "
         "a.bolhuis@schadedoormijnbouw.nl.")
    s.br()
    s.h2_("Bijlage - specificatie van de vergoeding")
    s.kv([("Aanvragers", "G. Groen en A. Groen-Bakker"), ("Adres schadelocatie", "Wirdumerweg 7, Garrelsweer"),
          ("Schadenummer", "SN-2023-118734"), ("Rapport deskundige", "BBON-24-3318 (R.W. Veldkamp)")])
    s.table([["Onderdeel", "Bedrag"], ["Herstelkosten woonhuis", "€ 14.316,00"],
             ["Herstelkosten schuur en stallen", "€ 34.400,00"], ["Bijkomende kosten", "€ 1.250,00"],
             ["Vergoeding deskundige (eigen keuze)", "€ 2.178,00"], ["Totaal", "€ 52.144,00"]], [90, 40])
    s.p("Wij maken het totaalbedrag over op het rekeningnummer dat u in Mijn IMG heeft opgegeven. Wijzigt uw "
        "rekeningnummer? Geef dit dan door via Mijn IMG of bel 0800 - 4000.")
    s.motivation("Het burgerservicenummer is geweigerd op grond van artikel 5.1, eerste lid, onder e, de "
                 "gegevens over de gezondheid op grond van artikel 5.1, eerste lid, onder d, van de Woo.")
    build_reportlab(path, s, title="Besluit fysieke schade", author="IMG Documentgeneratie",
                    footer="IMG/SB/2024/77120 - pagina {p}")
    g.r("PERSON", "G. Groen", "G. Groen", "Groen")
    g.r("PERSON", "A. Groen-Bakker", "A. Groen-Bakker", "Groen-Bakker")
    g.r("ADDRESS", "Wirdumerweg 7, 9917 PN Garrelsweer", "Wirdumerweg 7", "9917 PN")
    g.r("CLAIM_NUMBER", "SN-2023-118734", "SN-2023-118734")
    g.r("BSN", BSN_GROEN, BSN_GROEN)
    g.r("IBAN", IBAN_GROEN, IBAN_GROEN)
    g.r("PERSON", "Annemiek Bolhuis", "A. Bolhuis", "Annemiek Bolhuis")
    g.r("PHONE", "050 - 711 2245", "050 - 711 2245")
    g.r("EMAIL", "a.bolhuis@schadedoormijnbouw.nl", "a.bolhuis@schadedoormijnbouw.nl")
    g.r("PERSON", "R.W. Veldkamp", "R.W. Veldkamp")
    g.r("HEALTH", "onder behandeling voor slaapproblemen", "slaapproblemen")
    g.k("ORG", "Instituut Mijnbouwschade Groningen", "Instituut Mijnbouwschade Groningen")
    g.k("ADDRESS_PUBLIC", "Postbus 2020, 9704 CA Groningen", "Postbus 2020, 9704 CA Groningen")
    g.k("PHONE_PUBLIC", "0800 - 4000", "0800 - 4000")
    g.k("REF", "IMG/SB/2024/77120", "IMG/SB/2024/77120")
    g.k("LAW", "Tijdelijke wet Groningen", "Tijdelijke wet Groningen")
    g.k("AMOUNT", "€ 48.716,00", "48.716,00")
    g.k("ORG", "Bureau Bouwkundig Onderzoek Noord", "Bureau Bouwkundig Onderzoek Noord")
    g.k("PLACE", "Groningenveld", "Groningenveld")
    g.k("MAILBOX", "bezwaar@schadedoormijnbouw.nl", "bezwaar@schadedoormijnbouw.nl")
    g.k("ORG", "Bezwaarcommissie", "Bezwaarcommissie")
    g.k("ROLE", "teamleider schadeafhandeling", "teamleider schadeafhandeling")
    g.k("DATE", "2 december 2024", "2 december 2024")
    g.k("PLACE", "beving bij Garrelsweer", "beving bij Garrelsweer")
    g.k("TERM", "bewijsvermoeden", "bewijsvermoeden")
    g.k("REF", "BBON-24-3318", "BBON-24-3318")
    g.k("AMOUNT", "€ 52.144,00", "52.144,00")
    g.k("PRODUCT", "Mijn IMG", "Mijn IMG")
    return g


# ============================================================================ cf04 overzicht claims
@doc
def cf04(path: Path) -> Gold:
    g = Gold("cf04")
    s = Story("dejavu", 8.5)
    s.h("Overzicht complexe schadedossiers regio Loppersum (intern)")
    s.p("Bijlage bij het Bestuurlijk Overleg Groningen van 21 november 2024. Peildatum 1 november 2024. "
        "Bron: zaaksysteem IMG, export door team Complexe Schades. Alleen voor intern gebruik.")
    s.table([["Schadenummer", "Aanvrager", "Adres", "Status", "Behandelaar"],
             ["SN-2023-118734", "G. Groen", "Wirdumerweg 7, Garrelsweer", "besluit verzonden", "AB"],
             ["SN-2022-094415", "J. van Zeerijp", "Stedumerweg 41, Loppersum", "tweede opname", "HP"],
             ["SN-2021-055310", "W. Oosterhuis", "Meedenerweg 3, Wirdum", "zienswijze ontvangen", "HP"],
             ["SN-2023-130028", "A. Wiersma-Bos", "Tjamsweersterweg 12, Appingedam", "in behandeling", "AB"],
             ["SN-2022-101992", "K. Dijkstra", "Hoofdstraat 88, Middelstum", "bezwaar", "RvdB"],
             ["SN-2024-002117", "T. van der Veen-Sikkema", "Eenrumerweg 2a, Zandeweer", "in behandeling", "AB"],
             ["SN-2021-048870", "Hendrik Luinge", "Oosterweg 19, Westeremden", "akkoord aanvrager", "RvdB"]],
            [30, 34, 50, 30, 20])
    s.p("Toelichting: behandelaars zijn aangeduid met initialen (AB = teamleider, HP = casemanager, RvdB = "
        "jurist). De dossiers met status bezwaar worden besproken in de Bezwaarcommissie van het IMG.")
    s.p("Aandachtspunt: bij het dossier van de heer Oosterhuis in Wirdum speelt ook een versterkingsadvies van de "
        "NCG. De NCG en het IMG stemmen af in het Loket Gebundelde Aanpak. Mevrouw Wiersma-Bos heeft gemeld dat "
        "haar man vanwege hartklachten niet bij een opname aanwezig kan zijn.")
    s.motivation()
    build_reportlab(path, s, title="Overzicht complexe schadedossiers", author="IMG")
    g.r("CLAIM_NUMBER", "SN-2023-118734", "SN-2023-118734")
    g.r("CLAIM_NUMBER", "SN-2022-094415", "SN-2022-094415")
    g.r("CLAIM_NUMBER", "SN-2021-055310", "SN-2021-055310")
    g.r("CLAIM_NUMBER", "SN-2023-130028", "SN-2023-130028")
    g.r("CLAIM_NUMBER", "SN-2022-101992", "SN-2022-101992")
    g.r("CLAIM_NUMBER", "SN-2024-002117", "SN-2024-002117")
    g.r("CLAIM_NUMBER", "SN-2021-048870", "SN-2021-048870")
    g.r("PERSON", "G. Groen", "G. Groen")
    g.r("PERSON", "J. van Zeerijp", "J. van Zeerijp")
    g.r("PERSON", "W. Oosterhuis", "W. Oosterhuis", "Oosterhuis")
    g.r("PERSON", "A. Wiersma-Bos", "A. Wiersma-Bos", "Wiersma-Bos")
    g.r("PERSON", "K. Dijkstra", "K. Dijkstra")
    g.r("PERSON", "T. van der Veen-Sikkema", "T. van der Veen-Sikkema")
    g.r("PERSON", "Hendrik Luinge", "Hendrik Luinge")
    g.r("ADDRESS", "Wirdumerweg 7", "Wirdumerweg 7")
    g.r("ADDRESS", "Stedumerweg 41", "Stedumerweg 41")
    g.r("ADDRESS", "Meedenerweg 3", "Meedenerweg 3")
    g.r("ADDRESS", "Tjamsweersterweg 12", "Tjamsweersterweg 12")
    g.r("ADDRESS", "Hoofdstraat 88", "Hoofdstraat 88")
    g.r("ADDRESS", "Eenrumerweg 2a", "Eenrumerweg 2a")
    g.r("ADDRESS", "Oosterweg 19", "Oosterweg 19")
    g.r("INITIALS", "AB", "AB")
    g.r("INITIALS", "HP", "HP")
    g.r("INITIALS", "RvdB", "RvdB")
    g.r("HEALTH", "hartklachten", "hartklachten")
    g.k("ORG", "IMG", "IMG")
    g.k("ORG", "NCG", "NCG")
    g.k("ORG", "Loket Gebundelde Aanpak", "Loket Gebundelde Aanpak")
    g.k("ORG", "Bezwaarcommissie", "Bezwaarcommissie")
    g.k("DATE", "21 november 2024", "21 november 2024")
    g.k("STATUS", "in behandeling", "in behandeling")
    g.k("STATUS", "besluit verzonden", "besluit verzonden")
    g.k("ROLE", "casemanager", "casemanager")
    g.k("ORG", "team Complexe Schades", "team Complexe Schades")
    g.k("MEETING", "Bestuurlijk Overleg Groningen", "Bestuurlijk Overleg Groningen")
    return g


# ============================================================================ cf05 SodM letter to NAM
@doc
def cf05(path: Path) -> Gold:
    g = Gold("cf05")
    s = Story("times", 11)
    s.sm("Staatstoezicht op de Mijnen", "Ministerie van Klimaat en Groene Groei", "Postbus 24037, 2490 AA Den Haag",
         "T 070 379 8400", "www.sodm.nl")
    s.sp(8)
    s.p("Nederlandse Aardolie Maatschappij B.V.\nt.a.v. de directie\nSchepersmaat 2\n9405 TA Assen")
    s.kv([("Datum", "23 januari 2025"), ("Ons kenmerk", "SodM/24287613"), ("Uw kenmerk", "EP202412345"),
          ("Contactpersoon", "ir. R. Talsma"), ("Telefoon", "+31 6 5311 0827"),
          ("E-mail", "r.talsma@sodm.nl"), ("Onderwerp", "Inspectie putlocatie Zeerijp-3 en afsluiting "
                                                       "Groningenveld")])
    s.p("Geachte directie,")
    s.p("Op 9 januari 2025 heeft Staatstoezicht op de Mijnen (SodM) een inspectie uitgevoerd op de putlocatie "
        "Zeerijp-3 in de gemeente Eemsdelta. Aanleiding was de voorbereiding van het definitief afsluiten van de "
        "putten van het Groningenveld, zoals vastgelegd in de Wet houdende wijziging van de Mijnbouwwet "
        "(sluiting Groningenveld).")
    s.p("Tijdens de inspectie waren namens NAM aanwezig de heer W. ten Hoeve (locatiemanager) en mevrouw "
        "E.M. Huizinga-Smit (HSE-adviseur). Namens SodM inspecteerden ir. R. Talsma en B. Zijlstra.")
    s.p("Wij hebben vastgesteld dat de drukmeting van put ZRP-3 niet volgens het goedgekeurde werkprogramma is "
        "uitgevoerd. Wij verzoeken u binnen vier weken een verbeterplan in te dienen. Dit verzoek doen wij op "
        "grond van artikel 119 van de Mijnbouwwet.")
    s.p("Een afschrift van deze brief gaat naar de minister van Klimaat en Groene Groei, de burgemeester van "
        "Eemsdelta en de Staatssecretaris Herstel Groningen.")
    s.p("Hoogachtend,\nDe Inspecteur-generaal der Mijnen,\nnamens deze,\n\nir. R. Talsma\n"
        "senior inspecteur Ondergrond")
    s.motivation()
    build_reportlab(path, s, title="Brief SodM aan NAM", author="Talsma R.", creator="Microsoft Word 2016")
    g.r("PERSON", "R. Talsma", "R. Talsma", "Talsma")
    g.r("PHONE", "+31 6 5311 0827", "+31 6 5311 0827")
    g.r("EMAIL", "r.talsma@sodm.nl", "r.talsma@sodm.nl")
    g.r("PERSON", "W. ten Hoeve", "W. ten Hoeve")
    g.r("PERSON", "E.M. Huizinga-Smit", "E.M. Huizinga-Smit")
    g.r("PERSON", "B. Zijlstra", "B. Zijlstra")
    g.r("PERSON", "Talsma R.", "Talsma R.", where="metadata")
    g.k("ORG", "Staatstoezicht op de Mijnen", "Staatstoezicht op de Mijnen")
    g.k("ORG", "SodM", "SodM")
    g.k("PHONE_PUBLIC", "070 379 8400", "070 379 8400")
    g.k("ORG", "Nederlandse Aardolie Maatschappij B.V.", "Nederlandse Aardolie Maatschappij B.V.")
    g.k("ADDRESS_PUBLIC", "Schepersmaat 2", "Schepersmaat 2")
    g.k("REF", "SodM/24287613", "SodM/24287613")
    g.k("REF", "EP202412345", "EP202412345")
    g.k("SITE", "Zeerijp-3", "Zeerijp-3")
    g.k("SITE", "ZRP-3", "ZRP-3")
    g.k("PLACE", "gemeente Eemsdelta", "gemeente Eemsdelta")
    g.k("LAW", "Mijnbouwwet", "Mijnbouwwet")
    g.k("PLACE", "Groningenveld", "Groningenveld")
    g.k("ROLE", "Inspecteur-generaal der Mijnen", "Inspecteur-generaal der Mijnen")
    g.k("ROLE", "locatiemanager", "locatiemanager")
    g.k("ROLE", "senior inspecteur Ondergrond", "senior inspecteur Ondergrond")
    g.k("ROLE", "minister van Klimaat en Groene Groei", "minister van Klimaat en Groene Groei")
    g.k("DATE", "9 januari 2025", "9 januari 2025")
    g.k("ORG", "NAM", "NAM")
    return g


# ============================================================================ cf06 Teams chat
@doc
def cf06(path: Path) -> Gold:
    g = Gold("cf06")
    s = Story("libsans", 9)
    s.h("Export Microsoft Teams - chat 'Netcongestie Groningen-Noord'")
    s.sm("Geëxporteerd op 12-03-2025 door het Woo-team van het ministerie van Klimaat en Groene Groei. "
         "Deelnemers: Karin Dijkema (KGG), Gerrit-Jan Mulder (TenneT), Fenna Kloosterman (Enexis), "
         "Bauke Zijlstra (SodM, gast).")
    rows = [["Tijd", "Afzender", "Bericht"],
            ["04-03-2025 08:51", "Karin Dijkema", "Goedemorgen! Weten jullie al of de uitbreiding van het "
             "station Eemshaven Oudeschip voor 2027 lukt? De minister wil het meenemen in de Kamerbrief."],
            ["04-03-2025 09:03", "Gerrit-Jan Mulder", "Morgen Karin. Planning staat nog op Q3 2027. Ik bel je zo, "
             "welk nummer? Je vaste nummer werkt niet."],
            ["04-03-2025 09:04", "Karin Dijkema", "06-29 41 77 03, ik zit vandaag in Groningen"],
            ["04-03-2025 09:20", "Fenna Kloosterman", "Voor Enexis: de wachtrij in Eemsdelta is 48 aanvragen voor "
             "grootverbruik. Ik stuur het overzicht vanmiddag via fenna.kloosterman@enexis.nl, niet via de "
             "gedeelde map."],
            ["04-03-2025 09:22", "Gerrit-Jan", "👍 en graag ook naar netcongestie@tennet.eu"],
            ["04-03-2025 10:47", "Bauke Zijlstra", "Kleine vraag vanuit SodM: valt het waterstofproject van "
             "Gasunie in Delfzijl hier ook onder?"],
            ["04-03-2025 10:52", "Karin Dijkema", "Nee Bauke, dat loopt via het Programma Energiehoofdstructuur."],
            ["05-03-2025 14:15", "Fenna Kloosterman", "Karin, ik ben vanaf morgen een week ziek thuis "
             "(rugoperatie). Vragen graag naar mijn collega Dirk-Jan Heeringa."],
            ["05-03-2025 14:16", "Karin Dijkema", "Sterkte Fenna! Ik zet DJ in de cc."]]
    s.table(rows, [28, 32, 110])
    s.motivation("Medische gegevens zijn geweigerd op grond van artikel 5.1, eerste lid, onder d, van de Woo.")
    build_reportlab(path, s, title="Teams export netcongestie", author="Woo-team KGG")
    g.r("PERSON", "Karin Dijkema", "Karin Dijkema", "Karin", "Dijkema")
    g.r("PERSON", "Gerrit-Jan Mulder", "Gerrit-Jan Mulder", "Gerrit-Jan")
    g.r("PERSON", "Fenna Kloosterman", "Fenna Kloosterman", "Fenna")
    g.r("PERSON", "Bauke Zijlstra", "Bauke Zijlstra", "Bauke")
    g.r("PHONE", "06-29 41 77 03", "06-29 41 77 03")
    g.r("EMAIL", "fenna.kloosterman@enexis.nl", "fenna.kloosterman@enexis.nl")
    g.r("HEALTH", "ziek thuis (rugoperatie)", "rugoperatie")
    g.r("PERSON", "Dirk-Jan Heeringa", "Dirk-Jan Heeringa")
    g.r("INITIALS", "DJ", "DJ")
    g.k("ORG", "TenneT", "TenneT")
    g.k("ORG", "Enexis", "Enexis")
    g.k("ORG", "SodM", "SodM")
    g.k("ORG", "KGG", "KGG")
    g.k("ORG", "Gasunie", "Gasunie")
    g.k("SITE", "station Eemshaven Oudeschip", "Eemshaven Oudeschip")
    g.k("PLACE", "Delfzijl", "Delfzijl")
    g.k("PLACE", "Eemsdelta", "Eemsdelta")
    g.k("MAILBOX", "netcongestie@tennet.eu", "netcongestie@tennet.eu")
    g.k("PROGRAMME", "Programma Energiehoofdstructuur", "Programma Energiehoofdstructuur")
    g.k("PRODUCT", "Microsoft Teams", "Microsoft Teams")
    g.k("DOC", "Kamerbrief", "Kamerbrief")
    g.k("DATE", "04-03-2025", "04-03-2025 08:51")
    return g


# ============================================================================ cf07 Signal chat
@doc
def cf07(path: Path) -> Gold:
    g = Gold("cf07")
    s = Story("courier", 8.5)
    s.h("Signal-export: groep 'Herstel Gron. - kern'")
    s.p("Toelichting Woo-team: berichten tussen ambtenaren van BZK en KGG en de politiek assistent, "
        "exportbestand signal-2024-11-19.txt, omgezet naar PDF. Emoji's zijn weergegeven als tekst.")
    lines = [
        "[19-11-24 07:58] Thijs van der Molen: Wie gaat er mee naar Garrelsweer donderdag?",
        "[19-11-24 08:02] Marloes: ik. Rijd vanaf Zwolle, kan Jelle oppikken op Assen station",
        "[19-11-24 08:03] Jelle W.: top. mijn nummer voor de zekerheid 06 2318 4470",
        "[19-11-24 08:15] Thijs van der Molen: Stas wil na afloop nog even langs bij burgemeester "
        "Beukema op het gemeentehuis in Appingedam",
        "[19-11-24 08:16] Marloes: Ok. Let op: mevr. Groen-Bakker komt ook, ze is erg emotioneel over "
        "de afwijzing van het bezwaar. Ze heeft me gisteren 3x gebeld op 0596-628 417 (haar vaste nummer)",
        "[19-11-24 08:40] +31 6 1487 2290: Hoi, dit is Nynke Hiemstra (politiek assistent). Zijn de "
        "Kamervragen van Beckerman al beantwoord?",
        "[19-11-24 08:42] Thijs van der Molen: Nynke, nog niet. Concept staat klaar, gaat vandaag naar "
        "de DG.",
        "[19-11-24 09:10] Marloes: @Nynke wil de staatssecretaris ook Eddie van Marum als spreker op de "
        "bewonersavond? Of alleen René Paas?",
        "[19-11-24 09:12] Nynke Hiemstra: Van Marum spreekt zelf, Paas doet de opening.",
    ]
    for ln in lines:
        s.p(ln)
    s.motivation()
    build_reportlab(path, s, title="Signal export", author="")
    g.r("PERSON", "Thijs van der Molen", "Thijs van der Molen")
    g.r("PERSON", "Marloes Hoekstra-Brink", "Marloes")
    g.r("PERSON", "Jelle Wijbenga", "Jelle W.", "Jelle")
    g.r("PHONE", "06 2318 4470", "06 2318 4470")
    g.r("PERSON", "A. Groen-Bakker", "Groen-Bakker")
    g.r("PHONE", "0596-628 417", "0596-628 417")
    g.r("PHONE", "+31 6 1487 2290", "+31 6 1487 2290")
    g.r("PERSON", "Nynke Hiemstra", "Nynke Hiemstra", "Nynke")
    g.k("PERSON_PUBLIC", "burgemeester Beukema", "burgemeester Beukema")
    g.k("PERSON_PUBLIC", "Eddie van Marum", "Eddie van Marum", "Van Marum")
    g.k("PERSON_PUBLIC", "René Paas", "René Paas", "Paas")
    g.k("PERSON_PUBLIC", "Beckerman", "Beckerman")
    g.k("PLACE", "Garrelsweer", "Garrelsweer")
    g.k("PLACE", "Appingedam", "Appingedam")
    g.k("PLACE", "Zwolle", "Zwolle")
    g.k("ORG", "BZK", "BZK")
    g.k("ORG", "KGG", "KGG")
    g.k("ROLE", "politiek assistent", "politiek assistent")
    g.k("PRODUCT", "Signal", "Signal")
    return g


# ============================================================================ cf08 verslag BO
@doc
def cf08(path: Path) -> Gold:
    g = Gold("cf08")
    s = Story("dejaserif", 9.5)
    s.h("Verslag Bestuurlijk Overleg Groningen")
    s.kv([("Datum", "21 november 2024, 13.30-16.00 uur"),
          ("Locatie", "Provinciehuis Groningen, Martinikerkhof 12, Groningen"),
          ("Aanwezig", "René Paas (commissaris van de Koning, voorzitter), Eddie van Marum (staatssecretaris "
                       "Herstel Groningen), burgemeester Gerard Beukema (Eemsdelta), burgemeester Koen Schuiling "
                       "(Groningen), directeur IMG, Nationaal Coördinator Groningen"),
          ("Ambtelijk", "Jelle Wijbenga (BZK), Marloes Hoekstra-Brink (KGG), Sietske Oosterhuis (NCG), "
                        "Annemiek Bolhuis (IMG)"),
          ("Verslag", "Wieke Bakker-de Jong (secretariaat provincie)")])
    s.h2_("1. Opening en mededelingen")
    s.p("De voorzitter opent de vergadering. Hij meldt dat de Tweede Kamer op 12 november de motie-Nijboer over "
        "de doorlooptijden heeft aangenomen. Staatssecretaris Van Marum meldt dat de Kamerbrief over de "
        "Uitvoeringsagenda 'Nij Begun' half december verschijnt.")
    s.h2_("2. Voortgang schadeafhandeling")
    s.p("Het IMG licht de cijfers toe (bijlage 2). Burgemeester Beukema vraagt aandacht voor de bewoners van "
        "Garrelsweer met een gecombineerd schade- en versterkingsdossier. Hij noemt het dossier van de familie "
        "Groen als voorbeeld. Afgesproken wordt dat IMG en NCG deze dossiers samen oppakken.")
    s.h2_("3. Netcongestie en verduurzaming")
    s.p("TenneT en Enexis presenteren de stand van de netcongestie in de Eemsdelta. De commissaris van de Koning "
        "wijst erop dat de verduurzaming van versterkte woningen niet mag stranden op het net. Mevrouw "
        "Hoekstra-Brink licht toe dat KGG werkt aan een voorrangskader voor maatschappelijke aansluitingen.")
    s.br()
    s.h2_("4. Windpark Oostpolder-Eemsdelta")
    s.p("Gedeputeerde Susan Top meldt dat de provincie het ontwerp-inpassingsplan steunt, mits er een "
        "omwonendenfonds komt. Er zijn 61 zienswijzen binnengekomen. De staatssecretaris zegt toe dit in te "
        "brengen bij de minister van Klimaat en Groene Groei, Sophie Hermans.")
    s.h2_("5. Rondvraag")
    s.p("Burgemeester Schuiling vraagt aandacht voor de inwoners van de stad Groningen met schade. De heer "
        "Wijbenga zegt toe een overzicht te leveren. Mevrouw Bolhuis meldt dat het IMG een nieuw telefoonnummer "
        "voor complexe schades heeft: 0800 - 4000, keuze 3.")
    s.h2_("Actielijst")
    s.table([["Nr", "Actie", "Wie", "Wanneer"],
             ["24-31", "Gezamenlijk overzicht gecombineerde dossiers Garrelsweer", "SO / AB", "5 december"],
             ["24-32", "Conceptreactie motie-Nijboer afstemmen met provincie", "JW", "29 november"],
             ["24-33", "Voorrangskader netaansluitingen toelichten aan gemeenten", "MHB", "januari 2025"],
             ["24-34", "Uitnodiging bewonersavond Loppersum verspreiden", "WBdJ", "27 november"]],
            [15, 95, 25, 30])
    s.p("Volgende vergadering: 30 januari 2025, Eemsdeltahuis, Appingedam.")
    s.motivation()
    build_reportlab(path, s, title="Verslag BO Groningen 21-11-2024", author="W. Bakker-de Jong",
                    header="Provincie Groningen - verslag")
    g.r("PERSON", "Jelle Wijbenga", "Jelle Wijbenga", "Wijbenga")
    g.r("PERSON", "Marloes Hoekstra-Brink", "Marloes Hoekstra-Brink", "Hoekstra-Brink")
    g.r("PERSON", "Sietske Oosterhuis", "Sietske Oosterhuis")
    g.r("PERSON", "Annemiek Bolhuis", "Annemiek Bolhuis", "Bolhuis")
    g.r("PERSON", "Wieke Bakker-de Jong", "Wieke Bakker-de Jong")
    g.r("PERSON", "W. Bakker-de Jong", "W. Bakker-de Jong", where="metadata")
    g.r("PERSON", "familie Groen", "Groen")
    g.r("INITIALS", "SO / AB", "SO", "AB")
    g.r("INITIALS", "JW", "JW")
    g.r("INITIALS", "MHB", "MHB")
    g.r("INITIALS", "WBdJ", "WBdJ")
    g.k("PERSON_PUBLIC", "René Paas", "René Paas")
    g.k("PERSON_PUBLIC", "Eddie van Marum", "Eddie van Marum", "Van Marum")
    g.k("PERSON_PUBLIC", "Gerard Beukema", "Gerard Beukema", "Beukema")
    g.k("PERSON_PUBLIC", "Koen Schuiling", "Koen Schuiling")
    g.k("ROLE", "commissaris van de Koning", "commissaris van de Koning")
    g.k("ADDRESS_PUBLIC", "Martinikerkhof 12", "Martinikerkhof 12")
    g.k("PERSON_PUBLIC", "motie-Nijboer", "motie-Nijboer")
    g.k("PROGRAMME", "Nij Begun", "Nij Begun")
    g.k("ORG", "IMG", "IMG")
    g.k("ORG", "NCG", "NCG")
    g.k("ORG", "TenneT", "TenneT")
    g.k("ORG", "Enexis", "Enexis")
    g.k("PLACE", "Garrelsweer", "Garrelsweer")
    g.k("PLACE", "Loppersum", "Loppersum")
    g.k("BUILDING", "Eemsdeltahuis", "Eemsdeltahuis")
    g.k("REF", "24-31", "24-31")
    g.k("REF", "24-34", "24-34")
    g.k("DATE", "30 januari 2025", "30 januari 2025")
    g.k("ORG", "Tweede Kamer", "Tweede Kamer")
    g.k("PERSON_PUBLIC", "Gedeputeerde Susan Top", "Gedeputeerde Susan Top")
    g.k("PERSON_PUBLIC", "Sophie Hermans", "Sophie Hermans")
    g.k("PERSON_PUBLIC", "Burgemeester Schuiling", "Burgemeester Schuiling")
    g.k("PHONE_PUBLIC", "0800 - 4000", "0800 - 4000")
    g.k("PROGRAMME", "Windpark Oostpolder-Eemsdelta", "Windpark Oostpolder-Eemsdelta")
    return g


# ============================================================================ cf09 zienswijze windpark (form)
@doc
def cf09(path: Path) -> Gold:
    g = Gold("cf09")
    s = Story("helv", 9.5)
    s.sm("Bureau Energieprojecten | Rijkscoördinatieregeling | ontwerp-inpassingsplan en ontwerpbesluiten "
         "Windpark Oostpolder-Eemsdelta (invented project)")
    s.h("Reactieformulier zienswijze")
    s.p("Vul dit formulier in met blokletters. Uw zienswijze wordt gepubliceerd in de Nota van Antwoord zonder "
        "uw persoonsgegevens.")
    s.kv([("ACHTERNAAM", "BOUWKAMP"), ("VOORLETTERS", "H.J."), ("STRAAT EN HUISNUMMER", "ZEEDIJK 14"),
          ("POSTCODE EN PLAATS", "9981 TM UITHUIZEN"), ("TELEFOON", "0595 43 17 82"),
          ("E-MAIL", "hj.bouwkamp@kpnmail.nl"), ("NAMENS", "mede namens ANNE FOKKEMA, ZEEDIJK 16")],
         w1=50 * mm, w2=110 * mm)
    s.h2_("Mijn zienswijze")
    s.p("Wij wonen op 600 meter van de geplande turbine WT-07. Het ontwerp-inpassingsplan houdt geen rekening met "
        "de cumulatie van geluid van het bestaande Windpark Oostpolder en de nieuwe turbines van 250 meter "
        "tiphoogte. De minister van Klimaat en Groene Groei moet de normen uit de Omgevingswet toepassen zoals "
        "de Raad van State in de Nevele-uitspraak heeft bepaald.")
    s.p("Daarnaast is de slagschaduw op ons erf onaanvaardbaar. Mijn buurvrouw Fokkema heeft epilepsie en "
        "lichtflitsen kunnen bij haar een aanval uitlokken. Haar neuroloog in het UMCG kan dat bevestigen.")
    s.p("Ten slotte vragen wij om een eerlijke regeling voor omwonenden. Het Rijk en de provincie Groningen "
        "hebben in Nij Begun beloofd dat Groningers meeprofiteren van de energietransitie. Wij vragen een "
        "omwonendenfonds zoals bij Windpark Fryslân.")
    s.br()
    s.h2_("Ondertekening")
    s.kv([("DATUM", "3 februari 2025"), ("HANDTEKENING", "(handtekening aanwezig)"),
          ("NAAM", "H.J. Bouwkamp")], w1=50 * mm, w2=110 * mm)
    s.sm("Stuur het formulier naar: Bureau Energieprojecten, Inspraakpunt Windpark Oostpolder-Eemsdelta, "
         "Postbus 111, 2501 CC Den Haag, of via windparkoostpolder@bureau-energieprojecten.nl. "
         "Informatie: 070 379 8979 (Bureau Energieprojecten, op werkdagen).")
    s.sm("Ontvangen 5 februari 2025, registratienummer zienswijze ZW-0117.")
    s.motivation("Gegevens over de gezondheid zijn geweigerd op grond van artikel 5.1, eerste lid, onder d.")
    build_reportlab(path, s, title="Zienswijze ZW-0117", author="Harm Bouwkamp")
    g.r("PERSON", "H.J. Bouwkamp", "BOUWKAMP", "Bouwkamp")
    g.r("PERSON", "Harm Bouwkamp", "Harm Bouwkamp", where="metadata")
    g.r("ADDRESS", "ZEEDIJK 14, 9981 TM UITHUIZEN", "ZEEDIJK 14", "9981 TM")
    g.r("PHONE", "0595 43 17 82", "0595 43 17 82")
    g.r("EMAIL", "hj.bouwkamp@kpnmail.nl", "hj.bouwkamp@kpnmail.nl")
    g.r("PERSON", "Anne Fokkema", "ANNE FOKKEMA", "Fokkema")
    g.r("ADDRESS", "ZEEDIJK 16", "ZEEDIJK 16")
    g.r("HEALTH", "epilepsie", "epilepsie")
    g.r("INITIALS", "H.J.", "H.J.")
    g.k("ORG", "Bureau Energieprojecten", "Bureau Energieprojecten")
    g.k("PROGRAMME", "Windpark Oostpolder-Eemsdelta", "Windpark Oostpolder-Eemsdelta")
    g.k("LAW", "Rijkscoördinatieregeling", "Rijkscoördinatieregeling")
    g.k("LAW", "Omgevingswet", "Omgevingswet")
    g.k("ORG", "Raad van State", "Raad van State")
    g.k("ROLE", "minister van Klimaat en Groene Groei", "minister van Klimaat en Groene Groei")
    g.k("ORG", "UMCG", "UMCG")
    g.k("PROGRAMME", "Nij Begun", "Nij Begun")
    g.k("ORG", "Windpark Fryslân", "Windpark Fryslân")
    g.k("ADDRESS_PUBLIC", "Postbus 111, 2501 CC Den Haag", "Postbus 111")
    g.k("MAILBOX", "windparkoostpolder@bureau-energieprojecten.nl", "windparkoostpolder@bureau-energieprojecten.nl")
    g.k("PHONE_PUBLIC", "070 379 8979", "070 379 8979")
    g.k("REF", "ZW-0117", "ZW-0117")
    g.k("SITE", "WT-07", "WT-07")
    g.k("LABEL", "ACHTERNAAM", "ACHTERNAAM")
    g.k("ORG", "provincie Groningen", "provincie Groningen")
    return g


# ============================================================================ cf10 nota van antwoord
@doc
def cf10(path: Path) -> Gold:
    g = Gold("cf10")
    s = Story("libserif", 10)
    s.h("Nota van Antwoord zienswijzen Windpark Oostpolder-Eemsdelta (concept, intern)")
    s.p("Deze concept-nota is opgesteld door de projectgroep van het ministerie van Klimaat en Groene Groei, de "
        "provincie Groningen en de gemeente Het Hogeland. In de definitieve versie worden de namen van de "
        "indieners vervangen door een registratienummer. Projectleider: Rianne Sloots-Koopman (KGG).")
    s.table([["Nr", "Indiener", "Samenvatting zienswijze", "Reactie bevoegd gezag"],
             ["ZW-0117", "H.J. Bouwkamp, Uithuizen (mede namens A. Fokkema)",
              "Geluidcumulatie, slagschaduw, omwonendenfonds", "Zie thema 3 en 5. Het akoestisch onderzoek "
              "wordt aangevuld."],
             ["ZW-0121", "Stichting Windhinder Noord-Groningen", "Procedure en participatie",
              "Zie thema 1. De participatie voldoet aan de Omgevingswet."],
             ["ZW-0126", "M.J. Stoel en P. Hazewinkel, Oudeschip", "Waardedaling woning, netcongestie",
              "Zie thema 6. Een tegemoetkoming planschade is mogelijk."],
             ["ZW-0133", "familie Veenstra-de Haan, Roodeschool", "Slagschaduw en vogelsterfte",
              "Zie thema 4 en 7."],
             ["ZW-0140", "E. Nijenhuis, Usquert", "Gezondheid, slaapverstoring", "Zie thema 3."],
             ["ZW-0144", "Groninger Bodem Beweging", "Stapeling van lasten door gaswinning",
              "Zie thema 8. Het kabinet erkent de ereschuld aan Groningen."],
             ["ZW-0152", "D. Wierda-Kamminga, Warffum", "Aansluiting op het net van TenneT",
              "Zie thema 6."]],
            [18, 45, 50, 57])
    s.h2_("Thema 3 - Geluid en gezondheid")
    s.p("Meerdere indieners, onder wie de heer Bouwkamp en mevrouw Nijenhuis, vrezen gezondheidsschade. Mevrouw "
        "Nijenhuis schrijft dat zij al onder behandeling is wegens een burn-out en geen extra geluid verdraagt. "
        "Het bevoegd gezag neemt deze zorgen serieus. De turbines voldoen aan de landelijke norm van 47 dB Lden.")
    s.h2_("Thema 6 - Net en aansluiting")
    s.p("TenneT heeft bevestigd dat het windpark vanaf 2028 kan worden aangesloten op het hoogspanningsstation "
        "Eemshaven Oudeschip. Enexis ziet geen gevolgen voor kleinverbruikers. De heer Hazewinkel vraagt of zijn "
        "eigen zonnepanelen door het windpark worden teruggeregeld; dat is niet het geval.")
    s.h2_("Thema 8 - Stapeling")
    s.p("Het bevoegd gezag erkent dat bewoners van Noord-Groningen al jaren lasten dragen van de gaswinning door "
        "NAM. Staatssecretaris Van Marum en gedeputeerde Susan Top hebben toegezegd dat de opbrengsten deels "
        "naar een gebiedsfonds gaan.")
    s.p("Opgesteld door R. Sloots-Koopman en J.H. ten Have-Mellema (provincie Groningen), versie 0.4.")
    s.motivation()
    build_reportlab(path, s, title="Nota van Antwoord concept 0.4", author="KGG projectgroep")
    g.r("PERSON", "Rianne Sloots-Koopman", "Rianne Sloots-Koopman", "R. Sloots-Koopman")
    g.r("PERSON", "H.J. Bouwkamp", "H.J. Bouwkamp", "Bouwkamp")
    g.r("PERSON", "A. Fokkema", "A. Fokkema")
    g.r("PERSON", "M.J. Stoel", "M.J. Stoel")
    g.r("PERSON", "P. Hazewinkel", "P. Hazewinkel", "Hazewinkel")
    g.r("PERSON", "familie Veenstra-de Haan", "Veenstra-de Haan")
    g.r("PERSON", "E. Nijenhuis", "E. Nijenhuis", "Nijenhuis")
    g.r("PERSON", "D. Wierda-Kamminga", "D. Wierda-Kamminga")
    g.r("PERSON", "J.H. ten Have-Mellema", "J.H. ten Have-Mellema")
    g.r("HEALTH", "burn-out", "burn-out")
    g.k("PROGRAMME", "Windpark Oostpolder-Eemsdelta", "Windpark Oostpolder-Eemsdelta")
    g.k("ORG", "Stichting Windhinder Noord-Groningen", "Stichting Windhinder Noord-Groningen")
    g.k("ORG", "Groninger Bodem Beweging", "Groninger Bodem Beweging")
    g.k("PLACE", "gemeente Het Hogeland", "gemeente Het Hogeland")
    g.k("PLACE", "Oudeschip", "Oudeschip")
    g.k("PLACE", "Roodeschool", "Roodeschool")
    g.k("PLACE", "Usquert", "Usquert")
    g.k("PLACE", "Warffum", "Warffum")
    g.k("PLACE", "Uithuizen", "Uithuizen")
    g.k("REF", "ZW-0117", "ZW-0117")
    g.k("REF", "ZW-0152", "ZW-0152")
    g.k("ORG", "TenneT", "TenneT")
    g.k("ORG", "Enexis", "Enexis")
    g.k("ORG", "NAM", "NAM")
    g.k("PERSON_PUBLIC", "Staatssecretaris Van Marum", "Staatssecretaris Van Marum")
    g.k("PERSON_PUBLIC", "gedeputeerde Susan Top", "gedeputeerde Susan Top")
    g.k("LAW", "Omgevingswet", "Omgevingswet")
    g.k("TERM", "47 dB Lden", "47 dB Lden")
    g.k("ORG", "provincie Groningen", "provincie Groningen")
    return g


# ============================================================================ cf11 Enexis letter grid congestion
@doc
def cf11(path: Path) -> Gold:
    g = Gold("cf11")
    s = Story("libsans", 10)
    s.sm("Enexis Netbeheer B.V. | Postbus 856, 5201 AW 's-Hertogenbosch | Klantenservice 088 857 7000")
    s.sp(10)
    s.p("Loonbedrijf De Eendracht V.O.F.\nt.a.v. de heer L. Sikkema\n"
        "Lutjeweg 5\n9921 TE Stedum")
    s.kv([("Datum", "17 februari 2025"), ("Ons kenmerk", "ENX-TV-2025-004431"),
          ("Klantnummer", "K 88 210 457"), ("EAN-code", EAN_SIKKEMA),
          ("Behandeld door", "F. Kloosterman, adviseur netstrategie"), ("Doorkiesnummer", "(088) 857 13 96")])
    s.p("Geachte heer Sikkema,")
    s.p("U heeft op 6 januari 2025 een aanvraag gedaan voor een verzwaring van uw aansluiting naar 3 x 160 A, "
        "voor de laadpunten van uw elektrische trekkers en een zonnedak van 420 kWp. Helaas kunnen wij uw "
        "aanvraag op dit moment niet volledig honoreren. Het middenspanningsnet in de regio Stedum en Loppersum "
        "is overbelast. TenneT heeft voor het station Groningen-Zuid een transportbeperking afgekondigd.")
    s.p("Wij plaatsen u op de wachtrij. Uw positie is 31. Wij hebben ook gekeken naar een flexibel "
        "contract (non-firm ATO) volgens de Codebesluiten van de ACM. Mijn collega Dirk-Jan Heeringa neemt "
        "hierover contact met u op.")
    s.p("Heeft u vragen, bel mij dan op mijn doorkiesnummer of mail naar grootzakelijk@enexis.nl. Vermeld "
        "daarbij het kenmerk ENX-TV-2025-004431.")
    s.p("Met vriendelijke groet,\n\nFenna Kloosterman\nadviseur netstrategie, Enexis Netbeheer")
    s.motivation()
    build_reportlab(path, s, title="Brief wachtrij", author="Kloosterman, F. (Enexis)")
    g.r("PERSON", "L. Sikkema", "L. Sikkema", "Sikkema")
    g.r("ADDRESS", "Lutjeweg 5, 9921 TE Stedum", "Lutjeweg 5", "9921 TE")
    g.r("CLIENT_NUMBER", "K 88 210 457", "K 88 210 457")
    g.r("EAN", EAN_SIKKEMA, EAN_SIKKEMA)
    g.r("PERSON", "F. Kloosterman", "F. Kloosterman", "Fenna Kloosterman")
    g.r("PHONE", "(088) 857 13 96", "(088) 857 13 96")
    g.r("PERSON", "Dirk-Jan Heeringa", "Dirk-Jan Heeringa")
    g.r("PERSON", "Kloosterman, F. (Enexis)", "Kloosterman, F.", where="metadata")
    g.k("ORG", "Enexis Netbeheer B.V.", "Enexis Netbeheer B.V.")
    g.k("PHONE_PUBLIC", "088 857 7000", "088 857 7000")
    g.k("REF", "ENX-TV-2025-004431", "ENX-TV-2025-004431")
    g.k("ORG", "TenneT", "TenneT")
    g.k("SITE", "Groningen-Zuid", "Groningen-Zuid")
    g.k("ORG", "ACM", "ACM")
    g.k("MAILBOX", "grootzakelijk@enexis.nl", "grootzakelijk@enexis.nl")
    g.k("ROLE", "adviseur netstrategie", "adviseur netstrategie")
    g.k("PLACE", "regio Stedum en Loppersum", "regio Stedum en Loppersum")
    g.k("TERM", "non-firm ATO", "non-firm ATO")
    g.k("ADDRESS_PUBLIC", "Postbus 856", "Postbus 856")
    return g


# ============================================================================ cf12 aanvraagformulier with form fields
@doc
def cf12(path: Path) -> Gold:
    g = Gold("cf12")
    s = Story("helv", 9.5)
    s.sm("Enexis Netbeheer | Aanvraag wijziging aansluiting kleinverbruik (woning) | formulier AK-12")
    s.h("Aanvraag verzwaring aansluiting i.v.m. warmtepomp")
    s.p("Dit formulier hoort bij de regeling Verduurzaming versterkte woningen in Groningen (NCG en Enexis). "
        "De velden hieronder zijn digitaal ingevuld door de aanvrager; de waarden staan in het formulier.")
    s.kv([("Naam aanvrager", ""), ("Adres", ""), ("EAN-code aansluiting", ""), ("Telefoon", ""),
          ("Gewenste capaciteit", "3 x 25 A")], w1=50 * mm, w2=110 * mm)
    s.p("Toelichting van de aanvrager (overgenomen door de medewerker klantcontact): mijn woning aan de "
        "Schoolstraat in 't Zandt is in 2023 versterkt door de NCG. Ik wil een hybride warmtepomp en een "
        "inductiekookplaat. Ik heb een beperking (COPD) en kan niet meer op gas koken. — S. Bosma")
    s.p("EAN-code volgens het klantportaal: " + EAN_BOSMA + ". Huidige aansluiting 1 x 35 A. "
        "Netvlakte: laagspanning, geen congestie gemeld door Enexis.")
    s.p("Beoordeling Enexis: akkoord, uitvoering binnen 18 weken. Behandelaar: T. Wolters (klantcontact, "
        "toestel 4471). Vragen: 088 857 7000 of klantenservice@enexis.nl.")
    s.motivation("Gegevens over de gezondheid zijn geweigerd op grond van artikel 5.1, eerste lid, onder d.")
    build_reportlab(path, s, title="Formulier AK-12", author="Enexis klantportaal")
    # the kv table rows sit at the top; put the filled-in values only in form fields (hidden channel)
    import pdfplumber
    with pdfplumber.open(str(path)) as pl:
        pg = pl.pages[0]
        H = float(pg.height)
        words = pg.extract_words()

        def row(label):
            w = next(w for w in words if w["text"] == label)
            return [200, H - w["bottom"] - 2, 480, H - w["top"] + 2]
        rects = [row("aanvrager"), row("Adres"), row("Telefoon")]
    add_text_fields(path, 0, [("naam_aanvrager", "Sjoukje Bosma-Hiemstra", rects[0]),
                              ("adres", "Schoolstraat 9, 9912 PA 't Zandt", rects[1]),
                              ("telefoon", "06-53 88 21 07", rects[2])])
    g.r("PERSON", "Sjoukje Bosma-Hiemstra", "Sjoukje Bosma-Hiemstra", where="annotations")
    g.r("ADDRESS", "Schoolstraat 9, 9912 PA 't Zandt", "Schoolstraat 9", "9912 PA", where="annotations")
    g.r("PHONE", "06-53 88 21 07", "06-53 88 21 07", where="annotations")
    g.r("PERSON", "S. Bosma", "S. Bosma")
    g.r("EAN", EAN_BOSMA, EAN_BOSMA)
    g.r("HEALTH", "COPD", "COPD")
    g.r("PERSON", "T. Wolters", "T. Wolters")
    g.r("PHONE", "toestel 4471", "4471")
    g.k("ORG", "Enexis", "Enexis")
    g.k("ORG", "NCG", "NCG")
    g.k("PROGRAMME", "Verduurzaming versterkte woningen", "Verduurzaming versterkte woningen")
    g.k("PHONE_PUBLIC", "088 857 7000", "088 857 7000")
    g.k("MAILBOX", "klantenservice@enexis.nl", "klantenservice@enexis.nl")
    g.k("REF", "AK-12", "AK-12")
    g.k("LABEL", "EAN-code aansluiting", "EAN-code aansluiting")
    g.k("TERM", "3 x 25 A", "3 x 25 A")
    g.k("PLACE", "'t Zandt", "Schoolstraat in 't Zandt")
    return g


# ============================================================================ cf13 handwritten note (scan)
@doc
def cf13(path: Path) -> Gold:
    g = Gold("cf13")
    from reportlab.lib.pagesizes import A5
    from reportlab.pdfgen import canvas
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "hand.pdf"
        c = canvas.Canvas(str(src), pagesize=A5)
        w, h = A5
        c.setFont("Femke", 17)
        lines = ["Loppersum, 12 maart 2025",
                 "",
                 "Geachte burgemeester Beukema,",
                 "",
                 "Wij wachten nu al twee jaar op het IMG.",
                 "Mijn man Wiebe slaapt niet meer en",
                 "ik ben bij de psycholoog voor stress.",
                 "Wilt u ons helpen? Ons schadenummer",
                 "is SN-2021-055310.",
                 "",
                 "Froukje Oosterhuis",
                 "Meedenerweg 3, Wirdum",
                 "tel. 06 38 21 94 55"]
        y = h - 60
        for ln in lines:
            c.drawString(40, y, ln)
            y -= 30
        c.showPage()
        c.save()
        scan_pdf(path, src, seed=13, dpi=200, angle=-1.1, quality=60, noise=10)
    set_meta(path, producer="HP ScanJet Pro 3600")
    g.r("PERSON", "Froukje Oosterhuis", "Froukje", where="ocr")
    g.r("CLAIM_NUMBER", "SN-2021-055310", "055310", where="ocr")
    g.r("HEALTH", "psycholoog voor stress", "psycholoog", where="ocr")
    return g


# ============================================================================ cf14 signed letter (scan)
@doc
def cf14(path: Path) -> Gold:
    g = Gold("cf14")
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "letter.pdf"
        s = Story("times", 11.5)
        s.sm("Nationaal Coördinator Groningen", "Postbus 5100, 9700 GC Groningen", "T 088 - 041 4900")
        s.sp(14)
        s.p("Mevrouw A. Wiersma-Bos\nTjamsweersterweg 12\n9901 AJ Appingedam")
        s.sp(8)
        s.p("Datum: 28 januari 2025\nKenmerk: NCG/VS/2025/01877\nOnderwerp: uitkomst beoordeling "
            "versterking")
        s.p("Geachte mevrouw Wiersma-Bos,")
        s.p("De Nationaal Coördinator Groningen heeft uw woning aan de Tjamsweersterweg 12 beoordeeld. Uw woning "
            "voldoet niet aan de veiligheidsnorm. U komt in aanmerking voor versterking. Uw bouwkundig "
            "begeleider is de heer Sjoerd Haaksma, telefoon 06 - 1290 4438.")
        s.p("Wij begrijpen dat de gezondheid van uw man dit voor u extra zwaar maakt. U kunt ook terecht bij "
            "het Gronings Perspectief voor ondersteuning.")
        s.p("Met vriendelijke groet,")
        s.items.append(_Signature("J. Kuipers"))
        s.p("drs. J.A. Kuipers-Wolthuis\nafdelingshoofd Versterking")
        build_reportlab(src, s)
        scan_pdf(path, src, seed=14, dpi=200, angle=0.6, quality=50, noise=16)
    g.r("PERSON", "A. Wiersma-Bos", "Wiersma-Bos", where="ocr")
    g.r("ADDRESS", "Tjamsweersterweg 12", "Tjamsweersterweg", where="ocr")
    g.r("ADDRESS", "9901 AJ", "9901 AJ", where="ocr")
    g.r("PERSON", "Sjoerd Haaksma", "Haaksma", where="ocr")
    g.r("PHONE", "06 - 1290 4438", "1290 4438", where="ocr")
    g.r("PERSON", "J.A. Kuipers-Wolthuis", "Kuipers-Wolthuis", where="ocr")
    return g


from reportlab.platypus import Flowable  # noqa: E402


class _Signature(Flowable):
    """A handwritten signature (Dkg handwriting font, slanted) with a scribble under it."""

    def __init__(self, text):
        super().__init__()
        self.text = text
        self.width, self.height = 200, 40

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFont("Dkg", 22)
        c.translate(10, 12)
        c.rotate(6)
        c.drawString(0, 0, self.text)
        c.setLineWidth(1.2)
        p = c.beginPath()
        p.moveTo(-5, -6)
        p.curveTo(40, -14, 90, 4, 140, -8)
        c.drawPath(p, stroke=1, fill=0)
        c.restoreState()


# ============================================================================ cf15 docx via LibreOffice
@doc
def cf15(path: Path) -> Gold:
    g = Gold("cf15")

    def fill(d):
        d.add_heading("Memo", level=1)
        t = d.add_table(rows=5, cols=2)
        rows = [("Aan", "Directieoverleg NCG"), ("Van", "Tjitske van der Wal, adviseur communicatie"),
                ("Datum", "6 november 2024"), ("Kenmerk", "NCG/COM/2024/3312"),
                ("Onderwerp", "Bewonersavond versterking Loppersum en Garrelsweer, 28 november 2024")]
        for i, (a, b) in enumerate(rows):
            t.cell(i, 0).text = a
            t.cell(i, 1).text = b
        d.add_heading("Aanleiding", level=2)
        d.add_paragraph("Op 28 november 2024 organiseren de NCG, het IMG en de gemeente Eemsdelta een "
                        "bewonersavond in dorpshuis De Snikke in Garrelsweer. Staatssecretaris Eddie van Marum "
                        "en burgemeester Gerard Beukema zijn aanwezig. De commissaris van de Koning opent.")
        d.add_heading("Draaiboek", level=2)
        for item in ["19.00 uur inloop; ontvangst door Tjitske en Hidde Pama (IMG)",
                     "19.30 uur opening door René Paas",
                     "19.40 uur toelichting Versterkingsprogramma door Sietske Oosterhuis",
                     "20.15 uur vragen uit de zaal, gespreksleider Jorien Smit-Tuinstra (extern bureau "
                     "Noorderlicht Communicatie, 06 41 08 77 26)",
                     "21.30 uur afsluiting"]:
            d.add_paragraph(item, style="List Bullet")
        d.add_heading("Aandachtspunten", level=2)
        d.add_paragraph("Er zijn signalen dat de heer J. van Zeerijp en de familie Groen het woord willen "
                        "voeren. De heer Van Zeerijp heeft in de media gezegd dat hij 'door het IMG ziek is "
                        "geworden'. Wij adviseren vooraf contact op te nemen. Bewoners die vooraf een vraag "
                        "willen stellen, kunnen mailen naar bewonersavond@nationaalcoordinatorgroningen.nl.")
        d.add_paragraph("Pers: vragen van RTV Noord en het Dagblad van het Noorden gaan via de woordvoering "
                        "van de NCG (088 - 041 4900). De Groninger Bodem Beweging heeft een spandoekactie "
                        "aangekondigd.")
        d.add_paragraph("Contact: Tjitske van der Wal, T 06-12 77 40 93, t.vanderwal@nationaalcoordinatorgroningen.nl")
        d.add_heading(MOT, level=2)
        d.add_paragraph("Motivering")
        d.add_paragraph("In de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van ambtenaren "
                        "geanonimiseerd.")

    build_docx_pdf(path, fill, author="Wal, Tjitske van der", title="Memo bewonersavond")
    g.r("PERSON", "Tjitske van der Wal", "Tjitske van der Wal", "Tjitske")
    g.r("PERSON", "Wal, Tjitske van der", "Wal, Tjitske van der", where="metadata")
    g.r("PERSON", "Hidde Pama", "Hidde Pama")
    g.r("PERSON", "Sietske Oosterhuis", "Sietske Oosterhuis")
    g.r("PERSON", "Jorien Smit-Tuinstra", "Jorien Smit-Tuinstra")
    g.r("PHONE", "06 41 08 77 26", "06 41 08 77 26")
    g.r("PERSON", "J. van Zeerijp", "J. van Zeerijp", "Van Zeerijp")
    g.r("PERSON", "familie Groen", "Groen")
    g.r("PHONE", "06-12 77 40 93", "06-12 77 40 93")
    g.r("EMAIL", "t.vanderwal@nationaalcoordinatorgroningen.nl", "t.vanderwal@nationaalcoordinatorgroningen.nl")
    g.k("ORG", "NCG", "NCG")
    g.k("ORG", "IMG", "IMG")
    g.k("PLACE", "gemeente Eemsdelta", "gemeente Eemsdelta")
    g.k("BUILDING", "dorpshuis De Snikke", "De Snikke")
    g.k("PERSON_PUBLIC", "Eddie van Marum", "Staatssecretaris Eddie van Marum")
    g.k("PERSON_PUBLIC", "Gerard Beukema", "burgemeester Gerard Beukema")
    g.k("PERSON_PUBLIC", "René Paas", "René Paas")
    g.k("PROGRAMME", "Versterkingsprogramma", "Versterkingsprogramma")
    g.k("ORG", "Noorderlicht Communicatie", "Noorderlicht Communicatie")
    g.k("MAILBOX", "bewonersavond@nationaalcoordinatorgroningen.nl", "bewonersavond@nationaalcoordinatorgroningen.nl")
    g.k("ORG", "RTV Noord", "RTV Noord")
    g.k("ORG", "Dagblad van het Noorden", "Dagblad van het Noorden")
    g.k("PHONE_PUBLIC", "088 - 041 4900", "088 - 041 4900")
    g.k("ORG", "Groninger Bodem Beweging", "Groninger Bodem Beweging")
    g.k("REF", "NCG/COM/2024/3312", "NCG/COM/2024/3312")
    g.k("PLACE", "Garrelsweer", "Garrelsweer")
    g.k("ROLE", "adviseur communicatie", "adviseur communicatie")
    g.k("DATE", "28 november 2024", "28 november 2024")
    return g


# ============================================================================ cf16 antwoorden Kamervragen
@doc
def cf16(path: Path) -> Gold:
    g = Gold("cf16")
    s = Story("dejaserif", 10)
    s.sm("> Retouradres Postbus 20011 2500 EA Den Haag")
    s.p("De Voorzitter van de Tweede Kamer der Staten-Generaal\nPostbus 20018\n2500 EA Den Haag")
    s.kv([("Datum", "10 december 2024"), ("Betreft", "Beantwoording Kamervragen van de leden Beckerman (SP) en "
                                                      "Nijboer (GroenLinks-PvdA) over doorlooptijden bij het IMG"),
          ("Ons kenmerk", "2024-0000712233"), ("Uw kenmerk", "2024Z17654")])
    s.p("Hierbij beantwoord ik, mede namens de minister van Klimaat en Groene Groei, de vragen van de leden "
        "Beckerman (SP) en Nijboer (GroenLinks-PvdA) over de doorlooptijden bij het Instituut Mijnbouwschade "
        "Groningen (ingezonden 15 november 2024).")
    s.h2_("Vraag 1")
    s.p("Bent u bekend met het bericht 'Boer uit Garrelsweer wacht al twee jaar op IMG' in het Dagblad van het "
        "Noorden?")
    s.h2_("Antwoord 1")
    s.p("Ja. Ik ga niet in op individuele dossiers. In algemene zin geldt dat het IMG op grond van de Tijdelijke "
        "wet Groningen onafhankelijk beslist over schadeaanvragen.")
    s.h2_("Vraag 2")
    s.p("Deelt u de mening dat de motie-Grinwis/Six Dijkstra over een maximale termijn van één jaar zo snel "
        "mogelijk moet worden uitgevoerd?")
    s.h2_("Antwoord 2")
    s.p("Ja. Ik heb met het IMG afgesproken dat vanaf 1 juli 2025 een streeftermijn van één jaar geldt. Ik "
        "informeer uw Kamer daarover in de volgende voortgangsbrief Nij Begun, die ik samen met de commissaris "
        "van de Koning in Groningen, de heer Paas, en de Groninger gemeenten opstel.")
    s.h2_("Vraag 3")
    s.p("Kunt u deze vragen beantwoorden vóór het commissiedebat Mijnbouw/Groningen?")
    s.h2_("Antwoord 3")
    s.p("Ja.")
    s.sp(8)
    s.p("De staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties - Herstel Groningen,\n\n\n"
        "E. van Marum")
    s.sp(10)
    s.sm("Opgesteld door: directie Herstel Groningen, behandeld door mr. D.E. Sijbesma-Kort, "
         "telefoon 070 - 426 61 39, dieuwke.sijbesma@minbzk.nl. Algemeen: Rijksoverheid 1400.")
    s.motivation()
    build_reportlab(path, s, title="Beantwoording Kamervragen 2024Z17654", author="Sijbesma-Kort, D.E.")
    g.r("PERSON", "D.E. Sijbesma-Kort", "D.E. Sijbesma-Kort")
    g.r("PERSON", "Sijbesma-Kort, D.E.", "Sijbesma-Kort, D.E.", where="metadata")
    g.r("PHONE", "070 - 426 61 39", "070 - 426 61 39")
    g.r("EMAIL", "dieuwke.sijbesma@minbzk.nl", "dieuwke.sijbesma@minbzk.nl")
    g.k("PERSON_PUBLIC", "Beckerman", "Beckerman")
    g.k("PERSON_PUBLIC", "Nijboer", "Nijboer")
    g.k("PERSON_PUBLIC", "motie-Grinwis/Six Dijkstra", "Grinwis", "Six Dijkstra")
    g.k("PERSON_PUBLIC", "E. van Marum", "E. van Marum")
    g.k("PERSON_PUBLIC", "de heer Paas", "Paas")
    g.k("ORG", "Tweede Kamer der Staten-Generaal", "Tweede Kamer der Staten-Generaal")
    g.k("REF", "2024-0000712233", "2024-0000712233")
    g.k("REF", "2024Z17654", "2024Z17654")
    g.k("ORG", "Instituut Mijnbouwschade Groningen", "Instituut Mijnbouwschade Groningen")
    g.k("LAW", "Tijdelijke wet Groningen", "Tijdelijke wet Groningen")
    g.k("PROGRAMME", "Nij Begun", "Nij Begun")
    g.k("ORG", "Dagblad van het Noorden", "Dagblad van het Noorden")
    g.k("PLACE", "Garrelsweer", "Garrelsweer")
    g.k("ROLE", "minister van Klimaat en Groene Groei", "minister van Klimaat en Groene Groei")
    g.k("PHONE_PUBLIC", "Rijksoverheid 1400", "1400")
    g.k("ORG", "directie Herstel Groningen", "directie Herstel Groningen")
    g.k("ADDRESS_PUBLIC", "Postbus 20018", "Postbus 20018")
    return g
