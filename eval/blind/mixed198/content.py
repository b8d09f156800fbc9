"""Invented content of set mixed198: dog bite in Zutphen and a muilkorf- en aanlijngebod."""
P, E, T, A, D, B, H, I, N = "PERSON", "EMAIL", "PHONE", "ADDRESS", "DATE_OF_BIRTH", "BSN", "HEALTH", "IBAN", "ID"

REDACT = [
    ("Dennis Brouwer", P, ["Dennis Brouwer", "D. Brouwer", "D.J. Brouwer", "Brouwer", "BROUWER", "Dennis"]),
    ("d.brouwer83@hotmail.com", E, ["d.brouwer83@hotmail.com"]),
    ("06-41 27 88 19", T, ["06-41 27 88 19", "0641278819"]),
    ("Kerkhofstraat 14b", A, ["Kerkhofstraat 14b", "7201 KL"]),
    ("12-03-1983", D, ["12-03-1983", "12 maart 1983"]),
    ("204118735", B, ["204118735"]),
    ("Yvonne ter Horst-Bakker", P, ["Yvonne ter Horst-Bakker", "Y. ter Horst", "Ter Horst", "ter Horst", "TER HORST", "Yvonne", "Bakker"]),
    ("Gerrit ter Horst", P, ["Gerrit ter Horst", "Gerrit"]),
    ("yvonne.terhorst@ziggo.nl", E, ["yvonne.terhorst@ziggo.nl"]),
    ("0575-523311", T, ["0575-523311", "0575 52 33 11"]),
    ("Berkelsingel 3", A, ["Berkelsingel 3", "7203 AB"]),
    ("5 mei 1961", D, ["5 mei 1961", "05-05-1961"]),
    ("317024596", B, ["317024596"]),
    ("bijtwond", H, ["bijtwond aan de rechteronderarm", "diepe bijtwond", "amoxicilline/clavulaanzuur",
                     "tetanusvaccinatie", "slaapproblemen", "angstklachten", "diabetes mellitus type 2",
                     "hechtingen"]),
    ("Meryem Çelik", P, ["Meryem Çelik", "M. Çelik", "Çelik", "01-058812"]),
    ("Sanne Oudejans", P, ["Sanne Oudejans", "S. Oudejans", "Oudejans", "Sanne", "sanne.oudejans@politie.nl", "06-12 98 44 07"]),
    ("Mehmet Yıldız", P, ["Mehmet Yıldız", "M. Yıldız", "Yıldız", "OON-48213"]),
    ("Kevin Lammers", P, ["Kevin Lammers", "K. Lammers", "Lammers", "Kevin", "k.lammers@zutphen.nl", "boa 4471"]),
    ("Priya Ramdin-Soekhai", P, ["Priya Ramdin-Soekhai", "P. Ramdin", "Ramdin-Soekhai", "Ramdin", "Priya", "p.ramdin@zutphen.nl", "boa 4486"]),
    ("Joost van 't Hek", P, ["Joost van 't Hek", "J. van 't Hek", "Van 't Hek", "van 't Hek", "Joost", "j.vanthek@zutphen.nl", "0575 58 23 61", "JvtH"]),
    ("Marieke Dijkstra", P, ["Marieke Dijkstra", "M. Dijkstra", "Dijkstra", "Marieke", "m.dijkstra@zutphen.nl", "toestel 2377", "MD"]),
    ("Ruud Smeenk", P, ["Ruud Smeenk", "R. Smeenk", "Smeenk", "Ruud", "r.smeenk@zutphen.nl", "+31 (0)6 2288 4310", "RS"]),
    ("Anouk Verbeek-Nijhof", P, ["Anouk Verbeek-Nijhof", "A. Verbeek-Nijhof", "Verbeek-Nijhof", "a.verbeek@zutphen.nl", "AVN"]),
    ("Thijs Oosterveld", P, ["Thijs Oosterveld", "T. Oosterveld", "Oosterveld", "Thijs", "t.oosterveld@zutphen.nl", "0031 575 58 24 02"]),
    ("Lotte Veldkamp", P, ["Lotte Veldkamp", "L.M. Veldkamp", "Veldkamp", "Lotte", "info@gedragspraktijk-veldkamp.nl",
                           "06 - 53 71 90 26", "81234567", "NL91 ABNA 0417 1643 00", "Gedragspraktijk Veldkamp"]),
    ("Bas Koçak", P, ["Bas Koçak", "mr. B. Koçak", "Koçak", "b.kocak@kocak-advocatuur.nl", "026 - 203 44 51"]),
    ("Ruben Hofstede", P, ["Ruben Hofstede", "R. Hofstede", "Hofstede", "ruben.hofstede@gmail.com", "Zaadmarkt 41"]),
    ("Gerda Wissink", P, ["Gerda Wissink", "Gerda", "Wissink"]),
    ("Wim Jansen", P, ["Wim Jansen", "Wim", "Jansen"]),
    ("Fatima El Idrissi", P, ["Fatima El Idrissi", "Fatima", "El Idrissi"]),
    ("Hondenfluisteraar", P, ["Hondenfluisteraar", "Hans K."]),
    ("Ans", P, ["Ans"]),
    ("Jörg Schäfer", P, ["Jörg Schäfer", "Schäfer", "jörg.schäfer@gmx.de"]),
    ("Stefan de Wit", P, ["Stefan de Wit", "De Wit", "P-21044", "06-48 11 20 96"]),
    ("Naima Boukhari", P, ["Naima Boukhari", "Boukhari", "P-21102", "+31 6 1177 3308"]),
    ("P-20731", N, ["P-20731", "P-20918", "06-22 41 90 13", "06 3810 7724"]),
    ("H.W. Gerritsen-Pool", P, ["H.W. Gerritsen-Pool", "Gerritsen-Pool", "HWG"]),
    ("Annelies Brink", P, ["Annelies Brink", "Brink"]),
    ("Nina Timmerman", P, ["Nina Timmerman", "N. Timmerman", "Timmerman", "NT", "BK"]),
    ("Anouk", P, ["Anouk", "Verbeek-Nijhof, A."]),
    ("TO", P, ["TO"]),
    ("06-10 93 27 55", T, ["06-10 93 27 55"]),
    ("fatima.elidrissi@outlook.com", E, ["fatima.elidrissi@outlook.com", "ans.devries@hetnet.nl"]),
    ("Theo Smit-Ozturk", P, ["Theo Smit-Ozturk", "Smit-Ozturk"]),
    ("06-31 77 40 12", T, ["06-31 77 40 12", "Stefan", "Naima"]),
    ("7201 DE", A, ["7201 DE"]),
    ("Sevda Aydın", P, ["Sevda Aydın"]),
    ("Lieke ter Horst", P, ["Lieke ter Horst", "Lieke", "06-45 02 18 77"]),
    ("Chantal Hoekstra", P, ["Chantal Hoekstra", "Hoekstra", "Chantal", "06-39 18 27 40"]),
    ("Bram Wolterink", P, ["Bram Wolterink", "Wolterink"]),
    ("06-27 33 18 52", T, ["06-27 33 18 52"]),
]

KEEP = [(v, k) for k, vs in {
    "ORG": ["Gemeente Zutphen", "gemeente Zutphen", "Politie Oost-Nederland", "Team Handhaving",
            "Team APV en Bijzondere Wetten", "Dierenambulance Zutphen", "Landelijke Inspectiedienst Dierenbescherming",
            "Huisartsenpraktijk Berkelpoort", "Gelre ziekenhuizen", "Spoedeisende Hulp", "Meldkamer Oost-Nederland",
            "Buurtapp Hoven-Noord", "Lokaal Zutphen", "college van burgemeester en wethouders", "gemeenteraad",
            "Dierenopvang De Noorderhaven", "Raad van State", "rechtbank Gelderland", "Nederlandse Orde van Advocaten"],
    "ROLE": ["burgemeester Vos-Hazelhoff", "Vos-Hazelhoff", "wethouder Karaca", "raadslid Mulder", "Mulder",
             "de burgemeester", "wijkagent", "gedragsdeskundige", "huisarts", "boa", "jurist", "beleidsmedewerker",
             "teamleider", "Woo-coördinator", "bestuursadviseur"],
    "LAW": ["Algemene Plaatselijke Verordening", "APV", "artikel 2:59", "artikel 2:58", "Gemeentewet", "artikel 172",
            "Algemene wet bestuursrecht", "Awb", "Wet open overheid", "Woo", "Wet dieren", "artikel 5.1",
            "5.1.2e", "5.1.1d", "5.1.1e", "Wetboek van Strafrecht", "artikel 425"],
    "ID": ["Z-2026-04417", "W2026-031", "PL0600-2026184571", "BB-2026-118", "INV-2026-0930"],
    "TERM": ["muilkorfgebod", "aanlijngebod", "muilkorf- en aanlijngebod", "Mechelse herder", "bijtincident",
             "zienswijze", "bezwaarschrift", "last onder dwangsom", "dwangsom", "gedragstest", "inventarislijst",
             "deels openbaar", "openbaar", "niet openbaar", "Zienswijze", "WhatsApp", "Teams"],
    "PLACE": ["Zutphen", "Warnsveld", "Park Het Weertje", "Hoven", "Berkel", "'s-Gravenhof 2", "IJsselkade",
              "Henriëtte Roland Holststraat", "Prins Hendrikpark", "Deventer", "Arnhem"],
    "CONTACT": ["14 0575", "info@zutphen.nl", "woo@zutphen.nl", "handhaving@zutphen.nl", "0900-8844", "112"],
}.items() for v in vs]

GEM = "Gemeente Zutphen | 's-Gravenhof 2 | 7201 DN Zutphen | 14 0575 | info@zutphen.nl"
MOT = ["# Informatie die niet openbaar gemaakt kan worden",
       "Motivering: in dit document zijn persoonsgegevens van particulieren en ambtenaren weggelakt op grond van "
       "artikel 5.1, tweede lid, onder e Woo (5.1.2e); gezondheidsgegevens op grond van artikel 5.1, eerste lid, onder d (5.1.1d)."]

DOCS = []


def doc(stem, kind="rl", **kw):
    kw.update(stem=stem, kind=kind)
    DOCS.append(kw)

W = "Word"
doc("zd01_woo_verzoek", producer="Microsoft® Word 2019", creator="Microsoft® Word 2019", title="Woo-verzoek hondenbeet", lines=[
    "Ruben Hofstede\nZaadmarkt 41\n7201 DE Zutphen\nruben.hofstede@gmail.com", "",
    "Aan: college van burgemeester en wethouders van de gemeente Zutphen, t.a.v. de Woo-coördinator, woo@zutphen.nl",
    "Zutphen, 2 oktober 2026", "Onderwerp: verzoek op grond van de Wet open overheid (Woo)",
    "Geacht college,",
    "Op grond van de Wet open overheid verzoek ik om openbaarmaking van alle documenten over het bijtincident in Park Het Weertje "
    "van 14 september 2026 en het muilkorf- en aanlijngebod dat de burgemeester daarna heeft opgelegd (artikel 2:59 APV). "
    "Ik denk aan het proces-verbaal of de mutatie van Politie Oost-Nederland, rapporten van boa's van Team Handhaving, "
    "e-mails tussen Team APV en Bijzondere Wetten en de politie, het advies van de gedragsdeskundige, de zienswijze van de "
    "eigenaar en het besluit van burgemeester Vos-Hazelhoff.",
    "Persoonsgegevens van omwonenden hoeven van mij niet openbaar. Ik ontvang de stukken graag digitaal.",
    "Met vriendelijke groet,", "R. Hofstede"])
doc("zd02_ontvangstbevestiging", font="Times-Roman", producer="iText 7.2.5 (AGPL-version)", creator="Zaaksysteem", lines=[
    "Gemeente Zutphen", "Dhr. R. Hofstede\nZaadmarkt 41\n7201 DE Zutphen", "",
    "Datum: 6 oktober 2026\nKenmerk: W2026-031\nBehandeld door: Anouk Verbeek-Nijhof\nTelefoon: 14 0575",
    "Onderwerp: ontvangstbevestiging Woo-verzoek",
    "Geachte heer Hofstede,",
    "Wij hebben uw verzoek van 2 oktober 2026 om informatie over het bijtincident in Park Het Weertje ontvangen. Uw verzoek "
    "is geregistreerd onder nummer W2026-031. Op grond van artikel 4.4 van de Wet open overheid beslissen wij binnen vier weken. "
    "Wij kunnen deze termijn met twee weken verdagen. Omdat in de stukken gegevens van derden staan, vragen wij hen mogelijk "
    "om een zienswijze.",
    "Heeft u vragen? Bel 14 0575 of mail naar woo@zutphen.nl onder vermelding van W2026-031.",
    "Met vriendelijke groet,\nnamens het college van burgemeester en wethouders,", "A. Verbeek-Nijhof\nWoo-coördinator"])
doc("zd03_politiemutatie", font="Courier", producer="BVH Export 4.2", creator="Politie Oost-Nederland BVH", title="Mutatie PL0600-2026184571", lines=[
    "# Politie Oost-Nederland - Mutatierapport",
    "|Veld|Waarde|", "|Registratienummer|PL0600-2026184571|", "|Datum/tijd|14-09-2026 17:42|",
    "|Pleegplaats|Park Het Weertje, Zutphen|", "|Rapporteur|S. Oudejans, wijkagent, OON-48213 (M. Yıldız, brigadier)|",
    "|Betrokkene 1 (benadeelde)|TER HORST, Yvonne, geb. 05-05-1961, Berkelsingel 3, 7203 AB Zutphen|",
    "|Betrokkene 2 (eigenaar hond)|BROUWER, Dennis, geb. 12-03-1983, Kerkhofstraat 14b, 7201 KL Zutphen, tel. 0641278819|",
    "|Getuige|Gerrit ter Horst (echtgenoot), 0575-523311|",
    "Melding via Meldkamer Oost-Nederland (112) om 17:31. Ter plaatse trof ik de benadeelde aan met een diepe bijtwond, "
    "veroorzaakt door een onaangelijnde Mechelse herder. De Dierenambulance Zutphen en een ambulance waren gealarmeerd. "
    "Benadeelde is vervoerd naar de Spoedeisende Hulp van Gelre ziekenhuizen.",
    "Eigenaar Brouwer verklaarde dat de hond 'nog nooit iets had gedaan' en dat hij losliep omdat het losloopgebied "
    "vlakbij is. Brouwer is gewezen op artikel 2:58 APV. Verbaliseerbaar feit: artikel 425 Wetboek van Strafrecht.",
    "Afhandeling: doorgezet naar Team Handhaving gemeente Zutphen (handhaving@zutphen.nl) voor beoordeling muilkorfgebod.",
    "---", "# Vervolgmutatie 21-09-2026",
    "Contact met benadeelde Ter Horst telefonisch (0575-523311): zij wil een schadevergoeding van de eigenaar vragen. Verwezen naar het Juridisch Loket.",
    "Eigenaar Brouwer telefonisch gesproken: hij stelt dat het slachtoffer de hond provoceerde. Geen nieuwe feiten.",
    "Mutatie afgesloten; informatie gedeeld met Team APV en Bijzondere Wetten op grond van het convenant gevaarlijke honden.",
    "S. Oudejans / M. Yıldız"])
doc("zd04_verklaring_slachtoffer", lines=[
    "# Verklaring benadeelde - bijtincident 14 september 2026",
    "Naam: Yvonne ter Horst-Bakker\nGeboortedatum: 5 mei 1961\nAdres: Berkelsingel 3, 7203 AB Zutphen\n"
    "Telefoon: 0575 52 33 11\nE-mail: yvonne.terhorst@ziggo.nl\nBSN: 317024596",
    "Ik liep met mijn man Gerrit over het pad langs de Berkel in Park Het Weertje. Een grote bruine hond, volgens mij een "
    "Mechelse herder, rende op ons af. Ik stak mijn arm uit om mijn gezicht te beschermen en de hond beet door. Ik heb een "
    "diepe bijtwond aan de rechteronderarm opgelopen. Op de Spoedeisende Hulp kreeg ik hechtingen en een tetanusvaccinatie.",
    "Sinds het incident heb ik slaapproblemen en durf ik niet meer alleen door het park. Mijn huisarts heeft me "
    "doorverwezen. Omdat ik diabetes mellitus type 2 heb, geneest de wond langzaam.",
    "De eigenaar, meneer Brouwer, riep alleen 'hij doet niks'. Hij heeft mij zijn nummer gegeven: 06-41 27 88 19.",
    "Ik wil dat de gemeente zorgt dat dit niet nog eens gebeurt. Voor contact kunt u ook mijn dochter Lieke ter Horst bellen: 06-45 02 18 77.",
    "Opgenomen door: S. Oudejans, wijkagent Politie Oost-Nederland, d.d. 16 september 2026.",
    "Handtekening: Y. ter Horst"])
doc("zd05_huisartsbrief", font="DejaVuSerif", producer="Medicom HIS - PDF module", creator="Medicom", title="Brief huisarts", lines=[
    "Huisartsenpraktijk Berkelpoort\nHenriëtte Roland Holststraat 20, Zutphen", "",
    "Aan: Team APV en Bijzondere Wetten, gemeente Zutphen\nBetreft: mw. Y. ter Horst, geb. 05-05-1961",
    "Zutphen, 22 september 2026",
    "Geachte collega's,",
    "Op verzoek van patiënte, en met haar schriftelijke toestemming, bevestig ik dat mevrouw Ter Horst op 15 september 2026 "
    "op mijn spreekuur kwam na een hondenbeet. Er was sprake van een diepe bijtwond met hechtingen na behandeling op de "
    "Spoedeisende Hulp van Gelre ziekenhuizen. Ik heb een kuur amoxicilline/clavulaanzuur voorgeschreven. De tetanusvaccinatie "
    "was al gegeven.",
    "Daarnaast meldt patiënte angstklachten en slaapproblemen sinds het incident. In verband met haar diabetes mellitus type 2 "
    "volg ik de wondgenezing nauwlettend.",
    "Met collegiale groet,", "dr. Meryem Çelik, huisarts\nAGB-code 01-058812"])
doc("zd06_boa_rapport_1", producer="Aspose.PDF for .NET 23.4", creator="MobielToezicht", title="Boa-rapportage controle 21-09-2026", lines=[
    "# Rapportage Team Handhaving - controle aanlijngebod",
    "|Zaak|Datum|Boa|Locatie|", "|Z-2026-04417|21-09-2026 08:15|boa 4471 (K. Lammers)|Park Het Weertje|",
    "Tijdens surveillance zag ik om 08:20 uur de heer D.J. Brouwer met een Mechelse herder, aangelijnd, zonder muilkorf. "
    "Betrokkene is aangesproken. Hij verklaarde dat hij na 'dat gedoe' de hond alleen nog aan de lijn uitlaat. Hij gaf aan "
    "bezwaar te zullen maken tegen elk muilkorfgebod.",
    "Collega Ramdin-Soekhai (boa 4486) was aanwezig en bevestigt de waarneming.",
    "Bijzonderheden: een buurtbewoonster (Fatima El Idrissi, Hoven) meldde dat de hond ook in augustus naar haar kind sprong.",
    "Vastgesteld en opgemaakt door Kevin Lammers, boa domein I, Team Handhaving."])
doc("zd07_boa_rapport_2", font="DejaVu", producer="Aspose.PDF for .NET 23.4", creator="MobielToezicht", title="Boa-rapportage 03-10-2026", lines=[
    "# Rapportage Team Handhaving - controle naleving",
    "|Zaak|Datum|Boa|Locatie|", "|Z-2026-04417|03-10-2026 19:05|boa 4486 (P. Ramdin)|Prins Hendrikpark|",
    "Op 3 oktober 2026 om 19:10 uur trof ik de hond van de heer Brouwer aangelijnd en met muilkorf aan in het Prins Hendrikpark. "
    "Het muilkorf- en aanlijngebod wordt op dat moment nageleefd. Geen overtreding geconstateerd.",
    "Een voorbijganger, de heer Jörg Schäfer (Duitse toerist), vroeg of de hond gevaarlijk was. Hij liet zijn e-mailadres "
    "achter (jörg.schäfer@gmx.de) voor het geval we vragen hadden. Geen verdere actie.",
    "Opgemaakt door Priya Ramdin-Soekhai, boa, in aanwezigheid van K. Lammers (boa 4471).",
    "Rapport doorgezonden aan teamleider R. Smeenk."])
doc("zd08_mail_politie_apv", producer="Microsoft Outlook 16.0", creator="Microsoft Outlook", title="RE: melding hondenbeet", lines=[
    "Van: Dijkstra, Marieke <m.dijkstra@zutphen.nl>\nVerzonden: dinsdag 22 september 2026 10:14\n"
    "Aan: Oudejans, Sanne <sanne.oudejans@politie.nl>\nCC: Hek, Joost van 't <j.vanthek@zutphen.nl>; Smeenk, Ruud <r.smeenk@zutphen.nl>\n"
    "Onderwerp: RE: melding hondenbeet Park Het Weertje (PL0600-2026184571)",
    "Hoi Sanne,",
    "Dank voor de mutatie. Wij bereiden een voornemen tot een muilkorf- en aanlijngebod voor op grond van artikel 2:59 APV. "
    "Mogen wij de verklaring van het slachtoffer in ons dossier opnemen? Joost stuurt je vandaag de conceptbrief.",
    "Groet,\nMarieke Dijkstra\njurist Team APV en Bijzondere Wetten | gemeente Zutphen | toestel 2377", "",
    "Van: Oudejans, Sanne <sanne.oudejans@politie.nl>\nVerzonden: maandag 21 september 2026 16:52\n"
    "Aan: handhaving@zutphen.nl\nOnderwerp: melding hondenbeet Park Het Weertje (PL0600-2026184571)",
    "Goedemiddag,",
    "Hierbij de mutatie van het bijtincident van 14 september. De eigenaar is D. Brouwer, woonachtig Kerkhofstraat 14b. "
    "Het slachtoffer, mevrouw Ter Horst, heeft aangifte gedaan. Volgens collega Yıldız is dezelfde hond in 2025 al eens "
    "gemeld door een buurman. Bel gerust: 06-12 98 44 07.",
    "Met vriendelijke groet,\nSanne Oudejans\nwijkagent Zutphen-Noord | Politie Oost-Nederland | 0900-8844"])
doc("zd09_mail_apv_intern", producer="Microsoft Outlook 16.0", creator="Microsoft Outlook", title="voornemen gebod", lines=[
    "Van: Hek, Joost van 't <j.vanthek@zutphen.nl>\nVerzonden: woensdag 23 september 2026 09:03\n"
    "Aan: Dijkstra, Marieke <m.dijkstra@zutphen.nl>; Oosterveld, Thijs <t.oosterveld@zutphen.nl>\n"
    "Onderwerp: voornemen muilkorfgebod Z-2026-04417",
    "Marieke, Thijs,",
    "Bijgaand het concept-voornemen. Ik stel voor de eigenaar twee weken te geven voor een zienswijze. Thijs, kun jij "
    "checken of de burgemeester dit zelf wil tekenen of dat het in mandaat kan? In 2024 tekende burgemeester Vos-Hazelhoff "
    "alle geboden zelf.",
    "Ik heb ook de gedragsdeskundige gebeld (Lotte Veldkamp, 06 - 53 71 90 26); zij kan op 30 september een gedragstest doen.",
    "Groet, Joost\nbeleidsmedewerker APV | 0575 58 23 61", "",
    "Van: Oosterveld, Thijs <t.oosterveld@zutphen.nl>\nVerzonden: woensdag 23 september 2026 11:27\nAan: Hek, Joost van 't\n"
    "Onderwerp: RE: voornemen muilkorfgebod Z-2026-04417",
    "Joost, de burgemeester tekent zelf. Graag via de parafenroute: MD, RS, daarna ik. Mijn mobiel voor spoed: 0031 575 58 24 02.",
    "Thijs Oosterveld, bestuursadviseur openbare orde"])
doc("zd10_voornemen", font="Times-Roman", producer="iText 7.2.5 (AGPL-version)", creator="Zaaksysteem", title="Voornemen muilkorf- en aanlijngebod", lines=[
    "Gemeente Zutphen", "Aangetekend\nDe heer D.J. Brouwer\nKerkhofstraat 14b\n7201 KL Zutphen", "",
    "Datum: 24 september 2026\nKenmerk: Z-2026-04417\nContactpersoon: J. van 't Hek, 0575 58 23 61",
    "Onderwerp: voornemen tot het opleggen van een muilkorf- en aanlijngebod",
    "Geachte heer Brouwer,",
    "Op 14 september 2026 heeft uw hond, een Mechelse herder, in Park Het Weertje een voorbijganger gebeten. De burgemeester "
    "is van plan u op grond van artikel 2:59 van de Algemene Plaatselijke Verordening een muilkorf- en aanlijngebod op te "
    "leggen. Dat betekent dat uw hond buiten uw woning altijd aangelijnd moet zijn en een muilkorf moet dragen.",
    "U kunt binnen twee weken na de datum van deze brief uw zienswijze geven (artikel 4:8 Algemene wet bestuursrecht), "
    "schriftelijk of mondeling. Neem daarvoor contact op met de heer Van 't Hek.",
    "Hoogachtend,\nnamens de burgemeester van Zutphen,", "mr. M. Dijkstra\njurist Team APV en Bijzondere Wetten"])
doc("zd11_zienswijze_eigenaar", font="DejaVu", producer="Microsoft® Word voor Microsoft 365", title="zienswijze", lines=[
    "D.J. Brouwer\nKerkhofstraat 14b\n7201 KL Zutphen\n06-41 27 88 19\nd.brouwer83@hotmail.com", "",
    "Aan de burgemeester van Zutphen\nTeam APV en Bijzondere Wetten\nKenmerk: Z-2026-04417",
    "Zutphen, 2 oktober 2026", "Betreft: zienswijze tegen voornemen muilkorfgebod",
    "Geachte burgemeester,",
    "Mijn vriendin Chantal Hoekstra (06-39 18 27 40) was erbij en kan dit bevestigen. Ik ben het niet eens met uw voornemen. Mijn hond is geen gevaarlijke hond. Mevrouw ter Horst liep met uitgestoken arm op "
    "hem af, daardoor schrok hij. Dat hij haar heeft verwond vind ik heel vervelend en ik heb excuses aangeboden.",
    "Een muilkorfgebod is onevenredig. Ik wil eerst een gedragstest laten doen door een onafhankelijke gedragsdeskundige. "
    "Ik heb ook een hondencursus geboekt bij Dierenopvang De Noorderhaven.",
    "Mijn advocaat, mr. B. Koçak, zal zo nodig bezwaar maken. U kunt hem bereiken via b.kocak@kocak-advocatuur.nl.",
    "Met vriendelijke groet,", "Dennis Brouwer\ngeboren 12 maart 1983"])
doc("zd12_buurtapp", font="DejaVu", producer="Skia/PDF m118", creator="Chrome", title="WhatsApp-chat Buurtapp Hoven-Noord", lines=[
    "# WhatsApp-chat Buurtapp Hoven-Noord (export, 14-09-2026 t/m 16-09-2026)",
    "[14-09-26 17:48] Gerda Wissink: Net ambulance bij Park Het Weertje, iemand gebeten door een hond!!",
    "[14-09-26 17:50] Wim: Dat is toch die herder van Dennis van de Kerkhofstraat? Die loopt altijd los",
    "[14-09-26 17:51] Fatima El Idrissi: Ja die sprong in augustus ook al tegen mijn zoontje op",
    "[14-09-26 17:55] Hondenfluisteraar: Niet meteen de eigenaar zwartmaken mensen. Een Mechelse herder moet werken, dat is alles",
    "[14-09-26 18:02] Ans: Het was Yvonne van de Berkelsingel, ze is naar de Spoedeisende Hulp",
    "[14-09-26 18:05] Gerda: Sterkte Yvonne en Gerrit ❤",
    "[15-09-26 08:12] Wim Jansen: Ik heb de wijkagent gemaild. Sanne zegt dat het naar de gemeente gaat",
    "[15-09-26 08:30] Hans K.: Ik ben die Hondenfluisteraar hè, als hij wil kan Dennis bij mij trainen",
    "[16-09-26 21:14] Fatima: Gemeente zegt bel 14 0575 voor meldingen over honden. Doe dat dan ook svp",
    "[16-09-26 21:20] Gerda Wissink: Ik heb @Ans toegevoegd aan de lijst voor de petitie aan raadslid Mulder",
    "[16-09-26 21:25] Wim: @Gerda ik teken ook. Mijn nummer voor de lijst: 06-10 93 27 55",
    "[16-09-26 21:31] Fatima El Idrissi: fatima.elidrissi@outlook.com voor de petitie graag",
    "[16-09-26 21:40] Ans: ans.devries@hetnet.nl, en mijn buurman Theo Smit-Ozturk doet ook mee",
    "[16-09-26 21:44] Gerda Wissink: Top! Ik mail alles vrijdag naar info@zutphen.nl"])
doc("zd13_gedragsrapport", font="DejaVuSerif", producer="PDFpen 13.1", creator="Pages", title="Gedragsrapport Mechelse herder", outline=[(0, "Gedragsrapport"), (3, "Scores - nagekeken door Ilse van Dongen"), (6, "Conclusie en advies")],
    hidden=[("Ilse van Dongen", P, "outline")], lines=[
    "# Gedragsonderzoek hond - rapport",
    "Opdrachtgever: gemeente Zutphen, Team APV en Bijzondere Wetten (Z-2026-04417)\nOnderzoeker: L.M. Veldkamp, gedragsdeskundige\n"
    "Gedragspraktijk Veldkamp | KvK 81234567 | info@gedragspraktijk-veldkamp.nl",
    "Datum test: 30 september 2026, locatie: oefenterrein Dierenopvang De Noorderhaven, Warnsveld. Eigenaar D. Brouwer was aanwezig.",
    "|Onderdeel|Observatie|Score (1-5)|", "|Benadering vreemde|Frontaal, vaste blik, grommen|4|",
    "|Plotselinge beweging arm|Happen in de lucht, niet losgelaten na commando|5|", "|Andere honden|Gespannen, geen uitval|2|",
    "|Gehoorzaamheid eigenaar|Beperkt; reageert op voer, niet op stem|4|",
    "De hond (Mechelse herder, reu, 4 jaar) vertoont onzeker-dominant gedrag met een lage prikkeldrempel bij plotselinge "
    "bewegingen. Het incident van 14 september past in dit beeld.",
    "Advies: een muilkorf- en aanlijngebod is passend. Na zes maanden training en een hertest kan het muilkorfgebod worden "
    "heroverwogen. Het aanlijngebod blijft nodig in Park Het Weertje en het Prins Hendrikpark.",
    "Zutphen, 2 oktober 2026\nLotte Veldkamp"])
doc("zd14_factuur_gedrag", producer="Moneybird PDF", creator="Moneybird", title="Factuur INV-2026-0930", lines=[
    "# FACTUUR", "Gedragspraktijk Veldkamp\nL.M. Veldkamp\nKvK 81234567 | IBAN NL91 ABNA 0417 1643 00\n06 - 53 71 90 26",
    "Aan: gemeente Zutphen, Team APV en Bijzondere Wetten, Postbus 41, 7200 AA Zutphen",
    "Factuurnummer: INV-2026-0930\nFactuurdatum: 5 oktober 2026\nUw kenmerk: Z-2026-04417",
    "|Omschrijving|Aantal|Bedrag|", "|Gedragstest hond incl. rapport|1|€ 485,00|", "|Reiskosten Deventer - Warnsveld|34 km|€ 7,82|",
    "|BTW 21%| |€ 103,49|", "|Totaal| |€ 596,31|",
    "Graag betalen binnen 30 dagen op NL91 ABNA 0417 1643 00 t.n.v. Gedragspraktijk Veldkamp."])
doc("zd15_besluit_burgemeester", font="Times-Roman", producer="iText 7.2.5 (AGPL-version)", creator="Zaaksysteem", title="Besluit muilkorf- en aanlijngebod", lines=[
    "Gemeente Zutphen", "Aangetekend\nDe heer D.J. Brouwer\nKerkhofstraat 14b\n7201 KL Zutphen", "",
    "Datum: 9 oktober 2026\nKenmerk: BB-2026-118 / Z-2026-04417",
    "Onderwerp: besluit muilkorf- en aanlijngebod",
    "Geachte heer Brouwer,",
    "# Besluit",
    "De burgemeester van Zutphen besluit op grond van artikel 2:59 van de Algemene Plaatselijke Verordening en artikel 172 "
    "van de Gemeentewet u een muilkorf- en aanlijngebod op te leggen voor uw hond (Mechelse herder, chipnummer bekend bij "
    "de gemeente). Het gebod geldt met ingang van 12 oktober 2026 op de openbare weg en in alle parken van Zutphen en Warnsveld.",
    "# Overwegingen",
    "Op 14 september 2026 heeft uw hond in Park Het Weertje een voorbijganger gebeten en verwond. Uit het gedragsrapport van "
    "2 oktober 2026 blijkt dat de hond een lage prikkeldrempel heeft. Uw zienswijze van 2 oktober 2026 hebben wij meegewogen. "
    "Dat de benadeelde haar arm uitstak, maakt het gedrag van de hond niet minder gevaarlijk. Een minder zwaar middel volstaat "
    "niet. Na zes maanden kunt u om heroverweging van het muilkorfgebod vragen, met een nieuwe gedragstest.",
    "Bij overtreding kan de burgemeester een last onder dwangsom opleggen.",
    "# Bezwaar",
    "Binnen zes weken kunt u bezwaar maken bij de burgemeester (artikel 6:7 Algemene wet bestuursrecht).",
    "Hoogachtend,\nde burgemeester van Zutphen,", "burgemeester Vos-Hazelhoff", "---", "# Bijlage: artikel 2:59 APV Zutphen",
    "1. De burgemeester kan de eigenaar of houder van een hond die een persoon of een dier heeft gebeten, of die een gevaar vormt, een aanlijngebod of een muilkorfgebod opleggen.",
    "2. Het is de eigenaar of houder verboden de hond op de openbare weg te laten lopen in strijd met dat gebod.",
    "3. Het gebod kan worden beperkt tot bepaalde plaatsen of tijden.",
    "Dit besluit is verzonden aan de eigenaar en in afschrift aan Politie Oost-Nederland en Team Handhaving."])

doc("zd16_boa_notitie_scan", kind="scan", title="scan", producer="Canon iR-ADV C5535 PDF", creator="Canon iR-ADV C5535",
    footer="Gescand document - zaak Z-2026-04417 - Team Handhaving gemeente Zutphen", lines=[
    "TEAM HANDHAVING - ZAKBOEKNOTITIE", "", "Datum: 14-09-2026   Tijd: 18:10", "Locatie: Park Het Weertje, Zutphen",
    "Boa: Kevin Lammers (boa 4471)", "", "Eigenaar hond: Dennis Brouwer", "Adres: Kerkhofstraat 14b",
    "Telefoon: 06-41 27 88 19", "Benadeelde: Yvonne ter Horst-Bakker", "Getuige: Gerrit ter Horst", "",
    "~Hond niet aangelijnd, eigenaar boos, wil niet meewerken.", "~Later gebeld door wijkagent Sanne Oudejans.",
    "~Doorzetten naar Marieke Dijkstra (APV).", "", "~paraaf: K. Lammers"])
doc("zd17_bezwaar_advocaat", kind="docx", title="Bezwaarschrift", docx_author="Sevda Aydın",
    producer="LibreOffice 7.6", creator="Writer", hidden=[("Sevda Aydın", P, "metadata")], lines=[
    "Koçak Advocatuur\nmr. B. Koçak\nJansbinnensingel 8, 6811 AN Arnhem\n026 - 203 44 51\nb.kocak@kocak-advocatuur.nl",
    "Aan de burgemeester van Zutphen\nPostbus 41\n7200 AA Zutphen",
    "Arnhem, 16 oktober 2026\nUw kenmerk: BB-2026-118\nBetreft: bezwaarschrift namens de heer D.J. Brouwer",
    "Geachte burgemeester,",
    "Namens mijn cliënt, de heer Dennis Brouwer, wonende Kerkhofstraat 14b, 7201 KL Zutphen, maak ik bezwaar tegen uw besluit "
    "van 9 oktober 2026 waarbij een muilkorf- en aanlijngebod is opgelegd op grond van artikel 2:59 APV.",
    "Gronden: 1. Het besluit berust op één incident. Volgens vaste rechtspraak van de Raad van State is één bijtincident "
    "niet zonder meer voldoende. 2. Het gedragsrapport van mevrouw Veldkamp is in opdracht van de gemeente opgesteld en "
    "niet onafhankelijk. 3. Het gebod in alle parken is onevenredig; een aanlijngebod had volstaan.",
    "Ik verzoek u het besluit te herroepen en mij te horen. Een machtiging van cliënt is bijgevoegd.",
    "Hoogachtend,", "mr. B. Koçak\nadvocaat, lid van de Nederlandse Orde van Advocaten"])
doc("zd18_teams_chat", font="DejaVu", producer="Microsoft: Print To PDF", creator="Microsoft Teams", title="Chat APV-team", lines=[
    "# Teams-chat 'APV hondenzaken' - export 23-09-2026 t/m 12-10-2026",
    "Joost van 't Hek 23-09 09:11\nHeb het voornemen klaar. Marieke, wil jij even kijken naar de termijn?",
    "Marieke Dijkstra 23-09 09:20\nTwee weken is prima. Zet er wel bij dat mondeling ook kan, dat vindt de Raad van State belangrijk.",
    "Ruud Smeenk 23-09 10:02\nKevin en Priya pakken extra surveillance op in Park Het Weertje, ochtend en avond.",
    "Joost van 't Hek 30-09 15:40\nGedragstest gedaan. Lotte zegt: score 5 op armbeweging. Rapport komt vrijdag.",
    "Thijs Oosterveld 02-10 16:12\nZienswijze van Brouwer binnen. Hij noemt een advocaat, Koçak uit Arnhem.",
    "Marieke 02-10 16:30\nOk. Dan het besluit extra zorgvuldig motiveren. JvtH maak jij de concepttekst?",
    "Joost 05-10 08:45\nJa. Ik gebruik de tekst van het vorige gebod (BB-2025-071) als basis.",
    "Ruud 09-10 17:05\nBurgemeester heeft getekend. Boa's weten ervan.",
    "Priya Ramdin-Soekhai 12-10 19:30\nEerste controle gedaan, hond met muilkorf. Eigenaar was wel kortaf.",
    "Kevin Lammers 12-10 19:41\nTop Priya. Ik neem de ochtendronde morgen.",
    "Stefan de Wit 12-10 19:50\nIk ruil met Naima op donderdag, Ruud weet ervan.",
    "Naima Boukhari 12-10 20:02\nKlopt. Stefan, app me even op 06-31 77 40 12 als het doorgaat."])

doc("zd19_beslisnota", producer="Microsoft® Word voor Microsoft 365", title="Beslisnota muilkorf- en aanlijngebod",
    author="Brechtje Smit", hidden=[("Brechtje Smit", P, "metadata"), ("Niels Ockhuijsen", P, "outline")],
    outline=[(0, "Beslisnota BB-2026-118"), (5, "Toelichting - opmerkingen Niels Ockhuijsen"), (12, "Parafen")], lines=[
    "# Beslisnota aan de burgemeester",
    "Aan: burgemeester Vos-Hazelhoff\nVan: Team APV en Bijzondere Wetten\nDatum: 7 oktober 2026\nKenmerk: BB-2026-118 / Z-2026-04417\n"
    "Behandeld door: Joost van 't Hek, beleidsmedewerker, 0575 58 23 61, j.vanthek@zutphen.nl\nKopie aan: Thijs Oosterveld, bestuursadviseur",
    "# Aanleiding",
    "Op 14 september 2026 is in Park Het Weertje een voorbijganger gebeten door een loslopende Mechelse herder. Politie "
    "Oost-Nederland heeft de zaak doorgezet naar Team Handhaving.",
    "# Geadviseerd besluit",
    "Aan de burgemeester wordt gevraagd: in te stemmen met het opleggen van een muilkorf- en aanlijngebod op grond van "
    "artikel 2:59 APV aan de eigenaar, de heer D. Brouwer, en het bijgevoegde besluit te tekenen.",
    "# Toelichting",
    "De gedragsdeskundige adviseert een gebod (rapport 2 oktober 2026). De eigenaar heeft een zienswijze ingediend; die leidt "
    "niet tot een ander besluit. Het gebod geldt in heel Zutphen en Warnsveld, omdat de eigenaar de hond ook buiten de wijk Hoven uitlaat.",
    "# Krachtenveld",
    "In de Buurtapp Hoven-Noord is onrust. Raadslid Mulder (Lokaal Zutphen) heeft aangekondigd schriftelijke vragen te stellen. "
    "De advocaat van de eigenaar, mr. B. Koçak, zal vermoedelijk bezwaar maken.",
    "# Risico's",
    "Bij bezwaar toetst de rechtbank Gelderland of het gebod evenredig is. Het advies van een onafhankelijke gedragsdeskundige "
    "en het verslag van de boa's maken het besluit goed verdedigbaar.",
    "---", "# Parafen",
    "|Naam|Functie|Paraaf|Datum|", "|M. Dijkstra|jurist|MD|7-10-2026|", "|R. Smeenk|teamleider Handhaving|RS|7-10-2026|",
    "|T. Oosterveld|bestuursadviseur|TO|8-10-2026|",
    "# Informatie die niet openbaar gemaakt kan worden",
    "Motivering: [in te vullen bij openbaarmaking]"])
doc("zd20_meldformulier", producer="Adobe Acrobat Pro 2024 (24.2.1)", creator="Adobe LiveCycle Designer", title="Meldformulier bijtincident",
    hidden=[("Gerda Wissink-Kroeze", P, "annotations"), ("06-19 44 03 87", T, "annotations"), ("gerda.wk@kpnmail.nl", E, "annotations"),
            ("Henriëtte Roland Holststraat 7", A, "annotations"), ("schaafwond aan de knie", H, "annotations")],
    form=[("naam", "Naam melder", "Gerda Wissink-Kroeze"), ("tel", "Telefoon melder", "06-19 44 03 87"),
          ("mail", "E-mail melder", "gerda.wk@kpnmail.nl"), ("adres", "Adres melder", "Henriëtte Roland Holststraat 7"),
          ("letsel", "Letsel (indien van toepassing)", "schaafwond aan de knie"), ("datum", "Datum incident", "14-09-2026")],
    lines=[
    "# Meldformulier bijtincident / gevaarlijke hond",
    "Gemeente Zutphen - Team APV en Bijzondere Wetten. Dit formulier is bedoeld voor meldingen over honden die mensen of "
    "dieren hebben gebeten of bedreigd (artikel 2:59 APV). Bij spoed belt u 112; voor overige meldingen 14 0575.",
    "Het ingevulde formulier wordt opgenomen in zaak Z-2026-04417. De gemeente gebruikt uw gegevens alleen voor de "
    "behandeling van de melding. Vul de velden onderaan in en stuur het formulier naar handhaving@zutphen.nl.",
    "Locatie incident: Park Het Weertje, Zutphen (pad langs de Berkel).",
    "Ras hond (indien bekend): Mechelse herder."])
doc("zd21_raadsvragen", font="Helvetica", producer="Nitro Pro 13.70", creator="Nitro Pro", title="Schriftelijke vragen Lokaal Zutphen", lines=[
    "# Schriftelijke vragen ex artikel 41 Reglement van orde",
    "Indiener: raadslid Mulder (Lokaal Zutphen)\nDatum: 25 september 2026\nOnderwerp: bijtincident Park Het Weertje",
    "Aan het college van burgemeester en wethouders,",
    "Op 14 september 2026 is in Park Het Weertje een inwoonster gebeten door een loslopende hond. Omwonenden melden in de "
    "Buurtapp Hoven-Noord dat de hond eerder problemen gaf. Lokaal Zutphen heeft de volgende vragen:",
    "1. Was de hond eerder bij de gemeente of bij Politie Oost-Nederland gemeld?",
    "2. Overweegt de burgemeester een muilkorf- en aanlijngebod op grond van artikel 2:59 APV?",
    "3. Hoeveel boa's van Team Handhaving houden toezicht in Park Het Weertje en het Prins Hendrikpark?",
    "4. Is het college bereid het losloopgebied aan de IJsselkade beter af te bakenen?",
    "raadslid Mulder, fractie Lokaal Zutphen"])
doc("zd22_antwoord_college", font="Times-Roman", producer="iText 7.2.5 (AGPL-version)", creator="Zaaksysteem", title="Beantwoording raadsvragen", lines=[
    "# Beantwoording schriftelijke vragen Lokaal Zutphen",
    "Aan: de gemeenteraad van Zutphen\nDatum: 13 oktober 2026\nOnderwerp: bijtincident Park Het Weertje",
    "Geachte raadsleden,",
    "Op 25 september 2026 stelde raadslid Mulder (Lokaal Zutphen) vragen over het bijtincident in Park Het Weertje. "
    "De burgemeester is bevoegd voor de openbare orde en antwoordt mede namens het college.",
    "Vraag 1. Privacy staat ons niet toe in te gaan op meldingen over een individuele eigenaar. In algemene zin: Politie "
    "Oost-Nederland en Team Handhaving wisselen meldingen over honden uit.",
    "Vraag 2. Ja. De burgemeester heeft op 9 oktober 2026 een muilkorf- en aanlijngebod opgelegd op grond van artikel 2:59 APV, "
    "na advies van een gedragsdeskundige en na een zienswijze van de eigenaar.",
    "Vraag 3. Team Handhaving zet in deze periode twee boa's per dag in; zij controleren ook het Prins Hendrikpark.",
    "Vraag 4. Wethouder Karaca laat de bebording bij de IJsselkade in november vernieuwen.",
    "Het college van burgemeester en wethouders van Zutphen,\nde secretaris, de burgemeester, burgemeester Vos-Hazelhoff"])
doc("zd23_persbericht", kind="docx", title="Persbericht gebod", docx_author="", producer="LibreOffice 7.6", creator="Writer",
    xmp_creator="Iris Bloemendaal-Tuinstra", hidden=[("Iris Bloemendaal-Tuinstra", P, "metadata")], lines=[
    "PERSBERICHT gemeente Zutphen - 13 oktober 2026",
    "# Burgemeester legt muilkorf- en aanlijngebod op na bijtincident",
    "Burgemeester Vos-Hazelhoff heeft de eigenaar van een Mechelse herder een muilkorf- en aanlijngebod opgelegd. De hond "
    "beet op 14 september een inwoonster van Zutphen in Park Het Weertje. De burgemeester volgde het advies van een "
    "gedragsdeskundige en de bevindingen van Politie Oost-Nederland en Team Handhaving.",
    "'Iedereen moet veilig door onze parken kunnen wandelen. Een gebod is een zware maatregel, maar hier nodig,' aldus "
    "burgemeester Vos-Hazelhoff.",
    "De gemeente roept hondenbezitters op honden aan te lijnen buiten de losloopgebieden. Meldingen over gevaarlijke honden "
    "kunnen via 14 0575 of handhaving@zutphen.nl.",
    "Noot voor de redactie: voor vragen kunt u contact opnemen met de persvoorlichter via 14 0575 of info@zutphen.nl."])
doc("zd24_mail_dierenambulance", producer="Microsoft Outlook 16.0", creator="Microsoft Outlook", title="FW: rit 14-09", lines=[
    "Van: Smeenk, Ruud <r.smeenk@zutphen.nl>\nVerzonden: vrijdag 18 september 2026 14:20\nAan: Lammers, Kevin <k.lammers@zutphen.nl>; "
    "Ramdin-Soekhai, Priya <p.ramdin@zutphen.nl>\nOnderwerp: FW: ritverslag 14-09 Park Het Weertje",
    "Kevin, Priya, ter info. Extra surveillance vanaf maandag, zie rooster. Groet, Ruud\n+31 (0)6 2288 4310", "",
    "Van: Dierenambulance Zutphen <rit@dierenambulance-zutphen.nl>\nVerzonden: donderdag 17 september 2026 09:02\n"
    "Aan: handhaving@zutphen.nl\nOnderwerp: ritverslag 14-09 Park Het Weertje",
    "Geachte heer/mevrouw,",
    "Op 14 september om 17:40 zijn wij ter plaatse geweest. De hond was al door de eigenaar meegenomen; wij hebben geen dier "
    "opgehaald. Onze chauffeur Bram Wolterink heeft de benadeelde kort gesproken. Wij hebben de Landelijke Inspectiedienst "
    "Dierenbescherming niet ingeschakeld, omdat er geen sprake was van dierenmishandeling.",
    "Met vriendelijke groet,\nDierenambulance Zutphen\ncoördinatie 0900-8844 (via Meldkamer Oost-Nederland)"])
doc("zd25_verzoek_zienswijze_woo", font="Times-Roman", producer="iText 7.2.5 (AGPL-version)", creator="Zaaksysteem", title="Verzoek zienswijze Woo", lines=[
    "Gemeente Zutphen", "De heer D.J. Brouwer\nKerkhofstraat 14b\n7201 KL Zutphen", "",
    "Datum: 20 oktober 2026\nKenmerk: W2026-031\nBehandeld door: A. Verbeek-Nijhof, a.verbeek@zutphen.nl",
    "Onderwerp: verzoek om zienswijze (artikel 4.9 Wet open overheid)",
    "Geachte heer Brouwer,",
    "Wij hebben een verzoek ontvangen op grond van de Wet open overheid om documenten openbaar te maken over het muilkorf- "
    "en aanlijngebod voor uw hond. In deze documenten komen gegevens over u voor. Voordat wij beslissen, geven wij u de "
    "gelegenheid uw zienswijze te geven. Uw naam, adres, telefoonnummer, geboortedatum en BSN maken wij in geen geval "
    "openbaar (artikel 5.1 Woo).",
    "U kunt binnen twee weken reageren via woo@zutphen.nl of per post, onder vermelding van W2026-031.",
    "Met vriendelijke groet,\nnamens het college van burgemeester en wethouders,", "Anouk Verbeek-Nijhof\nWoo-coördinator"])
doc("zd26_zienswijze_buurvrouw_scan", kind="scan", producer="HP Scan 49.1", creator="HP ScanJet Pro 3600",
    footer="Ingekomen stuk W2026-031 - gemeente Zutphen", lines=[
    "Aan de gemeente Zutphen, Woo-coördinator", "Betreft: W2026-031", "",
    "~Geachte mevrouw Verbeek-Nijhof,", "~Ik ben Fatima El Idrissi, ik woon in Hoven.", "~Ik wil NIET dat mijn naam of die van",
    "~mijn zoontje in de stukken komt.", "~Ik ben bang voor gedoe met Dennis Brouwer.", "", "~Mijn telefoon: 06-27 33 18 52",
    "~Met groet, Fatima El Idrissi", "", "Ontvangen: 28-10-2026 (stempel Team Handhaving)"])

ROSTER = ["|Naam|Boa-nr.|Personeelsnr.|Mobiel|Dienst|"]
_people = [("Kevin Lammers", "boa 4471", "P-20731", "06-22 41 90 13"), ("Priya Ramdin-Soekhai", "boa 4486", "P-20918", "06 3810 7724"),
           ("Stefan de Wit", "boa 4502", "P-21044", "06-48 11 20 96"), ("Naima Boukhari", "boa 4517", "P-21102", "+31 6 1177 3308")]
for i, day in enumerate(["ma 21-09", "di 22-09", "wo 23-09", "do 24-09", "vr 25-09", "za 26-09", "zo 27-09", "ma 28-09",
                         "di 29-09", "wo 30-09", "do 01-10", "vr 02-10", "za 03-10", "zo 04-10", "ma 05-10", "di 06-10",
                         "wo 07-10", "do 08-10", "vr 09-10", "za 10-10", "zo 11-10", "ma 12-10"]):
    a = _people[i % 4]
    ROSTER.append(f"|{a[0]}|{a[1]}|{a[2]}|{a[3]}|{day} ochtend Park Het Weertje|")
    b = _people[(i + 1) % 4]
    ROSTER.append(f"|{b[0]}|{b[1]}|{b[2]}|{b[3]}|{day} avond Prins Hendrikpark|")
doc("zd27_rooster_boas", font="DejaVu", producer="Microsoft® Excel® voor Microsoft 365", creator="Microsoft® Excel® voor Microsoft 365",
    title="Rooster extra surveillance", lines=[
    "# Team Handhaving - rooster extra surveillance parken (zaak Z-2026-04417)",
    "Opgesteld door teamleider R. Smeenk. Bij calamiteiten: Meldkamer Oost-Nederland via 112; niet-spoed 0900-8844.",
    *ROSTER,
    "Let op: mobiele nummers zijn alleen voor intern gebruik. Contact met burgers verloopt via 14 0575."])
doc("zd28_verslag_hoorzitting", font="Helvetica", producer="Microsoft® Word voor Microsoft 365", title="Verslag hoorzitting bezwaar",
    author="Commissie bezwaarschriften", lines=[
    "# Verslag hoorzitting bezwaar muilkorf- en aanlijngebod",
    "Datum: 4 november 2026, 14:00 uur, Stadhuis, 's-Gravenhof 2, Zutphen\nZaak: BB-2026-118 / Z-2026-04417",
    "|Aanwezig|Rol|", "|mr. H.W. Gerritsen-Pool|voorzitter adviescommissie (extern)|", "|Annelies Brink|lid adviescommissie|",
    "|Bas Koçak|advocaat bezwaarmaker|", "|Dennis Brouwer|bezwaarmaker|", "|Marieke Dijkstra|jurist, namens de burgemeester|",
    "|Nina Timmerman|secretaris, notulist (NT)|",
    "# 1. Opening",
    "De voorzitter opent de zitting en legt uit dat de commissie de burgemeester adviseert; de burgemeester beslist op het "
    "bezwaarschrift.",
    "# 2. Toelichting bezwaarmaker",
    "Mr. Koçak herhaalt de gronden. Eén incident is volgens hem te weinig; hij verwijst naar uitspraken van de Raad van State. "
    "De heer Brouwer vertelt dat de hond nu een training volgt bij Dierenopvang De Noorderhaven en dat hij de hond altijd "
    "aanlijnt. Hij vindt de muilkorf 'stigmatiserend' in de wijk Hoven.",
    "# 3. Reactie verweerder",
    "Mevrouw Dijkstra wijst op het gedragsrapport (score 5 bij plotselinge armbeweging) en op de melding van augustus. Het "
    "gebod is beperkt in de tijd: na zes maanden is heroverweging mogelijk.",
    "# 4. Vragen van de commissie",
    "Mevrouw Brink vraagt of het gedragsonderzoek is herhaald. Dat is niet het geval. De voorzitter vraagt of een gebod alleen "
    "in parken zou volstaan. Mr. Koçak antwoordt bevestigend; mevrouw Dijkstra niet.",
    "---",
    "# 5. Afspraken",
    "|Nr.|Actie|Wie|Wanneer|", "|1|Trainingsverslag De Noorderhaven nasturen|BK|11-11-2026|",
    "|2|Overzicht eerdere meldingen hond (geanonimiseerd)|MD|11-11-2026|", "|3|Concept-advies commissie|HWG / NT|25-11-2026|",
    "# 6. Sluiting",
    "De voorzitter sluit de zitting om 15:05 uur. Het advies volgt binnen vier weken.",
    "Vastgesteld: mr. H.W. Gerritsen-Pool, voorzitter | N. Timmerman, secretaris"])
doc("zd29_concept_besluit_notes", font="Times-Roman", producer="Adobe Acrobat Pro 2024 (24.2.1)", creator="Microsoft® Word voor Microsoft 365",
    title="CONCEPT besluit gebod", notes=[(0, "Wouter Harmsen", "Is de termijn van zes maanden afgestemd met de gedragsdeskundige?"),
                                         (0, "Esra Yavuz", "Bel mij even: 06-55 20 41 73. Ik mis de verwijzing naar de melding van augustus."),
                                         (0, "Wouter Harmsen", "Akkoord na aanpassing, groet Wouter")],
    hidden=[("Wouter Harmsen", P, "annotations"), ("Wouter", P, "annotations"), ("Esra Yavuz", P, "annotations"),
            ("06-55 20 41 73", T, "annotations")], lines=[
    "# CONCEPT - besluit muilkorf- en aanlijngebod (versie 0.3)",
    "Kenmerk: BB-2026-118 / Z-2026-04417. Niet verspreiden.",
    "De burgemeester van Zutphen besluit op grond van artikel 2:59 van de Algemene Plaatselijke Verordening een muilkorf- en "
    "aanlijngebod op te leggen aan de eigenaar van de Mechelse herder die op 14 september 2026 in Park Het Weertje een "
    "voorbijganger heeft gebeten.",
    "Overwegingen: [nog aanvullen na ontvangst gedragsrapport en zienswijze]. Bij overtreding: last onder dwangsom van "
    "€ 250 per geconstateerde overtreding, met een maximum van € 2.500.",
    "Heroverweging: na zes maanden, op verzoek, met een nieuwe gedragstest.",
    "Ondertekening: de burgemeester van Zutphen."])
doc("zd30_brief_slachtoffer_scan", kind="scan", producer="Xerox WorkCentre 7845 PDF", creator="Xerox WorkCentre 7845",
    footer="Ingekomen stuk Z-2026-04417 - Postkamer gemeente Zutphen", lines=[
    "Y. ter Horst-Bakker", "Berkelsingel 3", "7203 AB Zutphen", "", "Aan de burgemeester van Zutphen", "",
    "~Geachte burgemeester,", "~Dank voor uw snelle besluit. Ik heb nog steeds", "~angstklachten en slaapproblemen,",
    "~maar ik durf weer een klein stukje te wandelen.", "~Mijn man Gerrit ter Horst en ik hopen", "~dat de boa's blijven controleren.",
    "", "~Hartelijke groet,", "~Yvonne ter Horst-Bakker", "~tel. 0575-523311"])
doc("zd31_woo_besluit", font="Times-Roman", producer="iText 7.2.5 (AGPL-version)", creator="Zaaksysteem", title="Besluit op Woo-verzoek W2026-031", lines=[
    "Gemeente Zutphen", "Dhr. R. Hofstede\nZaadmarkt 41\n7201 DE Zutphen\nper e-mail: ruben.hofstede@gmail.com", "",
    "Datum: 24 november 2026\nKenmerk: W2026-031\nBehandeld door: A. Verbeek-Nijhof, Woo-coördinator",
    "Onderwerp: besluit op uw Woo-verzoek",
    "Geachte heer Hofstede,",
    "# 1. Uw verzoek",
    "Op 2 oktober 2026 heeft u verzocht om openbaarmaking van documenten over het bijtincident in Park Het Weertje en het "
    "muilkorf- en aanlijngebod (zaak Z-2026-04417). Wij hebben de ontvangst bevestigd op 6 oktober 2026 en de beslistermijn "
    "op 30 oktober 2026 met twee weken verdaagd.",
    "# 2. Zienswijzen",
    "De eigenaar van de hond en een omwonende zijn in de gelegenheid gesteld een zienswijze te geven (artikel 4.9 Woo). Beiden "
    "hebben gevraagd hun gegevens niet openbaar te maken. Wij hebben deze zienswijzen meegewogen.",
    "# 3. Besluit",
    "Wij maken de documenten die in de inventarislijst zijn opgenomen deels openbaar. Een document (de brief van de huisarts) "
    "maken wij niet openbaar. De raadsvragen en de beantwoording waren al openbaar.",
    "# 4. Overwegingen",
    "Persoonsgegevens (artikel 5.1, tweede lid, onder e Woo, 5.1.2e). Namen, adressen, telefoonnummers en e-mailadressen van "
    "de eigenaar, de benadeelde, getuigen, omwonenden, de gedragsdeskundige en van medewerkers van de gemeente en de politie die "
    "niet in de openbaarheid treden, maken wij niet openbaar. Het belang van de eerbiediging van hun persoonlijke levenssfeer "
    "weegt zwaarder dan het belang van openbaarheid. De naam van de burgemeester blijft leesbaar; zij handelt in haar "
    "publieke functie.",
    "Gezondheidsgegevens (artikel 5.1, eerste lid, onder d Woo, 5.1.1d). Informatie over letsel en behandeling van de "
    "benadeelde is een bijzonder persoonsgegeven. Hiervoor geldt een absolute weigeringsgrond.",
    "Burgerservicenummers (artikel 5.1, eerste lid, onder e Woo, 5.1.1e) zijn eveneens weggelakt.",
    "Persoonlijke beleidsopvattingen (artikel 5.2 Woo): de opmerkingen in het conceptbesluit zijn weggelakt voor zover het "
    "persoonsgegevens betreft; de inhoud zelf is feitelijk en wordt openbaar gemaakt.",
    "---", "# 5. Wijze van openbaarmaking",
    "De documenten worden gepubliceerd op de website van de gemeente Zutphen en op open.overheid.nl.",
    "# Bezwaar",
    "Tegen dit besluit kunt u binnen zes weken bezwaar maken bij het college van burgemeester en wethouders (Algemene wet "
    "bestuursrecht).",
    "Hoogachtend,\nnamens het college van burgemeester en wethouders van Zutphen,", "A. Verbeek-Nijhof\nWoo-coördinator",
    "Bijlage: inventarislijst W2026-031"])
INV = ["|Nr.|Document|Datum|Beoordeling|Grond|Opmerking|"]
for n, (t, dt, b, g, o) in enumerate([
        ("Woo-verzoek", "02-10-2026", "deels openbaar", "5.1.2e", "naam en adres verzoeker"),
        ("Ontvangstbevestiging", "06-10-2026", "deels openbaar", "5.1.2e", ""),
        ("Mutatierapport politie PL0600-2026184571", "14-09-2026", "deels openbaar", "5.1.2e, 5.1.1d, 5.1.1e", "met vervolgmutatie"),
        ("Verklaring benadeelde", "16-09-2026", "deels openbaar", "5.1.2e, 5.1.1d, 5.1.1e", ""),
        ("Brief huisarts", "22-09-2026", "niet openbaar", "5.1.1d", "gezondheidsgegevens"),
        ("Boa-rapportage", "21-09-2026", "deels openbaar", "5.1.2e", ""),
        ("Boa-rapportage", "03-10-2026", "deels openbaar", "5.1.2e", ""),
        ("E-mail politie - Team APV", "22-09-2026", "deels openbaar", "5.1.2e", "thread"),
        ("E-mail intern APV", "23-09-2026", "deels openbaar", "5.1.2e", "thread"),
        ("Voornemen gebod", "24-09-2026", "deels openbaar", "5.1.2e", ""),
        ("Zienswijze eigenaar", "02-10-2026", "deels openbaar", "5.1.2e", ""),
        ("WhatsApp-export Buurtapp Hoven-Noord", "16-09-2026", "deels openbaar", "5.1.2e", ""),
        ("Gedragsrapport", "02-10-2026", "deels openbaar", "5.1.2e", ""),
        ("Factuur gedragsdeskundige INV-2026-0930", "05-10-2026", "deels openbaar", "5.1.2e", "IBAN, KvK"),
        ("Besluit burgemeester BB-2026-118", "09-10-2026", "deels openbaar", "5.1.2e", ""),
        ("Zakboeknotitie boa", "14-09-2026", "deels openbaar", "5.1.2e", "scan"),
        ("Bezwaarschrift", "16-10-2026", "deels openbaar", "5.1.2e", ""),
        ("Teams-chat APV", "12-10-2026", "deels openbaar", "5.1.2e", ""),
        ("Beslisnota", "07-10-2026", "deels openbaar", "5.1.2e", ""),
        ("Meldformulier", "15-09-2026", "deels openbaar", "5.1.2e, 5.1.1d", "formulier"),
        ("Raadsvragen Lokaal Zutphen", "25-09-2026", "openbaar", "", "reeds openbaar"),
        ("Beantwoording raadsvragen", "13-10-2026", "openbaar", "", "reeds openbaar"),
        ("Persbericht", "13-10-2026", "openbaar", "", "reeds openbaar"),
        ("E-mail Dierenambulance", "18-09-2026", "deels openbaar", "5.1.2e", ""),
        ("Verzoek zienswijze Woo", "20-10-2026", "deels openbaar", "5.1.2e", ""),
        ("Zienswijze omwonende", "28-10-2026", "deels openbaar", "5.1.2e", "scan"),
        ("Rooster boa's", "18-09-2026", "deels openbaar", "5.1.2e", ""),
        ("Verslag hoorzitting", "04-11-2026", "deels openbaar", "5.1.2e", ""),
        ("Conceptbesluit met opmerkingen", "06-10-2026", "deels openbaar", "5.1.2e", "opmerkingen verwijderd"),
        ("Brief benadeelde", "20-10-2026", "deels openbaar", "5.1.2e, 5.1.1d", "scan"),
        ("Verzoek aanlevering documenten", "07-10-2026", "deels openbaar", "5.1.2e", ""),
        ], start=1):
    INV.append(f"|{n}|{t}|{dt}|{b}|{g}|{o}|")
doc("zd32_inventarislijst", font="Helvetica", producer="Microsoft® Excel® voor Microsoft 365", creator="Microsoft® Excel® voor Microsoft 365",
    title="Inventarislijst W2026-031", lines=[
    "# Inventarislijst Woo-verzoek W2026-031 (bijlage bij besluit van 24 november 2026)", *INV,
    "Gebruikte gronden: 5.1.1d gezondheid, 5.1.1e BSN, 5.1.2e persoonlijke levenssfeer (Wet open overheid)."])
doc("zd33_mail_aanlevering", producer="Microsoft Outlook 16.0", creator="Microsoft Outlook", title="Woo W2026-031 aanlevering",
    author="Verbeek-Nijhof, A.", lines=[
    "Van: Verbeek-Nijhof, Anouk <a.verbeek@zutphen.nl>\nVerzonden: woensdag 7 oktober 2026 08:31\n"
    "Aan: Hek, Joost van 't <j.vanthek@zutphen.nl>; Smeenk, Ruud <r.smeenk@zutphen.nl>; Oosterveld, Thijs <t.oosterveld@zutphen.nl>\n"
    "CC: woo@zutphen.nl\nOnderwerp: Woo W2026-031 - aanlevering documenten hondenbeet",
    "Beste Joost, Ruud en Thijs,",
    "Wij hebben een Woo-verzoek ontvangen over het bijtincident in Park Het Weertje en het gebod (W2026-031). Willen jullie "
    "uiterlijk 14 oktober alle documenten aanleveren in de Woo-map van Teams? Denk aan mails met de politie, boa-rapportages, "
    "chats, het gedragsrapport, de factuur en conceptversies van het besluit.",
    "Let op: de brief van de huisarts graag apart aanleveren, die bevat gezondheidsgegevens.",
    "Vragen? Bel me gerust.",
    "Groet,\nAnouk\nWoo-coördinator gemeente Zutphen | 14 0575 | woo@zutphen.nl", "",
    "Van: Oosterveld, Thijs <t.oosterveld@zutphen.nl>\nVerzonden: woensdag 7 oktober 2026 09:12\nAan: Verbeek-Nijhof, Anouk\n"
    "Onderwerp: RE: Woo W2026-031 - aanlevering documenten hondenbeet",
    "Anouk, de beslisnota en het besluit zet ik erin zodra de burgemeester heeft getekend. Groet, Thijs"])
