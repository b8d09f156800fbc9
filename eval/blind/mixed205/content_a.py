"""Set RW documents 01-16: request, application, drawings, welstand, objections, decision."""
from lib import Doc

HDR = ["Gemeente Rijnwaarde", "Raadhuisplein 1  |  Postbus 2000  |  3990 DA Rijnwaarde  |  telefoon 14 030  |  www.rijnwaarde.nl", ""]

DOCS = [
Doc("rw01_woo_verzoek", ttf=True, title="Woo-verzoek dakkapel Lindenlaan", producer="Microsoft® Word for Microsoft 365",
    author="Gerda", lines=[
    "«G.M. ter Haar-Oosterveld»", "«Lindenlaan 16»", "«3991 KL» Rijnwaarde", "«gerda.terhaar@ziggo.nl»", "",
    "Aan het college van burgemeester en wethouders van de gemeente Rijnwaarde", "Postbus 2000", "3990 DA Rijnwaarde", "",
    "Rijnwaarde, 3 maart 2026", "", "Onderwerp: Woo-verzoek omgevingsvergunning dakkapel en tuinhuis " + "«Lindenlaan 14»", "",
    "Geacht college,", "",
    "Op grond van de Wet open overheid (Woo) verzoek ik u om openbaarmaking van alle documenten die betrekking hebben op "
    "de omgevingsvergunning OV-2026-0417 voor het plaatsen van een dakkapel op het achterdakvlak en een tuinhuis "
    "(bijbehorend bouwwerk) in het achtererfgebied van de woning van de familie «Van 't Hoff» aan de «Lindenlaan 14».",
    "Het gaat mij in het bijzonder om: de aanvraag met tekeningen van Studio Dakwerk Architecten, het welstandsadvies "
    "van Stichting Welstand Kromme Rijn, de interne e-mails en chatberichten van Team Vergunningen, de stukken van de "
    "hoorzitting van de bezwaarcommissie en de bezonningsstudie.",
    "Ik heb zelf een bezwaarschrift ingediend (BZ-2026-031). Mijn buurman, de heer «Kemal Yıldırım», steunt dit verzoek.",
    "Ik ben bereikbaar op «06-41 27 88 93» of per e-mail. Digitale verstrekking heeft mijn voorkeur.", "",
    "Met vriendelijke groet,", "", "«Gerda ter Haar-Oosterveld»",
    ]),
Doc("rw02_ontvangstbevestiging_woo", title="Ontvangstbevestiging Woo-verzoek WOO-2026-0088", producer="Aspose.Words for .NET 23.4",
    lines=HDR + [
    "Mevrouw «G.M. ter Haar-Oosterveld»", "«Lindenlaan 16»", "«3991 KL» Rijnwaarde", "",
    "Datum: 6 maart 2026", "Ons kenmerk: WOO-2026-0088", "Zaaknummer: Z/26/118240", "Behandeld door: «B. Hoekstra»", "",
    "Onderwerp: ontvangstbevestiging Woo-verzoek", "",
    "Geachte mevrouw «Ter Haar-Oosterveld»,", "",
    "Op 3 maart 2026 hebben wij uw verzoek op grond van de Wet open overheid ontvangen. Uw verzoek gaat over de "
    "omgevingsvergunning OV-2026-0417 voor een dakkapel en een tuinhuis. Wij hebben uw verzoek geregistreerd onder "
    "kenmerk WOO-2026-0088.",
    "Wij beslissen binnen vier weken na ontvangst. Deze termijn kunnen wij met twee weken verdagen. Omdat de stukken ook "
    "gegevens van derden bevatten, zullen wij de aanvrager van de vergunning in de gelegenheid stellen een zienswijze te geven.",
    "Heeft u vragen? Neem dan contact op met de Woo-coördinator via woo@rijnwaarde.nl of via telefoonnummer 14 030.", "",
    "Met vriendelijke groet,", "namens dezen,", "", "«Bas Hoekstra»", "Woo-coördinator gemeente Rijnwaarde",
    "T «030 634 71 40»  |  E «b.hoekstra@rijnwaarde.nl»",
    ]),
Doc("rw03_aanvraagformulier", title="Aanvraag omgevingsvergunning OLO 9812345", producer="iText® 7.2.5 ©2000-2023 iText Group NV",
    creator="Omgevingsloket", lines=[
    "# Aanvraag omgevingsvergunning - samenvatting", "Omgevingsloket  |  aanvraagnummer OLO 9812345  |  zaak OV-2026-0417", "",
    "Activiteit: bouwactiviteit (technisch) en omgevingsplanactiviteit", "Bouwwerk 1: dakkapel op achterdakvlak, breedte 4,20 m, hoogte 1,65 m",
    "Bouwwerk 2: tuinhuis / bijbehorend bouwwerk 3,00 x 4,50 m, bouwhoogte 3,10 m, sedum dak", "Locatie: kadastraal Rijnwaarde sectie C nummer 2291",
    "Gemachtigde: Studio Dakwerk Architecten", "", "Onderstaande velden zijn door de aanvrager ingevuld in het Omgevingsloket:",
    ], form=[("aanvrager", "Naam aanvrager", "R.J. van 't Hoff"), ("adres", "Adres aanvrager", "Lindenlaan 14, 3991 KL Rijnwaarde"),
             ("bsn", "BSN aanvrager", "183204571"), ("tel", "Telefoon aanvrager", "06 58 31 22 07"),
             ("mail", "E-mail aanvrager", "ruben.vanthoff@kpnmail.nl"), ("geb", "Geboortedatum", "14-08-1981"),
             ("mede", "Mede-eigenaar", "Marieke van 't Hoff-Dijkstra")],
    hidden=[("annotations", "R.J. van 't Hoff"), ("annotations", "183204571"), ("annotations", "06 58 31 22 07"),
            ("annotations", "ruben.vanthoff@kpnmail.nl"), ("annotations", "14-08-1981"),
            ("annotations", "Marieke van 't Hoff-Dijkstra"), ("annotations", "Lindenlaan 14, 3991 KL Rijnwaarde")]),
Doc("rw04_tekeningenomschrijving", kind="docx", title="Bouwkundige omschrijving tekeningen", creator="Writer",
    producer="LibreOffice 7.6", author="Thijs Brouwer", lines=[
    "# Bouwkundige omschrijving bij tekeningen", "Project: dakkapel en tuinhuis, zaak OV-2026-0417",
    "Opdrachtgever: «R.J. van 't Hoff» en «M. van 't Hoff-Dijkstra»", "Ontwerp: Studio Dakwerk Architecten, «ir. T. Brouwer»",
    "Constructeur: Bouwadvies Nieuwegein B.V., «ing. I. van der Linden-Okafor»", "",
    "## Tekeningenlijst",
    "Blad\tOmschrijving\tSchaal\tDatum",
    "A-01\tSituatie en kadastrale ligging\t1:500\t12-01-2026",
    "A-02\tPlattegrond zolder bestaand / nieuw\t1:50\t12-01-2026",
    "A-03\tAchtergevel met dakkapel\t1:50\t19-01-2026",
    "A-04\tDoorsnede A-A dakkapel\t1:20\t19-01-2026",
    "A-05\tTuinhuis plattegrond, gevels\t1:50\t26-01-2026",
    "A-06\tBezonningsstudie 21 maart / 21 juni\t-\t02-02-2026",
    "## Dakkapel",
    "De dakkapel wordt geplaatst op het achterdakvlak, 1,00 m uit de zijdelingse perceelsgrens met «Lindenlaan 16». "
    "De onderzijde ligt 0,60 m boven de goot, de bovenzijde 0,55 m onder de nok, zodat de nokhoogte niet wijzigt. "
    "De HSB-constructie wordt bekleed met Rockpanel in antracietgrijs (RAL 7016); de boeiboord krijgt een zinken kraal. "
    "Kozijnen in hout, HR++ glas met een U-waarde van 1,1 W/m2K.",
    "<PB>",
    "## Tuinhuis",
    "Het tuinhuis is een bijbehorend bouwwerk in het achtererfgebied, 3,00 x 4,50 m, goothoogte 2,70 m en bouwhoogte 3,10 m, "
    "met een sedum dak. Het staat op 1,00 m van de achterste perceelsgrens met de tuin van de familie «De Wolff». "
    "Het bouwwerk is volgens de opdrachtgever bedoeld als werkruimte; de oorspronkelijke schets toonde een slaapvide.",
    "## Bezonning",
    "Uit de bezonningsstudie (blad A-06) blijkt dat de schaduwwerking op de tuin van «Lindenlaan 16» op 21 maart tussen "
    "15.00 en 16.30 uur toeneemt. Op 21 juni is er geen extra schaduw op het terras.",
    "## Contact", "Vragen over de tekeningen: «Thijs Brouwer», «06-2890 1144», «thijs@studiodakwerk.nl».",
    "Voor het bouwkundig detail verwijzen wij naar de referentie Rietveld Schröderhuis (kleurgebruik kozijnen).",
    ]),
Doc("rw05_factuur_architect", title="Factuur 2026-014", producer="PDFpen 13.1", creator="Pages", ttf=True, lines=[
    "# Studio Dakwerk Architecten", "«ir. Thijs Brouwer»  -  eenmanszaak", "«Pieter de Hooghstraat 7», «3523 TN» Utrecht",
    "KvK «81234567»  |  btw «NL001234567B45»", "IBAN «NL42 RABO 0312 4567 89»  |  «06-2890 1144»  |  «thijs@studiodakwerk.nl»", "",
    "Factuur 2026-014", "Datum: 30 januari 2026", "",
    "Aan: «dhr. R.J. van 't Hoff»", "«Lindenlaan 14»", "«3991 KL» Rijnwaarde", "",
    "Omschrijving\tUren\tTarief\tBedrag",
    "Schetsontwerp dakkapel en tuinhuis\t6\t€ 85,00\t€ 510,00",
    "Tekeningen A-01 t/m A-05\t11\t€ 85,00\t€ 935,00",
    "Bezonningsstudie A-06\t3\t€ 85,00\t€ 255,00",
    "Indienen Omgevingsloket\t1\t€ 85,00\t€ 85,00",
    "Subtotaal\t\t\t€ 1.785,00", "Btw 21%\t\t\t€ 374,85", "Totaal\t\t\t€ 2.159,85", "",
    "Gelieve binnen 14 dagen over te maken onder vermelding van factuur 2026-014.",
    "Deze factuur zat als bijlage bij de aanvraag OV-2026-0417 (kostenopgave voor de leges).",
    ]),
Doc("rw06_ontvangst_aanvraag", title="Ontvangstbevestiging aanvraag OV-2026-0417", producer="Aspose.PDF for .NET 23.1",
    lines=HDR + [
    "De heer «R.J. van 't Hoff» en mevrouw «M. van 't Hoff-Dijkstra»", "«Lindenlaan 14»", "«3991 KL» Rijnwaarde", "",
    "Datum: 9 februari 2026", "Zaaknummer: OV-2026-0417", "Onderwerp: ontvangstbevestiging aanvraag omgevingsvergunning", "",
    "Geachte heer en mevrouw «Van 't Hoff»,", "",
    "Wij hebben op 5 februari 2026 via het Omgevingsloket uw aanvraag ontvangen voor het plaatsen van een dakkapel en "
    "het bouwen van een tuinhuis. Uw gemachtigde is Studio Dakwerk Architecten. De aanvraag wordt behandeld volgens de "
    "reguliere procedure van de Omgevingswet; de beslistermijn is acht weken.",
    "Wij vragen advies aan Stichting Welstand Kromme Rijn over de redelijke eisen van welstand (Welstandsnota Rijnwaarde 2024). "
    "Omdat de dakkapel dicht bij de perceelsgrens ligt, informeren wij ook de direct omwonenden.",
    "Uw casemanager is mevrouw «S. Kooistra». U kunt haar bereiken via vergunningen@rijnwaarde.nl of telefoonnummer 14 030.", "",
    "Met vriendelijke groet,", "", "namens dezen,", "«Sanne Kooistra»", "casemanager Team Vergunningen",
    ]),
Doc("rw07_mail_maatvoering", title="RE: OV-2026-0417 maatvoering dakkapel", producer="Microsoft Outlook for Microsoft 365",
    creator="Microsoft Outlook", author="Kooistra, Sanne", lines=[
    "Van: «Kooistra, Sanne» <«s.kooistra@rijnwaarde.nl»>", "Verzonden: dinsdag 17 februari 2026 10:42",
    "Aan: «Thijs Brouwer» <«thijs@studiodakwerk.nl»>", "CC: «Brinkman, Wouter» <«w.brinkman@rijnwaarde.nl»>; vergunningen@rijnwaarde.nl",
    "Onderwerp: RE: OV-2026-0417 maatvoering dakkapel", "",
    "Hoi «Thijs»,", "",
    "Dank voor de aangepaste tekening A-03. De afstand tot de nok is nu 0,55 m; dat voldoet. Voor het tuinhuis is de "
    "bouwhoogte van 3,10 m wel een punt: in het omgevingsplan is in het achtererfgebied vergunningvrij 3,00 m toegestaan. "
    "Wij moeten dus afwijken. Kun je de goothoogte nog in de doorsnede zetten?",
    "Ik heb «Wouter» in de CC gezet omdat de buurvrouw van nummer 16 al twee keer gebeld heeft.", "",
    "Groet,", "«Sanne Kooistra»", "casemanager Team Vergunningen | gemeente Rijnwaarde", "M «06 1873 4420»", "",
    "-----Oorspronkelijk bericht-----",
    "Van: «Thijs Brouwer» <«thijs@studiodakwerk.nl»>", "Verzonden: maandag 16 februari 2026 17:05",
    "Aan: «Kooistra, Sanne» <«s.kooistra@rijnwaarde.nl»>", "Onderwerp: OV-2026-0417 maatvoering dakkapel", "",
    "Beste «Sanne»,",
    "In de bijlage de nieuwe A-03. De opdrachtgever (mevrouw «Van 't Hoff-Dijkstra») wil graag de breedte van 4,20 m "
    "behouden; ze werkt thuis en heeft de ruimte nodig. Het tuinhuis verlagen kan, maar liever niet.",
    "<PB>",
    "Als het helpt kan ik de bezonningsstudie opnieuw laten doorrekenen door «Ingrid» van Bouwadvies Nieuwegein B.V.",
    "", "Met vriendelijke groet,", "«ir. T. Brouwer»", "Studio Dakwerk Architecten", "«06-2890 1144»", "",
    "-----Oorspronkelijk bericht-----",
    "Van: «Brinkman, Wouter» <«w.brinkman@rijnwaarde.nl»>", "Verzonden: maandag 16 februari 2026 09:12",
    "Aan: «Kooistra, Sanne» <«s.kooistra@rijnwaarde.nl»>", "Onderwerp: buurvrouw Lindenlaan", "",
    "«San», mevrouw «Ter Haar» belde weer, zie notitie in het zaaksysteem. Zij vindt dat de dakkapel haar zolderraam "
    "blokkeert. Graag netjes uitleggen dat ze na het besluit bezwaar kan maken. Ik ben morgen op de Pieter Zeemanweg "
    "(depot) en bereikbaar op «06-2255 9018».", "", "«W.»",
    ]),
Doc("rw08_welstandsadvies", ttf=True, title="Welstandsadvies WA-26-112", producer="Nitro Pro 13.70.2.40",
    creator="Nitro Pro", author="Zoë Ménard", hidden=[("metadata", "Zoë Ménard")], lines=[
    "# Stichting Welstand Kromme Rijn", "Adviesnummer: WA-26-112  |  zaak OV-2026-0417  |  gemeente Rijnwaarde", "",
    "Vergadering: 24 februari 2026, kamer Oude Dorp", "Rayonarchitect: «Jiří Novák»", "Secretariaat: secretariaat@welstandkrommerijn.nl", "",
    "## Plan", "Dakkapel op het achterdakvlak en tuinhuis met sedum dak, ontwerp Studio Dakwerk Architecten.",
    "## Toetsing",
    "Het plan is getoetst aan de Welstandsnota Rijnwaarde 2024, gebiedstype Oude Dorp en de sneltoetscriteria voor "
    "dakkapellen. De dakkapel blijft ruim onder de nok en voldoende uit de goot. De breedte van 4,20 m is meer dan de helft "
    "van het dakvlak, maar de geleding met drie kozijnen en de antracietgrijze Rockpanel-bekleding met zinken kraal maken "
    "de massa rustig. Het tuinhuis is ondergeschikt aan de hoofdbouw.",
    "## Advies",
    "Akkoord, mits de zijwangen worden uitgevoerd in dezelfde kleur als het dak (RAL 7016) en de kozijnen niet wit worden "
    "geschilderd. De rayonarchitect heeft het plan op 20 februari 2026 met de architect, de heer «Brouwer», besproken.",
    "", "Namens de commissie,", "«J. Novák», rayonarchitect", "«Z. Ménard», secretaris",
    "Het volledige advies is opgenomen in het dossier van de gemeente Rijnwaarde.",
    ]),
Doc("rw09_bezwaar_terhaar", ttf=True, title="Bezwaarschrift", producer="Microsoft® Word 2019", author="gterhaar", hidden=[("metadata", "gterhaar")],
    lines=[
    "«G.M. ter Haar-Oosterveld»", "«Lindenlaan 16»", "«3991 KL» Rijnwaarde", "Telefoon: «06-41 27 88 93»", "",
    "Aan het college van burgemeester en wethouders van de gemeente Rijnwaarde", "t.a.v. de bezwaarcommissie", "Postbus 2000, 3990 DA Rijnwaarde", "",
    "Rijnwaarde, 28 april 2026", "Betreft: bezwaarschrift tegen omgevingsvergunning OV-2026-0417", "",
    "Geachte commissie,", "",
    "Hierbij maak ik bezwaar tegen het besluit van 20 april 2026 waarbij aan «de heer R.J. van 't Hoff» een "
    "omgevingsvergunning is verleend voor een dakkapel en een tuinhuis op het perceel «Lindenlaan 14».",
    "## Gronden",
    "1. De dakkapel van 4,20 m breed neemt licht weg uit mijn zolderkamer. De bezonningsstudie gaat alleen uit van 21 maart "
    "en 21 juni en niet van de wintermaanden.",
    "2. Het tuinhuis is hoger dan wat het omgevingsplan vergunningvrij toestaat. Ik vrees dat het als logiesruimte wordt "
    "gebruikt; in de buurtapp schreef mevrouw «Van 't Hoff» dat haar moeder er misschien komt wonen.",
    "3. Het welstandsadvies is door één rayonarchitect gegeven zonder schouw ter plaatse.",
    "4. Ik ben pas na het besluit geïnformeerd, terwijl de casemanager dat in februari al had toegezegd.",
    "<PB>",
    "## Persoonlijke omstandigheden",
    "Ik ben sinds 2024 arbeidsongeschikt door «reumatoïde artritis» en breng veel tijd door op mijn zolderkamer, die ik als "
    "hobbyruimte gebruik. Daglicht is voor mij belangrijk. Mijn huisarts, «dokter P. Verschoor», kan dit bevestigen.",
    "Ik wil graag gehoord worden. Op woensdagen ben ik verhinderd. Ik word bijgestaan door «mr. Priya Ramdin» van "
    "DAS Rechtsbijstand (dossier 26-44871).", "",
    "Hoogachtend,", "", "«G.M. ter Haar-Oosterveld»", "",
    "Bijlagen: foto's zolderraam (3), kopie besluit OV-2026-0417, schermafdruk WhatsApp buurtapp",
    ]),
Doc("rw10_bezwaar_yildirim", kind="scan", title="Bezwaar Yildirim (scan)", creator="Canon iR-ADV C5840 MFP",
    producer="Canon iR-ADV C5840 PDF", lines=[
    "# Bezwaar tegen vergunning dakkapel",
    "Van: «Kemal Yildirim» en «Ayse Yildirim»",
    "Adres: «Lindenlaan 12», Rijnwaarde",
    "Telefoon: «0613579246»",
    "", "Rijnwaarde, 30 april 2026", "",
    "Geachte heer, mevrouw,", "",
    "Wij maken bezwaar tegen de vergunning voor de dakkapel",
    "en het tuinhuis bij onze buren op nummer 14.",
    "Het tuinhuis komt vlak naast onze schutting en",
    "wij kijken straks tegen een muur van 3 meter aan.",
    "Onze zoon «Emre» heeft zijn kamer aan de tuinkant.",
    "Wij sluiten ons aan bij het bezwaar van mevrouw «Ter Haar».", "",
    "Met vriendelijke groet,", "", "«K. Yildirim»",
    ]),
Doc("rw11_bezwaar_dewolff", title="Bezwaar De Wolff per e-mail", producer="Microsoft Outlook for Microsoft 365",
    creator="Microsoft Outlook", lines=[
    "Van: «H. de Wolff» <«hdewolff58@gmail.com»>", "Verzonden: vrijdag 1 mei 2026 22:17",
    "Aan: bezwaar@rijnwaarde.nl", "Onderwerp: bezwaar tegen vergunning tuinhuis achter onze tuin (OV-2026-0417)", "",
    "Geachte heer/mevrouw,", "",
    "Namens mijn vrouw «Ineke de Wolff-Kamphuis» en mijzelf maak ik bezwaar tegen het tuinhuis dat achter onze tuin aan "
    "de «Beukenhof 3» gebouwd mag worden. Het sedum dak is mooi, maar 3,10 m bouwhoogte op 1 meter van de erfgrens is te veel. "
    "Wij hebben van de aanvragers nooit een tekening gezien. Wij zijn ook bang voor geluidsoverlast als het een werkruimte wordt.",
    "Wij willen graag op de hoorzitting komen. Ik ben het beste bereikbaar op «0343-45 12 87» (na 17 uur).", "",
    "Met vriendelijke groet,", "«Henk de Wolff»", "«Beukenhof 3», «3991 KM» Rijnwaarde", "",
    "Verzonden vanaf mijn iPad",
    ]),
Doc("rw12_besluit_vergunning", title="Besluit omgevingsvergunning OV-2026-0417", producer="Aspose.PDF for .NET 23.1",
    lines=HDR + [
    "Aan: de heer «R.J. van 't Hoff»", "«Lindenlaan 14»", "«3991 KL» Rijnwaarde", "",
    "Datum: 20 april 2026", "Zaaknummer: OV-2026-0417", "Onderwerp: besluit op uw aanvraag omgevingsvergunning", "",
    "Geachte heer «Van 't Hoff»,", "",
    "## Besluit",
    "Het college van burgemeester en wethouders van de gemeente Rijnwaarde besluit de omgevingsvergunning te verlenen voor "
    "de bouwactiviteit (technisch) en de omgevingsplanactiviteit voor het plaatsen van een dakkapel en het bouwen van een "
    "tuinhuis op het perceel kadastraal Rijnwaarde sectie C nummer 2291.",
    "## Overwegingen",
    "Het bouwplan voldoet aan het Besluit bouwwerken leefomgeving (Bbl). De bouwhoogte van het tuinhuis (3,10 m) wijkt af "
    "van het omgevingsplan; wij verlenen daarvoor een vergunning voor een omgevingsplanactiviteit op grond van artikel 4.4 "
    "van de regels van het omgevingsplan. Stichting Welstand Kromme Rijn heeft positief geadviseerd (WA-26-112) onder "
    "voorwaarden, die wij als voorschrift aan de vergunning verbinden.",
    "Over de schaduwwerking: uit de bezonningsstudie blijkt dat de woning van de buren op nummer 16 op 21 maart minder dan "
    "twee uur extra schaduw krijgt. Dit achten wij aanvaardbaar.",
    "<PB>",
    "## Voorschriften",
    "1. De zijwangen van de dakkapel worden uitgevoerd in RAL 7016. 2. Het tuinhuis mag niet worden gebruikt voor bewoning. "
    "3. De start van de bouw wordt twee dagen vooraf gemeld via vergunningen@rijnwaarde.nl.",
    "## Bezwaar",
    "Belanghebbenden kunnen binnen zes weken na verzending bezwaar maken bij ons college, Postbus 2000, 3990 DA Rijnwaarde, "
    "of via bezwaar@rijnwaarde.nl (artikel 7:2 Awb en verder).", "",
    "Hoogachtend,", "burgemeester en wethouders van Rijnwaarde,", "namens dezen,", "",
    "«W. Brinkman»", "teamleider Team Vergunningen", "", "Behandeld door: «S. Kooistra», «s.kooistra@rijnwaarde.nl»",
    "Kopie aan: Studio Dakwerk Architecten (gemachtigde)",
    ]),
Doc("rw13_teams_chat", title="Teams-chat vergunningen Lindenlaan", producer="Microsoft: Print To PDF", creator="Microsoft Teams",
    ttf=True, lines=[
    "# Teams - chat: Lindenlaan 14 (export 12-05-2026)", "Deelnemers: «Sanne Kooistra», «Wouter Brinkman», «Anouk Smit-El Idrissi», «Dirk-Jan Pauwels»", "",
    "[04-05-2026 08:51] «Sanne Kooistra»: morgen. Er zijn drie bezwaren binnen op de dakkapel. Wie pakt de hoorzitting?",
    "[04-05-2026 08:53] «Dirk-Jan Pauwels»: ik, zet maar in de planning van de bezwaarcommissie. Juni?",
    "[04-05-2026 08:55] «Wouter Brinkman»: graag. NB mevrouw «Ter Haar» heeft ook een Woo-verzoek lopen, «Bas» heeft het",
    "[04-05-2026 09:02] «Anouk Smit-El Idrissi»: ik ben er vorige week langs geweest, ze zijn al begonnen met de fundering van het tuinhuis",
    "[04-05-2026 09:03] «Sanne Kooistra»: serieus? vergunning is nog niet onherroepelijk",
    "[04-05-2026 09:05] «Anouk Smit-El Idrissi»: mag op eigen risico. wel foto's gemaakt, zet ik in het dossier",
    "[04-05-2026 09:11] «Dirk-Jan Pauwels»: @«Sanne» kun je de bezonningsstudie en het welstandsadvies naar mij sturen",
    "[04-05-2026 09:12] «Sanne Kooistra»: 👍",
    "[04-05-2026 09:40] «Wouter Brinkman»: ik heb wethouder Vermeulen-Achterberg even bijgepraat, ze wil geen verrassingen",
    "[04-05-2026 09:41] «Dirk-Jan Pauwels»: snap ik. «DJ» is vanaf 15 mei weg, «Femke» regelt dan de uitnodigingen",
    "[04-05-2026 09:44] «Anouk Smit-El Idrissi»: mijn nummer voor de buren als ze bellen: «06-4811 0376»",
    ]),
Doc("rw14_whatsapp_buurtapp", title="Bijlage bezwaar: WhatsApp buurtapp", producer="Skia/PDF m120", creator="Chromium",
    ttf=True, lines=[
    "# WhatsApp-chat met Buurtapp Lindenlaan (schermafdruk, bijlage bij bezwaarschrift)", "",
    "12-03-26 19:02 - «Marieke»: Hoi buren! Even een heads-up: we gaan een dakkapel plaatsen en achterin een tuinhuis bouwen 🙂",
    "12-03-26 19:05 - «Gerda»: Hoe groot wordt die dakkapel? Ik heb al zo weinig licht boven",
    "12-03-26 19:07 - «Marieke»: 4,20 breed, maar de architect heeft een bezonningsstudie gedaan",
    "12-03-26 19:09 - «Kemal Y.»: En het tuinhuis? Komt dat tegen onze schutting?",
    "12-03-26 19:15 - «Marieke»: Ja ongeveer. Misschien komt mijn moeder er later wonen, we zien wel",
    "12-03-26 19:16 - «Ruub»: Het is een werkruimte hoor, geen woning 😅",
    "12-03-26 19:30 - «Henk dW»: Wij zien graag eerst de tekening",
    "12-03-26 19:31 - «Gerda»: Ik ga hier bezwaar tegen maken. Mijn nummer voor wie wil meedoen: «06-41 27 88 93»",
    "12-03-26 19:40 - «Ayşe»: Wij doen mee",
    "13-03-26 07:58 - «Marieke»: Jammer dit. Bel ons gewoon even: «06 29 77 40 18»",
    "", "Deze schermafdruk is door mevrouw «Ter Haar-Oosterveld» bij haar bezwaarschrift gevoegd.",
    ]),
Doc("rw15_ontvangst_bezwaar", ttf=True, title="Ontvangstbevestiging bezwaar BZ-2026-031", producer="Aspose.Words for .NET 23.4",
    lines=HDR + [
    "Mevrouw «G.M. ter Haar-Oosterveld»", "«Lindenlaan 16»", "«3991 KL» Rijnwaarde", "",
    "Datum: 4 mei 2026", "Ons kenmerk: BZ-2026-031", "Onderwerp: ontvangstbevestiging bezwaarschrift", "",
    "Geachte mevrouw «Ter Haar-Oosterveld»,", "",
    "Wij hebben uw bezwaarschrift van 28 april 2026 tegen de omgevingsvergunning OV-2026-0417 ontvangen. Ook de heer en "
    "mevrouw «Yıldırım» en de heer «De Wolff» hebben bezwaar gemaakt; de bezwaren worden samen behandeld onder kenmerk "
    "BZ-2026-031.",
    "Uw bezwaarschrift wordt voorgelegd aan de onafhankelijke bezwaarcommissie van de gemeente Rijnwaarde. U ontvangt een "
    "uitnodiging voor de hoorzitting. Wij hebben kennisgenomen van uw gemachtigde, «mr. P. Ramdin».",
    "De beslistermijn is twaalf weken na afloop van de bezwaartermijn (artikel 7:10 Awb).", "",
    "Met vriendelijke groet,", "namens dezen,", "", "«mr. D.J. Pauwels»", "jurist Team Juridische Zaken",
    "Telefoon «030 634 72 95», e-mail «dj.pauwels@rijnwaarde.nl»",
    ]),
Doc("rw16_uitnodiging_hoorzitting", ttf=True, title="Uitnodiging hoorzitting BZ-2026-031", producer="Microsoft® Word for Microsoft 365",
    lines=HDR + [
    "Aan: belanghebbenden bij bezwaar BZ-2026-031", "", "Datum: 22 mei 2026", "Onderwerp: uitnodiging hoorzitting bezwaarcommissie", "",
    "Geachte heer, mevrouw,", "",
    "De bezwaarcommissie nodigt u uit voor de hoorzitting over de bezwaren tegen de omgevingsvergunning voor een dakkapel "
    "en tuinhuis (OV-2026-0417).",
    "Datum en tijd: dinsdag 9 juni 2026, 19.30 uur", "Plaats: Commissiekamer 2, Raadhuisplein 1, Rijnwaarde", "",
    "Uitgenodigd zijn: mevrouw «G.M. ter Haar-Oosterveld» met haar gemachtigde «mr. P. Ramdin»; de heer en mevrouw "
    "«Yıldırım»; de heer en mevrouw «De Wolff»; de vergunninghouders «R.J. van 't Hoff» en «M. van 't Hoff-Dijkstra» met "
    "hun architect; namens het college mevrouw «S. Kooistra» (casemanager).",
    "Commissie: «mr. H.A. Stellingwerf» (voorzitter), «drs. J. Baarsma» en «ing. R. Tjoa» (leden); secretaris "
    "«mevrouw F. de Groot-Saïdi».",
    "Wilt u uiterlijk 2 juni 2026 laten weten of u komt via bezwaar@rijnwaarde.nl? Stukken kunt u vooraf inzien in het "
    "gemeentehuis. De hoorzitting is niet openbaar.", "",
    "Met vriendelijke groet,", "namens de bezwaarcommissie,", "«F. de Groot-Saïdi», secretaris",
    "T «030 634 72 18»",
    ]),
]
