"""Texts of the blind 'social' set. All persons, numbers and addresses are invented.

[[text|KIND]] / [[text|KIND|probe;probe]] = personal data to redact; {text|KIND} = must stay readable.
@BSN:n@ and @IBAN:BANK:n@ are replaced by an invented BSN (valid 11-proef) / IBAN (valid checksum).
"""
import re

PRODUCERS = ["reportlab", "fpdf2", "libreoffice", "chromium"]


def bsn(seed: int) -> str:
    x = (seed * 7919 + 12345) % 10 ** 8
    while True:
        d = [int(c) for c in f"{x:08d}"]
        if d[0] == 0:
            d[0] = 1
        s = sum(v * w for v, w in zip(d, range(9, 1, -1))) % 11
        if s < 10:
            return "".join(map(str, d)) + str(s)
        x = (x + 1) % 10 ** 8


def iban(bank: str, seed: int) -> str:
    acc = f"{(seed * 104729 + 3141592) % 10 ** 10:010d}"
    num = "".join(str(int(c, 36)) for c in bank + acc + "NL00")
    chk = 98 - int(num) % 97
    raw = f"NL{chk:02d}{bank}{acc}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def _subst(s: str) -> str:
    s = re.sub(r"@BSN:(\d+)@", lambda m: bsn(int(m.group(1))), s)
    return re.sub(r"@IBAN:([A-Z]{4}):(\d+)@", lambda m: iban(m.group(1), int(m.group(2))), s)


def _walk(b):
    if isinstance(b, str):
        return _subst(b)
    if isinstance(b, (list, tuple)):
        return type(b)(_walk(x) for x in b)
    return b


MOTIV = ("h", "Informatie die niet openbaar gemaakt kan worden")

D = []


def doc(id, title, blocks, twocol=False, meta_title=None):
    D.append({"id": id, "title": title, "blocks": blocks, "twocol": twocol,
              "meta_title": meta_title or title})


# ------------------------------------------------------------------------------------------- 01
doc("soc01", "UWV beslissing op bezwaar WW", [
    ("cols", [
        ("p", "{UWV|ACR}\nAfdeling Bezwaar en Beroep\nPostbus 58285\n1040 HG {Amsterdam|PLACE}"),
        ("p", "Behandeld door\n[[mr. H.J. Koster|PERSON|Koster]]\nTelefoon [[088 - 898 21 47|PHONE]]\n[[henk.koster@uwv.nl|EMAIL]]"),
        ("p", "Algemeen nummer {UWV|ACR}\n{0800-9112|SWITCH} (gratis)"),
    ], [
        ("p", "Aangetekend\n[[De heer R.A. Mulder|PERSON|Mulder]]\n[[Dorpsstraat 118, 8431 LK Oosterwolde|ADDRESS]]"),
        ("kv", [("Datum", "{14 oktober 2026|DATE}"), ("Ons kenmerk", "{BZW-2026-044718|CASE}"),
                ("Burgerservicenummer", "[[@BSN:1@|BSN]]"), ("Onderwerp", "beslissing op uw bezwaar")]),
    ]),
    ("title", "Beslissing op bezwaar tegen de herziening van uw WW-uitkering"),
    ("p", "Geachte heer [[Mulder|PERSON]],\n\nU hebt op {2 juni 2026|DATE} bezwaar gemaakt tegen ons besluit van 28 april 2026. "
          "In dat besluit hebben wij uw uitkering op grond van de {Werkloosheidswet|LAW} herzien, omdat u "
          "inkomsten uit werk bij {Schoonmaakbedrijf Hoekstra B.V.|ORG} niet op tijd had doorgegeven. Uw gemachtigde, "
          "[[mr. Yvonne Brouwer|PERSON|Brouwer;Yvonne]] van {Juridisch Loket|ORG} {Drachten|PLACE}, heeft het bezwaar op "
          "{19 augustus 2026|DATE} toegelicht tijdens de hoorzitting."),
    ("h", "Onze beslissing"),
    ("p", "Wij verklaren uw bezwaar gedeeltelijk gegrond. Het terug te betalen bedrag wordt verlaagd van "
          "{€ 2.418,60|AMOUNT} naar {€ 1.377,15|AMOUNT}. Wij storten het te veel ingehouden bedrag op "
          "rekeningnummer [[@IBAN:INGB:1@|IBAN]] ten name van [[R.A. Mulder|PERSON|R.A. Mulder]]."),
    ("h", "Waarom deze beslissing"),
    ("p", "Uit de loonstroken blijkt dat u in de maanden maart en april minder uren hebt gewerkt dan wij in "
          "het primaire besluit hebben aangenomen. De werkgever, de heer [[Sietse Hoekstra|PERSON|Hoekstra;Sietse]], heeft dat "
          "telefonisch bevestigd op [[06-41 27 83 90|PHONE]]. Wij hebben daarom opnieuw gerekend."),
    ("p", "Bent u het niet eens met deze beslissing, dan kunt u binnen zes weken beroep instellen bij de "
          "{rechtbank Noord-Nederland|ORG}. Hebt u vragen, bel dan met {UWV|ACR} Telefoon Werknemers op "
          "{0800-9112|SWITCH}.\n\nMet vriendelijke groet,\n\n[[H.J. Koster|PERSON|H.J. Koster]]\n{jurist bezwaar en beroep|FUNC}"),
])

# ------------------------------------------------------------------------------------------- 02
doc("soc02", "SVB besluit kinderbijslag", [
    ("p", "{Sociale Verzekeringsbank|ORG}\nKantoor {Leeuwarden|PLACE}"),
    ("p", "[[Mevrouw S. Tjoelker-Wiersma|PERSON|Tjoelker-Wiersma]]\n[[Skrâns 4, 9076 PG Sint Annaparochie|ADDRESS|Skrâns 4;9076 PG]]"),
    ("kv", [("Datum:", "{3 september 2026|DATE}"), ("Klantnummer:", "{SVB-KB-7730196|CASE}"),
            ("BSN:", "[[@BSN:2@|BSN]]"), ("Onderwerp:", "Uw kinderbijslag voor [[Jildou|PERSON]]")]),
    ("p", "Geachte mevrouw [[Tjoelker-Wiersma|PERSON]],\n\nU ontvangt kinderbijslag voor uw dochter [[Jildou|PERSON]], "
          "geboren op [[17-02-2014|DOB]]. Per 1 oktober 2026 verhuist [[Jildou|PERSON]] naar haar vader, de heer "
          "[[Wietse Tjoelker|PERSON|Wietse]]. Hij woont op [[Hegebeintum 22, 9131 ME Ee|ADDRESS|Hegebeintum 22;9131 ME]]. "
          "Vanaf het vierde kwartaal van 2026 heeft hij recht op de kinderbijslag voor [[Jildou|PERSON]]."),
    ("h", "Wat betekent dit voor u?"),
    ("p", "U ontvangt de kinderbijslag over het derde kwartaal nog volledig: {€ 305,12|AMOUNT}. Wij betalen dit "
          "bedrag uiterlijk {1 oktober 2026|DATE} op rekening [[@IBAN:RABO:2@|IBAN]]. Het {kindgebonden budget|PROG} "
          "wordt door {Dienst Toeslagen|ORG} aangepast; daar hoeft u niets voor te doen."),
    ("h", "Vragen?"),
    ("p", "Kijk op svb.nl of bel ons op {088 - 112 30 00|SWITCH} (algemeen nummer SVB). Uw vaste contactpersoon "
          "is [[Marijke Dijkstra|PERSON]], bereikbaar op [[058 - 244 71 93|PHONE]] of via [[m.dijkstra@svb.nl|EMAIL]]."),
    ("p", "Met vriendelijke groet,\n\n[[Marijke Dijkstra|PERSON]]\n{medewerker klantcontact|FUNC}, {afdeling Kinderbijslag|ORG}"),
    ("small", "Dit besluit is genomen op grond van de {Algemene Kinderbijslagwet|LAW}. Bezwaar maken kan binnen zes weken."),
])

# ------------------------------------------------------------------------------------------- 03
doc("soc03", "DUO herinnering terugbetaling", [
    ("p", "{Dienst Uitvoering Onderwijs|ORG}\nPostbus 50061\n9702 EA {Groningen|PLACE}"),
    ("p", "[[Mevrouw O. Kovalenko|PERSON|Kovalenko]]\n[[Laan van Meerdervoort 1190, 2555 CW Den Haag|ADDRESS|Laan van Meerdervoort 1190;2555 CW]]"),
    ("kv", [("Datum", "{22 juli 2026|DATE}"), ("Relatienummer", "{DUO-4471-8820|CASE}"),
            ("Burgerservicenummer", "[[@BSN:3@|BSN]]"), ("Geboortedatum", "[[9 november 1998|DOB]]")]),
    ("title", "Herinnering: achterstand in uw maandtermijn"),
    ("p", "Geachte mevrouw [[Kovalenko|PERSON]],\n\nOp 1 juli 2026 hebben wij de maandtermijn van {€ 84,23|AMOUNT} voor uw "
          "{studieschuld|TERM} niet kunnen afschrijven van rekening [[@IBAN:ABNA:3@|IBAN]]. U hebt nu een achterstand "
          "van {€ 168,46|AMOUNT}."),
    ("p", "[[Olena|PERSON]], wij begrijpen dat u in 2022 vanuit {Charkiv|PLACE} naar Nederland bent gekomen en dat uw "
          "diploma via {Nuffic|ORG} is gewaardeerd. Misschien hebt u recht op een lagere maandtermijn via de "
          "{draagkrachtmeting|TERM}. Uw broer, [[Dmytro Kovalenko|PERSON|Dmytro]], heeft ons op 12 juli gebeld met "
          "dezelfde vraag; wij hebben hem gevraagd dat u zelf contact opneemt."),
    ("h", "Wat kunt u doen?"),
    ("p", "Log in op Mijn DUO of bel {050 - 599 77 55|SWITCH} (DUO, algemeen). Uw dossier wordt behandeld door "
          "[[Bart Schipper|PERSON]] (direct: [[+31 50 599 4718|PHONE]], e-mail [[bart.schipper@duo.nl|EMAIL]])."),
    ("p", "Met vriendelijke groet,\n\n[[B. Schipper|PERSON|B. Schipper]]\n{Klantcontact Terugbetalen|ORG}"),
    ("small", "Vermeld bij betaling altijd uw relatienummer {DUO-4471-8820|CASE}."),
])

# ------------------------------------------------------------------------------------------- 04
doc("soc04", "Verslag casusoverleg Veilig Thuis", [
    ("title", "Verslag multidisciplinair casusoverleg"),
    ("kv", [("Organisatie:", "{Veilig Thuis Rotterdam Rijnmond|ORG}"), ("Datum overleg:", "{8 september 2026|DATE}"),
            ("Zaaknummer:", "{VT-2026-10377|CASE}"), ("Voorzitter:", "[[Esther Baas|PERSON]] ({procesregisseur|FUNC})"),
            ("Notulist:", "[[Kevin Wit|PERSON]]")]),
    ("h", "Aanwezigen"),
    ("table", ["Naam", "Rol / organisatie", "Telefoon"], [
        ["[[Esther Baas|PERSON]]", "{procesregisseur|FUNC}, {Veilig Thuis|ORG}", "[[010 - 443 72 18|PHONE]]"],
        ["[[Naima Ouali|PERSON]]", "{jeugdverpleegkundige|FUNC}, {CJG Rijnmond|ORG}", "[[06 2847 1190|PHONE]]"],
        ["[[Ruud Hart|PERSON]]", "{wijkagent|FUNC}, {Politie Eenheid Rotterdam|ORG}", "[[06-13 58 22 47|PHONE]]"],
        ["[[Priya Ramdin|PERSON]]", "{intern begeleider|FUNC}, {OBS De Klimop|ORG}", "[[010-2650931|PHONE]]"],
        ["[[mevrouw D. Sedney|PERSON|Sedney]]", "moeder", "[[+31 6 5510 4382|PHONE]]"],
        ["[[de heer M. Zwart|PERSON|Zwart]]", "vader (vanaf punt 3)", "-"],
    ], (2, 3, 1.6)),
    ("h", "1. Aanleiding"),
    ("p", "Op {21 augustus 2026|DATE} ontving {Veilig Thuis|ORG} een melding van {OBS De Klimop|ORG} over "
          "[[Shanti|PERSON]] (8 jaar, geboren [[30-01-2018|DOB]]) en haar broer [[Jayden Zwart|PERSON|Jayden]]. "
          "[[Priya|PERSON]] licht toe dat [[Shanti|PERSON]] vaak zonder ontbijt en met blauwe plekken op school komt."),
    ("h", "2. Informatie van de ouders"),
    ("p", "Mevrouw [[Sedney|PERSON]] geeft aan dat er sinds de scheiding veel spanning is. Het gezin woont tijdelijk "
          "bij oma op [[Pleinweg 207b, 3083 EL Rotterdam|ADDRESS|Pleinweg 207b;3083 EL]]. [[Naima|PERSON]] heeft het gezin "
          "twee keer thuis bezocht en ziet een betrokken moeder die overbelast is."),
    ("h", "3. Afspraken"),
    ("table", ["Actie", "Wie", "Wanneer"], [
        ["Aanmelden bij {Wijkteam Charlois|ORG} voor gezinsondersteuning", "[[Esther|PERSON]]", "{15 september 2026|DATE}"],
        ["Gesprek met vader over omgangsregeling", "[[Ruud Hart|PERSON]] / [[Esther Baas|PERSON]]", "binnen 2 weken"],
        ["Signalen op school bijhouden en delen", "[[Priya Ramdin|PERSON]]", "doorlopend"],
        ["Evaluatie casusoverleg", "allen", "{13 oktober 2026|DATE}"],
    ], (4, 2, 1.5)),
    ("small", "Vertrouwelijk. Verspreiding alleen aan deelnemers. Vragen: {info@veiligthuisrr.nl|MAILBOX} of {0800-2000|SWITCH}."),
])

# ------------------------------------------------------------------------------------------- 05
doc("soc05", "Wmo beschikking huishoudelijke ondersteuning", [
    ("p", "{Gemeente Haarlem|ORG}\nSociaal Domein, team {Wmo|ACR}\nPostbus 511, 2003 PB {Haarlem|PLACE}"),
    ("p", "[[De heer A. de Graaf|PERSON|Graaf]]\n[[Kennemerstraat 5 rood, 2011 JA Haarlem|ADDRESS|Kennemerstraat 5 rood;2011 JA]]"),
    ("kv", [("Datum:", "{30 juni 2026|DATE}"), ("Zaaknummer:", "{WMO-2026-08841|CASE}"),
            ("Uw gegevens:", "BSN [[@BSN:5@|BSN]], geboren [[4 april 1941|DOB]]")]),
    ("title", "Beschikking maatwerkvoorziening Hulp bij het huishouden"),
    ("p", "Geachte heer [[De Graaf|PERSON]],\n\nOp {12 mei 2026|DATE} hebt u een melding gedaan bij het {Wmo-loket|ORG}. "
          "Op 27 mei heeft onze consulent, [[Lotte Verbeek|PERSON]], met u en uw dochter [[Annemiek de Graaf|PERSON|Annemiek]] "
          "een keukentafelgesprek gevoerd bij u thuis."),
    ("h", "Besluit"),
    ("p", "U krijgt een maatwerkvoorziening {Hulp bij het huishouden|PROG} van 3 uur per week, in natura, "
          "geleverd door {Zorgbalans|ORG}. De eigen bijdrage wordt vastgesteld door het {CAK|ACR} en bedraagt "
          "maximaal {€ 21,80|AMOUNT} per maand ({abonnementstarief|TERM})."),
    ("h", "Motivering"),
    ("p", "Na uw heupoperatie kunt u zware huishoudelijke taken niet meer zelf uitvoeren. Uw dochter woont in "
          "{Alkmaar|PLACE} en werkt fulltime; zij kan niet meer doen dan de boodschappen. Consulent [[Verbeek|PERSON]] "
          "heeft dit vastgelegd in het gespreksverslag van 27 mei 2026."),
    ("p", "Dit besluit is genomen namens het college door wethouder {Marjolein Stam|PUBLIC}. Vragen? Bel {14 023|SWITCH} "
          "of mail naar {wmo@haarlem.nl|MAILBOX}. Rechtstreeks: [[023 - 511 48 20|PHONE]] ([[Lotte|PERSON]], ma-do)."),
    ("small", "Bezwaar binnen zes weken op grond van de {Algemene wet bestuursrecht|LAW}; {Wmo 2015|LAW} art. 2.3.5."),
])

# ------------------------------------------------------------------------------------------- 06
doc("soc06", "Besluit bijstandsuitkering Participatiewet", [
    ("p", "{Gemeente Zaanstad|ORG} - {Werk en Inkomen|ORG}\nPostbus 2000, 1500 GA {Zaandam|PLACE}"),
    ("p", "[[Mevrouw F. Benali|PERSON|Benali]]\n[[Peperstraat 73, 1502 AH Zaandam|ADDRESS|Peperstraat 73;1502 AH]]"),
    ("kv", [("Datum:", "{5 augustus 2026|DATE}"), ("Dossiernummer:", "{WI/2026/3318|CASE}"),
            ("BSN:", "[[@BSN:6@|BSN]]")]),
    ("title", "Toekenning algemene bijstand"),
    ("p", "Geachte mevrouw [[Benali|PERSON]],\n\nU hebt op 1 juli 2026 een uitkering aangevraagd op grond van de "
          "{Participatiewet|LAW} ({Pw|ACR}). Wij kennen u per {1 juli 2026|DATE} bijstand toe naar de norm voor een "
          "alleenstaande ouder: {€ 1.401,28|AMOUNT} netto per maand, inclusief vakantiegeld."),
    ("p", "De uitkering wordt rond de 25e van de maand gestort op [[@IBAN:SNSB:6@|IBAN]]. Uw zoon [[Ilyas|PERSON]] "
          "([[geb. 02-12-2010|DOB|02-12-2010]]) staat op uw adres ingeschreven; voor hem ontvangt u "
          "{kindgebonden budget|PROG} van {Dienst Toeslagen|ORG}."),
    ("h", "Verplichtingen"),
    ("p", "U moet wijzigingen direct doorgeven. U neemt deel aan het traject {Zaanstad Werkt|PROG} bij "
          "{Baanstede|ORG}. Uw klantmanager is [[Youssef El Idrissi|PERSON|El Idrissi;Youssef]] ([[075 681 6241|PHONE]], "
          "[[y.elidrissi@zaanstad.nl|EMAIL]]). Uw inkomensconsulent is [[Tim Koning|PERSON]]."),
    ("p", "[[Tim Koning|PERSON]] heeft op 20 juli 2026 uw huurcontract met {Parteon|ORG} en uw bankafschriften "
          "gecontroleerd. Er is geen vermogen boven de grens van {€ 15.985|AMOUNT}."),
    ("p", "Met vriendelijke groet,\nnamens het college van burgemeester en wethouders,\n\n[[T. Koning|PERSON|T. Koning]]\n{inkomensconsulent|FUNC}"),
    ("small", "Algemeen telefoonnummer {14 075|SWITCH}. Bezwaar: binnen zes weken, zie zaanstad.nl/bezwaar."),
])

# ------------------------------------------------------------------------------------------- 07
doc("soc07", "IGJ rapport toezichtbezoek", [
    ("title", "Rapport van het toezichtbezoek aan Zorgcentrum De Wadden"),
    ("kv", [("Toezichthouder:", "{Inspectie Gezondheidszorg en Jeugd|ORG} ({IGJ|ACR})"),
            ("Zorgaanbieder:", "{Stichting Noorderbreedte Wonen|ORG}, {KvK 41003521|KVK}"),
            ("Locatie:", "{Zorgcentrum De Wadden|ORG}, {Harlingen|PLACE}"),
            ("Datum bezoek:", "{16 juni 2026|DATE}"), ("Kenmerk:", "{IGJ-2026-0477812|CASE}")]),
    ("h", "1. Inleiding"),
    ("p", "De {IGJ|ACR} bezocht {Zorgcentrum De Wadden|ORG} onaangekondigd. Het bezoek werd uitgevoerd door "
          "inspecteurs [[Gerda Vos|PERSON]] en [[Jeroen Hazelhoff|PERSON]]. Zij spraken met de locatiemanager, "
          "[[Anke Rienstra|PERSON]], met de {specialist ouderengeneeskunde|FUNC} [[dr. Bayu Wibowo|PERSON|Wibowo;Bayu]] "
          "en met vier {verzorgenden IG|FUNC}."),
    ("h", "2. Bevindingen"),
    ("p", "Het toetsingskader {Kwaliteitskader Verpleeghuiszorg|PROG} is leidend. De inspecteurs zagen dat "
          "medicatie op de afdeling Vlieland niet altijd werd afgetekend. {Verzorgende|FUNC} [[Tineke Haarlem|PERSON|Haarlem;Tineke]] "
          "verklaarde dat het elektronisch toedienregistratiesysteem regelmatig uitvalt. Mevrouw [[Rienstra|PERSON]] "
          "bevestigde dat; zij had dit al in maart gemeld aan de bestuurder."),
    ("p", "Bij een bewoner van afdeling Terschelling, mevrouw [[J. Hiemstra-Bos|PERSON|Hiemstra-Bos]] "
          "(geboren [[11-08-1936|DOB]]), was de valrisico-inventarisatie niet bijgewerkt na een val op 2 mei. "
          "De zoon van mevrouw, [[Klaas Hiemstra|PERSON|Klaas]], had hierover een klacht ingediend."),
    ("h", "3. Conclusie"),
    ("p", "De zorgaanbieder voldoet op 3 van de 5 getoetste normen niet aan de {Wet kwaliteit, klachten en geschillen zorg|LAW} "
          "({Wkkgz|ACR}). De {IGJ|ACR} verwacht binnen acht weken een verbeterplan. Het rapport wordt gepubliceerd "
          "op igj.nl; de namen van medewerkers worden daarin niet vermeld."),
    ("h", "4. Reactie zorgaanbieder"),
    ("p", "De bestuurder, [[drs. W.F. Dijkstra|PERSON|Dijkstra]], liet op 30 juni 2026 weten zich in de bevindingen te "
          "herkennen. Contact: [[w.dijkstra@noorderbreedte.nl|EMAIL]], [[0517-41 92 06|PHONE]]. Algemeen: {0517 - 49 90 00|SWITCH}."),
    ("p", "In het verbeterplan wijst de zorgaanbieder [[Rienstra|PERSON]] aan als eindverantwoordelijke voor de medicatieveiligheid. "
          "De {Raad van Toezicht|ORG} wordt elke maand geïnformeerd door voorzitter [[Hendrik Jan Kuipers|PERSON|Kuipers;Hendrik Jan]]. "
          "Verder neemt {Zorgcentrum De Wadden|ORG} een {verpleegkundig specialist|FUNC} in dienst; tot die tijd springt "
          "[[Wibowo|PERSON]] bij in de weekenden."),
    ("h", "5. Vervolg"),
    ("p", "De inspecteurs [[Vos|PERSON]] en [[Hazelhoff|PERSON]] voeren binnen zes maanden een vervolgbezoek uit. Zij letten dan "
          "in het bijzonder op de afdelingen Vlieland en Terschelling. Als de zorgaanbieder niet voldoet, kan de {IGJ|ACR} een "
          "aanwijzing geven of een last onder dwangsom opleggen op grond van de {Wkkgz|ACR}."),
    ("p", "De familie van mevrouw [[Hiemstra-Bos|PERSON]] is door de locatiemanager geïnformeerd over dit rapport. "
          "[[Klaas|PERSON]] heeft laten weten dat hij tevreden is met de aandacht voor valpreventie. Zijn klacht is "
          "afgehandeld door de klachtenfunctionaris van {Noorderbreedte|ORG}, [[Petra Veenstra|PERSON]]."),
    ("p", "Bij de bevindingen over het toedienregistratiesysteem heeft de leverancier, {Medimo|ORG}, op verzoek van de inspectie "
          "een storingsoverzicht aangeleverd. Daaruit blijkt dat het systeem in het eerste halfjaar van 2026 negen keer langer dan "
          "een uur niet beschikbaar was. Verzorgende [[Tineke|PERSON]] en haar collega [[Sjoerd Bakker|PERSON]] hebben in die "
          "periodes met papieren lijsten gewerkt, die niet altijd zijn nagetekend."),
    ("small", "Inspectie Gezondheidszorg en Jeugd, Postbus 2518, 6401 DA {Heerlen|PLACE}. Meldpunt: {088 - 120 50 00|SWITCH}."),
], twocol=True)

# ------------------------------------------------------------------------------------------- 08
doc("soc08", "GGD bron- en contactonderzoek", [
    ("title", "Notitie bron- en contactonderzoek (BCO)"),
    ("kv", [("Afdeling:", "{GGD Hollands Midden|ORG}, {team Infectieziektebestrijding|ORG}"),
            ("Meldingsnummer:", "{HM-IZB-2026-0912|CASE}"), ("Datum:", "{11 maart 2026|DATE}"),
            ("Arts:", "[[Sevgi Yıldız|PERSON]], {arts infectieziektebestrijding|FUNC}")]),
    ("h", "Indexpatiënt"),
    ("table", ["Naam", "Geboortedatum", "Adres", "Telefoon"], [
        ["[[Thomas van Leeuwen|PERSON|Leeuwen;Thomas]]", "[[23-06-1994|DOB]]",
         "[[Breestraat 41, 2311 CJ Leiden|ADDRESS|Breestraat 41;2311 CJ]]", "[[06 38 72 10 55|PHONE]]"],
    ], (2, 1.3, 2.6, 1.6)),
    ("p", "Diagnose {mazelen|TERM}, laboratoriumbevestiging {LUMC|ORG} op {9 maart 2026|DATE}. Besmettelijke periode "
          "4 tot en met 12 maart. [[Thomas|PERSON]] werkt als {leerkracht|FUNC} op {basisschool De Vlinder|ORG} in "
          "{Oegstgeest|PLACE}."),
    ("h", "Contacten"),
    ("table", ["Contact", "Relatie", "Geb.datum", "Vaccinatiestatus", "Actie"], [
        ["[[Lisa van Leeuwen-Prins|PERSON|Leeuwen-Prins;Lisa]]", "partner", "[[05-10-1995|DOB]]", "2x BMR", "informeren"],
        ["[[Noah van Leeuwen|PERSON|Noah]]", "zoon", "[[14-01-2025|DOB]]", "ongevaccineerd", "{MMR-0|TERM} / immunoglobuline"],
        ["[[Wiesław Nowak|PERSON]]", "collega", "onbekend", "onbekend", "bellen"],
        ["klas groep 4 (28 leerlingen)", "school", "-", "zie lijst {RIVM|ACR}", "brief via school"],
    ], (2.4, 1.2, 1.3, 1.6, 2)),
    ("p", "[[Wiesław|PERSON]] is telefonisch niet bereikt op [[+48 601 234 567|PHONE]]; volgens de directeur, "
          "[[mevrouw Kok|PERSON|Kok]], is hij in {Polen|PLACE}. Opnieuw proberen op 12 maart. Overleg met {RIVM-LCI|ORG} "
          "over postexpositieprofylaxe voor [[Noah|PERSON]] gevoerd door [[Sevgi|PERSON]]."),
    ("small", "Bereikbaarheid GGD: {088 - 308 30 00|SWITCH}, {infectieziekten@ggdhm.nl|MAILBOX}. {Wet publieke gezondheid|LAW}, art. 6."),
])

# ------------------------------------------------------------------------------------------- 09
doc("soc09", "E-mailwisseling VWS over wachtlijsten GGZ", [
    ("kv", [("Van:", "[[Vos, Marloes|PERSON|Marloes]] <[[m.vos@minvws.nl|EMAIL]]>"),
            ("Verzonden:", "dinsdag {4 februari 2026|DATE} 16:42"),
            ("Aan:", "[[Ahmadi, Farid|PERSON|Ahmadi;Farid]] <[[f.ahmadi@minvws.nl|EMAIL]]>"),
            ("CC:", "{DGCZ-secretariaat|MAILBOX} <{dgcz-secretariaat@minvws.nl|MAILBOX}>; [[Wouters, P.C.|PERSON|Wouters]]"),
            ("Onderwerp:", "RE: cijfers wachttijden {ggz|ACR} voor {Kamerbrief|TERM}")]),
    ("p", "Hoi [[Farid|PERSON]],\n\nDank voor de snelle reactie. De cijfers van {Nederlandse Zorgautoriteit|ORG} ({NZa|ACR}) "
          "over januari komen pas op 14 februari. [[Pieter|PERSON]] stelt voor om in de {Kamerbrief|TERM} de "
          "decembercijfers te gebruiken, met een voetnoot. Ik denk dat minister {Van Rijswijk|PUBLIC} dat prima vindt, "
          "maar check even bij de woordvoerder."),
    ("p", "Groet,\n[[Marloes|PERSON]]\n\n[[Marloes Vos|PERSON]] | {senior beleidsmedewerker|FUNC} | {directie Curatieve Zorg|ORG}\n"
          "{Ministerie van Volksgezondheid, Welzijn en Sport|ORG}\nM [[06 - 52 91 44 08|PHONE]]"),
    ("kv", [("Van:", "[[Ahmadi, Farid|PERSON|Ahmadi]]"), ("Verzonden:", "dinsdag {4 februari 2026|DATE} 15:10"),
            ("Aan:", "[[Vos, Marloes|PERSON|Marloes]]"), ("Onderwerp:", "cijfers wachttijden {ggz|ACR}")]),
    ("p", "[[Marloes|PERSON]],\n\nKamerlid {El Haddouti|PUBLIC} (GroenLinks-PvdA) heeft in het commissiedebat "
          "gevraagd naar de wachttijden voor jongeren. Kun jij nagaan of de {NZa|ACR} per regio kan leveren? "
          "Bel me anders even: [[070 340 7719|PHONE]].\n\n[[FA|INITIALS]]"),
    ("break",),
    ("h", "Routing"),
    ("table", ["Naam", "Functie", "Paraaf", "Datum"], [
        ["[[M. Vos|PERSON|M. Vos]]", "{senior beleidsmedewerker|FUNC}", "[[MV|INITIALS]]", "{5-2-2026|DATE}"],
        ["[[P.C. Wouters|PERSON|P.C. Wouters]]", "{afdelingshoofd|FUNC}", "[[PCW|INITIALS]]", "{6-2-2026|DATE}"],
        ["drs. H. Lammers", "{directeur-generaal Curatieve Zorg|FUNC}", "", ""],
    ], (2, 3, 1, 1.2)),
])

# ------------------------------------------------------------------------------------------- 10
doc("soc10", "SZW e-mail thread on EU social security coordination", [
    ("kv", [("From:", "[[Kowalczyk, Agnieszka|PERSON|Kowalczyk;Agnieszka]] <[[a.kowalczyk@minszw.nl|EMAIL]]>"),
            ("Sent:", "Thursday, {12 March 2026|DATE} 09:17"),
            ("To:", "[[de Boer, Sjoerd|PERSON|Boer;Sjoerd]] <[[s.deboer@minszw.nl|EMAIL]]>; {internationaal@minszw.nl|MAILBOX}"),
            ("Cc:", "[[Tahiri, Soufiane|PERSON|Tahiri;Soufiane]]"),
            ("Subject:", "FW: {SVB|ACR} question on A1 certificates / posted workers")]),
    ("p", "Hi [[Sjoerd|PERSON]],\n\nSee below. The {European Labour Authority|ORG} ({ELA|ACR}) asks whether the {SVB|ACR} can share "
          "aggregate data on A1 certificates issued for {Poland|PLACE} and {Ukraine|PLACE}. I told them we need "
          "to check with {DG Werk|ORG} first. [[Soufiane|PERSON]] thinks the {Wet SUWI|LAW} gives a basis, but I doubt it."),
    ("p", "Could you draft a short reply for staatssecretaris {Nijboer|PUBLIC}? The deadline is Friday.\n\n"
          "Best,\n[[Agnieszka|PERSON]]\n\n[[Agnieszka Kowalczyk|PERSON]]\n{Coordinating policy officer|FUNC} {International Affairs|ORG}\n"
          "{Ministry of Social Affairs and Employment|ORG}\nT [[+31 (0)70 333 4412|PHONE]] | M [[+31 6 2019 7745|PHONE]]"),
    ("break",),
    ("kv", [("From:", "[[Jan-Willem Brouwer|PERSON|Brouwer;Jan-Willem]] <[[jw.brouwer@svb.nl|EMAIL]]>"),
            ("Sent:", "Wednesday, {11 March 2026|DATE} 17:55"),
            ("To:", "[[a.kowalczyk@minszw.nl|EMAIL]]"),
            ("Subject:", "{SVB|ACR} question on A1 certificates / posted workers")]),
    ("p", "Dear Ms [[Kowalczyk|PERSON]],\n\nFollowing our call with [[Oksana Melnyk|PERSON]] of the {ELA|ACR} secretariat: "
          "we can produce the figures for 2024 and 2025 within two weeks, provided the ministry agrees. "
          "Please note that the {SVB|ACR} only holds data on persons insured in the {Netherlands|PLACE}.\n\n"
          "Kind regards,\n[[Jan-Willem Brouwer|PERSON]]\n{Team leader|FUNC} {Internationale Detachering|ORG}, {SVB|ACR} {Amstelveen|PLACE}\n"
          "[[020 656 53 09|PHONE]] (direct) - {020 656 56 56|SWITCH} (switchboard)"),
    ("small", "This e-mail may contain confidential information. {Ministerie van Sociale Zaken en Werkgelegenheid|ORG}, "
              "Parnassusplein 5, 2511 VX {Den Haag|PLACE}."),
])

# ------------------------------------------------------------------------------------------- 11
doc("soc11", "Teams-chat jeugdbescherming", [
    ("title", "Export Microsoft Teams - chat 'Crisisplaatsing Z.'"),
    ("small", "Geëxporteerd op {19-05-2026|DATE} door {Gecertificeerde Instelling Jeugdbescherming Brabant|ORG} ten behoeve van Woo-verzoek {2026-0311|CASE}"),
    ("table", ["Tijd", "Afzender", "Bericht"], [
        ["{06-05-2026|DATE} 08:12", "[[Mirjam Kuipers|PERSON]]", "Goedemorgen, de kinderrechter heeft vannacht een {ondertoezichtstelling|TERM} met spoedmachtiging uitgesproken voor [[Zoë|PERSON]]."],
        ["{06-05-2026|DATE} 08:15", "[[Hüseyin Aydın|PERSON]]", "Oké. Waar is ze nu? Nog bij de pleegouders in {Tilburg|PLACE}?"],
        ["{06-05-2026|DATE} 08:16", "[[Mirjam Kuipers|PERSON]]", "Ja, bij fam. [[Van den Heuvel|PERSON|Van den Heuvel]], [[Ringbaan-Oost 102, 5013 CD Tilburg|ADDRESS|Ringbaan-Oost 102;5013 CD]]. Moeder weet het adres niet, graag zo houden."],
        ["{06-05-2026|DATE} 08:20", "[[Hüseyin Aydın|PERSON]]", "Ik bel [[Mo|PERSON]] van het wijkteam. [[Mohamed|PERSON]], jouw nummer is nog [[06-2904 7718|PHONE]]?"],
        ["{06-05-2026|DATE} 08:22", "[[Mohamed Bouzerda|PERSON|Bouzerda]]", "Klopt. Ik zit tot 10 uur in overleg met {Raad voor de Kinderbescherming|ORG}, daarna bereikbaar."],
        ["{06-05-2026|DATE} 08:31", "[[Mirjam Kuipers|PERSON]]", "Vader ([[R. Mahabier|PERSON|Mahabier]]) heeft gebeld naar {Jeugdbescherming Brabant|ORG} algemeen. Hij is boos. [[Hüseyin|PERSON]], kun jij terugbellen? Zijn nummer: [[0031 6 4421 0983|PHONE]]."],
        ["{06-05-2026|DATE} 08:33", "[[Hüseyin Aydın|PERSON]]", "Doe ik na de MDO. Kan [[Sandra|PERSON]] van {Veilig Thuis|ORG} aansluiten?"],
        ["{06-05-2026|DATE} 08:40", "[[Sandra Meijer|PERSON|Meijer]]", "Ja, ik sluit aan. Mail me het raadsrapport even op [[sandra.meijer@vtbrabant.nl|EMAIL]]."],
    ], (1.5, 1.8, 5)),
    ("p", "Einde export. Deelnemers: [[Mirjam Kuipers|PERSON]] ({jeugdbeschermer|FUNC}), [[Hüseyin Aydın|PERSON]] ({gedragswetenschapper|FUNC}), "
          "[[Mohamed Bouzerda|PERSON]] ({wijkteammedewerker|FUNC} {Gemeente Tilburg|ORG}), [[Sandra Meijer|PERSON]] ({Veilig Thuis|ORG})."),
])

# ------------------------------------------------------------------------------------------- 12
doc("soc12", "Signal-export wethouder en ambtenaren", [
    ("title", "Signal - groep 'Opvang Oekraïners gemeente Amersfoort'"),
    ("small", "Export ten behoeve van Woo-besluit {2026/0187|CASE}. Tijden in CET."),
    ("pre", "[14-04-26 07:58] [[Gert-Jan Kok|PERSON|Kok;Gert-Jan]]: Morgen, in de {Oranjerie|ORG} zijn nog 14 bedden vrij.\n"
            "[14-04-26 08:02] [[Yasmina|PERSON]]: Top. Wethouder {Hofman|PUBLIC} wil om 9 uur een update.\n"
            "[14-04-26 08:03] [[Gert-Jan Kok|PERSON]]: Ik bel [[Taras|PERSON]] van de bewonerscommissie, [[+380 67 412 3390|PHONE]]\n"
            "[14-04-26 08:11] [[Yasmina El Khatib|PERSON|El Khatib]]: wethouder {Hofman|PUBLIC} belt zelf met de burgemeester\n"
            "[14-04-26 08:12] [[Yasmina El Khatib|PERSON]]: En [[GJ|INITIALS]], kun je de lijst van het {COA|ACR} doorsturen naar [[yasmina.elkhatib@amersfoort.nl|EMAIL]]?\n"
            "[14-04-26 08:30] [[Marco Schipper|PERSON]]: Gezin [[Shevchenko|PERSON]] (moeder + 3 kids) kan naar [[Leusderweg 61, 3811 NV Amersfoort|ADDRESS|Leusderweg 61;3811 NV]], gastgezin [[Mulder|PERSON]].\n"
            "[14-04-26 08:31] [[Marco Schipper|PERSON]]: Gastgezin heeft {Gemeentelijke Basisadministratie|ORG}-inschrijving al geregeld\n"
            "[14-04-26 08:45] [[Gert-Jan Kok|PERSON]]: 👍 Burgemeester {Bouwmeester|PUBLIC} komt om 11 uur langs op de locatie."),
    ("h", "Deelnemers"),
    ("table", ["Naam", "Rol", "Telefoon"], [
        ["[[Gert-Jan Kok|PERSON]]", "{locatiemanager opvang|FUNC}", "[[06 19 44 20 87|PHONE]]"],
        ["[[Yasmina El Khatib|PERSON]]", "{beleidsadviseur|FUNC} {Sociaal Domein|ORG}", "[[033-4695 120|PHONE]]"],
        ["[[Marco Schipper|PERSON]]", "{coördinator gastgezinnen|FUNC}", "[[06 5544 3012|PHONE]]"],
    ], (2, 3, 2)),
    ("p", "De wethouder en de burgemeester waren geen lid van de groep. Het {Klantcontactcentrum|ORG} is bereikbaar via {14 033|SWITCH}."),
])

# ------------------------------------------------------------------------------------------- 13
doc("soc13", "Verslag regio-overleg arbeidsmarkt en UWV", [
    ("title", "Verslag Regionaal Werkbedrijf Groningen - bestuurlijk overleg"),
    ("kv", [("Datum:", "{26 januari 2026|DATE}, 14.00-16.00 uur"), ("Locatie:", "{UWV WERKbedrijf|ORG}, Kempkensberg, {Groningen|PLACE}"),
            ("Aanwezig:", "wethouder {Mirjam Dekker-Wijnstra|PUBLIC} (voorzitter), [[Lieke Groningen|PERSON|Groningen;Lieke]] ({UWV|ACR}), "
                          "[[Hans Postma|PERSON]] ({SW-bedrijf Alescon|ORG}), [[Ayşe Kaya|PERSON]] ({Werkpad|ORG}), "
                          "[[Dennis Smit|PERSON]] (notulen)"),
            ("Afwezig:", "[[Frank Bakker|PERSON]] ({VNO-NCW Noord|ORG})")]),
    ("h", "1. Opening en mededelingen"),
    ("wrap", "Wethouder {Dekker-Wijnstra|PUBLIC} opent de vergadering. Zij meldt dat de {Kamerbrief|TERM} over de "
          "{Participatiewet in balans|PROG} op 20 januari is verschenen. Mevrouw [[Groningen|PERSON]] van het {UWV|ACR} vult aan\n"
          "dat de regionale cijfers van {Groningen|PLACE} en {Drenthe|PLACE} achterblijven; volgens [[Lieke|PERSON]] ligt dat aan de krappe\n"
          "doelgroepregistratie. [[Postma|PERSON]] vraagt of [[Ayşe|PERSON]] de cijfers van Werkpad wil toevoegen aan het dashboard."),
    ("h", "2. Banenafspraak"),
    ("wrap", "Het voorstel van [[Kaya|PERSON]] om werkgevers in {Delfzijl|PLACE} gericht te benaderen wordt overgenomen. [[Hans|PERSON]]\n"
          "wijst op het risico dat de {Praktijkroute|PROG} te weinig budget krijgt. [[Frank|PERSON]] heeft vooraf schriftelijk laten weten\n"
          "in te stemmen. Afgesproken wordt dat [[Dennis Smit|PERSON]] een overzicht maakt voor het volgende overleg, samen met\n"
          "[[Lieke Groningen|PERSON]] en haar collega [[Bauke van der\nVeen|PERSON|Veen;Bauke]]."),
    ("h", "3. Actielijst"),
    ("table", ["Nr", "Actie", "Wie", "Wanneer"], [
        ["1", "Dashboard banenafspraak aanvullen met cijfers {Werkpad|ORG}", "[[Ayşe Kaya|PERSON]]", "{16 februari 2026|DATE}"],
        ["2", "Werkgeversbenadering {Delfzijl|PLACE} uitwerken", "[[Kaya|PERSON]] / [[Postma|PERSON]]", "{2 maart 2026|DATE}"],
        ["3", "Overzicht {Praktijkroute|PROG}", "[[D. Smit|PERSON|D. Smit]]", "volgend overleg"],
        ["4", "Terugkoppeling naar {VNO-NCW Noord|ORG}", "[[F. Bakker|PERSON|F. Bakker]]", "{9 februari 2026|DATE}"],
    ], (0.5, 5, 2, 1.8)),
    ("small", "Secretariaat: {rwb-groningen@groningen.nl|MAILBOX}. Volgende vergadering: {23 maart 2026|DATE}."),
], twocol=False)

# ------------------------------------------------------------------------------------------- 14
doc("soc14", "Beslisnota OCW leraren passend onderwijs", [
    ("kv", [("Aan:", "de {minister van Onderwijs, Cultuur en Wetenschap|FUNC}"),
            ("Van:", "[[drs. E.M. (Els) Prins|PERSON|Prins;Els]], {directie Primair Onderwijs|ORG}"),
            ("Datum:", "{2 april 2026|DATE}"), ("Kenmerk:", "{OCW/PO-2026-5541102|CASE}"),
            ("Kopie aan:", "{SG|ACR}, {DG Funderend Onderwijs|ORG}"),
            ("Contactpersoon:", "[[Ricardo Martina|PERSON]], T [[06 41 90 27 35|PHONE]], [[r.martina@minocw.nl|EMAIL]]")]),
    ("title", "Beslisnota Subsidieregeling extra ondersteuning passend onderwijs"),
    ("h", "Aanleiding"),
    ("p", "In het commissiedebat van 11 maart 2026 heeft minister {Brandsma|PUBLIC} toegezegd vóór de zomer met een "
          "voorstel te komen. Kamerlid {Van der Steeg|PUBLIC} (BBB) vroeg naar de positie van kleine scholen in "
          "{Friesland|PLACE}."),
    ("h", "Geadviseerd besluit"),
    ("p", "Aan de minister wordt gevraagd in te stemmen met de {Subsidieregeling extra ondersteuning|PROG} ({€ 45 miljoen|AMOUNT}) "
          "en met de bijgevoegde brief aan de {PO-Raad|ORG}."),
    ("h", "Kern"),
    ("p", "[[Martina|PERSON]] heeft met de {Inspectie van het Onderwijs|ORG} en met [[Femke Hoekstra|PERSON]] van {DUO|ACR} afgestemd over de "
          "uitvoerbaarheid. [[Hoekstra|PERSON]]'s inschatting is dat {DUO|ACR} de regeling vanaf 1 januari 2027 kan uitvoeren. "
          "[[Els|PERSON]] en [[Ricardo|PERSON]] adviseren de regeling te beperken tot scholen met minder dan 100 leerlingen."),
    ("h", "Paraafroute"),
    ("table", ["Naam", "Functie", "Paraaf", "Datum"], [
        ["[[R. Martina|PERSON|R. Martina]]", "{beleidsmedewerker|FUNC}", "[[RMa|INITIALS]]", "{2-4-2026|DATE}"],
        ["[[E.M. Prins|PERSON|E.M. Prins]]", "{directeur Primair Onderwijs|FUNC}", "[[EMP|INITIALS]]", "{3-4-2026|DATE}"],
        ["[[K. Tuinstra|PERSON|Tuinstra]]", "{plv. DG Funderend Onderwijs|FUNC}", "[[KT|INITIALS]]", "{7-4-2026|DATE}"],
    ], (2, 3.2, 1, 1.2)),
    MOTIV,
    ("p", "Motivering: [nog in te vullen]"),
])

# ------------------------------------------------------------------------------------------- 15
doc("soc15", "Antwoorden Kamervragen jeugdzorg", [
    ("title", "Antwoorden op Kamervragen van het lid Hoogendijk over wachtlijsten jeugd-ggz"),
    ("kv", [("Kenmerk", "{2026Z04417|CASE}"), ("Datum", "{17 april 2026|DATE}")]),
    ("p", "Antwoorden van staatssecretaris {Oudeman|PUBLIC} (Jeugd, Preventie en Sport), mede namens minister {Roelofsen|PUBLIC} "
          "van Sociale Zaken en Werkgelegenheid, op vragen van het lid {Hoogendijk|PUBLIC} (ChristenUnie) over wachtlijsten in de "
          "{jeugd-ggz|TERM} (ingezonden 3 maart 2026)."),
    ("h", "Vraag 1"),
    ("p", "Bent u bekend met het bericht 'Twee jaar wachten op behandeling' in het {Nederlands Dagblad|ORG}?"),
    ("h", "Antwoord 1"),
    ("p", "Ja. In het bericht vertelt een moeder uit {Ede|PLACE} over haar dochter. Ik ga in deze antwoorden niet in op de "
          "individuele situatie. Wel heb ik de {Jeugdautoriteit|ORG} gevraagd de wachttijden in de regio {Foodvalley|PLACE} te onderzoeken."),
    ("h", "Vraag 2 en 3"),
    ("p", "Hoeveel jeugdigen staan langer dan de {Treeknorm|TERM} op een wachtlijst?"),
    ("h", "Antwoord 2 en 3"),
    ("p", "Volgens het {CBS|ACR} ontvingen in 2025 circa 480.000 jeugdigen {jeugdhulp|TERM}. Landelijke wachtlijstcijfers zijn "
          "er niet; de {Jeugdautoriteit|ORG} werkt met regio's aan een monitor. Het lid {Hoogendijk|PUBLIC} verwijst naar een rapport "
          "van {Zorgbelang Gelderland|ORG}; dat rapport is opgesteld door [[Wendy Bosman|PERSON]] en [[Rachid Amrani|PERSON]] "
          "en ik stuur het u toe als bijlage."),
    ("break",),
    ("h", "Vraag 4"),
    ("p", "Bent u bereid in gesprek te gaan met de {VNG|ACR}?"),
    ("h", "Antwoord 4"),
    ("p", "Ja. Op 24 april spreek ik met wethouder {Kuiper|PUBLIC} namens de {VNG|ACR}. Ambtelijk contactpersoon bij {VWS|ACR} is "
          "[[Sanne Dijkman|PERSON]] ([[s.dijkman@minvws.nl|EMAIL]]); zij stemt de agenda af met [[Bosman|PERSON]]."),
    ("small", "Aanhangsel Handelingen. {Tweede Kamer der Staten-Generaal|ORG}, vergaderjaar 2025-2026."),
])

# ------------------------------------------------------------------------------------------- 16
doc("soc16", "Woo-besluit SZW kinderopvangtoeslag signalen", [
    ("p", "{Ministerie van Sociale Zaken en Werkgelegenheid|ORG}\n> Retouradres Postbus 90801 2509 LV {Den Haag|PLACE}"),
    ("p", "[[De heer K.R. Ramsaran|PERSON|Ramsaran]]\n[[Hoefkade 388, 2526 BV Den Haag|ADDRESS]]"),
    ("kv", [("Datum", "{9 juli 2026|DATE}"), ("Onze referentie", "{SZW-2026-0000188412|CASE}"),
            ("Betreft", "Besluit op uw Woo-verzoek")]),
    ("p", "Geachte heer [[Ramsaran|PERSON]],\n\nIn uw verzoek van {2 april 2026|DATE} vraagt u op grond van de {Wet open overheid|LAW} "
          "({Woo|ACR}) om documenten over signalen van ouders aan het ministerie over de {kinderopvangtoeslag|PROG}. "
          "Ik maak de documenten deels openbaar. In de documenten zijn de namen en contactgegevens van ambtenaren en van "
          "ouders weggelakt op grond van artikel {5.1, tweede lid, aanhef en onder e|LAW}, van de {Woo|ACR}."),
    ("break",),
    ("h", "Inventarislijst"),
    ("table", ["Nr", "Document", "Datum", "Beoordeling", "5.1.2e", "Opmerking"], [
        ["1", "E-mail [[Liesbeth Koster|PERSON]] aan {UHT|ACR}", "{12-01-2021|DATE}", "deels openbaar", "x", ""],
        ["2", "Nota aan minister {Lodewijks|PUBLIC}", "{03-02-2021|DATE}", "deels openbaar", "x", "al openbaar"],
        ["3", "Brief ouder ([[mevrouw Saïda Mansouri|PERSON|Mansouri;Saïda]])", "{17-03-2021|DATE}", "deels openbaar", "x", ""],
        ["4", "Verslag overleg {Belastingdienst/Toeslagen|ORG}", "{22-03-2021|DATE}", "openbaar", "", ""],
        ["5", "Whatsapp [[P. Hart|PERSON|P. Hart]] - [[Lies|PERSON]]", "{02-04-2021|DATE}", "deels openbaar", "x", ""],
        ["6", "Memo {Landsadvocaat|ORG}", "{19-04-2021|DATE}", "niet openbaar", "", "5.1.2e n.v.t.; 5.1.1c"],
    ], (0.5, 3.6, 1.3, 1.5, 0.8, 1.6)),
    ("p", "Mevrouw [[Mansouri|PERSON]] heeft bij de zienswijze laten weten geen bezwaar te hebben tegen openbaarmaking van haar "
          "brief, mits haar naam en adres ([[Vaillantlaan 210, 2526 HM Den Haag|ADDRESS|Vaillantlaan 210;2526 HM]]) worden weggelakt."),
    ("p", "Vragen over dit besluit kunt u stellen via {woo@minszw.nl|MAILBOX}. Behandelend ambtenaar: [[Noor Vermeulen|PERSON]].\n\n"
          "De {minister van Sociale Zaken en Werkgelegenheid|FUNC},\nnamens deze,\n\n[[mr. drs. B. Groenewegen|PERSON|Groenewegen]]\n{directeur Wetgeving en Juridische Zaken|FUNC}"),
])

# ------------------------------------------------------------------------------------------- 17
doc("soc17", "Klachtrapportage gemeente Leeuwarden", [
    ("title", "Rapport klachtbehandeling {Gemeente Leeuwarden|ORG}"),
    ("kv", [("Klachtnummer:", "{KL-2026-00562|CASE}"), ("Ingediend:", "{14 mei 2026|DATE}"),
            ("Klaagster:", "[[mevrouw Sjoukje Bergsma|PERSON|Bergsma;Sjoukje]]"),
            ("Klachtbehandelaar:", "[[Rutger Visser|PERSON]], {klachtencoördinator|FUNC}")]),
    ("h", "De klacht"),
    ("p", "Mevrouw [[Bergsma|PERSON]] klaagt over de manier waarop de {WIJ-teams|ORG} van {Sociaal Domein Fryslân|ORG} "
          "haar aanvraag voor schuldhulp hebben behandeld. Zij zegt dat haar contactpersoon, [[Dewi Sutanto|PERSON]], "
          "vier weken niet reageerde op haar e-mails en dat zij uiteindelijk via de {Nationale ombudsman|ORG} contact zocht."),
    ("h", "Hoor en wederhoor"),
    ("p", "Op 3 juni sprak [[Visser|PERSON]] met klaagster en haar buurvrouw [[Trees Kooistra|PERSON]], die als "
          "vertrouwenspersoon aanwezig was. Daarna sprak hij met [[Dewi|PERSON]] en met teamleider [[Jelmer Wit|PERSON]]. "
          "[[Sutanto|PERSON]] erkent dat de mails in een gedeelde mailbox ({schuldhulp@leeuwarden.nl|MAILBOX}) zijn blijven liggen "
          "tijdens haar ziekteverlof. [[Wit|PERSON]] heeft de werkwijze inmiddels aangepast."),
    ("h", "Oordeel"),
    ("p", "De klacht is gegrond. Het college heeft de gedraging getoetst aan de {behoorlijkheidsnormen|TERM} van de "
          "{Nationale ombudsman|ORG}, in het bijzonder de norm 'voortvarendheid'. De afdeling biedt excuses aan en vergoedt "
          "de incassokosten van {€ 148,00|AMOUNT} op rekening [[@IBAN:TRIO:17@|IBAN]]."),
    ("h", "Aanbevelingen"),
    ("p", "1. Gedeelde mailboxen dagelijks controleren; 2. bij afwezigheid een vervanger aanwijzen; 3. klaagster "
          "binnen een week een nieuwe contactpersoon geven."),
    ("p", "Wethouder {Hinke Terpstra|PUBLIC} is op 20 juni geïnformeerd."),
    ("p", "Klaagster is bereikbaar op [[Tweebaksmarkt 27-2, 8911 KW Leeuwarden|ADDRESS|Tweebaksmarkt 27-2;8911 KW]] en "
          "[[058 - 213 44 90|PHONE]]. De gemeente is bereikbaar via {14 058|SWITCH}."),
    ("h", "Reactie klaagster"),
    ("p", "Mevrouw [[Bergsma|PERSON]] heeft op 24 juni laten weten dat zij tevreden is met de excuses. Zij vraagt wel of haar "
          "nieuwe contactpersoon, [[Anouk de Vries|PERSON|Vries;Anouk]], ook de afspraken met {Kredietbank Nederland|ORG} overneemt. "
          "Teamleider [[Wit|PERSON]] heeft dat bevestigd. [[Anouk|PERSON]] belt klaagster elke twee weken."),
    ("h", "Leerpunten voor de organisatie"),
    ("p", "Uit dit dossier en twee eerdere klachten ({KL-2025-01188|CASE} en {KL-2026-00107|CASE}) blijkt dat gedeelde mailboxen "
          "een risico vormen als één medewerker uitvalt. De {WIJ-teams|ORG} gaan daarom werken met een dagelijkse "
          "verdeling van binnengekomen berichten. De coördinator, [[Jelle Schaafsma|PERSON]], rapporteert elk kwartaal aan het "
          "managementteam {Sociaal Domein|ORG}."),
    ("p", "Ook is afgesproken dat [[Dewi|PERSON]] na haar terugkeer een gesprek heeft met haar leidinggevende over de "
          "overdracht bij verlof. Dit verslag is met instemming van [[Sutanto|PERSON]] op dit punt aangevuld."),
    ("p", "De {Nationale ombudsman|ORG} heeft het dossier gesloten nadat de gemeente de klacht zelf had afgehandeld. "
          "Klaagster kan zich opnieuw tot de ombudsman wenden als zij het niet eens is met dit rapport."),
    ("small", "Afgehandeld op grond van hoofdstuk 9 {Algemene wet bestuursrecht|LAW}. Opgesteld: [[RV|INITIALS]] / {26 juni 2026|DATE}."),
], twocol=True)

# ------------------------------------------------------------------------------------------- 18
doc("soc18", "Subsidiebesluit zzp'er Regeling praktijkleren", [
    ("p", "{Rijksdienst voor Ondernemend Nederland|ORG} ({RVO|ACR})\nnamens de {minister van Onderwijs, Cultuur en Wetenschap|FUNC}"),
    ("p", "[[Kapsalon Ebru Yılmaz|PERSON|Kapsalon Ebru Yılmaz]]\nt.a.v. [[mevrouw E. Yılmaz|PERSON|Yılmaz]]\n[[Bergweg 312, 3036 BE Rotterdam|ADDRESS|Bergweg 312;3036 BE]]"),
    ("kv", [("Datum:", "{18 september 2026|DATE}"), ("Projectnummer:", "{PRL-26-09174|CASE}"),
            ("KvK-nummer eenmanszaak:", "74018822")]),
    ("title", "Besluit vaststelling subsidie {Subsidieregeling praktijkleren|PROG} 2025-2026"),
    ("p", "Geachte mevrouw [[Yılmaz|PERSON]],\n\nU hebt subsidie aangevraagd voor het begeleiden van een leerling-kapper "
          "(niveau 2, {mbo|ACR}) in uw eenmanszaak [[Kapsalon Ebru Yılmaz|PERSON]]. Wij stellen de subsidie vast op "
          "{€ 2.700,00|AMOUNT}. Het bedrag wordt binnen tien werkdagen overgemaakt op [[@IBAN:ABNA:18@|IBAN]]."),
    ("p", "Ter vergelijking: aan de besloten vennootschap {Haarstudio Zuid B.V.|ORG} ({KvK 24355071|KVK}) is voor hetzelfde "
          "leerbedrijf in {Rotterdam|PLACE}-Zuid eerder een subsidie toegekend. Ook [[Loodgietersbedrijf R. Jagesar|PERSON|Jagesar]], "
          "eenmanszaak van [[Ravi Jagesar|PERSON|Ravi]], ontving dit jaar subsidie."),
    ("h", "Toelichting"),
    ("p", "De erkenning als leerbedrijf door {SBB|ACR} ({Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven|ORG}) "
          "is gecontroleerd. Uw BSN ([[@BSN:18@|BSN]]) hebben wij alleen gebruikt voor de controle in het {Handelsregister|ORG}."),
    ("p", "Vragen? Bel {088 042 42 42|SWITCH} (RVO, algemeen nummer) of mail uw adviseur [[Emre Demir|PERSON]] via "
          "[[emre.demir@rvo.nl|EMAIL]]; direct [[088-6024915|PHONE]].\n\nMet vriendelijke groet,\n\n[[E. Demir|PERSON|E. Demir]]\n{adviseur subsidies|FUNC}"),
])

# ------------------------------------------------------------------------------------------- 19
doc("soc19", "Contactlijst zorg- en veiligheidsregio", [
    ("title", "Contactlijst Zorg- en Veiligheidshuis {Zeeland|PLACE} - peildatum {1 maart 2026|DATE}"),
    ("p", "Deze lijst is bedoeld voor ketenpartners. Algemeen nummer Zorg- en Veiligheidshuis: {0118 - 43 70 00|SWITCH}; "
          "functionele mailbox {zvh@zeeland.nl|MAILBOX}."),
    ("table", ["Naam", "Organisatie", "Functie", "E-mail", "Telefoon"], [
        ["[[Anja de Kam|PERSON|Kam;Anja]]", "{Zorg- en Veiligheidshuis|ORG}", "{procesregisseur|FUNC}", "[[a.dekam@zvhzeeland.nl|EMAIL]]", "[[06-23 41 88 01|PHONE]]"],
        ["[[Marco Wisse|PERSON]]", "{Reclassering Nederland|ORG}", "{toezichthouder|FUNC}", "[[m.wisse@reclassering.nl|EMAIL]]", "[[0118 - 62 40 55|PHONE]]"],
        ["[[Fenna Koster|PERSON]]", "{GGZ Westelijk Noord-Brabant|ORG}", "{SPV|ACR}", "[[fenna.koster@ggzwnb.nl|EMAIL]]", "[[06 1290 5573|PHONE]]"],
        ["[[Abdi Tesfay|PERSON]]", "{Gemeente Middelburg|ORG}", "{casusregisseur|FUNC}", "[[a.tesfay@middelburg.nl|EMAIL]]", "[[+31 118 675 402|PHONE]]"],
        ["[[Pieternel Joosse|PERSON]]", "{Politie Zeeland-West-Brabant|ORG}", "{wijkagent|FUNC}", "[[pieternel.joosse@politie.nl|EMAIL]]", "[[06 - 4618 2270|PHONE]]"],
        ["[[Johan de Groot|PERSON|Groot;Johan]]", "{Openbaar Ministerie|ORG}", "{officier van justitie|FUNC}", "[[j.de.groot@om.nl|EMAIL]]", "[[088-6991822|PHONE]]"],
        ["[[Mariska Vlieger|PERSON]]", "{Emergis|ORG}", "{psychiater|FUNC}", "[[m.vlieger@emergis.nl|EMAIL]]", "[[0113-267 000|PHONE]]"],
        ["{Servicedesk|ORG}", "{Emergis|ORG}", "algemeen", "{info@emergis.nl|MAILBOX}", "{0113 - 26 70 00|SWITCH}"],
    ], (2, 2.6, 2, 3.4, 2.1)),
    ("p", "Wijzigingen doorgeven aan [[Anja|PERSON]] of aan het secretariaat. Burgemeester {Bergmann|PUBLIC} (voorzitter stuurgroep) "
          "ontvangt deze lijst niet."),
])

# ------------------------------------------------------------------------------------------- 20
doc("soc20", "Memo evaluatie jeugdhulp regio Twente", [
    ("title", "Memo: evaluatie inkoop jeugdhulp {Twente|PLACE} 2025"),
    ("kv", [("Aan:", "{stuurgroep Jeugd Twente|ORG}"), ("Van:", "[[Karin ten Hove|PERSON|Hove;Karin]], {OZJT|ACR}"),
            ("Datum:", "{10 februari 2026|DATE}")]),
    ("wrap", "Dit memo vat de gesprekken samen die wij in januari voerden. [[Jansens|PERSON]] voorstel om de {resultaatgerichte\n"
          "bekostiging|TERM} los te laten kreeg brede steun. [[Anton Jansen|PERSON|Jansen;Anton]] van {Karakter|ORG} wees erop dat {Enschede|PLACE} en\n"
          "{Hengelo|PLACE} verschillende tarieven hanteren. Volgens [[Gülşen|PERSON]] (van de {Jeugdbescherming Overijssel|ORG}) leidt dat\n"
          "tot wachttijden, omdat aanbieders liever in {Enschede|PLACE} werken. [[Bram Oude\nMaatman|PERSON|Oude Maatman;Bram]] stelde voor de tarieven te harmoniseren."),
    ("wrap", "[[Oude Maatman|PERSON]] en [[Gülşen Arslan-Yavuz|PERSON|Arslan-Yavuz]] hebben daarna een rekenmodel gemaakt. Het model\n"
          "is besproken met [[Joke|PERSON]] en [[Rik|PERSON]] van {Financiën|ORG}; zij noemen het 'werkbaar'. [[Rikkie|PERSON]] (zo noemt\n"
          "iedereen [[Rik Meulenbelt|PERSON|Meulenbelt]]) vroeg wel om een gevoeligheidsanalyse. Het team van [[mevrouw Arslan-\nYavuz|PERSON|Arslan-Yavuz]] werkt die uit."),
    ("h", "Advies"),
    ("p", "Wij adviseren de stuurgroep in te stemmen met een uniform tarief per 1 januari 2027."),
    ("p", "Wethouder {Bron|PUBLIC} van {Enschede|PLACE} "
          "heeft al laten weten voorstander te zijn; wethouder {Gerritsen|PUBLIC} van {Hengelo|PLACE} wil eerst de analyse zien."),
    ("p", "Vragen over dit memo: [[karin.tenhove@ozjt.nl|EMAIL]] of [[053 - 481 20 06|PHONE]]. Algemeen: {info@ozjt.nl|MAILBOX}."),
    ("p", "[[KtH|INITIALS]]"),
])

# ------------------------------------------------------------------------------------------- 21
doc("soc21", "Verslag hoorzitting UWV WIA", [
    ("title", "Verslag hoorzitting bezwaar WIA"),
    ("kv", [("Zaak:", "{BZ-WIA-2026-17730|CASE}"), ("Datum hoorzitting:", "{3 november 2026|DATE}, {UWV|ACR} {Eindhoven|PLACE}"),
            ("Bezwaarmaker:", "[[de heer Gerrit-Jan Schouten|PERSON|Schouten;Gerrit-Jan]], geboren [[21 juli 1969|DOB]]"),
            ("Gemachtigde:", "[[mr. L. Tan|PERSON|Tan]], {Achmea Rechtsbijstand|ORG}"),
            ("Namens UWV:", "[[M. Ouwerkerk|PERSON|Ouwerkerk]] ({bezwaarjurist|FUNC}), [[dr. F. Rahimi|PERSON|Rahimi]] ({verzekeringsarts B&B|FUNC})")]),
    ("h", "Standpunt bezwaarmaker"),
    ("p", "De heer [[Schouten|PERSON]] stelt dat hij door zijn hartklachten niet meer dan vier uur per dag kan werken. "
          "De primaire verzekeringsarts, [[Bakker|PERSON]], heeft volgens hem de informatie van zijn cardioloog in het "
          "{Catharina Ziekenhuis|ORG} niet meegewogen. [[Mr. Tan|PERSON]] legt een brief over van de cardioloog [[dr. A.P. Çelik|PERSON|Çelik]] "
          "van 12 oktober 2026."),
    ("h", "Reactie UWV"),
    ("p", "[[Rahimi|PERSON]] zal de brief bestuderen en zo nodig contact opnemen met [[Çelik|PERSON]] via het ziekenhuis "
          "({040 - 239 91 11|SWITCH}, algemeen). [[Ouwerkerk|PERSON]] wijst erop dat de {arbeidsdeskundige|FUNC} "
          "[[Joyce Maas|PERSON]] zeven functies heeft geselecteerd uit het {CBBS|ACR}."),
    ("h", "Afspraken"),
    ("table", ["Actie", "Wie", "Wanneer"], [
        ["Medische informatie opvragen bij cardioloog", "[[F. Rahimi|PERSON|F. Rahimi]]", "{17 november 2026|DATE}"],
        ["Nader rapport arbeidsdeskundige", "[[J. Maas|PERSON|J. Maas]]", "na medisch rapport"],
        ["Beslissing op bezwaar", "[[M. Ouwerkerk|PERSON]]", "uiterlijk {15 december 2026|DATE}"],
    ], (4, 2, 2)),
    ("p", "Correspondentieadres bezwaarmaker: [[Kerkakkers 14, 5591 BK Heeze|ADDRESS]]. Telefoon [[040-2263871|PHONE]]. "
          "BSN [[@BSN:21@|BSN]].\nDe gemachtigde is bereikbaar op [[l.tan@achmea.nl|EMAIL]]."),
])

# ------------------------------------------------------------------------------------------- 22
doc("soc22", "SVB besluit persoonsgebonden budget", [
    ("p", "{Sociale Verzekeringsbank|ORG}, {Servicecentrum PGB|ORG}\nPostbus 8041, 3503 RA {Utrecht|PLACE}"),
    ("p", "[[Mevrouw W.J. Sitaldin-Ramautar|PERSON|Sitaldin-Ramautar]]\n[[Kanaalweg 80 bis, 3526 KM Utrecht|ADDRESS|Kanaalweg 80 bis;3526 KM]]"),
    ("kv", [("Datum", "{24 februari 2026|DATE}"), ("Budgethoudernummer", "{PGB-118820-04|CASE}"),
            ("Burgerservicenummer budgethouder", "[[@BSN:22@|BSN]]")]),
    ("title", "Wij keuren de zorgovereenkomst met uw zorgverlener goed"),
    ("p", "Geachte mevrouw [[Sitaldin-Ramautar|PERSON]],\n\nU hebt een {pgb|ACR} vanuit de {Wet langdurige zorg|LAW} ({Wlz|ACR}). "
          "Op 10 februari 2026 hebben wij de zorgovereenkomst ontvangen met uw zorgverlener, de heer [[Dinesh Ramautar|PERSON|Dinesh]] "
          "(uw broer). Het zorgkantoor {Zilveren Kruis|ORG} heeft de overeenkomst beoordeeld en goedgekeurd."),
    ("table", ["Zorgverlener", "Geboortedatum", "Uurtarief", "Ingangsdatum", "Rekeningnummer"], [
        ["[[D. Ramautar|PERSON|Ramautar]]", "[[08-03-1979|DOB]]", "{€ 26,50|AMOUNT}", "{1 maart 2026|DATE}", "[[@IBAN:RABO:22@|IBAN]]"],
        ["{Thuiszorg Het Zonnehuis B.V.|ORG}", "-", "{€ 58,40|AMOUNT}", "{1 maart 2026|DATE}", "via factuur"],
    ], (2.4, 1.6, 1.2, 1.6, 2.6)),
    ("p", "Wij betalen de zorgverleners rechtstreeks uit uw budget. U ziet de betalingen in {Mijn PGB|PROG}. Uw "
          "budgetbeheerder, mevrouw [[Anita Kromosoeto|PERSON]], ontvangt een kopie van deze brief op "
          "[[Lange Nieuwstraat 9, 3512 PA Utrecht|ADDRESS]]."),
    ("p", "Vragen? Bel {030 - 264 82 00|SWITCH} (Servicecentrum PGB). Met vriendelijke groet,\n\n[[Jeroen Prins|PERSON]]\n{teamleider|FUNC} {Servicecentrum PGB|ORG}"),
])

# ------------------------------------------------------------------------------------------- 23
doc("soc23", "Verslag MDO CJG Almere", [
    ("title", "Verslag multidisciplinair overleg (MDO) gezin [[Mohammed|PERSON|Mohammed]]"),
    ("kv", [("Datum:", "{28 oktober 2026|DATE}"), ("Dossier:", "{CJG-ALM-2026-3320|CASE}"),
            ("Aanwezig:", "[[Hanneke Schouwstra|PERSON]] ({CJG Almere|ORG}), [[Eyerusalem Haile|PERSON]] ({Vluchtelingenwerk Flevoland|ORG}), "
                          "[[Bas de Wit|PERSON|Bas]] ({leerplichtambtenaar|FUNC}), moeder [[Semhar Mohammed|PERSON|Semhar]], tolk Tigrinya"),
            ("Gezinsleden:", "[[Semhar Mohammed|PERSON]] (moeder, [[geb. 1 januari 1990|DOB|1 januari 1990]]), [[Yonas|PERSON]] (14), [[Selam|PERSON]] (9)")]),
    ("h", "Bespreekpunten"),
    ("p", "[[Yonas|PERSON]] is sinds september niet meer op school geweest. Leerplichtambtenaar [[De Wit|PERSON|De Wit]] heeft het gezin "
          "drie keer bezocht op [[Wierdijk 12, 1351 JN Almere|ADDRESS|Wierdijk 12;1351 JN]]. Moeder vertelt via de tolk dat "
          "[[Yonas|PERSON]] 's nachts niet slaapt sinds de reis via {Libië|PLACE}. [[Eyerusalem|PERSON]] heeft een aanmelding bij "
          "{i-psy|ORG} voorbereid; de huisarts, [[dokter Van Vliet|PERSON|Vliet]], moet nog verwijzen."),
    ("p", "[[Hanneke|PERSON]] bespreekt de {Nieuwkomersvoorziening|PROG} van {Het Baken|ORG}. Mevrouw [[Mohammed|PERSON]] wil graag dat "
          "[[Selam|PERSON]] op dezelfde school blijft. Het {COA|ACR} is niet meer betrokken sinds de huisvesting in {Almere|PLACE}."),
    ("h", "Actie / Wie / Wanneer"),
    ("table", ["Actie", "Wie", "Wanneer"], [
        ["Verwijzing {jeugd-ggz|TERM} via huisarts", "[[Eyerusalem Haile|PERSON]]", "{4 november 2026|DATE}"],
        ["Plaatsing {Het Baken|ORG} bespreken met school", "[[B. de Wit|PERSON|B. de Wit]]", "{11 november 2026|DATE}"],
        ["Gezinscoach inzetten ({Wijkteam Almere Haven|ORG})", "[[H. Schouwstra|PERSON|H. Schouwstra]]", "direct"],
    ], (4, 2.2, 2)),
    ("p", "Contact CJG: {088 - 7733 000|SWITCH}. [[Hanneke|PERSON]] direct: [[06 21 90 38 47|PHONE]] / [[h.schouwstra@cjgalmere.nl|EMAIL]]."),
])

# ------------------------------------------------------------------------------------------- 24
doc("soc24", "Raadsinformatiebrief Wmo-vervoer", [
    ("title", "Raadsinformatiebrief: problemen Wmo-vervoer na aanbesteding"),
    ("kv", [("Gemeente:", "{Gemeente Apeldoorn|ORG}"), ("Portefeuillehouder:", "\nwethouder {Gerben Oosterhof|PUBLIC}"),
            ("Datum:", "{6 mei 2026|DATE}"), ("Nummer:", "{RIB-2026-041|CASE}")]),
    ("p", "Geachte leden van de raad,\n\nSinds 1 april 2026 verzorgt {Taxi Pouw|ORG} het {Wmo-vervoer|PROG} in {Apeldoorn|PLACE}, "
          "{Epe|PLACE} en {Voorst|PLACE}. In de eerste weken kwamen 212 klachten binnen, vooral over te late ritten. Het college betreurt dat."),
    ("p", "Wethouder {Oosterhof|PUBLIC} heeft op 22 april met de directie van de vervoerder gesproken. Ook sprak hij met leden "
          "van de {Adviesraad Sociaal Domein|ORG}. Een van hen, [[mevrouw Hennie Kroeze|PERSON|Kroeze;Hennie]], vertelde dat zij twee keer "
          "haar dialysebehandeling in {Gelre ziekenhuizen|ORG} miste. Wij vinden dat onacceptabel."),
    ("p", "De klachten worden behandeld door het {Meldpunt Wmo-vervoer|ORG} ({0800 - 0225 555|SWITCH}). De ambtelijk "
          "projectleider is [[Stefan Hulshof|PERSON]]; hij rapporteert wekelijks aan de wethouder. In de bijlage vindt u het "
          "klachtenoverzicht; daarin zijn de namen van reizigers weggelaten, behalve die van [[de heer Bertus Klein Gunnewiek|PERSON|Klein Gunnewiek;Bertus]], "
          "die zelf met zijn klacht naar de {Stentor|ORG} is gestapt."),
    ("h", "Vervolg"),
    ("p", "Het college verwacht in juni een verbeterplan. Burgemeester {Arend van Harten|PUBLIC} en de wethouder informeren u voor "
          "het zomerreces. Contact griffie: {griffie@apeldoorn.nl|MAILBOX}.\n\nHet college van burgemeester en wethouders van Apeldoorn"),
    ("small", "Ambtelijk contact: [[s.hulshof@apeldoorn.nl|EMAIL]], [[055 - 580 13 62|PHONE]]."),
], twocol=True)

# ------------------------------------------------------------------------------------------- 25
doc("soc25", "IGJ e-mail calamiteitenmelding", [
    ("kv", [("Van:", "[[Meulman, Ingrid|PERSON|Meulman;Ingrid]] <[[i.meulman@igj.nl|EMAIL]]>"),
            ("Verzonden:", "vrijdag {20 maart 2026|DATE} 11:04"),
            ("Aan:", "{meldingen@igj.nl|MAILBOX}; [[Hakimi, Ilham|PERSON|Hakimi;Ilham]]"),
            ("Onderwerp:", "Calamiteit {Jeugdzorginstelling De Sprong|ORG} - melding {IGJ-M-2026-22041|CASE}")]),
    ("p", "Beste [[Ilham|PERSON]],\n\nVanochtend meldde de bestuurder van {Stichting De Sprong|ORG} ({KvK 30227788|KVK}) een calamiteit op "
          "de gesloten groep in {Amersfoort|PLACE}. Een jongere van 15 is op 18 maart gewond geraakt bij een separatie. "
          "Betrokken medewerkers zijn groepsleider [[Kees Baas|PERSON]] en {pedagogisch medewerker|FUNC} [[Rowena Lopes|PERSON]]. "
          "De gedragswetenschapper, [[drs. Marleen Hart-Hendriks|PERSON|Hart-Hendriks;Marleen]], heeft de maatregel geaccordeerd."),
    ("p", "De moeder van de jongere, mevrouw [[Nathalie Koning|PERSON]], heeft ons rechtstreeks gebeld op de lijn van het "
          "{Landelijk Meldpunt Zorg|ORG} ({088 - 120 50 00|SWITCH}). Zij wil een gesprek. Haar nummer: [[06-83 42 91 17|PHONE]]; "
          "adres [[Soestdijkerweg 40, 3817 CA Amersfoort|ADDRESS|Soestdijkerweg 40;3817 CA]]."),
    ("p", "Ik stel voor dat [[Hakimi|PERSON]] en ik maandag een onaangekondigd bezoek brengen. Zie ook de eerdere "
          "{Wet verplichte ggz|LAW}-melding over dezelfde groep ({dossier IGJ-2025-11870|CASE}).\n\nGroet,\n[[Ingrid|PERSON]]\n\n"
          "[[Ingrid Meulman|PERSON]]\n{senior inspecteur|FUNC} {Jeugd|ORG}, {Inspectie Gezondheidszorg en Jeugd|ORG}\n"
          "Postbus 2518 | 6401 DA {Heerlen|PLACE}\nM [[+31 (0)6 1177 4290|PHONE]]"),
    ("kv", [("-----Oorspronkelijk bericht-----", ""), ("Van:", "[[Koning, N.|PERSON|Koning]] <[[nathalie.koning1982@gmail.com|EMAIL]]>"),
            ("Verzonden:", "donderdag {19 maart 2026|DATE} 22:47"), ("Aan:", "{meldingen@igj.nl|MAILBOX}"),
            ("Onderwerp:", "mijn zoon [[Dani|PERSON]]")]),
    ("p", "Geachte inspectie, mijn zoon [[Dani|PERSON]] is gisteren gewond geraakt bij {De Sprong|ORG}. Ik wil weten wat daar is gebeurd. "
          "Groet, [[N. Koning|PERSON|N. Koning]]"),
])

# ------------------------------------------------------------------------------------------- 26
doc("soc26", "Interne notitie DUO controle uitwonendenbeurs", [
    ("title", "Notitie: huisbezoeken controle uitwonendenbeurs, cluster {Rotterdam|PLACE}-Noord"),
    ("kv", [("Van:", "[[Wouter Brouwer|PERSON]], {Team Handhaving|ORG} {DUO|ACR}"), ("Aan:", "[[Femke van Dijk|PERSON|Dijk;Femke]], {teamleider|FUNC}"),
            ("Datum:", "{30 september 2026|DATE}"), ("Kenmerk:", "{HH-2026-RN-0144|CASE}")]),
    ("wrap", "Op 24 september hebben [[Loes Mulder|PERSON]] en ondergetekende drie adressen bezocht. Het eerste adres was [[Zwart\n"
          "Janstraat 88b, 3035 AV Rotterdam|ADDRESS|Zwart Janstraat 88b;3035 AV]], waar student [[Kerem Öztürk|PERSON]] (studentnummer {S-20230188|CASE})\n"
          "volgens de {BRP|ACR} woont. Wij troffen daar alleen zijn huisgenoot [[Sem|PERSON]] aan. Er lagen geen spullen van [[Kerem|PERSON]].\n"
          "Volgens de buurvrouw, [[mevrouw Elly van der\nHeijden|PERSON|Heijden;Elly]], woont hij al maanden bij zijn ouders in {Schiedam|PLACE}."),
    ("wrap", "Het tweede adres, [[Bergselaan 203, 3037 BM Rotterdam|ADDRESS]], bleek in orde: studente [[Lotte Haarlem|PERSON|Haarlem;Lotte]]\n"
          "was thuis en liet haar kamer zien. Op het derde adres (de [[Gordelweg 15a|ADDRESS|Gordelweg 15a]]) deed niemand open. Collega\n"
          "[[Mulder|PERSON]] heeft een kaartje achtergelaten met het algemene nummer van {DUO|ACR}, {050 - 599 77 55|SWITCH}. [[Öztürks|PERSON]]\n"
          "vader, [[de heer Mehmet Öztürk|PERSON|Mehmet]], belde diezelfde middag naar [[06 - 1884 2090|PHONE]] (dienstmobiel [[Wouter|PERSON]])."),
    ("h", "Voorstel"),
    ("wrap", "Ik stel voor de beurs van [[K. Öztürk|PERSON|K. Öztürk]] per 1 oktober om te zetten naar thuiswonend en het verschil over\n"
          "2026 terug te vorderen ({€ 1.642,74|AMOUNT}). Voor [[Haarlem|PERSON]] is geen actie nodig. [[Femke|PERSON]], graag je akkoord.\n"
          "Ik heb het dossier in {DUO-Handhaving|ORG} bijgewerkt.\n\n[[WB|INITIALS]]"),
    ("small", "Intern - niet verspreiden. {Wet studiefinanciering 2000|LAW}, art. 9.11."),
])

# ------------------------------------------------------------------------------------------- 27
doc("soc27", "GGD incidentrapport vaccinatielocatie", [
    ("title", "Incidentrapport prikfout vaccinatielocatie {Heerenveen|PLACE}"),
    ("kv", [("Organisatie:", "{GGD Fryslân|ORG}, {team Vaccinaties|ORG}"), ("Datum incident:", "{7 oktober 2026|DATE}"),
            ("Meldingsnummer:", "{VIM-2026-0391|CASE}"), ("Opgesteld door:", "[[Hylke Wijnja|PERSON]], {coördinator locatie|FUNC}")]),
    ("p", "Op 7 oktober zijn vier cliënten met een verlopen charge van het griepvaccin gevaccineerd. De fout werd ontdekt door "
          "{doktersassistent|FUNC} [[Mandy Zandstra|PERSON]]. De dienstdoende arts, [[Pim Kalsbeek|PERSON]], heeft de cliënten "
          "dezelfde dag gebeld. Het {RIVM|ACR} en {Lareb|ORG} zijn geïnformeerd."),
    ("table", ["Cliënt", "Geb.datum", "Adres", "Telefoon", "Gebeld door"], [
        ["[[Durk Hoekstra|PERSON|Durk]]", "[[12-05-1948|DOB]]", "[[Fok 14, 8441 BN Heerenveen|ADDRESS|Fok 14;8441 BN]]", "[[0513-627188|PHONE]]", "[[P. Kalsbeek|PERSON|P. Kalsbeek]]"],
        ["[[Geeske Hoekstra-de Vries|PERSON|Hoekstra-de Vries;Geeske]]", "[[30-11-1950|DOB]]", "[[Fok 14, 8441 BN Heerenveen|ADDRESS]]", "[[0513-627188|PHONE]]", "[[P. Kalsbeek|PERSON]]"],
        ["[[Abdullah Rahmani|PERSON]]", "[[01-01-1961|DOB]]", "[[Schans 3, 8441 AB Heerenveen|ADDRESS|Schans 3;8441 AB]]", "[[06 1933 0451|PHONE]]", "[[M. Zandstra|PERSON|M. Zandstra]]"],
        ["[[Nel Koopmans|PERSON]]", "[[19-07-1939|DOB]]", "[[Oranjewoud, Prinsessenweg 7, 8455 KA|ADDRESS|Prinsessenweg 7;8455 KA]]", "[[0513 - 63 22 07|PHONE]]", "[[M. Zandstra|PERSON]]"],
    ], (2.4, 1.4, 3.2, 1.8, 1.6)),
    ("h", "Oorzaak en maatregelen"),
    ("p", "De koelkastlijst werd die ochtend niet gecontroleerd omdat [[Hylke|PERSON]] ziek was en zijn vervanger, [[Sietske|PERSON]], "
          "pas om 10 uur begon. Maatregel: dubbele controle bij opening, vastgelegd in het {kwaliteitshandboek|TERM}. "
          "Het besluit is genomen door het {MT GGD Fryslân|ORG}."),
    ("small", "Bereikbaarheid GGD Fryslân: {088 - 22 99 222|SWITCH}, {vaccinaties@ggdfryslan.nl|MAILBOX}."),
])

# ------------------------------------------------------------------------------------------- 28
doc("soc28", "VWS notitie overleg zorgverzekeraars", [
    ("title", "Notitie: uitkomsten overleg met zorgverzekeraars over de eigen bijdrage Wlz"),
    ("kv", [("Directie:", "{Langdurige Zorg|ORG}, {Ministerie van VWS|ORG}"), ("Auteur:", "[[J.M.W. (Hanneke) van Amerongen|PERSON|Amerongen;Hanneke]]"),
            ("Datum:", "{19 januari 2026|DATE}")]),
    ("wrap", "Op 15 januari overlegden [[Hanneke|PERSON]] en [[Tjeerd de Haan|PERSON|Haan;Tjeerd]] met {Zorgverzekeraars Nederland|ORG} ({ZN|ACR}).\n"
          "Namens {ZN|ACR} waren [[Chantal Doelwijt|PERSON]] en [[Marcel Rijkaard|PERSON]] aanwezig. [[Doelwijt|PERSON]] gaf aan dat het {CAK|ACR}\n"
          "de eigen bijdrage per 2027 niet tijdig kan aanpassen. Dat wordt bevestigd door [[Piotr Zieliński|PERSON]] van het {CAK|ACR}, die\n"
          "per mail ([[p.zielinski@hetcak.nl|EMAIL]]) liet weten dat de systemen pas in het derde kwartaal klaar zijn. [[Rijkaards|PERSON]] zorg\n"
          "is dat verzekeraars klachten van cliënten krijgen. [[De Haan|PERSON|De Haan]] heeft toegezegd dit te bespreken met minister {Smeenk|PUBLIC}.\n"
          "Tijdens het overleg noemde [[Chantal|PERSON]] het voorbeeld van een cliënt uit {Zeist|PLACE}, [[de heer Van\nBeek|PERSON|Beek]], die een\n"
          "naheffing van {€ 4.300|AMOUNT} kreeg. Zijn dochter heeft daarover een brief gestuurd aan Kamerlid {Ilse Wolters-Dam|PUBLIC} (NSC)."),
    ("h", "Vervolgafspraken"),
    ("table", ["Actie", "Wie", "Wanneer"], [
        ["Impactanalyse {CAK|ACR}", "[[P. Zieliński|PERSON|P. Zieliński]]", "{6 februari 2026|DATE}"],
        ["Bespreking met bewindspersoon", "[[T. de Haan|PERSON|T. de Haan]]", "{27 januari 2026|DATE}"],
        ["Communicatie richting cliënten", "[[M. Rijkaard|PERSON|M. Rijkaard]] ({ZN|ACR})", "maart 2026"],
    ], (3.6, 2.5, 1.8)),
    ("p", "Contact: [[hanneke.van.amerongen@minvws.nl|EMAIL]] | [[070-3407 213|PHONE]]. Postbus directie: {dlz-postbus@minvws.nl|MAILBOX}.\n[[JvA|INITIALS]]"),
])

# ------------------------------------------------------------------------------------------- 29
doc("soc29", "Advies bezwaarcommissie terugvordering bijstand", [
    ("title", "Advies van de Commissie bezwaarschriften sociaal domein"),
    ("kv", [("Gemeente:", "{Gemeente Utrecht|ORG}"), ("Bezwaarnummer:", "{BZ 2026-1193|CASE}"),
            ("Bezwaarmaker:", "[[mevrouw A.N. Sahin|PERSON|Sahin]]"), ("Datum advies:", "{2 juni 2026|DATE}"),
            ("Commissie:", "mr. H. van Dalen (voorzitter), mr. S. Ploeg, drs. E. Tromp (leden); secretaris [[mr. J. Lammers|PERSON|Lammers]]")]),
    ("h", "1. Het bestreden besluit"),
    ("p", "Bij besluit van 12 januari 2026 heeft het college de bijstand van bezwaarmaker over de periode "
          "{1 maart 2024|DATE} tot en met {31 oktober 2025|DATE} herzien en {€ 11.230,88|AMOUNT} teruggevorderd, omdat zij een "
          "gezamenlijke huishouding zou voeren met de heer [[Emre Yavuz|PERSON]] op het adres [[Kanaleneiland-Zuid 44, 3526 XG Utrecht|ADDRESS|Kanaleneiland-Zuid 44;3526 XG]]."),
    ("h", "2. De hoorzitting"),
    ("p", "Mevrouw [[Sahin|PERSON]] is verschenen, bijgestaan door haar zus [[Derya Sahin|PERSON|Derya]]. Namens het college verscheen "
          "[[Maarten Hofstede|PERSON]], {jurist Werk en Inkomen|FUNC}. De {sociaal rechercheur|FUNC} die het onderzoek deed, "
          "[[Jacco Brinkman|PERSON]], was niet aanwezig. [[Hofstede|PERSON]] verwees naar diens rapport van 3 december 2025."),
    ("break",),
    ("h", "3. Beoordeling"),
    ("p", "De commissie stelt voorop dat het college moet aantonen dat sprake is van een gezamenlijke huishouding "
          "({artikel 3, vierde lid, Participatiewet|LAW}). Uit het rapport van [[Brinkman|PERSON]] blijkt dat de auto van "
          "[[Yavuz|PERSON]] vaak bij de woning stond, maar niet dat hij daar zijn hoofdverblijf had. [[Emre|PERSON]] stond ingeschreven "
          "in {Nieuwegein|PLACE} en betaalde daar huur aan {Mitros|ORG}."),
    ("h", "4. Advies"),
    ("p", "De commissie adviseert het bezwaar gegrond te verklaren en het besluit te herroepen.\n\n"
          "Namens de commissie,\nmr. H. van Dalen, voorzitter\n[[mr. J. Lammers|PERSON]], secretaris ([[j.lammers@utrecht.nl|EMAIL]], [[030 - 286 10 43|PHONE]])"),
    ("small", "Gemeente Utrecht, algemeen nummer {14 030|SWITCH}."),
])

# ------------------------------------------------------------------------------------------- 30
doc("soc30", "Voortgangsverslag schuldhulpverlening", [
    ("title", "Voortgangsverslag minnelijke schuldregeling"),
    ("kv", [("Uitvoerder:", "{Plangroep|ORG} namens {Gemeente Amsterdam|ORG}"), ("Cliëntnummer:", "{SHV-2026-88412|CASE}"),
            ("Cliënten:", "[[Ramon en Giovanna Martis-Felida|PERSON|Martis-Felida;Ramon;Giovanna]]"),
            ("Adres:", "[[Bijlmerdreef 1003, 1103 TV Amsterdam|ADDRESS]]"), ("Schuldhulpverlener:", "[[Iris Hoogeveen|PERSON]]")]),
    ("p", "Het gezin [[Martis-Felida|PERSON]] is in maart 2026 aangemeld via het {Buurtteam Zuidoost|ORG}. De heer "
          "[[Martis|PERSON]] werkt als chauffeur bij {Connexxion|ORG}; mevrouw heeft een {Wajong|LAW}-uitkering. Zij hebben "
          "schulden bij 11 schuldeisers, onder wie {CJIB|ACR}, {Belastingdienst|ORG} en {Vattenfall|ORG}, in totaal {€ 23.874,10|AMOUNT}."),
    ("table", ["Schuldeiser", "Bedrag", "Reactie op voorstel"], [
        ["{CJIB|ACR}", "{€ 1.980,00|AMOUNT}", "akkoord"],
        ["{Belastingdienst|ORG}", "{€ 6.412,55|AMOUNT}", "akkoord"],
        ["{Vattenfall|ORG}", "{€ 2.210,40|AMOUNT}", "akkoord"],
        ["[[J.F. Rosalia|PERSON|Rosalia]] (particuliere lening)", "{€ 3.500,00|AMOUNT}", "weigert"],
        ["{Ymere|ORG}", "{€ 4.118,00|AMOUNT}", "akkoord"],
    ], (3.2, 1.5, 2.2)),
    ("p", "Alleen de heer [[Rosalia|PERSON]] (een oom van mevrouw) weigert. [[Iris|PERSON]] heeft met hem gebeld op "
          "[[+599 9 461 2230|PHONE]] (Curaçao). Hij woont op [[Kaya Grandi 12|ADDRESS]] in {Willemstad|PLACE}. Als hij blijft "
          "weigeren, vragen wij een {dwangakkoord|TERM} aan bij de {rechtbank Amsterdam|ORG}."),
    ("p", "Het leefgeld wordt gestort op [[@IBAN:INGB:30@|IBAN]] (beheerrekening). BSN cliënt: [[@BSN:30@|BSN]]; "
          "BSN partner: [[@BSN:31@|BSN]].\n\n[[Iris Hoogeveen|PERSON]], {schuldhulpverlener|FUNC}, [[iris.hoogeveen@plangroep.nl|EMAIL]], [[020 - 592 12 84|PHONE]]"),
])

# ------------------------------------------------------------------------------------------- 31
doc("soc31", "Overzicht toekenningen Bbz zelfstandigen", [
    ("title", "Overzicht toekenningen {Besluit bijstandverlening zelfstandigen|LAW} ({Bbz|ACR}) - 2e kwartaal 2026"),
    ("p", "{Regionaal Bureau voor Zelfstandigen Hart van Brabant|ORG} ({RBZ|ACR}), in opdracht van de gemeenten "
          "{Tilburg|PLACE}, {Waalwijk|PLACE} en {Oisterwijk|PLACE}. Dit overzicht is opgesteld voor de {stuurgroep RBZ|ORG} en bevat "
          "persoonsgegevens van ondernemers."),
    ("table", ["Ondernemer", "Handelsnaam", "KvK", "Soort", "Bedrag", "IBAN"], [
        ["[[Mustafa Erdem|PERSON]]", "[[Erdem Schilderwerken|PERSON|Erdem Schilderwerken]]", "81174402", "lening bedrijfskapitaal", "{€ 12.500|AMOUNT}", "[[@IBAN:RABO:311@|IBAN]]"],
        ["[[Joyce Visser|PERSON]]", "[[Visser Visagie|PERSON|Visser Visagie]]", "69021583", "levensonderhoud", "{€ 1.496|AMOUNT}", "[[@IBAN:INGB:312@|IBAN]]"],
        ["[[Tomasz Wiśniewski|PERSON]]", "TW Bouw en Klus", "87730016", "levensonderhoud", "{€ 2.992|AMOUNT}", "[[@IBAN:ABNA:313@|IBAN]]"],
        ["{Bakkerij Van Roessel B.V.|ORG}", "{Bakkerij Van Roessel|ORG}", "{KvK 18044120|KVK}", "advies (geen Bbz)", "{€ 0|AMOUNT}", "-"],
    ], (2.2, 2.4, 1.4, 2, 1.3, 3.2)),
    ("p", "Toelichting: [[Erdem|PERSON]] ontving eerder een {Tozo|PROG}-lening. [[Joyce|PERSON]] is na een burn-out gestart met een "
          "herstartplan; het {Bbz|ACR}-advies is opgesteld door [[Ruben Kok|PERSON]] ({bedrijfsadviseur|FUNC}). Voor [[Wiśniewski|PERSON]] was "
          "een tolk Pools nodig. De bakkerij valt buiten het {Bbz|ACR}, omdat het een B.V. is."),
    ("p", "Vragen: {info@rbzhvb.nl|MAILBOX}, {013 - 542 80 00|SWITCH} (algemeen). [[Ruben Kok|PERSON]]: [[06 83 00 12 45|PHONE]]."),
])

# ------------------------------------------------------------------------------------------- 32
doc("soc32", "Reactie aan Nationale ombudsman over Wmo-klacht", [
    ("kv", [("Van:", "[[Sanne Groot|PERSON|Groot;Sanne]] <[[sanne.groot@denhaag.nl|EMAIL]]>"), ("Verzonden:", "maandag {16 november 2026|DATE} 10:20"),
            ("Aan:", "[[Laura Vermeer|PERSON|Vermeer;Laura]] <[[l.vermeer@nationaleombudsman.nl|EMAIL]]>"),
            ("CC:", "{klachten@denhaag.nl|MAILBOX}"), ("Onderwerp:", "Uw dossier {2026.07713|CASE} - klacht [[mevrouw Naarden|PERSON]]")]),
    ("p", "Geachte mevrouw [[Vermeer|PERSON]],\n\nNaar aanleiding van uw brief over de klacht van [[mevrouw Naarden|PERSON|Naarden]] ontvangt u hierbij "
          "onze reactie. Mevrouw [[Ria Naarden|PERSON|Ria]] ([[geboren 2 februari 1957|DOB|2 februari 1957]]) woont op "
          "[[Vaillantlaan 17, 2525 AA Den Haag|ADDRESS|Vaillantlaan 17;2525 AA]] en heeft sinds 2019 een {scootmobiel|TERM} via de {Wmo|ACR}."),
    ("p", "Haar buurman, de heer [[Kemal Arslan|PERSON]], belde namens haar op 3 september met het {Servicecentrum Wmo|ORG}. "
          "Medewerker [[Rob Hendriks|PERSON]] heeft toen toegezegd dat een monteur van {Medipoint|ORG} binnen drie dagen zou komen. "
          "Dat is niet gebeurd. [[Hendriks|PERSON]] heeft dit niet vastgelegd in het systeem."),
    ("p", "Wethouder {Karim Ouahabi|PUBLIC} heeft [[mevrouw Naarden|PERSON]] op 30 oktober een excuusbrief gestuurd. "
          "Wij vergoeden de taxikosten van {€ 312,60|AMOUNT}. Wij hebben haar gevraagd haar rekeningnummer te bevestigen "
          "([[@IBAN:SNSB:32@|IBAN]])."),
    ("p", "Met vriendelijke groet,\n\n[[Sanne Groot|PERSON]]\n{klachtbehandelaar|FUNC}, {Dienst Onderwijs, Cultuur en Welzijn|ORG}\n"
          "{Gemeente Den Haag|ORG} | Spui 70 | {14 070|SWITCH}\nT [[(070) 353 72 41|PHONE]]"),
    ("break",),
    ("h", "Teams-bericht (intern, bijgevoegd)"),
    ("table", ["Tijd", "Van", "Bericht"], [
        ["09:58", "[[Rob Hendriks|PERSON]]", "[[Sanne|PERSON]], sorry, ik had het genoteerd in mijn eigen mail. Stuur jij het naar de ombudsman?"],
        ["10:02", "[[Sanne Groot|PERSON]]", "Ja. [[Rob|PERSON]], bel jij [[Kemal|PERSON]] nog even? [[06-5012 8837|PHONE]]"],
        ["10:05", "[[Rob Hendriks|PERSON]]", "Doe ik. En ik meld het bij teamleider [[Wessel Prins|PERSON]]."],
    ], (1, 2, 6)),
])

_MARK = re.compile(r"\[\[.+?\]\]|\{[^{}]+\}", re.S)
_VIS = re.compile(r"\|[A-Z_]+(\|[^\]]*)?\]\]|\|[A-Z_]+\}|\[\[|\{")


def hardwrap(s: str, width: int = 80) -> str:
    """A paragraph with hard line ends: a line break inside a marked name is kept (so the name
    wraps across the line end), other breaks become spaces and the text is wrapped greedily."""
    out, last = [], 0
    for m in _MARK.finditer(s):
        out.append(s[last:m.start()].replace("\n", " "))
        out.append(m.group(0).replace("\n", "\x00"))
        last = m.end()
    out.append(s[last:].replace("\n", " "))
    s = "".join(out)
    lines, cur = [], ""
    for tok in s.split(" "):
        vis = len(_VIS.sub("", (cur + " " + tok) if cur else tok).split("\x00")[-1])
        if cur and vis > width:
            lines.append(cur)
            cur = tok
        else:
            cur = (cur + " " + tok) if cur else tok
        if "\x00" in tok:  # forced break inside a name: the part after it starts a new line
            pre, post = cur.rsplit("\x00", 1)
            lines.append(pre)
            cur = post
    lines.append(cur)
    return "\n".join(lines)


def _wrapblocks(blocks):
    return [("p", hardwrap(b[1])) if b[0] == "wrap" else b for b in blocks]


DOCUMENTS = []
for i, d in enumerate(D):
    d["producer"] = PRODUCERS[i % 4]
    d["blocks"] = _wrapblocks(_walk(d["blocks"]))
    DOCUMENTS.append(d)
