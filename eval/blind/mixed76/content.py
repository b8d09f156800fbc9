"""Documents of set CH: personnel and integrity at the gemeente Eindhoven (2025). All persons invented
except the office holders in their role (burgemeester Dijsselbloem, wethouders Steenbakkers and Thijs)."""

# R: "KIND|value|probe;probe"  (probe list omitted -> the value itself). All probes word=True, after=0.
# K: "KIND|value|probe;probe"  after counted on the original's PDFium text.
# H: (channel, "KIND|value|probe") redact probes that live only in a hidden channel.
DOCS = []


def D(stem, title, markup, R, K, prod="rl", font="Helvetica", size=10, H=(), header="", **kw):
    DOCS.append(dict(stem=stem, title=title, markup=markup, R=R, K=K, prod=prod, font=font, size=size, H=list(H),
                     header=header, **kw))


HDR = "Gemeente Eindhoven | Postbus 90150, 5600 RB Eindhoven | telefoon 14 040 | www.eindhoven.nl"

# ------------------------------------------------------------------------------------------ ch01
D("ch01_onderzoeksrapport_integriteitsmelding", "Rapport onderzoek integriteitsmelding INT-2025-014", """
# Rapport onderzoek naar een integriteitsmelding
Opdrachtgever: de burgemeester van Eindhoven, J.R.V.A. Dijsselbloem | Uitgevoerd door: Hoffmann Bedrijfsrecherche B.V.
Kenmerk opdrachtgever: INT-2025-014 | Kenmerk Hoffmann: HB-25-0871 | Datum: 12 juni 2025 | Classificatie: vertrouwelijk
## 1. Aanleiding
Op 3 maart 2025 ontving het Bureau Integriteit van de gemeente Eindhoven via integriteit@eindhoven.nl een melding van de heer R. Veldhoven, inspecteur bouw- en woningtoezicht binnen de sector Vergunningen, Toezicht en Handhaving (VTH). De melding betrof de teamleider Toezicht, mevrouw M. van den Heuvel-Brouwers, en de toezichthouder D. Kuijpers (personeelsnummer 121936).
Volgens de melder zou mevrouw Van den Heuvel-Brouwers dossiers van Kempen Bouw Groep B.V. aan zichzelf hebben toegewezen, terwijl haar zwager, de heer F. Brouwers, bestuurder van dat bedrijf is. Verder zou de heer Kuijpers bij controles op de bouwplaats aan de Fuutlaan geschenken hebben aangenomen.
## 2. Opdracht en onderzoeksvragen
De burgemeester heeft op 14 maart 2025, na overleg met de gemeentesecretaris, Hoffmann Bedrijfsrecherche opdracht gegeven tot een feitenonderzoek. De onderzoeksvragen luiden:
1. Heeft mevrouw Van den Heuvel-Brouwers een nevenfunctie of privébelang gemeld zoals voorgeschreven in artikel 5 van de Ambtenarenwet 2017 en de Gedragscode integriteit gemeente Eindhoven 2023?
2. Heeft zij dossiers toegewezen of beoordeeld waarin dat belang een rol speelde?
3. Heeft de heer Kuijpers giften aangenomen boven de in de gedragscode genoemde grens van EUR 50?
## 3. Werkwijze
Het onderzoek is uitgevoerd door mr. A. ten Brinke (onderzoeker) onder verantwoordelijkheid van E. Brand (senior onderzoeker). Er zijn zes gesprekken gevoerd: met de melder, met twee getuigen (mevrouw P. Zomer, vergunningverlener, en de heer Y. Aydın, jurist VTH), met de manager VTH, de heer K. Bosch, en met beide betrokkenen. Van ieder gesprek is een verslag gemaakt dat ter correctie aan de gesprekspartner is voorgelegd (hoor en wederhoor).
Daarnaast is het zaaksysteem Squit XO geraadpleegd en zijn de e-mailboxen van de betrokkenen over de periode 1 januari 2024 tot en met 28 februari 2025 doorzocht, met toestemming van de gemeentesecretaris en binnen de kaders van de Algemene verordening gegevensbescherming.
---
## 4. Bevindingen ten aanzien van mevrouw Van den Heuvel-Brouwers
Uit het zaaksysteem blijkt dat in de onderzochte periode elf handhavingsverzoeken en vier omgevingsvergunningen betrekking hadden op projecten van Kempen Bouw Groep. In negen daarvan heeft mevrouw Van den Heuvel-Brouwers zichzelf als behandelaar of als tweede beoordelaar opgenomen (bijlage 2). In het register nevenwerkzaamheden staat geen melding van een privébelang.
Mevrouw Zomer verklaarde: "Marloes zei dat zij die dossiers zelf wilde doen, omdat zij de aannemer kende." De heer Aydın bevestigde dat hij in oktober 2024 bij de teamleider heeft aangekaart dat de schijn van belangenverstrengeling kon ontstaan. Mevrouw Van den Heuvel-Brouwers erkent de familierelatie, maar stelt dat zij nooit inhoudelijk anders heeft beslist dan haar collega's zouden hebben gedaan.
De onderzoekers hebben geen aanwijzingen gevonden dat besluiten inhoudelijk onjuist zijn. Wel is vastgesteld dat het privébelang niet is gemeld en dat de toewijzing van dossiers niet in overeenstemming was met paragraaf 3.2 van de gedragscode.
## 5. Bevindingen ten aanzien van de heer Kuijpers
De heer Kuijpers heeft in de periode van mei tot en met november 2024 ten minste drie keer een cadeaukaart van Kempen Bouw Groep ontvangen, met een gezamenlijke waarde van EUR 2.450. Hij heeft dit in het gesprek op 22 april 2025 erkend. De giften zijn niet gemeld bij zijn leidinggevende of bij het Bureau Integriteit.
## 6. Conclusies
a. Mevrouw Van den Heuvel-Brouwers heeft haar privébelang niet gemeld en heeft dossiers behandeld waarin dat belang speelde. Dit levert strijd op met de gedragscode.
b. De heer Kuijpers heeft giften aangenomen van aanzienlijke waarde. Dit is aan te merken als ernstig plichtsverzuim in de zin van de Cao Gemeenten.
c. De melder heeft te goeder trouw gehandeld en is beschermd op grond van de Wet bescherming klokkenluiders.
---
## 7. Verantwoording
Het rapport is op 12 juni 2025 aangeboden aan de burgemeester en ter kennisname gezonden aan wethouder Steenbakkers (portefeuille Personeel en Organisatie). Het conceptrapport is op 30 mei 2025 voorgelegd aan beide betrokkenen; de reactie van mr. P.J. Hazelhoff namens mevrouw Van den Heuvel-Brouwers is als bijlage 4 opgenomen.
| Naam | Rol | Paraaf | Datum |
| A. ten Brinke | onderzoeker | AtB | 12-06-2025 |
| E. Brand | senior onderzoeker | EB | 12-06-2025 |
| G. in 't Zandt | integriteitscoördinator, gemeente | GitZ | 13-06-2025 |
Contact Hoffmann Bedrijfsrecherche: telefoon 088 - 011 22 00 (algemeen), a.tenbrinke@hoffmann.nl, direct 06-10 92 33 58.
## Informatie die niet openbaar gemaakt kan worden
Dit onderdeel wordt ingevuld bij openbaarmaking.
""", R=[
    "PERSON|Ruud Veldhoven|R. Veldhoven;Veldhoven",
    "PERSON|Marloes van den Heuvel-Brouwers|M. van den Heuvel-Brouwers;Van den Heuvel-Brouwers;Marloes",
    "PERSON|Dennis Kuijpers|D. Kuijpers;Kuijpers",
    "NUMBER|personeelsnummer Kuijpers|121936",
    "PERSON|Frank Brouwers|F. Brouwers",
    "PERSON|Anouk ten Brinke|A. ten Brinke;AtB",
    "PERSON|Erik Brand|E. Brand;EB",
    "PERSON|Petra Zomer|P. Zomer;Zomer",
    "PERSON|Yusuf Aydın|Y. Aydın;Aydın",
    "PERSON|Koen Bosch|K. Bosch",
    "PERSON|P.J. Hazelhoff|Hazelhoff",
    "PERSON|Gijs in 't Zandt|G. in 't Zandt;GitZ",
    "EMAIL|a.tenbrinke@hoffmann.nl",
    "PHONE|06-10 92 33 58",
], K=[
    "OFFICE|burgemeester Dijsselbloem|Dijsselbloem", "OFFICE|wethouder Steenbakkers|Steenbakkers",
    "ORG|Hoffmann Bedrijfsrecherche", "ORG|Bureau Integriteit", "ORG|Kempen Bouw Groep",
    "ORG|Vergunningen, Toezicht en Handhaving", "ORG|VTH", "LAW|Ambtenarenwet 2017", "LAW|Cao Gemeenten",
    "LAW|Wet bescherming klokkenluiders", "LAW|Algemene verordening gegevensbescherming",
    "MAIL|integriteit@eindhoven.nl", "REF|INT-2025-014", "REF|HB-25-0871", "PHONE|088 - 011 22 00",
    "TITLE|inspecteur bouw- en woningtoezicht", "TITLE|teamleider Toezicht", "TITLE|gemeentesecretaris",
    "TITLE|integriteitscoördinator", "PLACE|Eindhoven", "PLACE|Fuutlaan", "PRODUCT|Squit XO",
    "DATE|12 juni 2025", "MONEY|EUR 2.450",
], H=[("outline", "PERSON|Mirjam Hoogeveen|Mirjam Hoogeveen")],
  outline=["Rapport INT-2025-014", "Concept 0.4 - review Mirjam Hoogeveen", "Bijlagen"], font="DejaVuSerif",
  header="Hoffmann Bedrijfsrecherche B.V. | vertrouwelijk | HB-25-0871")

# ------------------------------------------------------------------------------------------ ch02
D("ch02_opdrachtbrief_hoffmann", "Opdracht feitenonderzoek", """
# Opdracht feitenonderzoek integriteitsmelding
Aan: Hoffmann Bedrijfsrecherche B.V., t.a.v. de heer E. Brand
Datum: 14 maart 2025 | Ons kenmerk: INT-2025-014 | Behandeld door: G. in 't Zandt | Telefoon: 040 238 22 91
Geachte heer Brand,
Hierbij verleen ik u opdracht tot het uitvoeren van een feitenonderzoek naar aanleiding van een melding van een vermoeden van een integriteitsschending binnen de sector Vergunningen, Toezicht en Handhaving. De melding betreft twee medewerkers; hun namen en de melding zelf ontvangt u via een beveiligde verbinding.
Het onderzoek richt zich op de vragen die zijn opgenomen in de bijlage. U verricht het onderzoek volgens het Protocol Integriteitsonderzoek gemeente Eindhoven en de Gedragscode van de Vereniging van Particuliere Beveiligingsorganisaties. De gemeentesecretaris, mevrouw H. Mol, is uw aanspreekpunt voor de toegang tot systemen en e-mailboxen; zij is bereikbaar via het secretariaat op 040 238 20 00.
De kosten worden gedekt uit het budget Integriteit 2025 (kostenplaats 41020). De planning voorziet in een conceptrapport uiterlijk 30 mei 2025.
Met vriendelijke groet,
de burgemeester van Eindhoven,
Jeroen Dijsselbloem
Afschrift: wethouder Stijn Steenbakkers; gemeentesecretaris
""", R=[
    "PERSON|Erik Brand|E. Brand;Brand", "PERSON|Gijs in 't Zandt|G. in 't Zandt", "PHONE|040 238 22 91",
    "PERSON|Hester Mol|H. Mol",
], K=[
    "OFFICE|Jeroen Dijsselbloem", "OFFICE|Stijn Steenbakkers", "ORG|Hoffmann Bedrijfsrecherche B.V.",
    "ORG|Vereniging van Particuliere Beveiligingsorganisaties", "REF|INT-2025-014", "PHONE|040 238 20 00",
    "DOC|Protocol Integriteitsonderzoek", "TITLE|gemeentesecretaris", "REF|41020", "DATE|14 maart 2025",
    "ORG|Vergunningen, Toezicht en Handhaving",
], font="DejaVuSerif", header=HDR)

# ------------------------------------------------------------------------------------------ ch03
D("ch03_gespreksverslag_melder", "Gespreksverslag melder", """
# Gespreksverslag
Onderzoek: HB-25-0871 (gemeente Eindhoven, INT-2025-014) | Datum gesprek: 2 april 2025, 10.00-11.45 uur | Locatie: Stadhuis, Stadhuisplein 10, kamer 5.14
Aanwezig: R. Veldhoven (melder); mr. A. ten Brinke en E. Brand (Hoffmann Bedrijfsrecherche)
Verslag: A. ten Brinke
## Toelichting vooraf
De onderzoekers lichten het doel van het gesprek toe. Ruud geeft aan dat hij het gesprek spannend vindt, omdat hij nog dagelijks met de betrokkenen samenwerkt. Hem wordt gewezen op de mogelijkheid om de vertrouwenspersoon in te schakelen.
## Verklaring
Veldhoven: "Ik werk sinds 2016 bij het team Toezicht. Marloes is sinds 2021 mijn teamleider. In de zomer van 2024 zag ik dat alle zaken van Kempen Bouw Groep op haar naam kwamen te staan. Normaal verdeelt Koen, de manager, die zaken in het weekoverleg."
Veldhoven: "Dennis zei tegen mij op de bouwplaats: je moet niet zo moeilijk doen, die jongens zijn goed voor ons. Later zag ik hem met een envelop uit de bouwkeet komen."
Op de vraag of hij dit eerder heeft gemeld, antwoordt de melder dat hij het in november 2024 heeft besproken met Yusuf, de jurist van het team, en daarna met de vertrouwenspersoon integriteit, Karin Lamers-Dekker.
Veldhoven: "Ik heb lang getwijfeld. Mijn vrouw zei: je moet het doen, anders blijft het aan je knagen."
## Afspraken
Het verslag wordt per e-mail (r.veldhoven@eindhoven.nl) ter correctie toegezonden. De melder kan tot 9 april 2025 reageren. Hij is bereikbaar op 06 - 18 44 27 93.
---
## Correcties melder (ontvangen 7 april 2025)
- Alinea 2: "sinds 2016" moet zijn "sinds 2015".
- Toevoeging: "Koen heeft mij in januari gevraagd waarom ik zo afstandelijk deed tegen Marloes. Ik heb toen niets gezegd."
Voor akkoord:
| Naam | Handtekening | Datum |
| R. Veldhoven | (getekend) | 7-4-2025 |
| A. ten Brinke | (getekend) | 8-4-2025 |
""", R=[
    "PERSON|Ruud Veldhoven|R. Veldhoven;Veldhoven;Ruud", "PERSON|Anouk ten Brinke|A. ten Brinke",
    "PERSON|Erik Brand|E. Brand", "PERSON|Marloes van den Heuvel-Brouwers|Marloes", "PERSON|Koen Bosch|Koen",
    "PERSON|Dennis Kuijpers|Dennis", "PERSON|Yusuf Aydın|Yusuf", "PERSON|Karin Lamers-Dekker|Karin Lamers-Dekker",
    "EMAIL|r.veldhoven@eindhoven.nl", "PHONE|06 - 18 44 27 93",
], K=[
    "ORG|Hoffmann Bedrijfsrecherche", "ORG|Kempen Bouw Groep", "REF|HB-25-0871", "REF|INT-2025-014",
    "ADDRESS|Stadhuisplein 10", "TITLE|vertrouwenspersoon integriteit", "ORG|team Toezicht", "DATE|2 april 2025",
    "WORD|zomer|zomer",
], font="DejaVu", size=9.5)

# ------------------------------------------------------------------------------------------ ch04
D("ch04_gespreksverslag_getuige_zomer", "Gespreksverslag getuige", """
# Gespreksverslag getuige
Kenmerk: HB-25-0871/G1 | Datum: 8 april 2025 | Plaats: Stadhuis Eindhoven
Gesprekspartner: mevrouw P. (Petra) Zomer, vergunningverlener, team Vergunningen
Onderzoekers: A. ten Brinke, E. Brand
Petra werkt sinds 2019 bij de gemeente. Zij zit in de kamer naast die van de teamleider.
Zomer: "Marloes zei dat zij die dossiers zelf wilde doen, omdat zij de aannemer kende. Ik dacht toen: dat is toch precies de reden om het níet zelf te doen."
Zomer: "Met Dennis heb ik weinig te maken. Wel hoorde ik van Ruud dat er cadeaukaarten rondgingen. Ik heb dat zelf niet gezien."
Op de vraag of zij zich onder druk gezet voelt, zegt zij dat de sfeer in het team sinds de melding gespannen is. Zij heeft in mei een afspraak bij de bedrijfsarts omdat zij slecht slaapt; zij wil niet dat dit in het verslag komt, maar de onderzoekers hebben haar gewezen op het belang van een volledig verslag.
Zomer bevestigt dat zij het verslag heeft gelezen. Correcties: geen.
Telefoon gesprekspartner (privé): 0497-58 31 06
""", R=[
    "PERSON|Petra Zomer|P. (Petra) Zomer;Petra;Zomer", "PERSON|Anouk ten Brinke|A. ten Brinke",
    "PERSON|Erik Brand|E. Brand", "PERSON|Marloes van den Heuvel-Brouwers|Marloes", "PERSON|Dennis Kuijpers|Dennis",
    "PERSON|Ruud Veldhoven|Ruud", "HEALTH|slaapklachten Zomer|slecht slaapt", "PHONE|0497-58 31 06",
], K=[
    "REF|HB-25-0871/G1", "TITLE|vergunningverlener", "ORG|team Vergunningen", "TITLE|teamleider",
    "TITLE|bedrijfsarts", "DATE|8 april 2025", "PLACE|Eindhoven",
], font="Courier", size=9.5)

# ------------------------------------------------------------------------------------------ ch05
D("ch05_gespreksverslag_getuige_aydin", "Gespreksverslag getuige Y.A.", """
# Gespreksverslag getuige
Kenmerk: HB-25-0871/G2 | Datum: 10 april 2025 | Videogesprek via Microsoft Teams
Gesprekspartner: de heer Y. Aydın, jurist VTH | Onderzoekers: A. ten Brinke (verslag), E. Brand
De heer Aydın is sinds 2020 werkzaam als jurist. Hij adviseert het team Toezicht over handhavingsbesluiten en bezwaarzaken.
Aydın: "In oktober 2024 zag ik dat de last onder dwangsom voor de bouwlocatie aan de Fuutlaan door Marloes was opgesteld én beoordeeld. Dat klopt niet met het vier-ogenprincipe. Ik heb haar dat gezegd. Ze werd boos en zei dat ik me niet met haar dossiers moest bemoeien."
Aydın: "Ruud kwam in november bij mij met zijn verhaal over Dennis. Ik heb hem aangeraden om naar Karin te gaan, de vertrouwenspersoon."
Aydın: "Of Koen ervan wist? Hij heeft in het MT van december gezegd dat hij het 'zou oppakken'. Daarna heb ik er niets meer van gehoord."
De heer Aydın wil met nadruk vermelden dat hij op 15 januari 2025 een e-mail aan de manager heeft gestuurd (y.aydin@eindhoven.nl aan k.bosch@eindhoven.nl). De onderzoekers hebben deze e-mail in het dossier opgenomen (bijlage 7).
Het verslag is op 14 april 2025 door de heer Aydın akkoord bevonden.
""", R=[
    "PERSON|Yusuf Aydın|Y. Aydın;Aydın", "PERSON|Anouk ten Brinke|A. ten Brinke", "PERSON|Erik Brand|E. Brand",
    "PERSON|Marloes van den Heuvel-Brouwers|Marloes", "PERSON|Ruud Veldhoven|Ruud", "PERSON|Dennis Kuijpers|Dennis",
    "PERSON|Karin Lamers-Dekker|Karin", "PERSON|Koen Bosch|Koen", "EMAIL|y.aydin@eindhoven.nl",
    "EMAIL|k.bosch@eindhoven.nl",
], K=[
    "REF|HB-25-0871/G2", "PRODUCT|Microsoft Teams", "TITLE|jurist", "ORG|team Toezicht", "TITLE|vertrouwenspersoon",
    "PLACE|Fuutlaan", "TERM|last onder dwangsom", "TERM|vier-ogenprincipe",
], font="Liberation", size=10)

# ------------------------------------------------------------------------------------------ ch06
D("ch06_gespreksverslag_betrokkene", "Gespreksverslag betrokkene", """
# Gespreksverslag betrokkene
Kenmerk: HB-25-0871/B1 | Datum: 24 april 2025, 13.30-16.00 uur | Locatie: kantoor Hoffmann, Eindhoven
Betrokkene: mevrouw M. van den Heuvel-Brouwers (teamleider Toezicht, personeelsnummer 104877)
Bijgestaan door: mr. P.J. Hazelhoff, advocaat | Onderzoekers: mr. A. ten Brinke, E. Brand
## Vooraf
De betrokkene is gewezen op haar recht om te zwijgen over zaken die haar zelf zouden kunnen belasten en op de mogelijkheid het verslag te corrigeren. Mr. Hazelhoff deelt mee dat zijn cliënte sinds 17 maart 2025 arbeidsongeschikt is gemeld; de bedrijfsarts heeft geoordeeld dat zij in staat is om dit gesprek te voeren, mits er pauzes worden ingelast.
## Familierelatie
Van den Heuvel-Brouwers: "Frank Brouwers is de man van mijn zus. Iedereen op de afdeling weet dat. Ik heb het nooit verborgen gehouden. Dat ik het niet in het register heb gezet, dat klopt, maar niemand heeft mij daar ooit op gewezen."
Van den Heuvel-Brouwers: "Ik heb die zaken naar mij toe getrokken omdat ik de enige was die de complexe gevallen kon beoordelen. Yusuf was te kort in dienst, Petra had geen tijd."
## Toewijzing van dossiers
Op de vraag waarom de manager niet is ingelicht, antwoordt de betrokkene dat zij met Koen wekelijks overleg had en dat hij "heus wel wist wie er achter dat bouwbedrijf zat".
---
## Gezondheid
De betrokkene vertelt dat zij sinds de melding kampt met paniekaanvallen en dat zij onder behandeling is bij een psycholoog. Mr. Hazelhoff verzoekt dit niet op te nemen in het rapport. De onderzoekers zeggen toe dat deze passage uitsluitend in het verslag blijft.
## Afsluiting
Het verslag is toegezonden aan m.vandenheuvel-brouwers@eindhoven.nl en in afschrift aan kantoor Hazelhoff Advocaten, hazelhoff@hazelhoffadvocaten.nl. Reactie ontvangen op 2 mei 2025 (bijlage 4 bij het rapport).
""", R=[
    "PERSON|Marloes van den Heuvel-Brouwers|M. van den Heuvel-Brouwers;Van den Heuvel-Brouwers",
    "NUMBER|personeelsnummer|104877", "PERSON|P.J. Hazelhoff|P.J. Hazelhoff;Hazelhoff",
    "PERSON|Anouk ten Brinke|A. ten Brinke", "PERSON|Erik Brand|E. Brand", "PERSON|Frank Brouwers|Frank Brouwers",
    "PERSON|Yusuf Aydın|Yusuf", "PERSON|Petra Zomer|Petra", "PERSON|Koen Bosch|Koen",
    "HEALTH|arbeidsongeschikt|arbeidsongeschikt", "HEALTH|paniekaanvallen|paniekaanvallen",
    "HEALTH|behandeling psycholoog|onder behandeling is bij een psycholoog",
    "EMAIL|m.vandenheuvel-brouwers@eindhoven.nl", "EMAIL|hazelhoff@hazelhoffadvocaten.nl",
], K=[
    "REF|HB-25-0871/B1", "TITLE|teamleider Toezicht", "TITLE|advocaat", "TITLE|bedrijfsarts",
    "ORG|Hoffmann", "DATE|24 april 2025",
], H=[("metadata", "PERSON|Jelle Gerritsen|Jelle Gerritsen")], author="Jelle Gerritsen", font="Times-Roman",
  size=10.5)

# ------------------------------------------------------------------------------------------ ch07
D("ch07_gespreksverslag_kuijpers", "Gespreksverslag betrokkene 2", """
# Gespreksverslag betrokkene
Kenmerk: HB-25-0871/B2 | Datum: 22 april 2025 | Locatie: Stadhuis, kamer 5.14
Betrokkene: de heer D.J. (Dennis) Kuijpers, toezichthouder bouw, schaal 8, personeelsnummer 121936
Bijgestaan door: de heer M. Schouten, bestuurder FNV Overheid
Onderzoekers: A. ten Brinke, E. Brand
Kuijpers: "Ja, ik heb die kaarten aangenomen. Drie keer, een van 250, een van 1.000 en een van 1.200 euro. Ik dacht dat het een kerstattentie was. De uitvoerder, Hans, gaf ze gewoon mee."
Kuijpers: "Ik heb schulden, dat weet mijn leidinggevende ook. Ik ben in 2023 bij de schuldhulpverlening van de gemeente Helmond terechtgekomen. Dat is geen excuus, maar zo is het gegaan."
De heer Schouten merkt op dat de heer Kuijpers nooit een training integriteit heeft gevolgd, hoewel de Cao Gemeenten en de gedragscode daarin voorzien.
Kuijpers verklaart dat Marloes niets van de cadeaukaarten wist.
Correspondentie: d.kuijpers@eindhoven.nl; privé 06-27 03 51 88.
""", R=[
    "PERSON|Dennis Kuijpers|D.J. (Dennis) Kuijpers;Kuijpers", "NUMBER|personeelsnummer|121936",
    "PERSON|Michiel Schouten|M. Schouten;Schouten", "PERSON|Anouk ten Brinke|A. ten Brinke",
    "PERSON|Erik Brand|E. Brand", "PERSON|uitvoerder Hans|Hans", "PERSON|Marloes van den Heuvel-Brouwers|Marloes",
    "FINANCIAL|schulden / schuldhulpverlening|schuldhulpverlening", "EMAIL|d.kuijpers@eindhoven.nl",
    "PHONE|06-27 03 51 88",
], K=[
    "ORG|FNV Overheid", "LAW|Cao Gemeenten", "TITLE|toezichthouder bouw", "SCALE|schaal 8", "REF|HB-25-0871/B2",
    "PLACE|Helmond", "TITLE|bestuurder",
], font="Helvetica", size=10)

# ------------------------------------------------------------------------------------------ ch08 placement list
_PL = [  # surname caps, initials, pnr, old function, new function, scale, status
    ("AKKERMANS", "T.", "103118", "Medewerker vergunningen", "Adviseur vergunningen", "schaal 9", "passend"),
    ("EL IDRISSI", "N.", "109452", "Juridisch medewerker", "Jurist omgevingsrecht", "schaal 10", "geschikt"),
    ("VAN DEN HEUVEL-BROUWERS", "M.A.", "104877", "Teamleider Toezicht", "Teamleider Toezicht en Handhaving", "schaal 11", "passend (aangehouden)"),
    ("VELDHOVEN", "R.", "118204", "Inspecteur bouw- en woningtoezicht", "Inspecteur bouw- en woningtoezicht", "schaal 9", "passend"),
    ("ZOMER", "P.", "112630", "Vergunningverlener", "Adviseur vergunningen", "schaal 9", "passend"),
    ("AYDIN", "Y.", "120017", "Jurist VTH", "Jurist omgevingsrecht", "schaal 10", "passend"),
    ("KUIJPERS", "D.J.", "121936", "Toezichthouder bouw", "Toezichthouder bouw", "schaal 8", "niet geplaatst (procedure)"),
    ("DE WIT", "B.", "105561", "Coördinator handhaving", "Senior toezichthouder", "schaal 10", "geschikt"),
    ("POST", "L.", "108873", "Ambtelijk secretaris OR", "Ambtelijk secretaris OR", "schaal 9", "ongewijzigd"),
    ("VAN BEEK", "A.", "102290", "Adviseur milieu", "Adviseur omgevingskwaliteit", "schaal 10", "passend"),
    ("SMITS", "W.", "101734", "Medewerker handhaving", "Toezichthouder milieu", "schaal 8", "geschikt"),
    ("TEN HAVE-KORPERSHOEK", "J.M.", "114409", "Administratief medewerker", "Medewerker zaakondersteuning", "schaal 6", "passend"),
    ("MAAS", "K.", "116725", "Administratief medewerker", "Medewerker zaakondersteuning", "schaal 6", "passend"),
    ("D'HONT", "S.", "119380", "Beleidsmedewerker", "Adviseur omgevingskwaliteit", "schaal 10", "boventallig"),
    ("KOOLEN", "E.", "110954", "Medewerker vergunningen", "Adviseur vergunningen", "schaal 9", "geschikt"),
    ("VAN DE LAAR", "F.", "107712", "Toezichthouder bouw", "Toezichthouder bouw", "schaal 8", "passend"),
    ("LEKKERKERKER", "H.", "113046", "Coördinator vergunningen", "Senior adviseur vergunningen", "schaal 11", "passend"),
    ("NGUYEN", "T.H.", "122584", "Medewerker handhaving", "Toezichthouder milieu", "schaal 8", "passend"),
    ("BAKKER", "G.", "106338", "Adviseur milieu", "Adviseur omgevingskwaliteit", "schaal 10", "passend"),
    ("OUDE GROTHUIS", "W.", "111829", "Beleidsmedewerker", "Adviseur omgevingskwaliteit", "schaal 10", "geschikt"),
    ("HENDRIKX", "C.", "117463", "Medewerker vergunningen", "Adviseur vergunningen", "schaal 9", "passend"),
    ("VAN GENNIP", "R.", "104105", "Teamleider Vergunningen", "Teamleider Vergunningen", "schaal 11", "passend"),
]
_rows = "\n".join(f"| {i + 1} | {s}, {ini} | {p} | {o} | {n} | {sc} | {st} |" for i, (s, ini, p, o, n, sc, st) in enumerate(_PL))
D("ch08_plaatsingslijst_vth", "Plaatsingslijst reorganisatie VTH 2025", f"""
# Plaatsingslijst reorganisatie sector VTH 2025 (definitief)
Besluit van de gemeentesecretaris/algemeen directeur d.d. 1 september 2025, kenmerk P&O-2025-0612. Ingangsdatum nieuwe organisatie: 1 januari 2026. Grondslag: Sociaal Statuut gemeente Eindhoven 2024 en het advies van de Ondernemingsraad (art. 25 Wet op de ondernemingsraden).
| nr | Naam | Personeelsnr | Huidige functie | Nieuwe functie | Schaal | Plaatsing |
{_rows}
Bezwaar tegen een plaatsingsbesluit kan binnen zes weken worden ingediend bij de Adviescommissie Plaatsing via plaatsingscommissie@eindhoven.nl. Inlichtingen: HR-servicepunt, telefoon 14 040.
Opgesteld: S. Winter (HR-adviseur), gecontroleerd: I. Verbeek (directeur Stad).
""", R=[f"PERSON|{ini} {s.title()}|{s}" for s, ini, *_ in _PL] + [f"NUMBER|personeelsnummer {s}|{p}" for s, ini, p, *_ in _PL]
  + ["PERSON|Sanne Winter|S. Winter", "PERSON|Ingrid Verbeek|I. Verbeek"],
  K=["REF|P&O-2025-0612", "LAW|Wet op de ondernemingsraden", "DOC|Sociaal Statuut", "ORG|Ondernemingsraad",
     "ORG|Adviescommissie Plaatsing", "MAIL|plaatsingscommissie@eindhoven.nl", "PHONE|14 040",
     "TITLE|Adviseur vergunningen", "TITLE|Jurist omgevingsrecht", "TITLE|Toezichthouder bouw",
     "TITLE|Adviseur omgevingskwaliteit", "TITLE|Medewerker zaakondersteuning", "TITLE|Toezichthouder milieu",
     "TITLE|Teamleider Toezicht en Handhaving", "TITLE|Inspecteur bouw- en woningtoezicht", "SCALE|schaal 8",
     "SCALE|schaal 9", "SCALE|schaal 10", "SCALE|schaal 11", "SCALE|schaal 6", "TITLE|HR-adviseur",
     "TITLE|directeur Stad"],
  font="DejaVu", size=9, colw={7: [22, 118, 52, 92, 100, 40, 66]})

# ------------------------------------------------------------------------------------------ ch09
D("ch09_plaatsingsbesluit_de_wit", "Plaatsingsbesluit", """
# Besluit plaatsing nieuwe organisatie VTH
Aan: de heer B. (Bram) de Wit, Hoogstraat 212, 5654 NE Eindhoven
Personeelsnummer: 105561 | Kenmerk: P&O-2025-0612/041 | Datum: 3 september 2025
Geachte heer De Wit,
Met ingang van 1 januari 2026 wordt u geplaatst in de functie Senior toezichthouder (functiefamilie Toezicht, schaal 10) binnen het team Toezicht en Handhaving. Deze functie is voor u geschikt in de zin van artikel 6 van het Sociaal Statuut gemeente Eindhoven 2024. Uw salaris blijft ongewijzigd (schaal 10, trede 11). Uw garantietoelage bedraagt EUR 0.
U bent geboren op 14 februari 1971; op grond van uw leeftijd en dienstjaren bent u in de plaatsingsvolgorde als eerste in aanmerking gekomen voor deze functie.
Tegen dit besluit kunt u binnen zes weken bezwaar maken bij het college van burgemeester en wethouders. Heeft u vragen, neem dan contact op met uw HR-adviseur, mevrouw S. Winter, telefoon 040 - 238 64 10 of s.winter@eindhoven.nl.
Met vriendelijke groet,
namens het college van burgemeester en wethouders,
H. Mol, gemeentesecretaris/algemeen directeur
""", R=[
    "PERSON|Bram de Wit|B. (Bram) de Wit;De Wit", "ADDRESS|Hoogstraat 212|Hoogstraat 212", "ADDRESS|postcode|5654 NE",
    "NUMBER|personeelsnummer|105561", "DOB|14 februari 1971", "PERSON|Sanne Winter|S. Winter",
    "PHONE|040 - 238 64 10", "EMAIL|s.winter@eindhoven.nl", "PERSON|Hester Mol|H. Mol",
], K=[
    "REF|P&O-2025-0612/041", "TITLE|Senior toezichthouder", "SCALE|schaal 10", "DOC|Sociaal Statuut",
    "ORG|college van burgemeester en wethouders", "TITLE|gemeentesecretaris/algemeen directeur",
    "ORG|team Toezicht en Handhaving", "DATE|1 januari 2026",
], font="Liberation", header=HDR)

# ------------------------------------------------------------------------------------------ ch10
D("ch10_terugkoppeling_bedrijfsarts", "Terugkoppeling bedrijfsarts", """
# Terugkoppeling spreekuur bedrijfsarts
Arboned | Vestiging Eindhoven | Dossiernummer werknemer: AN-7731902
Werknemer: mevrouw M.A. van den Heuvel-Brouwers, geboortedatum 09-11-1979
Werkgever: gemeente Eindhoven, sector VTH | Leidinggevende: K. Bosch | Casemanager: F. de Kort
Datum spreekuur: 7 april 2025 | Bedrijfsarts: W.J. Hoekstra, BIG-nummer 29061538401
## Belastbaarheid
Werkneemster heeft sinds 17 maart 2025 klachten die passen bij een overspanning met depressieve klachten. Zij gebruikt sinds 28 maart sertraline (voorgeschreven door de huisarts) en is aangemeld bij een praktijkondersteuner GGZ.
Er is sprake van verminderde energie, concentratieproblemen en slaapproblemen. Er zijn beperkingen in persoonlijk en sociaal functioneren; werkhervatting in de eigen functie is op dit moment niet aan de orde.
## Advies
- Geen werkzaamheden gedurende de lopende integriteitsprocedure; wel een wekelijks contactmoment met de casemanager.
- Een gesprek met de onderzoekers is mogelijk, maximaal 2,5 uur, met pauzes.
- Eerstejaarsevaluatie conform de Wet verbetering poortwachter: uiterlijk week 52.
- Volgend spreekuur: 12 mei 2025.
Deze terugkoppeling bevat geen medische gegevens in de zin van de AVG, behoudens de door werkneemster toegestane mededelingen.
W.J. Hoekstra, bedrijfsarts | Telefoon Arboned: 088 - 272 62 72 | w.hoekstra@arboned.nl
""", R=[
    "NUMBER|dossiernummer werknemer|AN-7731902", "PERSON|Marloes van den Heuvel-Brouwers|M.A. van den Heuvel-Brouwers",
    "DOB|09-11-1979", "PERSON|Koen Bosch|K. Bosch", "PERSON|Fleur de Kort|F. de Kort",
    "PERSON|Willem-Jan Hoekstra|W.J. Hoekstra", "NUMBER|BIG-nummer|29061538401",
    "HEALTH|overspanning|overspanning met depressieve klachten", "HEALTH|sertraline|sertraline",
    "HEALTH|praktijkondersteuner GGZ|praktijkondersteuner GGZ", "HEALTH|symptomen|concentratieproblemen",
    "HEALTH|slaapproblemen|slaapproblemen", "EMAIL|w.hoekstra@arboned.nl",
], K=[
    "ORG|Arboned", "PHONE|088 - 272 62 72", "LAW|Wet verbetering poortwachter", "TITLE|bedrijfsarts",
    "TITLE|casemanager", "ORG|VTH", "LAW|AVG", "DATE|7 april 2025",
], font="DejaVuSerif", size=9.5)

# ------------------------------------------------------------------------------------------ ch11
D("ch11_casusnotities_verzuim", "Casusnotities verzuim", """
# Casusnotities verzuimbegeleiding (HR)
Zaak: VZ-2025-0388 | Medewerker: Van den Heuvel-Brouwers, M.A. (pnr. 104877) | HR-adviseur: S. Winter | Casemanager: F. de Kort
| Datum | Notitie | Door |
| 17-03-2025 | Ziekmelding telefonisch bij leidinggevende K. Bosch. Medewerker geeft aan "volledig op" te zijn na het gesprek over de melding. | FdK |
| 19-03-2025 | Eerste contact casemanager. Marloes huilt veel, slaapt slecht, wil niet dat collega's weten dat zij thuis zit. Afspraak: niets communiceren naar het team behalve "afwezig". | FdK |
| 24-03-2025 | Overleg met Sanne (HR) en Hester Mol (gemeentesecretaris): onderzoek loopt door, ziekte schort het onderzoek niet op. Verzoek bedrijfsarts om oordeel over gesprekscapaciteit. | SW |
| 07-04-2025 | Terugkoppeling bedrijfsarts ontvangen (zie dossier AN-7731902). Medicatie gestart, verwijzing POH-GGZ. | FdK |
| 28-04-2025 | Mr. Hazelhoff (advocaat) belt: cliënte wil een regeling. Doorverwezen naar Hester. | SW |
| 12-05-2025 | Spreekuur bedrijfsarts: lichte verbetering, nog geen re-integratie. Problemen thuis: partner heeft eigen onderneming, financiële zorgen. | FdK |
---
| Datum | Notitie | Door |
| 02-06-2025 | Plan van aanpak bijgesteld. Tweede spoor voorlopig niet ingezet. Wet verbetering poortwachter: termijnen bewaakt in Youforce. | SW |
| 19-06-2025 | Na rapport Hoffmann: gesprek met Marloes, Sanne en Koen over vervolg. Marloes wil niet terug naar VTH. Optie vaststellingsovereenkomst besproken. | SW |
| 04-07-2025 | Concept-VSO gestuurd naar mr. Hazelhoff, cc gemeentesecretaris. Einddatum 1 november 2025 voorgesteld. | SW |
| 15-08-2025 | Medewerker meldt zich deels hersteld (50%) i.v.m. start outplacementtraject bij Van Ede & Partners. | FdK |
Contact casemanager: f.dekort@eindhoven.nl | 06-3921 7745
""", R=[
    "PERSON|Marloes van den Heuvel-Brouwers|Van den Heuvel-Brouwers, M.A.;Marloes", "NUMBER|pnr|104877",
    "PERSON|Sanne Winter|S. Winter;Sanne;SW", "PERSON|Fleur de Kort|F. de Kort;FdK", "PERSON|Koen Bosch|K. Bosch;Koen",
    "PERSON|Hester Mol|Hester Mol;Hester", "PERSON|P.J. Hazelhoff|Hazelhoff", "NUMBER|dossiernummer|AN-7731902",
    "HEALTH|slaapt slecht|slaapt slecht", "HEALTH|POH-GGZ|POH-GGZ", "HEALTH|huilt veel|huilt veel",
    "FINANCIAL|financiële zorgen|financiële zorgen", "EMAIL|f.dekort@eindhoven.nl", "PHONE|06-3921 7745",
], K=[
    "REF|VZ-2025-0388", "LAW|Wet verbetering poortwachter", "PRODUCT|Youforce", "ORG|Hoffmann",
    "ORG|Van Ede & Partners", "TITLE|HR-adviseur", "TITLE|Casemanager", "TITLE|gemeentesecretaris", "ORG|VTH",
], font="Helvetica", size=9.5, colw={3: [60, 340, 40]})

# ------------------------------------------------------------------------------------------ ch12 (form field)
D("ch12_plan_van_aanpak", "Plan van aanpak re-integratie", """
# Plan van aanpak re-integratie (art. 71a Wet WIA / Wet verbetering poortwachter)
Zaaknummer: VZ-2025-0388 | Werkgever: gemeente Eindhoven, P&O | Versie 2, 2 juni 2025
Naam werknemer: zie formulierveld hieronder (ingevuld door casemanager)
Functie: Teamleider Toezicht, schaal 11 | Eerste ziektedag: 17-03-2025
## Probleemanalyse (samenvatting bedrijfsarts)
Werknemer heeft beperkingen in persoonlijk en sociaal functioneren en in het omgaan met conflicten. Duur: naar verwachting langer dan drie maanden.
## Doel
Spoor 1: terugkeer in passend werk bij de gemeente Eindhoven, buiten de sector VTH. Spoor 2 wordt heroverwogen bij de eerstejaarsevaluatie.
## Afspraken
- Tweewekelijks contact met de casemanager; evaluatie iedere zes weken.
- Casemanager: F. de Kort; bedrijfsarts: Arboned; case-regie bij P&O.
Ondertekend namens werkgever: I. Verbeek, directeur Stad
""", R=["PERSON|Fleur de Kort|F. de Kort", "PERSON|Ingrid Verbeek|I. Verbeek",
        "HEALTH|beperkingen|beperkingen in persoonlijk en sociaal functioneren"],
  K=["LAW|Wet verbetering poortwachter", "LAW|Wet WIA", "REF|VZ-2025-0388", "TITLE|Teamleider Toezicht",
     "SCALE|schaal 11", "ORG|Arboned", "ORG|P&O", "TITLE|directeur Stad"],
  H=[("annotations", "PERSON|Marloes van den Heuvel-Brouwers|van den Heuvel-Brouwers"),
     ("annotations", "NUMBER|personeelsnummer|104877")],
  formfields=[("naam_werknemer", "M.A. van den Heuvel-Brouwers", 380), ("personeelsnummer", "104877", 350)],
  font="Liberation")

# ------------------------------------------------------------------------------------------ ch13
D("ch13_ontslagbesluit_kuijpers", "Besluit ontslag wegens plichtsverzuim", """
# Besluit ontslag wegens plichtsverzuim
Aangetekend en per e-mail
Aan: de heer D.J. Kuijpers, Tongelresestraat 418, 5642 AL Eindhoven
Personeelsnummer: 121936 | Kenmerk: P&O-2025-0733 | Datum: 18 juli 2025
Geachte heer Kuijpers,
Bij brief van 27 juni 2025 hebben wij u ons voornemen kenbaar gemaakt u ontslag te verlenen wegens plichtsverzuim. U heeft op 8 juli 2025, bijgestaan door de heer M. Schouten van FNV Overheid, uw zienswijze mondeling naar voren gebracht. Het verslag daarvan is bijgevoegd.
## Feiten
Uit het rapport van Hoffmann Bedrijfsrecherche van 12 juni 2025 (kenmerk HB-25-0871) blijkt dat u in de periode mei tot en met november 2024 drie cadeaukaarten met een totale waarde van EUR 2.450 heeft aangenomen van een onderneming waarop u toezicht hield. U heeft dit erkend.
## Beoordeling
Het aannemen van giften van deze omvang is in strijd met artikel 4 van de Ambtenarenwet 2017, met hoofdstuk 15 van de Cao Gemeenten en met paragraaf 4.1 van de Gedragscode integriteit gemeente Eindhoven 2023. Wij merken dit aan als ernstig plichtsverzuim.
Wij hebben uw persoonlijke omstandigheden gewogen, waaronder de schuldenproblematiek die u in uw zienswijze heeft toegelicht en uw dienstverband van negen jaar. Deze omstandigheden wegen niet op tegen de ernst van het plichtsverzuim en het geschonden vertrouwen.
---
## Besluit
Wij besluiten u met ingang van 1 augustus 2025 ontslag te verlenen wegens plichtsverzuim op grond van artikel 15:1 Cao Gemeenten. Er wordt geen transitievergoeding toegekend, omdat het ontslag een gevolg is van ernstig verwijtbaar handelen.
Het laatste salaris en het opgebouwde vakantieverlof worden uitbetaald op IBAN NL39 RABO 0312 4856 07 ten name van D.J. Kuijpers.
## Bezwaar
U kunt binnen zes weken na de datum van verzending bezwaar maken bij het college van burgemeester en wethouders, Postbus 90150, 5600 RB Eindhoven. Het bezwaar wordt behandeld door de Commissie bezwaarschriften personele aangelegenheden.
Hoogachtend,
het college van burgemeester en wethouders van Eindhoven,
de secretaris, de burgemeester,
H. Mol J.R.V.A. Dijsselbloem
Afschrift: M. Schouten, FNV Overheid; personeelsdossier 121936; Bureau Integriteit
""", R=[
    "PERSON|Dennis Kuijpers|D.J. Kuijpers;Kuijpers", "ADDRESS|Tongelresestraat 418|Tongelresestraat 418",
    "ADDRESS|postcode|5642 AL", "NUMBER|personeelsnummer|121936", "PERSON|Michiel Schouten|M. Schouten",
    "FINANCIAL|schuldenproblematiek|schuldenproblematiek", "IBAN|NL39 RABO 0312 4856 07", "PERSON|Hester Mol|H. Mol",
], K=[
    "OFFICE|burgemeester Dijsselbloem|J.R.V.A. Dijsselbloem", "ORG|FNV Overheid", "ORG|Hoffmann Bedrijfsrecherche",
    "REF|HB-25-0871", "REF|P&O-2025-0733", "LAW|Ambtenarenwet 2017", "LAW|Cao Gemeenten",
    "ORG|Commissie bezwaarschriften personele aangelegenheden", "ADDRESS|Postbus 90150", "ORG|Bureau Integriteit",
    "TERM|plichtsverzuim", "TERM|transitievergoeding", "DATE|18 juli 2025", "MONEY|EUR 2.450",
], font="Times-Roman", size=10.5, header=HDR)

# ------------------------------------------------------------------------------------------ ch14 (XMP creator)
D("ch14_mailwisseling_hr_secretaris_wethouder", "Mailwisseling integriteitsdossier", """
# Mailwisseling
> Van: Mol, Hester <h.mol@eindhoven.nl>
> Verzonden: dinsdag 17 juni 2025 08:12
> Aan: Steenbakkers, Stijn <s.steenbakkers@eindhoven.nl>
> CC: Winter, Sanne <s.winter@eindhoven.nl>; In 't Zandt, Gijs <g.intzandt@eindhoven.nl>
> Onderwerp: RE: rapport Hoffmann - vervolgstappen
Beste Stijn,
Het rapport ligt sinds vrijdag bij de burgemeester. Voor de heer K. (toezichthouder) ligt een ontslagvoornemen klaar; voor de teamleider stellen we voor om in te zetten op een vaststellingsovereenkomst, mede gelet op haar ziekte. Sanne stemt dit af met de advocaat van betrokkene.
Jij krijgt als portefeuillehouder P&O vragen van de raad, verwacht ik. De commissie Bestuur en Middelen vergadert op 1 juli. Kunnen we maandag even bellen? Ik ben bereikbaar op 06-53 19 40 62.
Groet, Hester
Hester Mol | gemeentesecretaris/algemeen directeur | gemeente Eindhoven
> Van: Steenbakkers, Stijn
> Verzonden: maandag 16 juni 2025 21:47
> Aan: Mol, Hester
> Onderwerp: rapport Hoffmann - vervolgstappen
Hester, ik heb het rapport gelezen. Zorgvuldig werk. Wat mij betreft geen namen in de raadsinformatiebrief en geen details over de gezondheid van betrokkene. Wil je ook checken of Ruud (de melder) goed wordt opgevangen? Hij schijnt nog steeds naast haar kamer te zitten.
Stijn
---
> Van: Winter, Sanne <s.winter@eindhoven.nl>
> Verzonden: woensdag 18 juni 2025 10:03
> Aan: Mol, Hester; Verbeek, Ingrid <i.verbeek@eindhoven.nl>
> Onderwerp: RE: rapport Hoffmann - vervolgstappen
Hoi Hester en Ingrid,
Ik heb mr. Hazelhoff gesproken. Hij wil een einddatum van 1 november en een vergoeding van 4 maandsalarissen plus outplacement. Ik stel voor dat Ingrid als directeur het gesprek voert met Marloes; Koen is te veel betrokken.
Voor Ruud: hij krijgt per 1 juli een andere werkplek op de 6e verdieping. Karin (vertrouwenspersoon) heeft contact met hem.
Groetjes, Sanne
Sanne Winter | HR-adviseur P&O | T 040 - 238 64 10 | M +31 6 4388 1025
Dit bericht is uitsluitend bestemd voor de geadresseerde. Functionele mailbox P&O: personeelszaken@eindhoven.nl
""", R=[
    "PERSON|Hester Mol|Mol, Hester;Hester Mol;Hester;Mol", "EMAIL|h.mol@eindhoven.nl",
    "PERSON|Sanne Winter|Winter, Sanne;Sanne Winter;Sanne", "EMAIL|s.winter@eindhoven.nl",
    "PERSON|Gijs in 't Zandt|In 't Zandt, Gijs", "EMAIL|g.intzandt@eindhoven.nl", "PERSON|Dennis Kuijpers|heer K.",
    "PHONE|06-53 19 40 62", "PERSON|Ruud Veldhoven|Ruud", "PERSON|Ingrid Verbeek|Verbeek, Ingrid;Ingrid",
    "EMAIL|i.verbeek@eindhoven.nl", "PERSON|P.J. Hazelhoff|Hazelhoff", "PERSON|Marloes van den Heuvel-Brouwers|Marloes",
    "PERSON|Koen Bosch|Koen", "PERSON|Karin Lamers-Dekker|Karin", "PHONE|040 - 238 64 10", "PHONE|+31 6 4388 1025",
], K=[
    "OFFICE|wethouder Steenbakkers|Steenbakkers", "ORG|Hoffmann",
    "MAIL|personeelszaken@eindhoven.nl", "ORG|commissie Bestuur en Middelen", "TITLE|gemeentesecretaris/algemeen directeur",
    "TITLE|HR-adviseur", "TITLE|portefeuillehouder P&O", "DOC|raadsinformatiebrief", "TERM|vaststellingsovereenkomst",
], H=[("metadata", "PERSON|Lieke Smulders|Lieke Smulders")], xmp_creator="Lieke Smulders", font="Liberation",
  size=9.5)

# ------------------------------------------------------------------------------------------ ch15
D("ch15_mail_burgemeester_integriteit", "Mail burgemeester integriteitsmelding", """
> Van: Zandt, Gijs in 't <g.intzandt@eindhoven.nl>
> Verzonden: vrijdag 7 maart 2025 16:40
> Aan: Bestuurssecretariaat burgemeester <burgemeester@eindhoven.nl>
> CC: Mol, Hester <h.mol@eindhoven.nl>
> Onderwerp: Melding vermoeden integriteitsschending VTH (INT-2025-014) - vertrouwelijk
Geachte burgemeester,
Op 3 maart 2025 is bij het Bureau Integriteit een melding binnengekomen over twee medewerkers van de sector VTH. Na een eerste vooronderzoek adviseer ik een extern feitenonderzoek. Gelet op de positie van een van de betrokkenen (teamleider) stel ik voor de opdracht te verlenen aan Hoffmann Bedrijfsrecherche; zij hebben in 2023 ook het onderzoek bij Parkeren uitgevoerd.
De melder, de heer Veldhoven, heeft uitdrukkelijk gevraagd om vertrouwelijke behandeling. Ik stel voor de namen alleen in het dossier op te nemen en in de opdrachtbrief te volstaan met functies.
Wethouder Thijs heeft mij gisteren gevraagd of dit dossier raakt aan de vergunning voor de Strijp-S-ontwikkeling; dat is niet het geval.
Met vriendelijke groet,
Gijs in 't Zandt
Integriteitscoördinator | Bureau Integriteit | gemeente Eindhoven
T 040-2382291 | M 06 12 87 45 03
> Van: Bestuurssecretariaat burgemeester
> Verzonden: maandag 10 maart 2025 09:15
> Aan: Zandt, Gijs in 't
> Onderwerp: RE: Melding vermoeden integriteitsschending VTH
Beste Gijs, de burgemeester gaat akkoord met uw voorstel. Burgemeester Dijsselbloem wil graag dat de gemeentesecretaris wordt betrokken bij de toegang tot de mailboxen. Opdrachtbrief volgt via Sabine.
Met vriendelijke groet, Bestuurssecretariaat
""", R=[
    "PERSON|Gijs in 't Zandt|Zandt, Gijs in 't;Gijs in 't Zandt;Gijs", "EMAIL|g.intzandt@eindhoven.nl",
    "PERSON|Hester Mol|Mol, Hester", "EMAIL|h.mol@eindhoven.nl", "PERSON|Ruud Veldhoven|Veldhoven",
    "PHONE|040-2382291", "PHONE|06 12 87 45 03", "PERSON|Sabine (secretariaat)|Sabine",
], K=[
    "OFFICE|Burgemeester Dijsselbloem|Dijsselbloem", "OFFICE|Wethouder Thijs|Thijs", "MAIL|burgemeester@eindhoven.nl",
    "ORG|Bestuurssecretariaat", "ORG|Bureau Integriteit", "ORG|Hoffmann Bedrijfsrecherche", "REF|INT-2025-014",
    "PLACE|Strijp-S", "TITLE|Integriteitscoördinator", "ORG|Parkeren",
], font="Courier", size=9)

# ------------------------------------------------------------------------------------------ ch16 (annotation)
D("ch16_notitie_vertrouwenspersoon", "Notitie vertrouwenspersoon", """
# Notitie vertrouwenspersoon integriteit
Registratienummer VP: VP-2024-031 | Datum gesprek: 21 november 2024 | Vertrouwenspersoon: K. Lamers-Dekker
Een medewerker van de sector VTH (hierna: de melder, R.V.) meldt zich met zorgen over een leidinggevende en een collega. De melder vertelt dat hij al maanden slecht slaapt en overweegt om ander werk te zoeken. Hij wil eerst advies voordat hij formeel meldt.
Besproken: de Regeling melden vermoeden van een misstand gemeente Eindhoven 2023, de rol van het Bureau Integriteit en de bescherming van de melder op grond van de Wet bescherming klokkenluiders. Verwezen naar het Huis voor Klokkenluiders voor onafhankelijk advies (telefoon 088 - 133 10 30).
Afspraak: de melder denkt na en neemt binnen twee weken contact op. Vervolggesprek 5 december 2024. De melder heeft daarna op 3 maart 2025 formeel gemeld.
Deze notitie wordt niet gedeeld met de werkgever zonder toestemming van de melder.
K. Lamers-Dekker | vertrouwenspersoon@eindhoven.nl | 06-2290 4417
""", R=[
    "PERSON|Karin Lamers-Dekker|K. Lamers-Dekker", "PERSON|Ruud Veldhoven|R.V.", "HEALTH|slaapt slecht|slecht slaapt",
    "PHONE|06-2290 4417",
], K=[
    "REF|VP-2024-031", "ORG|Huis voor Klokkenluiders", "PHONE|088 - 133 10 30", "LAW|Wet bescherming klokkenluiders",
    "MAIL|vertrouwenspersoon@eindhoven.nl", "ORG|Bureau Integriteit", "ORG|VTH", "TITLE|Vertrouwenspersoon",
], H=[("annotations", "PERSON|Ruud Veldhoven|Ruud Veldhoven"), ("annotations", "PHONE|privénummer|06-18 44 27 93"),
      ("annotations", "PERSON|Karin Lamers-Dekker|Karin L.")],
  annots=[("Karin L.", "Melder = Ruud Veldhoven, bereikbaar op 06-18 44 27 93 (niet via werk bellen)")],
  font="DejaVu", size=10)

# ------------------------------------------------------------------------------------------ ch17 Teams
D("ch17_teams_chat_export", "Teams-chat export", """
# Export Microsoft Teams-chat "VTH teamleiding" (vordering Bureau Integriteit, INT-2025-014)
Geëxporteerd door: Functioneel beheer M365 | Periode: 01-10-2024 t/m 28-02-2025 | Bericht-ID's in bijlage
| Tijdstip | Afzender | Bericht |
| 14-10-2024 08:51 | Marloes van den Heuvel-Brouwers | Koen, ik neem de Fuutlaan-zaak zelf, ok? |
| 14-10-2024 08:53 | Koen Bosch | prima, als Yusuf meeleest |
| 14-10-2024 09:20 | Yusuf Aydın | Marloes, wie is tweede beoordelaar? Jij hebt hem ook opgesteld |
| 14-10-2024 09:41 | Marloes van den Heuvel-Brouwers | doe niet zo moeilijk Yusuf. ik ken die jongens al jaren |
| 05-11-2024 16:02 | Ruud Veldhoven | Koen heb je 10 min? gaat over Dennis |
| 05-11-2024 16:30 | Koen Bosch | morgen na de MT, Ruud |
| 20-12-2024 11:14 | Dennis Kuijpers | kerstborrel bij Kempen Bouw vrijdag, wie gaat er mee? |
| 20-12-2024 11:15 | Bram de Wit | ik niet, Dennis. en jij ook niet als je slim bent |
| 20-12-2024 11:16 | Dennis Kuijpers | haha Bram altijd de politieagent |
| 08-01-2025 10:02 | Petra Zomer | Marloes is vandaag bij de tandarts, ik neem het overleg over |
---
| Tijdstip | Afzender | Bericht |
| 15-01-2025 12:44 | Yusuf Aydın | Koen, mail gestuurd over de toewijzing. graag reactie |
| 15-01-2025 17:30 | Koen Bosch | gezien. kom ik op terug |
| 03-02-2025 09:05 | Marloes van den Heuvel-Brouwers | Ruud, waarom zit je niet meer bij het teamoverleg? |
| 03-02-2025 09:32 | Ruud Veldhoven | druk met inspecties Woensel, Marloes |
| 18-02-2025 14:10 | Koen Bosch | Allen: per 1 maart neemt Bram de coördinatie handhaving tijdelijk over |
| 18-02-2025 14:11 | Petra Zomer | akkoord |
Bron: Microsoft Teams, tenant gemeente Eindhoven. Eigenaar chat: K. Bosch (k.bosch@eindhoven.nl).
""", R=[
    "PERSON|Marloes van den Heuvel-Brouwers|Marloes van den Heuvel-Brouwers;Marloes", "PERSON|Koen Bosch|Koen Bosch;Koen;K. Bosch",
    "PERSON|Yusuf Aydın|Yusuf Aydın;Yusuf", "PERSON|Ruud Veldhoven|Ruud Veldhoven;Ruud",
    "PERSON|Dennis Kuijpers|Dennis Kuijpers;Dennis", "PERSON|Bram de Wit|Bram de Wit;Bram",
    "PERSON|Petra Zomer|Petra Zomer", "EMAIL|k.bosch@eindhoven.nl",
], K=[
    "PRODUCT|Microsoft Teams", "ORG|Bureau Integriteit", "REF|INT-2025-014", "ORG|Functioneel beheer M365",
    "PLACE|Fuutlaan", "PLACE|Woensel", "ORG|Kempen Bouw",
], font="DejaVu", size=9.5, colw={3: [80, 130, 250]})

# ------------------------------------------------------------------------------------------ ch18 OR minutes
D("ch18_notulen_or", "Notulen Ondernemingsraad 10 juni 2025", """
# Notulen vergadering Ondernemingsraad gemeente Eindhoven
Datum: 10 juni 2025, 09.30-12.15 uur | Locatie: Stadhuis, raadzaal 2 | Kenmerk: OR-2025-11
Aanwezig: W. Smits (voorzitter, WS), A. van Beek (vicevoorzitter, AvB), T. Akkermans (TA), N. El Idrissi (NEI), B. de Wit (BdW), R. Kemper-ten Velde (RKtV); L. Post (ambtelijk secretaris, notulen, LP)
Namens de bestuurder (agendapunt 3): H. Mol, gemeentesecretaris/algemeen directeur; S. Winter, HR-adviseur
Afwezig met bericht: J. Driessen (JD)
## 1. Opening en vaststelling agenda
WS opent de vergadering. Agendapunt 5 (WVTTK) wordt aangevuld met de vragen van FNV en CNV over de werkdruk bij VTH.
## 2. Notulen 13 mei 2025
Vastgesteld met één wijziging (AvB: in punt 4 "instemming" vervangen door "advies").
## 3. Adviesaanvraag reorganisatie sector VTH (art. 25 WOR)
De bestuurder licht de adviesaanvraag toe. BdW meldt dat hij vanwege zijn eigen plaatsing niet deelneemt aan de beraadslaging over dit punt; dit wordt genoteerd.
NEI vraagt hoe de bestuurder omgaat met medewerkers die ziek zijn tijdens de plaatsingsprocedure. Mevrouw Mol antwoordt dat de plaatsing dan wordt aangehouden, conform het Sociaal Statuut. TA vraagt of dit ook geldt voor een teamleider die in een lopend onderzoek betrokken is. De voorzitter stelt vast dat individuele gevallen niet in deze vergadering worden besproken.
RKtV vraagt of de bezetting van het team Toezicht op sterkte is nu twee medewerkers afwezig zijn. Mevrouw Winter zegt toe hierover vóór 1 juli schriftelijk te rapporteren.
---
## 4. Integriteit
AvB meldt dat de OR signalen heeft gekregen over onrust in het team Toezicht na "een melding". De OR vraagt de bestuurder om aandacht voor de nazorg van betrokken teams. Gemeentesecretaris Mol zegt een gesprek toe met de vertrouwenspersonen en het Bureau Integriteit.
## 5. WVTTK
TA: FNV en CNV vragen om een werkdrukonderzoek bij VTH. Afgesproken: LP zet dit op de agenda van het GO van 24 juni.
## Actielijst
| nr | Actie | Wie | Wanneer |
| 25-14 | Concept-advies reorganisatie VTH | AvB, NEI | 24-06-2025 |
| 25-15 | Rapportage bezetting team Toezicht | S. Winter | 01-07-2025 |
| 25-16 | Agenderen werkdruk VTH in GO | LP | 24-06-2025 |
| 25-17 | Gesprek nazorg teams | H. Mol | 15-07-2025 |
Secretariaat OR: or@eindhoven.nl, telefoon 040 - 238 2700 (algemeen).
""", R=[
    "PERSON|Wouter Smits|W. Smits;WS", "PERSON|Annelies van Beek|A. van Beek;AvB", "PERSON|Thijs Akkermans|T. Akkermans;TA",
    "PERSON|Noor El Idrissi|N. El Idrissi;NEI", "PERSON|Bram de Wit|B. de Wit;BdW",
    "PERSON|Renate Kemper-ten Velde|R. Kemper-ten Velde;RKtV", "PERSON|Linda Post|L. Post;LP",
    "PERSON|Hester Mol|H. Mol;Mol", "PERSON|Sanne Winter|S. Winter;Winter", "PERSON|Jan Driessen|J. Driessen;JD",
], K=[
    "ORG|Ondernemingsraad", "ORG|FNV", "ORG|CNV", "LAW|WOR", "REF|OR-2025-11", "ORG|Bureau Integriteit",
    "DOC|Sociaal Statuut", "MAIL|or@eindhoven.nl", "PHONE|040 - 238 2700", "TITLE|ambtelijk secretaris",
    "TITLE|gemeentesecretaris/algemeen directeur", "TITLE|voorzitter", "ORG|team Toezicht", "ORG|VTH",
    "DATE|10 juni 2025", "REF|25-14",
], font="Helvetica", size=10)

# ------------------------------------------------------------------------------------------ ch19
D("ch19_advies_or_reorganisatie", "Advies OR reorganisatie VTH", """
# Advies van de Ondernemingsraad over de reorganisatie van de sector VTH
Aan: het college van burgemeester en wethouders, t.a.v. mevrouw H. Mol, gemeentesecretaris/algemeen directeur
Datum: 8 juli 2025 | Kenmerk: OR-2025-U-019 | Uw adviesaanvraag: P&O-2025-0412
Geacht college,
De Ondernemingsraad heeft op grond van artikel 25 van de Wet op de ondernemingsraden uw adviesaanvraag over de reorganisatie van de sector Vergunningen, Toezicht en Handhaving besproken in zijn vergaderingen van 10 juni en 1 juli 2025, en met de achterban in twee bijeenkomsten.
De OR adviseert positief, onder de volgende voorwaarden:
1. De functie Toezichthouder milieu wordt gewaardeerd op schaal 9 in plaats van schaal 8 (HR21-normfunctie).
2. Medewerkers die tijdens de plaatsingsprocedure ziek zijn, worden niet benadeeld; hun plaatsing wordt aangehouden tot na herstel.
3. Er komt een werkdrukonderzoek, uit te voeren door een extern bureau, in overleg met FNV Overheid en CNV Overheid.
De OR hecht eraan dat de vakbonden in het Georganiseerd Overleg (GO) betrokken blijven bij de uitvoering van het Sociaal Statuut.
Namens de Ondernemingsraad,
W. Smits, voorzitter | A. van Beek, vicevoorzitter
Correspondentieadres: or@eindhoven.nl
""", R=["PERSON|Hester Mol|H. Mol", "PERSON|Wouter Smits|W. Smits", "PERSON|Annelies van Beek|A. van Beek"],
  K=["ORG|Ondernemingsraad", "LAW|Wet op de ondernemingsraden", "ORG|FNV Overheid", "ORG|CNV Overheid",
     "ORG|Georganiseerd Overleg", "TITLE|Toezichthouder milieu", "SCALE|schaal 9", "SCALE|schaal 8", "PRODUCT|HR21",
     "REF|OR-2025-U-019", "REF|P&O-2025-0412", "MAIL|or@eindhoven.nl", "DOC|Sociaal Statuut", "TITLE|vicevoorzitter",
     "ORG|Vergunningen, Toezicht en Handhaving"], font="DejaVuSerif", size=10)

# ------------------------------------------------------------------------------------------ ch20 scan VSO
D("ch20_vaststellingsovereenkomst_scan", "scan", None, R=[
    "PERSON|Marloes van den Heuvel-Brouwers|van den Heuvel-Brouwers", "DOB|9 november 1979",
    "ADDRESS|Kruisstraat 77|Kruisstraat 77", "NUMBER|personeelsnummer|104877", "PERSON|Hester Mol|H. Mol",
    "IBAN|NL47 INGB 0006 3728 15", "PERSON|P.J. Hazelhoff|Hazelhoff", "SIGNATURE|paraaf werknemer|MvdH",
], K=[], prod="scan", pil=True, pages=[[
    ("b", "VASTSTELLINGSOVEREENKOMST", 36), ("n", "", 20),
    ("n", "De ondergetekenden:", 26),
    ("n", "1. Het college van burgemeester en wethouders van de gemeente", 26),
    ("n", "Eindhoven, te dezen vertegenwoordigd door H. Mol,", 26),
    ("n", "gemeentesecretaris/algemeen directeur, hierna: de werkgever;", 26),
    ("n", "2. Mevrouw M.A. van den Heuvel-Brouwers, geboren op", 26),
    ("n", "9 november 1979, wonende Kruisstraat 77, Eindhoven,", 26),
    ("n", "personeelsnummer 104877, hierna: de werknemer,", 26),
    ("n", "bijgestaan door mr. P.J. Hazelhoff, advocaat;", 26), ("n", "", 20),
    ("n", "overwegen: na het rapport van Hoffmann Bedrijfsrecherche", 26),
    ("n", "(HB-25-0871) is een verschil van inzicht ontstaan over de", 26),
    ("n", "voortzetting van het dienstverband. Partijen willen dit", 26),
    ("n", "beeindigen op grond van artikel 7:900 BW.", 26), ("n", "", 20),
    ("n", "1. Het dienstverband eindigt op 1 november 2025.", 26),
    ("n", "2. De werkgever betaalt een vergoeding van EUR 28.400 bruto", 26),
    ("n", "op rekening NL47 INGB 0006 3728 15.", 26),
    ("n", "3. Partijen verklaren dat de werknemer geen verwijt treft", 26),
    ("n", "ten aanzien van haar ziekte; het onderzoek wordt afgesloten.", 26),
    ("n", "", 40), ("n", "Paraaf werknemer: MvdH          Paraaf werkgever: HM", 24),
], [
    ("n", "4. Partijen verlenen elkaar finale kwijting.", 26),
    ("n", "5. Over de inhoud van deze overeenkomst wordt geheimhouding", 26),
    ("n", "betracht, behoudens verplichtingen op grond van de Woo.", 26), ("n", "", 30),
    ("n", "Aldus overeengekomen en getekend te Eindhoven op 12 augustus 2025.", 24), ("n", "", 30),
    ("n", "de werkgever                         de werknemer", 26), ("n", "", 10),
    ("h", "    H. Mol                               M. van den Heuvel-Brouwers", 44), ("n", "", 10),
    ("n", "H. Mol                               M.A. van den Heuvel-Brouwers", 24), ("n", "", 30),
    ("n", "Voor gezien, de advocaat van werknemer:", 24),
    ("h", "    Hazelhoff", 48),
    ("n", "mr. P.J. Hazelhoff", 24),
]])

# ------------------------------------------------------------------------------------------ ch21 handwritten note scan
D("ch21_handgeschreven_notitie_scan", "scan", None, R=[
    "PERSON|Ruud Veldhoven|Ruud Veldhoven", "PHONE|06-18 44 27 93", "PERSON|Marloes van den Heuvel-Brouwers|Marloes",
    "PERSON|Hester Mol|Hester", "PERSON|Koen Bosch|Koen", "HEALTH|ziek|ziek thuis", "PERSON|Gijs in 't Zandt|Gijs",
], K=[], prod="scan", pil=False, pages=[[
    ("h", "Notitie telefoon  3/3", 60), ("h", "", 30),
    ("h", "Bel Ruud Veldhoven terug", 58),
    ("h", "06-18 44 27 93 (prive)", 58), ("h", "", 20),
    ("h", "Marloes ziek thuis sinds", 58),
    ("h", "17 maart, niet bellen!", 58), ("h", "", 20),
    ("h", "Hester informeren voor", 58),
    ("h", "de bespreking met Koen", 58), ("h", "", 30),
    ("h", "  - Gijs (Bureau Integriteit)", 52),
]])

# ------------------------------------------------------------------------------------------ ch22 docx (Author)
D("ch22_memo_hoor_wederhoor_docx", "Memo hoor en wederhoor", """
# Memo hoor en wederhoor conceptrapport
Aan: burgemeester J.R.V.A. Dijsselbloem
Van: Bureau Integriteit (G. in 't Zandt)
Datum: 4 juni 2025 | Kenmerk: INT-2025-014/M3
Onderwerp: reacties op het conceptrapport Hoffmann
1. Het conceptrapport is op 30 mei 2025 aan beide betrokkenen toegezonden. De heer D. Kuijpers heeft via zijn FNV-bestuurder laten weten geen opmerkingen te hebben.
2. Mr. Hazelhoff heeft namens mevrouw M. van den Heuvel-Brouwers op 2 juni 2025 gereageerd. Hij stelt dat de manager, de heer K. Bosch, van de familierelatie op de hoogte was en dat de gemeente de gedragscode onvoldoende heeft uitgedragen.
3. Hoffmann heeft de reactie verwerkt in paragraaf 4 en de reactie integraal als bijlage opgenomen. De conclusies blijven ongewijzigd.
4. Voorstel: het rapport definitief vaststellen en de wethouder Personeel en Organisatie, de heer Steenbakkers, informeren. Over de rol van de manager wordt een afzonderlijk gesprek gevoerd door de directeur Stad, mevrouw I. Verbeek.
Bijlagen: conceptrapport HB-25-0871 (v0.4); reactie Hazelhoff Advocaten d.d. 2 juni 2025.
""", R=[
    "PERSON|Gijs in 't Zandt|G. in 't Zandt", "PERSON|Dennis Kuijpers|D. Kuijpers", "PERSON|P.J. Hazelhoff|Hazelhoff",
    "PERSON|Marloes van den Heuvel-Brouwers|M. van den Heuvel-Brouwers", "PERSON|Koen Bosch|K. Bosch",
    "PERSON|Ingrid Verbeek|I. Verbeek",
], K=[
    "OFFICE|burgemeester Dijsselbloem|J.R.V.A. Dijsselbloem", "OFFICE|wethouder Steenbakkers|Steenbakkers",
    "ORG|Bureau Integriteit", "ORG|Hoffmann", "REF|INT-2025-014/M3", "REF|HB-25-0871", "ORG|FNV",
    "TITLE|directeur Stad", "DATE|4 juni 2025",
], prod="docx", H=[("metadata", "PERSON|Sabine Verhagen-Lodewijks|Sabine Verhagen-Lodewijks")],
  author="Sabine Verhagen-Lodewijks")

# ------------------------------------------------------------------------------------------ ch23 docx FAQ
D("ch23_veelgestelde_vragen_reorganisatie_docx", "Veelgestelde vragen reorganisatie VTH", """
# Veelgestelde vragen reorganisatie VTH
Versie 3, 15 september 2025 | Projectnummer: PRJ-VTH-2025
## Wanneer hoor ik waar ik geplaatst ben?
Alle medewerkers hebben op 3 september 2025 hun plaatsingsbesluit ontvangen. Medewerkers die ziek zijn, ontvangen hun besluit na overleg met de casemanager.
## Bij wie kan ik terecht met vragen?
Voor vragen over uw plaatsing: uw HR-adviseur (Sanne Winter, 040 - 238 64 10, of Hidde Claassen, 040 - 238 64 22). Voor vragen over het Sociaal Statuut: het HR-servicepunt via 14 040 of hrservicepunt@eindhoven.nl.
## Kan ik de vakbond inschakelen?
Ja. FNV Overheid en CNV Overheid hebben een spreekuur op dinsdag in het Stadskantoor. Contactpersoon FNV: Michiel Schouten (06 41 50 72 19).
## Wat doet de OR?
De Ondernemingsraad heeft op 8 juli 2025 positief geadviseerd op grond van de Wet op de ondernemingsraden. Vragen aan de OR: or@eindhoven.nl.
""", R=["PERSON|Sanne Winter|Sanne Winter", "PHONE|040 - 238 64 10", "PERSON|Hidde Claassen|Hidde Claassen",
        "PHONE|040 - 238 64 22", "PERSON|Michiel Schouten|Michiel Schouten", "PHONE|06 41 50 72 19"],
  K=["ORG|FNV Overheid", "ORG|CNV Overheid", "ORG|Ondernemingsraad", "LAW|Wet op de ondernemingsraden",
     "MAIL|hrservicepunt@eindhoven.nl", "MAIL|or@eindhoven.nl", "PHONE|14 040", "DOC|Sociaal Statuut",
     "REF|PRJ-VTH-2025", "ORG|HR-servicepunt", "PLACE|Stadskantoor"],
  prod="docx", author="Gemeente Eindhoven")

# ------------------------------------------------------------------------------------------ ch24
D("ch24_verslag_go", "Verslag Georganiseerd Overleg", """
# Verslag Georganiseerd Overleg (GO) gemeente Eindhoven
Datum: 24 juni 2025 | Kenmerk: GO-2025-04
Aanwezig namens de werkgever: wethouder S. Steenbakkers (voorzitter), H. Mol (gemeentesecretaris), H. Claassen (HR-adviseur, verslag)
Namens de vakbonden: M. Schouten (FNV Overheid), E. Vos (CNV Overheid), R. Hoogendoorn (CNV Overheid, kaderlid)
## 1. Sociaal Statuut en reorganisatie VTH
De heer Schouten vraagt om een hardheidsclausule voor medewerkers die boventallig worden verklaard. Wethouder Steenbakkers zegt toe dat het college dit voorstel zal bezien. Mevrouw Vos vraagt naar de stand van het werkdrukonderzoek; de gemeentesecretaris meldt dat de offerte van TNO wordt verwacht in augustus.
## 2. Integriteitsbeleid
De bonden vragen om verplichte integriteitstraining voor alle toezichthouders. Mol: de training wordt in het najaar van 2025 aangeboden in samenwerking met het Huis voor Klokkenluiders.
## 3. Rondvraag
Vos: het contactadres voor CNV-leden is e.vos@cnv.nl, telefoon 06-4802 1177. Schouten: FNV is bereikbaar via de Ledenservice, 088 - 368 03 68.
""", R=["PERSON|Hester Mol|H. Mol;Mol", "PERSON|Hidde Claassen|H. Claassen", "PERSON|Michiel Schouten|M. Schouten;Schouten",
        "PERSON|Ellen Vos|E. Vos;Vos", "PERSON|Rob Hoogendoorn|R. Hoogendoorn", "EMAIL|e.vos@cnv.nl",
        "PHONE|06-4802 1177"],
  K=["OFFICE|wethouder Steenbakkers|Steenbakkers", "ORG|FNV Overheid", "ORG|CNV Overheid", "ORG|TNO",
     "ORG|Huis voor Klokkenluiders", "PHONE|088 - 368 03 68", "REF|GO-2025-04", "DOC|Sociaal Statuut",
     "TITLE|kaderlid", "TITLE|gemeentesecretaris", "ORG|Ledenservice", "ORG|Georganiseerd Overleg"],
  font="Times-Roman", size=10.5)

# ------------------------------------------------------------------------------------------ ch25
D("ch25_register_nevenwerkzaamheden", "Uittreksel register nevenwerkzaamheden", """
# Uittreksel register nevenwerkzaamheden en financiële belangen
Artikel 5 Ambtenarenwet 2017 | Sector VTH | Peildatum: 1 maart 2025 | Kenmerk: INT-2025-014/B2
| Dossiernr. | Medewerker | Functie | Nevenwerkzaamheid / belang | Goedgekeurd |
| NW-0412 | R. Veldhoven | Inspecteur bouw- en woningtoezicht | Penningmeester voetbalvereniging RKVV Tongelre | ja, 12-01-2022 |
| NW-0433 | P. Zomer | Vergunningverlener | Docent (0,1 fte) Fontys Hogeschool Techniek | ja, 03-09-2023 |
| NW-0451 | B. de Wit | Coördinator handhaving | Lid Raad van Toezicht Stichting Woonbedrijf (tot 2024) | ja, 15-05-2020 |
| NW-0467 | Y. Aydın | Jurist VTH | Bestuurslid Moskee Vereniging Eindhoven-Oost | ja, 22-02-2021 |
| NW-0470 | E. Koolen | Medewerker vergunningen | Eigen bedrijf architectuurfotografie | ja, 07-06-2024 |
| - | M.A. van den Heuvel-Brouwers | Teamleider Toezicht | geen melding | - |
Toelichting: het register is openbaar voor zover het functies betreft die een hoger risico dragen (art. 5 lid 2 Ambtenarenwet 2017); namen van medewerkers worden bij publicatie niet vermeld.
Bron: HR-systeem Youforce, rapport NW-03; opgevraagd door G. in 't Zandt.
""", R=["PERSON|Ruud Veldhoven|R. Veldhoven", "PERSON|Petra Zomer|P. Zomer", "PERSON|Bram de Wit|B. de Wit",
        "PERSON|Yusuf Aydın|Y. Aydın", "PERSON|Esther Koolen|E. Koolen",
        "PERSON|Marloes van den Heuvel-Brouwers|M.A. van den Heuvel-Brouwers",
        "PERSON|Gijs in 't Zandt|G. in 't Zandt", "RELIGION|moskeebestuur Aydın|Moskee Vereniging Eindhoven-Oost",
        "NUMBER|dossiernummer Veldhoven|NW-0412", "NUMBER|dossiernummer Zomer|NW-0433",
        "NUMBER|dossiernummer De Wit|NW-0451", "NUMBER|dossiernummer Aydın|NW-0467", "NUMBER|dossiernummer Koolen|NW-0470"],
  K=["LAW|Ambtenarenwet 2017", "REF|INT-2025-014/B2", "PRODUCT|Youforce", "ORG|Fontys Hogeschool",
     "ORG|Stichting Woonbedrijf", "TITLE|Inspecteur bouw- en woningtoezicht", "TITLE|Vergunningverlener",
     "TITLE|Coördinator handhaving", "TITLE|Teamleider Toezicht", "TITLE|Penningmeester"],
  font="DejaVu", size=9.5, colw={5: [50, 95, 100, 150, 75]})

# ------------------------------------------------------------------------------------------ ch26
D("ch26_collegenota_integriteitsrapportage", "Collegenota jaarrapportage integriteit", """
# Collegenota
Onderwerp: Jaarrapportage integriteit 2024 en lopende onderzoeken | Portefeuillehouder: burgemeester J.R.V.A. Dijsselbloem
Collegevergadering: 1 juli 2025 | Registratienummer: COL-25-1187 | Steller: G. in 't Zandt, Bureau Integriteit, 040 238 22 91
Paraaf: | Naam | Functie | Paraaf | Datum |
| K. Bosch | manager VTH | KB | 23-06 |
| I. Verbeek | directeur Stad | IV | 24-06 |
| H. Mol | gemeentesecretaris | HM | 25-06 |
## Voorgesteld besluit
1. De Jaarrapportage integriteit 2024 vast te stellen en ter kennisname te sturen aan de gemeenteraad.
2. Kennis te nemen van de afronding van onderzoek INT-2025-014 (sector VTH).
## Toelichting
In 2024 ontving het Bureau Integriteit 47 meldingen (2023: 39). In vier gevallen volgde een extern onderzoek, uitgevoerd door Hoffmann Bedrijfsrecherche en Bureau Integriteitsonderzoek Nederland. Er zijn twee ontslagen wegens plichtsverzuim verleend op grond van de Cao Gemeenten.
Wethouder Steenbakkers (P&O) en wethouder Thijs hebben gevraagd om een voorstel voor verplichte integriteitstraining; dit volgt in het vierde kwartaal.
## Informatie die niet openbaar gemaakt kan worden
Motivering: nog in te vullen.
""", R=["PERSON|Gijs in 't Zandt|G. in 't Zandt", "PHONE|040 238 22 91", "PERSON|Koen Bosch|K. Bosch;KB",
        "PERSON|Ingrid Verbeek|I. Verbeek;IV", "PERSON|Hester Mol|H. Mol;HM"],
  K=["OFFICE|burgemeester Dijsselbloem|J.R.V.A. Dijsselbloem", "OFFICE|wethouder Steenbakkers|Steenbakkers",
     "OFFICE|wethouder Thijs|Thijs", "ORG|Bureau Integriteit", "ORG|Hoffmann Bedrijfsrecherche",
     "ORG|Bureau Integriteitsonderzoek Nederland", "LAW|Cao Gemeenten", "REF|COL-25-1187", "REF|INT-2025-014",
     "TITLE|manager VTH", "TITLE|directeur Stad", "TITLE|gemeentesecretaris", "ORG|gemeenteraad", "DATE|1 juli 2025"],
  font="Liberation", size=10, colw={4: [100, 140, 60, 60]})

# ------------------------------------------------------------------------------------------ ch27
D("ch27_uitnodiging_hoorzitting", "Uitnodiging hoorzitting bezwaar", """
# Uitnodiging hoorzitting
Commissie bezwaarschriften personele aangelegenheden | Secretariaat: bezwaarschriften@eindhoven.nl
Aan: de heer D.J. Kuijpers, p/a FNV Overheid, t.a.v. de heer M. Schouten
Datum: 2 oktober 2025 | Zaaknummer bezwaar: BZ-P-2025-017 | Uw kenmerk: FNV/MS/25-3310
Geachte heer Kuijpers,
U heeft op 26 augustus 2025 bezwaar gemaakt tegen het besluit van 18 juli 2025 (P&O-2025-0733) waarbij u ontslag is verleend wegens plichtsverzuim. De commissie nodigt u uit voor de hoorzitting op donderdag 30 oktober 2025 om 14.00 uur in het Stadhuis, Stadhuisplein 10, zaal Kempen.
De commissie bestaat uit mr. drs. L.M. (Lieke) van Oorschot-Daniëls (voorzitter), de heer A. Rutten en mevrouw J. Sterk. Namens het college is de heer T. van Mierlo, jurist P&O, aanwezig.
Stukken kunt u inzien na afspraak met de secretaris van de commissie, mevrouw C. Ketelaars, 040 - 238 7745.
Met vriendelijke groet,
namens de commissie,
C. Ketelaars, secretaris
""", R=["PERSON|Dennis Kuijpers|D.J. Kuijpers;Kuijpers", "PERSON|Michiel Schouten|M. Schouten",
        "PERSON|Lieke van Oorschot-Daniëls|van Oorschot-Daniëls", "PERSON|A. Rutten|A. Rutten",
        "PERSON|J. Sterk|J. Sterk", "PERSON|T. van Mierlo|T. van Mierlo", "PERSON|C. Ketelaars|C. Ketelaars",
        "PHONE|040 - 238 7745"],
  K=["ORG|Commissie bezwaarschriften personele aangelegenheden", "MAIL|bezwaarschriften@eindhoven.nl",
     "ORG|FNV Overheid", "REF|BZ-P-2025-017", "REF|P&O-2025-0733", "ADDRESS|Stadhuisplein 10", "TITLE|jurist P&O",
     "TITLE|secretaris", "DATE|30 oktober 2025"], font="DejaVuSerif", size=10, header=HDR)

# ------------------------------------------------------------------------------------------ ch28
D("ch28_mail_arbodienst_hr", "Mail Arboned HR", """
> From: Hoekstra, Willem-Jan <w.hoekstra@arboned.nl>
> Sent: Monday, May 12, 2025 15:22
> To: De Kort, Fleur <f.dekort@eindhoven.nl>
> Cc: Planning Arboned Zuid <planning.zuid@arboned.nl>
> Subject: Terugkoppeling spreekuur 12-05 - dossier AN-7731902
Beste Fleur,
Vandaag heb ik mevrouw Van den Heuvel-Brouwers gezien. Er is lichte verbetering: zij slaapt beter en de medicatie wordt goed verdragen. Re-integratie in de eigen functie is nog niet aan de orde; ik adviseer een arbeidsdeskundig onderzoek over zes weken.
Zij geeft aan dat de spanningen rond het onderzoek de belangrijkste belemmering zijn. Ik verzoek de werkgever daarom om spoedige duidelijkheid over de uitkomst.
Vervolgafspraak: 23 juni 2025, 09.30 uur, vestiging Eindhoven (Flight Forum). Bij verhindering graag doorgeven via planning.zuid@arboned.nl of 088 - 272 62 72.
Met vriendelijke groet,
Willem-Jan Hoekstra, bedrijfsarts
Arboned | M: 0031 6 1455 2083
> From: De Kort, Fleur
> Sent: Monday, May 12, 2025 16:05
> To: Hoekstra, Willem-Jan
> Cc: Winter, Sanne
> Subject: RE: Terugkoppeling spreekuur 12-05
Dank je Willem-Jan. Ik leg het arbeidsdeskundig onderzoek vast in Youforce en stem met Sanne af over de timing van het rapport. Fleur
""", R=["PERSON|Willem-Jan Hoekstra|Hoekstra, Willem-Jan;Willem-Jan Hoekstra;Willem-Jan", "EMAIL|w.hoekstra@arboned.nl",
        "PERSON|Fleur de Kort|De Kort, Fleur;Fleur", "EMAIL|f.dekort@eindhoven.nl", "NUMBER|dossiernummer|AN-7731902",
        "PERSON|Marloes van den Heuvel-Brouwers|Van den Heuvel-Brouwers", "HEALTH|medicatie|medicatie wordt goed verdragen",
        "HEALTH|slaapt beter|slaapt beter", "PHONE|0031 6 1455 2083", "PERSON|Sanne Winter|Winter, Sanne;Sanne"],
  K=["ORG|Arboned", "MAIL|planning.zuid@arboned.nl", "PHONE|088 - 272 62 72", "PLACE|Flight Forum",
     "PRODUCT|Youforce", "TITLE|bedrijfsarts", "ORG|Planning Arboned Zuid"], font="Courier", size=9)

# ------------------------------------------------------------------------------------------ ch29
D("ch29_inventarislijst_woo", "Inventarislijst Woo-verzoek", """
# Inventarislijst Woo-verzoek integriteitsonderzoek VTH
Zaaknummer Woo: WOO-2025-0291 | Datum besluit: 14 november 2025
| Nr | Document | Datum | Beoordeling | Grond | Opmerking |
| 1 | Opdrachtbrief Hoffmann Bedrijfsrecherche | 14-03-2025 | deels openbaar | 5.1.2e | |
| 2 | Rapport onderzoek integriteitsmelding | 12-06-2025 | deels openbaar | 5.1.2e, 5.1.1d | |
| 3 | Gespreksverslag melder | 02-04-2025 | deels openbaar | 5.1.2e | opgesteld door A. ten Brinke |
| 4 | Gespreksverslagen getuigen (2) | 08/10-04-2025 | deels openbaar | 5.1.2e | |
| 5 | Terugkoppeling bedrijfsarts | 07-04-2025 | niet openbaar | 5.1.1d | gezondheidsgegevens |
| 6 | Casusnotities verzuim | 2025 | niet openbaar | 5.1.1d, 5.1.2e | |
| 7 | Ontslagbesluit | 18-07-2025 | deels openbaar | 5.1.2e, 5.1.1e | |
| 8 | Vaststellingsovereenkomst | 12-08-2025 | deels openbaar | 5.1.2e | ondertekend door H. Mol |
| 9 | Mailwisseling HR, gemeentesecretaris en wethouder | 16/18-06-2025 | deels openbaar | 5.1.2e, 5.2.1 | |
| 10 | Notulen OR 10 juni 2025 | 10-06-2025 | openbaar | - | reeds gepubliceerd |
Behandeld door: team Woo, woo@eindhoven.nl, telefoon 14 040. Contactpersoon: N. Schellekens.
""", R=["PERSON|Anouk ten Brinke|A. ten Brinke", "PERSON|Hester Mol|H. Mol", "PERSON|N. Schellekens|N. Schellekens"],
  K=["REF|WOO-2025-0291", "ORG|Hoffmann Bedrijfsrecherche", "MAIL|woo@eindhoven.nl", "PHONE|14 040", "GROUND|5.1.2e",
     "GROUND|5.1.1d", "GROUND|5.2.1", "GROUND|5.1.1e", "TERM|deels openbaar", "TERM|niet openbaar"],
  font="Helvetica", size=9, colw={6: [20, 150, 60, 65, 65, 110]})

# ------------------------------------------------------------------------------------------ ch30
D("ch30_woo_besluit", "Besluit op Woo-verzoek", """
# Besluit op uw verzoek op grond van de Wet open overheid
Aan: de heer R.P.M. Mertens, Boschdijk 1020, 5626 AL Eindhoven
Datum: 14 november 2025 | Zaaknummer: WOO-2025-0291 | Uw e-mail van: 2 september 2025
Geachte heer Mertens,
Bij e-mail van 2 september 2025 (verzonden vanaf r.mertens1964@ziggo.nl) heeft u op grond van de Wet open overheid (Woo) verzocht om openbaarmaking van documenten over "het integriteitsonderzoek bij de afdeling bouwtoezicht waarover het Eindhovens Dagblad op 28 augustus 2025 berichtte". Wij hebben uw verzoek op 3 september 2025 ontvangen en de beslistermijn op 1 oktober 2025 met twee weken verdaagd.
## Besluit
Wij maken de documenten die zijn vermeld in de inventarislijst gedeeltelijk openbaar. Een aantal documenten maken wij niet openbaar.
## Overwegingen
Persoonsgegevens (artikel 5.1, tweede lid, onder e, Woo). In de documenten staan namen en contactgegevens van medewerkers van de gemeente, van het onderzoeksbureau en van derden. Het belang van eerbiediging van de persoonlijke levenssfeer weegt zwaarder dan het belang van openbaarmaking. Namen van de burgemeester en de wethouders, die in hun publieke functie optreden, maken wij wel openbaar.
Bijzondere persoonsgegevens (artikel 5.1, eerste lid, onder d, Woo). Gegevens over de gezondheid van betrokkenen maken wij niet openbaar.
---
Persoonlijke beleidsopvattingen (artikel 5.2, eerste lid, Woo). In de mailwisseling van juni 2025 staan persoonlijke beleidsopvattingen van ambtenaren; die maken wij niet openbaar, met uitzondering van de opvattingen van wethouder Steenbakkers als bestuurder.
## Bezwaar
Bent u het niet eens met dit besluit, dan kunt u binnen zes weken bezwaar maken bij het college van burgemeester en wethouders. Vragen? Neem contact op met het team Woo via woo@eindhoven.nl of 14 040, onder vermelding van zaaknummer WOO-2025-0291.
Met vriendelijke groet,
het college van burgemeester en wethouders van Eindhoven,
namens dezen,
N. Schellekens, senior adviseur informatiebeheer
""", R=["PERSON|R.P.M. Mertens|R.P.M. Mertens;Mertens", "ADDRESS|Boschdijk 1020|Boschdijk 1020", "ADDRESS|postcode|5626 AL",
        "EMAIL|r.mertens1964@ziggo.nl", "PERSON|N. Schellekens|N. Schellekens"],
  K=["LAW|Wet open overheid", "LAW|Woo", "REF|WOO-2025-0291", "ORG|Eindhovens Dagblad", "MAIL|woo@eindhoven.nl",
     "PHONE|14 040", "OFFICE|wethouder Steenbakkers|Steenbakkers", "TITLE|senior adviseur informatiebeheer",
     "ORG|college van burgemeester en wethouders", "DATE|14 november 2025"],
  font="DejaVuSerif", size=10.5, header=HDR)

# ------------------------------------------------------------------------------------------ ch31
D("ch31_telefoonnotitie", "Telefoonnotitie", """
# Telefoonnotitie
Datum/tijd: 28 april 2025, 11.20 uur | Aangenomen door: S. Winter (HR) | Zaak: VZ-2025-0388
Beller: mr. P.J. Hazelhoff, Hazelhoff Advocaten, tel. +31 (0)40 211 87 60
Onderwerp: cliënte M. van den Heuvel-Brouwers
Mr. Hazelhoff meldt dat zijn cliënte zwaar lijdt onder het onderzoek en dat haar huisarts haar heeft doorverwezen naar de GGZ. Hij vraagt of de gemeente open staat voor een regeling. Hij wijst erop dat de manager, de heer Bosch, volgens zijn cliënte al in 2023 van de familierelatie wist.
Afspraak: HR (Winter) legt het verzoek voor aan de gemeentesecretaris, mevrouw Mol. Terugbellen uiterlijk 2 mei 2025 via het secretariaat van Hazelhoff Advocaten: 040 - 211 87 00 (algemeen).
Doorgestuurd aan: h.mol@eindhoven.nl; dossier P&O-VZ.
""", R=["PERSON|Sanne Winter|S. Winter;Winter", "PERSON|P.J. Hazelhoff|P.J. Hazelhoff", "PHONE|+31 (0)40 211 87 60",
        "PERSON|Marloes van den Heuvel-Brouwers|M. van den Heuvel-Brouwers", "HEALTH|doorverwezen GGZ|doorverwezen naar de GGZ",
        "PERSON|Koen Bosch|Bosch", "PERSON|Hester Mol|Mol", "EMAIL|h.mol@eindhoven.nl"],
  K=["REF|VZ-2025-0388", "TITLE|gemeentesecretaris", "TITLE|manager", "PHONE|040 - 211 87 00"],
  font="Helvetica", size=10.5)

# ------------------------------------------------------------------------------------------ ch32
D("ch32_presentielijst_training", "Presentielijst training integriteit", """
# Presentielijst training "Integriteit in het toezicht"
Datum: 18 november 2025 | Locatie: Stadskantoor, zaal Genneper Parken | Trainer: Huis voor Klokkenluiders (extern) | Organisatie: Bureau Integriteit
| Nr | NAAM | Team | Personeelsnr | Paraaf |
| 1 | DE WIT, B. | Toezicht en Handhaving | 105561 | BdW |
| 2 | VELDHOVEN, R. | Toezicht en Handhaving | 118204 | RV |
| 3 | VAN DE LAAR, F. | Toezicht en Handhaving | 107712 | FvdL |
| 4 | NGUYEN, T.H. | Toezicht en Handhaving | 122584 | THN |
| 5 | SMITS, W. | Toezicht en Handhaving | 101734 | afwezig |
| 6 | D'HONT, S. | Omgevingskwaliteit | 119380 | SdH |
| 7 | LEKKERKERKER, H. | Vergunningen | 113046 | HL |
| 8 | HENDRIKX, C. | Vergunningen | 117463 | CH |
Aantal deelnemers: 7 van 8. Certificaten worden verstrekt via het leerplatform Eindhoven Academie.
Contact: integriteit@eindhoven.nl
""", R=["PERSON|Bram de Wit|DE WIT;BdW", "NUMBER|pnr|105561", "PERSON|Ruud Veldhoven|VELDHOVEN;RV", "NUMBER|pnr|118204",
        "PERSON|F. van de Laar|VAN DE LAAR;FvdL", "NUMBER|pnr|107712", "PERSON|T.H. Nguyen|NGUYEN;THN", "NUMBER|pnr|122584",
        "PERSON|W. Smits|SMITS", "NUMBER|pnr|101734", "PERSON|S. D'Hont|D'HONT;SdH", "NUMBER|pnr|119380",
        "PERSON|H. Lekkerkerker|LEKKERKERKER;HL", "NUMBER|pnr|113046", "PERSON|C. Hendrikx|HENDRIKX", "NUMBER|pnr|117463"],
  K=["ORG|Huis voor Klokkenluiders", "ORG|Bureau Integriteit", "MAIL|integriteit@eindhoven.nl",
     "ORG|Eindhoven Academie", "PLACE|Stadskantoor", "ORG|Toezicht en Handhaving", "ORG|Omgevingskwaliteit",
     "ORG|Vergunningen", "PLACE|Genneper Parken"], font="DejaVuMono", size=9.5, colw={5: [25, 140, 130, 80, 60]})
