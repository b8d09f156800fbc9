"""Documents ov19-ov33 of set mixed216."""
from lib import Doc
from registry import SIGNERS

GEM = "Gemeente Wierden | Marktstraat 1 | Postbus 43 | 7640 AA Wierden | 14 0546 | info@wierden.nl"
W = "Microsoft® Word voor Microsoft 365"

_sig_rows = ["| Nr | Naam | Adres | Handtekening |"] + [
    f"| {i + 1} | {n} | {a}, Wierden | (getekend) |" for i, (n, a) in enumerate(SIGNERS)]

DOCS = [
Doc("ov19", "Petitie Veldkampsweg blijft open", [
    "# Petitie: Veldkampsweg blijft open!",
    "Aan: de gemeenteraad van Wierden en ProRail",
    "Initiatiefnemer: Marjan Klein Gebbink, Bullersdijk 7, 7642 KD Wierden, marjan.kleingebbink@kpnmail.nl",
    "",
    "Wij, bewoners en ondernemers van Notter, Zuna en Hoge Hexel, vragen de gemeenteraad en ProRail:",
    "1. de overweg Veldkampsweg niet op te heffen zonder een fietstunnel én een route voor landbouwverkeer;",
    "2. de kinderen van de Jan Ligthartschool een veilige fietsroute te garanderen;",
    "3. de aanrijtijden van Ambulancezorg Oost en de brandweer niet te laten verslechteren;",
    "4. de bewoners mee te laten beslissen over de uitwerking via Stichting Dorpsbelang Hoge Hexel en "
    "Buurtvereniging De Hexel.",
    "De overweg ligt er al sinds de aanleg van het spoor tussen Almelo en Deventer. Wij begrijpen dat ProRail de "
    "veiligheid wil verbeteren binnen het Landelijk Verbeterprogramma Overwegen, maar sluiten zonder alternatief "
    "snijdt ons buitengebied in tweeën.",
    "Deze petitie is ondertekend door 412 personen (papieren lijsten en online). Hieronder de eerste lijst.",
    "---",
    "## Lijst 1 (papier, ingezameld bij de bakker in Hoge Hexel, 25 maart - 20 april 2026)",
    *_sig_rows,
    "",
    "Lijst 2 tot en met 9 en de online handtekeningen zijn op te vragen bij de griffie.",
], producer="Microsoft® Word 2016", creator="Microsoft® Word 2016"),

Doc("ov20", "Aanbiedingsbrief petitie aan de gemeenteraad", [
    "Marjan Klein Gebbink",
    "Bullersdijk 7",
    "7642 KD Wierden",
    "06 - 1935 6620",
    "",
    "Aan de gemeenteraad van Wierden, via de griffie",
    "Wierden, 7 juli 2026",
    "Betreft: aanbieding petitie 'Veldkampsweg blijft open'",
    "",
    "Geachte leden van de raad,",
    "Namens 412 bewoners van Notter, Zuna en Hoge Hexel bied ik u vanavond de petitie 'Veldkampsweg blijft open' "
    "aan. Samen met Dinand Kuipers van Buurtvereniging De Hexel en Gerrit Jan Nijhuis namens de agrariërs vraag ik u "
    "geen besluit te nemen over de opheffing van de overweg Veldkampsweg voordat er zekerheid is over een fietstunnel "
    "en een route voor landbouwverkeer.",
    "Wij waarderen dat wethouder Dijkhuis twee avonden heeft georganiseerd. Wel vinden wij dat ProRail de zorgen over "
    "de Ypeloweg te licht opvat. Het verkeersonderzoek van Trajectum Mobiliteit bevestigt dat er zonder fietstunnel "
    "bijna 3 km moet worden omgefietst.",
    "Wij vragen de raad de motie over dit onderwerp te steunen. Raadslid Ilse Brinkhorst (CDA) heeft aangekondigd deze "
    "mede namens andere fracties in te dienen.",
    "",
    "Met vriendelijke groet,",
    "M. Klein Gebbink",
    "mede namens D. Kuipers en G.J. Nijhuis",
], engine="docx"),

Doc("ov21", "Motie M-2026-14 overweg Veldkampsweg", [
    "# Motie M-2026-14: Geen sluiting overweg Veldkampsweg zonder fietstunnel",
    "Raadsvergadering van 7 juli 2026, agendapunt 9: voortgang Landelijk Verbeterprogramma Overwegen",
    "",
    "De gemeenteraad van Wierden, in vergadering bijeen,",
    "## constaterende dat",
    "- ProRail en het college de overweg Veldkampsweg (OW 54.210) willen opheffen;",
    "- het verkeersonderzoek TM-2026-117 variant B (opheffen met fietstunnel) als beste beoordeelt;",
    "- 412 inwoners de petitie 'Veldkampsweg blijft open' hebben ondertekend;",
    "## overwegende dat",
    "- de overweg een belangrijke schoolroute is naar de Jan Ligthartschool en naar Rijssen;",
    "- het landbouwverkeer afhankelijk is van een route met voldoende breedte;",
    "## verzoekt het college",
    "- alleen in te stemmen met opheffing als ProRail een fietstunnel en een parallelweg realiseert;",
    "- met de provincie Overijssel en het Ministerie van Infrastructuur en Waterstaat te overleggen over cofinanciering;",
    "- de raad vóór 1 november 2026 te informeren over de uitkomst;",
    "en gaat over tot de orde van de dag.",
    "",
    "| Indiener | Fractie |",
    "| Ilse Brinkhorst | CDA |",
    "| Mehmet Yıldız | GroenLinks-PvdA |",
    "| Wouter Pegge | VVD |",
    "| G. Hofsteenge | Gemeentebelangen |",
    "Uitslag: aangenomen met 19 stemmen voor en 2 tegen.",
    "Griffie: L. Meijerink, raadsgriffier (ambtelijk secretaris)",
], engine="rl", producer="iBabs Document Service", creator="iBabs",
    extra_redact=[("PERSON", "L. Meijerink (griffie)", ["L. Meijerink", "Meijerink"])]),

Doc("ov22", "Raadsvragen en antwoorden college overweg Veldkampsweg", [
    "# Schriftelijke vragen ex artikel 41 Reglement van orde",
    "Van: raadslid Mehmet Yıldız (GroenLinks-PvdA) | Datum: 2 april 2026 | Onderwerp: overweg Veldkampsweg",
    "Na de bewonersavond van 24 maart heb ik de volgende vragen aan het college:",
    "1. Klopt het dat ProRail de overweg Veldkampsweg in 2027 wil opheffen?",
    "2. Welke varianten onderzoekt Trajectum Mobiliteit, en is een fietstunnel daarbij?",
    "3. Hoe worden de agrariërs en loonwerkers betrokken?",
    "4. Welke kosten komen voor rekening van de gemeente?",
    "## Antwoorden van het college (vastgesteld 28 april 2026)",
    "Ad 1. ProRail heeft de overweg opgenomen in het Landelijk Verbeterprogramma Overwegen. Een besluit is niet "
    "genomen; het college betrekt de gemeenteraad voordat het instemt.",
    "Ad 2. Trajectum Mobiliteit onderzoekt drie varianten: opheffen met parallelweg, opheffen met parallelweg en "
    "fietstunnel, en handhaven met AHOB. Het rapport TM-2026-117 verschijnt in juli.",
    "Ad 3. Op 26 maart was er een informatieavond voor agrariërs, met LTO Noord. Er volgt een schouw van de "
    "Ypeloweg. Schriftelijke reacties, onder meer van een loonbedrijf, worden meegenomen.",
    "---",
    "Ad 4. De kosten van opheffing en van de parallelweg zijn voor ProRail. Voor een fietstunnel vraagt het college "
    "cofinanciering aan de provincie Overijssel. De verbreding van de Ypeloweg raamt het college op EUR 1,2 miljoen, "
    "waarvan de gemeente naar verwachting de helft draagt.",
    "",
    "Het college van burgemeester en wethouders van Wierden,",
    "de burgemeester, A.M. Haverkate",
    "",
    "Behandeld door: J. van 't Hul, beleidsmedewerker verkeer, (0546) 58 11 34, j.vanthul@wierden.nl",
    "Ambtelijk paraaf: JvtH 24-4 | MtA 24-4 | COH (juridische toets) 25-4",
], engine="rl", producer="Aspose.PDF for .NET 23.4", creator="Zaaksysteem Wierden"),

Doc("ov23", "Beslisnota college opheffing overweg Veldkampsweg", [
    "# Beslisnota aan het college van burgemeester en wethouders",
    "| Onderwerp | Standpunt college opheffing overweg Veldkampsweg |",
    "| Portefeuillehouder | wethouder E.J. Dijkhuis |",
    "| Steller | Marloes ter Avest, projectleider, 06-41278890 |",
    "| Zaaknummer | Z-2026-004812 |",
    "| Datum | 18 augustus 2026 |",
    "## Aanleiding",
    "ProRail wil de overweg Veldkampsweg opheffen in het kader van het LVO. De gemeenteraad heeft op 7 juli de motie "
    "M-2026-14 aangenomen. Het verkeersonderzoek TM-2026-117 van Trajectum Mobiliteit is gereed.",
    "## Geadviseerd besluit",
    "Het college wordt gevraagd in te stemmen met opheffing onder de voorwaarden van de brief aan ProRail van 8 mei "
    "2026 (variant B), en de raad hierover met een raadsinformatiebrief te informeren.",
    "## Kern",
    "Variant B haalt het ALCAM-risico weg en houdt de schoolroute kort. De agrariërs houden een omweg van 3,8 km; "
    "ProRail biedt nadeelcompensatie aan. Met de melkveehouder aan de Notterdijk (de heer Nijhuis) wordt een "
    "vaststellingsovereenkomst gesloten.",
    "## Krachtenveld",
    "Bewoners zijn verdeeld; de petitie (412 handtekeningen) en Buurtvereniging De Hexel willen geen sluiting "
    "zonder tunnel. LTO Noord steunt variant B mits de Ypeloweg wordt verbreed. Veiligheidsregio Twente heeft geen "
    "bezwaar.",
    "---",
    "## Financiën",
    "| Onderdeel | Kosten | Drager |",
    "| Opheffen overweg en parallelweg | EUR 2,1 mln | ProRail (LVO) |",
    "| Fietstunnel | EUR 3,4 mln | ProRail, provincie Overijssel, gemeente |",
    "| Verbreding Ypeloweg | EUR 1,2 mln | gemeente, provincie Overijssel |",
    "## Paraaf",
    "| Naam | Functie | Paraaf | Datum |",
    "| M. ter Avest | projectleider | MtA | 18-08-2026 |",
    "| C.A. Olde Hengel | juridisch adviseur | COH | 19-08-2026 |",
    "| Gerda Smelt | teamleider Ruimte | GS | 20-08-2026 |",
    "## Informatie die niet openbaar gemaakt kan worden",
    "(nog in te vullen)",
], engine="docx", author="Brinkman, Ruud",
    extra_redact=[("INITIALS", "GS (paraph Gerda Smelt)", ["GS"])],
    hidden=[("metadata", "PERSON", "Ruud Brinkman (document author)", ["Brinkman", "Ruud"])]),

Doc("ov24", "Persbericht gemeente Wierden en ProRail overweg Veldkampsweg", [
    "# PERSBERICHT",
    "Wierden, 1 september 2026",
    "## Overweg Veldkampsweg gaat dicht, fietstunnel komt er",
    "De overweg Veldkampsweg tussen Notter en Hoge Hexel wordt in 2028 opgeheven. Daarvoor in de plaats komen een "
    "fietstunnel en een parallelweg voor landbouwverkeer. Dat hebben ProRail, de gemeente Wierden en de provincie "
    "Overijssel afgesproken.",
    "'We hebben goed geluisterd naar de bewoners en de boeren,' zegt wethouder Erik Dijkhuis. 'Zonder tunnel was "
    "dit voor Notter onacceptabel geweest. De petitie en de motie van de raad hebben echt verschil gemaakt.'",
    "Gedeputeerde Roelofsen van de provincie Overijssel draagt EUR 1,1 miljoen bij aan de fietstunnel. 'Dit is een "
    "goed voorbeeld van samenwerking in het Landelijk Verbeterprogramma Overwegen', aldus ProRail-woordvoerder "
    "Martijn Hagedoorn.",
    "De Ypeloweg wordt in 2027 verbreed en krijgt een vrijliggend fietspad. Het verkeersonderzoek van Trajectum "
    "Mobiliteit staat op de website van de gemeente.",
    "",
    "Noot voor de redactie (niet voor publicatie):",
    "Meer informatie: woordvoering gemeente Wierden via 14 0546 of info@wierden.nl; ProRail persvoorlichting "
    "via 0800-7767724.",
], engine="rl", producer="Microsoft® Word voor Microsoft 365", creator=W,
    author="Ruud Brinkman", xmp_creator="Ruud Brinkman",
    hidden=[("metadata", "PERSON", "Ruud Brinkman (author in Info and XMP)", ["Ruud Brinkman", "Brinkman"])]),

Doc("ov25", "Reactieformulier inspraak overweg Veldkampsweg (ingevuld)", [
    "# Reactieformulier overweg Veldkampsweg",
    "Gemeente Wierden en ProRail | project PR-2025-OVW-0417 | zaak Z-2026-004812",
    "Vul dit formulier in en stuur het naar info@wierden.nl of lever het in bij het gemeentehuis, Marktstraat 1.",
    "Reacties worden geanonimiseerd verwerkt in het verslag en het verkeersonderzoek.",
], engine="form", producer="Adobe Acrobat Pro (64-bit) 23.6.20320", creator="Adobe Acrobat Pro (64-bit)",
    fields=[("Naam", "naam", "Wilhelmina Brouwer-Engbers"),
            ("Adres", "adres", "Notterdijk 27, 7645 PL Notter"),
            ("Telefoon", "telefoon", "06 3391 0486"),
            ("E-mail", "email", "w.brouwerengbers@outlook.com"),
            ("Geboortedatum", "gebdatum", "03-11-1957"),
            ("Uw reactie", "reactie", "Ik ben tegen sluiting; mijn man Hendrik is slechtziend"),
            ("Datum", "datum", "28-03-2026")],
    hidden=[("annotations", "PERSON", "Wilhelmina Brouwer-Engbers", ["Wilhelmina Brouwer-Engbers", "Brouwer-Engbers"]),
            ("annotations", "ADDRESS", "Notterdijk 27, 7645 PL Notter", ["Notterdijk 27", "7645 PL"]),
            ("annotations", "PHONE", "06 3391 0486", ["06 3391 0486"]),
            ("annotations", "EMAIL", "w.brouwerengbers@outlook.com", ["w.brouwerengbers@outlook.com"]),
            ("annotations", "DATE_OF_BIRTH", "03-11-1957", ["03-11-1957"]),
            ("annotations", "PERSON", "Hendrik (husband)", ["Hendrik"]),
            ("annotations", "HEALTH", "slechtziend", ["slechtziend"])]),

Doc("ov26", "Concept nieuwsbrief 2 met opmerkingen", [
    "# Nieuwsbrief 2 - overweg Veldkampsweg (CONCEPT)",
    "Juni 2026 | gemeente Wierden en ProRail",
    "## Wat is er gebeurd?",
    "Op 24 en 26 maart kwamen ruim 120 bewoners, agrariërs en loonwerkers naar Zalencentrum De Kroon. Er waren veel "
    "vragen over de fietstunnel, het landbouwverkeer en de aanrijtijden van de hulpdiensten.",
    "## Hoe verder?",
    "Trajectum Mobiliteit rekent drie varianten door. Op 30 juni is er een tweede bewonersavond in Hoge Hexel. De "
    "gemeenteraad praat op 7 juli over de overweg; dan wordt ook de petitie aangeboden.",
    "## Contact",
    "Vragen over het project: info@wierden.nl of 14 0546. Vragen aan ProRail: omgeving.oost@prorail.nl of 0800-7767724.",
], engine="rl", producer="PDF-XChange Editor 10.1.1.381", creator="PDF-XChange Editor",
    notes=[("Sevda Kaya-Bulut", "Graag quote wethouder toevoegen; mijn naam eruit. Bel me op 06 5310 4427."),
           ("Thijs Mulderije", "Kaartje varianten volgt van Anouk (Trajectum)."),
           ("Yusuf", "Akkoord, versturen 15 juni. Drukker: Koos Hesselink, 06 1020 3344.")],
    hidden=[("annotations", "PERSON", "Sevda Kaya-Bulut", ["Sevda Kaya-Bulut", "Kaya-Bulut"]),
            ("annotations", "PHONE", "06 5310 4427", ["06 5310 4427"]),
            ("annotations", "PERSON", "Thijs Mulderije", ["Thijs Mulderije", "Mulderije"]),
            ("annotations", "PERSON", "Anouk Geerdink", ["Anouk"]),
            ("annotations", "PERSON", "Yusuf Demirtaş", ["Yusuf"]),
            ("annotations", "PERSON", "Koos Hesselink (drukker)", ["Koos Hesselink", "Hesselink"]),
            ("annotations", "PHONE", "06 1020 3344", ["06 1020 3344"])]),

Doc("ov27", "Handgeschreven reactie agrariër (scan)", [
    "~ Aan de gemeente Wierden",
    "~ Notter, 2 april 2026",
    "",
    "~ Geachte mevrouw Ter Avest,",
    "~ Ik ben Gerrit Jan Nijhuis van de Notterdijk 14.",
    "~ Mijn vader boerde hier al voor de oorlog.",
    "~ Als de overweg dicht gaat moet ik elke dag",
    "~ 4 km omrijden met de trekker naar mijn land.",
    "~ Dat kost mij geld en tijd. Ik wil een tunnel",
    "~ of een vergoeding. Mijn buurman Herman Kolkman",
    "~ denkt er net zo over.",
    "~ Bel mij: 06-53 88 41 29",
    "",
    "~ Met groet,",
    "~ G.J. Nijhuis",
], engine="scan", producer="KONICA MINOLTA bizhub C300i", creator="", rotate=0.7,
    extra_redact=[("PERSON", "Gerrit Jan Nijhuis", ["Gerrit Jan Nijhuis", "Nijhuis"]),
                  ("ADDRESS", "Notterdijk 14", ["Notterdijk 14"]),
                  ("PERSON", "Marloes ter Avest", ["Ter Avest", "Avest"]),
                  ("PERSON", "Herman Kolkman", ["Herman Kolkman", "Kolkman"]),
                  ("PHONE", "06-53 88 41 29", ["06-53 88 41 29"])]),

Doc("ov28", "Presentielijst bewonersavond 24 maart (scan)", [
    "# Presentielijst bewonersavond overweg Veldkampsweg",
    "24 maart 2026 - Zalencentrum De Kroon",
    "",
    "Naam                          Straat              Handtekening",
    "~ Harm Jan Schuttenbeld      Notterdijk 3         H.J. Schuttenbeld",
    "~ Erwin Egberink             Zunaseweg 11         E. Egberink",
    "~ Johanna Rouwenhorst        Bullersdijk 9        J. Rouwenhorst",
    "~ Theo Brummelhuis           Kloosterhoekweg 17   Brummelhuis",
    "~ Koen Scholten              Hooidijk 4           K. Scholten",
    "~ Gert Wansink               Ypelostraat 44       Wansink",
    "~ Bennie Tijhuis             Notterdijk 8         B. Tijhuis",
    "~ Frank Nijenhuis            Zunaseweg 15         F. Nijenhuis",
    "",
    "Blad 1 van 6",
], engine="scan", producer="Canon iR-ADV C5535 PDF", creator="", rotate=-0.8,
    extra_redact=[("PERSON", "Harm Jan Schuttenbeld", ["Harm Jan Schuttenbeld", "Schuttenbeld"]),
                  ("PERSON", "Erwin Egberink", ["Erwin Egberink", "Egberink"]),
                  ("PERSON", "Johanna Rouwenhorst", ["Johanna Rouwenhorst", "Rouwenhorst"]),
                  ("PERSON", "Theo Brummelhuis", ["Theo Brummelhuis", "Brummelhuis"]),
                  ("PERSON", "Koen Scholten", ["Koen Scholten", "Scholten"]),
                  ("PERSON", "Gert Wansink", ["Gert Wansink", "Wansink"]),
                  ("PERSON", "Bennie Tijhuis", ["Bennie Tijhuis", "Tijhuis"]),
                  ("PERSON", "Frank Nijenhuis", ["Frank Nijenhuis", "Nijenhuis"]),
                  ("ADDRESS", "Notterdijk 3", ["Notterdijk 3"]), ("ADDRESS", "Zunaseweg 11", ["Zunaseweg 11"]),
                  ("ADDRESS", "Bullersdijk 9", ["Bullersdijk 9"]), ("ADDRESS", "Kloosterhoekweg 17", ["Kloosterhoekweg 17"]),
                  ("ADDRESS", "Hooidijk 4", ["Hooidijk 4"]), ("ADDRESS", "Ypelostraat 44", ["Ypelostraat 44"]),
                  ("ADDRESS", "Notterdijk 8", ["Notterdijk 8"]), ("ADDRESS", "Zunaseweg 15", ["Zunaseweg 15"])]),

Doc("ov29", "Brief LTO Noord met handgeschreven notitie (scan)", [
    "# LTO Noord - afdeling Wierden",
    "Aan: college van burgemeester en wethouders van Wierden",
    "Datum: 14 april 2026",
    "Betreft: opheffing overweg Veldkampsweg",
    "",
    "Geacht college,",
    "LTO Noord steunt de verbetering van de veiligheid op het spoor,",
    "maar vraagt om een route voor landbouwverkeer van",
    "minimaal 5,5 meter breed en een goede regeling voor",
    "nadeelcompensatie voor de getroffen bedrijven.",
    "Wij willen graag deelnemen aan de schouw.",
    "",
    "Met vriendelijke groet,",
    "Arjan Slot, bestuurder LTO Noord afdeling Wierden",
    "a.slot@ltonoord.nl",
    "",
    "~ Joost: graag reactie voor 1 mei, zie ook",
    "~ brief Oude Kempers. Groet, Marloes",
], engine="scan", producer="KONICA MINOLTA bizhub C300i", creator="", rotate=0.5,
    extra_redact=[("PERSON", "Arjan Slot", ["Arjan Slot", "Slot"]),
                  ("EMAIL", "a.slot@ltonoord.nl", ["a.slot@ltonoord.nl"]),
                  ("PERSON", "Joost van 't Hul", ["Joost"]),
                  ("PERSON", "Hennie Oude Kempers", ["Oude Kempers"]),
                  ("PERSON", "Marloes ter Avest", ["Marloes"])]),

Doc("ov30", "Vaststellingsovereenkomst nadeelcompensatie", [
    "# Vaststellingsovereenkomst nadeelcompensatie overweg Veldkampsweg",
    "Kenmerk ProRail: PR-2025-OVW-0417 / NC-03",
    "## Partijen",
    "1. ProRail B.V., gevestigd te Utrecht, Moreelsepark 3, hierbij vertegenwoordigd door de heer P.J. de Wilde, "
    "projectmanager, hierna: ProRail;",
    "2. de heer Gerrit Jan Nijhuis, geboren op 14 maart 1968, BSN 204815733, wonende aan de Notterdijk 14, 7645 PK "
    "Notter, gemeente Wierden, handelend als eigenaar van melkveebedrijf G.J. Nijhuis, hierna: de eigenaar.",
    "## Overwegingen",
    "- ProRail heft in het kader van het Landelijk Verbeterprogramma Overwegen de overweg Veldkampsweg (OW 54.210) op;",
    "- de eigenaar exploiteert percelen aan beide zijden van het spoor en ondervindt schade door omrijden;",
    "- de taxateur heeft op 18 juni 2026 de schade vastgesteld op EUR 46.500;",
    "## Afspraken",
    "1. ProRail betaalt de eigenaar een eenmalige vergoeding van EUR 46.500, binnen zes weken na ondertekening, op "
    "rekening NL63 RABO 0157 2290 48 ten name van G.J. Nijhuis.",
    "2. ProRail realiseert een parallelweg van 5,5 m breed langs het spoor tot de Ypeloweg.",
    "3. De eigenaar ziet af van verdere aanspraken op grond van de Spoorwegwet en de Omgevingswet.",
    "---",
    "4. Partijen houden de hoogte van de vergoeding vertrouwelijk, behoudens de Wet open overheid.",
    "5. Op deze overeenkomst is Nederlands recht van toepassing.",
    "",
    "Aldus overeengekomen en in tweevoud getekend te Wierden op 3 augustus 2026.",
    "| ProRail B.V. | De eigenaar |",
    "| P.J. de Wilde, projectmanager | G.J. Nijhuis |",
    "| (handtekening) | (handtekening) |",
    "Getuige bij ondertekening: Arjan Slot (LTO Noord)",
], engine="rl", producer="iText® 7.2.5 ©2000-2023 iText Group NV", creator="ProRail Contractbeheer"),

Doc("ov31", "Inspectierapport ALCAM overweg Veldkampsweg", [
    "# Inspectierapport overweg OW 54.210 Veldkampsweg",
    "ProRail Assetmanagement regio Oost | Inspectie: 9 februari 2026 | Rapport: INS-OW-2026-0212",
    "| Inspecteur | Noëlle Hoekstra (veiligheidskundige) |",
    "| Tweede inspecteur | Rutger Haverslag (aannemer VolkerRail, schouw) |",
    "| Baanvak | Almelo - Deventer, km 54,210 |",
    "| Type | niet-actief beveiligd (NABO), geen AHOB |",
    "## Bevindingen",
    "| Nr | Bevinding | Ernst |",
    "| 1 | Zichtlijn rechts 290 m, norm 420 m bij 140 km/u | hoog |",
    "| 2 | Overwegplateau 'ingezakt', kans op vastlopen landbouwvoertuigen | midden |",
    "| 3 | Borden 'Let op! Trein' verbleekt | laag |",
    "| 4 | Schoolkinderen steken in groepen over (ochtendspits) | hoog |",
    "## ALCAM",
    "De ALCAM-score is 31 (klasse hoog). De overweg behoort tot de top 10 van Twente. Advies: opheffen binnen het LVO, "
    "tot die tijd snelheid verlagen.",
    "Opgesteld: N. Hoekstra | Vrijgegeven: hoofd Assetmanagement Oost",
    "Contact: omgeving.oost@prorail.nl | 0800-7767724",
], engine="ttf", producer="iText® 7.2.5 ©2000-2023 iText Group NV", creator="ProRail Asset Informatie Systeem",
    extra_redact=[("PERSON", "Rutger Haverslag (contractor staff)", ["Rutger Haverslag", "Haverslag"])],
    extra_keep=[("ORG", "VolkerRail", ["VolkerRail"]), ("REF", "INS-OW-2026-0212", ["INS-OW-2026-0212"])]),

Doc("ov32", "Besluit op Woo-verzoek WOO-2026-031", [
    "# Gemeente Wierden",
    GEM,
    "",
    "De heer R.H. Stegeman",
    "Ypelostraat 61",
    "7642 GT Wierden",
    "",
    "Datum: 29 september 2026",
    "Ons kenmerk: WOO-2026-031",
    "Onderwerp: besluit op uw verzoek op grond van de Wet open overheid",
    "",
    "Geachte heer Stegeman,",
    "Op 2 september 2026 heeft u verzocht om openbaarmaking van documenten over de opheffing van de overweg "
    "Veldkampsweg. Bij brief van 4 september hebben wij de ontvangst bevestigd.",
    "## Besluit",
    "Wij maken 33 documenten (deels) openbaar. Zij staan op de inventarislijst in bijlage 1. ProRail, Trajectum "
    "Mobiliteit, LTO Noord en enkele omwonenden zijn in de gelegenheid gesteld een zienswijze te geven.",
    "## Overwegingen",
    "Persoonsgegevens (artikel 5.1, tweede lid, onder e, Woo). In de documenten staan namen, adressen, "
    "telefoonnummers, e-mailadressen en handtekeningen van ambtenaren, medewerkers van ProRail en van het "
    "adviesbureau, en van omwonenden en agrariërs. Het belang van eerbiediging van hun persoonlijke levenssfeer "
    "weegt zwaarder dan het belang van openbaarheid. Namen van de burgemeester, de wethouder, raadsleden, de "
    "gedeputeerde en de woordvoerder van ProRail maken wij wel openbaar.",
    "---",
    "Bijzondere persoonsgegevens (artikel 5.1, eerste lid, onder d, Woo). In twee documenten staan gegevens over de "
    "gezondheid van omwonenden; die maken wij niet openbaar.",
    "Identificatienummers (artikel 5.1, eerste lid, onder e, Woo). Het burgerservicenummer in de "
    "vaststellingsovereenkomst maken wij niet openbaar.",
    "Bedrijfsgegevens. Het bedrag van de nadeelcompensatie is niet vertrouwelijk meegedeeld in de zin van artikel 5.1, "
    "eerste lid, onder c, Woo en wordt openbaar gemaakt.",
    "## Bezwaar",
    "Tegen dit besluit kunt u binnen zes weken bezwaar maken bij ons college (Algemene wet bestuursrecht).",
    "",
    "Hoogachtend,",
    "het college van burgemeester en wethouders van Wierden,",
    "namens dezen,",
    "C.A. Olde Hengel",
    "juridisch adviseur informatiebeheer",
], engine="rl", producer="Aspose.Words for .NET 23.8.0", creator="Zaaksysteem Wierden"),

Doc("ov33", "Inventarislijst Woo-besluit WOO-2026-031", [
    "# Bijlage 1: inventarislijst WOO-2026-031",
    "| Nr | Document | Datum | Beoordeling | Grond |",
    "| 1 | Verzoek Woo | 02-09-2026 | deels openbaar | 5.1.2e |",
    "| 2 | Ontvangstbevestiging | 04-09-2026 | deels openbaar | 5.1.2e |",
    "| 3 | Uitnodiging bewonersavond | 12-03-2026 | deels openbaar | 5.1.2e |",
    "| 4 | Verslag bewonersavond | 24-03-2026 | deels openbaar | 5.1.2e |",
    "| 5 | Verslag informatieavond agrariërs | 26-03-2026 | deels openbaar | 5.1.2e |",
    "| 6 | Reactie bewoner Zunaseweg | 30-03-2026 | deels openbaar | 5.1.2e, 5.1.1d |",
    "| 7 | Reactie loonbedrijf | 06-04-2026 | deels openbaar | 5.1.2e |",
    "| 8-12 | Mail bewoner, brieven wethouder, mail ProRail | mrt-jun 2026 | deels openbaar | 5.1.2e |",
    "| 13-14 | Teams-chat, WhatsApp-export | mrt-jul 2026 | deels openbaar | 5.1.2e, 5.1.1d |",
    "| 15-16 | Verkeersonderzoek TM-2026-117 en tellingen | jul 2026 | deels openbaar | 5.1.2e |",
    "| 17-18 | Facturen notulist en catering | apr-jul 2026 | deels openbaar | 5.1.2e |",
    "| 19-20 | Petitie en aanbiedingsbrief | jul 2026 | deels openbaar | 5.1.2e |",
    "| 21 | Motie M-2026-14 | 07-07-2026 | openbaar | - |",
    "| 22-24 | Raadsvragen, beslisnota, persbericht | apr-sep 2026 | deels openbaar | 5.1.2e |",
    "| 25-29 | Reactieformulier, concept nieuwsbrief, scans | mrt-apr 2026 | deels openbaar | 5.1.2e, 5.1.1d |",
    "| 30 | Vaststellingsovereenkomst | 03-08-2026 | deels openbaar | 5.1.2e, 5.1.1e |",
    "| 31 | Inspectierapport ALCAM | 09-02-2026 | deels openbaar | 5.1.2e |",
    "| 32-33 | Besluit en inventarislijst | 29-09-2026 | openbaar | - |",
    "Opgesteld door het team Juridische Zaken, behandelaar COH. Vragen: woo@wierden.nl.",
], engine="rl", producer="Microsoft® Excel® voor Microsoft 365", creator="Microsoft® Excel® voor Microsoft 365"),
]
