"""Documents dl17-dl33 of set DL (data breach at Sociaal Domein, gemeente Hardenberg). Invented persons."""
from lib import Doc

DOCS = []
A = DOCS.append

A(Doc("dl17", [
    "# FACTUUR",
    "Grootveld IT Forensics | eenmanszaak | D.A. Grootveld",
    "Meidoornlaan 8, 7908 HK Hoogeveen | 06-53 08 71 22 | dennis@grootveld-forensics.nl",
    "KvK 81234567 | btw-id NL003518827B92 | IBAN NL12 RABO 0345 6789 01 t.n.v. D.A. Grootveld",
    "",
    "Aan: Gemeente Hardenberg, crediteurenadministratie, Postbus 500, 7770 BA Hardenberg",
    "Factuurnummer: 2026-0412 | Factuurdatum: 6 november 2026 | Uw referentie: inkooporder 4500187733",
    "",
    "| Omschrijving | Uren | Tarief | Bedrag |",
    "| Forensisch onderzoek mailflow en DLP-logging tenant Hardenberg (16-20 okt) | 22 | € 135,00 | € 2.970,00 |",
    "| Rapportage en toelichting aan CISO en FG | 6 | € 135,00 | € 810,00 |",
    "| Reiskosten Hoogeveen - Hardenberg (4 x 68 km) | - | € 0,23 | € 62,56 |",
    "| Subtotaal | | | € 3.842,56 |",
    "| Btw 21% | | | € 806,94 |",
    "| Totaal | | | € 4.649,50 |",
    "",
    "Betaling binnen 30 dagen op rekening NL12 RABO 0345 6789 01 onder vermelding van factuurnummer 2026-0412.",
    "Contactpersoon opdrachtgever: J. Kalsbeek (CISO).",
], red=["Grootveld", "Grootveld IT Forensics", "D.A. Grootveld", "Meidoornlaan 8", "06-53 08 71 22", "dennis@grootveld-forensics.nl",
        "KvK 81234567", "NL003518827B92", "NL12 RABO 0345 6789 01", "J. Kalsbeek"],
    keep=["Gemeente Hardenberg", "2026-0412", "inkooporder 4500187733", "€ 4.649,50", "DLP-logging", "CISO",
          "Postbus 500", "Hoogeveen", "€ 806,94"],
    producer="Moneybird PDF (wkhtmltopdf 0.12.6)", creator="Moneybird", title="Factuur 2026-0412"))

A(Doc("dl18", [
    "# Tekstbureau Zinnig",
    "Renske Hofstede-Alberda | tekstschrijver B1-taal | Brink 3, 7731 BM Ommen",
    "T 0529 45 33 10 | renske@tekstbureauzinnig.nl | KvK 70118342 | IBAN NL55 INGB 0006 7812 34",
    "",
    "Gemeente Hardenberg, t.a.v. team Communicatie, mevrouw L. ter Horst",
    "Factuur Z-26-077 | 30 oktober 2026",
    "",
    "| Werkzaamheden | Bedrag |",
    "| Herschrijven brief aan betrokkenen datalek op B1-niveau (3 varianten), spoed 19-20 oktober | € 540,00 |",
    "| Vraag-en-antwoordlijst belteam KCC (22 vragen) | € 360,00 |",
    "| Spoedtoeslag 25% | € 225,00 |",
    "| Totaal exclusief btw (KOR, vrijgesteld van btw) | € 1.125,00 |",
    "",
    "Graag binnen 14 dagen overmaken naar NL55 INGB 0006 7812 34 t.n.v. R. Hofstede.",
    "Met dank voor de prettige samenwerking, Renske",
], red=["Renske Hofstede-Alberda", "Brink 3", "0529 45 33 10", "renske@tekstbureauzinnig.nl", "KvK 70118342",
        "NL55 INGB 0006 7812 34", "L. ter Horst", "R. Hofstede", "Renske"],
    keep=["Tekstbureau Zinnig", "Gemeente Hardenberg", "team Communicatie", "Z-26-077", "B1-niveau", "belteam KCC",
          "€ 1.125,00", "Ommen", "KOR"],
    font="Times-Roman", size=11, producer="PDFpen 13.1", creator="Pages", title="Factuur Z-26-077"))

A(Doc("dl19", [
    "# WhatsApp-chat met Mirjam",
    "Geëxporteerd op 03-11-2026 door het toestel van R. Oudejans (dienst-iPhone, 06-41 87 22 90)",
    "15-10-26, 08:47 - Rens: Hoi Mir, sorry dat ik je op je vrije dag stoor. Die Q3-lijst is gisteren naar een "
    "verkeerd adres gegaan, naar een Marloes Jansen in Dedemsvaart. Kun je me even bellen?",
    "15-10-26, 09:02 - Mirjam vt Hooft: O nee. Ik bel je zo. Ik zit bij de tandarts",
    "15-10-26, 09:31 - Mirjam vt Hooft: Ik voel me zo stom. Outlook gaf die naam als eerste en ik heb niet gekeken",
    "15-10-26, 09:33 - Rens: Het is echt niet alleen jouw fout, die beveiliging had het moeten tegenhouden. Jeroen "
    "zoekt het uit met Baxtel. Saskia (FG) belt je morgen voor je verhaal",
    "15-10-26, 09:34 - Mirjam vt Hooft: oké. Moet ik naar Marloes toe?",
    "15-10-26, 09:36 - Rens: nee, dat doe ik vanmiddag met Noor. Rust nou maar even uit 🙏",
    "16-10-26, 18:20 - Mirjam vt Hooft: Saskia was heel aardig. Ik heb slecht geslapen. Mag ik maandag thuiswerken?",
    "16-10-26, 18:25 - Rens: Natuurlijk. En als je wil praten: de vertrouwenspersoon is Harriët Lohuis, 0523 28 90 55",
], red=["Oudejans", "Mirjam", "R. Oudejans", "06-41 87 22 90", "Rens", "Mir", "Marloes Jansen", "Mirjam vt Hooft", "Jeroen",
        "Saskia", "Marloes", "Noor", "Harriët Lohuis", "0523 28 90 55", "HEALTH|Ik heb slecht geslapen"],
    keep=["Baxtel", "Outlook", "Dedemsvaart", "ROLE|vertrouwenspersoon", "FG", "WhatsApp"],
    font="DejaVu", size=10, producer="Skia/PDF m119", creator="Chromium", title="WhatsApp-chat"))

A(Doc("dl20", [
    "# Verslag crisisoverleg datalek DL-2026-031",
    "Datum: maandag 19 oktober 2026, 08:30 - 10:00 | Locatie: Thorbeckezaal, gemeentehuis Jan Weitkamplaan 4",
    "## Aanwezig",
    "| Naam | Functie | Organisatie | Code |",
    "| Wilco Zandbergen (vz) | afdelingshoofd Sociaal Domein | gemeente | WZ |",
    "| Saskia Brouwer-Wittebrood | functionaris gegevensbescherming | gemeente | SBW |",
    "| Jeroen Kalsbeek | CISO | gemeente | JKb |",
    "| Rens Oudejans | teamleider Werk & Inkomen | gemeente | RO |",
    "| Noor El Idrissi | adviseur privacy | gemeente | NEI |",
    "| Bart-Jan Heuvelink | juridisch adviseur | gemeente | BJH |",
    "| Liesbeth ter Horst | communicatieadviseur | gemeente | LtH |",
    "| Çağla Demirtaş | incidentmanager | Baxtel ICT Services B.V. | CD |",
    "| Gerda Pleijsier (verslag) | managementondersteuner | gemeente | GP |",
    "Afwezig met bericht: wethouder Hoekstra (wordt na afloop gebriefd door WZ).",
    "## 1. Stand van zaken",
    "SBW licht de analyse toe. Melding bij de AP is gedaan op 16 oktober (M-2026-18342). De ontvangster heeft de "
    "verklaring van vernietiging getekend. CD bevestigt dat de DLP-policy sinds de migratie in audit mode stond en "
    "dat Baxtel dit als eigen fout erkent; het incidentrapport volgt uiterlijk 22 oktober.",
    "## 2. Informeren betrokkenen",
    "Alle 212 betrokkenen krijgen op 21 oktober een brief. LtH laat de tekst op B1-niveau herschrijven door "
    "Tekstbureau Zinnig. Het KCC zet een belteam in op 14 0523; NEI schrijft de vraag-en-antwoordlijst. Voor de 37 "
    "cliënten met een zorgvlag neemt het Wijkteam binnen een week contact op.",
    "## 3. Medewerker",
    "RO meldt dat de betrokken consulent erg aangeslagen is en enkele dagen thuiswerkt. Besloten wordt dat er geen "
    "rechtspositionele gevolgen zijn. De vertrouwenspersoon is ingeschakeld.",
    "## 4. Aansprakelijkheid",
    "BJH bereidt een brief voor waarin Baxtel aansprakelijk wordt gesteld op grond van de verwerkersovereenkomst "
    "(artikel 7 en 11). CD neemt dit mee naar de directie van Baxtel.",
    "## 5. Pers en raad",
    "Raadslid Yıldız (GroenLinks-PvdA) heeft schriftelijke vragen aangekondigd. Persbericht op 21 oktober, na "
    "verzending van de brieven. Woordvoering via de wethouder.",
    "## Actielijst",
    "| Nr | Actie | Wie | Gereed |",
    "| 1 | Brief betrokkenen definitief en verzenden | LtH / NEI | 21-10 |",
    "| 2 | Incidentrapport leverancier | CD | 22-10 |",
    "| 3 | Aansprakelijkstelling Baxtel | BJH | 28-10 |",
    "| 4 | Sensitivity labels verplicht voor BSN-bestanden | JKb | 01-12 |",
    "| 5 | Nazorg medewerker, gesprek met vertrouwenspersoon | RO | 23-10 |",
    "| 6 | Datalekregister en evaluatie na 3 maanden | SBW | 19-01-2027 |",
    "| 7 | Beslisnota college en raadsinformatiebrief | WZ / GP | 20-10 |",
    "Verslag: GP, 19 oktober 2026.",
], red=["Zandbergen", "Brouwer-Wittebrood", "Kalsbeek", "Oudejans", "El Idrissi", "Heuvelink", "ter Horst", "Demirtaş", "Pleijsier", "Wilco Zandbergen", "WZ", "Saskia Brouwer-Wittebrood", "SBW", "Jeroen Kalsbeek", "JKb", "Rens Oudejans", "RO",
        "Noor El Idrissi", "NEI", "Bart-Jan Heuvelink", "BJH", "Liesbeth ter Horst", "LtH", "Çağla Demirtaş", "CD",
        "Gerda Pleijsier", "GP", "HEALTH|erg aangeslagen"],
    keep=["DL-2026-031", "Thorbeckezaal", "Jan Weitkamplaan 4", "Baxtel ICT Services B.V.", "PUBLIC|wethouder Hoekstra",
          "M-2026-18342", "audit mode", "Tekstbureau Zinnig", "14 0523", "Wijkteam", "verwerkersovereenkomst",
          "PUBLIC|Raadslid Yıldız", "GroenLinks-PvdA", "ROLE|functionaris gegevensbescherming", "ROLE|teamleider Werk & Inkomen",
          "ROLE|communicatieadviseur", "KCC", "Sensitivity labels"],
    font="DejaVu", size=10.5, producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365",
    title="Verslag crisisoverleg DL-2026-031", author="Gerda Pleijsier"))

A(Doc("dl21", [
    "# Bereikbaarheidslijst incidentteam privacy & informatieveiligheid (piket Q4 2026)",
    "Vertrouwelijk - alleen voor intern gebruik. Algemeen nummer gemeente: 14 0523. Meldpunt datalekken: "
    "datalek@hardenberg.nl.",
    "| Rol | Naam | Pers.nr | Mobiel | Week |",
    "| FG | S.M. Brouwer-Wittebrood | 100482 | 06-29314478 | 40-52 |",
    "| CISO | J. Kalsbeek | 101137 | 06 5310 8862 | 40, 42, 44, 46 |",
    "| Adviseur privacy | N. El Idrissi | 103906 | +31 6 1847 2290 | 41, 43, 45, 47 |",
    "| Privacy officer SD | A. (Annelot) Jonkman | 102215 | 0031 6 4420 7731 | 48-52 |",
    "| Juridisch | B.J. Heuvelink | 098774 | 0523 28 91 06 | op afroep |",
    "| Communicatie | L. ter Horst | 104452 | 06-45 91 30 08 | op afroep |",
    "| Baxtel servicedesk | (functioneel) | - | 088 227 40 00 | 24/7 |",
    "Escalatie buiten kantoortijden: afdelingshoofd W. Zandbergen, 06 2270 1945, daarna de gemeentesecretaris via de "
    "bodedienst (0523 28 90 00).",
], red=["Brouwer-Wittebrood", "Kalsbeek", "Jonkman", "Heuvelink", "Zandbergen", "S.M. Brouwer-Wittebrood", "100482", "06-29314478", "J. Kalsbeek", "101137", "06 5310 8862", "N. El Idrissi",
        "103906", "+31 6 1847 2290", "A. (Annelot) Jonkman", "102215", "0031 6 4420 7731", "B.J. Heuvelink", "098774",
        "0523 28 91 06", "L. ter Horst", "104452", "06-45 91 30 08", "W. Zandbergen", "06 2270 1945"],
    keep=["14 0523", "datalek@hardenberg.nl", "088 227 40 00", "0523 28 90 00", "Baxtel servicedesk",
          "ROLE|Adviseur privacy", "ROLE|Privacy officer SD", "CISO", "ROLE|gemeentesecretaris"],
    font="Helvetica", size=10, producer="Microsoft® Excel® voor Microsoft 365", creator="Microsoft® Excel® voor Microsoft 365",
    title="Bereikbaarheidslijst piket Q4"))

A(Doc("dl22", [
    "# Schriftelijke vragen ex artikel 41 Reglement van orde",
    "Aan het college van burgemeester en wethouders van Hardenberg",
    "Datum: 22 oktober 2026 | Indiener: raadslid Fatma Yıldız (GroenLinks-PvdA), mede namens raadslid Gert-Jan Zwiers (VVD)",
    "Onderwerp: datalek Sociaal Domein",
    "",
    "Via de Vechtdal Post en de raadsinformatiebrief van 21 oktober hebben wij kennisgenomen van een datalek waarbij "
    "gegevens van 212 inwoners in de schuldhulpverlening en de bijzondere bijstand naar een particulier zijn gemaild. "
    "Wij stellen het college de volgende vragen:",
    "1. Hoe kon een bestand met burgerservicenummers zonder versleuteling worden gemaild? Wordt Zivver niet gebruikt?",
    "2. Waarom werkte de beveiliging van de leverancier Baxtel ICT Services B.V. niet, en wie draait op voor de kosten?",
    "3. Hoeveel datalekken heeft de gemeente in 2025 en 2026 bij de Autoriteit Persoonsgegevens gemeld?",
    "4. Is wethouder Hoekstra bereid de raad na drie maanden te informeren over de evaluatie?",
    "5. Hoe worden de 37 inwoners met een zorgindicatie extra ondersteund?",
    "",
    "Fatma Yıldız, raadslid GroenLinks-PvdA",
    "Gert-Jan Zwiers, raadslid VVD",
], red=[],
    keep=["PUBLIC|raadslid Fatma Yıldız", "PUBLIC|raadslid Gert-Jan Zwiers", "PUBLIC|Fatma Yıldız, raadslid", "PUBLIC|Gert-Jan Zwiers, raadslid",
          "GroenLinks-PvdA", "VVD", "Vechtdal Post", "Baxtel ICT Services B.V.", "Autoriteit Persoonsgegevens",
          "PUBLIC|wethouder Hoekstra", "Zivver", "artikel 41 Reglement van orde", "raadsinformatiebrief"],
    font="DejaVuSerif", size=10.5, producer="iText 2.1.7 by 1T3XT", creator="iBabs", title="Schriftelijke vragen datalek"))

A(Doc("dl23", [
    "# Beantwoording schriftelijke vragen datalek Sociaal Domein",
    "Het college van burgemeester en wethouders van Hardenberg | 10 november 2026 | kenmerk Z/26/204418-07",
    "Aan raadslid Fatma Yıldız (GroenLinks-PvdA) en raadslid Gert-Jan Zwiers (VVD)",
    "",
    "Vraag 1. Het bestand is via gewone e-mail verstuurd. De werkinstructie schrijft Zivver of de beveiligde "
    "ketenomgeving voor; die is in dit geval niet gevolgd. Inmiddels is versleuteld verzenden van bestanden met een "
    "BSN technisch afgedwongen.",
    "Vraag 2. De DLP-instelling van Baxtel ICT Services B.V. stond na een migratie ten onrechte in testmodus. De "
    "leverancier heeft dit erkend. Het college heeft Baxtel op 28 oktober aansprakelijk gesteld voor de kosten, "
    "ongeveer € 14.600.",
    "Vraag 3. In 2025 zijn 9 datalekken gemeld, in 2026 tot nu toe 6 (inclusief dit lek).",
    "Vraag 4. Ja. Wethouder Hoekstra informeert de raad in februari 2027 over de evaluatie.",
    "Vraag 5. Het Wijkteam heeft alle 37 inwoners benaderd; 21 van hen hebben een gesprek gehad.",
    "Dit antwoord is voorbereid door team Werk & Inkomen (contactpersoon: N. El Idrissi, n.elidrissi@hardenberg.nl, "
    "0523 28 91 74).",
    "",
    "Het college van burgemeester en wethouders van Hardenberg,",
    "de secretaris, de burgemeester,",
    "",
    "burgemeester A.M. Kloosterboer",
], red=["N. El Idrissi", "n.elidrissi@hardenberg.nl", "0523 28 91 74"],
    keep=["PUBLIC|raadslid Fatma Yıldız", "PUBLIC|raadslid Gert-Jan Zwiers", "Z/26/204418-07", "Zivver",
          "Baxtel ICT Services B.V.", "€ 14.600", "PUBLIC|Wethouder Hoekstra", "Wijkteam", "PUBLIC|burgemeester A.M. Kloosterboer",
          "team Werk & Inkomen", "GroenLinks-PvdA", "DLP-instelling"],
    font="DejaVuSerif", size=11, producer="Aspose.PDF for .NET 23.1", creator="iBabs", title="Beantwoording vragen datalek",
    author="Noor El Idrissi", hidden=[("metadata", "PERSON", "Noor El Idrissi")]))

A(Doc("dl24", [
    "# PERSBERICHT",
    "Gemeente Hardenberg, 21 oktober 2026",
    "## Gegevens van 212 inwoners per vergissing naar verkeerde ontvanger gemaild",
    "Een medewerker van de gemeente Hardenberg heeft op 14 oktober een e-mail met gegevens van 212 inwoners die "
    "schuldhulpverlening of bijzondere bijstand ontvangen, naar een verkeerd e-mailadres gestuurd. De ontvanger heeft "
    "de gemeente direct gewaarschuwd en de e-mail verwijderd. De gemeente heeft het datalek gemeld bij de Autoriteit "
    "Persoonsgegevens en alle betrokkenen vandaag per brief geïnformeerd.",
    "'Dit had niet mogen gebeuren', zegt wethouder Ruud Hoekstra (Sociaal Domein). 'Juist deze inwoners moeten erop "
    "kunnen vertrouwen dat wij zorgvuldig met hun gegevens omgaan. Ik bied hun namens het college mijn excuses aan.'",
    "Onderzoek wijst uit dat een beveiligingsinstelling bij de ICT-leverancier niet goed stond. Die instelling is "
    "hersteld. Daarnaast kunnen bestanden met een burgerservicenummer alleen nog versleuteld worden verstuurd.",
    "Inwoners met vragen kunnen bellen met 14 0523 of mailen naar privacy@hardenberg.nl.",
    "",
    "Noot voor de redactie, niet voor publicatie: perscontact via het persnummer 0523 28 93 33 of pers@hardenberg.nl.",
], red=[],
    hidden=[("metadata", "PERSON", "Liesbeth ter Horst"), ("metadata", "PERSON", "L.ter Horst")],
    author="Liesbeth ter Horst", xmp_creator="L.ter Horst",
    keep=["Gemeente Hardenberg", "PUBLIC|wethouder Ruud Hoekstra", "Autoriteit Persoonsgegevens", "14 0523",
          "privacy@hardenberg.nl", "pers@hardenberg.nl", "0523 28 93 33", "schuldhulpverlening", "burgerservicenummer"],
    font="Helvetica", size=11, producer="Adobe PDF Library 23.1.175", creator="Adobe InDesign 19.0 (Macintosh)",
    title="Persbericht datalek 21 oktober 2026"))

A(Doc("dl25", [
    "# Verklaring van vernietiging",
    "",
    "Ondergetekende:",
    "Naam: Marloes Jansen",
    "Adres: Esweg 77, Dedemsvaart",
    "Telefoon: 0523-265 418",
    "",
    "verklaart dat zij de e-mail van de gemeente Hardenberg",
    "van 14 oktober 2026 en de bijlage volledig heeft verwijderd,",
    "van haar computer en telefoon, en dat zij geen kopie",
    "heeft bewaard of aan anderen heeft verstrekt.",
    "",
    "Dedemsvaart, 15 oktober 2026",
    "",
    "~ Handtekening: M. Jansen",
    "",
    "Namens de gemeente aanwezig:",
    "~ Rens Oudejans",
    "~ Noor El Idrissi",
], red=["Marloes Jansen", "Esweg 77", "0523-265 418", "M. Jansen", "Rens Oudejans", "Noor El Idrissi"],
    scan=True, producer="KONICA MINOLTA bizhub C300i", creator="bizhub C300i", rotate=-0.7,
    title="Scan verklaring van vernietiging"))

A(Doc("dl26", [
    "# Memo technische maatregelen na datalek DL-2026-031",
    "Aan: directieteam | Van: CISO | Datum: 2 november 2026 | Kenmerk: IV-2026-088",
    "Opgesteld door J. Kalsbeek (toestel 9162), in afstemming met de FG.",
    "## Genomen maatregelen",
    "1. DLP-policy 'NL BSN - extern' staat op block en geeft een policy-tip aan de gebruiker (sinds 15 oktober).",
    "2. De autocomplete-lijst (nickname cache) is voor alle 1.140 mailboxen geleegd; het automatisch aanvullen van "
    "externe adressen is uitgeschakeld via Intune-configuratieprofiel OUT-EXT-01.",
    "3. Bestanden met een BSN krijgen automatisch het sensitivity label 'Vertrouwelijk - persoonsgegevens'; "
    "verzenden naar externe adressen kan alleen via Zivver.",
    "4. Baxtel rapporteert wekelijks de DLP-matches; de eerste rapportage (week 44) toont 14 geblokkeerde berichten.",
    "## Nog te nemen maatregelen",
    "5. E-learning 'Veilig mailen' verplicht voor alle medewerkers Sociaal Domein vóór 1 januari 2027.",
    "6. Evaluatie van de verwerkersovereenkomst met Baxtel ICT Services B.V. in het eerste kwartaal van 2027.",
    "## Besluit gevraagd",
    "Het directieteam wordt gevraagd in te stemmen met maatregel 5 en 6 en de kosten (circa € 6.000) te dekken uit "
    "het budget informatieveiligheid.",
    "",
    "Chief Information Security Officer",
], annots=[(0, 480, 740, "Jeroen Kalsbeek", "Concept - Wilco, wil jij dit vóór het DT van donderdag lezen?"),
           (0, 480, 560, "Zandbergen, Wilco", "Akkoord. Bel me even op 06 2270 1945 over de kosten."),
           (0, 480, 420, "Annelot Jonkman", "Graag ook de privacy officers SD in de e-learning betrekken - Annelot")],
    hidden=[("annotations", "PERSON", "Jeroen Kalsbeek"), ("annotations", "PERSON", "Wilco"),
            ("annotations", "PERSON", "Zandbergen, Wilco"), ("annotations", "PHONE", "06 2270 1945"),
            ("annotations", "PERSON", "Annelot Jonkman"), ("annotations", "PERSON", "Annelot")],
    red=["J. Kalsbeek", "9162", ],
    keep=["DL-2026-031", "IV-2026-088", "nickname cache", "OUT-EXT-01", "Zivver", "Baxtel ICT Services B.V.",
          "Veilig mailen", "Sociaal Domein", "Chief Information Security Officer", "Intune-configuratieprofiel",
          "verwerkersovereenkomst", "directieteam"],
    font="Helvetica", size=10.5, producer="Adobe Acrobat Pro (64-bit) 24.1.20643", creator="Acrobat PDFMaker 24 voor Word",
    title="Memo technische maatregelen"))

A(Doc("dl27", [
    "# Datalekregister gemeente Hardenberg - uittreksel 2026",
    "Bron: registratie FG, peildatum 5 november 2026. Alleen de regels 2026-025 tot en met 2026-031.",
    "| Nr | Datum | Omschrijving | Gemeld AP | Behandelaar |",
    "| DL-2026-025 | 12-08 | Brief Wmo-beschikking naar oud adres | nee | A. Jonkman |",
    "| DL-2026-026 | 27-08 | Usb-stick zoek (leerlingenvervoer) | nee | N. El Idrissi |",
    "| DL-2026-027 | 03-09 | Parkeervergunningen zichtbaar in portaal | ja, M-2026-14470 | J. Kalsbeek |",
    "| DL-2026-028 | 18-09 | Jeugdhulpdossier bij verkeerde aanbieder | ja, M-2026-15203 | A. Jonkman |",
    "| DL-2026-029 | 30-09 | Inbraak laptop medewerker Burgerzaken | nee | J. Kalsbeek |",
    "| DL-2026-030 | 07-10 | Cc in plaats van bcc, 48 vrijwilligers | nee | N. El Idrissi |",
    "| DL-2026-031 | 14-10 | Overzicht 212 cliënten SHV/BB naar particulier | ja, M-2026-18342 | S.M. Brouwer-Wittebrood |",
    "Toelichting DL-2026-031: medewerker M. van 't Hooft (personeelsnummer 104417) heeft het bericht verzonden; "
    "ontvanger M. Jansen (Dedemsvaart). Zie analyse FG van 16 oktober 2026.",
], red=["A. Jonkman", "N. El Idrissi", "J. Kalsbeek", "S.M. Brouwer-Wittebrood", "M. van 't Hooft", "104417", "M. Jansen"],
    keep=["DL-2026-025", "DL-2026-026", "DL-2026-027", "DL-2026-028", "DL-2026-029", "DL-2026-030", "DL-2026-031",
          "M-2026-14470", "M-2026-15203", "M-2026-18342", "Burgerzaken", "Dedemsvaart", "leerlingenvervoer"],
    font="Helvetica", size=9.5, producer="Microsoft® Excel® 2016", creator="Microsoft® Excel® 2016",
    title="Datalekregister 2026"))

A(Doc("dl28", [
    "Gemeente Hardenberg",
    "",
    "Aangetekend en per e-mail",
    "Baxtel ICT Services B.V.",
    "t.a.v. de directie, de heer ir. M.C. Baxtel",
    "Industrieweg 20",
    "7741 KW Coevorden",
    "",
    "Datum: 28 oktober 2026 | Ons kenmerk: Z/26/204418-05 | Uw kenmerk: INC-2026-10-0457",
    "Onderwerp: aansprakelijkstelling datalek DL-2026-031",
    "",
    "Geachte heer Baxtel,",
    "In uw incidentrapport INC-2026-10-0457 van 22 oktober 2026 erkent u dat de DLP-policy na de migratie van 28 "
    "september 2026 ten onrechte in audit mode stond. Op grond van artikel 7 (beveiliging) en artikel 11 "
    "(aansprakelijkheid) van de verwerkersovereenkomst van 1 januari 2024 stellen wij Baxtel ICT Services B.V. "
    "aansprakelijk voor de schade die de gemeente door dit datalek lijdt. Voorlopig begroten wij die op € 14.600, "
    "bestaande uit kosten van forensisch onderzoek, communicatie, het belteam en extra inzet van het Wijkteam.",
    "Wij verzoeken u binnen vier weken te laten weten of u de aansprakelijkheid erkent. Voor vragen kunt u terecht "
    "bij de heer B.J. Heuvelink, telefoon 0523 28 91 06.",
    "",
    "Hoogachtend,",
    "burgemeester en wethouders van Hardenberg,",
    "namens dezen,",
    "",
    "W. Zandbergen",
    "afdelingshoofd Sociaal Domein",
], red=["heer Baxtel", "ir. M.C. Baxtel", "B.J. Heuvelink", "0523 28 91 06", "W. Zandbergen"],
    keep=["Baxtel ICT Services B.V.", "Industrieweg 20", "Coevorden", "Z/26/204418-05", "INC-2026-10-0457",
          "DL-2026-031", "verwerkersovereenkomst", "€ 14.600", "Wijkteam", "ROLE|afdelingshoofd Sociaal Domein", "audit mode"],
    font="Times-Roman", size=11, producer="Aspose.Words for .NET 23.4", creator="Corsa 7.2 documentgenerator",
    title="Aansprakelijkstelling Baxtel"))

A(Doc("dl29", [
    "VECHTDAL ADVOCATEN",
    "Grote Markt 12, 7731 CZ Ommen | T 0529 - 46 20 00 | info@vechtdaladvocaten.nl",
    "",
    "Aan het college van burgemeester en wethouders van Hardenberg",
    "Postbus 500, 7770 BA Hardenberg",
    "",
    "Ommen, 3 november 2026",
    "Betreft: mevrouw S. de Boer-Wessels / datalek DL-2026-031",
    "Ons kenmerk: 2026.1187/AVdG",
    "",
    "Geacht college,",
    "Ik sta mevrouw SANDRA DE BOER-WESSELS bij, geboren op 14 december 1978, wonende aan de Parkweg 112 te "
    "Dedemsvaart. Cliënte heeft van u een brief ontvangen waaruit blijkt dat haar gegevens, waaronder de vermelding "
    "dat zij via het Wijkteam ggz-begeleiding ontvangt, naar een onbekende derde zijn gestuurd. De ontvangster blijkt "
    "een kennis van de ex-partner van cliënte te zijn, de heer T. Wessels. Cliënte ervaart daardoor ernstige "
    "spanningen.",
    "Namens cliënte stel ik u aansprakelijk voor de immateriële schade op grond van artikel 82 AVG. Ik verzoek u "
    "tevens om inzage in alle gegevens van cliënte die in het bestand stonden (artikel 15 AVG).",
    "Ik verneem graag binnen vier weken uw reactie. Mijn directe nummer is 0529 - 46 20 14; e-mail "
    "a.verschuur@vechtdaladvocaten.nl.",
    "",
    "Hoogachtend,",
    "mr. A. Verschuur-de Graaf",
    "advocaat",
], red=["Verschuur-de Graaf", "Wessels", "S. de Boer-Wessels", "SANDRA DE BOER-WESSELS", "DOB|14 december 1978", "Parkweg 112",
        "HEALTH|ggz-begeleiding", "T. Wessels", "HEALTH|ernstige spanningen", "0529 - 46 20 14",
        "a.verschuur@vechtdaladvocaten.nl", "mr. A. Verschuur-de Graaf", "AVdG"],
    keep=["VECHTDAL ADVOCATEN", "Grote Markt 12", "0529 - 46 20 00", "info@vechtdaladvocaten.nl", "DL-2026-031",
          "artikel 82 AVG", "artikel 15 AVG", "Dedemsvaart", "Wijkteam", "Postbus 500"],
    font="DejaVuSerif", size=10.5, producer="Microsoft® Word 2019", creator="Microsoft® Word 2019",
    title="Aansprakelijkstelling"))

A(Doc("dl30", [
    "# Presentielijst briefing belteam KCC",
    "Datum: 20 oktober 2026, 16:00 | Onderwerp: datalek",
    "",
    "Naam                         Paraaf",
    "Marieke Dijkman              MD",
    "Rachid Benali                RB",
    "Tamara Kuipers               TK",
    "Wouter Mensink               WM",
    "Femke Leusink                FL",
    "",
    "Toelichting door: Noor El Idrissi",
    "",
    "~ Voor gezien: N. El Idrissi",
], red=["Marieke Dijkman", "Rachid Benali", "Tamara Kuipers", "Wouter Mensink", "Femke Leusink", "Noor El Idrissi", "N. El Idrissi", "MD", "RB", "TK", "WM", "FL"],
    scan=True, producer="RICOH IM C3000 PDF", creator="RICOH IM C3000", rotate=0.5,
    title="Scan presentielijst"))

A(Doc("dl31", [
    "Gemeente Hardenberg",
    "",
    "Aan de heer T. Wassink",
    "Sluisstraat 31",
    "7772 BK Hardenberg",
    "",
    "Datum: 14 december 2026 | Ons kenmerk: WOO-2026-0147 | Behandeld door: team Juridische Zaken (woo@hardenberg.nl)",
    "Onderwerp: besluit op uw Woo-verzoek over het datalek Sociaal Domein",
    "",
    "Geachte heer Wassink,",
    "## 1. Uw verzoek",
    "Op 2 november 2026 heeft u met een beroep op de Wet open overheid (Woo) gevraagd om documenten over het datalek "
    "bij de afdeling Sociaal Domein in oktober 2026. Wij hebben de beslistermijn op 30 november 2026 met twee weken "
    "verdaagd.",
    "## 2. Zienswijze",
    "Baxtel ICT Services B.V. heeft op 7 december 2026 een zienswijze gegeven. Baxtel verzet zich niet tegen "
    "openbaarmaking van het incidentrapport, maar vraagt de namen van haar medewerkers en de technische details "
    "van de klantomgeving weg te laken. Wij volgen die zienswijze gedeeltelijk.",
    "## 3. Besluit",
    "Wij maken de documenten gedeeltelijk openbaar. De lijst van betrokkenen (document 15) maken wij niet openbaar. "
    "Een overzicht staat in de inventarislijst. Voor vragen over dit besluit: B.J. Heuvelink, 0523 28 91 06.",
    "## 4. Informatie die niet openbaar gemaakt kan worden",
    "In de documenten staan persoonsgegevens van inwoners, medewerkers van de gemeente en van derden: namen, "
    "e-mailadressen, telefoonnummers, adressen, geboortedata en handtekeningen. Daarnaast komen burgerservicenummers "
    "en gegevens over gezondheid voor.",
    "## Motivering",
    "Burgerservicenummers maken wij niet openbaar op grond van artikel 5.1, eerste lid, onder e, Woo. Gegevens over "
    "gezondheid zijn bijzondere persoonsgegevens; die maken wij niet openbaar op grond van artikel 5.1, eerste lid, "
    "onder d, Woo. Overige persoonsgegevens maken wij niet openbaar op grond van artikel 5.1, tweede lid, onder e, Woo "
    "(5.1.2e): het belang van eerbiediging van de persoonlijke levenssfeer weegt zwaarder dan het belang van "
    "openbaarheid. Namen van de burgemeester, de wethouder en de raadsleden blijven openbaar, omdat zij in hun "
    "publieke functie optreden. Namen van medewerkers die niet uit hoofde van hun functie in de openbaarheid treden, "
    "laken wij. Dat geldt ook voor de medewerker die de e-mail heeft verstuurd: zij heeft een zwaarwegend belang bij "
    "bescherming van haar persoonlijke levenssfeer.",
    "## 5. Openbaarmaking",
    "De documenten worden ook gepubliceerd op open.overheid.nl. Dat gebeurt niet eerder dan twee weken na de "
    "dagtekening van dit besluit.",
    "## 6. Bezwaar",
    "Bent u het niet eens met dit besluit, dan kunt u binnen zes weken bezwaar maken bij ons college.",
    "",
    "Hoogachtend,",
    "burgemeester en wethouders van Hardenberg,",
    "namens dezen,",
    "",
    "mr. drs. E.H.J. (Esther) Nieuwenhuis-Ruhl",
    "teammanager Juridische Zaken",
], red=["B.J. Heuvelink", "0523 28 91 06", "Heuvelink", "T. Wassink", "Sluisstraat 31", "Wassink", "mr. drs. E.H.J. (Esther) Nieuwenhuis-Ruhl"],
    keep=["Gemeente Hardenberg", "WOO-2026-0147", "woo@hardenberg.nl", "Wet open overheid", "Baxtel ICT Services B.V.",
          "artikel 5.1, tweede lid, onder e, Woo", "5.1.2e", "open.overheid.nl", "Juridische Zaken", "Sociaal Domein",
          "ROLE|teammanager Juridische Zaken", "7772 BK Hardenberg"],
    font="Helvetica", size=11.5, producer="Aspose.Words for .NET 23.4", creator="Corsa 7.2 documentgenerator",
    title="Besluit Woo-verzoek WOO-2026-0147", author="Heuvelink, Bart-Jan",
    hidden=[("metadata", "PERSON", "Heuvelink, Bart-Jan")]))

A(Doc("dl32", [
    "# Inventarislijst Woo-besluit WOO-2026-0147",
    "| Nr | Document | Datum | Beoordeling | Grond | Opmerking |",
    "| 1 | Woo-verzoek | 02-11-2026 | deels openbaar | 5.1.2e | |",
    "| 2 | Ontvangstbevestiging | 04-11-2026 | deels openbaar | 5.1.2e | |",
    "| 3 | E-mail aanmeldingen Q3 (zonder bijlage) | 14-10-2026 | deels openbaar | 5.1.2e | bijlage = nr 15 |",
    "| 4 | E-mailwisseling ontvanger | 15-10-2026 | deels openbaar | 5.1.2e | |",
    "| 5 | E-mailwisseling CISO/FG | 15-10-2026 | deels openbaar | 5.1.2e | |",
    "| 6 | Teams-chat consulenten | 15-10-2026 | deels openbaar | 5.1.2e | |",
    "| 7 | Analyse FG | 16-10-2026 | deels openbaar | 5.1.1d, 5.1.2e | |",
    "| 8 | Melding AP M-2026-18342 | 16-10-2026 | deels openbaar | 5.1.2e | |",
    "| 9 | Ontvangstbevestiging AP | 23-10-2026 | deels openbaar | 5.1.2e | |",
    "| 10 | Beslisnota college | 20-10-2026 | deels openbaar | 5.1.2e | |",
    "| 11 | Modelbrief betrokkenen | 21-10-2026 | openbaar | - | |",
    "| 12-13 | Brieven aan betrokkenen (2 voorbeelden) | 21-10-2026 | deels openbaar | 5.1.1d, 5.1.1e, 5.1.2e | |",
    "| 14 | Klachtbrief inwoner | 24-10-2026 | deels openbaar | 5.1.2e | |",
    "| 15 | Lijst betrokkenen | 20-10-2026 | niet openbaar | 5.1.1d, 5.1.1e, 5.1.2e | |",
    "| 16 | Incidentrapport Baxtel | 22-10-2026 | deels openbaar | 5.1.2e | zienswijze |",
    "| 17-18 | Facturen | 30-10-2026 | deels openbaar | 5.1.2e | |",
    "| 19 | WhatsApp-chat | 16-10-2026 | deels openbaar | 5.1.1d, 5.1.2e | |",
    "| 20 | Verslag crisisoverleg | 19-10-2026 | deels openbaar | 5.1.1d, 5.1.2e | |",
    "| 21 | Bereikbaarheidslijst | 01-10-2026 | deels openbaar | 5.1.2e | |",
    "| 22-23 | Raadsvragen en beantwoording | 10-11-2026 | reeds openbaar | - | raadsinformatiesysteem |",
    "| 24 | Persbericht | 21-10-2026 | reeds openbaar | - | |",
    "| 25-33 | Overige stukken | div. | deels openbaar | 5.1.2e | |",
    "Opgesteld door team Juridische Zaken, paraaf BJH.",
], red=["BJH"],
    keep=["WOO-2026-0147", "M-2026-18342", "5.1.2e", "5.1.1d", "5.1.1e", "deels openbaar", "niet openbaar",
          "Juridische Zaken", "Incidentrapport Baxtel", "raadsinformatiesysteem"],
    font="Helvetica", size=9.5, producer="Microsoft® Excel® voor Microsoft 365", creator="Microsoft® Excel® voor Microsoft 365",
    title="Inventarislijst WOO-2026-0147"))

A(Doc("dl33", [
    "Baxtel ICT Services B.V. | Industrieweg 20, 7741 KW Coevorden | 088 227 40 00 | info@baxtel-ict.nl",
    "",
    "Aan: gemeente Hardenberg, team Juridische Zaken, woo@hardenberg.nl",
    "Datum: 7 december 2026",
    "Betreft: zienswijze op voorgenomen openbaarmaking, uw kenmerk WOO-2026-0147",
    "",
    "Geachte heer Heuvelink,",
    "Wij danken u voor de gelegenheid een zienswijze te geven op de voorgenomen openbaarmaking van ons incidentrapport "
    "INC-2026-10-0457. Wij maken geen bezwaar tegen openbaarmaking van de oorzaakanalyse en de maatregelen. Wij "
    "verzoeken u wel: (a) de namen, e-mailadressen en telefoonnummers van onze medewerkers, onder wie mevrouw "
    "Demirtaş, de heer Vos en de heer Smit, niet openbaar te maken; (b) de tenant-identificatie en de namen van "
    "beveiligingsprofielen weg te laten (artikel 5.1, tweede lid, onder i Woo); (c) in het persbericht niet te "
    "vermelden dat het om een fout van Baxtel gaat, omdat de aansprakelijkheid nog niet is vastgesteld.",
    "Voor vragen kunt u contact opnemen met ondergetekende, telefoon 06-12 90 44 57.",
    "",
    "Met vriendelijke groet,",
    "",
    "Jolanda Scheepstra-Bos",
    "bedrijfsjurist Baxtel ICT Services B.V.",
], red=["Heuvelink", "Demirtaş", "Vos", "Smit", "06-12 90 44 57", "Jolanda Scheepstra-Bos"],
    keep=["Baxtel ICT Services B.V.", "Industrieweg 20", "088 227 40 00", "info@baxtel-ict.nl", "woo@hardenberg.nl",
          "WOO-2026-0147", "INC-2026-10-0457", "Juridische Zaken", "artikel 5.1, tweede lid, onder i Woo",
          "ROLE|bedrijfsjurist"],
    font="DejaVu", size=10.5, producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365",
    title="Zienswijze Baxtel"))

# more public terms per document (all already in the text above)
EXTRA_KEEP = {
    "dl17": ["FACTUUR", "Forensisch onderzoek mailflow", "Btw 21%", "crediteurenadministratie", "€ 2.970,00", "FG"],
    "dl18": ["Ommen", "€ 540,00", "Spoedtoeslag", "tekstschrijver B1-taal"],
    "dl19": ["tandarts", "iPhone", "Q3-lijst"],
    "dl20": ["Afwezig met bericht", "Actielijst", "Stand van zaken", "Aansprakelijkheid", "AP",
             "Datalekregister", "CISO", "incidentmanager", "B1-niveau"],
    "dl21": ["FG", "CISO", "Juridisch", "Communicatie", "op afroep", "24/7", "bodedienst", "ROLE|afdelingshoofd"],
    "dl22": ["Hardenberg", "schuldhulpverlening", "bijzondere bijstand", "burgerservicenummers", "Sociaal Domein"],
    "dl23": ["Vraag 1", "Vraag 5", "BSN", "werkinstructie", "testmodus", "Hardenberg"],
    "dl24": ["PERSBERICHT", "Sociaal Domein", "ICT-leverancier", "Noot voor de redactie"],
    "dl26": ["block", "policy-tip", "sensitivity label", "DLP-matches", "week 44", "€ 6.000", "informatieveiligheid"],
    "dl27": ["FG", "Jeugdhulpdossier", "Parkeervergunningen", "Wmo-beschikking", "SHV/BB", "Usb-stick"],
    "dl28": ["Aangetekend", "7741 KW Coevorden", "artikel 7", "artikel 11", "forensisch onderzoek", "DLP-policy",
             "namens dezen", "Sociaal Domein"],
    "dl29": ["Ommen", "7731 CZ Ommen", "immateriële schade", "2026.1187", "ROLE|advocaat", "AVG"],
    "dl31": ["Informatie die niet openbaar gemaakt kan worden", "Motivering", "artikel 5.1, eerste lid, onder e, Woo",
             "inventarislijst", "zienswijze", "Bezwaar", "PUBLIC|burgemeester", "ROLE|wethouder", "raadsleden",
             "persoonsgegevens"],
    "dl32": ["openbaar", "reeds openbaar", "Persbericht", "Facturen", "Analyse FG", "Teams-chat consulenten", "WhatsApp-chat"],
    "dl33": ["Coevorden", "oorzaakanalyse", "tenant-identificatie", "persbericht", "aansprakelijkheid"],
}
for _d in DOCS:
    _d.keep += EXTRA_KEEP.get(_d.stem, [])
