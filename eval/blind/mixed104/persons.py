"""Invented persons and personal data of set ZZ, and the global keep list."""
from __future__ import annotations


def bsn(prefix8: str) -> str:
    while True:
        d = [int(x) for x in prefix8]
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s != 10:
            break
        prefix8 = prefix8[:7] + str((d[7] + 1) % 10)
    return prefix8 + str(s)


class P:
    def __init__(self, first, last, email=None, tel=None, first_probe=True, extra=()):
        self.first, self.last, self.email, self.tel = first, last, email, tel
        self.full = f"{first} {last}"
        self.ini = f"{first[0]}. {last}"
        self.first_probe = first_probe
        self.extra = extra

    def items(self):
        probes = [self.last] + ([self.first] if self.first_probe else []) + list(self.extra)
        out = [("PERSON", self.full, list(dict.fromkeys(probes)))]
        if self.email:
            out.append(("EMAIL", self.email, [self.email]))
        if self.tel:
            out.append(("PHONE", self.tel, [self.tel]))
        return out


# --- GGD Zuid-Holland Zuid, team infectieziektebestrijding (civil servants)
RIJSDIJK = P("Maarten", "Rijsdijk", "m.rijsdijk@ggdzhz.nl", "06-41278395")            # arts IZB
VERHOEFF = P("Anouk", "Verhoeff", "a.verhoeff@ggdzhz.nl", "06-23901744")              # soc. verpleegkundige
KROONENBERG = P("Sanne", "Kroonenberg", "s.kroonenberg@ggdzhz.nl", "06-58120367")     # soc. verpleegkundige
YILMAZER = P("Hatice", "Yılmazer", "h.yilmazer@ggdzhz.nl", "06-14556902", extra=("Yilmazer",))             # soc. verpleegkundige
SPANJAARD = P("Jeroen", "Spanjaard", "j.spanjaard@ggdzhz.nl", "078 770 8462")         # epidemioloog
WIJNGAARDEN = P("Ingrid", "van Wijngaarden-Bos", "i.vanwijngaarden@ggdzhz.nl", "06-30087215",
                first_probe=True, extra=("Wijngaarden-Bos",))                           # teamleider IZB
HAASNOOT = P("Lotte", "Haasnoot", "l.haasnoot@ggdzhz.nl", "06-47719023")              # communicatieadviseur
OUWERKERK = P("Frank", "Ouwerkerk", "f.ouwerkerk@ggdzhz.nl", "06-53302198")           # DPG
DEKEIJZER = P("Bas", "de Keijzer", "b.dekeijzer@ggdzhz.nl", "078 770 8519", extra=("Keijzer",))  # hygiënist / MMK
TERLOUW = P("Femke", "Terlouw", "f.terlouw@ggdzhz.nl", "06-12874460")                # jeugdarts
# --- RIVM
DAMSMA = P("Eveline", "Damsma", "eveline.damsma@rivm.nl", "06-27731508")              # LCI-arts
VELLEKOOP = P("Koen", "Vellekoop", "koen.vellekoop@rivm.nl", "030 274 3391")          # epidemioloog CIb
# --- school, care home, hospital, lab
BOOGAARD = P("Arie", "Boogaard", "directie.a.boogaard@dewegwijzer-bleskensgraaf.nl", "06-19034477")  # directeur
STAM = P("Willemijn", "Stam-de Kraker", "w.stamdekraker@dewegwijzer-bleskensgraaf.nl", None, extra=("Stam",))
HOOGENDOORN = P("Petra", "Hoogendoorn-Visser", "p.hoogendoorn@rivas.nl", "06-38845120", extra=("Hoogendoorn",))
ELKHATIB = P("Samir", "El Khatib", "s.elkhatib@rivas.nl", "0183 644 217", extra=("Khatib",))
OUDIJK = P("Rieke", "Oudijk", "h.oudijk@asz.nl", "078 654 1183")                      # arts-microbioloog
SCHIPPER = P("Joost", "Schipperheijn", None, None)                                      # analist
LANTING = P("Jurre", "Lanting", "j.lanting@vrzhz.nl", "06-22671834")                 # operationeel leider VR
BOUZID = P("Nadia", "Bouzid", "n.bouzid@vrzhz.nl", "078 770 5106")                   # secretaris VR
VERWOERD = P("Tom", "Verwoerd", "tom.verwoerd@ad.nl", "06-43390218")                 # journalist
KORTLEVE = P("Daan", "Kortleve", "d.kortleve@aquaservice-merwede.nl", "06-51160972")  # monsternemer water
GROENEVELD = P("Marleen", "Groeneveld", "m.groeneveld@rivas.nl", None)                # verpleegkundige Merwehof
BROEKHUIZEN = P("Gijs", "Broekhuizen", "g.broekhuizen@huisartsenmolenlanden.nl", "0184 611 902")  # huisarts
# --- patients and relatives (private persons)
GIESSEN_J = P("Jannigje", "van der Giessen", None, None, extra=("Giessen",))
GIESSEN_M = P("Marinus", "van der Giessen", "mvdgiessen1979@gmail.com", "06-28831047", first_probe=True)
VERHEIJ = P("Huibert", "Verheij", None, None)
VERHEIJ_A = P("Aaltje", "Verheij-Brouwer", "aaltje.verheij@kpnmail.nl", "06-17745309", extra=("Verheij-Brouwer",))
BLOKLAND = P("Adriana", "Blokland", None, None)
BLOKLAND_G = P("Gerrit", "Blokland", None, "0184 652 318")
BASSA = P("Teunis", "Baars", None, "06-50936612")
KOOREVAAR = P("Neeltje", "Korevaar", None, None)
KOOREVAAR_P = P("Pieter", "Korevaar", "p.korevaar@zeelandnet.nl", "06-33812450")
DEKKER = P("Maaike", "Hoogerwerf", "maaike.hoogerwerf@hotmail.com", "06-40971125")  # zwangere contactpersoon
BIKKER = P("Gerritje", "Bikker-de Haan", None, None, extra=("Bikker",))
NOORDERGRAAF = P("Cornelis", "Noordergraaf", None, None)
NOORDERGRAAF_D = P("Hennie", "Noordergraaf", "hennie.noordergraaf@ziggo.nl", "06-21183390")
SLUIMER = P("Wilhelmina", "Sluimer", None, None)
VANTWILLERT = P("Johannes", "Twillert", None, None)
SCHOUTEN_H = P("Hendrik", "Vuijk", None, "0183 628 774")

PERSONS = [v for v in list(globals().values()) if isinstance(v, P)]

# --- patients' other data
BSN_GIESSEN = bsn("27194406")
BSN_VERHEIJ = bsn("31820457")
BSN_BIKKER = bsn("10427783")
BSN_NOORDERGRAAF = bsn("19655302")
BSN_BAARS = bsn("22870139")
OTHER = [
    ("DOB", "14-03-2017", ["14-03-2017"]),
    ("DOB", "02-11-2015", ["02-11-2015"]),
    ("DOB", "27-06-2019", ["27-06-2019"]),
    ("DOB", "09-01-1994", ["09-01-1994"]),
    ("DOB", "18-08-2020", ["18-08-2020"]),
    ("DOB", "30-05-1938", ["30-05-1938"]),
    ("DOB", "11-12-1941", ["11-12-1941"]),
    ("DOB", "04-04-1946", ["04-04-1946"]),
    ("DOB", "21-09-1939", ["21-09-1939"]),
    ("DOB", "15-02-1997", ["15-02-1997"]),
    ("DOB", "8 oktober 1950", ["8 oktober 1950"]),
    ("ADDRESS", "Kerkstraat 31, 2971 AK Bleskensgraaf", ["Kerkstraat 31", "2971 AK"]),
    ("ADDRESS", "Graafdijk-West 17, 2973 XA Molenaarsgraaf", ["Graafdijk-West 17", "2973 XA"]),
    ("ADDRESS", "Wilhelminastraat 8, 2971 BC Bleskensgraaf", ["Wilhelminastraat 8", "2971 BC"]),
    ("ADDRESS", "Achterdijk 4a, 2975 LP Ottoland", ["Achterdijk 4a", "2975 LP"]),
    ("ADDRESS", "Zuidzijde 112, 2977 XH Goudriaan", ["Zuidzijde 112", "2977 XH"]),
    ("ADDRESS", "Lingewal 23, 4206 CN Gorinchem", ["Lingewal 23", "4206 CN"]),
    ("ADDRESS", "Haarwijkstraat 6, 4207 PB Gorinchem", ["Haarwijkstraat 6", "4207 PB"]),
    ("BSN", BSN_GIESSEN, [BSN_GIESSEN]),
    ("BSN", BSN_VERHEIJ, [BSN_VERHEIJ]),
    ("BSN", BSN_BIKKER, [BSN_BIKKER]),
    ("BSN", BSN_NOORDERGRAAF, [BSN_NOORDERGRAAF]),
    ("BSN", BSN_BAARS, [BSN_BAARS]),
    ("PATIENT_NO", "ASZ patiëntnummer 4478120", ["4478120"]),
    ("PATIENT_NO", "ASZ patiëntnummer 4490315", ["4490315"]),
    ("PATIENT_NO", "Beatrix patiëntnummer 0873326", ["0873326"]),
    ("PATIENT_NO", "Beatrix patiëntnummer 0881457", ["0881457"]),
    ("PATIENT_NO", "Osiris-meldnummer persoon 2026-MAZ-00871", ["2026-MAZ-00871"]),
    ("PATIENT_NO", "labnummer patiënt L26-118834", ["L26-118834"]),
    ("PATIENT_NO", "labnummer patiënt L26-119207", ["L26-119207"]),
    ("PATIENT_NO", "cliëntnummer Merwehof CL-20931", ["CL-20931"]),
    ("PATIENT_NO", "cliëntnummer Merwehof CL-20788", ["CL-20788"]),
    ("HEALTH", "zwanger, 24 weken", ["zwanger, 24 weken"]),
    ("HEALTH", "niertransplantatie, gebruikt tacrolimus", ["niertransplantatie", "tacrolimus"]),
    ("HEALTH", "opgenomen op de IC met pneumonie", ["opgenomen op de IC"]),
    ("HEALTH", "otitis media en dehydratie", ["otitis media", "dehydratie"]),
    ("HEALTH", "COPD GOLD III", ["COPD GOLD III"]),
    ("HEALTH", "diabetes mellitus type 2", ["diabetes mellitus type 2"]),
    ("HEALTH", "overleden op 19 maart", ["overleden op 19 maart"]),
    ("HEALTH", "encefalitis uitgesloten na lumbaalpunctie", ["lumbaalpunctie"]),
    ("HEALTH", "vaccinatie geweigerd op religieuze gronden", ["religieuze gronden"]),
    ("RELIGION", "lid van de Gereformeerde Gemeente in Nederland", ["lid van de Gereformeerde Gemeente"]),
    ("HEALTH", "hematologische maligniteit (CLL)", ["CLL"]),
    ("HEALTH", "rookt 20 sigaretten per dag", ["20 sigaretten per dag"]),
    ("PARAPH", "paraaf MR", ["MR"]),
    ("PARAPH", "paraaf AV", ["AV"]),
    ("PARAPH", "paraaf IWB", ["IWB"]),
    ("PARAPH", "paraaf JS", ["JS"]),
    ("PARAPH", "paraaf HY", ["HY"]),
    ("HANDLE", "@sanne_kroon", ["@sanne_kroon", "sanne_kroon"]),
]


def red_items():
    out = []
    for p in PERSONS:
        out.extend(p.items())
    out.extend(OTHER)
    return out


KEEP = [
    ("ORG", "GGD Zuid-Holland Zuid", ["GGD Zuid-Holland Zuid", "GGD ZHZ"]),
    ("ORG", "RIVM", ["RIVM", "Centrum Infectieziektebestrijding", "LCI"]),
    ("ORG", "Veiligheidsregio Zuid-Holland Zuid", ["Veiligheidsregio Zuid-Holland Zuid", "VRZHZ"]),
    ("ORG", "Albert Schweitzer ziekenhuis", ["Albert Schweitzer ziekenhuis", "ASz"]),
    ("ORG", "Beatrixziekenhuis", ["Beatrixziekenhuis"]),
    ("ORG", "Rivas Zorggroep", ["Rivas Zorggroep", "Rivas"]),
    ("ORG", "Zorgcentrum Merwehof", ["Merwehof"]),
    ("ORG", "De Wegwijzer", ["De Wegwijzer"]),
    ("ORG", "Osiris", ["Osiris"]),
    ("ORG", "AD De Dordtenaar", ["AD De Dordtenaar"]),
    ("ORG", "Jeugdgezondheidszorg", ["Jeugdgezondheidszorg", "JGZ"]),
    ("ORG", "Rijksvaccinatieprogramma", ["Rijksvaccinatieprogramma", "RVP"]),
    ("ORG", "Outbreak Management Team", ["Outbreak Management Team", "OMT"]),
    ("ORG", "Brandweer", ["Brandweer Zuid-Holland Zuid"]),
    ("ORG", "Inspectie Gezondheidszorg en Jeugd", ["Inspectie Gezondheidszorg en Jeugd", "IGJ"]),
    ("ORG", "Ministerie van VWS", ["VWS"]),
    ("ORG", "Landelijke Huisartsen Vereniging", ["huisartsenpost"]),
    ("ORG", "Waterbedrijf Evides", ["Evides"]),
    ("ORG", "Aquaservice Merwede", ["Aquaservice Merwede"]),
    ("ORG", "afdeling De Linge", ["De Linge"]),
    ("LAW", "Wet publieke gezondheid", ["Wet publieke gezondheid", "Wpg"]),
    ("LAW", "Woo", ["Wet open overheid"]),
    ("LAW", "Drinkwaterbesluit", ["Drinkwaterbesluit"]),
    ("LAW", "AVG", ["AVG"]),
    ("PLACE", "Dordrecht", ["Dordrecht"]),
    ("PLACE", "Gorinchem", ["Gorinchem"]),
    ("PLACE", "Molenlanden", ["Molenlanden"]),
    ("PLACE", "Bleskensgraaf", ["Bleskensgraaf"]),
    ("PLACE", "Alblasserwaard", ["Alblasserwaard"]),
    ("PLACE", "Bilthoven", ["Bilthoven"]),
    ("PLACE", "Sliedrecht", ["Sliedrecht"]),
    ("PLACE", "Papendrecht", ["Papendrecht"]),
    ("PLACE", "Hardinxveld-Giessendam", ["Hardinxveld-Giessendam"]),
    ("DISEASE", "mazelen", ["mazelen", "Mazelen"]),
    ("DISEASE", "legionella", ["legionella", "Legionella", "legionellose", "Legionella pneumophila"]),
    ("PRODUCT", "BMR-vaccin", ["BMR-vaccin", "BMR"]),
    ("PRODUCT", "immunoglobuline", ["immunoglobuline"]),
    ("ROLE", "arts infectieziektebestrijding", ["arts infectieziektebestrijding", "arts IZB"]),
    ("ROLE", "sociaal verpleegkundige", ["sociaal verpleegkundige", "sociaal verpleegkundigen"]),
    ("ROLE", "directeur publieke gezondheid", ["directeur publieke gezondheid", "DPG"]),
    ("ROLE", "locatiemanager", ["locatiemanager"]),
    ("ROLE", "arts-microbioloog", ["arts-microbioloog"]),
    ("ROLE", "epidemioloog", ["epidemioloog"]),
    ("ROLE", "specialist ouderengeneeskunde", ["specialist ouderengeneeskunde"]),
    ("ROLE", "operationeel leider", ["operationeel leider"]),
    ("ROLE", "communicatieadviseur", ["communicatieadviseur"]),
    ("TERM", "bron- en contactonderzoek", ["bron- en contactonderzoek", "BCO"]),
    ("TERM", "GRIP", ["GRIP"]),
    ("TERM", "sitrap", ["Sitrap", "sitrap"]),
    ("MAILBOX", "infectieziekten@ggdzhz.nl", ["infectieziekten@ggdzhz.nl"]),
    ("MAILBOX", "pers@ggdzhz.nl", ["pers@ggdzhz.nl"]),
    ("MAILBOX", "info@vrzhz.nl", ["info@vrzhz.nl"]),
    ("MAILBOX", "woo@ggdzhz.nl", ["woo@ggdzhz.nl"]),
    ("MAILBOX", "lci@rivm.nl", ["lci@rivm.nl"]),
    ("PHONE_ORG", "088 308 4000", ["088 308 4000"]),
    ("PHONE_ORG", "088 308 4100", ["088 308 4100"]),
    ("PHONE_ORG", "078 770 8000", ["078 770 8000"]),
    ("OFFICE", "burgemeester Kolff", ["Kolff", "Wouter Kolff"]),
    ("OFFICE", "burgemeester Heijkoop", ["Heijkoop", "Dirk Heijkoop"]),
    ("OFFICE", "burgemeester Melissant-Briene", ["Melissant-Briene"]),
    ("CASE", "GGD-IZB-2026-0417", ["GGD-IZB-2026-0417"]),
    ("CASE", "GGD-IZB-2026-0452", ["GGD-IZB-2026-0452"]),
    ("CASE", "VRZHZ/2026/00318", ["VRZHZ/2026/00318"]),
    ("STREET", "Karel Doormanlaan", ["Karel Doormanlaan"]),
]
