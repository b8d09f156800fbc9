"""Invented people of set mixed36 (all personal data fictitious; BSN 11-proef and IBAN mod-97 valid)."""
from framework import person


def bsn(seed: int) -> str:
    n = 100000000 + (seed * 7919 * 104729) % 800000000
    while True:
        s = f"{n:09d}"
        tot = sum(int(s[i]) * (9 - i) for i in range(8)) - int(s[8])
        if tot % 11 == 0 and s[0] != "0":
            return s
        n += 1


def iban(bank: str, acct: int, spaced=True) -> str:
    bb = f"{acct:010d}"
    conv = "".join(str(ord(c) - 55) if c.isalpha() else c for c in bank + bb + "NL00")
    chk = 98 - int(conv) % 97
    s = f"NL{chk:02d}{bank}{bb}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if spaced else s


# --- BZK / crisis team cyber incident (civil servants: redacted)
person("sk", "Sanne", "Kartosen", ini="S.M.", email="s.m.kartosen@minbzk.nl", mob="06-41 27 83 90",
       tel="070 751 4482", par="SK", nick="Sans")
person("jb", "Joost", "van den Berg", ini="J.", email="joost.vandenberg@minbzk.nl", mob="+31 6 2874 1190",
       par="JvdB", acct="MINBZK\\jvdberg", pnr="PN 0418837")
person("mg", "Merel", "de Groot", ini="M.A.", email="merel.degroot@minbzk.nl", mob="06 1938 4472", par="MdG")
person("ko", "Kees", "Oudshoorn", ini="C.J.", email="kees.oudshoorn@rvig.nl", mob="06-5310 2287", par="KO",
       tel="070 751 3920", acct="rvig-adm-coudshoorn")
person("yd", "Yusuf", "Demirtaş", ini="Y.", email="y.demirtas@rvig.nl", mob="06 4812 0937", par="YD",
       acct="rvig-adm-ydemirtas")
person("fi", "Fatima", "el Idrissi", ini="F.", email="f.elidrissi@minbzk.nl", mob="06-2267 9014", par="FeI",
       core="Idrissi")
person("rj", "Ravindra", "Jadnanansing", ini="R.K.", email="ravindra.jadnanansing@ncsc.nl", mob="06 3390 1748",
       par="RJ", title="ir.")
person("wz", "Wen", "Zhao", ini="W.", email="w.zhao@logius.nl", mob="06-1102 6634", par="WZ")
person("ok", "Oksana", "Kovalenko", ini="O.", email="oksana.kovalenko@rvig.nl", mob="06 2458 7710")
person("kw", "Katarzyna", "Wiśniewska", ini="K.", email="k.wisniewska@minbzk.nl", mob="06-3871 0045", nick="Kasia",
       par="KW")
person("st", "Semhar", "Tesfamariam", ini="S.", email="semhar.tesfamariam@minbzk.nl", mob="06 5529 3816")
person("dh", "Dewi", "Hartono", ini="D.P.", email="d.hartono@minbzk.nl", tel="070 751 6271", par="DH")
person("km", "Kwame", "Mensah", ini="K.A.", email="k.mensah@rvig.nl", mob="06-4470 2391", title="dr.")
person("ao", "Abena", "Owusu-Ansah", ini="A.", email="abena.owusu-ansah@minbzk.nl", mob="06 1184 5502",
       core="Owusu-Ansah")
person("lb", "Lotte", "de Boer", ini="L.", email="lotte.deboer@minbzk.nl", mob="06-2093 4418", par="LdB")
person("pv", "Pieter", "Visser", ini="P.J.", email="pj.visser@rvig.nl", mob="06 3702 8851", par="PV",
       title="mr.")
person("aw", "Anouk", "Winter", ini="A.", email="anouk.winter@minbzk.nl", mob="06-5840 1127", par="AW")
person("rg", "Ruud", "Groen", ini="R.", email="r.groen@rws.nl", mob="06 2215 9083")
person("ev", "Esther", "Vos", ini="E.M.", email="esther.vos@minienw.nl", mob="06-4129 7736", par="EV",
       title="drs.")
person("dhl", "Daan", "Haarlem", ini="D.", email="d.haarlem@minbzk.nl", mob="06 3376 0924")
person("sh", "Sjoerd", "Hiemstra", ini="S.", email="sjoerd.hiemstra@rdi.nl", mob="06-2840 5571", par="SH")
person("wd", "Wytske", "Dykstra", ini="W.J.", email="w.dykstra@rdi.nl", mob="06 4061 3382")
person("hp", "Hylke", "Postma", ini="H.", email="hylke.postma@minbzk.nl", tel="070 751 2209", par="HP")
person("tj", "Tsjitske", "Wijbenga", ini="T.", email="t.wijbenga@minbzk.nl", mob="06-3318 4490")
person("mh", "Maarten", "Hoogeveen", ini="M.", email="m.hoogeveen@minbzk.nl", mob="06 2950 7713", par="MH",
       title="prof. dr.")
person("ib", "Inge", "Brouwers", ini="I.", email="inge.brouwers@minbzk.nl", mob="06-1733 2068", par="IB")
person("gs", "Gert-Jan", "Smeets", ini="G.J.", email="gj.smeets@waterschaplimburg.nl", mob="06 5102 3349")
person("lc", "Lieke", "Claessens", ini="L.", email="l.claessens@vrzl.nl", mob="06-4497 1180")
person("tf", "Twan", "Frijns", ini="A.M.", email="t.frijns@vrzl.nl", mob="06 2390 6671", nick="Twan F.")
person("nr", "Noor", "Rutgers", ini="N.", email="noor.rutgers@minienw.nl", mob="06-3145 9902", par="NR")
person("bw", "Bas", "Wolters", ini="B.", email="bas.wolters@minbzk.nl", mob="06 4726 1103", acct="bwolters01")
person("hk", "Hatice", "Kılıç", ini="H.", email="h.kilic@minbzk.nl", mob="06-2581 7740", core="Kılıç")
person("ma", "Mohamed", "Amrani", ini="M.", email="m.amrani@rvig.nl", mob="06 3924 0815", par="MA",
       pnr="P-207734", acct="rvig\\mamrani")
# Caribbean Netherlands
person("jm", "Jurgen", "Martis", ini="J.R.", email="jurgen.martis@rijksdienstcn.com", mob="+599 795 2241")
person("mr", "Migna", "Rosaria", ini="M.", email="m.rosaria@bonairegov.com", mob="+599 786 4410")
person("gp", "Glenda", "Peterson", ini="G.", email="glenda.peterson@sabagov.nl", mob="+599 416 7823")
person("tw", "Tyrone", "Woodley", ini="T.", email="t.woodley@statiagov.com", mob="+599 318 2057")
person("sc", "Shurandy", "Cecilia", ini="S.", email="s.cecilia@rijksdienstcn.com", mob="+599 701 3398")
# EU working party delegates (civil servants of other states: redacted)
person("eu1", "Henrike", "Albrecht", ini="H.", email="henrike.albrecht@bmi.bund.de")
person("eu2", "Tomasz", "Zieliński", ini="T.", email="tomasz.zielinski@mc.gov.pl")
person("eu3", "Chiara", "Bellandi", ini="C.", email="chiara.bellandi@ec.europa.eu")
person("eu4", "Mikael", "Lindqvist", ini="M.", email="mikael.lindqvist@gov.se")
# private persons (citizens, journalists, company staff)
person("c1", "Wilhelmina", "Pluijmaekers", ini="W.M.H.", addr="Grotestraat 41", pc="6301 CX",
       bsn=bsn(11), iban=iban("INGB", 6734129), mob="06-2977 3150")
person("c2", "Hüseyin", "Yıldırım", ini="H.", addr="Cauberg 18", pc="6301 BT", bsn=bsn(23),
       iban=iban("RABO", 3318845560), mob="06 1547 8821", email="h.yildirim64@gmail.com")
person("c3", "Jo", "Souren", ini="J.H.", addr="Plenkertstraat 7", pc="6301 GL", bsn=bsn(37),
       iban=iban("ABNA", 517302884), email="jo.souren@ziggo.nl", tel="043 601 2284")
person("c4", "Marlies", "Vaessen-Bemelmans", ini="M.", addr="Berkelstraat 102", pc="6301 LH",
       mob="06 4318 0029", core="Vaessen-Bemelmans")
person("j1", "Thijs", "Koenraads", ini="T.", email="thijs.koenraads@nos.nl", mob="06-5108 3372")
person("j2", "Iris", "Sprengers", ini="I.", email="i.sprengers@dpgmedia.nl", mob="06 2664 0193")
person("x1", "Bartholomeus", "Lamers", ini="B.", email="b.lamers@hexaguard.nl", mob="06-1830 7524",
       addr="Laan van Meerdervoort 1270", pc="2555 BZ")
person("x2", "Priya", "Ramsaran", ini="P.", email="priya@ramsaran-security.nl", mob="06 3057 2218")
person("c5", "Rignaldo", "Felida", ini="R.", addr="Kaya Grandi 61", bsn=bsn(53), mob="+599 796 0812",
       iban=iban("RABO", 1209887731))
