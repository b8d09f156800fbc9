"""Set GR, documents gr25-gr33: the IMG's damage decision, council questions, a KGG-NCG thread, a
complaint hearing, a case overview, a SodM report, the bureau's quotation mail, the Woo decision and
its inventory."""
from lib import Doc, K, R, mm

DOCS = []


# ------------------------------------------------------------------ gr25 besluit IMG (2 p.)
def s25(s):
    return [
        s.r("Instituut Mijnbouwschade Groningen<br/>Postbus 2080<br/>9400 CB Assen<br/>0800 - 4020 400<br/>"
            "www.schadedoormijnbouw.nl"),
        s.lines("Mevrouw A. Bos-Wieringa", "Wirdumerweg 7", "9905 PC  TJAMSWEER"),
        s.sp(6),
        s.kv([("Datum", "26 september 2024"), ("Zaaknummer", "SDM-2024-118734"),
              ("Onderwerp", "besluit op uw aanvraag schadevergoeding"),
              ("Contact", "A. Kuipers, casebehandelaar, via 0800 - 4020 400")]),
        s.sp(6),
        s.p("Geachte mevrouw Bos-Wieringa,"),
        s.p("U heeft op 9 mei 2024 schade aan uw woning gemeld. Wij hebben uw aanvraag beoordeeld aan de hand "
            "van het adviesrapport van Hunze Expertise B.V. (HEX-24-3391) van 2 augustus 2024. In deze brief "
            "leest u ons besluit."),
        s.h2_("Hoe hebben wij uw aanvraag beoordeeld?"),
        s.p("De deskundige, de heer W.F. Poelman, heeft uw woning op 18 juli 2024 bekeken. Uw zoon, de heer "
            "H. Bos, was daarbij aanwezig als uw gemachtigde. U heeft op 20 augustus 2024 via hem een "
            "zienswijze gegeven op het conceptrapport. Daarin vraagt u ook de vochtschade in de kelder te "
            "vergoeden. De deskundige heeft hierop gereageerd in een aanvulling van 3 september 2024. Wij nemen "
            "zijn oordeel over, omdat het rapport zorgvuldig is opgesteld en goed is onderbouwd."),
        s.h2_("Besluit"),
        s.p("Wij kennen u een vergoeding toe van <b>€ 17.342,-</b>. Dit bedrag bestaat uit:"),
        s.table([["Onderdeel", "Bedrag"],
                 ["Herstelkosten fysieke schade (S1–S3)", "€ 14.862,-"],
                 ["Vergoeding bijkomende kosten", "€ 480,-"],
                 ["Vergoeding overlast (forfaitair)", "€ 1.000,-"],
                 ["Vergoeding deskundigenkosten (contra-expertise)", "€ 1.000,-"],
                 ["<b>Totaal</b>", "<b>€ 17.342,-</b>"]],
                widths=[120 * mm, 40 * mm]),
        s.sp(4),
        s.p("Schade S4 (vochtdoorslag kelder) en S5 (schoorsteen) vergoeden wij niet. Volgens de deskundige zijn "
            "deze niet door mijnbouw ontstaan. Het wettelijk bewijsvermoeden (artikel 6:177a BW) is weerlegd "
            "omdat een andere oorzaak aantoonbaar is."),
        s.h2_("Uitbetaling"),
        s.p("Wij maken het bedrag binnen zes weken over op rekeningnummer NL42 RABO 0318 4471 92 ten name van "
            "A. Bos-Wieringa. Omdat de woning ook in de versterking zit (VA-2021-17720), kunt u ervoor kiezen "
            "het herstel te laten uitvoeren tijdens de versterking. Neem dan contact op met uw casemanager van "
            "de NCG."),
        s.h2_("Bent u het niet eens met dit besluit?"),
        s.p("Dan kunt u binnen zes weken na de datum van deze brief bezwaar maken. Stuur uw bezwaar naar het "
            "IMG, t.a.v. Bezwaar, Postbus 2080, 9400 CB Assen, of digitaal via Mijn IMG. U kunt ook eerst "
            "bellen: dan kijken we samen of we het probleem kunnen oplossen. Op de bezwaarprocedure is de "
            "Algemene wet bestuursrecht van toepassing."),
        s.p("Met vriendelijke groet,"),
        s.p("Instituut Mijnbouwschade Groningen,<br/>namens deze,"),
        s.sp(12),
        s.p("mr. R.P. Schepers<br/>manager Fysieke Schade Noord"),
        s.sm("Paraaf beoordelaar: MdBH · tweede lezer: RPS · registratie 2024-09-26/0412"),
    ]


DOCS.append(Doc(
    "gr25_besluit_img_schadevergoeding", story=s25, family="helv", size=11.5,
    producer="Aspose.Words for .NET 23.4.0", creator="IMG Zaaksysteem", author="IMG",
    title="Besluit SDM-2024-118734",
    header="Instituut Mijnbouwschade Groningen",
    redact=[
        R("PERSON", "Aaltje Bos-Wieringa", "A. Bos-Wieringa", "mevrouw Bos-Wieringa"),
        R("ADDRESS", "Wirdumerweg 7, 9905 PC", "Wirdumerweg 7", "9905 PC"),
        R("PERSON", "Anouk Kuipers", "A. Kuipers"),
        R("IBAN", "NL42 RABO 0318 4471 92"),
        R("PERSON", "Rutger Schepers", "R.P. Schepers"),
        R("INITIALS", "MdBH"), R("INITIALS", "RPS"),
        R("PERSON", "Wouter Poelman", "W.F. Poelman"),
        R("PERSON", "Harm Bos", "H. Bos"),
    ],
    keep=[
        K("ORG", "Instituut Mijnbouwschade Groningen"),
        K("ADDRESS_PUBLIC", "Postbus 2080"),
        K("PHONE_GENERAL", "0800 - 4020 400"),
        K("URL", "www.schadedoormijnbouw.nl"),
        K("REF", "SDM-2024-118734"), K("REF", "HEX-24-3391"), K("REF", "VA-2021-17720"),
        K("ORG", "Hunze Expertise B.V."),
        K("AMOUNT", "€ 17.342,-"), K("AMOUNT", "€ 14.862,-"),
        K("LAW", "artikel 6:177a BW"),
        K("LAW", "Algemene wet bestuursrecht"),
        K("PRODUCT", "Mijn IMG"),
        K("FUNCTION", "manager Fysieke Schade Noord"),
        K("FUNCTION", "casebehandelaar"),
        K("ORG", "NCG"),
    ]))


# ------------------------------------------------------------------ gr26 raadsvragen en antwoord college
def s26(s):
    return [
        s.h("Schriftelijke vragen ex artikel 41 Reglement van orde gemeenteraad Eemsdelta"),
        s.kv([("Indiener", "raadslid J. Pothof (Groningers Belang) en raadslid N. El Idrissi (PvdA)"),
              ("Datum", "28 januari 2025"), ("Registratienummer", "RV-2025-007")], w1=38 * mm, w2=126 * mm),
        s.sp(4),
        s.p("<b>Vraag 1.</b> Op de bewonersavond van 22 januari vertelde een bewoner over ernstige "
            "gezondheidsklachten van zijn vrouw door de lange wachttijd. Hoeveel meldingen van dit soort heeft "
            "het college?"),
        s.p("<b>Antwoord.</b> Het college registreert geen gezondheidsgegevens van inwoners. Wel weten wij van de "
            "GGD Groningen en van het Steunpunt dat stressklachten in het aardbevingsgebied vaak voorkomen. Het "
            "college verwijst inwoners naar het programma Sterk Opwierde en naar de huisarts."),
        s.p("<b>Vraag 2.</b> Is het college bereid een vaste bewonersbegeleider per straat aan te stellen?"),
        s.p("<b>Antwoord.</b> Ja. Per 1 februari zijn twee extra bewonersbegeleiders aangesteld. Zij werken "
            "vanuit het Steunpunt Eemsdelta, Feithsplein 1 in Appingedam."),
        s.p("<b>Vraag 3.</b> Wanneer volgt de tweede bewonersavond?"),
        s.p("<b>Antwoord.</b> Op 19 maart in De Wierde in Loppersum. Wethouder Dijkema-Snoek nodigt de "
            "staatssecretaris uit."),
        s.sp(6),
        s.p("Het college van burgemeester en wethouders van Eemsdelta,"),
        s.p("de secretaris, drs. R.K. Bekius &nbsp;&nbsp;&nbsp;&nbsp; de burgemeester, J.A. Tammeling"),
        s.sm("Ambtelijk voorbereid door: afdeling Versterking (H. Mollema, tel. 0596-639 244, h.mollema@eemsdelta.nl)."),
    ]


DOCS.append(Doc(
    "gr26_raadsvragen_bewonersavond_antwoord", story=s26, family="dvs", size=10.5,
    producer="iBabs PDF Service 4.2", creator="iBabs", author="Griffie Eemsdelta",
    title="Raadsvragen RV-2025-007 met antwoord",
    redact=[
        R("PERSON", "H. Mollema", "H. Mollema"),
        R("PHONE", "0596-639 244"),
        R("EMAIL", "h.mollema@eemsdelta.nl"),
        R("HEALTH", "ernstige gezondheidsklachten van zijn vrouw", "gezondheidsklachten van zijn vrouw"),
    ],
    keep=[
        K("OFFICIAL", "raadslid J. Pothof (Groningers Belang)", "J. Pothof"),
        K("OFFICIAL", "raadslid N. El Idrissi (PvdA)", "N. El Idrissi"),
        K("ORG", "Groningers Belang"),
        K("OFFICIAL", "drs. R.K. Bekius (gemeentesecretaris)", "R.K. Bekius"),
        K("OFFICIAL", "J.A. Tammeling"),
        K("OFFICIAL", "Wethouder Dijkema-Snoek"),
        K("REF", "RV-2025-007"),
        K("ORG", "GGD Groningen"),
        K("PROGRAMME", "Sterk Opwierde"),
        K("ORG", "Steunpunt Eemsdelta"),
        K("ADDRESS_PUBLIC", "Feithsplein 1"),
        K("BUILDING", "De Wierde"),
        K("LAW", "artikel 41 Reglement van orde"),
        K("ORG", "afdeling Versterking"),
        K("PLACE", "Loppersum"),
    ]))


# ------------------------------------------------------------------ gr27 mail KGG - NCG over Kamerbrief
def s27(s):
    return [
        s.lines("<b>Van:</b> Brinkman, J. (Joost) &lt;joost.brinkman@minkgg.nl&gt;",
                "<b>Verzonden:</b> vrijdag 31 januari 2025 17:58",
                "<b>Aan:</b> Sluiter, Karin &lt;k.sluiter@nationaalcoordinatorgroningen.nl&gt;",
                "<b>CC:</b> Ottens, D. (Daan) &lt;daan.ottens@minkgg.nl&gt;; 'Kamminga, Wiebe' "
                "&lt;w.kamminga@eemsdelta.nl&gt;; Postbus Kamerbrieven HVG &lt;kamerbrieven-hvg@minkgg.nl&gt;",
                "<b>Onderwerp:</b> Voortgangsbrief Nij Begun – passage Opwierde (deadline maandag)"),
        s.sp(4),
        s.p("Beste Karin,"),
        s.p("De staatssecretaris wil in de voortgangsbrief van 14 februari een passage over de pilot in Opwierde. "
            "Concepttekst hieronder. Kun je uiterlijk maandag 12.00 uur de cijfers (41 adressen, 38 maanden "
            "gemiddeld) bevestigen? De Kamer heeft ook gevraagd naar de afspraken met het IMG over "
            "gegevensdeling; Daan stemt dat af met de FG."),
        s.p("<i>“In Opwierde start in april de pilot één loket samenloop. Bewoners met zowel schade als een "
            "versterkingsopgave krijgen één aanspreekpunt en één plan. De pilot wordt uitgevoerd door de NCG en "
            "het IMG samen met de gemeente Eemsdelta en wordt na een jaar geëvalueerd, samen met het Groninger "
            "Gasberaad.”</i>"),
        s.p("Let op: de Kamerleden Wubbolts en Sieders hebben in het commissiedebat Mijnbouw/Groningen van 5 "
            "februari waarschijnlijk vervolgvragen. Ik zit dat debat achter de staatssecretaris; bel me op "
            "06-1289 4406 als er iets is."),
        s.p("Groet,<br/>Joost"),
        s.p("J. Brinkman | afdelingshoofd Versterking | DG Herstel en Versterking Groningen | Ministerie van "
            "Klimaat en Groene Groei | Bezuidenhoutseweg 73, Den Haag"),
    ]


DOCS.append(Doc(
    "gr27_mail_kgg_ncg_voortgangsbrief", story=s27, family="helv", size=10.5,
    producer="Microsoft® Outlook® voor Microsoft 365", creator="Microsoft Outlook 16.0",
    title="Voortgangsbrief Nij Begun – passage Opwierde",
    redact=[
        R("PERSON", "Joost Brinkman", "Brinkman, J. (Joost)", "J. Brinkman", "Joost"),
        R("EMAIL", "joost.brinkman@minkgg.nl"),
        R("PERSON", "Karin Sluiter", "Sluiter, Karin", "Karin"),
        R("EMAIL", "k.sluiter@nationaalcoordinatorgroningen.nl"),
        R("PERSON", "Daan Ottens", "Ottens, D. (Daan)", "Daan"),
        R("EMAIL", "daan.ottens@minkgg.nl"),
        R("PERSON", "Wiebe Kamminga", "Kamminga, Wiebe"),
        R("EMAIL", "w.kamminga@eemsdelta.nl"),
        R("PHONE", "06-1289 4406"),
    ],
    keep=[
        K("EMAIL_FUNCTIONAL", "kamerbrieven-hvg@minkgg.nl"),
        K("PROGRAMME", "Nij Begun"),
        K("OFFICIAL", "Kamerleden Wubbolts en Sieders"),
        K("ORG", "NCG"), K("ORG", "IMG"),
        K("ORG", "gemeente Eemsdelta"),
        K("ORG", "Groninger Gasberaad"),
        K("ORG", "Ministerie van Klimaat en Groene Groei"),
        K("ADDRESS_PUBLIC", "Bezuidenhoutseweg 73"),
        K("FUNCTION", "afdelingshoofd Versterking"),
        K("TERM", "commissiedebat Mijnbouw/Groningen"),
        K("ORG", "FG"),
        K("TITLE", "één loket samenloop"),
    ]))


# ------------------------------------------------------------------ gr28 verslag hoorzitting klacht
def s28(s):
    return [
        s.h("Verslag hoorgesprek klacht KL-2025-0211"),
        s.kv([("Datum", "20 februari 2025, 10.00-11.10 uur, IMG-kantoor Assen (Kanaalstraat 70)"),
              ("Klager", "H. Wiersum, Bosstraat 18, Appingedam (geboren 12-04-1958), met echtgenote "
                         "J. Wiersum-Dijk"),
              ("Namens IMG", "mr. M. de Boer-Hekman (hoorder), R. Talsma (teamleider), S. Lubbers (notulist)"),
              ("Onafhankelijk lid", "mr. dr. Bahar Öztürk-Jansen, Klachtencommissie IMG (bahar.öztürk@kc-img.nl)")],
             w1=34 * mm, w2=130 * mm),
        s.sp(4),
        s.h2_("Klacht"),
        s.p("De klacht betreft (1) de lange doorlooptijd van het schadedossier SDM-2023-097215, (2) het "
            "ontbreken van een vast aanspreekpunt en (3) de bejegening aan de telefoon door de servicelijn."),
        s.h2_("Toelichting klager"),
        s.p("De heer Wiersum licht toe dat de situatie grote gevolgen heeft voor de gezondheid van het gezin. "
            "Mevrouw Wiersum-Dijk is onder behandeling bij de GGZ vanwege een angststoornis en gebruikt "
            "medicatie; de heer Wiersum is sinds december arbeidsongeschikt. Zij vragen erkenning en een "
            "vergoeding voor immateriële schade."),
        s.h2_("Reactie IMG"),
        s.p("De teamleider erkent dat het rapport te laat is verstuurd en biedt excuses aan. Sinds 4 februari is "
            "er een vaste casebehandelaar. De bejegening aan de telefoon is nagegaan; de medewerker is "
            "aangesproken."),
        s.h2_("Advies aan de directie"),
        s.p("De klacht is gegrond op de punten 1 en 2 en ongegrond op punt 3. De commissie adviseert een "
            "tegemoetkoming van € 750 wegens de vertraging en wijst klager op de Regeling immateriële schade."),
        s.sm("Paraaf notulist: SLu · vastgesteld door hoorder MdBH op 24-02-2025"),
    ]


DOCS.append(Doc(
    "gr28_verslag_hoorgesprek_klacht", story=s28, family="dv", size=10.5,
    producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365",
    author="IMG", title="Verslag hoorgesprek KL-2025-0211",
    header="Instituut Mijnbouwschade Groningen – Klachtbehandeling",
    redact=[
        R("PERSON", "Henk Wiersum", "H. Wiersum", "heer Wiersum"),
        R("ADDRESS", "Bosstraat 18"),
        R("DOB", "12-04-1958"),
        R("PERSON", "Jantje Wiersum-Dijk", "J. Wiersum-Dijk", "Mevrouw Wiersum-Dijk"),
        R("PERSON", "Mirjam de Boer-Hekman", "M. de Boer-Hekman"),
        R("PERSON", "Roos Talsma", "R. Talsma"),
        R("PERSON", "Sanne Lubbers", "S. Lubbers"),
        R("PERSON", "Bahar Öztürk-Jansen", "Bahar Öztürk-Jansen"),
        R("EMAIL", "bahar.öztürk@kc-img.nl"),
        R("HEALTH", "angststoornis"),
        R("HEALTH", "onder behandeling bij de GGZ"),
        R("HEALTH", "arbeidsongeschikt"),
        R("INITIALS", "SLu"), R("INITIALS", "MdBH"),
    ],
    keep=[
        K("REF", "KL-2025-0211"), K("REF", "SDM-2023-097215"),
        K("ADDRESS_PUBLIC", "Kanaalstraat 70"),
        K("ORG", "Klachtencommissie IMG"),
        K("POLICY", "Regeling immateriële schade"),
        K("AMOUNT", "€ 750"),
        K("FUNCTION", "teamleider"),
        K("FUNCTION", "casebehandelaar"),
        K("PLACE", "Assen"),
        K("ORG", "Instituut Mijnbouwschade Groningen"),
    ]))


# ------------------------------------------------------------------ gr29 overzicht samenloopdossiers
def s29(s):
    rows = [["Zaak IMG", "Versterking NCG", "Adres", "Bewoner(s)", "Status schade", "Status versterking"],
            ["SDM-2024-118734", "VA-2021-17720", "Wirdumerweg 7", "Bos-Wieringa, A.", "besluit 26-09-2024",
             "advies herzien, uitvoering C01"],
            ["SDM-2023-097215", "TYP-OPW-0412", "Bosstraat 18", "Wiersum, H. en J.", "besluit in voorbereiding",
             "opname Q1 2025"],
            ["SDM-2024-120358", "TYP-OPW-0388", "Lindelaan 5", "Buurma, G.", "opname gepland",
             "typologie 2, cluster C02"],
            ["SDM-2024-121990", "TYP-OPW-0419", "Wirdumerweg 22", "'t Hooft, J. en D.", "expertise loopt",
             "geen datum"],
            ["SDM-2022-061447", "TYP-OPW-0371", "Wirdumerweg 3", "Haaksma, M.", "afgerond 2023",
             "WVR-aanvraag"],
            ["SDM-2025-004512", "TYP-OPW-0355", "Beukenlaan 9", "ter Veen, S.", "immateriële schade",
             "cluster C03"],
            ["SDM-2024-099873", "TYP-OPW-0402", "Kanaalweg 48", "Tuin, K.", "contra-expertise",
             "cluster C01"],
            ["SDM-2024-117004", "—", "Eikenlaan 14", "Yıldırım, Ö.", "contra-expertise",
             "buiten opgave"]]
    return [
        s.h("Overzicht samenloopdossiers Opwierde (peildatum 1 februari 2025)"),
        s.sm("Vertrouwelijk – werkdocument pilot één loket samenloop (NCG/IMG/gemeente Eemsdelta). "
             "Bron: Zaaksysteem IMG en NCG-Versterkingsmonitor."),
        s.sp(6),
        s.table(rows, widths=[32 * mm, 32 * mm, 34 * mm, 38 * mm, 44 * mm, 52 * mm], size=8.8),
        s.sp(6),
        s.p("Toelichting: WVR = Waardevermeerderingsregeling; TYP = typologie-aanpak. Van de 41 adressen in de "
            "pilot staan er hier 8 met een open of recent afgerond schadedossier. De overige 33 staan in het "
            "NCG-systeem (zie Versterkingsmonitor, tabblad ‘Opwierde’)."),
    ]


DOCS.append(Doc(
    "gr29_overzicht_samenloopdossiers_opwierde", story=s29, family="dvc", size=10, land=True,
    producer="Microsoft® Excel® voor Microsoft 365", creator="Microsoft® Excel® voor Microsoft 365",
    author="NCG", title="Overzicht samenloopdossiers Opwierde",
    redact=[
        R("ADDRESS", "Wirdumerweg 7"), R("ADDRESS", "Bosstraat 18"), R("ADDRESS", "Lindelaan 5"),
        R("ADDRESS", "Wirdumerweg 22"), R("ADDRESS", "Wirdumerweg 3"), R("ADDRESS", "Beukenlaan 9"),
        R("ADDRESS", "Kanaalweg 48"), R("ADDRESS", "Eikenlaan 14"),
        R("PERSON", "Aaltje Bos-Wieringa", "Bos-Wieringa, A."),
        R("PERSON", "Henk en Jantje Wiersum", "Wiersum, H. en J."),
        R("PERSON", "Grietje Buurma", "Buurma, G."),
        R("PERSON", "Jelle en Dirkje 't Hooft", "'t Hooft, J. en D."),
        R("PERSON", "Marijke Haaksma", "Haaksma, M."),
        R("PERSON", "Sietske ter Veen", "ter Veen, S."),
        R("PERSON", "Klaas Tuin", "Tuin, K."),
        R("PERSON", "Ömer Yıldırım", "Yıldırım, Ö."),
    ],
    keep=[
        K("REF", "SDM-2024-118734"), K("REF", "VA-2021-17720"), K("REF", "TYP-OPW-0412"),
        K("REF", "SDM-2024-117004"), K("REF", "SDM-2025-004512"),
        K("PRODUCT", "NCG-Versterkingsmonitor"),
        K("PRODUCT", "Zaaksysteem IMG"),
        K("POLICY", "Waardevermeerderingsregeling"),
        K("TERM", "typologie-aanpak"),
        K("TERM", "contra-expertise"),
        K("TERM", "cluster C01"),
        K("ORG", "gemeente Eemsdelta"),
        K("NUMBER", "41 adressen"),
    ]))


# ------------------------------------------------------------------ gr30 SodM rapport
def s30(s):
    return [
        s.h("Staatstoezicht op de Mijnen – Toezichtsignaal"),
        s.kv([("Kenmerk", "SodM/25012744"), ("Datum", "6 maart 2025"),
              ("Onderwerp", "Voortgang schadeafhandeling en versterking, regio Eemsdelta"),
              ("Aan", "de staatssecretaris van BZK (Herstel Groningen); de minister van KGG"),
              ("Behandeld door", "ir. Pieter-Jan Wolthuis, toezichthouder; mr. Anneke Oosting, senior jurist"),
              ("Contact", "T 06-2190 4478 · p.wolthuis@sodm.nl · uw kenmerk in correspondentie: SodM/25012744/PJW")],
             w1=32 * mm, w2=132 * mm),
        s.sp(4),
        s.p("SodM ziet toe op de veiligheid van de gaswinning in Groningen en adviseert over de maatschappelijke "
            "ontwrichting die daarvan het gevolg is. In dit signaal brengen wij onze zorgen over Opwierde "
            "(Appingedam) onder de aandacht."),
        s.h2_("Bevindingen"),
        s.p("1. Het aantal bewoners met zowel een schademelding als een versterkingsopgave is in Eemsdelta hoger "
            "dan elders (41 adressen in Opwierde alleen). 2. De doorlooptijden overschrijden de termijnen uit "
            "de Tijdelijke wet Groningen. 3. Uit het onderzoek Gronings Perspectief (Rijksuniversiteit "
            "Groningen) blijkt dat meervoudig gedupeerden een verhoogd risico op gezondheidsklachten hebben."),
        s.h2_("Aanbevelingen"),
        s.p("SodM beveelt aan de pilot ‘één loket samenloop’ te versnellen en na zes maanden een tussenevaluatie "
            "uit te voeren, en de seismische dreiging te blijven monitoren met het KNMI-meetnet. SodM verwacht "
            "een reactie binnen acht weken."),
        s.p("Hoogachtend,<br/>de Inspecteur-generaal der Mijnen"),
        s.sm("Contact: toezicht@sodm.nl · 070 - 379 8400 (algemeen) · Henri Faasdreef 312, Den Haag"),
    ]


DOCS.append(Doc(
    "gr30_sodm_toezichtsignaal_eemsdelta", story=s30, family="helv", size=10.5,
    producer="Nitro PDF Pro 14.2", creator="Nitro PDF Pro", author="SodM",
    title="Toezichtsignaal SodM/25012744",
    redact=[
        R("PERSON", "Pieter-Jan Wolthuis", "Pieter-Jan Wolthuis"),
        R("PERSON", "Anneke Oosting", "Anneke Oosting"),
        R("PHONE", "06-2190 4478"), R("EMAIL", "p.wolthuis@sodm.nl"), R("INITIALS", "PJW"),
    ],
    keep=[
        K("ORG", "Staatstoezicht op de Mijnen"), K("ORG", "SodM"),
        K("REF", "SodM/25012744"),
        K("LAW", "Tijdelijke wet Groningen"),
        K("TITLE", "Gronings Perspectief"),
        K("ORG", "Rijksuniversiteit Groningen"),
        K("ORG", "KNMI-meetnet"),
        K("FUNCTION", "Inspecteur-generaal der Mijnen"),
        K("EMAIL_FUNCTIONAL", "toezicht@sodm.nl"),
        K("PHONE_GENERAL", "070 - 379 8400"),
        K("NOT_PERSON", "Henri Faasdreef 312"),
        K("FUNCTION", "toezichthouder"),
        K("FUNCTION", "senior jurist"),
        K("PLACE", "Appingedam"),
    ]))


# ------------------------------------------------------------------ gr31 mail offerte Wadland
def s31(s):
    return [
        s.lines("<b>Van:</b> Stefan Nauta &lt;s.nauta@wadland-ingenieurs.nl&gt;",
                "<b>Verzonden:</b> dinsdag 8 oktober 2024 10:14",
                "<b>Aan:</b> Sluiter, Karin &lt;k.sluiter@nationaalcoordinatorgroningen.nl&gt;",
                "<b>CC:</b> Marloes Ubbens &lt;m.ubbens@wadland-ingenieurs.nl&gt;; inkoop@nationaalcoordinatorgroningen.nl",
                "<b>Onderwerp:</b> Offerte W24-118 Versnellen Opwierde"),
        s.sp(4),
        s.p("Beste Karin,"),
        s.p("Zoals besproken stuur ik je hierbij onze offerte voor het advies ‘Versnellen Opwierde’. Wij kunnen "
            "binnen het raamcontract NCG-RC-2023-14 (perceel 2, constructief advies) starten op 21 oktober."),
        s.table([["Onderdeel", "Uren", "Bedrag"],
                 ["Inventarisatie 214 adressen en typologieën", "80", "€ 10.400"],
                 ["Clusterindeling en planning", "60", "€ 7.800"],
                 ["Afstemming stuurgroep (2x) en bewonersavond", "24", "€ 3.120"],
                 ["Rapportage", "40", "€ 5.200"],
                 ["<b>Totaal excl. btw</b>", "204", "<b>€ 26.520</b>"]],
                widths=[100 * mm, 20 * mm, 30 * mm]),
        s.sp(4),
        s.p("Het team bestaat uit mijzelf (projectleider), Marloes Ubbens (constructeur) en ir. Evert-Jan "
            "Scholtens (senior reviewer). Marloes is vanaf november met zwangerschapsverlof; Evert-Jan neemt "
            "haar rol dan over."),
        s.p("Met vriendelijke groet,<br/>dr. ir. Stefan Nauta<br/>projectleider | Ingenieursbureau Wadland B.V.<br/>"
            "Zuiderdiep 88, Groningen | 0031 6 4129 6673"),
    ]


DOCS.append(Doc(
    "gr31_mail_offerte_wadland", story=s31, family="dv", size=10.5,
    producer="Microsoft® Outlook® voor Microsoft 365", creator="Microsoft Outlook 16.0",
    title="Offerte W24-118 Versnellen Opwierde",
    redact=[
        R("PERSON", "Stefan Nauta", "Stefan Nauta"),
        R("EMAIL", "s.nauta@wadland-ingenieurs.nl"),
        R("PERSON", "Karin Sluiter", "Sluiter, Karin", "Karin"),
        R("EMAIL", "k.sluiter@nationaalcoordinatorgroningen.nl"),
        R("PERSON", "Marloes Ubbens", "Marloes Ubbens", "Marloes"),
        R("EMAIL", "m.ubbens@wadland-ingenieurs.nl"),
        R("PERSON", "Evert-Jan Scholtens", "Evert-Jan Scholtens", "Evert-Jan"),
        R("HEALTH", "zwangerschapsverlof"),
        R("PHONE", "0031 6 4129 6673"),
    ],
    keep=[
        K("EMAIL_FUNCTIONAL", "inkoop@nationaalcoordinatorgroningen.nl"),
        K("REF", "W24-118"), K("REF", "NCG-RC-2023-14"),
        K("TITLE", "Versnellen Opwierde"),
        K("AMOUNT", "€ 26.520"),
        K("ORG", "Ingenieursbureau Wadland B.V."),
        K("ADDRESS_PUBLIC", "Zuiderdiep 88"),
        K("FUNCTION", "projectleider"),
        K("FUNCTION", "senior reviewer"),
        K("NUMBER", "214 adressen"),
    ]))


# ------------------------------------------------------------------ gr32 Woo-besluit (2 p.)
def s32(s):
    return [
        s.r("Directie Herstel en Versterking Groningen<br/>Postbus 20401<br/>2500 EK Den Haag"),
        s.lines("De heer G.J. Hofstee", "Dijkstraat 41", "9901 KJ  APPINGEDAM"),
        s.sp(6),
        s.kv([("Datum", "2 mei 2025"), ("Ons kenmerk", "KGG/WOO-2025-0418 / 25098812"),
              ("Onderwerp", "Besluit op uw Woo-verzoek over schadeafhandeling en versterking Eemsdelta")]),
        s.sp(4),
        s.p("Geachte heer Hofstee,"),
        s.p("In uw verzoek van 14 maart 2025 heeft u gevraagd om documenten over de schadeafhandeling en de "
            "versterking in Opwierde en Tjamsweer. Bij brief van 20 maart 2025 is de ontvangst bevestigd. Op "
            "11 april 2025 is de beslistermijn met twee weken verdaagd. Het IMG, de NCG, de gemeente Eemsdelta, "
            "Ingenieursbureau Wadland B.V. en Hunze Expertise B.V. zijn in de gelegenheid gesteld een zienswijze "
            "te geven."),
        s.h2_("Besluit"),
        s.p("Ik heb besloten de 33 gevonden documenten deels openbaar te maken. In de bijgevoegde "
            "inventarislijst staat per document welke gronden zijn toegepast."),
        s.h2_("Informatie die niet openbaar gemaakt kan worden"),
        s.p("Persoonsgegevens van bewoners, ambtenaren en medewerkers van bureaus (namen, adressen, "
            "telefoonnummers, e-mailadressen, handtekeningen, paraafcodes), het burgerservicenummer en "
            "gezondheidsgegevens."),
        s.h2_("Motivering"),
        s.p("<b>Artikel 5.1, eerste lid, onder d, Woo (bijzondere persoonsgegevens).</b> Enkele documenten "
            "bevatten gegevens over de gezondheid van bewoners. Deze gegevens worden niet openbaar gemaakt, "
            "tenzij een uitzondering van de AVG van toepassing is; dat is hier niet het geval."),
        s.p("<b>Artikel 5.1, eerste lid, onder e, Woo (identificatienummers).</b> Het burgerservicenummer is "
            "niet openbaar gemaakt (artikel 46 UAVG)."),
        s.p("<b>Artikel 5.1, tweede lid, onder e, Woo (persoonlijke levenssfeer).</b> In de documenten staan "
            "persoonsgegevens van bewoners en van ambtenaren die niet in de openbaarheid treden. Het belang van "
            "openbaarheid weegt niet op tegen hun privacy. Namen van bewindspersonen, Kamerleden, "
            "burgemeester, wethouders, raadsleden, gedeputeerden en van de woordvoerder van het IMG zijn wel "
            "openbaar, evenals functionele e-mailadressen en algemene telefoonnummers. In de openbaar gemaakte "
            "versie van de documenten zijn alle persoonsgegevens van ambtenaren geanonimiseerd."),
        s.h2_("Wijze van openbaarmaking"),
        s.p("De documenten worden gepubliceerd op open.overheid.nl. Tegen dit besluit kunt u binnen zes weken "
            "bezwaar maken bij de staatssecretaris van BZK, Postbus 20011, 2500 EA Den Haag."),
        s.p("Hoogachtend,<br/>de staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties, Herstel "
            "Groningen,<br/>namens deze,"),
        s.sp(12),
        s.p("drs. E.W. Haijer-Nanninga<br/>directeur Herstel en Versterking Groningen"),
        s.sm("Behandeld door: mr. M. van 't Zand (Woo-coördinator), 070 379 88 14."),
    ]


DOCS.append(Doc(
    "gr32_besluit_woo_verzoek", story=s32, family="times", size=12,
    producer="Aspose.Words for .NET 23.4.0", creator="DigiDoc KGG", author="KGG",
    title="Besluit Woo-verzoek KGG/WOO-2025-0418",
    header="Ministerie van Klimaat en Groene Groei",
    redact=[
        R("PERSON", "G.J. Hofstee", "G.J. Hofstee", "heer Hofstee"),
        R("ADDRESS", "Dijkstraat 41, 9901 KJ", "Dijkstraat 41", "9901 KJ"),
        R("PERSON", "E.W. Haijer-Nanninga", "E.W. Haijer-Nanninga"),
        R("PERSON", "Merel van 't Zand", "M. van 't Zand"),
        R("PHONE", "070 379 88 14"),
    ],
    keep=[
        K("ORG", "Directie Herstel en Versterking Groningen"),
        K("REF", "KGG/WOO-2025-0418"),
        K("ORG", "Ingenieursbureau Wadland B.V."),
        K("ORG", "Hunze Expertise B.V."),
        K("ORG", "gemeente Eemsdelta"),
        K("HEADING", "Informatie die niet openbaar gemaakt kan worden"),
        K("HEADING", "Motivering"),
        K("LAW", "Artikel 5.1, eerste lid, onder d, Woo"),
        K("LAW", "artikel 46 UAVG"),
        K("LAW", "Artikel 5.1, tweede lid, onder e, Woo"),
        K("URL", "open.overheid.nl"),
        K("ADDRESS_PUBLIC", "Postbus 20011"),
        K("FUNCTION", "directeur Herstel en Versterking Groningen"),
        K("FUNCTION", "Woo-coördinator"),
        K("PLACE", "Tjamsweer"),
        K("DATE", "2 mei 2025"),
        K("LAW", "AVG"),
    ]))


# ------------------------------------------------------------------ gr33 inventarislijst
def s33(s):
    docs = [
        ("1", "Woo-verzoek", "14-03-2025", "deels openbaar", "5.1.2e", ""),
        ("2", "Ontvangstbevestiging", "20-03-2025", "deels openbaar", "5.1.2e", ""),
        ("3", "Schademelding SDM-2024-118734", "09-05-2024", "deels openbaar", "5.1.1e, 5.1.2e", "BSN"),
        ("4", "Expertiserapport HEX-24-3391", "02-08-2024", "deels openbaar", "5.1.1d, 5.1.2e", ""),
        ("5", "Mailwisseling klacht", "04-02-2025", "deels openbaar", "5.1.1d, 5.1.2e", "family 5"),
        ("6", "Mailwisseling samenloop", "12-12-2024", "deels openbaar", "5.1.2e", "thread 6"),
        ("7", "Teams-chat Team Noord-Oost", "06-02-2025", "deels openbaar", "5.1.2e", ""),
        ("8", "WhatsApp-chat bewonerscommissie", "22-01-2025", "deels openbaar", "5.1.1d, 5.1.2e", ""),
        ("9-11", "Bewonersavond: uitnodiging, verslag, presentielijst", "22-01-2025", "deels openbaar", "5.1.2e", ""),
        ("12", "Verslag stuurgroep", "05-12-2024", "deels openbaar", "5.1.2e", ""),
        ("13", "Formulier immateriële schade", "28-02-2025", "deels openbaar", "5.1.1d, 5.1.1e, 5.1.2e", "AcroForm"),
        ("14", "Factuur contra-expertise", "10-02-2025", "deels openbaar", "5.1.2e", "eenmanszaak"),
        ("15-16", "Versterkingsadvies; bereikbaarheidslijst", "2025", "deels openbaar", "5.1.2e", ""),
        ("17", "Beslisnota pilot één loket", "09-01-2025", "deels openbaar", "5.1.2e", ""),
        ("18", "Antwoorden Kamervragen 2024Z19417", "08-01-2025", "openbaar", "-", "reeds openbaar"),
        ("19-21", "Advies Wadland; persberichten", "2025", "deels openbaar", "5.1.2e", ""),
        ("22-23", "Scans brieven bewoners/gemeente", "02-2025", "deels openbaar", "5.1.1d, 5.1.2e", ""),
        ("24-29", "Brieven, besluit IMG, raadsvragen, mails, overzicht", "2024-2025", "deels openbaar", "5.1.1d, 5.1.2e", ""),
        ("30", "Toezichtsignaal SodM/25012744", "06-03-2025", "deels openbaar", "5.1.2e", ""),
        ("31", "Offerte W24-118", "08-10-2024", "deels openbaar", "5.1.2e", ""),
    ]
    rows = [["Nr", "Document", "Datum", "Beoordeling", "Grond", "Opmerking"]] + [list(d) for d in docs]
    return [
        s.h("Inventarislijst bij besluit KGG/WOO-2025-0418"),
        s.sm("Bijlage 1 bij het besluit van 2 mei 2025. Zaaknummer 25098812. Documenten 32 (dit besluit) en 33 "
             "(deze lijst) zijn niet opgenomen."),
        s.sp(4),
        s.table(rows, widths=[14 * mm, 96 * mm, 26 * mm, 30 * mm, 44 * mm, 40 * mm], size=8.5),
        s.sp(4),
        s.sm("Opgesteld door: MvtZ (Woo-coördinator) · gecontroleerd: DO · Vragen: woo-hvg@minkgg.nl"),
    ]


DOCS.append(Doc(
    "gr33_inventarislijst_woo_besluit", story=s33, family="helv", size=10, land=True,
    producer="Microsoft® Excel® voor Microsoft 365", creator="Microsoft® Excel® voor Microsoft 365",
    author="KGG", title="Inventarislijst KGG/WOO-2025-0418",
    redact=[
        R("INITIALS", "MvtZ"), R("INITIALS", "DO"),
    ],
    keep=[
        K("REF", "KGG/WOO-2025-0418"),
        K("REF", "SDM-2024-118734"), K("REF", "HEX-24-3391"), K("REF", "2024Z19417"),
        K("REF", "SodM/25012744"), K("REF", "W24-118"),
        K("GROUND", "5.1.2e"), K("GROUND", "5.1.1d"), K("GROUND", "5.1.1e"),
        K("ASSESSMENT", "deels openbaar"),
        K("ORG", "Team Noord-Oost"),
        K("EMAIL_FUNCTIONAL", "woo-hvg@minkgg.nl"),
        K("TERM", "AcroForm"),
        K("TERM", "eenmanszaak"),
        K("FUNCTION", "Woo-coördinator"),
        K("TERM", "reeds openbaar"),
    ]))
