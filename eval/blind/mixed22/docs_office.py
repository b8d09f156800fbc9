"""Office-software prints: Excel registers, subsidy overview, TOPdesk ticket, SharePoint version history,
Woo inventory, Teams transcript, e-mail thread, chat export."""
DOCS = []

# ------------------------------------------------------------------------------------------ af18
DOCS.append({
    "name": "af18_meldingenregister_zwolle",
    "producer": "xlsx",
    "author": "[[Jelmer Rinsma-Koopal]]",
    "title": "Meldingen openbare ruimte Q1 2025",
    "sheet": "MOR Q1",
    "top": ["Meldingen Openbare Ruimte (MOR) – {{gemeente Zwolle}} – export {{Sigmax Connected}} 1 t/m 31 maart 2025",
            "Alleen voor intern gebruik; kolommen Melder, Adres melder en Telefoon zijn persoonsgegevens"],
    "header": "{{Gemeente Zwolle}} – Stadsbeheer",
    "footer": "Export door [[J. Rinsma-Koopal]], 01-04-2025",
    "widths": [10, 11, 26, 30, 22, 13, 24, 14, 18],
    "rows": [
        ["Nr.", "Datum", "Categorie", "Locatie melding", "Melder", "Telefoon", "Adres melder", "Status",
         "Behandelaar"],
        ["25-0311", "03-03-2025", "Straatverlichting defect", "{{Burgemeester Roelenweg}} t.h.v. lichtmast 14",
         "[[G. Hiddema]]", "[[06 2219 8870]]", "[[Burgemeester Roelenweg 22]]", "afgehandeld", "[[Dam, R.]]"],
        ["25-0312", "03-03-2025", "Zwerfafval", "{{Park de Wezenlanden}}, bij vijver", "[[Thaís da Silva]]",
         "[[06 3041 7725]]", "[[Tesselschadestraat 9]]", "afgehandeld", "[[Koning, M.]]"],
        ["25-0319", "05-03-2025", "Losliggende tegel", "{{Prins Bernhardlaan}} / {{Wilhelminasingel}}",
         "[[Winter, C.]]", "[[038 421 66 05]]", "[[Prins Bernhardlaan 40]]", "in behandeling", "[[Dam, R.]]"],
        ["25-0327", "07-03-2025", "Boom / groen", "{{Anne Frankplantsoen}}", "anoniem", "–", "–", "afgehandeld",
         "[[Kok-Ramdin, W.]]"],
        ["25-0340", "10-03-2025", "Overlast hangjongeren", "{{Thorbeckegracht}} bij speeltuin",
         "[[Abu Ras-Deeb, S.]]", "[[06 1184 3092]]", "[[Thorbeckegracht 61]]", "doorgezet {{politie}}", "[[Visser, A.]]"],
        ["25-0352", "12-03-2025", "Riool verstopt", "{{Burgemeester Van Roijensingel}}", "[[Jurgen Eustatia Statie]]",
         "[[06 4812 0067]]", "[[Van Karnebeekstraat 3]]", "doorgezet {{Waterschap Drents Overijsselse Delta}}",
         "[[Visser, A.]]"],
        ["25-0366", "17-03-2025", "Kapotte bank", "{{Burgemeester Visserpark}}", "[[DE WIT, F.]]", "[[06 1938 4471]]",
         "[[Assendorperstraat 101]]", "afgehandeld", "[[Koning, M.]]"],
        ["25-0371", "18-03-2025", "Fietswrak", "station Zwolle, {{Stationsplein}}", "[[Nguyễn Thị Hoa]]",
         "[[06 5541 2208]]", "[[Dobbestraat 12]]", "afgehandeld", "[[Dam, R.]]"],
        ["25-0388", "24-03-2025", "Gladheid", "{{Koningin Julianalaan}} (fietspad)", "[[Zwolle, Anouk]]",
         "[[06 2376 1149]]", "[[Koningin Julianalaan 7]]", "afgehandeld", "[[Blom, H.]]"],
        ["25-0395", "27-03-2025", "Verkeersbord", "{{Johan de Wittlaan}} / {{Van Heemskerckstraat}}", "[[Op de Weegh, B.]]",
         "[[06 8804 3351]]", "[[Johan de Wittlaan 88]]", "gepland", "[[Koning, M.]]"],
        ["25-0402", "31-03-2025", "Speeltoestel", "{{Speeltuin De Wijde Wereld}}", "{{Speeltuinvereniging De Wijde Wereld}}",
         "{{038 453 20 20}}", "–", "gepland", "[[Blom, H.]]"],
    ],
})

# ------------------------------------------------------------------------------------------ af19
DOCS.append({
    "name": "af19_subsidieoverzicht_wijk",
    "producer": "html",
    "title": "Verleende subsidies 2024 – gemeente Wijk bij Duurstede",
    "css": "@page { size: A4 landscape; margin: 12mm; } table.grid td, table.grid th { font-size: 7.8pt; }",
    "html": """
<h1>Overzicht verleende subsidies 2024 ({{Wijk bij Duurstede}})</h1>
<p>Op grond van de {{Algemene Subsidieverordening Wijk bij Duurstede 2022}} publiceert het college jaarlijks de verleende
subsidies. Bij subsidies aan natuurlijke personen is de naam in deze interne versie opgenomen; portefeuillehouder is
wethouder {{Ewout Roodzand}}. Vragen: team Subsidies, {{subsidies@wijkbijduurstede.nl}}.</p>
<table class='grid' style='width:100%'>
<tr><th>Nr.</th><th>Ontvanger</th><th>Soort</th><th>Regeling / doel</th><th>Bedrag</th><th>Contactpersoon aanvrager</th><th>Behandelaar</th></tr>
<tr><td>1</td><td>{{Stichting Oranjecomité Wijk bij Duurstede}}</td><td>stichting</td><td>Koningsdag 2024</td><td>€ 6.500</td><td>[[P.J. Stroomberg]] (penningmeester)</td><td>[[A. Hiddema-Posthuma]]</td></tr>
<tr><td>2</td><td>{{Historische Vereniging Dorestad}}</td><td>vereniging</td><td>Tentoonstelling {{Museum Dorestad}}</td><td>€ 4.200</td><td>[[mw. G. Wiarda]]</td><td>[[A. Hiddema-Posthuma]]</td></tr>
<tr><td>3</td><td>[[Kofi Oppong-Dankwah]]</td><td>particulier</td><td>Buurtinitiatief {{Noorderwaard}} – zomerfeest</td><td>€ 750</td><td>–</td><td>[[N. Belkacemi]]</td></tr>
<tr><td>4</td><td>{{Muziekvereniging Amicitia}}</td><td>vereniging</td><td>Jaarsubsidie</td><td>€ 11.800</td><td>[[B. Smienk]]</td><td>[[N. Belkacemi]]</td></tr>
<tr><td>5</td><td>[[Teuntje van der Kolk-Ouwerkerk]]</td><td>particulier</td><td>Duurzaamheidslening (isolatie), via {{SVn}}</td><td>€ 15.000</td><td>–</td><td>[[R. van 't Wout]]</td></tr>
<tr><td>6</td><td>{{Voedselbank Wijk bij Duurstede}}</td><td>stichting</td><td>Exploitatie</td><td>€ 9.000</td><td>[[H. Tewolde]]</td><td>[[N. Belkacemi]]</td></tr>
<tr><td>7</td><td>[[Mustafa Yıldırım-Bakker]]</td><td>particulier</td><td>Gevelrestauratie {{Markt}} (beschermd stadsgezicht)</td><td>€ 5.480</td><td>–</td><td>[[R. van 't Wout]]</td></tr>
<tr><td>8</td><td>{{Sportvereniging DOS '37}}</td><td>vereniging</td><td>Sportakkoord – {{Jongeren Op Gezond Gewicht}}</td><td>€ 2.300</td><td>[[Shirley Maduro-Croes]]</td><td>[[A. Hiddema-Posthuma]]</td></tr>
<tr><td>9</td><td>[[Fam. Koopal-Nijenhuis]]</td><td>particulier</td><td>Mantelzorgwaardering (extra)</td><td>€ 250</td><td>–</td><td>[[N. Belkacemi]]</td></tr>
<tr><td>10</td><td>{{Stichting Kasteel Duurstede}}</td><td>stichting</td><td>Onderhoud {{Kasteel Duurstede}} en {{Kasteelpark}}</td><td>€ 38.000</td><td>[[ir. M.A. Lancee]]</td><td>[[R. van 't Wout]]</td></tr>
<tr><td>11</td><td>{{Zonnebloem afdeling Cothen}}</td><td>vereniging</td><td>Uitstapje ouderen</td><td>€ 900</td><td>[[Lies Bloemendaal]]</td><td>[[N. Belkacemi]]</td></tr>
<tr><td>12</td><td>[[Ayaan Warsame]]</td><td>particulier</td><td>Jongerenfonds – muziekproject {{Het Wijkse Poppodium}}</td><td>€ 1.200</td><td>–</td><td>[[A. Hiddema-Posthuma]]</td></tr>
</table>
<p class='small'>Toelichting: de namen van natuurlijke personen (rijen 3, 5, 7, 9 en 12) worden bij openbaarmaking niet gepubliceerd.
Bij vragen over rij 7 kunt u bellen met [[Rutger van 't Wout]] ([[06 2640 8813]]). Opgesteld door [[Nadia Belkacemi]], 6 januari 2025.
Vastgesteld door het college; burgemeester {{Iris Meerts}}.</p>
""",
})

# ------------------------------------------------------------------------------------------ af20
DOCS.append({
    "name": "af20_topdesk_ticket",
    "producer": "fpdf",
    "title": "Melding M2503 1187",
    "author": "[[Wouter Stroomberg]]",
    "size": 8.5,
    "blocks": [
        ("h1", "{{TOPdesk}} – Melding M2503 1187"),
        ("kv", [["Aanmelder", "[[Rinsmastra, Gerlof]] ([[G.Rinsmastra@ede.nl]])", "Vestiging", "{{Gemeentehuis Ede}}, Bergstraat 4"],
                ["Telefoon", "[[0318 68 01 77]]", "Afdeling", "Ruimtelijke Ontwikkeling"],
                ["Soort melding", "Incident", "Categorie", "Applicaties / {{Omgevingsloket}}-koppeling"],
                ["Impact", "Afdeling", "Prioriteit", "P2"],
                ["Operatorgroep", "{{Functioneel Beheer VTH}}", "Operator", "[[Stroomberg, Wouter]]"],
                ["Status", "Afgemeld", "Doorlooptijd", "3 werkdagen"],
                ["Gemeld", "11-03-2025 08:42", "Afgemeld", "14-03-2025 16:10"]],
         {"widths": [30, 65, 25, 60], "size": 8}),
        ("h2", "Korte omschrijving"),
        ("p", "Zienswijzen Veldhuizerweg niet zichtbaar in {{Squit XO}}; {{DSO}} koppeling geeft HTTP 500 {{Internal Server Error}}"),
        ("h2", "Verzoek"),
        ("p", "11-03-2025 08:42 [[Rinsmastra, Gerlof]]:\nGoedemorgen, de zienswijzen die via het {{Omgevingsloket}} zijn "
              "binnengekomen voor OLO 9123456 staan niet in {{Squit XO}}. Ik zie alleen de zienswijze van [[C.J. Winter]], "
              "niet die van [[de familie Boakye]] en [[T. de Groot]]. Graag snel, de termijn loopt. Mijn collega "
              "[[Marloes]] ([[m.hoogenraad@ede.nl]]) heeft hetzelfde probleem."),
        ("h2", "Actie"),
        ("mono", "11-03-2025 09:15  [[Stroomberg, Wouter]]\n  Opgepakt. Logging {{STAM}}-berichten gecontroleerd: "
                 "{{SOAP Fault}} 'AUTHENTICATION_FAILED' bij {{PKIoverheid}}-certificaat.\n"
                 "11-03-2025 11:02  [[Stroomberg, Wouter]]\n  Certificaat verlopen 10-03. Ticket aangemaakt bij leverancier "
                 "{{Roxit}} (case RX-44812), contact [[Bas Kleinjan]] ([[b.kleinjan@roxit.nl]]).\n"
                 "12-03-2025 14:30  [[Ferreira Lopes, Sofia]]\n  Nieuw certificaat via {{Logius}} aangevraagd; CSR in "
                 "{{KeePass}} (map VTH\\\\DSO). {{ACCEPTATIE}} eerst getest.\n"
                 "14-03-2025 16:05  [[Stroomberg, Wouter]]\n  {{PRODUCTIE}} OK. Drie zienswijzen alsnog ingelezen. "
                 "Aanmelder telefonisch geïnformeerd ([[0318 68 01 77]])."),
        ("h2", "Afmelding"),
        ("p", "Opgelost – certificaatvernieuwing. Kennisitem KI 0412 bijgewerkt. Tevredenheid aanmelder: 4/5. "
              "Servicedesk ICT {{0318 68 00 00}} · {{servicedesk@ede.nl}}."),
    ],
    "hidden": {"links": [(0, [40, 760, 250, 772], "mailto:[[G.Rinsmastra@ede.nl]]")]},
})

# ------------------------------------------------------------------------------------------ af21
DOCS.append({
    "name": "af21_sharepoint_versiegeschiedenis",
    "producer": "html",
    "gs": True,
    "title": "Versiegeschiedenis – Raadsvoorstel Dorpsvisie Lunteren.docx",
    "css": "table.grid td, table.grid th { font-size: 7.8pt; } .ms { color:#036; font-size:12pt; font-weight:bold; }",
    "html": """
<div class='ms'>{{SharePoint}} · {{Gemeente Ede}} – Teamsite Ruimtelijke Ontwikkeling</div>
<p class='small'>Documenten › Raad › 2025 › Q2 › Raadsvoorstel Dorpsvisie Lunteren.docx</p>
<h1>Versiegeschiedenis</h1>
<p>Bewaarbeleid: {{Archiefwet 1995}}, {{Selectielijst gemeenten en intergemeentelijke organen 2020}}. Geprint op 15-04-2025 door
[[Gerlof Rinsmastra]].</p>
<table class='grid' style='width:100%'>
<tr><th>Nr.</th><th>Gewijzigd</th><th>Gewijzigd door</th><th>Grootte</th><th>Opmerkingen</th></tr>
<tr><td>4.0</td><td>18-3-2025 16:41</td><td>[[Rinsmastra, Gerlof]]</td><td>88,4 kB</td><td>Definitief na collegebesluit; portefeuillehouder {{Leon Meijer}} akkoord</td></tr>
<tr><td>3.3</td><td>14-3-2025 10:02</td><td>[[Tjoe-Awie, Anand]]</td><td>87,9 kB</td><td>Secretaris: besluitpunt 2 aangescherpt</td></tr>
<tr><td>3.2</td><td>13-3-2025 22:17</td><td>[[Rinsmastra, Gerlof]]</td><td>87,1 kB</td><td>Inspraak commissie {{Ruimte}} verwerkt ([[Berendsen-Kolkman]], [[Op de Weegh]], [[Warsame Cabdille]])</td></tr>
<tr><td>3.1</td><td>10-3-2025 09:30</td><td>[[van 't Hoogerhuis, Pieter]] (gast, {{Waterschap Vallei en Veluwe}})</td><td>85,6 kB</td><td>Wijzigingen waterberging {{Wilhelminalaan}}</td></tr>
<tr><td>3.0</td><td>7-3-2025 15:55</td><td>[[Brânzei, Zoë]]</td><td>84,0 kB</td><td>Juridische toets</td></tr>
<tr><td>2.0</td><td>28-2-2025 11:12</td><td>[[Rinsmastra, Gerlof]]</td><td>80,3 kB</td><td>Versie voor {{ambtelijk opdrachtgever}}</td></tr>
<tr><td>1.1</td><td>20-2-2025 08:47</td><td>[[De Groot-Meijerink, Petra]]</td><td>62,7 kB</td><td>Financiële paragraaf</td></tr>
<tr><td>1.0</td><td>17-2-2025 13:20</td><td>[[Rinsmastra, Gerlof]]</td><td>58,1 kB</td><td>Eerste opzet op basis van sjabloon {{iBabs}}</td></tr>
</table>
<h2>Machtigingen</h2>
<table class='grid'>
<tr><th>Naam</th><th>Rol</th></tr>
<tr><td>{{Eigenaren van Teamsite RO}}</td><td>Volledig beheer</td></tr>
<tr><td>[[Gerlof Rinsmastra]] ([[gerlof.rinsmastra@ede.nl]])</td><td>Bewerken</td></tr>
<tr><td>[[Zoë Brânzei]] ([[z.branzei@ede.nl]])</td><td>Bewerken</td></tr>
<tr><td>[[p.vanthoogerhuis@vallei-veluwe.nl]] (extern)</td><td>Lezen (verloopt 30-4-2025)</td></tr>
<tr><td>{{Griffie Ede}} ({{griffie@ede.nl}})</td><td>Lezen</td></tr>
</table>
<p class='small'>Laatste wijziging door [[Gerlof Rinsmastra]] · {{Microsoft 365}} · {{Purview}} retentielabel 'Raadsstukken 10 jaar'</p>
""",
})

# ------------------------------------------------------------------------------------------ af22
DOCS.append({
    "name": "af22_inventarislijst_woo_bergen",
    "producer": "xlsx",
    "author": "[[Ioana Drăgulescu]]",
    "title": "Inventarislijst Woo-besluit 2025-07",
    "sheet": "Inventaris",
    "top": ["Inventarislijst bij Woo-besluit 2025-07 – {{gemeente Bergen}} – verzoek over {{Parkeerbeleid Bergen Centrum}}",
            "Gronden: {{5.1.2e}} persoonlijke levenssfeer; {{5.1.1e}} identificatienummers; {{5.2.1}} persoonlijke beleidsopvattingen"],
    "footer": "{{Gemeente Bergen}} – Woo-coördinator {{woo@bergen-nh.nl}}",
    "widths": [6, 11, 44, 28, 30, 14, 12, 30],
    "rows": [
        ["ID", "Datum", "Document", "Afzender", "Ontvanger", "Beoordeling", "Grond", "Opmerking"],
        ["1", "04-06-2024", "Collegeadvies parkeerzone {{Bergen Centrum}}", "[[I. Drăgulescu]]", "college B&W",
         "deels openbaar", "5.1.2e", "paraafroute gelakt"],
        ["2", "11-06-2024", "E-mail: reactie {{Ondernemersvereniging Bergen}}", "[[Ruud ter Velthuys]]",
         "[[Shurendy Croes-Maduro]]", "deels openbaar", "5.1.2e", ""],
        ["3", "12-06-2024", "E-mail: RE: reactie {{Ondernemersvereniging Bergen}}", "[[Shurendy Croes-Maduro]]",
         "[[Ruud ter Velthuys]]; cc wethouder {{Erik Stoop}}", "deels openbaar", "5.1.2e", ""],
        ["4", "20-06-2024", "Memo juridische houdbaarheid", "[[mr. Bram Kloosterhuis]]", "[[Croes-Maduro, S.]]",
         "deels openbaar", "5.1.2e, 5.2.1", ""],
        ["5", "02-07-2024", "Presentatie bewonersavond {{Dorpshuis Het Oude Raadhuis}}", "{{Team Mobiliteit}}", "–",
         "openbaar", "", ""],
        ["6", "03-07-2024", "Lijst aanwezigen bewonersavond", "[[Croes-Maduro, S.]]", "–", "niet openbaar",
         "5.1.2e", "alleen namen en adressen"],
        ["7", "15-08-2024", "Bezwaarschrift [[Al-Shammout]]", "[[Y. Al-Shammout]]", "college B&W", "deels openbaar",
         "5.1.2e, 5.1.1e", "BSN en kenteken gelakt"],
        ["8", "03-10-2024", "Besluit parkeervergunning", "[[Kloosterhuis, B.]]", "[[Y. Al-Shammout]]",
         "deels openbaar", "5.1.2e", ""],
        ["9", "07-03-2025", "Beslissing op bezwaar", "[[I. Drăgulescu]]", "[[Y. Al-Shammout]]", "deels openbaar",
         "5.1.2e, 5.1.1e", "zie ook ID 7"],
        ["10", "10-03-2025", "Teams-chat [[Drăgulescu]] / [[Kloosterhuis]]", "[[Kloosterhuis, B.]]", "[[I. Drăgulescu]]",
         "deels openbaar", "5.1.2e, 5.2.1", ""],
        ["11", "12-03-2025", "Raadsinformatiebrief parkeren", "burgemeester {{Marjolein Stalpers}}", "gemeenteraad",
         "openbaar", "", "reeds openbaar"],
    ],
})

# ------------------------------------------------------------------------------------------ af23
DOCS.append({
    "name": "af23_teams_transcript_droogte",
    "producer": "rl",
    "font": "DV",
    "size": 10.5,
    "title": "Transcript – Droogteoverleg Vallei en Veluwe",
    "blocks": [
        ("h1", "Transcript"),
        ("p", "<b>Droogteoverleg {{Waterschap Vallei en Veluwe}} / {{Vitens}} / {{Provincie Gelderland}}</b><br/>"
              "2 juli 2025, 09:30 · 41 min 12 s<br/>[[Hetty Soedarmo]] heeft de transcriptie gestart"),
        ("p", "<b>[[Hetty Soedarmo]]</b>  0:04<br/>Goedemorgen allemaal. Ik neem even de notulen via de transcriptie, "
              "is iedereen daarmee akkoord? Dijkgraaf {{Schuttevaer}} sluit om tien uur aan."),
        ("p", "<b>[[Pieter van 't Hoogerhuis]]</b>  0:19<br/>Prima. Ik heb de cijfers van het {{Droogtemonitor}}-dashboard "
              "gedeeld in de chat. De {{Barneveldse Beek}} staat op 40 procent van het normale debiet."),
        ("p", "<b>[[Kovács Eszter]] ({{Vitens}})</b>  1:02<br/>Vanuit {{Vitens}}: de winning bij {{Putten}} en {{Ede}} "
              "zit aan de vergunde grens. We vragen de gedeputeerde om een extra beregeningsverbod."),
        ("p", "<b>[[Hetty Soedarmo]]</b>  1:40<br/>Dat loopt via gedeputeerde {{Helga Witjes}}. [[Willemijn]], weet jij "
              "of zij vandaag beschikbaar is?"),
        ("p", "<b>[[Willemijn Tuinstra-Dijkman]] (Provincie)</b>  1:52<br/>Ze zit bij het {{IPO}}-overleg in Den Haag, "
              "maar ik kan haar om twaalf uur bellen. Ik heb haar mobiel."),
        ("p", "<b>[[Pieter van 't Hoogerhuis]]</b>  2:30<br/>Er is ook een melding van een boer in Garderen, [[de heer "
              "Hardeman]], die zegt dat zijn buurman illegaal beregent uit de {{Hierdense Beek}}. Handhaver [[Dirk Bouwhuis]] "
              "gaat vanmiddag kijken."),
        ("p", "<b>[[Kovács Eszter]] ({{Vitens}})</b>  3:11<br/>Kunnen we de {{KNMI}}-verwachting en het {{LCW}}-advies "
              "erbij pakken? Minister {{Madlener}} heeft gisteren de {{Landelijke Coördinatiecommissie Waterverdeling}} "
              "opgeschaald."),
        ("p", "<b>{{Dijkgraaf Schuttevaer}}</b>  10:02<br/>Goedemorgen. Ik heb net met de burgemeester van {{Barneveld}}, "
              "{{Jan Luteijn}}, gesproken. We gaan naar een onttrekkingsverbod per 4 juli."),
        ("p", "<b>[[Hetty Soedarmo]]</b>  10:40<br/>Ik zet dat in het besluitenlijstje. Actie [[Pieter]]: "
              "persbericht met de woordvoerder. Actie [[Willemijn]]: afstemming gedeputeerde. Actie [[Eszter]]: "
              "cijfers {{Vitens}} voor vrijdag."),
        ("p", "<b>[[Dirk Bouwhuis]]</b>  12:05<br/>Nog even over [[Hardeman]]: ik bel hem eerst op [[06 4423 1876]], dan ga ik langs."),
        ("p", "<b>[[Kovács Eszter]] ({{Vitens}})</b>  13:20<br/>Nog een punt: de industriële klanten in "
              "{{Ede}} vragen of ze ook onder het verbod vallen. Ik heb [[Tuinstra-Dijkman]] gevraagd om dat "
              "met het {{Gelders Programma Landelijk Gebied}} af te stemmen."),
        ("p", "<b>[[Willemijn Tuinstra-Dijkman]] (Provincie)</b>  14:02<br/>Klopt. Ik heb ook de vraag van "
              "Statenlid {{Van der Veen}} ({{PvdD}}) over de {{Hierdense Beek}} liggen. Die beantwoorden we "
              "schriftelijk; [[Pieter]] levert de cijfers."),
        ("p", "<b>{{Dijkgraaf Schuttevaer}}</b>  15:40<br/>Goed. En laten we de {{LTO Noord}}-afdeling "
              "{{Noord-Veluwe}} vandaag nog bellen, voordat ze het uit de krant horen."),
        ("p", "<b>[[Dirk Bouwhuis]]</b>  16:12<br/>Dat kan ik doen, ik ken de voorzitter, [[Evert Hardeman]] is "
              "trouwens zijn neef. Dan moet een collega de controle bij Garderen doen."),
        ("p", "<b>[[Hetty Soedarmo]]</b>  16:40<br/>Dan gaat [[Lieke Veneboer]] mee met [[Sanne Blom]] van "
              "team Handhaving. [[Sanne]], kun jij om 14.00 uur?"),
        ("p", "<b>[[Sanne Blom]]</b>  16:55<br/>Ja, ik neem de {{BOA}}-kaart en de {{Keur}} mee."),
        ("p", "<b>[[Pieter van 't Hoogerhuis]]</b>  22:31<br/>Voor het persbericht: mag ik de dijkgraaf citeren? "
              "En noemen we {{Vitens}}?"),
        ("p", "<b>{{Dijkgraaf Schuttevaer}}</b>  22:50<br/>Ja, beide. Stem de tekst af met de woordvoerder van "
              "{{Vitens}} en met het {{Waterschapshuis}}."),
        ("p", "<b>[[Hetty Soedarmo]]</b>  41:02<br/>Dank allemaal. Ik stuur het verslag naar "
              "{{droogte@vallei-veluwe.nl}}.<br/>[[Hetty Soedarmo]] heeft de transcriptie gestopt"),
    ],
    "hidden": {"meta": {"Author": "[[Hetty Soedarmo]]"}},
})

# ------------------------------------------------------------------------------------------ af24
DOCS.append({
    "name": "af24_emailthread_gemeente_provincie",
    "producer": "fpdf",
    "title": "RE: Regeling Verkeersveiligheid – aanvraag Deventer",
    "size": 9,
    "blocks": [
        ("kv", [["Van:", "[[Hylkema-Tjalsma, Sjoerdtje]] <[[s.hylkema@deventer.nl]]>"],
                ["Verzonden:", "dinsdag 8 april 2025 16:22"],
                ["Aan:", "[[Oosterkamp, Pieter]] <[[p.oosterkamp@overijssel.nl]]>"],
                ["CC:", "[[Koning, Marco]] <[[m.koning@deventer.nl]]>; {{subsidies@overijssel.nl}}"],
                ["Onderwerp:", "RE: Regeling {{Verkeersveiligheid Overijssel 2025}} – aanvraag Deventer"]],
         {"widths": [25, 150]}),
        ("p", "Hoi [[Pieter]],\n\nDank voor je snelle reactie. De aanvullende stukken (tekeningen {{Prins Bernhardlaan}}, "
              "raming {{Arcadis}}) zitten in de bijlage. Wethouder {{Oldenzeel}} wil graag voor de zomer een toezegging, omdat hij "
              "dit in de raad van 14 mei heeft beloofd aan raadslid {{Heutink}} ({{Gemeentebelangen}}).\n\n"
              "Kun jij navragen of gedeputeerde {{Oldengarm}} de aanvraag in GS van 20 mei wil agenderen?\n\n"
              "Groet,\n[[Sjoerdtje]]\n\n[[Sjoerdtje Hylkema-Tjalsma]] | adviseur verkeer | {{Gemeente Deventer}}\n"
              "T {{14 0570}} | M [[06 4187 2290]] | werkdagen ma, wo, do"),
        ("hr",),
        ("kv", [["Van:", "[[Oosterkamp, Pieter]] <[[p.oosterkamp@overijssel.nl]]>"],
                ["Verzonden:", "dinsdag 8 april 2025 11:05"],
                ["Aan:", "[[Hylkema-Tjalsma, Sjoerdtje]] <[[s.hylkema@deventer.nl]]>"],
                ["Onderwerp:", "RE: Regeling {{Verkeersveiligheid Overijssel 2025}} – aanvraag Deventer"]],
         {"widths": [25, 150]}),
        ("p", "Beste [[Sjoerdtje]],\n\nDe aanvraag is compleet op twee punten na: de kostenraming per onderdeel en de "
              "zienswijze van de {{Fietsersbond Deventer}}. Mijn collega [[Aukje Tjallingwier]] neemt de beoordeling over "
              "tijdens mijn verlof (22 april t/m 9 mei); haar nummer is [[038 499 78 64]].\n\n"
              "Met vriendelijke groet,\n[[Pieter Oosterkamp]]\nSenior adviseur subsidies\n{{Provincie Overijssel}} | Luttenbergstraat 2 | Zwolle\n"
              "{{038 499 88 99}} | [[06 1290 4437]]"),
        ("hr",),
        ("kv", [["Van:", "[[Hylkema-Tjalsma, Sjoerdtje]]"],
                ["Verzonden:", "maandag 7 april 2025 09:14"],
                ["Aan:", "{{subsidies@overijssel.nl}}"],
                ["Onderwerp:", "Regeling {{Verkeersveiligheid Overijssel 2025}} – aanvraag Deventer"]],
         {"widths": [25, 150]}),
        ("p", "Geachte heer, mevrouw,\n\nHierbij dient de {{gemeente Deventer}} een aanvraag in voor de herinrichting van de "
              "{{Prins Bernhardlaan}} en de {{Burgemeester Knappertlaan}} (schoolzone {{Thorbecke-school}}). Het collegebesluit "
              "van 11 maart 2025 is bijgevoegd.\n\nMet vriendelijke groet,\n[[S. Hylkema-Tjalsma]]\nnamens burgemeester en "
              "wethouders van Deventer"),
        ("small", "Dit bericht kan informatie bevatten die niet voor u is bestemd. Bent u niet de geadresseerde, meld dit "
                  "dan aan de afzender en verwijder het bericht. {{Gemeente Deventer}}, Grote Kerkhof 4, Deventer."),
    ],
    "hidden": {"links": [(0, [100, 780, 300, 792], "mailto:[[s.hylkema@deventer.nl]]"),
                         (0, [100, 740, 300, 752], "mailto:[[m.koning@deventer.nl]]")]},
})

# ------------------------------------------------------------------------------------------ af25
DOCS.append({
    "name": "af25_whatsapp_wijkteam",
    "producer": "rl",
    "font": "DVC",
    "size": 8.8,
    "title": "WhatsApp-chat Wijkteam Almelo-Noord",
    "blocks": [
        ("h1", "Export WhatsApp-groep 'Wijkteam Noord'"),
        ("small", "Geëxporteerd op 31-03-2025 door [[Hendro Soemowidjojo]] in het kader van Woo-verzoek 2025-019 "
                  "({{gemeente Almelo}}). Deelnemers: 7."),
        ("mono", "[10-03-25 08:12] [[Hendro Soemowidjojo]]: Morgen!! Wie kan vandaag bij [[mw. Asante-Owusu]] langs? "
                 "Haar huishoudelijke hulp van {{Zorgaccent}} is ziek\n"
                 "[10-03-25 08:15] [[Nienke Brouwer-Zwolle]]: Ik kan om 11u, zit toch in de {{Ootmarsumsestraat}}\n"
                 "[10-03-25 08:15] [[Nienke Brouwer-Zwolle]]: Is dat nr [[214]]?\n"
                 "[10-03-25 08:16] [[Hendro Soemowidjojo]]: Ja. Buurvrouw [[Abena]] heeft sleutel, tel [[06 8127 3345]]\n"
                 "[10-03-25 08:31] [[Mariska Dam-Oldenhof]]: Ik heb om 10u [[familie Çetinkaya]] in "
                 "{{De Riet}}, daarna overleg met {{Kwartier Jeugd}}\n"
                 "[10-03-25 09:02] [[Sjaak Winter]]: FYI wethouder {{Stegeman-Wolters}} komt donderdag langs bij het "
                 "{{Wijkcentrum Het Ravijn}} met burgemeester {{Gerritsen}}\n"
                 "[10-03-25 09:03] [[Mariska Dam-Oldenhof]]: ok\n"
                 "[10-03-25 09:40] [[Sjaak Winter]]: [[Dam]] kun jij dan de cijfers {{Kansrijke Start}} meenemen?\n"
                 "[10-03-25 09:41] [[Mariska Dam-Oldenhof]]: Yes\n"
                 "[10-03-25 11:48] [[Nienke Brouwer-Zwolle]]: Geweest bij [[mw A-O]]. Gaat redelijk, wel gevallen vorige "
                 "week. Ik zet het in {{Suite}}.\n"
                 "[10-03-25 11:49] [[Nienke Brouwer-Zwolle]]: &lt;Media weggelaten&gt;\n"
                 "[10-03-25 12:20] [[Yusuf Çetinkaya-Blom]]: Sorry verkeerde groep dit was voor mijn broer\n"
                 "[10-03-25 12:21] [[Hendro Soemowidjojo]]: Haha geen probleem [[Yusuf]]. Wel even opletten i.v.m. AVG\n"
                 "[10-03-25 14:05] [[+31 6 2208 9174]]: Hoi, dit is [[Ilse]] van {{MEE Twente}}, nieuw nummer\n"
                 "[10-03-25 14:06] [[Sjaak Winter]]: Welkom [[Ilse]]! Ik voeg je toe aan de lijst\n"
                 "[11-03-25 08:02] [[Hendro Soemowidjojo]]: Vandaag {{Teams}}-overleg om 13u met {{Veilig Thuis Twente}}, "
                 "link volgt"),
        ("small", "Einde export. Telefoonnummers van deelnemers zijn bekend bij de Woo-coördinator."),
    ],
})
