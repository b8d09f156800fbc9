"""Set AA: second pages (older messages, appendices, continuation) appended to documents by id."""

from people import a, bsn, e, i, iban, k, p, t

EXTRA = {}

EXTRA["aa03"] = [
    ("pb",),
    ("h2", "Bijlage: meldingen december 2024 - januari 2025"),
    ("table", [["Datum", "Melder", "Locatie", "Schade", "Telefoon melder"],
               ["02-12", p("Geesje Mulderij-Smeenk"), "Grolloo", "3 schapen", t("06-38 20 19 44")],
               ["15-12", p("Harm Jan Bosscher", "H.J. Bosscher"), "Gasteren", "1 kalf", t("0592 27 31 08")],
               ["29-12", p("Fokje Vos-Wiegersma"), "Anderen", f"geen ({k('vos', 'WORD')})", t("06 1107 8822")],
               ["08-01", p("Lambertus Oldenhave"), "Rolde", "5 schapen", t("06-40 32 77 01")]], ),
    ("p", f"Taxatie door {k('BIJ12', 'ORG')}; uitbetaling via {k('Faunafonds', 'ORG')}. Contactpersoon bij de provincie: {p('Roos Wolf', 'Roos')}."),
]

EXTRA["aa06"] = [
    ("pb",),
    ("h2", "Gespreksverslag 22 januari 2025 (hoor en wederhoor)"),
    ("lines", [
        f"Aanwezig: {p('Aryan Kapoorsingh', 'A. Kapoorsingh')}, {p('Lieke Ruiterdink-Haasnoot', 'L. Ruiterdink')}, {p('Pepijn Veldhorst', 'P. Veldhorst')}",
        f"{p('Lieke Ruiterdink-Haasnoot', 'Ruiterdink')}: U weet waarom u hier bent?",
        f"{p('Aryan Kapoorsingh', 'Kapoorsingh')}: Ja. Ik heb die reizen echt gemaakt. {p('Nuno Baptista Évora', 'Nuno')} heeft het rooster niet goed bijgehouden.",
        f"{p('Lieke Ruiterdink-Haasnoot', 'Ruiterdink')}: Heeft u bewijs?",
        f"{p('Aryan Kapoorsingh', 'Kapoorsingh')}: De {k('OV-chipkaart', 'PRODUCT')}-gegevens en de agenda in {k('Outlook', 'PRODUCT')}. Mijn leidinggevende {p('Hennie Tromp-Lagerwey')} kan het bevestigen.",
        f"{p('Pepijn Veldhorst', 'Veldhorst')}: Ik wil benadrukken dat dit een vertrouwelijk gesprek is.",
    ]),
    ("p", f"Afspraak: {p('Hennie Tromp-Lagerwey', 'Tromp-Lagerwey')} wordt om een verklaring gevraagd ({e('h.tromp@dji.minjus.nl')}). Het {k('Bureau Integriteit Rijk', 'ORG')} ontvangt een afschrift."),
]

EXTRA["aa07"] = [
    ("pb",),
    ("h2", "Ondersteuningsplan"),
    ("table", [["Doel", "Ondersteuning", "Wie", "Evaluatie"],
               ["Veilig traplopen", "Traplift (offerte via Welzorg)", p("Rishma Kalloesingh", "R. Kalloesingh"), "mei 2025"],
               ["Schoon huis", "Huishoudelijke hulp 2 uur/week", k("Zorgcentrum De Heemswijk", "ORG"), "juni 2025"],
               ["Sociaal contact", f"Dagbesteding {k('Buurtcentrum De Kolk', 'ORG')}", p("Shurenska Lourensberg", "Shurenska"), "juni 2025"]]),
    ("p", f"Mevrouw {p('Jozefien Lourensberg-Statia', 'Lourensberg-Statia')} gaat akkoord met het plan. Handtekening cliënt: zie origineel. Zoon {p('Ezequiel Lourensberg')} ({a('Zuiddijk 220, 1501 CR Zaandam')}) is tweede contactpersoon."),
]

EXTRA["aa09"] = [
    ("table", [["Nr", "Document", "Datum", "Van", "Aan", "Beoordeling", "Grond", "Toelichting"]]
     + [[str(10 + n), d, dt, v, to, b, g, tl] for n, (d, dt, v, to, b, g, tl) in enumerate([
         ("Mail: reactie Logius", "12-03-2025", p("Wendelijn Nauta", "Nauta, W."), p("Roelof Aukema-Sybesma", "Aukema-Sybesma, R."), "Deels openbaar", "5.1.2e", ""),
         ("Transcript storing DigiD", "07-03-2025", p("Roelof Aukema-Sybesma", "Aukema-Sybesma, R."), "-", "Deels openbaar", "5.1.2e, 5.1.2i", "Beveiliging"),
         ("Jira WOOP-412", "05-03-2025", p("Mihail Dobrescu-Aalders", "Dobrescu-Aalders, M."), p("Kateryna Bilousenko", "Bilousenko, K."), "Deels openbaar", "5.1.2e", ""),
         ("Mail Kamerlid", "14-03-2025", k("Kamerlid Kathmann", "PUBLIC"), k("staatssecretaris Szabó", "PUBLIC"), "Openbaar", "", "Reeds openbaar"),
         ("Teams-chat kernteam", "10-03-2025", p("Ayaan Xirsi Cabdulle", "Xirsi Cabdulle, A."), p("Wybren Hoogterp", "Hoogterp, W."), "Deels openbaar", "5.1.2e", ""),
         ("Nota SG", "17-03-2025", p("Djoeke Ypma", "Ypma, D."), k("SG BZK", "ROLE"), "Niet openbaar", "5.2.1", "Persoonlijke beleidsopvattingen"),
         ("Versiegeschiedenis Kamerbrief", "18-03-2025", p("Ngozi Adebayo-Martens", "ADEBAYO-MARTENS, N."), "-", "Openbaar", "", ""),
         ("Agenda Thorbecke-lezing", "19-03-2025", k("Huis van Thorbecke", "BUILDING"), p("Annemieke Klaverdijk", "Klaverdijk, A."), "Deels openbaar", "5.1.2e", ""),
     ])]),
]

EXTRA["aa12"] = [
    ("pb",),
    ("kv", [("Van:", f"{p('Liesbeth Dammersveld', 'Dammersveld, Liesbeth (BZK-FEZ)')}"), ("Verzonden:", "maandag 10 maart 2025 17:20"),
            ("Aan:", f"{p('Fenna Brouckaert-Tiel', 'Brouckaert-Tiel, Fenna (DGOO-AOK)')}"), ("Onderwerp:", "kosten overleg")]),
    ("p", f"{p('Fenna Brouckaert-Tiel', 'Fenna')}, de kosten voor het overleg (zaalhuur {k('Nieuwspoort', 'ORG')} en catering) kunnen ten laste van artikel 6. Ik heb het in {k('SAP', 'PRODUCT')} vastgelegd onder WBS 6.2.1. "
          f"Als {p('Koen Rijkenbergh', 'Rijkenbergh')} ook een rekening heeft, graag via mij."),
    ("p", f"{p('Liesbeth Dammersveld', 'Liesbeth')}<br>{k('FEZ', 'ACRONYM')} | bereikbaar ma-do | {t('06-29 40 18 52')}"),
    ("hr",),
    ("kv", [("Van:", f"{p('Anneloes Bos', 'Bos, Anneloes (DGOO)')}"), ("Verzonden:", "maandag 10 maart 2025 11:03"),
            ("Aan:", f"{p('Fenna Brouckaert-Tiel', 'Brouckaert-Tiel, Fenna (DGOO-AOK)')}; {p('Obinna Ugochukwu-Dressel', 'Ugochukwu-Dressel, Obinna (DGOO-AOK)')}"), ("Onderwerp:", "Woo-overleg")]),
    ("p", f"Beste {p('Fenna Brouckaert-Tiel', 'Fenna')} en {p('Obinna Ugochukwu-Dressel', 'Obinna')}, het {k('IPO', 'ACRONYM')} vraagt een overleg over de {k('Woo', 'LAW')}-termijnen. {k('Gedeputeerde Van den Berg', 'PUBLIC')} wil het onderwerp agenderen. "
          f"Kunnen jullie een datum prikken? Groet, {p('Anneloes Bos', 'Anneloes')} ({t('06-11 73 49 20')})"),
]

EXTRA["aa13"] = [
    ("pb",),
    ("kv", [("From:", f"{p('Zlata Hornychuk', 'Hornychuk, Zlata (EZ-DGKGG)')}"), ("Sent:", "Wednesday, 5 March 2025 18:02"),
            ("To:", f"{p('Jomo Mensah-Attoh', 'Mensah-Attoh, Jomo (BZ-DIE)')}"), ("Cc:", f"{p('Bram Tenkinkel', 'Tenkinkel, Bram (Fin-FEZ)')}"),
            ("Subject:", f"RE: {k('EU', 'ACRONYM')} {k('Data Act', 'LAW')}")]),
    ("p", f"Hi {p('Jomo Mensah-Attoh', 'Jomo')}, from {k('EZ', 'ACRONYM')}'s side no objections. {k('Minister Beljaarts', 'PUBLIC')} will want to mention the {k('SME', 'ACRONYM')} exemption. "
          f"{p('Bram Tenkinkel', 'Bram')} asks about the costs for the {k('RDI', 'ACRONYM')} as supervisor. Regards, {p('Zlata Hornychuk', 'Zlata')} (mob. {t('+31 6 4318 0267')})"),
    ("hr",),
    ("kv", [("From:", f"{p('Bram Tenkinkel', 'Tenkinkel, Bram (Fin-FEZ)')}"), ("Sent:", "Wednesday, 5 March 2025 18:40"),
            ("To:", f"{p('Zlata Hornychuk', 'Hornychuk, Zlata (EZ-DGKGG)')}"), ("Subject:", "RE: RE: Data Act")]),
    ("p", f"{p('Zlata Hornychuk', 'Zlata')}, for the {k('RDI', 'ACRONYM')} we estimate EUR 1.2 mln structurally. {k('Minister Heinen', 'PUBLIC')} has not been informed yet; {p('Tenkinkel', 'Tenkinkel')} = me, so ask me directly. "
          f"{k('Ceteris paribus', 'LATIN')} this fits within the {k('BNC', 'ACRONYM')} framework. — {p('Bram Tenkinkel', 'Bram')}, {e('b.tenkinkel@minfin.nl')}"),
]

EXTRA["aa14"] = [
    ("pb",),
    ("h2", "Bijlage: conceptagenda"),
    ("table", [["Tijd", "Onderwerp", "Inleider"],
               ["13:30", "Opening", k("minister Keijzer", "PUBLIC")],
               ["13:40", f"Stand {k('Woontop', 'EVENT')}-afspraken", p("Nathaniël Oppedijk", "N. Oppedijk")],
               ["14:05", f"Cijfers {k('CBS', 'ACRONYM')} en {k('ABF Research', 'ORG')}", p("Marieke Hoek", "M. Hoek")],
               ["14:30", "Financiering en fiscaliteit", p("Sanjay Bhoendie", "S. Bhoendie")],
               ["14:50", f"Rol gemeenten ({k('burgemeester Van Zanen', 'PUBLIC')})", "-"]]),
    ("p", f"Voorbereiding: {p('Hilde Rozenbroek-Akkermans', 'Hilde')} ({t('06-50 91 33 27')}). Secretariaat: {k('secretariaat-dgvh@minvro.nl', 'MAILBOX')}."),
]

EXTRA["aa16"] = [
    ("pb",),
    ("mono", "\n".join([
        f"[04-03-25 06:58:12] {p('Pim Haan')}: Vannacht rustig. 12 mensen sliepen in de wachtruimte.",
        f"[04-03-25 07:04:40] {p('Nkechi Obiakor-Vlam')}: {k('IND', 'ACRONYM')} heeft 20 extra gehoorslots gegeven",
        f"[04-03-25 07:05:10] {p('Lotte Vanderschuyt-Pieters', 'Lotte V-P')}: top! {p('Nkechi Obiakor-Vlam', 'Nkechi')} je bent een held",
        f"[04-03-25 07:30:51] {p('Yonas Tewolde-Berhane')}: Gedeputeerde {k('Gräper-van Koolwijk', 'PUBLIC')} belde, wil donderdag ook mee met minister {k('Faber', 'PUBLIC')}",
        f"[04-03-25 07:31:30] {p('Pim Haan', 'Pim')}: ok, ik regel badges. {p('Yonas Tewolde-Berhane', 'Yonas')} stuur je de lijst?",
        f"[04-03-25 07:40:02] {p('Yonas Tewolde-Berhane')}: Lijst: {p('Pim Haan', 'Haan')}, {p('Obiakor-Vlam', 'Obiakor-Vlam')}, {p('Tewolde-Berhane', 'Tewolde-Berhane')}, {p('Lotte Vanderschuyt-Pieters', 'Vanderschuyt')}",
        f"[04-03-25 08:15:19] {t('+31 6 19 02 77 41')}: ik ben {p('Sipke Dijkhuizen-Roeloffs')} van de {k('GGD Groningen', 'ORG')}, nieuw nummer. Kunnen we om 10 uur bellen?",
        f"[04-03-25 08:16:02] {p('Pim Haan', 'Pim')}: prima {p('Sipke Dijkhuizen-Roeloffs', 'Sipke')}",
    ])),
]

EXTRA["aa20"] = [
    ("lines", [
        f"<b>{p('Djoeke Ypma', 'Ypma, Djoeke')}</b> 11-03 08:45",
        f"Overigens: {k('Kamerlid Bikker', 'PUBLIC')} heeft schriftelijke vragen gesteld over de termijnen. {p('Ayaan Xirsi Cabdulle', 'Ayaan')} pakt dat op met {k('DWJZ', 'ACRONYM')}.",
        f"<b>{p('Ayaan Xirsi Cabdulle', 'Xirsi Cabdulle, Ayaan')}</b> 11-03 08:50",
        f"Yes. {p('Hoogterp', 'Hoogterp')}, kun jij het concept in {k('SharePoint', 'PRODUCT')} zetten? Dan vraag ik {p('Zuhal Yıldırımoğlu', 'Yıldırımoğlu')} mee te lezen.",
    ]),
]

EXTRA["aa22"] = [
    ("h2", "Bijlage: stukken"),
    ("p", f"1. Bezwaarschrift van {p('Vasile Munteanu-Paşcanu', 'V. Munteanu-Paşcanu')} d.d. 14 januari 2025. 2. Verweerschrift van het college, opgesteld door {p('Jurre Koppelmans', 'J. Koppelmans')}. "
          f"3. Machtiging van {p('Ilinca Munteanu', 'I. Munteanu')} ({e('ilinca.munteanu87@outlook.com')}). 4. Uitspraak {k('Rechtbank Midden-Nederland', 'ORG')}."),
    ("p", f"Het verslag is vastgesteld door de voorzitter. De {k('Nationale ombudsman', 'ORG')} is niet betrokken."),
]

EXTRA["aa25"] = [
    ("pb",),
    ("h2", "Vervolg journaal"),
    ("table", [["Datum", "Medewerker", "Notitie"],
               ["10-03-2025", i("TBo", "Thijs Bosschaart"), f"Bijzondere bijstand bril toegekend (€ 180). Uitbetaling op {iban('NL29 TRIO 7476 0826 50')}."],
               ["17-03-2025", i("GvdH", "Gijsbertha van den Heuvel-Adriaansen"), f"Signaal van {k('Kredietbank Midden-Brabant', 'ORG')}: achterstand huur bij {k('WonenBreburg', 'ORG')}. Doorverwezen naar {p('Marloes Verbrugge-Tan')} (schuldhulp, {t('013 542 98 11')})."],
               ["24-03-2025", p("Marloes Verbrugge-Tan", "Verbrugge-Tan"), f"Gesprek met {p('Abdiweli Farah Jama', 'Abdiweli')}: betalingsregeling afgesproken. {p('Amina Hassan Mohamud', 'Amina')} was niet aanwezig (ziek)."]], [24, 32, 120]),
    ("p", f"Volgende evaluatie: juli 2025 door {p('Gijsbertha van den Heuvel-Adriaansen', 'G. van den Heuvel-Adriaansen')}."),
]

EXTRA["aa31"] = [
    ("pb",),
    ("h2", "Presentielijst (vervolg)"),
    ("table", [["Naam", "Organisatie", "Handtekening"],
               [p("Thijmen Waardenburg"), "Netbeheer Nederland", ""],
               [p("Aafke Roosendaal-Meijer"), "Gemeente Zeewolde", ""],
               [p("Emmanuel Ofori-Atta"), "Provincie Flevoland", ""]], [3, 3, 2]),
    ("p", "Gedeputeerde Energie opende de sessie om 9.30 uur."),
]
