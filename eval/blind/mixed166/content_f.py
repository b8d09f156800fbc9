from lib import Doc

H, Pp, L, T, SP, M = "h", "p", "l", "t", "sp", "mono"
OUTL = dict(producer="Microsoft® Outlook® voor Microsoft 365", creator="Microsoft® Outlook® voor Microsoft 365")
DOCS = []

DOCS.append(Doc("uc30_inspectierapport", [
    (H, "Rapport woningtoezicht - inspectie particuliere verhuur"), (L, "Gemeente Zwolle, team VTH | dossier VTH-2025-0391"), (SP, 4),
    (T, [["Adres object", "Zalnéweg 2a, Laag Zuthem (bijgebouw)"], ["Eigenaar/verhuurder", "A.J. Hofstede (eenmanszaak Hofstede Verhuur & Onderhoud)"],
         ["Bewoners", "4 arbeidsmigranten, o.a. B. Wiśniewski"], ["Datum inspectie", "13 maart 2025, 09.30 uur"],
         ["Inspecteur", "ing. Bram Kolkman, toezichthouder bouw- en woningtoezicht, 06 29 40 15 73"]]),
    (H, "Bevindingen"),
    (Pp, "1. Brandveiligheid: geen rookmelders in de slaapruimten; de enige vluchtweg loopt door de keuken. 2. Vocht: ernstige "
         "schimmelvorming in de achterkamer, vochtmeting 28 procent. 3. Elektra: open aansluitdozen en een verlengsnoer als "
         "vaste voeding voor de kookplaat. 4. Bezetting: vier bewoners op 31 m2 gebruiksoppervlak, in strijd met het Bouwbesluit 2012 "
         "en vanaf 2024 het Besluit bouwwerken leefomgeving (Bbl)."),
    (H, "Oordeel en vervolg"),
    (Pp, "De woning voldoet niet aan de eisen van de Woningwet. Aan de eigenaar wordt een vooraankondiging last onder dwangsom "
         "gestuurd met een hersteltermijn van vier weken voor de brandveiligheid en acht weken voor vocht en elektra. De bewoner "
         "Wiśniewski gaf aan dat hij bij de urgentiecommissie een aanvraag heeft lopen. De eigenaar was bij de inspectie aanwezig en "
         "verklaarde dat de bewoners zelf verantwoordelijk zijn voor ventilatie."),
    (SP, 6), (L, "Opgesteld: B. Kolkman | gezien: teamleider VTH, paraaf JvO")],
    font="helv", size=10, producer="Nitro PDF Creator 13", creator="Squit XO Inspectie-app",
    redact=[("PERSON", "Bram Kolkman", "Bram Kolkman", "B. Kolkman"), ("PHONE", "06 29 40 15 73"), ("PARAPH", "JvO")],
    keep=[("REF", "VTH-2025-0391"), ("LAW", "Bouwbesluit 2012"), ("LAW", "Besluit bouwwerken leefomgeving"), ("ADDRESS_PUBLIC", "Zalnéweg 2a"),
          ("ORG", "Hofstede Verhuur & Onderhoud"), ("TERM", "last onder dwangsom"), ("FUNCTION", "toezichthouder bouw- en woningtoezicht"),
          ("LAW", "Woningwet")]))

DOCS.append(Doc("uc31_woo_besluit", [
    (L, "Gemeente Zwolle | Grote Kerkplein 15 | Postbus 10007, 8000 GA Zwolle | 14 038 | woo@zwolle.nl"), (SP, 12),
    (L, "De heer M. Bosgra"), (L, "Bisschopswetering 23"), (L, "8032 AB Zwolle"), (SP, 10),
    (T, [["Datum", "Kenmerk", "Onderwerp"], ["24 februari 2026", "WOO-2026-0318", "Besluit op uw Woo-verzoek over de urgentiecommissie"]]),
    (Pp, "Geachte heer Bosgra,"),
    (H, "1. Uw verzoek"),
    (Pp, "Op 6 januari 2026 heeft u met een beroep op de Wet open overheid (Woo) gevraagd om documenten over de werkwijze van de "
         "urgentiecommissie van de gemeente Zwolle en Woonstichting Hanzeborg in 2025. Wij hebben de ontvangst op 13 januari 2026 "
         "bevestigd en de beslistermijn op 3 februari 2026 met twee weken verdaagd."),
    (H, "2. Zienswijzen"),
    (Pp, "Woonstichting Hanzeborg, GGD IJsselland, Veilig Thuis IJsselland en de verhuurder van een pand in Laag Zuthem zijn in de "
         "gelegenheid gesteld een zienswijze te geven. Hanzeborg en GGD IJsselland hebben gevraagd de namen van medewerkers niet "
         "openbaar te maken. De verhuurder heeft bezwaar gemaakt tegen openbaarmaking van zijn brief en factuur; wij maken die "
         "documenten deels openbaar."),
    (H, "3. Besluit"),
    (Pp, "Wij hebben 33 documenten gevonden. Wij maken 31 documenten deels openbaar en 2 documenten openbaar. Het overzicht staat in de "
         "bijgevoegde inventarislijst. De documenten worden gepubliceerd op open.overheid.nl."),
    (H, "4. Overwegingen"),
    (Pp, "Persoonlijke levenssfeer (artikel 5.1, tweede lid, onder e, Woo; 5.1.2e). De documenten bevatten namen, contactgegevens, "
         "handtekeningen en paraven van medewerkers van de gemeente, van Hanzeborg, van GGD IJsselland en van de leden van de "
         "urgentiecommissie en de bezwaarcommissie die niet in de openbaarheid treden. Ook bevatten zij gegevens van aanvragers. "
         "Het belang van hun persoonlijke levenssfeer weegt zwaarder dan het belang van openbaarmaking. De namen van wethouder "
         "Brouwer, burgemeester Lammers, de gemeentesecretaris en raadslid Mulders maken wij wel openbaar."),
    (Pp, "Bijzondere persoonsgegevens (artikel 5.1, eerste lid, onder d, Woo; 5.1.1d). Gegevens over de gezondheid van aanvragers "
         "en over huiselijk geweld maken wij niet openbaar. Identificatienummers (5.1.1e), zoals het burgerservicenummer, evenmin."),
    (Pp, "Eenmanszaak. De verhuurder drijft een eenmanszaak. Omdat de naam van de onderneming zijn eigen naam bevat en zijn "
         "woonadres het vestigingsadres is, zijn zijn naam, adres, telefoonnummer, IBAN en KvK-nummer persoonsgegevens. De "
         "handelsnaam bevat zijn achternaam; ook die is daarom weggelakt, hoewel de handelsnaam in het Handelsregister staat."),
    (H, "5. Informatie die niet openbaar gemaakt kan worden"),
    (Pp, "Motivering: In de openbaar gemaakte versie van de documenten zijn alle persoonsgegevens geanonimiseerd op grond van de "
         "hierboven genoemde artikelen. De weggelakte passages zijn gemarkeerd met de gebruikte grond."),
    (Pp, "Bezwaar: binnen zes weken na de dag van verzending bij het college van burgemeester en wethouders van Zwolle."),
    (Pp, "Hoogachtend,"), (L, "het college van burgemeester en wethouders van Zwolle, namens dezen,"), (SP, 16),
    (L, "A. Kılıç, juridisch medewerker Informatievoorziening"), (L, "Bijlage: inventarislijst WOO-2026-0318")],
    font="times", size=10.5, producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365",
    author="Ayse Kilic", hidden=[("PERSON", "Ayse Kilic", "metadata", ["Ayse Kilic"])],
    keep=[("TERM", "open.overheid.nl"), ("ORG", "Handelsregister"), ("TERM", "eenmanszaak"), ("ORG", "Veilig Thuis IJsselland")]))

INV = [["Nr", "Document", "Datum", "Beoordeling", "Grond", "Opmerking"]]
rows = [("01", "Woo-verzoek", "06-01-2026", "deels openbaar", "5.1.2e", "verzoeker"),
        ("02", "Ontvangstbevestiging", "13-01-2026", "deels openbaar", "5.1.2e", ""),
        ("03", "E-mail URG-2026-0412", "04-02-2025", "deels openbaar", "5.1.2e, 5.1.1e", "BSN"),
        ("04", "E-mail bezwaar BZW-2026-0088", "14-04-2025", "deels openbaar", "5.1.2e, 5.1.1d", ""),
        ("05", "Verslag UC 12-02-2025", "12-02-2025", "deels openbaar", "5.1.2e, 5.1.1d", ""),
        ("06", "Verslag UC 11-03-2025", "11-03-2025", "deels openbaar", "5.1.2e, 5.1.1d", "bladwijzers"),
        ("07", "Overzicht aanvragers Q1", "31-03-2025", "deels openbaar", "5.1.2e", ""),
        ("08", "Medisch advies GGD", "03-03-2025", "deels openbaar", "5.1.1d, 5.1.2e", ""),
        ("09", "Brief verhuurder", "24-03-2025", "deels openbaar", "5.1.2e", "eenmanszaak"),
        ("10", "Factuur HVO-2025-031", "02-04-2025", "deels openbaar", "5.1.2e", "IBAN, KvK"),
        ("11", "Raadsvragen RV-2025-019", "17-03-2025", "openbaar", "-", "al openbaar"),
        ("12", "Antwoord college", "08-04-2025", "deels openbaar", "5.1.2e", ""),
        ("13", "Aanvraagformulier (scan)", "10-01-2025", "deels openbaar", "5.1.1d, 5.1.1e, 5.1.2e", ""),
        ("14", "Brief aanvrager (scan)", "20-02-2025", "deels openbaar", "5.1.2e", ""),
        ("15", "Presentielijst hoorzitting", "20-05-2025", "deels openbaar", "5.1.2e", "handtekeningen"),
        ("16", "Bezwaarschrift", "28-02-2025", "deels openbaar", "5.1.1d, 5.1.2e", ""),
        ("17-33", "overige documenten", "2025", "deels openbaar", "5.1.2e", "zie besluit")]
for r in rows:
    INV.append(list(r))

DOCS.append(Doc("uc32_inventarislijst", [
    (H, "Inventarislijst Woo-besluit WOO-2026-0318"), (L, "Gemeente Zwolle | zaak Z/26/114502 | behandelaar: AK"), (SP, 4),
    (T, INV),
    (Pp, "Documenten 17 tot en met 33: verslag hoorzitting, advies bezwaarcommissie, beslissing op bezwaar, Microsoft Teams-chat, "
         "WhatsApp-export, digitaal aanvraagformulier, beslisnota, persbericht, memo, contactlijst, twee besluiten, e-mail "
         "Veilig Thuis IJsselland, inspectierapport, dit besluit, deze lijst en een e-mailwisseling met de griffie. Gelakte passages "
         "zijn gemarkeerd met de grond (5.1.2e, 5.1.1d of 5.1.1e).")],
    font="helv", size=9, widths=[34, 150, 62, 78, 92, 55], producer="Microsoft® Excel® voor Microsoft 365",
    creator="Microsoft® Excel® voor Microsoft 365", author="Kılıç, Ayşe",
    hidden=[("PERSON", "Ayşe Kılıç", "metadata", ["Kılıç"])],
    keep=[("TERM", "deels openbaar"), ("TERM", "Inventarislijst"), ("REF", "HVO-2025-031"), ("REF", "RV-2025-019"), ("TERM", "al openbaar")]))

DOCS.append(Doc("uc33_mail_griffie", [
    (M, "Van:        Hoogeveen, Rik <rik.hoogeveen@zwolle.nl>\nVerzonden:  maandag 7 april 2025 17:48\n"
        "Aan:        griffie@zwolle.nl\nCC:         Dijk-Haverkamp, Marloes van <m.vandijk-haverkamp@zwolle.nl>; Kılıç, Ayşe <ayse.kilic@zwolle.nl>\n"
        "Onderwerp:  RE: termijn beantwoording RV-2025-019 (raadslid Mulders)"),
    (Pp, "Beste griffie,"),
    (Pp, "De beantwoording van de vragen van raadslid Mulders is vandaag door wethouder Brouwer geaccordeerd en gaat morgen via "
         "het college. De cijfers over 2024 komen uit de jaarrapportage van de urgentiecommissie (secretaris: Marloes). "
         "Individuele zaken noemen wij niet; ik heb de casus uit Laag Zuthem daarom geanonimiseerd."),
    (Pp, "Groet, Rik Hoogeveen, beleidsmedewerker Wonen, gemeente Zwolle"), (SP, 6),
    (M, "Van:        griffie@zwolle.nl\nVerzonden:  vrijdag 4 april 2025 11:05\nAan:        Hoogeveen, Rik <rik.hoogeveen@zwolle.nl>\n"
        "Onderwerp:  termijn beantwoording RV-2025-019 (raadslid Mulders)"),
    (Pp, "Beste Rik, de termijn voor de beantwoording van RV-2025-019 verloopt op 16 april 2025 (artikel 40 Reglement van orde). "
         "Raadslid Jeroen Mulders heeft laten weten de antwoorden te willen bespreken in de commissie Ruimte van 22 april. "
         "Kun je bevestigen dat de antwoorden op tijd komen? Met vriendelijke groet, griffie gemeenteraad Zwolle, 14 038")],
    font="helv", size=10, **OUTL,
    keep=[("EMAIL_PUBLIC", "griffie@zwolle.nl"), ("ORG", "commissie Ruimte"), ("REF", "RV-2025-019"), ("LAW", "Reglement van orde"),
          ("TERM", "jaarrapportage")]))
