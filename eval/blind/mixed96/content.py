# -*- coding: utf-8 -*-
"""Documents of set DB (mixed96). Mark-up: ⟦K|x⟧ redact, ⟨K|x⟩ keep (see make_set.py).
All persons, their numbers and addresses are invented; organisations, places, laws are real."""

DOCS = []


def doc(id, producer, blocks, **kw):
    d = {"id": id, "producer": producer, "blocks": blocks}
    d.update(kw)
    DOCS.append(d)


def hdr(rows, cw=(38, 130)):
    return ("table", rows, {"grid": False, "head": False, "cw": list(cw)})


def tab(rows, cw=None, head=True):
    o = {"head": head}
    if cw:
        o["cw"] = list(cw)
    return ("table", rows, o)


def P(s):
    return ("p", s)


def H(s):
    return ("h1", s)


def H2(s):
    return ("h2", s)


def S(s):
    return ("small", s)


MOT = [H2("Informatie die niet openbaar gemaakt kan worden"), H2("Motivering"),
       P("[in te vullen door het Woo-team]")]

RVDR = "⟨O|Raad voor de rechtspraak⟩"
RBG = "⟨O|Rechtbank Gelderland⟩"

# ---------------------------------------------------------------------------------------------- db01
doc("db01", "reportlab", [
    P("⟦P|Thijs Oudemans⟧<br/>⟦A|Klarendalseweg 233⟧<br/>⟦A|6822 GK⟧ ⟨L|Arnhem⟩<br/>⟦E|t.oudemans@ziggo.nl⟧ | ⟦T|06-41837265⟧"),
    ("spacer", 6),
    P("Aan de " + RVDR + "<br/>t.a.v. de Woo-coördinator<br/>Postbus 90613<br/>2509 LP Den Haag"),
    P("en aan het bestuur van de " + RBG + ", ⟨M|Walburgstraat 2-4⟩, ⟨L|Arnhem⟩"),
    ("spacer", 4),
    P("⟨L|Arnhem⟩, 3 maart 2025"),
    P("**Betreft: verzoek op grond van de ⟨W|Wet open overheid⟩**"),
    P("Geachte heer, mevrouw,"),
    P("Als freelance journalist schrijf ik voor ⟨O|De Gelderlander⟩ over de bedrijfsvoering van de rechtspraak in Oost-Nederland. "
      "Op grond van artikel 4.1 van de ⟨W|Wet open overheid⟩ (⟨W|Woo⟩) verzoek ik u om openbaarmaking van alle documenten over de periode "
      "1 oktober 2024 tot en met 28 februari 2025 die betrekking hebben op:"),
    P("1. de storingen in de ICT-systemen van de " + RBG + " (waaronder de uitval van ⟨X|Mijn Rechtspraak⟩ en het zaaksysteem) in november en december 2024;<br/>"
      "2. de achterstanden bij de teams civiel en bestuursrecht op de locaties ⟨L|Arnhem⟩, ⟨L|Nijmegen⟩ en ⟨L|Zutphen⟩;<br/>"
      "3. veiligheidsincidenten in het ⟨X|Paleis van Justitie⟩ aan de ⟨M|Walburgstraat⟩, in het bijzonder het incident van 16 januari 2025;<br/>"
      "4. klachten van medewerkers over de werkdruk en de omgang op de werkvloer;<br/>"
      "5. de registratie en beoordeling van nevenfuncties van rechters van de rechtbank."),
    P("Ik verzoek u de documenten digitaal te verstrekken. Ik begrijp dat persoonsgegevens van medewerkers onleesbaar worden gemaakt; "
      "mijn eigen gegevens hoeven niet te worden gepubliceerd."),
    P("Mocht u vragen hebben, dan ben ik bereikbaar op ⟦T|06-41837265⟧ of via ⟦E|t.oudemans@ziggo.nl⟧."),
    P("Met vriendelijke groet,"),
    ("spacer", 10),
    P("⟦P|Th. Oudemans⟧"),
], font="Times-Roman", size=11, author="", title="Woo-verzoek rechtbank")

# ---------------------------------------------------------------------------------------------- db02
doc("db02", "reportlab", [
    P("**" + RVDR + "**<br/>Directie Bestuursondersteuning<br/>⟨M|Kneuterdijk 1⟩, 2514 EM ⟨L|Den Haag⟩<br/>Postbus 90613, 2509 LP ⟨L|Den Haag⟩<br/>T ⟨F|088 361 1000⟩ | ⟨F|woo@rechtspraak.nl⟩"),
    ("spacer", 4),
    hdr([["Aan", "de heer ⟦P|Th. Oudemans⟧"],
         ["", "⟦A|Klarendalseweg 233⟧"],
         ["", "⟦A|6822 GK⟧ ⟨L|Arnhem⟩"],
         ["Datum", "10 maart 2025"],
         ["Ons kenmerk", "⟨C|Rvdr-WOO-2025-0147⟩"],
         ["Behandeld door", "mr. ⟦P|F.C. Boerhaave-Lindqvist⟧"],
         ["Telefoon direct", "⟦T|070 361 94 82⟧"],
         ["E-mail", "⟦E|f.boerhaave@rechtspraak.nl⟧"],
         ["Onderwerp", "Ontvangstbevestiging Woo-verzoek"]]),
    P("Geachte heer ⟦P|Oudemans⟧,"),
    P("Op 4 maart 2025 hebben wij uw verzoek van 3 maart 2025 ontvangen om openbaarmaking van documenten op grond van de "
      "⟨W|Wet open overheid⟩. Uw verzoek gaat over de ICT-storingen, de achterstanden, veiligheidsincidenten, klachten van "
      "medewerkers en nevenfuncties van rechters bij de " + RBG + "."),
    P("Uw verzoek heeft het kenmerk ⟨C|Rvdr-WOO-2025-0147⟩. De " + RVDR + " en de " + RBG + " behandelen het gezamenlijk; "
      "de rechtbank is voor de documenten over haar eigen bedrijfsvoering het bevoegde bestuursorgaan. Wij nemen binnen "
      "vier weken na ontvangst een besluit. Deze termijn kan met twee weken worden verdaagd (artikel 4.4 ⟨W|Woo⟩)."),
    P("Omdat uw verzoek omvangrijk is, neemt mijn collega ⟦P|Joost Vreeswijk⟧ binnenkort telefonisch contact met u op om "
      "het verzoek zo nodig te verduidelijken (artikel 4.2 ⟨W|Woo⟩)."),
    P("Wij wijzen u erop dat de rechtspraak voor zover het gaat om de rechtsprekende taak niet onder de ⟨W|Woo⟩ valt. "
      "Documenten in procesdossiers (zoals zaak ⟨C|C/05/431877 / HA ZA 24-512⟩) vallen daarom buiten uw verzoek."),
    P("Met vriendelijke groet,"),
    P("namens de " + RVDR + ",<br/>" + "⟦P|F.C. Boerhaave-Lindqvist⟧<br/>⟨J|jurist informatieverzoeken⟩"),
], font="Helvetica", size=10, author="", hidden={"author": "Boerhaave-Lindqvist, Femke"},
    hidden_probes=[("PERSON", "Femke", "metadata")])

# ---------------------------------------------------------------------------------------------- db03
doc("db03", "docx", [
    P("**Van:** ⟦P|Vlasblom, Jeroen⟧ <⟦E|j.vlasblom@spir-it.nl⟧>"),
    P("**Verzonden:** dinsdag 19 november 2024 08:12"),
    P("**Aan:** ⟦P|Kaptein, Sanne⟧ <⟦E|s.kaptein@rechtspraak.nl⟧>; ⟨F|servicedesk@spir-it.nl⟩"),
    P("**CC:** ⟦P|Gerritsma, Wouter⟧ <⟦E|w.gerritsma@rechtspraak.nl⟧>; ⟦P|Ramdin, Priya⟧ <⟦E|p.ramdin@spir-it.nl⟧>"),
    P("**Onderwerp:** RE: Storing zaaksysteem locatie Arnhem – melding ⟨C|INC-2024-118342⟩"),
    P("Hoi ⟦P|Sanne⟧,"),
    P("De storing van gisteren is veroorzaakt door een certificaat op de koppeling tussen het zaaksysteem en ⟨X|Mijn Rechtspraak⟩ "
      "dat niet tijdig was vernieuwd. De leverancier (⟨O|Dataplein Infra B.V.⟩) heeft het certificaat vannacht om 03:40 uur vervangen. "
      "Vanaf vanochtend zou alles weer moeten werken, ook de ⟨X|Citrix⟩-werkplekken op de zittingszalen."),
    P("Kunnen jullie vandaag nagaan of de digitale stukken van 18 november goed in de dossiers staan? ⟦P|Priya⟧ maakt de "
      "incidentrapportage (major incident) en stuurt die naar het ⟨O|Landelijk Dienstencentrum voor de Rechtspraak⟩."),
    P("Groet,<br/>⟦P|Jeroen Vlasblom⟧<br/>⟨J|Servicedeskmedewerker⟩ 2e lijn | spir-it<br/>M ⟦T|06-18273645⟧ | T ⟨F|088 361 2000⟩ (servicedesk)"),
    P("-----Oorspronkelijk bericht-----"),
    P("**Van:** ⟦P|Kaptein, Sanne⟧<br/>**Verzonden:** maandag 18 november 2024 16:47<br/>**Aan:** ⟨F|servicedesk@spir-it.nl⟩<br/>"
      "**CC:** ⟦P|Gerritsma, Wouter⟧<br/>**Onderwerp:** Storing zaaksysteem locatie Arnhem"),
    P("Beste servicedesk,"),
    P("Sinds 09:15 uur kunnen de griffiers van team civiel op de locatie ⟨L|Arnhem⟩ geen stukken meer uploaden of openen in het "
      "zaaksysteem. Drie zittingen (waaronder ⟨C|C/05/429911 / KG ZA 24-388⟩) zijn aangehouden omdat de rechter het digitale "
      "dossier niet kon inzien. Advocaten bellen de informatiebalie ⟨F|088 361 1700⟩ en krijgen geen antwoord."),
    P("Mijn collega ⟦P|Youssef El Amrani⟧ heeft de storing om 09:30 al telefonisch gemeld, maar er is nog geen terugkoppeling. "
      "Graag zo snel mogelijk een update, het liefst op mijn mobiel ⟦T|06-53920184⟧."),
    P("Met vriendelijke groet,<br/>⟦P|Sanne Kaptein⟧<br/>⟨J|griffier⟩ team civiel – handel en kort geding<br/>" + RBG + ", locatie ⟨L|Arnhem⟩"),
    P("-----Oorspronkelijk bericht-----"),
    P("**Van:** ⟦P|Gerritsma, Wouter⟧<br/>**Verzonden:** maandag 18 november 2024 17:05<br/>**Aan:** ⟦P|Kaptein, Sanne⟧; ⟦P|Ramdin, Priya⟧<br/>**Onderwerp:** RE: Storing zaaksysteem locatie Arnhem"),
    P("⟦P|Sanne⟧, dank. Ik heb ⟦P|Priya⟧ gebeld; spir-it schaalt op naar major incident. Ik informeer morgen ⟨R|president Kleinjan⟩ "
      "en de ⟨O|Raad⟩. Aub de lijst van aangehouden zittingen naar ⟨F|planning.rbgel@rechtspraak.nl⟩ sturen. ⟦P|WG⟧"),
], font="Carlito", author="Rechtbank Gelderland", title="Storing zaaksysteem")

# ---------------------------------------------------------------------------------------------- db04
doc("db04", "reportlab", [
    H("Major Incident Report – ⟨C|MI-2024-027⟩"),
    hdr([["Supplier", "⟨O|Dataplein Infra B.V.⟩, ⟨L|Utrecht⟩"],
         ["Customer", "⟨O|spir-it⟩ / " + RBG],
         ["Incident", "⟨C|INC-2024-118342⟩ – expired TLS certificate on the integration gateway"],
         ["Prepared by", "⟦P|Lars Oosterwijk⟧, ⟨J|Senior Infrastructure Engineer⟩"],
         ["Reviewed by", "⟦P|Marco Stuivenberg⟧, ⟨J|Account Manager⟩ (⟦E|m.stuivenberg@dataplein-infra.nl⟧, ⟦T|+31 6 29384756⟧)"],
         ["Date", "22 November 2024"],
         ["Classification", "Confidential – customer and supplier only"]], cw=(35, 135)),
    H2("1. Summary"),
    P("On Monday 18 November 2024 at 09:12 CET the TLS certificate of the API gateway between the case management system and "
      "the portal ⟨X|Mijn Rechtspraak⟩ expired. All document uploads from the court locations ⟨L|Arnhem⟩, ⟨L|Nijmegen⟩ and "
      "⟨L|Zutphen⟩ failed. The outage lasted 18 hours and 28 minutes. Service was restored on 19 November at 03:40 CET."),
    H2("2. Timeline"),
    tab([["Time (CET)", "Event", "Owner"],
         ["18-11 09:12", "Certificate expires; gateway rejects connections", "–"],
         ["18-11 09:30", "First call to the service desk by a court clerk (⟦P|Y. El Amrani⟧)", "⟨O|spir-it⟩ SD"],
         ["18-11 11:05", "Ticket routed to supplier queue, priority P2", "⟦P|J. Vlasblom⟧"],
         ["18-11 16:50", "Escalated to P1 / major incident", "⟦P|P. Ramdin⟧"],
         ["18-11 22:15", "Root cause identified", "⟦P|L. Oosterwijk⟧"],
         ["19-11 03:40", "New certificate installed, services restarted", "⟦P|L. Oosterwijk⟧ / ⟦P|R. de Bruijn-Akkerman⟧"],
         ["19-11 07:30", "Functional check by court staff", "⟦P|S. Kaptein⟧"]], cw=(28, 100, 42)),
    H2("3. Root cause"),
    P("The certificate had been issued for two years by ⟨O|KPN⟩ under the ⟨X|PKIoverheid⟩ scheme. The renewal reminder was sent to the "
      "personal mailbox of a former employee (⟦E|h.vandermeulen@dataplein-infra.nl⟧) instead of the functional mailbox "
      "⟨F|certificates@dataplein-infra.nl⟩. Monitoring in ⟨X|Zabbix⟩ did not alert on certificate expiry."),
    H2("4. Impact"),
    P("Approximately 1,240 documents could not be submitted. 14 hearings were adjourned (list in annex A, case numbers only). "
      "The service level agreement (⟨X|SLA⟩) for availability (99.5% per month) was not met for November 2024."),
    ("pagebreak",),
    H2("5. Corrective actions"),
    tab([["#", "Action", "Owner", "Due"],
         ["1", "Move all certificate notifications to functional mailboxes", "⟦P|M. Stuivenberg⟧", "01-12-2024"],
         ["2", "Add certificate-expiry checks to monitoring", "⟦P|L. Oosterwijk⟧", "15-12-2024"],
         ["3", "Review escalation path P2 → P1 with ⟨O|spir-it⟩", "⟦P|P. Ramdin⟧", "15-12-2024"],
         ["4", "Evaluate penalty clause of the ⟨X|SLA⟩ (art. 11)", "Contract management ⟨O|Raad voor de rechtspraak⟩", "Q1 2025"]],
        cw=(8, 92, 45, 25)),
    H2("6. Contact"),
    P("Questions about this report: ⟨F|servicedesk@dataplein-infra.nl⟩ or the general number ⟨F|030 799 4400⟩. "
      "For escalations outside office hours the on-call engineer of the week can be reached via the number in the contract annex."),
    P("Signed for the supplier: ⟦P|Marco Stuivenberg⟧"),
], font="DejaVuSans", size=9.5, author="Oosterwijk, L.", title="MI report INC-2024-118342",
    hidden={"author": "Lars Oosterwijk (Dataplein)"}, hidden_probes=[])

# ---------------------------------------------------------------------------------------------- db05
doc("db05", "reportlab", [
    H("Teams-chat: Griffie civiel Arnhem (export)"),
    S("Geëxporteerd uit ⟨X|Microsoft Teams⟩ op 21-11-2024 door ⟨F|functioneel beheer RBGEL⟩"),
    ("mono",
     "[18-11-2024 09:21] ⟦P|Youssef El Amrani⟧: zaaksysteem ligt eruit?? ik krijg alleen maar foutcode 502\n"
     "[18-11-2024 09:22] ⟦P|Bregje Nijhuis⟧: hier ook. Zitting van 10:00 (⟨C|C/05/430102⟩) gaat zo niet lukken\n"
     "[18-11-2024 09:24] ⟦P|Youssef El Amrani⟧: ik bel de servicedesk\n"
     "[18-11-2024 09:41] ⟦P|Sanne Kaptein⟧: @⟦P|Bregje⟧ vraag ⟦P|mr. Verkerk⟧ of hij op papier wil\n"
     "[18-11-2024 09:43] ⟦P|Bregje Nijhuis⟧: hij wil aanhouden, advocaten zijn al gebeld\n"
     "[18-11-2024 10:02] ⟦P|Daan ter Horst⟧: Nijmegen ligt ook plat. ⟦P|Kim⟧ zit thuis met de kinderen, ik neem haar zittingen over\n"
     "[18-11-2024 10:05] ⟦P|Kim Wolters⟧: dank ⟦P|Daan⟧!! mijn dochter heeft ⟦S|een epileptische aanval⟧ gehad, ik ben in het ⟨O|Rijnstate⟩\n"
     "[18-11-2024 10:06] ⟦P|Sanne Kaptein⟧: sterkte ⟦P|Kim⟧, niks van aantrekken hier\n"
     "[18-11-2024 11:30] ⟦P|Youssef El Amrani⟧: servicedesk zegt P2, leverancier kijkt ernaar\n"
     "[18-11-2024 13:15] ⟦P|Bregje Nijhuis⟧: informatiebalie stroomt vol. kan iemand ⟦P|Ria⟧ helpen?\n"
     "[18-11-2024 13:16] ⟦P|Ria Haverkamp⟧: ja graag, ik zit op toestel ⟦T|4417⟧\n"
     "[18-11-2024 16:40] ⟦P|Sanne Kaptein⟧: ik mail ⟦P|WG⟧ en de servicedesk nog een keer\n"
     "[19-11-2024 07:35] ⟦P|Sanne Kaptein⟧: het werkt weer. ⟦P|Youssef⟧ kun jij de uploads van gisteren checken?\n"
     "[19-11-2024 07:52] ⟦P|Youssef El Amrani⟧: doe ik. 37 stukken staan er niet in, ik zet ze in ⟨X|SharePoint⟩"),
    P("Toelichting functioneel beheer: de export bevat alle berichten van het kanaal tussen 18-11 en 19-11. "
      "Reacties (emoji) zijn weggelaten."),
], font="LiberationSans", mono="LiberationMono", size=10)

# ---------------------------------------------------------------------------------------------- db06
doc("db06", "docx", [
    H("Verslag teamoverleg civiel – achterstanden"),
    tab([["Datum", "Locatie", "Voorzitter", "Notulist"],
         ["9 december 2024", "⟨L|Arnhem⟩, zaal 1.14 / ⟨X|Teams⟩", "mr. ⟦P|A. van 't Hof⟧ (AvtH)", "⟦P|R. Haverkamp⟧ (RH)"]]),
    P("**Aanwezig:** mr. ⟦P|Annelies van 't Hof⟧ (⟨J|teamvoorzitter⟩, ⟦P|AvtH⟧), ⟦P|Wouter Gerritsma⟧ (⟨J|directeur bedrijfsvoering⟩, ⟦P|WG⟧), "
      "⟦P|Sanne Kaptein⟧ (⟨J|senior griffier⟩, ⟦P|SK⟧), ⟦P|Daan ter Horst⟧ (griffier, ⟦P|DtH⟧), ⟦P|Bregje Nijhuis⟧ (griffier, ⟦P|BN⟧), "
      "⟦P|Ria Haverkamp⟧ (⟨J|administratief medewerker⟩, ⟦P|RH⟧), ⟦P|Ruud Dijkhuizen⟧ (⟨J|planner⟩, ⟦P|RD⟧)"),
    P("**Afwezig met bericht:** ⟦P|Kim Wolters⟧ (griffier), mr. ⟦P|R.P. Verkerk⟧ (rechter)"),
    H2("1. Opening en mededelingen"),
    P("⟦P|AvtH⟧ opent. De ⟨O|Raad voor de rechtspraak⟩ heeft de productieafspraken voor 2025 vastgesteld; de " + RBG +
      " moet de doorlooptijd van bodemzaken handel terugbrengen naar 12 maanden (landelijke norm ⟨X|KPI doorlooptijden⟩)."),
    H2("2. Stand achterstanden"),
    P("⟦P|RD⟧ licht de cijfers toe (zie bijlage, tabel per team). Per 1 december liggen er 1.318 zaken handel boven de norm; "
      "bij kanton ⟨L|Nijmegen⟩ 640. Oorzaken: vacatures bij de griffie (4,2 fte), de ICT-storing van 18 november en langdurig verzuim. "
      "⟦P|WG⟧ wijst op het budget uit het programma ⟨X|Tijdige Rechtspraak⟩ voor tijdelijke inhuur."),
    P("⟦P|SK⟧ meldt dat de werkdruk bij de griffie onhoudbaar is: collega's werken structureel over en twee collega's zijn "
      "uitgevallen. ⟦P|DtH⟧ vult aan dat een van hen ⟦S|met een burn-out⟧ thuiszit en dat de bedrijfsarts van ⟨O|Arbo Unie⟩ "
      "niet eerder dan maart een terugkeer verwacht. ⟦P|AvtH⟧ vraagt dit soort informatie buiten het verslag te houden."),
    H2("3. Maatregelen"),
    P("Besloten wordt: (a) een tijdelijke zittingscapaciteit op vrijdagmiddag in ⟨L|Zutphen⟩; (b) inhuur van twee "
      "griffiers via ⟨O|Yacht⟩; (c) prioriteit voor zaken met een kind of een ondernemer in nood. ⟦P|WG⟧ bespreekt (b) met "
      "P&O (⟦P|Rob Scheepmaker⟧)."),
    H2("4. Rondvraag"),
    P("⟦P|BN⟧ vraagt wanneer de nieuwe laptops komen (⟨X|Windows 11⟩-uitrol). ⟦P|WG⟧: eind januari, planning via ⟨O|spir-it⟩."),
    H2("Actielijst"),
    tab([["Nr", "Actie", "Wie", "Gereed"],
         ["24-31", "Inhuur twee griffiers aanvragen", "⟦P|WG⟧", "20-12-2024"],
         ["24-32", "Planning vrijdagmiddag Zutphen", "⟦P|RD⟧", "10-01-2025"],
         ["24-33", "Overzicht aangehouden zittingen 18-11", "⟦P|SK⟧ / ⟦P|DtH⟧", "13-12-2024"],
         ["24-34", "Notitie werkdruk griffie naar MT", "⟦P|AvtH⟧", "17-01-2025"]]),
    P("Volgend overleg: 13 januari 2025, 10:00 uur. Verslag vastgesteld door ⟦P|AvtH⟧ op 16 december 2024."),
], font="Carlito", author="Rechtbank Gelderland", title="Verslag teamoverleg civiel 9-12-2024")

# ---------------------------------------------------------------------------------------------- db07
doc("db07", "reportlab", [
    H("Bijlage: voorraad en achterstanden per team, peildatum 1 december 2024"),
    S("Bron: managementinformatie ⟨O|Rechtbank Gelderland⟩ (⟨X|BI-portaal⟩), bewerking planning. Intern."),
    tab([["Team", "Locatie", "Teamvoorzitter / teamleider", "Voorraad", "Boven norm", "Ontwikkeling t.o.v. 1-9"],
         ["Handel", "⟨L|Arnhem⟩", "mr. ⟦P|A. van 't Hof⟧ / ⟦P|F. Zeldenrust⟧", "2.904", "1.318", "+212"],
         ["Kanton", "⟨L|Nijmegen⟩", "mr. ⟦P|G.H. Oude Vrielink⟧ / ⟦P|M. Sahin⟧", "3.611", "640", "+88"],
         ["Kanton", "⟨L|Apeldoorn⟩", "mr. ⟦P|G.H. Oude Vrielink⟧ / ⟦P|T. Roelofsen⟧", "2.150", "302", "-41"],
         ["Familie", "⟨L|Arnhem⟩", "mr. ⟦P|C. IJzerman⟧ / ⟦P|L. Bouwhuis⟧", "1.874", "415", "+37"],
         ["Bestuursrecht", "⟨L|Arnhem⟩", "mr. ⟦P|E.J. de Wit-Hakkert⟧ / ⟦P|P. Groenewegen⟧", "1.209", "530", "+126"],
         ["Strafrecht", "⟨L|Zutphen⟩", "mr. ⟦P|J.W. Ten Have⟧ / ⟦P|S. Baykal⟧", "980", "121", "-15"],
         ["Totaal", "", "", "12.728", "3.326", "+407"]], cw=(28, 25, 85, 25, 25, 35)),
    P("Toelichting: 'boven norm' = zaken waarvan de doorlooptijd de landelijke norm uit het ⟨X|Programma Tijdige Rechtspraak⟩ overschrijdt. "
      "Bij bestuursrecht speelt de instroom van zaken over de ⟨W|Omgevingswet⟩ en de ⟨W|Vreemdelingenwet 2000⟩ (nevenzittingsplaats ⟨L|Arnhem⟩)."),
    P("Verzuim griffie per 1 december: 7,8% (landelijk gemiddelde rechtspraak 6,1%). Niet herleidbaar per persoon weergegeven."),
    P("Opgesteld: ⟦P|R. Dijkhuizen⟧, ⟨J|planner⟩, 4 december 2024."),
], font="Helvetica", size=9.5, landscape=True)

# ---------------------------------------------------------------------------------------------- db08
doc("db08", "reportlab", [
    P("**" + RBG + "**<br/>Bestuur"),
    H("Beslisnota: aanpak achterstanden 2025"),
    hdr([["Aan", "Bestuur " + RBG],
         ["Van", "⟦P|W. Gerritsma⟧, ⟨J|directeur bedrijfsvoering⟩"],
         ["Datum", "15 januari 2025"],
         ["Kenmerk", "⟨C|RBGEL/BV/2025-004⟩"],
         ["Kopie aan", "⟨J|teamvoorzitters⟩; ⟨O|Ondernemingsraad⟩ (ter informatie)"],
         ["Contactpersoon", "⟦P|Ruud Dijkhuizen⟧, ⟦T|06-47291836⟧, ⟦E|r.dijkhuizen@rechtspraak.nl⟧"]]),
    H2("Aanleiding"),
    P("De voorraden bij de teams handel, kanton en bestuursrecht zijn in 2024 met 407 zaken gestegen (bijlage). "
      "De ⟨O|Raad voor de rechtspraak⟩ heeft in het jaargesprek van 11 december 2024 gevraagd om een plan van aanpak."),
    H2("Geadviseerd besluit"),
    P("Aan het bestuur wordt gevraagd: 1) in te stemmen met tijdelijke inhuur van vier griffiers tot 1 juli 2025 (circa € 310.000), "
      "2) in te stemmen met extra zittingsdagen in ⟨L|Zutphen⟩ en ⟨L|Apeldoorn⟩ en 3) de ⟨O|Raad⟩ te vragen om een bijdrage uit "
      "het budget ⟨X|Tijdige Rechtspraak⟩."),
    H2("Kern"),
    P("Zonder maatregelen loopt de voorraad handel op tot ruim 3.200 zaken eind 2025. Rechters zijn beschikbaar (mr. ⟦P|Verkerk⟧ en "
      "mr. ⟦P|IJzerman⟧ hebben extra zittingen aangeboden), het knelpunt zit bij de griffie. De werkdruk leidt tot verzuim en "
      "tot signalen bij de vertrouwenspersoon (zie de notitie van mr. ⟦P|Van 't Hof⟧)."),
    H2("Krachtenveld"),
    P("De ⟨O|Ondernemingsraad⟩ (voorzitter ⟦P|Hanneke Spoelstra⟧) steunt inhuur, maar vraagt om vaste formatie. De ⟨O|NVvR⟩ vraagt "
      "landelijk aandacht voor de werkdruk. ⟨R|Minister Van Weel⟩ en ⟨R|staatssecretaris Struycken⟩ hebben de Tweede Kamer op "
      "13 december 2024 geïnformeerd over de achterstanden in de rechtspraak."),
    H2("Bijlagen"),
    P("1. Voorraad en achterstanden per team (4 december 2024)<br/>2. Verslag teamoverleg civiel 9 december 2024"),
    ("pagebreak",),
    H2("Parafen"),
    tab([["Naam", "Functie", "Paraaf", "Datum"],
         ["⟦P|R. Dijkhuizen⟧", "⟨J|planner⟩", "⟦P|RD⟧", "14-01-2025"],
         ["⟦P|W. Gerritsma⟧", "⟨J|directeur bedrijfsvoering⟩", "⟦P|WG⟧", "15-01-2025"],
         ["⟦P|M. Ouwerkerk-Dam⟧", "⟨J|controller⟩", "⟦P|MOD⟧", "15-01-2025"]], cw=(45, 55, 25, 30)),
    P("Besluit bestuur 21 januari 2025: akkoord met 1 en 2; 3 wordt door ⟨R|president Kleinjan⟩ ingebracht in het presidentenoverleg."),
] + MOT, font="Helvetica", size=10)

# ---------------------------------------------------------------------------------------------- db09
doc("db09", "reportlab", [
    P("**" + RBG + " – Beveiliging en Bodes**"),
    H("Incidentmelding beveiliging nr. ⟨C|BEV-2025-0012⟩"),
    tab([["Veld", "Invulling"],
         ["Datum / tijd incident", "16 januari 2025, 11:42 uur"],
         ["Locatie", "⟨X|Paleis van Justitie⟩, ⟨M|Walburgstraat 2-4⟩, ⟨L|Arnhem⟩ – toegangspoort publieksingang, 2e verdieping wachtruimte zaal 2.06"],
         ["Soort incident", "Agressie/bedreiging; weigering controle"],
         ["Melder", "⟦P|Erwin Bosch⟧, beveiliger (⟨O|Trigion⟩), pasnummer ⟦N|TR-88412⟧"],
         ["Betrokken medewerkers", "⟦P|Naima Oulad Ali⟧ (beveiliger), ⟦P|Gert-Jan Pelgrim⟧ (⟨J|bode⟩), ⟦P|Bregje Nijhuis⟧ (griffier)"],
         ["Betrokken bezoeker", "⟦P|Dirk-Jan Weeda⟧, geb. ⟦D|14-03-1971⟧, ⟦A|Rosendaalseweg 63⟧, ⟦A|6824 KP⟧ ⟨L|Arnhem⟩; identiteitsbewijs gezien, BSN ⟦B|204718399⟧ genoteerd door politie"],
         ["Politie ingeschakeld", "Ja, ⟨O|Politie Oost-Nederland⟩, registratienummer ⟨C|PL0600-2025016342⟩"],
         ["Letsel", "Geen letsel bij medewerkers. Bezoeker ⟦S|heeft diabetes en werd onwel (hypo)⟧; ambulance niet nodig."]],
        cw=(45, 125)),
    H2("Beschrijving"),
    P("Bezoeker kwam als partij in een kantonzaak (⟨C|10412345 CV EXPL 24-8810⟩). Bij de toegangspoort weigerde hij zijn tas "
      "door de scanner te laten gaan. Na overleg met de coördinator (⟦P|H. Mulderij⟧) is de tas alsnog gescand; er werd een "
      "zakmes (lemmet ca. 7 cm) aangetroffen dat in bewaring is genomen. In de wachtruimte bij zaal 2.06 raakte de heer ⟦P|Weeda⟧ "
      "in discussie met de griffier en riep hij dat hij 'de rechter buiten wel zou opwachten'. Beveiliger ⟦P|Oulad Ali⟧ heeft de "
      "bezoeker begeleid naar de uitgang. De zitting is doorgegaan met een beveiliger in de zaal."),
    P("De heer ⟦P|Weeda⟧ gaf aan dat hij ⟦S|eerder in detentie heeft gezeten⟧ en 'weet hoe het gaat'. Hij werd om 12:20 uur "
      "door twee agenten meegenomen voor verhoor."),
    H2("Afhandeling"),
    P("Toegangsverbod voor drie maanden door de president (besluit volgt). Melding aan het ⟨O|Team Bedreigingen en Incidenten⟩ van "
      "de ⟨O|Raad voor de rechtspraak⟩ en aan de ⟨O|DBB⟩ (Dienst Bewaken en Beveiligen) vanwege de uitlating richting de rechter."),
    hdr([["Ingevuld door", "⟦P|E. Bosch⟧, 16-01-2025 13:05"],
         ["Gezien coördinator", "⟦P|H. Mulderij⟧ (⟦P|HM⟧), 16-01-2025"],
         ["Bereikbaarheid coördinator", "⟦T|06-31847520⟧ (dienst) / meldkamer ⟨F|026 359 2000⟩"]], cw=(45, 125)),
], font="LiberationSans", size=9.5, hidden={"outline": ["Melding Bosch/Weeda 16-01", "Bijlage: verklaring Oulad Ali"]},
    hidden_probes=[("PERSON", "Melding Bosch/Weeda", "outline"), ("PERSON", "verklaring Oulad Ali", "outline")])

# ---------------------------------------------------------------------------------------------- db10 (handwritten scan)
doc("db10", "scan", [
    ("p", "VERKLARING BEZOEKER - 16 JAN 2025"),
    ("p", "MIJN NAAM IS ⟦P|DIRK-JAN⟧ ⟦P|WEEDA⟧"),
    ("p", "ADRES: ⟦A|ROSENDAALSEWEG 63⟧ ARNHEM"),
    ("p", "TELEFOON: ⟦T|06-27719384⟧"),
    ("p", ""),
    ("p", "IK WIL KLAGEN OVER DE BEHANDELING DOOR DE BEVEILIGING."),
    ("p", "DE MAN BIJ DE POORT (⟦P|ERWIN⟧) PAKTE MIJN TAS AF"),
    ("p", "ZONDER IETS TE ZEGGEN. HET MES IS VOOR MIJN WERK."),
    ("p", "IK HEB ⟦S|SUIKERZIEKTE⟧ EN MOEST IETS ETEN"),
    ("p", "MAAR MOCHT NIET NAAR DE KANTINE."),
    ("p", "DE GRIFFIER MEVROUW ⟦P|NIJHUIS⟧ WAS ONBELEEFD."),
    ("p", "IK WIL MIJN MES TERUG."),
    ("p", ""),
    ("p", "GETEKEND, ⟦P|D.J. WEEDA⟧"),
    ("sig", "DJ Weeda"),
], scanfont="humor-sans/Humor-Sans.ttf", px=54)

# ---------------------------------------------------------------------------------------------- db11
doc("db11", "reportlab", [
    P("**From:** ⟦P|Mulderij, Henk⟧ &lt;⟦E|h.mulderij@rechtspraak.nl⟧&gt;<br/>**Sent:** Friday, January 17, 2025 9:03 AM<br/>"
      "**To:** ⟦P|Bosch, Erwin⟧ &lt;⟦E|erwin.bosch@trigion.nl⟧&gt;; ⟨F|planning.oost@trigion.nl⟩<br/>"
      "**Cc:** ⟦P|Gerritsma, Wouter⟧; ⟨F|beveiliging.rbgel@rechtspraak.nl⟩<br/>**Subject:** RE: camerabeelden incident 16-01 / ⟨C|BEV-2025-0012⟩"),
    P("⟦P|Erwin⟧,"),
    P("Dank voor je snelle melding gisteren. De politie heeft de beelden van camera's PJ-03 en PJ-11 (toegangspoort en wachtruimte "
      "2e verdieping) opgevraagd. Wil je de export klaarzetten? Het verzoek staat op naam van hoofdagent ⟦P|B. Lubbers⟧ "
      "(⟨O|basisteam Arnhem-Noord⟩). Bewaartermijn is 28 dagen, dus uiterlijk 13 februari."),
    P("Let op: de beelden mogen alleen via de beveiligde omgeving van de ⟨O|Rechtspraak⟩ worden gedeeld, niet via ⟨X|WeTransfer⟩. "
      "⟦P|Naima⟧ heeft gevraagd of ze een gesprek kan krijgen met de bedrijfsmaatschappelijk werker; ik heb dat doorgezet."),
    P("Met vriendelijke groet,<br/>⟦P|Henk Mulderij⟧<br/>⟨J|Coördinator Beveiliging en Bodes⟩<br/>" + RBG + " | ⟨M|Walburgstraat 2-4⟩ | 6811 CG ⟨L|Arnhem⟩<br/>"
      "T ⟨F|088 361 1200⟩ (algemeen) | M ⟦T|06-31847520⟧"),
    P("________________________________"),
    P("**From:** ⟦P|Bosch, Erwin⟧ &lt;⟦E|erwin.bosch@trigion.nl⟧&gt;<br/>**Sent:** Thursday, January 16, 2025 5:48 PM<br/>**To:** ⟦P|Mulderij, Henk⟧<br/>**Subject:** camerabeelden incident 16-01"),
    P("Hi ⟦P|Henk⟧, zie bijgevoegd de melding. De heer ⟦P|W.⟧ (ik noem hem zo ivm de mail) is door de politie meegenomen. "
      "⟦P|Gert-Jan⟧ heeft de tas met het mes in de kluis gelegd, kluisnummer 4. Ik werk morgen tot 14:00 en ben daarna bereikbaar op "
      "⟦T|06-55102938⟧. Groet, ⟦P|Erwin⟧"),
    P("Erwin Bosch | Security Officer | Trigion Beveiliging B.V. | ⟨F|0800-8744466⟩"),
    S("This e-mail may contain confidential information. If you are not the intended recipient, please notify the sender and delete it. "
      "⟨O|Trigion⟩ is part of ⟨O|Securitas⟩."),
], font="Carlito", size=10.5, author="", hidden={"xmp": ["H.J. Mulderij"]}, hidden_probes=[("PERSON", "H.J. Mulderij", "metadata")])

# ---------------------------------------------------------------------------------------------- db12 (typed scan)
doc("db12", "scan", [
    ("h1", "POLITIE OOST-NEDERLAND - Mutatierapport"),
    ("p", "Registratienummer: PL0600-2025016342"),
    ("p", "Datum/tijd: 16-01-2025 12:05 uur"),
    ("p", "Plaats: Walburgstraat 2-4, Arnhem (Paleis van Justitie)"),
    ("p", "Rapporteur: ⟦P|B. Lubbers⟧, hoofdagent, dienstnummer ⟦N|ON4471⟧"),
    ("p", "Tweede verbalisant: ⟦P|S. Achterberg⟧, agent"),
    ("p", ""),
    ("p", "Betrokkene: ⟦P|Weeda⟧, ⟦P|Dirk Jan⟧, geboren ⟦D|14-03-1971⟧ te Arnhem"),
    ("p", "Woonadres: ⟦A|Rosendaalseweg 63⟧, ⟦A|6824 KP⟧ Arnhem"),
    ("p", "BSN: ⟦B|204718399⟧"),
    ("p", "Kenteken voertuig: ⟦K|GX-482-T⟧"),
    ("p", ""),
    ("p", "Melding van de beveiliging van de rechtbank (melder ⟦P|E. Bosch⟧) over een bezoeker die een mes bij zich had "
          "en dreigende uitlatingen deed richting een rechter. Betrokkene was aanspreekbaar maar verward. Hij verklaarde "
          "⟦S|diabetes⟧ te hebben en al uren niet te hebben gegeten. Betrokkene is ⟦S|bekend in de politiesystemen wegens "
          "eerdere bedreiging (2019)⟧. Na overleg met de officier van justitie is betrokkene heengezonden; het mes is in "
          "beslag genomen. Proces-verbaal volgt."),
    ("p", ""),
    ("p", "Afgehandeld door: ⟦P|Lubbers⟧ ON4471"),
], px=30)

# ---------------------------------------------------------------------------------------------- db13
doc("db13", "docx", [
    P("⟦P|Esther Brouwer-Kamphuis⟧<br/>⟨J|juridisch medewerker⟩ team handel<br/>personeelsnummer ⟦N|1048277⟧"),
    P("Aan: ⟦P|Monique Tiggelaar⟧, ⟨J|vertrouwenspersoon⟩ " + RBG + "<br/>Kopie: ⟦P|Rob Scheepmaker⟧, ⟨J|HR-adviseur⟩"),
    P("⟨L|Arnhem⟩, 27 januari 2025"),
    P("**Betreft: klacht over ongewenste omgangsvormen**"),
    P("Beste ⟦P|Monique⟧,"),
    P("Zoals besproken in ons gesprek van 20 januari dien ik hierbij formeel een klacht in op grond van de ⟨X|Klachtenregeling "
      "ongewenste omgangsvormen Rechtspraak⟩. De klacht betreft mijn teamleider, de heer ⟦P|F. Zeldenrust⟧."),
    P("Sinds de zomer van 2024 wordt de werkdruk in ons team steeds hoger. Bij het werkoverleg van 2 december zei de heer "
      "⟦P|Zeldenrust⟧ in het bijzijn van collega's dat ik 'mijn privéproblemen maar thuis moest laten'. Hij doelde daarmee op "
      "⟦S|mijn zwangerschap en de complicaties waarvoor ik in het Radboudumc onder behandeling ben⟧. Op 9 januari heeft hij "
      "een e-mail over mijn verzuim doorgestuurd naar de hele teamleiding, waaronder mr. ⟦P|Van 't Hof⟧."),
    P("Ook collega ⟦P|Jasper Hoekstra⟧ heeft opmerkingen gehoord; hij wil eventueel een verklaring afleggen. Ik heb mijn "
      "aantekeningen bijgevoegd (bijlage 1)."),
    P("Ik vraag je de klacht door te zetten naar de ⟨O|Klachtencommissie ongewenste omgangsvormen⟩ en tot die tijd niets met "
      "de heer ⟦P|Zeldenrust⟧ te delen. Je kunt me bereiken op ⟦T|06-20418836⟧ of privé via ⟦E|esther.kamphuis@hotmail.com⟧; "
      "mijn werkmail ⟦E|e.brouwer@rechtspraak.nl⟧ lees ik tijdelijk niet."),
    P("Met vriendelijke groet,"),
    P("⟦P|Esther⟧"),
    P("Bijlage 1: tijdlijn (3 pagina's) – niet bijgevoegd in deze versie"),
], font="Liberation Serif", size=11, author="Rechtspraak")

# ---------------------------------------------------------------------------------------------- db14
doc("db14", "reportlab", [
    P("**Van:** ⟦P|Scheepmaker, Rob⟧<br/>**Verzonden:** woensdag 29 januari 2025 14:22<br/>**Aan:** ⟦P|Tiggelaar, Monique⟧<br/>"
      "**CC:** ⟨F|klachtencommissie.oo@rechtspraak.nl⟩<br/>**Onderwerp:** RE: klacht medewerker team handel (vertrouwelijk)"),
    P("Hoi ⟦P|Monique⟧,"),
    P("Dank voor het doorsturen. Ik heb de klacht van mevrouw ⟦P|Brouwer⟧ geregistreerd onder nummer ⟨C|KOO-2025-003⟩ en ter "
      "behandeling voorgelegd aan de ⟨O|Klachtencommissie ongewenste omgangsvormen⟩ (secretaris: ⟦P|mr. L.A. Rutgers⟧). De "
      "commissie hoort beide partijen; de teamleider wordt pas na ontvangstbevestiging door de commissie geïnformeerd."),
    P("Daarnaast: mevrouw ⟦P|Brouwer⟧ is sinds 13 januari ziek gemeld. De bedrijfsarts (⟦P|dr. K. Yilmaz⟧, ⟨O|Arbo Unie⟩) "
      "adviseert ⟦S|vanwege de zwangerschapscomplicaties⟧ geen re-integratie voor 1 april. Ik zet dat niet in het dossier bij de "
      "klachtencommissie. Haar contract (tijdelijk, tot 1 september 2025) loopt door."),
    P("Voor de zekerheid: het P&O-dossier staat onder personeelsnummer ⟦N|1048277⟧ in ⟨X|YouForce⟩."),
    P("Groet,<br/>⟦P|Rob⟧<br/><br/>⟦P|Rob Scheepmaker⟧ | ⟨J|HR-adviseur⟩ | ⟨O|Rechtbank Gelderland⟩<br/>⟦T|06-11928374⟧ | ⟦E|r.scheepmaker@rechtspraak.nl⟧<br/>"
      "Werkdagen: ma, di, do"),
    P("-----Oorspronkelijk bericht-----<br/>**Van:** ⟦P|Tiggelaar, Monique⟧ &lt;⟦E|m.tiggelaar@rechtspraak.nl⟧&gt;<br/>**Verzonden:** dinsdag 28 januari 2025 09:10<br/>"
      "**Aan:** ⟦P|Scheepmaker, Rob⟧<br/>**Onderwerp:** klacht medewerker team handel (vertrouwelijk)"),
    P("⟦P|Rob⟧, hierbij de klacht van ⟦P|Esther⟧ (zie bijlage). Ze is akkoord met doorzetten naar de commissie. Kun jij de "
      "registratie doen? Ik ben donderdag niet bereikbaar. ⟦P|Monique⟧"),
    P("⟨J|Vertrouwenspersoon⟩ ongewenste omgangsvormen – bereikbaar via ⟨F|vertrouwenspersoon.rbgel@rechtspraak.nl⟩"),
], font="DejaVuSans", size=9.5, hidden={"annot": ("Wiersma, T. (Woo-team)", "Naam secretaris klachtencommissie (Rutgers) en bedrijfsarts Yilmaz lakken; check met Tessa")},
    hidden_probes=[("PERSON", "Wiersma, T.", "annotations"), ("PERSON", "Tessa", "annotations")])

# ---------------------------------------------------------------------------------------------- db15 (form with AcroForm fields)
doc("db15", "reportlab", [
    P("**" + RBG + "**"),
    H("Melding nevenfunctie rechterlijk ambtenaar"),
    S("Op grond van artikel 44 van de ⟨W|Wet rechtspositie rechterlijke ambtenaren⟩ (⟨W|Wrra⟩) meldt een rechterlijk ambtenaar "
      "zijn nevenfuncties aan het bestuur. Het bestuur publiceert de nevenfuncties in het register op ⟨X|rechtspraak.nl⟩. "
      "Het bestuur toetst aan de ⟨X|Leidraad onpartijdigheid en nevenfuncties in de rechtspraak⟩."),
    tab([["Vraag", "Antwoord"],
         ["1. Naam rechterlijk ambtenaar", "mr. ⟦P|R.P. Verkerk⟧"],
         ["2. Functie en team", "⟨J|rechter⟩, team handel, locatie ⟨L|Arnhem⟩"],
         ["3. Personeelsnummer", "⟦N|1022964⟧"],
         ["4. Nevenfunctie", "Lid raad van toezicht ⟨O|Stichting Woonkracht Veluwe⟩ (woningcorporatie), ⟨L|Ede⟩"],
         ["5. Bezoldigd?", "Ja, € 14.800 per jaar (conform ⟨W|WNT⟩-staffel)"],
         ["6. Tijdsbeslag", "ca. 6 uur per maand"],
         ["7. Risico op belangenverstrengeling", "De stichting procedeert incidenteel bij de rechtbank (huurzaken kanton). Melder zal zich in die zaken verschonen."],
         ["8. Overige nevenfuncties", "Docent bij het ⟨O|SSR⟩ (onbezoldigd); ⟦S|ouderling van de Hersteld Hervormde gemeente in Barneveld⟧ (niet registratieplichtig, vrijwillig gemeld)"],
         ["9. Datum melding", "4 februari 2025"]], cw=(60, 110)),
    P("Ruimte voor het bestuur (in te vullen in de velden hieronder):"),
], font="Helvetica", size=10,
    fields=[("beoordelaar", "Beoordeeld door", "mr. S.M. Lindeboom-Kraaijeveld"),
            ("besluit", "Besluit", "Akkoord, met verschoningsafspraak"),
            ("contact", "Contact melder", "r.verkerk@rechtspraak.nl / 06-38291047")],
    hidden_probes=[("PERSON", "S.M. Lindeboom-Kraaijeveld", "annotations"), ("EMAIL", "r.verkerk@rechtspraak.nl", "annotations"),
                   ("PHONE", "06-38291047", "annotations")])

# ---------------------------------------------------------------------------------------------- db16
doc("db16", "docx", [
    P("**Van:** ⟦P|Lindeboom-Kraaijeveld, Saskia⟧ <⟦E|s.lindeboom@rechtspraak.nl⟧>"),
    P("**Verzonden:** vrijdag 7 februari 2025 11:36"),
    P("**Aan:** ⟦P|Verkerk, Reinier⟧ <⟦E|r.verkerk@rechtspraak.nl⟧>"),
    P("**CC:** ⟨F|bestuurssecretariaat.rbgel@rechtspraak.nl⟩"),
    P("**Onderwerp:** RE: melding nevenfunctie RvT Woonkracht Veluwe"),
    P("Beste ⟦P|Reinier⟧,"),
    P("Het bestuur heeft je melding in de vergadering van 6 februari besproken. De nevenfunctie bij ⟨O|Stichting Woonkracht Veluwe⟩ "
      "is toegestaan, onder de voorwaarde dat je geen huurzaken van de stichting behandelt en dat de roostering van team kanton "
      "(⟦P|Tamara Roelofsen⟧) daarvan op de hoogte is. De functie wordt opgenomen in het openbare nevenfunctieregister op "
      "⟨X|www.rechtspraak.nl⟩; de bezoldiging wordt daar ook vermeld."),
    P("Je vrijwillige melding over de kerkelijke functie nemen we niet op in het register: die valt niet onder de "
      "registratieplicht en betreft een bijzonder persoonsgegeven. Ik heb dat deel uit het dossier gehaald."),
    P("Over de vraag van de journalist (⟦P|Oudemans⟧) over rechters met commissariaten: de ⟨O|Raad voor de rechtspraak⟩ "
      "coördineert de reactie; verwijs hem naar ⟨F|persvoorlichting@rechtspraak.nl⟩."),
    P("Hartelijke groet,<br/>⟦P|Saskia⟧<br/><br/>mr. ⟦P|S.M. Lindeboom-Kraaijeveld⟧<br/>⟨J|bestuurssecretaris⟩ " + RBG + "<br/>T ⟦T|088 361 3427⟧ (direct)"),
    P("-----Oorspronkelijk bericht-----"),
    P("**Van:** ⟦P|Verkerk, Reinier⟧<br/>**Verzonden:** dinsdag 4 februari 2025 19:58<br/>**Aan:** ⟦P|Lindeboom-Kraaijeveld, Saskia⟧<br/>**Onderwerp:** melding nevenfunctie RvT Woonkracht Veluwe"),
    P("Dag ⟦P|Saskia⟧, bijgaand mijn melding. Ik ben gevraagd door de voorzitter van de raad van toezicht, ⟦P|Hein van Ommeren⟧, "
      "die ik ken van de ⟨O|Vrije Universiteit⟩. Zou het bestuur er voor 1 maart over kunnen beslissen? Groet, ⟦P|Reinier⟧ "
      "(verstuurd vanaf mijn telefoon – ⟦T|06-38291047⟧)"),
], font="Carlito", author="Rechtbank Gelderland")

# ---------------------------------------------------------------------------------------------- db17
doc("db17", "reportlab", [
    P("**" + RBG + "**<br/>Bestuur – ⟨M|Walburgstraat 2-4⟩, 6811 CG ⟨L|Arnhem⟩"),
    H("Notitie: nevenfuncties van rechters, stand van zaken 2025"),
    hdr([["Datum", "12 februari 2025"], ["Kenmerk", "⟨C|RBGEL/BS/2025-019⟩"],
         ["Opgesteld door", "⟦P|S.M. Lindeboom-Kraaijeveld⟧ (bestuurssecretaris)"],
         ["Voor", "bestuursvergadering 20 februari 2025; ⟨R|president Kleinjan⟩, ⟨J|sectorvoorzitters⟩"]]),
    H2("1. Achtergrond"),
    P("Sinds de wijziging van de ⟨W|Wet rechtspositie rechterlijke ambtenaren⟩ in 2019 zijn rechters verplicht hun nevenfuncties te "
      "melden; het bestuur publiceert ze in het register op ⟨X|rechtspraak.nl⟩. Een steekproef van de ⟨O|Raad voor de rechtspraak⟩ "
      "in 2024 liet zien dat bij 9% van de rechters van de " + RBG + " het register niet actueel was."),
    H2("2. Bevindingen"),
    P("Van de 231 rechterlijke ambtenaren hebben er 204 hun opgave bevestigd. Bij 27 ontbreekt een actuele bevestiging. Drie "
      "meldingen vroegen om een nadere beoordeling: een toezichtsfunctie bij een woningcorporatie (mr. ⟦P|Verkerk⟧, akkoord met "
      "verschoningsafspraak), een bezoldigd lidmaatschap van een tuchtcollege (mr. ⟦P|F.A. Nooitgedagt⟧) en een adviesfunctie bij "
      "een advocatenkantoor in ⟨L|Nijmegen⟩ (mr. ⟦P|D. El Khatib⟧, niet toegestaan). De laatste is op 30 januari beëindigd."),
    H2("3. Voorstel"),
    P("Het bestuur wordt voorgesteld (a) de 27 rechters met een herinnering te vragen hun opgave voor 1 april te bevestigen, "
      "(b) de ⟨X|Leidraad onpartijdigheid en nevenfuncties in de rechtspraak⟩ op te nemen in het introductieprogramma en (c) het "
      "register voortaan elk kwartaal te controleren. Uitvoering: bestuurssecretariaat (⟦P|SLK⟧)."),
    H2("4. Communicatie"),
    P("De ⟨O|Raad voor de rechtspraak⟩ beantwoordt vragen van de pers. Kamerlid ⟨R|Van Nispen⟩ (⟨O|SP⟩) heeft in 2024 schriftelijke "
      "vragen gesteld over nevenfuncties van rechters; het antwoord van ⟨R|minister Van Weel⟩ verwijst naar het register."),
    P("⟦P|SLK⟧ 12-02-2025"),
], font="Times-Roman", size=11)

# ---------------------------------------------------------------------------------------------- db18 (scan of a print-out with handwritten notes)
doc("db18", "scan", [
    ("h1", "Agenda bestuursvergadering 20 februari 2025"),
    ("p", "Rechtbank Gelderland - bestuurskamer, Walburgstraat 2-4, Arnhem"),
    ("p", "1. Opening en vaststelling agenda"),
    ("p", "2. Verslag 6 februari 2025"),
    ("p", "3. Notitie nevenfuncties rechters (RBGEL/BS/2025-019)"),
    ("hand", "-> BESPREKEN MET ⟦P|SASKIA⟧ VOOR DE VERGADERING"),
    ("p", "4. Plan van aanpak achterstanden (RBGEL/BV/2025-004)"),
    ("hand", "INHUUR AKKOORD? BEL ⟦P|WOUTER⟧ ⟦T|06-22843917⟧"),
    ("p", "5. Veiligheid: incident 16 januari, toegangsverbod bezoeker"),
    ("hand", "⟦P|WEEDA⟧ - 3 MND VERBOD, BRIEF VIA ⟦P|HM⟧"),
    ("p", "6. Klachtenregeling: stand van zaken (vertrouwelijk)"),
    ("hand", "NIET IN VERSLAG. ⟦P|ZELDENRUST⟧ OVERPLAATSEN?"),
    ("p", "7. ICT: evaluatie storing november, boeteclausule leverancier"),
    ("p", "8. Rondvraag en sluiting"),
    ("p", ""),
    ("hand", "ZIEK: ⟦P|KIM WOLTERS⟧ - ⟦S|DOCHTER IN ZIEKENHUIS⟧, VERLOF REGELEN"),
    ("p", ""),
    ("sig", "JvdB"),
], px=32)

# ---------------------------------------------------------------------------------------------- db19
doc("db19", "reportlab", [
    H("Minutes – Contract review meeting ⟨X|SLA⟩ Infrastructure Services"),
    hdr([["Date", "5 February 2025, 13:30–15:00"],
         ["Place", "⟨O|Raad voor de rechtspraak⟩, ⟨M|Kneuterdijk 1⟩, ⟨L|Den Haag⟩ / ⟨X|Microsoft Teams⟩"],
         ["Present (Rechtspraak)", "⟦P|Joost Vreeswijk⟧ (⟨J|contract manager⟩, JVR), ⟦P|Priya Ramdin⟧ (⟨O|spir-it⟩, PRA), ⟦P|Wouter Gerritsma⟧ (" + RBG + ", WGE)"],
         ["Present (supplier)", "⟦P|Marco Stuivenberg⟧ (MST), ⟦P|Lars Oosterwijk⟧ (LOO), ⟦P|Claire Dubois-Vermeer⟧ (⟨J|legal counsel⟩, CDV)"],
         ["Minutes", "⟦P|Fleur Timmermans⟧ (FTI)"]], cw=(40, 130)),
    H2("1. Major incident 18–19 November 2024"),
    P("⟦P|LOO⟧ presented the incident report ⟨C|MI-2024-027⟩. ⟦P|WGE⟧ stressed the impact on the court: 14 hearings adjourned, "
      "litigants travelled in vain, and the court president received complaints from the ⟨O|Nederlandse Orde van Advocaten⟩ "
      "(⟨O|NOvA⟩), district ⟨L|Gelderland⟩. ⟦P|PRA⟧ acknowledged that the ticket stayed at priority P2 for too long."),
    H2("2. Penalty clause"),
    P("⟦P|JVR⟧ stated that under article 11 of the ⟨X|SLA⟩ a service credit of 5% of the monthly fee applies. ⟦P|CDV⟧ argued that "
      "the certificate was a shared responsibility under the ⟨X|DAP⟩ (dossier afspraken en procedures). Parties agreed to refer the "
      "matter to the contract board. ⟦P|MST⟧ offered an additional 40 hours of engineering capacity free of charge."),
    H2("3. Security"),
    P("The supplier confirmed compliance with the ⟨X|BIO⟩ (Baseline Informatiebeveiliging Overheid) and ⟨X|ISO 27001⟩. "
      "Two supplier engineers have access to the court network; their VOG (certificate of conduct) is on file with ⟦P|JVR⟧. One "
      "VOG had expired in January; see item 5."),
    ("pagebreak",),
    H2("4. Roadmap 2025"),
    P("Migration of the remaining ⟨X|Citrix⟩ workplaces to ⟨X|Windows 11⟩ laptops at the locations ⟨L|Arnhem⟩, ⟨L|Nijmegen⟩, "
      "⟨L|Zutphen⟩ and ⟨L|Apeldoorn⟩ between February and May. ⟦P|PRA⟧ will coordinate with the court's facility desk "
      "(⟨F|facilitair.rbgel@rechtspraak.nl⟩)."),
    H2("5. Screening of supplier staff"),
    P("The VOG of one engineer (⟦P|Bas Hulshof⟧) expired on 12 January 2025; a new application has been filed with ⟨O|Justis⟩. "
      "Until it is issued he has no access to court premises. ⟦P|MST⟧ will provide a replacement."),
    H2("Action list"),
    tab([["No.", "Action", "Owner", "Due"],
         ["A1", "Refer penalty question to contract board", "⟦P|JVR⟧", "28-02-2025"],
         ["A2", "Provide 40 hrs engineering capacity", "⟦P|MST⟧", "31-03-2025"],
         ["A3", "Replacement engineer with valid VOG", "⟦P|MST⟧", "14-02-2025"],
         ["A4", "Migration planning per location", "⟦P|PRA⟧ / ⟦P|WGE⟧", "21-02-2025"]], cw=(12, 98, 35, 25)),
    P("Next meeting: 2 April 2025. Approved: ⟦P|JVR⟧, ⟦P|MST⟧."),
], font="DejaVuSerif", size=9.5, author="Timmermans, F.", title="Minutes contract review 5 Feb 2025")

# ---------------------------------------------------------------------------------------------- db20
doc("db20", "docx", [
    H("Overzicht ICT-meldingen Rechtbank Gelderland, Q4 2024"),
    P("Bron: ⟨X|TOPdesk⟩-export ⟨O|spir-it⟩, selectie prioriteit 1 en 2. Bewerkt door functioneel beheer (⟦P|K. Brinkman⟧)."),
    tab([["Melding", "Datum", "Omschrijving", "Melder", "Status"],
         ["⟨C|INC-2024-104417⟩", "02-10-2024", "Geluid zittingszaal 1.02 Arnhem valt weg (videoverbinding ⟨O|PI Arnhem⟩)", "⟦P|D. ter Horst⟧", "Opgelost"],
         ["⟨C|INC-2024-107730⟩", "15-10-2024", "⟨X|Mijn Rechtspraak⟩: advocaat kan niet inloggen met ⟨X|Advocatenpas⟩", "⟨F|informatiebalie⟩", "Opgelost"],
         ["⟨C|INC-2024-111208⟩", "29-10-2024", "Printers griffie Zutphen offline", "⟦P|S. Baykal⟧", "Opgelost"],
         ["⟨C|INC-2024-118342⟩", "18-11-2024", "Zaaksysteem niet bereikbaar (major incident)", "⟦P|Y. El Amrani⟧", "Opgelost"],
         ["⟨C|INC-2024-118401⟩", "18-11-2024", "Zittingsrooster Nijmegen niet te openen", "⟦P|D. ter Horst⟧", "Gekoppeld"],
         ["⟨C|INC-2024-121955⟩", "03-12-2024", "Laptop rechter kwijt in trein (⟨O|NS⟩), BitLocker actief", "mr. ⟦P|C. IJzerman⟧", "Gesloten, datalek-check"],
         ["⟨C|INC-2024-124870⟩", "17-12-2024", "Phishingmail 'salarisstrook' aan 46 medewerkers", "⟦P|R. Haverkamp⟧", "Gesloten"]]),
    P("Toelichting bij ⟨C|INC-2024-121955⟩: de verloren laptop is op afstand gewist. De ⟨X|Functionaris Gegevensbescherming⟩ "
      "van de ⟨O|Raad voor de rechtspraak⟩ heeft geoordeeld dat geen melding bij de ⟨O|Autoriteit Persoonsgegevens⟩ nodig was."),
    P("Toelichting bij ⟨C|INC-2024-124870⟩: twee medewerkers hebben op de link geklikt (⟦P|Jasper Hoekstra⟧ en ⟦P|Ria Haverkamp⟧); "
      "hun wachtwoorden zijn gereset. Het ⟨O|CERT⟩ van de rechtspraak heeft de afzender geblokkeerd."),
    P("Contact functioneel beheer: ⟨F|fb.rbgel@rechtspraak.nl⟩ (⟦P|Koen Brinkman⟧, ⟦E|k.brinkman@rechtspraak.nl⟧)."),
], font="Liberation Sans", size=10, author="Rechtspraak")

# ---------------------------------------------------------------------------------------------- db21
doc("db21", "reportlab", [
    P("**" + RVDR + "**"),
    S("⟨M|Kneuterdijk 1⟩ | 2514 EM ⟨L|Den Haag⟩ | Postbus 90613 | 2509 LP ⟨L|Den Haag⟩ | ⟨F|088 361 1000⟩ | ⟨X|www.rechtspraak.nl⟩"),
    ("spacer", 6),
    hdr([["Aan", "de Minister van Justitie en Veiligheid<br/>t.a.v. ⟨R|minister Van Weel⟩<br/>Postbus 20301<br/>2500 EH ⟨L|Den Haag⟩"],
         ["Datum", "24 februari 2025"],
         ["Ons kenmerk", "⟨C|Rvdr/2025/0312⟩"],
         ["Contactpersoon", "⟦P|drs. J.A. Vreeswijk⟧"],
         ["Doorkiesnummer", "⟦T|06-40183952⟧"],
         ["E-mail", "⟦E|j.vreeswijk@rechtspraak.nl⟧"],
         ["Onderwerp", "ICT-continuïteit en achterstanden in de rechtspraak"]]),
    P("Geachte heer Van Weel,"),
    P("In uw brief aan de Tweede Kamer van 13 december 2024 heeft u, samen met ⟨R|staatssecretaris Struycken⟩, aangekondigd dat u "
      "met de rechtspraak in gesprek gaat over de achterstanden. Graag informeren wij u over twee ontwikkelingen."),
    P("Ten eerste heeft een storing in de ICT-keten op 18 en 19 november 2024 bij de " + RBG + " geleid tot het aanhouden van "
      "veertien zittingen. De oorzaak lag bij een externe leverancier en is inmiddels verholpen. De ⟨O|Raad⟩ laat de beheersing "
      "van leveranciers onderzoeken door de ⟨O|Auditdienst Rijk⟩."),
    P("Ten tweede blijft de personele krapte bij de griffies een knelpunt. Met de middelen uit het ⟨X|Programma Tijdige Rechtspraak⟩ "
      "financieren wij tijdelijke inhuur. Structurele oplossingen vragen om financiering in de ⟨X|Prijs- en Capaciteitsmodel⟩-"
      "systematiek (⟨X|PCM⟩) vanaf 2026."),
    P("Wij zijn graag bereid dit toe te lichten in het bestuurlijk overleg van 11 maart 2025."),
    P("Hoogachtend,"),
    P("de ⟨O|Raad voor de rechtspraak⟩,"),
    ("spacer", 10),
    P("⟨J|voorzitter⟩"),
    S("Afschrift: ⟨O|Presidentenvergadering⟩; bestuur " + RBG + " (⟨R|president Kleinjan⟩)"),
], font="LiberationSerif", size=10.5, author="", hidden={"author": "Joost Vreeswijk"}, hidden_probes=[("PERSON", "Joost", "metadata")])

# ---------------------------------------------------------------------------------------------- db22
doc("db22", "docx", [
    P("**Van:** ⟦P|Vreeswijk, Joost⟧"),
    P("**Verzonden:** donderdag 6 maart 2025 10:14"),
    P("**Aan:** ⟦P|Gerritsma, Wouter⟧; ⟦P|Lindeboom-Kraaijeveld, Saskia⟧"),
    P("**CC:** ⟨F|woo@rechtspraak.nl⟩; ⟦P|Boerhaave-Lindqvist, Femke⟧"),
    P("**Onderwerp:** Kamervragen Ellian + Woo-verzoek ⟨C|Rvdr-WOO-2025-0147⟩"),
    P("Beste ⟦P|Wouter⟧ en ⟦P|Saskia⟧,"),
    P("Twee zaken die samenhangen. ⟨R|Kamerlid Ellian⟩ (⟨O|VVD⟩) heeft op 4 maart schriftelijke vragen gesteld over 'ICT-falen "
      "bij de rechtbank Gelderland' (⟨C|2025Z03911⟩). Het ministerie van ⟨O|JenV⟩ (directie ⟨O|Rechtsbestel⟩) vraagt ons om "
      "feitelijke input voor 14 maart. Daarnaast loopt het Woo-verzoek van de heer ⟦P|Oudemans⟧, dat deels over dezelfde "
      "documenten gaat."),
    P("Voorstel: we leveren de feiten uit het incidentrapport aan, zonder namen van medewerkers van de leverancier. ⟦P|Femke⟧ "
      "zorgt dat de Woo-beoordeling consistent is met de beantwoording. Kunnen jullie de stukken uit de bijlage controleren op "
      "volledigheid? Ik heb ook de ⟨X|TOPdesk⟩-export en het verslag van het contractoverleg toegevoegd."),
    P("Mijn vraag aan ⟦P|Wouter⟧: klopt het dat ⟨R|burgemeester Marcouch⟩ de president heeft gebeld over het incident van "
      "16 januari? Dan moeten we dat meenemen in de beantwoording van vraag 5."),
    P("Groet,<br/>⟦P|Joost⟧<br/><br/>⟦P|Joost Vreeswijk⟧<br/>⟨J|senior beleidsadviseur⟩ bedrijfsvoering<br/>" + RVDR + "<br/>⟦T|06-40183952⟧"),
    P("**Bijlagen:** 2025-03-06 stukken ICT.zip"),
], font="Carlito", author="Rechtspraak")

# ---------------------------------------------------------------------------------------------- db23
doc("db23", "reportlab", [
    P("**" + RBG + "** – Declaratieformulier overwerk en reiskosten"),
    tab([["Gegevens medewerker", ""],
         ["Naam", "⟦P|N. Oulad Ali⟧"],
         ["Personeelsnummer", "⟦N|1051340⟧"],
         ["Functie", "⟨J|beveiliger⟩ (gedetacheerd via ⟨O|Trigion⟩, inleenovereenkomst ⟨C|RVDR-INK-2023-118⟩)"],
         ["Woonadres", "⟦A|Dr. Schaepmanstraat 17⟧, ⟦A|6533 BE⟧ ⟨L|Nijmegen⟩"],
         ["IBAN", "⟦I|NL32 INGB 0006 3819 47⟧"],
         ["Kostenplaats", "⟨C|KP 4120⟩ Beveiliging en Bodes"]], cw=(50, 120)),
    tab([["Datum", "Omschrijving", "Uren", "Km", "Bedrag"],
         ["16-01-2025", "Overwerk na incident ⟨C|BEV-2025-0012⟩ (verklaring politie)", "2,5", "", "€ 98,40"],
         ["17-01-2025", "Gesprek bedrijfsmaatschappelijk werk ⟨L|Nijmegen⟩–⟨L|Arnhem⟩ v.v.", "", "38", "€ 8,74"],
         ["22-01-2025", "Extra dienst zitting zaal 2.06 (beveiliging in de zaal)", "4,0", "", "€ 157,44"],
         ["", "Totaal", "6,5", "38", "€ 264,58"]], cw=(25, 90, 15, 12, 28)),
    P("Ik verklaar dit formulier naar waarheid te hebben ingevuld."),
    hdr([["Handtekening medewerker", "⟦P|N. Oulad Ali⟧ (digitaal ondertekend), 27-01-2025"],
         ["Akkoord leidinggevende", "⟦P|H. Mulderij⟧, coördinator, 28-01-2025"],
         ["Verwerkt door", "⟨O|P-Direkt⟩ / ⟨X|YouForce⟩, batch ⟨C|2025-02-B07⟩"]], cw=(50, 120)),
    S("Opmerking HR: reiskosten woon-werk vallen onder de vaste vergoeding; het gesprek op 17-01 is een dienstreis. "
      "Woon-werkafstand 19 km (vaste vergoeding via ⟨X|Regeling reiskosten⟩)."),
], font="Helvetica", size=10)

# ---------------------------------------------------------------------------------------------- db24 (scan of a signed letter)
doc("db24", "scan", [
    ("h1", "Rechtbank Gelderland"),
    ("p", "De president"),
    ("p", ""),
    ("p", "Aan de heer ⟦P|D.J. Weeda⟧"),
    ("p", "⟦A|Rosendaalseweg 63⟧"),
    ("p", "⟦A|6824 KP⟧ Arnhem"),
    ("p", ""),
    ("p", "Arnhem, 22 januari 2025"),
    ("p", "Kenmerk: RBGEL/BS/2025-011"),
    ("p", "Onderwerp: toegangsverbod"),
    ("p", ""),
    ("p", "Geachte heer ⟦P|Weeda⟧,"),
    ("p", "Op 16 januari 2025 heeft u in het Paleis van Justitie aan de Walburgstraat in Arnhem een mes bij u gedragen "
          "en heeft u dreigende uitlatingen gedaan richting een rechter. Op grond van de Huisregels gerechtsgebouwen "
          "ontzeg ik u met ingang van vandaag voor de duur van drie maanden de toegang tot de gebouwen van de "
          "Rechtbank Gelderland, behalve als u bent opgeroepen voor een zitting. In dat geval meldt u zich vooraf "
          "bij de coördinator beveiliging, de heer ⟦P|Mulderij⟧, telefoon ⟦T|06-31847520⟧."),
    ("p", "Tegen dit besluit kunt u binnen zes weken bezwaar maken bij het bestuur van de rechtbank."),
    ("p", ""),
    ("p", "Hoogachtend,"),
    ("sig", "Kleinjan"),
    ("p", "mr. H.J. Kleinjan, president"),
    ("p", ""),
    ("p", "Afschrift: Politie Oost-Nederland, basisteam Arnhem-Noord (t.a.v. ⟦P|B. Lubbers⟧)"),
], px=28, scanfont="dejavu/DejaVuSans.ttf", scanbold="dejavu/DejaVuSans-Bold.ttf")

# ---------------------------------------------------------------------------------------------- db25
doc("db25", "reportlab", [
    H("Besluitenlijst bestuursvergadering " + RBG),
    hdr([["Datum", "20 februari 2025, 09:00–12:30"],
         ["Aanwezig", "⟨R|president Kleinjan⟩ (voorzitter), mr. ⟦P|E.J. de Wit-Hakkert⟧ (bestuurslid, sectorvoorzitter), "
                      "⟦P|W. Gerritsma⟧ (directeur bedrijfsvoering), ⟦P|S.M. Lindeboom-Kraaijeveld⟧ (bestuurssecretaris, verslag)"],
         ["Afwezig", "⟦P|M. Ouwerkerk-Dam⟧ (controller)"]], cw=(30, 140)),
    S("Paraafcodes in deze lijst: ⟦P|EWH⟧ = ⟦P|De Wit-Hakkert⟧, ⟦P|WGE⟧ = ⟦P|Gerritsma⟧, ⟦P|SLK⟧ = ⟦P|Lindeboom-Kraaijeveld⟧."),
    tab([["Nr", "Onderwerp", "Besluit", "Actie"],
         ["B25-07", "Notitie nevenfuncties (⟨C|RBGEL/BS/2025-019⟩)", "Voorstellen a t/m c vastgesteld", "⟦P|SLK⟧"],
         ["B25-08", "Aanpak achterstanden (⟨C|RBGEL/BV/2025-004⟩)", "Inhuur vier griffiers via ⟨O|Yacht⟩ akkoord; evaluatie 1 juli", "⟦P|WGE⟧"],
         ["B25-09", "Toegangsverbod bezoeker incident 16-01", "Bekrachtigd (brief 22-01); melding ⟨O|DBB⟩ afgerond", "⟦P|WGE⟧"],
         ["B25-10", "Klacht ongewenste omgangsvormen (⟨C|KOO-2025-003⟩)", "Kennisgenomen; commissie behandelt, geen bestuursrol", "–"],
         ["B25-11", "Boeteclausule ⟨O|Dataplein Infra B.V.⟩", "Verzoek aan ⟨O|Raad⟩ om service credit te innen", "⟦P|WGE⟧"],
         ["B25-12", "Woo-verzoek ⟨C|Rvdr-WOO-2025-0147⟩", "Rechtbank levert documenten aan ⟨O|Raad⟩ voor 14 maart", "⟦P|SLK⟧ / ⟦P|EWH⟧"]],
        cw=(16, 58, 72, 24)),
    P("Mededeling ⟨R|president Kleinjan⟩: ⟨R|burgemeester Marcouch⟩ van ⟨L|Arnhem⟩ heeft op 17 januari belangstellend gebeld "
      "over het incident; afgesproken is dat de driehoek (⟨O|Politie Oost-Nederland⟩, ⟨O|Openbaar Ministerie⟩, gemeente) bij "
      "het volgende overleg wordt bijgepraat."),
    P("Volgende vergadering: 6 maart 2025. Vastgesteld op 6 maart 2025."),
], font="LiberationSans", size=10, hidden={"outline": ["B25-10 klacht Brouwer-Kamphuis", "B25-09 Weeda"]},
    hidden_probes=[("PERSON", "Brouwer-Kamphuis", "outline"), ("PERSON", "Weeda", "outline")])

# ---------------------------------------------------------------------------------------------- db26
doc("db26", "reportlab", [
    H("WhatsApp-groep 'Beveiliging PvJ Arnhem' – export"),
    S("Aangeleverd door de coördinator beveiliging in het kader van ⟨C|Rvdr-WOO-2025-0147⟩. Telefoonnummers zoals weergegeven in de export."),
    ("mono",
     "16-01-25 11:38 - ⟦P|Erwin⟧ Trigion: Poort: man weigert tasscan, wordt luidruchtig\n"
     "16-01-25 11:39 - ⟦P|Naima⟧: kom eraan\n"
     "16-01-25 11:40 - ⟦T|+31 6 31847520⟧: ik bel de griffie 2.06. ⟦P|GJ⟧ kun jij bij de lift staan\n"
     "16-01-25 11:41 - ⟦P|Gert-Jan Pelgrim⟧: 👍\n"
     "16-01-25 11:44 - ⟦P|Erwin⟧ Trigion: mes in tas. ca 7cm. in bewaring\n"
     "16-01-25 11:52 - ⟦P|Naima⟧: hij zegt dat hij de rechter buiten opwacht. ⟦P|Henk⟧ politie bellen?\n"
     "16-01-25 11:53 - ⟦T|+31 6 31847520⟧: ja, ik bel 112 niet, wel wijkteam. ⟦P|Bregje⟧ van de griffie is erg geschrokken\n"
     "16-01-25 12:01 - ⟦P|Naima⟧: hij wordt wit, zegt dat hij ⟦S|suiker⟧ heeft. ik geef hem een cola\n"
     "16-01-25 12:20 - ⟦P|Gert-Jan Pelgrim⟧: politie is er. 2 agenten\n"
     "16-01-25 12:34 - ⟦P|Erwin⟧ Trigion: afgevoerd. ⟦P|Naima⟧ gaat het?\n"
     "16-01-25 12:35 - ⟦P|Naima⟧: gaat wel. wel even trillen\n"
     "16-01-25 17:02 - ⟦T|+31 6 31847520⟧: melding staat in het systeem onder BEV-2025-0012. Dank allemaal. Morgen extra man op de poort.\n"
     "17-01-25 07:15 - ⟦P|Erwin⟧ Trigion: ik sta er vanaf 7:30. ⟦P|Naima⟧ heeft vrij genomen"),
    P("Noot Woo-team: het nummer ⟦T|+31 6 31847520⟧ is de dienstmobiel van de coördinator; niet opgeslagen als contact in de export."),
], font="DejaVuSans", mono="DejaVuSans", size=9.5)

# ---------------------------------------------------------------------------------------------- db27
doc("db27", "docx", [
    H("Evaluatie ontruiming Paleis van Justitie Arnhem, 6 december 2024"),
    P("Opgesteld door: ⟦P|Henk Mulderij⟧ (⟨J|coördinator beveiliging⟩) en ⟦P|Gerrit Wassink⟧ (⟨J|hoofd BHV⟩), 13 december 2024"),
    H2("1. Wat gebeurde er"),
    P("Op vrijdag 6 december 2024 om 14:07 uur ging het brandalarm af in de kelder van het gebouw aan de ⟨M|Walburgstraat 2-4⟩ in "
      "⟨L|Arnhem⟩. Oorzaak: een defecte rookmelder in de serverruimte (ruimte K.12) die door de leverancier van het "
      "klimaatsysteem was afgedekt en weer vrijgegeven. Het gebouw is volledig ontruimd: circa 410 personen, onder wie "
      "publiek, advocaten, twee gedetineerden met begeleiding van ⟨O|DV&O⟩ (⟨O|Dienst Vervoer en Ondersteuning⟩) en een "
      "schoolklas van het ⟨O|Stedelijk Gymnasium Arnhem⟩."),
    P("De verzamelplaats was het ⟨S|Eusebiusplein⟩; de tweede verzamelplaats aan de ⟨S|Jansbinnensingel⟩ is niet gebruikt. De "
      "brandweer (⟨O|Veiligheidsregio Gelderland-Midden⟩) gaf om 14:41 uur het sein veilig."),
    H2("2. Knelpunten"),
    P("a. Twee zittingszalen hoorden het slow-whoop-signaal niet goed (zaal 1.14 en 2.06). ⟨J|BHV'er⟩ ⟦P|Ilse Verbruggen⟧ heeft "
      "de zalen persoonlijk ontruimd.<br/>"
      "b. Een bezoekster in een rolstoel (⟦S|met MS⟧) kon niet via de trap; zij is door ⟦P|Verbruggen⟧ en ⟦P|Pelgrim⟧ met de "
      "evacuatiestoel naar beneden gebracht. Haar naam is bekend bij de beveiliging (⟦P|mevrouw A. Korteweg-Smit⟧) en zij "
      "heeft na afloop bedankt.<br/>"
      "c. De telling van medewerkers op de verzamelplaats was onvolledig: de aanwezigheidslijst in ⟨X|Planon⟩ was niet actueel."),
    H2("3. Aanbevelingen"),
    tab([["Nr", "Aanbeveling", "Eigenaar"],
         ["1", "Ontruimingssignaal in zalen 1.14 en 2.06 laten testen", "⟦P|G. Wassink⟧"],
         ["2", "Extra evacuatiestoel op 2e verdieping", "⟨J|facilitair manager⟩"],
         ["3", "Koppeling toegangspassen en ⟨X|Planon⟩ voor telling", "⟨O|spir-it⟩ / ⟦P|K. Brinkman⟧"],
         ["4", "Oefening met publiek in het voorjaar", "⟦P|H. Mulderij⟧"]]),
    ("pagebreak",),
    H2("4. Bijlage: BHV-bezetting 6 december"),
    tab([["Naam", "Rol", "Verdieping", "Bereikbaar"],
         ["⟦P|Gerrit Wassink⟧", "⟨J|hoofd BHV⟩", "alle", "⟦T|06-44871203⟧"],
         ["⟦P|Ilse Verbruggen⟧", "BHV", "1 en 2", "toestel ⟦T|4428⟧"],
         ["⟦P|Gert-Jan Pelgrim⟧", "BHV / ⟨J|bode⟩", "begane grond", "toestel ⟦T|4410⟧"],
         ["⟦P|Youssef El Amrani⟧", "BHV", "3", "toestel ⟦T|4436⟧"],
         ["⟦P|Ria Haverkamp⟧", "BHV (reserve)", "1", "toestel ⟦T|4417⟧"]]),
    P("Algemeen nummer beveiliging (meldkamer): ⟨F|026 359 2000⟩. Calamiteitenmailbox: ⟨F|calamiteiten.rbgel@rechtspraak.nl⟩."),
], font="Carlito", author="Rechtbank Gelderland")

# ---------------------------------------------------------------------------------------------- db28
doc("db28", "reportlab", [
    P("**" + RVDR + "**<br/>⟨M|Kneuterdijk 1⟩, 2514 EM ⟨L|Den Haag⟩ – ⟨F|woo@rechtspraak.nl⟩"),
    ("spacer", 4),
    hdr([["Aan", "de heer ⟦P|Th. Oudemans⟧, per e-mail: ⟦E|t.oudemans@ziggo.nl⟧"],
         ["Datum", "2 juni 2025"],
         ["Kenmerk", "⟨C|Rvdr-WOO-2025-0147⟩"],
         ["Behandeld door", "⟦P|F.C. Boerhaave-Lindqvist⟧"],
         ["Onderwerp", "Besluit op uw Woo-verzoek"]]),
    P("Geachte heer ⟦P|Oudemans⟧,"),
    P("Bij brief van 3 maart 2025 heeft u verzocht om openbaarmaking van documenten over de bedrijfsvoering van de " + RBG +
      ". Bij brief van 28 maart 2025 is de beslistermijn met twee weken verdaagd; op 14 april heeft u ingestemd met een "
      "verdere verlenging tot 2 juni 2025. In deze brief besluiten de " + RVDR + " en het bestuur van de " + RBG + " op uw verzoek."),
    H2("1. Besluit"),
    P("Wij maken 33 documenten (deels) openbaar. De documenten staan op de inventarislijst (bijlage 1). Eén document (de "
      "melding aan de ⟨O|Dienst Bewaken en Beveiligen⟩ van 17 januari 2025) maken wij niet openbaar op grond van artikel "
      "5.1, tweede lid, aanhef en onder h, van de ⟨W|Woo⟩ (beveiliging van personen)."),
    H2("2. Overwegingen"),
    P("**Persoonsgegevens (artikel 5.1, tweede lid, onder e, ⟨W|Woo⟩).** Namen, e-mailadressen, directe telefoonnummers, paraafcodes "
      "en handtekeningen van medewerkers van de rechtspraak, van de leveranciers en van het beveiligingsbedrijf zijn "
      "onleesbaar gemaakt. Deze medewerkers treden niet uit hoofde van hun functie in de openbaarheid. Dat geldt ook voor de "
      "gegevens van bezoekers, melders en derden. Namen van de president van de rechtbank en van bewindspersonen, Kamerleden "
      "en burgemeesters zijn niet weggelakt, omdat zij in hun publieke rol optreden."),
    P("**Bijzondere persoonsgegevens (artikel 5.1, eerste lid, onder d, ⟨W|Woo⟩).** Gegevens over gezondheid, "
      "godsdienst en strafrechtelijke gegevens van personen zijn niet openbaar gemaakt. Hiervoor geldt een absolute "
      "uitzonderingsgrond."),
    P("**Identificatienummers (artikel 5.1, eerste lid, onder e, ⟨W|Woo⟩).** Burgerservicenummers zijn weggelakt."),
    P("**Rechtsprekende taak.** Stukken uit procesdossiers, zoals de dossiers in zaken ⟨C|C/05/429911 / KG ZA 24-388⟩ en "
      "⟨C|10412345 CV EXPL 24-8810⟩, vallen niet onder de ⟨W|Woo⟩ (artikel 2.2 ⟨W|Woo⟩ juncto de ⟨W|Wet op de rechterlijke organisatie⟩). "
      "Alleen de zaaknummers zijn in de documenten leesbaar gebleven."),
    ("pagebreak",),
    H2("3. Nevenfuncties"),
    P("Nevenfuncties van rechters worden gepubliceerd in het openbare register op ⟨X|rechtspraak.nl⟩. De interne beoordeling "
      "van een melding maken wij openbaar, met uitzondering van de naam van de rechter voor zover die niet in het register "
      "staat en van een vrijwillig gemelde kerkelijke functie (bijzonder persoonsgegeven)."),
    H2("4. Wijze van openbaarmaking"),
    P("De documenten worden gepubliceerd op ⟨X|open.overheid.nl⟩ en aan u toegezonden. Uw eigen naam en adres worden bij "
      "publicatie onleesbaar gemaakt."),
    H2("5. Bezwaar"),
    P("Tegen dit besluit kunt u binnen zes weken bezwaar maken. Stuur uw bezwaarschrift aan de " + RVDR + ", Postbus 90613, "
      "2509 LP ⟨L|Den Haag⟩, of per e-mail aan ⟨F|bezwaar.woo@rechtspraak.nl⟩."),
    P("Hoogachtend,<br/>de " + RVDR + ",<br/>namens deze,"),
    ("spacer", 8),
    P("⟨J|directeur Bestuursondersteuning⟩"),
    P("het bestuur van de " + RBG + ",<br/>⟨R|president Kleinjan⟩ (getekend)"),
], font="LiberationSerif", size=10.5)

# ---------------------------------------------------------------------------------------------- db29
doc("db29", "reportlab", [
    H("Bijlage 1 – Inventarislijst Woo-verzoek ⟨C|Rvdr-WOO-2025-0147⟩"),
    tab([["Nr", "Document", "Datum", "Beoordeling", "Grond", "Opmerking"],
         ["1", "Woo-verzoek", "03-03-2025", "deels openbaar", "5.1.2e", "gegevens verzoeker"],
         ["2", "Ontvangstbevestiging", "10-03-2025", "deels openbaar", "5.1.2e", ""],
         ["3", "E-mailwisseling storing zaaksysteem", "19-11-2024", "deels openbaar", "5.1.2e", "⟨C|INC-2024-118342⟩"],
         ["4", "Major Incident Report", "22-11-2024", "deels openbaar", "5.1.2e", "⟨O|Dataplein Infra B.V.⟩"],
         ["5", "Teams-chat griffie civiel", "18-11-2024", "deels openbaar", "5.1.2e, 5.1.1d", ""],
         ["6", "Verslag teamoverleg civiel", "09-12-2024", "deels openbaar", "5.1.2e, 5.1.1d", ""],
         ["9", "Incidentmelding beveiliging", "16-01-2025", "deels openbaar", "5.1.2e, 5.1.1d, 5.1.1e", "⟨C|BEV-2025-0012⟩"],
         ["10", "Verklaring bezoeker (handgeschreven)", "16-01-2025", "deels openbaar", "5.1.2e, 5.1.1d", ""],
         ["12", "Mutatierapport politie", "16-01-2025", "deels openbaar", "5.1.2e, 5.1.1d, 5.1.1e", "⟨C|PL0600-2025016342⟩"],
         ["13", "Klacht medewerker", "27-01-2025", "deels openbaar", "5.1.2e, 5.1.1d", "⟨C|KOO-2025-003⟩"],
         ["15", "Melding nevenfunctie", "04-02-2025", "deels openbaar", "5.1.2e, 5.1.1d", ""],
         ["19", "Minutes contract review", "05-02-2025", "deels openbaar", "5.1.2e", ""],
         ["21", "Brief aan de minister van JenV", "24-02-2025", "deels openbaar", "5.1.2e", "⟨C|Rvdr/2025/0312⟩"],
         ["24", "Brief toegangsverbod", "22-01-2025", "deels openbaar", "5.1.2e", "⟨C|RBGEL/BS/2025-011⟩"],
         ["34", "Melding DBB", "17-01-2025", "niet openbaar", "5.1.2h", "beveiliging van personen"]],
        cw=(10, 75, 25, 30, 45, 60)),
    S("Documenten 7, 8, 11, 14, 16–18, 20, 22, 23 en 25–33 zijn opgenomen in het volledige overzicht van het "
      "dossier; deze uitsnede toont de documenten met een afwijkende grond. Opgesteld door het Woo-team (⟦P|FBL⟧, ⟦P|TWI⟧)."),
    S("Paraafcodes Woo-team: ⟦P|FBL⟧ = ⟦P|F. Boerhaave-Lindqvist⟧; ⟦P|TWI⟧ = ⟦P|T. Wiersma⟧."),
], font="Helvetica", size=9, landscape=True)

# ---------------------------------------------------------------------------------------------- db30
doc("db30", "reportlab", [
    P("**From:** ⟦P|Zeldenrust, Frank⟧ &lt;⟦E|f.zeldenrust@rechtspraak.nl⟧&gt;<br/>**Sent:** Thursday, 9 January 2025 16:31<br/>"
      "**To:** ⟨F|teamleiding.handel.rbgel@rechtspraak.nl⟩<br/>**Subject:** FW: verzuim team handel week 2"),
    P("Ter info, zie hieronder. Planning graag aanpassen. ⟦P|FZ⟧"),
    P("________________________________<br/>**From:** ⟦P|Zeldenrust, Frank⟧<br/>**Sent:** Thursday, 9 January 2025 16:05<br/>"
      "**To:** ⟦P|Dijkhuizen, Ruud⟧<br/>**Subject:** verzuim team handel week 2"),
    P("⟦P|Ruud⟧,"),
    P("Overzicht voor de planning van de komende weken:"),
    tab([["Medewerker", "Functie", "Status", "Verwachting"],
         ["⟦P|E. Brouwer-Kamphuis⟧", "juridisch medewerker", "ziek sinds 06-01, ⟦S|zwangerschapsgerelateerd⟧", "onbekend"],
         ["⟦P|K. Wolters⟧", "griffier", "zorgverlof (kind ⟦S|opgenomen in Rijnstate⟧)", "20-01-2025"],
         ["⟦P|J. Hoekstra⟧", "juridisch medewerker", "gedeeltelijk hersteld (50%) ⟦S|na knieoperatie⟧", "03-02-2025"],
         ["⟦P|M. van den Akker⟧", "griffier", "⟦S|burn-out⟧, bedrijfsarts ⟨O|Arbo Unie⟩", "niet voor maart"]], cw=(38, 35, 62, 30)),
    P("Zittingen van ⟦P|Esther⟧ en ⟦P|Kim⟧ gaan naar ⟦P|Bregje⟧ en de inhuurkrachten van ⟨O|Yacht⟩ zodra die er zijn."),
    P("Met vriendelijke groet,<br/>⟦P|Frank Zeldenrust⟧<br/>⟨J|Teamleider⟩ team handel | " + RBG + "<br/>⟦T|06-29038471⟧"),
    S("Noot P&O (toegevoegd bij de Woo-beoordeling): het doorsturen van dit overzicht aan de teamleiding is gemeld als "
      "mogelijk datalek bij de ⟨X|Functionaris Gegevensbescherming⟩ (melding ⟨C|DL-2025-0009⟩)."),
], font="Carlito", size=10.5, hidden={"xmp": ["F. Zeldenrust", "R. Scheepmaker"]},
    hidden_probes=[("PERSON", "F. Zeldenrust", "metadata"), ("PERSON", "R. Scheepmaker", "metadata")])

# ---------------------------------------------------------------------------------------------- db31
doc("db31", "docx", [
    H("Notitie screening externe medewerker"),
    tab([["Kenmerk", "⟨C|Rvdr/INK/2025-022⟩ (vertrouwelijk)"],
         ["Datum", "30 januari 2025"],
         ["Van", "⟦P|J.A. Vreeswijk⟧ (contractmanagement)"],
         ["Aan", "⟨O|Integriteitsbureau⟩ ⟨O|Raad voor de rechtspraak⟩, t.a.v. ⟦P|mr. P. Slotboom⟧"]], head=False),
    P("De leverancier ⟨O|Dataplein Infra B.V.⟩ heeft laten weten dat de ⟨X|Verklaring Omtrent het Gedrag⟩ (VOG) van de "
      "engineer ⟦P|Bas Hulshof⟧ (geboren ⟦D|02-09-1988⟧) op 12 januari 2025 is verlopen. Bij de nieuwe aanvraag heeft ⟨O|Justis⟩ "
      "een voornemen tot weigering gestuurd, omdat ⟦S|hij in 2023 is veroordeeld voor computervredebreuk bij een vorige werkgever⟧."),
    P("De heer ⟦P|Hulshof⟧ had tot 12 januari beheerrechten op de netwerkomgeving van de locaties ⟨L|Arnhem⟩ en ⟨L|Zutphen⟩. "
      "⟦P|Priya Ramdin⟧ (⟨O|spir-it⟩) heeft zijn accounts op 13 januari geblokkeerd; uit de logbestanden blijkt geen "
      "afwijkende activiteit."),
    P("Advies: de leverancier aanspreken op artikel 14 van de ⟨X|ARBIT⟩-voorwaarden (screening personeel) en de ⟨X|BIO⟩-"
      "maatregel 7.1.1. De ⟨O|Auditdienst Rijk⟩ neemt dit mee in het onderzoek naar leveranciersmanagement."),
    P("Contactgegevens leverancier: ⟦P|Marco Stuivenberg⟧, ⟦T|+31 6 29384756⟧; HR leverancier: ⟨F|hr@dataplein-infra.nl⟩."),
    P("⟦P|JVR⟧"),
], font="Liberation Serif", size=11, author="Rechtspraak")

# ---------------------------------------------------------------------------------------------- db32
doc("db32", "reportlab", [
    H("Vraag-en-antwoordlijst pers: ICT-storing en veiligheid Rechtbank Gelderland"),
    S("Versie 3 – 10 maart 2025 – ⟨O|Raad voor de rechtspraak⟩, afdeling Communicatie. Niet voor verspreiding."),
    P("**V: Klopt het dat de rechtbank in november een dag plat lag?**<br/>A: Op 18 november 2024 was het digitale zaaksysteem "
      "van de " + RBG + " ongeveer 18 uur niet bereikbaar door een verlopen certificaat bij een leverancier. Veertien zittingen "
      "zijn aangehouden en binnen vier weken opnieuw gepland."),
    P("**V: Wie is de leverancier?**<br/>A: Wij noemen geen namen van leveranciers in de media. (Intern: ⟨O|Dataplein Infra B.V.⟩, "
      "contactpersoon ⟦P|M. Stuivenberg⟧.)"),
    P("**V: Was er een aanslag op een rechter?**<br/>A: Nee. Op 16 januari 2025 heeft de beveiliging bij de ingang van het "
      "⟨X|Paleis van Justitie⟩ in ⟨L|Arnhem⟩ een bezoeker met een mes tegengehouden. De politie heeft de man meegenomen. "
      "Over de persoon doen wij geen mededelingen. (Intern: de rechter was mr. ⟦P|Verkerk⟧; hij is geïnformeerd door ⟦P|HM⟧.)"),
    P("**V: Hoe groot zijn de achterstanden?**<br/>A: Landelijk kampt de rechtspraak met achterstanden. In Gelderland lagen op 1 "
      "december 2024 3.326 zaken boven de norm. Met extra zittingsdagen en inhuur werkt de rechtbank die weg. "
      "⟨R|Minister Van Weel⟩ heeft de Kamer hierover geïnformeerd."),
    P("**V: Hebben rechters nevenfuncties bij bedrijven?**<br/>A: Alle nevenfuncties van rechters staan in het openbare "
      "register op ⟨X|www.rechtspraak.nl⟩. Het bestuur beoordeelt elke melding aan de ⟨X|Leidraad onpartijdigheid en nevenfuncties in de rechtspraak⟩."),
    P("**V: Klopt het dat medewerkers een klacht hebben ingediend?**<br/>A: Over individuele medewerkers doen wij geen mededelingen."),
    S("Woordvoering: ⟨F|persvoorlichting@rechtspraak.nl⟩, ⟨F|070 361 9700⟩ (persdienst, 24/7). Opgesteld: ⟦P|Lotte Vermeulen-Dekker⟧ "
      "(⟦E|l.vermeulen@rechtspraak.nl⟧, ⟦T|06-12093847⟧); afgestemd met ⟦P|Joost⟧ (⟦P|JVR⟧) en ⟦P|Saskia⟧ (⟦P|SLK⟧)."),
], font="Carlito", size=10, author="", title="Q&A pers v3")

# ---------------------------------------------------------------------------------------------- db33
doc("db33", "docx", [
    H("Rapportage beveiligingsscan gerechtsgebouwen Gelderland 2024"),
    P("Uitgevoerd door: ⟨O|Team Bedreigingen en Incidenten⟩, ⟨O|Raad voor de rechtspraak⟩. Auditoren: ⟦P|T. van der Schaaf⟧ en "
      "⟦P|N. Koçak⟧. Datum rapport: 28 november 2024. Rubricering: Dep. V."),
    H2("1. Scope"),
    P("De scan betreft de gebouwen van de " + RBG + " in ⟨L|Arnhem⟩ (⟨M|Walburgstraat 2-4⟩), ⟨L|Nijmegen⟩ (⟨M|Kronenburgersingel⟩), "
      "⟨L|Zutphen⟩ en ⟨L|Apeldoorn⟩. De scan is gebaseerd op het ⟨X|Kader beveiliging "
      "gerechtsgebouwen⟩ en de ⟨X|Huisregels gerechtsgebouwen⟩."),
    H2("2. Bevindingen per locatie"),
    tab([["Locatie", "Bevinding", "Risico", "Contactpersoon locatie"],
         ["⟨L|Arnhem⟩", "Toegangspoort publieksingang: scanner en poortje; wachtrij staat buiten op straat", "Midden", "⟦P|H. Mulderij⟧"],
         ["⟨L|Nijmegen⟩", "Personeelsingang aan de ⟨S|Van Schaeck Mathonsingel⟩ niet bemand na 17:00", "Hoog", "⟦P|P. Janssen-Oomen⟧"],
         ["⟨L|Zutphen⟩", "Zittingszaal 3 zonder tweede vluchtweg voor de rechter", "Midden", "⟦P|S. Baykal⟧"],
         ["⟨L|Apeldoorn⟩", "Camerabeelden worden lokaal op een pc bewaard, geen logging", "Hoog", "⟦P|T. Roelofsen⟧"]]),
    H2("3. Incidentcijfers 2024"),
    P("In 2024 zijn 61 incidenten geregistreerd (2023: 44): 23 keer agressie tegen medewerkers, 11 keer bedreiging van een "
      "rechter, 18 keer het aantreffen van een wapen of gevaarlijk voorwerp bij de toegangscontrole, 9 overige. Bij 7 incidenten "
      "is aangifte gedaan. Ter vergelijking: landelijk stegen de incidenten met 21% (jaarverslag ⟨O|Rechtspraak⟩)."),
    ("pagebreak",),
    H2("4. Aanbevelingen"),
    P("1. Overkapping en tweede poort bij de publieksingang in ⟨L|Arnhem⟩.<br/>2. Bemensing of toegangscontrole met pas en camera "
      "bij de personeelsingang in ⟨L|Nijmegen⟩.<br/>3. Camerabeelden centraal opslaan volgens de ⟨X|BIO⟩, bewaartermijn 28 dagen.<br/>"
      "4. Training 'omgaan met agressie' voor griffiers en bodes, via het ⟨O|SSR⟩."),
    H2("5. Reactie bestuur"),
    P("Het bestuur neemt de aanbevelingen over (brief van ⟨R|president Kleinjan⟩ van 12 december 2024). Voor aanbeveling 1 is "
      "overleg nodig met het ⟨O|Rijksvastgoedbedrijf⟩ en de gemeente ⟨L|Arnhem⟩ in verband met de monumentenstatus."),
    P("Vragen over dit rapport: ⟨F|tbi@rechtspraak.nl⟩. Auditor ⟦P|Van der Schaaf⟧ is bereikbaar op ⟦T|06-30495817⟧."),
], font="Carlito", author="Rechtspraak")

# ---------------------------------------------------------------------------------------------- db34
doc("db34", "reportlab", [
    H("Presentielijst training 'Omgaan met agressie en bedreiging'"),
    hdr([["Datum", "28 januari 2025, 13:00–17:00"],
         ["Locatie", RBG + ", ⟨M|Walburgstraat 2-4⟩, ⟨L|Arnhem⟩, zaal 0.08"],
         ["Trainer", "⟦P|Marieke Holtslag⟧ (⟨O|Studiecentrum Rechtspleging⟩ / ⟨O|SSR⟩)"],
         ["Aanleiding", "incident 16 januari 2025 (⟨C|BEV-2025-0012⟩); aanbeveling 4 beveiligingsscan 2024"]], cw=(30, 140)),
    tab([["Nr", "NAAM (blokletters)", "Functie", "Team / locatie", "Paraaf"],
         ["1", "⟦P|BREGJE NIJHUIS⟧", "⟨J|griffier⟩", "kanton ⟨L|Arnhem⟩", "⟦P|BN⟧"],
         ["2", "⟦P|GERT-JAN PELGRIM⟧", "⟨J|bode⟩", "facilitair", "⟦P|GJP⟧"],
         ["3", "⟦P|NAIMA OULAD ALI⟧", "⟨J|beveiliger⟩", "⟨O|Trigion⟩", "⟦P|NOA⟧"],
         ["4", "⟦P|ERWIN BOSCH⟧", "⟨J|beveiliger⟩", "⟨O|Trigion⟩", "⟦P|EB⟧"],
         ["5", "⟦P|YOUSSEF EL AMRANI⟧", "⟨J|griffier⟩", "handel ⟨L|Arnhem⟩", "⟦P|YEA⟧"],
         ["6", "⟦P|TAMARA ROELOFSEN⟧", "⟨J|teamleider⟩", "kanton ⟨L|Apeldoorn⟩", "⟦P|TR⟧"],
         ["7", "⟦P|SELIN BAYKAL⟧", "⟨J|teamleider⟩", "strafrecht ⟨L|Zutphen⟩", "⟦P|SB⟧"],
         ["8", "⟦P|PIETER GROENEWEGEN⟧", "⟨J|teamleider⟩", "bestuursrecht", "afgemeld"],
         ["9", "⟦P|VAN DEN AKKER, M.⟧", "⟨J|griffier⟩", "handel ⟨L|Arnhem⟩", "afwezig (ziek)"],
         ["10", "⟦P|DE WIT-HAKKERT, E.J.⟧", "⟨J|sectorvoorzitter⟩", "bestuur", "⟦P|EWH⟧"],
         ["11", "⟦P|RIA HAVERKAMP⟧", "⟨J|administratief medewerker⟩", "informatiebalie", "⟦P|RH⟧"],
         ["12", "⟦P|'T HOF, A. VAN⟧", "⟨J|teamvoorzitter⟩", "handel ⟨L|Arnhem⟩", "⟦P|AvtH⟧"]],
        cw=(10, 50, 40, 40, 30)),
    P("Deelnemers van ⟨O|Trigion⟩ volgen de training op kosten van de rechtbank (kostenplaats ⟨C|KP 4120⟩). Evaluatieformulieren "
      "gaan naar ⟨F|opleidingen.rbgel@rechtspraak.nl⟩. Nagekomen afmelding: ⟦P|Groenewegen⟧ (zitting uitgelopen)."),
], font="DejaVuSans", size=9.5)

# ---------------------------------------------------------------------------------------------- db35
doc("db35", "reportlab", [
    P("**⟨O|Advocatenkantoor Rijnoever⟩**<br/>advocaten en mediators<br/>⟨L|Arnhem⟩ · ⟨L|Doetinchem⟩"),
    ("spacer", 4),
    hdr([["Aan", "het bestuur van de " + RBG + "<br/>Postbus 9030, 6800 EM ⟨L|Arnhem⟩"],
         ["Datum", "28 februari 2025"],
         ["Uw kenmerk", "⟨C|RBGEL/BS/2025-011⟩"],
         ["Ons kenmerk", "⟨C|2025.0188⟩/⟦P|MvE⟧"],
         ["Behandelaar", "mr. ⟦P|M.J. van Eck⟧, ⟦E|vaneck@rijnoever-advocaten.nl⟧, ⟦T|06-15829304⟧"],
         ["Betreft", "bezwaar toegangsverbod cliënt ⟦P|D.J. Weeda⟧"]], cw=(30, 140)),
    P("Edelachtbaar college,"),
    P("Namens mijn cliënt, de heer ⟦P|Dirk-Jan Weeda⟧, wonende te ⟨L|Arnhem⟩, maak ik bezwaar tegen het besluit van de president "
      "van 22 januari 2025 waarbij cliënt voor drie maanden de toegang tot de gerechtsgebouwen is ontzegd. Het bezwaar is tijdig "
      "(artikel 6:7 ⟨W|Algemene wet bestuursrecht⟩)."),
    P("Cliënt betwist niet dat hij op 16 januari een zakmes bij zich had. Hij gebruikt het als ⟨J|hovenier⟩ bij zijn werk en was "
      "vergeten het uit zijn tas te halen. De uitlating richting de rechter moet worden gezien in het licht van zijn toestand op dat "
      "moment: cliënt ⟦S|is insulineafhankelijk diabeet en had een ernstige hypoglykemie⟧, wat verwardheid en prikkelbaarheid "
      "veroorzaakt. Een verklaring van zijn huisarts, ⟦P|dr. W. Haverkort⟧ te ⟨L|Velp⟩, is bijgevoegd."),
    P("Het verbod is onevenredig. Cliënt is partij in een lopende huurzaak (⟨C|10412345 CV EXPL 24-8810⟩) en heeft belang bij "
      "toegang tot de griffie. De ⟨X|Huisregels gerechtsgebouwen⟩ bieden ruimte voor een lichtere maatregel, zoals begeleiding "
      "door de beveiliging. Ik verzoek u het besluit te herroepen en cliënt te horen (artikel 7:2 ⟨W|Awb⟩)."),
    P("Hoogachtend,"),
    ("spacer", 8),
    P("mr. ⟦P|M.J. van Eck⟧<br/>⟨J|advocaat⟩"),
    S("Bijlage: verklaring huisarts (medisch, vertrouwelijk); machtiging cliënt. ⟨O|Advocatenkantoor Rijnoever⟩ is ingeschreven bij de "
      "⟨O|Kamer van Koophandel⟩ onder nummer ⟨C|71234590⟩. Algemeen: ⟨F|info@rijnoever-advocaten.nl⟩."),
], font="Times-Roman", size=11, author="", hidden={"author": "mr. Maarten van Eck"}, hidden_probes=[("PERSON", "Maarten van Eck", "metadata")])
