# Precision documents (mostly public text, a few names) and scans.
DOCS = []

DOCS.append(dict(
    name="y27", producer="html",
    blocks=[
        ("lines", "{Gemeente Amsterdam|ORG}\nRaadsinformatiebrief\n\nAan: de leden van de {gemeenteraad|ORG}\n"
                  "Van: burgemeester {Femke Halsema|PUBLIC} en wethouder {Marjolein Moorman|PUBLIC}\n"
                  "Datum: {10 maart 2025|DATE}\nOnderwerp: voortgang {Aanpak Noord|PROG} en veiligheid rond de "
                  "{Johan Cruijff ArenA|ORG}"),
        ("p", "Geachte raadsleden,"),
        ("p", "Met deze brief informeren wij u over de voortgang van de {Aanpak Noord|PROG} en over de maatregelen "
              "rond evenementen in de {Johan Cruijff ArenA|ORG} en de {Ziggo Dome|ORG}. De {driehoek|TERM} "
              "(burgemeester, {Openbaar Ministerie|ORG} en {Politie Eenheid Amsterdam|ORG}) heeft op 3 maart het "
              "{Veiligheidsplan Zuidoost 2025|PROG} vastgesteld."),
        ("h", "Onderwijs en jeugd"),
        ("p", "Samen met het {Amsterdams Lyceum|ORG}, het {Cygnus Gymnasium|ORG}, {Hogeschool van Amsterdam|ORG} "
              "en het {Amsterdam UMC|ORG} is het programma {Kansrijk Noord|PROG} gestart. De {Anne Frank Stichting|ORG} "
              "verzorgt lessen over discriminatie op de {Dr. H. Colijnstraat|STREET}-school en op de "
              "{Burgemeester de Vlugtschool|ORG}. Wethouder {Moorman|PUBLIC} bezocht op 18 februari de "
              "{Thorbeckeschool|ORG} aan het {Thorbeckeplein|STREET}."),
        ("h", "Wonen en openbare ruimte"),
        ("p", "Langs de {Van der Pekstraat|STREET} en het {Mosplein|STREET} zijn 240 sociale huurwoningen opgeleverd "
              "door {Ymere|ORG} en {Eigen Haard|ORG}. Minister {Mona Keijzer|PUBLIC} van {VRO|ACR} bezocht het project op "
              "11 februari. Het {Stadsdeel Noord|ORG} werkt aan de {Noord/Zuidlijn|PROG}-haltes en het "
              "{Buiksloterham|PLACE}-plan. Europarlementariër {Bas Eickhout|PUBLIC} sprak op 20 februari over het "
              "{EU Urban Agenda|PROG}-partnerschap."),
        ("h", "Bewonersparticipatie"),
        ("p", "In de klankbordgroep {Noord|PLACE} zijn vijftien bewoners actief. De voorzitter, [[mevrouw Sterre Dijkhuis|PERSON|Sterre Dijkhuis]], "
              "heeft namens de groep een brief gestuurd die als bijlage bij deze raadsinformatiebrief is gevoegd "
              "(geanonimiseerd). Vragen over deze brief kunt u stellen aan de {raadsadviseur|FUNC} van het "
              "{Bestuursdepartement|ORG}, [[Kofi Boateng|PERSON]]."),
        ("p", "Met vriendelijke groet,\n\nburgemeester {Femke Halsema|PUBLIC}\nwethouder {Marjolein Moorman|PUBLIC}"),
    ]))

DOCS.append(dict(
    name="y28", producer="rl",
    blocks=[
        ("title", "Persbericht – {Provincie Noord-Brabant|ORG} investeert 40 miljoen in {Brainport|PROG}-onderwijs"),
        ("p", "{'s-Hertogenbosch|PLACE}, {24 februari 2025|DATE} – {Gedeputeerde Staten van Noord-Brabant|ORG} trekken "
              "{€ 40 miljoen|AMOUNT} uit voor techniekonderwijs in de regio {Eindhoven|PLACE}. Het geld gaat naar het "
              "{Summa College|ORG}, {Fontys Hogescholen|ORG}, de {Technische Universiteit Eindhoven|ORG} en de "
              "{Brainport Development|ORG}-campus. Gedeputeerde {Martijn van Gruijthuijsen|PUBLIC} ondertekende de "
              "afspraken met de voorzitter van het college van bestuur van de {TU/e|ACR}."),
        ("p", "\"Brabant heeft technici nodig om {ASML|COMPANY}, {NXP|COMPANY}, {VDL Groep|COMPANY} en {Philips|COMPANY} "
              "te laten groeien,\" aldus {Van Gruijthuijsen|PUBLIC}. {Commissaris van de Koning|FUNC} {Ina Adema|PUBLIC} "
              "noemde het een \"belangrijke stap voor de {Brainport Actieagenda|PROG}\"."),
        ("p", "Het kabinet draagt via het {Nationaal Groeifonds|PROG} en het programma {Beethoven|PROG} bij. Minister "
              "{Dirk Beljaarts|PUBLIC} van {Economische Zaken|ORG} en staatssecretaris {Mariëlle Paul|PUBLIC} van "
              "{OCW|ACR} waren bij de ondertekening aanwezig, net als burgemeester {Jeroen Dijsselbloem|PUBLIC} van "
              "{Eindhoven|PLACE}."),
        ("p", "Het programma loopt tot 2030 en wordt uitgevoerd met de {Kamer van Koophandel|ORG}, {UWV|ACR} en het "
              "{Regionaal Bureau Leerplicht|ORG}. Leerlingen van het {Van Maerlantlyceum|ORG} en de "
              "{Jan van Brabant|ORG}-school in {Helmond|PLACE} krijgen stageplekken in de {High Tech Campus|ORG}."),
        ("h", "Noot voor de redactie"),
        ("p", "Voor meer informatie: {woordvoerder|FUNC} van gedeputeerde {Van Gruijthuijsen|PUBLIC}, "
              "{persvoorlichting@brabant.nl|MAILBOX}, {073 681 28 12|SWITCH}. Na 18.00 uur: "
              "[[Lieke Koning|PERSON]], [[06 1839 4470|PHONE]]."),
    ]))

DOCS.append(dict(
    name="y29", producer="docx",
    header="{Ministerie van Infrastructuur en Waterstaat|ORG}",
    footer="{Rijnstraat 8|GOVADDR} · 2515 XP {Den Haag|PLACE} · Postbus 20901 · 2500 EX {Den Haag|PLACE}",
    meta={"Author": "[[Gijs van Beek|PERSON]]"},
    blocks=[
        ("lines", "> Retouradres Postbus 20901 2500 EX {Den Haag|PLACE}\n\nDe Voorzitter van de {Tweede Kamer|ORG} "
                  "der Staten-Generaal\n{Prinses Irenestraat 6|GOVADDR}\n2595 BD {Den Haag|PLACE}\n\n"
                  "Datum: {20 maart 2025|DATE}\nBetreft: voortgang {Deltaprogramma|PROG} en {Ruimte voor de Rivier|PROG}"),
        ("p", "Geachte voorzitter,"),
        ("p", "Met deze brief informeer ik uw Kamer, mede namens de staatssecretaris van {Infrastructuur en Waterstaat|ORG}, "
              "over de voortgang van het {Deltaprogramma 2026|PROG}. Ik doe daarmee de toezegging gestand die ik deed "
              "aan het lid {Grinwis|PUBLIC} ({ChristenUnie|ORG}) tijdens het commissiedebat {Water|PROG} van 5 februari, "
              "en geef uitvoering aan de motie-{Vedder|PUBLIC} over zoetwaterbuffers."),
        ("p", "De {Deltacommissaris|FUNC}, {Co Verdaas|PUBLIC}, heeft in het {Deltaprogramma 2026|PROG} geadviseerd de "
              "{Maeslantkering|PLACE} en de {Haringvlietdam|PLACE} tijdig te vervangen. Het {Hoogwaterbeschermingsprogramma|PROG} "
              "versterkt in 2025 circa 80 km dijk, waaronder de {Lekdijk|PLACE} en de {Markermeerdijken|PROG}. "
              "{Rijkswaterstaat|ORG}, de {Unie van Waterschappen|ORG} en het {IPO|ACR} werken samen in het "
              "{Bestuurlijk Overleg Water|ORG}."),
        ("p", "Mijn ambtsvoorgangers {Mark Harbers|PUBLIC} en {Cora van Nieuwenhuizen|PUBLIC} hebben de kaders voor "
              "{Water en Bodem Sturend|PROG} neergezet. De {Europese Commissie|ORG} heeft Nederland via Eurocommissaris "
              "{Jessika Roswall|PUBLIC} gevraagd de {Kaderrichtlijn Water|LAW}-doelen in 2027 te halen."),
        ("p", "Bij de voorbereiding van deze brief is gesproken met {Deltares|ORG}, het {KNMI|ACR}, de "
              "{Erasmus Universiteit Rotterdam|ORG} en de {Rabobank|ORG}. De analyses zijn uitgevoerd door "
              "{HKV lijn in water|ORG} en {Witteveen+Bos|ORG}."),
        ("p", "Hoogachtend,\n\nDE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT,\n\n{Barry Madlener|PUBLIC}"),
        ("small", "Kenmerk {IENW/BSK-2025/61522|CASE}. Contactpersoon: [[G. van Beek|PERSON]], [[T 06 5240 7719|PHONE|06 5240 7719]]."),
    ]))

DOCS.append(dict(
    name="y30", producer="fpdf", columns=1,
    footer="Nieuwsbrief {Interreg North Sea|PROG} NL – maart 2025",
    blocks=[
        ("title", "Nieuwsbrief {Interreg North Sea|PROG} – Nederlandse partners"),
        ("h", "Europarlementariërs op bezoek in {Delfzijl|PLACE}"),
        ("p", "Op 7 maart bezochten de Europarlementariërs {Anja Haga|PUBLIC} ({ChristenUnie|ORG}), {Sander Smit|PUBLIC} "
              "({BBB|ORG}) en {Mohammed Chahim|PUBLIC} ({GroenLinks-PvdA|ORG}) de waterstofprojecten van "
              "{Groningen Seaports|ORG} en {Gasunie|ORG}. {Commissaris van de Koning|FUNC} {René Paas|PUBLIC} en "
              "gedeputeerde {Susan Top|PUBLIC} ontvingen hen in het {Provinciehuis|ORG} aan de {Martinikerkhof|STREET}."),
        ("h", "Nieuwe projecten"),
        ("table", [["Project", "Lead partner", "Budget", "Looptijd"],
                   ["{H2 Green Ports|PROG}", "{Port of Amsterdam|ORG}", "{€ 4,2 mln|AMOUNT}", "2025-2028"],
                   ["{Blue Carbon NS|PROG}", "{Wageningen University & Research|ORG}", "€ 3,1 mln", "2025-2027"],
                   ["{SMART Dykes|PROG}", "{Waterschap Noorderzijlvest|ORG}", "€ 2,8 mln", "2025-2029"],
                   ["{Circular Fish|PROG}", "{Hanzehogeschool Groningen|ORG}", "€ 1,9 mln", "2025-2027"]],
         [0.28, 0.36, 0.16, 0.2]),
        ("p", "Het {Joint Secretariat|ORG} in {Viborg|PLACE} verwacht de volgende call in oktober. De {RVO|ACR} is "
              "{National Contact Point|TERM}; vragen via {interreg@rvo.nl|MAILBOX}. Onze collega [[Fenna Dijkstra|PERSON]] "
              "vertrekt naar de {Europese Commissie|ORG} ({DG REGIO|ACR}); haar taken worden overgenomen door "
              "[[Kees-Jan O|PERSON|Kees-Jan O]] ([[kj.o@rvo.nl|EMAIL]])."),
        ("h", "Agenda"),
        ("lines", "- 2 april: {North Sea Conference|PROG}, {Bremen|PLACE}\n- 15 mei: {Dutch Water Week|PROG}, "
                  "{Leeuwarden|PLACE}, met dijkgraaf {Luzette Kroon|PUBLIC}\n- 12 juni: webinar {State Aid|TERM} en "
                  "{GBER|ACR}, met {Ministerie van Economische Zaken|ORG}"),
        ("small", "U ontvangt deze nieuwsbrief omdat u partner bent in een {Interreg|PROG}-project. Afmelden via "
                  "{nieuwsbrief@interregnorthsea.eu|MAILBOX}."),
    ]))

DOCS.append(dict(
    name="y34", producer="gs", via="rl",
    footer="{Gemeente Leeuwarden|ORG} – openbare besluitenlijst college van B&W",
    blocks=[
        ("title", "Openbare besluitenlijst college van burgemeester en wethouders, {11 maart 2025|DATE}"),
        ("p", "Aanwezig: burgemeester {Sybrand Buma|PUBLIC} (voorzitter), wethouders {Hein de Haan|PUBLIC}, "
              "{Sander de Rouwe|PUBLIC}, {Femke Wiersma|PUBLIC}, {Kirsten Brandsma|PUBLIC}; {gemeentesecretaris|FUNC} "
              "(secretaris). Afwezig: geen."),
        ("table", [["Nr", "Onderwerp", "Besluit", "Portefeuille"],
                   ["1", "Vaststellen {Uitvoeringsagenda Onderwijshuisvesting 2025|PROG}", "Vastgesteld; raad informeren",
                    "{De Rouwe|PUBLIC}"],
                   ["2", "Subsidie {Stichting Tresoar|ORG} (archief)", "Verleend: € 120.000", "{Wiersma|PUBLIC}"],
                   ["3", "Zienswijze {Wetterskip Fryslân|ORG} begroting 2026", "Geen zienswijze", "{De Haan|PUBLIC}"],
                   ["4", "Beantwoording schriftelijke vragen {FNP|ACR} over {Blokhuispoort|ORG}", "Vastgesteld",
                    "{Buma|PUBLIC}"],
                   ["5", "Omgevingsvergunning {Zaailand|PLACE} / {Oldehove|PLACE}-kwartier", "Verleend", "{Brandsma|PUBLIC}"],
                   ["6", "Benoeming lid {Commissie Ruimtelijke Kwaliteit|ORG}: [[ir. Tjeerd Bouma|PERSON|Tjeerd Bouma]]",
                    "Benoemd", "{Brandsma|PUBLIC}"],
                   ["7", "Bezwaar [[J.H. de Wit-Hoekstra|PERSON]] tegen parkeerboete", "Advies commissie gevolgd",
                    "{Buma|PUBLIC}"]], [0.05, 0.5, 0.27, 0.18]),
        ("p", "Ter kennisname: brief van staatssecretaris {Chris Jansen|PUBLIC} over de {Lelylijn|PROG}; jaarverslag "
              "{Fries Museum|ORG}; uitnodiging {Keunstwurk|ORG}. Steller besluitenlijst: [[Auke Postma|PERSON]]."),
    ]))

# --- scans -------------------------------------------------------------------------------------
DOCS.append(dict(
    name="y31", producer="scan", signatures=[(25, 200)],
    blocks=[
        ("lines", "[[Sanne Huisman-O'Brien|PERSON]]\n[[Kerkstraat 44|ADDRESS]]\n[[7411 GN|ADDRESS]] Deventer\n"
                  "[[06 4477 2918|PHONE]]\n[[sanne.obrien@ziggo.nl|EMAIL]]"),
        ("lines", "Aan het college van burgemeester en wethouders van Deventer\nPostbus 5000\n7400 GC Deventer\n\n"
                  "Deventer, 2 februari 2025"),
        ("h", "Zienswijze ontwerp-omgevingsvergunning Kerkstraat 46"),
        ("p", "Geacht college,"),
        ("p", "Hierbij dien ik een zienswijze in tegen de ontwerp-omgevingsvergunning voor het optoppen van het "
              "pand Kerkstraat 46, aangevraagd door mijn buurman, de heer [[Hüseyin Doğan|PERSON]]. De extra "
              "verdieping neemt het licht weg uit onze keuken en tuin. Mijn man [[Liam O'Brien|PERSON]] en ik hebben "
              "hierover al in november met de heer [[Doğan|PERSON]] gesproken, helaas zonder resultaat."),
        ("p", "Ook de bewoners van nummer 42, de familie [[Van Wijk|PERSON]], maken bezwaar. Wij verzoeken u de "
              "vergunning te weigeren of een bezonningsstudie te laten maken."),
        ("p", "Met vriendelijke groet,"),
        ("p", "[[S. Huisman-O'Brien|PERSON]]"),
    ]))

DOCS.append(dict(
    name="y32", producer="scan", dpi=220, signatures=[(30, 120)],
    blocks=[
        ("title", "Aanvraagformulier leerlingenvervoer 2025-2026"),
        ("p", "Gemeente Arnhem - Team Onderwijs. Lever dit formulier in voor 1 mei."),
        ("table", [["1. Gegevens leerling", ""],
                   ["Naam", "[[Nguyen Minh Khoa|PERSON]]"],
                   ["Geboortedatum", "[[14-08-2013|DOB]]"],
                   ["BSN", "[[878761962|BSN]]"],
                   ["School", "Mariëndaal, Arnhem (speciaal onderwijs)"],
                   ["2. Gegevens ouder/verzorger", ""],
                   ["Naam", "[[Tran Thi Lan|PERSON]]"],
                   ["Adres", "[[Rosendaalseweg 310|ADDRESS]], [[6824 KM|ADDRESS]] Arnhem"],
                   ["Telefoon", "[[06 3301 8876|PHONE]]"],
                   ["E-mail", "[[tran.lan@gmail.com|EMAIL]]"],
                   ["IBAN (voor vergoeding)", "[[NL78 TRIO 7969 9655 13|IBAN]]"],
                   ["3. Soort vervoer", "aangepast vervoer (taxibus)"]], [0.38, 0.62]),
        ("p", "Ondertekening: ik verklaar dit formulier naar waarheid te hebben ingevuld."),
        ("p", "Handtekening ouder: [[T.T. Lan|PERSON]]        Datum: 20-03-2025"),
        ("p", "In te vullen door de gemeente: ontvangen 24-03-2025, behandelaar [[R. Zwolle|PERSON]]."),
    ]))

DOCS.append(dict(
    name="y33", producer="scan", signatures=[(130, 215)],
    blocks=[
        ("title", "Melding Wmo - huishoudelijke ondersteuning"),
        ("p", "Ingekomen bij het Wmo-loket gemeente Tilburg op 6 januari 2025."),
        ("p", "Naam melder: [[Jozef Nowak|PERSON]]  Relatie: zoon\nTelefoon melder: [[06 1720 5543|PHONE]]"),
        ("p", "Naam inwoner: [[Halina Nowakowska|PERSON]]  Geboortedatum: [[02-11-1941|DOB]]\n"
              "Adres: [[Ringbaan-Oost 155|ADDRESS]], Tilburg\nBSN: [[894245454|BSN]]"),
        ("p", "Reden melding: mijn moeder kan na een beroerte haar huishouden niet meer doen. Mijn zus "
              "[[Agnieszka Nowak|PERSON]] woont in Polen. De huisarts, [[dokter Verhagen|PERSON|Verhagen]], "
              "heeft een verwijzing gegeven voor ergotherapie."),
        ("p", "Gewenste contactpersoon: [[Jozef Nowak|PERSON|-]], bij voorkeur na 17.00 uur."),
        ("p", "Afgehandeld door: [[Demi Koster|PERSON]] (Wmo-consulent). Paraaf: [[DK|INITIALS]]"),
    ]))
