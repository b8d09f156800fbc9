from lib import Doc

H, Pp, L, T, SP, M = "h", "p", "l", "t", "sp", "mono"
WORD = dict(producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365")
OUTL = dict(producer="Microsoft® Outlook® voor Microsoft 365", creator="Microsoft® Outlook® voor Microsoft 365")
DOCS = []

DOCS.append(Doc("uc01_woo_verzoek", [
    (L, "Martijn Bosgra"), (L, "Bisschopswetering 23"), (L, "8032 AB Zwolle"), (L, "martijn.bosgra@protonmail.com | 06-12 90 33 48"),
    (SP, 12), (L, "Aan het college van burgemeester en wethouders van de gemeente Zwolle"), (L, "t.a.v. de Woo-coördinator, woo@zwolle.nl"),
    (L, "Grote Kerkplein 15, Zwolle"), (SP, 10), (L, "Zwolle, 6 januari 2026"), (L, "Onderwerp: verzoek op grond van de Wet open overheid"), (SP, 8),
    (Pp, "Geacht college,"),
    (Pp, "Op grond van artikel 4.1 van de Wet open overheid (Woo) verzoek ik u om openbaarmaking van alle documenten over de werkwijze "
         "van de urgentiecommissie die de gemeente Zwolle samen met Woonstichting Hanzeborg heeft ingesteld, over de periode 1 januari 2025 "
         "tot en met 31 december 2025. Het gaat mij in het bijzonder om: verslagen van vergaderingen van de urgentiecommissie, "
         "correspondentie tussen de gemeente en de verhuurconsulenten van Hanzeborg, adviezen van GGD IJsselland over medische urgentie, "
         "de afhandeling van bezwaarschriften en de beantwoording van de raadsvragen van raadslid Mulders (GroenLinks) over de wachttijden."),
    (Pp, "Ik ben journalist en schrijf over de wachttijden voor sociale huurwoningen in Holtenbroek, Stadshagen en Dieze. Persoonsgegevens "
         "van aanvragers hoef ik uiteraard niet te ontvangen. Ik ontvang de documenten graag digitaal."),
    (Pp, "Met vriendelijke groet,"), (SP, 18), (L, "Martijn Bosgra")],
    font="helv", producer="Microsoft® Word 2016", creator="Microsoft® Word 2016", title="Woo-verzoek urgentiecommissie"))

DOCS.append(Doc("uc02_ontvangstbevestiging", [
    (L, "Gemeente Zwolle"), (L, "Postbus 10007, 8000 GA Zwolle | Grote Kerkplein 15 | telefoon 14 038 | woo@zwolle.nl"), (SP, 14),
    (L, "De heer M. Bosgra"), (L, "Bisschopswetering 23"), (L, "8032 AB Zwolle"), (SP, 12),
    (T, [["Datum", "Ons kenmerk", "Behandeld door", "Telefoon"], ["13 januari 2026", "WOO-2026-0318 / Z/26/114502", "A. Kılıç", "+31 (0)38 498 31 62"]]),
    (L, "Onderwerp: ontvangstbevestiging Woo-verzoek urgentiecommissie"), (SP, 6),
    (Pp, "Geachte heer Bosgra,"),
    (Pp, "Op 6 januari 2026 hebben wij uw verzoek op grond van de Wet open overheid ontvangen. U vraagt om documenten over de "
         "urgentiecommissie van de gemeente Zwolle en Woonstichting Hanzeborg. Uw verzoek is geregistreerd onder nummer WOO-2026-0318."),
    (Pp, "Wij beslissen binnen vier weken na ontvangst. Deze termijn kunnen wij met twee weken verdagen als de omvang of de "
         "ingewikkeldheid van de informatie dat rechtvaardigt. Omdat in de documenten gegevens van derden voorkomen, waaronder "
         "Woonstichting Hanzeborg en GGD IJsselland, zullen wij hen in de gelegenheid stellen hun zienswijze te geven (artikel 4.4 Woo)."),
    (Pp, "Heeft u vragen, neem dan contact op met mevrouw Kılıç via ayse.kilic@zwolle.nl of met het algemene nummer 14 038."),
    (Pp, "Hoogachtend,"), (L, "het college van burgemeester en wethouders van Zwolle,"), (L, "namens dezen,"), (SP, 16),
    (L, "Ayşe Kılıç"), (L, "juridisch medewerker Informatievoorziening")],
    font="dejavu", producer="Aspose.Words for .NET 23.4.0", creator="Aspose.Words", author="Ayşe Kılıç"))

DOCS.append(Doc("uc03_mail_pattinama", [
    (M, "Van:        Brinkman, Ruud <r.brinkman@hanzeborg.nl>\nVerzonden:  dinsdag 4 februari 2025 16:12\n"
        "Aan:        Dijk-Haverkamp, Marloes van <m.vandijk-haverkamp@zwolle.nl>\nCC:         verhuur@hanzeborg.nl; 't Hart, Esther <e.thart@hanzeborg.nl>\n"
        "Onderwerp:  RE: URG-2026-0412 aanvulling dossier"),
    (Pp, "Hoi Marloes,"),
    (Pp, "Ik heb mevrouw Pattinama gisteren gesproken op kantoor aan de Burgemeester Roelenweg. Ze woont nu tijdelijk bij haar zus op "
         "Veerallee 88-II, met twee kinderen op een zolderkamer. Het huurcontract van haar vorige woning is per 1 december beëindigd "
         "na de scheiding. Ik heb haar gevraagd de uitspraak van de rechtbank Overijssel over de echtscheiding na te sturen."),
    (Pp, "Haar zoekprofiel in WoonMatch IJssel staat op Holtenbroek en Dieze; ik heb voorgesteld Stadshagen toe te voegen. "
         "Kun je de casus op de agenda van de urgentiecommissie van 12 februari zetten? Bereikbaar op 06 18 54 72 09."),
    (Pp, "Groet, Ruud"), (L, "Ruud Brinkman | verhuurconsulent | Woonstichting Hanzeborg | info@hanzeborg.nl"), (SP, 8),
    (M, "Van:        Dijk-Haverkamp, Marloes van <m.vandijk-haverkamp@zwolle.nl>\nVerzonden:  dinsdag 4 februari 2025 10:47\n"
        "Aan:        Brinkman, Ruud <r.brinkman@hanzeborg.nl>\nOnderwerp:  URG-2026-0412 aanvulling dossier"),
    (Pp, "Beste Ruud,"),
    (Pp, "De aanvraag van D.S. Pattinama (geboren 14-03-1988, BSN 204518733) is compleet op één punt na: het bewijs van "
         "inschrijving bij de vorige verhuurder. Mevrouw is bereikbaar op 06-28 71 40 53 of dewi.pattinama88@gmail.com. "
         "Wil jij dat met haar opnemen? Dan kan de commissie op 12 februari beslissen over sociale urgentie."),
    (Pp, "Met vriendelijke groet,"), (L, "Marloes van Dijk-Haverkamp"), (L, "beleidsadviseur Wonen | secretaris urgentiecommissie"),
    (L, "Gemeente Zwolle | 06-41 27 83 90 | urgentie@zwolle.nl")],
    font="helv", **OUTL))

DOCS.append(Doc("uc04_mail_bezwaar_roelofsen", [
    (M, "Van:        Horst, Thijs ter <t.terhorst@zwolle.nl>\nVerzonden:  maandag 14 april 2025 09:03\n"
        "Aan:        Oudshoorn, Gijs <g.oudshoorn@hanzeborg.nl>; 't Hart, Esther <e.thart@hanzeborg.nl>\n"
        "CC:         Dijk-Haverkamp, Marloes van <m.vandijk-haverkamp@zwolle.nl>; urgentie@zwolle.nl\n"
        "Onderwerp:  BZW-2026-0088 bezwaar Roelofsen - verweerschrift"),
    (Pp, "Goedemorgen Gijs en Esther,"),
    (Pp, "Tegen de afwijzing van de urgentieaanvraag URG-2026-0433 is bezwaar gemaakt door de heer K.H. Roelofsen, "
         "Wipstrikkerallee 161. Hij stelt dat de urgentiecommissie zijn medische situatie onvoldoende heeft meegewogen en verwijst "
         "naar een brief van zijn cardioloog van Isala. De hoorzitting is gepland op 20 mei in het Thorbeckehuis."),
    (Pp, "Ik wil graag van jullie weten welke woningen de heer Roelofsen in de bemiddelingsperiode zijn aangeboden en of hij "
         "een aanbieding heeft geweigerd. Esther, jij had hem volgens het logboek op 3 maart aan de lijn (038-4537719)?"),
    (Pp, "Het verweerschrift moet uiterlijk 2 mei naar de bezwaarcommissie. Ik ben bereikbaar op 038 498 27 14."),
    (Pp, "Met vriendelijke groet,"), (L, "Thijs ter Horst"), (L, "jurist bezwaar en beroep | gemeente Zwolle"), (SP, 8),
    (M, "Van:        't Hart, Esther <e.thart@hanzeborg.nl>\nVerzonden:  maandag 14 april 2025 11:26\n"
        "Aan:        Horst, Thijs ter <t.terhorst@zwolle.nl>\nCC:         Oudshoorn, Gijs <g.oudshoorn@hanzeborg.nl>\n"
        "Onderwerp:  RE: BZW-2026-0088 bezwaar Roelofsen - verweerschrift"),
    (Pp, "Hallo Thijs,"),
    (Pp, "Klopt. Meneer heeft op 3 maart een tweekamerwoning aan de Wethouder Alferinkweg geweigerd omdat die op de derde "
         "verdieping ligt zonder lift. Dat past bij zijn hartfalen, dus ik zou dat niet als weigering tellen. Ik stuur het "
         "aanbiedingsoverzicht uit WoonMatch IJssel vanmiddag door. Bij vragen: 0031 38 421 66 05."),
    (Pp, "Groet, Esther 't Hart, verhuurconsulent Woonstichting Hanzeborg")],
    font="dejavu", hidden=[], **OUTL,
    redact=[("HEALTH", "hartfalen")]))

DOCS.append(Doc("uc05_verslag_uc_februari", [
    (H, "Verslag vergadering Urgentiecommissie Zwolle"), (L, "Datum: 12 februari 2025, 13.30-16.00 uur, Thorbeckehuis, zaal 2"),
    (T, [["Aanwezig", "Rol", "Organisatie"], ["Hanneke Wolters", "voorzitter (onafhankelijk)", "-"],
         ["Pieter-Jan Smeenk", "lid", "Stichting Wijkkracht Zwolle"], ["Gijs Oudshoorn", "lid", "Woonstichting Hanzeborg"],
         ["Femke Zandbergen", "sociaal-medisch adviseur", "GGD IJsselland"],
         ["Marloes van Dijk-Haverkamp", "secretaris", "gemeente Zwolle"], ["Afwezig: Ruud Brinkman", "verhuurconsulent", "Woonstichting Hanzeborg"]]),
    (H, "1. Opening en mededelingen"),
    (Pp, "De voorzitter opent de vergadering. Wolters meldt dat wethouder Brouwer de commissie in maart wil spreken over de "
         "wachttijden. Smeenk vraagt aandacht voor de uitstroom maatschappelijke opvang van het Leger des Heils."),
    (H, "2. Aanvraag URG-2026-0412 (D. Pattinama)"),
    (Pp, "De secretaris licht de aanvraag toe: alleenstaande moeder, twee kinderen, dakloos na scheiding, tijdelijk inwonend op "
         "Veerallee 88-II. Oudshoorn bevestigt dat het huurcontract bij Hanzeborg is beëindigd zonder huurachterstand. "
         "Besluit: sociale urgentie toegekend, zoekprofiel Holtenbroek, Dieze en Stadshagen, bemiddelingsperiode zes maanden."),
    (H, "3. Aanvraag URG-2026-0433 (K. Roelofsen)"),
    (Pp, "Zandbergen adviseert geen medische urgentie: de huidige woning is met een traplift geschikt te maken en de aandoening "
         "(hartfalen NYHA-klasse II) maakt verhuizing niet noodzakelijk binnen zes maanden. De commissie volgt het advies. "
         "Smeenk stemt tegen en laat aantekenen dat de mantelzorg door zijn dochter wegvalt."),
    (H, "4. Aanvraag URG-2026-0451 (S. el Idrissi)"),
    (Pp, "Doorverwijzing van Veilig Thuis IJsselland. Aanvraag aangehouden tot het advies van Veilig Thuis er is; secretaris vraagt het op."),
    (H, "5. Actiepunten"),
    (T, [["Nr", "Actie", "Wie", "Gereed"], ["25-07", "Beschikking URG-2026-0412 versturen", "MvDH", "19 februari"],
         ["25-08", "Advies Veilig Thuis opvragen (URG-2026-0451)", "MvDH", "26 februari"],
         ["25-09", "Aanbod tweekamerwoningen met lift in kaart brengen", "GJO", "12 maart"],
         ["25-10", "Notitie wachttijden voor wethouder Brouwer", "HWo / PJS", "12 maart"]]),
    (L, "Volgende vergadering: 11 maart 2025. Verslag: M. van Dijk-Haverkamp.")],
    engine="docx", size=10, author="Marloes van Dijk-Haverkamp", title="Verslag UC 12-02-2025",
    redact=[("HEALTH", "hartfalen NYHA-klasse II", "hartfalen NYHA-klasse II")]))

DOCS.append(Doc("uc06_verslag_uc_maart", [
    (H, "Urgentiecommissie Zwolle - verslag 11 maart 2025"),
    (Pp, "Aanwezig: H. Wolters (voorzitter), P.J. Smeenk, G.J. Oudshoorn, F.M. Zandbergen (GGD IJsselland), "
         "M. van Dijk-Haverkamp (secretaris). Te gast bij punt 2: wethouder Brouwer en Rik Hoogeveen (beleidsmedewerker Wonen)."),
    (H, "1. Verslag 12 februari"),
    (Pp, "Vastgesteld met één correctie: bij punt 3 staat dat Smeenk tegen stemde; dat moet zijn dat hij zich van stemming onthield."),
    (H, "2. Gesprek met wethouder Brouwer over wachttijden"),
    (Pp, "Wethouder Ilse Brouwer geeft aan dat de gemeenteraad zich zorgen maakt over de gemiddelde bemiddelingsperiode van urgenten "
         "(nu 7,4 maanden). Raadslid Mulders heeft schriftelijke vragen aangekondigd. Hoogeveen presenteert cijfers: in 2024 "
         "kregen 212 huishoudens een urgentieverklaring, van wie 61 op grond van medische urgentie. De commissie vraagt de wethouder "
         "om meer tweekamerwoningen met lift in de jaarlijkse prestatieafspraken met Hanzeborg op te nemen."),
    (H, "3. Aanvraag URG-2026-0451 (S. el Idrissi)"),
    (Pp, "Het advies van Veilig Thuis IJsselland is ontvangen. Mevrouw el Idrissi (30-07-1995) woont met dochter Yasmina in de "
         "opvang van het Leger des Heils. Er is sprake van huiselijk geweld door haar ex-partner; het adres Hortensiastraat 12 is bij "
         "hem bekend. Besluit: sociale urgentie toegekend, met uitsluiting van Kamperpoort op verzoek van Veilig Thuis."),
    (H, "4. Aanvraag URG-2026-0467 (B. Wiśniewski)"),
    (Pp, "Arbeidsmigrant, woont in een pand van Hofstede Verhuur & Onderhoud in Laag Zuthem dat door het woningtoezicht is "
         "afgekeurd. De commissie stelt vast dat de aanvrager niet zes jaar in de regio ingeschreven staat en dat de situatie onder "
         "verantwoordelijkheid van de verhuurder valt. Besluit: afgewezen. Smeenk vraagt de gemeente de verhuurder aan te spreken."),
    (H, "5. Aanvraag URG-2026-0470 (J. Veldkamp-de Graaf)"),
    (Pp, "Weduwe, geboren 19-05-1949, na een heupoperatie rolstoelgebonden; huidige woning heeft een trap naar de slaapkamer. "
         "Zandbergen adviseert medische urgentie voor een gelijkvloerse woning. Besluit: toegekend."),
    (H, "6. Actielijst"),
    (T, [["Nr", "Actie", "Wie", "Status"], ["25-08", "Advies Veilig Thuis opvragen", "MvDH", "gereed"],
         ["25-09", "Aanbod tweekamerwoningen met lift", "GJO", "loopt, april"],
         ["25-11", "Brief aan verhuurder Laag Zuthem over woningtoezicht", "TtH", "1 april"],
         ["25-12", "Cijfers 2024 naar griffie voor raadsvragen", "Rik / MvDH", "25 maart"]]),
    (L, "Verslaglegging: Marloes van Dijk-Haverkamp, 13 maart 2025")],
    font="times", size=10, producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365",
    outline=[("Verslag UC 11-03-2025 (concept Marloes, gelezen door Lotte Hazenberg)", 1), ("Punt 3 - Samira el Idrissi", 1),
             ("Actielijst - opmerkingen Nadia Boukhari", 2)],
    hidden=[("PERSON", "Lotte Hazenberg", "outline", ["Lotte Hazenberg"]), ("PERSON", "Nadia Boukhari", "outline", ["Nadia Boukhari"])],
    redact=[("HEALTH", "heupoperatie"), ("HEALTH", "rolstoelgebonden"), ("HEALTH", "huiselijk geweld")]))
