"""Provinces: GS notes, Staten committee, concession letter, Statenvragen, CdK agenda, a scanned routing slip."""
from lib import Doc, add, H, P, T, KV, SP, PB, MONO  # noqa: F401

# ---------------------------------------------------------------------------------------------- d01
d = Doc("bd01_gs_nota_gelderland.pdf", "reportlab")
d.meta = {"author": "[[PERSON:Liesbeth Brouwer-Kamphuis]]", "title": "GS-nota Uitvoeringsprogramma Natuur Veluwe",
          "subject": "Concept, opgesteld door [[PERSON:L. Brouwer-Kamphuis]] (team Natuur)"}
d.outline = True
add(d, "rl", [
    P("Nota voor Gedeputeerde Staten", "title"),
    KV([("Aan", "Gedeputeerde Staten van {{ORG:Gelderland}}"),
        ("Portefeuillehouder", "gedeputeerde {{OFFICIAL:Harriët Tiemens}}"),
        ("Van", "[[PERSON:Liesbeth Brouwer-Kamphuis]], {{TITLE:senior beleidsadviseur}} team Natuur"),
        ("Telefoon", "[[PHONE:06-41 27 83 90]]"),
        ("E-mail", "[[EMAIL:l.brouwer-kamphuis@gelderland.nl]]"),
        ("Zaaknummer", "{{FILE:2026-014382}}"),
        ("Datum", "12 november 2026"),
        ("Onderwerp", "{{PROGRAMME:Uitvoeringsprogramma Natuur Veluwe}} 2027-2030")]),
    H("1. Aanleiding"),
    P("Provinciale Staten hebben op 9 oktober 2026 de motie over het {{PROGRAMME:Gelders Natuurnetwerk}} aangenomen. "
      "Het college moet voor 1 januari een uitvoeringsprogramma vaststellen. Het programma is afgestemd met "
      "{{ORG:Natuurmonumenten}}, {{ORG:Het Geldersch Landschap}} en {{ORG:Staatsbosbeheer}}."),
    H("2. Geadviseerd besluit"),
    P("Aan het college wordt gevraagd het programma vast te stellen en gedeputeerde {{OFFICIAL:Tiemens}} te "
      "machtigen de bestuursovereenkomst met de {{ORG:Vereniging Nederlandse Gemeenten}} te ondertekenen."),
    H("3. Kern"),
    P("Het budget bedraagt 14,2 miljoen euro per jaar. De uitvoering ligt bij de {{ORG:Omgevingsdienst "
      "Regio Arnhem}}. Projectleider is [[PERSON:Thijs Oudejans]] ({{TITLE:programmamanager}}); hij wordt "
      "ondersteund door [[PERSON:Nadia el Khatib]]. Voor de juridische toets is mr. [[PERSON:R.P. Veenstra-de Lange]] "
      "geraadpleegd, die adviseert de {{LAW:Omgevingswet}} als grondslag te nemen."),
    H("4. Krachtenveld"),
    P("Burgemeester {{OFFICIAL:Marcouch}} van {{PLACE:Arnhem}} steunt het programma. Landbouworganisatie {{ORG:LTO Noord}} "
      "heeft bezwaren; haar regiobestuurder heeft die per brief toegelicht. De heer [[PERSON:Oudejans|Thijs Oudejans]] "
      "hoeft niet te worden betrokken (zie hieronder)."),
    PB(),
    H("5. Paraafblok"),
    T([["Naam", "Functie", "Paraaf", "Datum"],
       ["[[PERSON:L. Brouwer-Kamphuis|Liesbeth Brouwer-Kamphuis]]", "{{TITLE:senior beleidsadviseur}}", "[[PARAPH:LBK]]", "12-11"],
       ["[[PERSON:T.J. Oudejans|Thijs Oudejans]]", "{{TITLE:programmamanager}}", "[[PARAPH:TJO]]", "13-11"],
       ["[[PERSON:drs. M.C. van Heemstra]]", "{{TITLE:teammanager Natuur}}", "[[PARAPH:MvH]]", "14-11"],
       ["[[PERSON:Ingrid Zwaneveld]]", "{{TITLE:concerndirecteur}}", "[[PARAPH:IZ]]", "17-11"]],
      widths=(5.2, 4.6, 2.2, 2.2)),
    H("Informatie die niet openbaar gemaakt kan worden"),
    P("Nvt."),
], letterhead=["{{ORG:Provincie Gelderland}}", "{{OFFICEADDR:Markt 11}}, 6811 CG {{PLACE:Arnhem}}",
               "Postbus 9090, 6800 GX Arnhem", "T {{SWITCH:(026) 359 91 11}}"],
    footer="Zaak {{FILE:2026-014382}} - intern")
d.notes = [(0, "[[PERSON:Ingrid Zwaneveld]]", "Graag nog langs [[PERSON:Jolanda Meerdink]] (Financiën) voor de dekking")]

# ---------------------------------------------------------------------------------------------- d02
d = Doc("bd02_statencommissie_utrecht.pdf", "libreoffice")
d.meta = {"author": "[[PERSON:Joyce Verhoef-Lamers]]", "title": "Verslag Statencommissie Mobiliteit 3 november 2026",
          "lastmod": "[[PERSON:Koen van Wijngaarden]]"}
d.mailto = True
add(d, "docx", [
    P("Verslag commissie Mobiliteit, Wonen en Energie", "title"),
    KV([("Datum", "3 november 2026, 14.00-17.30 uur, Statenzaal, {{OFFICEADDR:Archimedeslaan 6}}"),
        ("Voorzitter", "Statenlid {{OFFICIAL:Gert-Jan Hoogendoorn}} (VVD)"),
        ("Commissiegriffier", "[[PERSON:Joyce Verhoef-Lamers]]"),
        ("Verslag", "[[PERSON:Koen van Wijngaarden]] ({{TITLE:notulist}}, [[EMAIL:koen.vanwijngaarden@provincie-utrecht.nl]])")],
       widths=(3.6, 12.4)),
    H("Aanwezig", 2),
    P("Statenleden {{OFFICIAL:Hoogendoorn}} (VVD), {{OFFICIAL:Fatima Azarkan}} (GroenLinks-PvdA), {{OFFICIAL:Wim Ruitenberg}} (BBB), "
      "{{OFFICIAL:Sylvia Bos-Haverkamp}} (D66), {{OFFICIAL:Dirk Lammerse}} (CDA) en {{OFFICIAL:Yusuf Demirtaş}} (SP). "
      "Namens het college: gedeputeerde {{OFFICIAL:Huib van Essen}}. Ambtelijke ondersteuning: [[PERSON:Pieter-Bas Zuidema]] "
      "en [[PERSON:Anouk Lindeboom]] (beide {{TITLE:beleidsadviseur}} {{ORG:Mobiliteit}})."),
    P("Fractieassistenten op de publieke tribune: [[PERSON:Milan Rozendaal]] (fractie VVD) en [[PERSON:Esmee Tjon-A-Fong]] "
      "(fractie GroenLinks-PvdA)."),
    H("1. Statenvoorstel Concessie {{PROJECT:OV Regio Utrecht}} 2028", 2),
    P("Het lid {{OFFICIAL:Azarkan}} vraagt of de nieuwe concessie voldoende aandacht heeft voor nachtverbindingen naar "
      "{{PLACE:Amersfoort}} en {{PLACE:Veenendaal}}. Gedeputeerde {{OFFICIAL:Van Essen}} antwoordt dat de {{ORG:U-OV}} "
      "hiervoor een pilot start. Het lid {{OFFICIAL:Ruitenberg}} wil weten waarom de lijn naar {{PLACE:Rhenen}} vervalt; "
      "de gedeputeerde zegt een schriftelijke toelichting toe, op te stellen door de heer [[PERSON:Zuidema|Pieter-Bas Zuidema]]."),
    P("Het lid {{OFFICIAL:Bos-Haverkamp}} merkt op dat haar fractieassistent [[PERSON:Milan Rozendaal]] namens de fractie "
      "vragen heeft ingediend via [[EMAIL:m.rozendaal@statenfracties-utrecht.nl]]; de griffie heeft die doorgezet. "
      "Het lid {{OFFICIAL:Lammerse}} (CDA) stelt voor de {{ORG:Reizigersadviesraad}} om advies te vragen."),
    PB(),
    H("2. Toezeggingen", 2),
    T([["Nr.", "Toezegging", "Wie", "Termijn"],
       ["T-31", "Toelichting lijn 50 {{PLACE:Rhenen}}", "gedeputeerde {{OFFICIAL:Van Essen}} (ambtelijk: [[PERSON:P.B. Zuidema|Pieter-Bas Zuidema]])", "1 december"],
       ["T-32", "Overzicht nachtnet", "[[PERSON:A. Lindeboom|Anouk Lindeboom]]", "Q1 2027"]],
      widths=(1.3, 5.5, 6.4, 2.4)),
    H("3. Sluiting", 2),
    P("De voorzitter sluit om 17.28 uur. Vragen over dit verslag: {{MAILBOX:griffie@provincie-utrecht.nl}} of "
      "[[PERSON:Joyce]] via [[PHONE:030 258 27 14]] (direct)."),
], header_lines=["{{ORG:Provincie Utrecht}} - {{ORG:Statengriffie}}", "{{OFFICEADDR:Archimedeslaan 6}}, 3584 BA {{PLACE:Utrecht}} | {{SWITCH:030 258 91 11}}"],
    footer="Vastgesteld in de commissievergadering van 1 december 2026")

# ---------------------------------------------------------------------------------------------- d03
d = Doc("bd03_concessiebrief_brabant.pdf", "reportlab")
d.meta = {"author": "[[PERSON:Bram Aarts]]", "title": "Brief aan Arriva inzake concessie Oost-Brabant"}
d.mailto = True
add(d, "rl", [
    SP(30),
    P("{{ORG:Arriva Personenvervoer Nederland B.V.}}\nt.a.v. de heer [[PERSON:J.W. (Jan-Willem) Schoenmakers]], {{TITLE:concessiemanager}}\n"
      "{{OFFICEADDR:Trambaan 3}}\n8441 BH {{PLACE:Heerenveen}}"),
    SP(12),
    KV([("Datum", "24 oktober 2026"), ("Ons kenmerk", "{{FILE:C2026-0887}}"),
        ("Contactpersoon", "[[PERSON:Bram Aarts]]"), ("Telefoon", "[[PHONE:+31 (0)6 2874 1195]]"),
        ("E-mail", "[[EMAIL:baarts@brabant.nl]]"), ("Onderwerp", "Vervoerplan 2027 concessie {{PROJECT:Oost-Brabant}}")]),
    SP(8),
    P("Geachte heer [[PERSON:Schoenmakers|J.W. (Jan-Willem) Schoenmakers]],"),
    P("Op 30 september 2026 ontvingen wij het ontwerp-vervoerplan 2027 voor de concessie {{PROJECT:Oost-Brabant}}. "
      "Wij hebben het plan getoetst aan het Programma van Eisen en de {{LAW:Wet personenvervoer 2000}}. Op twee "
      "punten vragen wij aanpassing."),
    P("Ten eerste de frequentie van de {{PRODUCT:Brabantliner}} tussen {{PLACE:Eindhoven}} en {{PLACE:Uden}}: "
      "het plan halveert deze in de avond. Ten tweede de bediening van het {{ORG:Maxima Medisch Centrum}} in "
      "{{PLACE:Veldhoven}}. Uw medewerker mevrouw [[PERSON:Gülşen Yıldırım]] heeft in het overleg van 8 oktober "
      "toegezegd hiervoor een variant uit te werken; wij ontvangen die graag voor 15 november."),
    P("De reizigersorganisatie {{ORG:ROVER}} en de {{ORG:OV-consumentenplatform Brabant}} zijn over dit plan "
      "geraadpleegd. Hun advies is bijgevoegd. Voor technische vragen over de dienstregeling kunt u terecht bij "
      "onze collega [[PERSON:Femke Wouters-Sluijter]] ([[PHONE:073 680 84 37]]) of bij {{MAILBOX:ov-concessies@brabant.nl}}."),
    P("Met vriendelijke groet,\n\nGedeputeerde Staten van {{ORG:Noord-Brabant}},\nnamens deze,\n\n\n"
      "gedeputeerde {{OFFICIAL:Christophe van der Maat}}\n{{TITLE:gedeputeerde Mobiliteit}}"),
    SP(6),
    P("Kopie: [[PERSON:ing. H. (Hanneke) Bosmans]], {{ORG:Arriva}} afdeling Planning; "
      "[[EMAIL:hanneke.bosmans@arriva.nl]]", "small"),
], letterhead=["{{ORG:Provincie Noord-Brabant}}", "{{OFFICEADDR:Brabantlaan 1}}, 5216 TV {{PLACE:'s-Hertogenbosch}}",
               "Postbus 90151, 5200 MC 's-Hertogenbosch", "{{SWITCH:(073) 681 28 12}} | www.brabant.nl"],
    font="DejaVu")

# ---------------------------------------------------------------------------------------------- d21
d = Doc("bd21_gs_nota_overijssel.pdf", "libreoffice")
d.meta = {"author": "[[PERSON:Gerrit Nijkamp]]", "title": "Besluitnota ontheffing Natura 2000 Engbertsdijksvenen",
          "subject": "Behandelaar [[PERSON:G. Nijkamp]]"}
add(d, "docx", [
    P("Besluitnota Gedeputeerde Staten", "title"),
    T([["Onderwerp", "Ontheffing {{LAW:Omgevingswet}} activiteit Natura 2000 - {{PLACE:Engbertsdijksvenen}}"],
       ["Portefeuillehouder", "gedeputeerde {{OFFICIAL:Tijs de Bree}}"],
       ["Behandelend ambtenaar", "[[PERSON:Gerrit Nijkamp]], eenheid Ruimte en Bereikbaarheid"],
       ["Telefoon / e-mail", "[[PHONE:038 499 87 61]] / [[EMAIL:g.nijkamp@overijssel.nl]]"],
       ["Kenmerk", "{{FILE:2026/0412377}}"]], widths=(4.2, 11.8), header=False),
    H("Aanleiding", 2),
    P("melkveebedrijf [[TRADE:Maatschap Ter Horst]] (gevestigd {{PLACE:Vriezenveen}}) heeft een aanvraag ingediend voor "
      "uitbreiding van de stal op het perceel aan de [[ADDRESS:Engbertsdijk 41]]. De aanvrager, de heer "
      "[[PERSON:Hendrik ter Horst]] (geboren [[DOB:14-03-1971]]), heeft op 2 september een aanvullende AERIUS-berekening "
      "aangeleverd. De bedrijfsadviseur, [[PERSON:Marloes Bruggink]] van {{ORG:DLV Advies}}, lichtte die toe."),
    H("Geadviseerd besluit", 2),
    P("1. De ontheffing te verlenen onder voorschriften.\n2. Gedeputeerde {{OFFICIAL:De Bree}} te machtigen het besluit te ondertekenen."),
    H("Toelichting", 2),
    P("De stikstofdepositie op het {{PLACE:Natura 2000-gebied}} neemt niet toe. Het advies van de {{ORG:Omgevingsdienst "
      "Twente}} is gevolgd. De interne adviseur [[PERSON:Sander Klein Gunnewiek]] heeft de ecologische toets gedaan. "
      "{{ORG:Vitens}} is gevraagd naar de grondwaterbeschermingszone."),
    H("Paraferingsblad", 2),
    T([["Functie", "Naam", "Paraaf", "Datum"],
       ["{{TITLE:Behandelaar}}", "[[PERSON:G. Nijkamp|Gerrit Nijkamp]]", "[[PARAPH:GN]]", "03-11-2026"],
       ["{{TITLE:Juridisch adviseur}}", "[[PERSON:mr. A.E. Rikkerink-Oude Vrielink]]", "[[PARAPH:AERO]]", "04-11-2026"],
       ["{{TITLE:Teamleider}}", "[[PERSON:Jeroen Haverkate]]", "[[PARAPH:JHa]]", "05-11-2026"],
       ["{{TITLE:Gedeputeerde}}", "{{OFFICIAL:T. de Bree}}", "akkoord", "10-11-2026"]],
      widths=(3.6, 6.6, 2.6, 3.0)),
    P("Ter info aan: [[PERSON:GERRIT NIJKAMP|Gerrit Nijkamp]] (dossier), {{MAILBOX:postbus@overijssel.nl}}.", "small"),
], header_lines=["{{ORG:Provincie Overijssel}}", "{{OFFICEADDR:Luttenbergstraat 2}}, 8012 EE {{PLACE:Zwolle}} - {{SWITCH:038 499 88 99}}"])
d.xmp = {"dc:creator": "[[PERSON:Gerrit Nijkamp]]", "dc:description": "Concept van [[PERSON:G. Nijkamp]]"}

# ---------------------------------------------------------------------------------------------- d26
d = Doc("bd26_statenvragen_zh.pdf", "libreoffice")
d.meta = {"author": "[[PERSON:Romy de Haas]]", "title": "Beantwoording Statenvragen PS2026-117"}
d.mailto = True
add(d, "docx", [
    P("Beantwoording Statenvragen", "title"),
    KV([("Vragensteller", "Statenlid {{OFFICIAL:Lotte Brinkman}} (PvdD)"),
        ("Nummer", "{{FILE:PS2026-117}}"), ("Datum antwoord", "18 november 2026"),
        ("Contact", "[[PERSON:Romy de Haas]], [[EMAIL:rj.de.haas@pzh.nl]], [[PHONE:06 19 55 82 04]]")], widths=(3.4, 12.6)),
    H("Vraag 1", 2),
    P("Bent u bekend met het bericht dat de {{PROJECT:Rijnlandroute}} vertraging oploopt?"),
    P("Antwoord: Ja. Gedeputeerde {{OFFICIAL:Meindert Stolk}} heeft hierover op 4 november overleg gehad met "
      "{{ORG:Rijkswaterstaat}} en de aannemer {{ORG:Comol5}}. Namens de aannemer nam de heer [[PERSON:Arjen Poldervaart]] "
      "deel; namens de provincie de projectdirecteur [[PERSON:Wendelien Cats]]."),
    H("Vraag 2", 2),
    P("Klopt het dat omwonende [[PERSON:Ruud Verhagen]] van de [[ADDRESS:Torenvlietslaan 88]] "
      "schade aan zijn woning meldde?"),
    P("Antwoord: Wij gaan niet in op individuele schademeldingen. Meldingen worden behandeld door het {{ORG:Schadeloket "
      "Rijnlandroute}} ({{SWITCH:088 020 20 20}}). In algemene zin: er zijn 23 meldingen ontvangen."),
    PB(),
    H("Vraag 3", 2),
    P("Wanneer informeert u Provinciale Staten?"),
    P("Antwoord: Voor het commissiedebat van 9 december. Het lid {{OFFICIAL:Brinkman}} ontvangt dan ook de "
      "gevraagde planning. Burgemeester {{OFFICIAL:Emile Jaensch}} van {{PLACE:Oegstgeest}} is geïnformeerd."),
    SP(),
    P("Gedeputeerde Staten van {{ORG:Zuid-Holland}},\n\n{{OFFICIAL:Wouter Kolff}}, {{TITLE:Commissaris van de Koning}}\n"
      "[[PERSON:drs. E.M. Hoekstra-Bol]], {{TITLE:secretaris}} a.i."),
], header_lines=["{{ORG:Provincie Zuid-Holland}}", "{{OFFICEADDR:Zuid-Hollandplein 1}}, 2596 AW {{PLACE:Den Haag}} | {{SWITCH:070 441 66 11}}"],
    comments=[(3, "[[PERSON:Romy de Haas]]", "Check met [[PERSON:Wendelien|Wendelien Cats]] of dit klopt, bel [[PHONE:06 19 55 82 04]]")])

# ---------------------------------------------------------------------------------------------- d30
d = Doc("bd30_agenda_cdk_groningen.pdf", "reportlab")
d.meta = {"author": "[[PERSON:Ilse Mulder-Kuipers]]", "title": "Openbare agenda Commissaris van de Koning week 47",
          "subject": "Versie 3, bijgewerkt door [[PERSON:Wendy Schrage]] (secretariaat)"}
add(d, "rl", [
    P("Openbare agenda van de {{TITLE:Commissaris van de Koning}}", "title"),
    P("Week 47, 2026. Opgesteld door het kabinet van de Commissaris; contactpersoon [[PERSON:Ilse Mulder-Kuipers]], "
      "{{TITLE:agendabeheerder}} ([[PHONE:050 316 42 88]])."),
    T([["Datum", "Tijd", "Afspraak", "Locatie"],
       ["ma 16-11", "10.00", "Commissaris {{OFFICIAL:René Paas}} opent het {{ORG:Gasberaad}}", "{{PLACE:Loppersum}}"],
       ["ma 16-11", "14.30", "Overleg met burgemeester {{OFFICIAL:Koen Schuiling}} ({{PLACE:Groningen}})", "{{OFFICEADDR:Martinikerkhof 12}}"],
       ["di 17-11", "09.00", "Kennismaking nieuwe {{ORG:Nationaal Coördinator Groningen}}", "{{PLACE:Appingedam}}"],
       ["di 17-11", "19.30", "Bewonersavond {{PROJECT:Nij Begun}}; gespreksleider [[PERSON:Hiske Wiersma]] (extern)", "{{PLACE:Delfzijl}}"],
       ["wo 18-11", "11.00", "Werkbezoek {{ORG:Rijksuniversiteit Groningen}} met de {{TITLE:Rector Magnificus}} {{OFFICIAL:Jacquelien Scherpen}}", "Academiegebouw"],
       ["do 19-11", "13.00", "Vergadering Gedeputeerde Staten", "{{OFFICEADDR:Martinikerkhof 12}}"],
       ["vr 20-11", "10.30", "Uitreiking lintje aan de heer [[PERSON:Okke Zijlstra]] (geb. [[DOB:2-7-1948]])", "{{PLACE:Winsum}}"]],
      widths=(1.9, 1.3, 9.2, 3.6)),
    P("Niet in de openbare agenda: persoonlijke afspraken. Chauffeur die week: [[PERSON:Gert Veldman]] "
      "([[PLATE:GX-418-T]]).", "small"),
    P("Persvragen: {{MAILBOX:communicatie@provinciegroningen.nl}} of de woordvoerder via {{SWITCH:050 316 49 11}}.", "small"),
], letterhead=["{{ORG:Provincie Groningen}}", "{{OFFICEADDR:Martinikerkhof 12}}, 9712 JG Groningen", "{{SWITCH:050 316 49 11}}"])

# ---------------------------------------------------------------------------------------------- d20 (scan)
d = Doc("bd20_routingformulier_scan.pdf", "scan", scan=True)
add(d, "scan", [
    P("PROVINCIE FLEVOLAND - ROUTINGFORMULIER GS", "title"),
    KV([("Onderwerp", "Subsidie Natuurinclusieve Landbouw, tranche 2"), ("Zaak", "2026-118734"),
        ("Opsteller", "[[PERSON:Maarten Kloosterboer]]"), ("Telefoon", "[[PHONE:06 38 91 24 57]]"),
        ("E-mail", "[[EMAIL:maarten.kloosterboer]]@flevoland.nl")], size=12, widths=(4, 12)),
    SP(10),
    T([["Naam", "Rol", "Paraaf", "Datum"],
       ["[[PERSON:Maarten Kloosterboer]]", "Opsteller", "[[PARAPH:MKb]]", "02-11"],
       ["[[PERSON:Annemiek Dijkhuizen]]", "Jurist", "[[PARAPH:ADh]]", "03-11"],
       ["[[PERSON:Rachid Bouzambou]]", "Teamleider", "[[PARAPH:RBz]]", "04-11"]], size=12, widths=(6.5, 3.5, 2.8, 2.6)),
    SP(10),
    P("Opmerking: aanvrager [[PERSON:Wieger Hoekstra]], [[ADDRESS:Zuidermeerdijk 9]], [[POSTCODE:8308 PR]] Nagele, "
      "IBAN [[IBAN:NL69 RABO 2712 5546 34]], heeft de stukken aangevuld.", "bold"),
], font="Helvetica", angle=0.8, seed=20)
