"""Documents ha23-ha33 of set HA."""
from numbers_ha import BSN, IBAN
from docs_a import FOOT, HDR

DOCS = []

# ------------------------------------------------------------------ ha23 overzicht schadevergoedingen
DOCS.append({
    "id": "ha23", "title": "Overzicht uitbetalingen na klachten 2025", "font": "DejaVuCond", "size": 9,
    "landscape": True, "header": "Schadebureau Oost-Nederland - uitbetalingen na klachten 2025",
    "footer": "{{Schadebureau}} {{eenheid Oost-Nederland}} | aangemaakt voor {{C:WOO-ON-2026-0117}} | vertrouwelijk",
    "blocks": [
        ("p", "Overzicht van betalingen die in 2025 zijn gedaan naar aanleiding van (deels) gegronde klachten. Bedragen "
              "in euro. Betalingen lopen via {{M:SAP}} crediteurenadministratie van {{Politiedienstencentrum}} ({{PDC}})."),
        ("table", [
            ["Klacht", "Begunstigde", "BSN", "IBAN", "Bedrag", "Datum betaling", "Akkoord"],
            ["{{C:ON-K-2025-0102}}", "[[R. van 't Veer]]", "[[B:" + BSN["veer"] + "]]", "[[I:" + IBAN["veer"] + "]]",
             "350,00", "14-04-2025", "[[H:PHu]]"],
            ["{{C:ON-K-2025-0142}}", "[[M. Yilmaz]]", "[[B:" + BSN["yilmaz"] + "]]", "[[I:" + IBAN["yilmaz"] + "]]",
             "189,95", "05-08-2025", "[[H:PHu]]"],
            ["{{C:ON-K-2025-0161}}", "[[F. el Idrissi]]", "[[B:" + BSN["elidrissi"] + "]]",
             "[[I:" + IBAN["elidrissi"] + "]]", "279,00", "30-05-2025", "[[H:WvR]]"],
            ["{{C:ON-K-2025-0214}}", "[[G. 't Hart]]", "[[B:" + BSN["hart"] + "]]", "[[I:" + IBAN["hart"] + "]]",
             "75,00", "12-06-2025", "[[H:WvR]]"],
            ["{{C:ON-K-2025-0087}}", "[[T. Gebremedhin]]", "[[B:" + BSN["gebremedhin"] + "]]",
             "[[I:" + IBAN["gebremedhin"] + "]]", "500,00", "04-06-2025", "[[H:PHu]]"],
        ], [30, 38, 24, 50, 18, 28, 18], 8.5),
        ("p", "Akkoord: [[H:PHu]] = [[Petra Hulshof]], {{J:medewerker schadeafhandeling}}; [[H:WvR]] = "
              "[[Willem van Rossum]], {{J:teamleider}} {{Schadebureau}}. Betalingen boven € 1.000 vereisen akkoord van het "
              "hoofd {{Bedrijfsvoering}}; in 2025 kwam dat niet voor."),
        ("p", "Toelichting {{C:ON-K-2025-0087}}: tegemoetkoming in immateriële schade (onnodig gebruik handboeien), "
              "toegekend na advies van de {{klachtadviescommissie}} en overgemaakt naar de rekening van de klager bij "
              "{{Triodos Bank}}. De betaling aan de heer [[Gebremedhin]] is met instemming van zijn gemachtigde mr. "
              "[[Tewolde]] gedaan."),
    ]})

# ------------------------------------------------------------------ ha24 Teams chat Woo-team
DOCS.append({
    "id": "ha24", "title": "Teams-chat Woo-verzoek klachten", "font": "LibSans", "size": 9.5,
    "footer": "Microsoft Teams - groepschat 'WOO-ON-2026-0117 klachten' - export {{D:9 maart 2026}}",
    "blocks": [
        ("h2", "Groepschat: {{C:WOO-ON-2026-0117}} klachten"),
        ("lines", """Deelnemers: [[Baartmans, Hanneke]]; [[Bouwmeester, Lotte]]; [[Kroeze, Tim]]; [[Hulshof, Petra]]""", "small"),
        ("sp", 6),
        ("lines", """[[Hanneke]] 09:12
Goedemorgen! Ik heb alle stukken binnen behalve het register van {{L:Apeldoorn}}. Wie heeft dat?

[[Petra]] 09:20
Niet ik, ik heb alleen het overzicht betalingen. Met IBAN's en BSN's, dus flink lakken 😅

[[Lotte]] 09:24
Register {{L:Apeldoorn}} zit bij [[Özlem]]. Ik vraag het haar. Hanneke, zienswijzen: moeten we de agenten ook vragen?

[[Hanneke]] 09:31
Ja, alle betrokken medewerkers wier naam erin staat krijgen een brief (art. 4.4 {{W:Woo}}). Maar hun namen lakken we sowieso.
Ook die van [[Brinkman]], ook al stond hij al in de krant.

[[Tim]] 09:40
Let op: in de Teams-chat van het klachtenbureau staat een 06 van een vader van een minderjarige klager. Die moet eruit

[[Hanneke]] 09:41
👍 gezien. En de burgemeesters en korpschef {{R:Knol}} laten we staan, die staan er als gezagsdrager/korpschef in.

[[Lotte]] 09:45
Eens. En {{Nationale ombudsman}} en dossiernummers ook laten staan. Het nummer van mevrouw [[Terpstra]] (de onderzoeker) wel lakken.

[[Petra]] 10:02
Ik heb [[Willem]] gevraagd of het crediteurnummer ook persoonsgegeven is. Hij denkt van wel.

[[Hanneke]] 10:05
Klopt, lakken. Deadline concept besluit: {{D:20 maart 2026}}. Ik zet het in de agenda."""),
    ]})

# ------------------------------------------------------------------ ha25 jaarverslag-uittreksel (2 pages)
DOCS.append({
    "id": "ha25", "title": "Jaarverslag klachtbehandeling 2025 (uittreksel)", "font": "Carlito", "size": 10.5,
    "header": "Jaarverslag klachtbehandeling 2025 - Politie eenheid Oost-Nederland",
    "footer": "Jaarverslag klachtbehandeling 2025 | {{Politie}} {{eenheid Oost-Nederland}}",
    "blocks": [
        ("h", "Klachtbehandeling in de eenheid Oost-Nederland in 2025"),
        ("p", "De {{eenheid Oost-Nederland}} omvat de regio's {{L:Twente}}, {{L:IJsselland}}, {{L:Noord- en Oost-Gelderland}} "
              "en {{L:Gelderland-Midden}} en {{L:Gelderland-Zuid}}. In 2025 ontving de eenheid 1.412 klachten, 6 procent "
              "meer dan in 2024. Ruim de helft (766) is informeel afgehandeld, meestal binnen twee weken."),
        ("h2", "Procedure"),
        ("p", "Klachten worden behandeld volgens hoofdstuk 9 van de {{W:Algemene wet bestuursrecht}}, artikel 67 van de "
              "{{W:Politiewet 2012}} en de {{W:Regeling klachtbehandeling politie}}. De korpschef beslist op klachten; in "
              "de eenheid is die bevoegdheid gemandateerd aan de politiechef en het hoofd van de "
              "{{Dienst Regionale Operationele Samenwerking}}. Bij een klacht over het optreden in het kader van de "
              "handhaving van de openbare orde wordt de burgemeester als gezagsdrager geïnformeerd."),
        ("h2", "Klachtadviescommissie"),
        ("p", "De onafhankelijke {{klachtadviescommissie}} adviseerde in 2025 over 64 klachten. Zij bestond uit een "
              "voorzitter, vier leden en een ambtelijk secretaris. Voorzitter was mr. [[A.J. Dijkhuizen]]; per 1 oktober "
              "2025 is drs. [[E.M. Veldkamp]] plaatsvervangend voorzitter. De commissie adviseerde in 19 zaken gegrond, "
              "in 21 zaken deels gegrond en in 24 zaken ongegrond. De korpschef week in twee zaken van het advies af."),
        ("table", [["Categorie", "2024", "2025"], ["Bejegening", "512", "548"], ["Optreden", "377", "401"],
                   ["Niet optreden", "219", "236"], ["Geweldsaanwending", "91", "103"],
                   ["Discriminatie", "58", "71"], ["Overig", "75", "53"], ["Totaal", "1.332", "1.412"]],
         [60, 30, 30]),
        ("pb",),
        ("h2", "Nationale ombudsman"),
        ("p", "In 2025 hebben 37 klagers zich na afronding van de interne procedure tot de {{Nationale ombudsman}} "
              "gewend. In drie zaken stelde de ombudsman een onderzoek in; in één zaak ({{C:2025.08114}}) oordeelde de "
              "ombudsman dat de termijn van artikel 9:11 {{W:Awb}} ruim was overschreden. De korpschef heeft de "
              "aanbevelingen overgenomen."),
        ("h2", "Bestuurlijke verantwoording"),
        ("p", "De resultaten zijn besproken in het {{regionaal beleidsoverleg}} van {{D:12 februari 2026}} onder "
              "voorzitterschap van regioburgemeester {{R:Marcouch}}. Burgemeester {{R:Bruls}} van {{L:Nijmegen}} vroeg "
              "aandacht voor de stijging van het aantal klachten over discriminatie; de politiechef zegde toe dit mee te "
              "nemen in het programma {{M:Politie voor Iedereen}}. Minister {{R:Van Weel}} van {{Justitie en Veiligheid}} "
              "ontvangt het landelijke overzicht via korpschef {{R:Knol}}."),
        ("h2", "Contact"),
        ("p", "Vragen over dit jaarverslag: {{F:klachtenbureau.oost-nederland@politie.nl}} of {{U:0900-8844}}. Het "
              "klachtenbureau werd in 2025 geleid door [[Marieke de Groot-Hendriks]]."),
    ]})

# ------------------------------------------------------------------ ha26 Woo-besluit (2 pages)
DOCS.append({
    "id": "ha26", "title": "Besluit op Woo-verzoek WOO-ON-2026-0117", "font": "LibSerif", "size": 10.5,
    "header": HDR, "footer": FOOT,
    "blocks": [
        ("lines", """Mevrouw F. [[Oosterhuis-van Dijk]]
[[A:Kloosterstraat 14]]
[[A:7411 JC]] {{L:Deventer}}"""),
        ("kv", [["Datum", "{{D:30 maart 2026}}"], ["Ons kenmerk", "{{C:WOO-ON-2026-0117}}"],
                ["Behandeld door", "[[H. Baartmans]]"], ["E-mail", "{{F:woo@politie.nl}}"]], [35, 110]),
        ("p", "Onderwerp: besluit op uw Woo-verzoek"),
        ("p", "Geachte mevrouw [[Oosterhuis-van Dijk]],"),
        ("p", "U heeft op {{D:3 februari 2026}} gevraagd om documenten over de behandeling van klachten in de "
              "{{eenheid Oost-Nederland}} in 2025. Bij brief van {{D:10 februari 2026}} is de ontvangst bevestigd; op "
              "{{D:2 maart 2026}} is de beslistermijn met twee weken verdaagd. Daarna is de termijn met uw instemming "
              "verlengd."),
        ("h2", "Besluit"),
        ("p", "Ik maak de documenten die op de inventarislijst staan deels openbaar. Een aantal gegevens maak ik niet "
              "openbaar omdat een uitzonderingsgrond van de {{W:Wet open overheid}} van toepassing is."),
        ("h2", "Zienswijzen"),
        ("p", "Aan negentien belanghebbenden is gevraagd hun zienswijze te geven. Mevrouw [[Demirtaş]], een getuige, "
              "heeft bezwaar gemaakt tegen openbaarmaking van haar verklaring. Haar naam en verklaring worden niet "
              "openbaar gemaakt. De klager in zaak {{C:ON-K-2025-0142}} heeft laten weten geen bezwaar te hebben tegen "
              "openbaarmaking van het hoorverslag, mits zijn naam is gelakt."),
        ("pb",),
        ("h2", "Informatie die niet openbaar gemaakt kan worden"),
        ("p", "Ik maak geen persoonsgegevens openbaar van klagers, getuigen, tolken, advocaten en medewerkers van de "
              "{{Politie}} (artikel 5.1, tweede lid, onder e, {{W:Woo}}; 5.1.2e). Het burgerservicenummer maak ik niet "
              "openbaar (artikel 5.1, eerste lid, onder e; 5.1.1e), evenmin gegevens over gezondheid en strafrechtelijke "
              "gegevens (artikel 5.1, eerste lid, onder d; 5.1.1d)."),
        ("h2", "Motivering"),
        ("p", "In de openbaar gemaakte versie van de documenten zijn alle persoonsgegevens van ambtenaren en burgers "
              "geanonimiseerd. De namen van burgemeesters in hun rol als gezagsdrager, van de korpschef en van "
              "bewindspersonen zijn niet gelakt, omdat zij in hun publieke functie optreden. Namen van medewerkers "
              "van de {{Nationale ombudsman}} zijn gelakt."),
        ("h2", "Publicatie"),
        ("p", "De documenten worden gepubliceerd op {{M:open.overheid.nl}}. U kunt binnen zes weken bezwaar maken "
              "(artikel 7:1 {{W:Awb}}) bij de korpschef van {{Politie}}, Postbus 17107, 2502 CC {{L:Den Haag}}."),
        ("p", "Hoogachtend,"),
        ("p", "de korpschef van {{Politie}}, namens deze,"),
        ("sig", "[[G:H.P. van Lochem]]"),
        ("lines", """drs. [[H.P. van Lochem-Smits]]
{{J:hoofd Dienst Regionale Operationele Samenwerking}}"""),
    ]})

# ------------------------------------------------------------------ ha27 inventarislijst
_INV = [["Nr.", "Document", "Datum", "Beoordeling", "Grond", "Opmerking"]]
for n, doc, dt, b, g, o in [
    ("1", "Klachtformulier {{C:ON-K-2025-0142}}", "14-03-2025", "deels openbaar", "5.1.2e, 5.1.1d", "gezondheid klager"),
    ("2", "Klachtformulier {{C:ON-K-2025-0161}} (scan)", "02-04-2025", "deels openbaar", "5.1.2e", ""),
    ("3", "Brief klachtbehandelaar", "24-03-2025", "deels openbaar", "5.1.2e", ""),
    ("4", "Hoorverslag {{C:ON-K-2025-0142}}", "03-04-2025", "deels openbaar", "5.1.2e, 5.1.1d", ""),
    ("5", "E-mailwisseling teamchef / klachtbehandelaar", "13-05-2025", "deels openbaar", "5.1.2e", ""),
    ("6", "Teams-chat klachtenbureau", "14-05-2025", "deels openbaar", "5.1.2e", ""),
    ("7", "Advies {{klachtadviescommissie}}", "17-06-2025", "deels openbaar", "5.1.2e, 5.1.1d", ""),
    ("8", "Beslissing op klacht", "08-07-2025", "deels openbaar", "5.1.2e", ""),
    ("9", "Brief {{Nationale ombudsman}}", "12-05-2025", "deels openbaar", "5.1.2e", "naam onderzoeker"),
    ("10", "Reactie aan {{Nationale ombudsman}}", "27-05-2025", "deels openbaar", "5.1.2e, 5.1.1e", ""),
    ("11", "Overzicht uitbetalingen", "31-12-2025", "deels openbaar", "5.1.2e, 5.1.1e", "BSN en IBAN"),
    ("12", "Verklaring getuige [[Demirtas]]", "03-04-2025", "niet openbaar", "5.1.2e", "zienswijze getuige"),
    ("13", "Jaarverslag klachtbehandeling 2025", "12-02-2026", "openbaar", "", "reeds openbaar"),
]:
    _INV.append([n, doc, dt, b, g, o])
DOCS.append({
    "id": "ha27", "title": "Inventarislijst Woo-besluit WOO-ON-2026-0117", "font": "Helvetica", "size": 9,
    "header": "Inventarislijst bij besluit WOO-ON-2026-0117",
    "footer": "Bijlage 1 bij besluit {{C:WOO-ON-2026-0117}} - {{Politie}}",
    "blocks": [
        ("table", _INV, [10, 70, 22, 27, 25, 35], 8.5),
        ("s", "Samengesteld door [[H. Baartmans]] ({{J:Woo-coördinator}}), gecontroleerd door [[L. Bouwmeester]]. "
              "Vragen: {{F:woo@politie.nl}}."),
    ]})

# ------------------------------------------------------------------ ha28 concept met sticky notes (annotations)
DOCS.append({
    "id": "ha28", "title": "Concept beslisnota Woo-besluit klachten", "font": "DejaVuSans", "size": 10,
    "header": "CONCEPT - beslisnota", "footer": "Concept v0.3 - {{Team Juridische Zaken}} - niet verspreiden",
    "hidden": {"annots": [
        (0, 520, 700, "[[Lotte Bouwmeester]]", "Graag ook de naam van de tolk ([[Berhane]]) op de lijst van zienswijzen."),
        (0, 520, 560, "[[Hanneke Baartmans]]", "Check: mag het kenmerk 2025.08114 blijven staan? Volgens mij wel."),
        (0, 520, 420, "[[Baartmans, H.]]", "Aanvulling [[Petra]]: crediteurnummer [[X:CR-0048817]] lakken."),
    ]},
    "blocks": [
        ("h", "Beslisnota Woo-verzoek klachtbehandeling"),
        ("kv", [["Aan", "politiechef {{eenheid Oost-Nederland}}"], ["Van", "{{Team Juridische Zaken}}"],
                ["Datum", "{{D:23 maart 2026}}"], ["Kenmerk", "{{C:WOO-ON-2026-0117}}"]], [25, 130]),
        ("h2", "Aanleiding"),
        ("p", "Er ligt een verzoek van een journalist om documenten over klachtbehandeling in 2025. Bijgaand het "
              "conceptbesluit met inventarislijst (13 documenten)."),
        ("h2", "Geadviseerd besluit"),
        ("p", "U wordt gevraagd het besluit namens de korpschef te ondertekenen. De documenten worden deels openbaar "
              "gemaakt; persoonsgegevens worden gelakt op grond van artikel 5.1, tweede lid, onder e, {{W:Woo}}."),
        ("h2", "Krachtenveld"),
        ("p", "De zaak in {{L:Enschede}} heeft aandacht gekregen in {{Tubantia}}. Burgemeester {{R:Bleker}} is op de hoogte "
              "van het verzoek. Voor de {{Nationale ombudsman}} heeft openbaarmaking geen gevolgen."),
        ("h2", "Informatie die niet openbaar gemaakt kan worden"),
        ("p", "In deze nota staan geen gegevens die niet openbaar kunnen worden gemaakt."),
    ]})

# ------------------------------------------------------------------ ha29 brief met bladwijzers en XMP
DOCS.append({
    "id": "ha29", "title": "Brief aan klager ON-K-2025-0226", "font": "LibSerif", "size": 10.5, "header": HDR,
    "footer": FOOT,
    "hidden": {"outline": [("Brief aan [[R.E. Sabajo]] - beslissing", 0), ("Bijlage: verklaring [[Oude Wesselink]]", 0)],
               "xmp_creator": ["[[Jeroen 't Lam]]"]},
    "blocks": [
        ("lines", """De heer [[Rodney Sabajo]]
[[A:Kastanjelaan 31]]
[[A:6828 GH]] {{L:Arnhem}}"""),
        ("kv", [["Datum", "{{D:30 september 2025}}"], ["Kenmerk", "{{C:ON-K-2025-0226}}"],
                ["Behandeld door", "[[J. 't Lam]]"], ["Telefoon", "[[T:06-22748105]]"]], [35, 110]),
        ("p", "Onderwerp: beslissing op uw klacht"),
        ("p", "Geachte heer [[Sabajo]],"),
        ("p", "Op 16 juli 2025 heeft u geklaagd over de manier waarop hoofdagent [[D. Oude Wesselink]] u op 12 juli 2025 "
              "bij het {{S:Willemsplein}} in {{L:Arnhem}} aansprak, nadat u uw auto ([[K:58-HFX-3]]) kort op de busbaan had "
              "geparkeerd om uw moeder te laten uitstappen. De {{klachtadviescommissie}} heeft uw klacht op {{D:9 september "
              "2025}} behandeld en geadviseerd haar gegrond te verklaren."),
        ("p", "Ik neem dat advies over. De opmerking van de hoofdagent over uw afkomst was ongepast en past niet bij de "
              "waarden van de {{Politie}}. De hoofdagent heeft te kennen gegeven u persoonlijk excuses te willen aanbieden. "
              "Als u daarvoor openstaat, kunt u contact opnemen met mij."),
        ("p", "De bekeuring voor het parkeren op de busbaan staat los van deze klacht. Daartegen kunt u in beroep gaan "
              "bij de officier van justitie via het {{CJIB}}."),
        ("p", "Met vriendelijke groet,"),
        ("p", "namens de korpschef van {{Politie}},"),
        ("sig", "[[G:J. 't Lam]]"),
        ("lines", """[[Jeroen 't Lam]]
{{J:klachtbehandelaar}} {{Basisteam Arnhem-Centrum}}"""),
    ]})

# ------------------------------------------------------------------ ha30 BVH-mutatie uittreksel
DOCS.append({
    "id": "ha30", "title": "Uittreksel registratie", "font": "Courier", "size": 9,
    "header": "UITTREKSEL BVH - ALLEEN VOOR KLACHTBEHANDELING",
    "footer": "Uitdraai {{M:BVH}} d.d. 15-03-2025 door pnr [[N:688217]]",
    "blocks": [
        ("m", """
Registratie    : PL0600-2025071842
Soort          : Verkeerscontrole / aanhouding
Pleegdatum     : 12-03-2025 23:14
Pleegplaats    : Deurningerstraat / Hengelosestraat, {{L:Enschede}}
Eenheid        : {{Oost-Nederland}} / {{Basisteam Enschede}}

BETROKKENE 1 (bestuurder)
Naam           : [[YILMAZ]], [[MEHMET]]
Geb.datum      : [[D:14-07-1983]]
Geb.plaats     : Kayseri (TUR)
Adres          : [[A:DEURNINGERSTRAAT 212]], [[A:7514BK]] ENSCHEDE
BSN            : [[B:218473060]]
Voertuig       : VW TOURAN, kenteken [[K:J-306-TX]]
Antecedenten   : 2019 - [[S:rijden onder invloed]] (art. 8 WVW)

VERBALISANTEN
1. [[BRINKMAN]], R.   hoofdagent   pnr [[N:713904]]
2. [[TEN HOVE]], S.   agent        pnr [[N:688217]]

MUTATIE
Bestuurder reed bij rood licht over kruising. Stopteken gegeven.
Bestuurder reikte naar dashboardkastje; portier geopend, bestuurder
uit voertuig begeleid. Bestuurder gaf aan benauwd te zijn ([[S:astma]]).
Water aangeboden. Bekeuring uitgeschreven: [[X:VL-2025-88431207]].
Getuige ter plaatse: [[DEMIRTAS]], H.
"""),
        ("s", "Dit uittreksel is verstrekt aan de klachtbehandelaar op grond van artikel 16 van de "
              "{{W:Wet politiegegevens}}. Niet verder verspreiden."),
    ]})

# ------------------------------------------------------------------ ha31 uitnodiging zitting KAC (Info /Author)
DOCS.append({
    "id": "ha31", "title": "Uitnodiging zitting klachtadviescommissie", "font": "DejaVuSerif", "size": 10,
    "header": "Klachtadviescommissie Politie Oost-Nederland", "footer": FOOT,
    "hidden": {"author": "[[Hermsen, Nicole]]"},
    "blocks": [
        ("lines", """Mevrouw E. [[Mulder-Vos]]
[[A:Berg en Dalseweg 117]]
[[A:6522 BG]] {{L:Nijmegen}}"""),
        ("kv", [["Datum", "{{D:2 juni 2025}}"], ["Kenmerk", "{{C:ON-K-2025-0058}}/KAC"],
                ["Secretaris", "[[N. Hermsen]]"]], [30, 110]),
        ("p", "Onderwerp: uitnodiging voor de zitting van de {{klachtadviescommissie}}"),
        ("p", "Geachte mevrouw [[Mulder-Vos]],"),
        ("p", "U heeft gevraagd uw klacht over het optreden van politiemedewerkers van het basisteam "
              "{{L:Nijmegen}}-Noord voor te leggen aan de {{klachtadviescommissie}}. Hierbij nodig ik u uit voor de "
              "zitting op {{D:17 juni 2025}} om 14.00 uur in het politiebureau aan de {{A:Stationsplein 4}} in "
              "{{L:Nijmegen}}."),
        ("p", "Tijdens de zitting krijgt u de gelegenheid uw klacht toe te lichten. Ook de betrokken medewerker, agent "
              "[[Thijs Roelofs]], wordt gehoord. U mag zich laten bijstaan door een advocaat of een andere "
              "vertrouwenspersoon. De zitting is niet openbaar."),
        ("p", "Kunt u niet op deze datum, laat het mij dan weten via het secretariaat, {{F:kac.oost-nederland@politie.nl}}. "
              "Na de zitting brengt de commissie advies uit aan de korpschef, die vervolgens beslist."),
        ("p", "Met vriendelijke groet,"),
        ("lines", """namens de voorzitter van de {{klachtadviescommissie}},
[[Nicole Hermsen]], {{J:ambtelijk secretaris}}"""),
    ]})

# ------------------------------------------------------------------ ha32 verslag overleg klachtcoördinatoren (2 pages)
DOCS.append({
    "id": "ha32", "title": "Verslag overleg klachtcoördinatoren", "font": "LibSans", "size": 10,
    "header": "Verslag overleg klachtcoördinatoren Oost-Nederland",
    "footer": "Verslag {{D:3 november 2025}} | {{Politie}} {{eenheid Oost-Nederland}}",
    "blocks": [
        ("kv", [["Datum", "{{D:3 november 2025}}, 13.30-15.30 uur, {{L:Apeldoorn}}"],
                ["Aanwezig", "[[Marieke de Groot-Hendriks]] (vz), [[Bas van der Linden]], [[Özlem Aydın]], "
                             "[[Jeroen 't Lam]], [[Ingrid Wolters-Kamphuis]], [[Lotte Bouwmeester]] (JZ, agendapunt 3), "
                             "[[Kees Lubbers]] ({{Politieacademie}}, agendapunt 4)"],
                ["Afwezig", "[[Nadia Boukhari]]"], ["Verslag", "[[Özlem Aydın]]"]], [25, 140]),
        ("h2", "1. Opening en vaststellen verslag"),
        ("p", "[[Marieke]] opent. Het verslag van {{D:6 oktober 2025}} wordt vastgesteld met één wijziging: bij punt 2 "
              "moet 'ombudsman' zijn 'Nationale ombudsman'."),
        ("h2", "2. Doorlooptijden"),
        ("p", "Gemiddelde doorlooptijd in 2025 tot nu toe: 5,1 week. In 11 procent van de zaken wordt de termijn van "
              "artikel 9:11 {{W:Awb}} overschreden. [[Bas]] merkt op dat dit vooral zaken met bodycambeelden zijn. "
              "[[Ingrid]] stelt voor een vaste contactpersoon bij de {{Dienst Informatie}} te vragen."),
        ("h2", "3. Ombudsmanrapport {{C:2025.08114}}"),
        ("p", "[[Lotte]] licht het rapport van de {{Nationale ombudsman}} toe. De ombudsman beveelt aan klagers actief "
              "te informeren bij vertraging. Afgesproken wordt dat de klachtbehandelaar na vier weken altijd een "
              "tussenbericht stuurt. Regioburgemeester {{R:Marcouch}} wordt via het {{regionaal beleidsoverleg}} "
              "geïnformeerd."),
        ("h2", "4. Training 'Professioneel controleren'"),
        ("p", "[[Kees Lubbers]] presenteert de nieuwe module van de {{Politieacademie}} over proactief controleren en "
              "etnisch profileren. De module is gebaseerd op het {{M:Handelingskader professioneel controleren}}. "
              "Klachten over discriminatie (zoals de zaak [[Wisniewska]] in {{L:Zwolle}}) worden geanonimiseerd als "
              "casus gebruikt."),
        ("pb",),
        ("h2", "5. Rondvraag"),
        ("p", "[[Jeroen]] meldt dat een klager uit {{L:Kampen}} ([[Kowalczyk]]) een Poolse tolk vraagt voor de zitting "
              "van {{D:25 november 2025}}. [[Özlem]] regelt dit. [[Ingrid]] is vanaf 1 december met verlof; haar zaken "
              "gaan naar [[Bas]]."),
        ("h2", "Actielijst"),
        ("table", [["Nr.", "Actie", "Wie", "Wanneer"],
                   ["25-31", "Tussenbericht na vier weken opnemen in werkinstructie", "[[H:MdG]]", "1 december 2025"],
                   ["25-32", "Contactpersoon {{Dienst Informatie}} voor bodycambeelden", "[[H:IWK]]", "15 november 2025"],
                   ["25-33", "Tolk Pools regelen voor zaak {{C:ON-K-2025-0290}}", "[[H:ÖA]]", "10 november 2025"],
                   ["25-34", "Overdracht zaken [[Wolters-Kamphuis]]", "[[H:BvdL]]", "28 november 2025"]],
         [15, 90, 25, 35]),
        ("p", "Volgend overleg: {{D:8 december 2025}}, {{L:Zwolle}}."),
    ]})

# ------------------------------------------------------------------ ha33 scan van ondertekende beslissing 't Hart
DOCS.append({
    "id": "ha33", "producer": "scan", "title": "scan getekende beslissing", "rot": -0.9,
    "scan_font": "liberation2/LiberationSans-Regular.ttf", "scan_bold": "liberation2/LiberationSans-Bold.ttf",
    "lines": [
        "#Politie - Eenheid Oost-Nederland",
        "",
        "De heer G. 't [[Hart]]",
        "[[A:Boliviastraat 9]]",
        "7007 GH Doetinchem",
        "",
        "Datum: 2 juni 2025      Kenmerk: ON-K-2025-0214",
        "Behandeld door: [[Wolters-Kamphuis]]",
        "",
        "Geachte heer 't Hart,",
        "",
        "Uw klacht over het uitblijven van politie-inzet na uw meldingen",
        "over inbraken in de bergingen achter uw flat verklaar ik gegrond.",
        "De wijkagent, [[Erwin Dijkstra]], komt bij u langs om de situatie",
        "te bespreken. U ontvangt een vergoeding van 75 euro voor het",
        "vervangen van het hangslot.",
        "",
        "Hoogachtend,",
        "namens de korpschef van Politie,",
        "~[[G:Scholte Albers]]",
        "[[W. Scholte Albers]], teamchef",
    ]})
