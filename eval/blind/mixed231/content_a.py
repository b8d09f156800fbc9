from lib import Doc

P = "PERSON"
DOCS = []

# vt01 Woo request
DOCS.append(Doc("vt01_woo_verzoek", [
    "# Verzoek op grond van de Wet open overheid",
    "Aan: het college van burgemeester en wethouders van de gemeente Deventer",
    "Postbus 5000, 7400 GC Deventer",
    "Van: Maarten Groeneveld-Aksoy",
    "Adres: Hoge Hondstraat 118, 7416 BS Deventer",
    "Telefoon: 06-41927735   E-mail: m.groeneveld.aksoy@kpnmail.nl",
    "Deventer, 3 maart 2026",
    "Onderwerp: Woo-verzoek huurovereenkomst Volkstuinvereniging De Groene Hoek",
    "Geacht college,",
    "Met een beroep op de Wet open overheid (Woo) verzoek ik u om openbaarmaking van alle documenten over de",
    "huurovereenkomst tussen de gemeente Deventer en Volkstuinvereniging De Groene Hoek voor het complex",
    "Zandweerd aan de Jan van Arkelweg, over de periode 1 januari 2024 tot heden. Het gaat mij in het bijzonder om:",
    "1. correspondentie tussen het bestuur van de vereniging en Team Vastgoed;",
    "2. het rapport van de boa over de berging op tuin 31;",
    "3. de motie 'Volkstuinen blijven groen' en de brief van wethouder Okkerse-Visser aan de raad;",
    "4. de facturen voor het nieuwe hekwerk.",
    "Ik ontvang de stukken graag digitaal.",
    "Met vriendelijke groet,",
    "Maarten Groeneveld-Aksoy",
], [
    (P, ["Maarten Groeneveld-Aksoy", "Groeneveld-Aksoy"]),
    ("ADDRESS", ["Hoge Hondstraat 118", "7416 BS"]),
    ("PHONE", ["06-41927735"]),
    ("EMAIL", ["m.groeneveld.aksoy@kpnmail.nl"]),
], [
    ("ORG", ["gemeente Deventer"]), ("ORG", ["Volkstuinvereniging De Groene Hoek"]), ("LAW", ["Wet open overheid"]),
    ("ORG", ["Team Vastgoed"]), ("LOC", ["Zandweerd"]), ("LOC", ["Jan van Arkelweg"]), ("MISC", ["Woo"]),
    ("PERSON_PUBLIC", ["wethouder Okkerse-Visser"]), ("LOC", ["Postbus 5000"]), ("MISC", ["Volkstuinen blijven groen"]),
    ("MISC", ["tuin 31"]),
], meta={"Producer": "Microsoft: Print To PDF", "Title": "Woo-verzoek"}))

# vt02 acknowledgement (docx -> soffice), Info Author hidden
DOCS.append(Doc("vt02_ontvangstbevestiging", [
    "Gemeente Deventer",
    "Grote Kerkhof 1, Deventer  |  telefoon 14 0570  |  info@deventer.nl",
    "Aan: de heer M. Groeneveld-Aksoy",
    "Hoge Hondstraat 118",
    "7416 BS Deventer",
    "Ons kenmerk: WOO-2026-0231",
    "Datum: 10 maart 2026",
    "Onderwerp: ontvangstbevestiging Woo-verzoek",
    "Geachte heer Groeneveld-Aksoy,",
    "Op 3 maart 2026 hebben wij uw verzoek op grond van de Wet open overheid ontvangen. Uw verzoek gaat over de "
    "huurovereenkomst met Volkstuinvereniging De Groene Hoek. Wij beslissen binnen vier weken na ontvangst. "
    "Deze termijn kunnen wij met twee weken verdagen.",
    "Heeft u vragen? Neem dan contact op met het Woo-team via woo@deventer.nl of via 14 0570, onder vermelding van "
    "kenmerk WOO-2026-0231.",
    "Met vriendelijke groet,",
    "namens het college van burgemeester en wethouders,",
    "Femke Tigchelaar",
    "Woo-coördinator, Juridische Zaken",
], [
    (P, ["Groeneveld-Aksoy"]), ("ADDRESS", ["Hoge Hondstraat 118", "7416 BS"]),
    (P, ["Femke Tigchelaar", "Tigchelaar"]),
    (P, ["Lotte Harmsen-Ooms"], "metadata"),
], [
    ("ORG", ["Gemeente Deventer"]), ("LOC", ["Grote Kerkhof 1"]), ("PHONE_PUBLIC", ["14 0570"]), ("EMAIL_FUNC", ["info@deventer.nl"]),
    ("EMAIL_FUNC", ["woo@deventer.nl"]), ("REF", ["WOO-2026-0231"]), ("LAW", ["Wet open overheid"]),
    ("ORG", ["Volkstuinvereniging De Groene Hoek"]), ("ROLE", ["Woo-coördinator"]), ("ORG", ["Juridische Zaken"]),
], producer="docx", meta={"Author": "Lotte Harmsen-Ooms", "Title": "Ontvangstbevestiging"}))

# vt03 board letter to municipality
DOCS.append(Doc("vt03_bestuursbrief_huur", [
    "Volkstuinvereniging De Groene Hoek",
    "Secretariaat: p/a Brinkgreverweg 7, 7413 AA Deventer  |  secretaris@degroenehoek-deventer.nl",
    "KvK 40072615 (vereniging)",
    "Aan: gemeente Deventer, Team Vastgoed",
    "t.a.v. mevrouw L. Steenbergen-Mol",
    "Deventer, 14 januari 2025",
    "Betreft: verlenging huurovereenkomst complex Zandweerd (contractnummer VG-HUUR-2009-044)",
    "Geachte mevrouw Steenbergen-Mol,",
    "Het bestuur van onze vereniging verzoekt u de huurovereenkomst voor het complex Zandweerd, die op 31 december 2025 "
    "afloopt, met tien jaar te verlengen. De vereniging telt 86 tuinen en 79 leden. De wachtlijst telt 41 namen.",
    "Wij begrijpen dat de gemeente het terrein in de Omgevingsvisie Deventer 2040 aanduidt als 'zoekgebied wonen'. "
    "Wij vragen u ons tijdig te betrekken. De Algemene Ledenvergadering van 9 december 2024 heeft het bestuur "
    "daartoe gemachtigd. Het AVVN ondersteunt ons verzoek.",
    "Wij stellen een gesprek op prijs. U bereikt mij op 0570-614 283 (na 18.00 uur) of 06 28 44 19 07.",
    "Hoogachtend,",
    "namens het bestuur,",
    "G.J. ter Haar, voorzitter",
    "W. van 't Veld-Brouwer, secretaris",
], [
    ("ADDRESS", ["Brinkgreverweg 7", "7413 AA"]),
    (P, ["L. Steenbergen-Mol", "Steenbergen-Mol"]),
    ("PHONE", ["0570-614 283", "06 28 44 19 07"]),
    (P, ["G.J. ter Haar"]), (P, ["W. van 't Veld-Brouwer"]),
], [
    ("ORG", ["Volkstuinvereniging De Groene Hoek"]), ("EMAIL_FUNC", ["secretaris@degroenehoek-deventer.nl"]),
    ("ORG", ["Team Vastgoed"]), ("REF", ["VG-HUUR-2009-044"]), ("LOC", ["Zandweerd"]), ("MISC", ["Omgevingsvisie Deventer 2040"]),
    ("ORG", ["AVVN"]), ("ORG", ["Algemene Ledenvergadering"]), ("REF", ["KvK 40072615"]), ("ROLE", ["voorzitter"]), ("ROLE", ["secretaris"]),
], meta={"Producer": "Microsoft® Word for Microsoft 365", "Creator": "Microsoft® Word for Microsoft 365"}))

# vt04 member list
rows = [
    ("3", "J.M. Dijkhuis", "Zwolseweg 212", "06-12873340"),
    ("7", "P. de Wit", "Roggestraat 9", "0570-625517"),
    ("12", "F. Koç", "Rembrandtkade 33", "06-48120976"),
    ("14", "J.A.M. Smulders", "Snipperlingsdijk 4a", "06-55102843"),
    ("19", "R. Hendriks-Wagenaar", "Tesselschadestraat 61", "0570 641 002"),
    ("22", "C.H. Oudejans", "Weteringstraat 15", "06-30917462"),
    ("23", "M. Wiśniewski", "Oerdijk 88", "+31 6 2481 5530"),
    ("27", "S. El Amrani", "Holterweg 140", "06-19283746"),
    ("31", "H. Pasman", "geen vast adres opgegeven", "06-87015324"),
    ("35", "D. Vlasblom", "Ceintuurbaan 2", "06-33445190"),
    ("40", "B. Lansink", "Schonenvaardersstraat 17", "0031 6 4700 1893"),
    ("44", "G. Bakhuizen-Nijenhuis", "Keizerstraat 52", "06-71625009"),
    ("PAGE", "", "", ""),
    ("46", "T.W. Ekkel", "Bergweg 19", "06-52639148"),
    ("48", "A. Boukhari", "Amstellaan 120", "06-18273645"),
    ("51", "Ş. Aydın", "Borgelerhof 31", "06-20394857"),
    ("53", "E.M. op den Kamp", "Hofstraat 5", "0570-629 384"),
    ("55", "L. Oosterveld-Ramdin", "Rielerweg 204", "06-31425364"),
    ("58", "J. Nieuwenhuis", "Brinkgreverweg 90", "06-44556677"),
    ("60", "K. Hofstede-van Dijk", "Colmschaterstraatweg 8", "+31 (0)6 1357 2468"),
    ("63", "W.F.J. Wansink", "Diepenveenseweg 77", "06-98765401"),
    ("66", "Y. de Jongh", "Smedenstraat 3", "0570 - 61 77 20"),
    ("70", "N. Tamminga", "Zwolseweg 18", "06-22334455"),
    ("74", "O. Kraanen", "Laan van Borgele 140", "06-66778899"),
    ("79", "Chantal Pelgrim-Bos", "Pothoofd 301", "06-10293847"),
]
lines = ["# Ledenlijst Volkstuinvereniging De Groene Hoek - complex Zandweerd",
         "Stand 1 februari 2025. Vertrouwelijk: alleen voor bestuur en Team Vastgoed (bijlage bij brief huurverlenging).",
         "Tuin | Naam | Adres | Telefoon | Lid sinds"]
red = []
for i, (t, n, a, ph) in enumerate(rows):
    if t == "PAGE":
        lines += ["<<PAGE>>", "Ledenlijst (vervolg) - tuinen 46 tot en met 86", "Tuin | Naam | Adres | Telefoon | Lid sinds"]
        continue
    lines.append(f"{t} | {n} | {a} | {ph} | {1995 + i}")
    red.append((P, [n]))
    if "adres" not in a:
        red.append(("ADDRESS", [a]))
    red.append(("PHONE", [ph]))
lines += ["Tuinen 80 tot en met 86: vrij of in afwachting van toewijzing.",
          "Opzegtermijn volgens Huishoudelijk Reglement art. 6: drie maanden. Contributie 2025: EUR 42,50 per are."]
DOCS.append(Doc("vt04_ledenlijst", lines, red, [
    ("ORG", ["Volkstuinvereniging De Groene Hoek"]), ("ORG", ["Team Vastgoed"]), ("LOC", ["Zandweerd"]),
    ("MISC", ["Huishoudelijk Reglement"]), ("MISC", ["Lid sinds"]), ("MISC", ["EUR 42,50"]),
], producer="rlttf", meta={"Producer": "Microsoft® Excel® for Microsoft 365", "Author": "Ahmet Yılmaz"}))
DOCS[-1].redact.append((P, ["Ahmet Yılmaz"], "metadata"))
