"""mixed9 documents s01-s09: Outlook, Teams, TOPdesk, Jira, SharePoint, Calc sheets."""
from util import bsn, iban

DOCS = []

# --- s01 Outlook meeting request print (Chromium) -------------------------------------------------
DOCS.append({
    "id": "s01", "producer": "chrome", "title": "Vergaderverzoek voorbespreking commissiedebat Digitale Overheid",
    "opt": {"mailto": True, "title": "Voorbespreking commissiedebat Digitale Overheid - Vergadering"},
    "blocks": [
        ("small", "[[N:Ilse Beerepoot-Zwart|Beerepoot-Zwart;Ilse]]"),
        ("h1", "Voorbespreking commissiedebat Digitale Overheid"),
        ("kv", [
            ("Organisator:", "[[N:Beerepoot-Zwart, I.]] <[[E:ilse.beerepoot@minbzk.nl]]>"),
            ("Verplichte deelnemers:", "{{H:staatssecretaris Szabó}}; [[N:Kok, Jeroen]] <[[E:jeroen.kok@minbzk.nl]]>; "
             "[[N:Nguyen, Thi Lan|Nguyen]] <[[E:thilan.nguyen@minbzk.nl]]>; [[N:Wahyudi, Rizky|Wahyudi]] <[[E:r.wahyudi@logius.nl]]>; "
             "{{M:secretariaat.dgdoo@minbzk.nl}}"),
            ("Optionele deelnemers:", "[[N:Haddou, Samira|Haddou]] <[[E:s.haddou@minbzk.nl]]>; [[N:Tjoe-A-Fat, Marcel|Tjoe-A-Fat]] "
             "<[[E:marcel.tjoeafat@minbzk.nl]]>; {{M:woo-coordinatie@minbzk.nl}}"),
            ("Onderwerp:", "Voorbespreking commissiedebat Digitale Overheid (16 april)"),
            ("Locatie:", "{{S:Turfmarkt 147}}, zaal 14.12 / Microsoft Teams-vergadering"),
            ("Begintijd:", "di 8-4-2025 09:30"),
            ("Eindtijd:", "di 8-4-2025 10:30"),
            ("Terugkeerpatroon:", "(geen)"),
            ("Status van de vergadering:", "Niet gereageerd"),
        ]),
        ("p", "Beste allen,"),
        ("p", "Ter voorbereiding van het commissiedebat Digitale Overheid wil {{H:staatssecretaris Szabó}} de "
              "stand van zaken rond {{R:DigiD}}, {{R:MijnOverheid}} en de {{G:Wet digitale overheid}} doornemen. "
              "[[N:Jeroen]] verzorgt de annotatie over de {{G:EU Digital Identity Wallet}}, [[N:Rizky]] sluit aan namens "
              "{{O:Logius}} voor de vragen over {{W:SAML}}-koppelingen en de uitfasering van {{R:DigiD Machtigen}}."),
        ("p", "De spreektekst wordt uiterlijk maandag 12:00 in de map op {{R:SharePoint}} gezet; opmerkingen graag "
              "via [[N:Samira]] of rechtstreeks aan mij. Bij verhindering graag een vervanger doorgeven aan het "
              "secretariaat ({{M:secretariaat.dgdoo@minbzk.nl}}, {{C:070 426 6426}})."),
        ("p", "Vragen van Kamerleden die al bekend zijn: {{H:Barbara Kathmann}} (GL-PvdA) over de toegankelijkheid "
              "van {{R:DigiD}} voor ouderen, {{H:Jesse Six Dijkstra}} (NSC) over de {{W:cloud}}-strategie en "
              "{{H:Hind Dekker-Abdulaziz}} (D66) over de algoritmeregistratie."),
        ("p", "Groet,\n[[N:Ilse Beerepoot]]\nSenior beleidsmedewerker, directie Digitale Samenleving\n"
              "M [[T:06 41 87 22 90]]"),
        ("sp",),
        ("small", "________________________________________________________________________________\n"
                  "Microsoft Teams-vergadering\nDeelnemen op de computer, mobiele app of ruimteapparaat\n"
                  "Vergadering-id: 391 448 207 615  Wachtwoord: Xk7pQ2\n"
                  "Alleen audio: {{C:+31 20 794 8493}} (Nederland, Amsterdam)  Conferentie-id: 802 117 554#"),
    ],
})

# --- s02 Teams meeting transcript (Chromium) ---------------------------------------------------------
DOCS.append({
    "id": "s02", "producer": "chrome", "title": "Transcript bouwteamoverleg A27",
    "opt": {"title": "Bouwteamoverleg A27 Houten-Hooipolder - transcript",
            "css": ".ts{color:#555;font-size:8pt} .sp{font-weight:bold}"},
    "blocks": [
        ("h1", "Bouwteamoverleg A27 Houten-Hooipolder"),
        ("p", "20 maart 2025, 14:02 - 14:51\nVergaderingstranscript\nGestart door [[N:Sjoerd Hoekstra|Hoekstra;Sjoerd]]"),
        ("pre",
         "[[N:Sjoerd Hoekstra]]   0:07\n"
         "Goedemiddag allemaal. Ik zie dat [[N:Wytske]] er ook is namens de omgevingsmanager, welkom.\n\n"
         "[[N:Wytske Dijkstra-Wybenga|Dijkstra-Wybenga;Wytske]]   0:21\n"
         "Dank je. [[N:Gerlof]] zit nog in de auto, hij schuift later aan.\n\n"
         "[[N:Sjoerd Hoekstra]]   0:35\n"
         "Prima. Eerste punt: de planning van de afsluiting bij knooppunt {{L:Everdingen}}. {{O:Rijkswaterstaat}}\n"
         "Midden-Nederland wil in het weekend van 17 mei afsluiten. [[N:Kweku]], kunnen jullie dat halen?\n\n"
         "[[N:Kweku Owusu-Ansah|Owusu-Ansah;Kweku]]   1:02\n"
         "Ja, als de asfaltploeg van {{O:Heijmans}} die week beschikbaar is. Ik heb het gisteren met [[N:Bart van 't Hek|van 't Hek]]\n"
         "besproken, hij bevestigt het vóór vrijdag per mail.\n\n"
         "[[N:Wytske Dijkstra-Wybenga]]   2:15\n"
         "Vanuit de omgeving: de gemeente {{L:Houten}} vraagt om de bewoners van de {{S:Burgemeester Wallerweg}}\n"
         "twee weken vooraf te informeren. {{H:Wethouder Geurts}} heeft dat ook in de raad toegezegd.\n\n"
         "[[N:Sjoerd Hoekstra]]   3:40\n"
         "Goed. [[N:Gerlof Wybenga|Wybenga]] heeft de bewonersbrief klaar, die gaat via {{M:bereikbaarheid.a27@rws.nl}}.\n\n"
         "[[N:Gerlof Wybenga]]   4:02\n"
         "Ik ben er inmiddels. De brief staat klaar; ik heb alleen nog de {{W:BIM}}-tekening van de {{W:DTO}}\n"
         "nodig. [[N:Kweku]], kun je die in {{R:Relatics}} zetten?\n\n"
         "[[N:Kweku Owusu-Ansah]]   4:30\n"
         "Doe ik vandaag. Bellen kan ook, [[T:06 28 14 60 73]].\n\n"
         "[[N:Femke de Wit|de Wit;Femke]]   6:11\n"
         "Nog één ding over de {{W:VTTI}}-sensoren: de leverancier meldt een storing in de {{W:API}}. Ik heb een\n"
         "melding gemaakt bij de servicedesk, {{C:0800-8002}} is het algemene nummer van RWS.\n\n"
         "[[N:Sjoerd Hoekstra]]   7:02\n"
         "Dank je [[N:Femke]]. Dan sluit ik af. Actiepunten zet ik in de notulen.\n\n"
         "[[N:Sjoerd Hoekstra]] heeft de transcriptie gestopt"),
    ],
})

# --- s03 TOPdesk incident print (fpdf2) --------------------------------------------------------------
DOCS.append({
    "id": "s03", "producer": "fpdf", "title": "TOPdesk melding I 2503 1187",
    "opt": {"author": "[[N:Dam, R.|Dam]]", "header": "TOPdesk - Incidentbeheer - afgedrukt door [[N:Dam, R.]] op 14-03-2025 10:04",
            "footer": "Pagina {page} - {{O:Servicecentrum Gemeente Zwolle}}"},
    "blocks": [
        ("h1", "Melding I 2503 1187 - Verloren laptop met Woo-stukken"),
        ("kv", [
            ("Melder:", "[[N:Visser, A.J.W.|Visser]] (Team Informatiebeheer)"),
            ("Telefoon melder:", "[[T:038 498 27 14]]"),
            ("E-mail melder:", "[[E:a.visser@zwolle.nl]]"),
            ("Vestiging:", "Stadskantoor, {{S:Lübeckplein 2}}, {{L:Zwolle}}"),
            ("Categorie:", "Hardware / Laptop / Verlies of diefstal"),
            ("Object-ID:", "NB-ZW-00417 ({{R:Dell Latitude 5440}})"),
            ("Behandelaarsgroep:", "{{O:Servicedesk ICT}}"),
            ("Behandelaar:", "[[N:Dam, R.]]"),
            ("Impact / Urgentie:", "Hoog / Hoog - mogelijk datalek"),
            ("Status:", "Doorgezet naar {{F:Functionaris Gegevensbescherming}}"),
        ]),
        ("h2", "Verzoek"),
        ("p", "Laptop verloren in de trein {{L:Zwolle}} - {{L:Amersfoort}}. Op de laptop stonden lokaal opgeslagen "
              "stukken van het Woo-verzoek van [[N:mevrouw Ter Horst|Ter Horst]] over de {{G:Omgevingswet}}. "
              "De laptop is versleuteld met {{R:BitLocker}}; de gebruiker was nog ingelogd via {{W:VPN}}."),
        ("h2", "Acties"),
        ("table", [
            ["Datum", "Door", "Actie"],
            ["13-03-2025 16:42", "[[N:Visser, A.J.W.]]", "Melding via zelfservicedesk ingediend."],
            ["13-03-2025 16:55", "[[N:Dam, R.]]", "Account geblokkeerd in {{R:Entra ID}}, {{W:remote wipe}} via {{R:Intune}} gestart."],
            ["14-03-2025 08:31", "[[N:Koning, Marjolein|Koning;Marjolein]]", "FG geïnformeerd; melding {{O:Autoriteit Persoonsgegevens}} beoordeeld: niet nodig, schijf versleuteld."],
            ["14-03-2025 09:12", "[[N:Dam, R.]]", "Vervangende laptop NB-ZW-00522 klaargezet; gebruiker gebeld op [[T:06 51 30 88 12]]."],
            ["14-03-2025 09:40", "[[N:El Idrissi, Yassine|El Idrissi]]", "{{R:NS}} Gevonden voorwerpen gemaild (melding 88120)."],
        ], [30, 42, 108]),
        ("h2", "Oplossing"),
        ("p", "Laptop op afstand gewist (bevestiging {{R:Intune}} 14-03-2025 09:02). Gebruiker [[N:Visser]] heeft nieuwe "
              "laptop ontvangen. Melding gesloten na akkoord van [[N:M. Koning]] (FG). Contact servicedesk: "
              "{{C:14 038}} of {{M:servicedesk@zwolle.nl}}."),
    ],
})

# --- s04 Jira issue print (Chromium) ---------------------------------------------------------------
DOCS.append({
    "id": "s04", "producer": "chrome", "title": "[DUOSF-2291] Koppeling BRP-bevraging faalt bij geheimhouding",
    "opt": {"mailto": True, "title": "[DUOSF-2291] Koppeling BRP-bevraging faalt - Jira",
            "css": "h1{font-size:12.5pt}"},
    "blocks": [
        ("small", "{{O:DUO}} Studiefinanciering / DUOSF-2291"),
        ("h1", "Koppeling BRP-bevraging faalt bij personen met geheimhouding"),
        ("kv", [
            ("Type:", "Bug"), ("Prioriteit:", "Major"), ("Status:", "IN REVIEW"),
            ("Component/s:", "{{R:BRP-bevraging}}, {{W:API Gateway}}"),
            ("Assignee:", "[[N:Thiago da Silva Santos|da Silva Santos;Thiago]]"),
            ("Reporter:", "[[N:Dewi Kusumawati|Kusumawati;Dewi]]"),
            ("Watchers:", "[[N:Gábor Nagy|Nagy]], [[N:Marloes Blom|Blom]], [[N:Fenna Hoogeveen|Hoogeveen]]"),
            ("Created:", "03/Feb/25 10:14"), ("Updated:", "11/Feb/25 16:47"),
            ("Sprint:", "SF Sprint 51"),
        ]),
        ("h2", "Description"),
        ("p", "Bij het ophalen van adresgegevens via de {{W:REST API}} van de {{O:RvIG}} ({{R:Haal Centraal}}) krijgen we een "
              "{{W:HTTP 403}} terug wanneer de indicatie geheimhouding is gezet. De aanvraag studiefinanciering blijft daardoor "
              "in de wachtrij hangen. Voorbeeld: aanvraag 2025-0418812 (student, BSN [[B:" + bsn() + "]]). "
              "Verwacht gedrag: verwerking met het correspondentieadres."),
        ("h2", "Activity"),
        ("p", "[[N:Dewi Kusumawati]] added a comment - 03/Feb/25 10:31\n"
              "@[[N:Thiago da Silva Santos]] kun je kijken of de {{W:OAuth2}} scope klopt? Volgens [[N:Gábor]] is dat "
              "in {{W:ACC}} al aangepast. Mijn mobiel voor overleg: [[T:06 19 42 57 03]]."),
        ("p", "[[N:Thiago da Silva Santos]] added a comment - 04/Feb/25 09:02\n"
              "Scope klopt. Het gaat mis in de mapping van het {{W:JSON}}-antwoord: veld 'geheimhoudingPersoonsgegevens' "
              "wordt als fout behandeld. Fix in branch feature/DUOSF-2291, {{W:pull request}} #884. "
              "[[N:Da Silva]] is vrijdag afwezig; vervanging via {{M:sf-devops@duo.nl}}."),
        ("p", "[[N:Gábor Nagy]] added a comment - 10/Feb/25 15:20\n"
              "Getest in {{W:ACC}} met testpersonen van de {{O:RvIG}}; werkt. Graag nog review door [[N:Marloes]] "
              "([[E:marloes.blom@duo.nl]]) vóór de release van 18 februari."),
        ("p", "[[N:Marloes Blom]] added a comment - 11/Feb/25 16:47\n"
              "Review gedaan, akkoord. Let op: de {{W:CI/CD}}-pipeline in {{R:Azure DevOps}} faalt nog op de "
              "{{W:SonarQube}}-check. @[[N:Fenna Hoogeveen]] pak jij die op?"),
        ("small", "Generated at Tue Feb 11 16:52:07 CET 2025 by [[N:Kusumawati, Dewi]] using Jira 9.12.4."),
    ],
})

# --- s05 SharePoint version history (Chromium, landscape) --------------------------------------------
DOCS.append({
    "id": "s05", "producer": "chrome", "title": "Versiegeschiedenis Woo-besluit Windpark Fryslân",
    "opt": {"landscape": True, "title": "Versiegeschiedenis - Concept Woo-besluit windpark.docx"},
    "blocks": [
        ("small", "{{O:Provincie Fryslân}} > Team Woo > Gedeelde documenten > 2025 > W-2025-031"),
        ("h1", "Versiegeschiedenis: Concept Woo-besluit windpark.docx"),
        ("p", "Als u versies verwijdert, worden deze naar de Prullenbak verzonden."),
        ("table", [
            ["Nr.", "Gewijzigd", "Gewijzigd door", "Grootte", "Opmerkingen"],
            ["7.0", "14-3-2025 16:22", "[[N:Tjitske van der Meulen|van der Meulen;Tjitske]]", "84,1 kB",
             "Definitief na akkoord {{H:gedeputeerde Fokkinga}}"],
            ["6.2", "14-3-2025 11:05", "[[N:Hylke Sijbesma|Sijbesma]]", "83,9 kB", "Inventarislijst bijgewerkt (37 documenten)"],
            ["6.1", "13-3-2025 17:48", "[[N:Tjitske van der Meulen]]", "83,7 kB",
             "Opmerkingen juridische toets [[N:Ouattara]] verwerkt"],
            ["6.0", "12-3-2025 09:30", "[[N:Aminata Ouattara|Ouattara]]", "82,2 kB",
             "Juridische toets: 5.1.2e consequent toepassen bij {{O:Vattenfall}}-medewerkers"],
            ["5.3", "10-3-2025 14:11", "[[N:Hylke Sijbesma]]", "81,0 kB", "Zienswijze [[N:Pander]] verwerkt"],
            ["5.2", "7-3-2025 10:02", "[[N:Jan Pieter Pander|Jan Pieter]]", "80,8 kB",
             "Reactie derde-belanghebbende, via {{M:woo@fryslan.frl}}"],
            ["5.1", "5-3-2025 15:39", "[[N:Tjitske van der Meulen]]", "79,4 kB", "Passage over {{L:Reduzum}} aangepast"],
            ["4.0", "27-2-2025 12:00", "[[N:Bauke de Boer|de Boer]]", "75,3 kB",
             "Versie voor {{O:Gedeputeerde Staten}}, portefeuille {{H:Fokkinga}}"],
            ["3.0", "20-2-2025 09:17", "[[N:Sytse Zwolle|Zwolle]]", "70,9 kB",
             "Eerste volledige concept; bijlage {{G:Windpark De Fryske Marren}}"],
            ["2.0", "14-2-2025 13:45", "[[N:Sytse Zwolle]]", "41,2 kB", "Opzet naar sjabloon {{O:IPO}}"],
            ["1.0", "11-2-2025 08:58", "Systeemaccount (SP-Woo-Flow)", "12,6 kB", "Aangemaakt via {{R:Power Automate}}"],
        ], [12, 32, 55, 20, 140]),
        ("p", "Bewaarbeleid: {{G:Archiefwet 1995}}, selectielijst provincies 2020. Vragen: {{M:informatiebeheer@fryslan.frl}}, "
              "{{C:058 292 59 25}}. Het document wordt gepubliceerd op {{R:open.overheid.nl}} na vaststelling door "
              "{{H:gedeputeerde Fokkinga}}; de {{H:Commissaris van de Koning}}, {{H:Arno Brok}}, ontvangt een afschrift."),
    ],
})

# --- s06 Calc: deelnemerslijst Regio Deal (xlsx) ------------------------------------------------------
DOCS.append({
    "id": "s06", "producer": "xlsx", "title": "Deelnemerslijst werkconferentie Regio Deal Noordoost-Brabant",
    "opt": {"author": "[[N:Van Dijk, Eline|Eline van Dijk]]", "header": "Werkconferentie Regio Deal - 27 maart 2025",
            "footer": "Bijgehouden door [[N:Eline van Dijk]], {{O:Provincie Noord-Brabant}}"},
    "blocks": [
        ("sheet", "Deelnemers", [
            ["Nr", "Naam", "Organisatie", "Functie", "E-mail", "Telefoon", "Workshop"],
            [1, "{{H:Ina Adema}}", "{{O:Provincie Noord-Brabant}}", "{{H:Commissaris van de Koning}}", "via {{M:kabinetcdk@brabant.nl}}", "{{C:073 681 28 12}}", "Plenair"],
            [2, "{{H:Jeroen Dijsselbloem}}", "{{O:Gemeente Eindhoven}}", "{{F:Burgemeester}}", "via {{M:bestuurssecretariaat@eindhoven.nl}}", "{{C:14 040}}", "Plenair"],
            [3, "[[N:Hanneke Bakker-Verhoeven|Bakker-Verhoeven]]", "{{O:Provincie Noord-Brabant}}", "{{F:Programmamanager}}", "[[E:hbakker@brabant.nl]]", "[[T:06 22 81 40 95]]", "A"],
            [4, "[[N:Baraka Mwangi|Mwangi]]", "{{O:Gemeente 's-Hertogenbosch}}", "{{F:Beleidsadviseur economie}}", "[[E:b.mwangi@s-hertogenbosch.nl]]", "[[T:073 615 87 31]]", "A"],
            [5, "[[N:Jeroen van Dijk|van Dijk]]", "{{O:Brainport Development}}", "{{F:Projectleider}}", "[[E:jeroen.vandijk@brainportdevelopment.nl]]", "[[T:06 50 13 27 88]]", "B"],
            [6, "[[N:Koen Winter|Winter]]", "{{O:ZLTO}}", "{{F:Regiomanager}}", "[[E:koen.winter@zlto.nl]]", "[[T:06 14 93 02 61]]", "B"],
            [7, "[[N:Sevda Öztürk-Maas|Öztürk-Maas]]", "{{O:Waterschap Aa en Maas}}", "{{F:Adviseur gebiedsprocessen}}", "[[E:soztürk@aaenmaas.nl]]", "[[T:073 615 69 04]]", "C"],
            [8, "[[N:Pieter-Jan in 't Zandt|in 't Zandt]]", "{{O:Ministerie van LVVN}}", "{{F:Accountmanager Regio Deals}}", "[[E:p.j.intzandt@minlvvn.nl]]", "[[T:06 46 70 58 12]]", "C"],
            [9, "[[N:Godfried Mensah|Mensah]]", "{{O:Rabobank}}", "{{F:Relatiemanager}}", "[[E:godfried.mensah@rabobank.nl]]", "[[T:06 38 55 20 47]]", "A"],
            [10, "[[N:Lotte op de Weegh|op de Weegh]]", "{{O:BOM}}", "{{F:Investment manager}}", "[[E:lopdeweegh@bom.nl]]", "[[T:06 27 08 61 39]]", "B"],
            [11, "[[N:Eline van Dijk]]", "{{O:Provincie Noord-Brabant}}", "{{F:Secretaris werkconferentie}}", "[[E:evdijk@brabant.nl]]", "[[T:06 57 42 19 80]]", "-"],
            [12, "{{H:Inge van Dijk}}", "{{O:Tweede Kamer}} ({{O:CDA}})", "{{F:Kamerlid}}", "-", "-", "Plenair"],
        ], [4, 26, 28, 26, 34, 15, 10]),
    ],
})

# --- s07 Calc: Woo inventarislijst with senders / recipients -----------------------------------------
DOCS.append({
    "id": "s07", "producer": "xlsx", "title": "Inventarislijst Woo-besluit stikstofvergunning",
    "opt": {"author": "[[N:Ridderhof, Nienke|Nienke]]", "header": "Bijlage 1 - Inventarislijst Woo-verzoek 2025-0071",
            "footer": "{{O:Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur}}"},
    "blocks": [
        ("sheet", "Inventaris", [
            ["Nr.", "Datum", "Document", "Afzender", "Ontvanger(s)", "Beoordeling", "Grond", "Opmerking"],
            ["1", "08-01-2025", "E-mail: planning PAS-melders", "[[N:Ridderhof, N.|Ridderhof]]", "[[N:Abdullahi, H.|Abdullahi]]; [[N:Boukhari, F.|Boukhari]]", "Deels openbaar", "5.1.2e", ""],
            ["2", "09-01-2025", "Nota aan de minister", "DG {{O:Natuur, Visserij en Gebiedsgericht Werken}}", "{{H:Minister Wiersma}}", "Deels openbaar", "5.1.2e; 5.2.1", ""],
            ["3", "09-01-2025", "E-mail: reactie {{O:BIJ12}}", "[[N:Van der Schaaf, R.|Van der Schaaf]] ({{O:BIJ12}})", "[[N:Ridderhof, N.]]", "Deels openbaar", "5.1.2e", ""],
            ["4", "13-01-2025", "Verslag overleg {{O:LTO Nederland}}", "[[N:Abdullahi, H.]]", "[[N:Ridderhof, N.]]; [[N:Kok-Hamelink, T.|Kok-Hamelink]]", "Deels openbaar", "5.1.2e; 5.1.2i", ""],
            ["5", "15-01-2025", "Kamerbrief stand van zaken PAS-melders", "{{H:Minister Wiersma}}", "{{O:Tweede Kamer}}", "Reeds openbaar", "-", "Kamerstuk 35334, nr. 310"],
            ["6", "16-01-2025", "Whatsapp-bericht", "[[N:Boukhari, F.]]", "[[N:Ridderhof, N.]]", "Deels openbaar", "5.1.2e", ""],
            ["7", "20-01-2025", "E-mail: vragen {{H:lid Van der Plas}}", "[[N:Kok-Hamelink, T.]]", "[[N:Abdullahi, H.]]; {{M:postbus.pas@minlvvn.nl}}", "Deels openbaar", "5.1.2e", ""],
            ["8", "21-01-2025", "Brief van melder", "[[N:Melkveebedrijf Hofstede-Kloosterman|Hofstede-Kloosterman]]", "{{O:RVO}}", "Deels openbaar", "5.1.2e", "Adres en bedrijfsnaam melder"],
            ["9", "22-01-2025", "Concept antwoorden Kamervragen", "[[N:Ridderhof, N.]]", "{{H:Staatssecretaris Rummenie}}", "Niet openbaar", "5.2.1", "Concept, zie nr. 11"],
            ["10", "27-01-2025", "E-mail: juridisch advies", "[[N:Çelik, M.|Çelik]] ({{O:DWJZ}})", "[[N:Ridderhof, N.]]", "Deels openbaar", "5.1.2e; 5.2.1", ""],
            ["11", "30-01-2025", "Antwoorden Kamervragen {{H:Van Campen}}", "{{H:Staatssecretaris Rummenie}}", "{{O:Tweede Kamer}}", "Reeds openbaar", "-", "Aanhangsel Handelingen"],
            ["12", "03-02-2025", "Agenda-uitnodiging overleg provincies", "[[N:Boukhari, F.]]", "[[N:Van der Schaaf, R.]]; {{M:secretariaat@ipo.nl}}", "Deels openbaar", "5.1.2e", ""],
        ], [5, 11, 36, 30, 38, 15, 14, 26]),
    ],
})

# --- s08 Calc: planning huisbezoeken Wmo -----------------------------------------------------------
DOCS.append({
    "id": "s08", "producer": "xlsx", "title": "Planning huisbezoeken Wmo week 11",
    "opt": {"author": "[[N:Osei, Abena|Abena Osei]]", "header": "Wijkteam Noord - planning keukentafelgesprekken week 11",
            "footer": "Vertrouwelijk - {{O:Gemeente Almere}}, {{O:Sociaal Domein}}"},
    "blocks": [
        ("sheet", "Week 11", [
            ["Datum", "Tijd", "Cliënt", "Adres", "Geboortedatum", "Vraag", "Consulent", "Tolk"],
            ["10-03", "09:30", "[[N:Mw. H. Rahimi|Rahimi]]", "[[A:Arubastraat 14, 1335 TK Almere]]", "[[D:12-04-1948]]", "Huishoudelijke hulp", "[[P:AO]]", "Dari, via {{O:Global Talk}}"],
            ["10-03", "11:00", "[[N:Dhr. F. Martina|Martina]]", "[[A:Curaçaostraat 82, 1335 RE Almere]]", "[[D:03-09-1957]]", "Scootmobiel", "[[P:AO]]", "-"],
            ["11-03", "10:00", "[[N:Mw. W. Hussein-Warsame|Hussein-Warsame]]", "[[A:Bonairestraat 7, 1335 SB Almere]]", "[[D:22-11-1970]]", "Woningaanpassing", "[[P:RdB]]", "Somalisch"],
            ["11-03", "14:00", "[[N:Dhr. J.H. de Groot|de Groot]]", "[[A:Frans Halsstraat 113, 1321 AE Almere]]", "[[D:30-06-1939]]", "Begeleiding", "[[P:RdB]]", "-"],
            ["12-03", "09:00", "[[N:Mw. E. Rosário Lopes|Rosário Lopes]]", "[[A:Sint Maartenstraat 40, 1335 PM Almere]]", "[[D:17-02-1962]]", "Vervoer (Wmo-taxi)", "[[P:AO]]", "Portugees"],
            ["12-03", "13:30", "[[N:Dhr. A. Noorzai|Noorzai]]", "[[A:Saba 3, 1335 VA Almere]]", "[[D:08-08-1981]]", "Beschermd wonen", "[[P:KvtS]]", "Pasjto"],
            ["13-03", "10:30", "[[N:Mw. T. Bakker|Bakker]]", "[[A:Bakkerstraat 2, 1315 KB Almere]]", "[[D:14-01-1944]]", "Huishoudelijke hulp", "[[P:KvtS]]", "-"],
        ], [7, 6, 24, 32, 12, 20, 9, 18]),
        ("sheet", "Consulenten", [
            ["Code", "Naam", "Mobiel", "E-mail"],
            ["[[P:AO]]", "[[N:Abena Osei]]", "[[T:06 31 75 44 09]]", "[[E:a.osei@almere.nl]]"],
            ["[[P:RdB]]", "[[N:Ruud de Bruijn|de Bruijn]]", "[[T:06 12 58 30 71]]", "[[E:r.debruijn@almere.nl]]"],
            ["[[P:KvtS]]", "[[N:Kim van 't Slot|van 't Slot]]", "[[T:06 48 02 97 16]]", "[[E:k.vantslot@almere.nl]]"],
            ["Algemeen", "{{O:Wmo-loket}}", "{{C:14 036}}", "{{M:wmo@almere.nl}}"],
        ], [10, 26, 16, 26]),
    ],
})

# --- s09 Hoorverslag bezwaarcommissie (docx -> LibreOffice, comments as annotations) ------------------
DOCS.append({
    "id": "s09", "producer": "docx", "title": "Verslag hoorzitting bezwaar Participatiewet",
    "opt": {"author": "[[N:Lianne Koopmans|Koopmans]]", "header": "{{O:Gemeente Tilburg}} - Commissie bezwaarschriften",
            "footer": "Verslag hoorzitting BZ-2025-0144 - vertrouwelijk",
            "comments": [(5, "[[N:Lianne Koopmans]]", "[[P:LK]]", "Check met [[N:Ahmed]]: klopt bedrag terugvordering?"),
                         (9, "[[N:Ahmed Yusuf Abdi|Ahmed Yusuf]]", "[[P:AYA]]", "Ja, € 4.312,18 volgens Suite4.")]},
    "blocks": [
        ("h1", "Verslag hoorzitting"),
        ("kv", [("Zaak:", "BZ-2025-0144 - bezwaar tegen terugvordering bijstand"),
                ("Datum:", "19 februari 2025, 10:00 uur"),
                ("Locatie:", "{{S:Stadhuisplein 130}}, {{L:Tilburg}}")]),
        ("p", "Aanwezig: mr. [[N:R.K. Sedney|Sedney]] (voorzitter), [[N:drs. M. Verbruggen|Verbruggen]] (lid), "
              "[[N:L. Koopmans]] (secretaris); bezwaarmaker [[N:mevrouw Hodan Abdi|Abdi;Hodan]], bijgestaan door haar "
              "gemachtigde [[N:mr. D. Osei-Bonsu|Osei-Bonsu]] ({{O:Juridisch Loket}}); namens het college [[N:de heer A.Y. Abdi|A.Y. Abdi]] "
              "({{F:consulent Werk en Inkomen}})."),
        ("h2", "Standpunt bezwaarmaker"),
        ("p", "Gemachtigde: Mevrouw [[N:Abdi]] heeft de inkomsten uit schoonmaakwerk wel gemeld, telefonisch op 3 juni 2024. "
              "Er is toen een notitie gemaakt door een medewerker van het {{O:Klant Contact Centrum}} ({{C:14 013}})."),
        ("p", "Bezwaarmaker: Ik heb gebeld en mijn BSN [[B:" + bsn() + "]] gegeven. Ik wist niet dat ik het ook via "
              "{{R:Mijn Tilburg}} moest doen."),
        ("h2", "Standpunt college"),
        ("p", "De heer [[N:A.Y. Abdi]]: in {{R:Suite4Sociaal Domein}} is geen notitie van 3 juni te vinden. De "
              "terugvordering is gebaseerd op de gegevens van het {{O:UWV}} (polisadministratie). Er is geen sprake "
              "van familie van bezwaarmaker, ondanks de gelijke achternaam."),
        ("h2", "Vragen van de commissie"),
        ("p", "Voorzitter: Is de terugvordering getoetst aan de {{G:Participatiewet}}, artikel 58, en aan het "
              "beleid van {{H:wethouder Vriens}} over dringende redenen?"),
        ("p", "De heer [[N:A.Y. Abdi]]: Dat is gedaan door mijn collega [[N:Fatima Zahra Bouzidi|Bouzidi]]; zij is vandaag afwezig."),
        ("p", "Gemachtigde: Wij verzoeken de commissie het KCC-logboek op te vragen. Mijn kantoor is bereikbaar "
              "via [[T:013 744 02 19]] of [[E:d.osei-bonsu@juridischloket.nl]]."),
        ("p", "Secretaris: [[N:Lianne Koopmans]], [[E:l.koopmans@tilburg.nl]]."),
    ],
})
