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
    "S. Oudejans"])
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
    "Ik wil dat de gemeente zorgt dat dit niet nog eens gebeurt.",
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
    "Ik ben het niet eens met uw voornemen. Mijn hond is geen gevaarlijke hond. Mevrouw ter Horst liep met uitgestoken arm op "
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
    "[16-09-26 21:20] Gerda Wissink: Ik heb @Ans toegevoegd aan de lijst voor de petitie aan raadslid Mulder"])
doc("zd13_gedragsrapport", font="DejaVuSerif", producer="PDFpen 13.1", creator="Pages", title="Gedragsrapport Mechelse herder", outline=[(0, "Gedragsrapport"), (6, "Conclusie en advies")], lines=[
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
    "Hoogachtend,\nde burgemeester van Zutphen,", "burgemeester Vos-Hazelhoff"])
