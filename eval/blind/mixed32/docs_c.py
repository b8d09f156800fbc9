"""Documents ap31-ap33 of set AP (all persons invented)."""
from framework import Doc, bsn, iban

B = bsn
DOCS = []

# ---------------------------------------------------------------- ap31 bereikbaarheidslijst team (reportlab, 2p)
_staff = [
    ("Dag de Boer", "DdB", "teamleider", "088 898 40 11", "06-12 80 44 73", "dag.deboer"),
    ("Hoop Mahabier", "HMA", "senior klantmanager", "088 898 40 12", "06-20 37 58 91", "hoop.mahabier"),
    ("Roos Winter", "RWI", "klantmanager", "088 898 40 13", "06-31 64 09 25", "roos.winter"),
    ("Storm Bakker", "SBA", "klantmanager", "088 898 40 14", "06-42 95 13 60", "storm.bakker"),
    ("Ewa Kamińska", "EKA", "klantmanager", "088 898 40 15", "06-53 06 48 17", "ewa.kaminska"),
    ("Oleksandr Shevchenko", "OSH", "werkcoach", "088 898 40 16", "06-64 17 72 38", "o.shevchenko"),
    ("Nesrin Arslan-Visser", "NAV", "werkcoach", "088 898 40 17", "06-75 28 83 49", "nesrin.arslan"),
    ("Jan Willem van 't Hof", "JWvtH", "arbeidsdeskundige", "088 898 40 18", "06-86 39 94 50", "janwillem.vanthof"),
    ("Rachid Bouzerda", "RBO", "arbeidsdeskundige", "088 898 40 19", "06-97 40 05 61", "rachid.bouzerda"),
    ("Ketut Suryani", "KSU", "verzekeringsarts", "088 898 40 20", "06-18 51 16 72", "ketut.suryani"),
    ("Wei Zhang", "WZH", "verzekeringsarts", "088 898 40 21", "06-29 62 27 83", "wei.zhang"),
    ("Shanti Jagessar", "SJA", "procesbegeleider", "088 898 40 22", "06-30 73 38 94", "shanti.jagessar"),
    ("Gilbert Cijntje", "GCI", "procesbegeleider", "088 898 40 23", "06-41 84 49 05", "gilbert.cijntje"),
    ("Luuk Zuidema", "LZU", "administratief medewerker", "088 898 40 24", "06-52 95 50 16", "luuk.zuidema"),
    ("Mahmoud Al-Sayed", "MAS", "administratief medewerker", "088 898 40 25", "06-63 06 61 27", "mahmoud.alsayed"),
    ("Feven Tekle", "FTE", "stagiair", "088 898 40 26", "06-74 17 72 38", "feven.tekle"),
]
_rows = [["Naam", "Code", "Functie", "Direct", "Mobiel", "E-mail"]]
for n, c, f, d, m, e in _staff:
    _rows.append([f"[[P:{n}]]", f"[[S:{c}]]", "{{R:" + f + "}}", f"[[T:{d}]]", f"[[T:{m}]]", f"[[E:{e}@uwv.nl]]"])
DOCS.append(Doc("ap31.pdf", "reportlab", seed=31, title="Bereikbaarheidslijst team Arbeidsongeschiktheid Den Haag",
    author="[[P:Luuk Zuidema]]", footer="Intern – {{O:UWV}} {{G:Den Haag}} – niet verspreiden", blocks=[
    ("h", "{{O:UWV}} {{Q:Sociaal Medische Zaken}} {{G:Den Haag}} – bereikbaarheidslijst"),
    ("p", "Versie {{Y:1 mei 2025}}. Algemene nummers voor klanten: {{W:088 - 898 92 94}}; werkgevers {{W:088 - 898 20 01}}. "
          "Functionele mailbox van het team: {{M:smz-denhaag@uwv.nl}}. Geef nooit een mobiel nummer aan een klant."),
    ("t", _rows, (40, 14, 36, 26, 26, 38)),
    ("h2", "Vervanging en piket"),
    ("t", [["Week", "Piket", "Achterwacht", "Opmerking"],
           ["19", "[[P:Roos Winter]]", "[[P:Dag de Boer]]", "Koningsdag-compensatie"],
           ["20", "[[P:Storm Bakker]]", "[[P:Hoop Mahabier]]", "[[P:Mahabier]] ma afwezig"],
           ["21", "[[P:Ewa Kamińska]]", "[[P:Dag de Boer]]", "{{K:Pinksteren}}"],
           ["22", "[[P:Gilbert Cijntje]]", "[[P:Shanti Jagessar]]", "training {{K:CBBS}} in {{G:Utrecht}}"]]),
    ("h2", "Lopende zaken met extra aandacht (stand {{Y:1 mei 2025}})"),
    ("t", [["Klant", "Klantnummer", "Woonplaats", "Bijzonderheid", "Eigenaar"],
           ["[[P:mevr. C.M. Hoogstraten-Öztürk]]", "[[C:UW-61230981]]", "{{G:Zoetermeer}}", "dreigt met media, altijd met twee collega's", "[[S:DdB]]"],
           ["[[P:dhr. Krzysztof Wójcik]]", "[[C:UW-61408817]]", "{{G:Westland}}", "Pools; tolk via {{O:Tolkcentrum}}", "[[S:EKA]]"],
           ["[[P:Bayu Pratama]]", "[[C:UW-61559023]]", "{{G:Rijswijk}}", "{{K:Wajong}}, moeder [[P:Ratna Pratama]] is bewindvoerder", "[[S:KSU]]"],
           ["[[P:Merel van der Velde]]", "[[C:UW-61770145]]", "{{G:Den Haag}}", "klacht bij {{O:Nationale ombudsman}}", "[[S:HMA]]"],
           ["[[P:Yohannes Kidane]]", "[[C:UW-61882290]]", "{{G:Delft}}", "adres: [[A:Kruisstraat 62]]", "[[S:FTE]]"],
           ["[[P:Amal Haddou-Winter]]", "[[C:UW-61990376]]", "{{G:Leidschendam}}", "bel terug op [[T:06-43 72 18 05]]", "[[S:NAV]]"]],
     (46, 28, 26, 56, 14)),
    ("p", "Wijzigingen doorgeven aan [[P:Luuk]] ([[S:LZU]]). Noodnummer gebouw {{O:Stationsplein}}: {{W:070 311 00 00}}."),
]))

# ---------------------------------------------------------------- ap32 GGD vaccinatieafspraken (chromium)
_pp = [
    ("Hoop van Wijk", "12-02-2024", "BMR-1", "Ravenhorst 9, Gouda", "06-11 23 58 69"),
    ("Roos El Idrissi", "03-07-2023", "DKTP-Hib-HepB-4", "Burgemeester Martenssingel 44, Gouda", "06-22 34 69 70"),
    ("Dag Oosterbaan", "27-11-2019", "DTP-5", "Karnemelksloot 118, Gouda", "06-33 45 70 81"),
    ("Maja Nowak", "15-05-2012", "HPV-1", "Goudse Houtsingel 3, Gouda", "06-44 56 81 92"),
    ("Yusuf Kaya", "09-09-2011", "MenACWY", "Bloemendaal 71, Gouda", "06-55 67 92 03"),
    ("Stella Rijssel", "21-01-2012", "HPV-1", "Achter de Kerk 2, Moordrecht", "06-66 78 03 14"),
    ("Chidi Okafor", "30-03-2024", "BMR-1", "Gouwe 250, Gouda", "06-77 89 14 25"),
    ("Winter Sapulete", "02-12-2019", "DTP-5", "Regentesselaan 19, Gouda", "06-88 90 25 36"),
]
_vr = [["Tijd", "Kind", "Geboortedatum", "Vaccinatie", "Adres", "Telefoon ouder"]]
for i, (n, d, v, a, t) in enumerate(_pp):
    street, place = a.rsplit(", ", 1)
    _vr.append([f"{9 + i // 4}:{(i % 4) * 15:02d}", f"[[P:{n}]]", f"[[D:{d}]]", "{{K:" + v + "}}",
                f"[[A:{street}]], " + "{{G:" + place + "}}", f"[[T:{t}]]"])
DOCS.append(Doc("ap32.pdf", "chromium", seed=32, title="GGD afsprakenlijst jeugdvaccinaties",
    annots=[("Moeder [[P:Sandra van Wijk]] vraagt of de opa mee mag", "[[P:Ilham Mourabit]]")], blocks=[
    ("h", "{{O:GGD Hollands Midden}} – afsprakenlijst {{Q:Rijksvaccinatieprogramma}}, locatie {{G:Gouda}}"),
    ("kv", [("Datum", "{{Y:14 oktober 2025}}"), ("Sessie", "ochtend, Jeugdgezondheidszorg Kleiweg"),
            ("{{R:Jeugdverpleegkundige}}", "[[P:Marleen Verhoef]] ([[S:MVE]])"), ("{{R:Jeugdarts}}", "[[P:dr. Koen Baptist]]"),
            ("Doktersassistent", "[[P:Ilham Mourabit]]")]),
    ("t", _vr),
    ("p", "Afmeldingen: ouder van [[P:Maja Nowak]] belde af (ziek), nieuwe afspraak via {{W:088 308 30 00}}. "
          "Ouder van [[P:Chidi Okafor]] wil een tolk {{K:Engels}} – geregeld door [[P:Ilham]]."),
    ("p", "Registratie in {{K:Praeventis}} door [[P:Marleen Verhoef]]. Het {{O:RIVM}} ontvangt de gegevens volgens de "
          "{{L:Wet publieke gezondheid}}. Vragen van ouders: {{M:jgz@ggdhm.nl}}."),
]))

# ---------------------------------------------------------------- ap33 SVB betaallijst remigratie / bijzondere gevallen (soffice)
_r = [["Dossier", "Naam", "Land", "IBAN / rekening", "Bedrag", "Behandelaar"]]
_people = [("RM-24-1181", "Abdelkader Ouazzani", "{{G:Marokko}}", 331, "{{Z:€ 612,45}}", "AKR"),
           ("RM-24-1182", "Mustafa Güler", "{{G:Turkije}}", 332, "{{Z:€ 598,10}}", "AKR"),
           ("RM-24-1190", "Ricardo Rosalia", "{{G:Curaçao}}", 333, "{{Z:€ 640,00}}", "LBR"),
           ("RM-24-1194", "Wilhelmina Esajas-Toney", "{{G:Suriname}}", 334, "{{Z:€ 702,88}}", "LBR"),
           ("RM-24-1207", "Halima Benyahia", "{{G:Marokko}}", 335, "{{Z:€ 612,45}}", "DHO"),
           ("RM-24-1213", "Seyfettin Kılıç", "{{G:Turkije}}", 336, "{{Z:€ 577,30}}", "DHO")]
for dn, n, c, s, a, h in _people:
    _r.append([dn, f"[[P:{n}]]", c, f"[[I:{iban(s, 'ABNA')}]]", a, f"[[S:{h}]]"])
DOCS.append(Doc("ap33.pdf", "soffice", seed=33, title="Betaallijst Remigratie mei 2025",
    annots=[("Adreswijziging [[P:Güler]] nog niet verwerkt – [[P:Ayse Kara]]", "[[P:Ayse Kara]]")], blocks=[
    ("h", "{{O:SVB}} – betaallijst {{L:Remigratiewet}}, mei 2025"),
    ("p", "Controlelijst voor uitbetaling op {{Y:23 mei 2025}}. Alleen dossiers met afwijkingen. Grondslag: {{L:artikel 4 "
          "Remigratiewet}}; de uitkering wordt betaald aan remigranten die naar hun land van herkomst zijn teruggekeerd."),
    ("t", _r),
    ("p", "Legenda: [[S:AKR]] = [[P:Ayse Kara]], [[S:LBR]] = [[P:Lucas Brouwer]], [[S:DHO]] = [[P:Dineke Hoogland]]. Vrijgave door "
          "{{R:teamleider}} [[P:Frans Aarts]] na vier-ogencontrole."),
    ("p", "Afwijking bij [[P:Ricardo Rosalia]]: levensbewijs ontvangen via het {{O:Sociale Verzekeringsbank}} kantoor "
          "{{G:Willemstad}}; zijn dochter [[P:Naomi Rosalia]] ([[T:+599 9 461 2234]]) is contactpersoon."),
    ("small", "{{O:SVB}} {{G:Amstelveen}} – {{W:020 656 52 64}} – {{M:remigratie@svb.nl}}"),
]))
