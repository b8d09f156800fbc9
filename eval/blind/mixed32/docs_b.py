"""Documents ap16-ap30 of set AP (all persons, numbers and cases invented; office holders: see README)."""
from framework import Doc, bsn, iban

B = bsn
DOCS = []

# ---------------------------------------------------------------- ap16 interne mails Toeslagen (soffice)
DOCS.append(Doc("ap16.pdf", "soffice", seed=16, title="Mailwisseling herbeoordeling huurtoeslag",
    annots=[("Graag na paraaf naar [[P:Wessel Kuipers]] sturen", "[[P:Ingrid Oosterhuis]]")], blocks=[
    ("pre", "From: [[P:Esra Doğan]] <[[E:e.dogan@toeslagen.nl]]>\n"
            "Sent: maandag {{Y:10 februari 2025}} 09:41\n"
            "To: [[P:Pieter-Bas Wolters]] <[[E:pb.wolters@toeslagen.nl]]>\n"
            "Cc: {{M:team-huurtoeslag-utrecht@toeslagen.nl}}\n"
            "Subject: herbeoordeling {{K:huurtoeslag}} 2023 – [[P:Nguyen]]"),
    ("p", "Beste [[P:Pieter-Bas]],"),
    ("p", "Bijgaand mijn voorstel voor de herbeoordeling van de {{K:huurtoeslag}} 2023 van mevrouw [[P:T.H. Nguyen]] "
          "(BSN [[B:" + B(16) + "]]). Haar inwonende zoon [[P:Minh Nguyen]] (19) had in 2023 een bijbaan bij "
          "{{O:Albert Heijn}}; zijn inkomen telt mee ({{L:artikel 8 Wet op de huurtoeslag}}). Terugvordering: {{Z:€ 1.488}}. "
          "Omdat zij in de {{K:schuldhulpverlening}} zit bij {{O:Gemeente Utrecht}}, stel ik een persoonlijke "
          "betalingsregeling voor. Contactpersoon gemeente: [[P:Marloes Hoop]], [[T:030 286 14 52]]."),
    ("p", "Met vriendelijke groet,\n\n[[P:Esra Doğan]]\n{{R:medewerker bijzondere zaken}}\n{{O:Dienst Toeslagen}} | "
          "{{G:Utrecht}}\nM [[T:06-29 55 84 10]]\nParaaf [[S:ED]]"),
    ("pre", "From: [[P:Pieter-Bas Wolters]]\nSent: maandag {{Y:10 februari 2025}} 13:02\nTo: [[P:Esra Doğan]]\n"
            "Subject: RE: herbeoordeling {{K:huurtoeslag}} 2023 – [[P:Nguyen]]"),
    ("p", "Akkoord, [[P:Esra]]. Let op: [[P:Minh]] staat sinds {{Y:1 september 2024}} op een eigen adres, "
          "[[A:Croeselaan 18 kamer 4]] in {{G:Utrecht}}. Graag ook afstemmen met [[P:Ingrid]] van de {{Q:Vaste Verandering}}-"
          "werkgroep. Zet het in {{K:Toeslagen Werkstroom}} met mijn paraaf [[S:PBW]].\n\n"
          "[[P:P.B. Wolters]] | {{R:teamleider}} Bijzondere Zaken | [[T:088 154 62 07]]"),
    ("small", "Functionele mailbox voor burgers: {{M:contact@toeslagen.nl}} | {{O:BelastingTelefoon}} {{W:0800-0543}}"),
]))

# ---------------------------------------------------------------- ap17 FAQ (chromium)
DOCS.append(Doc("ap17.pdf", "chromium", seed=17, title="Veelgestelde vragen – Klantcontact overheid",
    author="[[P:Noor El Ouardi]]", blocks=[
    ("h", "Veelgestelde vragen: contact met uitvoeringsorganisaties"),
    ("h2", "Hoe bereik ik {{O:UWV}}?"),
    ("p", "Bel {{W:088 - 898 92 94}} (werkdagen 8.00–17.00 uur). Werkgevers bellen {{W:088 - 898 20 01}}. U kunt ook inloggen "
          "op {{O:Mijn UWV}} met {{K:DigiD}}."),
    ("h2", "Ik heb een vraag over mijn toeslag."),
    ("p", "Bel de {{O:BelastingTelefoon}}: {{W:0800-0543}}. Vanuit het buitenland: {{W:+31 55 538 53 85}}. Heeft u een vraag "
          "over het herstel? Bel {{W:0800-2358 358}} of mail {{M:herstel@toeslagen.nl}}."),
    ("h2", "Waar vind ik {{O:DUO}}, {{O:SVB}} en {{O:CAK}}?"),
    ("t", [["Organisatie", "Telefoon", "E-mail / web", "Let op"],
           ["{{O:DUO}}", "{{W:050 599 77 55}}", "{{O:duo.nl}}", "studenten en oud-studenten"],
           ["{{O:SVB}}", "{{W:030 264 90 90}}", "{{O:svb.nl}}", "per regeling een ander kantoor"],
           ["{{O:CAK}}", "{{W:0800-0087}}", "{{M:klantenservice@hetcak.nl}}", "eigen bijdrage {{L:Wlz}} en {{L:Wmo}}"],
           ["{{O:CBR}}", "{{W:088 227 77 00}}", "{{M:klantenservice@cbr.nl}}", "examens en {{K:Gezondheidsverklaring}}"],
           ["{{O:RDW}}", "{{W:0900-0739}}", "{{O:rdw.nl}}", "kenteken, APK; lokaal tarief"],
           ["{{O:Kadaster}}", "{{W:088 183 22 00}}", "{{M:klantcontact@kadaster.nl}}", "eigendomsinformatie"],
           ["{{O:IND}}", "{{W:088 043 04 30}}", "{{O:ind.nl}}", "verblijf en naturalisatie"],
           ["{{O:GGD GHOR Nederland}}", "{{W:0800-1202}}", "{{O:ggd.nl}}", "vaccinaties en reizigersadvies"]]),
    ("h2", "Kan ik een medewerker direct bellen?"),
    ("p", "Nee. Medewerkers hebben geen publiek doorkiesnummer. Heeft u een {{R:persoonlijk zaakbehandelaar}}, dan krijgt u "
          "diens nummer in een brief. Deel dat nummer niet op sociale media. Meldpunt misbruik: {{W:0800-0050}}."),
    ("h2", "Hoe dien ik een klacht in?"),
    ("p", "Via het klachtenformulier, per brief of bij de {{O:Nationale ombudsman}} ({{W:0800-33 55 555}}). De termijn is "
          "zes weken volgens de {{L:Algemene wet bestuursrecht}}. Voor privacyvragen: de {{R:functionaris gegevensbescherming}} "
          "via {{M:privacy@uwv.nl}}."),
    ("small", "Pagina bijgewerkt {{Y:1 april 2025}} door de redactie van {{O:Rijksoverheid.nl}}; programma "
              "{{Q:Werk aan Uitvoering}}."),
]))

# ---------------------------------------------------------------- ap18 Kamerbrief (soffice, 2p)
DOCS.append(Doc("ap18.pdf", "soffice", seed=18, title="Kamerbrief over voortgang herstel en dienstverlening",
    author="[[P:Laura Schipper-Bakker]]", blocks=[
    ("p", "{{O:Ministerie van Financiën}}\n> Retouradres Postbus 20201 2500 EE {{G:Den Haag}}\n\n"
          "Aan de {{R:Voorzitter}} van de {{O:Tweede Kamer der Staten-Generaal}}\nPostbus 20018\n2500 EA {{G:Den Haag}}"),
    ("kv", [("Datum", "{{Y:17 maart 2025}}"), ("Betreft", "Zesde voortgangsrapportage {{Q:hersteloperatie kinderopvangtoeslag}}"),
            ("Ons kenmerk", "2025-0000071342"), ("Contactpersoon", "[[P:drs. L. Schipper-Bakker]]"),
            ("T", "[[T:06-21 88 40 57]]"), ("E", "[[E:l.schipper@minfin.nl]]")]),
    ("p", "Geachte voorzitter,"),
    ("p", "Hierbij ontvangt u de zesde voortgangsrapportage over de {{Q:hersteloperatie kinderopvangtoeslag}}. Deze brief "
          "stuur ik mede namens de {{R:minister van Sociale Zaken en Werkgelegenheid}}, {{H:Van Hijum}}. In het commissiedebat "
          "van {{Y:6 februari 2025}} vroegen de leden {{H:Inge van Dijk}} (CDA), {{H:Bikker}} (ChristenUnie) en {{H:Jimmy Dijk}} (SP) "
          "naar de doorlooptijd van de {{K:Integrale Beoordeling}} en de rol van de {{O:Commissie Werkelijke Schade}}."),
    ("p", "Eind februari hadden 31.200 ouders een {{K:Integrale Beoordeling}} ontvangen. De {{O:Uitvoeringsorganisatie "
          "Herstel Toeslagen}} ({{O:UHT}}) verwacht in 2025 nog 9.000 beoordelingen. Het {{O:UWV}}, de {{O:SVB}} en "
          "{{O:DUO}} helpen bij het oplossen van schulden via het {{Q:Landelijk Verbindingsloket}}."),
    ("p", "Ik heb op {{Y:4 maart 2025}} samen met staatssecretaris {{H:Nobel}} gesproken met ouders in {{G:Rotterdam}} en "
          "{{G:Enschede}}. Eén moeder vertelde dat haar {{R:persoonlijk zaakbehandelaar}} haar na drie jaar nog steeds niet "
          "had gebeld. Dat is niet acceptabel."),
    ("h2", "Dienstverlening"),
    ("p", "Sinds {{Y:1 januari 2025}} is de {{L:Wet hersteloperatie toeslagen}} van kracht. Op grond van {{L:artikel 2.1}} "
          "vervalt de eis dat ouders zelf stukken aanleveren. De {{O:Nationale ombudsman}} en de {{O:Kinderombudsman}} "
          "ontvingen samen 412 klachten. Het budget voor 2025 is {{Z:€ 1,3 miljard}}."),
    ("p", "Tot slot: het toezeggingenoverzicht staat in bijlage 2. De motie-{{H:Bikker}} over een loket voor jongeren is "
          "uitgevoerd."),
    ("p", "Hoogachtend,\n\nde {{R:staatssecretaris van Financiën – Herstel Toeslagen en Douane}},\n\n"
          "{{H:S.Th. Palmen-Schlangen}}"),
    ("small", "Opgesteld door de directie {{O:Herstel en Dienstverlening}}; parafen [[S:LSB]] / [[S:MvdZ]] / {{R:DG}}"),
]))

# ---------------------------------------------------------------- ap19 krantenbericht met woordvoerder (chromium)
DOCS.append(Doc("ap19.pdf", "chromium", seed=19, title="Dagblad – UWV excuses na fout in brieven", blocks=[
    ("h", "{{O:UWV}} biedt excuses aan na fout in 40.000 brieven"),
    ("small", "Door onze verslaggever – {{G:Tilburg}}, {{Y:23 april 2025}}"),
    ("p", "Uitkeringsinstantie {{O:UWV}} heeft zich verontschuldigd voor een fout in ruim 40.000 brieven over de "
          "{{K:WW-uitkering}}. In de brieven stond een verkeerde einddatum. “Dit had niet mogen gebeuren,” zegt "
          "{{R:woordvoerder}} {{V:Marjolein Aardenburg}}. “Wij nemen met iedereen contact op.”"),
    ("p", "Volgens {{V:Aardenburg}} ging het mis door een fout in een koppeling met de {{O:Belastingdienst}}. Alle brieven "
          "worden voor {{Y:1 mei}} opnieuw verstuurd."),
    ("p", "[[P:Samira]] (34) uit {{G:Tilburg}} schrok: “Ik dacht dat mijn uitkering over twee weken stopte.” Haar "
          "buurman [[P:Henk Roos]] (61) kreeg dezelfde brief. “Ik heb meteen gebeld, maar kreeg niemand te pakken.”"),
    ("p", "De {{R:minister van Sociale Zaken en Werkgelegenheid}}, {{H:Eddy van Hijum}}, noemt de fout in een reactie "
          "“vervelend en onnodig”. Kamerlid {{H:Inge van Dijk}} (CDA) wil opheldering. De {{O:FNV}} "
          "noemt het een ‘structureel probleem’."),
    ("p", "Wie vragen heeft, kan bellen met {{W:088 - 898 92 94}}."),
    ("small", "Regel van deze set: een {{R:woordvoerder}} die namens de organisatie in de krant wordt geciteerd, vervult een "
              "publieke functie; die naam blijft leesbaar. Burgers in het artikel zijn privépersonen."),
]))

# ---------------------------------------------------------------- ap20 RDW brief (reportlab)
DOCS.append(Doc("ap20.pdf", "reportlab", seed=20, title="RDW – Besluit ongeldigverklaring rijbewijs",
    fields=[("kenteken_eigenaar", "[[P:Justin Rosalia]]")],
    footer="{{O:RDW}} – Skager Rak 10 – 9642 CZ {{G:Veendam}} – {{W:0900-0739}}", blocks=[
    ("h", "{{O:Dienst Wegverkeer}} ({{O:RDW}})"),
    ("p", "De heer [[P:J.R.F. Martina]]\n[[A:Vaartweg 126]]\n[[A:1217 SW]] {{G:Hilversum}}"),
    ("kv", [("Datum", "{{Y:9 juni 2025}}"), ("Rijbewijsnummer", "[[N:5481203377]]"), ("Geboortedatum", "[[D:15-10-1990]]"),
            ("Geboorteplaats", "{{G:Willemstad}} ({{G:Curaçao}})"), ("Kenteken", "[[N:R-728-XK]]")]),
    ("p", "Geachte heer [[P:Martina]],"),
    ("p", "Het {{O:CBR}} heeft op {{Y:2 juni 2025}} besloten uw rijbewijs ongeldig te verklaren ({{L:artikel 134 "
          "Wegenverkeerswet 1994}}). Wij hebben deze ongeldigverklaring vandaag verwerkt in het {{K:rijbewijzenregister}}. "
          "U mag vanaf nu geen motorrijtuig meer besturen."),
    ("p", "Het voertuig met kenteken [[N:R-728-XK]] staat op naam van uw broer [[P:Justin Rosalia]]; dat verandert niet. "
          "Lever uw rijbewijs in bij de {{O:RDW}} in {{G:Veendam}} of bij een {{O:RDW}}-keuringsstation."),
    ("p", "Vragen? Bel {{W:0900-0739}} (lokaal tarief). Bezwaar: binnen zes weken bij het {{O:CBR}}, {{G:Rijswijk}}."),
    ("p", "Met vriendelijke groet,\n{{O:RDW}} Registratie en Informatie\n\n[[P:Visser]]\n{{R:coördinator}} rijbewijzen"),
]))

# ---------------------------------------------------------------- ap21 IND klantcontact (reportlab)
DOCS.append(Doc("ap21.pdf", "reportlab", seed=21, title="IND – notitie klantcontact",
    outline=("Notitie [[P:Rami Al-Khatib]]",), blocks=[
    ("h", "{{O:Immigratie- en Naturalisatiedienst}} – notitie {{K:Klantcontact}}"),
    ("kv", [("V-nummer", "[[N:V-3318 7720 54]]"), ("Naam", "[[P:Rami Al-Khatib]]"), ("Nationaliteit", "{{G:Syrië}}"),
            ("Geboortedatum", "[[D:01-01-1993]]"), ("Adres", "[[A:Wolfskuilseweg 301]], [[A:6542 JD]] {{G:Nijmegen}}"),
            ("Datum", "{{Y:2 oktober 2025}}"), ("Medewerker", "[[P:Ferdi Hoop]] ([[S:FHO]]), loket {{G:Zwolle}}")]),
    ("p", "Klant belde over de {{K:nareis}}aanvraag ({{L:artikel 29 lid 2 Vreemdelingenwet 2000}}) voor zijn echtgenote "
          "[[P:Lina Al-Khatib]] en dochters [[P:Maya]] (7) en [[P:Sara]] (4), verblijvend in {{G:Beiroet}}. Het DNA-onderzoek "
          "is afgerond. Klant vroeg of de {{O:Nederlandse ambassade}} in {{G:Beiroet}} al een afspraak heeft gepland."),
    ("p", "Klant gaf als terugbelnummer [[T:+31 6 4471 2208]] en e-mail [[E:rami.alkhatib93@gmail.com]]. "
          "Zijn {{R:advocaat}} [[P:mr. Dunya Barzani]] ([[T:024 322 17 40]]) belt volgende week."),
    ("p", "Afspraak: collega [[P:Tesfaye Haile]] van {{O:Team Nareis}} neemt contact op. {{K:Beslistermijn}}: negen maanden. "
          "Informatie voor klanten: {{W:088 043 04 30}}; {{O:VluchtelingenWerk Nederland}} ondersteunt."),
]))

# ---------------------------------------------------------------- ap22 scan: UWV intakeformulier (image only)
DOCS.append(Doc("ap22.pdf", "reportlab", seed=22, scan="image", title="", blocks=[
    ("h", "UWV – Intakeformulier WW (ingescand)"),
    ("kv", [("Naam", "[[P:Tjitske Dijkstra]]"), ("Adres", "[[A:Oosterkade 12]], [[A:8911 KC]] Leeuwarden"),
            ("Telefoon", "[[T:06-18 44 29 70]]"), ("BSN", "[[B:" + B(22) + "]]"), ("Geboortedatum", "[[D:21-03-1975]]"),
            ("Laatste werkgever", "Friesland Campina, Leeuwarden")]),
    ("p", "Ingevuld door de klant op 5 mei 2025. Reden einde dienstverband: reorganisatie. Contactpersoon werkgever: "
          "[[P:Jan Pieter Bosma]], HR-adviseur, telefoon [[T:058 299 41 07]]."),
    ("p", "Ontvangen door: [[P:Marco Winter]], balie Leeuwarden. Intake gepland met [[P:Femke Hiemstra]]."),
    ("p", "Handtekening klant: [[P:T. Dijkstra]]"),
]))

# ---------------------------------------------------------------- ap23 scan: GGD brief (image only)
DOCS.append(Doc("ap23.pdf", "reportlab", seed=23, scan="image", title="", blocks=[
    ("h", "GGD Rotterdam-Rijnmond"),
    ("p", "Aan de ouders van [[P:Noah Pinas]]\n[[A:Beijerlandselaan 77]]\n[[A:3074 EA]] Rotterdam"),
    ("p", "Rotterdam, 12 maart 2025"),
    ("p", "Beste [[P:Priscilla Pinas]] en [[P:Marvin Pinas]],"),
    ("p", "Uw zoon [[P:Noah]] is in contact geweest met een leerling die besmet is met kinkhoest. Wij adviseren uw "
          "huisarts te bellen als Noah gaat hoesten. Uw contactpersoon bij de GGD is [[P:Wendy Kraaijeveld]], "
          "telefoon [[T:010 433 98 12]]."),
    ("p", "Met vriendelijke groet,\n\n[[P:drs. A.K. Sewnath]]\narts infectieziektebestrijding"),
]))

# ---------------------------------------------------------------- ap24 scan with OCR layer: CAK (ocr)
DOCS.append(Doc("ap24.pdf", "reportlab", seed=24, scan="ocr", title="", author="[[P:Kees Groenveld]]", blocks=[
    ("h", "{{O:CAK}} – Herinnering eigen bijdrage {{L:Wmo}}"),
    ("p", "De heer [[P:Bernard Lakeman]]\n[[A:Dorpsstraat 45]]\n[[A:7431 AB]] {{G:Diepenveen}}"),
    ("p", "Datum: {{Y:3 juni 2025}}    CAK-nummer: [[C:5521 9904 37]]    BSN: [[B:" + B(24) + "]]"),
    ("p", "Geachte heer [[P:Lakeman]],"),
    ("p", "Wij hebben uw eigen bijdrage voor de {{K:huishoudelijke hulp}} over april nog niet ontvangen. Het bedrag is "
          "{{Z:€ 21,80}}. Wilt u dit binnen 14 dagen betalen? Uw dochter [[P:Ellen Lakeman]] is gemachtigd; wij "
          "sturen haar een kopie."),
    ("p", "Met vriendelijke groet,\n\n[[P:Monique Veldhuis]]\n{{R:teamleider}} Debiteurenbeheer"),
    ("p", "Vragen? Bel {{W:0800-0087}}."),
]))

# ---------------------------------------------------------------- ap25 scan with OCR layer: CBR (ocr)
DOCS.append(Doc("ap25.pdf", "reportlab", seed=25, scan="ocr", title="", blocks=[
    ("h", "{{O:CBR}} Divisie Rijgeschiktheid"),
    ("p", "Mevrouw [[P:Anna Wiśniewska]]\n[[A:Hoofdweg 219]]\n[[A:2131 BE]] {{G:Hoofddorp}}"),
    ("p", "Datum: {{Y:14 augustus 2025}}    Klantnummer: [[C:8830 1175]]    Geboortedatum: [[D:08-07-1959]]"),
    ("p", "Geachte mevrouw [[P:Wiśniewska]],"),
    ("p", "Wij hebben uw {{K:Gezondheidsverklaring}} ontvangen. Voordat wij een besluit nemen, vragen wij u een "
          "keuring te laten doen bij een {{R:specialist}}. U kunt kiezen uit de artsen op de lijst van het {{O:CBR}}. "
          "Uw huisarts [[P:dr. Jacob Mulder]] heeft uw gegevens al gestuurd."),
    ("p", "Met vriendelijke groet,\n\n[[P:R. Hoekstra]]\n{{R:medisch adviseur}}"),
]))

# ---------------------------------------------------------------- ap26 scan: SVB machtiging (image only)
DOCS.append(Doc("ap26.pdf", "reportlab", seed=26, scan="image", title="", blocks=[
    ("h", "SVB – Machtiging voor iemand anders"),
    ("kv", [("Ik, ondergetekende", "[[P:Johanna Kuiper]]"), ("BSN", "[[B:" + B(26) + "]]"),
            ("Adres", "[[A:Stationsweg 8]], [[A:7941 HC]] Meppel"),
            ("machtig hierbij", "[[P:Gerben Kuiper]]"), ("Telefoon gemachtigde", "[[T:06-40 19 83 56]]"),
            ("E-mail gemachtigde", "[[E:gerben.kuiper@ziggo.nl]]")]),
    ("p", "om namens mij contact te hebben met de SVB over mijn AOW-pensioen en mijn Aanvullende inkomensvoorziening."),
    ("p", "Datum: 2 september 2025    Handtekening: [[P:J. Kuiper]]"),
    ("p", "Verwerkt door [[P:Sanne de Jong]] op 4 september 2025."),
]))

# ---------------------------------------------------------------- ap27 Belastingdienst betalingsregeling (chromium)
DOCS.append(Doc("ap27.pdf", "chromium", seed=27, title="Belastingdienst – betalingsregeling",
    attach=["Inkomensverklaring [[P:Marouane Azzouzi]] 2024.pdf"], blocks=[
    ("h", "{{O:Belastingdienst}} – Besluit over uw verzoek om een betalingsregeling"),
    ("p", "[[P:M. Azzouzi]]\n[[A:Kanaalstraat 140 III]]\n[[A:3531 CL]] {{G:Utrecht}}"),
    ("kv", [("Datum", "{{Y:4 juli 2025}}"), ("Burgerservicenummer", "[[B:" + B(27) + "]]"),
            ("Betalingskenmerk", "[[N:8124 4471 0390 2255]]")]),
    ("p", "Geachte heer [[P:Azzouzi]],"),
    ("p", "U heeft gevraagd om uw schuld van {{Z:€ 6.240}} ({{K:inkomstenbelasting}} 2023) in termijnen te betalen. Wij "
          "gaan akkoord met een regeling van 24 maanden van {{Z:€ 260}} per maand ({{L:Leidraad Invordering 2008}}, "
          "{{L:artikel 25}}). Uw vrouw [[P:Khadija Azzouzi-Ouled]] heeft het verzoek mede ondertekend."),
    ("p", "Betaal elke maand vóór de 28e op {{K:NL86 INGB 0002 4455 88}} t.n.v. {{O:Belastingdienst}} {{G:Apeldoorn}} "
          "onder vermelding van het betalingskenmerk."),
    ("p", "Met vriendelijke groet,\n\nde {{R:ontvanger}},\n\n[[P:drs. Ruben Stam]]\n{{R:medewerker invordering}}\n"
          "Direct nummer [[T:055 528 47 33]]"),
    ("small", "Vragen: {{O:BelastingTelefoon}} {{W:0800-0543}} | Buitenland {{W:+31 55 538 53 85}}"),
]))

# ---------------------------------------------------------------- ap28 UWV routing/paraph sheet (reportlab table)
DOCS.append(Doc("ap28.pdf", "reportlab", seed=28, title="Routeblad WIA-besluit",
    annots=[("Let op: klant is neef van collega [[P:Younes Amrani]] – andere behandelaar!", "[[P:Saskia Brink]]"),
            ("Akkoord [[S:MvL]]", "[[P:Mirjam van Leeuwen]]")], blocks=[
    ("h", "{{O:UWV}} – Routeblad besluit {{K:WIA}} ({{K:IVA}})"),
    ("kv", [("Klant", "[[P:Bilal Amrani]]"), ("Klantnummer", "[[C:UW-77120459]]"), ("BSN", "[[B:" + B(28) + "]]"),
            ("Datum EZWb", "{{Y:30 mei 2025}}"), ("Kantoor", "{{G:Breda}}")]),
    ("t", [["Stap", "Naam", "Functie", "Paraaf", "Datum"],
           ["1 beoordeling", "[[P:dr. H.C. de Lange-Pereira]]", "{{R:verzekeringsarts}}", "[[S:HCdLP]]", "{{Y:12-05-2025}}"],
           ["2 arbeidskundig", "[[P:Ruud Verbeek]]", "{{R:arbeidsdeskundige}}", "[[S:RVB]]", "{{Y:16-05-2025}}"],
           ["3 besluit", "[[P:Dewi Soekarno]]", "{{R:beslisser}}", "[[S:DSO]]", "{{Y:21-05-2025}}"],
           ["4 vaststelling", "[[P:Mirjam van Leeuwen]]", "{{R:teamleider}}", "[[S:MvL]]", "{{Y:22-05-2025}}"],
           ["5 verzending", "[[P:Kevin Oduya]]", "{{R:administratief medewerker}}", "[[S:KOD]]", "{{Y:23-05-2025}}"]]),
    ("p", "Grondslag: {{L:artikel 47 Wet WIA}}. Ingangsdatum {{Y:1 juni 2025}}, uitkering {{Z:€ 2.871,40}} bruto per maand. "
          "Vooraf afgestemd met [[P:Saskia Brink]] van {{O:Juridische Zaken}} ([[E:saskia.brink@uwv.nl]])."),
    ("p", "Retour naar {{M:postkamer-breda@uwv.nl}} na scannen. Ondertekening: namens de {{R:minister van Sociale Zaken en "
          "Werkgelegenheid}}."),
]))

# ---------------------------------------------------------------- ap29 DUO hoorzitting verslag (soffice)
DOCS.append(Doc("ap29.pdf", "soffice", seed=29, title="Verslag hoorzitting bezwaar DUO",
    author="[[P:Ivo Meijer]]", blocks=[
    ("h", "{{O:DUO}} – Verslag van de hoorzitting"),
    ("kv", [("Bezwaarmaker", "[[P:Anastasiia Melnyk]]"), ("Relatienummer", "[[C:6618-0034-90]]"),
            ("Gemachtigde", "[[P:mr. Bart ter Winter]], {{O:Juridisch Loket}}"), ("Datum hoorzitting", "{{Y:25 juni 2025}}"),
            ("Hoorcommissie", "[[P:Ivo Meijer]] (voorzitter), [[P:Zeynep Kaya]] (secretaris)"),
            ("Plaats", "{{G:Groningen}}, Kempkensberg 12, en via {{K:Teams}}")]),
    ("h2", "Standpunt bezwaarmaker"),
    ("p", "Mevrouw [[P:Melnyk]] kwam in 2022 uit {{G:Kyiv}} naar {{G:Nederland}}. Zij studeert aan de {{O:Hanzehogeschool}}. "
          "Zij zegt: “Ik wist niet dat ik mijn adres in {{G:Assen}} moest doorgeven; mijn gastgezin, de familie [[P:Veenstra]], "
          "deed de post.” Haar gemachtigde [[P:Ter Winter]] stelt dat {{O:DUO}} de {{L:hardheidsclausule}} "
          "({{L:artikel 11.1 Wsf 2000}}) had moeten toepassen."),
    ("h2", "Standpunt DUO"),
    ("p", "De {{K:uitwonende beurs}} is teruggevorderd ({{Z:€ 3.112,70}}) omdat de inschrijving in de {{O:BRP}} niet klopte "
          "({{Q:huisbezoekcontrole}} op {{Y:12 november 2024}} door controleurs [[P:Hessel Bakker]] en [[P:Naima Chaouch]])."),
    ("p", "De voorzitter sluit de zitting om 11.05 uur. Beslissing volgt binnen zes weken."),
    ("p", "Verslag: [[P:Z. Kaya]], {{R:juridisch medewerker}}, [[E:zeynep.kaya@duo.nl]], [[T:050 599 24 18]]"),
]))

# ---------------------------------------------------------------- ap30 Kadaster en RDW correspondentie (chromium)
DOCS.append(Doc("ap30.pdf", "chromium", seed=30, title="Kadaster – reactie op correctieverzoek",
    author="[[P:Marit Zijlstra]]", blocks=[
    ("h", "{{O:Kadaster}} – Reactie op uw verzoek om correctie"),
    ("p", "[[P:Hendrik-Jan Oudeman]] en [[P:Winnie Oudeman-Sno]]\n[[A:Dorpsweg 3]]\n[[A:9965 PR]] {{G:Leens}}"),
    ("kv", [("Datum", "{{Y:19 september 2025}}"), ("Ons kenmerk", "KAD-CV-2025-3379"), ("Perceel", "{{G:Leens}} K 1044")]),
    ("p", "Geachte heer en mevrouw [[P:Oudeman]],"),
    ("p", "U vraagt ons de grens tussen uw perceel en dat van uw buren, de heer [[P:Sjoerd Dag]] en mevrouw [[P:Grietje Dag-Hoekstra]] "
          "([[A:Dorpsweg 5]]), te corrigeren. Onze {{R:landmeter}} [[P:Pim Groenhof]] heeft op {{Y:28 augustus 2025}} de grens "
          "gemeten. De grens in de {{K:Basisregistratie Kadaster}} is juist ({{L:artikel 7m Kadasterwet}})."),
    ("p", "U kunt de grens laten vastleggen via een {{K:aanwijzing}} met beide eigenaren. Kosten: {{Z:€ 1.042,00}}. "
          "Uw kenteken [[N:56-KLP-9]] noemde u in uw brief in verband met de inrit; dat is een zaak voor de {{O:RDW}} of "
          "de {{O:gemeente Het Hogeland}}."),
    ("p", "Met vriendelijke groet,\n\n[[P:ing. Lisanne Holtrop]]\n{{R:teamleider}} Registratie Noord, {{G:Groningen}}\n"
          "[[T:06-33 10 72 49]] | [[E:lisanne.holtrop@kadaster.nl]]"),
    ("small", "{{O:Kadaster}} | {{W:088 183 22 00}} | {{M:klantcontact@kadaster.nl}} | {{G:Apeldoorn}}"),
]))
