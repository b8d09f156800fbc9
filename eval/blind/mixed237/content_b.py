"""Set DB, documents db17-db33."""
from lib import Doc

DOCS = []
A = DOCS.append

A(Doc("db17", """# PostNL - Bewijs van aflevering aangetekend
Zending: 3SHRDW0041877211
Afzender: Gemeente Harderwijk, Postbus 149
Geadresseerde: [[C. van 't Hul]]
Adres: [[ADDRESS:Vondellaan 8]] Harderwijk
Datum aflevering: 03-09-2026  tijd 11:24

Ontvangen door (naam in blokletters):
~[[M. VAN 'T HUL-BRINKMAN]]
Handtekening:
~[[Marja vt Hul]]

Bezorger: [[Dennis Roelofsen]] (route 3842-07)
Opmerking: echtgenote tekent voor ontvangst
""", kind="scan", seed=17, meta={"Producer": "HP Digital Sending Software 5.1", "Creator": "HP Scan"}))

A(Doc("db18", """# Dienstrooster BOA's Openbare Ruimte - week 29 en 30 (2026)
{{ORG:Team Toezicht en Handhaving}} - vastgesteld door teamleider [[B.J. Hofstede]]
|*Naam|Personeelsnr.|Dienstmobiel|Wk 29|Wk 30|Gebied
|[[Jeroen Bakhuizen]]|[[ID:P104471]]|[[06 5310 7788]]|avond|dag|Noord
|[[Priscilla Mahabier]]|[[ID:P104502]]|[[06 5310 7791]]|avond|avond|Noord
|[[Tim van der Sluis]]|[[ID:P104613]]|[[06 5310 7795]]|dag|avond|Centrum
|[[Ayşe Karataş]]|[[ID:P104620]]|[[06 5310 7802]]|dag|dag|{{PLACE:Drielanden}}
|[[Wouter ten Brinke]]|[[ID:P104388]]|[[06 5310 7760]]|vrij|dag|{{PLACE:Stadsweiden}}
|[[Nicole Brouwer]]|[[ID:P104655]]|[[06 5310 7810]]|avond|vrij|Centrum

## Aandachtspunten
- Extra controle aanlijngebod {{NOTPERSON:Park Oranje Nassau}} en het {{NOTPERSON:Linnaeushof}} na bijtincident {{REF:TH-2026-0731}}.
- Hondenpoepcontrole {{PLACE:Boulevard}} en {{PLACE:Strandeiland}} (zomerdrukte).
- Samenwerking met {{ORG:Politie Midden-Nederland}}, wijkagent [[R. Dekker]]: vrijdagavond gezamenlijke surveillance.
- Ziekmelding altijd bij de teamleider, telefoon [[06 1742 0093]], niet via de groepsapp.

Algemeen nummer meldkamer handhaving: {{PUBLICNR:14 0341}} (kies 3).
""", font="DejaVuSans", size=9.5, landscape=True, meta={"Producer": "Microsoft® Excel® voor Microsoft 365", "Creator": "Microsoft® Excel® voor Microsoft 365", "Author": "Hofstede, B.J."},
    hidden=[("metadata", "PERSON", "Hofstede, B.J.", ["Hofstede, B.J."])]))

A(Doc("db19", """# Controlerapport naleving aanwijzing gevaarlijke hond
Zaak {{REF:OOV-2026-0412}} - controle {{REF:CTR-2026-118}}
Datum: 19 september 2026, 17.40 uur
Controleurs: [[P. Mahabier]] en [[A. Karataş]] ({{ORG:Team Toezicht en Handhaving}})

Locatie: {{STREET:Vondellaan}} en {{NOTPERSON:Park Oranje Nassau}}, Harderwijk

Bevindingen:
De houder, de heer [[Van 't Hul]], liep met de hond over de {{STREET:Vondellaan}} richting het park. De hond was
aangelijnd (lijn circa 1,5 m) en droeg een korfmuilkorf van het type {{PRODUCT:Baskerville Ultra}}. De muilkorf sloot
goed aan. De houder was aanspreekbaar en verklaarde dat hij bezwaar heeft gemaakt via zijn advocaat.

Conclusie: voldaan aan het besluit van 1 september 2026 ({{LAW:artikel 2:59 APV}}).
Vervolg: hercontrole over vier weken; geen aanleiding voor een last onder dwangsom.

Foto's: 3 stuks, opgeslagen in {{PRODUCT:Squit XO}} bij zaak {{REF:Z2026-016020}}.

Opgemaakt door: [[P. Mahabier]], BOA
""", font="DejaVuSerif", size=10.5, meta={"Producer": "iText 5.5.13.3", "Creator": "Squit XO"},
    notes=[(0, "Bakhuizen, J.", "Priscilla, graag ook noteren dat Ron Dijkhuis heeft gebeld over de barbecue."),
           (0, "Mahabier, P.", "Ayşe heeft de foto's, ik zet ze morgen in Squit.")],
    hidden=[("annotations", "PERSON", "J. Bakhuizen", ["Bakhuizen"]),
            ("annotations", "PERSON", "Ron Dijkhuis", ["Ron Dijkhuis"]),
            ("annotations", "PERSON", "Priscilla (first name)", ["Priscilla"]),
            ("annotations", "PERSON", "Ayşe (first name)", ["Ayşe"])]))

A(Doc("db20", """# Meldingsformulier bijtincident door een hond
{{ORG:Gemeente Harderwijk}} - digitaal formulier ({{PRODUCT:e-Formulier}}), ingediend via {{TERM:DigiD}}
Dit formulier is ingevuld door de melder. Velden met * zijn verplicht.

@FIELD
@FIELD
@FIELD
@FIELD
@FIELD
@FIELD
@FIELD
@FIELD
@FIELD

Verwerking: uw melding wordt doorgestuurd naar het {{ORG:Team Toezicht en Handhaving}}. De gemeente gebruikt uw
gegevens alleen voor de afhandeling van de melding (zie de privacyverklaring op {{TERM:www.harderwijk.nl/privacy}}).
Vragen? Bel {{PUBLICNR:14 0341}}. Formulierversie {{REF:FRM-HND-03}}, kenmerk {{REF:MOR-2026-07-3341}}.
""", kind="form", font="Helvetica", size=10,
    fields=[("Naam melder *", "naam", "Gerda van Dam"), ("Adres *", "adres", "Zeebiesstraat 19, 3844 HK Harderwijk"),
            ("Telefoon *", "tel", "06-30 81 44 27"), ("E-mail", "email", "gerda.vandam@hetnet.nl"),
            ("Geboortedatum", "gebdat", "23-06-1958"),
            ("Datum incident *", "datum", "13-03-2026"), ("Plaats incident *", "plaats", "Park Oranje Nassau"),
            ("Omschrijving *", "omschr", "Hond van Van 't Hul beet mijn hond Bikkel in de nek"),
            ("Getuigen", "getuigen", "Jacobus Pronk (Sjaak), Zeebiesstraat 35")],
    meta={"Producer": "ReportLab PDF Library - www.reportlab.com", "Creator": "Harderwijk e-Formulieren"},
    hidden=[("annotations", "PERSON", "Gerda van Dam", ["Gerda van Dam"]),
            ("annotations", "ADDRESS", "Zeebiesstraat 19", ["Zeebiesstraat 19"]),
            ("annotations", "PHONE", "06-30 81 44 27", ["06-30 81 44 27"]),
            ("annotations", "EMAIL", "gerda.vandam@hetnet.nl", ["gerda.vandam@hetnet.nl"]),
            ("annotations", "DOB", "23-06-1958", ["23-06-1958"]),
            ("annotations", "PERSON", "Van 't Hul", ["Van 't Hul"]),
            ("annotations", "PERSON", "Jacobus Pronk", ["Jacobus Pronk"]),
            ("annotations", "NICK", "Sjaak", ["Sjaak"]),
            ("annotations", "ADDRESS", "Zeebiesstraat 35", ["Zeebiesstraat 35"])]))

A(Doc("db21", """# Schriftelijke vragen ex {{LAW:artikel 38 van het Reglement van orde}}
Aan: het college van burgemeester en wethouders van {{PLACE:Harderwijk}}
Van: {{OFFICE:raadslid Bos}} ({{ORG:ChristenUnie}})
Datum: 2 september 2026
Onderwerp: gevaarlijke honden in de openbare ruimte

Geacht college,

In juli werd in het {{NOTPERSON:Park Oranje Nassau}} een inwoner door een loslopende hond gebeten. Omwonenden hebben mij
benaderd; zij voelen zich niet veilig en zien dat de hond ook eerder los liep. Ik lees dat {{OFFICE:burgemeester Terpstra}}
inmiddels een aanwijzing heeft gegeven op grond van de {{LAW:APV}}. Ik heb de volgende vragen.

1. Hoeveel bijtincidenten zijn in 2025 en 2026 gemeld bij de gemeente en bij de {{ORG:Politie Midden-Nederland}}?
2. Hoe vaak heeft de burgemeester sinds 2020 een hond aangewezen als gevaarlijk ({{LAW:artikel 2:59 APV}})?
3. Hoe controleert het {{ORG:Team Toezicht en Handhaving}} de naleving van een muilkorfplicht?
4. Is het college bereid de losloopgebieden rond speelplekken, zoals bij het {{NOTPERSON:Linnaeushof}} en de
{{STREET:Burgemeester de Meesterstraat}}, opnieuw te bezien?
5. Wil het college de bewoners van de {{NOTPERSON:Zeebiesbuurt}} informeren over de genomen maatregelen, zonder
persoonsgegevens te noemen?

Ik zie uw antwoorden met belangstelling tegemoet.

{{OFFICE:raadslid Bos}}
{{ORG:fractie ChristenUnie Harderwijk}}
""", font="Times-Roman", size=11, meta={"Producer": "Microsoft® Word 2019", "Creator": "Microsoft® Word 2019", "Author": "Fractie CU"}))

A(Doc("db22", """# Beantwoording schriftelijke vragen
Vragen van {{OFFICE:raadslid Bos}} ({{ORG:ChristenUnie}}) over gevaarlijke honden in de openbare ruimte
Registratienummer {{REF:RV-2026-041}} - vastgesteld in de collegevergadering van 22 september 2026

Vraag 1. In 2025 zijn 14 bijtincidenten gemeld bij de gemeente, in 2026 tot 1 september 9. Cijfers van de
{{ORG:Politie Midden-Nederland}} zijn op gemeenteniveau niet beschikbaar.

Vraag 2. Sinds 2020 heeft de burgemeester vijf keer een hond aangewezen als gevaarlijk. Eén aanwijzing is na
bezwaar ingetrokken.

Vraag 3. Het {{ORG:Team Toezicht en Handhaving}} controleert steekproefsgewijs en na meldingen. Bij overtreding volgt
een last onder dwangsom. Meldingen kunnen via {{PUBLICNR:14 0341}} of de app {{PRODUCT:Fixi}}.

Vraag 4. Ja. {{OFFICE:Wethouder Kamphuis}} laat in het kader van het {{PROJECT:Hondenbeleidsplan 2027}} de losloopgebieden
evalueren, ook rond het {{NOTPERSON:Linnaeushof}}. De raad ontvangt het plan in het eerste kwartaal van 2027.

Vraag 5. De burgemeester heeft de bewoners van de {{NOTPERSON:Zeebiesbuurt}} met een algemene brief geïnformeerd. Daarin
staan geen namen van betrokkenen. Individuele besluiten worden niet gepubliceerd; wel kan iedereen een verzoek doen
op grond van de {{LAW:Wet open overheid}}.

Het college van burgemeester en wethouders van Harderwijk,
de secretaris, | {{OFFICE:de burgemeester}},
Behandelend ambtenaar: [[L. Vermeulen]] ([[lotte.vermeulen@harderwijk.nl]])
""", kind="docx", meta={"Producer": "LibreOffice 7.6", "Creator": "Writer", "Author": "Lotte Vermeulen"},
    hidden=[("metadata", "PERSON", "Lotte Vermeulen", ["Lotte Vermeulen"])]))

A(Doc("db23", """# PERSBERICHT
{{ORG:Gemeente Harderwijk}}, 2 september 2026

## Burgemeester wijst gevaarlijke hond aan na bijtincident
{{OFFICE:Burgemeester Terpstra}} heeft een hond uit de wijk {{PLACE:Stadsweiden}} aangewezen als gevaarlijk. De eigenaar moet
de hond in de openbare ruimte aangelijnd houden en een muilkorf laten dragen. Aanleiding is een bijtincident op
12 juli in het {{NOTPERSON:Park Oranje Nassau}}, waarbij een wandelaar gewond raakte.

"Iedereen moet veilig door een park kunnen lopen", zegt {{OFFICE:burgemeester Terpstra}}. "Een hond die mensen bijt,
vraagt om duidelijke maatregelen. Ik ben blij dat de eigenaar zich inmiddels aan de regels houdt."

De burgemeester baseert het besluit op {{LAW:artikel 2:59}} van de {{LAW:Algemene Plaatselijke Verordening}} en op het advies van
een gedragsdeskundige. De eigenaar kan bezwaar maken. Uit privacyoverwegingen maakt de gemeente geen namen bekend.

{{OFFICE:Wethouder Kamphuis}} werkt aan het {{PROJECT:Hondenbeleidsplan 2027}}. Inwoners kunnen hun ideeën tot 1 november
inbrengen via {{TERM:harderwijk.nl/honden}}.

Noot voor de redactie: voor meer informatie kunt u contact opnemen met {{ORG:team Communicatie}} via
{{MAILBOX:pers@harderwijk.nl}} of {{PUBLICNR:14 0341}}.
""", font="Helvetica", size=10.5, meta={"Producer": "Adobe PDF Library 17.0", "Creator": "Adobe InDesign 19.0",
                                          "Author": "Sven Mulder", "xmp_creator": "Sven Mulder"},
    hidden=[("metadata", "PERSON", "Sven Mulder", ["Sven Mulder"])]))

A(Doc("db24", """{{ORG:VELUWE ADVOCATEN}}
Per aangetekende post en per e-mail aan {{MAILBOX:bezwaar@harderwijk.nl}}

Aan de burgemeester van de gemeente Harderwijk
Postbus 149, 3840 AC Harderwijk

Amersfoort, 9 oktober 2026
Uw kenmerk: {{REF:OOV-2026-0412}}  -  ons kenmerk: {{REF:VA/2026/1187}}
Behandeld door: [[mr. Ş. Yıldırım]] ([[s.yildirim@veluweadvocaten.nl]])

Betreft: pro forma bezwaarschrift - cliënt [[C. van 't Hul]]

Edelachtbare heer, mevrouw,

Namens mijn cliënt, de heer [[C. van 't Hul]], geboren [[DOB:2 november 1969]], wonende te Harderwijk, maak ik bezwaar
tegen uw besluit van 1 september 2026 waarbij zijn hond is aangewezen als gevaarlijk.

De gronden van het bezwaar volgen binnen vier weken. Cliënt wenst te worden gehoord. Ik verzoek u de
{{ORG:Commissie bezwaarschriften}} te vragen de hoorzitting niet te plannen op dinsdagen, in verband met de
[[HEALTH:fysiotherapie]] van cliënt.

Daarnaast verzoek ik om toezending van alle op de zaak betrekking hebbende stukken ({{LAW:artikel 7:4 Awb}}),
waaronder het volledige rapport van mevrouw [[Kwakernaak]] en de verklaring van getuige [[Dijkhuis]].

Hoogachtend,

[[Ş. Yıldırım]]
""", font="DejaVuSerif", size=10.5, meta={"Producer": "Nitro Pro 13.70.2.40", "Creator": "Nitro Pro"}))

A(Doc("db25", """# Verslag hoorzitting {{ORG:Commissie bezwaarschriften}}
Zaak {{REF:BZ-2026-0219}} - bezwaar tegen aanwijzing gevaarlijke hond ({{REF:OOV-2026-0412}})
Datum: 24 november 2026, {{NOTPERSON:Raadhuis}}, {{STREET:Havendam}} 58, zaal {{NOTPERSON:Catharinakapel}}
## Aanwezig
|*Naam|Rol|Organisatie
|mr. [[P.J. Lindeboom]]|voorzitter|{{ORG:Commissie bezwaarschriften}}
|[[drs. E. van Lienden-Koç]]|lid|{{ORG:Commissie bezwaarschriften}}
|[[J.W. Stokman]]|lid|{{ORG:Commissie bezwaarschriften}}
|[[Noor Bouzid]]|secretaris|{{ORG:team Juridische Zaken}}
|de heer [[C. van 't Hul]]|bezwaarmaker|-
|mr. [[Ş. Yıldırım]]|gemachtigde|{{ORG:Veluwe Advocaten}}
|[[M. de Groot-Stam]]|namens verweerder|{{ORG:team Juridische Zaken}}
|[[L. Vermeulen]]|namens verweerder|{{ORG:Openbare Orde en Veiligheid}}

## Verloop
De voorzitter opent de zitting om 14.00 uur en licht de procedure toe. Mr. [[Yıldırım]] verwijst naar de
gronden van 4 november 2026. Hij stelt dat de gedragsbeoordeling niet onafhankelijk was, omdat BOA [[Bakhuizen]]
aanwezig was, en dat het slachtoffer de hond zou hebben geslagen.

Mevrouw [[De Groot-Stam]] stelt namens {{OFFICE:de burgemeester}} dat de BOA op afstand stond en geen rol had in de test.
De verklaring van het slachtoffer wordt bevestigd door een onafhankelijke getuige. Het besluit is evenredig;
de herbeoordeling na twaalf maanden is een tegemoetkoming.
===
De heer [[Van 't Hul]] verklaart dat de hond sinds september geen incidenten meer heeft gehad en dat hij de cursus
bij de {{ORG:Kynologenclub Noord-Veluwe}} heeft afgerond.

Lid [[Stokman]] vraagt of een herbeoordeling na zes maanden denkbaar is. Mevrouw [[Vermeulen]] antwoordt dat de
burgemeester daarover in de beslissing op bezwaar kan beslissen.

## Actiepunten
|*Nr|Actie|Wie|Termijn
|1|Certificaat cursus {{ORG:Kynologenclub Noord-Veluwe}} nazenden|[[INITIALS:SY]]|1 december
|2|Controlerapport {{REF:CTR-2026-118}} toevoegen aan dossier|[[INITIALS:LV]]|1 december
|3|Conceptadvies aan de commissie|[[INITIALS:NB]]|15 december

De voorzitter sluit de zitting om 15.10 uur.
Vastgesteld: mr. [[P.J. Lindeboom]], voorzitter - [[N. Bouzid]], secretaris
""", kind="docx", meta={"Producer": "LibreOffice 7.6", "Creator": "Writer"}))

A(Doc("db26", """# Telefoonnotitie
Datum: 14-07-2026  10.15 uur
Aangenomen door: [[Lotte V.]]
Beller: mevrouw [[Oosterbaan]]
Terugbellen op: [[06-41872203]]

~Mevr. belt: wil weten of de hond nu weg moet.
~Zoon [[Daan]] durft niet meer naar school
~langs het park, [[HEALTH:slaapt slecht]].
~Uitgelegd: voornemen + zienswijze, 4 a 6 weken.
~Wil graag bericht als besluit er is.
~Doorgezet naar [[Hamza]] (JZ) ivm smartengeld?

Paraaf: [[INITIALS:LV]]
""", kind="scan", seed=26, meta={"Producer": "KONICA MINOLTA bizhub C300i", "Creator": "bizhub"}))

A(Doc("db27", """Van: [[Dekker, R. (Rik)]] <[[rik.dekker@politie.nl]]>
Verzonden: donderdag 16 juli 2026 14:48
Aan: [[Bakhuizen, Jeroen]] <[[j.bakhuizen@harderwijk.nl]]>
CC: {{MAILBOX:handhaving@harderwijk.nl}}
Onderwerp: RE: hond {{STREET:Vondellaan}} - registratie {{REF:BVH 2026071209}}

Jeroen,

Wij hebben op 12 juli ook een melding gekregen via {{PUBLICNR:0900-8844}}. Er is geen aangifte gedaan door het
slachtoffer, dus wij doen er strafrechtelijk niets mee. In onze systemen staat over de houder verder alleen een
oude verkeerszaak. Het bestuursrechtelijke spoor (burgemeester, {{LAW:APV}}) lijkt mij de juiste weg.

Wil je mij op de hoogte houden? Ik ben wijkagent voor {{PLACE:Stadsweiden}} en {{PLACE:Drielanden}}.
Mobiel: [[06 - 4603 1187]]

Met vriendelijke groet,
[[Rik Dekker]]
Wijkagent | {{ORG:Politie Midden-Nederland}} | {{ORG:Basisteam Noord-Veluwe}}

> Van: [[Bakhuizen, Jeroen]]
> Verzonden: woensdag 15 juli 2026 09:03
> Aan: [[Dekker, R. (Rik)]]
> Onderwerp: hond {{STREET:Vondellaan}}
> Rik, is de houder van de hond aan de {{STREET:Vondellaan}} bij jullie bekend? Het slachtoffer, mevrouw
> [[Oosterbaan]], twijfelt over aangifte. Groet, Jeroen
""", font="Helvetica", size=10, meta={"Producer": "Microsoft Outlook for Microsoft 365", "Creator": "Microsoft Outlook"}))

A(Doc("db28", """# Juridisch memo
Aan: {{ORG:Kabinet}} (beleidsadviseur OOV)
Van: {{ORG:team Juridische Zaken}}
Datum: 4 augustus 2026
Kenmerk: {{REF:JZ-2026-0388}}
Onderwerp: grondslag aanwijzing gevaarlijke hond: {{LAW:APV}} of {{LAW:Gemeentewet}}?

## Vraag
Kan {{OFFICE:de burgemeester}} een muilkorfplicht opleggen op grond van {{LAW:artikel 172 Gemeentewet}}, of is {{LAW:artikel 2:59 APV}}
de aangewezen grondslag?

## Antwoord
De {{LAW:APV Harderwijk 2024}} bevat in {{LAW:artikel 2:59}} een specifieke bevoegdheid. Een specifieke bevoegdheid gaat voor
de algemene bevoegdheid van {{LAW:artikel 172 Gemeentewet}}. Zie {{REF:ECLI:NL:RVS:2019:2215}} en {{REF:ECLI:NL:RVS:2021:1340}}:
de {{ORG:Afdeling bestuursrechtspraak van de Raad van State}} toetst vol of de hond gevaarlijk is, en kijkt daarbij naar
het aantal incidenten, de ernst van het letsel en een deskundigenrapport. Een eerder incident met alleen een hond
telt mee, maar weegt minder zwaar.

## Advies
1. Baseer het besluit op {{LAW:artikel 2:59 APV}}.
2. Laat een gedragsdeskundige rapporteren voordat wordt besloten ({{LAW:artikel 3:2 Awb}}).
3. Neem een termijn voor herbeoordeling op; dat versterkt de evenredigheid ({{LAW:artikel 3:4 Awb}}).
4. Noem in het besluit geen medische gegevens van houder of slachtoffer.

Dit memo is opgesteld door een jurist van het team; vragen via {{MAILBOX:juridischezaken@harderwijk.nl}}.
""", kind="docx", meta={"Producer": "LibreOffice 7.6", "Creator": "Writer", "xmp_creator": "Hamza El Idrissi",
                        "Author": "Hamza El Idrissi"},
    hidden=[("metadata", "PERSON", "Hamza El Idrissi", ["Hamza El Idrissi"])]))

A(Doc("db29", """{{ORG:Gemeente Harderwijk}}
{{OFFICE:De burgemeester}}

Mevrouw [[F. Oosterbaan-de Wit]]
[[ADDRESS:Zeebiesstraat 23]]
3844 HK  HARDERWIJK

Datum: 2 september 2026
Kenmerk: {{REF:OOV-2026-0412}}/2
Onderwerp: maatregelen na het bijtincident van 12 juli 2026

Geachte mevrouw [[Oosterbaan]],

U bent op 12 juli 2026 in het {{NOTPERSON:Park Oranje Nassau}} gebeten door een hond. Ik vind het heel vervelend dat u en
uw zoon dit hebben meegemaakt. Met deze brief laat ik u weten wat ik heb gedaan.

Ik heb de hond op 1 september 2026 aangewezen als gevaarlijk. De eigenaar moet de hond buiten zijn woning altijd
aangelijnd houden en een muilkorf laten dragen. Het {{ORG:Team Toezicht en Handhaving}} controleert dit. De eigenaar
kan bezwaar maken tegen mijn besluit. Om privacyredenen kan ik u geen verdere inhoudelijke informatie geven.

Wilt u de schade verhalen op de eigenaar, dan kunt u contact opnemen met het {{ORG:Juridisch Loket}}
({{PUBLICNR:0800-8020}}) of met uw rechtsbijstandsverzekeraar. Ziet u de hond opnieuw loslopen, meld dit dan via
{{PUBLICNR:14 0341}}.

Met vriendelijke groet,

{{OFFICE:De burgemeester van Harderwijk}},

M.J. Terpstra

Contactpersoon: [[Lotte Vermeulen]], [[0341-411 872]]
""", kind="docx", meta={"Producer": "Microsoft® Word voor Microsoft 365", "Creator": "Microsoft® Word voor Microsoft 365"}))

A(Doc("db30", """# Verzoek om zienswijze derde-belanghebbende ({{LAW:artikel 4.4 Woo}})
{{ORG:Gemeente Harderwijk}} - {{ORG:team Juridische Zaken}}

Aan: {{ORG:Veluwe Advocaten}}, t.a.v. mr. [[Ş. Yıldırım]]
Per e-mail: [[s.yildirim@veluweadvocaten.nl]]

Datum: 20 oktober 2026
Kenmerk: {{REF:WOO-2026-0087}}/3

Geachte heer [[Yıldırım]],

De gemeente heeft een verzoek ontvangen op grond van de {{LAW:Wet open overheid}} om openbaarmaking van documenten over
de aanwijzing van de hond van uw cliënt. Wij zijn van plan een deel van die documenten openbaar te maken. Namen,
adressen, telefoonnummers, geboortedata, het chipnummer van de hond en medische gegevens maken wij niet openbaar
({{LAW:artikel 5.1, tweede lid, aanhef en onder e, Woo}} en {{LAW:artikel 5.1, eerste lid, aanhef en onder d, Woo}}).

Wij bieden uw cliënt de gelegenheid binnen twee weken een zienswijze te geven. Bijgaand vindt u de inventarislijst.
Een gelijke brief is gestuurd aan het slachtoffer en aan de gedragsdeskundige.

Met vriendelijke groet,
namens dezen,

[[A. Smeets]]
Woo-coördinator
{{MAILBOX:woo@harderwijk.nl}} | {{PUBLICNR:14 0341}}
""", font="DejaVuSans", size=10, meta={"Producer": "Microsoft® Word voor Microsoft 365", "Creator": "Microsoft® Word voor Microsoft 365"}))

A(Doc("db31", """# Besluit op uw Woo-verzoek
{{ORG:Gemeente Harderwijk}}

Mevrouw [[W. Hoekstra]]
[[ADDRESS:Zeebiesstraat 31]]
3844 HK  HARDERWIJK

Datum: 17 november 2026
Kenmerk: {{REF:WOO-2026-0087}}
Onderwerp: besluit op uw verzoek om informatie over de aanwijzing van een gevaarlijke hond

Geachte mevrouw [[Hoekstra]],

Op 6 oktober 2026 heeft u een verzoek gedaan op grond van de {{LAW:Wet open overheid}} ({{LAW:Woo}}). Op 3 november 2026 hebben
wij de beslistermijn met twee weken verdaagd. Met deze brief beslissen wij op uw verzoek.

## Besluit
Wij maken de documenten die op de inventarislijst staan deels openbaar. Documenten 5 (verklaring huisarts) en 26
(telefoonnotitie) maken wij niet openbaar, omdat zij vrijwel geheel bestaan uit medische gegevens.

## Motivering
Documenten bevatten namen, adressen, telefoonnummers en e-mailadressen van het slachtoffer, de houder van de hond,
buurtbewoners, de gedragsdeskundige, de advocaat en medewerkers van de gemeente. Het belang van eerbiediging van
de persoonlijke levenssfeer weegt zwaarder dan het belang van openbaarheid ({{LAW:artikel 5.1, tweede lid, onder e}};
code {{REF:5.1.2e}}). Medische gegevens zijn bijzondere persoonsgegevens ({{LAW:artikel 5.1, eerste lid, onder d}}; code
{{REF:5.1.1d}}). Het burgerservicenummer maken wij niet openbaar ({{REF:5.1.1e}}). De namen van {{OFFICE:burgemeester Terpstra}},
{{OFFICE:wethouder Kamphuis}} en {{OFFICE:raadslid Bos}} blijven leesbaar: zij treden in hun publieke functie op.
===
## Zienswijzen
De advocaat van de houder heeft op 30 oktober 2026 een zienswijze gegeven. Hij vraagt ook het ras van de hond weg
te laken. Dat doen wij niet: het ras alleen is niet tot een persoon herleidbaar. De gedragsdeskundige had geen
bezwaar; haar handelsnaam {{ORG:Hondengedrag Veluwe}} blijft leesbaar, haar naam niet.

## Informatie die niet openbaar gemaakt kan worden
Persoonsgegevens en medische gegevens, zoals hierboven omschreven.
## Motivering
In de openbaar gemaakte versie van deze documenten zijn alle persoonsgegevens van ambtenaren en derden geanonimiseerd.

Bezwaar: binnen zes weken bij het college, via {{MAILBOX:bezwaar@harderwijk.nl}}.

Met vriendelijke groet,
namens het college van burgemeester en wethouders van Harderwijk,

[[Bart-Jan Wessels-Çelik]]
teamleider {{ORG:team Juridische Zaken}}
""", kind="docx", meta={"Producer": "Microsoft® Word voor Microsoft 365", "Creator": "Microsoft® Word voor Microsoft 365",
                        "Author": "Smeets, Anouk", "xmp_creator": "Smeets, Anouk"},
    hidden=[("metadata", "PERSON", "Anouk Smeets", ["Smeets, Anouk"])]))

A(Doc("db32", """# Inventarislijst Woo-besluit {{REF:WOO-2026-0087}}
|*Nr|Document|Datum|Beoordeling|Grond|Opmerking
|1|Woo-verzoek|06-10-2026|deels openbaar|{{REF:5.1.2e}}|
|2|Ontvangstbevestiging|08-10-2026|deels openbaar|5.1.2e|
|3|Registratie melding {{REF:MOR-2026-07-3318}}|12-07-2026|deels openbaar|5.1.2e, 5.1.1d|
|4|Rapport van bevindingen {{REF:TH-2026-0731}}|13-07-2026|deels openbaar|5.1.2e, 5.1.1e, 5.1.1d|BSN
|5|Verklaring huisarts|20-07-2026|niet openbaar|{{REF:5.1.1d}}|medisch
|6|E-mail T&H aan OOV|13-07-2026|deels openbaar|5.1.2e|
|7|Voornemen aanwijzing|27-07-2026|deels openbaar|5.1.2e|
|8|Zienswijze advocaat|07-08-2026|deels openbaar|5.1.2e, 5.1.1d|
|9|E-mails OOV - JZ|07/11-08-2026|deels openbaar|5.1.2e, 5.1.1d|
|10|Opdracht gedragsdeskundige|05-08-2026|deels openbaar|5.1.2e|
|11|Gedragsbeoordeling|21-08-2026|deels openbaar|5.1.2e, 5.1.1d|
|12|Factuur {{REF:2026-0117}}|24-08-2026|deels openbaar|5.1.2e|IBAN
|13|WhatsApp-export buurtapp|03-08-2026|deels openbaar|5.1.2e, 5.1.1d|
|14|Teams-chat handhaving|13-07-2026|deels openbaar|5.1.2e|
|15|Beslisnota|27-08-2026|deels openbaar|5.1.2e|
|16|Besluit aanwijzing|01-09-2026|deels openbaar|5.1.2e|
|17-25|bezorgbewijs, rooster, controle, formulier, raadsvragen, antwoord, persbericht, bezwaar, hoorzitting|div.|deels openbaar|5.1.2e|22 en 23 openbaar
|26|Telefoonnotitie|14-07-2026|niet openbaar|5.1.1d|medisch
|27-30|e-mail politie, memo JZ, brief slachtoffer, zienswijzeverzoek|div.|deels openbaar|5.1.2e|
Behandelaar inventaris: [[A. Smeets]] - controle: [[INITIALS:MdGS]]
""", font="Helvetica", size=9, landscape=True, meta={"Producer": "Aspose.Cells for .NET 24.1", "Creator": "Microsoft Excel"}))

A(Doc("db33", """# Zaakoverzicht - export zaaksysteem
Zaak: {{REF:OOV-2026-0412}}  Zaaktype: {{TERM:Aanwijzing gevaarlijke hond (APV 2:59)}}
Status: besluit genomen, bezwaar lopend ({{REF:BZ-2026-0219}})
Behandelaar: [[Vermeulen, L.]] ([[ID:HW-OOV-0217]])   Tweede lezer: [[Groot-Stam, M. de]]
|*Betrokkene|Rol|Contact
|[[Hul, C. van 't]] (BSN [[BSN:240782252]])|houder|[[kees.vanthul@kpnmail.nl]]
|[[Oosterbaan-de Wit, F.]] (BSN [[BSN:178043138]])|slachtoffer / melder|[[femke.oosterbaan@ziggo.nl]]
|[[Yıldırım, Ş.]]|gemachtigde houder|[[s.yildirim@veluweadvocaten.nl]]
|[[Kwakernaak, I.M.]]|deskundige ({{ORG:Hondengedrag Veluwe}})|{{MAILBOX:info@hondengedragveluwe.nl}}
|[[Dijkhuis, R.]]|getuige|[[ron.dijkhuis@casema.nl]]
## Logboek
|*Datum|Actie|Door
|13-07-2026|zaak aangemaakt uit {{REF:TH-2026-0731}}|[[INITIALS:jbak]]
|27-07-2026|voornemen verzonden|[[INITIALS:lver]]
|07-08-2026|zienswijze ontvangen|[[INITIALS:lver]]
|21-08-2026|rapport deskundige ontvangen|[[INITIALS:lver]]
|01-09-2026|besluit verzonden (aangetekend)|[[INITIALS:post2]]
|19-09-2026|controle {{REF:CTR-2026-118}}: voldaan|[[INITIALS:pmah]]
|09-10-2026|bezwaar ontvangen, doorgezet naar JZ|[[INITIALS:nbou]]
Let op: BSN van houder wijkt af van BSN in rapport {{REF:TH-2026-0731}} - controleren in de {{ORG:BRP}}.
""", font="DejaVuSans", size=9, meta={"Producer": "Aspose.PDF for .NET 23.4", "Creator": "Djuma Zaaksysteem"}))
