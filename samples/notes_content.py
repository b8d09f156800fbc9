"""Content of the bundled sample notes (all names, numbers and details invented).

Each note is a dict; its text uses a tiny inline markup from which both the
rendered PDF text and the expected findings are derived (see generate.py):

    {P|...}  PERSON          {E|...}  EMAIL_ADDRESS    {T|...}  PHONE_NUMBER
    {X|...}  PARAPH          {B|...}  NL_BSN           {I|...}  IBAN_CODE
    {K|...}  must stay readable (organisation, function, public number, ...)
    {O|...}  public office holder's name: must stay, and is listed in
             samples/public-officials.txt
    **...**  bold (not inside a marker)

Block kinds: ("title", s) ("fields", [(label, value), ...]) ("h", s) ("h3", s)
("p", s) ("ul", [s, ...]) ("table", header, rows) ("mail", [line, ...])
("space", points) ("pagebreak",).
"""

from __future__ import annotations

MOTIVATION_HEADING = "Informatie die niet openbaar gemaakt kan worden"

NOTES: list[dict] = []

# ---------------------------------------------------------------------------
# 1. BZK - LibreOffice, tagged, paraph table, placeholder "[Nog in te vullen]"
# ---------------------------------------------------------------------------
NOTES.append(
    dict(
        name="lo01_bzk_versterking_woo",
        engine="docx",
        tagged=True,
        font="Liberation Sans",
        size=10,
        org="Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
        date="2026-03-12",
        author="Marloes van der Heijden",
        title="Beslisnota voortgang Programma Versterking Woo",
        motivation="placeholder",
        free_space=False,
        header_lines=["{K|Ministerie van Binnenlandse Zaken en Koninkrijksrelaties}", "{K|DG Overheidsorganisatie}"],
        footer="Postbus 20011, 2500 EA Den Haag | {K|070 - 426 4426} (algemeen) | {K|woo@minbzk.nl}",
        blocks=[
            ("title", "Beslisnota"),
            (
                "fields",
                [
                    ("Aan", "minister {O|Verhoeven-Aksoy}"),
                    ("Van", "{K|directie Openbaar Bestuur en Democratische Rechtsstaat}"),
                    ("Datum", "{K|12 maart 2026}"),
                    ("Kenmerk", "{K|2026-0000148213}"),
                    ("Onderwerp", "Voortgang {K|Programma Versterking Woo} en actieve openbaarmaking"),
                    ("Kopie aan", "staatssecretaris {O|Dekkers-Ravenhorst}; {P|W. Sikkema}"),
                    ("Contactpersoon", "{P|Marloes van der Heijden}"),
                    ("Telefoon", "{T|06-41872395}"),
                    ("E-mail", "{E|m.vanderheijden@minbzk.nl}"),
                ],
            ),
            ("h", "Aanleiding"),
            (
                "p",
                "In het commissiedebat Openbaarheid van 4 februari 2026 heeft het lid "
                "{O|Ten Velde-Oskam} ({K|Kamerlid}) gevraagd hoe het kabinet de achterstanden bij "
                "de afhandeling van Woo-verzoeken terugdringt. U heeft toegezegd de Tweede Kamer "
                "voor het zomerreces te informeren over de voortgang van het "
                "{K|Programma Versterking Woo}. Deze nota bereidt die brief voor en vraagt uw "
                "besluit over het verder uitbreiden van de actieve openbaarmaking van beslisnota's.",
            ),
            ("h", "Geadviseerd besluit"),
            ("p", "**Aan de minister wordt gevraagd:**"),
            (
                "ul",
                [
                    "in te stemmen met de uitbreiding van actieve openbaarmaking naar alle beslisnota's "
                    "die ten grondslag liggen aan Kamerstukken van het ministerie;",
                    "de bijgevoegde conceptbrief aan de Tweede Kamer (bijlage 1) vast te stellen en te ondertekenen;",
                    "kennis te nemen van de planning van de {K|Regeringscommissaris Informatiehuishouding} voor 2026.",
                ],
            ),
            ("h", "Kern"),
            (
                "ul",
                [
                    "De gemiddelde doorlooptijd van Woo-verzoeken bij het ministerie daalde in 2025 van "
                    "186 naar 141 dagen; de wettelijke termijn van vier plus twee weken wordt nog in "
                    "38 procent van de gevallen gehaald.",
                    "Het grootste knelpunt is het handmatig lakken van persoonsgegevens van ambtenaren. "
                    "Een pilot met ondersteunende software bij de {K|directie Informatiehuishouding} "
                    "liet een tijdwinst van ongeveer 30 procent zien.",
                    "Actieve openbaarmaking van beslisnota's vermindert het aantal verzoeken, maar "
                    "vraagt wel dat elke nota standaard een ingevulde paragraaf over niet-openbare "
                    "informatie bevat.",
                ],
            ),
            ("h", "Toelichting"),
            (
                "p",
                "Sinds 2022 worden beslisnota's bij Kamerstukken actief openbaar gemaakt. Uit een "
                "steekproef van de {K|Auditdienst Rijk} onder 120 nota's blijkt dat in 17 nota's "
                "namen van medewerkers niet of niet volledig waren weggelakt, meestal in "
                "doorgestuurde e-mails en parafenlijsten. Mevrouw {P|Van der Heijden} heeft samen "
                "met {P|J.P. Bakker} van de {K|directie Informatiehuishouding} een werkinstructie "
                "opgesteld die deze fouten moet voorkomen.",
            ),
            (
                "p",
                "De werkinstructie volgt de vaste lijn in Woo-besluiten: namen en contactgegevens "
                "van ambtenaren die niet uit hoofde van hun functie in de openbaarheid treden, "
                "worden geanonimiseerd op grond van artikel 5.1, tweede lid, onder e, van de "
                "{K|Wet open overheid}. Namen van bewindspersonen en Kamerleden blijven leesbaar. "
                "De heer {P|Bakker} adviseert daarnaast om functionele mailboxen, zoals "
                "{K|woo@minbzk.nl}, niet te lakken, omdat die geen persoonsgegevens bevatten.",
            ),
            (
                "p",
                "Voor de uitvoering is in 2026 een bedrag van {K|€ 2,4 miljoen} gereserveerd binnen "
                "de begroting van het programma. Het wordt uitgevoerd samen met de "
                "{K|Vereniging van Nederlandse Gemeenten} en het {K|Interprovinciaal Overleg}.",
            ),
            (
                "p",
                "Uit de pilot blijkt verder dat de meeste fouten ontstaan bij namen die op meerdere "
                "manieren in een nota staan: voluit, met voorletters, met alleen de achternaam of "
                "als paraaf. Ook doorgestuurde e-mails met handtekeningblokken en mobiele nummers "
                "worden vaak over het hoofd gezien. De werkinstructie bevat daarom een controlelijst "
                "en schrijft voor dat de openbaar te maken versie altijd volledig opnieuw wordt "
                "opgeslagen, zodat eerdere versies en metadata niet meekomen.",
            ),
            ("h", "Krachtenveld"),
            (
                "p",
                "Het {K|Adviescollege Openbaarheid en Informatiehuishouding} heeft in zijn "
                "jaarverslag aangedrongen op snellere afhandeling. De VNG steunt de lijn, maar "
                "vraagt aandacht voor de uitvoeringslasten bij kleine gemeenten. "
                "Journalistenorganisaties volgen de voortgang kritisch. Staatssecretaris "
                "{O|Dekkers-Ravenhorst} is op de hoogte en kan zich vinden in het voorstel.",
            ),
            ("h", "Financiële gevolgen"),
            (
                "p",
                "De uitbreiding van actieve openbaarmaking kost naar schatting 3 fte extra bij de "
                "directies die beslisnota's opstellen, vooral in de eerste twee jaar. Deze kosten "
                "worden gedekt binnen het budget van het programma. Op termijn wordt een daling "
                "van het aantal Woo-verzoeken verwacht, waardoor de per saldo extra inzet "
                "beperkt blijft. De {K|Directie Financieel-Economische Zaken} heeft ingestemd.",
            ),
            ("h", "Uitvoering en communicatie"),
            (
                "p",
                "Na uw akkoord wordt de werkinstructie vastgesteld in de bestuursraad van april "
                "2026. Alle directies ontvangen een aangepast notasjabloon waarin de paragraaf "
                "over niet-openbare informatie verplicht is. Voor medewerkers wordt een korte "
                "training ontwikkeld. De Kamerbrief wordt na ondertekening verzonden; de "
                "woordvoering stelt een Q&A op. Vragen van burgers en journalisten kunnen worden "
                "gesteld via {K|woo@minbzk.nl}. Over een jaar wordt geëvalueerd of de "
                "verplichte paragraaf in de praktijk werkt en of de doorlooptijden verder dalen; "
                "de uitkomsten worden meegenomen in de jaarrapportage Woo aan de Tweede Kamer.",
            ),
            ("h", "Bijlagen"),
            (
                "ul",
                [
                    "Bijlage 1: Conceptbrief aan de Tweede Kamer over de voortgang van het "
                    "{K|Programma Versterking Woo}",
                    "Bijlage 2: Werkinstructie anonimiseren beslisnota's (versie 0.9)",
                    "Bijlage 3: Planning 2026",
                ],
            ),
            ("h", "Parafen"),
            (
                "table",
                ["Naam", "Functie", "Paraaf", "Datum"],
                [
                    ["{P|M. van der Heijden}", "{K|senior beleidsmedewerker}", "{X|MvdH}", "10-03-2026"],
                    ["{P|W. Sikkema}", "plv. directeur", "{X|WS}", "11-03-2026"],
                    ["drs. {P|A.C. de Jong}", "{K|directeur Openbaar Bestuur}", "{X|AdJ}", "11-03-2026"],
                ],
            ),
            ("h", MOTIVATION_HEADING),
            ("h3", "Motivering"),
            ("p", "[Nog in te vullen]"),
        ],
    )
)

# ---------------------------------------------------------------------------
# 2. Gemeente Leeuwarden - LibreOffice, tagged, e-mail thread, empty Motivering
#    with free space below
# ---------------------------------------------------------------------------
NOTES.append(
    dict(
        name="lo02_leeuwarden_bouwdossiers",
        engine="docx",
        tagged=True,
        font="Liberation Serif",
        size=11,
        org="Gemeente Leeuwarden",
        date="2026-02-03",
        author="Tjitske Dijkstra",
        title="Collegevoorstel digitalisering bouwdossiers",
        motivation="empty",
        free_space=True,
        header_lines=["{K|Gemeente Leeuwarden}", "Collegevoorstel"],
        footer="Gemeente Leeuwarden | Postbus 21870 | 8900 JX Leeuwarden | {K|14 058} | {K|info@leeuwarden.nl}",
        blocks=[
            ("title", "Beslisnota college van burgemeester en wethouders"),
            (
                "fields",
                [
                    ("Aan", "college van burgemeester en wethouders"),
                    ("Portefeuillehouder", "wethouder {O|Tolsma-Wijbenga}"),
                    ("Datum", "{K|3 februari 2026}"),
                    ("Kenmerk", "{K|LWD/2026/00417}"),
                    ("Onderwerp", "Digitalisering bouwdossiers en afhandeling Woo-verzoeken"),
                    ("Opgesteld door", "{P|Tjitske Dijkstra}, {K|team Informatiebeheer}"),
                    ("Telefoon", "{T|058 233 8471}"),
                    ("E-mail", "{E|tjitske.dijkstra@leeuwarden.nl}"),
                ],
            ),
            ("h", "Aanleiding"),
            (
                "p",
                "Het aantal Woo-verzoeken over bouw- en omgevingsdossiers is in 2025 verdubbeld ten "
                "opzichte van 2023. Een groot deel van deze dossiers is alleen op papier beschikbaar "
                "in het gemeentelijk depot. Het zoeken, kopiëren en lakken kost het "
                "{K|team Informatiebeheer} gemiddeld elf uur per verzoek. Burgemeester "
                "{O|Hellinga-Buwalda} heeft in de raadsvergadering van 10 december 2025 toegezegd "
                "met een voorstel te komen.",
            ),
            ("h", "Geadviseerd besluit"),
            ("p", "Het college wordt gevraagd:"),
            (
                "ul",
                [
                    "in te stemmen met het scanproject bouwdossiers 1950-2010 in samenwerking met {K|Tresoar};",
                    "hiervoor in 2026 een budget van {K|€ 385.000} beschikbaar te stellen uit de reserve "
                    "Informatievoorziening;",
                    "de raad hierover te informeren met bijgevoegde raadsinformatiebrief.",
                ],
            ),
            ("h", "Kern"),
            (
                "p",
                "Door de bouwdossiers te digitaliseren kunnen Woo-verzoeken en verzoeken om inzage "
                "sneller worden afgehandeld. {K|Tresoar} beschikt over de apparatuur en de ervaring; "
                "de gemeente levert de dossiers aan en controleert de kwaliteit. De heer "
                "{P|De Boer} van het team Vastgoedinformatie coördineert de aanlevering.",
            ),
            ("h", "Toelichting"),
            (
                "p",
                "Het gaat om circa 42.000 dossiers. Na het scannen worden de bestanden voorzien van "
                "tekstherkenning en opgenomen in het zaaksysteem. Persoonsgegevens van aanvragers en "
                "medewerkers blijven daarbij beschermd; openbaarmaking gebeurt pas na beoordeling. "
                "Het team Juridische Zaken ({P|S. Hoekstra}) heeft het voorstel getoetst aan de "
                "{K|Archiefwet 1995} en de {K|Wet open overheid}.",
            ),
            ("p", "Hieronder is de e-mailwisseling met {K|Tresoar} over de planning opgenomen."),
            (
                "mail",
                [
                    "Van: {P|Jildou Wiersma} <{E|j.wiersma@tresoar.nl}>",
                    "Verzonden: dinsdag 27 januari 2026 14:12",
                    "Aan: {P|Tjitske Dijkstra} <{E|tjitske.dijkstra@leeuwarden.nl}>",
                    "CC: {P|Auke de Boer} <{E|a.deboer@leeuwarden.nl}>; {K|archief@leeuwarden.nl}",
                    "Onderwerp: RE: planning scanproject bouwdossiers",
                    "",
                    "Hoi {P|Tjitske},",
                    "",
                    "Dank voor je bericht. We kunnen in week 14 starten met de eerste 6.000 dossiers, "
                    "mits ze in genummerde dozen worden aangeleverd. Kun je dit afstemmen met {P|Auke}? "
                    "Voor de kwaliteitscontrole stel ik voor dat we iedere twee weken een steekproef van "
                    "200 dossiers bekijken.",
                    "",
                    "Groet,",
                    "{P|Jildou Wiersma}",
                    "{K|Projectleider digitalisering}",
                    "{K|Tresoar}",
                    "M {T|06-28461973}",
                    "",
                    "-----Oorspronkelijk bericht-----",
                    "Van: {P|Tjitske Dijkstra}",
                    "Verzonden: maandag 26 januari 2026 09:45",
                    "Aan: {P|Jildou Wiersma}",
                    "Onderwerp: planning scanproject bouwdossiers",
                    "",
                    "Beste {P|Jildou},",
                    "",
                    "Zoals besproken leggen we het voorstel begin februari aan het college voor. Kun je "
                    "aangeven wanneer jullie kunnen beginnen en welke eisen jullie aan de aanlevering "
                    "stellen?",
                    "",
                    "Met vriendelijke groet,",
                    "{P|Tjitske Dijkstra}",
                    "{K|Team Informatiebeheer}",
                    "Gemeente Leeuwarden",
                    "T {T|058 233 8471} | M {T|+31 6 2047 5518}",
                ],
            ),
            ("h", MOTIVATION_HEADING),
            ("h3", "Motivering"),
        ],
    )
)

# ---------------------------------------------------------------------------
# 3. Provincie Utrecht - LibreOffice (untagged), 3 pages, e-mail thread
# ---------------------------------------------------------------------------
NOTES.append(
    dict(
        name="lo03_provincie_utrecht_netcongestie",
        engine="docx",
        tagged=False,
        font="DejaVu Sans",
        size=9.5,
        org="Provincie Utrecht",
        date="2026-01-19",
        author="Rakesh Ramdin",
        title="Nota aan Gedeputeerde Staten - netcongestie",
        motivation=None,
        free_space=False,
        header_lines=["{K|Provincie Utrecht}", "Nota aan Gedeputeerde Staten"],
        footer="Provincie Utrecht | Postbus 81234 | 3508 TK Utrecht | {K|030 258 9111} (algemeen)",
        blocks=[
            ("title", "Nota aan Gedeputeerde Staten"),
            (
                "fields",
                [
                    ("Aan", "Gedeputeerde Staten"),
                    ("Portefeuillehouder", "gedeputeerde {O|Roelofsen-Kiewiet}"),
                    ("Van", "{K|afdeling Klimaat en Energie}"),
                    ("Datum", "{K|19 januari 2026}"),
                    ("Zaaknummer", "{K|Z-2026-00831}"),
                    ("Onderwerp", "Netcongestie en voortgang {K|Regionale Energiestrategie}"),
                    ("Behandeld door", "ir. {P|R. Ramdin}"),
                    ("Telefoon", "{T|030 258 4417}"),
                    ("E-mail", "{E|rakesh.ramdin@provincie-utrecht.nl}"),
                    ("Kopie aan", "{P|Sharmila Bhagwandin}, {K|teamleider Energietransitie}"),
                ],
            ),
            ("h", "Aanleiding"),
            (
                "p",
                "Op 9 januari 2026 heeft de regionale netbeheerder laten weten dat in een groot "
                "deel van de provincie tot ten minste 2029 geen nieuwe aansluitingen voor "
                "grootverbruikers meer mogelijk zijn. Dit raakt woningbouwlocaties, "
                "bedrijventerreinen en de elektrificatie van het openbaar vervoer. In de "
                "Statencommissie van 14 januari 2026 heeft het Statenlid {O|Brinkers-Mol} gevraagd "
                "welke maatregelen het college neemt. Deze nota geeft een overzicht van de stand van "
                "zaken en vraagt u in te stemmen met een aanpak.",
            ),
            ("h", "Geadviseerd besluit"),
            ("p", "Gedeputeerde Staten wordt gevraagd:"),
            (
                "ul",
                [
                    "in te stemmen met de {K|Aanpak netcongestie provincie Utrecht 2026-2028} (bijlage 1);",
                    "in te stemmen met het instellen van een provinciaal prioriteringskader voor "
                    "maatschappelijke aansluitingen, in overleg met de netbeheerder;",
                    "Provinciale Staten te informeren met de bijgevoegde Statenbrief (bijlage 2).",
                ],
            ),
            ("h", "Kern"),
            (
                "ul",
                [
                    "De wachtlijst voor nieuwe of zwaardere aansluitingen telt in onze provincie ruim 1.400 aanvragen.",
                    "Zonder aanvullende maatregelen lopen 11 woningbouwlocaties met samen circa "
                    "8.500 woningen vertraging op.",
                    "Een prioriteringskader geeft voorrang aan scholen, zorginstellingen en "
                    "woningbouw, maar vraagt een zorgvuldige juridische onderbouwing.",
                ],
            ),
            ("h", "Toelichting"),
            ("h3", "1. Stand van de netcongestie"),
            (
                "p",
                "Het elektriciteitsnet in de regio is op veel plaatsen vol. Op het "
                "hoogspanningsnet is de transportcapaciteit in de regio Amersfoort en in het "
                "westen van de provincie volledig uitgegeven. Op het middenspanningsnet gelden "
                "in 23 van de 26 gemeenten beperkingen. De netbeheerder investeert in nieuwe "
                "onderstations, maar de bouw daarvan kost gemiddeld zeven tot tien jaar. De "
                "afdeling heeft samen met de netbeheerder een kaart opgesteld waarop per gebied "
                "de beschikbare capaciteit is weergegeven; deze kaart is als bijlage 3 "
                "bijgevoegd.",
            ),
            (
                "p",
                "Mevrouw {P|Bhagwandin} heeft in december 2025 met de gemeenten Amersfoort, "
                "Veenendaal, Zeist en Nieuwegein gesproken over de gevolgen voor hun "
                "woningbouwprogramma's. Alle vier gemeenten melden concrete vertraging. In "
                "Nieuwegein ligt de start van de bouw van een nieuwe wijk met 1.200 woningen "
                "stil, omdat de aansluiting van de tijdelijke bouwstroom niet kan worden "
                "gegarandeerd.",
            ),
            ("h3", "2. Voortgang Regionale Energiestrategie"),
            (
                "p",
                "De regio heeft in de {K|Regionale Energiestrategie} afgesproken in 2030 "
                "1,8 TWh duurzame elektriciteit op land op te wekken. Eind 2025 was 1,1 TWh "
                "gerealiseerd of vergund. Door netcongestie kunnen zes zonneparken en twee "
                "windprojecten niet worden aangesloten. Het is daarom de vraag of het doel voor "
                "2030 haalbaar blijft. De heer {P|Ramdin} stelt voor om in de tussentijdse "
                "evaluatie van de RES meer nadruk te leggen op opslag en op het delen van "
                "aansluitingen tussen bedrijven (energiehubs).",
            ),
            ("h3", "3. Mogelijke maatregelen"),
            (
                "p",
                "De provincie heeft geen eigen bevoegdheid over de aansluiting van klanten; dat is "
                "een taak van de netbeheerder onder toezicht van de {K|Autoriteit Consument en Markt}. "
                "Wel kan de provincie ruimte reserveren voor onderstations in het omgevingsbeleid, "
                "procedures versnellen en meebetalen aan energiehubs op bedrijventerreinen. "
                "Daarnaast kan de provincie samen met de gemeenten maatschappelijke prioriteiten "
                "benoemen, zodat de netbeheerder die kan toepassen binnen het landelijke "
                "prioriteringskader van de ACM.",
            ),
            (
                "ul",
                [
                    "Ruimtelijke reservering van twaalf locaties voor nieuwe onderstations in de "
                    "omgevingsverordening (wijziging in het tweede kwartaal van 2026).",
                    "Een provinciaal versnellingsteam voor vergunningen van netuitbreidingen.",
                    "Een subsidieregeling voor energiehubs op bedrijventerreinen van {K|€ 6 miljoen} "
                    "voor de periode 2026-2028.",
                    "Gezamenlijke afspraken met gemeenten over het zo veel mogelijk beperken van "
                    "piekverbruik door eigen gebouwen en het openbaar vervoer.",
                ],
            ),
            ("h3", "4. Financiën"),
            (
                "p",
                "De kosten van de aanpak bedragen in totaal {K|€ 9,7 miljoen} voor drie jaar. "
                "Hiervan kan {K|€ 6 miljoen} worden gedekt uit het Programma Energietransitie. "
                "Voor het resterende bedrag wordt bij de Voorjaarsnota 2026 een voorstel gedaan. "
                "De afdeling Financiën heeft deze nota gezien; mw. {P|Jagessar} heeft aangegeven "
                "dat de dekking voor 2026 sluitend is.",
            ),
            ("h", "Krachtenveld"),
            (
                "p",
                "De netbeheerder is positief over de ruimtelijke reservering en het "
                "versnellingsteam, maar is terughoudend over een provinciaal prioriteringskader, "
                "omdat dit kan botsen met de non-discriminatieverplichting. Werkgeversorganisaties "
                "vragen om snelle duidelijkheid voor bedrijven die willen verduurzamen. De "
                "gemeenten steunen de aanpak en willen graag betrokken worden bij de keuze van "
                "locaties voor onderstations. Uit de e-mailwisseling hieronder blijkt hoe de "
                "netbeheerder op het conceptvoorstel heeft gereageerd.",
            ),
            (
                "mail",
                [
                    "Van: {P|Rachel Pinas} <{E|rachel.pinas@netbeheer-midden.nl}>",
                    "Verzonden: vrijdag 16 januari 2026 16:37",
                    "Aan: {P|Rakesh Ramdin} <{E|rakesh.ramdin@provincie-utrecht.nl}>",
                    "CC: {P|Shanti Jagessar} <{E|s.jagessar@provincie-utrecht.nl}>",
                    "Onderwerp: RE: concept aanpak netcongestie",
                    "",
                    "Beste {P|Rakesh},",
                    "",
                    "Dank voor het toesturen van het concept. Wij herkennen ons in de analyse. Over het "
                    "prioriteringskader willen we graag nog een keer met jullie juristen om tafel, omdat "
                    "wij gebonden zijn aan de regels van de ACM. De ruimtelijke reservering van locaties "
                    "voor onderstations helpt ons enorm; daar zijn we blij mee.",
                    "",
                    "Met vriendelijke groet,",
                    "",
                    "{P|Rachel Pinas}",
                    "{K|Accountmanager Decentrale Overheden}",
                    "T {T|0031 (0)88-8961234}",
                    "M {T|+31 6 3915 2284}",
                    "",
                    "-----Oorspronkelijk bericht-----",
                    "Van: {P|Rakesh Ramdin}",
                    "Verzonden: woensdag 14 januari 2026 11:02",
                    "Aan: {P|Rachel Pinas}",
                    "Onderwerp: concept aanpak netcongestie",
                    "",
                    "Hoi {P|Rachel},",
                    "",
                    "Bijgaand het concept van onze aanpak. Zouden jullie vóór vrijdag kunnen reageren? "
                    "Dan kan ik jullie reactie nog in de nota aan GS verwerken.",
                    "",
                    "Groet,",
                    "{P|Rakesh}",
                ],
            ),
            ("h", "Communicatie"),
            (
                "p",
                "Na besluitvorming wordt een persbericht uitgebracht. De gedeputeerde licht de "
                "aanpak toe tijdens de Statencommissie van 4 februari 2026. Vragen van de pers "
                "kunnen worden gericht aan het {K|woordvoerderspunt} via {K|pers@provincie-utrecht.nl}.",
            ),
            ("h", "Vervolg"),
            (
                "p",
                "De afdeling werkt de subsidieregeling uit en legt deze in april 2026 ter "
                "vaststelling voor. Over het prioriteringskader volgt na overleg met de "
                "netbeheerder en de ACM een afzonderlijke nota.",
            ),
            ("h", "Bijlagen"),
            (
                "ul",
                [
                    "1. {K|Aanpak netcongestie provincie Utrecht 2026-2028}",
                    "2. Statenbrief netcongestie",
                    "3. Capaciteitskaart elektriciteitsnet (januari 2026)",
                ],
            ),
        ],
    )
)

# ---------------------------------------------------------------------------
# 4. IenW - LibreOffice, tagged, BSN + IBAN of a citizen, filled Motivering
# ---------------------------------------------------------------------------
NOTES.append(
    dict(
        name="lo04_ienw_schadeclaim",
        engine="docx",
        tagged=True,
        font="Liberation Sans",
        size=10,
        org="Ministerie van Infrastructuur en Waterstaat",
        date="2026-02-26",
        author="Yassine El Amrani",
        title="Beslisnota schadeclaim dijkversterking",
        motivation="filled",
        free_space=False,
        header_lines=["{K|Ministerie van Infrastructuur en Waterstaat}", "{K|Rijkswaterstaat}"],
        footer="Rijkswaterstaat | {K|070 - 456 0000} (algemeen) | {K|schadeloket@rws.nl}",
        blocks=[
            ("title", "Beslisnota"),
            (
                "fields",
                [
                    ("Aan", "minister {O|Lindeboom-Rais}"),
                    ("Van", "{K|Directoraat-Generaal Water en Bodem}"),
                    ("Datum", "{K|26 februari 2026}"),
                    ("Kenmerk", "{K|IENW/BSK-2026/41177}"),
                    ("Onderwerp", "Afhandeling schadeclaim na dijkversterking Lekdijk"),
                    ("Contactpersoon", "{P|Y. El Amrani}"),
                    ("Telefoon", "{T|070 456 7812} / {T|06 53 81 27 40}"),
                    ("E-mail", "{E|yassine.el-amrani@minienw.nl}"),
                ],
            ),
            ("h", "Aanleiding"),
            (
                "p",
                "Bij de versterking van de Lekdijk is in 2024 schade ontstaan aan een woning in "
                "de uiterwaarden. De eigenaar, mevrouw {P|A. Kaya-Doğan}, heeft een claim "
                "ingediend van {K|€ 48.250}. Na onderzoek door een onafhankelijke schade-expert "
                "stelt {K|Rijkswaterstaat} voor de claim gedeeltelijk toe te kennen. Omdat het "
                "bedrag boven het mandaat van de hoofdingenieur-directeur ligt, wordt uw "
                "besluit gevraagd.",
            ),
            ("h", "Geadviseerd besluit"),
            ("p", "Aan de minister wordt gevraagd:"),
            (
                "ul",
                [
                    "in te stemmen met een schadevergoeding van {K|€ 36.900} aan mevrouw {P|Kaya-Doğan};",
                    "in te stemmen met de bijgevoegde brief aan betrokkene (bijlage 1);",
                    "kennis te nemen van het advies van de {K|Landsadvocaat} (bijlage 3).",
                ],
            ),
            ("h", "Kern"),
            (
                "p",
                "Uit het rapport van de schade-expert blijkt dat de scheurvorming in de fundering "
                "voor het grootste deel is veroorzaakt door trillingen tijdens het aanbrengen van "
                "damwanden. Een deel van de schade bestond al vóór de werkzaamheden. Het voorstel "
                "is daarom 76 procent van de geclaimde schade te vergoeden. De aannemer is door "
                "{K|Rijkswaterstaat} aansprakelijk gesteld; verhaal loopt via de contractuele route.",
            ),
            ("h", "Toelichting"),
            (
                "p",
                "De claim is op 3 juni 2025 ontvangen bij het {K|Schadeloket Rijkswaterstaat}. "
                "De heer {P|El Amrani} heeft de afhandeling gecoördineerd en is tweemaal ter "
                "plaatse geweest, samen met {P|Robert Pattinama} van het projectteam "
                "Lekdijk. Betrokkene heeft de volgende gegevens voor de uitbetaling aangeleverd: "
                "BSN {B|236451273}, rekeningnummer {I|NL82 RABO 0318 4729 56} ten name van "
                "{P|A. Kaya-Doğan}.",
            ),
            (
                "p",
                "Het {K|Hoogheemraadschap De Stichtse Rijnlanden} is als beheerder van de dijk "
                "geïnformeerd en heeft geen bezwaar tegen de voorgestelde afhandeling. "
                "Staatssecretaris {O|Van Kempen-Duijs} is via de wekelijkse lijst van "
                "schadezaken op de hoogte gebracht.",
            ),
            (
                "p",
                "Mevrouw {P|Tahapary} (juridisch adviseur) wijst erop dat een besluit binnen acht "
                "weken na het rapport van de schade-expert moet worden genomen; die termijn "
                "verloopt op 13 maart 2026. Daarna kan betrokkene in gebreke stellen.",
            ),
            ("h", "Krachtenveld"),
            (
                "p",
                "Omwonenden volgen de afhandeling nauwlettend; in de buurt lopen nog vier "
                "vergelijkbare claims. Een ruimhartige afhandeling kan precedentwerking hebben. "
                "De {K|Landsadvocaat} acht het risico daarvan beperkt, omdat de schade per woning "
                "afzonderlijk wordt vastgesteld. De regionale omroep heeft eerder over de "
                "scheuren bericht.",
            ),
            ("h", "Bijlagen"),
            (
                "ul",
                [
                    "1. Conceptbrief aan betrokkene",
                    "2. Rapport schade-expert (12 december 2025)",
                    "3. Advies {K|Landsadvocaat} over aansprakelijkheid (vertrouwelijk)",
                ],
            ),
            ("h", "Opgesteld door"),
            (
                "p",
                "{P|Yassine El Amrani}, {K|senior adviseur schadeafhandeling} en {P|Lisa Tahapary}, "
                "{K|juridisch adviseur}",
            ),
            ("h", MOTIVATION_HEADING),
            ("h3", "Motivering"),
            (
                "p",
                "Bijlage 3 (advies van de {K|Landsadvocaat} over de aansprakelijkheid) wordt niet "
                "openbaar gemaakt. Openbaarmaking zou de positie van de Staat in lopende en "
                "toekomstige procedures over vergelijkbare claims schaden en daarmee het goed "
                "functioneren van de Staat onevenredig benadelen. De grond daarvoor is "
                "{K|artikel 5.1, tweede lid, onder i, Woo}.",
            ),
        ],
    )
)

# ---------------------------------------------------------------------------
# 5. VWS - LibreOffice (untagged), paraph table, no motivation section
# ---------------------------------------------------------------------------
NOTES.append(
    dict(
        name="lo05_vws_jeugdzorg",
        engine="docx",
        tagged=False,
        font="Liberation Sans",
        size=10,
        org="Ministerie van Volksgezondheid, Welzijn en Sport",
        date="2026-03-05",
        author="Katarzyna Nowak",
        title="Nota regionale expertisecentra jeugdzorg",
        motivation=None,
        free_space=False,
        header_lines=[
            "{K|Ministerie van Volksgezondheid, Welzijn en Sport}",
            "{K|Directie Jeugd, Familie en Leefstijl}",
        ],
        footer="Parnassusplein 9, Den Haag | {K|070 - 340 7911} (algemeen) | {K|info@minvws.nl}",
        blocks=[
            ("title", "Nota aan de minister"),
            (
                "fields",
                [
                    ("Aan", "minister {O|Kortenaer-Bakhuis}"),
                    ("Via", "{K|directeur Jeugd, Familie en Leefstijl}"),
                    ("Datum", "{K|5 maart 2026}"),
                    ("Kenmerk", "{K|4181204-1077823-JFL}"),
                    ("Onderwerp", "Regionale expertisecentra voor specialistische jeugdzorg"),
                    ("Behandeld door", "mw. {P|K. Nowak}"),
                    ("Telefoon", "{T|+31 6 2391 7744}"),
                    ("E-mail", "{E|k.nowak@minvws.nl}"),
                    ("Kopie aan", "staatssecretaris {O|Meijerink-Dallinga}; mr. {P|T. Wiśniewski}"),
                ],
            ),
            ("h", "Aanleiding"),
            (
                "p",
                "In de {K|Hervormingsagenda Jeugd} is afgesproken dat gemeenten specialistische "
                "jeugdzorg voortaan regionaal inkopen. Voor kinderen met de meest complexe "
                "problematiek zijn te weinig plekken beschikbaar. De Tweede Kamer heeft met de "
                "motie van het lid {O|Haverkamp-Dijs} gevraagd om landelijke regie. U heeft op "
                "20 februari 2026 gevraagd om een voorstel.",
            ),
            ("h", "Geadviseerd besluit"),
            ("p", "Aan de minister wordt gevraagd:"),
            (
                "ul",
                [
                    "in te stemmen met de inrichting van tien regionale expertisecentra;",
                    "in te stemmen met een bijdrage van {K|€ 24 miljoen} per jaar via de specifieke uitkering;",
                    "de staatssecretaris te vragen hierover het bestuurlijk overleg met de VNG te voeren.",
                ],
            ),
            ("h", "Kern"),
            (
                "p",
                "Tien expertisecentra, verdeeld over het land, bieden consultatie, diagnostiek en "
                "tijdelijke opname voor jongeren voor wie de gewone jeugdhulp niet volstaat. De "
                "centra worden gefinancierd door rijk en gemeenten samen. De {K|Inspectie "
                "Gezondheidszorg en Jeugd} houdt toezicht. Dhr. {P|Wiśniewski} heeft de juridische "
                "grondslag in de {K|Jeugdwet} getoetst; een wetswijziging is niet nodig.",
            ),
            ("h", "Toelichting"),
            (
                "p",
                "Uit de monitor van 2025 blijkt dat circa 1.900 jongeren per jaar aangewezen zijn "
                "op zeer specialistische zorg. Gemiddeld wachten zij vier maanden. Bij de "
                "uitwerking is gesproken met zes zorgaanbieders, de VNG en cliëntenorganisaties. "
                "Mevrouw {P|Mei-Ling Tan} (programmamanager) heeft een verdeling voorgesteld op "
                "basis van het aantal jongeren per regio; mw. {P|Tan} stemt de verdeling in april "
                "af met de regio's.",
            ),
            (
                "p",
                "Het advies van de {K|Directie Financieel-Economische Zaken} is verwerkt: de "
                "bijdrage past binnen de middelen die voor de {K|Hervormingsagenda Jeugd} zijn "
                "gereserveerd. Vragen over de financiering kunnen worden gesteld aan "
                "{K|jeugd@minvws.nl}.",
            ),
            ("h", "Krachtenveld"),
            (
                "p",
                "De VNG steunt het voorstel, maar vraagt om structurele financiering na 2028. "
                "Zorgaanbieders vrezen extra administratieve lasten. Jeugdbeschermers en "
                "cliëntenorganisaties zijn positief. Staatssecretaris {O|Meijerink-Dallinga} is "
                "akkoord.",
            ),
            ("h", "Bijlagen"),
            ("ul", ["Bijlage 1: Verdeling expertisecentra per regio", "Bijlage 2: Financieel overzicht"]),
            ("h", "Paraaf"),
            (
                "table",
                ["Naam", "Functie", "Paraaf", "Datum"],
                [
                    ["{P|Katarzyna Nowak}", "{K|beleidsmedewerker}", "{X|KN}", "3-3-2026"],
                    ["{P|Tomasz Wiśniewski}", "{K|jurist}", "{X|TW}", "4-3-2026"],
                    ["{P|Mei-Ling Tan}", "{K|programmamanager}", "{X|MLT}", "4-3-2026"],
                    ["ir. {P|Hendrik Zhou}", "{K|plv. directeur Jeugd, Familie en Leefstijl}", "{X|HZ}", "5-3-2026"],
                ],
            ),
        ],
    )
)

# ---------------------------------------------------------------------------
# 6. Gemeente Rotterdam - LibreOffice (untagged), short memo, no motivation
# ---------------------------------------------------------------------------
NOTES.append(
    dict(
        name="lo06_rotterdam_jaarwisseling",
        engine="docx",
        tagged=False,
        font="Liberation Sans",
        size=10.5,
        org="Gemeente Rotterdam",
        date="2026-01-14",
        author="Giselle Isenia",
        title="Memo evaluatie jaarwisseling",
        motivation=None,
        free_space=False,
        header_lines=["{K|Gemeente Rotterdam}", "{K|Directie Veiligheid}"],
        footer="Gemeente Rotterdam | Directie Veiligheid | {K|14 010}",
        blocks=[
            ("title", "Memo"),
            (
                "fields",
                [
                    ("Aan", "burgemeester {O|Kooistra-Menge}"),
                    ("Van", "{P|Giselle Isenia}, {K|Directie Veiligheid}"),
                    ("Datum", "{K|14 januari 2026}"),
                    ("Onderwerp", "Eerste evaluatie inzet handhavers jaarwisseling 2025-2026"),
                    ("Cc", "{P|J. Cijntje}; {P|R. Doran}"),
                    ("Telefoon", "{T|010 267 3319}"),
                    ("E-mail", "{E|g.isenia@rotterdam.nl}"),
                ],
            ),
            ("h", "Aanleiding"),
            (
                "p",
                "U heeft gevraagd om een eerste evaluatie van de inzet van handhavers rond de "
                "jaarwisseling, ter voorbereiding op het overleg in de driehoek van 22 januari 2026.",
            ),
            ("h", "Kern"),
            (
                "ul",
                [
                    "Er waren 212 handhavers ingezet, 40 meer dan vorig jaar.",
                    "Het aantal incidenten met vuurwerk tegen hulpverleners daalde van 61 naar 38.",
                    "In de vuurwerkvrije zones in Feijenoord en Delfshaven werd het verbod grotendeels nageleefd.",
                ],
            ),
            ("h", "Toelichting"),
            (
                "p",
                "De coördinatie lag bij de heer {P|Cijntje} ({K|teamleider Handhaving Zuid}). "
                "Mevrouw {P|Doran} heeft de registratie van incidenten bijgehouden in het "
                "gemeentelijk actiecentrum. De samenwerking met de politie en de brandweer verliep "
                "goed; volgens wethouder {O|Ouwehand-Sitaldin} is de aanpak met buurtvaders een "
                "succes en verdient die navolging. De volledige evaluatie volgt in maart.",
            ),
            (
                "p",
                "Voor vragen kunt u contact opnemen met {P|Jairzinho Cijntje}, "
                "telefoon {T|06 23 45 67 89}, of met het team via {K|veiligheid@rotterdam.nl}.",
            ),
        ],
    )
)

# ---------------------------------------------------------------------------
# 7. JenV - reportlab platypus + canvas side column, placeholder with free space
# ---------------------------------------------------------------------------
NOTES.append(
    dict(
        name="rl01_jenv_jeugdinrichtingen",
        engine="platypus",
        side_column=True,
        font="LiberationSans",
        size=9.5,
        org="Ministerie van Justitie en Veiligheid",
        date="2026-03-09",
        author="Femke Groen",
        title="Nota capaciteit justitiële jeugdinrichtingen",
        motivation="placeholder",
        free_space=True,
        header_lines=["{K|Ministerie van Justitie en Veiligheid}"],
        side=[
            "**{K|DG Straffen en Beschermen}**",
            "{K|Directie Sanctietoepassing en Jeugd}",
            "",
            "Turfmarkt 147",
            "2511 DP Den Haag",
            "Postbus 20301",
            "2500 EH Den Haag",
            "{K|www.rijksoverheid.nl/jenv}",
            "",
            "**Contactpersoon**",
            "drs. {P|F. Groen}",
            "{K|senior beleidsmedewerker}",
            "",
            "T {K|070 - 370 7911} (algemeen)",
            "M {T|06-12873349}",
            "{E|f.groen@minjenv.nl}",
            "",
            "**Ons kenmerk**",
            "{K|6243718}",
            "",
            "**Bijlagen**",
            "2",
        ],
        side_later=["**Datum**", "{K|9 maart 2026}", "", "**Ons kenmerk**", "{K|6243718}"],
        blocks=[
            ("title", "Nota aan de minister"),
            (
                "fields",
                [
                    ("Aan", "minister {O|Van Leeuwenhorst}"),
                    ("Datum", "{K|9 maart 2026}"),
                    ("Onderwerp", "Capaciteit justitiële jeugdinrichtingen 2026-2027"),
                    ("Opgesteld door", "{P|Femke Groen}"),
                ],
            ),
            ("h", "Aanleiding"),
            (
                "p",
                "De bezetting van de justitiële jeugdinrichtingen ligt sinds het najaar van 2025 "
                "structureel boven de 95 procent. De {K|Dienst Justitiële Inrichtingen} heeft "
                "gemeld dat jongeren in voorlopige hechtenis niet altijd direct kunnen worden "
                "geplaatst. In het commissiedebat van 18 februari 2026 heeft u toegezegd de Kamer "
                "voor 1 april te informeren.",
            ),
            ("h", "Geadviseerd besluit"),
            ("p", "**Aan de minister wordt gevraagd:**"),
            (
                "ul",
                [
                    "in te stemmen met het tijdelijk heropenen van een leefgroep met 12 plaatsen op de "
                    "locatie Teylingereind;",
                    "in te stemmen met de bijgaande Kamerbrief (bijlage 1).",
                ],
            ),
            ("h", "Kern"),
            (
                "p",
                "Heropening van een leefgroep kost {K|€ 1,9 miljoen} per jaar en is binnen tien "
                "weken te realiseren. Het personeelstekort blijft de grootste beperking. De "
                "{K|Raad voor de Kinderbescherming} en het OM steunen de maatregel. De heer "
                "{P|Bram van den Berg} van de {K|Dienst Justitiële Inrichtingen} heeft bevestigd "
                "dat voldoende gekwalificeerd personeel kan worden ingezet door interne "
                "herschikking.",
            ),
            ("h", "Toelichting"),
            (
                "p",
                "De verwachte instroom in 2026 ligt volgens de prognose van het WODC op 1.450 "
                "jongeren. Dhr. {P|Van den Berg} wijst erop dat de gemiddelde verblijfsduur is "
                "gestegen door langere strafzaken. Mw. {P|Groen} heeft met de "
                "{K|Directie Financieel-Economische Zaken} afgestemd dat de kosten in 2026 worden "
                "gedekt uit de onderuitputting bij de {K|Dienst Justitiële Inrichtingen}.",
            ),
            (
                "p",
                "Alternatieven, zoals plaatsing in kleinschalige voorzieningen, zijn onderzocht "
                "maar vragen een langere voorbereiding. Deze worden meegenomen in het "
                "{K|Programma Toekomst Justitiële Jeugd}.",
            ),
            ("h", "Krachtenveld"),
            (
                "p",
                "De Kamerleden hebben in het debat kritische vragen gesteld, in het bijzonder het "
                "lid {O|Marinussen-Taal}. Belangenorganisaties vragen vooral om meer inzet op "
                "preventie. Staatssecretaris {O|Bakkenes-Rook} is geïnformeerd.",
            ),
            ("h", "Bijlagen"),
            ("ul", ["1. Conceptbrief aan de Tweede Kamer", "2. Prognose instroom 2026-2027"]),
            ("pagebreak",),
            ("h", MOTIVATION_HEADING),
            ("h3", "Motivering"),
            ("p", "[Nog in te vullen]"),
        ],
    )
)

# ---------------------------------------------------------------------------
# 8. Financien - reportlab platypus with standard-14 Helvetica, e-mail thread
# ---------------------------------------------------------------------------
NOTES.append(
    dict(
        name="rl02_fin_herstel_toeslagen",
        engine="platypus",
        side_column=False,
        font="Helvetica",
        size=10,
        org="Ministerie van Financiën",
        date="2026-02-17",
        author="Pieter Koning",
        title="Beslisnota versnelling integrale beoordeling",
        motivation=None,
        free_space=False,
        header_lines=["{K|Ministerie van Financiën}", "{K|Directoraat-Generaal Herstel}"],
        footer="Korte Voorhout 7, Den Haag | {K|070 - 342 8000} (algemeen) | {K|woo@minfin.nl}",
        blocks=[
            ("title", "Beslisnota"),
            (
                "fields",
                [
                    ("Aan", "staatssecretaris {O|Ramkisoen-Bolt}"),
                    ("Van", "{K|Uitvoeringsorganisatie Herstel Toeslagen}"),
                    ("Datum", "{K|17 februari 2026}"),
                    ("Kenmerk", "{K|2026-0000039145}"),
                    ("Onderwerp", "Versnelling integrale beoordeling herstel kinderopvangtoeslag"),
                    ("Contactpersoon", "{P|P. Koning}, {K|afdeling Strategie}"),
                    ("Telefoon", "{T|0031 (0)70-3428815}"),
                    ("E-mail", "{E|p.koning@minfin.nl}"),
                ],
            ),
            ("h", "Aanleiding"),
            (
                "p",
                "Op 31 december 2025 wachtten nog ruim 9.800 ouders op een integrale beoordeling. "
                "Bij het huidige tempo is de laatste beoordeling pas in 2028 afgerond. U heeft "
                "de Tweede Kamer toegezegd voor het voorjaar maatregelen te presenteren. Het lid "
                "{O|Groeneveld-Akkus} (Kamerlid) heeft hierover schriftelijke vragen gesteld.",
            ),
            ("h", "Geadviseerd besluit"),
            ("p", "**Aan de staatssecretaris wordt gevraagd:**"),
            (
                "ul",
                [
                    "in te stemmen met een vereenvoudigde beoordeling voor ouders met een "
                    "voorlopige compensatie onder {K|€ 10.000};",
                    "in te stemmen met het inzetten van 60 extra beoordelaars van de {K|Belastingdienst};",
                    "de bijgevoegde voortgangsrapportage aan de Kamer te zenden.",
                ],
            ),
            ("h", "Kern"),
            (
                "p",
                "Met de vereenvoudigde route kan ongeveer 40 procent van de wachtende ouders in "
                "2026 een definitieve beslissing krijgen. De {K|Commissie Werkelijke Schade} is "
                "geraadpleegd en ziet geen bezwaren. De route is uitgewerkt door het team van "
                "{P|Marieke Jansen-Öztürk}.",
            ),
            ("h", "Toelichting"),
            (
                "p",
                "Bij de vereenvoudigde beoordeling worden alleen de gegevens uit het eigen dossier "
                "gebruikt; ouders hoeven geen nieuwe stukken aan te leveren. Mw. "
                "{P|Jansen-Öztürk} heeft in een pilot met 250 dossiers laten zien dat de "
                "doorlooptijd daalt van 38 naar 11 weken. Ouders die het niet eens zijn met de "
                "uitkomst houden recht op een volledige beoordeling. De heer {P|Koning} heeft de "
                "uitvoeringstoets gecoördineerd; de Belastingdienst acht de inzet van extra "
                "beoordelaars haalbaar vanaf 1 april 2026.",
            ),
            ("p", "De e-mailwisseling met de afdeling Juridische Zaken over de grondslag is hieronder opgenomen."),
            (
                "mail",
                [
                    "Van: {P|Nadia Bouzid} <{E|n.bouzid@minfin.nl}>",
                    "Verzonden: donderdag 12 februari 2026 17:48",
                    "Aan: {P|Pieter Koning} <{E|p.koning@minfin.nl}>",
                    "CC: {P|Errol Sabajo} <{E|e.sabajo@minfin.nl}>; {K|juridischezaken@minfin.nl}",
                    "Onderwerp: RE: grondslag vereenvoudigde beoordeling",
                    "",
                    "Hoi {P|Pieter},",
                    "",
                    "We hebben de vereenvoudigde route getoetst aan de {K|Wet hersteloperatie toeslagen}. "
                    "De huidige grondslag volstaat, mits de ouder vooraf schriftelijk wordt gewezen op het "
                    "recht op een volledige beoordeling. {P|Errol} past de modelbrief daarop aan.",
                    "",
                    "Groeten,",
                    "{P|Nadia}",
                    "",
                    "{P|Nadia Bouzid}",
                    "{K|Senior jurist}",
                    "{K|Directie Juridische Zaken}",
                    "Mobiel: {T|06-14725836}",
                    "",
                    "Van: {P|Pieter Koning}",
                    "Verzonden: woensdag 11 februari 2026 10:05",
                    "Aan: {P|Nadia Bouzid}",
                    "Onderwerp: grondslag vereenvoudigde beoordeling",
                    "",
                    "Beste {P|Nadia},",
                    "",
                    "Kun je laten weten of de vereenvoudigde route binnen de huidige wet past? Ik wil de "
                    "nota vrijdag naar de staatssecretaris sturen.",
                    "",
                    "Dank!",
                    "{P|Pieter}",
                ],
            ),
            ("h", "Krachtenveld"),
            (
                "p",
                "Ouderorganisaties vinden de snelheid belangrijk, maar willen dat ouders goed worden "
                "geïnformeerd over hun keuze. De {K|Nationale ombudsman} heeft eerder aangedrongen "
                "op vereenvoudiging. Advies van de {K|Raad van State} is niet nodig.",
            ),
            ("h", "Bijlagen"),
            (
                "ul",
                [
                    "1. Voortgangsrapportage Herstel Toeslagen (concept)",
                    "2. Uitvoeringstoets vereenvoudigde beoordeling",
                ],
            ),
        ],
    )
)

# ---------------------------------------------------------------------------
# 9. OCW - reportlab platypus, 3 pages, paraph table, placeholder
# ---------------------------------------------------------------------------
NOTES.append(
    dict(
        name="rl03_ocw_lerarentekort",
        engine="platypus",
        side_column=False,
        font="LiberationSerif",
        size=10.5,
        org="Ministerie van Onderwijs, Cultuur en Wetenschap",
        date="2026-03-02",
        author="Ratna Wibisono",
        title="Beslisnota noodmaatregelen lerarentekort",
        motivation="placeholder",
        free_space=False,
        header_lines=["{K|Ministerie van Onderwijs, Cultuur en Wetenschap}", "{K|Directie Leraren}"],
        footer="Rijnstraat 50, Den Haag | {K|070 - 412 3456} (algemeen) | {K|info@minocw.nl}",
        blocks=[
            ("title", "Beslisnota"),
            (
                "fields",
                [
                    ("Aan", "minister {O|Van Oudheusden}"),
                    ("Van", "{K|Directie Leraren}"),
                    ("Datum", "{K|2 maart 2026}"),
                    ("Kenmerk", "{K|OCW/DL-2026/5512384}"),
                    ("Onderwerp", "Noodmaatregelen lerarentekort in de G5-regio's"),
                    ("Opgesteld door", "{P|R.A. Wibisono}"),
                    ("Telefoon", "{T|070 412 3387}"),
                    ("E-mail", "{E|r.wibisono@minocw.nl}"),
                    ("Kopie aan", "{P|H.J. Bosma}; {P|A. Zielińska}"),
                ],
            ),
            ("h", "Aanleiding"),
            (
                "p",
                "Het lerarentekort in het primair onderwijs is in de grote steden opgelopen tot "
                "gemiddeld 13 procent van de formatie. Op 1 februari 2026 stonden in Amsterdam, "
                "Rotterdam, Den Haag, Utrecht en Almere samen meer dan 1.600 vacatures open. "
                "Schoolbesturen melden dat zij steeds vaker klassen naar huis moeten sturen of "
                "vierdaagse lesweken invoeren. De Tweede Kamer heeft in het debat over de "
                "onderwijsbegroting de motie van het lid {O|Sprengers-Atsma} aangenomen, die "
                "vraagt om aanvullende maatregelen voor de zwaarst getroffen regio's.",
            ),
            ("h", "Geadviseerd besluit"),
            ("p", "**Aan de minister wordt gevraagd:**"),
            (
                "ul",
                [
                    "in te stemmen met een tijdelijke regeling voor zij-instromers met een verkorte "
                    "route van zes maanden in de G5-regio's;",
                    "in te stemmen met de inzet van {K|€ 45 miljoen} uit de middelen van het "
                    "{K|Nationaal Programma Onderwijs} voor 2026 en 2027;",
                    "de bijgevoegde Kamerbrief te ondertekenen (bijlage 1);",
                    "in te stemmen met het bestuurlijk overleg met de {K|PO-Raad} op 17 maart 2026.",
                ],
            ),
            ("h", "Kern"),
            (
                "ul",
                [
                    "De maatregelen richten zich op de scholen met het grootste tekort, die vaak ook "
                    "de meeste kinderen met een onderwijsachterstand hebben.",
                    "De verkorte zij-instroomroute wordt gecombineerd met intensieve begeleiding op "
                    "school; de kwaliteit wordt bewaakt door de {K|Inspectie van het Onderwijs}.",
                    "Het budget wordt verdeeld via de bestaande regionale aanpakken personeelstekort.",
                ],
            ),
            ("h", "Toelichting"),
            ("h3", "Omvang van het probleem"),
            (
                "p",
                "Volgens de meest recente Trendrapportage Arbeidsmarkt Leraren bedraagt het "
                "landelijke tekort in het primair onderwijs ruim 9.700 voltijdbanen. Ongeveer de "
                "helft daarvan concentreert zich in de vijf grootste gemeenten en Almere. "
                "Scholen met veel leerlingen met een achterstand hebben gemiddeld een twee keer zo "
                "groot tekort als andere scholen. Mevrouw {P|Zielińska} heeft voor deze nota een "
                "analyse gemaakt van de vacaturegegevens per schoolbestuur. Daaruit blijkt dat 64 "
                "scholen structureel meer dan 20 procent van de formatie niet kunnen invullen.",
            ),
            (
                "p",
                "De gevolgen voor leerlingen zijn groot. Onderzoek van het "
                "{K|Nationaal Regieorgaan Onderwijsonderzoek} laat zien dat leerlingen op scholen "
                "met een langdurig tekort gemiddeld een half jaar leervertraging oplopen. Ouders "
                "uit Amsterdam-Noord en Den Haag-Zuidwest hebben hierover bij het ministerie "
                "geklaagd.",
            ),
            ("h3", "Verkorte zij-instroomroute"),
            (
                "p",
                "Zij-instromers kunnen nu binnen twee jaar een bevoegdheid halen. Bij de "
                "verkorte route starten zij na een intensief voortraject van zes maanden voor de "
                "klas, onder begeleiding van een ervaren leraar. De lerarenopleidingen in de vier "
                "grote steden hebben aangegeven dit te willen aanbieden. De heer {P|Bosma} heeft "
                "met de opleidingen afgesproken dat de eisen aan de bekwaamheid niet worden "
                "verlaagd; alleen de volgorde van leren en werken verandert. De "
                "{K|Onderwijscoöperatie} is betrokken bij de uitwerking van de "
                "begeleidingseisen.",
            ),
            (
                "p",
                "De route kost per zij-instromer ongeveer {K|€ 28.000}, inclusief de "
                "begeleiding op school. Voor 2026 en 2027 wordt uitgegaan van 900 zij-instromers. "
                "Een deel van de kosten wordt gedragen door de schoolbesturen zelf.",
            ),
            ("h3", "Financiën"),
            (
                "p",
                "De {K|€ 45 miljoen} wordt gedekt uit de niet-bestede middelen van het "
                "{K|Nationaal Programma Onderwijs}. De {K|Directie Financieel-Economische Zaken} "
                "heeft ingestemd; de heer {P|Ahmed Benhaddou} heeft de meerjarige doorwerking "
                "doorgerekend. Er is geen structurele dekking nodig, omdat de regeling in 2027 "
                "afloopt. Een eventuele verlenging wordt betrokken bij de besluitvorming over de "
                "begroting van 2028.",
            ),
            ("h3", "Juridische aspecten"),
            (
                "p",
                "De regeling wordt vormgegeven als tijdelijke subsidieregeling op grond van de "
                "{K|Wet overige OCW-subsidies}. Voor de verkorte route is geen wetswijziging nodig, "
                "omdat de bekwaamheidseisen ongewijzigd blijven. De regeling wordt in april 2026 "
                "gepubliceerd in de Staatscourant.",
            ),
            ("h", "Krachtenveld"),
            (
                "p",
                "De {K|PO-Raad} en de gemeenten steunen de aanpak, maar vragen om een "
                "structurele oplossing voor de salarissen in de grote steden. De "
                "{K|Algemene Onderwijsbond} is kritisch over het snel inzetten van "
                "zij-instromers voor de klas en vreest voor de werkdruk van begeleiders. "
                "Lerarenopleidingen zijn bereid mee te werken, mits de financiering voor twee "
                "jaar vaststaat. De minister-president is via de onderraad geïnformeerd. "
                "Staatssecretaris {O|Vermeulen-Baştürk} steunt het voorstel.",
            ),
            ("h", "Communicatie"),
            (
                "p",
                "De Kamerbrief wordt op 20 maart 2026 verzonden, na het bestuurlijk overleg. "
                "Het persbericht wordt afgestemd met de woordvoering van de minister. Vragen van "
                "scholen kunnen worden gesteld via {K|lerarentekort@minocw.nl}.",
            ),
            ("h", "Bijlagen"),
            (
                "ul",
                [
                    "1. Conceptbrief aan de Tweede Kamer",
                    "2. Analyse vacaturegegevens G5-regio's",
                    "3. Concept Tijdelijke subsidieregeling verkorte zij-instroom",
                ],
            ),
            ("h", "Parafen"),
            (
                "table",
                ["Naam", "Functie", "Paraaf", "Datum"],
                [
                    ["{P|Ratna Wibisono}", "{K|beleidsmedewerker}", "{X|RW}", "26-02-2026"],
                    ["{P|Agnieszka Zielińska}", "{K|data-analist}", "{X|AZ}", "26-02-2026"],
                    ["{P|Hendrik-Jan Bosma}", "{K|afdelingshoofd}", "{X|HJB}", "27-02-2026"],
                    ["{P|Ahmed Benhaddou}", "{K|financieel adviseur}", "{X|ABe}", "27-02-2026"],
                ],
            ),
            ("h", MOTIVATION_HEADING),
            ("h3", "Motivering"),
            ("p", "[Nog in te vullen]"),
        ],
    )
)

# ---------------------------------------------------------------------------
# 10. LNV - reportlab platypus, "Visser" vs "Visserij", e-mail thread,
#     empty Motivering
# ---------------------------------------------------------------------------
NOTES.append(
    dict(
        name="rl04_lnv_garnalenvisserij",
        engine="platypus",
        side_column=False,
        font="DejaVuSans",
        size=9,
        org="Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur",
        date="2026-01-28",
        author="Sanne Visser",
        title="Beslisnota garnalenvisserij Waddenzee",
        motivation="empty",
        free_space=False,
        header_lines=["{K|Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur}"],
        footer="Bezuidenhoutseweg 73, Den Haag | {K|070 - 378 6868} (algemeen) | {K|woo@minlvvn.nl}",
        blocks=[
            ("title", "Beslisnota"),
            (
                "fields",
                [
                    ("Aan", "minister {O|Ter Weeme}"),
                    ("Van", "{K|directie Visserij en Wadden}"),
                    ("Datum", "{K|28 januari 2026}"),
                    ("Kenmerk", "{K|DGNVLG/26012834}"),
                    ("Onderwerp", "Vergunningverlening garnalenvisserij Waddenzee (Natura 2000)"),
                    ("Contactpersoon", "{P|Sanne Visser}"),
                    ("Telefoon", "{T|06 4827 1936}"),
                    ("E-mail", "{E|s.visser@minlvvn.nl}"),
                    ("Kopie aan", "{P|J.P. Bakker}, {K|directie Juridische Zaken}"),
                ],
            ),
            ("h", "Aanleiding"),
            (
                "p",
                "De huidige natuurvergunning voor de garnalenvisserij in de Waddenzee verloopt op "
                "1 juli 2026. De {K|Nederlandse Vissersbond} en de Coöperatieve Visserijorganisatie "
                "hebben een nieuwe aanvraag ingediend. Natuurorganisaties hebben aangekondigd tegen "
                "een vergunning zonder aanvullende voorwaarden in beroep te gaan.",
            ),
            ("h", "Geadviseerd besluit"),
            ("p", "Aan de minister wordt gevraagd:"),
            (
                "ul",
                [
                    "in te stemmen met het ontwerpbesluit voor een vergunning van vijf jaar met "
                    "gesloten gebieden en een verplichte overstap naar lichter vistuig;",
                    "kennis te nemen van het krachtenveld.",
                ],
            ),
            ("h", "Kern"),
            (
                "p",
                "Een vergunning zonder voorwaarden is juridisch kwetsbaar. Met gesloten gebieden "
                "van in totaal 12 procent van het areaal en lichter vistuig vanaf 2028 blijft de "
                "sector overeind en wordt de natuur beter beschermd. Mevrouw {P|Visser} heeft het "
                "ontwerpbesluit afgestemd met de provincie Fryslân en met {K|Rijkswaterstaat}.",
            ),
            ("h", "Toelichting"),
            (
                "p",
                "De passende beoordeling is opgesteld door een extern adviesbureau. De "
                "{K|directie Natuur} heeft haar gecontroleerd. De heer {P|Bakker} van "
                "{K|directie Juridische Zaken} acht de kans groot dat de rechter een vergunning "
                "zonder gesloten gebieden vernietigt. Voor lichter vistuig is {K|€ 7,5 miljoen} "
                "beschikbaar uit het {K|Europees Fonds voor Maritieme Zaken, Visserij en "
                "Aquacultuur}.",
            ),
            ("p", "Hieronder de reactie van de sector op het concept."),
            (
                "mail",
                [
                    "Van: {P|Karim Ait Taleb} <{E|k.aittaleb@minlvvn.nl}>",
                    "Verzonden: maandag 26 januari 2026 08:51",
                    "Aan: {P|Sanne Visser} <{E|s.visser@minlvvn.nl}>",
                    "CC: {P|Elif Şahin} <{E|e.sahin@minlvvn.nl}>",
                    "Onderwerp: FW: reactie sector concept garnalenvergunning",
                    "",
                    "Hoi {P|Sanne},",
                    "",
                    "Ter info: de Vissersbond kan leven met de gesloten gebieden, maar wil de overstap "
                    "naar lichter vistuig uitstellen tot 2029. {P|Elif} zoekt uit of dat past binnen de "
                    "passende beoordeling. Zullen we donderdag even bellen?",
                    "",
                    "Groet,",
                    "{P|Karim}",
                    "",
                    "{P|Karim Ait Taleb} | {K|beleidsmedewerker Visserij}",
                    "{K|Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur}",
                    "M {T|+31 6 1029 3847}",
                ],
            ),
            ("h", "Krachtenveld"),
            (
                "p",
                "De sector vraagt om uitstel van de overstap. Natuurorganisaties vinden 12 procent "
                "gesloten gebied te weinig. De provincie Fryslân en de Waddengemeenten vragen "
                "aandacht voor de werkgelegenheid in de havens van Harlingen en Lauwersoog. Het "
                "lid {O|Dijkema-Nauta} (Kamerlid) heeft aangekondigd hierover vragen te stellen.",
            ),
            ("h", "Juridische aspecten"),
            (
                "p",
                "Het ontwerpbesluit wordt voorbereid met de uniforme openbare "
                "voorbereidingsprocedure. Na terinzagelegging kan iedereen een zienswijze indienen. "
                "Tegen het definitieve besluit staat rechtstreeks beroep open bij de Afdeling "
                "bestuursrechtspraak van de {K|Raad van State}. Gelet op eerdere uitspraken over "
                "bodemberoerende visserij is de onderbouwing van de gesloten gebieden cruciaal. "
                "Mevrouw {P|Şahin} heeft de passende beoordeling daarom laten aanvullen met "
                "recente monitoringsgegevens van de Waddenzee.",
            ),
            ("h", "Financiën"),
            (
                "p",
                "De uitvoering van de vergunning, inclusief toezicht en monitoring, kost jaarlijks "
                "circa {K|€ 1,2 miljoen}. Dit bedrag is opgenomen in de begroting van het "
                "ministerie. De subsidie voor lichter vistuig wordt verstrekt via de "
                "{K|Rijksdienst voor Ondernemend Nederland}. Schippers die voor 1 januari 2028 "
                "overstappen, ontvangen een bijdrage van maximaal 60 procent van de kosten. "
                "Verwacht wordt dat ongeveer 140 kotters gebruik maken van de regeling. Voor het "
                "toezicht op de gesloten gebieden wordt samengewerkt met de {K|Nederlandse "
                "Voedsel- en Warenautoriteit} en de Kustwacht, die de vaarbewegingen volgen via "
                "het satellietvolgsysteem.",
            ),
            ("h", "Communicatie"),
            (
                "p",
                "De sector en de natuurorganisaties worden op de dag van publicatie van het "
                "ontwerpbesluit geïnformeerd. De Tweede Kamer ontvangt een brief. Vragen van de "
                "pers worden beantwoord door de woordvoering; vragen van vissers kunnen worden "
                "gesteld via {K|vergunningen.visserij@minlvvn.nl}. Daarnaast worden in Harlingen "
                "en Lauwersoog informatiebijeenkomsten georganiseerd, waar medewerkers van de "
                "directie de gevolgen van de gesloten gebieden en de subsidieregeling toelichten. "
                "Na afloop van de zienswijzeperiode wordt een nota van antwoord opgesteld en "
                "volgt een nieuwe beslisnota over het definitieve besluit, naar verwachting in "
                "mei 2026.",
            ),
            ("h", "Bijlagen"),
            ("ul", ["1. Ontwerpbesluit natuurvergunning", "2. Passende beoordeling (samenvatting)"]),
            ("h", "Parafen"),
            (
                "table",
                ["Naam", "Functie", "Paraaf", "Datum"],
                [
                    ["{P|Sanne Visser}", "{K|beleidsmedewerker Visserij}", "{X|SV}", "27-01-2026"],
                    ["{P|Elif Şahin}", "{K|adviseur Natura 2000}", "{X|EŞ}", "27-01-2026"],
                    ["{P|J.P. Bakker}", "{K|jurist}", "{X|JPB}", "28-01-2026"],
                ],
            ),
            ("h", MOTIVATION_HEADING),
            ("h3", "Motivering"),
        ],
    )
)

# ---------------------------------------------------------------------------
# 11. SZW - reportlab pure canvas, Helvetica, one page, no motivation section
# ---------------------------------------------------------------------------
NOTES.append(
    dict(
        name="rl05_szw_participatiewet",
        engine="canvas",
        side_column=False,
        font="Helvetica",
        size=10,
        org="Ministerie van Sociale Zaken en Werkgelegenheid",
        date="2026-02-10",
        author="Wei Chen",
        title="Memo vereenvoudiging Participatiewet",
        motivation=None,
        free_space=False,
        header_lines=["{K|Ministerie van Sociale Zaken en Werkgelegenheid}"],
        footer="Parnassusplein 5, Den Haag | {K|(070) 333 4444} (algemeen) | {K|info@minszw.nl}",
        blocks=[
            ("title", "Memo"),
            (
                "fields",
                [
                    ("Aan", "minister {O|Tiemersma}"),
                    ("Van", "{P|W. Chen}, {K|directie Participatie en Decentrale Voorzieningen}"),
                    ("Datum", "{K|10 februari 2026}"),
                    ("Onderwerp", "Stand van zaken wetsvoorstel {K|Participatiewet in balans}"),
                    ("Telefoon", "{T|(070) 333 5871}"),
                    ("E-mail", "{E|w.chen@minszw.nl}"),
                ],
            ),
            ("h", "Stand van zaken"),
            (
                "p",
                "Het wetsvoorstel is op 3 februari 2026 voor advies naar de {K|Raad van State} "
                "gestuurd. Het advies wordt eind maart verwacht. De Eerste Kamer heeft gevraagd de "
                "invoeringstoets van gemeenten mee te sturen. Mw. {P|Zhang} van de "
                "{K|Inspectie SZW} heeft de uitvoerbaarheid beoordeeld als haalbaar, mits "
                "gemeenten zes maanden voorbereidingstijd krijgen.",
            ),
            ("h", "Aandachtspunten"),
            (
                "ul",
                [
                    "De VNG vraagt om compensatie van de invoeringskosten van {K|€ 18 miljoen}.",
                    "Het lid {O|Kuipers-Adriaanse} (Kamerlid) wil de bijverdiengrens verder verhogen.",
                    "De beoogde invoeringsdatum van 1 januari 2027 is krap maar haalbaar.",
                ],
            ),
            ("h", "Vervolg"),
            (
                "p",
                "Na het advies van de Raad van State volgt een nader rapport. {P|Li Na Zhang} en "
                "ondergetekende bereiden dit voor. Voor vragen: {P|Wei Chen}, "
                "{T|06-31415926}.",
            ),
        ],
    )
)
