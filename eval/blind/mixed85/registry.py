"""Invented persons (redact) and public terms (keep) of set CQ. A probe is written to a document's gold
only when that document holds it (see lib.make_gold)."""

R = []  # (kind, value, [probe strings])


def person(value, *probes):
    R.append(("PERSON", value, list(probes)))


def item(kind, value, *probes):
    R.append((kind, value, list(probes)))


# ---------------------------------------------------------------- OCW, directie OWB and Woo-team
person("Joost Verbeek", "Joost Verbeek", "Verbeek", "Joost", "J. Verbeek", "J.H. Verbeek", "JVe", "VERBEEK")
item("EMAIL", "joost.verbeek@minocw.nl", "joost.verbeek@minocw.nl")
item("PHONE", "06-41873520", "06-41873520", "06 41873520", "+31 6 4187 3520")
person("Anouk Hamelink", "Anouk Hamelink", "Hamelink", "Anouk", "A. Hamelink", "AHa", "Hamelink, A.")
item("EMAIL", "anouk.hamelink@minocw.nl", "anouk.hamelink@minocw.nl")
item("PHONE", "06-28395170", "06-28395170", "06 2839 5170")
person("Rachid el Khatib", "Rachid el Khatib", "el Khatib", "El Khatib", "Rachid", "R. el Khatib", "REK")
item("EMAIL", "r.elkhatib@minocw.nl", "r.elkhatib@minocw.nl")
item("PHONE", "070-412 38 67", "070-412 38 67")
person("Ingrid Smulders-van Oosten", "Ingrid Smulders-van Oosten", "Smulders-van Oosten", "Smulders",
       "I.M. Smulders-van Oosten", "ISvO", "Ingrid")
item("EMAIL", "i.smulders@minocw.nl", "i.smulders@minocw.nl")
person("Wouter Dijkgraaf-Leenders", "Wouter Dijkgraaf-Leenders", "Dijkgraaf-Leenders", "W.P. Dijkgraaf-Leenders",
       "WDL", "Wouter")
item("EMAIL", "wouter.dijkgraaf@minocw.nl", "wouter.dijkgraaf@minocw.nl")
person("Femke Oudejans", "Femke Oudejans", "Oudejans", "F. Oudejans", "FOu")   # woordvoerder-assistent? no: persvoorlichting medewerker
item("EMAIL", "femke.oudejans@minocw.nl", "femke.oudejans@minocw.nl")
item("PHONE", "06-52019347", "06-52019347")

# ---------------------------------------------------------------- NWO
person("Sanne Kuipers", "Sanne Kuipers", "Kuipers", "Sanne", "S. Kuipers", "S.M. Kuipers", "SK")
item("EMAIL", "s.kuipers@nwo.nl", "s.kuipers@nwo.nl")
item("PHONE", "+31 6 2174 9083", "+31 6 2174 9083", "06-21749083")
person("Maarten Oosterbeek", "Maarten Oosterbeek", "Oosterbeek", "Maarten", "M. Oosterbeek", "MOo")
item("EMAIL", "m.oosterbeek@nwo.nl", "m.oosterbeek@nwo.nl")
item("PHONE", "+31 70 349 4127", "+31 70 349 4127")
person("Yvonne Blankenstijn", "Yvonne Blankenstijn", "Blankenstijn", "Yvonne", "Y. Blankenstijn", "YB")
item("EMAIL", "y.blankenstijn@nwo.nl", "y.blankenstijn@nwo.nl")

# ---------------------------------------------------------------- review panel, referees
person("Eleanor Whitcombe", "Eleanor Whitcombe", "Whitcombe", "Eleanor", "E. Whitcombe", "EW")
person("Katarzyna Nowicka-Baran", "Katarzyna Nowicka-Baran", "Nowicka-Baran", "Katarzyna", "K. Nowicka-Baran",
       "KNB")
person("Henrik Lindqvist", "Henrik Lindqvist", "Lindqvist", "Henrik", "H. Lindqvist", "HL")
person("Ciarán Ó Murchú", "Ciarán Ó Murchú", "Ó Murchú", "Murchú", "Ciarán", "C. Ó Murchú")
item("EMAIL", "ciaran.omurchu@ucd.ie", "ciaran.omurchu@ucd.ie")
person("Beatriz Sousa Lemos", "Beatriz Sousa Lemos", "Sousa Lemos", "Beatriz", "B. Sousa Lemos")
person("Jan-Willem ter Horst", "Jan-Willem ter Horst", "ter Horst", "Ter Horst", "J.W. ter Horst", "JWtH", "JW ter Horst")
item("EMAIL", "j.w.terhorst@uu.nl", "j.w.terhorst@uu.nl")
person("Deepa Venkataraman", "Deepa Venkataraman", "Venkataraman", "Deepa", "D. Venkataraman", "DV")
person("Lukas Oberhuber", "Lukas Oberhuber", "Oberhuber", "L. Oberhuber")
person("Margriet Zandbergen", "Margriet Zandbergen", "Zandbergen", "M. Zandbergen")
person("Olusegun Adeyemi", "Olusegun Adeyemi", "Adeyemi", "O. Adeyemi")

# ---------------------------------------------------------------- Universiteit Twente, TNW
person("Marieke de Bruijn-Tammes", "Marieke de Bruijn-Tammes", "de Bruijn-Tammes", "De Bruijn-Tammes",
       "Bruijn-Tammes", "M.A. de Bruijn-Tammes", "Marieke", "MdBT", "DE BRUIJN-TAMMES", "Marieke de Bruijn", "de Bruijn")
item("EMAIL", "m.debruijn-tammes@utwente.nl", "m.debruijn-tammes@utwente.nl")
item("PHONE", "06-53912268", "06-53912268", "06 5391 2268", "+31 6 5391 2268")
person("Hendrik-Jan van der Wetering", "Hendrik-Jan van der Wetering", "van der Wetering", "Van der Wetering",
       "H.J. van der Wetering", "Hendrik-Jan", "VAN DER WETERING", "Wetering", "Hendrik-Jan vd Wetering", "vd Wetering", "HJ")
item("EMAIL", "h.j.vanderwetering@utwente.nl", "h.j.vanderwetering@utwente.nl")
item("PHONE", "+31 53 489 6612", "+31 53 489 6612", "053 489 6612")
person("Kerem Yıldız", "Kerem Yıldız", "Yıldız", "Kerem", "K. Yıldız", "YILDIZ", "Yildiz", "Yıldız, K.",
       "K.Y.")
item("EMAIL", "k.yildiz@utwente.nl", "k.yildiz@utwente.nl")
item("PHONE", "06-19274405", "06-19274405", "+31 6 1927 4405")
item("PERSONNEL_NR", "personeelsnummer Yıldız", "00214517")
item("DOB", "geboortedatum Yıldız", "14-08-1984", "14 augustus 1984")
item("ADDRESS", "woonadres Yıldız", "Het Lansink 47", "7481 GB")
item("HEALTH", "gezondheid Yıldız", "hartritmestoornis", "cardioloog")
item("RELIGION", "religie Yıldız", "praktiserend moslim", "vrijdaggebed")
person("Aoife Gallagher", "Aoife Gallagher", "Gallagher", "Aoife", "A. Gallagher", "GALLAGHER", "Gallagher, A.",
       "A.G.")
item("EMAIL", "a.gallagher@utwente.nl", "a.gallagher@utwente.nl")
item("EMAIL", "aoife.gallagher.research@gmail.com", "aoife.gallagher.research@gmail.com")
item("PHONE", "+31 6 8340 1176", "+31 6 8340 1176", "06-83401176")
item("ADDRESS", "woonadres Gallagher", "Oude Postweg 112", "7557 DS")
item("HEALTH", "gezondheid Gallagher", "burn-outklachten", "burn-out", "bedrijfsarts", "re-integratie", "sick leave", "company doctor")
person("Priya Raghunathan", "Priya Raghunathan", "Raghunathan", "Priya", "P. Raghunathan", "Raghunathan, P.")
item("EMAIL", "p.raghunathan@utwente.nl", "p.raghunathan@utwente.nl")
item("HEALTH", "zwangerschap Raghunathan", "zwangerschapsverlof", "maternity leave")
person("Zhao Mingyu", "Zhao Mingyu", "Mingyu Zhao", "Zhao", "Mingyu", "ZHAO", "M. Zhao", "Zhao, M.")
item("EMAIL", "m.zhao@utwente.nl", "m.zhao@utwente.nl")
item("PASSPORT", "paspoort Zhao", "EJ4471902")
item("DOB", "geboortedatum Zhao", "03-11-1997")
person("Tomasz Wiśniewski", "Tomasz Wiśniewski", "Wiśniewski", "Tomasz", "T. Wiśniewski", "Wisniewski",
       "Wiśniewski, T.")
item("EMAIL", "t.wisniewski@utwente.nl", "t.wisniewski@utwente.nl")
person("Thiago Nascimento Albuquerque", "Thiago Nascimento Albuquerque", "Nascimento Albuquerque", "Albuquerque",
       "Thiago", "T. Nascimento Albuquerque", "Nascimento Albuquerque, T.")
item("EMAIL", "t.nascimentoalbuquerque@utwente.nl", "t.nascimentoalbuquerque@utwente.nl")
item("ORCID", "ORCID Nascimento Albuquerque", "0000-0002-7719-3054")
item("ORCID", "ORCID Gallagher", "0000-0003-1846-2290")
item("STUDENT_NR", "studentnummer", "s2674419", "s2318865")
person("Wilma Hoogstraten", "Wilma Hoogstraten", "Hoogstraten", "W.E. Hoogstraten", "Wilma")
person("Ruud Terpstra", "Ruud Terpstra", "Terpstra", "R. Terpstra")
person("Fatma Öztürk", "Fatma Öztürk", "Öztürk", "F. Öztürk")
person("Bas Lindeboom", "Bas Lindeboom", "Lindeboom", "B. Lindeboom", "Bas")
item("EMAIL", "b.lindeboom@utwente.nl", "b.lindeboom@utwente.nl")
person("Els Oudshoorn", "Els Oudshoorn", "Oudshoorn", "E. Oudshoorn", "Els")
person("Gert-Jan Nijenhuis", "Gert-Jan Nijenhuis", "Nijenhuis", "G.J. Nijenhuis", "Gert-Jan", "GJN")
item("EMAIL", "g.j.nijenhuis@utwente.nl", "g.j.nijenhuis@utwente.nl")
item("PHONE", "06-44019283", "06-44019283")
person("Floris Haverkamp", "Floris Haverkamp", "Haverkamp", "F.J. Haverkamp", "Floris", "FJH")
item("EMAIL", "haverkamp@twentstad-advocaten.nl", "haverkamp@twentstad-advocaten.nl")
item("PHONE", "06-30458812", "06-30458812")

# ---------------------------------------------------------------- LOWI, others
person("Judith Kemperman", "Judith Kemperman", "Kemperman", "J. Kemperman", "Judith")
person("Pieter van Amerongen", "Pieter van Amerongen", "van Amerongen", "Van Amerongen", "P. van Amerongen")
person("Hanneke Smit-Bosma", "Hanneke Smit-Bosma", "Smit-Bosma", "H. Smit-Bosma")
person("Lotte Wassenaar", "Lotte Wassenaar", "Wassenaar", "Lotte", "L. Wassenaar")
item("EMAIL", "l.wassenaar@nrc.nl", "l.wassenaar@nrc.nl")
item("PHONE", "06-27718350", "06-27718350")
person("Bram Kloosterboer", "Bram Kloosterboer", "Kloosterboer", "B.A. Kloosterboer", "Bram")
item("ADDRESS", "woonadres Kloosterboer", "Zwanenvechtlaan 8", "3607 DT")
item("EMAIL", "bram.kloosterboer@ziggo.nl", "bram.kloosterboer@ziggo.nl")
person("Nienke Vos-Hartman", "Nienke Vos-Hartman", "Vos-Hartman", "N. Vos-Hartman", "Nienke", "NVH")
item("EMAIL", "n.vos-hartman@rvo.nl", "n.vos-hartman@rvo.nl")
item("PHONE", "06-11542987", "06-11542987")
person("Emre Kaya", "Emre Kaya", "Kaya", "E. Kaya", "Emre", "EK")
person("Lieke Brinkhuis", "Lieke Brinkhuis", "Brinkhuis", "L. Brinkhuis", "Lieke")
item("EMAIL", "l.brinkhuis@utwente.nl", "l.brinkhuis@utwente.nl")
person("Roshni Mahabier", "Roshni Mahabier", "Mahabier", "R. Mahabier")
item("PERSON_NR", "NWO-relatienummer Nowicka-Baran", "100482913")
item("DOB", "geboortedatum Nowicka-Baran", "27-05-1979")
item("ADDRESS", "woonadres Nowicka-Baran", "ul. Krótka 7", "32-020")
item("IBAN", "IBAN Nowicka-Baran", "PL81 1240 2917 1111 0010 8336 4517")
item("BSN", "BSN Zhao", "284719365")
item("IBAN", "IBAN Gallagher", "NL27 INGB 0007 5912 38")
item("ACCOUNT", "account a.gallagher", "gallaghera", "yildizk", "zhaom2")

# ---------------------------------------------------------------- keep registry
K = []


def keep(kind, value, *probes):
    K.append((kind, value, list(probes) or [value]))


for o in ["Ministerie van Onderwijs, Cultuur en Wetenschap", "OCW", "NWO", "Nederlandse Organisatie voor "
          "Wetenschappelijk Onderzoek", "Dutch Research Council", "NWO-ENW", "ENW", "Universiteit Twente",
          "University of Twente", "KNAW", "Koninklijke Nederlandse Akademie van Wetenschappen", "LOWI",
          "Landelijk Orgaan Wetenschappelijke Integriteit", "CWI", "Commissie Wetenschappelijke Integriteit",
          "Centrum Wiskunde & Informatica", "VSNU", "UNL", "Universiteiten van Nederland", "WOTRO", "ERC",
          "European Research Council", "Europese Commissie", "European Commission", "RVO",
          "Rijksdienst voor Ondernemend Nederland", "IND", "Immigratie- en Naturalisatiedienst", "SURF",
          "CSC", "China Scholarship Council", "TNW", "Faculty of Science and Technology",
          "Faculteit Science and Technology", "college van bestuur", "College van Bestuur", "Tweede Kamer",
          "Eerste Kamer", "NRC", "ZonMw", "Rathenau Instituut", "AIVD", "UWV", "Loket Kennisveiligheid",
          "Van 't Hoff Institute for Molecular Sciences", "Kavli Institute of Nanoscience", "MESA+",
          "Van der Valk Hotel Utrecht", "Financiële Administratie", "Schiphol", "Inspectie van het Onderwijs", "NVAO", "Raad van State",
          "Universiteit Utrecht", "TU Delft", "Rijksuniversiteit Groningen", "University College Dublin",
          "Universidade de São Paulo", "Tsinghua University", "IIT Madras", "Jagiellonian University",
          "Middle East Technical University", "Elsevier", "Springer Nature", "American Chemical Society",
          "directie Onderzoek en Wetenschapsbeleid", "OWB", "DUO", "Wetenschapsfonds"]:
    keep("ORG", o)
for p in ["Den Haag", "Utrecht", "Enschede", "Amsterdam", "Brussel", "Brussels", "Dublin", "São Paulo",
          "Beijing", "Chennai", "Kraków", "Ankara", "Delft", "Groningen", "Leiden", "Nederland", "Netherlands"]:
    keep("PLACE", p)
for s in ["Rijnstraat 50", "2515 XP", "Postbus 16375", "2500 BJ", "Winthontlaan 2", "3526 KV",
          "Drienerlolaan 5", "7522 NB", "Kloveniersburgwal 29", "1011 JV", "Laan van Nieuw Oost-Indië 300",
          "Anna van Buerenplein", "Hendrik Jan van Heekplein", "Van Heekplein", "Johan de Wittlaan",
          "Prof. Bronkhorstlaan", "Prins Clauslaan", "Trippenhuis", "Waaier", "Ravelijn", "Carré",
          "Spiegel", "Prinses Beatrixlaan 2", "Hendrik Jan van Heekplein 9", "7511 HK", "World Forum"]:
    keep("ADDRESS", s)
for prog in ["Open Competitie ENW-XL", "ENW-XL", "ENW-M", "Open Competitie", "Talentprogramma", "Veni", "Vidi",
             "Vici", "Spinozapremie", "Stevinpremie", "NWA-ORC", "Nationale Wetenschapsagenda", "Zwaartekracht",
             "Gravitation", "Summit", "Horizon Europe", "ERC Starting Grant", "ERC Consolidator Grant",
             "Marie Skłodowska-Curie Actions", "Marie Skłodowska-Curie", "MSCA", "Sectorplannen",
             "sectorplan Bètatechniek", "Nationaal Groeifonds", "Erasmus+", "Science for Development",
             "kennismigrantenregeling", "Open Science NL", "Recognition & Rewards", "Erkennen en Waarderen",
             "Dutch Research Agenda", "Rubicon", "XS", "Starting Grant", "Consolidator Grant", "Vidi-ronde"]:
    keep("PROGRAMME", prog)
for law in ["Wet open overheid", "Woo", "Algemene verordening gegevensbescherming", "AVG",
            "Wet op het hoger onderwijs en wetenschappelijk onderzoek", "WHW", "Algemene wet bestuursrecht",
            "Awb", "Nederlandse gedragscode wetenschappelijke integriteit", "Netherlands Code of Conduct for Research Integrity",
            "Klachtenregeling Wetenschappelijke Integriteit", "Wet kennisveiligheid", "Vreemdelingenwet",
            "Wet arbeid vreemdelingen", "Uitvoeringswet AVG", "artikel 5.1, tweede lid, onder e",
            "artikel 5.1, eerste lid, onder d", "artikel 5.2", "Cao Nederlandse Universiteiten", "CAO NU",
            "Regeling subsidies NWO", "NWO-subsidieregeling", "Kaderregeling subsidies OCW, SZW en VWS",
            "European Code of Conduct for Research Integrity", "ALLEA"]:
    keep("LAW", law)
for prod in ["VASP", "Quantum ESPRESSO", "LAMMPS", "PyTorch", "Jupyter", "GitLab", "SURF Research Drive",
             "Research Drive", "Zenodo", "figshare", "Materials Project", "OC20", "Open Catalyst", "ASE",
             "scikit-learn", "ORCID", "arXiv", "ChemRxiv", "PubPeer", "Retraction Watch", "Microsoft Teams",
             "Teams", "WhatsApp", "Outlook", "ISAAC", "Snellius", "Crossref", "iThenticate", "ImageTwin",
             "Proofig", "CatDB-23", "TwenteCat", "MS Forms", "Osiris", "Overleaf", "Python", "Excel"]:
    keep("PRODUCT", prod)
for j in ["Nature Catalysis", "ACS Catalysis", "Journal of Catalysis", "Physical Review Letters",
          "npj Computational Materials", "Scientific Data", "Chemical Science", "Journal of Chemical Physics",
          "Angewandte Chemie", "Nature"]:
    keep("JOURNAL", j)
for t in ["data fabrication", "falsification", "plagiarism", "questionable research practices",
          "authorship", "CRediT", "data availability statement", "preprint", "peer review", "conflict of interest",
          "FAIR", "open access", "machine learning", "density functional theory", "DFT", "embargo",
          "research integrity", "wetenschappelijke integriteit", "kennisveiligheid", "kennismigrant",
          "principal investigator", "co-applicant", "main applicant", "rebuttal", "panel chair",
          "programme officer", "external referee", "grant agreement", "work package", "deliverable",
          "PhD candidate", "postdoc", "associate professor", "full professor", "tenure track",
          "image duplication", "raw data", "lab notebook", "electronic lab notebook", "ELN", "consortium",
          "in-kind", "matching", "overhead", "data steward", "data management plan", "DMP"]:
    keep("TERM", t)
for f in ["beleidsmedewerker", "senior beleidsadviseur", "directeur", "decaan", "programmaleider",
          "vertrouwenspersoon wetenschappelijke integriteit", "vertrouwenspersoon", "secretaris",
          "voorzitter", "advocaat", "promovendus", "woordvoerder", "teamleider", "jurist", "hoogleraar",
          "universitair hoofddocent", "programmamedewerker", "adviseur", "Dean", "group leader",
          "Panel chair", "Programme officer", "HR-adviseur", "landsadvocaat", "bedrijfsjurist"]:
    keep("FUNCTION", f)
for oh in ["minister Bruins", "Bruins", "E.E.W. Bruins", "het lid Stultiens", "Stultiens", "Kamerlid Hertzberger",
           "het lid Hertzberger", "Hertzberger", "Paternotte", "Commissaris Zaharieva", "Zaharieva",
           "minister van Onderwijs, Cultuur en Wetenschap", "staatssecretaris", "oud-minister Dijkgraaf"]:
    keep("OFFICE_HOLDER", oh)
for ref in ["OCW/OWB-2025/1187342", "2025-0000412871", "OCENW.XL24.2.037", "OCENW.XL24.2.052",
            "OCENW.XL24.2.011", "OCENW.M.24.118", "CWI-2025-04", "LOWI-advies 2025-09", "LOWI 2025-09",
            "ERC-2025-STG", "101162215", "2025Z04417", "2025D18830", "Woo-2025-0311", "HEU-2025-0071",
            "10.5281/zenodo.11820431", "10.1038/s41929-023-01077-x", "DOC-01", "DOC-07", "DOC-12",
            "kst-29338-287", "29 338", "31 288", "UT-HR-2025-0188", "IND-2025/447180"]:
    keep("REF", ref)
for gen in ["woo@minocw.nl", "info@nwo.nl", "enw@nwo.nl", "lowi@knaw.nl", "cwi-secretariaat@utwente.nl",
            "pers@minocw.nl", "ncp-erc@rvo.nl", "070 412 34 56", "070 344 06 40", "053 489 9111",
            "020 551 07 37", "088 042 42 42", "0800 8051", "www.rijksoverheid.nl", "www.nwo.nl",
            "www.utwente.nl", "www.lowi.nl", "053 431 22 00", "servicedesk@surf.nl", "redactie@nrc.nl", "integrity@nwo.nl"]:
    keep("GENERAL_CONTACT", gen)

for a in ["Castellanos, R.", "Castellanos", "Okafor, I.N.", "Okafor", "Takahashi, H.", "Takahashi", "Brandt, S.",
          "Brandt", "Vermeulen-Prins, A.", "Vermeulen-Prins", "Ferreira da Costa, L.", "Ferreira da Costa"]:
    keep("PUBLISHED_AUTHOR", a)
for x in ["Reviewer 2", "R1", "R3", "NFU", "TO2-federatie", "Vereniging Hogescholen", "svc-backup", "PE4",
          "Physical and Analytical Chemical Sciences", "ERC-2026-STG", "National Contact Point", "NCP ERC",
          "CC-BY", "Voorjaarsnota", "2025Z02961", "ah-tk-20242025-2025Z04417", "25/0412",
          "UT-CvB-2025-117", "JenV", "open.overheid.nl", "Directie Communicatie",
          "Directie Wetgeving en Juridische Zaken", "International Staff Desk", "HR Services", "erkend referent"]:
    keep("OTHER", x)
