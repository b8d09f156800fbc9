"""Set BB documents bb12-bb22."""
from lib import Doc
from people import *  # noqa: F401,F403

DOCS = []

# bb12 letter to the parent of a youth member (embedded TTF) -------------------------------------------
DOCS.append(Doc("bb12", "Brief aan ouder of verzorger jeugdlid", [
    ("right", f"{LIB}\n{LIBADR}\n{INFO}"),
    ("p", "Aan de ouder(s)/verzorger(s) van [[Zoë Çelik|P]]\n[[Mevrouw F. Çelik-Aydın|P]]\n[[Lambertusplein 11|A]]\n[[5252 AD|A]] Drunen"),
    ("p", "Vlijmen, 15 augustus 2026\nKenmerk: {{LF/PRIV/2026-041|R}}"),
    ("p", "Geachte [[mevrouw Çelik-Aydın|P]],"),
    ("p", f"Uw dochter [[Zoë|P]] (geboren [[30 augustus 2014|D]]) is lid van {LF}. Door een fout bij onze ICT-"
          "leverancier waren haar naam, adres, geboortedatum en pasnummer enige tijd via internet in te zien, samen "
          "met uw naam als ouder. Wij vinden dit bijzonder vervelend, zeker omdat het om een kind gaat."),
    ("p", f"Wat wij hebben gedaan: de server is afgesloten, het lek is gemeld bij de {AP} en de "
          f"functionaris gegevensbescherming van de {GEM} houdt toezicht op de afhandeling. Het jeugdabonnement van "
          "[[Zoë|P]] krijgt een nieuw pasnummer."),
    ("p", "Wilt u hierover praten? Onze teamleider jeugd, [[Dewi Sastrowardoyo|P]], belt u graag terug: "
          "[[06 - 47 19 20 83|T]]. U kunt ook deelnemen aan de informatieavond op 2 september in de "
          "{{Annie M.G. Schmidtzaal|Z}} van de bibliotheek."),
    ("sig", f"Met vriendelijke groet,\nnamens dezen,\n\n{SB}\n{{{{teamleider klantenservice|J}}}}"),
], font="DejaVuSerif", producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365"))

# bb13 scanned complaint letter (handwriting-like, OCR) -----------------------------------------------
DOCS.append(Doc("bb13", "Klachtbrief lid (scan)", [
    ("hand", "[[J.W. Verhoeven|P]]"),
    ("hand", "[[Mgr. Zwijsenstraat 7|A]]"),
    ("hand", "Vlijmen, 18 augustus 2026"),
    ("sp", 4),
    ("hand", "Aan de directie van de bibliotheek"),
    ("sp", 3),
    ("hand", "Ik ben 80 jaar en al 50 jaar lid."),
    ("hand", "Nu staat mijn geboortedatum [[21-04-1946|D]]"),
    ("hand", "op internet. Mijn kleinzoon [[Thijs|P]] heeft het gezien."),
    ("hand", "Ik wil weten wie dit heeft gedaan."),
    ("hand", "Bel mij op [[073-5114927|T]]."),
    ("sp", 4),
    ("hand", "Hoogachtend, [[Johanna Verhoeven|P]]"),
], engine="scan", producer="Canon iR-ADV C5840 PDF", creator="Canon iR-ADV C5840", angle=0.7))

# bb14 invoice DataDijk ICT (sole trader) -----------------------------------------------------------
DOCS.append(Doc("bb14", "Factuur DataDijk ICT 2026-118", [
    ("h", "DataDijk ICT - beheer, hosting en advies"),
    ("p", f"{RK}\n[[Gasthuisstraat 62|A]]\n[[5151 AR|A]] Drunen\n{RKT} | {RKM}\nKvK {RKKVK} | btw [[NL001284736B54|X]]"),
    ("p", f"Factuur aan: {LIB}\nt.a.v. crediteurenadministratie\n{LIBADR}"),
    ("table", [["Factuurnummer", "Datum", "Vervaldatum", "Uw referentie"],
               ["{{2026-118|R}}", "{{29 augustus 2026|D}}", "{{28 september 2026|D}}", f"{{{{INC-LF-2026-007|R}}}} / {SB}"]],
     [40, 40, 40, 50]),
    ("table", [["Omschrijving", "Uren", "Tarief", "Bedrag"],
               ["Incidentrespons SFTP-server 11-13 aug", "14", "€ 95,00", "{{€ 1.330,00|A}}"],
               ["Herinrichting server, key-based authentication", "9", "€ 95,00", "{{€ 855,00|A}}"],
               ["Forensische tijdlijn t.b.v. FG gemeente", "6", "€ 95,00", "{{€ 570,00|A}}"],
               ["Subtotaal", "", "", "{{€ 2.755,00|A}}"],
               ["Btw 21%", "", "", "{{€ 578,55|A}}"],
               ["Totaal", "", "", "{{€ 3.333,55|A}}"]], [85, 20, 30, 35]),
    ("p", f"Gelieve binnen 30 dagen te voldoen op rekening {RKIBAN} t.n.v. [[R.J. Koster|P]] h.o.d.n. {DD}."),
    ("small", "Op al mijn diensten zijn de {{Nederland ICT Voorwaarden 2014|W}} van toepassing."),
], font="Helvetica", producer="Moneybird PDF engine", creator="Moneybird"))

# bb15 quotation of a second sole trader (security consultant) --------------------------------------
DOCS.append(Doc("bb15", "Offerte onafhankelijk onderzoek", [
    ("right", "Veldhuis Security Advies\n[[Anouk Veldhuis|P]]\n[[Weteringstraat 5|A]], [[5253 AN|A]] Nieuwkuijk\n[[+31 (0)6 2294 1876|T]]\n[[anouk@veldhuis-security.nl|E]]\nKvK [[82736451|K]] - IBAN [[NL18 INGB 0007 6543 21|I]]"),
    ("p", f"Aan: {LIB}, t.a.v. [[mevrouw M. van den Heuvel-Smits|P]]\nKopie: {FG}, {{{{functionaris gegevensbescherming|J}}}} {GEM}"),
    ("p", "Drunen, 21 augustus 2026 - Offerte {{VSA-26-031|R}}"),
    ("h", "Onafhankelijk onderzoek datalek ledenbestand"),
    ("p", f"Op verzoek van de raad van toezicht bied ik een onafhankelijk onderzoek aan naar de oorzaak van het "
          f"datalek en naar de rol van de verwerker {DD}. Het onderzoek omvat: review van de SFTP-configuratie, "
          "analyse van de access logs, een gap-analyse tegen de BIO en een advies over de verwerkersovereenkomst."),
    ("table", [["Onderdeel", "Dagen", "Bedrag excl. btw"],
               ["Technische review en loganalyse", "3", "{{€ 3.150,00|A}}"],
               ["Interviews (directie, applicatiebeheer, verwerker)", "1", "{{€ 1.050,00|A}}"],
               ["Rapportage en presentatie raad van toezicht", "1,5", "{{€ 1.575,00|A}}"]], [100, 20, 45]),
    ("p", f"Ik voer het onderzoek zelf uit, bijgestaan door [[Kees Pronk|P]] (CISSP). Interviews met {RK} en {BH} "
          "plan ik in de week van 1 september."),
    ("sig", "Met vriendelijke groet,\n\n[[A. Veldhuis|P]]"),
], font="DejaVu", producer="Aspose.Words for .NET 23.8.0", creator="Aspose.Words"))

# bb16 forensic report by the supplier (2 pages, outline bookmarks name persons) ----------------------------
DOCS.append(Doc("bb16", "Tijdlijn en technische analyse SFTP-incident", [
    ("h", "Tijdlijn en technische analyse SFTP-incident"),
    ("p", f"Opgesteld door {DD} op verzoek van de FG van de {GEM}. Versie 1.1, 15 augustus 2026."),
    ("h", "1. Samenvatting"),
    ("p", "Door een package-update van OpenSSH (9.6p1 naar 9.8p1) werd het bestand sshd_config overschreven. De "
          "Match-sectie voor de groep sftponly verdween, waardoor de chroot-jail niet meer gold en de anonieme "
          "account 'export' leestoegang kreeg tot /export/leden. Dit bleef onopgemerkt omdat er geen monitoring "
          "en geen file integrity check was ingericht."),
    ("h", "2. Tijdlijn"),
    ("table", [["Datum/tijd", "Gebeurtenis", "Bron"],
               ["02-07-2026 03:12", "Unattended upgrade OpenSSH", "apt history.log"],
               ["02-07-2026 03:14", "sshd herstart met standaardconfig", "syslog"],
               ["09-07-2026 22:40", "Eerste download leden_export via account 'export'", "auth.log"],
               ["15-07-2026 - 10-08-2026", "36 verdere downloads, 31 vanaf buitenlandse IP-adressen", "auth.log"],
               ["11-08-2026 10:05", f"Map offline gehaald door {RK}", "bash_history"],
               ["12-08-2026 09:00", f"Logs op USB overgedragen aan {SB}", "overdrachtsformulier"]], [40, 95, 35]),
    ("pb",),
    ("h", "3. Maatregelen"),
    ("p", "Genomen: key-based authentication, uitschakelen wachtwoordlogin, IP-whitelisting op het adres van de "
          "bibliotheek, fail2ban, dagelijkse integrity check met AIDE en alerting per e-mail naar "
          f"{PRIV}. Aanbevolen: MFA voor beheer, versleuteling van de export (GPG) en verkorting van de bewaartermijn "
          "van exports naar 24 uur."),
    ("h", "4. Verantwoordelijkheden"),
    ("p", f"Technisch beheer: {RK}. Functioneel beheer {{{{BiblioNet 7|Q}}}}: {BH}. Opdrachtgever: {DIR}."),
    ("small", f"Contact: {RKM} - {RKT}"),
], font="Helvetica", producer="LaTeX with hyperref / pdfTeX-1.40.25", creator="LaTeX with hyperref",
    outline=[("1. Samenvatting", 0), ("2. Tijdlijn", 0), ("3. Maatregelen (review [[J. Blom|P]])", 1),
             ("Opmerkingen [[Jeroen|P]] verwerkt", 1)]))
