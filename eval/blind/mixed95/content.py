"""Documents of set PE (mixed95): pensions, Wtp transition, ABP/APG, SZW, BZK, DNB, Ombudsman.

[[K:text]] redact span, {{K:text}} keep span; see make_set.py. All persons are invented.
"""

DOCS = []


def D(**kw):
    DOCS.append(kw)


MOTIV = [
    ("h", "Informatie die niet openbaar gemaakt kan worden"),
    ("p", "Motivering: in de openbaar gemaakte versie van dit document zijn alle persoonsgegevens van "
          "ambtenaren en van betrokken burgers geanonimiseerd op grond van artikel 5.1, tweede lid, onder e, "
          "van de {{W:Woo}}."),
]


def mail_nl(van, verzonden, aan, cc, onderwerp):
    rows = [["Van:", van], ["Verzonden:", verzonden], ["Aan:", aan]]
    if cc:
        rows.append(["CC:", cc])
    rows.append(["Onderwerp:", onderwerp])
    return ("kv", rows, [28, 140])


def mail_en(frm, sent, to, cc, subject):
    rows = [["From:", frm], ["Sent:", sent], ["To:", to]]
    if cc:
        rows.append(["Cc:", cc])
    rows.append(["Subject:", subject])
    return ("kv", rows, [28, 140])


# ------------------------------------------------------------------ pe01 Woo request (e-mail)
D(id="pe01", producer="rl", font="Helvetica", pages=1, title="Woo-verzoek pensioentransitie ABP",
  author="{{O:SZW}}",
  blocks=[
      ("small", "Documentnummer 1 - {{C:WOO-2025-0417}}"),
      mail_nl("[[Henk Bosma]] <[[E:henk.bosma@kpnmail.nl]]>", "maandag 6 januari 2025 21:14",
              "{{F:woo@minszw.nl}}", "", "Verzoek op grond van de Woo - overgang ABP naar nieuw pensioenstelsel"),
      ("p", "Geachte heer, mevrouw,"),
      ("p", "Op grond van de {{W:Wet open overheid}} ({{W:Woo}}) verzoek ik het {{O:ministerie van Sociale Zaken en "
            "Werkgelegenheid}} om openbaarmaking van alle documenten over de overgang van het {{O:ABP}} naar het "
            "nieuwe pensioenstelsel onder de {{W:Wet toekomst pensioenen}} ({{W:Wtp}}), over de periode 1 januari 2024 "
            "tot en met 31 december 2024. Het gaat mij in het bijzonder om:"),
      ("p", "1. correspondentie tussen {{O:SZW}}, {{O:BZK}} en {{O:APG}} over de transitiedatum van 1 januari 2027;\n"
            "2. toezichtsbrieven en signalen van {{O:De Nederlandsche Bank}} ({{O:DNB}}) over het {{X:implementatieplan}} "
            "van het {{O:ABP}};\n"
            "3. stukken over klachten van gepensioneerden over achterstallige betalingen, het {{X:partnerpensioen}} en "
            "het {{X:arbeidsongeschiktheidspensioen}}, voor zover die bij het ministerie zijn binnengekomen;\n"
            "4. verslagen van overleg met de {{O:Pensioenfederatie}} en correspondentie met de "
            "{{O:Nationale ombudsman}}."),
      ("p", "Zelf ben ik sinds 2019 gepensioneerd bij het {{O:ABP}} (oud-docent in Zwolle) en volg ik de transitie "
            "voor de lezersrubriek van een seniorenblad. Ik ontvang de stukken graag digitaal."),
      ("p", "Met vriendelijke groet,"),
      ("p", "[[Henk Bosma]]\n[[A:Thorbeckegracht 19]]\n[[A:8011 VM]] Zwolle\n[[T:06 2874 1190]]"),
      ("sp", 4),
      ("small", "Dit bericht is automatisch doorgestuurd vanuit de functionele mailbox {{F:woo@minszw.nl}} naar het "
                "team {{O:Woo-coördinatie}} van de directie {{O:Bedrijfsvoering}}. Algemeen nummer {{O:SZW}}: "
                "{{M:070 333 44 44}}."),
  ])

# ------------------------------------------------------------------ pe02 acknowledgement letter
D(id="pe02", producer="rl", font="Times", size=11, pages=1, title="Ontvangstbevestiging Woo-verzoek",
  header="Ministerie van Sociale Zaken en Werkgelegenheid",
  blocks=[
      ("right", "Retouradres Postbus 90801 2509 LV Den Haag"),
      ("p", "De heer [[H. Bosma]]\n[[A:Thorbeckegracht 19]]\n[[A:8011 VM]] ZWOLLE"),
      ("kv", [["Datum", "13 januari 2025"],
              ["Betreft", "Ontvangstbevestiging verzoek op grond van de Woo"],
              ["Ons kenmerk", "{{C:2025-0000004187}}"],
              ["Uw kenmerk", "-"],
              ["Contactpersoon", "mr. [[F. de Wit]]"],
              ["T", "[[T:070 333 6190]]"],
              ["E", "{{F:woo@minszw.nl}}"]], [35, 120]),
      ("p", "Geachte heer [[Bosma]],"),
      ("p", "Op 6 januari 2025 heeft u een verzoek gedaan op grond van de {{W:Wet open overheid}} ({{W:Woo}}). U vraagt "
            "om documenten over de overgang van het {{O:ABP}} naar het nieuwe pensioenstelsel. Uw verzoek is op "
            "6 januari 2025 ontvangen. Wij behandelen uw verzoek onder nummer {{C:WOO-2025-0417}}."),
      ("p", "Wij beslissen binnen vier weken na ontvangst. Deze termijn kan met twee weken worden verdaagd. Omdat "
            "uw verzoek ook documenten van het {{O:ministerie van Binnenlandse Zaken en Koninkrijksrelaties}}, "
            "{{O:APG}} en {{O:DNB}} raakt, vragen wij derden om hun zienswijze (artikel 4.4 {{W:Woo}})."),
      ("p", "Heeft u vragen? Neem dan contact op met mevrouw [[De Wit]] via bovenstaand telefoonnummer of via "
            "{{F:woo@minszw.nl}}. Vermeld daarbij altijd het kenmerk van deze brief."),
      ("p", "Met vriendelijke groet,\n\nDe minister van Sociale Zaken en Werkgelegenheid,\nnamens deze,"),
      ("sig", "[[S:R. Baas]]"),
      ("p", "[[Roderick Baas]]\n{{J:afdelingshoofd}} Pensioenen"),
      ("sp", 6),
      ("small", "{{O:Ministerie van Sociale Zaken en Werkgelegenheid}} | {{A:Parnassusplein 5}} | 2511 VX Den Haag | "
                "Postbus 90801 | T {{M:070 333 44 44}} | www.rijksoverheid.nl/szw"),
  ])

# ------------------------------------------------------------------ pe03 Woo decision (docx, 2 pages)
D(id="pe03", producer="docx", dfont="Liberation Serif", size=11, pages=2, title="Besluit op uw Woo-verzoek",
  author="{{O:SZW}} {{O:Woo-coördinatie}}",
  blocks=[
      ("small", "> Retouradres Postbus 90801 2509 LV Den Haag"),
      ("p", "De heer [[H. Bosma]]\n[[A:Thorbeckegracht 19]]\n[[A:8011 VM]] Zwolle"),
      ("kv", [["Datum", "17 februari 2025"], ["Betreft", "Besluit op uw Woo-verzoek"],
              ["Ons kenmerk", "{{C:2025-0000019903}}"], ["Zaaknummer", "{{C:WOO-2025-0417}}"],
              ["Behandeld door", "[[Femke de Wit]]"], ["E-mail", "{{F:woo@minszw.nl}}"]]),
      ("p", "Geachte heer [[Bosma]],"),
      ("p", "In uw e-mail van 6 januari 2025 heeft u met een beroep op de Wet open overheid (Woo) gevraagd om "
            "documenten over de overgang van het {{O:ABP}} naar het nieuwe pensioenstelsel. Op 3 februari 2025 is "
            "de beslistermijn met twee weken verdaagd. Met dit besluit beslis ik op uw verzoek."),
      ("h", "1. Wat heeft u gevraagd?"),
      ("p", "U vraagt om correspondentie tussen {{O:SZW}}, {{O:BZK}} en {{O:APG}}, toezichtsbrieven van {{O:DNB}}, "
            "klachtstukken van gepensioneerden, verslagen van overleg met de {{O:Pensioenfederatie}} en correspondentie "
            "met de {{O:Nationale ombudsman}}. Op 21 januari 2025 heeft u telefonisch met mevrouw [[De Wit]] "
            "afgesproken dat stukken van vóór 1 juli 2024 buiten het verzoek vallen."),
      ("h", "2. Wat heb ik gevonden?"),
      ("p", "Er zijn 31 documenten gevonden. Deze staan op de inventarislijst in bijlage 1. Van vier documenten is "
            "{{O:APG}} de opsteller; {{O:APG}} en het bestuur van het {{O:ABP}} hebben een zienswijze gegeven. "
            "{{O:DNB}} heeft op 30 januari 2025 laten weten geen bezwaar te hebben tegen openbaarmaking van de "
            "toezichtsbrief, met uitzondering van de namen van haar medewerkers."),
      ("h", "3. Besluit"),
      ("p", "Ik maak de documenten deels openbaar. De informatie die ik niet openbaar maak, is in de documenten "
            "weggelakt met vermelding van de weigeringsgrond."),
      ("pb",),
      ("h", "4. Overwegingen"),
      ("p", "Persoonsgegevens (artikel 5.1, tweede lid, aanhef en onder e, Woo). In de documenten staan namen, "
            "e-mailadressen en telefoonnummers van medewerkers van {{O:SZW}}, {{O:BZK}}, {{O:APG}}, {{O:DNB}}, de "
            "{{O:Pensioenfederatie}} en de {{O:Nationale ombudsman}}. Deze medewerkers treden niet uit hoofde van hun "
            "functie in de openbaarheid. Namen van bewindspersonen, Kamerleden en de secretaris-generaal maak ik wel "
            "openbaar."),
      ("p", "Bijzondere persoonsgegevens (artikel 5.1, eerste lid, onder d, Woo). Enkele klachtstukken bevatten "
            "gegevens over de gezondheid van gepensioneerden en over strafrechtelijke gegevens. Deze maak ik niet "
            "openbaar. Ook burgerservicenummers (artikel 5.1, eerste lid, onder e, Woo), "
            "pensioenregistratienummers en rekeningnummers van betrokkenen worden niet openbaar gemaakt."),
      ("p", "Het gaat om gepensioneerden die zich zelf tot het {{O:ABP}} of de {{O:Nationale ombudsman}} hebben gewend, "
            "zoals mevrouw [[Ramdin-Tjon A Fong]] en de heer [[Van den Akker]]. Hun belang bij bescherming van hun "
            "persoonlijke levenssfeer weegt zwaarder dan het algemeen belang van openbaarheid."),
      ("h", "5. Hoe maak ik de documenten openbaar?"),
      ("p", "De documenten worden gepubliceerd op {{P:open.overheid.nl}}. Ik stuur u de documenten ook digitaal toe."),
      ("p", "Met vriendelijke groet,\nDe minister van Sociale Zaken en Werkgelegenheid,\nnamens deze,\n\n"
            "[[Jeroen Kruithof]]\n{{J:directeur Arbeidsverhoudingen}}"),
      ("small", "Bezwaar: binnen zes weken na de dag van verzending, gericht aan de {{R:minister van Sociale Zaken en "
                "Werkgelegenheid}}, Postbus 90801, 2509 LV Den Haag."),
  ] + MOTIV)

# ------------------------------------------------------------------ pe04 inventory list (landscape table)
D(id="pe04", producer="rl", font="LibSans", size=9, pages=1, landscape=True, title="Inventarislijst WOO-2025-0417",
  blocks=[
      ("h", "Bijlage 1 - Inventarislijst Woo-verzoek {{C:WOO-2025-0417}} (overgang {{O:ABP}} naar {{W:Wtp}})"),
      ("t", [["Nr", "Datum", "Document", "Beoordeling", "Grond", "Opmerking"],
             ["1", "06-01-2025", "Woo-verzoek", "Deels openbaar", "5.1.2e", "naam verzoeker"],
             ["2", "14-06-2024", "Beslisnota transitie ABP", "Deels openbaar", "5.1.2e", ""],
             ["3", "02-07-2024", "E-mailwisseling SZW-BZK-APG transitiedatum", "Deels openbaar", "5.1.2e", "familie 3-4"],
             ["4", "09-07-2024", "E-mail DNB (Engels)", "Deels openbaar", "5.1.2e", ""],
             ["5", "18-07-2024", "Verslag overleg Pensioenfederatie", "Deels openbaar", "5.1.2e, 5.2.1", ""],
             ["6", "23-08-2024", "Toezichtsbrief DNB aan bestuur ABP", "Deels openbaar", "5.1.2e", "zienswijze DNB"],
             ["7", "05-09-2024", "Chatbericht Teams", "Deels openbaar", "5.1.2e", "opgesteld door [[MvdH]]"],
             ["8", "17-09-2024", "Klachtbrief gepensioneerde", "Deels openbaar", "5.1.1d, 5.1.1e, 5.1.2e", "scan"],
             ["9", "17-09-2024", "Handgeschreven notitie", "Deels openbaar", "5.1.2e", "paraaf [[RB]]"],
             ["10", "01-10-2024", "Brief ABP aan nabestaande", "Deels openbaar", "5.1.1e, 5.1.2e", ""],
             ["11", "14-10-2024", "Brief Nationale ombudsman", "Deels openbaar", "5.1.1d, 5.1.2e", "{{C:2024.11873}}"],
             ["12", "21-10-2024", "Aanvraagformulier partnerpensioen", "Deels openbaar", "5.1.1e, 5.1.2e", ""],
             ["13", "04-11-2024", "Interne notitie AOP-dossier", "Deels openbaar", "5.1.1d, 5.1.2e", ""],
             ["14", "11-11-2024", "Overzicht klachtdossiers", "Deels openbaar", "5.1.1e, 5.1.2e", ""],
             ["15", "19-11-2024", "Concept antwoorden Kamervragen", "Openbaar", "-", "al openbaar, zie {{C:2024Z18812}}"],
             ["16", "26-11-2024", "Presentielijst werkgroep communicatie", "Deels openbaar", "5.1.2e", ""],
             ["17", "03-12-2024", "Brief BZK aan ABP", "Deels openbaar", "5.1.2e", ""],
             ["18", "10-12-2024", "Verslag overleg SZW-APG datakwaliteit", "Deels openbaar", "5.1.2e, 5.1.2i", ""],
             ["19", "12-12-2024", "Telefoonnotitie", "Deels openbaar", "5.1.1d, 5.1.2e", ""],
             ["20", "16-12-2024", "Vraag-en-antwoordlijst", "Openbaar", "-", ""]],
       [12, 24, 88, 30, 40, 60]),
      ("small", "Documenten 21 tot en met 31 staan op de tweede lijst (familie {{O:Nationale ombudsman}}). "
                "Behandelaar: [[MvdH]] / [[FdW]]. Gronden: 5.1.1d bijzondere persoonsgegevens, 5.1.1e "
                "identificatienummers, 5.1.2e persoonlijke levenssfeer, 5.1.2i goed functioneren, 5.2.1 "
                "persoonlijke beleidsopvattingen."),
  ])

# ------------------------------------------------------------------ pe05 beslisnota (2 pages)
D(id="pe05", producer="rl", font="LibSans", size=9.5, pages=2, title="Beslisnota transitie ABP",
  header="Ministerie van Sociale Zaken en Werkgelegenheid - Directie Arbeidsverhoudingen",
  hidden={"info_author": "[[mvdheijden]]"},
  blocks=[
      ("h", "Beslisnota"),
      ("kv", [["Aan", "{{R:minister van Sociale Zaken en Werkgelegenheid}}"],
              ["Van", "[[Marloes van der Heijden-Brink]], {{J:senior beleidsmedewerker}} pensioenen"],
              ["Datum", "14 juni 2024"],
              ["Kenmerk", "{{C:2024-0000318842}}"],
              ["Onderwerp", "Transitiedatum {{O:ABP}} en borging van het {{X:implementatieplan}}"],
              ["Kopie aan", "{{R:secretaris-generaal}}, {{O:DG Sociale Zekerheid}}, [[R. Baas]] ({{J:afdelingshoofd}})"],
              ["Contactpersoon", "[[M. van der Heijden-Brink]]\nT [[T:070 333 5412]] / M [[T:06 2147 8836]]\n"
                                 "[[E:m.vanderheijden@minszw.nl]]"]], [32, 130]),
      ("h", "Aanleiding"),
      ("p", "Het bestuur van het {{O:ABP}} heeft op 29 mei 2024 besloten om op 1 januari 2027 over te stappen naar de "
            "{{X:solidaire premieregeling}} en de bestaande pensioenen in te varen. {{O:APG}} voert de administratie "
            "uit. Het {{O:ministerie van BZK}} is als werkgever van de sector Rijk betrokken via het {{O:Verbond "
            "Sectorwerkgevers Overheid}} ({{O:VSO}}). U heeft de Tweede Kamer toegezegd over de voortgang te rapporteren "
            "in de {{G:Voortgangsbrief Wtp}}."),
      ("h", "Geadviseerd besluit"),
      ("p", "Aan de minister wordt gevraagd: (1) kennis te nemen van de planning van {{O:ABP}} en {{O:APG}}; (2) in te "
            "stemmen met een bestuurlijk overleg met de {{O:Pensioenfederatie}} op 18 juli 2024; (3) in te stemmen "
            "met de bijgevoegde reactie aan {{O:DNB}}."),
      ("h", "Kern"),
      ("p", "- De transitie van het {{O:ABP}} raakt circa 3 miljoen deelnemers. Een uitstel naar 1 januari 2028 vergt "
            "een wijziging van de {{W:Wet toekomst pensioenen}}.\n"
            "- {{O:DNB}} houdt toezicht op het {{X:implementatieplan}} en heeft signalen over datakwaliteit bij "
            "{{O:APG}} ontvangen (zie toezichtsbrief van 23 augustus 2024, concept).\n"
            "- Volgens [[Joost Vermeulen-Dekker]] ({{O:APG}}) is de {{X:go/no-go}} voor de migratie gepland in het "
            "tweede kwartaal van 2026."),
      ("h", "Toelichting"),
      ("p", "Uit het overleg op 6 juni 2024 met [[Vermeulen-Dekker]] en mevrouw [[K. ter Horst]] ({{J:programmamanager}} "
            "transitie bij {{O:APG}}) bleek dat de {{X:datakwaliteit}} van oude dienstverbanden in het onderwijs "
            "achterblijft. Het gaat om dossiers van vóór 1996, toen het {{O:ABP}} nog een overheidsfonds was. "
            "[[Ter Horst]] verwacht dat het herstel eind 2025 klaar is."),
      ("pb",),
      ("h", "Krachtenveld"),
      ("p", "De {{O:Pensioenfederatie}} steunt de planning, maar vraagt om een ruimere {{X:fallback}}-regeling. "
            "De vakbonden ({{O:FNV Overheid}}, {{O:CNV Connectief}}) zijn kritisch over de communicatie aan "
            "gepensioneerden. In de Tweede Kamer vroegen het lid {{R:Joseph}} ({{O:NSC}}) en het lid {{R:Van Kent}} "
            "({{O:SP}}) naar een bezwaarrecht. Op ambtelijk niveau is afgestemd met [[Annelies Zwaneveld]] "
            "({{O:BZK}}, {{O:DGOO}})."),
      ("h", "Bijlagen"),
      ("p", "1. Conceptreactie aan {{O:DNB}}\n2. Planning {{O:APG}} (vertrouwelijk)\n3. Q&A voor de woordvoering"),
      ("h", "Paraaf"),
      ("t", [["Naam", "Functie", "Paraaf", "Datum"],
             ["[[M. van der Heijden-Brink]]", "{{J:senior beleidsmedewerker}}", "[[MvdH]]", "14-06-2024"],
             ["[[R. Baas]]", "{{J:afdelingshoofd}} Pensioenen", "[[RB]]", "17-06-2024"],
             ["[[J.P. Kruithof]]", "{{J:directeur Arbeidsverhoudingen}}", "[[JPK]]", "18-06-2024"]],
       [50, 55, 25, 25]),
  ] + MOTIV)

# ------------------------------------------------------------------ pe06 mail thread NL (2 pages)
D(id="pe06", producer="rl", font="DejaVu", size=9, pages=2, title="RE: transitiedatum ABP",
  blocks=[
      mail_nl("[[Zwaneveld, Annelies]] <[[E:a.zwaneveld@minbzk.nl]]>", "dinsdag 2 juli 2024 16:42",
              "[[Heijden-Brink, Marloes van der]] <[[E:m.vanderheijden@minszw.nl]]>",
              "[[Vermeulen-Dekker, Joost]] <[[E:joost.vermeulen@apg.nl]]>; {{F:pensioenen@minbzk.nl}}",
              "RE: transitiedatum ABP - reactie werkgeverskant"),
      ("p", "Hoi [[Marloes]],"),
      ("p", "Dank voor je snelle reactie. Vanuit {{O:BZK}} kunnen we leven met 1 januari 2027, mits de {{O:VSO}} vóór "
            "1 oktober een akkoord heeft over de compensatie. [[Bram]] pakt de afstemming met de sectorwerkgevers op; "
            "hij is bereikbaar op [[T:06 4417 2093]]. Ik ben van 8 tot en met 26 juli met verlof."),
      ("p", "Groet,\n[[Annelies]]\n\n[[Annelies Zwaneveld]]\n{{J:Senior beleidsmedewerker}} arbeidsvoorwaarden\n"
            "{{O:Ministerie van Binnenlandse Zaken en Koninkrijksrelaties}}\n{{O:DG Overheidsorganisatie}}\n"
            "{{A:Turfmarkt 147}} | Den Haag\nM [[T:06 1190 4478]]"),
      ("small", "-----Oorspronkelijk bericht-----"),
      mail_nl("[[Heijden-Brink, Marloes van der]] <[[E:m.vanderheijden@minszw.nl]]>", "dinsdag 2 juli 2024 11:05",
              "[[Zwaneveld, Annelies]] <[[E:a.zwaneveld@minbzk.nl]]>; [[El Idrissi, Bram]] <[[E:b.elidrissi@minbzk.nl]]>",
              "[[Baas, Roderick]] <[[E:r.baas@minszw.nl]]>", "transitiedatum ABP"),
      ("p", "Beste [[Annelies]] en [[Bram]],"),
      ("p", "Zoals besproken: het bestuur van het {{O:ABP}} houdt vast aan 1 januari 2027. [[Joost]] van {{O:APG}} "
            "liet vanochtend weten dat de {{X:invaarbesluit}}-procedure volgens planning loopt. Wij willen de "
            "minister vóór het zomerreces informeren. Kunnen jullie vóór vrijdag aangeven of {{O:BZK}} als "
            "werkgever een standpunt heeft over de {{X:compensatieregeling}}?"),
      ("p", "Met vriendelijke groet,\n[[Marloes van der Heijden-Brink]]\n{{J:Senior beleidsmedewerker}} pensioenen | "
            "{{O:Directie Arbeidsverhoudingen}}\n{{O:Ministerie van Sociale Zaken en Werkgelegenheid}}\n"
            "{{A:Parnassusplein 5}} | 2511 VX | Den Haag\nT [[T:070 333 5412]] | M [[T:06 2147 8836]]\n"
            "Aanwezig: ma, di, do"),
      ("pb",),
      ("small", "-----Oorspronkelijk bericht-----"),
      mail_nl("[[Vermeulen-Dekker, Joost]] <[[E:joost.vermeulen@apg.nl]]>", "maandag 1 juli 2024 18:20",
              "[[Heijden-Brink, Marloes van der]] <[[E:m.vanderheijden@minszw.nl]]>",
              "[[Ter Horst, Karin]] <[[E:karin.terhorst@apg.nl]]>; {{F:bestuurssecretariaat@abp.nl}}",
              "Besluit bestuur ABP transitiedatum"),
      ("p", "Beste mevrouw [[Van der Heijden]],"),
      ("p", "Hierbij bevestig ik namens {{O:APG}} dat het bestuur van het {{O:ABP}} op 29 mei jl. het transitiebesluit "
            "heeft genomen. De communicatie aan deelnemers via {{P:Mijn ABP}} en {{P:Mijnpensioenoverzicht.nl}} start "
            "in het najaar. [[Karin]] stuurt u de planning van de {{X:datamigratie}} toe. Voor vragen van gepensioneerden "
            "verwijzen wij naar de {{O:ABP}}-klantenservice, {{M:045 579 60 70}}."),
      ("p", "Met vriendelijke groet,\n\n[[J.M. Vermeulen-Dekker]]\n{{J:Senior relatiemanager}} Overheid & Onderwijs\n"
            "{{O:APG}} | {{A:Oude Lindestraat 70}} | Heerlen\n{{O:APG}} | {{A:Gustav Mahlerplein 3}} | Amsterdam\n"
            "M [[T:06 3388 1290]]"),
      ("small", "Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. {{O:APG Groep N.V.}} is statutair "
                "gevestigd te {{L:Heerlen}}."),
  ])

# ------------------------------------------------------------------ pe07 mail EN with DNB
D(id="pe07", producer="rl", font="Helvetica", size=9.5, pages=1, title="RE: ABP implementation plan - data quality",
  blocks=[
      mail_en("[[Lamers, Pieter-Jan]] <[[E:p.j.lamers@dnb.nl]]>", "Tuesday, July 9, 2024 9:12 AM",
              "'[[E:m.vanderheijden@minszw.nl]]'", "[[Bouzid, Nadia]] <[[E:n.bouzid@dnb.nl]]>; {{F:toezicht.pensioenen@dnb.nl}}",
              "RE: ABP implementation plan - data quality"),
      ("p", "Dear [[Marloes]],"),
      ("p", "Thanks for your note. As discussed with [[Nadia]] yesterday, {{O:DNB}} will send its supervisory letter to the "
            "{{O:ABP}} board after the summer. Our main concern is the {{X:data quality}} of legacy records administered by "
            "{{O:APG}}. We do not expect a formal {{X:invaarbesluit}} objection at this stage, but the "
            "{{X:implementatieplan}} needs a robust {{X:fallback}} scenario."),
      ("p", "Please note that our {{X:supervisory approach}} is confidential until the letter is sent. Questions from the "
            "press go via {{O:DNB}} Communications, {{M:020 524 2880}}."),
      ("p", "Kind regards,\n[[Pieter-Jan Lamers]]\n{{J:Senior Supervisor}} Pension Funds | {{O:De Nederlandsche Bank}}\n"
            "{{A:Spaklerweg 4}}, Amsterdam\nDirect [[T:+31 20 524 3317]] | Mobile [[T:+31 6 5120 7784]]"),
      ("small", "From: [[Heijden-Brink, Marloes van der]]\nSent: Monday, July 8, 2024 4:51 PM\nTo: [[Lamers, Pieter-Jan]]\n"
                "Subject: ABP implementation plan - data quality"),
      ("p", "Dear Mr [[Lamers]], dear [[Pieter-Jan]],"),
      ("p", "The Minister would like to be informed before the summer recess on {{O:DNB}}'s view of the transition "
            "timeline of the {{O:ABP}}. Could you share the main points of the upcoming letter? Our {{R:Director-General}} "
            "will discuss the matter with {{O:DNB}}'s {{J:division director}} on 15 July."),
      ("p", "Best,\n[[Marloes]]\n[[M. van der Heijden-Brink]] | {{O:Ministry of Social Affairs and Employment}}"),
  ])

# ------------------------------------------------------------------ pe08 minutes Pensioenfederatie (docx, 2 pages)
D(id="pe08", producer="docx", dfont="Liberation Sans", size=10, pages=2, title="Verslag bestuurlijk overleg",
  author="[[Hoogendijk, W.]]", hidden={"info_author": "[[Hoogendijk, W.]]"},
  blocks=[
      ("h", "Verslag bestuurlijk overleg {{O:SZW}} - {{O:Pensioenfederatie}}"),
      ("kv", [["Datum", "18 juli 2024, 10.00-11.30 uur"],
              ["Locatie", "{{O:Pensioenfederatie}}, {{A:Prinses Margrietplantsoen 90}}, Den Haag"],
              ["Verslag", "[[W. Hoogendijk]] ([[WH]])"],
              ["Kenmerk", "{{C:PF/2024/0718-BO}}"]]),
      ("p", "Aanwezig"),
      ("t", [["Naam", "Organisatie", "Functie", "Code"],
             ["{{R:directeur-generaal}} Sociale Zekerheid", "{{O:SZW}}", "voorzitter", "DG"],
             ["[[Roderick Baas]]", "{{O:SZW}}", "{{J:afdelingshoofd}} Pensioenen", "[[RB]]"],
             ["[[Marloes van der Heijden-Brink]]", "{{O:SZW}}", "{{J:senior beleidsmedewerker}}", "[[MvdH]]"],
             ["[[Wouter Hoogendijk]]", "{{O:Pensioenfederatie}}", "{{J:beleidsadviseur}}", "[[WH]]"],
             ["[[Esther van 't Hof]]", "{{O:Pensioenfederatie}}", "{{J:manager}} Pensioenbeleid", "[[EvtH]]"],
             ["[[Karin ter Horst]]", "{{O:APG}}", "{{J:programmamanager}} transitie", "[[KtH]]"],
             ["[[Yusuf Demirkaya]]", "{{O:PFZW}}", "{{J:bestuursadviseur}}", "[[YD]]"]]),
      ("p", "Afwezig met bericht: [[Annelies Zwaneveld]] ({{O:BZK}})."),
      ("h", "1. Opening en mededelingen"),
      ("p", "De voorzitter opent de vergadering. [[EvtH]] meldt dat de {{O:Pensioenfederatie}} een {{X:Transitie-"
            "monitor}} publiceert. [[RB]] meldt dat de {{G:Voortgangsbrief Wtp}} na de zomer verschijnt."),
      ("h", "2. Transitiedatum ABP"),
      ("p", "[[KtH]] licht de planning toe: invaren per 1 januari 2027, met een {{X:go/no-go}}-moment medio 2026. "
            "[[Ter Horst]] wijst op het risico van onvolledige gegevens over deeltijdfactoren in het onderwijs. "
            "[[WH]] vraagt of {{O:SZW}} ruimte ziet voor een langere transitieperiode. [[MvdH]] antwoordt dat "
            "daarvoor een wetswijziging nodig is en dat de minister daar op dit moment geen voorstander van is."),
      ("h", "3. Klachten van gepensioneerden"),
      ("p", "[[Demirkaya]] noemt signalen uit de {{O:PFZW}}-achterban over onrust bij gepensioneerden. "
            "[[Hoogendijk]] stelt voor gezamenlijk met de {{O:Nationale ombudsman}} te bekijken welke klachten "
            "structureel zijn: achterstallige uitbetalingen, het {{X:partnerpensioen}} bij overlijden en het "
            "{{X:arbeidsongeschiktheidspensioen}}."),
      ("pb",),
      ("h", "4. Communicatie"),
      ("p", "Afgesproken wordt dat de {{O:Pensioenfederatie}}, {{O:SZW}} en {{O:APG}} gezamenlijk een "
            "{{G:Pensioen Dichtbij}}-campagne laten ontwikkelen. [[Van 't Hof]] neemt contact op met "
            "{{O:Wijzer in geldzaken}}."),
      ("h", "5. Rondvraag en sluiting"),
      ("p", "[[Esther]] vraagt of het verslag openbaar wordt. De voorzitter antwoordt dat het onder de {{W:Woo}} valt."),
      ("h", "Actiepunten"),
      ("t", [["Nr", "Actie", "Wie", "Wanneer"],
             ["24-07", "Planning datamigratie delen met {{O:SZW}}", "[[KtH]]", "1 sep 2024"],
             ["24-08", "Overzicht structurele klachten", "[[WH]] / [[MvdH]]", "1 okt 2024"],
             ["24-09", "Voorstel campagne {{G:Pensioen Dichtbij}}", "[[EvtH]]", "15 sep 2024"],
             ["24-10", "Afstemming met {{O:BZK}} over compensatie", "[[RB]]", "1 sep 2024"]]),
      ("small", "Vastgesteld door [[Hoogendijk]] op 25 juli 2024. Verspreiding: deelnemers; secretariaat "
                "{{F:info@pensioenfederatie.nl}}."),
  ])

# ------------------------------------------------------------------ pe09 DNB supervisory letter (2 pages)
D(id="pe09", producer="rl", font="Times", size=10.5, pages=2, title="Toezichtsbrief transitie",
  header="De Nederlandsche Bank N.V.",
  hidden={"xmp_creator": ["[[Nadia Bouzid]]", "[[nbouzid]]"]},
  blocks=[
      ("right", "{{O:De Nederlandsche Bank N.V.}}\nPostbus 98\n1000 AB Amsterdam\n{{A:Spaklerweg 4}}\n"
                "T {{M:020 524 91 11}}\nwww.dnb.nl"),
      ("p", "Het bestuur van {{O:Stichting Pensioenfonds ABP}}\nt.a.v. de voorzitter\nPostbus 4806\n6401 JL Heerlen"),
      ("kv", [["Datum", "23 augustus 2024"], ["Ons kenmerk", "{{C:T068-2024-08-1187}}"],
              ["Uw kenmerk", "{{C:ABP/BS/2024/331}}"], ["Onderwerp", "Beoordeling {{X:implementatieplan}} en datakwaliteit"],
              ["Behandeld door", "[[P.J. Lamers]], [[T:020 524 3317]]"]], [32, 120]),
      ("p", "Geacht bestuur,"),
      ("p", "Op grond van artikel 150m van de {{W:Pensioenwet}} heeft u ons op 29 mei 2024 het geactualiseerde "
            "{{X:implementatieplan}} toegezonden. Wij hebben dit plan beoordeeld in het licht van de "
            "{{W:Wet toekomst pensioenen}} en de {{X:Beleidsuitingen transitie}} van {{O:DNB}}."),
      ("h", "Bevindingen"),
      ("p", "1. De planning is haalbaar, maar kent weinig marge. De {{X:datamigratie}} door {{O:APG}} is het kritieke pad.\n"
            "2. Bij de steekproef in het {{X:Pensioenregister}} van {{O:APG}} bleken 214 van de 2.400 onderzochte dossiers "
            "onvolledige gegevens over arbeidsongeschiktheid en deeltijd te bevatten.\n"
            "3. De {{X:fallback}}-procedure voor het geval een {{X:invaarbesluit}} niet kan worden genomen, is nog niet "
            "uitgewerkt."),
      ("pb",),
      ("h", "Verzoek"),
      ("p", "Wij verzoeken u uiterlijk 1 december 2024 een herstelplan voor de datakwaliteit te sturen, met daarin een "
            "onafhankelijke toets door een {{J:certificerend actuaris}}. Wij bespreken dit plan graag met uw "
            "{{J:bestuursbureau}}."),
      ("p", "Een afschrift van deze brief zenden wij aan de {{R:minister van Sociale Zaken en Werkgelegenheid}} en aan de "
            "{{O:Autoriteit Financiële Markten}} ({{O:AFM}})."),
      ("p", "Hoogachtend,\n{{O:De Nederlandsche Bank N.V.}}"),
      ("sig", "[[S:N. Bouzid]]        [[S:P-J Lamers]]"),
      ("p", "[[drs. N. Bouzid]]                                           [[P.J. Lamers]]\n"
            "{{J:Afdelingshoofd}} Toezicht Pensioenfondsen                 {{J:Senior toezichthouder}}"),
      ("small", "Correspondentie over dit onderwerp: {{F:toezicht.pensioenen@dnb.nl}} onder vermelding van het kenmerk."),
  ])

# ------------------------------------------------------------------ pe10 Teams chat export
D(id="pe10", producer="rl", font="Mono", size=9, pages=1, title="Teams chat export",
  blocks=[
      ("h", "Microsoft Teams - chatexport"),
      ("small", "Chat: Woo ABP-transitie | Geëxporteerd 05-09-2024 17:02 | Deelnemers: [[Femke de Wit]], "
                "[[Sanne Achterberg]], [[Marloes van der Heijden-Brink]]"),
      ("mono", "[05-09-2024 09:14] [[Sanne Achterberg]]: goeiemorgen! wie pakt de Q&A over {{X:partnerpensioen}} op?\n"
               "[05-09-2024 09:16] [[Marloes van der Heijden-Brink]]: ik, maar pas na het overleg met {{O:APG}}\n"
               "[05-09-2024 09:17] [[Femke de Wit]]: [[Marloes]] heb jij de brief van de {{O:Nationale ombudsman}} al gezien?\n"
               "[05-09-2024 09:20] [[Marloes van der Heijden-Brink]]: nee, stuur maar door. gaat dat over mw [[Ramdin]]?\n"
               "[05-09-2024 09:21] [[Femke de Wit]]: ja, haar man is in februari overleden en het {{O:ABP}} betaalt nog niets\n"
               "[05-09-2024 09:22] [[Sanne Achterberg]]: pijnlijk. wordt dit ook een {{X:woordvoeringslijn}}?\n"
               "[05-09-2024 09:25] [[Femke de Wit]]: [[Sanne]], alleen reactief. minister niet noemen in de lijn\n"
               "[05-09-2024 09:31] [[Marloes van der Heijden-Brink]]: ok. [[Roderick]] wil het vrijdag zien\n"
               "[05-09-2024 10:02] [[Sanne Achterberg]]: bel me even op [[T:06 5570 3128]], ik zit in {{L:Utrecht}} vandaag\n"
               "[05-09-2024 10:40] [[Femke de Wit]]: gebeld. [[Sanne]] schrijft de lijn, ik check met [[Yvonne]] van de ombudsman\n"
               "[05-09-2024 11:03] [[Marloes van der Heijden-Brink]]: 👍 en zet {{F:woo@minszw.nl}} in de cc aub"),
      ("small", "Bijlage gedeeld: Klachtbrief_[[Ramdin]]_scan.pdf (geopend door [[FdW]], [[MvdH]])"),
  ])

# ------------------------------------------------------------------ pe11 complaint letter (scan)
D(id="pe11", producer="scan", pages=1, title="Klachtbrief (scan)",
  blocks=[
      ("p", "[[G.W. Ramdin-Tjon A Fong]]\n[[A:Burgemeester Hogguerstraat 112]]\n[[A:1064 EB]] Amsterdam\n"
            "Telefoon: [[T:06-41827730]]"),
      ("sp", 4),
      ("p", "Aan: Ministerie van Sociale Zaken en Werkgelegenheid\nPostbus 90801\n2509 LV Den Haag"),
      ("p", "Amsterdam, 12 september 2024"),
      ("p", "Betreft: klacht over het uitblijven van mijn partnerpensioen"),
      ("p", "Geachte minister,"),
      ("p", "Op 14 februari 2024 is mijn man, [[Ronald Ramdin]], overleden na een lang ziekbed ([[H:longkanker]]). "
            "Hij werkte 38 jaar als leraar bij het ROC van Amsterdam en was deelnemer bij het ABP onder "
            "registratienummer [[N:7421983]]. Sinds zijn overlijden ontvang ik niets. Het ABP zegt dat mijn "
            "gegevens niet kloppen en dat het partnerpensioen pas na de overgang naar het nieuwe stelsel wordt "
            "uitbetaald."),
      ("p", "Ik heb al drie keer gebeld met de klantenservice. Een medewerker, mevrouw [[Schoonderwoerd]], "
            "beloofde mij terug te bellen, maar dat is niet gebeurd. Mijn burgerservicenummer is [[B:218473655]] "
            "en mijn rekeningnummer is [[I:NL71 INGB 0006 6830 12]]."),
      ("p", "Ik verzoek u dringend om in te grijpen. Mijn dochter [[Shanti]] helpt mij met de correspondentie."),
      ("p", "Hoogachtend,"),
      ("sig", "[[S:G. Ramdin]]"),
      ("p", "[[G.W. Ramdin-Tjon A Fong]]"),
  ])

# ------------------------------------------------------------------ pe12 handwritten note (scan)
D(id="pe12", producer="scan", pages=1, title="Handgeschreven notitie", angle=-1.6,
  blocks=[
      ("h", "Ministerie van SZW - routeringsblad"),
      ("p", "Poststuk: klacht mw. [[Ramdin-Tjon A Fong]] (partnerpensioen ABP)\nOntvangen: 17-09-2024\n"
            "Kenmerk: 2024-0000512077"),
      ("kv", [["Behandelaar:", "[[M. van der Heijden-Brink]]"], ["Toestel:", "[[T:070 333 5412]]"],
              ["Afdelingshoofd:", "[[R. Baas]]"], ["Termijn:", "20-09-2024"]]),
      ("sp", 3),
      ("hand", "[[Marloes]] - graag even bellen met [[Ingrid]] [[Schoonderwoerd]] (ABP klachten), "
               "direct [[T:045 579 4412]]. Niet via de algemene lijn!"),
      ("hand", "Mw. is weduwe, man overleden feb. Schrijnend. Dochter [[Shanti]] belt steeds."),
      ("hand", "Terugkoppeling aan mij voor vrijdag. - [[RB]] 18/9"),
      ("sp", 3),
      ("hand", "gebeld 19/9, ABP zoekt uit. [[MvdH]]"),
  ])

# ------------------------------------------------------------------ pe13 ABP letter to surviving partner (docx)
D(id="pe13", producer="docx", dfont="Liberation Sans", size=10, pages=1, title="Uw partnerpensioen",
  author="{{O:APG}} Klantcontact",
  blocks=[
      ("right", "{{O:ABP}}\nPostbus 4806\n6401 JL Heerlen\n{{M:045 579 60 70}}\nwww.abp.nl"),
      ("p", "Mevrouw [[G.W. Ramdin-Tjon A Fong]]\n[[A:Burgemeester Hogguerstraat 112]]\n[[A:1064 EB]] AMSTERDAM"),
      ("kv", [["Datum", "1 oktober 2024"], ["Registratienummer", "[[N:7.421.983]]"],
              ["Uw BSN", "[[B:2184.73.655]]"], ["Ons kenmerk", "{{C:KC-2024-1187342}}"],
              ["Behandeld door", "[[I. Schoonderwoerd]]"]]),
      ("p", "Geachte mevrouw [[Ramdin-Tjon A Fong]],"),
      ("p", "Allereerst condoleren wij u met het overlijden van uw man, de heer [[R.K. Ramdin]]. In uw brief van "
            "12 september 2024 aan het {{O:ministerie van SZW}} vraagt u waarom u nog geen {{X:partnerpensioen}} "
            "ontvangt. Het ministerie heeft uw brief aan ons doorgestuurd."),
      ("p", "Wij hebben uw dossier onderzocht. Uw huwelijk was in de {{O:Basisregistratie Personen}} ({{O:BRP}}) "
            "niet goed gekoppeld aan het pensioendossier van uw man. Dat is nu hersteld. U ontvangt vanaf 1 november "
            "2024 een {{X:partnerpensioen}} van € 1.412,06 bruto per maand. Over de maanden maart tot en met oktober "
            "2024 betalen wij € 11.296,48 bruto na. Wij maken dit bedrag over op rekening [[I:NL71INGB0006683012]]."),
      ("p", "Het partnerpensioen verandert niet door de overstap van het {{O:ABP}} naar de nieuwe pensioenregeling "
            "onder de {{W:Wet toekomst pensioenen}}. Daarnaast kunt u mogelijk een uitkering krijgen op grond van de "
            "{{W:Algemene nabestaandenwet}} ({{W:Anw}}) bij de {{O:Sociale Verzekeringsbank}}."),
      ("p", "Wij bieden u onze excuses aan voor de lange wachttijd en voor het feit dat wij u niet hebben teruggebeld. "
            "Heeft u nog vragen? Bel mij dan rechtstreeks op [[T:045 579 4412]] of kijk op {{P:Mijn ABP}}."),
      ("p", "Met vriendelijke groet,\n\n[[Ingrid Schoonderwoerd]]\n{{J:Klachtenfunctionaris}} {{O:ABP}}\n"
            "namens het bestuur van het {{O:ABP}}"),
      ("small", "{{O:ABP}} is het pensioenfonds voor overheid en onderwijs. {{O:APG}} voert de pensioenadministratie "
                "uit in opdracht van het {{O:ABP}}. Bezoekadres {{A:Oude Lindestraat 70}}, {{L:Heerlen}}."),
  ])

# ------------------------------------------------------------------ pe14 Nationale ombudsman letter (2 pages)
D(id="pe14", producer="rl", font="LibSerif", size=10.5, pages=2, title="Interventie Nationale ombudsman",
  header="De Nationale ombudsman",
  blocks=[
      ("right", "{{O:De Nationale ombudsman}}\n{{A:Bezuidenhoutseweg 151}}\n2594 AG Den Haag\n"
                "T {{M:0800 335 55 55}}"),
      ("p", "{{O:Ministerie van Sociale Zaken en Werkgelegenheid}}\nt.a.v. [[dhr. R. Baas]]\nPostbus 90801\n"
            "2509 LV Den Haag"),
      ("kv", [["Datum", "14 oktober 2024"], ["Ons dossiernummer", "{{C:2024.11873}}"],
              ["Onderwerp", "Klachten over het {{O:ABP}}: partnerpensioen en arbeidsongeschiktheidspensioen"],
              ["Contact", "[[Y. Sluijter]], [[T:070 356 3589]], [[E:y.sluijter@nationaleombudsman.nl]]"]], [38, 120]),
      ("p", "Geachte heer [[Baas]],"),
      ("p", "De {{O:Nationale ombudsman}} heeft de afgelopen maanden meerdere klachten ontvangen van gepensioneerden "
            "en arbeidsongeschikte deelnemers van het {{O:ABP}}. Omdat het {{O:ABP}} een privaatrechtelijke "
            "stichting is, valt het fonds niet onder onze bevoegdheid. Wel vragen wij uw aandacht voor signalen die "
            "de uitvoering van de {{W:Wet toekomst pensioenen}} raken. Ik noem er twee, met toestemming van de "
            "betrokkenen."),
      ("h", "Signaal 1 - partnerpensioen"),
      ("p", "Mevrouw [[Ramdin-Tjon A Fong]] uit Amsterdam wacht sinds februari 2024 op haar {{X:partnerpensioen}}. "
            "Haar dochter, mevrouw [[S. Ramdin]], meldde ons dat haar moeder door de financiële zorgen "
            "[[H:depressieve klachten]] heeft en onder behandeling is bij de huisarts. Inmiddels heeft het {{O:ABP}} "
            "een nabetaling toegezegd."),
      ("h", "Signaal 2 - arbeidsongeschiktheidspensioen"),
      ("p", "Mevrouw [[Dewi Hartono]] (geboren [[D:3 mei 1971]]), oud-docente in {{L:Maastricht}}, ontvangt sinds "
            "2021 een {{X:arbeidsongeschiktheidspensioen}} naast haar {{W:WIA}}-uitkering van het {{O:UWV}}. Zij is "
            "arbeidsongeschikt door [[H:ME/CVS]] na een [[H:long-covidinfectie]]. Na een herbeoordeling door het "
            "{{O:UWV}} is haar arbeidsongeschiktheidspercentage verlaagd, waarna het {{O:ABP}} de aanvulling heeft "
            "gestopt en € 6.840 terugvordert. Mevrouw [[Hartono]] begrijpt niet waarom de terugvordering met "
            "terugwerkende kracht plaatsvindt."),
      ("pb",),
      ("h", "Verzoek"),
      ("p", "Wij vragen u ons binnen zes weken te laten weten (1) of deze signalen bij u bekend zijn, (2) of u "
            "hierover in gesprek bent met het {{O:ABP}}, {{O:APG}} en de {{O:Pensioenfederatie}}, en (3) of de "
            "{{X:transitie}} naar het nieuwe stelsel gevolgen heeft voor de hoogte of de ingangsdatum van het "
            "{{X:arbeidsongeschiktheidspensioen}}."),
      ("p", "De klachtbehandeling loopt via {{F:post@nationaleombudsman.nl}}. Voor inhoudelijke vragen kunt u "
            "terecht bij mevrouw [[Sluijter]]."),
      ("p", "Met vriendelijke groet,\n\nde {{O:Nationale ombudsman}},\nnamens deze,"),
      ("sig", "[[S:Y. Sluijter]]"),
      ("p", "[[mr. Yvonne Sluijter]]\n{{J:senior onderzoeker}} Sociale Zekerheid en Pensioenen"),
      ("small", "Kopie: {{O:Stichting Pensioenfonds ABP}}, afdeling Klachten ({{F:klachten@abp.nl}})"),
  ] + MOTIV)

# ------------------------------------------------------------------ pe15 form with AcroForm field values (custom)
def build_form(doc, path):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib import colors
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setAuthor("ABP")
    c.setTitle("Aanvraag partnerpensioen")
    W, H = A4
    c.setFillColor(colors.HexColor("#e3051b"))
    c.rect(0, H - 60, W, 60, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(50, H - 40, "ABP  |  Aanvraag partnerpensioen na overlijden")
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 9)
    c.drawString(50, H - 80, "Formulier PP-03 (versie 2024). Stuur het ingevulde formulier naar ABP, Postbus 4806, "
                 "6401 JL Heerlen.")
    c.drawString(50, H - 93, "Vragen? Bel ABP op 045 579 60 70 (werkdagen 8.00-18.00 uur) of kijk op Mijn ABP.")
    y = H - 130
    form = c.acroForm
    for label, name, value in doc["fields"]:
        if label.startswith("#"):
            c.setFont("Helvetica-Bold", 11)
            c.drawString(50, y, label[1:])
            y -= 26
            continue
        c.setFont("Helvetica", 9.5)
        c.drawString(50, y + 5, label)
        form.textfield(name=name, value=value, x=230, y=y, width=310, height=17, fontName="Helvetica",
                       fontSize=9.5, borderColor=colors.grey, fillColor=colors.HexColor("#f4f7fb"))
        y -= 25
    c.setFont("Helvetica", 8.5)
    text = c.beginText(50, y - 10)
    for ln in ["Verklaring: ik verklaar dat ik dit formulier naar waarheid heb ingevuld. ABP controleert de gegevens",
               "in de Basisregistratie Personen (BRP). Het partnerpensioen valt onder de pensioenregeling van ABP;",
               "de overstap naar het nieuwe pensioenstelsel onder de Wet toekomst pensioenen verandert dit niet.",
               "ABP verwerkt uw persoonsgegevens volgens de AVG. Zie abp.nl/privacy."]:
        text.textLine(ln)
    c.drawText(text)
    c.save()


D(id="pe15", producer="custom", build=build_form, pages=1, title="Aanvraag partnerpensioen",
  fields=[("#1. Gegevens van de overledene", "", ""),
          ("Naam", "overl_naam", "Ronald Kishan Ramdin"),
          ("Registratienummer ABP", "overl_regnr", "7421983"),
          ("Datum van overlijden", "overl_datum", "14-02-2024"),
          ("#2. Gegevens van de aanvrager", "", ""),
          ("Naam", "aanv_naam", "Gerda Wilhelmina Ramdin-Tjon A Fong"),
          ("Geboortedatum", "aanv_geb", "22-08-1956"),
          ("Burgerservicenummer", "aanv_bsn", "218473655"),
          ("Adres", "aanv_adres", "Burgemeester Hogguerstraat 112, 1064 EB Amsterdam"),
          ("Telefoon", "aanv_tel", "06-41827730"),
          ("E-mail", "aanv_mail", "gerda.ramdin@ziggo.nl"),
          ("IBAN", "aanv_iban", "NL71 INGB 0006 6830 12"),
          ("#3. Ondertekening", "", ""),
          ("Plaats en datum", "ond_plaats", "Amsterdam, 21-10-2024"),
          ("Ingevuld door (gemachtigde)", "gemachtigde", "Shanti Ramdin")],
  form_values=["[[Ronald Kishan Ramdin]]", "[[N:7421983]]", "[[Gerda Wilhelmina Ramdin-Tjon A Fong]]",
               "[[D:22-08-1956]]", "[[B:218473655]]", "[[A:Burgemeester Hogguerstraat 112]]", "[[T:06-41827730]]",
               "[[E:gerda.ramdin@ziggo.nl]]", "[[I:NL71 INGB 0006 6830 12]]", "[[Shanti Ramdin]]"],
  blocks=[("p", "{{Mijn ABP}} {{ABP}} {{W:Wet toekomst pensioenen}} {{BRP}} {{M:045 579 60 70}} {{W:AVG}}")])

# ------------------------------------------------------------------ pe16 internal memo AOP case (docx)
D(id="pe16", producer="docx", dfont="Liberation Sans", size=10, pages=1, title="Notitie AOP-dossier",
  author="[[toudshoorn]]", hidden={"info_author": "[[toudshoorn]]"},
  blocks=[
      ("h", "Interne notitie - niet voor verspreiding buiten de directie"),
      ("kv", [["Aan", "[[R. Baas]], {{J:afdelingshoofd}} Pensioenen"],
              ["Van", "[[Thijs Oudshoorn]], {{J:jurist}}"],
              ["Datum", "4 november 2024"],
              ["Betreft", "Signaal {{O:Nationale ombudsman}} over het {{X:arbeidsongeschiktheidspensioen}} ({{C:2024.11873}})"]]),
      ("p", "1. Feiten. Mevrouw [[D. Hartono]] ({{O:ABP}}-registratienummer [[N:5.093.318]], BSN [[B:174639211]]) "
            "woont in [[A:Kerkraderweg 55]], [[A:6416 CA]] Heerlen, vlak bij het hoofdkantoor van het "
            "{{O:ABP}} aan de {{A:Oude Lindestraat 70}}. Zij is sinds 2021 voor 80-100% arbeidsongeschikt. Volgens "
            "de verzekeringsarts van het {{O:UWV}} is de oorzaak [[H:ME/CVS]]; in het dossier staat ook een "
            "[[H:behandeling bij de GGZ voor een angststoornis]]."),
      ("p", "2. Herbeoordeling. Bij de herbeoordeling in juni 2024 is zij ingedeeld in de klasse 35-45%. Het "
            "{{O:ABP}} heeft daarop het {{X:arbeidsongeschiktheidspensioen}} aangepast en een bedrag van € 6.840 "
            "teruggevorderd. Het {{X:pensioenreglement}} laat terugvordering met terugwerkende kracht toe; "
            "of dat redelijk is, is de vraag."),
      ("p", "3. Wtp. Na de transitie wordt het {{X:arbeidsongeschiktheidspensioen}} een {{X:risicodekking}} binnen de "
            "{{X:solidaire premieregeling}}. Voor lopende uitkeringen verandert niets (overgangsrecht in de "
            "{{W:Pensioenwet}})."),
      ("p", "4. Advies. Geen inhoudelijke bemoeienis met het individuele dossier; wel in het {{G:Bestuurlijk Overleg "
            "Pensioenen}} aankaarten dat de communicatie van het {{O:ABP}} bij {{O:UWV}}-herbeoordelingen beter moet. "
            "[[Hartono]] heeft intussen een advocaat, mr. [[L.M. de Graaff-Nooteboom]] uit {{L:Maastricht}}, "
            "ingeschakeld."),
      ("p", "5. Contact. Vragen aan [[Thijs]] via [[E:t.oudshoorn@minszw.nl]] of [[T:06 5310 2294]]."),
      ("small", "Paraaf voor gezien: [[RB]] 05-11"),
  ] + MOTIV)

# ------------------------------------------------------------------ pe17 overview complaint files (landscape, 2 pages)
ROWS17 = [
    ["Nr", "Naam", "Reg.nr ABP", "Woonplaats", "Onderwerp", "Status", "Behandelaar"],
    ["K-01", "[[Ramdin-Tjon A Fong, G.W.]]", "[[N:7421983]]", "Amsterdam", "{{X:partnerpensioen}} na overlijden", "opgelost", "[[MvdH]]"],
    ["K-02", "[[Hartono, D.]]", "[[N:5093318]]", "Heerlen", "{{X:arbeidsongeschiktheidspensioen}}, terugvordering", "lopend", "[[TO]]"],
    ["K-03", "[[Akker, A.J.M. van den]]", "[[N:3318207]]", "Tilburg", "achterstallige betaling ouderdomspensioen", "lopend", "[[MvdH]]"],
    ["K-04", "[[Yıldız, M.]]", "[[N:6620471]]", "Rotterdam", "betaling tijdens detentie", "afgewezen", "[[FdW]]"],
    ["K-05", "[[Kooistra-de Boer, H.]]", "[[N:2219038]]", "Leeuwarden", "{{X:waardeoverdracht}}", "doorgestuurd", "[[TO]]"],
    ["K-06", "[[Brouwer, P.]]", "[[N:8842156]]", "Zwolle", "{{X:indexatie}} 2024", "beantwoord", "[[MvdH]]"],
    ["K-07", "[[Mulder-Van Leeuwen, C.]]", "[[N:4471920]]", "Utrecht", "{{X:nabestaandenpensioen}} ex-partner", "lopend", "[[FdW]]"],
    ["K-08", "[[El Amrani, S.]]", "[[N:9013345]]", "Den Haag", "{{X:bezwaarrecht}} invaren", "beantwoord", "[[TO]]"],
    ["K-09", "[[Verhoeven, J.C.]]", "[[N:1187765]]", "Eindhoven", "{{X:partnerpensioen}}, samenwonend", "lopend", "[[MvdH]]"],
    ["K-10", "[[Dijkstra, R.]]", "[[N:5530218]]", "Groningen", "{{X:pensioenoverzicht}} onjuist", "opgelost", "[[FdW]]"],
]
ROWS17b = [
    ["Nr", "Naam", "Reg.nr ABP", "Woonplaats", "Onderwerp", "Status", "Behandelaar"],
    ["K-11", "[[Oosterhuis, W.]]", "[[N:7702143]]", "Assen", "achterstallige betaling na verhuizing", "lopend", "[[TO]]"],
    ["K-12", "[[Bakker-Sahin, E.]]", "[[N:3390112]]", "Almere", "{{X:arbeidsongeschiktheidspensioen}}", "lopend", "[[MvdH]]"],
    ["K-13", "[[Teunissen, L.]]", "[[N:6018873]]", "Nijmegen", "{{X:indexatie}} 2024", "beantwoord", "[[FdW]]"],
    ["K-14", "[[Wit, A. de]]", "[[N:2845509]]", "Haarlem", "{{X:partnerpensioen}} na scheiding", "lopend", "[[TO]]"],
]
D(id="pe17", producer="rl", font="DejaVuCond", size=9, pages=2, landscape=True, title="Overzicht klachtdossiers",
  blocks=[
      ("h", "Overzicht klachtdossiers gepensioneerden {{O:ABP}} (stand 11 november 2024)"),
      ("p", "Bron: klachten binnengekomen bij {{O:SZW}} (via {{F:info@minszw.nl}}, post en de {{O:Nationale ombudsman}}) "
            "en doorgezonden aan de klachtenfunctionaris van het {{O:ABP}}. Behandelaarcodes: [[MvdH]] = [[Marloes van der "
            "Heijden-Brink]], [[TO]] = [[Thijs Oudshoorn]], [[FdW]] = [[Femke de Wit]]."),
      ("t", ROWS17, [14, 48, 24, 26, 80, 24, 24]),
      ("small", "Toelichting K-04: de heer [[Yıldız]] verbleef van 2022 tot 2024 in [[H:de PI Vught wegens een "
                "veroordeling voor fraude]]; het {{O:ABP}} stelde de betaling uit. Dit gegeven is een strafrechtelijk "
                "persoonsgegeven."),
      ("pb",),
      ("t", ROWS17b, [14, 48, 24, 26, 80, 24, 24]),
      ("h", "Analyse"),
      ("p", "Van de 14 dossiers gaan er 5 over het {{X:partnerpensioen}} of {{X:nabestaandenpensioen}}, 3 over het "
            "{{X:arbeidsongeschiktheidspensioen}} en 2 over achterstallige betalingen. Bij K-03 ontving de heer "
            "[[Van den Akker]] zijn ouderdomspensioen vier maanden te laat, omdat zijn dienstverband bij de "
            "{{O:Gemeente Tilburg}} (1979-1987) ontbrak in de administratie van {{O:APG}}. Vergelijkbare problemen "
            "noemde {{O:DNB}} in de toezichtsbrief van 23 augustus 2024."),
      ("p", "Structureel: onvolledige gegevens in het {{X:Pensioenregister}}, trage koppeling met de {{O:BRP}} en "
            "onduidelijke communicatie via {{P:Mijn ABP}}. Het overzicht is besproken in het "
            "{{G:Bestuurlijk Overleg Pensioenen}} van 3 december 2024."),
  ])

# ------------------------------------------------------------------ pe18 draft answers to Kamervragen (docx, 2 pages)
D(id="pe18", producer="docx", dfont="Liberation Serif", size=10.5, pages=2, title="Concept antwoorden Kamervragen",
  author="[[Sanne Achterberg]]", hidden={"info_author": "[[Sanne Achterberg]]"},
  blocks=[
      ("small", "CONCEPT 19-11-2024 v0.3 - opsteller [[SA]] / juridische check [[FdW]]"),
      ("h", "Antwoorden op vragen van het lid {{R:Joseph}} ({{O:NSC}}) over de transitie van het {{O:ABP}} "
            "(ingezonden 30 oktober 2024, {{C:2024Z18812}})"),
      ("p", "Vraag 1\nBent u bekend met het bericht 'Gepensioneerden ABP wachten maanden op geld' in {{O:De Telegraaf}} "
            "van 28 oktober 2024?"),
      ("p", "Antwoord 1\nJa."),
      ("p", "Vraag 2\nHoeveel gepensioneerden van het {{O:ABP}} hebben in 2024 te laat hun pensioen ontvangen?"),
      ("p", "Antwoord 2\nHet {{O:ABP}} meldt dat in 2024 circa 1.900 uitkeringen later dan de eerste betaaldatum zijn "
            "uitbetaald, op een totaal van ruim 1,1 miljoen uitkeringen. In de meeste gevallen ging het om een "
            "{{X:partnerpensioen}} waarvoor gegevens uit de {{O:Basisregistratie Personen}} nodig waren. Ik heb het "
            "{{O:ABP}} en {{O:APG}} gevraagd de doorlooptijd te verkorten."),
      ("p", "Vraag 3\nDeelt u de zorg dat de overgang naar het nieuwe stelsel onder de {{W:Wet toekomst pensioenen}} de "
            "problemen vergroot?"),
      ("p", "Antwoord 3\nDe uitvoering van lopende uitkeringen heeft voorrang boven de {{X:transitie}}. {{O:De "
            "Nederlandsche Bank}} ziet hierop toe. Ik verwijs ook naar de antwoorden op eerdere vragen van het lid "
            "{{R:Van Kent}} ({{O:SP}}) en het lid {{R:De Jong}} ({{O:PVV}})."),
      ("pb",),
      ("p", "Vraag 4\nWat doet u met de signalen van de {{O:Nationale ombudsman}}?"),
      ("p", "Antwoord 4\nMijn ministerie heeft de signalen besproken in het {{G:Bestuurlijk Overleg Pensioenen}} met de "
            "{{O:Pensioenfederatie}}. Op individuele gevallen ga ik niet in."),
      ("p", "[[SA]]: antwoord 4 nog afstemmen met [[Yvonne Sluijter]] van de ombudsman? -> [[FdW]]: nee, niet nodig, "
            "dat is aan de minister. Wel [[Roderick]] laten meelezen."),
      ("p", "Vraag 5\nBent u bereid deze vragen te beantwoorden vóór het commissiedebat Pensioenen?"),
      ("p", "Antwoord 5\nDe vragen zijn zo snel mogelijk beantwoord."),
      ("sp", 1),
      ("p", "De {{R:minister van Sociale Zaken en Werkgelegenheid}},\n\n{{R:Y.J. van Hijum}}"),
      ("small", "Afstemming: {{O:BZK}} ([[A. Zwaneveld]]), {{O:Financiën}}. Woordvoering: {{F:persvoorlichting@minszw.nl}}, "
                "{{M:070 333 44 44}}. Contact opsteller: [[E:s.achterberg@minszw.nl]], [[T:06 5570 3128]]."),
  ])

# ------------------------------------------------------------------ pe19 agenda + attendance list working group
D(id="pe19", producer="rl", font="Helvetica", size=9.5, pages=1, title="Werkgroep communicatie Wtp",
  hidden={"outline": [("Presentielijst (notulist [[Vrijhof, L.]])", 0)]},
  blocks=[
      ("h", "Werkgroep communicatie {{W:Wtp}} - agenda en presentielijst"),
      ("kv", [["Datum", "26 november 2024, 13.30-15.00 uur"], ["Plaats", "{{O:SZW}}, {{A:Parnassusplein 5}}, zaal 4.12 "
              "en via {{P:Webex}}"], ["Voorzitter", "[[S. Achterberg]] ({{O:SZW}} Communicatie)"]], [30, 130]),
      ("p", "Agenda\n1. Stand van zaken {{G:Pensioen Dichtbij}}\n2. Woordvoeringslijn klachten gepensioneerden\n"
            "3. Planning publiekscampagne {{G:Gaat jouw pensioen veranderen?}} met de {{O:AFM}}\n4. Rondvraag"),
      ("t", [["Naam", "Organisatie", "E-mail", "Aanwezig"],
             ["[[Sanne Achterberg]]", "{{O:SZW}}", "[[E:s.achterberg@minszw.nl]]", "ja"],
             ["[[Femke de Wit]]", "{{O:SZW}}", "[[E:f.dewit@minszw.nl]]", "ja"],
             ["[[Lotte Vrijhof]]", "{{O:SZW}}", "[[E:l.vrijhof@minszw.nl]]", "notulist"],
             ["[[Esther van 't Hof]]", "{{O:Pensioenfederatie}}", "[[E:e.vanthof@pensioenfederatie.nl]]", "ja"],
             ["[[Mark-Jan Rozendaal]]", "{{O:APG}}", "[[E:markjan.rozendaal@apg.nl]]", "via Webex"],
             ["[[Priya Chandrasekaran]]", "{{O:AFM}}", "[[E:priya.chandrasekaran@afm.nl]]", "ja"],
             ["[[Gijs van Oort]]", "{{O:Wijzer in geldzaken}}", "[[E:g.vanoort@wijzeringeldzaken.nl]]", "afgemeld"]],
       [42, 38, 70, 22]),
      ("p", "Afspraken\n- [[Rozendaal]] levert vóór 6 december de teksten voor {{P:Mijn ABP}} aan.\n"
            "- [[Chandrasekaran]] stemt de campagne af met de {{O:AFM}}-woordvoerder.\n"
            "- De woordvoeringslijn over klachten blijft reactief (zie Teams-chat van 5 september)."),
      ("small", "Volgende bijeenkomst: 14 januari 2025. Secretariaat: {{F:wtp-communicatie@minszw.nl}}"),
  ])

# ------------------------------------------------------------------ pe20 BZK letter to ABP (Info /Author hidden)
D(id="pe20", producer="rl", font="LibSans", size=10, pages=1, title="Werkgeversbijdrage transitie",
  header="Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
  hidden={"info_author": "[[Bram El Idrissi]]"},
  blocks=[
      ("right", "{{O:DG Overheidsorganisatie}}\n{{O:Directie Arbeidszaken Publieke Sector}}\n{{A:Turfmarkt 147}}\n"
                "2511 DP Den Haag\nPostbus 20011\n2500 EA Den Haag"),
      ("p", "{{O:Stichting Pensioenfonds ABP}}\nt.a.v. het bestuur\nPostbus 4806\n6401 JL Heerlen"),
      ("kv", [["Datum", "3 december 2024"], ["Kenmerk", "{{C:2024-0000731462}}"],
              ["Onderwerp", "Werkgeversbijdrage compensatie {{W:Wtp}} sector Rijk"],
              ["Contactpersoon", "[[A.M. Zwaneveld]]"], ["Telefoon", "[[T:06 1190 4478]]"]], [34, 120]),
      ("p", "Geacht bestuur,"),
      ("p", "Namens de {{R:minister van Binnenlandse Zaken en Koninkrijksrelaties}} bevestig ik dat de sector Rijk "
            "het akkoord van het {{O:Verbond Sectorwerkgevers Overheid}} over de {{X:compensatieregeling}} "
            "onderschrijft. De werkgeversbijdrage wordt in 2026 en 2027 verrekend via de premie. "
            "Minister {{R:Uitermark}} heeft de Tweede Kamer hierover op 15 november 2024 geïnformeerd."),
      ("p", "Wij vragen het {{O:ABP}} om in de communicatie aan deelnemers in de sector Rijk te verwijzen naar "
            "{{P:Rijksportaal Personeel}} en de {{O:P-Direkt}}-servicelijn {{M:088 122 22 22}}."),
      ("p", "Hoogachtend,\n\nDe {{R:minister van Binnenlandse Zaken en Koninkrijksrelaties}},\nnamens deze,\n"
            "de {{J:directeur Arbeidszaken Publieke Sector}},"),
      ("sig", "[[S:C. Verbeek]]"),
      ("p", "[[drs. C.H. Verbeek]]"),
      ("small", "Kopie: {{O:SZW}} ([[R. Baas]]); {{O:VSO}}."),
  ])

# ------------------------------------------------------------------ pe21 minutes SZW-APG data quality
D(id="pe21", producer="rl", font="LibSerif", size=10, pages=1, title="Verslag overleg datakwaliteit",
  blocks=[
      ("h", "Verslag ambtelijk overleg {{O:SZW}} - {{O:APG}} over datakwaliteit"),
      ("p", "Datum: 10 december 2024 | Locatie: {{O:APG}}, {{A:Gustav Mahlerplein 3}}, Amsterdam | "
            "Verslag: [[M. van der Heijden-Brink]]"),
      ("p", "Aanwezig: [[R. Baas]] ([[RB]]), [[M. van der Heijden-Brink]] ([[MvdH]]) - {{O:SZW}}; "
            "[[K. ter Horst]] ([[KtH]]), [[J.M. Vermeulen-Dekker]] ([[JVD]]), [[D. Nieuwenhuys]] ([[DN]], "
            "{{J:data-architect}}) - {{O:APG}}."),
      ("h", "1. Herstelplan"),
      ("p", "[[KtH]] presenteert het herstelplan dat het {{O:ABP}} op 28 november 2024 aan {{O:DNB}} heeft gestuurd. "
            "Van de 214 dossiers uit de steekproef zijn er 187 hersteld. [[DN]] legt uit dat de "
            "{{X:data lineage}} van dienstverbanden van vóór 1996 handmatig wordt gereconstrueerd met hulp van "
            "de {{O:Belastingdienst}} en het {{O:UWV}} ({{X:polisadministratie}})."),
      ("h", "2. Individuele klachten"),
      ("p", "[[MvdH]] noemt de dossiers K-01 tot en met K-14. [[JVD]] bevestigt dat K-01 (mevrouw [[Ramdin]]) is "
            "opgelost. Over K-02 kan {{O:APG}} zonder machtiging van de deelnemer niets zeggen. [[RB]] benadrukt dat "
            "{{O:SZW}} geen rol heeft in individuele dossiers, maar wel in de structurele oorzaken."),
      ("h", "3. Planning"),
      ("p", "{{X:Go/no-go}} voor het invaren blijft gepland in het tweede kwartaal van 2026. Een {{X:dry run}} van "
            "de {{X:datamigratie}} volgt in het vierde kwartaal van 2025."),
      ("h", "Actielijst"),
      ("t", [["#", "Actie", "Eigenaar", "Deadline"],
             ["1", "Rapportage herstel aan {{O:SZW}} en {{O:DNB}}", "[[KtH]]", "31-01-2025"],
             ["2", "Notitie structurele oorzaken klachten", "[[MvdH]]", "15-01-2025"],
             ["3", "Toelichting {{X:data lineage}} in {{G:Bestuurlijk Overleg Pensioenen}}", "[[DN]]", "03-03-2025"],
             ["4", "Afstemming met {{O:BZK}} over sector Rijk", "[[RB]]", "15-01-2025"]], [10, 95, 25, 30]),
      ("small", "Verspreiding: deelnemers; {{F:pensioenen@minszw.nl}}. [[DN]] is te bereiken via "
                "[[E:d.nieuwenhuys@apg.nl]]."),
  ])

# ------------------------------------------------------------------ pe22 telephone note (Courier)
D(id="pe22", producer="rl", font="Courier", size=10, pages=1, title="Telefoonnotitie",
  blocks=[
      ("h", "TELEFOONNOTITIE"),
      ("kv", [["Datum/tijd", "12-12-2024, 10:35"], ["Aangenomen door", "[[F. de Wit]] (Woo/juridisch)"],
              ["Beller", "de heer [[A.J.M. van den Akker]] (roepnaam [[Ton]])"],
              ["Telefoon beller", "[[T:013-5431876]] / [[T:06-19203847]]"],
              ["Adres", "[[A:Pater van den Elsenstraat 7]], [[A:5025 GK]] Tilburg"],
              ["Reg.nr ABP", "[[N:3318207]]"], ["Onderwerp", "achterstallig ouderdomspensioen, Woo-verzoek"]],
       [40, 125]),
      ("p", "De heer [[VAN DEN AKKER]] belt naar aanleiding van het Woo-besluit {{C:WOO-2025-0417}}? Nee - hij heeft "
            "een eigen klacht. Hij ontvangt sinds augustus 2024 zijn {{X:ouderdomspensioen}} van het {{O:ABP}}, maar "
            "de eerste vier maanden zijn pas in december uitbetaald. Zijn werk bij de {{O:Gemeente Tilburg}} "
            "(1979-1987, afdeling Burgerzaken, {{A:Stadhuisplein 130}}) ontbrak."),
      ("p", "Hij vertelt dat hij [[H:hartpatiënt]] is en dat [[H:zijn cardioloog in het ETZ]] stress wil "
            "vermijden. Hij wil weten of het ministerie het {{O:ABP}} 'op de vingers kan tikken'."),
      ("p", "Uitgelegd: {{O:SZW}} gaat niet over individuele uitkeringen; klachten via {{F:klachten@abp.nl}} of "
            "{{M:045 579 60 70}}, daarna eventueel de {{O:Ombudsman Pensioenen}}. Hij krijgt een brief met de "
            "verwijzing. Hij noemt dat zijn buurman, de heer [[Hoekstra]], hetzelfde probleem heeft."),
      ("p", "Actie: brief sturen ([[FdW]]), kopie aan [[MvdH]] voor overzicht klachtdossiers (K-03)."),
  ])

# ------------------------------------------------------------------ pe23 Q&A list (docx)
D(id="pe23", producer="docx", dfont="Liberation Sans", size=9.5, pages=1, title="Vraag-en-antwoordlijst",
  author="{{O:SZW}} Communicatie",
  blocks=[
      ("h", "Vraag-en-antwoordlijst (reactief) - klachten gepensioneerden {{O:ABP}} en de overstap naar het nieuwe "
            "pensioenstelsel"),
      ("small", "Versie 16 december 2024. Eigenaar: {{O:Directie Communicatie}} {{O:SZW}}. Opgesteld door [[S.A.]], "
                "gecheckt door [[M. v.d. Heijden]]."),
      ("t", [["Vraag", "Antwoord"],
             ["Wanneer gaat het {{O:ABP}} over naar het nieuwe stelsel?",
              "Het bestuur van het {{O:ABP}} heeft gekozen voor 1 januari 2027. De {{W:Wet toekomst pensioenen}} "
              "staat een overstap toe tot uiterlijk 1 januari 2028."],
             ["Wat merken gepensioneerden?",
              "Lopende uitkeringen worden omgezet. Het {{X:partnerpensioen}} en het {{X:arbeidsongeschiktheidspensioen}} "
              "blijven bestaan. Deelnemers zien hun nieuwe pensioen in {{P:Mijn ABP}} en op "
              "{{P:Mijnpensioenoverzicht.nl}}."],
             ["Wie houdt toezicht?",
              "{{O:De Nederlandsche Bank}} ({{O:DNB}}) houdt toezicht op de financiële kant, de {{O:Autoriteit "
              "Financiële Markten}} ({{O:AFM}}) op de communicatie."],
             ["Kan de minister ingrijpen in individuele gevallen?",
              "Nee. Het {{O:ABP}} is een zelfstandige stichting. Klachten gaan naar het {{O:ABP}} en daarna naar de "
              "{{O:Ombudsman Pensioenen}} of de rechter."],
             ["Wat doet de {{O:Nationale ombudsman}}?",
              "De {{O:Nationale ombudsman}} behandelt geen klachten over het {{O:ABP}}, maar heeft het ministerie wel op "
              "signalen gewezen. Die zijn besproken met de {{O:Pensioenfederatie}}."],
             ["Is er een bezwaarrecht?",
              "Nee, er is een {{X:hoorrecht}} via het {{O:verantwoordingsorgaan}} en het {{O:Verenigingen van "
              "Gepensioneerden}}-overleg. Zie artikel 150l van de {{W:Pensioenwet}}."],
             ["Wat zegt de minister?",
              "Minister {{R:Van Hijum}} heeft op 15 november 2024 gezegd dat 'geen gepensioneerde de dupe mag worden "
              "van de overstap'."]],
       None),
      ("small", "Niet gebruiken: namen van individuele klagers (zoals mevrouw [[Ramdin]] of de heer [[Van den "
                "Akker]]). Bij twijfel: [[Sanne]] ([[T:06 5570 3128]]) of de woordvoerder van dienst via "
                "{{M:070 333 44 44}}."),
  ])

# ------------------------------------------------------------------ pe24 mail thread ombudsman-SZW (2 pages)
D(id="pe24", producer="rl", font="LibSans", size=9, pages=2, title="RE: signalen ABP - reactie SZW",
  blocks=[
      mail_nl("[[Wit, Femke de]] <[[E:f.dewit@minszw.nl]]>", "vrijdag 22 november 2024 14:03",
              "[[Sluijter, Yvonne]] <[[E:y.sluijter@nationaleombudsman.nl]]>",
              "[[Baas, Roderick]] <[[E:r.baas@minszw.nl]]>; [[Oudshoorn, Thijs]] <[[E:t.oudshoorn@minszw.nl]]>",
              "RE: signalen ABP - reactie SZW ({{C:2024.11873}})"),
      ("p", "Beste [[Yvonne]],"),
      ("p", "Hierbij onze reactie op jullie brief van 14 oktober. Kort samengevat: de signalen zijn bekend, het "
            "{{O:ABP}} heeft het dossier van mevrouw [[R.]] opgelost en over het tweede dossier voert de betrokkene "
            "een procedure. De formele reactie volgt met de post, ondertekend door de {{R:directeur-generaal}} "
            "Sociale Zekerheid."),
      ("p", "Zou je me kunnen bellen over de vraag of we de brief in het Woo-dossier mogen openbaren? Ik ben "
            "bereikbaar op [[T:06 2230 8814]] (niet op de algemene lijn {{M:070 333 44 44}})."),
      ("p", "Hartelijke groet,\n[[Femke]]\n\n[[mr. F. (Femke) de Wit]]\n{{J:Juridisch adviseur}} Woo | {{O:Directie "
            "Wetgeving en Juridische Zaken}}\n{{O:Ministerie van Sociale Zaken en Werkgelegenheid}}\n"
            "{{A:Parnassusplein 5}}, Den Haag"),
      ("small", "Van: [[Sluijter, Yvonne]] <[[E:y.sluijter@nationaleombudsman.nl]]>\nVerzonden: donderdag 21 november "
                "2024 09:48\nAan: [[Wit, Femke de]] <[[E:f.dewit@minszw.nl]]>\nOnderwerp: signalen ABP"),
      ("p", "Hoi [[Femke]],"),
      ("p", "Wij hebben nog geen reactie op onze brief ontvangen. Mevrouw [[Hartono]] belde gisteren opnieuw; zij is "
            "erg aangeslagen en zegt dat haar [[H:klachten van ME/CVS]] verergeren door de terugvordering. Kun je "
            "aangeven wanneer de reactie komt?"),
      ("p", "Groet,\n[[Yvonne Sluijter]]\n{{J:senior onderzoeker}} | {{O:De Nationale ombudsman}}\n"
            "T [[T:070 356 3589]] | M [[T:06 1418 0092]]\nBezoekadres {{A:Bezuidenhoutseweg 151}}, Den Haag"),
      ("pb",),
      ("small", "From: [[Oudshoorn, Thijs]]\nSent: Wednesday, 20 November 2024 17:15\nTo: [[Wit, Femke de]]\n"
                "Cc: [[Baas, Roderick]]\nSubject: FW: concept reactie ombudsman"),
      ("p", "[[Femke]], hierbij mijn aanvulling op de conceptreactie. Let op: noem in de reactie niet de diagnose "
            "van mevrouw [[H.]] en niet haar advocaat, mr. [[De Graaff-Nooteboom]]. Het {{X:arbeidsongeschiktheids-"
            "pensioen}} wordt na de {{X:transitie}} onderdeel van de {{X:solidaire premieregeling}}; dat mag er wel in."),
      ("p", "Groet, [[Thijs]]"),
      ("small", "Van: [[Baas, Roderick]]\nVerzonden: woensdag 20 november 2024 11:02\nAan: [[Oudshoorn, Thijs]]; [[Wit, Femke de]]\n"
                "Onderwerp: concept reactie ombudsman"),
      ("p", "Akkoord op hoofdlijnen. Graag nog een zin over het {{G:Bestuurlijk Overleg Pensioenen}} en over de "
            "rol van {{O:DNB}}. Ik zit morgen bij de {{O:Pensioenfederatie}}, dus bel eventueel mijn mobiel "
            "[[T:06 2981 0457]]."),
      ("p", "[[RB]]"),
  ])

# ------------------------------------------------------------------ pe25 letter of daughter (scan, typewriter-like)
D(id="pe25", producer="scan", pages=1, title="Brief namens nabestaande (scan)",
  scanfont="/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf", scansize=30, angle=0.9,
  blocks=[
      ("p", "[[Shanti Ramdin]]\n[[A:Jan Evertsenstraat 204]]\n[[A:1057 BW]] Amsterdam\n"
            "e-mail: [[E:shanti.ramdin@outlook.com]]\ntel. [[T:06-38194402]]"),
      ("sp", 3),
      ("p", "Nationale ombudsman\nPostbus 93122\n2509 AC Den Haag"),
      ("p", "Amsterdam, 2 september 2024"),
      ("p", "Betreft: klacht over ABP namens mijn moeder"),
      ("p", "Geachte heer, mevrouw,"),
      ("p", "Ik schrijf u namens mijn moeder, mevrouw [[G.W. Ramdin-Tjon A Fong]] (geboren [[D:22-08-1956]]). "
            "Mijn vader, [[R.K. Ramdin]], is op 14 februari 2024 overleden. Sindsdien wacht mijn moeder op haar "
            "partnerpensioen van het ABP (registratienummer van mijn vader [[N:7421983]])."),
      ("p", "Mijn moeder heeft [[H:diabetes type 2]] en sinds kort [[H:depressieve klachten]]. Zij kan de "
            "brieven van het ABP niet goed lezen. Ik heb een machtiging (bijgevoegd)."),
      ("p", "Het ABP verwijst naar de overstap naar het nieuwe pensioenstelsel en naar de Pensioenfederatie, "
            "maar niemand helpt ons. Wilt u het ministerie van SZW hierop aanspreken?"),
      ("p", "Met vriendelijke groet,"),
      ("sig", "[[S:Shanti Ramdin]]"),
      ("p", "[[S. Ramdin]]\nBijlage: machtiging, overlijdensakte"),
  ])

# ------------------------------------------------------------------ pe26 factsheet (XMP creator hidden)
D(id="pe26", producer="rl", font="DejaVu", size=10, pages=1, title="Factsheet overstap ABP",
  hidden={"xmp_creator": ["[[Lotte Vrijhof]]"], "info_author": "[[l.vrijhof]]"},
  blocks=[
      ("h", "Factsheet: de overstap van het {{O:ABP}} naar het nieuwe pensioenstelsel"),
      ("p", "Met de {{W:Wet toekomst pensioenen}} ({{W:Wtp}}) gaan alle pensioenfondsen over naar een nieuw "
            "pensioenstelsel. Het {{O:ABP}}, het pensioenfonds voor overheid en onderwijs met ruim 3 miljoen "
            "deelnemers, stapt per 1 januari 2027 over naar de {{X:solidaire premieregeling}}."),
      ("t", [["Onderwerp", "Wat verandert er?"],
             ["Opbouw", "Persoonlijk pensioenvermogen in plaats van een toezegging op basis van het gemiddelde loon."],
             ["{{X:Partnerpensioen}}", "Verzekerd op risicobasis; bij overlijden vóór pensioendatum 50% van het loon."],
             ["{{X:Arbeidsongeschiktheidspensioen}}", "Blijft bestaan als aanvulling op de {{W:WIA}}."],
             ["Toezicht", "{{O:DNB}} en {{O:AFM}}."],
             ["Informatie", "{{P:Mijn ABP}}, {{P:Mijnpensioenoverzicht.nl}}, {{O:Pensioenfederatie}} "
                            "(www.pensioenfederatie.nl)."]], [62, 105]),
      ("p", "Vragen? Bel het {{O:ABP}} via {{M:045 579 60 70}} of mail {{F:klantenservice@abp.nl}}. Voor vragen aan het "
            "ministerie: {{O:Rijksoverheid}} Informatie, {{M:1400}}."),
      ("small", "Deze factsheet is een uitgave van het {{O:Ministerie van Sociale Zaken en Werkgelegenheid}}, december 2024."),
  ])

# ------------------------------------------------------------------ pe27 draft note with sticky notes (annotations)
D(id="pe27", producer="rl", font="Helvetica", size=10, pages=1, title="Concept notitie structurele oorzaken",
  hidden={"annots": [(0, [430, 700, 450, 720], "[[Wouter Hoogendijk]]",
                      "Graag afstemmen met [[Esther]] voordat dit naar de {{O:Pensioenfederatie}} gaat. [[WH]]"),
                     (0, [430, 520, 450, 540], "[[Karin ter Horst]]",
                      "Cijfer 187 klopt, zie mijn mail aan [[Joost]] van 28/11."),
                     (0, [430, 380, 450, 400], "[[mvdheijden]]", "Bellen met [[Dewi]]? nee - via ombudsman.")]},
  blocks=[
      ("h", "CONCEPT - Notitie structurele oorzaken klachten gepensioneerden {{O:ABP}}"),
      ("small", "Datum: 15 januari 2025 | Kenmerk {{C:2025-0000021175}} | Actiepunt 2 uit overleg {{O:SZW}}-{{O:APG}}"),
      ("p", "1. Oorzaak: gegevens. Oude dienstverbanden (vóór 1996) zijn onvolledig in het {{X:Pensioenregister}}. "
            "{{O:APG}} heeft 187 van de 214 dossiers uit de steekproef van {{O:DNB}} hersteld."),
      ("p", "2. Oorzaak: koppeling {{O:BRP}}. Bij overlijden duurt het gemiddeld 41 dagen voordat het "
            "{{X:partnerpensioen}} start. Het doel van het {{O:ABP}} is 14 dagen."),
      ("p", "3. Oorzaak: {{O:UWV}}-herbeoordelingen. Bij een verlaging van het arbeidsongeschiktheidspercentage "
            "vordert het {{O:ABP}} met terugwerkende kracht terug. Dit is juridisch toegestaan, maar wordt als "
            "onredelijk ervaren."),
      ("p", "4. Voorstel. Agenderen in het {{G:Bestuurlijk Overleg Pensioenen}} van maart 2025 met de "
            "{{O:Pensioenfederatie}}, de {{O:Nationale ombudsman}} als toehoorder en het {{O:Verbond van "
            "Verzekeraars}}. {{O:DNB}} en de {{O:AFM}} worden geïnformeerd."),
      ("p", "Opgesteld door {{O:Directie Arbeidsverhoudingen}}, afdeling Pensioenen. Behandelaar: [[MvdH]]."),
  ])

# ------------------------------------------------------------------ pe28 progress report with bookmarks (2 pages)
D(id="pe28", producer="rl", font="LibSerif", size=10, pages=2, title="Voortgangsrapportage transitie ABP Q4 2024",
  hidden={"outline": [("1. Samenvatting", 0), ("2. Klachten - input [[Dewi Hartono]] en [[Gerda Ramdin]]", 0),
                      ("3. Planning (bron: [[K. ter Horst]])", 1)]},
  blocks=[
      ("h", "Voortgangsrapportage transitie {{O:ABP}} - vierde kwartaal 2024"),
      ("small", "Opgesteld voor het {{G:Bestuurlijk Overleg Pensioenen}} | {{O:SZW}}, {{O:Directie Arbeidsverhoudingen}} | "
                "versie 0.9 | auteur [[MvdH]], review [[RB]]"),
      ("h", "1. Samenvatting"),
      ("p", "De transitie van het {{O:ABP}} ligt op schema voor 1 januari 2027. {{O:DNB}} heeft het herstelplan "
            "datakwaliteit op 12 december 2024 goedgekeurd. De {{O:Pensioenfederatie}} meldt dat 38 fondsen per 1 januari "
            "2025 zijn ingevaren, waaronder {{O:PFZW}} niet; {{O:PFZW}} volgt op 1 januari 2026. {{O:bpfBOUW}} en "
            "{{O:PMT}} zijn per 1 januari 2026 gepland."),
      ("h", "2. Klachten"),
      ("p", "In 2024 ontving {{O:SZW}} 14 klachten van individuele gepensioneerden. Alle klachten zijn doorgestuurd "
            "aan het {{O:ABP}}. Het {{O:ABP}} rapporteert 1.900 te late uitkeringen. De {{O:Nationale ombudsman}} heeft "
            "twee signalen doorgegeven (dossier {{C:2024.11873}})."),
      ("t", [["Categorie", "Aantal", "Opgelost"],
             ["{{X:Partnerpensioen}} / {{X:nabestaandenpensioen}}", "5", "2"],
             ["{{X:Arbeidsongeschiktheidspensioen}}", "3", "0"],
             ["Achterstallige betaling", "2", "1"],
             ["{{X:Indexatie}}", "2", "2"],
             ["Overig", "2", "1"]], [80, 25, 25]),
      ("pb",),
      ("h", "3. Planning"),
      ("t", [["Mijlpaal", "Datum", "Status"],
             ["{{X:Implementatieplan}} bij {{O:DNB}}", "29-05-2024", "gereed"],
             ["Herstelplan datakwaliteit", "28-11-2024", "goedgekeurd"],
             ["{{X:Dry run}} datamigratie", "Q4 2025", "gepland"],
             ["{{X:Go/no-go}}", "Q2 2026", "gepland"],
             ["{{X:Invaarbesluit}}", "Q3 2026", "gepland"],
             ["Transitiedatum", "01-01-2027", "gepland"]], [80, 30, 30]),
      ("p", "Risico's: capaciteit bij {{O:APG}} (ook voor {{O:PFZW}}-werk); afhankelijkheid van {{O:UWV}} voor "
            "gegevens over arbeidsongeschiktheid; politieke druk na vragen van het lid {{R:Joseph}}. "
            "{{O:APG}}-contact: [[Vermeulen-Dekker]]; {{O:DNB}}-contact: [[Lamers]]."),
      ("h", "4. Communicatie"),
      ("p", "Campagne {{G:Pensioen Dichtbij}} start in maart 2025. {{O:AFM}} toetst de teksten in {{P:Mijn ABP}}. "
            "Contact Communicatie: [[Sanne Achterberg]]."),
  ])

# ------------------------------------------------------------------ pe29 WhatsApp export
D(id="pe29", producer="rl", font="DejaVuCond", size=9.5, pages=1, title="WhatsApp-export",
  blocks=[
      ("h", "WhatsApp-chat met [[Joost APG]] (export, 3 pagina's samengevoegd)"),
      ("small", "Toestel: dienst-iPhone [[M. van der Heijden-Brink]], [[T:+31 6 21478836]]. Chat vastgelegd voor "
                "archivering op grond van de {{W:Archiefwet}} en het {{X:Rijksbrede beleid instant messaging}}."),
      ("mono", "28-11-24 08:02 - [[Joost APG]]: Morgen [[Marloes]]! Herstelplan is vannacht naar {{O:DNB}}\n"
               "28-11-24 08:04 - [[Marloes]]: top! ook naar [[Pieter-Jan]]?\n"
               "28-11-24 08:05 - [[Joost APG]]: ja, en cc [[Nadia]]. [[Karin]] belt jou vandaag\n"
               "28-11-24 08:30 - [[Marloes]]: ik zit tot 11 bij de minister, daarna prima\n"
               "28-11-24 12:14 - [[Joost APG]]: nog iets: mw [[Ramdin]] heeft gebeld met onze {{X:klachtendesk}}. "
               "is afgehandeld, nabetaling eind van de maand\n"
               "28-11-24 12:15 - [[Marloes]]: fijn, dank. ik meld het aan [[Femke]] voor de ombudsman\n"
               "28-11-24 12:20 - [[Joost APG]]: 👍 mijn nieuwe nummer is trouwens [[T:06 4091 2275]], de oude is weg\n"
               "28-11-24 16:48 - [[Marloes]]: genoteerd. zie je 10/12 in {{L:Amsterdam}}\n"
               "10-12-24 09:55 - [[Joost APG]]: sta in de file op de A2, 10 min later\n"
               "10-12-24 09:56 - [[Marloes]]: geen punt, [[Karin]] en [[Dennis]] zijn er al"),
  ])

# ------------------------------------------------------------------ pe30 invitation (docx)
D(id="pe30", producer="docx", dfont="Liberation Serif", size=10.5, pages=1, title="Uitnodiging Bestuurlijk Overleg",
  author="{{O:Pensioenfederatie}}",
  blocks=[
      ("right", "{{O:Pensioenfederatie}}\n{{A:Prinses Margrietplantsoen 90}}\n2595 BR Den Haag\n"
                "{{M:070 76 20 220}}\n{{F:info@pensioenfederatie.nl}}"),
      ("p", "Aan de deelnemers van het {{G:Bestuurlijk Overleg Pensioenen}}"),
      ("p", "Den Haag, 17 februari 2025\nKenmerk: {{C:PF/2025/0217-BOP}}"),
      ("p", "Geachte deelnemers,"),
      ("p", "Graag nodigen wij u uit voor het {{G:Bestuurlijk Overleg Pensioenen}} op maandag 3 maart 2025 van 14.00 "
            "tot 16.00 uur bij de {{O:Pensioenfederatie}} in {{L:Den Haag}}. Op de agenda staan de structurele "
            "oorzaken van klachten van gepensioneerden, de rol van de {{O:Ombudsman Pensioenen}} en de campagne "
            "{{G:Pensioen Dichtbij}}."),
      ("t", [["Deelnemer", "Organisatie", "Bevestigd"],
             ["{{R:directeur-generaal}} Sociale Zekerheid", "{{O:SZW}}", "ja"],
             ["[[mw. M. van der Heijden-Brink]]", "{{O:SZW}}", "ja"],
             ["[[dhr. D. Nieuwenhuys]]", "{{O:APG}}", "ja"],
             ["[[mw. P. Chandrasekaran]]", "{{O:AFM}}", "nee"],
             ["[[mw. N. Bouzid]]", "{{O:DNB}}", "ja"],
             ["[[dhr. M. Çelik]]", "{{O:KBO-PCOB}}", "ja"],
             ["[[mw. J. de Bruijn-Okafor]]", "{{O:NVOG}}", "ja"]]),
      ("p", "Wilt u uw aanwezigheid uiterlijk 26 februari bevestigen bij [[Mirjam Stoové]], "
            "[[E:m.stoove@pensioenfederatie.nl]], [[T:070 762 0238]]? Bij verhindering kunt u zich laten vervangen."),
      ("p", "Met vriendelijke groet,\n\n[[Esther van 't Hof]]\n{{J:manager}} Pensioenbeleid, {{O:Pensioenfederatie}}"),
  ])

# ------------------------------------------------------------------ pe31 Kamerbrief (2 pages, office holders)
D(id="pe31", producer="rl", font="LibSans", size=10, pages=2, title="Voortgangsbrief Wtp",
  header="Ministerie van Sociale Zaken en Werkgelegenheid",
  blocks=[
      ("right", "> Retouradres Postbus 90801 2509 LV Den Haag"),
      ("p", "De Voorzitter van de Tweede Kamer der Staten-Generaal\nPrinses Irenestraat 6\n2595 BD Den Haag"),
      ("kv", [["Datum", "15 november 2024"], ["Betreft", "Achtste {{G:Voortgangsbrief Wtp}}"],
              ["Ons kenmerk", "{{C:2024-0000654321}}"]], [30, 120]),
      ("p", "Geachte voorzitter,"),
      ("p", "Met deze brief informeer ik uw Kamer over de voortgang van de transitie naar het nieuwe pensioenstelsel "
            "onder de {{W:Wet toekomst pensioenen}} ({{W:Wtp}}). Deze brief stuur ik mede namens de "
            "{{R:minister van Binnenlandse Zaken en Koninkrijksrelaties}}, minister {{R:Uitermark}}, vanwege de "
            "overheidswerkgevers bij het {{O:ABP}}."),
      ("h", "Stand van zaken"),
      ("p", "Op 1 januari 2025 stappen de eerste fondsen over. Het {{O:ABP}} heeft als transitiedatum 1 januari 2027 "
            "gekozen. {{O:De Nederlandsche Bank}} ({{O:DNB}}) heeft de implementatieplannen van alle fondsen beoordeeld. "
            "Bij het {{O:ABP}} vraagt de datakwaliteit bijzondere aandacht; het fonds heeft op verzoek van {{O:DNB}} een "
            "herstelplan opgesteld. De {{O:Autoriteit Financiële Markten}} ({{O:AFM}}) ziet toe op de communicatie."),
      ("h", "Signalen van gepensioneerden"),
      ("p", "Ik heb signalen ontvangen van gepensioneerden, onder meer via de {{O:Nationale ombudsman}}, over te late "
            "betaling van het {{X:partnerpensioen}} en over terugvorderingen bij het {{X:arbeidsongeschiktheidspensioen}}. "
            "Ik heb deze signalen besproken met de {{O:Pensioenfederatie}}, het {{O:ABP}} en {{O:APG}} in het "
            "{{G:Bestuurlijk Overleg Pensioenen}}. Tijdens het commissiedebat van 2 oktober 2024 heeft het lid "
            "{{R:Joseph}} ({{O:NSC}}) gevraagd om een analyse van de oorzaken; het lid {{R:Van Kent}} ({{O:SP}}) vroeg naar "
            "een bezwaarrecht. Ik kom hierop terug in de volgende brief."),
      ("pb",),
      ("h", "Communicatie"),
      ("p", "De landelijke campagne {{G:Gaat jouw pensioen veranderen?}} loopt door in 2025. Samen met de "
            "{{O:Pensioenfederatie}} en {{O:Wijzer in geldzaken}} start in maart 2025 de campagne "
            "{{G:Pensioen Dichtbij}}, gericht op gepensioneerden. Deelnemers vinden hun gegevens op "
            "{{P:Mijnpensioenoverzicht.nl}}."),
      ("h", "Vervolg"),
      ("p", "Ik informeer uw Kamer in het voorjaar van 2025 met de negende {{G:Voortgangsbrief Wtp}}. Ook de "
            "{{O:Raad van State}} en de {{O:Sociaal-Economische Raad}} ({{O:SER}}) worden betrokken bij de evaluatie "
            "van de {{W:Wtp}}."),
      ("p", "De {{R:minister van Sociale Zaken en Werkgelegenheid}},\n\n\n{{R:Y.J. van Hijum}}"),
  ])

# ------------------------------------------------------------------ pe32 printed e-mail with handwriting (scan)
D(id="pe32", producer="scan", pages=1, title="Geprinte e-mail met aantekeningen (scan)", angle=-0.7,
  blocks=[
      ("p", "Van: [[Hoogendijk, Wouter]] <[[E:w.hoogendijk@pensioenfederatie.nl]]>\n"
            "Verzonden: woensdag 5 februari 2025 10:12\n"
            "Aan: [[Baas, Roderick]] <[[E:r.baas@minszw.nl]]>\n"
            "Onderwerp: agenda BOP 3 maart"),
      ("p", "Beste [[Roderick]],"),
      ("p", "Voor het Bestuurlijk Overleg Pensioenen van 3 maart stel ik voor de notitie over structurele "
            "oorzaken te agenderen. Kun jij de DG vragen om het eerste agendapunt te leiden? "
            "Mijn collega [[Mirjam Stoové]] stuurt de uitnodiging."),
      ("p", "Groet,\n[[Wouter Hoogendijk]]\nPensioenfederatie\nM [[T:06 1733 9041]]"),
      ("sp", 4),
      ("hand", "ok - DG akkoord. [[Marloes]] stukken klaarzetten"),
      ("hand", "[[RB]] 6/2"),
  ])

# ------------------------------------------------------------------ pe33 request for views to APG (docx)
D(id="pe33", producer="docx", dfont="Liberation Sans", size=10, pages=1, title="Verzoek om zienswijze",
  author="{{O:SZW}}",
  blocks=[
      ("small", "> Retouradres Postbus 90801 2509 LV Den Haag"),
      ("p", "{{O:APG Groep N.V.}}\nt.a.v. de heer [[J.M. Vermeulen-Dekker]]\nPostbus 2889\n6401 DJ Heerlen"),
      ("kv", [["Datum", "24 januari 2025"], ["Betreft", "Verzoek om zienswijze Woo-verzoek {{C:WOO-2025-0417}}"],
              ["Ons kenmerk", "{{C:2025-0000010442}}"], ["Contactpersoon", "[[F. de Wit]]"],
              ["T", "[[T:070 333 6190]]"], ["E", "{{F:woo@minszw.nl}}"]]),
      ("p", "Geachte heer [[Vermeulen-Dekker]],"),
      ("p", "Het {{O:ministerie van Sociale Zaken en Werkgelegenheid}} heeft een verzoek ontvangen op grond van de "
            "{{W:Wet open overheid}}. Het verzoek gaat over de overgang van het {{O:ABP}} naar het nieuwe pensioenstelsel. "
            "Bij de beoordeling zijn documenten aangetroffen die van {{O:APG}} afkomstig zijn of die {{O:APG}} raken: "
            "uw e-mail van 1 juli 2024, het verslag van het overleg van 10 december 2024 en de planning van de "
            "{{X:datamigratie}}."),
      ("p", "Voordat ik een besluit neem, geef ik u de gelegenheid uw zienswijze te geven (artikel 4.4 {{W:Woo}}). "
            "In de bijgevoegde documenten zijn de passages gemarkeerd die ik voornemens ben openbaar te maken. "
            "Namen en contactgegevens van medewerkers van {{O:APG}}, zoals die van mevrouw [[Ter Horst]] en de heer "
            "[[Nieuwenhuys]], worden niet openbaar gemaakt."),
      ("p", "Ik verzoek u uw zienswijze uiterlijk 7 februari 2025 te sturen aan {{F:woo@minszw.nl}}."),
      ("p", "Met vriendelijke groet,\nDe minister van Sociale Zaken en Werkgelegenheid,\nnamens deze,\n\n"
            "[[mr. F. de Wit]]\n{{J:juridisch adviseur}} Woo"),
  ])

# ------------------------------------------------------------------ pe34 formal reply to the ombudsman
D(id="pe34", producer="rl", font="Times", size=11, pages=1, title="Reactie op signalen",
  header="Ministerie van Sociale Zaken en Werkgelegenheid",
  hidden={"info_title": "Reactie ombudsman - concept [[TO]] [[Thijs]]"},
  blocks=[
      ("p", "{{O:De Nationale ombudsman}}\nt.a.v. mevrouw [[mr. Y. Sluijter]]\nPostbus 93122\n2509 AC Den Haag"),
      ("kv", [["Datum", "27 november 2024"], ["Uw kenmerk", "{{C:2024.11873}}"], ["Ons kenmerk", "{{C:2024-0000702219}}"],
              ["Betreft", "Signalen over het {{O:ABP}}"]], [30, 120]),
      ("p", "Geachte mevrouw [[Sluijter]],"),
      ("p", "In uw brief van 14 oktober 2024 vraagt u aandacht voor signalen over het {{X:partnerpensioen}} en het "
            "{{X:arbeidsongeschiktheidspensioen}} bij het {{O:ABP}}. Ik dank u daarvoor."),
      ("p", "De signalen zijn bij mij bekend. Het {{O:ABP}} is een zelfstandige stichting; het ministerie heeft geen "
            "rol in individuele dossiers. Wel heb ik de structurele oorzaken besproken in het {{G:Bestuurlijk Overleg "
            "Pensioenen}} met de {{O:Pensioenfederatie}}, het {{O:ABP}} en {{O:APG}}. {{O:DNB}} ziet toe op het "
            "herstelplan voor de datakwaliteit."),
      ("p", "Over uw derde vraag: de overstap naar de {{X:solidaire premieregeling}} verandert niets aan de hoogte of de "
            "ingangsdatum van lopende arbeidsongeschiktheidspensioenen. Dat volgt uit het overgangsrecht in de "
            "{{W:Pensioenwet}}."),
      ("p", "Voor de uitwisseling over dit onderwerp is mevrouw [[F. de Wit]] uw aanspreekpunt "
            "([[E:f.dewit@minszw.nl]])."),
      ("p", "Met vriendelijke groet,\n\nDe minister van Sociale Zaken en Werkgelegenheid,\nnamens deze,\n"
            "de {{R:directeur-generaal Sociale Zekerheid}},"),
      ("sp", 10),
      ("small", "Kopie: [[R. Baas]], [[T. Oudshoorn]]"),
  ])
