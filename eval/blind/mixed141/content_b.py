"""Set ZF, part B: sound, meeting, decision, council, press, scans, Woo decision."""
from lib import Doc
from content_a import MOTIV

DOCS = [
Doc("zf12_factuur_geluid", "Factuur 2026-031 Reijnders Audio", [
    "# [[Reijnders Audio]]",
    "geluidstechniek & FOH-engineering - eenmanszaak",
    "[[Tom Reijnders]] | [[Kamperzand 19]] | [[8253 TW Dronten]]",
    "[[tom@reijnders-audio.nl]] | [[06-24690137]]",
    "KvK [[82041177]] | btw [[NL003562418B27]] | IBAN [[NL47 RABO 0312 4455 81]]",
    "",
    "Aan: {{Polder Live Events B.V.}}, t.a.v. crediteurenadministratie, {{Stationsstraat 4}}, {{Lelystad}}",
    "Factuurnummer: {{2026-031}} | Factuurdatum: 24 juli 2026 | Uw referentie: {{PO-LS26-114}}",
    "|Omschrijving|Aantal|Prijs|Bedrag",
    "|FOH-engineering mainstage {{Lakeside Sounds 2026}}, 18-19 juli|2 dagen|€ 650,00|€ 1.300,00",
    "|Geluidsmetingen dB(A)/dB(C) met {{SMAART v9}} en {{NTi XL2}}|2 dagen|€ 175,00|€ 350,00",
    "|Opbouw en line-check {{d&b audiotechnik}} {{KSL8}}-systeem|1 dag|€ 480,00|€ 480,00",
    "|Reiskosten|84 km|€ 0,23|€ 19,32",
    "|Subtotaal|||€ 2.149,32",
    "|btw 21%|||€ 451,36",
    "|Totaal|||€ 2.600,68",
    "",
    "Graag binnen 14 dagen overmaken op [[NL47 RABO 0312 4455 81]] t.n.v. [[T.W. Reijnders]] o.v.v. het factuurnummer.",
], font="Helvetica", producer="Moneybird PDF", creator="Moneybird"),

Doc("zf13_meetrapport_ofgv", "Meetrapport geluid Lakeside Sounds", [
    "# {{Omgevingsdienst Flevoland & Gooi en Vechtstreek}}",
    "Meetrapport evenementengeluid - {{Lakeside Sounds 2026}} - zaak {{OFGV-2026-30914}}",
    "Metingen uitgevoerd door [[ing. B. Klein Gunnewiek]] ({{gemeente Dronten}}) en [[S. (Sander) Mulderij]] ({{OFGV}}).",
    "Meetapparatuur: {{Brüel & Kjær 2250}}, kalibratie 1 juli 2026.",
    "## Meetpunten",
    "|Meetpunt|Locatie|Max. dB(A)|Max. dB(C)|Norm",
    "|MP1|FOH mainstage|98,4|112,0|96 / -",
    "|MP2|gevel {{Reigerweg}} (openbaar trottoir)|72,1|88,6|70 / 85",
    "|MP3|gevel {{Kievitlaan}}|68,3|83,9|70 / 85",
    "|MP4|{{Dronterringweg}} bij {{Swifterbantsluis}}|61,0|77,2|-",
    "",
    "---",
    "## Conclusie",
    "|Meetploeg|Rol|Bereikbaar",
    "|[[Bart Klein Gunnewiek]]|toezicht, MP2 en MP3|[[06-71830062]]",
    "|[[Sander Mulderij]]|meting en rapportage|[[06-19027744]], [[s.mulderij@ofgv.nl]]",
    "|[[Joyce Wolters-Ng]]|meetassistent OFGV|[[06-52001968]]",
    "Op zaterdag 18 juli is tussen 22.30 en 23.15 uur de norm bij MP2 overschreden met 2,1 dB(A) en 3,6 dB(C). "
    "De overschrijding is ter plaatse gemeld aan de geluidstechnicus van de organisator. Na bijregelen lag het "
    "niveau bij MP2 om 23.20 uur op 69,5 dB(A). Op zondag zijn geen overschrijdingen gemeten.",
    "Bij MP2 meldde een bewoner, de heer [[Wildeboer]], zich bij de meetploeg; zijn gegevens zijn niet in dit rapport "
    "opgenomen.",
    "Rapportage gecontroleerd door [[drs. E.P. (Evelien) Haaksma-Brouwer]], senior adviseur geluid.",
    "",
    ">> OFGV, {{Visarenddreef 1}}, {{Lelystad}} | {{088-6330000}} | {{post@ofgv.nl}}",
], font="DejaVu", producer="Adobe PDF Library 21.1", creator="Acrobat PDFMaker 21 voor Word", author="Sander Mulderij",
   author_redact=False),

Doc("zf14_verslag_mdo", "Verslag multidisciplinair overleg evenementen", [
    "# Verslag multidisciplinair evenementenoverleg (MDO)",
    "Datum: 12 juni 2026, 10.00-11.45 uur | Locatie: {{gemeentehuis Dronten}}, vergaderzaal {{De Ketel}}",
    "Onderwerp: {{Lakeside Sounds 2026}} ({{EV-2026-0088}})",
    "|Naam|Organisatie|Functie|Initialen",
    "|[[Marieke Hoogendoorn-Smit]]|{{gemeente Dronten}}|vergunningverlener (voorzitter)|[[MHS]]",
    "|[[Bart Klein Gunnewiek]]|{{gemeente Dronten}}|toezichthouder|[[BKG]]",
    "|[[Henk Zwartjes]]|{{Politie Midden-Nederland}}|evenementencoördinator|[[HZw]]",
    "|[[Kees Blokzijl]]|{{Veiligheidsregio Flevoland}}|adviseur risicobeheersing|[[KBl]]",
    "|[[Annemiek Rozendaal]]|{{GHOR Flevoland}}|adviseur GHOR|[[AR]]",
    "|[[Sander Mulderij]]|{{OFGV}}|adviseur geluid|[[SMu]]",
    "|[[Wouter Jan Dekkers]]|{{gemeente Dronten}}|verkeerskundige|[[WJD]]",
    "|[[Sophie ter Horst]]|{{Polder Live Events B.V.}}|productieleider (punt 3-5)|[[SdH]]",
    "|[[Mohamed Bakkali]]|{{Polder Live Events B.V.}}|sitemanager (punt 3-5)|[[MB]]",
    "Afwezig met bericht: [[Ilse van der Wal]] (juridische zaken).",
    "## 1. Opening en mededelingen",
    "[[MHS]] opent. {{Burgemeester Brinkhuis}} heeft laten weten dat zij bij de opening van het festival aanwezig is.",
    "## 2. Verslag vorig overleg",
    "Vastgesteld. Actie [[WJD]] (bebording {{N309}}) is afgerond.",
    "## 3. Veiligheidsplan",
    "[[HZw]] vraagt naar de vaste contactpersoon in de commandopost. [[SdH]] antwoordt dat dit de heer "
    "[[Pieterse-de Graaf]] is, hoofd beveiliging. [[KBl]] mist een brandblusser bij de FOH.",
    "## 4. Geluid",
    "[[SMu]] licht de meetpunten toe. De organisator wil op zaterdag tot 24.00 uur; [[MHS]] wijst op de "
    "{{Nota Evenementenbeleid Dronten 2024}}: dat kan alleen met een ontheffing van de burgemeester.",
    "Vorig jaar kwamen bij {{Dronten Dance Night}} 11 klachten binnen, vooral uit de wijk {{Reigerweide}}.",
    "## 5. Medische inzet",
    "[[AR]]: 4 EHBO-teams en één ambulance standby. Afspraak met {{Ambulancezorg Flevoland}} volgt.",
    "---",
    "## 6. Actielijst",
    "|Nr.|Actie|Wie|Gereed",
    "|26-14|Vaste contactpersoon commandopost doorgeven|[[SdH]]|19 juni",
    "|26-15|Extra blusmiddelen FOH opnemen in plan|[[MB]]|19 juni",
    "|26-16|Meetplan geluid afstemmen met organisator|[[SMu]] / [[BKG]]|1 juli",
    "|26-17|Advies ontheffing eindtijd voorbereiden|[[MHS]]|26 juni",
    "|26-18|Bewonersbrief versturen|[[MB]]|3 juli",
    "|26-19|Afspraak ambulance standby|[[AR]]|26 juni",
    "Volgend overleg: 3 juli 2026. Verslag: [[R. Tuinstra]] (secretariaat VTH).",
], font="Helvetica", producer="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365",
   author="Rinske Tuinstra", xmp_creator="Rinske Tuinstra"),

Doc("zf15_besluit_vergunning", "Besluit evenementenvergunning Lakeside Sounds 2026", [
    "# Besluit evenementenvergunning",
    "{{Gemeente Dronten}} | Zaaknummer {{EV-2026-0088}} | Verzonden 7 juli 2026",
    "",
    "{{Polder Live Events B.V.}}",
    "t.a.v. [[de heer D.J. Verhoeckx]]",
    "{{Stationsstraat 4}}",
    "{{8232 AM Lelystad}}",
    "",
    "Geachte heer [[Verhoeckx]],",
    "Op 14 april 2026 heeft u een evenementenvergunning aangevraagd voor {{Lakeside Sounds 2026}} op 18 en 19 juli "
    "2026 op het {{Festivalterrein Oostvaardersstrand}}. Gelet op artikel 2:25 van de {{Algemene Plaatselijke "
    "Verordening Dronten 2023}} (APV) verleen ik u de gevraagde vergunning onder de volgende voorschriften.",
    "## Voorschriften",
    "1. Het geluidsniveau bedraagt op de gevel van woningen ten hoogste 70 dB(A) en 85 dB(C).",
    "2. De muziek eindigt op vrijdag en zaterdag om 23.00 uur. Het verzoek om ontheffing tot 24.00 uur wijs ik af.",
    "3. Het veiligheidsplan versie 3.1 en de adviezen van de {{Politie Midden-Nederland}}, de "
    "{{Veiligheidsregio Flevoland}} en de {{GHOR Flevoland}} maken deel uit van deze vergunning.",
    "4. De organisator zorgt voor een bewonersbrief en een klachtentelefoon die tijdens het festival bemand is.",
    "5. De toezichthouder van de gemeente heeft te allen tijde toegang tot de FOH en de commandopost.",
    "## Overwegingen",
    "Bij de afweging heb ik het belang van een levendig evenementenaanbod in {{Dronten}} afgewogen tegen het "
    "woon- en leefklimaat in de wijken {{Reigerweide}} en {{De Gilden}}. In 2025 kwamen na {{Dronten Dance Night}} "
    "elf klachten binnen. Een latere eindtijd acht ik daarom niet aanvaardbaar.",
    "De vergunning is voorbereid door [[mevrouw M. Hoogendoorn-Smit]], vergunningverlener evenementen, telefoon "
    "[[0321 38 44 72]].",
    "---",
    "## Bezwaar",
    "Binnen zes weken na de dag van verzending kunt u bezwaar maken bij de {{burgemeester van Dronten}}, "
    "Postbus 100, 8250 AC Dronten, of digitaal via www.dronten.nl/bezwaar.",
    "",
    "Hoogachtend,",
    "de burgemeester van Dronten,",
    "{{J.M. Brinkhuis}}",
    "",
    "Deze vergunning is ook gepubliceerd in het {{Gemeenteblad}} (nr. {{2026-185422}}).",
    "Afschrift: {{Politie Midden-Nederland}}; {{Veiligheidsregio Flevoland}}; {{OFGV}}; [[B. Klein Gunnewiek]] (toezicht).",
], font="Times", producer="Aspose.Words for .NET 23.4", creator="Zaaksysteem Dronten",
   author="Hoogendoorn-Smit, M.", author_redact=True),

Doc("zf16_raadsvragen", "Schriftelijke vragen geluidsoverlast festival", [
    "# Schriftelijke vragen ex artikel 40 {{Reglement van orde}}",
    "Van: {{raadslid El Khatib}} ({{D66}})",
    "Aan: het college van burgemeester en wethouders van Dronten",
    "Datum: 23 juli 2026 | Registratienummer {{RV-2026-041}}",
    "Onderwerp: geluidsoverlast {{Lakeside Sounds 2026}}",
    "",
    "Inleiding",
    "Tijdens het festival {{Lakeside Sounds 2026}} hebben bewoners van de wijk {{Reigerweide}} geklaagd over "
    "geluidsoverlast tot na middernacht. Eén bewoner, een oudere man van de Reigerweg wiens vrouw "
    "[[hartpatiënt|HEALTH]] is, vertelde mij dat hij de organisatie zelf moest bellen omdat niemand van de gemeente reageerde. "
    "Ik heb daarom de volgende vragen:",
    "1. Hoeveel meldingen over geluidsoverlast zijn er binnengekomen, en hoeveel na 23.00 uur?",
    "2. Is de geluidsnorm uit de vergunning overschreden volgens de metingen van de {{OFGV}}?",
    "3. Waarom is de muziek niet om 23.00 uur stilgezet, terwijl de vergunning dat voorschrijft?",
    "4. Klopt het dat de organisator in de bewonersbrief het privénummer van een medewerker heeft vermeld in "
    "plaats van een klachtentelefoon?",
    "5. Is het college bereid bij {{Lakeside Sounds 2027}} een onafhankelijk klachtenmeldpunt in te stellen?",
    "",
    "{{Fatima el Khatib}}, raadslid {{D66}} Dronten",
], font="DejaVu", producer="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365",
   author="Fatima el Khatib", author_redact=False),
]

DOCS += [
Doc("zf17_antwoord_college", "Beantwoording schriftelijke vragen RV-2026-041", [
    "# Beantwoording schriftelijke vragen",
    "Registratienummer {{RV-2026-041}} | Vragensteller: {{raadslid El Khatib}} ({{D66}}) | Portefeuillehouder: "
    "{{burgemeester Brinkhuis}}",
    "Datum collegebesluit: 11 augustus 2026",
    "",
    "Vraag 1. Hoeveel meldingen over geluidsoverlast zijn er binnengekomen, en hoeveel na 23.00 uur?",
    "Antwoord: Via de {{Meldingen Openbare Ruimte}} zijn zeven meldingen binnengekomen, waarvan vijf na "
    "23.00 uur. Daarnaast ontving de organisator zelf enkele telefonische klachten.",
    "Vraag 2. Is de geluidsnorm overschreden?",
    "Antwoord: Ja. Volgens het meetrapport van de {{Omgevingsdienst Flevoland & Gooi en Vechtstreek}} is op zaterdag "
    "tussen 22.30 en 23.15 uur de norm op één meetpunt overschreden met 2,1 dB(A). Na aanspreken door onze "
    "toezichthouder is het volume teruggebracht.",
    "Vraag 3. Waarom is de muziek niet om 23.00 uur stilgezet?",
    "Antwoord: De laatste act is om 23.14 uur geëindigd. De toezichthouder heeft dit geconstateerd en de "
    "organisator heeft een vooraankondiging van een last onder dwangsom ontvangen ({{HH-2026-0192}}).",
    "Vraag 4. Klopt het dat een privénummer in de bewonersbrief stond?",
    "Antwoord: In de bewonersbrief stond het mobiele nummer van een medewerker van de organisator. Dat nummer "
    "was bedoeld als klachtentelefoon. Wij hebben met {{Polder Live Events B.V.}} afgesproken dat zij volgend jaar "
    "een apart nummer gebruiken. Het college noemt geen namen van medewerkers van de organisator of van bewoners.",
    "Vraag 5. Is het college bereid een onafhankelijk klachtenmeldpunt in te stellen?",
    "Antwoord: Ja. Voor {{Lakeside Sounds 2027}} richten wij samen met de {{OFGV}} een meldpunt in dat bereikbaar is "
    "via {{14 0321}}. Wethouder {{Vosselman}} betrekt dit bij de evaluatie van de {{Nota Evenementenbeleid Dronten 2024}}.",
    "",
    "Het college van burgemeester en wethouders van Dronten,",
    "de secretaris, de burgemeester,",
    "{{drs. P.A. van Stralen}} {{J.M. Brinkhuis}}",
    ">> Behandelend ambtenaar: [[I. van der Wal]], [[i.vanderwal@dronten.nl]]",
], kind="docx", producer="LibreOffice 7.6", creator="Writer", author="", xmp_creator=""),

Doc("zf18_beslisnota", "Beslisnota ontheffing eindtijd en handhaving", [
    "# Beslisnota aan de burgemeester",
    "|Aan|{{burgemeester Brinkhuis}}",
    "|Van|[[M. Hoogendoorn-Smit]], {{team VTH}}",
    "|Datum|25 juni 2026",
    "|Kenmerk|{{BN-2026-0311}}",
    "|Onderwerp|verzoek ontheffing eindtijd {{Lakeside Sounds 2026}}",
    "|Contactpersoon|[[Marieke Hoogendoorn-Smit]], [[06-46119023]], [[m.hoogendoorn-smit@dronten.nl]]",
    "|Kopie aan|[[Ilse van der Wal]] (JZ), [[Bart Klein Gunnewiek]] (toezicht)",
    "## Aanleiding",
    "{{Polder Live Events B.V.}} vraagt ontheffing van de eindtijd van 23.00 uur voor zaterdag 18 juli tot 24.00 uur.",
    "## Geadviseerd besluit",
    "Aan de burgemeester wordt gevraagd: de ontheffing te weigeren en de vergunning te verlenen met eindtijd 23.00 uur.",
    "## Kern",
    "- De {{Nota Evenementenbeleid Dronten 2024}} staat een latere eindtijd alleen toe bij maximaal twee "
    "evenementen per jaar op hetzelfde terrein; het {{Oostvaardersstrand}} heeft er dit jaar al twee.",
    "- Bij {{Dronten Dance Night}} 2025 kwamen elf klachten binnen.",
    "- De politie en de {{OFGV}} adviseren de eindtijd niet te verruimen.",
    "## Krachtenveld",
    "Raadslid {{El Khatib}} ({{D66}}) heeft eerder aandacht gevraagd voor overlast. Ondernemersvereniging {{Dronten "
    "Centraal}} steunt een latere eindtijd. De directeur van de organisator, de heer [[Verhoeckx]], heeft "
    "telefonisch laten weten zo nodig bezwaar te maken.",
    "## Toelichting",
    "Juridisch advies van [[mr. I. van der Wal]]: een weigering is goed te motiveren met het beleid en de klachten "
    "van 2025. Zij wijst erop dat de organisator de bewoners vooraf moet informeren.",
    "---",
    "## Paraaf",
    "|Naam|Functie|Paraaf|Datum",
    "|[[M. Hoogendoorn-Smit]]|vergunningverlener|[[MHS]]|25-06",
    "|[[G.H. ten Brinke]]|teamleider VTH|[[GtB]]|26-06",
    "|[[A. de Vries-Lanting]]|afdelingsmanager|[[AdVL]]|29-06",
    "",
] + MOTIV, font="DejaVu", producer="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365",
   author="Hoogendoorn-Smit, M.", author_redact=True,
   outline=[("Aanleiding", 0), ("Concept [[Gerard ten Brinke]] - versie 2", 0), ("Reactie [[Dorien Akkerman]] (communicatie)", 0)]),

Doc("zf19_bewonersbrief", "Bewonersbrief Lakeside Sounds 2026", [
    "# {{Lakeside Sounds 2026}} - informatie voor omwonenden",
    "{{Polder Live Events B.V.}} | {{Stationsstraat 4}}, {{Lelystad}} | {{info@polderlive.nl}}",
    "",
    "Beste bewoners van {{Reigerweide}} en {{De Gilden}},",
    "Op zaterdag 18 en zondag 19 juli vindt op het {{Festivalterrein Oostvaardersstrand}} weer {{Lakeside Sounds}} "
    "plaats. Wij doen er alles aan om de overlast te beperken. Het geluid is gericht op het {{Drontermeer}} en "
    "de muziek stopt om 23.00 uur.",
    "De {{Dronterringweg}} is op beide dagen tussen 11.00 en 02.00 uur afgesloten voor doorgaand verkeer. "
    "Bewoners met een ontheffing kunnen via de {{Educalaan}} rijden.",
    "Heeft u tijdens het festival last van geluid? Bel onze bewonerslijn: [[06-33019284]] (productieleider "
    "[[Sophie]]) of na 22.00 uur [[06-12904478]] ([[Daan Verhoeckx]]).",
    "Als dank ontvangt u twee vrijkaarten; haal ze op bij {{Boekhandel De Ketel}} aan de {{De Rede}}.",
    "",
    "Met muzikale groet,",
    "het team van {{Lakeside Sounds}}",
], font="Helvetica", producer="Canva", creator="Canva"),

Doc("zf20_persbericht", "Persbericht evaluatie Lakeside Sounds 2026", [
    "# Persbericht",
    "{{Gemeente Dronten}}, 14 augustus 2026",
    "## Burgemeester: festival geslaagd, overlast moet omlaag",
    "{{Lakeside Sounds 2026}} trok ruim 18.000 bezoekers naar het {{Oostvaardersstrand}}. {{Burgemeester "
    "Brinkhuis}} spreekt van een geslaagd evenement, maar ziet ook verbeterpunten. \"Zeven meldingen van "
    "geluidsoverlast is te veel. Volgend jaar komt er een onafhankelijk meldpunt,\" aldus de burgemeester.",
    "Wethouder {{Erik Vosselman}} (evenementen) wil het festival behouden: \"{{Lakeside Sounds}} zet {{Dronten}} op "
    "de kaart en levert de lokale horeca veel op.\"",
    "De {{OFGV}} mat op zaterdagavond een kortstondige overschrijding van de geluidsnorm. Het college heeft de "
    "organisator daarop aangesproken.",
    "",
    "Noot voor de redactie (niet voor publicatie): vragen via het persnummer {{0321 38 44 00}} of "
    "{{pers@dronten.nl}}.",
], font="Times", producer="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365",
   author="Dorien Akkerman", xmp_creator="Akkerman, Dorien"),

Doc("zf21_scan_brief_bewoner", "Scan brief bewoner", [], kind="scan", producer="Canon iR-ADV C5535 PDF",
    creator="Canon iR-ADV C5535", rotate=0.8, scan_lines=[
    "~[[Agnieszka Wiśniewska]]",
    "~[[Dotterbloemstraat 41]]",
    "~[[8252 RH Dronten]]",
    "",
    "~Aan de burgemeester van Dronten",
    "",
    "~Dronten, 20 juli 2026",
    "",
    "~Geachte burgemeester,",
    "~Mijn dochtertje [[Zofia]] van 8 maanden heeft twee nachten",
    "~niet geslapen door het festival. Zij is net geopereerd",
    "~aan haar [[hartklepje|HEALTH]] en moet rust hebben.",
    "~Ik heb om 23.05 gebeld met [[06-87120354]] (mijn nummer).",
    "~Niemand belde terug. Ik vraag u het festival",
    "~volgend jaar niet meer toe te staan.",
    "",
    "~Met vriendelijke groet,",
    "~[[A. Wiśniewska]]",
    "~[[a.wisniewska@gmail.com]]",
]),

Doc("zf22_scan_presentielijst", "Scan presentielijst MDO 3 juli", [], kind="scan", producer="KONICA MINOLTA bizhub C360i",
    creator="KONICA MINOLTA bizhub", rotate=-0.7, scan_lines=[
    "# Presentielijst MDO evenementen 3 juli 2026",
    "Lakeside Sounds 2026 - EV-2026-0088",
    "",
    "Naam                          Organisatie         Paraaf",
    "[[Marieke Hoogendoorn-Smit]]      gemeente Dronten     ~[[MHS]]",
    "[[Bart Klein Gunnewiek]]          gemeente Dronten     ~[[BKG]]",
    "[[Henk Zwartjes]]                 Politie              ~[[HZw]]",
    "[[Kees Blokzijl]]                 Veiligheidsregio     ~[[KBl]]",
    "[[Sander Mulderij]]               OFGV                 ~[[SMu]]",
    "[[Sophie ter Horst]]              Polder Live          ~[[SdH]]",
    "[[Ronald Pieterse-de Graaf]]      Sentinel             ~[[RPdG]]",
    "",
    "~nagekomen: [[Wouter Jan Dekkers]] 10.20u",
]),

Doc("zf23_scan_aanwijzing", "Scan aanwijzingsbesluit toezichthouder", [], kind="scan", producer="HP Digital Sending Software",
    creator="HP ScanJet Pro", rotate=0.5, scan_lines=[
    "# Aanwijzing toezichthouder evenementen",
    "",
    "De burgemeester van Dronten wijst op grond van artikel 5:11",
    "van de Algemene wet bestuursrecht aan als toezichthouder:",
    "",
    "naam: [[Bart Klein Gunnewiek]]",
    "geboortedatum: [[02-11-1984]]",
    "personeelsnummer: [[DR-004718]]",
    "legitimatiebewijs nr.: [[TH-2026-117]]",
    "",
    "voor het toezicht op de naleving van de APV en de",
    "evenementenvergunning Lakeside Sounds 2026.",
    "",
    "Dronten, 1 juli 2026",
    "de burgemeester van Dronten,",
    "",
    "~(handtekening)",
    "",
    "~voor ontvangst: [[B. Klein Gunnewiek]]",
]),
]

DOCS += [
Doc("zf24_mail_evaluatie_politie", "RE: evaluatie Lakeside Sounds", [
    "Van: [[Zwartjes, Henk]] <[[henk.zwartjes@politie.nl]]>",
    "Verzonden: dinsdag 28 juli 2026 09:14",
    "Aan: [[Hoogendoorn-Smit, Marieke]] <[[m.hoogendoorn-smit@dronten.nl]]>",
    "CC: [[Blokzijl, Kees]] <[[k.blokzijl@vrflevoland.nl]]>; [[Rozendaal, Annemiek]] <[[a.rozendaal@ghorflevoland.nl]]>; "
    "{{evenementen@dronten.nl}}",
    "Onderwerp: RE: evaluatie {{Lakeside Sounds 2026}}",
    "",
    "Goedemorgen [[Marieke]],",
    "Vanuit de politie: twee aanhoudingen (bezit harddrugs, mishandeling bij ingang noord), een vermist kind "
    "binnen 20 minuten terug. De samenwerking met [[Ronald]] van {{Sentinel Crowd Services B.V.}} was goed. Wel "
    "stond de klachtentelefoon van de organisator op naam van een medewerker; bewoners belden daardoor ook "
    "ons nummer {{0900-8844}}.",
    "Een van de aangehouden personen, [[Kevin Marskamp|PERSON]] ([[05-05-2003]]), is bekend bij ons; dat "
    "hoort niet in een evaluatie voor derden, dus graag uit het verslag houden.",
    "",
    "Met vriendelijke groet,",
    "[[Henk Zwartjes]]",
    "Brigadier / evenementencoördinator {{Basisteam Dronten}}",
    "M [[06-53821990]]",
    "",
    "Van: [[Hoogendoorn-Smit, Marieke]] <[[m.hoogendoorn-smit@dronten.nl]]>",
    "Verzonden: maandag 27 juli 2026 15:30",
    "Aan: [[Zwartjes, Henk]] <[[henk.zwartjes@politie.nl]]>; [[Blokzijl, Kees]] <[[k.blokzijl@vrflevoland.nl]]>",
    "CC: [[Klein Gunnewiek, Bart]] <[[b.kleingunnewiek@dronten.nl]]>; [[Mulderij, Sander]] <[[s.mulderij@ofgv.nl]]>",
    "Onderwerp: evaluatie {{Lakeside Sounds 2026}}",
    "",
    "Beste allen,",
    "Graag ontvang ik voor 31 juli jullie punten voor de evaluatie. Het MDO van 3 september gebruiken we voor de "
    "bespreking met de organisatie. [[Sander]], kun jij het meetrapport meesturen?",
    "",
    "Groet, [[Marieke]]",
    "[[M. Hoogendoorn-Smit]] | {{team VTH}} | {{gemeente Dronten}} | {{De Rede 1}}",
    "T [[0321 38 44 72]]",
], font="DejaVu", producer="Microsoft Outlook 16.0", creator="Microsoft Outlook 16.0"),

Doc("zf25_teams_chat", "Teams-chat team VTH festivalweekend", [
    "# Chat - Festivalweekend VTH",
    ">> Microsoft Teams export, 18-07-2026 t/m 19-07-2026",
    "[[Bart Klein Gunnewiek]] 22:38: sta bij MP2 op de Reigerweg, 72 dB(A), ze zitten erboven",
    "[[Marieke Hoogendoorn-Smit]] 22:40: bel [[Sophie]] van de organisatie maar, die is aanspreekpunt",
    "[[Bart Klein Gunnewiek]] 22:52: gedaan, technicus ([[Tom]]) draait terug. Bewoner [[Wildeboer]] staat naast me, boos",
    "[[Marieke Hoogendoorn-Smit]] 22:53: blijf vriendelijk 🙂 hij heeft ook de burgemeester gemaild",
    "[[Rinske Tuinstra]] 23:15: melding 5 binnen via MOR, [[mevr. Koopmans]] van nr. 18",
    "[[Bart Klein Gunnewiek]] 23:16: muziek is nu uit, laatste nummer liep tot 23.14",
    "[[Ilse van der Wal]] 09:02: goedemorgen, moet ik de vooraankondiging dwangsom al opstellen? Dan graag je "
    "rapport van bevindingen [[Bart]]",
    "[[Bart Klein Gunnewiek]] 09:30: vanmiddag. Wel even noteren dat [[BKG]] = ik in het meetlog",
    "[[Marieke Hoogendoorn-Smit]] 09:31: 👍 en stuur het naar {{handhaving@dronten.nl}}",
    "[[Rinske Tuinstra]] 09:45: [[mevr. Wiśniewska]] heeft ook gebeld, ze stuurt een brief. Haar dochtertje is "
    "net [[geopereerd|HEALTH]], ze was erg emotioneel",
    "[[Ilse van der Wal]] 09:47: noteer het nummer even niet in de chat, zet het in het zaaksysteem",
    "[[Yvonne Stapel]] 10:02: ik pak de evaluatie op, [[Marieke]] jij bent maandag vrij toch?",
    "[[Marieke Hoogendoorn-Smit]] 10:03: klopt, bereikbaar op [[06-46119023]] als het brandt",
], font="DejaVu", producer="Microsoft: Print To PDF", creator="Microsoft Teams"),

Doc("zf26_evaluatieverslag", "Evaluatie Lakeside Sounds 2026", [
    "# Evaluatie {{Lakeside Sounds 2026}}",
    "Multidisciplinair evenementenoverleg, 3 september 2026 - concept",
    "## 1. Algemeen",
    "Het festival is zonder grote incidenten verlopen. Bezoekersaantal: 18.240 over twee dagen. De samenwerking "
    "tussen {{Polder Live Events B.V.}}, {{Sentinel Crowd Services B.V.}}, de {{Politie Midden-Nederland}}, de "
    "{{Veiligheidsregio Flevoland}} en de {{GHOR Flevoland}} was goed.",
    "## 2. Geluid",
    "De {{OFGV}} heeft op zaterdag een overschrijding gemeten van 2,1 dB(A) bij meetpunt MP2 ({{Reigerweg}}). De "
    "geluidstechnicus heeft na aanspreken direct teruggeregeld. De eindtijd van 23.00 uur is met 14 minuten "
    "overschreden. Handhavingszaak: {{HH-2026-0192}}.",
    "## 3. Klachten",
    "Zeven meldingen via MOR, vijf na 23.00 uur. Klachtenlijn organisator liep via een privénummer; dat was niet "
    "conform voorschrift 4 van de vergunning.",
    "## 4. Medisch",
    "EHBO: 61 hulpvragen, waarvan 4 doorverwezen naar de huisartsenpost en 1 ambulancerit. Geen ernstige incidenten.",
    "---",
    "## 5. Verbeterpunten",
    "|Nr.|Verbeterpunt|Eigenaar",
    "|1|Onafhankelijk klachtenmeldpunt via {{14 0321}}|{{gemeente Dronten}}",
    "|2|Geluidsmonitoring met live dashboard voor toezicht|{{OFGV}}",
    "|3|Afvoer pendelbussen na 23.00 uur uitbreiden|{{Arriva}}",
    "|4|Tweede EHBO-post bij {{Bosstage}}|{{Polder Live Events B.V.}}",
    "|5|Bewonersbrief met vast klachtennummer|{{Polder Live Events B.V.}}",
    "",
    "## Aanwezig bij de evaluatie",
    "|Naam|Organisatie|Initialen",
    "|[[Marieke Hoogendoorn-Smit]]|{{gemeente Dronten}}|[[MHS]]",
    "|[[Y. Stapel]]|{{gemeente Dronten}}, beleidsadviseur evenementen|[[YSt]]",
    "|[[Henk Zwartjes]]|{{Politie Midden-Nederland}}|[[HZw]]",
    "|[[Kees Blokzijl]]|{{Veiligheidsregio Flevoland}}|[[KBl]]",
    "|[[A. Rozendaal]]|{{GHOR Flevoland}}|[[AR]]",
    "|[[Sander Mulderij]]|{{OFGV}}|[[SMu]]",
    "|[[Daan Verhoeckx]]|{{Polder Live Events B.V.}}|[[DV]]",
    "|[[Ronald Pieterse-de Graaf]]|{{Sentinel Crowd Services B.V.}}|[[RPdG]]",
    "|[[Hessel Bouma]]|{{Arriva}}, regiomanager|[[HB]]",
    "## 6. Vervolg",
    "De uitkomsten worden betrokken bij de herziening van de {{Nota Evenementenbeleid Dronten 2024}} en bij de "
    "aanvraag voor {{Lakeside Sounds 2027}}. Wethouder {{Vosselman}} informeert de raad met een raadsinformatiebrief.",
], font="Helvetica", producer="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365",
   annots=[(0, [500, 760, 520, 780], "[[Yvonne Stapel]]", "Zijn de 61 hulpvragen bevestigd door [[Annemiek]]? Graag voor vrijdag."),
           (0, [500, 600, 520, 620], "[[B. Klein Gunnewiek]]", "Overschrijding eindtijd: zie mijn rapport, ook [[Tom Reijnders]] noemen? Bel [[06-71830062]]"),
           (0, [500, 400, 520, 420], "[[Yvonne Stapel]]", "Nee, geen namen van derden in de evaluatie.")]),

Doc("zf27_accreditatielijst", "Accreditatielijst crew en artiesten", [
    "# Accreditatielijst {{Lakeside Sounds 2026}} - crew",
    ">> Intern document {{Polder Live Events B.V.}} - polsbandjes AAA / crew / artiest",
    "|Polsband|Naam|Geboortedatum|Functie|Telefoon",
    "|AAA-001|[[Daan Verhoeckx]]|[[09-02-1981]]|directeur|[[06-12904478]]",
    "|AAA-002|[[Sophie ter Horst]]|[[27-06-1990]]|productieleider|[[06-33019284]]",
    "|AAA-003|[[Mohamed Bakkali]]|[[14-03-1988]]|sitemanager|[[06 51 22 87 03]]",
    "|AAA-004|[[Lotte van 't Hul]]|[[03-10-1994]]|vergunningen|[[+31 (0)6 2847 1190]]",
    "|CRW-017|[[Tom Reijnders]]|[[11-12-1979]]|FOH geluid|[[06-24690137]]",
    "|CRW-018|[[Ruud van Ee]]|[[30-04-1985]]|bouwcoördinator|[[06-39910426]]",
    "|CRW-021|[[Céline Dupont-Vermeer]]|[[18-08-1997]]|hospitality|[[06-15528094]]",
    "|CRW-022|[[Bram 't Hooft]]|[[05-01-2001]]|runner|[[06-60032871]]",
    "|CRW-023|[[Shanti Ramdin]]|[[22-09-1999]]|runner|[[06-44187205]]",
    "|CRW-030|[[Kasper Veltman]]|[[13-06-1976]]|stroom en aggregaten|[[06-28876140]]",
    "|CRW-031|[[Wietske Hofstra]]|[[07-07-1983]]|EHBO-coördinator|[[06-29384756]]",
    "---",
    "## Artiesten",
    "|Polsband|Naam|Geboortedatum|Functie|Telefoon",
    "|ART-101|{{The Kinetics}} (band, 5 pers.)|-|artiest mainstage|via boekingskantoor {{Friendly Fire}}",
    "|ART-102|{{DJ Noorderlicht}}|-|artiest {{Bosstage}}|via {{Friendly Fire}}",
    "",
    "Let op: geboortedata alleen voor de accreditatiecheck door {{Sentinel Crowd Services B.V.}}; na het festival vernietigen.",
], font="DejaVu", producer="Google Sheets", creator="Google Sheets"),

Doc("zf28_zienswijze_organisator", "Zienswijze Polder Live Events openbaarmaking", [
    "# {{Polder Live Events B.V.}}",
    "{{Stationsstraat 4}} | {{8232 AM Lelystad}} | {{info@polderlive.nl}} | KvK {{71234590}}",
    "",
    "{{Gemeente Dronten}}",
    "t.a.v. [[mevrouw mr. I. van der Wal]]",
    "Postbus 100",
    "8250 AC Dronten",
    "",
    "Lelystad, 17 september 2026",
    "Betreft: zienswijze Woo-verzoek {{WOO-2026-0347}}",
    "",
    "Geachte mevrouw [[Van der Wal]],",
    "U heeft ons gevraagd een zienswijze te geven op de voorgenomen openbaarmaking van documenten over "
    "{{Lakeside Sounds 2026}}. Wij hebben geen bezwaar tegen openbaarmaking van de vergunning en de adviezen. Wel "
    "verzoeken wij u:",
    "1. de namen, telefoonnummers en geboortedata van onze medewerkers en van de medewerkers van {{Sentinel Crowd "
    "Services B.V.}} niet openbaar te maken;",
    "2. de factuur van onze geluidstechnicus niet openbaar te maken, omdat daarin bedrijfsgegevens en zijn "
    "bankgegevens staan (artikel 5.1, tweede lid, onder f, {{Wet open overheid}});",
    "3. de interne WhatsApp-berichten van onze crew alleen geanonimiseerd te verstrekken.",
    "",
    "Hoogachtend,",
    "namens dezen,",
    "[[D.J. Verhoeckx]]",
    "directeur",
    "[[daan@polderlive.nl]]",
], font="Times", producer="Nitro Pro 13", creator="Nitro Pro 13"),
]

INV = [
    ("1", "Woo-verzoek", "02-09-2026", "deels openbaar", "5.1.2e"),
    ("2", "Ontvangstbevestiging", "08-09-2026", "deels openbaar", "5.1.2e"),
    ("3", "Aanvraagformulier evenementenvergunning", "14-04-2026", "deels openbaar", "5.1.2e"),
    ("4", "Veiligheidsplan versie 3.1", "05-06-2026", "deels openbaar", "5.1.2e"),
    ("5", "Inzetrooster beveiliging", "15-07-2026", "deels openbaar", "5.1.2e, 5.1.2h"),
    ("6", "E-mail klacht geluidsoverlast", "19-07-2026", "deels openbaar", "5.1.1d, 5.1.2e"),
    ("7", "Overzicht meldingen MOR", "20-07-2026", "deels openbaar", "5.1.2e"),
    ("8", "Advies politie", "19-06-2026", "deels openbaar", "5.1.2e"),
    ("9", "Brandveiligheidsadvies", "22-06-2026", "deels openbaar", "5.1.2e"),
    ("10", "E-mailwisseling geluid", "02-07-2026", "deels openbaar", "5.1.2e"),
    ("11", "WhatsApp-chat organisatie", "21-07-2026", "deels openbaar", "5.1.2e"),
    ("12", "Factuur geluidstechnicus", "24-07-2026", "deels openbaar", "5.1.2e"),
    ("13", "Meetrapport geluid OFGV", "22-07-2026", "deels openbaar", "5.1.2e"),
    ("14", "Verslag MDO 12 juni", "12-06-2026", "deels openbaar", "5.1.2e"),
    ("15", "Besluit evenementenvergunning", "07-07-2026", "deels openbaar", "5.1.2e"),
    ("16", "Schriftelijke vragen", "23-07-2026", "deels openbaar", "5.1.1d"),
    ("17", "Beantwoording schriftelijke vragen", "11-08-2026", "deels openbaar", "5.1.2e"),
    ("18", "Beslisnota ontheffing eindtijd", "25-06-2026", "deels openbaar", "5.1.2e"),
    ("19", "Bewonersbrief", "03-07-2026", "deels openbaar", "5.1.2e"),
    ("20", "Persbericht", "14-08-2026", "openbaar", "-"),
    ("21", "Brief bewoner (scan)", "20-07-2026", "deels openbaar", "5.1.1d, 5.1.2e"),
    ("22", "Presentielijst MDO 3 juli (scan)", "03-07-2026", "deels openbaar", "5.1.2e"),
    ("23", "Aanwijzing toezichthouder (scan)", "01-07-2026", "deels openbaar", "5.1.2e"),
    ("24", "E-mailwisseling evaluatie politie", "28-07-2026", "deels openbaar", "5.1.2e, 5.1.1d"),
    ("25", "Teams-chat VTH", "19-07-2026", "deels openbaar", "5.1.2e"),
    ("26", "Evaluatieverslag concept", "03-09-2026", "deels openbaar", "5.1.2e"),
    ("27", "Accreditatielijst crew", "10-07-2026", "deels openbaar", "5.1.2e"),
    ("28", "Zienswijze organisator", "17-09-2026", "deels openbaar", "5.1.2e"),
    ("29", "Vooraankondiging last onder dwangsom", "24-07-2026", "deels openbaar", "5.1.2e"),
    ("30", "Incidentrapportage EHBO", "20-07-2026", "niet openbaar", "5.1.1d"),
    ("31", "Bezwaarschrift omwonenden", "14-08-2026", "deels openbaar", "5.1.2e"),
]

DOCS += [
Doc("zf29_vooraankondiging_dwangsom", "Vooraankondiging last onder dwangsom", [
    "# Gemeente Dronten",
    "Aangetekend en per e-mail",
    "",
    "{{Polder Live Events B.V.}}",
    "t.a.v. de directie",
    "{{Stationsstraat 4}}",
    "{{8232 AM Lelystad}}",
    "",
    "Datum: 24 juli 2026 | Kenmerk: {{HH-2026-0192}} | Behandeld door: [[B. Klein Gunnewiek]] | Telefoon: [[0321 38 44 93]]",
    "Onderwerp: vooraankondiging last onder dwangsom",
    "",
    "Geachte directie,",
    "Op zaterdag 18 juli 2026 heeft onze toezichthouder geconstateerd dat tijdens {{Lakeside Sounds 2026}} muziek "
    "werd ten gehore gebracht tot 23.14 uur, terwijl voorschrift 2 van de vergunning {{EV-2026-0088}} een eindtijd "
    "van 23.00 uur voorschrijft. Ook is de geluidsnorm bij meetpunt MP2 overschreden. Uw medewerker, de heer "
    "[[Bakkali]], heeft ter plaatse verklaard dat de headliner later was begonnen.",
    "Wij zijn van plan u een last onder dwangsom op te leggen voor toekomstige evenementen: € 10.000 per "
    "overtreding, met een maximum van € 30.000 (artikel 5:32 {{Algemene wet bestuursrecht}}).",
    "U kunt binnen twee weken uw zienswijze geven, schriftelijk of mondeling. Neem daarvoor contact op met "
    "[[mr. I. van der Wal]] via {{juridischezaken@dronten.nl}}.",
    "",
    "Met vriendelijke groet,",
    "namens de burgemeester van Dronten,",
    "[[G.H. ten Brinke]]",
    "teamleider {{Vergunningen, Toezicht en Handhaving}}",
], kind="docx", producer="LibreOffice 7.6", creator="Writer", author="gtbrinke", xmp_creator=""),

Doc("zf30_incidentrapport_ehbo", "Incidentrapportage EHBO Lakeside Sounds", [
    "# Incidentrapportage EHBO - {{Lakeside Sounds 2026}}",
    ">> {{Stichting EHBO Dronten}} | vertrouwelijk medisch | opgesteld voor de {{GHOR Flevoland}}",
    "|Nr.|Patiënt|Geb.datum|Klacht|Afhandeling",
    "|E-07|[[Lieke Zomerdijk]]|[[21-05-2006]]|[[hyperventilatie|HEALTH]]|ter plaatse",
    "|E-19|[[Mehmet Aydın]]|[[30-11-1998]]|[[snijwond hand|HEALTH]]|huisartsenpost",
    "|E-33|[[Jasper van Wijngaarden]]|[[08-08-2004]]|[[drugsintoxicatie (XTC)|HEALTH]]|ambulance, {{St Jansdal}}",
    "|E-41|[[Noor Hamdaoui]]|[[12-02-2009]]|[[wespensteek, allergie|HEALTH]]|ter plaatse",
    "|E-52|[[Ger Smeenge]]|[[19-06-1957]]|[[pijn op de borst|HEALTH]]|huisartsenpost",
    "",
    "Coördinator EHBO: [[Wietske Hofstra]], [[06-29384756]]. Meldkamer ambulancezorg: via {{112}}.",
    "Aantal hulpvragen totaal: 61. Eén ambulancerit naar ziekenhuis {{St Jansdal}} in {{Lelystad}}.",
    "Rapport ontvangen door [[A. Rozendaal]], {{GHOR Flevoland}}, op 20 juli 2026.",
], font="DejaVu", producer="Microsoft® Excel® 2016", creator="Microsoft® Excel® 2016"),

Doc("zf31_bezwaarschrift", "Bezwaarschrift omwonenden evenementenvergunning", [
    "# [[Hartog & Meinsma Advocaten]]",
    ">> {{Stationsplein 12}}, {{Zwolle}} | {{secretariaat@hm-advocaten.nl}}",
    "",
    "Aan de {{burgemeester van Dronten}}",
    "Postbus 100, 8250 AC Dronten",
    "",
    "Zwolle, 14 augustus 2026",
    "Uw kenmerk: {{EV-2026-0088}} | Ons kenmerk: {{2026.0412/ME}}",
    "Betreft: bezwaar tegen de evenementenvergunning {{Lakeside Sounds 2026}}",
    "",
    "Edelachtbare,",
    "Namens mijn cliënten [[de heer G. Wildeboer]] en [[mevrouw G.J. Wildeboer-Kamphuis]], beiden wonend aan "
    "[[Reigerweg 12]] te Dronten, en [[de heer J.A.M. Koopmans-Vlot]], wonend aan [[Reigerweg 18]], maak ik "
    "bezwaar tegen uw besluit van 7 juli 2026.",
    "Cliënten hebben beide festivalnachten ernstige overlast ondervonden. Mevrouw [[Wildeboer-Kamphuis]] kampt "
    "met [[hartritmestoornissen|HEALTH]]; zij heeft een verklaring van haar cardioloog, [[dr. F. Çelebi]] "
    "({{Isala}}), die ik nazend.",
    "Het besluit is onvoldoende gemotiveerd: de geluidsnorm van 70 dB(A) op de gevel is hoger dan in de "
    "{{Handreiking Evenementengeluid}} van de {{VNG}} wordt aanbevolen, en de vergunning voorziet niet in een "
    "onafhankelijk meldpunt.",
    "Ik verzoek u cliënten in de gelegenheid te stellen te worden gehoord.",
    "",
    "Hoogachtend,",
    "[[mr. M. Meinsma]]",
    "advocaat | [[m.meinsma@hm-advocaten.nl]] | [[038-4220815]]",
], font="Times", producer="PDFpen 13.1", creator="PDFpen 13.1"),

Doc("zf32_woo_besluit", "Besluit op Woo-verzoek WOO-2026-0347", [
    "# Besluit op uw Woo-verzoek",
    "{{Gemeente Dronten}} | Ons kenmerk {{WOO-2026-0347}} | Datum 12 oktober 2026",
    "",
    "[[De heer L.M. Dijkstra-Oomen]]",
    "[[Populierenlaan 88]]",
    "[[8252 KP Dronten]]",
    "",
    "Geachte heer [[Dijkstra-Oomen]],",
    "Op 2 september 2026 heeft u ons verzocht om openbaarmaking van documenten over de evenementenvergunning voor "
    "{{Lakeside Sounds 2026}}. Bij brief van 28 september 2026 hebben wij de beslistermijn met twee weken verdaagd.",
    "## Besluit",
    "Wij hebben besloten de documenten gedeeltelijk openbaar te maken. Eén document, de incidentrapportage van de "
    "EHBO, maken wij niet openbaar. Welke documenten het betreft, staat in de inventarislijst.",
    "## Zienswijzen",
    "{{Polder Live Events B.V.}} heeft een zienswijze gegeven. Het bezwaar tegen openbaarmaking van de factuur van "
    "de geluidstechnicus volgen wij gedeeltelijk: de bedragen en omschrijvingen zijn niet vertrouwelijk, de naam, "
    "het adres, het KvK-nummer, het btw-nummer en het rekeningnummer van de eenmanszaak wel.",
    "## Overwegingen",
    "Persoonsgegevens (artikel 5.1, tweede lid, onder e, Woo). In de documenten staan namen, telefoonnummers, "
    "e-mailadressen, adressen en geboortedata van medewerkers van de gemeente, van de organisator, van het "
    "beveiligingsbedrijf, van de hulpdiensten en van omwonenden. Het belang van de eerbiediging van hun persoonlijke "
    "levenssfeer weegt zwaarder dan het belang van openbaarheid. Namen van {{burgemeester Brinkhuis}}, wethouder "
    "{{Vosselman}} en {{raadslid El Khatib}} maken wij wel openbaar, omdat zij in hun publieke functie optreden.",
    "Bijzondere persoonsgegevens (artikel 5.1, eerste lid, onder d, Woo). Gegevens over de gezondheid van "
    "omwonenden en bezoekers maken wij niet openbaar.",
    "Veiligheid (artikel 5.1, tweede lid, onder h, Woo). De pasnummers van beveiligers maken wij niet openbaar.",
    "---",
    "## Informatie die niet openbaar gemaakt kan worden",
    "Motivering: in de openbaar gemaakte documenten zijn de persoonsgegevens van ambtenaren, medewerkers van "
    "derden en omwonenden onleesbaar gemaakt met de code 5.1.2e; gezondheidsgegevens met de code 5.1.1d.",
    "## Wijze van openbaarmaking",
    "De documenten worden gepubliceerd op {{open.overheid.nl}} en op www.dronten.nl/woo.",
    "## Bezwaar",
    "Bent u het niet eens met dit besluit, dan kunt u binnen zes weken bezwaar maken bij het college. Vragen? Mail "
    "naar {{woo@dronten.nl}} of bel {{14 0321}}.",
    "",
    "Met vriendelijke groet,",
    "het college van burgemeester en wethouders van Dronten,",
    "namens dezen,",
    "[[mr. I. van der Wal]]",
    "juridisch adviseur",
    ">> Paraaf: [[IvdW]] / [[GtB]]",
], font="DejaVu", producer="Aspose.Words for .NET 23.4", creator="Zaaksysteem Dronten",
   author="Wal, Ilse van der", outline=[("Besluit", 0), ("Overwegingen", 0), ("Informatie die niet openbaar gemaakt kan worden", 1)]),

Doc("zf33_inventarislijst", "Inventarislijst WOO-2026-0347", [
    "# Inventarislijst Woo-verzoek {{WOO-2026-0347}}",
    ">> Bijlage bij het besluit van 12 oktober 2026 | {{gemeente Dronten}} | beoordeling door [[IvdW]], tweede lezing [[RTu]]",
    "|Nr.|Document|Datum|Beoordeling|Grond",
] + [f"|{{{{ZF-{n.zfill(3)}}}}}|{t}|{d}|{b}|{g}" for n, t, d, b, g in INV] + [
    "",
    "Toelichting: 5.1.1d bijzondere persoonsgegevens (gezondheid); 5.1.2e eerbiediging van de persoonlijke "
    "levenssfeer; 5.1.2h veiligheid van personen. Gerelateerd: het persbericht (nr. 20) was al openbaar op "
    "{{www.dronten.nl}}.",
], font="Helvetica", producer="Microsoft® Excel® for Microsoft 365", creator="Microsoft® Excel® for Microsoft 365",
   author="Tuinstra, R."),
]
