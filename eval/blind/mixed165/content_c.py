from lib import Doc

W = "Microsoft® Word voor Microsoft 365"
DOCS = []

DOCS.append(Doc("jz17_beslisnota_wethouder", "rl", [
    "# Beslisnota",
    "| Aan | {{wethouder Roosenboom}} (portefeuille Jeugd) |",
    "| Van | [[M. Bijleveld]], teamleider {{Jeugd en Gezin}} |",
    "| Datum | 9 juni 2026 |",
    "| Kenmerk | {{KL-2026-031}} / {{BN-2026-212}} |",
    "| Contactpersoon | [[Jolanda Kappert]], [[0321 38 84 91]], [[j.kappert@dronten.nl]] |",
    "| Kopie aan | [[A. van der Meulen-Kok]], afdelingsmanager {{Sociaal Domein}} |",
    "",
    "## Aanleiding",
    "De {{Klachtencommissie Sociaal Domein}} heeft op 2 juni 2026 geadviseerd klacht {{KL-2026-031}} op beide onderdelen "
    "gegrond te verklaren. U beslist namens het college over de klacht (mandaatbesluit {{Sociaal Domein 2025}}).",
    "## Geadviseerd besluit",
    "Aan de wethouder wordt gevraagd: 1. de klacht conform het advies gegrond te verklaren; 2. in te stemmen met de "
    "brief aan klager; 3. in te stemmen met de aanscherping van de werkinstructie {{meldcode}} in de wijkteams; "
    "4. de raad via een raadsinformatiebrief te informeren over de wachttijden.",
    "## Kern",
    "De beslistermijn voor jeugdhulp is in 2026 in 23 van de 212 aanvragen overschreden (11 procent). In deze casus "
    "wachtte de jeugdconsulent op de zwaarte-inschatting van de aanbieder. De werkinstructie wordt aangepast: een "
    "beschikking wordt binnen de termijn afgegeven, ook als de aanbieder nog geen advies heeft gegeven.",
    "## Toelichting",
    "Op 12 maart 2026 diende [[mevrouw Wiersma-Boukhari]] een klacht in. Na een mislukt bemiddelingsgesprek op 7 april "
    "2026 heeft de commissie klager, haar advocaat [[mr. E. Okonkwo-Dijkstra]] en de betrokken medewerkers "
    "([[F. Oosterhuis]], jeugdconsulent, en [[S. de Ruijter-Hamstra]], ambulant jeugdwerker) op 19 mei 2026 gehoord.",
    "De medewerkers hebben het advies met hun leidinggevende besproken. Een personeelsrechtelijke maatregel is niet aan de "
    "orde; het gaat om de werkwijze van het team. [[De Ruijter-Hamstra]] volgt in september de training {{meldcode}} van "
    "het {{Nederlands Jeugdinstituut}}.",
    "Financieel: de overbruggingszorg door [[G.J. ter Borg]] kostte 1.727,00 euro (twee facturen, {{PO-45001872}}). "
    "Het budget {{Jeugdhulp ambulant}} (programma 6) laat dat toe.",
    "## Risico's",
    "Klager heeft aangekondigd een schadevergoeding te overwegen. Advocaat [[Okonkwo-Dijkstra]] heeft daarover op "
    "3 juni 2026 een brief gestuurd ([[e.okonkwo@okonkwo-advocatuur.nl]]). Het dossier is gemeld bij de verzekeraar "
    "({{polis AVB-2026-118}}). Contact: [[R. Bergsma]], verzekeringen, toestel [[4490]].",
    "## Krachtenveld",
    "Raadslid {{Wassenaar}} ({{ChristenUnie}}) heeft schriftelijke vragen gesteld. De regionale inkooporganisatie "
    "{{Jeugdzorg Flevoland}} bespreekt de wachttijden in het {{Bestuurlijk Overleg Jeugd}} van 25 juni.",
    "## Bijlagen",
    "1. Advies klachtencommissie; 2. concept-brief aan klager; 3. werkinstructie {{meldcode}} (versie 2.1).",
    "## Informatie die niet openbaar gemaakt kan worden",
    "Deze nota bevat gegevens over een minderjarige en diens gezondheid. Deze zijn niet in de nota opgenomen.",
    "## Motivering",
    "In de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van ambtenaren geanonimiseerd.",
    "",
    "| Naam | Functie | Paraaf | Datum |",
    "| [[J.M. Kappert]] | juridisch adviseur | [[JMK]] | 09-06 |",
    "| [[M. Bijleveld]] | teamleider | [[MB]] | 09-06 |",
    "| [[A. van der Meulen-Kok]] | afdelingsmanager | [[AvdMK]] | 10-06 |",
    "| Ellen Roosenboom | wethouder | akkoord | 11-06 |",
], title="Beslisnota klacht KL-2026-031", font="Helvetica", size=11.5, producer=W, creator=W, xmp_creator="Bijleveld, Marco",
    extra_keep=("Ellen Roosenboom",)))

DOCS.append(Doc("jz18_besluit_op_klacht", "docx", [
    "Gemeente Dronten",
    "",
    "Aangetekend en per gewone post",
    "[[Mevrouw I. Wiersma-Boukhari]]",
    "[[Kuinderplein 17]]",
    "[[8253 RB]] Dronten",
    "",
    "Datum: 12 juni 2026",
    "Kenmerk: {{KL-2026-031}}",
    "Onderwerp: beslissing op uw klacht",
    "",
    "Geachte [[mevrouw Wiersma-Boukhari]],",
    "Op 12 maart 2026 heeft u een klacht ingediend over de behandeling van de aanvraag voor jeugdhulp voor uw zoon en "
    "over de melding bij {{Veilig Thuis Flevoland}}. De {{Klachtencommissie Sociaal Domein}} heeft ons op 2 juni 2026 "
    "geadviseerd. Wij nemen dit advies volledig over en verklaren uw klacht op beide onderdelen gegrond.",
    "Wij bieden u onze oprechte excuses aan. De beslissing over de jeugdhulp had binnen acht weken moeten worden "
    "genomen. En u had vooraf moeten horen dat er een melding zou worden gedaan. Wij passen de werkinstructie voor de "
    "wijkteams aan. De medewerkers die bij uw zaak betrokken waren, hebben het advies met hun leidinggevende besproken.",
    "Bent u niet tevreden over de afhandeling? Dan kunt u zich wenden tot de {{Nationale ombudsman}} (telefoon "
    "{{0800-33 55 555}}) of de {{Kinderombudsman}}.",
    "",
    "Hoogachtend,",
    "burgemeester en wethouders van Dronten,",
    "",
    "de secretaris,                                   de burgemeester,",
    "{{drs. W.A. Holtrop}}                              {{H. Lantinga}}",
    "",
    "Deze brief is mede ondertekend door {{wethouder Roosenboom}} (Jeugd).",
], title="Beslissing op klacht", author="Kappert, J.M.", font="DejaVuSans"))

DOCS.append(Doc("jz19_raadsvragen_antwoord", "rl", [
    "# Schriftelijke vragen ex artikel 40 Reglement van orde",
    "Vragensteller: {{Tjeerd Wassenaar}} ({{ChristenUnie}})     Datum: 20 mei 2026     Nummer: {{RV-2026-019}}",
    "Onderwerp: wachttijden jeugdhulp en meldingen {{Veilig Thuis}}",
    "",
    "Via de media heb ik vernomen dat een Drontense moeder maanden heeft gewacht op een beschikking voor jeugdhulp. "
    "Ik heb de volgende vragen aan het college:",
    "1. Hoeveel aanvragen voor jeugdhulp zijn in 2025 en 2026 niet binnen de wettelijke termijn afgehandeld?",
    "2. Hoe lang zijn de wachttijden bij de aanbieders die de gemeente via {{Jeugdzorg Flevoland}} heeft ingekocht?",
    "3. Worden ouders vooraf geïnformeerd als het wijkteam een melding doet bij {{Veilig Thuis}}?",
    "",
    "## Antwoord van het college (16 juni 2026)",
    "1. In 2025 zijn 31 van de 388 aanvragen te laat afgehandeld, in 2026 tot en met mei 23 van de 212.",
    "2. De gemiddelde wachttijd voor specialistische ambulante jeugdhulp was in mei 2026 elf weken; bij {{Triade Vitree}} "
    "veertien weken, bij {{Accare}} negen weken en bij {{Youké}} zes weken.",
    "3. Ja, dat is de regel volgens stap 5 van de {{meldcode}}. In één geval in 2025 is dat niet gebeurd. De "
    "{{Klachtencommissie Sociaal Domein}} heeft daarover geadviseerd. Het college heeft de werkinstructie aangescherpt.",
    "",
    "Het college van burgemeester en wethouders van Dronten, namens dezen {{wethouder Roosenboom}}.",
    "Ambtelijk voorbereid door: [[T. Schouten]] ({{griffie}}: {{griffie@dronten.nl}})",
], title="Raadsvragen RV-2026-019", font="DejaVuSerif", producer="GhostScript 10.02.1", creator="PDFCreator 5.1",
    author="Tom Schouten"))

DOCS.append(Doc("jz20_teams_chat_communicatie", "rl", [
    "Microsoft Teams - chat 'Persvraag jeugdzorg'",
    "",
    "[[Dijkman, Merel]] 16-06-2026 09:02",
    "Er ligt een persvraag van {{Omroep Flevoland}} over de klacht. Mag ik het antwoord op de raadsvragen gebruiken?",
    "[[Kappert, Jolanda]] 16-06-2026 09:10",
    "Ja, dat is openbaar. Maar niets over het gezin zeggen, ook niet dat het om een jongen van 13 gaat.",
    "[[Dijkman, Merel]] 16-06-2026 09:11",
    "Helder. Wie staat de pers te woord, de wethouder of [[Marco]]?",
    "[[Bijleveld, Marco]] 16-06-2026 09:15",
    "De wethouder. Ik sta niet graag voor de camera haha. Bel haar secretaresse [[Tineke]], [[0321-388 4001]]",
    "[[Dijkman, Merel]] 16-06-2026 09:16",
    "Top. Woordvoerder {{Pieter Koning}} sluit ook aan.",
    "[[Kappert, Jolanda]] 16-06-2026 09:20",
    "NB de journalist die het Woo-verzoek deed is [[Molenkamp]]; niet in het persbericht noemen.",
    "[[Dijkman, Merel]] 16-06-2026 09:21",
    "Natuurlijk niet [[Jo]] :)",
    "[[Bijleveld, Marco]] 16-06-2026 09:30",
    "Nog iets: {{Omroep Flevoland}} heeft ook [[Gerrit-Jan]] gebeld, de zzp'er die de overbrugging deed. Hij belde mij ongerust op.",
    "[[Dijkman, Merel]] 16-06-2026 09:31",
    "Hij hoeft niets te zeggen. Kun jij hem dat laten weten? Of zal ik mailen naar [[gj@terborghulp.nl]]?",
    "[[Bijleveld, Marco]] 16-06-2026 09:33",
    "Ik bel hem wel. En [[Sevda]] moet weten dat de pers ook naar de facturen vraagt, die zitten in het Woo-verzoek.",
    "[[Yıldız, Sevda]] 16-06-2026 09:50",
    "Gezien. De facturen gaan pas mee na de zienswijzeprocedure. Tot die tijd niets delen a.u.b.",
    "[[Kappert, Jolanda]] 16-06-2026 10:02",
    "Eens met [[Sevda]]. [[Merel]], stuur je het concept-persbericht ook naar {{Pieter Koning}} en naar mij?",
    "[[Dijkman, Merel]] 16-06-2026 10:03",
    "Komt eraan. Concept staat in de map {{Persberichten 2026}} op {{SharePoint}}.",
], title="Teams chat", font="DejaVuSans", size=10.5, producer="Microsoft: Print To PDF", creator="Microsoft Teams",
    author="mdijkman"))

DOCS.append(Doc("jz21_persbericht", "rl", [
    "# PERSBERICHT",
    "Dronten, 17 juni 2026",
    "## Gemeente Dronten verklaart klacht over jeugdhulp gegrond en scherpt werkwijze wijkteams aan",
    "Het college van de {{gemeente Dronten}} heeft een klacht over een te laat genomen besluit over jeugdhulp en een "
    "melding bij {{Veilig Thuis Flevoland}} gegrond verklaard. Dat gebeurde op advies van de onafhankelijke "
    "{{Klachtencommissie Sociaal Domein}}. ‘Een gezin dat hulp nodig heeft, mag niet maanden op een besluit wachten,’ "
    "zegt {{wethouder Ellen Roosenboom}} (Jeugd). ‘Wij hebben excuses aangeboden en passen onze werkwijze aan.’",
    "Voortaan neemt het wijkteam altijd binnen acht weken een besluit, ook als de zorgaanbieder nog geen advies heeft "
    "gegeven. Ouders worden vooraf geïnformeerd over een melding bij {{Veilig Thuis}}, tenzij dat de veiligheid van het "
    "kind in gevaar brengt. Het college informeert de raad over de wachttijden in de regio via een "
    "raadsinformatiebrief. De wethouder bespreekt de wachttijden ook met de andere gemeenten in {{Jeugdzorg Flevoland}}.",
    "Wie zorgen heeft over een kind, kan altijd bellen met {{Veilig Thuis}}: {{0800-2000}}.",
    "",
    "Noot voor de redactie (niet voor publicatie):",
    "Opgesteld: [[M. Dijkman]], afdeling Communicatie (intern).",
    "Voor vragen: woordvoerder {{Pieter Koning}}, 06-1000 2233 (persnummer), {{communicatie@dronten.nl}}.",
], title="Persbericht klacht jeugdhulp", font="Helvetica", producer="Adobe InDesign 19.2 (Macintosh)",
    creator="Adobe InDesign 19.2", author="Merel Dijkman", xmp_creator="Merel Dijkman"))

DOCS.append(Doc("jz22_formulier_overbrugging", "rl", [
    "# Aanvraagformulier overbruggingszorg jeugd",
    "{{gemeente Dronten}} - {{Sociaal Domein}} - formulier {{SD-JZ-07}} (versie 2025)",
    "",
    "In te vullen door de jeugdconsulent. Het ingevulde formulier gaat via {{zorgtoewijzing@dronten.nl}} naar de "
    "{{backoffice Jeugd}}, die de toewijzing in het {{iJw-berichtenverkeer}} ({{JW315}}) verstuurt.",
    "Grondslag: artikel 2.3 {{Jeugdwet}}; {{Verordening jeugdhulp gemeente Dronten 2024}}, artikel 9 (overbrugging).",
    "Zaaknummer van dit formulier: {{JZ-2026-0417}}.",
    "",
    "Vul hieronder de gegevens in. Velden met * zijn verplicht.",
], title="Formulier SD-JZ-07", font="Helvetica", producer="Adobe LiveCycle Designer 11.0", creator="LiveCycle",
    form=[("Naam_jeugdige", "Daan Wiersma", True), ("Geboortedatum", "14-03-2013", True),
          ("BSN_jeugdige", "203948579", True), ("Naam_ouder", "Ilse Wiersma-Boukhari", True),
          ("Telefoon_ouder", "06-41823790", True), ("Hulpverlener", "G.J. ter Borg (KvK 83920174)", True),
          ("Reden", "wachttijd Triade Vitree 14 weken", False), ("Ingevuld_door", "Femke Oosterhuis", True)]))
