"""Office-software prints: meeting request, Teams transcript, TOPdesk, SharePoint, inventory, Kamervragen, chat (ad18-ad24)."""
from framework import *  # noqa


def ad18():
    name = "ad18_outlook_vergaderverzoek"
    b = [
        ("title", "Vergaderverzoek: Afstemming handhaving vakantieparken Veluwe (vervolg)"),
        ("kv", [("Van", "Hiltje Bosma-Yeboah &lt;h.bosma-yeboah@apeldoorn.nl&gt;"),
                ("Verzonden", "woensdag 4 juni 2025 11:26"),
                ("Aan", "Ewoud ter Meulen-Sarmo; Jacoba (Co) Nijenhuis; Team Vakantieparken &lt;vitaleparken@gelderland.nl&gt;; "
                        "Driss el Amrani-Kolk (Politie Oost-Nederland)"),
                ("CC", "Rens Winter; secretariaat-vth@apeldoorn.nl"),
                ("Onderwerp", "Afstemming handhaving vakantieparken Veluwe (vervolg)"),
                ("Locatie", "Microsoft Teams-vergadering / Stadhuis Apeldoorn, Marktplein 1, zaal De Loolaan"),
                ("Begint", "dinsdag 17 juni 2025 13:30"), ("Eindigt", "dinsdag 17 juni 2025 15:00"),
                ("Herhaling", "(geen)"), ("Status", "Geaccepteerd: 3, Voorlopig: 1, Geen reactie: 1")]),
        ("h", "Agenda"),
        ("p", "1. Stand van zaken Programma Vitale Vakantieparken 2.0 (provincie Gelderland, Co)<br/>"
              "2. Casus Recreatiepark De Zilverberk: permanente bewoning, 38 chalets, eigenaar Hendrika Dam<br/>"
              "3. Signalen ondermijning (Driss) - alleen mondeling, niet in de notulen<br/>"
              "4. Inzet BOA's in de zomer: rooster Rens en Ewoud<br/>5. Rondvraag"),
        ("p", "Hoi allen, ter voorbereiding stuur ik het overzicht van de 38 chalets mee (Excel, alleen intern). "
              "Mevrouw Dam heeft via haar adviseur laten weten dat zij niet aanwezig wil zijn bij een gesprek met "
              "de provincie; haar zoon Thijs Dam beheert het park feitelijk. Ewoud, kun jij de stukken van de RIEC "
              "Oost-Nederland meenemen? Groet, Hiltje"),
        ("pre", "________________________________________________________________________________\n"
                "Microsoft Teams-vergadering\nDeelnemen op uw computer, mobiele app of ruimteapparaat\n"
                "Klik hier om deel te nemen aan de vergadering\nVergadering-id: 372 118 904 265   Wachtwoord: qR7fWx\n"
                "Inbellen via telefoon: +31 20 703 8264,,582917064#  Nederland, Amsterdam\n"
                "Telefonische conferentie-id: 582 917 064#\n"
                "Meer informatie | Opties voor vergaderingen\n"
                "________________________________________________________________________________"),
        ("small", "Hiltje Bosma-Yeboah | coördinator Toezicht Buitengebied | gemeente Apeldoorn | T 06 57 30 41 92 | "
                  "Stadhuis, Marktplein 1, Apeldoorn | www.apeldoorn.nl | werkdagen ma, di, do"),
        ("h", "Deelnemers"),
        ("table", [["Naam", "Organisatie", "Antwoord"],
                   ["Bosma-Yeboah, Hiltje", "Gemeente Apeldoorn", "Organisator"],
                   ["ter Meulen-Sarmo, Ewoud", "Gemeente Apeldoorn", "Geaccepteerd"],
                   ["Nijenhuis, Jacoba", "Provincie Gelderland", "Geaccepteerd"],
                   ["el Amrani-Kolk, Driss", "Politie Oost-Nederland", "Voorlopig"],
                   ["Winter, Rens", "Gemeente Apeldoorn", "Geaccepteerd"],
                   ["Team Vakantieparken", "Provincie Gelderland", "Geen reactie"]], [0.4, 0.35, 0.25]),
    ]
    def build(out):
        render_fpdf(b, out, title="Afstemming handhaving vakantieparken Veluwe (vervolg)", author="Bosma-Yeboah, Hiltje")
    redact = [
        R("PERSON", "Hiltje Bosma-Yeboah", "Hiltje Bosma-Yeboah", "Bosma-Yeboah, Hiltje", "Hiltje", P("Bosma-Yeboah, Hiltje", ch="metadata")),
        R("EMAIL", "h.bosma-yeboah@apeldoorn.nl", "h.bosma-yeboah@apeldoorn.nl"),
        R("PERSON", "Ewoud ter Meulen-Sarmo", "Ewoud ter Meulen-Sarmo", "ter Meulen-Sarmo, Ewoud", "Ewoud"),
        R("PERSON", "Jacoba (Co) Nijenhuis", "Jacoba", "Nijenhuis", "Co"),
        R("PERSON", "Driss el Amrani-Kolk", "Driss el Amrani-Kolk", "el Amrani-Kolk, Driss", "Driss"),
        R("PERSON", "Rens Winter", "Rens Winter", "Winter, Rens", "Rens"),
        R("PERSON", "Hendrika Dam", "Hendrika Dam", "Mevrouw Dam"),
        R("PERSON", "Thijs Dam", "Thijs Dam"),
        R("PHONE", "06 57 30 41 92", "06 57 30 41 92"),
    ]
    keep = [
        K("MAILBOX", "vitaleparken@gelderland.nl"), K("MAILBOX", "secretariaat-vth@apeldoorn.nl"), K("ORG", "Politie Oost-Nederland"),
        K("PRODUCT", "Microsoft Teams-vergadering"), K("ORG", "Gemeente Apeldoorn"), K("PUBLIC_ADDR", "Marktplein 1"),
        K("PLACE", "De Loolaan"), K("PROGRAMME", "Programma Vitale Vakantieparken 2.0"), K("ORG", "Provincie Gelderland"),
        K("PLACE", "Recreatiepark De Zilverberk"), K("ORG", "RIEC"), K("PHONE_SWITCH", "+31 20 703 8264"), K("PLACE", "Veluwe"),
        K("ROLE", "coördinator Toezicht Buitengebied"), K("TERM", "Excel"), K("ORG", "Team Vakantieparken"), K("TERM", "ondermijning"),
    ]
    return name, build, redact, keep


def ad19():
    name = "ad19_teams_transcript"
    lines = [
        ("0:00:04.120", "Ilse Vredeveld-Boakye", "Oké, de opname loopt. Welkom bij het afstemmingsoverleg over de Woo-verzoeken stikstof. Zijn we compleet?"),
        ("0:00:11.870", "Kees-Jan Kuiper (Extern)", "Ja, ik zit erbij namens Landsadvocaat-kantoor Pels Rijcken, met mijn collega Tessa."),
        ("0:00:18.300", "Tessa Ogunleye-de Haan (Extern)", "Goedemiddag allemaal."),
        ("0:00:22.950", "Ilse Vredeveld-Boakye", "Mooi. Dan eerst het grote verzoek van de journalist van Follow the Money, zaaknummer WOO-LVVN-2025-0412. We hebben 4.812 documenten, waarvan 1.900 e-mails."),
        ("0:00:41.010", "Bouke Sikkema", "Ik heb de eerste tranche in ZyLAB beoordeeld. Het meeste is 5.1.2e, namen van ambtenaren. Er zitten ook mails in van boeren, particulieren, met adres en BSN in bijlagen."),
        ("0:01:02.480", "Ilse Vredeveld-Boakye", "Bouke, die particulieren altijd weglakken. Ook de kadastrale percelen, die zijn te herleiden."),
        ("0:01:09.770", "Kees-Jan Kuiper (Extern)", "Eens. En de namen van de minister en de staatssecretaris natuurlijk niet. Minister Wiersma en oud-minister Van der Wal blijven staan."),
        ("0:01:20.600", "Mahsa Rezaei-Koopmans", "Vraagje: de directeur-generaal Stikstof, laten we die staan? In eerdere besluiten stond die naam er wel in."),
        ("0:01:29.140", "Ilse Vredeveld-Boakye", "Ja, de DG staat in de staatsalmanak en treedt naar buiten op. Maar de MT-leden en adviseurs niet. Mahsa, kun jij dat in het beoordelingskader zetten?"),
        ("0:01:40.900", "Mahsa Rezaei-Koopmans", "Doe ik. Ik zet het ook op SharePoint in de map Woo/Beoordelingskader."),
        ("0:01:47.330", "Tessa Ogunleye-de Haan (Extern)", "Let op de Engelstalige stukken van de Europese Commissie, DG ENV. Daar staan namen van Commission officials in, die gaan via 5.1.2a en 5.1.2e, na consultatie."),
        ("0:02:05.010", "Bouke Sikkema", "Er zitten ook technische rapporten in, 'Nitrogen Deposition Modelling with OPS and AERIUS', die kunnen gewoon openbaar. Daar staan alleen auteurs van het RIVM in, gepubliceerd."),
        ("0:02:18.660", "Kees-Jan Kuiper (Extern)", "Gepubliceerde auteurs mogen blijven, ja. Het rapport is openbaar op rivm.nl."),
        ("0:02:26.200", "Ilse Vredeveld-Boakye", "Prima. Planning: conceptbesluit 1 juli naar de directeur, en dan via het Woo-loket. Bouke en Mahsa, dank. Ik stop de opname."),
        ("0:02:34.480", "Mahsa Rezaei-Koopmans", "Doei! Ik stuur de actielijst naar woo@minlvvn.nl."),
    ]
    rows = "".join(f"<div style='margin:0 0 7px'><div class='small'><b>{s}</b> &nbsp; {t}</div><div>{html.escape(x)}</div></div>" for t, s, x in lines)
    body = [
        ("raw", "<div style='font-size:8pt;color:#555'>Microsoft Teams | Transcript</div>"),
        ("title", "Afstemming Woo-verzoeken stikstof - Transcript"),
        ("small", "12 juni 2025, 14:00 - 14:03 | Deelnemers: Ilse Vredeveld-Boakye, Bouke Sikkema, Mahsa Rezaei-Koopmans, "
                  "Kees-Jan Kuiper (Extern), Tessa Ogunleye-de Haan (Extern) | Opname: Afstemming Woo stikstof-20250612_140001-Meeting Recording.mp4 | "
                  "Gestart door Ilse Vredeveld-Boakye"),
        ("raw", "<hr>" + rows),
        ("small", "Actielijst (gegenereerd door Copilot, niet gecontroleerd): 1. Mahsa - beoordelingskader aanvullen; 2. Bouke - "
                  "tranche 2 in ZyLAB; 3. Ilse - conceptbesluit aan directeur Woo &amp; Transparantie."),
    ]
    def build(out):
        render_chromium(blocks_to_html(body), out, name)
        post(out, info={"Author": "Ilse Vredeveld-Boakye", "Title": "Transcript Afstemming Woo stikstof"})
    redact = [
        R("PERSON", "Ilse Vredeveld-Boakye", "Ilse Vredeveld-Boakye", "Ilse", P("Ilse Vredeveld-Boakye", ch="metadata")),
        R("PERSON", "Kees-Jan Kuiper", "Kees-Jan Kuiper"),
        R("PERSON", "Tessa Ogunleye-de Haan", "Tessa Ogunleye-de Haan", "Tessa"),
        R("PERSON", "Bouke Sikkema", "Bouke Sikkema", "Bouke"),
        R("PERSON", "Mahsa Rezaei-Koopmans", "Mahsa Rezaei-Koopmans", "Mahsa"),
    ]
    keep = [
        K("PRODUCT", "Microsoft Teams"), K("ORG", "Pels Rijcken"), K("ROLE", "Landsadvocaat"), K("ORG", "Follow the Money"),
        K("CASE", "WOO-LVVN-2025-0412"), K("PRODUCT", "ZyLAB"), K("CODE", "5.1.2e"), K("CODE", "5.1.2a"),
        K("OFFICE_HOLDER", "Minister Wiersma", "Minister Wiersma"), K("OFFICE_HOLDER", "oud-minister Van der Wal", "Van der Wal"),
        K("ROLE", "directeur-generaal Stikstof"), K("PRODUCT", "SharePoint"), K("ORG", "Europese Commissie"), K("ORG", "DG ENV"),
        K("TERM", "Commission officials"), K("DOC", "Nitrogen Deposition Modelling with OPS and AERIUS"), K("ORG", "RIVM"),
        K("TERM", "rivm.nl"), K("TERM", "Woo-loket"), K("MAILBOX", "woo@minlvvn.nl"), K("PRODUCT", "Copilot"),
        K("ORG", "directeur Woo & Transparantie", "Woo & Transparantie"), K("TERM", "Extern"),
    ]
    return name, build, redact, keep


def ad20():
    name = "ad20_topdesk_melding_datalek"
    b = [
        ("title", "TOPdesk - Incident M2506 0873"),
        ("kv", [("Soort melding", "Beveiligingsincident / mogelijk datalek"), ("Status", "In behandeling (2e lijn)"),
                ("Melder", "Yusuf Haidari Nooristani (Team Werk en Inkomen), toestel 4471, mobiel 06 29 18 83 07"),
                ("Melder e-mail", "y.haidarinooristani@venlo.nl"),
                ("Operator", "Loes Dijkhof-Pereira (Servicedesk ICT)"), ("Operatorgroep", "Informatiebeveiliging &amp; Privacy"),
                ("Object", "LAP-VNL-20413 (Dell Latitude 5440), Outlook / Suite4Sociaal Domein"),
                ("Aangemeld", "02-06-2025 08:51"), ("Streefdatum", "02-06-2025 16:51 (prioriteit P2)")]),
        ("h", "Verzoek (ingevoerd door melder via Self Service Portal)"),
        ("p", "Ik heb vanochtend per ongeluk een e-mail met de rapportage Levensonderhoud van een cliënt gestuurd naar "
              "een verkeerde externe ontvanger. Het ging om het dossier van mevrouw Maryam Al-Tamimi (BSN 318 426 075), "
              "met haar adres Bisschop Schrijnenstraat 51, Venlo en een overzicht van haar schulden. De ontvanger is "
              "een naamgenoot bij een woningcorporatie: m.altamimi@woonwenz.nl in plaats van de collega "
              "m.al-tamimi@venlo.nl (Mariam Al-Tamimi, klantmanager). Ik heb de ontvanger gebeld maar kreeg geen gehoor."),
        ("h", "Acties"),
        ("pre", "02-06-2025 09:04  Loes Dijkhof-Pereira: doorgezet naar privacy officer (Henk-Jan Verstappen-Ollongren).\n"
                "02-06-2025 09:30  H.J. Verstappen-Ollongren: Message Recall in Exchange Online geprobeerd - mislukt\n"
                "                  (externe ontvanger). Woonwenz (privacy@woonwenz.nl) gevraagd de mail te verwijderen.\n"
                "02-06-2025 11:12  Woonwenz bevestigt verwijdering, verklaring getekend door hun FG.\n"
                "02-06-2025 13:40  Risicoanalyse: betrokkene niet informeren? -> wel informeren (financiele gegevens).\n"
                "                  Melding Autoriteit Persoonsgegevens binnen 72 uur: JA, via het meldloket datalekken.\n"
                "02-06-2025 15:05  AP-meldnummer 2025-061-33819. Wethouder Werk en Inkomen Marion Bloemen-Driessen\n"
                "                  geinformeerd door teamleider Sandra Bouwens (SB)."),
        ("h", "Kennisitem gekoppeld"),
        ("p", "KI 0198 'E-mail verkeerd verzonden' - advies: schakel in Outlook de functie Delay Delivery in, gebruik "
              "Zivver voor vertrouwelijke mails, en controleer de autocomplete-lijst (Nickname Cache / AutoComplete "
              "List). Vragen aan de servicedesk: servicedesk@venlo.nl of 077 359 66 66."),
        ("small", "Geprint door LDP op 03-06-2025 10:02 uit TOPdesk Enterprise 12.10. Burgemeester Antoin Scholten is "
                  "als verantwoordelijke voor gegevensbescherming op de hoogte gesteld."),
    ]
    def build(out):
        render_fpdf(b, out, title="Incident M2506 0873", author="Dijkhof-Pereira, L.", header="TOPdesk Enterprise - Gemeente Venlo")
    redact = [
        R("PERSON", "Yusuf Haidari Nooristani", "Yusuf Haidari Nooristani"), R("PHONE", "06 29 18 83 07", "06 29 18 83 07"),
        R("EMAIL", "y.haidarinooristani@venlo.nl", "y.haidarinooristani@venlo.nl"),
        R("PERSON", "Loes Dijkhof-Pereira", "Loes Dijkhof-Pereira", "LDP", P("Dijkhof-Pereira, L.", ch="metadata")),
        R("PERSON", "Maryam Al-Tamimi (client)", "Maryam Al-Tamimi"), R("BSN", "318 426 075", "318 426 075"),
        R("ADDRESS", "Bisschop Schrijnenstraat 51", "Bisschop Schrijnenstraat 51"),
        R("EMAIL", "m.altamimi@woonwenz.nl", "m.altamimi@woonwenz.nl"), R("EMAIL", "m.al-tamimi@venlo.nl", "m.al-tamimi@venlo.nl"),
        R("PERSON", "Mariam Al-Tamimi (klantmanager)", "Mariam Al-Tamimi"),
        R("PERSON", "Henk-Jan Verstappen-Ollongren", "Henk-Jan Verstappen-Ollongren", "H.J. Verstappen-Ollongren"),
        R("PERSON", "Sandra Bouwens", "Sandra Bouwens", "SB"),
    ]
    keep = [
        K("PRODUCT", "TOPdesk"), K("ORG", "Team Werk en Inkomen"), K("PRODUCT", "Dell Latitude 5440"), K("PRODUCT", "Suite4Sociaal Domein"),
        K("PRODUCT", "Self Service Portal"), K("PRODUCT", "Exchange Online"), K("ORG", "Woonwenz"), K("MAILBOX", "privacy@woonwenz.nl"),
        K("ORG", "Autoriteit Persoonsgegevens"), K("OFFICE_HOLDER", "Wethouder Werk en Inkomen Marion Bloemen-Driessen", "Marion Bloemen-Driessen"),
        K("TERM", "Delay Delivery"), K("PRODUCT", "Zivver"), K("TERM", "Nickname Cache"), K("MAILBOX", "servicedesk@venlo.nl"),
        K("PHONE_SWITCH", "077 359 66 66"), K("OFFICE_HOLDER", "Burgemeester Antoin Scholten", "Antoin Scholten"), K("PLACE", "Venlo"),
        K("ROLE", "privacy officer"), K("ROLE", "klantmanager"), K("CODE", "LAP-VNL-20413"), K("PRODUCT", "Outlook"),
    ]
    return name, build, redact, keep


def ad21():
    name = "ad21_sharepoint_versiegeschiedenis"
    rows = [["Nr.", "Gewijzigd", "Gewijzigd door", "Grootte", "Opmerkingen"],
            ["7.0", "11-6-2025 17:02", "Vos, Ingrid (BZK/DGDOO)", "412 kB", "Definitief na akkoord SG; paraaf IV"],
            ["6.2", "11-6-2025 09:48", "Kartosen-Lie, Marvin", "409 kB", "Reactie Juridische Zaken verwerkt"],
            ["6.1", "10-6-2025 18:31", "Vos, Ingrid (BZK/DGDOO)", "405 kB", "Tekst Kamervraag 3 aangescherpt na belletje met Wim"],
            ["6.0", "10-6-2025 12:15", "Boukhari-van Lith, Samira", "401 kB", "Versie voor DG; input DCO"],
            ["5.0", "6-6-2025 15:40", "Kartosen-Lie, Marvin", "388 kB", "Verwerking opmerkingen minister (via PA Judith)"],
            ["4.0", "5-6-2025 10:02", "SVC_Woo_Export", "377 kB", "Automatische kopie naar Woo-archief (Power Automate)"],
            ["3.0", "4-6-2025 22:17", "Álvarez Benítez, Lucía", "371 kB", "Engelse samenvatting toegevoegd voor OECD"],
            ["2.0", "3-6-2025 14:55", "Vos, Ingrid (BZK/DGDOO)", "352 kB", "Opzet"],
            ["1.0", "3-6-2025 09:30", "Systeemaccount", "12 kB", "Gemaakt vanuit sjabloon Beslisnota Rijk 2024"]]
    b = [
        ("small", "SharePoint Online | Rijksportaal Samenwerken > DGDOO > Documenten > Kamerbrieven 2025"),
        ("title", "Versiegeschiedenis - Beslisnota Kamerbrief voortgang Wet open overheid.docx"),
        ("table", rows, [0.06, 0.14, 0.27, 0.08, 0.45]),
        ("p", "Alle versies verwijderen | Versie herstellen | Versies van het document worden bewaard volgens het "
              "bewaarbeleid 'Rijk - Kamerstukken 10 jaar'. Gedeeld met: Ingrid Vos, Marvin Kartosen-Lie, Samira "
              "Boukhari-van Lith, Lucía Álvarez Benítez, groep BZK-DGDOO-Woo (47 leden)."),
        ("h", "Eigenschappen (Document Properties)"),
        ("kv", [("Content Type", "Beslisnota (Rijkshuisstijl)"), ("Retention Label", "KAMERSTUK_10J"),
                ("Sensitivity Label", "Rijksoverheid - Intern"), ("Document ID", "BZKDOC-1829-44017"),
                ("Bewindspersoon", "Staatssecretaris Digitalisering en Koninkrijksrelaties"),
                ("Auteur", "Ingrid Vos; Marvin Kartosen-Lie"), ("Compliance Tag", "Woo art. 3.3 lid 2 sub b")]),
        ("p", "Let op: Version History in SharePoint Online en Microsoft 365 Copilot kunnen oudere versies met "
              "persoonsgegevens tonen. Zie de handreiking 'Woo en Microsoft 365' van het CIO Rijk en de "
              "Rijksprogramma voor Duurzaam Digitale Informatiehuishouding (RDDI)."),
    ]
    def build(out):
        render_reportlab(b, out, title="Versiegeschiedenis Beslisnota Kamerbrief voortgang Woo", author="Vos, Ingrid", landscape_=True)
        post(out, info={"Author": "Vos, Ingrid"}, outline=[("Versie 6.1 - Ingrid Vos", 0)])
    redact = [
        R("PERSON", "Ingrid Vos", "Vos, Ingrid", "Ingrid Vos", "IV", P("Vos, Ingrid", ch="metadata"), P("Ingrid Vos", ch="outline")),
        R("PERSON", "Marvin Kartosen-Lie", "Kartosen-Lie, Marvin", "Marvin Kartosen-Lie"),
        R("PERSON", "Samira Boukhari-van Lith", "Boukhari-van Lith, Samira", "Samira Boukhari-van Lith"),
        R("PERSON", "Lucía Álvarez Benítez", "Álvarez Benítez, Lucía", "Lucía Álvarez Benítez"),
        R("PERSON", "Wim (belletje)", "Wim"), R("PERSON", "PA Judith", "Judith"),
    ]
    keep = [
        K("PRODUCT", "SharePoint Online"), K("PRODUCT", "Rijksportaal Samenwerken"), K("ORG", "DGDOO"),
        K("LAW", "Wet open overheid"), K("ORG", "Juridische Zaken"), K("ORG", "SG"), K("ORG", "DCO"), K("CODE", "SVC_Woo_Export"),
        K("PRODUCT", "Power Automate"), K("ORG", "OECD"), K("TERM", "Systeemaccount"), K("DOC", "Beslisnota Rijk 2024"),
        K("TERM", "Content Type"), K("TERM", "Retention Label"), K("CODE", "KAMERSTUK_10J"), K("TERM", "Sensitivity Label"),
        K("CODE", "BZKDOC-1829-44017"), K("ROLE", "Staatssecretaris Digitalisering en Koninkrijksrelaties"), K("TERM", "Compliance Tag"),
        K("TERM", "Version History"), K("PRODUCT", "Microsoft 365 Copilot"), K("ORG", "CIO Rijk"), K("ORG", "BZK-DGDOO-Woo"),
        K("ORG", "RDDI"),
    ]
    return name, build, redact, keep


def ad22():
    name = "ad22_inventarislijst_woo"
    people = ["Sloothaak, R.", "Kalloe-Pinas, Ursula", "Bakker, D.", "de Wit, M.H.", "Woo-coördinator (functioneel)",
              "Ogbu-Rijnders, Chinedu", "Kok, L.", "Zevenbergen-Afriyie, Nana", "Omgevingsdienst West-Holland", "Gemeente Leiden"]
    subjects = ["Melding geluid evenement Lakenhal", "Vergunning terras Nieuwe Rijn", "Handhaving Breestraat 114",
                "Advies Erfgoed Leiden", "Zienswijze vergunning", "Concept besluit", "Reactie omwonende",
                "Afstemming politie", "Verslag schouw", "Interne notitie"]
    grounds = ["5.1.2e", "5.1.2e; 5.1.1e", "", "5.1.2e; 5.2.1", "5.1.2e"]
    rows = [["Nr", "Documentnaam", "Datum", "Afzender", "Ontvanger", "Beoordeling", "Grond", "Toelichting"]]
    for i in range(1, 57):
        s = people[(i * 3) % len(people)]
        r = people[(i * 7 + 2) % len(people)]
        if r == s:
            r = "Gemeente Leiden"
        g = grounds[i % len(grounds)]
        beo = "Openbaar" if not g else ("Deels openbaar" if i % 9 else "Niet openbaar")
        rows.append([str(i), f"{subjects[i % len(subjects)]} ({'e-mail' if i % 3 else 'bijlage'})",
                     f"{(i % 27) + 1:02d}-0{(i % 5) + 2}-2025", s, r, beo, g,
                     "Familie %d" % ((i + 1) // 2) if i % 3 == 0 else ("Duplicaat van nr %d" % (i - 4) if i % 11 == 0 else "")])
    def build(out):
        import openpyxl
        from openpyxl.styles import Font, Alignment
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "Inventarislijst"
        ws.append(["Inventarislijst Woo-besluit 2025-WOO-0188 - evenementen en terrassen binnenstad - gemeente Leiden"])
        ws["A1"].font = Font(bold=True, size=12)
        ws.append(["Verzoeker: bekend bij de gemeente. Besluit van 10 juni 2025. Contact: woo@leiden.nl of 14 071."])
        ws.append([])
        for r in rows:
            ws.append(r)
        for c in ws[4]:
            c.font = Font(bold=True)
        for row in ws.iter_rows(min_row=4):
            for c in row:
                c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.append([])
        ws.append(["Afzender/ontvanger zijn in de openbare versie vervangen door de functie; deze werkversie bevat de namen (niet publiceren)."])
        ws.append(["Opgesteld door: Kalloe-Pinas, Ursula (juridisch adviseur Informatie en Archief); gecontroleerd: R. Sloothaak."])
        for col, w in zip("ABCDEFGH", [5, 42, 11, 28, 28, 15, 15, 20]):
            ws.column_dimensions[col].width = w
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.print_title_rows = "4:4"
        ws.oddFooter.center.text = "2025-WOO-0188 inventarislijst - pagina &P van &N"
        wb.properties.creator = "Kalloe-Pinas, U."
        src = SRC / f"{name}.xlsx"
        wb.save(src)
        soffice_pdf(src, out, filt="calc_pdf_Export")
    redact = [
        R("PERSON", "R. Sloothaak", "Sloothaak, R.", "R. Sloothaak"),
        R("PERSON", "Ursula Kalloe-Pinas", "Kalloe-Pinas, Ursula"),
        R("PERSON", "D. Bakker", "Bakker, D."), R("PERSON", "M.H. de Wit", "de Wit, M.H."),
        R("PERSON", "Chinedu Ogbu-Rijnders", "Ogbu-Rijnders, Chinedu"), R("PERSON", "L. Kok", "Kok, L."),
        R("PERSON", "Nana Zevenbergen-Afriyie", "Zevenbergen-Afriyie, Nana"),
    ]
    keep = [
        K("CASE", "2025-WOO-0188"), K("MAILBOX", "woo@leiden.nl"), K("PHONE_SWITCH", "14 071"), K("ORG", "Gemeente Leiden"),
        K("ORG", "Omgevingsdienst West-Holland"), K("ROLE", "Woo-coördinator"), K("PLACE", "Lakenhal"), K("PLACE", "Nieuwe Rijn"),
        K("ORG", "Erfgoed Leiden"), K("TERM", "Deels openbaar"), K("TERM", "Niet openbaar"), K("CODE", "5.1.1e"), K("CODE", "5.2.1"),
        K("ROLE", "juridisch adviseur Informatie en Archief"), K("TERM", "Afzender"), K("TERM", "Ontvanger"), K("PLACE", "Breestraat"),
    ]
    return name, build, redact, keep


def ad23():
    name = "ad23_kamervragen_concept"
    b = [
        ("small", "CONCEPT - intern - versie 3 (niet verzenden) | Ministerie van Infrastructuur en Waterstaat"),
        ("title", "Antwoorden op Kamervragen van het lid Kostić (PvdD) over de vergunningverlening aan Tata Steel en de rol van de omgevingsdienst"),
        ("kv", [("Kenmerk", "IENW/BSK-2025/148830"), ("Datum", "juni 2025"),
                ("Opgesteld door", "Robbert-Jan Oosthoek (DGMI), 06 41 75 30 96"),
                ("Meegelezen", "Safiya Mahamed Cali (Juridische Zaken), Gerben de Vries-Kooistra (ILT)"),
                ("Deadline DBV", "13 juni 2025, 12.00 uur (Dirk-Jan / secretariaat DGMI: secretariaat.dgmi@minienw.nl)")]),
        ("h", "Vraag 1"),
        ("p", "Bent u bekend met het bericht 'Omgevingsdienst gaf Tata Steel jarenlang uitstel' in NRC van 2 juni 2025?"),
        ("h", "Antwoord 1"),
        ("p", "Ja."),
        ("h", "Vraag 2"),
        ("p", "Klopt het dat de Omgevingsdienst Noordzeekanaalgebied op verzoek van de provincie Noord-Holland "
              "handhavingsbesluiten heeft uitgesteld? Welke rol speelde de toenmalige gedeputeerde daarin?"),
        ("h", "Antwoord 2"),
        ("p", "Het bevoegd gezag voor de vergunningverlening en handhaving bij Tata Steel IJmuiden is Gedeputeerde "
              "Staten van Noord-Holland. De Commissaris van de Koning in Noord-Holland, Arthur van Dijk, heeft mij "
              "laten weten dat het provinciale onderzoek naar de handhavingsketen in het derde kwartaal wordt "
              "afgerond. Gedeputeerde Jeroen Olthof heeft de Provinciale Staten op 26 mei geïnformeerd. Ik kan niet "
              "vooruitlopen op de uitkomst van dat onderzoek. [RJO: check met Safiya of we dit zo kunnen zeggen]"),
        ("h", "Vraag 3"),
        ("p", "Deelt u de mening dat het RIVM-rapport 'Gezondheidsrisico's door depositie van metalen rond Tata Steel' "
              "(2023) aanleiding geeft tot het aanscherpen van de vergunning?"),
        ("h", "Antwoord 3"),
        ("p", "Het RIVM heeft in 2023 vastgesteld dat de depositie van lood en PAK's in Wijk aan Zee een risico vormt voor "
              "de gezondheid van kinderen. De provincie heeft de vergunning daarop in 2024 aangescherpt. Staatssecretaris "
              "Chris Jansen en ik hebben in onze brief van 4 april 2025 (Kamerstuk 28 089, nr. 312) het maatwerktraject "
              "toegelicht. Ook het lid Grinwis (ChristenUnie) en het lid Kröger (GroenLinks-PvdA) hebben daarover vragen gesteld."),
        ("h", "Vraag 4"),
        ("p", "Kunt u deze vragen beantwoorden vóór het commissiedebat Externe Veiligheid?"),
        ("h", "Antwoord 4"),
        ("p", "Ja. [Interne noot Gerben: de ILT-inspecteurs die het bezoek van 2022 deden, mevr. Hatice Yıldız-Meijering en "
              "dhr. Pascal Tjoe-Awie, worden NIET genoemd; inspecteur-generaal is op de hoogte. Mies weet van de planning.]"),
        ("small", "De minister van Infrastructuur en Waterstaat, Barry Madlener"),
    ]
    comments = [("Arthur van Dijk", "Mahamed Cali, Safiya", "SMC", "CdK mag genoemd; wel check of de brief van de CdK al openbaar is."),
                ("commissiedebat Externe Veiligheid", "Oosthoek, Robbert-Jan", "RJO", "Dirk-Jan vraagt of dit voor 19/6 kan. Bel me: 06 41 75 30 96")]
    def build(out):
        render_docx(b, out, name, author="Oosthoek, R.J.", comments=comments, notes_in_margin=True,
                    header="CONCEPT Kamervragen Kostić - IENW/BSK-2025/148830")
    redact = [
        R("PERSON", "Robbert-Jan Oosthoek", "Robbert-Jan Oosthoek", "RJO", P("Oosthoek, Robbert-Jan", ch="annotations")),
        R("PHONE", "06 41 75 30 96", "06 41 75 30 96"),
        R("PERSON", "Safiya Mahamed Cali", "Safiya Mahamed Cali", "Safiya"),
        R("PERSON", "Gerben de Vries-Kooistra", "Gerben de Vries-Kooistra", "Gerben"),
        R("PERSON", "Dirk-Jan (secretariaat)", "Dirk-Jan"),
        R("PERSON", "Hatice Yıldız-Meijering", "Hatice Yıldız-Meijering"), R("PERSON", "Pascal Tjoe-Awie", "Pascal Tjoe-Awie"),
        R("PERSON", "Mies", "Mies"),
    ]
    keep = [
        K("OFFICE_HOLDER", "het lid Kostić", "lid Kostić"), K("ORG", "PvdD"), K("ORG", "Tata Steel"), K("ORG", "Ministerie van Infrastructuur en Waterstaat"),
        K("CASE", "IENW/BSK-2025/148830"), K("ORG", "DGMI"), K("ORG", "Juridische Zaken"), K("ORG", "ILT"),
        K("MAILBOX", "secretariaat.dgmi@minienw.nl"), K("ORG", "NRC"), K("ORG", "Omgevingsdienst Noordzeekanaalgebied"),
        K("ORG", "provincie Noord-Holland"), K("PLACE", "IJmuiden"), K("OFFICE_HOLDER", "Arthur van Dijk"),
        K("OFFICE_HOLDER", "Gedeputeerde Jeroen Olthof", "Jeroen Olthof"), K("ORG", "Provinciale Staten"), K("ORG", "RIVM"),
        K("PLACE", "Wijk aan Zee"), K("OFFICE_HOLDER", "Staatssecretaris Chris Jansen", "Chris Jansen"), K("DOC", "Kamerstuk 28 089, nr. 312"),
        K("OFFICE_HOLDER", "het lid Grinwis", "lid Grinwis"), K("ORG", "ChristenUnie"), K("OFFICE_HOLDER", "het lid Kröger", "lid Kröger"),
        K("ORG", "GroenLinks-PvdA"), K("ROLE", "inspecteur-generaal"), K("OFFICE_HOLDER", "Barry Madlener"),
        K("ROLE", "Commissaris van de Koning"), K("TERM", "commissiedebat Externe Veiligheid"),
    ]
    return name, build, redact, keep


def ad24():
    name = "ad24_chatexport_toezicht"
    msgs = [
        ("07-05-25 06:58", "Sander Hoitink", "Morgen! Wie rijdt er mee naar de Zuiderzeestraatweg? Controle bij die champignonkwekerij."),
        ("07-05-25 07:02", "Jolanda 'Joop' Stegeman", "Ik. Pik je me op bij het gemeentehuis? 7.30"),
        ("07-05-25 07:03", "Sander Hoitink", "👍"),
        ("07-05-25 09:41", "Jolanda 'Joop' Stegeman", "Eigenaar is er niet. Zoon Niels Ruitenbeek-Talsma zegt dat pa in het ziekenhuis ligt (hartoperatie). Huisvesting arbeidsmigranten in 6 units, 24 personen, Roemeens."),
        ("07-05-25 09:44", "Milan Đorđević", "Maak foto's van de vluchtwegen en de CO-melders. Niet van de mensen zelf!"),
        ("07-05-25 09:47", "Jolanda 'Joop' Stegeman", "Doe ik. Contactpersoon vd arbeidsmigranten: Ionuț Bălănescu, 06 84 22 10 77. Hij spreekt Engels."),
        ("07-05-25 10:15", "Sander Hoitink", "Bel ff met Mies van het RIEC? Zij wilde weten of dit adres bij hen bekend is."),
        ("07-05-25 10:16", "Milan Đorđević", "Mies = Mieke Oostindiër-Verhoef, 06 12 09 48 31. Gebruik liever riec-oostnederland@politie.nl"),
        ("07-05-25 12:30", "Jolanda 'Joop' Stegeman", "Klaar. Rapport in Squit vóór vrijdag. Overtreding Bbl 3.1 (brandveiligheid) + gebruik strijdig met omgevingsplan."),
        ("07-05-25 12:31", "Sander Hoitink", "Top Joop. Ik meld het aan wethouder Meinderts voor de raadsinfo. Verder geen namen in de raadsinfo he."),
    ]
    rows = "".join(f"<tr><td style='width:17%'>{t}</td><td style='width:20%'><b>{html.escape(s)}</b></td><td>{html.escape(m)}</td></tr>" for t, s, m in msgs)
    body = [
        ("title", "Export chatgesprek 'Toezicht buitengebied Elburg/Oldebroek' (WhatsApp)"),
        ("small", "Geëxporteerd op 12-06-2025 t.b.v. Woo-verzoek 2025-037 (gemeente Oldebroek). Deelnemers: Sander Hoitink "
                  "(+31 6 38 75 20 14), Jolanda Stegeman (+31 6 19 44 62 08), Milan Đorđević (+31 6 57 01 33 29). "
                  "Berichten zijn versleuteld; media zijn niet meegeëxporteerd."),
        ("raw", f"<table>{rows}</table>"),
        ("small", "Toelichting Woo-team: chatberichten van ambtenaren in een werkgroep vallen onder de Woo (ABRvS 2 november 2022, "
                  "ECLI:NL:RVS:2022:3155). Contact: woo@oldebroek.nl of 0525 63 82 00."),
    ]
    def build(out):
        render_chromium(blocks_to_html(body), out, name)
    redact = [
        R("PERSON", "Sander Hoitink", "Sander Hoitink"), R("PHONE", "+31 6 38 75 20 14", "+31 6 38 75 20 14"),
        R("PERSON", "Jolanda 'Joop' Stegeman", "Jolanda", "Joop", "Stegeman"), R("PHONE", "+31 6 19 44 62 08", "+31 6 19 44 62 08"),
        R("PERSON", "Milan Đorđević", "Milan Đorđević"), R("PHONE", "+31 6 57 01 33 29", "+31 6 57 01 33 29"),
        R("PERSON", "Niels Ruitenbeek-Talsma", "Niels Ruitenbeek-Talsma"), R("HEALTH", "hartoperatie", "hartoperatie"),
        R("PERSON", "Ionuț Bălănescu", "Ionuț Bălănescu"), R("PHONE", "06 84 22 10 77", "06 84 22 10 77"),
        R("PERSON", "Mieke (Mies) Oostindiër-Verhoef", "Mies", "Mieke Oostindiër-Verhoef"), R("PHONE", "06 12 09 48 31", "06 12 09 48 31"),
    ]
    keep = [
        K("PLACE", "Zuiderzeestraatweg"), K("PLACE", "Elburg"), K("PLACE", "Oldebroek"), K("PRODUCT", "WhatsApp"), K("ORG", "RIEC"),
        K("MAILBOX", "riec-oostnederland@politie.nl"), K("PRODUCT", "Squit"), K("LAW", "Bbl 3.1"),
        K("OFFICE_HOLDER", "wethouder Meinderts", "wethouder Meinderts"), K("ECLI", "ECLI:NL:RVS:2022:3155"), K("MAILBOX", "woo@oldebroek.nl"),
        K("PHONE_SWITCH", "0525 63 82 00"), K("TERM", "CO-melders"), K("TERM", "arbeidsmigranten"), K("ORG", "ABRvS"),
    ]
    return name, build, redact, keep


MODULE_DOCS = [ad18, ad19, ad20, ad21, ad22, ad23, ad24]
