from lib import Doc

W = "Microsoft® Word voor Microsoft 365"
DOCS = []

DOCS.append(Doc("jz23_bereikbaarheidslijst_wijkteam", "rl", [
    "# Bereikbaarheidslijst Wijkteam Dronten-Noord (intern, januari 2026)",
    "Algemeen: {{Sociaal Loket}} {{14 0321}} | {{wijkteamnoord@dronten.nl}} | spoed buiten kantoortijd: "
    "{{Crisisdienst Jeugd Flevoland}} {{0900-1234 000}}",
    "",
    "| Naam | Functie | Pers.nr. | Mobiel |",
    "| [[Ruben van 't Hul]] | coördinator | [[P104482]] | [[06-29317745]] |",
    "| [[Femke Oosterhuis]] | jeugdconsulent | [[P108815]] | [[06 1733 5012]] |",
    "| [[Sjoerd de Ruijter-Hamstra]] | ambulant jeugdwerker | [[P109934]] | [[06-4480 1127]] |",
    "| [[Naïma El Amrani]] | maatschappelijk werker | ext. | [[06 2218 8874]] |",
    "| [[A. Terpstra-Vos]] | gedragswetenschapper | ext. | [[0320-241 887]] |",
    "| [[DE JONG, Hendrikje]] | administratief medewerker | [[P101276]] | toestel [[4412]] |",
    "",
    "E-mailadressen:",
    "[[Ruben van 't Hul]]: [[r.van.t.hul@dronten.nl]]",
    "[[Femke Oosterhuis]]: [[f.oosterhuis@dronten.nl]]",
    "[[Sjoerd de Ruijter-Hamstra]]: [[sjoerd.deruijter@dronten.nl]]",
    "[[Naïma El Amrani]]: [[naïma.elamrani@wijkteamdronten.nl]]",
    "[[A. Terpstra-Vos]]: [[a.terpstra@gedragswerk-flevo.nl]]",
    "[[DE JONG, Hendrikje]]: [[h.dejong@dronten.nl]]",
    "Dienstrooster casusoverleg: elke donderdag 09:00 in {{De Meerpaal}}; voorzitter bij afwezigheid [[RvtH]]: [[FO]].",
    "Vakantie: [[Naïma]] 23-12 t/m 9-1; [[Ruben]] 12-1 t/m 23-1 ([[ouderschapsverlof]]).",
], title="Bereikbaarheidslijst", font="DejaVuSansCondensed", producer="Microsoft® Excel® voor Microsoft 365",
    creator="Microsoft® Excel® voor Microsoft 365"))

DOCS.append(Doc("jz24_igj_brief", "rl", [
    "# {{Inspectie Gezondheidszorg en Jeugd}}",
    "Ministerie van {{Volksgezondheid, Welzijn en Sport}}",
    "",
    "Aan het college van burgemeester en wethouders van Dronten, t.a.v. {{wethouder Roosenboom}}",
    "Datum: 30 juni 2026     Ons kenmerk: {{IGJ-2026-55190}}",
    "Onderwerp: signaal wachttijden jeugdhulp en toepassing meldcode",
    "",
    "Geacht college,",
    "De inspectie heeft via het {{Landelijk Meldpunt Zorg}} een signaal ontvangen over de afhandeling van een aanvraag "
    "voor jeugdhulp in uw gemeente en over een melding bij {{Veilig Thuis Flevoland}}. De inspectie houdt geen toezicht "
    "op de gemeentelijke toegang als zodanig, maar wel op de jeugdhulpaanbieders en op de toepassing van de "
    "{{meldcode}} door professionals die onder de {{Jeugdwet}} werken.",
    "Wij hebben kennisgenomen van het advies van uw klachtencommissie en van de aangepaste werkinstructie. Wij "
    "verzoeken u ons binnen acht weken te informeren over de wijze waarop de wijkteams de stappen van de "
    "{{meldcode}} borgen, en over de afspraken met {{Triade Vitree}} over spoedtoewijzing.",
    "Voor vragen kunt u contact opnemen met [[mevrouw drs. R.M. Goudsmit]], inspecteur, via [[06 - 460 12 983]] of "
    "[[r.goudsmit@igj.nl]]. Algemene vragen: {{meldpunt@igj.nl}}.",
    "",
    "Hoogachtend,",
    "de inspecteur-generaal Gezondheidszorg en Jeugd,",
    "namens deze,",
    "[[ir. B. van Oudheusden]]",
    "teamleider {{Jeugd}}",
], title="Brief IGJ", font="Times-Roman", producer="Microsoft® Word 2016", creator="Microsoft® Word 2016",
    notes=[("Goudsmit, Renate", "Graag reactie voor 1 sept.; overleg met Koos Terwindt (VWS)", ["Goudsmit, Renate", "Koos Terwindt"])]))

DOCS.append(Doc("jz25_scan_presentielijst", "scan", [
    "# Presentielijst hoorzitting Klachtencommissie",
    "Klacht KL-2026-031 - 19 mei 2026 - De Meerpaal",
    "",
    "Naam                          Hoedanigheid        Handtekening",
    "H.J. [[Landstra]]                voorzitter",
    "[[Yesim Demir-Akkaya]]           lid",
    "[[Lotte Hoekstra]]               secretaris",
    "I. [[Wiersma-Boukhari]]          klager",
    "[[E. Okonkwo-Dijkstra]]          advocaat klager",
    "[[M. Bijleveld]]                 gemeente",
    "F. [[Oosterhuis]]                gemeente",
], handwriting=["[[Landstra]]     [[Hoekstra]]     [[Okonkwo]]"], title="presentielijst",
    producer="KONICA MINOLTA bizhub C300i", creator="bizhub", rotate=-0.7))

DOCS.append(Doc("jz26_scan_brief_huisarts", "scan", [
    "# Huisartsenpraktijk De Rede",
    "Dronten, 20 februari 2026",
    "Aan: wijkteam Dronten-Noord, t.a.v. mw. F. [[Oosterhuis]]",
    "Betreft: [[Daan Wiersma]], geb. [[14-03-2013]]",
    "",
    "Geachte collega,",
    "Bovengenoemde patient is bij ons bekend met [[ADHD]]",
    "(methylfenidaat) en sinds 2024 met slaapproblemen.",
    "Ik ondersteun de aanvraag voor specialistische hulp.",
    "Moeder [[Ilse Wiersma]] is zeer belast.",
    "",
    "Met collegiale groet,",
    "[[P. Vreugdenhil]], huisarts",
], title="brief huisarts", producer="HP Digital Sending", creator="HP Scan", rotate=0.5))

DOCS.append(Doc("jz27_zienswijze_triade", "rl", [
    "# {{Triade Vitree}}",
    "{{Stichting Triade Vitree}} | {{Rietvinklaan}}, {{Lelystad}} | {{088-0205 000}}",
    "",
    "Aan: {{gemeente Dronten}}, {{team Juridische Zaken}}, t.a.v. [[mevrouw S. Yıldız]]",
    "Datum: 21 september 2026   Uw kenmerk: {{WOO-2026-0088}}",
    "Onderwerp: zienswijze openbaarmaking",
    "",
    "Geachte [[mevrouw Yıldız]],",
    "U heeft ons gevraagd om een zienswijze over de voorgenomen openbaarmaking van e-mails tussen onze zorgbemiddelaar "
    "en uw jeugdconsulent. Wij hebben geen bezwaar tegen openbaarmaking, mits de namen en contactgegevens van onze "
    "medewerkers ([[de heer Smit-Nieuwenhuis]] en [[mevrouw Hoekman]]) en alle gegevens over de jeugdige worden "
    "weggelakt. De wachttijdcijfers zijn openbaar: wij publiceren ze maandelijks op {{www.triadevitree.nl}} en in het "
    "{{Wachttijdendashboard Jeugd Flevoland}}.",
    "Wij verzoeken u ook de directe telefoonnummers van onze zorgbemiddeling niet openbaar te maken, maar te verwijzen "
    "naar ons algemene nummer {{088-0205 000}}.",
    "",
    "Met vriendelijke groet,",
    "[[drs. J.P. (Jan-Pieter) Vogelzang]]",
    "bestuurder {{Triade Vitree}}",
], title="Zienswijze Triade Vitree", font="DejaVuSans", producer="Microsoft® Word 2019", creator="Microsoft® Word 2019",
    author="Vogelzang, Jan-Pieter"))

DOCS.append(Doc("jz28_mail_zienswijze_terborg", "rl", [
    "Van: [[gj@terborghulp.nl]]",
    "Verzonden: dinsdag 22 september 2026 21:48",
    "Aan: {{woo@dronten.nl}}",
    "Onderwerp: Re: zienswijze Woo-verzoek {{WOO-2026-0088}}",
    "",
    "Beste [[Sevda]],",
    "Ik heb bezwaar tegen het openbaar maken van mijn facturen zoals ze nu zijn. Ik ben zzp'er en mijn bedrijfsadres "
    "is mijn huisadres in {{Swifterbant}}. Ook mijn rekeningnummer en mijn {{SKJ}}-nummer wil ik niet op internet. "
    "Het tarief en het aantal uren mogen wat mij betreft openbaar, dat is gemeenschapsgeld. De omschrijvingen van de "
    "werkzaamheden gaan over het gezin; die zou ik weglakken.",
    "Groet,",
    "[[Gerrit-Jan ter Borg]]",
    "Verstuurd vanaf mijn iPhone",
    "",
    "Op 21 sep. 2026 om 10:15 heeft [[Yıldız, Sevda]] <[[s.yildiz@dronten.nl]]> het volgende geschreven:",
    "> Geachte [[heer Ter Borg]],",
    "> In het kader van Woo-verzoek {{WOO-2026-0088}} vragen wij uw zienswijze over twee facturen ({{2026-014}} en "
    "{{2026-021}}). Wilt u binnen twee weken reageren?",
    "> Met vriendelijke groet, [[Sevda Yıldız]], Woo-coördinator, [[0321 - 38 86 51]]",
], title="Re: zienswijze", font="DejaVuSans", producer="Apple Mail (2.3774)", creator="Mail"))

DOCS.append(Doc("jz29_concept_woo_besluit_review", "rl", [
    "# CONCEPT - Besluit op Woo-verzoek {{WOO-2026-0088}} (reviewversie)",
    "Status: ter beoordeling door {{team Juridische Zaken}} en {{Communicatie}}",
    "",
    "1. Het college maakt de documenten over klacht {{KL-2026-031}} deels openbaar.",
    "2. Persoonsgegevens van ambtenaren en van het gezin worden weggelakt (artikel 5.1 lid 2 sub e {{Woo}}); "
    "gezondheidsgegevens (artikel 5.1 lid 1 sub d {{Woo}}) en het BSN (artikel 5.1 lid 1 sub e {{Woo}}) ook.",
    "3. De namen van {{wethouder Roosenboom}} en {{burgemeester Lantinga}} blijven leesbaar.",
    "4. Het verslag van {{Veilig Thuis Flevoland}} valt buiten het verzoek: de gemeente beschikt er niet over.",
    "",
    "Vraag aan reviewers: is de naam van de voorzitter van de klachtencommissie openbaar? Hij is extern benoemd.",
], title="Concept besluit Woo", font="Helvetica", producer="PDF-XChange Editor 10.2", creator="PDF-XChange",
    notes=[("Kappert, Jolanda", "Nee, voorzitter is geen bestuurder: weglakken. Check met Hester Brouwer-Lammers", ["Kappert, Jolanda", "Hester Brouwer-Lammers"]),
           ("Dijkman, Merel", "Communicatie akkoord, maar bel mij even op 06-1185 9023", ["Dijkman, Merel", "06-1185 9023"]),
           ("syildiz", "Verwerkt in versie 3 (Sevda)", ["syildiz", "Sevda"])]))
