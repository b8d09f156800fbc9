from lib import Doc

H, Pp, L, T, SP, M = "h", "p", "l", "t", "sp", "mono"
DOCS = []

DOCS.append(Doc("uc07_overzicht_aanvragers", [
    (H, "Overzicht urgentieaanvragen Q1 2025 - puntentelling"), (L, "Urgentiecommissie Zwolle | vertrouwelijk | peildatum 31 maart 2025"), (SP, 6),
    (T, [["Zaak", "Aanvrager", "Geb.datum", "Telefoon", "Grond", "Punten", "Besluit"],
         ["URG-2026-0412", "Dewi Pattinama", "14-03-1988", "06-28 71 40 53", "sociaal", "34", "toegekend"],
         ["URG-2026-0433", "Kees Roelofsen", "02-11-1971", "038 453 77 19", "medisch", "18", "afgewezen"],
         ["URG-2026-0451", "Samira el Idrissi", "30-07-1995", "06 44 09 17 86", "sociaal", "41", "toegekend"],
         ["URG-2026-0467", "Bogdan Wiśniewski", "08-09-1990", "+48 512 330 871", "sociaal", "12", "afgewezen"],
         ["URG-2026-0470", "Johanna Veldkamp-de Graaf", "19-05-1949", "038 421 90 03", "medisch", "37", "toegekend"]]),
    (Pp, "Drempel voor toekenning is 30 punten (artikel 2.4.3 Huisvestingsverordening Zwolle 2024). Punten voor medische urgentie "
         "worden toegekend op advies van de sociaal-medisch adviseur van GGD IJsselland; punten voor sociale urgentie op basis van "
         "het rapport van de verhuurconsulent. Opgesteld door R. Brinkman en E. 't Hart, gecontroleerd door de secretaris (MvDH)."),
    (T, [["Criterium", "Max. punten", "Toelichting"], ["Dakloosheid dreigend/feitelijk", "20", "uitstroom maatschappelijke opvang telt mee"],
         ["Minderjarige kinderen", "10", "per huishouden, niet per kind"], ["Medische noodzaak", "25", "alleen met GGD-advies"],
         ["Binding regio", "5", "zes jaar inschrijving WoonMatch IJssel"]])],
    font="dejavu", size=9.5, producer="iText® 7.2.5 ©2000-2023 iText Group NV", creator="Hanzeborg Verhuursysteem 4.1",
    redact=[("DATE_OF_BIRTH", "08-09-1990"), ("PHONE", "038 421 90 03")]))

DOCS.append(Doc("uc08_ggd_advies", [
    (L, "GGD IJsselland | Sociaal Medische Advisering | Zeven Alleetjes 1, Zwolle | 0800-2000"), (SP, 10),
    (H, "Medisch advies urgentie - samenvatting voor de urgentiecommissie"),
    (T, [["Zaak", "Aanvrager", "Geboortedatum", "Datum advies"], ["URG-2026-0470", "J. Veldkamp-de Graaf", "19-05-1949", "3 maart 2025"],
         ["URG-2026-0433", "K. Roelofsen", "02-11-1971", "5 februari 2025"]]),
    (H, "Advies URG-2026-0470"),
    (Pp, "Betrokkene is na een heupoperatie (totale heupprothese links, januari 2025) rolstoelgebonden en kan de trap naar de "
         "slaapkamer niet nemen. Herstel tot zelfstandig traplopen wordt niet binnen zes maanden verwacht. Advies: medische urgentie "
         "voor een gelijkvloerse woning of een woning bereikbaar met lift; 25 punten."),
    (H, "Advies URG-2026-0433"),
    (Pp, "Betrokkene heeft hartfalen (NYHA-klasse II) en gebruikt diuretica. De huidige eengezinswoning aan de Wipstrikkerallee 161 "
         "is met een traplift geschikt te maken; de Wmo-aanvraag daarvoor loopt. Verhuizing is medisch wenselijk maar niet noodzakelijk. "
         "Advies: geen medische urgentie; 8 punten."),
    (Pp, "Dit advies is gebaseerd op de informatie van de behandelend cardioloog van Isala en een telefonisch consult. De "
         "medische gegevens zelf worden niet aan de urgentiecommissie of aan Woonstichting Hanzeborg verstrekt."),
    (SP, 8), (L, "F.M. Zandbergen, arts Maatschappij en Gezondheid, sociaal-medisch adviseur"),
    (L, "f.zandbergen@ggdijsselland.nl | 038 428 14 77")],
    font="serif", size=10, producer="Microsoft: Print To PDF", creator="GGD Medisch Dossier", author="Lotte Hazenberg",
    hidden=[("PERSON", "Lotte Hazenberg", "metadata", ["Lotte Hazenberg"])],
    redact=[("HEALTH", "heupoperatie"), ("HEALTH", "totale heupprothese links"), ("HEALTH", "rolstoelgebonden"),
            ("HEALTH", "hartfalen"), ("HEALTH", "NYHA-klasse II"), ("HEALTH", "diuretica")],
    keep=[("ADDRESS_PUBLIC", "Zeven Alleetjes 1"), ("FUNCTION", "arts Maatschappij en Gezondheid"), ("TERM", "traplift"), ("LAW", "Wmo")]))

DOCS.append(Doc("uc09_brief_verhuurder", [
    (L, "Hofstede Verhuur & Onderhoud"), (L, "A.J. Hofstede, Dorpsstraat 41, 8055 PK Laag Zuthem"),
    (L, "Tel. 06 53 20 98 41 | aj@hofstedeverhuur.nl | KvK 71824406"), (SP, 14),
    (L, "Gemeente Zwolle, afdeling Vergunningen, Toezicht en Handhaving"), (L, "Grote Kerkplein 15, Zwolle"), (SP, 10),
    (L, "Laag Zuthem, 24 maart 2025"), (L, "Betreft: uw brief over het pand aan de Zalnéweg en de aanvraag URG-2026-0467"), (SP, 8),
    (Pp, "Geachte heer/mevrouw,"),
    (Pp, "Ik heb uw brief van 18 maart ontvangen waarin u schrijft dat het woningtoezicht de woning in Laag Zuthem ongeschikt acht "
         "voor bewoning door vier personen. Ik betwist dat. De bewoner, de heer Wiśniewski, huurt de kamer sinds 2023 en heeft nooit "
         "geklaagd. Het vocht in de achterkamer komt door het niet ventileren; ik heb hem daar meerdere keren op gewezen."),
    (Pp, "Dat de heer Bogdan Wiśniewski bij de urgentiecommissie heeft gezegd dat de woning onveilig is, vind ik onterecht. "
         "Ik ben bereid de elektrische installatie te laten keuren en de kosten daarvan zelf te dragen. Daarnaast vraag ik de gemeente "
         "om een gesprek, bij voorkeur met wethouder Brouwer, over de huisvesting van arbeidsmigranten in het buitengebied."),
    (Pp, "Betalingen voor de keuring kunnen lopen via NL46 RABO 0312 8844 17 ten name van Hofstede Verhuur & Onderhoud."),
    (Pp, "Hoogachtend,"), (SP, 16), (L, "Arend Jan Hofstede"), (L, "eigenaar")],
    font="times", size=10.5, producer="PDFpen 13.0.2", creator="PDFpen", author="Arend Jan Hofstede",
    keep=[("STREET", "Zalnéweg"), ("ORG", "Hofstede Verhuur & Onderhoud"), ("ORG", "Vergunningen, Toezicht en Handhaving")]))

DOCS.append(Doc("uc10_factuur_verhuurder", [
    (H, "FACTUUR"), (L, "Hofstede Verhuur & Onderhoud | eigenaar A.J. Hofstede"), (L, "Dorpsstraat 41, 8055 PK Laag Zuthem"),
    (L, "KvK 71824406 | btw-id NL002198475B63 | IBAN NL46RABO0312884417"), (SP, 10),
    (L, "Aan: Woonstichting Hanzeborg, t.a.v. crediteurenadministratie, Burgemeester Roelenweg 8, Zwolle"), (SP, 6),
    (T, [["Factuurnr", "Datum", "Uw referentie", "Vervaldatum"], ["HVO-2025-031", "2 april 2025", "URG-2026-0467 / PO 45007712", "2 mei 2025"]]),
    (T, [["Omschrijving", "Aantal", "Prijs", "Bedrag"], ["Tijdelijke huisvesting kamer Laag Zuthem, april 2025", "1", "EUR 645,00", "EUR 645,00"],
         ["Keuring elektrische installatie (NEN 1010)", "1", "EUR 185,00", "EUR 185,00"], ["Subtotaal", "", "", "EUR 830,00"],
         ["Btw 21% over keuring", "", "", "EUR 38,85"], ["Totaal", "", "", "EUR 868,85"]]),
    (Pp, "Gelieve binnen 30 dagen over te maken op NL46 RABO 0312 8844 17 o.v.v. het factuurnummer. Vragen: 06 53 20 98 41."),
    (L, "Akkoord voor betaling: GJO, 7 april 2025 (budget tijdelijke huisvesting urgenten)")],
    font="helv", size=10, producer="Exact Online PDF Engine", creator="Exact Online",
    redact=[("VAT_ID", "NL002198475B63")],
    keep=[("ORG", "Hofstede Verhuur & Onderhoud"), ("REF", "HVO-2025-031"), ("REF", "PO 45007712"), ("TERM", "NEN 1010"),
          ("ADDRESS_PUBLIC", "Burgemeester Roelenweg 8"), ("AMOUNT", "EUR 868,85")]))

DOCS.append(Doc("uc11_raadsvragen", [
    ("h", "Schriftelijke vragen ex artikel 40 Reglement van orde"),
    ("p", "Aan: het college van burgemeester en wethouders van Zwolle"),
    ("p", "Van: raadslid Jeroen Mulders (GroenLinks)"),
    ("p", "Datum: 17 maart 2025"),
    ("p", "Onderwerp: wachttijden voor urgent woningzoekenden"),
    ("p", "Toelichting: Uit cijfers die in de urgentiecommissie zijn besproken blijkt dat woningzoekenden met een urgentieverklaring "
          "gemiddeld 7,4 maanden wachten op een woning, terwijl de Huisvestingsverordening Zwolle 2024 uitgaat van een "
          "bemiddelingsperiode van zes maanden. Ook hoor ik van het Leger des Heils dat de uitstroom maatschappelijke opvang stokt."),
    ("p", "Vraag 1. Herkent het college de gemiddelde wachttijd van 7,4 maanden? Hoe verhoudt deze zich tot de afspraken met "
          "Woonstichting Hanzeborg?"),
    ("p", "Vraag 2. Hoeveel aanvragen voor medische urgentie zijn in 2024 afgewezen, en hoe vaak volgde de commissie het advies van "
          "GGD IJsselland niet?"),
    ("p", "Vraag 3. Is wethouder Brouwer bereid om in de prestatieafspraken 2026 een minimumaantal tweekamerwoningen met lift op te nemen?"),
    ("p", "Vraag 4. Hoe houdt het college toezicht op particuliere verhuurders in het buitengebied, zoals in Laag Zuthem, die "
          "arbeidsmigranten huisvesten in woningen die door het woningtoezicht zijn afgekeurd?"),
    ("p", "Jeroen Mulders, raadslid GroenLinks Zwolle"),
    ("p", "Ingekomen bij de griffie op 17 maart 2025, registratienummer RV-2025-019. Behandelend ambtenaar: R. Hoogeveen.")],
    engine="docx", size=10.5, author="griffie", title="Raadsvragen RV-2025-019",
    keep=[("REF", "RV-2025-019"), ("LAW", "Reglement van orde"), ("TERM", "prestatieafspraken 2026"), ("ORG", "griffie")]))

DOCS.append(Doc("uc12_antwoord_college", [
    (L, "Gemeente Zwolle | college van burgemeester en wethouders"), (SP, 8),
    (H, "Beantwoording schriftelijke vragen RV-2025-019 van raadslid Mulders (GroenLinks)"),
    (L, "Datum: 8 april 2025 | Portefeuillehouder: wethouder Ilse Brouwer (Wonen)"), (SP, 4),
    (Pp, "Antwoord 1. Ja. In 2024 bedroeg de gemiddelde bemiddelingsperiode van urgenten 7,4 maanden. In de prestatieafspraken met "
         "Woonstichting Hanzeborg is afgesproken dat 40 procent van de vrijkomende tweekamerwoningen aan urgenten wordt toegewezen. "
         "Het tekort zit vooral in woningen met lift in Holtenbroek en Stadshagen."),
    (Pp, "Antwoord 2. In 2024 zijn 27 aanvragen voor medische urgentie afgewezen. De urgentiecommissie heeft in alle gevallen het "
         "advies van GGD IJsselland gevolgd. Over individuele aanvragen doet het college geen mededelingen."),
    (Pp, "Antwoord 3. Wethouder Brouwer heeft de urgentiecommissie op 11 maart 2025 gesproken en zal dit punt inbrengen bij de "
         "prestatieafspraken 2026. Een minimumaantal wordt in overleg met Hanzeborg en de huurdersorganisatie Huurdersbelang Zwolle vastgesteld."),
    (Pp, "Antwoord 4. Het woningtoezicht heeft in 2024 en 2025 elf panden in het buitengebied geïnspecteerd. In één geval in Laag "
         "Zuthem is een aanschrijving verstuurd. Wij verwijzen verder naar de Huisvestingswet 2014 en de Woningwet."),
    (Pp, "Het college van burgemeester en wethouders van Zwolle,"), (L, "de secretaris,                    de burgemeester,"),
    (L, "drs. W.F. Kraak                  burgemeester Lammers"), (SP, 8),
    (L, "Contactpersoon: Rik Hoogeveen, beleidsmedewerker Wonen, rik.hoogeveen@zwolle.nl, 14 038")],
    font="helv", size=10, producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365",
    keep=[("PUBLIC_PERSON", "drs. W.F. Kraak"), ("ORG", "Huurdersbelang Zwolle"), ("LAW", "Woningwet"), ("REF", "RV-2025-019"),
          ("FUNCTION", "beleidsmedewerker Wonen"), ("FUNCTION", "Portefeuillehouder")]))
