"""Set PI documents pi01-pi16 (PI Lankhorst, Almelo; all persons invented)."""
from lib import Doc

MOTIV = [("h", "Informatie die niet openbaar gemaakt kan worden"),
         ("h", "Motivering"),
         "In de openbaar gemaakte versie van dit document zijn alle persoonsgegevens van ambtenaren en "
         "derden geanonimiseerd op grond van artikel 5.1, tweede lid, aanhef en onder e, van de {{Wet open overheid|LAW}} (5.1.2e); "
         "gegevens over de gezondheid zijn weggelakt op grond van artikel 5.1, eerste lid, onder d (5.1.1d)."]

PI = "{{PI Lankhorst}}"

DOCS = []

# pi01 Woo request (private journalist)
DOCS.append(Doc("pi01", [
    "[[Floor Hazelhoff]]\n[[Brinkstraat 88]]\n[[7607 GN]] Almelo\n[[06 - 28 41 77 90|PHONE]]\n[[floor.hazelhoff@freelancepost.nl|EMAIL]]",
    "Aan: {{Dienst Justitiële Inrichtingen}}, t.a.v. de Woo-coördinator\nPostbus 30132, 2500 GC Den Haag\n"
    "per e-mail aan {{woo@dji.minjus.nl|EMAIL_FUNCTIONAL}}",
    "Almelo, 19 augustus 2026",
    ("h", "Verzoek op grond van de Wet open overheid"),
    "Geachte heer, mevrouw,",
    "Als freelance journalist (onder meer voor {{Tubantia}}) verzoek ik u op grond van de {{Wet open overheid|LAW}} "
    "om openbaarmaking van alle documenten over het incident op 3 augustus 2026 in de {{Penitentiaire Inrichting Lankhorst}} "
    "te Almelo, waarbij een gedetineerde op de {{Bijzondere Zorgafdeling}} in een isoleercel is geplaatst en een "
    "medewerker gewond raakte. Het gaat mij om incidentmeldingen, e-mails tussen de vestigingsdirecteur en het "
    "{{Ministerie van Justitie en Veiligheid}}, bezoekregistraties van die week, dienstroosters, stukken van de "
    "{{commissie van toezicht}} en eventuele rapporten van de {{Inspectie Justitie en Veiligheid}}.",
    "Ik vraag de stukken digitaal te verstrekken. U kunt mij bereiken op het bovenstaande nummer of per e-mail.",
    "Met vriendelijke groet,",
    ("sig", "[[F.M. Hazelhoff]]"),
], producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365"))

# pi02 acknowledgement
DOCS.append(Doc("pi02", [
    ("small", "{{Dienst Justitiële Inrichtingen}}\nHoofdkantoor - Juridische Zaken\nTurfmarkt 147, Den Haag\n"
              "Postbus 30132, 2500 GC Den Haag\nwww.dji.nl"),
    "Mevrouw [[F.M. Hazelhoff]]\n[[Brinkstraat 88]]\n[[7607 GN]] ALMELO",
    ("table", [["Datum", "Ons kenmerk", "Uw brief van"],
               ["26 augustus 2026", "{{WOO-2026-0417|CASE}}", "19 augustus 2026"]], [50, 60, 60]),
    ("h", "Ontvangstbevestiging van uw Woo-verzoek"),
    "Geachte mevrouw [[Hazelhoff]],",
    "Op 19 augustus 2026 hebben wij uw verzoek ontvangen om informatie over het incident in de "
    "{{Penitentiaire Inrichting Lankhorst}} op 3 augustus 2026. Uw verzoek is geregistreerd onder kenmerk "
    "{{WOO-2026-0417|CASE}}. Op grond van artikel 4.4 van de {{Wet open overheid|LAW}} beslissen wij binnen vier weken; deze "
    "termijn kan met twee weken worden verdaagd. Omdat de documenten ook gegevens van derden bevatten, "
    "kunnen wij hun zienswijze vragen (artikel 4.4, vierde lid).",
    "Heeft u vragen, neem dan contact op met het team Woo via {{woo@dji.minjus.nl|EMAIL_FUNCTIONAL}} of via het algemene "
    "nummer {{070 370 79 11|PHONE_GENERAL}}. Vermeld altijd het kenmerk.",
    "Hoogachtend,\nde minister van Justitie en Veiligheid,\nnamens dezen,",
    ("sig", "[[Marloes Dijkhuis]]\nWoo-coördinator {{Dienst Justitiële Inrichtingen}}\n"
            "T [[070 - 370 24 68|PHONE]]  |  E [[m.dijkhuis@dji.minjus.nl|EMAIL]]"),
], producer="iText® 7.2.5 ©2000-2023 Apryse Group NV", creator="DJI Correspondentie 4.1"))

# pi03 incident report (2 pages)
DOCS.append(Doc("pi03", [
    ("h", "Melding bijzonder voorval - {{PI Lankhorst}}, locatie Almelo"),
    ("table", [["Registratienummer", "{{INC-2026-0803-02|CASE}}"],
               ["Datum/tijd voorval", "3 augustus 2026, 14:42 uur"],
               ["Afdeling", "{{Bijzondere Zorgafdeling}} (BZA), cel 2.14"],
               ["Gedetineerde", "[[Kevin Zwanenburg]], geb. [[14-03-1991|DOB]]"],
               ["SKN / v-nummer", "[[SKN 20871345|ID]]"],
               ["Melder", "[[B. Mulder]], PIW (personeelsnr. [[D-481207|ID]])"],
               ["Leidinggevende van dienst", "[[P. Lont]], afdelingshoofd"],
               ["Soort voorval", "Geweld tegen personeel; plaatsing in afzondering (art. 24 {{Pbw|LAW}})"]], [55, 115]),
    ("h", "Toedracht"),
    "Om 14:35 uur weigerde gedetineerde [[Zwanenburg]] na het luchten terug te keren naar zijn cel. Hij was "
    "volgens collega's die ochtend al onrustig na een telefoongesprek met zijn moeder over het opgelegde "
    "bezoekverbod. PIW [[Mulder]] en PIW [[Sanne Oosterloo]] spraken hem aan. Betrokkene duwde PIW [[Mulder]] "
    "tegen de deurpost, waarna PIW [[Yusuf Demirtaş]] en PIW [[Kees de Rooij]] assistentie verleenden. Om 14:42 uur "
    "is alarm gegeven via de portofoon (code rood). Het Intern Bijstandsteam ({{IBT}}) onder leiding van "
    "[[H.J. van 't Hul]] was om 14:46 uur ter plaatse.",
    "Betrokkene is met handboeien naar de isoleercel (afzonderingscel {{BZA-ISO 1|CASE}}) overgebracht. Er is geen "
    "fouillering aan het lichaam verricht. PIW [[Mulder]] liep een kneuzing van de linkerschouder op en is "
    "door de bedrijfsarts gezien.",
    ("h", "Medisch"),
    "Verpleegkundige [[Ilse Bruggink]] heeft betrokkene om 15:10 uur gezien. [[Zwanenburg]] gebruikt "
    "[[quetiapine 200 mg en methadon|HEALTH]]; hij gaf aan [[suïcidale gedachten|HEALTH]] te hebben. De dienstdoende arts, "
    "[[dr. M. Fennema]], heeft telefonisch een verhoogd observatieregime ingesteld (camera-observatie, elk "
    "kwartier). Het {{Pieter Baan Centrum}} is niet betrokken; een overplaatsing naar het "
    "{{Penitentiair Psychiatrisch Centrum}} (PPC) wordt bezien.",
    ("h", "Genomen maatregelen"),
    ("table", [["Maatregel", "Grondslag", "Besluit door", "Tijd"],
               ["Afzondering 3 dagen", "art. 24 lid 1 {{Pbw|LAW}}", "[[W. ter Haar-Bosman]]", "15:30"],
               ["Disciplinaire straf (2 dagen)", "art. 51 {{Pbw|LAW}}", "[[W. ter Haar-Bosman]]", "4-8, 09:00"],
               ["Aangifte geweld tegen PIW", "-", "[[B. Mulder]]", "4-8, 11:15"],
               ["Melding aan {{Centraal Meldpunt Incidenten|ORG}}", "-", "[[P. Lont]]", "16:05"]], [48, 35, 45, 25]),
    "De schriftelijke mededeling van de beslissing is op 3 augustus om 17:20 uur aan betrokkene uitgereikt; hij "
    "weigerde te tekenen. Zijn advocaat, [[mr. S.A. Aydın]], is door de MMD'er ({{medewerker Mens en Maatschappij|ROLE}}) "
    "[[Anouk Veldkamp]] telefonisch op de hoogte gebracht via [[053-4871122|PHONE]].",
    ("h", "Ondertekening"),
    ("table", [["Naam", "Functie", "Paraaf"],
               ["[[B. Mulder]]", "PIW", "[[BM]]"],
               ["[[P. Lont]]", "afdelingshoofd BZA", "[[PL]]"],
               ["[[W. ter Haar-Bosman]]", "vestigingsdirecteur", "[[WtHB]]"]], [60, 60, 40]),
] , font="DejaVu", producer="Aspose.PDF for .NET 23.4", creator="TOPGeS Rapportage"))

# pi04 mail director <-> ministry
DOCS.append(Doc("pi04", [
    ("pre", "Van: [[Ter Haar-Bosman, Willemijn]] <[[w.terhaar@dji.minjus.nl|EMAIL]]>\n"
            "Verzonden: dinsdag 4 augustus 2026 08:12\n"
            "Aan: [[Voskuilen, Thijs]] <[[t.voskuilen@minjenv.nl|EMAIL]]>\n"
            "CC: [[Achterberg, Mirjam]] <[[m.achterberg@minjenv.nl|EMAIL]]>; [[van 't Hul, Hendrik-Jan]] <[[hj.vanthul@dji.minjus.nl|EMAIL]]>; "
            "{{piv-lankhorst@dji.minjus.nl|EMAIL_FUNCTIONAL}}\n"
            "Onderwerp: RE: Incident BZA {{PI Lankhorst}} - duiding voor de staatssecretaris"),
    "Beste Thijs,",
    "Zoals gisteravond telefonisch besproken: de gedetineerde (zie melding {{INC-2026-0803-02|CASE}}) zit sinds gisteren in "
    "afzondering. Onze collega [[Bart]] is met een schouderblessure naar huis; hij doet aangifte. De moeder van "
    "betrokkene heeft sinds 1 augustus een bezoekverbod van vier weken na een smokkelpoging in de bezoekzaal. "
    "Zij heeft inmiddels {{RTV Oost}}-verslaggever [[Jorieke Smeenk]] gebeld; de pers kan dus vragen stellen.",
    "Ik stel voor dat de woordvoering via {{DJI Communicatie}} loopt ({{070 370 79 11|PHONE_GENERAL}}). Voor de "
    "staatssecretaris lijkt mij een korte duiding voldoende; Kamervragen liggen voor de hand gezien de eerdere "
    "berichtgeving over personeelstekorten in {{PI Lankhorst}}.",
    "Groet,\n[[Willemijn]]",
    ("pre", "[[Willemijn ter Haar-Bosman]]\nvestigingsdirecteur {{Penitentiaire Inrichting Lankhorst}}\n"
            "{{Havenweg 12|ADDRESS_PUBLIC}}, 7602 PK Almelo\nM [[+31 (0)6 41 85 73 20|PHONE]]"),
    ("pre", "-----Oorspronkelijk bericht-----\n"
            "Van: [[Voskuilen, Thijs]] <[[t.voskuilen@minjenv.nl|EMAIL]]>\n"
            "Verzonden: maandag 3 augustus 2026 21:47\n"
            "Aan: [[Ter Haar-Bosman, Willemijn]] <[[w.terhaar@dji.minjus.nl|EMAIL]]>\n"
            "Onderwerp: Incident BZA {{PI Lankhorst}} - duiding voor de staatssecretaris"),
    "Hoi [[Willemijn]],",
    "Via de {{Nationale Coördinator Terrorismebestrijding en Veiligheid|ORG}} noch via het {{Centraal Meldpunt Incidenten|ORG}} "
    "hebben wij details. Kun je morgen vóór 10:00 uur een feitenrelaas sturen? Staatssecretaris "
    "{{Brouwer-Lindhout|PUBLIC_PERSON}} heeft donderdag het commissiedebat gevangeniswezen en wil niet verrast worden. "
    "Graag ook aangeven of de {{commissie van toezicht}} al is geïnformeerd en of er een beklag loopt.",
    "Met vriendelijke groet,",
    ("pre", "[[Thijs Voskuilen]]\nSenior beleidsmedewerker\n{{Directoraat-Generaal Straffen en Beschermen}} | Directie Sanctietoepassing en Jeugd\n"
            "{{Ministerie van Justitie en Veiligheid}}\nTurfmarkt 147 | 2511 DP | Den Haag\n"
            "T [[06-52 19 83 04|PHONE]]\n[[t.voskuilen@minjenv.nl|EMAIL]]"),
], producer="Microsoft Outlook for Microsoft 365 (PDF export)", creator="Microsoft Outlook"))

# pi05 ministry internal mail
DOCS.append(Doc("pi05", [
    ("pre", "Van: [[Achterberg, Mirjam]]\nVerzonden: dinsdag 4 augustus 2026 11:03\n"
            "Aan: [[Voskuilen, Thijs]]; [[Koçak, Emre]]\nCC: {{DGSenB-bestuursondersteuning@minjenv.nl|EMAIL_FUNCTIONAL}}\n"
            "Onderwerp: FW: feitenrelaas {{PI Lankhorst}}"),
    "[[Thijs]], [[Emre]],",
    "Dank voor het feitenrelaas. Ik heb het doorgezet naar de directeur Sanctietoepassing. Twee punten voor de nota "
    "aan de staatssecretaris:",
    "1. De bezetting op de {{BZA}} was op 3 augustus 5 fte onder de norm; er werkten twee flexkrachten van "
    "uitzendbureau {{Randstad}} (namen niet nodig in de nota).\n"
    "2. De moeder van de gedetineerde, mevrouw [[Zwanenburg-de Wit]], heeft een klacht ingediend bij de "
    "{{commissie van toezicht}} over het bezoekverbod. Zaaknummer CvT: {{CvT 26/118|CASE}}.",
    "[[Emre]], kun jij nagaan of Kamerlid {{Çelik-Dammers|PUBLIC_PERSON}} hier al vragen over heeft aangekondigd? Ze "
    "noemde {{PI Lankhorst}} vorige maand in het debat over de capaciteitsnood.",
    "Groet,\n[[Mirjam]]",
    ("pre", "[[M.E. Achterberg]] | afdelingshoofd Gevangeniswezen en Vreemdelingenbewaring\n"
            "{{Directoraat-Generaal Straffen en Beschermen}}\nM [[0031 6 18 44 27 65|PHONE]]"),
    ("pre", "Van: [[Koçak, Emre]]\nVerzonden: dinsdag 4 augustus 2026 13:20\nAan: [[Achterberg, Mirjam]]\n"
            "Onderwerp: RE: FW: feitenrelaas {{PI Lankhorst}}"),
    "Ja, het lid {{Çelik-Dammers|PUBLIC_PERSON}} ({{GroenLinks-PvdA|ORG}}) heeft schriftelijke vragen aangekondigd. Ook "
    "Kamerlid {{Van Stralen|PUBLIC_PERSON}} ({{VVD|ORG}}) wil een brief over de inzet van het {{IBT}}. Ik houd het bij in "
    "{{Parlis}}.\n[[EK]]",
    ("pre", "[[Emre Koçak]]\nbeleidsmedewerker | T [[070 - 370 6512|PHONE]] | [[e.kocak@minjenv.nl|EMAIL]]"),
], font="DejaVu", producer="Microsoft: Print To PDF", creator="Outlook"))

# pi06 Teams chat
DOCS.append(Doc("pi06", [
    ("h", "Chatexport Microsoft Teams - kanaal 'BZA dagdienst' ({{PI Lankhorst}})"),
    ("small", "Geëxporteerd 12-08-2026 door {{teams-export@dji.minjus.nl|EMAIL_FUNCTIONAL}} voor Woo-verzoek {{WOO-2026-0417|CASE}}"),
    ("table", [["Tijd", "Afzender", "Bericht"],
               ["03-08 14:38", "[[Sanne Oosterloo]]", "hij wil niet naar binnen, [[Bart]] staat bij de deur"],
               ["03-08 14:39", "[[Yusuf Demirtaş]]", "kom eraan met [[Kees]]"],
               ["03-08 14:43", "[[Priscilla Lont]]", "IBT is opgeroepen. [[Hendrik-Jan]] leidt. Niemand alleen de cel in!"],
               ["03-08 14:51", "[[Kees de Rooij]]", "hij zit in ISO 1. [[Bartje]] heeft pijn aan zijn schouder"],
               ["03-08 14:52", "[[Sanne Oosterloo]]", "ik bel de BHV. [[Bart]] moet naar de huisartsenpost"],
               ["03-08 15:14", "[[Ilse Bruggink]]", "camera-observatie ingesteld op advies van [[Fennema]]. zie {{TULP-GW|PRODUCT}}"],
               ["03-08 15:40", "[[Priscilla Lont]]", "[[Anouk]], wil jij de advocaat bellen? nummer staat in {{TULP|PRODUCT}}"],
               ["03-08 15:41", "[[Anouk Veldkamp]]", "doe ik. [[Pris]], heb je de mutatie al in {{TULP|PRODUCT}} gezet?"],
               ["03-08 16:02", "[[Priscilla Lont]]", "ja, melding naar het {{CMI}} gaat eruit"],
               ["03-08 17:25", "[[Yusuf Demirtaş]]", "mededeling uitgereikt, weigert te tekenen. [[Yus]] out"],
               ["04-08 07:31", "[[Kees de Rooij]]", "nacht rustig verlopen. 4x per uur gecontroleerd, log in {{TULP|PRODUCT}}"],
               ["04-08 08:05", "[[Priscilla Lont]]", "dank [[Kees]]. Vandaag komt de maandcommissaris ([[Geert]]) langs"]],
     [25, 38, 107]),
], font="DejaVu", producer="Microsoft Teams Export Service", creator="Microsoft Teams"))

# pi07 WhatsApp
DOCS.append(Doc("pi07", [
    ("h", "WhatsApp-chat 'Flexpool PIW Lankhorst' (export, overgelegd door medewerker)"),
    ("pre", "[01-08-26 18:02] [[Rinske Jalink]]: Wie kan zondag de late dienst op de BZA overnemen? [[Bas]] is ziek\n"
            "[01-08-26 18:10] [[Bas Wennink]]: sorry mensen, griep\n"
            "[01-08-26 18:14] [[Mo Amrani]]: ik kan tot 21:00\n"
            "[01-08-26 18:15] [[Rinske Jalink]]: top [[Mo]]! Zet het in {{YouForce|PRODUCT}}\n"
            "[02-08-26 09:30] [[Lotte van der Meulen-Hofstede]]: heeft iemand het nieuwe telefoonnummer van de roosteraar?\n"
            "[02-08-26 09:33] [[Rinske Jalink]]: [[Ruben]]: [[06 11 93 42 58|PHONE]], of de centrale {{070 370 79 11|PHONE_GENERAL}}\n"
            "[03-08-26 19:48] [[Mo Amrani]]: heftig vanmiddag op de BZA. [[Bart M.]] is gewond\n"
            "[03-08-26 19:50] [[Lotte van der Meulen-Hofstede]]: hoe is het met hem?\n"
            "[03-08-26 19:52] [[Mo Amrani]]: schouder. die gast ([[Z.]]) werd helemaal gek door dat bezoekverbod van zijn moeder\n"
            "[03-08-26 19:55] [[Rinske Jalink]]: niet over gedetineerden appen hier aub, denk aan de AVG. Meld via {{BHV-Lankhorst@dji.minjus.nl|EMAIL_FUNCTIONAL}}\n"
            "[04-08-26 07:05] [[Bas Wennink]]: beterschap voor [[Bart]]!\n"
            "[05-08-26 12:40] [[Ruben Stegeman]]: rooster wk 33 staat online. Vragen: [[r.stegeman@dji.minjus.nl|EMAIL]]"),
    "Toelichting DJI: de chat is door een medewerker vrijwillig overgelegd. Berichten zonder verband met het "
    "incident zijn niet opgenomen.",
], font="DejaVu", fontsize=9, producer="PDFpen 13.1", creator="PDFpen"))

# ---------------------------------------------------------------- bulk tables (deterministic)
import random  # noqa: E402

_FIRST = ["Jasmijn", "Rachid", "Gerda", "Marco", "Fenna", "Dewi", "Henk", "Samira", "Pieter", "Chantal", "Olaf",
          "Naima", "Wouter", "Esra", "Bram", "Mirela", "Jolanda", "Tarik", "Ingrid", "Sem", "Laura", "Björn",
          "Ayşe", "Nico", "Gülsen", "Roy", "Evelien", "Stijn", "Yvonne", "Dragan", "Hanneke", "Ricardo"]
_LAST = ["Wijnbergen", "El Khattabi", "Nijhuis", "van Dalfsen", "Brinkhorst", "Sitompul", "ten Brinke", "Bouzid",
         "Kleine Schaars", "de Graaf-Rutten", "Overmars", "Ait Ouali", "Scholten", "Yıldırım", "Hesselink",
         "Popescu", "Roelofs-Vrielink", "Mansouri", "Lubbers", "van den Heuvel", "Koopman", "Lindqvist",
         "Öztürk", "Wissink", "Aksoy", "Pinas", "Hulshof", "Gerritsen", "Bosch-Eggink", "Marković",
         "Nijenhuis", "da Costa Gomes"]

_rnd = random.Random(130)


def _people(n, seed):
    r = random.Random(seed)
    fs = r.sample(_FIRST, n) if n <= len(_FIRST) else [r.choice(_FIRST) for _ in range(n)]
    ls = r.sample(_LAST, n) if n <= len(_LAST) else [r.choice(_LAST) for _ in range(n)]
    return list(zip(fs, ls))


def _cap(s):
    return s[0].upper() + s[1:]


# pi08 visitor registrations (2 pages)
_vis = _people(24, 8)
_det = [("[[Kevin Zwanenburg]]", "[[SKN 20871345|ID]]"), ("[[Dylan Hoogeveen]]", "[[SKN 21004518|ID]]"),
        ("[[Ahmet Güler]]", "[[SKN 19877302|ID]]"), ("[[Jordy Slagman]]", "[[SKN 20566091|ID]]")]
_rel = ["moeder", "partner", "broer", "vriend(in)", "zus", "vader", "advocaat", "neef"]
_rows = [["Datum", "Tijd", "Bezoeker", "Geb.datum", "ID-document", "Relatie", "Gedetineerde", "Controle"]]
r8 = random.Random(81)
for i, (f, l) in enumerate(_vis):
    day = 28 + i // 6 if i < 18 else i // 6 - 2
    mon = "07" if i < 18 else "08"
    dob = f"{r8.randint(1,28):02d}-{r8.randint(1,12):02d}-{r8.randint(1955,2003)}"
    doc = f"{r8.choice(['NW','ID','RP'])}{r8.choice('KLMNPR')}{r8.randint(1000000,9999999)}"
    det, skn = _det[i % 4]
    ctrl = "{{drugshond}} negatief" if i % 3 else "{{bodyscan}}"
    _rows.append([f"{day:02d}-{mon}", ["10:00", "13:30", "15:00"][i % 3], f"[[{f} {_cap(l)}]]", f"[[{dob}|DOB]]",
                  f"[[{doc}|ID]]", _rel[i % 8], det, ctrl])
_rows.append(["01-08", "13:30", "[[Marja Zwanenburg-de Wit]]", "[[22-09-1966|DOB]]", "[[NWR4471902|ID]]", "moeder",
              "[[Kevin Zwanenburg]]", "{{bodyscan}} positief"])
DOCS.append(Doc("pi08", [
    ("h", "Bezoekersregistratie {{PI Lankhorst}} - bezoekzaal {{Paviljoen De Regge}}"),
    ("small", "Uitdraai {{TULP-Bezoek|PRODUCT}}, periode 28-07-2026 t/m 03-08-2026. Bezoek op afspraak via het "
              "bezoekbureau ({{bezoek.lankhorst@dji.minjus.nl|EMAIL_FUNCTIONAL}}, {{0800-0220022|PHONE_GENERAL}})."),
    ("table", _rows, [14, 12, 33, 20, 23, 17, 30, 21]),
    "Op 1 augustus 2026 is bij de bezoeker van [[Zwanenburg]] (SKN zie boven) bij de {{bodyscan}} een verdacht "
    "voorwerp aangetroffen (incident {{INC-2026-0801-01|CASE}}). De {{Politie Oost-Nederland|ORG}} is ingeschakeld (proces-verbaal {{PL0600-2026184467|CASE}}). "
    "De vestigingsdirecteur heeft een bezoekverbod van vier weken opgelegd (art. 41 lid 4 {{Pbw|LAW}}).",
    "Registratie ingevoerd door bezoekmedewerkers [[J. Kampman]] ([[JK]]) en [[E. Nijland-Smit]] ([[ENS]]).",
], font="DejaVu", fontsize=9, producer="Crystal Reports 2020 PDF", creator="TULP Bezoek 6.3"))

# pi09 staff roster (2 pages)
_staff = _people(26, 9)
_rows9 = [["Naam", "Pers.nr.", "Functie", "Ma 03-08", "Di 04-08", "Wo 05-08", "Mobiel"]]
r9 = random.Random(91)
fixed = [("Bart", "Mulder"), ("Sanne", "Oosterloo"), ("Yusuf", "Demirtaş"), ("Kees", "de Rooij"),
         ("Anouk", "Veldkamp"), ("Priscilla", "Lont")]
shifts = ["{{D1|CODE}}", "{{D2|CODE}}", "{{L1|CODE}}", "{{N1|CODE}}", "vrij", "verlof", "{{OPL|CODE}}"]
for f, l in fixed + _staff:
    nr = f"{r9.randint(100000, 999999)}"
    fn = "afdelingshoofd" if l == "Lont" else r9.choice(["PIW", "PIW", "PIW", "MMD", "PIW (flex)", "BHV/PIW"])
    mob = r9.choice(["06-{0} {1}", "06 {0}{1}", "+31 6 {0} {1}"]).format(r9.randint(1000, 9999), r9.randint(1000, 9999))
    _rows9.append([f"[[{_cap(l)}, {f}]]", f"[[{nr}|ID]]", fn, r9.choice(shifts), r9.choice(shifts), r9.choice(shifts),
                   f"[[{mob}|PHONE]]"])
DOCS.append(Doc("pi09", [
    ("h", "Dienstrooster {{Bijzondere Zorgafdeling}} week 32 - {{PI Lankhorst}}"),
    ("small", "Bron: {{YouForce|PRODUCT}} / roosterplanning. Dienstcodes: {{D1|CODE}} 07:00-15:30, {{D2|CODE}} 08:00-16:30, "
              "{{L1|CODE}} 14:30-23:00, {{N1|CODE}} 22:45-07:15, {{OPL|CODE}} opleiding {{DJI Opleidingsinstituut}}."),
    ("table", _rows9, [42, 18, 25, 17, 17, 17, 34]),
    "Roosteraar: [[Ruben Stegeman]] (toestel [[0546 - 45 83 21|PHONE]]). Wijzigingen uitsluitend via het "
    "roosterbureau {{rooster.lankhorst@dji.minjus.nl|EMAIL_FUNCTIONAL}}.",
    "Vastgesteld: [[P. Lont]], afdelingshoofd, 24-07-2026, paraaf [[PL]].",
], font="DejaVu", fontsize=9, producer="Microsoft® Excel® voor Microsoft 365", creator="Microsoft® Excel® voor Microsoft 365"))

# pi10 scanned complaint (handwritten-style), OCR only
DOCS.append(Doc("pi10", [], kind="scan", producer="KONICA MINOLTA bizhub C300i", creator="Scan to PDF", scan_lines=[
    ("Aan de Commissie van Toezicht PI Lankhorst", "head"),
    ("Beklagschrift ex artikel 60 Penitentiaire beginselenwet", "text"),
    ("", "gap"),
    ("Naam: [[Kevin Zwanenburg]]", "hand"),
    ("Registratienummer: [[20871345|ID]]", "hand"),
    ("Afdeling: BZA cel 2.14", "hand"),
    ("", "gap"),
    ("Ik klaag over de plaatsing in de isoleercel op 3 augustus", "hand"),
    ("en over de handboeien. Ze waren veel te strak.", "hand"),
    ("PIW [[Demirtas]] en [[De Rooij]] hebben mij op de grond gedrukt.", "hand"),
    ("Ook klaag ik over het bezoekverbod voor mijn moeder", "hand"),
    ("mevrouw [[Zwanenburg-de Wit]]. Zij heeft niks gedaan.", "hand"),
    ("Mijn advocaat is [[mr. Aydin]] uit Enschede.", "hand"),
    ("", "gap"),
    ("Datum: 5 augustus 2026", "hand"),
    ("Handtekening: [[K. Zwanenburg]]", "hand"),
    ("", "gap"),
    ("Ontvangen secretariaat CvT: 06-08-2026 paraaf [[NB]]", "text"),
]))

# pi11 decision of the beklagcommissie (2 pages)
DOCS.append(Doc("pi11", [
    ("h", "Uitspraak van de beklagcommissie uit de {{commissie van toezicht}} bij de {{Penitentiaire Inrichting Lankhorst}}"),
    ("table", [["Zaaknummer", "{{CvT 26/118|CASE}} en {{CvT 26/121|CASE}}"], ["Datum uitspraak", "2 september 2026"],
               ["Klager", "[[K. Zwanenburg]] (SKN [[20871345|ID]]), verblijvend in {{PI Lankhorst}}"],
               ["Gemachtigde", "[[mr. S.A. Aydın]], advocaat te Enschede"]], [45, 125]),
    ("h", "1. De procedure"),
    "De beklagcommissie, bestaande uit [[mr. J.P. Roozendaal-Meijer]] (voorzitter), [[drs. H. Lammertink]] en "
    "[[G. Wolters]], heeft het beklag behandeld ter zitting van 26 augustus 2026 in de {{Thorbeckezaal}} van de "
    "inrichting. Gehoord zijn klager, bijgestaan door zijn advocaat, en namens de directeur [[H.J. van 't Hul]], "
    "plaatsvervangend vestigingsdirecteur. Secretaris was [[Nadia Benali]].",
    ("h", "2. De beklagen"),
    "Het beklag betreft (a) de plaatsing in afzondering op 3 augustus 2026 (art. 24 {{Pbw|LAW}}), (b) het aanleggen van "
    "handboeien en de wijze van geweldsaanwending door het {{IBT}} en (c) het bezoekverbod voor de moeder van "
    "klager, mevrouw [[M. Zwanenburg-de Wit]] (art. 41 lid 4 {{Pbw|LAW}}).",
    ("h", "3. De standpunten"),
    "Klager stelt dat hij na het telefoongesprek met zijn moeder emotioneel was en dat de PIW'ers hem onnodig "
    "hard hebben vastgepakt. Hij verwijst naar zijn [[PTSS en ADHD|HEALTH]], waarvan de inrichting op de hoogte was. "
    "De directeur stelt dat klager PIW [[Mulder]] heeft geduwd en dat de afzondering noodzakelijk was om de "
    "orde te herstellen. De camerabeelden ({{CAM-BZA-07|CODE}}) zijn ter zitting getoond.",
    ("h", "4. De beoordeling"),
    "Ad a. Gelet op het geweld tegen een personeelslid was de afzondering gerechtvaardigd. Het beklag is "
    "ongegrond. Ad b. Uit de beelden blijkt dat klager na het aanleggen van de handboeien geen verzet meer "
    "bood, maar nog circa vier minuten op de grond is gehouden. Dat is niet proportioneel. Het beklag is gegrond; "
    "een tegemoetkoming van € 40,- is passend. Ad c. De directeur heeft het bezoekverbod voldoende gemotiveerd "
    "met het proces-verbaal van de {{Politie Oost-Nederland|ORG}}. Ongegrond.",
    "Deze uitspraak is gedaan door de beklagcommissie voornoemd. Tegen deze uitspraak kan beroep worden "
    "ingesteld bij de {{beroepscommissie}} van de {{Raad voor Strafrechtstoepassing en Jeugdbescherming}} ({{RSJ}}), "
    "Postbus 30137, 2500 GC Den Haag, binnen zeven dagen na ontvangst.",
    ("sig", "[[N. Benali]], secretaris          [[J.P. Roozendaal-Meijer]], voorzitter"),
], font="DejaVu", fontsize=10.5, producer="Nitro Pro 13 (13.70.2.40)", creator="Nitro Pro"))

# pi12 minutes CvT monthly meeting
DOCS.append(Doc("pi12", [
    ("h", "Verslag maandvergadering {{commissie van toezicht}} {{PI Lankhorst}} - 9 september 2026"),
    ("table", [["Aanwezig", "Rol", "Code"],
               ["[[mr. J.P. Roozendaal-Meijer]]", "voorzitter", "[[JPRM]]"],
               ["[[Geert Wolters]]", "lid, maandcommissaris augustus", "[[GW]]"],
               ["[[Hanna Lammertink]]", "lid", "[[HL]]"],
               ["[[Ewout Sprenger]]", "lid", "[[ES]]"],
               ["[[Nadia Benali]]", "secretaris", "[[NB]]"],
               ["[[W. ter Haar-Bosman]]", "vestigingsdirecteur (agendapunt 3)", "[[WtHB]]"]], [60, 75, 25]),
    "Afwezig met bericht: [[Thea Oude Luttikhuis]] (lid).",
    ("h", "1. Opening en mededelingen"),
    "De voorzitter opent om 19:00 uur in de {{Thorbeckezaal}}. De {{RSJ}} heeft de nieuwe modelreglementen verstuurd; "
    "het {{Landelijk Overleg Commissies van Toezicht}} ({{LOCvT}}) vergadert op 8 oktober in Utrecht.",
    ("h", "2. Verslag maandcommissaris"),
    "[[Geert]] heeft in augustus 41 gedetineerden gesproken, onder wie [[K.Z.]] op de {{BZA}} (afzondering, handboeien). "
    "Hij adviseert de directeur de camera-observatie beter te documenteren. Drie bemiddelingen zijn geslaagd.",
    ("h", "3. Gesprek met de directeur"),
    "Mevrouw [[ter Haar-Bosman]] licht de personeelssituatie toe: 14 vacatures PIW, inzet van flexkrachten. Het "
    "{{Ministerie van Justitie en Veiligheid}} heeft extra middelen toegezegd uit het programma "
    "{{Kwaliteitsimpuls Gevangeniswezen|PROGRAMME}}. Over de uitspraak in {{CvT 26/118|CASE}} heeft de directeur geen beroep ingesteld.",
    ("h", "4. Actielijst"),
    ("table", [["Nr.", "Actie", "Wie", "Gereed"],
               ["26-31", "Brief aan directeur over documentatie camera-observatie", "[[JPRM]]", "1 okt"],
               ["26-32", "Rooster maandcommissarissen Q4 rondsturen", "[[NB]]", "15 sep"],
               ["26-33", "Bezoek {{Extra Zorgvoorziening}} (EZV) inplannen", "[[GW]]/[[ES]]", "okt"],
               ["26-34", "Inwerken nieuw lid, contact via [[hanna.lammertink@ziggo.nl|EMAIL]]", "[[HL]]", "sep"]],
     [15, 100, 25, 20]),
    "Volgende vergadering: 14 oktober 2026. Secretariaat: {{cvt.lankhorst@rsj.nl|EMAIL_FUNCTIONAL}}.",
], producer="Microsoft® Word 2019", creator="Microsoft® Word 2019"))

# pi13 AcroForm: visit application form with values
DOCS.append(Doc("pi13", [
    ("h", "Aanvraagformulier bezoek - {{Dienst Justitiële Inrichtingen}}"),
    "Dit formulier is digitaal ingevuld en op 28 juli 2026 ontvangen door het bezoekbureau van {{PI Lankhorst}}. "
    "De ingevulde gegevens staan in de formuliervelden hieronder. Het bezoekbureau controleert de gegevens in "
    "het {{Justitieel Documentatieregister|ORG}} voordat een bezoekpas wordt verstrekt.",
    "Bezoek is alleen mogelijk na goedkeuring. Neem een geldig identiteitsbewijs mee. Zie ook www.dji.nl/bezoek.",
], form=[("Naam bezoeker", "naam", "[[Marja Zwanenburg-de Wit]]"),
         ("Geboortedatum", "gebdat", "[[22-09-1966|DOB]]"),
         ("Adres", "adres", "[[Kerkstraat 12]], [[7601 BK]] Almelo"),
         ("Telefoon", "tel", "[[06-23 87 51 09|PHONE]]"),
         ("E-mail", "email", "[[marja.zwanenburg@hetnet.nl|EMAIL]]"),
         ("Naam gedetineerde", "gedet", "[[Kevin Zwanenburg]]"),
         ("Relatie", "relatie", "moeder"),
         ("BSN bezoeker", "bsn", "[[183471926|BSN]]")],
    producer="ReportLab PDF Library - www.reportlab.com", creator="DJI e-formulieren"))

# pi14 beslisnota (2 pages)
DOCS.append(Doc("pi14", [
    ("h", "Nota aan de staatssecretaris"),
    ("table", [["Aan", "staatssecretaris van Justitie en Veiligheid"], ["Van", "directeur Sanctietoepassing en Jeugd"],
               ["Datum", "5 augustus 2026"], ["Kenmerk", "{{6871204|CASE}}"],
               ["Onderwerp", "Incident {{PI Lankhorst}} 3 augustus 2026 en Kamervragen"],
               ["Contactpersoon", "[[T. Voskuilen]], [[06-52 19 83 04|PHONE]]"],
               ["Kopie aan", "DG Straffen en Beschermen; {{DJI}}"]], [40, 130]),
    ("h", "Aanleiding"),
    "Op 3 augustus 2026 heeft in de {{Penitentiaire Inrichting Lankhorst}} een geweldsincident plaatsgevonden op de "
    "{{Bijzondere Zorgafdeling}}. Een medewerker raakte gewond. De lokale pers ({{RTV Oost}}) heeft vragen gesteld en "
    "de leden {{Çelik-Dammers|PUBLIC_PERSON}} en {{Van Stralen|PUBLIC_PERSON}} hebben schriftelijke vragen aangekondigd.",
    ("h", "Geadviseerd besluit"),
    "Aan de staatssecretaris wordt gevraagd kennis te nemen van deze nota en in te stemmen met de lijn voor het "
    "commissiedebat gevangeniswezen van 6 augustus.",
    ("h", "Kern"),
    "- De gedetineerde is conform de {{Pbw|LAW}} in afzondering geplaatst; het {{IBT}} heeft geweld gebruikt.\n"
    "- De personeelsbezetting was onder de norm, maar binnen de afspraken van het {{Capaciteitsplan DJI 2026-2030|PROGRAMME}}.\n"
    "- De {{Inspectie Justitie en Veiligheid}} is geïnformeerd en doet een verkennend onderzoek.",
    ("h", "Toelichting"),
    "Vestigingsdirecteur [[ter Haar-Bosman]] heeft een feitenrelaas opgesteld (bijlage 1). Contact met de "
    "advocaat van betrokkene loopt via de inrichting. Wij adviseren in het debat niet in te gaan op de persoon van "
    "de gedetineerde en te verwijzen naar de lopende beklagprocedure bij de {{commissie van toezicht}}.",
    ("h", "Krachtenveld"),
    "De {{FNV Overheid|ORG}} en de {{CNV Overheid|ORG}} wijzen op de werkdruk in {{PI Lankhorst}}. De burgemeester van Almelo, "
    "burgemeester {{Sinnige-Bolhuis|PUBLIC_PERSON}}, heeft om een gesprek gevraagd.",
    ("h", "Paraaf"),
    ("table", [["Naam", "Functie", "Paraaf", "Datum"],
               ["[[T. Voskuilen]]", "senior beleidsmedewerker", "[[TV]]", "05-08"],
               ["[[M.E. Achterberg]]", "afdelingshoofd", "[[MEA]]", "05-08"],
               ["[[R.W. de Jong-Baas]]", "plv. directeur SJ", "[[RWdJ]]", "05-08"]], [45, 55, 30, 25]),
    ("h", "Informatie die niet openbaar gemaakt kan worden"),
    "Bijlage 1 bevat gegevens over de gezondheid van de gedetineerde (artikel 5.1, eerste lid, onder d, Woo).",
    ("h", "Motivering"),
    "In de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van ambtenaren geanonimiseerd.",
], font="DejaVu", producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365"))

# pi15 letter director to lawyer
DOCS.append(Doc("pi15", [
    ("small", "{{Penitentiaire Inrichting Lankhorst}} | {{Havenweg 12|ADDRESS_PUBLIC}} | 7602 PK Almelo | Postbus 210 | 7600 AE Almelo"),
    "[[Aydın Strafrechtadvocatuur]]\nt.a.v. [[mr. S.A. Aydın]]\n[[Oldenzaalsestraat 241]]\n[[7514 DT]] Enschede",
    "Datum: 11 augustus 2026\nKenmerk: {{PIL/DIR/2026-0893|CASE}}\nBetreft: uw cliënt de heer [[K. Zwanenburg]]",
    "Geachte mevrouw [[Aydın]],",
    "In uw e-mail van 6 augustus 2026 vraagt u om inzage in de camerabeelden van 3 augustus en in het "
    "observatieverslag van uw cliënt. Op grond van artikel 36 van de {{Penitentiaire maatregel|LAW}} kunt u de beelden "
    "inzien in de inrichting; het observatieverslag valt onder het medisch beroepsgeheim en kan alleen met "
    "toestemming van uw cliënt via de {{Medische Dienst}} worden verstrekt.",
    "U kunt een afspraak maken via het secretariaat ({{secretariaat.lankhorst@dji.minjus.nl|EMAIL_FUNCTIONAL}}). "
    "Uw eerdere telefonische verzoek aan mijn medewerker [[Anouk Veldkamp]] is hiermee eveneens beantwoord.",
    "Hoogachtend,",
    ("sig", "[[W. ter Haar-Bosman]]\nvestigingsdirecteur"),
    ("small", "Afschrift: [[H.J. van 't Hul]], plv. vestigingsdirecteur; dossier {{TULP|PRODUCT}}\n"
              "Kopie per e-mail aan [[s.aydin@aydinstrafrecht.nl|EMAIL]]"),
], font="DejaVu", producer="Microsoft® Word 2016", creator="Microsoft® Word 2016", author=("[[Willemijn ter Haar-Bosman]]", True)))

# pi16 invoice sole trader interpreter
DOCS.append(Doc("pi16", [
    ("h", "FACTUUR"),
    "[[Tolk- en Vertaalpraktijk Haddou]]\n[[Karim Haddou]], beëdigd tolk Arabisch-Nederlands\n"
    "[[Vondelstraat 7]], [[7551 BE]] Hengelo\n[[06 - 1870 4432|PHONE]] | [[info@tolkhaddou.nl|EMAIL]]\n"
    "KvK [[74120583|ID]] | btw [[NL001834972B68|ID]] | {{Wbtv|LAW}}-nummer [[20437|ID]]",
    "Aan: {{Penitentiaire Inrichting Lankhorst}}, crediteurenadministratie, Postbus 210, 7600 AE Almelo\n"
    "Factuurnummer: {{2026-081|CASE}}   Datum: 12 augustus 2026\nInkoopordernummer: {{4500298817|CASE}}",
    ("table", [["Omschrijving", "Uren", "Tarief", "Bedrag"],
               ["Tolkinzet gesprek MMD en gedetineerde, 4 augustus 2026", "1,5", "€ 48,00", "€ 72,00"],
               ["Tolkinzet zitting beklagcommissie {{CvT 26/121|CASE}}, 26 augustus", "2,0", "€ 48,00", "€ 96,00"],
               ["Reiskosten Hengelo-Almelo (2x 46 km)", "", "€ 0,23/km", "€ 21,16"],
               ["", "", "Totaal (vrijgesteld van btw)", "€ 189,16"]], [90, 15, 35, 25]),
    "Betaling binnen 30 dagen op IBAN [[NL27 INGB 0006 8412 73|IBAN]] t.n.v. [[K. Haddou]] o.v.v. het factuurnummer.",
    "Tolk ingezet via {{Tolkcontract Rijk|PROGRAMME}} (bemiddeling {{Concorde Tolken|ORG}}).",
], font="DejaVu", producer="Moneybird PDF", creator="Moneybird"))


# ---------------------------------------------------------------- second pages
def _doc(stem):
    return next(d for d in DOCS if d.stem == stem)


_doc("pi03").blocks += [
    ("break",),
    ("h", "Bijlage - verklaringen betrokken medewerkers"),
    "Verklaring PIW [[Sanne Oosterloo]] (personeelsnr. [[D-502914|ID]]): \"Ik stond bij de luchtplaats toen "
    "[[Zwanenburg]] begon te schreeuwen. Hij riep dat zijn moeder niets had gedaan. [[Bart]] heeft hem rustig "
    "gevraagd mee te lopen. Toen duwde hij [[Bart]] met twee handen tegen de deurpost.\"",
    "Verklaring PIW [[Yusuf Demirtaş]] (personeelsnr. [[D-477630|ID]]): \"Samen met [[Kees]] heb ik betrokkene bij "
    "de armen genomen en naar de grond begeleid. Ik heb de handboeien aangelegd volgens de {{IBT}}-instructie. "
    "Hij bleef trappen; daarom hebben wij hem vastgehouden tot het {{IBT}} er was.\"",
    "Verklaring PIW [[Kees de Rooij]] (personeelsnr. [[D-463318|ID]]): \"Ik bevestig de verklaring van mijn collega. "
    "De boeien zijn om 14:58 uur in de isoleercel afgedaan.\"",
    "Verklaring leidinggevende [[Priscilla Lont]]: \"Ik ben om 14:44 uur gebeld. De melding aan het "
    "{{Centraal Meldpunt Incidenten|ORG}} is om 16:05 uur verstuurd. Nazorg voor [[Bart]] is geregeld via het "
    "{{Bedrijfsopvangteam}} ({{BOT}}); contactpersoon BOT is [[Wendy Kuipers-Nales]], [[06-38 27 19 44|PHONE]].\"",
    "Opgemaakt te Almelo op 3 augustus 2026. Mutatie vastgelegd in {{TULP-GW|PRODUCT}} onder "
    "{{INC-2026-0803-02|CASE}}.",
]

_v2 = _people(14, 82)
_rows2 = [["Datum", "Tijd", "Bezoeker", "Geb.datum", "Woonplaats", "Relatie", "Gedetineerde"]]
r82 = random.Random(820)
for i, (f, l) in enumerate(_v2):
    dob = f"{r82.randint(1,28):02d}-{r82.randint(1,12):02d}-{r82.randint(1950,2004)}"
    det, skn = _det[(i + 1) % 4]
    _rows2.append([f"{4 + i // 3:02d}-08", ["10:00", "13:30", "15:00"][i % 3], f"[[{_cap(l)}, {f[0]}.]]",
                   f"[[{dob}|DOB]]", r82.choice(["Almelo", "Enschede", "Hengelo", "Zwolle", "Deventer", "Rijssen"]),
                   _rel[(i + 3) % 8], det])
_doc("pi08").blocks += [
    ("break",),
    ("h", "Vervolg: bezoekperiode 04-08-2026 t/m 08-08-2026"),
    ("small", "Bezoeken van de moeder van [[Kevin Zwanenburg]] zijn in deze periode geblokkeerd in {{TULP-Bezoek|PRODUCT}} "
              "(bezoekverbod t/m 29-08-2026)."),
    ("table", _rows2, [16, 13, 38, 22, 25, 22, 34]),
    "Uitdraai gecontroleerd door coördinator bezoekzaken [[J. Kampman]] ([[JK]]).",
]

_doc("pi10").scan_lines += [
    "PAGEBREAK",
    ("Bijlage bij beklagschrift - verklaring medegedetineerde", "head"),
    ("", "gap"),
    ("Ik, [[Dylan Hoogeveen]], cel 2.16, heb op 3 augustus gezien", "hand"),
    ("dat [[Kevin]] op de grond lag met handboeien om.", "hand"),
    ("Er zaten twee bewaarders op hem. Dat duurde lang.", "hand"),
    ("Ik wil dit ook tegen de commissie zeggen.", "hand"),
    ("", "gap"),
    ("Handtekening: [[D. Hoogeveen]]", "hand"),
    ("", "gap"),
    ("Doorgestuurd naar beklagcommissie op 07-08-2026", "text"),
]

_doc("pi11").blocks.insert(next(i for i, b in enumerate(_doc("pi11").blocks)
                                if isinstance(b, tuple) and b[1] == "4. De beoordeling"), ("break",))
