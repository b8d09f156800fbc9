"""Documents ha12-ha22 of set HA."""
from numbers_ha import BSN, IBAN
from docs_a import FOOT, HDR

DOCS = []


def _vis(s):
    from build import MARK
    return MARK.sub(lambda m: m.group(2) if m.group(2) is not None else m.group(4), s)


def _mono(rows):
    w = [max(len(_vis(r[i])) for r in rows if r) for i in range(len(rows[0]))]
    out = []
    for r in rows:
        if r is None:
            out.append("|" + "|".join("-" * (x + 2) for x in w) + "|")
        else:
            out.append("|" + "|".join(" " + c + " " * (w[i] - len(_vis(c)) + 1) for i, c in enumerate(r)) + "|")
    return "\n".join(out)

# ------------------------------------------------------------------ ha12 LibreOffice docx: schadevergoeding
DOCS.append({
    "id": "ha12", "producer": "docx", "title": "Toekenning schadevergoeding", "docx_author": "[[Petra Hulshof]]",
    "blocks": [
        ("lines", """{{Politie}} {{eenheid Oost-Nederland}}
{{Schadebureau}}
Postbus 9002, 6800 DA {{L:Arnhem}}"""),
        ("lines", f"""De heer M. [[Yılmaz]]
[[A:Deurningerstraat 212]]
[[A:7514 BK]] {{{{L:Enschede}}}}"""),
        ("lines", """Datum: {{D:22 juli 2025}}
Ons kenmerk: {{C:SB-ON-2025-0918}} (klacht {{C:ON-K-2025-0142}})
Behandeld door: [[Petra Hulshof]], [[T:06-30188264]]"""),
        ("h", "Toekenning schadevergoeding"),
        ("p", "Geachte heer [[Yılmaz]],"),
        ("p", "Naar aanleiding van de beslissing van {{D:8 juli 2025}} op uw klacht heeft het {{Schadebureau}} uw verzoek om "
              "vergoeding van de schade aan uw jas beoordeeld. U heeft de aankoopbon van "
              "{{WE Fashion}} in {{L:Enschede}} meegestuurd. Wij kennen u een bedrag toe van € 189,95."),
        ("p", f"Wij maken dit bedrag binnen dertig dagen over op rekeningnummer [[I:{IBAN['yilmaz']}]] ten name van "
              f"[[M. Yilmaz]]. Met de betaling is uw schade volledig vergoed. De betaling gebeurt op grond van de "
              f"{{{{W:Regeling schadeafhandeling politie}}}}; er is geen sprake van erkenning van aansprakelijkheid "
              f"voor andere schade."),
        ("p", "Heeft u vragen over deze brief, neemt u dan contact op met het {{Schadebureau}} via "
              "{{F:schadebureau.oost-nederland@politie.nl}}, onder vermelding van ons kenmerk."),
        ("p", "Met vriendelijke groet,"),
        ("lines", """[[Petra Hulshof]]
{{J:medewerker schadeafhandeling}}"""),
        ("table", [["Financiële gegevens (intern)", ""], ["Crediteurnummer", "[[X:CR-0048817]]"],
                   ["Kostenplaats", "{{C:ON-4120-BT-ENS}}"], ["Akkoord budgethouder", "[[W. Scholte Albers]]"]]),
    ]})

# ------------------------------------------------------------------ ha13 spreadsheet-like overview
DOCS.append({
    "id": "ha13", "title": "Overzicht KAC-zaken 2025 (export)", "font": "LibMono", "size": 8.5, "landscape": True,
    "mono": "LibMono", "footer": "export KAC-zaken.xlsx - blad 'Zittingen 2025' - regels 2-14",
    "blocks": [
        ("m", _mono([["A", "B", "C", "D", "E", "F"],
                     ["zaaknr", "zitting", "klager", "behandelaar", "advies", "beslissing"],
                     None,
                     ["{{C:ON-K-2025-0087}}", "02-05-2025", "[[Gebremedhin]], T.", "[[Aydın]], Ö.", "deels", "21-05-2025"],
                     ["{{C:ON-K-2025-0142}}", "17-06-2025", "[[Yılmaz]], M.", "[[Wolters-Kamphuis]], I.", "deels", "08-07-2025"],
                     ["{{C:ON-K-2025-0058}}", "17-06-2025", "[[Mulder-Vos]], E.", "[[Wolters-Kamphuis]], I.", "ongegr.", "01-07-2025"],
                     ["{{C:ON-K-2025-0226}}", "09-09-2025", "[[Sabajo]], R.", "[[Lam]], J. 't", "gegrond", "30-09-2025"],
                     ["{{C:ON-K-2025-0251}}", "09-09-2025", "[[Boukhari]], S.", "[[Linden]], B. van der", "ongegr.", "24-09-2025"],
                     ["{{C:ON-K-2025-0274}}", "14-10-2025", "[[DIJKSTRA]], H.J.", "[[Aydın]], Ö.", "ingetr.", "-"],
                     ["{{C:ON-K-2025-0290}}", "25-11-2025", "[[Kowalczyk]], P.", "[[Lam]], J. 't", "gegrond", "16-12-2025"]])),
        ("sp", 6),
        ("m", _mono([["G: opmerking"], None,
                     ["0087: ombudsman vraagt dossier op ({{C:2025.08114}}), contact via [[Terpstra]]"],
                     ["0142: schade € 189,95 toegekend; burgemeester {{R:Bleker}} geïnformeerd"],
                     ["0226: klager [[Rodney]] [[Sabajo]] wil excuses van hoofdagent [[Oude Wesselink]]"],
                     ["0290: tolk Pools, klager woont in {{L:Kampen}}; tel. [[T:06-58832104]]"]])),
        ("s", "Kolommen H-K (verborgen in de export: geboortedatum, e-mail klager) zijn niet afgedrukt."),
    ]})

# ------------------------------------------------------------------ ha14 Notitie Van/Aan
DOCS.append({
    "id": "ha14", "title": "Notitie ombudsmanonderzoek", "font": "Helvetica", "size": 10,
    "header": "NOTITIE", "footer": "Intern - {{Politie}} {{eenheid Oost-Nederland}} - {{Team Juridische Zaken}}",
    "blocks": [
        ("kv", [["Van", "[[Lotte Bouwmeester]], {{J:juridisch adviseur}} {{Team Juridische Zaken}}"],
                ["Aan", "de politiechef {{eenheid Oost-Nederland}}"],
                ["Cc", "[[M. de Groot-Hendriks]] (klachtcoördinator); [[Ö. Aydin]]"],
                ["Datum", "{{D:16 mei 2025}}"],
                ["Onderwerp", "Onderzoek {{Nationale ombudsman}} naar klacht {{C:ON-K-2025-0087}}"]], [25, 140]),
        ("h2", "Aanleiding"),
        ("p", "De {{Nationale ombudsman}} heeft op {{D:12 mei 2025}} laten weten een onderzoek te openen naar de "
              "behandeling van de klacht van de heer [[Tesfay Gebremedhin]] (dossier ombudsman {{C:2025.08114}}). De "
              "klacht gaat over zijn aanhouding op het station in {{L:Apeldoorn}} op 8 februari 2025 en over de duur van "
              "de klachtbehandeling (ruim twaalf weken, terwijl artikel 9:11 {{W:Awb}} zes weken voorschrijft)."),
        ("h2", "Kern"),
        ("p", "- De {{klachtadviescommissie}} adviseerde op 2 mei 2025 de klacht deels gegrond te verklaren."),
        ("p", "- De termijnoverschrijding is veroorzaakt door het langdurig zoekraken van de bodycambeelden van "
              "hoofdagent [[Mohamed Ouali]] (pnr [[N:730118]])."),
        ("p", "- De klager heeft volgens zijn advocaat [[S:PTSS]] en ervoer de aanhouding als zeer belastend. Dit gegeven "
              "staat in het dossier en is door de commissie meegewogen."),
        ("h2", "Advies"),
        ("p", "Ik adviseer de termijnoverschrijding in de reactie aan de {{Nationale ombudsman}} te erkennen en excuses aan "
              "te bieden. Een conceptreactie volgt uiterlijk {{D:23 mei 2025}}. Ik stem de tekst af met [[Aydin]] en met "
              "{{Communicatie}} ([[Tim Kroeze]]). De korpschef hoeft niet te worden geïnformeerd; wel de regioburgemeester, "
              "burgemeester {{R:Marcouch}}, in het eerstvolgende {{regionaal beleidsoverleg}}."),
        ("sp", 10),
        ("lines", """Paraaf steller: [[H:LB]]
Gezien: [[H:vLS]] (hoofd DROS), 19-05-2025"""),
    ]})

# ------------------------------------------------------------------ ha15 Brief aan Nationale ombudsman (2 pages)
DOCS.append({
    "id": "ha15", "title": "Reactie aan de Nationale ombudsman", "font": "LibSerif", "size": 10.5, "header": HDR,
    "footer": FOOT,
    "blocks": [
        ("lines", """{{Nationale ombudsman}}
t.a.v. mevrouw [[M. Terpstra]]
Postbus 93122
2509 AC {{L:Den Haag}}"""),
        ("sp", 8),
        ("kv", [["Datum", "{{D:27 mei 2025}}"], ["Uw kenmerk", "{{C:2025.08114}}"],
                ["Ons kenmerk", "{{C:ON-K-2025-0087}}/NO"], ["Contactpersoon", "[[L. Bouwmeester]]"],
                ["E-mail", "[[lotte.bouwmeester@politie.nl]]"]], [35, 110]),
        ("p", "Onderwerp: reactie op klacht van de heer [[T. Gebremedhin]]"),
        ("p", "Geachte mevrouw [[Terpstra]],"),
        ("p", "In uw brief van {{D:12 mei 2025}} vraagt u de korpschef van {{Politie}} te reageren op de klacht van de heer "
              "[[Gebremedhin]], geboren [[D:02-09-1996]], wonende te {{L:Apeldoorn}}. Namens de korpschef reageer ik als "
              "volgt."),
        ("h2", "1. Het verloop van de klachtbehandeling"),
        ("p", "De klacht is op 11 februari 2025 ontvangen en geregistreerd onder nummer {{C:ON-K-2025-0087}}. Op 4 maart "
              "2025 vond een gesprek plaats met klager, zijn tolk, de heer [[Yonas Berhane]], en klachtbehandelaar "
              "[[Özlem Aydın]]. De betrokken ambtenaren, hoofdagent [[M. Ouali]] en agent [[L. Kamphorst]], zijn op 18 "
              "maart 2025 gehoord. Klager wilde geen informele afdoening; de zaak is voorgelegd aan de "
              "{{klachtadviescommissie}}, die op 2 mei 2025 advies uitbracht."),
        ("p", "De wettelijke termijn van artikel 9:11 van de {{W:Algemene wet bestuursrecht}} (zes weken, met verdaging "
              "ten hoogste tien weken) is overschreden. Dit komt doordat de bodycambeelden pas na een zoektocht in het "
              "systeem werden gevonden. Klager is daarover niet tijdig geïnformeerd. Hiervoor bied ik excuses aan."),
        ("pb",),
        ("h2", "2. De inhoud van de klacht"),
        ("p", "Klager werd aangehouden omdat hij voldeed aan het signalement van een verdachte van een zakkenrollerij. Na "
              "identificatie (klager toonde zijn verblijfsdocument, nummer [[X:V-7730418]]) is hij na twintig minuten "
              "heengezonden. De commissie achtte de aanhouding rechtmatig, maar het gebruik van handboeien niet "
              "noodzakelijk. De korpschef heeft dit advies overgenomen (beslissing van {{D:21 mei 2025}})."),
        ("h2", "3. Maatregelen"),
        ("p", "Het {{Basisteam Apeldoorn}} heeft de werkinstructie voor het bewaren van bodycambeelden aangepast. "
              "Burgemeester {{R:Heerts}} van {{L:Apeldoorn}} is als gezagsdrager over de uitkomst geïnformeerd."),
        ("p", "Ik vertrouw erop u hiermee voldoende te hebben geïnformeerd. Het dossier stuur ik u beveiligd toe via "
              "{{M:Zivver}}."),
        ("p", "Hoogachtend,"),
        ("p", "namens de korpschef van {{Politie}},"),
        ("sig", "[[G:L.Bouwmeester]]"),
        ("lines", """mr. [[L.C. Bouwmeester]]
{{J:juridisch adviseur}}, {{Team Juridische Zaken}}"""),
    ]})

# ------------------------------------------------------------------ ha16 Brief van Nationale ombudsman
DOCS.append({
    "id": "ha16", "title": "Brief Nationale ombudsman", "font": "DejaVuSerif", "size": 9.5,
    "header": "De Nationale ombudsman",
    "footer": "{{Nationale ombudsman}} | {{A:Bezuidenhoutseweg 151}} | 2594 AG {{L:Den Haag}} | {{U:0800-33 55 555}} | "
              "www.nationaleombudsman.nl",
    "blocks": [
        ("lines", """Aan de korpschef van de {{Politie}}
t.a.v. {{Team Juridische Zaken}} {{eenheid Oost-Nederland}}
Postbus 9002
6800 DA {{L:Arnhem}}"""),
        ("sp", 8),
        ("kv", [["Datum", "{{D:12 mei 2025}}"], ["Ons dossiernummer", "{{C:2025.08114}}"],
                ["Behandeld door", "mw. M. [[Terpstra]]"], ["Telefoon", "[[T:070-3563219]]"],
                ["E-mail", "[[m.terpstra@nationaleombudsman.nl]]"]], [38, 110]),
        ("p", "Onderwerp: onderzoek naar klacht van de heer [[Gebremedhin]]"),
        ("p", "Geachte heer, mevrouw,"),
        ("p", "De heer [[T. Gebremedhin]] uit {{L:Apeldoorn}} heeft zich tot de {{Nationale ombudsman}} gewend. Hij klaagt "
              "erover dat de {{Politie}} zijn klacht over zijn aanhouding op 8 februari 2025 te laat en onvoldoende heeft "
              "behandeld. De klager wordt bijgestaan door mr. [[Hanna Tewolde]] van {{VluchtelingenWerk Oost Nederland}}."),
        ("p", "De {{Nationale ombudsman}} heeft besloten een onderzoek in te stellen (artikel 9:18 {{W:Awb}}). Ik verzoek "
              "de korpschef om binnen drie weken schriftelijk te reageren en mij het volledige klachtdossier te sturen, "
              "inclusief het advies van de {{klachtadviescommissie}} en eventuele bodycambeelden."),
        ("p", "Ik wijs u erop dat u op grond van artikel 9:31 {{W:Awb}} verplicht bent de gevraagde inlichtingen te "
              "verstrekken. Voor vragen kunt u mij bereiken op het nummer hierboven, of via het algemene nummer "
              "{{U:0800-33 55 555}}."),
        ("p", "Met vriendelijke groet,"),
        ("lines", """[[Marloes Terpstra]]
{{J:onderzoeker}} {{Team Veiligheid}}"""),
        ("sp", 6),
        ("s", "Dit onderzoek wordt uitgevoerd onder verantwoordelijkheid van de {{Nationale ombudsman}}. Reageert u liever "
              "digitaal, gebruik dan {{F:post@nationaleombudsman.nl}}."),
    ]})

# ------------------------------------------------------------------ ha17 scan: handgeschreven brief 't Hart
DOCS.append({
    "id": "ha17", "producer": "scan", "title": "scan brief klager", "rot": 0.8,
    "scan_font": "dejavu/DejaVuSans.ttf", "scan_bold": "dejavu/DejaVuSans-Bold.ttf",
    "lines": [
        "[[Gerrit 't Hart]]",
        "[[A:Boliviastraat 9]]",
        "[[A:7007 GH]] Doetinchem",
        "tel. [[T:0314-362118]]",
        "",
        "Doetinchem, 4 mei 2025",
        "",
        "#Aan de politie, afdeling klachten",
        "",
        "Geachte heer/mevrouw,",
        "",
        "Sinds januari wordt er 's nachts ingebroken in de schuurtjes",
        "achter onze flat. Ik heb vijf keer gebeld met 0900-8844 maar",
        "er is nooit iemand gekomen. De laatste keer zei de agent aan",
        "de telefoon dat ik maar een camera moest kopen. Ik ben 81 jaar",
        "en slecht ter been ([[S:heupoperatie]]), ik kan dat niet.",
        "Mijn buurman [[Henk Lubbers]] heeft het ook gemeld.",
        "",
        "Ik wil graag dat er iemand langskomt. Mijn BSN is [[B:" + BSN["hart"] + "]]",
        "voor als u mijn gegevens nodig heeft.",
        "",
        "Hoogachtend,",
        "~[[G:G. 't Hart]]",
        "[[G. 't Hart]]",
    ]})

# ------------------------------------------------------------------ ha18 e-mail gemeente / burgemeester
DOCS.append({
    "id": "ha18", "title": "Mailwisseling gemeente Enschede", "font": "Carlito", "size": 10,
    "footer": "Gemeente {{L:Enschede}} - {{Kabinet van de burgemeester}}",
    "blocks": [
        ("lines", """Van: [[Bosman, Jolanda]] <[[j.bosman@enschede.nl]]>
Verzonden: donderdag 15 mei 2025 09:47
Aan: [[Scholte Albers, Wouter]]
CC: [[Brouwer, Niels]]; {{F:kabinet@enschede.nl}}
Onderwerp: incident {{S:Hengelosestraat}} / vraag burgemeester"""),
        ("sp", 6),
        ("p", "Beste [[Wouter]],"),
        ("p", "Burgemeester {{R:Bleker}} is door een raadslid aangesproken op het incident van {{D:12 maart 2025}} bij de "
              "{{S:Hengelosestraat}}. Raadslid {{R:Van Wakeren}} ({{GroenLinks}}) overweegt schriftelijke vragen. De "
              "burgemeester wil graag voor het driehoeksoverleg van {{D:22 mei 2025}} weten hoe de klacht wordt "
              "behandeld en of er beelden zijn. Namen van betrokkenen hoeft hij niet te weten."),
        ("p", "Kun jij mij vóór dinsdag een korte stand van zaken sturen? Dan verwerk ik die in de driehoeksnotitie."),
        ("p", "Hartelijke groet,"),
        ("lines", """[[Jolanda Bosman]]
{{J:Bestuursadviseur openbare orde en veiligheid}}
{{Gemeente Enschede}} | {{Kabinet van de burgemeester}}
[[T:06-12093377]]"""),
        ("sp", 10),
        ("lines", """Van: [[Scholte Albers, Wouter]]
Verzonden: vrijdag 16 mei 2025 13:20
Aan: [[Bosman, Jolanda]]
Onderwerp: RE: incident {{S:Hengelosestraat}} / vraag burgemeester"""),
        ("p", "Hoi [[Jolanda]],"),
        ("p", "Stand van zaken: de klacht is besproken in een hoorgesprek; klager wil advies van de "
              "{{klachtadviescommissie}} (zitting {{D:17 juni 2025}}). Er zijn geen bodycambeelden; wel een filmpje van "
              "een buurvrouw. De betrokken collega is aangesproken. Ik licht het in de driehoek mondeling toe; "
              "burgemeester {{R:Bleker}} en de officier van justitie krijgen vooraf een korte notitie."),
        ("p", "Groet, Wouter"),
        ("lines", """{{J:Teamchef}} {{Basisteam Enschede}}
M [[T:06-20957318]]"""),
    ]})

# ------------------------------------------------------------------ ha19 form with AcroForm fields
DOCS.append({
    "id": "ha19", "producer": "form", "title": "Klachtformulier (digitaal invulbaar)",
    "form_title": "Klachtformulier {{Politie}} - invulbare PDF",
    "intro": ["Vul dit formulier in en stuur het naar {{F:klachtenbureau.oost-nederland@politie.nl}}.",
              "Uw klacht wordt behandeld volgens hoofdstuk 9 van de {{W:Algemene wet bestuursrecht}} en de",
              "{{W:Politiewet 2012}}. Registratienummer (door politie in te vullen): {{C:ON-K-2025-0177}}"],
    "fields": [("Naam klager", "[[Anjali Ramdin-Jagesar]]"),
               ("Geboortedatum", "[[D:21-06-1979]]"),
               ("Adres", "[[A:Bornsestraat 88-3]], 7607 AX Almelo"),
               ("Telefoon", "[[T:06-84471920]]"),
               ("E-mail", "[[anjali.ramdin@ziggo.nl]]"),
               ("Datum voorval", "7 april 2025, Almelo centrum"),
               ("Betrokken agent(en)", "vrouwelijke agent, dienstnummer begint met [[N:7249]]"),
               ("Omschrijving", "Agent sprak mijn zoon [[Rishi]] onheus aan bij de markt"),
               ("Gewenste uitkomst", "Excuses en gesprek met de teamchef van {{L:Almelo}}"),
               ("Ondertekening", "[[A. Ramdin-Jagesar]], 10-04-2025")],
    "after": ["Na ontvangst krijgt u binnen een week een ontvangstbevestiging van de {{Politie}}.",
              "Bent u niet tevreden over de afhandeling, dan kunt u zich wenden tot de {{Nationale ombudsman}}.",
              "Algemene informatie: {{U:0900-8844}} (lokaal tarief)."],
    "footer": "Formulier KL-01 | {{Politie}} {{eenheid Oost-Nederland}}",
})

# ------------------------------------------------------------------ ha20 Hoorverslag Gebremedhin (2 pages)
DOCS.append({
    "id": "ha20", "title": "Hoorverslag klacht ON-K-2025-0087", "font": "DejaVuSans", "size": 9.5, "header": HDR,
    "footer": "Hoorverslag {{C:ON-K-2025-0087}} | {{Basisteam Apeldoorn}}",
    "blocks": [
        ("h", "Hoorverslag klachtgesprek"),
        ("kv", [["Zaak", "{{C:ON-K-2025-0087}}"], ["Datum", "{{D:4 maart 2025}}"],
                ["Plaats", "politiebureau {{L:Apeldoorn}}, {{A:Europaweg 55}}"],
                ["Klager", "[[Tesfay Gebremedhin]] (geb. [[D:02-09-1996]], BSN [[B:" + BSN["gebremedhin"] + "]])"],
                ["Tolk Tigrinya", "[[Yonas Berhane]], Wbtv-nummer [[X:20417]]"],
                ["Klachtbehandelaar", "[[Özlem Aydın]]"], ["Verslag", "[[Nadia Boukhari]] (stagiair)"]], [35, 130]),
        ("h2", "Verklaring klager (via tolk)"),
        ("p", "[[GEBREMEDHIN]]: Ik kwam uit de trein uit {{L:Zwolle}}. Twee agenten riepen mij en zeiden dat ik een "
              "tas had gestolen. Ik had geen tas. Zij deden mij handboeien om, op het perron, waar iedereen het zag. Ik "
              "heb in mijn land in de gevangenis gezeten en ik kreeg paniek. Ik heb sindsdien [[S:PTSS]]-klachten en ben "
              "onder behandeling bij de huisarts."),
        ("p", "[[Aydın]]: Weet u wie de agenten waren?"),
        ("p", "[[GEBREMEDHIN]]: Een lange man, hij heette [[Mohamed]], dat hoorde ik zijn collega zeggen. Zij was een "
              "vrouw met blond haar."),
        ("p", "[[Berhane]] (tolk) merkt op dat klager het woord 'gevangenis' gebruikt voor detentie in {{L:Libië}} "
              "tijdens zijn vlucht."),
        ("pb",),
        ("h2", "Vervolg"),
        ("p", "[[Aydın]] legt uit dat de betrokken ambtenaren afzonderlijk worden gehoord, dat de bodycambeelden worden "
              "opgevraagd en dat de klacht op verzoek van klager wordt voorgelegd aan de {{klachtadviescommissie}}. "
              "Klager wordt bijgestaan door mr. [[Hanna Tewolde]] ({{VluchtelingenWerk Oost Nederland}}), telefoon "
              "[[T:06-70392251]]."),
        ("h2", "Horen ambtenaren ({{D:18 maart 2025}})"),
        ("p", "Hoofdagent [[Ouali]] (pnr [[N:730118]]): Er kwam een melding van een tasjesroof, signalement: man, "
              "donkere huidskleur, blauwe jas, rugzak. Klager voldeed daaraan. Handboeien omdat klager wegliep. Ik heb de "
              "bodycam aangezet."),
        ("p", "Agent [[Lisa Kamphorst]] (pnr [[N:706843]]): Ik bevestig dit. Na twintig minuten bleek uit beelden van "
              "{{NS}} dat klager niet de dader was. Ik heb hem zelf excuses aangeboden."),
        ("p", "Aanvulling [[Aydın]]: de bodycambeelden zijn op {{D:24 april 2025}} teruggevonden in het systeem "
              "({{M:Axon Evidence}}), onder een verkeerd registratienummer."),
        ("table", [["Paraaf klachtbehandelaar", "Paraaf verslag", "Datum"],
                   ["[[H:ÖAy]]", "[[H:NBou]]", "19-03-2025"]], [50, 50, 40]),
    ]})

# ------------------------------------------------------------------ ha21 mail: pers en communicatie
DOCS.append({
    "id": "ha21", "title": "Persvraag klachtbehandeling", "font": "LibSans", "size": 9.5,
    "footer": "Bericht afgedrukt uit Outlook - {{Politie}}",
    "blocks": [
        ("lines", """Van: [[Kroeze, Tim]]
Verzonden: maandag 2 juni 2025 10:05
Aan: [[Bouwmeester, Lotte]]; [[Groot-Hendriks, Marieke de]]
CC: {{F:persvoorlichting.oost-nederland@politie.nl}}
Onderwerp: FW: vragen {{Tubantia}} over klachten"""),
        ("p", "Hallo allebei,"),
        ("p", "Hieronder de vragen van [[Stefan Nijenhuis]] ({{Tubantia}}). Hij heeft het hoorverslag van de zaak in "
              "{{L:Enschede}} kennelijk van de klager gekregen. Ik stel voor dat we alleen algemeen reageren: aantallen "
              "uit het jaarverslag en de procedure. Over individuele klachten doen we geen mededelingen. [[Lotte]], kun jij "
              "checken of dat juridisch klopt? Woordvoering loopt via de dienstdoende persvoorlichter."),
        ("lines", """Groet,
[[Tim]]
[[Tim Kroeze]] | {{J:adviseur communicatie}} | {{eenheid Oost-Nederland}}
[[T:06-39925784]] | [[tim.kroeze@politie.nl]]"""),
        ("sp", 8),
        ("lines", """-----Oorspronkelijk bericht-----
Van: [[Stefan Nijenhuis]] <[[s.nijenhuis@tubantia.nl]]>
Verzonden: vrijdag 30 mei 2025 17:31
Aan: {{F:persvoorlichting.oost-nederland@politie.nl}}
Onderwerp: vragen {{Tubantia}} over klachten"""),
        ("p", "Goedemiddag,"),
        ("p", "Voor een artikel over klachten tegen agenten in {{L:Twente}} heb ik de volgende vragen: 1. Hoeveel "
              "klachten ontving het {{Basisteam Enschede}} in 2024 en 2025? 2. Klopt het dat een agent die door de "
              "{{klachtadviescommissie}} is aangesproken, nog steeds op straat werkt? 3. Wat vindt burgemeester "
              "{{R:Bleker}} van de afhandeling?"),
        ("p", "Ik wil graag uiterlijk woensdag reageren. Mijn mobiel: [[T:06-11873046]]."),
        ("lines", """Met vriendelijke groet,
[[Stefan Nijenhuis]]
verslaggever {{Tubantia}}"""),
    ]})

# ------------------------------------------------------------------ ha22 memo bemiddeling Wisniewska
DOCS.append({
    "id": "ha22", "title": "Memo bemiddelingsgesprek", "font": "Times-Roman", "size": 10.5,
    "header": "MEMO - informele klachtafhandeling",
    "footer": "{{Politie}} | {{Basisteam Zwolle}} | {{C:ON-K-2025-0203}}",
    "blocks": [
        ("kv", [["Van", "[[J. 't Lam]], klachtbehandelaar"], ["Aan", "teamchef {{Basisteam Zwolle}}, mevr. A. [[Koç]]"],
                ["Datum", "{{D:21 mei 2025}}"], ["Betreft", "bemiddeling klacht {{C:ON-K-2025-0203}}"]], [25, 140]),
        ("p", "Op {{D:20 mei 2025}} vond op het bureau {{A:Eekwal 12}} in {{L:Zwolle}} een bemiddelingsgesprek plaats "
              "tussen klaagster, mevrouw [[Katarzyna Wisniewska]] (geb. [[D:30-01-1988]]), en agent [[Jan-Willem Harmsen]] "
              "(pnr [[N:715377]]). Als tolk Pools trad op mevrouw [[Agnieszka Nowak-de Boer]]."),
        ("p", "Klaagster voelde zich gediscrimineerd toen zij bij een controle op de {{S:Thorbeckegracht}} werd gevraagd "
              "of zij 'wel legaal' in Nederland werkte. Zij werkt via uitzendbureau {{Otto Workforce}} bij een "
              "distributiecentrum in {{L:Zwolle}}."),
        ("p", "Agent [[Harmsen]] legde uit dat de vraag voortkwam uit een controle op arbeidsuitbuiting en niet op haar "
              "persoon was gericht. Hij erkende dat de vraag ongelukkig was geformuleerd en bood excuses aan. Mevrouw "
              "[[Wisniewska]] nam de excuses aan en verklaarde de klacht als afgehandeld te beschouwen."),
        ("p", "Afspraak: het basisteam neemt de casus mee in de training 'Professioneel controleren' van de "
              "{{Politieacademie}}. Klaagster ontvangt een bevestiging per e-mail op [[k.wisniewska88@wp.pl]]."),
        ("p", "Deze afdoening is conform artikel 9:5 {{W:Awb}}: de klacht is naar tevredenheid afgehandeld; er volgt "
              "geen verdere behandeling."),
        ("sp", 8),
        ("lines", """[[J. 't Lam]]
{{J:klachtbehandelaar}}, paraaf [[H:JtL]]"""),
    ]})
