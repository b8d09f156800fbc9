"""Documents of set EB (mixed103): municipal youth care procurement and oversight in Regio Rivierenland.

Marks: [[text|K]] redact (K: P person, E e-mail, T phone, A address, D date of birth, B BSN, I IBAN,
N personal number, H health, C criminal, S signature/paraph, X other personal), {{text|K}} keep
(K: O organisation, L place, F public office holder, R reference, W law, J job title, M functional
mailbox, G programme, Y date, T switchboard, S street, A amount, P product, X other).
All persons are invented; see README.md.
"""
from __future__ import annotations


def bsn(prefix8: str) -> str:
    while True:
        d = [int(x) for x in prefix8]
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s != 10:
            return prefix8 + str(s)
        prefix8 = prefix8[:7] + str((d[7] + 1) % 10)


def iban(bank: str, acct: str) -> str:
    acct = acct.zfill(10)
    num = "".join(str(int(ch, 36)) for ch in (bank + acct + "NL00"))
    ck = 98 - int(num) % 97
    s = f"NL{ck:02d}{bank}{acct}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


BSN1 = bsn("21483097")
BSN2 = bsn("17639248")
BSN3 = bsn("30518726")
BSN4 = bsn("25074613")
IBAN1 = iban("INGB", "6718342")
IBAN2 = iban("RABO", "3418829107")
IBAN3 = iban("TRIO", "2198077431")

RIJR_LH = ("{{Regionaal Inkoopbureau Jeugd Rivierenland}}\nnamens de gemeenten {{Tiel|L}}, {{Culemborg|L}}, "
           "{{Buren|L}}, {{West Betuwe|L}}, {{Maasdriel|L}}, {{Zaltbommel|L}}, {{West Maas en Waal|L}} en "
           "{{Neder-Betuwe|L}}\nBezoekadres {{Kellenseweg 4|S}}, {{Tiel|L}}",
           "Contactpersoon: [[Marloes Verhagen]]\nTelefoon: [[06-41873592|T]]\nE-mail: [[m.verhagen@tiel.nl|E]]\n"
           "Algemeen: {{inkoopjeugd@tiel.nl|M}}")

DOCS: list = []


def D(**kw):
    DOCS.append(kw)


# ------------------------------------------------------------------ jz01 contract management report (2 p)
D(id="jz01", slug="contractrapportage_entrea_lindenhout", producer="rl", font="Helvetica",
  title="Contractmanagementrapportage Q2 2025 Entrea Lindenhout", author="RIJR",
  letterhead=RIJR_LH,
  footer="RIJR | Contractmanagement Jeugd | {{inkoopjeugd@tiel.nl|M}} | {{14 0344|T}}\n"
         "Opgesteld door [[M. Verhagen]] (contractmanager) en [[T. Brouwer]] (inkoopadviseur)",
  blocks=[
      ("h1", "Contractmanagementrapportage tweede kwartaal 2025"),
      ("p", "Aanbieder: {{Entrea Lindenhout}} (perceel {{Verblijf en gezinsgericht|X}}, raamovereenkomst "
            "{{RIJR-2023-014|R}})\nPeriode: 1 april tot en met 30 juni 2025\nKenmerk: {{CM-2025-Q2-07|R}}"),
      ("h2", "1. Aanleiding"),
      ("p", "Het {{Regionaal Inkoopbureau Jeugd Rivierenland}} (RIJR) voert namens de acht gemeenten het "
            "contractmanagement uit op de aanbieders met een raamovereenkomst onder de {{Jeugdwet|W}}. Deze "
            "rapportage volgt op het kwartaalgesprek van 8 juli 2025 met [[Gerrit Haverkamp]] (regiomanager "
            "{{Entrea Lindenhout}}) en [[Yvonne Stapel]] (controller). Namens het RIJR waren [[Marloes Verhagen]] "
            "en [[Thijs Brouwer]] aanwezig."),
      ("h2", "2. Kerncijfers"),
      ("table", [["Indicator", "Q1 2025", "Q2 2025", "Norm"],
                 ["Aantal jeugdigen in zorg", "212", "224", "-"],
                 ["Gemiddelde wachttijd (weken)", "9,4", "11,2", "≤ 8"],
                 ["Uitval personeel (%)", "7,1", "8,3", "≤ 6,5"],
                 ["Inzet flexibele krachten (%)", "14", "19", "≤ 15"],
                 ["Calamiteitenmeldingen {{IGJ}}", "1", "2", "-"],
                 ["Gedeclareerd bedrag", "€ 2.814.220", "€ 3.002.915", "budgetplafond € 11,6 mln"]],
       [65, 30, 30, 45]),
      ("p", "De wachttijd voor {{Gezinshuis|X}}-plaatsingen is opgelopen. Volgens [[Haverkamp]] is de "
            "oorzaak een tekort aan gedragswetenschappers op de locatie {{Kesteren|L}}. De aanbieder verwacht in "
            "het derde kwartaal twee vacatures in te vullen."),
      ("h2", "3. Kwaliteit en calamiteiten"),
      ("p", "In het kwartaal zijn twee calamiteiten gemeld bij de {{Inspectie Gezondheidszorg en Jeugd}}. "
            "Beide meldingen zijn door de aanbieder binnen drie werkdagen gedaan, conform artikel 4.3.1 van "
            "de {{Jeugdwet|W}}. De gemeente {{Tiel|L}} is als woonplaatsgemeente geïnformeerd. Het RIJR "
            "ontvangt het calamiteitenonderzoek zodra de inspectie het heeft beoordeeld (zie {{IGJ}}-kenmerk "
            "{{2025-118430|R}})."),
      ("p", "[[Stapel]] lichtte toe dat het ziekteverzuim vooral op de groepen in {{Tiel|L}} hoog is. "
            "Het RIJR vraagt de aanbieder in de volgende rapportage een plan van aanpak op te nemen."),
      ("pb",),
      ("h2", "4. Financiën"),
      ("p", "De uitputting van het budgetplafond ligt na het tweede kwartaal op 51 procent. Bij "
            "ongewijzigd beleid overschrijdt de aanbieder het plafond in november. Conform artikel 9 van de "
            "raamovereenkomst meldt de aanbieder dit tijdig; [[Haverkamp]] heeft toegezegd een "
            "onderbouwde prognose te sturen aan {{inkoopjeugd@tiel.nl|M}}."),
      ("table", [["Product", "Productcode", "Volume Q2", "Bedrag Q2"],
                 ["Verblijf gezinshuis", "{{45A12|R}}", "4.210 etmalen", "€ 1.180.430"],
                 ["Ambulante gezinsbehandeling", "{{45A54|R}}", "9.312 uur", "€ 1.102.815"],
                 ["Crisisopvang", "{{44A01|R}}", "388 etmalen", "€ 219.670"],
                 ["Dagbehandeling", "{{45A48|R}}", "2.106 dagdelen", "€ 500.000"]],
       [55, 30, 40, 45]),
      ("h2", "5. Afspraken"),
      ("table", [["Nr.", "Afspraak", "Wie", "Wanneer"],
                 ["1", "Prognose budgetplafond 2025", "[[Y. Stapel]]", "1 september 2025"],
                 ["2", "Plan van aanpak verzuim groepen {{Tiel|L}}", "[[G. Haverkamp]]", "Q3-rapportage"],
                 ["3", "Terugkoppeling calamiteitenonderzoek", "[[M. Verhagen]]", "na oordeel {{IGJ}}"],
                 ["4", "Agenderen wachttijden in {{Regionaal Portefeuillehoudersoverleg Jeugd}}", "[[T. Brouwer]]",
                  "{{18 september 2025|Y}}"]],
       [12, 83, 35, 40]),
      ("p", "Het {{Regionaal Portefeuillehoudersoverleg Jeugd}} bespreekt deze rapportage op "
            "{{18 september 2025|Y}}. Vragen over deze rapportage kunnen worden gesteld aan [[Marloes Verhagen]] "
            "([[m.verhagen@tiel.nl|E]]) of [[Thijs Brouwer]] ([[t.brouwer@tiel.nl|E]], [[0344 637 418|T]])."),
  ])

# ------------------------------------------------------------------ jz02 contract report Kompas (docx, 2 p)
D(id="jz02", slug="contractrapportage_kompas_jeugdhulp", producer="docx", font="Liberation Sans",
  title="Contractgesprek Kompas Jeugdhulp", author="Thijs Brouwer", last_modified_by="Thijs Brouwer",
  footer="Regionaal Inkoopbureau Jeugd Rivierenland - contactpersoon [[Thijs Brouwer]], [[t.brouwer@tiel.nl|E]], [[0344 637 418|T]]",
  blocks=[
      ("h1", "Verslag contractgesprek {{Kompas Jeugdhulp B.V.}}"),
      ("p", "Datum gesprek: {{3 juni 2025|Y}}\nLocatie: kantoor {{Kompas Jeugdhulp B.V.}}, {{Culemborg|L}}\n"
            "Kenmerk: {{CM-2025-031|R}}\nAanwezig namens de aanbieder: [[Ronald Vermeulen]] (directeur-eigenaar), "
            "[[Esther Vermeulen-Dijkstra]] (praktijkondersteuner, echtgenote van de directeur)\n"
            "Aanwezig namens het RIJR: [[Thijs Brouwer]] (inkoopadviseur), [[Karin Oudshoorn]] (financieel "
            "controller), [[Joost van Wijngaarden]] (jurist)"),
      ("h2", "Aanleiding"),
      ("p", "Uit de materiële controle over 2024 blijkt dat {{Kompas Jeugdhulp B.V.}} voor 37 jeugdigen "
            "ambulante begeleiding heeft gedeclareerd op dagen waarop volgens de dossiers geen contact heeft "
            "plaatsgevonden. Het gaat om een bedrag van {{€ 186.400|A}}. Daarnaast is de gemeente {{Buren|L}} "
            "een signaal binnengekomen van een ouder over het uitblijven van begeleiding."),
      ("h2", "Bespreking"),
      ("p", "[[Vermeulen]] erkent dat de urenregistratie in 2024 niet op orde was. Hij wijt dit aan het "
            "vertrek van twee medewerkers en aan een overstap van softwarepakket. Mevrouw [[Vermeulen-Dijkstra]] "
            "stelt dat alle gedeclareerde uren wel zijn geleverd, maar deels telefonisch."),
      ("p", "[[Oudshoorn]] wijst erop dat telefonisch contact volgens de productbeschrijving "
            "{{Ambulante begeleiding individueel|P}} ({{45A53|R}}) slechts beperkt declarabel is. "
            "[[Van Wijngaarden]] licht toe dat de gemeenten op grond van artikel 17 van de raamovereenkomst "
            "onverschuldigd betaalde bedragen kunnen terugvorderen en dat bij een vermoeden van opzet melding "
            "wordt gedaan bij de {{Inspectie Gezondheidszorg en Jeugd}} en het {{Informatie Knooppunt Zorgfraude}}."),
      ("h2", "Afspraken"),
      ("table", [["Afspraak", "Eigenaar", "Termijn"],
                 ["Aanleveren urenregistratie 2024 per cliënt", "[[R. Vermeulen]]", "{{1 juli 2025|Y}}"],
                 ["Steekproef 40 dossiers", "[[K. Oudshoorn]]", "augustus 2025"],
                 ["Juridische toets terugvordering", "[[J. van Wijngaarden]]", "augustus 2025"],
                 ["Informeren {{IGJ}} over bevindingen", "[[T. Brouwer]]", "na steekproef"]]),
      ("h2", "Vervolg"),
      ("p", "Tot de uitkomst van de steekproef bekend is, neemt het RIJR geen nieuwe verwijzingen naar "
            "{{Kompas Jeugdhulp B.V.}} door. De wethouders worden via het {{Regionaal Portefeuillehoudersoverleg Jeugd}} "
            "geïnformeerd. [[Vermeulen]] heeft gevraagd de naam van de aanbieder niet in openbare stukken te "
            "noemen; dat verzoek is niet toegezegd."),
      ("p", "Bijlage: overzicht steekproef (niet bijgevoegd). Correspondentie via {{inkoopjeugd@tiel.nl|M}}; "
            "rechtstreeks contact met de directeur: [[r.vermeulen@kompasjeugdhulp.nl|E]], [[06-29417730|T]]."),
  ])

# ------------------------------------------------------------------ jz03 e-mail thread with IGJ (2 p)
D(id="jz03", slug="mail_igj_kompas", producer="rl", font="DejaVuSans", size=10.5,
  title="RE: Signaal Kompas Jeugdhulp", author="Verhagen, Marloes",
  hidden={"probes": []},
  blocks=[
      ("mono", "Van:        [[Hanneke Wolters]] <[[h.wolters@igj.nl|E]]>\n"
               "Verzonden:  donderdag 11 september 2025 16:42\n"
               "Aan:        [[Verhagen, Marloes]] <[[m.verhagen@tiel.nl|E]]>\n"
               "CC:         {{meldpunt@igj.nl|M}}; [[Timmerman, Bas]] <[[b.timmerman@igj.nl|E]]>\n"
               "Onderwerp:  RE: Signaal {{Kompas Jeugdhulp B.V.}} - uw kenmerk {{CM-2025-031|R}}"),
      ("p", "Beste [[Marloes]],"),
      ("p", "Dank voor het toesturen van de resultaten van de steekproef. Wij hebben uw signaal "
            "geregistreerd onder {{IGJ}}-zaaknummer {{2025-131977|R}}. Gezien de combinatie van "
            "declaratieproblemen en het signaal over uitblijvende begeleiding in {{Buren|L}} plannen wij "
            "een onaangekondigd bezoek aan de locatie in {{Culemborg|L}}. Ik verzoek u de datum van dat bezoek "
            "niet met de aanbieder te delen."),
      ("p", "Kunt u mij de contactgegevens sturen van de casemanager die het signaal van de ouder heeft "
            "ontvangen? Mijn collega [[Bas Timmerman]] neemt het financiële deel voor zijn rekening en "
            "stemt af met het {{Informatie Knooppunt Zorgfraude}}."),
      ("p", "Met vriendelijke groet,\n\n[[Hanneke Wolters]]\nInspecteur toezicht jeugd\n"
            "{{Inspectie Gezondheidszorg en Jeugd}} | {{Ministerie van Volksgezondheid, Welzijn en Sport}}\n"
            "{{Stadsplateau 1|S}}, {{Utrecht|L}} | M [[06-52190468|T]] | {{www.igj.nl|X}}"),
      ("mono", "-----Oorspronkelijk bericht-----\n"
               "Van:        [[Verhagen, Marloes]] <[[m.verhagen@tiel.nl|E]]>\n"
               "Verzonden:  dinsdag 9 september 2025 10:15\n"
               "Aan:        [[h.wolters@igj.nl|E]]\n"
               "CC:         [[Brouwer, Thijs]] <[[t.brouwer@tiel.nl|E]]>; {{inkoopjeugd@tiel.nl|M}}\n"
               "Onderwerp:  Signaal {{Kompas Jeugdhulp B.V.}} - uw kenmerk {{CM-2025-031|R}}"),
      ("p", "Geachte mevrouw [[Wolters]],"),
      ("p", "Zoals telefonisch besproken stuur ik u de uitkomst van de steekproef bij "
            "{{Kompas Jeugdhulp B.V.}}. In 29 van de 40 dossiers ontbreekt bewijs van geleverde zorg. In twee "
            "dossiers is een handtekening van een ouder onder een zorgplan gezet die volgens de ouder niet van "
            "haar is. De casemanager van de gemeente {{Buren|L}}, [[Samira El Idrissi]], heeft dit signaal "
            "ontvangen."),
      ("p", "Wethouder {{Kamphuis|F}} ({{Tiel|L}}, portefeuillehouder jeugd en voorzitter van het "
            "{{Regionaal Portefeuillehoudersoverleg Jeugd}}) is op de hoogte. Zij wil graag weten of de "
            "inspectie aanleiding ziet om de gemeenten te adviseren de lopende trajecten over te dragen."),
      ("p", "Met vriendelijke groet,\n\n[[Marloes Verhagen]]\nContractmanager jeugd\n"
            "{{Regionaal Inkoopbureau Jeugd Rivierenland}}\nT [[06-41873592|T]]"),
      ("mono", "-----Oorspronkelijk bericht-----\n"
               "Van:        [[Wolters, Hanneke]] <[[h.wolters@igj.nl|E]]>\n"
               "Verzonden:  maandag 1 september 2025 09:03\n"
               "Aan:        [[m.verhagen@tiel.nl|E]]\n"
               "Onderwerp:  Terugbelverzoek"),
      ("p", "Hoi [[Marloes]], ik probeerde je te bellen over jullie melding. Ik ben vandaag bereikbaar op "
            "[[06-52190468|T]]. Groet, [[Hanneke]]"),
  ])

# ------------------------------------------------------------------ jz04 wethouder's memo (docx, letterhead)
D(id="jz04", slug="memo_wethouder_jeugd", producer="docx", font="Liberation Serif", size=11,
  title="Memo wethouder jeugd", author="Pieter Goudriaan", last_modified_by="Pieter Goudriaan",
  hidden={"probes": [("PERSON", "Pieter Goudriaan", "metadata")]},
  letterhead=("Gemeente {{Tiel|L}}\nTeam Jeugd en Onderwijs\nPostbus 6325, 4000 HH {{Tiel|L}}",
              "Memo\nAan: wethouder {{Esther Kamphuis|F}}\nVan: [[Inge Hoogendoorn-Bakker]], beleidsadviseur jeugd\n"
              "Datum: {{16 september 2025|Y}}\nKenmerk: {{Z/25/184420|R}}"),
  footer="Gemeente Tiel | {{Kellenseweg 4|S}} | telefoon {{14 0344|T}} | {{info@tiel.nl|M}} - behandeld door [[I. Hoogendoorn|P]] ([[06-18734025|T]])",
  blocks=[
      ("h1", "Stand van zaken {{Kompas Jeugdhulp B.V.}} en wachttijden verblijf"),
      ("h2", "Aanleiding"),
      ("p", "U heeft gevraagd om een korte memo voorafgaand aan het {{Regionaal Portefeuillehoudersoverleg Jeugd}} "
            "van {{18 september 2025|Y}} en het commissiedebat van 25 september, waar raadslid {{Van Leeuwen|F}} "
            "({{GroenLinks-PvdA|O}}) vragen heeft aangekondigd over de wachttijden in de jeugdzorg."),
      ("h2", "Kern"),
      ("p", "1. De {{Inspectie Gezondheidszorg en Jeugd}} heeft het signaal over {{Kompas Jeugdhulp B.V.}} in "
            "behandeling genomen (zaaknummer {{2025-131977|R}}). De inspectie vraagt de datum van haar bezoek "
            "vertrouwelijk te houden. Dit raakt niet aan de openbaarheid van deze memo na afloop van het bezoek."),
      ("p", "2. Bij {{Entrea Lindenhout}} loopt de wachttijd voor gezinshuisplaatsingen op tot gemiddeld 11 weken. "
            "Vijf jeugdigen uit {{Tiel|L}} wachten op een plek; twee van hen verblijven tijdelijk in crisisopvang."),
      ("p", "3. Het budgetplafond van {{Entrea Lindenhout}} dreigt in november te worden overschreden. Het "
            "RIJR adviseert het plafond met {{€ 850.000|A}} op te hogen ten laste van de regionale reserve, "
            "zoals mogelijk is op grond van de {{Verordening jeugdhulp gemeente Tiel 2020|W}}."),
      ("h2", "Advies"),
      ("p", "Wij adviseren u in het portefeuillehoudersoverleg in te stemmen met de ophoging en de "
            "staatssecretaris van {{Volksgezondheid, Welzijn en Sport|O}}, staatssecretaris {{Karremans|F}}, via de "
            "{{Vereniging van Nederlandse Gemeenten}} aandacht te vragen voor de gevolgen van de "
            "{{Hervormingsagenda Jeugd|G}} voor kleine aanbieders."),
      ("h2", "Krachtenveld"),
      ("p", "Burgemeester {{Beenakker|F}} wil als portefeuillehouder openbare orde op de hoogte blijven "
            "van de crisisplaatsingen. De wethouder van {{Culemborg|L}}, wethouder {{De Haan|F}}, heeft laten weten "
            "voorstander te zijn van het tijdelijk stopzetten van verwijzingen naar {{Kompas Jeugdhulp B.V.}}."),
      ("p", "Afgestemd met: [[Marloes Verhagen]] (RIJR), [[Joost van Wijngaarden]] (juridische zaken).\n"
            "Paraaf teamleider: [[RZ|S]] ([[Ruud Zwanenburg]])"),
      ("h2", "Informatie die niet openbaar gemaakt kan worden"),
      ("p", "Niet van toepassing; de memo bevat geen gegevens van cliënten."),
  ])

# ------------------------------------------------------------------ jz05 calamiteitenmelding (2 p)
CH1 = "[[J.R. Kuipers]]"
D(id="jz05", slug="calamiteitenmelding_kuipers", producer="rl", font="Times-Roman", size=10.5,
  title="Calamiteitenmelding IGJ", author="Entrea Lindenhout kwaliteitsbureau",
  header="VERTROUWELIJK - calamiteitenmelding {{IGJ}}",
  footer="{{Entrea Lindenhout}} | Kwaliteit en Veiligheid | {{kwaliteit@entrealindenhout.nl|M}}\n"
         "Melder: [[Annemiek Rozendaal]], functionaris kwaliteit, [[06-33018276|T]], [[a.rozendaal@entrealindenhout.nl|E]]",
  blocks=[
      ("h1", "Melding calamiteit aan de {{Inspectie Gezondheidszorg en Jeugd}}"),
      ("p", "Meldingsnummer aanbieder: {{KV-2025-0412|R}}\nDatum melding: {{27 mei 2025|Y}}\n"
            "Grondslag: artikel 4.3.1 {{Jeugdwet|W}} (calamiteit)"),
      ("h2", "1. Gegevens van de aanbieder"),
      ("table", [["Veld", "Gegevens"],
                 ["Naam aanbieder", "{{Entrea Lindenhout}}"],
                 ["Locatie", "Gezinshuis {{De Linde|O}}, {{Kesteren|L}}"],
                 ["Contactpersoon melding", "[[Annemiek Rozendaal]]"],
                 ["Eindverantwoordelijke", "[[Dr. P.W. Lammers]], bestuurder"]], [55, 115]),
      ("h2", "2. Gegevens van de jeugdige"),
      ("table", [["Veld", "Gegevens"],
                 ["Initialen en achternaam", CH1],
                 ["Roepnaam", "[[Jayden]]"],
                 ["Geboortedatum", "[[22-07-2012|D]]"],
                 ["BSN", f"[[{BSN1}|B]]"],
                 ["Cliëntnummer", "[[EL-2023-08813|N]]"],
                 ["Woonplaatsgemeente", "{{Tiel|L}}"],
                 ["School", "Het Lingecollege, klas 1B"],
                 ["Ouders / gezag", "moeder [[Sandra Kuipers-Vos]], vader [[Michel Kuipers]] (gezamenlijk gezag)"],
                 ["Adres ouders", "[[Hoveniersweg 23|A]], [[4007 RG|A]] {{Tiel|L}}"],
                 ["Telefoon moeder", "[[06-27741093|T]]"]], [55, 115]),
      ("h2", "3. Beschrijving van de gebeurtenis"),
      ("p", "Op zondag 25 mei 2025 omstreeks 21.40 uur heeft [[Jayden]] op zijn kamer in het gezinshuis "
            "een [[overdosis melatonine en oxazepam|H]] ingenomen. De gezinshuisouder, [[Wilma de Bruijn]], "
            "trof hem aanspreekbaar maar suf aan en belde 112. [[Jayden]] is door de ambulance overgebracht naar "
            "{{Ziekenhuis Rivierenland|O}} in {{Tiel|L}} en daar een nacht ter observatie opgenomen. Hij heeft "
            "geen blijvend letsel."),
      ("p", "De jeugdige is sinds februari 2025 in het gezinshuis geplaatst in verband met "
            "[[ernstige gedragsproblemen en een posttraumatische stressstoornis|H]]. In april is door "
            "{{Karakter}} [[een depressieve stoornis met suïcidale gedachten|H]] vastgesteld. Het "
            "veiligheidsplan schreef voor dat medicatie in een afgesloten kast werd bewaard; op de avond van "
            "het incident was de sleutel niet teruggelegd."),
      ("pb",),
      ("h2", "4. Genomen maatregelen"),
      ("p", "- Alle medicatie in het gezinshuis is in een kluis met code geplaatst.\n"
            "- De gedragswetenschapper, [[drs. Femke Aalbers]], heeft het veiligheidsplan op 26 mei herzien.\n"
            "- De ouders zijn op 25 mei om 22.30 uur door de gezinshuisouder geïnformeerd; mevrouw "
            "[[Kuipers-Vos]] is dezelfde avond naar het ziekenhuis gekomen.\n"
            "- De gemeente {{Tiel|L}} (casemanager [[Samira El Idrissi]]) is op 26 mei geïnformeerd.\n"
            "- Er wordt een calamiteitenonderzoek ingesteld volgens de {{SIRE-methode|G}}."),
      ("h2", "5. Onderzoekscommissie"),
      ("table", [["Naam", "Functie", "Rol"],
                 ["[[Annemiek Rozendaal]]", "functionaris kwaliteit", "voorzitter"],
                 ["[[Hugo Brandsma]]", "orthopedagoog-generalist", "lid (extern)"],
                 ["[[Latifa Ouali]]", "teamleider gezinshuizen", "lid"]], [60, 60, 50]),
      ("p", "Het onderzoeksrapport wordt binnen acht weken na de melding aan de inspectie gezonden. "
            "Contact over deze melding verloopt via {{meldpunt@igj.nl|M}} onder vermelding van "
            "{{KV-2025-0412|R}}."),
      ("p", "Ondertekening namens de raad van bestuur:"),
      ("sig", "[[P. Lammers|S]]"),
      ("p", "[[Dr. P.W. Lammers]], bestuurder {{Entrea Lindenhout}}"),
  ])

# ------------------------------------------------------------------ jz06 case manager notes (2 p)
D(id="jz06", slug="notities_casemanager", producer="rl", font="LiberationSerif", size=10.5,
  title="Journaal casemanager", author="S. El Idrissi",
  footer="Gemeente {{Buren|L}} - Sociaal Team | {{Fluitersmaat 1|S}}, {{Maurik|L}} | {{0344 579 111|T}} | {{sociaalteam@buren.nl|M}}",
  blocks=[
      ("h1", "Journaal casemanagement jeugd"),
      ("table", [["Cliënt", "[[M.A. (Milan) Hendriks]]", "Cliëntnummer", "[[BU-J-20418|N]]"],
                 ["Geboren", "[[3 november 2009|D]]", "BSN", f"[[{BSN2}|B]]"],
                 ["Adres", "[[Prinses Irenestraat 8|A]], [[4021 EL|A]] {{Maurik|L}}", "Casemanager", "[[Samira El Idrissi]]"],
                 ["Moeder", "[[Petra Hendriks]] ([[06-44982017|T]])", "Vader", "[[Ahmed Bouzid]] (geen contact)"]],
       [25, 60, 28, 57], {"header": False}),
      ("h2", "Journaalregels"),
      ("table", [["Datum", "Wie", "Notitie"],
                 ["{{14-01-2025|Y}}", "[[SEI|S]]", "Huisbezoek. [[Milan]] gaat sinds november niet naar school. Moeder "
                  "geeft aan dat hij 's nachts gamet en overdag slaapt. Volgens de huisarts, [[dr. Verkerk]], is er "
                  "sprake van [[een angststoornis met sociale fobie|H]]. Afgesproken: aanmelding bij {{Pro Persona}}."],
                 ["{{29-01-2025|Y}}", "[[SEI|S]]", "Overleg met leerplichtambtenaar [[Dennis Groeneveld]] ({{RBL Rivierenland|O}}). "
                  "Geen proces-verbaal zolang de aanmelding bij {{Pro Persona}} loopt."],
                 ["{{12-03-2025|Y}}", "[[SEI|S]]", "Intake {{Pro Persona}} geweest. Diagnose: [[ASS (autismespectrumstoornis) "
                  "en een depressieve episode|H]]. Wachttijd behandeling 14 weken. Moeder is erg belast; zij is zelf in "
                  "behandeling voor [[burn-outklachten|H]]."],
                 ["{{02-04-2025|Y}}", "[[RZ|S]]", "Casuïstiekoverleg. Besloten tot overbruggingszorg via {{JeugdFit Rivierenland B.V.}} "
                  "(2 uur per week, product {{45A53|R}}), beschikking {{JZ-BU-2025-0388|R}}."],
                 ["{{20-05-2025|Y}}", "[[SEI|S]]", "Melding van {{JeugdFit Rivierenland B.V.}}: [[Milan]] heeft zich [[in de "
                  "arm gesneden|H]]. Direct contact met crisisdienst {{Pro Persona}}. Geen opname nodig."],
                 ["{{06-06-2025|Y}}", "[[SEI|S]]", "Vader, [[Bouzid]], belt voor het eerst. Wil betrokken worden. Hij heeft "
                  "[[een lopende taakstraf|C]] en mag van de rechter geen contact zoeken zonder toestemming van "
                  "{{Jeugdbescherming Gelderland}}. Doorverwezen."],
                 ["{{30-06-2025|Y}}", "[[SEI|S]]", "Start behandeling {{Pro Persona}} (behandelaar [[Lotte Verbeek]], GZ-psycholoog). "
                  "Overbruggingszorg {{JeugdFit Rivierenland B.V.}} afgeschaald."]],
       [22, 14, 134]),
      ("h2", "Samenvatting voor overdracht"),
      ("p", "[[Milan]] (15 jaar) is bekend met [[ASS en een depressieve episode|H]]. Hij ontvangt behandeling bij "
            "{{Pro Persona}} en is sinds september weer gedeeltelijk naar school. Aandachtspunten: de belasting van "
            "moeder, de omgangsregeling met vader en de wachttijd bij vervolgbehandeling. De casus wordt per "
            "1 oktober overgedragen aan casemanager [[Noor van Lienden]] ([[n.vanlienden@buren.nl|E]])."),
      ("p", "Vastgesteld in het teamoverleg Sociaal Team {{Buren|L}}, {{25 september 2025|Y}}. "
            "Deze notities vallen onder het medisch beroepsgeheim van de betrokken behandelaars voor zover zij "
            "diagnoses betreffen; verstrekking alleen op grond van artikel 7.3.11 {{Jeugdwet|W}}."),
  ])

# ------------------------------------------------------------------ jz07 invoice table (1 p)
D(id="jz07", slug="declaratieoverzicht_juni", producer="rl", font="DejaVuSansCondensed", size=9, cellsize=7.5,
  title="Declaratieoverzicht juni 2025", author="Financiële administratie RIJR",
  footer="RIJR Financiële administratie jeugd | {{facturen.jeugd@tiel.nl|M}} | vragen: [[Karin Oudshoorn]] [[0344 637 402|T]]",
  blocks=[
      ("h1", "Declaratieoverzicht {{iJW-berichtenverkeer|P}} juni 2025 - afwijkingen"),
      ("p", "Uitvoer uit het {{VECOZO|O}}-berichtenverkeer ({{JW323|P}}-declaraties), gefilterd op declaraties die de "
            "controle niet doorstonden. Batch {{DEC-2025-06-114|R}}. Per regel: aanbieder, cliëntnummer, product en reden."),
      ("table", [["Aanbieder", "AGB-code", "Cliëntnummer", "Initialen", "Product", "Bedrag", "Afwijking"],
                 ["{{Kompas Jeugdhulp B.V.}}", "{{98106613|R}}", "[[KJ-2024-1187|N]]", "[[D.V.]]", "{{45A53|R}}", "€ 1.412,00", "geen toewijzing"],
                 ["{{Kompas Jeugdhulp B.V.}}", "{{98106613|R}}", "[[KJ-2024-1203|N]]", "[[S.T.M.]]", "{{45A53|R}}", "€ 2.118,00", "boven volume"],
                 ["{{Kompas Jeugdhulp B.V.}}", "{{98106613|R}}", "[[KJ-2025-0041|N]]", "[[R.J.]]", "{{45A53|R}}", "€ 706,00", "dubbel"],
                 ["{{Entrea Lindenhout}}", "{{98107045|R}}", "[[EL-2023-08813|N]]", "[[J.R.K.]]", "{{45A12|R}}", "€ 8.940,00", "einddatum"],
                 ["{{Entrea Lindenhout}}", "{{98107045|R}}", "[[EL-2024-10377|N]]", "[[A.F.]]", "{{44A01|R}}", "€ 3.360,00", "geen toewijzing"],
                 ["{{JeugdFit Rivierenland B.V.}}", "{{98119902|R}}", "[[JF-00872|N]]", "[[M.A.H.]]", "{{45A53|R}}", "€ 530,00", "tarief"],
                 ["{{Pluryn}}", "{{98100311|R}}", "[[PL-7730415|N]]", "[[K.L.]]", "{{46A11|R}}", "€ 12.480,00", "boven volume"],
                 ["{{Karakter}}", "{{98104720|R}}", "[[KA-552901|N]]", "[[E.B.]]", "{{54001|R}}", "€ 4.118,40", "geen toewijzing"],
                 ["{{Timon}}", "{{98112206|R}}", "[[TI-25-0093|N]]", "[[Y.O.]]", "{{45A54|R}}", "€ 1.970,00", "dubbel"],
                 ["{{Zorgboerderij De Waalhoeve}}", "{{98131187|R}}", "[[WH-2025-014|N]]", "[[B.S.]]", "{{43A05|R}}", "€ 1.245,00", "geen toewijzing"]],
       [38, 18, 26, 16, 16, 22, 28]),
      ("p", "Totaal afgekeurd in juni: {{€ 42.779,40|A}}. De aanbieders ontvangen een retourbericht {{JW325|P}}. "
            "Bij drie of meer afwijkingen per aanbieder wordt het contractmanagement geïnformeerd "
            "([[Thijs Brouwer]]). De cliëntnummers zijn herleidbaar tot jeugdigen en worden alleen intern gebruikt."),
      ("small", "Opgemaakt door [[K. Oudshoorn]] op 8 juli 2025. Gecontroleerd: [[KO|S]] / [[TB|S]]"),
  ])

# ------------------------------------------------------------------ jz08 Teams chat export (2 p)
D(id="jz08", slug="teams_chat_regioteam", producer="rl", font="LiberationSans", size=9.5, cellsize=8.5,
  title="Teams-export Regioteam Jeugd", author="Microsoft Teams export",
  hidden={"probes": [("PERSON", "Gerda Blommestein", "outline")],
          "outline": [("Chat export door Gerda Blommestein", 0)]},
  header="Export Microsoft Teams - kanaal 'Regioteam Jeugd / Crisisplaatsingen' - {{12 juni 2025|Y}}",
  blocks=[
      ("h1", "Chatgeschiedenis: Regioteam Jeugd - Crisisplaatsingen"),
      ("small", "Geëxporteerd op 13-06-2025 14:02 via eDiscovery, zaak {{WOO-2025-0977|R}}. Tijden in CEST."),
      ("table", [["Tijd", "Afzender", "Bericht"],
                 ["08:12", "[[Marloes Verhagen]]", "Goedemorgen. Er is vannacht weer een crisisplaatsing geweest, jongen van 14 uit "
                  "{{Zaltbommel|L}}. {{Entrea Lindenhout}} had geen plek, hij zit nu bij {{Pluryn}} in {{Nijmegen|L}}."],
                 ["08:15", "[[Thijs Brouwer]]", "Pfff. Welke gemeente betaalt? Woonplaatsbeginsel is {{Zaltbommel|L}} toch?"],
                 ["08:17", "[[Daan Kortekaas]]", "Klopt, ik ben zijn casemanager. Het is [[Levi]], jullie kennen hem van de vorige "
                  "plaatsing. Na de ruzie thuis heeft zijn stiefvader [[aangifte gedaan van mishandeling|C]]."],
                 ["08:18", "[[Marloes Verhagen]]", "[[Daan]], liever geen namen in dit kanaal, het is regionaal. Stuur details via "
                  "het dossier in {{Suites4Jeugd|P}}."],
                 ["08:20", "[[Daan Kortekaas]]", "Sorry, je hebt gelijk. Verwijder ik het?"],
                 ["08:21", "[[Thijs Brouwer]]", "Laat maar staan, het valt toch onder de bewaartermijn. Even "
                  "[[Wendy]] van privacy erbij halen?"],
                 ["08:34", "[[Wendy Scheepmaker]]", "Ik lees mee. Naam en strafbaar feit horen hier niet, ik registreer het als "
                  "incident in het register ({{DL-2025-031|R}}). Geen melding {{Autoriteit Persoonsgegevens}} nodig."],
                 ["09:02", "[[Fatma Yilmaz]]", "Vanuit {{West Betuwe|L}}: wij hebben ook twee jongeren op de wachtlijst voor "
                  "verblijf. Kunnen we het agenderen voor het {{Regionaal Portefeuillehoudersoverleg Jeugd}}?"],
                 ["09:05", "[[Marloes Verhagen]]", "Staat al op de lijst voor {{18 september 2025|Y}}. Wethouder "
                  "{{Kamphuis|F}} wil een overzicht per gemeente."],
                 ["09:40", "[[Thijs Brouwer]]", "Overzicht staat in de teamsite: Wachtlijsten_Q2.xlsx. [[Fatma]], kun jij de "
                  "cijfers van {{West Betuwe|L}} aanvullen? Bel anders even, [[06-51139908|T]]."],
                 ["10:11", "[[Fatma Yilmaz]]", "Gedaan. Ik ben morgen afwezig, vervanging via {{jeugd@westbetuwe.nl|M}}."],
                 ["11:48", "[[Daan Kortekaas]]", "Update: {{Pluryn}} kan hem tot maandag houden. Daarna naar "
                  "{{Jeugdbescherming Gelderland}} voor een {{OTS|X}}-verzoek."],
                 ["11:50", "[[Marloes Verhagen]]", "Dank. Ik zet een memo klaar voor de wethouders."],
                 ["13:05", "[[Ruud Zwanenburg]]", "Lees dit nu pas. [[Marloes]], wil je de memo ook naar burgemeester "
                  "{{Beenakker|F}} sturen? Hij wil crisisplaatsingen altijd weten."],
                 ["13:07", "[[Marloes Verhagen]]", "Doe ik. 👍"]],
       [14, 32, 124]),
      ("pb",),
      ("h2", "Deelnemers van het kanaal"),
      ("table", [["Naam", "Organisatie", "E-mail"],
                 ["[[Marloes Verhagen]]", "RIJR", "[[m.verhagen@tiel.nl|E]]"],
                 ["[[Thijs Brouwer]]", "RIJR", "[[t.brouwer@tiel.nl|E]]"],
                 ["[[Daan Kortekaas]]", "Gemeente {{Zaltbommel|L}}", "[[d.kortekaas@zaltbommel.nl|E]]"],
                 ["[[Fatma Yilmaz]]", "Gemeente {{West Betuwe|L}}", "[[f.yilmaz@westbetuwe.nl|E]]"],
                 ["[[Wendy Scheepmaker]]", "Gemeente {{Tiel|L}}, privacy officer", "[[w.scheepmaker@tiel.nl|E]]"],
                 ["[[Ruud Zwanenburg]]", "Gemeente {{Tiel|L}}, teamleider", "[[r.zwanenburg@tiel.nl|E]]"]],
       [45, 65, 60]),
      ("small", "Einde export. Bijlagen (2) niet opgenomen. Export-ID {{TX-88410-CRIS|R}}."),
  ])

# ------------------------------------------------------------------ jz09 English reply chain with a foreign provider (2 p)
D(id="jz09", slug="mail_foreign_provider_en", producer="rl", font="Helvetica", size=11,
  title="RE: Placement request", author="Brouwer",
  hidden={"probes": [("PERSON", "Klaus Obermeier", "annotations")],
          "annots": [(0, "Klaus Obermeier", "Please check the daily rate with finance before replying.", [400, 760, 420, 780])]},
  blocks=[
      ("mono", "From:    [[Katrin Wiesner]] <[[k.wiesner@jugendhilfe-niederrhein.de|E]]>\n"
               "Sent:    Friday, 17 October 2025 11:26\n"
               "To:      [[Brouwer, Thijs]] <[[t.brouwer@tiel.nl|E]]>\n"
               "Cc:      {{info@jugendhilfe-niederrhein.de|M}}; [[Jonas Peltzer]] <[[j.peltzer@jugendhilfe-niederrhein.de|E]]>\n"
               "Subject: RE: Placement request - your ref. {{RIJR-BUI-2025-007|R}}"),
      ("p", "Dear Mr [[Brouwer]],"),
      ("p", "Thank you for your reply. We can confirm that our residential group in {{Kleve|L}} has a place "
            "available from 3 November. Our daily rate for intensive residential care is {{EUR 412|A}}, which "
            "includes schooling at the {{Förderschule|X}} on site. As we discussed, the placement requires the "
            "consent of the {{Jugendamt Kreis Kleve|O}} under Article 82 of {{Regulation (EU) 2019/1111|W}} "
            "(Brussels IIb), and the Dutch court must request it."),
      ("p", "Regarding the girl, [[Emma]]: we have read the report from {{Karakter}}. Our psychiatrist, "
            "[[Dr. Heike Brandt]], would like to speak with the treating physician about [[her eating disorder "
            "and the tube feeding she received in August|H]] before we can accept. Could you arrange a call?"),
      ("p", "Kind regards,\n[[Katrin Wiesner]]\nHead of Admissions\n{{Jugendhilfe Niederrhein gGmbH}}\n"
            "{{Tiergartenstraße 12|S}}, {{47533 Kleve|L}}, Germany | +49 2821 [[7730-214|T]] | mobile [[+49 171 4492 807|T]]"),
      ("mono", "From:    [[Brouwer, Thijs]] <[[t.brouwer@tiel.nl|E]]>\n"
               "Sent:    Wednesday, 15 October 2025 16:02\n"
               "To:      [[k.wiesner@jugendhilfe-niederrhein.de|E]]\n"
               "Cc:      [[Verhagen, Marloes]] <[[m.verhagen@tiel.nl|E]]>\n"
               "Subject: Placement request - your ref. {{RIJR-BUI-2025-007|R}}"),
      ("p", "Dear Ms [[Wiesner]],"),
      ("p", "On behalf of the municipality of {{Culemborg|L}} I would like to ask whether {{Jugendhilfe Niederrhein gGmbH}} "
            "could admit a 15-year-old girl, [[Emma van Rossum]] (born [[9 February 2010|D]]), for residential "
            "treatment. No Dutch provider in our region has a place; {{Karakter}} has treated her since March. "
            "Her mother, [[Linda van Rossum]], lives in {{Culemborg|L}} and agrees with a placement across the "
            "border; her father is not involved."),
      ("p", "The municipality would finance the placement under the {{Jeugdwet|W}} (Dutch Youth Act). Please note "
            "that a placement abroad needs the approval of the alderman, {{alderman De Haan|F}}, and our legal "
            "department ([[Joost van Wijngaarden]])."),
      ("p", "Kind regards,\n[[Thijs Brouwer]]\nSenior procurement adviser youth care\n"
            "{{Regionaal Inkoopbureau Jeugd Rivierenland}} | {{Kellenseweg 4|S}}, {{Tiel|L}}, the Netherlands\n"
            "Direct line [[+31 344 637 418|T]]"),
      ("mono", "From:    [[Katrin Wiesner]] <[[k.wiesner@jugendhilfe-niederrhein.de|E]]>\n"
               "Sent:    Monday, 13 October 2025 09:48\n"
               "To:      {{inkoopjeugd@tiel.nl|M}}\n"
               "Subject: Availability residential places Q4"),
      ("p", "Dear colleagues, please find attached our availability list for the fourth quarter. For questions "
            "please contact me or my colleague [[Jonas Peltzer]] (finance). Best regards, [[Katrin]]"),
  ])

# ------------------------------------------------------------------ jz10 scanned fax (1 p)
D(id="jz10", slug="fax_huisarts_scan", producer="scan", fax=True, font="Courier", size=11, noise=14, quality=45,
  dpi=150, title="fax", author="", creator="HP Digital Sending",
  blocks=[
      ("p", "FAX  -  14-03-2025  10:52  VAN: HUISARTSENPRAKTIJK DE GALGENWAARD  +31 344 612 900   P.01/01"),
      ("h1", "FAXBERICHT"),
      ("p", "Aan: Gemeente Culemborg, team Jeugd\nt.a.v.: [[mw. I. Hoogendoorn]]\nFaxnummer: 0345 477 799\n"
            "Van: [[dr. R. Verkerk]], huisarts\nBetreft: verwijzing jeugdhulp"),
      ("p", "Geachte collega,\n\nHierbij verwijs ik [[Sem Jacobs]], geboren [[04-06-2014|D]],\n"
            "wonend [[Lanxmeer 117|A]], [[4105 WR|A]] Culemborg, BSN [[" + BSN3 + "|B]],\n"
            "voor specialistische jeugdhulp in verband met\n[[ADHD|H]] en [[ernstige slaapproblemen|H]].\n"
            "Moeder: [[Nicole Jacobs]], tel. [[06-39921584|T]].\n\n"
            "Graag spoedige beoordeling. Met collegiale groet,"),
      ("sig", "[[R. Verkerk|S]]"),
  ])

# ------------------------------------------------------------------ jz11 scanned handwritten note (1 p)
D(id="jz11", slug="handgeschreven_notitie_scan", producer="scan", font="femkeklaver", size=17, noise=6, quality=70,
  dpi=300, title="scan0041", creator="Canon iR-ADV",
  blocks=[
      ("p", "Notitie telefoongesprek 2 juni 2025"),
      ("p", "Gebeld door [[Sandra Kuipers]] (moeder)\nover plaatsing [[Jayden]] in gezinshuis.\n"
            "Zij wil dat hij naar [[Hoveniersweg 23|A]] terugkomt.\n"
            "Terugbellen op [[06-27741093|T]].\n\n"
            "Overleg met [[Samira]] en [[Femke Aalbers]]."),
      ("p", "Afspraak maandag 10.00 uur."),
      ("sig", "[[MV|S]]"),
  ])

# ------------------------------------------------------------------ jz12 IGJ letter to provider (two-column letterhead)
D(id="jz12", slug="brief_igj_aanbieder", producer="rl", font="DejaVuSerif", size=9.5, color="#154273",
  title="Brief IGJ aan Kompas Jeugdhulp", author="IGJ",
  letterhead=("{{Inspectie Gezondheidszorg en Jeugd}}\nMinisterie van Volksgezondheid, Welzijn en Sport\n\n"
              "Aan de directie van {{Kompas Jeugdhulp B.V.}}\nt.a.v. de heer [[R. Vermeulen]]\n"
              "{{Havendijk 9|S}}\n{{4101 AC Culemborg|L}}",
              "Postbus 2518\n{{6401 DA Heerlen|L}}\n{{www.igj.nl|X}}\n\nContactpersoon\n[[mr. B. Timmerman]]\n"
              "T [[06-21548870|T]]\n[[b.timmerman@igj.nl|E]]\n\nOns kenmerk\n{{2025-131977|R}}\nDatum\n{{30 oktober 2025|Y}}"),
  footer="IGJ | {{Stadsplateau 1|S}}, {{Utrecht|L}} | {{088 120 5000|T}} | {{meldpunt@igj.nl|M}}",
  blocks=[
      ("p", "Onderwerp: Aanwijzing op grond van artikel 9.4 {{Jeugdwet|W}}"),
      ("p", "Geachte heer [[Vermeulen]],"),
      ("p", "Op {{23 september 2025|Y}} heeft de inspectie onaangekondigd een bezoek gebracht aan uw locatie in "
            "{{Culemborg|L}}. Het bezoek werd uitgevoerd door inspecteurs [[H. Wolters]] en [[B. Timmerman]]. "
            "Aanleiding was een signaal van het {{Regionaal Inkoopbureau Jeugd Rivierenland}} over "
            "declaraties zonder geleverde zorg."),
      ("p", "De inspectie stelt vast dat {{Kompas Jeugdhulp B.V.}} niet voldoet aan de norm voor verantwoorde "
            "werktoedeling (artikel 4.1.1 {{Jeugdwet|W}}): in elf dossiers werd begeleiding geboden door een "
            "medewerker zonder registratie in het {{Kwaliteitsregister Jeugd|O}}. Ook ontbreekt een "
            "meldcode-aandachtsfunctionaris, in strijd met de {{Wet verplichte meldcode huiselijk geweld en kindermishandeling|W}}."),
      ("p", "Op grond van artikel 9.4 van de {{Jeugdwet|W}} geeft de inspectie u een aanwijzing. U dient binnen "
            "zes weken na dagtekening: (1) uitsluitend geregistreerde professionals in te zetten voor "
            "jeugdhulp; (2) een aandachtsfunctionaris aan te stellen; (3) de inspectie een verbeterplan te sturen."),
      ("p", "Deze aanwijzing wordt openbaar gemaakt op {{www.igj.nl|X}} op grond van artikel 9.8 {{Jeugdwet|W}}, "
            "zonder namen van medewerkers. Een afschrift gaat naar de wethouders van de acht gemeenten in de "
            "regio en naar de staatssecretaris van {{Volksgezondheid, Welzijn en Sport|O}}."),
      ("p", "Hoogachtend,\n\nde Inspecteur-generaal Gezondheidszorg en Jeugd,\nnamens deze,"),
      ("sig", "[[M. Claassen|S]]"),
      ("p", "[[mr. drs. M.J. Claassen]]\nhoofdinspecteur Jeugd"),
  ])

# ------------------------------------------------------------------ jz13 minutes regional contract meeting (docx, 2 p)
D(id="jz13", slug="verslag_regionaal_contractoverleg", producer="docx", font="Liberation Sans", size=10.5,
  title="Verslag regionaal contractoverleg jeugd", author="Chantal Rijnders", last_modified_by="Chantal Rijnders",
  hidden={"probes": [("PERSON", "Chantal Rijnders", "metadata")]},
  header="Verslag - {{RIJR-OV-2025-09|R}}",
  footer="Secretariaat {{Regionaal Inkoopbureau Jeugd Rivierenland}} - {{secretariaat.rijr@tiel.nl|M}} - {{14 0344|T}}",
  blocks=[
      ("h1", "Verslag regionaal contractoverleg jeugdhulp"),
      ("p", "Datum: {{4 september 2025|Y}}, 13.30-16.00 uur\nPlaats: stadhuis {{Tiel|L}}, zaal {{De Waal|X}}\n"
            "Voorzitter: [[Marloes Verhagen]] (RIJR)\nVerslag: [[Thijs Brouwer]] (RIJR)"),
      ("table", [["Naam", "Organisatie", "Functie"],
                 ["[[Gerrit Haverkamp]]", "{{Entrea Lindenhout}}", "regiomanager"],
                 ["[[Marjolein Tjoa]]", "{{Pluryn}}", "accountmanager gemeenten"],
                 ["[[Erik-Jan Vos]]", "{{Karakter}}", "manager zorg"],
                 ["[[Noortje Lamberts]]", "{{Pro Persona}}", "zorgmanager jeugd"],
                 ["[[Bart Hogenelst]]", "{{Timon}}", "regiodirecteur"],
                 ["[[Annelies Kroon]]", "{{JeugdFit Rivierenland B.V.}}", "directeur"],
                 ["[[Henk van Beusekom]]", "{{Zorgboerderij De Waalhoeve}}", "eigenaar"],
                 ["[[Inge Hoogendoorn-Bakker]]", "gemeente {{Culemborg|L}}", "beleidsadviseur"],
                 ["[[Fatma Yilmaz]]", "gemeente {{West Betuwe|L}}", "beleidsadviseur"]]),
      ("h2", "1. Opening en mededelingen"),
      ("p", "De voorzitter opent de vergadering. [[Kroon]] meldt dat {{JeugdFit Rivierenland B.V.}} een nieuwe "
            "locatie opent in {{Geldermalsen|L}}. {{Kompas Jeugdhulp B.V.}} is niet uitgenodigd in verband met het "
            "lopende onderzoek van de {{Inspectie Gezondheidszorg en Jeugd}}."),
      ("h2", "2. Wachttijden en capaciteit"),
      ("p", "[[Haverkamp]] licht de wachttijden bij {{Entrea Lindenhout}} toe. [[Tjoa]] geeft aan dat {{Pluryn}} "
            "in {{Nijmegen|L}} regelmatig crisisplaatsingen uit de regio opvangt, maar dat dit niet structureel kan. "
            "[[Vos]] vraagt de gemeenten om eerder op te schalen naar {{Karakter}} wanneer er sprake is van "
            "psychiatrische problematiek, zodat de wachttijd bij verblijf niet onnodig oploopt."),
      ("p", "Afgesproken wordt dat het RIJR een regionaal capaciteitsoverzicht opstelt, gebaseerd op de "
            "{{Landelijke Jeugdmonitor|G}} van het {{CBS}} en de eigen declaratiegegevens."),
      ("h2", "3. Tarieven 2026"),
      ("p", "De tarieven voor 2026 worden geïndexeerd met de {{OVA|X}} (ongeveer 4,1 procent). [[Hogenelst]] "
            "merkt op dat dit voor {{Timon}} onvoldoende is om de loonstijging uit de {{Cao Jeugdzorg|W}} op te "
            "vangen. [[Van Beusekom]] vraagt aandacht voor de positie van kleine zorgboerderijen; zijn "
            "echtgenote [[Trudy van Beusekom]] voert de administratie en kan de nieuwe eisen aan het "
            "berichtenverkeer nauwelijks bijhouden."),
      ("h2", "4. Hervormingsagenda Jeugd"),
      ("p", "[[Hoogendoorn-Bakker]] geeft een toelichting op de {{Hervormingsagenda Jeugd|G}} en de gevolgen voor "
            "de regionale inkoop. De {{Wet reikwijdte Jeugdwet|W}} ligt nog bij de Tweede Kamer; staatssecretaris "
            "{{Karremans|F}} heeft de Kamer in juni een voortgangsbrief gestuurd. De regio bereidt zich voor op "
            "de verplichte regionale samenwerking uit het wetsvoorstel {{Wet versterking regionale samenwerking|W}}."),
      ("h2", "5. Rondvraag en sluiting"),
      ("p", "[[Lamberts]] vraagt of {{Pro Persona}} de conceptrapportages voortaan eerder kan ontvangen. Toegezegd. "
            "Volgende vergadering: {{6 november 2025|Y}}."),
      ("table", [["Actie", "Wie", "Wanneer"],
                 ["Capaciteitsoverzicht regio", "[[M. Verhagen]]", "{{6 november 2025|Y}}"],
                 ["Notitie positie kleine aanbieders", "[[I. Hoogendoorn-Bakker]]", "december 2025"],
                 ["Reactie op tariefvoorstel", "[[B. Hogenelst]]", "1 oktober 2025"]]),
  ])

# ------------------------------------------------------------------ jz14 tender evaluation report (paraph codes)
D(id="jz14", slug="beoordelingsrapport_aanbesteding", producer="rl", font="DejaVuSerif", size=9.5, cellsize=8,
  title="Beoordelingsrapport perceel Ambulant", author="Tenderteam RIJR",
  footer="Aanbesteding {{Jeugdhulp Rivierenland 2026-2030|G}} | {{TenderNed|O}}-kenmerk {{512774|R}} | vertrouwelijk tot gunning",
  blocks=[
      ("h1", "Beoordelingsrapport perceel 2: Ambulante jeugdhulp"),
      ("p", "Aanbesteding {{Jeugdhulp Rivierenland 2026-2030|G}}, openbare procedure volgens de "
            "{{Aanbestedingswet 2012|W}} (sociale en andere specifieke diensten). Inschrijvingen geopend op "
            "{{12 augustus 2025|Y}}. Het beoordelingsteam bestond uit vijf leden; de beoordeling vond individueel "
            "plaats en werd in een consensusbijeenkomst op {{2 september 2025|Y}} vastgesteld."),
      ("table", [["Lid", "Paraaf", "Functie", "Organisatie"],
                 ["[[Thijs Brouwer]]", "[[TBr|S]]", "inkoopadviseur (voorzitter)", "RIJR"],
                 ["[[Inge Hoogendoorn-Bakker]]", "[[IHB|S]]", "beleidsadviseur jeugd", "gemeente {{Culemborg|L}}"],
                 ["[[Daan Kortekaas]]", "[[DKo|S]]", "casemanager", "gemeente {{Zaltbommel|L}}"],
                 ["[[Hester Mulder-Jansen]]", "[[HMJ|S]]", "jeugdarts", "{{GGD Gelderland-Zuid}}"],
                 ["[[Pim Claessens]]", "[[PCl|S]]", "ervaringsdeskundige", "{{Jongerenraad Rivierenland|O}}"]],
       [45, 18, 55, 52]),
      ("h2", "Scores (gewogen, maximaal 100 punten)"),
      ("table", [["Inschrijver", "Kwaliteit (60)", "Samenwerking (25)", "Innovatie (15)", "Totaal", "Gunning"],
                 ["{{JeugdFit Rivierenland B.V.}}", "48", "21", "11", "80", "ja"],
                 ["{{Timon}}", "51", "19", "9", "79", "ja"],
                 ["{{Entrea Lindenhout}}", "46", "22", "10", "78", "ja"],
                 ["{{Youké|O}}", "44", "17", "12", "73", "ja"],
                 ["{{Kompas Jeugdhulp B.V.}}", "-", "-", "-", "uitgesloten", "nee"],
                 ["{{Stichting Het Bolwerk Jeugd|O}}", "31", "12", "6", "49", "nee (onder drempel 55)"]],
       [55, 22, 26, 22, 20, 25]),
      ("p", "{{Kompas Jeugdhulp B.V.}} is uitgesloten op grond van artikel 2.87 {{Aanbestedingswet 2012|W}} "
            "(ernstige beroepsfout), gelet op de aanwijzing van de inspectie ({{2025-131977|R}}). Het lid "
            "[[Claessens]] onthield zich van de beoordeling van {{Youké|O}} vanwege een eerdere cliëntrelatie; "
            "[[Mulder-Jansen]] nam zijn beoordeling van het onderdeel kwaliteit over."),
      ("p", "Vastgesteld en geparafeerd:"),
      ("sig", "[[TBr|S]]   [[IHB|S]]   [[DKo|S]]   [[HMJ|S]]"),
      ("small", "Bezwaar tegen de gunningsbeslissing kan binnen twintig dagen via {{aanbesteding@tiel.nl|M}}."),
  ])

# ------------------------------------------------------------------ jz15 raadsinformatiebrief (docx)
D(id="jz15", slug="raadsinformatiebrief_jeugd", producer="docx", font="Liberation Serif", size=11,
  title="Raadsinformatiebrief jeugdhulp", author="Gemeente Culemborg",
  letterhead=("Gemeente {{Culemborg|L}}\nCollege van burgemeester en wethouders\n{{Ridderstraat 250|S}}, {{Culemborg|L}}",
              "Aan de gemeenteraad van {{Culemborg|L}}\nDatum: {{7 oktober 2025|Y}}\nKenmerk: {{RIB-2025-041|R}}\n"
              "Portefeuillehouder: wethouder {{R. de Haan|F}}\nInlichtingen: [[L. Prins-Evers]], [[0345 477 815|T]]"),
  footer="Gemeente Culemborg | Postbus 136, 4100 AC Culemborg | {{14 0345|T}} | {{gemeente@culemborg.nl|M}}",
  blocks=[
      ("h1", "Raadsinformatiebrief: toezicht op jeugdhulpaanbieder en wachttijden"),
      ("p", "Geachte leden van de raad,"),
      ("p", "Met deze brief informeren wij u over de aanwijzing die de {{Inspectie Gezondheidszorg en Jeugd}} op "
            "{{30 oktober 2025|Y}} heeft gegeven aan een jeugdhulpaanbieder in onze gemeente, en over de wachttijden "
            "voor verblijf in de regio. Wij doen dit mede naar aanleiding van de schriftelijke vragen van het lid "
            "{{Bosman|F}} ({{VVD|O}}) en van raadslid {{Öztürk|F}} ({{D66|O}})."),
      ("p", "De inspectie heeft vastgesteld dat {{Kompas Jeugdhulp B.V.}} niet voldeed aan de eisen uit de "
            "{{Jeugdwet|W}}. De regio heeft geen nieuwe jeugdigen meer naar deze aanbieder verwezen. De 23 "
            "jeugdigen die er nog begeleiding kregen, zijn overgedragen aan {{JeugdFit Rivierenland B.V.}} en "
            "{{Timon}}. Het {{Regionaal Inkoopbureau Jeugd Rivierenland}} vordert {{€ 186.400|A}} terug."),
      ("p", "De wachttijd voor een gezinshuis bedraagt gemiddeld elf weken. In {{Culemborg|L}} wachten drie "
            "jeugdigen op een plek. Eén jeugdige is bij uitzondering in Duitsland geplaatst, omdat in Nederland "
            "geen passende behandelplek beschikbaar was; de plaatsing gebeurt met toestemming van de kinderrechter."),
      ("p", "Wij verwachten u in het eerste kwartaal van 2026 te informeren over de uitkomst van de aanbesteding "
            "{{Jeugdhulp Rivierenland 2026-2030|G}}."),
      ("p", "Met vriendelijke groet,\nburgemeester en wethouders van {{Culemborg|L}},\n\n"
            "de secretaris,                          de burgemeester,\n"
            "[[drs. A.C. Wijnberg]]                  {{G.A. van Grootheest|F}}"),
  ])

# ------------------------------------------------------------------ jz16 PGB overview (docx table)
D(id="jz16", slug="overzicht_pgb_jeugd", producer="docx", font="Liberation Sans", size=9,
  title="Overzicht pgb jeugd Q3", author="Karin Oudshoorn",
  footer="Intern overzicht RIJR - niet verspreiden - opgesteld door [[K. Oudshoorn]]",
  blocks=[
      ("h1", "Overzicht persoonsgebonden budgetten jeugd, derde kwartaal 2025"),
      ("p", "Bron: {{Sociale Verzekeringsbank}} (trekkingsrecht), export {{SVB-PGB-2025-Q3|R}}. Budgethouders met "
            "een afwijking van meer dan 20 procent tussen toegekend en besteed budget."),
      ("table", [["Budgethouder", "Cliëntnummer", "Gemeente", "Zorgverlener", "Toegekend", "Besteed"],
                 ["[[A. Verbruggen-Smit]]", "[[PGB-J-4471|N]]", "{{Maasdriel|L}}", "[[Rianne Verbruggen]] (grootmoeder)", "€ 18.400", "€ 24.960"],
                 ["[[M. el Khatib]]", "[[PGB-J-4502|N]]", "{{Tiel|L}}", "{{Zorgboerderij De Waalhoeve}}", "€ 9.200", "€ 4.120"],
                 ["[[J. Hoekstra]]", "[[PGB-J-4519|N]]", "{{Neder-Betuwe|L}}", "[[Bianca de Groot]] (zzp)", "€ 12.750", "€ 16.300"],
                 ["[[F. Donkers]]", "[[PGB-J-4560|N]]", "{{Zaltbommel|L}}", "[[Tom Donkers]] (vader)", "€ 21.000", "€ 27.850"],
                 ["[[S. Rahimi]]", "[[PGB-J-4588|N]]", "{{West Maas en Waal|L}}", "{{JeugdFit Rivierenland B.V.}}", "€ 6.300", "€ 2.015"]]),
      ("p", "Toelichting: bij [[Verbruggen-Smit]] en [[Donkers]] wordt informele zorg door familieleden "
            "gedeclareerd boven het maximale uurtarief voor informele hulp. De {{Sociale Verzekeringsbank}} is "
            "gevraagd de uitbetalingen te controleren. Bij [[Hoekstra]] is de zorgovereenkomst met de zzp'er "
            "niet getekend; betaling is opgeschort. Rekeningnummer van de zorgverlener volgens de SVB: "
            f"[[{IBAN2}|I]] ([[B. de Groot]])."),
      ("p", "Vragen: {{pgb.jeugd@tiel.nl|M}}. Wij verzoeken de casemanagers de budgethouders zelf te informeren."),
  ])

# ------------------------------------------------------------------ jz17 Veilig Thuis summary (Courier)
D(id="jz17", slug="veilig_thuis_overdracht", producer="rl", font="Courier", size=9.5,
  title="Overdracht Veilig Thuis", author="VTGZ",
  footer="{{Veilig Thuis Gelderland-Zuid}} | {{0800-2000|T}} (gratis, 24/7) | overdracht aan lokaal team",
  blocks=[
      ("h1", "Overdrachtsformulier Veilig Thuis - lokaal team"),
      ("mono", "Zaaknummer VT      : {{VT-GZ-2025-11873|R}}\n"
               "Datum overdracht   : {{19-08-2025|Y}}\n"
               "Medewerker VT      : [[Roos Wetzels]] ([[r.wetzels@vtgz.nl|E]], [[024 760 8812|T]])\n"
               "Ontvangend team    : Sociaal Team {{West Maas en Waal|L}}\n"
               "Kinderen           : [[Aylin Demir]] (geb. [[11-01-2016|D]]), [[Kerem Demir]] (geb. [[30-05-2019|D]])\n"
               "Ouders             : [[Hatice Demir-Kaya]] en [[Serkan Demir]]\n"
               "Adres              : [[Dorpsstraat 61|A]], [[6658 AB|A]] {{Beneden-Leeuwen|L}}\n"
               "BSN oudste kind    : [[" + BSN4 + "|B]]"),
      ("h2", "Aanleiding melding"),
      ("p", "Melding van de school van de kinderen op 2 juli 2025: de oudste vertelde dat vader moeder had "
            "geslagen. Bij een huisbezoek bevestigde moeder [[huiselijk geweld in de afgelopen twee jaar|C]]. "
            "Vader is op 4 juli [[aangehouden en heeft een tijdelijk huisverbod van tien dagen gekregen|C]]."),
      ("h2", "Veiligheidsafspraken"),
      ("p", "1. Vader woont tijdelijk bij zijn broer in {{Druten|L}} en heeft begeleid contact met de kinderen.\n"
            "2. Moeder volgt gesprekken bij {{Moviera|O}}. Zij is in behandeling bij de huisarts voor "
            "[[slapeloosheid en paniekaanvallen|H]].\n"
            "3. [[Aylin]] krijgt traumabehandeling ({{EMDR|X}}) via {{Karakter}}."),
      ("h2", "Vervolg"),
      ("p", "Het lokale team ({{sociaalteam@westmaasenwaal.nl|M}}) neemt de regie over. {{Veilig Thuis Gelderland-Zuid}} "
            "monitort na drie maanden. Bij nieuwe signalen: terugmelden via {{VT-GZ-2025-11873|R}}."),
  ])

# ------------------------------------------------------------------ jz18 e-mail with Jeugdbescherming (1 p)
D(id="jz18", slug="mail_jeugdbescherming_plaatsing", producer="rl", font="Helvetica", size=9.5,
  title="Plaatsing Levi", author="Kortekaas",
  blocks=[
      ("mono", "Van:       [[Daan Kortekaas]] <[[d.kortekaas@zaltbommel.nl|E]]>\n"
               "Verzonden: maandag 16 juni 2025 08:55\n"
               "Aan:       [[Ilse Boomsma]] <[[i.boomsma@jbgelderland.nl|E]]>\n"
               "CC:        {{jeugd@zaltbommel.nl|M}}\n"
               "Onderwerp: Crisisplaatsing [[Levi Smulders]] - verzoek OTS"),
      ("p", "Hoi [[Ilse]],"),
      ("p", "Zoals vanochtend besproken: [[Levi Smulders]] (14 jaar, geboren [[08-08-2010|D]]) verblijft sinds "
            "donderdag in de crisisopvang van {{Pluryn}} in {{Nijmegen|L}}. {{Pluryn}} kan hem tot vandaag "
            "houden. Zijn stiefvader, [[Marco Stam]], heeft aangifte gedaan van mishandeling; [[Levi]] is door de "
            "politie gehoord. Moeder, [[Jolanda Smulders]], woont op [[Waalbandijk 4|A]] in {{Zaltbommel|L}}."),
      ("p", "Wij vragen {{Jeugdbescherming Gelderland}} een verzoek tot ondertoezichtstelling voor te bereiden. "
            "De {{Raad voor de Kinderbescherming}} is door mij geïnformeerd (zaak {{RvdK-2025-44817|R}}). "
            "[[Levi]] heeft eerder behandeling gehad voor [[een hechtingsstoornis|H]] en gebruikt [[methylfenidaat|H]]."),
      ("p", "Groet,\n[[Daan Kortekaas]]\nCasemanager jeugd | Gemeente {{Zaltbommel|L}}\nMobiel [[06-20558134|T]] | "
            "algemeen {{14 0418|T}}"),
      ("mono", "Van:       [[Ilse Boomsma]] <[[i.boomsma@jbgelderland.nl|E]]>\n"
               "Verzonden: maandag 16 juni 2025 10:31\n"
               "Aan:       [[Daan Kortekaas]]\n"
               "Onderwerp: RE: Crisisplaatsing - verzoek OTS"),
      ("p", "Dag [[Daan]], ik pak het op met mijn teamleider [[Gert-Jan Wisse]]. Ik bel {{Pluryn}} voor "
            "verlenging tot woensdag. Groet, [[Ilse Boomsma]], jeugdbeschermer, {{Jeugdbescherming Gelderland}}, "
            "{{088 600 2000|T}}"),
  ])

# ------------------------------------------------------------------ jz19 scanned complaint letter from parents
D(id="jz19", slug="klachtbrief_ouders_scan", producer="scan", font="Times-Roman", size=12, noise=9, quality=55,
  dpi=200, title="", creator="Xerox WorkCentre",
  blocks=[
      ("p", "[[Sandra en Michel Kuipers]]\n[[Hoveniersweg 23|A]]\n[[4007 RG|A]] Tiel\n[[06-27741093|T]]"),
      ("p", "Aan het college van burgemeester en wethouders van Tiel\nPostbus 6325\n4000 HH Tiel"),
      ("p", "Tiel, 14 juni 2025\n\nBetreft: klacht over de zorg voor onze zoon [[Jayden]]"),
      ("p", "Geacht college,\n\nOp 25 mei heeft onze zoon [[Jayden Kuipers]] (geboren [[22-07-2012|D]]) in het gezinshuis "
            "van Entrea Lindenhout pillen ingenomen. Wij zijn pas anderhalf uur later gebeld. Wij vinden dat "
            "het gezinshuis onvoldoende toezicht heeft gehouden, terwijl bekend was dat [[Jayden]] [[depressief|H]] was "
            "en [[eerder over zelfmoord had gesproken|H]]."),
      ("p", "Wij willen graag een gesprek met de wethouder en met de casemanager, mevrouw [[El Idrissi]]. "
            "Ook willen wij weten wat de inspectie met de melding heeft gedaan."),
      ("p", "Met vriendelijke groet,"),
      ("sig", "[[S. Kuipers|S]]"),
      ("p", "[[Sandra Kuipers-Vos]]"),
  ])

# ------------------------------------------------------------------ jz20 attendance list with a form field
D(id="jz20", slug="presentielijst_portefeuillehoudersoverleg", producer="rl", font="LiberationSans", size=10,
  title="Presentielijst RPO Jeugd 18 september 2025", author="Secretariaat RIJR",
  hidden={"probes": [("PERSON", "Jeroen Lindhout", "annotations"), ("EMAIL", "j.lindhout@tiel.nl", "annotations")],
          "field": ("notulist", "Jeroen Lindhout j.lindhout@tiel.nl", "Notulist")},
  blocks=[
      ("h1", "Presentielijst {{Regionaal Portefeuillehoudersoverleg Jeugd}}"),
      ("p", "Datum: {{18 september 2025|Y}}, 9.30 uur\nLocatie: gemeentehuis {{Zaltbommel|L}}, {{Hogeweg 15|S}}\n"
            "Kenmerk: {{RPO-J-2025-05|R}}"),
      ("table", [["Gemeente", "Portefeuillehouder", "Ondersteuning", "Paraaf"],
                 ["{{Tiel|L}}", "wethouder {{E. Kamphuis|F}} (voorzitter)", "[[Inge Hoogendoorn-Bakker]]", "[[EK|S]]"],
                 ["{{Culemborg|L}}", "wethouder {{R. de Haan|F}}", "[[Laura Prins-Evers]]", "[[RdH|S]]"],
                 ["{{Buren|L}}", "wethouder {{M. Bogaard|F}}", "[[Samira El Idrissi]]", "[[MB|S]]"],
                 ["{{West Betuwe|L}}", "wethouder {{P. van Ommeren|F}}", "[[Fatma Yilmaz]]", "[[PvO|S]]"],
                 ["{{Maasdriel|L}}", "wethouder {{J. Tielemans|F}}", "[[Koen Arts]]", "afwezig"],
                 ["{{Zaltbommel|L}}", "wethouder {{A. Wouters|F}}", "[[Daan Kortekaas]]", "[[AW|S]]"],
                 ["{{West Maas en Waal|L}}", "wethouder {{H. Peters|F}}", "[[Melissa Jonker]]", "[[HP|S]]"],
                 ["{{Neder-Betuwe|L}}", "wethouder {{T. Verhoef|F}}", "[[Rutger Sanders]]", "[[TV|S]]"]],
       [32, 55, 50, 30]),
      ("p", "Namens het RIJR: [[Marloes Verhagen]] en [[Thijs Brouwer]]. Gast: [[Hanneke Wolters]] "
            "({{Inspectie Gezondheidszorg en Jeugd}}), agendapunt 3."),
      ("p", "De parafen bevestigen de aanwezigheid. Het verslag wordt verzonden via {{secretariaat.rijr@tiel.nl|M}}."),
  ])

# ------------------------------------------------------------------ jz21 contract management zorgboerderij (1 p)
D(id="jz21", slug="contractrapportage_waalhoeve", producer="rl", font="LiberationSans", size=10, color="#3b6e22",
  title="Contractmanagement Zorgboerderij De Waalhoeve", author="Marloes Verhagen",
  letterhead=RIJR_LH,
  footer="RIJR | {{inkoopjeugd@tiel.nl|M}} | {{14 0344|T}} | kenmerk {{CM-2025-044|R}}",
  blocks=[
      ("h1", "Contractmanagement: {{Zorgboerderij De Waalhoeve}}"),
      ("p", "Aanbieder: {{Zorgboerderij De Waalhoeve}} (vof), {{Waalbandijk|S}}, {{Varik|L}}. Eigenaren: "
            "[[Henk van Beusekom]] en [[Trudy van Beusekom]]. Contactpersoon zorg: [[Jesse Boerboom]], "
            "woonbegeleider ([[06-58823107|T]], [[jesse@dewaalhoeve.nl|E]]).\nPerceel: {{Dagbesteding en "
            "logeeropvang|X}}. Gesprek: {{22 augustus 2025|Y}} op de boerderij."),
      ("h2", "Bevindingen"),
      ("p", "De zorgboerderij biedt dagbesteding aan 14 jeugdigen uit de regio, vooral jongeren die niet naar "
            "school gaan. De waardering van ouders is hoog ({{Cliëntervaringsonderzoek 2025|G}}: 8,6). De "
            "administratie is kwetsbaar: mevrouw [[Van Beusekom]] doet die alleen, naast de zorg voor haar "
            "moeder. Declaraties over het eerste halfjaar zijn drie maanden te laat ingediend."),
      ("p", "Twee jeugdigen hebben in juni samen een trekker gestart en tegen een hek gereden. Er was geen "
            "letsel. De zorgboerderij heeft dit niet als incident geregistreerd. Het RIJR heeft gevraagd een "
            "incidentenregistratie in te richten volgens de {{Kwaliteitskader Jeugd|G}}-systematiek."),
      ("h2", "Afspraken"),
      ("table", [["Afspraak", "Wie", "Wanneer"],
                 ["Incidentenregistratie inrichten", "[[H. van Beusekom]]", "1 oktober 2025"],
                 ["Aansluiten op {{VECOZO|O}} via een administratiekantoor", "[[T. van Beusekom]]", "1 januari 2026"],
                 ["Verklaring omtrent het gedrag {{VOG|X}} [[Jesse Boerboom]] vernieuwen", "[[J. Boerboom]]", "direct"],
                 ["Vervolggesprek", "[[M. Verhagen]]", "februari 2026"]],
       [90, 40, 40]),
      ("p", "Het RIJR beoordeelt de samenwerking als voldoende, met de kanttekening dat de continuïteit "
            "afhangt van twee personen. Bij de aanbesteding {{Jeugdhulp Rivierenland 2026-2030|G}} wordt "
            "hiermee rekening gehouden."),
  ])

# ------------------------------------------------------------------ jz22 Teams meeting chat (1 p)
D(id="jz22", slug="teams_vergaderchat_igj", producer="rl", font="DejaVuSansCondensed", size=9, cellsize=8,
  title="Vergaderchat", author="Teams",
  hidden={"probes": [("PERSON", "Yara Dekkers", "metadata")], "xmp": {"dc:creator": ["Yara Dekkers"]}},
  blocks=[
      ("h1", "Vergaderchat: Afstemming {{IGJ}} - regio {{Rivierenland|L}}"),
      ("small", "Microsoft Teams-vergadering {{23 oktober 2025|Y}}, 14:00-15:00. Organisator: [[Marloes Verhagen]]. "
                "Geëxporteerd voor Woo-verzoek {{WOO-2025-1204|R}}."),
      ("table", [["Tijd", "Deelnemer", "Bericht"],
                 ["14:01", "[[Marloes Verhagen]]", "Welkom allemaal. [[Hanneke]] schuift zo aan, ze zit nog in een ander overleg."],
                 ["14:03", "[[Bas Timmerman]] (IGJ)", "Ik ben er al. Agenda: 1) aanwijzing Kompas, 2) calamiteit "
                  "Entrea, 3) wachttijden."],
                 ["14:09", "[[Inge Hoogendoorn-Bakker]]", "Is de aanwijzing al openbaar? Wethouder {{De Haan|F}} wil de raad "
                  "informeren."],
                 ["14:10", "[[Bas Timmerman]] (IGJ)", "Publicatie op {{www.igj.nl|X}} volgt 30 oktober."],
                 ["14:22", "[[Hanneke Wolters]] (IGJ)", "Over de calamiteit: het rapport van Entrea is ontvangen. Conclusie: "
                  "de sleutelprocedure werd niet gevolgd. Voldoende maatregelen, we sluiten de melding af."],
                 ["14:24", "[[Samira El Idrissi]]", "De ouders hebben een klacht ingediend bij de gemeente. Mag ik de "
                  "conclusie met hen delen?"],
                 ["14:25", "[[Hanneke Wolters]] (IGJ)", "Ja, in algemene termen. Verwijs hen naar {{meldpunt@igj.nl|M}} "
                  "of het {{Landelijk Meldpunt Zorg|O}}."],
                 ["14:41", "[[Thijs Brouwer]]", "Link naar het wachttijdenoverzicht: "
                  "{{https://rijr.sharepoint.com/jeugd/wachttijden|X}}"],
                 ["14:58", "[[Marloes Verhagen]]", "Dank! Volgende afstemming in januari. [[Yvonne]] van Entrea vraagt "
                  "nog of het rapport ook naar {{Karakter}} mag."],
                 ["14:59", "[[Hanneke Wolters]] (IGJ)", "Dat is aan Entrea zelf."]],
       [14, 42, 114]),
  ])

# ------------------------------------------------------------------ jz23 legal advice memo (docx)
D(id="jz23", slug="juridisch_advies_ontbinding", producer="docx", font="Liberation Serif", size=10.5,
  title="Juridisch advies ontbinding raamovereenkomst", author="Joost van Wijngaarden",
  header="Vertrouwelijk juridisch advies - {{JZ/2025/0712|R}}",
  footer="Team Juridische Zaken gemeente {{Tiel|L}} | {{juridischezaken@tiel.nl|M}} | behandelaar [[mr. J. van Wijngaarden]], [[0344 637 455|T]]",
  blocks=[
      ("h1", "Advies: ontbinding raamovereenkomst met {{Kompas Jeugdhulp B.V.}}"),
      ("p", "Aan: [[Marloes Verhagen]], [[Thijs Brouwer]] (RIJR)\nKopie: [[Ruud Zwanenburg]] (teamleider jeugd)\n"
            "Datum: {{5 november 2025|Y}}"),
      ("h2", "Vraag"),
      ("p", "Kan het RIJR namens de acht gemeenten de raamovereenkomst {{RIJR-2023-022|R}} met {{Kompas Jeugdhulp B.V.}} "
            "ontbinden, en zo ja met welk effect voor de lopende toewijzingen?"),
      ("h2", "Antwoord"),
      ("p", "Ja. Artikel 21 van de raamovereenkomst staat ontbinding zonder ingebrekestelling toe wanneer de "
            "{{Inspectie Gezondheidszorg en Jeugd}} een aanwijzing geeft die niet binnen de gestelde termijn wordt "
            "opgevolgd. De aanwijzing van {{30 oktober 2025|Y}} stelt een termijn van zes weken. Daarnaast biedt "
            "artikel 6:265 {{Burgerlijk Wetboek|W}} een grondslag bij een tekortkoming van voldoende gewicht. Het "
            "terugvorderen van onverschuldigd betaalde bedragen kan op grond van artikel 6:203 {{Burgerlijk Wetboek|W}}."),
      ("p", "Wij raden aan eerst de termijn af te wachten. De directeur, de heer [[Vermeulen]], heeft via zijn "
            "advocaat, [[mr. S.F. Ruijgrok]] ({{Ruijgrok Advocaten|O}}, {{Utrecht|L}}), laten weten dat hij "
            "de bevindingen van de inspectie betwist en een voorlopige voorziening overweegt. Tegen de "
            "aanwijzing zelf staat bezwaar en beroep open bij de minister; dat schorst de werking niet."),
      ("h2", "Risico's"),
      ("p", "De heer [[Vermeulen]] is volgens een bericht in {{De Gelderlander|O}} eerder bestuurder geweest "
            "van een zorgorganisatie die in 2019 failliet ging. Dat bericht is niet geverifieerd en speelt "
            "geen rol in dit advies. [[Vermeulen]] heeft ook [[een strafrechtelijke veroordeling voor "
            "valsheid in geschrift (2017)|C]] volgens de {{VOG|X}}-aanvraag van 2023; die informatie mag niet "
            "buiten het dossier worden gebruikt."),
      ("p", "[[JvW|S]] / 5-11-2025"),
  ])

# ------------------------------------------------------------------ jz24 handover note case coordinator (docx)
D(id="jz24", slug="overdracht_zorgcoordinator", producer="docx", font="Liberation Sans", size=10,
  title="Overdracht jeugdige", author="Noor van Lienden", last_modified_by="Noor van Lienden",
  footer="Sociaal Team {{Buren|L}} | vertrouwelijk | [[n.vanlienden@buren.nl|E]]",
  blocks=[
      ("h1", "Overdracht en plan van aanpak"),
      ("table", [["Gegevens", ""],
                 ["Naam", "[[Milan Hendriks]]"],
                 ["Geboortedatum", "[[03-11-2009|D]]"],
                 ["Cliëntnummer", "[[BU-J-20418|N]]"],
                 ["Beschikking", "{{JZ-BU-2025-0388|R}}, verlengd tot {{31 maart 2026|Y}}"],
                 ["Casemanager vanaf 1 oktober", "[[Noor van Lienden]]"],
                 ["Vorige casemanager", "[[Samira El Idrissi]]"]]),
      ("h2", "Situatie"),
      ("p", "[[Milan]] woont bij zijn moeder in {{Maurik|L}}. Hij is in behandeling bij {{Pro Persona}} voor "
            "[[autisme en depressieve klachten|H]]. Hij slikt sinds augustus [[sertraline|H]]. Sinds september gaat "
            "hij drie ochtenden per week naar Het Lingecollege, in een aangepast rooster met de "
            "zorgcoördinator van de school."),
      ("p", "Moeder, [[Petra Hendriks]], geeft aan dat zij het zwaar heeft. Zij is [[arbeidsongeschikt na een "
            "burn-out|H]] en heeft schulden; er is contact met {{Schuldhulpverlening Rivierenland|O}}. "
            "Vader, [[Ahmed Bouzid]], heeft sinds juni begeleid contact via {{Jeugdbescherming Gelderland}}."),
      ("h2", "Doelen (tot maart 2026)"),
      ("p", "1. Schoolgang uitbreiden naar vijf ochtenden.\n2. Afronden behandeling {{Pro Persona}}; "
            "terugvalpreventieplan.\n3. Ondersteuning moeder via {{Wmo|W}}-begeleiding.\n"
            "4. Evaluatie omgang met vader met {{Jeugdbescherming Gelderland}} ([[Ilse Boomsma]])."),
      ("p", "Overleg met behandelaar [[Lotte Verbeek]] gepland op {{12 november 2025|Y}}."),
  ])

# ------------------------------------------------------------------ jz25 incident register (2 p)
INC = [
    ("{{03-07-2025|Y}}", "{{Entrea Lindenhout}}", "[[EL-2024-10377|N]]", "[[A.F.]]", "Agressie tegen groepsleider, politie ingeschakeld", "[[Anouk Feenstra]] (groepsleider)"),
    ("{{05-07-2025|Y}}", "{{Pluryn}}", "[[PL-7730415|N]]", "[[K.L.]]", "Weglopen, na 6 uur teruggevonden in {{Nijmegen|L}}", "[[Kevin Lohuis]] (mentor)"),
    ("{{09-07-2025|Y}}", "{{Timon}}", "[[TI-25-0093|N]]", "[[Y.O.]]", "[[Epileptische aanval|H]] tijdens activiteit, ambulance", "[[Yasmina Ouchan]] (pb'er)"),
    ("{{14-07-2025|Y}}", "{{Entrea Lindenhout}}", "[[EL-2025-00219|N]]", "[[D.P.]]", "[[Zelfbeschadiging (snijden)|H]], wond gehecht", "[[Lars Pennings]] (nachtdienst)"),
    ("{{18-07-2025|Y}}", "{{Karakter}}", "[[KA-552901|N]]", "[[E.B.]]", "Medicatiefout: dubbele dosis [[aripiprazol|H]]", "[[Mireille Bakx]] (verpleegkundige)"),
    ("{{22-07-2025|Y}}", "{{Zorgboerderij De Waalhoeve}}", "[[WH-2025-014|N]]", "[[B.S.]]", "Val van hooizolder, kneuzing", "[[Jesse Boerboom]]"),
    ("{{29-07-2025|Y}}", "{{Pluryn}}", "[[PL-7730588|N]]", "[[R.W.]]", "[[Drugsgebruik (cannabis) op de groep|H]]", "[[Kevin Lohuis]] (mentor)"),
    ("{{02-08-2025|Y}}", "{{Timon}}", "[[TI-25-0107|N]]", "[[N.A.]]", "Bedreiging medebewoner met mes, [[aangifte gedaan|C]]", "[[Yasmina Ouchan]] (pb'er)"),
    ("{{11-08-2025|Y}}", "{{Entrea Lindenhout}}", "[[EL-2023-08813|N]]", "[[J.R.K.]]", "Weigeren [[medicatie (fluoxetine)|H]], overleg met {{Karakter}}", "[[Wilma de Bruijn]] (gezinshuisouder)"),
    ("{{19-08-2025|Y}}", "{{JeugdFit Rivierenland B.V.}}", "[[JF-00872|N]]", "[[M.A.H.]]", "[[Suïcidale uitingen|H]] via app aan begeleider", "[[Annelies Kroon]]"),
    ("{{27-08-2025|Y}}", "{{Pluryn}}", "[[PL-7730415|N]]", "[[K.L.]]", "Vernieling kamer, schade € 640", "[[Kevin Lohuis]] (mentor)"),
    ("{{04-09-2025|Y}}", "{{Karakter}}", "[[KA-553017|N]]", "[[S.v.D.]]", "Separatie 2 uur op grond van de {{Wvggz|W}}", "[[Mireille Bakx]] (verpleegkundige)"),
]
D(id="jz25", slug="incidentenregister_q3", producer="rl", font="DejaVuSans", size=9, cellsize=7.5,
  title="Incidentenregister jeugd Q3 2025", author="RIJR kwaliteit",
  footer="Incidentenregister RIJR - vertrouwelijk - beheer: [[Wendy Scheepmaker]] (privacy officer) | {{privacy@tiel.nl|M}}",
  blocks=[
      ("h1", "Incidentenregister jeugdhulp derde kwartaal 2025"),
      ("p", "Dit register bevat de incidenten die aanbieders op grond van de raamovereenkomst (artikel 12, "
            "meldplicht incidenten) aan het RIJR hebben gemeld. Calamiteiten en geweld in de zorgrelatie worden "
            "daarnaast door de aanbieder gemeld bij de {{Inspectie Gezondheidszorg en Jeugd}}. De kolom "
            "'melder' bevat de medewerker van de aanbieder die het incident registreerde."),
      ("table", [["Datum", "Aanbieder", "Cliëntnummer", "Init.", "Incident", "Melder"]] + [list(r) for r in INC],
       [21, 30, 25, 15, 44, 35]),
      ("h2", "Analyse"),
      ("p", "Het aantal incidenten is gestegen ten opzichte van het tweede kwartaal (12 tegen 8). Opvallend is "
            "de herhaling bij dezelfde jeugdigen: [[PL-7730415|N]] (twee keer) en [[EL-2023-08813|N]] (calamiteit in "
            "mei, nu medicatieweigering). De contractmanagers bespreken dit in de kwartaalgesprekken met "
            "{{Pluryn}} en {{Entrea Lindenhout}}. Het medicatie-incident bij {{Karakter}} is door de aanbieder "
            "gemeld als calamiteit ({{IGJ}}-kenmerk {{2025-140288|R}})."),
      ("p", "Het register wordt per kwartaal besproken in het {{Regionaal Portefeuillehoudersoverleg Jeugd}}, "
            "uitsluitend in geaggregeerde vorm. Deze versie met cliëntnummers is alleen bestemd voor de "
            "contractmanagers [[Marloes Verhagen]] en [[Thijs Brouwer]]."),
  ])

# ------------------------------------------------------------------ jz26 waiting list progress report (2 p, keep-heavy)
D(id="jz26", slug="voortgang_wachttijden", producer="rl", font="Times-Roman", size=11,
  title="Voortgangsrapportage wachttijden jeugdhulp Rivierenland", author="RIJR",
  footer="{{Regionaal Inkoopbureau Jeugd Rivierenland}} | {{Kellenseweg 4|S}}, {{Tiel|L}} | {{inkoopjeugd@tiel.nl|M}}",
  blocks=[
      ("h1", "Voortgangsrapportage wachttijden jeugdhulp, oktober 2025"),
      ("p", "Op verzoek van het {{Regionaal Portefeuillehoudersoverleg Jeugd}} rapporteert het RIJR elk kwartaal "
            "over de wachttijden bij de gecontracteerde aanbieders. Deze rapportage is bestemd voor de colleges en "
            "wordt ter kennisname aan de gemeenteraden gezonden."),
      ("h2", "1. Wachttijden per aanbieder"),
      ("table", [["Aanbieder", "Zorgvorm", "Wachtenden", "Gem. wachttijd (wk)", "Treeknorm (wk)"],
                 ["{{Entrea Lindenhout}}", "gezinshuis", "11", "11,2", "8"],
                 ["{{Entrea Lindenhout}}", "ambulant", "34", "6,1", "4"],
                 ["{{Pluryn}}", "verblijf LVB", "7", "15,8", "8"],
                 ["{{Karakter}}", "specialistische GGZ", "58", "17,4", "10"],
                 ["{{Pro Persona}}", "specialistische GGZ", "41", "14,0", "10"],
                 ["{{Timon}}", "ambulant", "19", "5,2", "4"],
                 ["{{JeugdFit Rivierenland B.V.}}", "ambulant", "9", "2,8", "4"],
                 ["{{Zorgboerderij De Waalhoeve}}", "dagbesteding", "4", "3,0", "4"]],
       [45, 40, 25, 33, 27]),
      ("p", "De wachttijden in de specialistische GGZ bij {{Karakter}} en {{Pro Persona}} liggen ruim boven de "
            "{{Treeknormen|G}}. Beide aanbieders wijzen op het landelijke tekort aan kinder- en jeugdpsychiaters. "
            "{{Karakter}} heeft in {{Nijmegen|L}} een tweede intaketeam gestart; het effect wordt in het eerste "
            "kwartaal van 2026 verwacht."),
      ("h2", "2. Wachttijden per gemeente"),
      ("table", [["Gemeente", "Wachtenden", "Waarvan > 12 weken", "Overbruggingszorg"],
                 ["{{Tiel|L}}", "48", "14", "31"], ["{{Culemborg|L}}", "29", "9", "18"],
                 ["{{Buren|L}}", "17", "4", "12"], ["{{West Betuwe|L}}", "26", "8", "15"],
                 ["{{Maasdriel|L}}", "11", "3", "7"], ["{{Zaltbommel|L}}", "21", "6", "13"],
                 ["{{West Maas en Waal|L}}", "13", "2", "9"], ["{{Neder-Betuwe|L}}", "18", "5", "11"]],
       [45, 35, 45, 45]),
      ("h2", "3. Maatregelen"),
      ("p", "(a) Het RIJR heeft met {{Karakter}} en {{Pro Persona}} afgesproken dat jeugdigen met het hoogste "
            "risico voorrang krijgen op basis van een gezamenlijke triage. (b) De overbruggingszorg wordt "
            "geleverd door {{JeugdFit Rivierenland B.V.}} en {{Timon}}. (c) Voor verblijf wordt gekeken naar "
            "plaatsing buiten de regio, waaronder in één geval in Duitsland (zie de raadsinformatiebrief van "
            "{{Culemborg|L}}, {{RIB-2025-041|R}})."),
      ("p", "(d) De regio neemt deel aan het landelijke {{Expertiseteam Complexe Zorg|O}} en aan de pilot "
            "{{Samen Sterker Rivierenland|G}}. (e) De aanbesteding {{Jeugdhulp Rivierenland 2026-2030|G}} bevat "
            "een prestatie-indicator voor wachttijden; aanbieders die de norm structureel overschrijden krijgen "
            "geen volumegroei."),
      ("h2", "4. Landelijke ontwikkelingen"),
      ("p", "Staatssecretaris {{Karremans|F}} heeft de Tweede Kamer op 24 juni 2025 geïnformeerd over de "
            "voortgang van de {{Hervormingsagenda Jeugd|G}}. De {{Vereniging van Nederlandse Gemeenten}} en "
            "{{Jeugdzorg Nederland}} hebben gezamenlijk aangedrongen op extra middelen voor de "
            "specialistische GGZ. De {{Nederlandse Zorgautoriteit}} publiceert in december een nieuwe "
            "analyse van de wachttijden."),
      ("p", "Vragen over deze rapportage: {{inkoopjeugd@tiel.nl|M}}, telefoon {{14 0344|T}}."),
  ])

# ------------------------------------------------------------------ jz27 scheduling e-mail from the wethouder's office
D(id="jz27", slug="mail_agenda_wethouder", producer="rl", font="LiberationSerif", size=11,
  title="Afspraak wethouder met ouders", author="Bestuurssecretariaat",
  blocks=[
      ("mono", "Van:       [[Sevda Aksoy]] <[[s.aksoy@tiel.nl|E]]>\n"
               "Namens:    wethouder {{E. Kamphuis|F}}\n"
               "Verzonden: dinsdag 24 juni 2025 12:14\n"
               "Aan:       [[Samira El Idrissi]] <[[s.elidrissi@buren.nl|E]]>; [[Ruud Zwanenburg]] <[[r.zwanenburg@tiel.nl|E]]>\n"
               "CC:        {{bestuurssecretariaat@tiel.nl|M}}\n"
               "Onderwerp: Gesprek wethouder met familie [[Kuipers]]"),
      ("p", "Beste [[Samira]] en [[Ruud]],"),
      ("p", "Wethouder {{Kamphuis|F}} heeft de brief van de familie [[Kuipers]] ontvangen en wil graag met "
            "de ouders in gesprek. Ik heb de volgende opties in de agenda:\n"
            "- donderdag 3 juli, 10.00-11.00 uur, stadhuis {{Tiel|L}}, kamer 2.14\n"
            "- maandag 7 juli, 15.30-16.30 uur, stadhuis {{Tiel|L}}, kamer 2.14"),
      ("p", "Willen jullie laten weten of je kunt aansluiten? [[Samira]], zou jij de ouders kunnen bellen? "
            "Mevrouw [[Kuipers-Vos]] is het best bereikbaar na 16.00 uur op [[06-27741093|T]]. De wethouder wil "
            "vooraf een korte notitie van maximaal één A4 met de feiten over de plaatsing van [[Jayden]]."),
      ("p", "Groet,\n[[Sevda Aksoy]]\nBestuurssecretaresse wethouders {{Kamphuis|F}} en {{Van der Linden|F}}\n"
            "Gemeente {{Tiel|L}} | {{Kellenseweg 4|S}} | T [[0344 637 120|T]] | M [[06-13376540|T]]"),
      ("mono", "Van:       [[Ruud Zwanenburg]]\nVerzonden: dinsdag 24 juni 2025 13:02\nOnderwerp: RE: Gesprek wethouder"),
      ("p", "[[Sevda]], 3 juli past voor mij. Ik vraag [[Annemiek Rozendaal]] van {{Entrea Lindenhout}} of zij "
            "de uitkomst van het calamiteitenonderzoek voor die datum kan delen. Groet, [[Ruud]]"),
  ])

# ------------------------------------------------------------------ jz28 scanned signed agreement (2 p)
D(id="jz28", slug="overeenkomst_getekend_scan", producer="scan", font="Times-Roman", size=12, noise=7, quality=60,
  dpi=200, title="Scan overeenkomst", creator="Ricoh MP C3004",
  blocks=[
      ("h1", "Plaatsingsovereenkomst buitenlandse jeugdhulp"),
      ("p", "Kenmerk RIJR-BUI-2025-007\n\nPartijen:\n1. De gemeente Culemborg, vertegenwoordigd door wethouder "
            "R. de Haan, hierna: de gemeente;\n2. Jugendhilfe Niederrhein gGmbH te Kleve (Duitsland), "
            "vertegenwoordigd door [[Katrin Wiesner]], hoofd opname, hierna: de aanbieder;"),
      ("p", "betreffende de jeugdige [[Emma van Rossum]], geboren [[09-02-2010|D]], wonende te Culemborg, "
            "BSN [[" + bsn("19283746") + "|B]], cliëntnummer [[CU-J-31190|N]]."),
      ("p", "Artikel 1. De aanbieder biedt residentiële behandeling vanaf 3 november 2025 voor de duur van "
            "ten hoogste twaalf maanden.\nArtikel 2. Het dagtarief bedraagt EUR 412, inclusief onderwijs.\n"
            "Artikel 3. De plaatsing vindt plaats met toestemming van het Jugendamt Kreis Kleve en na een "
            "beslissing van de kinderrechter.\nArtikel 4. De aanbieder rapporteert elk kwartaal aan de "
            "casemanager van de gemeente."),
      ("pb",),
      ("p", "Artikel 5. De ouder met gezag, mevrouw [[Linda van Rossum]], wonende [[Zandstraat 30|A]], "
            "[[4101 CE|A]] Culemborg, stemt in met deze plaatsing."),
      ("p", "Aldus overeengekomen en in drievoud getekend te Culemborg en Kleve, 28 oktober 2025."),
      ("table", [["Namens de gemeente", "Namens de aanbieder", "Ouder met gezag"],
                 ["wethouder R. de Haan", "[[K. Wiesner]]", "[[L. van Rossum]]"]], [55, 55, 55],
       {"grid": False, "header": False}),
      ("sig", "[[RdH|S]]          [[Wiesner|S]]          [[Linda v. Rossum|S]]"),
  ])

# ------------------------------------------------------------------ jz29 IGJ inspection report (3 p)
D(id="jz29", slug="igj_rapport_calamiteit", producer="rl", font="Times-Roman", size=11, color="#154273",
  title="Beoordeling calamiteitenonderzoek", author="IGJ",
  header="{{Inspectie Gezondheidszorg en Jeugd}} - kenmerk {{2025-118430|R}}",
  footer="IGJ | Postbus 2518, {{6401 DA Heerlen|L}} | {{meldpunt@igj.nl|M}} | {{088 120 5000|T}}",
  blocks=[
      ("h1", "Beoordeling calamiteitenonderzoek {{Entrea Lindenhout}}"),
      ("p", "Datum: {{20 oktober 2025|Y}}\nBehandeld door: [[H. Wolters]], inspecteur, en [[dr. C.M. Hazelhoff]], "
            "senior inspecteur\nMelding aanbieder: {{KV-2025-0412|R}}"),
      ("h2", "1. Samenvatting"),
      ("p", "{{Entrea Lindenhout}} heeft op {{27 mei 2025|Y}} een calamiteit gemeld. Een jeugdige van twaalf "
            "jaar ([[J.]]) nam in een gezinshuis in {{Kesteren|L}} een overdosis medicatie in. De aanbieder heeft "
            "een onderzoek uitgevoerd volgens de {{SIRE-methode|G}} en het rapport op 18 juli 2025 toegezonden. "
            "De inspectie beoordeelt het onderzoek als voldoende en sluit de melding af."),
      ("h2", "2. Feiten"),
      ("p", "[[J.]] verbleef sinds februari 2025 in het gezinshuis. Hij was bekend met [[een posttraumatische "
            "stressstoornis en een depressieve stoornis|H]]; hij kreeg medicatie voorgeschreven door "
            "{{Karakter}}. Het veiligheidsplan bepaalde dat de medicatie achter slot werd bewaard. Op de avond "
            "van het incident had een invalkracht, [[mevrouw T.]], de sleutel in de keuken laten liggen."),
      ("p", "De gezinshuisouder vond [[J.]] ongeveer twintig minuten na inname en schakelde direct de "
            "hulpdiensten in. De ouders werden pas na anderhalf uur geïnformeerd, omdat het telefoonnummer "
            "van de moeder in het dossier onjuist was."),
      ("h2", "3. Oordeel over het onderzoek"),
      ("p", "Het onderzoek voldoet aan de eisen: de onderzoekscommissie was onafhankelijk (met een extern "
            "lid), de ouders en de jeugdige zijn gehoord, en de analyse benoemt de basisoorzaken. De inspectie "
            "onderschrijft de conclusie dat de sleutelprocedure niet bestand was tegen de inzet van "
            "invalkrachten, en dat de overdracht tussen vaste en tijdelijke medewerkers onvoldoende was."),
      ("p", "Positief is dat de aanbieder het medicatiebeleid voor alle gezinshuizen heeft aangepast en niet "
            "alleen voor de locatie {{Kesteren|L}}. De inspectie mist wel een analyse van de rol van de "
            "gedragswetenschapper, [[mevrouw A.]], die het veiligheidsplan had opgesteld maar niet had "
            "getoetst bij de invalkrachten."),
      ("h2", "4. Maatregelen van de aanbieder"),
      ("table", [["Maatregel", "Status"],
                 ["Medicatiekluis met code in alle 14 gezinshuizen", "uitgevoerd"],
                 ["Inwerkprogramma invalkrachten met veiligheidsplannen", "uitgevoerd"],
                 ["Controle contactgegevens ouders bij elke plaatsing", "uitgevoerd"],
                 ["Evaluatie na zes maanden door de kwaliteitsfunctionaris", "gepland {{januari 2026|Y}}"]],
       [120, 50]),
      ("h2", "5. Vervolg"),
      ("p", "De inspectie sluit de melding af. Zij vraagt {{Entrea Lindenhout}} de evaluatie in januari 2026 "
            "toe te sturen. De woonplaatsgemeente {{Tiel|L}} en het {{Regionaal Inkoopbureau Jeugd Rivierenland}} "
            "ontvangen een afschrift van deze brief. De inspectie publiceert geen rapport over individuele "
            "calamiteiten; wel worden de lessen opgenomen in het jaarbeeld jeugd van de inspectie."),
      ("p", "De ouders, de heer en mevrouw [[Kuipers]], hebben de inspectie op 16 juni 2025 benaderd via het "
            "{{Landelijk Meldpunt Zorg|O}}. Zij ontvangen een afzonderlijke reactie. Tegen deze beoordeling "
            "staat geen bezwaar open, omdat het geen besluit is in de zin van de {{Algemene wet bestuursrecht|W}}."),
      ("h2", "6. Betrokken medewerkers inspectie"),
      ("table", [["Naam", "Functie", "Telefoon"],
                 ["[[Hanneke Wolters]]", "inspecteur toezicht jeugd", "[[06-52190468|T]]"],
                 ["[[Christiaan Hazelhoff]]", "senior inspecteur", "[[06-15582206|T]]"],
                 ["[[Miriam Boschma]]", "juridisch adviseur", "[[06-47730291|T]]"]], [60, 60, 50]),
      ("p", "Algemene vragen: {{088 120 5000|T}} of {{meldpunt@igj.nl|M}}."),
  ])

# ------------------------------------------------------------------ jz30 complaint decision letter (docx, two-column)
D(id="jz30", slug="klachtafhandeling_ouders", producer="docx", font="Liberation Sans", size=10.5,
  title="Afhandeling klacht", author="Hans Ridderhof", last_modified_by="Hans Ridderhof",
  hidden={"probes": [("PERSON", "Hans Ridderhof", "metadata")]},
  letterhead=("Gemeente {{Tiel|L}}\nAan de heer en mevrouw [[Kuipers]]\n[[Hoveniersweg 23|A]]\n[[4007 RG|A]] {{Tiel|L}}",
              "Datum: {{15 juli 2025|Y}}\nOns kenmerk: {{KL-2025-0087|R}}\nBehandeld door: [[Ilona Teunissen]]\n"
              "Telefoon: [[0344 637 301|T]]\nE-mail: {{klachten@tiel.nl|M}}"),
  footer="Gemeente Tiel | Postbus 6325, 4000 HH Tiel | {{14 0344|T}} | {{www.tiel.nl|X}}",
  blocks=[
      ("p", "Onderwerp: afhandeling van uw klacht van 14 juni 2025"),
      ("p", "Geachte heer en mevrouw [[Kuipers]],"),
      ("p", "Op 14 juni 2025 ontvingen wij uw brief over de zorg voor uw zoon [[Jayden]] in een gezinshuis van "
            "{{Entrea Lindenhout}}. Uw klacht gaat over twee punten: het toezicht in het gezinshuis en de "
            "informatie die u van de gemeente kreeg. Op 3 juli 2025 heeft u met wethouder {{Kamphuis|F}} en "
            "teamleider [[Ruud Zwanenburg]] gesproken. Uw casemanager, mevrouw [[El Idrissi]], was daarbij ook aanwezig."),
      ("h2", "Het toezicht in het gezinshuis"),
      ("p", "Over de kwaliteit van de zorg in het gezinshuis kan de gemeente geen oordeel geven; dat is aan de "
            "aanbieder en aan de {{Inspectie Gezondheidszorg en Jeugd}}. Wij hebben {{Entrea Lindenhout}} gevraagd "
            "uw klacht in behandeling te nemen via de klachtenregeling van de aanbieder, zoals artikel 4.2.1 van de "
            "{{Jeugdwet|W}} voorschrijft. U kunt zich daarnaast wenden tot de vertrouwenspersoon van "
            "{{AKJ|O}} ({{Advies- en Klachtenbureau Jeugdzorg|O}})."),
      ("h2", "De informatie van de gemeente"),
      ("p", "Deze klacht vinden wij gegrond. U bent door de gemeente pas op 28 mei geïnformeerd over de "
            "vervolgstappen, terwijl de casemanager al op 26 mei van het incident wist. Wij hebben afgesproken dat "
            "casemanagers ouders voortaan binnen één werkdag bellen na een melding van een aanbieder."),
      ("p", "Als u het niet eens bent met de afhandeling van uw klacht, kunt u zich wenden tot de "
            "{{Nationale ombudsman|O}}. U vindt informatie op {{www.nationaleombudsman.nl|X}}."),
      ("p", "Met vriendelijke groet,\nnamens het college van burgemeester en wethouders van {{Tiel|L}},"),
      ("sig", "[[I. Teunissen|S]]"),
      ("p", "[[Ilona Teunissen]]\nklachtencoördinator"),
  ])

# ------------------------------------------------------------------ jz31 invoice of a self-employed youth care worker
D(id="jz31", slug="factuur_zzp_jeugdhulp", producer="rl", font="DejaVuSans", size=9.5, color="#7a2e59",
  title="Factuur 2025-031", author="Bianca de Groot",
  letterhead=("[[Bianca de Groot]] Jeugd- en gezinscoaching\n[[Kerkstraat 14b|A]]\n[[6669 CD|A]] {{Dodewaard|L}}\n"
              "KvK [[81447209|N]] | SKJ-registratie [[120045871|N]]",
              "FACTUUR\nFactuurnummer: {{2025-031|R}}\nFactuurdatum: {{1 oktober 2025|Y}}\n"
              "Telefoon: [[06-49920371|T]]\nE-mail: [[bianca@degrootcoaching.nl|E]]"),
  footer="Betaling binnen 30 dagen op [[" + IBAN3 + "|I]] t.n.v. [[B. de Groot]] o.v.v. het factuurnummer.",
  blocks=[
      ("p", "Aan: budgethouder [[J. Hoekstra]]\np/a {{Sociale Verzekeringsbank}}, afdeling pgb\n"
            "Postbus 8100, 3503 RC {{Utrecht|L}}\n\nBetreft: begeleiding jeugdige, cliëntnummer SVB [[PGB-J-4519|N]]"),
      ("table", [["Datum", "Omschrijving", "Uren", "Tarief", "Bedrag"],
                 ["02-09-2025", "Individuele begeleiding [[Sven]] (thuis)", "3,0", "€ 62,50", "€ 187,50"],
                 ["09-09-2025", "Individuele begeleiding [[Sven]] (school)", "2,5", "€ 62,50", "€ 156,25"],
                 ["16-09-2025", "Oudergesprek met [[Jolien Hoekstra]]", "1,5", "€ 62,50", "€ 93,75"],
                 ["23-09-2025", "Begeleiding na [[paniekaanval|H]], extra contact", "2,0", "€ 62,50", "€ 125,00"],
                 ["30-09-2025", "Overleg met {{Pro Persona}} (behandelaar)", "1,0", "€ 62,50", "€ 62,50"],
                 ["", "Totaal (vrijgesteld van btw, art. 11 lid 1 onder g {{Wet op de omzetbelasting 1968|W}})", "10,0", "", "{{€ 625,00|A}}"]],
       [22, 85, 15, 20, 28]),
      ("p", "De zorgovereenkomst is op 28 augustus 2025 getekend en naar de {{Sociale Verzekeringsbank}} gestuurd. "
            "Ik verzoek de SVB de opgeschorte betalingen vrij te geven."),
      ("sig", "[[B. de Groot|S]]"),
  ])

# ------------------------------------------------------------------ jz32 audit plan with comments (hidden channels, 2 p)
D(id="jz32", slug="auditplan_materiele_controle", producer="rl", font="LiberationSerif", size=11,
  title="Auditplan materiële controle jeugd 2026", author="RIJR",
  hidden={"probes": [("PERSON", "Rosalie Dijkhuizen", "outline"), ("PERSON", "Pieter-Bas Mengerink", "annotations"),
                     ("PHONE", "06-30018842", "annotations"), ("PERSON", "Tessa van Heumen", "metadata")],
          "xmp": {"dc:creator": ["Tessa van Heumen"]},
          "outline": [("1. Doel en reikwijdte", 0), ("2. Steekproef", 0), ("3. Planning", 1),
                      ("Reviewpunten Rosalie Dijkhuizen", 1)],
          "annots": [(0, "Rosalie Dijkhuizen", "Steekproefomvang afstemmen met de accountant.", [520, 700, 540, 720]),
                     (1, "Rosalie Dijkhuizen", "Bel Pieter-Bas Mengerink (06-30018842) over de planning bij Karakter.",
                      [520, 600, 540, 620])]},
  footer="Auditplan {{MC-2026-01|R}} | {{Regionaal Inkoopbureau Jeugd Rivierenland}} | concept",
  blocks=[
      ("h1", "Auditplan materiële controle jeugdhulp 2026"),
      ("p", "Opdrachtgever: {{Regionaal Portefeuillehoudersoverleg Jeugd}}\nUitvoering: team Financiën RIJR, "
            "[[Karin Oudshoorn]] (coördinator) en [[Sander Bleijenberg]] (controller)\nVersie: concept 0.3, "
            "{{10 november 2025|Y}}"),
      ("h2", "1. Doel en reikwijdte"),
      ("p", "De materiële controle stelt vast of de gedeclareerde jeugdhulp daadwerkelijk en rechtmatig is "
            "geleverd. De controle volgt het {{Landelijk Protocol Materiële Controle Jeugd|G}} en het "
            "{{Controleprotocol Jeugdwet|W}}. Na de bevindingen bij {{Kompas Jeugdhulp B.V.}} in 2025 wordt de "
            "controle uitgebreid naar alle aanbieders met meer dan {{€ 500.000|A}} omzet in de regio."),
      ("h2", "2. Steekproef"),
      ("table", [["Aanbieder", "Omzet 2025 (prognose)", "Dossiers in steekproef", "Methode"],
                 ["{{Entrea Lindenhout}}", "€ 11,9 mln", "60", "dossieronderzoek ter plaatse"],
                 ["{{Pluryn}}", "€ 6,2 mln", "40", "dossieronderzoek ter plaatse"],
                 ["{{Karakter}}", "€ 5,8 mln", "40", "gegevensgerichte controle"],
                 ["{{Pro Persona}}", "€ 4,1 mln", "30", "gegevensgerichte controle"],
                 ["{{Timon}}", "€ 2,3 mln", "25", "dossieronderzoek"],
                 ["{{JeugdFit Rivierenland B.V.}}", "€ 1,1 mln", "25", "dossieronderzoek"],
                 ["{{Youké|O}}", "€ 0,7 mln", "15", "dossieronderzoek"]],
       [50, 40, 40, 40]),
      ("p", "Bij de keuze van dossiers wordt gebruikgemaakt van de declaratiegegevens uit het "
            "{{iJW-berichtenverkeer|P}}. Dossiers met declaraties zonder toewijzing, boven het toegewezen volume of "
            "met dubbele declaraties worden gericht geselecteerd (zie het declaratieoverzicht "
            "{{DEC-2025-06-114|R}})."),
      ("pb",),
      ("h2", "3. Planning"),
      ("table", [["Periode", "Activiteit"],
                 ["januari 2026", "Aankondiging aan aanbieders, opvragen dossiers"],
                 ["februari-april 2026", "Veldwerk"],
                 ["mei 2026", "Hoor en wederhoor"],
                 ["juni 2026", "Rapportage aan het {{Regionaal Portefeuillehoudersoverleg Jeugd}}"]], [50, 120]),
      ("h2", "4. Privacy"),
      ("p", "De controleurs zien bij dossieronderzoek medische en andere bijzondere persoonsgegevens. De "
            "grondslag is artikel 8.1.1 lid 3 {{Jeugdwet|W}} in samenhang met het {{Besluit Jeugdwet|W}}. "
            "Gegevens worden niet meegenomen; de werkpapieren bevatten alleen cliëntnummers. De privacy officer "
            "([[Wendy Scheepmaker]]) heeft een {{DPIA|X}} uitgevoerd."),
  ])

# ------------------------------------------------------------------ jz33 scanned MDO minutes (typed, 1 p)
D(id="jz33", slug="mdo_verslag_scan", producer="scan", font="Helvetica", size=11, noise=10, quality=50,
  dpi=200, title="MDO", creator="Konica Minolta bizhub",
  blocks=[
      ("h1", "Verslag multidisciplinair overleg (MDO)"),
      ("p", "Datum: 8 oktober 2025   Locatie: Sociaal Team West Maas en Waal\n"
            "Betreft: gezin [[Demir]], [[Dorpsstraat 61|A]], Beneden-Leeuwen\n"
            "Aanwezig: [[Ruben Hazeleger]] (Sociaal Team), [[Roos Wetzels]] (Veilig Thuis), "
            "[[Evelien Maas]] (Karakter), [[Gijs Verhoeven]] (wijkagent)"),
      ("p", "1. [[Aylin]] (9 jaar) heeft 6 sessies EMDR gehad. Zij slaapt beter; nachtmerries nemen af. "
            "Diagnose volgens Karakter: [[PTSS|H]].\n"
            "2. [[Kerem]] is [[op de wachtlijst voor logopedie|H]].\n"
            "3. Vader [[Serkan Demir]] houdt zich aan de afspraken. Het strafrechtelijk onderzoek naar "
            "[[mishandeling|C]] loopt nog (wijkagent).\n"
            "4. Moeder [[Hatice Demir-Kaya]] vraagt hulp bij de scheiding; doorverwijzing naar het Juridisch Loket."),
      ("p", "Afspraak: volgend MDO 10 december 2025. Verslag aan Veilig Thuis onder zaaknummer VT-GZ-2025-11873."),
      ("p", "Voor akkoord:"),
      ("sig", "[[R. Hazeleger|S]]"),
  ])
