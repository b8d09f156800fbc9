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
], font="dejavu", title="Melding vermoeden misstand", info=WORD,
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
], title="Gespreksverslag 2", info=ASPOSE, font="dejavu",
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
], font="dejavu", title="Gespreksverslag 3", info=WORD,
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
], font="dejavu", title="Signal export", info={"/Producer": "Skia/PDF m120", "/Creator": "Signal Desktop"})

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
], font="dejavu", title="Kamerbrief integriteitsonderzoek RGS", info=WORD,
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

# kl18 - Woo-verzoek of a journalist (private person)
D("kl18", [
    "Fenna Lammerts",
    "Lange Nieuwstraat 41",
    "3512 PH Utrecht",
    "fenna.lammerts@posteo.nl | 030-231 77 54",
    "Aan: Ministerie van Ruimte en Leefomgeving, t.a.v. de Woo-coördinator, Postbus 20951, Den Haag (woo@minrenl.nl)",
    "Utrecht, 4 mei 2026",
    "# Verzoek op grond van de Wet open overheid",
    "Geachte heer, mevrouw,",
    "Op grond van de Wet open overheid (Woo) verzoek ik u om openbaarmaking van alle documenten over het "
    "integriteitsonderzoek bij de Directie Subsidies en Regelingen naar de Regeling Groene Schoolpleinen, "
    "waaronder: de melding, de gespreksverslagen, het rapport van Integra Onderzoek, interne e-mails en "
    "chatberichten, het besluit van de secretaris-generaal en de correspondentie met het Huis voor "
    "Klokkenluiders, over de periode 1 oktober 2025 tot heden.",
    "Ik begrijp dat persoonsgegevens van ambtenaren worden weggelakt. Ik ontvang de stukken graag digitaal.",
    "Met vriendelijke groet,",
    "F. Lammerts",
], title="Woo-verzoek", info={"/Producer": "Pages", "/Creator": "Pages"},
   keep=[("DATE", "4 mei 2026"), ("DATE", "1 oktober 2025"), ("FUNCTION", "Woo-coördinator")])

# kl19 - ontvangstbevestiging Woo (docx)
D("kl19", HDR + [
    "# Ontvangstbevestiging Woo-verzoek",
    "Aan: mevrouw F. Lammerts, Lange Nieuwstraat 41, 3512 PH Utrecht",
    "Datum: 7 mei 2026 | Ons kenmerk: WOO-RL-2026-0318 | Contactpersoon: Esra Doğan, Woo-coördinator",
    "Geachte mevrouw Lammerts,",
    "Op 4 mei 2026 hebben wij uw verzoek op grond van de Wet open overheid ontvangen. Uw verzoek is "
    "geregistreerd onder nummer WOO-RL-2026-0318. Wij beslissen binnen vier weken na ontvangst; deze termijn "
    "kan met twee weken worden verdaagd (artikel 4.4 Woo).",
    "Omdat de documenten gegevens van derden bevatten, stellen wij betrokkenen in de gelegenheid een "
    "zienswijze te geven. Heeft u vragen, neem dan contact op via woo@minrenl.nl of 070 456 0000 en vermeld "
    "het kenmerk. Rechtstreeks: esra.dogan@minrenl.nl.",
    "Met vriendelijke groet,",
    "E. Doğan",
    "Woo-coördinator",
], kind="docx", title="Ontvangstbevestiging Woo",
   keep=[("DATE", "7 mei 2026"), ("DATE", "4 mei 2026")])

# kl20 - Woo-besluit (2 pages; Info /Author names the drafting lawyer, who is not in the text)
D("kl20", HDR + [
    "# Besluit op uw Woo-verzoek",
    "Aan: mevrouw F. Lammerts | Datum: 15 juni 2026 | Kenmerk: WOO-RL-2026-0318",
    "Geachte mevrouw Lammerts,",
    "Bij brief van 4 mei 2026 heeft u verzocht om openbaarmaking van documenten over het "
    "integriteitsonderzoek bij de Directie Subsidies en Regelingen. Hierbij ontvangt u mijn besluit.",
    "## 1. Besluit",
    "Ik heb 33 documenten gevonden. Ik maak 4 documenten geheel openbaar, 27 documenten deels openbaar en 2 "
    "documenten niet openbaar. De inventarislijst is bijgevoegd.",
    "## 2. Overwegingen",
    "Persoonsgegevens (artikel 5.1, tweede lid, onder e, Woo; code 5.1.2e): namen, e-mailadressen, "
    "telefoonnummers, paraafcodes en handtekeningen van ambtenaren die niet in de openbaarheid treden, en "
    "gegevens van derden, maak ik niet openbaar. Dat geldt ook voor de identiteit van de melder en van de "
    "getuigen: de Wet bescherming klokkenluiders verplicht tot vertrouwelijkheid.",
    "Gezondheidsgegevens (5.1.1d) en het burgerservicenummer (5.1.1e) maak ik niet openbaar.",
    "De namen van de minister, de secretaris-generaal en de Kamerleden zijn wel openbaar.",
    "---",
    "## 3. Zienswijzen",
    "De betrokkene heeft via zijn raadsvrouw een zienswijze gegeven en verzocht het onderzoeksrapport niet "
    "openbaar te maken. Ik volg die zienswijze niet: het publieke belang bij openbaarheid van de conclusies "
    "weegt zwaarder, nu de persoonsgegevens worden weggelakt.",
    "## 4. Bezwaar",
    "Tegen dit besluit kunt u binnen zes weken bezwaar maken op grond van de Algemene wet bestuursrecht. "
    "U kunt ook contact opnemen met de Nationale ombudsman.",
    "De minister van Ruimte en Leefomgeving, namens deze, het hoofd Directie Juridische Zaken",
    "Bijlagen: inventarislijst, documenten",
], title="Woo-besluit WOO-RL-2026-0318", author="Vermeulen-Drost, A.C.",
   info={"/Producer": "Microsoft® Word voor Microsoft 365", "/Creator": "Microsoft® Word voor Microsoft 365",
         "/Author": "Vermeulen-Drost, A.C."},
   redact=[("PERSON", "A.C. Vermeulen-Drost", ["Vermeulen-Drost"], "metadata")],
   keep=[("DATE", "15 juni 2026"), ("GROUND", "5.1.2e"), ("GROUND", "5.1.1d"), ("GROUND", "5.1.1e"),
         ("ORG", "Directie Juridische Zaken")])

# kl21 - inventarislijst
D("kl21", [
    "# Inventarislijst Woo-besluit WOO-RL-2026-0318",
    "| Nr | Document | Datum | Beoordeling | Grond | Opmerking |",
    "| 1 | Melding vermoeden misstand | 12-01-2026 | deels openbaar | 5.1.2e, 5.1.1e | identiteit melder |",
    "| 2 | Ontvangstbevestiging melding | 14-01-2026 | deels openbaar | 5.1.2e | |",
    "| 3 | Gespreksverslag 1 (melder) | 09-02-2026 | deels openbaar | 5.1.2e | |",
    "| 4 | Gespreksverslag 2 (betrokkene) | 16-02-2026 | deels openbaar | 5.1.2e | zienswijze raadsvrouw |",
    "| 5 | Gespreksverslag 3 | 18-02-2026 | deels openbaar | 5.1.2e | |",
    "| 6 | Gespreksverslag 4 | 20-02-2026 | deels openbaar | 5.1.2e | |",
    "| 7 | Opdrachtbrief Integra Onderzoek | 26-01-2026 | deels openbaar | 5.1.2e | |",
    "| 8 | Rapport feitenonderzoek | 24-03-2026 | deels openbaar | 5.1.2e | |",
    "| 9 | E-mail HR planning commissieoverleg | 03-03-2026 | deels openbaar | 5.1.2e | |",
    "| 10 | E-mail ordemaatregel | 25-03-2026 | deels openbaar | 5.1.2e, 5.2.1 | |",
    "| 11 | Chatexport Microsoft Teams | 11-02-2026 | deels openbaar | 5.1.2e | |",
    "| 12 | Signal-export | 20-02-2026 | deels openbaar | 5.1.2e | |",
    "| 13 | Besluit disciplinaire maatregel | 21-04-2026 | deels openbaar | 5.1.2e | |",
    "| 14 | Kamerbrief 2026D18832 | 28-04-2026 | reeds openbaar | | zie Gerelateerd ID |",
    "| 15 | Re-integratieverslag | 12-05-2026 | niet openbaar | 5.1.1d, 5.1.2e | gezondheid |",
    "| 16 | Factuur notuleerbureau | 31-03-2026 | deels openbaar | 5.1.2e | IBAN |",
    "Behandelend Woo-coördinator: E. Doğan (paraaf ED-0615)",
], colw=[0.06, 0.32, 0.13, 0.17, 0.14, 0.18], font="dejavu", title="Inventarislijst", info={"/Producer": "Microsoft® Excel® voor Microsoft 365", "/Creator": "Microsoft® Excel® voor Microsoft 365"},
   redact=[("INITIALS", "paraaf ED-0615", ["ED-0615"])],
   keep=[("GROUND", "5.1.2e"), ("GROUND", "5.1.1d"), ("GROUND", "5.2.1"), ("DOC", "Rapport feitenonderzoek"),
         ("DOC", "Besluit disciplinaire maatregel"), ("CASE", "2026D18832")])

# kl22 - beslisnota (with the motivation section template, left empty)
D("kl22", HDR + [
    "# Beslisnota",
    "Aan: de minister | Van: secretaris-generaal | Datum: 22 april 2026 | Kenmerk: INT-2026-044/N",
    "Contactpersoon: Wouter Gerritsma, T 0031 70 456 8890, w.gerritsma@minrenl.nl",
    "Kopie aan: directeur Subsidies en Regelingen (B. Wennekes)",
    "Onderwerp: Kamerbrief over integriteitsonderzoek Regeling Groene Schoolpleinen",
    "## Aanleiding",
    "Het rapport van Integra Onderzoek is afgerond en de secretaris-generaal heeft een disciplinaire "
    "maatregel opgelegd. Het lid Bouwmeester-Aydın (NSC) heeft gevraagd de Kamer te informeren.",
    "## Geadviseerd besluit",
    "Aan de minister wordt gevraagd: akkoord te gaan met bijgaande Kamerbrief en het rapport vertrouwelijk ter "
    "inzage te leggen voor de Kamercommissie voor Ruimte.",
    "## Kern",
    "De Kamerbrief noemt geen namen. Het Huis voor Klokkenluiders is geïnformeerd. De heroverweging wordt "
    "uitgevoerd in het kader van het Programma Gezonde Leefomgeving 2025-2028.",
    "## Paraaf",
    "| Naam | Functie | Paraaf | Datum |",
    "| W. Gerritsma | senior jurist DJZ | WG | 21-04-2026 |",
    "| I. Kamphuys | manager P&O | IK | 21-04-2026 |",
    "| B. Wennekes | directeur DSR | BW | 22-04-2026 |",
    "## Informatie die niet openbaar gemaakt kan worden",
    "[in te vullen]",
], title="Beslisnota Kamerbrief RGS", info=ITEXT, font="dejavu",
   keep=[("DATE", "22 april 2026"), ("CASE", "INT-2026-044/N"), ("ORG", "DJZ")])

# kl23 - invoice of a sole trader (minute taker)
D("kl23", [
    "# FACTUUR",
    "KARIN SMEETS - Notuleer- en verslagbureau",
    "Eenmanszaak | KvK 71829364 | btw NL002184736B52",
    "IBAN NL27 RABO 0318 4466 12 t.n.v. K. Smeets",
    "Aan: Integra Onderzoek B.V., Prins Clausplein 60, Den Haag",
    "Factuurnummer: 2026-031 | Factuurdatum: 31 maart 2026 | Uw referentie: INT-2026-044",
    "| Omschrijving | Uren | Tarief | Bedrag |",
    "| Uitwerken gespreksverslagen 1 t/m 4 | 14 | 62,00 | 868,00 |",
    "| Correctieronde verslagen | 3 | 62,00 | 186,00 |",
    "| Subtotaal | | | 1.054,00 |",
    "| Btw 21% | | | 221,34 |",
    "| Totaal | | | 1.275,34 |",
    "Betaling binnen 30 dagen op NL27RABO0318446612 onder vermelding van het factuurnummer.",
    "Karin Smeets, telefoon 06 33 19 82 47",
], title="Factuur 2026-031", info={"/Producer": "Microsoft® Word 2019", "/Creator": "Microsoft® Word 2019"},
   redact=[("ID", "KvK 71829364", ["71829364"]), ("ID", "btw NL002184736B52", ["NL002184736B52"]),
           ("PHONE", "06 33 19 82 47", ["06 33 19 82 47"])],
   keep=[("DATE", "31 maart 2026"), ("AMOUNT", "1.275,34"), ("ADDRESS_PUBLIC", "Prins Clausplein 60")])

# kl24 - invoice of a sole trader (coach for the reporter)
D("kl24", [
    "Holtkamp Loopbaan & Coaching",
    "J.H.M. Holtkamp | Zwolle | KvK 80412577 | IBAN NL91 INGB 0007 6421 83",
    "# Factuur 26-0419",
    "Aan: Ministerie van Ruimte en Leefomgeving, Bureau Integriteit, Postbus 20951, Den Haag",
    "Datum: 19 april 2026 | Inkoopordernummer: 4500982211",
    "Betreft: begeleidingstraject medewerker (melder INT-2026-044), cliënt: Y. Dijkstra-Hofman",
    "| Datum | Activiteit | Bedrag |",
    "| 02-04-2026 | Intakegesprek | 145,00 |",
    "| 09-04-2026 | Coachgesprek 1 | 145,00 |",
    "| 16-04-2026 | Coachgesprek 2 | 145,00 |",
    "| | Totaal (vrijgesteld van btw) | 435,00 |",
    "Met dank voor de opdracht, Jeroen Holtkamp",
], title="Factuur 26-0419", info=PDFPEN,
   redact=[("ID", "KvK 80412577", ["80412577"])],
   keep=[("CASE", "4500982211"), ("DATE", "19 april 2026"), ("AMOUNT", "435,00")])

# kl25 - fillable intake form (AcroForm values only in the widgets)
D("kl25", kind="form", form_title="Intakeformulier melding vermoeden misstand",
  lines=["Ministerie van Ruimte en Leefomgeving - Bureau Integriteit - Rijnstraat 8, Den Haag",
         "In te vullen door de vertrouwenspersoon. Zaak INT-2026-044. Vertrouwelijk op grond van de Wbk.",
         "Zie ook de Gedragscode Integriteit Rijk. Vragen: integriteit@minrenl.nl of 070 456 0000."],
  fields=[("naam", "Naam melder", "Yara Dijkstra-Hofman"), ("gebdat", "Geboortedatum", "14-03-1986"),
          ("bsn", "BSN", "183746529"), ("tel", "Telefoon", "06 18 33 72 05"),
          ("mail", "E-mail (privé)", "yara.dh@protonmail.com"), ("betrokkene", "Betrokkene", "G.J. van der Wiel"),
          ("getuigen", "Mogelijke getuigen", "S. Oosterbaan, M. Yildirim"),
          ("opgenomen", "Opgenomen door", "Hanneke Stuivenberg")],
  after_lines=["Ondertekening melder: ______________________   Datum: 12-01-2026"],
  info={"/Producer": "Adobe LiveCycle Designer 11.0", "/Creator": "Adobe LiveCycle Designer 11.0"},
  redact=[("PERSON", "Yara Dijkstra-Hofman", ["Yara Dijkstra-Hofman"], "annotations"),
          ("DATE_OF_BIRTH", "14-03-1986", ["14-03-1986"], "annotations"),
          ("ID", "BSN 183746529", ["183746529"], "annotations"),
          ("PHONE", "06 18 33 72 05", ["06 18 33 72 05"], "annotations"),
          ("EMAIL", "yara.dh@protonmail.com", ["yara.dh@protonmail.com"], "annotations"),
          ("PERSON", "G.J. van der Wiel", ["G.J. van der Wiel"], "annotations"),
          ("PERSON", "S. Oosterbaan", ["S. Oosterbaan"], "annotations"),
          ("PERSON", "M. Yildirim", ["M. Yildirim"], "annotations"),
          ("PERSON", "Hanneke Stuivenberg", ["Hanneke Stuivenberg"], "annotations")],
  keep=[("FUNCTION", "vertrouwenspersoon"), ("FORM", "Intakeformulier melding vermoeden misstand")])

# kl26 - contact list of the investigation team
D("kl26", [
    "# Contactlijst onderzoek INT-2026-044 (vertrouwelijk)",
    "Versie 3 - 2 februari 2026 - beheer: bestuurssecretariaat SG",
    "| Naam | Rol | Organisatie | Telefoon | E-mail |",
    "| Lotte Ramdin | hoofdonderzoeker | Integra Onderzoek | +31 (0)6 2210 4478 | l.ramdin@integra-onderzoek.nl |",
    "| Daan Everaert | onderzoeker/notulist | Integra Onderzoek | 06-1192 3340 | d.everaert@integra-onderzoek.nl |",
    "| Hanneke Stuivenberg | vertrouwenspersoon | Bureau Integriteit | 070 456 8812 | h.stuivenberg@minrenl.nl |",
    "| Tamara Veldkamp | secretaris | bestuurssecretariaat SG | 070-456 8731 (toestel 231) | t.veldkamp@minrenl.nl |",
    "| Renske Molenaar | HR-adviseur | P&O | 06-41 87 22 90 | renske.molenaar@minrenl.nl |",
    "| Wouter Gerritsma | jurist | Directie Juridische Zaken | 0031 70 456 8890 | w.gerritsma@minrenl.nl |",
    "| Thijs Zandvoort | ICT-beheer (logs) | RenL ICT | (070) 456 87 09 | t.zandvoort@minrenl.nl |",
    "Algemeen: Bureau Integriteit integriteit@minrenl.nl; algemeen nummer ministerie 070 456 0000.",
    "Auditdienst Rijk (ADR): via de functionele mailbox audit@adr.example.nl.",
], title="Contactlijst", info=NITRO, colw=[0.17, 0.15, 0.17, 0.19, 0.32],
   redact=[("PHONE", "06-1192 3340", ["06-1192 3340"]),
           ("EMAIL", "d.everaert@integra-onderzoek.nl", ["d.everaert@integra-onderzoek.nl"]),
           ("EMAIL", "t.veldkamp@minrenl.nl", ["t.veldkamp@minrenl.nl"]),
           ("EMAIL", "t.zandvoort@minrenl.nl", ["t.zandvoort@minrenl.nl"]),
           ("PHONE", "(070) 456 87 09", ["(070) 456 87 09"])],
   keep=[("DATE", "2 februari 2026"), ("EMAIL_FUNCTIONAL", "audit@adr.example.nl")])

# kl27 - scan: handwritten note of the reporter (OCR)
D("kl27", [
    "# Aantekening bij melding INT-2026-044",
    "Gesprek met vertrouwenspersoon, 12 januari 2026",
    "",
    "~ Ik heb Hanneke Stuivenberg alles verteld.",
    "~ Mehmet Yildirim durft niet zelf te melden.",
    "~ Mijn nummer: 06 18 33 72 05",
    "~ Bellen na 17 uur, niet op kantoor.",
    "",
    "~ Yara Dijkstra",
], kind="scan", rot=0.6, info=SCANNER,
   redact=[("PERSON", "Hanneke Stuivenberg", ["Hanneke Stuivenberg", "Stuivenberg"], "ocr"),
           ("PERSON", "Mehmet Yildirim", ["Mehmet Yildirim", "Yildirim"], "ocr"),
           ("PHONE", "06 18 33 72 05", ["06 18 33 72 05"], "ocr"),
           ("PERSON", "Yara Dijkstra", ["Yara Dijkstra", "Dijkstra"], "ocr")])

# kl28 - scan: signed statement of a witness (OCR)
D("kl28", [
    "# Verklaring getuige",
    "Zaak INT-2026-044 - Integra Onderzoek B.V.",
    "",
    "Ondergetekende, Sietske Oosterbaan, geboren 22 juli 1979,",
    "verklaart dat het verslag van 18 februari 2026",
    "juist en volledig is weergegeven.",
    "",
    "Den Haag, 25 februari 2026",
    "",
    "~ S. Oosterbaan",
    "",
    "Voor gezien: Lotte Ramdin, onderzoeker",
], kind="scan", rot=-0.8, info=SCANNER,
   redact=[("PERSON", "Sietske Oosterbaan", ["Sietske Oosterbaan", "Oosterbaan"], "ocr"),
           ("DATE_OF_BIRTH", "22 juli 1979", ["22 juli 1979"], "ocr"),
           ("PERSON", "Lotte Ramdin", ["Lotte Ramdin"], "ocr"),
           ("PERSON", "S. Oosterbaan", ["S. Oosterbaan"], "ocr")])

# kl29 - scan: attendance list of the MT session (OCR)
D("kl29", [
    "# Presentielijst MT-sessie integriteit",
    "Datum: 30 maart 2026 - Thorbeckezaal",
    "",
    "Naam                      Functie                Paraaf",
    "Bram Wennekes           directeur DSR           ~BW",
    "Ilse Kamphuys            manager P&O            ~IK",
    "Joelle Baptiste         teamleider              ~JB",
    "Ruud Hooft                controller               ~RH",
    "Renske Molenaar        HR-adviseur           ~RM",
], kind="scan", rot=0.9, info=SCANNER,
   redact=[("PERSON", "Bram Wennekes", ["Bram Wennekes", "Wennekes"], "ocr"),
           ("PERSON", "Ilse Kamphuys", ["Ilse Kamphuys", "Kamphuys"], "ocr"),
           ("PERSON", "Ruud 't Hooft", ["Ruud Hooft"], "ocr"),
           ("INITIALS", "paraphs", ["BW", "IK", "RH", "RM"], "ocr"),
           ("PERSON", "Joëlle Baptiste", ["Baptiste"], "ocr"),
           ("PERSON", "Renske Molenaar", ["Molenaar"], "ocr")])

# kl30 - press release (Author and XMP creator: the press officer, not in the text)
D("kl30", [
    "# Persbericht: minister informeert Kamer over integriteitsonderzoek",
    "Den Haag, 28 april 2026",
    "Minister Kortenhoeve van Ruimte en Leefomgeving heeft de Tweede Kamer vandaag geïnformeerd over een "
    "integriteitsonderzoek naar de Regeling Groene Schoolpleinen. 'Een melder heeft moed getoond. Die melding "
    "hebben we serieus genomen,' aldus minister Kortenhoeve.",
    "Uit onderzoek van Integra Onderzoek bleek dat een leidinggevende een niet gemeld familiebelang had bij een "
    "aanvrager. Twee subsidies worden heroverwogen. De Auditdienst Rijk kijkt naar eerdere tranches.",
    "Noot voor de redactie: voor vragen kunt u contact opnemen met de persvoorlichting via 070 456 0000 of "
    "pers@minrenl.nl. Het Huis voor Klokkenluiders is bereikbaar via 088 371 3000.",
], title="Persbericht integriteitsonderzoek", info={"/Producer": "Microsoft® Word voor Microsoft 365",
   "/Creator": "Microsoft® Word voor Microsoft 365", "/Author": "Sanne Brouwer-IJzerman"},
   xmp_creator=["Sanne Brouwer-IJzerman"],
   redact=[("PERSON", "Sanne Brouwer-IJzerman", ["Sanne Brouwer-IJzerman", "Brouwer-IJzerman"], "metadata")],
   keep=[("OFFICE_HOLDER", "Minister Kortenhoeve"), ("EMAIL_FUNCTIONAL", "pers@minrenl.nl"),
         ("DATE", "28 april 2026")])

# kl31 - legal memo with sticky-note comments
D("kl31", HDR + [
    "# Memo juridische toets zienswijze betrokkene",
    "Van: Directie Juridische Zaken | Aan: secretaris-generaal | Datum: 14 april 2026 | INT-2026-044",
    "## Vraag",
    "Geeft de zienswijze van 10 april 2026 aanleiding de voorgenomen disciplinaire maatregel te heroverwegen?",
    "## Analyse",
    "De raadsvrouw stelt dat de Gedragscode Integriteit Rijk geen meldplicht kent voor aanverwanten in de "
    "tweede graad. Dat is onjuist: de gedragscode vraagt elk mogelijk belang te melden dat de schijn van "
    "belangenverstrengeling kan wekken. De maatregel is evenredig; vergelijk de uitspraak van de Centrale "
    "Raad van Beroep over een vergelijkbare subsidieregeling.",
    "## Advies",
    "Handhaaf de maatregel. Motiveer in het besluit waarom overplaatsing volstaat en ontslag niet nodig is.",
    "Directie Juridische Zaken, cluster Personeel en Integriteit",
], title="Memo juridische toets", info=PDFPEN,
   notes=[(0, [420, 620, 440, 640], "Gerritsma, Wouter", "Eens, maar check met Ilse of P-Direkt al is aangepast."),
          (0, [420, 560, 440, 580], "Noordhuis, Pieternel", "Graag nog even bellen: 06-24 71 55 09 (Pieternel)")],
   redact=[("PERSON", "Wouter Gerritsma", ["Gerritsma, Wouter"], "annotations"),
           ("PERSON", "Ilse Kamphuys", ["Ilse"], "annotations"),
           ("PERSON", "Pieternel Noordhuis", ["Noordhuis, Pieternel", "Pieternel"], "annotations"),
           ("PHONE", "06-24 71 55 09", ["06-24 71 55 09"], "annotations")],
   keep=[("DATE", "14 april 2026"), ("ORG", "Centrale Raad van Beroep"), ("DATE", "10 april 2026")])

# kl32 - MT minutes with action list and paraph codes (XMP creator names the minute taker)
D("kl32", HDR + [
    "# Verslag MT-overleg DSR (extra sessie integriteit)",
    "Datum: 30 maart 2026 | Locatie: Thorbeckezaal | Notulist: secretariaat DSR",
    "| Aanwezig | Functie | Code |",
    "| Bram Wennekes | directeur Subsidies en Regelingen (voorzitter) | BW |",
    "| Ilse Kamphuys | manager P&O | IK |",
    "| Joëlle Baptiste | teamleider Beoordeling | JB |",
    "| Ruud 't Hooft | controller | RtH |",
    "| Renske Molenaar | HR-adviseur | RM |",
    "Afwezig: G.J. van der Wiel (vrijgesteld van werk)",
    "## 1. Rapport Integra Onderzoek",
    "BW licht de conclusies toe. De Kamer wordt door minister Kortenhoeve geïnformeerd; het MT doet geen "
    "externe mededelingen. RtH meldt dat de betalingen van december 2025 aan de stichting zijn opgeschort.",
    "## 2. Positie melder",
    "RM benadrukt dat de melder weer bij alle overleggen wordt betrokken. JB zegt dat toe.",
    "---",
    "## Actielijst",
    "| Nr | Actie | Wie | Gereed |",
    "| 1 | Belangenregistratie leidinggevenden inrichten | IK | 1 juni 2026 |",
    "| 2 | Heroverweging RGS-2025-0117 en RGS-2025-0142 voorbereiden | BW | 15 april 2026 |",
    "| 3 | Terugvordering voorbereiden bij Stichting Groen Speelterrein | RtH | 30 april 2026 |",
    "| 4 | Gesprek met melder over herstel werkrelatie | JB / RM | 10 april 2026 |",
    "Volgend overleg: 13 april 2026, Willem Drees-zaal.",
], title="Verslag MT DSR", info=ASPOSE, xmp_creator=["Gijsbert Tjoeng"],
   redact=[("PERSON", "Gijsbert Tjoeng", ["Gijsbert Tjoeng", "Tjoeng"], "metadata"),
           ("INITIALS", "JB (Joëlle Baptiste)", ["JB"])],
   keep=[("DATE", "30 maart 2026"), ("DATE", "1 juni 2026"), ("FUNCTION", "manager P&O"), ("FUNCTION", "controller")])

# kl33 - re-integration e-mail with health data (docx)
D("kl33", [
    "Van: Molenaar, Renske <renske.molenaar@minrenl.nl>",
    "Verzonden: dinsdag 12 mei 2026 10:12",
    "Aan: Kamphuys, Ilse <ilse.kamphuys@minrenl.nl>",
    "CC: Ramcharan, Priya (bedrijfsarts, Arbodienst Rijk)",
    "Onderwerp: RE: re-integratie melder INT-2026-044 - VERTROUWELIJK",
    "Ilse,",
    "Na het gesprek met de bedrijfsarts, Priya Ramcharan, kan ik melden dat Yara sinds half maart thuis zit met "
    "burn-outklachten en slaapproblemen. De bedrijfsarts adviseert een opbouw van 2 x 4 uur per week vanaf 1 juni "
    "2026, buiten de Directie Subsidies en Regelingen. Haar BSN voor de registratie bij P-Direkt: 183746529.",
    "Het lijkt me verstandig de coaching door Jeroen Holtkamp voort te zetten. Het Huis voor Klokkenluiders "
    "heeft gevraagd of de ziekmelding verband houdt met de melding; daar gaan wij niet over, dat is aan de "
    "bedrijfsarts.",
    "Groet, Renske",
    "Renske Molenaar | HR-adviseur | M 06-41 87 22 90",
], kind="docx", title="RE: re-integratie",
   keep=[("ORG", "Arbodienst Rijk"), ("FUNCTION", "bedrijfsarts"), ("DATE", "12 mei 2026")])
