"""Texts of the blind "mixed4" evaluation set "N" (invented Dutch government documents).

Markup (see generate.py):
    [[text|KIND]] / [[text|KIND|probe;probe]]   personal data: must be redacted
    {text|KIND} / {text|KIND|probe}              must stay readable

All persons, addresses, phone numbers, e-mail addresses, BSNs, IBANs, personnel numbers and case
numbers are invented. Office holders (ministers, staatssecretarissen, Kamerleden, Statenleden,
gedeputeerden, commissarissen van de Koning, dijkgraaf and heemraden, burgemeesters, wethouders) are
public in their role and kept; real ones are cited only in that role.
"""
from __future__ import annotations

PRODUCERS = ("reportlab", "fpdf2", "libreoffice", "chromium", "odt")
DOCUMENTS: list = []


def bsn(prefix8: str) -> str:
    """An invented BSN that passes the 11-proef: the first 8 digits, then the check digit."""
    n = int(prefix8)
    while True:
        d = f"{n:08d}"
        s = sum(int(c) * w for c, w in zip(d, range(9, 1, -1)))
        if s % 11 <= 9:
            return d + str(s % 11)
        n += 1


def iban(bank: str, account: str) -> str:
    """An invented Dutch IBAN with valid mod-97 check digits, printed in groups of four."""
    num = "".join(str(int(c, 36)) for c in bank + account + "NL00")
    cd = 98 - int(num) % 97
    raw = f"NL{cd:02d}{bank}{account}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def iban_ok(s: str) -> bool:
    r = s.replace(" ", "")
    r = r[4:] + r[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def typo(s: str, pos: int) -> str:
    """A deliberately malformed copy (one digit changed), still the person's account number."""
    c = s[pos]
    bad = s[:pos] + str((int(c) + 3) % 10) + s[pos + 1:]
    assert not iban_ok(bad)
    return bad


def D(blocks, title="", **kw):
    n = len(DOCUMENTS) + 1
    DOCUMENTS.append(dict(id=f"m4{n:02d}", producer=PRODUCERS[(n - 1) % len(PRODUCERS)],
                          meta_title=title, blocks=blocks, **kw))


B1 = bsn("18273640")
B2 = bsn("29384751")
B3 = bsn("30495862")
B4 = bsn("41506973")
B5 = bsn("12639084")
I1 = iban("INGB", "0006713452")
I2 = iban("RABO", "0318846207")
I3 = iban("ASNB", "0774120398")
I4 = iban("TRIO", "0391187264")
I5 = iban("SNSB", "0928471536")
I4BAD = typo(I4, 12)
IPROV = iban("BNGH", "0285011377")
ISTICHT = iban("RABO", "0147253390")

# ------------------------------------------------------------------------------------------
# m401 Gedeputeerde Staten: besluitenlijst (reportlab)
D([
    ("title", "{Provincie Zeeland|ORG} – Besluitenlijst vergadering {Gedeputeerde Staten|ORG} van "
              "{14 januari 2025|DATE}"),
    ("kv", [("Aanwezig:", "{Commissaris van de Koning|FUNC} {mr. H.A.M. Verheij|PUBLIC|Verheij} (voorzitter), "
                          "de gedeputeerden {Van der Maas|PUBLIC}, {Koevoets|PUBLIC}, {Sinke-Oosthoek|PUBLIC} "
                          "en {Daane|PUBLIC}"),
            ("Secretaris:", "{provinciesecretaris|FUNC} (niet bij naam genoemd)"),
            ("Verslag:", "[[J.W. van 's-Gravesande|PERSON|van 's-Gravesande]] ({bestuursondersteuning|FUNC})"),
            ("Afwezig:", "gedeputeerde {Ramautar|PUBLIC} (met kennisgeving)")]),
    ("h", "Besluiten"),
    ("table", ["Nr.", "Onderwerp", "Portefeuille", "Steller", "Besluit"], [
        ["1", "Vaststelling {Uitvoeringsprogramma Natuur 2025|PROG}", "{Van der Maas|PUBLIC}",
         "[[Marieke Schouwenaar|PERSON]]", "Conform"],
        ["2", "Beantwoording Statenvragen {PVV|ORG} over de {Westerschelde Containerterminal|ORG}",
         "{Koevoets|PUBLIC}", "[[R. Jagessar-Mohan|PERSON|Jagessar-Mohan]]", "Conform, met tekstwijziging"],
        ["3", "Subsidie {Stichting Zeeuwse Musea|ORG} ({Zeeuws Museum|ORG})", "{Sinke-Oosthoek|PUBLIC}",
         "[[drs. Anouk de Smit-Vermeulen|PERSON|de Smit-Vermeulen;Anouk]]", "Conform"],
        ["4", "Zienswijze {Waterschap Scheldestromen|ORG} op begroting 2026", "{Daane|PUBLIC}",
         "[[Mehmet Yıldırım|PERSON]]", "Aangehouden tot 28 januari"],
        ["5", "Benoeming lid {Raad van Toezicht|ORG} {Zeeuwse Bibliotheek|ORG}", "{CdK|ACR}",
         "[[Tjeerd Kooistra|PERSON]]", "Conform (besloten)"],
        ["6", "Reactie op brief van de heer [[P. Nieuwenhuijse|PERSON|Nieuwenhuijse]] over de "
              "{N62|PLACE}", "{Koevoets|PUBLIC}", "[[Mehmet|PERSON]] / [[JWvsG|INITIALS]]", "Conform"],
    ], [6, 48, 18, 22, 16]),
    ("h", "Mededelingen"),
    ("p", "De {Commissaris van de Koning|FUNC} deelt mee dat hij op {21 januari|DATE} met minister "
          "{Uitermark|PUBLIC} van {Binnenlandse Zaken en Koninkrijksrelaties|ORG} spreekt over de "
          "{Regio Deal Zeeland|PROG}. Gedeputeerde {Koevoets|PUBLIC} meldt dat "
          "[[mevrouw Schouwenaar|PERSON|Schouwenaar]] per {1 februari|DATE} het {programmateam|FUNC} "
          "{Zeeland in Stroomversnelling|PROG} versterkt; vragen over de planning kunnen naar "
          "[[m.schouwenaar@zeeland.nl|EMAIL]] of [[06-43 18 27 90|PHONE]]."),
    ("p", "Algemene vragen van pers en publiek: {communicatie@zeeland.nl|MAILBOX} of "
          "{0118 631 011|SWITCH}. De besluitenlijst wordt gepubliceerd op {zeeland.nl|ORG}."),
    ("small", "Vastgesteld in de vergadering van {21 januari 2025|DATE}. Paraaf verslag: [[JWvsG|INITIALS]]."),
], "Besluitenlijst GS 14 januari 2025")

# m402 Statenvragen en antwoorden (fpdf2)
D([
    ("title", "Schriftelijke vragen ex artikel 44 Reglement van Orde {Provinciale Staten van Gelderland|ORG}"),
    ("kv", [("Vragensteller(s):", "{Bouwmeester|COUNCIL} ({GroenLinks|ORG}) en {Kaya|COUNCIL} ({PvdA|ORG})"),
            ("Datum ontvangst:", "{3 maart 2025|DATE}"),
            ("Kenmerk:", "{PS2025-118|CASE}"),
            ("Onderwerp:", "Stikstofdepositie en de vergunning van een pluimveebedrijf in {Barneveld|PLACE}")]),
    ("p", "Inleiding: De indieners lazen in {De Gelderlander|ORG} dat omwonenden aan de "
          "[[Nijkerkerweg 218|ADDRESS|Nijkerkerweg 218]] en [[Nijkerkerweg 220|ADDRESS|Nijkerkerweg 220]] "
          "klagen over stank. Een van hen, de heer [[Gerrit-Jan Brouwer|PERSON]], zei tegen de krant dat hij "
          "al sinds 2021 geen antwoord krijgt van de {Omgevingsdienst de Vallei|ORG}."),
    ("p", "Vraag 1. Is het college bekend met het bericht en met de klachten van de heer "
          "[[Brouwer|PERSON]]?\nAntwoord: Ja. Gedeputeerde {Van Haaster|PUBLIC} heeft op {12 maart|DATE} met de "
          "omwonenden gesproken."),
    ("p", "Vraag 2. Kan het college aangeven hoeveel handhavingsverzoeken sinds 2021 zijn ingediend?\n"
          "Antwoord: Er zijn vier verzoeken ingediend, waarvan twee door de familie "
          "[[Van Ravenswaaij|PERSON|Van Ravenswaaij]]. Zij zijn behandeld door de toezichthouder "
          "[[ing. Sanne Hofstede-Bakker|PERSON|Hofstede-Bakker;Sanne]]."),
    ("p", "Vraag 3. Deelt het college de opvatting van Statenlid {Kaya|COUNCIL} dat de "
          "{Wet natuurbescherming|LAW} hier te laat is toegepast?\nAntwoord: Nee. Sinds {1 januari 2024|DATE} "
          "geldt de {Omgevingswet|LAW}; de vergunning is getoetst aan de {Beleidsregels intern salderen|LAW}."),
    ("p", "Vraag 4. Wil het college de Staten informeren over de uitkomst van het gesprek met minister "
          "{Wiersma|PUBLIC} van {Landbouw, Visserij, Voedselzekerheid en Natuur|ORG}?\nAntwoord: Ja, via een "
          "{Statenbrief|FUNC} voor het zomerreces."),
    ("p", "Namens {Gedeputeerde Staten van Gelderland|ORG},\n{de Commissaris van de Koning|FUNC}, "
          "{John Berends|PUBLIC}\nvoor deze, de {senior adviseur bestuurszaken|FUNC}, [[mr. W.F. Oosterhuis|PERSON|Oosterhuis]]"),
    ("small", "Ambtelijk contact: [[Lotte Wiegersma|PERSON]], [[l.wiegersma@gelderland.nl|EMAIL]], "
              "[[026 359 87 14|PHONE]]. Algemeen: {post@gelderland.nl|MAILBOX}, {026 359 99 99|SWITCH}."),
], "Statenvragen stikstof Barneveld")

# m403 Waterschap: verslag algemeen bestuur (libreoffice)
D([
    ("title", "{Wetterskip Fryslân|ORG} – Verslag vergadering {Algemeen Bestuur|ORG}, {26 februari 2025|DATE}"),
    ("kv", [("Voorzitter:", "{dijkgraaf|FUNC} {Luuk Gerbrandy|PUBLIC|Gerbrandy}"),
            ("Dagelijks bestuur:", "heemraden {Tjitske Hoekstra|PUBLIC}, {Piter de Vries|PUBLIC} en "
                                   "{Anne-Marie Douma|PUBLIC}"),
            ("Notulist:", "[[Gerbrich Rienstra|PERSON]] ({bestuurssecretariaat|FUNC})")]),
    ("h", "1. Opening en mededelingen"),
    ("p", "De dijkgraaf opent de vergadering. {Heemraad Hoekstra|PUBLIC|Hoekstra} meldt dat de "
          "{dijkversterking Koehool-Lauwersmeer|PROG} op schema ligt. Het lid {Van der Wal|COUNCIL} "
          "({Water Natuurlijk|ORG}) vraagt naar de kosten; heemraad {De Vries|PUBLIC} zegt een memo toe."),
    ("h", "2. Inspreken"),
    ("p", "Mevrouw [[Wytske Bouma-Hiemstra|PERSON|Bouma-Hiemstra;Wytske]], melkveehouder aan de "
          "[[Hegedyk 14, 9076 PK Sint Annaparochie|ADDRESS]], spreekt over het peilbesluit "
          "{Waddenkust|PLACE}. Haar buurman [[Sjoerd Hiemstra|PERSON|Sjoerd;Hiemstra]] (geen familie) sluit "
          "zich aan. [[Wytske|PERSON]] vraagt het bestuur om een keukentafelgesprek; de {dijkgraaf|FUNC} "
          "zegt toe dat [[Ids Postma|PERSON]] van het {team peilbeheer|FUNC} contact opneemt via "
          "[[06-19 48 27 53|PHONE]]."),
    ("h", "3. Besluitvorming"),
    ("table", ["Agendapunt", "Fractie", "Woordvoerder", "Stemming"], [
        ["Peilbesluit Waddenkust", "{VVD|ORG}", "{Zijlstra|COUNCIL}", "voor"],
        ["Peilbesluit Waddenkust", "{Water Natuurlijk|ORG}", "{Van der Wal|COUNCIL}", "tegen"],
        ["Peilbesluit Waddenkust", "{Ongebouwd|ORG}", "{Bergsma|COUNCIL}", "voor"],
        ["Kadernota 2026", "{BBB|ORG}", "{Jellema|COUNCIL}", "voor"],
    ], [30, 25, 25, 20]),
    ("p", "Het peilbesluit wordt aangenomen met 19 tegen 8 stemmen. De {secretaris-directeur|FUNC} merkt op "
          "dat de zienswijze van [[B.K. Haitsma|PERSON|Haitsma]] abusievelijk niet in de {Nota van "
          "beantwoording|FUNC} was opgenomen."),
    ("small", "{Wetterskip Fryslân|ORG}, {Harlingerstraatweg 113|GOVADDR}, {Leeuwarden|PLACE}. "
              "{058 292 22 22|SWITCH}, {info@wetterskipfryslan.nl|MAILBOX}."),
], "Verslag AB Wetterskip 26-02-2025")

# m404 Afwijzing sollicitatie (chromium, side-column letterhead)
D([
    ("cols", [
        ("p", "{Gemeente Almere|ORG}\n{Afdeling HR|ORG}\n{Postbus 200|GOVADDR}\n{1300 AE Almere|GOVADDR}"),
        ("small", "Behandeld door\n[[Naima Bouzid|PERSON]]\n{HR-adviseur|FUNC}\n[[036 539 72 18|PHONE]]\n"
                  "[[n.bouzid@almere.nl|EMAIL]]"),
        ("small", "Ons kenmerk\n{HR/2025/0412|CASE}\nVacature\n{V-2025-031|CASE}"),
    ], [
        ("p", "Aan de heer [[K.W. Tan|PERSON|Tan]]\n[[Lindenhovenlaan 9, 1325 HK Almere|ADDRESS]]"),
        ("p", "Almere, {7 april 2025|DATE}"),
        ("p", "Onderwerp: uw sollicitatie naar de functie {Senior adviseur informatiebeveiliging|FUNC}"),
        ("p", "Geachte heer [[Tan|PERSON]],"),
        ("p", "Op {18 maart 2025|DATE} ontvingen wij uw sollicitatie. De selectiecommissie, bestaande uit "
              "[[Pieter-Bas ter Wolbeek|PERSON|ter Wolbeek;Pieter-Bas]] ({teamleider CISO-office|FUNC}), "
              "[[Xiaoling Chen|PERSON]] ({security officer|FUNC}) en ondergetekende, heeft uw brief en cv "
              "zorgvuldig gelezen. Wij nodigen andere kandidaten uit, omdat zij meer ervaring hebben met "
              "{ISO 27001|TERM}, de {BIO|ACR} en {Security Operations|TERM}."),
        ("p", "Wij bewaren uw gegevens vier weken, tenzij u toestemming geeft voor een jaar. U kunt dat "
              "doorgeven aan {werkenbij@almere.nl|MAILBOX}."),
        ("p", "Met vriendelijke groet,\n\n[[Naima Bouzid|PERSON]]\n{HR-adviseur|FUNC}"),
        ("small", "{Klantcontact|ORG}: {14 036|SWITCH}"),
    ]),
], "Afwijzing sollicitatie")

# m405 Ontslagbesluit (odt)
D([
    ("title", "{Ministerie van Infrastructuur en Waterstaat|ORG} – Besluit eervol ontslag"),
    ("kv", [("Betreft:", "[[mevrouw drs. E.J.M. Wijnberg-Oudshoorn|PERSON|Wijnberg-Oudshoorn]]"),
            ("Personeelsnummer:", "[[4018823|EMPID]]"),
            ("BSN:", "[[" + B1 + "|BSN]]"),
            ("Geboortedatum:", "[[17-09-1961|DOB]]"),
            ("Dienstonderdeel:", "{Rijkswaterstaat|ORG}, {Directie Zee en Delta|ORG}"),
            ("Kenmerk:", "{IENW/BSK-2025/88213|CASE}")]),
    ("p", "De {Minister van Infrastructuur en Waterstaat|FUNC}, namens deze de "
          "{directeur Personeel en Organisatie|FUNC},"),
    ("p", "Gelet op artikel 8:4 van de {CAO Rijk|LAW} en het verzoek van betrokkene van "
          "{3 februari 2025|DATE};"),
    ("p", "BESLUIT:\n1. Aan [[mevrouw Wijnberg|PERSON|Wijnberg]] wordt met ingang van {1 oktober 2025|DATE} "
          "eervol ontslag verleend wegens het bereiken van de AOW-gerechtigde leeftijd.\n"
          "2. De uitbetaling van het restant vakantie-uren (212 uur) vindt plaats op rekening "
          "[[" + I1 + "|IBAN]].\n3. Een afschrift gaat naar {P-Direkt|ORG} en naar haar leidinggevende "
          "[[ir. Bart-Jan Koolhoven|PERSON|Koolhoven;Bart-Jan]]."),
    ("p", "Tegen dit besluit kunt u binnen zes weken bezwaar maken bij de {Minister van Infrastructuur en "
          "Waterstaat|FUNC}, {Postbus 20901|GOVADDR}, {2500 EX Den Haag|GOVADDR}."),
    ("p", "Namens de minister,\n{de directeur Personeel en Organisatie|FUNC},\n\n"
          "[[A. Çelebi-Ramakers|PERSON|Çelebi-Ramakers]]"),
    ("small", "Huisadres betrokkene (alleen voor verzending): [[Dorpsstraat 71, 4421 AG Kapelle|ADDRESS]]. "
              "Vragen: {P-Direkt Contactcenter|ORG} {088 000 0700|SWITCH}."),
], "Ontslagbesluit")

# m406 Functioneringsverslag (reportlab, two-column label/value table)
D([
    ("title", "Verslag functioneringsgesprek 2024"),
    ("table", ["Veld", "Inhoud"], [
        ["Medewerker", "[[Rinaldo Pinas|PERSON]]"],
        ["Functie", "{Medewerker vergunningverlening|FUNC} (schaal 9)"],
        ["Afdeling", "{Omgevingsdienst Midden-Utrecht|ORG}, {team Wabo|ORG}"],
        ["Leidinggevende", "[[Ellen Verschuur-de Graaf|PERSON|Verschuur-de Graaf;Ellen]]"],
        ["Tweede lezer", "[[drs. Ton Kalloe|PERSON|Kalloe;Ton]]"],
        ["Datum gesprek", "{19 november 2024|DATE}"],
    ], [30, 70]),
    ("h", "1. Terugblik"),
    ("p", "[[Rinaldo|PERSON]] heeft in 2024 ruim 140 aanvragen afgehandeld in het {Omgevingsloket|TERM} "
          "en {Squit XO|TERM}. [[Ellen|PERSON]] waardeert zijn inzet bij de overgang naar de "
          "{Omgevingswet|LAW}. Hij gaf aan dat de werkdruk rond de zomer hoog was, mede door het "
          "verlof van collega [[Jasmijn Oudejans|PERSON]]."),
    ("h", "2. Ontwikkeling"),
    ("p", "Afgesproken is dat [[Rinaldo|PERSON]] de opleiding {Vakbekwaam vergunningverlener|PROG} bij de "
          "{Bestuursacademie Nederland|ORG} volgt. Hij wil meelopen met [[Kalloe|PERSON]] bij de "
          "{Regionale Uitvoeringsdienst|ORG}."),
    ("h", "3. Verzuim en privé"),
    ("p", "Het verzuim (3 meldingen) hangt samen met de mantelzorg voor zijn moeder in "
          "{Paramaribo|PLACE}; de {bedrijfsarts|FUNC} van {Arboned|ORG} is ingeschakeld."),
    ("table", ["Naam", "Paraaf", "Datum"], [
        ["[[R. Pinas|PERSON|R. Pinas]]", "[[RP|INITIALS]]", "{26-11-2024|DATE}"],
        ["[[E. Verschuur-de Graaf|PERSON|E. Verschuur-de Graaf]]", "[[EVdG|INITIALS]]", "{27-11-2024|DATE}"],
        ["[[A.J. Kalloe|PERSON|A.J. Kalloe]]", "[[AJK|INITIALS]]", "{02-12-2024|DATE}"],
    ], [50, 20, 30]),
    ("small", "Vertrouwelijk – personeelsdossier. {Omgevingsdienst Midden-Utrecht|ORG}, {030 630 75 00|SWITCH}."),
], "Functioneringsverslag")

# m407 Bouwtoezicht inspectierapport (fpdf2)
D([
    ("title", "Rapport bouwtoezicht – controle bouwwerkzaamheden"),
    ("kv", [("Zaaknummer:", "{OLO-7781203|CASE}"),
            ("Locatie:", "[[Achterweg 4a, 3263 KP Oud-Beijerland|ADDRESS]]"),
            ("Eigenaar/opdrachtgever:", "[[Dewi Soetomo|PERSON]] en [[Bambang Hartono|PERSON]]"),
            ("Aannemer:", "{Bouwbedrijf Van Wijngaarden B.V.|ORG}, KvK {24387716|KVK}"),
            ("Toezichthouder:", "[[H. (Hans) van den Bergh|PERSON|van den Bergh;Hans]], "
                                "{Omgevingsdienst Zuid-Holland Zuid|ORG}"),
            ("Datum controle:", "{11 juni 2025|DATE}")]),
    ("h", "Bevindingen"),
    ("p", "Bij de controle waren aanwezig mevrouw [[Soetomo|PERSON]] en de uitvoerder van de aannemer, de "
          "heer [[Krzysztof Nowak|PERSON]]. De aanbouw aan de achterzijde wijkt af van de verleende "
          "omgevingsvergunning: de diepte is 5,40 m in plaats van 4,00 m. Volgens [[Nowak|PERSON]] is dat "
          "op verzoek van [[meneer Hartono|PERSON|Hartono]] gebeurd."),
    ("p", "De fundering is uitgevoerd conform de constructieve berekening van {Adviesbureau Tielemans|ORG} "
          "(rapport {CB-2025-114|CASE}). Het {Bouwbesluit 2012|LAW} is sinds 2024 vervangen door het "
          "{Besluit bouwwerken leefomgeving|LAW} ({Bbl|ACR})."),
    ("h", "Conclusie en vervolg"),
    ("p", "Er is een vooraankondiging last onder dwangsom verstuurd naar het woonadres van de eigenaren "
          "([[Achterweg 4a|ADDRESS]]). De buurvrouw, [[mevrouw M. ter Beek|PERSON|ter Beek]] "
          "([[Achterweg 6|ADDRESS]]), diende de handhavingsverzoeken in. Foto's zijn opgenomen in {Squit|TERM}."),
    ("table", ["Rol", "Naam", "Telefoon"], [
        ["Toezichthouder", "[[Hans van den Bergh|PERSON|Hans van den Bergh]]", "[[06-52 90 11 47|PHONE]]"],
        ["Eigenaar", "[[D. Soetomo|PERSON|D. Soetomo]]", "[[06-11 28 73 04|PHONE]]"],
        ["Aannemer (kantoor)", "{Bouwbedrijf Van Wijngaarden B.V.|ORG|Van Wijngaarden B.V.}", "{078 618 22 40|SWITCH}"],
    ], [25, 45, 30]),
    ("small", "{Omgevingsdienst Zuid-Holland Zuid|ORG}, {Johan de Wittstraat 140|GOVADDR}, {Dordrecht|PLACE}. "
              "{toezicht@ozhz.nl|MAILBOX}"),
], "Rapport bouwtoezicht")

# m408 Milieucontrole bedrijf (libreoffice)
D([
    ("title", "{Omgevingsdienst Noordzeekanaalgebied|ORG} – Controlerapport milieu"),
    ("table", ["Gegeven", "Waarde"], [
        ["Inrichting", "{Metaalrecycling Westpoort B.V.|ORG}"],
        ["Vestigingsadres", "{Ruijgoordweg 61, 1047 HM Amsterdam|ORGADDR}"],
        ["KvK-nummer", "{34091187|KVK}"],
        ["Contactpersoon bedrijf", "[[dhr. Youssef el Khattabi|PERSON|el Khattabi;Youssef]] "
                                   "({KAM-coördinator|FUNC})"],
        ["Directeur-eigenaar", "[[Johannes (Hans) Cornelisse|PERSON|Cornelisse;Johannes]]"],
        ["Toezichthouders", "[[L.M. Ouali|PERSON|Ouali]] en [[Femke Groenewegen-Stam|PERSON]]"],
        ["Datum bezoek", "{4 september 2025|DATE}, onaangekondigd"],
    ], [35, 65]),
    ("h", "Aanleiding"),
    ("p", "De controle volgt op een melding via de {Milieuklachtenlijn|ORG} ({088 567 02 00|SWITCH}) van een "
          "bewoner van de [[Spaarndammerdijk 412|ADDRESS]], de heer [[Arjen Schotanus|PERSON]], over "
          "stofuitstoot bij de shredder."),
    ("h", "Bevindingen"),
    ("p", "1. Opslag van {ferro|TERM} en {non-ferro|TERM} buiten de vergunde zone (overtreding artikel 4.2 "
          "{Besluit activiteiten leefomgeving|LAW}).\n2. De {PGS 15|TERM}-kast voor gevaarlijke stoffen was "
          "niet afgesloten.\n3. Het logboek van de {Dust Monitor DM-3|TERM} ontbrak; volgens "
          "[[de heer El Khattabi|PERSON|El Khattabi]] staat het bij de vorige {KAM-coördinator|FUNC}, "
          "[[Priya Mahabier|PERSON]], op haar laptop."),
    ("p", "Toezichthouder [[Ouali|PERSON]] heeft de bevindingen ter plekke met "
          "[[Cornelisse|PERSON]] besproken. Hercontrole binnen zes weken."),
    ("h", "Contact"),
    ("p", "Vragen over dit rapport: [[l.ouali@odnzkg.nl|EMAIL]] of het algemene nummer {088 567 00 00|SWITCH}. "
          "Bedrijf: {info@metaalrecyclingwestpoort.nl|MAILBOX}, {020 611 43 50|SWITCH}."),
], "Controlerapport milieu")

# m409 Kinderopvang inspectierapport (chromium)
D([
    ("title", "Inspectierapport kinderdagverblijf – jaarlijks onderzoek"),
    ("kv", [("Naam voorziening:", "{Kinderdagverblijf De Blauwe Reiger|ORG}"),
            ("Houder:", "{Stichting Kinderopvang Zaanstreek|ORG} (KvK {56123987|KVK})"),
            ("Adres locatie:", "{Zuiddijk 210, 1501 CP Zaandam|ORGADDR}"),
            ("LRK-nummer:", "{188204311|CASE}"),
            ("Toezichthouder:", "[[Ayşe Arslan-Doğan|PERSON]], {GGD Zaanstreek-Waterland|ORG}"),
            ("Datum inspectie:", "{22 mei 2025|DATE}")]),
    ("h", "Pedagogisch klimaat"),
    ("p", "Op de groep {Zeehondjes|ORG} werkten de beroepskrachten [[Mirjam|PERSON]] en [[Kim-Lisa|PERSON]]. "
          "[[Mirjam|PERSON]] benoemt de emoties van de kinderen en betrekt een stil kind, "
          "[[Noah|PERSON]] (2 jaar), bij het kringgesprek. De locatiemanager, "
          "[[mevrouw J.C. Hoogeveen|PERSON|Hoogeveen]], was bij het gesprek aanwezig."),
    ("h", "Personeel en VOG"),
    ("p", "Alle beroepskrachten staan ingeschreven in het {Personenregister kinderopvang|ORG}. Van de "
          "invalkracht [[Esra Yılmaz|PERSON]] was de koppeling aan de houder nog niet gemaakt; dit is "
          "tijdens de inspectie hersteld. Stagiaire [[Lin Wei|PERSON|Lin Wei]] werkt boventallig."),
    ("h", "Veiligheid en gezondheid"),
    ("p", "Het beleid volgt de {Wet kinderopvang|LAW} en de {Regeling Wet kinderopvang|LAW}. De {GGD|ACR} "
          "adviseert de {meldcode kindermishandeling|PROG} opnieuw te bespreken. Het {Landelijk Register "
          "Kinderopvang|ORG} wordt bijgewerkt."),
    ("table", ["Domein", "Voorwaarde", "Oordeel"], [
        ["Personeel", "Inschrijving Personenregister", "hersteld"],
        ["Veiligheid", "Vierogenprincipe", "voldoet"],
        ["Ouderrecht", "{Geschillencommissie Kinderopvang|ORG}", "voldoet"],
    ], [30, 45, 25]),
    ("p", "Zienswijze houder: de bestuurder, [[drs. Marco de la Fuente|PERSON|de la Fuente;Marco]], "
          "kan zich vinden in het rapport."),
    ("small", "{GGD Zaanstreek-Waterland|ORG}, {Vurehout 1|GOVADDR}, {Zaandam|PLACE}. Toezicht kinderopvang: "
              "{toezichtkinderopvang@ggdzw.nl|MAILBOX}, {075 651 83 00|SWITCH}. Toezichthouder direct: "
              "[[06-21 77 40 58|PHONE]]."),
], "Inspectierapport kinderopvang")

# m410 Subsidiebeschikking (odt)
D([
    ("title", "{Provincie Utrecht|ORG} – Beschikking subsidieverlening"),
    ("kv", [("Aan:", "{Stichting Stadsboerderij Overvecht|ORG}\nt.a.v. [[mevrouw G.A. Sabajo|PERSON|Sabajo]]\n"
                     "{Zamenhofdreef 44|ORGADDR}\n{3562 JW Utrecht|ORGADDR}"),
            ("Datum:", "{30 juni 2025|DATE}"),
            ("Zaaknummer:", "{Z-2025-008871|CASE}"),
            ("Regeling:", "{Subsidieregeling Natuur en Landschap Utrecht|LAW}")]),
    ("p", "Geachte mevrouw [[Sabajo|PERSON]],"),
    ("p", "Op {2 april 2025|DATE} ontvingen wij uw aanvraag voor het project {Groen Schoolplein Overvecht|PROG}. "
          "{Gedeputeerde Staten|ORG} verlenen u een subsidie van maximaal {€ 48.500|AMOUNT}. Het voorschot "
          "van {€ 38.800|AMOUNT} maken wij over op rekening {" + ISTICHT + "|KEEPIBAN} ten name van de stichting."),
    ("p", "De subsidie is bedoeld voor het ontwerp (uitgevoerd door {Buro Harro|ORG}) en de aanleg. U "
          "heeft aangegeven dat vrijwilliger [[Ramon Kartodikromo|PERSON]] de bouw begeleidt; zijn "
          "vergoeding valt onder de vrijwilligersregeling en mag niet uit de subsidie worden betaald."),
    ("p", "Verplichtingen: u meldt wijzigingen vooraf bij uw contactpersoon [[Wouter van Hemert|PERSON]] "
          "([[w.van.hemert@provincie-utrecht.nl|EMAIL]], [[030 258 91 36|PHONE]])."),
    ("p", "Deze beschikking is genomen door gedeputeerde {Huib van Essen|PUBLIC} op grond van de "
          "{Algemene wet bestuursrecht|LAW}, titel 4.2. Bezwaar: binnen zes weken bij {Gedeputeerde Staten|ORG}, "
          "{Postbus 80300|GOVADDR}, {3508 TH Utrecht|GOVADDR}."),
    ("p", "Hoogachtend,\n{Gedeputeerde Staten van Utrecht|ORG},\nnamens dezen,\n{teamleider Subsidies|FUNC}\n\n"
          "[[ing. C.J. Bloemendaal|PERSON|Bloemendaal]]"),
    ("small", "Privéadres contactpersoon (niet voor publicatie): [[Pauwstraat 18, 3572 HC Utrecht|ADDRESS]]. "
              "Algemeen: {subsidies@provincie-utrecht.nl|MAILBOX}, {030 258 91 11|SWITCH}."),
], "Subsidiebeschikking")

# m411 Aanbesteding: gunningsadvies (reportlab)
D([
    ("title", "Gunningsadvies Europese aanbesteding {Onderhoud provinciale wegen Noord 2026–2030|PROG}"),
    ("kv", [("Opdrachtgever:", "{Provincie Noord-Holland|ORG}"),
            ("Kenmerk TenderNed:", "{TN-481205|CASE}"),
            ("Procedure:", "openbaar, {Aanbestedingswet 2012|LAW}, {EMVI|ACR}"),
            ("Inkoopadviseur:", "[[Thijs Roozendaal|PERSON]]")]),
    ("h", "Inschrijvers"),
    ("table", ["Inschrijver", "KvK", "Contactpersoon", "Prijs", "Score"], [
        ["{Heijmans Wegen B.V.|ORG}", "{16061217|KVK}", "[[ir. M.A. Veldhuis|PERSON|Veldhuis]]",
         "{€ 12.430.000|AMOUNT}", "82,4"],
        ["{Dura Vermeer Infra Regio Noord B.V.|ORG}", "{37083511|KVK}", "[[Jolanda Smits-Ekkel|PERSON]]",
         "{€ 11.980.500|AMOUNT}", "79,1"],
        ["{KWS Infra B.V.|ORG}", "{30143590|KVK}", "[[Tomasz Kamiński|PERSON]]", "{€ 12.905.000|AMOUNT}",
         "76,8"],
        ["{Van Gelder Groep B.V.|ORG}", "{08071298|KVK}", "[[R. de Wildt|PERSON|de Wildt]]",
         "{€ 13.114.250|AMOUNT}", "71,0"],
    ], [32, 13, 27, 16, 12]),
    ("h", "Beoordelingscommissie"),
    ("p", "De kwalitatieve criteria (plan van aanpak, {CO2-prestatieladder|TERM}, {Social Return|TERM}) zijn "
          "beoordeeld door [[Jeroen Scheepmaker|PERSON]] ({assetmanager|FUNC}), [[Fleur Oyevaar|PERSON]] "
          "({adviseur duurzaamheid|FUNC}) en [[Orlando Zaandam|PERSON|Orlando;Zaandam]] "
          "({contractmanager|FUNC}). [[Zaandam|PERSON]] heeft zich bij de inschrijving van {KWS|ORG} "
          "onthouden, omdat een familielid daar werkt."),
    ("p", "Het advies is {Heijmans Wegen B.V.|ORG|Heijmans Wegen} voorlopig te gunnen. De Alcatelstandstill "
          "loopt twintig kalenderdagen. Gedeputeerde {Rosan Kocken|PUBLIC} tekent de gunningsbeslissing."),
    ("table", ["Paraaf", "Naam", "Datum"], [
        ["[[TR|INITIALS]]", "[[T. Roozendaal|PERSON|T. Roozendaal]]", "{08-10-2025|DATE}"],
        ["[[JS|INITIALS]]", "[[J. Scheepmaker|PERSON|J. Scheepmaker]]", "{08-10-2025|DATE}"],
    ], [20, 50, 30]),
    ("small", "Vragen van inschrijvers uitsluitend via {TenderNed|ORG}; {inkoop@noord-holland.nl|MAILBOX}."),
], "Gunningsadvies")

# m412 Woo-besluit with documentinventaris (fpdf2, two pages)
D([
    ("title", "Besluit op uw Woo-verzoek over de {Ruimtelijke Verkenning Energie Noord-Brabant|PROG}"),
    ("kv", [("Aan:", "[[de heer F.J.M. van Dongen-Raaijmakers|PERSON|van Dongen-Raaijmakers]]"),
            ("Adres:", "[[Kerkeind 23, 5271 AD Sint-Michielsgestel|ADDRESS]]"),
            ("Datum:", "{9 oktober 2025|DATE}"),
            ("Ons kenmerk:", "{WOO-2025-0317|CASE}")]),
    ("p", "Geachte heer [[Van Dongen|PERSON|Van Dongen]],"),
    ("p", "Bij e-mail van {14 juli 2025|DATE} heeft u op grond van de {Wet open overheid|LAW} ({Woo|ACR}) "
          "gevraagd om documenten over de verkenning van locaties voor windturbines in {De Meierij|PLACE}. "
          "{Gedeputeerde Staten van Noord-Brabant|ORG} besluiten de documenten deels openbaar te maken."),
    ("h", "Overwegingen"),
    ("p", "In de documenten staan namen, e-mailadressen en telefoonnummers van medewerkers van de provincie, "
          "van {Enexis Netbeheer|ORG} en van adviesbureau {Pondera Consult|ORG}, en van omwonenden. Die "
          "gegevens zijn verwijderd op grond van artikel 5.1, tweede lid, onder e, {Woo|ACR} (code {5.1.2e|CASE}). "
          "De namen van gedeputeerde {Van Gruijthuijsen|PUBLIC} en van {Commissaris van de Koning|FUNC} "
          "{Ina Adema|PUBLIC} blijven leesbaar, omdat zij in hun publieke functie optreden."),
    ("p", "Bedrijfsgegevens van {Pondera Consult|ORG} over turbinetypes ({Vestas V162|TERM}, "
          "{Nordex N163|TERM}) zijn gedeeltelijk gelakt op grond van artikel 5.1, eerste lid, onder c "
          "({5.1.1c|CASE})."),
    ("break",),
    ("h", "Bijlage 1 – Inventarislijst"),
    ("table", ["Nr.", "Datum", "Document", "Afzender / ontvanger", "Beoordeling", "Grond"], [
        ["01", "{12-01-2025|DATE}", "E-mail over planning", "[[A.M. Koster|PERSON|A.M. Koster]] aan "
         "[[Ruud\nvan Zundert|PERSON|Ruud van Zundert]]", "deels openbaar", "{5.1.2e|CASE}"],
        ["02", "{20-01-2025|DATE}", "Memo locatiekeuze", "[[Ruud van Zundert|PERSON|Zundert]]", "deels openbaar",
         "{5.1.2e|CASE}"],
        ["03", "{03-02-2025|DATE}", "Notitie netcapaciteit", "{Enexis Netbeheer|ORG|Enexis} "
         "([[Sevda\nÖzdemir|PERSON|Sevda Özdemir;Özdemir]])", "deels openbaar", "{5.1.2e|CASE}, {5.1.1c|CASE}"],
        ["04", "{17-02-2025|DATE}", "Brief omwonende", "[[Fam. Van de Ven-Smulders|PERSON|Van de Ven-Smulders]]",
         "deels openbaar", "{5.1.2e|CASE}"],
        ["05", "{04-03-2025|DATE}", "Verslag bestuurlijk overleg", "gedeputeerde {Van Gruijthuijsen|PUBLIC}, "
         "wethouder {Rosalie van Rijbroek|PUBLIC}", "openbaar", "–"],
        ["06", "{11-03-2025|DATE}", "Turbinestudie", "{Pondera Consult|ORG|Pondera} ([[Hendrik-Jan\n"
         "Wolters|PERSON|Hendrik-Jan Wolters;Wolters]])", "deels openbaar", "{5.1.1c|CASE}, {5.1.2e|CASE}"],
        ["07", "{02-04-2025|DATE}", "Reactie op doc. 04", "[[RvZ|INITIALS]] namens {GS|ACR}", "deels openbaar",
         "{5.1.2e|CASE}"],
        ["08", "{15-04-2025|DATE}", "Interne app-berichten", "[[Koster|PERSON]], [[Ruud|PERSON]]", "niet openbaar",
         "{5.2.1|CASE}"],
    ], [7, 15, 25, 31, 13, 12]),
    ("p", "Voor vragen kunt u contact opnemen met de {Woo-coördinator|FUNC} via {woo@brabant.nl|MAILBOX} of "
          "{073 681 28 12|SWITCH}. Wij behandelen uw verzoek onder behandelaar [[Annemieke Koster|PERSON|Annemieke]]."),
], "Woo-besluit RVE Brabant")

# m413 Woo-verzoek door een journalist (libreoffice, Outlook headers)
D([
    ("kv", [("Van:", "[[Chan Ho-Yin|PERSON|Chan Ho-Yin;Ho-Yin]] <[[hoyin.chan@ftm.nl|EMAIL]]>"),
            ("Verzonden:", "maandag {3 februari 2025|DATE} 09:41"),
            ("Aan:", "{woo@minvws.nl|MAILBOX}"),
            ("CC:", "[[Eline Brandsma|PERSON]] <[[e.brandsma@ftm.nl|EMAIL]]>"),
            ("Onderwerp:", "Woo-verzoek inkoop mondkapjes 2020 – {Follow the Money|ORG}")]),
    ("p", "Geachte heer, mevrouw,"),
    ("p", "Namens {Follow the Money|ORG} verzoek ik u op grond van de {Wet open overheid|LAW} om openbaarmaking "
          "van alle documenten over de overeenkomsten met {Protectra Supplies B.V.|ORG} en "
          "{Stichting Zorgvoorraad Nederland|ORG}, inclusief de interne e-mails van het {Landelijk Consortium "
          "Hulpmiddelen|ORG} ({LCH|ACR}) en de nota's aan toenmalig minister {Hugo de Jonge|PUBLIC}."),
    ("p", "Ik ben bereikbaar op [[06-38 41 90 27|PHONE]]. Mijn collega [[Eline|PERSON]] leest mee."),
    ("p", "Met vriendelijke groet,\n[[Ho-Yin Chan|PERSON|Ho-Yin Chan]]\n{onderzoeksjournalist|FUNC}, "
          "{Follow the Money|ORG}"),
    ("kv", [("Van:", "{Woo-team VWS|ORG} <{woo@minvws.nl|MAILBOX}>"),
            ("Verzonden:", "dinsdag {4 februari 2025|DATE} 14:02"),
            ("Aan:", "[[Chan Ho-Yin|PERSON|Chan Ho-Yin]]"),
            ("Onderwerp:", "RE: Woo-verzoek inkoop mondkapjes 2020")]),
    ("p", "Beste heer [[Chan|PERSON|Chan]],\n\nWij hebben uw verzoek op {3 februari 2025|DATE} ontvangen onder "
          "nummer {VWS-WOO-2025-0142|CASE}. De beslistermijn is vier weken. Uw verzoek wordt behandeld door "
          "[[mr. Dilara Koç|PERSON|Koç;Dilara]] ({jurist Woo|FUNC}); bij afwezigheid door "
          "[[Maarten 't Hooft|PERSON|'t Hooft;Maarten]]."),
    ("p", "Met vriendelijke groet,\n[[Dilara|PERSON]]\n{Directie Wetgeving en Juridische Zaken|ORG}\n"
          "{Ministerie van Volksgezondheid, Welzijn en Sport|ORG}\n{Parnassusplein 5|GOVADDR}, {Den Haag|PLACE}\n"
          "T {070 340 79 11|SWITCH}"),
], "Woo-verzoek FTM")

# m414 Proces-verbaal samenvatting (chromium)
D([
    ("title", "{Politie Eenheid Rotterdam|ORG} – Samenvatting proces-verbaal van aangifte"),
    ("kv", [("PV-nummer:", "{PL1700-2025118834-1|CASE}"),
            ("Verbalisant:", "[[M. Bakırcı|PERSON|Bakırcı]], {hoofdagent|FUNC}, {Basisteam Maashaven|ORG}"),
            ("Aangever:", "[[Suzanne Kraaijeveld|PERSON]], geboren [[02-11-1988|DOB]] te "
                          "[[Vlaardingen|BIRTHPLACE]]"),
            ("Woonadres aangever:", "[[Brielselaan 188c, 3081 AE Rotterdam|ADDRESS]]"),
            ("Verdachte:", "[[EL AMRANI, Khalid|PERSON|EL AMRANI;Khalid]], geboren [[14-06-1994|DOB]]"),
            ("BSN verdachte:", "[[" + B2 + "|BSN]]"),
            ("Voertuig:", "kenteken [[XJ-418-T|PLATE]], {Volkswagen Golf|TERM}")]),
    ("h", "Relaas"),
    ("p", "Op {8 augustus 2025|DATE} omstreeks 23:10 uur werd aangeefster door een man aangesproken op het "
          "{Afrikaanderplein|PLACE}. De man, later geïdentificeerd als [[Khalid El Amrani|PERSON|El Amrani]], "
          "pakte haar telefoon af en vluchtte in de auto met kenteken [[XJ-418-T|PLATE]]. Getuige "
          "[[Ricardo Tjon-A-Fong|PERSON]] ([[06-47 20 19 83|PHONE]]) zag dat de bestuurder een tweede man "
          "was, door hem omschreven als “de broer van [[Khalid|PERSON]]”."),
    ("p", "De aangifte is opgenomen door [[hoofdagent Bakırcı|PERSON|Bakırcı]] en "
          "[[agent Tessa Moolenaar|PERSON|Moolenaar;Tessa]]. De camerabeelden van de {Gemeente Rotterdam|ORG} "
          "zijn gevorderd bij het {Cameratoezicht Rotterdam|ORG}. Het {Openbaar Ministerie|ORG} "
          "(parket {Rotterdam|PLACE}) is geïnformeerd; officier van justitie [[mr. P.H. Dekker-Oei|PERSON|Dekker-Oei]] "
          "heeft de aanhouding buiten heterdaad bevolen."),
    ("p", "Wetsartikelen: artikel 310 en 312 {Wetboek van Strafrecht|LAW}."),
    ("small", "Aangifte doen kan via {politie.nl|ORG} of {0900-8844|SWITCH}. In geval van nood: {112|SWITCH}. "
              "Slachtofferhulp: {0900-0101|SWITCH}."),
], "Samenvatting PV")

# m415 BOA rapportage (odt)
D([
    ("title", "Weekrapportage handhaving {Gemeente Den Helder|ORG} – week 37"),
    ("p", "Opgesteld door [[BOA 7741 (J. Spaander)|PERSON|Spaander]], {coördinator handhaving|FUNC}. "
          "Diensten gedraaid met [[Jeffrey Lont|PERSON]] ({BOA|ACR} 7763) en [[Sem Visser-Tuinman|PERSON]] "
          "({BOA|ACR} 7790)."),
    ("table", ["Datum", "Locatie", "Feit", "Betrokkene", "Kenteken", "Afhandeling"], [
        ["{09-09|DATE}", "{Keizersgracht|PLACE} / {Spoorstraat|PLACE}", "fout parkeren",
         "-", "[[92-ZRT-4|PLATE]]", "bon ({Wet Mulder|LAW})"],
        ["{10-09|DATE}", "{Stelling|PLACE}", "afval naast container",
         "[[dhr. W. Zwaan|PERSON|Zwaan]],\n[[Javastraat 41|ADDRESS]]", "-", "{BSBm|ACR}"],
        ["{11-09|DATE}", "{Texelstroomlaan|PLACE}", "hond los in park",
         "[[mevr. H.\nSupheert-\nKraakman|PERSON|Supheert-Kraakman;Supheert;Kraakman]]", "-", "waarschuwing"],
        ["{12-09|DATE}", "{Willemsoord|PLACE}", "overlast jongeren", "[[Nourdin|PERSON]] (16), "
         "[[Bilal|PERSON]] (17)", "-", "gesprek ouders"],
        ["{13-09|DATE}", "{Marinehaven|PLACE}", "wildkamperen", "[[Paweł\nSzymański|PERSON|Paweł Szymański;"
         "Szymański]]", "[[PL WGM 55K|PLATE]]", "bon"],
    ], [10, 19, 17, 25, 16, 13]),
    ("p", "Bijzonderheden: de klacht van buurtbewoner [[Antoinette Brinkman|PERSON]] over "
          "[[de heer Zwaan|PERSON|Zwaan]] is met de {wijkagent|FUNC} besproken en doorgezet naar het {Zorg- en Veiligheidshuis Noord-Holland Noord|ORG}. Wethouder {Pieter Dijkman|PUBLIC|Dijkman} "
          "is geïnformeerd."),
    ("small", "Meldingen openbare ruimte: {14 0223|SWITCH} of {handhaving@denhelder.nl|MAILBOX}."),
], "Weekrapportage BOA")

# m416 Juridische nota met rechtspraak (reportlab)
D([
    ("title", "Notitie: gevolgen uitspraken over openbaarmaking namen ambtenaren"),
    ("kv", [("Aan:", "{directeur Juridische Zaken|FUNC}"),
            ("Van:", "[[mr. dr. L.J. ter Horst|PERSON|ter Horst]], {senior jurist|FUNC}"),
            ("Datum:", "{24 april 2025|DATE}")]),
    ("p", "In {ECLI:NL:RVS:2022:3155|ECLI} oordeelde de {Afdeling bestuursrechtspraak van de Raad van State|ORG} "
          "over de eerbiediging van de persoonlijke levenssfeer van ambtenaren. Eerdere uitspraken: "
          "{ECLI:NL:RVS:2018:2906|ECLI} en {ECLI:NL:RVS:2019:1456|ECLI}."),
    ("p", "In onze eigen zaak ({ECLI:NL:RBDHA:2024:19077|ECLI}) stelde eiser, de heer "
          "[[Emre Öztürk|PERSON]], bijgestaan door [[mr. A. van Leeuwen-Batenburg|PERSON|van Leeuwen-Batenburg]] "
          "van {Stibbe|ORG}, dat de naam van de {projectleider|FUNC} ([[Annelies Vroom|PERSON]]) openbaar "
          "moest worden. De {rechtbank Den Haag|ORG} volgde dat niet."),
    ("p", "De {Woo|ACR} (artikel 5.1, tweede lid, onder e) en de {Algemene verordening "
          "gegevensbescherming|LAW} ({AVG|ACR}) blijven het kader. Minister {Van Weel|PUBLIC} van {Justitie "
          "en Veiligheid|ORG} heeft in het {Commissiedebat Openbaarheid|PROG} gezegd dat het kabinet geen "
          "wetswijziging voorbereidt; Kamerlid {Sneller|COUNCIL} ({D66|ORG}) vroeg daarom."),
    ("p", "Advies: geen hoger beroep. [[Öztürk|PERSON]] heeft volgens zijn gemachtigde inmiddels de "
          "stukken ontvangen via {open.overheid.nl|ORG}."),
    ("table", ["Rol", "Naam", "Paraaf"], [
        ["Opsteller", "[[L.J. ter Horst|PERSON|L.J. ter Horst]]", "[[LtH|INITIALS]]"],
        ["Meelezer", "[[Sunil Ramsaran|PERSON]]", "[[SR|INITIALS]]"],
        ["{Afdelingshoofd|FUNC}", "[[drs. Hanneke Bos-IJzerman|PERSON|Bos-IJzerman;Hanneke]]", "[[HBIJ|INITIALS]]"],
    ], [30, 50, 20]),
    ("h", "Informatie die niet openbaar gemaakt kan worden"),
    ("p", "Motivering: [nog in te vullen bij openbaarmaking]"),
    ("small", "{Directie Juridische Zaken|ORG}, {juridischezaken@minjenv.nl|MAILBOX}."),
], "Notitie rechtspraak namen ambtenaren")

# m417 Onderwijsinspectie: herstelopdracht school (fpdf2)
D([
    ("title", "{Inspectie van het Onderwijs|ORG} – Rapport herstelonderzoek"),
    ("kv", [("School:", "{OBS De Regenboog|ORG}, {Lelystad|PLACE} (BRIN {12XK|CASE})"),
            ("Bestuur:", "{Stichting Openbaar Onderwijs Flevoland|ORG}"),
            ("Directeur:", "[[Marloes Ten Cate-Huisman|PERSON|Ten Cate-Huisman;Marloes]]"),
            ("Inspecteurs:", "[[drs. F. Amrani|PERSON|Amrani]] (leider) en [[Joost Dijkema|PERSON]]"),
            ("Datum onderzoek:", "{16 januari 2025|DATE}")]),
    ("p", "In {maart 2024|DATE} beoordeelden wij de kwaliteit van {OBS De Regenboog|ORG} als zeer zwak. "
          "Bij dit herstelonderzoek spraken wij met de directeur, met de {intern begeleider|FUNC} "
          "[[Sharon Nelom|PERSON]] en met leerlingen uit groep 7 en 8. Het {Nationaal Programma Onderwijs|PROG} "
          "is afgerond."),
    ("p", "De school werkt nu met {Snappet|TERM}, {Kurzweil|TERM} en de methode {Staal|TERM}. Uit de "
          "{Centrale Eindtoets|TERM}-resultaten en de {IEP|ACR}-toets blijkt een stijgende lijn. "
          "[[Mevrouw Ten Cate|PERSON|Ten Cate]] heeft het team uitgebreid met [[Kevin Wong|PERSON]], "
          "{leerkracht|FUNC} groep 5."),
    ("p", "Een ouder, [[mevrouw N. Kartosen-Wongsodikromo|PERSON|Kartosen-Wongsodikromo]], meldde bij "
          "{Vertrouwensinspecteur|FUNC} dat haar zoon [[Dani|PERSON]] onvoldoende ondersteuning kreeg. "
          "Dit punt is met het bestuur besproken."),
    ("p", "Oordeel: voldoende. De {minister van Onderwijs, Cultuur en Wetenschap|FUNC}, {Eppo Bruins|PUBLIC}, "
          "en staatssecretaris {Mariëlle Paul|PUBLIC} zijn via de {Staat van het Onderwijs|PROG} geïnformeerd over "
          "het landelijke beeld; dit rapport volgt de {Wet op het primair onderwijs|LAW}."),
    ("table", ["Standaard", "Maart 2024", "Januari 2025"], [
        ["OP1 Aanbod", "onvoldoende", "voldoende"],
        ["OP2 Zicht op ontwikkeling", "onvoldoende", "voldoende"],
        ["KA1 Kwaliteitszorg", "onvoldoende", "voldoende"],
    ], [50, 25, 25]),
    ("small", "Vragen over dit rapport: {Loket Onderwijsinspectie|ORG} {088 669 60 60|SWITCH}, "
              "{loket@owinsp.nl|MAILBOX}. Inspecteur direct: [[06-27 33 81 49|PHONE]], "
              "[[f.amrani@owinsp.nl|EMAIL]]."),
], "Rapport herstelonderzoek")

# m418 Zorg: brief calamiteitenonderzoek (libreoffice)
D([
    ("title", "{Inspectie Gezondheidszorg en Jeugd|ORG}"),
    ("kv", [("Aan:", "Raad van Bestuur {Zorggroep Rivierenland|ORG}\nt.a.v. [[drs. B.H. Goudriaan|PERSON|Goudriaan]], "
                     "{bestuursvoorzitter|FUNC}"),
            ("Datum:", "{5 maart 2025|DATE}"),
            ("Kenmerk:", "{IGJ-2025-0091223|CASE}"),
            ("Onderwerp:", "Beoordeling calamiteitenrapport")]),
    ("p", "Geachte heer [[Goudriaan|PERSON]],"),
    ("p", "Op {12 december 2024|DATE} meldde u een calamiteit op afdeling {De Linge|ORG} van verpleeghuis "
          "{Huize Waardenburg|ORG}. Een bewoner, [[de heer A.R. (Arie) van Wijk|PERSON|van Wijk;Arie]], "
          "geboren [[03-04-1937|DOB]], overleed na een val. Zijn dochter, [[mevrouw Ingrid Lodder-van Wijk|PERSON|"
          "Lodder-van Wijk;Ingrid]], heeft het onderzoeksrapport ontvangen."),
    ("p", "Het onderzoeksteam onder leiding van [[Prof. dr. Karel Mertens|PERSON|Mertens;Karel]] (extern voorzitter) "
          "([[Nadia Haddou|PERSON]], {specialist ouderengeneeskunde|FUNC}, en "
          "[[Gerben Vellinga|PERSON]], {kwaliteitsadviseur|FUNC}) stelt vast dat de valrisicoscreening volgens "
          "de {Richtlijn Valpreventie|LAW} niet was herhaald. De {Wet kwaliteit, klachten en geschillen zorg|LAW} "
          "({Wkkgz|ACR}) verplicht u tot verbetermaatregelen."),
    ("p", "De inspectie vindt het rapport voldoende. Wij vragen u over zes maanden te rapporteren. Minister "
          "{Agema|PUBLIC} is niet over deze individuele casus geïnformeerd."),
    ("p", "Met vriendelijke groet,\n\n[[mr. drs. W.Y. Tjoe-Awie|PERSON|Tjoe-Awie]]\n{inspecteur|FUNC}"),
    ("small", "{Landelijk Meldpunt Zorg|ORG}: {088 120 50 00|SWITCH}. {meldpunt@igj.nl|MAILBOX}. "
              "Contact behandelaar: [[wy.tjoe-awie@igj.nl|EMAIL]]."),
], "IGJ calamiteit")

# m419 Outlook thread, provincie, first names in replies (chromium, two pages)
D([
    ("kv", [("Van:", "[[Hoekman, Jacqueline (JG)|PERSON|Hoekman;Jacqueline]]"),
            ("Verzonden:", "donderdag {22 mei 2025|DATE} 16:58"),
            ("Aan:", "[[Wahyuni, Sri|PERSON|Wahyuni;Sri]]; [[Boukhari, Ilyas|PERSON|Boukhari;Ilyas]]"),
            ("CC:", "{Bestuurssecretariaat GS|ORG}; [[Olde Monnikhof, Bart|PERSON|Olde Monnikhof;Bart]]"),
            ("Onderwerp:", "RE: voorbereiding werkbezoek gedeputeerde {Van den Heuvel|PUBLIC} aan "
                           "{Twence|ORG}")]),
    ("p", "Hoi [[Sri|PERSON]] en [[Ilyas|PERSON]],\n\nDank voor jullie input. Ik heb de notitie aangepast: "
          "gedeputeerde {Van den Heuvel|PUBLIC} opent om 10.00 uur samen met burgemeester {Van Veldhuizen|PUBLIC} "
          "van {Hengelo|PLACE} de nieuwe {CO2-afvanginstallatie|TERM}. Daarna een rondleiding door de "
          "directeur van {Twence|ORG}; zijn naam staat in de bijlage, die gaat niet mee naar buiten."),
    ("p", "[[Bart|PERSON]], kun jij de speech laten checken door [[Marit|PERSON]] van communicatie? Zij zit "
          "tot woensdag op [[06-13 58 70 24|PHONE]].\n\nGroet,\n[[Jacqueline|PERSON]]\n\n"
          "[[Jacqueline Hoekman-Gerritsen|PERSON|Hoekman-Gerritsen]]\n{Beleidsadviseur energietransitie|FUNC}\n"
          "{Provincie Overijssel|ORG} | {Luttenbergstraat 2|GOVADDR} | {Zwolle|PLACE}\n"
          "M [[06-50 81 72 36|PHONE]] | [[j.hoekman@overijssel.nl|EMAIL]]"),
    ("kv", [("Van:", "[[Wahyuni, Sri|PERSON|Wahyuni, Sri]]"),
            ("Verzonden:", "donderdag {22 mei 2025|DATE} 11:20"),
            ("Aan:", "[[Hoekman, Jacqueline (JG)|PERSON|Hoekman, Jacqueline]]"),
            ("Onderwerp:", "RE: voorbereiding werkbezoek")]),
    ("p", "Hoi [[Jacq|PERSON]],\n\nKlein punt: de {Commissaris van de Koning|FUNC} komt niet, {Andries Heidema|PUBLIC} "
          "heeft die dag de {Statenvergadering|ORG} in {Almelo|PLACE}? Nee, dat is 4 juni. Hij komt dus wel, "
          "maar pas om 11.30 uur. Zijn {kabinetschef|FUNC} ([[Hendrikje Lubbers|PERSON]]) belt je nog.\n\n"
          "Groet, [[Sri|PERSON]]"),
    ("break",),
    ("kv", [("Van:", "[[Boukhari, Ilyas|PERSON|Boukhari, Ilyas]]"),
            ("Verzonden:", "woensdag {21 mei 2025|DATE} 17:45"),
            ("Aan:", "[[Hoekman, Jacqueline (JG)|PERSON|Hoekman, Jacqueline]]"),
            ("CC:", "[[Wahyuni, Sri|PERSON|Wahyuni, Sri]]"),
            ("Onderwerp:", "voorbereiding werkbezoek")]),
    ("p", "Dag [[Jacqueline|PERSON]],\n\nIn de bijlage de concept-draaiboek. Twence levert gegevens over de "
          "{Hengelo Waste-to-Energy|TERM} plant aan; hun contactpersoon is [[Ruben Scholten|PERSON]] "
          "([[r.scholten@twence.nl|EMAIL]]). Voor pers: {pers@overijssel.nl|MAILBOX} en de woordvoerder van "
          "dienst via {038 499 77 77|SWITCH}.\n\nHet programma is afgestemd met "
          "[[IB|INITIALS]] en [[JHG|INITIALS]] (paraaf op het draaiboek).\n\nMet vriendelijke groet,\n"
          "[[Ilyas Boukhari|PERSON|Ilyas Boukhari]]\n{Bestuursadviseur|FUNC} {Kabinet CdK|ORG}"),
    ("table", ["Tijd", "Onderdeel", "Wie"], [
        ["10.00", "Opening", "gedeputeerde {Van den Heuvel|PUBLIC}, burgemeester {Van Veldhuizen|PUBLIC}"],
        ["10.20", "Rondleiding", "[[R. Scholten|PERSON|R. Scholten]] ({Twence|ORG})"],
        ["11.30", "Aansluiting {CdK|ACR}", "{Andries Heidema|PUBLIC|Heidema}, [[H. Lubbers|PERSON|H. Lubbers]]"],
        ["12.15", "Lunch met {Kennispark Twente|ORG}", "[[Sri Wahyuni|PERSON|Sri Wahyuni]]"],
    ], [12, 38, 50]),
], "RE: voorbereiding werkbezoek")

# m420 Organogram/contactlijst with CAPITALS and narrow cells (odt)
D([
    ("title", "Contactlijst {Directie Ruimte en Wonen|ORG} – {Provincie Flevoland|ORG}"),
    ("p", "Interne lijst, stand {1 september 2025|DATE}. Niet voor verspreiding buiten de provincie. "
          "Bestuurlijk verantwoordelijk: gedeputeerde {Jop Fackeldey|PUBLIC}."),
    ("table", ["NAAM", "FUNCTIE", "TEAM", "TELEFOON", "E-MAIL"], [
        ["[[VAN DER PLOEG-\nBAKKER, M.|PERSON|VAN DER PLOEG-BAKKER;VAN DER PLOEG]]", "{Directeur|FUNC}", "{Directie|ORG}",
         "[[06-11 90 33 27|PHONE]]", "[[m.vanderploeg@\nflevoland.nl|EMAIL|m.vanderploeg]]"],
        ["[[ŁUKASZEWSKA, A.|PERSON|ŁUKASZEWSKA]]", "{Teamleider|FUNC}", "{Wonen|ORG}",
         "[[0320 265 418|PHONE]]", "[[a.lukaszewska@flevoland.nl|EMAIL|a.lukaszewska]]"],
        ["[[RAMDIN, R.K.|PERSON|RAMDIN]]", "{Adviseur|FUNC}", "{Ruimtelijke Ordening|ORG}",
         "[[0320 265 502|PHONE]]", "[[r.ramdin@flevoland.nl|EMAIL]]"],
        ["[[DE LA COURT,\nS.C.E.|PERSON|DE LA COURT]]", "{Jurist|FUNC}", "{Omgevingswet|LAW}",
         "[[06-49 12 08 65|PHONE]]", "[[s.delacourt@flevoland.nl|EMAIL]]"],
        ["[[ZHANG, L.|PERSON|ZHANG, L.]]", "{Data-analist|FUNC}", "{Informatievoorziening|ORG}",
         "[[0320 265 377|PHONE]]", "[[l.zhang@flevoland.nl|EMAIL]]"],
        ["[[HOFSTRA, W.|PERSON|HOFSTRA]]", "{Projectleider|FUNC}", "{Nieuwe Natuur|PROG}",
         "[[06-22 05 71 93|PHONE]]", "[[w.hofstra@flevoland.nl|EMAIL]]"],
        ["[[KARAMAT ALI, F.|PERSON|KARAMAT ALI]]", "{Secretaresse|FUNC}", "{Directie|ORG}",
         "[[0320 265 400|PHONE]]", "[[f.karamatali@flevoland.nl|EMAIL]]"],
    ], [24, 16, 20, 17, 23]),
    ("p", "Afwezigheid melden bij [[Karamat Ali|PERSON|Karamat Ali]] of het secretariaat "
          "{secretariaatrw@flevoland.nl|MAILBOX}. Receptie provinciehuis: {0320 265 265|SWITCH}, "
          "{Visarenddreef 1|GOVADDR}, {Lelystad|PLACE}."),
    ("p", "Let op: [[Wietske Hofstra|PERSON|Wietske;Hofstra]] is vanaf oktober gedetacheerd bij het {Rijksvastgoedbedrijf|ORG}; "
          "haar taken gaan naar [[Rakesh|PERSON]] ([[Ramdin|PERSON|Ramdin]])."),
], "Contactlijst Ruimte en Wonen")

# m421 Werkbezoek Commissaris van de Koning (reportlab)
D([
    ("title", "Programma werkbezoek {Commissaris van de Koning|FUNC} aan de gemeente {Tynaarlo|PLACE}"),
    ("kv", [("Datum:", "vrijdag {16 juni 2023|DATE}"),
            ("Gast:", "{Jetta Klijnsma|PUBLIC}, {Commissaris van de Koning in Drenthe|FUNC}"),
            ("Ontvangst door:", "burgemeester {Marco Out|PUBLIC|Marco Out} en wethouder {Henk Heijerman|PUBLIC}"),
            ("Draaiboek:", "[[Annegreet Kruizinga|PERSON]] ({kabinet CdK|ORG}), [[06-34 18 92 55|PHONE]]"),
            ("Chauffeur:", "[[Bert Mulder|PERSON]], [[06-58 27 11 90|PHONE]]")]),
    ("table", ["Tijd", "Onderdeel", "Locatie", "Aanwezig"], [
        ["09.30", "Ontvangst en koffie", "{Gemeentehuis Vries|PLACE}", "burgemeester {Out|PUBLIC}, "
         "[[Annegreet|PERSON]]"],
        ["10.15", "Bezoek zorgboerderij", "{Zorgboerderij De Hullen|ORG}, {Zuidlaren|PLACE}",
         "eigenaren [[Hennie\nen Grietje Bulthuis|PERSON|Bulthuis;Hennie;Grietje]]"],
        ["11.30", "Gesprek ondernemers", "{Bedrijvenpark Vriezerbrug|PLACE}",
         "[[Jan-Willem Nijsingh|PERSON]] ({Ondernemersvereniging Tynaarlo|ORG})"],
        ["13.00", "Lunch met jongerenraad", "{Jongerencentrum Eelde|ORG}", "[[Mila|PERSON]], [[Daan|PERSON]], "
         "[[Ravi|PERSON]] (jongerenraad)"],
        ["14.30", "Wandeling {Drentsche Aa|PLACE}", "{Nationaal Park Drentsche Aa|ORG}",
         "{boswachter|FUNC} [[Evert Kloosterman|PERSON]]"],
    ], [10, 28, 30, 32]),
    ("h", "Achtergrond"),
    ("p", "{Klijnsma|PUBLIC} was eerder staatssecretaris van {Sociale Zaken en Werkgelegenheid|ORG}. "
          "De {commissaris|FUNC} wil vooral spreken over de {Woondeal Drenthe|PROG} en over de "
          "{Nedersaksische Aardgascompensatie|PROG}. De familie [[Bulthuis|PERSON]] vroeg vooraf of de "
          "pers welkom is; [[Annegreet Kruizinga|PERSON]] heeft dat met {RTV Drenthe|ORG} afgestemd."),
    ("p", "Veiligheid: {Politie Drenthe|ORG} is geïnformeerd via de {beveiligingscoördinator|FUNC} "
          "[[Arnoud Westerhof|PERSON]]. Bij calamiteiten: {Provinciehuis Drenthe|ORG} {0592 365 555|SWITCH}."),
], "Programma werkbezoek CdK")

# m422 Provinciale Staten: stemmingslijst moties (fpdf2)
D([
    ("title", "{Provinciale Staten van Limburg|ORG} – Uitslag hoofdelijke stemming motie M-12 "
              "“{Behoud buslijn 73|PROG}”"),
    ("p", "Vergadering van {4 juli 2025|DATE}. Indieners: de leden {Vossen|COUNCIL} ({BBB|ORG}), "
          "{El Idrissi|COUNCIL} ({GroenLinks-PvdA|ORG}) en {Wetzels-Sijben|COUNCIL} ({CDA|ORG}). "
          "Voorzitter: {Commissaris van de Koning|FUNC} {Emile Roemer|PUBLIC}."),
    ("table", ["Statenlid", "Fractie", "Stem"], [
        ["{Vossen|COUNCIL}", "{BBB|ORG}", "voor"],
        ["{Schmeitz|COUNCIL}", "{BBB|ORG}", "voor"],
        ["{El Idrissi|COUNCIL}", "{GroenLinks-PvdA|ORG}", "voor"],
        ["{Wetzels-Sijben|COUNCIL}", "{CDA|ORG}", "voor"],
        ["{Van der Horst|COUNCIL}", "{VVD|ORG}", "tegen"],
        ["{Pelzer|COUNCIL}", "{PVV|ORG}", "voor"],
        ["{Çakır|COUNCIL}", "{D66|ORG}", "tegen"],
        ["{Lemmens|COUNCIL}", "{SP|ORG}", "voor"],
        ["{Jongen-Hermans|COUNCIL}", "{Lokaal Limburg|ORG}", "afwezig"],
    ], [40, 35, 25]),
    ("p", "De motie is aangenomen met 31 tegen 15 stemmen. Gedeputeerde {Mackus|PUBLIC} ontraadde de motie "
          "namens het college; hij zegt toe met {Arriva|ORG} en de {Vervoerautoriteit|ORG} te overleggen. "
          "Statenlid {Çakır|COUNCIL} legde een stemverklaring af."),
    ("p", "Griffie: de stemming is genoteerd door [[Noor Hendrikx|PERSON]] ({commissiegriffier|FUNC}); de "
          "uitslag is gecontroleerd door [[mr. Ivo Bemelmans|PERSON|Bemelmans;Ivo]]. Een insprekende "
          "reiziger, [[mevrouw Charlotte Dassen-Wolfs|PERSON|Dassen-Wolfs;Charlotte]] uit "
          "{Gulpen|PLACE}, had de Staten eerder die dag toegesproken; zij is bereikbaar via "
          "[[cdassenwolfs@home.nl|EMAIL]]."),
    ("small", "{Provinciehuis Limburg|ORG}, {Limburglaan 10|GOVADDR}, {Maastricht|PLACE}. Griffie: "
              "{griffie@prvlimburg.nl|MAILBOX}, {043 389 99 99|SWITCH}."),
], "Stemming motie M-12")

# m423 Watervergunning aan een agrariër (libreoffice)
D([
    ("title", "{Waterschap Vechtstromen|ORG} – Watervergunning onttrekking grondwater"),
    ("kv", [("Aanvrager:", "[[G.H.J. (Gert) Oude Luttikhuis|PERSON|Oude Luttikhuis;Gert]]"),
            ("Adres:", "[[Hoge Bothofweg 301, 7544 PS Enschede|ADDRESS]]"),
            ("Ligging onttrekking:", "perceel [[Lonneker K 3287|CADASTRAL]]"),
            ("Zaaknummer:", "{VS-WV-2025-4410|CASE}"),
            ("Behandelaar:", "[[Marjolein Tenback|PERSON]], [[m.tenback@vechtstromen.nl|EMAIL]]")]),
    ("p", "Het {dagelijks bestuur|ORG} van {Waterschap Vechtstromen|ORG} (voorzitter: dijkgraaf "
          "{Harold Nijhuis|PUBLIC}) besluit op de aanvraag van {12 mei 2025|DATE} van de heer [[Oude Luttikhuis|PERSON|Oude Luttikhuis]] om "
          "beregeningswater te onttrekken voor zijn melkveebedrijf."),
    ("h", "Besluit"),
    ("p", "1. Vergunning wordt verleend voor maximaal 40.000 m³ per jaar.\n2. De onttrekking wordt gemeten "
          "met een watermeter; de stand wordt jaarlijks via {Mijn Vechtstromen|TERM} doorgegeven.\n"
          "3. Zijn zoon [[Niels Oude Luttikhuis|PERSON|Niels]] is als tweede contactpersoon opgegeven "
          "([[06-82 40 17 36|PHONE]])."),
    ("h", "Zienswijzen"),
    ("p", "Er is één zienswijze ingediend, door [[mevrouw J. Assink-ter Haar|PERSON|Assink-ter Haar]] "
          "([[Hoge Bothofweg 297|ADDRESS]]), over verdroging van haar houtwal. De {hydroloog|FUNC} "
          "[[dr. Piet Kamphuis|PERSON|Kamphuis;Piet]] heeft met het model {AZURE|TERM} berekend dat het effect "
          "kleiner is dan 5 cm. Heemraad {Wim Olthof|PUBLIC|Olthof} (portefeuille watervoorziening) heeft met haar "
          "gesproken."),
    ("p", "Wettelijk kader: {Omgevingswet|LAW}, {Waterschapsverordening Vechtstromen|LAW}, "
          "{Keur|LAW} (oud)."),
    ("small", "{Waterschap Vechtstromen|ORG}, {Kanaalweg 1|GOVADDR}, {Almelo|PLACE}. Klantcontact "
              "{088 220 33 33|SWITCH}, {info@vechtstromen.nl|MAILBOX}."),
], "Watervergunning")

# m424 Bezwaarcommissie: verslag hoorzitting en advies (chromium, two pages)
D([
    ("title", "{Commissie bezwaarschriften|ORG} {gemeente Haarlemmermeer|ORG} – Verslag hoorzitting"),
    ("kv", [("Zaak:", "{BZ-2025-0733|CASE}, bezwaar tegen weigering omgevingsvergunning dakopbouw"),
            ("Bezwaarmaker:", "[[de heer S.R. Jagroep|PERSON|Jagroep]], [[Kruisweg 1002, 2131 CV Hoofddorp|ADDRESS]]"),
            ("Gemachtigde:", "[[mr. E.A. Lindeboom-Cheung|PERSON|Lindeboom-Cheung]] ({Lindeboom Advocatuur|ORG})"),
            ("Commissie:", "[[mr. K.J. Hazelhoff|PERSON|Hazelhoff]] (voorzitter), [[Y. Bennani|PERSON|Bennani]] "
                           "en [[drs. T.A. Visscher|PERSON|Visscher]] (leden)"),
            ("Secretaris:", "[[Robin de Groot-Nzeyimana|PERSON]]"),
            ("Namens het college:", "[[ing. Fatma Aksoy|PERSON|Aksoy;Fatma]] ({vergunningverlener|FUNC})"),
            ("Datum:", "{17 september 2025|DATE}")]),
    ("h", "Standpunt bezwaarmaker"),
    ("p", "[[Mr. Lindeboom|PERSON|Lindeboom]] licht toe dat haar cliënt, de heer [[Jagroep|PERSON]], de opbouw "
          "nodig heeft voor zijn schoonmoeder, die zorg nodig heeft. Zij verwijst naar {ECLI:NL:RVS:2023:2211|ECLI} "
          "over de belangenafweging. De buren, [[familie Van Leeuwen|PERSON|Van Leeuwen]] op nummer 1004, zouden "
          "geen bezwaar hebben; een verklaring van [[Petra van Leeuwen|PERSON|Petra]] is overgelegd."),
    ("h", "Standpunt college"),
    ("p", "[[Mevrouw Aksoy|PERSON|Aksoy]] wijst op het {omgevingsplan|LAW} en het advies van de "
          "{Adviescommissie Omgevingskwaliteit|ORG}: de opbouw past niet in het beschermde dorpsgezicht "
          "{Hoofddorp-Centrum|PLACE}. Wethouder {Jurgen Nobel|PUBLIC|Nobel} heeft de weigering getekend."),
    ("break",),
    ("h", "Advies"),
    ("p", "De commissie adviseert het bezwaar ongegrond te verklaren. De medische omstandigheden van de "
          "schoonmoeder van [[Jagroep|PERSON]] ({Wet langdurige zorg|LAW}-indicatie) zijn persoonlijk en "
          "niet ruimtelijk relevant. Het {college van burgemeester en wethouders|ORG} beslist binnen twaalf weken."),
    ("table", ["Aanwezig", "Rol"], [
        ["[[Hazelhoff|PERSON]]", "voorzitter"],
        ["[[Bennani|PERSON]]", "lid"],
        ["[[Visscher|PERSON]]", "lid"],
        ["[[R. de Groot-\nNzeyimana|PERSON|de Groot-Nzeyimana]]", "secretaris"],
        ["[[S.R. Jagroep|PERSON|S.R. Jagroep]]", "bezwaarmaker"],
        ["[[Sunita Jagroep-Baldew|PERSON|Jagroep-Baldew;Sunita]]", "echtgenote bezwaarmaker"],
    ], [60, 40]),
    ("small", "Secretariaat commissie: {bezwaar@haarlemmermeer.nl|MAILBOX}, {0900 1852|SWITCH}. "
              "Secretaris direct: [[023 567 61 09|PHONE]]."),
], "Verslag hoorzitting bezwaarcommissie")

# m425 Integriteitsmelding: memo vertrouwenspersoon (odt)
D([
    ("title", "MEMO – vertrouwelijk"),
    ("kv", [("Aan:", "{secretaris-directeur|FUNC} {Hoogheemraadschap van Rijnland|ORG}"),
            ("Van:", "[[Nelleke Zwart-Bosman|PERSON]] ({integriteitscoördinator|FUNC})"),
            ("Datum:", "{2 oktober 2025|DATE}"),
            ("Betreft:", "melding vermoeden belangenverstrengeling, {dossier INT-2025-07|CASE}")]),
    ("p", "Op {18 september|DATE} meldde [[Yasmina Chaoui|PERSON]] ({medewerker inkoop|FUNC}) bij de "
          "{vertrouwenspersoon|FUNC} [[Gijs Wapenaar|PERSON]] dat haar collega "
          "[[T.W.F. (Thijmen) van Rossum-Akkerman|PERSON|van Rossum-Akkerman;Thijmen]] opdrachten gunt aan "
          "{Aquaflow Pompen B.V.|ORG}, waarvan zijn zwager [[Dennis Akkerman|PERSON]] {directeur|FUNC} is."),
    ("p", "[[Van Rossum|PERSON|Van Rossum]] is op {25 september|DATE} gehoord in bijzijn van zijn leidinggevende "
          "[[Amrit Chotkan|PERSON]]. Hij erkent de familierelatie maar stelt dat de opdrachten onder de "
          "drempel van de {Aanbestedingswet|LAW} bleven en via {Negometrix|TERM} zijn aanbesteed."),
    ("p", "Voorstel: extern onderzoek door {Integis|ORG} en een tijdelijke andere functie voor betrokkene. "
          "Dijkgraaf {Rogier van der Sande|PUBLIC} wordt op hoofdlijnen geïnformeerd, zonder namen."),
    ("table", ["Paraaf", "Functie", "Datum"], [
        ["[[NZB|INITIALS]]", "{integriteitscoördinator|FUNC}", "{02-10|DATE}"],
        ["[[GW|INITIALS]]", "{vertrouwenspersoon|FUNC}", "{02-10|DATE}"],
    ], [25, 50, 25]),
    ("small", "Meldpunt integriteit: {integriteit@rijnland.net|MAILBOX}. {Huis voor Klokkenluiders|ORG}: "
              "{088 371 30 30|SWITCH}."),
], "Memo integriteitsmelding")

# m426 Aanbesteding: nota van inlichtingen (reportlab)
D([
    ("title", "Nota van Inlichtingen 1 – {Raamovereenkomst Schoonmaakdiensten Rijkskantoren Noord|PROG}"),
    ("kv", [("Aanbestedende dienst:", "{Rijksvastgoedbedrijf|ORG} namens {Categoriemanagement Facilitair|ORG}"),
            ("Referentie:", "{RVB-2025-FM-112|CASE}"),
            ("Contact:", "uitsluitend via de berichtenmodule van {TenderNed|ORG}")]),
    ("p", "Deze nota bevat de vragen van geïnteresseerde ondernemers en de antwoorden. De namen van vragenstellers "
          "zijn in de gepubliceerde versie niet opgenomen; in deze interne versie wel."),
    ("table", ["Nr.", "Vraagsteller", "Vraag", "Antwoord"], [
        ["1", "{CSU Cleaning Services B.V.|ORG} ([[Brigitte Aalders|PERSON]])",
         "Geldt de {SROI|ACR}-verplichting per perceel?", "Ja, 5% van de opdrachtwaarde per perceel."],
        ["2", "{Asito|ORG} ([[M.\nSchreuder-Ng|PERSON|M. Schreuder-Ng;Schreuder-Ng]])",
         "Mag {EMVI|ACR}-plan meer dan 6 A4 zijn?", "Nee."],
        ["3", "{Hago Nederland|ORG} ([[Wojciech\nLewandowski|PERSON|Wojciech Lewandowski;Lewandowski]])",
         "Is de {Cao Schoonmaak- en Glazenwassersbedrijf|LAW} van toepassing?", "Ja."],
        ["4", "{Schoonmaakbedrijf Dijkstra Leeuwarden|ORG} ([[Tjitske Dijkstra|PERSON|Tjitske]])",
         "Kunnen we met {Sociaal Werkbedrijf Fryslân|ORG} combineren?", "Ja, als onderaannemer."],
    ], [6, 30, 34, 30]),
    ("p", "Bij vraag 4 merken wij op dat de vraagsteller, mevrouw [[Tjitske|PERSON]], tevens de eigenaar van "
          "het bedrijf is; de bedrijfsnaam {Schoonmaakbedrijf Dijkstra Leeuwarden|ORG} blijft in de publicatie "
          "staan. Inkoopadviseur: [[ing. Peter-Paul Wijffels|PERSON|Wijffels;Peter-Paul]] "
          "([[peterpaul.wijffels@rijksoverheid.nl|EMAIL]])."),
    ("p", "Algemene vragen: {Rijksvastgoedbedrijf|ORG}, {Korte Voorhout 7|GOVADDR}, {Den Haag|PLACE}, "
          "{088 115 73 00|SWITCH}. Klachten over de procedure: {klachtenmeldpunt@rijksoverheid.nl|MAILBOX}."),
], "Nota van Inlichtingen")

# m427 Leerplicht: procesverbaal-samenvatting en verwijzing (fpdf2)
D([
    ("title", "{Regionaal Bureau Leerplicht Zuid-Kennemerland|ORG} – Verslag verzuimgesprek"),
    ("kv", [("Leerling:", "[[Ayoub el Bakkali|PERSON|el Bakkali;Ayoub]], geboren [[09-02-2011|DOB]]"),
            ("BSN:", "[[" + B3 + "|BSN]]"),
            ("School:", "{Mendelcollege|ORG}, {Haarlem|PLACE}, klas 2B"),
            ("Ouders:", "[[Rachid el Bakkali|PERSON|Rachid]] en [[Hafsa Azzouzi|PERSON]]"),
            ("Adres:", "[[Planetenlaan 77 rood, 2024 EN Haarlem|ADDRESS]]"),
            ("Leerplichtambtenaar:", "[[Ronald Vos|PERSON]]")]),
    ("p", "[[Ayoub|PERSON]] heeft sinds {oktober|DATE} 64 lesuren ongeoorloofd verzuimd. De {mentor|FUNC}, "
          "[[mevrouw De Boer|PERSON|De Boer]], meldde het verzuim in het {Verzuimregister|TERM} van {DUO|ACR}. "
          "Moeder [[Hafsa|PERSON]] vertelt dat [[Ayoub|PERSON]] gepest wordt door een klasgenoot, "
          "[[Sem|PERSON]]."),
    ("p", "Afspraken: [[Ayoub|PERSON]] meldt zich elke ochtend bij [[mevrouw De Boer|PERSON|De Boer]]. "
          "De {jeugdverpleegkundige|FUNC} van de {GGD Kennemerland|ORG}, [[Lieke Paardekooper|PERSON]], "
          "voert een gesprek. Bij nieuw verzuim volgt een {Halt|ORG}-verwijzing op grond van de "
          "{Leerplichtwet 1969|LAW}."),
    ("p", "Vader [[Rachid|PERSON]] is telefonisch bereikbaar op [[06-29 61 84 07|PHONE]]; moeder op "
          "[[06-44 07 35 19|PHONE]]. Tolk via {Tolk- en Vertaalcentrum Nederland|ORG} niet nodig."),
    ("small", "{Leerplicht|ORG}: {023 511 51 15|SWITCH}, {leerplicht@haarlem.nl|MAILBOX}. "
              "Verslag: [[R Vos|PERSON|R Vos]] ([[RV|INITIALS]]), {21 november 2025|DATE}."),
], "Verzuimgesprek")

# m428 Provinciale brief aan het kabinet met ministers en Kamerleden (libreoffice)
D([
    ("kv", [("Aan:", "{Minister van Klimaat en Groene Groei|FUNC}, mevrouw {S.T.M. Hermans|PUBLIC|Hermans}"),
            ("Kopie:", "{Vaste Commissie Klimaat en Groene Groei|ORG} van de {Tweede Kamer|ORG}"),
            ("Datum:", "{19 mei 2025|DATE}"),
            ("Kenmerk:", "{GS-2025-55120|CASE}"),
            ("Contactpersoon:", "[[Ferdinand Hoogendijk|PERSON]], [[f.hoogendijk@pzh.nl|EMAIL]], "
                                "[[070 441 73 85|PHONE]]")]),
    ("p", "Excellentie, geachte mevrouw {Hermans|PUBLIC},"),
    ("p", "{Gedeputeerde Staten van Zuid-Holland|ORG} vragen uw aandacht voor de netcongestie in het "
          "{Haven-Industrieel Complex|PLACE}. Op {8 april|DATE} spraken gedeputeerde {Berend Potjer|PUBLIC} en "
          "{Commissaris van de Koning|FUNC} {Wouter Kolff|PUBLIC} met {TenneT|ORG}, {Stedin|ORG} en de "
          "{Port of Rotterdam|ORG}. De aanpak van uw voorganger, minister {Rob Jetten|PUBLIC}, en het "
          "{Landelijk Actieprogramma Netcongestie|PROG} ({LAN|ACR}) bieden onvoldoende soelaas."),
    ("p", "Ook staatssecretaris {Chris Jansen|PUBLIC} van {Infrastructuur en Waterstaat|ORG} en minister "
          "{Keijzer|PUBLIC} van {Volkshuisvesting en Ruimtelijke Ordening|ORG} zijn betrokken bij de "
          "{Nota Ruimte|PROG}. In de Kamer vroegen de leden {Kröger|COUNCIL} ({GroenLinks-PvdA|ORG}) en "
          "{Bontenbal|COUNCIL} ({CDA|ORG}) om een regionale verdeelsleutel; {Kamerlid Kops|PUBLIC|Kops} "
          "({PVV|ORG}) steunde dat."),
    ("p", "Onze ambtenaren [[Ferdinand Hoogendijk|PERSON]] en [[Lisanne Ruigrok|PERSON]] hebben de "
          "onderbouwing opgesteld met [[Tjalling Boersma|PERSON]] van {Netbeheer Nederland|ORG}. "
          "Wij stellen een gesprek op korte termijn op prijs."),
    ("p", "Hoogachtend,\n{Gedeputeerde Staten van Zuid-Holland|ORG},\n{Wouter Kolff|PUBLIC}, voorzitter\n"
          "Ambtelijk gecontroleerd: [[mr. drs. A.E.H. Hooimeijer-Tjon|PERSON|Hooimeijer-Tjon]], {senior jurist|FUNC}"),
    ("small", "{Provincie Zuid-Holland|ORG}, {Zuid-Hollandplein 1|GOVADDR}, {Den Haag|PLACE}, {070 441 66 11|SWITCH}, "
              "{postbus@pzh.nl|MAILBOX}. Behandelend ambtenaar: [[FH|INITIALS]]/[[LR|INITIALS]]."),
], "Brief netcongestie")

# m429 Bereikbaarheidslijst crisisteam waterschap, narrow cells (chromium)
D([
    ("title", "Bereikbaarheid {Regionaal Beleidsteam Hoogwater|ORG} – {Waterschap Rivierenland|ORG}"),
    ("p", "Geldig vanaf {1 november 2025|DATE}. Bij opschaling ({GRIP|ACR} 2 of hoger) belt de "
          "{Meldkamer Oost-Nederland|ORG} de {piketfunctionarissen|FUNC}. Dijkgraaf {Hans Oosters|PUBLIC} "
          "en heemraad {Mirjam Kerssies|PUBLIC|Kerssies} zijn via het {Bestuurssecretariaat|ORG} bereikbaar."),
    ("table", ["Rol", "Naam", "Mobiel", "Vervanger", "Mobiel vervanger"], [
        ["{Operationeel leider|FUNC}", "[[ir. Diederik\nvan Lohuizen|PERSON|Diederik van Lohuizen;van Lohuizen]]",
         "[[06-51 84 20 96|PHONE]]", "[[Hatice\nKoçak-Brons|PERSON|Hatice Koçak-Brons;Koçak-Brons]]",
         "[[06-37 02 61 48|PHONE]]"],
        ["{Dijkbewaking|FUNC}", "[[Tjeerd\nBijlsma|PERSON|Tjeerd Bijlsma;Bijlsma]]", "[[06-26 44 19 05|PHONE]]",
         "[[Marco\nRietveld|PERSON|Marco Rietveld;Rietveld]]", "[[06-18 93 27 60|PHONE]]"],
        ["{Communicatie|FUNC}", "[[Sanne\nGoedhart-Oei|PERSON|Sanne Goedhart-Oei;Goedhart-Oei]]",
         "[[06-40 71 58 33|PHONE]]", "{woordvoering@wsrl.nl|MAILBOX}", "{0345 639 888|SWITCH}"],
        ["{Informatiemanager|FUNC}", "[[Wen-Jie Lin|PERSON|Wen-Jie Lin;Wen-Jie]]", "[[06-57 13 90 82|PHONE]]",
         "[[J.P. (Joop)\nden Hartog|PERSON|den Hartog;Joop]]", "[[06-23 86 45 17|PHONE]]"],
        ["{Liaison Veiligheidsregio|FUNC}", "[[Gerard\n's-Jacob|PERSON|Gerard 's-Jacob;'s-Jacob]]",
         "[[06-49 30 72 81|PHONE]]", "{VRGZ|ACR} {piket|FUNC}", "{088 355 55 55|SWITCH}"],
    ], [18, 24, 17, 24, 17]),
    ("p", "Melding dijkschade door burgers: {0800-4567890|SWITCH} (gratis, 24/7). Pers: {0345 639 888|SWITCH}. "
          "Waterstanden: {Rijkswaterstaat|ORG} {0800-8002|SWITCH}."),
    ("p", "Let op: [[Diederik|PERSON]] is in week 47 met verlof; dan neemt [[Hatice|PERSON]] waar. De lijst wordt "
          "beheerd door [[Bijlsma|PERSON]] ([[t.bijlsma@wsrl.nl|EMAIL]])."),
    ("small", "{Waterschap Rivierenland|ORG}, {De Blomboogerd 1|GOVADDR}, {Tiel|PLACE}. Algemeen: {0344 649 090|SWITCH}, "
              "{info@wsrl.nl|MAILBOX}."),
], "Bereikbaarheidslijst hoogwater")

# m430 Vaststelling isolatiesubsidie aan een particulier, malformed IBAN (odt)
D([
    ("title", "{Gemeente Súdwest-Fryslân|ORG} – Vaststelling subsidie {Isolatieregeling 2025|PROG}"),
    ("kv", [("Aan:", "[[mevrouw T. Wijbenga-de Jong|PERSON|Wijbenga-de Jong]]"),
            ("Adres:", "[[Skâns 12\n8701 BR Bolsward|ADDRESS|Skâns 12;8701 BR]]"),
            ("BSN:", "[[" + B4 + "|BSN]]"),
            ("Datum:", "{10 december 2025|DATE}"),
            ("Dossier:", "{SUB-ISO-2025-1184|CASE}")]),
    ("p", "Geachte mevrouw [[Wijbenga|PERSON|Wijbenga]],"),
    ("p", "U ontving op {14 mei 2025|DATE} een voorschot voor het isoleren van de spouwmuur en de vloer van uw woning. "
          "Het uitvoeringsbedrijf {Isolatiebedrijf Friesland B.V.|ORG} heeft de werkzaamheden op {2 juli|DATE} "
          "afgerond. Wij stellen de subsidie vast op {€ 3.275|AMOUNT}."),
    ("p", "In uw aanvraag noemde u rekeningnummer [[" + I4BAD + "|IBAN]]. Dat nummer is niet geldig. Volgens "
          "de factuur en uw telefonische correctie is uw rekeningnummer [[" + I4 + "|IBAN]]. Het restant van "
          "{€ 655|AMOUNT} wordt daarop overgemaakt. Uw schoonzoon, de heer [[Ewout Kuipers|PERSON]], die namens "
          "u belde ([[06-15 80 43 92|PHONE]]), is hierover ingelicht."),
    ("p", "De wethouder {Erik Faber|PUBLIC|Faber} wil inwoners die al hebben geïsoleerd, zoals u, uitnodigen voor "
          "een bijeenkomst in {It Haagje|ORG}. U kunt zich aanmelden via {duorsum@sudwestfryslan.nl|MAILBOX}."),
    ("p", "Met vriendelijke groet,\nnamens het college,\n\n[[Sietske Bylsma-Wiersma|PERSON]]\n"
          "{consulent subsidies|FUNC}"),
    ("small", "Vragen: {14 0515|SWITCH}. Bezwaar binnen zes weken bij het college, {Postbus 10.000|GOVADDR}, "
              "{8600 HA Sneek|GOVADDR}. Rekening gemeente voor terugbetalingen: {" + IPROV + "|KEEPIBAN}."),
], "Vaststelling isolatiesubsidie")

# m431 HR: verslag selectiegesprekken (reportlab)
D([
    ("title", "Verslag selectiegesprekken vacature {Teamleider Handhaving|FUNC} ({V-2025-087|CASE})"),
    ("kv", [("Organisatie:", "{Gemeente Westland|ORG}, {afdeling Veiligheid en Handhaving|ORG}"),
            ("Commissie:", "[[Mariska Zuiderent|PERSON]] ({afdelingshoofd|FUNC}), [[Hüseyin Kılıç|PERSON]] "
                           "({HR-adviseur|FUNC}), [[Dirk-Jan van der Voort|PERSON|van der Voort;Dirk-Jan]] "
                           "({OR-lid|FUNC})"),
            ("Datum:", "{27 augustus 2025|DATE}")]),
    ("table", ["Kandidaat", "Huidige werkgever", "Indruk", "Advies"], [
        ["[[Monique\nStrijbosch|PERSON|Monique Strijbosch;Strijbosch]]", "{Gemeente Delft|ORG}",
         "Sterk in sturing, weinig ervaring met {BOA|ACR}'s", "tweede ronde"],
        ["[[Anand\nBaldewsingh|PERSON|Anand Baldewsingh;Baldewsingh]]", "{Politie Haaglanden|ORG}",
         "Veel operationele ervaring; wil minder onregelmatig werken", "tweede ronde"],
        ["[[Q. (Quinten)\nVerbeek|PERSON|Verbeek;Quinten]]", "{Securitas|ORG}", "Past niet bij profiel", "afwijzen"],
        ["[[Małgorzata\nDąbrowska|PERSON|Małgorzata Dąbrowska;Dąbrowska]]", "{Gemeente Westland|ORG} (intern)",
         "Goede kennis {APV|ACR} en {Wet Mulder|LAW}", "tweede ronde"],
    ], [25, 22, 35, 18]),
    ("p", "[[Hüseyin|PERSON]] merkt op dat [[Anand|PERSON]] in zijn brief salarisschaal 11 vraagt; de functie "
          "is ingeschaald in schaal 10. [[Mariska|PERSON]] wil [[Małgorzata|PERSON]] graag behouden voor de "
          "organisatie, ook als zij niet wordt gekozen. Referenties: voor [[Strijbosch|PERSON]] bij "
          "[[Karin Olieslagers|PERSON]] ([[015 260 28 51|PHONE]])."),
    ("p", "Tweede ronde op {3 september|DATE} met een assessment bij {LTP|ORG}. Burgemeester {Bouke Arends|PUBLIC} "
          "is als portefeuillehouder geïnformeerd."),
    ("table", ["Paraaf", "Naam"], [
        ["[[MZ|INITIALS]]", "[[M. Zuiderent|PERSON|M. Zuiderent]]"],
        ["[[HK|INITIALS]]", "[[H. Kılıç|PERSON|H. Kılıç]]"],
        ["[[DJvdV|INITIALS]]", "[[D.J. van der Voort|PERSON|D.J. van der Voort]]"],
    ], [30, 70]),
    ("small", "Vertrouwelijk. Sollicitatiegegevens worden vier weken na afronding vernietigd. "
              "{werkenbij@gemeentewestland.nl|MAILBOX}, {14 0174|SWITCH}."),
], "Verslag selectiegesprekken")

# m432 Horecatoezicht: bestuurlijke rapportage en leidinggevenden (fpdf2)
D([
    ("title", "{Gemeente Tilburg|ORG} – Rapportage toezicht {Alcoholwet|LAW}"),
    ("kv", [("Inrichting:", "{Café De Korenbloem|ORG}, {Korvelseweg 88, 5025 JM Tilburg|ORGADDR}"),
            ("Exploitant:", "{Korenbloem Horeca V.O.F.|ORG}"),
            ("Vennoten:", "[[Hasan Yılmazer|PERSON]] en [[Chantal Verhoeven-Mutsaers|PERSON]]"),
            ("Toezichthouders:", "[[T. Bayraktar|PERSON|Bayraktar]] en [[Roel Hendriks-Tjoa|PERSON]]"),
            ("Controle:", "zaterdag {15 november 2025|DATE}, 01.40 uur")]),
    ("h", "Bevindingen"),
    ("p", "Bij binnenkomst stond [[Luuk Kerkhofs|PERSON]] achter de bar. Hij staat niet op het aanhangsel van "
          "de vergunning als leidinggevende. Volgens [[Kerkhofs|PERSON]] was [[mevrouw Verhoeven|PERSON|Verhoeven]] "
          "even naar huis. Een bezoeker, [[Jesse|PERSON]] (17 jaar), had een biertje; hij toonde een "
          "{ID-kaart|TERM} met geboortedatum [[23-03-2008|DOB]]."),
    ("p", "Toezichthouder [[Bayraktar|PERSON]] heeft telefonisch contact gehad met [[Yılmazer|PERSON]] "
          "([[06-31 72 05 84|PHONE]]); hij kwam binnen twintig minuten."),
    ("table", ["Leidinggevende (aanhangsel)", "Geboortedatum", "{SVH|ACR}-diploma"], [
        ["[[Hasan Yılmazer|PERSON|Hasan Yılmazer]]", "[[11-07-1979|DOB]]", "ja"],
        ["[[Chantal Verhoeven-\nMutsaers|PERSON|Chantal Verhoeven-Mutsaers]]", "[[30-01-1984|DOB]]", "ja"],
        ["[[Mohammed Bouchtaoui|PERSON]]", "[[05-12-1991|DOB]]", "ja"],
    ], [50, 25, 25]),
    ("p", "Conclusie: twee overtredingen (artikel 20 en artikel 24 {Alcoholwet|LAW}). Op voorstel van "
          "burgemeester {Weterings|PUBLIC} volgt een waarschuwing met strafpunten. De {Horeca Nederland|ORG} "
          "afdeling {Tilburg|PLACE} is niet geïnformeerd."),
    ("small", "{Team Toezicht Horeca|ORG}: {horeca@tilburg.nl|MAILBOX}, {14 013|SWITCH}. Toezichthouder direct: "
              "[[t.bayraktar@tilburg.nl|EMAIL]], [[013 542 93 71|PHONE]]."),
], "Rapportage toezicht Alcoholwet")
