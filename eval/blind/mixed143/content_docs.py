"""The 33 documents of set KL (see content.py for PEOPLE and POOL)."""
from content import ASPOSE, D, ITEXT, NITRO, OUTLOOK, PDFPEN, SCANNER, WORD

HDR = ["Ministerie van Ruimte en Leefomgeving", "Rijnstraat 8, Den Haag | Postbus 20951 | www.minrenl.nl"]

# kl01 - the report itself (melding vermoeden misstand)
D("kl01", HDR + [
    "# Melding vermoeden van een misstand",
    "Aan: de vertrouwenspersoon integriteit, Bureau Integriteit (integriteit@minrenl.nl)",
    "Van: Yara Dijkstra-Hofman, beleidsmedewerker Directie Subsidies en Regelingen (DSR)",
    "Datum: 12 januari 2026 | Kenmerk: INT-2026-044",
    "Telefoon melder: 06 18 33 72 05 | privé e-mail: yara.dh@protonmail.com",
    "## 1. Waar gaat de melding over?",
    "Ik meld een vermoeden van een misstand in de zin van de Wet bescherming klokkenluiders (Wbk) bij de "
    "uitvoering van de Regeling Groene Schoolpleinen (RGS). Mijn afdelingshoofd, Gert-Jan van der Wiel, heeft "
    "in de tweede tranche van 2025 twee aanvragen (RGS-2025-0117 en RGS-2025-0142) van de Stichting Groen "
    "Speelterrein uit Amersfoort naar voren getrokken, terwijl de beoordelingscommissie die aanvragen lager "
    "had gescoord dan de aanvraag van Stichting Schoolplein Natuurlijk uit Zwolle.",
    "De directeur van Stichting Groen Speelterrein is Kees Verhulst. Voor zover ik weet is de heer Verhulst "
    "de zwager van Van der Wiel. Dat is nergens als conflict of interest gemeld.",
    "## 2. Wat heb ik gezien?",
    "Op 3 november 2025 stuurde Van der Wiel vanaf gertjan.vanderwiel@minrenl.nl een mail aan collega "
    "Mehmet Yıldırım (m.yildirim@minrenl.nl) met het verzoek de scores 'nog eens goed te bekijken'. Mehmet "
    "heeft mij die mail laten zien. Daarna is de rangorde aangepast zonder notitie in het audit trail van het "
    "subsidiesysteem.",
    "Ook Sietske Oosterbaan, senior beleidsmedewerker, heeft gezien dat de beoordelingsformulieren na de "
    "vergadering opnieuw zijn opgeslagen.",
    "---",
    "## 3. Wie weten ervan?",
    "Mijn teamleider Joëlle Baptiste weet van mijn zorgen; zij heeft mij naar de vertrouwenspersoon verwezen. "
    "Controller Ruud 't Hooft heeft de betalingen aan de Stichting Groen Speelterrein in december 2025 "
    "geaccordeerd.",
    "## 4. Bescherming",
    "Ik verzoek om vertrouwelijke behandeling van mijn identiteit op grond van de Wbk en de Ambtenarenwet "
    "2017. Ik ben bereikbaar via 06 18 33 72 05, liever niet via mijn werkadres y.dijkstra-hofman@minrenl.nl.",
    "Mijn geboortedatum (14-03-1986) en personeelsnummer staan op het intakeformulier.",
    "",
    "Den Haag, 12 januari 2026",
    "Y. Dijkstra-Hofman",
], title="Melding vermoeden misstand", info=WORD,
   keep=[("DATE", "12 januari 2026"), ("DATE", "3 november 2025")])

# kl02 - acknowledgement by the vertrouwenspersoon
D("kl02", HDR + [
    "# Ontvangstbevestiging melding",
    "Vertrouwelijk - aan mevrouw Y. Dijkstra-Hofman (per e-mail aan yara.dh@protonmail.com)",
    "Datum: 14 januari 2026 | Ons kenmerk: INT-2026-044",
    "Geachte mevrouw Dijkstra-Hofman,",
    "Op 12 januari 2026 heeft u bij mij een melding gedaan van een vermoeden van een misstand bij de "
    "Directie Subsidies en Regelingen. Ik bevestig hierbij de ontvangst. Uw melding is geregistreerd onder "
    "kenmerk INT-2026-044 en ik zal haar, met uw instemming, doorgeleiden naar de secretaris-generaal.",
    "U heeft op grond van de Wet bescherming klokkenluiders recht op bescherming tegen benadeling. U kunt "
    "zich ook laten adviseren door de afdeling Advies van het Huis voor Klokkenluiders (088 371 3000).",
    "Ik ben bereikbaar op 070 456 8812 of via h.stuivenberg@minrenl.nl.",
    "Met vriendelijke groet,",
    "Hanneke Stuivenberg",
    "vertrouwenspersoon integriteit, Bureau Integriteit",
], title="Ontvangstbevestiging", info=NITRO, font="dejavu",
   keep=[("DATE", "14 januari 2026")])

# kl03 - gespreksverslag melder (docx -> LibreOffice)
D("kl03", [
    "Integra Onderzoek B.V. - Gespreksverslag 1",
    "# Gespreksverslag interview melder",
    "Zaak: INT-2026-044 | Datum gesprek: 9 februari 2026, 10.00-11.45 uur | Locatie: Thorbeckezaal, Rijnstraat 8",
    "Aanwezig: Yara Dijkstra-Hofman (geïnterviewde), Lotte Ramdin (onderzoeker), Daan Everaert (notulist), "
    "Hanneke Stuivenberg (vertrouwenspersoon, op verzoek van geïnterviewde)",
    "## Inleiding",
    "Ramdin licht de werkwijze van Integra Onderzoek toe: het verslag wordt ter correctie aan de "
    "geïnterviewde voorgelegd en wordt opgenomen in het onderzoeksdossier. Het gesprek wordt niet opgenomen.",
    "## Verloop van de beoordeling",
    "Dijkstra-Hofman vertelt dat zij sinds 2022 bij DSR werkt en sinds 2024 secretaris is van de "
    "beoordelingscommissie RGS. In de commissie zaten verder Sietske Oosterbaan, Mehmet Yıldırım en Noor el "
    "Amrani. De scores werden vastgesteld op 28 oktober 2025.",
    "Volgens Dijkstra-Hofman kwam Van der Wiel op 3 november 2025 langs bij de werkplek van Yıldırım. 'Gert-Jan "
    "zei dat Amersfoort een mooi project was en dat we de puntentelling nog eens moesten bekijken,' aldus "
    "geïnterviewde.",
    "---",
    "## Relatie met de stichting",
    "Op de vraag hoe zij weet dat Kees Verhulst de zwager van Van der Wiel is, antwoordt geïnterviewde dat "
    "Van der Wiel dat zelf vertelde op de afdelingsborrel in de Willem Drees-zaal in december 2024.",
    "## Gevolgen voor geïnterviewde",
    "Dijkstra-Hofman geeft aan dat zij sinds de melding niet meer voor overleggen wordt uitgenodigd. Haar "
    "teamleider Joëlle Baptiste heeft dat besproken met HR-adviseur Renske Molenaar.",
    "## Afspraken",
    "Everaert stuurt het concept binnen vijf werkdagen. Ramdin vraagt de mailwisseling van 3 november 2025 op "
    "bij het afdelingssecretariaat.",
    "Verslag vastgesteld na correctie: 19 februari 2026 (paraaf geïnterviewde: YDH)",
], kind="docx", title="Gespreksverslag 1", author="",
   keep=[("DATE", "9 februari 2026"), ("DATE", "28 oktober 2025"), ("DATE", "19 februari 2026")])

# kl04 - gespreksverslag betrokkene
D("kl04", [
    "Integra Onderzoek B.V. | Vertrouwelijk | Gespreksverslag 2",
    "# Gespreksverslag interview betrokkene",
    "Zaak INT-2026-044 | 16 februari 2026 | Prins Clausplein, vergaderlocatie Integra Onderzoek",
    "Aanwezig: G.J. van der Wiel (betrokkene), mr. M. Brinkhuis-Otten (raadsvrouw betrokkene), L. Ramdin en D. Everaert (Integra)",
    "## Functie en taken",
    "Van der Wiel is sinds 2019 afdelingshoofd Regelingen binnen de Directie Subsidies en Regelingen. Hij "
    "legt verantwoording af aan de directeur Subsidies en Regelingen, Bram Wennekes.",
    "## De beoordeling van RGS-2025-0117 en RGS-2025-0142",
    "Betrokkene erkent dat hij op 3 november 2025 met Yıldırım heeft gesproken. Volgens hem vroeg hij alleen "
    "om een rekenfout te controleren. 'Ik heb niemand gevraagd scores te veranderen,' zegt Van der Wiel.",
    "Op de vraag of hij de directeur van Stichting Groen Speelterrein kent, antwoordt betrokkene dat Kees "
    "Verhulst getrouwd is met zijn zus. Hij heeft dat niet gemeld, omdat hij 'formeel geen "
    "beslissingsbevoegdheid' had over de toekenning.",
    "---",
    "## Reactie raadsvrouw",
    "Mr. Brinkhuis-Otten wijst erop dat de Gedragscode Integriteit Rijk geen meldplicht kent voor "
    "familierelaties van die graad wanneer de ambtenaar niet beslist. Zij verzoekt het verslag ook aan haar "
    "te sturen via m.brinkhuis@brinkhuis-advocatuur.nl.",
    "## Vervolg",
    "Ramdin legt uit dat de verklaringen van Oosterbaan, Yıldırım en 't Hooft ook worden gehoord. Betrokkene "
    "kan op het conceptrapport reageren (wederhoor). Hij is bereikbaar via 06-52 90 14 37.",
    "Paraaf betrokkene: GJvdW | Paraaf onderzoeker: LR",
], title="Gespreksverslag 2", info=ASPOSE, font="times",
   keep=[("DATE", "16 februari 2026")])

# kl05 - gespreksverslag getuige Oosterbaan
D("kl05", [
    "# Gespreksverslag interview getuige (3)",
    "Integra Onderzoek | zaak INT-2026-044 | 18 februari 2026",
    "Aanwezig: Sietske Oosterbaan (getuige), Lotte Ramdin, Daan Everaert",
    "Oosterbaan werkt sinds 2017 bij DSR als senior beleidsmedewerker en was lid van de beoordelingscommissie "
    "RGS. Zij verklaart dat zij op 4 november 2025 zag dat de beoordelingsformulieren van RGS-2025-0117 na de "
    "vaststelling opnieuw waren opgeslagen door het account van Yıldırım.",
    "Zij heeft Yara daarover aangesproken. 'Yara was toen al ongerust,' zegt Oosterbaan.",
    "Getuige verklaart dat het afdelingshoofd Van der Wiel in het teamoverleg sprak van 'een goed project "
    "uit Amersfoort'. Zij wist niet van de familierelatie met de heer Verhulst.",
    "Getuige wil niet dat haar naam in een openbaar rapport komt. Ramdin zegt toe dat het rapport "
    "geanonimiseerd wordt voordat het aan de Tweede Kamer wordt gestuurd.",
    "Paraaf getuige: S. Oosterbaan",
], title="Gespreksverslag 3", info=WORD,
   keep=[("DATE", "18 februari 2026"), ("DATE", "4 november 2025")])

# kl06 - gespreksverslag getuige Yildirim (docx)
D("kl06", [
    "Integra Onderzoek B.V. - Gespreksverslag 4",
    "# Gespreksverslag interview getuige Yıldırım",
    "Zaak INT-2026-044 | 20 februari 2026 | Locatie: Willem Drees-zaal, Rijnstraat 8",
    "Aanwezig: Mehmet Yıldırım (getuige, subsidieadviseur), Lotte Ramdin, Daan Everaert",
    "Yıldırım verklaart dat Gert-Jan van der Wiel hem op 3 november 2025 een mail stuurde en daarna langskwam. "
    "Hij heeft de scores van RGS-2025-0142 met twee punten verhoogd 'omdat het afdelingshoofd dat wilde'. Hij "
    "voelde zich onder druk gezet.",
    "Hij heeft de mail doorgestuurd naar zijn privé-adres en aan Dijkstra-Hofman laten zien. Collega's noemen "
    "hem Mem; in de Teams-groep gebruikte Van der Wiel die bijnaam ook.",
    "Yıldırım wil weten of hij als getuige dezelfde bescherming heeft als de melder. Ramdin verwijst naar de "
    "Wet bescherming klokkenluiders en naar het Huis voor Klokkenluiders.",
    "Verslag gecorrigeerd door getuige op 27 februari 2026. Paraaf: M. Yıldırım",
], kind="docx", title="Gespreksverslag 4",
   keep=[("DATE", "20 februari 2026"), ("DATE", "27 februari 2026")])

# kl07 - opdrachtbrief aan het externe bureau
D("kl07", HDR + [
    "# Opdracht extern onderzoek",
    "Aan: Integra Onderzoek B.V., t.a.v. mevrouw L. Ramdin, Prins Clausplein 60, Den Haag",
    "Datum: 26 januari 2026 | Kenmerk: INT-2026-044 | Behandeld door: Tamara Veldkamp, bestuurssecretariaat SG",
    "Geachte mevrouw Ramdin,",
    "Naar aanleiding van een melding van een vermoeden van een misstand bij de Directie Subsidies en "
    "Regelingen verleen ik Integra Onderzoek B.V. opdracht tot een feitenonderzoek. De onderzoeksvragen zijn: "
    "(1) is bij de Regeling Groene Schoolpleinen afgeweken van de vastgestelde beoordeling; (2) is daarbij "
    "sprake geweest van een niet gemeld belang; (3) is de melder na de melding benadeeld.",
    "Het onderzoek wordt uitgevoerd volgens het Protocol integriteitsonderzoek Rijk. De Auditdienst Rijk (ADR) "
    "levert de logbestanden van het subsidiesysteem.",
    "Contact over de opdracht loopt via het bestuurssecretariaat: T. Veldkamp, 070-456 8731 (toestel 231), "
    "of het algemene nummer 070 456 0000.",
    "Hoogachtend,",
    "de secretaris-generaal van Ruimte en Leefomgeving,",
    "namens dezen, het hoofd bestuurssecretariaat",
    "Sander de Koning-Baas",
], title="Opdrachtbrief", info=ITEXT,
   keep=[("DATE", "26 januari 2026"), ("POLICY", "Protocol integriteitsonderzoek Rijk"),
         ("ADDRESS_PUBLIC", "Prins Clausplein 60")])

# kl08 - the investigation report (3 pages, outline names two reviewers not in the text)
D("kl08", [
    "# Rapport feitenonderzoek INT-2026-044",
    "Integra Onderzoek B.V. | in opdracht van de secretaris-generaal van het Ministerie van Ruimte en Leefomgeving",
    "Versie 1.0 | 24 maart 2026",
    "## Samenvatting",
    "Het onderzoek bevestigt dat de rangorde van twee aanvragen in de Regeling Groene Schoolpleinen na de "
    "vaststelling is gewijzigd op aanwijzing van het afdelingshoofd, G.J. van der Wiel. Het afdelingshoofd "
    "had een niet gemeld familiebelang bij de Stichting Groen Speelterrein. Voor benadeling van de melder is "
    "beperkt bewijs gevonden.",
    "## 1. Aanleiding en opdracht",
    "Op 12 januari 2026 deed een medewerker van DSR een melding bij de vertrouwenspersoon integriteit. Op "
    "26 januari 2026 verleende de secretaris-generaal de opdracht. Het onderzoek is uitgevoerd door Lotte "
    "Ramdin en Daan Everaert.",
    "## 2. Werkwijze",
    "Er zijn vijf interviews gehouden: met de melder (Y. Dijkstra-Hofman), betrokkene, twee leden van de "
    "beoordelingscommissie (S. Oosterbaan en M. Yıldırım) en de controller (R. 't Hooft). Daarnaast zijn de "
    "logbestanden van de Auditdienst Rijk en de mailbox van betrokkene onderzocht.",
    "---",
    "## 3. Bevindingen",
    "3.1 De commissie stelde op 28 oktober 2025 de scores vast. RGS-2025-0117 scoorde 61 punten, "
    "RGS-2025-0142 scoorde 58 punten; de grens voor toekenning lag bij 64 punten.",
    "3.2 Op 3 november 2025 mailde Van der Wiel aan Yıldırım. Op 4 november 2025 zijn beide scores verhoogd "
    "tot boven de grens. Het audit trail vermeldt geen motivering.",
    "3.3 Kees Verhulst is directeur-bestuurder van de stichting en is gehuwd met een zus van betrokkene. "
    "Betrokkene heeft dit niet gemeld bij zijn directeur, Bram Wennekes.",
    "3.4 Na de melding is Dijkstra-Hofman niet meer uitgenodigd voor het commissieoverleg. Teamleider "
    "J. Baptiste verklaart dat dit een 'planningskwestie' was.",
    "---",
    "## 4. Conclusies",
    "Het vermoeden van een misstand is in hoofdzaak bevestigd: er is een integriteitsschending (belangenverstrengeling) "
    "vastgesteld. De Algemene Rekenkamer en de Kamercommissie voor Ruimte kunnen over de uitkomsten worden geïnformeerd.",
    "## 5. Aanbevelingen",
    "Laat de beoordeling van RGS-2025-0117 en RGS-2025-0142 overdoen door een onafhankelijke commissie; "
    "leg belangen van leidinggevenden jaarlijks vast; zorg dat wijzigingen in het subsidiesysteem een "
    "verplichte motivering krijgen in het audit trail.",
    "Integra Onderzoek B.V., Den Haag",
], title="Rapport feitenonderzoek", info=ASPOSE, font="dejavu",
   outline={"Samenvatting": "Samenvatting (review Frits Hoogendijk)",
            "3. Bevindingen": "Bevindingen - commentaar Carla Mendes-Ribeiro",
            "5. Aanbevelingen": "Aanbevelingen (akkoord F. Hoogendijk)"},
   redact=[("PERSON", "Frits Hoogendijk", ["Frits Hoogendijk", "Hoogendijk"], "outline"),
           ("PERSON", "Carla Mendes-Ribeiro", ["Carla Mendes-Ribeiro", "Mendes-Ribeiro"], "outline")],
   keep=[("DATE", "24 maart 2026"), ("TERM", "belangenverstrengeling")])

# kl09 - HR mail thread (2 pages)
D("kl09", [
    "Van: Molenaar, Renske <renske.molenaar@minrenl.nl>",
    "Verzonden: dinsdag 3 maart 2026 16:42",
    "Aan: Baptiste, Joëlle <joëlle.baptiste@minrenl.nl>",
    "CC: Kamphuys, Ilse <ilse.kamphuys@minrenl.nl>; Stuivenberg, Hanneke <h.stuivenberg@minrenl.nl>",
    "Onderwerp: RE: planning commissieoverleg en positie melder",
    "Hoi Joëlle,",
    "Dank voor je toelichting. Ik wil je toch dringend vragen Yara weer uit te nodigen voor het "
    "commissieoverleg. Uitsluiting na een melding kan als benadeling worden gezien in de zin van de Wbk. Ilse "
    "is als manager P&O op de hoogte.",
    "Groet, Renske",
    "Renske Molenaar | HR-adviseur | Ministerie van Ruimte en Leefomgeving | M 06-41 87 22 90",
    "",
    "Van: Baptiste, Joëlle <joëlle.baptiste@minrenl.nl>",
    "Verzonden: dinsdag 3 maart 2026 11:05",
    "Aan: Molenaar, Renske <renske.molenaar@minrenl.nl>",
    "Onderwerp: RE: planning commissieoverleg en positie melder",
    "Hoi Renske, het overleg van 2 maart was een kleine sessie met alleen Sietske en Mehmet. Het was niet mijn "
    "bedoeling Yara buiten te sluiten. Gert-Jan heeft wel gezegd dat hij haar 'liever even niet' in het "
    "overleg had, maar dat heb ik niet zo opgevat.",
    "Joëlle",
    "---",
    "Van: Molenaar, Renske <renske.molenaar@minrenl.nl>",
    "Verzonden: maandag 2 maart 2026 17:20",
    "Aan: Baptiste, Joëlle <joëlle.baptiste@minrenl.nl>",
    "Onderwerp: planning commissieoverleg en positie melder",
    "Beste Joëlle,",
    "De vertrouwenspersoon meldt dat Dijkstra-Hofman niet is uitgenodigd voor het overleg van vandaag. Kun je "
    "mij laten weten waarom? Denk ook aan de Gedragscode Integriteit Rijk en aan de brief van het Huis voor "
    "Klokkenluiders over bescherming van melders.",
    "Met vriendelijke groet,",
    "R. Molenaar, HR-adviseur",
    "P&O-servicepunt: 0800-2468 (algemeen nummer)",
], title="RE: planning commissieoverleg", info=OUTLOOK,
   keep=[("DATE", "3 maart 2026"), ("DATE", "2 maart 2026")])

# kl10 - HR mail thread 2 (schorsing)
D("kl10", [
    "Van: Kamphuys, Ilse <ilse.kamphuys@minrenl.nl>",
    "Verzonden: woensdag 25 maart 2026 09:14",
    "Aan: Gerritsma, Wouter <w.gerritsma@minrenl.nl>",
    "CC: Wennekes, Bram <bram.wennekes@minrenl.nl>; Molenaar, Renske <renske.molenaar@minrenl.nl>",
    "Onderwerp: RE: ordemaatregel afdelingshoofd DSR",
    "Wouter, Bram,",
    "Na het rapport van Integra Onderzoek adviseer ik een ordemaatregel: tijdelijke vrijstelling van werk voor "
    "G.J. van der Wiel op grond van de Ambtenarenwet 2017. P-Direkt moet de wijziging uiterlijk vrijdag "
    "verwerken. Graag jouw juridische toets, Wouter.",
    "Ilse Kamphuys | manager P&O",
    "",
    "Van: Gerritsma, Wouter <w.gerritsma@minrenl.nl>",
    "Verzonden: dinsdag 24 maart 2026 18:02",
    "Aan: Kamphuys, Ilse <ilse.kamphuys@minrenl.nl>",
    "Onderwerp: ordemaatregel afdelingshoofd DSR",
    "Ilse, de conclusies van het rapport lijken me voldoende voor een voornemen tot ordemaatregel. Houd "
    "rekening met de zienswijze van zijn raadsvrouw, mr. Brinkhuis-Otten. Ik ben vandaag bereikbaar op "
    "0031 70 456 8890.",
    "Wouter Gerritsma, senior jurist, Directie Juridische Zaken",
], title="RE: ordemaatregel", info=OUTLOOK, font="dejavu",
   keep=[("DATE", "25 maart 2026"), ("ORG", "Directie Juridische Zaken"), ("DATE", "24 maart 2026")])

# kl11 - Teams chat export (2 pages)
D("kl11", [
    "# Chatexport Microsoft Teams - groep 'RGS beoordeling 2025'",
    "Geëxporteerd op 11 februari 2026 door Thijs Zandvoort (ICT-beheer) ten behoeve van INT-2026-044",
    "> [28-10-2025 16:02] Noor el Amrani: scores staan erin, Amersfoort 61 en 58",
    "> [28-10-2025 16:05] Sietske Oosterbaan: en Zwolle 71, mooi, dan zijn we klaar",
    "> [28-10-2025 16:06] Yara Dijkstra-Hofman: ik maak het advies voor de directeur",
    "> [03-11-2025 09:12] Gert-Jan van der Wiel: Mem, kun je even bij me langs?",
    "> [03-11-2025 09:13] Mehmet Yıldırım: komt eraan",
    "> [03-11-2025 14:40] Mehmet Yıldırım: heb de tellingen aangepast zoals besproken",
    "> [03-11-2025 14:41] Gert-Jan van der Wiel: top, dank. niet verder rondsturen aub",
    "> [04-11-2025 10:20] Sietske Oosterbaan: Mehmet, waarom is 0117 opnieuw opgeslagen?",
    "> [04-11-2025 10:31] Mehmet Yıldırım: vraag maar aan GJ",
    "---",
    "> [04-11-2025 10:33] Yara Dijkstra-Hofman: Siets, kunnen we even bellen?",
    "> [04-11-2025 10:34] Sietske Oosterbaan: ja, bel me",
    "> [17-11-2025 08:55] Joëlle Baptiste: Yara, Noor: de toekenningsbrieven gaan vandaag uit",
    "> [17-11-2025 09:02] Noor el Amrani: ok, ik zet ze klaar in Corsa",
    "> [12-12-2025 15:10] Ruud 't Hooft: betalingen RGS tweede tranche zijn geaccordeerd",
    "Einde export. Berichten met bijlagen zijn niet meegenomen.",
], title="Teams export", info=PDFPEN, font="dejavu",
   keep=[("DATE", "11 februari 2026"), ("PRODUCT", "Corsa")])

# kl12 - Signal chat export (private phones)
D("kl12", [
    "# Signal - export gesprek 'Yara' (aangeleverd door getuige)",
    "Aangeleverd door M. Yıldırım op 20 februari 2026; contact: Yara (06 18 33 72 05)",
    "> 03-11-2025 19:47 - Mehmet: hij wil dat ik Amersfoort omhoog zet",
    "> 03-11-2025 19:48 - Yara: serieus? dat is toch die stichting van zijn zwager",
    "> 03-11-2025 19:50 - Mehmet: Kees Verhulst ja. ik durf geen nee te zeggen",
    "> 03-11-2025 19:52 - Yara: stuur me die mail even door, ik ga naar Hanneke",
    "> 04-11-2025 07:30 - Mehmet: gedaan. zeg niks tegen Jo aub",
    "> 12-01-2026 12:15 - Yara: melding gedaan bij de vertrouwenspersoon",
    "Verzonden via Signal; tijdzone Europe/Amsterdam.",
], title="Signal export", info={"/Producer": "Skia/PDF m120", "/Creator": "Signal Desktop"})

# kl13 - besluit SG (ordemaatregel / disciplinaire maatregel)
D("kl13", HDR + [
    "# Besluit disciplinaire maatregel",
    "Aan: de heer G.J. van der Wiel, p/a mr. M. Brinkhuis-Otten, Brinkhuis Advocatuur, Utrecht",
    "Datum: 21 april 2026 | Kenmerk: INT-2026-044/B | Personeelsnummer: 4410872",
    "Geachte heer Van der Wiel,",
    "Gelet op het rapport van Integra Onderzoek B.V. van 24 maart 2026 en uw zienswijze van 10 april 2026 "
    "besluit ik u een disciplinaire maatregel op te leggen wegens plichtsverzuim (artikel 6 Ambtenarenwet "
    "2017 jo. de Gedragscode Integriteit Rijk): ontheffing uit de functie van afdelingshoofd en overplaatsing.",
    "U heeft een familiebelang bij de Stichting Groen Speelterrein niet gemeld en u heeft invloed uitgeoefend "
    "op de beoordeling van twee aanvragen. Tegen dit besluit kunt u binnen zes weken bezwaar maken op grond van "
    "de Algemene wet bestuursrecht (Awb).",
    "Hoogachtend,",
    "de secretaris-generaal van Ruimte en Leefomgeving,",
    "secretaris-generaal Aalbersberg",
    "Afschrift: Bram Wennekes, directeur Subsidies en Regelingen; dossier P&O (R. Molenaar)",
], title="Besluit", info=WORD,
   redact=[("ID", "personeelsnummer 4410872", ["4410872"])],
   keep=[("DATE", "21 april 2026"), ("DATE", "10 april 2026"), ("ORG", "Brinkhuis Advocatuur"),
         ("CASE", "INT-2026-044/B")])

# kl14 - Kamerbrief 1 (2 pages)
D("kl14", HDR + [
    "# Kamerbrief over integriteitsonderzoek Regeling Groene Schoolpleinen",
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
    "Datum: 28 april 2026 | Kenmerk: 2026D18832",
    "Geachte Voorzitter,",
    "Met deze brief informeer ik uw Kamer over de uitkomsten van een integriteitsonderzoek bij mijn ministerie "
    "naar de uitvoering van de Regeling Groene Schoolpleinen (RGS). Het onderzoek volgde op een melding van "
    "een vermoeden van een misstand door een medewerker, als bedoeld in de Wet bescherming klokkenluiders.",
    "## Het onderzoek",
    "Het externe bureau Integra Onderzoek heeft vastgesteld dat de rangorde van twee aanvragen na de "
    "vaststelling is gewijzigd op aanwijzing van een leidinggevende die een niet gemeld familiebelang had bij "
    "een aanvrager. De secretaris-generaal heeft een disciplinaire maatregel opgelegd. Over de persoon van de "
    "betrokkene en van de melder doe ik om redenen van privacy geen mededelingen.",
    "## Gevolgen voor de regeling",
    "De twee subsidies worden heroverwogen door een onafhankelijke commissie. De Auditdienst Rijk onderzoekt "
    "de tranches 2024 en 2025. De Algemene Rekenkamer is geïnformeerd.",
    "---",
    "## Bescherming van de melder",
    "Ik hecht eraan te benadrukken dat de melder zorgvuldig heeft gehandeld. Ik heb de secretaris-generaal "
    "gevraagd te onderzoeken of de melder na de melding is benadeeld. Het Huis voor Klokkenluiders is "
    "hierover geïnformeerd.",
    "Daarmee geef ik ook invulling aan de toezegging aan het lid Bouwmeester-Aydın (NSC) tijdens het "
    "commissiedebat van 2 april 2026 en aan de vragen van Kamerlid Terpstra (CDA).",
    "De minister van Ruimte en Leefomgeving,",
    "minister Kortenhoeve",
], title="Kamerbrief integriteitsonderzoek RGS", info=WORD, font="times",
   keep=[("DATE", "28 april 2026"), ("DATE", "2 april 2026"), ("ORG", "Tweede Kamer der Staten-Generaal")])

# kl15 - Kamerbrief 2 (voortgang)
D("kl15", HDR + [
    "# Voortgangsbrief heroverweging RGS",
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal | Datum: 16 juni 2026 | Kenmerk: 2026D24410",
    "Geachte Voorzitter,",
    "In mijn brief van 28 april 2026 (Kamerstuk 2026D18832) heb ik uw Kamer toegezegd te informeren over de "
    "heroverweging van twee subsidies in de Regeling Groene Schoolpleinen. De onafhankelijke commissie onder "
    "leiding van burgemeester Van Rijckevorsel van Zwolle heeft geadviseerd beide toekenningen in te "
    "trekken; ik neem dat advies over.",
    "De Stichting Schoolplein Natuurlijk ontvangt alsnog subsidie. Het Huis voor Klokkenluiders heeft laten "
    "weten geen aanleiding te zien voor een eigen onderzoek.",
    "Voor vragen kan het publiek terecht bij het algemene nummer 070 456 0000.",
    "De minister van Ruimte en Leefomgeving,",
    "minister Kortenhoeve",
], title="Voortgangsbrief", info=WORD, font="times",
   keep=[("DATE", "16 juni 2026"), ("CASE", "2026D24410"), ("OFFICE_HOLDER", "burgemeester Van Rijckevorsel"),
         ("DATE", "28 april 2026")])

# kl16 - Kamervragen en antwoorden (2 pages)
D("kl16", [
    "# Antwoorden op Kamervragen van het lid Terpstra (CDA)",
    "Kenmerk 2026Z04417 | ingezonden 3 april 2026 | beantwoord 30 april 2026",
    "Vraag 1: Bent u bekend met het bericht 'Ambtenaar gaf subsidie aan stichting zwager'?",
    "Antwoord 1: Ja.",
    "Vraag 2: Klopt het dat een afdelingshoofd de beoordeling heeft beïnvloed?",
    "Antwoord 2: Het onderzoek van Integra Onderzoek bevestigt dat. Zie mijn brief van 28 april 2026. Ik doe "
    "geen mededelingen over personen; ook niet over de vraag of het om de in het bericht genoemde heer "
    "Van der Wiel gaat.",
    "Vraag 3: Is de melder beschermd?",
    "Antwoord 3: Ja. De melder valt onder de Wet bescherming klokkenluiders. Kamerlid Terpstra vraagt ook naar "
    "de rol van de vertrouwenspersoon: die heeft de melding conform het protocol doorgeleid.",
    "---",
    "Vraag 4: Wordt de Kamercommissie voor Ruimte vertrouwelijk geïnformeerd over het volledige rapport?",
    "Antwoord 4: Ik bied het rapport vertrouwelijk ter inzage aan. Een openbare versie, waarin persoonsgegevens "
    "zijn weggelakt, wordt gepubliceerd op grond van de Wet open overheid (Woo).",
    "Vraag 5: Welke maatregelen neemt u?",
    "Antwoord 5: Zie de Kamerbrief 2026D18832: heroverweging, onderzoek door de Auditdienst Rijk (ADR) en een "
    "verplichte belangenregistratie voor leidinggevenden.",
    "Toelichting: bij de beantwoording is gebruik gemaakt van informatie van Bureau Integriteit en DSR.",
], title="Antwoorden Kamervragen", info=WORD,
   keep=[("DATE", "3 april 2026"), ("DATE", "30 april 2026"), ("OFFICE_HOLDER", "het lid Terpstra")])

# kl17 - brief Huis voor Klokkenluiders
D("kl17", [
    "Huis voor Klokkenluiders | Postbus 10088 | 3505 AB Utrecht | 088 371 3000",
    "# Brief aan de secretaris-generaal",
    "Aan: de secretaris-generaal van het Ministerie van Ruimte en Leefomgeving, Postbus 20951, Den Haag",
    "Datum: 6 mei 2026 | Ons kenmerk: HvK-2026-0913",
    "Geachte secretaris-generaal Aalbersberg,",
    "Het Huis voor Klokkenluiders is op 30 april 2026 door de melder, mevrouw Dijkstra-Hofman, om advies "
    "gevraagd. Met haar toestemming vragen wij u welke maatregelen zijn getroffen om benadeling na de melding "
    "te voorkomen, gelet op artikel 17e van de Wet Huis voor klokkenluiders.",
    "Wij ontvangen uw reactie graag binnen vier weken. Contactpersoon bij de afdeling Advies: de heer "
    "Daniël Ouwerkerk, adviseur, d.ouwerkerk@huisvoorklokkenluiders.nl.",
    "Met vriendelijke groet,",
    "namens het Huis voor Klokkenluiders,",
    "Daniël Ouwerkerk",
], title="Brief HvK", info=NITRO, font="dejavu",
   redact=[("PERSON", "Daniël Ouwerkerk", ["Daniël Ouwerkerk", "Ouwerkerk"]),
           ("EMAIL", "d.ouwerkerk@huisvoorklokkenluiders.nl", ["d.ouwerkerk@huisvoorklokkenluiders.nl"])],
   keep=[("DATE", "6 mei 2026"), ("CASE", "HvK-2026-0913"), ("LAW", "Wet Huis voor klokkenluiders"),
         ("ADDRESS_PUBLIC", "Postbus 10088")])
