"""Documents 1-15 of set AL (mixed28). All persons, addresses and numbers are invented;
see README.md for the markup and the rules applied."""
from framework import Doc

MOT = ("h", "Informatie die niet openbaar gemaakt kan worden")

DOCS = []

# 1 ------------------------------------------------------------------ BOA observation report (Chromium)
DOCS.append(Doc(
    name="al01_boa_bevindingen_kruisstraat", producer="html", style="report",
    title="Bevindingenrapport Stadstoezicht",
    letterhead=["{{Gemeente Rotterdam}} | {{Stadsbeheer}} – {{Toezicht en Handhaving}}"],
    header_right="Registratienummer {{BR-2025-03318|CASENO}}\nPagina 1",
    blocks=[
        ("title", "Bevindingenrapport overlast en openlijk drugsgebruik"),
        ("kv", [("Datum / tijd", "vrijdag {{14 maart 2025|DATE}}, 22:40 – 23:25 uur"),
                ("Locatie", "{{op de Kruisstraat|PLACE}} ter hoogte van het {{Kruisplein|PLACE}}, {{Rotterdam-Centrum|PLACE}}"),
                ("Rapporteur (BOA)", "[[Dewi Sastrowardoyo]], {{BOA domein I|ROLE}}, dienstnummer [[RT4471|EMPLOYEE_ID]]"),
                ("Tweede BOA", "[[Thijs van Egmond-Kraaijeveld]], dienstnummer [[RT5102|EMPLOYEE_ID]]"),
                ("Melder", "[[A.C. (Annelies) Verschuur-Boogaard]], bewoner, tel. [[06-41827365]]"),
                ("Afdeling", "{{Team Centrum-Noord|ORG}}, {{Stadsbeheer}}")]),
        ("h", "1. Aanleiding"),
        ("p", "Om 22:31 uur ontvingen wij via de meldkamer van {{Stadsbeheer}} een melding van mevrouw "
              "[[Verschuur-Boogaard]] over een groep van vijf tot zes personen (onder wie volgens de melder ook [[Sem Brouwershaven]] en [[Kees-Jan Tol]]) die bij de ingang van het "
              "parkeerterrein {{op de Kruisstraat|PLACE}} lachgas gebruikte en muziek afspeelde vanuit een auto. "
              "De melder woont op [[Kruisstraat 61-B|ADDRESS]] en meldde eerder op 2 en 9 maart soortgelijke overlast."),
        ("h", "2. Bevindingen"),
        ("p", "Ter plaatse zagen wij een grijze {{Volkswagen Golf|PRODUCT}} met kenteken P-482-KX en een zwarte {{Seat Leon|PRODUCT}} met "
              "kenteken 31-TNZ-6. Bij de Golf stonden vier personen. Wij hebben ons gelegitimeerd en de personen "
              "gevraagd zich te legitimeren op grond van {{artikel 2 Wet op de identificatieplicht|LAW}}."),
        ("table", ["Persoon", "Geboortedatum", "Rol", "Opmerking"], [
            ["[[EL AMRANI, Youssef]]", "[[03-11-2002|DOB]]", "verdachte", "bestuurder Golf, bekeuring {{artikel 2:48 APV|LAW}}"],
            ["[[DOS SANTOS PEREIRA, Rui Miguel]]", "[[17-06-2004|DOB]]", "verdachte", "had 3 patronen lachgas bij zich"],
            ["[[NGUYỄN, Văn Thành]]", "[[29-01-2003|DOB]]", "getuige", "verklaarde alleen toe te kijken"],
            ["[[ABDI WARSAME, Hodan]]", "[[08-09-2001|DOB]]", "getuige", "medewerker snackbar {{Kruisplein|PLACE}}"],
        ], [0.32, 0.16, 0.14, 0.38]),
        ("p", "De heer [[El Amrani]] verklaarde dat de groep 'alleen even stond te praten'. De heer "
              "[[dos Santos Pereira]] gaf de patronen vrijwillig af; deze zijn vernietigd. Getuige "
              "[[Abdi Warsame]] bevestigde tegenover collega [[Van Egmond-Kraaijeveld]] dat de groep daar "
              "bijna elke vrijdag staat. Verdachte [[El Amrani]] is bereikbaar op [[+31 6 1932 4478]]."),
        ("p", "Er is een {{bestuurlijke strafbeschikking|TERM}} overlast opgemaakt (feitcode {{H310|CASENO}}). De "
              "{{Politie Eenheid Rotterdam|ORG}} is geïnformeerd via de {{wijkagent|ROLE}} van "
              "{{Stadsdriehoek|PLACE}}, de heer [[Okafor]], bereikbaar via {{0900-8844|PHONE_SWITCHBOARD}}."),
        ("h", "3. Afdoening"),
        ("p", "Overgedragen aan het {{Veiligheidshuis Rotterdam|ORG}} voor de {{Top600-aanpak|PROGRAMME}}: nee. "
              "Melding in {{BOA-registratiesysteem|ORG}} onder {{BR-2025-03318|CASENO}}. Vragen: "
              "{{handhaving@rotterdam.nl|MAILBOX}} of {{14 010|PHONE_SWITCHBOARD}}."),
        ("sig", ["Aldus naar waarheid opgemaakt en ondertekend te Rotterdam op 15 maart 2025,",
                 "[[D. Sastrowardoyo]]", "{{buitengewoon opsporingsambtenaar|ROLE}}"]),
    ],
    footer="{{Gemeente Rotterdam}} – dit rapport bevat persoonsgegevens en is uitsluitend bestemd voor intern gebruik.",
    author="[[Sastrowardoyo, Dewi]]",
))

# 2 ------------------------------------------------------------------ BOA PV, scanned, signature
DOCS.append(Doc(
    name="al02_pv_boa_scan_utrecht", producer="rl", style="letter", scan="image", signature=True, seed=2,
    title="Proces-verbaal van bevindingen",
    letterhead=["Gemeente Utrecht", "Toezicht en Handhaving Openbare Ruimte"],
    header_right="PV-nummer 2025.0412\nBlad 1 van 1",
    blocks=[
        ("title", "PROCES-VERBAAL VAN BEVINDINGEN"),
        ("p", "Ik, verbalisant, [[Maarten Wijnbergen]], buitengewoon opsporingsambtenaar in dienst van de "
              "gemeente Utrecht, verklaar het volgende. Op dinsdag 8 april 2025 omstreeks 16:10 uur bevond ik mij, "
              "samen met collega [[Fatima Zahra Bouchtaoui]], in uniform gekleed, op het Vredenburgplein."),
        ("p", "Daar zag ik een man die afval uit een bedrijfsauto in een ondergrondse container stortte. "
              "Ik heb de man staande gehouden. Hij bleek te zijn: [[Krzysztof]] [[Wiśniewski]], geboren "
              "[[12-02-1987|DOB]] te Gdańsk, wonende [[Kanaalweg 118|ADDRESS]] te Utrecht."),
        ("p", "Hij verklaarde: 'Ik werk voor Schoonmaakbedrijf Domstad Clean, mijn baas [[Erik-Jan Hoogendijk]] "
              "zei dat het mocht.' Getuige [[Johanna ten Brink]], wonende [[Oudegracht 211|ADDRESS]], "
              "zag hetzelfde gebeuren."),
        ("p", "Van deze bevindingen heb ik proces-verbaal opgemaakt, dat ik sloot en ondertekende te Utrecht op "
              "9 april 2025."),
        ("sig", ["[[M. Wijnbergen]]", "BOA, dienstnummer [[UT2287|EMPLOYEE_ID]]"]),
        ("paraph", [["Naam", "Functie", "Paraaf", "Datum"],
                    ["[[F.Z. Bouchtaoui]]", "BOA (tweede verbalisant)", "", "9-4-2025"]]),
    ],
    footer="Verzonden aan: Openbaar Ministerie, CVOM",
))

# 3 ------------------------------------------------------------------ NVWA inspection (LibreOffice, comments)
DOCS.append(Doc(
    name="al03_nvwa_inspectierapport_slachterij", producer="docx",
    title="Inspectierapport NVWA",
    letterhead=["{{Nederlandse Voedsel- en Warenautoriteit}}", "{{Divisie Keuren}}"],
    header_right="Kenmerk {{NVWA/KRN/2025/118406|CASENO}}",
    author="[[Bram Oudshoorn]]",
    blocks=[
        ("title", "Inspectierapport – slachthuis Vleesbedrijf Twentevlees B.V."),
        ("kv", [("Datum inspectie", "{{19 februari 2025|DATE}}"),
                ("Inrichting", "{{Vleesbedrijf Twentevlees B.V.|ORG}}, {{Hengelosestraat|PLACE}}, {{Enschede|PLACE}}"),
                ("Erkenningsnummer", "{{NL 1471 EG|CASENO}}"),
                ("Inspecteurs", "drs. [[B. (Bram) Oudshoorn]] ({{toezichthouder|ROLE}}), [[Aylin Öztürk-Demir]] ({{officiële dierenarts|ROLE}})"),
                ("Aanwezig namens bedrijf", "[[Gerrit-Jan Scholten]] (directeur), [[Tomasz Kowalczyk]] (ploegleider slachtlijn), "
                                            "[[Liesbeth Oude Nijhuis]] (kwaliteitsmanager)"),
                ("Ook aanwezig", "[[Anna-Lena Schröder]] (stagiair {{NVWA|ACRONYM}})")]),
        ("h", "Bevindingen"),
        ("p", "Tijdens de inspectie is geconstateerd dat de verdovingsapparatuur op lijn 2 niet volgens de "
              "{{Verordening (EG) nr. 1099/2009|LAW}} werd gecontroleerd. Ploegleider [[Kowalczyk]] kon het "
              "controlelogboek van week 6 niet overleggen. Volgens kwaliteitsmanager [[Oude Nijhuis]] was het "
              "logboek 'meegenomen door de oude ploegleider, [[Dennis Brouwer]]'."),
        ("p", "Mevrouw [[Öztürk-Demir]] heeft bij 14 runderen een onvoldoende verdoving vastgesteld. De directeur, "
              "de heer [[Scholten]], heeft de lijn direct stilgezet."),
        ("table", ["Nr.", "Tekortkoming", "Wettelijk kader", "Maatregel"], [
            ["1", "Geen controle verdoving", "{{art. 16 Verordening (EG) nr. 1099/2009|LAW}}", "{{rapport van bevindingen|ROLE}}"],
            ["2", "Logboek ontbreekt", "{{art. 2.2 Besluit houders van dieren|LAW}}", "schriftelijke waarschuwing"],
            ["3", "Hygiëne snijruimte", "{{Verordening (EG) nr. 853/2004|LAW}}", "hercontrole"],
        ]),
        ("h", "Vervolg"),
        ("p", "Een {{hercontrole|TERM}} vindt plaats binnen vier weken. Het bedrijf kan reageren via "
              "{{info@nvwa.nl|MAILBOX}} of {{0900-0388|PHONE_SWITCHBOARD}}. Directe vragen over dit rapport: "
              "[[b.oudshoorn@nvwa.nl]], [[06 - 2837 4410]]."),
        ("sig", ["{{Nederlandse Voedsel- en Warenautoriteit}}", "namens deze,", "[[B. Oudshoorn]]", "{{inspecteur|ROLE}}"]),
    ],
    hidden=[("comment", "Tijdens de inspectie is geconstateerd",
             "Graag nog afstemmen met [[Petra Sijbesma]] (juridisch) voor het rapport van bevindingen",
             "[[Henk-Jan Weerdenburg]]", "HJW")],
    footer="NVWA – {{Catharijnesingel 59|ADDRESS_ORG}}, Utrecht – Postbus 43006, 3540 AA Utrecht",
))

# 4 ------------------------------------------------------------------ ILT inspection (Chromium)
DOCS.append(Doc(
    name="al04_ilt_inspectie_transport", producer="html", style="report",
    title="ILT inspectieverslag wegvervoer",
    letterhead=["{{Inspectie Leefomgeving en Transport}} – {{Domein Transport}}"],
    header_right="Zaaknummer {{ILT-2025/0078812|CASENO}}",
    blocks=[
        ("title", "Inspectieverslag bedrijfsbezoek arbeids- en rusttijden"),
        ("kv", [("Bedrijf", "{{Transportbedrijf Maas & Waal B.V.|ORG}}, {{Tiel|PLACE}}"),
                ("Datum bezoek", "{{4 maart 2025|DATE}}"),
                ("Inspecteurs", "[[Jelle Hoekstra]], [[Samira Haddou]]"),
                ("Contactpersoon bedrijf", "[[Marjolein van Rhijn-de Gooijer]], planner, [[0344 - 61 72 90]]")]),
        ("h", "Onderzochte chauffeurs"),
        ("p", "De {{tachograafgegevens|TERM}} van 28 dagen zijn uitgelezen. Bij drie chauffeurs zijn overtredingen van de "
              "{{Verordening (EG) nr. 561/2006|LAW}} vastgesteld:"),
        ("table", ["Chauffeur", "Kaartnummer", "Overtreding", "Boete (indicatie)"], [
            ["[[ȘTEFĂNESCU, Andrei]]", "[[RO41028833|ID]]", "dagelijkse rusttijd 4x te kort", "€ 1.200"],
            ["[[GARCÍA LÓPEZ, Javier]]", "[[E3310728|ID]]", "rijtijd > 10 uur (2x)", "€ 800"],
            ["[[VAN DEN BERG, Hendrikus]]", "[[NB00471256|ID]]", "handmatige invoer ontbreekt", "€ 400"],
        ], [0.33, 0.2, 0.3, 0.17]),
        ("p", "Chauffeur [[Mehmet Kaplan]] had geen overtredingen. De heer [[García López]] verklaarde dat hij door de planning werd 'gedwongen' door te rijden. "
              "Mevrouw [[Van Rhijn-de Gooijer]] ontkende dit. Chauffeur [[Ştefănescu]] was op de dag van het "
              "bezoek in {{Roemenië|PLACE}}; hij wordt schriftelijk gehoord via zijn adres [[Strada Lalelelor 14, Brașov|ADDRESS]]."),
        ("p", "Het bedrijf is lid van {{Transport en Logistiek Nederland|ORG}} ({{TLN|ACRONYM}}). De {{ILT|ACRONYM}} "
              "stuurt een voornemen tot boeteoplegging op grond van de {{Wet wegvervoer goederen|LAW}}. "
              "Contact: {{meldingen@ilent.nl|MAILBOX}} of {{088 489 00 00|PHONE_SWITCHBOARD}}."),
        ("small", "Opgesteld door [[J. Hoekstra]] ([[jelle.hoekstra@ilent.nl]]); collegiale toets [[S. Haddou]]."),
    ],
    footer="ILT – Ministerie van Infrastructuur en Waterstaat",
    hidden=[("note", 0, "Verklaring chauffeur [[Van den Berg]] nog niet ontvangen – bellen [[06 38 19 22 07]]", "[[S. Haddou]]")],
))

# 5 ------------------------------------------------------------------ Arbeidsinspectie (LibreOffice)
DOCS.append(Doc(
    name="al05_arbeidsinspectie_ongeval_bouw", producer="docx",
    title="Rapport ongevalsonderzoek",
    letterhead=["{{Nederlandse Arbeidsinspectie}}", "{{Directie Arbeidsomstandigheden}}"],
    header_right="Onderzoeksnummer {{NLA-2025-0311-4450|CASENO}}",
    author="[[Ramdien, Sunita]]",
    subject="Ongeval [[Einarsson]] – bouwplaats Leidsche Rijn",
    blocks=[
        ("title", "Rapport ongevalsonderzoek – val van steiger"),
        ("kv", [("Datum ongeval", "{{11 maart 2025|DATE}}, circa 09:15 uur"),
                ("Locatie", "bouwplaats {{Leidsche Rijn Centrum|PLACE}}, {{Utrecht|PLACE}}"),
                ("Werkgever", "{{Bouwbedrijf Van Wijk & Zn. B.V.|ORG}}"),
                ("Slachtoffer", "[[Jón Einarsson]] (IJslands, {{uitzendkracht|ROLE}} via {{Flexwerk Midden B.V.|ORG}})"),
                ("Inspecteur", "[[Sunita Ramdien]], telefoon [[+31 (0)70 333 4417]]"),
                ("Collega-inspecteur", "[[Wouter de Kock van Leeuwen]]")]),
        ("h", "Toedracht"),
        ("p", "De heer [[Einarsson]] werkte op de vierde steigerlaag aan de gevel van blok C. Er ontbrak een "
              "leuning aan de kopse kant. Uitvoerder [[Björn Hallgrímsson]] verklaarde dat de leuning de dag "
              "ervoor was weggehaald door een onderaannemer. Voorman [[Hamza Ait Benali]] was getuige, evenals steigerbouwer [[Levi Bakboord]] van {{Steigerbouw Noord B.V.|ORG}}."),
        ("p", "De heer [[Einarsson]] liep een gebroken bekken op en werd naar het {{UMC Utrecht|ORG}} gebracht. "
              "Zijn contactpersoon, zijn zus [[Guðrún Einarsdóttir]], is op [[0031 6 2291 8374]] geïnformeerd."),
        ("h", "Overtredingen"),
        ("p", "Vastgesteld is een overtreding van {{artikel 3.16 Arbeidsomstandighedenbesluit|LAW}} en van "
              "{{artikel 3 lid 1 Arbeidsomstandighedenwet|LAW}}. De {{Nederlandse Arbeidsinspectie}} legt een "
              "boete op aan de werkgever. Directeur [[Pieter-Bas van Wijk]] is hierover op 20 maart geïnformeerd."),
        ("h", "Gesprekken"),
        ("table", ["Datum", "Gesprekspartner", "Functie", "Door"], [
            ["12-03-2025", "[[B. Hallgrímsson]]", "{{uitvoerder|ROLE}}", "[[SR|PARAPH]]"],
            ["12-03-2025", "[[H. Ait Benali]]", "{{voorman|ROLE}}", "[[SR|PARAPH]]"],
            ["18-03-2025", "[[J. Einarsson]]", "slachtoffer", "[[WdKvL|PARAPH]]"],
            ["20-03-2025", "[[P.B. van Wijk]]", "{{directeur|ROLE}}", "[[SR|PARAPH]]"],
        ]),
        ("p", "Algemene vragen: {{Postbus 90801|ADDRESS_ORG}}, 2509 LV Den Haag, of {{0800-5151|PHONE_SWITCHBOARD}}."),
    ],
    footer="Nederlandse Arbeidsinspectie – vertrouwelijk",
))

# 6 ------------------------------------------------------------------ Inspectie JenV (reportlab)
DOCS.append(Doc(
    name="al06_inspectie_jenv_pi_vught", producer="rl", style="report",
    title="Inspectie JenV - bezoekverslag PI Vught",
    letterhead=["Inspectie Justitie en Veiligheid", "Toezicht Sanctie-uitvoering"],
    header_right="Kenmerk IJenV-2025-0217",
    blocks=[
        ("title", "Bezoekverslag ongeaankondigd toezicht – {{Penitentiaire Inrichting Vught|ORG}}"),
        ("kv", [("Datum", "{{25 februari 2025|DATE}}"),
                ("Inspecteurs", "[[Femke Bosch-Tjoa]], [[Ahmed Abdel-Rahman]]"),
                ("Gesproken met", "[[Rob Verhagen]] (vestigingsdirecteur), [[Ingrid Mahabier]] (afdelingshoofd EZV), "
                                  "[[Kees Lambregts]] (PIW-er), [[Shurayenne Isenia]] (medisch dienst)")]),
        ("h", "Aanleiding"),
        ("p", "Naar aanleiding van het incident op {{17 februari 2025|DATE}} op de {{Extra Zorgvoorziening|ORG}}, waarbij "
              "een gedetineerde werd overgebracht naar het {{Justitieel Centrum voor Somatische Zorg|ORG}} "
              "({{JCvSZ|ACRONYM}}), heeft de {{Inspectie Justitie en Veiligheid|ORG}} de inrichting bezocht."),
        ("p", "Volgens PIW-er [[Lambregts]] was de celdeur om 02:10 uur geopend; mevrouw [[Isenia]] was om 02:18 "
              "uur aanwezig. Afdelingshoofd [[Mahabier]] heeft de {{Dienst Justitiële Inrichtingen|ORG}} "
              "({{DJI|ACRONYM}}) dezelfde nacht geïnformeerd."),
        ("h", "Gedetineerde"),
        ("p", "Het betreft [[RIJSDIJK, Jurgen Ramon]], geboren [[06-10-1979|DOB]], V-nummer niet van toepassing. "
              "Zijn advocaat, mr. [[Y.H. Tan]], heeft het dossier opgevraagd."),
        ("h", "Bevindingen"),
        ("p", "De inrichting handelde in lijn met de {{Penitentiaire beginselenwet|LAW}}. Wel ontbrak een "
              "verslag van de cameraobservatie. Het bezoek werd begeleid door [[Wendelien Ossewaarde]] (communicatie PI, [[06 1188 2736]]). De {{vestigingsdirecteur|ROLE}} zegt toe dit te herstellen."),
        ("p", "Staatssecretaris {{Coenradie|PUBLIC_OFFICIAL}} is geïnformeerd; minister {{Van Weel|PUBLIC_OFFICIAL}} "
              "van {{Justitie en Veiligheid|ORG}} ontvangt een afschrift."),
        ("small", "Contact: [[f.bosch-tjoa@inspectie-jenv.nl]] | [[06-18 27 55 91]] | secretariaat {{070 - 373 8500|PHONE_SWITCHBOARD}}"),
    ],
    footer="Inspectie Justitie en Veiligheid – {{Turfmarkt 147|ADDRESS_ORG}}, Den Haag",
))

# 7 ------------------------------------------------------------------ Last onder dwangsom (LibreOffice, comment)
DOCS.append(Doc(
    name="al07_last_onder_dwangsom_arnhem", producer="docx",
    title="Besluit last onder dwangsom",
    letterhead=["{{Gemeente Arnhem}}", "{{Team Vergunningen, Toezicht en Handhaving}}"],
    header_right="Ons kenmerk {{VTH-2025-01487|CASENO}}",
    author="[[Ilse Verbruggen]]",
    blocks=[
        ("kv", [("Aangetekend en per gewone post", ""),
                ("", "De heer [[A. Abdel-Kader Haddad]]"),
                ("", "[[Sonsbeeksingel 77|ADDRESS]]"),
                ("", "[[6814 AD|POSTCODE]] {{Arnhem|PLACE}}")]),
        ("kv", [("Datum", "{{21 januari 2025|DATE}}"),
                ("Onderwerp", "last onder dwangsom – bouwwerk zonder vergunning"),
                ("BSN", "[[128923271]]"),
                ("Behandeld door", "[[Ilse Verbruggen]], [[026 - 377 4128]]")]),
        ("p", "Geachte heer [[Abdel-Kader Haddad]],"),
        ("p", "Op {{3 december 2024|DATE}} heeft onze {{toezichthouder|ROLE}}, de heer [[Wouter Gelderblom]], geconstateerd "
              "dat in de achtertuin van uw woning aan de [[Sonsbeeksingel 77|ADDRESS]] een bijgebouw van circa 38 m² "
              "is opgericht zonder {{omgevingsvergunning|ROLE}}. Dit is in strijd met {{artikel 5.1 Omgevingswet|LAW}}."),
        ("p", "Op 10 december 2024 hebben wij u een vooraankondiging gestuurd. U heeft op 2 januari 2025 "
              "samen met uw buurman, de heer [[Erwin Brink-Hofstede]], een zienswijze gegeven. Wij zien daarin "
              "geen aanleiding om af te zien van handhaving."),
        ("h", "Besluit"),
        ("p", "Wij gelasten u het bijgebouw op het perceel [[Sonsbeeksingel 77|ADDRESS]] binnen twaalf weken na "
              "verzending van dit besluit te verwijderen. Doet u dat niet, dan verbeurt u een dwangsom van "
              "€ 1.000 per week, met een maximum van € 12.000 ({{artikel 5:32 Awb|LAW}})."),
        ("p", "Betaling van verbeurde dwangsommen kan op rekening {{NL26 BNGH 0285 1733 92|IBAN_ORG}} van de "
              "{{Gemeente Arnhem}} onder vermelding van {{VTH-2025-01487|CASENO}}."),
        ("h", "Bezwaar"),
        ("p", "U kunt binnen zes weken bezwaar maken bij het {{college van burgemeester en wethouders|ORG}}. Uw dochter, [[Yasmina Abdel-Kader]], belde ons op 14 januari namens u vanaf [[06-29 44 81 07]]; wij hebben haar gevraagd u dit besluit te laten lezen. Voor "
              "vragen: {{vth@arnhem.nl|MAILBOX}} of {{14 026|PHONE_SWITCHBOARD}}."),
        ("sig", ["Burgemeester en wethouders van Arnhem,", "namens dezen,", "mr. [[J.W. (Jan-Willem) Versteegh]]",
                 "{{teamleider Handhaving|ROLE}}"]),
        ("small", "Afschrift: mr. [[R. Zwart-Chaoui]], advocaat van de heer [[Abdel-Kader Haddad]]."),
    ],
    hidden=[("comment", "Op 10 december 2024 hebben wij",
             "Zienswijze is ook mede ondertekend door [[Marloes Brink]]; noemen?", "[[Ilse Verbruggen]]", "IV")],
    footer="Gemeente Arnhem – Postbus 9200, 6800 HA Arnhem",
))

# 8 ------------------------------------------------------------------ 13b besluit (Chromium, plain)
DOCS.append(Doc(
    name="al08_besluit_sluiting_13b_rotterdam", producer="html", style="plain",
    title="Besluit sluiting woning art. 13b Opiumwet",
    letterhead=["De burgemeester van Rotterdam"],
    header_right="Zaaknummer {{OOV-13b-2025-0041|CASENO}}",
    blocks=[
        ("title", "Besluit tot sluiting van een woning"),
        ("p", "De burgemeester van {{Rotterdam|PLACE}}, gelet op {{artikel 13b Opiumwet|LAW}} en de "
              "{{Beleidsregel Opiumwet 2023|LAW}};"),
        ("h", "Overwegingen"),
        ("p", "Op {{6 februari 2025|DATE}} heeft de {{Politie Eenheid Rotterdam|ORG}} in de woning [[Zwart Janstraat 140-A|ADDRESS]] "
              "te {{Rotterdam|PLACE}} 612 gram hennep en € 4.350 contant geld aangetroffen. De woning wordt bewoond "
              "door mevrouw [[S.P. Martina-Statia]] en haar zoon [[Rignald Martina]] (geboren [[22-07-2003|DOB]])."),
        ("p", "In de {{bestuurlijke rapportage|TERM}} van 12 februari 2025, opgesteld door {{hoofdagent|ROLE}} [[Eline Vrijhoef]], "
              "staat dat de zoon op [[Zwart Janstraat 140-A|ADDRESS]] ook zakjes verkocht. Mevrouw [[Martina-Statia]] "
              "heeft op 20 februari haar zienswijze gegeven, bijgestaan door mr. [[Gerard Lopes Cardozo]]."),
        ("p", "Buurtbewoner [[Jozef Kempenaar]] diende in 2024 al een klacht in over drukte bij de woning. Mevrouw [[Martina-Statia]] wijst erop dat zij zelf niet van de handel wist en dat zij mantelzorg "
              "verleent aan haar moeder, [[Shaira Statia]]. De burgemeester weegt dit mee, maar ziet gelet op de "
              "hoeveelheid aanleiding de woning voor drie maanden te sluiten. {{De Zwart Janstraat|PLACE}} ligt in "
              "het {{Oude Noorden|PLACE}}, waar sprake is van een {{Wijkaanpak Ondermijning|PROGRAMME}}."),
        ("h", "Besluit"),
        ("p", "De burgemeester besluit de woning te sluiten met ingang van 1 april 2025 voor de duur van drie maanden. "
              "Woningcorporatie {{Havensteder|ORG}} is geïnformeerd."),
        ("sig", ["Rotterdam, 11 maart 2025", "De burgemeester van Rotterdam,", "{{Carola Schouten|PUBLIC_OFFICIAL}}"]),
        ("small", "Bezwaar binnen zes weken bij de burgemeester, {{Postbus 70012|ADDRESS_ORG}}, 3000 KP Rotterdam. "
                  "Behandelend jurist: [[Nadia el-Khatib]], [[010-4981276]], [[n.elkhatib@rotterdam.nl]]."),
    ],
    footer="Gemeente Rotterdam – Directie Veiligheid",
))

# 9 ------------------------------------------------------------------ dwangsom vooraankondiging, scan (docx -> image)
DOCS.append(Doc(
    name="al09_vooraankondiging_dwangsom_scan", producer="docx", scan="image", seed=9,
    title="Vooraankondiging",
    letterhead=["Gemeente Zaanstad", "Afdeling Handhaving"],
    blocks=[
        ("kv", [("", "Mevrouw [[T.T.M. Nguyen]]"), ("", "[[Peperstraat 24|ADDRESS]]"), ("", "[[1502 AK|POSTCODE]] Zaandam")]),
        ("kv", [("Datum", "4 februari 2025"), ("Kenmerk", "HH-2025-00219"),
                ("Onderwerp", "vooraankondiging last onder dwangsom")]),
        ("p", "Geachte mevrouw [[Nguyen]],"),
        ("p", "Op 22 januari 2025 heeft toezichthouder [[Bas Zonneveld]] vastgesteld dat in uw pand aan de "
              "[[Peperstraat 24|ADDRESS]] kamers worden verhuurd aan vijf personen zonder vergunning. "
              "Huurder [[Piotr Zieliński]] verklaarde dat hij huur betaalt aan de heer [[Trần Quốc Bảo]]."),
        ("p", "Wij zijn van plan u een last onder dwangsom op te leggen. U kunt binnen twee weken uw zienswijze "
              "geven aan [[Annemieke Kooistra]], telefoon [[075 - 681 6243]]."),
        ("sig", ["Met vriendelijke groet,", "namens het college,", "[[A. Kooistra]]", "juridisch medewerker handhaving"]),
    ],
    footer="Gemeente Zaanstad - Postbus 2000, 1500 GA Zaandam",
))

# 10 ----------------------------------------------------------------- IND case notes (Chromium, mail style)
DOCS.append(Doc(
    name="al10_ind_zaaknotities", producer="html", style="mail",
    title="INDiGO – zaaknotities",
    letterhead=["{{Immigratie- en Naturalisatiedienst}} – INDiGO – Zaaknotities"],
    header_right="Afgedrukt 2025-04-02 10:14",
    blocks=[
        ("kv", [("Zaak", "{{Z-2025-1129-4471|CASENO}} (asiel, {{AA-procedure|PROGRAMME}})"),
                ("Vreemdeling", "[[AL-HASHIMI, Khalid bin Salman]]"),
                ("V-nummer", "[[2916734051|VNUM]]"),
                ("Nationaliteit", "Jemenitisch"),
                ("Opvang", "{{azc Ter Apel|PLACE}} ({{COA|ACRONYM}}), bewonersnummer [[448127|ID]]"),
                ("Gemachtigde", "mr. [[E.M. van Zanten-Oudejans]], {{Stichting VluchtelingenWerk|ORG}} verwezen"),
                ("Behandelaar", "[[Ruud Hoogerwerf]] ([[RH04|EMPLOYEE_ID]])")]),
        ("h", "Notities"),
        ("table", ["Datum", "Door", "Notitie"], [
            ["2025-03-11", "[[RH04|EMPLOYEE_ID]]", "Eerste gehoor afgenomen. Tolk Arabisch: [[Salwa Mansour]] (tolknummer [[T-20441|ID]]). "
                                  "Vreemdeling verklaart via {{Oman|PLACE}} te zijn gereisd. Begeleider COA: [[Wilfred Ramcharan]]."],
            ["2025-03-13", "[[MvdB|PARAPH]]", "Nader gehoor; [[Al-Hashimi]] noemt broer [[Faisal bin Salman Al-Hashimi]] "
                                  "(V-nummer [[3301845577|VNUM]]), die in 2023 een vergunning kreeg."],
            ["2025-03-20", "[[RH04|EMPLOYEE_ID]]", "Medisch advies {{BMA|ACRONYM}} ontvangen van arts [[Jasper Kolkman]]. Correctie en aanvulling ontvangen van mr. [[Van Zanten-Oudejans]] "
                                  "([[vanzanten@zanten-advocaten.nl]], [[020 - 624 88 13]])."],
            ["2025-03-27", "[[MvdB|PARAPH]]", "Voornemen uitgebracht; {{artikel 29 lid 1 sub a Vreemdelingenwet 2000|LAW}}. "
                                  "Afstemming met {{Dienst Terugkeer en Vertrek|ORG}} ({{DTenV|ACRONYM}}) niet nodig."],
            ["2025-04-01", "[[RH04|EMPLOYEE_ID]]", "Beschikking verleend. Dossier {{IND-2025-AS-077312|CASENO}} "
                                  "naar archief; {{COA|ACRONYM}} geïnformeerd via {{plaatsing@coa.nl|MAILBOX}}."],
        ], [0.14, 0.12, 0.74]),
        ("p", "{{Beslismedewerker|ROLE}} [[Marieke van den Broek]] ([[MvdB|PARAPH]]) heeft het dossier gecontroleerd. "
              "Vragen van de {{Tweede Kamer|ORG}} over de {{AA-procedure|PROGRAMME}} lopen via "
              "minister {{Faber|PUBLIC_OFFICIAL}} van {{Asiel en Migratie|ORG}}."),
        ("small", "IND Klantcontactcentrum {{088 043 0430|PHONE_SWITCHBOARD}} – niet voor verspreiding buiten de {{IND|ACRONYM}}."),
    ],
    footer="Vertrouwelijk – INDiGO export",
))

# 11 ----------------------------------------------------------------- COA incident (LibreOffice, form field)
DOCS.append(Doc(
    name="al11_coa_incidentmelding_budel", producer="docx",
    title="Incidentmelding COA",
    letterhead=["{{Centraal Orgaan opvang asielzoekers}}", "{{azc Budel-Cranendonck|PLACE}}"],
    header_right="Incidentnummer {{INC-2025-BDL-0093|CASENO}}",
    author="[[Rosa Quispe Mamani]]",
    blocks=[
        ("title", "Incidentmelding – conflict in de gemeenschappelijke keuken"),
        ("kv", [("Datum / tijd", "{{2 april 2025|DATE}}, 18:45 uur"),
                ("Locatie", "{{azc Budel-Cranendonck|PLACE}}, unit 14, keuken begane grond"),
                ("Melder", "[[Rosa Quispe Mamani]], {{woonbegeleider|ROLE}}"),
                ("Betrokken bewoners", "[[Mohamed Abdirahman Farah]] (V-nr. [[2201938845|VNUM]]), "
                                        "[[Yonas Tesfamariam]] (V-nr. [[2488102273|VNUM]])"),
                ("Getuige", "[[Lina Haddad-Suleiman]], bewoonster unit 12"),
                ("Beveiliging", "{{Trigion|ORG}}, beveiliger [[Dirk-Jan Verhoef]]")]),
        ("h", "Beschrijving"),
        ("p", "Tussen de heren [[Abdirahman Farah]] en [[Tesfamariam]] ontstond ruzie over het gebruik van een "
              "kookplaat. De heer [[Tesfamariam]] liep een snijwond op aan de hand. Beveiliger [[Verhoef]] "
              "heeft de partijen gescheiden. De {{huisarts|ROLE}} van {{GZA|ACRONYM}} is gebeld."),
        ("p", "De politie ({{Politie Oost-Brabant|ORG}}) kwam om 19:10 uur. Agent [[K. Rombouts]] nam aangifte op. "
              "Tolk Tigrinya (telefonisch): [[Amanuel Ghebremedhin]]. Mevrouw [[Haddad-Suleiman]] verklaarde dat de heer [[Abdirahman Farah]] 'al dagen gestrest' was "
              "door zijn procedure bij de {{IND|ACRONYM}}."),
        ("h", "Maatregelen"),
        ("table", ["Maatregel", "Wie", "Grondslag"], [
            ["Time-out 24 uur", "[[Abdirahman Farah]]", "{{Huisregels COA|LAW}}"],
            ["Overplaatsing", "[[Tesfamariam]]", "{{Regeling verstrekkingen asielzoekers 2005|LAW}}"],
            ["Nazorg", "[[Tesfamariam]]", "{{GZA|ACRONYM}}"],
        ]),
        ("p", "{{Locatiemanager|ROLE}} [[Hans van Oorschot]] is op de hoogte gebracht. Meldingen: {{incidenten@coa.nl|MAILBOX}}."),
    ],
    hidden=[("field", "Behandeld_door", "[[Vandenbroucke, Lieve]]")],
    footer="COA – intern – niet verspreiden",
))

# 12 ----------------------------------------------------------------- DJI rapportage (reportlab)
DOCS.append(Doc(
    name="al12_dji_selectiefunctionaris_advies", producer="rl", style="report",
    title="Advies selectiefunctionaris DJI",
    letterhead=["Dienst Justitiële Inrichtingen", "Divisie Gevangeniswezen en Vreemdelingenbewaring"],
    header_right="Dossier DJI-SEL-2025-02281",
    blocks=[
        ("title", "Advies plaatsing – selectiefunctionaris"),
        ("kv", [("Betreft", "[[ÞÓRSSON, Kristján]]"),
                ("Geboortedatum", "[[14-05-1990|DOB]]"),
                ("V-nummer", "[[1928437760|VNUM]]"),
                ("Huidige inrichting", "{{Justitieel Complex Schiphol|ORG}}"),
                ("Selectiefunctionaris", "[[Marloes Tjon-A-Fong]]"),
                ("Casemanager", "[[Gijsbert van der Heijden]]")]),
        ("h", "Overwegingen"),
        ("p", "De heer [[Þórsson]] verblijft sinds {{8 januari 2025|DATE}} in {{vreemdelingenbewaring|TERM}} op grond van "
              "{{artikel 59 Vreemdelingenwet 2000|LAW}}. Eerder verbleef hij in {{PI Ter Apel|ORG}}, waar [[Rinske Koopmans]] zijn mentor was. Casemanager [[Van der Heijden]] meldt dat betrokkene zich "
              "aan de huisregels houdt. De {{psycholoog|ROLE}}, mevrouw [[Anke Wiersma-Dijkstra]], adviseert plaatsing "
              "op een afdeling met extra zorg."),
        ("p", "Zijn partner, mevrouw [[Sigríður Jónsdóttir]], woont in [[Strandgata 31, Hafnarfjörður|ADDRESS]] en heeft verzocht om "
              "videobellen. Haar nummer [[+354 862 4417]] is geverifieerd door [[Jeroen Spaargaren]] (bureau Selectie en Detentiebeheer)."),
        ("h", "Advies"),
        ("p", "Plaatsing in {{Detentiecentrum Rotterdam|ORG}}, afdeling {{Extra Zorg|ORG}}. Advies is afgestemd met "
              "de {{Dienst Terugkeer en Vertrek|ORG}} en Een melding aan staatssecretaris "
              "{{Coenradie|PUBLIC_OFFICIAL}} is niet nodig."),
        ("table", ["Rol", "Naam", "Paraaf", "Datum"], [
            ["Selectiefunctionaris", "[[M. Tjon-A-Fong]]", "[[MTAF|PARAPH]]", "03-03-2025"],
            ["Hoofd bureau", "dr. [[L.O. Adeyemi]]", "[[LOA|PARAPH]]", "04-03-2025"],
        ]),
        ("small", "Contact bureau Selectie: {{selectie@dji.minjus.nl|MAILBOX}}, {{088 072 5000|PHONE_SWITCHBOARD}}."),
    ],
    footer="DJI – Ministerie van Justitie en Veiligheid",
    hidden=[("outline", "Advies [[Þórsson]] – concept [[Tjon-A-Fong]]"),
            ("attach", "pv-overdracht-[[Thorsson]].pdf", "bijlage overdracht")],
))

# 13 ----------------------------------------------------------------- Reclassering (LibreOffice)
DOCS.append(Doc(
    name="al13_reclassering_voorlichtingsrapport", producer="docx",
    title="Voorlichtingsrapport Reclassering",
    letterhead=["{{Reclassering Nederland}}", "Unit {{Den Haag|PLACE}}"],
    header_right="Parketnummer ligt bij OM – cliëntnummer [[RN-8837104|ID]]",
    author="[[Daan Meijers]]",
    blocks=[
        ("title", "Voorlichtingsrapport (beknopt) – {{Kort Advies|PROGRAMME}}"),
        ("kv", [("Cliënt", "[[VERMEULEN-SAÏDI, Jamila]]"),
                ("Geboren", "[[19-12-1996|DOB]] te {{Den Haag|PLACE}}"),
                ("Adres", "[[Paul Krugerlaan 233|ADDRESS]], [[2571 HM|POSTCODE]] {{Den Haag|PLACE}}"),
                ("Telefoon", "[[06 – 2193 7718]]"),
                ("Opdrachtgever", "{{Arrondissementsparket Den Haag|ORG}}"),
                ("Reclasseringswerker", "[[Daan Meijers]], [[d.meijers@reclassering.nl]]")]),
        ("h", "Aanleiding"),
        ("p", "Mevrouw [[Vermeulen-Saïdi]] wordt verdacht van {{winkeldiefstal|TERM}} in een drogisterij "
              "{{op de Paul Krugerlaan|PLACE}} (januari 2025). Zij verklaart dat zij in financiële nood zat na het "
              "vertrek van haar partner, de heer [[Karim Saïdi]]."),
        ("h", "Gesprekken"),
        ("p", "Gesproken is met cliënte (twee keer), met haar {{schuldhulpverlener|ROLE}} [[Wendy Oosterhuis]] van "
              "{{Schuldhulp Den Haag|ORG}}, en met de {{wijkagent|ROLE}} van {{Transvaal|PLACE}}, "
              "[[Erik Houtman]]. {{Veilig Thuis Haaglanden|ORG}} heeft geen meldingen. Haar dochter [[Noor Vermeulen]] (7) woont bij haar; de vader van het kind, [[Stefan Vermeulen]], heeft omgang."),
        ("h", "Advies"),
        ("p", "Een {{taakstraf|ROLE}} van 40 uur, met als bijzondere voorwaarde meewerken aan schuldhulpverlening "
              "({{artikel 14c Wetboek van Strafrecht|LAW}}). Toezicht door {{Reclassering Nederland}}."),
        ("sig", ["Den Haag, 14 maart 2025", "[[D. Meijers]]", "{{reclasseringswerker|ROLE}}",
                 "Akkoord: [[Hilde Baumgartner]], {{werkbegeleider|ROLE}}"]),
    ],
    hidden=[("outline", "Gesprek met moeder [[Fatiha Saïdi]]")],
    footer="Reclassering Nederland – Postbus 8215, 3503 RE Utrecht – vertrouwelijk",
))

# 14 ----------------------------------------------------------------- lawyer's letter (reportlab letter)
DOCS.append(Doc(
    name="al14_advocaat_bezwaar_sluiting", producer="rl", style="letter",
    title="Bezwaarschrift",
    letterhead=["{{Lexpoint Advocaten|ORG}}", "{{Weena 505|ADDRESS_ORG}} - 3013 AL Rotterdam"],
    header_right="T 010 - 414 22 70\nwww.lexpoint-advocaten.nl",
    blocks=[
        ("kv", [("", "Aan de burgemeester van Rotterdam"), ("", "t.a.v. {{Directie Veiligheid|ORG}}, {{afdeling Juridische Zaken|ORG}}"),
                ("", "{{Postbus 70012|ADDRESS_ORG}}"), ("", "3000 KP Rotterdam")]),
        ("kv", [("Datum", "{{9 april 2025|DATE}}"), ("Uw kenmerk", "{{OOV-13b-2025-0041|CASENO}}"),
                ("Ons kenmerk", "{{2025.0377/GLC|CASENO}}"),
                ("Behandeld door", "mr. [[G. Lopes Cardozo]]"),
                ("Direct", "[[010 - 414 22 78]] / [[g.lopescardozo@lexpoint-advocaten.nl]]")]),
        ("p", "Edelachtbare heer/vrouwe burgemeester,"),
        ("p", "Namens cliënte, mevrouw [[S.P. Martina-Statia]], wonende [[Zwart Janstraat 140-A|ADDRESS]] te "
              "{{Rotterdam|PLACE}}, maak ik bezwaar tegen uw besluit van 11 maart 2025 tot sluiting van haar woning op "
              "grond van {{artikel 13b Opiumwet|LAW}}."),
        ("p", "Cliënte woont sinds 1998 in de woning. Haar zoon, [[R. Martina]], staat sinds 15 maart 2025 ingeschreven "
              "op het adres van zijn vader, de heer [[Edsel Martina]], [[Gordelweg 19-C|ADDRESS]]. Daarmee is het gevaar "
              "van herhaling weggenomen. Bovendien is cliënte mantelzorger van haar moeder, mevrouw [[S. Statia]]."),
        ("p", "Ik verwijs naar de uitspraken van de {{Afdeling bestuursrechtspraak van de Raad van State|ORG}} van "
              "28 augustus 2019 ({{ECLI:NL:RVS:2019:2912|CASENO}}) over evenredigheid. Ik verzoek u het besluit te "
              "herroepen en cliënte te horen. Tevens vraag ik een {{voorlopige voorziening|TERM}} bij de {{Rechtbank Rotterdam|ORG}}."),
        ("p", "Voor de goede orde: mijn kantoorgenote mr. [[Annika Wolters-Ibrahim]] neemt waar tijdens mijn afwezigheid "
              "(21 april t/m 2 mei); zij is bereikbaar op [[06-53 11 90 28]]. Het eigen nummer van cliënte, [[06-14 55 20 93]], verzoek ik niet te gebruiken."),
        ("sig", ["Hoogachtend,", "mr. [[G. Lopes Cardozo]]", "advocaat"]),
        ("small", "Lexpoint Advocaten is ingeschreven bij de KvK onder nummer 24399811. Op onze dienstverlening zijn "
                  "algemene voorwaarden van toepassing. Derdengeldenrekening: {{NL55 ABNA 0511 2233 44|IBAN_ORG}}."),
    ],
    footer="Lexpoint Advocaten - kantoor Rotterdam",
    author="[[Lopes Cardozo, G.]]",
))

# 15 ----------------------------------------------------------------- bailiff (Chromium plain)
DOCS.append(Doc(
    name="al15_deurwaarder_invordering_dwangsom", producer="html", style="plain",
    title="Exploot van betekening",
    letterhead=["{{Gerechtsdeurwaarderskantoor Rijn & IJssel|ORG}}", "{{Velperweg 12|ADDRESS_ORG}} · 6824 BH Arnhem · 026 - 442 10 60"],
    blocks=[
        ("title", "EXPLOOT VAN BETEKENING EN BEVEL TOT BETALING"),
        ("p", "Heden, vijf maart tweeduizendvijfentwintig, ten verzoeke van de {{Gemeente Arnhem|ORG}}, zetelend te "
              "{{Arnhem|PLACE}}, te dezer zake woonplaats kiezende ten kantore van mij, gerechtsdeurwaarder;"),
        ("p", "Heb ik, [[Hendrik Jan Wassink]], {{gerechtsdeurwaarder|ROLE}} met plaats van vestiging {{Arnhem|PLACE}}, "
              "betekend en in afschrift gelaten aan: de heer [[ABDEL-KADER HADDAD, Amir]], wonende te "
              "[[6814 AD|POSTCODE]] {{Arnhem|PLACE}}, [[Sonsbeeksingel 77|ADDRESS]], "
              "in tegenwoordigheid van getuige [[Gijs Vermaat]], aldaar mijn exploot doende en sprekende met zijn echtgenote, mevrouw [[R. Haddad-Benjelloun]];"),
        ("p", "de {{invorderingsbeschikking|TERM}} van het college van burgemeester en wethouders van {{Arnhem|PLACE}} van "
              "12 februari 2025, kenmerk {{VTH-2025-01487|CASENO}}, en heb ik gerekwireerde bevel gedaan om binnen twee dagen "
              "te betalen: verbeurde dwangsommen € 4.000, kosten van dit exploot € 127,66."),
        ("table", ["Post", "Bedrag"], [["Hoofdsom verbeurde dwangsommen", "€ 4.000,00"], ["Kosten exploot ({{Besluit tarieven ambtshandelingen gerechtsdeurwaarders|LAW}})", "€ 127,66"],
                                       ["Totaal", "€ 4.127,66"]], [0.7, 0.3]),
        ("p", "Betaling op rekening van het kantoor {{NL39 RABO 0300 0654 82|IBAN_ORG}} onder vermelding van dossier "
              "{{RIJ-25-08812|CASENO}}. Kandidaat-gerechtsdeurwaarder [[Esmée Nijenhuis]] behandelt het dossier: "
              "[[e.nijenhuis@rijn-ijssel-gdw.nl]], [[026-442 10 67]]."),
        ("sig", ["De kosten dezes zijn voor mij, gerechtsdeurwaarder,", "[[H.J. Wassink]]"]),
        ("small", "Notariële akte van toestemming ex {{artikel 3:254 BW|LAW}} opgesteld door mr. [[Pieter Quirijn Dekker]], "
                  "{{notaris|ROLE}} te {{Velp|PLACE}} (ter informatie meegezonden)."),
    ],
    footer="Dit exploot is uitgebracht op grond van de {{Gerechtsdeurwaarderswet|LAW}}.",
))
