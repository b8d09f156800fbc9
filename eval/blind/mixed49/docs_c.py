"""Burgerzaken, elections, complaints, internal HR and integrity, mandate register."""
from lib import Doc


def bg13():
    d = Doc("bg13_adresonderzoek_brp_nijmegen", "rl")
    d.add("lh", ["{b}Gemeente Nijmegen{/b}", "Burgerzaken - team Adreskwaliteit", "{b}Verslag adresonderzoek BRP{/b}"],
          ["Korte Nieuwstraat 6", "6511 PP Nijmegen", "T 14 024", "adresonderzoek@nijmegen.nl", "",
           "Onderzoeksnummer AO-2026-1187", "Start onderzoek 8 september 2026"])
    d.add("p", "Aanleiding: signaal Landelijke Aanpak Adreskwaliteit (LAA) van 2 september 2026 over overbewoning op het "
               "adres ⟦Hatertseweg 301-3⟧, ⟦6533 AC Nijmegen⟧. Eigenaar van de woning is ⟦B.A.J. Hendriks⟧, "
               "Heilig Landstichting (verhuur via Hendriks Vastgoed Beheer B.V.).")
    d.add("h2", "Ingeschrevenen volgens de BRP")
    d.add("tbl", [["Naam", "Geboortedatum", "BSN", "Sinds", "Bevinding"],
                  ["⟦IONESCU, Dragoș-Mihai⟧", "⟦12-04-1993⟧", "⟦410506515⟧", "03-2024", "woont er niet meer"],
                  ["⟦WIŚNIEWSKI, Piotr⟧", "⟦01-10-1987⟧", "⟦736472472⟧", "11-2025", "woont er"],
                  ["⟦KOWALCZYK, Tomasz\nAdam⟧", "⟦19-06-1999⟧", "⟦511677194⟧", "11-2025", "woont er"],
                  ["⟦de Jong-Ramdin,\nSharmila⟧", "⟦30-01-1968⟧", "⟦133658909⟧", "06-2019", "vertrokken naar onbekend"]],
          [0.3, 0.15, 0.15, 0.1, 0.3])
    d.add("h2", "Huisbezoek 23 september 2026")
    d.add("p", "Het huisbezoek is afgelegd door de toezichthouders ⟦E. Verhoeven⟧ en ⟦Jasper Tiel⟧ (met legitimatie). "
               "Aangetroffen werden ⟦de heren Wiśniewski en Kowalczyk⟧ en een niet-ingeschreven persoon die zich "
               "noemde ⟦Marius Popescu⟧ en werkt via uitzendbureau Flexpoint in Venlo. In de woning waren vier "
               "slaapplaatsen. Volgens de buurvrouw, ⟦mevrouw T. Gerritsen⟧ (⟦Hatertseweg 299⟧), woont ⟦Ionescu⟧ "
               "sinds de zomer in Roemenië.")
    d.add("h2", "Besluit")
    d.add("p", "Op grond van artikel 2.22 Wet basisregistratie personen wordt ⟦Dragoș-Mihai Ionescu⟧ na het "
               "vooraankondigingstraject ingeschreven in de RNI (vertrek naar onbekend buitenland). ⟦Marius Popescu⟧ "
               "wordt opgeroepen zich in te schrijven. De casus wordt gedeeld met het team Goed Verhuurderschap "
               "(Wet goed verhuurderschap).")
    d.add("sig", ["⟦E. Verhoeven⟧", "toezichthouder BRP"])
    d.R("ADDRESS", "Hatertseweg 301-3, 6533 AC Nijmegen", "Hatertseweg 301-3", "6533 AC Nijmegen")
    d.R("PERSON", "B.A.J. Hendriks", "B.A.J. Hendriks")
    d.R("PERSON", "Dragoș-Mihai Ionescu", "IONESCU", "Dragoș-Mihai", "Ionescu")
    d.R("DATE_OF_BIRTH", "12-04-1993")
    d.R("BSN", "410506515")
    d.R("PERSON", "Piotr Wiśniewski", "WIŚNIEWSKI", "Piotr", "Wiśniewski")
    d.R("DATE_OF_BIRTH", "01-10-1987")
    d.R("BSN", "736472472")
    d.R("PERSON", "Tomasz Adam Kowalczyk", "KOWALCZYK", "Tomasz", "Kowalczyk")
    d.R("DATE_OF_BIRTH", "19-06-1999")
    d.R("BSN", "511677194")
    d.R("PERSON", "Sharmila de Jong-Ramdin", "de Jong-Ramdin", "Sharmila")
    d.R("DATE_OF_BIRTH", "30-01-1968")
    d.R("BSN", "133658909")
    d.R("PERSON", "E. Verhoeven", "E. Verhoeven", "Verhoeven")
    d.R("PERSON", "Jasper Tiel", "Jasper Tiel", ("Tiel", True))
    d.R("PERSON", "Marius Popescu", "Marius Popescu", "Popescu")
    d.R("PERSON", "T. Gerritsen", "Gerritsen")
    d.R("ADDRESS", "Hatertseweg 299")
    d.K("ORG", "Gemeente Nijmegen")
    d.K("PROGRAMME", "Landelijke Aanpak Adreskwaliteit", "Landelijke Aanpak Adreskwaliteit", "LAA")
    d.K("ORG", "Hendriks Vastgoed Beheer B.V.", "Hendriks Vastgoed Beheer")
    d.K("ORG", "Flexpoint")
    d.K("LAW", "Wet basisregistratie personen")
    d.K("LAW", "Wet goed verhuurderschap")
    d.K("ORG", "RNI")
    d.K("ADDRESS", "Korte Nieuwstraat 6")
    d.K("PHONE", "14 024")
    d.K("EMAIL", "adresonderzoek@nijmegen.nl")
    d.K("CASE", "AO-2026-1187")
    d.K("ROLE", "toezichthouder BRP")
    return d


def bg14():
    d = Doc("bg14_naturalisatieceremonie_amersfoort", "lo")
    d.add("org", "Gemeente Amersfoort")
    d.add("p", "Burgerzaken  -  Stadhuisplein 1, 3811 LM Amersfoort  -  14 033  -  naturalisatie@amersfoort.nl")
    d.add("h1", "Deelnemerslijst naturalisatieceremonie 15 december 2026")
    d.add("p", "Locatie: Raadzaal, stadhuis. Voorzitter: burgemeester Marit Verheul-Dijkstra. Het IND-besluit "
               "(Rijkswet op het Nederlanderschap, artikel 8) is door de gemeente ontvangen. Contactpersoon: "
               "⟦Sevda Arslan⟧, medewerker Burgerzaken (⟦06 29 71 44 08⟧).")
    d.add("tbl", [["Nr", "Naam", "Geboortedatum", "Geboorteland", "Gast(en)"],
                  ["1", "⟦Abdirahman Warsame\nHassan⟧", "⟦01-01-1990⟧", "Somalië", "2"],
                  ["2", "⟦NGUYỄN Thị Lan⟧", "⟦14-08-1985⟧", "Vietnam", "1"],
                  ["3", "⟦Oksana Melnyk⟧", "⟦22-03-1979⟧", "Oekraïne", "3"],
                  ["4", "⟦Rahul Venkataraman⟧", "⟦09-11-1988⟧", "India", "2"],
                  ["5", "⟦María José García\nOrtega⟧", "⟦27-05-1992⟧", "Spanje", "0"],
                  ["6", "⟦Tesfay Gebremedhin⟧ en ⟦Selam\nGebremedhin-Tekle⟧", "⟦15-02-1983⟧ /\n⟦04-09-1986⟧", "Eritrea", "4"],
                  ["7", "⟦LIN Xiaoyu⟧", "⟦30-06-1995⟧", "China", "1"],
                  ["8", "⟦Ahmad Al-Khatib⟧", "⟦18-12-1975⟧", "Syrië", "2"]],
          [0.06, 0.38, 0.2, 0.2, 0.16])
    d.add("p", "Nr. 6: het echtpaar ⟦Gebremedhin⟧ komt met twee kinderen; ⟦Selam⟧ ⟦is rolstoelgebonden⟧, graag een "
               "plaats vooraan. Nr. 8: de heer ⟦Al-Khatib⟧ legt de belofte af in plaats van de eed ⟦(op grond van "
               "zijn islamitische geloof)⟧.")
    d.add("p", "Na afloop ontvangen de nieuwe Nederlanders het naturalisatiebesluit en een attentie van het Eemhuis.")
    d.meta = {"Author": "⟦S. Arslan⟧", "Title": "Ceremonie 15-12 deelnemers"}
    d.R("PERSON", "Sevda Arslan", "Sevda Arslan", "Arslan")
    d.R("PHONE", "06 29 71 44 08")
    d.R("PERSON", "Abdirahman Warsame Hassan", "Abdirahman", "Warsame", "Hassan")
    d.R("PERSON", "Nguyễn Thị Lan", "NGUYỄN", "Thị Lan")
    d.R("PERSON", "Oksana Melnyk", "Oksana Melnyk", "Melnyk")
    d.R("PERSON", "Rahul Venkataraman", "Rahul Venkataraman", "Venkataraman")
    d.R("PERSON", "María José García Ortega", "María José", "García", "Ortega")
    d.R("PERSON", "Tesfay Gebremedhin", "Tesfay", "Gebremedhin")
    d.R("PERSON", "Selam Gebremedhin-Tekle", "Selam", "Tekle")
    d.R("PERSON", "Lin Xiaoyu", "Xiaoyu")
    d.R("PERSON", "Ahmad Al-Khatib", "Ahmad Al-Khatib", "Al-Khatib")
    for dob in ("01-01-1990", "14-08-1985", "22-03-1979", "09-11-1988", "27-05-1992", "15-02-1983", "04-09-1986",
                "30-06-1995", "18-12-1975"):
        d.R("DATE_OF_BIRTH", dob)
    d.R("HEALTH", "rolstoelgebonden")
    d.R("RELIGION", "islamitische geloof", "islamitische")
    d.K("ORG", "Gemeente Amersfoort")
    d.K("OFFICIAL", "burgemeester Marit Verheul-Dijkstra", "Marit Verheul-Dijkstra")
    d.K("ORG", "IND")
    d.K("LAW", "Rijkswet op het Nederlanderschap")
    d.K("ADDRESS", "Stadhuisplein 1")
    d.K("PHONE", "14 033")
    d.K("EMAIL", "naturalisatie@amersfoort.nl")
    d.K("ORG", "Eemhuis")
    for c in ("Somalië", "Vietnam", "Oekraïne", "India", "Eritrea", "Syrië"):
        d.K("COUNTRY", c)
    return d


def bg15():
    d = Doc("bg15_stembureauleden_zwolle", "rl", pagesize="A4L", font="cond")
    d.add("h1", "Gemeente Zwolle - benoeming leden stembureaus")
    d.add("p", "Verkiezing van de leden van de Tweede Kamer, 29 oktober 2025 - bijlage bij het besluit van de "
               "burgemeester van 22 september 2025 (Kieswet, artikel E 4). Inlichtingen: team Verkiezingen, "
               "verkiezingen@zwolle.nl, telefoon 14 038.")
    d.add("tbl", [["Nr", "Stembureau (locatie)", "Functie", "Naam", "Adres", "Telefoon"],
                  ["1", "Stadhuis, Grote Kerkplein 15", "voorzitter", "⟦mr. C.J. (Carolien)\nvan Zwolle⟧",
                   "⟦Thorbeckegracht 41⟧,\n⟦8011 VM Zwolle⟧", "⟦06 51 93 28 10⟧"],
                  ["", "", "lid", "⟦Gijs Nijboer⟧", "⟦Assendorperstraat 9⟧,\n⟦8012 DE Zwolle⟧", "⟦038 421 55 07⟧"],
                  ["", "", "lid", "⟦Fatma\nKaraca-Yilmaz⟧", "⟦Beethovenlaan 120⟧,\n⟦8031 KG Zwolle⟧", "⟦06 44 80 17 36⟧"],
                  ["2", "Wijkcentrum Holtenbroek, Palestrinastraat 1", "voorzitter", "⟦H.W. KAMPHUIS⟧",
                   "⟦Kamperpoort 7⟧,\n⟦8011 WJ Zwolle⟧", "⟦06 12 09 73 55⟧"],
                  ["", "", "lid", "⟦Niels Dijkman⟧", "⟦Boerendanserdijk 3⟧,\n⟦8024 AD Zwolle⟧", "⟦06 38 26 41 90⟧"],
                  ["", "", "lid", "⟦Anna-Sophie\nvan den Heuvel⟧", "⟦Wipstrikkerallee 77⟧,\n⟦8023 DK Zwolle⟧", "⟦038 454 19 22⟧"],
                  ["3", "Bibliotheek Stadshagen, Stadshagenallee 5", "voorzitter", "⟦Jorrit Hengelo⟧",
                   "⟦Frankhuizerallee 15⟧,\n⟦8043 AM Zwolle⟧", "⟦06 27 88 03 64⟧"],
                  ["", "", "lid", "⟦Priscilla Mac-Donald⟧", "⟦Oude Vismarkt 2 A⟧,\n⟦8011 TA Zwolle⟧", "⟦06 16 52 47 83⟧"],
                  ["", "", "teller", "⟦Mees Boerman⟧", "⟦Aan de Stadsgracht 6⟧,\n⟦8011 SW Zwolle⟧", "⟦06 49 33 70 21⟧"]],
          [0.04, 0.24, 0.09, 0.2, 0.27, 0.16])
    d.add("p", "Reserveleden (oproepbaar op de verkiezingsdag): ⟦Wendela Ooms⟧ (⟦06 21 73 80 45⟧) en "
               "⟦Koen Hengelo⟧ (⟦06 58 02 66 19⟧). De stembureauleden hebben de e-learning van het Ministerie van "
               "Binnenlandse Zaken en Koninkrijksrelaties gevolgd. Stembureau 3 is ook de locatie waar kiezers uit "
               "Hengelo en Zwolle-Zuid met een kiezerspas kunnen stemmen.")
    d.add("p", "Vastgesteld door de burgemeester van Zwolle, Peter Snijders, op 22 september 2025.")
    d.R("PERSON", "Carolien van Zwolle", "C.J. (Carolien) van Zwolle", "Carolien", "van Zwolle")
    d.R("ADDRESS", "Thorbeckegracht 41, 8011 VM Zwolle", "Thorbeckegracht 41", "8011 VM")
    d.R("PHONE", "06 51 93 28 10")
    d.R("PERSON", "Gijs Nijboer", "Gijs Nijboer", "Nijboer")
    d.R("ADDRESS", "Assendorperstraat 9, 8012 DE Zwolle", "Assendorperstraat 9", "8012 DE")
    d.R("PHONE", "038 421 55 07")
    d.R("PERSON", "Fatma Karaca-Yilmaz", "Fatma", "Karaca-Yilmaz")
    d.R("ADDRESS", "Beethovenlaan 120, 8031 KG Zwolle", "Beethovenlaan 120", "8031 KG")
    d.R("PHONE", "06 44 80 17 36")
    d.R("PERSON", "H.W. Kamphuis", "H.W. KAMPHUIS", "KAMPHUIS")
    d.R("ADDRESS", "Kamperpoort 7, 8011 WJ Zwolle", "Kamperpoort 7", "8011 WJ")
    d.R("PHONE", "06 12 09 73 55")
    d.R("PERSON", "Niels Dijkman", "Niels Dijkman", "Dijkman")
    d.R("ADDRESS", "Boerendanserdijk 3, 8024 AD Zwolle", "Boerendanserdijk 3", "8024 AD")
    d.R("PHONE", "06 38 26 41 90")
    d.R("PERSON", "Anna-Sophie van den Heuvel", "Anna-Sophie", "van den Heuvel")
    d.R("ADDRESS", "Wipstrikkerallee 77, 8023 DK Zwolle", "Wipstrikkerallee 77", "8023 DK")
    d.R("PHONE", "038 454 19 22")
    d.R("PERSON", "Jorrit Hengelo", "Jorrit Hengelo", "Jorrit", ("Hengelo", True))
    d.R("ADDRESS", "Frankhuizerallee 15, 8043 AM Zwolle", "Frankhuizerallee 15", "8043 AM")
    d.R("PHONE", "06 27 88 03 64")
    d.R("PERSON", "Priscilla Mac-Donald", "Priscilla Mac-Donald", "Mac-Donald")
    d.R("ADDRESS", "Oude Vismarkt 2 A, 8011 TA Zwolle", "Oude Vismarkt 2 A", "8011 TA")
    d.R("PHONE", "06 16 52 47 83")
    d.R("PERSON", "Mees Boerman", "Mees Boerman", "Boerman")
    d.R("ADDRESS", "Aan de Stadsgracht 6, 8011 SW Zwolle", "Aan de Stadsgracht 6", "8011 SW")
    d.R("PHONE", "06 49 33 70 21")
    d.R("PERSON", "Wendela Ooms", "Wendela Ooms", "Ooms")
    d.R("PHONE", "06 21 73 80 45")
    d.R("PERSON", "Koen Hengelo", "Koen Hengelo")
    d.R("PHONE", "06 58 02 66 19")
    d.K("ORG", "Gemeente Zwolle")
    d.K("ADDRESS", "Stadhuis, Grote Kerkplein 15", "Grote Kerkplein 15")
    d.K("ADDRESS", "Wijkcentrum Holtenbroek, Palestrinastraat 1", "Palestrinastraat 1")
    d.K("ADDRESS", "Bibliotheek Stadshagen, Stadshagenallee 5", "Stadshagenallee 5")
    d.K("LAW", "Kieswet")
    d.K("EMAIL", "verkiezingen@zwolle.nl")
    d.K("PHONE", "14 038")
    d.K("ORG", "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties")
    d.K("OFFICIAL", "burgemeester Peter Snijders", "Peter Snijders")
    d.K("PLACE", "Zwolle-Zuid")
    return d


def bg16():
    d = Doc("bg16_klacht_ambtenaar_apeldoorn", "chrome", title="Klachtrapportage KL-2026-0877")
    d.add("org", "Gemeente Apeldoorn")
    d.add("small", "Marktplein 1, 7311 LB Apeldoorn  |  Postbus 9033, 7300 ES Apeldoorn  |  telefoon 14 055  |  klachten@apeldoorn.nl")
    d.add("h1", "Rapport klachtbehandeling (Awb hoofdstuk 9)")
    d.add("kv", [("Klachtnummer", "KL-2026-0877"), ("Klager", "⟦de heer J.H.M. (Jeroen) Kampen⟧, ⟦Loolaan 188⟧, ⟦7315 AG Apeldoorn⟧"),
                 ("Klacht over", "bejegening aan de balie Burgerzaken op 7 oktober 2026"),
                 ("Betrokken medewerker", "⟦mevrouw L. (Linda) Meijer⟧, medewerker Publiekszaken"),
                 ("Klachtbehandelaar", "⟦mr. Willemijn Scholten⟧, klachtencoördinator"),
                 ("Hoorzitting", "3 november 2026, stadhuis")])
    d.add("h2", "De klacht")
    d.add("p", "De heer ⟦Kampen⟧ kwam op 7 oktober een nieuw paspoort aanvragen. Hij was een maand eerder verhuisd uit "
               "Kampen. Volgens klager weigerde ⟦mevrouw Meijer⟧ de aanvraag in behandeling te nemen omdat zijn "
               "pasfoto niet voldeed, en zei zij hardop, waar andere bezoekers bij stonden, dat hij \u2018eerst maar "
               "eens ⟦zijn schulden bij het CJIB⟧ moest regelen\u2019.")
    d.add("h2", "Reactie medewerker")
    d.add("p", "⟦Linda⟧ verklaarde dat zij de opmerking over het CJIB niet zo heeft bedoeld, maar dat het scherm "
               "een signaal van het CJIB toonde (Paspoortwet, artikel 24). Haar teamleider, ⟦Marco van Beusekom⟧, "
               "heeft het gesprek met haar gevoerd. Collega ⟦Ilona⟧, die naast haar zat, bevestigt de opmerking.")
    d.add("h2", "Oordeel")
    d.add("p", "De klacht is gegrond voor zover het de opmerking over het CJIB betreft: informatie over een "
               "persoon hoort niet hardop aan de balie te worden besproken. Over de pasfoto is de klacht ongegrond. "
               "De afdeling Publiekszaken heeft excuses aangeboden. Klager kan zich wenden tot de Nationale "
               "ombudsman.")
    d.add("p", "Apeldoorn, 17 november 2026\nNamens het college, ⟦W. Scholten⟧, klachtencoördinator")
    d.meta = {"Author": "⟦Scholten, Willemijn⟧"}
    d.R("PERSON", "Jeroen Kampen", "J.H.M. (Jeroen) Kampen", "Jeroen", ("Kampen", True))
    d.R("ADDRESS", "Loolaan 188, 7315 AG Apeldoorn", "Loolaan 188", "7315 AG")
    d.R("PERSON", "Linda Meijer", "L. (Linda) Meijer", "Linda", "Meijer")
    d.R("PERSON", "Willemijn Scholten", "Willemijn Scholten", "Scholten")
    d.R("FINANCIAL", "schulden bij het CJIB", "zijn schulden bij het CJIB")
    d.R("PERSON", "Marco van Beusekom", "Marco van Beusekom", "Beusekom")
    d.R("PERSON", "Ilona", "Ilona")
    d.K("ORG", "Gemeente Apeldoorn")
    d.K("ADDRESS", "Marktplein 1")
    d.K("PHONE", "14 055")
    d.K("EMAIL", "klachten@apeldoorn.nl")
    d.K("CASE", "KL-2026-0877")
    d.K("LAW", "Paspoortwet")
    d.K("ORG", "Nationale ombudsman")
    d.K("ROLE", "klachtencoördinator")
    d.K("ROLE", "medewerker Publiekszaken")
    return d


def bg17():
    d = Doc("bg17_personeelsdossier_haarlem", "rl", font="cond")
    d.header = "VERTROUWELIJK - personeelsdossier - uittreksel voor bezwaarprocedure BZ-2026-31"
    d.add("lh", ["{b}Gemeente Haarlem{/b}", "HR-advies, Zijlvest 39", "Uittreksel personeelsdossier"],
          ["Medewerker: ⟦R.P. (Rik) Bloemendaal⟧", "Personeelsnummer ⟦104877⟧", "Functie: beleidsadviseur Sport",
           "Afdeling: Maatschappelijke Ontwikkeling", "Leidinggevende: ⟦Ingrid Mos-van Beek⟧",
           "HR-adviseur: ⟦Thijs Lamberts⟧, ⟦06 40 17 62 95⟧"])
    d.add("h2", "A. Verslag functioneringsgesprek 14 april 2026")
    d.add("p", "Aanwezig: ⟦Rik Bloemendaal⟧ en ⟦Ingrid Mos⟧. ⟦Rik⟧ werkt sinds 1 maart 2021 bij de gemeente Haarlem; "
               "daarvoor was hij vijf jaar sportconsulent bij de gemeente Bloemendaal. Hij is de trekker van het "
               "Haarlemse deel van het programma Sportakkoord II en van de subsidieregeling buurtsportcoaches.")
    d.add("p", "Afspraken: ⟦Rik⟧ volgt de leergang Projectmatig werken; hij gaat minder avondvergaderingen doen. "
               "⟦Ingrid⟧ bespreekt met de wethouder Sport, Floor Roduner, of het dossier zwembaden naar een collega "
               "kan. (Paraaf medewerker: ⟦RPB⟧, paraaf leidinggevende: ⟦IMvB⟧.)")
    d.add("h2", "B. Ziekteverzuim 2026")
    d.add("tbl", [["Periode", "Duur", "Oorzaak (volgens medewerker)", "Bedrijfsarts"],
                  ["6-13 jan", "6 dagen", "⟦griep⟧", "-"],
                  ["2 jun - 18 sep", "15 weken", "⟦burn-outklachten, slaapproblemen⟧", "⟦P. Smeets⟧ (Arbo Unie)"],
                  ["3-5 nov", "3 dagen", "⟦rugklachten (hernia)⟧", "-"]],
          [0.16, 0.12, 0.45, 0.27])
    d.add("p", "Advies bedrijfsarts (⟦dr. P.A. Smeets⟧, 30 juni 2026): ⟦arbeidsongeschikt voor eigen werk; "
               "gesprekken met psycholoog via Psy-Zorg Haarlem⟧; opbouw vanaf 1 augustus. Plan van aanpak volgens "
               "de Wet verbetering poortwachter. Casemanager: ⟦Thijs Lamberts⟧.")
    d.add("h2", "C. Bezwaar")
    d.add("p", "⟦Bloemendaal⟧ maakt bezwaar tegen het niet toekennen van de periodieke verhoging per 1 januari 2027. "
               "De bezwaarschriftencommissie Personele Aangelegenheden behandelt het bezwaar (kenmerk BZ-2026-31).")
    d.outline = [("Functioneringsgesprek ⟦Bloemendaal⟧", 0), ("Verzuim", 0)]
    d.R("PERSON", "Rik Bloemendaal", "R.P. (Rik) Bloemendaal", "Rik Bloemendaal", "Rik", ("Bloemendaal", True), "RPB")
    d.R("ID", "personeelsnummer 104877", "104877")
    d.R("PERSON", "Ingrid Mos-van Beek", "Ingrid Mos-van Beek", "Mos-van Beek", "Ingrid Mos", "Ingrid", "IMvB")
    d.R("PERSON", "Thijs Lamberts", "Thijs Lamberts", "Lamberts")
    d.R("PHONE", "06 40 17 62 95")
    d.R("HEALTH", "griep", "griep")
    d.R("HEALTH", "burn-outklachten, slaapproblemen", "burn-outklachten", "slaapproblemen")
    d.R("HEALTH", "rugklachten (hernia)", "hernia")
    d.R("PERSON", "P.A. Smeets", "Smeets")
    d.R("HEALTH", "arbeidsongeschikt, psycholoog", "psycholoog", "arbeidsongeschikt voor eigen werk")
    d.K("ORG", "Gemeente Haarlem")
    d.K("ORG", "gemeente Bloemendaal")
    d.K("ORG", "Arbo Unie")
    d.K("PROGRAMME", "Sportakkoord II")
    d.K("OFFICIAL", "wethouder Floor Roduner", "Floor Roduner")
    d.K("LAW", "Wet verbetering poortwachter")
    d.K("ADDRESS", "Zijlvest 39")
    d.K("CASE", "BZ-2026-31")
    d.K("ROLE", "beleidsadviseur Sport")
    return d


def bg18():
    d = Doc("bg18_sollicitatie_afwijzing_breda", "lo")
    d.add("lh", ["Gemeente Breda", "", "⟦Mevrouw drs. S.E. Brouwer-Pinas⟧", "⟦Valkenierslaan 4⟧", "⟦4835 BL Breda⟧"],
          ["Claudius Prinsenlaan 10", "4811 DJ Breda", "Telefoon 14 076", "werkenbij@breda.nl", "",
           "Datum 26 oktober 2026", "Vacature 2026-0143"])
    d.add("p", "Onderwerp: uw sollicitatie naar de functie beleidsadviseur Jeugd (vacature 2026-0143)")
    d.add("p", "Beste ⟦Sarah⟧,")
    d.add("p", "Hartelijk dank voor je sollicitatie en het gesprek op 19 oktober met de selectiecommissie. De commissie "
               "bestond uit ⟦Marieke Veldkamp⟧ (teamleider Jeugd), ⟦Oğuz Şimşek⟧ (HR-adviseur) en ⟦Tom Ligtvoet⟧ "
               "(lid ondernemingsraad). Wij hebben na zorgvuldige afweging gekozen voor een andere kandidaat, "
               "die meer ervaring heeft met de inkoop van jeugdhulp in de regio West-Brabant Oost.")
    d.add("p", "Je gaf in het gesprek aan dat je ⟦vanwege je chronische darmziekte (colitis ulcerosa)⟧ behoefte hebt aan "
               "thuiswerken. Wij willen benadrukken dat dit op geen enkele wijze een rol heeft gespeeld in ons besluit. "
               "De procedure volgt de Sollicitatiecode van de NVP. Je gegevens bewaren wij vier weken, tenzij je "
               "toestemming geeft voor een jaar.")
    d.add("p", "Wil je een toelichting, bel dan met ⟦Oğuz Şimşek⟧ op ⟦076 529 3418⟧ of mail ⟦o.simsek@breda.nl⟧.")
    d.add("p", "Met vriendelijke groet,")
    d.add("sig", ["⟦Marieke Veldkamp⟧", "teamleider Jeugd"])
    d.meta = {"Author": "⟦Şimşek, O.⟧"}
    d.R("PERSON", "S.E. Brouwer-Pinas", "S.E. Brouwer-Pinas", "Brouwer-Pinas", "Sarah")
    d.R("ADDRESS", "Valkenierslaan 4, 4835 BL Breda", "Valkenierslaan 4", "4835 BL")
    d.R("PERSON", "Marieke Veldkamp", "Marieke Veldkamp", "Veldkamp")
    d.R("PERSON", "Oğuz Şimşek", "Oğuz Şimşek", "Şimşek", "Oğuz")
    d.R("PERSON", "Tom Ligtvoet", "Tom Ligtvoet", "Ligtvoet")
    d.R("HEALTH", "colitis ulcerosa", "colitis ulcerosa", "chronische darmziekte")
    d.R("PHONE", "076 529 3418")
    d.R("EMAIL", "o.simsek@breda.nl")
    d.K("ORG", "Gemeente Breda")
    d.K("ADDRESS", "Claudius Prinsenlaan 10")
    d.K("PHONE", "14 076")
    d.K("EMAIL", "werkenbij@breda.nl")
    d.K("CASE", "vacature 2026-0143", "2026-0143")
    d.K("ORG", "NVP")
    d.K("ROLE", "beleidsadviseur Jeugd")
    d.K("ROLE", "teamleider Jeugd")
    d.K("ROLE", "HR-adviseur")
    return d


def bg19():
    d = Doc("bg19_integriteitsonderzoek_rapport", "rl", font="serif")
    d.footer = "Rapport integriteitsonderzoek INT-2026-04 - vertrouwelijk - gemeente Haarlemmermeer"
    d.add("org", "Gemeente Haarlemmermeer")
    d.add("h1", "Rapport integriteitsonderzoek INT-2026-04")
    d.add("p", "{i}Geanonimiseerde versie voor de gemeentesecretaris. Namen van melder, getuigen en betrokkene zijn "
               "vervangen door aanduidingen.{/i}")
    d.add("kv", [("Opdrachtgever", "gemeentesecretaris mr. Hanneke Ruijs-Bartels"),
                 ("Onderzoekers", "⟦drs. L.M. Hermans⟧ en ⟦R. Baldewsingh MSc⟧ (Bureau Integriteit)"),
                 ("Periode", "mei - september 2026"),
                 ("Kader", "Ambtenarenwet 2017 art. 4; Gedragscode integriteit Haarlemmermeer 2023; Awb")], 0.22)
    d.add("h2", "1. Aanleiding")
    d.add("p", "Op 29 april 2026 meldde een medewerker (hierna: de melder) bij de vertrouwenspersoon integriteit dat "
               "een projectleider van de afdeling Ruimtelijke Ontwikkeling (hierna: betrokkene) geschenken zou hebben "
               "aangenomen van Aannemingsbedrijf Heddes Bouw & Ontwikkeling B.V. Na een vooronderzoek gaf de "
               "gemeentesecretaris, mr. Ruijs-Bartels, op 12 mei 2026 opdracht tot dit onderzoek. Burgemeester "
               "Marianne Schuurmans-Wijdeven is geïnformeerd.")
    d.add("h2", "2. Verloop")
    d.add("p", "De onderzoekers spraken met de melder, drie getuigen en betrokkene. Alle gesprekken zijn opgenomen "
               "en uitgewerkt; de verslagen zijn door de geïnterviewden gecorrigeerd. Betrokkene werd bijgestaan door "
               "zijn advocaat, ⟦mr. F. van Rijswijk⟧ (⟦Van Rijswijk Arbeidsrecht⟧, Rijswijk).")
    d.add("h2", "3. Bevindingen")
    d.add("p", "3.1 Uit de agenda van betrokkene blijkt dat hij in 2025 vijfmaal lunchte met de directeur van "
               "Heddes, de heer ⟦Joost Heddes⟧. In een WhatsApp-bericht van 14 november 2025 schrijft betrokkene aan "
               "getuige 2: \u201c⟦Koen⟧, ik heb die kaartjes voor Ajax van ⟦Joost⟧ gekregen, ga je mee?\u201d. "
               "Getuige 2 (⟦K. Dijkhuizen⟧, projectsecretaris) bevestigt dit.")
    d.add("p", "3.2 Betrokkene verklaarde dat de kaartjes een \u2018attentie\u2019 waren met een waarde onder de "
               "€ 50. De onderzoekers stelden vast dat het ging om een skybox-arrangement met een waarde van "
               "circa € 1.100. Getuige 3 (⟦mevrouw A. Dijkhuizen-Oprel⟧, partner van getuige 2) was ook aanwezig.")
    d.add("p", "3.3 Betrokkene gaf aan dat hij in die periode onder grote druk stond ⟦door de ziekte van zijn vrouw "
               "(borstkanker)⟧ en ⟦alcoholproblemen⟧.")
    d.add("pb")
    d.add("h2", "4. Conclusies")
    d.add("p", "Het vermoeden van een integriteitsschending is bevestigd. Betrokkene heeft geschenken aangenomen boven "
               "de norm van de gedragscode en dit niet gemeld. Er zijn geen aanwijzingen dat gunning is beïnvloed: "
               "het werk aan het Hoofddorp Centrum-project werd Europees aanbesteed. De onderzoekers adviseren "
               "disciplinaire maatregelen en ⟦aangifte wegens ambtelijke omkoping (artikel 363 Sr)⟧ te overwegen.")
    d.add("h2", "5. Ondertekening")
    d.add("tbl", [["Naam", "Rol", "Datum", "Paraaf"],
                  ["⟦drs. L.M. Hermans⟧", "onderzoeker", "30-09-2026", "⟦LMH⟧"],
                  ["⟦R. Baldewsingh MSc⟧", "onderzoeker", "30-09-2026", "⟦RB⟧"],
                  ["mr. H. Ruijs-Bartels", "gemeentesecretaris / algemeen directeur", "02-10-2026", "gezien"]],
          [0.3, 0.4, 0.15, 0.15])
    d.add("p", "Bijlagen: gespreksverslagen (niet openbaar), WhatsApp-berichten, offerte skybox. Betrokkene is "
               "op 5 oktober 2026 in de gelegenheid gesteld te reageren (artikel 4:8 Awb).")
    d.notes = [(0, 480, 700, "Naam ⟦Koen⟧ in 3.1 nog weglakken! ⟦LMH⟧", "⟦Lieke Hermans⟧")]
    d.meta = {"Author": "⟦Hermans, L.M.⟧", "Title": "Integriteitsonderzoek ⟦Van der Plank⟧ concept"}
    d.R("PERSON", "L.M. (Lieke) Hermans", "L.M. Hermans", "Hermans", "LMH", "Lieke")
    d.R("PERSON", "R. Baldewsingh", "Baldewsingh", "RB")
    d.R("PERSON", "F. van Rijswijk (advocaat)", "F. van Rijswijk", "Van Rijswijk Arbeidsrecht", ("Rijswijk", True))
    d.R("PERSON", "Joost Heddes", "Joost Heddes", "Joost")
    d.R("PERSON", "Koen Dijkhuizen (getuige 2)", "Koen", "K. Dijkhuizen")
    d.R("PERSON", "A. Dijkhuizen-Oprel (getuige 3)", "Dijkhuizen-Oprel")
    d.R("HEALTH", "borstkanker; alcoholproblemen", "borstkanker", "alcoholproblemen")
    d.R("CRIMINAL", "aangifte wegens ambtelijke omkoping", "ambtelijke omkoping")
    d.R("PERSON", "betrokkene's name in metadata", "Van der Plank")
    d.K("ORG", "Gemeente Haarlemmermeer")
    d.K("OFFICIAL", "gemeentesecretaris mr. Hanneke Ruijs-Bartels", "Hanneke Ruijs-Bartels", "Ruijs-Bartels")
    d.K("OFFICIAL", "Burgemeester Marianne Schuurmans-Wijdeven", "Marianne Schuurmans-Wijdeven")
    d.K("ORG", "Aannemingsbedrijf Heddes Bouw & Ontwikkeling B.V.", "Heddes Bouw & Ontwikkeling")
    d.K("ORG", "Bureau Integriteit")
    d.K("LAW", "Ambtenarenwet 2017")
    d.K("PROGRAMME", "Hoofddorp Centrum")
    d.K("CASE", "INT-2026-04")
    d.K("ROLE", "projectleider")
    d.K("ROLE", "projectsecretaris")
    d.K("ANON", "betrokkene")
    d.K("ANON", "getuige 2")
    return d


def bg20():
    d = Doc("bg20_mandaatregister_amersfoort", "lo")
    d.add("org", "Gemeente Amersfoort - Mandaatregister 2026")
    d.add("p", "Vastgesteld door het college van burgemeester en wethouders op 13 januari 2026 en door de burgemeester "
               "voor zijn eigen bevoegdheden. Bijgehouden door Juridische Zaken, juridischezaken@amersfoort.nl. "
               "Ondertekend: de secretaris, drs. Bas Heemskerk; de burgemeester, Marit Verheul-Dijkstra.")
    d.add("tbl", [["Nr", "Bevoegdheid", "Grondslag", "Gemandateerde", "Ondermandaat / bijzonderheden"],
                  ["1.1", "Besluiten op aanvragen maatwerkvoorziening", "Wmo 2015, art. 2.3.5", "teamleider Toegang Wmo",
                   "Wmo-consulenten, tot € 25.000 per jaar"],
                  ["1.2", "Besluiten jeugdhulp (individuele voorziening)", "Jeugdwet, art. 2.3", "teamleider Jeugd",
                   "jeugdconsulenten"],
                  ["2.1", "Bijstand levensonderhoud", "Participatiewet, art. 43", "manager Werk en Inkomen",
                   "ondermandaat aan ⟦J. Koster⟧ (senior consulent) bij afwezigheid"],
                  ["2.2", "Terugvordering en verhaal", "Participatiewet, art. 58-62", "manager Werk en Inkomen",
                   "boven € 10.000: medeparaaf ⟦mr. drs. R.T.A. Wijngaarden-Lodewijks⟧"],
                  ["3.1", "Besluiten BRP (adresonderzoek)", "Wet BRP, art. 2.22", "teamleider Burgerzaken",
                   "tijdelijk (tot 1-7-2026) ook ⟦Anke\nSchimmelpenninck⟧"],
                  ["4.1", "Omgevingsvergunning (reguliere procedure)", "Omgevingswet, art. 16.64", "manager VTH",
                   "vergunningverleners"],
                  ["5.1", "Ontslag en schorsing personeel (tot schaal 10)", "Gemeentewet, art. 160", "gemeentesecretaris",
                   "na advies HR; bij ziekte eerst bedrijfsarts"],
                  ["5.2", "Ondertekening arbeidsovereenkomsten", "Gemeentewet, art. 160", "directeur Bedrijfsvoering",
                   "niet voor ⟦eigen familieleden⟧ (zie melding ⟦Wijngaarden-Lodewijks⟧ d.d. 3-3-2026)"]],
          [0.05, 0.3, 0.18, 0.18, 0.29])
    d.add("p", "Wijzigingen sinds de vorige versie: regel 3.1 tijdelijke uitbreiding; regel 2.2 medeparaaf. "
               "Contact: team Juridische Zaken, telefoon 14 033.")
    d.R("PERSON", "J. Koster", "J. Koster", "Koster")
    d.R("PERSON", "R.T.A. Wijngaarden-Lodewijks", "R.T.A. Wijngaarden-Lodewijks", "Wijngaarden-Lodewijks")
    d.R("PERSON", "Anke Schimmelpenninck", "Anke", "Schimmelpenninck")
    d.R("RELATION", "eigen familieleden (melding)", "eigen familieleden")
    d.K("ORG", "Gemeente Amersfoort")
    d.K("OFFICIAL", "de secretaris, drs. Bas Heemskerk", "Bas Heemskerk")
    d.K("OFFICIAL", "de burgemeester, Marit Verheul-Dijkstra", "Marit Verheul-Dijkstra")
    d.K("EMAIL", "juridischezaken@amersfoort.nl")
    d.K("LAW", "Wmo 2015")
    d.K("LAW", "Jeugdwet")
    d.K("LAW", "Participatiewet")
    d.K("LAW", "Omgevingswet")
    d.K("LAW", "Gemeentewet")
    d.K("ROLE", "teamleider Burgerzaken")
    d.K("ROLE", "manager Werk en Inkomen")
    d.K("ROLE", "senior consulent")
    d.K("PHONE", "14 033")
    return d


DOCS = [bg13, bg14, bg15, bg16, bg17, bg18, bg19, bg20]
