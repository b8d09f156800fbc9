"""Set GR, documents gr01-gr08: the Woo request, its acknowledgement, a damage claim, the expert's
report, a resident's complaint thread, internal mails, a Teams chat, a WhatsApp export."""
from lib import Doc, K, R, mm

DOCS = []

WORD = "Microsoft® Word voor Microsoft 365"
OUTLOOK = "Microsoft Outlook 16.0"


# ------------------------------------------------------------------ gr01 Woo-verzoek
def s01(s):
    return [
        s.lines("G.J. Hofstee", "Dijkstraat 41", "9901 KJ Appingedam", "gj.hofstee@kpnmail.nl",
                "tel. 06-41 27 83 90"),
        s.sp(10),
        s.lines("Ministerie van Klimaat en Groene Groei", "t.a.v. de Woo-coördinator",
                "Postbus 20401", "2500 EK Den Haag"),
        s.sp(8),
        s.p("Appingedam, 14 maart 2025"),
        s.p("<b>Betreft: verzoek op grond van de Wet open overheid (Woo) – schadeafhandeling en versterking "
            "in de gemeente Eemsdelta</b>"),
        s.p("Geachte heer, mevrouw,"),
        s.p("Namens de Bewonersvereniging Opwierde-Zuid verzoek ik u op grond van artikel 4.1 van de Wet open "
            "overheid om openbaarmaking van alle documenten die betrekking hebben op de afhandeling van "
            "mijnbouwschade en de versterkingsopgave in de wijk Opwierde (Appingedam) en het dorp Tjamsweer, "
            "over de periode 1 januari 2024 tot en met 28 februari 2025."),
        s.p("Het gaat mij in het bijzonder om:"),
        s.p("1. correspondentie tussen het ministerie, het Instituut Mijnbouwschade Groningen (IMG), de "
            "Nationaal Coördinator Groningen (NCG) en de gemeente Eemsdelta over de schadedossiers in Opwierde;<br/>"
            "2. verslagen van overleggen en van de bewonersavond van 22 januari 2025 in dorpshuis De Ploeg;<br/>"
            "3. adviezen van externe bureaus over de versterkingsaanpak (waaronder de zogeheten "
            "typologie-aanpak) en de Kamerbrief over het Nij Begun-programma;<br/>"
            "4. interne notities over klachten van bewoners over de doorlooptijd."),
        s.p("Ik heb er geen bezwaar tegen dat persoonsgegevens van bewoners worden gelakt. Ik ontvang de "
            "documenten bij voorkeur digitaal. Voor vragen ben ik bereikbaar op bovenstaand nummer of via "
            "mijn privénummer 0596-62 18 04 (na 18.00 uur)."),
        s.p("Met vriendelijke groet,"),
        s.sp(16),
        s.p("Gerrit-Jan Hofstee<br/>secretaris Bewonersvereniging Opwierde-Zuid"),
    ]


DOCS.append(Doc(
    "gr01_woo_verzoek_schadeafhandeling_eemsdelta", story=s01, family="times", size=11,
    producer="Microsoft® Word 2019", creator=WORD, author="gjhofstee",
    title="Woo-verzoek schadeafhandeling Eemsdelta",
    redact=[
        R("PERSON", "Gerrit-Jan Hofstee", "Gerrit-Jan Hofstee", "G.J. Hofstee"),
        R("PERSON", "gjhofstee (metadata Author)", "gjhofstee", ch="metadata"),
        R("ADDRESS", "Dijkstraat 41, 9901 KJ", "Dijkstraat 41", "9901 KJ"),
        R("EMAIL", "gj.hofstee@kpnmail.nl"),
        R("PHONE", "06-41 27 83 90"),
        R("PHONE", "0596-62 18 04"),
    ],
    keep=[
        K("ORG", "Ministerie van Klimaat en Groene Groei"),
        K("ADDRESS_PUBLIC", "Postbus 20401"),
        K("LAW", "Wet open overheid"),
        K("ORG", "Bewonersvereniging Opwierde-Zuid"),
        K("ORG", "Instituut Mijnbouwschade Groningen"),
        K("ORG", "IMG"), K("ORG", "NCG"),
        K("ORG", "Nationaal Coördinator Groningen"),
        K("ORG", "gemeente Eemsdelta"),
        K("PLACE", "Tjamsweer"), K("PLACE", "Opwierde"),
        K("BUILDING", "dorpshuis De Ploeg"),
        K("PROGRAMME", "Nij Begun-programma"),
        K("DATE", "22 januari 2025"),
        K("TERM", "typologie-aanpak"),
        K("FUNCTION", "Woo-coördinator"),
        K("DATE", "14 maart 2025"),
    ]))


# ------------------------------------------------------------------ gr02 ontvangstbevestiging
def s02(s):
    return [
        s.r("Directie Herstel en Versterking Groningen<br/>Bezuidenhoutseweg 73<br/>2594 AC Den Haag<br/>"
            "Postbus 20401<br/>2500 EK Den Haag<br/>www.rijksoverheid.nl/kgg"),
        s.lines("De heer G.J. Hofstee", "Dijkstraat 41", "9901 KJ  APPINGEDAM"),
        s.sp(8),
        s.kv([("Datum", "20 maart 2025"), ("Betreft", "Ontvangstbevestiging Woo-verzoek"),
              ("Ons kenmerk", "KGG/WOO-2025-0418"), ("Uw kenmerk", "-"),
              ("Contactpersoon", "mr. M. van 't Zand"), ("T", "070 379 88 14"),
              ("E", "m.vantzand@minkgg.nl")]),
        s.sp(8),
        s.p("Geachte heer Hofstee,"),
        s.p("Op 14 maart 2025 heeft u een verzoek ingediend op grond van de Wet open overheid (Woo). U vraagt "
            "om documenten over de schadeafhandeling en de versterking in Opwierde en Tjamsweer. Uw verzoek is "
            "op 17 maart 2025 ontvangen en geregistreerd onder kenmerk KGG/WOO-2025-0418."),
        s.p("Op grond van artikel 4.4 van de Woo beslist de staatssecretaris binnen vier weken na ontvangst. "
            "Deze termijn kan met twee weken worden verdaagd. Omdat uw verzoek ook documenten van derden "
            "betreft (het IMG en de gemeente Eemsdelta), worden zij in de gelegenheid gesteld een zienswijze "
            "te geven (artikel 4.9 Woo)."),
        s.p("Heeft u vragen, neemt u dan contact op met de contactpersoon hierboven of met de Woo-mailbox "
            "woo-hvg@minkgg.nl. Algemene vragen over Groningen kunt u ook stellen via het Informatiepunt "
            "Versterken, telefoon 0800 - 3434 500."),
        s.p("Hoogachtend,"),
        s.p("de staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties, Herstel Groningen,<br/>"
            "namens deze,"),
        s.sp(14),
        s.p("mr. Merel van 't Zand<br/>Woo-coördinator Directie Herstel en Versterking Groningen"),
        s.sm("Registratie: MvtZ/20-03 · DIV-code 25.0418"),
    ]


DOCS.append(Doc(
    "gr02_ontvangstbevestiging_woo", story=s02, family="helv", size=9.5,
    producer="Aspose.Words for .NET 23.4.0", creator="DigiDoc KGG", author="KGG",
    title="Ontvangstbevestiging Woo-verzoek KGG/WOO-2025-0418",
    header="Ministerie van Klimaat en Groene Groei",
    redact=[
        R("PERSON", "G.J. Hofstee", "G.J. Hofstee", "heer Hofstee"),
        R("ADDRESS", "Dijkstraat 41, 9901 KJ", "Dijkstraat 41", "9901 KJ"),
        R("PERSON", "Merel van 't Zand", "Merel van 't Zand", "M. van 't Zand"),
        R("PHONE", "070 379 88 14"),
        R("EMAIL", "m.vantzand@minkgg.nl"),
        R("INITIALS", "MvtZ"),
    ],
    keep=[
        K("ORG", "Ministerie van Klimaat en Groene Groei"),
        K("ORG", "Directie Herstel en Versterking Groningen"),
        K("ADDRESS_PUBLIC", "Bezuidenhoutseweg 73"),
        K("ADDRESS_PUBLIC", "2594 AC Den Haag"),
        K("REF", "KGG/WOO-2025-0418"),
        K("LAW", "artikel 4.4"), K("LAW", "artikel 4.9 Woo"),
        K("ORG", "IMG"),
        K("ORG", "gemeente Eemsdelta"),
        K("EMAIL_FUNCTIONAL", "woo-hvg@minkgg.nl"),
        K("PHONE_GENERAL", "0800 - 3434 500"),
        K("ORG", "Informatiepunt Versterken"),
        K("FUNCTION", "Woo-coördinator"),
        K("DATE", "17 maart 2025"),
        K("PLACE", "Tjamsweer"),
    ]))


# ------------------------------------------------------------------ gr03 schademelding
def s03(s):
    return [
        s.h("Schademelding mijnbouwschade"),
        s.sm("Instituut Mijnbouwschade Groningen – digitaal ingediend via Mijn IMG – ontvangen 9 mei 2024"),
        s.sp(6),
        s.table([
            ["Veld", "Ingevuld"],
            ["Zaaknummer", "SDM-2024-118734"],
            ["Naam melder", "Aaltje Bos-Wieringa"],
            ["Geboortedatum", "03-11-1951"],
            ["Burgerservicenummer", "204817359"],
            ["Adres schadeobject", "Wirdumerweg 7, 9905 PC Tjamsweer"],
            ["Telefoon", "+31 (0)6 2830 1157"],
            ["E-mail", "aaltje.boswieringa@hetnet.nl"],
            ["Eigenaar / huurder", "eigenaar-bewoner (sinds 1978)"],
            ["Bouwjaar woning", "circa 1932 (vrijstaand, steens muurwerk)"],
            ["IBAN voor uitbetaling", "NL42 RABO 0318 4471 92"],
            ["Gemachtigde", "zoon: Harm Bos, Zandvoortstraat 12, 9714 KB Groningen"],
        ], widths=[50 * mm, 110 * mm]),
        s.sp(8),
        s.h2_("Omschrijving van de schade"),
        s.p("Na de beving bij Garrelsweer (ML 2,2) zijn nieuwe scheuren ontstaan in de achtergevel en in de "
            "binnenmuur van de keuken. De bestaande scheur boven de voordeur is volgens mij verder "
            "uitgelopen. In de kelder staat sinds de winter vaker water. Ik heb eerder schade gemeld in 2019 "
            "(toen nog bij het TCMG, dossier TCMG-2019-044120)."),
        s.p("Ik ben 72 jaar en slecht ter been; ik wil graag dat de opname overdag plaatsvindt in het bijzijn "
            "van mijn zoon Harm. Hij is bereikbaar op 050-3126648."),
        s.h2_("Verklaring"),
        s.p("Ik verklaar dit formulier naar waarheid te hebben ingevuld en geef het IMG toestemming de "
            "gegevens te delen met de Nationaal Coördinator Groningen voor zover nodig voor de versterking."),
        s.p("Ondertekend (digitaal): A. Bos-Wieringa, 9 mei 2024"),
    ]


DOCS.append(Doc(
    "gr03_schademelding_wirdumerweg", story=s03, family="dv", size=9.5,
    producer="iText® 7.2.5 ©2000-2023 iText Group NV (AGPL-version)", creator="Mijn IMG portaal",
    title="Schademelding SDM-2024-118734", header="Instituut Mijnbouwschade Groningen",
    footer="IMG · Postbus 2080 · 9400 CB Assen · 0800 - 4020 400 · www.schadedoormijnbouw.nl",
    redact=[
        R("PERSON", "Aaltje Bos-Wieringa", "Aaltje Bos-Wieringa", "A. Bos-Wieringa"),
        R("DOB", "03-11-1951"),
        R("BSN", "204817359"),
        R("ADDRESS", "Wirdumerweg 7, 9905 PC", "Wirdumerweg 7", "9905 PC"),
        R("PHONE", "+31 (0)6 2830 1157"),
        R("EMAIL", "aaltje.boswieringa@hetnet.nl"),
        R("IBAN", "NL42 RABO 0318 4471 92"),
        R("PERSON", "Harm Bos", "Harm Bos", "zoon Harm"),
        R("ADDRESS", "Zandvoortstraat 12, 9714 KB", "Zandvoortstraat 12", "9714 KB"),
        R("PHONE", "050-3126648"),
        R("AGE", "72 jaar"),
        R("HEALTH", "slecht ter been"),
    ],
    keep=[
        K("ORG", "Instituut Mijnbouwschade Groningen"),
        K("REF", "SDM-2024-118734"),
        K("REF", "TCMG-2019-044120"),
        K("ORG", "TCMG"),
        K("PLACE", "Garrelsweer"),
        K("TERM", "ML 2,2"),
        K("ORG", "Nationaal Coördinator Groningen"),
        K("PRODUCT", "Mijn IMG"),
        K("PHONE_GENERAL", "0800 - 4020 400"),
        K("ADDRESS_PUBLIC", "Postbus 2080"),
        K("URL", "www.schadedoormijnbouw.nl"),
        K("TERM", "eigenaar-bewoner"),
    ]))


# ------------------------------------------------------------------ gr04 expertiserapport (2 p.)
def s04(s):
    return [
        s.h("Expertiserapport fysieke schade"),
        s.kv([("Opdrachtgever", "Instituut Mijnbouwschade Groningen"),
              ("Dossier", "SDM-2024-118734 / HEX-24-3391"),
              ("Object", "Wirdumerweg 7, Tjamsweer (vrijstaande woning, bouwjaar ca. 1932)"),
              ("Aanvrager", "mevrouw A. Bos-Wieringa"),
              ("Datum opname", "18 juli 2024, 09.30-12.15 uur"),
              ("Aanwezig", "mevrouw Bos-Wieringa, de heer H. Bos (zoon), deskundige"),
              ("Deskundige", "ing. W.F. Poelman, Hunze Expertise B.V., NIVRE-registratie RT-40317")]),
        s.sp(6),
        s.h2_("1. Aanleiding en werkwijze"),
        s.p("In opdracht van het IMG is de gemelde schade opgenomen volgens het Schadeprotocol mijnbouwschade "
            "Groningen en de Werkwijze Fysieke Schade. Bij de opname zijn scheurwijdten gemeten met een "
            "scheurwijdtemeter, is de helling van de achtergevel gemeten met een digitale waterpas en zijn "
            "48 foto's gemaakt. De kelder is visueel geïnspecteerd; een vochtmeting is gedaan met een "
            "Protimeter Surveymaster."),
        s.h2_("2. Bevindingen per schade"),
        s.table([
            ["Nr", "Locatie", "Omschrijving", "Oorzaak (oordeel deskundige)"],
            ["S1", "Achtergevel, links van keukenraam", "Trapvormige scheur in metselwerk, 1,8 mm, lengte 1,40 m",
             "Mijnbouw waarschijnlijk (Bewijsvermoeden, art. 6:177a BW)"],
            ["S2", "Keuken, binnenmuur", "Scheur in stucwerk langs latei, 0,6 mm", "Mijnbouw waarschijnlijk"],
            ["S3", "Voorgevel boven voordeur", "Bestaande scheur (2019) uitgelopen van 0,8 naar 2,1 mm",
             "Verergering door mijnbouw"],
            ["S4", "Kelder", "Vochtdoorslag noordwand, geen scheurvorming", "Geen mijnbouwschade (grondwater)"],
            ["S5", "Schoorsteen", "Losse voegen bovenzijde", "Veroudering; geen mijnbouwschade"],
        ], widths=[10 * mm, 38 * mm, 62 * mm, 56 * mm]),
        s.sp(6),
        s.h2_("3. Herstelkosten"),
        s.p("De herstelkosten van S1 tot en met S3 zijn geraamd met de Methodiek Herstelkosten IMG 2024 op "
            "€ 14.862,- inclusief btw. Daarnaast adviseert de deskundige een vergoeding voor bijkomende kosten "
            "(verhuiskosten tijdens herstel: niet van toepassing) en overlast."),
        s.h2_("4. Bijzonderheden"),
        s.p("Mevrouw Bos-Wieringa gaf tijdens de opname aan dat zij sinds de beving van 2022 slecht slaapt en "
            "onder behandeling is van haar huisarts vanwege angstklachten. Zij verzocht het rapport ook te sturen "
            "aan haar zoon (h.bos@ziggo.nl). De deskundige heeft haar gewezen op de Regeling immateriële "
            "schade van het IMG."),
        s.p("Er zijn aanwijzingen voor een verminderde constructieve veiligheid van de achtergevel (S1). De "
            "deskundige adviseert het IMG deze melding door te zetten naar de NCG voor een beoordeling in het "
            "kader van de versterking (acuut onveilige situatie: nee)."),
        s.h2_("5. Foto-overzicht (selectie uit 48 foto's)"),
        s.table([["Foto", "Onderwerp", "Toelichting"],
                 ["03", "Achtergevel, overzicht", "Scheur S1 links van keukenraam; rechts in beeld de schuur"],
                 ["11", "Detail S1", "Scheurwijdtemeter 1,8 mm; foto genomen door de zoon, de heer H. Bos"],
                 ["19", "Keuken", "Scheur S2; op de voorgrond mevrouw Bos-Wieringa (gezicht niet in beeld)"],
                 ["27", "Voorgevel", "Uitgelopen scheur S3 boven de voordeur; vergelijking met foto TCMG 2019"],
                 ["41", "Kelder", "Vochtplekken noordwand; Protimeter-meting 28% (hoog)"]],
                widths=[14 * mm, 40 * mm, 112 * mm]),
        s.p("De foto's zijn beoordeeld door een tweede deskundige, ing. Jorien Wubs (Hunze Expertise), die het "
            "rapport heeft meegelezen (paraaf JWu)."),
        s.h2_("6. Ondertekening"),
        s.p("Aldus naar waarheid opgemaakt te Hoogezand, 2 augustus 2024."),
        s.sp(6),
        s.p("ing. Wouter Poelman<br/>schade-expert bouwkunde<br/>Hunze Expertise B.V. · Kerkstraat 102 · "
            "Hoogezand<br/>mobiel 06 – 1894 2270 · w.poelman@hunze-expertise.nl"),
        s.p("Contra-expertise: de aanvrager heeft het recht een eigen deskundige in te schakelen; de kosten "
            "daarvan worden binnen de normen van het IMG vergoed."),
    ]


DOCS.append(Doc(
    "gr04_expertiserapport_hunze_expertise", story=s04, family="helv", size=11,
    producer="Nitro Pro 13 (13.70.2.40)", creator="Nitro Pro 13", author="Hunze Expertise",
    title="Expertiserapport HEX-24-3391", header="Hunze Expertise B.V. – rapport HEX-24-3391",
    redact=[
        R("PERSON", "Aaltje Bos-Wieringa", "A. Bos-Wieringa", "Bos-Wieringa"),
        R("PERSON", "Harm Bos", "H. Bos", "heer H. Bos"),
        R("ADDRESS", "Wirdumerweg 7", "Wirdumerweg 7"),
        R("PERSON", "Wouter Poelman", "W.F. Poelman", "Wouter Poelman"),
        R("ID", "NIVRE-registratie RT-40317", "RT-40317"),
        R("PHONE", "06 – 1894 2270"),
        R("EMAIL", "w.poelman@hunze-expertise.nl"),
        R("EMAIL", "h.bos@ziggo.nl"),
        R("PERSON", "Jorien Wubs", "Jorien Wubs"),
        R("INITIALS", "JWu"),
        R("HEALTH", "slecht slaapt", "slecht slaapt"),
        R("HEALTH", "angstklachten"),
        R("HEALTH", "onder behandeling is van haar huisarts"),
    ],
    keep=[
        K("ORG", "Instituut Mijnbouwschade Groningen"),
        K("REF", "SDM-2024-118734"), K("REF", "HEX-24-3391"),
        K("ORG", "Hunze Expertise B.V."),
        K("POLICY", "Schadeprotocol mijnbouwschade Groningen"),
        K("POLICY", "Werkwijze Fysieke Schade"),
        K("PRODUCT", "Protimeter Surveymaster"),
        K("LAW", "art. 6:177a BW"),
        K("TERM", "Bewijsvermoeden"),
        K("POLICY", "Methodiek Herstelkosten IMG 2024"),
        K("AMOUNT", "€ 14.862,-"),
        K("POLICY", "Regeling immateriële schade"),
        K("ORG", "NCG"),
        K("PLACE", "Hoogezand"),
        K("ADDRESS_PUBLIC", "Kerkstraat 102"),
        K("FUNCTION", "schade-expert bouwkunde"),
        K("ORG", "NIVRE"),
    ]))


# ------------------------------------------------------------------ gr05 klachtmail met gezondheid (Outlook, 2 p.)
def s05(s):
    return [
        s.lines("<b>Van:</b> Wiersum, Henk &lt;h.wiersum1958@gmail.com&gt;",
                "<b>Verzonden:</b> maandag 3 februari 2025 22:47",
                "<b>Aan:</b> Klachten IMG &lt;klachten@schadedoormijnbouw.nl&gt;",
                "<b>CC:</b> Jantje Wiersum-Dijk &lt;jantje.wd@gmail.com&gt;; Bewonersvereniging Opwierde-Zuid "
                "&lt;info@opwierde-zuid.nl&gt;",
                "<b>Onderwerp:</b> Klacht over behandeling dossier SDM-2023-097215 – Bosstraat 18 Appingedam"),
        s.sp(4),
        s.p("Geachte heer, mevrouw,"),
        s.p("Hierbij dien ik een formele klacht in over de gang van zaken rond ons schadedossier. De opname was "
            "in maart 2024, het rapport kregen we pas in november en het besluit staat nog steeds uit. Mijn "
            "vrouw en ik wonen sinds 1984 op de Bosstraat 18 (9902 GH Appingedam). Er lopen scheuren door de "
            "hele woning, de achterdeur klemt en we durven de zolder niet meer te gebruiken."),
        s.p("Ik wil u ook laten weten wat dit met ons doet. Mijn vrouw heeft sinds de zomer last van "
            "hartkloppingen en paniekaanvallen en slikt sinds oktober oxazepam. Onze huisarts, dokter Ebbens van "
            "Huisartsenpraktijk Damsterdiep, heeft haar doorverwezen naar de POH-GGZ. Zelf ben ik in december "
            "met een burn-out thuis komen te zitten. Ik heb een brief van de huisarts, die ik kan meesturen als "
            "dat nodig is."),
        s.p("Ik verwacht binnen twee weken een reactie en een vast aanspreekpunt. U kunt mij bellen op "
            "0596 - 42 77 18 of 06 5011 9372."),
        s.p("Met vriendelijke groet,<br/>Henk Wiersum"),
        s.sp(8),
        s.lines("<b>Van:</b> Talsma, Roos &lt;r.talsma@schadedoormijnbouw.nl&gt;",
                "<b>Verzonden:</b> dinsdag 4 februari 2025 09:12",
                "<b>Aan:</b> Kuipers, Anouk &lt;a.kuipers@schadedoormijnbouw.nl&gt;",
                "<b>CC:</b> Schepers, Rutger &lt;r.schepers@schadedoormijnbouw.nl&gt;",
                "<b>Onderwerp:</b> FW: Klacht over behandeling dossier SDM-2023-097215 – Bosstraat 18 Appingedam"),
        s.sp(4),
        s.p("Hoi Anouk,"),
        s.p("Deze klacht komt binnen op jouw dossier. Gezien de gezondheidsinformatie graag vandaag nog bellen "
            "(niet mailen) en de klacht registreren in Klachtenportaal onder KL-2025-0211. Let op: de heer "
            "Wiersum geeft geen toestemming om de medische gegevens in het dossier op te nemen, dus de brief "
            "van de huisarts niet in Zaaksysteem zetten. Rutger weet ervan."),
        s.p("Groet,<br/>Roos<br/>Roos Talsma | teamleider Klachtbehandeling | Instituut Mijnbouwschade "
            "Groningen<br/>M 06-23 90 41 56"),
        s.sp(8),
        s.lines("<b>Van:</b> Kuipers, Anouk &lt;a.kuipers@schadedoormijnbouw.nl&gt;",
                "<b>Verzonden:</b> dinsdag 4 februari 2025 16:40",
                "<b>Aan:</b> Talsma, Roos; Schepers, Rutger",
                "<b>Onderwerp:</b> RE: FW: Klacht over behandeling dossier SDM-2023-097215"),
        s.sp(4),
        s.p("Gebeld met meneer Wiersum. Emotioneel gesprek; hij vroeg of zijn vrouw voorrang kan krijgen "
            "vanwege haar gezondheid. Ik heb uitgelegd dat de Regeling Zorgvuldige Afhandeling (RZA) daarvoor "
            "is en hem het nummer van de Commissie Bijzondere Situaties gegeven. Besluit gaat deze week naar "
            "de beoordelaar. Ik bel hem vrijdag terug."),
        s.p("Anouk Kuipers<br/>casebehandelaar Fysieke Schade, team Noord-Oost<br/>T 088 – 2014 613 (direct)"),
    ]


DOCS.append(Doc(
    "gr05_klachtmail_bewoner_bosstraat", story=s05, family="helv", size=11,
    producer="Microsoft® Outlook® voor Microsoft 365", creator=OUTLOOK, author="AKUIPERS",
    title="Klacht over behandeling dossier SDM-2023-097215",
    redact=[
        R("PERSON", "Henk Wiersum", "Wiersum, Henk", "Henk Wiersum", "Wiersum"),
        R("EMAIL", "h.wiersum1958@gmail.com"),
        R("PERSON", "Jantje Wiersum-Dijk", "Jantje Wiersum-Dijk"),
        R("EMAIL", "jantje.wd@gmail.com"),
        R("ADDRESS", "Bosstraat 18, 9902 GH", "Bosstraat 18", "9902 GH"),
        R("HEALTH", "hartkloppingen en paniekaanvallen", "hartkloppingen", "paniekaanvallen"),
        R("HEALTH", "oxazepam"),
        R("HEALTH", "burn-out"),
        R("HEALTH", "POH-GGZ"),
        R("PERSON", "dokter Ebbens", "Ebbens"),
        R("PHONE", "0596 - 42 77 18"),
        R("PHONE", "06 5011 9372"),
        R("PERSON", "Roos Talsma", "Talsma, Roos", "Roos Talsma", "Roos"),
        R("EMAIL", "r.talsma@schadedoormijnbouw.nl"),
        R("PHONE", "06-23 90 41 56"),
        R("PERSON", "Anouk Kuipers", "Kuipers, Anouk", "Anouk Kuipers", "Anouk"),
        R("EMAIL", "a.kuipers@schadedoormijnbouw.nl"),
        R("PERSON", "Rutger Schepers", "Schepers, Rutger", "Rutger"),
        R("EMAIL", "r.schepers@schadedoormijnbouw.nl"),
        R("PHONE", "088 – 2014 613"),
        R("PERSON", "AKUIPERS (metadata Author)", "AKUIPERS", ch="metadata"),
    ],
    keep=[
        K("EMAIL_FUNCTIONAL", "klachten@schadedoormijnbouw.nl"),
        K("EMAIL_FUNCTIONAL", "info@opwierde-zuid.nl"),
        K("ORG", "Bewonersvereniging Opwierde-Zuid"),
        K("REF", "SDM-2023-097215"),
        K("REF", "KL-2025-0211"),
        K("ORG", "Huisartsenpraktijk Damsterdiep"),
        K("PRODUCT", "Klachtenportaal"), K("PRODUCT", "Zaaksysteem"),
        K("POLICY", "Regeling Zorgvuldige Afhandeling"), K("POLICY", "RZA"),
        K("ORG", "Commissie Bijzondere Situaties"),
        K("ORG", "Instituut Mijnbouwschade Groningen"),
        K("FUNCTION", "teamleider Klachtbehandeling"),
        K("FUNCTION", "casebehandelaar Fysieke Schade"),
        K("ORG", "team Noord-Oost"),
        K("LABEL", "Onderwerp:"),
    ]))


# ------------------------------------------------------------------ gr06 interne mailwisseling IMG-NCG (2 p.)
def s06(s):
    return [
        s.lines("<b>Van:</b> Nijboer, Ilse &lt;ilse.nijboer@nationaalcoordinatorgroningen.nl&gt;",
                "<b>Verzonden:</b> woensdag 11 december 2024 11:05",
                "<b>Aan:</b> Kuipers, Anouk &lt;a.kuipers@schadedoormijnbouw.nl&gt;; Laan, Thijs van der "
                "&lt;t.vanderlaan@schadedoormijnbouw.nl&gt;",
                "<b>CC:</b> Hazenberg, Bram &lt;bram.hazenberg@nationaalcoordinatorgroningen.nl&gt;; "
                "Kamminga, Wiebe &lt;w.kamminga@eemsdelta.nl&gt;",
                "<b>Onderwerp:</b> RE: Samenloop schade en versterking Wirdumerweg 7 en Bosstraat 18"),
        s.sp(4),
        s.p("Dag Anouk en Thijs,"),
        s.p("Dank voor het doorzetten van de twee adressen. Wirdumerweg 7 (Tjamsweer) zit al in batch 1588 en "
            "heeft een opname gehad in 2021; het versterkingsadvies (VA-2021-17720) is nog niet uitgevoerd. "
            "Bosstraat 18 valt onder de typologie-aanpak en krijgt in het eerste kwartaal een "
            "bouwkundige opname. Bram plant dat in met het Ingenieursbureau Wadland."),
        s.p("Voorstel: we doen bij beide adressen één keukentafelgesprek samen (IMG, NCG, gemeente) zodat de "
            "bewoners niet twee keer hun verhaal hoeven te doen. Wiebe, kan de gemeente de "
            "bewonersbegeleiding vanuit het Damsterhuis regelen?"),
        s.p("Groet,<br/>Ilse Nijboer<br/>casemanager versterking | Nationaal Coördinator Groningen<br/>"
            "06 – 4388 1209 (ma-do)"),
        s.sp(8),
        s.lines("<b>Van:</b> Laan, Thijs van der &lt;t.vanderlaan@schadedoormijnbouw.nl&gt;",
                "<b>Verzonden:</b> woensdag 11 december 2024 13:31",
                "<b>Aan:</b> Nijboer, Ilse",
                "<b>CC:</b> Kuipers, Anouk; Hazenberg, Bram; Kamminga, Wiebe; De Boer-Hekman, Mirjam "
                "&lt;m.deboer-hekman@schadedoormijnbouw.nl&gt;",
                "<b>Onderwerp:</b> RE: Samenloop schade en versterking Wirdumerweg 7 en Bosstraat 18"),
        s.sp(4),
        s.p("Hoi Ilse,"),
        s.p("Goed plan. Let wel op: bij de familie Wiersum speelt een klacht en er is sprake van medische "
            "omstandigheden, dus graag met een ervaren gespreksleider. Mirjam (juridisch) kijkt mee of het "
            "schadebesluit moet wachten op de versterkingsopname in verband met de samenloopregeling."),
        s.p("Mijn voorstel voor data: 14 of 16 januari, in de ochtend. Ik zit die week op locatie in "
            "Loppersum (Steunpunt Eemsdelta, Wirdumerweg is dichtbij)."),
        s.p("Groeten,<br/>Thijs<br/>—<br/>Thijs van der Laan<br/>senior zaakbehandelaar | IMG<br/>"
            "+31 6 1570 8824"),
        s.sp(8),
        s.lines("<b>Van:</b> Kamminga, Wiebe &lt;w.kamminga@eemsdelta.nl&gt;",
                "<b>Verzonden:</b> donderdag 12 december 2024 08:20",
                "<b>Aan:</b> Laan, Thijs van der; Nijboer, Ilse",
                "<b>CC:</b> Kuipers, Anouk; Hazenberg, Bram",
                "<b>Onderwerp:</b> RE: Samenloop schade en versterking Wirdumerweg 7 en Bosstraat 18"),
        s.sp(4),
        s.p("Beste allen,"),
        s.p("Bewonersbegeleiding regel ik; onze bewonersbegeleider is Froukje. Wethouder Dijkema-Snoek wil "
            "graag op de hoogte blijven van beide dossiers in verband met de bewonersavond van 22 januari; ik "
            "neem ze mee in de wekelijkse portefeuillehoudersnotitie, zonder namen. Mijn mobiel: "
            "06-31 72 05 88."),
        s.p("Met vriendelijke groet,<br/>Wiebe Kamminga<br/>gebiedsregisseur Versterking, gemeente Eemsdelta<br/>"
            "T 14 0596 | Feithsplein 1, Appingedam"),
    ]


DOCS.append(Doc(
    "gr06_mailwisseling_samenloop_img_ncg", story=s06, family="dvc", size=11,
    producer="Microsoft® Outlook® voor Microsoft 365", creator=OUTLOOK,
    title="RE: Samenloop schade en versterking",
    redact=[
        R("PERSON", "Ilse Nijboer", "Nijboer, Ilse", "Ilse Nijboer", "Ilse"),
        R("EMAIL", "ilse.nijboer@nationaalcoordinatorgroningen.nl"),
        R("PERSON", "Anouk Kuipers", "Kuipers, Anouk", "Anouk"),
        R("EMAIL", "a.kuipers@schadedoormijnbouw.nl"),
        R("PERSON", "Thijs van der Laan", "Laan, Thijs van der", "Thijs van der Laan", "Thijs"),
        R("EMAIL", "t.vanderlaan@schadedoormijnbouw.nl"),
        R("PERSON", "Bram Hazenberg", "Hazenberg, Bram", "Bram"),
        R("EMAIL", "bram.hazenberg@nationaalcoordinatorgroningen.nl"),
        R("PERSON", "Wiebe Kamminga", "Kamminga, Wiebe", "Wiebe Kamminga", "Wiebe"),
        R("EMAIL", "w.kamminga@eemsdelta.nl"),
        R("PERSON", "Mirjam de Boer-Hekman", "De Boer-Hekman, Mirjam", "Mirjam"),
        R("EMAIL", "m.deboer-hekman@schadedoormijnbouw.nl"),
        R("PERSON", "Froukje"),
        R("PERSON", "familie Wiersum", "Wiersum"),
        R("HEALTH", "medische omstandigheden"),
        R("ADDRESS", "Wirdumerweg 7", "Wirdumerweg 7"),
        R("ADDRESS", "Bosstraat 18", "Bosstraat 18"),
        R("PHONE", "06 – 4388 1209"),
        R("PHONE", "+31 6 1570 8824"),
        R("PHONE", "06-31 72 05 88"),
    ],
    keep=[
        K("ORG", "Nationaal Coördinator Groningen"),
        K("ORG", "IMG"), K("ORG", "NCG"),
        K("REF", "VA-2021-17720"),
        K("TERM", "batch 1588"),
        K("TERM", "typologie-aanpak"),
        K("ORG", "Ingenieursbureau Wadland"),
        K("BUILDING", "Damsterhuis"),
        K("ORG", "Steunpunt Eemsdelta"),
        K("OFFICIAL", "Wethouder Dijkema-Snoek"),
        K("FUNCTION", "casemanager versterking"),
        K("FUNCTION", "senior zaakbehandelaar"),
        K("FUNCTION", "gebiedsregisseur Versterking"),
        K("PHONE_GENERAL", "14 0596"),
        K("ADDRESS_PUBLIC", "Feithsplein 1"),
        K("PLACE", "Loppersum"),
        K("TERM", "samenloopregeling"),
        K("DATE", "22 januari"),
    ]))


# ------------------------------------------------------------------ gr07 Teams-chat
def s07(s):
    rows = [["Tijd", "Afzender", "Bericht"]]
    msgs = [
        ("09:02", "Anouk Kuipers", "Morgen! Wie heeft vandaag de telefoondienst? Ik zit tot 11 uur in de Bosstraat"),
        ("09:03", "Sanne Lubbers", "Ik, samen met Daantje. Bel je als je hulp nodig hebt"),
        ("09:05", "Thijs van der Laan", "@Sanne kun jij de zienswijze van mevr. Bos-Wieringa inboeken? "
                                        "Staat in de gedeelde map onder HEX-24-3391"),
        ("09:06", "Sanne Lubbers", "Doe ik. Die van Yıldırım ook? Die kwam gisteren per post"),
        ("09:08", "Thijs van der Laan", "Ja graag. Ömer belde trouwens weer, hij wil een contra-expert. "
                                        "Nummer staat in het dossier: 06-18 44 20 71"),
        ("09:15", "Daan Veldkamp", "ik ben er ook Anouk, die meneer van de Bosstraat belde net. "
                                   "Wil dat je terugbelt, klonk er echt doorheen"),
        ("09:16", "Anouk Kuipers", "Ok, na 11 uur. Wil iemand Mirjam even vragen of het besluit al geparafeerd is?"),
        ("09:20", "Mirjam de Boer-Hekman", "Hier :-) ligt bij Rutger voor de tweede handtekening, vandaag klaar"),
        ("09:31", "Sanne Lubbers", "Lunch om 12.30 in de kantine Assen? Thijsje trakteert (verjaardag!)"),
        ("09:32", "Thijs van der Laan", "haha klopt. Vlaai van Bakkerij Van der Molen"),
        ("10:47", "Daan Veldkamp", "Info voor iedereen: vanaf maandag nieuw nummer voor de "
                                   "IMG-servicelijn: 0800 - 4020 400 blijft, keuzemenu 3 = versterking"),
    ]
    for m in msgs:
        rows.append(list(m))
    return [
        s.h("Chatgesprek: Team Noord-Oost – Fysieke Schade"),
        s.sm("Microsoft Teams · geëxporteerd 6 februari 2025 · kanaal ‘Algemeen’ · 11 berichten"),
        s.sp(6),
        s.table(rows, widths=[14 * mm, 40 * mm, 112 * mm]),
        s.sp(6),
        s.sm("Export gemaakt ten behoeve van Woo-verzoek KGG/WOO-2025-0418 (document 7). Reacties (emoji) zijn "
             "als tekst weergegeven."),
    ]


DOCS.append(Doc(
    "gr07_teams_chat_team_noord_oost", story=s07, family="dv", size=10,
    producer="Microsoft: Print To PDF", creator="Microsoft Teams",
    title="Chatgesprek Team Noord-Oost",
    redact=[
        R("PERSON", "Anouk Kuipers", "Anouk Kuipers", "Anouk"),
        R("PERSON", "Sanne Lubbers", "Sanne Lubbers", "Sanne"),
        R("PERSON", "Thijs van der Laan", "Thijs van der Laan", "Thijsje"),
        R("PERSON", "Daan Veldkamp", "Daan Veldkamp", "Daantje"),
        R("PERSON", "Mirjam de Boer-Hekman", "Mirjam de Boer-Hekman", "Mirjam"),
        R("PERSON", "Rutger"),
        R("PERSON", "Aaltje Bos-Wieringa", "Bos-Wieringa"),
        R("PERSON", "Ömer Yıldırım", "Yıldırım", "Ömer"),
        R("PHONE", "06-18 44 20 71"),
    ],
    keep=[
        K("ORG", "Team Noord-Oost"),
        K("PRODUCT", "Microsoft Teams"),
        K("REF", "HEX-24-3391"),
        K("REF", "KGG/WOO-2025-0418"),
        K("ORG", "Bakkerij Van der Molen"),
        K("PHONE_GENERAL", "0800 - 4020 400"),
        K("PLACE", "Assen"),
        K("TERM", "contra-expert"),
        K("TERM", "IMG-servicelijn"),
    ]))


# ------------------------------------------------------------------ gr08 WhatsApp bewonerscommissie
def s08(s):
    lines = [
        "[21-01-2025 19:02] Gerrit-Jan: Morgen bewonersavond in De Ploeg, 19.30. Wie neemt de "
        "presentielijst mee?",
        "[21-01-2025 19:04] Tineke Oldenhuis: Ik. En ik vraag of de wethouder Dijkema-Snoek ook echt komt",
        "[21-01-2025 19:05] +31 6 22 91 47 03: Hoi allen, ik ben Jelle 't Hooft van nr. 22, mijn buurman "
        "heeft me toegevoegd",
        "[21-01-2025 19:06] Gerrit-Jan: Welkom Jelle! Jij zit toch ook in de typologie-aanpak?",
        "[21-01-2025 19:09] Jelle 't Hooft: Ja, en mijn vrouw Dirkje zit sinds de zomer in de ziektewet "
        "door alle stress. We krijgen maar geen datum",
        "[21-01-2025 19:12] Tineke Oldenhuis: Balen Neem dat morgen mee, de NCG is er ook",
        "[21-01-2025 19:20] Bertus (Mensinga): Wie heeft het nummer van die IMG-meneer, Thijs?",
        "[21-01-2025 19:21] Gerrit-Jan: Niet rondsturen hier. Bel gewoon de servicelijn 0800 - 4020 400",
        "[21-01-2025 19:33] Marijke Haaksma: Ik kan niet, dienst in het Ommelander Ziekenhuis. Wil iemand "
        "voor mij vragen waarom de Stuwmeerregeling bij ons niet geldt? Wirdumerweg 3",
        "[21-01-2025 19:35] Tineke Oldenhuis: Doe ik Marijke (duim)",
        "[22-01-2025 23:14] Bertus (Mensinga): Goeie avond. Staatssecretaris Ten Hove komt in maart naar "
        "Appingedam zei de burgemeester",
    ]
    return [s.h("WhatsApp-chat met Bewonerscommissie Opwierde"), s.sp(4)] + [s.p(x) for x in lines] + [
        s.sp(6), s.sm("Aangeleverd door de gemeente Eemsdelta (export van de telefoon van de gebiedsregisseur, "
                      "die lid is van de groep).")]


DOCS.append(Doc(
    "gr08_whatsapp_bewonerscommissie_opwierde", story=s08, family="dv", size=9.5,
    producer="Android PDF export 1.4", creator="WhatsApp",
    title="WhatsApp-chat met Bewonerscommissie Opwierde",
    redact=[
        R("PERSON", "Gerrit-Jan Hofstee", "Gerrit-Jan"),
        R("PERSON", "Tineke Oldenhuis", "Tineke Oldenhuis"),
        R("PHONE", "+31 6 22 91 47 03"),
        R("PERSON", "Jelle 't Hooft", "Jelle 't Hooft", "Jelle"),
        R("PERSON", "Dirkje"),
        R("HEALTH", "in de ziektewet", "ziektewet"),
        R("PERSON", "Bertus Mensinga", "Bertus", "Mensinga"),
        R("PERSON", "Thijs"),
        R("PERSON", "Marijke Haaksma", "Marijke Haaksma", "Marijke"),
        R("ADDRESS", "Wirdumerweg 3"),
        R("ADDRESS", "nr. 22"),
    ],
    keep=[
        K("BUILDING", "De Ploeg"),
        K("OFFICIAL", "wethouder Dijkema-Snoek"),
        K("ORG", "NCG"),
        K("PHONE_GENERAL", "0800 - 4020 400"),
        K("ORG", "Ommelander Ziekenhuis"),
        K("POLICY", "Stuwmeerregeling"),
        K("OFFICIAL", "Staatssecretaris Ten Hove"),
        K("PLACE", "Appingedam"),
        K("ORG", "Bewonerscommissie Opwierde"),
        K("TERM", "typologie-aanpak"),
        K("ORG", "gemeente Eemsdelta"),
    ]))
