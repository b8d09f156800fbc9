"""Documents kp15-kp33: committee advice, mail, ecology, memo, press, council, rosters, Woo decision."""
from lib import Doc
from content_a import MOT, W

OUT = "Microsoft Outlook for Microsoft 365"

DOCS = [
Doc("kp15_advies_commissie", "rl", [
 "# Advies bezwaarschriftencommissie",
 "Aan het college van burgemeester en wethouders van Deventer - zaak {{BZW-2026-0147|REF}} - 16 juni 2026",
 "## 1. Procesverloop",
 "Tegen de omgevingsvergunning {{Z-2026-031187|REF}} zijn vier bezwaarschriften ingediend: door de echtelieden "
 "[[Kolkman]], door mevrouw [[Yıldırım]], door de heer [[Zwiers]] en door de {{Buurtvereniging Het Hofkwartier}} "
 "(gemachtigde mr. [[Eijsink]]). De hoorzitting was op 12 mei 2026.",
 "## 2. Ontvankelijkheid",
 "Alle bezwaarmakers wonen binnen 100 meter van de bomen en zijn belanghebbende (artikel 1:2 {{Awb|LAW}}). De vereniging "
 "heeft een statutaire doelstelling die het behoud van het groen in de wijk omvat.",
 "## 3. Beoordeling",
 "De commissie stelt vast dat het college het advies van de stadsecoloog heeft overgenomen zonder dat een nader onderzoek "
 "naar vleermuizen was afgerond. Het {{Vleermuisprotocol 2021|LAW}} schrijft vier veldbezoeken voor tussen mei en "
 "september. De vergunning is op dit punt onzorgvuldig voorbereid (artikel 3:2 {{Awb|LAW}}).",
 "Voor de paardenkastanje {{B-125|REF}} is de kap noodzakelijk om veiligheidsredenen; de commissie adviseert de bezwaren "
 "op dit punt ongegrond te verklaren.",
 "---",
 "## 4. Advies",
 "De commissie adviseert het college de bezwaren gedeeltelijk gegrond te verklaren, de vergunning te herroepen voor de "
 "beuk {{B-121|REF}} en de bomen {{B-126|REF}} t/m {{B-129|REF}}, en een nieuw besluit te nemen na afronding van het "
 "vleermuisonderzoek. De bezwaarmakers komen in aanmerking voor vergoeding van proceskosten (artikel 7:15 {{Awb|LAW}}).",
 "Aldus vastgesteld op 16 juni 2026.",
 "De voorzitter,                      De secretaris,",
 "mr. [[A.C. van der Meulen-Ploeg]]          [[T. Oosterveld]]",
], producer="iText® 7.2.5 ©2000-2023 iText Group NV (AGPL-version)", creator="Zaaksysteem Xential", title="Advies BZW-2026-0147", font="DejaVu",
 outline=[("1. Procesverloop", 0), ("Concept Annelies 09-06", 0), ("3. Beoordeling (opm. Hüseyin)", 0), ("4. Advies", 1),
          ("versie Thijs O. def", 1)],
 hidden=[("outline", "PERSON", "Annelies"), ("outline", "PERSON", "Hüseyin"), ("outline", "PERSON", "Thijs O.")]),

Doc("kp16_mail_ecoloog", "rl", [
 "Van: Oudenampsen, Saskia <[[s.oudenampsen@deventer.nl|EMAIL]]>",
 "Verzonden: dinsdag 10 februari 2026 16:42",
 "Aan: Harmelink, Joost <[[j.harmelink@deventer.nl|EMAIL]]>",
 "CC: [[Nijland, Bart]] <[[b.nijland@deventer.nl|EMAIL]]>; {{vth-groen@deventer.nl|EMAIL_FUNC}}",
 "Onderwerp: RE: advies ecologie kap {{Burgemeester Van Heeckerenpark|PLACE}} ({{Z-2026-031187|REF}})",
 "Hoi [[Joost]],",
 "Ik heb de {{quickscan flora en fauna|TERM}} van {{Buitenwijs|ORG}} gelezen. Ze noemen 'potentiële verblijfplaatsen' in "
 "{{B-121|REF}} en {{B-124|REF}} maar hebben in november gekeken, dat is buiten het seizoen. Eerlijk gezegd vind ik het "
 "flinterdun. Formeel kun je de vergunning verlenen met een voorschrift (controle vooraf), maar als er bezwaar komt "
 "staan we zwak. Ik heb geen tijd gehad om zelf te gaan kijken, ik zit tot maart vol met de {{Natura 2000|PROJECT}}-"
 "rapportage {{Uiterwaarden IJssel|PLACE}}.",
 "Mijn advies: verleen voor {{B-125|REF}} (veiligheid) en wacht met de rest tot na het vleermuisonderzoek.",
 "Groet, [[Saskia]]",
 "dr. [[S.M. Oudenampsen]] | stadsecoloog | {{gemeente Deventer}} | [[06 12 48 30 77|PHONE]] | werkdagen ma-di-do",
 "",
 "Van: Harmelink, Joost <[[j.harmelink@deventer.nl|EMAIL]]>",
 "Verzonden: dinsdag 10 februari 2026 09:15",
 "Aan: Oudenampsen, Saskia <[[s.oudenampsen@deventer.nl|EMAIL]]>",
 "Onderwerp: advies ecologie kap {{Burgemeester Van Heeckerenpark|PLACE}} ({{Z-2026-031187|REF}})",
 "Hoi [[Saskia]],",
 "Kun je voor vrijdag een ecologisch advies geven op de kapaanvraag van {{De Linde|ORG}}? Ze zitten erg op de tijd, "
 "[[Hanneke]] belt me elke week. Wethouder {{Stapelkamp|PUBLIC}} wil het project {{Parkrand Oost|PROJECT}} voor de zomer in "
 "het college. Rapport in de bijlage.",
 "Dank! [[Joost]]",
 "[[Joost Harmelink]] | vergunningverlener {{VTH|ORG}} | [[0570 69 38 05|PHONE]] | {{www.deventer.nl|URL}}",
 "---",
 "Van: Harmelink, Joost",
 "Verzonden: woensdag 11 februari 2026 08:03",
 "Aan: Oudenampsen, Saskia",
 "CC: Scholten, Rik <[[r.scholten@deventer.nl|EMAIL]]>",
 "Onderwerp: RE: RE: advies ecologie",
 "[[Saskia]], dank. Ik bespreek het met [[Rik]]. Als we alleen {{B-125|REF}} verlenen, halen we de termijn en kan de rest "
 "in een tweede besluit. Kun je je advies formeel in het zaaksysteem zetten (zonder 'flinterdun' 😉)?".replace(" 😉", ""),
 "[[Joost]]",
], producer="Microsoft® Outlook® voor Microsoft 365", creator=OUT, title="RE: advies ecologie kap", author="Harmelink, Joost",
 font="Helvetica"),

Doc("kp17_mail_woonstichting", "rl", [
 "Van: [[Schuurman, Hanneke]] <[[h.schuurman@delinde-wonen.nl|EMAIL]]>",
 "Verzonden: donderdag 19 februari 2026 11:27",
 "Aan: Harmelink, Joost <[[j.harmelink@deventer.nl|EMAIL]]>",
 "CC: [[Dijkhuis, Wim]] <[[w.dijkhuis@delinde-wonen.nl|EMAIL]]>; [[Aydın Koç]] <[[a.koc@bouwbedrijf-stegeman.nl|EMAIL]]>; {{vastgoed@delinde-wonen.nl|EMAIL_FUNC}}",
 "Onderwerp: kapvergunning {{Parkrand Oost|PROJECT}} - planning",
 "Beste [[Joost]],",
 "Zoals besproken: de aannemer ({{Bouwbedrijf Stegeman|ORG}}) wil uiterlijk 1 maart beginnen met bouwrijp maken. Als de "
 "vergunning niet voor 1 maart is verleend, kunnen we pas na 15 juli kappen en loopt het project een half jaar vertraging op. "
 "Dat kost ons circa € 380.000. Onze directeur-bestuurder heeft hierover contact met wethouder {{Stapelkamp|PUBLIC}}.",
 "Kunnen jullie in elk geval de vergunning voor {{B-125|REF}} tot en met {{B-129|REF}} alvast verlenen?",
 "Met vriendelijke groet,",
 "[[Hanneke Schuurman]]",
 "{{projectleider vastgoed|ROLE}} | {{Woonstichting De Linde}} | [[06-23175840|PHONE]] | {{088 - 333 2500|PHONE_FUNC}} (algemeen)",
 "",
 "Van: Harmelink, Joost",
 "Verzonden: donderdag 19 februari 2026 14:02",
 "Aan: [[Schuurman, Hanneke]]",
 "Onderwerp: RE: kapvergunning {{Parkrand Oost|PROJECT}} - planning",
 "Beste [[Hanneke]], we streven naar een besluit op 26 februari. Ik kan niets toezeggen over de inhoud. Groet, [[Joost Harmelink]]",
], producer="Microsoft® Outlook® voor Microsoft 365", creator=OUT, title="kapvergunning Parkrand Oost", font="DejaVu"),

Doc("kp18_quickscan_ecologie", "rl", [
 "# Quickscan flora en fauna {{Burgemeester Van Heeckerenpark|PLACE}}",
 "{{Ecologisch Adviesbureau Buitenwijs|ORG}} - projectnummer {{EAB-25-1142|REF}} - 24 november 2025",
 "Auteur: [[Jeroen Kaptein]] MSc, ecoloog. Review: [[drs. L. Haverkamp]].",
 "## 1. Aanleiding",
 "{{Woonstichting De Linde}} is voornemens elf bomen te kappen. Getoetst is aan de soortenbescherming in de "
 "{{Omgevingswet|LAW}} en het {{Besluit activiteiten leefomgeving|LAW}} ({{Bal|LAW}}).",
 "## 2. Resultaten",
 "| Soortgroep | Aanwezigheid | Functie | Vervolg |",
 "| vleermuizen ({{gewone dwergvleermuis|TERM}}, {{rosse vleermuis|TERM}}) | mogelijk | verblijfplaats in holtes {{B-121|REF}}, {{B-124|REF}} | nader onderzoek |",
 "| broedvogels ({{boomkruiper|TERM}}, {{grote bonte specht|TERM}}) | aanwezig | nest | buiten broedseizoen werken |",
 "| {{eekhoorn|TERM}} | niet aangetroffen | - | geen |",
 "| {{steenmarter|TERM}} | niet aangetroffen | - | geen |",
 "## 3. Conclusie",
 "Nader onderzoek naar vleermuizen volgens het {{Vleermuisprotocol 2021|LAW}} is noodzakelijk voor de bomen {{B-121|REF}} en "
 "{{B-124|REF}}. Zonder dit onderzoek kan een overtreding van de verboden uit het {{Bal|LAW}} niet worden uitgesloten.",
 "Contact: {{info@buitenwijs.nl|EMAIL_FUNC}} - {{026 - 351 44 00|PHONE_FUNC}}",
], producer="Adobe PDF Library 22.3.58", creator="Adobe InDesign 18.2 (Windows)", title="Quickscan EAB-25-1142",
 notes=[(0, "Oudenampsen, Saskia", "Holtes alleen vanaf de grond bekeken? Navragen bij auteur (06-55173902).", [400, 600, 420, 620]),
        (0, "Harmelink, Joost", "Saskia: is dit voldoende voor verlening met voorschrift? Rik wil het weten.", [400, 560, 420, 580]),
        (0, "L. Haverkamp", "Review ok, nov is laat in seizoen", [400, 520, 420, 540])],
 hidden=[("annotations", "PERSON", "Oudenampsen, Saskia"), ("annotations", "PHONE", "06-55173902"),
         ("annotations", "PERSON", "Harmelink, Joost"), ("annotations", "PERSON", "Saskia"),
         ("annotations", "PERSON", "Rik")]),
]

DOCS += [
Doc("kp19_teams_chat", "rl", [
 "Chat - Microsoft Teams - kanaal VTH Groen",
 "[[Harmelink, Joost]] 26-2 09:12  Besluit kap park is de deur uit. Gedeeltelijk verleend, eiken en plataan geweigerd.",
 "[[Scholten, Rik]] 26-2 09:14  Top. Heb jij [[Vera]] van communicatie al ingelicht? De wethouder wil een persbericht.",
 "[[Harmelink, Joost]] 26-2 09:15  Ja, [[Vera Hagedoorn]] schrijft het. Citaat van {{Stapelkamp|PUBLIC}} komt via het bestuurssecretariaat.",
 "[[Nijland, Bart]] 26-2 09:40  Wij (groenbeheer) hebben de ploeg van [[Henk]] en [[Youssef]] klaarstaan voor 2 maart.",
 "[[Oudenampsen, Saskia]] 26-2 09:41  [[Bart]], NIET voor B-121 en B-124 zonder vleermuiscontrole!! Zie mijn mail.",
 "[[Nijland, Bart]] 26-2 09:43  Ok ok. Alleen B-125 en de kleine bomen dan.",
 "[[Scholten, Rik]] 26-2 10:02  Let op: bezwaar is mogelijk tot 9 april. Eerst overleg met [[Thijs]] van JZ voordat er iets gekapt wordt.",
 "[[Oosterveld, Thijs]] 26-2 10:30  Bij een verzoek om voorlopige voorziening moet je niet al gekapt hebben. Advies: wachten.",
 "[[Harmelink, Joost]] 26-2 10:31  Duidelijk. Ik bel {{De Linde|ORG}}. [[Saskia]], jij bent op 12 mei ook nodig bij de hoorzitting.",
 "[[Oudenampsen, Saskia]] 26-2 10:33  Zet maar in mijn agenda. Tel. is [[06 12 48 30 77|PHONE]] als het spoed is.",
 "---",
 "Chat - Microsoft Teams - kanaal VTH Groen (vervolg)",
 "[[Hagedoorn, Vera]] 8-7 11:02  Concept persbericht staat in de map. [[Joost]], klopt het dat het om vijf bomen gaat?",
 "[[Harmelink, Joost]] 8-7 11:05  Ja: {{B-121|REF}} en {{B-126|REF}} t/m {{B-129|REF}} herroepen. {{B-125|REF}} blijft verleend.",
 "[[Hagedoorn, Vera]] 8-7 11:07  Top. Woordvoerder {{Pim Aalderink|PUBLIC}} neemt de pers, ik ben vrij vanaf vrijdag.",
 "[[Scholten, Rik]] 8-7 11:20  [[Saskia]] is ziek thuis ([[hernia|HEALTH]]), dus vragen over vleermuizen naar [[Jeroen Kaptein]] van {{Buitenwijs|ORG}}.",
 "[[Nijland, Bart]] 8-7 11:24  Ploeg [[Henk Lubbers-Smit]] staat ingepland voor de herplant in november. [[Gülşen]] regelt de verkeersmaatregelen.",
 "[[Oosterveld, Thijs]] 8-7 11:30  Proceskosten: [[Kolkman]] € 1.674, vereniging via mr. [[Eijsink]] € 2.511. Betaling via team Financiën.",
 "[[Harmelink, Joost]] 8-7 11:32  Dank allen. Ik zet de stukken in {{Corsa|PRODUCT}} onder {{Z-2026-031187|REF}}.",
], producer="Microsoft: Print To PDF", creator="Microsoft Teams", title="Chat VTH Groen", font="DejaVu"),

Doc("kp20_beslisnota", "docx", [
 "Beslisnota voor het college van burgemeester en wethouders",
 "| Portefeuillehouder | wethouder K. Stapelkamp (openbare ruimte en groen) |",
 "| Steller | [[J. Harmelink]], {{team VTH|ORG}} |",
 "| Telefoon | [[0570 69 38 05|PHONE]] |",
 "| Datum | 30 juni 2026 |",
 "| Kenmerk | {{BZW-2026-0147|REF}} / {{Z-2026-031187|REF}} |",
 "Onderwerp: beslissing op bezwaar kapvergunning {{Burgemeester Van Heeckerenpark|PLACE}}",
 "## Geadviseerd besluit",
 "Het college wordt gevraagd: 1. de bezwaren gedeeltelijk gegrond te verklaren conform het advies van de "
 "{{bezwaarschriftencommissie}}; 2. de vergunning te herroepen voor {{B-121|REF}} en {{B-126|REF}} t/m {{B-129|REF}}; "
 "3. de proceskosten te vergoeden; 4. in te stemmen met het persbericht.",
 "## Kern",
 "De commissie oordeelt dat het vleermuisonderzoek had moeten worden afgewacht. Het onderzoek is inmiddels uitgevoerd door "
 "{{Buitenwijs|ORG}}: in {{B-124|REF}} is een zomerverblijf van de {{gewone dwergvleermuis|TERM}} vastgesteld.",
 "## Krachtenveld",
 "{{Woonstichting De Linde}} (directeur-bestuurder [[W.F.M. Dijkhuis]]) dringt aan op snelheid. De "
 "{{Buurtvereniging Het Hofkwartier}} en raadslid {{Brouwer-Özdemir|PUBLIC}} ({{GroenLinks|ORG}}) volgen het dossier.",
 "## Paraafroute",
 "| Naam | Functie | Paraaf | Datum |",
 "| [[J. Harmelink]] | vergunningverlener | [[JHa]] | 30-6 |",
 "| [[R.J. Scholten]] | teamleider | [[RJS]] | 1-7 |",
 "| [[T. Oosterveld]] | jurist | [[TOo]] | 1-7 |",
 "| [[E. van Dalen-Mertens]] | {{afdelingshoofd Stadsbeheer|ROLE}} | [[EvDM]] | 2-7 |",
] + MOT + ["De naam van de portefeuillehouder is niet geanonimiseerd; zij treedt op in haar publieke functie."],
 author="Joost Harmelink", title="Beslisnota bezwaar kap park", creator="Microsoft® Word voor Microsoft 365"),
]
DOCS[-1].extra_keep = [("wethouder K. Stapelkamp", "PUBLIC")]

DOCS += [
Doc("kp21_persbericht_concept", "docx", [
 "CONCEPT - niet verspreiden",
 "Persbericht gemeente Deventer",
 "Gemeente herroept deel kapvergunning {{Burgemeester Van Heeckerenpark|PLACE}}",
 "Deventer, 8 juli 2026 - Het college van de {{gemeente Deventer}} heeft de vergunning voor het kappen van vijf bomen "
 "in het {{Burgemeester Van Heeckerenpark|PLACE}} herroepen. De {{bezwaarschriftencommissie}} had geoordeeld dat eerst "
 "onderzoek naar vleermuizen nodig was.",
 "Wethouder {{Karin Stapelkamp|PUBLIC}}: \"[tekst citaat volgt - afstemmen met bestuurssecretariaat]\"",
 "Vragen aan Vera: noemen we de buurtvereniging bij naam? En Hanneke van De Linde wil meelezen.".replace("Vera", "[[Vera]]").replace("Hanneke", "[[Hanneke]]"),
 "Noot voor de redactie: {{persvoorlichting@deventer.nl|EMAIL_FUNC}} of {{0570 - 69 30 00|PHONE_FUNC}}.",
], author="Vera Hagedoorn", title="Concept persbericht kap", hidden=[("metadata", "PERSON", "Vera Hagedoorn")]),

Doc("kp22_persbericht", "rl", [
 "# Persbericht",
 "Deventer, 9 juli 2026",
 "## Eiken en plataan in Burgemeester Van Heeckerenpark blijven staan",
 "Het college van de {{gemeente Deventer}} heeft de omgevingsvergunning voor het kappen van bomen in het "
 "{{Burgemeester Van Heeckerenpark|PLACE}} gedeeltelijk herroepen. Alleen de zieke paardenkastanje en drie kleine bomen "
 "mogen worden gekapt. Voor de beuk bij de vijver en de bomen langs de {{Hofstraat|PLACE}} volgt een nieuw besluit na "
 "aanvullend onderzoek. {{Woonstichting De Linde}} past het ontwerp van {{Parkrand Oost|PROJECT}} aan.",
 "Wethouder {{Karin Stapelkamp|PUBLIC}} (openbare ruimte en groen): \"We hebben de bewoners gehoord. Monumentale bomen "
 "zijn het geheugen van een stad. We willen snel sociale huurwoningen bouwen, maar niet ten koste van een "
 "vleermuisverblijf dat hier al tientallen jaren is. De commissie had een punt en dat nemen we ruiterlijk over.\"",
 "Burgemeester {{Ron König|PUBLIC}} bracht eerder dit jaar nog de {{Wilhelminaboom|PLACE}} in het park onder de aandacht "
 "toen die werd genomineerd voor {{De Nationale Boom van het Jaar|ORG}}.",
 "De {{Buurtvereniging Het Hofkwartier}} reageert verheugd. Volgens de vereniging tekenden meer dan 1.100 mensen de petitie.",
 "## Noot voor de redactie",
 "Meer informatie: woordvoerder {{Pim Aalderink|PUBLIC}}, {{0570 - 69 30 00|PHONE_FUNC}}, {{persvoorlichting@deventer.nl|EMAIL_FUNC}}.",
], producer="Microsoft® Word voor Microsoft 365", creator=W, author="Vera Hagedoorn", title="Persbericht bomen park",
 hidden=[("metadata", "PERSON", "Vera Hagedoorn")]),

Doc("kp23_raadsvragen", "rl", [
 "# Schriftelijke vragen ex artikel 41 Reglement van orde",
 "Van: raadslid {{Tamara Brouwer-Özdemir|PUBLIC}} ({{GroenLinks|ORG}})",
 "Datum: 14 mei 2026 - nummer {{RV-2026-038|REF}}",
 "Onderwerp: kap monumentale bomen {{Burgemeester Van Heeckerenpark|PLACE}}",
 "1. Klopt het dat de stadsecoloog geen veldbezoek heeft gebracht voordat de vergunning werd verleend?",
 "2. Heeft de wethouder contact gehad met {{Woonstichting De Linde}} over de planning van de kap?",
 "3. Hoe verhoudt de vergunning zich tot het {{Bomenbeleidsplan Deventer 2022-2030|LAW}}?",
 "## Antwoord van het college (23 juni 2026)",
 "1. De beoordeling is gebaseerd op de {{quickscan flora en fauna|TERM}} van een extern bureau. Een eigen veldbezoek is "
 "niet in alle gevallen nodig. In dit geval had het nadere onderzoek moeten worden afgewacht; zie het advies van de "
 "{{bezwaarschriftencommissie}}.",
 "2. {{Wethouder Stapelkamp|PUBLIC}} heeft op 20 februari 2026 een kennismakingsgesprek gehad met de directeur-bestuurder "
 "van {{De Linde|ORG}}. Over de vergunning is niet inhoudelijk gesproken.",
 "3. Het {{Bomenbeleidsplan Deventer 2022-2030|LAW}} gaat uit van behoud van monumentale bomen, tenzij zwaarwegende "
 "belangen anders vereisen. Sociale woningbouw kan zo'n belang zijn, maar het moet per boom worden afgewogen.",
 "Het college van burgemeester en wethouders van Deventer,",
 "de secretaris, {{drs. M.A. Veltkamp|PUBLIC}}    de burgemeester, {{Ron König|PUBLIC}}",
], producer="iText 5.5.13.3 ©2000-2022 iText Group NV (AGPL-version)", creator="iBabs", title="RV-2026-038"),

Doc("kp24_petitielijst_scan", "scan", [], scan_pages=[[
 "# Petitie: Red de bomen van het Van Heeckerenpark",
 "Aangeboden aan de gemeenteraad van Deventer",
 "",
 "Nr  Naam                     Straat              Handtekening",
 "1   Anneke Veldhuis          Hofstraat 19         A. Veldhuis",
 "2   Johan Brinkhuis          Vijverlaan 12        J.B.",
 "3   Fatima El Khatib         Hofstraat 33         F. El Khatib",
 "4   Dorien Wessels           Hofstraat 31         D.W.",
 "5   Teun van Dorsten         Molenstraat 9        T. van Dorsten",
 "6   Wilma Scheerder          Parkweg 4            W.S.",
 "7   Bernard Lubbers          Vijverlaan 10        B. Lubbers",
 "8   Nikolai Petrov           Parkweg 18           N.P.",
 "",
 "Contact petitie: Pieter ter Horst, 06 - 29 44 81 06",
]], scan_caption="Petitie aangeboden aan de {{gemeenteraad}} op {{19 mei 2026|DATE}} - {{Griffie Deventer|ORG}}",
 producer="KONICA MINOLTA bizhub C360i", creator="bizhub C360i", title="Petitie blad 3"),
]
_names = ["Anneke Veldhuis", "Hofstraat 19", "Johan Brinkhuis", "Vijverlaan 12", "Fatima El Khatib", "Hofstraat 33",
          "Dorien Wessels", "Hofstraat 31", "Teun van Dorsten", "Molenstraat 9", "Wilma Scheerder", "Parkweg 4",
          "Bernard Lubbers", "Vijverlaan 10", "Nikolai Petrov", "Parkweg 18", "Pieter ter Horst", "06 - 29 44 81 06",
          "A. Veldhuis", "F. El Khatib", "T. van Dorsten", "B. Lubbers"]


def _mark(line, names):
    for n in sorted(names, key=len, reverse=True):
        kind = "ADDRESS" if any(s in n for s in ("straat", "laan", "weg")) else ("PHONE" if n[0].isdigit() else "PERSON")
        if n in line and f"[[{n}" not in line:
            line = line.replace(n, f"[[{n}|{kind}]]", 1)
    return line


DOCS[-1].scan_pages = [[_mark(l, _names) for l in DOCS[-1].scan_pages[0]]]

DOCS += [
Doc("kp25_rooster_groenbeheer", "rl", [
 "# Inzetrooster kapploeg Stadsbeheer - week 10 (2-6 maart 2026)",
 "Project: kap {{B-125|REF}}, {{B-129|REF}} t/m {{B-131|REF}} {{Burgemeester Van Heeckerenpark|PLACE}} - werkorder {{WO-26-00812|REF}}",
 "| Naam | Pers.nr. | Functie | Mobiel | Ma | Di | Wo |",
 "| [[Henk Lubbers-Smit]] | [[104477|ID]] | ploegleider | [[06-50 33 12 98|PHONE]] | x | x | x |",
 "| [[Youssef Amrani]] | [[108215|ID]] | boomverzorger ({{ETW|ORG}}) | [[06-41 27 76 03|PHONE]] | x | x | - |",
 "| [[Dirk-Jan Rozendaal]] | [[109930|ID]] | hoogwerker | [[06-24 88 10 51|PHONE]] | x | - | x |",
 "| [[Stijn Aarts]] | [[111042|ID]] | versnipperaar | [[06-33 09 42 17|PHONE]] | - | x | x |",
 "| [[Gülşen Demir]] | [[110386|ID]] | verkeersregelaar | [[06-19 75 63 20|PHONE]] | x | x | - |",
 "Materieel: {{Ruthmann Steiger T 330|PRODUCT}}, {{Jensen A540|PRODUCT}} versnipperaar, {{Stihl MS 462|PRODUCT}}.",
 "Coördinatie: [[B. Nijland]] (groenbeheer), stand-by storingsnummer {{0570 - 69 39 99|PHONE_FUNC}}.",
 "Let op: vóór start vleermuiscontrole door ecoloog {{Buitenwijs|ORG}} ({{EAB-25-1142|REF}}). Niet zagen aan {{B-121|REF}}/{{B-124|REF}}.",
], producer="Microsoft® Excel® voor Microsoft 365", creator="Microsoft® Excel® voor Microsoft 365", font="DejaVu",
 title="Rooster wk10", author="Bart Nijland", hidden=[("metadata", "PERSON", "Bart Nijland")]),

Doc("kp26_toezichtrapport", "rl", [
 "# Rapport van bevindingen toezicht kapwerkzaamheden",
 "{{gemeente Deventer}} - {{team VTH|ORG}} - rapportnummer {{TZ-2026-0419|REF}}",
 "Toezichthouder: [[Dennis Wolters]], {{boa|ROLE}} domein I, boa-nummer [[BOA-774310|ID]]",
 "Datum controle: 3 maart 2026, 07.45 uur - locatie {{Burgemeester Van Heeckerenpark|PLACE}}",
 "## Bevindingen",
 "Om 07.45 uur trof ik de kapploeg van {{Stadsbeheer|ORG}} aan onder leiding van de heer [[H. Lubbers-Smit]]. Ecoloog "
 "[[J. Kaptein]] van {{Buitenwijs|ORG}} was aanwezig en had de bomen {{B-125|REF}} en {{B-129|REF}} t/m {{B-131|REF}} "
 "met een endoscoop gecontroleerd. Geen verblijfplaatsen aangetroffen.",
 "Om 08.20 uur meldde omwonende [[Pieter ter Horst]] ([[Hofstraat 25|ADDRESS]]) dat ook de beuk {{B-121|REF}} was gemarkeerd. "
 "Ik heb vastgesteld dat op {{B-121|REF}} een oranje stip stond. Na overleg met de heer [[Nijland]] (telefonisch) is de stip "
 "verwijderd; aan {{B-121|REF}} is niet gewerkt.",
 "Om 09.05 uur waren enkele bewoners, onder wie mevrouw [[Nowak-Jansen]], met spandoeken aanwezig. De sfeer was rustig.",
 "## Conclusie",
 "De werkzaamheden zijn uitgevoerd conform de vergunning {{Z-2026-031187|REF}} en de voorschriften. Geen overtreding.",
 "Aldus opgemaakt en naar waarheid ondertekend,",
 "[[D. Wolters]], 3 maart 2026",
], producer="Nitro PDF Creator (Pro 13)", creator="Microsoft Word - TZ-2026-0419.docx", title="TZ-2026-0419"),

Doc("kp27_telefoonnotitie_scan", "scan", [], scan_pages=[[
 "# Telefoonnotitie",
 "Datum: 4 maart 2026, 14.20 uur",
 "Gesprek met: Hanneke Schuurman (De Linde)",
 "Genoteerd door: Joost Harmelink",
 "",
 "Mevr. Schuurman belt over de vertraging. Zij zegt dat",
 "haar directeur Wim Dijkhuis de wethouder gaat bellen.",
 "Ik heb gezegd dat de procedure loopt en dat ik niets",
 "kan toezeggen. Terugbellen op 06-23175840.",
 "",
 "Handgeschreven: Rik ingelicht 5/3 - JHa",
]], scan_caption="Scan telefoonnotitie - zaak {{Z-2026-031187|REF}} - {{team VTH|ORG}}",
 producer="RICOH MP C3004ex", creator="RICOH Scan to PDF", title="telnot"),
]
_n2 = ["Hanneke Schuurman", "Joost Harmelink", "Schuurman", "Wim Dijkhuis", "06-23175840", "Rik", "JHa"]


def _mark2(line):
    for n in _n2:
        if n in line and f"[[{n}" not in line and not (n == "Schuurman" and "Hanneke Schuurman" in line):
            line = line.replace(n, f"[[{n}|{'PHONE' if n[0].isdigit() else 'PERSON'}]]", 1)
    return line


DOCS[-1].scan_pages = [[_mark2(l) for l in DOCS[-1].scan_pages[0]]]

DOCS += [
Doc("kp28_herplantplan_brief", "rl", [
 "{{Woonstichting De Linde}} - {{Keizerstraat 40|PLACE}} - Deventer - {{www.delinde-wonen.nl|URL}}",
 "Aan: het college van burgemeester en wethouders van Deventer, t.a.v. de heer [[J. Harmelink]]",
 "Datum: 20 juli 2026 - Uw kenmerk: {{Z-2026-031187|REF}}",
 "Onderwerp: aangepast ontwerp {{Parkrand Oost|PROJECT}} en herplantplan",
 "Geacht college,",
 "Naar aanleiding van uw beslissing op bezwaar hebben wij het ontwerp aangepast. De bouwgrens schuift 6 meter op, waardoor de "
 "zomereiken {{B-117|REF}}, {{B-118|REF}} en de plataan {{B-124|REF}} behouden blijven. Het aantal woningen daalt van 64 naar 58.",
 "| Herplant | Soort | Aantal | Maat |",
 "| park, zuidrand | {{Quercus robur|TERM}} | 8 | 25-30 |",
 "| {{Hofstraat|PLACE}} | {{Tilia cordata|TERM}} 'Greenspire' | 10 | 20-25 |",
 "| speelveld {{Anne Frankschool|PLACE}} | {{Liquidambar styraciflua|TERM}} | 4 | 20-25 |",
 "Het plan is opgesteld door landschapsarchitect [[Merel Vonk-Ter Haar]] ([[Vonk Landschap|ORG_SOLE]]). "
 "Boombescherming tijdens de bouw gebeurt onder toezicht van [[K. Hollander]].",
 "Met vriendelijke groet,",
 "[[ir. W.F.M. Dijkhuis]]",
 "{{directeur-bestuurder|ROLE}}",
 "Kopie: [[mw. H. Schuurman]]; {{Buurtvereniging Het Hofkwartier}}",
], producer="Aspose.PDF for .NET 23.9", creator="Corsa Document Management", font="Times-Roman", title="Herplantplan"),

Doc("kp29_mail_bewoner_gezondheid", "rl", [
 "Van: [[Anneke Veldhuis]] <[[anneke.veldhuis62@hotmail.com|EMAIL]]>",
 "Verzonden: maandag 16 maart 2026 22:10",
 "Aan: {{info@deventer.nl|EMAIL_FUNC}}",
 "Onderwerp: kap bomen park - persoonlijke situatie",
 "Geachte heer/mevrouw,",
 "Ik woon op [[Hofstraat 19|ADDRESS]] en kijk uit op het park. Sinds mijn [[burn-out|HEALTH]] vorig jaar is die wandeling "
 "door het park het enige wat mij overeind houdt, zegt ook mijn psycholoog bij {{GGZ Oost Brabant|ORG}}... nee, "
 "{{Dimence|ORG}}. Mijn man [[Henk-Jan Veldhuis]] heeft [[COPD|HEALTH]] en ligt regelmatig in het "
 "{{Deventer Ziekenhuis|ORG}}. Wij zijn echt bang voor de bouwstof als de bomen weg zijn.",
 "Kunt u dit meenemen in de beoordeling? U kunt mij bellen op [[0570 - 61 77 04|PHONE]].",
 "Met vriendelijke groet,",
 "[[A. Veldhuis-Ter Beek]]",
 "",
 "Van: {{info@deventer.nl|EMAIL_FUNC}}",
 "Verzonden: dinsdag 17 maart 2026 09:02",
 "Aan: [[Anneke Veldhuis]]",
 "Onderwerp: RE: kap bomen park - persoonlijke situatie",
 "Geachte mevrouw [[Veldhuis]], dank voor uw bericht. Wij hebben het doorgestuurd naar de vergunningverlener onder zaaknummer "
 "{{Z-2026-031187|REF}}. Met vriendelijke groet, [[Lotte]], {{KlantContactCentrum|ORG}} {{gemeente Deventer}}",
], producer="Microsoft® Outlook® voor Microsoft 365", creator=OUT, title="kap bomen park - persoonlijke situatie"),

Doc("kp30_verslag_bewonersavond", "docx", [
 "Verslag informatieavond Parkrand Oost",
 "Datum: 22 januari 2026, 19.30 uur, {{wijkcentrum De Hofkamer|PLACE}}",
 "Aanwezig namens {{Woonstichting De Linde}}: [[Hanneke Schuurman]] (projectleider), [[Kees-Willem Rutgers]] (architect, "
 "{{Rutgers & Ten Cate Architecten|ORG}}). Namens de gemeente: [[Joost Harmelink]] en [[Bart Nijland]]. Wethouder "
 "{{Stapelkamp|PUBLIC}} was aanwezig bij de opening.",
 "Circa 60 bewoners. Gespreksleider: [[Saar Meijerink]] ({{Bureau Buurtkracht|ORG}}).",
 "Vragen uit de zaal",
 "| Vraag | Door | Antwoord |",
 "| Waarom moeten de eiken weg? | [[dhr. Ter Horst]] | Bouwgrens; wordt onderzocht |",
 "| Wat gebeurt er met de vleermuizen? | [[mw. Yıldırım]] | Quickscan {{Buitenwijs|ORG}} |",
 "| Komen er huurwoningen voor ouderen? | [[mw. Bosch]] | 20 levensloopbestendig |",
 "| Wie betaalt herplant? | [[Gerrit-Jan Zwiers]] | {{De Linde|ORG}} en {{Bomenfonds Deventer}} |",
 "Afspraak: verslag gaat naar alle aanwezigen die een e-mailadres achterlieten (lijst bij [[Saar]]).",
], author="Saar Meijerink", title="Verslag informatieavond", producer="LibreOffice 7.6 / Aspose"),

Doc("kp31_woo_besluit", "rl", [
 "# Besluit op uw Woo-verzoek",
 "Aan: de heer [[M. van 't Hoff]], [[Molenstraat 14|ADDRESS]], [[7411 AB|POSTCODE]] Deventer",
 "Ons kenmerk: {{WOO-2026-0088|REF}} - Datum: 14 augustus 2026",
 "Geachte heer [[Van 't Hoff]],",
 "Op 3 maart 2026 heeft u op grond van de {{Wet open overheid|LAW}} (Woo) gevraagd om documenten over de omgevingsvergunning "
 "voor het kappen van bomen in het {{Burgemeester Van Heeckerenpark|PLACE}} ({{Z-2026-031187|REF}}). Bij brief van 30 maart 2026 "
 "is de beslistermijn verdaagd. {{Woonstichting De Linde}} en {{Ecologisch Adviesbureau Buitenwijs|ORG}} zijn in de gelegenheid "
 "gesteld een zienswijze te geven (artikel 4.4 Woo).",
 "## Besluit",
 "Wij hebben 33 documenten gevonden. Wij maken 29 documenten deels openbaar en 4 documenten geheel openbaar. Zie de "
 "inventarislijst.",
 "## Overwegingen",
 "Persoonsgegevens (artikel 5.1, tweede lid, onder e Woo). Namen, e-mailadressen, telefoonnummers, adressen en handtekeningen van "
 "ambtenaren die niet in de openbaarheid treden, van medewerkers van derden en van omwonenden hebben wij onleesbaar gemaakt. "
 "Namen van wethouder {{Stapelkamp|PUBLIC}}, burgemeester {{König|PUBLIC}}, raadslid {{Brouwer-Özdemir|PUBLIC}} en de "
 "woordvoerder maken wij wel openbaar.",
 "Bijzondere persoonsgegevens (artikel 5.1, eerste lid, onder d Woo). In enkele bezwaarschriften en e-mails staan gegevens over de "
 "gezondheid van omwonenden. Deze maken wij niet openbaar.",
 "---",
 "Identificatienummers (artikel 5.1, eerste lid, onder e Woo). Een geboortedatum en personeelsnummers zijn verwijderd.",
 "Bedrijfsgegevens: het KvK-nummer en IBAN van een eenmanszaak zijn persoonsgegevens en zijn onleesbaar gemaakt. Het KvK-nummer van "
 "{{Woonstichting De Linde}} is openbaar.",
] + MOT + [
 "Met vriendelijke groet,",
 "het college van burgemeester en wethouders van Deventer,",
 "namens dezen,",
 "[[mr. M. de Wit-Kroeze]]",
 "Woo-coördinator",
 "Bezwaar: binnen zes weken ({{Algemene wet bestuursrecht|LAW}}). Publicatie op {{open.overheid.nl|URL}}.",
], producer="iText® 7.2.5 ©2000-2023 iText Group NV", creator="Xential", title="Besluit WOO-2026-0088",
 author="M. de Wit-Kroeze"),

Doc("kp32_inventarislijst", "rl", [
 "# Inventarislijst {{WOO-2026-0088|REF}}",
 "| Nr | Document | Datum | Beoordeling | Grond | Opmerking |",
 "| 1 | Aanvraag {{OLO-2026-4471902|REF}} | 12-01-2026 | deels openbaar | 5.1.2e | |",
 "| 2 | Formulier aanvullende gegevens | 15-01-2026 | deels openbaar | 5.1.2e | formuliervelden |",
 "| 3 | Boomtechnisch rapport {{BAH-2025-0219|REF}} | 24-11-2025 | deels openbaar | 5.1.2e | |",
 "| 4 | Factuur {{2025-0198|REF}} | 28-11-2025 | deels openbaar | 5.1.2e | IBAN, KvK eenmanszaak |",
 "| 5 | Quickscan {{EAB-25-1142|REF}} | 24-11-2025 | deels openbaar | 5.1.2e | opmerkingen |",
 "| 6 | E-mail ecoloog - vergunningverlener | 10-02-2026 | deels openbaar | 5.1.2e | |",
 "| 7 | E-mail {{Woonstichting De Linde}} | 19-02-2026 | deels openbaar | 5.1.2e | |",
 "| 8 | Besluit {{Z-2026-031187|REF}} | 26-02-2026 | deels openbaar | 5.1.2e | |",
 "| 9 | Chat {{Microsoft Teams|PRODUCT}} | 26-02-2026 | deels openbaar | 5.1.2e | |",
 "| 10 | Bezwaarschrift 1 | 30-03-2026 | deels openbaar | 5.1.2e, 5.1.1d | gezondheid |",
 "| 11 | Bezwaarschrift 2 | 02-04-2026 | deels openbaar | 5.1.2e, 5.1.1e | geboortedatum |",
 "| 12 | Bezwaarschrift 3 (scan) | 04-04-2026 | deels openbaar | 5.1.2e, 5.1.1d | |",
 "| 13 | Verslag hoorzitting | 12-05-2026 | deels openbaar | 5.1.2e | |",
 "| 14 | Advies {{bezwaarschriftencommissie}} | 16-06-2026 | deels openbaar | 5.1.2e | |",
 "| 15 | Raadsvragen {{RV-2026-038|REF}} | 14-05-2026 | openbaar | - | reeds openbaar |",
 "| 16 | Persbericht | 09-07-2026 | openbaar | - | reeds openbaar |",
 "Behandelaar lijst: [[M. de Wit-Kroeze]] ([[MdWK]]). Controle: [[T. Oosterveld]].",
], producer="Microsoft® Excel® 2016", creator="Microsoft® Excel® 2016", title="Inventarislijst WOO-2026-0088",
 font="DejaVu"),

Doc("kp33_vleermuisonderzoek_mail", "rl", [
 "Van: [[Jeroen Kaptein]] <[[j.kaptein@buitenwijs.nl|EMAIL]]>",
 "Verzonden: vrijdag 29 mei 2026 17:55",
 "Aan: Oudenampsen, Saskia <[[s.oudenampsen@deventer.nl|EMAIL]]>",
 "CC: [[Schuurman, Hanneke]] <[[h.schuurman@delinde-wonen.nl|EMAIL]]>; [[Hüseyin Bakırcı]] <[[h.bakirci@bzwcommissie-deventer.nl|EMAIL]]>",
 "Onderwerp: resultaten nader onderzoek vleermuizen {{EAB-25-1142|REF}}",
 "Beste [[Saskia]],",
 "Na drie van de vier rondes volgens het {{Vleermuisprotocol 2021|LAW}} (28 april, 13 mei, 27 mei) kan ik melden dat in de "
 "plataan {{B-124|REF}} een zomerverblijfplaats van de {{gewone dwergvleermuis|TERM}} aanwezig is (uitvlieg 11 dieren). In "
 "{{B-121|REF}} zijn geen verblijven gevonden. Collega [[Lieke de Groot-Mbeki]] heeft de {{Batlogger M2|PRODUCT}}-data "
 "geanalyseerd.",
 "Kap van {{B-124|REF}} is zonder omgevingsvergunning voor een flora- en fauna-activiteit niet mogelijk. Ik bel je maandag; "
 "mijn mobiel is [[06-55173902|PHONE]].",
 "Groet,",
 "[[Jeroen]]",
 "[[Jeroen Kaptein]] MSc | senior ecoloog | {{Ecologisch Adviesbureau Buitenwijs|ORG}} | {{Arnhem|PLACE}}",
], producer="Microsoft® Outlook® voor Microsoft 365", creator=OUT, font="DejaVu", title="resultaten vleermuisonderzoek"),
]
