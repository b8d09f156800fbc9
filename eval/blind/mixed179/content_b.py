"""Set RV, documents rv11-rv22."""
from lib import Doc
from content_a import RR, KK, P, E, T, A, D, X, O, L, W, R, F

DOCS = []

DOCS.append(Doc("rv11_calamiteitenrapport", [
    ("h", "Rapport calamiteitenonderzoek - rit A1-2026-031477 (Epe, 14 maart 2026)"),
    ("p", "Vastgesteld door de directeur-bestuurder van RAV Veluwe-IJsselvallei op 8 mei 2026. Onderzoekscommissie onder "
          "voorzitterschap van drs. W.A. Scheepmaker (Bureau Kompas Zorgonderzoek). Medisch eindverantwoordelijk: "
          "dr. E.M. Kraaijeveld, medisch manager ambulancezorg."),
    ("h", "1. Samenvatting"),
    ("p", "Bij een 67-jarige man (de heer V.) trad thuis een circulatiestilstand op. De 112-melding kwam om 19:42:08 binnen. De "
          "eerste ambulance (06-118) was na 23 minuten en 23 seconden ter plaatse; de norm van 15 minuten werd met ruim acht "
          "minuten overschreden. De dichtstbijzijnde eenheid (post Epe) was ingezet voor een B-rit naar Heerde, die volgens "
          "het dekkingsplan door Apeldoorn-Noord had moeten worden gereden. Een burgerhulpverlener van HartslagNu was na vijf "
          "minuten aanwezig; de AED gaf één schok. De patiënt overleed op 16 maart 2026 in Gelre ziekenhuizen Apeldoorn."),
    ("h", "2. Medische gegevens (5.1.1d: niet openbaar)"),
    ("p", "Voorgeschiedenis: myocardinfarct 2019, ICD-indicatie besproken bij cardioloog dr. A. Visscher (Isala Zwolle), "
          "diabetes mellitus type 2. Eerste ritme VF; ROSC na 31 minuten; opname IC met post-anoxische hersenschade."),
    ("h", "3. Tijdlijn en bevindingen"),
    ("t", [["Tijd", "Gebeurtenis", "Betrokkene"],
           ["19:42", "Aanname 112, uitvraag ProQA", "centralist A (S.O.L.)"],
           ["19:44", "Uitgifte, dekkingswaarschuwing niet zichtbaar (LMS bevroren)", "centralist B (R.v.d.B.)"],
           ["19:47", "Burgerhulpverlener ter plaatse", "R. Öztürk"],
           ["19:52", "Opschaling tweede eenheid", "calamiteitencoördinator (T.J.)"],
           ["20:05", "Eerste ambulance ter plaatse", "Y. Demirtaş / B. ter Horst niet betrokken (post Epe bezet)"]]),
    ("pb",),
    ("h", "4. Basisoorzaken"),
    ("p", "a. Technisch: het LMS-werkstation bevroor 6 minuten (storing INC0049212, leverancier Cityline Dispatch BV).\n"
          "b. Organisatorisch: de B-rit naar Heerde werd door post Epe gereden omdat het dekkingsplan in het LMS niet was "
          "bijgewerkt na de zomer van 2025.\nc. Menselijk: de centralist uitgifte had die avond een dubbele dienst (16 uur)."),
    ("h", "5. Gesprek met de familie"),
    ("p", "Op 20 april 2026 sprak de commissie met mevrouw Van Wijngaarden-Bosman en haar zoon Martijn van Wijngaarden "
          "(Hoofdstraat 88, 8162 AK Epe; 06-5837 1120). Zij vroegen om openheid over de aanrijtijd."),
    ("h", "6. Verbetermaatregelen"),
    ("p", "1. Dekkingsplan in het LMS actueel (eigenaar: hoofd MKA Oost). 2. Maximaal 12 uur dienst op de meldkamer. "
          "3. Automatische escalatie bij A1 buiten de normtijd. 4. Nazorg en vast contactpersoon voor nabestaanden."),
], RR(P, "W.A. Scheepmaker", "E.M. Kraaijeveld", "A. Visscher", "S.O.L.", "R.v.d.B.", "T.J.", "R. Öztürk", "Y. Demirtaş",
      "B. ter Horst", "Van Wijngaarden-Bosman", "Martijn van Wijngaarden") + RR(A, "Hoofdstraat 88", "8162 AK")
   + RR(T, "06-5837 1120")
   + RR(X, "myocardinfarct 2019", "diabetes mellitus type 2", "post-anoxische hersenschade", "Eerste ritme VF"),
   KK(O, "RAV Veluwe-IJsselvallei", "Bureau Kompas Zorgonderzoek", "HartslagNu", "Gelre ziekenhuizen Apeldoorn", "Isala Zwolle",
      "Cityline Dispatch BV", "MKA Oost", "LMS", "ProQA") + KK(R, "A1-2026-031477", "06-118", "INC0049212")
   + KK(W, "Heerde", "Apeldoorn-Noord") + KK(F, "medisch manager ambulancezorg", "calamiteitencoördinator", "hoofd MKA Oost")
   + KK(X, "23 minuten en 23 seconden", "B-rit", "5.1.1d"),
   font="DejaVuSerif", size=9.5, producer="Adobe PDF Library 23.1.175", creator="Acrobat PDFMaker 23 voor Word",
   author="L. de Graaf-Nooitgedagt",
   hidden=[("metadata", P, "L. de Graaf-Nooitgedagt")]))

DOCS.append(Doc("rv12_interviewverslag", [
    ("h", "Interviewverslag calamiteitenonderzoek"),
    ("p", "Geïnterviewde: centralist uitvraag MKA Oost\nDatum: 2 april 2026, 10:00-11:15, locatie Jan Tinbergenstraat 4, Apeldoorn\n"
          "Interviewers: W.A. Scheepmaker en N. El Idrissi | Verslag: L. de Graaf-Nooitgedagt"),
    ("p", "De centralist vertelt dat de melding duidelijk was: een man lag niet-ademend op de vloer. Zij startte direct "
          "de telefonische reanimatie-instructie. De zoon nam de borstcompressies over. Zij zag op haar scherm dat de "
          "uitgifte nog niet was bevestigd en meldde dat mondeling aan haar collega. 'Ik dacht dat Epe zou rijden.'"),
    ("p", "Over de werkdruk: die avond stonden er vier centralisten voor de regio's 05 en 06 in plaats van vijf. Een "
          "collega had zich ziek gemeld. De centralist geeft aan dat zij na de dienst is opgevangen door het BOT-team "
          "(Bedrijfsopvangteam)."),
    ("p", "Het verslag is op 6 april 2026 ter correctie voorgelegd aan de geïnterviewde. Correcties zijn verwerkt."),
], RR(P, "W.A. Scheepmaker", "N. El Idrissi", "L. de Graaf-Nooitgedagt"),
   KK(O, "MKA Oost", "BOT-team", "Bedrijfsopvangteam") + KK(A, "Jan Tinbergenstraat 4") + KK(W, "Apeldoorn", "Epe")
   + KK(F, "centralist uitvraag"),
   font="Helvetica", notes=[(1, "Sandra Oude Luttikhuis", "Akkoord met verslag, wel graag mijn naam nergens in het rapport. Bereikbaar 06-1190 2378."),
                            (1, "Scheepmaker, W.", "Ziekmelding collega Marloes Hekman nagaan bij rooster.")],
   hidden=[("annotations", P, "Sandra Oude Luttikhuis"), ("annotations", T, "06-1190 2378"),
           ("annotations", P, "Scheepmaker, W."), ("annotations", P, "Marloes Hekman")],
   producer="PDFpen 13.2", creator="PDFpen"))

DOCS.append(Doc("rv13_notulen_commissie", [
    ("h", "Verslag vergadering calamiteitencommissie, 23 april 2026"),
    ("p", "Locatie: Florence Nightingalezaal, RAV Veluwe-IJsselvallei, Laan van Westenenk 501, Apeldoorn"),
    ("t", [["Naam", "Functie", "Aanwezig"],
           ["W.A. Scheepmaker (WS)", "voorzitter, extern", "ja"],
           ["N. El Idrissi (NEI)", "lid", "ja"],
           ["P.J.M. van Dongen (PvD)", "lid, kwaliteit MKA Oost", "ja"],
           ["L. de Graaf-Nooitgedagt (LdG)", "secretaris", "ja"],
           ["dr. E.M. Kraaijeveld (EK)", "medisch manager ambulancezorg", "agendapunt 3"]]),
    ("h", "1. Opening en vaststelling verslag 9 april"),
    ("p", "WS opent. Het verslag wordt vastgesteld met één wijziging (PvD)."),
    ("h", "2. Gesprek familie 20 april"),
    ("p", "LdG doet verslag. Mevrouw Van Wijngaarden-Bosman ervoer de telefonische instructie als steun. Zij is boos over "
          "het uitblijven van uitleg na de rit. NEI stelt voor het Landelijk Kader Nazorg Nabestaanden toe te passen."),
    ("h", "3. Medische beoordeling"),
    ("p", "EK licht toe dat de overlevingskans bij een aanrijtijd binnen 15 minuten niet met zekerheid groter was geweest, "
          "maar dat elke minuut telt. De commissie neemt dit op zonder medische details over de patiënt."),
    ("h", "Actielijst"),
    ("t", [["Nr", "Actie", "Wie", "Wanneer"],
           ["23-1", "Tijdlijn audio synchroniseren met LMS-log", "PvD", "30-04"],
           ["23-2", "Conceptrapport hoofdstuk 4", "WS / NEI", "01-05"],
           ["23-3", "Navraag dienstrooster 14-03 (dubbele dienst)", "LdG", "28-04"],
           ["23-4", "Brief aan familie met planning", "EK", "25-04"]]),
], RR(P, "W.A. Scheepmaker", "N. El Idrissi", "P.J.M. van Dongen", "L. de Graaf-Nooitgedagt", "E.M. Kraaijeveld",
      "Van Wijngaarden-Bosman") + RR(X, "WS", "NEI", "PvD", "LdG", "EK"),
   KK(O, "RAV Veluwe-IJsselvallei", "MKA Oost", "Florence Nightingalezaal", "LMS") + KK(A, "Laan van Westenenk 501")
   + KK(L, "Landelijk Kader Nazorg Nabestaanden") + KK(R, "23-1", "23-4") + KK(F, "medisch manager ambulancezorg", "secretaris")
   + KK(W, "Apeldoorn"), engine="docx", author="Lieke de Graaf", creator="Writer",
   hidden=[("metadata", P, "Lieke de Graaf")]))

DOCS.append(Doc("rv14_rooster_meldkamer", [
    ("h", "Dienstrooster MKA Oost, regio 05/06 - week 11 (9-15 maart 2026)"),
    ("t", [["Pers.nr", "Naam", "Za 14-03 dag", "Za 14-03 avond", "Mobiel"],
           ["40711", "Oude Luttikhuis, S.", "-", "15:00-23:00", "06-1190 2378"],
           ["40388", "Berg, R. van den", "07:00-15:00", "15:00-23:00", "06-2047 7731"],
           ["40152", "Janssens, T.", "-", "15:00-23:00 (CaCo)", "06 5198 2270"],
           ["40904", "Zijlstra, W.", "-", "19:00-03:00", "06 2987 4410"],
           ["40561", "Hekman, M.", "-", "ziek", "06-3345 9012"],
           ["40233", "Çelik, E.", "07:00-15:00", "-", "+31 6 4470 1183"],
           ["40847", "Ouwerkerk-de Rijk, A.", "23:00-07:00", "-", "06-5562 0019"]]),
    ("pb",),
    ("h", "Rooster ambulanceposten regio 06 - zaterdag 14 maart 2026"),
    ("t", [["Post", "Dienst", "Verpleegkundige", "Chauffeur", "Pers.nrs", "Mobiel dienst"],
           ["Epe", "15:00-23:00", "Y. Demirtaş", "B. ter Horst", "51230 / 51877", "06 5512 0937"],
           ["Apeldoorn-Noord", "15:00-23:00", "M. Kloosterman", "J.P. Nijenhuis", "51002 / 51419", "06 5512 0941"],
           ["Vaassen", "12:00-20:00", "H. Bouwmeester", "D. Achterberg", "51655 / 51091", "06 5512 0952"],
           ["Vaassen", "20:00-08:00", "I. Ní Bhriain", "K. Smits-van Es", "51780 / 51336", "06 5512 0953"],
           ["Heerde", "15:00-23:00", "F. Groeneveld", "O. Ajayi", "51448 / 51503", "06 5512 0960"]]),
    ("p", "Teamleider dienst: J. ter Horst-Ravelli (06-2210 4471). Mobiele nummers dienst zijn toestelnummers van de post; de "
          "persoonlijke nummers staan in het rooster van MKA Oost. Algemeen nummer RAV: 088 - 355 8000."),
    ("p", "Bezetting avond 14-03: 4 centralisten (norm 5). Vervanging via flexpool niet gelukt. Roosterplanner: A.B. Veenstra, "
          "toestel 4417. Vragen: planning@mka-oost.nl."),
], RR(P, "Oude Luttikhuis, S.", "Berg, R. van den", "Janssens, T.", "Zijlstra, W.", "Hekman, M.", "Çelik, E.",
      "Ouwerkerk-de Rijk, A.", "A.B. Veenstra")
   + RR(X, "40711", "40388", "40152", "40904", "40561", "40233", "40847", "ziek")
   + RR(T, "06-1190 2378", "06-2047 7731", "06 5198 2270", "06 2987 4410", "06-3345 9012", "+31 6 4470 1183", "06-5562 0019",
        "toestel 4417")
   + RR(P, "Y. Demirtaş", "B. ter Horst", "M. Kloosterman", "J.P. Nijenhuis", "H. Bouwmeester", "D. Achterberg", "I. Ní Bhriain",
        "K. Smits-van Es", "F. Groeneveld", "O. Ajayi", "J. ter Horst-Ravelli")
   + RR(X, "51230 / 51877", "51002 / 51419", "51655 / 51091", "51780 / 51336", "51448 / 51503") + RR(T, "06-2210 4471"),
   KK(O, "MKA Oost", "RAV") + KK(E, "planning@mka-oost.nl") + KK(X, "CaCo", "flexpool") + KK(F, "Roosterplanner", "Teamleider dienst")
   + KK(T, "06 5512 0937", "06 5512 0941", "06 5512 0952", "06 5512 0953", "06 5512 0960", "088 - 355 8000")
   + KK(W, "Apeldoorn-Noord", "Vaassen", "Heerde"),
   font="DejaVu", size=8.5, producer="Microsoft® Excel® voor Microsoft 365", creator="Microsoft® Excel® voor Microsoft 365"))

DOCS.append(Doc("rv15_hartslagnu_rapport", [
    ("h", "HartslagNu - alarmeringsrapport"),
    ("p", "Alarmering: 14-03-2026 19:43:05 | Incident MKA-O-2026-0314-0877 | Straal 1000 m rond Klaverweg, Epe\n"
          "Opgeroepen: 8 | Geaccepteerd: 3 | AED-oproepen: 2"),
    ("t", [["Rol", "Burgerhulpverlener", "Telefoon", "Status", "Aankomst"],
           ["Reanimatie", "Rıza Öztürk", "06-1422 5566", "ter plaatse", "19:47"],
           ["AED ophalen", "Janneke Verhoef-Aksoy", "06-41 27 93 08", "ter plaatse met AED", "19:50"],
           ["Reanimatie", "Bart-Jan Ter Weeme", "06 2288 1450", "ter plaatse", "19:51"],
           ["AED ophalen", "Sophie d'Hondt", "06 3012 7794", "geannuleerd", "-"]]),
    ("p", "AED-locatie: dorpshuis De Wijde Blik, Dorpsstraat 2, Epe (AED-ID EPE-0117, Philips HeartStart FRx). 1 schok "
          "toegediend om 19:51:30. Uitlezing AED door technicus van Stichting Hartslag Epe."),
    ("p", "Rapport gegenereerd voor de medisch manager ambulancezorg. Contact HartslagNu: info@hartslagnu.nl, 0800-0252."),
], RR(P, "Rıza Öztürk", "Janneke Verhoef-Aksoy", "Bart-Jan Ter Weeme", "Sophie d'Hondt")
   + RR(T, "06-1422 5566", "06-41 27 93 08", "06 2288 1450", "06 3012 7794"),
   KK(O, "HartslagNu", "De Wijde Blik", "Stichting Hartslag Epe", "Philips HeartStart FRx") + KK(A, "Dorpsstraat 2")
   + KK(R, "MKA-O-2026-0314-0877", "EPE-0117") + KK(E, "info@hartslagnu.nl") + KK(T, "0800-0252")
   + KK(F, "medisch manager ambulancezorg"), font="DejaVu", size=9, producer="Aspose.PDF for .NET 23.4", creator="HartslagNu Portal"))

DOCS.append(Doc("rv16_factuur_voorzitter", [
    ("p", "Bureau Kompas Zorgonderzoek\nW.A. Scheepmaker\nBeukenlaan 41\n3833 BE Leusden\nKvK 71928374 | btw NL003127456B42\n"
          "IBAN NL91 ABNA 0417 1643 00 | wouter@kompaszorgonderzoek.nl | 033-494 5012"),
    ("p", "Aan: RAV Veluwe-IJsselvallei, crediteurenadministratie, Postbus 9120, 7300 HC Apeldoorn"),
    ("h", "Factuur 2026-017"),
    ("p", "Factuurdatum: 15 mei 2026 | Uw referentie: inkooporder PO-26-00871 | Opdracht: voorzitterschap calamiteitencommissie rit A1-2026-031477"),
    ("t", [["Omschrijving", "Uren", "Tarief", "Bedrag"],
           ["Voorbereiding en documentstudie", "12", "€ 145,00", "€ 1.740,00"],
           ["Interviews (6) en vergaderingen (3)", "18", "€ 145,00", "€ 2.610,00"],
           ["Rapportage", "14", "€ 145,00", "€ 2.030,00"],
           ["Subtotaal", "", "", "€ 6.380,00"],
           ["Btw 21%", "", "", "€ 1.339,80"],
           ["Totaal", "", "", "€ 7.719,80"]]),
    ("p", "Betaling binnen 30 dagen op NL91 ABNA 0417 1643 00 t.n.v. W.A. Scheepmaker o.v.v. factuur 2026-017."),
], RR(P, "W.A. Scheepmaker") + RR(A, "Beukenlaan 41", "3833 BE") + RR(X, "KvK 71928374", "NL003127456B42", "NL91 ABNA 0417 1643 00")
   + RR(E, "wouter@kompaszorgonderzoek.nl") + RR(T, "033-494 5012"),
   KK(O, "Bureau Kompas Zorgonderzoek", "RAV Veluwe-IJsselvallei") + KK(R, "2026-017", "PO-26-00871", "A1-2026-031477")
   + KK(X, "€ 7.719,80", "€ 145,00") + KK(W, "Apeldoorn"), font="Helvetica", producer="Moneybird PDF", creator="Moneybird"))
