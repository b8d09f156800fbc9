"""Set SN documents sn17-sn25."""
from lib import Doc
from content_a import R, K, WORD, OUTLOOK

DOCS = []

# ---------------------------------------------------------------- sn17 letter to family, namens dezen
DOCS.append(Doc("sn17_brief_nabestaanden", "rl", [
    "Gemeente Zutphen  -  Postbus 15, 7200 AA Zutphen  -  telefoon 14 0575",
    "",
    "Mevrouw M. Stuivenberg",
    "Pelikaanstraat 9",
    "6822 GE  ARNHEM",
    "",
    "Datum: 17 juli 2025   Kenmerk: Z/25/098812-U04",
    "Onderwerp: straatnaam Riek Stuivenbergstraat",
    "",
    "Geachte mevrouw Stuivenberg,",
    "Met genoegen laten wij u weten dat ons college op 15 juli 2025 heeft besloten een straat in de nieuwe wijk "
    "Weerdslag de naam Riek Stuivenbergstraat te geven. Wij danken u en uw familie hartelijk voor uw toestemming.",
    "Het straatnaambord wordt op donderdag 18 september 2025 om 15.00 uur onthuld door burgemeester Annemarie "
    "Vissers-Tamminga. Wij nodigen u, uw broer en uw familie daarvoor van harte uit. Wilt u uiterlijk 1 september "
    "laten weten met hoeveel personen u komt? Dat kan bij mevrouw L. Bosgra, telefoon 0575 59 38 62.",
    "",
    "Hoogachtend,",
    "burgemeester en wethouders van Zutphen,",
    "namens dezen,",
    "",
    "R.J. Haverkamp",
    "wethouder Ruimtelijke Ordening en Cultuur",
], [R("PERSON", "Marjan Stuivenberg", "M. Stuivenberg", "mevrouw Stuivenberg"),
    R("ADDRESS", "Pelikaanstraat 9, 6822 GE Arnhem", "Pelikaanstraat 9", "6822 GE"),
    R("PERSON", "Lisanne Bosgra", "L. Bosgra"), R("PHONE", "0575 59 38 62")],
    K("PUBLIC", "burgemeester Annemarie Vissers-Tamminga", "R.J. Haverkamp",
      "wethouder Ruimtelijke Ordening en Cultuur") +
    K("STREET", "Riek Stuivenbergstraat") +
    K("ORG", "Gemeente Zutphen", "Postbus 15, 7200 AA Zutphen", "14 0575", "Z/25/098812-U04", "Weerdslag",
      "18 september 2025", "burgemeester en wethouders van Zutphen"),
    font="Times-Roman", meta={"Producer": "Microsoft® Word 2016", "Creator": "Microsoft® Word 2016"}))

# ---------------------------------------------------------------- sn18 press release (docx) author + XMP
DOCS.append(Doc("sn18_persbericht", "docx", [
    "PERSBERICHT  -  gemeente Zutphen, 16 juli 2025",
    "## Straten in Weerdslag vernoemd naar verzetsmensen en stadgenoten",
    "Zutphen - De straten in de nieuwe woonwijk Weerdslag krijgen de namen van zeven Zutphenaren. Het college van "
    "burgemeester en wethouders heeft dinsdag het advies van de Straatnamencommissie overgenomen. Er komen onder "
    "meer een Riek Stuivenbergstraat, een Sara Mozes-Kanstraat en een Boonstoppelweg.",
    "Riek Stuivenberg was koerierster in het verzet en kwam in 1945 om in Ravensbrück. Sara Mozes-Kan had een winkel "
    "aan de Beukerstraat en werd in 1943 in Sobibor vermoord. Dirk Boonstoppel werd kort voor de bevrijding "
    "gefusilleerd. Ook vroedvrouw Aaltje Grevink, stadsbeiaardier Bernardus ter Haar, verzetsman Hendrik Wolterink "
    "en koerierster Jacoba van Eck krijgen een straat.",
    "\"Met deze namen halen we verhalen terug die bijna vergeten waren,\" zegt wethouder Ruud Haverkamp. \"Het idee "
    "kwam van inwoners zelf: een oud-buurvrouw, een geschiedenisdocent met zijn leerlingen, een buurtbewoner.\"",
    "Woordvoerder Bas Verhoef: \"Alle families die we konden vinden, hebben ingestemd. De onthulling is op "
    "18 september, samen met de Stichting 18 September.\"",
    "",
    "Noot voor de redactie (niet voor publicatie):",
    "Meer informatie: Bas Verhoef, woordvoerder, via 14 0575 of pers@zutphen.nl.",
], [R("PERSON", "Mirjam Tolkamp (author)", "Mirjam Tolkamp", ch="metadata"),
    R("PERSON", "Mirjam Tolkamp (XMP)", "Tolkamp, M.", ch="metadata")],
    K("PUBLIC", "wethouder Ruud Haverkamp", "Bas Verhoef") +
    K("STREET", "Riek Stuivenbergstraat", "Sara Mozes-Kanstraat", "Boonstoppelweg", "Beukerstraat") +
    K("HIST", "Riek Stuivenberg", "Sara Mozes-Kan", "Dirk Boonstoppel", "Aaltje Grevink", "Bernardus ter Haar",
      "Hendrik Wolterink", "Jacoba van Eck", "Ravensbrück", "Sobibor") +
    K("ORG", "Straatnamencommissie", "Stichting 18 September", "14 0575", "pers@zutphen.nl", "Weerdslag",
      "gemeente Zutphen"),
    meta=dict(WORD, Title="Persbericht straatnamen Weerdslag", Author="Mirjam Tolkamp"),
    xmp_creator="Tolkamp, M."))

# ---------------------------------------------------------------- sn19 draft press release with sticky notes
DOCS.append(Doc("sn19_persbericht_concept", "rl", [
    "CONCEPT v0.3  -  niet verspreiden",
    "## Straten in Weerdslag vernoemd naar verzetsmensen",
    "Zutphen - De straten in de nieuwe woonwijk Weerdslag krijgen de namen van zeven Zutphenaren, onder wie "
    "verzetsvrouw Riek Stuivenberg en Sara Mozes-Kan.",
    "\"Met deze namen halen we verhalen terug,\" zegt wethouder Ruud Haverkamp.",
    "Woordvoerder Bas Verhoef: \"De onthulling is op 18 september.\"",
    "[Citaat voorzitter commissie - schrappen?]",
], [R("PERSON", "Mirjam Tolkamp (note author)", "Mirjam Tolkamp", ch="annotations"),
    R("PERSON", "Lisanne Bosgra (note author)", "Bosgra, Lisanne", ch="annotations"),
    R("PERSON", "Hans Dijkhuizen (note)", "Hans Dijkhuizen", ch="annotations"),
    R("PHONE", "06 5102 8846", ch="annotations"),
    R("PERSON", "Jolanda Rietveld-Brink (note)", "Rietveld-Brink", ch="annotations"),
    R("PERSON", "Ömer Yıldız (note)", "Yıldız", ch="annotations"),
    R("PERSON", "Kees Harmsen (note author)", "Kees Harmsen", ch="annotations"),
    R("PERSON", "Daniëlle Verbruggen (note)", "Daniëlle Verbruggen", ch="annotations")],
    K("PUBLIC", "wethouder Ruud Haverkamp", "Bas Verhoef") +
    K("HIST", "Riek Stuivenberg", "Sara Mozes-Kan") + K("ORG", "Weerdslag", "CONCEPT v0.3"),
    notes=[(0, 470, 700, "Mirjam Tolkamp", "Hans Dijkhuizen wil niet geciteerd worden, zie mail. Wel bellen: 06 5102 8846"),
           (0, 470, 640, "Bosgra, Lisanne", "Noem de indieners niet bij naam (mevr. Rietveld-Brink, dhr. Yıldız)."),
           (0, 300, 560, "Mirjam Tolkamp", "Akkoord, citaat geschrapt."),
           (0, 470, 500, "Kees Harmsen", "Postcodes nog niet noemen; check met Daniëlle Verbruggen (PostNL).")],
    meta={"Producer": "Adobe Acrobat Pro (64-bit) 23.6", "Creator": "Acrobat PDFMaker 23 voor Word",
          "Title": "Concept persbericht"}))

# ---------------------------------------------------------------- sn20 AcroForm nomination form
DOCS.append(Doc("sn20_aanmeldformulier", "rl", [
    "## Gemeente Zutphen - Formulier voordracht straatnaam",
    "Met dit formulier kunt u een naam voordragen voor een straat, plein of pad in Zutphen of Warnsveld. De "
    "Straatnamencommissie beoordeelt voordrachten aan de hand van de Verordening naamgeving en nummering (adressen) "
    "Zutphen 2019. Namen van levende personen zijn niet toegestaan.",
    "Uw gegevens gebruiken wij alleen om contact met u op te nemen over de voordracht (AVG, artikel 6 lid 1 sub e). "
    "Zie www.zutphen.nl/privacy.",
    "Stuur het formulier naar straatnamen@zutphen.nl of Postbus 15, 7200 AA Zutphen.",
], [R("PERSON", "Willem-Jan ter Horst", "Willem-Jan ter Horst", ch="annotations"),
    R("ADDRESS", "Deventerweg 77, 7203 AG Zutphen", "Deventerweg 77", ch="annotations"),
    R("PHONE", "0031 6 4419 2270", ch="annotations"), R("EMAIL", "wj.terhorst@gmail.com", ch="annotations"),
    R("DOB", "12-03-1958", ch="annotations"),
    R("PERSON", "Hanneke (grandmother of the proposer)", "Hanneke", ch="annotations"),
    R("PERSON", "Willem-Jan ter Horst (signature field)", "W.J. ter Horst", ch="annotations")],
    K("ORG", "Gemeente Zutphen", "Straatnamencommissie", "straatnamen@zutphen.nl", "Postbus 15, 7200 AA Zutphen",
      "www.zutphen.nl/privacy", "AVG", "Warnsveld",
      "Verordening naamgeving en nummering (adressen) Zutphen 2019"),
    form=[("naam", "Naam indiener", "Willem-Jan ter Horst"), ("adres", "Adres", "Deventerweg 77, 7203 AG Zutphen"),
          ("telefoon", "Telefoon", "0031 6 4419 2270"), ("email", "E-mail", "wj.terhorst@gmail.com"),
          ("geboortedatum", "Geboortedatum indiener", "12-03-1958"),
          ("voorstel", "Voorgestelde naam", "Aaltje Grevink (1887-1961), vroedvrouw"),
          ("toelichting", "Toelichting", "Zij hielp mijn oma Hanneke bij de geboorte van mijn vader"),
          ("ondertekening", "Naam ondertekenaar", "W.J. ter Horst")],
    meta={"Producer": "iText® 5.5.13 ©2000-2020 iText Group NV", "Creator": "Formulierenserver Zutphen"}))

# ---------------------------------------------------------------- sn21 council questions + answers (odt)
DOCS.append(Doc("sn21_raadsvragen", "odt", [
    "## Schriftelijke vragen ex artikel 41 Reglement van orde",
    "Vragensteller: Fenna Oudshoorn (GroenLinks)  |  Datum: 2 juli 2025  |  Nummer: RV-2025-031",
    "Onderwerp: betrokkenheid nabestaanden bij straatnamen Weerdslag",
    "Vraag 1. Is het college bekend met het bericht in de Stentor dat een nabestaande van een verzetsman pas via de "
    "krant hoorde dat een straat naar zijn grootvader wordt genoemd?",
    "Antwoord 1. Ja. Het bericht betreft een familielid van Dirk Boonstoppel. De gemeente heeft geprobeerd de familie te "
    "bereiken via het Regionaal Archief Zutphen; dat is niet tijdig gelukt. Wethouder Haverkamp heeft de betrokkene "
    "inmiddels gesproken en excuses aangeboden.",
    "Vraag 2. Hoe borgt het college dat nabestaanden vooraf worden betrokken?",
    "Antwoord 2. De Straatnamencommissie vraagt voortaan altijd schriftelijk toestemming en legt vast welke pogingen "
    "zijn gedaan. De Verordening naamgeving en nummering (adressen) Zutphen 2019 wordt hierop aangepast.",
    "Vraag 3. Worden de namen van voordragers openbaar gemaakt?",
    "Antwoord 3. Nee. Voordragers zijn inwoners; hun namen worden niet gepubliceerd, tenzij zij daar zelf om vragen.",
    "",
    "Burgemeester en wethouders van Zutphen,",
    "de secretaris, drs. P.H.M. Lenferink    de burgemeester, A. Vissers-Tamminga",
], [], K("PUBLIC", "Fenna Oudshoorn", "Wethouder Haverkamp", "A. Vissers-Tamminga", "drs. P.H.M. Lenferink") +
    K("HIST", "Dirk Boonstoppel") +
    K("ORG", "GroenLinks", "RV-2025-031", "Stentor", "Regionaal Archief Zutphen", "Straatnamencommissie", "Weerdslag",
      "Reglement van orde", "Verordening naamgeving en nummering (adressen) Zutphen 2019",
      "Burgemeester en wethouders van Zutphen"),
    meta={"Producer": "LibreOffice 7.6", "Creator": "Writer", "Title": "RV-2025-031"}))
