"""Set RW documents 17-33: hearing, advice, decision on objection, inspection, Woo decision."""
from lib import Doc
from content_a import HDR

DOCS = [
Doc("rw17_verslag_hoorzitting", ttf=True, title="Verslag hoorzitting BZ-2026-031", producer="Microsoft® Word 2016", author="F. de Groot",
    lines=[
    "# Verslag hoorzitting bezwaarcommissie gemeente Rijnwaarde", "Zaak: BZ-2026-031 (bezwaren tegen OV-2026-0417)",
    "Datum: 9 juni 2026, 19.30 - 21.10 uur, Commissiekamer 2", "",
    "## Aanwezig",
    "Naam\tRol\tNamens",
    "«mr. H.A. Stellingwerf»\tvoorzitter\tbezwaarcommissie",
    "«drs. J. Baarsma»\tlid\tbezwaarcommissie",
    "«ing. R. Tjoa»\tlid\tbezwaarcommissie",
    "«F. de Groot-Saïdi»\tsecretaris\tbezwaarcommissie",
    "«G.M. ter Haar-Oosterveld»\tbezwaarmaker\tzichzelf",
    "«mr. P. Ramdin»\tgemachtigde\tDAS Rechtsbijstand",
    "«K. Yıldırım»\tbezwaarmaker\tzichzelf en echtgenote",
    "«H. de Wolff»\tbezwaarmaker\tzichzelf",
    "«R.J. van 't Hoff»\tvergunninghouder\tzichzelf",
    "«T. Brouwer»\tarchitect\tStudio Dakwerk Architecten",
    "«S. Kooistra»\tcasemanager\tcollege",
    "Afwezig met bericht: mevrouw «Ayşe Yıldırım», mevrouw «Ineke de Wolff-Kamphuis».", "",
    "## Opening",
    "De voorzitter opent de hoorzitting en legt uit dat de commissie onafhankelijk adviseert aan het college van burgemeester "
    "en wethouders. De hoorzitting is niet openbaar; van de zitting wordt een verslag gemaakt.",
    "## Toelichting bezwaarmakers",
    "Mevrouw «Ter Haar-Oosterveld» licht toe dat zij door haar ziekte veel thuis is en dat de dakkapel het licht in haar "
    "zolderkamer wegneemt. «Mr. Ramdin» stelt dat de bezonningsstudie onvolledig is omdat december ontbreekt, en dat het "
    "welstandsadvies geen schouw bevat. De heer «Yıldırım» wijst op het tuinhuis van 3,10 m naast zijn schutting. "
    "De heer «De Wolff» vraagt hoe het verbod op bewoning wordt gehandhaafd.",
    "<PB>",
    "## Reactie vergunninghouder en college",
    "De heer «Van 't Hoff» zegt dat het tuinhuis een werkruimte wordt voor zijn vrouw. De opmerking in de buurtapp over zijn "
    "schoonmoeder was een grap. De heer «Brouwer» biedt aan de bouwhoogte te verlagen naar 3,00 m. Mevrouw «Kooistra» "
    "licht toe dat het welstandsadvies een sneltoets is volgens de Welstandsnota Rijnwaarde 2024 en dat een schouw daarbij "
    "niet verplicht is. Zij erkent dat de omwonenden niet vooraf zijn geïnformeerd, hoewel dit was toegezegd.",
    "## Vragen van de commissie",
    "«Drs. Baarsma» vraagt of een bezonningsstudie voor 21 december is gemaakt. Dat is niet zo. «Ing. Tjoa» vraagt naar de "
    "afstand tot de erfgrens; die is 1,00 m.",
    "## Afspraken",
    "Actie\tWie\tWanneer",
    "Aanvullende bezonningsstudie 21 december aanleveren\t«TB»\t23 juni 2026",
    "Reactie op aanvulling\t«GtH» / «PR»\t7 juli 2026",
    "Concept-advies commissie\t«FdGS»\t21 juli 2026",
    "", "De voorzitter sluit de zitting om 21.10 uur.", "Vastgesteld: «H.A.S.» / secretaris «FdGS»",
    ]),
Doc("rw18_presentielijst_scan", kind="scan", title="Presentielijst hoorzitting (scan)", producer="KONICA MINOLTA bizhub C300i",
    creator="KONICA MINOLTA bizhub C300i", lines=[
    "# Presentielijst hoorzitting 9 juni 2026",
    "Zaak BZ-2026-031  -  Commissiekamer 2", "",
    "Naam\tNamens\tHandtekening",
    "«Gerda ter Haar»\tbezwaarmaker\t«G. ter Haar»",
    "«Priya Ramdin»\tDAS\t«P. Ramdin»",
    "«Kemal Yildirim»\tbezwaarmaker\t«K. Yildirim»",
    "«Henk de Wolff»\tbezwaarmaker\t«H. de Wolff»",
    "«Ruben van 't Hoff»\tvergunninghouder\t«R. van 't Hoff»",
    "«Thijs Brouwer»\tarchitect\t«T. Brouwer»",
    "«Sanne Kooistra»\tgemeente\t«S. Kooistra»",
    "", "Secretaris: «Femke de Groot-Saïdi»",
    ]),
Doc("rw19_advies_bezwaarcommissie", ttf=True, title="Advies bezwaarcommissie BZ-2026-031", producer="Microsoft® Word 2016",
    creator="Microsoft® Word 2016",
    outline=[("Advies - concept Hanneke Stolp", 0), ("Concept gecontroleerd door Marloes Vink", 0),
             ("Bijlage - vragen Ruud", 1)],
    hidden=[("outline", "Hanneke Stolp"), ("outline", "Marloes Vink"), ("outline", "Ruud")],
    lines=[
    "# Advies van de bezwaarcommissie", "Aan: het college van burgemeester en wethouders van de gemeente Rijnwaarde",
    "Kenmerk: BZ-2026-031", "Datum: 21 juli 2026", "",
    "## 1. Procedure",
    "Tegen de omgevingsvergunning OV-2026-0417 van 20 april 2026 zijn tijdig drie bezwaarschriften ingediend: door mevrouw "
    "«G.M. ter Haar-Oosterveld» (bijgestaan door «mr. P. Ramdin»), door de heer en mevrouw «Yıldırım» en door de heer en "
    "mevrouw «De Wolff». De hoorzitting vond plaats op 9 juni 2026.",
    "## 2. Ontvankelijkheid",
    "Alle bezwaarmakers wonen op een perceel dat aan het bouwperceel grenst en zijn belanghebbende in de zin van de "
    "Algemene wet bestuursrecht. De bezwaren zijn ontvankelijk.",
    "## 3. Beoordeling dakkapel",
    "De dakkapel voldoet aan de sneltoetscriteria van de Welstandsnota Rijnwaarde 2024. Het welstandsadvies WA-26-112 is "
    "deugdelijk gemotiveerd; een schouw is niet vereist. De aanvullende bezonningsstudie voor 21 december laat zien dat de "
    "zolderkamer van bezwaarmaakster in december tussen 13.30 en 14.15 uur extra schaduw krijgt. Gelet op het beperkte "
    "effect acht de commissie de belangenafweging van het college niet onredelijk. Zij heeft daarbij rekening gehouden met "
    "de persoonlijke omstandigheden die bezwaarmaakster ter zitting heeft genoemd.",
    "<PB>",
    "## 4. Beoordeling tuinhuis",
    "De bouwhoogte van 3,10 m wijkt af van het omgevingsplan. De vergunninghouder heeft ter zitting aangeboden de hoogte te "
    "verlagen naar 3,00 m. De commissie adviseert het besluit in zoverre te herroepen en de vergunning te verlenen voor een "
    "tuinhuis van 3,00 m, zodat geen afwijking nodig is. Het voorschrift dat bewoning verboden is, is handhaafbaar.",
    "## 5. Informatievoorziening",
    "Het college heeft toegezegd omwonenden vooraf te informeren, maar heeft dat niet gedaan. Dit raakt de rechtmatigheid "
    "van het besluit niet, maar de commissie beveelt aan de werkwijze van Team Vergunningen aan te passen.",
    "## 6. Advies",
    "De bezwaren van «Yıldırım» en «De Wolff» gegrond verklaren voor zover zij het tuinhuis betreffen; het bezwaar van "
    "«Ter Haar-Oosterveld» ongegrond verklaren voor zover het de dakkapel betreft.", "",
    "«mr. H.A. Stellingwerf», voorzitter    «F. de Groot-Saïdi», secretaris",
    ]),
Doc("rw20_beslisnota", ttf=True, title="Beslisnota besluit op bezwaar BN-2026-57", producer="Microsoft® Word for Microsoft 365",
    lines=[
    "# Beslisnota", "Aan: het college van burgemeester en wethouders", "Van: Team Juridische Zaken",
    "Kenmerk: BN-2026-57  |  BZ-2026-031", "Datum: 4 augustus 2026", "Portefeuillehouder: wethouder Vermeulen-Achterberg",
    "Contactpersoon: «D.J. Pauwels», «030 634 72 95», «dj.pauwels@rijnwaarde.nl»", "Kopie aan: Team Vergunningen", "",
    "## Aanleiding",
    "Tegen de omgevingsvergunning voor een dakkapel en tuinhuis aan de Lindenlaan zijn drie bezwaren gemaakt. De "
    "bezwaarcommissie heeft op 21 juli 2026 geadviseerd.",
    "## Geadviseerd besluit",
    "Aan het college wordt gevraagd: 1. het advies van de bezwaarcommissie over te nemen; 2. het besluit te herroepen voor "
    "zover het de bouwhoogte van het tuinhuis betreft; 3. bijgaande brieven aan bezwaarmakers vast te stellen.",
    "## Kern",
    "De dakkapel blijft vergund. Het tuinhuis wordt 3,00 m hoog. De vergunninghouder heeft hiermee ingestemd (e-mail van de "
    "heer «Brouwer» van 15 juli 2026).",
    "## Krachtenveld",
    "Mevrouw «Ter Haar-Oosterveld» heeft ook een Woo-verzoek ingediend (WOO-2026-0088) en heeft raadslid Ravensbergen benaderd; "
    "er zijn raadsvragen gesteld. Beroep bij de rechtbank Midden-Nederland is niet uitgesloten.",
    "<PB>",
    "## Parafen",
    "Naam\tFunctie\tParaaf\tDatum",
    "«D.J. Pauwels»\tjurist\t«DJP»\t04-08-2026",
    "«W. Brinkman»\tteamleider Vergunningen\t«WB»\t05-08-2026",
    "«M.C. Oudejans»\tmanager Ruimte\t«MCO»\t06-08-2026",
    "",
    "## Informatie die niet openbaar gemaakt kan worden",
    "Deze nota bevat persoonsgegevens van bezwaarmakers en ambtenaren.",
    "## Motivering",
    "In de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van ambtenaren en derden geanonimiseerd "
    "(artikel 5.1, tweede lid, aanhef en onder e, Woo).",
    ]),
Doc("rw21_besluit_op_bezwaar", ttf=True, title="Besluit op bezwaar BZ-2026-031", producer="Aspose.PDF for .NET 23.1", lines=HDR + [
    "Mevrouw «G.M. ter Haar-Oosterveld»", "p/a «mr. P. Ramdin», DAS Rechtsbijstand", "Postbus 23000, 1100 DM Amsterdam", "",
    "Datum: 11 augustus 2026", "Kenmerk: BZ-2026-031", "Onderwerp: besluit op bezwaar omgevingsvergunning dakkapel en tuinhuis", "",
    "Geachte mevrouw «Ter Haar-Oosterveld»,", "",
    "Wij hebben besloten over uw bezwaar tegen de omgevingsvergunning OV-2026-0417. Wij nemen het advies van de "
    "bezwaarcommissie van 21 juli 2026 over. Uw bezwaar tegen de dakkapel is ongegrond. De bezwaren tegen het tuinhuis "
    "zijn gegrond: de vergunning wordt herroepen voor zover een bouwhoogte van 3,10 m is toegestaan; het tuinhuis mag "
    "3,00 m hoog worden. Het advies en het verslag van de hoorzitting sturen wij mee.",
    "Bent u het niet eens met dit besluit, dan kunt u binnen zes weken beroep instellen bij de rechtbank Midden-Nederland.", "",
    "Hoogachtend,", "burgemeester en wethouders van Rijnwaarde,", "", "de secretaris,\t\tde burgemeester,",
    "«drs. A.M. Lindhout»\t\tburgemeester Oudshoorn", "",
    "Afschrift aan: de heer «R.J. van 't Hoff» (vergunninghouder), de heer en mevrouw «Yıldırım», de heer «H. de Wolff»",
    ]),
Doc("rw22_toezichtrapport", title="Controlerapport bouw Lindenlaan", producer="PDFpen 13.1", creator="PDFpen",
    notes=[(0, "Anouk Smit-El Idrissi", "foto 3 is onscherp, buurman Yildirim stond erbij, niet in dossier zetten"),
           (0, "Wouter Brinkman", "Overleg met Sanne, bel mij op 06-2255 9018")],
    hidden=[("annotations", "Anouk Smit-El Idrissi"), ("annotations", "Wouter Brinkman"), ("annotations", "Yildirim"),
            ("annotations", "06-2255 9018"), ("annotations", "Sanne")],
    lines=[
    "# Controlerapport bouw- en woningtoezicht", "Zaak: OV-2026-0417  |  controle 1 van 3", "Datum bezoek: 28 april 2026, 10.15 uur",
    "Toezichthouder: «A. Smit-El Idrissi» (code «TZ-07»)", "Aanwezig op locatie: de heer «Van 't Hoff» (vergunninghouder)", "",
    "## Bevindingen",
    "Er is een betonnen fundering gestort voor het tuinhuis in het achtererfgebied, afmetingen circa 3,00 x 4,50 m, "
    "afstand tot achterste erfgrens circa 1,05 m. De dakkapel is nog niet geplaatst; steigers staan aan de achtergevel. "
    "Het besluit van 20 april 2026 is verzonden; de bezwaartermijn loopt nog. Vergunninghouder is gewezen op het risico "
    "van bouwen voordat de vergunning onherroepelijk is.",
    "Er zijn 4 foto's gemaakt (opgeslagen in het zaaksysteem).",
    "## Conclusie",
    "Geen strijdigheid met de vergunning geconstateerd. Hercontrole na plaatsing dakkapel. Het dak van het tuinhuis krijgt "
    "een sedum dak; controleren op bouwhoogte 3,10 m (of lager na bezwaar).",
    "", "Toezichthouder Omgevingsdienst Utrecht-Oost (ODUO) in opdracht van de gemeente Rijnwaarde",
    ]),
Doc("rw23_constructieve_berekening", kind="docx", title="Constructieve berekening tuinhuis", producer="LibreOffice 7.6",
    creator="Writer", author="Ingrid van der Linden-Okafor", xmp_creator="I. van der Linden-Okafor",
    hidden=[("metadata", "I. van der Linden-Okafor"), ("metadata", "Ingrid van der Linden-Okafor")], lines=[
    "# Constructieve berekening - voorblad", "Project: tuinhuis en dakkapel, OV-2026-0417", "Opdrachtgever: Studio Dakwerk Architecten",
    "Uitgevoerd door: Bouwadvies Nieuwegein B.V., afdeling Woningbouw", "Berekeningsnummer: BN-C-26-0093", "",
    "Onderdeel\tUitgangspunt\tResultaat",
    "Dakkapel HSB-constructie\tsneeuwbelasting 0,56 kN/m2\tvoldoet",
    "Raveling spanten\t2x 71x171 mm gelamineerd\tvoldoet",
    "Tuinhuis sedum dak\tpermanente belasting 1,2 kN/m2\tvoldoet",
    "Fundering tuinhuis\tstrokenfundering op staal\tvoldoet", "",
    "De berekening is gemaakt volgens het Besluit bouwwerken leefomgeving (Bbl) en de Eurocodes. Contactpersoon voor "
    "vragen: de constructeur, via info@bouwadviesnieuwegein.nl of 030-600 44 00 (algemeen nummer).",
    ]),
Doc("rw24_mail_planning_hoorzitting", title="Planning hoorzitting", producer="Microsoft Outlook for Microsoft 365",
    creator="Microsoft Outlook", lines=[
    "Van: «de Groot-Saïdi, Femke» <«f.degroot-saidi@rijnwaarde.nl»>", "Verzonden: woensdag 20 mei 2026 14:03",
    "Aan: «Stellingwerf, Henk» <«ha.stellingwerf@bezwaarcommissie-rijnwaarde.nl»>; «Baarsma, Joke» <«j.baarsma@home.nl»>; «Tjoa, Ruud» <«ruud.tjoa@xs4all.nl»>",
    "CC: «Pauwels, Dirk-Jan» <«dj.pauwels@rijnwaarde.nl»>; bezwaar@rijnwaarde.nl",
    "Onderwerp: hoorzitting BZ-2026-031 dakkapel Lindenlaan - 9 juni", "",
    "Beste «Henk», «Joke» en «Ruud»,", "",
    "De hoorzitting over de dakkapel en het tuinhuis aan de Lindenlaan staat op dinsdag 9 juni om 19.30 uur in Commissiekamer 2. "
    "Let op: bezwaarmaakster heeft in haar bezwaarschrift medische informatie genoemd; die staat in het dossier onder bijlage 2. "
    "Haar gemachtigde is «mr. Ramdin» van DAS.",
    "«Joke», jij vroeg naar parkeren: de achteringang aan de Anne Frankstraat is na 18.00 uur open.", "",
    "Groet, «Femke»", "secretaris bezwaarcommissie", "«030 634 72 18» | «06-1122 8473»", "",
    "Van: «Baarsma, Joke» <«j.baarsma@home.nl»>", "Verzonden: dinsdag 19 mei 2026 20:11",
    "Aan: «de Groot-Saïdi, Femke» <«f.degroot-saidi@rijnwaarde.nl»>", "Onderwerp: RE: data juni", "",
    "Hoi «Femke», 9 juni kan ik. 16 juni ben ik in Den Haag. Groetjes, «Joke»",
    ]),
Doc("rw25_raadsvragen", title="Schriftelijke vragen dakkapellen", producer="iText® 7.2.5 ©2000-2023 iText Group NV", lines=HDR + [
    "# Schriftelijke vragen ex artikel 40 Reglement van orde", "Gesteld door: raadslid Ravensbergen (Lokaal Rijnwaarde)",
    "Datum: 15 juni 2026", "Onderwerp: informeren van omwonenden bij vergunningen voor dakkapellen", "",
    "Vraag 1: Klopt het dat bij een vergunning voor een dakkapel en tuinhuis aan de Lindenlaan de omwonenden niet vooraf zijn geïnformeerd?",
    "Antwoord: Ja. Het college heeft dit betreurd en in de hoorzitting van de bezwaarcommissie erkend.",
    "Vraag 2: Is het college bereid de werkwijze aan te passen?",
    "Antwoord: Ja. Team Vergunningen informeert direct omwonenden voortaan schriftelijk als een bouwplan afwijkt van het omgevingsplan.",
    "Vraag 3: Hoeveel bezwaren tegen dakkapellen zijn er in 2025 gemaakt?",
    "Antwoord: Elf, waarvan twee gegrond. Wij verwijzen ook naar de landelijke discussie die Kamerlid De Koning-Bos in "
    "Den Haag over vergunningvrij bouwen heeft aangezwengeld.", "",
    "Namens het college, wethouder Vermeulen-Achterberg (portefeuillehouder Ruimtelijke Ordening)",
    "Ambtelijk voorbereid door Team Vergunningen, informatie via info@rijnwaarde.nl.",
    ]),
Doc("rw26_telefoonnotitie_scan", kind="scan", ttf=True, title="Telefoonnotitie (scan)", producer="Xerox WorkCentre 7845",
    creator="Xerox WorkCentre 7845", lines=[
    "# Telefoonnotitie",
    "Datum: 13 februari 2026, 11.20 uur",
    "Aangenomen door: «Wouter Brinkman»",
    "Beller: mevrouw «Ter Haar», «Lindenlaan 16»",
    "Terugbelnummer: «06-41 27 88 93»", "",
    "Mevrouw belt over de dakkapel bij de buren.",
    "Zij heeft gezondheidsklachten en zit veel boven.",
    "Ze wil dat «Sanne» haar terugbelt vóór vrijdag.",
    "Ook de buurman «Kemal» maakt zich zorgen.", "",
    "Doorgezet naar: «S. Kooistra»",
    ]),
Doc("rw27_bezetting_team", title="Bezettingslijst Team Vergunningen", producer="Microsoft® Excel® for Microsoft 365",
    creator="Microsoft® Excel® for Microsoft 365", lines=[
    "# Bezettingslijst Team Vergunningen - week 19 (2026)", "Alleen voor intern gebruik. Publieksnummer: 14 030", "",
    "Naam\tFunctie\tPersoneelsnr.\tMobiel",
    "«Sanne Kooistra»\tcasemanager\t«P-40217»\t«06 1873 4420»",
    "«Wouter Brinkman»\tteamleider\t«P-38805»\t«06-2255 9018»",
    "«Anouk Smit-El Idrissi»\ttoezichthouder\t«P-41930»\t«06-4811 0376»",
    "«Dirk-Jan Pauwels»\tjurist\t«P-39112»\t«+31 (0)6 3301 7745»",
    "«Bas Hoekstra»\tWoo-coördinator\t«P-42008»\t«0031 6 5540 2391»",
    "«Lars van den Heuvel»\tvergunningverlener\t«P-42511»\t«06-7090 1166»",
    "«Yvonne Ngo»\tadministratief medewerker\t«P-37760»\t«030 634 71 00 toestel 212»", "",
    "Dienst\tma\tdi\two\tdo\tvr",
    "Balie\t«SK»\t«LvdH»\t«YN»\t«SK»\t«LvdH»",
    "Piket toezicht\t«ASEI»\t«ASEI»\t«WB»\t«ASEI»\t«WB»",
    "", "Functionele mailbox: vergunningen@rijnwaarde.nl  |  Storingen gemeentehuis: 0800-1351",
    ]),
Doc("rw28_mail_woo_status", title="Status Woo-verzoek", producer="Microsoft Outlook for Microsoft 365", creator="Microsoft Outlook",
    lines=[
    "Van: «Hoekstra, Bas» <«b.hoekstra@rijnwaarde.nl»>", "Verzonden: donderdag 2 april 2026 09:15",
    "Aan: «gerda.terhaar@ziggo.nl»", "CC: woo@rijnwaarde.nl", "Onderwerp: RE: status Woo-verzoek WOO-2026-0088", "",
    "Geachte mevrouw «Ter Haar-Oosterveld»,", "",
    "Wij verdagen de beslistermijn met twee weken omdat wij de vergunninghouders en de architect om een zienswijze hebben "
    "gevraagd. U ontvangt uiterlijk 14 april 2026 een besluit. Excuses voor het ongemak.", "",
    "Met vriendelijke groet,", "«Bas Hoekstra»", "Woo-coördinator | gemeente Rijnwaarde", "", "-----Oorspronkelijk bericht-----",
    "Van: «Gerda ter Haar» <«gerda.terhaar@ziggo.nl»>", "Verzonden: woensdag 1 april 2026 21:48", "Aan: woo@rijnwaarde.nl",
    "Onderwerp: status Woo-verzoek WOO-2026-0088", "",
    "Goedenavond, de termijn van vier weken is verstreken. Ik wil de stukken hebben vóór de hoorzitting. U kunt mij ook "
    "bellen op «0343 - 41 98 20» (vaste lijn). Mijn dochter «Lisanne» helpt mij met de e-mail.", "", "«Gerda»",
    ]),
Doc("rw29_zienswijzeverzoek_derde", title="Verzoek om zienswijze Woo", producer="Aspose.Words for .NET 23.4", lines=HDR + [
    "De heer «R.J. van 't Hoff» en mevrouw «M. van 't Hoff-Dijkstra»", "«Lindenlaan 14»", "«3991 KL» Rijnwaarde", "",
    "Datum: 17 maart 2026", "Kenmerk: WOO-2026-0088", "Onderwerp: verzoek om zienswijze over openbaarmaking", "",
    "Geachte heer en mevrouw «Van 't Hoff»,", "",
    "Wij hebben een verzoek op grond van de Wet open overheid ontvangen voor documenten over uw omgevingsvergunning "
    "OV-2026-0417. Een aantal documenten bevat informatie over u, zoals uw aanvraag, de tekeningen en de factuur van uw "
    "architect. Persoonsgegevens zoals uw naam, adres, telefoonnummer en BSN maken wij in elk geval niet openbaar "
    "(artikel 5.1, tweede lid, aanhef en onder e, Woo en artikel 5.1, eerste lid, onder e). Wij willen u vragen of u "
    "bezwaar heeft tegen openbaarmaking van de overige informatie.",
    "U kunt binnen twee weken reageren via woo@rijnwaarde.nl onder vermelding van WOO-2026-0088. Wij hebben dezelfde vraag "
    "gesteld aan Studio Dakwerk Architecten.", "",
    "Met vriendelijke groet,", "namens dezen,", "«B. Hoekstra»", "Woo-coördinator",
    ]),
Doc("rw30_persbericht_concept", kind="docx", title="Concept persbericht omwonenden", producer="LibreOffice 7.6", creator="Writer",
    author="", xmp_creator="Eline Vos-Zwaneveld", hidden=[("metadata", "Eline Vos-Zwaneveld")], lines=[
    "# CONCEPT - Persbericht gemeente Rijnwaarde", "Rijnwaarde informeert buren voortaan eerder over bouwplannen", "",
    "Vanaf 1 oktober 2026 informeert de gemeente Rijnwaarde direct omwonenden schriftelijk wanneer een bouwplan, zoals een "
    "dakkapel of tuinhuis, afwijkt van het omgevingsplan. Aanleiding zijn raadsvragen van raadslid Ravensbergen en een "
    "advies van de bezwaarcommissie.",
    "\"Buren horen het liefst van ons, niet van de steigerbouwer\", zegt wethouder Vermeulen-Achterberg. \"Met deze werkwijze "
    "willen we bezwaarprocedures voorkomen.\"",
    "Het Jan Wils Fonds, dat jaarlijks de Prix de Rome-achtige aanmoedigingsprijs voor kleine architectuur uitreikt, "
    "ondersteunt de voorlichtingscampagne over goede dakkapellen. In het Berlage-gebouw is in november een informatieavond.", "",
    "Noot voor de redactie: meer informatie via de afdeling Communicatie, 14 030 of info@rijnwaarde.nl.",
    "Tekst: afdeling Communicatie (concept, niet verspreiden; vragen aan «Eline»)",
    ]),
Doc("rw31_woo_besluit", title="Besluit op Woo-verzoek WOO-2026-0088", producer="Aspose.PDF for .NET 23.1", lines=HDR + [
    "Mevrouw «G.M. ter Haar-Oosterveld»", "«Lindenlaan 16»", "«3991 KL» Rijnwaarde", "",
    "Datum: 14 april 2026", "Kenmerk: WOO-2026-0088", "Onderwerp: besluit op uw Woo-verzoek", "",
    "Geachte mevrouw «Ter Haar-Oosterveld»,", "",
    "## 1. Uw verzoek",
    "Op 3 maart 2026 heeft u gevraagd om openbaarmaking van documenten over de omgevingsvergunning OV-2026-0417 voor een "
    "dakkapel en een tuinhuis aan de Lindenlaan.",
    "## 2. Zienswijzen",
    "De vergunninghouders en Studio Dakwerk Architecten hebben een zienswijze gegeven. Zij hebben geen bezwaar tegen "
    "openbaarmaking van de tekeningen, maar wel tegen openbaarmaking van hun persoonsgegevens en de factuur.",
    "## 3. Besluit",
    "Wij maken de documenten op de inventarislijst deels openbaar. Documenten die na uw verzoek zijn ontstaan, zoals de "
    "stukken van de hoorzitting, vallen buiten uw verzoek; wij zullen die actief openbaar maken.",
    "<PB>",
    "## 4. Weigeringsgronden",
    "Persoonsgegevens van ambtenaren die niet in de openbaarheid treden, van de vergunninghouders, de architect en andere "
    "omwonenden maken wij niet openbaar (5.1.2e). Het BSN van de aanvrager is gelakt (5.1.1e). Gezondheidsgegevens zijn "
    "bijzondere persoonsgegevens en worden niet openbaar gemaakt (5.1.1d). Namen van wethouder Vermeulen-Achterberg en "
    "burgemeester Oudshoorn blijven zichtbaar.",
    "## Informatie die niet openbaar gemaakt kan worden",
    "Persoonsgegevens, identificatienummers en gezondheidsgegevens.",
    "## Motivering",
    "In de openbaar gemaakte versie van de documenten zijn alle persoonsgegevens van ambtenaren en derden geanonimiseerd "
    "op grond van artikel 5.1, tweede lid, aanhef en onder e, Woo.", "",
    "Hoogachtend,", "burgemeester en wethouders van Rijnwaarde,", "namens dezen,", "",
    "«mr. C.E. Wagenaar-Tromp»", "teamleider Team Juridische Zaken", "",
    "Bezwaar: binnen zes weken bij ons college, Postbus 2000, 3990 DA Rijnwaarde, of via bezwaar@rijnwaarde.nl.",
    ]),
Doc("rw32_inventarislijst", title="Inventarislijst WOO-2026-0088", producer="Microsoft® Excel® for Microsoft 365",
    creator="Microsoft® Excel® for Microsoft 365", author="Bas Hoekstra", hidden=[("metadata", "Bas Hoekstra")], lines=[
    "# Inventarislijst Woo-verzoek WOO-2026-0088 (RWD-INV-0088)", "",
    "Nr\tDocument\tDatum\tBeoordeling\tGrond",
    "1\tAanvraag Omgevingsloket OLO 9812345\t05-02-2026\tdeels openbaar\t5.1.2e, 5.1.1e",
    "2\tBouwkundige omschrijving tekeningen\t02-02-2026\tdeels openbaar\t5.1.2e",
    "3\tFactuur architect 2026-014\t30-01-2026\tdeels openbaar\t5.1.2e",
    "4\tOntvangstbevestiging aanvraag\t09-02-2026\tdeels openbaar\t5.1.2e",
    "5\tTelefoonnotitie\t13-02-2026\tdeels openbaar\t5.1.2e, 5.1.1d",
    "6\tE-mailwisseling maatvoering\t17-02-2026\tdeels openbaar\t5.1.2e",
    "7\tWelstandsadvies WA-26-112\t24-02-2026\tdeels openbaar\t5.1.2e",
    "8\tWhatsApp buurtapp (ontvangen)\t12-03-2026\tdeels openbaar\t5.1.2e",
    "9\tZienswijzeverzoek derden\t17-03-2026\tdeels openbaar\t5.1.2e",
    "10\tBezettingslijst Team Vergunningen\t04-05-2026\tbuiten verzoek\t-",
    "", "Toelichting: documenten die zijn ontstaan na 3 maart 2026 vallen buiten het verzoek, behalve nr. 8 en 9.",
    "Vragen: woo@rijnwaarde.nl",
    ]),
Doc("rw33_juridische_notitie", kind="docx", title="Notitie welstand en afwijking tuinhuis", producer="LibreOffice 7.6",
    creator="Writer", lines=[
    "# Juridische notitie", "Van: «Dirk-Jan Pauwels» (Team Juridische Zaken)", "Aan: «Wouter Brinkman», «Sanne Kooistra»",
    "Datum: 2 juni 2026", "Onderwerp: houdbaarheid vergunning dakkapel en tuinhuis (BZ-2026-031)", "",
    "1. Het welstandsadvies WA-26-112 is een sneltoets volgens de Welstandsnota Rijnwaarde 2024. Een schouw is niet "
    "voorgeschreven. Het advies is kort maar kenbaar gemotiveerd; de Raad van State accepteert dat bij eenvoudige bouwplannen.",
    "2. De afwijking voor het tuinhuis (3,10 m in plaats van 3,00 m) is wel kwetsbaar. Het college heeft in het besluit "
    "niet gemotiveerd waarom de extra 10 cm nodig is. Mijn advies: de architect vragen of verlaging kan.",
    "3. Over de gezondheidssituatie van mevrouw «Ter Haar» («reumatoïde artritis») moeten wij terughoudend zijn: die "
    "informatie hoort niet in het besluit.",
    "4. Het niet informeren van omwonenden is een zorgvuldigheidsgebrek maar leidt niet tot vernietiging. «Sanne», "
    "kun je de toezegging van februari terugzoeken?",
    "5. Referentie: vergelijkbare zaak Van 't Hofflaan 9 (2024), daar werd het tuinhuis na bezwaar verlaagd.", "",
    "«DJP»",
    ]),
]
