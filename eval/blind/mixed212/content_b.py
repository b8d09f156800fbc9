"""Set LP, documents lp18-lp33. {{...}} = personal data (redact), [[...]] = public (keep)."""
from lib import Doc

WORD = "Microsoft® Word voor Microsoft 365"

DOCS = [
Doc("lp18_beslisnota_aanpak_verzuim", """
# Beslisnota - Aanpak schoolverzuim en thuiszitters 2026-2028

Aan: [[college van burgemeester en wethouders]]
Portefeuillehouder: [[wethouder Kloosterman]] (Onderwijs, Jeugd)
Van: team [[Sociaal Domein]], [[Regionaal Bureau Leerplicht Noordoostpolder-Urk]]
Datum: 19 januari 2026 | Kenmerk: [[BN-2026-0031]]
Behandeld door: {{E. Lammers-de Graaf}}, {{e.lammers@noordoostpolder.nl}}, {{06-22 71 05 38}}
Kopie aan: {{D. Roelofsen}} (Juridische Zaken)

# Aanleiding
Het aantal meldingen van relatief verzuim steeg in het schooljaar 2024-2025 met 18% tot 412. Het aantal thuiszitters (langer dan vier weken zonder onderwijs) was gemiddeld 9. De gemeenteraad nam op 3 juli 2025 de motie [[M25-14 "Geen kind thuis"]] aan.

# Geadviseerd besluit
Aan het college wordt gevraagd:
1. in te stemmen met de [[Uitvoeringsagenda Thuiszitters 2026-2028]];
2. in te stemmen met een [[preventieve aanpak]] waarin de leerplichtambtenaar bij 16 uur verzuim binnen vier weken al een gesprek voert;
3. de raad te informeren via een raadsinformatiebrief.

# Kern
De werkwijze verschuift van handhaven naar eerder in gesprek gaan. Een [[Halt-verwijzing]] of [[proces-verbaal]] blijft het sluitstuk. Uit de evaluatie blijkt dat in 2025 van de 31 processen-verbaal er 22 door het [[Openbaar Ministerie]] zijn afgedaan met een [[OM-strafbeschikking]].
\f
# Krachtenveld
De scholen in het [[Samenwerkingsverband Passend Onderwijs Noordoostpolder-Urk]] steunen de aanpak. De [[GGD Flevoland]] vraagt om een vaste jeugdarts in elk ZAT. {{Lammers-de Graaf}} heeft het voorstel op 12 januari besproken met {{de heer P. Hoogendoorn}}, directeur van het samenwerkingsverband.

# Financiën
De extra formatie (1,0 fte leerplichtambtenaar) wordt gedekt uit de [[Regeling regionale aanpak voortijdig schoolverlaten]] (RMC-middelen, [[OCW]]).

# Informatie die niet openbaar gemaakt kan worden
Geen; bij actieve openbaarmaking worden persoonsgegevens verwijderd.

# Motivering
In de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van ambtenaren en derden geanonimiseerd (artikel 5.1, tweede lid, onder e [[Wet open overheid]]).

!Naam | Functie | Paraaf | Datum
{{E. Lammers-de Graaf}} | coördinator leerplicht | {{ELdG}} | 19-01-2026
{{W. Brouwer-Tjallema}} | teammanager Sociaal Domein | {{WBT}} | 20-01-2026
{{mr. S.A. Haverkamp}} | concernjurist | {{SAH}} | 21-01-2026
""", kind="docx", author="Lammers-de Graaf, Esther", title="Beslisnota aanpak schoolverzuim"),

Doc("lp19_jaarverslag_leerplicht", """
# Jaarverslag leerplicht en RMC 2024-2025 (uittreksel)

[[Regionaal Bureau Leerplicht Noordoostpolder-Urk]] - werkgebied [[gemeente Noordoostpolder]] en [[gemeente Urk]]

# 1. Kerncijfers
!Indicator | 2023-2024 | 2024-2025
Leerplichtigen (5-16 jaar) | 7.812 | 7.905
Meldingen relatief verzuim | 349 | 412
Meldingen luxeverzuim | 41 | 37
Halt-verwijzingen | 28 | 33
Processen-verbaal | 26 | 31
Absoluut verzuim (niet ingeschreven) | 4 | 6
Vrijstellingen art. 5 sub a | 19 | 22

# 2. Ontwikkelingen
Het verzuim concentreert zich in het derde en vierde leerjaar van het voortgezet onderwijs. Opvallend is de stijging van verzuim met een psychische achtergrond. Het aantal verwijzingen naar [[Bureau Halt]] steeg licht. In samenwerking met [[Het Poldercollege]] en het [[Menno Simons College]] werd de pilot [[Spijbelpreventie op maandag]] gestart, gefinancierd uit het [[Nationaal Programma Onderwijs]].

# 3. Luxeverzuim
Rond de meivakantie en voor de zomervakantie voerde leerplicht samen met de [[Koninklijke Marechaussee]] controles uit op [[Eindhoven Airport]] en [[Schiphol]]. Dit leidde tot 6 processen-verbaal.

# 4. Vooruitblik
Met de [[Uitvoeringsagenda Thuiszitters 2026-2028]] wordt ingezet op vroegsignalering. De [[Inspectie van het Onderwijs]] onderzoekt in 2026 het verzuimbeleid van het samenwerkingsverband.

Vastgesteld door het college op 28 oktober 2025. Contact: [[leerplicht@noordoostpolder.nl]]

Colofon - tekst: {{Kees Bakkum}} en {{Hans Wessels}} ({{J.H. Wessels}}, cijfers); eindredactie: {{Esther Lammers-de Graaf}}; foto omslag: {{Ingrid Smit-Oosterhuis}} (met toestemming van de ouders van de afgebeelde leerlingen).
""", producer="Adobe PDF Library 17.0", creator="Adobe InDesign 19.2 (Windows)", xmp_creator="Marloes Tichelaar"),

Doc("lp20_raadsvragen_thuiszitters", """
# Schriftelijke vragen ex artikel 40 Reglement van Orde - thuiszitters

Indiener: [[raadslid Hofstede]] ([[ChristenUnie]])
Datum: 24 november 2025 | Nummer: [[RV-2025-088]]

In de krant van 20 november lees ik dat een twaalfjarige jongen uit Marknesse al weken thuiszit en dat de leerplichtambtenaar "alleen een boete kan dreigen". Mijn vragen aan het college:

1. Hoeveel kinderen in onze gemeente zitten op dit moment langer dan vier weken thuis?
2. Hoe vaak is in 2025 een [[proces-verbaal]] opgemaakt tegen ouders, en hoe vaak volgde een Halt-verwijzing?
3. Deelt het college de mening van de ChristenUnie dat bij thuiszitters hulp voor straf moet gaan?

# Antwoord van het college (vastgesteld 16 december 2025)
1. Op 1 december 2025 stonden 8 thuiszitters geregistreerd in de [[Monitor thuiszitters]]. Voor 6 van hen loopt een traject met het [[Sociaal Team Noordoostpolder]].
2. In 2025 werden 31 processen-verbaal opgemaakt en 33 jongeren verwezen naar [[Bureau Halt]].
3. Ja. De leerplichtambtenaar zet een proces-verbaal alleen in als ouders niet meewerken. Het college verwijst naar de [[Uitvoeringsagenda Thuiszitters 2026-2028]].

De burgemeester, [[burgemeester Van Wijngaarden]]
De secretaris, [[gemeentesecretaris Oudman]]

Ambtelijke voorbereiding: {{K. Bakkum}} ({{toestel 3415}}), {{k.bakkum@noordoostpolder.nl}}
Afstemming met het [[Menno Simons College]]: {{mevrouw G. Hoekstra}}; juridische toets: {{mr. S.A. Haverkamp}}.
Het krantenartikel van 20 november 2025 is geschreven door {{M.E. van 't Hooft}}; de gemeente heeft de naam van de leerling niet bevestigd.
""", kind="ttf", producer="Microsoft® Word 2016", creator="iBabs - Raadsinformatiesysteem"),

Doc("lp21_persbericht_concept", """
# CONCEPT PERSBERICHT - niet verspreiden vóór akkoord

Emmeloord, 28 januari 2026

# Noordoostpolder pakt schoolverzuim eerder aan

De [[gemeente Noordoostpolder]] wil dat leerlingen die veel verzuimen sneller hulp krijgen. Het college stemde in met de [[Uitvoeringsagenda Thuiszitters 2026-2028]]. "Elk kind hoort op school. Als een kind wegblijft, is er bijna altijd iets aan de hand. Dan willen we er eerder bij zijn, samen met school en ouders," zegt [[wethouder Kloosterman]].

De leerplichtambtenaren gaan al bij 16 uur verzuim in gesprek, in plaats van pas bij een melding aan [[DUO]]. Ook komt er in elk [[Zorg Advies Team]] een vaste jeugdarts van de [[GGD Flevoland]]. Handhaven blijft mogelijk: ouders die niet meewerken kunnen een [[proces-verbaal]] krijgen; jongeren vanaf 12 jaar kunnen naar [[Bureau Halt]].

Noot voor de redactie: meer informatie bij de woordvoerder van de gemeente, [[Sjoerd Nijland]], via [[pers@noordoostpolder.nl]] of [[0527 633 000]].
""", producer="Microsoft® Word voor Microsoft 365", creator=WORD, author="Anouk Veldhuis",
    notes=[(0, 480, 700, "Anouk Veldhuis", "Quote nog laten checken door wethouder, loopt via {{Femke}} (secretariaat)"),
           (0, 480, 560, "Esther Lammers-de Graaf", "16 uur klopt, maar noem geen casus; de journalist van De Noordoostpolder zit er bovenop. Bel me: {{06-22 71 05 38}}"),
           (0, 480, 430, "Anouk Veldhuis", "Woordvoerder mag met naam, die is publiek. Akkoord {{Lammers}}?")]),

Doc("lp22_factuur_tolk", """
# FACTUUR

{{Hanna Dąbrowska}} - Tolk en vertaler Pools-Nederlands
Beëdigd tolk, [[Register beëdigde tolken en vertalers]] nr. {{Rbtv 20914}}
{{Kerkstraat 41}}, {{8301 KJ Emmeloord}} | {{06 3915 2280}} | {{hanna@dabrowska-tolk.nl}}
KvK {{90417725}} | btw-id {{NL004012876B31}} | IBAN {{NL62 RABO 0318 4420 97}}

Aan: [[gemeente Noordoostpolder]], team [[Sociaal Domein]] / leerplicht
Postbus 155, 8300 AD Emmeloord
Factuurnummer: [[2025-117]] | Factuurdatum: 28 november 2025
Uw referentie: [[LP-2025-0603]] / inkoopordernummer [[IO-45007781]]

!Datum | Omschrijving | Uren | Bedrag
21-10-2025 | Tolken gesprek school en ouder | 1,5 | € 97,50
20-11-2025 | Tolken huisbezoek jeugdconsulent | 2,0 | € 130,00
20-11-2025 | Reiskosten 28 km x € 0,23 | | € 6,44
 | Subtotaal | | € 233,94
 | Btw vrijgesteld (art. 11 Wet OB, tolkdiensten) | | € 0,00
 | Totaal | | € 233,94

Betaling binnen 30 dagen onder vermelding van het factuurnummer.
""", kind="ttf", producer="Moneybird PDF (wkhtmltopdf 0.12.6)", creator="Moneybird"),

Doc("lp23_factuur_training", """
# Factuur 2026-004

[[Weerbaar Leren]] - training en coaching
eigenaar {{Jorrit Zijlstra}}
{{De Deel 12}}, {{8309 CB Tollebeek}}
Tel. {{06-57 30 19 42}} | {{jorrit@weerbaarleren.nl}}
KvK {{81233092}} | IBAN {{NL18 INGB 0007 5519 38}}

Aan: [[Regionaal Bureau Leerplicht Noordoostpolder-Urk]], t.a.v. crediteurenadministratie
Datum: 15 januari 2026 | Referentie: [[pilot Spijbelpreventie op maandag]]

!Omschrijving | Aantal | Prijs | Totaal
Groepstraining Grip op school (4 bijeenkomsten) | 2 | € 1.150,00 | € 2.300,00
Intake- en evaluatiegesprekken | 12 | € 45,00 | € 540,00
Voorbereiding en materiaal | 1 | € 160,00 | € 160,00
Totaal excl. btw | | | € 3.000,00
Btw 21% | | | € 630,00
Totaal te betalen | | | € 3.630,00

Contactpersoon opdrachtgever: {{Kees Bakkum}} ({{KB}}), inkoopordernummer [[IO-45008120]].
Bankrekening op naam van {{J.A. Zijlstra}} h.o.d.n. Weerbaar Leren.
Deelnemende scholen: [[Het Poldercollege]] en [[Menno Simons College]]. Gefinancierd uit het [[Nationaal Programma Onderwijs]].
""", producer="PDFpen 13.1", creator="Pages"),

Doc("lp24_verzoek_vrijstelling", """
{{J.C. Bosman}} en {{L. Bosman-van Dalen}}
{{Urkerweg 112}}
{{8308 PN Nagele}}
{{jc.bosman@hetnet.nl}}

Aan de leerplichtambtenaar van de [[gemeente Noordoostpolder]]
[[Harm Smeengekade 1]]
8302 AG Emmeloord

Nagele, 2 december 2025

Onderwerp: verzoek vrijstelling leerplicht op grond van artikel 5 onder a [[Leerplichtwet 1969]]

Geachte heer, mevrouw,

Onze zoon {{Jesse Bosman}}, geboren {{21 april 2011}}, staat ingeschreven op [[CBS Johan de Witt]] in Nagele. {{Jesse}} heeft sinds zijn achtste {{het chronisch vermoeidheidssyndroom (ME/CVS)}} en kan volgens zijn behandelaars op dit moment geen onderwijs volgen, ook niet in aangepaste vorm. Wij verzoeken u hem voor het schooljaar 2025-2026 vrij te stellen van de inschrijvingsplicht.

Bijgevoegd zijn een verklaring van de kinderarts van het [[Antonius Ziekenhuis Emmeloord]], {{dr. R. Sikkema}}, en het advies van de onafhankelijk arts van de [[GGD Flevoland]].

Wij horen graag wanneer u een besluit neemt. U kunt ons bereiken op {{0527-651 733}} of {{06 2233 8104}}.

Met vriendelijke groet,

{{Jan-Cees Bosman}}          {{Liesbeth Bosman-van Dalen}}
""", kind="docx", health=["het chronisch vermoeidheidssyndroom (ME/CVS)"]),

Doc("lp25_besluit_vrijstelling", """
[[Gemeente Noordoostpolder]]
Postbus 155 | 8300 AD Emmeloord | [[www.noordoostpolder.nl]]

Aangetekend
{{De heer en mevrouw Bosman}}
{{Urkerweg 112}}
{{8308 PN Nagele}}

Datum: 13 januari 2026
Kenmerk: [[LP-2025-0630]]
Onderwerp: besluit op uw verzoek om vrijstelling

Geachte {{heer en mevrouw Bosman}},

Op 2 december 2025 ontvingen wij uw verzoek om vrijstelling van de inschrijvingsplicht voor uw zoon {{Jesse}} op grond van artikel 5 onder a van de [[Leerplichtwet 1969]].

# Besluit
Wij verlenen de vrijstelling voor de periode van 13 januari 2026 tot en met 31 juli 2026.

# Overwegingen
Voor deze vrijstelling is het advies nodig van een door het college aangewezen arts (artikel 5, onder a, [[Leerplichtwet 1969]]). De jeugdarts van de [[GGD Flevoland]] heeft op 8 januari 2026 geadviseerd dat uw zoon op lichamelijke of psychische gronden niet geschikt is om tot een school te worden toegelaten. Wij nemen dit advies over. De leerplichtambtenaar neemt vóór 1 juni 2026 contact met u op om te bespreken of in het nieuwe schooljaar (gedeeltelijk) onderwijs mogelijk is, bijvoorbeeld via [[onderwijszorgarrangement]] met [[CBS Johan de Witt]].

# Bezwaar
Bent u het niet eens met dit besluit, dan kunt u binnen zes weken bezwaar maken bij het college van burgemeester en wethouders, op grond van de [[Algemene wet bestuursrecht]].

Met vriendelijke groet,
namens het college van burgemeester en wethouders,

{{mevrouw E. Lammers-de Graaf}}
coördinator [[Regionaal Bureau Leerplicht Noordoostpolder-Urk]]

Behandelaar: {{Hanneke Schoemaker}}, {{h.schoemaker@noordoostpolder.nl}}, {{06-53 88 20 17}}
Afschrift: [[CBS Johan de Witt]], t.a.v. {{mevrouw A. Wijnja}} (directeur); [[GGD Flevoland]], {{dr. F. Algra}}
""", producer="Aspose.Words for .NET 23.4.0", creator="Corsa - Postregistratie"),

Doc("lp26_presentielijst_scan", """
# Presentielijst training Grip op school - bijeenkomst 3
# Locatie Het Poldercollege, 12 januari 2026
Naam leerling        Klas       Handtekening
~ {{Sem Oldenhof}}        3B        {{S. Oldenhof}}
~ {{Noa de Jager}}        3C        {{N. de Jager}}
~ {{Bilal}} {{Aydın}}        3B        {{B. Aydin}}
~ {{Jesper Tuinstra}}        4A        afwezig (ziek)
~ {{Lotte Hiemstra}}        3C        {{L. Hiemstra}}
Trainer: {{Jorrit Zijlstra}}
Mentor aanwezig: {{Ilse Kroes}}
""", kind="scan", producer="Xerox WorkCentre 7855 Scan to PDF", creator="Xerox WorkCentre 7855",
    stamp="Bijlage bij factuur [[2026-004]] - [[pilot Spijbelpreventie op maandag]]"),

Doc("lp27_memo_handgeschreven_scan", """
# MEMO
Aan: coördinator leerplicht
Van: {{R. van der Meulen}}
Datum: 16 januari 2026
Betreft: proces-verbaal Marknesse, dossier 0603
Het proces-verbaal tegen moeder is vandaag opgemaakt. Ik adviseer het OM om voorwaardelijk te seponeren met hulpverlening.
De jeugdconsulent {{Sevda}} {{Yıldırım}} is akkoord. Kopie: {{K. Bakkum}}.
~ Eens, wel eerst bellen met {{Agnieszka}} {{Wiśniewska}} via de tolk.
~ Graag terugkoppeling aan de school ({{Gerda}}).
~ {{ELdG}} 19/1
""", kind="scan", producer="Ricoh IM C3000 PDF", creator="Ricoh IM C3000",
    stamp="Gescand - zaak [[LP-2025-0603]]"),

Doc("lp28_melding_rvdk", """
# Verzoek tot onderzoek - [[Raad voor de Kinderbescherming]]

Aan: [[Raad voor de Kinderbescherming]], locatie Lelystad
Van: [[Regionaal Bureau Leerplicht Noordoostpolder-Urk]]
Datum: 3 februari 2026 | Kenmerk: [[LP-2025-0624]]
Grondslag: [[artikel 22 Leerplichtwet 1969]] en het [[Samenwerkingsprotocol leerplicht-Raad]]

# Gegevens kind
Naam: {{Yasmina El Khatib}}
Geboortedatum: {{05-11-2013}}
School: [[obs De Kleine Johannes]], groep 8, Emmeloord
Adres: {{Gildenweg 61}}, Emmeloord

# Gezagdragende ouders
Vader: {{Karim El Khatib}}, {{+31 6 45 80 11 27}}
Moeder: {{Fatima El Khatib-Bouzid}}, {{06 2704 6615}}

# Aanleiding
Het kind verzuimde in het schooljaar 2024-2025 in totaal 19 dagen rond schoolvakanties (luxeverzuim). In het lopende schooljaar bleef zij van 3 tot en met 21 november 2025 weg in verband met een familiebezoek in Marokko, zonder toestemming van de directeur. Ouders kregen in 2025 een [[OM-strafbeschikking]]. Tijdens het gesprek op 20 januari 2026 verklaarde vader dat het gezin in de meivakantie opnieuw langer weg wil.
\f
# Zorgen
De school meldt een oplopende leerachterstand en een afwachtende houding van ouders. Volgens de intern begeleider, {{mevrouw Rianne Postma}}, zegt het kind dat zij "niet terug mag naar groep 8". Een hulpverleningstraject via het [[Sociaal Team Noordoostpolder]] is door ouders afgewezen.

# Verzoek
Leerplicht verzoekt de Raad te onderzoeken of een maatregel van kinderbescherming nodig is om het geregeld schoolbezoek te waarborgen.

Contactpersoon leerplicht: {{Kees Bakkum}}, leerplichtambtenaar, {{k.bakkum@noordoostpolder.nl}}, {{06 1945 8830}}
Voor akkoord: {{E. Lammers-de Graaf}}, coördinator
""", kind="ttf", producer="iText® 7.2.5 ©2000-2023 Apryse Group NV", creator="Suite4Sociaal Domein"),

Doc("lp29_werkproces_verzuim", """
# Werkproces verzuimaanpak Noordoostpolder-Urk (versie 3.2)

Vastgesteld in het [[regio-overleg leerplicht]] van 5 december 2025. Eigenaar: [[Regionaal Bureau Leerplicht Noordoostpolder-Urk]]. Dit werkproces volgt het [[Verzuimprotocol Flevoland]] en de handreiking van [[Ingrado]].

# 1. Melding en registratie
De school meldt ongeoorloofd verzuim van 16 uur in vier weken binnen vijf schooldagen via het [[Verzuimloket DUO]]. Bij luxeverzuim meldt de school direct. De melding komt binnen in [[Suite4Sociaal Domein]] en wordt binnen twee werkdagen toegewezen aan de leerplichtambtenaar van de school.

# 2. Eerste contact
Binnen tien werkdagen nodigt de leerplichtambtenaar de ouders en de leerling (vanaf 12 jaar) uit. Bij zorgsignalen volgt overleg met het [[Sociaal Team Noordoostpolder]] of de jeugdarts van de [[GGD Flevoland]]. Bij een vermoeden van kindermishandeling geldt de [[Meldcode huiselijk geweld en kindermishandeling]] en is [[Veilig Thuis]] bereikbaar via [[0800-2000]].

# 3. Interventies
a. waarschuwingsgesprek; b. [[Halt-verwijzing]] (jongeren 12-18 jaar, maximaal twee keer); c. [[proces-verbaal]] tegen ouders en/of jongere vanaf 12 jaar; d. verzoek tot onderzoek bij de [[Raad voor de Kinderbescherming]].

# 4. Thuiszitters
Een leerling die langer dan vier weken zonder geldige reden niet naar school gaat, wordt besproken in het [[Thuiszittersoverleg]] met het samenwerkingsverband. Doel is binnen drie maanden een passend aanbod.
\f
# 5. Vrijstellingen
Verzoeken om vrijstelling op grond van artikel 5 onder a, b of c [[Leerplichtwet 1969]] worden binnen acht weken afgehandeld. Voor artikel 5 onder a is het advies van een onafhankelijk arts van de [[GGD Flevoland]] nodig.

# 6. Registratie en privacy
Gegevens worden bewaard volgens de [[Selectielijst gemeenten en intergemeentelijke organen 2020]]. Dossiers worden vijf jaar na het einde van de leerplicht vernietigd. Verstrekking aan derden gebeurt alleen op grond van de [[Leerplichtwet 1969]] of de [[Jeugdwet]].

# 7. Versiebeheer
Versie 3.2 verwerkt de opmerkingen van de scholen en van de [[Functionaris Gegevensbescherming]]. Vragen over dit werkproces: {{Esther Lammers}} ({{e.lammers@noordoostpolder.nl}}), of {{Jolien Mulder}} van het samenwerkingsverband ({{j.mulder@swv-nopurk.nl}}).
""", producer="Microsoft® Word voor Microsoft 365", creator=WORD,
    outline=["1. Melding (tekst {{H. Schoemaker}})", "2. Eerste contact", "3. Interventies - check {{Ruud vd Meulen}}",
             "4. Thuiszitters", "5. Vrijstellingen (input {{Bakkum}})", "6. Registratie en privacy - FG {{mr. T. Wolters}}", "7. Versiebeheer"]),

Doc("lp30_inspectie_rapport", """
# [[Inspectie van het Onderwijs]] - Onderzoek naar de verzuimaanpak in de regio Noordoostpolder-Urk

Datum vaststelling: 14 oktober 2025 | Onderzoeksnummer: [[ION-2025-41187]]

# Samenvatting
De inspectie onderzocht in 2025 hoe scholen, het samenwerkingsverband en de gemeente samenwerken bij verzuim en thuiszitters. De scholen melden het verzuim in de regel tijdig. De leerplichtambtenaren zijn goed bereikbaar voor scholen. Wel verschillen de scholen in wanneer zij verzuim als ongeoorloofd registreren.

# Bevindingen
1. Bij [[Het Poldercollege]] wordt verzuim binnen vijf dagen gemeld; bij twee basisscholen duurde dit gemiddeld drie weken.
2. Het [[Thuiszittersoverleg]] komt maandelijks bijeen. Voor 3 van de 9 thuiszitters was na drie maanden nog geen aanbod.
3. De gegevensuitwisseling tussen school en leerplicht loopt vaak via persoonlijke telefoons en WhatsApp. Dit past niet bij de [[Algemene verordening gegevensbescherming]].

# Gesprekspartners
Het inspectieteam ({{drs. M. Koopmans}}, inspecteur, {{m.koopmans@owinsp.nl}}, {{06-11 92 40 73}}, en {{L. de Vries-Öztürk}}, inspecteur, {{l.devries-ozturk@owinsp.nl}}) sprak met de directie van het samenwerkingsverband, met zorgcoördinatoren van vijf scholen, met de coördinator leerplicht en met [[wethouder Kloosterman]].

# Vervolg
De inspectie verwacht dat het samenwerkingsverband binnen zes maanden een verbeterplan opstelt. Vragen: [[Loket Onderwijsinspectie]], [[088 669 6060]].
""", producer="Adobe PDF Library 15.0", creator="Adobe InDesign 18.0", author="Koopmans, Marieke"),

Doc("lp31_woo_besluit", """
# Besluit op uw Woo-verzoek

[[Gemeente Noordoostpolder]] | Postbus 155 | 8300 AD Emmeloord
Kenmerk: [[WOO-2026-0077]] | Datum: 20 maart 2026

{{Mevrouw M.E. van 't Hooft}}
{{Kampweg 14}}
{{8302 AB Emmeloord}}

Geachte {{mevrouw Van 't Hooft}},

Op 9 februari 2026 vroeg u om documenten over de aanpak van schoolverzuim door het [[Regionaal Bureau Leerplicht Noordoostpolder-Urk]]. Op 5 maart 2026 hebben wij de beslistermijn met twee weken verdaagd. Met deze brief beslissen wij op uw verzoek.

# Besluit
Wij maken de documenten op de inventarislijst gedeeltelijk openbaar. Dat betekent dat 28 documenten deels openbaar worden gemaakt, 3 documenten geheel openbaar en 2 documenten niet openbaar (de schoolrapportages in dossier [[LP-2025-0603]]).

# Overwegingen
De documenten gaan grotendeels over individuele leerlingen en hun ouders. Het gaat om minderjarigen, om gegevens over gezondheid en om strafrechtelijke gegevens (processen-verbaal). Het belang van de eerbiediging van de persoonlijke levenssfeer weegt hier zwaarder dan het belang van openbaarheid. Wij hebben namen, adressen, geboortedata, telefoonnummers, e-mailadressen en BSN verwijderd. Ook namen van medewerkers van de gemeente, van scholen, van [[Bureau Halt]] en van het [[Sociaal Team Noordoostpolder]] zijn verwijderd, omdat zij niet uit hoofde van hun functie in de openbaarheid treden.
\f
Namen van [[burgemeester Van Wijngaarden]], [[wethouder Kloosterman]] en van raadsleden maken wij wel openbaar, omdat zij in hun publieke rol optreden. Dat geldt ook voor de woordvoerder.

# Informatie die niet openbaar gemaakt kan worden
Persoonsgegevens (artikel 5.1, tweede lid, onder e [[Wet open overheid]], code [[5.1.2e]]); bijzondere persoonsgegevens over gezondheid (artikel 5.1, eerste lid, onder d, code [[5.1.1d]]); BSN (artikel 5.1, eerste lid, onder e, code [[5.1.1e]]).

# Motivering
Bij alle documenten zijn de persoonsgegevens van leerlingen, ouders, medewerkers en andere derden onleesbaar gemaakt. Bij de niet-openbare documenten is gedeeltelijke openbaarmaking niet mogelijk zonder dat de leerling herkenbaar blijft.

# Bezwaar
Tegen dit besluit kunt u binnen zes weken bezwaar maken bij ons college ([[Algemene wet bestuursrecht]]).

Met vriendelijke groet,
namens het college van burgemeester en wethouders van [[Noordoostpolder]],

{{mr. D. Roelofsen}}
Woo-coördinator

Contact over dit besluit: {{Dirkje Roelofsen}}, {{d.roelofsen@noordoostpolder.nl}}, {{0527 633 287}}. Zienswijzen zijn gevraagd aan {{de heer B. Timmerman}} ([[Halt Noord-Nederland]]) en {{mevrouw G. Hoekstra}} ([[Menno Simons College]]); beiden hebben geen bezwaar gemaakt tegen openbaarmaking van hun functie.
""", kind="docx"),

Doc("lp32_inventarislijst", """
# Inventarislijst Woo-besluit [[WOO-2026-0077]] - aanpak schoolverzuim

!Nr | Document | Datum | Beoordeling | Grond | Opmerking
1 | Woo-verzoek | 09-02-2026 | deels openbaar | [[5.1.2e]] | gegevens verzoeker
2 | Ontvangstbevestiging | 12-02-2026 | deels openbaar | 5.1.2e |
3 | Verzuimmelding [[VZM-2025-118734]] | 03-10-2025 | deels openbaar | 5.1.2e, 5.1.1e |
4 | Verzuimmelding [[MSC-VZ-2025-031]] | 14-11-2025 | deels openbaar | 5.1.2e, 5.1.1d, 5.1.1e |
5 | Uitnodiging verzuimgesprek | 08-10-2025 | deels openbaar | 5.1.2e |
6 | Brief ouder (scan) | 13-10-2025 | deels openbaar | 5.1.2e |
7 | E-mailwisseling ouders en school | 14-10-2025 | deels openbaar | 5.1.2e, 5.1.1d |
8 | Verslag verzuimgesprek | 22-10-2025 | deels openbaar | 5.1.2e, 5.1.1d |
9 | E-mails school en sociaal team | 21-11-2025 | deels openbaar | 5.1.2e |
10 | Teams-chat leerplicht | 04-12-2025 | deels openbaar | 5.1.2e |
11 | WhatsApp-chat mentor | 06-01-2026 | deels openbaar | 5.1.2e, 5.1.1d |
12 | Halt-verwijzing [[HLT-NN-2025-08841]] | 28-11-2025 | deels openbaar | 5.1.2e |
13 | Afsluitbericht Halt | 08-01-2026 | deels openbaar | 5.1.2e |
14 | Proces-verbaal [[PV-LP-2026-0009]] | 16-01-2026 | deels openbaar | 5.1.2e, 5.1.1e |
15 | Verslag ZAT | 11-12-2025 | deels openbaar | 5.1.2e, 5.1.1d |
16 | Overzicht lopende zaken | 31-12-2025 | deels openbaar | 5.1.2e |
17 | Bereikbaarheidslijst | 05-01-2026 | deels openbaar | 5.1.2e |
18 | Beslisnota [[BN-2026-0031]] | 19-01-2026 | deels openbaar | 5.1.2e |
19 | Jaarverslag 2024-2025 | 28-10-2025 | openbaar | - | reeds gepubliceerd
20 | Raadsvragen [[RV-2025-088]] en antwoord | 16-12-2025 | deels openbaar | 5.1.2e |
21 | Concept persbericht | 28-01-2026 | deels openbaar | 5.1.2e | definitieve versie openbaar
22 | Factuur tolk [[2025-117]] | 28-11-2025 | deels openbaar | 5.1.2e |
23 | Factuur training [[2026-004]] | 15-01-2026 | deels openbaar | 5.1.2e |
24 | Verzoek vrijstelling | 02-12-2025 | deels openbaar | 5.1.2e, 5.1.1d |
25 | Besluit vrijstelling | 13-01-2026 | deels openbaar | 5.1.2e |
26 | Presentielijst training | 12-01-2026 | deels openbaar | 5.1.2e |
27 | Memo proces-verbaal | 16-01-2026 | deels openbaar | 5.1.2e |
28 | Verzoek tot onderzoek RvdK | 03-02-2026 | deels openbaar | 5.1.2e |
29 | Werkproces verzuimaanpak 3.2 | 05-12-2025 | openbaar | - |
30 | Inspectierapport [[ION-2025-41187]] | 14-10-2025 | openbaar | - | reeds gepubliceerd
31 | Schoolrapportage (2x) | 12-2025 | niet openbaar | 5.1.2e, 5.1.1d | leerling herkenbaar

Opgesteld door {{D. Roelofsen}} ({{DR}}), gecontroleerd door {{S.A. Haverkamp}} ({{SAH}}) op 18-03-2026.
""", kind="ttf", font=8, colw=[.05, .36, .11, .15, .15, .18],
    producer="Aspose.Cells for .NET 24.1", creator="Woo-inventaris (Excel)"),

Doc("lp33_mail_journalist_afbakening", """
Van: {{Merel van 't Hooft}} <{{merel.vanthooft@gmail.com}}>
Verzonden: woensdag 18 februari 2026 11:32
Aan: Woo Noordoostpolder <[[woo@noordoostpolder.nl]]>
Onderwerp: RE: uw Woo-verzoek [[WOO-2026-0077]] - afbakening

Beste {{mevrouw Roelofsen}},

Dank voor het telefoongesprek van gisteren. Zoals afgesproken beperk ik mijn verzoek tot documenten van na 1 september 2025. Namen van kinderen en ouders hoeven er niet in. Wel graag de namen van de bestuurders die over het beleid hebben besloten. Mijn nieuwe mobiele nummer is {{+31 6 1270 4495}}.

Met groet,
{{Merel}}

Van: Woo Noordoostpolder <[[woo@noordoostpolder.nl]]>
Verzonden: dinsdag 17 februari 2026 15:10
Aan: {{merel.vanthooft@gmail.com}}
CC: {{Lammers-de Graaf, Esther}} <{{e.lammers@noordoostpolder.nl}}>; {{Haverkamp, Steven}} <{{s.haverkamp@noordoostpolder.nl}}>
Onderwerp: uw Woo-verzoek [[WOO-2026-0077]] - afbakening

Geachte {{mevrouw Van 't Hooft}},

Uw verzoek omvat naar een eerste inventarisatie meer dan 600 documenten, waarvan het grootste deel individuele leerlingdossiers uit [[Suite4Sociaal Domein]]. Wij stellen voor het verzoek te beperken tot beleidsdocumenten, de raadsvragen, en een representatieve selectie van dossierstukken vanaf het schooljaar 2025-2026. Wij verwerken uw akkoord in het besluit.

Met vriendelijke groet,

{{D. Roelofsen}} | Woo-coördinator
Team [[Juridische Zaken]], [[gemeente Noordoostpolder]]
T {{0527 633 287}} (di-do)
Algemeen: [[14 0527]]
""", producer="Microsoft Outlook 16.0 - Print to PDF", creator="Microsoft Outlook 16.0"),

Doc("lp34_verlofaanvraag_luxeverzuim", """
# Aanvraag verlof buiten de schoolvakanties (artikel 11 onder f en artikel 13a [[Leerplichtwet 1969]])

In te leveren bij de directeur van de school, minimaal acht weken van tevoren. Bij meer dan tien schooldagen beslist de leerplichtambtenaar.

# Gegevens aanvrager
Naam ouder/verzorger: {{Karim El Khatib}}
Adres: {{Gildenweg 61}}, 8303 Emmeloord
Telefoon: {{+31 6 45 80 11 27}} | E-mail: {{karim.elkhatib1979@hotmail.com}}

# Gegevens kinderen
!Naam | Geboortedatum | School | Groep
{{Yasmina El Khatib}} | {{05-11-2013}} | [[obs De Kleine Johannes]] | 8
{{Adam El Khatib}} | {{19-07-2017}} | [[obs De Kleine Johannes]] | 4
{{Rayan El Khatib}} | {{02-02-2020}} | [[Kindcentrum Het Palet]] | 1

# Verlof
Periode: 14 april 2026 tot en met 8 mei 2026 (15 schooldagen)
Reden: bruiloft van {{mijn broer Youssef in Nador}}; familie komt uit heel Europa. Werkgeversverklaring bijgevoegd: vader werkt in ploegendienst bij {{Bouwbedrijf Kramer Urk}} en kan niet in de zomervakantie weg.

Datum: 10 februari 2026 | Handtekening: {{K. El Khatib}}

# Beslissing (in te vullen door de leerplichtambtenaar)
Verlof geweigerd. Een bruiloft van een familielid in de tweede graad rechtvaardigt ten hoogste twee dagen verlof (handreiking [[Ingrado]]). Eerdere ongeoorloofde afwezigheid: zie [[LP-2025-0624]].
Leerplichtambtenaar: {{K. Bakkum}} | Datum: 17 februari 2026 | Paraaf: {{KB}}
Afschrift: directeur [[obs De Kleine Johannes]], {{dhr. T. Veenstra}}
""", kind="docx"),

Doc("lp35_brief_om_strafbeschikking", """
[[Openbaar Ministerie]]
[[Parket Midden-Nederland]] - [[CVOM]]
Postbus 50000, 3500 PA Utrecht

{{Mevrouw F. El Khatib-Bouzid}}
{{Gildenweg 61}}
{{8303 KV Emmeloord}}

Datum: 4 juni 2025
Parketnummer: {{16-218344-25}}
CJIB-kenmerk: {{2025-0931-7714-0028}}

# Strafbeschikking

Geachte {{mevrouw El Khatib-Bouzid}},

De officier van justitie legt u een strafbeschikking op wegens overtreding van artikel 2, eerste lid, van de [[Leerplichtwet 1969]]: u heeft niet gezorgd dat uw dochter {{Yasmina}}, geboren {{05-11-2013}}, de school geregeld bezocht in de periode van 24 maart tot en met 11 april 2025.

Opgelegde straf: een geldboete van € 500,00. U kunt de boete betalen met de acceptgiro van het [[Centraal Justitieel Incassobureau]] (CJIB).

Verzet: u kunt binnen twee weken verzet doen bij het [[Openbaar Ministerie]]. Dan beslist de kantonrechter.

Gegevens verdachte: geboren {{17-03-1986}} te {{Rotterdam}}, BSN {{261779045}}.
Verbalisant: {{R. van der Meulen}}, [[gemeente Noordoostpolder]], proces-verbaal [[PV-LP-2025-0031]].

De officier van justitie,
{{mr. J.P. van Limburg Stirum}}\nnamens deze: {{A. Sprenger}}, parketsecretaris, {{a.sprenger@om.nl}}
""", kind="ttf", producer="OpenText Exstream 16.6 (PDF)", creator="CVOM Strafbeschikking"),
]
