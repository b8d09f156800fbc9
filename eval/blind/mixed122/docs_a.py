"""Set BS, documents bs01-bs11: Woo request, WOZ objection, taxation report, remission, bailiff."""
from lib import Doc, H, K, R

ORG = "Belastingsamenwerking Maas-Peel"
HDR = [f"**{ORG}**", "~ Stationsweg 40 | 5803 AC Venray | Postbus 1180 | 5800 BD Venray | 0478 - 76 90 00 | www.bsmp.nl"]
K_ORG = K("ORG", ORG)
K_BSMP = K("ORG", "BSMP")
K_STAT = K("ADDRESS_PUBLIC", "Stationsweg 40")
K_TEL = K("PHONE_GENERAL", "0478 - 76 90 00")
K_WOO = K("LAW", "Wet open overheid")
K_WOONR = K("CASE", "WOO-2025-0117")

DOCS = []

# ------------------------------------------------------------------------------------------ bs01
DOCS.append(Doc(
    "bs01_woo_verzoek_invordering_kwijtschelding", "Verzoek Woo invordering en kwijtschelding",
    producer="Microsoft: Print To PDF", creator="Microsoft Outlook",
    blocks=[
        "Van: Noor Baltussen <noor.baltussen@peelenmaasnieuws.nl>",
        "Verzonden: maandag 3 november 2025 09:14",
        "Aan: woo@bsmp.nl",
        "CC: redactie@peelenmaasnieuws.nl",
        "Onderwerp: Verzoek op grond van de Wet open overheid - invordering, deurwaarders en kwijtschelding",
        "---",
        "Geacht dagelijks bestuur van de Belastingsamenwerking Maas-Peel,",
        "Als verslaggever van Peel en Maas Nieuws verzoek ik u op grond van artikel 4.1 van de Wet open overheid "
        "(Woo) om openbaarmaking van documenten over de invordering van gemeentelijke belastingen door de BSMP in "
        "de periode 1 januari 2024 tot en met 31 oktober 2025. Het gaat mij in het bijzonder om:",
        "1. interne correspondentie en verslagen over het inzetten van de belastingdeurwaarder, dwangbevelen en "
        "beslaglegging voor aanslagen onroerendezaakbelastingen (OZB) en afvalstoffenheffing;",
        "2. documenten over de behandeling van verzoeken om kwijtschelding en betalingsregelingen, waaronder het "
        "beleid voor kwijtschelding aan ondernemers;",
        "3. stukken over de naheffingsaanslagen parkeerbelasting die via de BSMP worden ingevorderd;",
        "4. correspondentie met de Nationale ombudsman over klachten van inwoners;",
        "5. stukken die zijn voorgelegd aan de auditcommissie van de gemeenteraad van Venray en aan wethouder Koolen "
        "als voorzitter van het algemeen bestuur.",
        "Persoonsgegevens van inwoners hoef ik niet te ontvangen. Ik ontvang de documenten graag digitaal. "
        "Voor vragen ben ik bereikbaar op 06-28 55 13 40 of via +31 (0)6 2855 1340 (WhatsApp).",
        "Met vriendelijke groet,",
        "Noor Baltussen\nverslaggever Peel en Maas Nieuws\nMarkt 12, 5801 BX Venray (redactie)",
        "~ Post liever naar mijn huisadres: Jasmijnstraat 17, 5801 RK Venray.",
    ],
    redact=[
        R("PERSON", "Noor Baltussen", "Noor Baltussen", "Baltussen"),
        R("EMAIL", "noor.baltussen@peelenmaasnieuws.nl"),
        R("PHONE", "06-28 55 13 40"),
        R("PHONE", "+31 (0)6 2855 1340", "~+31 (0)6 2855 1340"),
        R("ADDRESS", "Jasmijnstraat 17"), R("POSTCODE", "5801 RK"),
    ],
    keep=[K_WOO, K_BSMP, K("ORG", ORG), K("EMAIL_FUNCTIONAL", "woo@bsmp.nl"),
          K("EMAIL_FUNCTIONAL", "redactie@peelenmaasnieuws.nl"), K("ORG", "Peel en Maas Nieuws"),
          K("LAW", "artikel 4.1"), K("TAX", "onroerendezaakbelastingen"), K("TAX", "afvalstoffenheffing"),
          K("TAX", "parkeerbelasting"), K("ORG", "Nationale ombudsman"), K("ROLE", "belastingdeurwaarder"),
          K("OFFICEHOLDER", "wethouder Koolen"), K("ORG", "auditcommissie"), K("ADDRESS_PUBLIC", "Markt 12"),
          K("PLACE", "Venray")],
))

# ------------------------------------------------------------------------------------------ bs02
DOCS.append(Doc(
    "bs02_ontvangstbevestiging_woo", "Ontvangstbevestiging Woo-verzoek WOO-2025-0117", kind="docx",
    producer="LibreOffice 7.6", creator="Writer",
    blocks=HDR + [
        "",
        "Peel en Maas Nieuws\nt.a.v. mevrouw N. Baltussen\nMarkt 12\n5801 BX Venray",
        ("kv", [["Datum", "10 november 2025"], ["Ons kenmerk", "WOO-2025-0117 / U25.04418"],
                ["Behandeld door", "mr. A.M. Peters-Verheggen"], ["Telefoon", "0478 76 90 12"],
                ["E-mail", "a.peters-verheggen@bsmp.nl"], ["Onderwerp", "ontvangstbevestiging Woo-verzoek"]]),
        "Geachte mevrouw Baltussen,",
        "Op 3 november 2025 hebben wij uw verzoek op grond van de Wet open overheid (Woo) ontvangen. U vraagt om "
        "documenten over de invordering van gemeentelijke belastingen, kwijtschelding, parkeerbelasting en klachten "
        "bij de Nationale ombudsman. Uw verzoek is geregistreerd onder nummer WOO-2025-0117.",
        "Op grond van artikel 4.4 van de Woo beslissen wij binnen vier weken na ontvangst. Wij kunnen deze termijn "
        "met twee weken verdagen. Omdat in de documenten mogelijk belangen van derden (belastingplichtigen, "
        "werkgevers en leveranciers) een rol spelen, stellen wij hen zo nodig in de gelegenheid een zienswijze te "
        "geven (artikel 4.9 Woo).",
        "Heeft u vragen, neem dan contact op met de behandelend jurist. U kunt ook bellen met ons algemene "
        "nummer 0478 - 76 90 00 of mailen naar woo@bsmp.nl. Vermeld bij contact altijd het nummer WOO-2025-0117.",
        "Met vriendelijke groet,\nnamens het dagelijks bestuur van de Belastingsamenwerking Maas-Peel,",
        "A.M. Peters-Verheggen\njurist informatiebeheer en Woo",
    ],
    redact=[
        R("PERSON", "N. Baltussen", "N. Baltussen", "Baltussen"),
        R("PERSON", "A.M. Peters-Verheggen", "A.M. Peters-Verheggen", "Peters-Verheggen"),
        R("PHONE", "0478 76 90 12"),
        R("EMAIL", "a.peters-verheggen@bsmp.nl"),
    ],
    keep=[K_ORG, K_STAT, K_TEL, K_WOO, K_WOONR, K("CASE", "U25.04418"), K("ORG", "Peel en Maas Nieuws"),
          K("LAW", "artikel 4.4"), K("LAW", "artikel 4.9 Woo"), K("EMAIL_FUNCTIONAL", "woo@bsmp.nl"),
          K("ORG", "Nationale ombudsman"), K("ROLE", "jurist informatiebeheer en Woo"),
          K("ADDRESS_PUBLIC", "Postbus 1180")],
))

# ------------------------------------------------------------------------------------------ bs03
DOCS.append(Doc(
    "bs03_bezwaarschrift_woz_ozb_teeuwen", "Bezwaarschrift WOZ-beschikking 2025", font="Times-Roman",
    producer="Microsoft: Print To PDF", creator="Microsoft Word",
    blocks=[
        "G.J. Teeuwen\nKloosterstraat 27\n5966 PD America\ntel. 077 - 464 18 92\ngj.teeuwen@hetnet.nl",
        "",
        "Aan de heffingsambtenaar van de Belastingsamenwerking Maas-Peel\nPostbus 1180\n5800 BD Venray",
        "America, 3 maart 2025",
        "Betreft: bezwaar tegen WOZ-beschikking en aanslag OZB 2025, aanslagnummer 2025.118.40712",
        "Geachte heer, mevrouw,",
        "Hierbij maak ik bezwaar tegen de WOZ-beschikking 2025 voor mijn woning aan de Kloosterstraat 27 te America. "
        "De waarde is vastgesteld op EUR 412.000 naar waardepeildatum 1 januari 2024. Dat is 14 procent meer dan "
        "vorig jaar, terwijl de woning sindsdien niet is verbeterd. Het dak is in slechte staat en de aanbouw uit 1978 "
        "heeft nog enkel glas. De vergelijkingswoningen in het taxatieverslag liggen aan de Hoogstraat en de Lorbaan, "
        "dichter bij de kern en zijn volledig gerenoveerd.",
        "Ik verzoek u de waarde te verlagen naar EUR 365.000 en de aanslag onroerendezaakbelastingen en de "
        "rioolheffing daarop aan te passen. Graag ontvang ik het taxatieverslag en de grondstaffel op grond van "
        "artikel 40 van de Wet WOZ. Ik wil ook gehoord worden. Mijn dochter, Marloes Teeuwen, mag namens mij "
        "optreden; zij is bereikbaar op 06 47 29 11 83.",
        "Hoogachtend,",
        ("sig", "teeuwen"),
        "Gerrit-Jan Teeuwen",
        "~ BSN 228296997 (voor uw administratie)",
    ],
    redact=[
        R("PERSON", "Gerrit-Jan Teeuwen", "Gerrit-Jan Teeuwen", "G.J. Teeuwen", "Teeuwen"),
        R("ADDRESS", "Kloosterstraat 27", "Kloosterstraat 27"),
        R("POSTCODE", "5966 PD"),
        R("PHONE", "077 - 464 18 92"),
        R("EMAIL", "gj.teeuwen@hetnet.nl"),
        R("PERSON", "Marloes Teeuwen"),
        R("PHONE", "06 47 29 11 83"),
        R("BSN", "228296997"),
    ],
    keep=[K_ORG, K("ROLE", "heffingsambtenaar"), K("PLACE", "America"), K("LAW", "Wet WOZ"),
          K("LAW", "artikel 40"), K("DATE", "1 januari 2024"), K("AMOUNT", "EUR 412.000"),
          K("AMOUNT", "EUR 365.000"), K("TAX", "rioolheffing"), K("STREET", "Hoogstraat"), K("STREET", "Lorbaan"),
          K("CASE", "2025.118.40712"), K("ADDRESS_PUBLIC", "5800 BD Venray")],
))

# ------------------------------------------------------------------------------------------ bs04
DOCS.append(Doc(
    "bs04_taxatieverslag_woz_kloosterstraat", "Taxatieverslag WOZ 2025 - object 0318-00040712", kind="ttf",
    producer="Aspose.PDF for .NET 23.4", creator="Key2Belastingen Taxatieverslag",
    blocks=HDR + [
        "# Taxatieverslag WOZ-beschikking 2025",
        ("kv", [["WOZ-objectnummer", "0318-00040712"], ["Objectadres", "Kloosterstraat 27, 5966 PD America"],
                ["Belanghebbende", "G.J. Teeuwen"], ["Waardepeildatum", "1 januari 2024"],
                ["Vastgestelde waarde", "EUR 412.000"], ["Soort object", "vrijstaande woning, bouwjaar 1964"],
                ["Taxateur", "B. Lemmens, WOZ-taxateur (SVT-register 1.2.4)"],
                ["Gecontroleerd door", "G. de Bruijn, senior taxateur"]], [45, 120]),
        "## Objectkenmerken",
        ("table", [["Kenmerk", "Waarde", "Opmerking"],
                   ["Gebruiksoppervlakte wonen", "148 m²", "meting NEN 2580, BAG"],
                   ["Perceeloppervlakte", "712 m²", "kadastrale grootte"],
                   ["Inhoud", "530 m³", ""],
                   ["Aanbouw", "24 m²", "bouwjaar 1978"],
                   ["Bijgebouwen", "garage 32 m²", "vrijstaand"],
                   ["KOUDV-factoren", "K3 O3 U3 D2 V3", "dakbedekking matig"]], [55, 40, 75]),
        "## Vergelijkingsobjecten",
        "De waarde is afgeleid uit verkopen van vergelijkbare woningen rond de waardepeildatum. De verkoopcijfers "
        "komen uit het Kadaster en zijn geïndexeerd naar 1 januari 2024 met de marktontwikkeling voor vrijstaande "
        "woningen in Horst aan de Maas.",
        ("table", [["Adres", "Verkoopdatum", "Verkoopprijs", "Geïndexeerd", "m²", "Type"],
                   ["Hoogstraat 9, America", "14-06-2023", "EUR 439.000", "EUR 446.500", "156", "vrijstaand"],
                   ["Past. Vullinghsstraat 22, America", "02-02-2024", "EUR 398.000", "EUR 394.800", "139", "vrijstaand"],
                   ["Lorbaan 5, America", "27-10-2023", "EUR 455.000", "EUR 459.100", "171", "vrijstaand"]],
         [52, 24, 24, 24, 12, 24]),
        "## Onderbouwing",
        "De onderliggende grondstaffel hanteert EUR 265 per m² voor de eerste 500 m² en EUR 90 per m² daarboven. "
        "Voor de staat van onderhoud is een correctie van min 3 procent toegepast. Het enkel glas in de aanbouw is "
        "meegewogen in factor D2. De taxateur heeft het object op 11 februari 2025 aan de buitenzijde opgenomen; "
        "een inpandige opname heeft niet plaatsgevonden.",
        "De Waarderingskamer heeft de uitvoering van de Wet WOZ door de BSMP over 2024 beoordeeld met vijf sterren. "
        "Het taxatieverslag is opgesteld volgens het Taxatiemodel WOZ-woningen van de Waarderingskamer.",
        "## Conclusie",
        "Op grond van de vergelijkingsobjecten en de objectkenmerken is de waarde van EUR 412.000 naar de "
        "waardepeildatum marktconform. Bij een inpandige opname kan de staat van het dak opnieuw worden "
        "beoordeeld; de taxateur adviseert de bezwaarmaker daarvoor uit te nodigen.",
        "Taxateur: B. Lemmens, bereikbaar op +31 (0)6 2213 8457 of b.lemmens@bsmp.nl",
        "Paraaf controle: GdB, 19 maart 2025",
    ],
    redact=[
        R("ADDRESS", "Kloosterstraat 27, 5966 PD", "Kloosterstraat 27", "5966 PD"),
        R("PERSON", "G.J. Teeuwen", "G.J. Teeuwen"),
        R("PERSON", "Bram Lemmens", "B. Lemmens", "Lemmens"),
        R("PERSON", "Gijs de Bruijn", "G. de Bruijn", "de Bruijn"),
        R("INITIALS", "GdB"),
        R("PHONE", "+31 (0)6 2213 8457", "~+31 (0)6 2213 8457"),
        R("EMAIL", "b.lemmens@bsmp.nl"),
        R("ADDRESS", "Hoogstraat 9"),
        R("ADDRESS", "Past. Vullinghsstraat 22", "Past. Vullinghsstraat 22"),
        R("ADDRESS", "Lorbaan 5"),
    ],
    keep=[K_ORG, K_STAT, K_TEL, K("CASE", "0318-00040712"), K("PLACE", "America"), K("LAW", "Wet WOZ"),
          K("ORG", "Waarderingskamer"), K("ORG", "Kadaster"), K("TERM", "KOUDV-factoren"), K("TERM", "NEN 2580"),
          K("TERM", "BAG"), K("PLACE", "Horst aan de Maas"), K("AMOUNT", "EUR 412.000"),
          K("ROLE", "senior taxateur"), K("ROLE", "WOZ-taxateur"), K("PRODUCT", "Taxatiemodel WOZ-woningen"),
          K("TERM", "grondstaffel"), K("DATE", "11 februari 2025"), K("AMOUNT", "EUR 446.500")],
))

# ------------------------------------------------------------------------------------------ bs05
MAIL5 = [
    "Van: Ter Horst, Thijs <t.terhorst@bsmp.nl>",
    "Verzonden: donderdag 20 maart 2025 16:42",
    "Aan: Lemmens, Bram <b.lemmens@bsmp.nl>",
    "CC: Kusters, Esther <e.kusters@bsmp.nl>; bezwaar@bsmp.nl",
    "Onderwerp: RE: bezwaar WOZ Kloosterstraat America (BZ-2025-00871) - hoorzitting?",
    "---",
    "Hoi Bram,",
    "Dank voor het verslag. Ik plan de hoorzitting op 8 april in de Kapelaan Laurentiuszaal van het kantoor aan de "
    "Stationsweg. De bezwaarmaker wil dat zijn dochter het woord doet; zij heeft al twee keer gebeld met het KCC "
    "(Jolanda heeft een notitie gemaakt). Kun jij vooraf een inpandige opname inplannen? Als het dak echt zo slecht is "
    "als hij schrijft, zitten we met K3 te hoog.",
    "Esther: dit is de derde zaak in America met dezelfde vergelijkingsobjecten. Zullen we de set eens herzien?",
    "Groet,\nThijs ter Horst\njuridisch medewerker bezwaar en beroep\nT 0478 76 90 63",
    "> **Van:** Lemmens, Bram <b.lemmens@bsmp.nl>",
    "> **Verzonden:** woensdag 19 maart 2025 11:05",
    "> **Aan:** Ter Horst, Thijs <t.terhorst@bsmp.nl>",
    "> **CC:** De Bruijn, Gijs <g.debruijn@bsmp.nl>",
    "> **Onderwerp:** RE: bezwaar WOZ Kloosterstraat America (BZ-2025-00871)",
    "> Thijs, het taxatieverslag staat in Key2Belastingen onder het object. Gijs heeft meegekeken en paraferen. "
    "Mijn advies: ongegrond, tenzij bij een inpandige opname blijkt dat het dak vervangen moet worden. Dan kunnen "
    "we naar ongeveer EUR 398.000. Ik ben volgende week op vrijdag alleen mobiel bereikbaar (06 22 13 84 57).",
    "> Bram",
    "> **Van:** Ter Horst, Thijs",
    "> **Verzonden:** maandag 17 maart 2025 09:30",
    "> **Aan:** Lemmens, Bram",
    "> **Onderwerp:** bezwaar WOZ Kloosterstraat America (BZ-2025-00871)",
    "> Goedemorgen Bram, bijgaand het bezwaar van de heer Teeuwen tegen de WOZ-waarde 2025 (EUR 412.000). Hij "
    "vraagt om het taxatieverslag en de grondstaffel (art. 40 Wet WOZ). Wil jij een reactie geven vóór 21 maart? "
    "Dan kan ik de termijn van artikel 7:10 Awb halen.",
    "> Thijs",
    ("pb",),
    "Van: Kusters, Esther <e.kusters@bsmp.nl>",
    "Verzonden: vrijdag 21 maart 2025 08:12",
    "Aan: Ter Horst, Thijs <t.terhorst@bsmp.nl>; Lemmens, Bram <b.lemmens@bsmp.nl>",
    "CC: De Bruijn, Gijs <g.debruijn@bsmp.nl>",
    "Onderwerp: RE: RE: bezwaar WOZ Kloosterstraat America (BZ-2025-00871) - hoorzitting?",
    "---",
    "Thijs, Bram,",
    "Goed punt. Ik zet de herziening van de vergelijkingsset America op de agenda van het teamoverleg Heffen van "
    "2 april. Gijs, wil jij een voorstel maken met verkopen uit 2024? De Waarderingskamer vraagt bij de volgende "
    "beoordeling ook naar onze onderbouwing bij bezwaren met een dochter of zoon als gemachtigde; "
    "let op de machtiging in het dossier.",
    "Tot slot: ik ben vanaf 24 maart twee weken met verlof. Bij spoed graag naar Paul (controller) of naar het "
    "functionele adres heffen@bsmp.nl.",
    "Esther Kusters\nteamleider Heffen | Belastingsamenwerking Maas-Peel\nT 0478 - 76 90 30 | M 06-53 08 71 24",
]
DOCS.append(Doc(
    "bs05_mailwisseling_bezwaar_woz_intern", "RE: bezwaar WOZ Kloosterstraat America", producer="Microsoft Outlook",
    creator="Microsoft Outlook", blocks=MAIL5,
    redact=[
        R("PERSON", "Thijs ter Horst", "Thijs ter Horst", "Ter Horst, Thijs", "Thijs"),
        R("EMAIL", "t.terhorst@bsmp.nl"),
        R("PERSON", "Bram Lemmens", "Lemmens, Bram", "Bram"),
        R("EMAIL", "b.lemmens@bsmp.nl"),
        R("PERSON", "Esther Kusters", "Esther Kusters", "Kusters, Esther", "Esther"),
        R("EMAIL", "e.kusters@bsmp.nl"),
        R("PERSON", "Gijs de Bruijn", "De Bruijn, Gijs", "Gijs"),
        R("EMAIL", "g.debruijn@bsmp.nl"),
        R("PERSON", "Jolanda Hermans", "Jolanda"),
        R("PERSON", "Paul Hendriks", "Paul"),
        R("PERSON", "G.J. Teeuwen", "Teeuwen"),
        R("PHONE", "0478 76 90 63"),
        R("PHONE", "06 22 13 84 57"),
        R("PHONE", "0478 - 76 90 30"),
        R("PHONE", "06-53 08 71 24"),
        R("ADDRESS", "Kloosterstraat (object)", "Kloosterstraat"),
    ],
    keep=[K_ORG, K("EMAIL_FUNCTIONAL", "bezwaar@bsmp.nl"), K("EMAIL_FUNCTIONAL", "heffen@bsmp.nl"),
          K("CASE", "BZ-2025-00871"), K("PLACE", "America"), K("BUILDING", "Kapelaan Laurentiuszaal"),
          K("ORG", "KCC"), K("PRODUCT", "Key2Belastingen"), K("LAW", "artikel 7:10 Awb"), K("LAW", "Wet WOZ"),
          K("ORG", "Waarderingskamer"), K("ROLE", "juridisch medewerker bezwaar en beroep"),
          K("ROLE", "teamleider Heffen"), K("AMOUNT", "EUR 398.000"), K("STREET", "Stationsweg"),
          K("ROLE", "controller")],
))

# ------------------------------------------------------------------------------------------ bs06 (AcroForm)
DOCS.append(Doc(
    "bs06_formulier_kwijtschelding_ingevuld", "Aanvraagformulier kwijtschelding gemeentelijke belastingen 2025",
    kind="form", producer="iText 7.2.5 (AGPL-version)", creator="BSMP e-formulieren",
    form=[
        ("h", "Belastingsamenwerking Maas-Peel - Verzoek om kwijtschelding 2025"),
        ("t", "Gebruik dit formulier voor kwijtschelding van OZB (gebruikersdeel n.v.t.), afvalstoffenheffing en rioolheffing.\n"
              "Kwijtschelding is niet mogelijk voor parkeerbelasting en naheffingsaanslagen. Zie www.bsmp.nl/kwijtschelding.\n"
              "Het Inlichtingenbureau toetst automatisch uw inkomen en vermogen (Uitvoeringsregeling Invorderingswet 1990)."),
        ("h", "-1. Gegevens aanvrager"),
        ("f", "Naam en voorletters", "aanvrager_naam", "Öztürk-de Wit, F."),
        ("f", "Burgerservicenummer", "aanvrager_bsn", "527132688", 120),
        ("f", "Geboortedatum", "aanvrager_geboortedatum", "14-03-1979", 120),
        ("f", "Adres", "aanvrager_adres", "Lindelaan 8"),
        ("f", "Postcode en woonplaats", "aanvrager_postcode", "5802 EK Venray"),
        ("f", "Telefoonnummer", "aanvrager_telefoon", "06 19 83 52 74", 160),
        ("f", "E-mailadres", "aanvrager_email", "fatma.ozturk79@gmail.com"),
        ("f", "IBAN", "aanvrager_iban", "NL03 INGB 0006 3842 15", 200),
        ("h", "-2. Partner en huishouden"),
        ("f", "Naam partner", "partner_naam", "Dennis de Wit"),
        ("f", "Geboortedatum partner", "partner_geboortedatum", "30-09-1976", 120),
        ("f", "Aantal inwonende kinderen", "kinderen", "2", 60),
        ("c", "Ik ben alleenstaande ouder", "alleenstaand", False),
        ("h", "-3. Inkomsten per maand (netto)"),
        ("f", "Loon / uitkering aanvrager", "inkomen_aanvrager", "EUR 1.612,40 (Participatiewet)", 220),
        ("f", "Loon partner", "inkomen_partner", "EUR 980,00 (Tielemans Transport, parttime)", 260),
        ("f", "Huurtoeslag / zorgtoeslag", "toeslagen", "EUR 412,00 / EUR 246,00", 220),
        ("f", "Kindgebonden budget", "kgb", "EUR 318,00", 120),
        ("h", "-4. Uitgaven en vermogen"),
        ("f", "Huur per maand", "huur", "EUR 845,20 (Wonen Limburg)", 220),
        ("f", "Saldo bank- en spaarrekeningen", "saldo", "EUR 212,16", 120),
        ("f", "Auto (kenteken en waarde)", "auto", "58-KTB-3, Opel Astra 2011, EUR 1.900", 240),
        ("c", "Schuldhulp (WSNP/MSNP)", "schuldhulp", True),
        ("h", "-5. Ondertekening"),
        ("t", "Ik verklaar dit formulier naar waarheid te hebben ingevuld. Onjuiste opgave kan leiden tot intrekking\n"
              "van de kwijtschelding en een boete. Stuur het formulier met bewijsstukken naar kwijtschelding@bsmp.nl."),
        ("f", "Plaats en datum", "plaats_datum", "Venray, 22 april 2025", 200),
        ("f", "Naam ondertekenaar", "ondertekenaar", "Fatma Öztürk-de Wit"),
        ("gap", 10),
        ("t", "Ruimte voor de BSMP: zaaknummer KW-2025-03318, aanslagnummer 2025.402.11873, ontvangen 24-04-2025."),
    ],
    redact=[
        H("annotations", "PERSON", "Fatma Öztürk-de Wit", "Öztürk-de Wit", "Fatma Öztürk-de Wit"),
        H("annotations", "BSN", "527132688"),
        H("annotations", "DOB", "14-03-1979"),
        H("annotations", "ADDRESS", "Lindelaan 8"),
        H("annotations", "POSTCODE", "5802 EK"),
        H("annotations", "PHONE", "06 19 83 52 74"),
        H("annotations", "EMAIL", "fatma.ozturk79@gmail.com"),
        H("annotations", "IBAN", "NL03 INGB 0006 3842 15"),
        H("annotations", "PERSON", "Dennis de Wit"),
        H("annotations", "DOB", "30-09-1976"),
        H("annotations", "INCOME", "EUR 980,00 (Tielemans Transport, parttime)", "Tielemans Transport"),
        H("annotations", "LICENSE_PLATE", "58-KTB-3"),
    ],
    keep=[K_ORG, K("TAX", "afvalstoffenheffing"), K("TAX", "rioolheffing"), K("TAX", "parkeerbelasting"),
          K("ORG", "Inlichtingenbureau"), K("LAW", "Uitvoeringsregeling Invorderingswet 1990"),
          K("EMAIL_FUNCTIONAL", "kwijtschelding@bsmp.nl"), K("CASE", "KW-2025-03318"), K("CASE", "2025.402.11873"),
          K("LABEL", "Burgerservicenummer"), K("LABEL", "Geboortedatum"), K("LABEL", "Kindgebonden budget"),
          K("TERM", "WSNP/MSNP"), K("LABEL", "Schuldhulp"), K("URL", "www.bsmp.nl/kwijtschelding")],
))

# ------------------------------------------------------------------------------------------ bs07
DOCS.append(Doc(
    "bs07_beschikking_kwijtschelding_afwijzing", "Beschikking op uw verzoek om kwijtschelding", kind="ttf",
    producer="Aspose.PDF for .NET 23.4", creator="Key2Belastingen Correspondentie",
    blocks=HDR + [
        "",
        "Mevrouw F. Öztürk-de Wit\nLindelaan 8\n5802 EK Venray",
        ("kv", [["Datum", "12 juni 2025"], ["Zaaknummer", "KW-2025-03318"], ["Aanslagnummer", "2025.402.11873"],
                ["Behandeld door", "S. Yıldırım"], ["Telefoon", "0478-76 90 57"],
                ["Onderwerp", "beslissing op uw verzoek om kwijtschelding"]], [40, 100]),
        "Geachte mevrouw Öztürk-de Wit,",
        "Op 24 april 2025 hebben wij uw verzoek om kwijtschelding ontvangen voor de aanslag gemeentelijke "
        "belastingen 2025 van EUR 686,33 (afvalstoffenheffing EUR 398,04 en rioolheffing EUR 288,29). Wij hebben "
        "uw verzoek beoordeeld aan de hand van de Leidraad Invordering 2025 en de Uitvoeringsregeling "
        "Invorderingswet 1990. Wij wijzen uw verzoek af.",
        "## Waarom wijzen wij uw verzoek af?",
        "Uw betalingscapaciteit is hoger dan nul. Volgens de toetsing van het Inlichtingenbureau en de bewijsstukken "
        "bedraagt het netto-inkomen van uw huishouden meer dan de kwijtscheldingsnorm van 100 procent van de "
        "bijstandsnorm. Het inkomen van uw partner, de heer D. de Wit, telt mee. De auto van uw huishouden heeft een "
        "waarde onder de vrijstelling van EUR 3.350 en is daarom buiten beschouwing gelaten.",
        "Uw betalingscapaciteit over twaalf maanden is EUR 402,72. Dat bedrag kunt u betalen. Voor het restant van "
        "EUR 283,61 verlenen wij wel kwijtschelding. U hoeft dus EUR 402,72 te betalen.",
        "## Betalen in termijnen",
        "U kunt het bedrag in tien maandelijkse termijnen betalen via automatische incasso. Heeft u al een "
        "machtiging afgegeven voor IBAN NL03 INGB 0006 3842 15? Dan loopt de incasso door. Wilt u een "
        "betalingsregeling, neem dan contact op met team Invordering via invordering@bsmp.nl.",
        "## Bent u het niet eens met deze beslissing?",
        "Dan kunt u binnen zes weken na de datum van deze brief in beroep gaan bij de directeur van de BSMP "
        "(administratief beroep, artikel 255 lid 6 Gemeentewet). Dat kan ook digitaal met DigiD via MijnBSMP.",
        "Met vriendelijke groet,\nnamens de invorderingsambtenaar,",
        ("sig", "yildirim"),
        "Sevda Yıldırım\nmedewerker kwijtschelding | s.yildirim@bsmp.nl",
    ],
    redact=[
        R("PERSON", "Fatma Öztürk-de Wit", "F. Öztürk-de Wit", "Öztürk-de Wit"),
        R("ADDRESS", "Lindelaan 8"),
        R("POSTCODE", "5802 EK"),
        R("PERSON", "Sevda Yıldırım", "Sevda Yıldırım", "S. Yıldırım", "Yıldırım"),
        R("PHONE", "0478-76 90 57"), R("EMAIL", "s.yildirim@bsmp.nl"),
        R("PERSON", "Dennis de Wit", "D. de Wit"),
        R("IBAN", "NL03 INGB 0006 3842 15", "~NL03 INGB 0006 3842 15"),
    ],
    keep=[K_ORG, K_STAT, K_TEL, K("CASE", "KW-2025-03318"), K("CASE", "2025.402.11873"),
          K("LAW", "Leidraad Invordering 2025"), K("LAW", "Uitvoeringsregeling Invorderingswet 1990"),
          K("ORG", "Inlichtingenbureau"), K("LAW", "artikel 255 lid 6 Gemeentewet"), K("PRODUCT", "DigiD"),
          K("PRODUCT", "MijnBSMP"), K("EMAIL_FUNCTIONAL", "invordering@bsmp.nl"), K("AMOUNT", "EUR 402,72"),
          K("ROLE", "invorderingsambtenaar"), K("ROLE", "medewerker kwijtschelding"), K("PLACE", "Venray")],
))

# ------------------------------------------------------------------------------------------ bs08 (Teams)
CHAT8 = """Teams-chat: Invordering - kwijtschelding en dwangbevelen (export 14-10-2025, 10 berichten)

[13-10-2025 08:47] Mirjam Claessens
Goeiemorgen! Batch dwangbevelen afval 2025 staat klaar in Key2Belastingen: 1.284 stuks.
Sevda, zijn de lopende kwijtscheldingsverzoeken eruit gefilterd?
[13-10-2025 08:52] Sevda Yıldırım
Ja, 61 eruit. Maar 3 dossiers hebben een verzoek dat nog in de postkamer lag. Stuur ik je zo.
[13-10-2025 08:53] Sevda Yıldırım
o.a. mevr. Sno-Kross uit Gennep, die heeft al een regeling met Ruud afgesproken
[13-10-2025 09:05] Ruud van den Akker
Klopt, Priscilla Sno-Kross betaalt sinds september 75 per maand. Geen dwangbevel graag 🙏
[13-10-2025 09:06] Mirjam Claessens
Top, ik haal ze eruit. @Femke kun jij de teksten van de aanmaning nog checken op B1-niveau?
[13-10-2025 09:31] Femke Janssen
Doe ik vandaag. Wethouder Koolen wil de nieuwe brief ook zien voor het AB van 6 november.
[13-10-2025 09:33] Ruud van den Akker
En de kosten? Dwangbevel is nu EUR 52,00 vanaf 500 euro. Raadslid Kersten gaat daar vragen over stellen,
hoorde ik van de griffie.
[13-10-2025 09:40] Mirjam Claessens
Zet ik op het teamoverleg. Mirjam is vanmiddag bij de accountant (Peelland Audit), bel me op 06-41278395 als er iets is.
[13-10-2025 09:41] Femke Janssen
👍 en Mir, die klacht bij de ombudsman van mevr. Van de Pas? Wim wil een conceptreactie voor vrijdag.
[13-10-2025 09:44] Mirjam Claessens
Sevda pakt die op met Thijs."""
DOCS.append(Doc(
    "bs08_teams_chat_invordering_dwangbevelen", "Teams chat export invordering", kind="ttf",
    producer="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365",
    blocks=[("pre", CHAT8)],
    redact=[
        R("PERSON", "Mirjam Claessens", "Mirjam Claessens", "Mirjam", "Mir"),
        R("PERSON", "Sevda Yıldırım", "Sevda Yıldırım", "Sevda"),
        R("PERSON", "Ruud van den Akker", "Ruud van den Akker", "Ruud"),
        R("PERSON", "Femke Janssen", "Femke Janssen", "Femke"),
        R("PERSON", "Priscilla Sno-Kross", "Priscilla Sno-Kross", "Sno-Kross"),
        R("PERSON", "Wilhelmina van de Pas", "Van de Pas"),
        R("PERSON", "Wim Rutten", "Wim"),
        R("PERSON", "Thijs ter Horst", "Thijs"),
        R("PHONE", "06-41278395"),
    ],
    keep=[K("PRODUCT", "Key2Belastingen"), K("OFFICEHOLDER", "Wethouder Koolen"), K("OFFICEHOLDER", "Raadslid Kersten"),
          K("ORG", "Peelland Audit"), K("PLACE", "Gennep"), K("AMOUNT", "EUR 52,00"), K("TERM", "B1-niveau"),
          K("ORG", "AB"), K("TERM", "dwangbevel"), K("ORG", "griffie"), K("ORG", "ombudsman")],
))

# ------------------------------------------------------------------------------------------ bs09
DOCS.append(Doc(
    "bs09_dwangbevel_aankondiging_beslag", "Aankondiging beslag - dwangbevel 2025.DW.06631", kind="ttf",
    font="DejaVuSerif", producer="Aspose.PDF for .NET 23.4", creator="Key2Belastingen Invordering",
    blocks=HDR + [
        "",
        "AANGETEKEND\nDe heer J. Wiśniewski\nTienrayseweg 14-B\n5961 NG Horst",
        ("kv", [["Datum", "2 september 2025"], ["Dwangbevelnummer", "2025.DW.06631"],
                ["Openstaand bedrag", "EUR 1.164,78"], ["Belastingdeurwaarder", "R. van den Akker"],
                ["BSN / geboortedatum", "660035868 / 17-04-1990"]], [45, 90]),
        "# Aankondiging van beslag op loon",
        "Geachte heer Wiśniewski,",
        "Op 14 juli 2025 hebben wij u een dwangbevel betekend voor de aanslagen afvalstoffenheffing en "
        "rioolheffing 2024 en 2025 (totaal EUR 1.088,78 plus EUR 76,00 kosten). U heeft niet betaald en niet gereageerd. "
        "Op grond van artikel 19 van de Invorderingswet 1990, van overeenkomstige toepassing via artikel 256 "
        "Gemeentewet, leggen wij daarom beslag op uw loon bij uw werkgever Fresh Produce Horst B.V.",
        "Wij houden rekening met de beslagvrije voet volgens de Wet vereenvoudiging beslagvrije voet. Uw werkgever "
        "houdt alleen het deel boven de beslagvrije voet in. Bent u het niet eens met de berekening, of is uw "
        "situatie veranderd, bel dan binnen twee weken.",
        "Wilt u beslag voorkomen? Betaal dan het volledige bedrag vóór 16 september 2025 op rekening "
        "NL31 BNGH 0285 1200 44 t.n.v. Belastingsamenwerking Maas-Peel onder vermelding van 2025.DW.06631.",
        "Tłumaczenie na język polski: www.bsmp.nl/pl. W razie pytań prosimy o kontakt z działem windykacji.",
        "Hoogachtend,\nde belastingdeurwaarder,",
        ("sig", "vdakker"),
        "R. (Ruud) van den Akker\nbelastingdeurwaarder, beëdigd 12 mei 2019\nmobiel 06 52 19 44 07 | r.vandenakker@bsmp.nl",
    ],
    redact=[
        R("PERSON", "Józef Wiśniewski", "J. Wiśniewski", "Wiśniewski"),
        R("ADDRESS", "Tienrayseweg 14-B", "Tienrayseweg 14-B"),
        R("POSTCODE", "5961 NG"), R("BSN", "660035868"), R("DOB", "17-04-1990"),
        R("PERSON", "Ruud van den Akker", "R. van den Akker", "van den Akker", "Ruud"),
        R("PHONE", "06 52 19 44 07"),
        R("EMAIL", "r.vandenakker@bsmp.nl"),
    ],
    keep=[K_ORG, K_STAT, K("CASE", "2025.DW.06631"), K("ORG", "Fresh Produce Horst B.V."),
          K("LAW", "Invorderingswet 1990"), K("LAW", "artikel 256"), K("LAW", "Wet vereenvoudiging beslagvrije voet"),
          K("IBAN_ORG", "NL31 BNGH 0285 1200 44"), K("AMOUNT", "EUR 1.164,78"), K("ROLE", "belastingdeurwaarder"),
          K("URL", "www.bsmp.nl/pl"), K("TERM", "beslagvrije voet"), K("PLACE", "Horst")],
))

# ------------------------------------------------------------------------------------------ bs10 (docx mail)
DOCS.append(Doc(
    "bs10_mailwisseling_loonbeslag_werkgever", "Mailwisseling loonbeslag werkgever", kind="docx",
    producer="Microsoft® Outlook® for Microsoft 365", creator="Microsoft Outlook",
    blocks=[
        "Van: Nabben, Yvonne <y.nabben@freshproducehorst.nl>",
        "Verzonden: dinsdag 9 september 2025 14:20",
        "Aan: Akker, Ruud van den <r.vandenakker@bsmp.nl>",
        "CC: salarisadministratie@freshproducehorst.nl; invordering@bsmp.nl",
        "Onderwerp: RE: beslag onder derden - medewerker J. Wiśniewski (2025.DW.06631)",
        "---",
        "Beste heer Van den Akker,",
        "Wij hebben het exploot ontvangen. De heer Wiśniewski is sinds 1 maart 2025 bij ons in dienst als "
        "orderpicker, flexcontract via Agro Flex Uitzendbureau tot 1 maart en sindsdien rechtstreeks. Zijn netto "
        "vierwekenloon is wisselend (seizoen). Wij houden vanaf periode 10 in wat boven de beslagvrije voet valt en "
        "maken dat over onder vermelding van uw kenmerk.",
        "Let op: er ligt al een loonbeslag van het CJIB (verkeersboetes) met voorrang. Kunt u met onze collega "
        "Bartek Nowak van de salarisadministratie afstemmen wie wat krijgt? Hij is bereikbaar op "
        "077 - 398 44 10 toestel 231.",
        "Met vriendelijke groet,\nYvonne Nabben\nHR-adviseur | Fresh Produce Horst B.V. | Venrayseweg 118, Horst\n"
        "T 077 398 44 00 | M +31 6 24 90 18 37",
        "",
        "> Van: Akker, Ruud van den <r.vandenakker@bsmp.nl>",
        "> Verzonden: maandag 8 september 2025 10:02",
        "> Aan: info@freshproducehorst.nl",
        "> Onderwerp: beslag onder derden - medewerker J. Wiśniewski (2025.DW.06631)",
        "> Geachte heer, mevrouw, vandaag is aan u als werkgever het beslag onder derden betekend "
        "(artikel 19 Invorderingswet 1990). Wilt u binnen vier weken de derdenverklaring terugsturen? "
        "De beslagvrije voet berekent u met de rekenhulp van de Rijksoverheid. Met vriendelijke groet, "
        "R. van den Akker, belastingdeurwaarder BSMP, 06 52 19 44 07",
    ],
    redact=[
        R("PERSON", "Yvonne Nabben", "Yvonne Nabben", "Nabben, Yvonne"),
        R("EMAIL", "y.nabben@freshproducehorst.nl"),
        R("PERSON", "Ruud van den Akker", "Akker, Ruud van den", "Van den Akker", "R. van den Akker"),
        R("EMAIL", "r.vandenakker@bsmp.nl"),
        R("PERSON", "Józef Wiśniewski", "J. Wiśniewski", "Wiśniewski"),
        R("PERSON", "Bartek Nowak"),
        R("PHONE", "077 - 398 44 10 toestel 231", "077 - 398 44 10 toestel 231"),
        R("PHONE", "+31 6 24 90 18 37", "~+31 6 24 90 18 37"),
        R("PHONE", "06 52 19 44 07"),
    ],
    keep=[K("ORG", "Fresh Produce Horst B.V."), K("EMAIL_FUNCTIONAL", "salarisadministratie@freshproducehorst.nl"),
          K("EMAIL_FUNCTIONAL", "invordering@bsmp.nl"), K("EMAIL_FUNCTIONAL", "info@freshproducehorst.nl"),
          K("CASE", "2025.DW.06631"), K("ORG", "Agro Flex Uitzendbureau"), K("ORG", "CJIB"),
          K("LAW", "Invorderingswet 1990"), K("ORG", "Rijksoverheid"), K("PHONE_GENERAL", "077 398 44 00"),
          K("ADDRESS_PUBLIC", "Venrayseweg 118"), K("ROLE", "HR-adviseur"), K("TERM", "derdenverklaring"),
          K("ROLE", "belastingdeurwaarder")],
))

# ------------------------------------------------------------------------------------------ bs11
DOCS.append(Doc(
    "bs11_betalingsregeling_sno_kross", "Overeenkomst betalingsregeling 2025-BR-0412",
    producer="Nitro Pro 13.70.2.40", creator="Nitro Pro",
    blocks=HDR + [
        "# Overeenkomst betalingsregeling",
        ("kv", [["Regelingnummer", "2025-BR-0412"], ["Belastingschuldige", "mevrouw P.C. Sno-Kross"],
                ["Adres", "Gasthuisstraat 19a, 6591 AN Gennep"], ["Geboortedatum", "07-08-1988"],
                ["Aanslagen", "2025.417.20931 (OZB, afvalstoffenheffing, rioolheffing)"],
                ["Openstaand bedrag", "EUR 842,16"], ["Rekening debiteur", "NL13 KNAB 0257 3188 46"],
                ["Contact debiteur", "0031 6 4120 8835 | priscilla.sno@outlook.com"]], [40, 120]),
        "Partijen, de invorderingsambtenaar van de Belastingsamenwerking Maas-Peel en de belastingschuldige, "
        "komen het volgende overeen:",
        "1. De belastingschuldige betaalt het openstaande bedrag in twaalf maandelijkse termijnen van EUR 70,18, "
        "de eerste termijn op 1 september 2025, via automatische incasso.",
        "2. Zolang de regeling wordt nagekomen, worden geen verdere invorderingsmaatregelen genomen en wordt geen "
        "invorderingsrente berekend (Leidraad Invordering 2025, artikel 25.2).",
        "3. Wordt een termijn niet betaald, dan vervalt de regeling en is het restant direct opeisbaar. De "
        "belastingdeurwaarder kan dan een dwangbevel uitvaardigen.",
        "4. De belastingschuldige meldt wijzigingen in inkomen direct. Zij is aangemeld bij de schuldhulpverlening "
        "van de gemeente Gennep (contactpersoon: budgetcoach Henk Jacobs, 0485-49 41 41); de BSMP stemt met die "
        "contactpersoon af.",
        ("table", [["", "Namens de BSMP", "Belastingschuldige"],
                   ["Naam", "R. van den Akker", "P.C. Sno-Kross"],
                   ["Functie", "belastingdeurwaarder", ""],
                   ["Datum", "28 augustus 2025", "28 augustus 2025"],
                   ["Handtekening", "(getekend) RvdA", "(getekend) P. Sno"]], [30, 60, 60]),
        "~ Deze overeenkomst is opgemaakt in tweevoud. Vragen: invordering@bsmp.nl of 0478 - 76 90 00.",
    ],
    redact=[
        R("PERSON", "Priscilla Sno-Kross", "P.C. Sno-Kross", "Sno-Kross", "P. Sno"),
        R("ADDRESS", "Gasthuisstraat 19a", "Gasthuisstraat 19a"),
        R("POSTCODE", "6591 AN"),
        R("DOB", "07-08-1988"),
        R("IBAN", "NL13 KNAB 0257 3188 46", "~NL13 KNAB 0257 3188 46"),
        R("PERSON", "Henk Jacobs"), R("PHONE", "0031 6 4120 8835"), R("EMAIL", "priscilla.sno@outlook.com"),
        R("PHONE", "0485-49 41 41"),
        R("PERSON", "Ruud van den Akker", "R. van den Akker"),
        R("INITIALS", "RvdA"),
    ],
    keep=[K_ORG, K_STAT, K_TEL, K("CASE", "2025-BR-0412"), K("CASE", "2025.417.20931"),
          K("LAW", "Leidraad Invordering 2025"), K("ORG", "gemeente Gennep"), K("AMOUNT", "EUR 70,18"),
          K("ROLE", "invorderingsambtenaar"), K("ROLE", "budgetcoach"), K("EMAIL_FUNCTIONAL", "invordering@bsmp.nl"),
          K("TAX", "OZB"), K("ROLE", "belastingdeurwaarder"), K("PLACE", "Gennep")],
))
