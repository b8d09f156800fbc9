from lib import Doc

P = "Provincie Overijssel"
DOCS = []
A = DOCS.append

A(Doc("z01_woo_verzoek", [
    ("h", "Verzoek op grond van de Wet open overheid"),
    ("p", "Van: «Maarten Zweers» <«m.zweers@kpnmail.nl»>\nVerzonden: maandag 2 februari 2026 21:14\nAan: ‹woo@overijssel.nl›\nOnderwerp: Woo-verzoek subsidie ‹Energiecoöperatie Zonnedijk Oosterveld›"),
    ("p", "Geachte heer, mevrouw,"),
    ("p", "Op grond van de ‹Wet open overheid› verzoek ik ‹Gedeputeerde Staten› van de ‹Provincie Overijssel› om openbaarmaking van alle documenten over de subsidie die in 2025 is verleend aan de ‹Energiecoöperatie Zonnedijk Oosterveld› U.A. voor het ‹zonneveld› aan de ‹Veldhoek› in ‹Oosterveld› (gemeente ‹Hof van Twente›), op grond van de ‹Subsidieregeling Lokale Energie-initiatieven Overijssel 2025›."),
    ("p", "Het gaat mij in het bijzonder om: de aanvraag en de beschikking (kenmerk ‹2025/0218734›), de correspondentie met de accountant en met de netbeheerder ‹Enexis Netbeheer›, de rapportage van de ‹Concern Auditor› over mogelijke dubbele financiering met de ‹SCE-regeling› van ‹RVO›, en de stukken die ten grondslag liggen aan de beantwoording van de ‹Statenvragen› van februari 2026."),
    ("p", "Ik ben freelance journalist en schrijf voor ‹Tubantia›. Ik ontvang de stukken bij voorkeur digitaal. U kunt mij bereiken op «06-41 87 22 90» of per mail. Mijn postadres is «Hengelosestraat 212», «7521 AK Enschede»."),
    ("p", "Met vriendelijke groet,\n«Maarten Zweers»"),
], producer="Microsoft: Print To PDF", creator="Outlook", title="Woo-verzoek subsidie Zonnedijk"))

A(Doc("z02_ontvangstbevestiging", [
    ("p", "‹Provincie Overijssel›\n‹Luttenbergstraat 2›\nPostbus 10078\n8000 GB ‹Zwolle›\nTelefoon ‹038 499 88 99›"),
    ("p", "De heer «M. Zweers»\n«Hengelosestraat 212»\n«7521 AK Enschede»"),
    ("p", "Datum: 5 februari 2026\nKenmerk: ‹2026-OV-04417›\nBehandeld door: «L. Achterberg»\nDoorkiesnummer: «038 499 71 36»\nE-mail: «l.achterberg@overijssel.nl»"),
    ("h", "Onderwerp: ontvangstbevestiging Woo-verzoek"),
    ("p", "Geachte heer «Zweers»,"),
    ("p", "Op 2 februari 2026 hebben wij uw verzoek op grond van de ‹Wet open overheid› (‹Woo›) ontvangen over de subsidie aan ‹Energiecoöperatie Zonnedijk Oosterveld›. Wij hebben uw verzoek geregistreerd onder kenmerk ‹2026-OV-04417›. Vermeld dit kenmerk bij correspondentie."),
    ("p", "Wij beslissen binnen vier weken na ontvangst. Deze termijn kunnen wij met twee weken verdagen als de omvang of de ingewikkeldheid van de informatie dat rechtvaardigt. Omdat de stukken ook gegevens van derden bevatten, zullen wij de ‹Energiecoöperatie Zonnedijk Oosterveld›, de ‹Twentse Accountantsgroep› en ‹Enexis Netbeheer› in de gelegenheid stellen een zienswijze te geven (artikel 4.4 ‹Woo›)."),
    ("p", "Hoogachtend,\n\n‹Gedeputeerde Staten van Overijssel›,\nnamens dezen,\n\n\n«Lotte Achterberg»\n‹juridisch adviseur Woo›, ‹team Juridische Zaken›"),
], font="Times-Roman", producer="iText 7.2.5 ©2000-2023 iText Group NV (AGPL-version)", creator="Corsa 7.4", author="Provincie Overijssel"))

A(Doc("z03_subsidieaanvraag", [
    ("h", "Aanvraagformulier Subsidieregeling Lokale Energie-initiatieven Overijssel 2025"),
    ("p", "Zaaknummer ‹SLE-2025-0061› – ingediend via het ‹e-Loket Subsidies› op ‹14 maart 2025›"),
    ("t", [["Onderdeel", "Gegevens"],
           ["Aanvrager", "‹Energiecoöperatie Zonnedijk Oosterveld› U.A."],
           ["KvK-nummer aanvrager", "‹81734429›"],
           ["Contactpersoon", "«Ingrid van 't Hul» (secretaris)"],
           ["Telefoon contactpersoon", "«06 28 11 47 05»"],
           ["E-mail contactpersoon", "«ingrid.vanthul@ziggo.nl»"],
           ["Bevoegd ondertekenaar", "«Hendrik-Jan ter Wee» (voorzitter)"],
           ["Geboortedatum ondertekenaar", "«17-09-1961»"],
           ["Rekeningnummer coöperatie", "‹NL42 RABO 0317 5520 88›"],
           ["Projectlocatie", "Veldhoek, kadastraal ‹Oosterveld› sectie ‹K› nummer ‹1184›"],
           ["Grondeigenaar", "maatschap «Hulshof-Ter Braak» (pachtovereenkomst bijgevoegd)"],
           ["Vermogen", "‹4,2 MWp›, circa 7.600 panelen"],
           ["Gevraagde subsidie", "‹€ 348.000› (procesgeld en ontwikkelkosten)"],
           ["Andere subsidies aangevraagd?", "Nee"]]),
    ("p", "Toelichting op de vraag naar andere subsidies: de aanvrager verklaart dat voor dezelfde kosten geen andere subsidie is aangevraagd of verkregen. (Opmerking toetser: het antwoord ‘Nee’ is later onjuist gebleken, zie de rapportage van de ‹Concern Auditor›.)"),
    ("p", "Het rekeningnummer hierboven staat op naam van de coöperatie, een rechtspersoon; het is geen persoonsgegeven. De maatschap «Hulshof-Ter Braak» is een maatschap van twee natuurlijke personen."),
    ("p", "Bijlagen: projectplan, begroting, ‹SDE++›-haalbaarheidsnotitie, brief ‹Enexis Netbeheer› over transportcapaciteit, pachtovereenkomst, ledenlijst."),
    ("p", "Ondertekend: «H.J. ter Wee», voorzitter, en «I. van 't Hul», secretaris."),
], engine="docx", producer="LibreOffice 7.6", creator="Writer", title="Aanvraag SLE-2025-0061", author=""))

A(Doc("z04_beschikking_subsidie", [
    ("p", "‹Provincie Overijssel›\n‹Luttenbergstraat 2›, ‹Zwolle›\n\nAan het bestuur van ‹Energiecoöperatie Zonnedijk Oosterveld› U.A.\nt.a.v. mevrouw «I. van 't Hul», secretaris\n«Brinkweg 7a»\n«7495 RK» ‹Oosterveld›"),
    ("p", "Datum: ‹23 mei 2025›\nKenmerk: ‹2025/0218734›\nZaaknummer: ‹SLE-2025-0061›\nBehandeld door: «Sanne Wolbers», telefoon «038 499 74 12»"),
    ("h", "Onderwerp: verlening subsidie Lokale Energie-initiatieven – ‹zonneveld› Veldhoek"),
    ("p", "Geacht bestuur,"),
    ("p", "Op ‹14 maart 2025› hebben wij uw aanvraag ontvangen voor een subsidie op grond van de ‹Subsidieregeling Lokale Energie-initiatieven Overijssel 2025› voor de ontwikkeling van een ‹zonneveld› van ‹4,2 MWp› op landbouwgrond aan de ‹Veldhoek› te ‹Oosterveld›. Met deze brief besluiten wij op uw aanvraag."),
    ("h", "Besluit"),
    ("p", "Wij verlenen u een subsidie van maximaal ‹€ 348.000›. Wij verstrekken een voorschot van 80%, te weten ‹€ 278.400›, binnen vier weken na dagtekening op rekening ‹NL42 RABO 0317 5520 88› ten name van de coöperatie."),
    ("h", "Verplichtingen"),
    ("p", "U bent verplicht: (a) de activiteiten uiterlijk 31 december 2026 af te ronden; (b) ons onverwijld te melden wanneer u voor dezelfde kosten een andere subsidie ontvangt, waaronder een subsidie op grond van de ‹SCE-regeling› of de ‹SDE++›; (c) bij de aanvraag tot vaststelling een controleverklaring te overleggen volgens het ‹Controleprotocol Subsidies Overijssel 2025›. Het cumulatieverbod van ‹artikel 6› van de regeling is van toepassing."),
    ("p", "Wij wijzen u erop dat wij de subsidie kunnen terugvorderen als blijkt dat de subsidieverlening is gebaseerd op onjuiste of onvolledige gegevens (‹artikel 4:48› ‹Algemene wet bestuursrecht›)."),
    ("pb", None),
    ("h", "Bezwaar"),
    ("p", "Tegen dit besluit kunt u binnen zes weken na de dag van verzending bezwaar maken bij ‹Gedeputeerde Staten van Overijssel›, Postbus 10078, 8000 GB ‹Zwolle›. Vragen? Bel het ‹Subsidieloket› via ‹038 499 88 99› of mail ‹subsidies@overijssel.nl›."),
    ("p", "Hoogachtend,\n\n‹Gedeputeerde Staten van Overijssel›,\nnamens dezen,\n\n«M.A. Brinkhuis»\n‹teamleider Subsidieverlening›"),
    ("p", "Afschrift: ‹Twentse Accountantsgroep B.V.›, t.a.v. de heer drs. «R.M. Ekkelkamp» RA"),
    ("p", "Paraaf behandelaar: «SWo» 22/5 – paraaf jurist: «DJN» 22/5"),
], producer="Aspose.Words for .NET 23.4.0", creator="Corsa 7.4", author="Provincie Overijssel", title="Beschikking SLE-2025-0061"))

A(Doc("z05_wijzigingsformulier", [
    ("h", "Meldingsformulier wijziging subsidieproject (‹SLE-2025-0061›)"),
    ("p", "‹Subsidieloket› ‹Provincie Overijssel› – ingevuld formulier als ontvangen op ‹3 november 2025›.\nDit formulier bevat invulvelden; de ingevulde waarden staan in de velden."),
], form=[
    ("Zaaknummer ‹SLE-2025-0061›", "zaak", "SLE-2025-0061"),
    ("Naam melder", "melder", "Özlem Yildirim"),
    ("Functie in bestuur", "functie", "penningmeester"),
    ("Telefoon melder", "tel", "+31 (0)6 5310 2264"),
    ("E-mail melder", "mail", "ozlem.yildirim@hotmail.com"),
    ("Andere financiering gemeld", "andere", "SCE-beschikking RVO 12-08-2025"),
    ("Toelichting", "toel", "Gemeld na overleg met Rutger Ekkelkamp"),
    ("Handtekening (naam)", "hand", "Ö. Yildirim"),
], hidden=[("annotations", "Özlem Yildirim"), ("annotations", "+31 (0)6 5310 2264"),
           ("annotations", "ozlem.yildirim@hotmail.com"), ("annotations", "Rutger Ekkelkamp"),
           ("annotations", "Ö. Yildirim")],
   producer="ReportLab PDF Library - www.reportlab.com", creator="e-Loket Subsidies formulierservice"))

A(Doc("z06_mail_loket_secretaris", [
    ("mono", """Van:            «Wolbers, Sanne» <«s.wolbers@overijssel.nl»>
Verzonden:      dinsdag 4 november 2025 09:47
Aan:            «Ingrid van 't Hul» <«ingrid.vanthul@ziggo.nl»>
CC:             ‹subsidies@overijssel.nl›; «Brinkhuis, Marco» <«m.brinkhuis@overijssel.nl»>
Onderwerp:      RE: melding SCE-beschikking ‹SLE-2025-0061›"""),
    ("p", "Beste mevrouw «Van 't Hul»,"),
    ("p", "Dank voor de melding van uw penningmeester van gisteren. Ik lees dat ‹RVO› op ‹12 augustus 2025› een subsidie op grond van de ‹SCE-regeling› heeft verleend voor hetzelfde ‹zonneveld›. Wij moeten nagaan of de kosten die wij subsidiëren (procesgeld, vergunningen, netaansluiting) ook in de ‹SCE›-begroting zitten. In dat geval is sprake van dubbele financiering en is ‹artikel 6› van onze regeling (‹cumulatie›) van toepassing."),
    ("p", "Wilt u mij uiterlijk 18 november de volledige ‹SCE›-aanvraag en de beschikking van ‹RVO› sturen? Ik heb ook de accountant, de heer «Ekkelkamp», gevraagd om een overzicht van de bestede kosten. Voor een telefonische toelichting ben ik bereikbaar op «06-1092 3378» (dinsdag t/m donderdag)."),
    ("p", "Met vriendelijke groet,\n\n«Sanne Wolbers»\n‹Subsidieadviseur› | ‹team Subsidieverlening›\n‹Provincie Overijssel› | ‹Luttenbergstraat 2› ‹Zwolle›"),
    ("mono", """-----Oorspronkelijk bericht-----
Van: «Ingrid van 't Hul» <«ingrid.vanthul@ziggo.nl»>
Verzonden: maandag ‹3 november 2025› 22:05
Aan: ‹subsidies@overijssel.nl›
CC: «oz.yildirim@hotmail.com»; «hj.terwee@zonnedijk-oosterveld.nl»
Onderwerp: melding SCE-beschikking ‹SLE-2025-0061›"""),
    ("p", "Geachte «Sanne»,"),
    ("p", "Hierbij ontvangt u namens het bestuur het meldingsformulier van «Özlem». Het bestuur heeft pas in oktober begrepen dat de ‹SCE›-subsidie ook de ontwikkelkosten dekt. Het is nooit onze bedoeling geweest dubbel te ontvangen. Wij zijn vrijwilligers en hebben de aanvraag zelf ingevuld, met hulp van «Henk-Jan» en van de adviseur van ‹Energie Samen›."),
    ("p", "Hartelijke groet,\n«Ingrid van 't Hul»\nsecretaris ‹Energiecoöperatie Zonnedijk Oosterveld›\n«06 28 11 47 05»"),
], font="Helvetica", producer="Microsoft® Outlook® voor Microsoft 365", creator="Microsoft® Outlook® voor Microsoft 365", author="Wolbers, Sanne"))
