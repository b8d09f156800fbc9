from lib import Doc
from content_a import MOT, HEAD, WORD
DOCS = []
A = DOCS.append
OUT = "Microsoft Outlook for Microsoft 365 (16.0.17928)"

A(Doc("sh21_bereikbaarheidslijst", [
    ("h", "Bereikbaarheidslijst Team Schuldhulpverlening – 2e halfjaar 2025"),
    "Intern gebruik. Algemeen nummer voor inwoners: 14 055; crisislijn schulden (ontruiming/afsluiting): 0800-8115.",
    ("table", [["Naam", "Functie", "Pers.nr.", "Mobiel", "E-mail", "Dienst"],
               ["Oudejans-Kroeze, F.", "teamleider", "108842", "(055) 580 13 62", "f.oudejans@apeldoorn.nl", "ma-do"],
               ["Bakhuis, R.", "schuldhulpverlener", "110317", "06-41 27 83 90", "r.bakhuis@apeldoorn.nl", "n.v.t. (verlof)"],
               ["ter Brugge, I.", "budgetcoach", "113590", "06 18 44 72 05", "i.terbrugge@apeldoorn.nl", "di, wo, vr"],
               ["Aydın, G.", "schuldhulpverlener", "109276", "0031 55 580 1390", "gülşen.aydın@apeldoorn.nl", "ma, di, do"],
               ["Nijenhuis, B.", "beleid", "114002", "06-12 77 40 19", "b.nijenhuis@apeldoorn.nl", "wo, do"],
               ["Zwartjes, H. (extern)", "budgetcoach zzp", "EXT-0931", "06-24 90 57 31", "henk@zwartjesbudgetcoaching.nl", "ma, wo"]],
     [90, 76, 60, 74, 150, 28]),
    "Achterwacht bij ontruimingsdreiging: piketnummer 055-580 1999 (alleen ketenpartners). Functionele mailbox: schuldhulp@apeldoorn.nl.",
    ] + MOT, producer="Microsoft® Excel® for Microsoft 365", creator="Microsoft® Excel® for Microsoft 365", font="DejaVu",
    redact=[("EMPLOYEE_ID", "personeelsnummers", ["108842", "110317", "113590", "109276", "114002", "EXT-0931"]),
            ("PHONE", "06-12 77 40 19", ["06-12 77 40 19"]), ("EMAIL", "b.nijenhuis@apeldoorn.nl", ["b.nijenhuis@apeldoorn.nl"]),
            ("PERSON", "Oudejans-Kroeze, F.", ["Oudejans-Kroeze, F."]), ("PERSON", "Aydın, G.", ["Aydın, G."])],
    keep=[("PHONE_PUBLIC", ["055-580 1999"]), ("ROLE", ["budgetcoach zzp", "Achterwacht", "ketenpartners", "crisislijn schulden"])]))

A(Doc("sh22_beslisnota_inhuur", [
    ("h", "Beslisnota: verlenging inhuur externe budgetcoach"),
    ("table", [["Aan", "wethouder J. Lemmens"], ["Van", "Team Schuldhulpverlening"],
               ["Datum", "4 augustus 2025"], ["Kenmerk", "Z/26/118402-BN"],
               ["Contactpersoon", "Fenna Oudejans-Kroeze, (055) 580 13 62, f.oudejans@apeldoorn.nl"],
               ["Paraaf teamleider", "FOK 04-08"], ["Paraaf concerncontroller", "W. de Jager 05-08"]], [130, 345]),
    ("h", "Aanleiding"),
    "De wachttijd voor een eerste gesprek liep in het voorjaar van 2025 op tot zeven weken. Sinds mei 2025 is een "
    "externe budgetcoach ingehuurd (Zwartjes Budgetcoaching, eenmanszaak). De opdracht loopt af op 31 augustus 2025.",
    ("h", "Geadviseerd besluit"),
    "Aan de wethouder wordt gevraagd in te stemmen met verlenging van de inhuur tot en met 31 december 2025 voor "
    "maximaal 24 uur per week tegen € 78,00 per uur, ten laste van het budget Apeldoorn Schuldenvrij.",
    ("h", "Kern"),
    "Door de inhuur daalde de wachttijd naar 3,9 weken. Een medewerker (R. Bakhuis) is om persoonlijke redenen langdurig "
    "afwezig; zonder inhuur loopt de wachtlijst opnieuw op. Het raamcontract Inhuur Sociaal Domein laat dit toe tot € 40.000.",
    ("pb",), ("h", "Krachtenveld"),
    "Raadslid Verbeek (ChristenUnie) heeft vragen gesteld over wachttijden (RV-2026-041). Stichting Schuldhulpmaatje "
    "Apeldoorn steunt extra capaciteit. Het NVVK adviseert een maximale caseload van 40 dossiers per fte.",
    ("h", "Bijlagen"),
    "1. offerte Zwartjes Budgetcoaching d.d. 28 juli 2025; 2. overzicht wachttijden Q1-Q2 2025.",
    ] + MOT, mode="docx", author="Fenna Oudejans-Kroeze",
    keep=[("CASE", ["Z/26/118402-BN"]), ("ROLE", ["concerncontroller", "Paraaf teamleider"]), ("MONEY", ["€ 78,00"])]))

A(Doc("sh23_persbericht", [
    ("h", "PERSBERICHT"),
    "Apeldoorn, 14 oktober 2025",
    "<b>Wachttijd schuldhulpverlening Apeldoorn bijna gehalveerd</b>",
    "Inwoners van Apeldoorn met geldzorgen kunnen sneller terecht bij de schuldhulpverlening. De gemiddelde wachttijd "
    "voor een eerste gesprek daalde van 6,8 naar 3,9 weken. 'Wie schulden heeft, moet niet wekenlang wachten,' zegt "
    "wethouder Joost Lemmens. 'Met Vroegsignalering bij Vitens, Eneco en De Goede Woning zijn we er eerder bij.'",
    "Het programma Apeldoorn Schuldenvrij wordt in 2026 uitgebreid. Op 6 november 2025 organiseert de gemeente samen met "
    "Stichting Schuldhulpmaatje Apeldoorn en Het Juridisch Loket een inloopavond in theater Orpheus.",
    "Geldzorgen? Bel 14 055 of mail schuldhulp@apeldoorn.nl. Anoniem advies: Geldfit, 0800-8115.",
    "<b>Noot voor de redactie</b> (niet voor publicatie): voor vragen kunt u contact opnemen met de persvoorlichter van "
    "de gemeente via info@apeldoorn.nl of 14 055."] + MOT,
    mode="docx", author="Naomi Sprenger",
    hidden=[("metadata", "PERSON", "Naomi Sprenger", ["Naomi Sprenger", "Sprenger"])],
    keep=[("PROGRAM", ["Geldfit", "Noot voor de redactie", "inloopavond"])]))

A(Doc("sh24_juridisch_advies", [
    ("h", "Juridisch advies: klacht KL-2026-022 en openbaarmaking"),
    "Intern advies | 21 juli 2025 | afzender: Informatiebeheer en Woo | aan: klachtencoördinator",
    ("h", "1. Vraag"),
    "Is de klacht van een cliënt over een schuldhulpverlener gegrond, en welke stukken uit het klachtdossier kunnen "
    "later openbaar worden gemaakt onder de Woo?",
    ("h", "2. Beoordeling klacht"),
    "Uit het hoorverslag blijkt dat de medewerker de cliënt meerdere keren niet heeft teruggebeld. De uitlating over "
    "'mensen zoals u' is door een getuige bevestigd. De klacht is op de onderdelen 1 en 2 gegrond. Onderdeel 3 "
    "(contact met de werkgever) is ongegrond: contact met de werkgever over een beslagvrije voet is toegestaan.",
    ("pb",),
    ("h", "3. Openbaarmaking"),
    "Klachtdossiers bevatten bijzondere persoonsgegevens (gezondheid, etniciteit). Deze worden geweigerd op grond van "
    "artikel 5.1, eerste lid, onder d, Woo. Namen van de klager, de getuige en de medewerker worden geweigerd op grond "
    "van 5.1.2e. Het oordeel van het college (gegrond/ongegrond) kan openbaar worden gemaakt.",
    ("h", "4. Advies"),
    "Klacht deels gegrond verklaren; excuses aanbieden; medewerker begeleiden via P&amp;O.",
    ] + MOT, producer="Microsoft® Word for Microsoft 365", creator=WORD, author="",
    outline=[("Advies K. Brinkhorst – klacht", 0), ("Opmerkingen Brinkhorst bij par. 3", 1), ("Reactie Jeroen Altena (P&O)", 1)],
    hidden=[("outline", "PERSON", "Kees Brinkhorst", ["K. Brinkhorst", "Brinkhorst"]),
            ("outline", "PERSON", "Jeroen Altena", ["Jeroen Altena"])],
    keep=[("LAW", ["artikel 5.1, eerste lid, onder d, Woo"]), ("PROGRAM", ["beslagvrije voet"])]))

A(Doc("sh25_evaluatie_inhuur", [
    ("h", "Evaluatie inhuur externe budgetcoach mei-september 2025"),
    "Opgesteld voor het MT Sociaal Domein | versie 0.3 (concept) | 2 oktober 2025",
    ("h", "Resultaten"),
    ("table", [["Maand", "Overgedragen dossiers", "Afgerond", "Wachttijd (wk)"],
               ["mei", "12", "2", "6,8"], ["juni", "8", "5", "5,1"], ["juli", "6", "7", "4,4"],
               ["augustus", "4", "6", "4,0"], ["september", "3", "5", "3,9"]], [100, 140, 90, 100]),
    "De externe coach werkt volgens de NVVK-gedragscode en rapporteert via Allegro. Cliënten waarderen de huisbezoeken "
    "met gemiddeld een 8,1. Eén cliënt (dossier SHV-2025-0533) vroeg om terugplaatsing bij de gemeente.",
    ("h", "Aandachtspunten"),
    "Dossieroverdracht kost per dossier gemiddeld 1,5 uur. Toegang tot Suite4Sociaal Domein voor externen vraagt een "
    "verwerkersovereenkomst (AVG). Aanbeveling: structurele formatie-uitbreiding met 1,0 fte in de begroting 2026.",
    ] + MOT, font="DejaVu", producer="Adobe PDF Library 23.1.175", creator="Acrobat PDFMaker 23 for Word",
    notes=[(0, ("Wendy Schaap", "Wendy: cijfers juli nog checken met Henk, bel hem op 06-24 90 57 31", 480, 700)),
           (0, ("Schaap, W.", "Naam van de cliënt uit 0533 niet noemen (Dirk-Jan)!", 480, 520))],
    hidden=[("annotations", "PERSON", "Wendy Schaap", ["Wendy Schaap", "Schaap", "Wendy"]),
            ("annotations", "PERSON", "Henk Zwartjes", ["Henk"]),
            ("annotations", "PHONE", "06-24 90 57 31", ["06-24 90 57 31"]),
            ("annotations", "PERSON", "Dirk-Jan van 't Hooft", ["Dirk-Jan"])],
    keep=[("PROGRAM", ["Suite4Sociaal Domein", "verwerkersovereenkomst", "NVVK-gedragscode"])]))

A(Doc("sh26_rapportage_q3", [
    ("h", "Kwartaalrapportage Schuldhulpverlening Q3 2025"),
    "Bestemd voor de gemeenteraad (raadsinformatiebrief) | Sociaal Domein",
    ("table", [["Indicator", "Q1", "Q2", "Q3"],
               ["Aanmeldingen", "212", "236", "198"], ["Vroegsignalen (Vitens, Eneco, De Goede Woning)", "341", "388", "402"],
               ["Gestarte minnelijke trajecten", "44", "51", "49"], ["Doorverwijzing Wsnp", "6", "4", "7"],
               ["Klachten bejegening", "1", "3", "2"]], [220, 70, 70, 70]),
    "Toelichting: het aantal vroegsignalen stijgt door de samenwerking met energieleveranciers. De klachten gaan over "
    "bereikbaarheid en bejegening; één klacht is gegrond verklaard. Het Nibud en de NVVK zijn betrokken bij de evaluatie "
    "van het programma Apeldoorn Schuldenvrij.",
    "Contact: Team Schuldhulpverlening, schuldhulp@apeldoorn.nl. Cijfers: Suite4Sociaal Domein, peildatum 30 september 2025 (GAy/MvdH)."] + MOT,
    producer="LibreOffice 7.6", creator="Writer", xmp_creator="Gülşen Aydın-Demir",
    hidden=[("metadata", "PERSON", "Gülşen Aydın-Demir", ["Aydın-Demir"])],
    keep=[("PROGRAM", ["raadsinformatiebrief", "Kwartaalrapportage"])]))

A(Doc("sh27_teams_chat", [
    ("h", "Microsoft Teams – chat 'SHV intake-overleg'"),
    "Export 11-06-2025 | deelnemers: Fenna Oudejans-Kroeze, Ilse ter Brugge, Ruud Bakhuis",
    "<b>Ilse ter Brugge</b> 09:02<br/>Morgen komt Gosia met haar broer voor de klachtbrief. Ruud, wil jij haar vandaag nog terugbellen?",
    "<b>Ruud Bakhuis</b> 09:15<br/>Ik heb 40+ dossiers Ilse. Ze belt elke dag. Ik kom er niet aan toe.",
    "<b>Fenna Oudejans-Kroeze</b> 09:20<br/>Ruud, even bellen met mij na de lunch? Ilse, help haar met de brief, dat is haar recht.",
    "<b>Ruud Bakhuis</b> 09:22<br/>ok",
    "<b>Fenna Oudejans-Kroeze</b> 13:48<br/>Afgesproken met Ruud: dossier Wiśniewska gaat per 1 juli naar Gülşen. "
    "Dirk-Jan blijft bij Henk (extern).",
    "<b>Ilse ter Brugge</b> 13:50<br/>👍 Dank je Fenna",
    "<b>Gülşen Aydın</b> 14:02<br/>Prima, ik neem Gosia over. Ruud, wil je de overdracht in Allegro zetten? Voor spoed: 0031 55 580 1390.",
    "<b>Ruud Bakhuis</b> 14:10<br/>Doe ik vrijdag. Yasmina El Khatib heeft morgen om 9 uur een afspraak, kan Ilse die doen?",
    "<b>Ilse ter Brugge</b> 14:12<br/>Ja, ik bel haar op 06-29 73 10 48. Zwartjes heeft nog ruimte voor twee intakes.",
    ] + MOT, font="DejaVu", producer="Microsoft: Print To PDF", creator="Microsoft Teams"))
