"""Documents vz01-vz16 of set VZ."""
from lib import Doc, K, R

WORD = "Microsoft® Word for Microsoft 365"
HDR_BZ = "Ministerie van Buitenlandse Zaken | Directie Consulaire Zaken en Visumbeleid"

DOCS = []

DOCS.append(Doc("vz01", [
    ("lines", """Iris Kalkman
Van Hallstraat 212-3
1051 HM Amsterdam
iris.kalkman@posteo.nl | 06 38 19 47 52"""),
    ("lines", """Aan: Ministerie van Buitenlandse Zaken
t.a.v. de Woo-coördinator
Rijnstraat 8
2515 XP Den Haag
per e-mail: woo@minbuza.nl"""),
    "Amsterdam, 3 augustus 2026",
    ("h", "Verzoek op grond van de Wet open overheid"),
    "Geachte heer, mevrouw,",
    "Als freelance journalist doe ik onderzoek naar de visumprocedure voor culturele uitwisseling. Aanleiding is "
    "het bericht dat vier leden van het Sazgen Ensemble uit Almaty geen Schengenvisum kregen voor het Wereldpodium "
    "Festival in Rotterdam, terwijl de Stichting Wereldpodium Rotterdam hen had uitgenodigd en het Prins Claus Fonds "
    "het optreden in De Doelen mede financierde.",
    "Op grond van de Wet open overheid (Woo) verzoek ik u om openbaarmaking van alle documenten over de "
    "visumaanvragen van deze culturele delegatie in de periode 1 maart 2026 tot en met 31 juli 2026, waaronder:",
    "1. correspondentie tussen de Nederlandse ambassade in Astana, de Directie Consulaire Zaken en Visumbeleid (DCV) "
    "en het Regional Support Office (RSO) in Warschau;",
    "2. de uitgewisselde nota verbale tussen de ambassade en het Ministry of Foreign Affairs of the Republic of "
    "Kazakhstan;",
    "3. de stukken die ten grondslag liggen aan de beantwoording van de Kamervragen van Kamerlid Bouchtaoui en het "
    "lid Verstappen-Kroes, en de Kamerbrief van minister Ter Avest;",
    "4. afspraken met het Ministerie van Onderwijs, Cultuur en Wetenschap (OCW) over legesvrijstelling.",
    "Ik heb er geen bezwaar tegen dat persoonsgegevens van de aanvragers worden weggelakt. Ik ontvang de stukken "
    "graag digitaal. Voor vragen ben ik bereikbaar op 06 38 19 47 52.",
    "Met vriendelijke groet,",
    ("lines", """Iris Kalkman"""),
], font="Helvetica", producer="Microsoft® Word for Microsoft 365", creator=WORD))

DOCS.append(Doc("vz02", [
    ("lines", """Ministerie van Buitenlandse Zaken
Rijnstraat 8
2515 XP Den Haag
Postbus 20061"""),
    ("lines", """Mevrouw I. Kalkman
Van Hallstraat 212-3
1051 HM Amsterdam"""),
    ("lines", """Datum: 6 augustus 2026
Ons kenmerk: WOO-BZ-2026-0417
Onderwerp: ontvangstbevestiging Woo-verzoek
Contactpersoon: S. Kraaijeveld
T (070) 348 59 10 toestel 231
E woo@minbuza.nl"""),
    "Geachte mevrouw Kalkman,",
    "Op 3 augustus 2026 hebben wij uw verzoek ontvangen om openbaarmaking van documenten over de visumaanvragen "
    "van de culturele delegatie van het Sazgen Ensemble (Almaty, Kazachstan) voor het Wereldpodium Festival. Uw "
    "verzoek is geregistreerd onder nummer WOO-BZ-2026-0417.",
    "Op grond van artikel 4.4 van de Wet open overheid beslissen wij binnen vier weken na ontvangst. Deze termijn "
    "kan met twee weken worden verdaagd. Omdat in de documenten gegevens van buitenlandse staatsburgers en "
    "diplomatieke correspondentie voorkomen, zullen wij mogelijk derden om hun zienswijze vragen. Het Ministry of "
    "Foreign Affairs of the Republic of Kazakhstan wordt geraadpleegd over de nota verbale.",
    "Heeft u vragen, neem dan contact op met de Woo-coördinator via woo@minbuza.nl of het algemene nummer "
    "070 348 6486, onder vermelding van het kenmerk.",
    "Hoogachtend,",
    ("lines", """De minister van Buitenlandse Zaken,
namens dezen,
de Woo-coördinator,

Sebastiaan Kraaijeveld"""),
], kind="docx", font="DV", author="Kraaijeveld, Sebastiaan", title="Ontvangstbevestiging WOO-BZ-2026-0417"))

DOCS.append(Doc("vz03", [
    ("lines", """STICHTING WERELDPODIUM ROTTERDAM
Schiedamse Vest 125 · 3012 BH Rotterdam · info@wereldpodium.nl · KvK 41129870"""),
    ("lines", """Embassy of the Kingdom of the Netherlands
Consular Section
Kabanbay Batyr 6/1
Astana, Kazakhstan"""),
    "Rotterdam, 12 maart 2026",
    ("h", "Letter of invitation – Sazgen Ensemble, Wereldpodium Festival 2026"),
    "Dear Madam, Sir,",
    "Stichting Wereldpodium Rotterdam hereby invites the Sazgen Ensemble, a folk music and dance company "
    "affiliated with the Kurmangazy Conservatorium in Almaty, to perform at the Wereldpodium Festival from 18 to 28 "
    "June 2026. Performances are scheduled in De Doelen (Willem Burgerzaal) and on the open-air stage near the "
    "Erasmusbrug.",
    "The delegation consists of ten members, led by Mrs Asel Mukanova-Berg (passport N16180339). The other "
    "members are Aigerim Nurlanqyzy Saparova, Dauren Bekmukhambetov, Gülnar Töleubaeva, Yerlan Zhumabayev, Aruzhan "
    "Seitkali, Bauyrzhan Ospanov, Madina Ismaïlova, Nurlan Äbdirov (choreographer) and Saule Qasymova. The "
    "ensemble travels with three dombra, two kobyz and percussion instruments.",
    "Our foundation guarantees travel, accommodation and health insurance costs for the full stay, as confirmed "
    "in the enclosed Sponsor Declaration. The festival is supported by the Ministerie van Onderwijs, Cultuur en "
    "Wetenschap and by the Prins Claus Fonds. We kindly ask the Embassy to consider a legesvrijstelling for "
    "cultural exchange.",
    "For practical questions please contact our productiecoördinator Yusuf Karaman, y.karaman@wereldpodium.nl, "
    "tel. 010-4127 889.",
    "Yours faithfully,",
    ("lines", """Lotte Brinkhorst-Ayal
artistiek leider, Stichting Wereldpodium Rotterdam
06 1477 3920 | lotte.brinkhorst@wereldpodium.nl"""),
], font="DV", producer="Adobe PDF Library 23.1.206", creator="Adobe InDesign 19.2 (Macintosh)"))

rows = [["Nr.", "Naam (zoals in paspoort)", "Geboortedatum", "Paspoortnr.", "Functie in ensemble", "Aanvraagnr."]]
for i, (n, d, p, f, a) in enumerate([
        ("MUKANOVA-BERG, Asel", "21.07.1975", "N16180339", "leider delegatie", "NLD-AST-26-004411"),
        ("SAPAROVA, Aigerim Nurlanqyzy", "14.03.1991", "N13579246", "zangeres", "NLD-AST-26-004417"),
        ("BEKMUKHAMBETOV, Dauren", "02.11.1986", "N24681357", "dombra", "NLD-AST-26-004418"),
        ("TÖLEUBAEVA, Gülnar", "27.06.1979", "N11223344", "kobyz", "NLD-AST-26-004421"),
        ("ZHUMABAYEV, Yerlan", "09.01.1995", "N55667788", "danser", "NLD-AST-26-004423"),
        ("SEITKALI, Aruzhan", "30.08.2001", "N99001122", "danseres", "NLD-AST-26-004425"),
        ("OSPANOV, Bauyrzhan", "18.12.1983", "N31415926", "percussie", "NLD-AST-26-004426"),
        ("ISMAÏLOVA, Madina", "05.05.1998", "N27182818", "danseres", "NLD-AST-26-004427"),
        ("ÄBDIROV, Nurlan", "11.02.1969", "N14142135", "choreograaf", "NLD-AST-26-004429"),
        ("QASYMOVA, Saule", "23.09.1993", "N17320508", "zangeres", "NLD-AST-26-004430")], 1):
    rows.append([str(i), n, d, p, f, a])
DOCS.append(Doc("vz04", [
    ("h", "Delegatielijst Sazgen Ensemble – Wereldpodium Festival 2026"),
    "Opgesteld door de consulaire afdeling van de Nederlandse ambassade in Astana ten behoeve van de gebundelde "
    "behandeling (groepsaanvraag) door het RSO in Warschau. Bron: paspoortkopieën via VFS Global Almaty.",
    ("t", rows, [0.05, 0.27, 0.13, 0.13, 0.18, 0.24]),
    ("h2", "Toelichting"),
    "Alle aanvragen zijn ingediend op 2 april 2026 bij VFS Global in Almaty. Legesvrijstelling is gevraagd op grond "
    "van artikel 16, zesde lid, van de Visumcode (Verordening (EG) nr. 810/2009) voor deelnemers aan culturele "
    "evenementen. De Sponsor Declaration van Stichting Wereldpodium Rotterdam is bijgevoegd.",
    "Contact ambassade: ast-ca@minbuza.nl (functionele mailbox consulaire afdeling), algemeen nummer "
    "+7 7172 55 50 00. Behandelaar: Aliya Zhaksybekova, lokaal medewerker, aliya.zhaksybekova@minbuza.nl.",
    "Contactgegevens leider delegatie: +7 701 448 2290, asel.mukanova@sazgen.kz.",
], font="DV", size=9.5, landscape=True, producer="Microsoft® Excel® for Microsoft 365",
    creator="Microsoft® Excel® for Microsoft 365", header="DEPARTEMENTAAL VERTROUWELIJK – ambassade Astana",
    extra_redact=[]))

DOCS.append(Doc("vz05", [
    ("lines", """Van: Achterberg-Valk, Marloes <marloes.achterberg-valk@minbuza.nl>
Verzonden: dinsdag 14 april 2026 09:12
Aan: Wijs-Hoogland, Femke de <femke.dewijs-hoogland@minbuza.nl>
CC: Molenkamp, Ingrid <ingrid.molenkamp@minbuza.nl>; ter Horst, Daan <daan.terhorst@minbuza.nl>; ast-ca@minbuza.nl
Onderwerp: RE: groepsaanvraag Sazgen Ensemble – vier aanvragen op de rand"""),
    "Hoi Femke,",
    "Dank voor je snelle reactie. Even de stand van zaken: zes van de tien aanvragen zijn compleet en door het RSO "
    "positief beoordeeld. Bij vier aanvragen (Töleubaeva, Zhumabayev, Seitkali en Qasymova) twijfelt het RSO over "
    "het terugkeervoornemen. Mevrouw Töleubaeva heeft een eerder visum laten verlopen met een overstay van elf "
    "dagen (2019, Duitsland), de heer Zhumabayev en mevrouw Seitkali hebben geen arbeidscontract in Kazachstan "
    "overgelegd.",
    "Bij mevrouw Qasymova speelt iets anders: zij heeft een medische verklaring ingediend (diabetes type 1 "
    "(insulinepomp)) en vraagt of zij medicatie mag meenemen. Dat is geen weigeringsgrond, maar het RSO wil de "
    "reisverzekering nog controleren.",
    "Ambassadeur Lamberink heeft gisteren met de directeur van het Kurmangazy Conservatorium gesproken; hij hecht "
    "aan het optreden vanwege het culturele akkoord. Kun jij bij DCV nagaan of er ruimte is binnen artikel 32 van de "
    "Visumcode? Daan belt vanmiddag met het RSO.",
    "Groet,",
    ("lines", """Marloes
Marloes Achterberg-Valk | hoofd consulaire afdeling
Ambassade van het Koninkrijk der Nederlanden, Astana
T +7 7172 55 51 23 | M 06 5193 0274 (piket, via Daan)"""),
    ("lines", """-----Oorspronkelijk bericht-----
Van: Wijs-Hoogland, Femke de <femke.dewijs-hoogland@minbuza.nl>
Verzonden: maandag 13 april 2026 17:48
Aan: Achterberg-Valk, Marloes <marloes.achterberg-valk@minbuza.nl>
CC: dcv-visumbeleid@minbuza.nl
Onderwerp: groepsaanvraag Sazgen Ensemble"""),
    "Beste Marloes,",
    "Via OCW (Pieter-Jan Oosterbeek) hoorden we dat de Stichting Wereldpodium Rotterdam zich zorgen maakt over de "
    "visa voor het Sazgen Ensemble. Minister Dijkhuizen opent het festival op 18 juni en er ligt inmiddels een "
    "schriftelijke vraag van Kamerlid Bouchtaoui in voorbereiding. Kun je me laten weten hoe het ervoor staat? "
    "Let wel: de beoordeling blijft aan het RSO; wij kunnen niet sturen op de uitkomst van individuele aanvragen.",
    "Ik ben morgen bereikbaar op 070 348 6612 of mobiel via Rutger van 't Hooft (+31 (0)70 348 4471) als ik in "
    "overleg zit.",
    ("lines", """Met vriendelijke groet,
Femke de Wijs-Hoogland
beleidsmedewerker visumbeleid
Directie Consulaire Zaken en Visumbeleid (DCV)
Rijnstraat 8 | 2515 XP Den Haag"""),
    ("lines", """-----Oorspronkelijk bericht-----
Van: Oosterbeek, Pieter-Jan <pj.oosterbeek@minocw.nl>
Verzonden: maandag 13 april 2026 11:03
Aan: Wijs-Hoogland, Femke de <femke.dewijs-hoogland@minbuza.nl>
Onderwerp: Wereldpodium / visa Kazachstan"""),
    "Femke, de artistiek leider van Wereldpodium (Lotte Brinkhorst-Ayal) belde mij vanochtend. Zij vreest dat de "
    "helft van de groep niet kan komen. Is er iets bekend? Groet, PJ (06-41 87 22 93)",
], font="DV", size=9.5, producer="Microsoft® Outlook® for Microsoft 365", creator="Microsoft® Outlook® for Microsoft 365"))

DOCS.append(Doc("vz06", [
    ("lines", """EMBASSY OF THE KINGDOM OF THE NETHERLANDS
ASTANA"""),
    ("lines", """Note Verbale
No. 2026/AST/031"""),
    "The Embassy of the Kingdom of the Netherlands presents its compliments to the Ministry of Foreign Affairs of "
    "the Republic of Kazakhstan and has the honour to inform the Ministry about the visa applications submitted by "
    "members of the Sazgen Ensemble for the Wereldpodium Festival in Rotterdam.",
    "The Embassy wishes to inform the Ministry that the applications are assessed in accordance with the Visa Code "
    "of the European Union (Verordening (EG) nr. 810/2009) by the Regional Support Office in Warsaw. Decisions on "
    "individual applications are communicated to the applicants directly.",
    "With reference to the Ministry's Note No. 12-3/4471 of 9 April 2026, the Embassy confirms that the applications "
    "of Mrs Asel Mukanova-Berg, Mrs Aigerim Saparova, Mr Dauren Bekmukhambetov, Mr Bauyrzhan Ospanov, Mrs Madina "
    "Ismaïlova and Mr Nurlan Äbdirov have been granted. The applications of the remaining four members are still "
    "under consideration.",
    "The Embassy of the Kingdom of the Netherlands avails itself of this opportunity to renew to the Ministry of "
    "Foreign Affairs of the Republic of Kazakhstan the assurances of its highest consideration.",
    ("lines", """Astana, 21 April 2026
[stamp]  [initials: MAV]"""),
    ("lines", """To the
Ministry of Foreign Affairs of the Republic of Kazakhstan
Department of Consular Service
Astana"""),
], font="DVS", size=11, producer="Acrobat Distiller 23.0 (Windows)", creator="PScript5.dll Version 5.2.2",
    redact=[R("PARAPH", "MAV", "MAV")]))

DOCS.append(Doc("vz07", [
    ("lines", """MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF KAZAKHSTAN
Department of Consular Service"""),
    ("lines", """No. 12-3/4471
(unofficial translation, received by the Embassy on 9 April 2026)"""),
    "The Ministry of Foreign Affairs of the Republic of Kazakhstan presents its compliments to the Embassy of the "
    "Kingdom of the Netherlands and has the honour to request the kind assistance of the Embassy in the issuance of "
    "Schengen visas to the members of the Sazgen Ensemble, who will represent the Republic of Kazakhstan at the "
    "Wereldpodium Festival in Rotterdam.",
    "The delegation is sent by the Ministry of Culture and Information and is headed by Mrs Asel Mukanova-Berg, "
    "laureate of the Abay-prijs. The Ministry attaches the list of participants with their passport numbers: "
    "N16180339, N13579246, N24681357, N11223344, N55667788, N99001122, N31415926, N27182818, N14142135 and N17320508.",
    "The Ministry would be grateful if the Embassy could consider the applications of Mrs Gülnar Töleubaeva and "
    "Mr Yerlan Zhumabayev favourably, as both are state-employed artists of the Kurmangazy Conservatorium.",
    "The Ministry avails itself of this opportunity to renew to the Embassy of the Kingdom of the Netherlands the "
    "assurances of its highest consideration.",
    "Astana, 8 April 2026",
    ("lines", """Contact person of the Department: Mr Serik Dzhaksylykov, +7 7172 72 09 14"""),
], font="Times-Roman", size=11, producer="Canon iR-ADV C5840 PDF", creator="",
    redact=[R(P := "PERSON", "Serik Dzhaksylykov", "Serik Dzhaksylykov", "Dzhaksylykov"), R("PHONE", "+7 7172 72 09 14")]))

DOCS.append(Doc("vz08", [
    ("h", "Aanvraagformulier Schengenvisum – bijlage culturele uitwisseling"),
    "Invulversie (AcroForm) zoals ontvangen via VFS Global Almaty. Formulier C1-2026 van het Ministerie van Buitenlandse Zaken.",
    "Gegevens van de aanvrager:",
    ("field", "naam", "1. Achternaam (familienaam)", "Qasymova"),
    ("field", "voornaam", "2. Voornaam / voornamen", "Saule Bolatqyzy"),
    ("field", "gebdat", "3. Geboortedatum (dd.mm.jjjj)", "23.09.1993"),
    ("field", "pas", "4. Nummer reisdocument", "N17320508"),
    ("field", "adres", "5. Woonadres", "Dostyk 97, kv. 14, Almaty 050051"),
    ("field", "tel", "6. Telefoonnummer", "+7 777 310 5512"),
    ("field", "mail", "7. E-mailadres", "saule.qasymova93@mail.kz"),
    ("field", "medisch", "8. Medische bijzonderheden (optioneel)", "insuline, diabetes type 1"),
    ("field", "doel", "9. Doel van de reis", "Optreden Wereldpodium Festival, Rotterdam"),
    ("field", "uitnodiger", "10. Uitnodigende organisatie", "Stichting Wereldpodium Rotterdam"),
    ("field", "datum", "11. Datum aankomst / vertrek", "16.06.2026 / 29.06.2026"),
    ("h", " "),
    "Het ingevulde formulier wordt door VFS Global doorgestuurd naar het Regional Support Office (RSO).",
    "Verwerking persoonsgegevens: zie de privacyverklaring van het Ministerie van Buitenlandse Zaken.",
    "Vragen: ast-ca@minbuza.nl | 24/7 BZ Contact Center +31 247 247 247",
], kind="form", producer="iText® 7.2.5 ©2000-2023 Apryse Group NV", creator="VFS Global eForms",
    redact=[R("PERSON", "Saule Bolatqyzy Qasymova (form)", "Qasymova", "Saule Bolatqyzy", ch="annotations"),
            R("DOB", "23.09.1993 (form)", "23.09.1993", ch="annotations"),
            R("PASSPORT", "N17320508 (form)", "N17320508", ch="annotations"),
            R("ADDRESS", "Dostyk 97, kv. 14", "Dostyk 97, kv. 14", ch="annotations"),
            R("PHONE", "+7 777 310 5512 (form)", "+7 777 310 5512", ch="annotations"),
            R("EMAIL", "saule.qasymova93@mail.kz", ch="annotations"),
            R("HEALTH", "insuline, diabetes type 1", "diabetes type 1", ch="annotations")]))

DOCS.append(Doc("vz09", [], kind="scan", producer="KODAK Capture Pro 5.7", creator="Kodak i3250 Scanner",
    scan_lines=[("b", "Brief aan de ambassade (ontvangen 28-04-2026)"), "",
                "Geachte consul,", "",
                "Mijn naam is Gülnar Töleubaeva, paspoort N11223344.",
                "Ik speel kobyz in het Sazgen Ensemble sinds 2004.",
                "In 2019 ben ik elf dagen te lang in Duitsland gebleven",
                "omdat mijn moeder in het ziekenhuis lag in Keulen.",
                "Ik heb daarvan bewijs van het ziekenhuis bijgevoegd.",
                "Ik vraag u mijn aanvraag opnieuw te bekijken.", "",
                "Mijn telefoon: +7 701 448 2290 (via Asel Mukanova-Berg)", "",
                ("hand", "Met respect,"), ("sig", ""), ("hand", "Gülnar Töleubaeva"), "",
                ("hand", "gezien: Daan ter Horst 29/4"),
                ],
    redact=[R("PERSON", "Gülnar Töleubaeva (scan)", "Töleubaeva", ocr=True),
            R("PASSPORT", "N11223344 (scan)", "N11223344", ocr=True),
            R("PHONE", "+7 701 448 2290 (scan)", "448 2290", ocr=True),
            R("PERSON", "Asel Mukanova-Berg (scan)", "Mukanova-Berg", ocr=True),
            R("PERSON", "Daan ter Horst (scan)", "ter Horst", ocr=True),
            R("HEALTH", "ziekenhuisopname moeder", "ziekenhuis lag in Keulen", ocr=True)]))

DOCS.append(Doc("vz10", [
    ("h", "Teams – chat 'Consulair Astana'"),
    ("lines", """[15-04-2026 08:41] Daan ter Horst: goedemorgen! RSO belt om 10 uur over Sazgen
[15-04-2026 08:43] Aliya Zhaksybekova: ok. ik heb de verzekeringspapieren van Saule nog niet
[15-04-2026 08:44] Daan ter Horst: @Aliya kun je Yusuf van Wereldpodium even mailen? y.karaman@wereldpodium.nl
[15-04-2026 08:47] Timur Sadvakasov: Yusuf belde gisteren al 3x naar de balie haha
[15-04-2026 08:48] Daan ter Horst: Tima, niet doorverbinden naar Marloes aub, die zit bij de ambassadeur
[15-04-2026 09:02] Aliya Zhaksybekova: Gülnar stond vanochtend zelf bij VFS Global met een brief
[15-04-2026 09:05] Timur Sadvakasov: die brief heb ik gescand, staat in de map Sazgen/brieven
[15-04-2026 09:11] Daan ter Horst: top. Wie is er vrijdag? Ik ben vrij, bel 06 5193 0274 als het brandt
[15-04-2026 09:12] Aliya Zhaksybekova: ik ben er. Timur ook
[15-04-2026 09:30] Marloes Achterberg-Valk: ambassadeur Lamberink wil vrijdag een update voor het codebericht
[15-04-2026 09:31] Daan ter Horst: komt goed (y)
[15-04-2026 10:48] Daan ter Horst: RSO: Töleubaeva en Zhumabayev waarschijnlijk weigering, Seitkali aanvullende stukken
[15-04-2026 10:52] Aliya Zhaksybekova: jammer. Bauyrzhan (Baha) vroeg of hij zijn dombra als handbagage mag meenemen
[15-04-2026 10:53] Timur Sadvakasov: dat is KLM, niet ons :)"""),
    "Export gemaakt met Microsoft Teams (chatgeschiedenis), 20-04-2026.",
], font="DV", size=9, producer="Microsoft: Print To PDF", creator="Microsoft Teams"))

DOCS.append(Doc("vz11", [
    ("h", "WhatsApp-chat met Yusuf Karaman (Wereldpodium)"),
    ("lines", """16-04-26 19:02 - Yusuf Karaman: Hi Aliya, sorry voor het late uur. Hebben jullie nog iets nodig van Saule?
16-04-26 19:10 - Aliya: Hoi Yusuf, ja: haar reisverzekering dekt medische kosten niet volledig
16-04-26 19:11 - Aliya: en voor Aruzhan een verklaring van het conservatorium dat ze terugkeert
16-04-26 19:15 - Yusuf Karaman: Lotte regelt een nieuwe polis morgen. Conservatorium mailt vandaag nog
16-04-26 19:16 - Yusuf Karaman: Kan Gülnar nog iets doen? Ze is echt overstuur
16-04-26 19:20 - Aliya: Ik mag niets over de beoordeling zeggen, sorry. Ze kan na een besluit bezwaar maken
16-04-26 19:21 - Yusuf Karaman: snap ik. mijn nummer voor het weekend: 06 1477 3920 (is van Lotte, mijn telefoon is kapot)
16-04-26 19:24 - Aliya: Noted. Mail formeel naar ast-ca@minbuza.nl, dan gaat het in het dossier
17-04-26 08:05 - Yusuf Karaman: <Media weggelaten>
17-04-26 08:05 - Yusuf Karaman: polis Saule + brief Kurmangazy Conservatorium voor Aruzhan
17-04-26 08:31 - Aliya: Ontvangen, dank! Doorgestuurd naar Daan en het RSO"""),
    "Chat geëxporteerd door de lokaal medewerker op verzoek van de Woo-coördinator (WOO-BZ-2026-0417).",
], font="DV", size=9, producer="Skia/PDF m124", creator="WhatsApp"))

DOCS.append(Doc("vz12", [
    ("h", "Beslisnota"),
    ("t", [["Aan", "de minister van Buitenlandse Zaken"],
           ["Van", "Femke de Wijs-Hoogland, beleidsmedewerker DCV"],
           ["Datum", "4 mei 2026"],
           ["Kenmerk", "DCV-2026/1187"],
           ["Onderwerp", "Beantwoording Kamervragen visa Sazgen Ensemble (2026Z09412)"],
           ["Kopie aan", "secretaris-generaal; directeur-generaal Consulaire Zaken; OCW (P.J. Oosterbeek)"],
           ["Contactpersoon", "F. de Wijs-Hoogland, T 070 348 6612, femke.dewijs-hoogland@minbuza.nl"]]),
    ("h2", "Aanleiding"),
    "Kamerlid Bouchtaoui (D66) en het lid Verstappen-Kroes (GL-PvdA) hebben op 22 april 2026 schriftelijke vragen "
    "gesteld over de weigering van visa voor vier leden van het Sazgen Ensemble. U wordt gevraagd de antwoorden "
    "vast te stellen. De beantwoording is afgestemd met het Ministerie van Onderwijs, Cultuur en Wetenschap "
    "(minister Dijkhuizen).",
    ("h2", "Geadviseerd besluit"),
    "Aan de minister wordt gevraagd: in te stemmen met de bijgevoegde antwoorden en de Kamerbrief over "
    "visumverlening voor culturele uitwisseling.",
    ("h2", "Kern"),
    "Twee aanvragen zijn geweigerd op grond van artikel 32 van de Visumcode (twijfel aan het terugkeervoornemen), "
    "twee aanvragen zijn na aanvullende stukken alsnog toegekend. Over individuele aanvragen doet u in de Kamer "
    "geen mededelingen; de antwoorden zijn daarom algemeen gehouden. De ambassade in Astana heeft via de nota "
    "verbale van 21 april 2026 het Kazachse ministerie geïnformeerd.",
    ("h2", "Toelichting"),
    "De Stichting Wereldpodium Rotterdam heeft publiekelijk kritiek geuit. Het RSO in Warschau beoordeelt "
    "aanvragen zonder politieke sturing; dat uitgangspunt dient u in de antwoorden te benadrukken. Ambassadeur "
    "Lamberink adviseert in zijn codebericht een gebaar richting Kazachstan, bijvoorbeeld een ontmoeting met het "
    "ensemble tijdens het festival.",
    ("h2", "Krachtenveld"),
    "OCW steunt de lijn. De Stichting Wereldpodium Rotterdam en het Prins Claus Fonds pleiten voor een ruimere "
    "toepassing van de legesvrijstelling. De Kazachse ambassade in Den Haag volgt het dossier.",
    ("pb",),
    ("h2", "Paraaftabel"),
    ("t", [["Naam", "Functie", "Paraaf", "Datum"],
           ["F. de Wijs-Hoogland", "beleidsmedewerker DCV", "FdWH", "04-05-2026"],
           ["R.J. van 't Hooft", "plaatsvervangend directeur DCV", "RvtH", "05-05-2026"],
           ["W. Dekker-Brouns", "juridisch adviseur", "WDB", "05-05-2026"]]),
    ("h2", "Bijlagen"),
    "1. Antwoorden op Kamervragen 2026Z09412; 2. Kamerbrief visumverlening culturele uitwisseling; "
    "3. Codebericht ambassade Astana (departementaal vertrouwelijk).",
    ("h2", "Informatie die niet openbaar gemaakt kan worden"),
    "Bijlage 3 bevat informatie over de betrekkingen met Kazachstan (artikel 5.1, tweede lid, aanhef en onder a, "
    "Woo; 5.1.2a).",
    ("h2", "Motivering"),
    "In de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van ambtenaren geanonimiseerd.",
], kind="docx", font="DV", size=10, author="DCV-Visumbeleid", title="Beslisnota Kamervragen Sazgen"))

DOCS.append(Doc("vz13", [
    ("lines", """Tweede Kamer der Staten-Generaal
2026Z09412"""),
    ("h", "Vragen van de leden Bouchtaoui (D66) en Verstappen-Kroes (GL-PvdA) aan de minister van Buitenlandse Zaken over "
          "de weigering van visa voor het Sazgen Ensemble (ingezonden 22 april 2026)"),
    "1. Kent u het bericht 'Kazachse musici mogen niet naar Rotterdam' in NRC van 20 april 2026?",
    "2. Klopt het dat vier van de tien leden van het Sazgen Ensemble geen Schengenvisum hebben gekregen voor het "
    "Wereldpodium Festival, terwijl de Stichting Wereldpodium Rotterdam garant stond voor alle kosten?",
    "3. Hoe beoordeelt het Regional Support Office (RSO) het terugkeervoornemen van kunstenaars die in dienst zijn "
    "van een staatsinstelling zoals het Kurmangazy Conservatorium?",
    "4. Bent u bereid om, samen met de minister van Onderwijs, Cultuur en Wetenschap, de visumprocedure voor "
    "culturele uitwisseling te evalueren, en daarbij de ervaringen van festivals en het Prins Claus Fonds te "
    "betrekken?",
    "5. Waarom wordt de legesvrijstelling van artikel 16 van de Visumcode niet standaard toegepast op culturele "
    "delegaties die door een ministerie van een derde land worden uitgezonden?",
    "6. Kunt u aangeven hoeveel visumaanvragen voor culturele doeleinden in 2025 via VFS Global in Kazachstan zijn "
    "ingediend en hoeveel daarvan zijn geweigerd?",
    "7. Heeft de ambassade in Astana contact gehad met het Kazachse ministerie van Buitenlandse Zaken over deze "
    "aanvragen, en zo ja, wat was de uitkomst?",
    "8. Kunt u deze vragen beantwoorden vóór het begin van het Wereldpodium Festival op 18 juni 2026?",
    ("sp", 14),
    "Toelichting: deze vragen zijn een aanvulling op eerdere vragen van het lid Verstappen-Kroes over visa voor "
    "kunstenaars (2026Z04410).",
], font="Times-Roman", size=11, producer="Parlis Document Service (Aspose.PDF for .NET 23.4)", creator="Parlis"))

DOCS.append(Doc("vz14", [
    ("lines", """> Retouradres Postbus 20061 2500 EB Den Haag
Aan de Voorzitter van de Tweede Kamer der Staten-Generaal
Prinses Irenestraat 6
2595 BD Den Haag"""),
    ("lines", """Datum 2 juni 2026
Betreft Antwoorden op vragen van de leden Bouchtaoui en Verstappen-Kroes over de weigering van visa voor het Sazgen Ensemble
Ons kenmerk BZ2026-118734
Uw kenmerk 2026Z09412"""),
    "Hierbij bied ik u de antwoorden aan op de schriftelijke vragen gesteld door de leden Bouchtaoui (D66) en "
    "Verstappen-Kroes (GL-PvdA) over de weigering van visa voor het Sazgen Ensemble (ingezonden 22 april 2026 met "
    "kenmerk 2026Z09412).",
    ("h2", "Vraag 1"), "Ja.",
    ("h2", "Vraag 2"),
    "Over individuele visumaanvragen doe ik in verband met de bescherming van de persoonlijke levenssfeer geen "
    "mededelingen. In algemene zin kan ik melden dat van de tien aanvragen van het ensemble er acht zijn "
    "ingewilligd. Een garantstelling door de uitnodigende organisatie is een belangrijk, maar niet het enige "
    "element in de beoordeling.",
    ("h2", "Vraag 3"),
    "Het RSO beoordeelt iedere aanvraag individueel aan de hand van artikel 21 en artikel 32 van de Visumcode "
    "(Verordening (EG) nr. 810/2009). Een dienstverband bij een staatsinstelling weegt mee als aanwijzing voor "
    "binding met het land van herkomst, naast onder meer het eerdere reisgedrag van de aanvrager.",
    ("h2", "Vraag 4"),
    "Ja. Samen met minister Dijkhuizen van Onderwijs, Cultuur en Wetenschap laat ik de procedure voor culturele "
    "uitwisseling evalueren. Festivals, de Stichting Wereldpodium Rotterdam en het Prins Claus Fonds worden "
    "daarbij betrokken. Ik informeer uw Kamer hierover in het najaar.",
    ("h2", "Vraag 5"),
    "De Visumcode biedt in artikel 16, zesde lid, de mogelijkheid van legesvrijstelling voor deelnemers aan "
    "culturele evenementen. Die vrijstelling is in dit geval toegepast.",
    ("h2", "Vraag 6"),
    "In 2025 zijn via VFS Global in Kazachstan 412 aanvragen met een cultureel reisdoel ingediend; 37 daarvan zijn "
    "geweigerd (9 procent).",
    ("h2", "Vraag 7"),
    "Ja. De Nederlandse ambassade in Astana heeft het Kazachse ministerie van Buitenlandse Zaken met een nota "
    "verbale geïnformeerd over de procedure. Ambassadeur Lamberink heeft het onderwerp daarnaast besproken met "
    "de directeur van het Kurmangazy Conservatorium.",
    ("h2", "Vraag 8"), "Ja.",
    ("sp", 12),
    ("lines", """De minister van Buitenlandse Zaken,

H.C. Ter Avest"""),
], font="Times-Roman", size=11, producer="Microsoft® Word 2019", creator="Microsoft® Word 2019",
    header="Ministerie van Buitenlandse Zaken | BZ2026-118734"))

DOCS.append(Doc("vz15", [
    ("lines", """Aan de Voorzitter van de
Tweede Kamer der Staten-Generaal
Prinses Irenestraat 6
Den Haag"""),
    ("lines", """Datum 9 juni 2026
Betreft Visumverlening voor culturele uitwisseling
Ons kenmerk BZ2026-118790"""),
    "Geachte voorzitter,",
    "Met deze brief informeer ik uw Kamer, mede namens de minister van Onderwijs, Cultuur en Wetenschap, over de "
    "visumverlening voor kunstenaars en culturele delegaties uit landen buiten de Europese Unie. Aanleiding zijn "
    "de vragen van de leden Bouchtaoui en Verstappen-Kroes (2026Z09412) en signalen van festivals en het Prins "
    "Claus Fonds.",
    ("h2", "Huidige werkwijze"),
    "Aanvragen voor een visum kort verblijf worden ingediend bij een externe dienstverlener zoals VFS Global en "
    "beoordeeld door een van de Regional Support Offices (RSO). De ambassades houden een rol in de contacten met "
    "de autoriteiten van het gastland; de beslissing ligt bij het RSO. Beoordeling vindt plaats volgens de "
    "Visumcode (Verordening (EG) nr. 810/2009) en de Schengengrenscode.",
    ("h2", "Knelpunten"),
    "Uit gesprekken met de sector blijkt dat groepen vaak laat aanvragen, dat uitnodigende organisaties de "
    "eisen aan bewijs van binding met het land van herkomst niet kennen, en dat de legesvrijstelling wisselend "
    "wordt toegepast. Ook het geval van het Sazgen Ensemble uit Almaty, dat optrad op het Wereldpodium Festival "
    "in Rotterdam, laat zien dat tijdige en volledige informatie het verschil maakt.",
    ("h2", "Maatregelen"),
    "1. Er komt een vast aanspreekpunt voor culturele instellingen bij de Directie Consulaire Zaken en "
    "Visumbeleid (DCV), bereikbaar via dcv-visumbeleid@minbuza.nl.",
    "2. Samen met OCW publiceren we een handreiking voor uitnodigende organisaties, met een model Sponsor "
    "Declaration.",
    "3. Posten wordt gevraagd de legesvrijstelling van artikel 16, zesde lid, Visumcode actief onder de aandacht "
    "te brengen.",
    "4. In het najaar evalueren we de werkwijze met festivals, orkesten en fondsen.",
    ("h2", "Tot slot"),
    "Culturele uitwisseling draagt bij aan goede betrekkingen, ook met Kazachstan. Minister Dijkhuizen en ik "
    "zullen het Wereldpodium Festival bezoeken en daar met de sector spreken.",
    ("lines", """De minister van Buitenlandse Zaken,

H.C. Ter Avest"""),
], kind="docx", font="Times", size=11, author="Groot Wassink, Wies", title="Kamerbrief visumverlening culturele uitwisseling",
    redact=[R("PERSON", "Wies Groot Wassink (document author)", "Groot Wassink", "Wies", ch="metadata")]))

DOCS.append(Doc("vz16", [
    ("h", "Verslag overleg visa Sazgen Ensemble"),
    ("lines", """Datum: 24 april 2026, 10.00–11.15 uur (Teams)
Locatie: Rijnstraat 8, zaal 5.C.12 / ambassade Astana
Kenmerk: DCV-2026/1187-V"""),
    ("t", [["Aanwezig", "Organisatie", "Initialen"],
           ["Rutger van 't Hooft (vz)", "BZ/DCV, plaatsvervangend directeur", "RvtH"],
           ["Femke de Wijs-Hoogland (verslag)", "BZ/DCV, beleidsmedewerker", "FdWH"],
           ["Ingrid Molenkamp", "RSO Warschau, teamleider", "IM"],
           ["Marloes Achterberg-Valk", "ambassade Astana, hoofd consulaire afdeling", "MAV"],
           ["Pieter-Jan Oosterbeek", "OCW, Directie Erfgoed en Kunsten", "PJO"],
           ["Hanneke Zuidema", "ambassade Astana, secretariaat", "HZ"],
           ["Afwezig: Daan ter Horst", "ambassade Astana, consulair medewerker", "DtH"]], [0.38, 0.47, 0.15]),
    ("h2", "1. Opening en stand van zaken"),
    "De voorzitter opent. Molenkamp meldt dat acht van de tien aanvragen zijn of worden toegekend. Twee "
    "aanvragen (Töleubaeva, Zhumabayev) worden geweigerd op grond van artikel 32, lid 1, onder b, van de "
    "Visumcode. Voor Seitkali en Qasymova zijn aanvullende stukken ontvangen; beide worden toegekend.",
    ("h2", "2. Politieke en diplomatieke context"),
    "Achterberg-Valk licht toe dat het Kazachse ministerie van Buitenlandse Zaken per nota verbale (No. 12-3/4471) "
    "om welwillende behandeling heeft gevraagd. Ambassadeur Lamberink heeft de Nederlandse lijn toegelicht: de "
    "beslissing ligt bij het RSO. Er volgt een antwoordnota (2026/AST/031).",
    "Oosterbeek meldt dat minister Dijkhuizen het festival opent en dat OCW een gezamenlijke evaluatie wil. Van 't "
    "Hooft antwoordt dat DCV daarvoor openstaat, mits individuele zaken buiten de evaluatie blijven.",
    ("h2", "3. Kamervragen en communicatie"),
    "De vragen van Kamerlid Bouchtaoui worden door DCV beantwoord; de woordvoering loopt via woordvoerder Jelle "
    "Bosman (pers@minbuza.nl). Mevrouw Brinkhorst-Ayal van Wereldpodium heeft de pers gezocht; DCV reageert niet "
    "op individuele zaken.",
    ("pb",),
    ("h2", "4. Bezwaar"),
    "Naar verwachting maken de twee geweigerde aanvragers bezwaar, bijgestaan door Maasstad Advocaten (mr. "
    "Wolters). Bezwaar loopt via de Directie Juridische Zaken; behandelaar Joris Ravenstein.",
    ("h2", "Actielijst"),
    ("t", [["Nr.", "Actie", "Wie", "Wanneer"],
           ["1", "Antwoordnota aan Kazachs MFA opstellen en verzenden", "MAV", "28-04"],
           ["2", "Concept-antwoorden Kamervragen naar OCW", "FdWH", "01-05"],
           ["3", "Weigeringsbesluiten versturen via VFS Global", "IM", "26-04"],
           ["4", "Handreiking culturele instellingen: opzet", "PJO / FdWH", "15-06"],
           ["5", "Agenda evaluatie met Prins Claus Fonds en festivals", "RvtH", "najaar"],
           ["6", "Dossier Sazgen compleet maken voor Woo", "HZ / DtH", "01-06"]], [0.07, 0.6, 0.18, 0.15]),
    "Volgend overleg: 15 mei 2026. Verslag vastgesteld door de voorzitter.",
], font="Helvetica", size=10, producer="Microsoft® Word for Microsoft 365", creator=WORD,
    redact=[R("PARAPH", "initialen IM", "IM"), R("PARAPH", "initialen PJO", "PJO"), R("PARAPH", "initialen HZ", "HZ"),
            R("PARAPH", "initialen DtH", "DtH"), R("PARAPH", "initialen MAV", "MAV")]))
