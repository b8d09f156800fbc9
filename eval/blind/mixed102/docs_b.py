"""Documents mx12-mx22 of set mixed102."""

DOCS = []

# ------------------------------------------------------------------ mx12 bestuursovereenkomst (docx, 3 pages)
DOCS.append({
    "id": "mx12", "producer": "docx", "font": "Liberation Serif", "size": 10.5,
    "meta": {"title": "Bestuursovereenkomst opvang asielzoekers Ede", "author": "Gemeente Ede"},
    "header": "⟦T:Bestuursovereenkomst⟧ ⟦O:COA⟧ - ⟦O:gemeente Ede⟧ | ⟦R:Z-2025-000318⟧",
    "blocks": [
        ("title", "Bestuursovereenkomst opvang asielzoekers gemeente Ede 2025-2035"),
        ("h", "Partijen"),
        ("p", "1. Het ⟦O:Centraal Orgaan opvang asielzoekers⟧, gevestigd te ⟦L:Rijswijk⟧, hierbij rechtsgeldig vertegenwoordigd door "
              "{P:drs. I.M. Demmendaal}, regiomanager Oost-Nederland, daartoe gemachtigd door de raad van bestuur, hierna: het ⟦O:COA⟧;"),
        ("p", "2. De gemeente Ede, gevestigd aan de ⟦X:Bergstraat 4⟧ te Ede, hierbij rechtsgeldig vertegenwoordigd door "
              "⟦F:burgemeester Verhulst⟧, handelend ter uitvoering van het besluit van het college van ⟦M:7 januari 2025⟧, "
              "hierna: de gemeente."),
        ("h", "Overwegende dat"),
        ("p", "a. de ⟦W:Wet gemeentelijke taak mogelijk maken asielopvangvoorzieningen⟧ (⟦W:Spreidingswet⟧) per ⟦M:1 februari 2024⟧ in werking is getreden;\n"
              "b. de provincie Gelderland op grond van die wet een opgave heeft vastgesteld en de ⟦O:Provinciale Regietafel Gelderland⟧ "
              "onder leiding van ⟦F:commissaris van de Koning Berends⟧ de verdeling heeft voorbereid;\n"
              "c. partijen een tijdelijke ⟦T:noodopvang⟧ aan de ⟦X:Frankeneng 120⟧ willen laten opvolgen door een regulier ⟦T:azc⟧ "
              "aan de ⟦X:Nieuwe Kazernelaan 2⟧ voor maximaal 400 bewoners."),
        ("h", "Artikel 1 Omvang en duur"),
        ("p", "1. De ⟦T:noodopvang⟧ biedt plaats aan ten hoogste 250 personen en eindigt uiterlijk op ⟦M:1 maart 2026⟧.\n"
              "2. Het ⟦T:azc⟧ opent uiterlijk ⟦M:1 januari 2026⟧ en heeft een looptijd van tien jaar.\n"
              "3. In het ⟦T:azc⟧ verblijven bij voorkeur gezinnen en ten hoogste 40 alleenstaande minderjarige vreemdelingen (⟦T:amv⟧)."),
        ("h", "Artikel 2 Veiligheid en openbare orde"),
        ("p", "Het ⟦O:COA⟧ stelt met de gemeente, de ⟦O:Politie Oost-Nederland⟧ en de ⟦O:Veiligheidsregio Gelderland-Midden⟧ een "
              "veiligheidsplan op. Het ⟦O:COA⟧ meldt incidenten binnen 24 uur bij de gemeente via ⟦U:opvang@ede.nl⟧. "
              "Persoonsgegevens van bewoners worden alleen gedeeld voor zover nodig en met inachtneming van de ⟦W:AVG⟧."),
        ("h", "Artikel 3 Klankbordgroep en communicatie"),
        ("p", "Partijen richten een ⟦T:klankbordgroep⟧ in met omwonenden. Het ⟦O:COA⟧ houdt een buurtlijn open (⟦S:088 715 74 40⟧)."),
        ("h", "Artikel 4 Financiën"),
        ("p", "De gemeente ontvangt van het ⟦O:COA⟧ een vergoeding volgens de ⟦Q:Regeling Bekostiging Opvang Gemeenten⟧. "
              "Onderwijskosten worden gedekt via de ⟦Q:Regeling Onderwijshuisvesting Asielzoekers⟧ en de bijzondere bekostiging van "
              "⟦O:DUO⟧. Het ⟦O:COA⟧ betaalt de gemeente een bijdrage van ⟦A:€ 2.500⟧ per plaats voor leefbaarheidsmaatregelen."),
        ("h", "Artikel 5 Evaluatie en geschillen"),
        ("p", "Partijen evalueren jaarlijks in het ⟦T:bestuurlijk overleg⟧. Geschillen worden eerst voorgelegd aan de ⟦O:Regionale Regietafel Gelderland⟧."),
        ("h", "Artikel 6 Openbaarheid"),
        ("p", "Deze overeenkomst wordt openbaar gemaakt op grond van de ⟦W:Wet open overheid⟧, met uitzondering van persoonsgegevens "
              "van medewerkers."),
        ("h", "Ondertekening"),
        ("p", "Aldus overeengekomen en in tweevoud ondertekend te Ede op ⟦M:22 januari 2025⟧."),
        ("kv", [("Namens de gemeente Ede,", "Namens het Centraal Orgaan opvang asielzoekers,")]),
        ("sig", 1201, "⟦F:burgemeester Verhulst⟧", "Verhulst"),
        ("sig", 1202, "{P:drs. I.M. Demmendaal}\nregiomanager Oost-Nederland", "I Demmendaal"),
        ("small", "Paraaf juridische toets: {P:RJH} ({P:R.J. Hengelman}), ⟦M:20-01-2025⟧ | Paraaf projectleider: {P:MBo}, ⟦M:20-01-2025⟧ | "
                  "Voorbereid door {P:T. Oudeboon}, {E:t.oudeboon@ede.nl}"),
    ],
})

# ------------------------------------------------------------------ mx13 GGD memo infectieziekte (reportlab)
DOCS.append({
    "id": "mx13", "producer": "rl", "font": "Carlito", "size": 10.5,
    "meta": {"title": "Memo GGD scabiës noodopvang", "author": "GGD Gelderland-Midden"},
    "header": "⟦O:GGD Gelderland-Midden⟧ | Infectieziektebestrijding | vertrouwelijk medisch",
    "blocks": [
        ("title", "Memo: scabiës op locatie Frankeneng"),
        ("kv", [("Aan", "{P:M. Bosgra} (gemeente Ede), {P:W. Rijnsburger} (⟦O:COA⟧)"),
                ("Van", "{P:Noor Ypma}, arts infectieziektebestrijding"),
                ("Datum", "⟦M:2 april 2025⟧"),
                ("Kenmerk", "⟦R:GGD-IZB-2025-0412⟧")]),
        ("h", "Situatie"),
        ("p", "Op ⟦M:31 maart 2025⟧ meldde het ⟦O:GCA⟧ drie bewoners met scabiës op de 2e verdieping. Het gaat om:"),
        ("table", [["Bewoner", "V-nummer", "Geb.datum", "Klachten / behandeling"],
                   ["{P:Amanuel Kidane}", "{V:2624 017 739}", "{D:03-03-2006}", "{H:scabiës, ivermectine gestart 31-03}"],
                   ["{P:Fiyori Kidane}", "{V:2624 017 747}", "{D:19-07-2011}", "{H:scabiës, permetrinecrème}"],
                   ["{P:Hassan Jama Farah}", "{V:2621 733 904}", "{D:28-01-1995}", "{H:scabiës crustosa, verwezen naar dermatoloog}"]],
         [45, 30, 25, 70]),
        ("h", "Maatregelen"),
        ("p", "Alle bewoners en medewerkers van de 2e verdieping worden gelijktijdig behandeld op ⟦M:4 april 2025⟧. Beddengoed wordt "
              "gewassen op 60 graden. Het ⟦O:COA⟧ informeert de bewoners in het Tigrinya en Somalisch; de ⟦O:GGD Gelderland-Midden⟧ "
              "verzorgt de informatie voor het personeel. Een melding bij het ⟦O:RIVM⟧ is volgens de ⟦W:Wet publieke gezondheid⟧ niet verplicht."),
        ("p", "Let op: de heer {P:Jama Farah} heeft daarnaast {H:een actieve tuberculose in behandeling} gehad in ⟦L:Ter Apel⟧; "
              "het dossier ligt bij de ⟦O:GGD⟧-afdeling tbc-bestrijding ({P:dr. P. Wijnbergen})."),
        ("p", "Contact: {P:Noor Ypma}, {T:06-53 70 11 28}, {E:n.ypma@vggm.nl} | ⟦U:infectieziekten@vggm.nl⟧ | ⟦S:088 355 60 00⟧"),
    ],
})

# ------------------------------------------------------------------ mx14 incidentrapportage (reportlab Times)
DOCS.append({
    "id": "mx14", "producer": "rl", "font": "Times-Roman", "size": 10.5,
    "meta": {"title": "Incidentmelding COA locatie Ede", "author": "COA"},
    "hidden": {"annots": [(0, "K. Bouzerda", "Vraag: mag de naam van de melder erin? - Karim", [420, 700, 440, 720])],
               "probes": [("PERSON", "K. Bouzerda", "annotations"), ("PERSON", "Karim", "annotations")]},
    "blocks": [
        ("title", "Incidentmelding ⟦O:COA⟧ - locatie Ede Frankeneng"),
        ("kv", [("Registratienummer", "⟦R:IM-OST-2025-0233⟧"),
                ("Datum incident", "⟦M:5 maart 2025⟧, circa 02.10 uur"),
                ("Gemeld door", "{P:Sander Pijpelink}, beveiliger ⟦O:Trigion⟧"),
                ("Betrokken bewoners", "{P:Samuel Tekle} ({V:2619 550 027}); {P:Yohannes Weldu} ({V:2619 550 043})"),
                ("Categorie", "Openbare orde / politie-inzet")]),
        ("h", "Beschrijving"),
        ("p", "Twee bewoners kwamen na sluitingstijd terug met tassen boodschappen. Kort daarna meldde de ⟦O:Politie Oost-Nederland⟧ "
              "dat er bij de ⟦O:Jumbo⟧ aan de Klaphekkenweg een melding van diefstal was. De heer {P:Tekle} is {C:aangehouden op verdenking "
              "van winkeldiefstal} en na verhoor heengezonden. De heer {P:Weldu} is niet aangehouden."),
        ("p", "De heer {P:Weldu} was zichtbaar onder invloed en vertelde {H:medicatie voor zijn psychose} niet te hebben ingenomen. "
              "De nachtdienst heeft de huisarts van het ⟦O:GCA⟧ via de ⟦Q:Praktijklijn⟧ gebeld."),
        ("h", "Afhandeling"),
        ("p", "Locatiemanager {P:W. Rijnsburger} heeft op ⟦M:5 maart 2025⟧ een gesprek gevoerd met beide bewoners. Er is een "
              "⟦T:maatregel⟧ opgelegd volgens het ⟦Q:Reglement Onthouding Verstrekkingen⟧: {P:Tekle} krijgt een week geen leefgeld. "
              "De gemeente (team ⟦T:openbare orde en veiligheid⟧) is geïnformeerd door {P:J. Vlastuin}."),
        ("p", "Verspreiding: locatiemanagement, regio Oost, gemeente Ede (OOV). Niet verder verspreiden."),
    ],
})

# ------------------------------------------------------------------ mx15 projectplan (reportlab Helvetica, 2 pages, keep-heavy)
DOCS.append({
    "id": "mx15", "producer": "rl", "font": "Helvetica", "size": 10,
    "meta": {"title": "Projectplan azc Nieuwe Kazernelaan", "author": "Gemeente Ede"},
    "blocks": [
        ("title", "Projectplan ⟦T:azc⟧ Nieuwe Kazernelaan"),
        ("p", "Versie 0.9 - ⟦M:15 april 2025⟧ - ⟦R:Z-2025-002210⟧ - opdrachtgever: ⟦F:wethouder Dorrestijn⟧ - "
              "projectleider: {P:Marieke Bosgra}"),
        ("h", "1. Opgave"),
        ("p", "Op grond van de ⟦W:Spreidingswet⟧ heeft de provincie Gelderland voor ⟦O:gemeente Ede⟧ een opgave van 455 opvangplekken "
              "vastgesteld. Het ⟦O:COA⟧ en de gemeente realiseren daarom een ⟦T:azc⟧ voor 400 bewoners op het voormalige kazerneterrein, "
              "aangevuld met 55 plekken voor ⟦T:amv⟧ in kleinschalige woonvoorzieningen."),
        ("h", "2. Organisatie"),
        ("table", [["Rol", "Organisatie", "Naam"],
                   ["Bestuurlijk opdrachtgever", "⟦O:Gemeente Ede⟧", "⟦F:wethouder Dorrestijn⟧"],
                   ["Ambtelijk opdrachtgever", "⟦O:Gemeente Ede⟧", "{P:drs. Carla Mijnsbergen}"],
                   ["Projectleider", "⟦O:Gemeente Ede⟧", "{P:Marieke Bosgra}"],
                   ["Vastgoed", "⟦O:COA⟧", "{P:Hester Vonk}"],
                   ["Regiomanager", "⟦O:COA⟧", "{P:Ilse Demmendaal}"],
                   ["Omgevingsmanager", "⟦O:Gemeente Ede⟧", "{P:Thijs Oudeboon}"],
                   ["Veiligheid", "⟦O:VGGM⟧ / ⟦O:Politie Oost-Nederland⟧", "{P:Bart Lensvelt}, {P:Dirk Hoogakker}"]],
         [50, 60, 55]),
        ("h", "3. Planning"),
        ("table", [["Mijlpaal", "Datum"],
                   ["Besluit college locatiekeuze", "⟦M:7 januari 2025⟧"],
                   ["Bestuursovereenkomst getekend", "⟦M:22 januari 2025⟧"],
                   ["Aanvraag ⟦T:omgevingsvergunning⟧", "⟦M:1 juni 2025⟧"],
                   ["Start bouw modulaire units", "⟦M:1 september 2025⟧"],
                   ["Opening ⟦T:azc⟧", "⟦M:1 januari 2026⟧"]], [90, 50]),
        ("pb",),
        ("h", "4. Risico's"),
        ("p", "Bezwaren tegen de ⟦T:omgevingsvergunning⟧ kunnen de planning vertragen. Onder de ⟦W:Omgevingswet⟧ is participatie "
              "verplicht; de ⟦T:klankbordgroep⟧ van de ⟦T:noodopvang⟧ wordt daarom voortgezet. Stikstofdepositie op de ⟦L:Veluwe⟧ "
              "wordt onderzocht door ⟦O:Arcadis⟧."),
        ("h", "5. Financiën"),
        ("p", "De investering van het ⟦O:COA⟧ bedraagt circa ⟦A:€ 38 miljoen⟧. De gemeente ontvangt de vergoedingen uit de "
              "⟦Q:Regeling Bekostiging Opvang Gemeenten⟧ en de ⟦Q:Regeling Onderwijshuisvesting Asielzoekers⟧."),
        ("h", "6. Communicatie"),
        ("p", "Woordvoering loopt via ⟦U:pers@ede.nl⟧. Informatie voor inwoners: ⟦U:www.ede.nl/opvang⟧ en ⟦S:14 0318⟧."),
    ],
})

# ------------------------------------------------------------------ mx16 agenda stuurgroep (docx)
DOCS.append({
    "id": "mx16", "producer": "docx", "font": "Carlito", "size": 10.5,
    "meta": {"title": "Agenda stuurgroep opvang 6 maart 2025", "author": ""},
    "hidden": {"xmp_creator": "Annemiek Pronk-Veldkamp", "probes": [("PERSON", "Annemiek Pronk-Veldkamp", "metadata")]},
    "blocks": [
        ("title", "Agenda stuurgroep opvang asielzoekers"),
        ("kv", [("Datum", "⟦M:6 maart 2025⟧, 14.00-16.00 uur"), ("Plaats", "gemeentehuis, ⟦X:Bergstraat 4⟧, kamer 3.12"),
                ("Voorzitter", "⟦F:wethouder Dorrestijn⟧"),
                ("Genodigden", "⟦F:burgemeester Verhulst⟧ (punt 3), {P:C. Mijnsbergen}, {P:M. Bosgra}, {P:T. Oudeboon}, "
                               "{P:J. Vlastuin}, {P:F. El Ouardi}, {P:I. Demmendaal} (⟦O:COA⟧), {P:W. Rijnsburger} (⟦O:COA⟧), "
                               "{P:P. Steenhorst} (⟦O:VGGM⟧)"),
                ("Secretaris", "{P:A. Pronk}")]),
        ("table", [["Nr", "Onderwerp", "Toelichting", "Wie"],
                   ["1", "Opening, verslag ⟦M:6 februari 2025⟧", "ter vaststelling", "voorzitter"],
                   ["2", "Eerste week ⟦T:noodopvang⟧", "mondeling", "{P:Rijnsburger}"],
                   ["3", "Openbare orde, incident ⟦M:5 maart 2025⟧", "vertrouwelijk", "{P:Vlastuin}"],
                   ["4", "Huisvesting vergunninghouders, achterstand 81", "overzicht Q1", "{P:El Ouardi}"],
                   ["5", "Projectplan ⟦T:azc⟧ Nieuwe Kazernelaan", "ter bespreking", "{P:Bosgra}"],
                   ["6", "Woo-verzoek ⟦R:WOO-2025-0087⟧", "ter informatie", "{P:Hengelman}"],
                   ["7", "Rondvraag en sluiting", "", ""]], None),
        ("p", "Stukken volgen via Teams. Afmelden bij het secretariaat: ⟦U:secretariaat.sociaaldomein@ede.nl⟧."),
    ],
})

# ------------------------------------------------------------------ mx17 besluitenlijst stuurgroep (reportlab LiberationSerif)
DOCS.append({
    "id": "mx17", "producer": "rl", "font": "LiberationSerif", "size": 10.5,
    "meta": {"title": "Besluitenlijst stuurgroep opvang", "author": "Gemeente Ede"},
    "blocks": [
        ("title", "Besluiten- en actielijst stuurgroep opvang"),
        ("p", "Vergadering van ⟦M:6 maart 2025⟧. Aanwezig: ⟦F:wethouder Dorrestijn⟧ (vz), ⟦F:burgemeester Verhulst⟧ (bij punt 3), "
              "{P:Carla Mijnsbergen}, {P:Marieke Bosgra}, {P:Thijs Oudeboon}, {P:Jeroen Vlastuin}, {P:Fatima El Ouardi}, "
              "{P:Ilse Demmendaal}, {P:Wouter Rijnsburger}, {P:Paul Steenhorst}; verslag: {P:Annemiek Pronk}."),
        ("table", [["Nr", "Besluit / actie", "Eigenaar", "Gereed"],
                   ["S-01", "Verslag ⟦M:6 februari 2025⟧ vastgesteld.", "-", "-"],
                   ["S-02", "Het ⟦O:COA⟧ deelt wekelijks de bezetting (aantallen, geen namen).", "{P:Rijnsburger}", "doorlopend"],
                   ["S-03", "⟦F:burgemeester Verhulst⟧ spreekt met de ⟦O:Politie Oost-Nederland⟧ over extra surveillance.", "{P:Vlastuin}", "⟦M:13 maart 2025⟧"],
                   ["S-04", "Urgentie gelijkvloerse woning voor bewoner met rolstoel (zie notitie {P:El Ouardi}).", "{P:El Ouardi}", "⟦M:14 maart 2025⟧"],
                   ["S-05", "Projectplan ⟦T:azc⟧ wordt aangevuld met stikstofparagraaf.", "{P:Bosgra}", "⟦M:15 april 2025⟧"],
                   ["S-06", "⟦O:VGGM⟧ oefent in mei een ontruiming op de locatie.", "{P:Steenhorst}", "mei 2025"]],
         [14, 100, 30, 26]),
        ("p", "Mededeling: ⟦F:commissaris van de Koning Berends⟧ brengt op ⟦M:24 maart 2025⟧ een werkbezoek aan de locatie. "
              "{P:Steenhorst} meldt dat de ⟦O:GHOR⟧ het draaiboek infectieziekten heeft geactualiseerd."),
        ("p", "Volgende stuurgroep: ⟦M:3 april 2025⟧."),
    ],
})

# ------------------------------------------------------------------ mx18 e-mail COA bezetting & medische overplaatsing
DOCS.append({
    "id": "mx18", "producer": "rl", "font": "DejaVuSans", "mono": "DejaVuSansMono", "size": 9.5,
    "meta": {"title": "Bezetting week 14", "author": ""},
    "blocks": [
        ("mono", "From:    {P:Karim Bouzerda} <{E:k.bouzerda@coa.nl}>\n"
                 "Sent:    ⟦M:4 april 2025⟧ 09:27\n"
                 "To:      {P:Bosgra, Marieke} <{E:m.bosgra@ede.nl}>\n"
                 "Cc:      {P:Rijnsburger, Wouter} <{E:w.rijnsburger@coa.nl}>; ⟦U:opvang@ede.nl⟧\n"
                 "Subject: bezetting week 14 + twee overplaatsingen"),
        ("p", "Hallo {P:Marieke},"),
        ("p", "Bezetting per ⟦M:4 april 2025⟧: 231 bewoners (89 kinderen). Instroom deze week 18, uitstroom 6 (waarvan 4 naar een "
              "woning in ⟦L:Barneveld⟧ en ⟦L:Wageningen⟧)."),
        ("p", "Twee bewoners worden om medische redenen overgeplaatst naar ⟦O:azc Zeist⟧ (dichter bij het ⟦O:UMC Utrecht⟧):"),
        ("table", [["Naam", "V-nummer", "Geb.datum", "Reden"],
                   ["{P:Mariam Osman Ali}", "{V:2625 118 306}", "{D:12-12-1988}", "{H:zwangerschap met complicaties (32 wk)}"],
                   ["{P:Bilal Sharif}", "{V:2616 449 170}", "{D:07-04-1970}", "{H:oncologische behandeling}"]], [45, 30, 25, 70]),
        ("p", "Wil je deze namen niet verder verspreiden? Ik meld het alleen omdat mevrouw {P:Osman Ali} al op de lijst voor "
              "huisvesting in Ede stond (koppeling ⟦M:31 maart 2025⟧)."),
        ("p", "Groet,\n{P:Karim}\n\n{P:Karim Bouzerda} | Woonbegeleider | ⟦O:COA⟧ locatie Ede\n{T:+31 6 2871 5590}"),
    ],
})

# ------------------------------------------------------------------ mx19 schriftelijke vragen + antwoorden (docx, 2 pages)
DOCS.append({
    "id": "mx19", "producer": "docx", "font": "Liberation Sans", "size": 10,
    "meta": {"title": "Beantwoording schriftelijke vragen noodopvang", "author": "Griffie"},
    "blocks": [
        ("title", "Beantwoording schriftelijke vragen ex artikel 41 RvO"),
        ("kv", [("Vragensteller", "⟦F:raadslid Van Hunnik⟧ (⟦O:SGP⟧) en ⟦F:raadslid Breukink⟧ (⟦O:GroenLinks-PvdA⟧)"),
                ("Datum vragen", "⟦M:12 maart 2025⟧"), ("Datum antwoord", "⟦M:8 april 2025⟧"),
                ("Registratienummer", "⟦R:RV-2025-0061⟧"), ("Portefeuillehouder", "⟦F:wethouder Dorrestijn⟧")]),
        ("h", "Vraag 1"),
        ("p", "Klopt het dat omwonenden van de Klaphekkenweg de bewonersbrief pas na de informatieavond hebben ontvangen?"),
        ("h", "Antwoord 1"),
        ("p", "Ja. Een deel van de brieven is door de verspreider te laat bezorgd. Wij hebben met de betrokken bewoners contact opgenomen; "
              "een klacht hierover is gegrond verklaard. Wij noemen geen namen van indieners."),
        ("h", "Vraag 2"),
        ("p", "Hoeveel incidenten zijn er sinds de opening van de ⟦T:noodopvang⟧ geweest?"),
        ("h", "Antwoord 2"),
        ("p", "Tot en met ⟦M:31 maart 2025⟧ registreerde het ⟦O:COA⟧ 14 incidenten, waarvan 2 met inzet van de ⟦O:Politie Oost-Nederland⟧. "
              "⟦F:burgemeester Verhulst⟧ heeft hierover overleg gevoerd met de politie en het ⟦O:Openbaar Ministerie⟧."),
        ("h", "Vraag 3"),
        ("p", "Hoe staat het met de ⟦T:taakstelling⟧ huisvesting vergunninghouders?"),
        ("h", "Antwoord 3"),
        ("p", "Per ⟦M:31 maart 2025⟧ zijn 74 van de 142 personen gehuisvest. Met ⟦O:Woonstede⟧ is afgesproken dat 30% van de vrijkomende "
              "sociale huurwoningen tot juli voor vergunninghouders beschikbaar is, binnen de kaders van de ⟦W:Huisvestingswet 2014⟧."),
        ("h", "Vraag 4"),
        ("p", "Is de gemeente betrokken geweest bij de gezondheidszorg op de locatie?"),
        ("h", "Antwoord 4"),
        ("p", "De medische zorg is een taak van het ⟦O:COA⟧ en het ⟦O:GZA⟧. De ⟦O:GGD Gelderland-Midden⟧ heeft in april een uitbraak van "
              "scabiës succesvol bestreden. Over individuele bewoners doen wij geen mededelingen."),
        ("p", "Ambtelijk voorbereid door {P:Thijs Oudeboon} en {P:Marieke Bosgra}. Griffie: {P:Sophie Leeflang}, {E:s.leeflang@ede.nl}."),
    ],
})

# ------------------------------------------------------------------ mx20 zienswijze omgevingsvergunning (scan, 2 pages)
DOCS.append({
    "id": "mx20", "producer": "scan", "font": "Helvetica", "size": 11.5, "seed": 2020,
    "meta": {"title": "zienswijze", "creator": "Xerox WorkCentre 7845"},
    "blocks": [
        ("p", "{P:Jan-Willem Hazenberg} en {P:Marloes Hazenberg-Pruim}\n{A:Dreijenlaan 44}\n{A:6716 BC} Ede\n"
              "e-mail: {E:jw.hazenberg}@kpnmail.nl"),
        ("space", 12),
        ("p", "Aan het college van burgemeester en wethouders van Ede\nAfdeling Vergunningen\nPostbus 9022, 6710 HK Ede"),
        ("space", 12),
        ("p", "Ede, 18 juni 2025\nBetreft: zienswijze ontwerp-omgevingsvergunning azc Nieuwe Kazernelaan (zaak Z-2025-002980)"),
        ("p", "Geacht college,"),
        ("p", "Wij wonen op ongeveer 300 meter van de beoogde locatie en brengen hierbij onze zienswijze naar voren. "
              "Wij zijn niet tegen opvang, maar wel tegen de omvang van 400 personen op één terrein."),
        ("p", "1. Verkeer. De Nieuwe Kazernelaan is smal en wordt gebruikt door schoolgaande kinderen van De Schakel.\n"
              "2. Participatie. De klankbordgroep gaat alleen over de noodopvang; voor het azc is geen apart traject gestart.\n"
              "3. Stikstof. Wij vragen om inzage in het onderzoek naar de depositie op de Veluwe."),
        ("p", "Onze dochter {P:Fleur} heeft {H:een auto-immuunziekte} en is daardoor kwetsbaar bij uitbraken van infectieziekten, "
              "zoals de scabiës op de noodopvang."),
        ("pb",),
        ("p", "Wij verzoeken u de vergunning te weigeren dan wel te beperken tot 250 personen. Wij willen graag worden gehoord."),
        ("p", "Met vriendelijke groet,"),
        ("sig", 2021),
        ("p", "{P:J.W. Hazenberg}"),
        ("sig", 2022),
        ("p", "{P:M. Hazenberg-Pruim}"),
        ("p", "Bijlage: foto's van de verkeerssituatie. Telefonisch bereikbaar op {T:06-47 20 95 16}."),
    ],
})

# ------------------------------------------------------------------ mx21 bewonersbrief (reportlab, keep-heavy)
DOCS.append({
    "id": "mx21", "producer": "rl", "font": "LiberationSans", "size": 10.5,
    "meta": {"title": "Bewonersbrief noodopvang", "author": "Gemeente Ede"},
    "header": "⟦O:Gemeente Ede⟧ en ⟦O:COA⟧ - bewonersbrief",
    "blocks": [
        ("p", "Aan de bewoners en ondernemers van de Frankeneng, de Klaphekkenweg, de Bosrand en de Hindelaan"),
        ("p", "Ede, ⟦M:16 januari 2025⟧"),
        ("h", "Tijdelijke noodopvang voor asielzoekers aan de Frankeneng"),
        ("p", "Beste buurtbewoner,"),
        ("p", "Het college van ⟦O:gemeente Ede⟧ heeft besloten om samen met het ⟦O:Centraal Orgaan opvang asielzoekers⟧ (⟦O:COA⟧) "
              "tijdelijk asielzoekers op te vangen in het kantoorgebouw aan de ⟦X:Frankeneng 120⟧. Vanaf begin maart wonen er "
              "maximaal 250 mensen, vooral gezinnen. Wij begrijpen dat u vragen heeft."),
        ("p", "Daarom nodigen wij u uit voor een informatieavond op dinsdag ⟦M:28 januari 2025⟧ van 19.30 tot 21.30 uur in "
              "⟦X:De Reehorst⟧, ⟦X:Bennekomseweg 24⟧. ⟦F:burgemeester Verhulst⟧ en ⟦F:wethouder Dorrestijn⟧ zijn aanwezig, net als "
              "medewerkers van het ⟦O:COA⟧, de ⟦O:Politie Oost-Nederland⟧ en de ⟦O:GGD Gelderland-Midden⟧."),
        ("p", "Wilt u meedenken? Meld u dan aan voor de ⟦T:klankbordgroep⟧ via ⟦U:opvang@ede.nl⟧. Meer informatie vindt u op "
              "⟦U:www.ede.nl/opvang⟧ en op ⟦U:www.coa.nl⟧. Bellen kan met ⟦S:14 0318⟧ (gemeente) of de buurtlijn van het ⟦O:COA⟧, "
              "⟦S:088 715 74 40⟧."),
        ("p", "Uw contactpersoon bij de gemeente is {P:Thijs Oudeboon}, omgevingsmanager. U kunt hem ook rechtstreeks bellen: "
              "{T:06-29 33 17 45}."),
        ("p", "Met vriendelijke groet,"),
        ("sig", 2101, "⟦F:wethouder Dorrestijn⟧, wethouder Opvang en Integratie"),
        ("p", "mede namens {P:Wouter Rijnsburger}, locatiemanager ⟦O:COA⟧"),
    ],
})

# ------------------------------------------------------------------ mx22 notitie medische urgentie (reportlab)
DOCS.append({
    "id": "mx22", "producer": "rl", "font": "DejaVuSerif", "size": 9.5,
    "meta": {"title": "Notitie urgentie huisvesting", "author": "Team Wonen"},
    "blocks": [
        ("title", "Notitie: verzoek medische urgentie vergunninghouder"),
        ("kv", [("Aan", "{P:Carla Mijnsbergen}, afdelingshoofd Wonen"), ("Van", "{P:Fatima El Ouardi}"),
                ("Datum", "⟦M:10 maart 2025⟧"), ("Zaak", "⟦R:Z-2025-001588⟧")]),
        ("h", "Betrokkene"),
        ("kv", [("Naam", "{P:Samir Haddad}"), ("V-nummer", "{V:2603 771 290}"), ("BSN", "{B:BSN_HADDAD}"),
                ("Geboortedatum", "{D:22-07-1996}"), ("Verblijf", "azc Arnhem-Groene Weide, gekoppeld aan Ede per 13-01-2025")]),
        ("h", "Verzoek"),
        ("p", "De heer {P:Haddad} is sinds een ongeval in 2022 {H:rolstoelgebonden (dwarslaesie)} en heeft een gelijkvloerse, "
              "rolstoeltoegankelijke woning nodig. Het ⟦O:GZA⟧ adviseert daarnaast {H:thuiszorg voor wondverzorging}. "
              "De ⟦O:Wmo⟧-consulent ({P:Bas Roerdink}) heeft een woningaanpassing beoordeeld."),
        ("h", "Advies"),
        ("p", "Unit 14 aan de Nieuwe Kazernelaan is gelijkvloers en per ⟦M:14 maart 2025⟧ beschikbaar. Ik adviseer de heer {P:Haddad} "
              "daar tijdelijk te huisvesten, in afwachting van een aangepaste woning van ⟦O:Woonstede⟧. De kosten van de aanpassing "
              "komen ten laste van de ⟦W:Wet maatschappelijke ondersteuning 2015⟧."),
        ("p", "Paraaf: {P:FEO} ⟦M:10-03-2025⟧      Akkoord afdelingshoofd: {P:CMi} ⟦M:11-03-2025⟧"),
    ],
})
