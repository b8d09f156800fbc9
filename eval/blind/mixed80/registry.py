"""Who and what appears in set CL: redact items (invented persons and their data) and keep items
(real organisations, places, laws, products, office holders as the author believed them in 2025)."""
from __future__ import annotations

# ------------------------------------------------------------------ redact registry
# Each entry: (kind, value, [probe, ...]); every probe is searched word-anchored.
REDACT: list = []


def P(name, *, email=None, phone=None, initials=None, big=None, dob=None, bsn=None, addr=None,
      pnr=None, first=True, extra=()):
    toks = name.split()
    probes = []
    if first:
        probes.append(toks[0])
    probes.append(toks[-1])
    probes.append(name)
    probes += list(extra)
    REDACT.append(("PERSON", name, probes))
    if email:
        REDACT.append(("EMAIL", email, [email]))
    if phone:
        REDACT.append(("PHONE", phone, [phone]))
    if initials:
        REDACT.append(("INITIALS", f"{initials} ({name})", [initials]))
    if big:
        REDACT.append(("BIG_NUMBER", big, [big]))
    if dob:
        REDACT.append(("DATE_OF_BIRTH", dob, [dob]))
    if bsn:
        REDACT.append(("BSN", bsn, [bsn]))
    if addr:
        REDACT.append(("ADDRESS", addr[0], list(addr)))
    if pnr:
        REDACT.append(("PERSONAL_NUMBER", pnr, [pnr]))


# Zuyderland calamity (patient, family, staff, Raad van Bestuur)
P("Hubertina Schoonbrood-Vliegen", dob="03-08-1938", bsn="204819374", pnr="ZMC-4471829",
  addr=("Kloosterstraat 41", "6372 BN"), extra=["mevrouw Schoonbrood-Vliegen"])
P("Ingrid Schoonbrood", email="ingrid.schoonbrood@ziggo.nl", phone="06-28417753",
  addr=("Dorpsstraat 112", "6461 CG"))
P("Ruben Kleuskens", big="29058371601", initials="RKl", email="r.kleuskens@zuyderland.nl")
P("Femke Offermans", big="49061244001", initials="FOf", email="f.offermans@zuyderland.nl")
P("Sanne Wetzels", big="19062783030", initials="SWe")
P("Jorrit Habets", initials="JHa")
P("Patricia Lemmens", email="p.lemmens@zuyderland.nl", phone="06-51209384", initials="PLe")
P("Marco Vranken", initials="MVr")
P("Eveline Coumans", email="e.coumans@zuyderland.nl", initials="ECo")
P("Gertruud Ramakers", email="g.ramakers@zuyderland.nl", initials="GRa", phone="06-22914570")
P("Hans Kurvers", email="h.kurvers@zuyderland.nl", initials="HKu")
P("Loes Thissen", email="l.thissen@zuyderland.nl", phone="06-41736028", initials="LTh")
P("Nicole Bouwens", email="n.bouwens@zuyderland.nl", phone="088 459 3382")
P("Stefan Rutten", email="s.rutten@zuyderland.nl", initials="SRu")
# IGJ staff
P("Wietske Feddema", email="w.feddema@igj.nl", phone="06-15938204", initials="WFe")
P("Jelmer Kooistra", email="j.kooistra@igj.nl", phone="06-38820417", initials="JKo")
P("Anouk Lindhout", email="a.lindhout@igj.nl", initials="ALi")
P("Bram Terpstra", email="b.terpstra@igj.nl", initials="BTe")
P("Yvonne Bergsma", email="y.bergsma@igj.nl", phone="06-27401958")
P("Hester Wouda", email="h.wouda@igj.nl", phone="06-29384710", initials="HWo")
P("Jan Hendrix")
P("Niek Roodbeen", email="n.roodbeen@igj.nl", phone="06-46028813", initials="NRo")
# Maasstad
P("Rachid Bakkal", dob="17-11-1961", bsn="315702941", pnr="MS-2290174",
  addr=("Lange Haven 88", "3111 CH"), extra=["de heer Bakkal"])
P("Hanneke Zwanenburg", big="89047126501", email="h.zwanenburg@maasstadziekenhuis.nl")
P("Dewi Sedney", big="59037712830")
P("Bart Doelman")
P("Coen Oudshoorn", email="c.oudshoorn@maasstadziekenhuis.nl", initials="COu")
P("Maartje Kraaijeveld", email="m.kraaijeveld@maasstadziekenhuis.nl", initials="MKr")
P("Sharon Tjon-A-Kiem", email="s.tjonakiem@maasstadziekenhuis.nl", phone="06-19472605",
  initials="STj")
P("Yasmina Bakkal", phone="06-33017429", extra=["mevrouw Bakkal"])
# care home De Wingerd (Wzd)
P("Leo Pluijmen", dob="22-05-1944", bsn="173926484", pnr="CL-10377", extra=["de heer Pluijmen"])
P("Frank Pluijmen", email="frank.pluijmen@kpnmail.nl", phone="06-40019372")
P("Kim Jeurissen", initials="KJe")
P("Ellen Bemelmans", email="e.bemelmans@dewingerd-zorg.nl", initials="EBe")
P("Thijs Ubachs", big="39056620801")
P("Ria Smeets", email="r.smeets@dewingerd-zorg.nl", initials="RSm")
# youth care
P("Lotte Baksteen", dob="09-02-2011", bsn="260855133", extra=["Lotte B."])
P("Sandra Baksteen", phone="06-50284416")
P("Mirjam Verhoef", email="m.verhoef@jbrr.nl", phone="06-24930571")
# VWS, NZa, RIVM, GGD, CIBG, requester
P("Niels Hoogenboom", email="n.hoogenboom@minvws.nl", phone="06-52837104", initials="NHo")
P("Marieke Stroeve", email="m.stroeve@minvws.nl", initials="MSt")
P("Kevin Slingerland", email="k.slingerland@minvws.nl", initials="KSl")
P("Sophie Derksen", email="s.derksen@nza.nl", phone="06-11830294")
P("Merel Ouwehand", email="merel.ouwehand@rivm.nl")
P("Tom Coenen", email="t.coenen@ggdzl.nl", phone="06-20573318")
P("Iris Dirksen", email="i.dirksen@cibg.nl")
P("Joost Pinas", email="joost.pinas@protonmail.com", addr=("Goudsbloemlaan 19", "2282 CP"),
  phone="06-47720158")
P("Esther Hameleers", phone="06-36102947", addr=("Heiveldweg 7", "6436 AC"))
P("Wim Ploumen", phone="045-5712204")
P("Gerda Moonen")
P("Ahmed el Amrani", extra=["El Amrani", "el Amrani"], first=True)

# special categories (health, 5.1.1d) tied to a named patient; doc-specific use only
HEALTH = [
    ("HEALTH", "hersenbloeding (patiënt)", ["intracraniële bloeding", "hersenbloeding"]),
    ("HEALTH", "atriumfibrilleren (patiënt)", ["atriumfibrilleren"]),
    ("HEALTH", "vasculaire dementie (bewoner)", ["vasculaire dementie"]),
    ("HEALTH", "longontsteking (patiënt)", ["aspiratiepneumonie"]),
    ("HEALTH", "ADHD en automutilatie (jeugdige)", ["ADHD", "automutilatie"]),
    ("HEALTH", "diabetes (patiënt)", ["diabetes mellitus type 2"]),
    ("HEALTH", "heupfractuur (bewoner)", ["heupfractuur"]),
    ("HEALTH", "septische shock (patiënt)", ["septische shock"]),
    ("HEALTH", "hypertensie (patiënt)", ["ernstige hypertensie"]),
    ("HEALTH", "depressie (jeugdige)", ["depressieve stoornis"]),
]
REDACT += HEALTH

# ------------------------------------------------------------------ keep registry
KEEP = []


def K(kind, *texts):
    for t in texts:
        KEEP.append((kind, t))


K("ORG", "Inspectie Gezondheidszorg en Jeugd", "IGJ", "Ministerie van Volksgezondheid, Welzijn en Sport",
  "VWS", "NZa", "Nederlandse Zorgautoriteit", "RIVM", "CIBG", "GGD Zuid Limburg",
  "Zuyderland", "Maasstad Ziekenhuis", "Tweede Kamer",
  "Raad van Bestuur", "Raad van Toezicht", "Veilig Thuis", "Jeugdbescherming Rotterdam Rijnmond",
  "Landelijk Coördinatiecentrum Infectieziektebestrijding", "LCI", "Autoriteit Persoonsgegevens",
  "De Wingerd", "ChipSoft", "Medtronic", "BD", "Philips",
  "Centrum Infectieziektebestrijding", "Zorginstituut Nederland", "Patiëntenfederatie Nederland",
  "Raad van State", "Regionaal Tuchtcollege", "Onderzoeksraad voor Veiligheid", "Openbaar Ministerie",
  "Stichting Zorggroep Parkstad Oost")
K("PLACE", "Heerlen", "Sittard-Geleen", "Rotterdam", "Utrecht", "Den Haag", "Maastricht", "Brunssum",
  "Zuid-Limburg", "Rotterdam-Zuid", "Amsterdam")
K("LAW", "Wkkgz", "Wet kwaliteit, klachten en geschillen zorg", "Wet BIG", "Jeugdwet", "Wzd",
  "Wet open overheid", "AVG", "Uitvoeringsbesluit Wkkgz",
  "Wet publieke gezondheid", "Algemene wet bestuursrecht", "Awb", "Geneesmiddelenwet",
  "Wet op de medische hulpverlening", "Wgbo")
K("PRODUCT", "HiX", "Alaris", "Clexane", "Fragmin", "Xarelto", "Haldol", "IntelliVue", "MiniMed 780G",
  "Teams", "Microsoft Teams", "noradrenaline", "propofol")
K("DEPT", "Interne Geneeskunde", "Intensive Care", "Spoedeisende Hulp", "Cardiologie", "Neurologie",
  "Geriatrie", "ziekenhuisapotheek", "afdeling B3 Interne",
  "Team Langdurige Zorg", "Team Jeugd", "directie Curatieve Zorg",
  "MIC-commissie", "VIM-commissie")
K("TITLE", "inspecteur", "teamleider", "voorzitter Raad van Bestuur",
  "internist", "arts-assistent", "verpleegkundige", "ziekenhuisapotheker",
  "klachtenfunctionaris", "Wzd-functionaris", "specialist ouderengeneeskunde", "anesthesioloog",
  "bestuurssecretaris", "beleidsmedewerker", "jeugdbeschermer", "arts infectieziektebestrijding",
  "juridisch adviseur", "medisch manager", "IC-verpleegkundige", "inspecteur-generaal",
  "Woo-coördinator", "bestuurder", "zorgmedewerker", "hoofdinspecteur")
K("OFFICE_HOLDER", "Agema", "Karremans", "Maeijer", "Dijk", "Tielen", "Bushoff", "Paulusma", "Krul",
  "Wever", "Schouten", "Verbrugge")
K("MAILBOX", "meldpunt@igj.nl", "woo@igj.nl", "klachtenfunctionaris@zuyderland.nl",
  "calamiteiten@zuyderland.nl", "secretariaatrvb@maasstadziekenhuis.nl", "woo@minvws.nl",
  "info@dewingerd-zorg.nl", "postbus@igj.nl")
K("SWITCHBOARD", "088 120 5000", "088 459 7777", "010 291 1911", "070 340 79 11", "045 563 2000")
K("CASE", "IGJ-2025-004817", "IGJ-2025-006132", "IGJ-2025-007455", "IGJ-2025-008021",
  "IGJ-2025-003390", "IGJ-2025-005561", "IGJ-2025-006904", "IGJ-2025-007018", "IGJ-2025-007734",
  "IGJ-2025-008236", "IGJ-2025-008410", "IGJ-2025-008655", "IGJ-2025-009012", "IGJ-2025-009178",
  "WOO-2025-0219", "VIM-2025-0312", "VIM-2025-0371", "4087713-1079102-IGJ", "4102256-1080431-VWS",
  "2025Z04418", "2025D12873", "Kamerstuk 32 620", "NZa-2025-1187", "RIVM-LCI-2025-044")
K("ADDRESS_PUBLIC", "Henri Dunantstraat 5", "Maasstadweg 21", "Stadsplateau 1", "Parnassusplein 5",
  "Postbus 2518", "Postbus 20350", "Dr. Poelsplein 1")
K("PROGRAMME", "Integraal Zorgakkoord", "Gezond en Actief Leven Akkoord", "Hervormingsagenda Jeugd",
  "Samen Beslissen")
