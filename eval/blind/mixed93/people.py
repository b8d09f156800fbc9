"""Invented persons (redact) and the keep vocabulary of set mixed93. All persons are invented."""


def P(key, name, **items):
    return {"key": key, "name": name, "items": items}


# numbers (BSN 11-proef valid, IBAN mod-97 valid; all invented)
BSN_HJM = "218473059"
BSN_GSE = "173904622"
BSN_TW = "305189748"
IBAN_HJM = "NL27 RABO 3087 7412 05"
IBAN_GSE = "NL89 INGB 0006 6720 18"
IBAN_TW = "NL53 ABNA 5120 9487 36"
IBAN_GT = "NL64 RABO 1468 0933 21"
IBAN_FvdB = "NL30 SNSB 9034 4177 25"

PEOPLE = [
    # ---- Provincie Drenthe (civil servants)
    P("MOB", "Marieke Oosterveld-Brands",
      PERSON=["Oosterveld-Brands", "OOSTERVELD-BRANDS", "Marieke", "MOB", "M.O.B."],
      EMAIL=["m.oosterveld-brands@drenthe.nl"],
      PHONE=["06 41 27 83 95", "06-41278395", "+31 6 4127 8395", "0641278395"]),
    P("JTH", "Jeroen ter Horst",
      PERSON=["ter Horst", "Ter Horst", "TER HORST", "Jeroen", "JtH"],
      EMAIL=["j.terhorst@drenthe.nl"],
      PHONE=["0592 36 58 12", "(0592) 36 58 12", "0592-365812"]),
    P("AVH", "Annemiek van 't Hul",
      PERSON=["van 't Hul", "Van 't Hul", "Annemiek", "AvtH"],
      EMAIL=["a.vanthul@drenthe.nl"],
      PHONE=["0592 36 57 40"]),
    P("SK", "Sjoerd Kloosterhuis",
      PERSON=["Kloosterhuis", "Sjoerd", "SKl"],
      EMAIL=["s.kloosterhuis@drenthe.nl"],
      PHONE=["06-13579024", "06 135 790 24"]),
    P("WS", "Wendy Stuiver",
      PERSON=["Stuiver", "Wendy"],
      EMAIL=["w.stuiver@drenthe.nl"]),
    # ---- BIJ12
    P("DH", "Daan Hofstee",
      PERSON=["Hofstee", "Daan", "DHo"],
      EMAIL=["d.hofstee@bij12.nl"],
      PHONE=["06-23587741", "06 2358 7741"]),
    P("IW", "Ilse Wubbels",
      PERSON=["Wubbels", "Ilse", "IW"],
      EMAIL=["i.wubbels@bij12.nl"],
      PHONE=["030 274 91 63", "030-2749163"]),
    P("RM", "Rutger Mensink",
      PERSON=["Mensink", "Rutger"]),
    # ---- Staatsbosbeheer
    P("JH", "Jorrit Hemmes",
      PERSON=["Hemmes", "HEMMES", "Jorrit", "JH"],
      EMAIL=["j.hemmes@staatsbosbeheer.nl"],
      PHONE=["06-52814407", "06 52 81 44 07"]),
    P("NE", "Niels Eefting",
      PERSON=["Eefting", "Niels"],
      EMAIL=["n.eefting@staatsbosbeheer.nl"],
      ID=["204817"]),
    P("KS", "Karin Schuiling",
      PERSON=["Schuiling", "Karin", "KS"],
      EMAIL=["k.schuiling@staatsbosbeheer.nl"],
      PHONE=["06-48 20 71 36"]),
    # ---- Wolf Fencing Nederland (volunteers)
    P("HB", "Hidde Bosscher",
      PERSON=["Bosscher", "BOSSCHER", "Hidde"],
      EMAIL=["hidde.bosscher@gmail.com"],
      PHONE=["06-18442950", "+31 6 1844 2950"]),
    P("EvL", "Evelien van Lier",
      PERSON=["van Lier", "Van Lier", "VAN LIER", "Evelien"],
      EMAIL=["evelienvanlier@hotmail.com"]),
    # ---- Politie
    P("RD", "Rianne Dekker-Bos",
      PERSON=["Dekker-Bos", "DEKKER-BOS", "Rianne"], ID=["148733"],
      EMAIL=["rianne.dekker-bos@politie.nl"],
      PHONE=["06-30197745", "06 3019 7745"]),
    P("MvdM", "Martijn van der Meulen",
      PERSON=["van der Meulen", "Van der Meulen", "VAN DER MEULEN", "Martijn"],
      EMAIL=["martijn.van.der.meulen@politie.nl"]),
    # ---- Faunabeheereenheid Drenthe (board, private persons)
    P("HL", "Harm Luinge", PERSON=["Luinge", "Harm", "HL"], PHONE=["06-22 91 35 60"]),
    P("GLS", "Gerda Lubbers-Smeenge", PERSON=["Lubbers-Smeenge", "Gerda", "GLS"],
      EMAIL=["gerda.lubbers@hetnet.nl"], PHONE=["0592-27 41 96"]),
    P("AZ", "Albert Zwiers", PERSON=["Zwiers", "Albert", "AZw"]),
    P("RK", "Roelof Kremer", PERSON=["Kremer", "Roelof", "RK"]),
    P("WdH", "Wietske de Haan", PERSON=["de Haan", "De Haan", "Wietske", "WdH"]),
    P("BN", "Bert Nijhof", PERSON=["Nijhof", "Bert", "BN"], PHONE=["06-50 33 18 72"],
      EMAIL=["b.nijhof@fbe-drenthe.nl"]),
    # ---- private persons
    P("HJM", "Hendrik-Jan Meijering",
      PERSON=["Meijering", "MEIJERING", "Hendrik-Jan", "H.J.", "HJ"],
      EMAIL=["hjmeijering@outlook.com"],
      PHONE=["06-28661403", "06 28 66 14 03"],
      ADDRESS=["Wittelterweg 7", "WITTELTERWEG 7", "7991 PR"],
      BSN=[BSN_HJM, "218.47.305.9"],
      IBAN=[IBAN_HJM, IBAN_HJM.replace(" ", "")],
      ID=["300457812", "UBN 2204871"],
      DOB=["14-03-1968", "14 maart 1968"],
      HEALTH=["POH-GGZ", "slaapproblemen", "paniekaanvallen"]),
    P("GSE", "Grietje Scholte-Ensing",
      PERSON=["Scholte-Ensing", "SCHOLTE-ENSING", "Grietje"],
      PHONE=["0593-52 17 88", "0593 521788"],
      ADDRESS=["Eursingerweg 3", "9413 PG"],
      BSN=[BSN_GSE],
      IBAN=[IBAN_GSE],
      ID=["300512660"],
      HEALTH=["reumatische klachten", "reuma"]),
    P("TW", "Teun Wolting",
      PERSON=["Wolting", "Teun"],
      EMAIL=["t.wolting@schapenhouderijwolting.nl"],
      PHONE=["06-41 88 20 19", "0641882019"],
      ADDRESS=["Oude Willemweg 12", "8426 SM"],
      BSN=[BSN_TW],
      IBAN=[IBAN_TW],
      ID=["300389147"],
      RELIGION=["Gereformeerde Gemeente", "zondagsrust"]),
    P("FvdB", "Fenna van den Berg-Lanting",
      PERSON=["van den Berg-Lanting", "Van den Berg-Lanting", "Fenna"],
      EMAIL=["fenna.lanting@ziggo.nl"],
      PHONE=["06-24 71 95 38"],
      ADDRESS=["Heidelaan 22", "9431 TK"],
      IBAN=[IBAN_FvdB],
      HEALTH=["hartpatiënt", "pacemaker"]),
    P("GT", "Gerrit Timmerman",
      PERSON=["Timmerman", "Gerrit"],
      PHONE=["0591-37 22 84"],
      ADDRESS=["Hoofdstraat 61", "7851 AC"],
      IBAN=[IBAN_GT]),
    P("JB", "Jannie Boerma", PERSON=["Boerma", "Jannie"], PHONE=["06-39 20 17 55", "+31 6 39201755"]),
    P("RS", "Roel Smeenk", PERSON=["Smeenk", "Roel"], PHONE=["+31 6 11487302"]),
    P("DL", "Dennis Lanjouw", PERSON=["Lanjouw", "LANJOUW", "Dennis"],
      ADDRESS=["Zuiderweg 9", "7991 GK"], DOB=["02-11-1987"],
      CRIMINAL=["veroordeeld wegens stroperij", "taakstraf", "stroperij in 2019"]),
    P("MBT", "Maaike Brouwer-Tiesinga", PERSON=["Brouwer-Tiesinga", "Maaike"],
      EMAIL=["maaike@dierenartsdrentseveld.nl"], PHONE=["06-27 45 90 13"], ID=["RD 07719"]),
    P("LvB", "Lieke van Beusekom", PERSON=["van Beusekom", "Van Beusekom", "Lieke"],
      EMAIL=["l.vanbeusekom@buwa.nl"], PHONE=["06 43 12 88 09"]),
    P("AS", "Anouk Stegeman", PERSON=["Stegeman", "Anouk"], EMAIL=["a.stegeman@uu.nl"]),
    P("KF", "Katrin Förster", PERSON=["Förster", "Katrin"], EMAIL=["katrin.foerster@senckenberg.de"],
      PHONE=["+49 6051 61954-227"]),
    P("PW", "Pieter Westerhof", PERSON=["Westerhof", "Pieter"], EMAIL=["p.westerhof@drentscheaa-advocaten.nl"],
      PHONE=["0592-74 30 15"]),
    P("IH", "Ineke Haverkort", PERSON=["Haverkort", "Ineke"]),
    P("KD", "Klaas Dijkhuis", PERSON=["Dijkhuis", "Klaas"], ID=["J-0718236"], PHONE=["06-51 72 04 88"],
      ADDRESS=["Bosweg 31", "7994 PB"]),
    P("JE", "Johan Everts", PERSON=["Everts", "Johan"], ID=["J-0601337"], EMAIL=["wbe.everts@kpnmail.nl"], PHONE=["06-12 09 33 47"]),
    # WBE member list (hunters)
    P("W1", "Anne Boschma", PERSON=["Boschma"], ID=["J-0655108"], PHONE=["06-11 72 40 95"]),
    P("W2", "Erik Hulshof", PERSON=["Hulshof"], ID=["J-0702493"], PHONE=["06-29 84 16 70"]),
    P("W3", "Frits Mulderij", PERSON=["Mulderij"], ID=["J-0583317"], PHONE=["0521-59 12 43"]),
    P("W4", "Tineke Holtrop-Venema", PERSON=["Holtrop-Venema"], ID=["J-0731862"], PHONE=["06-47 11 09 28"]),
    P("W5", "Geert-Jan Kuiper", PERSON=["Kuiper", "Geert-Jan"], ID=["J-0690045"], PHONE=["06-38 25 77 14"]),
    P("W6", "Wim Oldenbeuving", PERSON=["Oldenbeuving"], ID=["J-0611974"], PHONE=["06-10 52 63 81"]),
    P("W7", "Sander ten Napel", PERSON=["ten Napel", "Ten Napel"], ID=["J-0744210"], PHONE=["06-53 90 21 46"]),
    P("W8", "Hilde Reinders", PERSON=["Reinders"], ID=["J-0688531"], PHONE=["06-19 36 58 02"]),
    P("EB", "Egbert Bruins Slot", PERSON=["Bruins Slot", "Egbert"], EMAIL=["e.bruinsslot@ltonoord.nl"],
      PHONE=["06-22 40 61 93"]),
    P("MV", "Mirjam Veltman", PERSON=["Veltman", "Mirjam"], EMAIL=["m.veltman@natuurmonumenten.nl"]),
    P("TK", "Thijs Kamphuis", PERSON=["Kamphuis", "Thijs"], EMAIL=["t.kamphuis@wur.nl"]),
    P("YP", "Yvonne Pronk", PERSON=["Pronk", "Yvonne"]),
]

# ---------------------------------------------------------------- keep vocabulary
KEEP = []


def K(kind, *ts):
    for t in ts:
        KEEP.append((kind, t))


K("ORG", "Provincie Drenthe", "BIJ12", "Faunafonds", "Faunabeheereenheid Drenthe",
  "FBE Drenthe", "FBE", "Staatsbosbeheer", "Natuurmonumenten", "Het Drentse Landschap", "LTO Noord",
  "Wolf Fencing Nederland", "Wolf Fencing", "Politie", "Eenheid Noord-Nederland", "WBE Westerveld",
  "WBE", "Wageningen Environmental Research", "WENR", "Dutch Wildlife Health Centre", "DWHC",
  "Universiteit Utrecht", "Senckenberg", "Interprovinciaal Overleg", "IPO", "Gedeputeerde Staten",
  "Provinciale Staten", "RVO", "Zoogdiervereniging", "Bureau Waardenburg", "RUD Drenthe",
  "Koninklijke Nederlandse Jagersvereniging", "KNJV", "LVVN", 
  "gemeente Westerveld", "gemeente Midden-Drenthe", "Faunazaken", "Bezwaarschriftencommissie",
  "Landelijk Informatiepunt Wolven", "Sovon", "Rijkswaterstaat", "Meldkamer Noord-Nederland",
  "Dierenartsenpraktijk Het Drentse Veld", "LUPUS", "Stichting Dassenwerkgroep Drenthe", "Dassenwerkgroep",
  "Team Faunaschade", "Naturalis", "Nationale ombudsman", "Openbaar Ministerie", "Drentsche Aa Advocaten", "Statencommissie Omgeving", "Basisteam Zuidwest-Drenthe", "Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur", "Omgevingsdienst",
  "Drents Schapenhoudersplatform", "NOS", "RTV Drenthe", "Dagblad van het Noorden", "Wolvenmeldpunt")
K("PLACE", "Drenthe", "Assen", "Westerveld", "Midden-Drenthe", "Dwingeloo", "Wapse", "Diever", "Appelscha",
  "Drents-Friese Wold", "Dwingelderveld", "Fochteloërveen", "Emmen", "Hoogeveen", "Zweeloo", "Utrecht",
  "Amersfoort", "Gelnhausen", "Friesland", "Ooststellingwerf", "Havelte", "Uffelte", "Ruinen", "Beilen",
  "Eursinge", "Wittelte", "Vledder", "Frederiksoord", "Smilde", "Gasselte", "Borger-Odoorn", "Coevorden",
  "Groningen", "Gelderland", "Veluwe", "Duitsland", "Niedersachsen", "Oude Willem",
  "Westerbrink 1", "Croeselaan 15", "Smallepad 30", "Boswachterij Dwingeloo", "Aekingerzand", "Noordenveld",
  "Zuidwolde", "De Wolden", "Yelaarsbrug", "Drentsche Aa", "Landkreis Emsland", "A28", "N381", "Westerbork", "Lhee", "Zorgvlied")
K("STREET", "Burgemeester Tonckensweg", "Dr. Nassaulaan", "Prins Bernhardlaan", "Wilhelminaweg",
  "Van Weezelweg", "Anne de Vriesweg", "Hunebedstraat")
K("LAW", "Omgevingswet", "Besluit activiteiten leefomgeving", "Bal", "Besluit kwaliteit leefomgeving",
  "Wet natuurbescherming", "Wet wapens en munitie", "Algemene wet bestuursrecht", "Awb", "Woo",
  "Wet open overheid", "Omgevingsverordening Drenthe", "Habitatrichtlijn", 
  "Interprovinciaal Wolvenplan", "AVG", "Beleidsregel tegemoetkoming faunaschade Drenthe 2024",
  "Subsidieregeling wolfwerende maatregelen Drenthe")
K("PROGRAMME", "Programma Wolf in Drenthe", "Wolfwerend Drenthe", "Schapen Veilig",
  "Faunabeheerplan Ganzen Drenthe 2023-2028", "Faunabeheerplan Das")
K("PRODUCT", "Gallagher", "Flexinet", "Patura", "WhatsApp", "Outlook", "Microsoft Teams",
  "Browning", "Lacme")
K("TITLE", "gedeputeerde", "commissaris van de Koning", "burgemeester", "minister",
  "staatssecretaris", "Statenlid", "boswachter", "taxateur", "dierenarts",
  "beleidsmedewerker", "teamleider", "hoofdagent", "wolvenconsulent",
  "secretaris", "voorzitter", "faunabeheerder",
  "jurist", "brigadier", "coördinator", "ecoloog", "woordvoerder", "schapenhouder", "jachtaktehouder",
  "wildbeheerder", "buitengewoon opsporingsambtenaar", "BOA", "patholoog", "advocaat")
# office holders in their role (invented gedeputeerden and Statenleden; see README)
K("OFFICE", "Streutker", "Bolhuis", "Klijnsma", "Wiersma", "Rummenie", "Jager", "Loohuis", "Van der Werff",
  "Oldenhuis", "Hoekzema", "Rozema", "Esther")
K("TERM", "grauwe ganzen", "dassenburcht", "flora- en fauna-activiteit",
  "wolfwerend raster", "wolfwerende rasters", "GW3318m", "GW2804f", "GW3411m", "probleemwolf",
  "livestock guarding dogs", "haplotype HW01", "Meles meles",
  "Drents heideschaap", "beheer en schadebestrijding", "Statenvragen")
