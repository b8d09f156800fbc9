"""Set LG documents lg01-lg11."""
from lib import Doc

W = "Microsoft® Word for Microsoft 365"
OL = "Microsoft Outlook 16.0"

DOCS = [
 Doc("lg01_woo_verzoek", "rl", [
  ("h", "Verzoek op grond van de Wet open overheid"),
  "Aan: {=GGD Hart voor Brabant}, t.a.v. de Woo-coördinator\nPostbus 3166, 5003 DD Tilburg",
  "Van: {P:Floortje Zandbergen-Haak}, freelance journalist\n{A:Hoefstraat 41}, 5014 NK Tilburg\nE-mail: {E:floortje.zandbergen@journalistenpost.nl} | tel. {T:06-4187 2290}",
  "Tilburg, 3 november 2026",
  "Geachte heer, mevrouw,",
  "Op grond van de {=Wet open overheid} ({=Woo}) verzoek ik u om openbaarmaking van alle documenten over de uitbraak van legionellose in {=Tilburg-Noord} in september en oktober 2026, waaronder het bronopsporingsonderzoek naar de wasstraat aan de {=Kraaivenstraat} en de koeltoren van het distributiecentrum op bedrijventerrein {=Vossenberg}, de rapportages van het {=Regionaal Laboratorium Medische Microbiologie}, de {=noodverordening} van de burgemeester, verslagen van het outbreak management team ({=OMT}) en correspondentie met het {=RIVM} en de {=Omgevingsdienst Midden- en West-Brabant}.",
  "Ik begrijp dat gegevens van patiënten niet openbaar worden gemaakt. Ik verzoek u de documenten digitaal te verstrekken. Mijn verzoek valt onder het project 'Koeltorens in beeld' van het {=Fonds Bijzondere Journalistieke Projecten}.",
  "Met vriendelijke groet,\n{P:Floortje Zandbergen-Haak}",
 ], producer="Microsoft® Word for Microsoft 365", creator=W, title="Woo-verzoek legionella"),

 Doc("lg02_ontvangstbevestiging", "rl", [
  ("h", "Ontvangstbevestiging Woo-verzoek"),
  "{P:Mevrouw F. Zandbergen-Haak}\n{A:Hoefstraat 41}\n5014 NK Tilburg",
  "Ons kenmerk: {=WOO-GGDHvB-2026-0147}\nDatum: 6 november 2026\nBehandeld door: {P:mr. J.C. (Jeroen) Oudenaarden}",
  "Geachte mevrouw Zandbergen-Haak,",
  "Op 3 november 2026 hebben wij uw verzoek ontvangen om documenten over de legionella-uitbraak in {=Tilburg-Noord}. Uw verzoek is geregistreerd onder nummer {=WOO-GGDHvB-2026-0147}. Wij beslissen binnen vier weken na ontvangst; deze termijn kunnen wij met twee weken verdagen (artikel 4.4 {=Woo}).",
  "Omdat bij uw verzoek mogelijk belangen van derden betrokken zijn, zoals de exploitant van de wasstraat en {=Vossenberg Logistics Park B.V.}, kunnen wij hen in de gelegenheid stellen hun zienswijze te geven.",
  "Heeft u vragen? Neem dan contact op via {=woo@ggdhvb.nl} of het algemene nummer {=0900 463 6443}.",
  "Met vriendelijke groet,\nnamens de directeur publieke gezondheid,\n\n{P:J.C. Oudenaarden}\njurist Informatiebeheer",
 ], producer="Aspose.PDF for .NET 23.4", creator="Zaaksysteem GGD", font="Times-Roman"),
]

import random as _r


def _caselist():
    rnd = _r.Random(164)
    ini = ["A.B.", "J.M.", "H.W.", "C.", "P.J.A.", "G.T.", "M.v.D.", "E.K.", "R.", "W.J.", "S.O.", "T.H.M.", "L.", "F.G.", "D.A.", "N.Ö.", "K.P.", "Y.el A."]
    streets = ["Kempenbaan", "Bredaseweg", "Korvelseweg", "Lourdesplein", "Ringbaan-Noord", "Hasseltstraat", "Hoefstraat",
               "Groeseindstraat", "Tongerlose Hoefstraat", "Heikant", "Jan Heijnsstraat", "Smitspad", "Vlashof",
               "Tuinstraat", "Goirkestraat", "Enschotsestraat", "Stokhasseltlaan", "Kruisvaardersstraat"]
    rows = [["nr", "initialen", "lft", "m/v", "woonadres", "1e ziektedag", "ziekenhuis / status"]]
    for i, (a, s) in enumerate(zip(ini, streets), 1):
        age = rnd.randint(44, 91)
        adr = f"{s} {rnd.randint(2, 190)}"
        day = rnd.randint(9, 30)
        st = rnd.choice(["{=ETZ Elisabeth}, IC", "{=ETZ Elisabeth}, afdeling", "{=Amphia} Breda, afdeling", "thuis, huisarts", "{=ETZ Elisabeth}, ontslagen"])
        if i == 7:
            st = "overleden 2-10"
        rows.append([f"{{=LP-26-{i:03d}}}", f"{{C:{a}}}", str(age), rnd.choice("mv"), f"{{A:{adr}}}", f"{day}-09", st])
    return rows


DOCS += [
 Doc("lg03_lijnlijst_casus", "rl", [
  ("h", "Lijnlijst legionellose cluster Tilburg-Noord (versie 7)"),
  "{=GGD Hart voor Brabant} | afdeling {=Infectieziektebestrijding} | VERTROUWELIJK - medisch beroepsgeheim\nStand 6 oktober 2026, 16:00 uur. Opgesteld door: {P:drs. Maaike ter Horst-Wijnen}, arts infectieziektebestrijding. Controle: {P:Bas Koevoets}, sociaal verpleegkundige.",
  "Casusdefinitie: pneumonie met positieve {=Legionella}-urineantigeentest of kweek/PCR, eerste ziektedag na 1 september 2026 en verblijf binnen 3 km van de {=Kraaivenstraat}. Meldingen via {=Osiris}.",
  ("table", _caselist(), [2.0, 1.7, 0.8, 0.8, 4.0, 1.7, 4.4]),
  ("break", ""),
  ("h2", "Mogelijke casussen en uitgesloten meldingen"),
  ("table", [["melding", "naam / initialen", "geb.datum", "adres", "reden"],
             ["{=PC-26-01}", "{P:Johanna Verhagen}", "{D:17-02-1950}", "{A:Bredaseweg 311}", "urinetest negatief, PCR volgt"],
             ["{=PC-26-02}", "{C:B.J.}", "{D:03-11-1939}", "{A:Heikant 14}", "pneumonie, geen test afgenomen"],
             ["{=PC-26-03}", "{P:Karel ten Velde}", "{D:29-06-1962}", "{A:Vlashof 40}", "verblijf buiten 3 km; uitgesloten"],
             ["{=PC-26-04}", "{P:Aaliyah Doornbos}", "{D:08-08-1988}", "{A:Tuinstraat 6}", "influenza A; uitgesloten"],
             ["{=PC-26-05}", "{C:W.v.d.B.}", "{D:21-12-1947}", "{A:Goirkestraat 71}", "reisgerelateerd (Spanje); apart melden aan {=ELDSNet}"],
             ["{=PC-26-06}", "{P:Stefan Ł. Nowak}", "{D:14-05-1971}", "{A:Enschotsestraat 99}", "medewerker DC; serologie afwachten"]], [1.8, 3.3, 2.2, 3.6, 5.4]),
  "Besmettingsrisico naar leeftijd en blootstelling: zie de {=LCI-richtlijn Legionellose}. Definities volgens het {=ECDC} ({=EU case definition 2018}). Alle casussen zijn gemeld in {=Osiris}; clusterregistratie bij het {=Landelijk Centrum Infectieziektebestrijding} onder {=CL-2026-0219}.",
  "Opmerking: casus {=LP-26-011} werkt als schoonmaker bij het distributiecentrum; casus {=LP-26-004} gebruikte de wasstraat op 12 september (bonnetje aanwezig). Casus {=LP-26-016} is echtgenote van patiënt {C:G.T.}, zelfde adres. Sputum van 4 patiënten naar het {=RIVM} voor typering ({=sequence-based typing}).",
 ], producer="Microsoft® Excel® for Microsoft 365", creator="Microsoft® Excel® for Microsoft 365", title="Lijnlijst v7", font="DejaVuSans"),
]


def _phonelog():
    rnd = _r.Random(1641)
    callers = [("{P:mevr. Hanneke Brouwers}", "{T:013-4561893}", "heeft hoest en koorts, woont naast wasstraat"),
               ("{P:dhr. Teun van Gils}", "{T:06 28 44 91 07}", "vraagt of douchen veilig is"),
               ("{P:Ayşe Demirtaş}", "{T:+31 6 1935 7720}", "moeder (81) opgenomen, vraagt om uitleg"),
               ("{P:dhr. R. Kuijpers-Maas}", "{T:0031 13 536 0412}", "eigenaar sportschool, vraagt naar sauna"),
               ("{P:Wim}", "{T:06-52718830}", "wil naam niet geven; klaagt over nevel koeltoren"),
               ("{P:mw. Jansen-de Rooij}", "{T:013 - 468 22 17}", "dochter is zwanger, vraagt risico"),
               ("{P:Piotr Wiśniewski}", "{T:06 3377 1049}", "werkt bij DC Vossenberg, collega ziek"),
               ("{P:dhr. Gerrit 't Hooft}", "{T:+31 (0)13 544 9031}", "heeft longemfyseem, vraagt of hij binnen moet blijven"),
               ("{P:Sandra Verhoeven}", "{T:0135 421 776}", "klacht: nooit teruggebeld"),
               ("{P:huisarts dr. L. Bekkers}", "{T:013-5422600 toestel 214}", "meldt pneumonie bij patiënt, vraagt urinetest"),
               ("{P:Noor El Idrissi}", "{T:06-1104 8836}", "woont Kempenbaan, ramen open?"),
               ("{P:mevr. Van der Sande}", "{T:06 41 55 03 29}", "buurman overleden, is zij besmet?"),
               ("{P:journalist Koen Hazelaar}", "{T:06-2290 4415}", "doorverbonden met woordvoering"),
               ("{P:dhr. Bram Oomen}", "{T:013 7200 118}", "gebruikt wasstraat wekelijks, geen klachten"),
               ("{P:Fatima Bouzid}", "{T:+31 6 48 20 19 55}", "vader (74) suf en benauwd, advies huisarts"),
               ("{P:mevr. Ingrid de Laat}", "{T:0031 6 1208 4470}", "wil geld terug van wasstraat"),
               ]
    rows = [["tijd", "beller", "telefoon", "vraag / klacht", "afgehandeld door"]]
    codes = ["{C:CC-HB}", "{C:CC-RvL}", "{C:CC-SM}", "{C:CC-JdK}"]
    h, m = 8, 31
    for c in callers:
        rows.append([f"{h:02d}:{m:02d}", c[0], c[1], c[2], rnd.choice(codes)])
        m += rnd.randint(4, 19)
        if m >= 60:
            h, m = h + 1, m - 60
    return rows


DOCS += [
 Doc("lg04_belnotities_callcenter", "rl", [
  ("h", "Belnotities publieksinformatienummer legionella - dinsdag 29 september 2026"),
  "Publieksnummer {=0800 7788 456} (gratis), bereikbaar 8:00-20:00. Teamleider callcenter: {P:Rianne van Lieshout} (intern {T:toestel 4417}). Script: {=Vraag-en-antwoordlijst legionella versie 3}.",
  ("table", _phonelog(), [1.1, 3.6, 3.2, 5.6, 2.3]),
  ("break", ""),
  ("h2", "Woensdag 30 september 2026 (avonddienst)"),
  ("table", [["tijd", "beller", "telefoon", "vraag / klacht", "afgehandeld door"],
             ["18:02", "{P:dhr. Cor Hermsen}", "{T:013-4553 908}", "vraagt of tuinsproeier risico is", "{C:CC-DSK}"],
             ["18:20", "{P:mevr. Lieke Pijnenburg-Vos}", "{T:06-1822 9930}", "werkt in zorg, wil bewoners informeren", "{C:CC-DSK}"],
             ["18:41", "{P:Jos van Beurden}", "{T:0031 13 467 1180}", "eigenaar kapsalon naast wasstraat, omzetverlies", "{C:CC-HB}"],
             ["19:05", "{P:mevr. Demirtaş}", "{T:+31 6 1935 7720}", "belt opnieuw: moeder verplaatst naar IC", "{C:CC-DSK}"],
             ["19:33", "anoniem (man, ca. 60)", "-", "koeltoren bij {=Tilburg Zuid} ook verdacht?", "{C:CC-HB}"],
             ["19:50", "{P:Marleen Coppens}", "{T:06 27 30 11 84}", "zwembad {=Stappegoor} open?", "{C:CC-DSK}"]], [1.1, 3.6, 3.2, 5.6, 2.3]),
  "Veelgestelde vragen die dag: douchen (veilig), drinkwater van {=Brabant Water} (veilig), ramen openzetten (geen bezwaar), zwembad {=Stappegoor} (open, eigen beheersplan), wasstraat (gesloten). Informatie op {=www.ggdhvb.nl/legionella}.",
  "Doorverwezen naar de huisarts: 6. Doorverbonden met arts infectieziektebestrijding: 2. Klachten doorgezet naar {=klachtenfunctionaris@ggdhvb.nl}: 1. Codes medewerkers: zie het rooster in {=TOPdesk}.",
 ], producer="Nitro PDF Pro 14.5.0.11", creator="Nitro Pro", title="Belnotities 29-09", font="DejaVuSans"),

 Doc("lg05_mail_wasstraat", "rl", [
  ("m", "Van: Ter Horst-Wijnen, Maaike <{E:m.terhorstwijnen@ggdhvb.nl}>"),
  ("m", "Verzonden: woensdag 23 september 2026 17:42"),
  ("m", "Aan: {E:info@blinkendwassen.nl}; {P:Dirk-Jan Rasenberg} <{E:dj.rasenberg@blinkendwassen.nl}>"),
  ("m", "CC: {P:Van Esch, Karin} <{E:k.vanesch@omwb.nl}>; {E:bronopsporing@ggdhvb.nl}"),
  ("m", "Onderwerp: RE: monstername wasstraat Kraaivenstraat - {=dossier BO-2026-031}"),
  "Beste heer {P:Rasenberg},",
  "Dank voor het telefonisch overleg van vanmiddag. Zoals besproken nemen medewerkers van de {=Omgevingsdienst Midden- en West-Brabant} morgen om 9:00 uur monsters van het opgevangen spoelwater, de hogedrukspuit en de osmose-installatie. Wij verzoeken u de installatie tot die tijd niet te reinigen of te desinfecteren, zodat de bron niet wordt gemaskeerd. Wilt u het logboek van het {=legionellabeheersplan} en de onderhoudsrapporten van {=Aqua Protect Service} klaarleggen?",
  "Met vriendelijke groet,\n{P:Maaike ter Horst}\narts infectieziektebestrijding | {=GGD Hart voor Brabant}\nT {T:06-1370 5582} | bereikbaar ma-do",
  ("m", "-----Oorspronkelijk bericht-----"),
  ("m", "Van: Dirk-Jan Rasenberg <{E:dj.rasenberg@blinkendwassen.nl}>"),
  ("m", "Verzonden: woensdag 23 september 2026 15:10"),
  ("m", "Aan: Ter Horst-Wijnen, Maaike <{E:m.terhorstwijnen@ggdhvb.nl}>"),
  ("m", "Onderwerp: monstername wasstraat Kraaivenstraat"),
  "Mevrouw,",
  "Ik lees in het {=Brabants Dagblad} dat mijn wasstraat de bron zou zijn. Dat vind ik onterecht: wij draaien sinds 2019 met een gecertificeerd beheersplan en de laatste monsters (juli) waren negatief. Mijn monteur {P:Sjaak Dirven} ({T:06-5190 2241}) kan morgen aanwezig zijn. U kunt mij bellen op {T:06-2046 7718}. Ik wil wel graag weten wie dit naar de krant heeft gelekt.",
  "{P:Dirk-Jan Rasenberg}\neigenaar {=Blinkend Wassen Tilburg} (eenmanszaak)",
 ], producer=OL, creator=OL, title="RE: monstername wasstraat"),
]
