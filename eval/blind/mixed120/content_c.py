"""Set BH, documents bh23-bh34: scans, parliament, press, personnel, suspension, the Woo decision."""
from __future__ import annotations

from lib import Doc, E, H, K, O, P, R, T, concat, rl, scan

DOCS: list[Doc] = []

# ------------------------------------------------------------------------------------------------
# bh23  cover + scanned attendance list of a training in Podor (handwritten names)
# ------------------------------------------------------------------------------------------------
_bh23_cover = rl([
    ("h2", "Bijlage 4 bij de kwartaalrapportage Senegal (Q4 2025)"),
    ("p", "Presentielijst van de training voor de comités de gestion van de boorgaten in Guédé en Podor, "
          "georganiseerd door Association Eau Vive du Fleuve op 10 december 2025, met deelname van de ambassade "
          "in Dakar. De lijst is ingescand door de penvoerder, Stichting WaterWeg, en aan RVO gezonden als bewijs "
          "van de uitgevoerde activiteit (resultaatgebied 3, capaciteitsversterking)."),
    ("p", "Dossier WASH25-0043. De handtekeningen zijn op de scan aanwezig."),
], fonts="times", size=10.5)
_bh23_scan = scan([
    ("h", "LISTE DE PRESENCE - Formation ASUFOR"),
    ("t", "Guede / Podor, le 10 decembre 2025"),
    ("t", "Association Eau Vive du Fleuve - Programme WASH Connect"),
    ("sp", ""),
    ("row", ["Nom et prenom", "Fonction", "Village", "Telephone"]),
    ("row", [("Moussa Kane",), "President", "Guede", ("77 512 33 80",)]),
    ("row", [("Khady Faye",), "Tresoriere", "Guede", ("76 204 18 55",)]),
    ("row", [("Ousmane Ba",), "Fontainier", "Donaye", ("78 330 61 02",)]),
    ("row", [("Fatou Ndiaye Sow",), "Animatrice", "Podor", ("77 918 44 21",)]),
    ("row", [("Mamadou Lamine Sarr",), "Coordinateur", "Podor", ("",)]),
    ("row", [("Jean-Baptiste Ndiaye",), "Ambassade", "Dakar", ("77 645 12 09",)]),
    ("sp", ""),
    ("t", "Visa du coordinateur:"),
    ("sig", "M. L. Sarr"),
], seed=23, angle=-0.8)
DOCS.append(Doc(
    "bh23", concat([_bh23_cover, _bh23_scan]),
    redact=[
        O("PERSON", "Moussa Kane", "Moussa Kane"),
        O("PERSON", "Khady Faye", "Khady Faye"),
        O("PHONE", "76 204 18 55", "204 18 55"),
        O("PERSON", "Ousmane Ba", "Ousmane"),
        O("PERSON", "Fatou Ndiaye Sow", "Ndiaye Sow"),
        O("PERSON", "Mamadou Lamine Sarr", "Lamine Sarr"),
        O("PERSON", "Jean-Baptiste Ndiaye", "Jean-Baptiste"),
        O("PHONE", "77 645 12 09", "645 12 09"),
    ],
    keep=K("ORG", "Association Eau Vive du Fleuve", "Stichting WaterWeg", "RVO")
    + K("PLACE", "Guédé en Podor", "Dakar")
    + K("REF", "WASH25-0043")
    + K("TERM", "comités de gestion", "capaciteitsversterking", "Presentielijst"),
    meta={"Creator": "KONICA MINOLTA bizhub C300i", "Producer": "KONICA MINOLTA bizhub C300i",
          "Title": "Scan presentielijst Podor"},
))

# ------------------------------------------------------------------------------------------------
# bh24  cover + scanned letter of the partner's board chair (typed, signed)
# ------------------------------------------------------------------------------------------------
_bh24_cover = rl([
    ("h2", "Ambassade Nairobi – registratie inkomende post"),
    ("kv", [("Registratienummer", "NAI-2026-0112"), ("Ontvangen", "19 januari 2026"),
            ("Afzender", "Board of Trustees, Mto Safi Community Trust, Kisumu"),
            ("Onderwerp", "Reactie op opschorting financiering en maatregelen bestuur"),
            ("Behandeling", "sectie Ontwikkelingssamenwerking; kopie DGIS/IGG en RVO")], 4.0),
    ("p", "Het origineel is per koerier ontvangen. Inhoudelijke reactie volgt na ontvangst van het rapport van "
          "AuditNoord Forensics (kenmerk ANF-2026-017)."),
], fonts="helv", size=10)
_bh24_scan = scan([
    ("h", "MTO SAFI COMMUNITY TRUST"),
    ("t", "Board of Trustees - Oginga Odinga Street, Kisumu"),
    ("sp", ""),
    ("t", "The Head of Development Cooperation"),
    ("t", "Embassy of the Kingdom of the Netherlands, Nairobi"),
    ("t", "16th January 2026"),
    ("sp", ""),
    ("t", "Dear Sir/Madam,"),
    ("t", "The Board has taken note of the suspension of funding. We inform"),
    ("t", "you that the executive director, Mr. Joseph Otieno Wafula, has been"),
    ("t", "suspended with effect from 10th January 2026 pending the audit."),
    ("t", "The finance manager, Mrs. Grace Atieno Odhiambo, remains on"),
    ("t", "medical leave. Mr. Kevin Omondi has been relieved of procurement."),
    ("t", "The Board appoints Ms. Dorcas Chebet Kiplagat as acting director."),
    ("t", "She can be reached on +254 733 118 427."),
    ("sp", ""),
    ("t", "Yours sincerely,"),
    ("sig", "Rev. Elijah Ochieng Ogola"),
    ("t", "Chairman, Board of Trustees"),
], seed=24, angle=0.5)
DOCS.append(Doc(
    "bh24", concat([_bh24_cover, _bh24_scan]),
    redact=[
        O("PERSON", "Joseph Otieno Wafula", "Otieno Wafula"),
        O("PERSON", "Grace Atieno Odhiambo", "Atieno Odhiambo"),
        O("HEALTH", "medical leave", "medical leave"),
        O("PERSON", "Kevin Omondi", "Kevin Omondi"),
        O("PERSON", "Dorcas Chebet Kiplagat", "Chebet Kiplagat"),
        O("PHONE", "+254 733 118 427", "733 118 427"),
        O("PERSON", "Elijah Ochieng Ogola", "Ochieng Ogola"),
    ],
    keep=K("REF", "NAI-2026-0112", "ANF-2026-017")
    + K("ORG", "Board of Trustees, Mto Safi Community Trust", "AuditNoord Forensics", "DGIS/IGG en RVO")
    + K("PLACE", "Kisumu")
    + K("TERM", "sectie Ontwikkelingssamenwerking", "koerier"),
    meta={"Creator": "Xerox AltaLink C8135", "Producer": "Xerox AltaLink C8135 PDF", "Title": "NAI-2026-0112"},
))

# ------------------------------------------------------------------------------------------------
# bh25  draft letter to parliament with reviewers' sticky notes
# ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    "bh25",
    rl([
        ("small", "CONCEPT v3 – 12 maart 2026 – opstellers: YB/SvdMA – niet verspreiden"),
        ("sp", 6),
        ("line", "Aan de Voorzitter van de"),
        ("line", "Tweede Kamer der Staten-Generaal"),
        ("line", "Prinses Irenestraat 6"),
        ("line", "2595 BD Den Haag"),
        ("sp", 10),
        ("kv", [("Datum", "maart 2026"), ("Betreft", "Onregelmatigheden bij een partner van het programma WASH "
                                                     "Connect 2030 in Kenia")], 2.6),
        ("p", "Geachte voorzitter,"),
        ("p", "Met deze brief informeer ik uw Kamer, mede namens de minister van Buitenlandse Zaken, over de "
              "uitkomsten van een forensische audit bij een lokale partner van het programma WASH Connect 2030 in "
              "Kenia. Daarmee geef ik invulling aan mijn toezegging in antwoord op de schriftelijke vragen van het "
              "lid Özdemir-Bakker (GroenLinks-PvdA) van 8 december 2025 (2025Z22871) en aan het verzoek van het "
              "lid Dijkhuizen (NSC) tijdens het commissiedebat Ontwikkelingshulp van 29 januari 2026."),
        ("h2", "Wat is er gebeurd"),
        ("p", "Het ministerie verleende in juni 2025 via de Rijksdienst voor Ondernemend Nederland (RVO) een "
              "subsidie van ten hoogste EUR 18,4 miljoen aan een consortium onder leiding van Stichting WaterWeg "
              "voor drinkwater en sanitatie in Kenia, Bangladesh en Senegal. Eind 2025 ontving de ambassade in "
              "Nairobi signalen over niet-geleverde boorgaten in Homa Bay County. Een onafhankelijke forensische "
              "audit bevestigt dat voor 23 van de 61 gefactureerde boorgaten geen prestatie is geleverd, voor een "
              "bedrag van omgerekend circa EUR 298.000."),
        ("h2", "Maatregelen"),
        ("p", "RVO heeft de voorschotten voor de Keniaanse component per 1 januari 2026 opgeschort op grond van "
              "artikel 4:56 van de Algemene wet bestuursrecht. De penvoerder vordert het niet-onderbouwde bedrag "
              "terug van de partner en heeft aangifte gedaan bij de Keniaanse Directorate of Criminal "
              "Investigations. Ik heb RVO gevraagd het onverschuldigd betaalde deel van de subsidie terug te "
              "vorderen van de penvoerder, zoals de Kaderwet subsidies Minbuza mogelijk maakt. De componenten in "
              "Bangladesh en Senegal, waar de midterm review goede resultaten laat zien, lopen door."),
        ("p", "Zoals gevraagd in de motie-Van Oosterwijk (36 600 XVII, nr. 41) wordt het toezicht op lokale "
              "partners aangescherpt: voortaan geldt voor alle WASH-subsidies boven EUR 5 miljoen een verplichte "
              "partnerscan vooraf en een jaarlijkse audit per partner."),
        ("h2", "Lessen voor het toezicht op partners"),
        ("p", "De casus laat zien dat een vier-ogenprincipe op papier niet volstaat als de partner het in de praktijk "
              "niet toepast. Bij de beoordeling van de aanvraag in 2025 is de beperkte ervaring van de partner met "
              "grote budgetten onderkend; daarom is een auditverplichting in de beschikking opgenomen. Die "
              "verplichting heeft ertoe bijgedragen dat de onregelmatigheden binnen een jaar aan het licht kwamen. "
              "Tegelijk had een steekproefsgewijze controle van de opleveringsrapporten door de penvoerder de "
              "afwijkingen eerder kunnen signaleren."),
        ("p", "Ik laat de Inspectie Ontwikkelingssamenwerking en Beleidsevaluatie (IOB) in haar lopende evaluatie van "
              "het waterbeleid nagaan of het toezicht op lokale partners in andere programma's van vergelijkbare "
              "omvang voldoende is. De resultaten verwacht ik in het najaar van 2026. Daarnaast wordt met de "
              "Nederlandse ngo's die subsidie ontvangen onder het Subsidiekader Water, Sanitatie en Hygiëne "
              "2025-2030 besproken hoe zij de ervaringen met partnerscans en meldregelingen kunnen delen."),
        ("h2", "Tot slot"),
        ("p", "Fraude met ontwikkelingsgeld is onacceptabel. Tegelijk wil ik benadrukken dat het signaal van binnen "
              "de partnerorganisatie kwam en dat het meldsysteem daarmee heeft gewerkt. Ik zal uw Kamer bij de "
              "jaarrapportage over de terugvordering informeren."),
        ("p", "De minister voor Buitenlandse Handel<br/>en Ontwikkelingshulp,"),
        ("sp", 12),
        ("line", "M.A. Verhaegen"),
    ], fonts="times", size=10.8, header="Ministerie van Buitenlandse Zaken", footer="Kamerbrief WASH Connect – {n}"),
    redact=[
        R("INITIALS", "YB", "YB"), R("INITIALS", "SvdMA", "SvdMA"),
        H("annotations", "PERSON", "Youssef Benali", "Benali", "Youssef"),
        H("annotations", "PERSON", "Annelot Dijkgraaf", "Annelot"),
        H("annotations", "PERSON", "Hendrik-Jan ter Horst", "Ter Horst", "Hendrik-Jan"),
        H("annotations", "PERSON", "Lotte Brinkhorst", "Brinkhorst"),
        H("annotations", "PHONE", "06-20 58 43 17", "06-20 58 43 17"),
    ],
    keep=K("ORG", "Tweede Kamer der Staten-Generaal", "Rijksdienst voor Ondernemend Nederland",
           "Stichting WaterWeg", "Directorate of Criminal Investigations", "NSC", "GroenLinks-PvdA")
    + K("PUBLIC_PERSON", "Özdemir-Bakker", "Dijkhuizen", "Van Oosterwijk", "M.A. Verhaegen")
    + K("TITLE", "minister van Buitenlandse Zaken", "De minister voor Buitenlandse Handel")
    + K("ADDRESS_PUBLIC", "Prinses Irenestraat 6")
    + K("REF", "2025Z22871", "36 600 XVII, nr. 41")
    + K("LAW", "Kaderwet subsidies Minbuza", "artikel 4:56 van de Algemene wet bestuursrecht")
    + K("PLACE", "Homa Bay County", "Nairobi")
    + K("AMOUNT", "EUR 18,4 miljoen", "EUR 298.000")
    + K("ORG", "Inspectie Ontwikkelingssamenwerking en Beleidsevaluatie", "IOB"),
    meta={"Creator": "Microsoft® Word voor Microsoft 365", "Producer": "Microsoft® Word voor Microsoft 365",
          "Title": "CONCEPT Kamerbrief WASH Connect"},
    notes=[
        (0, "Benali, Youssef", "Check met Annelot of het aantal van 23 boorgaten nog klopt na de laatste "
                               "GPS-ronde.", 520, 640),
        (0, "Ter Horst, Hendrik-Jan", "Naam van de Keniaanse partner niet noemen i.v.m. lopend strafrechtelijk "
                                      "onderzoek. HJ", 520, 520),
        (1, "Communicatie – Lotte Brinkhorst", "Woordvoering afgestemd met de lijn in de brief; bij vragen bel "
                                               "me op 06-20 58 43 17.", 520, 700),
    ],
))

# ------------------------------------------------------------------------------------------------
# bh26  draft answers to written parliamentary questions
# ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    "bh26",
    rl([
        ("small", "CONCEPT-ANTWOORDEN – opgesteld door Y. Benali (DGIS/IGG, 070 348 5419); meegelezen door "
                  "mr. M. Oudshoorn (DJZ) en R. Kerstens (RVO) – versie 15 december 2025"),
        ("sp", 6),
        ("h1", "Antwoorden op vragen van het lid Özdemir-Bakker (GroenLinks-PvdA)"),
        ("p", "Antwoorden van de minister voor Buitenlandse Handel en Ontwikkelingshulp op vragen van het lid "
              "Özdemir-Bakker (GroenLinks-PvdA) over berichten over fraude bij een door Nederland gefinancierd "
              "waterproject in Kenia (ingezonden 8 december 2025, kenmerk 2025Z22871)."),
        ("h2", "Vraag 1"),
        ("p", "Bent u bekend met het artikel ‘Boorgaten die nooit zijn geboord’ in De Nieuwe Koers van 5 december "
              "2025?"),
        ("h2", "Antwoord 1"),
        ("p", "Ja."),
        ("h2", "Vraag 2"),
        ("p", "Klopt het dat de ambassade in Nairobi al in november 2025 op de hoogte was van signalen van fraude? "
              "Wanneer is de Kamer daarover geïnformeerd?"),
        ("h2", "Antwoord 2"),
        ("p", "De ambassade ontving in november 2025 signalen over mogelijke onregelmatigheden bij een lokale partner "
              "in Kisumu en heeft die direct gedeeld met de directie Inclusieve Groene Groei en met RVO. Conform "
              "het beleid is de penvoerder verzocht een forensische audit uit te voeren. Ik heb uw Kamer nog niet "
              "afzonderlijk geïnformeerd, omdat het onderzoek liep; ik zal dat doen zodra de uitkomsten bekend "
              "zijn."),
        ("h2", "Vraag 3"),
        ("p", "Welke maatregelen heeft u genomen om verdere schade te voorkomen?"),
        ("h2", "Antwoord 3"),
        ("p", "RVO heeft na overleg met de penvoerder de voorschotten voor het Keniaanse deel van het programma "
              "opgeschort. De activiteiten in Bangladesh en Senegal lopen door. De penvoerder heeft betalingen "
              "aan de betrokken partner stopgezet."),
        ("h2", "Vraag 4"),
        ("p", "Hoe worden klokkenluiders bij partnerorganisaties beschermd?"),
        ("h2", "Antwoord 4"),
        ("p", "Subsidieontvangers moeten op grond van het subsidiekader een meldregeling hebben die ook voor "
              "medewerkers van partners toegankelijk is. Meldingen kunnen daarnaast rechtstreeks bij de ambassade "
              "of het Bureau Integriteit van het ministerie worden gedaan (integriteit@minbuza.nl). Ik ga niet in "
              "op individuele meldingen, ter bescherming van melders."),
        ("h2", "Vraag 5"),
        ("p", "Bent u bereid de uitvoering van de motie-Van Oosterwijk over toezicht op lokale partners te "
              "versnellen?"),
        ("h2", "Antwoord 5"),
        ("p", "Ja. Ik informeer uw Kamer in het eerste kwartaal van 2026 over de aangescherpte eisen, zoals ook "
              "toegezegd aan het lid Dijkhuizen (NSC)."),
        ("small", "[Interne noot, verwijderen vóór verzending: Annelot (ambassade) vraagt niets op te nemen over de "
                  "datum van de melding; Ruud checkt de bedragen, bereikbaar op 088 042 7713.]"),
    ], fonts="helv", size=10, header="Ministerie van Buitenlandse Zaken – concept", footer="2025Z22871 – {n}"),
    redact=[
        P("Youssef Benali", "Benali"),
        T("070 348 5419"),
        P("Marleen Oudshoorn", "Oudshoorn"),
        P("Ruud Kerstens", "Kerstens", "Ruud"),
        T("088 042 7713"),
        P("Annelot Dijkgraaf", "Annelot"),
    ],
    keep=K("PUBLIC_PERSON", "Özdemir-Bakker", "Van Oosterwijk", "Dijkhuizen")
    + K("ORG", "GroenLinks-PvdA", "De Nieuwe Koers", "Inclusieve Groene Groei", "Bureau Integriteit", "NSC", "DJZ")
    + K("REF", "2025Z22871")
    + K("FUNCMAIL", "integriteit@minbuza.nl", word=False)
    + K("TITLE", "minister voor Buitenlandse Handel en Ontwikkelingshulp")
    + K("PLACE", "Kisumu", "Nairobi", "Kenia")
    + K("HEADING", "Antwoord 4", "Vraag 5"),
    meta={"Creator": "Microsoft® Word voor Microsoft 365", "Producer": "Microsoft® Word voor Microsoft 365",
          "Title": "Concept-antwoorden 2025Z22871"},
))

# ------------------------------------------------------------------------------------------------
# bh27  press release; the press officer who wrote it only in Info /Author and XMP dc:creator
# ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    "bh27",
    rl([
        ("small", "Persbericht | Ministerie van Buitenlandse Zaken | 19 maart 2026"),
        ("h1", "Minister Verhaegen vordert geld terug na fraude bij waterproject in Kenia"),
        ("p", "Minister Verhaegen voor Buitenlandse Handel en Ontwikkelingshulp vordert circa 298.000 euro terug "
              "na fraude bij een lokale partner van het waterprogramma WASH Connect 2030 in Kenia. Dat schrijft zij "
              "vandaag in een brief aan de Tweede Kamer. Een forensische audit toonde aan dat 23 gefactureerde "
              "boorgaten in Homa Bay County nooit zijn aangelegd."),
        ("p", "‘Elke euro voor schoon water moet bij de mensen terechtkomen voor wie hij bedoeld is,’ aldus "
              "minister Verhaegen. ‘Dat dit aan het licht kwam, danken we aan iemand die de moed had aan de bel te "
              "trekken.’"),
        ("p", "Het programma, uitgevoerd door een consortium onder leiding van Stichting WaterWeg, brengt drinkwater "
              "en sanitatie naar honderdduizenden mensen in Kenia, Bangladesh en Senegal. In Bangladesh en Senegal "
              "gaat het werk door. Voor Kenia wordt gezocht naar een nieuwe uitvoerder. De Rijksdienst voor "
              "Ondernemend Nederland (RVO) voert de subsidie uit namens het ministerie."),
        ("p", "Nederland is een van de grootste donoren op het gebied van water wereldwijd en wil in 2030 "
              "30 miljoen mensen toegang geven tot veilig drinkwater en 50 miljoen mensen tot sanitaire "
              "voorzieningen."),
        ("h2", "Noot voor de redactie (niet voor publicatie)"),
        ("p", "Voor vragen kunt u contact opnemen met woordvoerder Roel Santing via de persdienst van het "
              "ministerie van Buitenlandse Zaken: 070 348 6486 of pers@minbuza.nl."),
    ], fonts="sans", size=10.2, header="Rijksoverheid – Nieuwsbericht"),
    redact=[
        H("metadata", "PERSON", "Lotte Brinkhorst", "Brinkhorst", "Lotte"),
    ],
    keep=K("PUBLIC_PERSON", "Minister Verhaegen", "minister Verhaegen", "Roel Santing")
    + K("ORG", "Stichting WaterWeg", "Tweede Kamer", "Rijksdienst voor Ondernemend Nederland")
    + K("GENERAL_PHONE", "070 348 6486")
    + K("FUNCMAIL", "pers@minbuza.nl", word=False)
    + K("PROGRAMME", "WASH Connect 2030")
    + K("PLACE", "Homa Bay County")
    + K("TITLE", "woordvoerder")
    + K("AMOUNT", "298.000 euro"),
    meta={"Creator": "Adobe InDesign 19.2 (Windows)", "Producer": "Adobe PDF Library 17.0",
          "Title": "Persbericht WASH Connect", "Author": "Lotte Brinkhorst"},
    xmp_creator=["Lotte Brinkhorst"],
))

# ------------------------------------------------------------------------------------------------
# bh28  confidential note: protecting the reporter (date of birth, ID number, child, address)
# ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    "bh28",
    rl([
        ("h1", "Notitie – ondersteuning en bescherming melder (vertrouwelijk)"),
        ("kv", [("Van", "Bureau Integriteit BZ (IKS) en ambassade Nairobi (AD)"),
                ("Aan", "plv. directeur IGG; hoofd OS-sectie Nairobi"),
                ("Datum", "11 december 2025"), ("Registratie", "INT-2025-0219")], 3.0),
        ("h2", "1. Gegevens melder"),
        ("t", [["Gegeven", "Waarde"],
               ["Naam", "Mercy Akinyi Owino"],
               ["Geboortedatum", "14-03-1987"],
               ["Nationaal ID-nummer (Kenia)", "27845519"],
               ["Woonadres", "Nyalenda B, plot 114, Kisumu"],
               ["Gezinssituatie", "alleenstaand, zoon Ethan Wekesa (9 jaar)"],
               ["Telefoon", "+254 711 556 092"]], [5.5, 10.5]),
        ("h2", "2. Dreiging"),
        ("p", "Op 8 december 2025 is de melder twee keer gebeld door de executive director van de partner, die vroeg "
              "‘wie er met de Nederlanders praat’. Op 9 december stond een onbekende man bij haar woning. Zij heeft "
              "aangifte gedaan bij de Kenya Police Service in Kisumu Central. Collega Wanjiru Kamau werd eveneens "
              "op haar privénummer gebeld."),
        ("h2", "3. Maatregelen"),
        ("p", "a. Tijdelijke huisvesting van de melder en haar zoon in Nakuru voor maximaal drie maanden, te "
              "bekostigen uit het integriteitsbudget van de penvoerder via een derdenrekening, zonder dat de "
              "penvoerder haar identiteit kent.<br/>"
              "b. Contact uitsluitend via de ambassade; de forensisch accountant spreekt haar op de ambassade.<br/>"
              "c. Verwijzing naar een Keniaanse organisatie voor juridische bijstand aan klokkenluiders (Kituo cha "
              "Sheria).<br/>"
              "d. In een Woo-procedure worden alle gegevens die tot de melder herleidbaar zijn geweigerd "
              "(artikel 5.1, tweede lid, onder e en h, Woo)."),
        ("p", "Akkoord plv. directeur IGG: HJtH, 12-12-2025. Opgesteld door I. Koopal-Smit."),
    ], fonts="sans", size=9.8, header="VERTROUWELIJK – Bureau Integriteit BZ"),
    redact=[
        R("INITIALS", "IKS", "IKS"), R("INITIALS", "AD", "AD"), R("INITIALS", "HJtH", "HJtH"),
        P("Mercy Akinyi Owino", "Mercy Akinyi Owino"),
        R("DATE_OF_BIRTH", "14-03-1987", "14-03-1987"),
        R("ID_NUMBER", "27845519", "27845519"),
        R("ADDRESS", "Nyalenda B, plot 114", "Nyalenda B, plot 114"),
        P("Ethan Wekesa", "Ethan Wekesa"),
        T("+254 711 556 092"),
        P("Wanjiru Kamau", "Wanjiru Kamau"),
        P("Ingrid Koopal-Smit", "Koopal-Smit"),
    ],
    keep=K("ORG", "Bureau Integriteit BZ", "Kenya Police Service", "Kituo cha Sheria")
    + K("REF", "INT-2025-0219")
    + K("PLACE", "Nakuru", "Kisumu Central")
    + K("LAW", "artikel 5.1, tweede lid, onder e en h, Woo")
    + K("TITLE", "plv. directeur IGG", "hoofd OS-sectie Nairobi", "executive director")
    + K("TERM", "derdenrekening", "integriteitsbudget"),
    meta={"Creator": "Microsoft® Word voor Microsoft 365", "Producer": "Microsoft® Word voor Microsoft 365",
          "Title": "Notitie bescherming melder"},
))

# ------------------------------------------------------------------------------------------------
# bh29  travel expense claim (table form; BSN, IBAN, DOB, home address, personnel number)
# ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    "bh29",
    rl([
        ("h1", "Declaratie dienstreis buitenland"),
        ("small", "Formulier FEZ-DR-07 – in te dienen via P-Direkt binnen 3 maanden na terugkeer; vergoeding volgens "
                  "het Reisbesluit buitenland."),
        ("sp", 4),
        ("t", [["Gegevens medewerker", ""],
               ["Naam", "mw. S. van der Molen-Akkerman"],
               ["Personeelsnummer", "81 74 229"],
               ["BSN", "701932855"],
               ["Geboortedatum", "22-07-1988"],
               ["Woonadres", "Stadhoudersplantsoen 24, 2517 JL Den Haag"],
               ["IBAN", "NL24 ABNA 0803 0276 26"],
               ["Organisatieonderdeel", "DGIS / directie Inclusieve Groene Groei (IGG), kostenplaats 1203-IGG"]],
         [5.0, 11.5]),
        ("t", [["Datum", "Omschrijving", "Valuta", "Bedrag", "EUR"],
               ["02-11-2025", "Vlucht Amsterdam – Nairobi v.v. (via BCD Travel, op rekening BZ)", "EUR", "–", "–"],
               ["03-11-2025", "Binnenlandse vlucht Nairobi – Kisumu", "KES", "14.200", "101,43"],
               ["03/06-11-2025", "Hotel Lake Basin, Kisumu (3 nachten)", "KES", "39.600", "282,86"],
               ["03/06-11-2025", "Dagvergoeding Kenia (4 dagen)", "EUR", "4 × 67,00", "268,00"],
               ["06-11-2025", "Taxi Kisumu International Airport", "KES", "2.500", "17,86"],
               ["", "Totaal te declareren", "", "", "670,15"]], [2.6, 7.4, 1.5, 2.3, 2.2]),
        ("p", "Doel van de reis: veldbezoek WASH Connect 2030 (activiteit 4000005812) samen met de ambassade in "
              "Nairobi; zie missieverslag van 12 november 2025."),
        ("t", [["Ondertekening", "Naam / paraaf", "Datum"],
               ["Medewerker", "S. van der Molen-Akkerman", "14-11-2025"],
               ["Budgethouder", "HJtH", "17-11-2025"]], [4.0, 8.0, 4.0]),
        ("small", "Vragen over deze declaratie: FEZ/Reiszaken, Marieke Poortvliet, toestel 4471 (070-348 4471), of "
                  "het functionele adres reiszaken@minbuza.nl."),
    ], fonts="helv", size=9.8, header="Ministerie van Buitenlandse Zaken – FEZ"),
    redact=[
        P("Sietske van der Molen-Akkerman", "van der Molen-Akkerman"),
        R("PERSONNEL_NO", "81 74 229", "81 74 229"),
        R("BSN", "701932855", "701932855"),
        R("DATE_OF_BIRTH", "22-07-1988", "22-07-1988"),
        R("ADDRESS", "Stadhoudersplantsoen 24, 2517 JL Den Haag", "Stadhoudersplantsoen 24", "2517 JL"),
        R("IBAN", "NL24 ABNA 0803 0276 26", "NL24 ABNA 0803 0276 26"),
        R("INITIALS", "HJtH", "HJtH"),
        P("Marieke Poortvliet", "Poortvliet"),
        T("070-348 4471", "toestel 4471", "070-348 4471"),
    ],
    keep=K("REF", "FEZ-DR-07", "4000005812", "1203-IGG")
    + K("ORG", "P-Direkt", "BCD Travel", "Inclusieve Groene Groei")
    + K("LAW", "Reisbesluit buitenland")
    + K("PLACE", "Kisumu International Airport", "Nairobi")
    + K("NOT_PERSON", "Hotel Lake Basin")
    + K("FUNCMAIL", "reiszaken@minbuza.nl", word=False)
    + K("AMOUNT", "670,15", "268,00")
    + K("TITLE", "Budgethouder"),
    meta={"Creator": "Nitro Pro 13", "Producer": "Nitro Pro 13 (13.70.2.40)", "Title": "Declaratie dienstreis"},
))

# ------------------------------------------------------------------------------------------------
# bh30  RVO letter suspending advances; copy to the applicant's lawyer
# ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    "bh30",
    rl([
        ("p", "**Rijksdienst voor Ondernemend Nederland**"),
        ("small", "Prinses Beatrixlaan 2, 2595 AL Den Haag | Postbus 93144, 2509 AC Den Haag | T 088 042 42 42"),
        ("sp", 10),
        ("line", "Aangetekend en per e-mail"),
        ("line", "Stichting WaterWeg"),
        ("line", "t.a.v. de heer M. Verschoor"),
        ("line", "Laan van Nieuw Oost-Indië 131, 2593 BM Den Haag"),
        ("sp", 8),
        ("kv", [("Datum", "22 december 2025"), ("Ons kenmerk", "WASH25-0043 / OPS-2025-0087"),
                ("Onderwerp", "Opschorting betaling voorschotten (Keniaanse component)"),
                ("Behandeld door", "mr. E. Yıldırım, juridisch adviseur"),
                ("Telefoon", "088 042 7718"), ("E-mail", "esra.yildirim@rvo.nl")], 3.4),
        ("p", "Geachte heer Verschoor,"),
        ("p", "Bij beschikking van 20 juni 2025 is aan Stichting WaterWeg subsidie verleend voor het programma WASH "
              "Connect 2030. Uit de informatie die RVO en het ministerie van Buitenlandse Zaken sinds november 2025 "
              "hebben ontvangen, en uit uw eigen melding van 3 december 2025, volgt dat redelijkerwijs moet worden "
              "aangenomen dat de subsidie voor het Keniaanse deel niet overeenkomstig de verplichtingen wordt "
              "besteed."),
        ("p", "Op grond van artikel 4:56 van de Algemene wet bestuursrecht schort ik daarom de betaling van "
              "voorschotten voor de Keniaanse component met ingang van 1 januari 2026 op, voor een bedrag van "
              "EUR 1.265.000. De betalingen voor Bangladesh en Senegal gaan door. De opschorting duurt tot ik na "
              "ontvangst van het auditrapport anders beslis. U bent op 19 december 2025 over het voornemen "
              "gehoord; uw zienswijze, ingediend door uw advocaat, is bij dit besluit betrokken."),
        ("p", "Tegen dit besluit kunt u binnen zes weken bezwaar maken. Hoogachtend,"),
        ("p", "de minister voor Buitenlandse Handel en Ontwikkelingshulp,<br/>namens dezen,<br/>"
              "de Rijksdienst voor Ondernemend Nederland,"),
        ("sp", 10),
        ("line", "drs. A.C. Roosendaal, manager Subsidies Internationaal"),
        ("sp", 8),
        ("small", "Afschrift: mr. B.J. Kloosterhuis, Lexwater Advocaten, Amsterdam (bkloosterhuis@lexwater.nl); "
                  "directie IGG, ministerie van Buitenlandse Zaken"),
    ], fonts="serif", size=9.8, footer="OPS-2025-0087 | {n}"),
    redact=[
        P("Maurits Verschoor", "Verschoor"),
        P("Esra Yıldırım", "Yıldırım"),
        T("088 042 7718"),
        E("esra.yildirim@rvo.nl"),
        P("Anneke Roosendaal", "Roosendaal"),
        P("Bart Kloosterhuis", "Kloosterhuis"),
        E("bkloosterhuis@lexwater.nl"),
    ],
    keep=K("ORG", "Rijksdienst voor Ondernemend Nederland", "Stichting WaterWeg", "Lexwater Advocaten")
    + K("ADDRESS_PUBLIC", "Prinses Beatrixlaan 2, 2595 AL Den Haag", "Laan van Nieuw Oost-Indië 131")
    + K("GENERAL_PHONE", "088 042 42 42")
    + K("REF", "OPS-2025-0087", "WASH25-0043")
    + K("LAW", "artikel 4:56 van de Algemene wet bestuursrecht")
    + K("TITLE", "juridisch adviseur", "manager Subsidies Internationaal")
    + K("AMOUNT", "EUR 1.265.000"),
    meta={"Creator": "RVO Correspondentiemodule", "Producer": "Aspose.PDF for .NET 23.4",
          "Title": "Opschorting voorschotten WASH25-0043"},
))

# ------------------------------------------------------------------------------------------------
# bh31  the applicant's lawyer: written opinion (zienswijze)
# ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    "bh31",
    rl([
        ("p", "**LEXWATER ADVOCATEN**"),
        ("small", "Keizersgracht 555, 1017 DR Amsterdam | T 020 571 33 00 | www.lexwater.nl"),
        ("sp", 10),
        ("line", "Rijksdienst voor Ondernemend Nederland"),
        ("line", "t.a.v. mevrouw mr. E. Yıldırım"),
        ("line", "Postbus 93144, 2509 AC Den Haag"),
        ("sp", 8),
        ("kv", [("Datum", "18 december 2025"), ("Uw kenmerk", "WASH25-0043"), ("Ons kenmerk", "LX 25.1189/BJK"),
                ("Betreft", "Zienswijze Stichting WaterWeg – voorgenomen opschorting"),
                ("Behandelend advocaat", "mr. B.J. Kloosterhuis, T 020 571 33 08, bkloosterhuis@lexwater.nl")], 4.0),
        ("p", "Geachte mevrouw Yıldırım,"),
        ("p", "Namens mijn cliënte, Stichting WaterWeg, geef ik hierbij haar zienswijze op het voornemen om de "
              "betaling van voorschotten voor het programma WASH Connect 2030 op te schorten."),
        ("p", "1. Cliënte heeft zelf, direct na de signalen van de ambassade, de betalingen aan Mto Safi Community "
              "Trust stopgezet en een forensisch accountant ingeschakeld. Haar programmamanager, mevrouw F. 't Hart, "
              "heeft RVO daarover op 3 december 2025 schriftelijk geïnformeerd, binnen de termijn van artikel 12 van "
              "het subsidiekader."),
        ("p", "2. Een opschorting moet evenredig zijn (artikel 3:4, tweede lid, Awb). Cliënte verzoekt de "
              "opschorting te beperken tot de betalingen die bestemd zijn voor Mto Safi, en niet de kosten van "
              "lopende contracten met KIWASCO en met de gemeenschappen in Oyugis te treffen, waar de audit geen "
              "afwijkingen vond."),
        ("p", "3. Cliënte wijst op vaste rechtspraak dat een bestuursorgaan bij opschorting rekening moet houden "
              "met de gevolgen voor derden (zie onder meer ECLI:NL:CBB:2021:417)."),
        ("p", "Cliënte is graag bereid haar zienswijze mondeling toe te lichten. Haar directeur-bestuurder, de heer "
              "M. Verschoor, en haar financieel manager, de heer D.J. de Boer, zijn daarbij aanwezig."),
        ("p", "Hoogachtend,<br/>Lexwater Advocaten"),
        ("sp", 8),
        ("line", "mr. B.J. Kloosterhuis"),
    ], fonts="serif", size=10),
    redact=[
        P("Esra Yıldırım", "Yıldırım"),
        P("Bart Kloosterhuis", "Kloosterhuis"),
        T("020 571 33 08"),
        E("bkloosterhuis@lexwater.nl"),
        R("INITIALS", "BJK", "BJK"),
        P("Femke 't Hart", "'t Hart"),
        P("Maurits Verschoor", "Verschoor"),
        P("Dirk-Jan de Boer", "D.J. de Boer"),
    ],
    keep=K("ORG", "LEXWATER ADVOCATEN", "Rijksdienst voor Ondernemend Nederland", "Stichting WaterWeg", "KIWASCO",
           "Mto Safi Community Trust")
    + K("ADDRESS_PUBLIC", "Keizersgracht 555, 1017 DR Amsterdam", "Postbus 93144, 2509 AC Den Haag")
    + K("GENERAL_PHONE", "020 571 33 00")
    + K("URL", "www.lexwater.nl", word=False)
    + K("REF", "ECLI:NL:CBB:2021:417", "WASH25-0043")
    + K("LAW", "artikel 3:4, tweede lid, Awb", "artikel 12 van het subsidiekader")
    + K("PLACE", "Oyugis")
    + K("TITLE", "programmamanager", "directeur-bestuurder"),
    meta={"Creator": "Microsoft® Word 2021", "Producer": "Microsoft® Word 2021", "Title": "Zienswijze WaterWeg",
          "Author": "Lexwater Advocaten"},
))

# ------------------------------------------------------------------------------------------------
# bh32  the Woo decision
# ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    "bh32",
    rl([
        ("p", "**Ministerie van Buitenlandse Zaken**"),
        ("small", "Directie Juridische Zaken – Woo-team | Rijnstraat 8, 2515 XP Den Haag | woo@minbuza.nl"),
        ("sp", 10),
        ("line", "Mevrouw J. Blokzijl"),
        ("line", "Per e-mail: jorien.blokzijl@proton.me"),
        ("sp", 8),
        ("kv", [("Datum", "20 april 2026"), ("Kenmerk", "WOO-BZ-2026-0381"),
                ("Onderwerp", "Besluit op uw Woo-verzoek over WASH Connect 2030"),
                ("Contactpersoon", "mr. T. Ravensbergen, T 070 348 7742")], 3.2),
        ("p", "Geachte mevrouw Blokzijl,"),
        ("p", "In uw brief van 9 februari 2026, ontvangen op dezelfde dag, heeft u met een beroep op de Wet open "
              "overheid (Woo) gevraagd om documenten over de subsidie aan het consortium WASH Connect 2030. In dit "
              "besluit beslis ik op uw verzoek."),
        ("h2", "1. Verloop van de procedure"),
        ("p", "Bij brief van 16 februari 2026 is de ontvangst bevestigd. Op 6 maart 2026 is de beslistermijn met "
              "twee weken verdaagd en op 20 maart 2026 heeft u ingestemd met een verdere verlenging tot 24 april "
              "2026. Stichting WaterWeg, Mto Safi Community Trust, AuditNoord Forensics B.V., Delta Evaluatie "
              "Partners B.V. en Lexwater Advocaten zijn als belanghebbenden in de gelegenheid gesteld een zienswijze "
              "te geven (artikel 4.4 Woo). Stichting WaterWeg en AuditNoord Forensics B.V. (bij monde van de heer "
              "R. Hamelink) hebben dat gedaan."),
        ("h2", "2. Besluit"),
        ("p", "Ik heb 34 documenten gevonden. Ik maak 4 documenten volledig openbaar, 28 documenten gedeeltelijk "
              "en 2 documenten niet. De inventarislijst (bijlage 1) vermeldt per document de beoordeling en de "
              "toegepaste gronden."),
        ("h2", "3. Overwegingen"),
        ("p", "**Persoonsgegevens (artikel 5.1, tweede lid, aanhef en onder e, Woo).** Namen, e-mailadressen, "
              "telefoonnummers, handtekeningen en paraafcodes van medewerkers van het ministerie, RVO, de ambassades "
              "en de betrokken organisaties maak ik niet openbaar. Dit geldt ook voor lokale medewerkers van de "
              "ambassades en voor medewerkers van partnerorganisaties. Namen van bewindspersonen en Kamerleden, "
              "zoals minister Verhaegen en het lid Özdemir-Bakker, maak ik wel openbaar."),
        ("p", "**Bijzondere persoonsgegevens en identificatienummers (artikel 5.1, eerste lid, onder d en e, Woo).** "
              "Gegevens over gezondheid en het burgerservicenummer worden niet openbaar gemaakt."),
        ("p", "**Veiligheid van personen (artikel 5.1, tweede lid, onder h, Woo).** Alle gegevens die herleidbaar "
              "zijn tot de persoon die de onregelmatigheden heeft gemeld, zijn geweigerd. Openbaarmaking kan haar "
              "veiligheid in gevaar brengen. Om die reden is ook de notitie over haar bescherming geheel geweigerd."),
        ("p", "**Lopend strafrechtelijk onderzoek en internationale betrekkingen (artikel 5.1, tweede lid, onder a, "
              "Woo).** Enkele passages over de samenwerking met Keniaanse opsporingsdiensten zijn geweigerd."),
        ("p", "**Persoonlijke beleidsopvattingen (artikel 5.2, eerste lid, Woo).** In interne stukken zijn "
              "persoonlijke beleidsopvattingen niet openbaar gemaakt, met uitzondering van feitelijke informatie."),
        ("h2", "4. Wijze van openbaarmaking"),
        ("p", "De documenten worden u digitaal toegezonden en gepubliceerd op open.overheid.nl. Heeft u vragen, "
              "neem dan contact op met de contactpersoon of via woo@minbuza.nl, onder vermelding van het kenmerk."),
        ("p", "Hoogachtend,"),
        ("p", "De minister voor Buitenlandse Handel en Ontwikkelingshulp,<br/>namens dezen,<br/>"
              "het hoofd van het Woo-team,"),
        ("sp", 10),
        ("line", "drs. E.M. Vos-Hakkert"),
        ("small", "Afschrift: Stichting WaterWeg, t.a.v. mevrouw F. 't Hart (zienswijze)."),
        ("sp", 6),
        ("small", "Bezwaar: binnen zes weken na de dag van verzending van dit besluit kunt u bezwaar maken bij de "
                  "minister voor Buitenlandse Handel en Ontwikkelingshulp, Postbus 20061, 2500 EB Den Haag "
                  "(artikel 6:7 en 6:8 Awb)."),
    ], fonts="helv", size=10, header="Ministerie van Buitenlandse Zaken", footer="WOO-BZ-2026-0381 – pagina {n}"),
    redact=[
        P("Jorien Blokzijl", "Blokzijl"),
        P("Thijs Ravensbergen", "Ravensbergen"),
        T("070 348 7742"),
        P("Ellen Vos-Hakkert", "Vos-Hakkert"),
        E("jorien.blokzijl@proton.me"),
        P("Robbert Hamelink", "Hamelink"),
        P("Femke 't Hart", "'t Hart"),
    ],
    keep=K("REF", "WOO-BZ-2026-0381")
    + K("ORG", "Stichting WaterWeg", "Mto Safi Community Trust", "AuditNoord Forensics B.V.",
        "Delta Evaluatie Partners B.V.", "Lexwater Advocaten", "Directie Juridische Zaken")
    + K("PUBLIC_PERSON", "minister Verhaegen", "Özdemir-Bakker")
    + K("LAW", "artikel 5.1, tweede lid, aanhef en onder e, Woo", "artikel 5.2, eerste lid, Woo",
        "artikel 4.4 Woo", "artikel 6:7 en 6:8 Awb", "Wet open overheid")
    + K("FUNCMAIL", "woo@minbuza.nl", word=False)
    + K("URL", "open.overheid.nl", word=False)
    + K("ADDRESS_PUBLIC", "Rijnstraat 8, 2515 XP Den Haag", "Postbus 20061, 2500 EB Den Haag")
    + K("TITLE", "minister voor Buitenlandse Handel en Ontwikkelingshulp", "het hoofd van het Woo-team")
    + K("TERM", "inventarislijst", "burgerservicenummer"),
    meta={"Creator": "Microsoft® Word voor Microsoft 365", "Producer": "Microsoft® Word voor Microsoft 365",
          "Title": "Besluit WOO-BZ-2026-0381"},
))

# ------------------------------------------------------------------------------------------------
# bh33  inventory list (review-tool export; two titles still carry names)
# ------------------------------------------------------------------------------------------------
_inv = [
    ("1", "09-02-2026", "Woo-verzoek", "openbaar", "–", "na anonimisering verzoeker"),
    ("2", "16-02-2026", "Ontvangstbevestiging", "deels openbaar", "5.1.2e", ""),
    ("3", "28-03-2025", "Aanvraagformulier SWSH", "deels openbaar", "5.1.2e", "formuliervelden"),
    ("4", "28-03-2025", "Samenvatting projectvoorstel", "deels openbaar", "5.1.2e", ""),
    ("5", "14-05-2025", "Beoordelingsnotitie RVO", "deels openbaar", "5.1.2e", "parafen"),
    ("6", "02-06-2025", "Beslisnota subsidieverlening", "deels openbaar", "5.1.2e", ""),
    ("7", "20-06-2025", "Beschikking subsidieverlening", "deels openbaar", "5.1.2e", ""),
    ("8", "02-12-2025", "E-mail Dijkgraaf aan Benali, re: signalen", "deels openbaar", "5.1.2e, 5.1.2h", ""),
    ("9", "01-10-2025", "Bereikbaarheidslijst OS Nairobi", "deels openbaar", "5.1.2e", ""),
    ("10", "12-11-2025", "Verslag veldbezoek Kisumu", "deels openbaar", "5.1.1d, 5.1.2e", ""),
    ("11", "23-01-2026", "Mission report Khulna", "deels openbaar", "5.1.2e", ""),
    ("12", "26-11-2025", "E-mail melder", "niet openbaar", "5.1.2e, 5.1.2h", "melder"),
    ("13", "05-12-2025", "E-mailwisseling Bureau Integriteit", "deels openbaar", "5.1.2e, 5.1.2h", ""),
    ("14", "10-12-2025", "Chat Teams", "deels openbaar", "5.1.1d, 5.1.2e", ""),
    ("15", "14-01-2026", "WhatsApp-export penvoerder", "deels openbaar", "5.1.2e", ""),
    ("16", "06-02-2026", "Rapport forensische audit", "deels openbaar", "5.1.1d, 5.1.2e, 5.1.2a", "zienswijze"),
    ("17", "14-01-2026", "Verslag stuurgroep", "deels openbaar", "5.1.2e", ""),
    ("18", "17-12-2025", "Verslag afstemmingsoverleg", "deels openbaar", "5.1.2e, 5.2.1", ""),
    ("19", "30-01-2026", "Midterm review", "deels openbaar", "5.1.2e", ""),
    ("20", "03-02-2026", "Factuur Wijnbergen Water & Evaluatie", "deels openbaar", "5.1.2e", "eenmanszaak"),
    ("21", "20-01-2026", "Factuur tolk", "deels openbaar", "5.1.2e", "eenmanszaak"),
    ("22", "07-11-2025", "Brief watercomité Kendu Bay (scan)", "deels openbaar", "5.1.2e", ""),
    ("23", "10-12-2025", "Presentielijst Podor (scan)", "deels openbaar", "5.1.2e", ""),
    ("24", "19-01-2026", "Brief Board of Trustees (scan)", "deels openbaar", "5.1.1d, 5.1.2e", ""),
    ("25", "12-03-2026", "Concept Kamerbrief", "deels openbaar", "5.1.2e, 5.2.1", ""),
    ("26", "15-12-2025", "Concept-antwoorden Kamervragen", "deels openbaar", "5.1.2e", ""),
    ("27", "19-03-2026", "Persbericht", "openbaar", "–", "reeds openbaar"),
    ("28", "11-12-2025", "Notitie bescherming melder", "niet openbaar", "5.1.2e, 5.1.2h", ""),
    ("29", "14-11-2025", "Declaratie dienstreis Van der Molen-Akkerman", "deels openbaar", "5.1.1e, 5.1.2e", ""),
    ("30", "22-12-2025", "Brief opschorting voorschotten", "deels openbaar", "5.1.2e", ""),
    ("31", "18-12-2025", "Zienswijze advocaat penvoerder", "deels openbaar", "5.1.2e", ""),
    ("32", "20-04-2026", "Besluit Woo-verzoek", "openbaar", "–", ""),
    ("33", "20-04-2026", "Inventarislijst", "openbaar", "–", ""),
    ("34", "15-12-2025", "Compte rendu de mission Podor", "deels openbaar", "5.1.2e", ""),
]
DOCS.append(Doc(
    "bh33",
    rl([
        ("h1", "Bijlage 1 – Inventarislijst WOO-BZ-2026-0381"),
        ("small", "Export uit het reviewsysteem, 20-04-2026. Zaaknummer WOO-BZ-2026-0381; familie = e-mail met "
                  "bijlagen. Gronden: 5.1.1d bijzondere persoonsgegevens, 5.1.1e identificatienummers, 5.1.2a "
                  "internationale betrekkingen, 5.1.2e persoonlijke levenssfeer, 5.1.2h veiligheid, 5.2.1 "
                  "persoonlijke beleidsopvattingen."),
        ("t", [["Nr.", "Datum", "Document", "Beoordeling", "Grond", "Toelichting"]] + [list(r) for r in _inv],
         [1.0, 2.0, 6.0, 2.5, 3.0, 2.5]),
    ], fonts="cond", size=9.2, footer="Inventarislijst WOO-BZ-2026-0381 – blad {n}"),
    redact=[
        P("Annelot Dijkgraaf", "Dijkgraaf"),
        P("Youssef Benali", "Benali"),
        P("Sietske van der Molen-Akkerman", "Van der Molen-Akkerman"),
        P("Hester Wijnbergen", "Wijnbergen"),
    ],
    keep=K("REF", "WOO-BZ-2026-0381")
    + K("GROUND", "5.1.2e", "5.1.2h", "5.1.1d", "5.2.1", "5.1.1e", "5.1.2a")
    + K("ASSESSMENT", "deels openbaar", "niet openbaar")
    + K("TITLE_DOC", "Rapport forensische audit", "Notitie bescherming melder", "Presentielijst Podor (scan)",
        "Compte rendu de mission Podor", "Mission report Khulna")
    + K("ORG", "Bureau Integriteit", "Board of Trustees")
    + K("PLACE", "Kendu Bay", "Kisumu"),
    meta={"Creator": "Aspose.Cells for .NET", "Producer": "Aspose.PDF for .NET 23.4",
          "Title": "Inventarislijst WOO-BZ-2026-0381"},
))

# ------------------------------------------------------------------------------------------------
# bh34  French mission report Podor (embassy Dakar)
# ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    "bh34",
    rl([
        ("h1", "Compte rendu de mission – Podor et Guédé, 9–11 décembre 2025"),
        ("kv", [("Ambassade des Pays-Bas à Dakar", "Claire Vermeulen-Sy (première secrétaire), Aïssatou Diallo "
                                                   "(chargée de programme), Jean-Baptiste Ndiaye (logistique, "
                                                   "+221 77 645 12 09)"),
                ("Partenaire", "Association Eau Vive du Fleuve : Mamadou Lamine Sarr (coordinateur), "
                               "Fatou Ndiaye Sow (animatrice) ; Aurélie Dufresne (conseillère technique, "
                               "aurélie.dufresne@eauvive-fleuve.sn)"),
                ("Programme", "WASH Connect 2030 – composante Sénégal (WASH25-0043)")], 4.4),
        ("h2", "Constats"),
        ("p", "Les 12 forages de Guédé sont réceptionnés et gérés par une ASUFOR ; l’OFOR (Office des Forages "
              "Ruraux) a signé la convention de délégation. La qualité de l’eau a été testée par le laboratoire de "
              "l’Université Gaston Berger de Saint-Louis. À Donaye, le fontainier, M. Ousmane Ba, signale des "
              "pannes fréquentes de la pompe solaire ; une pièce est commandée."),
        ("p", "Le chef de village de Guédé, M. Abdoulaye Sall, demande l’extension du réseau vers le quartier "
              "situé le long de la Route Nationale 2. Une trésorière de l’ASUFOR, Mme Khady Faye, souhaite une "
              "formation supplémentaire en gestion financière. Mme Fatou Ndiaye Sow était absente le 11 décembre "
              "pour raisons de santé (paludisme)."),
        ("h2", "Suites à donner"),
        ("t", [["Action", "Responsable", "Échéance"],
               ["Vérifier le calendrier de l’extension avec l’OFOR", "ADi", "31-01-2026"],
               ["Formation gestion financière ASUFOR", "MLS / FNS", "28-02-2026"],
               ["Transmettre ce compte rendu à La Haye (IGG) et à RVO", "CVS", "19-12-2025"]], [9.0, 3.0, 3.0]),
        ("p", "Contact général de l’ambassade : dak@minbuza.nl ; +221 33 849 03 60."),
    ], fonts="serif", size=9.8, header="Ambassade du Royaume des Pays-Bas – Dakar"),
    redact=[
        P("Claire Vermeulen-Sy", "Vermeulen-Sy"),
        P("Aïssatou Diallo", "Aïssatou Diallo"),
        P("Jean-Baptiste Ndiaye", "Jean-Baptiste Ndiaye"),
        T("+221 77 645 12 09"),
        P("Mamadou Lamine Sarr", "Mamadou Lamine Sarr"),
        P("Fatou Ndiaye Sow", "Fatou Ndiaye Sow"),
        P("Aurélie Dufresne", "Aurélie Dufresne"),
        E("aurélie.dufresne@eauvive-fleuve.sn"),
        P("Ousmane Ba", "Ousmane Ba"),
        P("Abdoulaye Sall", "Abdoulaye Sall"),
        P("Khady Faye", "Khady Faye"),
        R("HEALTH", "raisons de santé (paludisme)", "paludisme"),
        R("INITIALS", "ADi", "ADi"), R("INITIALS", "MLS", "MLS"), R("INITIALS", "FNS", "FNS"),
        R("INITIALS", "CVS", "CVS"),
    ],
    keep=K("ORG", "Association Eau Vive du Fleuve", "Office des Forages Ruraux", "OFOR", "ASUFOR", "RVO", "IGG")
    + K("NOT_PERSON", "Université Gaston Berger de Saint-Louis", "Route Nationale 2")
    + K("PLACE", "Guédé", "Donaye", "La Haye", "Podor")
    + K("REF", "WASH25-0043")
    + K("FUNCMAIL", "dak@minbuza.nl", word=False)
    + K("GENERAL_PHONE", "+221 33 849 03 60")
    + K("TITLE", "première secrétaire", "chargée de programme", "fontainier"),
    meta={"Creator": "Microsoft® Word pour Microsoft 365", "Producer": "Microsoft® Word pour Microsoft 365",
          "Title": "Compte rendu de mission Podor"},
))
