"""Invented persons (any likeness to a real civil servant is coincidental) and shared text parts."""
from framework import P, R

# --- BZK / DGO / digitalisering --------------------------------------------------------------
oudeman = P("Pieter", "Oudeman", email="pieter.oudeman@minbzk.nl", mob="06-41873920", par="PO")
yilmaz = P("Ayşe", "Yılmaz", email="a.yilmaz@minbzk.nl", mob="06 2418 7735")
vdberg = P("Jeroen", "Berg", "van den", email="jeroen.vanden.berg@minbzk.nl", mob="+31 6 5120 8843", par="JvdB")
vdwerf = P("Annelies", "Werf", "van de", email="annelies.vande.werf@minbzk.nl", mob="06-30527718", par="AvdW")
degraaf = P("Mirjam", "Graaf-Ruiter", "de", email="m.degraaf-ruiter@minbzk.nl", mob="06 5591 0264", par="MdGR")
bos = P("Femke", "Bos", email="femke.bos@minbzk.nl", mob="06-18845021", par="FEB", initials="F.E.")
visser = P("Bram", "Visser", email="bram.visser@minbzk.nl", mob="+31 (0)6 4402 1187")
kartosen = P("Sanne", "Kartosen", email="sanne.kartosen@minbzk.nl", mob="06 1093 7728")
weeldenburg = P("Thijs", "Weeldenburg", email="thijs.weeldenburg@minbzk.nl", mob="0031 6 2870 3391")
kolen = P("Marlies", "Kolen-Doesburg", email="marlies.kolen-doesburg@minbzk.nl", mob="06-27715408")
verbeek = P("Aimée", "Verbeek", email="aimée_verbeek@organisatie.nl", mob="06 4718 2290")
beijring = P("Kyano", "Beijring", email="kyanobeijring@test.nl", mob="06-83920417")
hoekstra_e = P("Eline", "Hoekstra", email="eline.hoekstra@minbzk.nl", mob="06 3184 6602", key="Eline_Hoekstra")
ramdin = P("Kavita", "Ramdin", email="kavita.ramdin@minvws.nl", mob="+31 6 2298 4410")
meijer_d = P("Daan", "Meijer", email="daan.meijer@minvws.nl", mob="06-52203817")
dewit = P("Hanneke", "Wit", "de", email="h.dewit@amsterdam.nl", tel="020 552 3871")
zwolle = P("Marco", "Zwolle", email="marco.zwolle@rws.nl", mob="06-11487023")
valkenburg = P("Lotte", "Valkenburg", email="lotte.valkenburg@minienw.nl", mob="06 2017 4486")
bakker = P("Gerrit", "Bakker", email="gerrit.bakker@prorail.nl", mob="06-46602981")
devries = P("Noor", "Vries", "de", email="noor.devries@rivm.nl", tel="030 274 8812", mob="06 5038 1176")
elamrani = P("Oumaima", "El Amrani", email="o.elamrani@minvws.nl", mob="06-24417836")
kowalczyk = P("Piotr", "Kowalczyk", email="piotr.kowalczyk@softwarehuis-noord.nl", mob="+31 6 3390 1275")
oconnor = P("Siobhan", "O'Connor", email="siobhan.oconnor@ec.europa.eu", tel="+32 2 298 4417")
ozturk = P("Mehmet", "Öztürk", email="mehmet.ozturk@ind.nl", mob="06-71120934")
lukasik = P("Zoë", "Dijkstra-Łukasik", email="zoe.dijkstra@minocw.nl", mob="06 2846 1903")
goncalves = P("José", "Gonçalves", email="jose.goncalves@brightlane.eu", mob="+31 6 4720 0815")
astrom = P("Björn", "Åström", email="bjorn.astrom@brightlane.eu", tel="+46 8 5521 0370")
nguyen = P("Thi Lan", "Nguyen", email="thilan.nguyen@minbzk.nl", mob="06-35517820")
vthof = P("Roel", "Hof", "van 't", email="roel.vanthof@minjenv.nl", mob="06 1238 8871")
intveld = P("Iris", "Veld", "in 't", email="iris.intveld@minjenv.nl", mob="06-29983145")
rechteren = P("Floris", "Rechteren Altvelt", "van", email="f.vanrechteren@minbuza.nl", mob="06-58820167")
ommeren = P("Isabelle", "Ommeren tot Hemmen", "van", email="isabelle.vanommeren@minfin.nl", tel="070 342 8819")
jansen_k = P("Karin", "Jansen", email="karin.jansen@minienw.nl", mob="06 4190 2236", key="Karin_Jansen")
schoof_r = P("Rianne", "Schoof", email="rianne.schoof@minaz.nl", mob="06-30092744", key="Rianne_Schoof")
keijzer_r = P("Ruud", "Keijzer", email="ruud.keijzer@minbzk.nl", mob="06 5502 8830", key="Ruud_Keijzer")
faber_t = P("Tim", "Faber", email="tim.faber@ind.nl", mob="06-21104458", key="Tim_Faber")
dejonge_m = P("Marloes", "Jonge", "de", email="marloes.dejonge@minbzk.nl", mob="06 3377 0192", key="Marloes_de_Jonge")
smit = P("Wouter", "Smit", email="wouter.smit@logius.nl", mob="06-40015563")
molenaar = P("Esther", "Molenaar", email="esther.molenaar@minocw.nl", tel="070 412 2860")
kok = P("Jasper", "Kok", email="jasper.kok@ggd-hollandsmidden.nl", mob="06-15598427")
schipper = P("Inge", "Schipper", email="inge.schipper@ggd-hollandsmidden.nl", mob="06 4471 0983")
brouwer = P("Mohamed", "Brouwer", email="mohamed.brouwer@rvo.nl", mob="+31 6 1447 0629")
vleeuwen = P("Sophie", "Leeuwen", "van", email="sophie.vanleeuwen@minezk.nl", tel="070 379 6613")
mulder = P("Rik", "Mulder", email="rik.mulder@minezk.nl", mob="06-22019476")
hendriks = P("Linda", "Hendriks", email="l.hendriks@minfin.nl", mob="06 1702 9935")
postma = P("Jelle", "Postma", email="jelle.postma@minszw.nl", mob="06-39918402")
tahiri = P("Yasmina", "Tahiri", email="yasmina.tahiri@minszw.nl", mob="06 2750 6318")
dam = P("Koen", "Dam", "van", email="koen.vandam@rws.nl", mob="06-45516097")
bulut = P("Emre", "Bulut", email="emre.bulut@prorail.nl", mob="+31 6 2911 0457")
dekker = P("Mirte", "Dekker", email="mirte.dekker@rivm.nl", tel="030 274 3391")
sluis = P("Bas", "Sluis", "van der", email="bas.vandersluis@minvws.nl", mob="06-16620583")
reinders = P("Carlijn", "Reinders", email="carlijn.reinders@minvws.nl", mob="06 4893 2207")
ploeg = P("Hidde", "Ploeg", "van der", email="hidde.vanderploeg@minocw.nl", mob="06-20784419")
wijnands = P("Petra", "Wijnands-Obbink", email="p.wijnands@minlvvn.nl", mob="06 3629 1154")
baptiste = P("Jean-Paul", "Baptiste", email="jeanpaul.baptiste@minbzk.nl", mob="06-48731105")
rosmalen = P("Fleur", "Rosmalen", email="fleur.rosmalen@minbzk.nl", mob="06 1560 3348")
kuiper = P("Maarten", "Kuiper", email="maarten.kuiper@minjenv.nl", mob="06-31178802")
lambert = P("Nadia", "Lambert", email="n.lambert@politie.nl", mob="06 5583 0726")
boer = P("Stefan", "Boer", "de", email="stefan.deboer@minbzk.nl", mob="06-47720156")
haan = P("Vera", "Haan", "de", email="vera.dehaan@minvws.nl", mob="06 1144 2870")
chaouch = P("Samir", "Chaouch", email="samir.chaouch@ind.nl", mob="06-52874410")
ruiter = P("Anouk", "Ruiter", email="anouk.ruiter@minfin.nl", tel="070 342 7765")
hagen = P("Gijs", "Hagen", "ten", email="gijs.tenhagen@minbzk.nl", mob="06-60213388")
brink = P("Lieke", "Brink", "van den", email="lieke.vandenbrink@minbzk.nl", mob="06 4017 5529")
tromp = P("Mila", "Tromp", email="mila.tromp@minbzk.nl", mob="06-26630914")
wolters = P("Kees", "Wolters", email="kees.wolters@minbzk.nl", tel="070 456 2291")
ahmadi = P("Farid", "Ahmadi", email="farid.ahmadi@minbzk.nl", mob="06 2289 3017")
heemskerk = P("Joost", "Heemskerk", email="joost.heemskerk@minvws.nl", mob="06-12876640")
vos = P("Ilse", "Vos", email="ilse.vos@minvws.nl", mob="06 5227 6061")
timmer = P("Ruben", "Timmer", email="ruben.timmer@deltaplan-advies.nl", mob="06-33001962")
groot = P("Evelien", "Groot", "de", email="evelien.degroot@minocw.nl", mob="06 2914 5580")
lindeboom = P("Sem", "Lindeboom", email="sem.lindeboom@minbzk.nl", mob="06-49960173")
okafor = P("Chidi", "Okafor", email="chidi.okafor@softwarehuis-noord.nl", mob="06 3306 8125")
winter = P("Hester", "Winter", "de", email="hester.dewinter@minbzk.nl", mob="06-14490357")
claes = P("Wim", "Claes", email="wim.claes@vlaanderen.be", tel="+32 2 553 6120")
ferreira = P("Ana", "Ferreira", email="ana.ferreira@ggd-hollandsmidden.nl", mob="06-57613042")
dijk = P("Tom", "Dijk", "van", email="tom.vandijk@minienw.nl", mob="06 3850 4472")
veenstra = P("Marieke", "Veenstra", email="marieke.veenstra@minienw.nl", mob="06-28814639")
jong = P("Pim", "Jong", "de", email="pim.dejong@rws.nl", mob="06 1772 0586")
haddou = P("Soufiane", "Haddou", email="s.haddou@minbzk.nl", mob="06-40321878")
wiegman = P("Loes", "Wiegman", email="loes.wiegman@minbzk.nl", mob="06 2203 6649")
kramer = P("Jorien", "Kramer", email="jorien.kramer@minvws.nl", mob="06-50482297")

DISC_NL = ("Dit bericht kan informatie bevatten die niet voor u is bestemd. Indien u niet de geadresseerde "
           "bent of dit bericht abusievelijk aan u is toegezonden, wordt u verzocht dat aan de afzender te "
           "melden en het bericht te verwijderen. De Staat aanvaardt geen aansprakelijkheid voor schade, van "
           "welke aard ook, die verband houdt met risico's verbonden aan het elektronisch verzenden van berichten.")
DISC_EN = ("This message may contain information that is not intended for you. If you are not the addressee "
           "or if this message was sent to you by mistake, you are requested to inform the sender and delete "
           "the message. The State accepts no liability for damage of any kind resulting from the risks "
           "inherent in the electronic transmission of messages.")

MIN = {
    "BZK": ("Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", "Turfmarkt 147 | 2511 DP | Den Haag",
            "Postbus 20011 | 2500 EA | Den Haag", "T 070 456 0000"),
    "VWS": ("Ministerie van Volksgezondheid, Welzijn en Sport", "Parnassusplein 5 | 2511 VX | Den Haag",
            "Postbus 20350 | 2500 EJ | Den Haag", "T 070 340 7911"),
    "OCW": ("Ministerie van Onderwijs, Cultuur en Wetenschap", "Rijnstraat 50 | 2515 XP | Den Haag",
            "Postbus 16375 | 2500 BJ | Den Haag", "T 070 412 3456"),
    "IenW": ("Ministerie van Infrastructuur en Waterstaat", "Rijnstraat 8 | 2515 XP | Den Haag",
             "Postbus 20901 | 2500 EX | Den Haag", "T 070 456 0000"),
    "JenV": ("Ministerie van Justitie en Veiligheid", "Turfmarkt 147 | 2511 DP | Den Haag",
             "Postbus 20301 | 2500 EH | Den Haag", "T 070 370 7911"),
    "EZ": ("Ministerie van Economische Zaken", "Bezuidenhoutseweg 73 | 2594 AC | Den Haag",
           "Postbus 20401 | 2500 EK | Den Haag", "T 070 379 8911"),
    "Fin": ("Ministerie van Financiën", "Korte Voorhout 7 | 2511 CW | Den Haag",
            "Postbus 20201 | 2500 EE | Den Haag", "T 070 342 8000"),
    "SZW": ("Ministerie van Sociale Zaken en Werkgelegenheid", "Parnassusplein 5 | 2511 VX | Den Haag",
            "Postbus 90801 | 2509 LV | Den Haag", "T 070 333 4444"),
}


def sig(p, func, unit, mn=None, phone="mob", extra=None, closing=None, name="full"):
    """Signature block as separate lines."""
    out = []
    if closing:
        out.append(("line", closing))
        out.append(("gap",))
    out.append(("line", getattr(p, name)))
    out.append(("line", func))
    for u in unit if isinstance(unit, (list, tuple)) else [unit]:
        out.append(("line", u))
    if mn:
        org, addr, post, tel = MIN[mn]
        out += [("gap",), ("line", org), ("line", addr), ("line", post), ("line", tel)]
    if phone == "mob":
        out.append(("line", f"M {p.mob}"))
    elif phone == "tel":
        out.append(("line", f"T {p.tel}"))
    elif phone == "both":
        out.append(("line", f"T {p.tel}"))
        out.append(("line", f"M {p.mob}"))
    if phone:
        out.append(("line", f"{p.email}"))
    if extra:
        out += [("line", e) for e in extra]
    out.append(("gap",))
    return out


def hdr(frm, sent, to, subject, cc=None, att=None, en=False):
    L = ("From", "Sent", "To", "Cc", "Subject", "Attachments") if en else \
        ("Van", "Verzonden", "Aan", "CC", "Onderwerp", "Bijlagen")
    rows = [(L[0], frm), (L[1], sent), (L[2], "; ".join(to) if isinstance(to, list) else to)]
    if cc:
        rows.append((L[3], "; ".join(cc) if isinstance(cc, list) else cc))
    rows.append((L[4], subject))
    if att:
        rows.append((L[5], att))
    return ("hdr", rows)


def R_(kind, s, key=None, value=None):
    return R(kind, s, key, value)
