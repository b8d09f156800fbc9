"""Documents m17-m33 of set mixed152 (all persons invented)."""
from lib import Doc

DOCS = []

DOCS.append(Doc("m17_teams_projectteam", [
    "Chat: Projectteam Dorpsstraat-Molenweg (Microsoft Teams) - export 20-03-2026",
    "",
    "[[P:Ter Horst, Maarten]] 16-3 17:22",
    "Kap is stilgelegd. [[P:Schäfer]] dreigt met de Stentor. [[P:Femke]], kun jij checken of er echt een vovo loopt?",
    "[[P:Dijkhuis-Amsink, Femke]] 16-3 17:40",
    "Bij de rechtbank niets bekend. Wel bezwaar tegen {{F:OV-2025-3317}}, dat heeft geen schorsende werking. Advies: "
    "toch wachten op de commissie, scheelt gedoe.",
    "[[P:Lubbers, Sanne]] 16-3 17:52",
    "Eens. Ik stuur de bewoners een brief. [[P:Ruud]], hoe zit het met die ontheffing voor de melkwagen?",
    "[[P:Oude Nijhuis, Ruud]] 16-3 18:05",
    "Staat in concept. Ik wil wel eerst met de zoon van [[P:Nijenhuis]] praten ([[P:Bart]]), die belde me al drie keer. "
    "Nummer [[T:06 - 12 98 33 40]].",
    "[[P:Ter Horst, Maarten]] 16-3 18:11",
    "Wethouder {{U:Brinkhorst}} wil morgen 8.30 een update. [[P:Sanne]] sluit jij aan? Dan bel ik [[P:Henk-Jan]] van "
    "Berkelland.",
    "[[P:Lubbers, Sanne]] 16-3 18:13",
    "Ja. Let op: mevrouw [[P:Hoekstra]] van 41 heeft een [[H:pacemaker]], de trilplaat voor haar deur graag zo kort "
    "mogelijk. Haar dochter belde ([[T:0575-52 30 18]]).",
    "[[P:Oude Nijhuis, Ruud]] 16-3 18:20",
    "👍 dat neem ik mee naar [[P:Thijs]]",
    "[[P:Bosch, Dirk]] 20-3 10:02",
    "Ter info: er komt waarschijnlijk een Woo-verzoek over dit project. Graag niets verwijderen uit dit kanaal.",
], font="dejavu", prod_str="Microsoft: Print To PDF", creator="Microsoft Teams"))

DOCS.append(Doc("m18_raadsvragen", [
    "# Schriftelijke vragen ex artikel 41 Reglement van orde",
    "Aan: het college van burgemeester en wethouders van {{G:Lochem}}",
    "Van: raadslid {{U:Erik Groot Wassink}} ({{O:CDA}}) en raadslid {{U:Naima El Idrissi}} ({{O:D66}})",
    "Datum: 18 maart 2026",
    "Onderwerp: bereikbaarheid Dorpsstraat en Molenweg tijdens de reconstructie",
    "",
    "Inleiding",
    "Wij zijn benaderd door bewoners en door een melkveehouder aan de Molenweg. Zij zijn verrast door de afsluitingen "
    "en de bomenkap. Ook de {{O:Stichting Dorpsbelang Laren}} heeft ons gemaild.",
    "Vragen",
    "1. Is het college bekend met de bezwaren tegen het {{F:verkeersbesluit VB-2026-011}}?",
    "2. Waarom is het landbouwverkeer niet meegewogen?",
    "3. Hoe garandeert het college de bereikbaarheid voor ouderen en mensen met een beperking?",
    "4. Is het college bereid de kap van de zes eiken uit te stellen tot na het advies van de commissie?",
    "",
    "{{U:Erik Groot Wassink}}, {{O:CDA}}",
    "{{U:Naima El Idrissi}}, {{O:D66}}",
    "<<PB>>",
    "# Antwoord van het college (verzonden 7 april 2026)",
    "Kenmerk: {{F:RV-2026-0331}}",
    "Antwoord op vraag 1: Ja. Er zijn vier bezwaarschriften ingediend. De {{O:Commissie bezwaarschriften}} heeft de "
    "bezwaarden op 4 maart 2026 gehoord. Het advies wordt in april verwacht.",
    "Antwoord op vraag 2: Het ontwerp ging uit van een omleiding via de {{X:N346}}. Wij erkennen dat de gevolgen voor "
    "agrarische bedrijven onvoldoende in beeld waren. Wethouder {{U:Brinkhorst}} heeft de betrokken ondernemer "
    "gesproken.",
    "Antwoord op vraag 3: De aannemer legt loopschotten en houdt woningen bereikbaar voor hulpdiensten. Bewoners "
    "kunnen een ontheffing aanvragen via {{V:14 0573}}.",
    "Antwoord op vraag 4: Ja, de kap is uitgesteld.",
    "",
    "Burgemeester en wethouders van Lochem,",
    "de secretaris, {{U:drs. H.A. Kroon}}     de burgemeester, {{U:Sander Veltkamp}}",
], font="helv", prod_str="Aspose.PDF for .NET 23.11", creator="iBabs"))

DOCS.append(Doc("m19_beslisnota", [
    "# Beslisnota college",
    "Aan: college van B&W  |  Portefeuillehouder: wethouder {{U:Annelies Brinkhorst}}",
    "Van: [[P:M. ter Horst]], afdeling {{O:Openbare Ruimte}}",
    "Kopie aan: [[P:F. Dijkhuis-Amsink]] ({{O:Juridische Zaken}})",
    "Datum: 21 april 2026  |  Zaaknummer: {{F:Z-2026-04418}}",
    "Onderwerp: beslissingen op bezwaar verkeersbesluit Dorpsstraat-Molenweg en nieuw {{F:VB-2026-019}}",
    "",
    "Aanleiding",
    "De {{O:Commissie bezwaarschriften}} heeft op 8 april 2026 advies uitgebracht over vier bezwaarschriften tegen het "
    "{{F:verkeersbesluit VB-2026-011}}.",
    "Geadviseerd besluit",
    "Aan het college wordt gevraagd: 1. het advies van de commissie over te nemen; 2. de bezwaren gegrond respectievelijk "
    "ongegrond te verklaren; 3. verkeersbesluit {{F:VB-2026-019}} te nemen; 4. een budget van EUR 42.000 beschikbaar te "
    "stellen voor een tijdelijke landbouwroute.",
    "Kern",
    "Het college volgt de commissie. Het afwijken van het advies over de bezwaarde met een beperking zou juridisch "
    "kwetsbaar zijn. Voor de melkveehouder wordt een ontheffing verleend; de kosten van de tijdelijke route worden "
    "gedekt uit het projectbudget {{Y:Reconstructie Dorpsstraat-Molenweg}}.",
    "Krachtenveld",
    "Raadsleden van {{O:CDA}} en {{O:D66}} hebben schriftelijke vragen gesteld. De {{O:Stichting Dorpsbelang Laren}} "
    "volgt het project kritisch. De aannemer meldt meerkosten voor stilstand (circa EUR 18.500).",
    "<<PB>>",
    "Paraaf | Naam | Functie | Datum",
    "opsteller | [[P:Maarten ter Horst]] | projectleider | 21-04-2026",
    "jurist | [[P:Femke Dijkhuis-Amsink]] | juridisch adviseur | 21-04-2026",
    "teamleider | [[P:Rianne Scholten]] | teamleider Openbare Ruimte | 22-04-2026",
    "financiën | [[P:Youssef Amrani]] | business controller | 22-04-2026",
    "portefeuillehouder | {{U:A. Brinkhorst}} | wethouder | 23-04-2026",
    "",
    "Informatie die niet openbaar gemaakt kan worden",
    "Deze nota bevat persoonsgegevens van bezwaarden en medewerkers. Motivering: volgt bij openbaarmaking.",
], font="dejavu", prod_str="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365",
   outline=[("Beslisnota Z-2026-04418", 0), ("Concept v3 - Lisa Dorgelo", 0), ("Opmerkingen Wim Hagedoorn (JZ)", 1),
            ("Paraaflijst - akkoord Koen Veldhuis", 1)],
   hidden=[("outline", "PERSON", "Lisa Dorgelo"), ("outline", "PERSON", "Wim Hagedoorn"),
           ("outline", "PERSON", "Koen Veldhuis")]))

DOCS.append(Doc("m20_factuur_verkeersregelaar", [
    "# FACTUUR",
    "{{O:Pasman Verkeersregeling}}",
    "eigenaar: [[P:A.J. Pasman]]",
    "[[A:Kerkhoflaan 9]], [[A:7245 BG]] Laren",
    "[[T:06-49 02 17 63]]  |  [[E:arjen@pasmanverkeersregeling.nl]]",
    "KvK [[K:71829304]]  |  btw-id [[F:NL002418366B47]]  |  IBAN [[I:NL21 INGB 0006 4183 27]]",
    "",
    "Aan: {{O:Wegenbouw Berkelland BV}}, t.a.v. crediteurenadministratie, Industrieweg 4, Eibergen",
    "Factuurnummer: {{F:2026-031}}  |  Factuurdatum: 31 maart 2026",
    "Uw referentie: {{F:LOC-2025-044}} / {{Y:Reconstructie Dorpsstraat-Molenweg}}",
    "",
    "Omschrijving | Uren | Tarief | Bedrag",
    "verkeersregelaar fase 0 en 1a, 16-31 maart | 96 | EUR 42,50 | EUR 4.080,00",
    "inzet tweede verkeersregelaar ([[P:J. Pasman-Eggink]]) | 24 | EUR 42,50 | EUR 1.020,00",
    "borden en afzetmateriaal | 1 | EUR 310,00 | EUR 310,00",
    "subtotaal | | | EUR 5.410,00",
    "btw 21% | | | EUR 1.136,10",
    "totaal | | | EUR 6.546,10",
    "",
    "Betaling binnen 30 dagen op [[I:NL21 INGB 0006 4183 27]] o.v.v. het factuurnummer.",
    "Gecertificeerd verkeersregelaar volgens de {{W:Regeling verkeersregelaars 2009}}; pasnummer [[F:VR-118273]].",
], font="courier", size=9, prod_str="Moneybird", creator="Moneybird"))

DOCS.append(Doc("m21_factuur_hovenier", [
    "Hoveniersbedrijf [[O:Groen door Gijs]]",
    "[[P:Gijs Wiegerinck]]  -  [[A:Zwiepseweg 140]], Lochem",
    "tel [[T:0031 6 3877 2015]]  -  [[E:gijs@groendoorgijs.nl]]",
    "KvK [[K:64718250]]  -  IBAN [[I:NL08 TRIO 0379 4410 22]]",
    "",
    "Gemeente Lochem",
    "t.a.v. [[P:S. Lubbers]], omgevingsmanager",
    "Postbus 17, 7240 AA Lochem",
    "",
    "Factuur {{F:GDG-26-014}}, 30 april 2026",
    "Project: tijdelijke beplanting {{X:Dr. Ariënsplein}} ({{Y:Reconstructie Dorpsstraat-Molenweg}})",
    "",
    "Werk | Bedrag",
    "12 plantenbakken met vaste planten geplaatst | EUR 1.440,00",
    "herplant 2 leilindes voor de woning van fam. [[P:Bleumink]] | EUR 690,00",
    "onderhoud 6 weken | EUR 375,00",
    "Totaal excl. btw | EUR 2.505,00",
    "btw 21% | EUR 526,05",
    "Totaal | EUR 3.031,05",
    "",
    "Graag overmaken binnen 14 dagen. Bedankt voor de opdracht!",
    "[[P:Gijs]]",
], font="helv", prod_str="PDFpen 13.1", creator="Numbers"))

DOCS.append(Doc("m22_schadeformulier", [
    "# Gemeente Lochem - Meldingsformulier schade door werkzaamheden",
    "Project: {{Y:Reconstructie Dorpsstraat-Molenweg}}  |  Formulier {{F:SCH-2026-07}}",
    "",
    "Vul het formulier in en stuur het naar {{M:schade@lochem.nl}}. Een bouwkundige van {{O:Nebest}} neemt binnen vijf",
    "werkdagen contact met u op. Uw gegevens worden alleen gebruikt voor de afhandeling van de schade ({{W:AVG}}).",
    "",
    "Dit formulier is digitaal ingevuld; de velden staan hieronder.",
    "",
    "Naam melder:",
    "Adres:",
    "Telefoon:",
    "E-mail:",
    "Omschrijving schade:",
    "Datum ontdekt:",
    "Eigenaar woning (indien anders):",
], font="helv", prod_str="iText 5.5.13.3 ©2000-2022 iText Group NV (AGPL-version)", creator="Formulierenserver Lochem",
   fields=[("naam", "Evert ten Brinke"), ("adres", "Dorpsstraat 14, 7245 AB Laren"), ("telefoon", "0573-401 629"),
           ("email", "e.tenbrinke@outlook.com"), ("schade", "scheur gevel boven voordeur na trilplaat"),
           ("datum", "23-03-2026"), ("eigenaar", "Hendrika ten Brinke-Wolters")],
   hidden=[("annotations", "PERSON", "Evert ten Brinke"), ("annotations", "ADDRESS", "Dorpsstraat 14, 7245 AB Laren"),
           ("annotations", "PHONE", "0573-401 629"), ("annotations", "EMAIL", "e.tenbrinke@outlook.com"),
           ("annotations", "PERSON", "Hendrika ten Brinke-Wolters")]))

DOCS.append(Doc("m23_schouwrapport", [
    "# Rapport vooropname en schouw - Dorpsstraat 1-41",
    "Opdrachtgever: {{O:gemeente Lochem}}  |  Uitgevoerd door: {{O:Nebest}}  |  Rapport {{F:NB-26-2207}}",
    "Datum opname: 9-11 maart 2026  |  Schouw na trillingen: 30 maart 2026",
    "",
    "Woning | Bewoner | Vooropname | Schouw 30-3 | Advies",
    "Dorpsstraat 12 | [[P:K. Overbeek]] | geen scheuren | geen wijziging | -",
    "Dorpsstraat 14 | [[P:E. ten Brinke]] | haarscheur kozijn | scheur gevel 1,2 mm | herstel door aannemer",
    "Dorpsstraat 19a | [[P:H. Demir]] | geen scheuren | geen wijziging | -",
    "Dorpsstraat 22 | [[P:F. de Wit]] (bakkerij) | vochtplek kelder | geen wijziging | -",
    "Dorpsstraat 33 | [[P:H. Lammers]] | scheur tuinmuur | scheur tuinmuur | monitoren",
    "Dorpsstraat 41 | [[P:G. Hoekstra-van Dam]] | geen scheuren | tegel hal los | herstel",
    "",
    "Bevindingen",
    "De trillingsmetingen (meetpunt bij nummer 14) bleven onder de grenswaarde van de {{O:SBR}}-richtlijn A, categorie 2. "
    "De scheur in de gevel van nummer 14 is waarschijnlijk door de werkzaamheden verergerd. Wij adviseren herstel op "
    "kosten van de aannemer.",
    "",
    "Opgenomen door: [[P:ing. Bas Hulshof]], bouwkundige {{O:Nebest}}",
    "Gecontroleerd: [[C:BH]] / [[C:LvO]]",
], font="helv", size=9, prod_str="Adobe PDF Library 17.11", creator="Acrobat PDFMaker 23 voor Word",
   notes=[(0, "Lubbers, Sanne", "Evert belde nog: wil vergoeding vóór de zomer, mobiel 06-58 20 11 93"),
          (0, "Ter Horst, Maarten", "Graag afstemmen met Henk-Jan over herstel nr 14")],
   hidden=[("annotations", "PERSON", "Lubbers, Sanne"), ("annotations", "PHONE", "06-58 20 11 93"),
           ("annotations", "PERSON", "Ter Horst, Maarten"), ("annotations", "PERSON", "Evert"),
           ("annotations", "PERSON", "Henk-Jan")]))

DOCS.append(Doc("m24_persbericht", [
    "# PERSBERICHT",
    "{{O:Gemeente Lochem}}, 29 april 2026",
    "",
    "Melkveehouders Molenweg krijgen ontheffing; eiken blijven voorlopig staan",
    "",
    "Het college van {{G:Lochem}} past het verkeersbesluit voor de {{Y:Reconstructie Dorpsstraat-Molenweg}} in {{G:Laren}} "
    "aan. Landbouwverkeer en de melkwagen mogen de Molenweg weer gebruiken. Dat is het gevolg van het advies van de "
    "onafhankelijke {{O:Commissie bezwaarschriften}}.",
    "\"We hebben goed geluisterd naar de bewoners en ondernemers\", zegt wethouder {{U:Annelies Brinkhorst}}. \"Het "
    "ontwerp was goed, maar de bereikbaarheid van de boerderijen hadden we beter moeten regelen.\"",
    "De kap van zes eiken aan de Molenweg is uitgesteld. {{O:Boomtechnisch Adviesbureau Oost}} onderzoekt of de nieuwe "
    "riolering met een gestuurde boring onder de bomen door kan.",
    "De werkzaamheden door {{O:Wegenbouw Berkelland BV}} lopen tot september 2026. Bewoners kunnen met vragen terecht "
    "bij het bouwkeet-spreekuur op dinsdag in het {{X:Huis van Laren}} of via {{M:dorpsstraat@lochem.nl}}.",
    "",
    "Noot voor de redactie (niet voor publicatie)",
    "Meer informatie: {{R:woordvoerder}} gemeente Lochem, telefoon {{V:0573 28 90 00}} of {{M:pers@lochem.nl}}.",
], font="helv", prod_str="LibreOffice 7.6 (Writer export)", creator="Writer", author="Marloes Kamphuis",
   xmp_author="Marloes Kamphuis", hidden=[("metadata", "PERSON", "Marloes Kamphuis")]))

DOCS.append(Doc("m25_bewonersbrief", [
    "{{O:Gemeente Lochem}}",
    "",
    "Aan de bewoners en ondernemers van de Dorpsstraat, de Molenweg, de {{X:Pastoor Wesselsweg}} en het "
    "{{X:Dr. Ariënsplein}}",
    "Datum: 20 maart 2026",
    "Onderwerp: bomenkap uitgesteld en trillingen",
    "",
    "Beste bewoners,",
    "Met deze brief praten wij u bij over de {{Y:Reconstructie Dorpsstraat-Molenweg}}.",
    "Bomenkap uitgesteld. De kap van de eiken aan de Molenweg is uitgesteld totdat de {{O:Commissie bezwaarschriften}} "
    "advies heeft gegeven.",
    "Trillingen. Bij enkele woningen meten wij trillingen. Heeft u schade? Meld dit via het schadeformulier op "
    "{{X:www.lochem.nl/schade}}.",
    "Ontheffingen. Bent u slecht ter been of heeft u zorg aan huis? Vraag dan een ontheffing aan via {{V:14 0573}}.",
    "Inloopspreekuur. Elke dinsdag van 16.00 tot 18.00 uur in de bouwkeet naast de {{X:Jan Ligthartschool}}.",
    "Vragen? Mail naar {{M:dorpsstraat@lochem.nl}} of app de omgevingsmanager via de BouwApp ({{Z:BouwApp}} "
    "project {{F:LAR-4418}}).",
    "",
    "Met vriendelijke groet,",
    "namens het projectteam,",
    "de omgevingsmanager",
], producer="docx", prod_str="LibreOffice 7.6", creator="Writer", xmp_author="Sanne Lubbers",
   author="Sanne Lubbers", hidden=[("metadata", "PERSON", "Sanne Lubbers")]))
