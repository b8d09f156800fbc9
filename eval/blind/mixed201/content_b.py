"""Set ZU, documents zu13-zu22."""
from lib import Doc
from content_a import woo_motiv

DOCS = [
    Doc("zu13", "Controlerapport handhaving GPK Berkelsingel", [
        ("h", "Rapport van bevindingen - controle gebruik gehandicaptenparkeerkaart"),
        ("p", "Zaaknummer: {{HH-2026-0177|CASE}}\nLocatie: {{Berkelsingel|STREET}} ter hoogte van huisnummer 44, Zutphen\n"
              "Datum en tijd: donderdag 19 maart 2026, 08:10-09:05"),
        ("p", "Verbalisanten: [[J. Dijkman]] (BOA, {{domein I|TERM}}, nummer [[40217|EMPLOYEE_ID]]) en [[S. Pelgrim]] (BOA, nummer [[40388|EMPLOYEE_ID]])"),
        ("p", "Om 08:14 zagen wij een personenauto, merk {{Opel|PRODUCT}}, kenteken [[J-208-RT|LICENSE_PLATE]], geparkeerd op de "
              "gereserveerde plaats met bord {{E6|TERM}}. Achter de voorruit lag een {{gehandicaptenparkeerkaart|TERM}} met nummer "
              "[[GPK-0575-11842|CARD_ID]] op naam van mevrouw [[H. Brinkhorst-Smit]]. Om 08:41 stapte een man in de auto die zich "
              "legitimeerde als [[Theodorus Brinkhorst]], geboren [[2 juni 1968|DATE_OF_BIRTH]]. Hij verklaarde: \"Ik breng mijn "
              "moeder elke dag naar de dagbesteding in {{De Hoven|PLACE}}.\""),
        ("p", "De kaart is een {{Passagierskaart|TERM}}; gebruik zonder de kaarthouder in de auto is niet toegestaan (artikel 86 "
              "{{RVV 1990|LAW}}). Wij hebben een waarschuwing gegeven en de bevindingen gemeld aan het team {{Vergunningen en Handhaving}}."),
        ("p", "Opgemaakt te Zutphen op 19 maart 2026.\n[[J. Dijkman]]   [[S. Pelgrim]]"),
    ], producer_str="Microsoft: Print To PDF", creator_str="Mobiel Handhaven 4.2"),

    Doc("zu14", "Verkeersbesluit gehandicaptenparkeerplaats Berkelsingel", [
        ("h", "Verkeersbesluit VB-2026-031: gehandicaptenparkeerplaats op kenteken, Berkelsingel"),
        ("p", "Het college van burgemeester en wethouders van {{Zutphen|PLACE}};"),
        ("p", "gelet op artikel 15 van de {{Wegenverkeerswet 1994|LAW}}, de artikelen 21 tot en met 26 van het {{BABW|LAW}} en de "
              "{{Beleidsregel gehandicaptenparkeerplaatsen Zutphen 2024|LAW}};"),
        ("p", "overwegende dat een bewoner van de {{Berkelsingel|STREET}} met een {{Bestuurderskaart|TERM}} heeft verzocht om een "
              "gehandicaptenparkeerplaats op kenteken; dat de medisch adviseur ({{Argonaut Keuringen}}) positief heeft geadviseerd; "
              "dat in de directe omgeving van de woning onvoldoende openbare parkeergelegenheid is; dat de {{politie Oost-Nederland}} "
              "op 24 maart 2026 heeft ingestemd;"),
        ("p", "besluit: een gehandicaptenparkeerplaats aan te wijzen door plaatsing van bord {{E6|TERM}} van bijlage I van het "
              "{{RVV 1990|LAW}} met een onderbord waarop het kenteken is vermeld, ter hoogte van {{Berkelsingel|STREET}} 44."),
        ("p", "Dit besluit wordt gepubliceerd in het {{Gemeenteblad|ORG}}. Belanghebbenden kunnen binnen zes weken bezwaar maken."),
        ("p", "Zutphen, 26 maart 2026\nnamens het college,\n\n[[H.J. Vos]]\n{{verkeerskundige|ROLE}}"),
        ("p", "Inlichtingen: [[hj.vos@zutphen.nl|EMAIL]], [[06 2390 1185|PHONE]]. Instemming politie: [[brigadier R. Kuipers]], "
              "[[r.kuipers@politie.nl|EMAIL]]."),
    ], producer="lo", producer_str="LibreOffice 7.6", creator_str="Writer", xmp_creator="Henk-Jan Vos",
        hidden=[("metadata", "PERSON", "Henk-Jan Vos")]),

    Doc("zu15", "Verslag hoorzitting bezwaarcommissie", [
        ("h", "Verslag hoorzitting Commissie bezwaarschriften Zutphen"),
        ("p", "Datum: 28 mei 2026, 14:00 uur, {{raadzaal|TERM}} stadhuis, {{'s-Gravenhof 2|ADDRESS_PUBLIC}}\n"
              "Zaak: {{ZU-BZ-2026-019|CASE}}, bezwaar tegen weigering {{gehandicaptenparkeerkaart|TERM}}"),
        ("t", [["Naam", "Rol", "Aanwezig"],
               ["mr. [[O. Wijnbergen]]", "voorzitter commissie", "ja"],
               ["[[drs. L.M. Kortenhoeven]]", "lid commissie", "ja"],
               ["[[Fatima El Khatib-Bos]]", "secretaris, {{jurist bezwaar|ROLE}}", "ja"],
               ["[[Ahmet Yildiz]]", "bezwaarmaker", "ja"],
               ["[[Elif Yildiz]]", "echtgenote bezwaarmaker", "ja"],
               ["[[Marloes ter Haar]]", "namens verweerder", "ja"],
               ["[[Rik Mulder]]", "{{Argonaut Keuringen}}", "nee, schriftelijk"]], [150, 200, 110]),
        ("h", "Standpunt bezwaarmaker"),
        ("p", "De heer [[Yildiz]] licht toe dat hij drie keer per week naar de [[dialyse|HEALTH]] in het {{Gelre ziekenhuis|ORG}} "
              "moet. Volgens hem is het onderzoek door {{Argonaut Keuringen}} te kort geweest. Mevrouw [[Yildiz]] vult aan dat haar "
              "man na een korte wandeling buiten adem is. Zij overhandigen een brief van de huisarts."),
        ("h", "Standpunt verweerder"),
        ("p", "Mevrouw [[Ter Haar]] verwijst naar het advies van 2 maart 2026. Het college volgt het advies tenzij het onzorgvuldig "
              "tot stand is gekomen. Zij zegt toe dat het college een heronderzoek door een andere arts zal overwegen."),
        ("pb",),
        ("h", "Actiepunten"),
        ("t", [["Nr", "Actie", "Wie", "Wanneer"],
               ["1", "Brief huisarts doorsturen naar {{Argonaut Keuringen}}", "[[FEK]]", "4 juni"],
               ["2", "Heronderzoek door andere arts aanvragen", "[[MtH]]", "11 juni"],
               ["3", "Concept-advies commissie", "[[OW]] / [[FEK]]", "25 juni"]], [30, 260, 80, 90]),
        ("p", "Paraaf secretaris: [[FEK]]   Vastgesteld door de voorzitter op 3 juni 2026."),
    ] + woo_motiv(), producer_str="Microsoft® Word for Microsoft 365", creator_str="Microsoft® Word for Microsoft 365"),

    Doc("zu16", "Rooster BOA's en baliemedewerkers GPK", [
        ("h", "Rooster team Parkeren - week 12 en 13 (2026)"),
        ("p", "Balie {{GPK|TERM}}: stadhuis, {{'s-Gravenhof 2|ADDRESS_PUBLIC}}. Algemeen nummer {{14 0575|PHONE_GENERAL}}. "
              "Storingen parkeerautomaten: {{0800-0224466|PHONE_GENERAL}}."),
        ("t", [["Naam", "Pers.nr", "Functie", "Mobiel", "Ma-Wo", "Do-Vr"],
               ["[[Joost Dijkman]]", "[[40217|EMPLOYEE_ID]]", "BOA", "[[06-19374460|PHONE]]", "surveillance", "controle GPK"],
               ["[[Sjaak Pelgrim]]", "[[40388|EMPLOYEE_ID]]", "BOA", "[[06 4410 2297|PHONE]]", "controle GPK", "vrij"],
               ["[[Yvonne de Bruijn-Oude Elferink]]", "[[40512|EMPLOYEE_ID]]", "BOA", "[[+31 6 2877 0351|PHONE]]", "vrij", "surveillance"],
               ["[[Marloes ter Haar]]", "[[31045|EMPLOYEE_ID]]", "{{beleidsmedewerker|ROLE}}", "[[06-41873305|PHONE]]", "balie", "kantoor"],
               ["[[Dewi Soekardjo]]", "[[31177|EMPLOYEE_ID]]", "{{baliemedewerker|ROLE}}", "[[0031 6 1932 8840|PHONE]]", "kantoor", "balie"],
               ["[[Ruud van 't Hek]]", "[[30098|EMPLOYEE_ID]]", "{{teamleider|ROLE}}", "[[06 2284 7719|PHONE]]", "kantoor", "kantoor"]],
         [118, 42, 100, 100, 55, 65]),
        ("p", "Vervanging bij ziekte via {{planning-handhaving@zutphen.nl|EMAIL_FUNCTIONAL}}. Wijzigingen via de teamleider, tst. [[2214|PHONE]]."),
    ], font="DejaVu", producer_str="Microsoft Excel 2019", creator_str="Microsoft Excel"),

    Doc("zu17", "Factuur medisch adviseur", [
        ("h", "Mulder Medisch Advies"),
        ("p", "[[R.A. Mulder]], arts {{M&G|TERM}}\n[[Ooyerhoekseweg 203, 7207 BC Zutphen|ADDRESS]]\n"
              "T [[06-11873094|PHONE]] | [[rik@muldermedischadvies.nl|EMAIL]]\nKvK [[71849302|KVK]] | btw-vrijgesteld (art. 11 Wet OB)"),
        ("p", "Aan: {{Argonaut Keuringen}} B.V., t.a.v. crediteurenadministratie, {{Hanzeweg 12|ADDRESS_PUBLIC}}, Deventer"),
        ("p", "Factuurnummer: {{MMA-2026-031|CASE}}\nFactuurdatum: 30 april 2026\nReferentie opdrachtgever: {{ZU-INK-2023-044|CASE}}"),
        ("t", [["Omschrijving", "Aantal", "Tarief", "Bedrag"],
               ["Huisbezoek keuring GPK, gemeente Zutphen", "7", "{{EUR 165,00|AMOUNT}}", "EUR 1.155,00"],
               ["Schriftelijk advies bezwaar {{ZU-BZ-2026-019|CASE}}", "1", "EUR 95,00", "EUR 95,00"],
               ["Reiskosten", "142 km", "EUR 0,23", "EUR 32,66"],
               ["Totaal", "", "", "{{EUR 1.282,66|AMOUNT}}"]], [230, 60, 80, 90]),
        ("p", "Graag binnen 30 dagen overmaken op [[NL91 ABNA 0417 1643 00|IBAN]] t.n.v. [[R.A. Mulder]]."),
    ], producer_str="Moneybird", creator_str="Moneybird PDF"),

    Doc("zu18", "Factuur bordenplaatsing", [
        ("h", "{{Berkel Verkeerstechniek}}"),
        ("p", "Eigenaar: [[Dennis Kroeze]]\n[[Industrieweg 9a, 7202 CA Zutphen|ADDRESS]]\n[[0575 - 51 88 02|PHONE]] / [[06-50993318|PHONE]]\n"
              "KvK [[08124477|KVK]] - btw [[NL001873447B02|VAT]]"),
        ("p", "{{Gemeente Zutphen}}\nAfdeling {{Openbare Ruimte}}\n{{Postbus 15|ADDRESS_PUBLIC}}\n7200 AA Zutphen"),
        ("p", "Factuur {{KV-26-0117|CASE}} - 14 april 2026 - uw inkoopordernummer {{IO-2026-3318|CASE}}"),
        ("t", [["Omschrijving", "Bedrag"],
               ["Plaatsen bord {{E6|TERM}} met onderbord kenteken, {{Berkelsingel|STREET}} 44", "EUR 285,00"],
               ["Belijning parkeervak (wit, 5,5 m)", "EUR 140,00"],
               ["Verwijderen bord {{E6|TERM}} {{Spittaalstraat|STREET}} (vervallen plaats)", "EUR 95,00"],
               ["21% btw", "EUR 109,20"], ["Totaal", "{{EUR 629,20|AMOUNT}}"]], [340, 120]),
        ("p", "Betaling op [[NL20 RABO 0312 5567 89|IBAN]] ten name van {{Berkel Verkeerstechniek}}. Vragen? Mail [[dennis@kroezeverkeer.nl|EMAIL]]."),
    ], font="Times", producer_str="Exact Online", creator_str="Exact Online Facturatie"),

    Doc("zu19", "Beslisnota herziening GPK-beleid", [
        ("h", "Beslisnota aan het college"),
        ("t", [["Aan", "college van burgemeester en wethouders"], ["Portefeuillehouder", "wethouder {{Kees Boersma|PUBLIC_OFFICIAL}} (Mobiliteit)"],
               ["Van", "team {{Vergunningen en Handhaving}}"], ["Behandeld door", "[[Marloes ter Haar]], [[m.terhaar@zutphen.nl|EMAIL]], [[0575-583142|PHONE]]"],
               ["Kopie aan", "[[F. El Khatib-Bos]] (juridisch), [[N. Bakkali]] (communicatie)"],
               ["Datum", "9 juni 2026"], ["Kenmerk", "{{Z/26/118274|CASE}}"]], [130, 330]),
        ("h", "Aanleiding"),
        ("p", "Het aantal aanvragen voor een {{gehandicaptenparkeerkaart|TERM}} steeg in 2025 met 18 procent. De wachttijd bij "
              "{{Argonaut Keuringen}} loopt op, er zijn zes bezwaarschriften ingediend en de gereserveerde plaats aan de "
              "{{Berkelsingel|STREET}} leidde tot een burenconflict en raadsvragen van raadslid {{Lotte Faber|PUBLIC_OFFICIAL}} "
              "({{GroenLinks|ORG}})."),
        ("h", "Geadviseerd besluit"),
        ("p", "1. De {{Beleidsregel gehandicaptenparkeerplaatsen Zutphen 2024|LAW}} te wijzigen zodat een gereserveerde plaats "
              "elke drie jaar wordt getoetst.\n2. De raamovereenkomst {{ZU-INK-2023-044|CASE}} met {{Argonaut Keuringen}} te verlengen "
              "tot 1 januari 2028.\n3. Bij hergebruik van een kaart door een ander dan de kaarthouder de kaart in te trekken."),
        ("h", "Kern"),
        ("p", "De gemeente geeft jaarlijks ongeveer 640 kaarten uit. Er zijn 212 plaatsen op kenteken. De kosten van de medische "
              "advisering bedragen circa {{EUR 96.000|AMOUNT}} per jaar. Misbruik is beperkt; de handhavers van het team "
              "(onder wie [[Joost Dijkman]]) troffen in 2025 elf gevallen aan."),
        ("pb",),
        ("h", "Krachtenveld"),
        ("p", "De {{Adviesraad Sociaal Domein Zutphen|ORG}} ondersteunt de driejaarlijkse toets, maar vraagt om een "
              "huisbezoek voor mensen die niet kunnen reizen. Burgemeester {{Hanneke Oosterbeek|PUBLIC_OFFICIAL}} is als "
              "portefeuillehouder handhaving geïnformeerd."),
        ("h", "Paraaf"),
        ("t", [["Naam", "Functie", "Paraaf", "Datum"],
               ["[[R. van 't Hek]]", "{{teamleider Vergunningen|ROLE}}", "[[RvtH]]", "9-6-2026"],
               ["[[C.W. Nijenhuis]]", "{{afdelingsmanager|ROLE}}", "[[CWN]]", "10-6-2026"]], [130, 170, 70, 90]),
    ] + woo_motiv(), producer="lo", author="Marloes ter Haar", producer_str="LibreOffice 7.6", creator_str="Writer",
        hidden=[]),

    Doc("zu20", "Raadsvragen en antwoord college", [
        ("h", "Schriftelijke vragen ex artikel 41 Reglement van orde"),
        ("p", "Vragensteller: raadslid {{Lotte Faber|PUBLIC_OFFICIAL}} ({{GroenLinks|ORG}})\nDatum: 2 april 2026\nOnderwerp: wachttijden "
              "en handhaving {{gehandicaptenparkeerkaart|TERM}}"),
        ("p", "1. Klopt het dat inwoners van {{Zutphen|PLACE}} tot zes weken moeten wachten op een medische keuring bij "
              "{{Argonaut Keuringen}}?\n2. Hoe voorkomt het college dat een buurtconflict, zoals aan de {{Berkelsingel|STREET}}, "
              "leidt tot het intrekken van een gereserveerde plaats?\n3. Is het college bereid de {{Adviesraad Sociaal Domein Zutphen|ORG}} "
              "te betrekken bij de herziening van het beleid?"),
        ("pb",),
        ("h", "Antwoord van het college (16 april 2026)"),
        ("p", "1. De gemiddelde wachttijd was in het eerste kwartaal vier weken. Met {{Argonaut Keuringen}} is afgesproken dat "
              "huisbezoeken voorrang krijgen.\n2. Een gereserveerde plaats wordt alleen ingetrokken als niet meer aan de voorwaarden "
              "wordt voldaan. Klachten van buren worden gecontroleerd door de handhavers; over individuele gevallen doen wij geen "
              "mededelingen.\n3. Ja. Wethouder {{Kees Boersma|PUBLIC_OFFICIAL}} bespreekt de herziening op 12 mei met de adviesraad."),
        ("p", "Het college van burgemeester en wethouders van Zutphen,\nde secretaris, {{drs. P.G. Schouten|PUBLIC_OFFICIAL}}\n"
              "de burgemeester, {{Hanneke Oosterbeek|PUBLIC_OFFICIAL}}"),
        ("p", "Ambtelijk opgesteld door [[Marloes ter Haar]] ([[m.terhaar@zutphen.nl|EMAIL]], [[06-41873305|PHONE]]); "
              "meegelezen door [[F. El Khatib-Bos]]; raadsgriffie: {{griffie@zutphen.nl|EMAIL_FUNCTIONAL}}"),
    ], producer="lo", producer_str="LibreOffice 7.6", creator_str="Writer", author=""),

    Doc("zu21", "Concept persbericht handhaving GPK", [
        ("h", "CONCEPT - Persbericht"),
        ("p", "Zutphen, 15 juni 2026 - Gemeente {{Zutphen|PLACE}} gaat gereserveerde gehandicaptenparkeerplaatsen voortaan elke drie "
              "jaar controleren. Dat heeft het college besloten. Wethouder {{Kees Boersma|PUBLIC_OFFICIAL}}: \"Een plek voor de "
              "deur is voor veel mensen met een beperking onmisbaar. Daarom willen we dat hij ook echt gebruikt wordt door wie hem "
              "nodig heeft.\""),
        ("p", "Inwoners die een {{gehandicaptenparkeerkaart|TERM}} aanvragen, kunnen vanaf 1 september kiezen voor een keuring aan "
              "huis. De medische beoordeling blijft bij {{Argonaut Keuringen}} in {{Deventer|PLACE}}."),
        ("p", "Noot voor de redactie, niet voor publicatie: meer informatie bij de woordvoerder van de gemeente via "
              "{{communicatie@zutphen.nl|EMAIL_FUNCTIONAL}} of {{14 0575|PHONE_GENERAL}}."),
    ], notes=[("Noor Bakkali", "Quote laten checken door Kees. Ik ben morgen bereikbaar op 06-38817264."),
              ("Marloes ter Haar", "Niet de Berkelsingel noemen i.v.m. lopende klacht van mw. Van der Laan."),
              ("Priscilla Ramdin", "Sven Akkerman van Contact Zutphen vooraf informeren? Hij belt steeds (s.akkerman@contactzutphen.nl).")],
        hidden=[("annotations", "PERSON", "Noor Bakkali"), ("annotations", "PHONE", "06-38817264"),
                ("annotations", "PERSON", "Marloes ter Haar"), ("annotations", "PERSON", "Van der Laan"),
                ("annotations", "PERSON", "Priscilla Ramdin"), ("annotations", "PERSON", "Sven Akkerman"),
                ("annotations", "EMAIL", "s.akkerman@contactzutphen.nl")],
        producer_str="Adobe PDF Library 23.1", creator_str="Acrobat PDFMaker 23 voor Word"),

    Doc("zu22", "Juridische notitie intrekking gereserveerde plaats", [
        ("bm", "Notitie intrekking GPP"),
        ("bm", "Opmerkingen mr. Olga Wijnbergen"),
        ("bm", "Concept Fatima 12-5"),
        ("bm", "Reactie Ruud van 't Hek"),
        ("bm", "Bijlage: mail Joost Dijkman 20-3"),
        ("h", "Juridische notitie: kan een gereserveerde gehandicaptenparkeerplaats worden ingetrokken na een klacht van buren?"),
        ("p", "Kenmerk: {{JZ-2026-044|CASE}}   Datum: 14 mei 2026"),
        ("h", "1. Kader"),
        ("p", "Een gereserveerde plaats wordt aangewezen bij verkeersbesluit (artikel 15 {{Wegenverkeerswet 1994|LAW}}). Intrekking "
              "vergt eveneens een verkeersbesluit, met een belangenafweging en de mogelijkheid van bezwaar ({{Algemene wet bestuursrecht|LAW}}). "
              "De klacht van een buurvrouw is geen grond op zichzelf; doorslaggevend is of de kaarthouder nog aan de voorwaarden voldoet."),
        ("h", "2. Feiten"),
        ("p", "Uit het controlerapport {{HH-2026-0177|CASE}} blijkt dat de bestuurder van de auto niet de kaarthouder was. De kaart "
              "staat op naam van de moeder van de bewoner van nummer 44; zij woont niet meer op dat adres. De aanvraag van de bewoner "
              "zelf ({{ZU-GPK-2026-0455|CASE}}) is op medische gronden wel toegekend."),
        ("h", "3. Advies"),
        ("p", "De plaats niet intrekken, maar het kenteken op het onderbord laten aanpassen. De oude {{Passagierskaart|TERM}} van de "
              "moeder laten inleveren. De buren schriftelijk informeren zonder medische gegevens te noemen."),
        ("p", "Team {{Juridische Zaken}}, {{Gemeente Zutphen}}"),
    ], producer_str="PDF-XChange Editor 9.5", creator_str="PDF-XChange Editor",
        hidden=[("outline", "PERSON", "Olga Wijnbergen"), ("outline", "PERSON", "Fatima"),
                ("outline", "PERSON", "Ruud van 't Hek"), ("outline", "PERSON", "Joost Dijkman")]),
]
