"""Water boards (watervergunning, besluitenlijst dijkgraaf en heemraden, integrity note) and four scans
(a signed letter, a handwritten form, a stamped objection letter, a stamped decision)."""
from framework import bsn, iban

DOCS = []

# ------------------------------------------------------------------------------------------ af26
DOCS.append({
    "name": "af26_watervergunning_maatschap",
    "producer": "rl",
    "title": "Watervergunning WDOD-2025-0211",
    "author": "[[Jean-Marc Wernet Leito]]",
    "footer": "{{Waterschap Drents Overijsselse Delta}} · Dokter Stolteweg 8 · Postbus 60, 8000 AB Zwolle · "
              "{{088 233 12 00}} · {{info@wdodelta.nl}}",
    "blocks": [
        ("cols", [("p", "<b>{{Waterschap Drents Overijsselse Delta}}</b>"), ("sp", 16),
                  ("p", "[[Maatschap Oosterwijk-Dijkhuis]]<br/>t.a.v. [[de heer G. Oosterwijk]]<br/>"
                        "[[Oude Rijksweg 48]]<br/>[[7722 RB]] {{Dalfsen}}")],
         [("small", "Datum<br/>17 maart 2025<br/><br/>Ons kenmerk<br/>WDOD-2025-0211<br/><br/>Uw aanvraag<br/>"
                    "3 januari 2025<br/><br/>Behandeld door<br/>[[J.M. Wernet Leito]]<br/><br/>Telefoon<br/>[[06 2310 5847]]")],
         0.62),
        ("h2", "Watervergunning voor het onttrekken van grondwater voor beregening"),
        ("p", "Geachte [[heer Oosterwijk]],"),
        ("p", "Op 3 januari 2025 heeft u, namens [[Maatschap Oosterwijk-Dijkhuis]], een watervergunning aangevraagd voor het "
              "onttrekken van grondwater ten behoeve van de beregening van 34 hectare grasland en maïs aan de "
              "{{Oude Rijksweg}} in Dalfsen. Het dagelijks bestuur verleent deze vergunning op grond van artikel 6.5 "
              "van de {{Waterwet}} en de {{Keur Waterschap Drents Overijsselse Delta}}."),
        ("table", [["Onderdeel", "Vergunde waarde"],
                   ["Locatie bron", "perceel Dalfsen sectie F nr. [[3317]] (x 213.405, y 502.118)"],
                   ["Maximale onttrekking", "60 m³ per uur, 25.000 m³ per jaar"],
                   ["Filterdiepte", "18–24 m beneden maaiveld"],
                   ["Registratie", "maandelijks in {{Omgevingsloket}} / {{Waterschapsloket}}"],
                   ["Verbod", "bij een beregeningsverbod van het waterschap of de {{Provincie Overijssel}}"]],
         {"widths": [50, 120]}),
        ("h2", "Zienswijze"),
        ("p", "Tegen het ontwerpbesluit heeft uw buurman, [[de heer H.J. Schuttenbelt]] ([[Oude Rijksweg 52]]), een "
              "zienswijze ingediend: hij vreest verdroging van zijn eigen waterput. Op basis van de berekening door "
              "{{Wareco}} verwachten wij een verlaging van minder dan 5 cm bij zijn perceel. Wij hebben voorschrift 7 "
              "(monitoring peilbuis PB-03) toegevoegd. Dijkgraaf {{Dirk-Siert Schoonman}} heeft met [[de heer "
              "Schuttenbelt]] en met u gesproken tijdens het keukentafelgesprek op 12 februari."),
        ("p", "Vragen? Neem contact op met [[Jean-Marc Wernet Leito]] ([[jm.wernetleito@wdodelta.nl]]) of met ons algemene "
              "nummer {{088 233 12 00}}. Heemraad {{Evert-Jan Tuinstra}} is portefeuillehouder Watersysteem."),
        ("p", "Met vriendelijke groet,<br/>het dagelijks bestuur van {{Waterschap Drents Overijsselse Delta}},<br/>namens dezen,<br/>"
              "[[ing. M.A.J. ter Velthuys]], teamleider Vergunningverlening"),
        ("small", "Afschrift: [[de heer H.J. Schuttenbelt]]; {{Omgevingsdienst IJsselland}}; {{Provincie Overijssel}} (grondwaterregister)."),
        ("pb",),
        ("h2", "Bijlage 1 – Voorschriften"),
        ("p", "1. De vergunninghouder meldt de ingebruikname van de bron ten minste twee werkdagen vooraf via "
              "{{handhaving@wdodelta.nl}}.<br/>2. De watermeter wordt jaarlijks geijkt; het ijkrapport wordt bewaard "
              "door de vergunninghouder.<br/>3. Beregening is niet toegestaan tussen 11.00 en 17.00 uur.<br/>"
              "4. Wijzigingen in de maatschap ([[Gerrit Oosterwijk]], [[Hendrika Oosterwijk-Dijkhuis]] en zoon "
              "[[Jorrit Oosterwijk]]) worden binnen vier weken gemeld.<br/>5. Bij calamiteiten belt de vergunninghouder "
              "de storingslijn {{088 233 12 34}}.<br/>6. Aanwijzingen van de toezichthouder volgt de vergunninghouder op.<br/>"
              "7. De vergunninghouder meet maandelijks de grondwaterstand in peilbuis PB-03 op het perceel van "
              "[[Schuttenbelt]] en stuurt de gegevens aan het waterschap."),
        ("h2", "Bijlage 2 – Verslag keukentafelgesprek 12 februari 2025"),
        ("table", [["Aanwezig", "Rol"],
                   ["{{Dirk-Siert Schoonman}}", "dijkgraaf"],
                   ["[[Gerrit Oosterwijk]] en [[Hendrika Oosterwijk-Dijkhuis]]", "aanvragers"],
                   ["[[H.J. Schuttenbelt]] en [[Marja Schuttenbelt-Kroeze]]", "indieners zienswijze"],
                   ["[[Jean-Marc Wernet Leito]]", "vergunningverlener"],
                   ["[[Lieke Veneboer]]", "hydroloog"]], {"widths": [90, 70]}),
        ("p", "[[Mevrouw Schuttenbelt-Kroeze]] vertelt dat hun put in de droge zomer van 2022 drooggevallen is. "
              "[[De heer Oosterwijk]] biedt aan de put zo nodig te laten verdiepen op kosten van de maatschap. "
              "[[Veneboer]] legt de berekening van {{Wareco}} uit met behulp van het {{AZURE}}-grondwatermodel en het "
              "{{NHI}} ({{Nationaal Hydrologisch Instrumentarium}}). De dijkgraaf sluit af met de afspraak dat het "
              "waterschap na één jaar monitoring opnieuw met beide families om tafel gaat."),
    ],
    "hidden": {"meta": {"Subject": "Watervergunning [[Maatschap Oosterwijk-Dijkhuis]]"}},
})

# ------------------------------------------------------------------------------------------ af27
DOCS.append({
    "name": "af27_besluitenlijst_dijkgraaf_heemraden",
    "producer": "docx",
    "gs": True,
    "landscape": True,
    "author": "[[Marieke Hoogenboom-Adjei]]",
    "title": "Besluitenlijst college van dijkgraaf en heemraden 11 maart 2025",
    "footer": "{{Hoogheemraadschap Hollands Noorderkwartier}} · Stationsplein 136 · 1703 WC Heerhugowaard · {{072 582 82 82}}",
    "blocks": [
        ("h1", "Besluitenlijst college van dijkgraaf en heemraden"),
        ("p", "Vergadering van 11 maart 2025, {{Waterschapshuis}} Heerhugowaard. Aanwezig: dijkgraaf {{Michiel van Haersma "
              "Buma}} (voorzitter), heemraden {{Cees Kraakman}}, {{Ineke Bakker-Sloot}}, {{Jan Raat}} en {{Els Kaag}}; "
              "secretaris-directeur [[mr. R.H.W. Duivenvoorde]]. Verslag: [[Marieke Hoogenboom-Adjei]]."),
        ("table", [["Nr.", "Onderwerp", "Portefeuillehouder", "Steller", "Besluit"],
                   ["1", "Besluitenlijst 4 maart 2025", "dijkgraaf", "[[Hoogenboom-Adjei, M.]]", "vastgesteld"],
                   ["2", "Dijkversterking {{Markermeerdijken}}: overdracht beheer", "{{Kraakman}}", "[[L. Bakker]] (Projecten)",
                    "conform advies"],
                   ["3", "Uitvoeringsprogramma {{KRW}} 2025 ({{Kaderrichtlijn Water}})", "{{Bakker-Sloot}}",
                    "[[ir. D. op de Hoek]]", "conform, met aanpassing p. 4"],
                   ["4", "Bezwaar tegen aanslag zuiveringsheffing: [[P.Q. Kalloe]], Schagen", "{{Raat}}",
                    "[[A. Zwolle]] (Juridische Zaken)", "ongegrond, conform advies {{Bezwaarschriftencommissie}}"],
                   ["5", "Schadevergoeding [[familie De Koning-Ramdhani]] (wateroverlast {{Burgemeester Kasteleinweg}})",
                    "{{Raat}}", "[[A. Zwolle]]", "toegekend € 4.850"],
                   ["6", "Reactie op Kamerbrief minister {{Madlener}} over {{Deltaprogramma}} 2026", "dijkgraaf",
                    "[[M. Kok]] (Strategie)", "conform, via {{Unie van Waterschappen}}"],
                   ["7", "Integriteitsmelding (vertrouwelijk, zie besloten lijst)", "dijkgraaf",
                    "[[Hoogenboom-Adjei, M.]]", "kennisgenomen"]],
         {"widths": [10, 95, 35, 50, 60], "size": 8.5}),
        ("comment", "Toelichting bij punt 5: de schade is vastgesteld door {{Sedgwick}}; heemraad {{Kaag}} merkt op dat de "
                    "{{Burgemeester Kasteleinweg}} vaker overstroomt.",
         "Naam familie niet in de openbare lijst! – [[RD]]", "[[Duivenvoorde, Ruben]]", "RD"),
        ("p", "Actielijst: [[Zwolle]] informeert de indiener van punt 4 binnen een week; [[Kok]] stemt de reactie af met de "
              "{{Unie van Waterschappen}} ([[r.vanderkooij@uvw.nl]] niet meer in dienst, nieuw contact: {{info@uvw.nl}})."),
        ("p", "Vastgesteld op 18 maart 2025. De dijkgraaf, {{M. van Haersma Buma}}. De secretaris-directeur, [[R.H.W. Duivenvoorde]]."),
    ],
})

# ------------------------------------------------------------------------------------------ af28
DOCS.append({
    "name": "af28_integriteit_po_notitie",
    "producer": "docx",
    "author": "[[Sahra Cabdille Nuur]]",
    "title": "Vertrouwelijk – vooronderzoek integriteitsmelding",
    "header": "VERTROUWELIJK – {{Wetterskip Fryslân}} – P&O / Integriteit",
    "footer": "{{Wetterskip Fryslân}} · Harlingerstraatweg 113 · 8914 AZ Leeuwarden · {{058 292 22 22}}",
    "blocks": [
        ("h1", "Notitie vooronderzoek integriteitsmelding IM-2025-02"),
        ("kv", [["Aan", "secretaris-directeur"],
                ["Van", "[[Sahra Cabdille Nuur]], integriteitscoördinator"],
                ["Datum", "24 februari 2025"],
                ["Betreft", "melding over mogelijke belangenverstrengeling bij gunning maaiwerk"],
                ["Kopie", "[[drs. J. Sieperda-Hoekstra]] (HR-adviseur); vertrouwenspersoon [[Wietske de Haan-Oedzes]]"]],
         {"widths": [30, 135]}),
        ("h2", "1. Melding"),
        ("p", "Op 3 februari 2025 meldde [[Gerben Hiddinga]] (medewerker Beheer en Onderhoud, gebied {{Súdwest}}) dat "
              "zijn leidinggevende, [[de heer Tsjalling Rinsema]], maaiwerk aan de {{Dokkumer Ee}} zou hebben "
              "gegund aan het loonbedrijf van zijn zwager, {{Loonbedrijf Bergsma B.V.}} in {{Burgum}}."),
        ("h2", "2. Verkennende gesprekken"),
        ("table", [["Datum", "Gesprekspartner", "Functie", "Gevoerd door"],
                   ["06-02-2025", "[[Gerben Hiddinga]]", "medewerker B&O", "[[S. Cabdille Nuur]]"],
                   ["10-02-2025", "[[Tsjalling Rinsema]]", "teamleider B&O", "[[S. Cabdille Nuur]], [[J. Sieperda-Hoekstra]]"],
                   ["12-02-2025", "[[Aukje Bergsma-Rinsema]]", "inkoopadviseur", "[[S. Cabdille Nuur]]"]],
         {"widths": [25, 45, 40, 60]}),
        ("p", "[[Rinsema]] verklaart dat de gunning via {{Negometrix}} is verlopen en dat hij zich niet heeft verschoond "
              "omdat hij de relatie 'niet relevant' vond. [[Mevrouw Bergsma-Rinsema]] bevestigt dat zij zijn zus is "
              "en dat zij de inkoopprocedure heeft begeleid."),
        ("comment", "Advies: nader onderzoek laten doen door een extern bureau ({{Hoffmann Bedrijfsrecherche}}).",
         "Eens. Wel eerst dijkgraaf informeren. – [[JSH]]", "[[Sieperda-Hoekstra, Janneke]]", "JSH"),
        ("h2", "3. Advies"),
        ("p", "Ik adviseer een extern onderzoek en tijdelijke overdracht van de gunningsbevoegdheid van [[de heer Rinsema]] "
              "aan [[Hessel Oedzema]]. Dijkgraaf {{Luzette Wagenaar-Kroon}} wordt geïnformeerd conform de "
              "{{Gedragscode Integriteit Wetterskip Fryslân}}. Melder [[Hiddinga]] is gewezen op de "
              "{{Wet bescherming klokkenluiders}} en het {{Huis voor Klokkenluiders}}."),
        ("p", "[[S. Cabdille Nuur]] · [[s.cabdillenuur@wetterskipfryslan.nl]] · [[06 1456 7320]]"),
    ],
})

# ------------------------------------------------------------------------------------------ af29 scan: signed letter
DOCS.append({
    "name": "af29_scan_brief_ondertekend",
    "producer": "rl",
    "size": 10.5,
    "footer": "Gemeente Zwolle · Postbus 10007, 8000 GA Zwolle · 14 038 · www.zwolle.nl",
    "scan": {"seed": 29, "rot": 0.7, "signature": (22, 218, 45)},
    "blocks": [
        ("h1", "Gemeente Zwolle"),
        ("sp", 10),
        ("p", "[[Mevrouw A.K. Zwolle]]<br/>[[Koningin Julianalaan 7]]<br/>[[8017 JD]] Zwolle"),
        ("sp", 8),
        ("p", "Datum: 2 april 2025<br/>Kenmerk: SB/2025/0388<br/>Behandeld door: [[Marco Koning]]<br/>"
              "Telefoon: [[038 498 27 61]]"),
        ("p", "<b>Onderwerp: uw melding over gladheid op het fietspad</b>"),
        ("p", "Geachte [[mevrouw Zwolle]],"),
        ("p", "Op 24 maart 2025 meldde u dat het fietspad langs de Koningin Julianalaan bij vorst glad is en dat u daar "
              "bent gevallen. Wij vinden het vervelend dat u letsel heeft opgelopen. Het fietspad is inmiddels "
              "opgenomen in de strooiroute. Uw verzoek om schadevergoeding hebben wij doorgestuurd naar onze "
              "verzekeraar; [[de heer Koning]] houdt u op de hoogte."),
        ("p", "Met vriendelijke groet,<br/>namens het college van burgemeester en wethouders,"),
        ("sp", 40),
        ("p", "[[Henk Blom]]<br/>afdelingshoofd Stadsbeheer"),
    ],
})

# ------------------------------------------------------------------------------------------ af30 scan: handwritten form
B30 = bsn(3001)
DOCS.append({
    "name": "af30_scan_formulier_handgeschreven",
    "producer": "form",
    "org": "Gemeente Almelo",
    "form_title": "Aanvraag gehandicaptenparkeerkaart (bestuurder)",
    "intro": ["Vul dit formulier in met blokletters. Stuur het met een pasfoto naar: Gemeente Almelo,",
              "Postbus 5100, 7600 GC Almelo. Vragen? Bel 14 0546."],
    "fields": [("Achternaam", "[[Çetinkaya-Blom]]"), ("Voornamen", "[[Yusuf Emre]]"),
               ("Geboortedatum", "[[17-08-1966]]"), ("BSN", f"[[{B30}]]"),
               ("Straat en huisnummer", "[[Bornsestraat 61]]"), ("Postcode en woonplaats", "[[7601 GK]] Almelo"),
               ("Telefoon", "[[06 4471 2095]]"), ("E-mail", "[[y.cetinkaya@kpnmail.nl]]"),
               ("Kenteken auto", "[[KN-204-P]]"), ("Huisarts", "[[dokter Ramdin]], Almelo"),
               ("Datum en handtekening", "3-2-2025")],
    "outro": ["De gemeente vraagt een medisch advies aan bij een onafhankelijke arts.",
              "Uw gegevens worden verwerkt volgens de AVG."],
    "footer": "Gemeente Almelo - Haven Zuidzijde 30 - 7607 EW Almelo - formulier GPK-B versie 2024",
    "scan": {"seed": 30, "rot": -0.5, "signature": (120, 209, 35)},
})

# ------------------------------------------------------------------------------------------ af31 scan: stamped objection letter
DOCS.append({
    "name": "af31_scan_bezwaarschrift_gestempeld",
    "producer": "rl",
    "size": 10.5,
    "scan": {"seed": 31, "rot": 0.9, "signature": (22, 200, 40),
             "stamp": (["ONTVANGEN", "14 MRT 2025", "Gemeente Bergen", "paraaf: [[KvD]]"], (125, 15))},
    "blocks": [
        ("p", "[[Bram Kloosterhuis-Ouwens]]<br/>[[Dorpsstraat 54]]<br/>[[1871 AM]] Schoorl<br/>[[06 3812 6604]]"),
        ("sp", 12),
        ("p", "Aan het college van burgemeester en wethouders<br/>van de gemeente Bergen<br/>Postbus 175<br/>1860 AD Bergen"),
        ("sp", 8),
        ("p", "Schoorl, 12 maart 2025"),
        ("p", "<b>Betreft: bezwaar tegen aanslag afvalstoffenheffing 2025</b>"),
        ("p", "Geachte college,"),
        ("p", "Hierbij maak ik bezwaar tegen de aanslag afvalstoffenheffing 2025 (aanslagnummer 2025.118.4471) van 28 "
              "februari 2025. Ik ben aangeslagen voor een meerpersoonshuishouden, terwijl ik sinds 1 oktober 2024 alleen "
              "woon. Mijn ex-partner, [[Kim van Dorsser]], staat sinds die datum ingeschreven in Alkmaar."),
        ("p", "Ik verzoek u de aanslag te verminderen en het te veel betaalde bedrag terug te storten op rekening "
              "[[" + iban("SNSB", 3101) + "]]."),
        ("p", "Met vriendelijke groet,"),
        ("sp", 34),
        ("p", "[[B. Kloosterhuis-Ouwens]]"),
    ],
})

# ------------------------------------------------------------------------------------------ af32 scan: stamped decision
DOCS.append({
    "name": "af32_scan_ontheffing_gestempeld",
    "producer": "rl",
    "size": 10,
    "scan": {"seed": 32, "rot": -0.8,
             "stamp": (["WETTERSKIP FRYSLÂN", "VERZONDEN 21-03-2025", "reg.nr. 25.004411"], (118, 228)),
             "signature": (22, 232, 42)},
    "footer": "Wetterskip Fryslân - Postbus 36, 8900 AA Leeuwarden - 058 292 22 22",
    "blocks": [
        ("h1", "Wetterskip Fryslân"),
        ("p", "[[De heer S.T. Hoekstra-Wiersma]]<br/>[[Skille 12]]<br/>[[9001 ZP]] Grou"),
        ("sp", 6),
        ("p", "Datum: 21 maart 2025 · Zaaknummer: 2025-004411 · Behandeld door: [[Baukje Hylkema]]"),
        ("p", "<b>Ontheffing vaarverbod tijdens de Elfstedenmarkering</b>"),
        ("p", "Geachte [[heer Hoekstra-Wiersma]],"),
        ("p", "U heeft op 2 maart 2025 ontheffing gevraagd om met uw motorboot '[[Sjoukje]]' (registratie "
              "[[GR-1187-F]]) het Pikmeer te bevaren tijdens de periode waarin het vaarverbod geldt. Het dagelijks "
              "bestuur verleent u deze ontheffing onder de volgende voorwaarden:"),
        ("p", "1. U vaart niet harder dan 6 km per uur.<br/>2. U draagt deze ontheffing aan boord.<br/>"
              "3. Aanwijzingen van de toezichthouder ([[de heer Oedzema]], [[06 5231 8804]]) volgt u op."),
        ("p", "Met vriendelijke groet,<br/>het dagelijks bestuur van Wetterskip Fryslân,<br/>namens dezen,"),
        ("sp", 30),
        ("p", "[[B. Hylkema]], vergunningverlener"),
    ],
})
