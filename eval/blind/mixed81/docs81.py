"""The 33 documents of set CM: a Woo dossier of gemeente Zwolle on subsidies and payments (2024-2025)."""
from __future__ import annotations

from persons81 import *  # noqa: F401,F403

LH = ["Gemeente Zwolle", "Grote Kerkplein 15 · Postbus 10007 · 8000 GA Zwolle",
      "Telefoon 14 038 · www.zwolle.nl"]
FOOT = "Gemeente Zwolle, Postbus 10007, 8000 GA Zwolle | 14 038 | subsidies@zwolle.nl"
WOO = "Z/25/412806"
DOCS = []


def doc(stem, producer, blocks=None, **kw):
    d = {"stem": stem, "producer": producer, "blocks": blocks or []}
    d.update(kw)
    DOCS.append(d)
    return d


def sigblock(p, func, extra=""):
    return f"{p.name}\n{func}{extra}\nT {p.phone}" + (f" | M {p.mobile}" if p.mobile else "") + f"\nE {p.email}"


# ================================================================ cm01 Woo-besluit
doc("cm01_woo_besluit", "rl", font="helv", letterhead=LH, footer=FOOT, title="Besluit op Woo-verzoek subsidies 2024",
    blocks=[
        ("p", f"Aangetekend en per e-mail ({timmerman.email})\n{timmerman.first} {timmerman.last}\n{timmerman.addr}"),
        ("sp", 8),
        ("kv", [["Datum", "12 juni 2025"], ["Ons kenmerk", WOO], ["Uw verzoek van", "3 maart 2025"],
                ["Behandeld door", f"{wolterink.name}, jurist team Juridische Zaken"],
                ["Telefoon", f"{wolterink.phone} (rechtstreeks) of 14 038"], ["E-mail", "woo@zwolle.nl"],
                ["Onderwerp", "Besluit op uw verzoek op grond van de Wet open overheid"]]),
        ("p", f"Geachte mevrouw {timmerman.last},"),
        ("p", "Op 3 maart 2025 hebben wij uw verzoek ontvangen om openbaarmaking van documenten over de subsidies "
              "die de gemeente Zwolle in 2024 heeft verleend aan verenigingen en inwoners, de betalingen die daarop "
              "zijn gedaan en de controle daarop door de accountant. U hebt uw verzoek gedaan op grond van de Wet "
              "open overheid (Woo). Op 14 april 2025 hebben wij de beslistermijn met twee weken verdaagd "
              "(artikel 4.4, tweede lid, Woo) en op 22 april 2025 hebben wij u om uitstel gevraagd; u hebt daarmee "
              "ingestemd."),
        ("h2", "1. Uw verzoek"),
        ("p", "U vraagt om: (a) de aanvragen en beschikkingen op grond van de Algemene subsidieverordening Zwolle "
              "2020 (ASV) uit het Initiatievenfonds en het Zwols Sportakkoord; (b) de crediteurenlijst en "
              "betaaloverzichten van het Programma Cultuur, Sport en Recreatie en het Programma Sociaal Domein; "
              "(c) de interne correspondentie over het subsidieplafond 2024; (d) de managementletter van BDO "
              "Audit & Assurance B.V. over de jaarrekening 2024; en (e) de beantwoording van de schriftelijke "
              "vragen van de raadsleden Wijnberg (GroenLinks) en Heuvelman (VVD)."),
        ("h2", "2. Besluit"),
        ("p", "Het college van burgemeester en wethouders besluit de documenten die op de inventarislijst "
              "(bijlage 1) staan gedeeltelijk openbaar te maken. Van 33 documenten maken wij 5 documenten geheel "
              "en 28 documenten gedeeltelijk openbaar. Welke informatie wij weglaten en waarom, leest u hieronder."),
        ("h2", "3. Zienswijzen"),
        ("p", f"Wij hebben Muziekvereniging Apollo Westenholte, Stichting Kamperpoort Leeft, Voedselbank Zwolle en "
              f"Heijmans Wegen B.V. in de gelegenheid gesteld een zienswijze te geven (artikel 4.4 Woo). "
              f"Apollo Westenholte heeft op 19 mei 2025 laten weten geen bezwaar te hebben, mits de gegevens van "
              f"de bestuursleden worden weggelaten. Mevrouw {lammertink.first} {lammertink.last} heeft dit namens "
              f"het bestuur per e-mail ({lammertink.email}) bevestigd. De overige partijen hebben niet gereageerd. De verzoeken om een zienswijze zijn gestuurd aan "
              f"{holterman.name} ({holterman.email}), {rouwenhorst.name} ({rouwenhorst.email}) en "
              f"{kuipers.name} van Heijmans ({kuipers.email})."),
        ("pb",),
        ("h2", "4. Overwegingen"),
        ("p", "Persoonlijke levenssfeer (artikel 5.1, tweede lid, aanhef en onder e, Woo). In de documenten staan "
              "namen, adressen, telefoonnummers, e-mailadressen en rekeningnummers van inwoners, bestuursleden van "
              "verenigingen, medewerkers van bedrijven en medewerkers van de gemeente die niet in de openbaarheid "
              "treden. Het belang van openbaarheid weegt niet op tegen de bescherming van hun persoonlijke "
              "levenssfeer. De namen van de burgemeester, de wethouders en de raadsleden maken wij wel openbaar, "
              "omdat zij in hun publieke functie handelen. Zo blijven de namen van wethouder Anker (financiën) en "
              "wethouder Van Willigen (sport en cultuur) leesbaar."),
        ("p", "Bijzondere persoonsgegevens (artikel 5.1, eerste lid, aanhef en onder d, Woo). Eén document bevat "
              "gegevens over de gezondheid van een aanvrager. Die gegevens maken wij niet openbaar."),
        ("p", "Identificatienummers (artikel 5.1, eerste lid, aanhef en onder e, Woo). Burgerservicenummers laten "
              "wij weg. Bankrekeningnummers (IBAN) laten wij in alle documenten weg, ook die van verenigingen, ter "
              "voorkoming van fraude (artikel 5.1, tweede lid, aanhef en onder h, Woo)."),
        ("p", "Namen van organisaties, KvK-nummers, vestigingsadressen van verenigingen en bedrijven, bedragen, "
              "zaaknummers en de namen van regelingen zijn geen persoonsgegevens en blijven openbaar."),
        ("h2", "5. Wijze van openbaarmaking"),
        ("p", f"De documenten worden binnen twee weken na dit besluit op de website van de gemeente Zwolle "
              f"geplaatst onder zaaknummer {WOO}. Een afschrift van dit besluit gaat naar de belanghebbenden die een "
              f"zienswijze konden geven."),
        ("p", "Bezwaar. Bent u het niet eens met dit besluit, dan kunt u binnen zes weken na de dag van "
              "bekendmaking bezwaar maken bij het college van burgemeester en wethouders, Postbus 10007, 8000 GA "
              "Zwolle, of via bezwaarschriften@zwolle.nl (artikel 6:7 Algemene wet bestuursrecht)."),
        ("p", "Met vriendelijke groet,\nnamens het college van burgemeester en wethouders van Zwolle,"),
        ("sp", 18),
        ("p", f"{oldenhof.name}\nteamleider Juridische Zaken"),
        ("small", "Bijlagen: 1. inventarislijst; 2. de documenten (gelakt). Afschrift: wethouder Ed Anker."),
    ])

# ================================================================ cm02 inventarislijst (hidden: annotation)
inv_rows = [["Nr.", "Document", "Datum", "Beoordeling", "Grond", "Opmerking"]]
titles = [
    ("Besluit op Woo-verzoek", "12-06-2025", "deels openbaar", "5.1.2e", ""),
    ("Inventarislijst", "12-06-2025", "openbaar", "-", ""),
    ("Subsidieaanvraag Apollo Westenholte", "15-01-2024", "deels openbaar", "5.1.2e, 5.1.2h", "IBAN"),
    ("Aanvraag Initiatievenfonds buurtfeest", "04-03-2024", "deels openbaar", "5.1.2e", ""),
    ("Beschikking verlening Apollo Westenholte", "11-03-2024", "deels openbaar", "5.1.2e", ""),
    ("Beschikking Initiatievenfonds", "25-03-2024", "deels openbaar", "5.1.2e, 5.1.2h", ""),
    ("Beschikking afwijzing Diezerpoort Samen", "02-04-2024", "deels openbaar", "5.1.2e", ""),
    ("Beschikking vaststelling Spoorzone Assendorp", "17-02-2025", "deels openbaar", "5.1.2e, 5.1.2h", ""),
    ("Factuur Heijmans Wegen B.V.", "30-09-2024", "deels openbaar", "5.1.2e", ""),
    ("Factuur workshops (eenmanszaak)", "12-07-2024", "deels openbaar", "5.1.2e, 5.1.2h", "naam zaak = naam persoon"),
    ("Crediteurenlijst Q4 2024", "15-01-2025", "deels openbaar", "5.1.2e, 5.1.2h", ""),
    ("Subsidieregister (export)", "20-01-2025", "deels openbaar", "5.1.2e, 5.1.2h", ""),
    ("E-mailwisseling subsidieplafond", "08-10-2024", "deels openbaar", "5.1.2e", ""),
    ("E-mailwisseling agenda wethouder", "21-10-2024", "deels openbaar", "5.1.2e", ""),
    ("E-mail aanvraag met medische gegevens", "06-05-2024", "deels openbaar", "5.1.1d, 5.1.2e", ""),
    ("Schriftelijke vragen ex artikel 42 RvO", "14-11-2024", "openbaar", "-", "reeds openbaar"),
    ("Beantwoording schriftelijke vragen", "10-12-2024", "deels openbaar", "5.1.2e", ""),
    ("Managementletter BDO", "28-03-2025", "deels openbaar", "5.1.2e", ""),
    ("Bezwaarschrift (handgeschreven)", "29-04-2024", "deels openbaar", "5.1.2e", ""),
    ("Brief Stichting Kamperpoort Leeft", "18-03-2024", "deels openbaar", "5.1.2e", ""),
]
for i, t in enumerate(titles, 1):
    inv_rows.append([str(i), t[0], t[1], t[2], t[3], t[4]])
doc("cm02_inventarislijst", "rl", font="dejavucond", landscape=True, size=9, footer=f"Inventarislijst bij besluit {WOO}",
    title="Inventarislijst Woo-besluit " + WOO,
    blocks=[("h1", f"Inventarislijst bij Woo-besluit {WOO}"),
            ("p", "Woo-verzoek subsidies en betalingen 2024, gemeente Zwolle. Documenten 21 tot en met 33 staan op "
                  "blad 2 van het werkbestand en zijn in deze versie samengevoegd."),
            ("table", inv_rows, [4, 40, 11, 13, 13, 20])],
    annots=[{"page": 0, "at": (760, 520), "author": wolterink.name,
             "text": f"Nr. 10: naam zaak is naam van persoon, afgestemd met {oldenhof.first} {oldenhof.last}. "
                     f"Nr. 15 nog laten checken door {yildirim.first}."}])

# ================================================================ cm03 subsidieaanvraag Apollo (association)
doc("cm03_aanvraag_apollo", "rl", font="times", size=10.5, title="Aanvraag jaarsubsidie 2024",
    blocks=[
        ("h1", "Aanvraagformulier jaarsubsidie 2024"),
        ("p", "Gemeente Zwolle – Algemene subsidieverordening Zwolle 2020 (ASV). Zenden aan: subsidies@zwolle.nl of "
              "Postbus 10007, 8000 GA Zwolle. Zaaknummer (in te vullen door de gemeente): SUB-2024-0117."),
        ("h2", "1. Gegevens van de organisatie"),
        ("kv", [["Naam organisatie", "Muziekvereniging Apollo Westenholte"],
                ["Rechtsvorm", "vereniging met volledige rechtsbevoegdheid"],
                ["KvK-nummer", "40058832"],
                ["Vestigingsadres", "Burgemeester Drijbersingel 25, 8021 DA Zwolle (repetitielokaal)"],
                ["Postadres", "secretariaat, zie contactpersoon"],
                ["E-mail organisatie", "secretariaat@apollowestenholte.nl"],
                ["IBAN organisatie", "NL25 RABO 0340 1187 66"],
                ["Ten name van", "Muziekvereniging Apollo Westenholte"]]),
        ("h2", "2. Contactpersoon en bestuur"),
        ("kv", [["Contactpersoon", f"{lammertink.name} (secretaris)"],
                ["Adres", f"{lammertink.street}, {lammertink.postcode} Zwolle"],
                ["Telefoon", lammertink.mobile], ["E-mail", lammertink.email],
                ["Voorzitter", f"{brinkhuis.name}, {brinkhuis.street}, {brinkhuis.postcode} Zwolle, {brinkhuis.mobile}"],
                ["Penningmeester", "vacant; taken waargenomen door de voorzitter"]]),
        ("h2", "3. Activiteiten"),
        ("p", "Apollo Westenholte is opgericht in 1921 en telt 64 spelende leden en 22 leerlingen. Wij vragen "
              "jaarsubsidie voor (a) de opleiding van jeugdleden in samenwerking met de Stadkamer, (b) vier "
              "openbare concerten in de wijk, waarvan één in Theater De Spiegel, en (c) het muziekproject "
              "'Westenholte speelt' met basisschoolleerlingen. De vereniging valt onder het Programma Cultuur, "
              "Sport en Recreatie en past binnen de Cultuurnota 2023-2026."),
        ("table", [["Begroting 2024", "Bedrag"], ["Dirigent en instructeurs", "€ 18.400"],
                   ["Huur repetitielokaal", "€ 6.250"], ["Instrumenten en onderhoud", "€ 4.900"],
                   ["Concerten en promotie", "€ 3.150"], ["Totaal lasten", "€ 32.700"],
                   ["Contributies", "€ 17.800"], ["Sponsoring en acties", "€ 4.100"],
                   ["Gevraagde subsidie gemeente Zwolle", "€ 10.800"]], [3, 1]),
        ("pb",),
        ("h2", "4. Andere subsidies en fondsen"),
        ("p", "Voor het project 'Westenholte speelt' is een aanvraag gedaan bij het Cultuurfonds (€ 2.500) en bij "
              "het Oranje Fonds (€ 1.500). Uitslag verwacht in april 2024."),
        ("h2", "5. Verklaring en ondertekening"),
        ("p", "Ondergetekenden verklaren dat dit formulier naar waarheid is ingevuld en dat de vereniging de "
              "verplichtingen uit de ASV en de Algemene wet bestuursrecht (titel 4.2) kent. De gegevens van de "
              "contactpersoon worden uitsluitend gebruikt voor de behandeling van deze aanvraag (AVG)."),
        ("kv", [["Plaats en datum", "Zwolle, 15 januari 2024"],
                ["Naam voorzitter", brinkhuis.name], ["Handtekening", "(getekend)"],
                ["Naam secretaris", lammertink.name], ["Handtekening", "(getekend)"]]),
        ("small", f"Bijlagen: jaarverslag 2023, jaarrekening 2023 (goedgekeurd door de kascommissie), "
                  f"activiteitenplan 2024. Vragen over dit formulier: subsidies@zwolle.nl of 14 038."),
    ])

# ================================================================ cm04 aanvraag Initiatievenfonds (private person, docx)
doc("cm04_aanvraag_initiatief", "docx", dfont="Calibri", size=10.5, letterhead=LH, title="Aanvraag Initiatievenfonds",
    blocks=[
        ("h1", "Aanvraag Initiatievenfonds Zwolle"),
        ("p", "Met het Initiatievenfonds ondersteunt de gemeente Zwolle inwoners die iets organiseren voor hun buurt "
              "(Beleidsregels Initiatievenfonds Zwolle 2024, op grond van de ASV). Maximaal € 2.500 per initiatief."),
        ("h2", "Gegevens aanvrager"),
        ("kv", [["Naam", f"mevrouw {veldkamp.name}"], ["Geboortedatum", veldkamp.dob],
                ["Adres", f"{veldkamp.street}, {veldkamp.postcode} Zwolle"], ["Telefoon", veldkamp.mobile],
                ["E-mail", veldkamp.email], ["IBAN", veldkamp.iban], ["Ten name van", f"E. {veldkamp.last}"],
                ["Aanvraag namens", "bewonersgroep Sint Jacobsplein e.o. (geen rechtspersoon)"]]),
        ("h2", "Het initiatief"),
        ("p", "Wij willen op zaterdag 15 juni 2024 een buurtfeest organiseren voor de bewoners rond het Sint "
              "Jacobsplein in Assendorp, met een kindermiddag, een gezamenlijke maaltijd en muziek van "
              "Muziekvereniging Apollo Westenholte. Het doel is dat nieuwe en oude bewoners elkaar leren kennen. "
              "Travers Welzijn helpt met de vergunningaanvraag; Buurtvereniging Spoorzone Assendorp leent tafels "
              "en een partytent uit."),
        ("table", [["Kostenpost", "Bedrag"], ["Huur springkussen en materialen", "€ 420"],
                   ["Boodschappen maaltijd (ca. 120 personen)", "€ 780"], ["Optreden muziekvereniging", "€ 350"],
                   ["Flyers en posters", "€ 95"], ["Totaal", "€ 1.645"]]),
        ("p", f"Mede-organisatoren: {dekker_z.name} (06-nummer bij de gemeente bekend) en {bremer.name}."),
        ("p", "Ik verklaar dit formulier naar waarheid te hebben ingevuld.\nZwolle, 4 maart 2024\n"
              f"{veldkamp.name}"),
        ("small", "Dit formulier is digitaal ontvangen via www.zwolle.nl/initiatievenfonds. Registratienummer "
                  "SUB-2024-0342."),
    ])

# ================================================================ cm05 beschikking verlening Apollo
doc("cm05_beschikking_apollo", "rl", font="dejavuserif", size=9.8, letterhead=LH, footer=FOOT,
    title="Beschikking subsidieverlening 2024",
    blocks=[
        ("p", f"Muziekvereniging Apollo Westenholte\nt.a.v. mevrouw {lammertink.ini}\n{lammertink.street}\n"
              f"{lammertink.postcode} Zwolle"),
        ("sp", 6),
        ("kv", [["Datum", "11 maart 2024"], ["Zaaknummer", "SUB-2024-0117"], ["Ons kenmerk", "2024-0117/CSR"],
                ["Contactpersoon", f"{kartosen.name}"], ["Telefoon", kartosen.phone], ["E-mail", kartosen.email],
                ["Onderwerp", "Verlening jaarsubsidie 2024"]]),
        ("p", f"Geachte mevrouw {lammertink.last},"),
        ("p", "Op 15 januari 2024 hebben wij uw aanvraag om een jaarsubsidie voor 2024 ontvangen. In deze brief "
              "leest u ons besluit."),
        ("h2", "Besluit"),
        ("p", "Wij verlenen Muziekvereniging Apollo Westenholte (KvK 40058832) voor 2024 een subsidie van ten "
              "hoogste € 10.200 voor de activiteiten in uw activiteitenplan 2024. Dit is € 600 minder dan u hebt "
              "gevraagd, omdat het subsidieplafond voor amateurkunst in de begroting 2024 (Programma Cultuur, "
              "Sport en Recreatie, budgetregel 6.5.02 Amateurkunst) lager is dan het totaal van de aanvragen. Wij "
              "hebben het plafond naar evenredigheid verdeeld (artikel 9 ASV)."),
        ("h2", "Verplichtingen"),
        ("p", "Aan deze subsidie zijn de verplichtingen uit de Algemene subsidieverordening Zwolle 2020 verbonden. "
              "Daarnaast geldt: (1) u werkt samen met de Stadkamer bij de opleiding van jeugdleden; (2) u "
              "vermeldt de steun van de gemeente Zwolle op uw website en affiches; (3) u meldt het ons direct "
              "als een activiteit niet of anders doorgaat (artikel 4:38 en 4:48 Awb)."),
        ("h2", "Betaling"),
        ("p", "Wij betalen de subsidie in vier termijnen van € 2.550 op rekening NL25 RABO 0340 1187 66 ten name "
              "van de vereniging, de eerste termijn binnen vier weken na deze beschikking."),
        ("h2", "Verantwoording"),
        ("p", "Vóór 1 april 2025 stuurt u ons een activiteitenverslag en een financieel verslag over 2024, ondertekend "
              "door de voorzitter en de penningmeester. Daarna stellen wij de subsidie vast (artikel 4:46 Awb). "
              "Bij een subsidie boven € 25.000 vragen wij een controleverklaring van een accountant; dat is voor u "
              "niet nodig."),
        ("pb",),
        ("h2", "Bezwaar"),
        ("p", "Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de dagtekening van deze brief "
              "een bezwaarschrift indienen bij het college van burgemeester en wethouders van Zwolle, Postbus "
              "10007, 8000 GA Zwolle. Digitaal kan via bezwaarschriften@zwolle.nl. Vermeld het zaaknummer "
              "SUB-2024-0117."),
        ("p", f"Hebt u vragen? Neem dan contact op met {kartosen.name}, accountmanager subsidies, bereikbaar op "
              f"maandag tot en met donderdag via {kartosen.phone}, of via het algemene nummer 14 038."),
        ("p", "Met vriendelijke groet,\nnamens het college van burgemeester en wethouders van Zwolle,\n"
              "de wethouder Cultuur, Michiel van Willigen,\nnamens deze,"),
        ("sp", 16),
        ("p", f"{wiggers.name}\nteamleider Subsidies"),
        ("small", f"Kopie: {brinkhuis.ini}, voorzitter (per e-mail {brinkhuis.email}, {brinkhuis.mobile}); Stadkamer, "
                  f"Zeven Alleetjes 1. Uw contactgegevens volgens de aanvraag: {lammertink.mobile}, {lammertink.email}."),
    ])

# ================================================================ cm06 beschikking Initiatievenfonds (docx)
doc("cm06_beschikking_initiatief", "docx", dfont="Arial", size=10, letterhead=LH, title="Beschikking Initiatievenfonds",
    blocks=[
        ("p", f"Mevrouw {veldkamp.ini}\n{veldkamp.street}\n{veldkamp.postcode} Zwolle"),
        ("kv", [["Datum", "25 maart 2024"], ["Zaaknummer", "SUB-2024-0342"], ["Behandeld door", hagedoorn.name],
                ["Telefoon", hagedoorn.phone], ["Onderwerp", "Uw aanvraag Initiatievenfonds, buurtfeest 15 juni"]]),
        ("p", f"Beste mevrouw {veldkamp.last},"),
        ("p", "Wat leuk dat u een buurtfeest organiseert rond het Sint Jacobsplein! U vroeg een bijdrage van "
              "€ 1.645 uit het Initiatievenfonds. Wij kennen u een subsidie toe van € 1.500 (Beleidsregels "
              "Initiatievenfonds Zwolle 2024, artikel 5). De boodschappen voor de maaltijd vergoeden wij tot "
              "€ 635, omdat alcoholhoudende dranken niet subsidiabel zijn."),
        ("p", f"Wij maken het bedrag binnen tien werkdagen over op rekening {veldkamp.iban} ten name van "
              f"E. {veldkamp.last}. Dit is een subsidie van minder dan € 5.000: u hoeft achteraf geen "
              "verantwoording in te dienen, maar wij kunnen u wel om bonnen vragen (artikel 4:44 Awb). Wilt u "
              "na afloop twee foto's sturen naar subsidies@zwolle.nl?"),
        ("p", "Tip: vraag tijdig een evenementenvergunning aan. Travers Welzijn kan u daarbij helpen."),
        ("p", "Niet eens met dit besluit? U kunt binnen zes weken bezwaar maken bij het college van burgemeester en "
              "wethouders, Postbus 10007, 8000 GA Zwolle."),
        ("p", f"Met vriendelijke groet,\nnamens het college van burgemeester en wethouders,\n\n{wiggers.ini}\n"
              f"teamleider Subsidies"),
        ("small", f"Kopie: wijkmanager Assendorp; accountmanager {hagedoorn.first} {hagedoorn.last} ({hagedoorn.email}). "
                  f"Verzonden per e-mail aan {veldkamp.email}; bij vragen bellen wij u op {veldkamp.mobile}."),
    ])

# ================================================================ cm07 beschikking afwijzing Diezerpoort Samen
doc("cm07_afwijzing_diezerpoort", "rl", font="helv", size=9.8, letterhead=LH, footer=FOOT, title="Afwijzing subsidie",
    blocks=[
        ("p", f"Stichting Diezerpoort Samen\nt.a.v. de heer {elkhatib.ini}\nVan Karnebeekstraat 61\n8011 JD Zwolle"),
        ("kv", [["Datum", "2 april 2024"], ["Zaaknummer", "SUB-2024-0288"], ["Contact", kartosen.name],
                ["Telefoon", f"{kartosen.phone} / 14 038"], ["Onderwerp", "Afwijzing aanvraag projectsubsidie"]]),
        ("p", f"Geachte heer {elkhatib.last},"),
        ("p", "Op 28 februari 2024 vroeg Stichting Diezerpoort Samen (KvK 80347719) een projectsubsidie van "
              "€ 24.000 aan voor het project 'Koken met de buren' in de wijk Diezerpoort. Wij wijzen uw aanvraag af."),
        ("h2", "Waarom wijzen wij uw aanvraag af?"),
        ("p", "Het subsidieplafond voor projectsubsidies in het Programma Sociaal Domein (budgetregel 7.1.04 "
              "Wijkgerichte initiatieven) voor 2024 is bereikt. Aanvragen worden behandeld in volgorde van "
              "binnenkomst (artikel 10 ASV). Op het moment dat uw complete aanvraag binnenkwam, was het plafond "
              "al volledig verdeeld. Wij moeten de aanvraag daarom weigeren (artikel 4:25, tweede lid, Awb)."),
        ("p", f"Daarnaast ontbrak in uw aanvraag een sluitende begroting. In ons gesprek van 19 maart 2024 met u en "
              f"mevrouw {holterman.last} van de Voedselbank Zwolle is afgesproken dat u voor 2025 opnieuw kunt "
              f"aanvragen en dat Travers Welzijn u daarbij helpt."),
        ("h2", "Andere mogelijkheden"),
        ("p", "Misschien komt uw project in aanmerking voor het wijkbudget Diezerpoort of voor een bijdrage van het "
              "Oranje Fonds. Uw accountmanager denkt graag mee."),
        ("h2", "Bezwaar"),
        ("p", "U kunt binnen zes weken na de datum van deze brief bezwaar maken bij het college van burgemeester en "
              "wethouders (artikel 6:7 Awb), Postbus 10007, 8000 GA Zwolle of bezwaarschriften@zwolle.nl."),
        ("p", f"Met vriendelijke groet,\nnamens het college van burgemeester en wethouders van Zwolle,\n"
              f"wethouder Monique Schuttenbeld (Sociaal Domein), namens deze:\n\n{wiggers.name}, teamleider Subsidies"),
        ("small", f"cc: {elkhatib.email} ({elkhatib.mobile}); {holterman.email}; wijkteam Diezerpoort; {kartosen.email}"),
    ])

# ================================================================ cm08 beschikking vaststelling Spoorzone
doc("cm08_vaststelling_spoorzone", "rl", font="libserif", size=10, letterhead=LH, footer=FOOT,
    title="Vaststelling subsidie 2024",
    blocks=[
        ("p", f"Buurtvereniging Spoorzone Assendorp\nt.a.v. de penningmeester, de heer {ossewaarde.ini}\n"
              f"Dr. Van Thienenweg 3\n8025 AM Zwolle"),
        ("kv", [["Datum", "17 februari 2025"], ["Zaaknummer", "SUB-2024-0066"], ["Uw brief", "24 januari 2025"],
                ["Contactpersoon", f"{hagedoorn.name}, {hagedoorn.email}"],
                ["Onderwerp", "Vaststelling subsidie 2024 en eindbetaling"]]),
        ("p", f"Geachte heer {ossewaarde.last},"),
        ("p", "Wij hebben uw activiteitenverslag en financieel verslag over 2024 ontvangen. Wij stellen de subsidie "
              "2024 voor Buurtvereniging Spoorzone Assendorp (KvK 67120884) vast op € 7.480 (verleend: € 8.000). "
              "De straatspeeldag in september ging niet door; de kosten daarvan (€ 520) trekken wij af "
              "(artikel 4:46, tweede lid, Awb)."),
        ("table", [["Onderdeel", "Verleend", "Vastgesteld"], ["Wijkactiviteiten Assendorp", "€ 5.200", "€ 5.200"],
                   ["Straatspeeldag", "€ 520", "€ 0"], ["Beheer buurtruimte", "€ 2.280", "€ 2.280"],
                   ["Totaal", "€ 8.000", "€ 7.480"], ["Reeds betaald (voorschot 90%)", "€ 7.200", ""],
                   ["Nog te betalen", "", "€ 280"]], [3, 1, 1]),
        ("p", f"Wij maken € 280 over op rekening {ossewaarde.iban}. Dit is de rekening die u in uw brief "
              f"noemde; wij wijzen erop dat deze rekening op uw eigen naam staat en niet op naam van de vereniging. "
              f"Wilt u voor 2025 een rekening van de vereniging opgeven? Dat kan bij de crediteurenadministratie via "
              f"crediteuren@zwolle.nl."),
        ("p", "Tegen dit besluit kunt u binnen zes weken bezwaar maken bij het college van burgemeester en "
              "wethouders van Zwolle."),
        ("p", f"Met vriendelijke groet,\nnamens het college van burgemeester en wethouders,\n\n"
              f"{wiggers.first[0]}. {wiggers.last}\nteamleider Subsidies"),
        ("small", f"Afschrift: {ossewaarde.email}. Uw brief van 24 januari 2025 kwam van uw privéadres "
                  f"{ossewaarde.street}, {ossewaarde.postcode} Zwolle; u bent bereikbaar op {ossewaarde.mobile}. "
                  f"Behandelend accountmanager: {hagedoorn.first} {hagedoorn.last}, {hagedoorn.phone}."),
    ])

# ================================================================ cm09 factuur Heijmans (company)
doc("cm09_factuur_heijmans", "rl", font="libsans", size=9.5, title="Factuur 2024-ZW-01873",
    letterhead=["Heijmans Wegen B.V.", "Regio Oost · Graafsebaan 67, 5248 JT Rosmalen · KvK 16060880",
                "BTW NL0050.03.671.B01 · IBAN NL62 ABNA 0243 7781 09"],
    blocks=[
        ("h1", "FACTUUR"),
        ("kv", [["Factuurnummer", "2024-ZW-01873"], ["Factuurdatum", "30 september 2024"],
                ["Debiteur", "Gemeente Zwolle, afdeling Financiën, Postbus 10007, 8000 GA Zwolle"],
                ["Uw referentie", "Inkoopordernr. 4500219377 / kostenplaats 6.5.11 Sportaccommodaties"],
                ["Project", "Vervanging toplaag fietspad sportpark Het Hoge Laar"],
                ["Projectleider", f"{kuipers.name}, {kuipers.mobile}, {kuipers.email}"],
                ["Uw contactpersoon", f"{scheppink.name}, beleidsadviseur sport"]]),
        ("table", [["Omschrijving", "Aantal", "Prijs", "Bedrag"],
                   ["Frezen en afvoeren asfalt, 640 m²", "640", "€ 11,40", "€ 7.296,00"],
                   ["Leveren en aanbrengen AC 11 surf, 640 m²", "640", "€ 24,85", "€ 15.904,00"],
                   ["Verkeersmaatregelen (3 dagen)", "1", "€ 1.850,00", "€ 1.850,00"],
                   ["Subtotaal", "", "", "€ 25.050,00"], ["BTW 21%", "", "", "€ 5.260,50"],
                   ["Totaal", "", "", "€ 30.310,50"]], [6, 1, 1.6, 1.8]),
        ("p", "Betaling binnen 30 dagen onder vermelding van het factuurnummer. Op al onze leveringen zijn de "
              "Algemene Voorwaarden van Heijmans van toepassing. Vragen over deze factuur: "
              "debiteuren.wegen@heijmans.nl."),
        ("small", f"Gecontroleerd en akkoord voor betaling: {scheppink.paraaf} "
                  f"d.d. 7 oktober 2024 – budgethouder {brouwerink.paraaf} ({brouwerink.name}). Ingeboekt door "
                  f"{nijhof.name}, {nijhof.phone}. Vragen over de uitvoering: {scheppink.email}, {scheppink.phone}."),
    ])

# ================================================================ cm10 factuur eenmanszaak (private person)
doc("cm10_factuur_atelier", "rl", font="dejavu", size=9.5, title="Factuur 2024-031",
    letterhead=[f"Atelier {koopman.first} {koopman.last}", f"{koopman.street} · {koopman.postcode} Zwolle · "
                f"{koopman.mobile}", f"{koopman.email} · KvK 85514079"],
    blocks=[
        ("h1", "Factuur 2024-031"),
        ("p", "Aan: Gemeente Zwolle, t.a.v. crediteurenadministratie, Postbus 10007, 8000 GA Zwolle\n"
              f"Opdrachtgever: team Cultuur, mevrouw {slotboom.ini}"),
        ("kv", [["Datum", "12 juli 2024"], ["Opdracht", "Zomerworkshops 'Kunst in de wijk' Holtenbroek en Stadshagen"],
                ["Inkoopordernummer", "4500214660"], ["Budgetregel", "6.5.04 Cultuurparticipatie"]]),
        ("table", [["Omschrijving", "Uren", "Tarief", "Bedrag"],
                   ["Workshops schilderen (6 middagen)", "18", "€ 55,00", "€ 990,00"],
                   ["Voorbereiding en materiaal", "", "", "€ 310,00"],
                   ["Totaal (vrijgesteld van btw, KOR)", "", "", "€ 1.300,00"]], [6, 1, 1.5, 1.8]),
        ("p", f"Graag binnen 30 dagen overmaken op {koopman.iban} t.n.v. T. {koopman.last}. De workshops zijn "
              "gegeven in samenwerking met de Stadkamer en Travers Welzijn."),
        ("p", f"Met vriendelijke groet,\n{koopman.name}"),
        ("small", f"Akkoord budgethouder: {slotboom.paraaf}, 15-07-2024. Ingeboekt {nijhof.first[0]}.{nijhof.last}."),
    ])

# ================================================================ cm11 crediteurenlijst (CSV -> LibreOffice Calc)
cred = [["Crediteurenlijst gemeente Zwolle – betalingen Q4 2024 (selectie subsidies en inhuur)", "", "", "", ""],
        ["Crediteur", "Factuur/beschikking", "Budgetregel", "Betaaldatum", "Bedrag"]]
lines = [
    ("Heijmans Wegen B.V.", "2024-ZW-01873", "6.5.11 Sportaccommodaties", "28-10-2024", "30.310,50"),
    ("Rova N.V.", "RV-24-118204", "7.2.01 Afvalinzameling", "03-10-2024", "148.220,00"),
    (f"{koopman.last}, T. (Atelier)", "2024-031", "6.5.04 Cultuurparticipatie", "02-08-2024", "1.300,00"),
    ("Vitens N.V.", "VT-9920418", "6.5.11 Sportaccommodaties", "14-10-2024", "2.118,36"),
    ("Muziekvereniging Apollo Westenholte", "SUB-2024-0117", "6.5.02 Amateurkunst", "01-10-2024", "2.550,00"),
    (f"{bremer.last}, L.", "VRW-2024-77", "7.1.04 Wijkgerichte initiatieven", "11-10-2024", "180,00"),
    ("Ricoh Nederland B.V.", "RN-5510293", "0.4.02 Facilitaire zaken", "18-10-2024", "6.402,10"),
    (f"{bouzidi.last}, N.", "VRW-2024-81", "7.1.04 Wijkgerichte initiatieven", "11-10-2024", "180,00"),
    ("Stichting Leergeld Zwolle", "SUB-2024-0021", "7.1.06 Minimabeleid", "01-11-2024", "41.250,00"),
    (f"{klaassen.last}, W.", "SUB-2024-0517", "7.1.04 Wijkgerichte initiatieven", "07-11-2024", "750,00"),
    ("Centric Netherlands B.V.", "CN-24-06671", "0.4.05 ICT", "12-11-2024", "18.990,00"),
    (f"{pluim.last}, G.", "SUB-2024-0533", "6.5.02 Amateurkunst", "15-11-2024", "400,00"),
    ("Sodexo Nederland B.V.", "SDX-773018", "0.4.02 Facilitaire zaken", "20-11-2024", "3.871,45"),
    ("Voedselbank Zwolle", "SUB-2024-0009", "7.1.06 Minimabeleid", "01-12-2024", "12.500,00"),
    (f"{schutte.last}, E.", "SUB-2024-0561", "6.5.11 Sportaccommodaties", "04-12-2024", "250,00"),
    ("Enexis Netbeheer B.V.", "EX-2024-441902", "6.5.11 Sportaccommodaties", "05-12-2024", "1.204,80"),
    (f"{veldkamp.last}, E.", "SUB-2024-0342", "7.1.04 Wijkgerichte initiatieven", "09-04-2024", "1.500,00"),
    ("KPN B.V.", "KPN-8840017215", "0.4.05 ICT", "16-12-2024", "2.760,12"),
    ("Zwolsche Athletische Club", "SUB-2024-0390", "6.5.10 Sportstimulering", "16-12-2024", "9.000,00"),
    (f"{draaijer.last}, M.", "SUB-2024-0602", "6.5.10 Sportstimulering", "18-12-2024", "325,00"),
    ("Dura Vermeer Infra Regio Oost B.V.", "DV-24-30915", "6.5.11 Sportaccommodaties", "19-12-2024", "54.812,00"),
    (f"{wessels.last}, I.", "SUB-2024-0611", "7.1.04 Wijkgerichte initiatieven", "20-12-2024", "600,00"),
]
for l in lines:
    cred.append(list(l))
cred.append(["", "", "", "Totaal selectie", "339.561,33"])
doc("cm11_crediteurenlijst", "csv", rows=cred, title="Crediteurenlijst Q4 2024",
    after_rows=[f"Export uit Key2Financiën door {nijhof.first[0]}. {nijhof.last}, 15-01-2025; vragen: crediteuren@zwolle.nl. "
                "Betalingen aan natuurlijke personen zijn uitgevoerd op het rekeningnummer uit de aanvraag; zie het "
                "subsidieregister voor de IBAN's."])

# ================================================================ cm12 subsidieregister export (naam, adres, IBAN, bedrag)
reg = [["Naam", "Adres", "IBAN", "Regeling", "Bedrag"]]
for p, r, b in [(veldkamp, "Initiatievenfonds", "1.500,00"), (klaassen, "Initiatievenfonds", "750,00"),
                (pluim, "Amateurkunst klein", "400,00"), (schutte, "Sportakkoord – sportmaatje", "250,00"),
                (rietman, "Sportakkoord – sportmaatje", "250,00"), (amrani, "Initiatievenfonds", "980,00"),
                (wessels, "Initiatievenfonds", "600,00"), (draaijer, "Sportakkoord – jeugd", "325,00"),
                (bremer, "Vrijwilligersvergoeding", "180,00"), (bouzidi, "Vrijwilligersvergoeding", "180,00"),
                (ossewaarde, "Jaarsubsidie (rekening penningmeester)", "7.480,00"),
                (stegeman, "Jaarsubsidie (rekening penningmeester)", "1.150,00")]:
    reg.append([f"{p.last}, {p.first}", f"{p.street}, {p.postcode} Zwolle", p.iban, r, b])
reg.append(["Stichting Leergeld Zwolle", "Thorbeckegracht 20, 8011 VM Zwolle", "(rekening stichting)", "Minimabeleid", "41.250,00"])
reg.append(["Voedselbank Zwolle", "Kamperstraat 36, 8011 LP Zwolle", "(rekening stichting)", "Minimabeleid", "12.500,00"])
doc("cm12_subsidieregister", "rl", font="libmono", mono="libmono", landscape=True, size=8.6, cellsize=8.2,
    title="Export subsidieregister 2024", author=wolbers.name,
    blocks=[("b", "EXPORT subsidieregister_2024_personen.xlsx  (tabblad 'uitbetaald')  gegenereerd 20-01-2025 09:12"),
            ("small", "Bron: subsidieregistratie gemeente Zwolle; filter: rechtsvorm = natuurlijk persoon of rekening op "
                      "naam van bestuurder; ter vergelijking twee stichtingen. Kolommen: naam, adres, IBAN, regeling, bedrag."),
            ("table", reg, [3, 5, 4, 4.5, 1.6]),
            ("small", f"Opgesteld door {wolbers.first} ({wolbers.email}) op verzoek van {brouwerink.first} "
                      f"{brouwerink.last} (controller). Niet verspreiden buiten team Financiën.")],
    meta={"Author": wolbers.name})

# ================================================================ cm13 e-mailthread accountmanager / controller
doc("cm13_mail_subsidieplafond", "rl", font="helv", size=9.3, title="RE: subsidieplafond amateurkunst 2024",
    blocks=[
        ("b", "RE: subsidieplafond amateurkunst 2024 – overschrijding?"),
        ("mono", f"Van:        {brouwerink.name} <{brouwerink.email}>\nVerzonden:  dinsdag 8 oktober 2024 16:42\n"
                 f"Aan:        {kartosen.name} <{kartosen.email}>\nCC:         {bleumink.name} <{bleumink.email}>; "
                 f"{lubbers.name} <{lubbers.email}>\nOnderwerp:  RE: subsidieplafond amateurkunst 2024"),
        ("p", f"Hoi {kartosen.first},"),
        ("p", "Dank voor het overzicht. Als ik het goed zie, zitten we op budgetregel 6.5.02 Amateurkunst op "
              "€ 212.400 aan verleende subsidies tegen een plafond van € 205.000. Dat kan niet: artikel 4:25 Awb "
              "laat geen verlening boven het plafond toe. Welke beschikkingen zijn ná het bereiken van het plafond "
              "afgegeven? Ik wil dit vóór de Voorjaarsnota 2025 helder hebben, anders krijgen we het in de "
              "managementletter van BDO terug."),
        ("p", f"{bleumink.first}, kun jij nagaan of we dit als "
              "begrotingsonrechtmatigheid moeten melden in de jaarrekening 2024 (BBV, artikel 28)?"),
        ("p", f"Groet,\n{sigblock(brouwerink, 'controller, team Concern Control')}"),
        ("mono", f"Van:        {kartosen.name} <{kartosen.email}>\nVerzonden:  dinsdag 8 oktober 2024 11:05\n"
                 f"Aan:        {brouwerink.name}\nOnderwerp:  subsidieplafond amateurkunst 2024"),
        ("p", f"Hoi {brouwerink.first},"),
        ("p", "Hierbij het overzicht van de amateurkunstsubsidies 2024. Het verschil zit in drie aanvragen die in "
              "maart zijn verleend toen de verdeling naar evenredigheid al was berekend: Apollo Westenholte "
              "(€ 10.200), het Zwols Vocaal Ensemble (€ 3.900) en een aanvraag van mevrouw "
              f"{pluim.last} voor een buurtkoor (€ 400). {hagedoorn.first} heeft bovendien de jeugdregeling "
              "van het Zwols Sportakkoord op dezelfde budgetregel geboekt; dat moet op 6.5.10 Sportstimulering."),
        ("p", f"Ik heb wethouder Van Willigen nog niet ingelicht. {kampinga.first} {kampinga.last} plant voor "
              "volgende week een portefeuilleoverleg; zal ik het daar agenderen?"),
        ("p", f"Groetjes,\n{sigblock(kartosen, 'accountmanager subsidies, team Subsidies')}"),
        ("pb",),
        ("mono", f"Van:        {bleumink.name} <{bleumink.email}>\nVerzonden:  woensdag 9 oktober 2024 08:17\n"
                 f"Aan:        {brouwerink.name}; {kartosen.name}\nCC:         {wiggers.name}\n"
                 f"Onderwerp:  RE: RE: subsidieplafond amateurkunst 2024"),
        ("p", f"Goedemorgen {brouwerink.first} en {kartosen.first},"),
        ("p", "Kort: een overschrijding van het plafond is een begrotingsonrechtmatigheid als die niet vóór 31 "
              "december door de gemeenteraad is geautoriseerd. Mijn voorstel: (1) de verkeerd geboekte "
              "sportakkoordsubsidies (€ 7.600) corrigeren naar 6.5.10; (2) het restant (circa € 0 tot € 400) "
              "meenemen in de tweede bestuursrapportage; (3) de drie beschikkingen niet intrekken, want de "
              "subsidieontvangers kunnen daar niets aan doen. Ik bespreek dit donderdag met BDO."),
        ("p", f"{wiggers.first}, wil jij zorgen dat de accountmanagers vanaf nu bij elke verlening de "
              "plafondcheck in het zaaksysteem afvinken?"),
        ("p", f"Met vriendelijke groet,\n{bleumink.name}\nconcerncontroller\nT {bleumink.phone}"),
        ("mono", f"Van:        {wiggers.name}\nVerzonden:  woensdag 9 oktober 2024 09:30\nAan:        {bleumink.name}\n"
                 f"CC:         {kartosen.name}; {hagedoorn.name}\nOnderwerp:  RE: RE: RE: subsidieplafond"),
        ("p", f"Regel ik. {hagedoorn.first} en {kartosen.first}: graag vóór vrijdag de correctieboeking naar "
              f"{nijhof.first} {nijhof.last} (crediteuren@zwolle.nl). Groet, {wiggers.first}"),
        ("small", f"Dit bericht is uitsluitend bestemd voor de geadresseerde. Gemeente Zwolle, Grote Kerkplein 15, "
                  "Zwolle, telefoon 14 038."),
    ])

# ================================================================ cm14 e-mailthread met secretaresse wethouder (docx)
doc("cm14_mail_agenda_wethouder", "docx", dfont="Calibri", size=10, title="Portefeuilleoverleg wethouder Anker",
    blocks=[
        ("mono", f"Van: {kampinga.name} <{kampinga.email}>\nVerzonden: maandag 21 oktober 2024 10:14\n"
                 f"Aan: {kartosen.name}; {brouwerink.name}\nCC: {everink.name}\n"
                 "Onderwerp: Portefeuilleoverleg wethouder Anker – subsidieplafond"),
        ("p", f"Hallo {kartosen.first} en {brouwerink.first},"),
        ("p", "Wethouder Anker wil het onderwerp subsidieplafond amateurkunst graag bespreken in het "
              "portefeuilleoverleg Financiën van donderdag 24 oktober, 14.00-14.30 uur, kamer 2.14 in het stadhuis "
              "(Grote Kerkplein 15). Wethouder Van Willigen sluit aan voor het cultuurdeel. Willen jullie uiterlijk "
              "woensdag 12.00 uur een notitie van maximaal twee pagina's sturen? Ik zet hem dan in het "
              "leesdossier."),
        ("p", f"De wethouder heeft gevraagd of {bleumink.first} {bleumink.last} ook kan aansluiten; kunnen jullie "
              "dat even bij haar navragen?"),
        ("p", f"Vriendelijke groet,\n{kampinga.name}\nsecretaresse wethouder E. Anker\n"
              f"Bestuurssecretariaat | Gemeente Zwolle\nT {kampinga.phone} | M {kampinga.mobile}\n"
              "Aanwezig: ma, di, do"),
        ("mono", f"Van: {kartosen.name}\nVerzonden: maandag 21 oktober 2024 11:02\nAan: {kampinga.name}\n"
                 "Onderwerp: RE: Portefeuilleoverleg wethouder Anker"),
        ("p", f"Hoi {kampinga.first}, prima. {brouwerink.first} schrijft de notitie, ik lever de cijfers aan. "
              f"{bleumink.first} kan alleen tot 14.15 uur. Groet, {kartosen.first}"),
        ("mono", f"Van: {everink.name} <{everink.email}>\nVerzonden: maandag 21 oktober 2024 13:40\n"
                 f"Aan: {kampinga.name}; {kartosen.name}; {brouwerink.name}\n"
                 "Onderwerp: RE: Portefeuilleoverleg wethouder Anker"),
        ("p", "Allen, nog een aandachtspunt: raadslid Wijnberg (GroenLinks) heeft in de commissie Bestuur en "
              "Middelen aangekondigd schriftelijke vragen te stellen over de verdeling van de "
              "amateurkunstsubsidies. Het is goed als de wethouder in de notitie ziet welke verenigingen minder "
              "kregen dan gevraagd. Graag ook een zin over de Stichting Leergeld Zwolle: daar loopt een "
              "verzoek om een extra bijdrage uit het Kindpakket."),
        ("p", f"Groet,\n{everink.name}\nbestuursadviseur wethouder Anker (Financiën, Grondzaken)\n"
              f"M {everink.mobile}"),
        ("mono", f"Van: {brouwerink.name}\nVerzonden: woensdag 23 oktober 2024 11:48\nAan: {kampinga.name}\n"
                 f"CC: {everink.name}; {kartosen.name}\nOnderwerp: RE: Portefeuilleoverleg – notitie\nBijlage: "
                 "Notitie subsidieplafond amateurkunst 2024.docx"),
        ("p", f"Hoi {kampinga.first}, bijgaand de notitie voor het leesdossier. Samenvatting: overschrijding "
              "€ 7.600 is een boekingsfout (sportakkoord), na correctie blijft het plafond net gehandhaafd. "
              f"Geen gevolgen voor de ontvangers. Groet, {brouwerink.first}\n"
              f"{brouwerink.name} | controller | {brouwerink.mobile}"),
        ("mono", f"Van: {kampinga.name}\nVerzonden: donderdag 24 oktober 2024 15:05\n"
                 f"Aan: {kartosen.name}; {brouwerink.name}; {everink.name}\nOnderwerp: Actiepunten portefeuilleoverleg"),
        ("p", "Actiepunten uit het overleg van vandaag:"),
        ("table", [["Nr.", "Actie", "Wie", "Wanneer"],
                   ["1", "Correctieboeking sportakkoord naar 6.5.10", f"{kartosen.first[0]}. {kartosen.last}", "1 november"],
                   ["2", "Melding in tweede bestuursrapportage", f"{brouwerink.first[0]}. {brouwerink.last}", "8 november"],
                   ["3", "Conceptantwoorden schriftelijke vragen (indien gesteld)", f"{everink.first[0]}. {everink.last}",
                    "binnen 30 dagen"],
                   ["4", "Gesprek met Stichting Leergeld Zwolle over Kindpakket", "wethouder Schuttenbeld", "november"]]),
        ("p", "Wethouder Anker wil in de raadsinformatiebrief bij de tweede bestuursrapportage transparant zijn "
              "over de fout. Wethouder Van Willigen vraagt om in 2025 het plafond amateurkunst met € 15.000 te "
              f"verhogen binnen de Cultuurnota. Groet, {kampinga.first}"),
    ], meta={"Author": "Gemeente Zwolle"})

# ================================================================ cm15 e-mail with health data (special category)
doc("cm15_mail_medisch", "rl", font="times", size=10.5, title="Aanvraag sportmaatje – uitzondering termijn",
    blocks=[
        ("b", "Aanvraag Sportakkoord sportmaatje – verzoek om uitzondering op de termijn"),
        ("mono", f"From:    {hoogeveen.email}\nSent:    maandag 6 mei 2024 21:37\nTo:      subsidies@zwolle.nl\n"
                 f"Subject: aanvraag sportmaatje (zaak SUB-2024-0455)"),
        ("p", "Geachte heer/mevrouw,"),
        ("p", f"Mijn aanvraag voor een bijdrage sportmaatje is afgewezen omdat ik te laat was. Ik wil uitleggen "
              f"waarom. Sinds januari ben ik onder behandeling voor multiple sclerose en in februari en "
              f"maart had ik een zware periode met een chemokuur voor een bijkomende aandoening. Ik kon toen "
              f"mijn post niet bijhouden. Mijn fysiotherapeut raadt mij juist aan om met een sportmaatje te gaan "
              f"zwemmen bij Sportbedrijf Zwolle."),
        ("p", f"Mijn gegevens: {hoogeveen.name}, {hoogeveen.street}, {hoogeveen.postcode} Zwolle, geboren "
              f"{hoogeveen.dob}, BSN {hoogeveen.bsn}, rekening {hoogeveen.iban}. U kunt mij bellen op "
              f"{hoogeveen.mobile}."),
        ("p", f"Met vriendelijke groet,\n{hoogeveen.name}"),
        ("mono", f"Van:        {hagedoorn.name}\nVerzonden:  dinsdag 7 mei 2024 09:20\nAan:        {scheppink.name}; "
                 f"{yildirim.name}\nOnderwerp:  FW: aanvraag sportmaatje (zaak SUB-2024-0455)"),
        ("p", f"{scheppink.first}, {yildirim.first.split()[0]}: zie hieronder. Volgens mij kunnen we op grond van "
              "artikel 4:84 Awb (inherente afwijkingsbevoegdheid bij beleidsregels) de termijn laten vallen; "
              "het gaat om € 250. Medische gegevens heb ik niet in het zaaksysteem gezet; ik heb alleen "
              "genoteerd 'bijzondere omstandigheden'. Akkoord?"),
        ("p", f"Groet, {hagedoorn.first}\n{hagedoorn.name} | accountmanager subsidies sport | {hagedoorn.mobile}"),
        ("mono", f"Van:        {yildirim.name}\nVerzonden:  dinsdag 7 mei 2024 11:52\nAan:        {hagedoorn.name}\n"
                 f"CC:         {scheppink.name}\nOnderwerp:  RE: FW: aanvraag sportmaatje"),
        ("p", f"Akkoord. Let op: meneer {hoogeveen.last} zit ook in een Wsnp-traject (bekend bij team Schuldhulp); "
              "betaal dus niet uit op een andere rekening dan die van de bewindvoerder. Ik stuur je het "
              f"rekeningnummer apart. Groet, {yildirim.first}"),
    ])

# ================================================================ cm16 schriftelijke vragen (public, office holders)
doc("cm16_schriftelijke_vragen", "rl", font="times", size=10.5, title="Schriftelijke vragen amateurkunstsubsidies",
    footer="Griffie gemeente Zwolle · griffie@zwolle.nl · 14 038",
    blocks=[
        ("h1", "Schriftelijke vragen ex artikel 42 Reglement van orde"),
        ("kv", [["Datum", "14 november 2024"], ["Registratienummer", "RV-2024-163"],
                ["Van", "raadslid Anouk Wijnberg (GroenLinks) en raadslid Bert Heuvelman (VVD)"],
                ["Aan", "het college van burgemeester en wethouders"],
                ["Onderwerp", "Verdeling amateurkunstsubsidies 2024 en subsidieplafond"]]),
        ("p", "Inleiding. In de commissie Bestuur en Middelen van 17 oktober 2024 is gebleken dat het "
              "subsidieplafond voor amateurkunst in 2024 mogelijk is overschreden. Verenigingen zoals "
              "Muziekvereniging Apollo Westenholte kregen minder dan zij vroegen, terwijl andere aanvragen "
              "later volledig werden toegekend. Wij hebben daarover de volgende vragen aan het college:"),
        ("p", "1. Klopt het dat in 2024 voor € 212.400 aan amateurkunstsubsidies is verleend, bij een plafond van "
              "€ 205.000? Zo ja, hoe is dat gebeurd?"),
        ("p", "2. Hoe verhoudt de verdeling 'naar evenredigheid' zich tot de volgorde van binnenkomst in artikel 10 "
              "van de Algemene subsidieverordening Zwolle?"),
        ("p", "3. Is de overschrijding een begrotingsonrechtmatigheid die de accountant in zijn oordeel over de "
              "jaarrekening 2024 moet betrekken?"),
        ("p", "4. Welke verenigingen zijn benadeeld, en is het college bereid hen alsnog tegemoet te komen?"),
        ("p", "5. Is het college bereid het subsidieplafond voor 2025 te verhogen, zoals de Cultuurnota "
              "2023-2026 ook ruimte voor groei van de amateurkunst voorziet?"),
        ("p", "6. Hoe voorkomt het college dat subsidies voor het Zwols Sportakkoord op budgetregels voor cultuur "
              "worden geboekt?"),
        ("p", "Mede namens raadslid Klaas Roetert (ChristenUnie),\n\nAnouk Wijnberg, GroenLinks\n"
              "Bert Heuvelman, VVD"),
        ("small", f"Ontvangen door de griffie op 14 november 2024, geregistreerd door {dorgelo.name} ({dorgelo.email}), "
                  f"paraaf {dorgelo.paraaf}."),
        ("small", "Het college beantwoordt schriftelijke vragen binnen dertig dagen (artikel 42, vierde lid, "
                  "Reglement van orde voor de vergaderingen van de gemeenteraad van Zwolle)."),
    ])

# ================================================================ cm17 beantwoording (docx, LibreOffice)
doc("cm17_beantwoording", "docx", dfont="Liberation Serif", size=10.5, letterhead=LH,
    title="Beantwoording schriftelijke vragen RV-2024-163",
    blocks=[
        ("h1", "Beantwoording schriftelijke vragen"),
        ("kv", [["Datum", "10 december 2024"], ["Registratienummer", "RV-2024-163"],
                ["Vragenstellers", "Anouk Wijnberg (GroenLinks), Bert Heuvelman (VVD)"],
                ["Portefeuillehouder", "wethouder Ed Anker (Financiën), mede namens wethouder Michiel van Willigen (Cultuur)"],
                ["Ambtelijk contact", f"{everink.name}, {everink.email}"],
                ["Onderwerp", "Verdeling amateurkunstsubsidies 2024 en subsidieplafond"]]),
        ("p", "Vraag 1. Klopt het dat in 2024 voor € 212.400 aan amateurkunstsubsidies is verleend?"),
        ("p", "Antwoord: Nee. Op budgetregel 6.5.02 Amateurkunst stond in oktober € 212.400 geboekt, maar daarin zat "
              "€ 7.600 aan subsidies uit het Zwols Sportakkoord die door een boekingsfout op deze regel "
              "terechtkwamen. Na correctie is voor € 204.800 verleend; het plafond van € 205.000 is dus niet "
              "overschreden."),
        ("p", "Vraag 2. Hoe verhoudt de verdeling naar evenredigheid zich tot artikel 10 ASV?"),
        ("p", "Antwoord: Voor jaarsubsidies amateurkunst geldt een aanvraagperiode (1 november tot en met 15 "
              "januari). Aanvragen uit die periode verdelen wij naar evenredigheid als het plafond niet "
              "toereikend is. De volgorde van binnenkomst (artikel 10 ASV) geldt alleen voor incidentele "
              "subsidies. Drie aanvragen zijn na de berekening nog behandeld omdat zij binnen de periode compleet "
              "waren; zij zijn in de evenredige verdeling meegenomen."),
        ("p", "Vraag 3. Is er sprake van een begrotingsonrechtmatigheid?"),
        ("p", "Antwoord: Nee. Na de correctieboeking blijven de lasten binnen het budget. Wij hebben dit besproken "
              "met onze accountant, BDO Audit & Assurance B.V., die het meeneemt in de controle van de "
              "jaarrekening 2024. De concerncontroller heeft de werkwijze aangescherpt."),
        ("pb",),
        ("p", "Vraag 4. Welke verenigingen zijn benadeeld?"),
        ("p", "Antwoord: Geen enkele vereniging heeft minder gekregen dan bij een juiste verdeling. Muziekvereniging "
              "Apollo Westenholte ontving € 10.200 van de gevraagde € 10.800; dat is dezelfde korting van 5,6% als "
              "alle andere aanvragers. Wij hebben het bestuur daarover op 18 november 2024 geïnformeerd."),
        ("p", "Vraag 5. Is het college bereid het plafond voor 2025 te verhogen?"),
        ("p", "Antwoord: Ja. In de Voorjaarsnota 2025 stellen wij voor het plafond amateurkunst met € 15.000 te "
              "verhogen, gedekt binnen de Cultuurnota 2023-2026. Het besluit daarover ligt bij de gemeenteraad."),
        ("p", "Vraag 6. Hoe voorkomt het college verkeerde boekingen?"),
        ("p", "Antwoord: Vanaf 1 november 2024 controleert het zaaksysteem bij elke verlening de budgetregel en het "
              "resterende plafond. De accountmanagers van team Subsidies hebben hierover instructie gekregen."),
        ("p", "Burgemeester en wethouders van Zwolle,\n\nde secretaris,                              de burgemeester,\n"
              "                                                    Peter Snijders"),
        ("small", f"Deze beantwoording is ook gezonden aan raadslid Klaas Roetert (ChristenUnie) en wordt "
                  f"gepubliceerd op de website van de gemeenteraad. Vragen: griffie@zwolle.nl. Ambtelijk voorbereid door "
                  f"{everink.ini} ({everink.phone}), {lubbers.ini} en {slotboom.ini} ({slotboom.email})."),
    ])

# ================================================================ cm18 BDO memo (accountant)
doc("cm18_memo_bdo", "rl", font="dejavu", size=9.3, title="Managementletter 2024 – bevindingen subsidies",
    letterhead=["BDO Audit & Assurance B.V.", "Dr. Van Thienenweg 1 · 8025 AM Zwolle · 088 236 4000",
                "Vertrouwelijk – concept voor ambtelijk hoor en wederhoor"],
    blocks=[
        ("h1", "Memo bevindingen subsidieproces jaarrekening 2024"),
        ("kv", [["Aan", f"college van burgemeester en wethouders van Zwolle, t.a.v. {bleumink.name} (concerncontroller)"],
                ["Van", f"{tuinstra.ini} RA, partner; {haverkamp.name}, manager"],
                ["Datum", "28 maart 2025"], ["Ons kenmerk", "ZWL/2024/JR/0412"],
                ["Onderwerp", "Bevindingen interim-controle en eindejaarscontrole subsidies"]]),
        ("h2", "1. Inleiding"),
        ("p", "In het kader van onze controle van de jaarrekening 2024 van de gemeente Zwolle hebben wij het "
              "subsidieproces getoetst, inclusief de naleving van de Algemene subsidieverordening Zwolle 2020 "
              "(ASV), de subsidieplafonds en de vaststelling van subsidies. Wij baseren ons op het "
              "controleprotocol dat de gemeenteraad op 4 november 2024 heeft vastgesteld (rapporteringstolerantie "
              "€ 250.000) en op de normen van het BBV. De bevindingen zijn besproken met "
              f"{bleumink.first[0]}. {bleumink.last}, {brouwerink.first[0]}. {brouwerink.last} en {wiggers.first[0]}. "
              f"{wiggers.last} op 20 maart 2025."),
        ("h2", "2. Subsidieplafond amateurkunst"),
        ("p", "Wij hebben vastgesteld dat op budgetregel 6.5.02 Amateurkunst tijdelijk meer was verleend dan het "
              "plafond. Na de correctieboeking van € 7.600 naar 6.5.10 Sportstimulering is het plafond "
              "gerespecteerd. Wij kwalificeren dit niet als onrechtmatigheid, maar wel als tekortkoming in de "
              "interne beheersing. Aanbeveling: borg de plafondcontrole in het zaaksysteem en laat een tweede "
              "medewerker elke verlening boven € 5.000 accorderen."),
        ("h2", "3. Betalingen op rekeningen van bestuurders"),
        ("p", "In het subsidieregister troffen wij twaalf betalingen aan op rekeningen die op naam van een "
              "natuurlijk persoon staan, waaronder twee jaarsubsidies aan verenigingen (Buurtvereniging "
              "Spoorzone Assendorp en Schaakclub De IJsselpion) die zijn overgemaakt naar de privérekening van de "
              f"penningmeester ({ossewaarde.iban} en {stegeman.iban}). Dit vergroot het risico op misbruik. "
              "Aanbeveling: betaal subsidies aan rechtspersonen alleen op een rekening op naam van de rechtspersoon, "
              "te controleren met het uittreksel van de Kamer van Koophandel."),
        ("pb",),
        ("h2", "4. Vaststelling van subsidies"),
        ("p", "Van de 40 gecontroleerde vaststellingen ontbrak bij drie dossiers het inhoudelijk verslag. Bij "
              "Stichting Kamperpoort Leeft (SUB-2024-0201) was het financieel verslag niet ondertekend. Bij de "
              "Voedselbank Zwolle is de vaststelling correct, maar laat (artikel 4:47 Awb). De fout en onzekerheid "
              "bedraagt in totaal € 38.900 en blijft ruim onder de rapporteringstolerantie."),
        ("h2", "5. Opvolging eerdere aanbevelingen"),
        ("table", [["Aanbeveling 2023", "Status", "Toelichting"],
                   ["Actualiseren subsidieregister", "opgevolgd", "register maandelijks geëxporteerd"],
                   ["Functiescheiding verlenen/betalen", "deels", "crediteurenadministratie controleert IBAN nog niet tegen KvK"],
                   ["Tijdig vaststellen", "niet", "achterstand van 61 dossiers per 31-12-2024"]], [3, 1.2, 4]),
        ("h2", "6. Contact"),
        ("p", f"Voor vragen kunt u contact opnemen met {haverkamp.name} ({haverkamp.mobile}, {haverkamp.email}) of "
              f"met de senior op deze opdracht, {kremer.name} ({kremer.email}). Het algemene nummer van ons kantoor "
              "is 088 236 4000."),
        ("p", f"Hoogachtend,\nBDO Audit & Assurance B.V.\n\nw.g. drs. {tuinstra.ini} RA\npartner\n"
              f"T {tuinstra.phone} | {tuinstra.email}"),
    ])

# ================================================================ cm19 handwritten objection (scan, handwriting)
doc("cm19_bezwaar_handgeschreven", "scan", inner="hand", hand="femke", hsize=17, dpi=150, angle=0.8,
    title="bezwaarschrift",
    lines=[f"<r>{mulderij.name}", f"<r>{mulderij.street}", f"<r>{mulderij.postcode} Zwolle",
           f"<r>tel. {mulderij.phone}", "",
           "Aan het college van burgemeester en wethouders", "van de gemeente Zwolle", "Postbus 10007",
           "8000 GA Zwolle", "", "Zwolle, 29 april 2024", "",
           "Betreft: bezwaar tegen afwijzing subsidie",
           "zaaknummer SUB-2024-0301", "",
           "Geachte heer, mevrouw,", "",
           "Hierbij maak ik bezwaar tegen uw besluit van",
           "22 maart 2024 waarin u mijn aanvraag voor het",
           "Initiatievenfonds afwijst. Ik wilde met de buren",
           "een moestuin aanleggen op het grasveld aan de",
           "Ruiterlaan. U schrijft dat het geld op is, maar",
           "mijn buurman kreeg vorig jaar wel geld.",
           "<pb>",
           "Ik vind dat niet eerlijk. Ik heb de aanvraag in",
           "januari al gedaan bij meneer Hagedoorn maar die",
           "heeft het formulier kwijtgemaakt.",
           "Ik vraag u het besluit te herzien.", "",
           "Ik wil graag gehoord worden.",
           "Mijn e-mail is " + mulderij.email, "",
           "Met vriendelijke groet,", "", f"   {mulderij.name}", "",
           "(handtekening)"])

# ================================================================ cm20 scanned typed letter Kamperpoort Leeft
doc("cm20_scan_brief_kamperpoort", "scan", inner="rl", font="courier", size=10.5, dpi=150, angle=0.5,
    title="brief Kamperpoort Leeft",
    blocks=[
        ("b", "Stichting Kamperpoort Leeft"),
        ("p", "Kamperstraat 36, 8011 LP Zwolle - KvK 71880142"),
        ("sp", 12),
        ("p", "Gemeente Zwolle\nteam Subsidies\nt.a.v. mevrouw S. Kartosen\nPostbus 10007\n8000 GA Zwolle"),
        ("sp", 8),
        ("p", "Zwolle, 18 maart 2024\nBetreft: aanvulling aanvraag SUB-2024-0201"),
        ("p", f"Beste mevrouw {kartosen.last},"),
        ("p", "Zoals afgesproken sturen wij u de ontbrekende stukken voor onze aanvraag jaarsubsidie 2024: de "
              "jaarrekening 2023 en de begroting voor de wijkmaaltijden in het wijkcentrum. De jaarrekening is "
              "door de kascommissie gecontroleerd. Onze penningmeester is ziek; de stukken zijn daarom "
              "ondertekend door de voorzitter en mij."),
        ("p", f"Voor vragen kunt u mij bellen op {rouwenhorst.mobile} of mailen naar {rouwenhorst.email}. "
              f"Post kunt u tijdelijk naar mijn huisadres sturen: {rouwenhorst.street}, {rouwenhorst.postcode} Zwolle."),
        ("p", f"Met vriendelijke groet,\n\n\n{rouwenhorst.name}\nsecretaris Stichting Kamperpoort Leeft"),
        ("small", "Bijlagen: 2"),
    ])

# ================================================================ cm21 scanned declaration form with handwriting (volunteer)
doc("cm21_scan_declaratie", "scan", inner="rl", font="helv", size=10.5, dpi=150, angle=0.7,
    title="declaratie vrijwilligersvergoeding",
    blocks=[
        ("h1", "Declaratieformulier vrijwilligersvergoeding"),
        ("p", "Gemeente Zwolle · Initiatievenfonds / wijkbudget Holtenbroek · inleveren bij subsidies@zwolle.nl"),
        ("kv", [["Naam vrijwilliger", bremer.name], ["Adres", f"{bremer.street}, {bremer.postcode} Zwolle"],
                ["IBAN", bremer.iban], ["Activiteit", "buurtfeest Sint Jacobsplein, opbouw en afbouw"],
                ["Periode", "juni 2024"], ["Bedrag", "€ 180,00 (maximaal € 190 per maand, Belastingdienst)"],
                ["Organisator", f"{veldkamp.name}"], ["Zaaknummer", "VRW-2024-77"]]),
        ("p", "Ik verklaar dat ik dit jaar niet meer dan het fiscale maximum aan vrijwilligersvergoedingen ontvang."),
        ("p", f"Datum: 24 juni 2024          Handtekening: ......................\n\n"
              f"Voor akkoord (gemeente): {hagedoorn.ini}, accountmanager          paraaf: {hagedoorn.paraaf}"),
        ("small", "Verwerkt door crediteurenadministratie, batch 2024-10-11."),
    ])

# ================================================================ cm22 WhatsApp export
wa = [
    ("12-03-24 08:51", brinkhuis, "Goedemorgen Sanne, Henk hier van Apollo. Hebben jullie onze aanvraag al bekeken? De dirigent wil weten of we de jeugdopleiding kunnen starten"),
    ("12-03-24 09:14", kartosen, "Hoi Henk! Ja, de beschikking is gisteren verstuurd naar Wendy. Jullie krijgen 10.200, iets minder dan gevraagd vanwege het plafond"),
    ("12-03-24 09:15", brinkhuis, "Jammer maar begrijpelijk. Kan de eerste termijn voor april? We moeten de huur van het lokaal aan de Burgemeester Drijbersingel betalen"),
    ("12-03-24 09:22", kartosen, "Ik vraag het na bij Dennis van crediteuren. Stuur je wel even het nieuwe rekeningnummer via subsidies@zwolle.nl? Niet via app graag 🙂"),
    ("12-03-24 09:23", brinkhuis, "Doe ik. Wendy zit deze week in het ziekenhuis, dus ik doe het"),
    ("18-03-24 17:40", brinkhuis, "Verstuurd. Trouwens, wethouder Van Willigen komt op ons voorjaarsconcert in Theater De Spiegel, leuk!"),
    ("18-03-24 17:52", kartosen, "Top, goed om te horen. Ik bel je morgen even vanaf mijn werknummer 038 498 2317"),
    ("19-03-24 10:05", brinkhuis, f"Prima. Mijn vaste nummer thuis is trouwens 038 454 7719, mobiel {brinkhuis.mobile}"),
]
walines = [f"[{t}] {p.first} {p.last}: {m}" for t, p, m in wa]
doc("cm22_whatsapp_export", "rl", font="dejavu", size=9.2, title="WhatsApp-chat met Henk Brinkhuis",
    blocks=[("b", f"WhatsApp Chat met {brinkhuis.name} ({brinkhuis.mobile})"),
            ("small", f"Geëxporteerd op 02-05-2025 uit de zakelijke telefoon van {kartosen.name} "
                      f"({kartosen.mobile}) ten behoeve van Woo-verzoek {WOO}."),
            ("small", "Berichten en oproepen worden end-to-end versleuteld."),
            ] + [("p", l) for l in walines] +
           [("small", "<Media weggelaten> (1 foto: affiche voorjaarsconcert Apollo Westenholte)")])

# ================================================================ cm23 Teams chat export
teams = [
    ("Bakhuis, Rianne (Gemeente Zwolle)", "vr 13-12-2024 09:02", "Thijs, heb jij de lijst met betalingen op privérekeningen al? BDO vraagt ernaar voor de interim"),
    ("Brouwerink, Thijs (Gemeente Zwolle)", "vr 13-12-2024 09:05", "Stijn draait vandaag de export uit het subsidieregister. Verwacht 12 regels"),
    ("Bakhuis, Rianne (Gemeente Zwolle)", "vr 13-12-2024 09:06", "Zit de Leergeld-bijdrage (Kindpakket) daar ook in? Die staat op 7.1.06"),
    ("Brouwerink, Thijs (Gemeente Zwolle)", "vr 13-12-2024 09:09", "Nee, Stichting Leergeld Zwolle heeft een eigen rekening. Alleen natuurlijke personen en de twee penningmeesters"),
    ("Wolbers, Stijn (Gemeente Zwolle)", "vr 13-12-2024 11:31", "Export staat in de teamsite /Financiën/Controle/2024. Let op: tabblad 'uitbetaald' bevat adressen, niet doorsturen"),
    ("Bakhuis, Rianne (Gemeente Zwolle)", "vr 13-12-2024 11:40", "Dank! @Marjolein Hesselink kun jij de aansluiting met de crediteurenlijst Q4 maken?"),
    ("Hesselink, Marjolein (Gemeente Zwolle)", "vr 13-12-2024 13:15", "Gedaan, verschil van € 250: sportmaatje meneer Hoogeveen, betaald op rekening bewindvoerder. Verklaard"),
    ("Brouwerink, Thijs (Gemeente Zwolle)", "vr 13-12-2024 13:18", "👍 Ik zet het in de memo voor Marloes"),
]
rows = [["Van", "Tijd", "Bericht"]] + [list(t) for t in teams]
doc("cm23_teams_chat", "rl", font="libsans", size=9.2, title="Teams-chat Controle subsidies",
    blocks=[("b", "Microsoft Teams – chat 'Controle subsidies 2024' (export)"),
            ("small", f"Deelnemers: {bakhuis.name}, {brouwerink.name}, {wolbers.name}, {hesselink.name}. "
                      f"Geëxporteerd 02-05-2025 door team Informatiebeheer voor Woo-verzoek {WOO}."),
            ("table", rows, [3.2, 2.3, 7]),
            ("small", f"Vergaderlink kanaal: teams.microsoft.com/l/channel/controle-subsidies; beheerder: {bakhuis.email}")])

# ================================================================ cm24 notitie, name only in metadata (Info Author + XMP)
doc("cm24_notitie_plafond", "rl", font="helv", size=10, letterhead=LH, title="Notitie subsidieplafond amateurkunst 2024",
    author=lubbers.name, xmp_creator=lubbers.name,
    meta={"Author": lubbers.name, "Subject": f"Concept {lubbers.paraaf}, review {bleumink.name}"},
    blocks=[
        ("h1", "Notitie subsidieplafond amateurkunst 2024"),
        ("kv", [["Voor", "portefeuilleoverleg Financiën, 24 oktober 2024 (wethouder Anker, wethouder Van Willigen)"],
                ["Van", "team Concern Control"], ["Status", "leesdossier, niet openbaar vóór besluitvorming"]]),
        ("h2", "Aanleiding"),
        ("p", "Op budgetregel 6.5.02 Amateurkunst van het Programma Cultuur, Sport en Recreatie staat € 212.400 aan "
              "verleende subsidies geboekt, bij een subsidieplafond van € 205.000 (raadsbesluit begroting 2024)."),
        ("h2", "Analyse"),
        ("p", "Het verschil van € 7.400 wordt verklaard door € 7.600 aan subsidies uit het Zwols Sportakkoord "
              "(jeugdregeling) die ten onrechte op 6.5.02 zijn geboekt. Na correctie resteert € 200 ruimte onder "
              "het plafond. De verdeling naar evenredigheid (korting 5,6%) is op alle 31 aanvragers gelijk "
              "toegepast, ook op Muziekvereniging Apollo Westenholte."),
        ("h2", "Gevolgen"),
        ("p", "Geen begrotingsonrechtmatigheid; wel een bevinding interne beheersing in de managementletter van "
              "BDO. De ontvangers merken niets van de correctie. De gemeenteraad wordt geïnformeerd via de tweede "
              "bestuursrapportage."),
        ("h2", "Advies"),
        ("p", "1. Correctieboeking laten uitvoeren. 2. Plafondcontrole in het zaaksysteem. 3. In de Voorjaarsnota "
              "2025 het plafond amateurkunst met € 15.000 verhogen, gedekt uit de Cultuurnota 2023-2026."),
    ])

# ================================================================ cm25 bundle with names only in outline titles (docx)
doc("cm25_bundel_vaststellingen", "docx", dfont="Arial", size=10, letterhead=LH, title="Bundel vaststellingen 2024",
    outline=[("Overzicht vaststellingen 2024", 0), (f"Reactie {grootenboer.first} {grootenboer.last} op steekproef", 0),
             (f"Dossier IJsselpion – penningmeester {stegeman.last}", 1), ("Dossier ZAC", 1),
             (f"Aantekeningen {hesselink.last} / {kartosen.last}", 1)],
    blocks=[
        ("h1", "Bundel vaststellingen jaarsubsidies 2024 (steekproef accountant)"),
        ("p", "Deze bundel bevat de vaststellingsbeschikkingen die BDO Audit & Assurance B.V. in de steekproef heeft "
              "opgenomen, met per dossier de stand van de verantwoording. Zaaknummers volgens het zaaksysteem."),
        ("table", [["Zaaknummer", "Organisatie", "KvK", "Verleend", "Vastgesteld", "Status"],
                   ["SUB-2024-0066", "Buurtvereniging Spoorzone Assendorp", "67120884", "€ 8.000", "€ 7.480", "afgerond"],
                   ["SUB-2024-0117", "Muziekvereniging Apollo Westenholte", "40058832", "€ 10.200", "—", "verslag ontvangen"],
                   ["SUB-2024-0201", "Stichting Kamperpoort Leeft", "71880142", "€ 14.500", "—", "verslag niet ondertekend"],
                   ["SUB-2024-0009", "Voedselbank Zwolle", "08161527", "€ 12.500", "€ 12.500", "afgerond (laat)"],
                   ["SUB-2024-0390", "Zwolsche Athletische Club", "40059210", "€ 9.000", "€ 9.000", "afgerond"],
                   ["SUB-2024-0145", "Schaakclub De IJsselpion", "40060911", "€ 1.150", "€ 1.150", "betaald op privérekening"]]),
        ("h2", "Toelichting steekproef"),
        ("p", "De steekproef omvat zes dossiers met een totaalbedrag van € 55.350. Bij twee dossiers is de "
              "verantwoording nog niet compleet. De ZAC heeft een accountantsverklaring overgelegd; voor de "
              "overige organisaties volstaat een financieel verslag (ASV, artikel 16)."),
        ("pb",),
        ("h2", "Dossier Schaakclub De IJsselpion"),
        ("p", "Vaststelling op € 1.150 conform de verleende subsidie. De schaakclub speelt in de Stadkamer (Zeven "
              "Alleetjes 1) en organiseert het Zwolse jeugdschaakkampioenschap. Het rapport van feitelijke "
              "bevindingen van Administratiekantoor IJsseldelta is bijgevoegd. Aandachtspunt: de betaling ging naar "
              "een rekening op naam van de penningmeester; voor 2025 is een verenigingsrekening opgegeven."),
        ("h2", "Dossier Zwolsche Athletische Club"),
        ("p", "Vaststelling op € 9.000 voor de jeugdtrainingen op sportpark Het Hoge Laar in het kader van het "
              "Zwols Sportakkoord. Geen bijzonderheden."),
    ])

# ================================================================ cm26 budget overview with sticky-note annotations
doc("cm26_begroting_annotaties", "rl", font="dejavucond", size=9.5, title="Budgetoverzicht subsidies 2024",
    annots=[{"page": 0, "at": (500, 690), "author": hesselink.name,
             "text": f"Klopt 6.5.02 na correctie? Graag nakijken met {lubbers.first}. {hesselink.paraaf}"},
            {"page": 0, "at": (500, 560), "author": bakhuis.name,
             "text": "Leergeld: extra bijdrage Kindpakket nog niet in deze stand."},
            {"page": 0, "at": (60, 400), "author": "Controle",
             "text": f"Besproken met {meijerink.name} i.v.m. bezwaar Ruiterlaan (Initiatievenfonds)."}],
    blocks=[
        ("h1", "Budgetoverzicht subsidies 2024 – stand 31 oktober"),
        ("p", "Gemeente Zwolle, team Financiën. Bedragen in euro's. Bron: Key2Financiën, rapport SUBS-BUDG-01."),
        ("table", [["Budgetregel", "Omschrijving", "Begroot / plafond", "Verleend", "Betaald", "Ruimte"],
                   ["6.5.02", "Amateurkunst", "205.000", "212.400", "151.300", "-7.400"],
                   ["6.5.04", "Cultuurparticipatie", "96.000", "81.250", "70.400", "14.750"],
                   ["6.5.10", "Sportstimulering (Zwols Sportakkoord)", "140.000", "118.900", "96.000", "21.100"],
                   ["6.5.11", "Sportaccommodaties", "1.250.000", "1.088.300", "902.115", "161.700"],
                   ["7.1.04", "Wijkgerichte initiatieven / Initiatievenfonds", "180.000", "180.000", "143.900", "0"],
                   ["7.1.06", "Minimabeleid (Kindpakket, Leergeld)", "620.000", "598.750", "512.000", "21.250"],
                   ["Totaal", "", "2.491.000", "2.279.600", "1.875.715", "211.400"]], [1.2, 4, 1.6, 1.4, 1.4, 1.2]),
        ("p", "Toelichting: de negatieve ruimte op 6.5.02 wordt verklaard door een boekingsfout (zie notitie "
              "subsidieplafond amateurkunst 2024). Het Initiatievenfonds is per 1 oktober uitgeput; nieuwe "
              "aanvragen worden afgewezen onder verwijzing naar het subsidieplafond (artikel 4:25 Awb)."),
        ("p", "De bijdrage aan Stichting Leergeld Zwolle en de Voedselbank Zwolle valt onder het Programma Sociaal "
              "Domein (wethouder Schuttenbeld); de overige regels onder het Programma Cultuur, Sport en Recreatie "
              "(wethouder Van Willigen)."),
    ])

# ================================================================ cm27 application form with AcroForm fields
doc("cm27_formulier_kindpakket", "form", font="helv", title="Aanvraag Kindpakket",
    footer="Gemeente Zwolle · Postbus 10007 · 8000 GA Zwolle · 14 038 · www.zwolle.nl/kindpakket",
    head=["Aanvraagformulier Kindpakket 2024", "Gemeente Zwolle – Programma Sociaal Domein – in samenwerking met "
          "Stichting Leergeld Zwolle", "Zaaknummer: SUB-2024-0718 (in te vullen door de gemeente)"],
    fields=[("h", "1. Gegevens aanvrager"),
            ("f", "Naam", ekkelenkamp.name), ("f", "Geboortedatum", ekkelenkamp.dob),
            ("f", "Burgerservicenummer", ekkelenkamp.bsn),
            ("f", "Adres", f"{ekkelenkamp.street}, {ekkelenkamp.postcode} Zwolle"),
            ("f", "Telefoon", ekkelenkamp.mobile), ("f", "E-mail", ekkelenkamp.email),
            ("f", "IBAN", ekkelenkamp.iban),
            ("h", "2. Kinderen"),
            ("f", "Kind 1 (naam, leeftijd)", "Mees Ekkelenkamp, 9 jaar"),
            ("f", "Kind 2 (naam, leeftijd)", "Lotte Ekkelenkamp, 13 jaar"),
            ("h", "3. Inkomen"),
            ("f", "Netto maandinkomen huishouden", "EUR 1.780"),
            ("t", "Het Kindpakket is bedoeld voor huishoudens met een inkomen tot 130% van het sociaal minimum.\n"
                  "Stichting Leergeld Zwolle levert de fiets, laptop of sportkleding; de gemeente betaalt."),
            ("h", "4. Ondertekening"),
            ("f", "Plaats en datum", "Zwolle, 3 september 2024"),
            ("t", "Door te ondertekenen verklaart u het formulier naar waarheid te hebben ingevuld (Awb, artikel 4:2).\n"
                  "Uw gegevens worden verwerkt volgens de AVG. Vragen: subsidies@zwolle.nl of 14 038.")])

# ================================================================ cm28 raadsinformatiebrief
doc("cm28_raadsinformatiebrief", "rl", font="times", size=10.5, letterhead=LH, footer=FOOT,
    title="Raadsinformatiebrief tweede bestuursrapportage subsidies",
    blocks=[
        ("h1", "Raadsinformatiebrief"),
        ("kv", [["Datum", "19 november 2024"], ["Portefeuillehouder", "wethouder Ed Anker"],
                ["Onderwerp", "Subsidieplafonds en boekingsfout amateurkunst 2024"],
                ["Zaaknummer", "Z/24/398115"], ["Contactpersoon", f"{lubbers.name}, financieel adviseur, {lubbers.phone}"]]),
        ("p", "Geachte leden van de gemeenteraad,"),
        ("p", "Met deze brief informeren wij u over een fout in de boeking van subsidies en over de stand van de "
              "subsidieplafonds in 2024. Wij doen dit bij de tweede bestuursrapportage, zoals wethouder Anker in "
              "de commissie Bestuur en Middelen van 17 oktober 2024 heeft toegezegd."),
        ("h2", "Wat is er gebeurd?"),
        ("p", "In maart 2024 zijn subsidies uit de jeugdregeling van het Zwols Sportakkoord (€ 7.600) geboekt op de "
              "budgetregel Amateurkunst in plaats van op Sportstimulering. Daardoor leek het subsidieplafond "
              "voor amateurkunst overschreden. De fout is hersteld. Het plafond is niet overschreden en geen "
              "vereniging heeft minder subsidie gekregen dan waar zij recht op had."),
        ("h2", "Stand van de plafonds"),
        ("p", "Het Initiatievenfonds is per 1 oktober 2024 uitgeput. Dat betekent dat inwoners die na die datum "
              "een aanvraag doen een afwijzing krijgen. In 2024 zijn 87 initiatieven ondersteund, waaronder "
              "buurtfeesten, moestuinen en activiteiten van Travers Welzijn in Holtenbroek en Stadshagen. Het "
              "Kindpakket, dat wij samen met Stichting Leergeld Zwolle uitvoeren, heeft nog ruimte."),
        ("h2", "Maatregelen"),
        ("p", "Wij hebben de volgende maatregelen genomen: (1) het zaaksysteem controleert bij elke verlening de "
              "budgetregel en het plafond; (2) subsidies aan verenigingen en stichtingen worden alleen nog "
              "betaald op een rekening op naam van de organisatie, gecontroleerd met het uittreksel van de Kamer "
              "van Koophandel; (3) de concerncontroller rapporteert elk kwartaal over de plafonds aan het college."),
        ("pb",),
        ("h2", "Vervolg"),
        ("p", "In de Voorjaarsnota 2025 stellen wij voor het plafond amateurkunst met € 15.000 te verhogen. De "
              "schriftelijke vragen van de raadsleden Wijnberg (GroenLinks) en Heuvelman (VVD) beantwoorden wij "
              "afzonderlijk. Onze accountant BDO betrekt de bevindingen bij de controle van de jaarrekening 2024."),
        ("p", "Wij vertrouwen erop u hiermee voldoende te hebben geïnformeerd.\n\n"
              "Burgemeester en wethouders van Zwolle,\n\nde burgemeester, Peter Snijders"),
        ("small", "Deze brief is geregistreerd bij de griffie (griffie@zwolle.nl) en wordt besproken in de commissie "
                  "Bestuur en Middelen van 5 december 2024 op verzoek van raadslid Sevda Aydemir (PvdA). Ambtelijke vragen: {lubbers.email}; "
                  f"inhoudelijk (cultuur): {slotboom.name}, {slotboom.phone}; sport: {scheppink.name}."),
    ])

# ================================================================ cm29 collegeadvies with paraph table (docx)
doc("cm29_collegeadvies", "docx", dfont="Calibri", size=10, title="Collegeadvies verhoging subsidieplafond amateurkunst",
    meta={"Author": "Gemeente Zwolle", "LastModifiedBy": "Gemeente Zwolle"},
    blocks=[
        ("h1", "Collegeadvies"),
        ("kv", [["Onderwerp", "Verhoging subsidieplafond amateurkunst 2025 en aanscherping betaalproces subsidies"],
                ["Zaaknummer", "Z/25/401772"], ["Collegevergadering", "4 maart 2025"],
                ["Portefeuillehouder", "wethouder Michiel van Willigen (Cultuur); wethouder Ed Anker (Financiën)"],
                ["Steller", f"{slotboom.name}, beleidsadviseur cultuur, {slotboom.phone}"],
                ["Openbaar", "ja, na besluitvorming"]]),
        ("table", [["Paraaf", "Naam", "Functie", "Datum"],
                   [slotboom.paraaf, slotboom.name, "steller", "12-02-2025"],
                   [wiggers.paraaf, wiggers.name, "teamleider Subsidies", "13-02-2025"],
                   [lubbers.paraaf, lubbers.name, "financieel adviseur", "14-02-2025"],
                   [bleumink.paraaf, bleumink.name, "concerncontroller", "17-02-2025"],
                   [wolterink.paraaf, wolterink.name, "jurist (toets ASV)", "17-02-2025"]]),
        ("h2", "Beslispunten"),
        ("p", "1. In te stemmen met het voorstel aan de gemeenteraad om in de Voorjaarsnota 2025 het subsidieplafond "
              "amateurkunst (budgetregel 6.5.02) structureel met € 15.000 te verhogen tot € 220.000, gedekt binnen "
              "de Cultuurnota 2023-2026.\n2. Het Subsidieprotocol 2025 vast te stellen, waarin is bepaald dat "
              "subsidies aan rechtspersonen uitsluitend worden betaald op een rekening op naam van de "
              "rechtspersoon.\n3. De raad te informeren met bijgaande raadsinformatiebrief."),
        ("h2", "Aanleiding"),
        ("p", "In 2024 moest het plafond voor amateurkunst naar evenredigheid worden verdeeld; alle 31 aanvragers "
              "kregen 5,6% minder dan gevraagd. Tegelijk groeit het aantal jeugdleden bij muziekverenigingen, "
              "mede door de samenwerking met de Stadkamer. De managementletter van BDO (28 maart 2025, concept) "
              "wijst op betalingen op privérekeningen van penningmeesters."),
        ("h2", "Argumenten"),
        ("p", "1.1 Met een hoger plafond hoeft in 2025 naar verwachting niet te worden gekort. 1.2 De verhoging past "
              "binnen de Cultuurnota en de motie 'Ruimte voor amateurkunst' van de gemeenteraad. 2.1 Betalen op "
              "een rekening van de rechtspersoon verkleint het risico op misbruik en is controleerbaar via de "
              "Kamer van Koophandel. 2.2 Het protocol sluit aan bij de Algemene subsidieverordening Zwolle 2020 "
              "en de Algemene wet bestuursrecht."),
        ("pb",),
        ("h2", "Kanttekeningen"),
        ("p", "Kleine verenigingen zonder eigen bankrekening (zoals sommige bewonersgroepen die uit het "
              "Initiatievenfonds worden gesteund) blijven op de rekening van een contactpersoon betaald. Daar "
              "geldt een maximum van € 2.500. Buurtvereniging Spoorzone Assendorp en Schaakclub De IJsselpion "
              "hebben inmiddels een verenigingsrekening geopend."),
        ("h2", "Financiën"),
        ("p", "De verhoging van € 15.000 wordt gedekt uit de post 'ontwikkelruimte' van de Cultuurnota 2023-2026. "
              "Er zijn geen gevolgen voor de algemene reserve."),
        ("h2", "Communicatie"),
        ("p", f"De verenigingen worden via de nieuwsbrief van team Subsidies geïnformeerd. Woordvoering: "
              f"wethouder Van Willigen. Ambtelijk aanspreekpunt voor de pers is de afdeling Communicatie "
              f"(14 038)."),
        ("small", f"Bijlagen: concept-raadsvoorstel; Subsidieprotocol 2025; memo BDO. Voorbereid door "
                  f"{slotboom.first} {slotboom.last} en {lubbers.first} {lubbers.last}."),
    ])

# ================================================================ cm30 SEPA batch payment order
sepa = ["BETAALBATCH 2024-10-11 / SUBS-WIJK  (SEPA Credit Transfer, pain.001.001.03)",
        "Opdrachtgever : Gemeente Zwolle, rekening BNG Bank (zie financieel systeem)",
        "Aangemaakt door: " + f"{nijhof.first[0]}. {nijhof.last}" + "   Geautoriseerd: " + f"{lubbers.first} {lubbers.last}",
        "-" * 92,
        f"{'Nr':<4}{'Begunstigde':<34}{'IBAN':<26}{'Bedrag':>10}  Kenmerk"]
pay = [(bremer.name, bremer.iban, "180,00", "VRW-2024-77"),
       (bouzidi.name, bouzidi.iban, "180,00", "VRW-2024-81"),
       ("Stichting Kamperpoort Leeft", "(rek. stichting)", "3.625,00", "SUB-2024-0201"),
       (klaassen.name, klaassen.iban, "750,00", "SUB-2024-0517"),
       ("Travers Welzijn", "(rek. stichting)", "12.000,00", "SUB-2024-0077"),
       (rietman.name, rietman.iban, "250,00", "SUB-2024-0560"),
       (amrani.name, amrani.iban, "980,00", "SUB-2024-0571"),
       ("Voedselbank Zwolle", "(rek. stichting)", "3.125,00", "SUB-2024-0009")]
for i, (n, ib, b, k) in enumerate(pay, 1):
    sepa.append(f"{i:<4}{n:<34}{ib:<26}{b:>10}  {k}")
sepa += ["-" * 92, f"{'':<4}{'Totaal 8 posten':<34}{'':<26}{'21.090,00':>10}",
         "", "Omschrijving bij betaling: 'Gemeente Zwolle subsidie <kenmerk>'",
         "Vier-ogencontrole: IBAN natuurlijke personen gecontroleerd tegen aanvraagformulier."]
doc("cm30_betaalbatch", "rl", font="courier", mono="courier", monosize=8.3, size=9, title="Betaalbatch 2024-10-11",
    blocks=[("b", "Gemeente Zwolle – Crediteurenadministratie"),
            ("small", "Uitdraai ten behoeve van de accountantscontrole (BDO), steekproef wijkbudget/Initiatievenfonds."),
            ("mono", "\n".join(sepa)),
            ("small", f"Contact: crediteuren@zwolle.nl | {nijhof.name}, {nijhof.phone}")])

# ================================================================ cm31 verslag overleg subsidiepartners (docx)
doc("cm31_verslag_overleg", "docx", dfont="Liberation Sans", size=10, title="Verslag partneroverleg sociaal domein",
    blocks=[
        ("h1", "Verslag partneroverleg minimabeleid en wijkinitiatieven"),
        ("kv", [["Datum", "26 september 2024, 10.00-11.30 uur"], ["Locatie", "Stadkamer, Zeven Alleetjes 1, zaal 3"],
                ["Voorzitter", "wethouder Monique Schuttenbeld"],
                ["Aanwezig", f"{holterman.name} (Voedselbank Zwolle), {elkhatib.name} (Stichting Diezerpoort Samen), "
                             f"{rouwenhorst.name} (Stichting Kamperpoort Leeft), een coördinator van Stichting Leergeld "
                             f"Zwolle, {yildirim.name} en {kartosen.name} (gemeente Zwolle)"],
                ["Afwezig", f"Travers Welzijn (bericht van verhindering), {bolhuis.name} (ZAC)"],
                ["Verslag", f"{yildirim.first} {yildirim.last} ({yildirim.email}, {yildirim.phone})"]]),
        ("h2", "1. Opening"),
        ("p", "Wethouder Schuttenbeld opent het overleg en meldt dat het Initiatievenfonds per 1 oktober is "
              "uitgeput. Zij wil met de partners bespreken hoe wijkinitiatieven in het laatste kwartaal toch "
              "ondersteund kunnen worden, bijvoorbeeld uit het wijkbudget."),
        ("h2", "2. Voedselbank Zwolle"),
        ("p", f"{holterman.first} {holterman.last} meldt dat het aantal huishoudens dat gebruikmaakt van de "
              "Voedselbank Zwolle in een jaar met 14% is gestegen. De jaarsubsidie (€ 12.500) is toereikend, maar "
              "de huur van de opslag aan de Kamperstraat 36 stijgt. Zij is bereikbaar via info@voedselbankzwolle.nl "
              f"of {holterman.mobile}."),
        ("h2", "3. Diezerpoort Samen"),
        ("p", f"De heer {elkhatib.last} licht toe dat het project 'Koken met de buren' na de afwijzing in april "
              f"met een kleinere begroting doorgaat, met steun van het Oranje Fonds. Mevrouw {kartosen.last} "
              "adviseert voor 2025 tijdig in te dienen; de aanvraagperiode loopt van 1 november tot en met 15 januari."),
        ("h2", "4. Kindpakket en Stichting Leergeld Zwolle"),
        ("p", "De Stichting Leergeld Zwolle verwacht het budget voor het Kindpakket in november te overschrijden. "
              "De wethouder zegt toe met wethouder Anker te bespreken of een extra bijdrage mogelijk is."),
        ("h2", "5. Actiepunten"),
        ("table", [["Actie", "Wie", "Wanneer"],
                   ["Overzicht wijkbudget Q4 naar partners", f"{kartosen.first[0]}. {kartosen.last}", "10 oktober"],
                   ["Gesprek extra bijdrage Kindpakket", "wethouder Schuttenbeld / wethouder Anker", "november"],
                   ["Aanvraag 2025 Diezerpoort Samen", f"{elkhatib.first[0]}. {elkhatib.last}", "15 januari 2025"],
                   ["Huurkwestie opslag Voedselbank", f"{holterman.first[0]}. {holterman.last} / Rova (ruimte)", "december"]]),
        ("p", f"Volgend overleg: 12 december 2024, stadhuis, Grote Kerkplein 15. Contact Kamperpoort Leeft: "
              f"{rouwenhorst.mobile}; Diezerpoort Samen: {elkhatib.email}."),
    ])

# ================================================================ cm32 rapport van feitelijke bevindingen (small accountant)
doc("cm32_rapport_bevindingen", "rl", font="libserif", size=10.2, title="Rapport van feitelijke bevindingen",
    letterhead=["Administratiekantoor IJsseldelta", "Thorbeckegracht 58 · 8011 VP Zwolle · KvK 72210947",
                "info@ijsseldelta-administratie.nl"],
    blocks=[
        ("h1", "Rapport van feitelijke bevindingen"),
        ("kv", [["Opdrachtgever", "Schaakclub De IJsselpion, Zwolle (KvK 40060911)"],
                ["Bestemd voor", "bestuur van de vereniging en het college van burgemeester en wethouders van Zwolle"],
                ["Betreft", "verantwoording jaarsubsidie 2024, zaaknummer SUB-2024-0145"],
                ["Datum", "6 februari 2025"]]),
        ("p", "Wij hebben de werkzaamheden verricht die wij met het bestuur van Schaakclub De IJsselpion en de "
              "gemeente Zwolle zijn overeengekomen, ter verantwoording van de jaarsubsidie 2024 op grond van de "
              "Algemene subsidieverordening Zwolle 2020. Onze werkzaamheden zijn geen controle: wij geven geen "
              "zekerheid over de jaarrekening als geheel."),
        ("h2", "Werkzaamheden en bevindingen"),
        ("table", [["Werkzaamheid", "Bevinding"],
                   ["Aansluiting subsidie-ontvangst op bankafschrift", f"€ 1.150 ontvangen op 4 april 2024 op "
                    f"rekening {stegeman.iban} (t.n.v. J. {stegeman.last}, penningmeester)"],
                   ["Bestedingen jeugdschaakkampioenschap", "€ 1.320 aan zaalhuur Stadkamer, prijzen en borden; "
                    "facturen aanwezig"],
                   ["Ledenaantal peildatum 1 januari 2024", "41 leden, waarvan 17 jeugdleden (ledenlijst gezien)"],
                   ["Besluit algemene ledenvergadering", "jaarrekening 2024 goedgekeurd op 27 januari 2025"]], [2, 3]),
        ("p", f"De penningmeester, de heer {stegeman.ini} ({stegeman.street}, {stegeman.postcode} Zwolle, "
              f"{stegeman.email}), heeft ons alle gevraagde stukken verstrekt. Wij adviseren de vereniging de "
              "subsidie voortaan te laten storten op een rekening op naam van de vereniging."),
        ("p", f"Zwolle, 6 februari 2025\nAdministratiekantoor IJsseldelta\n\n{vrielink.name} AA\n"
              f"{vrielink.mobile} | {vrielink.email}"),
    ])

# ================================================================ cm33 hoorzitting commissie bezwaarschriften
doc("cm33_hoorzitting_verslag", "rl", font="dejavuserif", size=9.6, title="Verslag hoorzitting bezwaar Initiatievenfonds",
    footer="Commissie bezwaarschriften gemeente Zwolle · bezwaarschriften@zwolle.nl",
    blocks=[
        ("h1", "Verslag hoorzitting commissie bezwaarschriften"),
        ("kv", [["Zaak", "bezwaar tegen afwijzing aanvraag Initiatievenfonds (SUB-2024-0301), BZ-2024-0219"],
                ["Datum hoorzitting", "11 juni 2024, 14.30 uur, stadhuis Zwolle, Grote Kerkplein 15"],
                ["Commissie", f"mr. {zwiers.ini} (voorzitter, extern); secretaris {meijerink.name}"],
                ["Bezwaarmaker", f"de heer {mulderij.ini}, {mulderij.street}, {mulderij.postcode} Zwolle"],
                ["Namens het college", f"{hagedoorn.name} (accountmanager) en {wolterink.name} (jurist)"]]),
        ("h2", "1. Opening"),
        ("p", f"De voorzitter opent de hoorzitting, stelt de aanwezigen voor en legt uit dat de commissie een "
              f"onafhankelijk advies geeft aan het college van burgemeester en wethouders (artikel 7:13 Awb). Het "
              f"college beslist daarna op het bezwaar."),
        ("h2", "2. Toelichting bezwaarmaker"),
        ("p", f"De heer {mulderij.last} licht toe dat hij in januari 2024 een papieren aanvraag heeft afgegeven bij "
              f"de balie van het stadhuis en dat hij die aan de heer {hagedoorn.last} heeft gegeven. Volgens hem is "
              f"die aanvraag kwijtgeraakt. Hij heeft in maart opnieuw digitaal aangevraagd en kreeg toen een "
              f"afwijzing wegens het bereiken van het subsidieplafond. Hij vindt het oneerlijk dat zijn buurman "
              f"in 2023 wel een bijdrage kreeg voor een moestuin aan de Ruiterlaan."),
        ("h2", "3. Toelichting namens het college"),
        ("p", f"De heer {hagedoorn.last} verklaart dat er geen papieren aanvraag in het zaaksysteem of in de "
              f"postregistratie is gevonden. De heer {wolterink.last} wijst erop dat aanvragen voor het "
              f"Initiatievenfonds in volgorde van binnenkomst worden behandeld (artikel 10 ASV en Beleidsregels "
              f"Initiatievenfonds Zwolle 2024) en dat het plafond op 22 maart 2024 was bereikt."),
        ("pb",),
        ("h2", "4. Vragen van de commissie"),
        ("p", f"Op vragen van de voorzitter antwoordt de heer {mulderij.last} dat hij geen ontvangstbevestiging "
              f"heeft van de papieren aanvraag, maar dat een baliemedewerker een stempel op zijn kopie heeft gezet. "
              f"Hij zal die kopie nasturen naar bezwaarschriften@zwolle.nl. Mevrouw {meijerink.last} noteert dat "
              f"de commissie de kopie afwacht tot 25 juni 2024."),
        ("h2", "5. Sluiting"),
        ("p", "De voorzitter sluit de hoorzitting om 15.20 uur. De commissie brengt binnen vier weken na ontvangst "
              "van de nagezonden stukken advies uit. Het college neemt een beslissing op bezwaar binnen de "
              "termijn van artikel 7:10 Awb."),
        ("p", f"Naschrift secretaris (27 juni 2024): de heer {mulderij.last} heeft op 20 juni 2024 een kopie "
              f"met een ontvangststempel van 16 januari 2024 gestuurd. De commissie adviseert het bezwaar gegrond "
              f"te verklaren en de aanvraag te behandelen alsof die op 16 januari is ontvangen. Wethouder "
              f"Schuttenbeld is hierover geïnformeerd.\n\n{meijerink.name}, secretaris\n{meijerink.phone} | {meijerink.email}"),
        ("small", f"Verzonden aan: de heer {mulderij.ini} ({mulderij.email}); mr. {zwiers.ini}; "
                  f"{hagedoorn.email}; {wolterink.email}"),
    ])
