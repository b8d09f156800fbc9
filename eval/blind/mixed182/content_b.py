"""Documents kp05-kp17: arborist report, invoice, permit, objections, hearing, WhatsApp."""
from lib import Doc
from content_a import MOT, W

DOCS = [
Doc("kp05_boomtechnisch_rapport", "rl", [
 "# Boomtechnisch onderzoek {{Burgemeester Van Heeckerenpark|PLACE}}",
 "Opdrachtgever: {{Woonstichting De Linde}}, t.a.v. [[H. Schuurman]]",
 "Uitgevoerd door: [[Koen Hollander]], [[Boomadvies Hollander|ORG_SOLE]], {{European Tree Technician|ROLE}} ({{ETT|ORG}})",
 "Veldwerk: 18 en 19 november 2025, samen met [[Arjen Mulder]] (assistent). Rapportnummer {{BAH-2025-0219|REF}}.",
 "## 1. Methode",
 "De bomen zijn visueel beoordeeld volgens de {{Visual Tree Assessment|TERM}} ({{VTA|TERM}}). Bij twijfel is een "
 "{{Resistograph|PRODUCT}} boring uitgevoerd en een {{PiCUS Sonic Tomograph|PRODUCT}} meting. Conditie volgens de "
 "{{Bomenstichting|ORG}}-systematiek (goed, redelijk, matig, slecht).",
 "## 2. Resultaten per boom",
 "| Boom | Soort | Conditie | Toekomstverwachting | Bevindingen |",
 "| {{B-117|REF}} | zomereik | goed | > 15 jaar | vitale kroon, geen gebreken |",
 "| {{B-118|REF}} | zomereik | redelijk | 10-15 jaar | plakoksel op 4 m, geen scheurvorming |",
 "| {{B-121|REF}} | beuk | matig | 5-10 jaar | {{Meripilus giganteus|TERM}} (reuzenzwam) aan stamvoet |",
 "| {{B-124|REF}} | plataan | goed | > 15 jaar | {{massaria|TERM}} in twee zijtakken |",
 "| {{B-125|REF}} | paardenkastanje | slecht | < 5 jaar | {{kastanjebloedingsziekte|TERM}}, stamrot 40% |",
 "---",
 "## 3. Conclusie",
 "Boom {{B-125|REF}} moet op korte termijn worden geveld. Voor {{B-121|REF}} is een vervolgonderzoek nodig. De "
 "zomereiken {{B-117|REF}} en {{B-118|REF}} en de plataan {{B-124|REF}} zijn vitaal en verplantbaar is niet aan de orde; "
 "behoud is mogelijk als de bouwgrens 8 meter wordt verschoven en de kroonprojectie + 1,5 m als boombeschermingszone geldt "
 "({{NEN 9990|LAW}} is niet van toepassing; wel de {{Handreiking Bomen en Bouw|LAW}}).",
 "## 4. Ondertekening",
 "[[Koen Hollander]], {{ETT|ORG}}-nummer [[ETT-NL-0734|ID]]",
 "[[Kerkweg 3|ADDRESS]], [[7437 RB|POSTCODE]] Bathmen - [[06 51 22 90 17|PHONE]] - [[koen@boomadvieshollander.nl|EMAIL]]",
], producer="PDFpen 13.1", creator="Pages", author="Koen Hollander", title="BTO Van Heeckerenpark",
 font="Times-Roman"),

Doc("kp06_factuur_boomadvies", "rl", [
 "# FACTUUR",
 "[[Boomadvies Hollander|ORG_SOLE]] - boomtechnisch advies en begeleiding",
 "[[Kerkweg 3|ADDRESS]], [[7437 RB|POSTCODE]] Bathmen",
 "KvK [[71234598|KVK]] - btw-id [[NL004512387B01|VAT]] - IBAN [[NL37 RABO 0318 4476 21|IBAN]]",
 "Aan: {{Woonstichting De Linde}}, crediteurenadministratie, {{Keizerstraat 40|PLACE}}, Deventer",
 "Factuurnummer {{2025-0198|REF}} - factuurdatum 28 november 2025 - uw referentie {{PO-45001877|REF}}",
 "| Omschrijving | Uren | Tarief | Bedrag |",
 "| Veldwerk {{VTA|TERM}} 11 bomen, 18-19 november | 12 | € 95,00 | € 1.140,00 |",
 "| {{Resistograph|PRODUCT}} metingen (3 bomen) | 3 | € 125,00 | € 375,00 |",
 "| Rapportage {{BAH-2025-0219|REF}} | 6 | € 95,00 | € 570,00 |",
 "| Subtotaal | | | € 2.085,00 |",
 "| btw 21% | | | € 437,85 |",
 "| Totaal | | | € 2.522,85 |",
 "Betaling binnen 30 dagen onder vermelding van het factuurnummer.",
 "Vragen? Bel [[Koen Hollander|PERSON]] op [[06 51 22 90 17|PHONE]].",
], producer="Moneybird PDF (wkhtmltopdf 0.12.6)", creator="Moneybird", title="Factuur 2025-0198"),

Doc("kp07_vergunningsbesluit", "docx", [
 "Gemeente Deventer",
 "Aan: {{Woonstichting De Linde}}, t.a.v. mevrouw [[H. Schuurman]]",
 "Zaaknummer: {{Z-2026-031187|REF}}   Datum: 26 februari 2026",
 "Onderwerp: besluit omgevingsvergunning vellen houtopstand {{Burgemeester Van Heeckerenpark|PLACE}}",
 "Geachte mevrouw [[Schuurman]],",
 "Op 12 januari 2026 heeft u een omgevingsvergunning aangevraagd voor het vellen van elf bomen. Wij verlenen de vergunning "
 "gedeeltelijk: voor zes bomen ({{B-121|REF}}, {{B-125|REF}} en {{B-126|REF}} t/m {{B-129|REF}}). Voor de zomereiken "
 "{{B-117|REF}} en {{B-118|REF}} en de plataan {{B-124|REF}} weigeren wij de vergunning, omdat het belang van behoud "
 "zwaarder weegt (artikel 4.3 {{omgevingsplan gemeente Deventer|LAW}}).",
 "Voorschriften: herplant van 18 bomen binnen 12 maanden; geen werkzaamheden tussen 15 maart en 15 juli; voorafgaand "
 "aan de kap een controle op vleermuizen door een deskundige; melding aan {{toezicht@deventer.nl|EMAIL_FUNC}} vijf "
 "werkdagen vooraf.",
 "Bezwaar: binnen zes weken na verzending bij het college ({{Algemene wet bestuursrecht|LAW}}, artikel 6:7).",
 "Met vriendelijke groet,",
 "namens dezen,",
 "[[R.J. Scholten]]",
 "teamleider Vergunningen",
 "Behandelend ambtenaar: [[Joost Harmelink]], telefoon [[0570 69 38 05|PHONE]], e-mail [[j.harmelink@deventer.nl|EMAIL]]",
], author="Harmelink, Joost", title="Besluit Z-2026-031187", creator="Microsoft® Word 2019",
 producer="Aspose.Words for .NET 23.4.0"),

Doc("kp08_bezwaarschrift_kolkman", "rl", [
 "[[R.H. Kolkman]] en [[M. Kolkman-Brink]]",
 "[[Hofstraat 27|ADDRESS]]",
 "[[7411 GD|POSTCODE]] Deventer",
 "Aan het college van burgemeester en wethouders van Deventer",
 "Deventer, 30 maart 2026",
 "Betreft: bezwaarschrift tegen omgevingsvergunning {{Z-2026-031187|REF}}",
 "Geacht college,",
 "Hierbij maken wij bezwaar tegen het besluit van 26 februari 2026 waarbij aan {{Woonstichting De Linde}} vergunning is "
 "verleend om zes bomen te kappen in het {{Burgemeester Van Heeckerenpark|PLACE}}. Wij wonen recht tegenover de beuk "
 "{{B-121|REF}}. Uit het rapport van [[Boomadvies Hollander|ORG_SOLE]] blijkt dat voor deze boom eerst vervolgonderzoek nodig is. "
 "Het college heeft de vergunning dus zonder voldoende onderzoek verleend (artikel 3:2 {{Awb|LAW}}).",
 "Daarnaast vrezen wij voor de gezondheid van onze dochter [[Sophie|PERSON]], die [[ernstig astma heeft|HEALTH]]: de bomen "
 "vangen fijnstof van de {{Hanzeweg|PLACE}} af.",
 "Wij vragen u het besluit te herroepen en ons te horen. U kunt ons bereiken op [[0570-612 448|PHONE]] of "
 "[[kolkmanbrink@ziggo.nl|EMAIL]].",
 "Hoogachtend,",
 "[[Ruud Kolkman]]          [[Marieke Kolkman-Brink]]",
], producer="Microsoft® Word 2016", creator="Microsoft® Word 2016", author="Ruud", title="bezwaar kap"),

Doc("kp09_bezwaarschrift_yildirim", "rl", [
 "Van: [[Sevda Yıldırım]]",
 "Adres: [[Koningin Wilhelminalaan 61|ADDRESS]], [[7415 KL|POSTCODE]] Deventer",
 "E-mail: [[sevda.yıldırım@gmail.com|EMAIL]]  |  mobiel [[0031 6 1904 7733|PHONE]]",
 "Geboortedatum: [[14-08-1979|DOB]]",
 "Aan: het college van B en W van Deventer, {{Grote Kerkhof 1|PLACE}}",
 "Datum: 2 april 2026",
 "Onderwerp: bezwaar tegen de kapvergunning voor het park ({{Z-2026-031187|REF}})",
 "Geacht college,",
 "Ik maak bezwaar tegen de kapvergunning. In de plataan {{B-124|REF}} en de beuk {{B-121|REF}} zitten volgens mij "
 "vleermuizen; ik zie ze elke zomeravond vanaf mijn balkon. De {{gewone dwergvleermuis|TERM}} is beschermd onder de "
 "{{Omgevingswet|LAW}} en het {{Besluit activiteiten leefomgeving|LAW}}. Ik heb filmpjes gemaakt met mijn neef "
 "[[Emre Yıldırım]] en stuur die graag mee.",
 "Ook wijs ik op de plek van de bomen in de geschiedenis van de wijk: de eiken zijn geplant in 1913 bij de opening van het "
 "park door {{burgemeester Van Heeckeren|PUBLIC}} en staan in het boek van de {{Historische Vereniging Deventer}}.",
 "Met vriendelijke groet,",
 "[[S. Yıldırım]]",
], font="DejaVu", producer="Skia/PDF m121", creator="Google Docs Renderer", title="Bezwaar kapvergunning"),

Doc("kp10_bezwaarschrift_handgeschreven", "scan", [], scan_pages=[[
 "# Bezwaarschrift",
 "Aan het college van Burgemeester en Wethouders",
 "Gemeente Deventer",
 "",
 "Ondergetekende: Gerrit-Jan Zwiers",
 "Adres: Vijverlaan 8, 7411 HP Deventer",
 "Telefoon: 0570 - 625 310",
 "",
 "Ik ben het niet eens met het kappen van de bomen",
 "in het park bij de vijver. Ik wandel er al 40 jaar",
 "met mijn hond. Mijn huisarts dokter Van Lente",
 "zegt dat ik na mijn hartinfarct elke dag moet wandelen.",
 "Zonder bomen is het park niet meer hetzelfde.",
 "",
 "Mijn buurman Bernard Lubbers denkt er ook zo over.",
 "",
 "Deventer, 4 april 2026",
 "Handtekening: G.J. Zwiers",
]], scan_caption="Ingekomen {{7 april 2026|DATE}} - {{gemeente Deventer}} - zaak {{Z-2026-031187|REF}}", hand=True,
 producer="Canon iR-ADV C5535 PDF", creator="Canon iR-ADV C5535", title="SCAN0417"),
]
# the scan's OCR items: text inside the image, declared with markup after the fact
DOCS[-1].scan_pages = [[l.replace("Gerrit-Jan Zwiers", "[[Gerrit-Jan Zwiers]]")
                         .replace("Vijverlaan 8", "[[Vijverlaan 8|ADDRESS]]")
                         .replace("7411 HP", "[[7411 HP|POSTCODE]]")
                         .replace("0570 - 625 310", "[[0570 - 625 310|PHONE]]")
                         .replace("Van Lente", "[[Van Lente]]")
                         .replace("hartinfarct", "[[hartinfarct|HEALTH]]")
                         .replace("Bernard Lubbers", "[[Bernard Lubbers]]")
                         .replace("G.J. Zwiers", "[[G.J. Zwiers]]") for l in DOCS[-1].scan_pages[0]]]

DOCS += [
Doc("kp11_bezwaar_advocaat", "rl", [
 "{{Advocatenkantoor IJsselhof}}",
 "{{Brink 81|PLACE}} - Deventer - {{www.ijsselhof-advocaten.nl|URL}}",
 "Behandeld door: mr. [[F.A.J. Eijsink]] - direct [[0570 - 745 102|PHONE]] - [[eijsink@ijsselhof-advocaten.nl|EMAIL]]",
 "Aan het college van burgemeester en wethouders van de {{gemeente Deventer}}",
 "Per e-mail en aangetekend   Datum: 6 april 2026   Ons kenmerk: {{2026.0331/FE|REF}}",
 "Betreft: pro-forma bezwaar {{Buurtvereniging Het Hofkwartier}} tegen besluit {{Z-2026-031187|REF}}",
 "Geacht college,",
 "Namens mijn cliënte, de vereniging {{Buurtvereniging Het Hofkwartier}} (statutair gevestigd te Deventer), "
 "vertegenwoordigd door haar voorzitter [[Pieter ter Horst]] en secretaris [[Łucja Nowak-Jansen]], maak ik bezwaar tegen "
 "uw besluit van 26 februari 2026. Ik verzoek u mij een termijn van vier weken te geven om de gronden aan te vullen.",
 "Tevens verzoek ik om een voorlopige voorziening bij de voorzieningenrechter van de {{Rechtbank Overijssel|ORG}} te "
 "voorkomen door toe te zeggen dat niet wordt gekapt voordat op het bezwaar is beslist.",
 "De machtiging en de statuten zijn bijgevoegd. De vereniging heeft 212 leden, onder wie de bezwaarmakers [[Kolkman]] "
 "en [[Yıldırım]].",
 "Hoogachtend,",
 "mr. [[F.A.J. Eijsink]]",
 "advocaat",
], font="DejaVuSerif", producer="Adobe PDF Library 23.1.175", creator="Acrobat PDFMaker 23 voor Word",
 author="F. Eijsink", title="Pro-forma bezwaar"),

Doc("kp12_ontvangst_bezwaar", "docx", [
 "Gemeente Deventer - {{bezwaarschriftencommissie}}",
 "Aan: mevrouw [[S. Yıldırım]], [[Koningin Wilhelminalaan 61|ADDRESS]], [[7415 KL|POSTCODE]] Deventer",
 "Datum: 8 april 2026   Ons kenmerk: {{BZW-2026-0147|REF}}",
 "Onderwerp: ontvangstbevestiging bezwaarschrift",
 "Geachte mevrouw [[Yıldırım]],",
 "Wij hebben uw bezwaarschrift van 2 april 2026 tegen de omgevingsvergunning {{Z-2026-031187|REF}} ontvangen. Uw "
 "bezwaar wordt behandeld door de onafhankelijke {{bezwaarschriftencommissie}} van de gemeente Deventer. U wordt "
 "uitgenodigd voor een hoorzitting. Bezwaren van andere omwonenden worden gelijktijdig behandeld.",
 "De secretaris van de commissie is [[Thijs Oosterveld]], bereikbaar via {{bezwaar@deventer.nl|EMAIL_FUNC}} of "
 "{{14 0570|PHONE_FUNC}}.",
 "Met vriendelijke groet,",
 "[[T. Oosterveld]]",
 "secretaris {{bezwaarschriftencommissie}}",
], author="Oosterveld, T.", title="Ontvangstbevestiging BZW-2026-0147"),

Doc("kp13_verslag_hoorzitting", "rl", [
 "# Verslag hoorzitting bezwaarschriftencommissie",
 "Datum: 12 mei 2026, 19.30 uur - {{Stadhuis Deventer|PLACE}}, zaal {{De Waag|PLACE}}",
 "Zaak: {{BZW-2026-0147|REF}} e.a. - bezwaren tegen omgevingsvergunning {{Z-2026-031187|REF}} (kap "
 "{{Burgemeester Van Heeckerenpark|PLACE}})",
 "## Aanwezig",
 "| Rol | Naam | Namens |",
 "| voorzitter | mr. [[A.C. van der Meulen-Ploeg]] | commissie (extern) |",
 "| lid | drs. [[H. Bakırcı]] | commissie (extern) |",
 "| lid | mr. [[P.J. Lenferink]] | commissie (extern) |",
 "| secretaris | [[T. Oosterveld]] | {{team Juridische Zaken}} |",
 "| bezwaarmaker | [[R.H. Kolkman]] | zichzelf en echtgenote |",
 "| bezwaarmaker | [[S. Yıldırım]] | zichzelf |",
 "| gemachtigde | mr. [[F.A.J. Eijsink]] | {{Buurtvereniging Het Hofkwartier}} |",
 "| verweerder | [[J. Harmelink]] | college, {{team VTH|ORG}} |",
 "| verweerder | dr. [[S.M. Oudenampsen]] | college, stadsecoloog |",
 "| vergunninghouder | [[H. Schuurman]] | {{Woonstichting De Linde}} |",
 "Afwezig met bericht: [[G.J. Zwiers]] (schriftelijke toelichting ontvangen).",
 "## 1. Opening",
 "De voorzitter opent de zitting en wijst erop dat de commissie onafhankelijk is en het college adviseert. De zitting "
 "is openbaar; er zijn circa 25 toehoorders.",
 "## 2. Toelichting bezwaarmakers",
 "De heer [[Kolkman]] licht toe dat het rapport van [[Hollander]] zelf vervolgonderzoek aanbeveelt voor de beuk. "
 "Hij noemt de gezondheid van zijn dochter; de voorzitter merkt op dat dit een persoonlijke omstandigheid is die in het "
 "verslag niet nader wordt uitgewerkt.",
 "Mevrouw [[Yıldırım]] toont beelden van vleermuizen bij de plataan. Zij vraagt waarom de stadsecoloog niet zelf heeft "
 "gekeken.",
 "Mr. [[Eijsink]] stelt dat het college de {{Lijst monumentale bomen Deventer|LAW}} niet heeft toegepast: voor "
 "monumentale bomen geldt een zwaardere motiveringsplicht (artikel 4.5 {{omgevingsplan gemeente Deventer|LAW}}).",
 "---",
 "## 3. Toelichting verweerder",
 "De heer [[Harmelink]] licht het besluit toe. Voor de beuk {{B-121|REF}} is het vervolgonderzoek na het besluit "
 "uitgevoerd; het bevestigt de aantasting door {{Meripilus giganteus|TERM}}. Mevrouw [[Oudenampsen]] zegt dat zij de "
 "{{quickscan flora en fauna|TERM}} van {{Ecologisch Adviesbureau Buitenwijs|ORG}} heeft beoordeeld en dat een "
 "nader onderzoek naar vleermuizen volgens het {{Vleermuisprotocol 2021|LAW}} nog loopt. Zij erkent dat zij zelf geen "
 "veldbezoek heeft gebracht.",
 "## 4. Vergunninghouder",
 "Mevrouw [[Schuurman]] zegt dat {{Woonstichting De Linde}} de bouwgrens niet kan verschuiven zonder 9 woningen te "
 "verliezen. Het project {{Parkrand Oost|PROJECT}} is onderdeel van de {{Woondeal Regio Stedendriehoek|PROJECT}}.",
 "## 5. Vragen commissie",
 "Mr. [[Lenferink]] vraagt of de {{Wet natuurbescherming|LAW}}-ontheffing nodig is. Drs. [[Bakırcı]] vraagt naar "
 "de herplant. De heer [[Harmelink]] zegt toe de stand van het vleermuisonderzoek binnen twee weken te sturen.",
 "## 6. Sluiting",
 "De voorzitter sluit de zitting om 21.10 uur. De commissie brengt binnen zes weken advies uit.",
 "## Actiepunten",
 "| Nr. | Actie | Wie | Wanneer |",
 "| 1 | Resultaat vleermuisonderzoek naar commissie | [[JH]] | 26 mei |",
 "| 2 | Verslag naar partijen | [[TO]] | 19 mei |",
 "| 3 | Concept-advies | [[AvdMP]] / [[TO]] | 16 juni |",
], font="DejaVu", producer="Microsoft® Word voor Microsoft 365", creator=W, title="Verslag hoorzitting 12 mei 2026",
 author="T. Oosterveld"),

Doc("kp14_whatsapp_bewoners", "rl", [
 "WhatsApp-chat met Bomen Van Heeckerenpark 🌳".replace(" 🌳", ""),
 "[02-03-26 20:14] [[Pieter ter Horst]]: Mensen, de kapvergunning is verleend. Zes bomen gaan eruit, ook de beuk bij de vijver",
 "[02-03-26 20:15] [[Fen]]: Wat?! Die bij [[Ruud]] en [[Marieke]] voor de deur?",
 "[02-03-26 20:17] [[Ruud Kolkman]]: Ja. Wij gaan bezwaar maken. [[Sophie]] is er helemaal van slag van",
 "[02-03-26 20:19] [[Bennie]]: Ik ken iemand bij de gemeente, [[Joost]] van vergunningen. Zal ik hem appen?",
 "[02-03-26 20:20] [[Pieter ter Horst]]: Liever niet [[Bennie]], we doen het netjes via de {{Buurtvereniging Het Hofkwartier}}",
 "[02-03-26 20:31] [[Łucja Nowak-Jansen]]: Ik heb mr. [[Eijsink]] gebeld, hij wil het pro deo-achtig doen voor de vereniging",
 "[02-03-26 20:33] [[Sevda]]: Ik heb filmpjes van de vleermuizen!! Mijn neef [[Emre]] heeft een batdetector",
 "[02-03-26 20:34] [[Fen]]: Top Sevda 👍".replace(" 👍", "").replace("Sevda", "[[Sevda]]"),
 "[03-03-26 08:02] [[Maarten van 't Hoff]]: Ik dien vandaag een Woo-verzoek in. Dan zien we wat die ecoloog heeft gezegd",
 "[03-03-26 08:05] [[Ingrid Bosch-Terpstra]]: Doe ook namens de buurtvereniging, [[Maarten]]. Mijn nummer voor de pers: [[06 38 11 40 52|PHONE]]",
 "[03-03-26 09:40] [[Gerrit-Jan]]: Ik schrijf een brief. Mijn dochter typt hem wel uit",
 "[03-03-26 12:11] [[Fen]]: Morgen staat er iets in {{De Stentor|ORG}}. Wethouder {{Stapelkamp|PUBLIC}} reageert nog niet",
 "[03-03-26 12:13] [[Bennie]]: Die [[Schuurman]] van {{De Linde|ORG}} stond vanochtend met een landmeter in het park",
 "[03-03-26 12:20] [[Pieter ter Horst]]: Petitie loopt al op 340 handtekeningen. Link: {{petities.nl/bomenvanheeckerenpark|URL}}",
 "---",
 "[05-03-26 21:02] [[Fenna Ruiters]] heeft [[+31 6 48 90 21 67|PHONE]] toegevoegd",
 "[05-03-26 21:03] [[+31 6 48 90 21 67|PHONE]]: Hoi allemaal, [[Dorien]] hier van nummer 31. Kan ik helpen met flyeren?",
 "[05-03-26 21:05] [[Pieter ter Horst]]: Welkom [[Dorien]]! Graag. Zaterdag 10 uur bij de {{Anne Frankschool|PLACE}}",
 "[12-05-26 22:45] [[Łucja Nowak-Jansen]]: Hoorzitting was goed. Die commissievoorzitter was scherp. De ecoloog gaf toe dat ze nooit in het park is geweest!",
 "[12-05-26 22:47] [[Sevda]]: Dank aan iedereen die er was ❤️".replace(" ❤️", ""),
 "[12-05-26 22:50] [[Ruud Kolkman]]: Raadslid {{Brouwer-Özdemir|PUBLIC}} stelt vragen, heeft ze me net gemaild",
], font="DejaVu", producer="iOS Version 17.4 (Build 21E219) Quartz PDFContext", creator="WhatsApp", title="WhatsApp-chat"),
]
