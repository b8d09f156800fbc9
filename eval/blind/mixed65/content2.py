"""Documents cs12-cs32 of set mixed65 (markup: [[redact|K]] and {{keep|K}}; see lib.py)."""
DOCS = []
D = DOCS.append

# ------------------------------------------------------------------ cs12 answers to council questions, Tilburg (docx)
D({"id": "cs12_tilburg_raadsvragen_jeugdzorg", "producer": "LibreOffice Writer (python-docx .docx)", "kind": "docx",
   "author": "gemeente Tilburg", "title": "Beantwoording schriftelijke vragen wachttijden jeugdzorg",
   "header": "{{Gemeente Tilburg}} - Beantwoording schriftelijke vragen ex artikel 41 RvO",
   "blocks": [
    ("h", "Beantwoording schriftelijke vragen over wachttijden jeugdzorg"),
    ("t", [["Vragensteller(s)", "{{raadslid Van Gool|R}} ({{PvdA|O}}) en {{raadslid El Boujdaini|R}} ({{GroenLinks|O}})"],
           ["Datum vragen", "{{7 mei 2025|M}}"],
           ["Datum beantwoording", "{{3 juni 2025|M}}"],
           ["Registratienummer", "{{RV-2025-0147|K}}"],
           ["Portefeuillehouder", "{{wethouder Kaya|R}} (Jeugd, Zorg en Welzijn)"]]),
    ("p", "Geachte {{raadslid Van Gool|R}}, geacht {{raadslid El Boujdaini|R}},"),
    ("p", "Op {{7 mei 2025|M}} stelden de raadsleden {{Van Gool|R}} en {{El Boujdaini|R}} vragen over de wachttijden in de jeugdzorg in de regio "
          "{{Hart van Brabant|L}}. Hieronder leest u de antwoorden van het college."),
    ("h2", "Vraag 1"),
    ("p", "Hoeveel kinderen in {{Tilburg|L}} wachten langer dan de treeknorm op specialistische jeugdhulp?"),
    ("p", "Antwoord: op peildatum {{1 mei 2025|M}} wachtten 231 kinderen langer dan de treeknorm van negen weken. Het grootste aantal wacht bij "
          "{{GGzE|O}} en {{Herlaarhof|O}} op diagnostiek."),
    ("h2", "Vraag 2"),
    ("p", "Klopt het bericht in het {{Brabants Dagblad|O}} dat een meisje van 14 maandenlang geen hulp kreeg na een suïcidepoging?"),
    ("p", "Antwoord: wij doen geen uitspraken over individuele casussen. Wel kunnen wij bevestigen dat de betrokken ouder, "
          "[[mevrouw Ilse van den Heuvel-Aarts]], op {{12 april 2025|M}} een klacht heeft ingediend en dat haar dochter [[Lieke|P]] "
          "inmiddels in behandeling is. De klacht wordt behandeld door de klachtencoördinator, [[de heer A. (Anton) Smulders]]."),
    ("p", "Naschrift ambtelijk: in het concept stond hier ook de [[depressie|H]] van de dochter; deze passage is op verzoek van "
          "[[mr. Sevgi Arslan]] (juridische zaken) geschrapt, maar de tekst is in deze versie nog zichtbaar gebleven."),
    ("h2", "Vraag 3"),
    ("p", "Welke maatregelen neemt het college om de wachttijden terug te dringen?"),
    ("p", "Antwoord: het college zet in op drie sporen: (1) een regionaal {{Expertiseteam Hart van Brabant|O}}; (2) meer inzet van "
          "praktijkondersteuners jeugd bij huisartsen; (3) afspraken over wachtlijstbeheer in de contracten met {{Sterk Huis|O}}, {{Amarant|O}} "
          "en {{Prisma|O}}. Wij volgen daarbij de lijn van de {{Hervormingsagenda Jeugd|G}} die staatssecretaris {{Karremans|R}} met de "
          "{{VNG|O}} heeft afgesproken."),
    ("pb",),
    ("h2", "Vraag 4"),
    ("p", "Is het college bereid de raad elk kwartaal te informeren?"),
    ("p", "Antwoord: ja. De eerste kwartaalrapportage verschijnt in {{september 2025|M}}. Voor vragen kunnen raadsleden terecht bij de "
          "beleidsadviseur, [[Hanneke Jacobs|P]] ([[h.jacobs@tilburg.nl|E]], [[013 542 8816|T]]), of bij de griffie via {{griffie@tilburg.nl|X}}."),
    ("p", "Het college van burgemeester en wethouders van {{Tilburg|L}},\n\nde secretaris, [[drs. P.W.M. Kuijpers]]\nde burgemeester, {{Weterings|R}}"),
]})

# ------------------------------------------------------------------ cs13 council questions museum subsidy, Groningen
D({"id": "cs13_groningen_raadsvragen_museum", "producer": "reportlab DejaVuSans (TrueType subset)", "font": "dejavu", "size": 10,
   "title": "Antwoord op vragen museumsubsidie", "logo": "{{Gemeente Groningen}}",
   "footer": "{{Gemeente Groningen}} | Postbus 30026 | 9700 RM Groningen | {{14 050|S}}",
   "blocks": [
    ("p", "Aan de gemeenteraad van {{Groningen|L}}\n\nDatum: {{10 juli 2025|M}}\nOns kenmerk: {{7284619|K}}\nBehandeld door: [[J. (Jorien) Mulder-Tuinstra]]\nTelefoon: [[050 367 2091|T]]\nOnderwerp: beantwoording vragen ex art. 38 RvO over subsidie {{Noorderlicht|O}} en {{GRID Grafisch Museum|O}}"),
    ("p", "Geachte leden van de raad,"),
    ("p", "De fractie van de {{Partij voor de Dieren|O}}, bij monde van {{raadslid Ruiter|R}}, en de fractie van {{Stadspartij 100% voor Groningen|O}}, "
          "bij monde van {{raadslid Bolle|R}}, hebben op {{24 juni 2025|M}} vragen gesteld over de korting op de subsidie van culturele instellingen. "
          "Hieronder treft u onze antwoorden aan."),
    ("h2", "1. Waarom is de subsidie van {{GRID Grafisch Museum|O}} met 30 procent verlaagd?"),
    ("p", "De verlaging volgt uit het {{Cultuurplan 2025-2028|G}}. Het advies van de {{Kunstraad Groningen|O}} was kritisch over het bereik. "
          "Wij hebben dit op {{3 juni 2025|M}} besproken met de directeur, de heer [[Albert Rozema]], en de voorzitter van de raad van toezicht, "
          "[[mevrouw dr. Geertje Kiewiet de Jonge]]."),
    ("h2", "2. Is het waar dat een vrijwilliger is ontslagen omdat zij kritiek uitte?"),
    ("p", "Ons is bekend dat een vrijwilliger, [[mevrouw Wendy Ruiter]], haar vrijwilligerswerk heeft beëindigd. Zij is, zo vermelden wij op haar "
          "verzoek, geen familie van het raadslid. De reden van vertrek is een zaak tussen haar en het museum; het college mengt zich daar niet in."),
    ("h2", "3. Welke rol speelt de provincie?"),
    ("p", "De provincie {{Groningen|L}} draagt via het programma {{Kunst en Cultuur 2025-2028|G}} bij aan {{Noorderlicht|O}}. "
          "{{Gedeputeerde Zuiderveen|R}} heeft laten weten de provinciale bijdrage niet te verhogen. {{Minister Bruins|R}} van {{OCW|O}} heeft in "
          "de Kamerbrief van {{12 maart 2025|M}} bevestigd dat de {{Rijkscultuurfondsen|O}} geen aanvullende middelen hebben."),
    ("pb",),
    ("h2", "4. Kan de raad de adviezen van de Kunstraad inzien?"),
    ("p", "Ja. De adviezen staan op de website van de {{Kunstraad Groningen|O}}. De namen van de externe adviseurs ([[Marijke Stol]], "
          "[[Jan-Willem Bos]] en [[Remco Achterberg|P]]) zijn daarin niet opgenomen."),
    ("p", "Met vriendelijke groet,\nburgemeester en wethouders van {{Groningen|L}},\n\nde burgemeester, {{Schuiling|R}}\nde secretaris, [[M.J. Weijenberg]]"),
    ("p", "Behandelend ambtenaar: [[Jorien Mulder-Tuinstra]], [[jorien.mulder@groningen.nl|E]]. {{Wethouder Ruiter|R}} (cultuur) is "
          "portefeuillehouder; zij en het gelijknamige raadslid zijn niet verwant."),
]})

# ------------------------------------------------------------------ cs14 Woo decision Utrecht (sports club subsidy)
D({"id": "cs14_utrecht_woo_besluit_sportclub", "producer": "reportlab Helvetica (standard-14)", "font": "helvetica", "size": 10,
   "title": "Besluit op uw Woo-verzoek", "logo": "{{Gemeente Utrecht}}",
   "footer": "{{Gemeente Utrecht}} | Stadsplateau 1 | Postbus 16200 | 3500 CE Utrecht | {{14 030|S}}",
   "post": {"xmp_creator": ["Marloes Tjon-A-Fong"]},
   "hidden": [("metadata", "Marloes Tjon-A-Fong", "P")],
   "blocks": [
    ("p", "[[De heer R. Ouwerkerk]]\n[[Kanaalweg 9 bis|A]]\n[[3526 KL|A]] UTRECHT"),
    ("t", [["Datum", "Kenmerk", "Onderwerp"],
           ["{{8 september 2025|M}}", "{{WOO-2025-0533|K}}", "Besluit op uw Woo-verzoek over de subsidie aan {{USV Hercules|O}}"]], [1, 1, 3]),
    ("p", "Geachte [[heer Ouwerkerk]],"),
    ("p", "Op {{30 juni 2025|M}} heeft u met een beroep op de {{Wet open overheid|W}} (Woo) gevraagd om documenten over de subsidie voor de "
          "renovatie van de clubgebouwen van {{USV Hercules|O}} en {{UVV|O}} op {{Sportpark Voordorp|L}}. Wij hebben de ontvangst op "
          "{{2 juli 2025|M}} bevestigd en de beslistermijn op {{28 juli 2025|M}} met twee weken verdaagd."),
    ("h2", "Besluit"),
    ("p", "Wij maken de documenten uit de inventarislijst (bijlage 1) gedeeltelijk openbaar. Van elf documenten maken wij een deel niet "
          "openbaar; twee documenten maken wij niet openbaar."),
    ("h2", "Motivering"),
    ("p", "Persoonsgegevens (artikel 5.1, tweede lid, onder e, Woo). In de documenten staan namen, e-mailadressen en telefoonnummers van "
          "medewerkers van de gemeente en van bestuursleden en vrijwilligers van de verenigingen. Het belang van de eerbiediging van hun "
          "persoonlijke levenssfeer weegt zwaarder dan het belang van openbaarheid. Namen van {{wethouder Eerenberg|R}} en van leden van de "
          "gemeenteraad maken wij wel openbaar."),
    ("p", "Bedrijfsgegevens (artikel 5.1, eerste lid, onder c, Woo). De offertes van aannemer {{Van Wijnen|O}} bevatten vertrouwelijk "
          "meegedeelde prijsopbouw."),
    ("pb",),
    ("p", "Derdenbelanghebbenden. Wij hebben de penningmeester van {{USV Hercules|O}}, [[mevrouw Naima Achahbar]], en de voorzitter van "
          "{{UVV|O}}, [[de heer Casper van Wijk tot Ouwerkerk]], in de gelegenheid gesteld een zienswijze te geven. [[Mevrouw Achahbar]] heeft op "
          "{{14 augustus 2025|M}} laten weten geen bezwaar te hebben. U bent, voor zover wij weten, geen familie van de heer "
          "[[Van Wijk tot Ouwerkerk]]."),
    ("h2", "Wijze van openbaarmaking"),
    ("p", "De documenten worden gepubliceerd op {{open.overheid.nl|O}}. Uw naam en adres worden daarbij niet vermeld."),
    ("p", "Heeft u vragen? Neem contact op met [[Marloes|P]] van het team Informatieverzoeken via {{woo@utrecht.nl|X}} of [[06 5521 3094|T]]."),
    ("p", "Met vriendelijke groet,\nhet college van burgemeester en wethouders van {{Utrecht|L}},\nnamens dezen,\n\n[[ing. D.J.A. (Dirk) Frericks]]\nmanager Juridische Zaken"),
    ("h2", "Informatie die niet openbaar gemaakt kan worden"),
    ("p", "In dit besluit en de bijlagen zijn persoonsgegevens van derden en van medewerkers weggelakt op grond van artikel 5.1, tweede lid, onder e, Woo."),
]})

# ------------------------------------------------------------------ cs15 inventory list Woo decision Utrecht
D({"id": "cs15_utrecht_woo_inventarislijst", "producer": "reportlab Liberation Sans landscape table", "font": "libsans", "size": 8.5,
   "landscape": True, "title": "Inventarislijst WOO-2025-0533",
   "blocks": [
    ("h", "Bijlage 1 - Inventarislijst Woo-besluit {{WOO-2025-0533|K}}"),
    ("t", [["Nr.", "Document", "Datum", "Beoordeling", "Grond", "Toelichting"],
           ["{{0533-001|K}}", "Subsidieaanvraag {{USV Hercules|O}}", "{{14-01-2025|M}}", "deels openbaar", "{{5.1.2e|K}}", "contactgegevens aanvrager [[N. Achahbar]]"],
           ["{{0533-002|K}}", "Bijlage begroting renovatie", "{{14-01-2025|M}}", "deels openbaar", "{{5.1.1c|K}}", "prijsopbouw {{Van Wijnen|O}}"],
           ["{{0533-003|K}}", "E-mail [[T. Verhulst]] aan team Sport", "{{03-02-2025|M}}", "deels openbaar", "{{5.1.2e|K}}", ""],
           ["{{0533-004|K}}", "E-mail [[Verhulst]] - reactie [[Goedhart]]", "{{04-02-2025|M}}", "deels openbaar", "{{5.1.2e|K}}", "dubbel met {{0533-003|K}}"],
           ["{{0533-005|K}}", "Verslag overleg {{wethouder Eerenberg|R}} met besturen", "{{17-02-2025|M}}", "deels openbaar", "{{5.1.2e|K}}", ""],
           ["{{0533-006|K}}", "Memo [[S.K. Goedhart]] 'risico's planning'", "{{21-02-2025|M}}", "niet openbaar", "{{5.2.1|K}}", "persoonlijke beleidsopvattingen"],
           ["{{0533-007|K}}", "Offerte {{Van Wijnen|O}} nr. 25-118", "{{03-03-2025|M}}", "niet openbaar", "{{5.1.1c|K}}", ""],
           ["{{0533-008|K}}", "Brief {{UVV|O}} ([[C. van Wijk tot Ouwerkerk]])", "{{10-03-2025|M}}", "deels openbaar", "{{5.1.2e|K}}", ""],
           ["{{0533-009|K}}", "WhatsApp-export [[Daan]] / [[Ilona Pereira]]", "{{11-03-2025|M}}", "deels openbaar", "{{5.1.2e|K}}", "mobiel nummer [[06 4402 1187|T]] weggelakt"],
           ["{{0533-010|K}}", "Collegebesluit subsidieverlening", "{{25-03-2025|M}}", "openbaar", "", "reeds gepubliceerd"],
           ["{{0533-011|K}}", "Beschikking {{USV Hercules|O}}", "{{27-03-2025|M}}", "deels openbaar", "{{5.1.2e|K}}", "IBAN [[NL59 SNSB 0928 3746 50|I]]"],
           ["{{0533-012|K}}", "E-mail [[ilona.pereira@utrecht.nl|E]] aan {{woo@utrecht.nl|X}}", "{{02-07-2025|M}}", "deels openbaar", "{{5.1.2e|K}}", ""],
           ["{{0533-013|K}}", "Notitie juridisch advies [[mr. B. Kerkhof-Oyono]]", "{{15-07-2025|M}}", "deels openbaar", "{{5.1.2e|K}}, {{5.2.1|K}}", ""],
           ["{{0533-014|K}}", "Raadsinformatiebrief sportaccommodaties", "{{20-08-2025|M}}", "openbaar", "", "reeds openbaar"]], [1, 3.3, 1.1, 1.2, 1.1, 2.8]),
    ("p", "Gronden: {{5.1.1c|K}} bedrijfs- en fabricagegegevens; {{5.1.2e|K}} eerbiediging persoonlijke levenssfeer; {{5.2.1|K}} persoonlijke beleidsopvattingen."),
]})

# ------------------------------------------------------------------ cs16 volunteer list spreadsheet export
D({"id": "cs16_vrijwilligerslijst_excel_export", "producer": "reportlab DejaVuSansCondensed landscape, spreadsheet look", "font": "dejavucond", "size": 8,
   "landscape": True, "title": "Vrijwilligers_Zomerfestival_2025.xlsx", "creator": "Microsoft Excel", "thead": "#c6d9f0",
   "header": "Vrijwilligers_Zomerfestival_2025.xlsx - Blad1",
   "post": {"info": {"Author": "Sabine Karremans"}},
   "hidden": [("metadata", "Sabine Karremans", "P")],
   "blocks": [
    ("t", [["", "A: Naam", "B: Voornaam", "C: Geb.datum", "D: Mobiel", "E: E-mail", "F: Taak", "G: VOG", "H: Opmerking"],
           ["2", "[[KARREMANS|P]]", "[[Ria|P]]", "[[11-05-1961|D]]", "[[0612345098|T]]", "[[ria.karremans@kpnmail.nl|E]]", "coördinator bar", "ja", "geen familie van {{staatssecretaris Karremans|R}}"],
           ["3", "[[EL AMRANI|P]]", "[[Youssef|P]]", "[[23-09-1999|D]]", "[[0687 12 30 44|T]]", "[[youssef.elamrani@gmail.com|E]]", "EHBO", "ja", ""],
           ["4", "[[DE GROOT-VAN DAM|P]]", "[[Anneke|P]]", "[[02-02-1970|D]]", "[[06-22 98 10 56|T]]", "[[annekedegroot@hetnet.nl|E]]", "kassa", "aangevraagd", ""],
           ["5", "[[WIŚNIEWSKI|P]]", "[[Tomasz|P]]", "[[30-12-1988|D]]", "[[+48 512 884 190|T]]", "[[t.wisniewski88@wp.pl|E]]", "op- en afbouw", "nee", "alleen weekend"],
           ["6", "[[ROMEO|P]]", "[[Gianluca|P]]", "[[17-07-2004|D]]", "[[06 1876 4432|T]]", "[[gianluca.romeo@student.hu.nl|E]]", "kinderplein", "ja", "studentnr. [[1794403|N]]"],
           ["7", "[[BISWAS|P]]", "[[Anjali|P]]", "[[08-04-1993|D]]", "[[06-5090 2217|T]]", "[[anjali.b@live.nl|E]]", "kinderplein", "ja", "[[diabetes type 1|H]], let op pauzes"],
           ["8", "[[VAN DER LINDEN|P]]", "[[Kees|P]]", "[[19-10-1956|D]]", "[[030-6563321|T]]", "-", "parkeren", "ja", "rijdt met [[Henk|P]]"],
           ["9", "[[PAWIROREDJO|P]]", "[[Sharon|P]]", "[[26-11-1984|D]]", "[[06 3370 1942|T]]", "[[sharonp@hotmail.com|E]]", "podium", "ja", ""],
           ["10", "[[DOĞAN|P]]", "[[Hatice|P]]", "[[14-01-1977|D]]", "[[06-4120 5663|T]]", "[[h.dogan77@ziggo.nl|E]]", "catering", "ja", "[[halal|H]]-keuken, [[Ramadan|H]] rooster aanpassen"],
           ["11", "[[JANSZ|P]]", "[[Olivier|P]]", "[[05-06-2008|D]]", "[[06 4419 0283|T]]", "[[olivier.jansz@outlook.com|E]]", "flyeren", "n.v.t.", "minderjarig, toestemming ouder [[M. Jansz|P]]"],
           ["12", "[[MOLENAAR|P]]", "[[Inge|P]]", "[[21-03-1990|D]]", "[[06-2915 7731|T]]", "[[inge@molenaarfotografie.nl|E]]", "foto", "ja", "KvK {{82719044|C}}"]],
     [0.35, 1.6, 0.9, 0.95, 1.15, 2.1, 1.1, 0.8, 2.2]),
    ("p", "Totaal: 11 vrijwilligers. Festival: {{Zomerfestival Nieuwegein|G}}, {{15-17 augustus 2025|M}}, {{Park Oudegein|L}}. Subsidie {{Gemeente Nieuwegein}} kenmerk {{NWG-EVT-25-044|K}}."),
]})

# ------------------------------------------------------------------ cs17 handwritten note (scan)
D({"id": "cs17_scan_handgeschreven_briefje_coach", "producer": "scan: femkeklaver handwriting rendered, noise, JPEG, no text layer",
   "style": "hand", "title": "Scan_0417.pdf", "angle": -0.8, "q": 75, "hsize": 72, "blur": 0.35,
   "pages_lines": [[
    ("hand", "Zaterdag 5 april"),
    ("hand", "Hoi [[Marco]],"),
    ("hand", "[[Sem]] [[van Rijswijk]] kan vandaag niet mee"),
    ("hand", "naar de uitwedstrijd. Zijn moeder"),
    ("hand", "[[Petra]] belde: hij heeft weer last"),
    ("hand", "van zijn [[epilepsie|H]], nieuwe medicijnen."),
    ("hand", "Bel haar even: [[06 2817 4490|T]]"),
    ("hand", "[[Luca]] [[Bouwhuis]] mag keepen."),
    ("hand", "Groetjes, [[Anouk]] [[Smit]]"),
    ("hand", "(teammanager JO13-2)"),
   ]]})

# ------------------------------------------------------------------ cs18 typed letter of a grandparent (scan)
D({"id": "cs18_scan_brief_grootvader_jeugdzorg", "producer": "scan: Liberation Mono typed letter, noise, rotation, JPEG",
   "style": "typed", "title": "scan20250512.pdf", "q": 50,
   "pages_lines": [[
    ("typed", "[[J.H. Wolterink]]"),
    ("typed", "[[Grotestraat 141|A]]"),
    ("typed", "[[7607 CN|A]] Almelo"),
    ("typed", "Telefoon [[0546-812447|T]]"),
    ("typed", ""),
    ("typed", "Aan de gemeente Almelo, afdeling Jeugd"),
    ("typed", "Almelo, 12 mei 2025"),
    ("typed", ""),
    ("typed", "Betreft: mijn kleinzoon [[Daan Wolterink]]"),
    ("typed", ""),
    ("typed", "Geachte heer of mevrouw,"),
    ("typed", ""),
    ("typed", "Mijn kleinzoon [[Daan]], geboren [[3 maart 2014|D]], woont sinds"),
    ("typed", "februari bij mij en mijn vrouw [[Gerrie]]. Zijn moeder,"),
    ("typed", "mijn dochter [[Miranda Wolterink]], is opgenomen in"),
    ("typed", "verband met haar [[verslaving|H]]. De jeugdbeschermer,"),
    ("typed", "mevrouw [[Boukje Terhorst]], zegt dat wij een"),
    ("typed", "pleegzorgvergoeding kunnen krijgen, maar wij horen niets."),
    ("typed", ""),
    ("typed", "Het BSN van [[Daan]] is [[301185724|B]]."),
    ("typed", "Wij vragen u ons te helpen. Ik ben 74 jaar en"),
    ("typed", "kan niet goed met de computer."),
    ("typed", ""),
    ("typed", "Hoogachtend,"),
    ("sig", "[[Wolterink]]"),
    ("typed", "[[J.H. Wolterink]]"),
   ]]})

# ------------------------------------------------------------------ cs19 signed subsidy agreement (scan)
D({"id": "cs19_scan_ondertekende_overeenkomst", "producer": "scan: Liberation Serif agreement page with handwritten signatures, JPEG",
   "style": "serif", "title": "Overeenkomst getekend.pdf", "q": 58,
   "pages_lines": [[
    ("big", "Uitvoeringsovereenkomst Cultuureducatie met Kwaliteit"),
    ("serif", "Provincie Noord-Brabant en Stichting Kunstbalie"),
    ("serif", "Kenmerk C2025-0892"),
    ("serif", ""),
    ("serif", "Artikel 7. Contactpersonen"),
    ("serif", "Voor de provincie: [[Sophie Kusters-Lammers]], programmamanager"),
    ("serif", "telefoon [[06 4891 2037|T]], e-mail [[s.kusters@brabant.nl|E]]"),
    ("serif", "Voor Kunstbalie: [[Reinier Oomen]], projectleider"),
    ("serif", "telefoon [[06 1120 7764|T]], e-mail [[r.oomen@kunstbalie.nl|E]]"),
    ("serif", ""),
    ("serif", "Artikel 8. Ondertekening"),
    ("serif", "Aldus overeengekomen en in tweevoud getekend te 's-Hertogenbosch"),
    ("serif", "op 19 juni 2025."),
    ("serif", ""),
    ("serif", "Namens Gedeputeerde Staten van Noord-Brabant,"),
    ("serif", "gedeputeerde Cultuur"),
    ("sig", "M. Otten"),
    ("serif", ""),
    ("serif", "Namens Stichting Kunstbalie, directeur-bestuurder"),
    ("sig", "[[E. Hoeksema]]"),
    ("serif", "[[drs. Els Hoeksema-Brouwer]]"),
   ]]})

# ------------------------------------------------------------------ cs20 beslisnota gedeputeerde Noord-Brabant (empty motivation placeholder)
D({"id": "cs20_brabant_beslisnota_cultuurfonds", "producer": "reportlab Helvetica (standard-14) with sticky-note annotations", "font": "helvetica", "size": 9.5,
   "title": "Beslisnota Brabants Cultuurfonds jeugd", "logo": "{{Provincie Noord-Brabant|O}}",
   "post": {"annots": [(0, [400, 700, 420, 720], "Femke Schellekens", "Check bedrag met Gijs v.d. Wiel voor GS 24/6"),
                       (1, [400, 600, 420, 620], "Femke Schellekens", "Tekst motivering nog aanvullen")]},
   "hidden": [("annotations", "Femke Schellekens", "P"), ("annotations", "Gijs v.d. Wiel", "P")],
   "blocks": [
    ("h", "Beslisnota Gedeputeerde Staten"),
    ("t", [["Aan", "{{gedeputeerde Otten|R}} (Cultuur en Sport)"],
           ["Van", "[[Wilbert van Kempen]], senior beleidsadviseur Cultuur"],
           ["Datum", "{{12 juni 2025|M}}"],
           ["Kenmerk", "{{C2025-0892|K}}"],
           ["Onderwerp", "Verlenging {{Cultuureducatie met Kwaliteit|G}} en jeugdbeurzen {{Brabants Cultuurfonds|O}}"],
           ["Contactpersoon", "[[W. van Kempen]], [[06 3042 8861|T]], [[wvkempen@brabant.nl|E]]"]], [1, 4]),
    ("h2", "Aanleiding"),
    ("p", "De regeling {{Cultuureducatie met Kwaliteit|G}} van het {{Fonds voor Cultuurparticipatie|O}} loopt in 2028 af. {{Minister Bruins|R}} "
          "heeft in zijn brief van {{25 april 2025|M}} aangekondigd dat het Rijk de matching tot en met 2028 voortzet. {{Staatssecretaris Moes|R}} "
          "voert het gesprek met de provincies over de {{Regionale Cultuurfondsen|G}}."),
    ("h2", "Geadviseerd besluit"),
    ("p", "Aan de gedeputeerde wordt gevraagd:\n1. in te stemmen met een bijdrage van {{EUR 1,2 miljoen|Q}} aan {{Kunstbalie|O}} voor 2026-2028;\n"
          "2. in te stemmen met de uitvoeringsovereenkomst (bijlage 2);\n3. de nota te agenderen voor GS van {{24 juni 2025|M}}."),
    ("h2", "Kern"),
    ("p", "Met de bijdrage bereikt {{Kunstbalie|O}} jaarlijks circa 48.000 leerlingen in {{Brabant|L}}. Uit de evaluatie van {{Berenschot|O}} "
          "([[drs. Theo de Waal|P]]) blijkt dat scholen in {{Helmond|L}} en {{Oss|L}} achterblijven."),
    ("h2", "Krachtenveld"),
    ("p", "De {{VNG|O}} en de {{Brabantse Gemeenten|O}} steunen het voorstel. De Statenfractie van de {{SP|O}} ({{Statenlid Van Dorst|R}}) vraagt om "
          "extra aandacht voor kinderen in armoede. Wethouder {{Van Hoof|R}} ({{Eindhoven|L}}) heeft per e-mail laten weten mee te willen doen."),
    ("pb",),
    ("h2", "Paraaf"),
    ("t", [["Naam", "Functie", "Paraaf", "Datum"],
           ["[[W. van Kempen]]", "senior beleidsadviseur", "[[WvK|U]]", "{{12-06-2025|M}}"],
           ["[[Jolanda Verbeek-Haddou]]", "teamleider Cultuur", "[[JVH|U]]", "{{13-06-2025|M}}"],
           ["[[R.P.M. Cuijpers]]", "clustermanager", "[[RC|U]]", "{{16-06-2025|M}}"]], [2, 2, 1, 1]),
    ("h2", "Bijlagen"),
    ("p", "1. Evaluatierapport {{Cultuureducatie met Kwaliteit|G}} Brabant\n2. Concept-uitvoeringsovereenkomst {{C2025-0892|K}}"),
    ("h2", "Informatie die niet openbaar gemaakt kan worden"),
    ("p", "..."),
]})

# ------------------------------------------------------------------ cs21 gedeputeerde Overijssel to minister OCW (docx)
D({"id": "cs21_overijssel_brief_minister_ocw", "producer": "LibreOffice Writer (python-docx .docx)", "kind": "docx",
   "author": "Provincie Overijssel", "title": "Brief aan de minister van OCW",
   "footer": "{{Provincie Overijssel}} | Luttenbergstraat 2 | Postbus 10078 | 8000 GB Zwolle | {{038 499 88 99|S}}",
   "blocks": [
    ("p", "Aan de minister van Onderwijs, Cultuur en Wetenschap\nde heer {{E. Bruins|R}}\nPostbus 16375\n2500 BJ Den Haag"),
    ("p", "Zwolle, {{2 mei 2025|M}}\nKenmerk: {{2025/0198455|K}}\nBehandeld door: [[Ilse Klein Gunnewiek]]\nTelefoonnummer: [[038 499 82 30|T]]\nE-mail: [[i.kleingunnewiek@overijssel.nl|E]]"),
    ("p", "Onderwerp: regionale cultuurprofielen en de {{Tijdelijke regeling specifieke uitkering cultuurparticipatie|W}}"),
    ("p", "Geachte {{minister Bruins|R}},"),
    ("p", "In het {{Bestuurlijk Overleg Cultuur|O}} van {{10 april 2025|M}} heeft u de provincies gevraagd hun regionale cultuurprofielen voor "
          "1 juli aan te leveren. Namens Gedeputeerde Staten van {{Overijssel|L}} laat ik u weten dat wij dit samen met {{Gelderland|L}} doen, "
          "in het profiel {{Oost-Nederland|L}}."),
    ("p", "Wij vragen uw aandacht voor drie punten. Ten eerste de matching: de regels van de {{Brede SPUK|G}} sluiten niet aan op de "
          "meerjarige subsidies van {{Theater Sonnevanck|O}}, {{Rijksmuseum Twenthe|O}} en {{ArtEZ|O}}. Ten tweede de positie van "
          "jongeren: het programma {{Cultuurkaart Overijssel|G}} bereikt nog te weinig mbo-studenten. Ten derde de sport: {{staatssecretaris Karremans|R}} "
          "en u zouden de verbinding tussen het {{Sportakkoord II|G}} en cultuurparticipatie kunnen versterken."),
    ("p", "Voor de ambtelijke voorbereiding is onze programmamanager [[Niels ter Haar]] ([[06 2217 9053|T]]) uw aanspreekpunt, met "
          "[[Ilse Klein Gunnewiek]] als plaatsvervanger."),
    ("p", "Met vriendelijke groet,\nGedeputeerde Staten van {{Overijssel|L}},\n\n{{gedeputeerde Tijink|R}}\ngedeputeerde Cultuur en Sport\n\n"
          "[[A.G.M. (Arjen) Scheerder]]\nsecretaris"),
    ("p", "Afschrift: {{Gelderland|L}} ({{Gedeputeerde Harmsen|R}}), {{IPO|O}}, {{Raad voor Cultuur|O}}"),
]})

# ------------------------------------------------------------------ cs22 VWS e-mail Hervormingsagenda (preformatted print)
D({"id": "cs22_vws_mail_hervormingsagenda", "producer": "reportlab Courier e-mail print (standard-14)", "font": "courier", "size": 9,
   "title": "Outlook print",
   "blocks": [
    ("pre", "Van:        [[Roos van Lieshout-Kramer]] <[[roos.vanlieshout@minvws.nl|E]]>\nNamens:     {{Directie Jeugd|O}}, {{ministerie van VWS|O}}\nVerzonden:  woensdag {{5 maart 2025|M}} 10:12\nAan:        [[Hanneke Jacobs|P]] <[[h.jacobs@tilburg.nl|E]]>; [[Hans Doornbos]] <[[hans.doornbos@arnhem.nl|E]]>\nCC:         [[Sjoerd Elzinga]] <[[sjoerd.elzinga@minvws.nl|E]]>; {{info@vng.nl|X}}\nOnderwerp:  Uitvraag regionale expertiseteams - Hervormingsagenda Jeugd"),
    ("p", "Beste [[Hanneke]], beste [[Hans]],"),
    ("p", "Zoals besproken in het {{Bestuurlijk Overleg Jeugd|O}} van {{13 februari 2025|M}} vraagt {{staatssecretaris Karremans|R}} de jeugdregio's om "
          "voor {{1 april 2025|M}} aan te geven hoe de regionale expertiseteams worden ingericht. Hieronder de punten waar wij naar kijken:"),
    ("p", "1. de inrichting van het expertiseteam en de koppeling met het {{Landelijk Expertisecentrum Jeugd|O}};\n"
          "2. de afspraken met {{Veilig Thuis|O}} over escalaties;\n"
          "3. de monitoring via de {{Jeugdmonitor|G}} van het {{CBS|O}};\n"
          "4. de inzet van de extra middelen die {{minister Agema|R}} in de {{Voorjaarsnota 2025|G}} heeft gereserveerd."),
    ("p", "Voor de regio {{Centraal Gelderland|L}} weet ik dat jullie al een casus hebben uitgewerkt (het gezin uit de escalatie van februari). "
          "Ik verzoek jullie om daarin geen namen of diagnoses van kinderen mee te sturen; een geanonimiseerde beschrijving volstaat. "
          "In de versie die ik van [[Esra Yildirim|P]] kreeg stonden de namen nog: die heb ik direct verwijderd."),
    ("p", "Ik ben de komende weken op maandag en donderdag op kantoor (Parnassusplein 5, Den Haag). Bel gerust: [[06 5217 3378|T]]. "
          "Mijn collega [[Sjoerd]] neemt waar tijdens mijn vakantie van {{14 tot en met 25 april|M}}."),
    ("p", "Hartelijke groet,\n\n[[Roos van Lieshout-Kramer]]\nsenior beleidsmedewerker | {{Directie Jeugd|O}}\n{{Ministerie van Volksgezondheid, Welzijn en Sport|O}}\n"
          "Postbus 20350 | 2500 EJ Den Haag\nM [[+31 (0)6 5217 3378|T]]\n{{www.rijksoverheid.nl/vws|O}}"),
    ("pb",),
    ("pre", "Van:        [[Hanneke Jacobs|P]] <[[h.jacobs@tilburg.nl|E]]>\nVerzonden:  woensdag {{5 maart 2025|M}} 13:47\nAan:        [[Roos van Lieshout-Kramer]]\nOnderwerp:  RE: Uitvraag regionale expertiseteams - Hervormingsagenda Jeugd"),
    ("p", "Hoi [[Roos]],"),
    ("p", "Dank! {{Hart van Brabant|L}} levert voor {{1 april|M}} aan. Ik stem af met [[Sevgi]] van juridische zaken over de AVG-kant. "
          "{{Wethouder Kaya|R}} wil het onderwerp graag inbrengen bij de {{VNG|O}}-commissie {{Zorg, Jeugd en Onderwijs|O}}."),
    ("p", "Groet, [[Hanneke]]\n\n[[Hanneke Jacobs|P]] | beleidsadviseur jeugd | {{Gemeente Tilburg}} | [[013 542 8816|T]]"),
    ("p", "Dit bericht kan informatie bevatten die niet voor u is bestemd. Het {{ministerie van VWS|O}} aanvaardt geen aansprakelijkheid "
          "voor schade van welke aard ook die verband houdt met risico's verbonden aan het elektronisch verzenden van berichten."),
]})

# ------------------------------------------------------------------ cs23 invoice of a freelance sportformateur
D({"id": "cs23_factuur_sportformateur", "producer": "reportlab Liberation Sans (TrueType subset)", "font": "libsans", "size": 10,
   "title": "Factuur 2025-014", "author": "Yvonne Brinkman-Sardjoe",
   "hidden": [("metadata", "Yvonne Brinkman-Sardjoe", "P")],
   "blocks": [
    ("h", "FACTUUR"),
    ("p", "[[Y. Brinkman Advies|P]] - sport en bewegen in de wijk\n[[Hendrik de Keijserstraat 27|A]], [[7415 CS|A]] Deventer\n[[06-14 70 39 25|T]] | [[yvonne@brinkmanadvies.nl|E]]\nKvK {{80245117|C}} | btw-id NL004812397B04"),
    ("p", "Aan: {{Gemeente Deventer}}, team Sport en Bewegen\nt.a.v. [[de heer M. Kroeze]]\nPostbus 5000, 7400 GC Deventer"),
    ("t", [["Factuurnummer", "Factuurdatum", "Opdrachtnummer", "Vervaldatum"],
           ["{{2025-014|K}}", "{{30 september 2025|M}}", "{{DEV-INK-2025-3381|K}}", "{{30 oktober 2025|M}}"]]),
    ("t", [["Omschrijving", "Uren", "Tarief", "Bedrag"],
           ["Sportformateur {{Lokaal Sportakkoord Deventer|G}}, juli-september 2025", "64", "EUR 92,00", "{{EUR 5.888,00|Q}}"],
           ["Organisatie {{Deventer Beweegt|G}}-dag {{13 september 2025|M}}, {{Sportpark Het Knooppunt|L}}", "12", "EUR 92,00", "{{EUR 1.104,00|Q}}"],
           ["Reiskosten", "", "", "EUR 46,80"],
           ["Subtotaal", "", "", "EUR 7.038,80"],
           ["btw 21%", "", "", "EUR 1.478,15"],
           ["Totaal", "", "", "{{EUR 8.516,95|Q}}"]], [4, 0.6, 1, 1.1]),
    ("p", "Gelieve het totaalbedrag binnen 30 dagen over te maken op [[NL17 ASNB 8812 0934 11|I]] t.n.v. [[Y.M. Brinkman-Sardjoe]] "
          "onder vermelding van het factuurnummer."),
    ("p", "Toelichting: de activiteiten zijn afgestemd met de buurtsportcoaches [[Mustafa Erdoğan]] en [[Iris Lubbers]], en met "
          "{{wethouder Van Zwieten|R}}, die de {{Deventer Beweegt|G}}-dag heeft geopend."),
]})

# ------------------------------------------------------------------ cs24 Jeugdfonds application for a child, with sticky notes
D({"id": "cs24_jeugdfonds_aanvraag_kind", "producer": "reportlab Helvetica (standard-14) with sticky-note annotations", "font": "helvetica", "size": 10,
   "title": "Aanvraag Jeugdfonds Sport & Cultuur",
   "post": {"annots": [(0, [480, 760, 500, 780], "D. Mahabier", "Moeder belde 12/9: vader betaalt niets, schuldhulp via Mirjam Kok")]},
   "hidden": [("annotations", "D. Mahabier", "P"), ("annotations", "Mirjam Kok", "P")],
   "blocks": [
    ("h", "Aanvraag {{Jeugdfonds Sport & Cultuur|O}} - {{Rotterdam|L}}"),
    ("p", "Aanvraagnummer {{JSC-R-2025-118842|K}} | ingediend door intermediair op {{11 september 2025|M}}"),
    ("h2", "Gegevens kind"),
    ("t", [["Naam kind", "[[Jamila Bouhaddou]]"],
           ["Geboortedatum", "[[14-02-2015|D]]"],
           ["Adres", "[[Slaghekstraat 63b|A]], [[3074 LL|A]] Rotterdam"],
           ["School", "{{OBS De Kameleon|O}}, groep 7"],
           ["Activiteit", "zwemles en daarna turnen bij {{Turnvereniging Feijenoord|O}}"],
           ["Kosten", "{{EUR 450|Q}} per seizoen"]], [1.3, 4]),
    ("h2", "Gegevens ouder/verzorger"),
    ("t", [["Naam", "[[Karima Bouhaddou-El Idrissi]]"],
           ["Telefoon", "[[06 8812 0637|T]]"],
           ["E-mail", "[[karimabouhaddou@gmail.com|E]]"],
           ["Inkomen", "bijstand ({{Participatiewet|W}}), klantnummer [[PW-4419-0286|N]]"]], [1.3, 4]),
    ("h2", "Onderbouwing intermediair"),
    ("p", "[[Jamila]] is een rustig meisje dat na het overlijden van haar opa weinig buiten komt. De schoolmaatschappelijk werker "
          "ziet tekenen van [[angstklachten|H]]; [[Jamila]] is aangemeld bij {{Youz|O}}. Bewegen in een groep zal haar goed doen. "
          "Moeder heeft geen ruimte in het budget. Het {{Kindpakket Rotterdam|G}} is al besteed aan de schoolreis."),
    ("p", "Intermediair: [[Demi Mahabier]], schoolmaatschappelijk werker, {{Stichting Kwadraad|O}}\n"
          "[[d.mahabier@kwadraad.nl|E]] | [[010 285 44 19|T]]"),
    ("p", "Uitbetaling rechtstreeks aan de vereniging (KvK {{40343802|C}}). Het fonds keert nooit uit aan ouders."),
]})

# ------------------------------------------------------------------ cs25 incident report sports club (docx)
D({"id": "cs25_incidentmelding_sportvereniging", "producer": "LibreOffice Writer (python-docx .docx)", "kind": "docx",
   "author": "VCP HV Tubantia", "title": "Incidentmelding", "dfont": "DejaVu Sans", "size": 10,
   "blocks": [
    ("h", "Vertrouwelijk - incidentmelding ongewenst gedrag"),
    ("t", [["Vereniging", "{{Handbalvereniging Tubantia|O}}, {{Enschede|L}}"],
           ["Melding aan", "{{Centrum Veilige Sport Nederland|O}} en gemeente {{Enschede|L}}, team Sport"],
           ["Datum melding", "{{6 oktober 2025|M}}"],
           ["Opgesteld door", "[[Marieke Nijhuis-Ter Braak]], vertrouwenscontactpersoon (VCP)"],
           ["Zaaknummer CVSN", "{{CVSN-2025-04417|K}}"]]),
    ("h2", "Wat is er gebeurd"),
    ("p", "Op {{2 oktober 2025|M}} meldden twee speelsters van de MB1 ([[Lotte Morsink]], 15, en [[Zeynep Aksoy]], 14) bij mij dat hun "
          "trainer, [[Dennis Hofstede]] (geboren [[21-07-1983|D]]), hun herhaaldelijk berichten via Snapchat stuurde met seksuele "
          "toespelingen. De ouders van [[Lotte]], [[Harm en Ingrid Morsink]], hebben op {{4 oktober 2025|M}} [[aangifte gedaan bij de politie|H]]."),
    ("p", "[[Dennis H.]] is na overleg met de voorzitter, [[Gerard Leferink]], op non-actief gesteld. Hij had een VOG uit 2019. Volgens "
          "een andere trainer, [[Kevin Tijhuis]], is [[Dennis]] eerder [[veroordeeld voor een geweldsdelict|H]], wat niet in de VOG stond."),
    ("h2", "Genomen maatregelen"),
    ("p", "- bestuur en VCP hebben gesproken met beide speelsters en hun ouders;\n- de vereniging heeft de gemeente geïnformeerd, "
          "{{wethouder Hofstede|R}} (Sport) is als portefeuillehouder op de hoogte gebracht; hij is geen familie van de trainer;\n"
          "- contact gelegd met het {{Centrum Veilige Sport Nederland|O}}, {{0900-2025590|S}}."),
    ("p", "Contact VCP: [[06 4380 2219|T]] / {{vcp@hvtubantia.nl|X}}"),
]})

# ------------------------------------------------------------------ cs26 invitation + participant list regional youth care meeting (mailto link)
D({"id": "cs26_rotterdam_uitnodiging_regio_overleg", "producer": "reportlab DejaVuSans (TrueType subset) with mailto link annotation", "font": "dejavu", "size": 9.5,
   "title": "Uitnodiging Regionaal Overleg Jeugdhulp Rijnmond",
   "post": {"links": [(0, [56, 60, 300, 75], "mailto:c.tjoe-awie@rotterdam.nl")]},
   "hidden": [("annotations", "c.tjoe-awie@rotterdam.nl", "E")],
   "blocks": [
    ("h", "Uitnodiging {{Regionaal Overleg Jeugdhulp Rijnmond|O}}"),
    ("p", "Datum: donderdag {{16 oktober 2025|M}}, 13.30-16.00 uur\nLocatie: {{Stadhuis Rotterdam|L}}, {{Coolsingel 40|Y}}, zaal 3.14\n"
          "Voorzitter: {{wethouder Buijt|R}} ({{Rotterdam|L}})"),
    ("h2", "Agenda"),
    ("p", "1. Opening en vaststellen verslag {{18 september 2025|M}}\n2. Voortgang {{Hervormingsagenda Jeugd|G}}: regionaal expertiseteam (toelichting "
          "{{Stichting Jeugdhulp Rijnmond|O}})\n3. Contractering 2026: reactie aanbieders ({{Pluryn|O}}, {{Levvel|O}}, {{Enver|O}})\n"
          "4. Wachttijden GGZ, presentatie {{Youz|O}}\n5. Rondvraag"),
    ("h2", "Deelnemers"),
    ("t", [["Naam", "Organisatie", "E-mail", "Telefoon"],
           ["{{wethouder Buijt|R}}", "{{Gemeente Rotterdam}}", "via secretariaat", "{{14 010|S}}"],
           ["{{wethouder Van der Knaap|R}}", "{{Gemeente Schiedam|O}}", "via secretariaat", ""],
           ["{{wethouder Boeren|R}}", "{{Gemeente Vlaardingen|O}}", "via secretariaat", ""],
           ["[[Chantal Tjoe-Awie|P]]", "{{Gemeente Rotterdam}}, cluster Maatschappelijke Ontwikkeling", "", "[[06 1492 7710|T]]"],
           ["[[Bas Noordzij]]", "{{Gemeente Schiedam|O}}", "[[b.noordzij@schiedam.nl|E]]", "[[010 246 93 12|T]]"],
           ["[[Latifa Benali]]", "{{Stichting Jeugdhulp Rijnmond|O}}", "[[l.benali@jeugdhulprijnmond.nl|E]]", "[[06-4517 2290|T]]"],
           ["[[Martijn Verheul]]", "{{Levvel|O}}", "[[martijn.verheul@levvel.nl|E]]", ""],
           ["[[dr. Ewa Zielińska]]", "{{Youz|O}}", "[[e.zielinska@youz.nl|E]]", "[[06 2908 3341|T]]"],
           ["[[P. (Pim) van der Knaap]]", "{{Enver|O}}", "[[pim.vanderknaap@enver.nl|E]]", ""]], [1.7, 2.2, 2.2, 1.2]),
    ("p", "Let op: {{wethouder Van der Knaap|R}} en de heer [[P. (Pim) van der Knaap]] van {{Enver|O}} zijn niet verwant."),
    ("p", "Aanmelden en stukken: {{secretariaat.jeugd@rotterdam.nl|X}}. Secretaris van het overleg: [[Chantal|P]] (zie deelnemerslijst)."),
    ("p", "Vragen? Mail de secretaris via de link onderaan deze uitnodiging."),
    ("p", "Stuur de secretaris een e-mail"),
]})

# ------------------------------------------------------------------ cs27 press release (no personal data to redact) (docx)
D({"id": "cs27_persbericht_fryslan_sport_cultuur", "producer": "LibreOffice Writer (python-docx .docx)", "kind": "docx",
   "author": "Provincie Fryslân - Communicatie", "title": "Persbericht",
   "blocks": [
    ("h", "Persbericht: provincie en gemeente investeren in sport en cultuur voor jongeren"),
    ("p", "Leeuwarden, {{30 oktober 2025|M}} - De {{Provincie Fryslân|O}} en de {{Gemeente Leeuwarden|O}} trekken samen {{EUR 3,4 miljoen|Q}} uit "
          "voor sport- en cultuurprogramma's voor jongeren. Het geld gaat onder meer naar het {{Jongerenpodium Neushoorn|O}}, de "
          "{{Elfstedenhal|L}} en het {{Fries Museum|O}}."),
    ("p", "\"Jongeren in Fryslân moeten overal kunnen sporten en cultuur kunnen maken, ook in de dorpen,\" zegt {{gedeputeerde De Vries|R}} "
          "(Cultuur en Sport). {{Wethouder De Vries|R}} van {{Leeuwarden|L}} vult aan: \"Met {{SportFryslân|O}} en {{Keunstwurk|O}} "
          "bereiken we kinderen die nu nog aan de kant staan.\" De gedeputeerde en de wethouder zijn, zo voegen ze er lachend aan toe, "
          "niet familie van elkaar."),
    ("p", "Het programma sluit aan bij het landelijke {{Sportakkoord II|G}} van {{staatssecretaris Karremans|R}} en bij de "
          "{{Regeling Cultuurparticipatie|G}} van het {{ministerie van OCW|O}}. {{Commissaris van de Koning Brok|R}} opent op "
          "{{14 november 2025|M}} de eerste {{Jongerencultuurdag|G}} in {{Drachten|L}}."),
    ("p", "Meer informatie: {{www.fryslan.frl|O}} en {{www.leeuwarden.nl|O}}."),
    ("p", "Noot voor de redactie (niet voor publicatie): voor vragen kunt u contact opnemen met de afdeling Communicatie van de provincie, "
          "{{058 292 59 25|S}}, of met {{pers@fryslan.frl|X}}."),
]})

# ------------------------------------------------------------------ cs28 objection by an artist (ZZP), Haarlem
D({"id": "cs28_haarlem_bezwaar_kunstenaar", "producer": "reportlab Liberation Serif (TrueType subset)", "font": "libserif", "size": 11,
   "title": "Bezwaarschrift",
   "blocks": [
    ("p", "[[Olusegun Adeyemi-de Graaf]]\n[[Spaarnwouderstraat 114 rood|A]]\n[[2011 AR|A]] Haarlem\n[[segun@adeyemistudio.nl|E]] | [[+31 6 4108 3392|T]]"),
    ("p", "Aan het college van burgemeester en wethouders van Haarlem\nPostbus 511\n2003 PB Haarlem"),
    ("p", "Haarlem, {{21 juli 2025|M}}\nBetreft: bezwaar tegen de afwijzing van mijn aanvraag {{HLM-KNST-2025-0263|K}}"),
    ("p", "Geacht college,"),
    ("p", "Op {{16 juni 2025|M}} wees u mijn aanvraag af voor een werkbijdrage uit de {{Kunstenaarsregeling Haarlem|G}}. Ik maak daartegen bezwaar."),
    ("p", "U schrijft dat mijn beroepspraktijk onvoldoende is aangetoond. Ik exposeerde de afgelopen twee jaar in {{De Hallen Haarlem|O}}, "
          "{{Nieuw Dakota|O}} in {{Amsterdam|L}} en het {{Afrika Museum|O}} in {{Berg en Dal|L}}. Mijn galeriehouder, [[mevrouw Femke Zandbergen]], "
          "heeft dat per brief bevestigd."),
    ("p", "Daarnaast heeft de adviseur van de commissie, [[de heer L. Maas]], in het gesprek opmerkingen gemaakt over mijn [[geloof|H]] "
          "(ik ben [[lid van de Redeemed Christian Church of God|H]]) die niets met de beoordeling te maken hebben. Dat vind ik kwetsend."),
    ("p", "Ik verzoek u het besluit te herroepen en mij de werkbijdrage van {{EUR 12.000|Q}} alsnog toe te kennen. Mijn BSN is [[266430983|B]] "
          "en mijn rekeningnummer [[NL70 BUNQ 2045 5177 33|I]]. Mijn KvK-nummer is {{76130952|C}}."),
    ("p", "Graag word ik gehoord. Ik ben op dinsdag en donderdag niet beschikbaar i.v.m. lessen op het {{Nova College|O}}."),
    ("p", "Met vriendelijke groet,\n\n[[O. Adeyemi-de Graaf]]"),
]})

# ------------------------------------------------------------------ cs29 report of objection hearing (docx, 2 pages)
D({"id": "cs29_haarlem_verslag_hoorzitting", "producer": "LibreOffice Writer (python-docx .docx)", "kind": "docx",
   "author": "Yasmina Haddouchi", "title": "Verslag hoorzitting bezwaarcommissie",
   "hidden": [("metadata", "Yasmina Haddouchi", "P")],
   "header": "{{Gemeente Haarlem}} - Commissie bezwaarschriften - vertrouwelijk tot besluitvorming",
   "blocks": [
    ("h", "Verslag hoorzitting"),
    ("t", [["Zaak", "{{BZ-2025-0871|K}} bezwaar tegen afwijzing {{HLM-KNST-2025-0263|K}}"],
           ["Datum hoorzitting", "{{9 september 2025|M}}, 14.00 uur"],
           ["Commissie", "[[mr. J.C. (Joost) Brenninkmeijer]] (voorzitter), [[drs. A. Wijnberg]], [[R. Sahtout-Janssen]]"],
           ["Secretaris", "[[mr. Y. Haddouchi]]"],
           ["Bezwaarmaker", "[[de heer O. Adeyemi-de Graaf]], bijgestaan door [[mr. Tessa Roodenburg]] ({{Stichting Het Juridisch Loket|O}})"],
           ["Namens het college", "[[L. Maas]] (adviseur beeldende kunst) en [[Ingrid Verloop-Brands]] (jurist)"]], [1.3, 4]),
    ("h2", "1. Opening"),
    ("p", "De voorzitter opent de hoorzitting en wijst erop dat van de zitting een verslag wordt gemaakt. Het verslag wordt met de stukken "
          "naar het college gestuurd. {{Wethouder Berkhout|R}} (cultuur) beslist op het bezwaar."),
    ("h2", "2. Toelichting bezwaarmaker"),
    ("p", "[[De heer Adeyemi-de Graaf]] licht zijn bezwaarschrift toe. Hij werkt sinds 2016 als beeldend kunstenaar en heeft een atelier in "
          "{{Het Kunstcentrum|L}} aan de {{Zijlsingel|Y}}. [[Mr. Roodenburg]] voegt toe dat de regeling niet vraagt om inkomen uit "
          "kunst, alleen om een aantoonbare beroepspraktijk. Zij legt een verklaring over van [[Femke Zandbergen]] (galerie)."),
    ("p", "[[Segun|P]], zoals hij zichzelf noemt, herhaalt dat de opmerking over zijn [[kerkgang|H]] hem heeft geraakt. [[De heer Maas]] "
          "betreurt dat en zegt dat hij slechts vroeg naar het koor waarvoor de bezwaarmaker decors maakt."),
    ("h2", "3. Toelichting college"),
    ("p", "[[Mevrouw Verloop-Brands]] licht toe dat de adviescommissie van de {{Kunstenaarsregeling Haarlem|G}} 41 aanvragen beoordeelde "
          "en dat het budget van {{EUR 240.000|Q}} ontoereikend was. De aanvraag scoorde op 'zichtbaarheid' onder de drempel."),
    ("pb",),
    ("h2", "4. Vragen van de commissie"),
    ("p", "[[Drs. Wijnberg]] vraagt of de exposities in {{Nieuw Dakota|O}} en het {{Afrika Museum|O}} bij de aanvraag waren gevoegd. "
          "[[Mevrouw Verloop-Brands]] bevestigt dat alleen {{De Hallen Haarlem|O}} was vermeld. [[Mevrouw Sahtout-Janssen]] vraagt naar "
          "de bezwaarmaker zijn inkomen; [[de heer Adeyemi-de Graaf]] verwijst naar zijn aangifte inkomstenbelasting, die hij niet wil overleggen."),
    ("h2", "5. Sluiting"),
    ("p", "De voorzitter sluit de zitting om 15.05 uur. De commissie brengt binnen vier weken advies uit. Het college neemt het besluit "
          "uiterlijk {{4 november 2025|M}}."),
    ("p", "Secretaris: [[Y. Haddouchi]], [[y.haddouchi@haarlem.nl|E]], [[023 511 46 82|T]]"),
]})

# ------------------------------------------------------------------ cs30 e-mail thread Provincie Gelderland sports event
D({"id": "cs30_gelderland_mail_sportevenement", "producer": "reportlab Helvetica (standard-14)", "font": "helvetica", "size": 9.5,
   "title": "RE: subsidie Veluwe Gravel Classic",
   "blocks": [
    ("pre", "Van: [[Jeroen Gerritsen]] <[[j.gerritsen@gelderland.nl|E]]>\nDatum: {{22 mei 2025|M}} 09:40\nAan: {{info@velowegravel.nl|X}}\nCC: [[Lisa Baggerman]]\nOnderwerp: RE: subsidie Veluwe Gravel Classic - {{2025-006623|K}}"),
    ("p", "Beste [[Wessel]],"),
    ("p", "Dank voor je aanvullende stukken. Ik heb je aanvraag voor de regeling {{Sportevenementen Gelderland|G}} kunnen afronden. "
          "Het advies aan {{gedeputeerde Harmsen|R}} is positief: {{EUR 35.000|Q}} voor de editie van {{27 september 2025|M}} met start en finish in {{Ede|L}}."),
    ("p", "Wel nog twee punten. De vergunning van de gemeente {{Ede|L}} moet voor {{1 augustus|M}} binnen zijn; en de routes door "
          "{{Nationaal Park De Hoge Veluwe|L}} moeten zijn afgestemd met de boswachter, [[de heer Hendriksen]]."),
    ("p", "Groet,\n[[Jeroen Gerritsen]]\nadviseur sport | {{Provincie Gelderland}} | [[06 1220 4418|T]]"),
    ("pre", "Van: [[Wessel Ankersmit]] <{{info@velowegravel.nl|X}}>\nDatum: {{19 mei 2025|M}} 22:17\nAan: [[j.gerritsen@gelderland.nl|E]]\nOnderwerp: subsidie Veluwe Gravel Classic"),
    ("p", "Hoi [[Jeroen]],"),
    ("p", "Hierbij de begroting en het veiligheidsplan. Post voor de stichting graag naar ons info-adres, dan leest het hele "
          "bestuur mee. Mijn partner [[Roos Ankersmit-Duits]] doet de financiën; haar nummer is [[06 3318 0276|T]]. Rekening van de "
          "stichting: [[NL93 INGB 0004 5018 62|I]], KvK {{96120448|C}}."),
    ("p", "Oud-prof [[Niki Terpstra-Kuipers]] wil het lint doorknippen; mag dat op de uitnodiging van de provincie?\n\nGroet, [[Wessel]]"),
]})

# ------------------------------------------------------------------ cs31 Zwolle letter to youth care provider about contract
D({"id": "cs31_zwolle_brief_aanbieder_contract", "producer": "reportlab Liberation Sans (TrueType subset)", "font": "libsans", "size": 10,
   "title": "Brief contractmanagement jeugd", "logo": "{{Gemeente Zwolle}}",
   "footer": "{{Gemeente Zwolle}} | {{14 038|S}} | {{inkoopjeugd@zwolle.nl|X}}",
   "blocks": [
    ("p", "{{Trajectum|O}}\nt.a.v. [[mevrouw drs. B. (Bianca) Hulshof]], regiodirecteur\nPostbus 20071\n8004 HB Zwolle"),
    ("p", "Datum: {{4 november 2025|M}}\nKenmerk: {{JGD-IJ-2025-4410|K}}\nContactpersoon: [[Ahmet Çelik]], contractmanager jeugd, [[038 498 2671|T]], [[a.celik@zwolle.nl|E]]"),
    ("p", "Onderwerp: overschrijding productieplafond 2025 en wachtlijstafspraken {{Jeugdzorg Regio IJsselland|O}}"),
    ("p", "Geachte mevrouw [[Hulshof]],"),
    ("p", "In het contractgesprek van {{28 oktober 2025|M}} heeft u ons gemeld dat {{Trajectum|O}} het productieplafond voor 2025 naar verwachting "
          "met 14 procent overschrijdt. Wij danken u voor uw openheid. Namens de regio {{IJsselland|L}} laten wij u het volgende weten."),
    ("p", "1. De regio honoreert de overschrijding tot ten hoogste 8 procent, op voorwaarde dat u de wachtlijst wekelijks aanlevert "
          "volgens het format van de {{Hervormingsagenda Jeugd|G}}.\n2. Voor cliënten met een spoedindicatie blijft de regel: geen wachttijd.\n"
          "3. In de casus die u noemde (cliëntnummer [[TRJ-2025-30918|N]]) vragen wij u binnen een week een behandelplan te sturen "
          "aan de casusregisseur, [[Femke Wijnands]]."),
    ("p", "Wethouder {{Van Willigen|R}} (Jeugd) heeft het onderwerp op {{18 november 2025|M}} op de agenda van het {{Portefeuillehoudersoverleg Jeugd IJsselland|O}}. "
          "Uw bestuurder, [[de heer J. Rademaker]], is daarvoor uitgenodigd."),
    ("p", "Met vriendelijke groet,\n\n[[Ahmet Çelik]]\ncontractmanager jeugd, namens het college van {{Zwolle|L}}\n\nc.c. [[Lennart Dekker-Bosch]] (inkoopadviseur)"),
]})

# ------------------------------------------------------------------ cs32 scanned application form for youth sport fund, filled by hand
D({"id": "cs32_scan_aanmeldformulier_zwemles", "producer": "scan: printed form (DejaVu Sans) filled in by hand (femkeklaver), JPEG",
   "style": "sans", "title": "Aanmelding zwemles", "q": 80, "angle": 0.6, "hsize": 76, "blur": 0.3,
   "pages_lines": [[
    ("big", "Aanmelding Zwemles Jeugd - Gemeente Tilburg"),
    ("sans", "In te vullen door ouder / verzorger. Inleveren bij de balie."),
    ("sans", ""),
    ("sans", "Naam kind:"),
    ("hand", "[[Ayoub]] [[Belkacemi]]"),
    ("sans", "Geboortedatum:"),
    ("hand", "[[19-05-2017|D]]"),
    ("sans", "Naam ouder:"),
    ("hand", "[[Samira]] [[Belkacemi]]"),
    ("sans", "Adres:"),
    ("hand", "[[Ringbaan-Oost 301|A]]"),
    ("sans", "Telefoon:"),
    ("hand", "[[06 2193 7748|T]]"),
    ("sans", "Medische bijzonderheden (allergie, epilepsie, astma, enz.):"),
    ("hand", "[[diabetes|H]], heeft pomp"),
    ("sans", "Handtekening ouder:"),
    ("sig", "[[S. Belkacemi]]"),
    ("sans", ""),
    ("sans", "Alleen voor de balie:"),
    ("sans", "Ingevoerd door [[Rianne Timmermans]] op 3 september 2025"),
    ("sans", "Relatienummer [[TBG-556120|N]], doorgestuurd naar [[Tom Verbunt]]"),
   ]]})
