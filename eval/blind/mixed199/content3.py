"""Documents bv13-bv22 of set mixed199."""
from content import FOOT, LO, MOT, OL, W
from lib199 import Doc

SCAN = "Canon iR-ADV C5535 PDF"
DOCS = [
Doc("bv13_scan_klachtbrief", [
    ("h", "Klacht over trainer JO13-1"),
    ("p", "Brummen, 9 februari 2026"),
    ("p", "Aan het bestuur van VV Hoeve Vooruit"),
    ("p", "Ik ben [[Sevgi Yildirim]], moeder van [[Emre Yildirim]] uit de JO13-1. Ik woon op [[Brinkweg 40]] in Brummen."),
    ("p", "Trainer [[Dennis Koopmans]] noemt mijn zoon een mietje en liet hem spelen met een dikke knie. [[Emre]] wil niet meer naar de training. Ook maakt [[Koopmans]] foto's in de kleedkamer."),
    ("p", "Bel mij op [[0618220469]] of mail [[sevgi.yildirim@outlook.com]]"),
    ("p", "Met groet, [[S. Yildirim]]"),
], scan=True, producer=SCAN, creator=SCAN),

Doc("bv14_scan_presentielijst", [
    ("h", "Presentielijst informatieavond kunstgras"),
    ("p", "Kantine Sportpark De Cortenoever, 23 januari 2026"),
    ("table", [["Naam", "Team", "Handtekening"],
               ["[[Mark Verhoef]]", "JO13-1", "..."],
               ["[[Ilse van Houwelingen]]", "JO13-1", "..."],
               ["[[Jelte Brinkhorst]]", "JO11-2", "..."],
               ["[[Mohamed Amrani]]", "JO15-1", "..."],
               ["[[Gea Westerveld]]", "Vrouwen 1", "..."],
               ["[[Teun Kolkman]]", "Veteranen", "..."]]),
    ("p", "Notulist: [[Yasmina Bouzid]]"),
], scan=True, producer=SCAN, creator=SCAN),

Doc("bv15_scan_vog_memo", [
    ("h", "Memo VOG-overzicht jeugdtrainers"),
    ("p", "Van: [[Yasmina Bouzid]], jeugdcoordinator. Aan: bestuur."),
    ("p", "Van 24 van de 31 trainers is een VOG van na 2023 aanwezig. Ontbreekt: [[Jelte Brinkhorst]], [[Mohamed Amrani]] en [[Kees Hagedoorn]]. Aanvragen gaan via Justis met de gratis VOG-regeling."),
    ("p", "Mijn telefoon [[0642017755]]"),
], scan=True, producer=SCAN, creator=SCAN),

Doc("bv16_raadsvragen", [
    ("h", "Schriftelijke vragen ex artikel 41 {{Reglement van orde}}"),
    ("p", "Indieners: raadslid {{Sanne Hofstede}} ({{GroenLinks-PvdA}}) en raadslid {{Piet Remmelink}} ({{VVD}}) - datum: 24 maart 2026"),
    ("p", "Onderwerp: subsidie kunstgrasveld {{VV Hoeve Vooruit}} en sociale veiligheid"),
    ("p", "Via de media vernamen wij dat {{VV Hoeve Vooruit}} een subsidie van € 185.000 heeft gevraagd, terwijl bij de club een klacht loopt over een jeugdtrainer. Wij stellen het college de volgende vragen:"),
    ("p", "1. Is het college bekend met de klacht? Welke eisen stelt de {{Subsidieregeling Sportaccommodaties Brummen 2026}} aan sociale veiligheid?\n2. Kan het college bevestigen dat alle jeugdtrainers een geldige {{VOG}} hebben?\n3. Hoe verhoudt de subsidie zich tot het {{Lokaal Sportakkoord Brummen}} en de {{BOSA}}-regeling?\n4. Is het college bereid om subsidie voor verenigingen te koppelen aan deelname aan de {{Verklaring Sociale Veiligheid}} van {{NOC*NSF}}?"),
    ("p", "{{Sanne Hofstede}}\n{{Piet Remmelink}}"),
    ("s", "Ontvangen door de griffie op 24 maart 2026, 16.12 uur, door [[Tessa Nijhof]] ([[t.nijhof@brummen.nl]], [[0575 568 102]]). Doorgezonden aan {{team Sport en Bewegen}}; termijn beantwoording 30 dagen."),
], font="DejaVuSans", producer="Microsoft: Print To PDF", creator=W, author="griffie", title="Raadsvragen kunstgras"),

Doc("bv17_antwoord_raadsvragen", [
    ("p", "Aan de raadsleden {{Hofstede}} en {{Remmelink}}\nDatum: 14 april 2026 - Kenmerk: {{RV-2026-019}}\nContactpersoon: [[N. El Idrissi]], telefoon [[0575 - 568 219]]"),
    ("h", "Beantwoording vragen over subsidie kunstgrasveld"),
    ("p", "Geachte {{mevrouw Hofstede}} en {{heer Remmelink}},"),
    ("p", "1. Ja. De vereniging heeft dit zelf gemeld. Over de inhoud van de klacht doen wij geen mededelingen: het gaat om persoonsgegevens van een minderjarige en van een vrijwilliger. Artikel 7 van de regeling vraagt een {{VOG}} voor alle begeleiders van minderjarigen en een aangestelde vertrouwenscontactpersoon."),
    ("p", "2. De vereniging heeft op 28 april een overzicht aangeleverd; alle actieve jeugdtrainers hebben een {{VOG}} van na 1 januari 2024."),
    ("p", "3. Het {{Lokaal Sportakkoord Brummen}} noemt toegankelijke accommodaties als speerpunt. De gemeentelijke subsidie is aanvullend op de {{BOSA}}-bijdrage van het Rijk (uitvoering {{DUS-I}})."),
    ("p", "4. Wij nemen dit mee bij de evaluatie van de regeling in 2027, in overleg met de {{Sportraad Brummen}}."),
    ("p", "Hoogachtend,\nburgemeester en wethouders van {{Brummen}},\nde secretaris, de burgemeester,\n\n{{drs. M.A. Kamphuis}}                {{A.J. Bosch-Lensink}}"),
    FOOT,
], producer="Microsoft® Word 2019", creator="Microsoft® Word 2019", title="Antwoord raadsvragen RV-2026-019"),

Doc("bv18_beslisnota", [
    ("h", "Beslisnota college van B&W"),
    ("table", [["Aan", "college van burgemeester en wethouders"], ["Portefeuillehouder", "wethouder {{J. van Ommeren}} (sport)"],
               ["Van", "[[Noor El Idrissi]], {{team Sport en Bewegen}}"], ["Datum", "31 maart 2026"],
               ["Zaaknummer", "{{Z-2026-04417}}"], ["Kopie aan", "[[J. Wassink]]; [[C. Bührmann]]"]]),
    ("h", "Aanleiding"),
    ("p", "{{VV Hoeve Vooruit}} vraagt € 185.000 subsidie voor een kunstgrasveld op {{Sportpark De Cortenoever}}. De aanvraag voldoet aan de {{Subsidieregeling Sportaccommodaties Brummen 2026}}. Het plafond 2026 is € 400.000; eerder verleend: € 120.000 aan {{TC De Hietbrink}}."),
    ("h", "Geadviseerd besluit"),
    ("p", "Het college wordt gevraagd: 1. een subsidie te verlenen van € 185.000, onder de voorwaarde dat de vereniging vóór 1 mei 2026 een overzicht van geldige {{VOG}}'s overlegt; 2. in te stemmen met de antwoorden op de raadsvragen ({{RV-2026-019}})."),
    ("h", "Kern"),
    ("p", "Bij de vereniging loopt een integriteitsklacht tegen een jeugdtrainer. De vereniging heeft adequaat gehandeld (non-actiefstelling, inschakeling {{Centrum Veilige Sport Nederland}}). Juridisch is de klacht geen weigeringsgrond ({{Algemene wet bestuursrecht}} art. 4:35). Krachtenveld: de raad ({{GroenLinks-PvdA}}, {{VVD}}) volgt het dossier; de {{KNVB}} district Oost is geïnformeerd."),
    ("pb",),
    ("h", "Communicatie"),
    ("p", "Persbericht na besluit (8 april). Woordvoering via {{communicatie@brummen.nl}}; vragen over de klacht worden verwezen naar de vereniging."),
    ("p", "Paraaf: [[NEI]] 31-3 / afdelingshoofd [[RvdB]] 1-4"),
] + MOT, producer="Microsoft® Word for Microsoft 365", creator=W, title="Beslisnota subsidie kunstgras"),

Doc("bv19_subsidiebeschikking", [
    ("p", "{{VV Hoeve Vooruit}}\nt.a.v. het bestuur\n{{Cortenoeverseweg}} 5\n6971 LA {{Brummen}}"),
    ("p", "Datum: 7 april 2026 - Zaaknummer: {{Z-2026-04417}} - Behandeld door: [[N. El Idrissi]] - Telefoon: [[(0575) 568 219]] - E-mail: {{sport@brummen.nl}}"),
    ("h", "Besluit: verlening subsidie kunstgrasveld"),
    ("p", "Geacht bestuur,"),
    ("p", "Op 6 maart 2026 ontvingen wij uw aanvraag. Wij verlenen u op grond van de {{Subsidieregeling Sportaccommodaties Brummen 2026}} en de {{Algemene subsidieverordening Brummen 2023}} een subsidie van ten hoogste € 185.000 voor de aanleg van een kunstgrasveld (veld 2)."),
    ("h", "Verplichtingen"),
    ("p", "a. U legt vóór 1 mei 2026 een overzicht over waaruit blijkt dat alle begeleiders van minderjarigen een {{VOG}} hebben die niet ouder is dan drie jaar.\nb. U houdt een vertrouwenscontactpersoon aangesteld en sluit aan bij het {{Centrum Veilige Sport Nederland}}.\nc. Het veld is uiterlijk 1 oktober 2026 bespeelbaar; u meldt oplevering en legt de keuring van de {{KNVB}} over.\nd. U verantwoordt de subsidie vóór 1 april 2027 met facturen en een accountantsverklaring."),
    ("p", "Betaling: 80% voorschot binnen vier weken op {{NL44 RABO 0117 2200 45}}, 20% na vaststelling."),
    ("pb",),
    ("h", "Bezwaar"),
    ("p", "Bent u het niet eens met dit besluit, dan kunt u binnen zes weken bezwaar maken bij het college. Zie {{www.brummen.nl/bezwaar}}."),
    ("p", "Hoogachtend,\nburgemeester en wethouders van {{Brummen}},\nnamens dezen,\n\n[[Robbert van den Berg]]\nafdelingshoofd Samenleving"),
    ("p", "Afschrift: wethouder {{Van Ommeren}}; [[Henk ter Voort]] (per e-mail)"),
    FOOT,
], producer="Aspose.PDF for .NET 23.8", creator="Centric Suite4 Documentcreatie", title="Beschikking Z-2026-04417"),

Doc("bv20_persbericht", [
    ("h", "PERSBERICHT - Kunstgras voor VV Hoeve Vooruit"),
    ("p", "{{Brummen}}, 8 april 2026 - Het college van de {{gemeente Brummen}} verleent {{VV Hoeve Vooruit}} een subsidie van € 185.000 voor een kunstgrasveld op {{Sportpark De Cortenoever}}. Het veld wordt rubbervrij aangelegd met kurk-infill."),
    ("p", "Wethouder {{Jeroen van Ommeren}}: 'Met dit veld kunnen ruim driehonderd jeugdleden het hele jaar door trainen. We vragen clubs wel om sociale veiligheid serieus te nemen; een {{VOG}} voor iedere trainer hoort daarbij.'"),
    ("p", "Het veld wordt naar verwachting op 1 oktober geopend en gaat het {{Abe Lenstra-veld}} heten, naar de Friese voetballegende. De {{Johan Cruyff Foundation}} verzorgt bij de opening een clinic. De clubactie 'Een meter gras' loopt nog tot de zomer."),
    ("p", "Noot voor de redactie: voor vragen kunt u contact opnemen met de woordvoerder van de gemeente via {{communicatie@brummen.nl}} of {{14 0575}}."),
], producer="Microsoft® Word for Microsoft 365", creator=W, author="Ellen Rouwenhorst", xmp_creator="Ellen Rouwenhorst",
   hidden=[("metadata", "Ellen Rouwenhorst")], title="Persbericht kunstgras VV Hoeve Vooruit"),

Doc("bv21_memo_juridisch", [
    ("h", "Memo Juridische Zaken"),
    ("p", "Aan: {{team Sport en Bewegen}} - Van: [[C. Bührmann]] - Datum: 18 maart 2026 - Betreft: artikel 7 {{Subsidieregeling Sportaccommodaties Brummen 2026}}"),
    ("h", "Vraag"),
    ("p", "Mag het college de subsidie weigeren of opschorten omdat bij de vereniging een integriteitsklacht loopt tegen een jeugdtrainer?"),
    ("h", "Beoordeling"),
    ("p", "Artikel 7 eist een {{VOG}} en een vertrouwenscontactpersoon; aan beide is voldaan. Weigering op grond van artikel 4:35 {{Algemene wet bestuursrecht}} vergt gegronde reden om aan te nemen dat de activiteiten niet of niet geheel zullen plaatsvinden; daarvoor is geen aanwijzing. Een voorwaarde (nieuw VOG-overzicht) is wel mogelijk (art. 4:38 {{Awb}}). Het is niet aan de gemeente om de klacht inhoudelijk te beoordelen; dat is aan de vereniging en zo nodig de tuchtcommissie van de {{KNVB}} of het {{Instituut Sportrechtspraak}}."),
    ("p", "Persoonsgegevens over de klacht (namen van de trainer en het kind, gezondheid) horen niet in het college- of raadsdossier. Bij een Woo-verzoek: weglakken op 5.1.2e en, voor gezondheidsgegevens, 5.1.1d."),
    ("h", "Advies"),
    ("p", "Verlenen onder voorwaarde. Zie ook {{ECLI:NL:RVS:2019:1234}} over voorwaarden bij subsidieverlening."),
], route="docx", producer="LibreOffice 7.6", creator="Writer", author=None,
   outline=[("Memo C. Bührmann", 0), ("Vraag van Noor", 0), ("Advies - afgestemd met Robbert", 0)],
   hidden=[("outline", "Noor"), ("outline", "Robbert")], title="Memo art. 7"),

Doc("bv22_concept_antwoord_commentaar", [
    ("h", "CONCEPT - antwoord raadsvragen kunstgras (versie 0.3)"),
    ("p", "1. Ja. De vereniging heeft dit zelf gemeld. Over de inhoud van de klacht doen wij geen mededelingen."),
    ("p", "2. De vereniging levert vóór 1 mei een overzicht van {{VOG}}'s aan."),
    ("p", "3. Het {{Lokaal Sportakkoord Brummen}} noemt toegankelijke accommodaties als speerpunt."),
    ("p", "4. Wij nemen dit mee bij de evaluatie van de regeling in 2027."),
    ("p", "Kenmerk {{RV-2026-019}} - portefeuillehouder wethouder {{Van Ommeren}}"),
], producer="Adobe Acrobat Pro (64-bit) 24.1.20643", creator=W,
   annots=[(0, 480, 720, "Wassink, Joost", "Noor, kun je bij 2 het getal 24 van 31 noemen? Yasmina Bouzid mailde dat vandaag."),
           (0, 480, 660, "El Idrissi, Noor", "Liever niet; check met Caroline. Bel me op 06-22 81 40 17."),
           (0, 480, 600, "Bührmann, Caroline", "Geen namen van de trainer (D. Koopmans) in het antwoord graag.")],
   hidden=[("annotations", "Wassink, Joost"), ("annotations", "Yasmina Bouzid"), ("annotations", "El Idrissi, Noor"),
           ("annotations", "Caroline"), ("annotations", "06-22 81 40 17"), ("annotations", "Bührmann, Caroline"),
           ("annotations", "D. Koopmans")], title="Concept antwoord raadsvragen"),
]
