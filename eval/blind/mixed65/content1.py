"""Documents cs01-cs11 of set mixed65 (markup: [[redact|K]] and {{keep|K}}; see lib.py)."""
DOCS = []
D = DOCS.append

# ------------------------------------------------------------------ cs01 subsidy decision theatre, Zwolle
D({"id": "cs01_zwolle_beschikking_theater", "producer": "reportlab Helvetica (standard-14)", "font": "helvetica",
   "logo": "{{Gemeente Zwolle}}", "footer": "{{Gemeente Zwolle}} - Postbus 10007 - 8000 GA Zwolle - telefoon {{14 038|S}}",
   "title": "Beschikking subsidie 2025 Theatergroep Vechtlicht", "author": "",
   "post": {"info": {"Author": "Nadia Lachkar-Bos"}},
   "hidden": [("metadata", "Nadia Lachkar-Bos", "P")],
   "blocks": [
    ("p", "Stichting Theatergroep Vechtlicht\nt.a.v. mevrouw [[E. Bakker-Sital]]\nThorbeckegracht 11\n8011 VL Zwolle"),
    ("sp", 10),
    ("t", [["Datum", "Ons kenmerk", "Uw aanvraag van", "Behandeld door"],
           ["{{14 maart 2025|M}}", "{{Z/25/418772|K}}", "{{3 december 2024|M}}", "[[R.H. Scholte-Wiersma]]"]], [1, 1, 1, 1.3]),
    ("p", "Onderwerp: subsidieverlening Meerjarige Cultuurregeling 2025, dossier {{SUB-2025-0193|K}}"),
    ("p", "Geachte mevrouw [[Bakker-Sital]],"),
    ("p", "Op {{3 december 2024|M}} ontvingen wij uw aanvraag voor een subsidie in het kader van de {{Meerjarige Cultuurregeling Zwolle|G}} voor het jaar 2025. "
          "Met deze brief besluiten wij, het college van burgemeester en wethouders van {{Zwolle|L}}, op uw aanvraag. "
          "Bij de beoordeling hebben wij de {{Algemene subsidieverordening Zwolle 2022|W}} en de beleidsregels cultuur toegepast."),
    ("h2", "Besluit"),
    ("p", "Wij verlenen Stichting Theatergroep Vechtlicht (KvK-nummer {{71439208|C}}) een subsidie van ten hoogste {{EUR 84.500|Q}} voor de activiteiten "
          "zoals beschreven in uw activiteitenplan 'Stroomopwaarts'. Het bedrag wordt in vier termijnen overgemaakt op rekeningnummer "
          "[[NL86 RABO 3326 1458 70|I]] ten name van de stichting."),
    ("p", "In uw aanvraag noemt u als artistiek leider de heer [[Joram Kwakernaak]] en als zakelijk contactpersoon uzelf. "
          "Wij vragen u wijzigingen in de bezetting van deze functies binnen vier weken aan ons door te geven."),
    ("h2", "Verplichtingen"),
    ("p", "- u voert minimaal 38 voorstellingen uit, waarvan ten minste 12 in de wijken {{Holtenbroek|L}} en {{Stadshagen|L}};\n"
          "- u werkt samen met {{Stichting Openbare Bibliotheek Zwolle|O}} en het {{Academiehuis Grote Kerk|O}};\n"
          "- u dient uiterlijk {{1 juni 2026|M}} een inhoudelijk en financieel verslag in via het subsidieloket."),
    ("pb",),
    ("h2", "Toelichting"),
    ("p", "Uw aanvraag is op {{22 januari 2025|M}} besproken in de adviescommissie cultuur. De commissie, met als secretaris "
          "[[Wout Hekman]], adviseerde positief, met de kanttekening dat de publieksbereiking in de wijken beter onderbouwd moet worden. "
          "{{Wethouder Bakker|R}} (cultuur) heeft het advies op {{4 februari 2025|M}} met u en de heer [[Kwakernaak]] besproken."),
    ("p", "Voor vragen over deze beschikking kunt u contact opnemen met [[R.H. Scholte-Wiersma]], beleidsadviseur cultuur, telefoon "
          "[[038 498 7213|T]] of e-mail [[r.scholte-wiersma@zwolle.nl|E]]. Vermeld daarbij het kenmerk {{Z/25/418772|K}}. "
          "Algemene vragen over subsidies kunt u ook richten aan {{subsidies@zwolle.nl|X}}."),
    ("h2", "Bezwaar"),
    ("p", "Bent u het niet eens met dit besluit, dan kunt u binnen zes weken na de verzenddatum bezwaar maken bij het college van burgemeester "
          "en wethouders van {{Zwolle|L}}, op grond van de {{Algemene wet bestuursrecht|W}}."),
    ("p", "Met vriendelijke groet,\nburgemeester en wethouders van {{Zwolle|L}},\nnamens dezen,\n\n{{M. Bakker|R}}\nwethouder Cultuur, Erfgoed en Evenementen"),
    ("p", "Afschrift: [[Joram Kwakernaak]], artistiek leider; team Subsidies"),
]})

# ------------------------------------------------------------------ cs02 museum, Provincie Gelderland (docx)
D({"id": "cs02_gelderland_museum_verlening", "producer": "LibreOffice Writer (python-docx .docx)", "kind": "docx",
   "author": "Provincie Gelderland", "title": "Subsidieverlening Erfgoed Museum De Hezelburcht",
   "header": "{{Provincie Gelderland}} | Afdeling Cultuur en Erfgoed",
   "footer": "Postbus 9090, 6800 GX Arnhem | {{026 359 91 11|S}} | {{post@gelderland.nl|X}}",
   "blocks": [
    ("p", "Stichting Museum De Hezelburcht\nt.a.v. drs. [[M.A. Harmsen-Otten]], directeur\nKerkstraat 2\n6651 BG Druten"),
    ("p", "Arnhem, {{17 april 2025|M}}\nZaaknummer: {{2025-004817|K}}\nOnderwerp: verlening subsidie Gelders Erfgoed 2025-2026"),
    ("p", "Geachte mevrouw [[Harmsen-Otten]],"),
    ("p", "Gedeputeerde Staten van {{Gelderland|L}} hebben uw aanvraag van {{28 januari 2025|M}} voor de regeling {{Erfgoed en Cultuur Gelderland|G}} "
          "beoordeeld. {{Gedeputeerde Harmsen|R}} heeft de aanvraag in de vergadering van {{15 april 2025|M}} ingebracht. Wij verlenen u een "
          "subsidie van {{EUR 126.000|Q}} voor het project 'Het Land van Maas en Waal in 100 voorwerpen'."),
    ("p", "Uw stichting staat ingeschreven bij de Kamer van Koophandel onder nummer {{41052276|C}}. De subsidie wordt uitbetaald op "
          "[[NL75 INGB 0007 4893 01|I]]. Als projectleider vermeldt u [[Koen van 't Hek]] ([[koen@hezelburcht.nl|E]], [[06-41 22 87 90|T]])."),
    ("h2", "Voorwaarden"),
    ("p", "1. U werkt samen met {{Erfgoed Gelderland|O}} en het {{Gelders Archief|O}}.\n2. U betrekt ten minste drie basisscholen uit de gemeente "
          "{{Druten|L}} bij het educatieprogramma.\n3. U meldt een vertraging van meer dan drie maanden direct aan de provincie."),
    ("p", "De vrijwilligerscoördinator, mevrouw [[Sjaan Geurts]], heeft in het gesprek van {{6 maart 2025|M}} toegelicht dat de collectie van "
          "wijlen de heer [[Th. (Theo) Verwoerd]] in bruikleen wordt gegeven door zijn dochter [[Annemieke Verwoerd]]. Wij vragen u de "
          "bruikleenovereenkomst bij het eerste voortgangsverslag te voegen."),
    ("pb",),
    ("h2", "Verantwoording"),
    ("p", "U legt verantwoording af volgens artikel 2.10 van de {{Algemene subsidieverordening Gelderland|W}}. Voor subsidies boven "
          "{{EUR 125.000|Q}} is een controleverklaring van een accountant vereist."),
    ("p", "Hebt u vragen? Neem contact op met uw contactpersoon [[Pieter-Jan Roelofsen]], telefoon [[026 359 87 41|T]], e-mail "
          "[[pj.roelofsen@gelderland.nl|E]], of met het team Subsidies via {{subsidies@gelderland.nl|X}}."),
    ("p", "Gedeputeerde Staten van {{Gelderland|L}},\nnamens dezen,\n\n[[drs. H.J. (Henk) Wolters-Ramdin]]\nteammanager Cultuur en Erfgoed"),
    ("p", "Dit besluit is elektronisch vastgesteld en daarom niet ondertekend. Bezwaar kan binnen zes weken."),
]})

# ------------------------------------------------------------------ cs03 application form sports club, form fields (canvas)
D({"id": "cs03_tilburg_aanvraagformulier_sport", "producer": "reportlab canvas with AcroForm text fields", "kind": "form",
   "title": "Aanvraagformulier Sportstimuleringssubsidie 2025",
   "blocks": [
    ("h", "{{Gemeente Tilburg}} - Aanvraagformulier {{Sportstimuleringssubsidie|G}} 2025"),
    ("p", "Stuur dit formulier naar {{sport@tilburg.nl|X}} of bel {{14 013|S}}. Zaaknummer na ontvangst: {{SPT-25-0771|K}}."),
    ("p", "Vereniging: Tilburgse Hockey en Racketclub Reeshof (KvK {{40256191|C}})"),
    ("p", "Activiteit: {{Beweegmaatje|G}} voor kinderen uit {{Tilburg-Noord|L}}, start {{1 september 2025|M}}"),
    ("p", "Gevraagd bedrag: {{EUR 7.400|Q}}"),
   ],
   "fields": [("contact_naam", "Naam contactpersoon", "Kübra Aydin-Verhoeven", "P"),
              ("contact_tel", "Telefoon", "06 1953 7702", "T"),
              ("contact_mail", "E-mail", "kubra.aydin@thrr-reeshof.nl", "E"),
              ("penningmeester", "Penningmeester", "L.F.M. Donkers", "P"),
              ("rekening", "IBAN vereniging", "NL95ABNA0561204378", "I"),
              ("trainer", "Hoofdtrainer", "Sven Dijkhuizen", "P"),
              ("trainer_geb", "Geboortedatum hoofdtrainer", "12-08-1994", "D")],
   "hidden": [("annotations", "Kübra Aydin-Verhoeven", "P"), ("annotations", "06 1953 7702", "T"),
              ("annotations", "kubra.aydin@thrr-reeshof.nl", "E"), ("annotations", "L.F.M. Donkers", "P"),
              ("annotations", "NL95ABNA0561204378", "I"), ("annotations", "Sven Dijkhuizen", "P"),
              ("annotations", "12-08-1994", "D")],
   "tail": ["Handtekening: ________________    Datum: ________________",
            "De gemeente verwerkt uw gegevens volgens de {{Algemene verordening gegevensbescherming|W}}."],
})

# ------------------------------------------------------------------ cs04 objection letter club chairman (docx)
D({"id": "cs04_bezwaar_voorzitter_voetbalclub", "producer": "LibreOffice Writer (python-docx .docx)", "kind": "docx",
   "author": "Gijs Leenhouts", "title": "bezwaar subsidie",
   "hidden": [("metadata", "Gijs Leenhouts", "P")],
   "dfont": "DejaVu Serif",
   "blocks": [
    ("p", "[[H.W. Vermeulen]]\n[[Oude Kerkweg 87|A]]\n[[4813 LK|A]] Breda\n[[076-5219034|T]]\n[[hw.vermeulen@ziggo.nl|E]]"),
    ("p", "Aan het college van burgemeester en wethouders van Breda\nt.a.v. de bezwaarcommissie\nPostbus 90156\n4800 RH Breda"),
    ("p", "Breda, {{9 juni 2025|M}}\nBetreft: bezwaar tegen besluit {{BR-2025-11408|K}} (afwijzing subsidie kunstgrasveld)"),
    ("p", "Geachte leden van de commissie,"),
    ("p", "Als voorzitter van {{RKSV Boeimeer|O}} maak ik bezwaar tegen het besluit van {{2 mei 2025|M}}. Ik doe dit ook namens onze "
          "penningmeester, mevrouw [[Farida el Khattabi]], en de jeugdvoorzitter, de heer [[Bram Ooms]]."),
    ("p", "In het besluit staat dat wij niet voldoen aan de eis van de {{Subsidieregeling Sportaccommodaties Breda 2024|W}} omdat onze "
          "jeugdafdeling te klein zou zijn. Dat klopt niet: wij hebben 312 jeugdleden. Wethouder {{Van Dongen|R}} heeft dit tijdens het "
          "werkbezoek van {{14 februari 2025|M}} zelf gezien. Uw medewerker, de heer [[Ruud Claassen]], heeft in zijn e-mail van "
          "{{18 maart 2025|M}} ook bevestigd dat de ledenlijst compleet was."),
    ("p", "Ik wil graag worden gehoord. Onze eigen bijdrage van {{EUR 60.000|Q}} staat klaar op rekening [[NL58 TRIO 2197 7465 21|I]]. "
          "De vereniging staat bij de KvK ingeschreven onder {{40281347|C}}."),
    ("p", "Voor contact ben ik overdag bereikbaar op [[06 2384 1160|T]]. Mijn zoon [[Thijs Vermeulen]] (geboren [[4 november 2011|D]]) speelt in "
          "JO14-1; ik noem dat omdat de commissie misschien vraagt of ik een persoonlijk belang heb."),
    ("p", "Met vriendelijke groet,\n\n[[H.W. Vermeulen]]\nvoorzitter {{RKSV Boeimeer|O}}"),
    ("p", "Bijlage: ledenlijst jeugd per {{1 mei 2025|M}} (niet meegezonden in deze versie)"),
]})

# ------------------------------------------------------------------ cs05 youth care escalation e-mails part 1
D({"id": "cs05_arnhem_jeugd_escalatie_mail1", "producer": "reportlab DejaVuSans (TrueType subset)", "font": "dejavu", "size": 9.5,
   "title": "RE: escalatie casus gezin Öztürk-Jansen",
   "blocks": [
    ("pre", "Van:       [[Esra Yıldırım|P]] <[[e.yildirim@arnhem.nl|E]]>\nVerzonden: dinsdag {{11 februari 2025|M}} 16:42\nAan:       [[Bart-Jan Roozendaal]] <[[bj.roozendaal@pluryn.nl|E]]>\nCC:        [[Mirjam Teunissen]] <[[m.teunissen@arnhem.nl|E]]>; {{jeugdteam.centrum@arnhem.nl|X}}\nOnderwerp: RE: escalatie casus gezin [[Öztürk-Jansen]] - {{JZ-ARN-2025-0062|K}}"),
    ("p", "Hoi [[Bart-Jan]],"),
    ("p", "Dank voor je snelle reactie. Ik zet even op een rij waar we staan, want ik wil dit morgen bij de teamleider neerleggen."),
    ("p", "Het gaat om [[Defne Öztürk]] (geboren [[17-06-2013|D]], BSN [[234567818|B]]) en haar broertje [[Kerem Öztürk]] "
          "(geboren [[02-10-2016|D]]). Moeder is [[Sanne Jansen]], vader [[Mehmet Öztürk]]. De ouders wonen sinds november gescheiden; "
          "moeder en de kinderen verblijven tijdelijk bij oma op [[Sonsbeeksingel 74-2|A]] in Arnhem."),
    ("p", "[[Defne]] heeft een vastgestelde [[posttraumatische stressstoornis|H]] en staat sinds {{augustus 2024|M}} op de wachtlijst "
          "voor traumabehandeling bij jullie. [[Kerem]] heeft [[ADHD|H]] en gebruikt [[methylfenidaat|H]]; de huisarts, "
          "[[dokter Brinkhorst]], maakt zich zorgen omdat de medicatie sinds de verhuizing niet meer wordt opgehaald."),
    ("p", "School (basisschool {{De Kleine Prins|O}}) meldt dat [[Defne]] sinds januari veertien dagen afwezig was. De intern begeleider, "
          "[[mevrouw Van Lienden]], heeft op {{6 februari 2025|M}} een zorgmelding gedaan."),
    ("p", "Mijn vraag aan jullie: kan [[Defne]] met voorrang worden ingepland? Als dat niet lukt, wil ik het opschalen naar het "
          "escalatieoverleg van de regio {{Centraal Gelderland|L}} en overwegen we een melding bij {{Veilig Thuis Gelderland-Midden|O}}."),
    ("p", "Groet,\n[[Esra]]\n\n[[Esra Yıldırım|P]]\nconsulent jeugd | Team Jeugd en Gezin\n{{Gemeente Arnhem}}\nT [[026 377 4418|T]] | M [[+31 6 5107 2286|T]]\nbereikbaar ma-di-do"),
    ("pre", "-----Oorspronkelijk bericht-----\nVan: [[Bart-Jan Roozendaal]] <[[bj.roozendaal@pluryn.nl|E]]>\nVerzonden: maandag {{10 februari 2025|M}} 09:15\nAan: [[Esra Yıldırım|P]]\nOnderwerp: escalatie casus gezin [[Öztürk-Jansen]]"),
    ("p", "Beste [[Esra]],"),
    ("p", "Ik heb je voicemail ontvangen. De wachttijd voor traumabehandeling bij {{Pluryn|O}} is op dit moment 22 weken. Onze "
          "gedragswetenschapper [[drs. Lotte Abbink]] heeft het dossier van [[Defne]] opnieuw bekeken en ziet een verhoogd risico, "
          "mede vanwege de [[depressieve klachten van moeder|H]]. Zij stelt een overbruggingsbegeleiding voor door onze ambulant "
          "hulpverlener [[Quincy Pinas]], twee keer per week."),
    ("p", "Ik hoor graag of de gemeente de beschikking ({{JZ-ARN-2025-0062|K}}) daarvoor kan aanpassen.\n\nMet vriendelijke groet,\n[[Bart-Jan Roozendaal]]\nzorgcoördinator | {{Pluryn|O}} regio Arnhem\n[[06-28 44 91 03|T]]"),
]})

# ------------------------------------------------------------------ cs06 youth care escalation part 2, Veilig Thuis
D({"id": "cs06_arnhem_veilig_thuis_mail2", "producer": "reportlab Liberation Sans (TrueType subset)", "font": "libsans", "size": 10,
   "title": "FW: melding Veilig Thuis",
   "blocks": [
    ("pre", "From:    [[Mirjam Teunissen]]\nSent:    {{13 februari 2025|M}} 11:03\nTo:      {{wethouder Öztürk|R}} (secretariaat: {{secretariaat.college@arnhem.nl|X}})\nCc:      [[Esra Yıldırım|P]]; [[Hans Doornbos]]\nSubject: FW: melding Veilig Thuis - {{JZ-ARN-2025-0062|K}}"),
    ("p", "Beste wethouder,"),
    ("p", "Ter informatie, omdat u op {{20 februari 2025|M}} het bestuurlijk overleg met {{Pluryn|O}} en {{Karakter|O}} heeft. Dit is een "
          "casus waarin de wachtlijst direct tot een onveilige situatie heeft geleid. U kent de familie niet: de vader van de kinderen, "
          "[[Mehmet Öztürk]], is geen familie van u, zo is nagegaan."),
    ("p", "Samenvatting: {{Veilig Thuis Gelderland-Midden|O}} heeft op {{12 februari 2025|M}} de melding van onze consulent in behandeling "
          "genomen. Aandachtsfunctionaris [[Gerda Wieringa-Sloot]] heeft contact gehad met moeder, [[mevrouw Jansen]], en met de "
          "grootmoeder, [[mevrouw H. Jansen-Baars]]. Er zijn zorgen over [[alcoholgebruik van vader|H]] en een eerdere "
          "[[politiemelding wegens huiselijk geweld in 2023|H]]."),
    ("pre", "---------- Doorgestuurd bericht ----------\nVan: [[Gerda Wieringa-Sloot]] <[[g.wieringa@vtgm.nl|E]]>\nDatum: wo {{12 februari 2025|M}} 17:20\nAan: [[e.yildirim@arnhem.nl|E]]\nOnderwerp: melding {{VT-25-018834|K}}"),
    ("p", "Beste mevrouw [[Yıldırım|P]],"),
    ("p", "Uw melding over [[Defne Öztürk]] en [[Kerem Öztürk]] is geregistreerd onder {{VT-25-018834|K}}. Wij starten een onderzoek. "
          "Mijn collega [[Jurre Mulder]] neemt contact op met de school en met de huisarts. Moeder heeft aangegeven dat zij de medicatie van "
          "[[Kerem]] niet kan betalen; dit nemen we mee."),
    ("p", "Tot de uitkomst van het onderzoek vragen wij de gemeente om de overbruggingsbegeleiding door [[Quincy Pinas]] niet te "
          "laten wachten op de nieuwe beschikking. Voor spoed zijn wij 24/7 bereikbaar via {{0800-2000|S}}; mij kunt u rechtstreeks "
          "bellen op [[026 844 02 17|T]]."),
    ("p", "Met vriendelijke groet,\n[[Gerda Wieringa-Sloot]]\naandachtsfunctionaris | {{Veilig Thuis Gelderland-Midden|O}}"),
    ("pb",),
    ("pre", "Van: [[Hans Doornbos]] <[[hans.doornbos@arnhem.nl|E]]>\nVerzonden: donderdag {{13 februari 2025|M}} 14:51\nAan: [[Mirjam Teunissen]]\nOnderwerp: RE: FW: melding Veilig Thuis"),
    ("p", "[[Mirjam]], akkoord met aanpassing van de beschikking per {{17 februari 2025|M}}. Zet je de wijziging in Suite4Jeugd? "
          "Voor het bestuurlijk overleg maak ik een geanonimiseerde versie van de casus; namen van de kinderen en de diagnoses laat ik eruit. "
          "Ik stem met [[Lisanne]] van Communicatie af of {{wethouder Öztürk|R}} hierover iets zegt in de commissie {{Samenleving|O}} van "
          "{{3 maart 2025|M}}."),
    ("p", "[[Hans Doornbos]]\nteamleider Jeugd en Gezin\n{{Gemeente Arnhem}} | telefoon algemeen {{14 026|S}}"),
]})

# ------------------------------------------------------------------ cs07 memo to wethouder, paraph table (docx)
D({"id": "cs07_arnhem_memo_wethouder_jeugd", "producer": "LibreOffice Writer (python-docx .docx)", "kind": "docx",
   "author": "Hans Doornbos", "title": "Memo wachtlijsten jeugdhulp",
   "hidden": [("metadata", "Hans Doornbos", "P")],
   "blocks": [
    ("h", "Memo"),
    ("t", [["Aan", "{{wethouder Öztürk|R}} (Jeugd, Onderwijs en Sport)"],
           ["Van", "Team Jeugd en Gezin, [[H. Doornbos]]"],
           ["Datum", "{{18 februari 2025|M}}"],
           ["Kenmerk", "{{2025-0218-JG|K}}"],
           ["Onderwerp", "Wachtlijsten specialistische jeugdhulp en bestuurlijk overleg {{20 februari 2025|M}}"]]),
    ("h2", "Aanleiding"),
    ("p", "Op {{20 februari 2025|M}} overlegt u met de bestuurders van {{Pluryn|O}} en {{Karakter|O}}. In dit memo vatten wij de stand van de "
          "wachtlijsten samen en geven wij een geanonimiseerde casus uit de escalatieprocedure."),
    ("h2", "Kern"),
    ("p", "In de regio {{Centraal Gelderland|L}} wachten 164 kinderen langer dan de treeknorm op traumabehandeling. De {{Hervormingsagenda Jeugd|G}} "
          "vraagt de regio om uiterlijk 2026 een regionaal expertiseteam te hebben. Staatssecretaris {{Karremans|R}} heeft in zijn brief van "
          "{{19 december 2024|M}} aangegeven dat gemeenten hiervoor geen extra middelen krijgen."),
    ("p", "Casus (geanonimiseerd voor het overleg; dit memo bevat de volledige gegevens): meisje van 11 jaar, [[Defne Öztürk]], "
          "[[PTSS|H]], 26 weken wachttijd; broertje [[Kerem|P]], [[ADHD|H]]. Melding bij {{Veilig Thuis Gelderland-Midden|O}} op {{12 februari 2025|M}}."),
    ("h2", "Geadviseerd besluit"),
    ("p", "Aan de wethouder wordt gevraagd:\n1. in te stemmen met de inzet in het bestuurlijk overleg (bijlage 1);\n2. kennis te nemen van de casus."),
    ("h2", "Informatie die niet openbaar gemaakt kan worden"),
    ("p", "[nog in te vullen]"),
    ("pb",),
    ("h2", "Paraaf"),
    ("t", [["Naam", "Functie", "Paraaf", "Datum"],
           ["[[H. Doornbos]]", "teamleider Jeugd en Gezin", "[[HDo|U]]", "{{18-02-2025|M}}"],
           ["[[C.M. van der Poel-Amrani]]", "afdelingsmanager Maatschappelijke Ontwikkeling", "[[CvdP|U]]", "{{18-02-2025|M}}"],
           ["[[Y. Boateng]]", "juridisch adviseur", "[[YB|U]]", "{{19-02-2025|M}}"],
           ["[[Teunissen]]", "beleidsadviseur jeugd", "[[MTe|U]]", "{{18-02-2025|M}}"]]),
    ("p", "Kopie aan: [[Esra Yıldırım|P]] (consulent), [[Lisanne Hofstede]] (Communicatie)"),
    ("p", "Bijlage 1: inzet bestuurlijk overleg jeugdhulp {{Centraal Gelderland|L}}"),
]})

# ------------------------------------------------------------------ cs08 Teams chat export
D({"id": "cs08_arnhem_teams_chat_jeugdteam", "producer": "reportlab DejaVuSansCondensed (TrueType subset)", "font": "dejavucond", "size": 9.5,
   "title": "Chat export - Jeugdteam Centrum",
   "header": "Microsoft Teams - chatexport - 'Jeugdteam Centrum (intern)' - geexporteerd {{24-02-2025|M}}",
   "blocks": [
    ("h2", "Jeugdteam Centrum (intern)"),
    ("t", [["Tijd", "Afzender", "Bericht"],
           ["{{12-02-2025|M}} 08:31", "[[Esra Yıldırım|P]]", "goedemorgen! melding bij VT is eruit gisteravond, zaak [[Defne|P]] loopt"],
           ["{{12-02-2025|M}} 08:33", "[[Nienke Prins]]", "top. heb jij de school al gebeld? [[juf Saskia]] vroeg ernaar"],
           ["{{12-02-2025|M}} 08:40", "[[Esra Yıldırım|P]]", "nog niet, doe ik na de intake van 9u met [[fam. Wiersema]]"],
           ["{{12-02-2025|M}} 09:58", "[[Rachid Bouzambou]]", "@[[Esra]] vader van [[Defne|P]] belde net de balie, erg boos. wil jou spreken. nummer [[06 4478 2291|T]]"],
           ["{{12-02-2025|M}} 10:02", "[[Esra Yıldırım|P]]", "ok dank [[Rachid]], bel ik terug met [[Hans]] erbij"],
           ["{{12-02-2025|M}} 10:05", "[[Hans Doornbos]]", "prima. niets toezeggen over de wachtlijst. {{wethouder Öztürk|R}} wil een update vóór het BO van {{20 feb|M}}"],
           ["{{12-02-2025|M}} 11:47", "[[Nienke Prins]]", "btw [[Kerem|P]] zat vandaag weer zonder medicatie op school volgens [[juf Saskia]]"],
           ["{{12-02-2025|M}} 11:49", "[[Esra Yıldırım|P]]", "noteer ik in het dossier {{JZ-ARN-2025-0062|K}}"],
           ["{{13-02-2025|M}} 15:12", "[[Mirjam Teunissen]]", "memo voor wethouder staat in de map, graag paraaf [[Hans]] en [[Yaw]] vandaag"],
           ["{{13-02-2025|M}} 15:20", "[[Yaw Boateng]]", "kijk ik na 16u naar, zit nu in overleg met {{Karakter|O}}"],
           ["{{14-02-2025|M}} 09:01", "[[Rachid Bouzambou]]", "nieuwe aanmelding via huisarts [[dr. Ploeger]]: [[Milan Kowalczyk|P]] ([[08-03-2010|D]]), [[eetstoornis|H]], moeder [[Agnieszka Kowalczyk|P]] [[06-1180 3345|T]]"],
           ["{{14-02-2025|M}} 09:04", "[[Nienke Prins]]", "pak ik op, ken het gezin van de {{Sportbuurtcoach|G}}-groep in {{Presikhaaf|L}}"],
           ["{{14-02-2025|M}} 09:30", "[[Esra Yıldırım|P]]", "thx [[Nien]]! ik ben vrijdag vrij, [[Rachid]] neemt mijn telefoon over"]], [1.1, 1.3, 4.2]),
    ("p", "Einde van de export. Berichten die ouder zijn dan 90 dagen zijn niet opgenomen."),
]})

# ------------------------------------------------------------------ cs09 sports council minutes, Leeuwarden
D({"id": "cs09_leeuwarden_sportraad_verslag", "producer": "reportlab Times-Roman (standard-14) with outline", "font": "times", "size": 10.5,
   "title": "Verslag Sportraad Leeuwarden 26 maart 2025",
   "post": {"outline": [("Verslag Sportraad 26 maart 2025", 0), ("Actielijst (opgesteld door Wietske Hoekstra-Zijlstra)", 1)]},
   "hidden": [("outline", "Wietske Hoekstra-Zijlstra", "P")],
   "logo": "{{Sportraad Leeuwarden|O}}",
   "blocks": [
    ("h", "Verslag vergadering {{Sportraad Leeuwarden|O}}"),
    ("p", "Datum: {{26 maart 2025|M}}, 19.30-21.45 uur\nLocatie: {{Kalverdijkje|L}}, sportcomplex, bestuurskamer"),
    ("p", "Aanwezig: [[Jelle Dijkstra]] (voorzitter, [[JD|U]]), [[Mariska de Jong-Postma]] ([[MdJ|U]]), [[Abdelkarim Ouali]] ([[AO|U]]), [[Tjitske van der Meer]] ([[TvdM|U]]), "
          "[[R. Sprenger]] ([[RS|U]]), [[Wietske]] (notulist, [[WH|U]])\nNamens de gemeente: [[Jan Terpstra]] (beleidsadviseur sport, [[JT|U]])\n"
          "Gast: wethouder {{De Vries|R}} (Sport), agendapunt 3\nAfwezig met bericht: [[Gerrit-Jan Bouma]], [[Priya Ramcharan]]"),
    ("h2", "1. Opening en mededelingen"),
    ("p", "De voorzitter opent de vergadering. [[JD|U]] meldt dat [[Priya]] met zwangerschapsverlof is tot de zomer. "
          "[[Marco de Vries]] (trainer {{LAC Frisia 1883|O}}) heeft zich aangemeld als kandidaat-lid; hij is geen familie van de wethouder."),
    ("h2", "2. Verslag {{29 januari 2025|M}}"),
    ("p", "Vastgesteld met één wijziging: bij punt 4 moet '[[RS|U]]' zijn '[[AO|U]]'."),
    ("h2", "3. Sportakkoord en Lokaal Preventieakkoord"),
    ("p", "Wethouder {{De Vries|R}} licht het {{Sportakkoord II|G}} toe. De gemeente ontvangt via de {{Brede SPUK|G}} in 2025 "
          "{{EUR 412.000|Q}}. De sportformateur, [[mevrouw Elbrich Hoogland]], stelt voor de helft in te zetten op {{Jongeren op Gezond Gewicht|O}}. "
          "[[TvdM|U]] vraagt hoe de raad wordt betrokken; de wethouder zegt toe dat de raad in juni een informatiebrief krijgt."),
    ("p", "[[MdJ|U]] wijst erop dat de {{Elfstedenhal|L}} in de wintermaanden vol zit. [[JT|U]] bevestigt dat de gemeente met {{SportFryslân|O}} "
          "kijkt naar extra ijsuren. Contact via [[jan.terpstra@leeuwarden.nl|E]] of [[058 233 4712|T]]."),
    ("pb",),
    ("h2", "4. Toegankelijkheid sportverenigingen"),
    ("p", "[[AO|U]] presenteert de enquête onder 41 verenigingen. Drie verenigingen melden dat ouders contributie niet kunnen betalen. "
          "Verwezen wordt naar het {{Jeugdfonds Sport & Cultuur Fryslân|O}}. [[Abdelkarim|P]] deelt een voorbeeld van een gezin uit {{Heechterp|L}}; "
          "de raad spreekt af geen namen van gezinnen in het verslag op te nemen."),
    ("h2", "5. Rondvraag en sluiting"),
    ("p", "[[RS|U]] vraagt aandacht voor de sluiting van zwembad {{De Blauwe Golf|L}} in juli. Volgende vergadering: {{21 mei 2025|M}}."),
    ("h2", "Actielijst"),
    ("t", [["Nr.", "Actie", "Wie", "Wanneer"],
           ["25-07", "Informatiebrief raad over Sportakkoord voorbereiden", "[[JT|U]]", "{{juni 2025|M}}"],
           ["25-08", "Kandidaatstelling [[M. de Vries]] agenderen", "[[JD|U]]", "{{21 mei 2025|M}}"],
           ["25-09", "Enquêteresultaten delen met {{SportFryslân|O}}", "[[AO|U]] / [[TvdM|U]]", "{{15 april 2025|M}}"],
           ["25-10", "Overzicht ijsuren {{Elfstedenhal|L}}", "[[MdJ|U]]", "{{21 mei 2025|M}}"],
           ["25-11", "Verslag rondsturen", "[[WH|U]]", "{{2 april 2025|M}}"]], [0.6, 4, 1.2, 1.3]),
    ("p", "Verslag: [[WH|U]], {{31 maart 2025|M}}"),
]})

# ------------------------------------------------------------------ cs10 letter from parent, Almere (docx)
D({"id": "cs10_almere_brief_ouder_wachtlijst", "producer": "LibreOffice Writer (python-docx .docx)", "kind": "docx",
   "author": "", "title": "Brief wachtlijst", "dfont": "Liberation Serif", "size": 11.5,
   "blocks": [
    ("p", "[[Shanti Ramdin-Kalloe]]\n[[Kopenhagenstraat 118|A]]\n[[1335 BV|A]] Almere\n[[sramdin78@gmail.com|E]]"),
    ("p", "Aan: college van burgemeester en wethouders van Almere\nt.a.v. wethouder {{Koç|R}} (jeugdzorg)\nPostbus 200\n1300 AE Almere"),
    ("p", "Almere, {{23 april 2025|M}}"),
    ("p", "Onderwerp: wachtlijst jeugd-GGZ voor mijn zoon"),
    ("p", "Geachte wethouder {{Koç|R}},"),
    ("p", "Mijn zoon [[Jayden Ramdin]], geboren op [[9 januari 2012|D]], staat sinds {{oktober 2024|M}} op de wachtlijst bij "
          "{{Triversum|O}} voor onderzoek naar [[autisme|H]]. Zijn huisarts en de jeugdconsulent, [[mevrouw Van Bodegraven]], "
          "hebben mij gezegd dat het nog minstens vijf maanden duurt."),
    ("p", "Ondertussen gaat het thuis en op school steeds slechter. [[Jayden]] weigert naar school te gaan en is sinds de kerstvakantie "
          "in totaal zeven weken thuis geweest. Hij heeft [[paniekaanvallen|H]] en slaapt slecht. Zijn vader, [[Ricardo Kalloe]], en ik "
          "zijn gescheiden, maar wij zijn het erover eens dat er nu hulp moet komen."),
    ("p", "Ik heb op {{4 maart 2025|M}} een klacht ingediend bij het {{Jeugdteam Almere Stad|O}} (kenmerk {{KL-2025-0311|K}}), maar daar heb ik "
          "nog geen antwoord op. Ik vraag u om te zorgen dat [[Jayden]] met voorrang wordt geholpen, of dat de gemeente een andere "
          "aanbieder zoekt. Zijn BSN is [[172948538|B]], als u dat nodig heeft."),
    ("p", "U kunt mij bellen op [[06-39 21 47 85|T]] (na 15.00 uur, ik werk in de zorg)."),
    ("p", "Met vriendelijke groet,\n\n[[S. Ramdin-Kalloe]]"),
    ("p", "Kopie: {{Zorgbelang Inclusief|O}}, [[dhr. E. Brouwer]] (cliëntondersteuner)"),
]})

# ------------------------------------------------------------------ cs11 letter from parents, sports hall Haarlem
D({"id": "cs11_haarlem_ouders_sporthal", "producer": "reportlab Liberation Serif (TrueType subset)", "font": "libserif", "size": 11,
   "title": "Brief ouders sporthal",
   "blocks": [
    ("p", "Aan de gemeenteraad en het college van {{Haarlem|L}}\nt.a.v. {{wethouder Bakker|R}} (sport) en de raadscommissie {{Samenleving|O}}"),
    ("p", "Haarlem, {{2 juni 2025|M}}"),
    ("p", "Betreft: voorgenomen sluiting sporthal {{Zuiderpolder|L}}"),
    ("p", "Geachte wethouder, geachte raadsleden,"),
    ("p", "Wij schrijven u als ouders van kinderen die trainen bij {{Handbalvereniging Zuiderpolder|O}} en {{Turnvereniging Haarlem-Oost|O}}. "
          "Via de {{Haarlems Dagblad|O}} lazen wij dat de sporthal na de zomer dichtgaat. Onze kinderen moeten dan naar de "
          "{{Kennemer Sportcenter|L}} fietsen, over de {{Amerikaweg|Y}}, wat voor kinderen van negen gevaarlijk is."),
    ("p", "Onze dochter [[Noor Bakker]] (9) turnt vier keer per week. Zij heeft [[astma|H]] en kan niet altijd fietsen. Andere ouders in "
          "onze straat hebben dezelfde zorgen, zie de handtekeningen hieronder."),
    ("p", "Wij vragen u de sluiting uit te stellen tot er een veilige fietsroute is. Wij willen graag inspreken in de commissie van {{12 juni 2025|M}}."),
    ("p", "Met vriendelijke groet,"),
    ("t", [["Naam", "Adres", "Telefoon"],
           ["[[Ellen Bakker]] en [[Rutger Bakker]]", "[[Zomervaart 212|A]], [[2033 DM|A]]", "[[06-20 94 17 38|T]]"],
           ["[[Fatma Şahin]]", "[[Gedempte Herensingel 9|A]], [[2032 NS|A]]", "[[06 1144 8213|T]]"],
           ["[[K.J. Oudendijk]]", "[[Zomervaart 198|A]], [[2033 DM|A]]", "[[023-5347766|T]]"],
           ["[[Wiktoria Nowak]]", "[[Floris van Adrichemlaan 61|A]], [[2035 TB|A]]", "[[+48 601 223 907|T]]"],
           ["[[Dewi Soerjadi]]", "[[Prins Bernhardlaan 33-zw|A]], [[2032 HA|A]]", "[[06-31 05 56 72|T]]"]], [2, 2.4, 1.5]),
    ("p", "Reacties graag naar [[ellen.bakker.haarlem@outlook.com|E]]. {{Wethouder Bakker|R}} is, voor alle duidelijkheid, geen familie van ons."),
]})
