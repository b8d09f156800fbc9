from lib import Doc

W = "Microsoft® Word voor Microsoft 365"
DOCS = []

DOCS.append(Doc("jz30_mail_secretariaat_wethouder", "rl", [
    "Van: [[Tineke Haverkamp-Jonker]] <[[t.haverkamp@dronten.nl]]>",
    "Verzonden: maandag 16 maart 2026 11:37",
    "Aan: [[Bijleveld, Marco]] <[[m.bijleveld@dronten.nl]]>",
    "CC: {{secretariaatcollege@dronten.nl}}",
    "Onderwerp: FW: brief mevrouw W. aan wethouder",
    "",
    "Hoi [[Marco]],",
    "{{Wethouder Roosenboom}} heeft een kopie van de klachtbrief ontvangen (zie bijlage, gescand door [[Anouk]] van de "
    "postkamer). Zij wil dinsdag in het portefeuilleoverleg weten wat er is misgegaan en of moeder al is gebeld. Zij "
    "wil de moeder niet zelf bellen zolang de klacht loopt; wel wil ze een korte brief sturen dat de klacht in "
    "behandeling is. Kun jij een concept aanleveren?",
    "Groetjes, [[Tineke]]",
    "Secretaresse college | {{gemeente Dronten}} | [[0321 - 388 400]] (direct)",
    "",
    "Van: [[Wiersma, Ilse]] <[[ilse.wiersma82@hotmail.com]]>",
    "Verzonden: zaterdag 14 maart 2026 22:05",
    "Aan: {{info@dronten.nl}}",
    "Onderwerp: brief aan wethouder",
    "",
    "Geachte {{wethouder Roosenboom}}, bijgaand mijn klacht over het wijkteam. Ik hoop dat u hier persoonlijk naar wilt "
    "kijken. Mijn zoon zit al sinds januari thuis. Mijn nummer is [[06 41 82 37 90]]. [[Ilse]]",
], title="FW: brief mevrouw W. aan wethouder", producer="Microsoft Outlook 16.0", creator="Outlook", font="Helvetica",
    author="Haverkamp-Jonker, T."))

DOCS.append(Doc("jz31_raadsinformatiebrief", "docx", [
    "Raadsinformatiebrief",
    "",
    "Aan: de gemeenteraad van Dronten",
    "Van: {{wethouder Roosenboom}} (Jeugd)",
    "Datum: 30 juni 2026",
    "Nummer: {{RIB-2026-044}}",
    "Onderwerp: wachttijden jeugdhulp en werkwijze meldcode wijkteams",
    "",
    "# Aanleiding",
    "Naar aanleiding van de schriftelijke vragen van raadslid {{Wassenaar}} ({{RV-2026-019}}) en het advies van de "
    "{{Klachtencommissie Sociaal Domein}} informeer ik u over de wachttijden in de jeugdhulp en over de aangepaste "
    "werkwijze van de wijkteams.",
    "# Wachttijden",
    "| Aanbieder | Wachttijd mei 2026 | Wachttijd juni 2026 |",
    "| {{Triade Vitree}} | 14 weken | 12 weken |",
    "| {{Accare}} | 9 weken | 9 weken |",
    "| {{Youké}} | 6 weken | 5 weken |",
    "| {{Intermetzo}} | 10 weken | 11 weken |",
    "Binnen {{Jeugdzorg Flevoland}} is afgesproken dat aanbieders bij een melding van {{Veilig Thuis}} binnen tien "
    "werkdagen een intake doen.",
    "# Werkwijze",
    "De beschikking wordt voortaan altijd binnen acht weken genomen. De wijkteams gebruiken daarvoor de werkinstructie "
    "{{Toegang Jeugd 2.1}}. Het {{Expertteam Jeugd}} beoordeelt complexe casussen binnen vijf werkdagen. De teams volgen "
    "een training van het {{Nederlands Jeugdinstituut}} over de {{meldcode}} en het {{afwegingskader}}.",
    "# Vervolg",
    "In de {{Jeugdmonitor Dronten}} rapporteer ik halfjaarlijks over de doorlooptijden.",
    "",
    "Met vriendelijke groet,",
    "Ellen Roosenboom, wethouder Jeugd, Onderwijs en Sport",
    "Ambtelijk contact: [[Marco Bijleveld]], teamleider {{Jeugd en Gezin}}, [[0321 38 84 70]]",
], title="RIB-2026-044", author="Bijleveld, M.", font="DejaVuSans", extra_keep=("Ellen Roosenboom",)))

DOCS.append(Doc("jz32_besluit_woo", "rl", [
    "Gemeente Dronten | {{De Rede 1}} | Postbus 100 | 8250 AC Dronten | {{14 0321}} | {{www.dronten.nl}}",
    "",
    "[[De heer B.J. Molenkamp]]",
    "[[Kamperzand 23]]",
    "[[8254 PK]] Dronten",
    "",
    "Datum: 14 oktober 2026      Kenmerk: {{WOO-2026-0088}}",
    "Onderwerp: besluit op uw verzoek op grond van de {{Wet open overheid}}",
    "",
    "Geachte [[heer Molenkamp]],",
    "Op 2 september 2026 heeft u verzocht om openbaarmaking van documenten over de afhandeling van een klacht over een "
    "vertraagde indicatie voor jeugdhulp in het wijkteam Dronten-Noord. Op 25 september 2026 hebben wij de beslistermijn "
    "met twee weken verdaagd.",
    "# 1. Besluit",
    "Wij maken de documenten die op de inventarislijst staan deels openbaar. Eén document maken wij niet openbaar. "
    "Op de documenten staat met welke weigeringsgrond informatie is weggelakt.",
    "# 2. Zienswijzen",
    "{{Triade Vitree}} heeft geen bezwaar, onder de voorwaarde dat namen en directe nummers van medewerkers worden "
    "weggelakt. De ambulant hulpverlener heeft bezwaar gemaakt tegen openbaarmaking van zijn adres, rekeningnummer en "
    "registratienummer. Wij volgen dat: hij werkt als eenmanszaak vanuit zijn woning. Het uurtarief en het aantal "
    "uren maken wij wel openbaar, omdat het gaat om de besteding van publiek geld.",
    "# 3. Weigeringsgronden",
    "## Persoonlijke levenssfeer (artikel 5.1, tweede lid, onder e, {{Woo}})",
    "De documenten bevatten namen en contactgegevens van medewerkers van de gemeente, van zorgaanbieders, van "
    "{{Veilig Thuis Flevoland}} en van de klachtencommissie, en gegevens over het gezin. Het belang van bescherming "
    "van de persoonlijke levenssfeer weegt zwaarder dan het belang van openbaarheid. Namen van {{wethouder Roosenboom}}, "
    "{{burgemeester Lantinga}}, raadslid {{Wassenaar}}, de gemeentesecretaris en woordvoerder {{Pieter Koning}} maken "
    "wij wel openbaar, omdat zij in hun publieke functie optreden.",
    "## Bijzondere persoonsgegevens (artikel 5.1, eerste lid, onder d, {{Woo}})",
    "Gegevens over de gezondheid van de jeugdige en over een melding van kindermishandeling maken wij niet openbaar. "
    "Deze uitzondering is absoluut.",
    "## Identificatienummers (artikel 5.1, eerste lid, onder e, {{Woo}})",
    "Burgerservicenummers zijn weggelakt.",
    "# 4. Niet openbaar",
    "Het dossier van {{Veilig Thuis}} berust niet bij de gemeente. Het verslag van het huisbezoek (document 14) "
    "bevat vrijwel uitsluitend bijzondere persoonsgegevens; openbaarmaking van de rest zou geen betekenis hebben.",
    "## Informatie die niet openbaar gemaakt kan worden",
    "Zie de inventarislijst.",
    "## Motivering",
    "In de openbaar gemaakte versie van de documenten zijn alle persoonsgegevens van ambtenaren en van derden "
    "geanonimiseerd (5.1.2e), evenals gezondheidsgegevens (5.1.1d) en identificatienummers (5.1.1e).",
    "# 5. Bezwaar",
    "Binnen zes weken na de dag van verzending kunt u bezwaar maken bij het college, Postbus 100, 8250 AC Dronten.",
    "",
    "Hoogachtend,",
    "burgemeester en wethouders van Dronten,",
    "namens dezen,",
    "",
    "[[mr. S. Yıldız]]",
    "Woo-coördinator",
], title="Besluit Woo-verzoek WOO-2026-0088", font="DejaVuSerif", size=11, producer=W, creator=W,
    author="Yildiz, S.", outline=[("Besluit", []), ("Concept Sevda v3 (na opmerkingen Hester)", ["Hester"]),
                                  ("Zienswijzen", [])]))

INV = [
    ("1", "jz01", "Woo-verzoek", "02-09-2026", "deels openbaar", "5.1.2e"),
    ("2", "jz02", "Ontvangstbevestiging", "04-09-2026", "deels openbaar", "5.1.2e"),
    ("3", "jz03", "Klachtbrief", "12-03-2026", "deels openbaar", "5.1.2e, 5.1.1d, 5.1.1e"),
    ("4", "jz04", "E-mail intake klacht", "13-03-2026", "deels openbaar", "5.1.2e"),
    ("5", "jz05", "Memo tijdlijn", "13-03-2026", "deels openbaar", "5.1.2e"),
    ("6", "jz06", "WhatsApp-export wijkteam", "15-01-2026", "deels openbaar", "5.1.2e"),
    ("7", "jz07", "Verslag casusoverleg", "11-12-2025", "deels openbaar", "5.1.2e, 5.1.1d"),
    ("8", "jz08", "Ontvangstbevestiging melding VT", "12-12-2025", "deels openbaar", "5.1.2e, 5.1.1d, 5.1.1e"),
    ("9", "jz09", "Beschikking jeugdhulp", "27-03-2026", "deels openbaar", "5.1.2e, 5.1.1d"),
    ("10", "jz10", "E-mail Triade Vitree", "15-01-2026", "deels openbaar", "5.1.2e"),
    ("11", "jz11", "E-mail Veilig Thuis", "24-03-2026", "deels openbaar", "5.1.2e, 5.1.1d"),
    ("12", "jz12", "Factuur 2026-014", "28-02-2026", "deels openbaar", "5.1.2e"),
    ("13", "jz13", "Factuur 2026-021", "31-03-2026", "deels openbaar", "5.1.2e, 5.1.1d"),
    ("14", "jz14", "Notitie huisbezoek (scan)", "06-11-2025", "niet openbaar", "5.1.1d, 5.1.2e"),
    ("15", "jz15", "Verslag bemiddeling", "07-04-2026", "deels openbaar", "5.1.2e"),
    ("16", "jz16", "Advies klachtencommissie", "02-06-2026", "deels openbaar", "5.1.2e"),
    ("17", "jz17", "Beslisnota", "09-06-2026", "deels openbaar", "5.1.2e"),
    ("18", "jz18", "Besluit op klacht", "12-06-2026", "deels openbaar", "5.1.2e"),
    ("19", "jz19", "Raadsvragen en antwoord", "16-06-2026", "openbaar", "-"),
    ("20", "jz20", "Teams-chat", "16-06-2026", "deels openbaar", "5.1.2e"),
    ("21", "jz21", "Persbericht", "17-06-2026", "openbaar", "-"),
    ("22", "jz22", "Formulier overbrugging", "03-02-2026", "deels openbaar", "5.1.2e, 5.1.1e"),
    ("23", "jz23", "Bereikbaarheidslijst", "01-2026", "deels openbaar", "5.1.2e"),
    ("24", "jz24", "Brief IGJ", "30-06-2026", "deels openbaar", "5.1.2e"),
    ("25", "jz25", "Presentielijst (scan)", "19-05-2026", "deels openbaar", "5.1.2e"),
    ("26", "jz26", "Brief huisarts (scan)", "20-02-2026", "deels openbaar", "5.1.1d, 5.1.2e"),
    ("27", "jz27", "Zienswijze Triade Vitree", "21-09-2026", "deels openbaar", "5.1.2e"),
    ("28", "jz28", "Zienswijze hulpverlener", "22-09-2026", "deels openbaar", "5.1.2e"),
    ("29", "jz29", "Concept besluit (review)", "-", "niet openbaar", "5.2.1"),
    ("30", "jz30", "E-mail secretariaat", "16-03-2026", "deels openbaar", "5.1.2e"),
    ("31", "jz31", "Raadsinformatiebrief", "30-06-2026", "openbaar", "-"),
    ("32", "jz34", "Logboek contactmomenten (export)", "14-03-2026", "deels openbaar", "5.1.2e, 5.1.1d"),
    ("33", "jz35", "E-mail Jeugdzorg Flevoland", "24-06-2026", "deels openbaar", "5.1.2e"),
]

DOCS.append(Doc("jz33_inventarislijst", "rl", [
    "# Inventarislijst Woo-verzoek {{WOO-2026-0088}}",
    "Behorend bij het besluit van 14 oktober 2026. Beoordelaar: [[S. Yıldız]] ([[SY]]), tweede lezing [[H. Brouwer-Lammers]] ([[HBL]]).",
    "",
    "| Nr | Bestand | Document | Datum | Beoordeling | Grond | Opmerking |",
] + [f"| {n} | {{{{{s}}}}} | {t} | {d} | {b} | {g} | {'zienswijze' if n in ('10', '12', '13') else ''} |"
     for n, s, t, d, b, g in INV] + [
    "",
    "Verantwoording: documenten 19, 21 en 31 zijn al openbaar (gemeenteraad, website) en worden volledigheidshalve "
    "opgenomen. Document 29 is een intern concept met persoonlijke beleidsopvattingen.",
], title="Inventarislijst WOO-2026-0088", font="DejaVuSansCondensed", producer="Microsoft® Excel® voor Microsoft 365",
    creator="Microsoft® Excel® voor Microsoft 365", author="Brouwer-Lammers, Hester"))

DOCS.append(Doc("jz34_logboek_contactmomenten", "rl", [
    "# Logboek contactmomenten - export {{Suite4Jeugd}}",
    "Zaak {{JZ-2026-0417}} | Regisseur: [[Oosterhuis, F.]] ([[FO]]) | Export: 14 maart 2026 door [[h.dejong]]",
    "",
    "| Datum | Medewerker | Soort | Notitie |",
    "| 02-10-2025 | [[FO]] | telefoon | Moeder belt via {{Sociaal Loket}}; vraagt hulp voor zoon. Afspraak huisbezoek. |",
    "| 06-11-2025 | [[FO]] / [[NEA]] | huisbezoek | {{Ondersteuningsplan}} besproken. Moeder geeft toestemming voor contact met school en huisarts. |",
    "| 07-11-2025 | [[NEA]] | e-mail | Toestemmingsformulier ontvangen van [[ilse.wiersma82@hotmail.com]]. |",
    "| 20-11-2025 | [[FO]] | aanmelding | Aanmelding {{Triade Vitree}} via {{zorgbemiddeling@triadevitree.nl}}. |",
    "| 04-12-2025 | [[SdRH]] | overleg | IB'er [[Karin Bos-Verweij]] ([[k.bos@janligthartschool.nl]]) meldt blauwe plekken. |",
    "| 11-12-2025 | [[RvtH]] | casusoverleg | Besluit melding {{Veilig Thuis}}; zie verslag. |",
    "| 12-12-2025 | [[SdRH]] | melding | Melding gedaan, {{VT-2025-11873}}. Vader gebeld op [[06-33 91 04 58]]. Moeder niet bereikt. |",
    "| 15-01-2026 | [[FO]] | e-mail | Wachttijd {{Triade Vitree}} 14 weken ([[W. Smit-Nieuwenhuis]]). |",
    "| 16-01-2026 | [[RvtH]] | overleg | Overbrugging met [[G.J. ter Borg]] afgesproken, start 3 februari. |",
    "| 03-02-2026 | [[FO]] | telefoon | Moeder geïnformeerd over overbrugging. Moeder boos over melding VT. |",
    "| 24-02-2026 | [[FO]] | brief | Brief huisarts [[Vreugdenhil]] ontvangen (gescand, zie document 26). |",
    "| 03-03-2026 | [[NEA]] | telefoon | {{Veilig Thuis}} ([[P. Mahabier]]) sluit onderzoek af; overdracht naar wijkteam. |",
    "| 12-03-2026 | [[MB]] | klacht | Klacht ontvangen, doorgezet naar {{Juridische Zaken}}. |",
    "",
    "## Signalen en risicotaxatie",
    "| Datum | Instrument | Uitkomst | Beoordelaar |",
    "| 11-12-2025 | {{LIRIK}} | [[verhoogd risico]] | [[drs. A. Terpstra-Vos]] |",
    "| 03-03-2026 | {{Veiligheidsbeoordeling VT}} | [[geen acute onveiligheid]] | [[P. Mahabier]] |",
    "| 10-03-2026 | {{SDQ}} (ouderversie) | [[score 24, klinisch]] | [[FO]] |",
    "",
    "## Betrokken professionals",
    "| Rol | Naam | Organisatie | Telefoon |",
    "| Huisarts | [[dr. P. Vreugdenhil]] | Huisartsenpraktijk De Rede | [[0321-312 770]] |",
    "| Intern begeleider | [[K. Bos-Verweij]] | {{Jan Ligthartschool}} | [[0321 - 31 64 02]] |",
    "| Leerplichtambtenaar | [[Johan Eshuis]] | {{Leerplicht Flevoland}} | [[06-2299 4517]] |",
    "| Casemanager VT | [[Priscilla Mahabier]] | {{Veilig Thuis Flevoland}} | [[088-3367140]] |",
    "| Zorgbemiddelaar | [[Wouter Smit-Nieuwenhuis]] | {{Triade Vitree}} | [[+31 (0)320 29 47 18]] |",
    "| Ambulant hulpverlener | [[Gerrit-Jan ter Borg]] | eenmanszaak, {{Swifterbant}} | [[06 51 84 22 66]] |",
    "",
    "Leerplicht: [[Daan]] staat sinds 8 januari 2026 ingeschreven maar verzuimt; vrijstelling aangevraagd op grond van "
    "artikel 5 onder a van de {{Leerplichtwet 1969}} ([[psychische redenen]]). Besproken in het {{Zorg Advies Team}} "
    "van de school op 22 januari 2026.",
], title="Logboek JZ-2026-0417", font="DejaVuSansCondensed", size=10.5, producer="JasperReports Library version 6.20.0",
    creator="Suite4Jeugd"))

DOCS.append(Doc("jz35_mail_inkoop_jeugdzorg_flevoland", "rl", [
    "Van: [[Rozendaal, Marjolein]] <[[m.rozendaal@jeugdzorgflevoland.nl]]>",
    "Verzonden: woensdag 24 juni 2026 16:40",
    "Aan: [[Bijleveld, Marco]] <[[m.bijleveld@dronten.nl]]>; [[El Idrissi, Youssef]] <[[y.elidrissi@lelystad.nl]]>; "
    "[[Kraaijeveld, Noor]] <[[n.kraaijeveld@noordoostpolder.nl]]>",
    "CC: {{inkoop@jeugdzorgflevoland.nl}}; [[Smit-Nieuwenhuis, Wouter]]",
    "Onderwerp: agenda {{Bestuurlijk Overleg Jeugd}} 25 juni - wachttijden",
    "",
    "Beste collega's,",
    "Voor het {{Bestuurlijk Overleg Jeugd}} van morgen (aanwezig: {{wethouder Roosenboom}} (Dronten), "
    "{{wethouder Van Dalen}} (Lelystad) en {{wethouder Oldenhof}} (Noordoostpolder)) stuur ik de wachttijdcijfers per "
    "aanbieder. De afspraak uit het {{Regionaal Transformatieplan Jeugd Flevoland}} was een maximale wachttijd van "
    "acht weken. Die halen {{Triade Vitree}} en {{Intermetzo}} niet.",
    "Voorstel: (1) een spoedprotocol voor casussen met een {{Veilig Thuis}}-melding; (2) een boeteclausule in de "
    "{{Raamovereenkomst Specialistische Jeugdhulp 2024-2028}}; (3) een gezamenlijk {{Expertteam Jeugd}}.",
    "[[Marco]], mag ik de casus uit Dronten geanonimiseerd als voorbeeld gebruiken? Ik noem uiteraard geen namen.",
    "",
    "Hartelijke groet,",
    "[[Marjolein Rozendaal]]",
    "Contractmanager | {{Jeugdzorg Flevoland}} | {{Stadhuisplein 2}}, {{Lelystad}}",
    "M [[06 - 38 29 11 04]]",
    "",
    "Van: [[Bijleveld, Marco]]",
    "Verzonden: woensdag 24 juni 2026 17:02",
    "Aan: [[Rozendaal, Marjolein]]",
    "Onderwerp: RE: agenda {{Bestuurlijk Overleg Jeugd}} 25 juni - wachttijden",
    "",
    "Hoi [[Marjolein]], prima, maar alleen zonder leeftijd en zonder data. De wethouder wil het spoedprotocol graag "
    "steunen. Ik ben morgen zelf niet bij het overleg; [[Jolanda Kappert]] gaat mee als ambtelijk ondersteuner. "
    "Groet, [[Marco]]",
], title="agenda Bestuurlijk Overleg Jeugd", producer="Microsoft Outlook 16.0", creator="Outlook", font="Helvetica",
    size=10.5))
