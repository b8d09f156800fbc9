"""Set mixed6, documents p24-p35: letters and reports of municipalities and ministries (leerplicht,
naturalisatie, geluid, integriteit, handelsmissie), meldingen-export, a third slide deck, a second
AcroForm, a Kamerbrief with a mailto link, and a two-page scan without text layer.
All private persons and their data are invented."""
from helpers import bsn, iban

PUBLIC_TOO: set = {("p16", "Heuvel"), ("p22", "Bakker")}
DOCS = []

DOCS.append(dict(
    id="p24", name="p24_beschikking_gehandicaptenparkeerkaart", producer="fpdf2", font="dejavu",
    title="Beschikking gehandicaptenparkeerkaart",
    text="""
{Gemeente Nijmegen|O} - {Korte Nieuwstraat 6|G}, {6511 PP Nijmegen|G} - {14 024|S}
[[Mevrouw W. (Wilma) Arts-van Gelder|P|Wilma;Arts-van Gelder]]
[[Dommer van Poldersveldtweg 201|A]]
[[6523 CZ|A]] {Nijmegen|L}
Datum: 6 mei 2025 - Ons kenmerk: {GPK-2025-1406|C} - Uw BSN: [[{b}|B]]
# Besluit op uw aanvraag gehandicaptenparkeerkaart
Geachte mevrouw [[Arts-van Gelder|P]],
Op 2 april 2025 vroeg u een {gehandicaptenparkeerkaart|TE} voor bestuurders aan, met een gehandicaptenparkeerplaats bij uw woning voor uw auto met kenteken [[KT-219-V|K]]. De medisch adviseur van {Argonaut Advies|O} heeft u op 22 april onderzocht. Wij kennen de kaart toe voor vijf jaar.
De parkeerplaats op kenteken wordt aangelegd door de {Dienst Openbare Ruimte|O}. Uw buurman, de heer [[Sjaak Peters|P|Sjaak;Peters]], heeft laten weten dat hij daartegen bezwaar wil maken; hij krijgt een afschrift van het verkeersbesluit.
## Bezwaar
Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken bij het college van burgemeester en wethouders, {Postbus 9105|G}, {6500 HG Nijmegen|G}, of via {bezwaar@nijmegen.nl|FE}.
Met vriendelijke groet,
namens {burgemeester Bruls|F|Bruls} en de wethouders,
[[Karim el Khatib|P|Karim;el Khatib]], consulent {Wmo en Parkeren|TE}
Rechtstreeks: [[024 - 329 24 75|T]]
""".replace("{b}", bsn("p24")),
))

DOCS.append(dict(
    id="p25", name="p25_verslag_leerplichtgesprek", producer="docx", font="liberation",
    title="Verslag gesprek leerplicht", author="[[Mirjam Kroes|P|Mirjam Kroes]]",
    text="""
# Verslag gesprek leerplicht (ongeoorloofd verzuim)
DOSSIER: [[VAN DER LINDEN, DAAN|P|VAN DER LINDEN, DAAN]] - LEERPLICHTAMBTENAAR: [[M. KROES|P|KROES]]
~ Regio | {RBL Midden-Holland|O}, {Gouda|L}
~ Leerplichtambtenaar | [[Mirjam Kroes|P|Mirjam;Kroes]]
~ Datum | 13 maart 2025
~ Zaak | {LP-2025-0419|C}
~ Leerling | [[Daan van der Linden|P|Daan;Linden]], geboren [[04-08-2010|D]], klas 3 havo, {Coenecoop College|O} {Waddinxveen|L}
~ Ouders | [[Peter van der Linden|P|Peter]] en [[Saskia Vos|P|Saskia;Vos]], [[Goudse Schouw 41|A]], [[2741 MB|A]] {Waddinxveen|L}
## Aanleiding
De school meldde 48 uur ongeoorloofd verzuim via {DUO|O} (melding {VZ-77120954|C}). Mentor [[dhr. Hoogendoorn|P|Hoogendoorn]] heeft drie keer gebeld met moeder op [[06-4129 8877|T]].
## Gesprek
[[Daan|P]] vertelt dat hij 's ochtends niet uit bed komt. [[Saskia Vos|P]] heeft contact gezocht met de huisarts. Afgesproken is een aangepast rooster tot de meivakantie en een gesprek met de {jeugdarts van de GGD Hollands Midden|TI}.
## Afspraken
| Actie | Wie | Wanneer |
| Aangepast rooster | [[Hoogendoorn|P]] (mentor) | 17 maart |
| Verwijzing {Jeugdgezondheidszorg|TE} | [[M. Kroes|P|M. Kroes]] | 20 maart |
| Terugkoppeling aan {leerplicht@rbl-mh.nl|FE} | ouders | 1 april |
Het proces-verbaal op grond van de {Leerplichtwet 1969|W} wordt aangehouden.
""",
))

DOCS.append(dict(
    id="p26", name="p26_rapport_geluidsmeting_klacht", producer="chromium", font="dejavu",
    title="Rapport geluidsmeting naar aanleiding van klacht",
    text="""
# Rapport geluidsmeting - klacht {K-2025-00318|C}
{Omgevingsdienst Regio Utrecht|O} - {Archimedeslaan 6|G}, {3584 BA Utrecht|G} - {030 702 33 00|S}
~ Inrichting | {Betonfabriek De Eemhaven B.V.|O}, {Nijverheidsweg 40|G}, {3771 ME Barneveld|G}
~ Klager | [[Johanna Mulder-Hooft|P|Johanna;Mulder-Hooft]], [[Wesselseweg 9|A]], {Barneveld|L}, [[0342 - 41 73 90|T]]
~ Meting door | [[Ivo Scheffers|P|Ivo;Scheffers]] en [[Lieke Schut|P|Lieke;Schut]] ({akoestisch adviseurs|TI})
~ Datum meting | nacht van 18 op 19 maart 2025
## Meetopzet
Gemeten is met een {klasse 1|TE} meter ({Norsonic Nor145|PR}) in de tuin van de klager en op de erfgrens van de inrichting. De bedrijfsleider, [[Harold Pieters|P|Harold;Pieters]], was bij de start aanwezig.
## Resultaten
| Meetpunt | LAr,LT dB(A) | Norm | Oordeel |
| MP1 tuin [[Wesselseweg 9|A]] | 48 | 45 (nacht) | overschrijding |
| MP2 erfgrens {Nijverheidsweg|L} | 55 | n.v.t. | - |
## Conclusie
De geluidsnorm uit het {Besluit activiteiten leefomgeving|W} wordt 's nachts met 3 dB(A) overschreden. Een {vooraanmaning|TE} wordt verstuurd aan {Betonfabriek De Eemhaven B.V.|O}. [[Mevrouw Mulder-Hooft|P|Mulder-Hooft]] ontvangt een afschrift via [[j.mulderhooft@kpnplanet.nl|E]].
""",
))

DOCS.append(dict(
    id="p27", name="p27_uitnodiging_naturalisatieceremonie", producer="fpdf2", font="dejavu",
    title="Uitnodiging naturalisatieceremonie",
    text="""
{Gemeente Eindhoven|O}, {Stadhuisplein 10|G}, {5611 EM Eindhoven|G}
[[De heer O. (Oleksandr) Melnyk|P|Oleksandr;Melnyk]]
[[Boschdijk 512-B|A]]
[[5624 AH|A]] {Eindhoven|L}
V-nummer: [[3102447819|X]] - Datum: 2 juni 2025 - Kenmerk: {NAT/2025/0661|C}
# Uitnodiging naturalisatieceremonie
Geachte heer [[Melnyk|P]],
Bij Koninklijk Besluit is aan u het Nederlanderschap verleend. U wordt uitgenodigd voor de ceremonie op 24 juni 2025 om 15:00 uur in de raadzaal, in aanwezigheid van {burgemeester Dijsselbloem|F|Dijsselbloem}. Uw echtgenote, mevrouw [[Iryna Melnyk-Kovalenko|P|Iryna;Melnyk-Kovalenko]], en uw dochter [[Sofiia|P|Sofiia]] ([[12-02-2013|D]]) worden in hetzelfde besluit genoemd en zijn ook welkom.
Neem uw verblijfsdocument mee ([[NL0P4R7K1|X]]); u levert het in na de {verklaring van verbondenheid|TE}. Het besluit is voorbereid door de {Immigratie- en Naturalisatiedienst|O}.
Kunt u niet komen? Bel dan {14 040|S} of mail {naturalisatie@eindhoven.nl|FE}.
Met vriendelijke groet,
[[A.M. (Anja) Rutten|P|Anja;Rutten]], medewerker {Burgerzaken|O}
""",
))

DOCS.append(dict(
    id="p28", name="p28_slides_evaluatie_pilot_jongerenwerk", producer="impress",
    title="Evaluatie pilot Jongerenwerk op straat", author="[[Lisa Boukhari|P|Lisa Boukhari]]",
    size=15,
    slides=[
        ("Evaluatie pilot {Jongerenwerk op straat|TE}", [
            "{Gemeente Deventer|O} - {Raadscommissie Sociaal Domein|O}, 8 mei 2025",
            "Presentatie: [[Lisa Boukhari|P|Lisa;Boukhari]] en [[Tim van Berkel|P|Tim;Berkel]] ({Raster Deventer|O})",
            "Portefeuillehouder: {wethouder Van Dijk|F|Van Dijk}",
        ]),
        ("Wat zeggen jongeren?", [
            "\"Eindelijk iemand die luistert\" - [[Jayden|P|Jayden]] (16), {De Hoven|L}",
            "42 gesprekken in {Rivierenwijk|L} en {Colmschate|L}",
            "Casus: jongere met schuld bij {DUO|O} en {CJIB|O} doorverwezen naar {Schuldhulp Deventer|O}",
            "  begeleid door [[Tim van Berkel|P]] en vrijwilliger [[Mohamed Aazzi|P|Mohamed;Aazzi]]",
        ]),
        ("Vervolg en contact", [
            "Aanbeveling: structureel vanaf 2026, {SPUK|TE} middelen",
            "Contact: [[l.boukhari@deventer.nl|E]], [[06 2839 4411|T]]",
            "Algemeen: {jongerenwerk@raster.nl|FE}, {0570 - 69 39 00|S}",
        ]),
    ],
))

DOCS.append(dict(
    id="p29", name="p29_formulier_declaratie_reiskosten_sollicitant", producer="form", text_h=170,
    title="Declaratieformulier reiskosten sollicitatiegesprek",
    text="""
# Declaratie reiskosten sollicitatiegesprek
{Rijkswaterstaat|O} - {P-Direkt|O} verwerkt deze declaratie. Vacature {RWS-2025-1184|C}, {adviseur assetmanagement|TI}.
Het gesprek vond plaats op 4 maart 2025 in {Utrecht|L} met [[Hans de Groot|P|Hans;de Groot]] (voorzitter commissie).
## Door de sollicitant in te vullen
""",
    form=[
        ("Naam", "[[Esmée Janssen|P|Esmée;Janssen]]"),
        ("Adres", "[[Hertogstraat 12|A]], [[5211 KJ|A]] 's-Hertogenbosch"),
        ("IBAN", f"[[{iban('p29')}|I]]"),
        ("Ten name van", "[[E. Janssen|P|E. Janssen]]"),
        ("Vervoer", "Trein 's-Hertogenbosch - Utrecht Centraal"),
        ("Bedrag", "EUR 23,60"),
        ("Telefoon", "[[+31 (0)6 1188 4502|T]]"),
    ],
    below="""
## Akkoord
Akkoord namens de selectiecommissie: [[H. de Groot|P|H. de Groot]] (paraaf [[HdG|PA]]). Vragen over uw declaratie: {P-Direkt|O}, {088 - 111 00 00|S}.
""",
))

DOCS.append(dict(
    id="p30", name="p30_rapportage_meldingen_integriteit", producer="docx", gs=True, font="liberation",
    title="Jaarrapportage meldingen integriteit 2024 (intern)",
    author="[[Bram Oudejans|P|Bram Oudejans]]",
    text="""
# Jaarrapportage meldingen integriteit 2024 - {Rijksdienst voor Ondernemend Nederland|O}
Intern, {Bureau Integriteit|O}. Opgesteld door [[Bram Oudejans|P|Bram;Oudejans]], {integriteitscoördinator|TI}. Vertrouwenspersonen: [[Ria Kamp|P|Ria;Kamp]] en [[Hüseyin Çelik|P|Hüseyin;Çelik]].
## 1. Cijfers
In 2024 ontving het bureau 23 meldingen: 9 over ongewenste omgangsvormen, 6 over nevenwerkzaamheden, 5 over informatiebeveiliging en 3 over vermoedens van fraude bij subsidies ({TVL|TE}, {SDE++|TE}).
## 2. Casuïstiek (geanonimiseerd voor het MT, niet voor publicatie)
| Nr | Melding | Betrokkene(n) | Afdoening |
| 2024-04 | Nevenwerkzaamheid niet gemeld | [[Gijs Verhagen|P|Gijs;Verhagen]], {adviseur|TI}, eigenaar van [[Verhagen Advies|P|Verhagen Advies]] | Waarschuwing; nevenfunctie beëindigd |
| 2024-09 | Laptop met subsidiedossiers verloren in de trein | [[S. de Haan|P|S. de Haan]] | Melding {Autoriteit Persoonsgegevens|O} ({AP-2024-1177|C}) |
| 2024-15 | Ongewenste omgangsvormen in team {Zwolle|L} | melder [[Nadia Bouali|P|Nadia;Bouali]], beklaagde [[teamleider W. Dekker|P|W. Dekker]] | Onderzoek door {Bing|O} |
| 2024-21 | Mogelijk belangenconflict bij {SDE++|TE}-beschikking | [[Marc Lammers|P|Marc;Lammers]] en zijn zwager [[Erik Smeets|P|Erik;Smeets]] ({Zonnepark Brabant B.V.|O}) | Aangifte; {FIOD|O} geïnformeerd |
!pb
## 3. Onderzoek 2024-15
Het onderzoek is uitgevoerd door {Bing|O} in opdracht van de directeur {Bedrijfsvoering|TI}. Gesproken is met [[Bouali|P]], [[Dekker|P]] en vier teamleden, onder wie [[Ilse Veenstra|P|Ilse;Veenstra]] en [[Kevin Dam|P|Kevin;Dam]]. [[Dekker|P]] heeft erkend dat hij in een {Teams|PR}-chat ongepaste opmerkingen maakte. Het rapport is besproken met {de directeur-generaal van RVO|TI}.
## 4. Preventie
In 2025 volgen alle leidinggevenden de training {Moreel beraad|TE}. Het meldpunt is bereikbaar via {integriteit@rvo.nl|FE} en {088 042 42 42|S}.
!pb
## Bijlage - Verspreidingslijst
| Naam | Functie | Exemplaar |
| [[Bram Oudejans|P]] | {integriteitscoördinator|TI} | 1 (digitaal) |
| [[Ria Kamp|P]] | vertrouwenspersoon | 2 |
| [[Hüseyin Çelik|P]] | vertrouwenspersoon | 3 |
| [[Ellen Brouwer-Zandbergen|P|Ellen;Brouwer-Zandbergen]] | secretaris {MT|TE} | 4 |
!small Dit document valt onder de {Wet open overheid|W}; bij openbaarmaking gelden de uitzonderingen van artikel 5.1.
""",
))

DOCS.append(dict(
    id="p31", name="p31_gespreksverslag_staatssecretaris_belangenorganisaties", producer="fpdf2",
    font="liberation", title="Gespreksverslag staatssecretaris Jeugd, Preventie en Sport",
    text="""
# Gespreksverslag - {staatssecretaris Karremans|F|Karremans} met belangenorganisaties
~ Datum | 16 april 2025, {Parnassusplein 5|G}, {Den Haag|L}
~ Onderwerp | {Preventiestrategie|TE}, suikertaks en {Wet op de kansspelen|W}
~ Verslag | [[Roos Wagenaar|P|Roos;Wagenaar]] ({VWS|O}, {directie Publieke Gezondheid|O})
## Aanwezig
{staatssecretaris Karremans|F}; namens {VWS|O}: [[Thomas Bergsma|P|Thomas;Bergsma]] ({MT-lid|TI}), [[Roos Wagenaar|P]]; {FNLI|O}: [[Caroline de Graaf|P|Caroline;Graaf]] (directeur), [[Bart Stevens|P|Bart;Stevens]] ({public affairs|TI}); {Gezondheidsfondsen voor Rookvrij|O}: [[Nanda Schipper|P|Nanda;Schipper]]; {KSA|O}: geen.
## Gespreksverloop
[[De Graaf|P]] ({FNLI|O}) pleit voor zelfregulering en verwijst naar het {Nationaal Preventieakkoord|TE}. [[Schipper|P]] wil een verbod op online gokreclame; zij noemt de motie van {het lid Bikker|F|Bikker}. De staatssecretaris zegt toe de {Tweede Kamer|O} voor de zomer te informeren.
## Afspraken
| Actie | Wie |
| Cijfers {RIVM|O} delen | [[T. Bergsma|P|T. Bergsma]] |
| Vervolgoverleg plannen | [[Stevens|P]] via [[b.stevens@fnli.nl|E]] |
!small Openbaar agenda-item in de agenda van de bewindspersoon; het verslag is intern.
""",
))

DOCS.append(dict(
    id="p32", name="p32_delegatielijst_handelsmissie_vietnam", producer="reportlab", objstreams=True,
    font="dejavu", size=8.5, colw={6: [0.2, 0.2, 0.14, 0.14, 0.16, 0.16]},
    title="Delegatielijst handelsmissie Vietnam", footer="Delegatielijst {handelsmissie Vietnam 2025|TE}",
    text="""
# Delegatielijst {handelsmissie Vietnam|TE}, 11-15 mei 2025
Missie onder leiding van {minister Klever|F|Klever} ({Buitenlandse Handel en Ontwikkelingshulp|TE}). Organisatie: {Rijksdienst voor Ondernemend Nederland|O} en {Netherlands Business Support Office|O} {Ho Chi Minh City|L}. Vertrouwelijk: paspoortgegevens alleen voor visumaanvraag.
## Officiële delegatie
| Naam | Functie | Geboren | Paspoort | Mobiel | Hotel |
| {minister Klever|F} | minister | - | diplomatiek | via secretariaat | {Sofitel Legend Metropole|O} |
| [[Laura Veenhof|P|Laura;Veenhof]] | persoonlijk assistent | [[17-01-1991|D]] | [[NW2K7R9P4|X]] | [[06 3301 7755|T]] | {Sofitel Legend Metropole|O} |
| [[Bas van Dijk|P|Bas]] | beleidsadviseur {Azië|L} | [[03-05-1984|D]] | [[NV8J1M3T6|X]] | [[06 4410 2287|T]] | {Sofitel Legend Metropole|O} |
| [[Guus Heijnen|P|Guus;Heijnen]] | woordvoerder | [[29-11-1979|D]] | [[NR5F6H2L8|X]] | [[06 1298 6620|T]] | {Sofitel Legend Metropole|O} |
| [[Trinh Thi Mai|P|Trinh Thi Mai]] | lokaal medewerker ambassade | - | - | [[+84 90 318 2245|T]] | - |
## Bedrijfsdelegatie (selectie)
| Bedrijf | Deelnemer | Geboren | Paspoort | Mobiel | Hotel |
| {Boskalis|O} | [[Jeroen Hoekstra|P|Jeroen;Hoekstra]] | [[08-08-1975|D]] | [[NP4T8W1Q7|X]] | [[+31 6 2210 4478|T]] | {Hilton Hanoi Opera|O} |
| {Van Oord|O} | [[Mirte Groen|P|Mirte;Groen]] | [[21-04-1988|D]] | [[NX9C3D5B2|X]] | [[+31 6 5587 9034|T]] | {Hilton Hanoi Opera|O} |
| {Royal HaskoningDHV|O} | [[ir. F.J. Bakker|P|F.J. Bakker]] | [[12-12-1969|D]] | [[NT6Y2U8E5|X]] | [[+31 6 1734 6612|T]] | {Hilton Hanoi Opera|O} |
Noodnummer {BZ Contactcenter|O}: {+31 247 247 247|S}. Aanmelden programma: {handelsmissies@rvo.nl|FE}.
!pb
## Programma 12 mei ({Hanoi|L})
09:00 Ontmoeting met vice-minister van Industrie en Handel; tolk [[Nguyen Van Long|P|Nguyen Van Long]].
12:30 Lunch met {Dutch Business Association Vietnam|O}; tafelschikking door [[Laura Veenhof|P]].
15:00 Bezoek aan haven {Lach Huyen|L} met [[Jeroen Hoekstra|P]] ({Boskalis|O}) en [[Mirte Groen|P]].
19:00 Diner ambassade; contact [[Bas van Dijk|P]] bij wijzigingen.
""",
))
# "Van Dijk" is also the name of the wethouder in p28; in p32 only the first name "Bas" and the full
# name are probes ("Bas van Dijk" below).
for _d in DOCS[-1:]:
    _d["text"] = _d["text"].replace("[[Bas van Dijk|P|Bas]]", "[[Bas van Dijk|P|Bas;Bas van Dijk]]")

DOCS.append(dict(
    id="p33", name="p33_export_meldingen_openbare_ruimte", producer="chromium", font="liberation",
    landscape=True, size=8.5, title="Export meldingen openbare ruimte (MOR) - week 14",
    text="""
# Export {Meldingen Openbare Ruimte|TE} - week 14 2025 - {Gemeente Zwolle|O}
Bron: {Signalen|PR}. Filter: status open en afgehandeld, wijk {Stadshagen|L}. Geëxporteerd door [[Nicole Bakker|P|Nicole;Bakker]].
| Nr | Datum | Categorie | Locatie | Melder | Contact | Behandelaar | Status |
| {SIG-88214|C} | 31-03 | Zwerfafval | {Werkerlaan|L} t.h.v. nr 12 | [[J. Visser|P|J. Visser]] | [[06 5120 9983|T]] | {ROVA|O} | Afgehandeld |
| {SIG-88230|C} | 31-03 | Straatverlichting | [[Boerendans 77|A]] (eigen woning) | [[Ayşe Korkmaz|P|Ayşe;Korkmaz]] | [[ayse.korkmaz@outlook.com|E]] | [[Ruud Meijer|P|Ruud;Meijer]] | Open |
| {SIG-88302|C} | 01-04 | Overlast jongeren | {Frankhuizerallee|L} | anoniem | - | {Boa-team|TE} | Afgehandeld |
| {SIG-88355|C} | 02-04 | Loslopende hond | {park De Twistvlied|L} | [[H. Winter|P|H. Winter]] | [[038 - 421 66 03|T]] | [[Ruud Meijer|P]] | Open |
| {SIG-88410|C} | 03-04 | Fout geparkeerd, [[ZX-771-R|K]] | {Stadshagenplein|L} | [[Peter de Berg|P|Peter de Berg]] | [[pdberg@ziggo.nl|E]] | {Handhaving|O} | Afgehandeld |
| {SIG-88471|C} | 04-04 | Grofvuil | [[Kamperpoort 9|A]] | [[JM de Wit|P|JM de Wit]] | [[06-18 77 30 42|T]] | {ROVA|O} | Open |
| {SIG-88466|C} | 04-04 | Boom beschadigd | {Zwarte Water|L}-oever | {Natuur en Milieu Overijssel|O} | {info@natuurenmilieuoverijssel.nl|FE} | [[Sanne Brouwer|P|Sanne;Brouwer]] | Open |
!small Het {Klant Contact Centrum|O} is bereikbaar via {14 038|S}. {Burgemeester Snijders|F|Snijders} ontvangt maandelijks een overzicht zonder namen.
""",
))

DOCS.append(dict(
    id="p34", name="p34_kamerbrief_met_mailto_link", producer="reportlab", font="liberation",
    title="Kamerbrief over de voortgang van de Regeling Reductie Energiegebruik",
    author="[[Wessel Timmers|P|Wessel Timmers]]",
    text="""
{Ministerie van Klimaat en Groene Groei|O}
{Bezuidenhoutseweg 73|G}, {2594 AC Den Haag|G} - {www.rijksoverheid.nl/kgg|PR}
~ Aan | De Voorzitter van de {Tweede Kamer der Staten-Generaal|O}
~ Datum | 22 mei 2025
~ Betreft | Voortgang {Regeling Reductie Energiegebruik Woningen|TE}
~ Ons kenmerk | {KGG / 25123456|C}
~ Contactpersoon | [[drs. W.M. (Wessel) Timmers|P|Wessel;Timmers]] - [[wessel.timmers@minkgg.nl|E]] - [[06 1530 2874|T]]
Geachte voorzitter,
In deze brief informeer ik u over de uitvoering van de {Regeling Reductie Energiegebruik Woningen|TE} ({RREW|TE}), mede namens {de minister van Volkshuisvesting en Ruimtelijke Ordening|TI}. Tijdens het debat van 10 april heb ik {het lid Kröger (GroenLinks-PvdA)|F|Kröger} toegezegd de verdeling over gemeenten toe te lichten.
Gemeenten hebben in 2024 € 180 miljoen ontvangen via een {specifieke uitkering|TE}. De {Vereniging van Nederlandse Gemeenten|O} en {Milieu Centraal|O} ondersteunen de uitvoering. Uit een enquête onder 212 gemeenten, uitgevoerd door [[Panteia|O]], blijkt dat 64 procent de middelen volledig heeft besteed.
Ik zal uw Kamer in het najaar opnieuw informeren.
{De minister van Klimaat en Groene Groei|TI},
{S.T.M. Hermans|F|Hermans}
""",
    links=[{"uri": "mailto:wessel.timmers@minkgg.nl", "at": (200, 620, 420, 632)}],
    annots=[{"author": "[[Timmers, Wessel|P|Timmers, Wessel]]", "contents": "Check cijfer 64% met [[Eva Rademaker|P|Eva Rademaker]] (directie Gebouwde Omgeving).", "at": (530, 400)}],
))
DOCS[-1]["text"] = DOCS[-1]["text"].replace("[[Panteia|O]]", "{Panteia|O}")

DOCS.append(dict(
    id="p35", name="p35_scan_brief_schade_waterschap", producer="scan", size=11.5, font="serif",
    title="Brief bewoner over schade na dijkversterking (scan, twee pagina's)",
    text="""
[[Cornelis Boogaard|P|Cornelis;Boogaard]] en [[Trijntje Boogaard-Stam|P|Boogaard-Stam]]
[[Lekdijk 220|A]]
[[2957 CB|A]] Nieuw-Lekkerland
Aan: Waterschap Rivierenland, afdeling Schadeafhandeling
Nieuw-Lekkerland, 5 mei 2025
Betreft: scheuren in onze woning na de dijkversterking
Geachte heer, mevrouw,
Sinds de werkzaamheden van de aannemer aan de Lekdijk in maart 2025 zitten er scheuren in de muren van onze woning. Op 28 maart is de opzichter, de heer [[Wouter van Ginkel|P|Wouter]], bij ons geweest. Hij heeft foto's gemaakt.
Wij vragen u de schade te vergoeden. Ons rekeningnummer is [[{i}|I]].
!pb
Wij zijn bereikbaar op [[0184 - 68 21 93|T]] of per e-mail: [[c.boogaard@planet.nl|E]].
Onze buurvrouw, mevrouw [[Geertje Mastenbroek|P|Geertje;Mastenbroek]], heeft dezelfde schade en sluit zich aan bij deze brief.
Met vriendelijke groet,
[[C. Boogaard|P|Boogaard]]
""".replace("{i}", iban("p35", "RABO")),
))
