"""Documents ay21-ay30 (Groningen, education, water, Schiphol, stikstof)."""
from framework import Doc, bsn, iban

DOCS = []


def add(*a, **k):
    DOCS.append(Doc(*a, **k))


# ---------------------------------------------------------------- ay21 NAM correspondence forwarded (reportlab, annotation)
add("ay21_correspondentie_nam_img", "reportlab", [
    ("h1", "Correspondentie NAM - IMG over regres kosten schadeafhandeling"),
    ("mono", "Van: {r:Willemijn Poelstra-Heeringa}\nVerzonden: vrijdag 7 maart 2025 15:12\n"
             "Aan: {k/MAILBOX:secretariaat@schadedoormijnbouw.nl}\nCC: {r:F. (Floris) Ten Have}; {r:Aurélie Moreau}\n"
             "Onderwerp: Doorgestuurd: facturen Q4 2024"),
    ("p", "Ter kennisname doorgestuurd. Het {k:Ministerie van Klimaat en Groene Groei} wil weten hoe het staat "
          "met de inning. Graag reactie van {r:Moreau} (juridische zaken)."),
    ("mono", "-----Oorspronkelijk bericht-----\nFrom: {r:Dirk-Jan Vellinga} <{r/EMAIL:dirk-jan.vellinga@nam.nl}>\n"
             "Sent: Thursday, 6 March 2025 09:55\nTo: {r:Willemijn Poelstra-Heeringa} "
             "<{r/EMAIL:w.poelstra@schadedoormijnbouw.nl}>\nSubject: facturen Q4 2024"),
    ("p", "Dear {r:Willemijn}, beste {r:Willemijn},"),
    ("p", "De {k:Nederlandse Aardolie Maatschappij} heeft de facturen over het vierde kwartaal ontvangen "
          "(€ 312,4 miljoen). Zoals bekend betwist de {k:NAM} de kosten van de {k/TERM:vaste vergoeding} in het "
          "{k/PLACE:effectgebied}. Onze {k/TERM:legal counsel}, {r:mr. Ruben Verschuur}, heeft een notitie "
          "opgesteld; de aandeelhouders {k:Shell} en {k:ExxonMobil} zijn geïnformeerd. Het "
          "{k:Staatstoezicht op de Mijnen} ontvangt een afschrift."),
    ("p", "Voor overleg ben ik bereikbaar op {r/PHONE:+31 (0)50 521 33 07}. Het algemene nummer van de NAM is "
          "{k/SWITCHBOARD:0592 36 91 11}."),
    ("lines", "Kind regards,\n{r:Dirk-Jan Vellinga}\nHead of Claims Finance | {k:Nederlandse Aardolie Maatschappij B.V.}\n"
              "Schepersmaat 2, {k/PLACE:Assen}"),
    ("h2", "Reactie IMG (concept)"),
    ("p", "De {k/PUBLIC:voorzitter van het IMG} heeft op 10 maart besloten de facturen te handhaven. Volgens "
          "de {k/LAW:Mijnbouwwet} (artikel 6:177 BW) is de NAM aansprakelijk. {r:Ten Have} stelt de brief op; "
          "{k/PUBLIC:staatssecretaris Van Marum} wordt via de {k/TERM:weekly} geïnformeerd."),
], title="Correspondentie NAM-IMG", author="",
    annots=[(0, "{r:Aurélie Moreau}", "Check bedrag met {r:Dirk-Jan} - hij noemde tel. {r/PHONE:06 1022 7731}")])

# ---------------------------------------------------------------- ay22 scan citizen letter to IMG (scan)
add("ay22_scan_brief_bewoner_img", "scan", [
    ("lines", "{r:Marieke Dijkema-Spanninga}\n{r/ADDRESS:Molenweg 23}\n{r/ADDRESS:9901 GT} Appingedam\n{r/PHONE:0596 62 88 14}"),
    ("sp",),
    ("lines", "Instituut Mijnbouwschade Groningen\nt.a.v. de heer {r:Wubbolts}\nPostbus 6\n9700 AA Groningen"),
    ("sp",),
    ("p", "Appingedam, 2 juli 2025"),
    ("p", "Betreft: bezwaar tegen besluit zaaknummer IMG-2025-052210"),
    ("p", "Geachte heer {r:Wubbolts},"),
    ("p", "Hierbij maak ik bezwaar tegen uw besluit van 30 mei 2025. De deskundige, de heer {r:Bogdan Ionescu}, "
          "is maar twintig minuten in ons huis geweest en heeft de kelder niet bekeken. Mijn man, {r:Harm "
          "Dijkema}, heeft de scheuren gefotografeerd. Wij zijn al sinds 2018 bezig met schade."),
    ("p", "Ik vraag u om een nieuwe opname. U kunt mij bellen of mailen op {r/EMAIL:marieke.dijkema@kpnmail.nl}. "
          "Mijn BSN is {r/BSN:" + bsn(2222) + "}."),
    ("p", "Met vriendelijke groet,"),
    ("lines", "{r:M. Dijkema-Spanninga}"),
], fontsize=12, serif=True)

# ---------------------------------------------------------------- ay23 answers to Kamervragen draft (docx, 2p)
add("ay23_concept_antwoorden_kamervragen", "docx", [
    ("h1", "Concept-antwoorden op Kamervragen over de afhandeling van mijnbouwschade bij ouderen"),
    ("p", "Vragen van het lid {k/PUBLIC:Nijboer} ({k:GroenLinks-PvdA}) aan de {k/PUBLIC:staatssecretaris van "
          "Binnenlandse Zaken en Koninkrijksrelaties} (Herstel Groningen) over oudere aanvragers bij het "
          "{k:IMG} (ingezonden 14 mei 2025, {k/REF:2025Z09316})."),
    ("h2", "Vraag 1"),
    ("p", "Bent u bekend met het bericht 'Tachtigjarige wacht drie jaar op schadevergoeding' in het "
          "{k:Dagblad van het Noorden}?"),
    ("h2", "Antwoord 1"),
    ("p", "Ja. Het {k:Instituut Mijnbouwschade Groningen} heeft mij laten weten dat de betrokken aanvrager "
          "inmiddels een besluit heeft ontvangen. Op individuele zaken kan ik niet ingaan."),
    ("h2", "Vraag 2"),
    ("p", "Hoeveel aanvragers van 75 jaar of ouder wachten langer dan een jaar?"),
    ("h2", "Antwoord 2"),
    ("p", "Per 1 mei 2025 ging het om 1.284 aanvragers. Het {k:IMG} zet sinds maart een {k/TERM:fast lane} in "
          "voor deze groep. Het {k:Nationaal Coördinator Groningen} en {k:Het Groninger Loket} bieden "
          "ondersteuning aan huis. De {k:Nationale ombudsman} volgt de aanpak."),
    ("pb",),
    ("h2", "Vraag 3"),
    ("p", "Bent u bereid in overleg te gaan met de {k:Vereniging Groninger Dorpen}?"),
    ("h2", "Antwoord 3"),
    ("p", "Ja. In het {k:Nij Begun}-overleg van juni is dit geagendeerd, samen met {k/PUBLIC:gedeputeerde "
          "Susan Top} en {k/PUBLIC:burgemeester Bolding} van {k:Het Hogeland}."),
    ("h2", "Interne toelichting (niet voor verzending)"),
    ("p", "Input geleverd door {r:Ruth Boekholt} (IMG, woordvoering niet betrokken) en {r:Nikolai Petrov} "
          "(BZK, data). {r:Petrov} merkt op dat de cijfers van april nog niet gevalideerd zijn. Vragen over de "
          "casus uit het artikel: de betrokkene is {r:mevrouw G. Hummel-Wierenga} uit {n:Middelstum}; haar "
          "naam mag nergens worden genoemd."),
    ("table", [["Naam", "Functie", "Paraaf", "Datum"],
               ["{r:Ruth Boekholt}", "coördinator Kamerstukken", "{r/PARAPH:RBo}", "21-05"],
               ["{r:Nikolai Petrov}", "senior data-analist", "{r/PARAPH:NP}", "21-05"],
               ["{r:Marianne Jellema-Ouwerkerk}", "afdelingshoofd Schadeherstel", "{r/PARAPH:MJO}", "22-05"],
               ["{r:drs. Koen Vos}", "directeur Herstel Groningen", "{r/PARAPH:KV}", "23-05"]]),
    ("h2", "Informatie die niet openbaar gemaakt kan worden"),
    ("p", "Motivering:"),
], title="Concept-antwoorden Kamervragen 2025Z09316", author="{r:Ruth Boekholt}")

# ---------------------------------------------------------------- ay24 DUO bezwaar decision (reportlab, 2p)
add("ay24_beslissing_bezwaar_duo", "reportlab", [
    ("lines", "{k:Dienst Uitvoering Onderwijs}\nPostbus 50061, 9702 AB {k/PLACE:Groningen}\n{k/SWITCHBOARD:050 599 77 55}"),
    ("sp",),
    ("lines", "Mevrouw {r:Isabela Gomes Pereira}\n{r/ADDRESS:Oudegracht 211-bis}\n{r/ADDRESS:3511 NH} {n:Utrecht}"),
    ("sp",),
    ("table", [["Datum", "Ons kenmerk", "Uw BSN", "Geboortedatum"],
               ["19 mei 2025", "{k/REF:BZW-2025-118324}", "{r/BSN:" + bsn(2424) + "}", "{r/DOB:07-12-2003}"]]),
    ("p", "Onderwerp: beslissing op uw bezwaar tegen de terugvordering van de uitwonendenbeurs"),
    ("p", "Geachte mevrouw {r:Gomes Pereira},"),
    ("p", "U maakte op 2 april 2025 bezwaar tegen ons besluit van 24 februari 2025. In dat besluit hebben wij uw "
          "uitwonendenbeurs over september 2023 tot en met januari 2025 herzien, omdat u volgens een "
          "huisbezoek op het adres van uw moeder, mevrouw {r:Luzia Gomes}, in {n:Nieuwegein} woonde. U heeft "
          "daartegen aangevoerd dat u op kamers woont aan de Oudegracht."),
    ("h2", "Hoorzitting"),
    ("p", "Op 6 mei 2025 bent u gehoord door {r:mr. Douwe Feenstra} en {r:Priyanka Iyer}. Uw "
          "huisgenoot, de heer {r:Conor Fitzgerald}, heeft een verklaring afgelegd. U werd bijgestaan door "
          "{r:mr. L. Brouwer-Çelik} van het {k:Juridisch Loket}."),
    ("h2", "Beoordeling"),
    ("p", "Op grond van de {k/LAW:Wet studiefinanciering 2000} moet u ingeschreven staan op het adres waar u "
          "woont. Uit de {k:Basisregistratie Personen} blijkt dat u sinds 1 maart 2023 op de Oudegracht "
          "staat ingeschreven. De huurovereenkomst en de bankafschriften van uw rekening "
          "{r/IBAN:" + iban(2424, "BUNQ") + "} ondersteunen uw verklaring. Wij verklaren uw bezwaar gegrond."),
    ("pb",),
    ("h2", "Beslissing"),
    ("p", "Wij herroepen het besluit van 24 februari 2025. De terugvordering van € 4.187,22 vervalt. U "
          "ontvangt een vergoeding van de proceskosten van € 875,00."),
    ("p", "Tegen deze beslissing kunt u beroep instellen bij de {k:rechtbank Noord-Nederland}. Informatie: "
          "{k/TERM:duo.nl/bezwaar}."),
    ("lines", "Met vriendelijke groet,\nnamens de {k/PUBLIC:minister van Onderwijs, Cultuur en Wetenschap},\n\n"
              "{r:mr. D. Feenstra}\njurist Bezwaar en Beroep"),
], title="Beslissing op bezwaar BZW-2025-118324", author="")

# ---------------------------------------------------------------- ay25 parent-school e-mail verlof (html)
add("ay25_mail_verlofaanvraag_school", "html", [
    ("h1", "E-mails verlofaanvraag buiten de schoolvakanties"),
    ("mono", "Van: {r:Rajesh Iyengar} <{r/EMAIL:rajesh.iyengar@gmail.com}>\nDatum: 3 maart 2025 21:14\n"
             "Aan: {k/MAILBOX:administratie@kbs-sintbonifatius.nl}\nOnderwerp: verlof {r:Ananya} en {r:Vikram}"),
    ("p", "Beste {r:meester Hoogeveen},"),
    ("p", "Wij willen {r:Ananya} (groep 5) en {r:Vikram} (groep 3) van 7 tot en met 18 april verlof geven "
          "voor de bruiloft van mijn broer in {k/PLACE:Chennai}. Mijn vrouw {r:Lakshmi} kan alleen in die "
          "periode vrij krijgen van haar werk bij het {k:UMCG}. Bijgaand de uitnodiging."),
    ("p", "Met vriendelijke groet, {r:Rajesh Iyengar}, {r/PHONE:06-87 03 31 52}"),
    ("mono", "Van: {r:Bert Hoogeveen} <{r/EMAIL:b.hoogeveen@kbs-sintbonifatius.nl}>\nDatum: 5 maart 2025 08:02\n"
             "Aan: {r:Rajesh Iyengar}\nCC: {r:Tineke Ploeg-Zuidema} (leerplichtambtenaar)\nOnderwerp: RE: verlof"),
    ("p", "Geachte heer {r:Iyengar},"),
    ("p", "Volgens de {k/LAW:Leerplichtwet 1969} (artikel 11, onder g) kan ik voor gewichtige "
          "omstandigheden maximaal tien schooldagen verlof geven. Een huwelijk van een bloed- of aanverwant "
          "tot en met de derde graad valt daaronder, maar alleen voor de dagen rond de bruiloft zelf. Ik geef "
          "verlof voor 9 tot en met 14 april. Voor langer verlof beslist de leerplichtambtenaar van de "
          "{k:Gemeente Assen}, mevrouw {r:Ploeg-Zuidema}."),
    ("p", "Het algemene nummer van de school is {k/SWITCHBOARD:0592 31 40 66}; de schoolgids staat op "
          "{k/TERM:www.kbs-sintbonifatius.nl}."),
    ("lines", "Met vriendelijke groet,\n{r:B. Hoogeveen}\ndirecteur {k:KBS Sint Bonifatius}, {k/PLACE:Assen}"),
    ("mono", "Van: {r:Tineke Ploeg-Zuidema} <{r/EMAIL:t.ploeg-zuidema@assen.nl}>\nDatum: 5 maart 2025 11:40\n"
             "Aan: {r:Bert Hoogeveen}\nOnderwerp: RE: RE: verlof"),
    ("p", "Prima afgehandeld, {r:Bert}. Als de familie toch langer gaat, graag melden via {k/MAILBOX:leerplicht@assen.nl}. "
          "{k/PUBLIC:Wethouder Harsevoort} wil in het najaar cijfers over luxe verzuim. Groet, {r:Tineke}"),
], title="Verlofaanvraag")

# ---------------------------------------------------------------- ay26 Wetterskip AB minutes (docx, 2p)
add("ay26_notulen_algemeen_bestuur_wetterskip", "docx", [
    ("h1", "Besluitenlijst en actielijst vergadering Algemeen Bestuur Wetterskip Fryslân"),
    ("p", "Datum: 24 juni 2025. Plaats: waterschapshuis, Harlingerstraatweg 113, {k/PLACE:Leeuwarden}. "
          "Voorzitter: {k/PUBLIC:dijkgraaf Luzette Kroon}. Secretaris-directeur: {k/PUBLIC:Rintje van der Meer}."),
    ("table", [["Aanwezig", "Functie"],
               ["{k/PUBLIC:Luzette Kroon}", "dijkgraaf"],
               ["{k/PUBLIC:heemraad Sietske Poepjes}", "lid dagelijks bestuur"],
               ["{k/PUBLIC:heemraad Johannes Kramer}", "lid dagelijks bestuur"],
               ["{r:Baukje Sikkema}", "bestuurssecretaris (notulen)"],
               ["{r:Lucas Ferreira dos Santos}", "adviseur waterkwaliteit"],
               ["{r:Niels O'Connor}", "controller"]]),
    ("h2", "1. Vaststelling agenda"),
    ("p", "De agenda wordt ongewijzigd vastgesteld. Inspreker: de heer {r:Jorrit Bergsma} uit "
          "{n:Wommels}, namens een groep melkveehouders, over de peilbesluiten in de {k/PLACE:Greiden}."),
    ("h2", "2. Peilbesluit Greidhoeke"),
    ("p", "{k/PUBLIC:Heemraad Poepjes} licht het voorstel toe. Het peil gaat in vier stappen omhoog om "
          "bodemdaling en CO₂-uitstoot te beperken, in lijn met de {k/LAW:Kaderrichtlijn Water} en het "
          "{k:Veenweideprogramma}. {r:Ferreira dos Santos} beantwoordt technische vragen over de "
          "{k/TERM:monitoring}. Het voorstel wordt aangenomen met 19 stemmen voor en 8 tegen."),
    ("pb",),
    ("h2", "3. Jaarrekening 2024"),
    ("p", "{r:O'Connor} presenteert de jaarrekening. De accountant ({k:Deloitte}) geeft een goedkeurende "
          "verklaring. De {k/TERM:management letter} vraagt aandacht voor de IT-beveiliging."),
    ("h2", "4. Rondvraag"),
    ("p", "De fractie {k:Water Natuurlijk} vraagt naar de muskusrattenbestrijding. {k/PUBLIC:Heemraad Kramer} "
          "zegt een notitie toe. Bewoners met vragen kunnen terecht bij {k/SWITCHBOARD:058 292 22 22} of "
          "{k/MAILBOX:info@wetterskipfryslan.nl}."),
    ("h2", "Actielijst"),
    ("table", [["Nr", "Actie", "Eigenaar", "Gereed"],
               ["AB-25-14", "Reactie aan inspreker {r:Bergsma}", "{r/PARAPH:BSi}", "juli"],
               ["AB-25-15", "Notitie muskusratten", "{k/PUBLIC:Kramer}", "september"],
               ["AB-25-16", "Opvolging management letter", "{r/PARAPH:NOC}", "oktober"]]),
], title="Besluitenlijst AB 24 juni 2025", author="{r:Baukje Sikkema}")

# ---------------------------------------------------------------- ay27 ProRail incident report (html, 2p)
add("ay27_incidentrapport_overweg_prorail", "html", [
    ("h1", "Incidentrapport bijna-aanrijding overweg Hardegarijp (km 12.4)"),
    ("table", [["Gegeven", "Waarde"],
               ["Incidentnummer", "{k/REF:PR-INC-2025-08816}"],
               ["Datum en tijd", "11 juli 2025, 07:48 uur"],
               ["Locatie", "overweg Rijksstraatweg, {k/PLACE:Hardegarijp}, baanvak Leeuwarden-Groningen"],
               ["Vervoerder", "{k:Arriva}"],
               ["Machinist", "{r:Hidde Wijbenga}, personeelsnummer {r/ID:AR-403817}"],
               ["Onderzoeker {k:ProRail}", "{r:Mihaela Stanciu}"],
               ["Verkeersleider", "{r:J.P. (Jan-Pieter) Scheepstra}"]]),
    ("h2", "Toedracht"),
    ("p", "Een bestelbus stak de overweg over terwijl de halve overwegbomen sloten. De machinist remde met een "
          "snelremming; de trein kwam 40 meter na de overweg tot stilstand. De bestuurder van de bus, de heer "
          "{r:Patrick Mulligan} ({r/DOB:geboren 4 april 1990}), reed door. Kenteken bekend bij de {k:Politie}."),
    ("h2", "Getuigen"),
    ("table", [["Naam", "Rol", "Contact"],
               ["{r:Froukje Visser-de Haan}", "fietser, wachtte voor de overweg", "{r/PHONE:06 11 48 93 05}"],
               ["{r:Emre Aksoy}", "passagier", "{r/EMAIL:emre.aksoy@live.nl}"],
               ["{r:Tessa Engelsman}", "conducteur {k:Arriva}", "via vervoerder"]]),
    ("pb",),
    ("h2", "Analyse"),
    ("p", "De overweg is opgenomen in het {k:Landelijk Verbeterprogramma Overwegen}. Volgens de "
          "{k/TERM:root cause analysis} is de zichtlijn beperkt door beplanting van de gemeente. De "
          "{k:Inspectie Leefomgeving en Transport} is op 11 juli gemeld. De {k/PUBLIC:burgemeester van "
          "Tytsjerksteradiel} is geïnformeerd."),
    ("h2", "Maatregelen"),
    ("p", "{r:Stanciu} adviseert snoeien binnen vier weken en een camera. {r:Wijbenga} is na het incident "
          "opgevangen door het {k/TERM:peer support team}. Vragen: {k/MAILBOX:publieksinformatie@prorail.nl}, "
          "{k/SWITCHBOARD:0800 776 72 45}."),
    ("small", "Opgesteld door {r:M. Stanciu}, {r/EMAIL:mihaela.stanciu@prorail.nl}, {r/PHONE:06-3370 1294}"),
], title="Incidentrapport PR-INC-2025-08816")

# ---------------------------------------------------------------- ay28 kitchen-table talk stikstof (reportlab)
add("ay28_gespreksverslag_keukentafel_stikstof", "reportlab", [
    ("h1", "Gespreksverslag keukentafelgesprek - extensivering melkveebedrijf"),
    ("lines", "Provincie Drenthe | Gebiedsproces Drentsche Aa\nDatum: 2 september 2025\n"
              "Kenmerk: {k/REF:PD-GB-2025-0713}"),
    ("table", [["Deelnemers", ""],
               ["Ondernemers", "{r:Roelf Haikens} en {r:Grietje Haikens-Bruins}"],
               ["Namens de {k:Provincie Drenthe}", "{r:Eva Lindqvist}, gebiedsregisseur"],
               ["Namens {k:LTO Noord}", "{r:Henk-Jan Nijland}"],
               ["Bedrijfsadviseur", "{r:Bart Wesseling} ({k:Flynth})"]]),
    ("h2", "Situatie"),
    ("p", "Het bedrijf ligt op 600 meter van het {k/PLACE:Natura 2000}-gebied Drentsche Aa. Er worden 140 "
          "melkkoeien gehouden op 85 hectare. De stikstofdepositie op de habitattypen is hoog. {r:Haikens} "
          "wil doorgaan, maar extensiveren. Zijn dochter {r:Marleen} wil het bedrijf overnemen."),
    ("h2", "Mogelijkheden"),
    ("p", "{r:Lindqvist} noemt de {k:Maatregel gerichte aankoop}, omschakeling naar biologisch en de "
          "{k/TERM:agrarisch natuurbeheer}-pakketten van de {k:Collectief Drenthe}. Het bedrijf valt niet "
          "onder de {k:Lbv-plus}. {k/PUBLIC:Gedeputeerde Egbert Holtkamp} heeft aangeboden het gebied te "
          "bezoeken. {r:Nijland} wijst op de grondprijzen en de {k/TERM:derogatie}."),
    ("h2", "Afspraken"),
    ("p", "{r:Wesseling} maakt een bedrijfsplan. Het vervolggesprek is op de boerderij, {r/ADDRESS:Gasterenseweg 4}. "
          "{r:Grietje} stuurt de {k/TERM:KringloopWijzer} naar {r/EMAIL:g.haikens@agroweb.nl}-kopie aan "
          "{r:Eva}. Algemene vragen: {k/MAILBOX:gebiedsprocessen@drenthe.nl}, {k/SWITCHBOARD:0592 36 55 55}."),
], title="Gespreksverslag keukentafel", author="")

# ---------------------------------------------------------------- ay29 versterking resident overview (html landscape)
add("ay29_overzicht_bewoners_versterking", "html", [
    ("h1", "Overzicht bewoners versterkingsopgave Loppersum-Noord, batch 7 (intern, {k:NCG})"),
    ("table", [["Adres", "Eigenaar / bewoner", "Telefoon", "E-mail", "Status", "Bouwkundig adviseur", "Bijzonderheden"],
               ["{r/ADDRESS:Molenstraat 8}", "{r:fam. Kuipers-Dijkstra}", "{r/PHONE:0596-57 14 22}", "-", "opname gepland", "{r:Gerben Atsma}", "-"],
               ["{r/ADDRESS:Molenstraat 10}", "{r:Fernanda Alves}", "{r/PHONE:06 29 93 40 17}", "{r/EMAIL:fernanda.alves@icloud.com}", "advies gereed", "{r:Gerben Atsma}", "huurwoning {k:Acantus}"],
               ["{r/ADDRESS:Wirdumerweg 2}", "{r:H. ZUIDEMA}", "{r/PHONE:0596 57 20 91}", "-", "in uitvoering", "{r:Sjoerd Pot}", "rijksmonument"],
               ["{k/STREET:Kerkplein 1}", "{k:Stichting Oude Groninger Kerken}", "{k/SWITCHBOARD:050 312 35 69}", "{k/MAILBOX:info@groningerkerken.nl}", "in uitvoering", "{r:Sjoerd Pot}", "kerk"],
               ["{r/ADDRESS:Stationsstraat 19}", "{r:Dragomir Ivanov}", "{r/PHONE:+359 88 412 7760}", "{r/EMAIL:d.ivanov@abv.bg}", "bezwaar", "{r:Ciara Byrne}", "tolk Bulgaars"],
               ["{r/ADDRESS:Stationsstraat 21}", "{r:Aaltje Nienhuis}", "{r/PHONE:0596-57 31 08}", "-", "wachtlijst", "{r:Ciara Byrne}", "83 jaar, dochter {r:Ria}"]]),
    ("p", "Bron: {k/TERM:CRM}-export {k:Nationaal Coördinator Groningen}, 1 oktober 2025. Gemeente: "
          "{k:Eemsdelta}. Uitvoering: {k:Centrum Veilig Wonen}. Vragen: {k/MAILBOX:info@nationaalcoordinatorgroningen.nl}."),
], title="Overzicht bewoners batch 7", landscape=True, fontsize=9)

# ---------------------------------------------------------------- ay30 memo Schiphol BAS (reportlab, 2p, outline + metadata)
add("ay30_notitie_hinderbeleving_schiphol", "reportlab", [
    ("h1", "Notitie hinderbeleving en klachtafhandeling rond Schiphol"),
    ("lines", "Aan: {k/PUBLIC:minister van Infrastructuur en Waterstaat}\nVan: directie Luchtvaart\n"
              "Datum: 9 oktober 2025\nOpsteller: {r:Vincent Hallewas-Lubbers}\n"
              "Meegelezen: {r:Oona Keegan}, {r:Szilvia Tóth}"),
    ("h2", "1. Aanleiding"),
    ("p", "Het {k:Bewoners Aanspreekpunt Schiphol} registreerde in 2024 ruim 1,2 miljoen meldingen van 14.000 "
          "melders. Een klein aantal melders is verantwoordelijk voor een groot deel: de grootste melder "
          "(gemeente {n:Uithoorn}) deed 93.000 meldingen via een {k/TERM:app}. De {k:Omgevingsraad Schiphol} "
          "heeft gevraagd om een andere weergave van de cijfers."),
    ("h2", "2. Analyse"),
    ("p", "{k:Royal Schiphol Group} en {k:Luchtverkeersleiding Nederland} zien de meldingen als signaal, niet "
          "als meting. Het {k:RIVM} meet geluid in het {k/TERM:Noise Monitoring System}. In de "
          "{k/LAW:Wet luchtvaart} staat geen plicht tot klachtafhandeling. {r:Keegan} adviseert een "
          "onafhankelijk onderzoek naar hinderbeleving."),
    ("p", "{k/PUBLIC:Burgemeester Oude Kotte} ({k:Aalsmeer}) en {k/PUBLIC:wethouder Van Duijn} "
          "({k:Haarlemmermeer}) vragen om het {k/TERM:balanced approach}-traject te versnellen."),
    ("pb",),
    ("h2", "3. Casus"),
    ("p", "Een melder uit {n:Zwanenburg}, de heer {r:Paddy Mac Giolla Rua}, stuurde de minister een "
          "persoonlijke brief met 300 handtekeningen. Hij vroeg een gesprek. {r:Tóth} heeft hem gebeld op "
          "{r/PHONE:020 497 31 12}. Advies: het gesprek laten voeren door de directie, niet door de minister."),
    ("h2", "4. Advies"),
    ("p", "Stem in met een onderzoek door het {k:Kennisinstituut voor Mobiliteitsbeleid}. Informeer de "
          "{k:Tweede Kamer} in de volgende voortgangsbrief. Contact: {k/MAILBOX:luchtvaart@minienw.nl}, "
          "{k/SWITCHBOARD:070 456 0000}."),
    ("h2", "Informatie die niet openbaar gemaakt kan worden"),
    ("p", "Motivering: persoonsgegevens van ambtenaren en van de melder zijn in de openbare versie verwijderd "
          "(5.1.2e)."),
], title="Notitie hinderbeleving Schiphol - {r:V. Hallewas}", author="{r:Vincent Hallewas-Lubbers}",
    outline=[("Notitie hinderbeleving (versie {r:Oona})", 0), ("Casus {r:Mac Giolla Rua}", 1)])
