from lib import Doc

DOCS = [
Doc("vr26_inspectierapport", title="Inspectierapport Omgevingsdienst", fontset="std",
    meta={"Producer": "Aspose.Words for .NET 22.10", "Creator": "Squit XO", "Author": "ODIV"},
    outline=["Samenvatting", "Bevindingen inspecteur [[Lianne Groothuis]]", "Bijlage foto's – [[A. Veldkamp]]"],
    body="""
# {{Omgevingsdienst IJssel-Vecht}} – inspectierapport {{ODIV-2026-1187|CASE}}
Inrichting: {{Vandrecht Chemical Storage B.V.}}, {{Industrieweg}} 22 · {{Brzo}}-bedrijf (lagedrempelinrichting)

# Samenvatting
De inspectie vond plaats op 21 januari 2026 naar aanleiding van de brand van 14 januari. Geconstateerd is dat in loods 3 meer ontvlambare vloeistoffen lagen opgeslagen dan de {{omgevingsvergunning}} toestaat (vergunde 10 ton, aangetroffen circa 18 ton {{ethylacetaat}}). Dit is een overtreding van {{PGS 15}} paragraaf 3.2 en van het {{Besluit activiteiten leefomgeving}}.

# Bevindingen
Namens het bedrijf waren aanwezig de heer [[Kampstra]] (directeur) en de heer [[G. Lubbers]] (bedrijfsbrandweer). De sprinklerinstallatie was sinds 2 december 2025 gedeeltelijk buiten werking; het onderhoudsbedrijf {{Sprinkler Noord B.V.}} bevestigt dit.

# Maatregelen
Het bevoegd gezag, gedeputeerde {{H. Wolters-Beumer|PUBLIC_PERSON}} van de {{provincie Overijssel}}, wordt geadviseerd een last onder dwangsom op te leggen.

Inspecteurs: [[L. Groothuis]] en [[Arno Veldkamp]] · {{toezicht@odiv.nl|EMAIL_PUBLIC}} · {{088 - 525 8000|PHONE_PUBLIC}}
"""),
Doc("vr27_persbericht", title="Persbericht", fontset="ttf",
    meta={"Producer": "Microsoft® Word voor Microsoft 365", "Creator": "Microsoft® Word voor Microsoft 365", "xmp_creator": "Sjoerd Veenstra"},
    hidden=[("metadata", "Sjoerd Veenstra", "PERSON")],
    body="""
# PERSBERICHT
{{Veiligheidsregio Lingemond}} en {{gemeente Oosterlinde}} · 14 januari 2026, 08:30 uur

Grote brand bij chemisch opslagbedrijf in {{Oosterlinde}}

Vannacht is brand uitgebroken in een opslagloods van {{Vandrecht Chemical Storage}} aan de {{Industrieweg}}. Burgemeester {{Verhoeff|PUBLIC_PERSON}} heeft besloten woningen aan de {{Kanaaldijk}} en de {{Sluiswachtersweg}} te laten ontruimen. Bewoners worden opgevangen in {{Sporthal De Stelle}}.

Eén brandweerman raakte licht gewond. De {{GGD Lingemond}} adviseert mensen in het rookgebied ramen en deuren te sluiten en ventilatie uit te zetten.

Informatie voor bewoners: {{crisis.nl|WEB}}, {{oosterlinde.nl/brand|WEB}} en het informatienummer {{0800-1351|PHONE_PUBLIC}}.

Noot voor de redactie (niet voor publicatie): woordvoerder {{Karin Oldenhof|PUBLIC_PERSON}}, {{088 - 202 3000|PHONE_PUBLIC}}. Achtergrond: [[Sjoerd]] ([[06 - 31 42 88 17|PHONE]]).
"""),
Doc("vr28_brief_ggd_bewoner", title="Brief GGD aan bewoner", fontset="ttf",
    meta={"Producer": "HiX Zorgportaal PDF", "Creator": "ChipSoft HiX"},
    body="""
{{GGD Lingemond}} · {{afdeling Medische Milieukunde}} · Postbus 1453, 8001 BL Zwolle

De heer [[M. Aydın]]
[[Sluiswachtersweg 3|ADDRESS]]
[[8271 PK|POSTCODE]] {{Oosterlinde}}

Datum: 28 januari 2026
Ons kenmerk: {{MMK-26-0412|CASE}}
Uw BSN: [[240618837|BSN]]

Betreft: uw melding van gezondheidsklachten na de brand

Geachte heer [[Aydın]],

U meldde op 14 januari 2026 dat uw dochter [[Noor]] ([[geboren 17-11-2019|DOB]]) in de nacht van de brand een [[astma-aanval|HEALTH]] kreeg en dat u zelf [[hoofdpijn en misselijkheid|HEALTH]] had. De gemeten concentraties waren tijdelijk verhoogd. Wij adviseren u bij aanhoudende klachten contact op te nemen met de huisarts.

U bent opgenomen in het {{Gezondheidsonderzoek na Rampen}}; over zes maanden ontvangt u een vragenlijst.

Met vriendelijke groet,

[[dr. Yvonne Brakel]], arts {{Medische Milieukunde}}
[[y.brakel@ggdlingemond.nl|EMAIL]] · [[038 - 851 4718|PHONE]]
"""),
Doc("vr29_mail_ghor_ggd", title="RE: monitoring", fontset="std",
    meta={"Producer": "Microsoft Outlook voor Microsoft 365", "Creator": "Microsoft Outlook"},
    body="""
Van: [[Brakel, Yvonne]] <[[y.brakel@ggdlingemond.nl|EMAIL]]>
Verzonden: vrijdag 16 januari 2026 11:03
Aan: [[Nijenhuis, Fleur]] <[[f.nijenhuis@ggdlingemond.nl|EMAIL]]>; [[Roeterdink, Ellen]] <[[e.roeterdink@vrlingemond.nl|EMAIL]]>
CC: {{ghor@vrlingemond.nl|EMAIL_PUBLIC}}
Onderwerp: RE: monitoring omwonenden

Fleur, Ellen,

De lijst met 41 meldingen bevat namen en geboortedata; die stuur ik niet door naar de gemeente. Aan het {{GBT}} geef ik alleen de geaggregeerde aantallen. Mevrouw [[Wessels-Drost]] is opgenomen geweest in {{Ziekenhuis Lingemond}} (longafdeling), dat hoort ook niet in het {{LCMS}}.

Yvonne

Van: [[Roeterdink, Ellen]]
Verzonden: vrijdag 16 januari 2026 09:47
Aan: [[Brakel, Yvonne]]
Onderwerp: monitoring omwonenden

Hoi Yvonne,

Burgemeester {{Verhoeff|PUBLIC_PERSON}} wil in het {{GBT}} van 14:00 uur weten hoeveel mensen klachten hebben. Kun jij de cijfers aanleveren? [[Ronald]] van de {{meldkamer ambulancezorg}} heeft het aantal ritten: 3.

Groet, Ellen
{{AC GHOR}} · [[06-50 09 44 81|PHONE]]
"""),
Doc("vr30_factuur_catering", title="Factuur catering opvang", fontset="ttf",
    meta={"Producer": "e-Boekhouden.nl", "Creator": "e-Boekhouden.nl"},
    body="""
# Factuur
[[Cateringservice Bakkerij Teunissen|PERSON]] · eenmanszaak · [[Dorpsstraat 8|ADDRESS]], [[8275 AB|POSTCODE]] {{Hasselt aan de Vecht}}
KvK [[61203874|KVK]] · IBAN [[NL20 INGB 0007 3390 12|IBAN]] · tel. [[0538-471 922|PHONE]]

Factuurnummer: {{2026-0114|CASE}} · datum: 16 januari 2026
Aan: {{gemeente Oosterlinde}}, {{crediteurenadministratie}}, {{facturen@oosterlinde.nl|EMAIL_PUBLIC}}
Besteld door: [[M. Kuipers]]

| omschrijving | aantal | bedrag |
| ontbijt opvang {{Sporthal De Stelle}} 14-01 | 140 | € 980,00 |
| lunchpakketten | 95 | € 617,50 |
| koffie/thee/soep | 1 | € 210,00 |
| totaal incl. 9% btw | | € 1.807,50 |

Met dank, [[Hennie Teunissen]] – [[hennie@bakkerijteunissen.nl|EMAIL]]
"""),
Doc("vr31_zienswijze", title="Zienswijze Vandrecht", producer="docx",
    meta={"Producer": "LibreOffice 7.6", "Creator": "Writer"},
    body="""
{{Hanze Advocaten}}
{{Stationsweg}} 12, {{Zwolle}}

Aan het college van burgemeester en wethouders van {{Oosterlinde}}
t.a.v. mevrouw [[R. Çelik-Boerma]]

Zwolle, 24 maart 2026
Uw zaaknummer: {{Z-2026-004417|CASE}}

Betreft: zienswijze {{Vandrecht Chemical Storage B.V.}} op voorgenomen openbaarmaking

Geachte mevrouw [[Çelik-Boerma]],

Namens cliënte dien ik een zienswijze in. Cliënte verzet zich tegen openbaarmaking van de {{PGS 15}}-stoffenlijst: de exacte hoeveelheden per klant zijn bedrijfsgegevens die vertrouwelijk zijn meegedeeld ({{artikel 5.1, eerste lid, onder c}}, {{Woo}}). Daarnaast verzoekt cliënte de namen en contactgegevens van haar medewerkers, onder wie de heer [[Lubbers]] en mevrouw [[Kampstra-Lenferink]], te weigeren.

Cliënte heeft geen bezwaar tegen openbaarmaking van het inspectierapport van de {{Omgevingsdienst IJssel-Vecht}}, met uitzondering van bijlage 2.

Hoogachtend,

mr. [[Sophie de Jong-van Dam]]
advocaat · [[s.dejong@hanze-advocaten.nl|EMAIL]] · [[038 421 90 16|PHONE]]
"""),
Doc("vr32_woo_besluit", title="Besluit op Woo-verzoek", fontset="ttf",
    meta={"Producer": "Aspose.PDF for .NET 23.4", "Creator": "Djuma zaaksysteem", "Author": "Rukiye Çelik-Boerma"},
    hidden=[("metadata", "Rukiye Çelik-Boerma", "PERSON")],
    body="""
# {{Gemeente Oosterlinde}}
Mevrouw [[L. Hagenbeek]]
[[Ruysdaelkade 41-2|ADDRESS]]
[[8261 GX|POSTCODE]] Kampen

Datum: 14 april 2026 · Zaaknummer: {{Z-2026-004417|CASE}}
Onderwerp: besluit op uw Woo-verzoek

Geachte mevrouw [[Hagenbeek]],

Op 3 maart 2026 heeft u ons gevraagd om documenten over de brand bij {{Vandrecht Chemical Storage B.V.}} Met dit besluit beslissen wij op uw verzoek.

# Besluit
Wij maken de documenten uit de bijgevoegde inventarislijst deels openbaar. De {{Veiligheidsregio Lingemond}} en de {{GGD Lingemond}} hebben ingestemd met deze beslissing voor zover het hun documenten betreft.

# Overwegingen
Persoonsgegevens van medewerkers van de gemeente, de {{Veiligheidsregio}}, de {{GGD}} en het bedrijf, en van omwonenden, maken wij niet openbaar ({{5.1.2e|GROUND}}). Gegevens over de gezondheid van omwonenden en van een gewonde brandweerman zijn bijzondere persoonsgegevens ({{5.1.1d|GROUND}}); het BSN weigeren wij op grond van {{5.1.1e|GROUND}}. De namen van burgemeester {{Verhoeff|PUBLIC_PERSON}}, wethouder {{Van Lienden|PUBLIC_PERSON}} en woordvoerder {{Oldenhof|PUBLIC_PERSON}} maken wij wel openbaar, omdat zij in hun publieke functie optreden. De zienswijze van {{Vandrecht}} volgen wij gedeeltelijk: de hoeveelheden per klant weigeren wij ({{5.1.1c|GROUND}}), de totale hoeveelheid {{ethylacetaat}} niet.

# Informatie die niet openbaar gemaakt kan worden
# Motivering
In de openbaar gemaakte versie zijn alle persoonsgegevens van ambtenaren en derden geanonimiseerd.

Bezwaar kunt u binnen zes weken maken bij het college. Vragen: {{woo@oosterlinde.nl|EMAIL_PUBLIC}}, {{14 0538|PHONE_PUBLIC}}.

Het college van burgemeester en wethouders van {{Oosterlinde}},
namens dezen,

[[mr. W.F. de Graaf]]
teamleider {{Juridische Zaken}}
"""),
Doc("vr33_inventarislijst", title="Inventarislijst", fontset="std",
    meta={"Producer": "Microsoft® Excel® voor Microsoft 365", "Creator": "Microsoft® Excel® voor Microsoft 365"},
    body="""
# Inventarislijst Woo-besluit {{Z-2026-004417|CASE}} – brand {{Vandrecht Chemical Storage}}

| nr | document | datum | beoordeling | grond | opmerking |
| 1 | Woo-verzoek | 03-03-2026 | deels openbaar | {{5.1.2e|GROUND}} | |
| 2 | ontvangstbevestiging | 05-03-2026 | deels openbaar | {{5.1.2e|GROUND}} | |
| 3 | incidentlogboek {{BR-2026-00311|CASE}} | 14-01-2026 | deels openbaar | {{5.1.2e|GROUND}} | roepnamen openbaar |
| 4 | registratie {{GHOR}} | 16-01-2026 | deels openbaar | {{5.1.1d|GROUND}} | alleen aantallen |
| 5 | evacuatielijst | 14-01-2026 | deels openbaar | {{5.1.2e|GROUND}} | |
| 6 | brief directie 16-01 | 16-01-2026 | deels openbaar | {{5.1.2e|GROUND}} | |
| 7 | verslag {{GBT}} | 14-01-2026 | deels openbaar | {{5.1.2e|GROUND}} | |
| 8 | verslag {{RBT}} | 15-01-2026 | deels openbaar | {{5.1.2e|GROUND}} | |
| 16 | analyserapport {{LL-26-00184|CASE}} | 23-01-2026 | deels openbaar | {{5.1.2e|GROUND}} | adressen tuinen geweigerd |
| 26 | inspectierapport {{ODIV-2026-1187|CASE}} | 21-01-2026 | deels openbaar | {{5.1.2e|GROUND}}, {{5.1.1c|GROUND}} | bijlage 2 geweigerd |
| 31 | zienswijze {{Hanze Advocaten}} | 24-03-2026 | deels openbaar | {{5.1.2e|GROUND}} | |

Opgesteld door: [[R. Çelik-Boerma]] ([[RCB]]), gecontroleerd door [[B. Hoekstra-Venema]] ([[BHV]]).
"""),
]
