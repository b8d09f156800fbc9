"""Set DW documents: mails, chat, minutes, hidden channels, scans."""
from lib import Doc

P = "PERSON"; E = "EMAIL"; T = "PHONE"; A = "ADDRESS"; H = "HEALTH"; O = "ORG"; L = "LAW"; R = "REF"; PL = "PLACE"
PO = "PUBLIC_OFFICIAL"; X = "OTHER"
DOCS = []

DOCS.append(Doc("dw05_mail_ggd_gemeente", [
    "Van: 't Hart, Anouk <a.thart@ggdijsselland.nl>",
    "Verzonden: dinsdag 13 januari 2026 08:12",
    "Aan: Oosterveld, Fenna <f.oosterveld@deventer.nl>; ter Horst, Marloes <m.terhorst@ijsselvallei-water.nl>",
    "CC: Çelik, Hüseyin <h.celik@overijssel.nl>; crisisbeheersing@deventer.nl",
    "Onderwerp: RE: kookadvies Deventer-Noord - meldingen huisartsen",
    "Hoi Fenna, Marloes,",
    "Vannacht zijn via de huisartsenpost 9 meldingen van acute gastro-enteritis binnengekomen uit Diepenveen. Ik adviseer het kookadvies minimaal tot en met vrijdag te handhaven. Burgemeester Vermeulen-Stroink wordt vanochtend om 10:00 uur door de GGD gebriefd.",
    "Bereikbaar op 06-5318 2270.",
    "Groet, Anouk",
    "arts infectieziektebestrijding, GGD IJsselland",
    "-----Oorspronkelijk bericht-----",
    "Van: Oosterveld, Fenna <f.oosterveld@deventer.nl>",
    "Verzonden: maandag 12 januari 2026 22:47",
    "Aan: 't Hart, Anouk <a.thart@ggdijsselland.nl>",
    "Onderwerp: kookadvies Deventer-Noord",
    "Anouk, kun jij morgen vroeg aangeven of scholen en de Sint Jozef-kinderopvang extra instructie nodig hebben? Wethouder Bulut wil dat vóór de persconferentie in het stadhuis aan de Grote Kerkhof weten. Mijn nummer: 0570 69 34 18.",
    "Fenna Oosterveld | crisiscoördinator gemeente Deventer",
], redact=[(P, "Anouk 't Hart", ["'t Hart, Anouk", "Anouk"]), (E, "a.thart@ggdijsselland.nl"), (P, "Fenna Oosterveld", ["Oosterveld, Fenna", "Fenna Oosterveld", "Fenna"]),
           (E, "f.oosterveld@deventer.nl"), (P, "Marloes ter Horst", ["ter Horst, Marloes", "Marloes"]), (E, "m.terhorst@ijsselvallei-water.nl"),
           (P, "Hüseyin Çelik", ["Çelik, Hüseyin"]), (E, "h.celik@overijssel.nl"), (T, "06-5318 2270"), (T, "0570 69 34 18")],
    keep=[(E, "crisisbeheersing@deventer.nl"), (PO, "Burgemeester Vermeulen-Stroink"), (PO, "Wethouder Bulut"), (O, "GGD IJsselland"),
          (PL, "Diepenveen"), (PL, "Deventer-Noord"), (X, "Sint Jozef-kinderopvang"), (X, "Grote Kerkhof"), (X, "gastro-enteritis"),
          (X, "huisartsenpost"), (X, "crisiscoördinator"), (X, "arts infectieziektebestrijding")],
    font="dvs", producer="Microsoft® Outlook® for Microsoft 365", creator="Microsoft® Outlook® for Microsoft 365"))

DOCS.append(Doc("dw06_signal_storingsdienst", [
    "# Export Signal-groep 'Storing DV-Noord' (12-01-2026)",
    "[12-01-26 05:58] Jeroen van den Akker: druk valt weg op reinwaterkelder 2, ik rij ernaartoe",
    "[12-01-26 06:03] Woet: ok. Sluit jij de inlaat? Haverkamp heeft gisteren daar die flens vervangen",
    "[12-01-26 06:05] Bram Jansen-Kuipers: monsters staan klaar, Sevda komt om half 7",
    "[12-01-26 06:41] Jeroen van den Akker: E. coli positief op RW-Diepenveen-04 :( bel Marloes",
    "[12-01-26 06:44] Woet: Marloes gebeld, ze belt de ILT en GGD. Mijn privé is 06-1938 4410 als de dienst-telefoon leeg is",
    "[12-01-26 07:10] Bram Jansen-Kuipers: Gerrit van Haverkamp zegt dat de afdichting goed zat. Geloof ik niks van",
    "[12-01-26 07:12] Jer: rustig Bram, dat zoekt de ILT wel uit",
    "[12-01-26 09:30] Woet: chloordosering draait, 0,3 mg/l bij pompstation De Worp",
    "[12-01-26 11:16] Bram Jansen-Kuipers: kookadvies is live op ijsselvallei-water.nl en via NL-Alert",
    "[12-01-26 11:20] Jer: mijn vrouw ligt trouwens ook plat met buikkramp, ik ga om 14 uur naar huis",
], redact=[(P, "Jeroen van den Akker", ["Jeroen van den Akker", "Jer"]), (P, "Wouter Dijkhuis (Woet)", ["Woet"]),
           (P, "Bram Jansen-Kuipers", ["Bram Jansen-Kuipers", "Bram"]), (P, "Sevda"), (P, "Marloes"), (T, "06-1938 4410"),
           (P, "Gerrit van Haverkamp"), (H, "ligt trouwens ook plat met buikkramp")],
    keep=[(X, "RW-Diepenveen-04"), (O, "ILT"), (O, "GGD"), (X, "pompstation De Worp"), (X, "NL-Alert"), (X, "ijsselvallei-water.nl"),
          (X, "reinwaterkelder 2"), (X, "Storing DV-Noord"), (X, "E. coli")],
    font="dvm", size=8.5, producer="Skia/PDF m120", creator="Signal Desktop export"))

DOCS.append(Doc("dw07_klachten_overzicht", [
    "# Overzicht klantmeldingen kookadvies 12-16 januari 2026",
    "Bron: klantcontactcentrum IJsselvallei Water (algemeen 0800 0233) | Export KCC-2026-01",
    "Nr | Naam klant | Adres | Telefoon | Melding",
    "1 | E. Boerhof | Brinkgreverweg 112 | 0570-612 883 | geen informatie ontvangen",
    "2 | D. Petrović | Snipperlingsdijk 41 | 06 24 55 81 07 | kinderen diarree, huisarts",
    "3 | I. de Wit-Scholten | Oerdijk 7, Colmschate | +31 (0)6 1122 9034 | flessenwater op?",
    "4 | M. El Khatib | Zwolseweg 230 | 0031 6 4785 0021 | nierpatiënt, vraagt advies",
    "5 | J.H. ten Brinke | Diepenveenseweg 58 | 0570 55 21 60 | schade koffieautomaat",
    "6 | Vereniging Dorpsbelangen Diepenveen | Dorpsstraat 1 | info@dorpsbelangendiepenveen.nl | vraag tappunten",
    "Toelichting: melding 2 en 4 zijn doorgezet naar GGD IJsselland; compensatie volgens de Leveringsvoorwaarden 2024 art. 14.",
], redact=[(P, "E. Boerhof"), (A, "Brinkgreverweg 112"), (T, "0570-612 883"), (P, "D. Petrović"), (A, "Snipperlingsdijk 41"),
           (T, "06 24 55 81 07"), (H, "kinderen diarree, huisarts"), (P, "I. de Wit-Scholten"), (A, "Oerdijk 7"), (T, "+31 (0)6 1122 9034"),
           (P, "M. El Khatib"), (A, "Zwolseweg 230"), (T, "0031 6 4785 0021"), (H, "nierpatiënt"), (P, "J.H. ten Brinke"),
           (A, "Diepenveenseweg 58"), (T, "0570 55 21 60")],
    keep=[(T, "0800 0233"), (R, "KCC-2026-01"), (O, "IJsselvallei Water"), (O, "Vereniging Dorpsbelangen Diepenveen"),
          (E, "info@dorpsbelangendiepenveen.nl"), (PL, "Colmschate"), (O, "GGD IJsselland"), (L, "Leveringsvoorwaarden 2024")],
    font="dvs", size=8.3, producer="Microsoft® Excel® for Microsoft 365", creator="Microsoft® Excel® for Microsoft 365"))

DOCS.append(Doc("dw08_crisisteam_notulen", [
    "# Verslag crisisteam Drinkwater (RBT-light), 13 januari 2026, 09:00 uur, stadhuis Deventer",
    "Aanwezig:",
    "Naam | Organisatie | Functie",
    "Vermeulen-Stroink | gemeente Deventer | burgemeester (voorzitter)",
    "F. Oosterveld (FO) | gemeente Deventer | crisiscoördinator",
    "M. ter Horst (MtH) | IJsselvallei Water | incidentmanager",
    "A. 't Hart (AtH) | GGD IJsselland | arts infectieziektebestrijding",
    "H. Çelik (HC) | provincie Overijssel | adviseur water",
    "K.L. Mahabier (KLM) | gemeente Deventer | notulist",
    "1. Situatie: E. coli nog aantoonbaar (1 kve/100 ml) op 14 januari; 23 meldingen maag-darmklachten bij de GGD.",
    "2. Communicatie: de burgemeester geeft om 12:00 uur een persconferentie; woordvoering via persvoorlichting@deventer.nl.",
    "3. Kwetsbare groepen: GGD belt zorginstellingen Humanitas en Sint Jozef; tappunt bij sporthal De Scheg.",
    "## Actielijst",
    "Nr | Actie | Wie | Gereed",
    "A1 | Dagelijkse meetresultaten delen | MtH | dagelijks 16:00",
    "A2 | Bericht aan zorginstellingen | AtH | 13-01",
    "A3 | Informeren gedeputeerde Hofstede | HC | 13-01",
    "A4 | Nieuwsbrief bewoners | FO / KLM | 14-01",
], redact=[(P, "F. Oosterveld"), ("PARAPH", "FO", None), (P, "M. ter Horst"), ("PARAPH", "MtH"), (P, "A. 't Hart"), ("PARAPH", "AtH"),
           (P, "H. Çelik"), ("PARAPH", "HC"), (P, "K.L. Mahabier"), ("PARAPH", "KLM")],
    keep=[(PO, "Vermeulen-Stroink"), (E, "persvoorlichting@deventer.nl"), (O, "Humanitas"),
          (X, "sporthal De Scheg"), (O, "GGD IJsselland"), (O, "provincie Overijssel"), (X, "RBT-light"), (X, "incidentmanager"), (X, "notulist")],
    font="helv", size=9, producer="Microsoft® Word 2019", creator="Microsoft® Word 2019", author="Mahabier, K.L.",
    hidden=[(P, "K.L. Mahabier (author)", ["Mahabier, K.L."], "metadata")]))

DOCS.append(Doc("dw09_ilt_inspectierapport", [
    "# Inspectie Leefomgeving en Transport - Inspectierapport drinkwaterincident",
    "Kenmerk ILT-2026/112045 | Onder toezicht staande: IJsselvallei Water N.V.",
    "Inspecteurs: ing. R. Brinkhuis en mw. J.C. Nooitgedagt-Bos | Datum inspectie: 20 januari 2026",
    "Contact: ruud.brinkhuis@ilent.nl, +31 (0)70 456 21 93",
    "## Bevindingen",
    "Het bedrijf heeft de overschrijding binnen de termijn van artikel 21 Drinkwaterbesluit gemeld. De werkzaamheden aan de flens van reinwaterkelder 2 zijn op 11 januari 2026 uitgevoerd door Leidingtechniek Haverkamp zonder hygiëneprotocol volgens de Hygiënecode Drinkwater (KWR). Desinfectie na de werkzaamheden is niet vastgelegd.",
    "De dienstdoende ploegleider (J. van den Akker) verklaarde dat de vrijgavemeting niet is afgewacht. Mevrouw Ter Horst heeft de ILT om 07:02 uur gebeld.",
    "## Oordeel",
    "De ILT legt een last onder dwangsom op (Drinkwaterwet, artikel 35). Minister Stellingwerf wordt over het incident geïnformeerd.",
], redact=[(P, "R. Brinkhuis"), (P, "J.C. Nooitgedagt-Bos"), (E, "ruud.brinkhuis@ilent.nl"), (T, "+31 (0)70 456 21 93"),
           (P, "J. van den Akker"), (P, "Ter Horst", ["Ter Horst"])],
    keep=[(O, "Inspectie Leefomgeving en Transport"), (R, "ILT-2026/112045"), (O, "IJsselvallei Water N.V."), (L, "Drinkwaterbesluit"),
          (O, "Leidingtechniek Haverkamp"), (L, "Hygiënecode Drinkwater"), (O, "KWR"), (L, "Drinkwaterwet"), (PO, "Minister Stellingwerf"),
          (O, "ILT"), (X, "reinwaterkelder 2"), (X, "last onder dwangsom")],
    font="times", producer="Nitro PDF Pro 13", creator="Nitro PDF Pro 13", xmp_author="Nooitgedagt-Bos, Jolien",
    hidden=[(P, "Jolien Nooitgedagt-Bos", ["Jolien"], "metadata")]))

DOCS.append(Doc("dw10_factuur_haverkamp", [
    "# FACTUUR - Leidingtechniek Haverkamp",
    "G.J. Haverkamp | Eenmanszaak | Molenweg 3a, 8121 BE Olst",
    "KvK 71234567 | BTW NL002176398B42 | IBAN NL47 RABO 0331 2459 87",
    "Tel. 06-51 88 30 12 | gerrit@haverkamp-leidingtechniek.nl",
    "Factuur aan: IJsselvallei Water, crediteurenadministratie, Postbus 340, 7400 AH Deventer",
    "Factuurnummer 2026-0008 | Datum 15-01-2026 | Uw referentie PO-4500918273",
    "Omschrijving | Uren | Tarief | Bedrag",
    "Vervangen flens reinwaterkelder 2 | 6 | 78,50 | 471,00",
    "Spoedinzet 12-01 (nacht) | 4 | 117,75 | 471,00",
    "Materiaal (RVS flens DN300) | 1 | 389,00 | 389,00",
    "Totaal excl. btw 1.331,00 | btw 21% 279,51 | Totaal 1.610,51",
    "Gelieve binnen 30 dagen te voldoen. Met dank, Gerrit Haverkamp",
], redact=[(P, "G.J. Haverkamp"), (A, "Molenweg 3a"), (A, "8121 BE"), ("ID", "KvK 71234567", ["71234567"]), ("ID", "NL002176398B42"),
           ("IBAN", "NL47 RABO 0331 2459 87"), (T, "06-51 88 30 12"), (E, "gerrit@haverkamp-leidingtechniek.nl"), (P, "Gerrit Haverkamp")],
    keep=[(O, "IJsselvallei Water"), (X, "Postbus 340"), (R, "2026-0008"), (R, "PO-4500918273"), (X, "Eenmanszaak"), (X, "DN300"), (PL, "Olst")],
    font="helv", producer="PDFpen 13.0", creator="Pages"))

DOCS.append(Doc("dw11_kamerbrief", [
    "# Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
    "Postbus 20018, 2500 EA Den Haag | Datum 29 januari 2026 | Kenmerk IENW/BSK-2026/30112",
    "Onderwerp: Drinkwaterincident Deventer en Olst-Wijhe",
    "Hierbij informeer ik uw Kamer, mede namens de staatssecretaris van Volksgezondheid, Welzijn en Sport, over de besmetting van het drinkwater met E. coli in de regio Deventer. Het lid Kroeze (GL-PvdA) heeft hierover op 20 januari vragen gesteld.",
    "Op 12 januari 2026 heeft IJsselvallei Water een kookadvies afgegeven voor circa 41.300 aansluitingen. GGD IJsselland ontving 37 meldingen van maag-darmklachten. De ILT heeft onderzoek gedaan en een last onder dwangsom opgelegd.",
    "Ik heb met gedeputeerde Hofstede van de provincie Overijssel en burgemeester Vermeulen-Stroink gesproken over de crisiscommunicatie. Ik laat de Hygiënecode Drinkwater door KWR evalueren.",
    "Hoogachtend,",
    "DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT,",
    "M.A. Stellingwerf",
], redact=[],
    keep=[(O, "Tweede Kamer der Staten-Generaal"), (R, "IENW/BSK-2026/30112"), (PO, "Kroeze (GL-PvdA)"), (PO, "gedeputeerde Hofstede"),
          (PO, "burgemeester Vermeulen-Stroink"), (PO, "M.A. Stellingwerf"), (O, "IJsselvallei Water"), (O, "GGD IJsselland"), (O, "ILT"),
          (L, "Hygiënecode Drinkwater"), (O, "KWR"), (PL, "Olst-Wijhe"), (X, "Postbus 20018")],
    font="times", producer="Aspose.Words for .NET 23.1", creator="Aspose.Words", xmp_author="Jansen, P. (BSK)",
    hidden=[(P, "P. Jansen (BSK)", ["Jansen, P."], "metadata")]))

DOCS.append(Doc("dw12_beslisnota_bladwijzers", [
    "# Beslisnota Woo-besluit drinkwaterincident Deventer",
    "Aan: de minister | Van: directie Water en Bodem | Kenmerk IENW/BSK-2026/41877",
    "Contactpersoon: drs. T.W. Oudejans-Mulder, senior beleidsmedewerker, 06 42 90 17 55",
    "## Aanleiding",
    "Verzoekster vraagt om documenten over het E. coli-incident. Er zijn 14 documenten gevonden.",
    "## Geadviseerd besluit",
    "Aan de minister wordt gevraagd het besluit deels openbaar te tekenen. Persoonsgegevens worden gelakt (5.1.2e); gezondheidsgegevens (5.1.1d).",
    "## Informatie die niet openbaar gemaakt kan worden",
    "Motivering: in de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van ambtenaren geanonimiseerd.",
], redact=[(P, "T.W. Oudejans-Mulder"), (T, "06 42 90 17 55")],
    keep=[(R, "IENW/BSK-2026/41877"), (X, "directie Water en Bodem"), (X, "senior beleidsmedewerker"), (R, "5.1.2e"), (R, "5.1.1d")],
    font="dvse", producer="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365",
    outline=[("Beslisnota (concept Oudejans)", 1, 0), ("Opmerkingen Daan S.", 1, 1)],
    hidden=[(P, "Daan S.", ["Daan S."], "outline")]))

DOCS.append(Doc("dw13_persbericht_notities", [
    "# Persbericht gemeente Deventer: kookadvies opgeheven",
    "Deventer, 17 januari 2026 - IJsselvallei Water heft het kookadvies voor Deventer-Noord, Diepenveen en Olst op. Drie opeenvolgende metingen waren schoon. Burgemeester Vermeulen-Stroink: 'Ik dank inwoners voor hun geduld.'",
    "Vragen van pers: persvoorlichting@deventer.nl of 14 0570.",
], redact=[], keep=[(PO, "Burgemeester Vermeulen-Stroink"), (E, "persvoorlichting@deventer.nl"), (T, "14 0570"), (O, "IJsselvallei Water"), (PL, "Diepenveen")],
    font="helv", producer="Adobe PDF Library 23.1", creator="Adobe InDesign 19.0",
    notes=[(1, "Kirsten Mahabier", "Check met Fenna of bel 06-3370 1245", (480, 760))],
    hidden=[(P, "Kirsten Mahabier", ["Kirsten Mahabier"], "annotations"), (P, "Fenna", ["Fenna"], "annotations"),
            (T, "06-3370 1245", None, "annotations")]))

DOCS.append(Doc("dw14_brief_bewoner_scan", [
    "# Brief aan IJsselvallei Water",
    "Van: Els Boerhof, Brinkgreverweg 112, Deventer",
    "Ik heb pas op dinsdag gehoord van het kookadvies. Mijn man Henk Boerhof heeft drie dagen diarree gehad.",
    "Telefoon 0570-612883",
    "~ E. Boerhof",
], redact=[(P, "Els Boerhof"), (P, "Henk Boerhof"), (A, "Brinkgreverweg 112"), (T, "0570-612883")],
    keep=[], scan=True, producer="Canon iR-ADV C5535 PDF", creator="Canon iR-ADV C5535"))
