"""Documents of set CN, part 1 (cn01-cn16)."""
from content import doc, hidden

# ---------------------------------------------------------------- cn01 ProRail incident report
doc("cn01", "rl", font="Helvetica", title="Incidentrapportage INC-2024-113842", author="ProRail Veiligheid",
    header="ProRail - Veiligheid & Incidentonderzoek - VERTROUWELIJK tot vaststelling", blocks=[
    "# Incidentrapportage overwegincident Loo (Bathmen)",
    "| Veld | Gegevens",
    "| Incidentnummer | INC-2024-113842",
    "| Datum en tijd | 8 november 2024, 07.52 uur",
    "| Locatie | Overweg Loo, km 78,350, baanvak Deventer - Almelo, gemeente Deventer (kern Bathmen)",
    "| Type overweg | AHOB (automatische halve overwegbomen), dubbelsporig",
    "| Trein | Intercity 1745 (serie 1700, Den Haag Centraal - Enschede), materieel VIRM",
    "| Betrokken weggebruiker | Landbouwtrekker met aanhanger, eigendom Loonbedrijf De Schipbeek B.V.",
    "| Rapporteur | Tessa Bronsvoort, incidentonderzoeker ProRail Veiligheid",
    "## 1. Samenvatting",
    "Op vrijdag 8 november 2024 om 07.52 uur is Intercity 1745 op overweg Loo in aanraking gekomen met de "
    "aanhanger van een landbouwtrekker die na het sluiten van de bomen tussen de halve bomen stilstond. De "
    "machinist, de heer D. Hofstede (personeelsnummer 7728413), heeft een snelremming ingezet; de trein kwam "
    "circa 420 meter na de overweg tot stilstand. De bestuurder van de trekker, de heer H. Oude Luttikhuis, "
    "had de cabine op dat moment al verlaten. Er vielen geen doden; de hoofdconducteur, mevrouw S. "
    "Wolters-Ekkel (personeelsnummer 7731950), en twee reizigers liepen lichte verwondingen op.",
    "## 2. Melding en alarmering",
    "De treindienstleider van post Zwolle, de heer H. El Idrissi (personeelsnummer 304417), ontving om 07.52 "
    "uur de noodoproep van de machinist via GSM-R en heeft direct beide sporen tussen Deventer en Holten "
    "gestremd. Meldkamer Spoor alarmeerde de Officier van Dienst Spoor (OvD-Spoor), mevrouw A. Veldhoen, "
    "die om 08.31 uur ter plaatse was. Veiligheidsregio IJsselland was met brandweer en ambulance aanwezig.",
    "## 3. Getuigen",
    "| Getuige | Rol | Bereikbaar",
    "| Naomi Kamerling | fietser, wachtte aan de zuidzijde van de overweg | 06 1827 3645",
    "| Ilse Pelgrim | reiziger in rijtuig 2 | 06 2973 0481",
    "| Hendrik Oude Luttikhuis | bestuurder landbouwtrekker | 06 5118 2736",
    "---",
    "## 4. Bevindingen eerste onderzoek",
    "De registratie van de overwegbeveiliging laat zien dat de AHOB correct functioneerde: de lichten "
    "knipperden 26 seconden voordat de trein de overweg bereikte, de bomen waren 17 seconden voor aankomst "
    "gesloten. De ATB-registratie van de trein toont een snelheid van 128 km/u bij het inzetten van de "
    "snelremming. Volgens zijn eigen verklaring reed de heer Oude Luttikhuis de overweg op terwijl de lichten "
    "al knipperden, omdat hij dacht dat de aanhanger er nog achter zou passen; de aanhanger bleef tussen de "
    "bomen hangen.",
    "Mevrouw Kamerling verklaarde dat zij de trekker \"rustig\" zag oprijden en dat de bestuurder uitstapte "
    "en wegrende. Mevrouw Pelgrim bevestigt dat de hoofdconducteur direct na de stilstand de reizigers "
    "heeft ingelicht.",
    "## 5. Gevolgen",
    "Treinverkeer tussen Deventer en Almelo gestremd van 07.52 tot 13.40 uur; NS zette bussen in tussen "
    "Deventer en Holten. Schade aan de kop van VIRM 9471, aan de aanhanger en aan een overwegboom. ILT is "
    "geïnformeerd (dossier ILT-2024/188731); de Onderzoeksraad voor Veiligheid heeft besloten een onderzoek te "
    "starten.",
    "## 6. Vervolg",
    "Overweg Loo staat op de lijst van het Landelijk Verbeterprogramma Overwegen (LVO). Projectmanager "
    "Bart Wesselink (ProRail Capaciteitsontwikkeling, regio Oost) wordt gevraagd de planning van het project "
    "Onderdoorgang Loo (PRJ-OV-0873) te actualiseren.",
    "",
    "Opgesteld: T. Bronsvoort, 11 november 2024 - tessa.bronsvoort@prorail.nl\n"
    "Vastgesteld: A. Veldhoen, OvD-Spoor, 12 november 2024",
])

# ---------------------------------------------------------------- cn02 NS driver report (scan)
doc("cn02", "scan", font="Courier", size=11, producer_note="scan (typed form, Courier, 200 dpi, JPEG)",
    blocks=[
    "# NS - RAPPORT MACHINIST / BIJZONDERE GEBEURTENIS",
    "Formulier VG-12 (versie 2023) - in te leveren bij de teamleider binnen 24 uur",
    "",
    "Naam machinist: Dennis Hofstede",
    "Personeelsnummer: 7728413",
    "Standplaats: Zwolle",
    "Treinnummer: 1745    Materieel: VIRM 9471",
    "Datum: 8 november 2024    Tijd: 07.52",
    "Plaats: overweg Loo, tussen Deventer en Holten",
    "Hoofdconducteur: Sabine Wolters-Ekkel (7731950)",
    "",
    "Beschrijving:",
    "Naderde de overweg met ca. 130 km/u. Zag op ca. 300 m een",
    "trekker met aanhanger tussen de bomen staan. Direct",
    "snelremming en tyfoon. Bestuurder rende weg van de overweg.",
    "Aanrijding met de aanhanger. Trein stond na ca. 400 m stil.",
    "Noodoproep via GSM-R aan treindienstleider post Zwolle",
    "(Hamid El Idrissi). Reizigers via omroep geinformeerd.",
    "",
    "Letsel: geen eigen letsel. Hoofdconducteur schaafwond arm.",
    "Nazorg aangeboden: ja, door teamleider Erik Brinkerink.",
    "",
    "Handtekening machinist: D. Hofstede",
])

# ---------------------------------------------------------------- cn03 e-mail thread (English headers)
doc("cn03", "rl", font="Times-Roman", size=10.5, title="RE: Overweg Loo - vragen staatssecretaris",
    author="", blocks=[
    "From: Terpstra, Marloes <marloes.terpstra@minienw.nl>",
    "Sent: Tuesday, November 12, 2024 4:18 PM",
    "To: Wesselink, Bart <bart.wesselink@prorail.nl>",
    "Cc: Harmsen, Joost <joost.harmsen@minienw.nl>; spoorveiligheid@minienw.nl",
    "Subject: RE: Overweg Loo - vragen staatssecretaris",
    "",
    "Hoi Bart,",
    "Dank voor de snelle reactie. De staatssecretaris wil donderdag in de Tweede Kamer kunnen zeggen "
    "wanneer de Onderdoorgang Loo klaar is. Kun je de planning uit het MIRT-overzicht bevestigen (start "
    "realisatie 2027, oplevering 2029)? Joost vraagt ook of ProRail al contact heeft gehad met de provincie "
    "Overijssel over de cofinanciering.",
    "Groet, Marloes",
    "",
    "Marloes Terpstra | beleidsmedewerker Spoorveiligheid\n"
    "Ministerie van Infrastructuur en Waterstaat | Directoraat-Generaal Mobiliteit\n"
    "Rijnstraat 8 | 2515 XP Den Haag | Postbus 20901 | 2500 EX Den Haag\n"
    "M 06 4187 2093 | T 070 456 0000 (algemeen)",
    "",
    "From: Wesselink, Bart <bart.wesselink@prorail.nl>",
    "Sent: Tuesday, November 12, 2024 11:02 AM",
    "To: Terpstra, Marloes <marloes.terpstra@minienw.nl>",
    "Cc: Gerritsma, Yvonne <yvonne.gerritsma@prorail.nl>",
    "Subject: RE: Overweg Loo - vragen staatssecretaris",
    "",
    "> Beste Marloes,",
    "> In de bijlage de eerste incidentrapportage (INC-2024-113842). Kort: de AHOB werkte, de trekker reed "
    "op bij knipperende lichten. De machinist is door NS uit de dienst genomen voor nazorg. Over de "
    "planning van PRJ-OV-0873 kom ik vanmiddag terug; Yvonne (omgevingsmanager) heeft de bewoners van de "
    "Loodijk gisteravond gebeld.",
    "> Met vriendelijke groet,\nBart Wesselink\nProjectmanager Overwegen regio Oost | ProRail\n"
    "Moreelsepark 3, Utrecht | +31 6 1092 8374",
    "---",
    "> ---------- Forwarded message ---------",
    "> From: Harmsen, Joost <joost.harmsen@minienw.nl>",
    "> Date: Mon, 11 Nov 2024 at 08:41",
    "> Subject: Overweg Loo - vragen staatssecretaris",
    "> To: Wesselink, Bart <bart.wesselink@prorail.nl>",
    "> Cc: Terpstra, Marloes <marloes.terpstra@minienw.nl>; Dijkhuizen, Femke "
    "<femke.dijkhuizen@minienw.nl>",
    "> Bart, Marloes,",
    "> Na de aanrijding van vrijdag op overweg Loo bij Bathmen heeft de staatssecretaris om een feitelijke "
    "reconstructie gevraagd, en om de stand van het LVO-project. Er liggen al mondelinge vragen van het lid "
    "De Hoop (GroenLinks-PvdA). Femke neemt het bestuurlijke spoor met gedeputeerde Rouwenhorst en "
    "wethouder Kremers (Deventer) op zich.",
    "> Kunnen jullie vóór dinsdag 12.00 uur leveren:",
    "> 1. tijdlijn van het incident (ProRail / NS);",
    "> 2. staat van de AHOB en recente storingen;",
    "> 3. planning Onderdoorgang Loo en de stand van de grondverwerving (Gerrit Pasman heeft de lijst).",
    "> Dank! Joost",
    "> Joost Harmsen\nAfdelingshoofd Spoorveiligheid - DGMo\nMinisterie van Infrastructuur en Waterstaat\n"
    "06-29485137",
    "",
    "Dit bericht kan informatie bevatten die niet voor u is bestemd. Indien u niet de geadresseerde bent "
    "of dit bericht abusievelijk aan u is toegezonden, wordt u verzocht dat aan de afzender te melden en "
    "het bericht te verwijderen. De Staat aanvaardt geen aansprakelijkheid voor schade, van welke aard "
    "ook, die verband houdt met risico's verbonden aan het elektronisch verzenden van berichten.",
])

# ---------------------------------------------------------------- cn04 e-mail thread (Dutch headers), docx
doc("cn04", "docx", font="Calibri", size=10.5, title="Bestuurlijk overleg overweg Loo", author="IenW",
    producer_note="python-docx, LibreOffice", blocks=[
    "Van: Dijkhuizen, Femke <femke.dijkhuizen@minienw.nl>",
    "Verzonden: donderdag 28 november 2024 09:14",
    "Aan: Kuipers, Leonie <leonie.kuipers@overijssel.nl>; c.haverkate@deventer.nl",
    "CC: Harmsen, Joost <joost.harmsen@minienw.nl>; Zwakenberg, Maarten <m.zwakenberg@overijssel.nl>; "
    "r.nijkamp@rijssen-holten.nl",
    "Onderwerp: Voorstel bestuurlijk overleg overweg Loo - 21 januari 2025",
    "",
    "Beste Leonie, Carolien,",
    "Zoals telefonisch besproken stelt de staatssecretaris voor om op 21 januari 2025 een bestuurlijk "
    "overleg te houden over overweg Loo, met gedeputeerde Rouwenhorst, wethouder Kremers (Deventer) en "
    "wethouder Koopman (Rijssen-Holten). ProRail schuift aan. Het overleg is in het provinciehuis in Zwolle "
    "(Luttenbergstraat 2).",
    "Willen jullie vóór 10 december de agendapunten doorgeven? Maarten, zou jij de zaal willen reserveren?",
    "Hartelijke groet,",
    "Femke Dijkhuizen\nSenior adviseur bestuurlijke zaken\nDirectoraat-Generaal Mobiliteit\n"
    "Ministerie van Infrastructuur en Waterstaat\nT 06 5391 7264",
    "",
    "Van: Kuipers, Leonie <leonie.kuipers@overijssel.nl>",
    "Verzonden: woensdag 27 november 2024 17:32",
    "Aan: Dijkhuizen, Femke <femke.dijkhuizen@minienw.nl>",
    "Onderwerp: RE: overweg Loo",
    "",
    "> Hoi Femke,",
    "> De gedeputeerde wil graag, maar hecht eraan dat de cofinanciering uit het MIRT-gebiedsprogramma "
    "eerst ambtelijk is voorbereid. Onze bijdrage is nu € 4,2 mln; Deventer draagt € 1,1 mln bij. "
    "Rijssen-Holten vraagt of de omleiding via de N348 in de aanbesteding wordt meegenomen; Ruben "
    "Nijkamp van de gemeente mailt je daarover.",
    "> Groeten, Leonie",
    "> Leonie Kuipers | Projectleider Spoor | Provincie Overijssel\n"
    "> Luttenbergstraat 2, Zwolle | 06 4738 2910 | postbus@overijssel.nl | 038 499 88 99",
    "---",
    "> -----Oorspronkelijk bericht-----",
    "> Van: Haverkate, Carolien <c.haverkate@deventer.nl>",
    "> Verzonden: woensdag 27 november 2024 15:05",
    "> Aan: Kuipers, Leonie; Dijkhuizen, Femke",
    "> Onderwerp: overweg Loo",
    "> Dag beiden,",
    "> Na de informatieavond in Bathmen is de druk groot. Wethouder Kremers wil in het overleg ook de "
    "bereikbaarheid van de Loodijk tijdens de bouw bespreken. Burgemeester König heeft de raad "
    "geïnformeerd. Kunnen we ProRail vragen Yvonne Gerritsma (omgevingsmanager) mee te nemen?",
    "> Met vriendelijke groet,\nCarolien Haverkate\nprojectleider Mobiliteit, gemeente Deventer\n"
    "06-28374615 | algemeen 14 0570",
    "",
    "Van: Nijkamp, Ruben <r.nijkamp@rijssen-holten.nl>",
    "Verzonden: donderdag 28 november 2024 10:47",
    "Aan: Dijkhuizen, Femke",
    "CC: Kuipers, Leonie",
    "Onderwerp: RE: Voorstel bestuurlijk overleg overweg Loo - 21 januari 2025",
    "",
    "Beste Femke,",
    "Wethouder Koopman komt graag. Wij vragen aandacht voor de omleidingsroute via Holten en de N348 en "
    "voor de schoolroutes. Burgemeester Gerritsen is op die datum verhinderd.",
    "Met vriendelijke groet,\nRuben Nijkamp\nbeleidsadviseur verkeer, gemeente Rijssen-Holten\n"
    "T 0548 854 217 (direct) | 0548 854 854 (algemeen)",
])

# ---------------------------------------------------------------- cn05 Kamerbrief (kept names only)
doc("cn05", "rl", font="LiberationSerif", size=11, title="Kamerbrief over aanrijding overweg Loo",
    author="Ministerie van Infrastructuur en Waterstaat", blocks=[
    "> Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nPostbus 20018\n2500 EA Den Haag",
    "",
    "Datum: 2 december 2024\nBetreft: Aanrijding op overweg Loo (Bathmen) en voortgang Landelijk "
    "Verbeterprogramma Overwegen\nOns kenmerk: IENW/BSK-2024/331872",
    "",
    "Geachte voorzitter,",
    "Op 8 november 2024 is Intercity 1745 van NS op overweg Loo bij Bathmen (gemeente Deventer) in aanraking "
    "gekomen met de aanhanger van een landbouwtrekker. Met deze brief informeer ik uw Kamer, mede namens "
    "de minister van Infrastructuur en Waterstaat, over de toedracht voor zover nu bekend, over de "
    "onderzoeken die lopen en over de maatregelen op deze overweg. Daarmee doe ik tevens de toezegging "
    "gestand die ik tijdens het vragenuur van 19 november 2024 aan het lid De Hoop (GroenLinks-PvdA) heb "
    "gedaan, en beantwoord ik de vraag van het lid Olger van Dijk (NSC) over de planning van de "
    "ongelijkvloerse kruising.",
    "## Toedracht",
    "Uit de eerste rapportage van ProRail blijkt dat de automatische halve overwegbomen (AHOB) correct "
    "functioneerden. De bestuurder van de trekker is de overweg opgereden toen de waarschuwingslichten al "
    "knipperden. De machinist heeft een snelremming ingezet. De hoofdconducteur en twee reizigers raakten "
    "licht gewond. Ik ben de machinist en het treinpersoneel erkentelijk voor hun professionele optreden.",
    "## Onderzoeken",
    "De Onderzoeksraad voor Veiligheid (OVV) heeft op grond van de Rijkswet Onderzoeksraad voor Veiligheid "
    "een onderzoek ingesteld. De Inspectie Leefomgeving en Transport (ILT) onderzoekt of ProRail en NS "
    "hebben gehandeld overeenkomstig de Spoorwegwet en het Besluit spoorverkeer. Ik zal uw Kamer over de "
    "uitkomsten informeren.",
    "---",
    "## Overweg Loo in het LVO",
    "Overweg Loo is in 2021 opgenomen in het Landelijk Verbeterprogramma Overwegen. ProRail bereidt in "
    "opdracht van het ministerie, samen met de provincie Overijssel en de gemeenten Deventer en "
    "Rijssen-Holten, de vervanging van de overweg door een onderdoorgang voor (project Onderdoorgang Loo). "
    "De totale kosten worden geraamd op € 18,6 miljoen, waarvan € 4,2 miljoen door de provincie Overijssel "
    "en € 1,1 miljoen door de gemeente Deventer wordt bijgedragen. De start van de realisatie is voorzien "
    "in 2027. Voor de benodigde gronden is ProRail in gesprek met de eigenaren; waar minnelijke verwerving "
    "niet lukt, zal ik zo nodig een onteigeningsbeschikking op grond van de Omgevingswet nemen.",
    "## Vervolg",
    "Op 21 januari 2025 vindt een bestuurlijk overleg plaats met gedeputeerde Rouwenhorst, wethouder "
    "Kremers van Deventer en wethouder Koopman van Rijssen-Holten. Ik informeer uw Kamer in de "
    "voortgangsbrief overwegveiligheid (Kamerstuk 29 893) over de uitkomst.",
    "",
    "Hoogachtend,",
    "DE STAATSSECRETARIS VAN INFRASTRUCTUUR EN WATERSTAAT - OPENBAAR VERVOER EN MILIEU,",
    "",
    "Chris Jansen",
])

# ---------------------------------------------------------------- cn06 verslag bestuurlijk overleg (docx)
doc("cn06", "docx", font="Liberation Serif", size=10.5, title="Verslag BO overweg Loo 21-01-2025",
    author="Provincie Overijssel", producer_note="python-docx, LibreOffice", blocks=[
    "# Verslag bestuurlijk overleg overweg Loo",
    "Datum: 21 januari 2025, 14.00-15.45 uur\nLocatie: Provinciehuis Overijssel, Luttenbergstraat 2, Zwolle\n"
    "Kenmerk: IENW/BSK-2025/012207",
    "## Aanwezig",
    "| Naam | Organisatie | Rol",
    "| C. Jansen | Ministerie van IenW | staatssecretaris (voorzitter)",
    "| A. Rouwenhorst | Provincie Overijssel | gedeputeerde Mobiliteit",
    "| T. Kremers | gemeente Deventer | wethouder Mobiliteit",
    "| J. Koopman | gemeente Rijssen-Holten | wethouder Verkeer",
    "| J. Harmsen | IenW, DGMo | afdelingshoofd Spoorveiligheid",
    "| F. Dijkhuizen | IenW, DGMo | senior adviseur (verslag)",
    "| L. Kuipers | Provincie Overijssel | projectleider Spoor",
    "| C. Haverkate | gemeente Deventer | projectleider Mobiliteit",
    "| R. Nijkamp | gemeente Rijssen-Holten | beleidsadviseur verkeer",
    "| B. Wesselink | ProRail | projectmanager Overwegen",
    "| Y. Gerritsma | ProRail | omgevingsmanager",
    "Afwezig met bericht: burgemeester Gerritsen (Rijssen-Holten); M. Zwakenberg (Provincie Overijssel).",
    "## 1. Opening",
    "Staatssecretaris Jansen opent het overleg en staat stil bij de aanrijding van 8 november 2024. Hij "
    "spreekt zijn waardering uit voor het treinpersoneel. Gedeputeerde Rouwenhorst sluit zich daarbij aan.",
    "## 2. Stand van zaken onderzoeken",
    "De heer Harmsen meldt dat de OVV (zaak Z2024-0415) en de ILT (ILT-2024/188731) hun onderzoek nog niet "
    "hebben afgerond. ProRail (de heer Wesselink) licht toe dat de AHOB na het incident volledig is "
    "gecontroleerd en dat er geen storingen zijn gevonden.",
    "---",
    "## 3. Onderdoorgang Loo: planning en financiering",
    "De heer Wesselink presenteert de planning: omgevingsvergunning in 2025, grondverwerving 2025-2026, "
    "realisatie 2027-2029. Gedeputeerde Rouwenhorst bevestigt de provinciale bijdrage van € 4,2 mln uit "
    "het MIRT-gebiedsprogramma, onder voorwaarde dat de fietsroute naar Holten behouden blijft. Wethouder "
    "Kremers bevestigt de bijdrage van Deventer (€ 1,1 mln) en vraagt om een bouwweg zodat de Loodijk "
    "bereikbaar blijft. Wethouder Koopman vraagt de omleiding via de N348 met de gemeente Rijssen-Holten af "
    "te stemmen; mevrouw Gerritsma zegt toe dit in het verkeersplan op te nemen.",
    "## 4. Grondverwerving",
    "ProRail heeft met vijf van de negen eigenaren overeenstemming. De staatssecretaris geeft aan dat hij, als "
    "minnelijk overleg niet slaagt, bereid is een onteigeningsbeschikking op grond van de Omgevingswet te "
    "nemen; lopende procedures onder de oude Onteigeningswet zijn er niet.",
    "## 5. Communicatie",
    "Er komt een gezamenlijke bewonersbrief (ProRail, gemeente) en een tweede informatieavond in Bathmen. "
    "Mevrouw Haverkate en mevrouw Gerritsma stemmen de tekst af; woordvoering loopt via de staatssecretaris "
    "voor het Rijk en via wethouder Kremers voor de gemeente.",
    "## 6. Afspraken",
    "| Nr | Afspraak | Wie | Wanneer",
    "| 1 | Verkeersplan incl. omleiding N348 | ProRail (YGE) | 1 april 2025",
    "| 2 | Bestuursovereenkomst cofinanciering | IenW (JHA) / provincie (LKU) | 12 maart 2025",
    "| 3 | Tweede informatieavond Bathmen | gemeente (CHA) / ProRail | februari 2025",
    "| 4 | Brief aan de Tweede Kamer | IenW (FDI) | na vaststelling verslag",
    "Verslag vastgesteld per e-mail op 4 februari 2025.",
])

# ---------------------------------------------------------------- cn07 actielijst (Courier)
doc("cn07", "rl", font="Courier", size=9, title="Actielijst projectteam Onderdoorgang Loo", author="",
    colw={5: [40, 200, 70, 80, 70]}, blocks=[
    "# Actielijst projectteam Onderdoorgang Loo (PRJ-OV-0873)",
    "Stand: 3 februari 2025. Paraafcodes: BWE = projectmanager ProRail, YGE = omgevingsmanager ProRail, "
    "MTE / JHA / FDI = IenW, LKU = provincie, CHA = gemeente Deventer.",
    "| Nr | Actie | Eigenaar | Deadline | Status",
    "| A-01 | Tijdlijn incident 8 november 2024 aanleveren aan IenW | BWE | 12-11-2024 | gereed (MTE)",
    "| A-02 | AHOB-storingshistorie 2019-2024 opvragen | BWE | 15-11-2024 | gereed",
    "| A-03 | Bewoners Loodijk bellen en bezoeken | YGE | 14-11-2024 | gereed",
    "| A-04 | Concept Kamerbrief afstemmen met ProRail en NS | MTE | 27-11-2024 | gereed (JHA)",
    "| A-05 | Agenda bestuurlijk overleg 21 januari 2025 | FDI | 10-12-2024 | gereed",
    "| A-06 | Cofinancieringsbrief provincie Overijssel | LKU | 12 maart 2025 | loopt",
    "| A-07 | Grondeigenarenlijst actualiseren (Kadaster) | G. Pasman | 28-02-2025 | loopt",
    "| A-08 | Zienswijzen ontwerp-projectbesluit bundelen | YGE / CHA | 31-03-2025 | loopt",
    "| A-09 | Omleiding N348 met Rijssen-Holten | YGE / R. Nijkamp | 01-04-2025 | open",
    "| A-10 | Informatieverzoek OVV beantwoorden | T. Bronsvoort | 21-02-2025 | loopt",
    "| A-11 | Afstemming RWS over omleiding via A1 | BWE / S. Wientjes | 15-03-2025 | open",
    "",
    "Paraaf voor akkoord lijst: BWE  3/2   -   MTE  4/2   -   LKU  4/2",
    "Opmerking JHA: actie A-06 hangt samen met de bestuursovereenkomst; Joost bespreekt dit met Karin "
    "Stegeman (directeur OV en Spoor).",
])

# ---------------------------------------------------------------- cn08 zienswijze (DejaVuSerif)
doc("cn08", "rl", font="DejaVuSerif", size=10, title="Zienswijze ontwerp-projectbesluit Onderdoorgang Loo",
    author="", nokeep=["Bathmen"], blocks=[
    "G.J. Haarhuis en W. Haarhuis-ten Have\nLoodijk 4\n7437 PA Bathmen\ngjhaarhuis@hotmail.com | 06 4410 2983",
    "",
    "> ProRail, t.a.v. projectteam Onderdoorgang Loo\nPostbus 2038\n3500 GA Utrecht\n(per e-mail: "
    "overweg.loo@prorail.nl)",
    "",
    "Bathmen, 3 maart 2025",
    "Betreft: zienswijze ontwerp-projectbesluit Onderdoorgang Loo (PRJ-OV-0873)",
    "",
    "Geachte heer, mevrouw,",
    "Wij wonen sinds 1994 aan de Loodijk, op circa 80 meter van overweg Loo. Wij zijn blij dat de overweg na "
    "het ongeluk van 8 november 2024 wordt vervangen, maar wij hebben ernstige bezwaren tegen het ontwerp:",
    "1. De hellingbaan van de onderdoorgang komt op 12 meter van onze woning. Wij vrezen trillingen en "
    "geluidsoverlast van vrachtverkeer naar Loonbedrijf De Schipbeek en van het verkeer naar de N348.",
    "2. Tijdens de bouw (2027-2029) is onze woning volgens de tekening alleen bereikbaar via de "
    "Schipbeekweg, een omweg van 6 kilometer. Mijn vrouw Wilma werkt in de zorg in Deventer en heeft "
    "wisselende diensten.",
    "3. Het ontwerp neemt een strook van ons erf in. Daarover is nog geen enkel gesprek gevoerd met de "
    "verwervingsadviseur, de heer Pasman.",
    "4. Het waterschap Drents Overijsselse Delta heeft nog niet beoordeeld of de pomp in de onderdoorgang "
    "voldoende capaciteit heeft; bij hevige regen staat de Loodijk nu al blank.",
    "Wij verzoeken u het ontwerp aan te passen en de hellingbaan 40 meter naar het oosten te verschuiven. "
    "Wij zijn graag bereid dit toe te lichten. U kunt ons bereiken op 06-44102983.",
    "",
    "Met vriendelijke groet,",
    "",
    "Gert-Jan Haarhuis          Wilma Haarhuis-ten Have",
])

# ---------------------------------------------------------------- cn09 zienswijze (scan)
doc("cn09", "scan", font="Times-Roman", size=12, producer_note="scan (letter, Times, 200 dpi, JPEG)",
    blocks=[
    "T. Eshuis-Wegdam",
    "Loodijk 9",
    "7437 PA Bathmen",
    "tel. 0570 551 384",
    "",
    "Aan ProRail, projectteam Onderdoorgang Loo",
    "Postbus 2038, 3500 GA Utrecht",
    "",
    "Bathmen, 6 maart 2025",
    "",
    "Betreft: bezwaar tegen de onderdoorgang bij overweg Loo",
    "",
    "Geachte heer Wesselink,",
    "Mijn naam is Trudy Eshuis-Wegdam. Ik woon al 41 jaar aan de Loodijk. Ik",
    "ben tegen de onderdoorgang zoals die nu getekend is. Ik ben slecht ter been",
    "en kan de steile helling met mijn scootmobiel niet op. Ook de bushalte aan",
    "de Holterweg is dan voor mij niet meer bereikbaar.",
    "Mijn buren de familie Haarhuis hebben dezelfde zorgen. Ik vraag u een",
    "lift of een minder steile helling te maken.",
    "Mevrouw Gerritsma van ProRail heeft mij in november beloofd dat zij",
    "langs zou komen. Dat is nog niet gebeurd.",
    "",
    "Met vriendelijke groet,",
    "",
    "Trudy Eshuis-Wegdam",
])

# ---------------------------------------------------------------- cn10 reactienota zienswijzen (docx)
doc("cn10", "docx", font="Carlito", size=10, title="Reactienota zienswijzen Onderdoorgang Loo",
    author="ProRail", producer_note="python-docx, LibreOffice", nokeep=["Bathmen"], blocks=[
    "# Reactienota zienswijzen ontwerp-projectbesluit Onderdoorgang Loo",
    "Project PRJ-OV-0873 - versie 0.3 (concept) - 14 april 2025",
    "## 1. Inleiding",
    "Het ontwerp-projectbesluit Onderdoorgang Loo heeft van 13 februari tot en met 26 maart 2025 ter inzage "
    "gelegen op grond van de Omgevingswet. Er zijn 14 zienswijzen ingediend, waarvan 11 door bewoners van "
    "Bathmen en omgeving, één door Loonbedrijf De Schipbeek B.V., één door Vitens en één door Waterschap "
    "Drents Overijsselse Delta. In deze concept-nota zijn de indieners die natuurlijke personen zijn "
    "nog bij naam genoemd; in de definitieve nota worden zij met een nummer aangeduid.",
    "## 2. Overzicht indieners",
    "| Nr | Indiener | Adres | Onderwerp",
    "| Z-01 | G.J. Haarhuis en W. Haarhuis-ten Have | Loodijk 4, 7437 PA Bathmen | hellingbaan, bereikbaarheid",
    "| Z-02 | T. Eshuis-Wegdam | Loodijk 9, 7437 PA Bathmen | toegankelijkheid scootmobiel",
    "| Z-03 | R. Schutte | Schipbeekweg 11, 7437 RB Bathmen | omleiding, schoolroute",
    "| Z-04 | N. Kamerling | Larenseweg 52, 7437 BK Bathmen | fietsveiligheid",
    "| Z-05 | A.H. Klein Gunnewiek | Loodijk 12, 7437 PA Bathmen | grondverwerving",
    "| Z-06 | Loonbedrijf De Schipbeek B.V. | Schipbeekweg 2, Bathmen | vrachtverkeer, bereikbaarheid",
    "| Z-07 | Vitens N.V. | Oude Veerallee 5, Zwolle | drinkwaterleiding",
    "| Z-08 | Waterschap Drents Overijsselse Delta | Dokter van Thienenweg 1, Zwolle | waterafvoer, pomp",
    "Z-09 tot en met Z-14: zes bewoners met een gelijkluidende zienswijze (bijlage 2).",
    "---",
    "## 3. Beantwoording (selectie)",
    "Z-01 (Haarhuis). De hellingbaan kan niet 40 meter naar het oosten worden verschoven, omdat daar de "
    "drinkwaterleiding van Vitens ligt. ProRail onderzoekt wel een geluidsscherm. De verwervingsadviseur "
    "neemt vóór 1 mei 2025 contact op over de strook grond.",
    "Z-02 (mevrouw Eshuis-Wegdam). De helling voldoet aan de richtlijnen (maximaal 1:20). ProRail "
    "onderzoekt met de gemeente Deventer een aanvullende voorziening; omgevingsmanager Gerritsma bezoekt "
    "mevrouw Eshuis in april. Indiener heeft aangegeven slecht ter been te zijn; deze medische informatie "
    "is niet in de openbare nota opgenomen.",
    "Z-03 (de heer Schutte). De omleiding tijdens de bouw loopt via de N348 en de Holterweg; voor de "
    "schoolroute naar Holten komen verkeersregelaars. Zie afspraak 1 uit het bestuurlijk overleg van "
    "21 januari 2025.",
    "Z-04 (mevrouw Kamerling). Mevrouw Kamerling was getuige van het incident. Het fietspad wordt in het "
    "definitieve ontwerp gescheiden van de rijbaan.",
    "Z-05 (de heer Klein Gunnewiek). Wordt betrokken bij de minnelijke verwerving. Onteigening op grond "
    "van de Omgevingswet is een laatste middel.",
    "Z-06 tot en met Z-08: zie bijlage 3.",
    "",
    "Opgesteld door: Y. Gerritsma (omgevingsmanager) en B. Wesselink (projectmanager), ProRail\n"
    "Juridische toets: G. Pasman (verwervingsadviseur)",
])

# ---------------------------------------------------------------- cn11 grondeigenarenlijst (landscape)
doc("cn11", "rl", font="DejaVuSans", size=8.5, landscape=True, title="Grondeigenarenlijst Onderdoorgang Loo",
    author="ProRail Vastgoed", nokeep=["Bathmen", "Deventer", "Zwolle"],
    colw={7: [80, 150, 150, 55, 70, 120, 140]}, blocks=[
    "# Grondeigenarenlijst Onderdoorgang Loo - onteigeningsplan (concept)",
    "Project PRJ-OV-0873 - peildatum Kadaster 1 februari 2025 - grondslag: Omgevingswet, afdeling 11.2 "
    "(onteigening); oude grondslag Onteigeningswet titel IV vervallen per 1 januari 2024.",
    "| Perceel | Eigenaar | Adres eigenaar | Opp. (m²) | Status | Contact ProRail | Opmerking",
    "| BTM00 G 1187 | A.H. Klein Gunnewiek | Loodijk 12, 7437 PA Bathmen | 1.240 | in onderhandeling | "
    "G. Pasman | bod 14-01-2025",
    "| BTM00 G 1190 | J. Rouwmaat en M.A. Rouwmaat-Brinkman | Holterweg 97, 7437 RC Bathmen | 860 | "
    "in onderhandeling | G. Pasman | taxatie aangevochten",
    "| BTM00 G 1204 | G.J. Haarhuis en W. Haarhuis-ten Have | Loodijk 4, 7437 PA Bathmen | 310 | "
    "geen overeenstemming | G. Pasman | zienswijze Z-01",
    "| BTM00 G 1211 | H.W. Tijhuis | Zuidloweg 3, 7437 RD Bathmen | 2.050 | overeenstemming | G. Pasman | "
    "uitbetaling op NL69 RABO 0318 4472 91",
    "| BTM00 G 1215 | erven G. Lenderink | p/a Veenweg 21, 7437 RE Bathmen | 1.480 | geen reactie | "
    "G. Pasman | aangetekend aangeschreven",
    "| BTM00 G 1222 | Loonbedrijf De Schipbeek B.V. | Schipbeekweg 2, Bathmen | 3.300 | overeenstemming | "
    "G. Pasman | bouwweg tijdelijk",
    "| BTM00 G 1230 | Gemeente Deventer | Grote Kerkhof 1, Deventer | 4.120 | overeenstemming | B. Wesselink | "
    "om niet",
    "| BTM00 G 1233 | Waterschap Drents Overijsselse Delta | Dokter van Thienenweg 1, Zwolle | 640 | "
    "overeenstemming | B. Wesselink | persleiding",
    "| BTM00 G 1240 | Agrifirm Coöperatie U.A. | Landgoedlaan 20, Apeldoorn | 970 | in onderhandeling | "
    "G. Pasman | opstal silo",
    "Spoorgrond ProRail / Staat der Nederlanden: geen verwerving nodig. Kabels en leidingen: Vitens "
    "(drinkwater), Enexis (gas).",
    "",
    "Verwervingsadviseur: Gerrit Pasman, ProRail Vastgoed, gerrit.pasman@prorail.nl, 06-22104857. "
    "Deze lijst bevat persoonsgegevens en is uitsluitend bestemd voor het projectteam.",
])

# ---------------------------------------------------------------- cn12 OVV interview machinist (Carlito)
doc("cn12", "rl", font="Carlito", size=10.5, title="Gespreksverslag OVV Z2024-0415 - machinist",
    author="Onderzoeksraad voor Veiligheid", header="Onderzoeksraad voor Veiligheid - Z2024-0415 - "
    "gespreksverslag - niet voor publicatie (art. 69 Rijkswet)", blocks=[
    "# Gespreksverslag: machinist trein 1745",
    "| Onderzoek | Aanrijding overweg Loo, Bathmen, 8 november 2024 (Z2024-0415)",
    "| Datum gesprek | 22 november 2024, 10.00-11.40 uur, NS-kantoor Zwolle",
    "| Geïnterviewde | machinist (D. Hofstede), vergezeld door zijn vertrouwenspersoon",
    "| Interviewers | Marieke Sprenkels (projectleider onderzoek), Thomas Bekkering (onderzoeker)",
    "## Achtergrond van de geïnterviewde",
    "De machinist werkt sinds 2011 bij NS, sinds 2016 op de standplaats Zwolle, en rijdt het traject "
    "Deventer - Enschede gemiddeld drie keer per week. Hij kent overweg Loo goed en weet dat er veel "
    "landbouwverkeer is.",
    "## Verloop volgens de machinist",
    "De heer Hofstede vertelt dat hij Deventer om 07.44 uur verliet met ongeveer 240 reizigers. Het was "
    "licht bewolkt en droog. Bij het naderen van Bathmen zag hij van ver de knipperlichten van de overweg "
    "en de gesloten bomen. \"Toen ik dichterbij kwam, zag ik iets groens tussen de bomen. Ik dacht eerst "
    "aan een vrachtwagen, toen zag ik dat het een aanhanger was.\" Hij zette direct de snelremming in en "
    "gaf een signaal met de tyfoon.",
    "De machinist schat dat hij de aanhanger op 300 tot 350 meter zag. Hij zag een man uit de cabine "
    "springen en wegrennen. Na de botsing heeft hij via GSM-R de treindienstleider gebeld en "
    "de hoofdconducteur gevraagd de reizigers in te lichten. Hij prijst de hoofdconducteur, mevrouw "
    "Wolters-Ekkel, die \"ondanks haar gewonde arm alles rustig regelde\".",
    "---",
    "## Nazorg en gevolgen",
    "De machinist geeft aan dat hij sinds het incident slecht slaapt. Hij is door de bedrijfsarts "
    "doorverwezen naar een psycholoog in verband met posttraumatische stressklachten en is tot nader "
    "order niet ingeroosterd. Dit deel van het gesprek is op zijn verzoek kort gehouden.",
    "Hij is tevreden over de opvang door NS; teamleider Brinkerink belde dezelfde middag.",
    "## Reflectie",
    "Gevraagd naar verbeteringen noemt Dennis de zichtlijnen: vanaf de trein is de oostkant van de overweg "
    "lang verborgen achter een bomenrij. Hij steunt de onderdoorgang. Verder vraagt hij of de OVV kan "
    "onderzoeken waarom landbouwvoertuigen met lange aanhangers op een AHOB worden toegelaten.",
    "## Vastlegging",
    "Het verslag is op 29 november 2024 ter correctie voorgelegd aan de geïnterviewde. Hij had geen "
    "aanvullingen. Gespreksverslagen worden op grond van de Rijkswet Onderzoeksraad voor Veiligheid niet "
    "openbaar gemaakt; dit exemplaar is door NS in het Woo-dossier opgenomen.",
    "Contact OVV: m.sprenkels@onderzoeksraad.nl | 070 333 7164 | algemeen 070 333 70 00 | "
    "info@onderzoeksraad.nl",
])

# ---------------------------------------------------------------- cn13 OVV interviews (LiberationSans)
doc("cn13", "rl", font="LiberationSans", size=9.5, title="Samenvatting gesprekken OVV Z2024-0415",
    author="Onderzoeksraad voor Veiligheid", nokeep=["Bathmen"], blocks=[
    "# Samenvatting gesprekken (2) - onderzoek Z2024-0415",
    "Opgesteld door T. Bekkering, onderzoeker OVV, 9 december 2024. Bestemd voor de projectgroep.",
    "## Gesprek A - treindienstleider post Zwolle (ProRail)",
    "Datum: 26 november 2024, ProRail Verkeersleidingspost Zwolle. Aanwezig: treindienstleider, zijn "
    "teamleider, M. Sprenkels en T. Bekkering.",
    "De treindienstleider (H. El Idrissi) beschrijft dat hij om 07.52 uur de noodoproep van trein 1745 "
    "ontving. Binnen een minuut had hij beide sporen tussen Deventer en Holten beveiligd en de tegentrein "
    "1752 tot stilstand gebracht. Hij meldt dat de AHOB in oktober 2024 twee keer een storing had "
    "(\"bomen bleven hangen\"), maar dat die storingen waren verholpen. De heer El Idrissi benadrukt "
    "dat hij de overweg niet zelf kan zien en uitsluitend op de meldingen van het systeem afgaat. "
    "Hamid vraagt of de OVV ook kijkt naar de werkdruk op post Zwolle op vrijdagochtend.",
    "## Gesprek B - bestuurder landbouwtrekker",
    "Datum: 3 december 2024, bij de bestuurder thuis (Holterweg 118, 7437 RC Bathmen). Aanwezig: de "
    "bestuurder, zijn advocaat, M. Sprenkels.",
    "De bestuurder (de heer Oude Luttikhuis, geboren 14-03-1967, in dienst van Loonbedrijf De Schipbeek) "
    "verklaart dat hij de overweg opreed toen de lichten net begonnen te knipperen. Hij schatte dat de "
    "combinatie van trekker en aanhanger (totaal 18 meter) er nog over zou passen. De aanhanger bleef "
    "tussen de bomen steken toen de achterste boom sloot. Hij is uitgestapt \"om mijn leven te redden\". "
    "Henk geeft aan dat hij de overweg dagelijks gebruikt en dat de bomen \"altijd al snel dicht gaan\". "
    "Tegen hem loopt een strafrechtelijk onderzoek; het OM heeft nog geen beslissing genomen.",
    "## Gesprek C - getuige (fietser)",
    "Telefonisch, 4 december 2024. Mevrouw N. Kamerling stond aan de zuidzijde van de overweg te wachten. "
    "Zij bevestigt dat de lichten al knipperden voordat de trekker de overweg opreed. Naomi heeft "
    "de bestuurder na de botsing opgevangen en 112 gebeld.",
    "## Bevindingen voor het vervolg",
    "- Opvragen storingshistorie AHOB bij ProRail (verzoek via Tessa Bronsvoort).\n"
    "- Opvragen rij- en rusttijden bestuurder bij Loonbedrijf De Schipbeek.\n"
    "- Gesprek met ILT-inspecteur (W. Ridderinkhof) over toezicht op landbouwverkeer bij overwegen.",
])

# ---------------------------------------------------------------- cn14 handwritten note (hand font)
doc("cn14", "hand", producer_note="handwriting (femkeklaver), 150 dpi image, no text layer",
    hfont="femkeklaver", hsize=46, lines=[
    "Notitie tel. gesprek 13-11 - overweg Loo",
    "",
    "Bart Wesselink (ProRail) gebeld:",
    "- planning onderdoorgang 2027-2029",
    "- grond: Pasman heeft 9 eigenaren",
    "- Haarhuis boos, wil gesprek",
    "",
    "Leonie Kuipers terugbellen",
    "06 4738 2910  (na 15u)",
    "",
    "machinist Hofstede nog ziek thuis",
    "-> niet in Kamerbrief!",
    "",
    "Joost",
])

# ---------------------------------------------------------------- cn15 beslisnota (Helvetica)
doc("cn15", "rl", font="Helvetica", size=9.5, title="Beslisnota Kamerbrief overweg Loo",
    author="IenW DGMo", blocks=[
    "# Nota",
    "| Aan | Van | Datum | Kenmerk",
    "| de staatssecretaris van IenW | Directoraat-Generaal Mobiliteit, afdeling Spoorveiligheid | "
    "26 november 2024 | IENW/BSK-2024/329910",
    "| Contactpersoon | Telefoon | E-mail | Kopie aan",
    "| Marloes Terpstra | 06-41872093 | marloes.terpstra@minienw.nl | minister van IenW, DG Mobiliteit",
    "Onderwerp: Kamerbrief over de aanrijding op overweg Loo (Bathmen) en het LVO",
    "## Aanleiding",
    "Op 8 november 2024 is Intercity 1745 op overweg Loo in aanraking gekomen met een landbouwvoertuig. "
    "Tijdens het vragenuur van 19 november 2024 heeft u het lid De Hoop toegezegd de Kamer vóór het "
    "commissiedebat Spoor schriftelijk te informeren.",
    "## Geadviseerd besluit",
    "Aan de staatssecretaris wordt gevraagd in te stemmen met bijgaande Kamerbrief en deze te ondertekenen.",
    "## Kern",
    "- De AHOB functioneerde volgens ProRail correct; de toedracht wordt onderzocht door de OVV en de ILT.\n"
    "- De onderdoorgang (project Onderdoorgang Loo) is in voorbereiding; start realisatie 2027.\n"
    "- De provincie Overijssel (€ 4,2 mln) en de gemeente Deventer (€ 1,1 mln) dragen bij.",
    "## Toelichting",
    "De brief noemt geen namen van betrokkenen. NS heeft gevraagd niet in te gaan op de gezondheid van de "
    "machinist; die informatie (zie e-mail van de heer Brinkerink, NS, van 20 november 2024) is daarom "
    "niet opgenomen. ProRail (de heer Wesselink) en NS hebben de feitelijke passages gecontroleerd.",
    "## Krachtenveld",
    "Gedeputeerde Rouwenhorst en wethouder Kremers willen dat het Rijk de planning van de onderdoorgang "
    "garandeert. Het lid Olger van Dijk (NSC) heeft aangekondigd een motie over AHOB-overwegen met "
    "landbouwverkeer te overwegen. Minister Madlener is geïnformeerd via de DG.",
    "---",
    "## Paraafschema",
    "| Naam | Functie | Paraaf | Datum",
    "| M. Terpstra | beleidsmedewerker Spoorveiligheid | MTE | 26-11-2024",
    "| J. Harmsen | afdelingshoofd Spoorveiligheid | JHA | 26-11-2024",
    "| P.J. Oosterwijk | jurist | PJO | 27-11-2024",
    "| K. Stegeman | directeur Openbaar Vervoer en Spoor | akkoord | 27-11-2024",
    "## Bijlagen",
    "1. Concept-Kamerbrief (IENW/BSK-2024/331872)\n2. Incidentrapportage ProRail INC-2024-113842\n"
    "3. Q&A voor het commissiedebat",
    "## Informatie die niet openbaar gemaakt kan worden",
    "[nog in te vullen]",
    "## Motivering",
    "[nog in te vullen]",
])

# ---------------------------------------------------------------- cn16 ILT letter (Times)
doc("cn16", "rl", font="Times-Roman", size=11, title="ILT - aankondiging onderzoek", author="ILT",
    blocks=[
    "Inspectie Leefomgeving en Transport\nMinisterie van Infrastructuur en Waterstaat",
    "",
    "> ProRail B.V.\nt.a.v. de directeur Veiligheid\nPostbus 2038\n3500 GA Utrecht",
    "",
    "Datum: 15 november 2024\nOns kenmerk: ILT-2024/188731\nBehandeld door: ing. W. Ridderinkhof\n"
    "Telefoon: 06 1573 9284\nE-mail: wouter.ridderinkhof@ilent.nl",
    "Onderwerp: Aankondiging onderzoek aanrijding overweg Loo, 8 november 2024",
    "",
    "Geachte heer, mevrouw,",
    "Op 8 november 2024 heeft op overweg Loo (km 78,350, baanvak Deventer - Almelo) een aanrijding "
    "plaatsgevonden tussen trein 1745 van NS en een landbouwcombinatie. De ILT houdt toezicht op de naleving "
    "van de Spoorwegwet en het Besluit spoorverkeer. Naar aanleiding van uw melding stelt de ILT een "
    "onderzoek in naar de werking en het onderhoud van de AHOB-installatie.",
    "Ik verzoek u mij binnen vier weken na dagtekening de volgende gegevens te verstrekken:",
    "a. de registraties van de overwegbeveiliging op 8 november 2024 tussen 07.30 en 08.30 uur;\n"
    "b. de storingsmeldingen over overweg Loo vanaf 1 januari 2022;\n"
    "c. het onderhoudsplan en de laatst uitgevoerde inspectie;\n"
    "d. uw eigen incidentrapportage (INC-2024-113842).",
    "Hetzelfde verzoek is, voor de ATB-registratie en de verklaringen van het treinpersoneel, aan NS "
    "gericht. De ILT stemt haar onderzoek af met de Onderzoeksraad voor Veiligheid.",
    "Voor vragen kunt u contact opnemen met de behandelend inspecteur, de heer Ridderinkhof. Meldingen "
    "kunnen ook worden gedaan via meldingen@ilent.nl of het algemene nummer 088 489 00 00.",
    "",
    "Met vriendelijke groet,",
    "namens de Inspecteur-generaal Leefomgeving en Transport,",
    "",
    "Wouter Ridderinkhof\ninspecteur Spoor, team Spoorinfra",
])

from content_docs2 import *  # noqa: E402,F401,F403
