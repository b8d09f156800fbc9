"""Set SN documents sn22-sn33."""
from lib import Doc
from content_a import R, K, WORD, OUTLOOK

DOCS = []

# ---------------------------------------------------------------- sn22 mail BAG / PostNL
DOCS.append(Doc("sn22_mail_bag_postnl", "rl", [
    "Van: Harmsen, Kees <k.harmsen@zutphen.nl>",
    "Verzonden: woensdag 23 juli 2025 11:26",
    "Aan: 'Verbruggen, Daniëlle' <danielle.verbruggen@postnl.nl>",
    "CC: BAG Zutphen <bag@zutphen.nl>; Okan Demirtaş <o.demirtas@zutphen.nl>",
    "Onderwerp: postcodes Weerdslag fase 1 (Z/25/098812)",
    "",
    "Goedemorgen Daniëlle,",
    "Het college heeft op 15 juli de straatnamen vastgesteld. Zou PostNL de volgende postcodes kunnen toekennen?",
    "Straat | Huisnummers | Postcode",
    "Riek Stuivenbergstraat | 1-63 | 7207 XA",
    "Sara Mozes-Kanstraat | 1-41 | 7207 XB",
    "Hendrik Wolterinkhof | 2-30 | 7207 XC",
    "Boonstoppelweg | 1-9 | 7207 XD",
    "Aaltje Grevinkhof | 1-24 | 7207 XE",
    "Ter Haarsingel | 2-48 | 7207 XF",
    "Jacoba van Eckpad | geen adressen | -",
    "Okan verwerkt de namen deze week in de BAG (openbareruimte-objecten).",
    "Met vriendelijke groet,",
    "Kees Harmsen",
    "adviseur Openbare Ruimte / BAG | gemeente Zutphen",
    "0575 59 38 10 | 06-5317 2904 (ma/di/do)",
    "",
    "Van: Verbruggen, Daniëlle",
    "Verzonden: dinsdag 22 juli 2025 16:40",
    "Aan: Harmsen, Kees",
    "Onderwerp: RE: postcodes Weerdslag",
    "Hoi Kees, stuur maar door. Groet, Daniëlle Verbruggen | Adresbeheer PostNL | 088 868 6161 (algemeen) | M 06 2290 4471",
], [R("PERSON", "Kees Harmsen", "Harmsen, Kees", "Kees Harmsen", "Kees"), R("EMAIL", "k.harmsen@zutphen.nl"),
    R("PERSON", "Daniëlle Verbruggen", "Verbruggen, Daniëlle", "Daniëlle Verbruggen", "Daniëlle"),
    R("EMAIL", "danielle.verbruggen@postnl.nl"), R("PERSON", "Okan Demirtaş", "Okan Demirtaş", "Okan"),
    R("EMAIL", "o.demirtas@zutphen.nl"), R("PHONE", "0575 59 38 10"), R("PHONE", "06-5317 2904"),
    R("PHONE", "06 2290 4471")],
    K("STREET", "Riek Stuivenbergstraat", "Sara Mozes-Kanstraat", "Hendrik Wolterinkhof", "Boonstoppelweg",
      "Aaltje Grevinkhof", "Ter Haarsingel", "Jacoba van Eckpad") +
    K("ORG", "bag@zutphen.nl", "PostNL", "Adresbeheer PostNL", "088 868 6161", "Z/25/098812", "7207 XA", "7207 XF",
      "BAG", "openbareruimte-objecten", "adviseur Openbare Ruimte / BAG", "Weerdslag fase 1"),
    font="DejaVu", meta=dict(OUTLOOK, Title="postcodes Weerdslag fase 1")))

# ---------------------------------------------------------------- sn23 invoice sole trader historian
DOCS.append(Doc("sn23_factuur_kolkman", "rl", [
    "## Kolkman Historisch Onderzoek",
    "Petra Kolkman  |  Zaadmarkt 44  |  7201 DE Zutphen",
    "KvK 71234598  |  btw NL002184733B47  |  IBAN NL61 RABO 0312 8847 90",
    "T 06-22 41 09 83  |  petra@kolkmanhistorie.nl  |  info@kolkmanhistorie.nl",
    "",
    "Aan: gemeente Zutphen, team Openbare Ruimte, t.a.v. mevrouw L. Bosgra, Postbus 15, 7200 AA Zutphen",
    "Factuurnummer: 2025-017   Factuurdatum: 30 juni 2025   Uw referentie: inkoopordernr. 4500087712",
    "",
    "Omschrijving | Uren | Tarief | Bedrag",
    "Biografisch onderzoek zeven naamgevers Weerdslag | 26 | EUR 72,50 | EUR 1.885,00",
    "Archiefbezoek Regionaal Archief Zutphen en NIOD | 6 | EUR 72,50 | EUR 435,00",
    "Reiskosten Amsterdam (NIOD) | - | - | EUR 38,40",
    "Subtotaal | | | EUR 2.358,40",
    "Btw 21% | | | EUR 495,26",
    "Totaal | | | EUR 2.853,66",
    "",
    "Gelieve binnen 30 dagen te voldoen op IBAN NL61 RABO 0312 8847 90 t.n.v. P.A. Kolkman, o.v.v. 2025-017.",
], [R("PERSON", "Petra Kolkman", "Petra Kolkman", "P.A. Kolkman", "Kolkman Historisch Onderzoek"),
    R("ADDRESS", "Zaadmarkt 44, 7201 DE Zutphen", "Zaadmarkt 44", "7201 DE"), R("KVK", "71234598"),
    R("VAT", "NL002184733B47"), R("IBAN", "NL61 RABO 0312 8847 90"), R("PHONE", "06-22 41 09 83"),
    R("EMAIL", "petra@kolkmanhistorie.nl"), R("EMAIL", "info@kolkmanhistorie.nl"),
    R("PERSON", "Lisanne Bosgra", "L. Bosgra")],
    K("ORG", "gemeente Zutphen", "team Openbare Ruimte", "Postbus 15, 7200 AA Zutphen", "2025-017",
      "4500087712", "Regionaal Archief Zutphen", "NIOD", "Weerdslag", "EUR 2.853,66", "EUR 1.885,00", "Btw 21%"),
    meta={"Producer": "Moneybird", "Creator": "Moneybird facturatie"}))

# ---------------------------------------------------------------- sn24 invoice street sign maker (docx)
DOCS.append(Doc("sn24_factuur_bordenmakerij", "docx", [
    "BORDENMAKERIJ KLEIN HEKKELMAN",
    "eigenaar G.H. (Gijs) Klein Hekkelman  -  Industrieweg 12, 7202 CA Zutphen",
    "tel. 0575-522 310 / 06 1288 4105  -  gijs@kleinhekkelman.nl",
    "KvK 08123456  -  IBAN NL23 INGB 0006 5521 87",
    "",
    "FACTUUR 25-0412          Datum: 12 september 2025",
    "Gemeente Zutphen, crediteurenadministratie, Postbus 15, 7200 AA Zutphen",
    "Inkoopordernummer: 4500089031   Project: straatnaamborden Weerdslag fase 1",
    "Aantal | Omschrijving | Bedrag",
    "14 | straatnaambord geëmailleerd, model NEN 1772, met onderbord (naamgever) | EUR 3.710,00",
    "7 | paal aluminium 3 m incl. plaatsing | EUR 1.120,00",
    "1 | onthullingsdoek Riek Stuivenbergstraat | EUR 0,00",
    "Totaal excl. btw | | EUR 4.830,00",
    "Btw 21% | | EUR 1.014,30",
    "Totaal | | EUR 5.844,30",
    "",
    "Onderborden: 'Riek Stuivenberg 1912-1944 verzetsstrijdster', 'Sara Mozes-Kan 1903-1943 Joodse stadgenote', "
    "'Dirk Boonstoppel 1920-1945 verzetsstrijder', 'Bernardus ter Haar 1871-1939 stadsbeiaardier'.",
    "Betaling binnen 14 dagen. Vragen? Bel Gijs of Marloes (administratie).",
], [R("PERSON", "Gijs Klein Hekkelman", "G.H. (Gijs) Klein Hekkelman", "Gijs"),
    R("ADDRESS", "Industrieweg 12, 7202 CA Zutphen", "Industrieweg 12", "7202 CA"),
    R("PHONE", "0575-522 310"), R("PHONE", "06 1288 4105"), R("EMAIL", "gijs@kleinhekkelman.nl"),
    R("KVK", "08123456"), R("IBAN", "NL23 INGB 0006 5521 87"), R("PERSON", "Marloes")],
    K("ORG", "BORDENMAKERIJ KLEIN HEKKELMAN", "Gemeente Zutphen", "4500089031", "NEN 1772", "EUR 5.844,30",
      "25-0412", "Weerdslag fase 1") +
    K("HIST", "Riek Stuivenbergstraat", "Riek Stuivenberg", "Sara Mozes-Kan", "Dirk Boonstoppel", "Bernardus ter Haar"),
    meta={"Producer": "Microsoft® Word 2019", "Creator": "Microsoft® Word 2019"}))

# ---------------------------------------------------------------- sn25 objection letter (rl, Courier = typewriter)
DOCS.append(Doc("sn25_bezwaar_boonstoppelweg", "rl", [
    "A.M. van der Meulen-de Graaf",
    "Berkenlaan 8",
    "7206 KJ Zutphen",
    "tel. 0575 - 52 61 19",
    "",
    "Aan het college van burgemeester en wethouders van Zutphen",
    "Postbus 15, 7200 AA Zutphen",
    "",
    "Zutphen, 20 augustus 2025",
    "Betreft: bezwaar tegen besluit straatnamen Weerdslag (Z/25/098812)",
    "",
    "Geacht college,",
    "Hierbij maak ik bezwaar tegen de naam Boonstoppelweg. In Deventer bestaat al een Boonstoppelsteeg. Mijn "
    "schoonmoeder, mevrouw De Graaf-Schuurman (geb. 04-11-1931), is dementerend en raakt al in de war van de "
    "nieuwe wijk; een naam die op een andere straat lijkt maakt het voor de thuiszorg en de ambulance lastig.",
    "Ik verzoek u de weg Wolterinkweg-Noord te noemen, of de naam van een andere verzetsman te kiezen.",
    "Ik wil graag worden gehoord. Overdag ben ik bereikbaar op 06 4078 1123.",
    "",
    "Hoogachtend,",
    "Annemieke van der Meulen-de Graaf",
    "BSN (op verzoek van uw loket): 183640275",
    "Kopie: mr. P.J. Oude Nijhuis, advocaat, Oude Nijhuis Advocatuur",
], [R("PERSON", "Annemieke van der Meulen-de Graaf", "Annemieke van der Meulen-de Graaf", "A.M. van der Meulen-de Graaf"),
    R("ADDRESS", "Berkenlaan 8, 7206 KJ Zutphen", "Berkenlaan 8", "7206 KJ"), R("PHONE", "0575 - 52 61 19"),
    R("PERSON", "De Graaf-Schuurman", "mevrouw De Graaf-Schuurman"), R("DOB", "04-11-1931"),
    R("HEALTH", "dementerend"), R("PHONE", "06 4078 1123"), R("BSN", "183640275"),
    R("PERSON", "P.J. Oude Nijhuis", "P.J. Oude Nijhuis", "Oude Nijhuis Advocatuur")],
    K("STREET", "Boonstoppelweg", "Boonstoppelsteeg", "Wolterinkweg-Noord") +
    K("ORG", "Postbus 15, 7200 AA Zutphen", "Z/25/098812", "Deventer", "Weerdslag",
      "college van burgemeester en wethouders van Zutphen"),
    font="Courier", meta={"Producer": "Epson Scan 2 / OCR", "Creator": "Epson Scan 2"}))

# ---------------------------------------------------------------- sn26 overview of proposals (2 pages)
_ROWS = [
    ("01", "Riek Stuivenberg", "J. Rietveld-Brink", "0575 52 18 44", "shortlist"),
    ("02", "Sara Mozes-Kan", "Ö. Yıldız", "+31 (0)6 2833 9017", "shortlist"),
    ("03", "Dirk Boonstoppel", "T. Bakkenes", "06-38 11 72 05", "shortlist"),
    ("04", "Aaltje Grevink", "W.J. ter Horst", "0031 6 4419 2270", "shortlist"),
    ("05", "Hendrik Wolterink", "H. Wolterink", "0575 47 30 02", "shortlist"),
    ("06", "Bernardus ter Haar", "Beiaardkring Zutphen", "info@beiaardkringzutphen.nl", "shortlist"),
    ("07", "Jacoba van Eck", "Stichting 18 September", "secretariaat@18september.nl", "shortlist"),
    ("08", "Gerrit Brink", "J. Rietveld-Brink", "0575 52 18 44", "afgewezen: < 5 jaar"),
    ("09", "Thorbecke", "R. Hulshof-Wentink", "06 3902 1174", "afgewezen: al in gebruik"),
    ("10", "Mevrouw Bisschop", "D. Oude Lenferink", "0575 54 02 31", "afgewezen: onvoldoende bron"),
    ("11", "Karel de Stoute", "anoniem", "-", "afgewezen"),
    ("12", "Gastarbeidersplein", "N. Bouali", "06 1166 4820", "fase 2"),
    ("13", "Kremerfabriek", "Historische Vereniging Zutphen", "0575 51 23 45 (alg.)", "fase 2"),
    ("14", "Levie Mozes", "Ö. Yıldız", "+31 (0)6 2833 9017", "samengevoegd met 02"),
    ("15", "Dokter Huber", "M. Ćosić", "mcosic@protonmail.com", "afgewezen: leeft nog"),
    ("16", "De Veerpont", "F. Schimmelpenninck", "06 2571 3388", "fase 2"),
    ("17", "Jan ten Brinke", "K. ten Brinke", "0575 46 11 90", "afgewezen: familie tegen"),
    ("18", "IJsselkade-Zuid", "A. Ruiterkamp", "06 4488 0912", "afgewezen"),
]
_red26 = [R("PERSON", "Jolanda Rietveld-Brink", "J. Rietveld-Brink"), R("PHONE", "0575 52 18 44"),
          R("PERSON", "Ömer Yıldız", "Ö. Yıldız"), R("PHONE", "+31 (0)6 2833 9017"),
          R("PERSON", "Theo Bakkenes", "T. Bakkenes"), R("PHONE", "06-38 11 72 05"),
          R("PERSON", "Willem-Jan ter Horst", "W.J. ter Horst"), R("PHONE", "0031 6 4419 2270"),
          R("PERSON", "H. Wolterink (living namesake)", "H. Wolterink"), R("PHONE", "0575 47 30 02"),
          R("PERSON", "Gerrit Brink"),
          R("PERSON", "R. Hulshof-Wentink"), R("PHONE", "06 3902 1174"),
          R("PERSON", "D. Oude Lenferink"), R("PHONE", "0575 54 02 31"),
          R("PERSON", "N. Bouali"), R("PHONE", "06 1166 4820"),
          R("PERSON", "Dokter Huber (living)", "Dokter Huber"),
          R("PERSON", "M. Ćosić"), R("EMAIL", "mcosic@protonmail.com"),
          R("PERSON", "F. Schimmelpenninck"), R("PHONE", "06 2571 3388"),
          R("PERSON", "K. ten Brinke"), R("PHONE", "0575 46 11 90"),
          R("PERSON", "Jan ten Brinke (recently deceased relative)", "Jan ten Brinke"),
          R("PERSON", "A. Ruiterkamp"), R("PHONE", "06 4488 0912")]
DOCS.append(Doc("sn26_overzicht_voordrachten", "rl",
    ["## Overzicht voordrachten straatnamen Weerdslag (stand 1 juli 2025)",
     "Intern werkdocument Straatnamencommissie - bevat persoonsgegevens, niet verspreiden.",
     "Nr | Voorstel | Indiener | Contact | Status"] +
    [" | ".join(r) for r in _ROWS[:12]] +
    ["<<PAGE>>", "Nr | Voorstel | Indiener | Contact | Status"] + [" | ".join(r) for r in _ROWS[12:]] +
    ["", "Adressen indieners (alleen voor correspondentie):", "Indiener | Adres | E-mail",
     "J. Rietveld-Brink | Berkenlaan 31, 7206 KL | jolanda.rietveld@ziggo.nl",
     "T. Bakkenes | Vordensebinnenweg 40 | theobakkenes@hetnet.nl",
     "W.J. ter Horst | Deventerweg 77 | wj.terhorst@gmail.com",
     "H. Wolterink | Lochemseweg 5, Warnsveld | h.wolterink1950@hotmail.com",
     "R. Hulshof-Wentink | Het Jebbink 14 | rhulshof@kpnmail.nl",
     "D. Oude Lenferink | Coehoornsingel 3-B | d.oudelenferink@gmail.com",
     "N. Bouali | Rijnstraat 88 | nadia.bouali@hotmail.nl",
     "M. Ćosić | Vispoortplein 2a | -",
     "F. Schimmelpenninck | Warnsveldseweg 191 | f.schimmelpenninck@xs4all.nl",
     "K. ten Brinke | Emmerikseweg 40 | kees.tenbrinke@planet.nl",
     "A. Ruiterkamp | IJsselkade 19 | a.ruiterkamp@ziggo.nl",
     "",
     "Toelichting: voorstel 08 (Gerrit Brink, overleden 2024) voldoet niet aan de termijn van vijf jaar. Voorstel 15 "
     "betreft een huisarts die nog leeft. Bij voorstel 17 heeft de familie bezwaar. Het voorstel Thorbecke is al "
     "in gebruik (Thorbeckestraat).",
     "Contact commissie: straatnamen@zutphen.nl, of de secretaris via 0575 59 38 62."],
    _red26 + [R("PHONE", "0575 59 38 62"), R("ADDRESS", "Berkenlaan 31, 7206 KL"),
              R("EMAIL", "jolanda.rietveld@ziggo.nl"), R("ADDRESS", "Vordensebinnenweg 40"),
              R("EMAIL", "theobakkenes@hetnet.nl"), R("ADDRESS", "Deventerweg 77"), R("EMAIL", "wj.terhorst@gmail.com"),
              R("ADDRESS", "Lochemseweg 5"), R("EMAIL", "h.wolterink1950@hotmail.com"),
              R("ADDRESS", "Het Jebbink 14"), R("EMAIL", "rhulshof@kpnmail.nl"), R("ADDRESS", "Coehoornsingel 3-B"),
              R("EMAIL", "d.oudelenferink@gmail.com"), R("ADDRESS", "Rijnstraat 88"),
              R("EMAIL", "nadia.bouali@hotmail.nl"), R("ADDRESS", "Vispoortplein 2a"),
              R("ADDRESS", "Warnsveldseweg 191"), R("EMAIL", "f.schimmelpenninck@xs4all.nl"),
              R("ADDRESS", "Emmerikseweg 40"), R("EMAIL", "kees.tenbrinke@planet.nl"), R("ADDRESS", "IJsselkade 19"),
              R("EMAIL", "a.ruiterkamp@ziggo.nl")],
    K("HIST", "Riek Stuivenberg", "Sara Mozes-Kan", "Dirk Boonstoppel", "Aaltje Grevink", "Hendrik Wolterink",
      "Bernardus ter Haar", "Jacoba van Eck", "Levie Mozes", "Mevrouw Bisschop", "Karel de Stoute", "Thorbecke",
      "Thorbeckestraat", "Kremerfabriek", "Gastarbeidersplein", "De Veerpont", "IJsselkade-Zuid") +
    K("ORG", "Beiaardkring Zutphen", "info@beiaardkringzutphen.nl", "Stichting 18 September",
      "secretariaat@18september.nl", "Historische Vereniging Zutphen", "0575 51 23 45", "straatnamen@zutphen.nl",
      "Straatnamencommissie", "Weerdslag"),
    font="DejaVu", size=8, cols=[0.4, 1.6, 1.8, 2.1, 1.6], meta={"Producer": "Microsoft® Excel® voor Microsoft 365",
                                 "Creator": "Microsoft® Excel® voor Microsoft 365", "Title": "Overzicht voordrachten"}))

# ---------------------------------------------------------------- sn27 attendance list unveiling (scan, handwriting)
DOCS.append(Doc("sn27_presentielijst_onthulling_scan", "scan", [
    "## Presentielijst onthulling straatnaamborden Weerdslag",
    "18 september 2025, Riek Stuivenbergstraat",
    "",
    "Naam                          Relatie / organisatie",
    "~~ Marjan Stuivenberg          kleindochter",
    "~~ Joost Stuivenberg           kleinzoon",
    "~~ Gerda Wolterink-Heuvink     schoondochter",
    "~~ Ömer Yildiz                 Baudartius College",
    "~~ Theo Bakkenes               voordrager",
    "~~ Roos Haverkate              Stichting 18 September",
    "~~ Kasper de Wilde             Stentor (pers)",
    "",
    "Gezien: secretaris commissie   ~~ L. Bosgra",
], [R("PERSON", "Marjan Stuivenberg", "Marjan Stuivenberg", ch="ocr"),
    R("PERSON", "Joost Stuivenberg", "Joost Stuivenberg", ch="ocr"),
    R("PERSON", "Gerda Wolterink-Heuvink", "Wolterink-Heuvink", ch="ocr"),
    R("PERSON", "Ömer Yıldız", "Yildiz", ch="ocr"), R("PERSON", "Theo Bakkenes", "Bakkenes", ch="ocr"),
    R("PERSON", "Roos Haverkate", "Haverkate", ch="ocr"), R("PERSON", "Kasper de Wilde", "Kasper de Wilde", ch="ocr"),
    R("PERSON", "Lisanne Bosgra", "Bosgra", ch="ocr")], [],
    meta={"Producer": "Xerox WorkCentre 7845", "Creator": "Xerox WorkCentre 7845"}))

# ---------------------------------------------------------------- sn28 mail thread unveiling with families (2 pages)
DOCS.append(Doc("sn28_mail_onthulling", "rl", [
    "Van: Bosgra, Lisanne <l.bosgra@zutphen.nl>",
    "Verzonden: maandag 1 september 2025 14:05",
    "Aan: Marjan Stuivenberg <marjan.stuivenberg@gmail.com>; ruben.mozes@xs4all.nl; Wolterink-Heuvink, G. <gwolterink@kpnplanet.nl>",
    "CC: Kabinet burgemeester <kabinet@zutphen.nl>; Verhoef, Bas <pers@zutphen.nl>",
    "Onderwerp: programma onthulling 18 september",
    "",
    "Beste families,",
    "Hierbij het programma voor donderdag 18 september:",
    "15.00 uur ontvangst in de tent bij de Riek Stuivenbergstraat (hoek Boonstoppelweg)",
    "15.15 uur welkom door burgemeester Annemarie Vissers-Tamminga",
    "15.30 uur onthulling van de borden, met een korte toelichting door de Stichting 18 September",
    "16.00 uur bloemen bij het Jacoba van Eckpad en koffie in basisschool De Weerdslag",
    "De burgemeester heeft gevraagd of een familielid bij elk bord een paar woorden wil zeggen. Marjan heeft al "
    "ja gezegd; meneer Mozes liever niet. Mevrouw Wolterink, laat u het ons weten?",
    "Voor mensen die slecht ter been zijn: er is een invalidenparkeerplaats bij de school. Ik begreep van Joost dat "
    "uw moeder in een rolstoel zit; wij zorgen voor een plek vooraan.",
    "Op de dag zelf ben ik bereikbaar via 06 1945 0327.",
    "Hartelijke groet,",
    "Lisanne Bosgra",
    "secretaris Straatnamencommissie",
    "<<PAGE>>",
    "Van: Marjan Stuivenberg <marjan.stuivenberg@gmail.com>",
    "Verzonden: zaterdag 30 augustus 2025 10:12",
    "Aan: Bosgra, Lisanne <l.bosgra@zutphen.nl>",
    "Onderwerp: RE: uitnodiging onthulling",
    "",
    "Beste Lisanne,",
    "Wij komen met zes personen: ikzelf, mijn man Pieter-Bas Oldenhof, Joost en zijn vrouw Ilse, en de kinderen. "
    "Mijn moeder (Riek's schoondochter, 91) komt als het kan ook; zij heeft sinds haar beroerte een rolstoel.",
    "Mijn nieuwe mobiele nummer is 06 - 41 00 29 87.",
    "Groet, Marjan",
    "",
    "Van: Wolterink-Heuvink, G. <gwolterink@kpnplanet.nl>",
    "Verzonden: dinsdag 2 september 2025 08:44",
    "Aan: Bosgra, Lisanne",
    "Onderwerp: RE: programma onthulling 18 september",
    "Goedemorgen, mijn kleinzoon Thijmen (12) wil graag iets voorlezen over opa's vader Hendrik Wolterink. Groet, Gerda",
], [R("PERSON", "Lisanne Bosgra", "Bosgra, Lisanne", "Lisanne Bosgra", "Lisanne"), R("EMAIL", "l.bosgra@zutphen.nl"),
    R("PERSON", "Marjan Stuivenberg", "Marjan Stuivenberg", "Marjan"), R("EMAIL", "marjan.stuivenberg@gmail.com"),
    R("EMAIL", "ruben.mozes@xs4all.nl"), R("PERSON", "Ruben Mozes", "meneer Mozes"),
    R("PERSON", "Gerda Wolterink-Heuvink", "Wolterink-Heuvink, G.", "Mevrouw Wolterink", "Gerda"),
    R("EMAIL", "gwolterink@kpnplanet.nl"), R("PERSON", "Joost Stuivenberg", "Joost"),
    R("HEALTH", "rolstoel"), R("HEALTH", "beroerte"), R("PHONE", "06 1945 0327"),
    R("PERSON", "Pieter-Bas Oldenhof"), R("PERSON", "Ilse"), R("PHONE", "06 - 41 00 29 87"),
    R("PERSON", "Thijmen")],
    K("PUBLIC", "burgemeester Annemarie Vissers-Tamminga", "Verhoef, Bas") +
    K("STREET", "Riek Stuivenbergstraat", "Boonstoppelweg", "Jacoba van Eckpad") +
    K("HIST", "Hendrik Wolterink") +
    K("ORG", "kabinet@zutphen.nl", "pers@zutphen.nl", "Kabinet burgemeester", "Stichting 18 September",
      "basisschool De Weerdslag", "secretaris Straatnamencommissie", "18 september"),
    meta=dict(OUTLOOK, Title="programma onthulling 18 september")))

# ---------------------------------------------------------------- sn29 speech mayor (docx)
DOCS.append(Doc("sn29_toespraak_burgemeester", "docx", [
    "## Toespraak burgemeester Annemarie Vissers-Tamminga bij de onthulling van de straatnaamborden in Weerdslag",
    "18 september 2025 - uitgesproken tekst geldt",
    "Dames en heren, beste families,",
    "Tachtig jaar na de bevrijding geven wij zeven straten in Weerdslag een naam. Geen namen van bloemen of vogels, "
    "maar namen van mensen die hier woonden. Riek Stuivenberg fietste met bonkaarten onder haar jas door de "
    "Spittaalstraat. Sara Mozes-Kan verkocht stoffen aan de Beukerstraat, tot zij werd weggevoerd. Hendrik Wolterink "
    "en Dirk Boonstoppel betaalden hun moed met hun leven. Jacoba van Eck stierf in Vught.",
    "En we eren twee mensen die de stad op een andere manier hebben gevormd: vroedvrouw Aaltje Grevink, die duizenden "
    "Zutphenaren ter wereld hielp, en beiaardier Bernardus ter Haar, wiens klokken nog elke zaterdag over de "
    "Walburgiskerk klinken.",
    "Deze namen zijn aangedragen door inwoners. Door een oud-buurvrouw, door een docent van het Baudartius College "
    "met zijn klas, door buurtbewoners. Dank daarvoor. En dank aan de Straatnamencommissie, aan het Regionaal Archief "
    "Zutphen en aan wethouder Ruud Haverkamp.",
    "Ik dank ook de families. Een van u zei mij vanmiddag: 'Oma wilde nooit een held zijn.' Ik denk dat dat precies "
    "is waarom wij haar naam vandaag op een bord zetten.",
    "Ik geef graag het woord aan Thijmen, die iets voorleest over zijn betovergrootvader.",
], [R("PERSON", "Thijmen (child)", "Thijmen")],
    K("PUBLIC", "burgemeester Annemarie Vissers-Tamminga", "wethouder Ruud Haverkamp") +
    K("HIST", "Riek Stuivenberg", "Sara Mozes-Kan", "Hendrik Wolterink", "Dirk Boonstoppel", "Jacoba van Eck",
      "Aaltje Grevink", "Bernardus ter Haar", "Spittaalstraat", "Beukerstraat", "Walburgiskerk", "Vught") +
    K("ORG", "Baudartius College", "Straatnamencommissie", "Regionaal Archief Zutphen", "Weerdslag"),
    font="serif", meta=dict(WORD, Title="Toespraak burgemeester 18-09-2025", Author="Kabinet burgemeester")))

# ---------------------------------------------------------------- sn30 Woo decision (2 pages)
DOCS.append(Doc("sn30_woo_besluit", "rl", [
    "Gemeente Zutphen  -  Postbus 15, 7200 AA Zutphen  -  14 0575  -  woo@zutphen.nl",
    "",
    "Mevrouw T. Okkerse-Vlieger",
    "Looierstraat 7B",
    "7201 EL  ZUTPHEN",
    "",
    "Datum: 17 maart 2026   Kenmerk: WOO-2026-0388   Zaaknummer: Z/26/104233",
    "Onderwerp: besluit op uw Woo-verzoek over de straatnamen in Weerdslag",
    "",
    "Geachte mevrouw Okkerse-Vlieger,",
    "## 1. Uw verzoek",
    "Op 3 februari 2026 heeft u gevraagd om openbaarmaking van documenten over de naamgeving van de straten in "
    "Weerdslag. Wij hebben de beslistermijn op 27 februari 2026 met twee weken verdaagd.",
    "## 2. Zienswijzen",
    "Wij hebben zeven derde-belanghebbenden (voordragers en nabestaanden) om hun zienswijze gevraagd. Vijf hebben "
    "gereageerd. Eén nabestaande heeft uitdrukkelijk gevraagd zijn naam niet openbaar te maken.",
    "## 3. Besluit",
    "Wij maken 33 documenten deels openbaar. Zie de inventarislijst in bijlage 1.",
    "## 4. Overwegingen",
    "Namen van historische personen naar wie straten zijn genoemd, zoals Riek Stuivenberg, Sara Mozes-Kan en "
    "Dirk Boonstoppel, zijn niet gelakt: deze personen zijn overleden en hun namen zijn door het besluit van "
    "15 juli 2025 openbaar. Ook de namen van de burgemeester, wethouder Ruud Haverkamp, raadslid Fenna Oudshoorn en "
    "woordvoerder Bas Verhoef blijven staan, omdat zij in hun publieke functie optreden.",
    "<<PAGE>>",
    "Namen, adressen, telefoonnummers en e-mailadressen van inwoners, van leden van de Straatnamencommissie en van "
    "medewerkers van de gemeente en het Regionaal Archief Zutphen zijn gelakt (artikel 5.1, tweede lid, onder e Woo). "
    "Gegevens over de gezondheid van nabestaanden zijn gelakt op grond van artikel 5.1, eerste lid, onder d Woo. "
    "Een burgerservicenummer is gelakt op grond van artikel 5.1, eerste lid, onder e Woo.",
    "## 5. Bezwaar",
    "Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken bij ons college.",
    "",
    "Hoogachtend,",
    "burgemeester en wethouders van Zutphen,",
    "namens dezen,",
    "",
    "mr. S.E. Nijenhuis-Brandsma",
    "jurist Informatiebeheer en Woo",
    "",
    "Afschrift: de heer R.S. Mozes (derde-belanghebbende)",
    "Behandeld door: S.E. Nijenhuis-Brandsma, (0575) 59 34 17, s.nijenhuis@zutphen.nl",
], [R("PERSON", "Tamara Okkerse-Vlieger", "T. Okkerse-Vlieger", "Okkerse-Vlieger"),
    R("ADDRESS", "Looierstraat 7B, 7201 EL Zutphen", "Looierstraat 7B", "7201 EL"),
    R("PERSON", "Sjoukje Nijenhuis-Brandsma", "S.E. Nijenhuis-Brandsma"),
    R("PERSON", "Ruben Mozes", "R.S. Mozes"), R("PHONE", "(0575) 59 34 17"), R("EMAIL", "s.nijenhuis@zutphen.nl")],
    K("PUBLIC", "wethouder Ruud Haverkamp", "raadslid Fenna Oudshoorn", "Bas Verhoef") +
    K("HIST", "Riek Stuivenberg", "Sara Mozes-Kan", "Dirk Boonstoppel") +
    K("ORG", "Gemeente Zutphen", "Postbus 15, 7200 AA Zutphen", "14 0575", "woo@zutphen.nl", "WOO-2026-0388",
      "Z/26/104233", "Weerdslag", "Straatnamencommissie", "Regionaal Archief Zutphen",
      "artikel 5.1, tweede lid, onder e Woo", "artikel 5.1, eerste lid, onder d Woo", "jurist Informatiebeheer en Woo",
      "burgemeester en wethouders van Zutphen", "15 juli 2025"),
    meta={"Producer": "Corsa Document Generator / iText 8.0.2", "Creator": "Corsa", "Title": "Besluit WOO-2026-0388"}))

# ---------------------------------------------------------------- sn31 inventory list
_INV = [("sn01", "Woo-verzoek", "03-02-2026"), ("sn03", "Voordracht Riek Stuivenberg", "14-03-2025"),
        ("sn04", "Voordracht Sara Mozes-Kan", "02-04-2025"), ("sn05", "E-mail voordracht Dirk Boonstoppel", "22-04-2025"),
        ("sn06", "Toestemming familie Stuivenberg", "28-05-2025"), ("sn07", "Toestemming nabestaande Mozes", "11-06-2025"),
        ("sn09", "E-mail Regionaal Archief Zutphen", "06-06-2025"), ("sn10", "Verslag commissie", "15-05-2025"),
        ("sn11", "Verslag commissie", "26-06-2025"), ("sn15", "Advies Straatnamencommissie", "01-07-2025"),
        ("sn16", "Collegeadvies", "08-07-2025"), ("sn18", "Persbericht", "16-07-2025"),
        ("sn21", "Raadsvragen RV-2025-031", "02-07-2025"), ("sn23", "Factuur historisch onderzoek", "30-06-2025"),
        ("sn25", "Bezwaarschrift", "20-08-2025"), ("sn29", "Toespraak burgemeester", "18-09-2025")]
DOCS.append(Doc("sn31_inventarislijst", "rl",
    ["## Bijlage 1 - Inventarislijst WOO-2026-0388",
     "Nr | Document | Datum | Beoordeling | Grond"] +
    [f"{n} | {t} | {dt} | {'openbaar' if n in ('sn21', 'sn29') else 'deels openbaar'} | "
     f"{'-' if n in ('sn21', 'sn29') else ('5.1.2e, 5.1.1d, 5.1.1e' if n == 'sn25' else '5.1.2e')}"
     for n, t, dt in _INV] +
    ["", "Opgesteld door team Juridische Zaken; gecontroleerd door SNB (paraaf) op 16-03-2026."],
    [R("PARAPH", "paraph jurist", "SNB")],
    K("DOC", "Voordracht Riek Stuivenberg", "Voordracht Sara Mozes-Kan", "E-mail voordracht Dirk Boonstoppel",
      "Toestemming familie Stuivenberg", "Toestemming nabestaande Mozes", "E-mail Regionaal Archief Zutphen",
      "Advies Straatnamencommissie", "Raadsvragen RV-2025-031", "Toespraak burgemeester", "WOO-2026-0388",
      "deels openbaar", "5.1.2e, 5.1.1d, 5.1.1e", "team Juridische Zaken", "Factuur historisch onderzoek",
      "Bezwaarschrift", "Collegeadvies", "Persbericht"),
    size=9, cols=[0.6, 3.2, 1.2, 1.4, 1.9], meta={"Producer": "Microsoft® Excel® 2019", "Creator": "Microsoft® Excel® 2019"}))

# ---------------------------------------------------------------- sn32 legal memo (docx, 2 pages)
DOCS.append(Doc("sn32_juridisch_memo", "docx", [
    "## Memo",
    "Aan: Straatnamencommissie, t.a.v. de voorzitter  |  Van: team Juridische Zaken  |  Datum: 10 juni 2025",
    "Onderwerp: persoonsgegevens bij voordrachten en vernoemingen",
    "## Vraag",
    "De commissie vraagt (1) of zij namen van voordragers mag vermelden in het advies aan het college, (2) of "
    "gegevens over nabestaanden in openbare stukken mogen staan en (3) hoe om te gaan met een levende naamgenoot.",
    "## Antwoord",
    "1. Voordragers zijn inwoners. Hun namen, adressen en contactgegevens zijn persoonsgegevens in de zin van de AVG. "
    "Vermelding in het advies is niet nodig voor het doel (naamgeving). Advies: niet vermelden.",
    "2. Overleden personen vallen niet onder de AVG (overweging 27). De namen van Riek Stuivenberg, Sara Mozes-Kan en "
    "de andere naamgevers mogen dus worden genoemd. Nabestaanden leven wel; hun gegevens, en zeker gegevens over hun "
    "gezondheid, zijn persoonsgegevens en bij publicatie onder de Woo te lakken (artikel 5.1, tweede lid, onder e).",
    "3. Bij een levende naamgenoot (bijvoorbeeld een inwoner met dezelfde naam als Hendrik Wolterink) is het risico "
    "dat de straatnaam met hem wordt geassocieerd. Advies: in het onderbord geboorte- en sterfjaar opnemen.",
    "<<PAGE>>",
    "## Woo-verzoeken",
    "Bij een Woo-verzoek worden namen van commissieleden gelakt: de commissie is een adviescommissie van inwoners en "
    "deskundigen, geen bestuursorgaan. Alleen de voorzitter treedt soms in de openbaarheid op; ook dan adviseren wij "
    "terughoudendheid, omdat de voorzitter geen ambtsdrager is. Namen van de burgemeester, wethouders en raadsleden "
    "blijven in hun rol openbaar.",
    "## Bronnen",
    "AVG, overweging 27; Woo, artikel 5.1; ABRvS 20 februari 2019, ECLI:NL:RVS:2019:535 (namen ambtenaren); "
    "Verordening naamgeving en nummering (adressen) Zutphen 2019.",
    "",
    "Behandeld door: mr. drs. Floris-Jan Ambagtsheer, jurist, 0575 59 31 05",
    "Paraaf: FJA",
], [R("PERSON", "Floris-Jan Ambagtsheer", "mr. drs. Floris-Jan Ambagtsheer", "Floris-Jan Ambagtsheer"),
    R("PHONE", "0575 59 31 05"), R("PARAPH", "paraph", "FJA")],
    K("HIST", "Riek Stuivenberg", "Sara Mozes-Kan", "Hendrik Wolterink") +
    K("LAW", "AVG", "overweging 27", "artikel 5.1, tweede lid, onder e", "ECLI:NL:RVS:2019:535", "Woo, artikel 5.1",
      "Verordening naamgeving en nummering (adressen) Zutphen 2019") +
    K("ORG", "Straatnamencommissie", "team Juridische Zaken"),
    meta=dict(WORD, Title="Memo persoonsgegevens straatnamen")))

# ---------------------------------------------------------------- sn33 mail from foundation
DOCS.append(Doc("sn33_mail_stichting_18_september", "rl", [
    "Van: Stichting 18 September <secretariaat@18september.nl>",
    "Verzonden: donderdag 5 juni 2025 20:18",
    "Aan: Straatnamen <straatnamen@zutphen.nl>",
    "CC: Haverkate, Roos <roos.haverkate@18september.nl>; Dijkhuizen, Hans <hdijkhuizen@planet.nl>",
    "Onderwerp: Jacoba van Eck - geen nabestaanden gevonden",
    "",
    "Geachte commissie,",
    "Op verzoek van de heer Dijkhuizen hebben wij gezocht naar nabestaanden van Jacoba van Eck (1915-1944). Zij was "
    "ongehuwd en had één broer, Willem van Eck, die in 1952 naar Canada emigreerde. Via de Canadese Holland "
    "Society vonden wij geen nazaten. De Stichting 18 September, die sinds 1995 de herdenking bij de "
    "Jacoba van Eckbank in het Rijkenhage organiseert, ondersteunt de vernoeming van harte.",
    "De stichting wil bij de onthulling een krans leggen. Onze voorzitter, Roos Haverkate, is dan aanwezig; "
    "haar mobiele nummer is 06-1830 5529.",
    "",
    "Met vriendelijke groet,",
    "namens het bestuur,",
    "R.H. (Roos) Haverkate",
    "Stichting 18 September  |  Postbus 4012, 7200 BA Zutphen  |  KvK 41039876",
    "Giften: NL80 ABNA 0417 2290 33 t.n.v. Stichting 18 September (penningmeester: Jan-Willem Koerselman)",
], [R("PERSON", "Roos Haverkate", "Haverkate, Roos", "Roos Haverkate", "R.H. (Roos) Haverkate"),
    R("EMAIL", "roos.haverkate@18september.nl"), R("PERSON", "Hans Dijkhuizen", "Dijkhuizen, Hans", "heer Dijkhuizen"),
    R("EMAIL", "hdijkhuizen@planet.nl"), R("PHONE", "06-1830 5529"), R("PERSON", "Jan-Willem Koerselman")],
    K("HIST", "Jacoba van Eck", "Willem van Eck", "Jacoba van Eckbank", "1915-1944") +
    K("ORG", "Stichting 18 September", "secretariaat@18september.nl", "straatnamen@zutphen.nl", "Holland Society",
      "Rijkenhage", "Postbus 4012, 7200 BA Zutphen", "KvK 41039876", "Canada", "NL80 ABNA 0417 2290 33"),
    meta=dict(OUTLOOK, Title="Jacoba van Eck - geen nabestaanden gevonden")))

# ---------------------------------------------------------------- sn34 overview of third-party views (zienswijzen)
DOCS.append(Doc("sn34_zienswijzen_overzicht", "rl", [
    "## Overzicht zienswijzen derde-belanghebbenden WOO-2026-0388",
    "Werkdocument team Juridische Zaken, 9 maart 2026 - niet openbaar",
    "Nr | Derde-belanghebbende | E-mail | Reactie",
    "1 | Jolanda Rietveld-Brink | jolanda.rietveld@ziggo.nl | geen bezwaar, adres lakken",
    "2 | Ömer Yıldız | ömer.yildiz@outlook.com | geen bezwaar",
    "3 | Theo Bakkenes | theobakkenes@hetnet.nl | bezwaar tegen vermelding telefoon",
    "4 | Marjan Stuivenberg | marjan.stuivenberg@gmail.com | geen bezwaar tegen stukken",
    "5 | Ruben Mozes | ruben.mozes@xs4all.nl | naam en adres niet openbaar",
    "6 | Gerda Wolterink-Heuvink | gwolterink@kpnplanet.nl | geen reactie",
    "7 | Willem-Jan ter Horst | wj.terhorst@gmail.com | geen bezwaar",
    "",
    "Conclusie: alle gegevens van derde-belanghebbenden worden gelakt op grond van artikel 5.1, tweede lid, onder e "
    "Woo; de namen van de naamgevers (onder wie Riek Stuivenberg en Sara Mozes-Kan) en van de straten blijven "
    "leesbaar. Mevrouw Stuivenberg vroeg expliciet of de naam van haar grootmoeder wel zichtbaar blijft: ja.",
    "Paraaf behandelaar: SNB   Paraaf teamleider: MvO",
], [R("PERSON", "Jolanda Rietveld-Brink"), R("EMAIL", "jolanda.rietveld@ziggo.nl"),
    R("PERSON", "Ömer Yıldız"), R("EMAIL", "ömer.yildiz@outlook.com"),
    R("PERSON", "Theo Bakkenes"), R("EMAIL", "theobakkenes@hetnet.nl"),
    R("PERSON", "Marjan Stuivenberg", "Marjan Stuivenberg", "Mevrouw Stuivenberg"),
    R("EMAIL", "marjan.stuivenberg@gmail.com"), R("PERSON", "Ruben Mozes"), R("EMAIL", "ruben.mozes@xs4all.nl"),
    R("PERSON", "Gerda Wolterink-Heuvink"), R("EMAIL", "gwolterink@kpnplanet.nl"),
    R("PERSON", "Willem-Jan ter Horst"), R("EMAIL", "wj.terhorst@gmail.com"), R("PARAPH", "paraphs", "SNB", "MvO")],
    K("HIST", "Riek Stuivenberg", "Sara Mozes-Kan") +
    K("ORG", "WOO-2026-0388", "team Juridische Zaken", "artikel 5.1, tweede lid, onder e", "geen bezwaar",
      "Derde-belanghebbende", "9 maart 2026"),
    font="DejaVuSerif", size=9, cols=[0.3, 1.7, 2.1, 2.1],
    meta={"Producer": "Microsoft® Word voor Microsoft 365", "Creator": "Microsoft® Word voor Microsoft 365"}))

# ---------------------------------------------------------------- sn35 event script with staff roster (docx)
DOCS.append(Doc("sn35_draaiboek_onthulling", "docx", [
    "## Draaiboek onthulling straatnaamborden Weerdslag - donderdag 18 september 2025",
    "Versie 3, 15 september 2025. Eindverantwoordelijk: Kabinet burgemeester. Noodnummer gemeente: 14 0575.",
    "Tijd | Onderdeel | Wie | Mobiel | Pers.nr.",
    "13.00 | opbouw tent en geluid | Rik Jansen-Oltmans (BOA) | 06 3310 7624 | 40218",
    "13.30 | afzetting Boonstoppelweg | Sevda Kaya (verkeersregelaar) | 06 1755 0938 | 40377",
    "14.30 | ontvangst families | Lisanne Bosgra | 06 1945 0327 | 38812",
    "14.45 | begeleiding burgemeester | Ingrid Pothoven (kabinet) | 06 2188 6503 | 35106",
    "15.15 | welkom | burgemeester Annemarie Vissers-Tamminga | via kabinet | -",
    "15.30 | onthulling borden | Kees Harmsen | 06-5317 2904 | 37045",
    "15.30 | pers | woordvoerder Bas Verhoef | 14 0575 | -",
    "15.30 | foto's | Marco Bouwhuis (Bouwhuis Fotografie) | 06 4127 8810 | extern",
    "16.00 | EHBO | Gert-Jan Wiersma (EHBO Zutphen) | 06 5566 0192 | vrijwilliger",
    "",
    "Bijzonderheden: mevrouw Stuivenberg sr. (rolstoel) plek vooraan links; de heer Mozes wil niet op de foto. "
    "Catering: Lunchroom De Zaadmarkt. Krans Stichting 18 September bij het Jacoba van Eckpad.",
    "Bij regen: uitwijken naar basisschool De Weerdslag, Riek Stuivenbergstraat 2.",
    "Reserve: Thijs Oosterhuis (BOA, 06 3310 9921, pers.nr. 40455) en Femke Altena (kabinet, 06 2188 7714, pers.nr. 36220).",
], [R("PERSON", "Rik Jansen-Oltmans"), R("PHONE", "06 3310 7624"), R("PERSNR", "40218"),
    R("PERSON", "Sevda Kaya"), R("PHONE", "06 1755 0938"), R("PERSNR", "40377"),
    R("PERSON", "Lisanne Bosgra"), R("PHONE", "06 1945 0327"), R("PERSNR", "38812"),
    R("PERSON", "Ingrid Pothoven"), R("PHONE", "06 2188 6503"), R("PERSNR", "35106"),
    R("PERSON", "Kees Harmsen"), R("PHONE", "06-5317 2904"), R("PERSNR", "37045"),
    R("PERSON", "Marco Bouwhuis", "Marco Bouwhuis", "Bouwhuis Fotografie"), R("PHONE", "06 4127 8810"),
    R("PERSON", "Gert-Jan Wiersma"), R("PHONE", "06 5566 0192"),
    R("PERSON", "mevrouw Stuivenberg sr.", "mevrouw Stuivenberg sr."), R("HEALTH", "rolstoel"),
    R("PERSON", "Ruben Mozes", "heer Mozes"), R("PERSON", "Thijs Oosterhuis"), R("PHONE", "06 3310 9921"),
    R("PERSNR", "40455"), R("PERSON", "Femke Altena"), R("PHONE", "06 2188 7714"), R("PERSNR", "36220")],
    K("PUBLIC", "burgemeester Annemarie Vissers-Tamminga", "woordvoerder Bas Verhoef") +
    K("STREET", "Boonstoppelweg", "Jacoba van Eckpad", "Riek Stuivenbergstraat 2") +
    K("ORG", "Kabinet burgemeester", "14 0575", "EHBO Zutphen", "Lunchroom De Zaadmarkt", "Stichting 18 September",
      "basisschool De Weerdslag", "BOA", "Weerdslag"),
    size=9, meta=dict(WORD, Title="Draaiboek onthulling 18-09-2025", Author="Kabinet burgemeester")))
