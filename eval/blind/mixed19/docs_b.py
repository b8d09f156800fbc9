"""Set mixed19, part B: council papers, Woo decisions, newsletters, hearings, Kamervragen."""
from __future__ import annotations

from pathlib import Path

from framework import Pic, bsn, gs_redistill, h, iban, img, t, table_pic  # noqa: F401
from render import chromium_doc, docx_doc, fpdf_doc, reportlab_pdf

CM = 28.3465


# ------------------------------------------------------------------------------------------------
def ac12(out):
    """Raadsvoorstel (LibreOffice) with a contact person, portefeuillehouder and a hidden author."""
    blocks = [
        ("h1", "Raadsvoorstel"),
        ("table", [["Onderwerp", "Vaststellen {{Warmteprogramma Deventer 2025-2030|PROGRAM}}"],
                   ["Registratienummer", "{{RV-2025-0117|CASE_NUMBER}}"],
                   ["Portefeuillehouder", "wethouder {{Chris Hulleman|OFFICE_HOLDER}}"],
                   ["Contactpersoon", "[[Yvonne ter Beek-Nijhuis|PERSON]], programmamanager Energietransitie"],
                   ["Telefoon / e-mail", "[[06-5390 1228|PHONE]] / [[y.terbeek@deventer.nl|EMAIL]]"],
                   ["Raadsvergadering", "9 april 2025 (commissie {{Fysiek Domein|ORG}}: 24 maart 2025)"]],
         [4.2, 12.5], {"head": False}),
        ("h2", "Voorgesteld besluit"),
        ("p", "De raad wordt voorgesteld:\n1. het {{Warmteprogramma Deventer 2025-2030|PROGRAM}} vast te stellen;\n"
              "2. een krediet van € 2,4 miljoen beschikbaar te stellen voor de wijkaanpak {{Rivierenwijk|PLACE}} en "
              "{{Voorstad-Oost|PLACE}};\n3. kennis te nemen van de reactienota inspraak."),
        ("h2", "Inleiding"),
        ("p", "De {{Wet collectieve warmte|LAW}} en de {{Omgevingswet|LAW}} vragen gemeenten om per wijk aan te geven wanneer "
              "en hoe die van het aardgas af gaat. Het programma bouwt voort op de {{Transitievisie Warmte|PROGRAM}} (2021) "
              "en op de proeftuin {{Aardgasvrije Wijken|PROGRAM}} in de {{Rivierenwijk|PLACE}}."),
        ("h2", "Inspraak"),
        ("p", "Het ontwerp lag van 6 januari tot 17 februari 2025 ter inzage. Er kwamen 38 reacties, onder meer van "
              "{{Woonbedrijf ieder1|ORG}}, {{Deventer Energie Coöperatie|ORG}} en {{Enexis Netbeheer|ORG}}. Bewoner "
              "[[Auke Terpstra|PERSON]] diende namens een groep van twaalf eigenaren van jaren-dertigwoningen aan de "
              "{{Ceintuurbaan|STREET}} een uitgebreide reactie in; zijn voorstel voor een collectieve warmtepomp is "
              "overgenomen. De heer [[Terpstra|PERSON]] sprak ook in tijdens de informatiebijeenkomst van 29 januari. Een tweede "
              "groep, vertegenwoordigd door [[Noura Benali|PERSON]] en [[Henk-Jan Stroeve|PERSON]] van de "
              "{{Vereniging Eigen Huis|ORG}}-afdeling, vroeg om een garantie op de woonlasten."),
        ("h2", "Financiën"),
        ("p", "Het krediet wordt gedekt uit de {{Specifieke uitkering Aardgasvrije Wijken|PROGRAM}} van het Rijk "
              "(€ 1,6 miljoen) en de bestemmingsreserve Duurzaamheid."),
        ("h2", "Vervolg"),
        ("p", "Na vaststelling informeren wij de bewoners via de {{Deventer Post|PRODUCT}} en een bijeenkomst in buurthuis "
              "{{De Knipscheer|ORG}}. Vragen van raadsleden kunnen via de griffie ({{griffie@deventer.nl|MAILBOX}}) of "
              "rechtstreeks aan de contactpersoon."),
        ("p", "Burgemeester en wethouders van {{Deventer|PLACE}},\nde secretaris,            de burgemeester,\n"
              "                                {{Ron König|OFFICE_HOLDER}}"),
        ("pb",),
        ("h1", "Ontwerpbesluit"),
        ("p", "De raad van de gemeente {{Deventer|PLACE}}, gelezen het voorstel van burgemeester en wethouders van 11 maart "
              "2025, {{RV-2025-0117|CASE_NUMBER}}; gelet op artikel 3.6 van de {{Omgevingswet|LAW}};"),
        ("p", "besluit:\n1. het {{Warmteprogramma Deventer 2025-2030|PROGRAM}} vast te stellen;\n"
              "2. een krediet van € 2,4 miljoen beschikbaar te stellen.\n\nAldus besloten in de openbare vergadering van "
              "9 april 2025.\n\nDe griffier,            De voorzitter,\n                          {{R.C. König|OFFICE_HOLDER}}"),
    ]
    docx_doc(blocks, out, header="{{Gemeente Deventer|ORG}} - raadsvoorstel {{RV-2025-0117|CASE_NUMBER}}")
    return {"info": {"Author": h("metadata", "[[ter Beek-Nijhuis, Yvonne|PERSON]]"),
                     "Subject": "Raadsvoorstel Warmteprogramma"}}


# ------------------------------------------------------------------------------------------------
def ac13(out):
    """Motie vreemd aan de orde (reportlab): raadsleden sign, a resident is named in the considerations."""
    blocks = [
        ("small", "Gemeenteraad {{Amersfoort|PLACE}} - vergadering 18 maart 2025 - agendapunt 7"),
        ("h1", "Motie vreemd aan de orde van de dag: 'Geef de {{Kersenbaan|STREET}} haar bankjes terug'"),
        ("p", "De raad van de gemeente {{Amersfoort|PLACE}}, in vergadering bijeen op 18 maart 2025,"),
        ("p", "constaterende dat:\n- de gemeente in januari 2025 zes bankjes langs de {{Kersenbaan|STREET}} heeft "
              "verwijderd na meldingen over overlast;\n- ouderen van wooncentrum {{De Koperhorst|ORG}} daardoor geen rustpunt "
              "meer hebben op weg naar het {{Eemplein|PLACE}};"),
        ("p", "overwegende dat:\n- inspreker mevrouw [[Trijntje van der Meulen-Postma|PERSON]] (84) in de commissie "
              "{{Stad en Ruimte|ORG}} van 4 maart heeft verteld dat zij sinds januari niet meer zelfstandig naar de markt "
              "loopt;\n- de wijkagent en het buurtteam {{Kruiskamp|PLACE}} de overlast inmiddels anders aanpakken;\n"
              "- mevrouw [[Van der Meulen|PERSON]] 140 handtekeningen heeft verzameld, samen met haar buurman "
              "[[Gerard Wibier|PERSON]] en zijn dochter [[Naomi Wibier-Tahiri|PERSON]];\n- de heer [[Wibier|PERSON]] "
              "in december 2024 is gevallen op weg naar de bushalte;"),
        ("p", "verzoekt het college:\n- de bankjes vóór 1 mei 2025 terug te plaatsen, in overleg met de bewoners en "
              "{{Portaal|ORG}} als eigenaar van {{De Koperhorst|ORG}};\n- de raad in de eerstvolgende "
              "{{Staat van de Stad|PRODUCT}} te informeren over de aanpak van overlast in {{Kruiskamp|PLACE}},"),
        ("p", "en gaat over tot de orde van de dag."),
        ("table", [["Ingediend door", "Fractie", "Handtekening"],
                   ["{{Menno Hoekstra|OFFICE_HOLDER}}", "{{ChristenUnie|PARTY}}", ""],
                   ["{{Fatima Bouchtaoui|OFFICE_HOLDER}}", "{{GroenLinks|PARTY}}", ""],
                   ["{{Gert-Jan de Kruijf|OFFICE_HOLDER}}", "{{Amersfoort2014|PARTY}}", ""],
                   ["{{Ingrid Soetekouw-Baak|OFFICE_HOLDER}}", "{{CDA|PARTY}}", ""],
                   ["{{Dilan Kaya|OFFICE_HOLDER}}", "{{PvdA|PARTY}}", ""]], [5.5, 4.0, 5.0]),
        ("p", "Uitslag: aangenomen met 31 stemmen voor en 6 tegen. Tegen: fractie {{VVD|PARTY}} (raadslid "
              "{{Koen Vermeulen|OFFICE_HOLDER}} legde een stemverklaring af). Wethouder {{Cathelijne Bouwkamp|OFFICE_HOLDER}} "
              "ontraadde de motie eerst, maar liet het oordeel na de schorsing aan de raad."),
        ("small", "Griffie {{Amersfoort|PLACE}}, {{Stadhuisplein 1|OFFICE_ADDRESS}} - {{griffie@amersfoort.nl|MAILBOX}}. "
                  "Motie nr. {{M-2025-014|CASE_NUMBER}}."),
    ]
    reportlab_pdf(blocks, out)


# ------------------------------------------------------------------------------------------------
def ac14(out):
    """Amendement (Chromium) in a Frisian municipality, with the civil servant who helped draft it."""
    blocks = [
        ("small", "Gemeenteraad {{Súdwest-Fryslân|ORG}} - raadsvergadering 27 februari 2025"),
        ("h1", "Amendement A-3 bij agendapunt 9: {{Kadernota Sport en Bewegen|PROGRAM}}"),
        ("p", "De raad van de gemeente {{Súdwest-Fryslân|ORG}}, in vergadering bijeen op 27 februari 2025, gehoord de "
              "beraadslaging over het voorstel {{Kadernota Sport en Bewegen 2025-2028|PROGRAM}},"),
        ("p", "besluit het ontwerpbesluit als volgt te wijzigen: aan beslispunt 2 wordt toegevoegd: 'met dien verstande dat "
              "het zwembad {{De Kûpe|ORG}} in {{Bolsward|PLACE}} tot ten minste 2028 open blijft en de bijdrage aan "
              "{{IJsclub Nij Bosma Zathe|ORG}} in {{IJlst|PLACE}} gelijk blijft.'"),
        ("h2", "Toelichting"),
        ("p", "Het college stelt voor de openingsuren van {{De Kûpe|ORG}} te halveren. Uit de zwembadmonitor van de "
              "{{Sportraad Súdwest-Fryslân|ORG}} blijkt dat juist ouderen en scholieren uit {{Bolsward|PLACE}} en "
              "{{Witmarsum|PLACE}} het bad gebruiken. De indieners hebben gesproken met badmeester "
              "[[Sybren Wijbenga|PERSON]] en met de voorzitter van de zwemvereniging, mevrouw [[Antje de Haan-Kuipers|PERSON]], "
              "die op 12 februari insprak. Ook oud-badmeester [[Harmen Sijtsma|PERSON]] en de ouders [[Sjoerd|PERSON]] en "
              "[[Wietske Altena|PERSON]] stuurden de fracties een brief."),
        ("p", "De financiële gevolgen zijn doorgerekend met ondersteuning van de afdeling Financiën "
              "([[Jelmer Zijlstra|PERSON]], [[j.zijlstra@sudwestfryslan.nl|EMAIL]]). De dekking komt uit de "
              "algemene reserve; wethouder {{Mark Haagsma|OFFICE_HOLDER}} heeft toegezegd een memo te sturen."),
        ("table", [["Indiener", "Fractie"],
                   ["{{Hindrik Jan Okkema|OFFICE_HOLDER}}", "{{FNP|PARTY}}"],
                   ["{{Maaike Brouwer-Jorritsma|OFFICE_HOLDER}}", "{{CDA|PARTY}}"],
                   ["{{Sander Tigchelaar|OFFICE_HOLDER}}", "{{PvdA|PARTY}}"],
                   ["{{Hilda Kalsbeek|OFFICE_HOLDER}}", "{{ChristenUnie|PARTY}}"]], [6, 6]),
        ("p", "Besluit: aangenomen (22 voor, 11 tegen). De voorzitter, burgemeester {{Jannewietske de Vries|OFFICE_HOLDER}}, "
              "stelt vast dat het amendement onderdeel wordt van het besluit."),
        ("small", "Griffie {{Súdwest-Fryslân|ORG}} - {{Marktstraat 15|OFFICE_ADDRESS}}, {{Sneek|PLACE}} - "
                  "{{griffie@sudwestfryslan.nl|MAILBOX}}"),
    ]
    chromium_doc(blocks, out)


# ------------------------------------------------------------------------------------------------
def ac15(out):
    """List of speakers (insprekers) for a council committee (LibreOffice table)."""
    rows = [["Nr", "Naam inspreker", "Namens", "Agendapunt", "Contact (alleen voor griffie)"],
            ["1", "dhr. [[A.B. Xasan Nuur|PERSON]]\n([[Abdirahman|PERSON]])", "eigen naam", "4. Huisvesting statushouders",
             "[[06-2984 4513|PHONE]]"],
            ["2", "mevr. [[C. Visser-van Rijn|PERSON]]", "{{Wijkraad Schothorst|ORG}}", "4. Huisvesting statushouders",
             "[[c.visser@wijkraadschothorst.nl|EMAIL]]"],
            ["3", "[[Mariana Costa Ferreira|PERSON]]", "{{Vluchtelingenwerk Midden-Nederland|ORG}}", "4. Huisvesting statushouders",
             "via organisatie"],
            ["4", "[[Joop Kok|PERSON]]", "eigen naam", "5. Parkeerbeleid binnenstad", "[[joopkok1957@hotmail.com|EMAIL]]"],
            ["5", "dhr. [[P. van Dam|PERSON]]", "{{Ondernemersvereniging Binnenstad|ORG}}", "5. Parkeerbeleid binnenstad",
             "[[033-4654 218|PHONE]]"],
            ["6", "[[Lotte de Winter|PERSON]]", "{{Fietsersbond Amersfoort|ORG}}", "5. Parkeerbeleid binnenstad",
             "[[lotte@fietsersbond-amersfoort.nl|EMAIL]]"],
            ["7", "[[KARAGÖZ, M.|PERSON]]", "eigen naam", "6. Kermis en evenementen", "[[06-4012 7781|PHONE]]"]]
    blocks = [
        ("h1", "Sprekerslijst commissie {{Samenleving|ORG}}"),
        ("p", "Vergadering van dinsdag 11 maart 2025, 19.30 uur, raadzaal stadhuis {{Amersfoort|PLACE}}. Voorzitter: "
              "raadslid {{Anne-Marie van Daalen|OFFICE_HOLDER}} ({{D66|PARTY}}). Aanwezig namens het college: wethouder "
              "{{Willem-Jan Stegeman|OFFICE_HOLDER}}."),
        ("p", "Insprekers hebben maximaal vijf minuten. De contactgegevens zijn alleen bedoeld voor de griffie en worden niet "
              "gepubliceerd."),
        ("table", rows, [0.9, 5.6, 7.0, 5.2, 7.0], {"size": 8.5}),
        ("h2", "Toelichting"),
        ("p", "Inspreker 1, de heer [[Xasan Nuur|PERSON]], woont sinds 2023 in {{Amersfoort|PLACE}} en spreekt over de "
              "wachttijd voor gezinshereniging. Mevrouw [[Visser-van Rijn|PERSON]] spreekt namens de wijkraad over het "
              "tijdelijke woongebouw aan de {{Hogeweg|STREET}}. Inspreker 7 heeft zich na de sluitingstijd aangemeld; de "
              "voorzitter beslist of hij mag spreken."),
        ("small", "Opgesteld door de griffie. Aanmelden om in te spreken: {{griffie@amersfoort.nl|MAILBOX}} of "
                  "{{14 033|SWITCHBOARD}}."),
    ]
    docx_doc(blocks, out, landscape=True)


# ------------------------------------------------------------------------------------------------
def ac16(out):
    """Besluitenlijst of a council meeting (fpdf2) with raadsleden, wethouders, insprekers and a petitioner."""
    blocks = [
        ("h1", "Besluitenlijst openbare vergadering van de raad van {{Deventer|PLACE}}"),
        ("p", "Datum: 12 februari 2025. Voorzitter: burgemeester {{R.C. König|OFFICE_HOLDER}}. Griffier: de griffier. "
              "Aanwezig: 37 raadsleden; afwezig met kennisgeving: {{Tamara Aalbers|OFFICE_HOLDER}} ({{VVD|PARTY}}) en "
              "{{Jos Hilhorst|OFFICE_HOLDER}} ({{SP|PARTY}})."),
        ("h2", "1. Opening en mededelingen"),
        ("p", "De voorzitter deelt mee dat wethouder {{Liesbeth Grijsen|OFFICE_HOLDER}} vanaf 1 maart met zwangerschapsverlof "
              "gaat; haar portefeuille wordt waargenomen door wethouder {{Chris Hulleman|OFFICE_HOLDER}}."),
        ("h2", "2. Aanbieden petitie 'Houd de {{Bibliotheek Colmschate|ORG}} open'"),
        ("p", "Mevrouw [[Wilma Hoogeveen-Brink|PERSON]] biedt namens de {{Vereniging Vrienden van de Bibliotheek|ORG}} een petitie "
              "met 2.318 handtekeningen aan. De voorzitter neemt de petitie in ontvangst. Mevrouw [[Hoogeveen|PERSON]] wordt "
              "bedankt; de petitie gaat naar de commissie {{Sociaal Domein|ORG}}."),
        ("h2", "3. Vaststellen agenda en notulen"),
        ("p", "De agenda wordt vastgesteld. De notulen van 22 januari worden vastgesteld met een correctie van raadslid "
              "{{Mariska ten Heuw|OFFICE_HOLDER}} ({{CDA|PARTY}}) op pagina 4."),
        ("h2", "4. Hamerstukken"),
        ("p", "a. {{Verordening maatschappelijke ondersteuning Deventer 2025|LAW}}: vastgesteld.\nb. Jaarverslag "
              "{{Veiligheidsregio IJsselland|ORG}} 2024: voor kennisgeving aangenomen.\nc. Grondexploitatie "
              "{{Steenbrugge|PLACE}}: vastgesteld."),
        ("h2", "5. Bestemmingsplan {{Havenkwartier|PLACE}} fase 3"),
        ("p", "Insprekers in de commissie waren de heer [[Bas Oude Nijhuis|PERSON]] (bewoner {{Hanzeweg|STREET}}) en "
              "mevrouw [[Zoë Wolters|PERSON]] namens {{Stichting Havenkwartier Leeft|ORG}}. Ook de ondernemer [[Cheng Wei Lin|PERSON]] "
              "(restaurant aan de kade) sprak in; de heer [[Lin|PERSON]] vreest voor zijn terras. Amendement A1 van de "
              "fracties {{GroenLinks|PARTY}} en {{D66|PARTY}} (eerste indiener {{Rutger Daamen|OFFICE_HOLDER}}) over groen "
              "op de kade: aangenomen (24-13). Het gewijzigde plan wordt vastgesteld. Stemverklaring van "
              "{{Hatice Öztürk|OFFICE_HOLDER}} ({{DENK|PARTY}})."),
        ("h2", "6. Motie 'Veilig fietsen naar school'"),
        ("p", "Motie M3 van {{Joost Veneman|OFFICE_HOLDER}} ({{ChristenUnie|PARTY}}) en {{Fleur Smeenk|OFFICE_HOLDER}} "
              "({{PvdA|PARTY}}) verzoekt het college om de oversteek bij de {{Rielerweg|STREET}} te verbeteren. De motie "
              "verwijst naar een ongeluk waarbij leerling [[Daan Kroeze|PERSON]] gewond raakte; op verzoek van de ouders "
              "wordt zijn naam in de openbare versie van de motie weggelaten. Aangenomen (unaniem)."),
        ("h2", "7. Sluiting"),
        ("p", "De voorzitter sluit de vergadering om 23.05 uur. Actiepunten voor het college staan in de lijst van "
              "toezeggingen (bijlage)."),
        ("table", [["Toezegging", "Wethouder", "Termijn"],
                   ["Informeren over openingstijden bibliotheek", "{{Grijsen|OFFICE_HOLDER}}", "april 2025"],
                   ["Memo verkeersveiligheid {{Rielerweg|STREET}}", "{{Swart|OFFICE_HOLDER}}", "mei 2025"],
                   ["Reactie op petitie aan mevrouw [[Hoogeveen-Brink|PERSON]]", "{{Hulleman|OFFICE_HOLDER}}", "maart 2025"]],
         [90, 40, 30]),
    ]
    fpdf_doc(blocks, out, footer="Besluitenlijst raad {{Deventer|PLACE}} 12-02-2025 -")


# ------------------------------------------------------------------------------------------------
def ac17(out):
    """Schriftelijke raadsvragen and the college's answers (reportlab, two columns)."""
    blocks = [
        ("h1", "Schriftelijke vragen ex artikel 40 RvO"),
        ("p", "Van: raadslid {{Noor Bakker|OFFICE_HOLDER}} ({{Partij voor de Dieren|PARTY}}), {{Zwolle|PLACE}}\n"
              "Datum: 6 januari 2025\nOnderwerp: kap van 40 bomen in park {{De Wezenlanden|PLACE}}"),
        ("p", "1. Klopt het dat de gemeente op 2 januari 40 bomen heeft gekapt zonder vooraankondiging?\n"
              "2. Een bewoner, de heer [[Ibrahim Sow|PERSON]], heeft volgens {{De Stentor|ORG}} de "
              "{{Fietsersbond|ORG}} en de gemeente gewaarschuwd. Waarom is niet gereageerd?\n"
              "3. Is het college bereid de kapvergunning te publiceren?\n"
              "4. Ook buurtbewoonster [[Marieke Schuttenbeld|PERSON]] ([[m.schuttenbeld@gmail.com|EMAIL]]) heeft volgens "
              "mij geen antwoord gehad. Klopt dat?"),
        ("h2", "Antwoorden van het college (verzonden 28 januari 2025)"),
        ("p", "Ad 1. De bomen zijn gekapt op grond van een omgevingsvergunning van 14 november 2024. De vergunning is "
              "gepubliceerd in het {{Gemeenteblad|PRODUCT}}. De vooraankondiging aan omwonenden is ten onrechte niet "
              "verstuurd; wethouder {{Gerdien Rots|OFFICE_HOLDER}} heeft hiervoor excuses aangeboden."),
        ("p", "Ad 2. De heer [[Sow|PERSON]] stuurde op 3 december een e-mail. Deze is door een medewerker van het team "
              "Openbare Ruimte ([[Hanneke Lubbers|PERSON]]) doorgestuurd naar de boomdeskundige, maar niet beantwoord. "
              "Inmiddels heeft mevrouw [[Lubbers|PERSON]] met hem gebeld. Wij hebben onze werkwijze aangepast: meldingen "
              "krijgen binnen vijf werkdagen een reactie via {{Mijn Zwolle|PRODUCT}}."),
        ("p", "Ad 3. Ja. De vergunning staat op {{officielebekendmakingen.nl|WEB}} en in het {{Omgevingsloket|PRODUCT}}. "
              "Er worden 60 nieuwe bomen geplant, onder meer {{Tilia cordata|TERM}} en {{Quercus robur|TERM}}."),
        ("p", "Ad 4. Mevrouw [[Schuttenbeld|PERSON]] heeft op 8 januari per e-mail antwoord gekregen."),
        ("p", "Burgemeester en wethouders van {{Zwolle|PLACE}},\nde secretaris, de burgemeester,\n"
              "{{Peter Snijders|OFFICE_HOLDER}}"),
        ("small", "Behandelend ambtenaar: [[Thijs Koopman|PERSON]], team Openbare Ruimte, telefoon [[038 498 22 71|PHONE]], "
                  "[[t.koopman@zwolle.nl|EMAIL]]. Algemeen: {{14 038|SWITCHBOARD}}, {{Lübeckplein 2|OFFICE_ADDRESS}}."),
    ]
    reportlab_pdf(blocks, out, cols=2, header="{{Gemeente Zwolle|ORG}} - raadsvragen 2025-003")


# ------------------------------------------------------------------------------------------------
def ac18(out):
    """Woo decision of a province (Chromium) with a landscape inventory listing senders and recipients."""
    inv = [["Nr", "Datum", "Omschrijving", "Afzender", "Ontvanger(s)", "Beoordeling", "Grond"]]
    data = [("01", "03-06-2024", "E-mail planning {{N381|TERM}} fietstunnel", "[[Gerlof Stienstra|PERSON]]", "[[Marrit Postma|PERSON]]; [[Doutzen Hiemstra|PERSON]]", "deels openbaar", "5.1.2e"),
            ("02", "10-06-2024", "Notitie geluidsberekening", "[[Rienk de Boer|PERSON]]", "{{Gedeputeerde Staten|ORG}}", "deels openbaar", "5.1.2e"),
            ("03", "18-06-2024", "Verslag overleg {{Rijkswaterstaat|ORG}}", "[[M. Postma|PERSON]]", "[[R. de Boer|PERSON]]; {{RWS Noord-Nederland|ORG}}", "deels openbaar", "5.1.2e"),
            ("04", "01-07-2024", "Brief gedeputeerde {{Fenna Bouma|OFFICE_HOLDER}} aan {{Plaatselijk Belang Donkerbroek|ORG}}", "provincie", "[[Hylke van der Veen|PERSON]] (voorzitter)", "deels openbaar", "5.1.2e"),
            ("05", "02-07-2024", "E-mail bewoner", "[[Sjoerd Nauta|PERSON]]", "{{info@fryslan.frl|MAILBOX}}", "deels openbaar", "5.1.2e"),
            ("06", "15-07-2024", "Statenbrief", "{{Gedeputeerde Staten|ORG}}", "{{Provinciale Staten|ORG}}", "openbaar", ""),
            ("07", "22-07-2024", "Teams-chat projectteam", "[[Marrit Postma|PERSON]]", "[[Tjitske Visser|PERSON]]", "niet openbaar", "5.1.2e, 5.2.1"),
            ("08", "05-08-2024", "Offerte akoestisch onderzoek", "{{Arcadis Nederland|ORG}}", "[[G. Stienstra|PERSON]]", "deels openbaar", "5.1.1c, 5.1.2e")]
    for r in data:
        inv.append(list(r))
    blocks = [
        ("small", "{{Provinsje Fryslân|ORG}} - {{Tweebaksmarkt 52|OFFICE_ADDRESS}}, {{Leeuwarden|PLACE}} - {{058 292 59 25|SWITCHBOARD}}"),
        ("h1", "Besluit op Woo-verzoek over de reconstructie {{N381|TERM}} bij {{Donkerbroek|PLACE}}"),
        ("p", "Verzoeker: [[Hylke van der Veen|PERSON]], [[Mounewei 7|ADDRESS]], {{Donkerbroek|PLACE}}. Kenmerk "
              "{{WOO-PF-2024-077|CASE_NUMBER}}. Datum besluit: 2 oktober 2024."),
        ("p", "{{Gedeputeerde Staten|ORG}} van {{Fryslân|PLACE}} maken acht documenten (deels) openbaar. Persoonsgegevens van "
              "medewerkers van de provincie, van {{Rijkswaterstaat|ORG}} en van bewoners zijn weggelakt (artikel 5.1, tweede "
              "lid, onder e {{Woo|ACRONYM}}). De namen van gedeputeerde {{Fenna Bouma|OFFICE_HOLDER}} en commissaris van de "
              "Koning {{Arno Brok|OFFICE_HOLDER}} blijven leesbaar. Document 07 is een interne Teams-chat met persoonlijke "
              "beleidsopvattingen (artikel 5.2 {{Woo|ACRONYM}}). Bedrijfsgegevens in de offerte van {{Arcadis|ORG}} zijn "
              "vertrouwelijk meegedeeld (artikel 5.1, eerste lid, onder c)."),
        ("h2", "Inventarislijst"),
        ("table", inv, [1.0, 2.2, 6.5, 4.0, 5.5, 2.6, 2.6], {"size": 8}),
        ("h2", "Bijlage: tekst document 05 (e-mail bewoner, geanonimiseerd door verzoeker gevraagd)"),
        ("mono", "Van: [[Sjoerd Nauta|PERSON]] <[[sjoerdnauta@gmail.com|EMAIL]]>\nAan: {{info@fryslan.frl|MAILBOX}}\n"
                 "Onderwerp: fietstunnel\n\nGoedemiddag, ik woon aan de [[Fjildwei 3|ADDRESS]] en maak mij zorgen over het "
                 "sluipverkeer.\nBel mij gerust: [[06-1730 2288|PHONE]]. Groet, [[Sjoerd|PERSON]]"),
    ]
    chromium_doc(blocks, out, landscape=True)


# ------------------------------------------------------------------------------------------------
def ac19(out):
    """Kernenbrief (village newsletter) of a Frisian municipality (fpdf2) naming residents."""
    blocks = [
        ("h1", "Kernenbrief {{Wûnseradiel|PLACE}} - nr. 2, 2025"),
        ("small", "Uitgave van de {{Gemeente Súdwest-Fryslân|ORG}} - dorpencoördinator {{Noordwest|PLACE}}: "
                  "[[Jildou Rinsma|PERSON]], [[06-3491 0073|PHONE]], [[j.rinsma@sudwestfryslan.nl|EMAIL]]"),
        ("h2", "{{Makkum|PLACE}}: nieuwe voorzitter Dorpsbelang"),
        ("p", "[[Wiebe Hylkema|PERSON]] is de nieuwe voorzitter van {{Vereniging Dorpsbelang Makkum|ORG}}. Hij volgt "
              "[[Akke Bergsma|PERSON]] op, die na negen jaar stopt. 'Ik wil vooral de jongeren erbij halen,' zegt "
              "[[Hylkema|PERSON]], die in het dagelijks leven schipper is op de {{Waddenzee|PLACE}}."),
        ("h2", "{{Witmarsum|PLACE}}: 100 jaar {{Menno Simonsz-monument|HISTORIC}}"),
        ("p", "Op 14 juni wordt gevierd dat het monument voor {{Menno Simons|HISTORIC}} honderd jaar bestaat. Burgemeester "
              "{{Jannewietske de Vries|OFFICE_HOLDER}} en commissaris van de Koning {{Arno Brok|OFFICE_HOLDER}} zijn "
              "uitgenodigd. De organisatie is in handen van [[Geeske van der Wal-Tolsma|PERSON]] en [[Dirk Jan Kok|PERSON]]."),
        ("h2", "{{Arum|PLACE}}: zonnepark"),
        ("p", "Initiatiefnemer {{Coöperatie Arum Zon|ORG}} houdt op 3 april een inloopavond in dorpshuis {{De Pleats|ORG}}. "
              "Vragen kunnen naar secretaris [[Tamara de Wit|PERSON]], [[tamara.dewit@arumzon.frl|EMAIL]]. Wethouder "
              "{{Erik Faber|OFFICE_HOLDER}} is aanwezig. Bewoners van de {{Holprijp|STREET}} kregen een persoonlijke brief."),
        ("h2", "{{Pingjum|PLACE}}: felicitaties"),
        ("p", "Mevrouw [[Sjoukje Yntema-Bakker|PERSON]] uit {{Pingjum|PLACE}} werd op 2 maart 100 jaar. Zij kreeg bezoek van "
              "de burgemeester en haar kleinzoon [[Rients|PERSON]] speelde op de orgel in de {{Hervormde kerk|ORG}}. "
              "Mevrouw [[Yntema|PERSON]] woont nog zelfstandig aan de [[Boppedyk 2|ADDRESS]]."),
        ("h2", "{{Tzum|PLACE}}: nieuwe huisarts"),
        ("p", "In de praktijk aan de {{Sjukelân|STREET}} begint op 1 mei huisarts [[Rixt Haitsma|PERSON]]. Zij neemt de praktijk "
              "over van dokter [[Evert Hoitinga|PERSON]], die na 31 jaar met pensioen gaat. Assistente [[Baukje Kingma|PERSON]] "
              "blijft."),
        ("h2", "Meer weten?"),
        ("p", "Bel {{14 0515|SWITCHBOARD}} of mail {{kernen@sudwestfryslan.nl|MAILBOX}}. Volgende Kernenbrief: juni 2025. "
              "De dorpencoördinator heeft spreekuur in {{Makkum|PLACE}}, {{Markt 1|OFFICE_ADDRESS}}."),
    ]
    fpdf_doc(blocks, out, footer="Kernenbrief {{Wûnseradiel|PLACE}}")


# ------------------------------------------------------------------------------------------------
def ac20(out):
    """Report of a hearing of the objections committee with speaker labels (reportlab)."""
    blocks = [
        ("h1", "Verslag hoorzitting {{Commissie bezwaarschriften|ORG}}"),
        ("table", [["Zaak", "{{BZW-2024-318|CASE_NUMBER}} - bezwaar tegen weigering omgevingsvergunning (dakopbouw)"],
                   ["Datum", "16 januari 2025, 14.00 uur, stadhuis {{Apeldoorn|PLACE}}, {{Marktplein 1|OFFICE_ADDRESS}}"],
                   ["Commissie", "voorzitter en twee leden (extern)"],
                   ["Bezwaarmaker", "[[Ana Paula Oliveira Rocha|PERSON]] en [[Wouter de Groot|PERSON]], [[Koppelstraat 61|ADDRESS]]"],
                   ["Gemachtigde", "[[mr. Lennart Boschma|PERSON]] ({{Boschma Advocaten|ORG}})"],
                   ["Namens het college", "[[Dilek Aydın|PERSON]] (jurist) en [[Kees Verbeek|PERSON]] (stedenbouwkundige)"],
                   ["Secretaris", "[[Sophie van Oijen|PERSON]]"]], [3.8, 12.5], {"head": False}),
        ("h2", "Verloop"),
        ("p", "Voorzitter: Welkom. De commissie is onafhankelijk en adviseert het college. Wie wil beginnen?"),
        ("p", "[[Boschma|PERSON]]: Mijn cliënten willen een dakopbouw op hun rijwoning. De welstandscommissie was positief. "
              "Het college weigert toch, met een beroep op de {{Omgevingsvisie Apeldoorn|PROGRAM}}. Dat is geen "
              "toetsingskader."),
        ("p", "[[Oliveira Rocha|PERSON]]: Wij hebben twee kinderen en de zolder is te klein. De buren op nummer 59, "
              "de familie [[Hesselink|PERSON]], hebben al een opbouw sinds 2019."),
        ("p", "[[Aydın|PERSON]]: De opbouw op nummer 59 is vergund onder het oude bestemmingsplan. Sinds 1 januari 2024 geldt "
              "het omgevingsplan van rechtswege en het {{Kwaliteitskader Ruimtelijke Kwaliteit|PROGRAM}}."),
        ("p", "Lid: Heeft de afdeling gekeken naar de schaduwwerking?"),
        ("p", "[[Verbeek|PERSON]]: Ja. De bezonningsstudie (bijlage 4) laat zien dat de tuin van nummer 63 in maart en "
              "september twee uur extra schaduw krijgt. Die bewoner, de heer [[Klaas Hesselink|PERSON]], heeft een zienswijze "
              "ingediend."),
        ("p", "[[De Groot|PERSON]]: Die schaduw valt op een schuur, niet op de tuin."),
        ("p", "Voorzitter: Dank. De commissie brengt binnen zes weken advies uit aan het college. Burgemeester "
              "{{Ton Heerts|OFFICE_HOLDER}} ondertekent namens het college het besluit op bezwaar."),
        ("h2", "Informatie die niet openbaar gemaakt kan worden"),
        ("p", "Motivering: persoonsgegevens van de bezwaarmakers, derden en ambtenaren worden niet openbaar gemaakt "
              "(artikel 5.1, tweede lid, onder e {{Woo|ACRONYM}})."),
    ]
    reportlab_pdf(blocks, out, header="{{Gemeente Apeldoorn|ORG}} - hoorzitting {{BZW-2024-318|CASE_NUMBER}}",
                  footer="Secretaris: [[S. van Oijen|PERSON]]")
    return {"annots": [(0, 520, 760, h("annotations", "[[Sophie van Oijen|PERSON]]"),
                        h("annotations", "Check met [[Lennart|PERSON]] of bijlage 4 al bij de stukken zit"))]}


# ------------------------------------------------------------------------------------------------
def ac21(out):
    """Answers to Kamervragen (LibreOffice, then Ghostscript) naming Kamerleden and a route table."""
    tmp = Path(str(out) + ".lo.pdf")
    blocks = [
        ("small", "2025Z03317 - Antwoord van minister {{Madlener|OFFICE_HOLDER}} ({{Infrastructuur en Waterstaat|ORG}}), "
                  "mede namens de staatssecretaris van {{Infrastructuur en Waterstaat|ORG}}"),
        ("h1", "Antwoorden op vragen van het lid {{Grinwis|OFFICE_HOLDER}} ({{ChristenUnie|PARTY}}) over de sluiting van "
               "de {{Ramspolbrug|TERM}}"),
        ("p", "Vraag 1\nKent u het bericht 'Ramspolbrug weken dicht: omrijden via {{Kampen|PLACE}}' ({{De Stentor|ORG}}, "
              "10 februari 2025)?\n\nAntwoord 1\nJa."),
        ("p", "Vraag 2\nWaarom zijn de gemeenten {{Kampen|PLACE}} en {{Noordoostpolder|PLACE}} pas een week van tevoren "
              "geïnformeerd?\n\nAntwoord 2\n{{Rijkswaterstaat|ORG}} heeft de gemeenten op 3 februari geïnformeerd. Eerder "
              "informeren was niet mogelijk omdat de schade aan het bewegingswerk pas op 31 januari werd vastgesteld. Ik "
              "betreur dat de communicatie laat was; dit heb ik ook aan gedeputeerde {{Monique van Haaf|OFFICE_HOLDER}} "
              "laten weten."),
        ("p", "Vraag 3\nBent u bereid een pendelbus in te zetten, zoals ook de leden {{Van der Plas|OFFICE_HOLDER}} en "
              "{{Bamenga|OFFICE_HOLDER}} vroegen?\n\nAntwoord 3\n{{Rijkswaterstaat|ORG}} zet in overleg met "
              "{{Keolis|ORG}} en de {{Provincie Overijssel|ORG}} een pendelbus in tussen {{Kampen|PLACE}} en "
              "{{Ens|PLACE}}."),
        ("pb",),
        ("h2", "Interne routing (niet voor de Kamer)"),
        ("table", [["Stap", "Naam", "Functie", "Paraaf", "Datum"],
                   ["Opsteller", "[[Ravi Ramdin|PERSON]]", "beleidsmedewerker {{DGMo|ACRONYM}}", "[[RR|PARAPH]]", "18-02"],
                   ["Juridisch", "[[Wilma Ossewaarde|PERSON]]", "jurist {{HBJZ|ACRONYM}}", "[[WO|PARAPH]]", "19-02"],
                   ["RWS", "[[Erwin van 't Zand|PERSON]]", "omgevingsmanager {{RWS Oost-Nederland|ORG}}", "[[EvtZ|PARAPH]]", "19-02"],
                   ["Communicatie", "{{Peter Hofman|OFFICE_HOLDER}}", "woordvoerder minister", "", "20-02"],
                   ["Akkoord", "minister {{Madlener|OFFICE_HOLDER}}", "", "", "24-02"]], [2.4, 4.3, 5.3, 1.8, 1.6]),
        ("p", "Opmerking [[Ravi|PERSON]]: antwoord 3 afgestemd met [[Anneke Smink|PERSON]] van de provincie "
              "([[a.smink@overijssel.nl|EMAIL]]). Bel bij vragen [[06-4388 1256|PHONE]]."),
        ("h2", "Informatie die niet openbaar gemaakt kan worden"),
        ("p", "Motivering:"),
    ]
    docx_doc(blocks, tmp, header="Concept - {{IenW|ACRONYM}}/{{BSK|ACRONYM}}-2025/48211")
    gs_redistill(tmp, out)
    tmp.unlink()
