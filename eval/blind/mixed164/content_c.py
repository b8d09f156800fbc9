"""Set LG documents lg18-lg26."""
from lib import Doc

OL = "Microsoft Outlook 16.0"

DOCS = [
 Doc("lg18_beslisnota_college", "docx", [
  ("h", "Beslisnota: bekrachtiging noodverordening en kostenverhaal legionella"),
  "Aan: het college van burgemeester en wethouders\nPortefeuillehouder: burgemeester {=Verbeek-Stoop} (openbare orde); wethouder {=Ruud Kamphuis} (volksgezondheid)\nDirectie: {=Veiligheid en Handhaving}\nKenmerk: {=BN-2026-0744}",
  ("h2", "Beslispunten"),
  "1. De raad voorstellen de {=Noodverordening legionella Vossenberg 2026} te bekrachtigen.\n2. Instemmen met kostenverhaal bij {=Vossenberg Logistics Park B.V.} voor de kosten van bronopsporing (€ 38.400).\n3. Kennisnemen van de evaluatie door de {=Veiligheidsregio Midden- en West-Brabant}.",
  ("h2", "Toelichting"),
  "Op 26 september heeft de burgemeester een noodverordening uitgevaardigd op advies van het OMT. De koeltoren is op 28 september gereinigd; de hercontrole op 6 oktober was negatief. De wasstraat is na hercontrole op 5 oktober heropend. Er zijn sinds 4 oktober geen nieuwe patiënten gemeld. Het {=Openbaar Ministerie} onderzoekt of sprake is van een strafbaar feit ({=Wet op de economische delicten}).",
  "Risico's: de familie van een overleden patiënt heeft aansprakelijkheid aangekondigd. Juridische zaken ({P:mr. Esmée Kortekaas}) adviseert terughoudendheid in publieke uitlatingen.",
  ("h2", "Financiën"),
  ("table", [["post", "bedrag", "dekking"],
             ["bronopsporing {=GGD Hart voor Brabant} (inzet {=Infectieziektebestrijding})", "€ 21.600", "{=Gemeenschappelijke regeling GGD}"],
             ["laboratoriumkosten {=RLMM} en {=NRL Legionella}", "€ 6.300", "kostenverhaal"],
             ["monstername {=Legio-Check}", "€ 980", "kostenverhaal"],
             ["publiekscommunicatie, callcenter {=0800 7788 456}", "€ 9.520", "post {=Openbare orde en veiligheid}"],
             ["totaal", "€ 38.400", ""]], [7.5, 3, 5.5]),
  ("h2", "Communicatie en vervolg"),
  "Na besluitvorming volgt een {=raadsinformatiebrief}. De evaluatie door de {=Veiligheidsregio Midden- en West-Brabant} wordt in het {=Algemeen Bestuur} besproken. Het college stelt voor om in het {=Uitvoeringsprogramma VTH 2027} extra capaciteit op te nemen voor toezicht op koeltorens, in afstemming met de {=OMWB} en de provincie {=Noord-Brabant} (gedeputeerde {=Van Gruijthuijsen-Moll}).",
  "Opgesteld door: {P:Tessa Bogaers-Lammers}, beleidsadviseur openbare orde, {T:(013) 542 87 61}, {E:tessa.bogaers@tilburg.nl}",
 ], producer="LibreOffice 7.6", creator="Writer", xmp_creator="Stijn Vermeer", title="Beslisnota noodverordening"),

 Doc("lg19_persbericht_concept", "rl", [
  ("h", "CONCEPT - Persbericht: koeltoren waarschijnlijke bron legionella-uitbraak Tilburg"),
  "Tilburg, 26 september 2026 - De {=GGD Hart voor Brabant} heeft in een koeltoren op bedrijventerrein {=Vossenberg} dezelfde legionellabacterie aangetroffen als bij patiënten met een longontsteking in {=Tilburg-Noord}. Burgemeester {=Marloes Verbeek-Stoop} heeft vandaag een noodverordening afgekondigd waarmee de koeltoren direct buiten werking is gesteld.",
  "\"We leven mee met de patiënten en hun naasten\", zegt burgemeester {=Verbeek-Stoop}. \"De veiligheid van inwoners staat voorop.\"",
  "Sinds begin september zijn 18 mensen ziek geworden; één van hen is overleden. Legionella is niet besmettelijk van mens op mens. Wie koorts en hoest heeft en in de omgeving woont of werkt, wordt geadviseerd contact op te nemen met de huisarts.",
  "Vragen van inwoners: {=0800 7788 456}. Noot voor de redactie: pers kan contact opnemen met de persvoorlichter van de GGD via {=pers@ggdhvb.nl} of {=088 368 6759}.",
 ], producer="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365",
  notes=[(0, "Tijs Wagemakers", "Naam overledene niet noemen! Familie Çelik is boos; dochter belde 06-4410 2386.", ["06-4410 2386", "Çelik"]),
         (0, "Maaike ter Horst-Wijnen", "Graag toevoegen: wasstraat nog niet uitgesloten. Check met Karin van Esch (OMWB).", ["Karin van Esch"])]),

 Doc("lg20_persbericht_definitief", "rl", [
  ("h", "Persbericht: legionella-uitbraak Tilburg-Noord voorbij"),
  "Tilburg, 20 oktober 2026 - De {=GGD Hart voor Brabant} en de {=gemeente Tilburg} beschouwen de legionella-uitbraak in {=Tilburg-Noord} als beëindigd. Sinds 4 oktober zijn geen nieuwe ziektegevallen gemeld. In totaal werden 18 mensen ziek.",
  "Het {=RIVM} bevestigde met {=whole genome sequencing} dat de koeltoren van {=Vossenberg Logistics Park} de bron was. De wasstraat aan de {=Kraaivenstraat} was niet de bron van de uitbraak, maar moest wel maatregelen nemen. Burgemeester {=Verbeek-Stoop}: \"Ik ben iedereen dankbaar die heeft meegeholpen.\"",
  "Wethouder {=Ruud Kamphuis} kondigt een inventarisatie aan van alle natte koeltorens in de gemeente, samen met de {=OMWB}. Het programma heet {=Schone Lucht Tilburg}. Meer informatie: {=www.ggdhvb.nl/legionella}.",
  "De {=Onderzoeksraad voor Veiligheid} heeft laten weten de uitbraak niet zelf te onderzoeken. Het {=Openbaar Ministerie} onderzoekt wel of de {=Wet op de economische delicten} is overtreden. Staatssecretaris {=Hazekamp-Ooms} van {=VWS} heeft in antwoord op Kamervragen van het Kamerlid {=Bruijnzeel} ({=CDA}) aangekondigd dat het {=RIVM} een landelijke verkenning naar koeltorens uitvoert.",
  "Einde persbericht.",
 ], producer="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365",
  author="Tijs Wagemakers"),

 Doc("lg21_inspectierapport_koeltoren", "rl", [
  ("h", "Inspectierapport natte koeltoren - Vossenbergselaan 120"),
  "{=Omgevingsdienst Midden- en West-Brabant} | inspectienummer {=INSP-26-44019} | datum 25 september 2026",
  "Inrichting: {=Vossenberg Logistics Park B.V.}, hal 3, koeltoren type {=Baltimore Aircoil VXT-215}. Aanwezig namens de inrichting: {P:H.J. Mutsaers} (facility manager) en {P:L. Brandsma-O'Neill} (directeur).",
  ("h2", "Bevindingen"),
  "1. De doseerpomp voor biocide was sinds 2 september 2026 defect; dit is niet in het logboek vastgelegd.\n2. De laatste legionellabemonstering dateert van 11 mei 2026 (negatief). Volgens het beheersplan moet elke zes weken worden bemonsterd.\n3. De druppelvanger is vervuild en gedeeltelijk beschadigd.\n4. Het risicoanalyseplan ({=BRL 6010}) is in 2021 opgesteld door {=Legionella Advies Nederland} en niet geactualiseerd.",
  ("h2", "Conclusie"),
  "Overtreding van artikel 4.1301 en 4.1303 van het {=Besluit activiteiten leefomgeving}. Advies aan het bevoegd gezag: handhavend optreden; zie ook de {=noodverordening} van de burgemeester.",
  ("break", ""),
  ("h2", "Bijlage: fotoregistratie en betrokkenen"),
  "Foto 1-14 gemaakt door de toezichthouder. Monsters genomen met monsternemer {=Legio-Check}. Contact inrichting na inspectie: {E:hj.mutsaers@vossenberglogistics.nl}.",
  "Toezichthouder: {P:Karin van Esch}, {T:06-1044 8721}\nTweede toezichthouder: {P:Elif Yılmaz}\nParaaf teamleider: {C:LOp}",
 ], producer="iText 5.5.13.3 ©2000-2022 iText Group NV (AGPL-version)", creator="Squit XO", font="DejaVuSans",
  outline=[("Inspectierapport (opgesteld door K. van Esch)", 0, ["K. van Esch"]),
           ("Bevindingen - review Jorrit Hazenberg", 0, ["Jorrit Hazenberg"]),
           ("Bijlage betrokkenen", 1, [])]),

 Doc("lg22_raadsvragen", "rl", [
  ("h", "Schriftelijke vragen ex artikel 41 Reglement van orde"),
  "Van: raadslid {=Fenna Roozendaal} ({=GroenLinks-PvdA}) en raadslid {=Koen Smetsers} ({=Lokaal Tilburg})\nDatum: 29 september 2026\nOnderwerp: legionella-uitbraak en toezicht op koeltorens",
  "1. Sinds wanneer wist het college dat de koeltoren bij {=Vossenberg} een mogelijke bron was?\n2. Hoeveel natte koeltorens staan er in Tilburg en wanneer zijn die voor het laatst gecontroleerd door de {=OMWB}?\n3. Klopt het dat een inwoner van de {=Kempenbaan} al in augustus heeft geklaagd over nevel uit de koeltoren?\n4. Is het college bereid de getroffen bewoners en nabestaanden te compenseren?",
  ("h2", "Antwoord van het college (13 oktober 2026)"),
  "1. De {=GGD} heeft op 25 september de burgemeester geïnformeerd; op 26 september volgde de {=noodverordening}.\n2. In Tilburg zijn 23 natte koeltorens geregistreerd. Wethouder {=Ruud Kamphuis} laat alle 23 voor 1 december inspecteren.\n3. Ja. De melding van 14 augustus over 'nevel' is door de {=OMWB} afgehandeld als geurklacht. Dat had anders gemoeten.\n4. Het college onderzoekt de mogelijkheden samen met de {=Stichting Slachtofferhulp Nederland}.",
  ("h2", "Aanvullende vraag raadslid Smetsers (commissie Veiligheid, 8 oktober)"),
  "Raadslid {=Smetsers} vraagt of de {=OMWB} voldoende capaciteit heeft. Burgemeester {=Verbeek-Stoop} antwoordt dat de {=Regionale Uitvoeringsstrategie} wordt herzien en dat de gemeenteraad in het eerste kwartaal een evaluatie ontvangt van de {=Onderzoeksraad voor Veiligheid}-achtige reconstructie door het {=Instituut Fysieke Veiligheid} ({=IFV}). Raadslid {=Roozendaal} vraagt naar het {=Landelijk Register Koeltorens}; wethouder {=Kamphuis} zegt toe dit bij de {=Vereniging van Nederlandse Gemeenten} ({=VNG}) en het ministerie van {=Infrastructuur en Waterstaat} aan te kaarten.",
  "Het college van burgemeester en wethouders van Tilburg,\nde secretaris, de burgemeester, {=Marloes Verbeek-Stoop}",
 ], producer="Microsoft® Word 2019", creator="iBabs", font="Times-Roman"),

 Doc("lg23_scan_notitie_handgeschreven", "scan", [
  ("h", "Memo bronopsporing - concept"),
  ("p", "Patiënt LP-26-011 ({P:Dennis Vromans}) werkt bij DC Vossenberg,\nploegendienst in hal 3 naast de koeltoren."),
  ("p", "Woont {A:Stokhasseltlaan 140}. Partner: {P:Kim Schoenmakers}."),
  ("p", "Telefoon patiënt: {T:06-3719 0425}."),
  ("hw", "Bas - bel Dennis zelf, niet via werkgever!\nHij is bang voor ontslag. - {P:Maaike}"),
  ("hw", "gebeld 30/9, akkoord. {C:BK}"),
 ], producer="KONICA MINOLTA bizhub C300i", creator="KONICA MINOLTA bizhub"),

 Doc("lg24_huisartsenbrief", "rl", [
  ("h", "Brief aan huisartsen en huisartsenposten regio Tilburg"),
  "Datum: 29 september 2026 | Kenmerk: {=IZB-2026-1187}",
  "Geachte collega,",
  "In {=Tilburg-Noord} is sprake van een cluster van legionellose (18 patiënten). Wij verzoeken u bij patiënten met een pneumonie uit de postcodegebieden 5025, 5046 en 5047 laagdrempelig een {=Legionella}-urineantigeentest aan te vragen en empirisch te behandelen volgens de {=NHG-Standaard Acuut hoesten} en de {=SWAB-richtlijn}. Legionellose is een meldingsplichtige ziekte (groep B2).",
  "Meldingen en overleg: dienstdoende arts infectieziektebestrijding via {=088 368 7200} (24/7, alleen voor professionals).",
  "Met collegiale groet,\n\n{P:drs. M.E. ter Horst-Wijnen}, arts infectieziektebestrijding\n{P:dr. Jurriaan Ploegmakers}, arts-microbioloog",
  "{=Huisartsenkring Tilburg} en {=HAP Midden-Brabant} ontvangen deze brief ter verspreiding.",
 ], producer="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365",
  author="Maaike ter Horst-Wijnen"),

 Doc("lg25_bewonersbrief_ggd", "rl", [
  ("h", "Aan de bewoners van dit adres"),
  "Tilburg, 30 september 2026\nOnderwerp: legionella in uw buurt",
  "Beste bewoner,",
  "In uw buurt zijn de afgelopen weken mensen ziek geworden door de legionellabacterie. Een koeltoren op bedrijventerrein {=Vossenberg} is waarschijnlijk de bron. De koeltoren staat sinds 26 september stil. Uw drinkwater van {=Brabant Water} is veilig en u kunt gewoon douchen.",
  "Heeft u koorts, hoest of bent u kortademig? Neem dan contact op met uw huisarts. Mensen ouder dan 50 jaar, rokers en mensen met een verminderde weerstand lopen meer risico.",
  "Informatieavond: donderdag 1 oktober, 19:30 uur, {=wijkcentrum De Poorten}, {=Poortjeslaan 2}. Aanwezig zijn burgemeester {=Verbeek-Stoop}, wethouder {=Kamphuis} en artsen van de GGD.",
  "Vragen? Bel gratis {=0800 7788 456} of kijk op {=www.ggdhvb.nl/legionella}.",
  "Met vriendelijke groet,\n{=GGD Hart voor Brabant} en {=gemeente Tilburg}",
  ("break", ""),
  ("h2", "Vragen en antwoorden"),
  "Wat is legionella? {=Legionella pneumophila} is een bacterie die groeit in warm water (25-50 °C). Mensen raken besmet door het inademen van kleine waterdruppeltjes (aerosolen), bijvoorbeeld uit een koeltoren, een bubbelbad of een hogedrukreiniger. De ziekte heet {=legionellose} of {=veteranenziekte}; een milde vorm heet {=Pontiac-koorts}.",
  "Is het besmettelijk? Nee, legionella gaat niet over van mens op mens. U kunt gewoon op bezoek bij iemand die ziek is.",
  "Wat doet de gemeente? Burgemeester {=Verbeek-Stoop} heeft op 26 september een {=noodverordening} vastgesteld. De {=Omgevingsdienst Midden- en West-Brabant} ({=OMWB}) controleert of de koeltoren goed is schoongemaakt. Wethouder {=Kamphuis} laat alle koeltorens in Tilburg controleren in het programma {=Schone Lucht Tilburg}.",
  "Kan ik mijn tuin sproeien? Ja. Laat water dat lang in een tuinslang heeft gestaan eerst even weglopen. Meer tips vindt u op {=www.rivm.nl/legionella} en in de folder {=Legionella en uw woning} van {=Brabant Water}.",
  "Wie betaalt mijn schade? Daarover kan de GGD geen uitspraak doen. U kunt terecht bij het {=Juridisch Loket} ({=0900 8020}) of {=Slachtofferhulp Nederland} ({=0900 0101}).",
  "Privacy: de GGD deelt nooit namen of gegevens van patiënten. Heeft u een klacht over de GGD? Mail {=klachtenfunctionaris@ggdhvb.nl}. Dit is een uitgave van {=GGD Hart voor Brabant}, {=Ringbaan-West 180}, Tilburg.",
 ], producer="Adobe InDesign 19.2 (Macintosh) / Adobe PDF Library 17.0", creator="Adobe InDesign 19.2", font="DejaVuSans"),
]
