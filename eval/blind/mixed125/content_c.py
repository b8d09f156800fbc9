"""Set TS documents ts34-ts35 (progress report with a citizen table, a Kamerbrief)."""
from lib import Doc

DOCS = []

FIRST = ["Anouk", "Bilal", "Cor", "Dewi", "Emre", "Floor", "Gijs", "Hatice", "Iris", "Jurgen", "Khadija", "Lars",
         "Maud", "Nabil", "Olga", "Pim", "Quirine", "Rutger", "Samira", "Teun", "Ursula", "Vincent", "Wendelien",
         "Xander", "Yara", "Zoë"]
LAST = ["Brouwer", "van Dam", "Çakır", "de Groot-Visser", "Hoekstra", "Jansen", "'t Lam", "Mertens", "Nijhuis",
        "Otten", "Pronk", "Rietveld", "Schouten", "ter Horst", "Uçar", "Vos", "Willemse", "Yılmaz", "Zwart",
        "van den Akker", "Bakkal", "Dekker", "Evers", "Fokkema", "Gerritsen", "Haddou"]
STREETS = ["Kanaalweg", "Vleutenseweg", "Amsterdamsestraatweg", "Biltstraat", "Twijnstraat", "Croeselaan",
           "Adelaarstraat", "Merelstraat", "Burgemeester Reigerstraat", "Kardinaal de Jongweg", "Prinses Irenelaan",
           "Rubenslaan"]
STATUS = ["herbeoordeeld, gegrond", "herbeoordeeld, ongegrond", "in behandeling UHT", "compensatie toegekend",
          "wacht op stukken"]


def bsn(i):
    base = [1, 4, 0, 2, 7, 3, 8, 5]
    k = (i * 7919 + 12345) % 10 ** 8
    d = [int(c) for c in f"{k:08d}"]
    for last in range(10):
        digs = d + [last]
        s = sum(w * x for w, x in zip(range(9, 1, -1), digs[:8])) - digs[8]
        if s % 11 == 0 and digs[0] != 0:
            return "".join(map(str, digs))
    return None


rows = ["| Dossier UHT | Naam | BSN | Geb.datum | Adres | Status |"]
n = 0
i = 0
while n < 30:
    i += 1
    b = bsn(i)
    if not b:
        continue
    fn, ln = FIRST[n % len(FIRST)], LAST[(n * 7) % len(LAST)]
    nm = f"{fn} {ln}"
    dob = f"{(n * 3) % 28 + 1:02d}-{(n * 5) % 12 + 1:02d}-{1968 + (n * 11) % 30}"
    addr = f"{STREETS[n % len(STREETS)]} {(n * 13) % 190 + 2}"
    rows.append(f"| {{{{HT-2025-{10400 + n * 17}}}}} | [[{nm}]] | [[{b}]] | [[{dob}]] | [[{addr}]] | {STATUS[n % 5]} |")
    n += 1

DOCS.append(Doc("ts34", [
    "# Voortgangsrapportage herbeoordeling signaleringslijst Utrecht",
    "{{Uitvoeringsorganisatie Herstel Toeslagen}} (UHT) - rapportage 3, peildatum {{30 juni 2025}} - "
    "kenmerk {{UHT/2025/RAP-003}}",
    "Deze rapportage laat de stand zien van de herbeoordeling van de 214 dossiers die op de signaleringslijst "
    "van de vestiging {{Utrecht}} stonden. Hieronder de eerste 30 dossiers (tranche 1). De dossiers worden "
    "beoordeeld volgens de {{Wet hersteloperatie toeslagen}} en de {{Catshuisregeling}}.",
] + rows + [
    "",
    "Toelichting: 'gegrond' betekent dat het oorspronkelijke bezwaar alsnog is toegewezen. Burgers met status "
    "'compensatie toegekend' ontvangen ten minste {{€ 30.000}} op grond van de {{Catshuisregeling}}. Vragen van "
    "burgers gaan via {{0800-2359}}. Deze rapportage wordt gedeeld met de {{Commissie Werkelijke Schade}} en "
    "de {{Adviescommissie Uitvoering Toeslagen}}.",
    "Samenstelling: [[B. Bakkal]] en [[X. Willemse]], analisten UHT.",
], font="sans", size=8, producer="JasperReports Library version 6.20.0", creator="JasperReports"))

DOCS.append(Doc("ts35", [
    "# Kamerbrief over de signaleringslijst bij Toeslagen Utrecht",
    "Aan de Voorzitter van de {{Tweede Kamer der Staten-Generaal}}, {{Postbus 20018}}, 2500 EA Den Haag",
    "Datum {{14 juli 2025}} | Betreft: tweede voortgangsbrief signaleringslijst | Ons kenmerk {{2025-0000178233}}",
    "",
    "Geachte voorzitter,",
    "In mijn brief van {{10 februari 2025}} informeerde ik uw Kamer over een lijst met signalen die de vestiging "
    "{{Utrecht}} van {{Dienst Toeslagen}} gebruikte bij de behandeling van bezwaren. Met deze brief informeer ik u "
    "over de voortgang van het herstel, zoals toegezegd aan {{Kamerlid Bouchtaoui}} en het lid {{Inge van Dijk}} "
    "(CDA) tijdens het commissiedebat van {{3 april 2025}}.",
    "# Onderzoek Auditdienst Rijk",
    "De {{Auditdienst Rijk}} heeft op {{16 juni 2025}} haar rapport ({{ADR-2025-0412}}) vastgesteld. Het rapport is als "
    "bijlage bij deze brief gevoegd. De ADR concludeert dat er geen grondslag was, dat nationaliteit werd gebruikt "
    "als criterium en dat de lijst buiten de systemen werd bijgehouden. Ik neem alle aanbevelingen over.",
    "# Herstel voor burgers",
    "Van de 214 burgers zijn er op {{30 juni 2025}} 86 herbeoordeeld. Bij 41 van hen is het bezwaar alsnog gegrond "
    "verklaard. De {{Uitvoeringsorganisatie Herstel Toeslagen}} betaalt verbeurde dwangsommen uit en beoordeelt of "
    "de {{Catshuisregeling}} van toepassing is. De {{Nationale ombudsman}} heeft "
    "aangekondigd de uitvoering te volgen.",
    "# Maatregelen",
    "Alle vestigingen van {{Dienst Toeslagen}} hebben verklaard geen vergelijkbare lijsten te gebruiken. De "
    "werkinstructie bezwaarbehandeling is aangepast (versie 4.2). De {{Autoriteit Persoonsgegevens}} onderzoekt de "
    "melding van {{27 januari 2025}}; ik wacht haar oordeel af. Tegen medewerkers zijn geen disciplinaire maatregelen "
    "genomen; het ging om een werkwijze die door de leiding was opgedragen.",
    "---",
    "# Tot slot",
    "Ik besef dat deze gebeurtenissen het vertrouwen van ouders in {{Dienst Toeslagen}} opnieuw hebben geschaad, "
    "zeker na het rapport {{Ongekend onrecht}} en het werk van de {{Parlementaire enquêtecommissie Fraudebeleid en "
    "Dienstverlening}}. Ik informeer uw Kamer voor het einde van het jaar opnieuw, en ook de {{Eerste Kamer}} via "
    "de commissie {{Financiën}}. Het {{Herstelteam Bezwaar}} werkt vanuit het {{Beatrixgebouw}} aan de "
    "{{Jaarbeursplein 6}} in Utrecht.",
    "",
    "De {{staatssecretaris van Financiën}} - Toeslagen en Douane,",
    "",
    "{{S.J. van Oosterhout}}",
], font="serif", size=10, producer="Sdu Kamerstukken publicatiestraat", creator="officielebekendmakingen.nl"))
