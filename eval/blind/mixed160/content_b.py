"""Set VB, documents vb12-vb22: police/KMar mail, scan, BRP audit, HR, roster, chat, minutes, invoice."""
from lib import Doc, K, R, WORD, OUTLOOK

DOCS = []
BZ = K("ORG", "Burgerzaken", "Burgerzaken")

# ---------------------------------------------------------------- vb12 mail with KMar and politie (standard-14)
DOCS.append(Doc("vb12_mail_kmar_politie", "rl", [
    "Van: A. Kooistra <a.kooistra@kmar.nl>",
    "Verzonden: dinsdag 17 maart 2026 08:55",
    "Aan: De Bruijn, Kevin <k.debruijn@veenendaal.nl>",
    "CC: Yıldırım, Sevda <sevda.yildirim@politie.nl>; Brinkhuis, Wendy <w.brinkhuis@veenendaal.nl>",
    "Onderwerp: RE: pv bevindingen balie 12-03 (Smeenk)",
    "",
    "Goedemorgen Kevin,",
    "Ontvangen, dank. Het pv is doorgezet naar het Expertisecentrum Identiteitsfraude en Documenten. Collega Yıldırım "
    "van de politie eenheid Midden-Nederland, basisteam Vallei, pakt de aangifte op omdat het ook om mogelijke "
    "oplichting gaat (de broer staat bij diverse instanties geregistreerd met schulden).",
    "Verzoek: wil de gemeente de camerabeelden van de publiekshal van 12 maart, 09.45-11.00 uur, bewaren tot wij een "
    "vordering sturen? Artikel 126nd Sv.",
    "Met vriendelijke groet,",
    "wachtmeester der eerste klasse A. Kooistra",
    "Koninklijke Marechaussee, Brigade Schiphol - Team Documenten",
    "M 06 22 41 80 63 | algemeen 088 952 0000",
    "",
    "Van: De Bruijn, Kevin <k.debruijn@veenendaal.nl>",
    "Verzonden: maandag 16 maart 2026 15:20",
    "Aan: A. Kooistra <a.kooistra@kmar.nl>",
    "Onderwerp: pv bevindingen balie 12-03 (Smeenk)",
    "",
    "Geachte heer Kooistra,",
    "Zoals telefonisch besproken stuur ik u hierbij het proces-verbaal van bevindingen van 12 maart 2026 (zaak "
    "Z26.003390). De aanvrager gaf zich uit voor Jeroen Smeenk (BSN 203 948 571). Onze baliemedewerker heeft zijn "
    "signalement vastgelegd: man, circa 1,82 m, donkerblond, tatoeage op de linkerpols (anker).",
    "De publiekshal heeft camera's; beheer via Facilitaire Zaken (facilitair@veenendaal.nl).",
    "Met vriendelijke groet,",
    "Kevin de Bruijn",
    "Medewerker Burgerzaken / BOA-Burgerzaken | Gemeente Veenendaal | 0318-538 244",
], redact=[
    R("PERSON", "A. Kooistra", "A. Kooistra", "Kooistra"),
    R("EMAIL", "a.kooistra@kmar.nl", "a.kooistra@kmar.nl"),
    R("PERSON", "Kevin de Bruijn", "De Bruijn, Kevin", "Kevin de Bruijn", "Kevin"),
    R("EMAIL", "k.debruijn@veenendaal.nl", "k.debruijn@veenendaal.nl"),
    R("PERSON", "Sevda Yıldırım", "Yıldırım, Sevda", "Yıldırım"),
    R("EMAIL", "sevda.yildirim@politie.nl", "sevda.yildirim@politie.nl"),
    R("PERSON", "Wendy Brinkhuis", "Brinkhuis, Wendy"), R("EMAIL", "w.brinkhuis@veenendaal.nl", "w.brinkhuis@veenendaal.nl"),
    R("PERSON", "Jeroen Smeenk", "Jeroen Smeenk", "Smeenk"),
    R("BSN", "203 948 571", "203 948 571"),
    R("PHONE", "06 22 41 80 63", "06 22 41 80 63"), R("PHONE", "0318-538 244", "0318-538 244"),
    R("BODY", "signalement", "tatoeage op de linkerpols (anker)"),
], keep=[
    K("ORG", "Koninklijke Marechaussee", "Koninklijke Marechaussee"), K("ORG", "Brigade Schiphol", "Brigade Schiphol"),
    K("ORG", "ECID", "Expertisecentrum Identiteitsfraude en Documenten"),
    K("ORG", "politie eenheid Midden-Nederland", "eenheid Midden-Nederland"), K("ORG", "basisteam Vallei", "basisteam Vallei"),
    K("LAW", "Artikel 126nd Sv", "Artikel 126nd Sv"), K("CASE", "Z26.003390", "Z26.003390"),
    K("PHONE_PUB", "088 952 0000", "088 952 0000"), K("EMAIL_PUB", "facilitair@veenendaal.nl", "facilitair@veenendaal.nl"),
    K("ORG", "Facilitaire Zaken", "Facilitaire Zaken"), K("FUNC", "BOA-Burgerzaken", "BOA-Burgerzaken"),
    K("ORG", "Gemeente Veenendaal", "Gemeente Veenendaal"), K("TERM", "publiekshal", "publiekshal"),
], producer="Microsoft: Print To PDF", creator=OUTLOOK, font="DejaVuSans"))

# ---------------------------------------------------------------- vb13 scan: handwritten statement of counter clerk
DOCS.append(Doc("vb13_scan_verklaring_balie", "scan", [
    "# Verklaring baliemedewerker - voorval 12 maart 2026",
    "Gemeente Veenendaal - team Burgerzaken - zaak Z26.003390",
    "",
    "~ Naam: Priya Ramdin, balie 3",
    "~ Om 09.58 kwam een man die een paspoort wilde aanvragen.",
    "~ Hij gaf het oude paspoort van Jeroen Smeenk af.",
    "~ De foto leek niet goed, de oren waren anders.",
    "~ Ik heb Wendy Brinkhuis gebeld via Teams.",
    "~ De man zei: mijn broer Ralf woont ook op mijn adres.",
    "~ Hij werd boos en is om 10.48 weggegaan.",
    "",
    "Ondertekend te Veenendaal, 12 maart 2026",
    "~ P. Ramdin",
    "",
    "Gezien: teamleider Burgerzaken",
    "~ Rob ter Weele   13/3",
], redact=[
    R("PERSON", "Priya Ramdin", "Priya Ramdin", "Ramdin", ch="ocr"),
    R("PERSON", "Jeroen Smeenk", "Jeroen Smeenk", ch="ocr"),
    R("PERSON", "Wendy Brinkhuis", "Wendy Brinkhuis", ch="ocr"),
    R("PERSON", "Ralf Smeenk", "Ralf", ch="ocr"),
    R("PERSON", "Rob ter Weele", "Weele", ch="ocr"),
], keep=[], producer="Canon iR-ADV C5535 PDF", creator="Canon iR-ADV C5535"))

# ---------------------------------------------------------------- vb14 internal audit report (TTF, 2 pages)
DOCS.append(Doc("vb14_auditrapport_brp", "rl", [
    "# Interne audit raadplegingen BRP 2025 (AUD-BRP-2026-02)",
    "Gemeente Veenendaal | Concernstaf, team Audit & Control | rapport d.d. 2 februari 2026 | Vertrouwelijk",
    "Auditor: B. Vreugdenhil (b.vreugdenhil@veenendaal.nl, 0318 538 118). Kwaliteitsreview: C. Mulder-Huisman, "
    "functionaris gegevensbescherming.",
    "## 1. Aanleiding en normenkader",
    "Op grond van artikel 1.9 Wet basisregistratie personen en de Regeling BRP moet de gemeente jaarlijks een "
    "zelfevaluatie (ENSIA) uitvoeren en het gebruik van de BRP controleren. Medewerkers mogen alleen gegevens "
    "raadplegen die nodig zijn voor hun taak (doelbinding, artikel 5 lid 1 onder b AVG). De audit beoordeelt de "
    "logging van iBurgerzaken en BRP-V over 2025.",
    "## 2. Aanpak",
    "Alle 412.386 raadplegingen zijn geanalyseerd op afwijkende patronen: raadplegingen buiten werktijd, van "
    "bekende Nederlanders, van collega's en van personen zonder lopende zaak. Van 61 raadplegingen is bij de "
    "betrokken medewerker een verklaring gevraagd.",
    "## 3. Bevindingen",
    "3.1 Bij drie gebruikersaccounts (vwij04, kbru11 en jhak02) is een patroon aangetroffen dat niet met een zaak is "
    "te verklaren.",
    "3.2 Account vwij04 (L. van Wijngaarden, personeelsnummer 104522) heeft in de periode mei-november 2025 veertien "
    "keer de persoonslijst geraadpleegd van de heer N. Hoogendoorn, met wie zij tot april 2025 een relatie had, "
    "inclusief het nieuwe woonadres Dr. Colijnstraat 41 in Ede. Dit is een ernstige schending van de "
    "doelbinding.",
    "---",
    "3.3 Account kbru11 (K. de Bruijn, personeelsnummer 103876) raadpleegde op 4 juli 2025 de persoonslijst van een "
    "bekende Nederlander (zanger) na een optreden in het Cultuurhuis De Lampegiet. Betrokkene verklaart "
    "'nieuwsgierig' te zijn geweest. Eenmalig.",
    "3.4 Account jhak02 (J. Hakkert) raadpleegde acht keer de gegevens van haar buren. Zij verklaart dat dit ging "
    "om een verhuizing waarvoor een adresonderzoek liep (zaak Z25.018220). Dit is bevestigd; geen schending.",
    "3.5 De autorisaties in iBurgerzaken zijn te ruim: 14 medewerkers van het KCC hebben leesrechten op het "
    "volledige persoonsoverzicht, terwijl het autorisatiebesluit dat niet voorschrijft.",
    "## 4. Aanbevelingen",
    "a. Leg de bevindingen 3.2 en 3.3 voor aan de afdelingsmanager en HR voor een rechtspositionele beoordeling "
    "(Ambtenarenwet 2017, Cao Gemeenten).",
    "b. Beoordeel of bevinding 3.2 een datalek is in de zin van artikel 33 AVG en meld zo nodig aan de Autoriteit "
    "Persoonsgegevens.",
    "c. Beperk de KCC-autorisaties per 1 april 2026 en voer kwartaalcontroles in.",
    "~ Verspreiding: gemeentesecretaris, afdelingsmanager Publiekszaken, FG, CISO (J.W. Pot). Niet verder verspreiden.",
], redact=[
    R("PERSON", "Bas Vreugdenhil", "B. Vreugdenhil"),
    R("EMAIL", "b.vreugdenhil@veenendaal.nl", "b.vreugdenhil@veenendaal.nl"),
    R("PHONE", "0318 538 118", "0318 538 118"),
    R("PERSON", "Carolien Mulder-Huisman", "C. Mulder-Huisman"),
    R("USERID", "gebruikersaccounts", "vwij04", "kbru11", "jhak02"),
    R("PERSON", "Lotte van Wijngaarden", "L. van Wijngaarden"),
    R("PERSNR", "personeelsnummers", "104522", "103876"),
    R("PERSON", "Niels Hoogendoorn", "N. Hoogendoorn"),
    R("ADDRESS", "Dr. Colijnstraat 41, Ede", "Dr. Colijnstraat 41"),
    R("PERSON", "Kevin de Bruijn", "K. de Bruijn"),
    R("PERSON", "Joyce Hakkert", "J. Hakkert"),
    R("PERSON", "Jan-Willem Pot", "J.W. Pot"),
    R("PERSON", "Bas Vreugdenhil (Author, XMP)", "Vreugdenhil, Bas", "Bas Vreugdenhil", ch="metadata"),
], keep=[
    K("CASE", "AUD-BRP-2026-02", "AUD-BRP-2026-02"), K("CASE", "Z25.018220", "Z25.018220"),
    K("ORG", "team Audit & Control", "team Audit & Control"),
    K("LAW", "Wet basisregistratie personen", "Wet basisregistratie personen"), K("LAW", "Regeling BRP", "Regeling BRP"),
    K("TERM", "ENSIA", "ENSIA"), K("LAW", "AVG", "AVG"), K("PRODUCT", "iBurgerzaken", "iBurgerzaken"),
    K("PRODUCT", "BRP-V", "BRP-V"), K("BUILDING", "Cultuurhuis De Lampegiet", "Cultuurhuis De Lampegiet"),
    K("LAW", "Ambtenarenwet 2017", "Ambtenarenwet 2017"), K("LAW", "Cao Gemeenten", "Cao Gemeenten"),
    K("ORG", "Autoriteit Persoonsgegevens", "Autoriteit Persoonsgegevens"), K("ORG", "KCC", "KCC"),
    K("FUNC", "functionaris gegevensbescherming", "functionaris gegevensbescherming"),
    K("PLACE", "Ede", "Ede"), K("AMOUNT", "412.386", "412.386"),
], producer="ReportLab PDF Library - www.reportlab.com", creator="Microsoft® Word voor Microsoft 365",
    font="DejaVuSans", author="Vreugdenhil, Bas", xmp_creator="Bas Vreugdenhil"))

# ---------------------------------------------------------------- vb15 audit annex: table per user (landscape)
DOCS.append(Doc("vb15_bijlage_logging", "rl", [
    "# Bijlage 2 bij AUD-BRP-2026-02: afwijkende raadplegingen per account",
    "Bron: logging iBurgerzaken/BRP-V, export 12-01-2026. Kolom 'Geraadpleegde' bevat het BSN of, bij bekende "
    "Nederlanders, de code BN-xx.",
    "|Account|Medewerker|Pers.nr|Afdeling|Aantal|Periode|Geraadpleegde|Verklaring gevraagd|Oordeel|",
    "|vwij04|L. van Wijngaarden|104522|Burgerzaken|14|05-2025 t/m 11-2025|BSN 318274659|ja, 20-01|schending|",
    "|kbru11|K. de Bruijn|103876|Burgerzaken|1|04-07-2025|BN-07|ja, 20-01|schending|",
    "|jhak02|J. Hakkert|102990|Burgerzaken|8|03-2025 t/m 06-2025|BSN 229145803, BSN 229145815|ja, 21-01|verklaard (Z25.018220)|",
    "|mayd01|M. Aydın|105311|Burgerzaken|3|09-2025|BSN 301842277|ja, 21-01|verklaard (Z25.021044)|",
    "|sdam03|S. van Dam-Oerlemans|099817|KCC|5|10-2025|BSN 176503928|ja, 22-01|verklaard (verhuizing)|",
    "|prm02|P. Ramdin|106024|Burgerzaken|2|12-2025|BSN 203948571|ja, 22-01|verklaard (Z25.023900)|",
    "",
    "Totaal afwijkend: 33 raadplegingen bij 6 accounts; 15 zonder verklaring. Overige 28 van de 61 steekproef-"
    "raadplegingen zijn direct aan een zaak gekoppeld.",
    "~ Opgesteld door team Audit & Control. Vragen: audit@veenendaal.nl.",
], redact=[
    R("USERID", "accounts", "vwij04", "kbru11", "jhak02", "mayd01", "sdam03", "prm02"),
    R("PERSON", "Lotte van Wijngaarden", "L. van Wijngaarden"),
    R("PERSON", "Kevin de Bruijn", "K. de Bruijn"),
    R("PERSON", "Joyce Hakkert", "J. Hakkert"),
    R("PERSON", "Mehmet Aydın", "M. Aydın"),
    R("PERSON", "Sanne van Dam-Oerlemans", "S. van Dam-Oerlemans"),
    R("PERSON", "Priya Ramdin", "P. Ramdin"),
    R("PERSNR", "personeelsnummers", "104522", "103876", "102990", "105311", "099817", "106024"),
    R("BSN", "BSN geraadpleegden", "318274659", "229145803", "229145815", "301842277", "176503928", "203948571"),
], keep=[
    K("CASE", "AUD-BRP-2026-02", "AUD-BRP-2026-02"), K("PRODUCT", "iBurgerzaken", "iBurgerzaken"),
    K("PRODUCT", "BRP-V", "BRP-V"), K("CASE", "Z25.018220", "Z25.018220"), K("CASE", "Z25.021044", "Z25.021044"),
    K("CASE", "Z25.023900", "Z25.023900"), K("ORG", "KCC", "KCC"), BZ,
    K("EMAIL_PUB", "audit@veenendaal.nl", "audit@veenendaal.nl"), K("CODE", "BN-07", "BN-07"),
    K("ORG", "team Audit & Control", "team Audit & Control"), K("TERM", "schending", "schending"),
], producer="Aspose.PDF for .NET 23.4", creator="Aspose.Cells", landscape=True, font="DejaVuSans"))

# ---------------------------------------------------------------- vb16 HR interview report (docx)
DOCS.append(Doc("vb16_gespreksverslag_hr", "docx", [
    "# Gespreksverslag",
    "|Datum|27 januari 2026|",
    "|Aanwezig|L. van Wijngaarden (medewerker), R. ter Weele (leidinggevende), N. Bouzid (HR-adviseur, verslag)|",
    "|Bijzitter medewerker|D. Hofstede, FNV Overheid|",
    "|Onderwerp|Bevinding 3.2 interne audit BRP (AUD-BRP-2026-02)|",
    "Rob ter Weele licht de bevinding toe: het account van Lotte is veertien keer gebruikt voor het raadplegen van de "
    "persoonslijst van haar ex-partner, zonder dat daar een zaak aan ten grondslag lag.",
    "Lotte erkent de raadplegingen. Zij verklaart dat zij na het einde van de relatie bang was dat haar ex-partner "
    "bij haar in de buurt zou komen wonen. Zij was in die periode onder behandeling van de bedrijfsarts wegens "
    "overspannenheidsklachten en sliep slecht. 'Ik weet dat het niet mocht. Ik wilde alleen weten waar hij woonde.'",
    "De heer Hofstede vraagt om rekening te houden met de persoonlijke omstandigheden en het tot nu toe onberispelijke "
    "functioneren (18 jaar in dienst).",
    "De leidinggevende geeft aan dat het vertrouwen ernstig is geschaad en dat hij de afdelingsmanager zal adviseren "
    "over een disciplinaire maatregel op grond van de Cao Gemeenten (hoofdstuk 16). Tot die tijd wordt de "
    "BRP-autorisatie van Lotte ingetrokken; zij werkt tijdelijk bij team Documentaire Informatievoorziening.",
    "Afspraak: verslag binnen vijf werkdagen ter ondertekening; reactie medewerker kan worden toegevoegd.",
    "Paraaf voor gezien: LvW / RtW / NB",
], redact=[
    R("PERSON", "Lotte van Wijngaarden", "L. van Wijngaarden", "Lotte"),
    R("PERSON", "Rob ter Weele", "R. ter Weele", "Rob ter Weele"),
    R("PERSON", "Naima Bouzid", "N. Bouzid"),
    R("PERSON", "D. Hofstede (FNV)", "D. Hofstede", "Hofstede"),
    R("HEALTH", "gezondheid (5.1.1d)", "overspannenheidsklachten"),
    R("PARAPH", "parafen", "LvW", "RtW", "NB"),
    R("PERSON", "Naima Bouzid (Author, XMP)", "Bouzid, Naima", "Naima Bouzid", ch="metadata"),
], keep=[
    K("ORG", "FNV Overheid", "FNV Overheid"), K("CASE", "AUD-BRP-2026-02", "AUD-BRP-2026-02"),
    K("LAW", "Cao Gemeenten", "Cao Gemeenten (hoofdstuk 16)"),
    K("ORG", "team Documentaire Informatievoorziening", "team Documentaire Informatievoorziening"),
    K("FUNC", "HR-adviseur", "HR-adviseur"), K("FUNC", "leidinggevende", "leidinggevende"),
    K("DATE", "27 januari 2026", "27 januari 2026"), K("TERM", "BRP-autorisatie", "BRP-autorisatie"),
    K("FUNC", "bedrijfsarts", "bedrijfsarts"),
], producer="LibreOffice 7.6", creator="Writer", author="Bouzid, Naima", xmp_creator="Naima Bouzid"))

# ---------------------------------------------------------------- vb17 HR letter: intention (docx)
DOCS.append(Doc("vb17_brief_voornemen_maatregel", "docx", [
    "Gemeente Veenendaal | Postbus 1100 | 3900 BC Veenendaal",
    "PERSOONLIJK EN VERTROUWELIJK",
    "Mevrouw L. van Wijngaarden\nStationsstraat 9B\n3905 BG  Veenendaal",
    "",
    "Datum: 10 februari 2026\nKenmerk: HR/2026/0214\nOnderwerp: voornemen tot het opleggen van een disciplinaire maatregel",
    "Geachte mevrouw Van Wijngaarden,",
    "Uit de interne audit naar raadplegingen van de Basisregistratie Personen (AUD-BRP-2026-02) is gebleken dat u "
    "tussen mei en november 2025 veertien keer zonder dienstbelang persoonsgegevens hebt geraadpleegd. U hebt dit in "
    "het gesprek van 27 januari 2026 erkend.",
    "Wij zijn voornemens u op grond van artikel 16:1 van de Cao Gemeenten de disciplinaire maatregel van schriftelijke "
    "berisping op te leggen en uw BRP-autorisatie blijvend in te trekken. Bij de keuze voor deze maatregel hebben wij "
    "rekening gehouden met uw lange dienstverband en uw persoonlijke omstandigheden.",
    "U kunt binnen twee weken schriftelijk of mondeling uw zienswijze geven. U kunt zich laten bijstaan door een "
    "raadsman of vakbond.",
    "Hoogachtend,\nnamens het college van burgemeester en wethouders,",
    "",
    "H. Scholten-de Vries\nafdelingsmanager Publiekszaken",
    "Kopie: personeelsdossier (personeelsnummer 104522)",
], redact=[
    R("PERSON", "Lotte van Wijngaarden", "L. van Wijngaarden", "Van Wijngaarden"),
    R("ADDRESS", "Stationsstraat 9B, 3905 BG Veenendaal", "Stationsstraat 9B", "3905 BG"),
    R("PERSON", "Henriëtte Scholten-de Vries", "H. Scholten-de Vries"),
    R("PERSNR", "104522", "104522"),
], keep=[
    K("ORG", "Gemeente Veenendaal", "Gemeente Veenendaal"), K("CASE", "HR/2026/0214", "HR/2026/0214"),
    K("CASE", "AUD-BRP-2026-02", "AUD-BRP-2026-02"), K("LAW", "Cao Gemeenten", "artikel 16:1 van de Cao Gemeenten"),
    K("REG", "Basisregistratie Personen", "Basisregistratie Personen"),
    K("FUNC", "afdelingsmanager Publiekszaken", "afdelingsmanager Publiekszaken"),
    K("TERM", "schriftelijke berisping", "schriftelijke berisping"), K("ADDR_PUB", "Postbus 1100", "Postbus 1100"),
    K("DATE", "10 februari 2026", "10 februari 2026"),
], producer="LibreOffice 7.6", creator="Writer"))

# ---------------------------------------------------------------- vb18 HR decision (standard-14, author hidden)
DOCS.append(Doc("vb18_besluit_berisping", "rl", [
    "GEMEENTE VEENENDAAL - college van burgemeester en wethouders",
    "",
    "Aan: mevrouw L. VAN WIJNGAARDEN, Stationsstraat 9B, 3905 BG Veenendaal",
    "Datum: 3 maart 2026 | Kenmerk: HR/2026/0391 | Onderwerp: besluit disciplinaire maatregel",
    "# Besluit",
    "Het college van burgemeester en wethouders van Veenendaal;",
    "gelet op artikel 16:1 en 16:2 van de Cao Gemeenten en de Ambtenarenwet 2017;",
    "overwegende dat uit de interne audit AUD-BRP-2026-02 blijkt dat betrokkene veertien keer zonder dienstbelang de "
    "Basisregistratie Personen heeft geraadpleegd; dat betrokkene haar zienswijze op 20 februari 2026 mondeling heeft "
    "gegeven, bijgestaan door de heer D. Hofstede (FNV Overheid); dat die zienswijze geen aanleiding geeft af te zien "
    "van de maatregel, wel om de duur van de plaatsing buiten Burgerzaken te beperken tot 1 januari 2027;",
    "BESLUIT:",
    "1. aan mevrouw Van Wijngaarden, personeelsnummer 104522, de disciplinaire maatregel van schriftelijke berisping op "
    "te leggen;",
    "2. haar autorisatie voor de BRP per direct in te trekken;",
    "3. haar tot 1 januari 2027 te plaatsen bij team Documentaire Informatievoorziening.",
    "Bezwaar: binnen zes weken na verzending bij het college (Algemene wet bestuursrecht, artikel 6:7).",
    "",
    "namens dezen,",
    "",
    "H.C. SCHOLTEN-DE VRIES",
    "afdelingsmanager Publiekszaken",
], redact=[
    R("PERSON", "Lotte van Wijngaarden", "L. VAN WIJNGAARDEN", "Van Wijngaarden"),
    R("ADDRESS", "Stationsstraat 9B", "Stationsstraat 9B", "3905 BG"),
    R("PERSON", "D. Hofstede", "D. Hofstede"),
    R("PERSNR", "104522", "104522"),
    R("PERSON", "Henriëtte Scholten-de Vries", "H.C. SCHOLTEN-DE VRIES"),
    R("PERSON", "Naima Bouzid (Author)", "N. Bouzid (HR)", ch="metadata"),
], keep=[
    K("ORG", "GEMEENTE VEENENDAAL", "GEMEENTE VEENENDAAL"), K("CASE", "HR/2026/0391", "HR/2026/0391"),
    K("LAW", "Cao Gemeenten", "Cao Gemeenten"), K("LAW", "Ambtenarenwet 2017", "Ambtenarenwet 2017"),
    K("LAW", "Awb", "Algemene wet bestuursrecht, artikel 6:7"), K("CASE", "AUD-BRP-2026-02", "AUD-BRP-2026-02"),
    K("ORG", "FNV Overheid", "FNV Overheid"), K("ORG", "team Documentaire Informatievoorziening", "team Documentaire Informatievoorziening"),
    K("FUNC", "afdelingsmanager Publiekszaken", "afdelingsmanager Publiekszaken"), K("TERM", "namens dezen", "namens dezen"),
    K("REG", "BRP", "BRP"), BZ,
], producer="Nitro Pro 13.70.2.40", creator="Nitro Pro", author="N. Bouzid (HR)"))

# ---------------------------------------------------------------- vb19 roster (landscape)
DOCS.append(Doc("vb19_rooster_burgerzaken", "rl", [
    "# Rooster team Burgerzaken - week 11 (9-14 maart 2026)",
    "Publiekshal stadhuis, Raadhuisplein 1. Openingstijden balie ma-vr 08.30-17.00, do tot 20.00; za alleen huwelijken.",
    "|Naam|Pers.nr|Mobiel (bereikbaarheid)|ma|di|wo|do|vr|za|",
    "|Priya Ramdin|106024|06-14 62 83 01|balie 3|balie 3|vrij|balie 3|balie 1|-|",
    "|Kevin de Bruijn|103876|06 47 20 19 66|BOA|backoffice|BOA|avond|backoffice|-|",
    "|Joyce Hakkert|102990|+31 (0)6 5510 2384|KCC|KCC|balie 2|balie 2|vrij|-|",
    "|Mehmet Aydın|105311|0031 6 2290 4417|balie 4|balie 4|balie 4|vrij|balie 4|-|",
    "|Lotte van Wijngaarden|104522|-|DIV (tijdelijk)|DIV|DIV|DIV|DIV|-|",
    "|Wendy Brinkhuis|101455|06-38 72 15 09|fraude|fraude|fraude|vrij|fraude|-|",
    "|Sanne van Dam-Oerlemans|099817|06 30 11 48 52|KCC|vrij|KCC|KCC|KCC|-|",
    "## Huwelijksdienst zaterdag 14 maart",
    "|Tijd|Locatie|BABS|Ondersteuning balie|",
    "|11.00|Rondvaartboot Johanna Maria|G.J. Bleeker|Joyce (telefonisch)|",
    "|13.30|Huize Jacoba Mossel|G.J. Bleeker|Joyce (telefonisch)|",
    "|15.00|Trouwzaal stadhuis|I. Roelofsen-Tan|Mehmet|",
    "Storingen iBurgerzaken: servicedesk ICT, toestel 4400. Bij calamiteiten: teamleider R. ter Weele, 06-53 17 02 88. "
    "Achterwacht weekend: 0318 538 999.",
], redact=[
    R("PERSON", "Priya Ramdin", "Priya Ramdin"), R("PERSON", "Kevin de Bruijn", "Kevin de Bruijn"),
    R("PERSON", "Joyce Hakkert", "Joyce Hakkert", "Joyce"), R("PERSON", "Mehmet Aydın", "Mehmet Aydın", "Mehmet"),
    R("PERSON", "Lotte van Wijngaarden", "Lotte van Wijngaarden"), R("PERSON", "Wendy Brinkhuis", "Wendy Brinkhuis"),
    R("PERSON", "Sanne van Dam-Oerlemans", "Sanne van Dam-Oerlemans"),
    R("PERSNR", "personeelsnummers", "106024", "103876", "102990", "105311", "104522", "101455", "099817"),
    R("PHONE", "mobiele nummers", "06-14 62 83 01", "06 47 20 19 66", "+31 (0)6 5510 2384", "0031 6 2290 4417",
      "06-38 72 15 09", "06 30 11 48 52", "06-53 17 02 88"),
    R("PERSON", "Gerard-Jan Bleeker", "G.J. Bleeker"), R("PERSON", "Ingrid Roelofsen-Tan", "I. Roelofsen-Tan"),
    R("PERSON", "Rob ter Weele", "R. ter Weele"),
    R("PERSON", "Joyce Hakkert (Title)", "J. Hakkert", ch="metadata"),
], keep=[
    K("ADDR_PUB", "Raadhuisplein 1", "Raadhuisplein 1"), K("SHIP", "Rondvaartboot Johanna Maria", "Rondvaartboot Johanna Maria"),
    K("BUILDING", "Huize Jacoba Mossel", "Huize Jacoba Mossel"), K("BUILDING", "Trouwzaal stadhuis", "Trouwzaal stadhuis"),
    K("PRODUCT", "iBurgerzaken", "iBurgerzaken"), K("PHONE_PUB", "toestel 4400", "toestel 4400"),
    K("PHONE_PUB", "0318 538 999", "0318 538 999"), K("ORG", "KCC", "KCC"), K("ORG", "DIV", "DIV"),
    K("TERM", "balie 3", "balie 3"), K("FUNC", "BABS", "BABS"), K("TERM", "backoffice", "backoffice"),
], producer="Microsoft® Excel® voor Microsoft 365", creator="Microsoft® Excel® voor Microsoft 365",
    landscape=True, font="DejaVuSans", title="Rooster BZ wk11 - opgesteld door J. Hakkert"))

# ---------------------------------------------------------------- vb20 WhatsApp export
DOCS.append(Doc("vb20_whatsapp_team", "rl", [
    "# WhatsApp-chat met 'BZ Veenendaal 🏛️' (export)",
    "14-03-26 09:12 - Rob ter Weele: Mensen, GJ belt net dat de boot vertraging heeft. Joyce kun jij Huize Jacoba "
    "Mossel bellen?",
    "14-03-26 09:14 - Joyce Hakkert: Ik zit bij mijn schoonmoeder in het ziekenhuis, kan pas om 10 uur",
    "14-03-26 09:15 - Rob ter Weele: Oké. Mehmet?",
    "14-03-26 09:31 - Memo: Gebeld met de locatie, ze weten het. Die mevrouw Van Dorp zei wel dat het bruidspaar "
    "het nog niet wist",
    "14-03-26 09:32 - Rob ter Weele: Kan jij het bruidspaar bellen? Nummer staat in het zaakdossier",
    "14-03-26 09:40 - Memo: Geen toegang tot zaaksysteem vanaf thuis 🙈",
    "14-03-26 09:41 - Wen: 06 19 55 72 04 (bruid). Heb ik uit de aanvraag",
    "14-03-26 09:42 - Rob ter Weele: Wen, liever niet via WhatsApp delen he. Maar dank",
    "16-03-26 08:05 - Rob ter Weele: Klacht binnen over zaterdag. Graag niks over in de groep, Fatima pakt het op",
    "16-03-26 08:07 - Priya: 😬",
    "16-03-26 08:20 - Kev: Weer GJ? Tweede keer toch",
    "16-03-26 08:21 - Rob ter Weele: Kevin. Niet hier.",
], redact=[
    R("PERSON", "Rob ter Weele", "Rob ter Weele"), R("PERSON", "Gerard-Jan Bleeker", "GJ"),
    R("PERSON", "Joyce Hakkert", "Joyce Hakkert", "Joyce"),
    R("PERSON", "Mehmet Aydın", "Mehmet", "Memo"),
    R("PERSON", "Van Dorp", "Van Dorp"),
    R("PERSON", "Wendy Brinkhuis", "Wen"),
    R("PHONE", "06 19 55 72 04", "06 19 55 72 04"),
    R("PERSON", "Fatima el Khatib", "Fatima"),
    R("PERSON", "Priya Ramdin", "Priya"),
    R("PERSON", "Kevin de Bruijn", "Kev", "Kevin"),
    R("HEALTH", "ziekenhuis schoonmoeder", "bij mijn schoonmoeder in het ziekenhuis"),
], keep=[
    K("BUILDING", "Huize Jacoba Mossel", "Huize Jacoba"), K("PRODUCT", "WhatsApp", "WhatsApp"),
    K("TERM", "zaakdossier", "zaakdossier"), K("TERM", "zaaksysteem", "zaaksysteem"), K("TERM", "bruidspaar", "bruidspaar"),
    K("ORG", "BZ Veenendaal", "BZ Veenendaal"), K("TERM", "Klacht", "Klacht binnen"),
], producer="iOS Version 17.4 (Build 21E219) Quartz PDFContext", creator="WhatsApp", font="DejaVuSans"))

# ---------------------------------------------------------------- vb21 minutes team meeting (docx, 2 pages)
DOCS.append(Doc("vb21_notulen_werkoverleg", "docx", [
    "# Notulen werkoverleg team Burgerzaken",
    "Datum: 19 maart 2026, 09.00-10.30 uur | Locatie: stadhuis, vergaderzaal De Grift | Notulist: S. van Dam-Oerlemans",
    "|Aanwezig|Afwezig|",
    "|Rob ter Weele (vz), Wendy Brinkhuis, Kevin de Bruijn, Priya Ramdin, Mehmet Aydın, Joyce Hakkert, Sanne van Dam-Oerlemans|Lotte van Wijngaarden (DIV)|",
    "## 1. Mededelingen",
    "De teamleider meldt dat er een klacht is over een huwelijksvoltrekking op 14 maart; de klachtencoördinator "
    "behandelt die. Over individuele BABS wordt in het werkoverleg niet gesproken.",
    "Het landelijke project 'Paspoort in 1 dag' van RvIG start in Veenendaal niet vóór 2027.",
    "## 2. Voorval balie 12 maart",
    "Wendy blikt terug op het voorval van 12 maart. Het protocol Identiteitsvaststelling werkte goed: de aanvraag is "
    "niet afgerond en de melding is binnen 24 uur bij het CMI gedaan. Verbeterpunt: de paniekknop bij balie 3 werkte "
    "niet. Priya geeft aan dat zij het voorval nog steeds lastig vindt; Rob biedt een gesprek met de vertrouwenspersoon "
    "aan.",
    "Kevin vraagt of medewerkers hun voornaam op het naambordje moeten houden. Besluit: vanaf 1 april alleen "
    "'Medewerker Burgerzaken' en een nummer.",
    "---",
    "## 3. Audit BRP-raadplegingen",
    "Rob licht de uitkomsten van de audit AUD-BRP-2026-02 op hoofdlijnen toe. Iedereen volgt vóór 1 mei de e-learning "
    "'Privacy in de BRP' van de NVVB. Vragen over autorisaties via de functioneel beheerder (fb-burgerzaken@veenendaal.nl).",
    "## 4. Rondvraag",
    "Joyce: de printer in de backoffice is al twee weken stuk. Mehmet: graag een extra collega op donderdagavond.",
    "## Actielijst",
    "|Nr|Actie|Wie|Wanneer|",
    "|26-07|Paniekknop balie 3 laten repareren (melding Facilitaire Zaken)|RtW|27-03|",
    "|26-08|Naambordjes aanpassen|KdB|01-04|",
    "|26-09|Evaluatie voorval 12-03 naar afdelingsmanager|WB|02-04|",
    "|26-10|Rooster donderdagavond herzien|SvDO / MA|09-04|",
    "|26-11|Printer backoffice|JH|26-03|",
], redact=[
    R("PERSON", "Sanne van Dam-Oerlemans", "S. van Dam-Oerlemans", "Sanne van Dam-Oerlemans"),
    R("PERSON", "Rob ter Weele", "Rob ter Weele", "Rob"),
    R("PERSON", "Wendy Brinkhuis", "Wendy Brinkhuis", "Wendy"),
    R("PERSON", "Kevin de Bruijn", "Kevin de Bruijn", "Kevin"),
    R("PERSON", "Priya Ramdin", "Priya Ramdin", "Priya"),
    R("PERSON", "Mehmet Aydın", "Mehmet Aydın", "Mehmet"),
    R("PERSON", "Joyce Hakkert", "Joyce Hakkert", "Joyce"),
    R("PERSON", "Lotte van Wijngaarden", "Lotte van Wijngaarden"),
    R("INITIALS", "actiehouders", "RtW", "KdB", "WB", "SvDO", "MA", "JH"),
    R("PERSON", "Sanne van Dam-Oerlemans (Author)", "Van Dam-Oerlemans, S.", ch="metadata"),
], keep=[
    K("BUILDING", "vergaderzaal De Grift", "vergaderzaal De Grift"), K("ORG", "RvIG", "RvIG"),
    K("PROJECT", "Paspoort in 1 dag", "Paspoort in 1 dag"), K("DOC", "protocol Identiteitsvaststelling", "protocol Identiteitsvaststelling"),
    K("ORG", "CMI", "CMI"), K("CASE", "AUD-BRP-2026-02", "AUD-BRP-2026-02"), K("ORG", "NVVB", "NVVB"),
    K("EMAIL_PUB", "fb-burgerzaken@veenendaal.nl", "fb-burgerzaken@veenendaal.nl"),
    K("ORG", "Facilitaire Zaken", "Facilitaire Zaken"), K("FUNC", "Medewerker Burgerzaken", "Medewerker Burgerzaken"),
    K("FUNC", "vertrouwenspersoon", "vertrouwenspersoon"), K("TERM", "balie 3", "balie 3"),
    K("CODE", "26-07", "26-07"), K("ORG", "DIV", "DIV"),
], producer="LibreOffice 7.6", creator="Writer", author="Van Dam-Oerlemans, S."))

# ---------------------------------------------------------------- vb22 invoice of the BABS (sole trader)
DOCS.append(Doc("vb22_factuur_babs", "rl", [
    "# FACTUUR",
    "Gerard-Jan Bleeker - Ceremonies met een Glimlach\nMolenweg 3a, 3701 BL Zeist\nKvK 81234567 | btw-id NL004518273B91\n"
    "bleeker.babs@ziggo.nl | 06 28 94 11 07",
    "",
    "Aan: Gemeente Veenendaal, crediteurenadministratie, Postbus 1100, 3900 BC Veenendaal\n"
    "Inkoopordernummer: PO-2026-00877 | t.a.v. team Burgerzaken",
    "Factuurnummer: 2026-014 | Factuurdatum: 31 maart 2026 | Vervaldatum: 30 april 2026",
    "|Datum|Omschrijving|Aantal|Tarief|Bedrag|",
    "|07-03-2026|Huwelijksvoltrekking trouwzaal stadhuis (zaak Z26.002911)|1|€ 175,00|€ 175,00|",
    "|14-03-2026|Huwelijksvoltrekking Rondvaartboot Johanna Maria (Z26.002950)|1|€ 225,00|€ 225,00|",
    "|14-03-2026|Huwelijksvoltrekking Huize Jacoba Mossel (Z26.002957)|1|€ 225,00|€ 225,00|",
    "|14-03-2026|Reiskosten Zeist-Veenendaal v.v., 42 km x € 0,23|1|€ 9,66|€ 9,66|",
    "|Subtotaal| | | |€ 634,66|",
    "|Btw vrijgesteld (art. 11 lid 1 sub o Wet OB)| | | |€ 0,00|",
    "|Totaal| | | |€ 634,66|",
    "Gelieve te betalen binnen 30 dagen op IBAN NL43 INGB 0006 7821 45 t.n.v. G.J. Bleeker, o.v.v. factuurnummer.",
    "~ Paraaf budgethouder voor akkoord: RtW 02-04 | geboekt: crediteuren 03-04",
], redact=[
    R("PERSON", "Gerard-Jan Bleeker", "Gerard-Jan Bleeker", "G.J. Bleeker"),
    R("ADDRESS", "Molenweg 3a, 3701 BL Zeist", "Molenweg 3a", "3701 BL"),
    R("KVK", "KvK eenmanszaak", "81234567"), R("VAT", "btw-id", "NL004518273B91"),
    R("EMAIL", "bleeker.babs@ziggo.nl", "bleeker.babs@ziggo.nl"), R("PHONE", "06 28 94 11 07", "06 28 94 11 07"),
    R("IBAN", "NL43 INGB 0006 7821 45", "NL43 INGB 0006 7821 45"),
    R("PARAPH", "RtW", "RtW"),
], keep=[
    K("ORG", "Ceremonies met een Glimlach", "Ceremonies met een Glimlach"), K("ORG", "Gemeente Veenendaal", "Gemeente Veenendaal"),
    K("CASE", "PO-2026-00877", "PO-2026-00877"), K("CASE", "Z26.002950", "Z26.002950"), K("CASE", "Z26.002957", "Z26.002957"),
    K("SHIP", "Rondvaartboot Johanna Maria", "Rondvaartboot Johanna Maria"), K("BUILDING", "Huize Jacoba Mossel", "Huize Jacoba Mossel"),
    K("LAW", "Wet OB", "art. 11 lid 1 sub o Wet OB"), K("AMOUNT", "€ 634,66", "€ 634,66"), K("AMOUNT", "€ 225,00", "€ 225,00"),
    K("CODE", "2026-014", "2026-014"), K("ADDR_PUB", "Postbus 1100", "Postbus 1100"), BZ,
], producer="PDFpen 13.2", creator="Pages"))
