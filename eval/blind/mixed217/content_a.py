"""Documents pa01-pa16 of set mixed217."""
from lib import Doc, K, R

MOT = ["## Informatie die niet openbaar gemaakt kan worden",
       "## Motivering",
       "In de openbaar gemaakte versie van dit document zijn de persoonsgegevens van medewerkers en van "
       "betrokken burgers weggelakt op grond van artikel 5.1, tweede lid, onder e, van de Woo (5.1.2e)."]

# recurring persons (all invented)
FINN = lambda *p: R("PERSON", "Finn Yıldız", *(p or ("Finn Yıldız", "Finn")))
MARLOES = lambda *p: R("PERSON", "Marloes Brinkhuis", *(p or ("Marloes Brinkhuis", "Brinkhuis")))
KEREM = lambda *p: R("PERSON", "Kerem Yıldız", *(p or ("Kerem Yıldız",)))
RUUD = lambda *p: R("PERSON", "Ruud ter Beek", *(p or ("Ruud ter Beek", "Ter Beek")))
ANOUK = lambda *p: R("PERSON", "Anouk Dijkstra-Vermeulen", *(p or ("Anouk Dijkstra-Vermeulen", "Dijkstra-Vermeulen")))
SJOERD = lambda *p: R("PERSON", "Sjoerd Oosterhuis", *(p or ("Sjoerd Oosterhuis", "Oosterhuis")))
YVONNE = lambda *p: R("PERSON", "Yvonne Baptiste", *(p or ("Yvonne Baptiste",)))
LOTTE = lambda *p: R("PERSON", "Lotte Bergsma", *(p or ("Lotte Bergsma", "Bergsma")))
WOUTER = lambda *p: R("PERSON", "Wouter Ploeg", *(p or ("W.H. Ploeg",)))
DAAN = lambda *p: R("PERSON", "Daan Everaerts", *(p or ("Daan Everaerts", "Everaerts")))
JP = lambda *p: R("PERSON", "Jan-Pieter van 't Hoog", *(p or ("J.P. van 't Hoog",)))

GEM = K("ORG", "gemeente Lindewaard", "gemeente Lindewaard")
PLEK = K("PLACE", "Annie M.G. Schmidtplein", "Annie M.G. Schmidtplein")
KEUR = K("ORG", "KeurPlay Inspecties B.V.", "KeurPlay")
NVS = K("ORG", "Noordvaste Verzekeringen N.V.", "Noordvaste")
TOESTEL = K("PRODUCT", "Robinia Klimtoren XL-4", "Robinia Klimtoren XL-4")
WAS = K("LAW", "Warenwetbesluit attracties en speeltoestellen", "Warenwetbesluit attracties en speeltoestellen")
NEN = K("STANDARD", "NEN-EN 1176", "NEN-EN 1176")
CC = lambda t: K("CODE", t)

DOCS = []

# pa01 Woo request (reportlab, Helvetica)
DOCS.append(Doc("pa01_woo_verzoek", "rl", [
    "Daan Everaerts",
    "Hoefslag 12",
    "3911 TB Rhenen",
    "daan.everaerts@vallei-nieuws.nl / 06-29 84 11 05",
    "",
    "Aan het college van burgemeester en wethouders van de gemeente Lindewaard",
    "t.a.v. de Woo-coördinator, Postbus 1100, 3900 BC Lindewaard (per e-mail: woo@lindewaard.nl)",
    "Rhenen, 2 november 2026",
    "Onderwerp: Woo-verzoek ongeval speelplek Annie M.G. Schmidtplein",
    "",
    "Geacht college,",
    "Op grond van de Wet open overheid (Woo) verzoek ik u om openbaarmaking van alle documenten over het ongeval "
    "van 18 september 2026 op de speelplek Annie M.G. Schmidtplein in de wijk Hoogkamp, waarbij een kind van de "
    "Robinia Klimtoren XL-4 is gevallen. Het gaat mij in het bijzonder om:",
    "1. de inspectierapporten van KeurPlay Inspecties B.V. over 2025 en 2026;",
    "2. het logboek van de gemeentelijke speeltoesteleninspecteur;",
    "3. de correspondentie met Noordvaste Verzekeringen N.V. over de aansprakelijkstelling;",
    "4. de beantwoording van de raadsvragen van de fracties ChristenUnie en GroenLinks-PvdA.",
    "Ik schrijf voor Vallei Nieuws. Ik ontvang de documenten het liefst digitaal.",
    "",
    "Met vriendelijke groet,",
    "Daan Everaerts",
], [DAAN(), R("ADDRESS", "Hoefslag 12, 3911 TB Rhenen", "Hoefslag 12", "3911 TB"),
    R("EMAIL", "daan.everaerts@vallei-nieuws.nl"), R("PHONE", "06-29 84 11 05")],
   [GEM, PLEK, KEUR, NVS, TOESTEL, K("LAW", "Wet open overheid"), K("EMAIL", "woo@lindewaard.nl"),
    K("ORG", "ChristenUnie"), K("ORG", "GroenLinks-PvdA"), K("ORG", "Vallei Nieuws"), K("PLACE", "Hoogkamp"),
    K("PLACE", "Rhenen"), K("DATE", "18 september 2026"), K("ADDRESS", "Postbus 1100")],
   meta={"Producer": "Microsoft: Print To PDF", "Title": "Woo-verzoek speelplek"}))

# pa02 acknowledgement (docx -> LibreOffice)
DOCS.append(Doc("pa02_ontvangstbevestiging", "lo", [
    "Gemeente Lindewaard | Markt 1 | Postbus 1100 | 3900 BC Lindewaard | 14 0578 | www.lindewaard.nl",
    "De heer D. Everaerts",
    "Hoefslag 12",
    "3911 TB Rhenen",
    "Datum: 5 november 2026",
    "Ons kenmerk: WOO-2026-0041 / Z/26/118402",
    "Behandeld door: Y. Baptiste, telefoon (0318) 53 82 60, e-mail y.baptiste@lindewaard.nl",
    "Onderwerp: ontvangstbevestiging Woo-verzoek",
    "",
    "Geachte heer Everaerts,",
    "Op 2 november 2026 hebben wij uw verzoek ontvangen om openbaarmaking van documenten over het ongeval op de "
    "speelplek Annie M.G. Schmidtplein. Uw verzoek is geregistreerd onder nummer WOO-2026-0041.",
    "Wij beslissen binnen vier weken na ontvangst, dus uiterlijk op 30 november 2026. Wij kunnen deze termijn "
    "met twee weken verdagen (artikel 4.4 Woo). Omdat de stukken ook gegevens van derden bevatten, zoals de "
    "ouders van het kind en Noordvaste Verzekeringen N.V., kunnen wij hen vragen een zienswijze te geven.",
    "Hebt u vragen, dan kunt u bellen met het algemene nummer 14 0578 of mailen naar woo@lindewaard.nl.",
    "",
    "Hoogachtend,",
    "namens dezen,",
    "Yvonne Baptiste",
    "Woo-coördinator, team Juridische Zaken",
], [DAAN("D. Everaerts", "Everaerts"), R("ADDRESS", "Hoefslag 12, 3911 TB Rhenen", "Hoefslag 12", "3911 TB"),
    YVONNE("Yvonne Baptiste", "Y. Baptiste"), R("EMAIL", "y.baptiste@lindewaard.nl"),
    R("PHONE", "(0318) 53 82 60", ("(0318) 53 82 60", False))],
   [K("ORG", "Gemeente Lindewaard"), PLEK, NVS, CC("WOO-2026-0041"), CC("Z/26/118402"), K("PHONE", "14 0578"),
    K("EMAIL", "woo@lindewaard.nl"), K("ADDRESS", "Markt 1"), K("LAW", "artikel 4.4 Woo"),
    K("FUNCTION", "Woo-coördinator"), K("ORG", "team Juridische Zaken"), K("DATE", "30 november 2026"),
    K("URL", "www.lindewaard.nl")],
   meta={"Producer": "LibreOffice 7.6", "Creator": "Writer", "Title": "Ontvangstbevestiging WOO-2026-0041"}))

# pa03 annual inspection report KeurPlay (DejaVu, 2 pages, outline with names)
DOCS.append(Doc("pa03_keurplay_jaarinspectie", "rl", [
    "# KeurPlay Inspecties B.V. - Rapport jaarlijkse hoofdinspectie",
    "Rapportnummer: KP-25-0644 | Opdrachtgever: gemeente Lindewaard, team Buitenruimte | Inspectiedatum: 14 mei 2025",
    "Inspecteur: ing. W.H. Ploeg (gecertificeerd inspecteur, RSTI-nummer 2219) | mobiel 06 33 91 04 72",
    "Contactpersoon opdrachtgever: R. ter Beek, speeltoesteleninspecteur",
    "## 1. Reikwijdte",
    "De hoofdinspectie is uitgevoerd volgens NEN-EN 1176-7 en het Warenwetbesluit attracties en speeltoestellen "
    "(WAS). Beoordeeld zijn 38 speelplekken in de wijken Hoogkamp, Dragonder en Veenhof. Deze rapportage betreft "
    "de speelplek Annie M.G. Schmidtplein (locatiecode LW-HK-017).",
    "## 2. Bevindingen",
    "| Toestel | Fabrikant | Bevinding | Risico | Termijn",
    "| Robinia Klimtoren XL-4 | Speelwerk Nederland B.V. | Valondergrond (houtsnippers) op 3 plaatsen minder dan 30 cm dik; NEN-EN 1177 vereist bij 2,40 m valhoogte minimaal 40 cm | hoog | binnen 4 weken",
    "| Robinia Klimtoren XL-4 | Speelwerk Nederland B.V. | Bevestiging klimnet aan bovenligger: 2 van 6 klemmen los | middel | binnen 3 maanden",
    "| Kabelbaan Zwaluw | Kompan | Geen gebreken | laag | -",
    "| Schommel Wilhelmina | IJslander | Ketting licht gesleten | laag | volgende inspectie",
    "---",
    "## 3. Toelichting",
    "De valondergrond onder de Robinia Klimtoren XL-4 is door intensief gebruik weggetrapt. Wij adviseren de "
    "houtsnippers aan te vullen tot 40 cm en het klimnet opnieuw te bevestigen. De toren zelf is constructief in "
    "orde. Het logboek van de gemeente was op de dag van inspectie bijgewerkt tot 2 mei 2025 (paraaf RtB).",
    "## 4. Ondertekening",
    "Opgesteld door: ing. W.H. Ploeg",
    "Gecontroleerd door: G. Amsinck, directeur KeurPlay",
    "KeurPlay Inspecties B.V. | Industrieweg 41, Ede | KvK 09188231 | info@keurplay.nl | 0318 - 44 19 00",
], [WOUTER("W.H. Ploeg"), R("PHONE", "06 33 91 04 72"), R("ID", "RSTI-nummer 2219", "2219"),
    RUUD("R. ter Beek"), R("INITIALS", "RtB"),
    R("PERSON", "Gerda Amsinck", "G. Amsinck", "Amsinck"),
    R("PERSON", "Wouter Ploeg (outline)", "Wouter Ploeg", ch="outline"),
    R("PERSON", "Gerda Amsinck (outline)", "Gerda", ch="outline")],
   [GEM, PLEK, KEUR, TOESTEL, WAS, K("STANDARD", "NEN-EN 1176-7"), K("STANDARD", "NEN-EN 1177"),
    CC("KP-25-0644"), CC("LW-HK-017"), K("ORG", "Speelwerk Nederland B.V."), K("ORG", "Kompan"),
    K("PRODUCT", "Schommel Wilhelmina"), K("PRODUCT", "Kabelbaan Zwaluw"), K("EMAIL", "info@keurplay.nl"),
    K("PHONE", "0318 - 44 19 00"), K("FUNCTION", "speeltoesteleninspecteur"), K("ADDRESS", "Industrieweg 41"),
    K("PLACE", "Dragonder"), K("PLACE", "Veenhof")],
   meta={"Producer": "iText 7.2.5 (AGPL)", "Creator": "KeurPlay Rapportage 4.1", "Title": "KP-25-0644"},
   outline=[("Rapport KP-25-0644", 0), ("Bevindingen Wouter Ploeg", 0), ("Review Gerda A. - akkoord", 1)],
   font="DejaVuSans", size=9.5))

# pa04 follow-up inspection after the accident (LibreOffice, 2 pages, Author hidden)
DOCS.append(Doc("pa04_keurplay_incidentinspectie", "lo", [
    "# Incidentinspectie speelplek Annie M.G. Schmidtplein",
    "KeurPlay Inspecties B.V. - rapport KP-26-0917 - inspectie op 19 september 2026, 08.30 uur",
    "Aanleiding: melding van de gemeente Lindewaard (MOR-2026-22718) dat op 18 september 2026 een kind van "
    "ongeveer acht jaar van de Robinia Klimtoren XL-4 is gevallen.",
    "Aanwezig: W.H. Ploeg (KeurPlay), R. ter Beek (gemeente), J. Harmsen (buitendienst gemeente).",
    "## Bevindingen",
    "| Onderdeel | Bevinding | Conform NEN-EN 1176-1?",
    "| Klimnet bovenzijde | Twee klemmen ontbreken, net hangt 11 cm door | nee",
    "| Valondergrond | Laagdikte gemeten 22-31 cm op 5 meetpunten | nee (NEN-EN 1177)",
    "| Leuning platform 2,40 m | In orde | ja",
    "| Logboek | Laatste vermelding 29 augustus 2026, geen herstel klemmen vermeld | n.v.t.",
    "De bevindingen van mei 2025 (KP-25-0644) zijn volgens het logboek op 12 juni 2025 deels verholpen: de "
    "houtsnippers zijn aangevuld, het klimnet niet.",
    "---",
    "## Conclusie",
    "Het toestel voldoet niet aan het Warenwetbesluit attracties en speeltoestellen. Wij adviseren het toestel "
    "buiten gebruik te houden tot het klimnet is hersteld en de valondergrond op 40 cm is gebracht. De toren is "
    "op 19 september 2026 afgezet met bouwhekken.",
    "Wij hebben de NVWA niet ingelicht; dat is de verantwoordelijkheid van de beheerder.",
    "",
    "Ede, 21 september 2026",
    "ing. W.H. Ploeg",
], [WOUTER("W.H. Ploeg"), RUUD("R. ter Beek"), R("PERSON", "Joost Harmsen", "J. Harmsen"),
    R("PERSON", "Marco Verhoeff (Author)", "Marco Verhoeff", ch="metadata")],
   [GEM, PLEK, KEUR, TOESTEL, WAS, K("STANDARD", "NEN-EN 1176-1"), K("STANDARD", "NEN-EN 1177"),
    CC("KP-26-0917"), CC("KP-25-0644"), CC("MOR-2026-22718"), K("ORG", "NVWA"), K("DATE", "19 september 2026"),
    K("PLACE", "Ede")],
   meta={"Producer": "LibreOffice 7.6", "Creator": "Writer", "Author": "Marco Verhoeff",
         "Title": "KP-26-0917 incidentinspectie"}))

# pa05 parents' complaint (scan)
DOCS.append(Doc("pa05_klacht_ouders_scan", "scan", [
    "Marloes Brinkhuis en Kerem Yildiz",
    "Zonnebloemstraat 27",
    "3904 KL Lindewaard",
    "",
    "Aan de gemeente Lindewaard, afdeling Buitenruimte",
    "Lindewaard, 20 september 2026",
    "",
    "# Klacht over de klimtoren op het Annie M.G. Schmidtplein",
    "",
    "Geachte heer, mevrouw,",
    "Op vrijdag 18 september is onze zoon Finn (8 jaar) van de",
    "klimtoren gevallen. Het net aan de bovenkant hing los.",
    "Finn heeft zijn linkerpols gebroken en een hersenschudding.",
    "Hij lag een nacht in Ziekenhuis Gelderse Vallei.",
    "Buurvrouw Ilse Jongbloed heeft gezien dat het net al",
    "weken los hing. Zij heeft dat in augustus gemeld.",
    "Wij vinden dat de gemeente hiervoor verantwoordelijk is.",
    "",
    "Telefoon: 06-21458733",
    "",
    "~Marloes Brinkhuis",
], [MARLOES(), R("PERSON", "Kerem Yildiz", "Kerem", "Yildiz", ch="ocr"),
    R("PERSON", "Finn", "Finn", ch="ocr"), R("PERSON", "Ilse Jongbloed", "Ilse Jongbloed", "Jongbloed", ch="ocr"),
    R("ADDRESS", "Zonnebloemstraat 27, 3904 KL", "Zonnebloemstraat", "3904 KL", ch="ocr"),
    R("PHONE", "06-21458733", ch="ocr"),
    R("HEALTH", "gebroken linkerpols, hersenschudding", "linkerpols", "hersenschudding", ch="ocr")],
   [], meta={"Producer": "Canon iR-ADV C5840 PDF", "Creator": "Canon iR-ADV C5840"}))
DOCS[-1].redact[0] = R("PERSON", "Marloes Brinkhuis", "Marloes", "Brinkhuis", ch="ocr")

# pa06 lawyer's liability claim (Times, 2 pages)
DOCS.append(Doc("pa06_aansprakelijkstelling", "rl", [
    "VALLEI LETSELSCHADE ADVOCATEN",
    "Maliesingel 50 - 3581 BM Utrecht - 030 - 231 88 40 - secretariaat@vthletsel.nl",
    "",
    "Aangetekend en per e-mail",
    "Gemeente Lindewaard, t.a.v. het college van burgemeester en wethouders",
    "Postbus 1100, 3900 BC Lindewaard",
    "Utrecht, 2 oktober 2026",
    "Uw kenmerk: MOR-2026-22718 | Ons kenmerk: 26-0312/JPH",
    "Betreft: aansprakelijkstelling - Finn Yıldız, geboren 14-03-2018",
    "",
    "Geacht college,",
    "Ik sta de ouders bij van Finn Yıldız, mevrouw M. Brinkhuis en de heer K. Yıldız, wonende aan de "
    "Zonnebloemstraat 27, 3904 KL Lindewaard. Namens hen stel ik de gemeente Lindewaard aansprakelijk voor de "
    "schade als gevolg van het ongeval van 18 september 2026 op de speelplek Annie M.G. Schmidtplein.",
    "Finn viel van het bovenste platform van de Robinia Klimtoren XL-4 (valhoogte circa 2,40 meter) doordat het "
    "klimnet aan de bovenzijde losliet. Hij liep een distale radiusfractuur links en een commotio cerebri op. "
    "Hij is opgenomen geweest in Ziekenhuis Gelderse Vallei en staat onder behandeling van de kinderarts.",
    "De gemeente is als bezitter van de opstal aansprakelijk op grond van artikel 6:174 BW. Uit het rapport "
    "KP-25-0644 van KeurPlay Inspecties B.V. blijkt dat het gebrek aan het klimnet al in mei 2025 bekend was.",
    "---",
    "Cliënten lijden materiële schade (reiskosten, eigen risico, kapotte bril) en Finn lijdt immateriële schade. "
    "Ik verzoek u binnen drie weken uw aansprakelijkheidsverzekeraar in te schakelen en aansprakelijkheid te "
    "erkennen. De BSN van Finn (237461948) vermeld ik uitsluitend voor de medische machtiging.",
    "Deze brief stuit de verjaring van de vordering (artikel 3:317 BW).",
    "",
    "Hoogachtend,",
    "mr. J.P. van 't Hoog",
    "advocaat | direct 06 - 52 10 77 43 | jp.vanthoog@vthletsel.nl",
], [FINN("Finn Yıldız", "Finn"), R("DOB", "14-03-2018"), MARLOES("M. Brinkhuis"), KEREM("K. Yıldız"),
    R("ADDRESS", "Zonnebloemstraat 27, 3904 KL Lindewaard", "Zonnebloemstraat 27", "3904 KL"),
    R("HEALTH", "distale radiusfractuur links, commotio cerebri", "distale radiusfractuur", "commotio cerebri"),
    R("BSN", "237461948"), JP("J.P. van 't Hoog"), R("INITIALS", "JPH"), R("PHONE", "06 - 52 10 77 43"),
    R("EMAIL", "jp.vanthoog@vthletsel.nl")],
   [GEM, PLEK, KEUR, TOESTEL, CC("KP-25-0644"), CC("MOR-2026-22718"), K("LAW", "artikel 6:174 BW"),
    K("LAW", "artikel 3:317 BW"), K("ORG", "Ziekenhuis Gelderse Vallei"), K("EMAIL", "secretariaat@vthletsel.nl"),
    K("PHONE", "030 - 231 88 40"), K("ADDRESS", "Maliesingel 50"), K("PLACE", "Utrecht"),
    K("ORG", "VALLEI LETSELSCHADE ADVOCATEN")],
   meta={"Producer": "Nitro Pro 13.70.2.40", "Creator": "Nitro Pro", "Title": "Aansprakelijkstelling"},
   font="DejaVuSerif", size=10))

# pa07 Outlook thread gemeente <-> insurer (2 pages)
DOCS.append(Doc("pa07_mail_verzekeraar", "rl", [
    "Van: Bergsma, Lotte <lotte.bergsma@noordvaste.nl>",
    "Verzonden: dinsdag 13 oktober 2026 16:42",
    "Aan: Oosterhuis, Sjoerd <s.oosterhuis@lindewaard.nl>",
    "CC: Hofstede, Pieter-Bas <pb.hofstede@noordvaste.nl>; aansprakelijkheid@lindewaard.nl",
    "Onderwerp: RE: Schademelding NVS-2026-08814 - speelplek Annie M.G. Schmidtplein",
    "",
    "Beste Sjoerd,",
    "Dank voor de stukken. Wij hebben de schade geregistreerd onder NVS-2026-08814 (polis AVB-441207). Ik heb "
    "expertisebureau Vallei Expertise gevraagd de toedracht te onderzoeken. Voordat wij een standpunt innemen "
    "over de aansprakelijkheid, heb ik nog nodig:",
    "- het volledige logboek van de speelplek over 2025 en 2026;",
    "- de opdrachtbevestiging en de rapporten van KeurPlay;",
    "- de melding van de buurtbewoner uit augustus (volgens de advocaat is die gedaan).",
    "Wil je de advocaat, mr. Van 't Hoog, voorlopig niet inhoudelijk antwoorden? Een ontvangstbevestiging is "
    "prima. Ik ben morgen bereikbaar op 088 - 412 03 77.",
    "Met vriendelijke groet,",
    "Lotte Bergsma | Schadebehandelaar Aansprakelijkheid | Noordvaste Verzekeringen N.V.",
    "---",
    "Van: Oosterhuis, Sjoerd <s.oosterhuis@lindewaard.nl>",
    "Verzonden: maandag 12 oktober 2026 10:05",
    "Aan: Bergsma, Lotte <lotte.bergsma@noordvaste.nl>",
    "CC: Dijkstra-Vermeulen, Anouk <a.dijkstra@lindewaard.nl>",
    "Onderwerp: Schademelding - speelplek Annie M.G. Schmidtplein",
    "",
    "Beste mevrouw Bergsma,",
    "Hierbij meld ik namens de gemeente Lindewaard een aansprakelijkstelling onder onze AVB-polis. Op 18 "
    "september 2026 is een kind gevallen van de klimtoren op de speelplek Annie M.G. Schmidtplein. De advocaat "
    "van de ouders heeft ons op 2 oktober aansprakelijk gesteld. In de bijlage vindt u zijn brief, het "
    "incidentrapport KP-26-0917 en de melding MOR-2026-22718.",
    "Onze inspecteur, Ruud ter Beek, is ter plaatse geweest. Anouk is als teamleider Buitenruimte op de hoogte.",
    "Met vriendelijke groet,",
    "Sjoerd Oosterhuis",
    "Juridisch adviseur aansprakelijkheid | gemeente Lindewaard | T (0318) 53 82 31 | toestel 8231",
], [LOTTE("Lotte Bergsma", "Bergsma"), R("EMAIL", "lotte.bergsma@noordvaste.nl"),
    SJOERD("Sjoerd Oosterhuis", "Oosterhuis", "Sjoerd"), R("EMAIL", "s.oosterhuis@lindewaard.nl"),
    R("PERSON", "Pieter-Bas Hofstede", "Pieter-Bas", "Hofstede"), R("EMAIL", "pb.hofstede@noordvaste.nl"),
    ANOUK("Dijkstra-Vermeulen", "Anouk"), R("EMAIL", "a.dijkstra@lindewaard.nl"),
    JP("Van 't Hoog"), RUUD("Ruud ter Beek"), R("PHONE", "088 - 412 03 77"),
    R("PHONE", "(0318) 53 82 31", ("(0318) 53 82 31", False), "8231")],
   [GEM, PLEK, NVS, KEUR, CC("NVS-2026-08814"), CC("AVB-441207"), CC("KP-26-0917"), CC("MOR-2026-22718"),
    K("EMAIL", "aansprakelijkheid@lindewaard.nl"), K("ORG", "Vallei Expertise"),
    K("FUNCTION", "Schadebehandelaar Aansprakelijkheid"), K("FUNCTION", "teamleider Buitenruimte"),
    K("FUNCTION", "Juridisch adviseur aansprakelijkheid")],
   meta={"Producer": "Microsoft Outlook for Microsoft 365 (16.0)", "Creator": "Outlook",
         "Title": "RE: Schademelding NVS-2026-08814"}))

# pa08 Outlook thread, inspector and team lead (LibreOffice)
DOCS.append(Doc("pa08_mail_logboek", "lo", [
    "Van: Ter Beek, Ruud <r.terbeek@lindewaard.nl>",
    "Verzonden: woensdag 23 september 2026 07:58",
    "Aan: Dijkstra-Vermeulen, Anouk <a.dijkstra@lindewaard.nl>",
    "Onderwerp: RE: melding klimnet augustus",
    "",
    "Hoi Anouk,",
    "Ik heb het nagezocht. De melding van mevrouw Jongbloed kwam op 24 augustus binnen via de Fixi-app "
    "(MOR-2026-19930). Die is toegewezen aan de buitendienst, maar Joep heeft hem op 29 augustus afgesloten met "
    "'net aangespannen'. Klemmen zijn toen niet vervangen, want die waren niet op voorraad bij Speelwerk "
    "Nederland. Dat staat niet in het logboek, alleen in Fixi. Dat is een gat in onze werkwijze.",
    "Ik zit vandaag tot 12.00 bij de Robinia-toren met de fabrikant. Bel gerust: 06-48217390.",
    "Groet, Ruud",
    "",
    "Van: Dijkstra-Vermeulen, Anouk <a.dijkstra@lindewaard.nl>",
    "Verzonden: dinsdag 22 september 2026 17:31",
    "Aan: Ter Beek, Ruud <r.terbeek@lindewaard.nl>",
    "CC: Harmsen, Joost <j.harmsen@lindewaard.nl>",
    "Onderwerp: melding klimnet augustus",
    "",
    "Ruud, de moeder zegt dat een buurvrouw in augustus heeft gemeld dat het net los hing. Klopt dat? Ik moet "
    "wethouder Pronk morgen bijpraten voor de raadsinformatiebrief.",
    "Anouk Dijkstra-Vermeulen",
    "Teamleider Buitenruimte | gemeente Lindewaard | 06 - 1447 2290",
], [RUUD("Ter Beek", "Ruud"), R("EMAIL", "r.terbeek@lindewaard.nl"),
    ANOUK("Dijkstra-Vermeulen", "Anouk"), R("EMAIL", "a.dijkstra@lindewaard.nl"),
    R("PERSON", "Ilse Jongbloed", "Jongbloed"), R("PERSON", "Joost (Joep) Harmsen", "Joep", "Harmsen", "Joost"),
    R("EMAIL", "j.harmsen@lindewaard.nl"), R("PHONE", "06-48217390"), R("PHONE", "06 - 1447 2290")],
   [GEM, K("PERSON_PUBLIC", "wethouder Pronk", "wethouder Pronk"), CC("MOR-2026-19930"), K("PRODUCT", "Fixi"),
    K("ORG", "Speelwerk Nederland"), K("PRODUCT", "Robinia-toren"), K("FUNCTION", "Teamleider Buitenruimte"),
    K("DOC", "raadsinformatiebrief")],
   meta={"Producer": "LibreOffice 7.6", "Creator": "Writer", "Title": "RE: melding klimnet augustus"}))

# pa09 inspector's logbook (Courier, 2 pages)
LOG = [("02-05-2025", "Visuele inspectie, houtsnippers dun onder toren", "RtB"),
       ("14-05-2025", "Hoofdinspectie KeurPlay (W.H. Ploeg), rapport KP-25-0644", "RtB"),
       ("12-06-2025", "Houtsnippers aangevuld, 6 m3 (Dekker Speel & Groen)", "JH"),
       ("03-07-2025", "Klemmen klimnet besteld bij Speelwerk, levertijd onbekend", "RtB"),
       ("11-09-2025", "Functionele inspectie, net nog los aan 2 klemmen; tijdelijk vastgezet met tiewraps", "MdW"),
       ("16-01-2026", "Visuele inspectie, geen bijzonderheden", "MdW"),
       ("20-03-2026", "Functionele inspectie, tiewraps vervangen", "RtB"),
       ("07-05-2026", "Hoofdinspectie 2026 uitgesteld (capaciteit KeurPlay)", "RtB"),
       ("29-08-2026", "Melding MOR-2026-19930 afgehandeld, net aangespannen", "JH"),
       ("18-09-2026", "ONGEVAL - kind gevallen, toren afgezet 19.40 uur door J. Harmsen", "RtB"),
       ("19-09-2026", "Incidentinspectie KeurPlay, rapport KP-26-0917", "RtB")]
DOCS.append(Doc("pa09_logboek_inspecteur", "rl", [
    "# Logboek speeltoestel LW-HK-017-03 Robinia Klimtoren XL-4",
    "Beheerder: gemeente Lindewaard, team Buitenruimte | Locatie: Annie M.G. Schmidtplein, Hoogkamp",
    "Verplicht op grond van artikel 14 Warenwetbesluit attracties en speeltoestellen",
    "Inspecteurs: R. ter Beek (RtB, pers.nr. 40318), M. de Wit-Sahin (MdW, pers.nr. 41207); buitendienst: "
    "J. Harmsen (JH, pers.nr. 39860)",
    "| Datum | Handeling / bevinding | Paraaf",
] + [f"| {a} | {b} | {c}" for a, b, c in LOG[:6]] + ["---", "| Datum | Handeling / bevinding | Paraaf"] +
    [f"| {a} | {b} | {c}" for a, b, c in LOG[6:]] + [
    "",
    "Noodnummer storingen buiten kantoortijd: 14 0578 (keuze 3).",
    "Gezien: A. Dijkstra-Vermeulen, teamleider, 25-09-2026, paraaf AD",
], [RUUD("R. ter Beek"), R("INITIALS", "RtB"), R("ID", "40318"), R("PERSON", "Mirjam de Wit-Sahin", "M. de Wit-Sahin", "Wit-Sahin"),
    R("INITIALS", "MdW"), R("ID", "41207"), R("PERSON", "Joost Harmsen", "J. Harmsen"), R("INITIALS", "JH"),
    R("ID", "39860"), WOUTER("W.H. Ploeg"), ANOUK("A. Dijkstra-Vermeulen"), R("INITIALS", "AD")],
   [GEM, PLEK, KEUR, TOESTEL, WAS, K("CODE", "LW-HK-017-03"), CC("KP-25-0644"), CC("KP-26-0917"),
    CC("MOR-2026-19930"), K("ORG", "Dekker Speel & Groen"), K("PHONE", "14 0578"), K("LAW", "artikel 14"),
    K("DATE", "18-09-2026"), K("ORG", "Speelwerk")],
   meta={"Producer": "Aspose.PDF for .NET 23.4", "Creator": "Aspose", "Title": "Logboek LW-HK-017-03"},
   font="Courier", size=9))
