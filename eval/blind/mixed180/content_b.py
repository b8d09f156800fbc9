from lib import Doc
from content_a import WORD, OUTLOOK, ASPOSE, NITRO, SCAN, PDFPEN

DOCS = []

DOCS.append(Doc("vr09_zienswijze_advocaat", "Zienswijze namens mevrouw El Khatib", [
    "{{Van Lennep Advocaten}} | {{Nieuwe Gracht}} 12 | 2011 NB Haarlem | KvK 58120044",
    "",
    "Aan het college van burgemeester en wethouders van Haarlem",
    "t.a.v. team {{Juridische Handhaving}}",
    "Datum: 6 april 2026",
    "Uw kenmerk: {{Z-2026-VV-0412}}",
    "Ons kenmerk: VL/2026/0391/[[RdH]]",
    "",
    "Geacht college,",
    "Namens mijn cliënte, mevrouw [[Nadia el Khatib]], geboren [[17 mei 1988]], geef ik hierbij een zienswijze op het voornemen "
    "van 24 maart 2026. Cliënte verblijft sinds de scheiding van haar echtgenoot, de heer [[Karim Benali]], afwisselend in "
    "Heemstede en in de woning aan het Spaarne, omdat zij daar haar dochter [[Yasmina]] (9 jaar) ziet. Zij lijdt sinds 2024 "
    "aan [[ernstige burn-outklachten]] en kon daardoor de administratie niet op orde houden.",
    "Het verhuren gebeurde volgens cliënte door haar neef, de heer [[S. Amrani]], zonder haar medeweten. Een last onder "
    "dwangsom gericht aan cliënte is daarom onredelijk. Subsidiair verzoek ik u de begunstigingstermijn op acht weken te "
    "stellen. Ik wijs op de uitspraak van de {{Afdeling bestuursrechtspraak van de Raad van State}} van 2 juni 2021 "
    "({{ECLI:NL:RVS:2021:1179}}).",
    "",
    "Hoogachtend,",
    "[[mr. R. den Hartog]]",
    "advocaat",
    "T [[023 - 531 90 77]] | E [[r.denhartog@vanlennep-advocaten.nl]]",
], font="times", info=PDFPEN))

DOCS.append(Doc("vr10_besluit_lod", "Besluit last onder dwangsom", [
    "Mevrouw [[N. el Khatib]]",
    "p/a {{Van Lennep Advocaten}}, t.a.v. [[mr. R. den Hartog]]",
    "{{Nieuwe Gracht}} 12, 2011 NB Haarlem",
    "",
    "Datum: 28 april 2026",
    "Zaaknummer: {{Z-2026-VV-0412}}",
    "Onderwerp: besluit last onder dwangsom toeristische verhuur",
    "",
    "Geachte mevrouw [[El Khatib]],",
    "# Besluit",
    "Wij leggen u een last onder dwangsom op. U moet uiterlijk binnen één week na verzending van dit besluit de toeristische "
    "verhuur van de woning [[Spaarne 41-zwart]] beëindigen en beëindigd houden. Voor elke overtreding die na die termijn wordt "
    "geconstateerd verbeurt u een dwangsom van EUR 6.000, tot een maximum van EUR 30.000.",
    "# Zienswijze",
    "Uw advocaat, [[mr. Den Hartog]], stelt dat uw neef verhuurde zonder uw medeweten. Dat volgt niet uit het dossier: de "
    "uitbetalingen van {{Airbnb}} gingen naar rekening [[NL42 RABO 0318 4427 90]] op uw naam. U bent als eigenaar degene die "
    "de overtreding kan beëindigen. De persoonlijke omstandigheden die uw advocaat noemt, hebben wij meegewogen; zij zijn "
    "geen reden om van handhaving af te zien.",
    "<<PAGE>>",
    "# Bezwaar",
    "Bent u het niet eens met dit besluit, dan kunt u binnen zes weken bezwaar maken bij het college van burgemeester en "
    "wethouders, Postbus 511, 2003 PB Haarlem, of via {{www.haarlem.nl/bezwaar}}. U kunt de {{voorzieningenrechter}} van de "
    "{{rechtbank Noord-Holland}} om een voorlopige voorziening vragen.",
    "",
    "Hoogachtend,",
    "burgemeester en wethouders van Haarlem,",
    "namens dezen,",
    "[[drs. M.H. Oosterbaan]]",
    "{{afdelingshoofd Vergunningen, Toezicht en Handhaving}}",
    "",
    "Bijlage: rapport van bevindingen van 12 maart 2026 ({{Z-2026-VV-0412}}), toezichthouders [[J.P. Ruigrok]] en [[M. Tjon-A-Fong]]",
], producer="docx", author="Mehmet Celik", info=WORD))

DOCS.append(Doc("vr11_brief_huurder_scan", "Brief huurder (scan)", [
    "# Aan de gemeente Haarlem, afdeling handhaving",
    "Haarlem, 30 april 2026",
    "Betreft: woning Gierstraat",
    "",
    "Geachte heer, mevrouw,",
    "Ik huur sinds 2022 een kamer van de heer [[Schoonderwoerd]]",
    "op het adres [[Gierstraat 66-A]]. Ik ben bang dat ik",
    "door uw handhaving mijn kamer kwijtraak. Ik heb geen",
    "contract op papier. De toeristen slapen in de andere",
    "kamer, niet in mijn kamer. Ik werk in de zorg en",
    "heb nachtdiensten.",
    "",
    "Mijn gegevens:",
    "Naam: [[Anneloes Vrijburg]]",
    "Geboortedatum: [[08-02-1999]]",
    "Telefoon: [[06-39 27 51 84]]",
    "E-mail: [[anneloes.vrijburg@hotmail.com]]",
    "",
    "Met vriendelijke groet,",
    "[[A. Vrijburg]]",
], scan={"rotate": 0.8}, info=SCAN))

DOCS.append(Doc("vr12_gegevenslevering_airbnb", "Gegevenslevering Airbnb Q1 2026", [
    "# Gegevenslevering toeristische verhuur - {{Airbnb Ireland UC}}",
    "Grondslag: artikel {{23a}} {{Huisvestingswet 2014}} / {{Verordening (EU) 2024/1028}}. Periode: 1 januari - 31 maart 2026. "
    "Gemeente: {{Haarlem}} (code {{GM0392}}). Aangeleverd via het {{Single Digital Entry Point}} op 4 april 2026.",
    "Alleen advertenties met meer dan 30 geboekte nachten of zonder registratienummer zijn opgenomen.",
    "| Listing-ID | Host | Adres | Nachten | Reg.nr.",
    "| 48812290 | [[Nadia E.]] | [[Spaarne 41-zwart]] | 39 | geen",
    "| 50177342 | [[Rutger Schoonderwoerd]] | [[Gierstraat 66-A]] | 31 | geen",
    "| 51260018 | [[Pieter-Jan de Roo]] | [[Spaarne 47-II]] | 44 | [[0392 8F1C 2A7B 90D4 E611]]",
    "| 52884103 | [[Ingrid Vos-Lamers]] | [[Koningstraat 19]] | 33 | [[0392 17AC C3E2 5B08 4F90]]",
    "| 53390557 | [[Sven Åkerlund]] | [[Zijlstraat 88-rood]] | 52 | geen",
    "| 53402816 | [[B. ter Meulen]] | [[Lange Veerstraat 3]] | 36 | geen",
    "| 54018870 | [[Ferhat Doğan]] | [[Kruisstraat 22-B]] | 40 | [[0392 66D1 09BA F2C7 3E15]]",
    "| 55120904 | {{Stichting Hofje van Staats}} (gastenverblijf) | {{Jansweg}} 39 | 12 | 0392 A0A0 1B2C 3D4E 5F60",
    "",
    "# Toelichting gemeente (team {{Data en Analyse}})",
    "Vijf van de acht advertenties ontbreken in het {{registratiesysteem vakantieverhuur}} of overschrijden het maximum van 30 "
    "nachten. De host-ID's zijn gekoppeld aan de {{BRP}} door [[H. Wolters]] (analist) op 9 april 2026.",
    "<<PAGE>>",
    "# Kruistabel BRP-koppeling (intern)",
    "| Host | BSN | Ingeschreven op adres | Hoofdverblijf",
    "| [[Nadia E.]] | [[219834405]] | nee | nee",
    "| [[Rutger Schoonderwoerd]] | [[178203316]] | ja | twijfel",
    "| [[Sven Åkerlund]] | niet gevonden | - | nee (woont in [[Malmö]])",
    "| [[B. ter Meulen]] | [[301227484]] | ja | ja",
    "De {{Stichting Hofje van Staats}} valt onder de uitzondering voor {{bed & breakfast}} met vergunning {{OV-2019-0077}}.",
    "Contact bij het platform: {{public-policy-nl@airbnb.com}}; contactpersoon [[Aoife Ní Bhriain]], [[+353 1 906 4471]].",
], info=ASPOSE, font="dejavu"))

DOCS.append(Doc("vr13_begeleidende_brief_booking", "Begeleidende brief Booking.com", [
    "{{Booking.com B.V.}} | {{Oosterdokskade 163}} | 1011 DL Amsterdam",
    "",
    "Gemeente Haarlem",
    "Team {{Toezicht Wonen}}",
    "Datum: 7 april 2026",
    "Uw referentie: {{VV-GL-2026-Q1}}",
    "",
    "Dear Sir/Madam,",
    "Please find enclosed the data delivery for Q1 2026 under {{Regulation (EU) 2024/1028}} on data collection and sharing relating "
    "to short-term accommodation rental services. The file contains 61 listings in {{Haarlem}}. Listings of professional hosts "
    "with a {{KvK}} number are marked separately.",
    "For questions on this delivery, please contact our Public Policy team at {{publicaffairs.nl@booking.com}}. For operational "
    "questions, your contact is [[Marieke Staal-de Bruijn]] ([[marieke.staaldebruijn@booking.com]], [[+31 (0)20 709 38 12]]).",
    "We note that the request of 2 March 2026 for information on host 'Spaarne Loft Haarlem / [[N. el Khatib]]' is being "
    "handled by our legal team; reference {{BK-LEGAL-2026-0117}}.",
    "",
    "Kind regards,",
    "[[Daniel Okonkwo-Smit]]",
    "{{Senior Manager Public Policy Benelux}}",
], info=NITRO, author="dokonkwo"))

DOCS.append(Doc("vr14_teams_chat", "Teams-chat team Toezicht Wonen", [
    "Chat: Toezicht Wonen - avonddienst 21 april",
    "[[Kees van 't Hoenderdaal]] 19:31",
    "Wij staan bij de Gierstraat, 2 mensen met koffers",
    "[[Fatma Yıldırım]] 19:33",
    "Bel [[Rutger]] maar niet voordat we binnen zijn",
    "[[Kees van 't Hoenderdaal]] 19:52",
    "Franse gasten, boeking op naam van [[Aubert]]. Eigenaar is er niet",
    "[[Liesbeth Bakker-Oudshoorn]] 20:05",
    "Top. [[Kees]], wil je morgen de foto's in Decos zetten? [[Fatma]]: jij doet de BRP-check?",
    "[[Fatma Yıldırım]] 20:06",
    "Doe ik. [[Kees]] heeft trouwens nog de sleutel van de dienstauto 😅",
    "[[Mehmet Çelik]] 20:40",
    "Let op: dit is de tweede overtreding van [[Schoonderwoerd]], eerste was in 2024 (zaak {{Z-2024-VV-0198}}). Dan mag "
    "er ook een boete bij volgens de {{Beleidsregel handhaving vakantieverhuur 2025}}",
    "[[Kees van 't Hoenderdaal]] 20:41",
    "👍 [[KvtH]] uit",
], font="dejavu", info={"Producer": "Microsoft: Print To PDF", "Creator": "Microsoft Teams"}))

DOCS.append(Doc("vr15_factuur_slotenmaker", "Factuur slotenservice", [
    "# FACTUUR",
    "[[Slotenservice Dirk Mooijman]]",
    "[[Oosterstraat 4]], [[2032 TC]] Haarlem | tel. [[06-18 22 40 73]] | [[dirk@mooijmanslotenservice.nl]]",
    "KvK: [[74188215]] | btw-id: [[NL001784213B62]] | IBAN: [[NL08 INGB 0007 4419 36]]",
    "",
    "Aan: {{Gemeente Haarlem}}, {{afdeling Vergunningen, Toezicht en Handhaving}}, Postbus 511, 2003 PB Haarlem",
    "Factuurnummer: 2026-041 | Datum: 15 mei 2026 | Uw referentie: {{Z-2026-VV-0412}} / inkoopordernr. {{4500193877}}",
    "",
    "| Omschrijving | Aantal | Prijs | Totaal",
    "| Verwijderen sleutelkluisje {{Spaarne}} (in opdracht toezicht) | 1 | 95,00 | 95,00",
    "| Voorrijkosten | 1 | 35,00 | 35,00",
    "| Subtotaal | | | 130,00",
    "| btw 21% | | | 27,30",
    "| Totaal | | | 157,30",
    "",
    "Betaling binnen 30 dagen onder vermelding van het factuurnummer. Uitgevoerd door [[D. Mooijman]] in aanwezigheid van "
    "toezichthouder [[J.P. Ruigrok]].",
], info={"Producer": "Moneybird PDF", "Creator": "Moneybird"}))

DOCS.append(Doc("vr16_factuur_vertaler", "Factuur tolk", [
    "[[Vertaal- en tolkbureau Gül Aydemir]]",
    "beëdigd tolk Duits/Turks, Wbtv-nummer [[212004]]",
    "[[Rijksstraatweg 309]], [[2025 DD]] Haarlem - [[gul.aydemir@xs4all.nl]] - [[0031 6 4411 0927]]",
    "KvK [[63902217]] - IBAN [[NL71 SNSB 0941 2276 03]]",
    "",
    "Gemeente Haarlem, t.a.v. de heer [[J.P. Ruigrok]]",
    "Factuur 26-0318, 20 maart 2026",
    "Betreft: tolkdienst telefonisch bij controle {{Z-2026-VV-0412}} (verhoor Duitse huurders), 12 maart 2026",
    "| Dienst | Duur | Tarief | Bedrag",
    "| Telefonisch tolken Duits | 45 min | 62,00/uur | 46,50",
    "| Toeslag spoed | | | 15,00",
    "| Totaal (vrijgesteld van btw, art. 11 Wet OB) | | | 61,50",
    "Met dank voor de opdracht, [[Gül Aydemir]]",
], font="dejavu", info={"Producer": "LibreOffice 7.6", "Creator": "Writer"}))

DOCS.append(Doc("vr17_aantekening_scan", "Handgeschreven aantekening controle (scan)", [
    "# Aantekeningen controle [[Zijlstraat 88]]",
    "datum: 6 mei 2026, 11:20 uur",
    "toezichthouders: [[Fatma Yildirim]] / [[Bram Koster]]",
    "",
    "- niemand thuis, buurman [[Wessel Brink]] spreekt ons aan",
    "- zegt: eigenaar [[Sven Akerlund]] woont in Zweden",
    "- schoonmaker ([[Daria]]) komt elke zaterdag",
    "- nummer schoonmaker: [[06-27 71 90 45]]",
    "- sleutelkluis bij voordeur, code onbekend",
    "",
    "actie: brief eigenaar, BRP-check",
    "paraaf: [[FY]] / [[BK]]",
], scan={"rotate": -0.7, "font": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"}, info=SCAN))

_form = Doc("vr18_meldformulier", "Meldformulier vakantieverhuur (ingevuld)", [
    "# Meldformulier vakantieverhuur per verhuring",
    "Op grond van artikel {{3.1.3}} van de {{Huisvestingsverordening Haarlem 2025}} meldt u iedere verhuring aan toeristen "
    "uiterlijk de dag van aankomst. U mag maximaal 30 nachten per kalenderjaar verhuren en maximaal vier personen per keer.",
    "Dit formulier is digitaal ingevuld via {{Mijn Haarlem}} en door het {{Klantcontactcentrum}} afgedrukt voor het dossier "
    "{{Z-2026-VV-0455}}. De ingevulde velden staan hieronder.",
], form=[
    ("naam_verhuurder", "Rutger Schoonderwoerd", "Rutger Schoonderwoerd"),
    ("adres_woning", "Gierstraat 66-A, Haarlem", "Gierstraat 66-A"),
    ("registratienummer", "aangevraagd", None),
    ("telefoon", "06 11 93 47 08", "06 11 93 47 08"),
    ("email", "rutger.schoonderwoerd@icloud.com", "rutger.schoonderwoerd@icloud.com"),
    ("aankomst", "18-04-2026", None),
    ("vertrek", "23-04-2026", None),
    ("aantal_gasten", "2", None),
    ("naam_hoofdgast", "Julien Aubert", "Julien Aubert"),
    ("geboortedatum_verhuurder", "22-06-1979", "22-06-1979"),
], info={"Producer": "iText® 5.5.13.3 ©2000-2022 iText Group NV", "Creator": "Mijn Haarlem e-formulieren"})
DOCS.append(_form)

DOCS.append(Doc("vr19_beslisnota_invordering", "Beslisnota invordering dwangsom", [
    "# Beslisnota",
    "Aan: {{wethouder Pronk}} (portefeuille Wonen)",
    "Van: [[M. Çelik]], jurist handhaving",
    "Datum: 9 juni 2026",
    "Kenmerk: {{BN-2026-0614}}",
    "Onderwerp: invordering verbeurde dwangsom [[Spaarne 41]] ({{Z-2026-VV-0412}})",
    "Kopie aan: [[drs. M.H. Oosterbaan]]",
    "",
    "# Aanleiding",
    "Op 23 mei 2026 is opnieuw toeristische verhuur vastgesteld (hercontrole door [[M. Tjon-A-Fong]] en [[B. Koster]]). "
    "Daarmee is EUR 6.000 verbeurd. Mevrouw [[El Khatib]] heeft bezwaar gemaakt tegen de last; de hoorzitting is op 2 juli 2026.",
    "# Geadviseerd besluit",
    "Aan de wethouder wordt gevraagd in te stemmen met een invorderingsbeschikking van EUR 6.000.",
    "# Krachtenveld",
    "Raadslid {{Van der Velde}} ({{D66}}) en raadslid {{Öztürk}} ({{Trots Haarlem}}) hebben schriftelijke vragen gesteld over "
    "de handhaving in de binnenstad. Het debat in de {{commissie Bestuur}} is op 9 juli 2026. Een invordering kort daarvoor "
    "laat zien dat het college doorpakt.",
    "<<PAGE>>",
    "# Toelichting",
    "De advocaat van de eigenaresse heeft in de zienswijze medische omstandigheden genoemd. Die zijn meegewogen maar "
    "leiden niet tot matiging. Bij betalingsonmacht kan een betalingsregeling worden getroffen via {{team Invordering}}.",
    "| Naam | Functie | Paraaf | Datum",
    "| [[M. Çelik]] | jurist | [[MÇ]] | 09-06-2026",
    "| [[L. Bakker-Oudshoorn]] | senior jurist | [[LBO]] | 10-06-2026",
    "| [[M.H. Oosterbaan]] | afdelingshoofd VTH | [[MHO]] | 11-06-2026",
    "# Informatie die niet openbaar gemaakt kan worden",
    "Motivering: n.v.t.",
], author="Celik, Mehmet", xmp_creator="Mehmet Çelik (VTH)", info=WORD))

DOCS.append(Doc("vr20_raadsvragen", "Schriftelijke vragen vakantieverhuur", [
    "# Schriftelijke vragen ex artikel 38 {{Reglement van orde}}",
    "Indiener: raadslid {{Van der Velde}} ({{D66}}), mede namens raadslid {{Öztürk}} ({{Trots Haarlem}})",
    "Datum: 16 maart 2026",
    "Onderwerp: illegale vakantieverhuur in de binnenstad",
    "",
    "Bewoners van het {{Spaarne}} en de {{Turfmarkt}} melden al maanden overlast van toeristen in woningen die niet voor "
    "vakantieverhuur zijn geregistreerd. In het {{Haarlems Dagblad}} van 14 maart 2026 vertelt een bewoonster dat zij 'drie "
    "keer heeft gemeld en nooit iets hoorde'.",
    "1. Hoeveel meldingen over illegale vakantieverhuur heeft het {{Meldpunt Woonfraude}} in 2025 en 2026 ontvangen?",
    "2. Hoeveel lasten onder dwangsom en bestuurlijke boetes zijn opgelegd, en hoeveel dwangsommen zijn ingevorderd?",
    "3. Gebruikt het college de gegevens die {{Airbnb}} en {{Booking.com}} op grond van de {{Verordening (EU) 2024/1028}} leveren?",
    "4. Is het college bereid het aantal toezichthouders uit te breiden, zoals {{Amsterdam}} en {{Leiden}} hebben gedaan?",
    "5. Kan {{wethouder Pronk}} toezeggen dat melders binnen twee weken een terugkoppeling krijgen?",
    "",
    "Contact fractie: {{fractie.d66@haarlem.nl}}",
], info={"Producer": "iBabs PDF generator", "Creator": "iBabs"}))
