"""Content of set EC: persons (redact), public vocabulary (keep) and the 33 documents. All invented."""
from lib import Doc, mm

# ------------------------------------------------------------------ persons to redact (batch-wide)
P = "PERSON"
PERSONS = [
    # research team
    (P, "Maarten van Hoogstraten", ["Maarten van Hoogstraten", "Van Hoogstraten", "van Hoogstraten", "M. van Hoogstraten", "Maarten", "Hoogstraten"]),
    ("EMAIL", "m.vanhoogstraten@ruij.nl", ["m.vanhoogstraten@ruij.nl"]),
    ("PHONE", "06-21 48 93 07", ["06-21 48 93 07"]),
    ("PHONE", "0570 69 4412", ["0570 69 4412"]),
    (P, "Yasmin Ouali", ["Yasmin Ouali", "Ouali", "Yasmin", "Y. Ouali"]),
    ("EMAIL", "y.ouali@ruij.nl", ["y.ouali@ruij.nl"]),
    ("PHONE", "06 1873 4490", ["06 1873 4490"]),
    (P, "Ingrid ter Welle", ["Ingrid ter Welle", "Ter Welle", "ter Welle", "Ingrid", "I. ter Welle", "Welle"]),
    ("EMAIL", "i.terwelle@ruij.nl", ["i.terwelle@ruij.nl"]),
    (P, "Daan Oosterbroek", ["Daan Oosterbroek", "Oosterbroek", "Daan", "Daantje", "D. Oosterbroek"]),
    ("EMAIL", "d.oosterbroek@student.ruij.nl", ["d.oosterbroek@student.ruij.nl"]),
    ("PHONE", "06-44 09 21 76", ["06-44 09 21 76"]),
    (P, "Zoë Kuipers", ["Zoë Kuipers", "Kuipers", "Zoë"]),
    ("EMAIL", "zoë.kuipers@student.ruij.nl", ["zoë.kuipers@student.ruij.nl"]),
    (P, "Bartosz Wiśniewski", ["Bartosz Wiśniewski", "Wiśniewski", "Bartosz", "B. Wiśniewski"]),
    ("EMAIL", "b.wisniewski@ruij.nl", ["b.wisniewski@ruij.nl"]),
    ("PHONE", "+31 (0)570 69 4471", ["+31 (0)570 69 4471"]),
    # committee
    (P, "Hendrika Stoffels-de Graaf", ["Hendrika Stoffels-de Graaf", "Stoffels-de Graaf", "Riek", "Hendrika", "H. Stoffels-de Graaf", "STOFFELS-DE GRAAF"]),
    ("EMAIL", "h.stoffels@ruij.nl", ["h.stoffels@ruij.nl"]),
    (P, "Thijs Verhoeven", ["Thijs Verhoeven", "Verhoeven", "Thijs", "T. Verhoeven", "T.V."]),
    ("EMAIL", "t.verhoeven@ruij.nl", ["t.verhoeven@ruij.nl"]),
    ("PHONE", "0570 69 4380", ["0570 69 4380"]),
    (P, "Şule Aydın", ["Şule Aydın", "Aydın", "Şule", "Ş. Aydın"]),
    ("EMAIL", "s.aydin@ruij.nl", ["s.aydin@ruij.nl"]),
    (P, "Joost 't Hart", ["Joost 't Hart", "'t Hart", "J. 't Hart", "Joost"]),
    ("EMAIL", "j.thart@ruij.nl", ["j.thart@ruij.nl"]),
    (P, "Anneloes van der Wiel", ["Anneloes van der Wiel", "Van der Wiel", "van der Wiel", "A. van der Wiel", "Anneloes"]),
    ("EMAIL", "a.vanderwiel@ruij.nl", ["a.vanderwiel@ruij.nl"]),
    (P, "Gerard Lommerse", ["Gerard Lommerse", "Lommerse", "G. Lommerse", "Gerard"]),
    ("INITIALS", "paraph codes", ["HSdG", "TVe", "ŞA", "JtH", "AvdW", "GLo", "MvH"]),
    # university staff
    (P, "Carolien Dekkers-Vos", ["Carolien Dekkers-Vos", "Dekkers-Vos", "Carolien", "C. Dekkers-Vos", "Dekkers"]),
    ("EMAIL", "c.dekkers@ruij.nl", ["c.dekkers@ruij.nl"]),
    ("PHONE", "06-53 20 71 98", ["06-53 20 71 98"]),
    (P, "Ruben Achterberg", ["Ruben Achterberg", "Achterberg", "Ruben", "R. Achterberg"]),
    ("EMAIL", "r.achterberg@ruij.nl", ["r.achterberg@ruij.nl"]),
    ("PHONE", "0031 570 69 4501", ["0031 570 69 4501"]),
    (P, "Fenna Schuitemaker", ["Fenna Schuitemaker", "Schuitemaker", "F. Schuitemaker"]),
    (P, "Sietske Holtrop", ["Sietske Holtrop", "Holtrop"]),
    (P, "Nadia Brouwer", ["Nadia Brouwer", "N. Brouwer"]),
    (P, "Jeroen Mulderij", ["Jeroen Mulderij", "Mulderij", "Jeroen"]),
    # participants
    (P, "Hermanus Jacobus Wolterink", ["Hermanus Jacobus Wolterink", "H.J. Wolterink", "Wolterink", "Herman", "WOLTERINK"]),
    ("ADDRESS", "Kerkstraat 14, 7416 BE Deventer", ["Kerkstraat 14", "7416 BE"]),
    ("PHONE", "0570-612448", ["0570-612448"]),
    ("DATE_OF_BIRTH", "12-03-1951", ["12-03-1951"]),
    (P, "Geertruida Bloemendaal-Haverkamp", ["Bloemendaal-Haverkamp", "G. Bloemendaal-Haverkamp", "Truus", "BLOEMENDAAL"]),
    ("ADDRESS", "Oude Wetering 7, 7431 AB Diepenveen", ["Oude Wetering 7", "7431 AB"]),
    ("DATE_OF_BIRTH", "04-11-1948", ["04-11-1948", "4 november 1948"]),
    (P, "Mohamed Bouchareb", ["Mohamed Bouchareb", "Bouchareb", "M. Bouchareb"]),
    ("DATE_OF_BIRTH", "22-07-1956", ["22-07-1956"]),
    (P, "Åsa Lindqvist", ["Åsa Lindqvist", "Lindqvist", "Å. Lindqvist"]),
    (P, "Jan Pieter de Kruijf", ["Jan Pieter de Kruijf", "De Kruijf", "de Kruijf", "J.P. de Kruijf", "JP"]),
    (P, "Wilhelmina ten Brinke", ["Wilhelmina ten Brinke", "Ten Brinke", "ten Brinke", "Mien", "W. ten Brinke"]),
    (P, "Ludwik Kowalczyk", ["Ludwik Kowalczyk", "Kowalczyk"]),
    (P, "Cornelis van 't Zand", ["Cornelis van 't Zand", "Van 't Zand", "van 't Zand", "C. van 't Zand", "Cor"]),
    (P, "Henriëtte Pouw", ["Henriëtte Pouw", "Pouw"]),
    (P, "Rashid Mahabier", ["Rashid Mahabier", "Mahabier"]),
    ("PHONE", "06 3302 1187", ["06 3302 1187"]),
    ("PHONE", "0571 27 19 04", ["0571 27 19 04"]),
    ("PHONE", "06-19 75 60 23", ["06-19 75 60 23"]),
    ("EMAIL", "h.pouw54@ziggo.nl", ["h.pouw54@ziggo.nl"]),
    ("EMAIL", "rmahabier@kpnmail.nl", ["rmahabier@kpnmail.nl"]),
    ("BSN", "BSN values", ["945807302", "215736813", "930364260", "212997221", "562241541", "990951455"]),
    ("DATE_OF_BIRTH", "other dates of birth", ["30-01-1953", "17-09-1949", "08-05-1958", "25-12-1950", "11-06-1947"]),
    ("HEALTH", "health data", ["obstructief slaapapneu", "depressieve klachten", "beginnende dementie", "ziekte van Parkinson", "slapeloosheid"]),
    # requester
    (P, "Jorien Smeenk", ["Jorien Smeenk", "Smeenk", "J. Smeenk", "Jorien"]),
    ("ADDRESS", "Zandweerdlaan 31, 7412 TX Deventer", ["Zandweerdlaan 31", "7412 TX"]),
    ("EMAIL", "jorien.smeenk@proton.me", ["jorien.smeenk@proton.me"]),
    ("PHONE", "06 2931 5567", ["06 2931 5567"]),
    # NWO and OCW staff
    (P, "Wouter Klaassen", ["Wouter Klaassen", "Klaassen", "W. Klaassen", "Wouter"]),
    ("EMAIL", "w.klaassen@nwo.nl", ["w.klaassen@nwo.nl"]),
    ("PHONE", "070 344 0712", ["070 344 0712"]),
    (P, "Karim Haddou", ["Karim Haddou", "Haddou", "K. Haddou", "Karim"]),
    ("EMAIL", "k.haddou@minocw.nl", ["k.haddou@minocw.nl"]),
    ("PHONE", "06-11 38 42 90", ["06-11 38 42 90"]),
    (P, "Pauline Rijkers", ["Pauline Rijkers", "Rijkers", "P.M. Rijkers"]),
    (P, "Onno Zwijsen", ["Onno Zwijsen", "Zwijsen", "O. Zwijsen"]),
    ("EMAIL", "onno.zwijsen@minocw.nl", ["onno.zwijsen@minocw.nl"]),
    # sole traders
    (P, "Femke Rozendaal", ["Femke Rozendaal", "Rozendaal", "F. Rozendaal", "Femke"]),
    ("IBAN", "NL27 RABO 0312 4455 90", ["NL27 RABO 0312 4455 90"]),
    ("ADDRESS", "Noordenbergstraat 5A, 7411 JW Deventer", ["Noordenbergstraat 5A", "7411 JW"]),
    ("EMAIL", "femke@woordwaard.nl", ["femke@woordwaard.nl"]),
    (P, "Kees-Jan Bijlsma", ["Kees-Jan Bijlsma", "Bijlsma", "K.J. Bijlsma"]),
    ("IBAN", "NL61 INGB 0007 6543 21", ["NL61 INGB 0007 6543 21"]),
    ("ADDRESS", "Rijksstraatweg 201, 7231 AG Warnsveld", ["Rijksstraatweg 201", "7231 AG"]),
    ("PHONE", "06-50 88 14 32", ["06-50 88 14 32"]),
    ("EMAIL", "kj@bijlsma-forensics.nl", ["kj@bijlsma-forensics.nl"]),
    ("PERSONNEL_NR", "personnel numbers", ["P-118204", "P-120977", "P-131560", "P-109843", "S-2290113", "S-2304418", "P-101275"]),
]

# ------------------------------------------------------------------ public vocabulary to keep
K = [
    ("ORG", ["Rijksuniversiteit IJsselland", "RUIJ", "Ethische Commissie Sociale Wetenschappen", "ECSW",
             "Faculteit Gedrags- en Maatschappijwetenschappen", "GMW", "NWO", "Nederlandse Organisatie voor Wetenschappelijk Onderzoek",
             "Ministerie van Onderwijs, Cultuur en Wetenschap", "OCW", "Autoriteit Persoonsgegevens", "College van Bestuur",
             "SURF", "Universiteitsbibliotheek", "Tweede Kamer", "Universiteiten van Nederland", "CERT-RUIJ",
             "Veritas Audit & Assurance", "Transcriptiebureau Woordwaard", "Bijlsma IT Forensics", "Qualtrics", "Microsoft",
             "Raad van State", "Directie Onderzoek en Wetenschapsbeleid", "Dienst ICT", "Ouderenbond Salland",
             "Kamer van Koophandel", "Rabobank", "ING", "GGD IJsselland", "Zilveren Kruis", "Saxion"]),
    ("LOC", ["Deventer", "Zwolle", "Diepenveen", "Apeldoorn", "Den Haag", "Olst", "Enschede", "Warnsveld", "Salland", "Utrecht"]),
    ("LAW", ["Wet open overheid", "Woo", "Algemene verordening gegevensbescherming", "AVG", "Uitvoeringswet AVG",
             "Wet op het hoger onderwijs en wetenschappelijk onderzoek", "WHW", "Nederlandse gedragscode wetenschappelijke integriteit",
             "Wet medisch-wetenschappelijk onderzoek met mensen", "WMO", "artikel 33 AVG", "artikel 34 AVG", "artikel 5.1"]),
    ("PROJECT", ["RUSTPUNT", "RUSTPUNT-studie", "Open Competitie SGW", "NWO-Talentprogramma", "Datamanagementplan",
                 "SURFfilesender", "Microsoft Teams", "SPSS", "Castor EDC", "Excel", "Outlook", "WhatsApp", "OneDrive",
                 "informed consent", "data breach", "privacy impact assessment", "DPIA", "pseudonymisering", "root cause analysis"]),
    ("REF", ["ECSW-2024-118", "ECSW-2024-118-A2", "406.22.GO.017", "WOO-RUIJ-2026-007", "AP-MDL-2026-04417",
             "CERT-RUIJ-2026-0311", "OCW/OWB-2026/117845", "2026Z04561", "2026D15532", "F-2026-0412", "WW-2026-031",
             "KvK 81234567", "KvK 70554321", "81234567", "70554321", "INC-2026-0311"]),
    ("FUNCTIONAL_MAIL", ["ecsw@ruij.nl", "woo@ruij.nl", "privacy@ruij.nl", "cert@ruij.nl", "pers@ruij.nl", "info@nwo.nl",
                         "datalek@ruij.nl", "rustpunt@ruij.nl"]),
    ("GENERAL_PHONE", ["0570 69 9111", "088 - 1805 250", "070 344 06 40", "0800 - 8051"]),
    ("PUBLIC_OFFICIAL", ["Terpstra", "minister Terpstra", "Van Dijken", "El Idrissi", "Bosma-Tuin", "Hooijmeijer",
                         "Staal", "Marloes Jeuken", "Jeuken"]),
    ("NAMELIKE_NONPERSON", ["Aletta Jacobshal", "Stevinpremie", "Spinozapremie", "Ankersmitplein", "Ter Borch-zaal",
                            "Geertruida van Beusekom Fonds", "Huize Brinkgreven", "Van Marle-gebouw", "Thorbeckehuis"]),
    ("ROLE", ["functionaris gegevensbescherming", "hoofdonderzoeker", "secretaris", "voorzitter", "datamanager",
              "student-assistent", "promovendus", "postdoc", "rector magnificus", "woordvoerder", "beleidsmedewerker",
              "Chief Information Security Officer", "programmamanager"]),
    ("DATE", ["14 maart 2026", "2 april 2026", "9 april 2026", "1 mei 2026", "18 mei 2026", "3 juni 2026"]),
    ("AMOUNT", ["€ 749.600", "€ 4.235,00", "€ 2.468,40", "€ 7.865,00"]),
]
KEEP = []
for kind, vals in K:
    for v in vals:
        KEEP.append((kind, v, [v]))


def mailhdr(frm, sent, to, subj, cc=None):
    s = f"Van: {frm}\nVerzonden: {sent}\nAan: {to}\n"
    if cc:
        s += f"CC: {cc}\n"
    s += f"Onderwerp: {subj}"
    return ("p", s)


LETTERHEAD = ("p", "Rijksuniversiteit IJsselland\nAnkersmitplein 1, 7411 HZ Deventer\nT 0570 69 9111 | www.ruij.nl")
MOTIV = [("h", "Informatie die niet openbaar gemaakt kan worden"), ("h", "Motivering"),
         ("p", "In de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van ambtenaren geanonimiseerd (artikel 5.1, tweede lid, onder e, Woo).")]

DOCS = []
A = DOCS.append

# 01 Woo request
A(Doc("ec01_woo_verzoek", [
    ("p", "Jorien Smeenk\nZandweerdlaan 31\n7412 TX Deventer\njorien.smeenk@proton.me | 06 2931 5567"),
    ("s",),
    ("p", "Aan het College van Bestuur van de Rijksuniversiteit IJsselland\nt.a.v. de Woo-coördinator\nAnkersmitplein 1\n7411 HZ Deventer"),
    ("p", "Deventer, 2 april 2026"),
    ("p", "Onderwerp: verzoek op grond van de Wet open overheid - datalek RUSTPUNT-studie"),
    ("p", "Geacht College,"),
    ("p", "Als freelance journalist doe ik onderzoek naar het datalek bij de RUSTPUNT-studie van de Faculteit Gedrags- en Maatschappijwetenschappen (GMW), waarbij in maart 2026 een deelnemerslijst met gegevens van oudere deelnemers uit Deventer, Olst en Diepenveen bij onbevoegden terecht is gekomen. Op grond van de Wet open overheid (Woo) verzoek ik u om openbaarmaking van alle documenten over:"),
    ("p", "1. de beoordeling van het onderzoeksprotocol ECSW-2024-118 en het amendement ECSW-2024-118-A2 door de Ethische Commissie Sociale Wetenschappen (ECSW);\n2. de melding van het datalek aan de Autoriteit Persoonsgegevens en de interne afhandeling;\n3. de correspondentie met NWO over de subsidie 406.22.GO.017;\n4. de correspondentie met het Ministerie van Onderwijs, Cultuur en Wetenschap (OCW), waaronder de vragen van minister Terpstra."),
    ("p", "Ik verzoek u de documenten digitaal te verstrekken. Persoonsgegevens van deelnemers hoeven uiteraard niet openbaar te worden gemaakt."),
    ("p", "Met vriendelijke groet,\n\nJorien Smeenk"),
], font="helv", producer="Microsoft® Word 2019", creator="Microsoft® Word 2019"))

# 02 acknowledgement
A(Doc("ec02_ontvangstbevestiging", [
    LETTERHEAD, ("s",),
    ("p", "Mevrouw J. Smeenk\nZandweerdlaan 31\n7412 TX Deventer"),
    ("p", "Datum: 9 april 2026\nOns kenmerk: WOO-RUIJ-2026-007\nContact: woo@ruij.nl"),
    ("p", "Onderwerp: ontvangstbevestiging Woo-verzoek"),
    ("p", "Geachte mevrouw Smeenk,"),
    ("p", "Op 2 april 2026 hebben wij uw verzoek op grond van de Wet open overheid ontvangen over het datalek bij de RUSTPUNT-studie. Wij hebben uw verzoek geregistreerd onder kenmerk WOO-RUIJ-2026-007. Het College van Bestuur beslist binnen vier weken na ontvangst; deze termijn kan met twee weken worden verdaagd. Omdat de documenten ook gegevens van NWO en het Ministerie van Onderwijs, Cultuur en Wetenschap bevatten, zullen wij deze partijen om een zienswijze vragen."),
    ("p", "Heeft u vragen, neem dan contact op via woo@ruij.nl of het algemene nummer 0570 69 9111, onder vermelding van het kenmerk."),
    ("p", "Met vriendelijke groet,\nnamens het College van Bestuur,\n\nFenna Schuitemaker\nWoo-coördinator, Bestuursbureau"),
], font="times", producer="Aspose.Words for .NET 23.4.0", creator="Aspose.Words"))

# 03 minutes regular meeting (docx)
A(Doc("ec03_notulen_ecsw_14maart", [
    ("h", "Ethische Commissie Sociale Wetenschappen (ECSW) - verslag vergadering 14 maart 2026"),
    ("p", "Locatie: Ter Borch-zaal, Aletta Jacobshal, Ankersmitplein 1, Deventer. Aanvang 13.30 uur."),
    ("t", [["Naam", "Rol", "Aanwezig"],
           ["prof. dr. H. Stoffels-de Graaf", "voorzitter", "ja"],
           ["dr. Ş. Aydın", "lid (psychologie)", "ja"],
           ["prof. dr. J. 't Hart", "lid (sociologie)", "ja"],
           ["mr. drs. A. van der Wiel", "lid (jurist)", "ja"],
           ["G. Lommerse", "extern lid namens deelnemers", "afgemeld"],
           ["T. Verhoeven", "ambtelijk secretaris", "ja (notulen)"]]),
    ("h", "1. Opening en mededelingen"),
    ("p", "De voorzitter opent de vergadering. Gerard Lommerse heeft zich afgemeld. Riek meldt dat de ECSW in 2025 de Stevinpremie-aanvraag van een GMW-collega niet ethisch hoefde te toetsen. Thijs deelt mee dat het jaarverslag bijna gereed is."),
    ("h", "2. Amendement ECSW-2024-118-A2 (RUSTPUNT-studie)"),
    ("p", "De hoofdonderzoeker, dr. M. van Hoogstraten, heeft een amendement ingediend: deelnemers van 65 jaar en ouder worden voortaan ook telefonisch benaderd via de Ouderenbond Salland, en de student-assistenten krijgen toegang tot de contactgegevens in Castor EDC. Mevrouw Aydın vraagt hoe de sleutel tussen deelnemersnummer en naam wordt bewaard. Van der Wiel wijst op artikel 5 AVG (dataminimalisatie) en vraagt om een geactualiseerde DPIA. De heer 't Hart merkt op dat het Datamanagementplan van NWO deze wijziging nog niet dekt."),
    ("p", "Besluit: de ECSW keurt het amendement goed onder voorwaarde dat contactgegevens niet buiten Castor EDC worden opgeslagen en niet per e-mail worden gedeeld."),
    ("h", "3. Rondvraag"),
    ("p", "Joost 't Hart vraagt of de commissie een lid van de Universiteitsbibliotheek kan uitnodigen over datamanagement."),
    ("h", "Actielijst"),
    ("t", [["Nr", "Actie", "Wie", "Wanneer"],
           ["26-07", "Voorwaarden amendement per brief aan hoofdonderzoeker", "TVe", "21 maart"],
           ["26-08", "Geactualiseerde DPIA opvragen bij FG", "AvdW", "1 mei 2026"],
           ["26-09", "Uitnodiging Universiteitsbibliotheek", "JtH", "april"],
           ["26-10", "Check sleutelbestand RUSTPUNT", "ŞA / HSdG", "april"]]),
], font="dejavu", docx=True))

# 04 minutes extra meeting after breach, with outline naming people
A(Doc("ec04_notulen_extra_vergadering", [
    ("h", "ECSW - verslag extra vergadering 2 april 2026 (besloten)"),
    ("p", "Aanwezig: Stoffels-de Graaf (voorzitter), Aydın, 't Hart, Van der Wiel, Lommerse, Verhoeven (secretaris). Te gast: mr. C. Dekkers-Vos (functionaris gegevensbescherming) en R. Achterberg (Chief Information Security Officer)."),
    ("h", "1. Aanleiding"),
    ("p", "Op 27 maart 2026 heeft student-assistent Daan Oosterbroek een Excel-bestand met de deelnemerslijst van de RUSTPUNT-studie (412 deelnemers, met naam, adres, telefoonnummer, geboortedatum en slaapdiagnose) per abuis via Outlook verzonden aan een verzendlijst van de Ouderenbond Salland in plaats van aan de datamanager Bartosz Wiśniewski. Het bestand was niet beveiligd met een wachtwoord. CERT-RUIJ heeft het incident geregistreerd onder CERT-RUIJ-2026-0311."),
    ("h", "2. Toelichting FG"),
    ("p", "Mevrouw Dekkers-Vos licht toe dat het lek op 28 maart 2026 is gemeld bij de Autoriteit Persoonsgegevens (AP-MDL-2026-04417) op grond van artikel 33 AVG. Omdat er gezondheidsgegevens in het bestand stonden, zijn de deelnemers op grond van artikel 34 AVG individueel geïnformeerd. Carolien adviseert de werving stil te leggen tot de root cause analysis gereed is."),
    ("h", "3. Bespreking"),
    ("p", "Lommerse vraagt namens de deelnemers of er een excuusbrief komt en of de Ouderenbond Salland de mails heeft verwijderd. Achterberg bevestigt dat 31 van de 34 ontvangers schriftelijk hebben verklaard het bestand te hebben verwijderd. Mevrouw Aydın merkt op dat het amendement ECSW-2024-118-A2 juist voorschreef dat contactgegevens niet per e-mail mochten worden gedeeld. De voorzitter concludeert dat de voorwaarde niet is nageleefd."),
    ("h", "4. Besluiten"),
    ("p", "a) De goedkeuring van ECSW-2024-118 wordt opgeschort tot 1 mei 2026.\nb) De hoofdonderzoeker, Maarten van Hoogstraten, wordt gevraagd een herstelplan in te dienen.\nc) Het College van Bestuur en NWO worden geïnformeerd."),
    ("pb",),
    ("h", "Actielijst"),
    ("t", [["Nr", "Actie", "Paraaf", "Datum"],
           ["26-11", "Brief opschorting aan hoofdonderzoeker", "TVe", "3 april"],
           ["26-12", "Melding aan NWO (programmamanager)", "HSdG", "4 april"],
           ["26-13", "Resultaten root cause analysis delen", "R. Achterberg", "18 mei 2026"],
           ["26-14", "Excuusbrief deelnemers afstemmen", "GLo / C. Dekkers-Vos", "9 april 2026"]]),
    ("p", "Vastgesteld in de vergadering van 18 mei 2026.\nT. Verhoeven, ambtelijk secretaris"),
], font="dejavu", producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365",
    outline=[("Verslag 2 april - concept Ellen Boschma", 0), ("Reactie Pieter-Jan Hooghiemstra (ICT)", 1)],
    hidden=[("outline", P, "Ellen Boschma", ["Ellen Boschma", "Boschma"]),
            ("outline", P, "Pieter-Jan Hooghiemstra", ["Pieter-Jan Hooghiemstra", "Hooghiemstra"])]))

# 05 Outlook thread: amendment
A(Doc("ec05_mail_amendement", [
    mailhdr("Verhoeven, Thijs <t.verhoeven@ruij.nl>", "vrijdag 21 maart 2026 10:14", "Hoogstraten, Maarten van <m.vanhoogstraten@ruij.nl>",
            "RE: Amendement ECSW-2024-118-A2 - voorwaarden", cc="ECSW <ecsw@ruij.nl>; Stoffels-de Graaf, Hendrika <h.stoffels@ruij.nl>"),
    ("p", "Beste Maarten,"),
    ("p", "Namens de ECSW bevestig ik dat het amendement is goedgekeurd onder de voorwaarde dat contactgegevens van deelnemers uitsluitend in Castor EDC staan en niet per e-mail, WhatsApp of via OneDrive worden gedeeld. Wil je dit ook aan Yasmin en de student-assistenten doorgeven?"),
    ("p", "Met vriendelijke groet,\nThijs Verhoeven\nAmbtelijk secretaris ECSW\nT 0570 69 4380"),
    ("s",),
    mailhdr("Hoogstraten, Maarten van", "donderdag 20 maart 2026 16:52", "ECSW", "Amendement ECSW-2024-118-A2",
            cc="Ouali, Yasmin <y.ouali@ruij.nl>; Welle, Ingrid ter <i.terwelle@ruij.nl>"),
    ("p", "Beste Thijs,"),
    ("p", "Dank voor de snelle behandeling. Wij willen na de zomer starten met de telefonische werving via de Ouderenbond Salland. Daan en Zoë gaan de belrondes doen; zij hebben een geheimhoudingsverklaring getekend. Het sleutelbestand beheert Bartosz, onze datamanager."),
    ("p", "Groet,\nMaarten\n\ndr. M. van Hoogstraten | hoofdonderzoeker RUSTPUNT\nFaculteit Gedrags- en Maatschappijwetenschappen\nT 0570 69 4412 | M 06-21 48 93 07"),
], font="helv", producer="Microsoft Outlook for Microsoft 365", creator="Microsoft Outlook"))

# 06 Outlook thread: the breach discovered
A(Doc("ec06_mail_ontdekking_lek", [
    mailhdr("Wiśniewski, Bartosz <b.wisniewski@ruij.nl>", "donderdag 27 maart 2026 17:40", "datalek@ruij.nl",
            "URGENT: deelnemerslijst RUSTPUNT verkeerd verzonden",
            cc="Hoogstraten, Maarten van <m.vanhoogstraten@ruij.nl>; Dekkers-Vos, Carolien <c.dekkers@ruij.nl>; Achterberg, Ruben <r.achterberg@ruij.nl>"),
    ("p", "Beste collega's,"),
    ("p", "Om 15.12 uur heeft Daan Oosterbroek (student-assistent, S-2290113) het bestand 'RUSTPUNT_werving_v7.xlsx' verstuurd naar de verzendlijst leden-bestuur@ouderenbondsalland.nl. Het was voor mij bedoeld. Het bestand bevat de deelnemerslijst met naam, adres, geboortedatum, telefoon en diagnose. Daan heeft direct een terugroepactie gedaan in Outlook, maar die werkt niet bij externe ontvangers."),
    ("p", "Ik ben bereikbaar op +31 (0)570 69 4471.\nBartosz"),
    ("s",),
    mailhdr("Achterberg, Ruben", "donderdag 27 maart 2026 18:05", "Wiśniewski, Bartosz; datalek@ruij.nl",
            "RE: URGENT: deelnemerslijst RUSTPUNT verkeerd verzonden", cc="cert@ruij.nl"),
    ("p", "Dank Bartosz. CERT-RUIJ neemt dit op onder INC-2026-0311. Ik bel vanavond met de secretaris van de Ouderenbond Salland met het verzoek de mail te verwijderen. Carolien, wil jij de meldplicht beoordelen? Mijn nummer vanavond: 0031 570 69 4501."),
    ("p", "Ruben Achterberg\nChief Information Security Officer"),
    ("s",),
    mailhdr("Dekkers-Vos, Carolien", "donderdag 27 maart 2026 18:31", "Achterberg, Ruben; Wiśniewski, Bartosz",
            "RE: RE: URGENT: deelnemerslijst RUSTPUNT", cc="privacy@ruij.nl; Hoogstraten, Maarten van"),
    ("p", "Dit is een meldplichtig datalek: gezondheidsgegevens (o.a. obstructief slaapapneu en depressieve klachten) van 412 personen. Ik meld morgen bij de Autoriteit Persoonsgegevens. Maarten, graag vóór 10.00 uur een lijst van alle bestanden met contactgegevens buiten Castor EDC.\n\nCarolien Dekkers-Vos | functionaris gegevensbescherming | 06-53 20 71 98"),
    ("pb",),
    mailhdr("Hoogstraten, Maarten van", "vrijdag 28 maart 2026 09:48", "Dekkers-Vos, Carolien",
            "RE: RE: RE: URGENT: deelnemerslijst RUSTPUNT - bestanden buiten Castor EDC",
            cc="Wiśniewski, Bartosz; Ouali, Yasmin; Welle, Ingrid ter; Stoffels-de Graaf, Hendrika"),
    ("p", "Beste Carolien,"),
    ("p", "Hierbij de lijst van bestanden met contactgegevens die buiten Castor EDC stonden:\n"
          "1. RUSTPUNT_werving_v7.xlsx - OneDrive projectmap (eigenaar: Bartosz Wiśniewski)\n"
          "2. belrooster_maart.xlsx - laptop van Daan Oosterbroek (S-2290113)\n"
          "3. belrooster_maart_ZK.xlsx - laptop van Zoë Kuipers (S-2304418)\n"
          "4. adressen_interviews.docx - OneDrive van Ingrid ter Welle\n"
          "Alle vier zijn vanochtend verwijderd; de prullenbak van OneDrive is geleegd door de Dienst ICT. Yasmin heeft gecontroleerd dat de laptops geen lokale kopie meer hebben."),
    ("p", "Ik realiseer me dat ik de ECSW-voorwaarde niet goed aan het team heb overgebracht. Dat neem ik op mij, niet Daan."),
    ("p", "Maarten"),
    ("s",),
    mailhdr("Stoffels-de Graaf, Hendrika", "vrijdag 28 maart 2026 10:20", "Hoogstraten, Maarten van; Dekkers-Vos, Carolien",
            "RE: bestanden buiten Castor EDC", cc="Verhoeven, Thijs <t.verhoeven@ruij.nl>; ecsw@ruij.nl"),
    ("p", "Dank, Maarten. Ik agendeer dit voor een extra vergadering op 2 april 2026. Thijs stuurt de uitnodiging; Şule en Joost kunnen, Anneloes bevestigt nog.\nRiek"),
], font="dejavu", producer="Microsoft Outlook for Microsoft 365", creator="Microsoft Outlook"))

# 07 participant list (2 pages)
rows = [["Nr", "Naam", "Geboortedatum", "Adres", "Telefoon", "BSN", "Bijzonderheden"],
        ["R-0014", "H.J. Wolterink", "12-03-1951", "Kerkstraat 14, 7416 BE Deventer", "0570-612448", "945807302", "obstructief slaapapneu"],
        ["R-0015", "G. Bloemendaal-Haverkamp", "04-11-1948", "Oude Wetering 7, 7431 AB Diepenveen", "0571 27 19 04", "215736813", "slapeloosheid"],
        ["R-0021", "M. Bouchareb", "22-07-1956", "Olst", "06 3302 1187", "930364260", "depressieve klachten"],
        ["R-0022", "Å. Lindqvist", "30-01-1953", "Deventer", "06-19 75 60 23", "212997221", "geen"],
        ["R-0030", "J.P. de Kruijf", "17-09-1949", "Diepenveen", "-", "562241541", "beginnende dementie"],
        ["R-0031", "W. ten Brinke", "08-05-1958", "Olst", "-", "990951455", "ziekte van Parkinson"],
        ["R-0037", "Ludwik Kowalczyk", "25-12-1950", "Deventer", "-", "-", "geen"],
        ["R-0040", "C. van 't Zand", "11-06-1947", "Apeldoorn", "-", "-", "geen"],
        ["R-0041", "Henriëtte Pouw", "-", "Deventer", "h.pouw54@ziggo.nl", "-", "geen"],
        ["R-0042", "Rashid Mahabier", "-", "Deventer", "rmahabier@kpnmail.nl", "-", "geen"]]
A(Doc("ec07_deelnemerslijst", [
    ("h", "RUSTPUNT - wervingsbestand (uittreksel, versie 7)"),
    ("p", "Bron: Castor EDC export, 26 maart 2026. Vertrouwelijk - alleen voor het onderzoeksteam RUSTPUNT. Bijzonderheden volgens screening door de huisarts. Belrondes: Daantje (ma/di), Zoë (wo/do)."),
    ("t", rows, [13 * mm, 33 * mm, 17 * mm, 34 * mm, 32 * mm, 20 * mm, 21 * mm]),
    ("pb",),
    ("h", "Belnotities"),
    ("t", [["Nr", "Datum", "Door", "Notitie"],
           ["R-0014", "10 maart", "D. Oosterbroek", "Herman wil graag meedoen, vrouw belt terug; liever 's ochtends"],
           ["R-0015", "10 maart", "Zoë Kuipers", "Mevrouw noemt zich Truus; dochter helpt bij vragenlijst"],
           ["R-0030", "11 maart", "D. Oosterbroek", "JP twijfelt vanwege geheugen, overleg met Yasmin"],
           ["R-0031", "12 maart", "Zoë Kuipers", "Mien belt zelf terug na controle bij neuroloog"],
           ["R-0040", "12 maart", "D. Oosterbroek", "Cor vraagt of zijn zoon mag meekijken"]]),
    ("p", "Vragen over het bestand: datamanager B. Wiśniewski, rustpunt@ruij.nl."),
], font="dejavu", size=7.5, producer="Microsoft® Excel® voor Microsoft 365", creator="Microsoft® Excel® voor Microsoft 365"))

# 08 AP notification form (AcroForm)
A(Doc("ec08_meldformulier_ap", [
    ("h", "Meldformulier datalek - interne vastlegging (kopie van melding aan de Autoriteit Persoonsgegevens)"),
    ("p", "Rijksuniversiteit IJsselland - privacy@ruij.nl. Dit formulier volgt de vragen van het meldloket van de Autoriteit Persoonsgegevens (088 - 1805 250)."),
    ("s",), ("s",),
    ("p", "Naam melder:"), ("s",),
    ("p", "Functie melder:"), ("s",),
    ("p", "Telefoon melder:"), ("s",),
    ("p", "Betrokken onderzoeker:"), ("s",),
    ("p", "Veroorzaker (intern):"), ("s",),
    ("s",),
    ("p", "Kenmerk AP: AP-MDL-2026-04417. Datum melding: 28 maart 2026. Soort gegevens: NAW, geboortedatum, telefoonnummer, gezondheidsgegevens (artikel 9 AVG). Aantal betrokkenen: 412. Maatregelen: verwijderverzoek aan ontvangers, opschorting werving, informeren betrokkenen op grond van artikel 34 AVG."),
], font="helv", producer="iText® 7.2.5 ©2000-2023 Apryse Group NV", creator="Formulierenserver RUIJ",
    form=[("melder", "Naam melder", "Carolien Dekkers-Vos", 180, 695, 200),
          ("functie", "Functie", "functionaris gegevensbescherming", 180, 671, 200),
          ("tel", "Telefoon", "06-53 20 71 98", 180, 646, 200),
          ("onderzoeker", "Onderzoeker", "dr. Maarten van Hoogstraten", 180, 619, 200),
          ("veroorzaker", "Veroorzaker", "Daan Oosterbroek (S-2290113)", 180, 593, 200)],
    hidden=[("annotations", P, "Carolien Dekkers-Vos", ["Carolien Dekkers-Vos", "Dekkers-Vos"]),
            ("annotations", "PHONE", "06-53 20 71 98", ["06-53 20 71 98"]),
            ("annotations", P, "Maarten van Hoogstraten", ["Maarten van Hoogstraten"]),
            ("annotations", P, "Daan Oosterbroek", ["Daan Oosterbroek", "S-2290113"])]))

# 09 Teams chat
A(Doc("ec09_teams_chat", [
    ("h", "Microsoft Teams - chat 'RUSTPUNT team' (export 3 juni 2026)"),
    ("p", "[27-3-2026 15:20] Daan Oosterbroek: shit. ik heb het wervingsbestand naar de verkeerde lijst gestuurd\n"
          "[27-3-2026 15:21] Yasmin Ouali: welke lijst??\n"
          "[27-3-2026 15:21] Daan Oosterbroek: die van de ouderenbond, autocomplete pakte 'leden-bestuur'\n"
          "[27-3-2026 15:23] Ingrid ter Welle: Terugroepen! Outlook > bericht terughalen\n"
          "[27-3-2026 15:25] Daan Oosterbroek: gedaan maar mislukt bij externe adressen\n"
          "[27-3-2026 15:26] Yasmin Ouali: Bartosz bellen, nu. En Maarten\n"
          "[27-3-2026 15:40] Maarten van Hoogstraten: Ik heb Bartosz gesproken. Niemand deelt verder iets. Daantje, geen paniek, we lossen het samen op.\n"
          "[27-3-2026 15:41] Zoë Kuipers: moeten we de belrondes van morgen afzeggen?\n"
          "[27-3-2026 15:43] Maarten van Hoogstraten: ja, alles stil tot de FG iets zegt\n"
          "[28-3-2026 09:02] Ingrid ter Welle: Carolien heeft gemeld bij de AP. Yasmin, jij doet de brief aan de deelnemers?\n"
          "[28-3-2026 09:05] Yasmin Ouali: ja, concept staat in Teams > Bestanden > Communicatie\n"
          "[28-3-2026 09:30] Zoë Kuipers: mevrouw Pouw belde al, ze had een mail van de ouderenbond gehad met haar eigen naam erin"),
    ("pb",),
    ("p", "[2-4-2026 08:15] Ingrid ter Welle: ECSW vergadert vanmiddag. Maarten, wil je dat ik meega?\n"
          "[2-4-2026 08:20] Maarten van Hoogstraten: graag. Yasmin, kun jij de planning van golf 2 naar mei schuiven?\n"
          "[2-4-2026 08:22] Yasmin Ouali: ja. Transcripties bij Woordwaard laat ik ook pauzeren, Femke weet ervan\n"
          "[2-4-2026 08:31] Bartosz Wiśniewski: BSN-kolom is uit Castor en uit alle back-ups, CERT heeft het gecontroleerd\n"
          "[2-4-2026 08:33] Daan Oosterbroek: moet ik ook bij de ECSW komen?\n"
          "[2-4-2026 08:35] Maarten van Hoogstraten: nee Daan, dat hoeft niet. Neem vandaag vrij.\n"
          "[2-4-2026 16:50] Ingrid ter Welle: opgeschort tot 1 mei 2026, herstelplan vóór 17 april. Riek was streng maar redelijk\n"
          "[2-4-2026 16:52] Zoë Kuipers: en de deelnemers die al gebeld hebben? mevrouw Bloemendaal-Haverkamp belde vanochtend 2x\n"
          "[2-4-2026 16:55] Yasmin Ouali: doorverwijzen naar 0800 - 8051, niet zelf terugbellen\n"
          "[2-4-2026 17:02] Bartosz Wiśniewski: 👍"),
    ("p", "Deelnemers aan deze chat: Maarten van Hoogstraten, Yasmin Ouali, Ingrid ter Welle, Daan Oosterbroek, Zoë Kuipers, Bartosz Wiśniewski."),
], font="dejavu", producer="Microsoft: Print To PDF", creator="Microsoft Teams"))

# 10 WhatsApp export
A(Doc("ec10_whatsapp_assistenten", [
    ("h", "WhatsApp-chat met Zoë (export)"),
    ("p", "27-03-26 19:12 - Daantje: ik kan niet slapen hiervan\n"
          "27-03-26 19:13 - Zoë: snap ik. maar het was een fout van het systeem ook, waarom staat dat bestand niet in Castor\n"
          "27-03-26 19:15 - Daantje: Maarten zei dat we het zo moesten doen voor de belrondes\n"
          "27-03-26 19:16 - Zoë: ja dat zei hij in februari ook tegen mij. heb je het aan de FG verteld?\n"
          "27-03-26 19:18 - Daantje: Carolien belt me morgen om 9u op 06-44 09 21 76\n"
          "27-03-26 19:20 - Zoë: sterkte. zal ik Ingrid vragen of je je uren mag inhalen?\n"
          "28-03-26 08:47 - Zoë: btw meneer Wolterink belde mij privé terug, hij had het bestand al gezien via zijn buurman bij de ouderenbond\n"
          "28-03-26 08:49 - Daantje: oh nee. Herman van R-0014?\n"
          "28-03-26 08:50 - Zoë: ja. ik heb hem doorverwezen naar datalek@ruij.nl\n"
          "28-03-26 11:02 - Daantje: <Media weggelaten>"),
], font="dejavu", producer="Skia/PDF m118", creator="Chromium"))

# 11 letter to participant
A(Doc("ec11_brief_deelnemer", [
    LETTERHEAD, ("s",),
    ("p", "De heer H.J. Wolterink\nKerkstraat 14\n7416 BE Deventer"),
    ("p", "Deventer, 3 april 2026\nKenmerk: AP-MDL-2026-04417\nBetreft: uw gegevens in de RUSTPUNT-studie"),
    ("p", "Geachte heer Wolterink,"),
    ("p", "U neemt deel aan de RUSTPUNT-studie van de Rijksuniversiteit IJsselland naar slaap en welbevinden bij ouderen in Salland. Met deze brief informeren wij u op grond van artikel 34 AVG over een datalek. Op 27 maart 2026 is een bestand met uw naam, adres, telefoonnummer, geboortedatum en een gegeven over uw gezondheid per vergissing verzonden aan 34 bestuursleden van de Ouderenbond Salland. Wij hebben hun gevraagd het bestand te verwijderen; 31 ontvangers hebben dat bevestigd. Uw burgerservicenummer stond in het bestand; wij raden u aan alert te zijn op berichten waarin naar uw gegevens wordt gevraagd."),
    ("p", "Wij bieden u onze excuses aan. Heeft u vragen, bel dan gratis 0800 - 8051 (werkdagen 9.00-17.00 uur) of mail naar datalek@ruij.nl. U kunt ook een klacht indienen bij de Autoriteit Persoonsgegevens."),
    ("p", "Hoogachtend,\n\nmr. C. Dekkers-Vos\nfunctionaris gegevensbescherming\n\ndr. M. van Hoogstraten\nhoofdonderzoeker"),
], font="times", producer="Nitro Pro 13 (13.70.0.30)", creator="Nitro Pro 13"))

# 12 scan: participant's handwritten-ish letter (OCR)
A(Doc("ec12_scan_brief_deelnemer", [
    ("p", "Henriëtte Pouw"),
    ("p", "Deventer, 30 maart 2026"),
    ("p", "Aan de Rijksuniversiteit IJsselland"),
    ("s",),
    ("hw", "Geachte heer Van Hoogstraten,"),
    ("hw", "Via de ouderenbond kreeg ik een mail met daarin"),
    ("hw", "mijn naam, mijn e-mail h.pouw54@ziggo.nl en dat ik"),
    ("hw", "slecht slaap. Ook mijn buurman Rashid Mahabier"),
    ("hw", "stond erin. Ik wil dat mijn gegevens worden gewist."),
    ("hw", "Bel mij gerust: 06-19 75 60 23."),
    ("s",),
    ("hw", "Met vriendelijke groet,"),
    ("hw", "Henriëtte Pouw"),
], ocr=True, producer="Canon iR-ADV C5840 PDF", creator="Canon iR-ADV C5840", rot=0.7,
    extra_redact=[]))

# 13 NWO award letter
A(Doc("ec13_nwo_toekenning", [
    ("p", "Nederlandse Organisatie voor Wetenschappelijk Onderzoek\nPostbus 93460, 2509 AL Den Haag | T 070 344 06 40 | info@nwo.nl"),
    ("s",),
    ("p", "Rijksuniversiteit IJsselland\nt.a.v. dr. M. van Hoogstraten\nFaculteit Gedrags- en Maatschappijwetenschappen\nAnkersmitplein 1\n7411 HZ Deventer"),
    ("p", "Den Haag, 14 november 2023\nDossiernummer: 406.22.GO.017\nOnderwerp: toekenning Open Competitie SGW"),
    ("p", "Geachte heer Van Hoogstraten,"),
    ("p", "Met genoegen delen wij u mee dat het bestuur van het domein Sociale en Geesteswetenschappen heeft besloten uw aanvraag 'RUSTPUNT: slaap, eenzaamheid en welbevinden bij ouderen' te honoreren binnen de Open Competitie SGW. Het toegekende bedrag is € 749.600 voor een looptijd van 48 maanden. Aan de toekenning zijn de NWO-subsidievoorwaarden verbonden, waaronder de verplichting een Datamanagementplan in te dienen en te handelen volgens de Nederlandse gedragscode wetenschappelijke integriteit. Ernstige incidenten met persoonsgegevens meldt u binnen vier weken aan NWO."),
    ("p", "Voor vragen kunt u contact opnemen met de programmamanager, dr. W. Klaassen, via w.klaassen@nwo.nl of 070 344 0712."),
    ("p", "Met vriendelijke groet,\nnamens het domeinbestuur SGW,\n\ndr. Wouter Klaassen\nprogrammamanager"),
], font="helv", producer="Adobe PDF Library 17.11.238", creator="Adobe InDesign 18.5 (Windows)"))

# 14 NWO mail on reporting
A(Doc("ec14_mail_nwo_melding", [
    mailhdr("Klaassen, Wouter <w.klaassen@nwo.nl>", "dinsdag 8 april 2026 11:20", "Hoogstraten, Maarten van <m.vanhoogstraten@ruij.nl>",
            "RE: Melding incident 406.22.GO.017", cc="Stoffels-de Graaf, Hendrika <h.stoffels@ruij.nl>; info@nwo.nl"),
    ("p", "Beste heer Van Hoogstraten, beste mevrouw Stoffels-de Graaf,"),
    ("p", "Dank voor de melding van het incident bij project 406.22.GO.017. NWO neemt kennis van de opschorting door de ECSW. Wij verzoeken u uiterlijk 1 mei 2026 een herzien Datamanagementplan in te dienen, inclusief pseudonymisering van het wervingsbestand. Zolang de werving stilligt, kunt u een budgetneutrale verlenging aanvragen. Eventuele vragen van het Ministerie van Onderwijs, Cultuur en Wetenschap over dit project beantwoordt NWO in afstemming met het College van Bestuur."),
    ("p", "Met vriendelijke groet,\nWouter Klaassen\nProgrammamanager Open Competitie SGW\nNWO | T 070 344 0712"),
    ("s",),
    mailhdr("Stoffels-de Graaf, Hendrika", "vrijdag 4 april 2026 09:03", "Klaassen, Wouter", "Melding incident 406.22.GO.017",
            cc="Hoogstraten, Maarten van; Verhoeven, Thijs"),
    ("p", "Geachte heer Klaassen,\nConform de subsidievoorwaarden meld ik namens de ECSW een datalek binnen de RUSTPUNT-studie (AP-MDL-2026-04417). De goedkeuring is opgeschort tot 1 mei 2026.\nMet vriendelijke groet,\nprof. dr. H. Stoffels-de Graaf, voorzitter ECSW"),
], font="helv", producer="Microsoft Outlook for Microsoft 365", creator="Microsoft Outlook"))

# 15 Kamervragen
A(Doc("ec15_kamervragen", [
    ("h", "Tweede Kamer der Staten-Generaal - Vragen van de leden El Idrissi (GL-PvdA) en Van Dijken (NSC) aan de minister van Onderwijs, Cultuur en Wetenschap over een datalek bij een universitair onderzoek (ingezonden 10 april 2026)"),
    ("p", "2026Z04561"),
    ("p", "1. Bent u bekend met het bericht 'Gezondheidsgegevens van 412 Sallandse ouderen gelekt door universiteit'?"),
    ("p", "2. Klopt het dat de Rijksuniversiteit IJsselland een deelnemerslijst met burgerservicenummers en diagnoses per e-mail heeft verspreid binnen het door NWO gefinancierde project RUSTPUNT?"),
    ("p", "3. Waarom werden burgerservicenummers verwerkt in sociaalwetenschappelijk onderzoek, en acht u dat in overeenstemming met de Uitvoeringswet AVG?"),
    ("p", "4. Welke rol hebben ethische commissies van universiteiten bij het toezicht op datamanagement, en is de Nederlandse gedragscode wetenschappelijke integriteit op dit punt toereikend?"),
    ("p", "5. Bent u bereid met Universiteiten van Nederland en NWO in overleg te treden over minimale beveiligingseisen voor deelnemersbestanden?"),
    ("p", "6. Kunt u deze vragen beantwoorden vóór het commissiedebat Hoger onderwijs en wetenschap? Het lid Bosma-Tuin (VVD) heeft verzocht om dit debat."),
], font="times", producer="Tweede Kamer - Parlis", creator="Parlis documentgenerator"))

# 16 answers minister
A(Doc("ec16_antwoorden_minister", [
    ("p", "Ministerie van Onderwijs, Cultuur en Wetenschap\nRijnstraat 50, Den Haag"),
    ("p", "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDatum: 18 mei 2026\nKenmerk: OCW/OWB-2026/117845\nBetreft: antwoorden Kamervragen 2026Z04561"),
    ("p", "Hierbij zend ik u de antwoorden op de vragen van de leden El Idrissi (GL-PvdA) en Van Dijken (NSC) over een datalek bij een universitair onderzoek (ingezonden 10 april 2026, kenmerk 2026Z04561)."),
    ("p", "Antwoord op vraag 1 en 2: Ja. De Rijksuniversiteit IJsselland heeft mij bericht dat op 27 maart 2026 een bestand met gegevens van 412 deelnemers aan de RUSTPUNT-studie onbedoeld aan externe ontvangers is verzonden. De universiteit heeft het lek gemeld bij de Autoriteit Persoonsgegevens."),
    ("p", "Antwoord op vraag 3: Het College van Bestuur meldt dat burgerservicenummers in het wervingsbestand waren opgenomen voor een voorgenomen koppeling met zorggegevens, waarvoor geen grondslag bestond. De universiteit heeft deze nummers inmiddels verwijderd. Het oordeel over rechtmatigheid is aan de Autoriteit Persoonsgegevens."),
    ("p", "Antwoord op vraag 4 en 5: Ethische commissies toetsen onderzoeksprotocollen; het toezicht op naleving ligt bij de instelling zelf (artikel 1.7 WHW). Ik ga met Universiteiten van Nederland en NWO in gesprek over minimale eisen, en informeer de Kamer voor het commissiedebat dat het lid Bosma-Tuin heeft aangevraagd."),
    ("p", "De minister van Onderwijs, Cultuur en Wetenschap,\n\nM.A. Terpstra"),
], font="serif", producer="Acrobat Distiller 23.0 (Windows)", creator="PScript5.dll Version 5.2.2"))

# 17 beslisnota OCW (docx)
A(Doc("ec17_beslisnota_ocw", [
    ("h", "Beslisnota - datalek RUSTPUNT-studie Rijksuniversiteit IJsselland"),
    ("t", [["Aan", "de minister van Onderwijs, Cultuur en Wetenschap"],
           ["Van", "Directie Onderzoek en Wetenschapsbeleid, drs. P.M. Rijkers (directeur)"],
           ["Datum", "14 april 2026"],
           ["Kenmerk", "OCW/OWB-2026/117845"],
           ["Contactpersoon", "Karim Haddou, beleidsmedewerker, 06-11 38 42 90, k.haddou@minocw.nl"],
           ["Kopie aan", "O. Zwijsen (afdelingshoofd Wetenschap)"]]),
    ("h", "Aanleiding"),
    ("p", "De leden El Idrissi en Van Dijken hebben vragen gesteld over een datalek bij de Rijksuniversiteit IJsselland (2026Z04561). Daarnaast vraagt u de universiteit per brief om informatie over het toezicht van de Ethische Commissie Sociale Wetenschappen."),
    ("h", "Geadviseerd besluit"),
    ("p", "Aan de minister wordt gevraagd: in te stemmen met de bijgevoegde brief aan het College van Bestuur van de Rijksuniversiteit IJsselland en met het verzoek aan NWO om een overzicht van incidenten in door NWO gefinancierd onderzoek."),
    ("h", "Kern"),
    ("p", "Het betreft gezondheidsgegevens van 412 ouderen. De universiteit is verantwoordelijk (artikel 1.7 WHW); u heeft geen directe toezichtsbevoegdheid. Karim heeft ambtelijk contact gehad met de Woo-coördinator van de RUIJ en met de programmamanager van NWO."),
    ("h", "Krachtenveld"),
    ("p", "Universiteiten van Nederland wil geen nieuwe wettelijke eisen; de Autoriteit Persoonsgegevens onderzoekt de melding AP-MDL-2026-04417. Onno Zwijsen adviseert het debat af te wachten."),
] + MOTIV[:1] + [("p", "[in te vullen]")], font="helv", docx=True, author="Haddou, K.",
    hidden=[("metadata", P, "Karim Haddou", ["Haddou, K."])]))

# 18 letter minister to CvB
A(Doc("ec18_brief_minister_aan_cvb", [
    ("p", "Ministerie van Onderwijs, Cultuur en Wetenschap"),
    ("p", "College van Bestuur van de Rijksuniversiteit IJsselland\nt.a.v. de voorzitter, prof. dr. A. Hooijmeijer\nAnkersmitplein 1\n7411 HZ Deventer"),
    ("p", "Datum: 16 april 2026\nKenmerk: OCW/OWB-2026/117845\nBetreft: vragen over datalek en ethische toetsing"),
    ("p", "Geacht College,"),
    ("p", "Naar aanleiding van berichtgeving en Kamervragen (2026Z04561) over het datalek bij de RUSTPUNT-studie verzoek ik u mij vóór 1 mei 2026 te informeren over: (1) de toetsing van het onderzoeksprotocol door de Ethische Commissie Sociale Wetenschappen; (2) de reden voor de verwerking van burgerservicenummers; (3) de maatregelen jegens de betrokken deelnemers; en (4) de wijze waarop u het toezicht op datamanagement binnen de Faculteit Gedrags- en Maatschappijwetenschappen inricht. Ik verzoek u daarbij geen gegevens te verstrekken die tot individuele deelnemers of medewerkers herleidbaar zijn."),
    ("p", "Voor ambtelijke afstemming kunt u terecht bij de Directie Onderzoek en Wetenschapsbeleid, contactpersoon K. Haddou (k.haddou@minocw.nl)."),
    ("p", "De minister van Onderwijs, Cultuur en Wetenschap,\n\nM.A. Terpstra"),
], font="serif", producer="Adobe PDF Library 17.11.238", creator="Acrobat PDFMaker 23 voor Word"))

# 19 CvB answer
A(Doc("ec19_antwoord_cvb", [
    LETTERHEAD, ("s",),
    ("p", "Aan de minister van Onderwijs, Cultuur en Wetenschap\nmevrouw M.A. Terpstra\nPostbus 16375\n2500 BJ Den Haag"),
    ("p", "Deventer, 30 april 2026\nUw kenmerk: OCW/OWB-2026/117845\nOnderwerp: beantwoording vragen datalek RUSTPUNT"),
    ("p", "Geachte minister Terpstra,"),
    ("p", "Ad 1. De Ethische Commissie Sociale Wetenschappen (ECSW) heeft het protocol ECSW-2024-118 in 2024 goedgekeurd en op 14 maart 2026 een amendement goedgekeurd onder de voorwaarde dat contactgegevens niet per e-mail worden gedeeld. Die voorwaarde is niet nageleefd.\nAd 2. Burgerservicenummers waren in het wervingsbestand opgenomen voor een voorgenomen koppeling; de ECSW had daarvoor geen toestemming gegeven. De nummers zijn op 2 april 2026 verwijderd.\nAd 3. Alle 412 deelnemers zijn per brief geïnformeerd en er is een gratis informatienummer 0800 - 8051 geopend. De Ouderenbond Salland heeft meegewerkt aan verwijdering.\nAd 4. Het College laat een externe audit uitvoeren door Veritas Audit & Assurance en voert voor alle studies met bijzondere persoonsgegevens een verplichte DPIA in."),
    ("p", "Wij betreuren het gebeurde zeer.\n\nHoogachtend,\nhet College van Bestuur van de Rijksuniversiteit IJsselland,\n\nprof. dr. A. Hooijmeijer, voorzitter\n\nprof. dr. L. Staal, rector magnificus"),
    ("p", "Behandeld door: F. Schuitemaker, Bestuursbureau"),
], font="helv", producer="PDFpen 13.2", creator="Pages"))

# 20 invoice transcription sole trader
A(Doc("ec20_factuur_woordwaard", [
    ("h", "FACTUUR"),
    ("p", "Transcriptiebureau Woordwaard\nFemke Rozendaal\nNoordenbergstraat 5A, 7411 JW Deventer\nfemke@woordwaard.nl\nKvK 81234567 | btw NL003456789B01\nIBAN NL27 RABO 0312 4455 90 t.n.v. F. Rozendaal"),
    ("p", "Aan: Rijksuniversiteit IJsselland, Faculteit Gedrags- en Maatschappijwetenschappen, t.a.v. crediteurenadministratie, project RUSTPUNT (406.22.GO.017)"),
    ("p", "Factuurnummer: WW-2026-031\nFactuurdatum: 1 mei 2026\nUw referentie: dr. M. van Hoogstraten"),
    ("t", [["Omschrijving", "Aantal", "Tarief", "Bedrag"],
           ["Transcriptie interviews RUSTPUNT, golf 2 (audio via SURFfilesender)", "38 uur", "€ 92,50", "€ 3.515,00"],
           ["Toeslag spoed (verwijdering na datalek, vernietigingsverklaring)", "1", "€ 200,00", "€ 200,00"],
           ["Pseudonymisering transcripten", "8 uur", "€ 65,00", "€ 520,00"],
           ["Totaal excl. btw", "", "", "€ 4.235,00"]]),
    ("p", "Vrijgesteld van btw op grond van de kleineondernemersregeling. Betaling binnen 30 dagen op IBAN NL27 RABO 0312 4455 90 onder vermelding van WW-2026-031."),
], font="courier", size=9, producer="Zoho Invoice", creator="Zoho Invoice PDF"))

# 21 invoice forensic IT sole trader
A(Doc("ec21_factuur_bijlsma", [
    ("h", "Bijlsma IT Forensics"),
    ("p", "eenmanszaak van K.J. Bijlsma | Rijksstraatweg 201, 7231 AG Warnsveld | 06-50 88 14 32 | kj@bijlsma-forensics.nl\nKvK 70554321 | IBAN NL61 INGB 0007 6543 21"),
    ("p", "Rijksuniversiteit IJsselland, Dienst ICT, t.a.v. R. Achterberg\nAnkersmitplein 1, 7411 HZ Deventer"),
    ("p", "Factuur F-2026-0412 - datum 18 mei 2026 - inzake CERT-RUIJ-2026-0311"),
    ("t", [["Werkzaamheden", "Uren", "Bedrag"],
           ["Analyse mailflow Outlook/Exchange, vaststellen ontvangers", "12", "€ 1.440,00"],
           ["Controle verwijderverklaringen Ouderenbond Salland", "4", "€ 480,00"],
           ["Rapportage root cause analysis", "3,5", "€ 420,00"],
           ["Reiskosten Warnsveld-Deventer", "", "€ 128,40"],
           ["Totaal", "", "€ 2.468,40"]]),
    ("p", "Met dank voor de opdracht,\nKees-Jan Bijlsma"),
], font="helv", producer="Microsoft® Excel® 2016", creator="Microsoft® Excel® 2016"))

# 22 CERT incident report with XMP creator
A(Doc("ec22_incidentrapport_cert", [
    ("h", "CERT-RUIJ incidentrapport INC-2026-0311 / CERT-RUIJ-2026-0311"),
    ("t", [["Veld", "Waarde"],
           ["Classificatie", "Vertrouwelijkheid - persoonsgegevens (bijzondere categorie)"],
           ["Gemeld door", "B. Wiśniewski (datamanager, P-120977)"],
           ["Behandelaar CERT", "R. Achterberg (P-109843)"],
           ["Veroorzaker", "student-assistent (S-2290113)"],
           ["Systemen", "Outlook / Exchange Online, OneDrive, Castor EDC"],
           ["Melding AP", "ja, AP-MDL-2026-04417"]]),
    ("h", "Tijdlijn"),
    ("p", "27-03 15:12 bestand verzonden aan externe verzendlijst (34 adressen).\n27-03 15:25 terughaalactie mislukt.\n27-03 17:40 melding via datalek@ruij.nl.\n27-03 19:00 telefonisch verwijderverzoek aan secretaris Ouderenbond Salland.\n28-03 10:15 melding Autoriteit Persoonsgegevens door de functionaris gegevensbescherming.\n02-04 root cause analysis gestart, met externe ondersteuning door Bijlsma IT Forensics."),
    ("h", "Logboek CERT"),
    ("t", [["Tijd", "Handeling", "Door"],
           ["27-03 17:52", "Incident aangemaakt", "R. Achterberg"],
           ["27-03 18:40", "Mailtrace Exchange: 34 externe ontvangers", "R. Achterberg"],
           ["27-03 19:00", "Gebeld met secretaris Ouderenbond Salland", "R. Achterberg"],
           ["28-03 09:30", "OneDrive-map afgesloten", "B. Wiśniewski"],
           ["28-03 10:15", "Melding AP bevestigd", "C. Dekkers-Vos"],
           ["02-04 14:00", "Opdracht Bijlsma IT Forensics", "R. Achterberg"]]),
    ("pb",),
    ("h", "Oorzaken"),
    ("p", "1) Autocomplete in Outlook bij vergelijkbare adressen; 2) wervingsbestand buiten Castor EDC bewaard op OneDrive van het project, in strijd met de ECSW-voorwaarde; 3) geen Data Loss Prevention-regel voor bestanden met BSN-patronen; 4) geen versleuteling via SURFfilesender."),
    ("h", "Aanbevelingen"),
    ("p", "DLP-regel voor BSN en geboortedata; verplicht gebruik van SURFfilesender met wachtwoord; jaarlijkse training voor student-assistenten; sleutelbestand alleen bij de datamanager."),
], font="dejavu", producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365",
    xmp_creator="Lotte Brinkhuis-Amrani",
    hidden=[("metadata", P, "Lotte Brinkhuis-Amrani", ["Lotte Brinkhuis-Amrani", "Brinkhuis-Amrani"])]))

# 23 ethics application summary, Info Author
A(Doc("ec23_aanvraag_ecsw_samenvatting", [
    ("h", "ECSW - samenvatting aanvraag ECSW-2024-118 (RUSTPUNT)"),
    ("t", [["Onderdeel", "Inhoud"],
           ["Titel", "RUSTPUNT: slaap, eenzaamheid en welbevinden bij ouderen"],
           ["Financier", "NWO, Open Competitie SGW, 406.22.GO.017"],
           ["Hoofdonderzoeker", "dr. M. van Hoogstraten"],
           ["Uitvoerenden", "dr. Y. Ouali (postdoc), I. ter Welle MSc (promovendus), student-assistenten"],
           ["Doelgroep", "thuiswonende 65-plussers in Salland, werving via huisartsen en Ouderenbond Salland"],
           ["Gegevens", "vragenlijsten (Qualtrics), slaapdagboek, actigrafie; gezondheidsgegevens met uitdrukkelijke toestemming (informed consent)"],
           ["Opslag", "Castor EDC; sleutelbestand bij datamanager; analyses in SPSS op gepseudonimiseerde data"],
           ["WMO-plichtig", "nee (geen handelingen opgelegd; Wet medisch-wetenschappelijk onderzoek met mensen niet van toepassing)"]]),
    ("h", "Oordeel ECSW (2024)"),
    ("p", "Positief, met de aantekening dat het verwerken van burgerservicenummers niet noodzakelijk is en achterwege moet blijven. Het Geertruida van Beusekom Fonds draagt bij aan de vergoeding voor deelnemers (boekenbon van € 15)."),
    ("p", "Secretariaat: ecsw@ruij.nl"),
], font="helv", producer="Microsoft® Word 2016", creator="Microsoft® Word 2016", author="Bram Nijenhuis",
    hidden=[("metadata", P, "Bram Nijenhuis", ["Bram Nijenhuis", "Nijenhuis"])]))

# 24 team roster/contact list
A(Doc("ec24_contactlijst_team", [
    ("h", "Contactlijst onderzoeksteam RUSTPUNT (intern, versie maart 2026)"),
    ("t", [["Naam", "Functie", "Pers.nr.", "Toestel / mobiel", "E-mail"],
           ["Van Hoogstraten, M.", "hoofdonderzoeker", "P-118204", "0570 69 4412 / 06-21 48 93 07", "m.vanhoogstraten@ruij.nl"],
           ["Ouali, Y.", "postdoc", "P-131560", "06 1873 4490", "y.ouali@ruij.nl"],
           ["Welle, I. ter", "promovendus", "P-101275", "-", "i.terwelle@ruij.nl"],
           ["Wiśniewski, B.", "datamanager", "P-120977", "+31 (0)570 69 4471", "b.wisniewski@ruij.nl"],
           ["Oosterbroek, D.", "student-assistent", "S-2290113", "06-44 09 21 76", "d.oosterbroek@student.ruij.nl"],
           ["Kuipers, Z.", "student-assistent", "S-2304418", "-", "zoë.kuipers@student.ruij.nl"]],
     [34 * mm, 28 * mm, 20 * mm, 42 * mm, 46 * mm]),
    ("p", "Algemeen: rustpunt@ruij.nl | receptie 0570 69 9111. Werkplekken: Van Marle-gebouw, kamer 2.14 t/m 2.17. Interviews vinden plaats in Huize Brinkgreven of bij deelnemers thuis."),
    ("p", "Noodnummer CERT-RUIJ buiten kantoortijd: via de receptie. Datalekken altijd melden via datalek@ruij.nl."),
    ("pb",),
    ("h", "Bereikbaarheidsrooster belrondes april 2026 (vervallen na opschorting)"),
    ("t", [["Week", "Ochtend", "Middag", "Achterwacht"],
           ["14", "D. Oosterbroek", "Z. Kuipers", "Y. Ouali (06 1873 4490)"],
           ["15", "Z. Kuipers", "D. Oosterbroek", "I. ter Welle"],
           ["16", "D. Oosterbroek", "Z. Kuipers", "M. van Hoogstraten (06-21 48 93 07)"],
           ["17", "vervallen", "vervallen", "B. Wiśniewski (+31 (0)570 69 4471)"]]),
    ("p", "Bij vragen van deelnemers over privacy: doorverbinden met de functionaris gegevensbescherming, mr. C. Dekkers-Vos, of mailen naar privacy@ruij.nl. Bij technische storingen in Castor EDC: Dienst ICT via de receptie (0570 69 9111)."),
], font="dejavu", size=9, producer="Microsoft® Excel® voor Microsoft 365", creator="Microsoft® Excel® voor Microsoft 365"))

# 25 FG advice memo with sticky notes
A(Doc("ec25_advies_fg", [
    ("h", "Advies functionaris gegevensbescherming - RUSTPUNT na datalek"),
    ("p", "Aan: College van Bestuur, via de secretaris ECSW\nVan: functionaris gegevensbescherming (privacy@ruij.nl)\nDatum: 9 april 2026"),
    ("h", "1. Vaststellingen"),
    ("p", "Het wervingsbestand bevatte gegevens over gezondheid (artikel 9 AVG) en burgerservicenummers. Voor het gebruik van het BSN bestond geen wettelijke grondslag (Uitvoeringswet AVG, artikel 46). De DPIA uit 2024 ging uit van opslag uitsluitend in Castor EDC."),
    ("h", "2. Advies"),
    ("p", "a) BSN's onherroepelijk verwijderen uit alle bestanden en back-ups van OneDrive.\nb) De DPIA actualiseren voordat de werving wordt hervat.\nc) Student-assistenten alleen toegang geven tot gepseudonimiseerde belijsten.\nd) De ECSW vragen voortaan bij amendementen expliciet naar opslaglocaties te vragen.\ne) De deelnemers een verwijderverzoek mogelijk maken via datalek@ruij.nl."),
    ("h", "3. Risico"),
    ("p", "Het risico voor betrokkenen is hoog vanwege de combinatie van leeftijd, adres en diagnose. Het College dient ook te overwegen de deelnemers een gesprek aan te bieden."),
    ("p", "mr. C. Dekkers-Vos\nfunctionaris gegevensbescherming"),
], font="times", producer="Adobe Acrobat Pro (64-bit) 23.8.20470", creator="Acrobat PDFMaker 23 voor Word",
    notes=[(0, 500, 700, "Mirjam Oude Elferink", "Graag nog afstemmen met Ruben vóór verzending; bel mij op 06-28 71 05 39"),
           (0, 500, 560, "Jeroen Mulderij", "Jeroen: punt d) eerst voorleggen aan Hendrika? Ze is tot 12 april op vakantie.")],
    hidden=[("annotations", P, "Mirjam Oude Elferink", ["Mirjam Oude Elferink", "Oude Elferink"]),
            ("annotations", "PHONE", "06-28 71 05 39", ["06-28 71 05 39"]),
            ("annotations", P, "Jeroen Mulderij", ["Jeroen Mulderij", "Jeroen"]),
            ("annotations", P, "Hendrika Stoffels-de Graaf", ["Hendrika"]),
            ("annotations", P, "Ruben Achterberg", ["Ruben"])]))

# 26 press release, Info Author + XMP
A(Doc("ec26_persbericht", [
    ("h", "Persbericht - Rijksuniversiteit IJsselland biedt excuses aan deelnemers RUSTPUNT-studie"),
    ("p", "Deventer, 3 april 2026 - De Rijksuniversiteit IJsselland (RUIJ) heeft op 27 maart 2026 per vergissing een bestand met gegevens van 412 deelnemers aan de RUSTPUNT-studie verzonden aan externe ontvangers. De universiteit heeft het datalek gemeld bij de Autoriteit Persoonsgegevens en alle deelnemers per brief geïnformeerd."),
    ("p", "'Deelnemers aan onderzoek vertrouwen ons hun meest persoonlijke gegevens toe. Dat vertrouwen hebben wij beschaamd,' zegt rector magnificus prof. dr. L. Staal. 'Wij bieden onze oprechte excuses aan.' De Ethische Commissie Sociale Wetenschappen heeft de goedkeuring van het onderzoek opgeschort. De RUSTPUNT-studie wordt gefinancierd door NWO."),
    ("p", "Deelnemers met vragen kunnen gratis bellen met 0800 - 8051 of mailen naar datalek@ruij.nl."),
    ("p", "Noot voor de redactie: voor meer informatie kunt u contact opnemen met woordvoerder Marloes Jeuken via pers@ruij.nl of 0570 69 9111."),
], font="helv", producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365",
    author="Sietske Holtrop", xmp_creator="Sietske Holtrop",
    hidden=[("metadata", P, "Sietske Holtrop", ["Sietske Holtrop", "Holtrop"])]))

# 27 scan: attendance list training with signatures (OCR)
A(Doc("ec27_scan_presentielijst", [
    ("h", "Presentielijst training Privacy in onderzoek - 9 april 2026"),
    ("p", "Locatie: Van Marle-gebouw, zaal 0.12"),
    ("s",),
    ("t", [["Naam", "Functie", "Handtekening"],
           ["Yasmin Ouali", "postdoc", ""],
           ["Ingrid ter Welle", "promovendus", ""],
           ["Daan Oosterbroek", "student-assistent", ""],
           ["Zoë Kuipers", "student-assistent", ""],
           ["Bartosz Wiśniewski", "datamanager", ""]]),
    ("s",),
    ("hw", "Y. Ouali       I. ter Welle       D. Oosterbroek"),
    ("s",),
    ("p", "Trainer: Carolien Dekkers-Vos"),
], ocr=True, producer="KONICA MINOLTA bizhub C360i", creator="bizhub C360i", rot=-0.5))

# 28 scan: typed memo with handwritten note (OCR)
A(Doc("ec28_scan_memo_met_notitie", [
    ("h", "MEMO"),
    ("p", "Aan: Thijs Verhoeven, secretaris ECSW"),
    ("p", "Van: Anneloes van der Wiel"),
    ("p", "Datum: 17 april 2026"),
    ("p", "Betreft: herstelplan RUSTPUNT"),
    ("s",),
    ("p", "Het herstelplan van Maarten van Hoogstraten voldoet"),
    ("p", "op hoofdlijnen. Wel ontbreekt hoe de BSN-kolom"),
    ("p", "uit de back-ups is verwijderd."),
    ("s",),
    ("hw", "Eens - graag ook Bartosz laten tekenen."),
    ("hw", "Bel mij: 06-53 20 71 98  - Carolien"),
], ocr=True, producer="HP Digital Sending Software 5.0", creator="HP Scan", rot=0.4))

# 29 audit report
A(Doc("ec29_auditrapport", [
    ("h", "Veritas Audit & Assurance - rapport externe audit datamanagement GMW (samenvatting)"),
    ("p", "Opdrachtgever: College van Bestuur Rijksuniversiteit IJsselland. Periode: april-mei 2026. Auditteam: N. Brouwer RE (leider), assistent-auditor Jeroen Mulderij."),
    ("h", "Bevindingen"),
    ("p", "1. Binnen de Faculteit Gedrags- en Maatschappijwetenschappen worden 41 studies met bijzondere persoonsgegevens uitgevoerd; voor 17 ontbreekt een actuele DPIA.\n2. De ECSW toetst protocollen zorgvuldig, maar heeft geen mandaat om naleving van voorwaarden te controleren. In het geval RUSTPUNT is de voorwaarde van 14 maart 2026 niet gecontroleerd.\n3. Student-assistenten krijgen toegang via de OneDrive van het project zonder training.\n4. Er is geen DLP-beleid voor burgerservicenummers."),
    ("h", "Aanbevelingen"),
    ("p", "Geef de ECSW een steekproefbevoegdheid; maak de datamanager eigenaar van het sleutelbestand; koppel NWO-projecten aan een verplicht Datamanagementplan-review door de Universiteitsbibliotheek."),
    ("p", "Gesprekken gevoerd met: de voorzitter van de ECSW, de ambtelijk secretaris, de functionaris gegevensbescherming, de hoofdonderzoeker en de datamanager. De namen zijn bij de opdrachtgever bekend."),
    ("pb",),
    ("h", "Bijlage - bevindingen per systeem"),
    ("t", [["Systeem", "Bevinding", "Risico", "Eigenaar (functie)"],
           ["Castor EDC", "rollen goed ingericht; export zonder logging", "middel", "datamanager"],
           ["OneDrive", "projectmappen gedeeld met studentaccounts", "hoog", "Dienst ICT"],
           ["Outlook / Exchange Online", "geen DLP-regel, autocomplete van externe lijsten", "hoog", "Chief Information Security Officer"],
           ["Qualtrics", "gepseudonimiseerd, geen bevinding", "laag", "hoofdonderzoeker"],
           ["SPSS", "lokale kopieën op laptops", "middel", "hoofdonderzoeker"],
           ["SURFfilesender", "niet gebruikt", "middel", "Dienst ICT"]]),
    ("p", "De auditor heeft de verklaringen van 31 ontvangers bij de Ouderenbond Salland ingezien. Drie ontvangers hebben niet gereageerd; de universiteit heeft hun per aangetekende brief gevraagd het bestand te verwijderen."),
    ("p", "Deventer, 3 juni 2026\nNadia Brouwer RE, partner"),
], font="serif", producer="PDF-XChange Core API SDK (8.0.343.0)", creator="PDF-XChange Editor 9.5"))

# 30 letter ECSW suspension to PI
A(Doc("ec30_brief_opschorting", [
    LETTERHEAD, ("s",),
    ("p", "Aan: dr. M. van Hoogstraten, hoofdonderzoeker RUSTPUNT\nFaculteit Gedrags- en Maatschappijwetenschappen"),
    ("p", "Datum: 3 april 2026\nKenmerk: ECSW-2024-118\nBetreft: opschorting goedkeuring"),
    ("p", "Beste Maarten,"),
    ("p", "In haar extra vergadering van 2 april 2026 heeft de Ethische Commissie Sociale Wetenschappen besloten de goedkeuring van het onderzoek ECSW-2024-118 op te schorten tot 1 mei 2026. Aanleiding is het datalek van 27 maart 2026 en de vaststelling dat de voorwaarde bij amendement ECSW-2024-118-A2 niet is nageleefd. De commissie verzoekt je een herstelplan in te dienen met daarin: de verwijdering van BSN's, de opslag van het sleutelbestand bij de datamanager, en een training voor alle teamleden."),
    ("p", "De commissie benadrukt dat zij geen oordeel geeft over individuele medewerkers; het gaat om de inrichting van het project. Een eventueel integriteitsvraagstuk is voorbehouden aan de Commissie Wetenschappelijke Integriteit."),
    ("p", "Met collegiale groet,\n\nprof. dr. Hendrika Stoffels-de Graaf, voorzitter ECSW\nThijs Verhoeven, ambtelijk secretaris\n\nkopie: Ingrid ter Welle, Yasmin Ouali"),
], font="helv", producer="LibreOffice 7.6 (Writer)", creator="Writer"))

# 31 Woo decision (2 pages)
A(Doc("ec31_woo_besluit", [
    LETTERHEAD, ("s",),
    ("p", "Mevrouw J. Smeenk\nper e-mail: jorien.smeenk@proton.me"),
    ("p", "Datum: 3 juni 2026\nKenmerk: WOO-RUIJ-2026-007\nOnderwerp: besluit op uw Woo-verzoek"),
    ("p", "Geachte mevrouw Smeenk,"),
    ("h", "1. Uw verzoek"),
    ("p", "Op 2 april 2026 heeft u op grond van de Wet open overheid (Woo) verzocht om documenten over het datalek bij de RUSTPUNT-studie, de ethische toetsing door de ECSW, de correspondentie met NWO en met het Ministerie van Onderwijs, Cultuur en Wetenschap."),
    ("h", "2. Besluit"),
    ("p", "Het College van Bestuur besluit de documenten genoemd in de inventarislijst deels openbaar te maken. Drie documenten met uitsluitend gegevens van deelnemers worden niet openbaar gemaakt."),
    ("h", "3. Overwegingen"),
    ("p", "Persoonsgegevens (artikel 5.1, tweede lid, onder e, Woo). Namen, e-mailadressen, telefoonnummers, personeelsnummers en handtekeningen van medewerkers die niet uit hoofde van hun functie naar buiten treden, zijn onleesbaar gemaakt. Dat geldt ook voor de leden van de ECSW, de functionaris gegevensbescherming en de medewerkers van NWO en OCW. Namen van de minister, Kamerleden, de voorzitter van het College van Bestuur, de rector magnificus en de woordvoerder blijven leesbaar."),
    ("p", "Bijzondere persoonsgegevens (artikel 5.1, eerste lid, onder d, Woo). Gegevens over de gezondheid van deelnemers worden niet openbaar gemaakt."),
    ("p", "Identificatienummers (artikel 5.1, eerste lid, onder e, Woo). Burgerservicenummers worden niet openbaar gemaakt."),
    ("pb",),
    ("h", "4. Zienswijzen"),
    ("p", "NWO en het Ministerie van Onderwijs, Cultuur en Wetenschap hebben geen bedenkingen tegen openbaarmaking in deze vorm. De Ouderenbond Salland is niet om een zienswijze gevraagd, omdat geen van haar documenten openbaar wordt gemaakt."),
    ("h", "5. Bezwaar"),
    ("p", "Tegen dit besluit kunt u binnen zes weken bezwaar maken bij het College van Bestuur, via woo@ruij.nl of Postbus 210, 7400 AE Deventer."),
    ("p", "Hoogachtend,\nnamens het College van Bestuur,\n\nmr. drs. E. van Gils-Tromp\nsecretaris van de universiteit"),
], font="helv", producer="Aspose.PDF for .NET 23.9", creator="Zaaksysteem RUIJ",
    extra_redact=[(P, "E. van Gils-Tromp", ["E. van Gils-Tromp", "Gils-Tromp"])]))

# 32 inventory list
inv = [["Nr", "Document", "Datum", "Beoordeling", "Grond", "Opmerking"],
       ["1", "Verzoek Woo", "02-04-2026", "deels openbaar", "5.1.2e", "gegevens verzoeker"],
       ["2", "Ontvangstbevestiging", "09-04-2026", "deels openbaar", "5.1.2e", ""],
       ["3", "Verslag ECSW 14 maart 2026", "14-03-2026", "deels openbaar", "5.1.2e", "actielijst: paraaf HSdG e.a."],
       ["4", "Verslag ECSW extra vergadering", "02-04-2026", "deels openbaar", "5.1.2e, 5.1.1d", ""],
       ["5", "E-mail amendement", "21-03-2026", "deels openbaar", "5.1.2e", ""],
       ["6", "E-mail melding datalek", "27-03-2026", "deels openbaar", "5.1.2e, 5.1.1d", ""],
       ["7", "Wervingsbestand (uittreksel)", "26-03-2026", "niet openbaar", "5.1.1d, 5.1.1e, 5.1.2e", ""],
       ["8", "Meldformulier AP", "28-03-2026", "deels openbaar", "5.1.2e", "AP-MDL-2026-04417"],
       ["9", "Teams-chat", "27-03-2026", "deels openbaar", "5.1.2e", ""],
       ["10", "WhatsApp-chat", "27-03-2026", "deels openbaar", "5.1.2e", ""],
       ["11", "Brief aan deelnemer", "03-04-2026", "deels openbaar", "5.1.2e", "voorbeeldbrief"],
       ["12", "Brief van deelnemer", "30-03-2026", "niet openbaar", "5.1.2e, 5.1.1d", ""],
       ["13", "Toekenningsbrief NWO", "14-11-2023", "deels openbaar", "5.1.2e", "406.22.GO.017"],
       ["14", "E-mail NWO", "08-04-2026", "deels openbaar", "5.1.2e", ""],
       ["15", "Kamervragen", "10-04-2026", "openbaar", "", "reeds openbaar, 2026Z04561"],
       ["16", "Antwoorden minister", "18-05-2026", "openbaar", "", "reeds openbaar"],
       ["17", "Beslisnota OCW", "14-04-2026", "deels openbaar", "5.1.2e", "document OCW"],
       ["18", "Brief minister aan CvB", "16-04-2026", "deels openbaar", "5.1.2e", ""],
       ["19", "Antwoord CvB", "30-04-2026", "deels openbaar", "5.1.2e", ""],
       ["20-21", "Facturen", "mei 2026", "deels openbaar", "5.1.2e", "eenmanszaken"],
       ["22-30", "Rapporten, memo's, lijsten", "div.", "deels openbaar", "5.1.2e, 5.1.1d", ""]]
A(Doc("ec32_inventarislijst", [
    ("h", "Inventarislijst bij besluit WOO-RUIJ-2026-007"),
    ("t", inv, [12 * mm, 48 * mm, 22 * mm, 26 * mm, 30 * mm, 32 * mm]),
    ("p", "Toelichting gronden: 5.1.1d bijzondere persoonsgegevens; 5.1.1e identificatienummers; 5.1.2e eerbiediging van de persoonlijke levenssfeer. Opgesteld door het Bestuursbureau, woo@ruij.nl."),
], font="helv", size=9, producer="Microsoft® Excel® voor Microsoft 365", creator="Microsoft® Excel® voor Microsoft 365"))

# 33 lessons learned (docx)
A(Doc("ec33_evaluatie_lessons_learned", [
    ("h", "Evaluatie datalek RUSTPUNT - lessons learned (concept)"),
    ("p", "Bijeenkomst 3 juni 2026, Thorbeckehuis, Deventer. Gespreksleider: Nadia Brouwer (Veritas Audit & Assurance)."),
    ("t", [["Deelnemer", "Rol"],
           ["Maarten van Hoogstraten", "hoofdonderzoeker"],
           ["Bartosz Wiśniewski", "datamanager"],
           ["Carolien Dekkers-Vos", "functionaris gegevensbescherming"],
           ["Ruben Achterberg", "Chief Information Security Officer"],
           ["Şule Aydın", "lid ECSW"],
           ["Gerard Lommerse", "extern lid ECSW namens deelnemers"]]),
    ("h", "Wat ging goed"),
    ("p", "Snelle melding (binnen drie uur) via datalek@ruij.nl; melding bij de Autoriteit Persoonsgegevens binnen 24 uur; goede medewerking van de Ouderenbond Salland. Gerard merkt op dat veel deelnemers de persoonlijke brief waardeerden."),
    ("h", "Wat kan beter"),
    ("p", "Bartosz: 'Het sleutelbestand hoorde nooit op OneDrive.' Şule: de ECSW moet voorwaarden ook kunnen controleren. Ruben: een DLP-regel in Outlook had het lek voorkomen. Maarten erkent dat hij de belrondes heeft laten doen vanuit Excel om tijd te winnen."),
    ("h", "Vervolg"),
    ("p", "Werving hervat na goedkeuring door de ECSW op 18 mei 2026 onder ECSW-2024-118-A2 met Castor EDC-belmodule. Verslag wordt gedeeld met NWO en de Spinozapremie-commissie hoeft niet te worden geïnformeerd."),
], font="helv", docx=True, author="Mulderij, Jeroen",
    hidden=[("metadata", P, "Jeroen Mulderij", ["Mulderij, Jeroen"])]))
