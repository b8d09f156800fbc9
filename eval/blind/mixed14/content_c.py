# Documents x21-x30 of blind set X (mixed14). Markup: see framework.py. All private persons are invented.
DOCS = []

DOCS.append({
    "id": "x21", "producer": "rl", "font": "Times", "size": 11.5, "title": "Toespraak uitreiking Aletta Jacobsprijs",
    "header": "{{Gemeente Groningen|ORG}} - Toespraak burgemeester - uitreiking {{Aletta Jacobsprijs|PRIZE}} 2025",
    "blocks": [
        ("h", "Toespraak van burgemeester Schuiling bij de uitreiking van de Aletta Jacobsprijs"),
        ("note", "Groningen, {{Martinikerk|ORG}}, 8 maart 2025. Alleen het gesproken woord geldt. Tekst: [[Mirthe Smit|P]] ([[MS|PA=Mirthe Smit]]), "
                 "kabinet van de burgemeester; laatste versie gecheckt door [[Daan Pruim|P]]."),
        ("p", "Dames en heren, beste [[Esther Mwangi-de Vries|P]],"),
        ("p", "Op 8 maart 1883 \u2014 dat is vandaag 142 jaar geleden \u2014 schreef {{Aletta Jacobs|HISTORIC}} zich in voor het "
              "examen dat van haar de eerste vrouwelijke arts van Nederland zou maken. Zij kwam uit {{Sappemeer|PLACE}}, een "
              "dorp in de gemeente {{Midden-Groningen|PLACE}}, onze buren. Zij studeerde hier, aan de {{Rijksuniversiteit Groningen|ORG}}, met toestemming van minister "
              "{{Thorbecke|HISTORIC}}. Zonder {{Thorbecke|HISTORIC}} geen Aletta, zeggen ze weleens."),
        ("p", "Vandaag reiken wij de {{Aletta Jacobsprijs|PRIZE}} uit aan iemand die in haar geest werkt. De jury, onder "
              "voorzitterschap van oud-minister {{Ank Bijleveld|PUBLIC}}, koos unaniem voor [[Esther Mwangi-de Vries|P]]. "
              "[[Esther|P=Esther Mwangi-de Vries]] is verpleegkundige in het {{Universitair Medisch Centrum Groningen|ORG}} "
              "({{UMCG|ACRONYM}}) en richtte in 2019 de stichting {{Moeders van Oost|ORG}} op, die vrouwen in de wijk "
              "{{De Hoogte|PLACE}} helpt de weg te vinden in de zorg."),
        ("p", "Ik sprak vorige week met een van die vrouwen, [[Amina Jalloh|P]]. Zij vertelde mij hoe [[Esther|P=Esther Mwangi-de Vries]] "
              "haar meenam naar het consultatiebureau toen zij net in Nederland was. \u201cZij sprak voor mij, tot ik zelf "
              "kon spreken\u201d, zei [[Amina|P=Amina Jalloh]]. Mooier kan ik het niet zeggen."),
        ("p", "[[Mwangi-de Vries|P=Esther Mwangi-de Vries]] groeide op in {{Nairobi|PLACE}} en {{Hoogezand|PLACE}}. Haar moeder, "
              "[[Grace Mwangi|P]], is vandaag ook hier. Welkom! En natuurlijk haar man [[Pieter de Vries|P]] en hun dochters."),
        ("p", "De prijs bestaat uit een beeldje van kunstenaar {{Jan de Baat|HISTORIC}} en een bedrag van EUR 5.000, beschikbaar gesteld "
              "door het {{Aletta Jacobs Fonds|ORG}} en {{Gasunie|ORG}}. Eerdere winnaars waren onder anderen de "
              "{{Vrouwenopvang Groningen|ORG}} en het {{Anne Frank Huis|ORG}}-project {{Vrij en Gelijk|PROGRAM}}."),
        ("p", "Ik dank de jury, wethouder {{Inge Jongman|PUBLIC}} en Kamerlid "
              "{{Wieke Paulusma|PUBLIC}}; {{Paulusma|PUBLIC}} nam het initiatief voor deze prijs. Ik dank ook commissaris van de Koning "
              "{{René Paas|PUBLIC}}, die vanavond niet aanwezig kan zijn. En ik dank vooral jou, [[Esther|P=Esther Mwangi-de Vries]]. "
              "Mag ik je naar voren vragen?"),
        ("note", "Regie: na de toespraak speelt het {{Noord Nederlands Orkest|ORG}}. Fotograaf [[Jur Engelchor|P]] ([[06 1457 9923|T]]). "
                 "Persvragen: {{kabinet@groningen.nl|MAILBOX}}."),
    ]})

DOCS.append({
    "id": "x22", "size": 12, "producer": "xlsx", "landscape": True, "sheet": "Inventaris", "sheet_width": 240,
    "title": "Inventarislijst Woo-besluit asielopvang",
    "header": "{{Ministerie van Asiel en Migratie|ORG}} - Inventarislijst bij Woo-besluit 2025-0088",
    "footer": "Inventarislijst - pagina &P van &N",
    "blocks": [
        ("h", "Inventarislijst Woo-besluit 2025-0088 (opvanglocatie Ter Apel)"),
        ("tbl", [["ID", "Datum", "Document", "Afzender", "Ontvanger(s)", "Beoordeling", "Grond", "Opmerking"],
                 ["001", "04-06-2024", "E-mail", "[[Rozenberg, M.|P=Maarten Rozenberg]]", "{{COA|ACRONYM}} - [[Dijk, van, H.|P=Hanneke van Dijk]]", "deels openbaar", "5.1.2e", ""],
                 ["002", "04-06-2024", "E-mail", "[[H. van Dijk|P=Hanneke van Dijk]]", "[[M. Rozenberg|P=Maarten Rozenberg]]; [[Ahmadi, Z.|P=Zahra Ahmadi]]", "deels openbaar", "5.1.2e", "reactie op 001"],
                 ["003", "06-06-2024", "Nota", "{{DGMI|ACRONYM}}", "minister {{Faber|PUBLIC}}", "deels openbaar", "5.1.2e, 5.2.1", ""],
                 ["004", "07-06-2024", "Verslag", "[[Z. Ahmadi|P=Zahra Ahmadi]]", "{{IND|ACRONYM}}; {{COA|ACRONYM}}", "deels openbaar", "5.1.2e", "bestuurlijk overleg"],
                 ["005", "10-06-2024", "Brief", "burgemeester {{Jaap Velema|PUBLIC}}", "minister {{Faber|PUBLIC}}", "openbaar", "-", "reeds openbaar"],
                 ["006", "11-06-2024", "E-mail", "[[Noura Al-Hassan|P]]", "[[Rozenberg, M.|P=Maarten Rozenberg]]", "deels openbaar", "5.1.2e", ""],
                 ["007", "12-06-2024", "Teams-chat", "[[Bart Ekkel|P]]", "[[Noura Al-Hassan|P]]", "deels openbaar", "5.1.2e", ""],
                 ["008", "14-06-2024", "Kamerbrief", "minister {{Faber|PUBLIC}}", "{{Tweede Kamer|ORG}}", "openbaar", "-", "reeds openbaar"],
                 ["009", "17-06-2024", "E-mail", "[[Ekkel, B.J.|P=Bart Ekkel]]", "[[Visser-Baldewsingh, R.|P=Radha Visser-Baldewsingh]]", "deels openbaar", "5.1.2e", ""],
                 ["010", "18-06-2024", "Memo", "[[R. Visser-Baldewsingh|P=Radha Visser-Baldewsingh]]", "{{SG|ACRONYM}}", "deels openbaar", "5.1.2e, 5.2.1", ""],
                 ["011", "20-06-2024", "E-mail", "{{woordvoering@minaenm.nl|MAILBOX}}", "[[Rozenberg, M.|P=Maarten Rozenberg]]", "openbaar", "-", "functionele mailbox"],
                 ["012", "21-06-2024", "Brief", "[[Hendrikus Lamberts|P]]", "minister {{Faber|PUBLIC}}", "deels openbaar", "5.1.2e", "brief van een omwonende"],
                 ["013", "24-06-2024", "Antwoordbrief", "[[Dijk, van, H.|P=Hanneke van Dijk]]", "[[H. Lamberts|P=Hendrikus Lamberts]]", "deels openbaar", "5.1.2e", ""],
                 ["014", "25-06-2024", "Verslag", "{{Veiligheidsregio Groningen|ORG}}", "[[Ahmadi, Z.|P=Zahra Ahmadi]]", "deels openbaar", "5.1.2e", ""],
                 ["015", "27-06-2024", "E-mail", "[[Nanang Wibisono|P]]", "[[Ekkel, B.J.|P=Bart Ekkel]]", "niet openbaar", "5.1.2e", "dubbel met 009"],
                 ["016", "01-07-2024", "Nota", "{{DGMI|ACRONYM}}", "staatssecretaris {{Struycken|PUBLIC}}", "deels openbaar", "5.1.2e", ""],
                 ["017", "02-07-2024", "E-mail", "[[Lamberts, H.|P=Hendrikus Lamberts]]", "{{Gemeente Westerwolde|ORG}}", "deels openbaar", "5.1.2e", ""],
                 ["018", "03-07-2024", "Verslag", "[[Wibisono, N.|P=Nanang Wibisono]]", "{{COA|ACRONYM}}", "deels openbaar", "5.1.2e", ""]],
         [0.04, 0.08, 0.09, 0.19, 0.22, 0.1, 0.09, 0.19]),
        ("p", "Toelichting: namen van ambtenaren en van omwonenden zijn weggelakt ({{artikel 5.1, tweede lid, onder e, Woo|LAW}}). "
              "Namen van bewindspersonen en burgemeesters blijven zichtbaar. Behandelend jurist: [[Radha Visser-Baldewsingh|P]]."),
    ]})

DOCS.append({
    "id": "x23", "producer": "gs", "font": "Helvetica", "size": 11, "title": "Evaluatie crisisaanpak wateroverlast Limburg",
    "xmp_creator": "[[Ruud Vrancken|P]]",
    "outline": [("1 Inleiding", 0), ("2 Bevindingen", 0), ("Bijlage A Gesprekspartners", 1), ("Dankwoord aan [[Jeanine Lemmens|P]]", 1)],
    "header": "{{Veiligheidsregio Zuid-Limburg|ORG}} - Evaluatie wateroverlast juli 2024",
    "footer": "{{Instituut Fysieke Veiligheid|ORG}} ({{IFV|ACRONYM}}) - {{Kemperbergerweg 783|STREET}}, Arnhem",
    "blocks": [
        ("h", "Evaluatie van de crisisaanpak bij de wateroverlast in Zuid-Limburg, juli 2024"),
        ("h2", "1 Inleiding"),
        ("p", "In opdracht van het algemeen bestuur van de {{Veiligheidsregio Zuid-Limburg|ORG}}, voorzitter burgemeester "
              "{{Annemarie Penn-te Strake|PUBLIC}}, heeft het {{IFV|ACRONYM}} de crisisaanpak bij de wateroverlast van 12 tot "
              "15 juli 2024 geëvalueerd. Het onderzoeksteam bestond uit [[Ruud Vrancken|P]], [[Saskia Heijnen|P]] en "
              "[[Mustafa Ouali|P]]. Het team sprak 23 betrokkenen en analyseerde de logboeken in {{LCMS|PRODUCT}}."),
        ("h2", "2 Bevindingen"),
        ("p", "De {{Geul|PLACE}} trad op 13 juli buiten haar oevers bij {{Valkenburg|PLACE}}. Het {{ROT|ACRONYM}} kwam om "
              "06.00 uur bijeen onder leiding van operationeel leider [[Frank Habets|P]]. [[Habets|P=Frank Habets]] besloot om "
              "07.30 uur de camping {{De Linde|ORG}} te laten ontruimen. Volgens campingeigenaar [[Wim Ramakers|P]] kwam die "
              "beslissing te laat: \u201cOm zeven uur stond het water al in de sanitairgebouwen.\u201d [[Ramakers|P=Wim Ramakers]] "
              "heeft samen met zijn zoon [[Luuk|P=Luuk Ramakers]] 140 gasten geëvacueerd."),
        ("p", "Het {{Waterschap Limburg|ORG}}, met dijkgraaf {{Patrick van der Broeck|PUBLIC}}, had op 12 juli al een waarschuwing "
              "gegeven. Hydroloog [[Jeanine Lemmens|P]] van het waterschap zag de piek aankomen. [[Lemmens|P=Jeanine Lemmens]] "
              "heeft om 22.14 uur de crisiscoördinator gebeld. Die coördinator, [[Hub Vaessen|P]], heeft de informatie niet "
              "direct doorgezet. [[Vaessen|P=Hub Vaessen]] erkent dat; hij was die avond ook piketfunctionaris voor de "
              "{{GHOR|ACRONYM}}."),
        ("p", "Burgemeester {{Daan Prevoo|PUBLIC}} van Valkenburg aan de Geul was vanaf 08.00 uur in het {{GBT|ACRONYM}}. "
              "Hij prijst de inzet van de vrijwilligers van het {{Rode Kruis|ORG}}, onder wie [[Marie-José Kurvers|P]] (63), "
              "die de opvang in sporthal {{Polfermolen|ORG}} coördineerde."),
        ("h2", "3 Aanbevelingen"),
        ("ul", ["Leg in het {{Regionaal Crisisplan|TITLE}} vast dat waarschuwingen van het waterschap direct naar de {{meldkamer|ROLE}} gaan.",
                "Scheid de rollen van crisiscoördinator en piketfunctionaris {{GHOR|ACRONYM}}.",
                "Betrek campinghouders bij oefeningen; de {{RECRON|ACRONYM}} wil hieraan meewerken."]),
        ("br",),
        ("h2", "Bijlage A Gesprekspartners"),
        ("tbl", [["Naam", "Functie", "Organisatie"],
                 ["[[F. Habets|P=Frank Habets]]", "{{operationeel leider|ROLE}}", "{{Veiligheidsregio Zuid-Limburg|ORG}}"],
                 ["[[H. Vaessen|P=Hub Vaessen]]", "{{crisiscoördinator|ROLE}}", "{{Veiligheidsregio Zuid-Limburg|ORG}}"],
                 ["[[J. Lemmens|P=Jeanine Lemmens]]", "{{hydroloog|ROLE}}", "{{Waterschap Limburg|ORG}}"],
                 ["{{D. Prevoo|PUBLIC}}", "{{burgemeester|ROLE}}", "{{Gemeente Valkenburg aan de Geul|ORG}}"],
                 ["[[W. Ramakers|P=Wim Ramakers]]", "{{campingeigenaar|ROLE}}", "{{De Linde|ORG}}"],
                 ["[[M.J. Kurvers|P=Marie-José Kurvers]]", "{{vrijwilliger|ROLE}}", "{{Rode Kruis|ORG}}"],
                 ["[[Thijs Coumans|P]]", "{{officier van dienst|ROLE}}", "{{Brandweer Zuid-Limburg|ORG}}"],
                 ["[[Nadia El Ouardi|P]]", "{{informatiemanager|ROLE}}", "{{Politie Limburg|ORG}}"]],
         [0.33, 0.3, 0.37]),
        ("h2", "Dankwoord"),
        ("p", "Wij danken alle gesprekspartners, en in het bijzonder [[Jeanine Lemmens|P]], die haar persoonlijke aantekeningen "
              "van die nacht met ons deelde, en [[Thijs Coumans|P]], die de tijdlijn controleerde. Literatuur: {{Rapport Beleidsreactie "
              "Hoogwater 2021|TITLE}} ({{Onderzoeksraad voor Veiligheid|ORG}}) en {{Limburg onder water|TITLE}} ({{ENW|ACRONYM}}, 2021)."),
    ]})

# ---------------- scans -----------------------------------------------------------------------
DOCS.append({
    "id": "x24", "producer": "scan", "title": "Zienswijze bewoner (scan)", "scan_font": "DejaVuSerif.ttf", "scan_pt": 12,
    "blocks": [
        ("p", "[[Anneke Terpstra-Bos|P]]\n[[Lindelaan 42|A]]\n[[8441 BJ Heerenveen|A=Lindelaan 42, 8441 BJ Heerenveen]]\nTelefoon: [[06 4318 2297|T]]\nE-mail: [[anneke.terpstra@ziggo.nl|E]]"),
        ("p", "Aan het college van burgemeester en wethouders van Heerenveen\nPostbus 15000\n8440 GA Heerenveen"),
        ("p", "Heerenveen, 14 januari 2025"),
        ("p", "Betreft: zienswijze ontwerpbesluit windpark De Kavels"),
        ("p", "Geacht college,"),
        ("p", "Hierbij dien ik, mede namens mijn buren [[Gerrit Hoogland|P]] en [[Sietske Hoogland-Faber|P]], een zienswijze in "
              "tegen het ontwerpbesluit voor windpark De Kavels. Wij wonen op 600 meter van de geplande turbines."),
        ("p", "Ten eerste is de slagschaduwberekening onvolledig. Mijn buurman [[Hoogland|P=Gerrit Hoogland]] heeft zelf metingen "
              "gedaan en komt op meer dan acht uur per jaar. Ten tweede is er niet gesproken met de bewoners van de Lindelaan. "
              "Alleen de heer [[Jelle Postma|P]] van de projectontwikkelaar kwam een keer langs; [[Postma|P=Jelle Postma]] beloofde een "
              "informatieavond die er nooit kwam."),
        ("p", "Wij vragen u het besluit niet te nemen voordat er een nieuwe berekening ligt. Graag word ik gehoord."),
        ("p", "Met vriendelijke groet,\n\n[[A. Terpstra-Bos|P=Anneke Terpstra-Bos]]"),
        ("br",),
        ("p", "Bijlage: handtekeningen van omwonenden"),
        ("tbl", [["Naam", "Adres", "Handtekening"],
                 ["[[Gerrit Hoogland|P]]", "[[Lindelaan 44|A]]", "G. Hoogland"],
                 ["[[Sietske Hoogland-Faber|P]]", "[[Lindelaan 44|A]]", "S.H.F."],
                 ["[[Willem Dijkstra|P]]", "[[Lindelaan 47|A]]", "W. Dijkstra"],
                 ["[[Rinske van der Wal|P]]", "[[Kerkweg 3|A]]", "R. vd Wal"],
                 ["[[Mohammed Bouali|P]]", "[[Kerkweg 7|A]]", "M. Bouali"]]),
        ("p", "Ontvangen 15-01-2025, registratie Corsa 2025-00411, behandelaar [[Pieter Zijlstra|P]]"),
    ]})

DOCS.append({
    "id": "x25", "producer": "scan", "title": "Beschikking schuldhulp (scan)", "scan_font": "DejaVuSans.ttf", "scan_pt": 11, "dpi": 240,
    "blocks": [
        ("h", "Gemeente Enschede - Schuldhulpverlening"),
        ("p", "Mevrouw [[N. Ramdin-Sital|P=Nisha Ramdin-Sital]]\n[[Deurningerstraat 211|A]]\n[[7514 BE Enschede|A=Deurningerstraat 211, 7514 BE Enschede]]"),
        ("p", "Enschede, 3 februari 2025\nOnderwerp: beschikking toelating schuldhulpverlening\nUw BSN: [[420119504|B]]"),
        ("p", "Geachte mevrouw [[Ramdin-Sital|P=Nisha Ramdin-Sital]],"),
        ("p", "Op 13 januari 2025 had u een gesprek met uw schuldhulpverlener, de heer [[Bram Oude Luttikhuis|P]]. U vertelde dat u "
              "sinds de scheiding van uw man, [[Ravi Ramdin|P]], schulden hebt bij de Belastingdienst en bij Enexis. Wij besluiten "
              "dat u wordt toegelaten tot de schuldhulpverlening op grond van de Wet gemeentelijke schuldhulpverlening."),
        ("p", "De heer [[Oude Luttikhuis|P=Bram Oude Luttikhuis]] stelt samen met u een budgetplan op. Uw leefgeld wordt vanaf 1 maart "
              "overgemaakt op rekening [[NL92 SNSB 7971 9274 97|N]]. Uw dochter [[Priya|P=Priya Ramdin]] kan meedoen aan het "
              "programma Geldfit Jongeren."),
        ("p", "Vragen? Bel de heer [[Oude Luttikhuis|P=Bram Oude Luttikhuis]] op [[053 481 62 37|T]].\n\nMet vriendelijke groet,\n"
              "namens het college,\n\n[[H.J. Brinkhuis|P=Henk Brinkhuis]]\nteamleider Schuldhulp"),
    ]})

DOCS.append({
    "id": "x26", "producer": "scan", "title": "Memo 1994 (scan)", "scan_font": "DejaVuSansMono.ttf", "scan_pt": 11, "wrap": 70,
    "blocks": [
        ("p", "GEMEENTE HAARLEMMERMEER - AFDELING RUIMTELIJKE ORDENING"),
        ("p", "MEMO\nAan:    [[drs. J.P. Hoogendijk|P=Jan Hoogendijk]], hoofd afdeling\nVan:    [[ing. M. Sarmo|P=Marco Sarmo]]\n"
              "Datum:  17 november 1994\nBetreft: bezwaar familie Bakker tegen bestemmingsplan Hoofddorp-Noord"),
        ("p", "De familie [[Bakker|P=Cornelis Bakker]] ([[Kruisweg 1022|A]]) heeft opnieuw bezwaar gemaakt. De heer [[C. Bakker|P=Cornelis Bakker]] "
              "stelt dat zijn boerderij in de geluidszone van Schiphol komt. Ik heb op 10 november met hem en zijn schoonzoon "
              "[[Ad Kuijpers|P]] gesproken. [[Kuijpers|P=Ad Kuijpers]] is advocaat in Haarlem."),
        ("p", "Voorstel: het college laten adviseren door de heer [[R. Bouwmeester|P=Rob Bouwmeester]] van de Provincie. "
              "Wethouder Vos is akkoord met dit voorstel. Graag uw paraaf."),
        ("p", "Paraaf: [[JPH|PA=Jan Hoogendijk]]      Paraaf: [[MS|PA=Marco Sarmo]]"),
        ("p", "Tel. [[023 567 61 18|T]] (toestel [[Sarmo|P=Marco Sarmo]])"),
    ]})

DOCS.append({
    "id": "x27", "producer": "scan", "title": "Krantenknipsel en reactie (scan)", "scan_font": "DejaVuSerif.ttf", "scan_pt": 11,
    "blocks": [
        ("h", "Dagblad van het Noorden, 22 februari 2025"),
        ("p", "Emmen - Bewoners van de wijk Angelslo zijn boos over de sluiting van buurthuis De Schakel. \"Hier kwam iedereen\", "
              "zegt [[Roelof Kuiper|P]] (71), die er al veertig jaar komt. Ook [[Fatma Kaplan|P]] is teleurgesteld: \"Mijn kinderen "
              "deden hier huiswerk.\" Wethouder Robert Kleine zegt dat de gemeente naar een andere plek zoekt."),
        ("p", "Buurtwerker [[Erik Jan Wolters|P]] van Sedna noemt de sluiting \"een klap voor de wijk\". [[Wolters|P=Erik Jan Wolters]] "
              "wil met bewoners een petitie aanbieden."),
        ("br",),
        ("h", "Interne reactie (mail geprint)"),
        ("p", "Van: [[Ilse Lubbers|P]] <[[i.lubbers@emmen.nl|E]]>\nAan: [[Henk Mulder|P]]\nOnderwerp: RE: artikel DvhN De Schakel"),
        ("p", "Henk, ik heb [[Roelof Kuiper|P]] gisteren gebeld. [[Kuiper|P=Roelof Kuiper]] wil graag met de wethouder praten. "
              "Zijn nummer is [[06 2755 1043|T]]. Kun jij dat regelen met het secretariaat? Groet, [[Ilse|P=Ilse Lubbers]]"),
    ]})

# ---------------------------------------------------------------------------------------------
DOCS.append({
    "id": "x28", "size": 12, "producer": "html", "title": "Nota van beantwoording zienswijzen",
    "header": "{{Gemeente Utrechtse Heuvelrug|ORG}} - Nota van beantwoording - bestemmingsplan Kaapse Bossen",
    "blocks": [
        ("h", "Nota van beantwoording zienswijzen ontwerpbestemmingsplan Kaapse Bossen"),
        ("p", "Het ontwerpbestemmingsplan heeft van 4 november tot en met 16 december 2024 ter inzage gelegen. Er zijn zeven "
              "zienswijzen ingediend. Namen van indieners die natuurlijke personen zijn, worden in de openbare versie "
              "van deze nota geanonimiseerd; hieronder staan zij in de versie voor de raad."),
        ("h2", "Zienswijze 1: de heer en mevrouw Van 't Westeinde"),
        ("p", "Indieners [[Laurens van 't Westeinde|P]] en [[Margriet van 't Westeinde-Hooft|P]], [[Kaapseweg 12|A]], {{Doorn|PLACE}}, "
              "vrezen dat de nieuwe parkeerplaats bij het {{Huis Doorn|ORG}} verkeer door hun straat trekt. Het museum, ooit "
              "ballingsoord van keizer {{Wilhelm II|HISTORIC}}, trekt jaarlijks 60.000 bezoekers. [[Van 't Westeinde|P=Laurens van 't Westeinde]] "
              "stelt voor de toegang via de {{Amersfoortseweg|STREET}} te laten lopen. Reactie: de gemeente neemt dit voorstel "
              "over. Het plan wordt op dit punt aangepast."),
        ("h2", "Zienswijze 2: Stichting Heuvelrug Natuurlijk"),
        ("p", "De stichting, vertegenwoordigd door haar secretaris [[Dr. Hein Bol|P=Hein Bol]], wijst op de aanwezigheid van de "
              "{{das|TERM}} en de {{zwarte specht|TERM}}. [[Bol|P=Hein Bol]] verwijst naar onderzoek van {{Staatsbosbeheer|ORG}} en van "
              "{{Het Utrechts Landschap|ORG}}. Reactie: een ecologisch onderzoek door {{Bureau Waardenburg|ORG}} is uitgevoerd; de "
              "{{Wet natuurbescherming|LAW}} is niet van toepassing nu de {{Omgevingswet|LAW}} geldt. Wel komt er een "
              "{{faunapassage|TERM}}."),
        ("h2", "Zienswijze 3: mevrouw Op de Laak"),
        ("p", "Mevrouw [[Josephine op de Laak|P]] ([[Langbroekerdijk 33|A]]) maakt bezwaar tegen de kap van 14 beuken. [[Op de Laak|P=Josephine op de Laak]] "
              "heeft de bomen laten beoordelen door boomdeskundige [[Tjeerd Spoelstra|P]], die ze gezond vindt. Reactie: het college "
              "volgt [[Spoelstras|P=Tjeerd Spoelstra]] oordeel; de bomen blijven staan."),
        ("h2", "Zienswijze 4: de heer Abu Shanab"),
        ("p", "De heer [[Yousef Abu Shanab|P]] ([[Dorpsstraat 8|A]], {{Maarn|PLACE}}) vraagt om een fietspad langs de {{Hoofdstraat|STREET}}. "
              "[[Abu Shanab|P=Yousef Abu Shanab]] fietst dagelijks met zijn kinderen naar de {{Koningin Julianaschool|ORG}}. Reactie: "
              "dit valt buiten het plangebied; het verzoek wordt doorgegeven aan wethouder {{Hans Wagenaar|PUBLIC}}."),
        ("h2", "Zienswijze 5: Landgoed Zonheuvel B.V."),
        ("p", "Namens de eigenaar van {{Landgoed Zonheuvel|ORG}} reageerde de heer [[Frederik Baron van Heeckeren|P]]. "
              "[[Van Heeckeren|P=Frederik Baron van Heeckeren]] vraagt om ruimte voor een hotelkamerhuisje. Reactie: niet overgenomen."),
        ("h2", "Zienswijzen 6 en 7"),
        ("p", "Twee indieners, [[Kim de Ruijter|P]] en [[Noah Vermaat|P]], vragen om betere verlichting bij het {{Kaapse Bossen|PLACE}}-"
              "parkeerterrein. [[De Ruijter|P=Kim de Ruijter]] noemt de plek \u2018onveilig in de winter\u2019. Reactie: het college neemt "
              "de suggestie van [[Vermaat|P=Noah Vermaat]] over en plaatst {{LED|ACRONYM}}-verlichting met bewegingsmelder."),
        ("note", "Opgesteld door [[Tessa Overbeek|P]], {{planjurist|ROLE}}, [[t.overbeek@heuvelrug.nl|E]]. Vragen: {{0343 56 56 00|SWITCHBOARD}}."),
    ]})

DOCS.append({
    "id": "x29", "size": 12, "producer": "docx", "title": "Verslag keukentafelgesprek Participatiewet",
    "author": "[[Ramon Girigorie|P]]",
    "header": "{{Gemeente Den Haag|ORG}} - {{Dienst SZW|ORG}} - Verslag keukentafelgesprek",
    "footer": "Vertrouwelijk - dossier PW-2025-03412",
    "blocks": [
        ("h", "Verslag keukentafelgesprek 18 februari 2025"),
        ("p", "Aanwezig: mevrouw [[Mariam Sadat|P]] (aanvrager), haar broer [[Farid Sadat|P]] (tolk Dari), [[Ramon Girigorie|P]] "
              "({{consulent Werk en Inkomen|ROLE}}) en [[Dunya Haidari|P]] ({{maatschappelijk werker|ROLE}}, {{Xtra|ORG}}).\n"
              "Adres: [[Hoefkade 588|A]], {{Den Haag|PLACE}}. BSN: [[143669795|B]]."),
        ("h2", "Situatie"),
        ("p", "Mevrouw [[Sadat|P=Mariam Sadat]] (34) kwam in 2022 met haar twee kinderen uit {{Kabul|PLACE}} via de evacuatie na de "
              "val van de regering. Haar man, [[Abdul Wahid Sadat|P]], verblijft nog in {{Pakistan|PLACE}}. Zij woonde tot "
              "december bij haar broer [[Farid|P=Farid Sadat]] in {{Rijswijk|PLACE}} en kreeg in januari een woning via {{Haag Wonen|ORG}}. "
              "[[Mariam|P=Mariam Sadat]] werkte in Afghanistan als lerares Engels."),
        ("p", "[[Farid|P=Farid Sadat]] vertaalde. Mevrouw [[Sadat|P=Mariam Sadat]] vertelde dat zij Nederlands leert bij de "
              "{{Haagse Hogeschool|ORG}} en graag in het onderwijs wil werken. Ze heeft diploma's, maar die zijn nog niet "
              "gewaardeerd door {{IDW|ACRONYM}} ({{Internationale Diplomawaardering|ORG}})."),
        ("h2", "Afspraken"),
        ("ul", ["[[Girigorie|P=Ramon Girigorie]] vraagt de waardering aan bij {{Nuffic|ORG}} (binnen twee weken).",
                "[[Dunya|P=Dunya Haidari]] helpt met de aanvraag {{huurtoeslag|TERM}} bij {{Dienst Toeslagen|ORG}}.",
                "Uitkering op rekening [[NL30 ASNB 0660 5957 45|N]] t.n.v. [[M. Sadat|P=Mariam Sadat]] vanaf 1 maart.",
                "Het {{Werkgeversservicepunt Haaglanden|ORG}} zoekt een werkervaringsplek, bijvoorbeeld bij het {{Haags Montessori Lyceum|ORG}}."]),
        ("h2", "Indruk consulent"),
        ("p", "Gemotiveerde aanvrager. [[Haidari|P=Dunya Haidari]] en ik zien geen belemmeringen voor de {{tegenprestatie|TERM}}. "
              "Mevrouw [[Sadat|P=Mariam Sadat]] heeft wel zorgen om haar man; [[Haidari|P=Dunya Haidari]] verwijst haar naar "
              "{{VluchtelingenWerk Nederland|ORG}} voor de gezinshereniging. Telefoon aanvrager: [[06 3811 4706|T]]. "
              "Wethouder {{Martijn Balster|PUBLIC}} is niet betrokken."),
        ("p", "[[R. Girigorie|P=Ramon Girigorie]], [[070 353 79 21|T]], [[ramon.girigorie@denhaag.nl|E]]"),
    ]})

DOCS.append({
    "id": "x30", "producer": "rl", "title": "Memo voorbereiding bestuurlijk overleg",
    "author": "[[Yara Bouhali|P]]",
    "annots": [("[[Stefan Dekker|P]]", "[[Yara|P=Yara Bouhali]], kun je de passage over [[Vos|P=Mirjam Vos]] nog verzachten? Groet, [[Stefan|P=Stefan Dekker]]", 0, (530, 720)),
               ("[[Yara Bouhali|P]]", "Aangepast. Ook [[Mirjam|P=Mirjam Vos]] heeft meegelezen.", 0, (530, 690)),
               ("[[Pieter van Hemert|P]]", "Akkoord [[PvH|PA=Pieter van Hemert]] 24/2", 1, (530, 720))],
    "links": [(0, "[[mailto:yara.bouhali@minbzk.nl|E=yara.bouhali@minbzk.nl]]", [60, 60, 300, 74]),
              (0, "https://www.rijksoverheid.nl/ministeries/bzk", [320, 60, 540, 74])],
    "outline": [("Memo bestuurlijk overleg IPO", 0), ("Opmerkingen [[Stefan Dekker|P]]", 1)],
    "header": "{{Ministerie van Binnenlandse Zaken en Koninkrijksrelaties|ORG}} - {{DG Openbaar Bestuur en Democratische Rechtsstaat|ORG}}",
    "footer": "{{Turfmarkt 147|STREET}}, Den Haag - {{070 426 64 26|SWITCHBOARD}}",
    "blocks": [
        ("h", "Memo: voorbereiding bestuurlijk overleg met het IPO over de Wet open overheid"),
        ("p", "Aan: minister {{Judith Uitermark|PUBLIC}}\nVan: [[Yara Bouhali|P]], {{senior beleidsmedewerker|ROLE}} directie "
              "{{Democratie en Bestuur|ORG}}\nDatum: 24 februari 2025\nCc: [[Stefan Dekker|P]] ({{plv. directeur|ROLE}}), {{Raad van State|ORG}} (voor kennisgeving)"),
        ("h2", "Aanleiding"),
        ("p", "Op 3 maart spreekt u met het {{Interprovinciaal Overleg|ORG}} ({{IPO|ACRONYM}}). Namens het IPO schuiven aan: "
              "commissaris van de Koning {{Arno Brok|PUBLIC}} en gedeputeerde {{Jeannette Zwart|PUBLIC}} (Zuid-Holland). Het "
              "gesprek gaat over de uitvoering van de {{Wet open overheid|LAW}}, de achterstanden bij Woo-verzoeken en het "
              "{{Adviescollege Openbaarheid en Informatiehuishouding|ORG}} ({{ACOI|ACRONYM}})."),
        ("h2", "Kern"),
        ("p", "De provincies melden dat de gemiddelde afhandeltermijn van Woo-verzoeken 98 dagen is. Uit de rondgang die "
              "[[Mirjam Vos|P]] van ons team maakte, blijkt dat Zuid-Holland en Gelderland inmiddels werken met "
              "{{Xeyeon|PRODUCT}} en {{Zylab|PRODUCT}}. [[Vos|P=Mirjam Vos]] sprak daarvoor met [[Gert-Jan van Brakel|P]] "
              "(IPO) en met [[Leila Benali|P]] (provincie Gelderland). [[Van Brakel|P=Gert-Jan van Brakel]] wil samen met BZK een "
              "{{Woo-index|PRODUCT}}-koppeling bouwen. [[Benalis|P=Leila Benali]] voorstel is om de {{PLOOI|ACRONYM}}-publicatie "
              "landelijk te beheren via {{KOOP|ACRONYM}}."),
        ("p", "De {{Nationale ombudsman|ORG}}, {{Reinier van Zutphen|PUBLIC}}, heeft in januari kritiek geuit op de trage "
              "afhandeling. Kamerlid {{Sneller|PUBLIC}} ({{D66|ACRONYM}}) en oud-Kamerlid {{Omtzigt|PUBLIC}} hebben hierover vragen gesteld. "
              "Uw ambtsvoorganger {{Hugo de Jonge|PUBLIC}} zegde in 2023 een evaluatie toe."),
        ("h2", "Advies"),
        ("p", "Wij adviseren u het IPO toe te zeggen dat BZK in 2025 een expertteam Woo financiert, zoals voorgesteld door "
              "[[Benali|P=Leila Benali]]. De financiële ruimte is afgestemd met [[Pieter van Hemert|P]] ({{FEZ|ACRONYM}}). Contact: "
              "[[Yara Bouhali|P]], [[06 4829 7715|T]], of de functionele mailbox {{woo-team@minbzk.nl|MAILBOX}}."),
        ("br",),
        ("h2", "Bijlage: gesprekspunten"),
        ("ul", ["Erkennen van de werkdruk bij provincies (verwijs naar het rapport van [[Vos|P=Mirjam Vos]] en [[Van Brakel|P=Gert-Jan van Brakel]]).",
                "Toezeggen: financiering expertteam; geen toezegging over de {{Open Overheid-subsidie|PROGRAM}}.",
                "Niet ingaan op de individuele klacht van de heer [[Harold Groenewegen|P]] uit {{Gouda|PLACE}}, die het IPO heeft gemaild ([[h.groenewegen@kpnmail.nl|E]])."]),
        ("h2", "Informatie die niet openbaar gemaakt kan worden"),
        ("p", "Motivering: n.v.t. (in te vullen bij openbaarmaking)."),
    ]})
