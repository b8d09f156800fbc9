"""Set RV, documents rv01-rv16."""
from lib import Doc

P, E, T, A, D, X = "PERSON", "EMAIL", "PHONE", "ADDRESS", "DATE_OF_BIRTH", "OTHER"
O, L, W, R, F = "ORG", "LAW", "PLACE", "REF", "ROLE"


def RR(kind, *ps):
    return [(kind, p) for p in ps]


def KK(kind, *ps):
    return [(kind, p) for p in ps]


DOCS = []

DOCS.append(Doc("rv01_woo_verzoek", [
    ("p", "Janneke Verhoef-Aksoy\nKlaverweg 23\n8161 PD Epe\njanneke.verhoef@kpnmail.nl | 06-41 27 93 08"),
    ("p", "Aan: RAV Veluwe-IJsselvallei\nt.a.v. de Woo-coördinator\nPostbus 9120\n7300 HC Apeldoorn"),
    ("p", "Epe, 2 juni 2026"),
    ("h", "Verzoek op grond van de Wet open overheid"),
    ("p", "Geachte heer, mevrouw,\n\nOp grond van artikel 4.1 van de Wet open overheid (Woo) verzoek ik u om openbaarmaking van alle "
          "documenten over de ambulance-inzet bij de reanimatie aan de Klaverweg in Epe op 14 maart 2026 (rit A1-2026-031477). "
          "Het gaat om de gegevens van de Meldkamer Ambulancezorg Oost, het calamiteitenonderzoek, de correspondentie met de "
          "Inspectie Gezondheidszorg en Jeugd (IGJ) en met het ministerie van Volksgezondheid, Welzijn en Sport (VWS)."),
    ("p", "Ik ben de buurvrouw van de familie Van Wijngaarden en heb zelf de AED gehaald uit het dorpshuis De Wijde Blik. "
          "Ik vraag ook om de stukken over de vragen van Kamerlid Bouchtaoui aan de minister."),
    ("p", "Met vriendelijke groet,\n\nJanneke Verhoef-Aksoy"),
], RR(P, "Janneke Verhoef-Aksoy", "Verhoef-Aksoy", "Van Wijngaarden") + RR(A, "Klaverweg 23", "8161 PD")
   + RR(E, "janneke.verhoef@kpnmail.nl") + RR(T, "06-41 27 93 08"),
   KK(O, "RAV Veluwe-IJsselvallei", "Meldkamer Ambulancezorg Oost", "Inspectie Gezondheidszorg en Jeugd", "IGJ", "VWS",
      "De Wijde Blik") + KK(L, "Wet open overheid", "artikel 4.1") + KK(R, "A1-2026-031477") + KK(W, "Epe", "Apeldoorn")
   + KK(F, "Kamerlid Bouchtaoui", "Woo-coördinator") + KK(X, "AED", "14 maart 2026"),
   producer="Microsoft: Print To PDF", font="Times-Roman", author=None))

DOCS.append(Doc("rv02_ontvangstbevestiging", [
    ("p", "RAV Veluwe-IJsselvallei\nLaan van Westenenk 501\n7334 DT Apeldoorn\nT 088 - 355 8000 | woo@rav-vij.nl"),
    ("p", "Mevrouw J. Verhoef-Aksoy\nKlaverweg 23\n8161 PD Epe"),
    ("p", "Datum: 5 juni 2026\nKenmerk: WOO-RAV-2026-014\nBehandeld door: M.L. Tjon-A-Fong\nTelefoon: 088 - 355 8142"),
    ("h", "Ontvangstbevestiging van uw Woo-verzoek"),
    ("p", "Geachte mevrouw Verhoef-Aksoy,\n\nWij hebben uw verzoek van 2 juni 2026 op 3 juni 2026 ontvangen. Wij beslissen binnen vier weken; "
          "deze termijn kunnen wij met twee weken verdagen (artikel 4.4 Woo). Omdat uw verzoek ook documenten van de IGJ en het "
          "ministerie van VWS betreft, overleggen wij met die organisaties. Heeft u vragen, mail dan naar woo@rav-vij.nl en "
          "vermeld het kenmerk WOO-RAV-2026-014."),
    ("p", "Met vriendelijke groet,\nnamens de directeur-bestuurder van RAV Veluwe-IJsselvallei,\n\n\nMei-Ling Tjon-A-Fong\njurist informatiebeheer"),
], RR(P, "J. Verhoef-Aksoy", "Verhoef-Aksoy", "M.L. Tjon-A-Fong", "Mei-Ling Tjon-A-Fong") + RR(A, "Klaverweg 23", "8161 PD")
   + RR(T, "088 - 355 8142"),
   KK(O, "RAV Veluwe-IJsselvallei", "IGJ", "VWS") + KK(A, "Laan van Westenenk 501", "7334 DT Apeldoorn")
   + KK(T, "088 - 355 8000") + KK(E, "woo@rav-vij.nl") + KK(R, "WOO-RAV-2026-014") + KK(L, "artikel 4.4 Woo")
   + KK(F, "directeur-bestuurder", "jurist informatiebeheer"),
   engine="docx", author="Tjon-A-Fong, Mei-Ling", hidden=[], producer=None))

LOG = [["Tijd", "Actie", "Door", "Toelichting"],
       ["19:42:08", "112-melding doorgeschakeld", "KPN", "Meldster: G. van Wijngaarden-Bosman, 06 1873 4452"],
       ["19:42:31", "Uitvraag ProQA gestart", "SOL", "Protocol 9 (hartstilstand), A1 urgentie"],
       ["19:43:05", "HartslagNu alarmering", "SOL", "8 burgerhulpverleners opgeroepen"],
       ["19:43:40", "Rit aangemaakt", "SOL", "Adres: Klaverweg 17, 8161 PD Epe"],
       ["19:44:12", "Eenheid 06-118 gealarmeerd", "RvdB", "Post Epe onbezet (rit Heerde), uitgifte vanuit Apeldoorn-Noord"],
       ["19:45:50", "Eenheid 06-118 rijdend", "RvdB", "Aanrijtijd ETA 17 min"],
       ["19:47:02", "Eerste burgerhulpverlener ter plaatse", "-", "R. Öztürk, AED De Wijde Blik onderweg"],
       ["19:52:44", "Tweede eenheid 06-121 uit Vaassen", "TJ", "Opschaling na overleg met MMA-dienst"],
       ["20:05:31", "06-118 ter plaatse", "-", "Responstijd 23 min 23 s (norm 15 min)"],
       ["20:09:10", "06-121 ter plaatse", "-", ""],
       ["20:41:55", "Vervoer Gelre ziekenhuizen Apeldoorn", "-", "Patiënt H.J. van Wijngaarden, geb. 12-05-1958"]]

DOCS.append(Doc("rv03_meldkamerlog", [
    ("h", "Meldkamer Ambulancezorg Oost - incidentlog"),
    ("p", "Incidentnummer: MKA-O-2026-0314-0877 | Rit: A1-2026-031477 | Datum: 14 maart 2026\n"
          "Centralist uitvraag: S. Oude Luttikhuis (SOL, pers.nr. 40711) | Centralist uitgifte: R. van den Berg (RvdB, pers.nr. 40388)\n"
          "Calamiteitencoördinator: T. Janssens (TJ) | BSN patiënt: 111222333"),
    ("t", LOG),
    ("p", "Opmerking SOL 19:49: meldster aan de lijn gehouden, instructie borstcompressies gegeven. Zoon Martijn neemt over."),
    ("pb",),
    ("h", "Capaciteitsoverzicht regio 06 om 19:44"),
    ("t", [["Post", "Status", "Bemanning", "Bereikbaar"],
           ["Epe", "Bezet (rit Heerde)", "Demirtaş / Ter Horst", "06 5512 0937"],
           ["Apeldoorn-Noord", "Beschikbaar", "Kloosterman / Nijenhuis", "06 5512 0941"],
           ["Vaassen", "Dienstwissel 20:00", "Bouwmeester / Achterberg", "06 5512 0952"],
           ["Heerde", "Beschikbaar (VWS-dekking)", "-", "-"]]),
    ("p", "Het dekkingsplan (AZN-spreidingsmodel 2025) geeft voor Epe in de avond één eenheid. De vooralarmering volgens het "
          "Landelijk Meldkamer Systeem (LMS) sloeg om 19:44:12 geen tweede eenheid voor. Zie ook het Kwaliteitskader Ambulancezorg."),
], RR(P, "G. van Wijngaarden-Bosman", "S. Oude Luttikhuis", "R. van den Berg", "T. Janssens", "R. Öztürk", "Martijn",
      "H.J. van Wijngaarden", "Demirtaş", "Ter Horst", "Kloosterman", "Nijenhuis", "Bouwmeester", "Achterberg")
   + RR(X, "SOL", "RvdB", "TJ", "40711", "40388", "111222333") + RR(T, "06 1873 4452")
   + RR(A, "Klaverweg 17") + RR(D, "12-05-1958"),
   KK(O, "Meldkamer Ambulancezorg Oost", "ProQA", "HartslagNu", "KPN", "Gelre ziekenhuizen Apeldoorn", "De Wijde Blik",
      "Landelijk Meldkamer Systeem", "LMS", "MMA-dienst") + KK(R, "MKA-O-2026-0314-0877", "A1-2026-031477", "06-118", "06-121")
   + KK(W, "Heerde", "Vaassen", "Apeldoorn-Noord") + KK(L, "Kwaliteitskader Ambulancezorg")
   + KK(T, "06 5512 0937", "06 5512 0941", "06 5512 0952") + KK(X, "norm 15 min", "Protocol 9"),
   producer="iText 7.2.5 (c)2000-2023 Apryse Group NV", creator="GMS Rapportage 4.1", font="DejaVuMono", size=8.5))

DOCS.append(Doc("rv04_klachtbrief_scan", [
    ("p", "Gerda van Wijngaarden-Bosman\nKlaverweg 17, 8161 PD Epe\nTel. 0578-614 229"),
    ("p", "Epe, 22 maart 2026"),
    ("p", "Aan de klachtenfunctionaris van de RAV Veluwe-IJsselvallei"),
    ("h", "Klacht over de ambulance bij mijn man"),
    ("p", "Op 14 maart kreeg mijn man Henk een hartstilstand in de\nkamer. Ik belde 112 om 19:42. Mijn zoon Martijn en\n"
          "buurman Riza hebben gereanimeerd. De ambulance kwam\npas na 23 minuten. Henk is op 16 maart overleden."),
    ("p", "Ik wil weten waarom er geen ambulance uit Epe kwam en\nwaarom niemand ons dat heeft uitgelegd."),
    ("hw", "Gerda van Wijngaarden"),
    ("p", "BSN Henk: 111222333"),
], RR(P, "Wijngaarden-Bosman", "Henk", "Martijn", "Riza", "Gerda") + RR(A, "Klaverweg 17") + RR(T, "0578-614 229")
   + RR(X, "111222333"), [], scan=True, producer="Canon iR-ADV C5535 PDF", creator="Canon iR-ADV C5535",
   hidden=[("ocr", "", "")]))

DOCS.append(Doc("rv05_ontvangst_klacht", [
    ("p", "RAV Veluwe-IJsselvallei | Klachtenregeling cliënten (Wkkgz)"),
    ("p", "Mevrouw G. van Wijngaarden-Bosman\nKlaverweg 17\n8161 PD Epe"),
    ("p", "Apeldoorn, 25 maart 2026\nOns kenmerk: KL-2026-0041\nContactpersoon: Floor Nieuwenhuizen, klachtenfunctionaris\n"
          "Telefoon: 088 - 355 8000, toestel 8127\nE-mail: f.nieuwenhuizen@rav-vij.nl"),
    ("h", "Uw klacht over de ambulancezorg op 14 maart 2026"),
    ("p", "Geachte mevrouw Van Wijngaarden,\n\nAllereerst condoleren wij u met het overlijden van uw man. Wij hebben uw klacht "
          "ontvangen. Omdat de inzet mogelijk een calamiteit is in de zin van de Wet kwaliteit, klachten en geschillen zorg "
          "(Wkkgz), heeft onze medisch manager ambulancezorg de melding doorgezet aan de Inspectie Gezondheidszorg en Jeugd. "
          "Een calamiteitencommissie onderzoekt de inzet. U en uw zoon worden uitgenodigd voor een gesprek."),
    ("p", "Hoogachtend,\n\n\nFloor Nieuwenhuizen\nklachtenfunctionaris\n\nKopie: dossier KL-2026-0041; dr. E.M. Kraaijeveld, medisch manager ambulancezorg"),
], RR(P, "G. van Wijngaarden-Bosman", "Van Wijngaarden", "Floor Nieuwenhuizen", "E.M. Kraaijeveld") + RR(A, "Klaverweg 17", "8161 PD")
   + RR(E, "f.nieuwenhuizen@rav-vij.nl") + RR(T, "toestel 8127"),
   KK(O, "RAV Veluwe-IJsselvallei", "Inspectie Gezondheidszorg en Jeugd") + KK(L, "Wkkgz", "Wet kwaliteit, klachten en geschillen zorg")
   + KK(R, "KL-2026-0041") + KK(T, "088 - 355 8000") + KK(F, "klachtenfunctionaris", "medisch manager ambulancezorg")
   + KK(W, "Apeldoorn"), font="DejaVu", producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365",
   author="Floor Nieuwenhuizen"))

DOCS.append(Doc("rv06_mailthread_rav", [
    ("p", "Van: Kraaijeveld, Ellen <e.kraaijeveld@rav-vij.nl>\nVerzonden: dinsdag 17 maart 2026 08:14\n"
          "Aan: Janssens, Tom <t.janssens@rav-vij.nl>; Oude Luttikhuis, Sandra <s.oudeluttikhuis@rav-vij.nl>\n"
          "CC: Brinkhuis-Yilmaz, Derya <d.brinkhuis@rav-vij.nl>; calamiteiten@rav-vij.nl\nOnderwerp: RE: rit A1-2026-031477 Epe"),
    ("p", "Tom,\n\nDank voor de snelle tijdlijn. Ik meld dit vandaag als calamiteit bij de IGJ (meldportaal). Patiënt is gisteren "
          "overleden op de IC van Gelre ziekenhuizen Apeldoorn (post-anoxische hersenschade). Graag per direct alle audio van "
          "de 112-lijn veiligstellen. Sandra: ik bel je vanmiddag, maak je geen zorgen, dit gaat over het systeem.\n\n"
          "Ellen\n\ndr. E.M. Kraaijeveld | medisch manager ambulancezorg | 06-22 84 19 73"),
    ("p", "Van: Janssens, Tom <t.janssens@rav-vij.nl>\nVerzonden: maandag 16 maart 2026 22:51\nAan: Kraaijeveld, Ellen <e.kraaijeveld@rav-vij.nl>\n"
          "Onderwerp: rit A1-2026-031477 Epe"),
    ("p", "Ellen,\n\nTijdlijn in de bijlage. Post Epe was om 19:44 bezet met een B-rit naar Heerde; die had volgens het "
          "dekkingsplan naar Apeldoorn moeten gaan. Dat is de kern. Ricardo (uitgifte) zag de dekkingswaarschuwing pas om "
          "19:51 omdat het LMS-scherm bevroor (ticket INC0049212 bij de leverancier).\n\nGroet,\nTom Janssens\n"
          "calamiteitencoördinator MKA Oost\n+31 (0)6 5198 2270"),
    ("pb",),
    ("p", "Van: Brinkhuis-Yilmaz, Derya <d.brinkhuis@rav-vij.nl>\nVerzonden: dinsdag 17 maart 2026 09:30\n"
          "Aan: Kraaijeveld, Ellen <e.kraaijeveld@rav-vij.nl>\nCC: bestuurssecretariaat@rav-vij.nl\nOnderwerp: RE: RE: rit A1-2026-031477 Epe"),
    ("p", "Ellen, akkoord met de melding. Ik informeer de burgemeester van Epe en de GHOR. Wil je de familie via Floor "
          "laten weten dat de directie contact opneemt? De pers (De Stentor) heeft al gebeld; die verwijs ik naar onze "
          "woordvoering via pers@rav-vij.nl.\n\nDerya Brinkhuis-Yilmaz\ndirecteur-bestuurder\nT 088 - 355 8001 | M 0031 6 4471 0385"),
], RR(P, "Kraaijeveld", "Ellen", "Janssens", "Tom", "Oude Luttikhuis", "Sandra", "Brinkhuis-Yilmaz", "Derya", "Ricardo",
      "Tom Janssens", "E.M. Kraaijeveld", "Floor")
   + RR(E, "e.kraaijeveld@rav-vij.nl", "t.janssens@rav-vij.nl", "s.oudeluttikhuis@rav-vij.nl", "d.brinkhuis@rav-vij.nl")
   + RR(T, "06-22 84 19 73", "+31 (0)6 5198 2270", "0031 6 4471 0385", "088 - 355 8001") + RR(X, "post-anoxische hersenschade"),
   KK(E, "calamiteiten@rav-vij.nl", "bestuurssecretariaat@rav-vij.nl", "pers@rav-vij.nl") + KK(R, "A1-2026-031477", "INC0049212")
   + KK(O, "IGJ", "Gelre ziekenhuizen Apeldoorn", "MKA Oost", "GHOR", "De Stentor", "LMS") + KK(W, "Heerde")
   + KK(F, "medisch manager ambulancezorg", "calamiteitencoördinator", "directeur-bestuurder", "burgemeester van Epe"),
   font="DejaVu", size=9.5, producer="Microsoft® Outlook® voor Microsoft 365", creator="Microsoft® Outlook® voor Microsoft 365",
   author="Kraaijeveld, Ellen"))

DOCS.append(Doc("rv07_teams_meldkamer", [
    ("h", "Chat: Team MKA Oost - avonddienst 14-03"),
    ("p", "[14-03-2026 19:52] Ricardo van den Berg: waarom staat 06-118 nog op Apeldoorn?? Epe is leeg\n"
          "[14-03-2026 19:52] Sandra Oude Luttikhuis: scherm hing bij mij ook, ik zit nog met mevrouw aan de lijn\n"
          "[14-03-2026 19:53] Tom Janssens: ik schaal op, 06-121 uit Vaassen erbij\n"
          "[14-03-2026 19:54] Ricky: gedaan. ETA 06-121 16 min\n"
          "[14-03-2026 20:06] Sandra Oude Luttikhuis: 06-118 ter plaatse. man al 20 min in reanimatie. zoon deed het heel goed\n"
          "[14-03-2026 20:31] Tom Janssens: Sannie, ga even koffie halen, Wietske neemt je lijn over\n"
          "[14-03-2026 20:32] Wietske Zijlstra: 👍 neem over\n"
          "[14-03-2026 20:40] Emre Çelik: jongens sterkte. Ricardo jij zit al sinds 7 uur, zal ik je laatste uur overnemen?\n"
          "[14-03-2026 20:41] Ricardo van den Berg: graag Emre. Bel me morgen even, 06-2047 7731\n"
          "[14-03-2026 22:15] Annelies Ouwerkerk-de Rijk: ik ben er om 23:00, neem nacht over van Wies\n"
          "[15-03-2026 07:02] Tom Janssens: @Ricardo ticket bij de leverancier gemaakt: INC0049212. Functioneel beheer LMS weet ervan."),
    ("p", "Vastgelegd uit Microsoft Teams door functioneel beheer, export 17-03-2026."),
], RR(P, "Ricardo van den Berg", "Sandra Oude Luttikhuis", "Tom Janssens", "Ricky", "Sannie", "Wietske", "Wietske Zijlstra", "Ricardo",
      "Emre Çelik", "Emre", "Annelies Ouwerkerk-de Rijk", "Wies") + RR(T, "06-2047 7731"),
   KK(R, "06-118", "06-121", "INC0049212") + KK(O, "MKA Oost", "Microsoft Teams", "LMS") + KK(W, "Apeldoorn", "Vaassen", "Epe")
   + KK(F, "functioneel beheer"), font="DejaVu", producer="Microsoft Teams Export", creator="Microsoft Teams"))

DOCS.append(Doc("rv08_whatsapp_post_epe", [
    ("h", "WhatsApp-chat met Post Epe ambu-team"),
    ("p", "14-03-26 20:58 - Yusuf Demirtaş: Wij stonden in Heerde met die B-rit, hoorden de A1 op de portofoon. Balen.\n"
          "14-03-26 21:03 - Bram: Die rit had nooit van Epe mogen komen. Ik meld het in VIM.\n"
          "14-03-26 21:05 - Joke ter Horst-Ravelli: Bram, eerst even rustig. Morgen om 9 uur debrief met Ellen\n"
          "14-03-26 21:06 - Yusuf Demirtaş: ok. Bellen kan ook: 06 3901 2274\n"
          "14-03-26 21:11 - Bram: mijn vrouw zegt dat ze de buurman kent, Rıza Öztürk, die heeft de AED gebracht\n"
          "15-03-26 08:47 - Joke ter Horst-Ravelli: Debrief gaat door in de Florence Nightingalezaal op de post Apeldoorn.\n"
          "15-03-26 08:49 - Yus: 👍"),
    ("p", "Geëxporteerd op 16-03-2026 door teamleider ambulancezorg post Epe."),
], RR(P, "Yusuf Demirtaş", "Bram", "Joke ter Horst-Ravelli", "Ellen", "Rıza Öztürk", "Yus") + RR(T, "06 3901 2274"),
   KK(O, "VIM", "Florence Nightingalezaal", "WhatsApp") + KK(W, "Heerde", "Apeldoorn") + KK(F, "teamleider ambulancezorg")
   + KK(X, "B-rit", "AED"), font="DejaVu", producer="Skia/PDF m124", creator="Chrome"))

DOCS.append(Doc("rv09_calamiteitenmelding_formulier", [
    ("h", "Melding calamiteit ambulancezorg (artikel 11 Wkkgz) - IGJ meldportaal"),
    ("p", "Kopie van het ingevulde formulier, zoals verzonden op 17 maart 2026 door RAV Veluwe-IJsselvallei.\n"
          "Dit formulier valt onder de Wet kwaliteit, klachten en geschillen zorg. Meldnummer IGJ: 2026-MLD-18834."),
], [], KK(O, "IGJ", "RAV Veluwe-IJsselvallei") + KK(L, "artikel 11 Wkkgz", "Wet kwaliteit, klachten en geschillen zorg")
   + KK(R, "2026-MLD-18834"),
   form=[("Naam zorgaanbieder", "aanbieder", "RAV Veluwe-IJsselvallei"),
         ("Naam melder", "melder", "dr. E.M. Kraaijeveld"),
         ("E-mail melder", "melder_mail", "e.kraaijeveld@rav-vij.nl"),
         ("Telefoon melder", "melder_tel", "06-22 84 19 73"),
         ("Naam patiënt", "patient", "Hendrik Jan van Wijngaarden"),
         ("Geboortedatum patiënt", "gebdat", "12-05-1958"),
         ("BSN patiënt", "bsn", "111222333"),
         ("Aard gevolg", "gevolg", "overleden 16-03-2026 na reanimatie"),
         ("Betrokken centralist", "centralist", "Sandra Oude Luttikhuis"),
         ("Datum gebeurtenis", "datum", "14-03-2026")],
   hidden=[("annotations", P, "E.M. Kraaijeveld"), ("annotations", E, "e.kraaijeveld@rav-vij.nl"),
           ("annotations", T, "06-22 84 19 73"), ("annotations", P, "Hendrik Jan van Wijngaarden"),
           ("annotations", D, "12-05-1958"), ("annotations", X, "111222333"),
           ("annotations", X, "overleden 16-03-2026 na reanimatie"), ("annotations", P, "Sandra Oude Luttikhuis")],
   producer="ReportLab PDF Library - www.reportlab.com"))

DOCS.append(Doc("rv10_onderzoeksplan", [
    ("h", "Onderzoeksplan calamiteitenonderzoek rit A1-2026-031477"),
    ("p", "Opdrachtgever: directeur-bestuurder RAV Veluwe-IJsselvallei. Methode: SIRE (Systematische Incident Reconstructie en "
          "Evaluatie), conform de leidraad van de IGJ en de handreiking van Ambulancezorg Nederland."),
    ("h", "1. Samenstelling commissie"),
    ("t", [["Rol", "Naam", "Organisatie"],
           ["Voorzitter (extern)", "drs. W.A. (Wouter) Scheepmaker", "Bureau Kompas Zorgonderzoek"],
           ["Lid", "N. El Idrissi, MSc", "RAV Gooi en Vechtstreek"],
           ["Lid", "P.J.M. van Dongen", "MKA Oost, kwaliteit"],
           ["Secretaris", "L. de Graaf-Nooitgedagt", "RAV Veluwe-IJsselvallei"]]),
    ("h", "2. Onderzoeksvragen"),
    ("p", "a. Verliep de uitvraag en de inzet volgens het Landelijk Protocol Ambulancezorg en ProQA?\nb. Waarom kwam er geen "
          "eenheid uit Epe en waarom werd de dekkingswaarschuwing niet tijdig gezien?\nc. Hoe verliep de inzet van HartslagNu?\n"
          "d. Hoe is de familie geïnformeerd?"),
    ("h", "3. Planning"),
    ("p", "Interviews week 14 en 15; concept rapport 1 mei 2026; vaststelling en toezending aan de IGJ binnen acht weken na de "
          "melding, uiterlijk 12 mei 2026."),
], RR(P, "W.A. (Wouter) Scheepmaker", "N. El Idrissi", "P.J.M. van Dongen", "L. de Graaf-Nooitgedagt"),
   KK(O, "RAV Veluwe-IJsselvallei", "Bureau Kompas Zorgonderzoek", "RAV Gooi en Vechtstreek", "MKA Oost", "IGJ", "Ambulancezorg Nederland",
      "ProQA", "HartslagNu") + KK(X, "SIRE") + KK(L, "Landelijk Protocol Ambulancezorg") + KK(R, "A1-2026-031477")
   + KK(F, "Voorzitter (extern)", "Secretaris"),
   font="Helvetica", outline=[("Onderzoeksplan - versie Lotte", 1), ("Commentaar Kraaijeveld verwerkt", 1),
                               ("Interviewlijst Oude Luttikhuis en Van den Berg", 1)],
   hidden=[("outline", P, "Lotte"), ("outline", P, "Kraaijeveld"), ("outline", P, "Oude Luttikhuis"),
           ("outline", P, "Van den Berg")],
   producer="Nitro Pro 13 (13.70.0.30)", creator="Nitro Pro 13"))
