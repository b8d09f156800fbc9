from lib import Doc

W = "Microsoft® Word voor Microsoft 365"
DOCS = []

DOCS.append(Doc("jz09_beschikking_jeugdhulp", "docx", [
    "Gemeente Dronten | {{De Rede 1}} | Postbus 100 | 8250 AC Dronten | {{14 0321}}",
    "",
    "[[Mevrouw I. Wiersma-Boukhari]]",
    "[[Kuinderplein 17]]",
    "[[8253 RB]] DRONTEN",
    "",
    "Datum: 27 maart 2026",
    "Zaaknummer: {{JZ-2026-0417}}",
    "Contactpersoon: [[F. Oosterhuis]], telefoon [[(0321) 38 84 12]]",
    "Onderwerp: beschikking jeugdhulp (toekenning)",
    "",
    "Geachte [[mevrouw Wiersma-Boukhari]],",
    "U heeft jeugdhulp aangevraagd voor uw zoon [[Daan Wiersma]], geboren op [[14 maart 2013]]. In dit besluit leest u "
    "wat wij hebben besloten en waarom.",
    "# Besluit",
    "Wij kennen op grond van artikel 2.3 van de {{Jeugdwet}} en de {{Verordening jeugdhulp gemeente Dronten 2024}} de "
    "volgende jeugdhulp in natura toe:",
    "| Product | Productcode | Aanbieder | Omvang | Periode |",
    "| Specialistische jeugdhulp ambulant | {{45A14}} | {{Triade Vitree}} | 2 uur per week | 1-4-2026 t/m 31-3-2027 |",
    "| Overbruggingszorg ambulant | {{45A11}} | Ambulante Hulpverlening [[Ter Borg]] | 3 uur per week | 3-2-2026 t/m 31-5-2026 |",
    "# Motivering",
    "Uit het gesprek op 6 november 2025 en de rapportage van de huisarts blijkt dat [[Daan]] [[vanwege ADHD en "
    "hechtingsproblematiek]] specialistische hulp nodig heeft. Het {{ondersteuningsplan}} van 6 november 2025 maakt "
    "deel uit van dit besluit. Wij erkennen dat de beslistermijn van acht weken is overschreden. Daarvoor bieden wij "
    "u onze excuses aan.",
    "Het besluit over de overbruggingszorg geldt met terugwerkende kracht vanaf 3 februari 2026.",
    "# Bezwaar",
    "Bent u het niet eens met dit besluit, dan kunt u binnen zes weken bezwaar maken bij het college van burgemeester "
    "en wethouders, Postbus 100, 8250 AC Dronten, of digitaal via {{www.dronten.nl}}. Wilt u eerst overleggen? Bel "
    "dan het {{Sociaal Loket}} via {{14 0321}}.",
    "",
    "Met vriendelijke groet,",
    "burgemeester en wethouders van Dronten,",
    "namens dezen,",
    "",
    "[[M. Bijleveld]]",
    "teamleider {{Jeugd en Gezin}}",
], title="Beschikking jeugdhulp JZ-2026-0417", author="Oosterhuis F", font="DejaVuSerif"))

DOCS.append(Doc("jz10_mail_triade_wachttijd", "rl", [
    "Van: [[Wouter Smit-Nieuwenhuis]] <[[w.smit-nieuwenhuis@triadevitree.nl]]>",
    "Verzonden: donderdag 15 januari 2026 08:57",
    "Aan: [[Oosterhuis, Femke]] <[[f.oosterhuis@dronten.nl]]>",
    "CC: {{zorgbemiddeling@triadevitree.nl}}; [[Hoekman, Leonie]] <[[l.hoekman@triadevitree.nl]]>",
    "Onderwerp: RE: aanmelding {{JZ-2026-0417}} - wachttijd",
    "",
    "Beste [[Femke]],",
    "Dank voor de aanmelding van 20 november. Helaas is de wachttijd voor {{ambulante specialistische jeugdhulp}} in de "
    "regio {{Flevoland}} op dit moment 14 weken. Gezien de signalen (melding {{Veilig Thuis}}) kunnen wij de casus "
    "voorleggen aan ons {{spoedoverleg}}, maar dan hebben wij een beschikking of een toewijzing via het "
    "{{iJw-berichtenverkeer}} ({{JW315}}) nodig. Die hebben wij nog niet ontvangen.",
    "Mijn collega [[Leonie Hoekman]] (regiebehandelaar, [[06-4127 3390]]) kan de intake doen zodra de toewijzing er is.",
    "",
    "Met vriendelijke groet,",
    "[[Wouter Smit-Nieuwenhuis]]",
    "Zorgbemiddelaar | {{Triade Vitree}} | {{Lelystad}}",
    "T [[+31 (0)320 29 47 18]]",
    "",
    "Van: [[Oosterhuis, Femke]]",
    "Verzonden: woensdag 14 januari 2026 16:20",
    "Aan: [[Smit-Nieuwenhuis, Wouter]]",
    "Onderwerp: aanmelding {{JZ-2026-0417}} - wachttijd",
    "",
    "Hallo [[Wouter]],",
    "Kun je mij laten weten wanneer [[Daan W.]] ([[2013]]) kan starten? Moeder belt mij bijna dagelijks. De beschikking "
    "volgt zodra ik van jullie de inschatting van de zwaarte heb.",
    "Groet, [[Femke Oosterhuis]], jeugdconsulent, [[0321-388412]]",
], title="RE: aanmelding JZ-2026-0417 - wachttijd", producer="Microsoft Outlook 16.0", creator="Outlook",
    font="DejaVuSans"))

DOCS.append(Doc("jz11_mail_veilig_thuis_inzage", "rl", [
    "Van: [[Mahabier, Priscilla]] <[[p.mahabier@vtflevoland.nl]]>",
    "Verzonden: dinsdag 24 maart 2026 14:11",
    "Aan: [[Kappert, Jolanda]] <[[j.kappert@dronten.nl]]>",
    "CC: {{privacy@vtflevoland.nl}}",
    "Onderwerp: RE: verzoek inzage melding {{VT-2025-11873}}",
    "",
    "Geachte [[mevrouw Kappert]],",
    "{{Veilig Thuis Flevoland}} verstrekt geen dossierstukken aan de gemeente. Een verzoek om inzage van de moeder "
    "moet zij zelf bij ons indienen (artikel 15 {{AVG}}, in samenhang met artikel 7.3.8 {{Wmo 2015}}). Wij kunnen wel "
    "bevestigen dat het onderzoek op 3 maart 2026 is afgesloten met de conclusie [[geen acute onveiligheid; vervolg "
    "via vrijwillige hulp]]. Dat heeft de moeder ook schriftelijk van ons ontvangen.",
    "Ik wil u er wel op wijzen dat de melder volgens de {{meldcode}} de betrokkenen vooraf had moeten informeren, "
    "tenzij dat de veiligheid in gevaar bracht. Uit ons dossier blijkt niet dat dit is gebeurd.",
    "",
    "Met vriendelijke groet,",
    "[[Priscilla Mahabier]]",
    "Casemanager Onderzoek | {{Veilig Thuis Flevoland}} | {{0800-2000}}",
    "Direct: [[088-3367140]]",
    "",
    "Van: [[Kappert, Jolanda]]",
    "Verzonden: maandag 23 maart 2026 09:30",
    "Aan: {{info@vtflevoland.nl}}",
    "Onderwerp: verzoek inzage melding",
    "",
    "Goedemorgen, in het kader van klacht {{KL-2026-031}} verzoek ik u om een afschrift van melding {{VT-2025-11873}}. "
    "Met vriendelijke groet, [[J. Kappert]], {{gemeente Dronten}}, [[06 27 50 88 13]]",
], title="RE: verzoek inzage melding", producer="Microsoft Outlook 16.0", creator="Outlook", font="Helvetica"))

DOCS.append(Doc("jz12_factuur_terborg_feb", "rl", [
    "# AMBULANTE HULPVERLENING [[TER BORG]]",
    "[[Gerrit-Jan ter Borg]] | [[Trekvogelweg 112]] | [[8255 DB Swifterbant]]",
    "Mob. [[06 51 84 22 66]] | [[gj@terborghulp.nl]]",
    "KvK [[83920174]] | btw-id [[NL003849201B41]] | IBAN [[NL27 RABO 0321 4589 07]]",
    "",
    "Aan: {{gemeente Dronten}}, {{crediteurenadministratie}}, Postbus 100, 8250 AC Dronten",
    "Factuurnummer: {{2026-014}}      Factuurdatum: 28 februari 2026",
    "Uw referentie: {{JZ-2026-0417}} / inkoopordernummer {{PO-45001872}}",
    "",
    "| Datum | Omschrijving | Uren | Tarief | Bedrag |",
    "| 03-02-2026 | Kennismaking gezin, huisbezoek [[Kuinderplein]] | 2,0 | 78,50 | 157,00 |",
    "| 10-02-2026 | Begeleiding jeugdige, gesprek ouder | 3,0 | 78,50 | 235,50 |",
    "| 17-02-2026 | Begeleiding jeugdige, overleg IB {{Jan Ligthartschool}} | 3,0 | 78,50 | 235,50 |",
    "| 24-02-2026 | Begeleiding jeugdige | 3,0 | 78,50 | 235,50 |",
    "| | Totaal (vrijgesteld van btw, art. 11 lid 1 {{Wet OB}}) | 11,0 | | 863,50 |",
    "",
    "Gelieve binnen 30 dagen te voldoen op [[NL27RABO0321458907]] t.n.v. [[G.J. ter Borg]] o.v.v. {{2026-014}}.",
    "Opdrachtgever/contactpersoon: [[Ruben van 't Hul]] ([[r.van.t.hul@dronten.nl]]).",
    "Geregistreerd in het {{Kwaliteitsregister Jeugd}} ({{SKJ}}) onder nummer [[110042871]].",
], title="Factuur 2026-014", producer="Nitro Pro 13.70.0.30", creator="Nitro Pro", font="Helvetica",
    author="GJ ter Borg"))

DOCS.append(Doc("jz13_factuur_terborg_mrt", "rl", [
    "# Ambulante Hulpverlening [[Ter Borg]]",
    "[[G.J. ter Borg]], [[Trekvogelweg 112]], [[8255 DB]] Swifterbant",
    "[[gj@terborghulp.nl]] - [[0031 6 51842266]]",
    "KvK-nummer [[83920174]] | Bank: [[NL27 RABO 0321 4589 07]]",
    "",
    "Debiteur: {{gemeente Dronten}} / {{Sociaal Domein}} / t.a.v. [[mevrouw F. Oosterhuis]]",
    "Factuur {{2026-021}} | datum 31 maart 2026 | referentie {{JZ-2026-0417}} | {{PO-45001872}}",
    "",
    "| Week | Werkzaamheden | Uren | Bedrag |",
    "| 10 | Begeleiding, gezinsgesprek met [[moeder en vader]] | 3,0 | 235,50 |",
    "| 11 | Begeleiding jeugdige; [[agressie-incident thuis]] besproken | 3,5 | 274,75 |",
    "| 12 | Afstemming {{Triade Vitree}} (warme overdracht) | 1,5 | 117,75 |",
    "| 13 | Begeleiding jeugdige | 3,0 | 235,50 |",
    "| | Totaal | 11,0 | 863,50 |",
    "",
    "Opmerking: per 1 april neemt {{Triade Vitree}} de begeleiding over. Ik houd nog één nazorggesprek in april.",
    "Met vriendelijke groet, [[Gerrit-Jan]]",
], title="Factuur 2026-021", producer="Microsoft® Excel® voor Microsoft 365", creator="Microsoft® Excel®",
    font="DejaVuSansCondensed"))

DOCS.append(Doc("jz14_scan_notitie_huisbezoek", "scan", [
    "# Notitie huisbezoek 6 november 2025",
    "Zaak JZ-2026-0417",
    "Aanwezig: [[Femke Oosterhuis]] en [[Naima El Amrani]]",
    "Moeder: [[Ilse Wiersma]], tel. [[06 41823790]]",
    "Kind: [[Daan]], groep 8, komt niet meer op school.",
    "Moeder is moe, slaapt slecht, werkt in ploegen bij",
    "het distributiecentrum. Vader ziet Daan om het weekend.",
], handwriting=[
    "NB: bellen met [[Rachid]] over omgang!",
    "tel. [[06 33910458]]",
    "Paraaf: [[FO]]  7/11",
], title="scan", producer="Canon iR-ADV C5535 PDF", creator="Canon iR-ADV C5535", rotate=0.8))

DOCS.append(Doc("jz15_verslag_bemiddeling", "rl", [
    "# Verslag bemiddelingsgesprek klacht {{KL-2026-031}}",
    "Datum: 7 april 2026, 14:00 uur, {{gemeentehuis Dronten}}, spreekkamer 0.14",
    "Aanwezig: [[mevrouw I. Wiersma-Boukhari]] (klager), [[de heer R. Boukhari]] (vader), [[M. Bijleveld]] "
    "(teamleider), [[J.M. Kappert]] (juridisch adviseur, verslag)",
    "",
    "## Standpunt klager",
    "[[Mevrouw Wiersma]] geeft aan dat zij zich niet gehoord voelt. Zij heeft de melding bij {{Veilig Thuis}} pas via "
    "haar ex-partner vernomen. [[De heer Boukhari]] bevestigt dat hij op 12 december door [[de heer De Ruijter]] is "
    "gebeld. Klager wil excuses en wil dat de melding uit het dossier wordt verwijderd.",
    "## Reactie gemeente",
    "[[Bijleveld]] biedt excuses aan voor de late beschikking. Hij legt uit dat de gemeente een melding bij "
    "{{Veilig Thuis}} niet kan intrekken; het dossier berust bij {{Veilig Thuis Flevoland}}. Wel erkent hij dat "
    "moeder vooraf had moeten worden geïnformeerd ({{Wet verplichte meldcode huiselijk geweld en kindermishandeling}}).",
    "## Uitkomst",
    "De bemiddeling leidt niet tot een oplossing. Klager wil dat de {{Klachtencommissie Sociaal Domein}} de klacht "
    "behandelt. Het secretariaat ({{klachtencommissie@dronten.nl}}) plant een hoorzitting.",
    "",
    "Paraaf verslag: [[JMK]]   Gezien: [[MB]]",
], title="Verslag bemiddelingsgesprek", font="Times-Roman", producer="Microsoft® Word voor Microsoft 365",
    creator=W, author="Jolanda Kappert"))

DOCS.append(Doc("jz16_advies_klachtencommissie", "docx", [
    "KLACHTENCOMMISSIE SOCIAAL DOMEIN GEMEENTE DRONTEN",
    "",
    "Advies in de klacht {{KL-2026-031}}",
    "Datum: 2 juni 2026",
    "",
    "# 1. Procedure",
    "De commissie bestaat uit [[mr. H.J. Landstra]] (voorzitter), [[Yeşim Demir-Akkaya]] en [[drs. C.T.M. van Hooijdonk]] "
    "(leden). Secretaris: [[Lotte Hoekstra]]. De hoorzitting vond plaats op 19 mei 2026 in {{De Meerpaal}}. Klager "
    "werd bijgestaan door [[mr. E. Okonkwo-Dijkstra]], advocaat te {{Lelystad}}. Namens het college waren aanwezig "
    "[[de heer Bijleveld]] en [[mevrouw Oosterhuis]].",
    "# 2. De klacht",
    "De klacht bestaat uit twee onderdelen: (a) de beslistermijn voor de indicatie is ruim overschreden; (b) de "
    "melding bij {{Veilig Thuis Flevoland}} is gedaan zonder klager vooraf te informeren.",
    "# 3. Beoordeling",
    "Ad a. Vaststaat dat de aanvraag op 6 november 2025 is gedaan en de beschikking op 27 maart 2026 is genomen. De "
    "termijn van acht weken (artikel 4:13 {{Awb}} jo. artikel 7 van de {{Verordening jeugdhulp gemeente Dronten 2024}}) "
    "is met ruim twaalf weken overschreden. Dat de gemeente wachtte op het advies van {{Triade Vitree}} rechtvaardigt "
    "dat niet: het college is zelf verantwoordelijk voor de toegang ({{Jeugdwet}}, artikel 2.3). Dit onderdeel is gegrond.",
    "Ad b. De commissie stelt voorop dat een professional bij een vermoeden van kindermishandeling mag en soms moet melden. "
    "Stap 5 van de {{meldcode}} vraagt de melder de betrokkenen vooraf te informeren, tenzij de veiligheid dat verhindert. "
    "[[De heer De Ruijter-Hamstra]] heeft ter zitting verklaard dat hij dat door drukte heeft nagelaten. Dit onderdeel is "
    "eveneens gegrond. De commissie acht het begrijpelijk dat klager zich overvallen voelde.",
    "# 4. Advies",
    "De commissie adviseert het college de klacht op beide onderdelen gegrond te verklaren, klager excuses aan te bieden, "
    "en de werkinstructie voor de meldcode in de wijkteams aan te scherpen. Tevens adviseert zij {{wethouder Roosenboom}} "
    "de gemeenteraad te informeren over de wachttijden bij de aanbieders in de regio {{Flevoland}}.",
    "",
    "Namens de commissie,",
    "[[mr. H.J. Landstra]], voorzitter                [[L. Hoekstra]], secretaris",
], title="Advies klachtencommissie KL-2026-031", author="lhoekstra", font="DejaVuSerif", size=11.5))
