"""Social domain: Wmo, jeugdhulp, schuldhulpverlening, Participatiewet, wijkteam."""
from lib import Doc


def bg07():
    d = Doc("bg07_wmo_beschikking_tilburg", "lo")
    d.add("lh", ["Gemeente Tilburg", "Wmo en Jeugd", "", "⟦De heer F.C.M. van Iersel⟧", "⟦Ringbaan-Oost 212⟧", "⟦5013 CD Tilburg⟧"],
          ["Stadhuisplein 130", "Postbus 90155, 5000 LH Tilburg", "Telefoon 14 013", "wmo@tilburg.nl"])
    d.add("kv", [("Datum", "3 november 2026"), ("Ons kenmerk", "WMO-2026-33871"), ("BSN", "⟦166554698⟧"),
                 ("Behandeld door", "⟦Sanne Ouwerkerk⟧, Wmo-consulent"), ("Onderwerp", "besluit op uw melding Wmo 2015")])
    d.add("p", "Geachte heer ⟦Van Iersel⟧,")
    d.add("p", "Op 14 oktober 2026 hebben wij met u en uw dochter ⟦Miranda van Iersel⟧, die uw mantelzorger is, "
               "een keukentafelgesprek gevoerd bij u thuis. U vertelde dat het huishouden u sinds de diagnose "
               "⟦COPD (longemfyseem) en beginnende dementie⟧ niet meer lukt en dat u buiten niet verder komt dan de "
               "brievenbus. In dit besluit leest u wat wij hebben besloten op grond van de Wet maatschappelijke "
               "ondersteuning 2015 (Wmo 2015) en de Verordening maatschappelijke ondersteuning gemeente Tilburg 2025.")
    d.add("h2", "Besluit")
    d.add("tbl", [["Voorziening", "Besluit", "Ingangsdatum", "Aanbieder"],
                  ["Huishoudelijke ondersteuning (HO2), 3 uur per week", "toegekend, in natura", "16-11-2026", "Thebe Thuiszorg"],
                  ["Scootmobiel", "afgewezen", "-", "-"],
                  ["Maaltijdvoorziening", "algemene voorziening", "-", "Tafeltje Dekje Tilburg"]],
          [0.4, 0.22, 0.16, 0.22])
    d.add("p", "De scootmobiel wijzen wij af, omdat uw longarts (⟦dr. Ö. Kaya⟧, ETZ) heeft geadviseerd dat u zich "
               "⟦wegens zuurstofgebruik⟧ niet zelfstandig in het verkeer begeeft. Voor vervoer kunt u gebruikmaken van "
               "Regiotaxi Hart van Brabant.")
    d.add("p", "Voor de huishoudelijke ondersteuning betaalt u een eigen bijdrage van ten hoogste € 21,80 per maand. "
               "Het CAK stelt deze vast en int haar.")
    d.add("h2", "Bezwaar")
    d.add("p", "Bent u het niet eens met dit besluit, dan kunt u binnen zes weken bezwaar maken bij het college van "
               "burgemeester en wethouders (artikel 6:7 Algemene wet bestuursrecht). Bel gerust eerst met 14 013.")
    d.add("p", "Met vriendelijke groet,\nnamens het college van burgemeester en wethouders van Tilburg,")
    d.add("sig", ["⟦S. Ouwerkerk⟧", "Wmo-consulent"])
    d.add("small", "Afschrift: Thebe Thuiszorg (alleen de toegekende voorziening)")
    d.meta = {"Author": "⟦Ouwerkerk, S. (Sanne)⟧", "Subject": "Beschikking Wmo ⟦van Iersel⟧"}
    d.R("PERSON", "F.C.M. van Iersel", "F.C.M. van Iersel", "Iersel")
    d.R("ADDRESS", "Ringbaan-Oost 212, 5013 CD Tilburg", "Ringbaan-Oost 212", "5013 CD Tilburg")
    d.R("BSN", "166554698")
    d.R("PERSON", "Sanne Ouwerkerk", "Sanne Ouwerkerk", "Ouwerkerk", "Sanne")
    d.R("PERSON", "Miranda van Iersel", "Miranda van Iersel", "Miranda")
    d.R("HEALTH", "COPD (longemfyseem) en beginnende dementie", "COPD", "longemfyseem", "beginnende dementie")
    d.R("PERSON", "dr. Ö. Kaya", "Kaya")
    d.R("HEALTH", "zuurstofgebruik")
    d.K("ORG", "Gemeente Tilburg")
    d.K("LAW", "Wet maatschappelijke ondersteuning 2015")
    d.K("LAW", "Wmo 2015")
    d.K("LAW", "Algemene wet bestuursrecht")
    d.K("ORG", "Thebe Thuiszorg")
    d.K("ORG", "CAK")
    d.K("ORG", "ETZ")
    d.K("ORG", "Regiotaxi Hart van Brabant")
    d.K("PHONE", "14 013")
    d.K("EMAIL", "wmo@tilburg.nl")
    d.K("ADDRESS", "Stadhuisplein 130")
    d.K("CASE", "WMO-2026-33871")
    d.K("ROLE", "Wmo-consulent")
    return d


def bg08():
    d = Doc("bg08_keukentafel_jeugdhulp_groningen", "rl")
    d.add("lh", ["{b}WIJ Groningen{/b}", "team WIJ Beijum, Wielewaal 70", "Verslag keukentafelgesprek (Jeugdwet)"],
          ["Zaaknummer JW-2026-08812", "Datum gesprek 29 september 2026", "Locatie: bij het gezin thuis",
           "Opgesteld door: ⟦Marloes ten Brinke⟧, WIJ-medewerker jeugd", "Mobiel: ⟦06 18 22 90 47⟧",
           "Algemeen: 050 367 5700"])
    d.add("h2", "Gezinssamenstelling")
    d.add("tbl", [["Naam", "Relatie", "Geboortedatum", "Bijzonderheden"],
                  ["⟦Jolanda\nNijenhuis⟧", "moeder, gezag", "⟦11-02-1988⟧", "⟦behandeld voor depressie (Lentis)⟧"],
                  ["⟦Roy Wubs⟧", "partner moeder", "⟦27-07-1985⟧", "⟦tot maart 2025 gedetineerd⟧"],
                  ["⟦Jayden Nijenhuis⟧", "zoon", "⟦04-05-2014⟧", "Dr. Aletta Jacobs College, 1e klas"],
                  ["⟦Lieke Wubs⟧", "dochter", "⟦19-12-2018⟧", "obs De Bolderbaan, groep 4"]],
          [0.24, 0.18, 0.16, 0.42])
    d.add("h2", "Hulpvraag")
    d.add("p", "Moeder vraagt hulp omdat ⟦Jayden⟧ sinds de overstap naar het voortgezet onderwijs niet meer naar "
               "school wil. Hij slaapt slecht en heeft ⟦paniekaanvallen⟧. De huisarts (⟦praktijk Brink, dr. Abasi⟧) "
               "heeft hem verwezen naar Accare. Tussen ⟦Roy⟧ en ⟦Jayden⟧ zijn regelmatig ruzies. Er is geen sprake "
               "van onveiligheid; Veilig Thuis Groningen is niet ingeschakeld.")
    d.add("h2", "Afspraken")
    d.add("p", "1. WIJ Groningen zet ambulante jeugdhulp in (Jeugdwet artikel 2.3) via Elker, 12 weken, 2 uur per week. "
               "2. ⟦Marloes⟧ overlegt met de leerplichtambtenaar en de zorgcoördinator van het Dr. Aletta Jacobs College. "
               "3. Evaluatie op 8 december 2026 met ⟦mevrouw Nijenhuis⟧ en ⟦de heer Wubs⟧.")
    d.add("p", "Het gezin is gewezen op de mogelijkheid van een onafhankelijke cliëntondersteuner (MEE Groningen). "
               "Moeder heeft het verslag gelezen en is akkoord. Het dossier valt onder het beleid van wethouder "
               "Jorien Stapert (Zorg en Welzijn); voor vragen over beleid: jeugd@groningen.nl.")
    d.add("sig", ["⟦M. ten Brinke⟧", "WIJ-medewerker jeugd"])
    d.notes = [(0, 520, 60, "Moeder wil niet dat ⟦Roy⟧ het verslag krijgt. ⟦MtB⟧", "⟦Marloes ten Brinke⟧")]
    d.R("PERSON", "Marloes ten Brinke", "Marloes ten Brinke", "ten Brinke", "Marloes", "MtB")
    d.R("PHONE", "06 18 22 90 47")
    d.R("PERSON", "Jolanda Nijenhuis", "Jolanda", "Nijenhuis")
    d.R("DATE_OF_BIRTH", "11-02-1988")
    d.R("HEALTH", "depressie (Lentis)", "depressie")
    d.R("PERSON", "Roy Wubs", "Roy Wubs", "Roy", "Wubs")
    d.R("DATE_OF_BIRTH", "27-07-1985")
    d.R("CRIMINAL", "tot maart 2025 gedetineerd", "gedetineerd")
    d.R("PERSON", "Jayden Nijenhuis", "Jayden")
    d.R("DATE_OF_BIRTH", "04-05-2014")
    d.R("PERSON", "Lieke Wubs", "Lieke")
    d.R("DATE_OF_BIRTH", "19-12-2018")
    d.R("HEALTH", "paniekaanvallen")
    d.R("PERSON", "dr. Abasi (huisarts)", "Abasi", "praktijk Brink")
    d.K("ORG", "WIJ Groningen")
    d.K("LAW", "Jeugdwet")
    d.K("ADDRESS", "Wielewaal 70")
    d.K("CASE", "JW-2026-08812")
    d.K("PHONE", "050 367 5700")
    d.K("SCHOOL", "Dr. Aletta Jacobs College")
    d.K("SCHOOL", "obs De Bolderbaan", "De Bolderbaan")
    d.K("ORG", "Accare")
    d.K("ORG", "Veilig Thuis Groningen")
    d.K("ORG", "Elker")
    d.K("ORG", "MEE Groningen")
    d.K("OFFICIAL", "wethouder Jorien Stapert", "Jorien Stapert")
    d.K("EMAIL", "jeugd@groningen.nl")
    d.K("ROLE", "WIJ-medewerker jeugd")
    return d


def bg09():
    d = Doc("bg09_budgetplan_schuldhulp_denhaag", "rl", pagesize="A4L", font="cond")
    d.add("lh", ["{b}Gemeente Den Haag{/b}  -  Dienst SZW, Schuldhulpverlening", "Budgetplan en schuldenoverzicht (Wgs)"],
          ["Zaaknummer SHV-2026-51147", "Spui 70, 2511 BT Den Haag", "Telefoon 070 353 7500 (keuze 3)",
           "Budgetcoach: ⟦Ilse Roodbeen⟧", "⟦i.roodbeen@denhaag.nl⟧"], 0.6)
    d.add("kv", [("Aanvrager", "⟦Esther Zoetermeer⟧, geboren ⟦8 mei 1979⟧, BSN ⟦906893197⟧"),
                 ("Partner", "⟦Dennis Winter⟧, geboren ⟦30 november 1976⟧, BSN ⟦489852737⟧"),
                 ("Adres", "⟦Hoefkade 412⟧, ⟦2526 CH Den Haag⟧"),
                 ("Rekening (beheer)", "⟦NL80 INGB 6192 2530 55⟧ t.n.v. ⟦E. Zoetermeer⟧"),
                 ("Leefgeldrekening", "⟦NL14 RABO 7043 9640 39⟧")], 0.18)
    d.add("h2", "Inkomsten en uitgaven per maand")
    d.add("tbl", [["Inkomsten", "Bedrag", "Vaste lasten", "Bedrag"],
                  ["Participatiewet-uitkering (gezin)", "€ 1.894,12", "Huur Staedion", "€ 782,40"],
                  ["Zorgtoeslag (Dienst Toeslagen)", "€ 246,00", "Energie Eneco", "€ 168,00"],
                  ["Huurtoeslag", "€ 301,00", "Zorgverzekering Zilveren Kruis", "€ 296,90"],
                  ["Kindgebonden budget", "€ 212,17", "Leefgeld (wekelijks € 95)", "€ 411,67"],
                  ["Totaal", "€ 2.653,29", "Totaal", "€ 1.658,97"]],
          [0.32, 0.13, 0.4, 0.15])
    d.add("h2", "Schuldeisers")
    d.add("tbl", [["Nr", "Schuldeiser", "Kenmerk schuldeiser", "Bedrag", "Status"],
                  ["1", "Belastingdienst (inkomstenbelasting 2023)", "8832.41.207.H.36", "€ 3.412,00", "akkoord"],
                  ["2", "CJIB (verkeersboetes)", "CJIB 1099 2783 3345", "€ 1.186,00", "buiten regeling"],
                  ["3", "DUO (studieschuld ⟦D. Winter⟧)", "DUO-ZK 7710", "€ 12.880,55", "draagkrachtmeting"],
                  ["4", "Staedion (huurachterstand)", "HA-20418", "€ 2.347,20", "akkoord"],
                  ["5", "Intrum namens Vodafone", "INT-6612093", "€ 641,73", "in onderhandeling"],
                  ["6", "⟦J.P. Winter⟧ (broer, privélening)", "geen", "€ 2.500,00", "akkoord"]],
          [0.05, 0.38, 0.22, 0.13, 0.22], {"small": True})
    d.add("p", "Afloscapaciteit volgens de Recofa-methode: € 187,40 per maand gedurende 18 maanden. Aanvrager heeft "
               "⟦een gokverslaving gehad (behandeld bij Parnassia, 2024)⟧; met haar is afgesproken dat het leefgeld "
               "wekelijks wordt overgemaakt. Schuldregeling via de Kredietbank Den Haag; besluit conform de "
               "Wet gemeentelijke schuldhulpverlening.")
    d.add("kv", [("Akkoord aanvrager", "⟦E. Zoetermeer⟧, 12-11-2026"), ("Akkoord partner", "⟦D. Winter⟧, 12-11-2026"),
                 ("Budgetcoach", "⟦I. Roodbeen⟧")], 0.18)
    d.R("PERSON", "Ilse Roodbeen", "Ilse Roodbeen", "Roodbeen")
    d.R("EMAIL", "i.roodbeen@denhaag.nl")
    d.R("PERSON", "Esther Zoetermeer", "Esther Zoetermeer", "E. Zoetermeer", ("Zoetermeer", True))
    d.R("DATE_OF_BIRTH", "8 mei 1979")
    d.R("BSN", "906893197")
    d.R("PERSON", "Dennis Winter", "Dennis Winter", "D. Winter")
    d.R("DATE_OF_BIRTH", "30 november 1976")
    d.R("BSN", "489852737")
    d.R("ADDRESS", "Hoefkade 412, 2526 CH Den Haag", "Hoefkade 412", "2526 CH")
    d.R("IBAN", "NL80 INGB 6192 2530 55")
    d.R("IBAN", "NL14 RABO 7043 9640 39")
    d.R("PERSON", "J.P. Winter", "J.P. Winter")
    d.R("HEALTH", "gokverslaving, behandeld bij Parnassia", "gokverslaving")
    d.K("ORG", "Gemeente Den Haag")
    d.K("ADDRESS", "Spui 70")
    d.K("CASE", "SHV-2026-51147")
    d.K("PHONE", "070 353 7500")
    d.K("ORG", "Staedion")
    d.K("ORG", "Eneco")
    d.K("ORG", "Zilveren Kruis")
    d.K("ORG", "Belastingdienst")
    d.K("ORG", "CJIB")
    d.K("ORG", "DUO")
    d.K("ORG", "Intrum")
    d.K("ORG", "Kredietbank Den Haag")
    d.K("LAW", "Wet gemeentelijke schuldhulpverlening")
    d.K("LAW", "Participatiewet")
    d.K("ROLE", "Budgetcoach")
    return d


def bg10():
    d = Doc("bg10_terugvordering_participatiewet_rotterdam", "lo", font="serif")
    d.add("org", "Gemeente Rotterdam")
    d.add("small", "Maatschappelijke Ontwikkeling  |  Werk en Inkomen  |  Postbus 70012, 3000 KP Rotterdam  |  14 010")
    d.add("p", "Aangetekend\n⟦Mevrouw G.J. Koster-Stam⟧\n⟦Schiedamseweg 88 B⟧\n⟦3025 AC Rotterdam⟧")
    d.add("kv", [("Datum", "24 november 2026"), ("Ons kenmerk", "WI/HH/2026/7719"), ("Uw BSN", "⟦549697767⟧"),
                 ("Onderwerp", "intrekking, herziening en terugvordering bijstand"),
                 ("Contact", "Team Handhaving Werk en Inkomen, telefoon 14 010")])
    d.add("p", "Geachte mevrouw ⟦Koster-Stam⟧,")
    d.add("p", "U ontvangt sinds 1 februari 2022 een bijstandsuitkering voor een alleenstaande op grond van de "
               "Participatiewet. Naar aanleiding van een anonieme tip heeft sociaal rechercheur ⟦Y. Demir⟧ "
               "een onderzoek ingesteld. Uit de waarnemingen op 6, 9 en 15 september 2026 (de auto van "
               "⟦de heer P.A. Verbeek⟧, kenteken ⟦GX-418-R⟧, stond telkens 's nachts voor uw woning), het "
               "energieverbruik en uw verklaring van 2 oktober 2026 blijkt dat u sinds 1 mei 2024 een gezamenlijke "
               "huishouding voert met ⟦de heer Verbeek⟧ (geboren ⟦17 juni 1974⟧).")
    d.add("h2", "Besluit")
    d.add("p", "1. Wij herzien uw uitkering met ingang van 1 mei 2024 en trekken haar in per 1 december 2026 "
               "(artikel 54, derde lid, Participatiewet). 2. Wij vorderen € 14.382,17 bruto van u terug (artikel 58 "
               "Participatiewet); de heer ⟦Verbeek⟧ is hoofdelijk aansprakelijk (artikel 59). 3. U ontvangt een apart "
               "besluit over een bestuurlijke boete (artikel 18a). Omdat het benadelingsbedrag lager is dan € 50.000 "
               "doen wij ⟦geen aangifte bij het Openbaar Ministerie, maar wel registratie in het Inlichtingenbureau⟧.")
    d.add("p", "U kunt het bedrag overmaken op rekening NL46 BNGH 0285 0017 25 van de gemeente Rotterdam onder "
               "vermelding van het kenmerk. Wij verrekenen niet met uw rekening ⟦NL25 SNSB 8036 6109 22⟧.")
    d.add("p", "Bezwaar: binnen zes weken, Algemene wet bestuursrecht artikel 6:7. Vragen: 14 010.")
    d.add("p", "Met vriendelijke groet,\nnamens het college van burgemeester en wethouders,\nde teamleider Handhaving Werk en Inkomen,")
    d.add("sig", ["⟦A.H. Boele⟧"])
    d.meta = {"Author": "⟦Demir, Yusuf⟧"}
    d.R("PERSON", "G.J. Koster-Stam", "G.J. Koster-Stam", "Koster-Stam")
    d.R("ADDRESS", "Schiedamseweg 88 B, 3025 AC Rotterdam", "Schiedamseweg 88 B", "3025 AC Rotterdam")
    d.R("BSN", "549697767")
    d.R("PERSON", "Yusuf Demir", "Demir", "Yusuf")
    d.R("PERSON", "P.A. Verbeek", "P.A. Verbeek", "Verbeek")
    d.R("ID", "kenteken GX-418-R", "GX-418-R")
    d.R("DATE_OF_BIRTH", "17 juni 1974")
    d.R("CRIMINAL", "aangifte / Inlichtingenbureau", "Inlichtingenbureau")
    d.R("IBAN", "NL25 SNSB 8036 6109 22")
    d.R("PERSON", "A.H. Boele", "A.H. Boele", "Boele")
    d.K("ORG", "Gemeente Rotterdam")
    d.K("LAW", "Participatiewet")
    d.K("LAW", "Algemene wet bestuursrecht")
    d.K("CASE", "WI/HH/2026/7719")
    d.K("PHONE", "14 010")
    d.K("ORG", "Team Handhaving Werk en Inkomen")
    d.K("ROLE", "sociaal rechercheur")
    d.K("ROLE", "teamleider Handhaving Werk en Inkomen")
    d.K("IBAN", "NL46 BNGH 0285 0017 25 (gemeente)", "NL46 BNGH 0285 0017 25")
    return d


def bg11():
    d = Doc("bg11_casusoverleg_wijkteam_leeuwarden", "rl", font="cond")
    d.add("h1", "Verslag multidisciplinair casusoverleg - Sociaal Wijkteam Leeuwarden-Oost")
    d.add("kv", [("Datum", "12 november 2026, 09.00 uur, wijkcentrum De Schakel, Archipelweg 36"),
                 ("Casus", "gezin ⟦Postma⟧ (casusnummer SWT-O-2026-144)"),
                 ("Aanwezig", "⟦Sjoukje Hiemstra⟧ (casusregisseur, voorzitter), ⟦Wieke van Dokkum⟧ (VNN), "
                              "⟦Rutger Bosma⟧ (Elkien, woonconsulent), ⟦H. Kuipers⟧ (Leger des Heils), "
                              "wijkagent ⟦Ferdinand Ate de Boer⟧, ⟦Eelke⟧ (stagiair, notulen)"),
                 ("Locatie Dokkum", "niet aanwezig (team Noordoost-Fryslân, Dokkum)")], 0.18)
    d.add("h2", "1. Stand van zaken")
    d.add("p", "⟦Sjoukje⟧ schetst de situatie. ⟦Klaas Postma⟧ (52) woont met zijn dochter ⟦Hinke⟧ (16) in een "
               "huurwoning van Elkien aan de ⟦Vlietzone 19⟧. Er is een huurachterstand van drie maanden. ⟦Klaas⟧ is "
               "bekend bij VNN ⟦in verband met alcoholgebruik⟧ en heeft ⟦diabetes type 2⟧. ⟦Wieke⟧ meldt dat hij "
               "sinds oktober niet meer op afspraken komt.")
    d.add("p", "De wijkagent meldt ⟦twee meldingen van burengerucht en een aanhouding op 3 november wegens "
               "openlijke geweldpleging⟧. ⟦F.A. de Boer⟧ adviseert een gesprek met Veilig Thuis Friesland over "
               "de positie van ⟦Hinke⟧.")
    d.add("h2", "2. Afspraken")
    d.add("tbl", [["Wat", "Wie", "Wanneer"],
                  ["Huisbezoek samen met woonconsulent", "⟦SH⟧ +\n⟦R. Bosma⟧", "19 nov"],
                  ["Betalingsregeling huur voorstellen", "Elkien (⟦Rutger⟧)", "26 nov"],
                  ["Contact mentor ⟦Hinke⟧ op Piter Jelles !mpulse", "⟦SH⟧", "20 nov"],
                  ["Consult Veilig Thuis Friesland", "⟦Ferdinand⟧", "15 nov"]],
          [0.55, 0.27, 0.18])
    d.add("p", "Toestemming voor gegevensdeling is op 5 november door ⟦de heer Postma⟧ getekend (Wmo 2015, "
               "artikel 5.2.1; Jeugdwet artikel 7.4.4). Volgend overleg: 10 december 2026. Het wijkteam valt onder "
               "wethouder Sjoerd Feitsma; vragen over de werkwijze: sociaalwijkteam@leeuwarden.nl of 14 058.")
    d.footer = "Vertrouwelijk - Sociaal Wijkteam Leeuwarden-Oost - SWT-O-2026-144"
    d.R("PERSON", "Klaas Postma", "Postma", "Klaas")
    d.R("PERSON", "Sjoukje Hiemstra", "Sjoukje Hiemstra", "Sjoukje", "SH")
    d.R("PERSON", "Wieke van Dokkum", "Wieke van Dokkum", "Wieke", ("Dokkum", True))
    d.R("PERSON", "Rutger Bosma", "Rutger Bosma", "Bosma", "Rutger")
    d.R("PERSON", "H. Kuipers", "Kuipers")
    d.R("PERSON", "Ferdinand Ate de Boer (wijkagent)", "Ferdinand Ate de Boer", "F.A. de Boer", "Ferdinand")
    d.R("PERSON", "Eelke (stagiair)", "Eelke")
    d.R("PERSON", "Hinke Postma", "Hinke")
    d.R("ADDRESS", "Vlietzone 19")
    d.R("HEALTH", "alcoholgebruik; diabetes type 2", "alcoholgebruik", "diabetes type 2")
    d.R("CRIMINAL", "aanhouding wegens openlijke geweldpleging", "openlijke geweldpleging", "burengerucht")
    d.K("ORG", "Sociaal Wijkteam Leeuwarden-Oost")
    d.K("ORG", "VNN")
    d.K("ORG", "Elkien")
    d.K("ORG", "Leger des Heils")
    d.K("ORG", "Veilig Thuis Friesland")
    d.K("SCHOOL", "Piter Jelles !mpulse", "Piter Jelles")
    d.K("ADDRESS", "Archipelweg 36")
    d.K("OFFICIAL", "wethouder Sjoerd Feitsma", "Sjoerd Feitsma")
    d.K("EMAIL", "sociaalwijkteam@leeuwarden.nl")
    d.K("PHONE", "14 058")
    d.K("ROLE", "casusregisseur")
    d.K("ROLE", "woonconsulent")
    return d


def bg12():
    d = Doc("bg12_rapport_handhaving_pw_enschede", "rl", font="serif")
    d.add("lh", ["{b}Gemeente Enschede{/b}", "Werk en Inkomen - Team Handhaving", "{b}Rapport van bevindingen{/b}"],
          ["Hengelosestraat 51", "7514 AD Enschede", "T 14 053", "", "Rapportnummer HH-2026-0457",
           "Opgemaakt door: ⟦M.J.H. (Maarten) Oude Luttikhuis⟧", "Toezichthouder handhaving, dienstnummer ⟦4418⟧"])
    d.add("h2", "Aanleiding")
    d.add("p", "Op 2 oktober 2026 kwam via het Inlichtingenbureau een signaal binnen dat aan ⟦Mustafa Yıldırım⟧ "
               "(BSN ⟦480820314⟧, geboren ⟦22-09-1990⟧), wonend ⟦Pathmossingel 7⟧, ⟦7513 CM Enschede⟧, loon is "
               "uitbetaald door Bouwbedrijf Ter Steege B.V. terwijl hij een uitkering op grond van de "
               "Participatiewet ontvangt.")
    d.add("h2", "Onderzoek")
    d.add("p", "Ik heb de loonstroken opgevraagd bij Ter Steege. Contactpersoon daar was de salarisadministrateur "
               "⟦mevrouw D. Vrielink⟧ (⟦053 428 7733⟧). Uit de gegevens blijkt dat ⟦Yıldırım⟧ van 7 juli tot en "
               "met 25 september 2026 in totaal 312 uur heeft gewerkt. Hij heeft dit niet gemeld (artikel 17 "
               "Participatiewet).")
    d.add("p", "Op 16 oktober 2026 heb ik betrokkene gehoord in aanwezigheid van zijn tolk ⟦A. Çelik⟧. Hij "
               "verklaarde dat hij het geld nodig had voor ⟦de behandeling van zijn zoon in het MST (hartoperatie)⟧. "
               "Ook verklaarde hij ⟦in 2019 veroordeeld te zijn voor heling⟧.")
    d.add("h2", "Conclusie")
    d.add("p", "Betrokkene heeft de inlichtingenplicht geschonden. Ik adviseer herziening over de periode "
               "juli-september 2026 en het opleggen van een bestuurlijke boete. Het rapport gaat ter beoordeling "
               "naar de teamleider ⟦Gerrit-Jan Nijland⟧.")
    d.add("sig", ["Enschede, 21 oktober 2026", "⟦M.J.H. Oude Luttikhuis⟧"])
    d.outline = [("Rapport ⟦Yıldırım⟧ HH-2026-0457", 0)]
    d.R("PERSON", "Maarten Oude Luttikhuis", "Oude Luttikhuis", "Maarten")
    d.R("ID", "dienstnummer 4418", "4418")
    d.R("PERSON", "Mustafa Yıldırım", "Mustafa Yıldırım", "Yıldırım")
    d.R("BSN", "480820314")
    d.R("DATE_OF_BIRTH", "22-09-1990")
    d.R("ADDRESS", "Pathmossingel 7, 7513 CM Enschede", "Pathmossingel 7", "7513 CM Enschede")
    d.R("PERSON", "D. Vrielink", "Vrielink")
    d.R("PHONE", "053 428 7733")
    d.R("PERSON", "A. Çelik", "Çelik")
    d.R("HEALTH", "hartoperatie zoon in MST", "hartoperatie")
    d.R("CRIMINAL", "in 2019 veroordeeld voor heling", "heling")
    d.R("PERSON", "Gerrit-Jan Nijland", "Gerrit-Jan Nijland", "Nijland")
    d.K("ORG", "Gemeente Enschede")
    d.K("ORG", "Bouwbedrijf Ter Steege B.V.", "Ter Steege")
    d.K("ORG", "Inlichtingenbureau")
    d.K("LAW", "Participatiewet")
    d.K("ADDRESS", "Hengelosestraat 51")
    d.K("PHONE", "14 053")
    d.K("CASE", "HH-2026-0457")
    d.K("ROLE", "salarisadministrateur")
    return d


DOCS = [bg07, bg08, bg09, bg10, bg11, bg12]
