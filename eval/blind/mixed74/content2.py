"""Documents cf17-cf33 (registered into content.DOCS)."""
from content import *  # noqa: F401,F403
from content import doc, DOCS  # noqa: F401

import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

from reportlab.lib.units import mm  # noqa: E402

from lib import (Gold, Story, add_note, add_outline, build_reportlab, make_bsn, make_iban,  # noqa: E402
                 scan_pdf, set_meta)


# ============================================================================ cf17 klacht IMG with health data
@doc
def cf17(path: Path) -> Gold:
    g = Gold("cf17")
    s = Story("times", 11)
    s.sm("Klachtenformulier Instituut Mijnbouwschade Groningen - ingediend via Mijn IMG op 3 april 2025")
    s.h("Klacht over de behandeling van mijn schadedossier")
    s.kv([("Naam", "Klaas Dijkstra"), ("Geboortedatum", "14-08-1957"), ("Adres", "Hoofdstraat 88, 9991 AC Middelstum"),
          ("Telefoon", "0595 - 55 12 90 / 06 1733 2846"), ("E-mail", "kdijkstra57@ziggo.nl"),
          ("Schadenummer", "SN-2022-101992"), ("IBAN (voor vergoeding)", IBAN_DIJKSTRA)], w1=45 * mm, w2=115 * mm)
    s.p("Sinds de beving van Huizinge en later die van Zeerijp in 2018 heb ik scheuren in mijn woning. Ik heb in "
        "2022 schade gemeld. De deskundige kwam pas na elf maanden. Uw medewerker mevrouw Bolhuis heeft mij "
        "drie keer een nieuwe termijn genoemd en is nooit teruggekomen.")
    s.p("Door alle onzekerheid heb ik hartritmestoornissen gekregen en ben ik sinds oktober 2024 onder behandeling "
        "bij de cardioloog in het Martini Ziekenhuis. Mijn huisarts, dokter Wolthuis in Middelstum, heeft mij "
        "geadviseerd deze klacht in te dienen. Ik gebruik nu ook antidepressiva.")
    s.p("Ik wil dat het IMG (1) excuses maakt, (2) binnen vier weken een besluit neemt en (3) mij een "
        "vergoeding voor immateriële schade toekent. Ik heb ook de Nationale ombudsman en mijn Kamerlid, "
        "de heer Nijboer, op de hoogte gebracht.")
    s.p("Met vriendelijke groet,\nK. Dijkstra")
    s.h2_("Registratie (door IMG in te vullen)")
    s.kv([("Klachtnummer", "KL-2025-00418"), ("Klachtbehandelaar", "mr. Yvonne Brouwer-Ter Horst"),
          ("Ontvangstbevestiging", "7 april 2025"), ("Afdeling", "Klachtbehandeling, klachten@schadedoormijnbouw.nl")],
         w1=45 * mm, w2=115 * mm)
    s.br()
    s.sm("Instituut Mijnbouwschade Groningen | Postbus 2020, 9704 CA Groningen")
    s.p("De heer K. Dijkstra\nHoofdstraat 88\n9991 AC Middelstum")
    s.kv([("Datum", "7 april 2025"), ("Klachtnummer", "KL-2025-00418"), ("Onderwerp", "Ontvangstbevestiging klacht")])
    s.p("Geachte heer Dijkstra,")
    s.p("Wij hebben uw klacht van 3 april 2025 ontvangen. Het spijt ons dat u zo lang op een besluit wacht. Uw "
        "klacht wordt behandeld door mr. Brouwer-Ter Horst. Zij neemt binnen twee weken telefonisch contact met "
        "u op, op het nummer 06 1733 2846 dat u heeft opgegeven. Uw klacht gaat over een gedraging van een "
        "medewerker; die medewerker krijgt de gelegenheid om te reageren (hoor en wederhoor, artikel 9:10 Awb).")
    s.p("Wij wijzen u erop dat u voor ondersteuning ook terecht kunt bij "
        "het Gronings Perspectief en bij het Mijnbouwloket (0800 - 6025).")
    s.p("Met vriendelijke groet,\nInstituut Mijnbouwschade Groningen, afdeling Klachtbehandeling")
    s.motivation("Gegevens over de gezondheid zijn geweigerd op grond van artikel 5.1, eerste lid, onder d, van "
                 "de Woo.")
    build_reportlab(path, s, title="Klacht KL-2025-00418", author="Mijn IMG")
    g.r("PERSON", "Klaas Dijkstra", "Klaas Dijkstra", "K. Dijkstra", "Dijkstra")
    g.r("DATE_OF_BIRTH", "14-08-1957", "14-08-1957")
    g.r("ADDRESS", "Hoofdstraat 88, 9991 AC Middelstum", "Hoofdstraat 88", "9991 AC")
    g.r("PHONE", "0595 - 55 12 90", "0595 - 55 12 90")
    g.r("PHONE", "06 1733 2846", "06 1733 2846")
    g.r("EMAIL", "kdijkstra57@ziggo.nl", "kdijkstra57@ziggo.nl")
    g.r("CLAIM_NUMBER", "SN-2022-101992", "SN-2022-101992")
    g.r("IBAN", IBAN_DIJKSTRA, IBAN_DIJKSTRA)
    g.r("PERSON", "mevrouw Bolhuis", "Bolhuis")
    g.r("HEALTH", "hartritmestoornissen", "hartritmestoornissen")
    g.r("HEALTH", "cardioloog", "cardioloog")
    g.r("HEALTH", "antidepressiva", "antidepressiva")
    g.r("PERSON", "dokter Wolthuis", "Wolthuis")
    g.r("PERSON", "Yvonne Brouwer-Ter Horst", "Yvonne Brouwer-Ter Horst", "Brouwer-Ter Horst")
    g.k("ORG", "Instituut Mijnbouwschade Groningen", "Instituut Mijnbouwschade Groningen")
    g.k("ORG", "IMG", "IMG")
    g.k("PLACE", "Huizinge", "Huizinge")
    g.k("PLACE", "Zeerijp", "Zeerijp")
    g.k("ORG", "Martini Ziekenhuis", "Martini Ziekenhuis")
    g.k("ORG", "Nationale ombudsman", "Nationale ombudsman")
    g.k("PERSON_PUBLIC", "Kamerlid Nijboer", "Nijboer")
    g.k("REF", "KL-2025-00418", "KL-2025-00418")
    g.k("MAILBOX", "klachten@schadedoormijnbouw.nl", "klachten@schadedoormijnbouw.nl")
    g.k("PRODUCT", "Mijn IMG", "Mijn IMG")
    g.k("LABEL", "Schadenummer", "Schadenummer")
    g.k("ORG", "Gronings Perspectief", "Gronings Perspectief")
    g.k("ORG", "Mijnbouwloket", "Mijnbouwloket")
    g.k("PHONE_PUBLIC", "0800 - 6025", "0800 - 6025")
    g.k("LAW", "artikel 9:10 Awb", "9:10 Awb")
    return g


# ============================================================================ cf18 telefoonnotities
@doc
def cf18(path: Path) -> Gold:
    g = Gold("cf18")
    s = Story("carlito", 10.5)
    s.h("Telefoonnotities Mijnbouwloket - week 7 (2025)")
    s.p("Verzameld door de frontoffice van het Mijnbouwloket voor het wekelijkse overleg met IMG, NCG en "
        "SodM. Het Mijnbouwloket is bereikbaar via 0800 - 6025 (gratis, werkdagen).")
    s.table([["Datum", "Beller", "Nummer", "Onderwerp", "Door"],
             ["10-02", "dhr. Menno Veenstra (Roodeschool)", "0595-412 367", "Vraagt naar stand versterking, "
              "boos over planning", "LdB"],
             ["10-02", "mw. Aaltje Wiersma (Appingedam)", "+31 (0)596 62 98 14", "Zorgen om schoonvader met "
              "dementie bij verhuizing naar wisselwoning", "LdB"],
             ["11-02", "dhr. R. ten Have (Wirdum)", "06-18 27 36 45", "Schadenummer SN-2024-004981, wil "
              "second opinion", "GH"],
             ["12-02", "mw. Ietje Groen (Garrelsweer)", "0031 6 4477 8102", "Dochter van fam. Groen, belt "
              "namens ouders", "GH"],
             ["13-02", "Dhr. Van Loppersum, Jurjen", "050 - 5 77 30 12", "Geen familie van het dorp ;-) wil "
              "weten of Loppersum ook onder Nij Begun valt", "LdB"],
             ["14-02", "Woordvoerder Groninger Gasberaad", "050-3131333 (algemeen)", "Vraag over "
              "Kamerdebat", "GH"]],
            [14, 42, 32, 62, 12])
    s.p("Afgehandeld door: LdB = Lotte de Bruijn, GH = Geke Hummel (beiden frontoffice). Terugbelverzoeken "
        "gaan via info@mijnbouwloket.nl.")
    s.motivation("Gegevens over de gezondheid van een derde zijn geweigerd op grond van artikel 5.1, eerste "
                 "lid, onder d, van de Woo.")
    build_reportlab(path, s, title="Telefoonnotities week 7", author="Frontoffice Mijnbouwloket")
    g.r("PERSON", "Menno Veenstra", "Menno Veenstra")
    g.r("PHONE", "0595-412 367", "0595-412 367")
    g.r("PERSON", "Aaltje Wiersma", "Aaltje Wiersma")
    g.r("PHONE", "+31 (0)596 62 98 14", "+31 (0)596 62 98 14")
    g.r("HEALTH", "dementie", "dementie")
    g.r("PERSON", "R. ten Have", "R. ten Have")
    g.r("PHONE", "06-18 27 36 45", "06-18 27 36 45")
    g.r("CLAIM_NUMBER", "SN-2024-004981", "SN-2024-004981")
    g.r("PERSON", "Ietje Groen", "Ietje Groen", "Groen")
    g.r("PHONE", "0031 6 4477 8102", "0031 6 4477 8102")
    g.r("PERSON", "Jurjen van Loppersum", "Van Loppersum, Jurjen")
    g.r("PHONE", "050 - 5 77 30 12", "050 - 5 77 30 12")
    g.r("INITIALS", "LdB", "LdB")
    g.r("INITIALS", "GH", "GH")
    g.r("PERSON", "Lotte de Bruijn", "Lotte de Bruijn")
    g.r("PERSON", "Geke Hummel", "Geke Hummel")
    g.k("ORG", "Mijnbouwloket", "Mijnbouwloket")
    g.k("PHONE_PUBLIC", "0800 - 6025", "0800 - 6025")
    g.k("PHONE_PUBLIC", "050-3131333", "050-3131333")
    g.k("ORG", "Groninger Gasberaad", "Groninger Gasberaad")
    g.k("PLACE", "Loppersum ook onder", "Loppersum ook onder")
    g.k("PROGRAMME", "Nij Begun", "Nij Begun")
    g.k("MAILBOX", "info@mijnbouwloket.nl", "info@mijnbouwloket.nl")
    g.k("PLACE", "Roodeschool", "Roodeschool")
    g.k("PLACE", "Appingedam", "Appingedam")
    g.k("PLACE", "Wirdum", "Wirdum")
    g.k("ORG", "SodM", "SodM")
    g.k("ROLE", "Woordvoerder", "Woordvoerder")
    return g


# ============================================================================ cf19 presentielijst
@doc
def cf19(path: Path) -> Gold:
    g = Gold("cf19")
    s = Story("helv", 9.5)
    s.h("Presentielijst informatieavond netcongestie en verduurzaming")
    s.p("Datum: 4 februari 2025, 19.30 uur. Locatie: MFC De Blinkert, Loppersum. Organisatie: gemeente Eemsdelta, "
        "Enexis Netbeheer en Energiecoöperatie Eemsdelta Energie.")
    s.table([["Naam", "Organisatie / woonplaats", "E-mail", "Paraaf"],
             ["Gerard Beukema", "burgemeester Eemsdelta", "via griffie", "-"],
             ["Rudolf Helmholt", "Enexis, omgevingsmanager", "rudolf.helmholt@enexis.nl", "RH"],
             ["Wilma Zuidema-Oldenziel", "bewoner, Loppersum", "w.zuidema@hetnet.nl", "WZO"],
             ["Jan-Hendrik Kamminga", "bewoner, Westeremden", "jh.kamminga@gmail.com", "JHK"],
             ["Fokke van der Laan", "Eemsdelta Energie (bestuur)", "secretaris@eemsdelta-energie.nl", "FvdL"],
             ["MEINDERTSMA, T.", "bewoner, Garrelsweer", "t.meindertsma@outlook.com", "TM"],
             ["Geertje Snip", "bewoner, Loppersum", "-", "GS"]],
            [42, 48, 58, 20])
    s.p("Na afloop hebben zeven bewoners zich aangemeld voor het buurtenergieproject 'Loppersum Zon'. "
        "Contact voor het project: info@eemsdelta-energie.nl.")
    s.motivation()
    build_reportlab(path, s, title="Presentielijst 4 februari 2025", author="Gemeente Eemsdelta")
    g.r("PERSON", "Rudolf Helmholt", "Rudolf Helmholt")
    g.r("EMAIL", "rudolf.helmholt@enexis.nl", "rudolf.helmholt@enexis.nl")
    g.r("PERSON", "Wilma Zuidema-Oldenziel", "Wilma Zuidema-Oldenziel")
    g.r("EMAIL", "w.zuidema@hetnet.nl", "w.zuidema@hetnet.nl")
    g.r("PERSON", "Jan-Hendrik Kamminga", "Jan-Hendrik Kamminga")
    g.r("EMAIL", "jh.kamminga@gmail.com", "jh.kamminga@gmail.com")
    g.r("PERSON", "Fokke van der Laan", "Fokke van der Laan")
    g.r("PERSON", "T. Meindertsma", "MEINDERTSMA")
    g.r("EMAIL", "t.meindertsma@outlook.com", "t.meindertsma@outlook.com")
    g.r("PERSON", "Geertje Snip", "Geertje Snip")
    g.r("INITIALS", "RH", "RH")
    g.r("INITIALS", "WZO", "WZO")
    g.r("INITIALS", "JHK", "JHK")
    g.r("INITIALS", "FvdL", "FvdL")
    g.r("INITIALS", "TM", "TM")
    g.r("INITIALS", "GS", "GS")
    g.k("PERSON_PUBLIC", "Gerard Beukema", "Gerard Beukema")
    g.k("ROLE", "burgemeester Eemsdelta", "burgemeester Eemsdelta")
    g.k("BUILDING", "MFC De Blinkert", "MFC De Blinkert")
    g.k("ORG", "Enexis Netbeheer", "Enexis Netbeheer")
    g.k("ORG", "Eemsdelta Energie", "Eemsdelta Energie")
    g.k("MAILBOX", "secretaris@eemsdelta-energie.nl", "secretaris@eemsdelta-energie.nl")
    g.k("MAILBOX", "info@eemsdelta-energie.nl", "info@eemsdelta-energie.nl")
    g.k("PROGRAMME", "Loppersum Zon", "Loppersum Zon")
    g.k("ROLE", "omgevingsmanager", "omgevingsmanager")
    g.k("PLACE", "Westeremden", "Westeremden")
    g.k("DATE", "4 februari 2025", "4 februari 2025")
    return g


# ============================================================================ cf20 meeting invite
@doc
def cf20(path: Path) -> Gold:
    g = Gold("cf20")
    s = Story("libsans", 9.5)
    s.h("Uitnodiging: Ambtelijk voorportaal Groningen (Teams en Den Haag)")
    s.kv([("Organisator", "Wijbenga, Jelle (BZK-DGHG)"),
          ("Verplichte deelnemers", "Hoekstra-Brink, Marloes (KGG/DGKE); Oosterhuis, Sietske (NCG); "
                                    "Pama, Hidde (IMG); Talsma, Remco (SodM); Kloosterman, Fenna (Enexis); "
                                    "Mulder, Gerrit-Jan (TenneT)"),
          ("Optionele deelnemers", "secretariaat DGHG <secretariaat.dghg@minbzk.nl>; Bakker-de Jong, Wieke "
                                   "(provincie Groningen)"),
          ("Wanneer", "donderdag 16 januari 2025 10:00-12:00 (UTC+01:00) Amsterdam, Berlijn"),
          ("Locatie", "Turfmarkt 147, Den Haag, zaal 12.04 / Microsoft Teams-vergadering"),
          ("Vergader-ID", "385 219 774 610, wachtwoord Xp7Ke9")])
    s.h2_("Agenda")
    for i, a in enumerate(["Terugkoppeling Bestuurlijk Overleg Groningen 21 november (Jelle)",
                           "Stand schadeafhandeling en streeftermijn één jaar (Hidde)",
                           "Netcongestie Eemsdelta: voorrangskader maatschappelijke aansluitingen (Marloes, "
                           "Fenna, Gerrit-Jan)",
                           "Afsluiting putten Groningenveld, inspectie Zeerijp-3 (Remco)",
                           "Rondvraag"], 1):
        s.p(f"{i}. {a}")
    s.p("Inbellen met de telefoon: +31 20 794 8762 (algemeen Teams-nummer), conferentie-ID 812 447 309#.")
    s.p("Bij verhindering graag een vervanger sturen. Voor vragen: Jelle, 06 2318 4470.")
    s.motivation()
    build_reportlab(path, s, title="Uitnodiging ambtelijk voorportaal", author="Wijbenga, J.")
    g.r("PERSON", "Jelle Wijbenga", "Wijbenga, Jelle", "Jelle")
    g.r("PERSON", "Jelle Wijbenga", "Wijbenga, J.", where="metadata")
    g.r("PERSON", "Marloes Hoekstra-Brink", "Hoekstra-Brink, Marloes", "Marloes")
    g.r("PERSON", "Sietske Oosterhuis", "Oosterhuis, Sietske")
    g.r("PERSON", "Hidde Pama", "Pama, Hidde", "Hidde")
    g.r("PERSON", "Remco Talsma", "Talsma, Remco", "Remco")
    g.r("PERSON", "Fenna Kloosterman", "Kloosterman, Fenna", "Fenna")
    g.r("PERSON", "Gerrit-Jan Mulder", "Mulder, Gerrit-Jan", "Gerrit-Jan")
    g.r("PERSON", "Wieke Bakker-de Jong", "Bakker-de Jong, Wieke")
    g.r("PHONE", "06 2318 4470", "06 2318 4470")
    g.k("MAILBOX", "secretariaat.dghg@minbzk.nl", "secretariaat.dghg@minbzk.nl")
    g.k("ADDRESS_PUBLIC", "Turfmarkt 147", "Turfmarkt 147")
    g.k("PHONE_PUBLIC", "+31 20 794 8762", "+31 20 794 8762")
    g.k("ORG", "BZK-DGHG", "BZK-DGHG")
    g.k("ORG", "KGG/DGKE", "KGG/DGKE")
    g.k("ORG", "TenneT", "TenneT")
    g.k("ORG", "Enexis", "Enexis")
    g.k("SITE", "Zeerijp-3", "Zeerijp-3")
    g.k("PLACE", "Groningenveld", "Groningenveld")
    g.k("MEETING", "Bestuurlijk Overleg Groningen", "Bestuurlijk Overleg Groningen")
    g.k("DATE", "16 januari 2025", "16 januari 2025")
    g.k("ORG", "provincie Groningen", "provincie Groningen")
    g.k("PRODUCT", "Microsoft Teams", "Microsoft Teams")
    return g


# ============================================================================ cf21 deskundigenrapport (2 pages)
@doc
def cf21(path: Path) -> Gold:
    g = Gold("cf21")
    s = Story("dejavu", 9.5)
    s.sm("Bureau Bouwkundig Onderzoek Noord B.V. | in opdracht van het Instituut Mijnbouwschade Groningen")
    s.h("Adviesrapport fysieke schade")
    s.kv([("Schadenummer", "SN-2023-118734"), ("Aanvragers", "dhr. G. (Geert) Groen en mevr. A. (Alie) Groen-Bakker"),
          ("Adres", "Wirdumerweg 7, 9917 PN Garrelsweer"), ("Bouwjaar", "circa 1905 (boerderij, Oldambtster type)"),
          ("Opname", "9 juli 2024"), ("Deskundige", "ing. R.W. (Roelof) Veldkamp, registernummer NRVT 88123"),
          ("Tweede lezer", "ir. M. Fokkens"), ("Kenmerk rapport", "BBON-24-3318")])
    s.h2_("1. Samenvatting")
    s.p("De deskundige heeft 27 schades opgenomen aan het woonhuis, de schuur en de stallen. Van 23 schades is "
        "het aannemelijk dat deze zijn ontstaan door bodembeweging door de gaswinning uit het Groningenveld. "
        "Bij de opname was de heer Groen aanwezig; mevrouw Groen-Bakker was om gezondheidsredenen afwezig.")
    s.h2_("2. Omstandigheden")
    s.p("De woning ligt op circa 4,2 km van het epicentrum van de beving bij Garrelsweer (M3,4, 16 november "
        "2021, bron KNMI). De ondergrond bestaat uit klei op veen. Volgens de trillingsdata van het KNMI-net "
        "(station G230) is de maximale grondsnelheid ter plaatse geschat op 9 mm/s.")
    s.h2_("3. Schadeoverzicht")
    s.table([["Nr", "Locatie", "Omschrijving", "Oorzaak", "Herstelkosten"],
             ["1", "voorgevel", "trapscheur boven raam, 2 mm", "bodembeweging", "€ 2.450"],
             ["2", "schuur", "scheur in fundering, 5 mm", "bodembeweging", "€ 11.800"],
             ["3", "stal", "uitgebogen muur", "bodembeweging", "€ 18.300"],
             ["4", "keuken", "tegelscheur", "krimp / niet mijnbouw", "€ 0"]], [10, 28, 60, 36, 28])
    s.br()
    s.h2_("4. Gesprek met de aanvragers")
    s.p("De heer Groen gaf aan dat hij in 2019 de boerderij van zijn vader Hendrik Groen heeft overgenomen. Hij "
        "is bereikbaar op 06 - 2771 0348. De aanvragers hebben gevraagd om de herstelwerkzaamheden te laten "
        "uitvoeren door aannemer Bouwbedrijf Hazenberg uit Loppersum.")
    s.h2_("5. Conclusie")
    s.p("Advies aan het IMG: vergoeding van de herstelkosten van de schades 1 tot en met 3 en 5 tot en met 27, "
        "in totaal € 48.716,00, plus de kosten van tijdelijke voorzieningen. Op schade 4 is het bewijsvermoeden "
        "weerlegd.")
    s.p("Garrelsweer/Groningen, 2 augustus 2024\n\ning. R.W. Veldkamp\nregisterdeskundige")
    s.sm("Bureau Bouwkundig Onderzoek Noord, Paterswoldseweg 806, 9728 BM Groningen, 050 - 820 0820, "
         "info@bbon.nl")
    s.motivation()
    build_reportlab(path, s, title="Adviesrapport BBON-24-3318", author="R.W. Veldkamp",
                    footer="BBON-24-3318 - pagina {p}")
    g.r("CLAIM_NUMBER", "SN-2023-118734", "SN-2023-118734")
    g.r("PERSON", "Geert Groen", "G. (Geert) Groen", "Geert", "Groen")
    g.r("PERSON", "Alie Groen-Bakker", "A. (Alie) Groen-Bakker", "Alie", "Groen-Bakker")
    g.r("ADDRESS", "Wirdumerweg 7, 9917 PN Garrelsweer", "Wirdumerweg 7", "9917 PN")
    g.r("PERSON", "R.W. Veldkamp", "R.W. (Roelof) Veldkamp", "R.W. Veldkamp", "Veldkamp")
    g.r("PERSONAL_NUMBER", "NRVT 88123", "88123")
    g.r("PERSON", "M. Fokkens", "M. Fokkens")
    g.r("PERSON", "Hendrik Groen", "Hendrik Groen")
    g.r("PHONE", "06 - 2771 0348", "06 - 2771 0348")
    g.r("HEALTH", "om gezondheidsredenen afwezig", "om gezondheidsredenen")
    g.k("ORG", "Bureau Bouwkundig Onderzoek Noord", "Bureau Bouwkundig Onderzoek Noord")
    g.k("ORG", "Instituut Mijnbouwschade Groningen", "Instituut Mijnbouwschade Groningen")
    g.k("REF", "BBON-24-3318", "BBON-24-3318")
    g.k("PLACE", "Groningenveld", "Groningenveld")
    g.k("PLACE", "beving bij Garrelsweer", "beving bij Garrelsweer")
    g.k("ORG", "KNMI", "KNMI")
    g.k("SITE", "station G230", "G230")
    g.k("AMOUNT", "€ 48.716,00", "48.716,00")
    g.k("ORG", "Bouwbedrijf Hazenberg", "Bouwbedrijf Hazenberg")
    g.k("ADDRESS_PUBLIC", "Paterswoldseweg 806", "Paterswoldseweg 806")
    g.k("PHONE_PUBLIC", "050 - 820 0820", "050 - 820 0820")
    g.k("MAILBOX", "info@bbon.nl", "info@bbon.nl")
    g.k("TERM", "bewijsvermoeden", "bewijsvermoeden")
    g.k("ROLE", "registerdeskundige", "registerdeskundige")
    g.k("ORG", "IMG", "IMG")
    return g


# ============================================================================ cf22 inventarislijst
@doc
def cf22(path: Path) -> Gold:
    g = Gold("cf22")
    s = Story("libsans", 8)
    s.h("Inventarislijst Woo-besluit 'Schadeafhandeling en versterking Loppersum 2024'")
    s.p("Bijlage 1 bij het besluit van de minister van Klimaat en Groene Groei, kenmerk WOO-KGG/2025/0087. "
        "Zaaknummer 2025-0001932. Woo-verzoek van 2 januari 2025.")
    s.table([["ID", "Document", "Datum", "Beoordeling", "Grond", "Toelichting"],
             ["1", "Nota voortgang IMG (DGKE-WO / 24318842)", "14-11-2024", "deels openbaar", "5.1.2e",
              "namen ambtenaren"],
             ["2", "E-mail J. Wijbenga aan S. Oosterhuis, planning versterking", "08-10-2024", "deels openbaar",
              "5.1.2e, 5.1.1d", ""],
             ["3", "Besluit IMG aan fam. Groen, Garrelsweer", "02-12-2024", "deels openbaar",
              "5.1.1e, 5.1.2e, 5.1.1d", "BSN, IBAN, adres"],
             ["4", "Overzicht complexe schadedossiers", "01-11-2024", "deels openbaar", "5.1.2e, 5.1.1d", ""],
             ["5", "Brief SodM aan NAM (SodM/24287613)", "23-01-2025", "deels openbaar", "5.1.2e", ""],
             ["6", "Teams-chat netcongestie", "04-03-2025", "deels openbaar", "5.1.2e, 5.1.1d", ""],
             ["7", "Signal-berichten 'Herstel Gron. - kern'", "19-11-2024", "deels openbaar", "5.1.2e",
              "gedeeltelijk buiten reikwijdte"],
             ["8", "Verslag Bestuurlijk Overleg Groningen", "21-11-2024", "deels openbaar", "5.1.2e", ""],
             ["9", "Kamerbrief voortgang Nij Begun", "10-12-2024", "reeds openbaar", "-",
              "Kamerstukken II 2024/25, 33529, nr. 1270"],
             ["10", "Concept-antwoorden Kamervragen (versie mr. Sijbesma)", "05-12-2024", "niet openbaar",
              "5.2.1", "intern beraad"]],
            [8, 55, 18, 22, 25, 42])
    s.p("Behandelend jurist Woo-team KGG: mr. P.A. Ekkers-Stuivenga. Vragen over dit besluit: woo@minkgg.nl.")
    s.motivation()
    build_reportlab(path, s, title="Inventarislijst WOO-KGG/2025/0087", author="Woo-team KGG")
    g.r("PERSON", "J. Wijbenga", "J. Wijbenga")
    g.r("PERSON", "S. Oosterhuis", "S. Oosterhuis")
    g.r("PERSON", "fam. Groen", "Groen")
    g.r("PERSON", "mr. Sijbesma", "Sijbesma")
    g.r("PERSON", "P.A. Ekkers-Stuivenga", "P.A. Ekkers-Stuivenga")
    g.k("REF", "WOO-KGG/2025/0087", "WOO-KGG/2025/0087")
    g.k("REF", "2025-0001932", "2025-0001932")
    g.k("REF", "DGKE-WO / 24318842", "DGKE-WO / 24318842")
    g.k("REF", "SodM/24287613", "SodM/24287613")
    g.k("GROUND", "5.1.2e", "5.1.2e")
    g.k("GROUND", "5.1.1d", "5.1.1d")
    g.k("GROUND", "5.2.1", "5.2.1")
    g.k("STATUS", "deels openbaar", "deels openbaar")
    g.k("ORG", "NAM", "NAM")
    g.k("ORG", "SodM", "SodM")
    g.k("PROGRAMME", "Nij Begun", "Nij Begun")
    g.k("REF", "33529, nr. 1270", "33529, nr. 1270")
    g.k("MAILBOX", "woo@minkgg.nl", "woo@minkgg.nl")
    g.k("PLACE", "Garrelsweer", "Garrelsweer")
    g.k("MEETING", "Bestuurlijk Overleg Groningen", "Bestuurlijk Overleg Groningen")
    g.k("DATE", "14-11-2024", "14-11-2024")
    return g


# ============================================================================ cf23 beslisnota with sticky note
@doc
def cf23(path: Path) -> Gold:
    g = Gold("cf23")
    s = Story("libserif", 10.5)
    s.sm("Ministerie van Klimaat en Groene Groei | DG Klimaat en Energie | directie Elektriciteit")
    s.h("Beslisnota voorrangskader maatschappelijke netaansluitingen")
    s.kv([("Aan", "de minister van Klimaat en Groene Groei"), ("Datum", "27 februari 2025"),
          ("Kenmerk", "DGKE-E / 25049912"), ("Behandeld door", "ir. Karin Dijkema, T 06-29 41 77 03"),
          ("Kopie aan", "SG, DGKE, directie Herstel Groningen (BZK)")])
    s.h2_("Aanleiding")
    s.p("De ACM heeft in april 2024 het prioriteringskader voor transportcapaciteit vastgesteld. Netbeheerders "
        "TenneT en Enexis vragen het ministerie om aanvullend te bepalen dat woningen die in Groningen worden "
        "versterkt voorrang krijgen bij een verzwaring van hun aansluiting. Dit sluit aan bij afspraak 41 van "
        "Nij Begun en het Landelijk Actieprogramma Netcongestie (LAN).")
    s.h2_("Geadviseerd besluit")
    s.p("Aan de minister wordt gevraagd: in te stemmen met het voorstel om de ACM te vragen versterkte woningen "
        "in het aardbevingsgebied onder de categorie 'veiligheid' te brengen; en de bijgevoegde brief aan de "
        "ACM te ondertekenen.")
    s.h2_("Kern")
    s.p("Het gaat naar verwachting om 2.500 tot 4.000 aansluitingen per jaar. TenneT heeft aangegeven dat dit "
        "geen merkbaar effect heeft op de wachtrij voor grootverbruikers. Gasunie wijst erop dat de afbouw van "
        "het gasnet in Groningen ook gevolgen heeft voor de capaciteit.")
    s.br()
    s.h2_("Krachtenveld")
    s.p("De commissaris van de Koning, de heer Paas, en de Groninger burgemeesters steunen het voorstel. Het "
        "Kamerlid Grinwis (ChristenUnie) heeft in het commissiedebat Netcongestie gevraagd om voorrang voor "
        "Groningen. De VNG en Netbeheer Nederland zijn positief. Energie-Nederland is kritisch.")
    s.h2_("Paraafroute")
    s.table([["Naam", "Functie", "Paraaf", "Datum"],
             ["K. Dijkema", "senior beleidsadviseur", "KD", "27-02"],
             ["A.M. de Wit-Spijkerman", "MT-lid directie Elektriciteit", "AdWS", "28-02"],
             ["drs. H. Kalsbeek", "directeur Elektriciteit", "HK", "03-03"]], [45, 60, 25, 25])
    s.motivation()
    build_reportlab(path, s, title="Beslisnota voorrangskader", author="Woo-team KGG",
                    footer="DGKE-E / 25049912 - pagina {p}")
    add_note(path, 0, [480, 700, 500, 720],
             "Karin, check nog even met Erwin Lubbers van Netbeheer Nederland of dit klopt? Groet, Anouk",
             "Anouk de Wit-Spijkerman")
    g.r("PERSON", "Karin Dijkema", "Karin Dijkema", "K. Dijkema", "KD")
    g.r("PHONE", "06-29 41 77 03", "06-29 41 77 03")
    g.r("PERSON", "A.M. de Wit-Spijkerman", "A.M. de Wit-Spijkerman", "AdWS")
    g.r("PERSON", "H. Kalsbeek", "H. Kalsbeek", "HK")
    g.r("PERSON", "Anouk de Wit-Spijkerman", "Anouk de Wit-Spijkerman", "Anouk", where="annotations")
    g.r("PERSON", "Erwin Lubbers", "Erwin Lubbers", where="annotations")
    g.k("ORG", "ACM", "ACM")
    g.k("ORG", "TenneT", "TenneT")
    g.k("ORG", "Enexis", "Enexis")
    g.k("ORG", "Gasunie", "Gasunie")
    g.k("REF", "DGKE-E / 25049912", "DGKE-E / 25049912")
    g.k("PROGRAMME", "Nij Begun", "Nij Begun")
    g.k("PROGRAMME", "Landelijk Actieprogramma Netcongestie", "Landelijk Actieprogramma Netcongestie")
    g.k("PERSON_PUBLIC", "de heer Paas", "Paas")
    g.k("PERSON_PUBLIC", "Kamerlid Grinwis", "Grinwis")
    g.k("ORG", "VNG", "VNG")
    g.k("ORG", "Netbeheer Nederland", "Netbeheer Nederland")
    g.k("ORG", "Energie-Nederland", "Energie-Nederland")
    g.k("ROLE", "directeur Elektriciteit", "directeur Elektriciteit")
    g.k("ROLE", "minister van Klimaat en Groene Groei", "minister van Klimaat en Groene Groei")
    g.k("ORG", "directie Herstel Groningen", "directie Herstel Groningen")
    return g


# ============================================================================ cf24 evaluation report with outline
@doc
def cf24(path: Path) -> Gold:
    g = Gold("cf24")
    s = Story("carlito", 10.5)
    s.h("Evaluatie bewonersavond Garrelsweer, 28 november 2024")
    s.p("Opgesteld door de afdeling Communicatie van de Nationaal Coördinator Groningen, december 2024. "
        "Deze evaluatie is gebaseerd op een enquête onder 64 bezoekers en op gesprekken na afloop.")
    s.h2_("1. Opzet en opkomst")
    s.p("Ruim 180 bewoners bezochten de avond in dorpshuis De Snikke. Staatssecretaris Van Marum en "
        "burgemeester Beukema gingen in gesprek met bewoners. De commissaris van de Koning, René Paas, "
        "verzorgde de opening. Het IMG en de NCG hadden een gezamenlijke informatietafel.")
    s.h2_("2. Wat bewoners zeiden")
    s.p("Veel bewoners uitten hun frustratie over de lange doorlooptijden. Een bewoner van de Wirdumerweg, "
        "de heer Groen, vroeg de staatssecretaris waarom zijn dossier al twee jaar duurt. Een bewoonster uit "
        "Wirdum, mevrouw Oosterhuis-Hiemstra, vertelde emotioneel over de stress in haar gezin.")
    s.p("De gespreksleider, mevrouw Smit-Tuinstra, hield de tijd goed in de gaten. Bezoekers waardeerden de "
        "aanwezigheid van de staatssecretaris.")
    s.br()
    s.h2_("3. Enquête")
    s.table([["Vraag", "Gemiddeld cijfer"], ["Hoe waardeert u de informatie?", "6,1"],
             ["Voelde u zich gehoord?", "5,4"], ["Zou u een volgende avond bezoeken?", "7,2"]], [110, 40])
    s.h2_("4. Aanbevelingen")
    s.p("1. Organiseer kleinere tafelgesprekken per straat. 2. Zorg dat IMG en NCG per bewoner één "
        "contactpersoon hebben. 3. Betrek het Gronings Perspectief voor bewoners met psychische klachten.")
    s.p("Contact: afdeling Communicatie NCG, communicatie@nationaalcoordinatorgroningen.nl.")
    s.motivation()
    build_reportlab(path, s, title="Evaluatie bewonersavond Garrelsweer", author="NCG Communicatie")
    add_outline(path, [("1. Opzet en opkomst", 0), ("2. Wat bewoners zeiden (interview Froukje Oosterhuis)", 0),
                       ("3. Enquête - verwerkt door Tjitske van der Wal", 1), ("4. Aanbevelingen", 1)])
    g.r("PERSON", "de heer Groen", "Groen")
    g.r("PERSON", "Froukje Oosterhuis-Hiemstra", "Oosterhuis-Hiemstra")
    g.r("PERSON", "Jorien Smit-Tuinstra", "Smit-Tuinstra")
    g.r("PERSON", "Froukje Oosterhuis", "Froukje Oosterhuis", where="outline")
    g.r("PERSON", "Tjitske van der Wal", "Tjitske van der Wal", where="outline")
    g.k("PERSON_PUBLIC", "Staatssecretaris Van Marum", "Staatssecretaris Van Marum")
    g.k("PERSON_PUBLIC", "burgemeester Beukema", "burgemeester Beukema")
    g.k("PERSON_PUBLIC", "René Paas", "René Paas")
    g.k("ORG", "Nationaal Coördinator Groningen", "Nationaal Coördinator Groningen")
    g.k("ORG", "IMG", "IMG")
    g.k("ORG", "NCG", "NCG")
    g.k("BUILDING", "De Snikke", "De Snikke")
    g.k("ORG", "Gronings Perspectief", "Gronings Perspectief")
    g.k("MAILBOX", "communicatie@nationaalcoordinatorgroningen.nl", "communicatie@nationaalcoordinatorgroningen.nl")
    g.k("STREET", "Wirdumerweg", "Wirdumerweg")
    g.k("PLACE", "Garrelsweer", "Garrelsweer")
    g.k("NUMBER", "5,4", "5,4")
    return g


# ============================================================================ cf25 waardevermeerdering subsidy decision
@doc
def cf25(path: Path) -> Gold:
    g = Gold("cf25")
    bsn = make_bsn("30211457")
    iban = make_iban("BUNQ", "2093771654")
    s = Story("helv", 10)
    s.sm("Nationaal Coördinator Groningen | Regeling Waardevermeerdering Groningen | uitvoering: "
         "Rijksdienst voor Ondernemend Nederland (RVO)")
    s.sp(6)
    s.p("Mevrouw T. van der Veen-Sikkema\nEenrumerweg 2a\n9983 PB Zandeweer")
    s.kv([("Datum", "19 maart 2025"), ("Zaaknummer", "WVG-2025-013377"), ("Relatienummer RVO", "300 918 274"),
          ("BSN", bsn), ("Onderwerp", "Beschikking subsidie waardevermeerdering (€ 10.000)")])
    s.p("Geachte mevrouw Van der Veen-Sikkema,")
    s.p("U heeft subsidie aangevraagd op grond van de Regeling Waardevermeerdering Groningen voor uw woning aan "
        "de Eenrumerweg 2a in Zandeweer. Uw woning ligt in het postcodegebied waarvoor de regeling geldt. Wij "
        "verlenen u een subsidie van € 10.000. U ontvangt het bedrag binnen vier weken op rekening " + iban + ".")
    s.p("U bent verplicht de subsidie te besteden aan maatregelen die de woning verduurzamen of verbeteren, zoals "
        "isolatie, een warmtepomp of zonnepanelen. Wij kunnen dit steekproefsgewijs controleren. Bewaar daarom uw "
        "facturen zeven jaar.")
    s.p("Bent u het niet eens met deze beschikking? Dan kunt u binnen zes weken bezwaar maken bij RVO, Postbus "
        "40219, 8004 DE Zwolle.")
    s.p("Met vriendelijke groet,\n\nnamens de staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties,\n"
        "Rijksdienst voor Ondernemend Nederland\n\nB.G. Tammeling\nteamleider subsidies Groningen")
    s.sm("Vragen? Bel RVO via 088 042 42 42 of uw behandelaar Marit Oldenhuis, 088 602 88 17.")
    s.motivation("Het BSN is geweigerd op grond van artikel 5.1, eerste lid, onder e, van de Woo.")
    build_reportlab(path, s, title="Beschikking WVG-2025-013377", author="RVO Subsidiesysteem")
    g.r("PERSON", "T. van der Veen-Sikkema", "T. van der Veen-Sikkema", "Van der Veen-Sikkema")
    g.r("ADDRESS", "Eenrumerweg 2a, 9983 PB Zandeweer", "Eenrumerweg 2a", "9983 PB")
    g.r("CLIENT_NUMBER", "300 918 274", "300 918 274")
    g.r("BSN", bsn, bsn)
    g.r("IBAN", iban, iban)
    g.r("PERSON", "B.G. Tammeling", "B.G. Tammeling")
    g.r("PERSON", "Marit Oldenhuis", "Marit Oldenhuis")
    g.r("PHONE", "088 602 88 17", "088 602 88 17")
    g.k("ORG", "Nationaal Coördinator Groningen", "Nationaal Coördinator Groningen")
    g.k("PROGRAMME", "Regeling Waardevermeerdering Groningen", "Regeling Waardevermeerdering Groningen")
    g.k("ORG", "Rijksdienst voor Ondernemend Nederland", "Rijksdienst voor Ondernemend Nederland")
    g.k("ORG", "RVO", "RVO")
    g.k("REF", "WVG-2025-013377", "WVG-2025-013377")
    g.k("AMOUNT", "€ 10.000", "€ 10.000")
    g.k("ADDRESS_PUBLIC", "Postbus 40219", "Postbus 40219")
    g.k("PHONE_PUBLIC", "088 042 42 42", "088 042 42 42")
    g.k("ROLE", "teamleider subsidies Groningen", "teamleider subsidies Groningen")
    g.k("PLACE", "Zandeweer", "in Zandeweer")
    return g


# ============================================================================ cf26 letter burgemeester
@doc
def cf26(path: Path) -> Gold:
    g = Gold("cf26")
    s = Story("times", 11)
    s.sm("Gemeente Eemsdelta | Postbus 14, 9930 AA Delfzijl | telefoon 14 0596 | info@eemsdelta.nl")
    s.sp(8)
    s.p("Aan de staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties - Herstel Groningen\n"
        "de heer E. van Marum\nPostbus 20011\n2500 EA Den Haag")
    s.kv([("Datum", "6 januari 2025"), ("Ons kenmerk", "EMD/BEST/2025/00031"),
          ("Behandeld door", "Harmke Ubbens-Dijkhuis, beleidsadviseur aardbevingen"),
          ("Telefoon", "+31 596 639 9112 (direct)"), ("Onderwerp", "Stapeling van opgaven in Loppersum")])
    s.p("Geachte heer Van Marum,")
    s.p("Graag vraag ik uw aandacht voor de situatie in de dorpen Loppersum, Garrelsweer, Wirdum en Zeerijp. "
        "Bewoners worden geconfronteerd met schadeafhandeling door het IMG, versterking door de NCG, "
        "netcongestie bij Enexis en de plannen voor Windpark Oostpolder-Eemsdelta. Dat is te veel tegelijk.")
    s.p("Ik noem één voorbeeld, met toestemming van de betrokkenen: een gezin aan de Meedenerweg in Wirdum wacht "
        "sinds 2021 op een besluit van het IMG. De moeder is inmiddels onder behandeling bij GGZ Noord-Nederland. "
        "Deze familie, de familie Oosterhuis, is geen uitzondering.")
    s.p("Ik verzoek u om (1) één loket per bewoner te regelen, (2) de Tijdelijke wet Groningen zo aan te passen "
        "dat het IMG ook versterkingsbesluiten kan nemen, en (3) samen met de minister van Klimaat en Groene Groei "
        "te zorgen dat versterkte woningen voorrang krijgen op het net.")
    s.p("Ik heb deze brief ook gestuurd aan de commissaris van de Koning, de heer R. Paas, en aan de leden van "
        "de vaste commissie voor Binnenlandse Zaken van de Tweede Kamer.")
    s.p("Met vriendelijke groet,\n\nde burgemeester van Eemsdelta,\n\n\nG. Beukema")
    s.motivation("Gegevens over de gezondheid van een derde zijn geweigerd op grond van artikel 5.1, eerste lid, "
                 "onder d.")
    build_reportlab(path, s, title="Brief burgemeester Eemsdelta", author="Ubbens-Dijkhuis, H.")
    g.r("PERSON", "Harmke Ubbens-Dijkhuis", "Harmke Ubbens-Dijkhuis")
    g.r("PERSON", "Ubbens-Dijkhuis, H.", "Ubbens-Dijkhuis, H.", where="metadata")
    g.r("PHONE", "+31 596 639 9112", "+31 596 639 9112")
    g.r("PERSON", "familie Oosterhuis", "Oosterhuis")
    g.r("HEALTH", "GGZ Noord-Nederland", "GGZ Noord-Nederland")
    g.k("ORG", "Gemeente Eemsdelta", "Gemeente Eemsdelta")
    g.k("PHONE_PUBLIC", "14 0596", "14 0596")
    g.k("MAILBOX", "info@eemsdelta.nl", "info@eemsdelta.nl")
    g.k("PERSON_PUBLIC", "E. van Marum", "E. van Marum", "Van Marum")
    g.k("PERSON_PUBLIC", "G. Beukema", "G. Beukema")
    g.k("PERSON_PUBLIC", "R. Paas", "R. Paas")
    g.k("REF", "EMD/BEST/2025/00031", "EMD/BEST/2025/00031")
    g.k("PLACE", "Zeerijp", "Zeerijp")
    g.k("PLACE", "Wirdum", "Wirdum")
    g.k("ORG", "IMG", "IMG")
    g.k("ORG", "NCG", "NCG")
    g.k("ORG", "Enexis", "Enexis")
    g.k("PROGRAMME", "Windpark Oostpolder-Eemsdelta", "Windpark Oostpolder-Eemsdelta")
    g.k("LAW", "Tijdelijke wet Groningen", "Tijdelijke wet Groningen")
    g.k("ROLE", "beleidsadviseur aardbevingen", "beleidsadviseur aardbevingen")
    g.k("ORG", "Tweede Kamer", "Tweede Kamer")
    g.k("STREET", "Meedenerweg", "Meedenerweg")
    return g


# ============================================================================ cf27 e-mail NAM with XMP creator
@doc
def cf27(path: Path) -> Gold:
    g = Gold("cf27")
    s = Story("dejavu", 9.5)
    s.h("E-mail (document 31)")
    s.sm("Van: Wouter ten Hoeve <Wouter.tenHoeve@nam.nl>",
         "Verzonden: vrijdag 31 januari 2025 15:27",
         "Aan: Talsma, Remco <r.talsma@sodm.nl>",
         "CC: NAM Stakeholder Relations <communicatie@nam.nl>; Huizinga-Smit, Elske",
         "Onderwerp: RE: verbeterplan drukmeting ZRP-3 (SodM/24287613)")
    s.p("Beste Remco,",
        "Zoals besproken ontvang je hierbij het verbeterplan voor de drukmeting op Zeerijp-3. NAM voert de meting "
        "opnieuw uit in week 9, onder toezicht van een onafhankelijke partij (TNO). Shell en ExxonMobil als "
        "aandeelhouders zijn geïnformeerd.",
        "Elske is vanaf maandag met zwangerschapsverlof; vragen over HSE kun je in die periode aan mij stellen. "
        "Ik ben het best bereikbaar op 06-5201 1193.",
        "Groet,",
        "Wouter ten Hoeve\nLocatiemanager Groningen, Nederlandse Aardolie Maatschappij\n"
        "Schepersmaat 2, Assen | www.nam.nl")
    s.sp(6)
    s.sm("Van: Talsma, Remco <r.talsma@sodm.nl>",
         "Verzonden: donderdag 23 januari 2025 16:02",
         "Aan: Wouter ten Hoeve",
         "Onderwerp: verbeterplan drukmeting ZRP-3 (SodM/24287613)")
    s.p("Wouter, bijgaand onze brief van vandaag. We zien het verbeterplan graag binnen vier weken tegemoet. "
        "Met groet, Remco Talsma, SodM, T 070 379 8400 (algemeen)")
    s.motivation("Gegevens over de gezondheid zijn geweigerd op grond van artikel 5.1, eerste lid, onder d.")
    build_reportlab(path, s, title="Document 31", author="")
    set_meta(path, xmp_creator="Wouter ten Hoeve (NAM)", title="RE: verbeterplan drukmeting ZRP-3")
    g.r("PERSON", "Wouter ten Hoeve", "Wouter ten Hoeve", "Wouter")
    g.r("PERSON", "Wouter ten Hoeve (NAM)", "Wouter ten Hoeve (NAM)", where="metadata")
    g.r("EMAIL", "Wouter.tenHoeve@nam.nl", "Wouter.tenHoeve@nam.nl")
    g.r("PERSON", "Remco Talsma", "Talsma, Remco", "Remco Talsma", "Remco")
    g.r("EMAIL", "r.talsma@sodm.nl", "r.talsma@sodm.nl")
    g.r("PERSON", "Elske Huizinga-Smit", "Huizinga-Smit, Elske", "Elske")
    g.r("HEALTH", "zwangerschapsverlof", "zwangerschapsverlof")
    g.r("PHONE", "06-5201 1193", "06-5201 1193")
    g.k("MAILBOX", "communicatie@nam.nl", "communicatie@nam.nl")
    g.k("ORG", "NAM Stakeholder Relations", "NAM Stakeholder Relations")
    g.k("REF", "SodM/24287613", "SodM/24287613")
    g.k("SITE", "Zeerijp-3", "Zeerijp-3")
    g.k("ORG", "TNO", "TNO")
    g.k("ORG", "Shell", "Shell")
    g.k("ORG", "ExxonMobil", "ExxonMobil")
    g.k("ORG", "Nederlandse Aardolie Maatschappij", "Nederlandse Aardolie Maatschappij")
    g.k("ADDRESS_PUBLIC", "Schepersmaat 2", "Schepersmaat 2")
    g.k("PHONE_PUBLIC", "070 379 8400", "070 379 8400")
    g.k("ROLE", "Locatiemanager Groningen", "Locatiemanager Groningen")
    g.k("ORG", "SodM", "SodM")
    return g


# ============================================================================ cf28 bezwaarschriften overzicht (capitals)
@doc
def cf28(path: Path) -> Gold:
    g = Gold("cf28")
    s = Story("courier", 8.5)
    s.h("REGISTER BEROEPSCHRIFTEN / BEZWAREN WINDPARK OOSTPOLDER-EEMSDELTA")
    s.p("Export uit zaaksysteem Bureau Energieprojecten, 14-07-2025. Rijkscoördinatieregeling: beroep "
        "rechtstreeks bij de Afdeling bestuursrechtspraak van de Raad van State (zaaknummer 202504117/1/R3).")
    s.table([["REG.NR", "NAAM", "WOONPLAATS", "GEMACHTIGDE", "STATUS"],
             ["B-001", "BOUWKAMP, H.J.", "UITHUIZEN", "MR. J. KOOPMANS-DE GRAAF", "INGEDIEND"],
             ["B-002", "FOKKEMA, A.", "UITHUIZEN", "MR. J. KOOPMANS-DE GRAAF", "INGEDIEND"],
             ["B-003", "STICHTING WINDHINDER NOORD-GRONINGEN", "USQUERT", "-", "INGEDIEND"],
             ["B-004", "NIJENHUIS, E.", "USQUERT", "-", "INGETROKKEN"],
             ["B-005", "VAN DER MEULEN-OOSTERHOF, G.", "ROODESCHOOL", "DAS RECHTSBIJSTAND", "INGEDIEND"],
             ["B-006", "HAZEWINKEL, P. EN STOEL, M.J.", "OUDESCHIP", "-", "NIET-ONTVANKELIJK"],
             ["B-007", "GROEN, W.", "WARFFUM", "-", "INGEDIEND"]],
            [16, 62, 28, 45, 28])
    s.p("Opmerking behandelaar (RS): B-007 is niet dezelfde persoon als G. Groen uit Garrelsweer (IMG-dossier). "
        "Correspondentieadres B-005: Oude Dijk 3, 9983 TC Roodeschool. Telefoon gemachtigde Koopmans-de Graaf: "
        "050 - 3 18 29 40.")
    s.motivation()
    build_reportlab(path, s, title="Register beroepschriften", author="BEP zaaksysteem")
    g.r("PERSON", "H.J. Bouwkamp", "BOUWKAMP, H.J.")
    g.r("PERSON", "A. Fokkema", "FOKKEMA, A.")
    g.r("PERSON", "J. Koopmans-de Graaf", "KOOPMANS-DE GRAAF", "Koopmans-de Graaf")
    g.r("PERSON", "E. Nijenhuis", "NIJENHUIS, E.")
    g.r("PERSON", "G. van der Meulen-Oosterhof", "VAN DER MEULEN-OOSTERHOF, G.")
    g.r("PERSON", "P. Hazewinkel", "HAZEWINKEL, P.")
    g.r("PERSON", "M.J. Stoel", "STOEL, M.J.")
    g.r("PERSON", "W. Groen", "GROEN, W.")
    g.r("PERSON", "G. Groen", "G. Groen")
    g.r("INITIALS", "RS", "RS")
    g.r("ADDRESS", "Oude Dijk 3, 9983 TC Roodeschool", "Oude Dijk 3", "9983 TC")
    g.r("PHONE", "050 - 3 18 29 40", "050 - 3 18 29 40")
    g.k("ORG", "STICHTING WINDHINDER NOORD-GRONINGEN", "STICHTING WINDHINDER NOORD-GRONINGEN")
    g.k("ORG", "DAS RECHTSBIJSTAND", "DAS RECHTSBIJSTAND")
    g.k("ORG", "Raad van State", "Raad van State")
    g.k("ORG", "Bureau Energieprojecten", "Bureau Energieprojecten")
    g.k("REF", "202504117/1/R3", "202504117/1/R3")
    g.k("REF", "B-001", "B-001")
    g.k("REF", "B-007", "B-007")
    g.k("PLACE", "UITHUIZEN", "UITHUIZEN")
    g.k("PLACE", "USQUERT", "USQUERT")
    g.k("PLACE", "OUDESCHIP", "OUDESCHIP")
    g.k("PLACE", "WARFFUM", "WARFFUM")
    g.k("PLACE", "Garrelsweer", "Garrelsweer")
    g.k("STATUS", "INGEDIEND", "INGEDIEND")
    g.k("LAW", "Rijkscoördinatieregeling", "Rijkscoördinatieregeling")
    return g


# ============================================================================ cf29 SodM rapport (2 pages)
@doc
def cf29(path: Path) -> Gold:
    g = Gold("cf29")
    s = Story("libsans", 10)
    s.sm("Staatstoezicht op de Mijnen | Rapport | openbaar na Woo-beoordeling")
    s.h("Staat van de mijnbouw: seismiciteit Groningenveld na sluiting, tweede halfjaar 2024")
    s.p("Projectteam: ir. R. Talsma (projectleider), dr. ir. Ymkje Brouwer-Feenstra (seismoloog), B. Zijlstra "
        "(inspecteur). Review: prof. dr. H.P. Wassink (externe reviewer, Rijksuniversiteit Groningen).")
    s.h2_("Samenvatting")
    s.p("Sinds de sluiting van het Groningenveld op 19 april 2024 (Wet sluiting Groningenveld) neemt het aantal "
        "aardbevingen geleidelijk af. In het tweede halfjaar van 2024 registreerde het KNMI 21 bevingen met een "
        "magnitude van 1,0 of hoger, de zwaarste bij Wirdum (M2,2). SodM verwacht dat de seismiciteit nog jaren "
        "aanhoudt, omdat de druk in het reservoir zich herverdeelt.")
    s.p("SodM adviseert de minister van Klimaat en Groene Groei het meetnet van het KNMI in stand te houden en "
        "NAM te verplichten de putten volgens het afsluitplan af te sluiten. Het advies is afgestemd met TNO "
        "Adviesgroep Economische Zaken.")
    s.h2_("1. Meetgegevens")
    s.table([["Datum", "Locatie", "Magnitude", "Maximale PGV"], ["02-08-2024", "Wirdum", "2,2", "7,1 mm/s"],
             ["17-09-2024", "Zeerijp", "1,6", "3,0 mm/s"], ["30-10-2024", "Loppersum", "1,3", "1,9 mm/s"],
             ["11-12-2024", "Garrelsweer", "1,1", "1,2 mm/s"]], [30, 40, 30, 35])
    s.br()
    s.h2_("2. Bevindingen")
    s.p("De bevingen concentreren zich in het centrale deel van het veld rond Loppersum. Het model van NAM "
        "onderschat de seismiciteit licht. Dr. ir. Brouwer-Feenstra heeft een alternatieve analyse uitgevoerd "
        "(bijlage B, niet openbaar). Prof. Wassink onderschrijft de conclusies.")
    s.h2_("3. Meldingen van bewoners")
    s.p("Na de beving bij Wirdum ontving het Mijnbouwloket 37 meldingen. Eén bewoner, mevrouw S. Bosma uit "
        "'t Zandt, meldde dat zij door de beving opnieuw paniekaanvallen kreeg. SodM heeft deze signalen "
        "doorgegeven aan de GGD Groningen.")
    s.h2_("4. Contact")
    s.p("Vragen over dit rapport: info@sodm.nl of 070 379 8400. Persvragen: woordvoering SodM.")
    s.motivation("Gegevens over de gezondheid zijn geweigerd op grond van artikel 5.1, eerste lid, onder d.")
    build_reportlab(path, s, title="Staat van de mijnbouw H2 2024", author="SodM",
                    footer="SodM - Staat van de mijnbouw H2 2024 - {p}")
    g.r("PERSON", "R. Talsma", "R. Talsma")
    g.r("PERSON", "Ymkje Brouwer-Feenstra", "Ymkje Brouwer-Feenstra", "Brouwer-Feenstra")
    g.r("PERSON", "B. Zijlstra", "B. Zijlstra")
    g.r("PERSON", "H.P. Wassink", "H.P. Wassink", "Wassink")
    g.r("PERSON", "S. Bosma", "S. Bosma")
    g.r("HEALTH", "paniekaanvallen", "paniekaanvallen")
    g.k("ORG", "Staatstoezicht op de Mijnen", "Staatstoezicht op de Mijnen")
    g.k("ORG", "SodM", "SodM")
    g.k("ORG", "KNMI", "KNMI")
    g.k("ORG", "NAM", "NAM")
    g.k("ORG", "TNO Adviesgroep Economische Zaken", "TNO Adviesgroep Economische Zaken")
    g.k("ORG", "Rijksuniversiteit Groningen", "Rijksuniversiteit Groningen")
    g.k("ORG", "GGD Groningen", "GGD Groningen")
    g.k("LAW", "Wet sluiting Groningenveld", "Wet sluiting Groningenveld")
    g.k("PLACE", "Wirdum", "Wirdum")
    g.k("PLACE", "Zeerijp", "Zeerijp")
    g.k("PLACE", "Loppersum", "Loppersum")
    g.k("PLACE", "Garrelsweer", "Garrelsweer")
    g.k("PLACE", "'t Zandt", "'t Zandt")
    g.k("MAILBOX", "info@sodm.nl", "info@sodm.nl")
    g.k("PHONE_PUBLIC", "070 379 8400", "070 379 8400")
    g.k("ROLE", "seismoloog", "seismoloog")
    g.k("DATE", "19 april 2024", "19 april 2024")
    g.k("ORG", "Mijnbouwloket", "Mijnbouwloket")
    return g


# ============================================================================ cf30 TenneT letter
@doc
def cf30(path: Path) -> Gold:
    g = Gold("cf30")
    s = Story("helv", 10)
    s.sm("TenneT TSO B.V. | Utrechtseweg 310, 6812 AR Arnhem | Postbus 718, 6800 AS Arnhem | T 026 373 1111")
    s.sp(8)
    s.p("Ministerie van Klimaat en Groene Groei\nDG Klimaat en Energie, directie Elektriciteit\nt.a.v. "
        "de directeur\nPostbus 20401\n2500 EK Den Haag")
    s.kv([("Datum", "10 maart 2025"), ("Referentie", "TNT-CEO-2025-0119"),
          ("Contactpersoon", "Gerrit-Jan Mulder, accountmanager overheden Noord"),
          ("Mobiel", "+31 (0)6 22 41 87 09"), ("E-mail", "gerrit-jan.mulder@tennet.eu"),
          ("Betreft", "Transportcapaciteit Noord-Nederland en voorrang versterkte woningen")])
    s.p("Geachte directeur,")
    s.p("Naar aanleiding van uw verzoek van 28 februari 2025 informeren wij u over de transportcapaciteit op het "
        "hoogspanningsnet in de provincie Groningen. Sinds de uitbreiding van het station Eemshaven Oudeschip en "
        "de ingebruikname van de 380 kV-verbinding Noord-West 380 is er op de hoogste spanningsniveaus ruimte "
        "voor nieuwe afname. De congestie zit vooral op 110 kV en in de middenspanning van Enexis.")
    s.p("TenneT ondersteunt het voorstel om versterkte woningen onder de maatschappelijke categorie 'veiligheid' "
        "te brengen. Wij vragen wel aandacht voor de waterstofplannen van Gasunie in Delfzijl en de datacenters "
        "in de Eemshaven, die grote vermogens vragen.")
    s.p("Voor een bestuurlijke toelichting is onze directie beschikbaar. Inhoudelijke vragen kunt u stellen "
        "aan de heer Mulder. Zijn collega Sanne Kooistra-Bartels (netplanning) heeft de berekeningen gemaakt.")
    s.p("Met vriendelijke groet,\nTenneT TSO B.V.\n\n\nir. P.J. Rodenhuis\ndirecteur Grid Strategy Nederland")
    s.motivation()
    build_reportlab(path, s, title="TNT-CEO-2025-0119", author="G.J. Mulder")
    g.r("PERSON", "Gerrit-Jan Mulder", "Gerrit-Jan Mulder", "Mulder")
    g.r("PERSON", "G.J. Mulder", "G.J. Mulder", where="metadata")
    g.r("PHONE", "+31 (0)6 22 41 87 09", "+31 (0)6 22 41 87 09")
    g.r("EMAIL", "gerrit-jan.mulder@tennet.eu", "gerrit-jan.mulder@tennet.eu")
    g.r("PERSON", "Sanne Kooistra-Bartels", "Sanne Kooistra-Bartels")
    g.r("PERSON", "P.J. Rodenhuis", "P.J. Rodenhuis")
    g.k("ORG", "TenneT TSO B.V.", "TenneT TSO B.V.")
    g.k("ADDRESS_PUBLIC", "Utrechtseweg 310", "Utrechtseweg 310")
    g.k("PHONE_PUBLIC", "026 373 1111", "026 373 1111")
    g.k("ORG", "Ministerie van Klimaat en Groene Groei", "Ministerie van Klimaat en Groene Groei")
    g.k("ADDRESS_PUBLIC", "Postbus 20401", "Postbus 20401")
    g.k("REF", "TNT-CEO-2025-0119", "TNT-CEO-2025-0119")
    g.k("SITE", "Eemshaven Oudeschip", "Eemshaven Oudeschip")
    g.k("PROGRAMME", "Noord-West 380", "Noord-West 380")
    g.k("ORG", "Enexis", "Enexis")
    g.k("ORG", "Gasunie", "Gasunie")
    g.k("PLACE", "Delfzijl", "Delfzijl")
    g.k("ROLE", "accountmanager overheden Noord", "accountmanager overheden Noord")
    g.k("ROLE", "directeur Grid Strategy Nederland", "directeur Grid Strategy Nederland")
    return g


# ============================================================================ cf31 scanned resident letter with signature
@doc
def cf31(path: Path) -> Gold:
    g = Gold("cf31")
    from content import _Signature
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "letter.pdf"
        s = Story("courier", 11)
        s.p("Menno Veenstra\nHogeweg 21\n9982 HB Uithuizermeeden\ntel. 0595-412 367")
        s.sp(10)
        s.p("Aan de Nationaal Coördinator Groningen\nPostbus 5100\n9700 GC Groningen")
        s.sp(8)
        s.p("Uithuizermeeden, 17 februari 2025")
        s.p("Betreft: bezwaar tegen planning versterking, mijn dossiernummer NCG-VS-771204")
        s.p("Geachte heer/mevrouw,")
        s.p("Op 10 februari heb ik het Mijnbouwloket gebeld. Mij werd gezegd dat mijn woning pas in 2027 wordt "
            "versterkt. Ik ben 78 jaar en mijn vrouw Hillie heeft de ziekte van Parkinson. Wij kunnen niet nog "
            "twee jaar in een onveilig huis wonen.")
        s.p("Ik verzoek u mijn woning met voorrang te versterken, zoals de staatssecretaris heeft beloofd voor "
            "ouderen en kwetsbare bewoners.")
        s.p("Hoogachtend,")
        s.items.append(_Signature("M. Veenstra"))
        s.p("M. Veenstra")
        build_reportlab(src, s)
        scan_pdf(path, src, seed=31, dpi=200, angle=-0.5, quality=45, noise=12)
    set_meta(path, producer="Xerox WorkCentre 7855 (scan to PDF)")
    g.r("PERSON", "Menno Veenstra", "Veenstra", where="ocr")
    g.r("ADDRESS", "Hogeweg 21, 9982 HB Uithuizermeeden", "Hogeweg 21", where="ocr")
    g.r("ADDRESS", "9982 HB", "9982 HB", where="ocr")
    g.r("PHONE", "0595-412 367", "412 367", where="ocr")
    g.r("CLIENT_NUMBER", "NCG-VS-771204", "771204", where="ocr")
    g.r("PERSON", "Hillie Veenstra", "Hillie", where="ocr")
    g.r("HEALTH", "ziekte van Parkinson", "Parkinson", where="ocr")
    return g


# ============================================================================ cf32 Gasunie thread
@doc
def cf32(path: Path) -> Gold:
    g = Gold("cf32")
    s = Story("carlito", 10)
    s.h("E-mailwisseling stikstofinstallatie Zuidbroek en afbouw gasnet (document 44)")
    s.sm("From: Bert Wolthuis-Drenth <b.wolthuisdrenth@gasunie.nl>",
         "Sent: Monday, 2 December 2024 08:14",
         "To: 'Dijkema, Karin' <karin.dijkema@minkgg.nl>",
         "Cc: 'Hoekstra-Brink, Marloes' <m.hoekstra-brink@minkgg.nl>",
         "Subject: Stikstofinstallatie Zuidbroek - planning buitengebruikstelling")
    s.p("Beste Karin,",
        "Zoals toegezegd in het overleg met de DG: Gasunie Transport Services (GTS) verwacht dat de "
        "stikstofinstallatie in Zuidbroek vanaf oktober 2025 niet meer nodig is voor de leveringszekerheid, als "
        "de L-gasmarkt in Duitsland en België volgens planning wordt omgebouwd. De formele afweging ligt bij de "
        "minister van Klimaat en Groene Groei; GTS levert het advies over de leveringszekerheid.",
        "Ik heb dit ook kort besproken met Ruben Mazereeuw van de Duitse netbeheerder. Hij deelt het beeld.",
        "Hartelijke groet,",
        "Bert\n\nBert Wolthuis-Drenth | Senior Advisor Public Affairs | N.V. Nederlandse Gasunie\n"
        "Concourslaan 17, 9727 KC Groningen | M +31 6 4819 0276")
    s.sp(4)
    s.sm("Van: Dijkema, Karin <karin.dijkema@minkgg.nl>",
         "Verzonden: vrijdag 29 november 2024 17:40",
         "Aan: Wolthuis-Drenth, Bert",
         "Onderwerp: vraag Zuidbroek")
    s.p("Hoi Bert, de minister krijgt vragen van het Kamerlid Kops over de stikstofinstallatie. Kun je me "
        "maandag de planning sturen? Ik ben vandaag bij de tandarts geweest en slecht bereikbaar, dus mail is "
        "beter. Groet, Karin")
    s.motivation()
    build_reportlab(path, s, title="Document 44", author="KGG")
    g.r("PERSON", "Bert Wolthuis-Drenth", "Bert Wolthuis-Drenth", "Wolthuis-Drenth", "Bert")
    g.r("EMAIL", "b.wolthuisdrenth@gasunie.nl", "b.wolthuisdrenth@gasunie.nl")
    g.r("PERSON", "Karin Dijkema", "Dijkema, Karin", "Karin")
    g.r("EMAIL", "karin.dijkema@minkgg.nl", "karin.dijkema@minkgg.nl")
    g.r("PERSON", "Marloes Hoekstra-Brink", "Hoekstra-Brink, Marloes")
    g.r("EMAIL", "m.hoekstra-brink@minkgg.nl", "m.hoekstra-brink@minkgg.nl")
    g.r("PERSON", "Ruben Mazereeuw", "Ruben Mazereeuw")
    g.r("PHONE", "+31 6 4819 0276", "+31 6 4819 0276")
    g.r("HEALTH", "tandarts", "tandarts")
    g.k("ORG", "Gasunie Transport Services", "Gasunie Transport Services")
    g.k("ORG", "GTS", "GTS")
    g.k("ORG", "N.V. Nederlandse Gasunie", "N.V. Nederlandse Gasunie")
    g.k("ADDRESS_PUBLIC", "Concourslaan 17", "Concourslaan 17")
    g.k("PLACE", "Zuidbroek", "Zuidbroek")
    g.k("PERSON_PUBLIC", "Kamerlid Kops", "Kamerlid Kops")
    g.k("ROLE", "minister van Klimaat en Groene Groei", "minister van Klimaat en Groene Groei")
    g.k("ROLE", "Senior Advisor Public Affairs", "Senior Advisor Public Affairs")
    g.k("TERM", "L-gasmarkt", "L-gasmarkt")
    return g


# ============================================================================ cf33 beslisnota 2023 (2 pages)
@doc
def cf33(path: Path) -> Gold:
    g = Gold("cf33")
    s = Story("times", 10.5)
    s.sm("Ministerie van Economische Zaken en Klimaat | DG Klimaat en Energie | Directie Groningen en "
         "Mijnbouw")
    s.h("Beslisnota bij Kamerbrief reactie op parlementaire enquête aardgaswinning Groningen")
    s.kv([("Aan", "de staatssecretaris Mijnbouw"), ("Van", "directie Groningen en Mijnbouw"),
          ("Datum", "20 april 2023"), ("Kenmerk", "DGKE-GM / 23123456"),
          ("Contactpersoon", "drs. L.M. (Lieke) Bonnema-Kuiper, clusterhoofd\nT 070 379 6544 (secretariaat "
                             "directie) / 06-47 05 18 33\nl.m.bonnema-kuiper@minezk.nl")])
    s.h2_("Aanleiding")
    s.p("Op 24 februari 2023 heeft de parlementaire enquêtecommissie Aardgaswinning Groningen haar rapport "
        "'Groningers boven gas' gepresenteerd. Het kabinet reageert op 25 april 2023 met de kabinetsreactie "
        "'Nij Begun'. Staatssecretaris Vijlbrief heeft toegezegd dat de kabinetsreactie ereschuld erkent.")
    s.h2_("Geadviseerd besluit")
    s.p("Aan de staatssecretaris wordt gevraagd: in te stemmen met de kabinetsreactie en de bijgevoegde "
        "Kamerbrief te ondertekenen.")
    s.h2_("Kern")
    s.p("De kabinetsreactie bevat 50 maatregelen, waaronder een structurele investering van € 250 miljoen per jaar "
        "gedurende 30 jaar, een Staat van Groningen en een regeling immateriële schade via het IMG. Met NAM, "
        "Shell en ExxonMobil worden gesprekken gevoerd over hun bijdrage. De minister van Klimaat en Energie, "
        "Rob Jetten, is medeverantwoordelijk voor de energietransitie in de regio.")
    s.br()
    s.h2_("Krachtenveld")
    s.p("Commissaris van de Koning René Paas en de Groninger burgemeesters, onder wie burgemeester Schuiling "
        "van Groningen, vragen om uitvoering zonder voorbehoud. De Kamerleden Beckerman en Nijboer hebben een "
        "rondetafelgesprek aangevraagd. Groninger Bodem Beweging en Groninger Gasberaad eisen een "
        "onafhankelijke waakhond.")
    s.h2_("Paraafroute")
    s.table([["Naam", "Functie", "Paraaf", "Datum"],
             ["L.M. Bonnema-Kuiper", "clusterhoofd", "LMBK", "20-4"],
             ["S.J. Oldenburger", "directeur Groningen en Mijnbouw", "SJO", "20-4"],
             ["dr. M.C.E. Timmerman-Veldhuizen", "MT-lid directie Groningen en Mijnbouw", "MTV", "21-4"]], [55, 55, 22, 20])
    s.h2_("Informatie die niet openbaar gemaakt kan worden")
    s.p("Motivering")
    s.p("In de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van ambtenaren geanonimiseerd "
        "(artikel 5.1, tweede lid, onder e, van de Woo).")
    build_reportlab(path, s, title="Beslisnota kabinetsreactie enquête", author="Bonnema-Kuiper, L.M.",
                    footer="DGKE-GM / 23123456 | {p}")
    g.r("PERSON", "Lieke Bonnema-Kuiper", "L.M. (Lieke) Bonnema-Kuiper", "L.M. Bonnema-Kuiper", "Lieke",
        "LMBK")
    g.r("PERSON", "Bonnema-Kuiper, L.M.", "Bonnema-Kuiper, L.M.", where="metadata")
    g.r("PHONE", "06-47 05 18 33", "06-47 05 18 33")
    g.r("EMAIL", "l.m.bonnema-kuiper@minezk.nl", "l.m.bonnema-kuiper@minezk.nl")
    g.r("PERSON", "S.J. Oldenburger", "S.J. Oldenburger", "SJO")
    g.r("PERSON", "M.C.E. Timmerman-Veldhuizen", "M.C.E. Timmerman-Veldhuizen", "MTV")
    g.k("ORG", "Ministerie van Economische Zaken en Klimaat", "Ministerie van Economische Zaken en Klimaat")
    g.k("PHONE_PUBLIC", "070 379 6544", "070 379 6544")
    g.k("REF", "DGKE-GM / 23123456", "DGKE-GM / 23123456")
    g.k("ORG", "parlementaire enquêtecommissie Aardgaswinning Groningen",
        "parlementaire enquêtecommissie Aardgaswinning Groningen")
    g.k("DOC", "Groningers boven gas", "Groningers boven gas")
    g.k("PROGRAMME", "Nij Begun", "Nij Begun")
    g.k("PERSON_PUBLIC", "Staatssecretaris Vijlbrief", "Staatssecretaris Vijlbrief")
    g.k("PERSON_PUBLIC", "Rob Jetten", "Rob Jetten")
    g.k("PERSON_PUBLIC", "René Paas", "René Paas")
    g.k("PERSON_PUBLIC", "burgemeester Schuiling", "burgemeester Schuiling")
    g.k("PERSON_PUBLIC", "Beckerman", "Beckerman")
    g.k("PERSON_PUBLIC", "Nijboer", "Nijboer")
    g.k("ORG", "NAM", "NAM")
    g.k("ORG", "Shell", "Shell")
    g.k("ORG", "ExxonMobil", "ExxonMobil")
    g.k("ORG", "IMG", "IMG")
    g.k("ORG", "Groninger Bodem Beweging", "Groninger Bodem Beweging")
    g.k("ORG", "Groninger Gasberaad", "Groninger Gasberaad")
    g.k("ROLE", "directeur Groningen en Mijnbouw", "directeur Groningen en Mijnbouw")
    g.k("ROLE", "staatssecretaris Mijnbouw", "staatssecretaris Mijnbouw")
    g.k("AMOUNT", "€ 250 miljoen", "€ 250 miljoen")
    return g
