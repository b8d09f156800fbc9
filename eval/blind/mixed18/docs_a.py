"""Set AB documents 1-15: letters and decisions to residents, objections, hearings, Woo requests, scans."""


def R(t, k="PERSON"):
    return f"[[{t}|{k}]]"


def K(t, k="ORG"):
    return f"{{{{{t}|{k}}}}}"


ZWOLLE_HEAD = [K("Gemeente Zwolle"), f"Bezoekadres {K('Grote Kerkplein 15', 'STREET')}, Zwolle",
               f"{K('Postbus 10007', 'ADDRESS_PUBLIC')}, 8000 GA Zwolle", f"Telefoon {K('14 038', 'PHONE_PUBLIC')}",
               f"{K('www.zwolle.nl', 'URL')}"]
LWD_HEAD = [K("Gemeente Leeuwarden"), f"{K('Postbus 21000', 'ADDRESS_PUBLIC')}, 8900 JA Leeuwarden",
            f"Telefoon {K('14 058', 'PHONE_PUBLIC')}", f"E-mail {K('info@leeuwarden.nl', 'EMAIL_FUNC')}"]
ALM_HEAD = [K("Gemeente Almere"), f"{K('Stadhuisplein 1', 'STREET')}, 1315 HR Almere",
            f"Telefoon {K('14 036', 'PHONE_PUBLIC')}", f"{K('www.almere.nl', 'URL')}"]
UTR_HEAD = [K("Gemeente Utrecht"), f"{K('Stadsplateau 1', 'STREET')}, 3521 AZ Utrecht",
            f"Telefoon {K('14 030', 'PHONE_PUBLIC')}"]

DOCS = []

# ---------------------------------------------------------------- ab01 last onder dwangsom
DOCS.append(dict(
    name="ab01_last_onder_dwangsom", producer="rl", title="Besluit last onder dwangsom", head=ZWOLLE_HEAD,
    foot="Gemeente Zwolle - team Toezicht en Handhaving - zaaknummer Z/24/118734",
    blocks=[
        ("p", f"Aangetekend en per gewone post\n{R('De heer G.J. (Gerrit-Jan) Ter Horst')}\n"
              f"{R('Veerallee 27-B', 'ADDRESS')}\n{R('8019 AD', 'ADDRESS')} Zwolle"),
        ("p", f"Datum: {K('14 maart 2024', 'DATE')}\nZaaknummer: {K('Z/24/118734', 'CASE_NO')}\n"
              f"Ons kenmerk: {K('2024-0031877', 'CASE_NO')}\nBehandeld door: {R('mevrouw J. Kok')}\n"
              f"Telefoon: {R('038 - 498 72 15', 'PHONE')} (rechtstreeks)\nE-mail: {R('j.kok@zwolle.nl', 'EMAIL')}"),
        ("h1", "Besluit last onder dwangsom"),
        ("p", f"Geachte heer {R('Ter Horst')},"),
        ("p", f"Op {K('6 februari 2024', 'DATE')} heeft onze {K('toezichthouder', 'JOB')} {R('Ronald Winter')} een "
              f"controle uitgevoerd op het perceel {R('Veerallee 27-B', 'ADDRESS')}, kadastraal bekend als gemeente "
              f"Zwolle, sectie {R('K 4412', 'CADASTRAL')}. Hij heeft geconstateerd dat achter de woning een "
              f"aanbouw van circa 32 m² is gerealiseerd zonder de vereiste omgevingsvergunning voor een "
              f"{K('omgevingsplanactiviteit', 'TERM')} als bedoeld in artikel 5.1 van de {K('Omgevingswet', 'LAW')}. "
              f"De controle volgde op een melding van uw buurvrouw, mevrouw {R('S. Dam-Oosterhof')}, die op "
              f"{R('Veerallee 29', 'ADDRESS')} woont."),
        ("p", f"Bij brief van {K('20 februari 2024', 'DATE')} hebben wij u ons voornemen meegedeeld. U heeft op "
              f"{K('1 maart 2024', 'DATE')} telefonisch uw zienswijze gegeven aan de heer {R('Winter')}: u stelt "
              f"dat de aannemer, {K('Bouwbedrijf Vechtdal B.V.', 'ORG')} (KvK {K('05089317', 'KVK_BV')}), u had "
              f"verzekerd dat geen vergunning nodig was. Dat ontslaat u niet van uw verantwoordelijkheid."),
        ("h2", "Besluit"),
        ("p", f"Wij gelasten u de aanbouw binnen twaalf weken na de datum van dit besluit te verwijderen. Doet u "
              f"dat niet, dan verbeurt u een dwangsom van {K('€ 2.500,00', 'AMOUNT')} per week met een maximum "
              f"van {K('€ 25.000,00', 'AMOUNT')}. Legalisatie is mogelijk als u binnen de termijn een aanvraag "
              f"indient via het {K('Omgevingsloket', 'PRODUCT')}; de begunstigingstermijn loopt dan door."),
        ("p", f"Heeft u vragen, bel dan {R('mevrouw Kok')} op {R('06-1187 4420', 'PHONE')} of het algemene "
              f"nummer {K('14 038', 'PHONE_PUBLIC')}. Bezwaar maakt u binnen zes weken bij het college, "
              f"{K('Postbus 10007', 'ADDRESS_PUBLIC')}, of digitaal via {K('www.zwolle.nl/bezwaar', 'URL')}."),
        ("p", "Met vriendelijke groet,\nburgemeester en wethouders van Zwolle,\nnamens dezen,"),
        ("sig", [f"{R('drs. H.M. Blom')}", f"{K('teamleider Toezicht en Handhaving', 'JOB')}"]),
        ("small", f"Afschrift: mevrouw {R('S. Dam-Oosterhof')}, {R('Veerallee 29', 'ADDRESS')}, "
                  f"{R('8019 AD', 'ADDRESS')} Zwolle (melder). Kopie: {K('Omgevingsdienst IJsselland', 'ORG')}."),
    ],
    extra=[("PERSON", "De heer G.J. (Gerrit-Jan) Ter Horst", ["Gerrit-Jan", "G.J.", "Ter Horst"]),
           ("PERSON", "mevrouw J. Kok", ["J. Kok", "Kok"]),
           ("PERSON", "drs. H.M. Blom", ["H.M. Blom", "Blom"]),
           ("PERSON", "S. Dam-Oosterhof", ["Dam-Oosterhof"])],
))

# ---------------------------------------------------------------- ab02 bezwaarschrift parkeervergunning (docx)
DOCS.append(dict(
    name="ab02_bezwaar_parkeervergunning", producer="docx", title="Bezwaarschrift parkeervergunning",
    head=[f"{R('Nomvula Osei-Bonsu')}", f"{R('Tweede Daalsedijk 114 bis', 'ADDRESS')}",
          f"{R('3551 EK', 'ADDRESS')} Utrecht"],
    hidden={"author": R("Nomvula Osei-Bonsu")},
    blocks=[
        ("p", f"Aan het college van burgemeester en wethouders van {K('Utrecht', 'PLACE')}\nt.a.v. "
              f"{K('Team Bezwaar en Beroep', 'ORG')}\nPostbus 16200\n3500 CE Utrecht"),
        ("p", f"Utrecht, {K('3 april 2024', 'DATE')}"),
        ("p", f"Betreft: bezwaar tegen weigering bewonersparkeervergunning, uw kenmerk {K('PV-2024-004512', 'CASE_NO')}"),
        ("p", "Geachte heer, mevrouw,"),
        ("p", f"Hierbij maak ik, {R('Nomvula Osei-Bonsu')}, geboren op {R('17-08-1986', 'DOB')}, bezwaar tegen uw "
              f"besluit van {K('12 maart 2024', 'DATE')} waarbij mijn aanvraag voor een bewonersvergunning in "
              f"vergunninggebied {K('Zuilen-Noord', 'PLACE')} is afgewezen. Volgens het besluit staat op mijn adres "
              f"al een vergunning op naam van mijn ex-partner, de heer {R('Kwame Asante')}. Hij woont sinds "
              f"november 2023 niet meer op dit adres; zijn inschrijving in de {K('BRP', 'TERM')} is gewijzigd naar "
              f"{R('Amsterdamsestraatweg 402', 'ADDRESS')}."),
        ("p", f"Ik heb de auto met kenteken {R('K-193-TZ', 'PLATE')} nodig voor mijn werk als wijkverpleegkundige "
              f"bij {K('Careyn', 'ORG')}. Een medewerker van de {K('Stadswinkel', 'ORG')} aan het "
              f"{K('Stadsplateau', 'STREET')} zei mij aan de balie dat ik het beste bezwaar kon maken."),
        ("p", f"U kunt mij bereiken op {R('+31 6 4127 9035', 'PHONE')} of per e-mail via "
              f"{R('nomvula.oseibonsu@gmail.com', 'EMAIL')}. Mijn burgerservicenummer is "
              f"{R('2175 33 772', 'BSN')}."),
        ("p", "Met vriendelijke groet,"),
        ("sig", [R("N. Osei-Bonsu"), f"Bijlage: kopie uitschrijving {R('K. Asante')}"]),
    ],
    extra=[("PERSON", "Nomvula Osei-Bonsu", ["Nomvula", "Osei-Bonsu"]), ("PERSON", "Kwame Asante", ["Asante"])],
))

# ---------------------------------------------------------------- ab03 hoorzitting report (html)
DOCS.append(dict(
    name="ab03_verslag_hoorzitting", producer="html", title="Verslag hoorzitting commissie bezwaarschriften",
    head=[K("Gemeente Almere"), f"{K('Commissie voor de bezwaarschriften', 'ORG')}",
          f"Secretariaat: {K('bezwaar@almere.nl', 'EMAIL_FUNC')} - {K('14 036', 'PHONE_PUBLIC')}"],
    foot=f"Verslag hoorzitting - dossier {K('BZ-2024-0219', 'CASE_NO')} - niet openbaar tot besluit",
    blocks=[
        ("h1", "Verslag hoorzitting"),
        ("table", [["Onderdeel", "Gegevens"],
                   ["Datum en tijd", f"{K('23 april 2024', 'DATE')}, 14.00 - 14.55 uur"],
                   ["Plaats", f"Stadhuis Almere, {K('Stadhuisplein 1', 'STREET')}, zaal {K('Weerwater', 'PLACE')}"],
                   ["Bezwaarmaker", f"{R('mevrouw Shaquira Martina-Statia')} ({R('Muiderzand 88', 'ADDRESS')}, "
                                    f"{R('1309 BK', 'ADDRESS')} Almere)"],
                   ["Gemachtigde", f"{R('mr. D.C. (Dwight) Richardson')}, {K('Juridisch Loket', 'ORG')}"],
                   ["Namens het college", f"{R('Ayaan Warsame')} ({K('consulent Werk en Inkomen', 'JOB')}), "
                                          f"{R('Liesbeth de Groot')} ({K('jurist Sociaal Domein', 'JOB')})"],
                   ["Commissie", f"voorzitter en twee leden; secretaris {R('T. Bakker')}"],
                   ["Besluit in geding", f"intrekking bijstand {K('Participatiewet', 'LAW')}, besluit van "
                                         f"{K('8 januari 2024', 'DATE')}, kenmerk {K('Z/24/004417', 'CASE_NO')}"]],
         {"widths": [1, 3]}),
        ("h2", "Verloop"),
        ("p", f"<b>Voorzitter:</b> opent de zitting en stelt de aanwezigen voor. De hoorzitting wordt opgenomen "
              f"voor het verslag; de opname wordt na vaststelling vernietigd."),
        ("p", f"<b>{R('Richardson')}:</b> mijn cliënte woont sinds 2019 in Almere en is geboren op "
              f"{R('2 mei 1991', 'DOB')} in Willemstad. Zij heeft haar moeder op {K('Curaçao', 'PLACE')} "
              f"bezocht in de periode van 4 tot 31 oktober 2023. Het college stelt dat zij dat had moeten melden. "
              f"Mevrouw {R('Martina-Statia')} heeft dat gedaan, telefonisch bij het {K('KCC', 'ORG')}."),
        ("p", f"<b>{R('Martina-Statia')}:</b> ik heb gebeld met iemand die {R('Sandra')} heette. Zij zei dat het "
              f"goed was. Mijn zoon {R('Jayden')} heeft het gesprek gehoord."),
        ("p", f"<b>{R('Warsame')}:</b> in het klantvolgsysteem {K('Suite4Sociaal Domein', 'PRODUCT')} is geen "
              f"notitie van dat gesprek gevonden. Uit de gegevens van {K('Inlichtingenbureau', 'ORG')} bleek het "
              f"verblijf buiten Nederland; de bankafschriften van rekening {R('NL64 RABO 0888 7810 94', 'IBAN')} "
              f"tonen pinbetalingen in Willemstad."),
        ("p", f"<b>{R('De Groot')}:</b> op grond van artikel 17 van de Participatiewet geldt een "
              f"inlichtingenplicht. Het college erkent dat het beleid voor verblijf buiten Nederland "
              f"(maximaal vier weken) soepel kan worden toegepast, maar hier ging het om 27 dagen zonder melding."),
        ("p", f"<b>Voorzitter:</b> vraagt of het telefoonnummer waarmee is gebeld bekend is. "
              f"<b>{R('Martina-Statia')}:</b> dat was mijn oude nummer, {R('06 - 41 52 63 74', 'PHONE')}."),
        ("p", f"<b>{R('Richardson')}:</b> verzoekt het college de belgegevens van het {K('KCC', 'ORG')} op te vragen "
              f"en verwijst naar de uitspraak van de {K('Centrale Raad van Beroep', 'ORG')} van 2 juni 2022, "
              f"{K('ECLI:NL:CRVB:2022:1208', 'CASE_NO')}."),
        ("h2", "Afspraken"),
        ("p", f"1. Het college levert binnen twee weken het belregister aan (actie {R('Warsame')}).\n"
              f"2. De gemachtigde ontvangt het conceptverslag via {R('d.richardson@juridischloket.nl', 'EMAIL')}.\n"
              f"3. De commissie brengt daarna advies uit aan wethouder {K('Maaike Veeningen', 'OFFICE_HOLDER')}."),
    ],
    extra=[("PERSON", "mevrouw Shaquira Martina-Statia", ["Shaquira Martina-Statia", "Shaquira", "Martina-Statia"]),
           ("PERSON", "mr. D.C. (Dwight) Richardson", ["Dwight", "Richardson"]),
           ("PERSON", "Ayaan Warsame", ["Ayaan", "Warsame"]), ("PERSON", "Liesbeth de Groot", ["Liesbeth", "De Groot"]),
           ("PERSON", "T. Bakker", ["Bakker"])],
    extra_keep=[("PLACE", "Willemstad", ["Willemstad"]), ("LAW", "Participatiewet", ["artikel 17 van de Participatiewet"])],
))

# ---------------------------------------------------------------- ab04 raadsinformatiebrief (rl, two columns)
DOCS.append(dict(
    name="ab04_raadsinformatiebrief_woonoverlast", producer="rl", columns=2,
    title="Raadsinformatiebrief aanpak woonoverlast Holtenbroek", head=ZWOLLE_HEAD,
    foot=f"Raadsinformatiebrief {K('RIB 2024-041', 'CASE_NO')} - portefeuillehouder burgemeester",
    blocks=[
        ("h1", "Raadsinformatiebrief: aanpak woonoverlast Holtenbroek"),
        ("p", f"Aan: de gemeenteraad van Zwolle\nVan: het college, portefeuillehouder burgemeester "
              f"{K('Peter Snijders', 'OFFICE_HOLDER')}\nDatum: {K('16 mei 2024', 'DATE')}\n"
              f"Kenmerk: {K('2024-0048812', 'CASE_NO')}"),
        ("h2", "Aanleiding"),
        ("p", f"In de commissie Bestuur van {K('22 april 2024', 'DATE')} vroeg raadslid {K('Hanneke Stam', 'OFFICE_HOLDER')} "
              f"({K('ChristenUnie', 'PARTY')}) naar de overlast rond de {K('flat aan de Wilhelminalaan', 'STREET')}. "
              f"Wethouder {K('Jan Brink', 'OFFICE_HOLDER')} zegde toe de raad te informeren. Met deze brief doen wij dat."),
        ("h2", "Wat er speelde"),
        ("p", f"Sinds oktober 2023 kwamen 41 meldingen binnen over één portiekwoning. Bewoner {R('Dennis Visser')} "
              f"({R('Wilhelminalaan 61-3', 'ADDRESS')}) ontving op grond van artikel 174a van de "
              f"{K('Gemeentewet', 'LAW')} een waarschuwing van de burgemeester. De heer {R('Visser')} werkt mee aan "
              f"een traject met {K('Tactus Verslavingszorg', 'ORG')} en de woningcorporatie {K('deltaWonen', 'ORG')}."),
        ("p", f"Twee omwonenden, het echtpaar {R('Koning-Mulder')}, hielden een logboek bij en namen deel aan het "
              f"buurtgesprek in wijkcentrum {K('De Kroon', 'ORG')} aan de {K('Burgemeester Visserstraat', 'STREET')}. "
              f"Mevrouw {R('Fenna Koning')} gaf toestemming haar e-mail ({R('fenna.koning@ziggo.nl', 'EMAIL')}) met de "
              f"wijkagent te delen."),
        ("h2", "Resultaat"),
        ("p", f"Het aantal meldingen daalde na {K('1 februari 2024', 'DATE')} naar twee per maand. "
              f"{K('Stichting Buurtbemiddeling Zwolle', 'ORG')} begeleidt de bewoners verder; de wijkregisseur, "
              f"{R('Anouk van Dijk')}, is hun vaste aanspreekpunt ({R('06 52 71 80 93', 'PHONE')})."),
        ("p", f"De {K('Zwolse Aanpak Woonoverlast', 'PROGRAMME')} wordt dit najaar geëvalueerd samen met de "
              f"{K('Politie Oost-Nederland', 'ORG')} en het {K('Openbaar Ministerie', 'ORG')}."),
        ("h2", "Vervolg"),
        ("p", f"De commissie Bestuur ontvangt in het vierde kwartaal de evaluatie. Vragen kunt u stellen via de "
              f"griffie, {K('griffie@zwolle.nl', 'EMAIL_FUNC')}."),
        ("p", f"Burgemeester en wethouders van Zwolle,\nde secretaris, de burgemeester,\n"
              f"{K('P.H. Snijders', 'OFFICE_HOLDER')}"),
        ("small", f"Steller: {R('A. van Dijk')}, {K('wijkregisseur', 'JOB')} Holtenbroek - paraaf {R('AvD', 'PARAPH')}"),
    ],
    extra=[("PERSON", "Dennis Visser", ["Dennis"]), ("PERSON", "Fenna Koning", ["Fenna", "Koning-Mulder"]),
           ("PERSON", "Anouk van Dijk", ["Anouk", "A. van Dijk"])],
    extra_keep=[("PLACE", "Holtenbroek", ["Holtenbroek"])],
))

# ---------------------------------------------------------------- ab05 inspraakreacties (xlsx, landscape)
DOCS.append(dict(
    name="ab05_inspraakreacties_tabel", producer="xlsx", landscape=True, sheet="Reacties",
    title="Overzicht inspraakreacties herinrichting Burgemeester van Roijensingel",
    head=[K("Gemeente Zwolle")], foot="Bijlage 2 bij raadsvoorstel herinrichting singels",
    hidden={"author": R("Marloes ter Beek")},
    blocks=[
        ("h1", "Overzicht inspraakreacties herinrichting Burgemeester van Roijensingel"),
        ("p", f"Ter inzage van {K('4 maart 2024', 'DATE')} tot en met {K('15 april 2024', 'DATE')}; "
              f"zaak {K('Z/24/031170', 'CASE_NO')}"),
        ("table", [
            ["Nr", "Naam", "Adres", "Postcode en plaats", "Samenvatting reactie", "Reactie college"],
            ["1", R("J.P. de Wit"), R("Burgemeester van Roijensingel 4", "ADDRESS"), R("8011 CS Zwolle", "ADDRESS"),
             "Tegen het kappen van de twee platanen voor de villa", "Platanen blijven behouden, zie §3.2"],
            ["2", R("Fam. Hoekstra-Wijnia"), R("Thomas a Kempisstraat 12a", "ADDRESS"), R("8021 BL Zwolle", "ADDRESS"),
             f"Vraagt om een oversteek bij de {K('Thorbeckegracht', 'STREET')}", "Wordt meegenomen"],
            ["3", f"{K('Fietsersbond', 'ORG')} afd. Zwolle", K("Postbus 2828", "ADDRESS_PUBLIC"), "3500 GV Utrecht",
             "Steunt de fietsstraat", "Voor kennisgeving"],
            ["4", R("M. Zwolle"), R("Potgieterstraat 31", "ADDRESS"), R("8012 AV Zwolle", "ADDRESS"),
             "Parkeerdruk neemt toe; verzoekt om vergunningparkeren", "Niet overgenomen"],
            ["5", R("Ömer Yıldırım"), R("Assendorperstraat 140", "ADDRESS"), R("8012 DM Zwolle", "ADDRESS"),
             "Bezorgd over laden en lossen voor zijn winkel", "Laad- en losplek blijft"],
            ["6", R("Sjoukje Winter"), R("Van Nagellstraat 9", "ADDRESS"), R("8011 CB Zwolle", "ADDRESS"),
             "Vraagt om meer groen en bankjes", "Deels overgenomen"],
            ["7", f"{K('Vereniging Wijkbelangen Assendorp', 'ORG')} (voorzitter {R('Kees van ’t Zand')})",
             "p/a " + R("Sumatrastraat 77", "ADDRESS"), R("8022 AC Zwolle", "ADDRESS"),
             "Wil betrokken blijven bij de uitvoering", "Toegezegd"],
            ["8", R("dhr. A. Kok-Meijer"), R("Van Karnebeekstraat 2-II", "ADDRESS"), R("8011 JE Zwolle", "ADDRESS"),
             "Geluid tijdens werkzaamheden", f"Aannemer {K('Dura Vermeer', 'ORG')} houdt zich aan Bouwbesluit"],
        ], {"widths": [4, 22, 26, 17, 42, 30]}),
        ("p", f"Opgesteld door team Ruimte, contactpersoon {R('M. ter Beek')}, telefoon {R('038 498 2290', 'PHONE')}"),
    ],
    extra=[("PERSON", "J.P. de Wit", ["de Wit"]), ("NOAUTO", "M. Zwolle", []), ("PERSON", "Fam. Hoekstra-Wijnia", ["Hoekstra-Wijnia"]),
           ("PERSON", "Ömer Yıldırım", ["Yıldırım", "Ömer"]), ("PERSON", "Sjoukje Winter", ["Sjoukje"]),
           ("PERSON", "Kees van ’t Zand", ["Kees"]), ("PERSON", "dhr. A. Kok-Meijer", ["Kok-Meijer"]),
           ("PERSON", "Marloes ter Beek", ["ter Beek"])],
    extra_keep=[("STREET", "Burgemeester van Roijensingel", ["herinrichting Burgemeester van Roijensingel"])],
))

# ---------------------------------------------------------------- ab06 kapvergunning (rl, Frisian)
DOCS.append(dict(
    name="ab06_kapvergunning_leeuwarden", producer="rl", title="Omgevingsvergunning vellen houtopstand",
    head=LWD_HEAD, foot=f"Leeuwarden - Vergunningen - zaak {K('OLO 8812734', 'CASE_NO')}",
    blocks=[
        ("p", f"{R('Mevrouw T. (Tsjitske) Wijbenga-de Boer')}\n{R('Spanjaardslaan 203', 'ADDRESS')}\n"
              f"{R('8917 AS', 'ADDRESS')} LEEUWARDEN"),
        ("p", f"Datum {K('28 februari 2024', 'DATE')}    Zaaknummer {K('Z-2024-00871', 'CASE_NO')}\n"
              f"Behandeld door {R('Sjoerd Hiemstra')}    Doorkiesnummer {R('(058) 233 8415', 'PHONE')}"),
        ("h1", "Omgevingsvergunning voor het vellen van een houtopstand"),
        ("p", f"Geachte mevrouw {R('Wijbenga-de Boer')},"),
        ("p", f"U heeft op {K('5 januari 2024', 'DATE')} een aanvraag ingediend voor het vellen van een "
              f"{K('Acer pseudoplatanus', 'TERM')} (esdoorn) in de voortuin van uw woning. De boom staat op "
              f"11 meter van de gevel. Onze {K('boomdeskundige', 'JOB')}, de heer {R('Hiemstra')}, "
              f"heeft de boom op {K('22 januari 2024', 'DATE')} beoordeeld met de {K('VTA-methode', 'TERM')} "
              f"(Visual Tree Assessment)."),
        ("p", f"Uit de inspectie blijkt dat de boom is aangetast door {K('Kretzschmaria deusta', 'TERM')} "
              f"(korsthoutskoolzwam). Wij verlenen de vergunning op grond van de {K('Bomenverordening Leeuwarden', 'LAW')} "
              f"onder de voorwaarde dat u binnen één plantseizoen een nieuwe boom (minimaal maat 16-18) plant."),
        ("p", f"Uw buurman, de heer {R('Oebele Faber')} ({R('Spanjaardslaan 205', 'ADDRESS')}), heeft laten weten "
              f"geen bezwaar te hebben. De leges bedragen {K('€ 96,45', 'AMOUNT')}; u ontvangt hiervoor een "
              f"nota van de {K('Belastingsamenwerking Friesland', 'ORG')}."),
        ("p", f"Bezwaar? Stuur binnen zes weken een brief aan het college, {K('Postbus 21000', 'ADDRESS_PUBLIC')}, "
              f"8900 JA Leeuwarden. Voor vragen kunt u de heer {R('Hiemstra')} ook mailen: "
              f"{R('sjoerd.hiemstra@leeuwarden.nl', 'EMAIL')}."),
        ("p", f"Met vriendelijke groet,\nnamens het college van burgemeester en wethouders van Leeuwarden,"),
        ("sig", [R("Y. Jorritsma-Postma"), f"{K('vakspecialist Vergunningen', 'JOB')}"]),
        ("small", f"Ter informatie: burgemeester {K('Sybrand Buma', 'OFFICE_HOLDER')} en wethouder "
                  f"{K('Hein de Haan', 'OFFICE_HOLDER')} (openbare ruimte) ontvangen maandelijks een overzicht van "
                  f"verleende kapvergunningen. Het {K('Wetterskip Fryslân', 'ORG')} is geïnformeerd."),
    ],
    extra=[("PERSON", "Mevrouw T. (Tsjitske) Wijbenga-de Boer", ["Tsjitske", "Wijbenga-de Boer"]),
           ("PERSON", "Sjoerd Hiemstra", ["Sjoerd", "Hiemstra"]), ("PERSON", "Oebele Faber", ["Oebele"]),
           ("PERSON", "Y. Jorritsma-Postma", ["Jorritsma-Postma"])],
    extra_keep=[("PLACE", "Leeuwarden", ["Leeuwarden"])],
))

# ---------------------------------------------------------------- ab07 parkeervergunning beschikking (html)
DOCS.append(dict(
    name="ab07_parkeervergunning_mantelzorg", producer="html", title="Beschikking mantelzorgparkeervergunning",
    head=UTR_HEAD + [f"Parkeren: {K('parkeren@utrecht.nl', 'EMAIL_FUNC')}"],
    foot=f"Gemeente Utrecht, {K('Stadsbedrijven', 'ORG')} - Parkeervergunningen - beschikking {K('2024-PV-118802', 'CASE_NO')}",
    blocks=[
        ("p", f"{R('De heer R.A. Soares da Silva Santos')}\n{R('Marco Pololaan 388', 'ADDRESS')}\n{R('3526 GM', 'ADDRESS')}  UTRECHT"),
        ("table", [["Datum", "Klantnummer", "Uw aanvraag van", "Kenmerk"],
                   [K("9 april 2024", "DATE"), R("400 118 273", "CLIENTNR"), K("25 maart 2024", "DATE"),
                    K("2024-PV-118802", "CASE_NO")]], {"widths": [1, 1, 1, 1]}),
        ("h1", "Uw mantelzorgvergunning"),
        ("p", f"Beste heer {R('Soares da Silva Santos')},"),
        ("p", f"U vroeg een mantelzorgparkeervergunning aan voor het verlenen van zorg aan uw moeder, mevrouw "
              f"{R('Maria da Conceição Soares')}, wonend {R('Jan van Galenstraat 17', 'ADDRESS')} in "
              f"{K('Lombok', 'PLACE')}. Zij is geboren op {R('03.11.1948', 'DOB')}. Op grond van de "
              f"{K('Parkeerverordening Utrecht 2024', 'LAW')} kent het college u de vergunning toe."),
        ("table", [["Vergunning", "Gebied", "Kenteken", "Geldig tot"],
                   ["Mantelzorg", f"{K('West-Lombok', 'PLACE')}", R("GX-482-B", "PLATE"), K("8 april 2025", "DATE")]],
         {"widths": [1, 1, 1, 1]}),
        ("p", f"Het bedrag van {K('€ 54,60', 'AMOUNT')} per jaar wordt automatisch afgeschreven van rekening "
              f"{R('NL45ABNA6679876232', 'IBAN')} ten name van {R('R.A. Soares')}. De verklaring van de huisarts, "
              f"dokter {R('H. Nasiri')} van {K('Gezondheidscentrum Lombok', 'ORG')}, is in het dossier opgenomen."),
        ("p", f"Verandert er iets? Geef het door via {K('Mijn Loket', 'PRODUCT')} op {K('www.utrecht.nl', 'URL')} "
              f"of bel {K('14 030', 'PHONE_PUBLIC')}. Vragen over deze beschikking: {R('Bram Koster', 'PERSON')}, "
              f"{K('medewerker Parkeervergunningen', 'JOB')}, {R('030 - 286 14 72', 'PHONE')}."),
        ("p", f"Met vriendelijke groet,\nburgemeester {K('Sharon Dijksma', 'OFFICE_HOLDER')} en wethouders van Utrecht,\n"
              f"namens dezen, het hoofd {K('Parkeren', 'ORG')}"),
    ],
    extra=[("PERSON", "De heer R.A. Soares da Silva Santos", ["Soares da Silva Santos", "da Silva Santos"]),
           ("PERSON", "Maria da Conceição Soares", ["Conceição", "Maria da Conceição"]),
           ("PERSON", "H. Nasiri", ["Nasiri"]), ("PERSON", "Bram Koster", ["Koster"])],
))

# ---------------------------------------------------------------- ab08 schuldhulp beschikking (docx)
DOCS.append(dict(
    name="ab08_schuldhulp_beschikking", producer="docx", title="Beschikking schuldhulpverlening",
    head=ALM_HEAD, foot=f"Schuldhulpverlening Almere - dossier {K('SHV-23-08817', 'CASE_NO')} - vertrouwelijk",
    hidden={"author": R("Nurul Hidayati")},
    blocks=[
        ("p", f"{R('Mevrouw I.W. Kartodikromo')}\n{R('Vlinderweg 142', 'ADDRESS')}\n{R('1334 PM', 'ADDRESS')} Almere"),
        ("p", f"Almere, {K('2 februari 2024', 'DATE')}\nOns kenmerk: {K('SHV-23-08817', 'CASE_NO')}\n"
              f"BSN: {R('274743413', 'BSN')}\nGeboortedatum: {R('19 januari 1979', 'DOB')}"),
        ("h1", "Besluit op uw aanvraag schuldhulpverlening"),
        ("p", f"Geachte mevrouw {R('Kartodikromo')},"),
        ("p", f"Op {K('12 december 2023', 'DATE')} heeft u een intakegesprek gehad met uw schuldhulpverlener "
              f"{R('Nurul Hidayati')}. Op grond van de {K('Wet gemeentelijke schuldhulpverlening', 'LAW')} besluiten "
              f"wij u toe te laten tot een schuldregeling. Het plan van aanpak is als bijlage toegevoegd."),
        ("table", [["Schuldeiser", "Soort schuld", "Bedrag"],
                   [K("Belastingdienst/Toeslagen", "ORG"), "terugvordering huurtoeslag 2022", K("€ 2.318,00", "AMOUNT")],
                   [K("CJIB", "ORG"), "verkeersboetes", K("€ 412,00", "AMOUNT")],
                   [K("Vattenfall", "ORG"), "energie", K("€ 1.096,37", "AMOUNT")],
                   [K("Stichting Woonzorg Almere", "ORG"), "huurachterstand", K("€ 3.940,12", "AMOUNT")],
                   [f"{R('J. Kartodikromo')} (broer, particuliere lening)", "lening", K("€ 1.500,00", "AMOUNT")]],
         {"widths": [3, 3, 1.5]}),
        ("p", f"Uw inkomen (uitkering {K('UWV', 'ORG')} WW) wordt beheerd via budgetbeheerrekening "
              f"{R('NL 09 TRIO 2341 2932 41', 'IBAN')}. Vaste lasten betalen wij voor u. Uw leefgeld van "
              f"{K('€ 85,00', 'AMOUNT')} per week ontvangt u op uw eigen rekening {R('NL07ASNB9515519452', 'IBAN')}."),
        ("p", f"Uw dochter {R('Sari')} (geboren {R('07-06-2007', 'DOB')}) staat niet op de huurovereenkomst; "
              f"haar bijbaan heeft geen invloed op deze regeling."),
        ("p", f"Vragen? Neem contact op met {R('mevrouw Hidayati')} via {R('n.hidayati@almere.nl', 'EMAIL')} of "
              f"{R('06-2387 1154', 'PHONE')}. Bereikbaar op maandag, dinsdag en donderdag. Buiten die dagen kunt u "
              f"bellen met {K('14 036', 'PHONE_PUBLIC')} of de {K('Geldfit', 'PROGRAMME')}-lijn {K('0800 8115', 'PHONE_PUBLIC')}."),
        ("p", "Met vriendelijke groet,\nhet college van burgemeester en wethouders van Almere,\nnamens dezen,"),
        ("sig", [R("W. Pattipeilohy"), K("teamleider Schuldhulpverlening", "JOB")]),
    ],
    extra=[("PERSON", "Mevrouw I.W. Kartodikromo", ["Kartodikromo", "I.W. Kartodikromo"]),
           ("PERSON", "Nurul Hidayati", ["Nurul", "Hidayati"]), ("PERSON", "W. Pattipeilohy", ["Pattipeilohy"])],
))
