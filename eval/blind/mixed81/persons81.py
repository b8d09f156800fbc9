"""Invented persons of set CM and the strings that must stay (office holders, organisations, ...).

Every string registered here is searched in every document; a redact string that occurs in a
document becomes a redact probe there, a keep string that occurs becomes a keep probe with its count.
"""
from __future__ import annotations


def bsn_ok(s: str) -> bool:
    d = [int(x) for x in s]
    return len(d) == 9 and (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0


def make_bsn(prefix8: str) -> str:
    while True:
        d = [int(x) for x in prefix8]
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s != 10:
            break
        prefix8 = prefix8[:7] + str((d[7] + 1) % 10)
    r = prefix8 + str(s)
    assert bsn_ok(r)
    return r


def make_iban(bank: str, acct: str, grouped=True) -> str:
    acct = acct.zfill(10)
    num = "".join(str(int(ch, 36)) for ch in (bank + acct + "NL00"))
    ck = 98 - int(num) % 97
    s = f"NL{ck:02d}{bank}{acct}"
    if grouped:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


class P:
    """An invented person. Only the attributes that are given are registered."""

    def __init__(self, first, last, role="", email=None, phone=None, mobile=None, iban=None,
                 street=None, postcode=None, dob=None, bsn=None, paraaf=None, probe=None, town="Zwolle"):
        self.first, self.last, self.role = first, last, role
        self.email, self.phone, self.mobile, self.iban = email, phone, mobile, iban
        self.street, self.postcode, self.dob, self.bsn, self.paraaf = street, postcode, dob, bsn, paraaf
        self.probe = probe or last          # the surname core used as probe
        self.town = town

    @property
    def name(self):
        return f"{self.first} {self.last}"

    @property
    def ini(self):
        parts = self.first.replace("-", " ").split()
        return "".join(p[0] + "." for p in parts) + " " + self.last

    @property
    def addr(self):
        return f"{self.street}\n{self.postcode} {self.town}"

    def entries(self):
        e = [("PERSON", self.name, [self.probe])]
        if self.email:
            e.append(("EMAIL", self.email, [self.email]))
        if self.phone:
            e.append(("PHONE", self.phone, [self.phone]))
        if self.mobile:
            e.append(("PHONE", self.mobile, [self.mobile]))
        if self.iban:
            e.append(("IBAN", self.iban, [self.iban]))
        if self.street:
            e.append(("ADDRESS", f"{self.street}, {self.postcode} {self.town}", [self.street, self.postcode]))
        if self.dob:
            e.append(("DATE_OF_BIRTH", self.dob, [self.dob]))
        if self.bsn:
            e.append(("BSN", self.bsn, [self.bsn]))
        if self.paraaf:
            e.append(("INITIALS", self.paraaf, [self.paraaf]))
        return e


def gz(first, last, role, tel, para=None, mob=None, probe=None):
    slug = (probe or last).lower().replace(" ", "").replace("-", "")
    return P(first, last, role, email=f"{first[0].lower()}.{slug}@zwolle.nl", phone=f"038 498 {tel}",
             mobile=mob, paraaf=para, probe=probe)


# ---------------------------------------------------------------- gemeente Zwolle (civil servants)
kartosen = gz("Sanne", "Kartosen", "accountmanager subsidies", "2317", "SKa", mob="06 2871 4490")
hagedoorn = gz("Ruben", "Hagedoorn", "accountmanager subsidies sport", "2329", "RHa", mob="06 1937 2254")
wiggers = gz("Ilse", "Wiggers", "teamleider Subsidies", "2301", "IWi")
brouwerink = gz("Thijs", "Brouwerink", "controller", "2655", "TBr", mob="06 5120 8836")
bleumink = gz("Marloes", "Bleumink", "concerncontroller", "2640", "MBl")
kampinga = gz("Annelies", "Kampinga", "secretaresse wethouder Anker", "2012", mob="06 4418 0273")
wolterink = gz("Jeroen", "Wolterink", "jurist, Woo-coördinator", "2488", "JWo")
oldenhof = gz("Petra", "Oldenhof", "teamleider Juridische Zaken", "2480")
nijhof = gz("Dennis", "Nijhof", "medewerker crediteurenadministratie", "2671")
slotboom = gz("Yvonne", "Slotboom", "beleidsadviseur cultuur", "2355", "YSl")
scheppink = gz("Koen", "Scheppink", "beleidsadviseur sport", "2362", "KSc")
everink = gz("Mirjam", "Everink", "bestuursadviseur", "2019", "MEv", mob="06 3092 6617")
yildirim = gz("Hatice", "Yildirim-Bos", "beleidsmedewerker sociaal domein", "2390", probe="Yildirim")
lubbers = gz("Gert-Jan", "Lubbers", "financieel adviseur", "2662", "GJL")
bakhuis = gz("Rianne", "Bakhuis", "controller sociaal domein", "2658")
wolbers = gz("Stijn", "Wolbers", "data-analist", "2697")
hesselink = gz("Marjolein", "Hesselink", "senior adviseur financiën", "2649", "MHe")
grootenboer = gz("Pieter", "Grootenboer", "beleidsadviseur", "2371")
dorgelo = gz("Femke", "Dorgelo", "medewerker griffie", "2071", "FDo")
meijerink = gz("Carla", "Meijerink", "secretaris commissie bezwaarschriften", "2495")

# ---------------------------------------------------------------- accountants
tuinstra = P("Robert", "Tuinstra", "partner BDO", email="robert.tuinstra@bdo.nl", phone="088 236 4471")
haverkamp = P("Lotte", "Haverkamp", "manager BDO", email="lotte.haverkamp@bdo.nl", mobile="06 2235 9081")
kremer = P("Niels", "Kremer", "senior BDO", email="niels.kremer@bdo.nl")
vrielink = P("Tom", "Vrielink", "accountant AA", email="t.vrielink@ijsseldelta-administratie.nl",
             mobile="06 5341 1720")

# ---------------------------------------------------------------- association contacts (private persons)
brinkhuis = P("Henk", "Brinkhuis", "voorzitter Apollo", mobile="06 1183 4026", email="henkbrinkhuis@ziggo.nl",
              street="Koestraat 41", postcode="8011 NK")
lammertink = P("Wendy", "Lammertink", "secretaris Apollo", email="wendy.lammertink@hotmail.com",
               mobile="06 4720 3318", street="Middelweg 208", postcode="8031 CK")
ossewaarde = P("Bart", "Ossewaarde", "penningmeester Spoorzone", email="b.ossewaarde@kpnmail.nl",
               mobile="06 2208 7741", street="Hortensiastraat 17", postcode="8012 EJ",
               iban=make_iban("INGB", "0006618204"))
rouwenhorst = P("Fenna", "Rouwenhorst", "secretaris Kamperpoort Leeft", email="fenna.rouwenhorst@gmail.com",
                mobile="06 3987 2155", street="Veerallee 77", postcode="8019 AD")
elkhatib = P("Ahmed", "El Khatib", "voorzitter Diezerpoort Samen", email="a.elkhatib@outlook.com",
             mobile="06 4403 8817", probe="El Khatib")
holterman = P("Marieke", "Holterman", "coördinator Voedselbank", email="marieke.holterman@voedselbankzwolle.nl",
              mobile="06 1570 6632")
stegeman = P("Joost", "Stegeman", "penningmeester IJsselpion", email="joost.stegeman@planet.nl",
             street="Pletterstraat 9", postcode="8023 AR", iban=make_iban("RABO", "0318552907"))
bolhuis = P("Gerrit", "Bolhuis", "bestuurslid ZAC", email="g.bolhuis@zac-zwolle.nl", mobile="06 2761 5590")

# ---------------------------------------------------------------- private applicants and payees
veldkamp = P("Esther", "Veldkamp", "initiatiefnemer buurtfeest", email="esther.veldkamp@gmail.com",
             mobile="06 1449 2786", street="Sint Jacobsstraat 13", postcode="8031 HR",
             iban=make_iban("ABNA", "0512338740"), dob="14-03-1981")
hoogeveen = P("Rik", "Hoogeveen", "aanvrager", email="rik.hoogeveen@xs4all.nl", mobile="06 3870 1154",
              street="Dobbe 28", postcode="8032 JV", iban=make_iban("SNSB", "0904772315"), dob="02-11-1969",
              bsn=make_bsn("21477309"))
mulderij = P("Dirk-Jan", "Mulderij", "bezwaarmaker", phone="038 421 6690", street="Ruiterlaan 6",
             postcode="8014 CB", email="dj.mulderij@hetnet.nl")
timmerman = P("Saskia", "Timmerman-Boers", "Woo-verzoeker", email="s.timmermanboers@protonmail.com",
              street="Emmastraat 52", postcode="8011 AK", probe="Timmerman-Boers")
koopman = P("Tamara", "Koopman", "workshopleider (eenmanszaak)", email="info@ateliertamarakoopman.nl",
            mobile="06 2094 6653", street="Schoolstraat 24", postcode="8021 XS",
            iban=make_iban("TRIO", "0197844561"))
bremer = P("Lucas", "Bremer", "vrijwilliger", iban=make_iban("INGB", "0004418267"), street="Eikenlaan 3",
           postcode="8021 DN")
bouzidi = P("Nadia", "Bouzidi", "ontvanger", iban=make_iban("ABNA", "0628817342"), street="Berkumstraat 88",
            postcode="8025 BD", email="nadia.bouzidi@live.nl")
klaassen = P("Wim", "Klaassen", "ontvanger", iban=make_iban("RABO", "0152907734"), street="Dokterspad 15",
             postcode="8022 JB")
pluim = P("Gerda", "Pluim", "ontvanger", iban=make_iban("INGB", "0007730915"), street="Palestrinastraat 31",
          postcode="8031 KA")
schutte = P("Erik", "Schutte", "ontvanger", iban=make_iban("ABNA", "0445920178"), street="Wolweverstraat 112",
            postcode="8043 EV")
rietman = P("Annemiek", "Rietman", "aanvrager", iban=make_iban("RABO", "0371146620"), street="Kerkstraat 7",
            postcode="8024 AB", mobile="06 5516 0387", dob="21-07-1988")
amrani = P("Youssef", "Amrani", "aanvrager", iban=make_iban("INGB", "0009123874"), street="Fortlaan 40",
           postcode="8023 CR", email="y.amrani93@gmail.com")
wessels = P("Ingrid", "Wessels", "aanvrager", iban=make_iban("SNSB", "0882014457"), street="Hanekamp 19",
            postcode="8042 AN", mobile="06 3302 7169")
draaijer = P("Martijn", "Draaijer", "aanvrager", iban=make_iban("ASNB", "0707215538"), street="Boerendanserdijk 4",
             postcode="8024 BH")
ekkelenkamp = P("Laura", "Ekkelenkamp", "aanvrager (formulier)", email="laura.ekkelenkamp@gmail.com",
                mobile="06 4915 2270", street="Luttenbergstraat 21", postcode="8012 EE",
                iban=make_iban("INGB", "0008840316"), dob="09-05-1976", bsn=make_bsn("18223476"))
dekker_z = P("Zeynep", "Korkmaz", "huurder buurthuis", mobile="06 2770 1845")

# ---------------------------------------------------------------- company staff (private persons)
kuipers = P("Jan-Willem", "Kuipers", "projectleider", email="jw.kuipers@heijmans.nl", mobile="06 5307 2291")
luttikhuis = P("Sabine", "Oude Luttikhuis", "accountmanager Ricoh", email="sabine.oudeluttikhuis@ricoh.nl",
               mobile="06 1025 4478", probe="Luttikhuis")
hulsbos = P("Frank", "Hulsbos", "contactpersoon Rova", email="f.hulsbos@rova.nl", phone="038 427 3319")
zwiers = P("Hendrik", "Zwiers", "voorzitter commissie bezwaarschriften (extern)")

PERSONS = [v for v in list(globals().values()) if isinstance(v, P)]

# extra redact strings that are not tied to a person object (kind, value, probes)
EXTRA_REDACT = [
    ("SPECIAL", "multiple sclerose", ["multiple sclerose"]),
    ("SPECIAL", "chemokuur", ["chemokuur"]),
    ("SPECIAL", "schuldsanering (Wsnp)", ["Wsnp-traject"]),
    ("PHONE", "038 454 7719 (home phone Brinkhuis)", ["038 454 7719"]),
]

# ---------------------------------------------------------------- strings that must stay
KEEP = [
    # office holders in their role (as the author believes them for 2024-2025)
    ("OFFICE_HOLDER", "wethouder Ed Anker", ["Anker"]),
    ("OFFICE_HOLDER", "wethouder Michiel van Willigen", ["Willigen"]),
    ("OFFICE_HOLDER", "wethouder Monique Schuttenbeld", ["Schuttenbeld"]),
    ("OFFICE_HOLDER", "burgemeester Peter Snijders", ["Snijders"]),
    ("OFFICE_HOLDER", "raadslid Anouk Wijnberg (GroenLinks)", ["Wijnberg"]),
    ("OFFICE_HOLDER", "raadslid Bert Heuvelman (VVD)", ["Heuvelman"]),
    ("OFFICE_HOLDER", "raadslid Sevda Aydemir (PvdA)", ["Aydemir"]),
    ("OFFICE_HOLDER", "raadslid Klaas Roetert (ChristenUnie)", ["Roetert"]),
    ("OFFICE_HOLDER", "raadslid Johan Wijnhoud (SP)", ["Wijnhoud"]),
    # organisations
    ("ORG", "gemeente Zwolle", ["gemeente Zwolle", "Gemeente Zwolle"]),
    ("ORG", "college van burgemeester en wethouders", ["college van burgemeester en wethouders"]),
    ("ORG", "gemeenteraad", ["gemeenteraad"]),
    ("ORG", "Muziekvereniging Apollo Westenholte", ["Apollo Westenholte"]),
    ("ORG", "Buurtvereniging Spoorzone Assendorp", ["Spoorzone Assendorp"]),
    ("ORG", "Stichting Kamperpoort Leeft", ["Kamperpoort Leeft"]),
    ("ORG", "Stichting Diezerpoort Samen", ["Diezerpoort Samen"]),
    ("ORG", "Voedselbank Zwolle", ["Voedselbank Zwolle"]),
    ("ORG", "Schaakclub De IJsselpion", ["IJsselpion"]),
    ("ORG", "Zwolsche Athletische Club", ["Zwolsche Athletische Club", "ZAC"]),
    ("ORG", "Stichting Leergeld Zwolle", ["Stichting Leergeld Zwolle"]),
    ("ORG", "Travers Welzijn", ["Travers Welzijn"]),
    ("ORG", "Stadkamer", ["Stadkamer"]),
    ("ORG", "Theater De Spiegel", ["Theater De Spiegel"]),
    ("ORG", "Hedon", ["Hedon"]),
    ("ORG", "Museum de Fundatie", ["Museum de Fundatie"]),
    ("ORG", "BDO Audit & Assurance B.V.", ["BDO Audit & Assurance B.V.", "BDO"]),
    ("ORG", "Administratiekantoor IJsseldelta", ["Administratiekantoor IJsseldelta"]),
    ("ORG", "Heijmans Wegen B.V.", ["Heijmans"]),
    ("ORG", "Ricoh Nederland B.V.", ["Ricoh Nederland B.V."]),
    ("ORG", "Rova", ["Rova"]),
    ("ORG", "Vitens N.V.", ["Vitens"]),
    ("ORG", "Enexis", ["Enexis"]),
    ("ORG", "Centric Netherlands B.V.", ["Centric"]),
    ("ORG", "Sodexo Nederland B.V.", ["Sodexo"]),
    ("ORG", "KPN B.V.", ["KPN B.V."]),
    ("ORG", "Dura Vermeer", ["Dura Vermeer"]),
    ("ORG", "Isala", ["Isala"]),
    ("ORG", "Hogeschool Windesheim", ["Windesheim"]),
    ("ORG", "Kamer van Koophandel", ["Kamer van Koophandel"]),
    ("ORG", "Belastingdienst", ["Belastingdienst"]),
    ("ORG", "Rechtbank Overijssel", ["Rechtbank Overijssel"]),
    ("ORG", "Nationale ombudsman", ["Nationale ombudsman"]),
    ("ORG", "commissie bezwaarschriften", ["commissie bezwaarschriften"]),
    ("ORG", "Sportbedrijf Zwolle", ["Sportbedrijf Zwolle"]),
    ("ORG", "Cultuurfonds", ["Cultuurfonds"]),
    ("ORG", "Oranje Fonds", ["Oranje Fonds"]),
    ("ORG", "Provincie Overijssel", ["Provincie Overijssel", "provincie Overijssel"]),
    # parties
    ("ORG", "GroenLinks", ["GroenLinks"]), ("ORG", "VVD", ["VVD"]), ("ORG", "PvdA", ["PvdA"]),
    ("ORG", "ChristenUnie", ["ChristenUnie"]), ("ORG", "SP", ["SP"]), ("ORG", "CDA", ["CDA"]),
    ("ORG", "D66", ["D66"]),
    # KvK numbers of organisations
    ("KVK", "KvK Apollo", ["40058832"]), ("KVK", "KvK Spoorzone", ["67120884"]),
    ("KVK", "KvK Kamperpoort Leeft", ["71880142"]), ("KVK", "KvK Diezerpoort Samen", ["80347719"]),
    ("KVK", "KvK Voedselbank", ["08161527"]), ("KVK", "KvK IJsselpion", ["40060911"]),
    ("KVK", "KvK ZAC", ["40059210"]), ("KVK", "KvK Heijmans Wegen", ["16060880"]),
    # laws and regulations
    ("LAW", "Algemene wet bestuursrecht", ["Algemene wet bestuursrecht", "Awb"]),
    ("LAW", "Gemeentewet", ["Gemeentewet"]),
    ("LAW", "Wet open overheid", ["Wet open overheid", "Woo"]),
    ("LAW", "Algemene subsidieverordening Zwolle 2020", ["Algemene subsidieverordening Zwolle", "ASV"]),
    ("LAW", "Algemene verordening gegevensbescherming", ["Algemene verordening gegevensbescherming", "AVG"]),
    ("LAW", "Besluit begroting en verantwoording", ["BBV"]),
    ("LAW", "Reglement van orde", ["Reglement van orde"]),
    ("LAW", "Beleidsregels Initiatievenfonds Zwolle 2024", ["Beleidsregels Initiatievenfonds"]),
    # programmes, funds, budget lines
    ("PROGRAMME", "Initiatievenfonds", ["Initiatievenfonds"]),
    ("PROGRAMME", "Zwols Sportakkoord", ["Zwols Sportakkoord"]),
    ("PROGRAMME", "Cultuurnota 2023-2026", ["Cultuurnota"]),
    ("PROGRAMME", "Programma Sociaal Domein", ["Sociaal Domein"]),
    ("PROGRAMME", "Programma Cultuur, Sport en Recreatie", ["Cultuur, Sport en Recreatie"]),
    ("PROGRAMME", "Subsidieplafond", ["subsidieplafond"]),
    ("PROGRAMME", "Wijkbudget", ["wijkbudget"]),
    ("PROGRAMME", "Jaarrekening 2024", ["jaarrekening 2024", "Jaarrekening 2024"]),
    ("PROGRAMME", "Voorjaarsnota 2025", ["Voorjaarsnota 2025"]),
    ("PROGRAMME", "Kindpakket", ["Kindpakket"]),
    # public buildings, addresses of organisations, switchboards, functional mailboxes
    ("ADDRESS_PUBLIC", "Stadhuis, Grote Kerkplein 15", ["Grote Kerkplein 15"]),
    ("ADDRESS_PUBLIC", "Postbus 10007", ["Postbus 10007"]),
    ("ADDRESS_PUBLIC", "Stadkamer, Zeven Alleetjes 1", ["Zeven Alleetjes 1"]),
    ("ADDRESS_PUBLIC", "Thorbeckegracht (business address)", ["Thorbeckegracht"]),
    ("ADDRESS_PUBLIC", "Burgemeester Drijbersingel (business address)", ["Burgemeester Drijbersingel"]),
    ("ADDRESS_PUBLIC", "Van Karnebeekstraat (business address)", ["Van Karnebeekstraat"]),
    ("ADDRESS_PUBLIC", "Dr. Van Thienenweg (business address)", ["Dr. Van Thienenweg"]),
    ("ADDRESS_PUBLIC", "Kamperpoort wijkcentrum, Kamperstraat 36", ["Kamperstraat 36"]),
    ("PHONE_PUBLIC", "14 038", ["14 038"]),
    ("PHONE_PUBLIC", "BDO switchboard 088 236 4000", ["088 236 4000"]),
    ("EMAIL_PUBLIC", "subsidies@zwolle.nl", ["subsidies@zwolle.nl"]),
    ("EMAIL_PUBLIC", "woo@zwolle.nl", ["woo@zwolle.nl"]),
    ("EMAIL_PUBLIC", "crediteuren@zwolle.nl", ["crediteuren@zwolle.nl"]),
    ("EMAIL_PUBLIC", "griffie@zwolle.nl", ["griffie@zwolle.nl"]),
    ("EMAIL_PUBLIC", "bezwaarschriften@zwolle.nl", ["bezwaarschriften@zwolle.nl"]),
    ("EMAIL_PUBLIC", "info@voedselbankzwolle.nl", ["info@voedselbankzwolle.nl"]),
    ("EMAIL_PUBLIC", "secretariaat@apollowestenholte.nl", ["secretariaat@apollowestenholte.nl"]),
    ("URL", "www.zwolle.nl", ["www.zwolle.nl"]),
    # job titles and functions
    ("JOB", "teamleider Subsidies", ["teamleider Subsidies"]),
    ("JOB", "accountmanager", ["accountmanager", "Accountmanager"]),
    ("JOB", "concerncontroller", ["concerncontroller", "Concerncontroller"]),
    ("JOB", "penningmeester", ["penningmeester", "Penningmeester"]),
    ("JOB", "griffier", ["griffier"]),
]
