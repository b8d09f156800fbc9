"""Documents of set CN, part 2 (cn17-cn32)."""
from content import doc, hidden

# ---------------------------------------------------------------- cn17 NS - ProRail mail (docx, English)
doc("cn17", "docx", font="Liberation Sans", size=10, title="FW: Nazorg personeel trein 1745",
    author="NS", producer_note="python-docx, LibreOffice", blocks=[
    "From: Brinkerink, Erik <erik.brinkerink@ns.nl>",
    "Sent: Wednesday, 20 November 2024 14:26",
    "To: Terpstra, Marloes <marloes.terpstra@minienw.nl>",
    "Cc: persvoorlichting@ns.nl; Bronsvoort, Tessa <tessa.bronsvoort@prorail.nl>",
    "Subject: FW: Nazorg personeel trein 1745 - graag niet in Kamerbrief",
    "Importance: High",
    "",
    "Beste mevrouw Terpstra,",
    "Ter informatie, en met het verzoek de gezondheid van onze collega niet in de Kamerbrief te noemen. "
    "NS communiceert hierover niet extern. Vragen van de pers lopen via persvoorlichting@ns.nl.",
    "Met vriendelijke groet,",
    "Erik Brinkerink\nManager Veiligheid, NS Regio Noord-Oost\nNS Reizigers | Zwolle\nMobiel: 06 2041 8395",
    "",
    "From: Brinkerink, Erik",
    "Sent: Tuesday, 19 November 2024 09:03",
    "To: Bronsvoort, Tessa <tessa.bronsvoort@prorail.nl>",
    "Subject: Nazorg personeel trein 1745",
    "",
    "> Hoi Tessa,",
    "> Stand van zaken nazorg na de aanrijding op overweg Loo:",
    "> - Machinist D. Hofstede (7728413): na gesprek met de bedrijfsarts doorverwezen in verband met "
    "posttraumatische stressklachten; voorlopig niet inzetbaar.",
    "> - Hoofdconducteur S. Wolters-Ekkel (7731950): schaafwond en kneuzing rechterarm, hervat volgende week.",
    "> - Reiziger Ilse Pelgrim heeft een klacht ingediend over de informatievoorziening; onze klantenservice "
    "neemt contact op.",
    "> Sabine wil graag zelf met de OVV praten; Dennis liever later. Kun jij dat aan Marieke Sprenkels van "
    "de OVV doorgeven?",
    "> Groet, Erik",
])

# ---------------------------------------------------------------- cn18 chat export (mono)
doc("cn18", "rl", font="DejaVuSansMono", size=8.5, title="Chatexport projectteam Loo", author="",
    blocks=[
    "# Export Teams-chat 'Projectteam Overweg Loo' (8-9 november 2024)",
    "Geëxporteerd op 18 maart 2025 t.b.v. Woo-verzoek IENW/BSK-2025/104455",
    "[08-11-2024 08:03] Bart Wesselink: Aanrijding op Loo, IC 1745 tegen aanhanger. Geen doden. OvD is "
    "Anouk Veldhoen, onderweg.",
    "[08-11-2024 08:05] Yvonne Gerritsma: Ik bel de bewoners van de Loodijk zodra er meer bekend is",
    "[08-11-2024 08:11] Marloes Terpstra: Dank. Staatssecretaris wordt om 08.30 gebeld door Joost.",
    "[08-11-2024 08:26] Anouk Veldhoen: Ter plaatse 08.31 verwacht. Brandweer Veiligheidsregio IJsselland "
    "al aanwezig. Bestuurder trekker ongedeerd, heet Oude Luttikhuis, werkt voor het loonbedrijf.",
    "[08-11-2024 08:40] Bart Wesselink: Anouk, kun je foto's van de bomen maken voor Tessa?",
    "[08-11-2024 09:52] Anouk Veldhoen: Sporen vrij na 13.30 verwacht. Contact mij op 06-57193826.",
    "[08-11-2024 10:15] Leonie Kuipers: Gedeputeerde Rouwenhorst wil vanmiddag een update. Bart, kan "
    "dat?",
    "[08-11-2024 10:17] Bart Wesselink: Ja, bel me 14.00 op 06-10928374",
    "[08-11-2024 13:44] Anouk Veldhoen: Baanvak Deventer - Almelo vrijgegeven 13.40.",
    "[09-11-2024 09:30] Carolien Haverkate: Wethouder Kremers gaat maandag naar Bathmen. Yvonne, ga je mee?",
    "[09-11-2024 09:41] Yvonne Gerritsma: Ja. Ik neem de tekeningen van de Onderdoorgang Loo mee.",
    "[09-11-2024 11:02] Marloes Terpstra: Mondelinge vragen De Hoop zijn binnen. Bart, graag tijdlijn "
    "vóór dinsdag.",
])

# ---------------------------------------------------------------- cn19 planning (hidden: Info Author + XMP)
doc("cn19", "rl", font="Helvetica", size=9.5, title="Planning Onderdoorgang Loo v2.1",
    author="Wesselink, Bart (ProRail)", colw={4: [150, 90, 90, 130]},
    hidden=[hidden("metadata", "xmp", "Gerrit Pasman", ["Pasman", "Gerrit"], value="Gerrit Pasman (XMP dc:creator)")],
    hidden_author=["Wesselink", "Bart"], blocks=[
    "# Planning Onderdoorgang Loo (PRJ-OV-0873) - versie 2.1",
    "Stand januari 2025, ter bespreking in het bestuurlijk overleg van 21 januari 2025.",
    "| Fase | Start | Gereed | Toelichting",
    "| Verkenning en voorkeursvariant | 2021 | 2023 | afgerond, LVO-besluit 2021",
    "| Ontwerp-projectbesluit (Omgevingswet) | 2024 | februari 2025 | ter inzage 13-02 t/m 26-03-2025",
    "| Zienswijzen en reactienota | maart 2025 | mei 2025 | 14 zienswijzen",
    "| Projectbesluit vastgesteld | juni 2025 | september 2025 | bevoegd gezag: provincie Overijssel",
    "| Grondverwerving | 2025 | 2026 | 9 percelen, evt. onteigening",
    "| Aanbesteding | 2026 | 2026 | o.a. BAM Infra, Dura Vermeer",
    "| Realisatie onderdoorgang | 2027 | 2029 | buitendienst Deventer - Holten",
    "| Opheffen overweg Loo | 2029 | 2029 | na openstelling onderdoorgang",
    "Risico's: verwerving (onteigening op grond van de Omgevingswet duurt 12-18 maanden), "
    "vergunning waterschap Drents Overijsselse Delta, buitendienstuur ProRail in 2027, omleiding N348.",
    "Financiering: IenW (LVO) € 13,3 mln, provincie Overijssel € 4,2 mln, gemeente Deventer € 1,1 mln.",
])

# ---------------------------------------------------------------- cn20 presentation hand-out (docx; hidden)
doc("cn20", "docx", font="Carlito", size=11, title="Presentatie BO overweg Loo",
    author="Joost Harmsen", producer_note="python-docx, LibreOffice; Info /Author from core properties",
    hidden_author=["Harmsen", "Joost"],
    hidden=[hidden("outline", "outline", "Sheet 1 - opening||Sheet 4 - opmerkingen Femke Dijkhuizen",
                   ["Dijkhuizen", "Femke"], value="Femke Dijkhuizen (outline title)")],
    blocks=[
    "# Bestuurlijk overleg overweg Loo - 21 januari 2025",
    "Hand-out bij de presentatie van het Ministerie van Infrastructuur en Waterstaat",
    "## 1. Het incident",
    "8 november 2024, 07.52 uur: Intercity 1745 (Den Haag Centraal - Enschede) raakt aanhanger van een "
    "landbouwcombinatie op overweg Loo bij Bathmen. Drie lichtgewonden. Baanvak Deventer - Almelo zes uur "
    "gestremd.",
    "## 2. Onderzoeken",
    "Onderzoeksraad voor Veiligheid (Z2024-0415) en ILT (ILT-2024/188731). Rapport OVV verwacht najaar 2025.",
    "## 3. Landelijk Verbeterprogramma Overwegen",
    "Sinds 2021 aanpak van ruim 200 overwegen. Overweg Loo: onderdoorgang, raming € 18,6 mln.",
    "## 4. Vragen aan de bestuurders",
    "- Bevestiging cofinanciering provincie Overijssel en gemeente Deventer.\n"
    "- Afspraken over omleidingen (N348, Holten) en bereikbaarheid tijdens de bouw.\n"
    "- Gezamenlijke communicatie naar bewoners van Bathmen.",
    "## 5. Vervolg",
    "Bestuursovereenkomst uiterlijk 12 maart 2025; voortgang in de brief aan de Tweede Kamer (Kamerstuk "
    "29 893).",
])

# ---------------------------------------------------------------- cn21 situatieschets (annotations)
doc("cn21", "rl", font="LiberationSans", size=10, title="Situatieschets overweg Loo", author="ProRail",
    hidden=[hidden("annotations", "annot",
                   "Kuipers, Leonie||Klopt de kilometrering? Graag checken bij Carolien Haverkate (gemeente).",
                   ["Kuipers", "Leonie", "Carolien", "Haverkate"], value="sticky note by Leonie Kuipers",
                   rect=[470, 720, 490, 740]),
            hidden("annotations", "annot",
                   "Sjoerd Wientjes (RWS)||Omleiding via A1 afstemmen met verkeerscentrale Oost-Nederland.",
                   ["Wientjes", "Sjoerd"], value="sticky note by Sjoerd Wientjes", rect=[470, 520, 490, 540])],
    blocks=[
    "# Situatieschets overweg Loo - bijlage bij projectbesluit",
    "Project Onderdoorgang Loo (PRJ-OV-0873), tekening SK-014 rev. C, schaal 1:1000 (verkleind).",
    "| Onderdeel | Omschrijving",
    "| Overweg Loo | km 78,350, AHOB, baanvak Deventer - Almelo, twee sporen",
    "| Onderdoorgang | 2 x 1 rijstrook + vrijliggend fietspad, doorrijhoogte 4,20 m",
    "| Hellingbaan noord | lengte 180 m, helling 1:20, aansluiting Loodijk",
    "| Hellingbaan zuid | lengte 165 m, aansluiting Holterweg / Larenseweg",
    "| Pompkelder | capaciteit 60 m³/u, afvoer naar de Schipbeek (vergunning waterschap)",
    "| Bouwweg | tijdelijk, over perceel BTM00 G 1222 (Loonbedrijf De Schipbeek)",
    "| Omleiding | via N348 en Holten; doorgaand verkeer via de A1",
    "",
    "Legenda: rood = nieuwe weg, blauw = watergang, gestreept = tijdelijke bouwweg.",
    "Bevoegd gezag projectbesluit: provincie Overijssel. Opdrachtgever: Ministerie van Infrastructuur en "
    "Waterstaat. Uitvoering: ProRail. Vragen: overweg.loo@prorail.nl of 0800 776 72 45.",
])

# ---------------------------------------------------------------- cn22 form (AcroForm field values)
doc("cn22", "rl", font="Helvetica", size=10, title="Verzoek om onteigening - formulier",
    author="ProRail Vastgoed",
    hidden=[hidden("annotations", "field", "contactpersoon||Gerrit Pasman", ["Pasman", "Gerrit"],
                   value="form field value: Gerrit Pasman", rect=[200, 664, 450, 680]),
            hidden("annotations", "field", "telefoon||06 2210 4857", ["06 2210 4857"], kind="PHONE",
                   value="form field value: phone", rect=[200, 648, 450, 664]),
            hidden("annotations", "field", "email||gerrit.pasman@prorail.nl", ["gerrit.pasman@prorail.nl"],
                   kind="EMAIL", value="form field value: e-mail", rect=[200, 632, 450, 648])],
    blocks=[
    "# Verzoek om een onteigeningsbeschikking",
    "Op grond van afdeling 11.2 van de Omgevingswet (voorheen titel IV Onteigeningswet)",
    "Aan: de minister van Infrastructuur en Waterstaat, t.a.v. Directoraat-Generaal Mobiliteit",
    "Verzoeker: ProRail B.V., Moreelsepark 3, 3511 EP Utrecht",
    "Project: Onderdoorgang Loo (PRJ-OV-0873), gemeente Deventer",
    "",
    "Contactpersoon verzoeker:",
    "Telefoon contactpersoon:",
    "E-mail contactpersoon:",
    "",
    "Te onteigenen percelen: BTM00 G 1190 en BTM00 G 1215 (zie grondeigenarenlijst, bijlage 2).",
    "Minnelijk overleg gevoerd: ja, sinds maart 2024 (bijlage 3).",
    "Projectbesluit: vastgesteld door provincie Overijssel, onherroepelijk verwacht eind 2025.",
    "",
    "Ingevuld namens ProRail, afdeling Vastgoed. Correspondentie over dit verzoek: "
    "spoorveiligheid@minienw.nl.",
])

# ---------------------------------------------------------------- cn23 RWS memo (docx)
doc("cn23", "docx", font="Liberation Sans", size=10, title="Memo afstemming omleiding A1",
    author="Rijkswaterstaat", producer_note="python-docx, LibreOffice", blocks=[
    "# Memo",
    "| Aan | B. Wesselink (ProRail), Y. Gerritsma (ProRail)",
    "| Van | S. Wientjes, omgevingsmanager Rijkswaterstaat Oost-Nederland",
    "| Datum | 3 maart 2025",
    "| Betreft | Omleiding tijdens realisatie Onderdoorgang Loo",
    "Naar aanleiding van het bestuurlijk overleg van 21 januari 2025 heeft RWS gekeken naar de gevolgen van "
    "de omleiding voor de A1 tussen Deventer en Holten.",
    "1. Bij een volledige afsluiting van overweg Loo verwachten wij circa 1.400 extra motorvoertuigen per "
    "etmaal op de aansluiting Deventer-Oost. Dat past binnen de capaciteit.",
    "2. Landbouwverkeer mag niet over de A1; dat moet via de N348 en de Holterweg. Dit is een zaak van de "
    "provincie Overijssel en de gemeenten Deventer en Rijssen-Holten.",
    "3. Bebording op de A1 verzorgt RWS; graag uiterlijk zes weken vooraf een verkeersplan.",
    "Ik stel voor dat Yvonne en ik in april met Leonie Kuipers (provincie) en Ruben Nijkamp "
    "(Rijssen-Holten) het verkeersplan doorlopen.",
    "",
    "Sjoerd Wientjes\nOmgevingsmanager | Rijkswaterstaat Oost-Nederland\nsjoerd.wientjes@rws.nl | "
    "06 5204 1837",
])

# ---------------------------------------------------------------- cn24 meeting invitation (Carlito)
doc("cn24", "rl", font="Carlito", size=10.5, title="Invitation: BO overweg Loo", author="", blocks=[
    "Subject: Bestuurlijk overleg overweg Loo",
    "When: Tuesday, 21 January 2025 14:00-15:45 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
    "Where: Provinciehuis Overijssel, Luttenbergstraat 2, Zwolle - zaal Statenzaal 2 / Teams",
    "Organizer: Dijkhuizen, Femke <femke.dijkhuizen@minienw.nl>",
    "Required Attendees: Harmsen, Joost; Kuipers, Leonie; Haverkate, Carolien; Nijkamp, Ruben; "
    "Wesselink, Bart; Gerritsma, Yvonne",
    "Optional Attendees: Zwakenberg, Maarten <m.zwakenberg@overijssel.nl>; Terpstra, Marloes",
    "",
    "Beste allen,",
    "Hierbij de uitnodiging voor het bestuurlijk overleg over overweg Loo met de staatssecretaris, "
    "gedeputeerde Rouwenhorst, wethouder Kremers en wethouder Koopman. Het ambtelijk vooroverleg is op "
    "14 januari 2025 om 10.00 uur via Teams.",
    "Agenda:\n1. Opening door staatssecretaris Jansen\n2. Stand van zaken onderzoeken OVV en ILT\n"
    "3. Onderdoorgang Loo: planning en financiering\n4. Grondverwerving\n5. Communicatie\n6. Rondvraag",
    "Voor de bestuurders is parkeren geregeld; ambtenaren graag met de trein naar Zwolle.",
    "Bij verhindering graag doorgeven aan Femke (06 5391 7264).",
    "",
    "________________________________________________________________________________",
    "Microsoft Teams meeting",
    "Join on your computer, mobile app or room device",
    "Meeting ID: 349 781 226 504   Passcode: Ls7Qv2",
    "Dial in by phone: +31 20 703 8259,,812447311# Netherlands, Amsterdam",
    "For organisers: Meeting options | Reset dial-in PIN",
])

# ---------------------------------------------------------------- cn25 bewonersbrief (LiberationSans)
doc("cn25", "rl", font="LiberationSans", size=10.5, title="Bewonersbrief Onderdoorgang Loo",
    author="ProRail", blocks=[
    "ProRail\nPostbus 2038\n3500 GA Utrecht",
    "",
    "> Aan de bewoners en bedrijven rond overweg Loo, Bathmen",
    "",
    "Datum: 10 februari 2025\nOnderwerp: Ontwerp-projectbesluit Onderdoorgang Loo en informatieavond",
    "",
    "Beste bewoner,",
    "Op 8 november 2024 gebeurde er een ernstig ongeluk op overweg Loo. Wij begrijpen dat dit veel "
    "indruk heeft gemaakt. ProRail, de gemeente Deventer, de provincie Overijssel en het Ministerie van "
    "Infrastructuur en Waterstaat werken al enkele jaren aan een veilige oplossing: een onderdoorgang. "
    "Het ontwerp-projectbesluit ligt van 13 februari tot en met 26 maart 2025 ter inzage. U kunt in die "
    "periode een zienswijze indienen.",
    "## Informatieavond",
    "Op dinsdag 25 februari 2025 organiseren wij samen met de gemeente Deventer een informatieavond in "
    "Dorpshuis De Kloosterhof, Brink 5 in Bathmen, van 19.30 tot 21.30 uur. Wethouder Kremers is aanwezig.",
    "## Grond en woningen",
    "Voor de onderdoorgang is grond nodig. Onze verwervingsadviseur neemt persoonlijk contact op met de "
    "eigenaren. Heeft u vragen over uw perceel? Stuur een e-mail naar overweg.loo@prorail.nl.",
    "## Bereikbaarheid",
    "Tijdens de bouw (2027-2029) blijft de Loodijk bereikbaar via een tijdelijke bouwweg. Doorgaand verkeer "
    "wordt omgeleid via de N348.",
    "## Contact",
    "Uw vaste aanspreekpunt is omgevingsmanager Yvonne Gerritsma, bereikbaar via overweg.loo@prorail.nl "
    "of 06 3827 1946 (op werkdagen). Algemene vragen: 0800 776 72 45.",
    "",
    "Met vriendelijke groet,",
    "Bart Wesselink, projectmanager Onderdoorgang Loo",
])

# ---------------------------------------------------------------- cn26 verslag informatieavond (docx)
doc("cn26", "docx", font="Liberation Serif", size=10.5, title="Verslag informatieavond Bathmen",
    author="Gemeente Deventer", producer_note="python-docx, LibreOffice", nokeep=["Bathmen"], blocks=[
    "# Verslag informatieavond Onderdoorgang Loo",
    "Dinsdag 25 februari 2025, Dorpshuis De Kloosterhof, Bathmen. Circa 85 bezoekers.",
    "Namens de organisatie: wethouder Kremers (gemeente Deventer); C. Haverkate (gemeente Deventer); "
    "B. Wesselink, Y. Gerritsma en G. Pasman (ProRail); L. Kuipers (provincie Overijssel). "
    "Verslag: C. Haverkate.",
    "## Welkom",
    "Wethouder Kremers heet iedereen welkom en staat stil bij het ongeluk van 8 november 2024. Hij noemt "
    "het \"een wonder dat er geen doden zijn gevallen\".",
    "## Presentatie",
    "Bart Wesselink presenteert het ontwerp. Yvonne Gerritsma licht de bereikbaarheid tijdens de bouw toe. "
    "De planning: projectbesluit 2025, realisatie 2027-2029.",
    "## Vragen uit de zaal",
    "De heer Haarhuis (Loodijk) vraagt waarom de hellingbaan zo dicht bij zijn huis komt. De heer "
    "Wesselink antwoordt dat de ligging van de Vitens-leiding de ruimte beperkt. De heer Haarhuis "
    "kondigt een zienswijze aan.",
    "Mevrouw Eshuis-Wegdam vraagt of er een lift komt. Mevrouw Gerritsma zegt toe bij haar langs te komen.",
    "De heer Schutte (Schipbeekweg) vraagt naar de schoolroute naar Holten. Zijn kinderen fietsen dagelijks "
    "over de overweg. Wethouder Kremers zegt verkeersregelaars toe.",
    "---",
    "Mevrouw Kamerling vertelt dat zij het ongeluk heeft gezien. Zij vraagt of de getuigen worden "
    "gehoord door de OVV. De heer Wesselink verwijst naar de Onderzoeksraad voor Veiligheid. Naomi "
    "Kamerling geeft haar telefoonnummer (06-18273645) aan de OVV-onderzoekers via ProRail.",
    "Een medewerker van Loonbedrijf De Schipbeek vraagt of de bouwweg over hun perceel ook voor "
    "landbouwverkeer wordt opengesteld. De heer Pasman neemt dit mee in de onderhandelingen.",
    "De heer Klein Gunnewiek (Loodijk) vraagt wat er gebeurt als hij zijn grond niet wil verkopen. "
    "De heer Pasman legt uit dat de minister op grond van de Omgevingswet kan onteigenen, maar dat "
    "ProRail eerst minnelijk wil verwerven. Anton Klein Gunnewiek vindt het bod te laag.",
    "## Afsluiting",
    "Wethouder Kremers dankt de aanwezigen. Het ontwerp ligt ter inzage tot en met 26 maart 2025. Vragen "
    "kunnen naar overweg.loo@prorail.nl of naar de gemeente via 14 0570.",
    "",
    "Actiepunten: YGE bezoek mevrouw Eshuis-Wegdam; CHA verkeersregelaars schoolroute; "
    "G. Pasman gesprek met de heer Klein Gunnewiek.",
])

# ---------------------------------------------------------------- cn27 brief gemeente Deventer (DejaVuSerif)
doc("cn27", "rl", font="DejaVuSerif", size=10, title="Brief college Deventer aan ProRail",
    author="Gemeente Deventer", blocks=[
    "Gemeente Deventer\nPostbus 5000, 7400 GC Deventer\nTelefoon 14 0570",
    "",
    "> ProRail B.V.\nt.a.v. de regiodirecteur Oost\nPostbus 2038\n3500 GA Utrecht",
    "",
    "Datum: 12 maart 2025\nBehandeld door: C. Haverkate\nTelefoon: 06 2837 4615\n"
    "E-mail: c.haverkate@deventer.nl\nOnderwerp: zienswijze gemeente Deventer ontwerp-projectbesluit "
    "Onderdoorgang Loo",
    "",
    "Geachte heer, mevrouw,",
    "Het college van burgemeester en wethouders van Deventer steunt de vervanging van overweg Loo door een "
    "onderdoorgang. Na de aanrijding van 8 november 2024 is de urgentie voor Bathmen alleen maar groter "
    "geworden. Wij dienen desondanks een zienswijze in op drie punten:",
    "1. Bereikbaarheid van de woningen en bedrijven aan de Loodijk tijdens de bouw: een tijdelijke bouwweg "
    "moet in het projectbesluit worden vastgelegd.",
    "2. De schoolroute naar Holten: wij vragen ProRail verkeersregelaars te bekostigen.",
    "3. Toegankelijkheid: de hellingbanen moeten bruikbaar zijn voor mensen met een rolstoel of "
    "scootmobiel.",
    "De gemeentelijke bijdrage van € 1,1 miljoen is door de raad beschikbaar gesteld. De gemeente stelt het "
    "perceel BTM00 G 1230 om niet ter beschikking.",
    "Wethouder Kremers bespreekt deze punten graag met de projectmanager van ProRail.",
    "",
    "Hoogachtend,\nburgemeester en wethouders van Deventer,",
    "de secretaris,                              de burgemeester,",
    "",
    "[handtekening]                              Ron König",
])

# ---------------------------------------------------------------- cn28 IenW internal mail (Helvetica)
doc("cn28", "rl", font="Helvetica", size=10, title="RE: Woo-verzoek Abbink - afstemming", author="",
    blocks=[
    "Van: Oosterwijk, Pieter-Jan <pieter-jan.oosterwijk@minienw.nl>",
    "Verzonden: maandag 17 maart 2025 11:20",
    "Aan: Terpstra, Marloes; Harmsen, Joost",
    "CC: woo@minienw.nl",
    "Onderwerp: RE: Woo-verzoek overweg Loo (IENW/BSK-2025/104455) - afstemming",
    "",
    "Marloes, Joost,",
    "Het Woo-verzoek van mevrouw Abbink (journalist, verzoek van 3 februari 2025) betreft alle documenten "
    "over overweg Loo vanaf 1 november 2024. Wij hebben 32 documenten gevonden. Enkele punten:",
    "1. De gespreksverslagen van de OVV vallen onder de Rijkswet Onderzoeksraad voor Veiligheid; die "
    "leggen we voor aan de OVV (zienswijze derde-belanghebbende).",
    "2. In de mail van NS van 20 november 2024 staat gezondheidsinformatie over de machinist "
    "(posttraumatische stressklachten). Dat is een bijzonder persoonsgegeven (art. 5.1 lid 1 sub d Woo); "
    "lakken.",
    "3. De grondeigenarenlijst bevat namen, adressen en een IBAN van particulieren: lakken op grond van "
    "5.1.2e. Namen van bedrijven, de gemeente Deventer en het waterschap blijven staan.",
    "4. Namen van de staatssecretaris, de gedeputeerde, de wethouders en de burgemeesters blijven staan; "
    "namen van ambtenaren en medewerkers van ProRail en NS lakken we.",
    "Kunnen jullie vóór vrijdag de bijgevoegde lijst controleren? Ik bel Marloes morgen even op haar "
    "06-41872093.",
    "Groet,\nPieter-Jan Oosterwijk\nJurist / Woo-coördinator DGMo\nT 070 456 3187 (direct) | 070 456 0000",
    "",
    "Van: Terpstra, Marloes",
    "Verzonden: vrijdag 14 maart 2025 16:55",
    "Aan: Oosterwijk, Pieter-Jan",
    "Onderwerp: Woo-verzoek overweg Loo",
    "> Pieter-Jan, de mailbox van Bart Wesselink (ProRail) valt buiten ons bereik, maar hij heeft zijn "
    "stukken gestuurd. Let op: in het chatexport noemt Anouk Veldhoen de bestuurder van de trekker bij naam. "
    "Groet, Marloes (MTE)",
])

# ---------------------------------------------------------------- cn29 inventarislijst (landscape)
doc("cn29", "rl", font="LiberationSans", size=8, landscape=True, title="Inventarislijst Woo-besluit",
    author="IenW", colw={7: [35, 230, 65, 80, 55, 190, 90]}, blocks=[
    "# Inventarislijst bij Woo-besluit IENW/BSK-2025/104455 - overweg Loo",
    "| Nr | Document | Datum | Beoordeling | Grond | Toelichting | Gerelateerd",
    "| 1 | Incidentrapportage ProRail INC-2024-113842 | 11-11-2024 | deels openbaar | 5.1.2e | namen "
    "treinpersoneel en getuigen | -",
    "| 2 | Rapport machinist NS (scan) | 08-11-2024 | deels openbaar | 5.1.2e | | -",
    "| 3 | E-mail IenW - ProRail, vragen staatssecretaris | 12-11-2024 | deels openbaar | 5.1.2e | | -",
    "| 4 | E-mail voorstel bestuurlijk overleg | 28-11-2024 | deels openbaar | 5.1.2e | | -",
    "| 5 | Kamerbrief IENW/BSK-2024/331872 | 02-12-2024 | openbaar | - | reeds openbaar | Kamerstuk 29 893",
    "| 6 | Verslag bestuurlijk overleg | 21-01-2025 | deels openbaar | 5.1.2e | bestuurders openbaar | -",
    "| 7 | Actielijst projectteam | 03-02-2025 | deels openbaar | 5.1.2e | paraafcodes | -",
    "| 8-9 | Zienswijzen bewoners | 03-2025 | deels openbaar | 5.1.2e, 5.1.1d | gezondheid | -",
    "| 10 | Reactienota zienswijzen (concept) | 14-04-2025 | deels openbaar | 5.1.2e, 5.2.1 | | -",
    "| 11 | Grondeigenarenlijst | 01-02-2025 | deels openbaar | 5.1.2e | particulieren | -",
    "| 12-13 | Gespreksverslagen OVV Z2024-0415 | 11/12-2024 | deels openbaar | 5.1.2e, 5.1.1d | "
    "zienswijze OVV | -",
    "| 14 | Handgeschreven notitie (scan) | 13-11-2024 | deels openbaar | 5.1.2e | | -",
    "| 15 | Beslisnota IENW/BSK-2024/329910 | 26-11-2024 | deels openbaar | 5.1.2e, 5.2.1 | | 5",
    "| 16 | Brief ILT ILT-2024/188731 | 15-11-2024 | deels openbaar | 5.1.2e | | -",
    "| 17 | E-mail NS nazorg personeel | 20-11-2024 | deels openbaar | 5.1.2e, 5.1.1d | gezondheid | -",
    "| 18 | Chatexport projectteam | 08-11-2024 | deels openbaar | 5.1.2e | | -",
    "| 19-32 | Overige stukken (planning, formulieren, brieven, verslagen) | div. | deels openbaar | "
    "5.1.2e | | -",
    "Behandelend jurist: zie besluit. Vragen over dit besluit: woo@minienw.nl.",
])

# ---------------------------------------------------------------- cn30 Woo-besluit (LiberationSerif)
doc("cn30", "rl", font="LiberationSerif", size=10.5, title="Besluit op uw Woo-verzoek",
    author="Ministerie van Infrastructuur en Waterstaat", nokeep=["Deventer"], blocks=[
    "> Mevrouw L. Abbink\nBrinkgreverweg 140\n7413 AE Deventer",
    "",
    "Datum: 15 mei 2025\nOns kenmerk: IENW/BSK-2025/104455\nContactpersoon: P.J. Oosterwijk\n"
    "T 070 456 3187\nE pieter-jan.oosterwijk@minienw.nl",
    "Onderwerp: Besluit op uw verzoek op grond van de Wet open overheid (overweg Loo)",
    "",
    "Geachte mevrouw Abbink,",
    "Bij e-mail van 3 februari 2025 (lotte.abbink@proton.me) heeft u op grond van de Wet open overheid "
    "(Woo) gevraagd om alle documenten over de aanrijding op overweg Loo bij Bathmen op 8 november 2024 en "
    "over het project Onderdoorgang Loo. De ontvangst is op 4 februari 2025 bevestigd. Bij brief van "
    "3 maart 2025 is de beslistermijn met twee weken verdaagd; na zienswijzen van ProRail, NS en de "
    "Onderzoeksraad voor Veiligheid besluit ik nu als volgt.",
    "## Besluit",
    "Ik besluit de 32 documenten op de inventarislijst deels openbaar te maken. Eén document (de Kamerbrief "
    "van 2 december 2024) is al openbaar.",
    "## Overwegingen",
    "Persoonsgegevens (artikel 5.1, tweede lid, onder e, Woo). Namen en contactgegevens van ambtenaren en "
    "medewerkers van ProRail, NS, de provincie Overijssel en de gemeenten zijn niet openbaar gemaakt, "
    "evenals de namen, adressen en telefoonnummers van bewoners, getuigen en grondeigenaren. Namen van de "
    "staatssecretaris, de gedeputeerde, wethouders en burgemeesters blijven openbaar.",
    "Bijzondere persoonsgegevens (artikel 5.1, eerste lid, onder d, Woo). Gegevens over de gezondheid van "
    "treinpersoneel en bewoners zijn niet openbaar gemaakt.",
    "---",
    "Opvattingen voor intern beraad (artikel 5.2, eerste lid, Woo). In de concept-reactienota zijn "
    "persoonlijke beleidsopvattingen in geobjectiveerde vorm openbaar gemaakt.",
    "Gespreksverslagen van de OVV. De OVV heeft aangegeven dat de verslagen op grond van artikel 69 van de "
    "Rijkswet Onderzoeksraad voor Veiligheid niet openbaar zijn. Ik heb de verslagen alleen openbaar "
    "gemaakt voor zover zij geen verklaringen van betrokkenen bevatten.",
    "## Wijze van openbaarmaking",
    "De documenten worden gepubliceerd op open.overheid.nl. U ontvangt ze ook digitaal.",
    "## Bezwaar",
    "Tegen dit besluit kunt u binnen zes weken bezwaar maken op grond van de Algemene wet bestuursrecht "
    "(Awb), bij de minister van Infrastructuur en Waterstaat, Postbus 20901, 2500 EX Den Haag, of via "
    "woo@minienw.nl.",
    "",
    "Hoogachtend,",
    "DE STAATSSECRETARIS VAN INFRASTRUCTUUR EN WATERSTAAT,\nnamens deze,",
    "de directeur Openbaar Vervoer en Spoor,",
    "",
    "drs. K. Stegeman",
])

# ---------------------------------------------------------------- cn31 OVV verzoek (Times)
doc("cn31", "rl", font="Times-Roman", size=11, title="OVV verzoek om informatie", author="OVV", blocks=[
    "Onderzoeksraad voor Veiligheid\nLange Voorhout 9, 2514 EA Den Haag\nTelefoon 070 333 70 00",
    "",
    "> ProRail B.V.\nt.a.v. mevrouw T. Bronsvoort, Veiligheid & Incidentonderzoek\nPostbus 2038\n3500 GA Utrecht",
    "",
    "Datum: 9 december 2024\nOns kenmerk: Z2024-0415/0027\nContactpersoon: M. Sprenkels\n"
    "Telefoon: 070 333 7164",
    "Onderwerp: Verzoek om informatie - aanrijding overweg Loo, 8 november 2024",
    "",
    "Geachte mevrouw Bronsvoort,",
    "De Onderzoeksraad voor Veiligheid onderzoekt op grond van de Rijkswet Onderzoeksraad voor Veiligheid "
    "de aanrijding op overweg Loo bij Bathmen. Ik verzoek u mij de volgende informatie te verstrekken:",
    "1. de storingshistorie van de AHOB van overweg Loo vanaf 1 januari 2019;\n"
    "2. de registratie van de treindienstleidingspost Zwolle op 8 november 2024, 07.40-08.10 uur;\n"
    "3. het onderhouds- en inspectierapport van de overweg;\n"
    "4. het risicoprofiel van overweg Loo binnen het Landelijk Verbeterprogramma Overwegen;\n"
    "5. de verkeerstellingen van landbouwverkeer op de overweg.",
    "De treindienstleider, de heer El Idrissi, heeft in het gesprek van 26 november 2024 genoemd dat er in "
    "oktober storingen waren. Graag ontvangen wij de bijbehorende meldingen.",
    "Ik verzoek u de informatie uiterlijk 21 februari 2025 aan te leveren via ons beveiligde portaal. Voor "
    "vragen kunt u contact opnemen met mij of met mijn collega Thomas Bekkering "
    "(t.bekkering@onderzoeksraad.nl).",
    "",
    "Met vriendelijke groet,",
    "",
    "Marieke Sprenkels\nprojectleider onderzoek\nOnderzoeksraad voor Veiligheid",
])

# ---------------------------------------------------------------- cn32 kostenraming (docx; hidden Subject)
doc("cn32", "docx", font="Liberation Sans", size=10, title="Kostenraming Onderdoorgang Loo",
    author="ProRail", producer_note="python-docx, LibreOffice; Info /Subject set afterwards",
    hidden=[hidden("metadata", "subject", "Concept - opmerkingen verwerkt van Maarten Zwakenberg",
                   ["Zwakenberg", "Maarten"], value="Maarten Zwakenberg (Info /Subject)")],
    blocks=[
    "# Kostenraming Onderdoorgang Loo (PRJ-OV-0873)",
    "Raming volgens SSK-systematiek, prijspeil 2024, bijlage bij de bestuursovereenkomst van 12 maart 2025.",
    "| Post | Bedrag (mln €)",
    "| Onderdoorgang en hellingbanen | 9,8",
    "| Spoorwerkzaamheden en buitendienst | 2,6",
    "| Grondverwerving en schadeloosstelling | 1,9",
    "| Kabels en leidingen (Vitens, Enexis) | 0,9",
    "| Engineering en toezicht | 1,7",
    "| Onvoorzien | 1,7",
    "| Totaal | 18,6",
    "| Bijdragen | Bedrag (mln €)",
    "| Ministerie van Infrastructuur en Waterstaat (LVO) | 13,3",
    "| Provincie Overijssel (MIRT-gebiedsprogramma) | 4,2",
    "| Gemeente Deventer | 1,1",
    "Uitgangspunten: opheffing overweg Loo, omleiding via N348, onteigening van maximaal twee percelen "
    "op grond van de Omgevingswet.",
    "| Naam | Functie | Paraaf | Datum",
    "| B. Wesselink | projectmanager ProRail | BWE | 24-02-2025",
    "| L. Kuipers | projectleider Spoor provincie | LKU | 26-02-2025",
    "| J. Harmsen | afdelingshoofd Spoorveiligheid IenW | JHA | 27-02-2025",
])
