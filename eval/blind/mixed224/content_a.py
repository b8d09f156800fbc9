"""Set SN documents sn01-sn17."""
from lib import Doc


def R(kind, value, *probes, ch=None):
    return (kind, value, list(probes) or None, ch)


def K(kind, *texts):
    return [(kind, t) for t in texts]


WORD = {"Producer": "Microsoft® Word voor Microsoft 365", "Creator": "Microsoft® Word voor Microsoft 365"}
OUTLOOK = {"Producer": "Microsoft® Outlook® voor Microsoft 365", "Creator": "Microsoft® Outlook® voor Microsoft 365"}
HIST = K("HIST", "Riek Stuivenberg", "Sara Mozes-Kan", "Hendrik Wolterink", "Dirk Boonstoppel",
         "Aaltje Grevink", "Bernardus ter Haar", "Jacoba van Eck")
GEM = K("ORG", "gemeente Zutphen", "Straatnamencommissie", "Regionaal Archief Zutphen", "Weerdslag")

DOCS = []

# ---------------------------------------------------------------- sn01 Woo request (e-mail form)
DOCS.append(Doc("sn01_woo_verzoek", "rl", [
    "## Verzoek op grond van de Wet open overheid",
    "Aan: college van burgemeester en wethouders van de gemeente Zutphen, t.a.v. team Juridische Zaken",
    "Postbus 15, 7200 AA Zutphen  -  per e-mail aan woo@zutphen.nl",
    "Datum: 3 februari 2026",
    "",
    "Geacht college,",
    "Op grond van artikel 4.1 van de Wet open overheid (Woo) verzoek ik u om openbaarmaking van alle documenten over "
    "de naamgeving van de straten in de nieuwe wijk Weerdslag, in de periode 1 januari 2025 tot en met 31 januari 2026. "
    "Het gaat mij in het bijzonder om de adviezen van de Straatnamencommissie, de voordrachten van inwoners, de "
    "correspondentie met het Regionaal Archief Zutphen en het collegebesluit over de Riek Stuivenbergstraat en de "
    "Sara Mozes-Kanstraat.",
    "Ik schrijf een artikel voor het tijdschrift Zutphense Historische Bladen over de manier waarop gemeenten "
    "verzetsmensen en Joodse stadgenoten herdenken in straatnamen.",
    "Ik ontvang de documenten bij voorkeur digitaal. Voor vragen ben ik bereikbaar op 06-41 87 22 90.",
    "",
    "Met vriendelijke groet,",
    "Tamara Okkerse-Vlieger",
    "Looierstraat 7B, 7201 EL Zutphen",
    "t.okkerse@kpnmail.nl",
], [R("PERSON", "Tamara Okkerse-Vlieger", "Tamara Okkerse-Vlieger", "Okkerse-Vlieger"),
    R("ADDRESS", "Looierstraat 7B, 7201 EL Zutphen", "Looierstraat 7B", "7201 EL"),
    R("PHONE", "06-41 87 22 90"), R("EMAIL", "t.okkerse@kpnmail.nl")],
    GEM[:2] + GEM[3:] + K("LAW", "Wet open overheid", "Woo", "artikel 4.1") +
    K("ORG", "woo@zutphen.nl", "Zutphense Historische Bladen", "Juridische Zaken", "Postbus 15, 7200 AA Zutphen") +
    K("STREET", "Riek Stuivenbergstraat", "Sara Mozes-Kanstraat") + K("ORG", "Regionaal Archief Zutphen"),
    meta={"Producer": "Nitro PDF Pro 14", "Creator": "Nitro PDF Pro 14", "Title": "Woo-verzoek straatnamen"}))

# ---------------------------------------------------------------- sn02 acknowledgement (docx)
DOCS.append(Doc("sn02_ontvangstbevestiging", "docx", [
    "Gemeente Zutphen",
    "Bezoekadres: 's-Gravenhof 2, Zutphen  |  Telefoon 14 0575  |  www.zutphen.nl",
    "",
    "Mevrouw T. Okkerse-Vlieger",
    "Looierstraat 7B",
    "7201 EL  ZUTPHEN",
    "",
    "Datum: 6 februari 2026",
    "Ons kenmerk: WOO-2026-0388 / Z/26/104233",
    "Onderwerp: ontvangstbevestiging Woo-verzoek straatnamen Weerdslag",
    "",
    "Geachte mevrouw Okkerse-Vlieger,",
    "Op 3 februari 2026 hebben wij uw verzoek op grond van de Wet open overheid ontvangen. U vraagt om documenten over "
    "de straatnamen in de wijk Weerdslag. Wij beslissen binnen vier weken na ontvangst, dus uiterlijk 3 maart 2026. "
    "Deze termijn kunnen wij met twee weken verdagen (artikel 4.4 Woo).",
    "In de documenten komen gegevens voor van inwoners die namen hebben voorgedragen en van nabestaanden. Wij vragen "
    "hen om hun zienswijze voordat wij besluiten (artikel 4.4, lid 2 Woo).",
    "Heeft u vragen? Neem dan contact op met de behandelend jurist, mevrouw S.E. Nijenhuis-Brandsma, telefoon "
    "(0575) 59 34 17 of s.nijenhuis@zutphen.nl. Vermeld altijd ons kenmerk.",
    "",
    "Hoogachtend,",
    "burgemeester en wethouders van Zutphen,",
    "namens dezen,",
    "",
    "Sjoukje Nijenhuis-Brandsma",
    "jurist Informatiebeheer en Woo",
], [R("PERSON", "Tamara Okkerse-Vlieger", "T. Okkerse-Vlieger", "Okkerse-Vlieger"),
    R("ADDRESS", "Looierstraat 7B, 7201 EL Zutphen", "Looierstraat 7B", "7201 EL"),
    R("PERSON", "Sjoukje Nijenhuis-Brandsma", "Sjoukje Nijenhuis-Brandsma", "S.E. Nijenhuis-Brandsma",
      "Nijenhuis-Brandsma"),
    R("PHONE", "(0575) 59 34 17"), R("EMAIL", "s.nijenhuis@zutphen.nl")],
    K("ORG", "Gemeente Zutphen", "'s-Gravenhof 2", "14 0575", "www.zutphen.nl", "WOO-2026-0388", "Z/26/104233",
      "Wet open overheid", "artikel 4.4 Woo", "Weerdslag", "jurist Informatiebeheer en Woo", "3 maart 2026",
      "burgemeester en wethouders van Zutphen"),
    meta=dict(WORD, Title="Ontvangstbevestiging WOO-2026-0388")))

# ---------------------------------------------------------------- sn03 nomination letter (TTF)
DOCS.append(Doc("sn03_voordracht_stuivenberg", "rl", [
    "Jolanda Rietveld-Brink",
    "Berkenlaan 31",
    "7206 KL Zutphen",
    "jolanda.rietveld@ziggo.nl  -  0575 52 18 44",
    "",
    "Aan de Straatnamencommissie van de gemeente Zutphen",
    "Zutphen, 14 maart 2025",
    "",
    "Betreft: voordracht straatnaam Riek Stuivenberg",
    "",
    "Geachte leden van de commissie,",
    "Graag draag ik Hendrika (Riek) Stuivenberg (1912-1944) voor als naamgever van een straat in de nieuwe wijk "
    "Weerdslag. Riek Stuivenberg was koerierster van de Landelijke Organisatie voor Hulp aan Onderduikers (LO) en "
    "bracht tussen 1942 en 1944 bonkaarten rond in Zutphen en Warnsveld. Zij werd in augustus 1944 gearresteerd en "
    "kwam op 2 maart 1945 om in concentratiekamp Ravensbrück.",
    "Mijn vader, Gerrit Brink, heeft als jongen bij haar familie aan de Spittaalstraat ondergedoken. Hij vertelde er "
    "vaak over. Hij is vorig jaar overleden; zijn dagboek kan ik aan het Regionaal Archief Zutphen in bruikleen geven.",
    "De kleindochter van Riek Stuivenberg, mevrouw Marjan Stuivenberg, weet van deze voordracht en staat er positief "
    "tegenover.",
    "Bijlagen: kopie uit het Erelijst der Gevallenen; krantenbericht Zutphensche Courant 1946.",
    "",
    "Met vriendelijke groet,",
    "J. Rietveld-Brink",
], [R("PERSON", "Jolanda Rietveld-Brink", "Jolanda Rietveld-Brink", "J. Rietveld-Brink"),
    R("ADDRESS", "Berkenlaan 31, 7206 KL Zutphen", "Berkenlaan 31", "7206 KL"),
    R("EMAIL", "jolanda.rietveld@ziggo.nl"), R("PHONE", "0575 52 18 44"),
    R("PERSON", "Gerrit Brink"), R("PERSON", "Marjan Stuivenberg")],
    K("HIST", "Riek Stuivenberg", "Hendrika (Riek) Stuivenberg", "1912-1944", "Ravensbrück", "Spittaalstraat",
      "Landelijke Organisatie voor Hulp aan Onderduikers", "Warnsveld", "Erelijst der Gevallenen",
      "Zutphensche Courant") + GEM,
    font="DejaVuSerif", meta={"Producer": "PDFpen 13", "Creator": "Pages"}))

# ---------------------------------------------------------------- sn04 nomination letter Sara Mozes-Kan (DejaVu, diacritics)
DOCS.append(Doc("sn04_voordracht_mozes_kan", "rl", [
    "Van: Ömer Yıldız, Hoofdstraat 112-A, 7213 CZ Gorssel",
    "E-mail: ömer.yildiz@outlook.com   Tel.: +31 (0)6 2833 9017",
    "Aan: Straatnamencommissie gemeente Zutphen, via straatnamen@zutphen.nl",
    "Datum: 2 april 2025",
    "",
    "## Voordracht: Sara Mozes-Kan (1903-1943)",
    "Als docent geschiedenis aan het Baudartius College doe ik met mijn leerlingen van 4 havo onderzoek naar de "
    "Joodse gemeenschap van Zutphen. Wij stuitten op Sara Mozes-Kan, die met haar man Levie Mozes een "
    "manufacturenwinkel had aan de Beukerstraat. Sara Mozes-Kan werd op 2 juli 1943 in Sobibor vermoord. Zij staat "
    "vermeld in het Joods Monument en op het monument aan de Dreef.",
    "Wij stellen voor om een straat in Weerdslag naar haar te noemen, bij voorkeur dicht bij de nieuwe basisschool.",
    "Een kleinzoon van de broer van Levie Mozes woont in Amsterdam. Mijn leerling Yasmina Bouzian heeft hem via het "
    "Joods Cultureel Kwartier gevonden; zijn gegevens stuur ik apart.",
    "",
    "Met vriendelijke groet,",
    "Ömer Yıldız",
    "docent geschiedenis, Baudartius College",
], [R("PERSON", "Ömer Yıldız", "Ömer Yıldız", "Yıldız"),
    R("ADDRESS", "Hoofdstraat 112-A, 7213 CZ Gorssel", "Hoofdstraat 112-A", "7213 CZ"),
    R("EMAIL", "ömer.yildiz@outlook.com"), R("PHONE", "+31 (0)6 2833 9017"),
    R("PERSON", "Yasmina Bouzian")],
    K("HIST", "Sara Mozes-Kan", "Levie Mozes", "Beukerstraat", "Sobibor", "Joods Monument", "1903-1943") +
    K("ORG", "Baudartius College", "straatnamen@zutphen.nl", "Joods Cultureel Kwartier", "Weerdslag", "Dreef",
      "docent geschiedenis", "Straatnamencommissie gemeente Zutphen", "Gorssel"),
    font="DejaVu", meta={"Producer": "Microsoft: Print To PDF", "Creator": ""}))

# ---------------------------------------------------------------- sn05 Outlook thread nomination Boonstoppel
DOCS.append(Doc("sn05_mail_voordracht_boonstoppel", "rl", [
    "Van: Bosgra, Lisanne <l.bosgra@zutphen.nl>",
    "Verzonden: dinsdag 22 april 2025 10:14",
    "Aan: Theo Bakkenes <theobakkenes@hetnet.nl>",
    "CC: Harmsen, Kees <k.harmsen@zutphen.nl>; Straatnamen <straatnamen@zutphen.nl>",
    "Onderwerp: RE: voorstel Dirk Boonstoppel",
    "",
    "Beste heer Bakkenes,",
    "Dank voor uw aanvulling. De commissie bespreekt de voordracht in haar vergadering van 15 mei. Ik heb uw "
    "stukken doorgestuurd naar het Regionaal Archief Zutphen voor een controle van de gegevens.",
    "Met vriendelijke groet,",
    "Lisanne Bosgra",
    "secretaris Straatnamencommissie | team Openbare Ruimte | gemeente Zutphen",
    "T 0575 59 38 62 | M 06 1945 0327",
    "",
    "Van: Theo Bakkenes <theobakkenes@hetnet.nl>",
    "Verzonden: zaterdag 19 april 2025 21:47",
    "Aan: Straatnamen <straatnamen@zutphen.nl>",
    "Onderwerp: voorstel Dirk Boonstoppel",
    "",
    "Goedenavond,",
    "Ik wil graag Dirk Boonstoppel (1920-1945) voordragen. Hij was lid van de Knokploeg Zutphen en werd op "
    "1 april 1945, vlak voor de bevrijding, bij de IJsselbrug gefusilleerd. Er is al een gedenksteen op de "
    "Berkelsingel, maar geen straat. De naam Boonstoppelweg lijkt mij passend voor de ontsluitingsweg van Weerdslag.",
    "Mijn buurman, de heer A.J. (Anton) Veldkamp, heeft nog foto's uit het familiealbum.",
    "Groet, Theo Bakkenes",
    "Vordensebinnenweg 40, 7202 AN Zutphen, 06-38 11 72 05",
], [R("PERSON", "Lisanne Bosgra", "Lisanne Bosgra", "Bosgra, Lisanne"), R("EMAIL", "l.bosgra@zutphen.nl"),
    R("PERSON", "Theo Bakkenes", "Theo Bakkenes", "heer Bakkenes"), R("EMAIL", "theobakkenes@hetnet.nl"),
    R("PERSON", "Kees Harmsen", "Harmsen, Kees"), R("EMAIL", "k.harmsen@zutphen.nl"),
    R("PHONE", "0575 59 38 62"), R("PHONE", "06 1945 0327"),
    R("PERSON", "Anton Veldkamp", "A.J. (Anton) Veldkamp"),
    R("ADDRESS", "Vordensebinnenweg 40, 7202 AN Zutphen", "Vordensebinnenweg 40", "7202 AN"),
    R("PHONE", "06-38 11 72 05")],
    K("HIST", "Dirk Boonstoppel", "1920-1945", "Knokploeg Zutphen", "IJsselbrug", "Berkelsingel", "Boonstoppelweg") +
    K("ORG", "straatnamen@zutphen.nl", "Regionaal Archief Zutphen", "team Openbare Ruimte",
      "secretaris Straatnamencommissie", "gemeente Zutphen", "Weerdslag"),
    meta=dict(OUTLOOK, Title="RE: voorstel Dirk Boonstoppel")))

# ---------------------------------------------------------------- sn06 family consent (scan)
DOCS.append(Doc("sn06_toestemming_stuivenberg_scan", "scan", [
    "Marjan Stuivenberg",
    "Pelikaanstraat 9, 6822 GE Arnhem",
    "",
    "Aan de gemeente Zutphen",
    "Straatnamencommissie",
    "",
    "Arnhem, 28 mei 2025",
    "",
    "## Toestemming naamgeving",
    "Hierbij geef ik als kleindochter en namens de familie",
    "toestemming om een straat in de wijk Weerdslag te",
    "noemen naar mijn grootmoeder Riek Stuivenberg.",
    "Wij stellen het op prijs als de familie wordt",
    "uitgenodigd voor de onthulling van het straatnaambord.",
    "Mijn broer Joost Stuivenberg is bereikbaar",
    "via 026 - 351 77 40, ikzelf via 06-2947 1630.",
    "",
    "Met vriendelijke groet,",
    "",
    "~~ M. Stuivenberg",
], [R("PERSON", "Marjan Stuivenberg", "Marjan Stuivenberg", ch="ocr"),
    R("ADDRESS", "Pelikaanstraat 9, 6822 GE Arnhem", "Pelikaanstraat 9", "6822 GE", ch="ocr"),
    R("PERSON", "Joost Stuivenberg", "Joost Stuivenberg", ch="ocr"),
    R("PHONE", "026 - 351 77 40", "351 77 40", ch="ocr"), R("PHONE", "06-2947 1630", "2947 1630", ch="ocr")], [],
    font="serif", meta={"Producer": "Canon iR-ADV C5535 PDF", "Creator": "Canon iR-ADV C5535"}))

# ---------------------------------------------------------------- sn07 family consent Mozes (docx)
DOCS.append(Doc("sn07_toestemming_mozes", "docx", [
    "R.S. Mozes",
    "Nieuwe Keizersgracht 58-II",
    "1018 DT Amsterdam",
    "",
    "Gemeente Zutphen",
    "t.a.v. de Straatnamencommissie",
    "Postbus 15",
    "7200 AA Zutphen",
    "",
    "Amsterdam, 11 juni 2025",
    "",
    "Betreft: straatnaam Sara Mozes-Kan",
    "",
    "Geachte commissie,",
    "Via de heer Yıldız van het Baudartius College hoorde ik van het voorstel om een straat te noemen naar Sara "
    "Mozes-Kan, de schoonzuster van mijn grootvader. Namens de nabestaanden stem ik daar graag mee in. Ik verzoek u "
    "de naam volledig te schrijven, met de meisjesnaam Kan, zoals zij ook in het Joods Monument staat.",
    "Ik wil u wel vragen mijn eigen naam en adres niet in openbare stukken op te nemen. Voor overleg kunt u mij "
    "bereiken op 020 - 624 90 13 of per e-mail: ruben.mozes@xs4all.nl.",
    "",
    "Met vriendelijke groet,",
    "Ruben Mozes",
], [R("PERSON", "Ruben Mozes", "Ruben Mozes", "R.S. Mozes"),
    R("ADDRESS", "Nieuwe Keizersgracht 58-II, 1018 DT Amsterdam", "Nieuwe Keizersgracht 58-II", "1018 DT"),
    R("PERSON", "Ömer Yıldız", "heer Yıldız"), R("PHONE", "020 - 624 90 13"), R("EMAIL", "ruben.mozes@xs4all.nl"),
    R("PERSON", "Ruben Mozes (document title)", "Brief R. Mozes", ch="metadata")],
    K("HIST", "Joods Monument", "Baudartius College", "Kan") + K("ORG", "Gemeente Zutphen", "Straatnamencommissie",
                                                                  "Postbus 15", "7200 AA Zutphen", "Amsterdam"),
    font="serif", meta=dict(WORD, Title="Brief R. Mozes")))

# ---------------------------------------------------------------- sn08 family consent handwritten (scan)
DOCS.append(Doc("sn08_toestemming_wolterink_scan", "scan", [
    "~~ Aan de straatnamencommissie Zutphen",
    "",
    "~~ Warnsveld, 3 juni 2025",
    "",
    "~~ Beste mensen,",
    "~~ Ik ben de schoondochter van Hendrik Wolterink.",
    "~~ Mijn man Bertus is in 2019 overleden.",
    "~~ Namens ons gezin: wij vinden een straat",
    "~~ met zijn naam een mooie eer.",
    "~~ De kinderen willen graag bij de onthulling zijn.",
    "~~ Bel gerust: 0575 - 47 12 86",
    "",
    "~~ Hartelijke groet,",
    "~~ Gerda Wolterink-Heuvink",
    "~~ Lochemseweg 3, Warnsveld",
], [R("PERSON", "Gerda Wolterink-Heuvink", "Wolterink-Heuvink", ch="ocr"),
    R("PERSON", "Bertus Wolterink", "Bertus", ch="ocr"),
    R("PHONE", "0575 - 47 12 86", "47 12 86", ch="ocr"),
    R("ADDRESS", "Lochemseweg 3, Warnsveld", "Lochemseweg 3", ch="ocr")], [],
    meta={"Producer": "HP Digital Sending", "Creator": "HP LaserJet MFP M528"}))
