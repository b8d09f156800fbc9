from lib import Doc
from content_a import HEAD
DOCS = []
A = DOCS.append

INV = [["Nr", "Document", "Datum", "Beoordeling", "Grond", "Opmerking"],
       ["1", "Woo-verzoek", "12-01-2026", "deels openbaar", "5.1.2e", "naam verzoeker"],
       ["2", "Ontvangstbevestiging", "15-01-2026", "deels openbaar", "5.1.2e", ""],
       ["3", "Intakeverslag SHV-2025-0418", "03-03-2025", "deels openbaar", "5.1.1d, 5.1.1e, 5.1.2e", "gezondheid, BSN"],
       ["4", "Intakeverslag SHV-2025-0533", "22-04-2025", "deels openbaar", "5.1.1d, 5.1.1e, 5.1.2e", ""],
       ["5", "Notities budgetcoach", "03/06-2025", "deels openbaar", "5.1.1d, 5.1.2e", ""],
       ["6", "Brief De Goede Woning", "15-04-2025", "deels openbaar", "5.1.2e", ""],
       ["7", "Brief Vitens", "16-04-2025", "deels openbaar", "5.1.2e", ""],
       ["8", "E-mailwisseling wachttijd", "05/06-05-2025", "deels openbaar", "5.1.2e", "thread 1"],
       ["9", "WhatsApp-export", "02/12-06-2025", "deels openbaar", "5.1.2e", ""],
       ["10", "Klachtbrief", "12-06-2025", "deels openbaar", "5.1.1d, 5.1.1e, 5.1.2e", ""],
       ["11", "Ontvangstbevestiging klacht", "19-06-2025", "deels openbaar", "5.1.2e", ""],
       ["12", "Factuur INV-2026-014", "31-05-2025", "deels openbaar", "5.1.2e", "zzp'er"],
       ["13", "Factuur INV-2026-015", "30-06-2025", "deels openbaar", "5.1.2e", "zzp'er"],
       ["14", "Schriftelijke vragen RV-2026-041", "08-09-2025", "openbaar", "", "reeds openbaar"],
       ["15", "Beantwoording RV-2026-041", "30-09-2025", "openbaar", "", "reeds openbaar"],
       ["16", "Aanvulling klacht (scan)", "20-06-2025", "deels openbaar", "5.1.2e", ""],
       ["17", "Machtiging (scan)", "22-04-2025", "deels openbaar", "5.1.1e, 5.1.2e", ""],
       ["18", "Fax CJIB", "20-05-2025", "deels openbaar", "5.1.2e", ""],
       ["19", "Aanmeldformulier e-loket", "09-01-2026", "deels openbaar", "5.1.1d, 5.1.1e, 5.1.2e", ""],
       ["20", "Verslag teamoverleg", "10-07-2025", "deels openbaar", "5.1.2e", ""],
       ["21", "Bereikbaarheidslijst", "01-07-2025", "deels openbaar", "5.1.2e", ""],
       ["22", "Beslisnota verlenging inhuur", "04-08-2025", "deels openbaar", "5.1.2e", ""],
       ["23", "Persbericht", "14-10-2025", "openbaar", "", ""],
       ["24", "Juridisch advies klacht", "21-07-2025", "deels openbaar", "5.1.2e, 5.2.1", ""],
       ["25", "Evaluatie inhuur", "02-10-2025", "deels openbaar", "5.1.2e", ""],
       ["26", "Kwartaalrapportage Q3", "15-10-2025", "openbaar", "", ""],
       ["27", "Teams-chat", "11-06-2025", "deels openbaar", "5.1.1d, 5.1.2e", ""],
       ["28", "E-mailwisseling klacht", "25/26-06-2025", "deels openbaar", "5.1.1d, 5.1.2e", "thread 2"],
       ["29", "Brief Belastingdienst/Toeslagen", "08-05-2025", "deels openbaar", "5.1.1e, 5.1.2e", ""],
       ["30", "Verslag hoorgesprek", "03-07-2025", "deels openbaar", "5.1.1d, 5.1.2e", ""],
       ["31", "Intakeverslag SHV-2026-0071", "16-01-2026", "deels openbaar", "5.1.1d, 5.1.1e, 5.1.2e", ""],
       ["32", "Persoonlijk dossier medewerker", "2025", "niet openbaar", "5.1.2e", "P&O-dossier"]]

A(Doc("sh32_woo_besluit", [
    HEAD, ("sp",),
    "Mevrouw L. Hagenbeek<br/>Binnenweg 4<br/>7381 BC Klarenbeek",
    "Datum: 6 maart 2026 | Kenmerk: WOO-2026-0187 | Zaaknummer: Z/26/118402<br/>Behandeld door: Priscilla Mahabier | 055-580 19 44",
    "<b>Onderwerp: besluit op uw Woo-verzoek over schuldhulpverlening</b>",
    "Geachte mevrouw Hagenbeek,",
    "Op 12 januari 2026 heeft u een verzoek gedaan op grond van de Wet open overheid (Woo). Bij brief van 15 januari 2026 "
    "is de ontvangst bevestigd. Op 5 februari 2026 is de beslistermijn met twee weken verdaagd; na een zienswijzeprocedure "
    "met de externe budgetcoach en de betrokken cliënten beslissen wij thans.",
    ("h", "Besluit"),
    "Wij maken de documenten 1 tot en met 31 van de inventarislijst (deels) openbaar. Document 32 maken wij niet openbaar.",
    ("h", "Overwegingen"),
    "<b>Persoonsgegevens (artikel 5.1, tweede lid, onder e, Woo).</b> Namen, e-mailadressen, telefoonnummers, "
    "personeelsnummers en paraafcodes van medewerkers die niet vanuit hun functie in de openbaarheid treden zijn "
    "weggelakt. Dat geldt ook voor de gegevens van cliënten, hun familieleden en medewerkers van schuldeisers. "
    "De namen van wethouder Lemmens, burgemeester Van Oosterhout en raadslid Verbeek blijven leesbaar.",
    "<b>Zzp'er.</b> De naam, het KvK-nummer, het btw-identificatienummer, het adres en het IBAN van de ingehuurde "
    "budgetcoach zijn persoonsgegevens, omdat het een eenmanszaak betreft. Het uurtarief en de totaalbedragen zijn openbaar.",
    ("pb",),
    "<b>Bijzondere persoonsgegevens (artikel 5.1, eerste lid, onder d, Woo).</b> Gegevens over gezondheid, verslaving, "
    "etnische afkomst en nationaliteit van cliënten en medewerkers zijn geweigerd. <b>Het BSN</b> is geweigerd op grond "
    "van artikel 5.1, eerste lid, onder e, Woo.",
    "<b>Persoonlijke beleidsopvattingen (artikel 5.2 Woo).</b> In document 24 zijn opvattingen in het interne advies "
    "niet in niet tot personen herleidbare vorm openbaar gemaakt.",
    ("h", "Informatie die niet openbaar gemaakt kan worden"),
    "Motivering: in de openbaar gemaakte versie van de documenten zijn alle persoonsgegevens van ambtenaren, cliënten en "
    "derden weggelakt (5.1.2e), met de codes 5.1.1d en 5.1.1e waar van toepassing.",
    "Tegen dit besluit kunt u binnen zes weken bezwaar maken bij het college (Postbus 9033, 7300 ES Apeldoorn).",
    "Hoogachtend,<br/>burgemeester en wethouders van Apeldoorn,<br/>namens dezen,",
    "mr. P. Mahabier<br/>juridisch adviseur Informatiebeheer en Woo",
    "Afschrift aan: de heer H.A. Zwartjes (zienswijze), mevrouw Y. El Khatib-Verhoef en de heer D.J. van 't Hooft (belanghebbenden)."],
    producer="Aspose.PDF for .NET 23.11", creator="Zaaksysteem Xential 4.2",
    keep=[("LAW", ["artikel 5.1, tweede lid, onder e, Woo", "artikel 5.2 Woo"]), ("ROLE", ["Zzp'er"]),
          ("CASE", ["document 24", "Document 32"])]))

A(Doc("sh33_inventarislijst", [
    ("h", "Inventarislijst bij besluit WOO-2026-0187"),
    "Gemeente Apeldoorn | Woo-verzoek schuldhulpverlening | opgesteld door: PMa (juridisch adviseur) | 6 maart 2026",
    ("table", INV[:17], [22, 160, 70, 75, 100, 80]), ("pb",),
    ("table", INV[:1] + INV[17:], [22, 160, 70, 75, 100, 80]),
    ("h", "Informatie die niet openbaar gemaakt kan worden"),
    "Gecontroleerd: FOK (teamleider) en MvdH, 5 maart 2026. Zienswijze externe budgetcoach ontvangen van H.A. Zwartjes op 20 februari 2026.",
    "Motivering: in deze lijst staan geen persoonsgegevens; in de documenten zijn persoonsgegevens weggelakt op grond van 5.1.2e.",
    ], producer="Microsoft® Excel® for Microsoft 365", creator="Microsoft® Excel® for Microsoft 365", author="Mahabier, P.",
    redact=[("PERSON", "PMa", ["PMa"])],
    hidden=[("metadata", "PERSON", "Priscilla Mahabier", ["Mahabier"])],
    keep=[("CASE", ["Intakeverslag SHV-2025-0418", "Factuur INV-2026-014", "Beantwoording RV-2026-041"]),
          ("LAW", ["5.1.1d, 5.1.1e, 5.1.2e", "5.2.1"]), ("ROLE", ["P&O-dossier", "deels openbaar", "niet openbaar"])]))
