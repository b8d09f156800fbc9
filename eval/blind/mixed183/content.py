"""Content of set mixed183 (prefix pv): an integrity investigation at the provincie Overijssel into an
inkoopadviseur suspected of favouring his sister's company. All persons are invented.

REDACT: every form of personal data that may occur in page text (kind, probe). A form is a gold
redact probe in each document whose PDFium text contains it.
KEEP: public forms (kind, probe); a keep probe in each document that contains it, 'after' counted.
"""

REDACT = [
    # the inkoopadviseur under investigation
    ("PERSON", "Gerben ter Haar"), ("PERSON", "G.J. ter Haar"), ("PERSON", "G. ter Haar"),
    ("PERSON", "Ter Haar"), ("PERSON", "ter Haar"), ("PERSON", "TER HAAR"), ("PERSON", "Gerben"),
    ("EMAIL", "g.terhaar@overijssel.nl"), ("PARAPH", "GtH"), ("ID", "104382"),
    ("DATE_OF_BIRTH", "14-03-1979"), ("ADDRESS", "Kievitsbloemstraat 23"), ("ADDRESS", "8043 RT"),
    ("BSN", "238745610"), ("PHONE", "06-47 20 31 88"), ("PHONE", "+31 6 47203188"), ("PHONE", "+31 6 41278830"),
    # his sister, director of the supplier
    ("PERSON", "Marloes Veldkamp-ter Haar"), ("PERSON", "M. Veldkamp-ter Haar"), ("PERSON", "Veldkamp"),
    ("PERSON", "Marloes"), ("EMAIL", "m.veldkamp@sallandsekantoor.nl"), ("PHONE", "06-41 27 88 30"),
    # the reporting employee (melder)
    ("PERSON", "Sanne Oudejans"), ("PERSON", "S. Oudejans"), ("PERSON", "Oudejans"), ("PERSON", "Sanne"),
    ("EMAIL", "s.oudejans@overijssel.nl"), ("PHONE", "038-4997162"),
    # vertrouwenspersoon integriteit (internal, civil servant)
    ("PERSON", "Hanneke de Wit-Brouwer"), ("PERSON", "H. de Wit-Brouwer"), ("PERSON", "De Wit-Brouwer"),
    ("PERSON", "de Wit-Brouwer"), ("PERSON", "Hanneke"), ("EMAIL", "h.dewit-brouwer@overijssel.nl"),
    ("PHONE", "06-23184477"), ("PARAPH", "HdWB"),
    # external investigators
    ("PERSON", "Pieter-Jan Zwaagstra"), ("PERSON", "P.J. Zwaagstra"), ("PERSON", "Zwaagstra"),
    ("PERSON", "Pieter-Jan"), ("EMAIL", "pj.zwaagstra@integis.nl"), ("PHONE", "+31 (0)30 231 45 90"),
    ("PARAPH", "PJZ"),
    ("PERSON", "Fatima El Amrani"), ("PERSON", "F. el Amrani"), ("PERSON", "El Amrani"), ("PERSON", "el Amrani"),
    ("PERSON", "Fatima"), ("EMAIL", "f.elamrani@integis.nl"), ("PHONE", "0031 6 1874 2209"), ("PARAPH", "FEA"),
    # teammanager Inkoop
    ("PERSON", "Wouter Bleeker"), ("PERSON", "W. Bleeker"), ("PERSON", "Bleeker"), ("PERSON", "Wouter"),
    ("EMAIL", "w.bleeker@overijssel.nl"), ("PHONE", "06-52 91 03 47"), ("PARAPH", "WBl"),
    # directeur Bedrijfsvoering
    ("PERSON", "Marjolein Schuttevaer"), ("PERSON", "M.A. Schuttevaer"), ("PERSON", "Schuttevaer"),
    ("PERSON", "SCHUTTEVAER"), ("PERSON", "Marjolein"), ("EMAIL", "m.schuttevaer@overijssel.nl"),
    ("PHONE", "06 - 1044 7720"), ("PARAPH", "MSch"),
    # HR
    ("PERSON", "Ingrid Nijenhuis"), ("PERSON", "I. Nijenhuis"), ("PERSON", "Nijenhuis"), ("PERSON", "Ingrid"),
    ("EMAIL", "i.nijenhuis@overijssel.nl"), ("PHONE", "038 - 499 73 15"), ("PARAPH", "INij"),
    # concerncontroller
    ("PERSON", "Jeroen van 't Hul"), ("PERSON", "J. van 't Hul"), ("PERSON", "Van 't Hul"),
    ("PERSON", "van 't Hul"), ("PERSON", "Jeroen"), ("EMAIL", "j.vanthul@overijssel.nl"), ("PARAPH", "JvtH"),
    # colleagues
    ("PERSON", "Koen Dijkhuis"), ("PERSON", "K. Dijkhuis"), ("PERSON", "Dijkhuis"), ("PERSON", "Koen"),
    ("EMAIL", "k.dijkhuis@overijssel.nl"), ("PHONE", "06-1190 3321"),
    ("PERSON", "Ayşe Kaya"), ("PERSON", "A. Kaya"), ("PERSON", "Kaya"), ("PERSON", "Ayşe"),
    ("EMAIL", "ayşe.kaya@overijssel.nl"), ("PHONE", "038 4997 208"),
    ("PERSON", "Bram Lubbers"), ("PERSON", "B. Lubbers"), ("PERSON", "Lubbers"), ("PERSON", "Bram"),
    ("PERSON", "Lubbie"), ("PERSON", "Rick"), ("PERSON", "Dirk-Jan"),
    ("PERSON", "Tim Oosterveld"), ("PERSON", "T. Oosterveld"), ("PERSON", "Oosterveld"),
    ("EMAIL", "t.oosterveld@overijssel.nl"), ("PHONE", "038 499 7455"), ("PARAPH", "TOo"),
    ("PERSON", "Chantal Brinkman"), ("PERSON", "C. Brinkman"), ("PERSON", "Brinkman"), ("PERSON", "Chantal"),
    ("EMAIL", "c.brinkman@overijssel.nl"),
    ("PERSON", "Yvonne Scholte"),
    # requester (journalist, private person)
    ("PERSON", "Niels Brouwers"), ("PERSON", "N. Brouwers"), ("PERSON", "Brouwers"),
    ("EMAIL", "n.brouwers@dedriekranten.nl"), ("ADDRESS", "Esdoornlaan 41"), ("ADDRESS", "8016 AK"),
    ("PHONE", "06 38 52 19 07"),
    # sole trader supplier
    ("PERSON", "Dirk-Jan Hakvoort"), ("PERSON", "D.J. Hakvoort"), ("PERSON", "Hakvoort"),
    ("EMAIL", "info@hakvoortmontage.nl"), ("PHONE", "06 18 44 90 12"), ("IBAN", "NL62 RABO 0317 4529 88"),
    ("ID", "71845523"), ("ADDRESS", "Molenweg 7a"), ("ADDRESS", "8121 BD"),
    # contact at Sallandse Kantoorinrichting (private)
    ("PERSON", "Rick Hulshof"), ("PERSON", "R. Hulshof"), ("PERSON", "Hulshof"),
    ("EMAIL", "r.hulshof@sallandsekantoor.nl"),
    # other bidders' staff (private)
    ("PERSON", "Joost Kampherbeek"), ("PERSON", "Kampherbeek"),
    # lawyer / counsellor of the employee (private)
    ("PERSON", "mr. Evelien Bosch-Ruiter"), ("PERSON", "Bosch-Ruiter"), ("PERSON", "Evelien"),
    ("EMAIL", "bosch@ruiteradvocatuur.nl"),
    # bedrijfsarts
    ("PERSON", "Frank Mensink"), ("PERSON", "Mensink"),
    # health (5.1.1d)
    ("HEALTH", "burn-outklachten"), ("HEALTH", "slaapproblemen"),
]

KEEP = [
    ("ORG", "Provincie Overijssel"), ("ORG", "provincie Overijssel"), ("ORG", "Gedeputeerde Staten"),
    ("ORG", "Provinciale Staten"), ("ORG", "Integis Onderzoek & Advies"), ("ORG", "Integis"),
    ("ORG", "Sallandse Kantoorinrichting B.V."), ("ORG", "Sallandse Kantoorinrichting"),
    ("ORG", "Huis voor Klokkenluiders"), ("ORG", "Team Inkoop"), ("ORG", "eenheid Bedrijfsvoering"),
    ("ORG", "Rabobank"), ("ORG", "Kamer van Koophandel"), ("ORG", "OfficeNet Nederland"),
    ("ORG", "Ahrend"), ("ORG", "De Drie Kranten"), ("ORG", "Statencommissie Bestuur en Middelen"),
    ("ORG", "BIOS"), ("ORG", "Arbo Unie"),
    ("LOC", "Zwolle"), ("LOC", "Deventer"), ("LOC", "Raalte"), ("LOC", "Luttenbergstraat 2"),
    ("LOC", "Postbus 10078"), ("LOC", "8000 GB Zwolle"), ("LOC", "Thorbeckezaal"), ("LOC", "Statenzaal"),
    ("LOC", "Zalkerveerweg"), ("LOC", "Maliesingel 40"), ("LOC", "Hof van Salland"),
    ("LAW", "Wet open overheid"), ("LAW", "Woo"), ("LAW", "Provinciewet"), ("LAW", "Ambtenarenwet 2017"),
    ("LAW", "Aanbestedingswet 2012"), ("LAW", "Wet bescherming klokkenluiders"), ("LAW", "AVG"),
    ("LAW", "Gedragscode integriteit"), ("LAW", "Inkoop- en aanbestedingsbeleid 2023"),
    ("LAW", "artikel 5.1, tweede lid, aanhef en onder e"), ("LAW", "artikel 5.1, eerste lid, aanhef en onder d"),
    ("LAW", "Regeling melden vermoeden misstand"),
    ("REF", "INT-2026-007"), ("REF", "WOO-2026-0143"), ("REF", "Z2026-004512"), ("REF", "2026/0219871"),
    ("REF", "IO-4500123871"), ("REF", "IO-4500124402"), ("REF", "IO-4500125913"), ("REF", "IO-4500126050"),
    ("REF", "IO-4500126377"), ("REF", "SKI-2025-1187"), ("REF", "SKI-2026-0042"), ("REF", "HMO-2025-031"),
    ("REF", "PS/2026/118"), ("REF", "5.1.2e"), ("REF", "5.1.1d"), ("REF", "5.1.1e"), ("REF", "5.2.1"),
    ("MAIL", "woo@overijssel.nl"), ("MAIL", "integriteit@overijssel.nl"), ("MAIL", "postbus@overijssel.nl"),
    ("MAIL", "info@integis.nl"), ("MAIL", "verkoop@sallandsekantoor.nl"),
    ("PHONE_PUBLIC", "038 499 88 99"), ("PHONE_PUBLIC", "088 - 1331 030"), ("PHONE_PUBLIC", "030 231 45 00"),
    ("ROLE", "gedeputeerde Roetman"), ("ROLE", "Annelies Roetman"), ("ROLE", "A.M. Roetman"),
    ("ROLE", "commissaris van de Koning"), ("ROLE", "Harm Stoelinga"), ("ROLE", "Jolanda Poortvliet"),
    ("ROLE", "Okke Fennema"), ("ROLE", "woordvoerder Lisa Hazenberg"),
    ("ROLE", "inkoopadviseur"), ("ROLE", "teammanager Inkoop"), ("ROLE", "vertrouwenspersoon"),
    ("ROLE", "concerncontroller"), ("ROLE", "directeur Bedrijfsvoering"), ("ROLE", "HR-adviseur"),
    ("ROLE", "melder"), ("ROLE", "betrokkene"), ("ROLE", "bedrijfsarts"),
    ("TERM", "raamovereenkomst"), ("TERM", "meervoudig onderhandse aanbesteding"),
    ("TERM", "enkelvoudig onderhandse"), ("TERM", "bureaustoelen"), ("TERM", "zit-sta-bureaus"),
    ("TERM", "SAP Ariba"), ("TERM", "Negometrix"), ("TERM", "Microsoft Teams"), ("TERM", "ErgoFlex 500"),
    ("TERM", "belangenverstrengeling"), ("TERM", "nevenwerkzaamheden"), ("TERM", "hoor en wederhoor"),
    ("TERM", "drempelbedrag"), ("TERM", "Programma Werkplek 2026"), ("TERM", "Thorbecke-prijs"),
    ("TERM", "follow-up"), ("TERM", "purchase order"),
    ("MONEY", "€ 48.760,00"), ("MONEY", "€ 12.435,50"), ("MONEY", "€ 31.980,00"), ("MONEY", "€ 50.000"),
    ("DATE", "12 februari 2026"), ("DATE", "3 maart 2026"), ("DATE", "14 april 2026"), ("DATE", "2 juni 2026"),
    ("DATE", "18 september 2026"), ("DATE", "9 november 2026"),
]

MOTIV = """
## Informatie die niet openbaar gemaakt kan worden
Geen; het document wordt openbaar gemaakt met uitzondering van persoonsgegevens.
## Motivering
In de openbaar gemaakte versie zijn alle persoonsgegevens van ambtenaren en derden geanonimiseerd op grond van artikel 5.1, tweede lid, aanhef en onder e van de Woo (5.1.2e).
"""

LH = """Provincie Overijssel
Luttenbergstraat 2 | Postbus 10078 | 8000 GB Zwolle | 038 499 88 99 | postbus@overijssel.nl
"""

WORD = {"/Producer": "Microsoft® Word voor Microsoft 365", "/Creator": "Microsoft® Word voor Microsoft 365"}
OUTLOOK = {"/Producer": "Microsoft Outlook 16.0 (PDF export)", "/Creator": "Microsoft Outlook"}
ASPOSE = {"/Producer": "Aspose.PDF for .NET 23.11", "/Creator": "Aspose.Words"}
ITEXT = {"/Producer": "iText® 7.2.5 ©2000-2023 iText Group NV", "/Creator": "Decos JOIN"}
NITRO = {"/Producer": "Nitro PDF PixelPerfect", "/Creator": "Nitro Pro 13"}
PDFPEN = {"/Producer": "PDFpen 13.0.1", "/Creator": "PDFpen"}
SCANNER = {"/Producer": "Canon iR-ADV C5840 PDF", "/Creator": "Canon iR-ADV C5840"}
EXCEL = {"/Producer": "Microsoft® Excel® voor Microsoft 365", "/Creator": "Microsoft® Excel® voor Microsoft 365"}
TEAMS = {"/Producer": "Skia/PDF m120", "/Creator": "Microsoft Teams"}
WA = {"/Producer": "Quartz PDFContext", "/Creator": "WhatsApp export (Preview)"}

DOCS = []


def doc(stem, kind, text, **kw):
    d = {"stem": stem, "kind": kind, "text": text}
    d.update(kw)
    DOCS.append(d)


# ---------------------------------------------------------------- pv01 intake vertrouwenspersoon
doc("pv01_verslag_melding_vertrouwenspersoon", "rl", LH + """
# Verslag intakegesprek vertrouwenspersoon integriteit
Kenmerk: INT-2026-007 | Datum: 12 februari 2026 | Vertrouwelijk
Aanwezig: Sanne Oudejans (melder, medewerker crediteurenadministratie), Hanneke de Wit-Brouwer (vertrouwenspersoon integriteit)

## Aanleiding
Mevrouw Oudejans heeft op 9 februari via integriteit@overijssel.nl om een gesprek gevraagd. Zij wil een vermoeden melden van belangenverstrengeling bij de inkoop van bureaustoelen en zit-sta-bureaus voor het Programma Werkplek 2026.

## Wat de melder vertelt
Sinds het najaar van 2025 ziet Sanne op de crediteurenadministratie facturen van Sallandse Kantoorinrichting B.V. uit Raalte die steeds net onder het drempelbedrag van € 50.000 blijven. De bestellingen zijn telkens ingevoerd in SAP Ariba door inkoopadviseur Gerben ter Haar. Bij een factuur (SKI-2025-1187) zag zij dat de contactpersoon van de leverancier, Marloes Veldkamp-ter Haar, dezelfde achternaam draagt. Zij heeft dat eerst besproken met haar collega Ayşe Kaya, die bevestigde dat Ter Haar de leverancier zelf had voorgedragen.
De melder is bang voor de gevolgen voor haar positie in het team en vraagt uitdrukkelijk om vertrouwelijke behandeling. Zij is bereikbaar op 038-4997162 of op s.oudejans@overijssel.nl.

## Afspraken
1. De vertrouwenspersoon informeert de melder over de Regeling melden vermoeden misstand en de Wet bescherming klokkenluiders, en over advies bij het Huis voor Klokkenluiders (088 - 1331 030).
2. Met toestemming van de melder legt de vertrouwenspersoon de melding voor aan de directeur Bedrijfsvoering, Marjolein Schuttevaer, zonder de naam van de melder te noemen.
3. Hanneke belt de melder binnen twee weken terug (06-23184477).
<<PAGE>>
## Toelichting van de vertrouwenspersoon
De melding is concreet en controleerbaar: de inkooporders IO-4500123871, IO-4500124402 en IO-4500125913 zijn alle drie enkelvoudig onderhands gegund aan dezelfde leverancier. Een meervoudig onderhandse aanbesteding was volgens het Inkoop- en aanbestedingsbeleid 2023 vereist, omdat de opdrachten samen het drempelbedrag overschrijden.
Ik adviseer een extern onderzoek, omdat de teammanager Inkoop (Wouter Bleeker) de bestellingen heeft goedgekeurd en daarmee zelf betrokkene kan zijn.

Zwolle, 12 februari 2026
H. de Wit-Brouwer, vertrouwenspersoon integriteit
Paraaf: HdWB
""" + MOTIV, info={**WORD, "/Title": "Verslag intake INT-2026-007"})

# ---------------------------------------------------------------- pv02 mail thread
doc("pv02_mail_melding_naar_directeur", "rl", """
Van: Schuttevaer, Marjolein <m.schuttevaer@overijssel.nl>
Verzonden: vrijdag 13 februari 2026 16:42
Aan: de Wit-Brouwer, Hanneke <h.dewit-brouwer@overijssel.nl>
CC: Brinkman, Chantal <c.brinkman@overijssel.nl>; van 't Hul, Jeroen <j.vanthul@overijssel.nl>
Onderwerp: RE: vertrouwelijk - melding INT-2026-007

Dag Hanneke,
Dank voor je zorgvuldige verslag. Ik neem het advies over: we laten dit extern onderzoeken. Chantal, wil je drie bureaus vragen naar beschikbaarheid? Jeroen, kun jij de inkooporders van Sallandse Kantoorinrichting uit SAP Ariba halen, zonder dat Team Inkoop het merkt?
Ik informeer gedeputeerde Roetman mondeling in het portefeuilleoverleg van maandag.
Groet, Marjolein
Marjolein Schuttevaer | directeur Bedrijfsvoering | 06 - 1044 7720

Van: de Wit-Brouwer, Hanneke <h.dewit-brouwer@overijssel.nl>
Verzonden: vrijdag 13 februari 2026 09:15
Aan: Schuttevaer, Marjolein <m.schuttevaer@overijssel.nl>
Onderwerp: vertrouwelijk - melding INT-2026-007

Beste Marjolein,
Bijgaand het verslag van een intakegesprek. De melder wil anoniem blijven; ik heb haar naam in de bijlage laten staan omdat jij als directeur moet kunnen beoordelen of er risico op benadeling is. Stuur het verslag niet door.
Het gaat om mogelijke belangenverstrengeling van de inkoopadviseur G. ter Haar met de leverancier Sallandse Kantoorinrichting B.V. De teammanager Inkoop, W. Bleeker, heeft de orders geaccordeerd.
Met vriendelijke groet,
Hanneke de Wit-Brouwer
vertrouwenspersoon integriteit | Provincie Overijssel | 06-23184477
Bijlage: verslag intake INT-2026-007.pdf

Van: Oudejans, Sanne <s.oudejans@overijssel.nl>
Verzonden: maandag 9 februari 2026 07:58
Aan: integriteit@overijssel.nl
Onderwerp: verzoek gesprek vertrouwenspersoon

Goedemorgen,
Ik wil graag een gesprek met de vertrouwenspersoon over iets wat ik in de facturen zie. Liever niet op de afdeling; mijn collega Ayşe weet ervan. Ik ben bereikbaar op 038-4997162.
Groet, Sanne Oudejans, crediteurenadministratie
""", info={**OUTLOOK, "/Title": "RE: vertrouwelijk - melding INT-2026-007"}, ttf="sans")

# ---------------------------------------------------------------- pv03 opdrachtbrief extern bureau (docx)
doc("pv03_opdrachtbrief_integis", "docx", """
Provincie Overijssel
Luttenbergstraat 2, 8000 GB Zwolle - Postbus 10078 - telefoon 038 499 88 99
Integis Onderzoek & Advies
t.a.v. de heer P.J. Zwaagstra
Maliesingel 40
3581 BK Utrecht
Zwolle, 3 maart 2026
Ons kenmerk: 2026/0219871 - zaaknummer Z2026-004512
Onderwerp: opdracht integriteitsonderzoek INT-2026-007
Geachte heer Zwaagstra,
Gedeputeerde Staten van Overijssel verstrekken Integis Onderzoek & Advies de opdracht een feitenonderzoek te doen naar een vermoeden van belangenverstrengeling bij de inkoop van kantoormeubilair door een medewerker van Team Inkoop. Het onderzoek richt zich op de vraag of de medewerker de Gedragscode integriteit en het Inkoop- en aanbestedingsbeleid 2023 heeft geschonden, en of hij nevenwerkzaamheden of familiebanden had moeten melden op grond van de Ambtenarenwet 2017.
Het onderzoek wordt uitgevoerd door u en mevrouw drs. F. el Amrani. U hoort de betrokkene, de teammanager Inkoop en ten minste twee collega's, met toepassing van hoor en wederhoor. Contactpersoon bij de provincie is de concerncontroller, de heer J. van 't Hul (j.vanthul@overijssel.nl).
De opdracht wordt gegund voor een vast bedrag van € 31.980,00 exclusief btw. Het rapport wordt uiterlijk 2 juni 2026 opgeleverd aan de directeur Bedrijfsvoering.
Hoogachtend,
Gedeputeerde Staten van Overijssel,
namens dezen,
Marjolein Schuttevaer
directeur Bedrijfsvoering
Afschrift: mevrouw H. de Wit-Brouwer, vertrouwenspersoon
""", info={**WORD, "/Title": "Opdrachtbrief INT-2026-007"}, docx_author="")

# ---------------------------------------------------------------- pv04 interview betrokkene (docx, 2p)
doc("pv04_gespreksverslag_betrokkene", "docx", """
Integis Onderzoek & Advies - vertrouwelijk
# Gespreksverslag betrokkene
Onderzoek INT-2026-007 | provincie Overijssel
Datum gesprek: 14 april 2026, 10.00-12.15 uur, Thorbeckezaal, Luttenbergstraat 2, Zwolle
Gehoorde: G.J. ter Haar (betrokkene), inkoopadviseur, personeelsnummer 104382
Onderzoekers: P.J. Zwaagstra (gespreksleider), F. el Amrani (verslag)
Bijstand betrokkene: mr. Evelien Bosch-Ruiter, advocaat (bosch@ruiteradvocatuur.nl)
## 1. Functie en werkzaamheden
Ter Haar is sinds 2017 inkoopadviseur bij Team Inkoop. Hij begeleidt enkelvoudig onderhandse en meervoudig onderhandse aanbestedingen voor de eenheid Bedrijfsvoering. Bestellingen voert hij in SAP Ariba; aanbestedingen boven het drempelbedrag lopen via Negometrix.
## 2. Relatie met Sallandse Kantoorinrichting B.V.
Betrokkene verklaart dat Marloes Veldkamp-ter Haar zijn zus is en sinds 2021 directeur-grootaandeelhouder van Sallandse Kantoorinrichting B.V. in Raalte. Hij zegt dat hij dit in 2022 mondeling aan zijn toenmalige leidinggevende heeft verteld; een schriftelijke melding van belangenverstrengeling is niet gevonden.
Op de vraag waarom de opdrachten voor bureaustoelen en zit-sta-bureaus zijn gesplitst, antwoordt Gerben: 'Het budget kwam per kwartaal vrij. Ik heb niet bewust onder de € 50.000 gebleven.'
<<PAGE>>
## 3. Contacten tijdens de gunning
Uit de WhatsApp-berichten die betrokkene zelf heeft overgelegd blijkt dat hij op 2 oktober 2025 zijn zus de prijzen van concurrent OfficeNet Nederland heeft doorgegeven. Betrokkene erkent dit, maar noemt het 'een onhandigheid'. Zijn advocaat, mr. Bosch-Ruiter, merkt op dat de prijzen openbaar op de website stonden.
## 4. Persoonlijke omstandigheden
Betrokkene geeft aan dat hij sinds januari kampt met burn-outklachten en slaapproblemen, en dat hij daarover contact heeft met de bedrijfsarts. De onderzoekers nemen dit op omdat het de planning van het vervolggesprek raakt.
## 5. Afronding
Betrokkene ontvangt het concept binnen vijf werkdagen op zijn privéadres, Kievitsbloemstraat 23, 8043 RT Zwolle, en niet via g.terhaar@overijssel.nl. Hij kan binnen tien dagen reageren. Telefonisch bereikbaar via 06-47 20 31 88.
Vastgesteld door: P.J. Zwaagstra / F. el Amrani - paraaf PJZ / FEA
""", info={"/Producer": "LibreOffice 7.6", "/Creator": "Writer"}, docx_author="")

# ---------------------------------------------------------------- pv05 interview collega
doc("pv05_gespreksverslag_collega_inkoop", "rl", """
Integis Onderzoek & Advies | Maliesingel 40, Utrecht | 030 231 45 00 | info@integis.nl
# Gespreksverslag getuige 2
Onderzoek INT-2026-007 | Datum: 14 april 2026 | Locatie: Statenzaal (zijkamer), Zwolle
Gehoorde: Koen Dijkhuis, inkoper Team Inkoop | Onderzoekers: Pieter-Jan Zwaagstra, Fatima El Amrani

1. Dijkhuis werkt sinds 2019 naast Ter Haar. Hij verklaart dat Gerben in de zomer van 2025 voorstelde om voor de bureaustoelen 'een lokale partij uit Raalte' te vragen. Een vergelijking met de raamovereenkomst met Ahrend is volgens hem niet gemaakt.
2. Dijkhuis wist niet dat de directeur van de leverancier familie was. 'Ik kende Marloes alleen van de telefoon; ze belde vaak rechtstreeks met Gerben.'
3. Over de splitsing van de orders: Koen heeft in september 2025 aan de teammanager Inkoop gevraagd of IO-4500124402 en IO-4500125913 niet samen hadden moeten worden aanbesteed. Bleeker heeft volgens hem geantwoord dat het 'binnen de regels' bleef.
4. Dijkhuis heeft na het gesprek zijn mobiele nummer (06-1190 3321) gegeven voor eventuele aanvullende vragen.

Het verslag is op 20 april per e-mail (k.dijkhuis@overijssel.nl) aan de getuige voorgelegd; hij had geen correcties.
Paraaf onderzoekers: PJZ / FEA
""", info={**ITEXT, "/Title": "Gespreksverslag getuige 2"})

# ---------------------------------------------------------------- pv06 interview teammanager
doc("pv06_gespreksverslag_teammanager", "rl", """
Integis Onderzoek & Advies - vertrouwelijk
# Gespreksverslag getuige 3: teammanager Inkoop
Onderzoek INT-2026-007 | 16 april 2026 | via Microsoft Teams
Gehoorde: W. Bleeker | Onderzoekers: P.J. Zwaagstra, F. el Amrani | Notulist: F. el Amrani

## Verklaring
Wouter Bleeker is sinds 2020 teammanager Inkoop. Hij heeft de orders IO-4500123871, IO-4500124402 en IO-4500125913 in SAP Ariba geaccordeerd, omdat elk afzonderlijk onder het drempelbedrag bleef. Van de familierelatie wist hij niet. Hij bevestigt dat de inkoopadviseur zelf de leverancier heeft geselecteerd.
Op de vraag van Zwaagstra of hij de opmerking van een inkoper over splitsing heeft doorgezet, zegt Bleeker: 'Ik heb het met Gerben besproken en hij zei dat het budget per kwartaal vrijkwam. Achteraf had ik de concerncontroller moeten inschakelen.'
Bleeker geeft aan dat de oude leidinggevende van Ter Haar, de heer Bram Lubbers (nu facilitair coördinator), mogelijk meer weet over een mondelinge melding in 2022.
## Aanvullend
Na afloop stuurde Bleeker vanaf w.bleeker@overijssel.nl een overzicht van de offertes. Telefoon teammanager: 06-52 91 03 47.
Paraaf: FEA
""", info={**ASPOSE, "/Title": "Gespreksverslag getuige 3"}, ttf="serif")

# ---------------------------------------------------------------- pv07 purchase order overview
doc("pv07_overzicht_inkooporders", "rl", """
# Overzicht inkooporders Sallandse Kantoorinrichting B.V. 2025-2026
Bron: SAP Ariba, export door concerncontroller, 6 maart 2026 | Onderzoek INT-2026-007
*Ordernummer | *Datum | *Omschrijving | *Bedrag excl. btw | *Aangemaakt | *Goedgekeurd
IO-4500123871 | 04-09-2025 | 60 bureaustoelen ErgoFlex 500 | € 48.760,00 | GtH | WBl
IO-4500124402 | 21-10-2025 | 40 zit-sta-bureaus | € 47.120,00 | GtH | WBl
IO-4500125913 | 08-12-2025 | 40 zit-sta-bureaus, fase 2 | € 46.880,00 | GtH | WBl
IO-4500126050 | 19-01-2026 | montage en verhuizing | € 12.435,50 | GtH | WBl
IO-4500126377 | 02-02-2026 | akoestische panelen | € 18.300,00 | K. Dijkhuis | WBl

Totaal Sallandse Kantoorinrichting 2025-2026: € 173.495,50. Gegevens leverancier: KvK 08123456, Hof van Salland 12, Raalte.
De montage (IO-4500126050) is door Sallandse Kantoorinrichting uitbesteed aan een eenmanszaak, Hakvoort Montage & Onderhoud (zie factuur HMO-2025-031).

## Toelichting codes
GtH = G. ter Haar, inkoopadviseur (aanmaker) | WBl = W. Bleeker, teammanager Inkoop (goedkeurder)
Opgesteld: J. van 't Hul, concerncontroller, paraaf JvtH
""", info={**EXCEL, "/Title": "Export inkooporders"}, ttf="cond", cols=[2.2, 1.3, 3.2, 1.8, 1.3, 1.3])

# ---------------------------------------------------------------- pv08 factuur BV
doc("pv08_factuur_sallandse_kantoorinrichting", "rl", """
# Sallandse Kantoorinrichting B.V.
Hof van Salland 12 | 8102 HX Raalte | verkoop@sallandsekantoor.nl | KvK 08123456 | btw NL008123456B01
IBAN NL19 INGB 0006 5432 10

Provincie Overijssel
t.a.v. Team Inkoop, de heer G. ter Haar
Postbus 10078
8000 GB Zwolle

# FACTUUR SKI-2025-1187
Factuurdatum: 15-09-2025 | Uw ordernummer: IO-4500123871 | Uw referentie: Programma Werkplek 2026
*Aantal | *Omschrijving | *Prijs | *Totaal
60 | bureaustoel ErgoFlex 500, zwart | € 812,67 | € 48.760,00
1 | levering Luttenbergstraat 2, Zwolle | € 0,00 | € 0,00
Subtotaal € 48.760,00 | btw 21% € 10.239,60 | Totaal € 58.999,60 | betaaltermijn 30 dagen

Contactpersoon: Rick Hulshof, accountmanager, r.hulshof@sallandsekantoor.nl
Met vriendelijke groet, M. Veldkamp-ter Haar, directeur
""", info={**PDFPEN, "/Title": "Factuur SKI-2025-1187", "/Author": "Sallandse Kantoorinrichting B.V."},
    cols=[1, 4, 1.5, 1.5])

# ---------------------------------------------------------------- pv09 factuur eenmanszaak
doc("pv09_factuur_hakvoort_montage", "rl", """
# Hakvoort Montage & Onderhoud
eenmanszaak van D.J. Hakvoort | Molenweg 7a | 8121 BD Olst | 06 18 44 90 12 | info@hakvoortmontage.nl
KvK 71845523 | IBAN NL62 RABO 0317 4529 88 (Rabobank)

Aan: Sallandse Kantoorinrichting B.V., Hof van Salland 12, Raalte
# Factuur HMO-2025-031
Datum: 22-01-2026 | Project: montage zit-sta-bureaus provincie Overijssel, Luttenbergstraat 2
*Omschrijving | *Uren | *Tarief | *Bedrag
montage 80 zit-sta-bureaus | 64 | € 55,00 | € 3.520,00
afvoer verpakkingsmateriaal | 6 | € 55,00 | € 330,00
Totaal excl. btw € 3.850,00 | btw 21% € 808,50 | Totaal € 4.658,50

Graag binnen 14 dagen overmaken op NL62 RABO 0317 4529 88 t.n.v. Hakvoort Montage & Onderhoud.
Dirk-Jan Hakvoort
""", info={"/Producer": "Microsoft: Print To PDF", "/Creator": "Moneybird"}, ttf="sans", cols=[4, 1, 1.3, 1.5])

# ---------------------------------------------------------------- pv10 HR-dossiernotitie
doc("pv10_hr_dossiernotitie", "rl", LH + """
# Dossiernotitie personeelsdossier
Medewerker: Gerben ter Haar | personeelsnummer 104382 | geboortedatum 14-03-1979 | BSN 238745610
Functie: inkoopadviseur, schaal 10, Team Inkoop | Leidinggevende: W. Bleeker
Opgesteld door: Ingrid Nijenhuis, HR-adviseur, 038 - 499 73 15 | Datum: 18 maart 2026

## Aanleiding
Gesprek met de directeur Bedrijfsvoering over een tijdelijke andere werkplek van betrokkene tijdens het onderzoek INT-2026-007. Betrokkene blijft in dienst; er is geen sprake van schorsing.
## Afspraken
- Betrokkene krijgt tijdelijk geen autorisatie in SAP Ariba en Negometrix (uitgevoerd op 19 maart).
- Betrokkene werkt tijdelijk aan een analyse van contractbeheer, onder begeleiding van Bram Lubbers.
- Ter Haar meldde op 17 maart burn-outklachten; hij is aangemeld bij de bedrijfsarts van Arbo Unie (Frank Mensink).
- De melding nevenwerkzaamheden/familiebanden wordt alsnog ingevuld (formulier verstuurd aan g.terhaar@overijssel.nl).
## Contact
Vragen: i.nijenhuis@overijssel.nl. Paraaf HR: INij. Paraaf directeur: MSch.
""", info={**NITRO, "/Title": "Dossiernotitie"})

# ---------------------------------------------------------------- pv11 Teams chat
doc("pv11_teams_chat_inkoop", "rl", """
# Chat - Team Inkoop overleg (Microsoft Teams)
Export 10-03-2026, kanaal Inkoop > Algemeen

[02-10-2025 09:12] Gerben ter Haar: Koen, heb jij de offerte van Ahrend nog? Ik wil even vergelijken voor de stoelen
[02-10-2025 09:14] Koen Dijkhuis: staat in Negometrix map Werkplek. Waarom, gaan we niet via de raamovereenkomst?
[02-10-2025 09:15] Gerben ter Haar: levertijd is te lang, Raalte kan in 3 weken
[02-10-2025 09:31] Wouter Bleeker: prima als het onder de drempel blijft. Gerben zet jij de PO klaar?
[02-10-2025 09:33] Gerben ter Haar: doe ik 👍
[21-10-2025 14:02] Ayşe Kaya: Wie keurt IO-4500124402 goed? Factuur staat al bij ons
[21-10-2025 14:05] Wouter Bleeker: ik, vandaag nog
[21-10-2025 14:06] Koen Dijkhuis: @Wouter is dit niet dezelfde opdracht als die van september?
[21-10-2025 14:20] Wouter Bleeker: nee, andere fase. Lubbie weet ervan
[21-10-2025 14:22] Bram Lubbers: klopt, fase 2 van Programma Werkplek 2026
[08-12-2025 11:47] Gerben ter Haar: PO fase 3 staat erin, graag akkoord Wouter
[08-12-2025 11:50] Ayşe: kan iemand me bellen over de factuur? 038 4997 208
[08-12-2025 12:03] Wouter Bleeker: akkoord
""", info={**TEAMS, "/Title": "Chat Team Inkoop"}, ttf="sans", size=8.8)

# ---------------------------------------------------------------- pv12 WhatsApp export
doc("pv12_whatsapp_export_betrokkene", "rl", """
# WhatsApp-chat met Marloes (overgelegd door betrokkene, 14-04-2026)
Chat geëxporteerd van toestel +31 6 47203188 (Gerben), contact +31 6 41278830
02-10-2025 19:41 - Gerben: Ahrend zit op 860 per stoel incl montage, OfficeNet Nederland op 835
02-10-2025 19:43 - Marloes: ok dan ga ik naar 812 😉 kan jij het onder de 50 houden?
02-10-2025 19:44 - Gerben: 60 stuks, blijft net onder. Bureaus doen we later apart
02-10-2025 19:50 - Marloes: top broertje. Mam vraagt of je zondag komt
03-10-2025 08:02 - Gerben: ja zondag. Stuur offerte naar mijn werkmail, niet naar privé
21-10-2025 17:30 - Marloes: fase 2 binnen, dank! Rick stuurt de factuur
21-10-2025 17:31 - Gerben: zet er het ordernummer op, anders ziet crediteuren het niet
19-01-2026 20:15 - Marloes: montage laat ik doen door Dirk-Jan, is goedkoper
19-01-2026 20:16 - Gerben: prima, wel via jullie factureren
Contact: Marloes Veldkamp-ter Haar, 06-41 27 88 30
""", info={**WA, "/Title": "WhatsApp-chat met Marloes"}, ttf="sans", size=9)

# ---------------------------------------------------------------- pv13 AcroForm melding nevenwerkzaamheden
doc("pv13_formulier_melding_familiebanden", "form", """
# Formulier melding nevenwerkzaamheden en financiele belangen
Provincie Overijssel - op grond van de Ambtenarenwet 2017 en de Gedragscode integriteit
Lever het ingevulde formulier in bij HR-adviseur en leidinggevende. Vragen: integriteit@overijssel.nl

FIELD naam :: Naam medewerker :: Gerben Jan ter Haar
FIELD pnr :: Personeelsnummer :: 104382
FIELD functie :: Functie :: inkoopadviseur
FIELD relatie :: Relatie / belang :: zus M.E. Veldkamp-ter Haar is DGA van leverancier
FIELD bedrijf :: Organisatie :: Sallandse Kantoorinrichting B.V., Raalte
FIELD adres :: Privéadres :: Kievitsbloemstraat 23, 8043 RT Zwolle
FIELD tel :: Telefoon :: 06-47 20 31 88
FIELD leiding :: Leidinggevende (akkoord) :: W. Bleeker
FIELD datum :: Datum :: 24-03-2026

Het formulier wordt opgenomen in het personeelsdossier. De melding wordt besproken in het eerstvolgende gesprek met de leidinggevende.
""", info={**ITEXT, "/Title": "Formulier melding nevenwerkzaamheden"},
    hidden=[("PERSON", "Gerben Jan ter Haar", "annotations", ["Gerben Jan ter Haar"]),
            ("ID", "104382", "annotations", ["104382"]),
            ("PERSON", "M.E. Veldkamp-ter Haar", "annotations", ["M.E. Veldkamp-ter Haar"]),
            ("ADDRESS", "Kievitsbloemstraat 23, 8043 RT Zwolle", "annotations", ["Kievitsbloemstraat 23", "8043 RT"]),
            ("PHONE", "06-47 20 31 88", "annotations", ["06-47 20 31 88"]),
            ("PERSON", "W. Bleeker", "annotations", ["W. Bleeker"])])

# ---------------------------------------------------------------- pv14 scan: HR handwritten gesprek
doc("pv14_scan_gespreksnotitie_hr", "scan", """
# Gespreksnotitie HR - vertrouwelijk
Datum: 25 maart 2026
Aanwezig: Ingrid Nijenhuis (HR), Wouter Bleeker
Onderwerp: re-integratie en onderzoek INT-2026-007

Medewerker Gerben ter Haar is sinds 17 maart
gedeeltelijk ziek gemeld. De bedrijfsarts
Frank Mensink adviseert vier uur per dag.
Geen contact met leveranciers tot einde onderzoek.

~ Afgesproken: Wouter belt Gerben elke vrijdag.
~ Zus (Marloes) niet meer op locatie toelaten.
~ paraaf: I. Nijenhuis
""", info=SCANNER, angle=0.7,
    hidden=[("PERSON", "Ingrid Nijenhuis", "ocr", ["Nijenhuis"]),
            ("PERSON", "Wouter Bleeker", "ocr", ["Bleeker", "Wouter"]),
            ("PERSON", "Gerben ter Haar", "ocr", ["Gerben", "ter Haar"]),
            ("PERSON", "Frank Mensink", "ocr", ["Mensink"]),
            ("PERSON", "Marloes", "ocr", ["Marloes"])])

# ---------------------------------------------------------------- pv15 scan: verklaring betrokkene met handtekening
doc("pv15_scan_verklaring_betrokkene", "scan", """
# Verklaring betrokkene
Onderzoek INT-2026-007, provincie Overijssel

Ondergetekende, G.J. ter Haar, geboren 14-03-1979,
wonende Kievitsbloemstraat 23, 8043 RT Zwolle,
verklaart dat hij het gespreksverslag van
14 april 2026 heeft gelezen en dat het juist is,
met uitzondering van punt 3 (zie bijlage).

Bijgestaan door mr. Evelien Bosch-Ruiter.

~ Zwolle, 28 april 2026
~ G.J. ter Haar
""", info=SCANNER, angle=-0.5,
    hidden=[("PERSON", "G.J. ter Haar", "ocr", ["ter Haar"]),
            ("DATE_OF_BIRTH", "14-03-1979", "ocr", ["14-03-1979"]),
            ("ADDRESS", "Kievitsbloemstraat 23", "ocr", ["Kievitsbloemstraat"]),
            ("PERSON", "Evelien Bosch-Ruiter", "ocr", ["Bosch-Ruiter", "Evelien"])])

# ---------------------------------------------------------------- pv16 onderzoeksrapport (2p, outline)
doc("pv16_rapport_integis_samenvatting", "rl", """
Integis Onderzoek & Advies
# Rapport feitenonderzoek INT-2026-007 - samenvatting
Opdrachtgever: Gedeputeerde Staten van Overijssel | Datum: 2 juni 2026 | Zaaknummer Z2026-004512
@@1
## 1. Onderzoeksvraag
Heeft de inkoopadviseur (hierna: betrokkene) bij de inkoop van kantoormeubilair in 2025 en 2026 gehandeld in strijd met de Gedragscode integriteit, het Inkoop- en aanbestedingsbeleid 2023 of de Ambtenarenwet 2017?
## 2. Werkwijze
De onderzoekers hebben de inkoopgegevens uit SAP Ariba geanalyseerd en zes personen gehoord: de betrokkene, de teammanager Inkoop, twee inkopers, een medewerker van de crediteurenadministratie en de vorige leidinggevende. Alle verslagen zijn voorgelegd aan de gehoorden (hoor en wederhoor).
## 3. Bevindingen
3.1 Betrokkene heeft drie opdrachten voor meubilair en een montageopdracht gegund aan Sallandse Kantoorinrichting B.V., waarvan zijn zus directeur-grootaandeelhouder is. De opdrachten hadden samen meervoudig onderhands moeten worden aanbesteed.
3.2 Betrokkene heeft de familierelatie niet schriftelijk gemeld. Een mondelinge melding in 2022 bij de toenmalige leidinggevende (de heer B. Lubbers) wordt door deze niet bevestigd.
3.3 Betrokkene heeft op 2 oktober 2025 prijsinformatie van concurrenten met de leverancier gedeeld.
3.4 De teammanager Inkoop heeft signalen over splitsing niet opgevolgd; van opzet is niet gebleken.
<<PAGE>>
@@2
## 4. Conclusie
Er is sprake van belangenverstrengeling en van schending van de Gedragscode integriteit door betrokkene. Het vermoeden van opzettelijke splitsing om het drempelbedrag te ontlopen is aannemelijk. Er zijn geen aanwijzingen dat andere medewerkers financieel voordeel hebben gehad.
## 5. Aanbevelingen
- Leg familiebanden met leveranciers vast in een register, en toets bij elke gunning boven € 25.000.
- Laat bestellingen door een tweede inkoper controleren (vier-ogenprincipe).
- Stel een follow-up in door de concerncontroller, met rapportage aan de Statencommissie Bestuur en Middelen.
Utrecht, 2 juni 2026
Integis Onderzoek & Advies
""", info={**ASPOSE, "/Title": "Rapport INT-2026-007"},
    outline=[("Samenvatting - opgesteld door P.J. Zwaagstra", 0), ("Bevindingen (redactie F. el Amrani)", 0),
             ("Conclusie - review Jeroen van 't Hul", 1), ("Bijlage gesprekken - Koen Dijkhuis, Ayşe Kaya, Bram Lubbers", 1)],
    hidden=[("PERSON", "P.J. Zwaagstra", "outline", ["P.J. Zwaagstra"]),
            ("PERSON", "F. el Amrani", "outline", ["F. el Amrani"]),
            ("PERSON", "Jeroen van 't Hul", "outline", ["Jeroen van 't Hul"]),
            ("PERSON", "Koen Dijkhuis", "outline", ["Koen Dijkhuis"]), ("PERSON", "Ayşe Kaya", "outline", ["Ayşe Kaya"]),
            ("PERSON", "Bram Lubbers", "outline", ["Bram Lubbers"])])

# ---------------------------------------------------------------- pv17 beslisnota GS (paraph table)
doc("pv17_beslisnota_gs_uitkomst_onderzoek", "rl", LH + """
# Beslisnota Gedeputeerde Staten
Aan: Gedeputeerde Staten | Portefeuillehouder: gedeputeerde Roetman | Datum: 9 juni 2026
Kenmerk: 2026/0219871 | Zaaknummer: Z2026-004512
Behandeld door: Jeroen van 't Hul, concerncontroller | j.vanthul@overijssel.nl
Kopie aan: Marjolein Schuttevaer, directeur Bedrijfsvoering

## Aanleiding
Integis Onderzoek & Advies heeft op 2 juni 2026 het rapport over onderzoek INT-2026-007 opgeleverd. Het rapport stelt belangenverstrengeling vast bij een inkoopadviseur van Team Inkoop.
## Geadviseerd besluit
Aan Gedeputeerde Staten wordt gevraagd:
1. kennis te nemen van de conclusies van het rapport;
2. in te stemmen met het opleggen van een disciplinaire maatregel door de directeur Bedrijfsvoering (mandaat);
3. in te stemmen met de brief aan Provinciale Staten (PS/2026/118), die gedeputeerde Roetman namens het college ondertekent;
4. de aanbevelingen over te nemen, met een follow-up door de concerncontroller.
## Kern
De betrokkene heeft vier opdrachten (samen € 173.495,50 excl. btw) gegund aan het bedrijf van zijn zus. De teammanager Inkoop heeft signalen niet opgevolgd; hierover wordt een verbetertraject afgesproken. Het Huis voor Klokkenluiders is niet ingeschakeld; de melder is intern beschermd.
<<PAGE>>
## Krachtenveld
De Statencommissie Bestuur en Middelen heeft in maart om informatie gevraagd (vragen van Statenlid Jolanda Poortvliet). Media-aandacht is te verwachten: De Drie Kranten heeft een Woo-verzoek ingediend (WOO-2026-0143).
*Naam | *Functie | *Paraaf | *Datum
J. van 't Hul | concerncontroller | JvtH | 08-06-2026
M.A. Schuttevaer | directeur Bedrijfsvoering | MSch | 08-06-2026
I. Nijenhuis | HR-adviseur | INij | 09-06-2026
""" + MOTIV, info={**WORD, "/Title": "Beslisnota uitkomst integriteitsonderzoek"})

# ---------------------------------------------------------------- pv18 brief gedeputeerde aan PS (docx, 2p)
doc("pv18_brief_gedeputeerde_aan_ps", "docx", """
Provincie Overijssel
Aan Provinciale Staten van Overijssel
Postbus 10078, 8000 GB Zwolle
Datum: 18 september 2026
Kenmerk: PS/2026/118
Onderwerp: uitkomst integriteitsonderzoek inkoop kantoormeubilair
Geachte leden van Provinciale Staten,
Met deze brief informeren wij u over de uitkomst van een integriteitsonderzoek naar de inkoop van kantoormeubilair voor het Programma Werkplek 2026. Wij doen dat mede naar aanleiding van de vragen van de Statenleden Jolanda Poortvliet (SP) en Okke Fennema (CDA) in de Statencommissie Bestuur en Middelen van 3 maart 2026.
Na een melding bij de vertrouwenspersoon in februari 2026 heeft de provincie Integis Onderzoek & Advies opdracht gegeven voor een extern feitenonderzoek. Het onderzoek is afgerond op 2 juni 2026. De conclusie is dat een medewerker van Team Inkoop opdrachten heeft gegund aan een bedrijf waarin een familielid een belang heeft, zonder die relatie te melden. Daarmee is de Gedragscode integriteit geschonden. De opdrachten hadden volgens het Inkoop- en aanbestedingsbeleid 2023 meervoudig onderhands moeten worden aanbesteed.
Wij hebben een disciplinaire maatregel opgelegd. Over de aard daarvan doen wij uit respect voor de persoonlijke levenssfeer van de medewerker geen mededelingen. Ook de naam van de melder en van de betrokken medewerkers maken wij niet bekend.
<<PAGE>>
De provincie heeft geen financiële schade vastgesteld: de prijzen lagen binnen de marktrange. Wel nemen wij de aanbevelingen over: een register van familiebanden met leveranciers, een vier-ogenprincipe bij bestellingen en een follow-up door de concerncontroller. Over de voortgang rapporteren wij in de jaarrekening.
De commissaris van de Koning, Harm Stoelinga, is als verantwoordelijke voor de integriteit van het bestuur geïnformeerd; bestuurders zijn bij deze casus niet betrokken.
Voor vragen kunt u contact opnemen via postbus@overijssel.nl of 038 499 88 99.
Gedeputeerde Staten van Overijssel,
namens dezen,
Annelies Roetman
gedeputeerde Financiën en Bedrijfsvoering
""", info={**WORD, "/Title": "Brief PS/2026/118", "/Author": "Tim Oosterveld"}, docx_author="",
    hidden=[("PERSON", "Tim Oosterveld", "metadata", ["Tim Oosterveld"])])

# ---------------------------------------------------------------- pv19 Statenvragen en antwoorden
doc("pv19_statenvragen_en_antwoorden", "rl", """
Provinciale Staten van Overijssel - schriftelijke vragen ex artikel 36 Reglement van Orde
# Vragen van het Statenlid Jolanda Poortvliet (SP) over inkoop kantoormeubilair
Ingekomen: 3 maart 2026 | Beantwoord: 14 april 2026 | Kenmerk: PS/2026/118

Vraag 1: Klopt het dat de provincie in 2025 meerdere opdrachten voor bureaustoelen heeft gegund aan één leverancier uit Raalte, telkens net onder € 50.000?
Antwoord: Ja. Er zijn in 2025 en 2026 vier opdrachten gegund aan Sallandse Kantoorinrichting B.V. Wij laten onderzoeken of daarbij de regels zijn gevolgd.
Vraag 2: Is er een relatie tussen de leverancier en een medewerker van de provincie?
Antwoord: Er loopt een extern integriteitsonderzoek (INT-2026-007). Zolang dat loopt, doen wij geen uitspraken over personen. Wij informeren uw Staten na afronding.
Vraag 3: Waarom is de raamovereenkomst met Ahrend niet gebruikt?
Antwoord: De raamovereenkomst omvat geen zit-sta-bureaus met de gevraagde levertijd. Of dat de keuze voldoende rechtvaardigde, is onderdeel van het onderzoek.
Vraag 4: Bent u bereid het rapport openbaar te maken?
Antwoord: Wij verstrekken een samenvatting aan uw Staten. Verzoeken op grond van de Wet open overheid behandelen wij afzonderlijk, met inachtneming van de persoonlijke levenssfeer.

Gedeputeerde Staten van Overijssel, namens dezen, gedeputeerde Roetman
Statenlid Okke Fennema (CDA) sluit zich aan bij vraag 4.
""", info={**ITEXT, "/Title": "Statenvragen inkoop kantoormeubilair"}, ttf="serif")

# ---------------------------------------------------------------- pv20 persbericht (metadata author + XMP)
doc("pv20_persbericht_uitkomst_onderzoek", "rl", """
PERSBERICHT Provincie Overijssel | Zwolle, 18 september 2026
# Onderzoek bevestigt belangenverstrengeling bij inkoop kantoormeubilair
Een extern onderzoek door Integis Onderzoek & Advies bevestigt dat een medewerker van de provincie Overijssel opdrachten voor kantoormeubilair heeft gegund aan een bedrijf van een familielid. Gedeputeerde Staten hebben Provinciale Staten vandaag per brief geïnformeerd.
"Integriteit is de basis van ons werk. Dat een collega de moed had dit te melden, waardeer ik zeer", zegt gedeputeerde Roetman. "We scherpen de regels aan: familiebanden met leveranciers worden voortaan vooraf vastgelegd."
De provincie heeft geen financiële schade vastgesteld. De medewerker heeft een disciplinaire maatregel gekregen. Over personen doet de provincie geen verdere mededelingen.
De uitreiking van de Thorbecke-prijs voor goed bestuur in de Statenzaal op 9 november 2026 gaat gewoon door.

Noot voor de redactie: meer informatie via woordvoerder Lisa Hazenberg, telefoon 038 499 88 99 of postbus@overijssel.nl.
""", info={**WORD, "/Title": "Persbericht integriteitsonderzoek", "/Author": "Yvonne Scholte"},
    xmp_creator=["Yvonne Scholte"], ttf="sans",
    hidden=[("PERSON", "Yvonne Scholte", "metadata", ["Yvonne Scholte", "Scholte"])])

# ---------------------------------------------------------------- pv21 notulen directieoverleg
doc("pv21_notulen_directieoverleg", "rl", LH + """
# Verslag directieoverleg Bedrijfsvoering
Datum: 10 juni 2026 | Locatie: Thorbeckezaal | Notulist: Chantal Brinkman
*Naam | *Functie | *Aanwezig
M.A. Schuttevaer (vz) | directeur Bedrijfsvoering | ja
J. van 't Hul | concerncontroller | ja
I. Nijenhuis | HR-adviseur | ja
W. Bleeker | teammanager Inkoop | agendapunt 3 afwezig
C. Brinkman | secretaris | ja
## 3. Integriteitsonderzoek INT-2026-007 (vertrouwelijk)
Marjolein licht het rapport van Integis toe. Ingrid adviseert over de disciplinaire maatregel: schriftelijke berisping en overplaatsing naar een functie zonder inkoopbevoegdheid. Jeroen stelt de follow-up op. De teammanager Inkoop is voor dit punt de zaal uitgegaan, omdat het rapport ook zijn rol beschrijft.
Besluit: voorstel maatregel voorleggen aan betrokkene; zienswijze binnen twee weken; brief aan Provinciale Staten na besluit Gedeputeerde Staten.
## Actielijst
*Nr | *Actie | *Wie | *Gereed
1 | voornemen maatregel aan betrokkene en advocaat | INij | 17-06-2026
2 | follow-up aanbevelingen, register familiebanden | JvtH | 01-09-2026
3 | zienswijze Sallandse Kantoorinrichting vragen (Woo) | TOo | 01-10-2026
4 | gesprek met melder over nazorg | HdWB | 24-06-2026
5 | verbetertraject teammanager Inkoop | MSch | 01-09-2026
Verzendlijst: m.schuttevaer@overijssel.nl; j.vanthul@overijssel.nl; i.nijenhuis@overijssel.nl; w.bleeker@overijssel.nl; c.brinkman@overijssel.nl
""", info={**WORD, "/Title": "Verslag directieoverleg 10 juni 2026"}, cols=[1, 5, 1, 1.5])

# ---------------------------------------------------------------- pv22 memo with sticky notes
doc("pv22_memo_concept_maatregel", "rl", LH + """
# Memo - concept voornemen disciplinaire maatregel
Aan: directeur Bedrijfsvoering | Van: HR-adviseur | Datum: 12 juni 2026 | Kenmerk: INT-2026-007
Onderwerp: voornemen maatregel inkoopadviseur

## Feiten
Uit het rapport van Integis blijkt dat betrokkene een familierelatie met een leverancier niet heeft gemeld en prijsinformatie heeft gedeeld. Dit is plichtsverzuim in de zin van de Ambtenarenwet 2017.
## Voorstel
Een schriftelijke berisping, en overplaatsing naar een functie zonder inkoopbevoegdheid binnen de eenheid Bedrijfsvoering. Ontslag is gelet op de staat van dienst en de omstandigheden niet proportioneel.
<<PAGE>>
## Zienswijze
Betrokkene en zijn advocaat krijgen twee weken voor een zienswijze (hoor en wederhoor).
""" + MOTIV, info={**NITRO, "/Title": "Memo voornemen maatregel"},
    notes=[(0, [470, 700, 490, 720], "Nijenhuis, Ingrid", "Marjolein: nog afstemmen met Frank Mensink over belastbaarheid van Gerben."),
           (0, [470, 640, 490, 660], "Schuttevaer, Marjolein", "Akkoord. Bel mij op 06 - 1044 7720 voor het gesprek met Ter Haar."),
           (0, [470, 580, 490, 600], "Oosterveld, Tim", "Let op: naam advocaat Bosch-Ruiter niet in de brief opnemen.")],
    hidden=[("PERSON", "Ingrid Nijenhuis", "annotations", ["Nijenhuis, Ingrid"]),
            ("PERSON", "Marjolein Schuttevaer", "annotations", ["Schuttevaer, Marjolein", "Marjolein"]),
            ("PERSON", "Frank Mensink", "annotations", ["Frank Mensink"]),
            ("PERSON", "Gerben ter Haar", "annotations", ["Gerben", "Ter Haar"]),
            ("PHONE", "06 - 1044 7720", "annotations", ["06 - 1044 7720"]),
            ("PERSON", "Tim Oosterveld", "annotations", ["Oosterveld, Tim"]),
            ("PERSON", "Evelien Bosch-Ruiter", "annotations", ["Bosch-Ruiter"])])

# ---------------------------------------------------------------- pv23 mail thread planning interviews
doc("pv23_mail_planning_gesprekken", "rl", """
Van: Zwaagstra, Pieter-Jan <pj.zwaagstra@integis.nl>
Verzonden: dinsdag 31 maart 2026 11:05
Aan: van 't Hul, Jeroen <j.vanthul@overijssel.nl>
CC: El Amrani, Fatima <f.elamrani@integis.nl>; info@integis.nl
Onderwerp: RE: planning gesprekken INT-2026-007

Beste Jeroen,
De planning staat: 14 april betrokkene (10.00 uur) en Koen Dijkhuis (14.00 uur), 16 april de teammanager via Microsoft Teams, 17 april mevrouw Kaya en de heer Lubbers. De melder horen wij niet opnieuw; het verslag van de vertrouwenspersoon volstaat.
Kun je een ruimte zonder glazen wand regelen? De Thorbeckezaal lijkt ons geschikt.
Bij spoed: mijn mobiel +31 (0)30 231 45 90 (doorgeschakeld) of Fatima op 0031 6 1874 2209.
Met vriendelijke groet,
Pieter-Jan Zwaagstra | senior onderzoeker | Integis Onderzoek & Advies | 030 231 45 00

Van: van 't Hul, Jeroen <j.vanthul@overijssel.nl>
Verzonden: maandag 30 maart 2026 16:48
Aan: Zwaagstra, Pieter-Jan <pj.zwaagstra@integis.nl>
Onderwerp: planning gesprekken INT-2026-007

Hoi Pieter-Jan,
Betrokkene heeft via zijn advocaat laten weten dat hij op 14 april kan. Ayşe Kaya (ayşe.kaya@overijssel.nl) en Bram Lubbers zijn op de hoogte gebracht door hun leidinggevende. Wouter wil liever niet op locatie worden gehoord.
Groet,
Jeroen van 't Hul
concerncontroller Provincie Overijssel
""", info={**OUTLOOK, "/Title": "RE: planning gesprekken INT-2026-007"}, ttf="sans")

# ---------------------------------------------------------------- pv24 interview crediteuren + oud-leidinggevende
doc("pv24_gespreksverslagen_getuigen_4_5", "rl", """
Integis Onderzoek & Advies - vertrouwelijk
# Gespreksverslagen getuigen 4 en 5
Onderzoek INT-2026-007 | 17 april 2026 | Luttenbergstraat 2, Zwolle

## Getuige 4: A. Kaya, medewerker crediteurenadministratie
Kaya bevestigt dat zij in oktober 2025 met een collega heeft gesproken over de achternaam op de facturen. Zij heeft in Microsoft Teams gevraagd wie IO-4500124402 goedkeurde. 'Ik vond het vreemd dat de facturen al binnen waren voordat de order was geaccordeerd.' Ayşe heeft geen contact gehad met de leverancier.
## Getuige 5: B. Lubbers, facilitair coördinator, tot 2023 leidinggevende van betrokkene
Lubbers verklaart dat hij zich geen mondelinge melding van een familierelatie herinnert. 'Als Gerben dat gezegd had, had ik het formulier nevenwerkzaamheden laten invullen.' Hij noemt betrokkene een deskundige en behulpzame collega. Over fase 2 van het Programma Werkplek 2026 zegt Bram dat hij alleen de planning kende, niet de leverancier.
Lubbers wordt door collega's 'Lubbie' genoemd; in de Teams-chat van 21 oktober 2025 is hij degene die fase 2 bevestigt.
Beide verslagen zijn per e-mail voorgelegd; Kaya heeft een correctie gestuurd vanaf een privéadres, die is verwerkt.
Paraaf: FEA / PJZ
""", info={"/Producer": "GPL Ghostscript 10.02.1", "/Creator": "PDFCreator 5.2"}, ttf="serif")

# ---------------------------------------------------------------- pv25 woo-verzoek
doc("pv25_woo_verzoek_journalist", "rl", """
Van: Niels Brouwers <n.brouwers@dedriekranten.nl>
Verzonden: maandag 21 september 2026 08:37
Aan: woo@overijssel.nl
Onderwerp: Woo-verzoek integriteitsonderzoek inkoop kantoormeubilair

Geacht college van Gedeputeerde Staten,
Op grond van de Wet open overheid verzoek ik u om openbaarmaking van alle documenten over het integriteitsonderzoek naar de inkoop van kantoormeubilair, waarover u Provinciale Staten op 18 september 2026 hebt geïnformeerd (PS/2026/118). Het gaat mij in elk geval om:
1. de melding en de verslagen van de vertrouwenspersoon;
2. de opdracht aan Integis Onderzoek & Advies en het rapport;
3. de inkooporders en facturen van Sallandse Kantoorinrichting B.V.;
4. interne e-mails, chatberichten en nota's over het onderzoek en de maatregel;
5. de correspondentie met Provinciale Staten.
Ik ben journalist bij De Drie Kranten en wil de documenten graag digitaal ontvangen. Ik besef dat namen van medewerkers worden gelakt.
Met vriendelijke groet,
Niels Brouwers
Esdoornlaan 41
8016 AK Zwolle
06 38 52 19 07
""", info={**OUTLOOK, "/Title": "Woo-verzoek integriteitsonderzoek"})

# ---------------------------------------------------------------- pv26 ontvangstbevestiging (docx)
doc("pv26_ontvangstbevestiging_woo", "docx", """
Provincie Overijssel
Luttenbergstraat 2 - Postbus 10078 - 8000 GB Zwolle - 038 499 88 99
De heer N. Brouwers
Esdoornlaan 41
8016 AK Zwolle
Datum: 23 september 2026
Ons kenmerk: WOO-2026-0143
Onderwerp: ontvangstbevestiging Woo-verzoek
Geachte heer Brouwers,
Op 21 september 2026 hebben wij uw verzoek op grond van de Wet open overheid ontvangen over het integriteitsonderzoek naar de inkoop van kantoormeubilair. Uw verzoek is geregistreerd onder nummer WOO-2026-0143.
Wij beslissen binnen vier weken na ontvangst. Deze termijn kunnen wij met twee weken verdagen. Omdat de documenten ook gegevens van een derde bevatten (Sallandse Kantoorinrichting B.V.), vragen wij die partij om een zienswijze; de beslistermijn wordt dan opgeschort.
Heeft u vragen? Neem contact op met de behandelend jurist, de heer T. Oosterveld, via woo@overijssel.nl of 038 499 7455, onder vermelding van het zaaknummer.
Met vriendelijke groet,
namens Gedeputeerde Staten van Overijssel,
Tim Oosterveld
jurist Woo, eenheid Bedrijfsvoering
""", info={"/Producer": "LibreOffice 7.6", "/Creator": "Writer"}, docx_author="")

# ---------------------------------------------------------------- pv27 zienswijzeverzoek derde
doc("pv27_zienswijzeverzoek_sallandse", "rl", LH + """
Sallandse Kantoorinrichting B.V.
t.a.v. mevrouw M. Veldkamp-ter Haar, directeur
Hof van Salland 12
8102 HX Raalte

Zwolle, 5 oktober 2026 | Kenmerk: WOO-2026-0143
Onderwerp: verzoek om zienswijze Woo-verzoek

Geachte mevrouw Veldkamp,
Wij hebben een verzoek ontvangen op grond van de Wet open overheid om documenten over de inkoop van kantoormeubilair, waaronder uw facturen SKI-2025-1187 en SKI-2026-0042 en de inkooporders IO-4500123871 tot en met IO-4500126377. Wij zijn voornemens deze documenten deels openbaar te maken. Namen en contactgegevens van uw medewerkers (zoals uw accountmanager) maken wij niet openbaar; de bedrijfsnaam, bedragen en orderregels wel.
Mogelijk bevatten de documenten bedrijfsgegevens die u vertrouwelijk aan ons heeft meegedeeld (artikel 5.1, eerste lid, aanhef en onder c van de Woo). U kunt binnen twee weken uw zienswijze geven via woo@overijssel.nl.
Hoogachtend,
namens Gedeputeerde Staten van Overijssel,
T. Oosterveld, jurist Woo
Paraaf: TOo
""", info={**ITEXT, "/Title": "Zienswijzeverzoek WOO-2026-0143"})

# ---------------------------------------------------------------- pv28 scan: zienswijze van derde met handtekening
doc("pv28_scan_zienswijze_sallandse", "scan", """
# Sallandse Kantoorinrichting B.V.
Hof van Salland 12, Raalte

Aan: Provincie Overijssel, t.a.v. T. Oosterveld
Betreft: zienswijze WOO-2026-0143

Wij hebben geen bezwaar tegen openbaarmaking van
de facturen, mits de prijzen per stuk worden gelakt.
Verder verzoeken wij de naam van onze accountmanager
Rick Hulshof en van de monteur Dirk-Jan Hakvoort
niet te vermelden.

~ Raalte, 14 oktober 2026
~ M. Veldkamp-ter Haar
""", info=SCANNER, angle=0.45,
    hidden=[("PERSON", "T. Oosterveld", "ocr", ["Oosterveld"]),
            ("PERSON", "Rick Hulshof", "ocr", ["Hulshof"]),
            ("PERSON", "Dirk-Jan Hakvoort", "ocr", ["Hakvoort"]),
            ("PERSON", "M. Veldkamp-ter Haar", "ocr", ["Veldkamp"])])

# ---------------------------------------------------------------- pv29 Woo-besluit (2p)
doc("pv29_woo_besluit", "rl", LH + """
De heer N. Brouwers
per e-mail: n.brouwers@dedriekranten.nl

Datum: 9 november 2026 | Kenmerk: WOO-2026-0143 | Zaaknummer: Z2026-004512
Onderwerp: besluit op uw Woo-verzoek

# Besluit op uw verzoek om informatie
Geachte heer Brouwers,
Op 21 september 2026 heeft u een verzoek gedaan op grond van de Wet open overheid (Woo) om informatie over het integriteitsonderzoek naar de inkoop van kantoormeubilair. Met deze brief beslissen Gedeputeerde Staten op uw verzoek.
## Besluit
Wij maken de documenten op de inventarislijst geheel of deels openbaar. De inventarislijst in bijlage 1 vermeldt per document de beoordeling en de gronden. Het volledige onderzoeksrapport maken wij niet openbaar; de samenvatting wel.
## Zienswijze derde
Sallandse Kantoorinrichting B.V. heeft verzocht de stukprijzen te lakken. Prijzen in facturen aan een overheid zijn geen vertrouwelijk meegedeelde bedrijfsgegevens; wij maken ze openbaar.
<<PAGE>>
## Overwegingen
Persoonsgegevens. Wij maken namen, e-mailadressen, telefoonnummers, handtekeningen en paraafcodes van medewerkers van de provincie, het onderzoeksbureau en de leveranciers niet openbaar op grond van artikel 5.1, tweede lid, aanhef en onder e van de Woo (5.1.2e). Dat geldt ook voor de naam van de medewerker op wie het onderzoek betrekking had en voor de melder: openbaarmaking zou hen onevenredig treffen. Namen van gedeputeerde Roetman, de commissaris van de Koning en de Statenleden blijven leesbaar.
Gezondheid. Gegevens over de gezondheid van een medewerker maken wij niet openbaar (artikel 5.1, eerste lid, aanhef en onder d; 5.1.1d).
Identificatienummers. Het burgerservicenummer in het personeelsdossier is gelakt (5.1.1e).
Persoonlijke beleidsopvattingen. Opvattingen in de beslisnota en de memo zijn in geanonimiseerde vorm openbaar gemaakt; wij passen 5.2.1 niet toe.
## Informatie die niet openbaar gemaakt kan worden
Het volledige rapport van Integis (38 pagina's) en de personeelsdossiers buiten de stukken op de inventarislijst.
## Motivering
Het rapport bevat vrijwel uitsluitend persoonsgegevens en gezondheidsgegevens van de betrokkene en de getuigen; lakken zou een onleesbaar document opleveren.
Hoogachtend,
Gedeputeerde Staten van Overijssel, namens dezen,
T. Oosterveld, jurist Woo
Behandeld door: Tim Oosterveld | t.oosterveld@overijssel.nl | 038 499 7455 (via woo@overijssel.nl bij afwezigheid)
Bezwaar: binnen zes weken bij Gedeputeerde Staten, Postbus 10078, 8000 GB Zwolle.
""", info={**ASPOSE, "/Title": "Besluit WOO-2026-0143"})

# ---------------------------------------------------------------- pv30 inventarislijst
INV = "\n".join(f"{n} | {t} | {dt} | {b} | {g}" for n, t, dt, b, g in [
    (1, "verslag intake vertrouwenspersoon", "12-02-2026", "deels openbaar", "5.1.2e"),
    (2, "e-mail melding aan directeur", "13-02-2026", "deels openbaar", "5.1.2e"),
    (3, "opdrachtbrief Integis", "03-03-2026", "deels openbaar", "5.1.2e"),
    (4, "gespreksverslag betrokkene", "14-04-2026", "deels openbaar", "5.1.2e, 5.1.1d"),
    (5, "gespreksverslag getuige 2", "14-04-2026", "deels openbaar", "5.1.2e"),
    (6, "gespreksverslag getuige 3", "16-04-2026", "deels openbaar", "5.1.2e"),
    (7, "overzicht inkooporders", "06-03-2026", "deels openbaar", "5.1.2e"),
    (8, "factuur SKI-2025-1187", "15-09-2025", "deels openbaar", "5.1.2e"),
    (9, "factuur HMO-2025-031", "22-01-2026", "deels openbaar", "5.1.2e"),
    (10, "dossiernotitie HR", "18-03-2026", "deels openbaar", "5.1.2e, 5.1.1d, 5.1.1e"),
    (11, "chat Team Inkoop", "10-03-2026", "deels openbaar", "5.1.2e"),
    (12, "WhatsApp-export", "14-04-2026", "deels openbaar", "5.1.2e"),
    (13, "formulier melding familiebanden", "24-03-2026", "deels openbaar", "5.1.2e"),
    (14, "gespreksnotitie HR (scan)", "25-03-2026", "deels openbaar", "5.1.2e, 5.1.1d"),
    (15, "verklaring betrokkene (scan)", "28-04-2026", "deels openbaar", "5.1.2e"),
    (16, "samenvatting rapport Integis", "02-06-2026", "deels openbaar", "5.1.2e"),
    (17, "beslisnota GS", "09-06-2026", "deels openbaar", "5.1.2e"),
    (18, "brief aan Provinciale Staten", "18-09-2026", "openbaar", "-"),
    (19, "Statenvragen en antwoorden", "14-04-2026", "openbaar", "-"),
    (20, "persbericht", "18-09-2026", "openbaar", "-"),
    (21, "verslag directieoverleg", "10-06-2026", "deels openbaar", "5.1.2e"),
    (22, "memo voornemen maatregel", "12-06-2026", "deels openbaar", "5.1.2e"),
    (23, "e-mail planning gesprekken", "31-03-2026", "deels openbaar", "5.1.2e"),
    (24, "gespreksverslagen getuigen 4 en 5", "17-04-2026", "deels openbaar", "5.1.2e"),
    (25, "rapport Integis volledig", "02-06-2026", "niet openbaar", "5.1.2e, 5.1.1d"),
])
doc("pv30_inventarislijst", "rl", """
# Inventarislijst bij besluit WOO-2026-0143
Provincie Overijssel | Zaaknummer Z2026-004512 | Datum: 9 november 2026
*Nr | *Document | *Datum | *Beoordeling | *Grond
""" + INV + """
Samengesteld door: T. Oosterveld (TOo), jurist Woo, t.oosterveld@overijssel.nl. Controle: Chantal Brinkman (c.brinkman@overijssel.nl).
""", info={**EXCEL, "/Title": "Inventarislijst WOO-2026-0143", "/Author": "Oosterveld, T."},
    cols=[0.6, 4, 1.4, 1.8, 1.8], ttf="cond",
    hidden=[])

# ---------------------------------------------------------------- pv31 offerte-vergelijking met beoordelaarscodes
doc("pv31_reconstructie_offertevergelijking", "rl", """
# Reconstructie offertevergelijking bureaustoelen (september 2025)
Bijlage 3 bij rapport INT-2026-007 | opgesteld door Integis op basis van Negometrix en SAP Ariba
*Aanbieder | *Prijs per stoel | *Levertijd | *Contactpersoon aanbieder | *Beoordeeld door
Ahrend (raamovereenkomst) | € 860,00 | 8 weken | accountteam Ahrend | niet beoordeeld
OfficeNet Nederland | € 835,00 | 5 weken | Joost Kampherbeek | GtH
Sallandse Kantoorinrichting B.V. | € 812,67 | 3 weken | R. Hulshof | GtH
Bevinding: alleen de inkoopadviseur heeft de offertes beoordeeld (code GtH); een tweede beoordelaar ontbreekt. De offerte van Sallandse Kantoorinrichting is ontvangen op 3 oktober 2025, een dag na het WhatsApp-bericht van betrokkene aan zijn zus. De contactpersoon van OfficeNet Nederland, de heer Kampherbeek, bevestigt dat zijn offerte op 29 september is ingediend.
Het model ErgoFlex 500 voldoet aan de eisen van het Programma Werkplek 2026 (NEN-EN 1335). De keuze is technisch verdedigbaar, maar de procedure niet.
Opgesteld: P.J. Zwaagstra | Review: F. el Amrani
""", info={**PDFPEN, "/Title": "Bijlage 3 offertevergelijking"}, cols=[2.6, 1.4, 1.2, 2, 1.5])

# ---------------------------------------------------------------- pv32 brief maatregel aan medewerker (docx) + XMP
doc("pv32_besluit_disciplinaire_maatregel", "docx", """
Provincie Overijssel
Persoonlijk en vertrouwelijk
De heer G.J. ter Haar
Kievitsbloemstraat 23
8043 RT Zwolle
Zwolle, 2 juli 2026
Kenmerk: INT-2026-007
Onderwerp: besluit disciplinaire maatregel
Geachte heer Ter Haar,
Op 17 juni 2026 hebben wij u ons voornemen toegezonden u een disciplinaire maatregel op te leggen. Op 29 juni heeft u, bijgestaan door mr. Evelien Bosch-Ruiter, uw zienswijze gegeven. Wij hebben die zienswijze betrokken bij ons besluit.
U heeft als inkoopadviseur opdrachten gegund aan Sallandse Kantoorinrichting B.V., terwijl uw zus daar directeur is, en u heeft die relatie niet gemeld. Ook heeft u prijsinformatie van OfficeNet Nederland gedeeld. Dit is plichtsverzuim als bedoeld in de Ambtenarenwet 2017 en de Gedragscode integriteit.
Wij leggen u een schriftelijke berisping op. Daarnaast wordt u met ingang van 1 augustus 2026 geplaatst in een functie zonder inkoopbevoegdheid. Bij de keuze voor deze maatregel hebben wij rekening gehouden met uw staat van dienst en uw gezondheid (burn-outklachten, zoals gemeld aan de bedrijfsarts).
Tegen dit besluit kunt u binnen zes weken bezwaar maken.
Hoogachtend,
namens Gedeputeerde Staten van Overijssel,
M.A. Schuttevaer
directeur Bedrijfsvoering
Afschrift: personeelsdossier (104382); mr. E. Bosch-Ruiter
""", info={**WORD, "/Title": "Besluit maatregel"}, xmp_creator=["Ingrid Nijenhuis"], docx_author="",
    hidden=[("PERSON", "Ingrid Nijenhuis", "metadata", ["Ingrid Nijenhuis"])])

# ---------------------------------------------------------------- pv33 follow-up concerncontroller (bookmarks + author)
doc("pv33_follow_up_concerncontroller", "rl", LH + """
# Follow-up aanbevelingen integriteitsonderzoek INT-2026-007
Rapportage aan de Statencommissie Bestuur en Middelen | Datum: 9 november 2026
@@1
## 1. Register familiebanden
Het register is ingericht in SAP Ariba. Sinds 1 september 2026 meldt elke inkoper bij de start van een aanbesteding of er familiebanden of nevenwerkzaamheden zijn die de gunning raken. 42 inkopers en budgethouders hebben de verklaring ingevuld.
## 2. Vier-ogenprincipe
Purchase orders boven € 10.000 worden door een tweede inkoper gecontroleerd voordat de teammanager Inkoop akkoord geeft. Enkelvoudig onderhandse gunningen worden maandelijks gerapporteerd aan de concerncontroller.
<<PAGE>>
## 3. Splitsing van opdrachten
In Negometrix is een signaal ingebouwd: als dezelfde leverancier binnen twaalf maanden meer dan het drempelbedrag ontvangt, volgt een melding. Het signaal heeft sinds september drie keer gewerkt; in alle gevallen bleek de splitsing verklaarbaar.
## 4. Melders
Medewerkers weten de vertrouwenspersoon en integriteit@overijssel.nl goed te vinden: in 2026 waren er elf meldingen, tegen vier in 2025. Verwijzing naar het Huis voor Klokkenluiders (088 - 1331 030) staat op intranet.
Opgesteld door de concerncontroller, in afstemming met de directeur Bedrijfsvoering.
""", info={**NITRO, "/Title": "Follow-up INT-2026-007", "/Author": "Jeroen van 't Hul (concerncontroller)"},
    outline=[("Follow-up - concept Koen Dijkhuis (input inkoop)", 0), ("Register - check Ayşe Kaya", 0)],
    hidden=[("PERSON", "Jeroen van 't Hul", "metadata", ["Jeroen van 't Hul", "van 't Hul"]),
            ("PERSON", "Koen Dijkhuis", "outline", ["Koen Dijkhuis"]),
            ("PERSON", "Ayşe Kaya", "outline", ["Ayşe Kaya"])])

# ---------------------------------------------------------------- pv34 contactlijst onderzoek
doc("pv34_contactlijst_onderzoek", "rl", """
# Contactlijst onderzoek INT-2026-007 (vertrouwelijk)
Bijgehouden door de concerncontroller | versie 3, 20 april 2026 | niet verspreiden
*Naam | *Rol in onderzoek | *Telefoon | *E-mail
Hanneke de Wit-Brouwer | vertrouwenspersoon | 06-23184477 | h.dewit-brouwer@overijssel.nl
Marjolein Schuttevaer | opdrachtgever ambtelijk | 06 - 1044 7720 | m.schuttevaer@overijssel.nl
Jeroen van 't Hul | contactpersoon provincie | 038 499 88 99 (receptie) | j.vanthul@overijssel.nl
Pieter-Jan Zwaagstra | onderzoeker Integis | +31 (0)30 231 45 90 | pj.zwaagstra@integis.nl
Fatima El Amrani | onderzoeker Integis | 0031 6 1874 2209 | f.elamrani@integis.nl
Gerben ter Haar | betrokkene | 06-47 20 31 88 | via advocaat
mr. Evelien Bosch-Ruiter | advocaat betrokkene | - | bosch@ruiteradvocatuur.nl
Wouter Bleeker | getuige (teammanager Inkoop) | 06-52 91 03 47 | w.bleeker@overijssel.nl
Koen Dijkhuis | getuige | 06-1190 3321 | k.dijkhuis@overijssel.nl
Ayşe Kaya | getuige | 038 4997 208 | ayşe.kaya@overijssel.nl
Bram Lubbers | getuige (vorige leidinggevende) | - | via teammanager
Ingrid Nijenhuis | HR-adviseur | 038 - 499 73 15 | i.nijenhuis@overijssel.nl
Algemeen: Integis Onderzoek & Advies, 030 231 45 00, info@integis.nl | Provincie Overijssel, integriteit@overijssel.nl
""", info={**EXCEL, "/Title": "Contactlijst INT-2026-007"}, ttf="cond", size=9, cols=[2.4, 2.4, 2, 2.8])
