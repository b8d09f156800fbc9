"""Set BY, part A: gemeenteraadsverkiezingen 18 maart 2026 (Leeuwarden, Amersfoort, Zwolle, Delft)."""
from lib import KW, K, P, R, doc, iban

DOCS = []
A = DOCS.append

# ------------------------------------------------------------------ by01 proces-verbaal stembureau
A(doc("by01_pv_stembureau_leeuwarden", "rl", [
    "# Proces-verbaal van een stembureau (model N 10-1)",
    "Verkiezing van de leden van de gemeenteraad van de gemeente Leeuwarden op woensdag 18 maart 2026.\n"
    "Stembureau nummer 14, Wijkcentrum Het Oost, Leeuwarden (toegankelijk voor kiezers met een lichamelijke beperking).",
    "## 1. Leden van het stembureau",
    "|Functie|Naam|Aanwezig",
    "|Voorzitter|A.J. (Anne Jan) Postma|07.00 - 21.00 uur",
    "|Plaatsvervangend voorzitter|Griet Zijlstra|07.00 - 21.00 uur",
    "|Lid|H. de Jong|07.00 - 16.40 uur",
    "|Lid|Marrit van Dijk-Hiemstra|13.30 - 21.00 uur",
    "|Teller|R. Kuipers|21.00 - 23.40 uur",
    "|Teller|J.W. van der Ploeg|21.00 - 23.40 uur",
    "## 2. Toegelaten kiezers",
    "|Soort|Aantal",
    "|Geldige stempassen|812",
    "|Geldige volmachtbewijzen|34",
    "|Geldige kiezerspassen|3",
    "|Totaal toegelaten kiezers|849",
    "## 3. Bezwaren van kiezers en bijzonderheden",
    "Om 10.15 uur maakte een kiezer, mevrouw S. Bouma-Yntema, bezwaar tegen de weigering van een volmacht die haar "
    "echtgenoot Klaas Bouma op de achterkant van zijn stempas had ingevuld. De voorzitter heeft de kiezer gewezen op "
    "artikel L 14 van de Kieswet; de volmacht was niet door beide kiezers ondertekend.",
    "Om 16.40 uur heeft het lid H. de Jong het stembureau verlaten na een migraineaanval. Mevrouw Van Dijk-Hiemstra "
    "nam zijn plaats in. Het stembureau bleef steeds met ten minste drie leden bezet.",
    "Om 19.05 uur meldde de heer Postma aan het gemeentelijk stembureau dat het rode potlood in stemhokje 2 ontbrak; "
    "de servicedesk Verkiezingen (telefoon 14 058) heeft het binnen twintig minuten vervangen.",
    "PAGEBREAK",
    "## 4. Aantal uitgebrachte stemmen per lijst",
    "|Lijst|Aanduiding|Stemmen",
    "|1|FNP|187",
    "|2|CDA|96",
    "|3|GroenLinks|141",
    "|4|PvdA|122",
    "|5|VVD|88",
    "|6|D66|57",
    "|7|ChristenUnie|44",
    "|8|Partij voor de Dieren|39",
    "|9|100% Leeuwarden|31",
    "|Totaal geldige stemmen||805",
    "Blanco stemmen: 9. Ongeldige stemmen: 6. Meer getelde stembiljetten dan toegelaten kiezers: geen verschil.",
    "## 5. Ondertekening",
    "Dit proces-verbaal is opgemaakt op 18 maart 2026 om 23.40 uur en op 19 maart 2026 om 09.10 uur overgebracht "
    "naar het gemeentelijk stembureau. Voorzitter van het gemeentelijk stembureau en van het centraal stembureau: "
    "burgemeester Buma.",
    "|Naam (in blokletters)|Functie|Handtekening",
    "|ANNE JAN POSTMA|voorzitter|(getekend)",
    "|GRIET ZIJLSTRA|lid|(getekend)",
    "|MARRIT VAN DIJK-HIEMSTRA|lid|(getekend)",
], [
    R("PERSON", "Anne Jan Postma", "A.J. (Anne Jan) Postma", "Postma", "ANNE JAN POSTMA"),
    R("PERSON", "Griet Zijlstra", "Griet Zijlstra", "GRIET ZIJLSTRA"),
    R("PERSON", "H. de Jong", "H. de Jong"),
    R("PERSON", "Marrit van Dijk-Hiemstra", "Marrit van Dijk-Hiemstra", "Van Dijk-Hiemstra", "MARRIT VAN DIJK-HIEMSTRA"),
    R("PERSON", "R. Kuipers", "R. Kuipers"),
    R("PERSON", "J.W. van der Ploeg", "J.W. van der Ploeg"),
    R("PERSON", "S. Bouma-Yntema", "S. Bouma-Yntema"),
    R("PERSON", "Klaas Bouma", "Klaas Bouma"),
    R("HEALTH", "migraineaanval (lid stembureau)", "migraineaanval"),
], [
    K("PLACE", "Leeuwarden"), K("DATE", "18 maart 2026"), K("DATE", "19 maart 2026"),
    K("ORG", "Wijkcentrum Het Oost"), K("TERM", "N 10-1"), K("ROLE", "burgemeester Buma"),
    K("LAW", "Kieswet"), K("TERM", "L 14"), K("ORG", "FNP"), K("ORG", "CDA"), K("ORG", "GroenLinks"),
    K("ORG", "PvdA"), K("ORG", "VVD"), K("ORG", "D66"), K("ORG", "ChristenUnie"),
    K("ORG", "Partij voor de Dieren"), K("ORG", "100% Leeuwarden"), K("NUM", "849"),
    K("NUM", "805"), K("PHONE_GENERAL", "14 058"), K("TERM", "gemeentelijk stembureau"),
    K("TERM", "centraal stembureau"),
], font="Helvetica", title="Proces-verbaal stembureau 14 GR2026", author="Verkiezingen Leeuwarden",
    footer="Model N 10-1  Leeuwarden  SB 14"))

# ------------------------------------------------------------------ by02 proces-verbaal zitting centraal stembureau Zwolle
A(doc("by02_pv_centraal_stembureau_zwolle", "docx", [
    "# Proces-verbaal van de openbare zitting van het centraal stembureau",
    "Gemeente Zwolle, verkiezing van de leden van de gemeenteraad op 18 maart 2026. Zitting op vrijdag 20 maart 2026, "
    "10.00 uur, raadzaal van het Stadhuis, Grote Kerkplein 15, Zwolle.",
    "## Aanwezig",
    "Voorzitter: burgemeester Snijders (Peter Snijders).\n"
    "Leden: mr. W.F. (Wouter) Vrielink, drs. Ingrid Roelofs-Ten Hove, A.H. Keskin, Bart-Jan Meijerink (plaatsvervangend lid).\n"
    "Secretaris: Nienke ter Haar, coördinator Verkiezingen, afdeling Publiekszaken (n.terhaar@zwolle.nl).",
    "## 1. Opening",
    "De voorzitter opent de zitting en stelt vast dat het proces-verbaal van het gemeentelijk stembureau (model Na 31-2) "
    "en de processen-verbaal van de 74 stembureaus tijdig zijn ontvangen.",
    "## 2. Verzoek om hertelling stembureau 31 (Het Dijkhuis)",
    "Namens de lijst Swollwacht verzoekt de heer Dirk-Jan Schuttenbeld, gemachtigde, om hertelling van de stemmen van "
    "stembureau 31, omdat het aantal getelde stembiljetten 17 hoger is dan het aantal toegelaten kiezers en het "
    "proces-verbaal daarvoor geen verklaring geeft. Mevrouw Roelofs-Ten Hove merkt op dat de tellers daar volgens de "
    "voorzitter van dat stembureau, mevrouw Femke Lubbers, de volmachtbewijzen niet hebben meegeteld.",
    "Het centraal stembureau besluit op grond van de Kieswet tot hertelling van stembureau 31. De hertelling vindt plaats op 23 maart 2026 om 09.00 uur in "
    "de Blauwe Zaal van het Stadskantoor, Lübeckplein 2.",
    "## 3. Overige bezwaren",
    "Een kiezer, de heer Gerrit Jan Wolters (Assendorperstraat 88, 8012 DH), heeft per brief van 19 maart 2026 "
    "bezwaar gemaakt tegen de gang van zaken in stembureau 52. Het bezwaar is ter kennisneming aangenomen en bij dit "
    "proces-verbaal gevoegd (bijlage 3).",
    "## 4. Sluiting",
    "De voorzitter sluit de zitting om 11.05 uur.",
    "|Naam|Functie|Paraaf",
    "|P.H.M. Snijders|voorzitter centraal stembureau|PS",
    "|W.F. Vrielink|lid|WFV",
    "|N. ter Haar|secretaris|NtH",
], [
    R("PERSON", "Wouter Vrielink", "W.F. (Wouter) Vrielink", "W.F. Vrielink", "Vrielink", P("WFV")),
    R("PERSON", "Ingrid Roelofs-Ten Hove", "Ingrid Roelofs-Ten Hove", "Roelofs-Ten Hove"),
    R("PERSON", "A.H. Keskin", "A.H. Keskin", "Keskin"),
    R("PERSON", "Bart-Jan Meijerink", "Bart-Jan Meijerink"),
    R("PERSON", "Nienke ter Haar", "Nienke ter Haar", "N. ter Haar", P("NtH"), "n.terhaar@zwolle.nl"),
    R("PERSON", "Dirk-Jan Schuttenbeld", "Dirk-Jan Schuttenbeld"),
    R("PERSON", "Femke Lubbers", "Femke Lubbers"),
    R("PERSON", "Gerrit Jan Wolters", "Gerrit Jan Wolters"),
    R("ADDRESS", "Assendorperstraat 88, 8012 DH", "Assendorperstraat 88", "8012 DH"),
], [
    K("ROLE", "burgemeester Snijders"), K("PERSON_PUBLIC", "Peter Snijders"), K("PERSON_PUBLIC", "P.H.M. Snijders"),
    K("PLACE", "Zwolle"), K("DATE", "18 maart 2026"), K("DATE", "20 maart 2026"), K("DATE", "23 maart 2026"),
    K("ADDRESS_PUBLIC", "Grote Kerkplein 15"), K("ADDRESS_PUBLIC", "Lübeckplein 2"), K("ORG", "Swollwacht"),
    K("ORG", "Het Dijkhuis"), K("TERM", "Na 31-2"), K("LAW", "Kieswet"),
    K("TERM", "stembureau 31"), K("TERM", "stembureau 52"), K("ORG", "Publiekszaken"),
    K("TERM", "centraal stembureau"), K("ROLE", "coördinator Verkiezingen"),
], font="Liberation Serif", title="PV zitting centraal stembureau Zwolle 20-03-2026", author="Nienke ter Haar"))

# ------------------------------------------------------------------ by03 e-mailketen Amersfoort - Kiesraad
A(doc("by03_mail_hertelling_amersfoort_kiesraad", "rl", [
    "# E-mailwisseling hertelling stembureau 27",
    "> Van: Verbeek, Marloes <m.verbeek@amersfoort.nl>",
    "> Verzonden: maandag 23 maart 2026 08:47",
    "> Aan: Kiesraad Helpdesk <verkiezingen@kiesraad.nl>",
    "> CC: Oudshoorn, Tim <t.oudshoorn@amersfoort.nl>; verkiezingen@amersfoort.nl",
    "> Onderwerp: RE: hertelling SB 27 GR2026 - uw kenmerk KR-2026-03118",
    "Geachte heer Kooistra,",
    "Dank voor uw snelle reactie van vrijdag. Het centraal stembureau van Amersfoort heeft op 20 maart besloten stembureau "
    "27 (Bibliotheek Vathorst) te laten hertellen. Kunt u bevestigen dat de hertelling door het gemeentelijk stembureau "
    "mag gebeuren in een andere samenstelling dan bij de eerste telling? Burgemeester Bolsius wil als voorzitter van het "
    "centraal stembureau de uitslag uiterlijk 25 maart vaststellen.",
    "Met vriendelijke groet,\nMarloes Verbeek\nSenior adviseur verkiezingen | Team Burgerzaken\nGemeente Amersfoort\n"
    "T 033 469 53 12 | M 06-19 87 40 22",
    "---",
    "> Van: Kooistra, H.J. <h.j.kooistra@kiesraad.nl>",
    "> Verzonden: vrijdag 20 maart 2026 17:12",
    "> Aan: Verbeek, Marloes <m.verbeek@amersfoort.nl>",
    "> CC: Demir, Aylin <aylin.demir@kiesraad.nl>",
    "> Onderwerp: RE: hertelling SB 27 GR2026",
    "Beste mevrouw Verbeek,",
    "De Kieswet schrijft niet voor dat dezelfde leden de hertelling doen. Wel moet het proces-verbaal van de hertelling "
    "(model Na 14-2) vermelden wie hebben geteld. Mijn collega Aylin Demir stuurt u maandag de handreiking "
    "'Hertellingen bij gemeenteraadsverkiezingen 2026'. Voor spoed kunt u mij bellen op 070 426 73 81 of 06 4120 9355.",
    "Met vriendelijke groet,\nmr. drs. Hendrik Kooistra\nJuridisch adviseur, Bureau van de Kiesraad\n"
    "Postbus 20011, 2500 EA Den Haag | www.kiesraad.nl",
    "---",
    "> Van: Oudshoorn, Tim <t.oudshoorn@amersfoort.nl>",
    "> Verzonden: vrijdag 20 maart 2026 15:30",
    "> Aan: Verbeek, Marloes",
    "> Onderwerp: SB 27",
    "Hoi Marloes, de voorzitter van SB 27, mevrouw Josephine Adjei-Boateng, heeft gebeld. Ze denkt dat 41 stemmen van lijst 3 "
    "bij lijst 13 zijn opgeteld. Haar nummer: +31 6 2718 4460. Wethouder Tigelaar is op de hoogte. Groet, Tim",
], [
    R("PERSON", "Marloes Verbeek", "Marloes Verbeek", "Verbeek, Marloes", "Marloes", "mevrouw Verbeek", "m.verbeek@amersfoort.nl",
      "m.verbeek"),
    R("PHONE", "033 469 53 12", P("033 469 53 12", False)),
    R("PHONE", "06-19 87 40 22", P("06-19 87 40 22", False)),
    R("PERSON", "Tim Oudshoorn", "Oudshoorn, Tim", "t.oudshoorn@amersfoort.nl", P("Tim")),
    R("PERSON", "Hendrik Kooistra", "Hendrik Kooistra", "Kooistra, H.J.", "heer Kooistra", "h.j.kooistra@kiesraad.nl"),
    R("PHONE", "070 426 73 81", P("070 426 73 81", False)),
    R("PHONE", "06 4120 9355", P("06 4120 9355", False)),
    R("PERSON", "Aylin Demir", "Aylin Demir", "Demir, Aylin", "aylin.demir@kiesraad.nl"),
    R("PERSON", "Josephine Adjei-Boateng", "Josephine Adjei-Boateng"),
    R("PHONE", "+31 6 2718 4460", P("+31 6 2718 4460", False)),
], [
    K("ORG", "Kiesraad"), K("EMAIL_FUNCTIONAL", "verkiezingen@kiesraad.nl"),
    K("EMAIL_FUNCTIONAL", "verkiezingen@amersfoort.nl"), K("REF", "KR-2026-03118"), K("PLACE", "Amersfoort"),
    K("ORG", "Bibliotheek Vathorst"), K("ROLE", "Burgemeester Bolsius"), K("ROLE", "Wethouder Tigelaar"),
    K("LAW", "Kieswet"), K("TERM", "Na 14-2"), K("ORG", "Team Burgerzaken"), K("ORG", "Bureau van de Kiesraad"),
    K("ADDRESS_PUBLIC", "Postbus 20011"), K("URL", "www.kiesraad.nl"), K("DATE", "23 maart 2026"),
    K("DATE", "20 maart 2026"), K("TERM", "gemeentelijk stembureau"), K("ROLE", "Juridisch adviseur"),
], font="Times-Roman", mono="Courier", title="RE: hertelling SB 27 GR2026", author="m.verbeek"))

# ------------------------------------------------------------------ by04 interne mail Delft
A(doc("by04_mail_burgerzaken_delft", "rl", [
    "# Intern e-mailbericht, afdeling Burgerzaken",
    "> From: Rik van 't Hoff <rvanthoff@delft.nl>",
    "> Sent: Thursday, March 19, 2026 7:58 AM",
    "> To: Team Verkiezingen <verkiezingen@delft.nl>",
    "> Cc: Sanne Kortekaas-Vermeulen <skortekaas@delft.nl>; Yusuf Bakkali <ybakkali@delft.nl>",
    "> Subject: Tellingen GSB en verzoek Stadsbelang Delft",
    "Goedemorgen allemaal,",
    "Gisteravond om 23.50 uur kwam het laatste proces-verbaal binnen (stembureau 40, Sporthal Buitenhof). Bij de "
    "invoer in OSV2020 gaf het programma bij drie stembureaus een controleprotocol-fout. Sanne en Yusuf pakken dat "
    "vandaag op; ik heb burgemeester Van Bijsterveldt om 09.30 uur bijgepraat.",
    "Daarnaast heeft Stadsbelang Delft per mail gevraagd om inzage in de processen-verbaal. Die liggen vanaf vandaag ter "
    "inzage op het Stadskantoor, Phoenixstraat 16, en staan op www.delft.nl/verkiezingen. Een inzagerecht voor "
    "individuele kiezerslijsten bestaat niet.",
    "Mevrouw Kortekaas-Vermeulen is vrijdag afwezig (ziekenhuisopname van haar dochter); bel bij spoed mij "
    "op 06-27 55 81 93 of Yusuf op 06-44 10 92 67. Het algemene nummer 14 015 blijft voor burgers.",
    "Groet,\nRik\n\nR.A.M. van 't Hoff | teamleider Verkiezingen en Burgerzaken | Gemeente Delft",
    "---",
    "> From: Yusuf Bakkali",
    "> Sent: Thursday, March 19, 2026 8:21 AM",
    "> Subject: RE: Tellingen GSB",
    "Rik, bij SB 17 en SB 22 is het verschil te verklaren (meegenomen stempassen). Bij SB 40 niet: daar "
    "zijn 12 stembiljetten meer geteld. Voorzitter daar was Cor Wijnbergen (tel. 015-2 61 48 30). Zal ik hem bellen? Y.",
], [
    R("PERSON", "Rik van 't Hoff", "Rik van 't Hoff", "rvanthoff@delft.nl", P("Rik"), "R.A.M. van 't Hoff"),
    R("PERSON", "Sanne Kortekaas-Vermeulen", "Sanne Kortekaas-Vermeulen", "skortekaas@delft.nl", "Kortekaas-Vermeulen", P("Sanne")),
    R("PERSON", "Yusuf Bakkali", "Yusuf Bakkali", "ybakkali@delft.nl", P("Yusuf")),
    R("HEALTH", "ziekenhuisopname van haar dochter", P("ziekenhuisopname van haar dochter", False)),
    R("PHONE", "06-27 55 81 93", P("06-27 55 81 93", False)),
    R("PHONE", "06-44 10 92 67", P("06-44 10 92 67", False)),
    R("PERSON", "Cor Wijnbergen", "Cor Wijnbergen"),
    R("PHONE", "015-2 61 48 30", P("015-2 61 48 30", False)),
], [
    K("PLACE", "Delft"), K("EMAIL_FUNCTIONAL", "verkiezingen@delft.nl"), K("ORG", "Stadsbelang Delft"),
    K("ORG", "Sporthal Buitenhof"), K("PRODUCT", "OSV2020"), K("ROLE", "burgemeester Van Bijsterveldt"),
    K("ADDRESS_PUBLIC", "Phoenixstraat 16"), K("URL", "www.delft.nl/verkiezingen"), K("PHONE_GENERAL", "14 015"),
    K("TERM", "SB 17"), K("TERM", "SB 22"), K("TERM", "SB 40"), K("ROLE", "teamleider Verkiezingen en Burgerzaken"),
    K("ORG", "Team Verkiezingen"),
], font="LiberationSans", mono="LiberationMono", title="Tellingen GSB", author="Rik van 't Hoff"))

# ------------------------------------------------------------------ by05 klachtbrief kiezer (docx)
A(doc("by05_klacht_kiezer_leeuwarden", "docx", [
    "Tjalling R. Hoogland\nKleine Hoogstraat 7-II\n8911 HT LEEUWARDEN\ntel. 058-2 13 66 04\ne-mail: tjalling.hoogland@ziggo.nl",
    "Aan het college van burgemeester en wethouders van Leeuwarden\nt.a.v. de afdeling Burgerzaken, team Verkiezingen\n"
    "Postbus 21000\n8900 JA Leeuwarden",
    "Leeuwarden, 21 maart 2026",
    "Betreft: klacht over mijn ontvangst in stembureau 14 (Wijkcentrum Het Oost)",
    "Geachte heer, mevrouw,",
    "Op 18 maart 2026 heb ik rond 10.15 uur willen stemmen in het stembureau in Wijkcentrum Het Oost. Ik ben geboren op "
    "2 november 1941 en slechtziend (maculadegeneratie). Ik vroeg om de stemmal voor blinden en slechtzienden, maar de "
    "voorzitter van het stembureau, een lange heer met een bril, wist niet waar die lag. Pas na een kwartier vond een "
    "jongere vrouw, ik meen dat zij Marrit heette, de mal in een doos onder de tafel.",
    "Ook werd mijn buurvrouw, mevrouw Sietske Bouma-Yntema, kortaf behandeld toen zij met een volmacht van haar man "
    "kwam. Ik verzoek u om de stembureauleden hierop aan te spreken en om mij te laten weten welke maatregelen u neemt "
    "voor de Provinciale Statenverkiezingen van maart 2027.",
    "Mijn stempasnummer was 0458-117-22; mijn BSN is 172839406, voor het geval u mij in de kiezerslijst wilt opzoeken.",
    "Hoogachtend,\n\nT.R. Hoogland",
    "Bijlage: kopie van mijn stempas",
], [
    R("PERSON", "Tjalling R. Hoogland", "Tjalling R. Hoogland", "T.R. Hoogland", "Hoogland"),
    R("ADDRESS", "Kleine Hoogstraat 7-II, 8911 HT Leeuwarden", "Kleine Hoogstraat 7-II", "8911 HT"),
    R("PHONE", "058-2 13 66 04", P("058-2 13 66 04", False)),
    R("EMAIL", "tjalling.hoogland@ziggo.nl"),
    R("DOB", "2 november 1941"),
    R("HEALTH", "maculadegeneratie"),
    R("PERSON", "Marrit (stembureaulid)", "Marrit"),
    R("PERSON", "Sietske Bouma-Yntema", "Sietske Bouma-Yntema"),
    R("ID", "stempasnummer 0458-117-22", "0458-117-22"),
    R("BSN", "172839406"),
], [
    K("PLACE", "Leeuwarden"), K("ORG", "Wijkcentrum Het Oost"), K("DATE", "18 maart 2026"), K("DATE", "21 maart 2026"),
    K("ADDRESS_PUBLIC", "Postbus 21000"), K("ADDRESS_PUBLIC", "8900 JA"), K("ORG", "Burgerzaken"),
    K("TERM", "stembureau 14"), K("TERM", "Provinciale Statenverkiezingen"),
    K("ORG", "college van burgemeester en wethouders"),
], font="Liberation Serif", size=11, title="klacht stembureau", author="Tjalling Hoogland"))

# ------------------------------------------------------------------ by06 antwoordbrief op klacht
A(doc("by06_antwoord_klacht_leeuwarden", "rl", [
    "Gemeente Leeuwarden | Burgerzaken, team Verkiezingen | Postbus 21000, 8900 JA Leeuwarden | 14 058",
    "---",
    "De heer T.R. Hoogland\nKleine Hoogstraat 7-II\n8911 HT  LEEUWARDEN",
    "|Datum|Ons kenmerk|Behandeld door|Doorkiesnummer",
    "|2 april 2026|Z-2026-118734|W. de Boer|058 233 48 21",
    "Onderwerp: uw klacht over stembureau 14",
    "Geachte heer Hoogland,",
    "Op 21 maart 2026 ontvingen wij uw brief over uw bezoek aan stembureau 14 in Wijkcentrum Het Oost op "
    "18 maart 2026. Wij hebben uw klacht behandeld volgens hoofdstuk 9 van de Algemene wet bestuursrecht.",
    "Wij hebben gesproken met de voorzitter van het stembureau, de heer Postma, en met de leden. De stemmal lag "
    "inderdaad niet op de afgesproken plek. Dat had niet mogen gebeuren. Vanaf de Provinciale Staten- en "
    "waterschapsverkiezingen van 17 maart 2027 ligt in ieder stembureau een stemmal in het stemhokje zelf, en besteden "
    "wij er in de training van de stembureauleden aandacht aan. Uw klacht is daarmee gegrond.",
    "Over de volmacht van uw buurvrouw, mevrouw Bouma-Yntema: de Kieswet vereist dat de volmachtgever en de gemachtigde "
    "beiden tekenen. Het stembureau heeft de volmacht terecht geweigerd, al had dat vriendelijker gekund.",
    "Wij vragen u uw BSN niet meer per brief mee te sturen; wij hebben het niet nodig om uw klacht te behandelen.",
    "Bent u het niet eens met deze afhandeling, dan kunt u zich wenden tot de Nationale ombudsman.",
    "Met vriendelijke groet,\nnamens het college van burgemeester en wethouders van Leeuwarden,\n\n\n"
    "Wytske de Boer\nteamleider Verkiezingen",
    "Kopie: ter kennisname aan de portefeuillehouder, wethouder Venema, en aan de heer H. Bergsma, coördinator stembureaus.",
], [
    R("PERSON", "T.R. Hoogland", "T.R. Hoogland", "heer Hoogland"),
    R("ADDRESS", "Kleine Hoogstraat 7-II, 8911 HT", "Kleine Hoogstraat 7-II", "8911 HT"),
    R("PERSON", "Wytske de Boer", "Wytske de Boer", "W. de Boer"),
    R("PHONE", "058 233 48 21", P("058 233 48 21", False)),
    R("PERSON", "Postma (voorzitter SB 14)", "heer Postma"),
    R("PERSON", "Bouma-Yntema", "Bouma-Yntema"),
    R("PERSON", "H. Bergsma", "H. Bergsma"),
], [
    K("PLACE", "Leeuwarden"), K("REF", "Z-2026-118734"), K("DATE", "2 april 2026"), K("DATE", "21 maart 2026"),
    K("ORG", "Wijkcentrum Het Oost"), K("LAW", "Algemene wet bestuursrecht"), K("LAW", "Kieswet"),
    K("ORG", "Nationale ombudsman"), K("ROLE", "wethouder Venema"), K("PHONE_GENERAL", "14 058"),
    K("DATE", "17 maart 2027"), K("ADDRESS_PUBLIC", "Postbus 21000"), K("ROLE", "teamleider Verkiezingen"),
], font="DejaVuSans", size=9.5, title="Antwoord klacht stembureau 14", author="W. de Boer"))

# ------------------------------------------------------------------ by07 lijst vrijwilligers (docx, tabel)
VOL = [
    # naam, stembureau, functie, telefoon, e-mail, extra probes
    ("Anne Jan Postma", "14 Wijkcentrum Het Oost", "voorzitter", "06-52 18 37 90", "aj.postma@gmail.com", ["Postma"]),
    ("Griet Zijlstra", "14 Wijkcentrum Het Oost", "plv. voorzitter", "06 1733 2045", "grietzijlstra@hotmail.com", []),
    ("Hessel de Jong", "14 Wijkcentrum Het Oost", "lid", "+31 6 4490 1176", "h.dejong58@kpnmail.nl", []),
    ("Marrit van Dijk-Hiemstra", "14 Wijkcentrum Het Oost", "lid", "0612093384", "marritvdh@gmail.com", []),
    ("Sjoerd Hoekstra", "15 Oranjekerk", "voorzitter", "06-21 44 90 58", "sjoerd.hoekstra@planet.nl", []),
    ("Wytske de Vries", "15 Oranjekerk", "lid", "06 3819 7702", "wytskedevries@outlook.com", []),
    ("Jildou Feenstra", "15 Oranjekerk", "lid", "06-48 02 61 17", "jildou.f@nhlstenden.com", []),
    ("FOLKERT VAN DER MEULEN", "16 Stadhuis (Hofplein)", "voorzitter", "058-2 88 14 20", "f.vandermeulen@home.nl", []),
    ("Tsjerk Bottema", "16 Stadhuis (Hofplein)", "lid", "06 2855 4093", "tsjerk@bottema.frl", []),
    ("Aukje Kingma-Rienstra", "16 Stadhuis (Hofplein)", "lid", "+31 (0)6 1202 3349", "akingma@ziggo.nl", []),
    ("Bauke Wijnia", "17 Sporthal Kalverdijkje", "voorzitter", "06-55 71 03 82", "bwijnia@gmail.com", []),
    ("Rients Kuipers", "17 Sporthal Kalverdijkje", "teller", "06 2098 1464", "rients.kuipers@xs4all.nl", []),
    ("Oane Sikkema", "17 Sporthal Kalverdijkje", "teller", "06-31 47 85 09", "oanesikkema@gmail.com", []),
    ("Marieke ter Horst", "18 Bibliotheek DBieb", "lid", "06 1479 3326", "marieketerhorst@live.nl", []),
    ("Yvonne Dijkstra-el Amrani", "18 Bibliotheek DBieb", "lid", "06-40 11 28 73", "yvonne.elamrani@gmail.com", []),
    ("Pieter de Haan", "reserve", "lid/teller", "06 5230 6618", "pdehaan1971@hetnet.nl", []),
]
_rows = ["|Naam|Stembureau|Functie|Telefoon|E-mail"] + [f"|{n}|{sb}|{fu}|{t}|{e}" for n, sb, fu, t, e, _ in VOL]
_red = []
for n, sb, fu, t, e, extra in VOL:
    _red.append(R("PERSON", n, n, *extra))
    _red.append(R("PHONE", t, P(t, False)))
    _red.append(R("EMAIL", e))
A(doc("by07_vrijwilligerslijst_leeuwarden", "docx", [
    "# Stembureauleden en tellers gemeenteraadsverkiezing 18 maart 2026",
    "Gemeente Leeuwarden, afdeling Burgerzaken, team Verkiezingen. Versie 6, 9 maart 2026. Vertrouwelijk: alleen voor "
    "intern gebruik en voor de voorzitters van de stembureaus. Bij afmelding op de verkiezingsdag belt de voorzitter "
    "de servicedesk Verkiezingen (14 058, keuze 4) en niet de vrijwilliger zelf.",
    "Alle leden hebben de e-learning van de Kiesraad en de klassikale training in het Stadhuis gevolgd, behalve de "
    "reserves. Vergoeding: voorzitter EUR 225, lid EUR 175, teller EUR 75 (Regeling vergoedingen stembureauleden).",
    *_rows,
    "---",
    "Wijzigingen sinds versie 5: mevrouw Dijkstra-el Amrani vervangt de heer Klaas Bouma, die in verband met zijn "
    "herstel na een heupoperatie heeft afgezegd. Pieter de Haan staat op de reservelijst en is per app bereikbaar.",
    "Contact team Verkiezingen: verkiezingen@leeuwarden.nl.",
], _red + [
    R("PERSON", "Dijkstra-el Amrani", "Dijkstra-el Amrani"),
    R("PERSON", "Klaas Bouma", "Klaas Bouma"),
    R("HEALTH", "herstel na een heupoperatie", "heupoperatie"),
    R("PERSON", "Wytske de Boer (docx author)", P("Wytske de Boer", ch="metadata")),
], [
    K("PLACE", "Leeuwarden"), K("DATE", "18 maart 2026"), K("DATE", "9 maart 2026"), K("PHONE_GENERAL", "14 058"),
    K("ORG", "Kiesraad"), K("ORG", "Wijkcentrum Het Oost"), K("ORG", "Oranjekerk"), K("ORG", "Sporthal Kalverdijkje"),
    K("ORG", "Bibliotheek DBieb"), K("PLACE", "Hofplein"), K("EMAIL_FUNCTIONAL", "verkiezingen@leeuwarden.nl"),
    K("LAW", "Regeling vergoedingen stembureauleden"), K("AMOUNT", "EUR 225"), K("AMOUNT", "EUR 175"),
], font="Liberation Sans", size=10, landscape=True, title="Stembureauleden GR2026 v6", author="Wytske de Boer",
    last_modified_by="Sjoerd Hoekstra"))
# note: Wytske de Boer / Sjoerd Hoekstra (civil servants) are the docx author and last editor; the Info
# dictionary of LibreOffice's PDF carries /Author only.

# ------------------------------------------------------------------ by08 WhatsApp-export
A(doc("by08_whatsapp_stembureau14", "rl", [
    "# WhatsApp-chat met SB 14 Het Oost (export, 18 maart 2026)",
    "Bijlage 4 bij Woo-verzoek Z-2026-120455. Geëxporteerd door de voorzitter op 19-03-2026.",
    "> 18-03-2026 06:41 - Anne Jan: Goeiemoarn allegear! Sleutel opgehaald, ik ben om 7 uur binnen",
    "> 18-03-2026 06:44 - Griet: Top. Ik neem koffie mee. Marrit komt pas om half 2 toch?",
    "> 18-03-2026 06:45 - Anne Jan: Klopt, zij neemt het over van Hessel",
    "> 18-03-2026 06:52 - Hessel: Ik ben er om 7 uur. Heb slecht geslapen, hoop dat het gaat",
    "> 18-03-2026 07:31 - Griet: Er staat al een rij van 12 mensen!",
    "> 18-03-2026 09:02 - +31 6 38 21 70 44: Hoi allemaal, met Jildou (reserve). Laat maar weten als iemand uitvalt",
    "> 18-03-2026 09:05 - Anne Jan: Dank je Jildou, ik zet je nummer in de lijst",
    "> 18-03-2026 10:21 - Griet: Meneer met de stemmal klaagt, Anne Jan kun jij even komen? Die mal lag in de doos onder "
    "de tafel",
    "> 18-03-2026 10:40 - Anne Jan: Opgelost. Hij gaat een klacht indienen zegt hij. Ik meld het bij Wytske van de gemeente",
    "> 18-03-2026 11:03 - Griet: Burgemeester Buma is net langs geweest, heel aardig. Foto voor Leeuwarder Courant gemaakt",
    "PAGEBREAK",
    "> 18-03-2026 13:12 - Marrit: Ik ben er over 20 min. Neem tompoucen mee",
    "> 18-03-2026 16:38 - Hessel: Sorry jongens, migraine, ik moet echt naar huis",
    "> 18-03-2026 16:39 - Anne Jan: Beterschap Hessel! Marrit blijft tot het eind. Ik bel de servicedesk",
    "> 18-03-2026 16:55 - Anne Jan: Servicedesk (14 058) zegt: met drie leden is ok, niet nodig om Jildou te laten komen",
    "> 18-03-2026 19:07 - Marrit: Rode potlood in hokje 2 is weg!!",
    "> 18-03-2026 19:30 - Anne Jan: Nieuw potlood is er. Iemand van de gemeente bracht hem, Jelle geloof ik",
    "> 18-03-2026 21:02 - Anne Jan: Deuren dicht. Tellers Ruben en Jan Willem zijn er",
    "> 18-03-2026 23:41 - Anne Jan: Klaar! 849 kiezers, 805 geldige stemmen. FNP grootste bij ons. Dank allemaal",
    "> 18-03-2026 23:44 - Griet: Top gedaan. Tot de Statenverkiezingen in 2027",
    "> 19-03-2026 08:12 - Ruben: Mijn adres voor de vergoeding is veranderd: Tesselschadestraat 41, zal ik dat naar "
    "de gemeente mailen?",
], [
    R("PERSON", "Anne Jan Postma", "Anne Jan"),
    R("PERSON", "Griet Zijlstra", "Griet"),
    R("PERSON", "Marrit van Dijk-Hiemstra", "Marrit"),
    R("PERSON", "Hessel de Jong", "Hessel"),
    R("PERSON", "Jildou Feenstra", "Jildou"),
    R("PHONE", "+31 6 38 21 70 44", P("+31 6 38 21 70 44", False)),
    R("PERSON", "Wytske de Boer", "Wytske"),
    R("PERSON", "Jelle van der Wal", "Jelle"),
    R("PERSON", "Ruben Kuipers", "Ruben"),
    R("PERSON", "Jan Willem van der Ploeg", "Jan Willem"),
    R("HEALTH", "migraine", "migraine"),
    R("ADDRESS", "Tesselschadestraat 41", "Tesselschadestraat 41"),
], [
    K("REF", "Z-2026-120455"), K("ROLE", "Burgemeester Buma"), K("ORG", "Leeuwarder Courant"),
    K("PHONE_GENERAL", "14 058"), K("NUM", "849"), K("NUM", "805"), K("ORG", "FNP"), K("TERM", "SB 14"),
    K("DATE", "18 maart 2026"),
], font="DejaVuSans", mono="DejaVuSansMono", size=10, title="WhatsApp Chat met SB 14 Het Oost",
    author="Anne Jan Postma"))

# ------------------------------------------------------------------ by09 Woo-besluit Amersfoort
A(doc("by09_woo_besluit_amersfoort", "rl", [
    "Gemeente Amersfoort | Postbus 4000 | 3800 EA Amersfoort | woo@amersfoort.nl",
    "---",
    "Mevrouw E.J. Zandbergen\nBergstraat 112\n3811 NK  AMERSFOORT",
    "Datum: 28 april 2026\nKenmerk: WOO-2026-041\nOnderwerp: besluit op uw Woo-verzoek over de hertelling van stembureau 27",
    "Geachte mevrouw Zandbergen,",
    "Op 26 maart 2026 hebben wij uw verzoek ontvangen op grond van de Wet open overheid (Woo). U vraagt om alle "
    "documenten over de hertelling van stembureau 27 (Bibliotheek Vathorst) bij de gemeenteraadsverkiezing van "
    "18 maart 2026. Wij hebben de ontvangst op 27 maart 2026 bevestigd en de beslistermijn op 22 april 2026 met vier "
    "weken verdaagd.",
    "## Besluit",
    "Wij maken de documenten 1 tot en met 9 van de inventarislijst deels openbaar. Document 10 is al openbaar (het "
    "proces-verbaal van de hertelling staat op www.amersfoort.nl/verkiezingen) en wordt niet opnieuw verstrekt.",
    "## Overwegingen",
    "De documenten bevatten namen, e-mailadressen en telefoonnummers van medewerkers van de gemeente en van het Bureau "
    "van de Kiesraad, en van stembureauleden. Die gegevens maken wij niet openbaar op grond van artikel 5.1, tweede lid, "
    "aanhef en onder e, van de Woo (5.1.2e): het belang van de eerbiediging van de persoonlijke levenssfeer weegt "
    "zwaarder dan het belang van openbaarheid. De namen van burgemeester Bolsius en van wethouder Tigelaar maken wij wel "
    "openbaar, omdat zij in hun functie optreden.",
    "In document 7 staat het burgerservicenummer van een stembureaulid. Dat maken wij niet openbaar op grond van artikel "
    "5.1, eerste lid, aanhef en onder e, van de Woo (5.1.1e). In document 4 staat een passage over de gezondheid van een "
    "medewerker; die valt onder artikel 5.1, eerste lid, aanhef en onder d (5.1.1d).",
    "PAGEBREAK",
    "## Inventarislijst",
    "|Nr.|Datum|Document|Beoordeling|Grond",
    "|1|20-03-2026|E-mail Burgerzaken aan Bureau Kiesraad|deels openbaar|5.1.2e",
    "|2|20-03-2026|E-mail Bureau Kiesraad aan Burgerzaken|deels openbaar|5.1.2e",
    "|3|20-03-2026|Besluit centraal stembureau tot hertelling|deels openbaar|5.1.2e",
    "|4|21-03-2026|Interne e-mail planning hertelling|deels openbaar|5.1.2e, 5.1.1d",
    "|5|23-03-2026|E-mail Burgerzaken aan Bureau Kiesraad|deels openbaar|5.1.2e",
    "|6|23-03-2026|Rooster tellers hertelling|deels openbaar|5.1.2e",
    "|7|23-03-2026|Declaratieformulier stembureaulid|deels openbaar|5.1.2e, 5.1.1e",
    "|8|24-03-2026|WhatsApp-berichten voorzitter SB 27|deels openbaar|5.1.2e",
    "|9|24-03-2026|Notitie aan burgemeester Bolsius|deels openbaar|5.1.2e",
    "|10|25-03-2026|Proces-verbaal hertelling (model Na 14-2)|reeds openbaar|-",
    "## Bezwaar",
    "Bent u het niet eens met dit besluit, dan kunt u binnen zes weken na de dag van verzending bezwaar maken bij het "
    "college van burgemeester en wethouders van Amersfoort.",
    "Met vriendelijke groet,\nnamens het college van burgemeester en wethouders van Amersfoort,\n\n"
    "M.A. Brinkhuis\nteamleider Juridische Zaken en Informatie",
    "Behandeld door: Laura Wisselink, Woo-coördinator, telefoon 033 469 58 70, l.wisselink@amersfoort.nl",
], [
    R("PERSON", "E.J. Zandbergen", "E.J. Zandbergen", "mevrouw Zandbergen"),
    R("ADDRESS", "Bergstraat 112, 3811 NK Amersfoort", "Bergstraat 112", "3811 NK"),
    R("PERSON", "M.A. Brinkhuis", "M.A. Brinkhuis"),
    R("PERSON", "Laura Wisselink", "Laura Wisselink", "l.wisselink@amersfoort.nl"),
    R("PHONE", "033 469 58 70", P("033 469 58 70", False)),
], [
    K("PLACE", "Amersfoort"), K("ADDRESS_PUBLIC", "Postbus 4000"), K("EMAIL_FUNCTIONAL", "woo@amersfoort.nl"),
    K("REF", "WOO-2026-041"), K("DATE", "28 april 2026"), K("DATE", "26 maart 2026"), K("DATE", "18 maart 2026"),
    K("LAW", "Wet open overheid"), K("ORG", "Bibliotheek Vathorst"), K("URL", "www.amersfoort.nl/verkiezingen"),
    K("ROLE", "burgemeester Bolsius"), K("ROLE", "wethouder Tigelaar"), K("GROUND", "5.1.2e"), K("GROUND", "5.1.1e"),
    K("GROUND", "5.1.1d"), K("TERM", "deels openbaar"), K("TERM", "reeds openbaar"), K("TERM", "Na 14-2"),
    K("ORG", "Bureau van de Kiesraad", "Bureau Kiesraad"), K("TERM", "stembureau 27"), K("DATE", "20-03-2026"),
    K("DATE", "23-03-2026"), K("ROLE", "Woo-coördinator"),
], font="LiberationSerif", size=10, title="Besluit Woo-verzoek WOO-2026-041", author="Laura Wisselink",
    footer="WOO-2026-041"))

# ------------------------------------------------------------------ by10 inventarislijst (productierapport) Leeuwarden
_inv = [
    ("LWD-0001", "", "", "Proces-verbaal SB 14.pdf", "pdf", "18-03-2026", "Deels openbaar", "5.1.2e", "Namen stembureauleden", ""),
    ("LWD-0002", "LWD-0002", "T-01", "RE stemmal SB 14.msg", "msg", "18-03-2026", "Deels openbaar", "5.1.2e", "", ""),
    ("LWD-0003", "LWD-0002", "T-01", "Foto stemhokje.jpg", "jpg", "18-03-2026", "Openbaar", "", "", ""),
    ("LWD-0004", "", "T-02", "Klacht kiezer.pdf", "pdf", "21-03-2026", "Deels openbaar", "5.1.2e, 5.1.1d, 5.1.1e", "Gezondheid, BSN", ""),
    ("LWD-0005", "", "T-02", "Antwoord klacht.pdf", "pdf", "02-04-2026", "Deels openbaar", "5.1.2e", "", ""),
    ("LWD-0006", "", "", "Stembureauleden v6.xlsx", "xlsx", "09-03-2026", "Deels openbaar", "5.1.2e, 5.1.1d", "", ""),
    ("LWD-0007", "", "", "WhatsApp SB 14.txt", "txt", "19-03-2026", "Deels openbaar", "5.1.2e, 5.1.1d", "", ""),
    ("LWD-0008", "", "", "Uitslag GR2026.pdf", "pdf", "23-03-2026", "Reeds openbaar", "", "", "LWD-0001"),
    ("LWD-0009", "", "T-03", "Overleg draaiboek PS-WS 2027.docx", "docx", "14-04-2026", "Niet openbaar", "5.2.1", "Persoonlijke beleidsopvattingen", ""),
    ("LWD-0010", "", "T-03", "Kopie LWD-0009.docx", "docx", "14-04-2026", "Niet openbaar", "5.2.1", "Duplicaat", "LWD-0009"),
]
A(doc("by10_inventarislijst_leeuwarden", "rl", [
    "# Inventarislijst Woo-verzoek Z-2026-120455 (productierapport)",
    "Verzoeker: de heer Douwe Sybesma, journalist (Omrop Fryslân); verzoek ontvangen 27 maart 2026. "
    "Behandelaar: J. van der Wal (j.vanderwal@leeuwarden.nl), team Verkiezingen.",
    "|ID|Family ID|Thread ID|Document|Type|Datum|Beoordeling|Grond|Toelichting|Gerelateerd ID",
    *[("|" + "|".join(r)) for r in _inv],
    "Afkortingen: 5.1.2e eerbiediging van de persoonlijke levenssfeer; 5.1.1d bijzondere persoonsgegevens; 5.1.1e "
    "identificatienummers; 5.2.1 persoonlijke beleidsopvattingen in documenten voor intern beraad.",
    "Zaaknummer: Z-2026-120455. Besluit verzonden op 12 mei 2026 aan verzoeker; afschrift aan Jelle van der Wal en aan "
    "de afdeling Juridische Zaken (mr. Froukje Bergsma-Tuinstra).",
], [
    R("PERSON", "Douwe Sybesma", "Douwe Sybesma"),
    R("PERSON", "Jelle van der Wal", "J. van der Wal", "Jelle van der Wal", "j.vanderwal@leeuwarden.nl"),
    R("PERSON", "Froukje Bergsma-Tuinstra", "Froukje Bergsma-Tuinstra"),
], [
    K("REF", "Z-2026-120455"), K("ORG", "Omrop Fryslân"), K("DATE", "27 maart 2026"), K("DATE", "12 mei 2026"),
    *[K("REF", r[0]) for r in _inv], K("GROUND", "5.1.2e"), K("GROUND", "5.1.1d"), K("GROUND", "5.1.1e"),
    K("GROUND", "5.2.1"), K("TERM", "Deels openbaar"), K("TERM", "Niet openbaar"), K("TERM", "Reeds openbaar"),
    K("FILE", "Proces-verbaal SB 14.pdf"), K("FILE", "WhatsApp SB 14.txt"), K("FILE", "Uitslag GR2026.pdf"),
    K("ORG", "team Verkiezingen"), K("ORG", "Juridische Zaken"),
], font="Helvetica", size=9, landscape=True, title="Inventarislijst Z-2026-120455",
    author="J. van der Wal", colw=[.09, .09, .07, .2, .05, .09, .1, .1, .13, .08]))

# ------------------------------------------------------------------ by11 verzoek hertelling gemachtigde (Súdwest-Fryslân)
A(doc("by11_verzoek_hertelling_sudwest_fryslan", "docx", [
    "Aan het centraal stembureau voor de verkiezing van de leden van de gemeenteraad van Súdwest-Fryslân\n"
    "t.a.v. de voorzitter, burgemeester De Vries\nMarktstraat 15, 8601 CR Sneek",
    "Sneek, 19 maart 2026",
    "Onderwerp: verzoek om hertelling stembureaus 8 (Bolsward, Broerekerk) en 23 (Workum, Sporthal De Rolpeal)",
    "Geachte voorzitter,",
    "Als gemachtigde van de lijst Sudwest Belang (lijst 6) verzoek ik het centraal stembureau om de stemmen van de "
    "stembureaus 8 en 23 opnieuw te laten tellen. In het proces-verbaal van stembureau 8 is het aantal blanco stemmen "
    "(61) opvallend hoog; in stembureau 23 zijn volgens onze waarnemer, de heer Ate Ypma, twee stapels stembiljetten "
    "van lijst 6 bij lijst 5 gelegd.",
    "Ik merk op dat ik niet verwant ben aan de voorzitter van het centraal stembureau, ondanks de gelijke achternaam.",
    "Ik ben bereikbaar op 06-18 29 57 40 en via wytse.de.vries@sudwestbelang.frl. Mijn adres is "
    "It Heechhout 3, 8711 GM WORKUM.",
    "Met vriendelijke groet,\n\nWytse de Vries\ngemachtigde lijst 6",
    "---",
    "Ontvangen door het centraal stembureau op 19 maart 2026 om 16.05 uur, paraaf secretaris: AtV (A. ten Velde).",
    "Besluit centraal stembureau 20 maart 2026: het verzoek wordt toegewezen voor stembureau 23 en afgewezen voor "
    "stembureau 8 (een hoog aantal blanco stemmen is geen aanwijzing voor een telfout). Voorzitter: Jannewietske de Vries.",
], [
    R("PERSON", "Wytse de Vries", "Wytse de Vries", "wytse.de.vries@sudwestbelang.frl", "Wytse"),
    R("PHONE", "06-18 29 57 40", P("06-18 29 57 40", False)),
    R("ADDRESS", "It Heechhout 3, 8711 GM Workum", "It Heechhout 3", "8711 GM"),
    R("PERSON", "Ate Ypma", "Ate Ypma"),
    R("PERSON", "A. ten Velde", "A. ten Velde", P("AtV")),
], [
    K("ROLE", "burgemeester De Vries"), K("PERSON_PUBLIC", "Jannewietske de Vries"), K("PLACE", "Súdwest-Fryslân"),
    K("PLACE", "Sneek"), K("PLACE", "Bolsward"), K("PLACE", "Workum"), K("ORG", "Broerekerk"),
    K("ORG", "Sporthal De Rolpeal"), K("ORG", "Sudwest Belang"), K("ADDRESS_PUBLIC", "Marktstraat 15"),
    K("DATE", "19 maart 2026"), K("DATE", "20 maart 2026"), K("TERM", "centraal stembureau"),
], font="DejaVu Sans", size=10, title="Verzoek hertelling", author="Wytse"))

# ------------------------------------------------------------------ by12 bereikbaarheidslijst verkiezingsavond Delft
A(doc("by12_bereikbaarheid_gsb_delft", "rl", [
    "# Bereikbaarheidslijst gemeentelijk stembureau, 18 en 19 maart 2026",
    "Gemeente Delft, Stadskantoor, Phoenixstraat 16. Locatie telling: de raadzaal "
    "van het Stadskantoor. Algemeen nummer gemeente: 14 015. Crisisnummer Veiligheidsregio "
    "Haaglanden: zie draaiboek.",
    "|Rol|Naam|Mobiel|E-mail",
    "|Voorzitter GSB|burgemeester Van Bijsterveldt|via bodedienst|-",
    "|Plv. voorzitter GSB|mr. drs. C.E. (Carla) Hagenaars|06-21 39 84 76|c.hagenaars@delft.nl",
    "|Coördinator telling|Rik van 't Hoff|06-27 55 81 93|rvanthoff@delft.nl",
    "|Invoer OSV2020|Yusuf Bakkali|06-44 10 92 67|ybakkali@delft.nl",
    "|Invoer OSV2020 (2e invoer)|Dewi Soerjadi|06 1384 7265|d.soerjadi@delft.nl",
    "|Logistiek en ophaaldienst|Koen Ravensbergen|06-50 02 19 38|k.ravensbergen@delft.nl",
    "|ICT-storingen|Servicedesk ICT|015 260 28 28|servicedesk@delft.nl",
    "|Communicatie|communicatieadviseur Lotte Brandsma|06 2907 6611|persvoorlichting@delft.nl",
    "|Kiesraad (helpdesk)|-|070 426 72 66|verkiezingen@kiesraad.nl",
    "Ophaalroute processen-verbaal: chauffeurs Hans Overgaauw (06-38 44 01 29) en Mehmet Yilmaz (06-19 22 83 57) halen "
    "vanaf 22.30 uur de processen-verbaal op bij de stembureaus 1-24 (route Noord) en 25-48 (route Zuid).",
    "Bij afwezigheid van de plaatsvervangend voorzitter neemt wethouder Vollebregt de vergadering niet over: de "
    "burgemeester wijst een ander lid aan.",
], [
    R("PERSON", "Carla Hagenaars", "C.E. (Carla) Hagenaars", "c.hagenaars@delft.nl"),
    R("PHONE", "06-21 39 84 76", P("06-21 39 84 76", False)),
    R("PERSON", "Rik van 't Hoff", "Rik van 't Hoff", "rvanthoff@delft.nl"),
    R("PHONE", "06-27 55 81 93", P("06-27 55 81 93", False)),
    R("PERSON", "Yusuf Bakkali", "Yusuf Bakkali", "ybakkali@delft.nl"),
    R("PHONE", "06-44 10 92 67", P("06-44 10 92 67", False)),
    R("PERSON", "Dewi Soerjadi", "Dewi Soerjadi", "d.soerjadi@delft.nl"),
    R("PHONE", "06 1384 7265", P("06 1384 7265", False)),
    R("PERSON", "Koen Ravensbergen", "Koen Ravensbergen", "k.ravensbergen@delft.nl"),
    R("PHONE", "06-50 02 19 38", P("06-50 02 19 38", False)),
    R("PERSON", "Lotte Brandsma", "Lotte Brandsma"),
    R("PHONE", "06 2907 6611", P("06 2907 6611", False)),
    R("PERSON", "Hans Overgaauw", "Hans Overgaauw"),
    R("PHONE", "06-38 44 01 29", P("06-38 44 01 29", False)),
    R("PERSON", "Mehmet Yilmaz", "Mehmet Yilmaz"),
    R("PHONE", "06-19 22 83 57", P("06-19 22 83 57", False)),
], [
    K("ROLE", "burgemeester Van Bijsterveldt"), K("ROLE", "wethouder Vollebregt"), K("PLACE", "Delft"),
    K("ADDRESS_PUBLIC", "Phoenixstraat 16"), K("PHONE_GENERAL", "14 015"), K("PHONE_GENERAL", "015 260 28 28"),
    K("PHONE_GENERAL", "070 426 72 66"), K("EMAIL_FUNCTIONAL", "servicedesk@delft.nl"),
    K("EMAIL_FUNCTIONAL", "persvoorlichting@delft.nl"), K("EMAIL_FUNCTIONAL", "verkiezingen@kiesraad.nl"),
    K("ORG", "Veiligheidsregio Haaglanden"), K("PRODUCT", "OSV2020"), K("ORG", "Kiesraad"),
    K("ROLE", "Coördinator telling"), K("DATE", "18 en 19 maart 2026"), K("TERM", "gemeentelijk stembureau"),
], font="Helvetica", size=9.5, title="Bereikbaarheid GSB Delft", author="Koen Ravensbergen",
    colw=[.25, .3, .17, .28]))

# ------------------------------------------------------------------ by13 vergoeding stembureaulid (Zwolle)
A(doc("by13_vergoeding_stembureaulid_zwolle", "rl", [
    "Gemeente Zwolle | Publiekszaken, team Verkiezingen | Postbus 10007, 8000 GA Zwolle | 14 038",
    "---",
    "Aan: mevrouw F.M. (Femke) Lubbers\nSpoolderbergweg 7\n8014 AX  ZWOLLE",
    "Zwolle, 7 april 2026\nKenmerk: VK-2026-0931",
    "Onderwerp: uitbetaling vergoeding stembureaulid gemeenteraadsverkiezing 18 maart 2026",
    "Beste mevrouw Lubbers,",
    "Hartelijk dank dat u op 18 maart 2026 voorzitter was van stembureau 31 (Het Dijkhuis) en op 23 maart 2026 "
    "aanwezig was bij de hertelling. Wij maken de volgende vergoeding aan u over:",
    "|Omschrijving|Bedrag",
    "|Voorzitter stembureau 31, 18 maart 2026|EUR 230,00",
    "|Toelichting hertelling, 23 maart 2026|EUR 50,00",
    "|Reiskosten (2 x 6 km)|EUR 2,76",
    "|Totaal|EUR 282,76",
    "Wij maken het bedrag binnen vier weken over op rekeningnummer " + iban("RABO", "3048117262") + " ten name van "
    "F.M. Lubbers. De vergoeding is belast; wij verwerken haar in de opgave aan de Belastingdienst onder uw "
    "burgerservicenummer 213874509 en geboortedatum 14-06-1983.",
    "Klopt een van deze gegevens niet, mail dan naar verkiezingen@zwolle.nl.",
    "Met vriendelijke groet,\n\nNienke ter Haar\ncoördinator Verkiezingen\nT 038 498 27 16",
], [
    R("PERSON", "Femke Lubbers", "F.M. (Femke) Lubbers", "F.M. Lubbers", "mevrouw Lubbers"),
    R("ADDRESS", "Spoolderbergweg 7, 8014 AX Zwolle", "Spoolderbergweg 7", "8014 AX"),
    R("IBAN", iban("RABO", "3048117262"), P(iban("RABO", "3048117262"), False)),
    R("BSN", "213874509"),
    R("DOB", "14-06-1983"),
    R("PERSON", "Nienke ter Haar", "Nienke ter Haar"),
    R("PHONE", "038 498 27 16", P("038 498 27 16", False)),
], [
    K("PLACE", "Zwolle"), K("ADDRESS_PUBLIC", "Postbus 10007"), K("PHONE_GENERAL", "14 038"), K("REF", "VK-2026-0931"),
    K("DATE", "7 april 2026"), K("DATE", "18 maart 2026"), K("DATE", "23 maart 2026"), K("ORG", "Het Dijkhuis"),
    K("AMOUNT", "EUR 282,76"), K("AMOUNT", "EUR 230,00"), K("ORG", "Belastingdienst"),
    K("EMAIL_FUNCTIONAL", "verkiezingen@zwolle.nl"), K("TERM", "stembureau 31"), K("ROLE", "coördinator Verkiezingen"),
], font="Times-Roman", size=10.5, title="Vergoeding stembureaulid", author="Publiekszaken Zwolle"))

# ------------------------------------------------------------------ by14 incidentrapport stembureau (Zwolle)
A(doc("by14_incidentrapport_sb52_zwolle", "docx", [
    "# Incidentrapport stembureau 52 (Wijkcentrum Holtenbroek)",
    "Gemeenteraadsverkiezing Zwolle, 18 maart 2026. Opgemaakt door de voorzitter van het stembureau, "
    "Esmée Nijhof-Kamphuis, op 19 maart 2026; ontvangen door team Verkiezingen (N. ter Haar).",
    "## Verloop",
    "Om 14.20 uur weigerde een kiezer, de heer G.J. Wolters, zijn identiteitsbewijs te tonen. Toen het stembureau hem "
    "daarom geen stembiljet gaf, werd hij luid en dreigend. Het lid Ruud Tijhuis heeft 112 gebeld. Twee agenten van "
    "de politie, basisteam IJsselland-Zwolle, kwamen om 14.35 uur. De heer Wolters is aangehouden en meegenomen; een "
    "agent vertelde dat hij al eerder was veroordeeld voor bedreiging van een buschauffeur.",
    "Rond 15.00 uur werd de heer Tijhuis onwel; hij had last van pijn op de borst en is door de ambulance naar Isala "
    "gebracht. Reservelid Charlotte Ebbers-Wolterink (06-45 17 22 93) nam zijn plaats in om 15.40 uur.",
    "## Afspraken",
    "Burgemeester Snijders is om 15.10 uur door de coördinator geïnformeerd. Het stembureau is niet gesloten geweest. "
    "De wijkagent, de heer Bakker (politie IJsselland), neemt contact op met de voorzitter voor een verklaring.",
    "## Ondertekening",
    "E. Nijhof-Kamphuis, voorzitter\nR.J.M. Tijhuis, lid (niet getekend, afwezig)\nC. Ebbers-Wolterink, lid",
], [
    R("PERSON", "Esmée Nijhof-Kamphuis", "Esmée Nijhof-Kamphuis", "E. Nijhof-Kamphuis"),
    R("PERSON", "Nienke ter Haar", "N. ter Haar"),
    R("PERSON", "Gerrit Jan Wolters", "G.J. Wolters", "heer Wolters"),
    R("CRIMINAL", "aangehouden; eerder veroordeeld voor bedreiging",
      P("veroordeeld voor bedreiging van een buschauffeur", False)),
    R("PERSON", "Ruud Tijhuis", "Ruud Tijhuis", "heer Tijhuis", "R.J.M. Tijhuis"),
    R("HEALTH", "pijn op de borst", P("pijn op de borst", False)),
    R("PERSON", "Charlotte Ebbers-Wolterink", "Charlotte Ebbers-Wolterink", "C. Ebbers-Wolterink"),
    R("PHONE", "06-45 17 22 93", P("06-45 17 22 93", False)),
    R("PERSON", "Bakker (wijkagent)", "heer Bakker"),
], [
    K("ORG", "Wijkcentrum Holtenbroek"), K("PLACE", "Zwolle"), K("DATE", "18 maart 2026"), K("DATE", "19 maart 2026"),
    K("ORG", "IJsselland-Zwolle"), K("ORG", "Isala"), K("ROLE", "Burgemeester Snijders"),
    K("ORG", "politie IJsselland"), K("TERM", "stembureau 52"), K("ORG", "team Verkiezingen"),
], font="Liberation Sans", size=10.5, title="Incidentrapport SB 52", author="Esmée Nijhof-Kamphuis"))

# ------------------------------------------------------------------ by33 e-mailketen Súdwest-Fryslân - Kiesraad (hertelling SB 23)
A(doc("by33_mail_hertelling_sudwest_fryslan", "rl", [
    "# Afdrukken e-mailconversatie: hertelling stembureau 23 Workum",
    "> From: DYKSTRA-BOSMA, Jelmer <J.Dykstra-Bosma@sudwestfryslan.nl>",
    "> Sent: 21 March 2026 10:04",
    "> To: verkiezingen@kiesraad.nl; KOOISTRA, Hendrik <h.j.kooistra@kiesraad.nl>",
    "> Cc: SIKKEMA, Tineke <T.Sikkema@sudwestfryslan.nl>",
    "> Subject: hertelling SB 23 - aanwezigheid gemachtigde",
    "Beste Hendrik,",
    "Het centraal stembureau van Súdwest-Fryslân heeft gisteren besloten stembureau 23 (Sporthal De Rolpeal, Workum) te "
    "laten hertellen, op verzoek van de gemachtigde van lijst 6, de heer De Vries. Hij wil bij de hertelling aanwezig "
    "zijn en foto's maken. Burgemeester De Vries (geen familie) is voorzitter van het centraal stembureau en vraagt of "
    "wij het fotograferen mogen beperken. Kun je ons vandaag nog laten weten hoe de Kiesraad dat ziet?",
    "Groet,\nJelmer Dykstra-Bosma\nCoördinator verkiezingen | Gemeente Súdwest-Fryslân\n+316 2208 4519 | "
    "Postbus 10000, 8600 HA Sneek | algemeen 14 0515",
    "---",
    "> From: KOOISTRA, Hendrik",
    "> Sent: 21 March 2026 13:37",
    "> To: DYKSTRA-BOSMA, Jelmer",
    "> Cc: SIKKEMA, Tineke; DEMIR, Aylin",
    "> Subject: RE: hertelling SB 23 - aanwezigheid gemachtigde",
    "Beste Jelmer,",
    "De hertelling is openbaar; iedereen mag aanwezig zijn. Het centraal stembureau mag orde-maatregelen nemen als het "
    "fotograferen de telling verstoort, maar een algemeen verbod raden wij af. Stembiljetten mogen niet zo worden "
    "gefotografeerd dat een individuele stem herleidbaar wordt tot een kiezer. Mijn collega Aylin kijkt mee; zij is "
    "maandag bereikbaar op 0031 70 426 7390.",
    "Hartelijke groet,\nHendrik Kooistra",
    "PAGEBREAK",
    "> From: SIKKEMA, Tineke",
    "> Sent: 23 March 2026 16:52",
    "> To: DYKSTRA-BOSMA, Jelmer",
    "> Subject: uitslag hertelling SB 23",
    "Jelmer, hertelling klaar om 15.40 uur. Lijst 6 (Sudwest Belang) krijgt 38 stemmen erbij, lijst 5 er 38 af. De "
    "zetelverdeling verandert: Sudwest Belang 4 zetels (was 3), CDA 8 (was 9). Tellers: Rimmer Okkema en Hiske "
    "Jousma-van Dijk (beiden reserve). De heer De Vries was aanwezig en heeft niet gefotografeerd. Ik ben morgen vrij "
    "(tandarts), bel Jelmer of het algemene nummer. Groet, Tineke\nT. Sikkema | medewerker verkiezingen | 06 1120 3356",
    "---",
    "> From: DYKSTRA-BOSMA, Jelmer",
    "> Sent: 23 March 2026 17:20",
    "> To: verkiezingen@kiesraad.nl",
    "> Subject: FW: uitslag hertelling SB 23",
    "Ter informatie. Het centraal stembureau stelt de uitslag op 24 maart 2026 om 10.00 uur opnieuw vast in de "
    "raadzaal van het gemeentehuis in Sneek (Marktstraat 15). Burgemeester De Vries zit de zitting voor. Jelmer",
], [
    R("PERSON", "Jelmer Dykstra-Bosma", "Jelmer Dykstra-Bosma", "DYKSTRA-BOSMA, Jelmer", "J.Dykstra-Bosma@sudwestfryslan.nl", "Jelmer"),
    R("PHONE", "+316 2208 4519", P("+316 2208 4519", False)),
    R("PERSON", "Hendrik Kooistra", "Hendrik Kooistra", "KOOISTRA, Hendrik", "h.j.kooistra@kiesraad.nl", "Hendrik"),
    R("PERSON", "Tineke Sikkema", "SIKKEMA, Tineke", "T.Sikkema@sudwestfryslan.nl", "T. Sikkema", "Tineke"),
    R("PHONE", "06 1120 3356", P("06 1120 3356", False)),
    R("PERSON", "Aylin Demir", "DEMIR, Aylin", "Aylin"),
    R("PHONE", "0031 70 426 7390", P("0031 70 426 7390", False)),
    R("PERSON", "Wytse de Vries (gemachtigde)", "heer De Vries"),
    R("PERSON", "Rimmer Okkema", "Rimmer Okkema"),
    R("PERSON", "Hiske Jousma-van Dijk", P("Hiske Jousma-van Dijk")),
    R("HEALTH", "tandarts (afwezigheid)", "tandarts"),
], [
    K("ROLE", "Burgemeester De Vries"), K("PLACE", "Súdwest-Fryslân"), K("ORG", "Sporthal De Rolpeal"), K("PLACE", "Workum"),
    K("EMAIL_FUNCTIONAL", "verkiezingen@kiesraad.nl"), K("ORG", "Kiesraad"), K("ORG", "Sudwest Belang"), K("ORG", "CDA"),
    K("ADDRESS_PUBLIC", "Postbus 10000"), K("PHONE_GENERAL", "14 0515"), K("PLACE", "Sneek"),
    K("ADDRESS_PUBLIC", "Marktstraat 15"), K("DATE", "24 maart 2026"), K("TERM", "SB 23"), K("TERM", "stembureau 23"),
    K("TERM", "centraal stembureau"), K("ROLE", "Coördinator verkiezingen"),
], font="Helvetica", mono="Courier", size=10, title="hertelling SB 23", author="DYKSTRA-BOSMA, Jelmer"))
