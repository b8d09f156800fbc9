from lib import Doc
from content_a import MOT, HEAD, WORD
DOCS = []
A = DOCS.append
OUT = "Microsoft Outlook for Microsoft 365 (16.0.17928)"

A(Doc("sh28_mail_klacht", [
    "<b>Van:</b> Wolff, Thijs de &lt;thijs.dewolff@apeldoorn.nl&gt;<br/><b>Verzonden:</b> woensdag 25 juni 2025 14:05<br/>"
    "<b>Aan:</b> Oudejans-Kroeze, Fenna &lt;f.oudejans@apeldoorn.nl&gt;<br/><b>CC:</b> klachten@apeldoorn.nl; Mahabier, Priscilla &lt;p.mahabier@apeldoorn.nl&gt;<br/>"
    "<b>Onderwerp:</b> KL-2026-022 hoorgesprek 3 juli",
    "Beste Fenna,",
    "Voor het hoorgesprek over de klacht van mevrouw Wiśniewska heb ik van Ruud een schriftelijke reactie nodig vóór "
    "1 juli. Haar broer (Tomasz) heeft een verklaring gestuurd die de uitlating bevestigt. Priscilla kijkt mee i.v.m. een "
    "mogelijk Woo-verzoek over klachten. Kun jij Ruud hierop aanspreken? Hij reageert niet op mijn mail.",
    "Met vriendelijke groet,<br/>Thijs de Wolff | klachtencoördinator | +31 (0)55 580 1277",
    ("sp",),
    "<b>Van:</b> Oudejans-Kroeze, Fenna<br/><b>Verzonden:</b> woensdag 25 juni 2025 16:31<br/><b>Aan:</b> Wolff, Thijs de<br/>"
    "<b>Onderwerp:</b> RE: KL-2026-022 hoorgesprek 3 juli",
    "Thijs, Ruud is sinds maandag ziek gemeld (overspannen). Ik lever zelf een reactie aan op basis van het dossier. "
    "Graag vertrouwelijk houden. Groet, Fenna",
    ("sp",),
    "<b>Van:</b> Mahabier, Priscilla<br/><b>Verzonden:</b> donderdag 26 juni 2025 08:50<br/><b>Aan:</b> Wolff, Thijs de; Oudejans-Kroeze, Fenna<br/>"
    "<b>Onderwerp:</b> RE: RE: KL-2026-022 hoorgesprek 3 juli",
    "Ter info: de ziekmelding hoort niet in het klachtdossier (5.1.1d). Ik neem alleen het oordeel op. Priscilla<br/>055-580 19 44"] + MOT,
    producer=OUT, creator=OUT, author="Wolff, Thijs de", font="DejaVu",
    redact=[("HEALTH", "ziek gemeld (overspannen)", ["ziek gemeld", "overspannen"]),
            ("PERSON", "Wolff, Thijs de", ["Wolff, Thijs de", "Wolff"])],
    keep=[("CASE", ["KL-2026-022"]), ("LAW", ["5.1.1d"])]))

A(Doc("sh29_brief_belastingdienst", [
    HEAD, ("sp",),
    "Belastingdienst/Toeslagen<br/>Afdeling Betalingsregelingen<br/>Postbus 8000<br/>7300 HZ Apeldoorn",
    "Datum: 8 mei 2025 | Ons kenmerk: SHV-2025-0418 | Uw kenmerk: terugvordering 2023 / toeslagpartner n.v.t.",
    "<b>Betreft: verzoek persoonlijke betalingsregeling en kwijtschelding – Y. El Khatib-Verhoef, BSN 204816573</b>",
    "Geachte heer, mevrouw,",
    "Uw relatie mevrouw Y. El Khatib-Verhoef (geboren 14-03-1988), wonende Goudenregenstraat 112, 7322 GK Apeldoorn, "
    "volgt sinds maart 2025 een schuldhulpverleningstraject. De terugvordering kinderopvangtoeslag over 2023 bedraagt "
    "€ 6.480,00. Cliënte heeft een afloscapaciteit van € 0 omdat haar inkomen onder de beslagvrije voet ligt. Wij "
    "verzoeken u de vordering mee te nemen in het minnelijk traject en de verrekening met de huurtoeslag te stoppen.",
    "Cliënte is mogelijk gedupeerde van de hersteloperatie toeslagen; wij verzoeken u dit te laten toetsen door de "
    "Uitvoeringsorganisatie Herstel Toeslagen (UHT).",
    "Hoogachtend,<br/>namens het college van burgemeester en wethouders,",
    "drs. R. Bakhuis<br/>schuldhulpverlener<br/>r.bakhuis@apeldoorn.nl"] + MOT,
    producer="Nitro PDF Pro 14.12.0.8", creator="Nitro Pro",
    keep=[("ORG", ["Uitvoeringsorganisatie Herstel Toeslagen", "UHT"]), ("PROGRAM", ["hersteloperatie toeslagen"]),
          ("ADDRESS_PUBLIC", ["Postbus 8000", "7300 HZ Apeldoorn"])]))

A(Doc("sh30_hoorverslag", [
    ("h", "Verslag hoorgesprek klacht KL-2026-022"),
    ("table", [["Datum", "3 juli 2025, 14.00 uur, Ida Gerhardt-zaal, Stadhuis"],
               ["Klager", "mevrouw M. Wiśniewska, vergezeld door haar broer T. Wiśniewski"],
               ["Verweerder", "Team Schuldhulpverlening, vertegenwoordigd door F. Oudejans-Kroeze (teamleider)"],
               ["Hoorder", "T.J. de Wolff, klachtencoördinator"], ["Verslag", "W. de Jager"]], [90, 385]),
    ("h", "Standpunt klager"),
    "Mevrouw Wiśniewska licht toe dat zij de heer Bakhuis herhaaldelijk heeft gebeld op 06-41 27 83 90. De opmerking over "
    "sigaretten en 'mensen zoals u' heeft haar diep geraakt. Zij vertelt dat zij sinds maart 2025 medicatie gebruikt "
    "tegen angst en dat zij zich na het gesprek een week heeft ziek gemeld bij haar werkgever.",
    ("h", "Standpunt verweerder"),
    "Mevrouw Oudejans-Kroeze biedt namens het team excuses aan voor de bereikbaarheid. De medewerker zelf kon niet "
    "aanwezig zijn. Volgens zijn schriftelijke reactie was de opmerking 'als algemene budgettip bedoeld'.",
    ("pb",),
    ("h", "Afspraken"),
    "1. Klager krijgt per 1 juli 2025 een andere schuldhulpverlener (G. Aydın). 2. Het college beslist binnen zes weken "
    "op de klacht. 3. Klager ontvangt het verslag per e-mail op gosia.wisniewska@outlook.com.",
    "Vastgesteld: T.J. de Wolff, 7 juli 2025"] + MOT,
    mode="docx", author="W. de Jager",
    redact=[("PERSON", "T. Wiśniewski", ["T. Wiśniewski", "Wiśniewski"]),
            ("HEALTH", "medicatie tegen angst", ["medicatie", "tegen angst"])],
    keep=[("PLACE", ["Ida Gerhardt-zaal"]), ("ROLE", ["Hoorder", "Verweerder"])]))

A(Doc("sh31_intake_wisniewska", [
    HEAD, ("h", "Intakeverslag – vertrouwelijk"),
    "Dossier SHV-2026-0071 | intakedatum 16 januari 2026 | intaker: G. Aydın | budgetcoach: I. ter Brugge",
    ("table", [["Naam", "WIŚNIEWSKA, Małgorzata (Gosia)"], ["BSN", "312 908 471"], ["Geboortedatum", "23-07-1990"],
               ["Adres", "Zwaluwstraat 63A, 7323 PK Apeldoorn"], ["Telefoon", "+31 6 4410 2287"],
               ["Nationaliteit", "Pools, sinds 2014 in Nederland"],
               ["Inkomen", "loon Albert Heijn DC, netto circa € 1.744 per maand"]], [110, 365]),
    ("h", "Schulden"),
    "Menzis € 2.410 (premieachterstand, wanbetalersregeling dreigt), CJIB € 1.175, creditcard ICS € 5.715. "
    "Totaal circa € 9.300. Een deel van de schulden is ontstaan toen haar ex-partner de huur niet betaalde.",
    ("h", "Psychosociaal"),
    "Cliënte heeft een angststoornis en is in behandeling bij de GGZ Centraal. Broer Tomasz woont tijdelijk bij haar in. "
    "Zij wil haar werk behouden; loonbeslag moet worden voorkomen.",
    ("pb",), ("h", "Plan"),
    "Stabilisatie (3 maanden), daarna saneringskrediet via Kredietbank Nederland. Contact via WhatsApp toegestaan voor afspraken.",
    "Ondertekend: G. Aydın, 16-01-2026"] + MOT,
    producer="Microsoft® Word for Microsoft 365", creator=WORD, author="Aydın, Gülşen", font="DejaVu",
    redact=[("HEALTH", "angststoornis", ["angststoornis", "GGZ Centraal"]),
            ("NATIONALITY", "Pools", ["Pools, sinds 2014"]),
            ("INCOME", "€ 1.744", ["€ 1.744"])],
    keep=[("ORG", ["ICS", "Albert Heijn DC"]), ("MONEY", ["€ 9.300"])]))
