"""The 33 documents of set HE (Woo request about cultural subsidies). Mark-up: see make_set.py.

All persons below the political level are invented; numbers carry valid checksums.
"""
from make_set import Doc, make_bsn, make_iban

# ---------------------------------------------------------------- cast (invented)
BSN_SANNE = make_bsn("21473650")
BSN_RAMI = make_bsn("30918274")
BSN_CHEN = make_bsn("18265039")
BSN_JUR = make_bsn("26650913")
IBAN_SANNE = make_iban("INGB", "6634128")
IBAN_RAMI = make_iban("ABNA", "417326690")
IBAN_SHIRIN = make_iban("RABO", "312884107")
IBAN_JUR = make_iban("SNSB", "902214387")
IBAN_DEWI = make_iban("ASNB", "708812345")
IBAN_CHEN = make_iban("TRIO", "198240377")
IBAN_BRAM = make_iban("INGB", "4470219")
IBAN_LOTTE = make_iban("BUNQ", "2094417735")
IBAN_HADDAD = make_iban("ABNA", "588120046")
IBAN_THIJS = make_iban("RABO", "104562218")
IBAN_RATNA = make_iban("INGB", "8812034")
IBAN_ODUYA = make_iban("TRIO", "776120458")
IBAN_MF = make_iban("INGB", "5239870", grouped=True)   # the fund's own account: keep

MF_ADDR = "«Brouwersgracht 276|ADDRESS», «1013 HG Amsterdam|ADDRESS»"
MF_TEL = "«020 523 15 23|SWITCHBOARD»"
WOO_NR = "«WOO-2025-0117|REF»"


def outlook(frm, sent, to, subj, cc=None, att=None):
    rows = [f"<b>Van:</b> {frm}", f"<b>Verzonden:</b> {sent}", f"<b>Aan:</b> {to}"]
    if cc:
        rows.append(f"<b>CC:</b> {cc}")
    rows.append(f"<b>Onderwerp:</b> {subj}")
    if att:
        rows.append(f"<b>Bijlagen:</b> {att}")
    return rows


# ---------------------------------------------------------------- he01 Woo decision letter
def he01():
    d = Doc("he01_woo_besluit", font="Helvetica", title="Besluit op Woo-verzoek WOO-2025-0117",
            author="[[Arjen Vlasblom]]")
    d.p("<b>«Mondriaan Fonds»</b><br/>" + MF_ADDR + "<br/>T " + MF_TEL + " | «woo@mondriaanfonds.nl|MAILBOX»", "small")
    d.sp(10)
    d.lines("Aangetekend en per e-mail", "Mevrouw [[E.M. ^Lindqvist]]", "[[Kanaalweg 41-bis|ADDRESS]]",
            "[[3526 KL|POSTCODE]] «Utrecht|PLACE»", style="tight")
    d.sp(8)
    d.table([["Datum", "Ons kenmerk", "Uw brief van", "Behandeld door"],
             ["«14 juli 2025|DATE»", WOO_NR, "«3 maart 2025|DATE»", "[[A. ^Vlasblom]]"]], [1, 1, 1, 1.3])
    d.p("<b>Onderwerp: besluit op uw verzoek om openbaarmaking over de «Werkbijdrage Jong Talent|PROGRAMME» "
        "en de «Werkbijdrage Bewezen Talent|PROGRAMME» 2024</b>")
    d.p("Geachte mevrouw [[Lindqvist]],")
    d.p("Bij brief van 3 maart 2025, ontvangen op 4 maart 2025, heeft u met een beroep op de «Wet open overheid|LAW» "
        "(«Woo|LAW») verzocht om openbaarmaking van documenten over de beoordeling en toekenning van aanvragen "
        "in de regelingen «Werkbijdrage Jong Talent|PROGRAMME» en «Werkbijdrage Bewezen Talent|PROGRAMME» in de "
        "ronde van september 2024. U heeft in het bijzonder gevraagd naar de adviezen van de adviescommissie, "
        "de scoretabellen, de correspondentie met aanvragers en de stukken van de bezwaarprocedure.")
    d.h("1. Verloop van de procedure", 2)
    d.p("Op 6 maart 2025 hebben wij de ontvangst bevestigd. Bij brief van 28 maart 2025 is de beslistermijn met "
        "twee weken verdaagd. Op 11 april 2025 heeft u telefonisch met de heer [[Vlasblom]] gesproken over de "
        "afbakening van uw verzoek. Afgesproken is dat ook stukken van het «Fonds Podiumkunsten|ORG» en de "
        "«Provincie Utrecht|ORG» die zich in ons archief bevinden worden beoordeeld. Belanghebbenden, onder wie "
        "de aanvragers, zijn in de gelegenheid gesteld een zienswijze te geven (artikel «4:8 Awb|LAW»).")
    d.h("2. Besluit", 2)
    d.p("Wij hebben besloten uw verzoek gedeeltelijk toe te wijzen. In de inventarislijst (bijlage 1) staat per "
        "document of het geheel, gedeeltelijk of niet openbaar wordt gemaakt. Wij zijn daarbij uitgegaan van de "
        "«Wet op het specifiek cultuurbeleid|LAW», die de grondslag vormt voor de subsidieregelingen van het fonds.")
    d.h("3. Overwegingen", 2)
    d.p("<b>Persoonlijke levenssfeer (artikel «5.1, tweede lid, aanhef en onder e, Woo|LAW»).</b> De aanvragers zijn "
        "in de meeste gevallen zelfstandig werkende kunstenaars die onder eigen naam of onder een kunstenaarsnaam "
        "aanvragen. Hun namen, kunstenaarsnamen, adressen, bankrekeningnummers en geboortedata zijn "
        "persoonsgegevens. Dat geldt ook voor de namen van de leden van de adviescommissie, die als externe "
        "deskundigen adviseren, en van medewerkers van het fonds. De namen van musea, gezelschappen en "
        "stichtingen maken wij openbaar, behalve wanneer de naam van een stichting of eenmanszaak de naam van "
        "de kunstenaar zelf is. Titels van tentoonstellingen en kunstwerken maken wij openbaar.")
    d.p("<b>Bijzondere persoonsgegevens (artikel «5.1, eerste lid, onder d, Woo|LAW»).</b> In twee aanvragen en "
        "in het verslag van de hoorzitting staan gegevens over de gezondheid van een aanvrager. Die gegevens maken "
        "wij niet openbaar.")
    d.p("<b>Namen van bestuurders.</b> De namen van de «minister van Onderwijs, Cultuur en Wetenschap|ROLE», "
        "van «gedeputeerde Van Muilekom|PUBLIC» van de «Provincie Utrecht|ORG» en van «wethouder Kasmi|PUBLIC» "
        "van de «gemeente Rotterdam|ORG» maken wij openbaar, omdat zij in hun publieke functie optreden.")
    d.h("4. Wijze van openbaarmaking", 2)
    d.p("De documenten worden gepubliceerd op «open.overheid.nl|URL». Tegen dit besluit kunt u binnen zes weken "
        "bezwaar maken bij het bestuur van het «Mondriaan Fonds|ORG», per post of via «bezwaar@mondriaanfonds.nl|MAILBOX».")
    d.p("Met vriendelijke groet,<br/>het bestuur van het «Mondriaan Fonds|ORG»,<br/>namens dezen,")
    d.sig("H. Boeijink")
    d.p("drs. [[H.J. ^Boeijink-Maas]]<br/>directeur")
    d.p("Bijlagen: inventarislijst; documenten", "small")
    return d


# ---------------------------------------------------------------- he02 inventory
def he02():
    d = Doc("he02_inventarislijst", font="Times-Roman", size=10, landscape=True,
            title="Inventarislijst WOO-2025-0117")
    d.h("Inventarislijst bij besluit " + WOO_NR)
    rows = [["Nr.", "Document", "Datum", "Beoordeling", "Grond", "Opmerking"]]
    items = [
        ("01", "Besluit op Woo-verzoek", "14-07-2025", "openbaar", "-", "dit besluit"),
        ("03", "Aanvraag «MF-WJT-2024-0413|REF» ([[^Verwoerd-Kramer]])", "12-09-2024", "deels openbaar", "5.1.2e, 5.1.1e", "BSN en IBAN"),
        ("04", "Projectplan «MF-WJT-2024-0588|REF»", "15-09-2024", "deels openbaar", "5.1.2e", ""),
        ("05", "Advies adviescommissie ronde september", "04-11-2024", "deels openbaar", "5.1.2e, 5.1.1d", "gezondheid"),
        ("06", "Scoretabel commissie beeldende kunst", "04-11-2024", "deels openbaar", "5.1.2e", "initialen"),
        ("07", "E-mail [[F. van ^Ommeren]] aan [[D.J. ^Hoogeveen]]", "21-10-2024", "deels openbaar", "5.1.2e", "belangenverstrengeling"),
        ("09", "Teams-chat afdeling Subsidies", "06-11-2024", "deels openbaar", "5.1.2e", ""),
        ("11", "Afwijzing «MF-WBT-2024-0271|REF»", "19-11-2024", "deels openbaar", "5.1.2e", ""),
        ("12", "Bezwaarschrift namens [[J.R. ^Martina]]", "27-12-2024", "deels openbaar", "5.1.2e, 5.1.1d", "scan"),
        ("13", "Verslag hoorzitting «BZ-2025-004|REF»", "18-02-2025", "deels openbaar", "5.1.2e, 5.1.1d", ""),
        ("15", "Begroting en betaallijst", "02-12-2024", "deels openbaar", "5.1.2e", "IBAN"),
        ("17", "Lijst aanvragen «Fonds Podiumkunsten|ORG»", "30-09-2024", "deels openbaar", "5.1.2e", ""),
        ("20", "Besluit «Gedeputeerde Staten van Utrecht|ORG»", "07-06-2022", "deels openbaar", "5.1.2e", ""),
        ("26", "Kamerbrief «minister Bruins|PUBLIC»", "12-03-2025", "openbaar", "-", "reeds openbaar"),
        ("33", "Interne notitie Woo-beoordeling", "09-06-2025", "niet openbaar", "5.2.1", "persoonlijke beleidsopvattingen"),
    ]
    for r in items:
        rows.append(list(r))
    d.table(rows, [0.5, 4, 1.2, 1.4, 1.5, 2.2])
    d.p("Alle documenten zijn afkomstig uit het zaaksysteem van het «Mondriaan Fonds|ORG», behalve nr. 17 "
        "(«Fonds Podiumkunsten|ORG») en nr. 20 («Provincie Utrecht|ORG»). Samensteller: [[A. ^Vlasblom]].", "small")
    return d


# ---------------------------------------------------------------- he03 application form (2 p., form field)
def he03():
    d = Doc("he03_aanvraag_jong_talent", font="DejaVuSans", size=9.5,
            title="Aanvraagformulier Werkbijdrage Jong Talent MF-WJT-2024-0413",
            fields=[("telefoon_aanvrager", "[[06 41 27 93 58|PHONE]]"),
                    ("contactpersoon_noodgeval", "[[Gijs ^Verwoerd]]")])
    d.h("«Mondriaan Fonds|ORG» - Aanvraagformulier «Werkbijdrage Jong Talent|PROGRAMME»")
    d.p("Dossiernummer «MF-WJT-2024-0413|REF» - ingediend via het aanvraagportaal op «12 september 2024|DATE»", "small")
    d.h("1. Gegevens aanvrager", 2)
    d.table([["Veld", "Invoer"],
             ["Naam", "[[Sanne ^Verwoerd-Kramer]]"],
             ["Kunstenaarsnaam", "[[sanne kramer]] (zonder hoofdletters)"],
             ["Geboortedatum", "[[17-04-1998|DOB]]"],
             ["BSN", f"[[{BSN_SANNE}|BSN]]"],
             ["Adres", "[[Jan Pieter Heijestraat 112-II|ADDRESS]], [[1053 GS|POSTCODE]] «Amsterdam|PLACE»"],
             ["E-mail", "[[studio@sannekramer.nl]]"],
             ["IBAN (ten name van)", f"[[{IBAN_SANNE}|IBAN]] t.n.v. [[S. ^Verwoerd]]"],
             ["Inschrijving KvK", "[[81442907|KVK]] (eenmanszaak [[Atelier Sanne Kramer|ORG_PERSONAL]])"],
             ["Opleiding", "«Gerrit Rietveld Academie|ORG», Fine Arts (2021); «Rijksakademie van beeldende kunsten|ORG» (2022-2024)"]],
            [1, 3])
    d.h("2. Beschrijving van het werk", 2)
    d.p("Ik maak grote ruimtelijke installaties van textiel en klei waarin ik het landschap van de "
        "«Zaanstreek|PLACE» onderzoek. In 2023 toonde ik de installatie «Zout op de huid|WORK» in «W139|ORG» "
        "en in 2024 de serie «Wat de rivier onthoudt|WORK» tijdens «Amsterdam Art Week|EVENT». Mijn werk is "
        "verwant aan de manier waarop «Mondriaan|HISTORIC» het polderlandschap abstraheerde, maar ik werk "
        "vanuit het materiaal in plaats van vanuit de lijn.")
    d.p("Met de werkbijdrage wil ik een jaar lang onderzoek doen naar natuurlijke pigmenten uit rivierklei en "
        "een nieuwe serie maken voor een solotentoonstelling in «Museum Kranenburgh|ORG» in «Bergen|PLACE» "
        "(voorjaar 2026).")
    d.h("3. Begroting", 2)
    d.table([["Post", "Bedrag"], ["Levensonderhoud (12 maanden)", "EUR 18.000"], ["Materiaal en pigmenten", "EUR 4.500"],
             ["Werkruimte", "EUR 2.500"], ["Totaal gevraagd", "EUR 25.000"]], [3, 1])
    d.pb()
    d.h("4. Referenties", 2)
    d.p("Referent 1: [[Prof. dr. Hanneke ^Oosterbaan-Dekker]], docent aan de «Rijksakademie van beeldende kunsten|ORG», "
        "[[h.oosterbaan@xs4all.nl]]")
    d.p("Referent 2: [[Tarik ^Benali]], curator en zelfstandig tentoonstellingsmaker, [[+31 6 2039 7714|PHONE]]")
    d.h("5. Toelichting bijzondere omstandigheden", 2)
    d.p("In 2023 heb ik door [[een burn-out en een langdurige behandeling bij de GGZ|HEALTH]] vier maanden "
        "niet kunnen werken. Daardoor is mijn tentoonstellingsoverzicht over dat jaar korter.")
    d.h("6. Verklaring", 2)
    d.p("Ik verklaar dat ik dit formulier naar waarheid heb ingevuld en ken de voorwaarden van de "
        "«Subsidieregeling Mondriaan Fonds 2021-2024|LAW». Ondertekend op 12-09-2024 te «Amsterdam|PLACE».")
    d.p("Handtekening aanvrager:")
    d.sig("S. Verwoerd")
    return d


# ---------------------------------------------------------------- he04 project plan (LibreOffice)
def he04():
    d = Doc("he04_projectplan_al_khatib", producer="docx", font="LibSans", size=10.5,
            title="Projectplan MF-WJT-2024-0588", author="[[Rami ^Al-Khatib]]")
    d.h("Projectplan «MF-WJT-2024-0588|REF» - «Werkbijdrage Jong Talent|PROGRAMME»")
    d.p("<b>Aanvrager:</b> [[Rami Al-Khatib]] (werkend als [[RAMI K.]]), fotograaf, «Rotterdam|PLACE»")
    d.p("<b>Correspondentieadres:</b> [[Schiedamseweg 188B|ADDRESS]], [[3025 AL|POSTCODE]] «Rotterdam|PLACE»")
    d.p("<b>Telefoon:</b> [[06-18 55 40 92|PHONE]] - <b>e-mail:</b> [[rami.alkhatib@gmail.com]]")
    d.h("Achtergrond", 2)
    d.p("Ik ben geboren in «Damascus|PLACE» en woon sinds 2016 in «Rotterdam|PLACE». Ik studeerde fotografie aan "
        "de «Willem de Kooning Academie|ORG». Mijn broer [[Omar ^Al-Khatib]] woont nog in «Aleppo|PLACE»; zijn "
        "brieven vormen de basis van mijn nieuwe serie.")
    d.p("In mijn werk combineer ik documentaire fotografie met het licht van de Hollandse meesters. "
        "Het clair-obscur van «Rembrandt|HISTORIC» en de stille interieurs van «Vermeer|HISTORIC» zijn voor mij "
        "een manier om over ontheemding te vertellen zonder sensatie.")
    d.h("Plan", 2)
    d.p("De serie «Brieven uit een stil huis|WORK» bestaat uit twaalf grote prints en een fotoboek. In 2025 "
        "wordt de serie getoond in de «Kunsthal Rotterdam|ORG» binnen de groepstentoonstelling "
        "«Thuis is een werkwoord|WORK», samengesteld door [[Marloes ^Verhagen-Tan]] (gastcurator).")
    d.p("Voor de productie werk ik samen met drukkerij «Lecturis|ORG» in «Eindhoven|PLACE» en met "
        "vormgever [[Jip ^Wouterse]]. Het boek verschijnt bij «Uitgeverij Jap Sam Books|ORG».")
    d.h("Planning", 2)
    d.table([["Periode", "Activiteit"], ["okt-dec 2024", "Onderzoek en opnamen in «Rotterdam|PLACE» en «Berlijn|PLACE»"],
             ["jan-mrt 2025", "Selectie en proefdrukken"], ["apr-jun 2025", "Productie prints en boek"],
             ["sep 2025", "Opening «Kunsthal Rotterdam|ORG»"]], [1, 3])
    d.h("Motivatie", 2)
    d.p("Ik vraag de werkbijdrage aan om een jaar vrij te kunnen werken. Sinds mijn afstuderen combineer ik "
        "mijn praktijk met werk als bezorger. [[Mijn verblijfsvergunning asiel is in 2021 omgezet in een "
        "vergunning voor onbepaalde tijd|IMMIGRATION]]; ik heb daardoor geen recht meer op de regeling van "
        "«VluchtelingenWerk Nederland|ORG» voor kunstenaars.")
    d.p("Bijlage: portfolio (18 beelden), cv, begroting. Ondertekend: [[R. ^Al-Khatib]], «Rotterdam|PLACE», 14 september 2024.")
    d.pb()
    d.h("Begroting", 2)
    d.table([["Post", "Bedrag (EUR)"], ["Honorarium/levensonderhoud", "15.000"], ["Reizen «Berlijn|PLACE»", "1.200"],
             ["Prints (12x)", "3.600"], ["Fotoboek (oplage 500)", "5.200"], ["Totaal", "25.000"]], [3, 1])
    d.p("Dekking: gevraagd aan het «Mondriaan Fonds|ORG» EUR 20.000; eigen bijdrage EUR 1.000; "
        "«Stichting Bevordering van Volkskracht|ORG» EUR 4.000 (toegezegd).")
    return d


# ---------------------------------------------------------------- he05 committee assessment (2 p.)
def he05():
    d = Doc("he05_advies_commissie", font="LibSerif", size=10.5, title="Advies adviescommissie beeldende kunst",
            outline=["Advies [[Verwoerd-Kramer]]", "Advies [[Al-Khatib]]", "Advies [[Ahmadi-Rostami]]"])
    d.h("Advies adviescommissie beeldende kunst - ronde september 2024")
    d.p("Regelingen «Werkbijdrage Jong Talent|PROGRAMME» en «Werkbijdrage Bewezen Talent|PROGRAMME». "
        "Vergadering van «4 november 2024|DATE», kantoor «Mondriaan Fonds|ORG», «Amsterdam|PLACE».")
    d.p("Aanwezig: [[Marieke ^Schuurmans]] (voorzitter), [[Dirk-Jan ^Hoogeveen]], [[Yasmina ^El Idrissi]], "
        "[[Pieter ^Brouwer-Lans]], [[Anouk ^Lie]]. Secretaris: [[Fleur van ^Ommeren]]. Afwezig met bericht: "
        "[[Koen ^Wijnands]].")
    d.h("«MF-WJT-2024-0413|REF» - [[Sanne Verwoerd-Kramer]] ([[sanne kramer]])", 2)
    d.p("De commissie is positief over de artistieke kwaliteit. De installaties «Zout op de huid|WORK» en "
        "«Wat de rivier onthoudt|WORK» tonen een eigen beeldtaal en een consequent onderzoek naar materiaal. "
        "[[Hoogeveen]] merkt op dat de verwijzing naar «Mondriaan|HISTORIC» weinig toevoegt. De commissie "
        "weegt de onderbreking in 2023 niet mee in het oordeel. Advies: <b>toekennen</b>, EUR 25.000.")
    d.h("«MF-WJT-2024-0588|REF» - [[Rami Al-Khatib]]", 2)
    d.p("De serie «Brieven uit een stil huis|WORK» is overtuigend; het portfolio laat een snelle ontwikkeling "
        "zien sinds de «Willem de Kooning Academie|ORG». [[El Idrissi]] vraagt zich af of de verwijzing naar "
        "«Rembrandt|HISTORIC» en «Vermeer|HISTORIC» niet te nadrukkelijk is. De samenwerking met de "
        "«Kunsthal Rotterdam|ORG» is concreet. Advies: <b>toekennen</b>, EUR 20.000.")
    d.h("«MF-WJT-2024-0602|REF» - [[Shirin ^Ahmadi-Rostami]] ([[SHIRIN AR]])", 2)
    d.p("Textielkunstenaar, geboren in «Teheran|PLACE», woont in «Utrecht|PLACE». Het werkplan rond de "
        "tentoonstelling «Draad zonder eind|WORK» in het «Centraal Museum|ORG» is helder. Wel is de begroting "
        "voor materiaal hoog. [[Brouwer-Lans]] heeft aangegeven dat zij [[Ahmadi-Rostami]] kent uit een "
        "eerdere samenwerking en heeft niet meegestemd. Advies: <b>toekennen</b>, EUR 18.000.")
    d.pb()
    d.h("«MF-WBT-2024-0271|REF» - [[Jurmaine ^Martina]] ([[jurmi]])", 2)
    d.p("Performancekunstenaar en danser uit «Willemstad|PLACE», sinds 2012 in «Den Haag|PLACE». De commissie "
        "waardeert de performance «Kenepa Blues|WORK» («Het Nationale Theater|ORG», 2023), maar vindt dat het "
        "plan voor de komende twee jaar onvoldoende uitgewerkt is en dat de aanvraag meer past bij het "
        "«Fonds Podiumkunsten|ORG». [[Lie]] wijst erop dat de aanvrager [[sinds 2022 onder behandeling is "
        "voor een chronische knieblessure|HEALTH]], wat de plannen beperkt. De commissie neemt dit niet mee. "
        "Advies: <b>afwijzen</b>.")
    d.h("«MF-WBT-2024-0290|REF» - [[Dewi ^Kartasasmita]]", 2)
    d.p("Schilder, «Arnhem|PLACE». Sterk werk dat teruggrijpt op de batiktradities van «Yogyakarta|PLACE» en "
        "op de landschappen van «Van Gogh|HISTORIC» in «Nuenen|PLACE». Tentoonstelling in «Museum Arnhem|ORG» "
        "gepland. Advies: <b>toekennen</b>, EUR 40.000 over twee jaar.")
    d.h("«MF-WBT-2024-0307|REF» - [[Chen ^Meiling]]", 2)
    d.p("Keramist, «Maastricht|PLACE». [[Meiling]] (in Nederland werkend als [[Meiling Chen]]) presenteert een "
        "serie porseleinen objecten, «Witte aarde|WORK», die in het «Bonnefanten|ORG» te zien was. De commissie "
        "is verdeeld; [[Schuurmans]] stelt voor positief te adviseren onder de voorwaarde van een presentatieplek. "
        "Advies: <b>toekennen</b>, EUR 30.000.")
    d.p("Vastgesteld door de voorzitter, [[M. ^Schuurmans]], «4 november 2024|DATE». Secretaris: [[F. van Ommeren]].")
    return d


# ---------------------------------------------------------------- he06 scoring table with initials
def he06():
    d = Doc("he06_scoretabel", font="LibSans", size=10, landscape=True, title="Scoretabel ronde september 2024")
    d.h("Scoretabel adviescommissie beeldende kunst - «Werkbijdrage Jong Talent|PROGRAMME» / «Werkbijdrage Bewezen Talent|PROGRAMME»")
    d.p("Scores 1-5 per criterium (K = kwaliteit, O = ontwikkeling, P = plan). Kolommen per adviseur met initialen.", "small")
    rows = [["Dossier", "Aanvrager", "[[MS|INITIALS]]", "[[DJH|INITIALS]]", "[[YEI|INITIALS]]",
             "[[PBL|INITIALS]]", "[[AL|INITIALS]]", "Gem.", "Advies"],
            ["«MF-WJT-2024-0413|REF»", "[[Verwoerd-Kramer, S.]]", "5/4/4", "4/4/4", "5/5/4", "4/4/3", "5/4/4", "4,3", "toekennen"],
            ["«MF-WJT-2024-0588|REF»", "[[Al-Khatib, R.]]", "4/5/4", "4/4/5", "3/4/4", "5/4/4", "4/4/4", "4,1", "toekennen"],
            ["«MF-WJT-2024-0602|REF»", "[[Ahmadi-Rostami, S.]]", "4/4/3", "4/3/4", "4/4/4", "n.v.t.", "4/4/3", "3,8", "toekennen"],
            ["«MF-WJT-2024-0611|REF»", "[[Tjoe-Awie, K.]]", "3/3/2", "2/3/3", "3/2/2", "3/3/2", "3/3/3", "2,7", "afwijzen"],
            ["«MF-WBT-2024-0271|REF»", "[[Martina, J.R.]]", "3/2/2", "3/3/2", "4/3/2", "3/2/2", "3/2/3", "2,7", "afwijzen"],
            ["«MF-WBT-2024-0290|REF»", "[[Kartasasmita, D.]]", "5/5/4", "4/5/4", "5/4/5", "5/5/4", "4/5/5", "4,6", "toekennen"],
            ["«MF-WBT-2024-0307|REF»", "[[Chen, M.]]", "4/3/4", "3/3/3", "4/4/4", "4/3/3", "4/4/3", "3,5", "toekennen"],
            ["«MF-WBT-2024-0318|REF»", "[[van 't Veld, T.]]", "3/3/3", "3/2/3", "2/3/3", "3/3/3", "3/3/2", "2,8", "afwijzen"]]
    d.table(rows, [2.2, 2.6, 1, 1, 1, 1, 1, 0.8, 1.3])
    d.p("[[PBL|INITIALS]] heeft niet gescoord op «MF-WJT-2024-0602|REF» (melding belangenverstrengeling). "
        "[[KW|INITIALS]] afwezig. Afwijzingsgrens: gemiddelde lager dan 3,0.", "small")
    d.p("Paraaf secretaris: [[FvO|INITIALS]] - vastgesteld 04-11-2024", "small")
    return d


# ---------------------------------------------------------------- he07 e-mail conflict of interest
def he07():
    d = Doc("he07_mail_belangenverstrengeling", font="Helvetica", size=10,
            title="RE: melding mogelijke belangenverstrengeling")
    for r in outlook("[[Hoogeveen, Dirk-Jan]] &lt;[[dj.hoogeveen@planet.nl]]&gt;", "maandag 21 oktober 2024 22:47",
                     "[[Ommeren, Fleur van]] &lt;[[f.vanommeren@mondriaanfonds.nl]]&gt;",
                     "RE: melding mogelijke belangenverstrengeling ronde september",
                     cc="«secretariaat.commissies@mondriaanfonds.nl|MAILBOX»"):
        d.p(r, "tight")
    d.sp(6)
    d.p("Hoi [[Fleur]],")
    d.p("Dank voor je bericht. Ik ken [[Tjoe-Awie]] niet persoonlijk, maar ik heb in 2019 een lezing gegeven op "
        "een symposium dat hij organiseerde in «De Appel|ORG». Dat lijkt me geen reden om niet mee te beoordelen. "
        "Wel wil ik melden dat mijn partner [[Joost ^Hamelink]] in het bestuur zit van "
        "«Stichting Kunstruimte Zuidas|ORG», waar [[Sanne]] vorig jaar exposeerde. Ik laat het oordeel aan jou en "
        "[[Marieke]] over.")
    d.p("Groet,<br/>[[Dirk-Jan]]")
    d.p("[[06 52 18 40 07|PHONE]]", "small")
    d.sp(8)
    for r in outlook("[[Ommeren, Fleur van]]", "maandag 21 oktober 2024 16:05",
                     "[[Hoogeveen, Dirk-Jan]]; [[Brouwer-Lans, Pieter]]; [[Lie, Anouk]]",
                     "melding mogelijke belangenverstrengeling ronde september"):
        d.p(r, "quote")
    d.p("Beste commissieleden,", "quote")
    d.p("Wil je voor 25 oktober laten weten of je een van de aanvragers in de bijgevoegde lijst kent? Volgens "
        "de «Code Cultural Governance|CODE» en het reglement van de adviescommissies meld je iedere zakelijke "
        "of persoonlijke relatie, ook als die al langer geleden is. [[Pieter]] heeft al gemeld dat hij "
        "[[Ahmadi-Rostami]] kent; hij scoort die aanvraag niet.", "quote")
    d.p("Met vriendelijke groet,", "quote")
    d.p("[[Fleur van Ommeren]]<br/>Secretaris adviescommissies beeldende kunst<br/>«Mondriaan Fonds|ORG» | "
        + MF_ADDR + "<br/>T [[020 520 43 18|PHONE]] | M [[06 24 71 09 63|PHONE]]", "quote")
    return d


# ---------------------------------------------------------------- he08 e-mail applicant <-> fund
def he08():
    d = Doc("he08_mail_status_aanvraag", font="LibSans", size=10, title="Status aanvraag MF-WJT-2024-0602")
    for r in outlook("[[Tjon A Fong, Leonie]] &lt;[[l.tjonafong@mondriaanfonds.nl]]&gt;",
                     "dinsdag 12 november 2024 09:14", "[[info@shirinar.studio]]",
                     "RE: status aanvraag «MF-WJT-2024-0602|REF»"):
        d.p(r, "tight")
    d.sp(6)
    d.p("Beste [[Shirin]],")
    d.p("De commissie heeft uw aanvraag op 4 november besproken. U ontvangt het besluit uiterlijk "
        "«22 november 2024|DATE» per e-mail. Ik kan vooruitlopend daarop nog niets over de uitkomst zeggen. "
        "Voor vragen over de tentoonstelling in het «Centraal Museum|ORG» kunt u terecht bij de afdeling "
        "tentoonstellingen van het museum, «tentoonstellingen@centraalmuseum.nl|MAILBOX».")
    d.p("Met vriendelijke groet,")
    d.p("[[Leonie Tjon A Fong]]<br/>Adviseur subsidies beeldende kunst<br/>«Mondriaan Fonds|ORG»<br/>"
        "T " + MF_TEL + " (algemeen) | direct [[020 520 43 27|PHONE]]")
    d.p("Werkdagen: maandag, dinsdag en donderdag", "small")
    d.sp(8)
    for r in outlook("[[SHIRIN AR]] &lt;[[info@shirinar.studio]]&gt;", "maandag 11 november 2024 23:02",
                     "«info@mondriaanfonds.nl|MAILBOX»", "status aanvraag «MF-WJT-2024-0602|REF»"):
        d.p(r, "quote")
    d.p("Geachte heer/mevrouw,", "quote")
    d.p("Graag hoor ik wanneer ik uitsluitsel krijg over mijn aanvraag. Het «Centraal Museum|ORG» wil de "
        "opening van «Draad zonder eind|WORK» vastleggen en ik moet het weefgetouw in «Teheran|PLACE» "
        "bestellen bij de familie van mijn moeder, [[Parvaneh ^Rostami]]. Mijn man [[Kaveh ^Ahmadi]] kan het "
        "ophalen als hij in december naar «Isfahan|PLACE» gaat.", "quote")
    d.p("Met vriendelijke groet,<br/>[[Shirin Ahmadi-Rostami]]<br/>[[Kanaalstraat 203 bis|ADDRESS]], "
        "[[3531 CL|POSTCODE]] «Utrecht|PLACE»<br/>[[+31 6 3184 2260|PHONE]]", "quote")
    return d


# ---------------------------------------------------------------- he09 Teams chat
def he09():
    d = Doc("he09_teams_chat", font="DejaVuSans", size=9, title="Chat Subsidies beeldende kunst")
    d.h("Microsoft Teams - chat 'Subsidies BK ronde sept' (export)")
    d.p("Deelnemers: [[Leonie Tjon A Fong]], [[Fleur van Ommeren]], [[Gerrit-Jan ^Bos]], [[Iris ^Zandbergen]]", "small")
    msgs = [
        ("[[Tjon A Fong, Leonie]]", "06-11-2024 09:12", "morgen iemand tijd om de besluiten van ronde sept na te lopen? "
         "[[Hester]] wil ze vrijdag tekenen"),
        ("[[van Ommeren, Fleur]]", "06-11-2024 09:15", "ja ik. let op bij [[Martina]], die gaat zeker bezwaar maken, "
         "hij belde vorige week al boos met [[Iris]] van communicatie"),
        ("[[Zandbergen, Iris]]", "06-11-2024 09:17", "klopt, hij zei dat de commissie zijn werk niet snapt. hij wil "
         "ook naar het «Fonds Podiumkunsten|ORG»"),
        ("[[Bos, Gerrit-Jan]]", "06-11-2024 09:31", "voor de betalingen: klopt het IBAN van [[Kartasasmita]]? in het "
         "portaal staat een rekening op naam van [[Stichting Dewi K.|ORG_PERSONAL]]"),
        ("[[Tjon A Fong, Leonie]]", "06-11-2024 09:33", "ze heeft een eigen stichting, maar aanvraag is op eigen naam. "
         "dus op haar privérekening, [[GJ]]"),
        ("[[Bos, Gerrit-Jan]]", "06-11-2024 09:34", "ok dan vraag ik een bankafschrift op"),
        ("[[van Ommeren, Fleur]]", "06-11-2024 10:02", "en [[Chen]] heeft nog geen presentatieplek, voorwaarde "
         "opnemen in besluit! [[Marieke]] was daar heel duidelijk over"),
        ("[[Tjon A Fong, Leonie]]", "06-11-2024 10:04", "check. ik neem de standaardtekst uit de «Subsidieregeling "
         "Mondriaan Fonds 2021-2024|LAW»"),
        ("[[Zandbergen, Iris]]", "06-11-2024 11:40", "persbericht over de toekenningen gaat pas na 22/11 uit, "
         "via «pers@mondriaanfonds.nl|MAILBOX»"),
    ]
    rows = [["Van", "Tijdstip", "Bericht"]] + [list(m) for m in msgs]
    d.table(rows, [1.6, 1.1, 5])
    d.p("Geëxporteerd door [[i.zandbergen]] op 14-03-2025 ten behoeve van «WOO-2025-0117|REF».", "small")
    return d


# ---------------------------------------------------------------- he10 grant decision (LibreOffice)
def he10():
    d = Doc("he10_toekenning_verwoerd", producer="docx", font="LibSerif", size=11,
            title="Besluit toekenning MF-WJT-2024-0413", author="[[Leonie Tjon A Fong]]")
    d.p("«Mondriaan Fonds|ORG» - " + MF_ADDR)
    d.p("[[Mevrouw S. ^Verwoerd-Kramer]]<br/>[[Jan Pieter Heijestraat 112-II|ADDRESS]]<br/>[[1053 GS|POSTCODE]] «Amsterdam|PLACE»")
    d.p("Amsterdam, «21 november 2024|DATE»<br/>Kenmerk: «MF-WJT-2024-0413|REF»<br/>Betreft: toekenning «Werkbijdrage Jong Talent|PROGRAMME»")
    d.p("Geachte mevrouw [[Verwoerd-Kramer]],")
    d.p("Op 12 september 2024 heeft u een aanvraag ingediend voor een «Werkbijdrage Jong Talent|PROGRAMME». "
        "Het bestuur van het «Mondriaan Fonds|ORG» heeft besloten u een subsidie te verlenen van EUR 25.000 "
        "voor uw onderzoek naar pigmenten uit rivierklei en de voorbereiding van de solotentoonstelling in "
        "«Museum Kranenburgh|ORG». Wij volgen daarmee het advies van de adviescommissie beeldende kunst.")
    d.p("De subsidie wordt verleend op grond van de «Subsidieregeling Mondriaan Fonds 2021-2024|LAW» en artikel 9 "
        "van de «Wet op het specifiek cultuurbeleid|LAW». Wij betalen een voorschot van 80% uit op "
        f"rekeningnummer [[{IBAN_SANNE}|IBAN]]. Binnen 13 weken na afloop levert u een inhoudelijk verslag in "
        "via het aanvraagportaal.")
    d.p("Vermeld bij publicaties: 'mede mogelijk gemaakt door het «Mondriaan Fonds|ORG»'. U kunt tegen dit "
        "besluit binnen zes weken bezwaar maken («artikel 6:7 Awb|LAW»).")
    d.p("Met vriendelijke groet,<br/>namens het bestuur van het «Mondriaan Fonds|ORG»")
    d.sig("HJ Boeijink")
    d.p("[[H.J. Boeijink-Maas]]<br/>directeur")
    d.p("Contact: [[Leonie Tjon A Fong]], [[l.tjonafong@mondriaanfonds.nl]], " + MF_TEL)
    return d


# ---------------------------------------------------------------- he11 rejection (2 p.)
def he11():
    d = Doc("he11_afwijzing_martina", font="Times-Roman", size=11, title="Besluit afwijzing MF-WBT-2024-0271")
    d.p("<b>«Mondriaan Fonds|ORG»</b>", "right")
    d.p("De heer [[J.R. ^Martina]]<br/>[[Van Speijkstraat 67|ADDRESS]]<br/>[[2518 EW|POSTCODE]] «Den Haag|PLACE»")
    d.p("Datum: «19 november 2024|DATE»<br/>Kenmerk: «MF-WBT-2024-0271|REF»<br/>Onderwerp: besluit op uw aanvraag "
        "«Werkbijdrage Bewezen Talent|PROGRAMME»")
    d.p("Geachte heer [[Martina]],")
    d.p("U heeft op 16 september 2024 een aanvraag ingediend voor een «Werkbijdrage Bewezen Talent|PROGRAMME» "
        "voor een meerjarig werkplan rond uw performancepraktijk onder de naam [[jurmi]]. Wij hebben besloten "
        "uw aanvraag af te wijzen. Hieronder leest u waarom.")
    d.h("Advies van de commissie", 2)
    d.p("De adviescommissie beeldende kunst waardeert uw performance «Kenepa Blues|WORK», die in 2023 werd "
        "opgevoerd bij «Het Nationale Theater|ORG» en op «Curaçao North Sea Jazz|EVENT». De commissie vindt "
        "echter dat uw plan voor de komende twee jaar onvoldoende concreet is: er zijn geen afspraken met "
        "presentatie-instellingen en de relatie met de beeldende kunst is beperkt. Het zwaartepunt van uw "
        "praktijk ligt in de dans en de muziek. De commissie adviseert u contact op te nemen met het "
        "«Fonds Podiumkunsten|ORG».")
    d.p("De gemiddelde score van uw aanvraag is 2,7. Aanvragen met een score lager dan 3,0 komen volgens artikel "
        "«3.4 van de Subsidieregeling Mondriaan Fonds 2021-2024|LAW» niet in aanmerking.")
    d.h("Besluit", 2)
    d.p("Het bestuur neemt het advies over en wijst uw aanvraag af. Dit besluit is genomen op grond van de "
        "«Wet op het specifiek cultuurbeleid|LAW» en de «Algemene wet bestuursrecht|LAW».")
    d.pb()
    d.h("Bezwaar", 2)
    d.p("Bent u het niet eens met dit besluit, dan kunt u binnen zes weken na de verzenddatum bezwaar maken. "
        "Stuur uw bezwaarschrift naar het bestuur van het «Mondriaan Fonds|ORG», t.a.v. de bezwaarschriftencommissie, "
        "«Postbus 773|ADDRESS», «1000 AT Amsterdam|ADDRESS», of naar «bezwaar@mondriaanfonds.nl|MAILBOX».")
    d.p("Met vriendelijke groet,<br/>namens het bestuur,")
    d.sig("Boeijink")
    d.p("[[H.J. Boeijink-Maas]], directeur")
    d.p("Afschrift: dossier; [[L. ^Tjon A Fong]] (adviseur subsidies)", "small")
    return d


# ---------------------------------------------------------------- he12 objection (scan, 2 p.)
def he12():
    d = Doc("he12_bezwaarschrift_scan", producer="scan", size=11, title="",
            scan={"dpi": 200, "quality": 70})
    d.p("KUNST &amp; RECHT ADVOCATEN - Laan van Meerdervoort 52 - Den Haag")
    d.sp(8)
    d.p("Aan het bestuur van het Mondriaan Fonds<br/>t.a.v. de bezwaarschriftencommissie<br/>Postbus 773<br/>1000 AT Amsterdam")
    d.sp(6)
    d.p("Den Haag, 27 december 2024")
    d.p("Betreft: bezwaar tegen besluit MF-WBT-2024-0271<br/>Cliënt: de heer [[Jurmaine ^Martina]]<br/>Ons kenmerk: 2024-1187/SO")
    d.p("Geacht bestuur,")
    d.p("Namens mijn cliënt, de heer [[Jurmaine Martina]], geboren op [[2 augustus 1987|DOB]] te Willemstad, "
        "wonende aan de [[Van Speijkstraat 67|ADDRESS]] te Den Haag, maak ik bezwaar tegen uw besluit van "
        "19 november 2024 waarbij zijn aanvraag voor een Werkbijdrage Bewezen Talent is afgewezen.")
    d.p("1. De commissie heeft ten onrechte geoordeeld dat de praktijk van cliënt vooral podiumkunst is. "
        "Cliënt werkt onder de naam [[jurmi]] op het snijvlak van performance, installatie en beeld. Zijn werk "
        "Kenepa Blues werd ook getoond in het Stedelijk Museum Schiedam.")
    d.p("2. Uit de stukken blijkt dat een van de commissieleden, mevrouw [[Lie]], de gezondheid van cliënt ter "
        "sprake heeft gebracht. Cliënt heeft [[een chronische knieblessure|HEALTH]]; dat had geen enkele rol "
        "mogen spelen. Het besluit is in strijd met artikel 3:2 en 3:46 Awb.")
    d.p("3. Cliënt verzoekt om te worden gehoord. Ik verzoek u bovendien om vergoeding van de kosten van "
        "rechtsbijstand.")
    d.p("Met vriendelijke groet,")
    d.sig("S. Ozturk")
    d.p("mr. [[Selma ^Öztürk]], advocaat<br/>direct: [[070 362 48 19|PHONE]] - [[s.ozturk@kunstenrecht.nl]]")
    d.pb()
    d.p("Bijlage: machtiging")
    d.p("Ondergetekende, [[Jurmaine Martina]], BSN [[" + BSN_JUR + "|BSN]], machtigt mr. [[S. Öztürk]] om namens "
        "hem bezwaar te maken tegen het besluit van het Mondriaan Fonds van 19 november 2024 en hem in de "
        "verdere procedure bij te staan.")
    d.p("Den Haag, 23 december 2024")
    d.sig("J. Martina")
    d.p("[[J.R. Martina]]")
    return d


# ---------------------------------------------------------------- he13 hearing report (2 p., outline)
def he13():
    d = Doc("he13_verslag_hoorzitting", font="LibSerif", size=10.5, title="Verslag hoorzitting BZ-2025-004",
            outline=["Verslag hoorzitting «BZ-2025-004|REF»", "Opmerkingen [[Wilma ^Achterberg]] bij concept",
                     "Reactie [[Wouter Dijkhuizen]] - niet verzenden"])
    d.h("Verslag van de hoorzitting - bezwaar «BZ-2025-004|REF»")
    d.table([["Datum", "«18 februari 2025|DATE», 14.00-15.10 uur"],
             ["Plaats", "kantoor «Mondriaan Fonds|ORG», «Amsterdam|PLACE» (en via Teams)"],
             ["Commissie", "mr. [[Johan ^Kleinjan]] (voorzitter), drs. [[W. Achterberg]], [[Ruud ^Pinas]]"],
             ["Bezwaarmaker", "de heer [[J.R. ^Martina]], bijgestaan door mr. [[S. ^Öztürk]] («Kunst &amp; Recht Advocaten|ORG»)"],
             ["Namens het fonds", "[[L. Tjon A Fong]] (adviseur subsidies), mr. [[W. ^Dijkhuizen]] (jurist)"],
             ["Secretaris", "[[Naima ^Boukhari]]"]], [1, 4], header=False)
    d.h("1. Opening", 2)
    d.p("De voorzitter opent de zitting en wijst erop dat van de zitting een verslag wordt gemaakt dat "
        "onderdeel wordt van het dossier. De commissie is onafhankelijk en adviseert het bestuur van het "
        "«Mondriaan Fonds|ORG».")
    d.h("2. Toelichting bezwaarmaker", 2)
    d.p("Mr. [[Öztürk]] licht het bezwaarschrift toe. Volgens haar heeft de adviescommissie de praktijk van "
        "haar cliënt te eng opgevat. Het werk «Kenepa Blues|WORK» is een installatie met performance, "
        "vergelijkbaar met werk dat het fonds eerder heeft gesteund, bijvoorbeeld in «Het Nieuwe Instituut|ORG» "
        "en in «Stedelijk Museum Schiedam|ORG».")
    d.p("De heer [[Martina]] vertelt dat hij sinds 2012 in «Den Haag|PLACE» werkt en dat zijn familie in "
        "«Willemstad|PLACE» en «Bandabou|PLACE» een belangrijke bron is. Hij vindt het kwetsend dat "
        "[[zijn knieblessure en de fysiotherapie|HEALTH]] in de commissie zijn besproken.")
    d.h("3. Reactie van het fonds", 2)
    d.p("[[Tjon A Fong]] licht toe dat de opmerking over de gezondheid van de aanvrager in het verslag staat, "
        "maar dat de commissie uitdrukkelijk heeft besloten die niet mee te wegen. De afwijzing berust op de "
        "score (2,7) en op het ontbreken van presentatieafspraken. Mr. [[Dijkhuizen]] wijst op artikel 3.4 van "
        "de «Subsidieregeling Mondriaan Fonds 2021-2024|LAW».")
    d.pb()
    d.h("4. Vragen van de commissie", 2)
    d.p("[[Pinas]] vraagt of de aanvrager ook bij het «Fonds Podiumkunsten|ORG» heeft aangevraagd. De heer "
        "[[Martina]] antwoordt dat zijn aanvraag voor de «Regeling Nieuwe makers|PROGRAMME» in behandeling "
        "is. Drs. [[Achterberg]] vraagt of er inmiddels een presentatie-instelling is; mr. [[Öztürk]] noemt "
        "gesprekken met «Theater aan het Spui|ORG» en «West Den Haag|ORG».")
    d.h("5. Sluiting", 2)
    d.p("De voorzitter sluit de zitting om 15.10 uur. De commissie brengt binnen vier weken advies uit. "
        "Het verslag wordt aan partijen toegezonden.")
    d.p("Vastgesteld: mr. [[J. Kleinjan]], voorzitter - [[N. Boukhari]], secretaris", "small")
    return d


# ---------------------------------------------------------------- he14 decision on objection (2 p.)
def he14():
    d = Doc("he14_beslissing_op_bezwaar", font="Helvetica", size=10, title="Beslissing op bezwaar BZ-2025-004")
    d.p("<b>«Mondriaan Fonds|ORG»</b> | " + MF_ADDR + " | " + MF_TEL, "small")
    d.sp(6)
    d.p("«Kunst &amp; Recht Advocaten|ORG»<br/>t.a.v. mr. [[S. Öztürk]]<br/>«Laan van Meerdervoort 52|ADDRESS»<br/>«2517 AJ Den Haag|ADDRESS»")
    d.table([["Datum", "Kenmerk", "Uw kenmerk", "Onderwerp"],
             ["«27 maart 2025|DATE»", "«BZ-2025-004|REF»", "«2024-1187/SO|REF»", "beslissing op bezwaar"]], [1, 1, 1, 1.5])
    d.p("Geachte mevrouw [[Öztürk]],")
    d.p("Namens uw cliënt, de heer [[J.R. Martina]], heeft u bezwaar gemaakt tegen ons besluit van 19 november "
        "2024 («MF-WBT-2024-0271|REF»). Op «18 februari 2025|DATE» is uw cliënt gehoord door de "
        "bezwaarschriftencommissie. De commissie heeft op 12 maart 2025 geadviseerd het bezwaar ongegrond te "
        "verklaren, met verbetering van de motivering.")
    d.h("Overwegingen", 2)
    d.p("Wij nemen het advies over. De aanvraag is beoordeeld aan de hand van de criteria van de "
        "«Subsidieregeling Mondriaan Fonds 2021-2024|LAW». Dat de commissie het zwaartepunt van de praktijk "
        "van uw cliënt in de podiumkunsten legt, is een inhoudelijk oordeel dat wij niet onredelijk vinden. "
        "Wel had de opmerking van een commissielid over de gezondheid van uw cliënt niet in het verslag "
        "mogen staan. Wij hebben het verslag aangepast en de commissieleden gewezen op de «Algemene verordening "
        "gegevensbescherming|LAW».")
    d.p("Dat de gezondheid niet is meegewogen, blijkt uit de scores: de voorzitter [[Schuurmans]] en de "
        "leden [[Hoogeveen]] en [[El Idrissi]] gaven vergelijkbare scores zonder die opmerking te maken.")
    d.h("Besluit", 2)
    d.p("Wij verklaren het bezwaar ongegrond en handhaven het besluit van 19 november 2024 met een verbeterde "
        "motivering. Een vergoeding van de kosten van rechtsbijstand kennen wij niet toe, omdat het besluit "
        "niet wordt herroepen («artikel 7:15 Awb|LAW»).")
    d.pb()
    d.h("Beroep", 2)
    d.p("Tegen deze beslissing kan uw cliënt binnen zes weken beroep instellen bij de «rechtbank Amsterdam|ORG», "
        "sector bestuursrecht, «Postbus 75850|ADDRESS», «1070 AW Amsterdam|ADDRESS».")
    d.p("Met vriendelijke groet,<br/>het bestuur van het «Mondriaan Fonds|ORG»")
    d.sig("H Boeijink")
    d.p("[[H.J. Boeijink-Maas]]<br/>directeur")
    d.p("Afschrift: de heer [[J.R. Martina]] (per e-mail: [[jurmi.performs@hotmail.com]])", "small")
    d.p("Behandeld door mr. [[W. ^Dijkhuizen]], jurist, [[w.dijkhuizen@mondriaanfonds.nl]]", "small")
    return d


# ---------------------------------------------------------------- he15 budget with IBANs (landscape)
def he15():
    d = Doc("he15_begroting_betaallijst", font="LibSans", size=9.5, landscape=True,
            title="Budget en betaallijst ronde september 2024")
    d.h("Budget «Werkbijdrage Jong Talent|PROGRAMME» / «Bewezen Talent|PROGRAMME» - ronde september 2024")
    d.p("Beschikbaar budget ronde: EUR 1.450.000 (waarvan «Jong Talent|PROGRAMME» EUR 600.000). Bron: "
        "instellingssubsidie «Ministerie van OCW|ORG» 2021-2024.", "small")
    rows = [["Dossier", "Begunstigde", "IBAN", "Bedrag", "Voorschot 80%", "Status"],
            ["«MF-WJT-2024-0413|REF»", "[[S. Verwoerd-Kramer]]", f"[[{IBAN_SANNE}|IBAN]]", "25.000", "20.000", "betaald 02-12"],
            ["«MF-WJT-2024-0588|REF»", "[[R. Al-Khatib]]", f"[[{IBAN_RAMI}|IBAN]]", "20.000", "16.000", "betaald 02-12"],
            ["«MF-WJT-2024-0602|REF»", "[[S. Ahmadi-Rostami]]", f"[[{IBAN_SHIRIN}|IBAN]]", "18.000", "14.400", "betaald 02-12"],
            ["«MF-WBT-2024-0290|REF»", "[[D. Kartasasmita]]", f"[[{IBAN_DEWI}|IBAN]]", "40.000", "16.000", "wacht op bankafschrift"],
            ["«MF-WBT-2024-0307|REF»", "[[M. Chen]]", f"[[{IBAN_CHEN}|IBAN]]", "30.000", "24.000", "opschortende voorwaarde"],
            ["«MF-WBT-2024-0322|REF»", "[[Mahmoud ^Haddad]]", f"[[{IBAN_HADDAD}|IBAN]]", "35.000", "28.000", "betaald 02-12"],
            ["«MF-WBT-2024-0331|REF»", "[[Ratna ^Wirjosoemarto]]", f"[[{IBAN_RATNA}|IBAN]]", "28.000", "22.400", "betaald 02-12"],
            ["«MF-WBT-2024-0340|REF»", "[[Stichting Beeldhouwwerk Bram ter Horst|ORG_PERSONAL]]", f"[[{IBAN_BRAM}|IBAN]]", "32.000", "25.600", "betaald 02-12"],
            ["«MF-WJT-2024-0655|REF»", "[[L. ^IJzerman]]", f"[[{IBAN_LOTTE}|IBAN]]", "15.000", "12.000", "betaald 02-12"]]
    d.table(rows, [2, 3.3, 3, 1, 1.2, 2])
    d.p("Totaal toegekend in deze ronde: EUR 243.000; voorschotten EUR 178.400. Betaling vanaf de rekening van "
        f"het fonds «{IBAN_MF}|IBAN_ORG» («ING Bank|ORG»).", "small")
    d.p("Opgesteld: [[G.J. ^Bos]] (financiële administratie), gecontroleerd: [[I. ^Zandbergen]]. "
        "Paraaf controller: [[RvdL|INITIALS]].", "small")
    return d


# ---------------------------------------------------------------- he16 payment batch (Courier)
def he16():
    d = Doc("he16_betaalbatch", font="Courier", size=9, title="SEPA batch 2024-12-02")
    d.p("<b>SEPA-BETAALBATCH 2024-12-02 / «MF-FIN-2024-1202|REF»</b>", "mono")
    d.p(f"OPDRACHTGEVER : «STICHTING MONDRIAAN FONDS|ORG»  «{IBAN_MF}|IBAN_ORG»", "mono")
    d.p("AANGEMAAKT DOOR : [[gjbos]]   GEAUTORISEERD DOOR : [[hboeijink]] / [[ltjonafong]]", "mono")
    d.sp(6)
    lines = [
        ("001", f"[[{IBAN_SANNE.replace(' ', '')}|IBAN]]", "[[VERWOERD S]]", "20000,00", "MF-WJT-2024-0413"),
        ("002", f"[[{IBAN_RAMI.replace(' ', '')}|IBAN]]", "[[AL KHATIB R]]", "16000,00", "MF-WJT-2024-0588"),
        ("003", f"[[{IBAN_SHIRIN.replace(' ', '')}|IBAN]]", "[[AHMADI-ROSTAMI S]]", "14400,00", "MF-WJT-2024-0602"),
        ("004", f"[[{IBAN_HADDAD.replace(' ', '')}|IBAN]]", "[[HADDAD M]]", "28000,00", "MF-WBT-2024-0322"),
        ("005", f"[[{IBAN_RATNA.replace(' ', '')}|IBAN]]", "[[WIRJOSOEMARTO R]]", "22400,00", "MF-WBT-2024-0331"),
        ("006", f"[[{IBAN_BRAM.replace(' ', '')}|IBAN]]", "[[ST BEELDHOUWWERK B TER HORST|ORG_PERSONAL]]", "25600,00", "MF-WBT-2024-0340"),
        ("007", f"[[{IBAN_LOTTE.replace(' ', '')}|IBAN]]", "[[IJZERMAN L]]", "12000,00", "MF-WJT-2024-0655"),
    ]
    rows = [["Nr", "IBAN begunstigde", "Naam", "Bedrag", "Omschrijving"]]
    for n, ib, nm, amt, ref in lines:
        rows.append([n, ib, nm, amt, f"«{ref}|REF» voorschot"])
    d.table(rows, [0.5, 2.6, 2.6, 1.1, 2.6], size=8)
    d.p("AANTAL POSTEN: 7   TOTAAL: 138400,00 EUR   UITVOERINGSDATUM: 2024-12-03", "mono")
    d.p("Retour: post 006 - naam wijkt af van rekeninghouder; contact [[Bram ^ter Horst]] via [[06-55 10 38 27|PHONE]].", "mono")
    return d


# ---------------------------------------------------------------- he17 FPK list of applications (landscape, 2 p.)
def he17():
    d = Doc("he17_fpk_lijst_aanvragen", font="DejaVuSans", size=9, landscape=True,
            title="Overzicht aanvragen Fonds Podiumkunsten")
    d.h("«Fonds Podiumkunsten|ORG» - overzicht aanvragen «Regeling Nieuwe makers|PROGRAMME» en "
        "«Regeling Projectsubsidies|PROGRAMME», peildatum «30 september 2024|DATE»")
    d.p("Ter informatie gedeeld met het «Mondriaan Fonds|ORG» in verband met dubbele aanvragen (afstemming "
        "tussen de «rijkscultuurfondsen|ORG»). Niet verder verspreiden.", "small")
    rows = [["Zaaknr.", "Aanvrager", "Organisatie / gezelschap", "Discipline", "Plaats", "Gevraagd", "Status"],
            ["«FPK-NM-24-0112|REF»", "[[Jurmaine Martina]]", "-", "dans/performance", "«Den Haag|PLACE»", "60.000", "in behandeling"],
            ["«FPK-NM-24-0119|REF»", "[[Femke ^de Jong-Oduya]]", "[[Oduya Collectief|ORG_PERSONAL]]", "theater", "«Amsterdam|PLACE»", "85.000", "in behandeling"],
            ["«FPK-PS-24-0388|REF»", "[[Mahmoud Haddad]]", "[[Haddad Ensemble|ORG_PERSONAL]]", "muziek", "«Utrecht|PLACE»", "42.000", "toegekend"],
            ["«FPK-PS-24-0391|REF»", "-", "«Het Zuidelijk Toneel|ORG»", "theater", "«Tilburg|PLACE»", "120.000", "toegekend"],
            ["«FPK-PS-24-0402|REF»", "[[Thijs ^van 't Veld]]", "«Stichting Via Rudolphi|ORG»", "muziektheater", "«Amsterdam|PLACE»", "55.000", "afgewezen"],
            ["«FPK-NM-24-0127|REF»", "[[Ratna Wirjosoemarto]]", "«Nederlands Dans Theater|ORG» (gastmaker)", "dans", "«Den Haag|PLACE»", "70.000", "in behandeling"],
            ["«FPK-PS-24-0415|REF»", "-", "«Orkest van het Oosten|ORG»", "muziek", "«Enschede|PLACE»", "150.000", "toegekend"],
            ["«FPK-PS-24-0419|REF»", "[[Lotte IJzerman]]", "Asko|Schönberg", "compositie", "«Amsterdam|PLACE»", "18.000", "toegekend"],
            ["«FPK-NM-24-0133|REF»", "[[Gilbert ^Isenia]]", "[[Tumba di Gilbert|ORG_PERSONAL]]", "muziek", "«Rotterdam|PLACE»", "48.000", "afgewezen"],
            ["«FPK-PS-24-0420|REF»", "-", "«Stichting Anne Frank Huis|ORG»", "educatief theater", "«Amsterdam|PLACE»", "35.000", "niet ontvankelijk"],
            ["«FPK-NM-24-0140|REF»", "[[Wang ^Jiahui]]", "-", "dans", "«Rotterdam|PLACE»", "52.000", "in behandeling"],
            ["«FPK-PS-24-0433|REF»", "-", "«Toneelgroep Maastricht|ORG»", "theater", "«Maastricht|PLACE»", "95.000", "toegekend"],
            ["«FPK-NM-24-0141|REF»", "[[Milagros ^Rosario-Croes]]", "-", "spoken word", "«Eindhoven|PLACE»", "30.000", "in behandeling"],
            ["«FPK-PS-24-0447|REF»", "[[Bayu ^Setiawan]]", "[[Gamelan Bayu|ORG_PERSONAL]]", "muziek", "«Den Haag|PLACE»", "26.000", "toegekend"],
            ["«FPK-PS-24-0452|REF»", "-", "«De Nieuwe Oost|ORG»", "theater", "«Enschede|PLACE»", "64.000", "in behandeling"],
            ["«FPK-NM-24-0150|REF»", "[[Farid ^Nouri]]", "-", "theater", "«Groningen|PLACE»", "40.000", "afgewezen"]]
    d.table(rows, [1.6, 2.2, 2.6, 1.5, 1.3, 1, 1.4])
    d.p("Toelichting: bij aanvragen op persoonlijke titel is de naam van de maker tevens de naam van het "
        "gezelschap of ensemble. Contactpersoon bij het fonds: [[Merel ^Schoonhoven]], "
        "[[m.schoonhoven@fondspodiumkunsten.nl]]; algemeen «info@fondspodiumkunsten.nl|MAILBOX».", "small")
    return d


# ---------------------------------------------------------------- he18 FPK advice, theatre maker
def he18():
    d = Doc("he18_fpk_advies_oduya", font="DejaVuSerif", size=9.5, title="Advies FPK-NM-24-0119")
    d.h("«Fonds Podiumkunsten|ORG» - advies «Regeling Nieuwe makers|PROGRAMME»")
    d.table([["Zaaknummer", "«FPK-NM-24-0119|REF»"],
             ["Aanvrager", "[[F.A. de Jong-Oduya]] (handelend als [[Oduya Collectief|ORG_PERSONAL]])"],
             ["Project", "«Moeder van het water|WORK» (werktitel), muziektheater, 2025-2026"],
             ["Adviseurs", "[[Sjoerd ^Bakhuizen]], [[Priya ^Ramdin]], [[Eline ^Vos-de Haan]]"],
             ["Datum advies", "«14 november 2024|DATE»"]], [1, 3.2], header=False)
    d.h("Artistieke kwaliteit", 2)
    d.p("[[Femke de Jong-Oduya]] (1991) studeerde aan de «Toneelacademie Maastricht|ORG» en maakte daarna "
        "voorstellingen bij «Het Zuidelijk Toneel|ORG» en «Theater Rotterdam|ORG». Met het [[Oduya Collectief]] "
        "werkt zij aan een bewerking van de «Medea|WORK» van «Euripides|HISTORIC» en van «Gijsbrecht van "
        "Aemstel|WORK» van «Vondel|HISTORIC», verteld vanuit haar Nigeriaans-Nederlandse familiegeschiedenis. "
        "Haar moeder [[Adaeze ^Oduya]] speelt als verteller mee.")
    d.p("De adviseurs zijn positief over de zeggingskracht van eerder werk («Stil water|WORK», 2022, "
        "«Frascati|ORG»). [[Ramdin]] twijfelt of de combinatie van twee klassieke teksten niet te veel is.")
    d.h("Organisatie en begroting", 2)
    d.p("Het [[Oduya Collectief]] is geen rechtspersoon; de aanvraag loopt via de eenmanszaak van de aanvrager. "
        f"Uitbetaling zou plaatsvinden op [[{IBAN_ODUYA}|IBAN]] t.n.v. [[F.A. de Jong]]. De begroting "
        "(EUR 85.000) is realistisch; de speelreeks in «Frascati|ORG», de «Stadsschouwburg Utrecht|ORG» en "
        "«Theater Zuidplein|ORG» is toegezegd.")
    d.h("Advies", 2)
    d.p("Positief, met een score van 4 op 5. [[Bakhuizen]] en [[Vos-de Haan]] adviseren het volledige bedrag toe "
        "te kennen. Besluit door de directeur-bestuurder van het fonds.")
    d.p("Secretaris: [[B. ^Kuiper]] - «Fonds Podiumkunsten|ORG», «Kortenaerkade 1|ADDRESS», «2518 AX Den Haag|ADDRESS»", "small")
    return d


# ---------------------------------------------------------------- he19 e-mail FPK <-> MF
def he19():
    d = Doc("he19_mail_afstemming_fondsen", font="Helvetica", size=10, title="Afstemming dubbele aanvragen")
    for r in outlook("[[Merel Schoonhoven]] &lt;[[m.schoonhoven@fondspodiumkunsten.nl]]&gt;",
                     "donderdag 28 november 2024 11:52", "[[Tjon A Fong, Leonie]]",
                     "afstemming dubbele aanvragen [[Martina]] en [[Haddad]]",
                     cc="[[Kuiper, Bas]]; «afstemming@cultuurfondsen.nl|MAILBOX»"):
        d.p(r, "tight")
    d.sp(6)
    d.p("Hallo [[Leonie]],")
    d.p("Zoals besproken in het overleg van de «rijkscultuurfondsen|ORG»: de aanvraag van [[Jurmaine Martina]] "
        "(«FPK-NM-24-0112|REF») ligt nog bij onze commissie dans. Omdat jullie commissie hem naar ons "
        "verwees, willen we voorkomen dat hij tussen twee loketten valt. Kun je mij het advies van jullie "
        "commissie sturen? Zijn toestemming hebben we (zie bijlage).")
    d.p("Verder: [[Mahmoud Haddad]] heeft bij ons voor het [[Haddad Ensemble]] EUR 42.000 gekregen en bij jullie "
        "een werkbijdrage van EUR 35.000. Dat mag volgens beide regelingen, zolang het niet om dezelfde kosten "
        "gaat. Ik stel voor dat we dat in de rapportage aan «OCW|ORG» zo toelichten.")
    d.p("Groeten,<br/>[[Merel]]")
    d.p("[[Merel Schoonhoven]] | senior adviseur | «Fonds Podiumkunsten|ORG» | [[06 14 92 77 30|PHONE]]<br/>"
        "«Kortenaerkade 1|ADDRESS», «Den Haag|PLACE» | algemeen «070 750 27 00|SWITCHBOARD»", "small")
    d.sp(8)
    for r in outlook("[[Tjon A Fong, Leonie]]", "donderdag 28 november 2024 14:20", "[[Schoonhoven, Merel]]",
                     "RE: afstemming dubbele aanvragen [[Martina]] en [[Haddad]]"):
        d.p(r, "quote")
    d.p("Dag [[Merel]], het advies stuur ik je via de beveiligde omgeving (niet per mail vanwege de "
        "gezondheidsinformatie die erin staat). Over [[Haddad]]: eens. Groet, [[Leonie]]", "quote")
    return d


# ---------------------------------------------------------------- he20 provincial decision (LibreOffice)
def he20():
    d = Doc("he20_gs_besluit_utrecht", producer="docx", font="LibSans", size=10.5,
            title="Besluit subsidie Cultuur en Erfgoed", author="[[Maarten ^Overduin]]")
    d.p("<b>«Provincie Utrecht|ORG»</b><br/>«Archimedeslaan 6|ADDRESS», «3584 BA Utrecht|ADDRESS»<br/>"
        "Postbus 80300, 3508 TH Utrecht | «030 258 91 11|SWITCHBOARD»")
    d.p("Mevrouw [[R.S. ^Wirjosoemarto]]<br/>[[Kamp 41|ADDRESS]]<br/>[[3811 AR|POSTCODE]] «Amersfoort|PLACE»")
    d.p("Datum: «7 juni 2022|DATE»<br/>Ons kenmerk: «UTR-CE-2022-0934|REF»<br/>Onderwerp: verlening subsidie "
        "«Programma Cultuur en Erfgoed 2020-2023|PROGRAMME»")
    d.p("Geachte mevrouw [[Wirjosoemarto]],")
    d.p("Op 4 april 2022 heeft u subsidie aangevraagd voor het dansproject «Gamelan in de Kei|WORK» in "
        "«Amersfoort|PLACE» en «Soest|PLACE», een samenwerking met «Scholen in de Kunst|ORG» en "
        "«Museum Flehite|ORG». Gedeputeerde Staten van Utrecht verlenen u een subsidie van EUR 12.500 op "
        "grond van de «Subsidieverordening Cultuur en Erfgoed provincie Utrecht 2020|LAW».")
    d.p("Het project sluit aan bij het programma van «gedeputeerde Van Muilekom|PUBLIC», dat cultuur in de "
        "kleine kernen en op de «Utrechtse Heuvelrug|PLACE» wil versterken. De voorstelling wordt ook "
        "opgevoerd bij het «Rietveld Schröderhuis|ORG» tijdens de «Museumnacht Utrecht|EVENT».")
    d.p(f"Het voorschot van 80% maken wij over op [[{IBAN_RATNA}|IBAN]]. U vermeldt de steun van de provincie "
        "in alle publiciteit.")
    d.p("Hoogachtend,<br/>Gedeputeerde Staten van Utrecht,<br/>namens dezen,")
    d.sig("S. Wennekes")
    d.p("[[S.M. ^Wennekes]]<br/>teamleider Cultuur en Erfgoed")
    d.p("Behandelend ambtenaar: [[M. Overduin]], [[maarten.overduin@provincie-utrecht.nl]], "
        "[[06 46 13 90 55|PHONE]]", "small")
    return d


# ---------------------------------------------------------------- he21 provincial note with paraph table (2 p.)
def he21():
    d = Doc("he21_nota_gedeputeerde", font="LibSans", size=10, title="Nota aan GS - evaluatie cultuurprogramma")
    d.h("Nota aan Gedeputeerde Staten")
    d.table([["Aan", "«Gedeputeerde Staten|ORG», «gedeputeerde Van Muilekom|PUBLIC» (Cultuur en Erfgoed)"],
             ["Van", "[[M. Overduin]], beleidsmedewerker cultuur"],
             ["Datum", "«15 november 2022|DATE»"],
             ["Kenmerk", "«UTR-CE-2022-1511|REF»"],
             ["Onderwerp", "evaluatie «Programma Cultuur en Erfgoed 2020-2023|PROGRAMME» en aansluiting bij de rijkscultuurfondsen"],
             ["Contactpersoon", "[[Maarten Overduin]], [[06 46 13 90 55|PHONE]]"]], [1, 4], header=False)
    d.h("Aanleiding", 2)
    d.p("Het «Programma Cultuur en Erfgoed 2020-2023|PROGRAMME» loopt eind 2023 af. In de "
        "«Cultuur- en erfgoedagenda|PROGRAMME» is afgesproken dat de provincie na drie jaar evalueert. "
        "Daarnaast heeft het «Ministerie van OCW|ORG» de provincies gevraagd om te zorgen voor aansluiting "
        "bij de «Regionale Cultuurprofielen|PROGRAMME» en de «rijkscultuurfondsen|ORG».")
    d.h("Geadviseerd besluit", 2)
    d.p("Aan «gedeputeerde Van Muilekom|PUBLIC» wordt gevraagd: in te stemmen met de opdracht aan "
        "«Berenschot|ORG» voor een evaluatie (EUR 38.000) en met de bijgevoegde brief aan "
        "«Provinciale Staten|ORG».")
    d.h("Kern", 2)
    d.p("In 2020-2022 zijn 214 projecten ondersteund, waarvan 61 van individuele makers. Voorbeelden zijn de "
        "dansvoorstelling van [[Ratna Wirjosoemarto]] in «Amersfoort|PLACE» en de oud-concerten van "
        "[[Mahmoud Haddad]] in «Veenendaal|PLACE». Bij individuele makers blijkt dat de helft ook bij het "
        "«Fonds Podiumkunsten|ORG» of het «Mondriaan Fonds|ORG» aanvraagt.")
    d.p("Het «Kunstenaarsinitiatief Stichting Kunstruimte Wilhelminapark|ORG» en «Stichting Utrechtse "
        "Kunstroute|ORG» vragen om meerjarige steun. [[Saskia Wennekes]] heeft hierover op 3 november "
        "gesproken met [[drs. Pieter ^Landman]] van «Kunst Centraal|ORG».")
    d.pb()
    d.h("Krachtenveld", 2)
    d.p("De «gemeente Utrecht|ORG» («wethouder Klein|PUBLIC», cultuur) ondersteunt een gezamenlijke regeling. "
        "«Amersfoort|PLACE» en «Veenendaal|PLACE» willen eerst de evaluatie afwachten.")
    d.h("Informatie die niet openbaar gemaakt kan worden", 2)
    d.p("Nee.")
    d.h("Paraaf", 2)
    d.table([["Naam", "Functie", "Paraaf", "Datum"],
             ["[[M. Overduin]]", "beleidsmedewerker", "[[MO|INITIALS]]", "15-11"],
             ["[[S.M. Wennekes]]", "teamleider Cultuur en Erfgoed", "[[SW|INITIALS]]", "16-11"],
             ["[[drs. A.E. ^Kolkman-Visser]]", "manager Samenleving", "[[AKV|INITIALS]]", "17-11"],
             ["[[mr. J.P. ^Hoekstra]]", "concernjurist", "[[JPH|INITIALS]]", "17-11"]], [1.6, 2, 0.8, 0.7])
    return d


# ---------------------------------------------------------------- he22 FCP application
def he22():
    d = Doc("he22_fcp_aanvraag_kartasasmita", font="Times-Roman", size=10.5, title="Aanvraag FCP-SCM-2024-221")
    d.h("«Fonds voor Cultuurparticipatie|ORG» - aanvraag «Samen Cultuur Maken|PROGRAMME»")
    d.p("Aanvraagnummer «FCP-SCM-2024-221|REF» | ontvangen «2 oktober 2024|DATE»", "small")
    d.table([["Aanvrager", "[[Dewi Kartasasmita]] (eenmanszaak [[Studio Dewi K.]])"],
             ["Adres", "[[Rosendaalseweg 502|ADDRESS]], [[6824 KP|POSTCODE]] «Arnhem|PLACE»"],
             ["Geboren", "[[9 januari 1979|DOB]] te «Yogyakarta|PLACE»"],
             ["Contact", "[[dewi@studiodewik.nl]] / [[06-27 11 48 63|PHONE]]"],
             ["Partners", "«Buurtcentrum De Wegwijzer|ORG», «Rozet|ORG», «Museum Arnhem|ORG»"]], [1, 3.5], header=False)
    d.h("Project: «Batik in Presikhaaf|WORK»", 2)
    d.p("Bewoners van «Presikhaaf|PLACE» maken samen met mij twaalf grote batikdoeken over de geschiedenis van "
        "hun wijk. Ik werk met oudere bewoners van Indische en Molukse afkomst en met kinderen van "
        "«basisschool De Werf|ORG». Mijn tante [[Ibu Sri ^Soedarmo]] (82) leert de deelnemers de "
        "tjanting-techniek. De doeken worden in 2025 getoond in «Rozet|ORG» en in de vide van «Museum Arnhem|ORG».")
    d.p("Ik kies bewust voor batik: net zoals «Van Gogh|HISTORIC» de Japanse prent leerde kennen via de handel, "
        "kwam batik via «Yogyakarta|PLACE» en «Solo|PLACE» in Nederlandse huizen terecht.")
    d.h("Begroting en dekking", 2)
    d.table([["Post", "EUR"], ["Honoraria kunstenaars", "14.000"], ["Materiaal (was, katoen, verf)", "3.200"],
             ["Presentatie", "2.800"], ["Totaal", "20.000"],
             ["Gevraagd «FCP|ORG»", "12.000"], ["«Gemeente Arnhem|ORG»", "5.000"], ["«Prins Bernhard Cultuurfonds Gelderland|ORG»", "3.000"]], [3, 1])
    d.p("Behandelend adviseur «FCP|ORG»: [[Ilona ^Rijkhoek]]. Algemeen: «info@cultuurparticipatie.nl|MAILBOX».", "small")
    return d


# ---------------------------------------------------------------- he23 letter of support (scan)
def he23():
    d = Doc("he23_steunbrief_scan", producer="scan", size=11.5, title="",
            scan={"dpi": 200, "quality": 65, "font": "liberation2/LiberationSans-Regular.ttf",
                  "bold": "liberation2/LiberationSans-Bold.ttf"})
    d.p("Buurtcentrum De Wegwijzer - Arnhem-Presikhaaf")
    d.sp(10)
    d.p("Aan het Fonds voor Cultuurparticipatie<br/>Kromme Nieuwegracht 66<br/>3512 HM Utrecht")
    d.sp(6)
    d.p("Arnhem, 28 september 2024")
    d.p("Betreft: steunbrief project Batik in Presikhaaf")
    d.p("Geachte leden van de commissie,")
    d.p("Als vrijwilliger en bewoner van Presikhaaf steun ik van harte het project van mevrouw "
        "[[Dewi Kartasasmita]]. In 2023 heeft zij in ons buurtcentrum een proefworkshop gegeven voor "
        "dertig bewoners. Mijn buurvrouw, mevrouw [[Johanna ^Pattiasina]], vertelde na afloop voor het eerst "
        "over de batikdoeken van haar grootmoeder uit Ambon.")
    d.p("Het buurtcentrum stelt de grote zaal op woensdagmiddag gratis beschikbaar. Wij verwachten dat veel "
        "ouderen uit de flats aan de Presikhaafweg zullen meedoen.")
    d.p("Met vriendelijke groet,")
    d.sig("G. Hulshof")
    d.p("[[Gerda ^Hulshof-van Beek]]<br/>[[Slochterenweg 18|ADDRESS]], [[6835 DT|POSTCODE]] Arnhem<br/>"
        "tel. [[026 321 74 09|PHONE]]")
    return d


# ---------------------------------------------------------------- he24 concept advice with sticky notes
def he24():
    d = Doc("he24_concept_advies_ter_horst", font="Helvetica", size=10, title="Concept-advies MF-WBT-2024-0340",
            annots=[("[[Marieke Schuurmans]]", "Graag scherper formuleren; [[DJ]] ziet de ontwikkeling anders. Bel me: [[06 11 84 20 93|PHONE]]"),
                    ("[[Koen Wijnands]]", "Eens met advies. Ken [[Bram]] nog van de academie in Kampen, meld ik bij [[Fleur]]."),
                    ("[[y.elidrissi]]", "Titel van de serie controleren.")])
    d.h("CONCEPT - advies «MF-WBT-2024-0340|REF»")
    d.p("Aanvrager: [[Bram ter Horst]] via [[Stichting Beeldhouwwerk Bram ter Horst|ORG_PERSONAL]], «Zwolle|PLACE»")
    d.p("Regeling: «Werkbijdrage Bewezen Talent|PROGRAMME» - voorlopig advies van de voorzitter, ter bespreking op «4 november 2024|DATE»")
    d.h("Overwegingen", 2)
    d.p("[[Ter Horst]] (1969) werkt al dertig jaar met hout en brons. Zijn werk staat in de collecties van "
        "«Museum de Fundatie|ORG» en het «Kröller-Müller Museum|ORG», waar de beeldengroep «De wachters|WORK» "
        "in de beeldentuin staat, niet ver van de beelden van «Rodin|HISTORIC» en «Henry Moore|HISTORIC». De "
        "nieuwe serie «Eikenhart|WORK» is bedoeld voor de tentoonstelling «Hout en tijd|WORK» in "
        "«Museum de Fundatie|ORG» (2026).")
    d.p("De aanvraag loopt via een stichting die de naam van de kunstenaar draagt. Volgens artikel 2.1 van de "
        "«Subsidieregeling Mondriaan Fonds 2021-2024|LAW» kan een werkbijdrage alleen aan een natuurlijk persoon "
        "worden verleend. De commissie adviseert het bestuur de aanvraag als aanvraag van [[Ter Horst]] zelf te "
        "behandelen.")
    d.h("Voorlopig advies", 2)
    d.p("Toekennen, EUR 32.000. Gemiddelde score 4,0 (zie scoretabel).")
    d.p("Versie 0.3 - [[MS|INITIALS]] / secretariaat", "small")
    return d


# ---------------------------------------------------------------- he25 presentation grant museum
def he25():
    d = Doc("he25_presentatie_museum_arnhem", font="LibSerif", size=10.5, title="Bijdrage presentatie Museum Arnhem")
    d.h("«Mondriaan Fonds|ORG» - «Bijdrage Presentatie-instellingen|PROGRAMME»")
    d.p("Kenmerk «MF-BPI-2025-0044|REF» | «Museum Arnhem|ORG», «Utrechtseweg 87|ADDRESS», «6812 AA Arnhem|ADDRESS»")
    d.p("Het «Mondriaan Fonds|ORG» verleent «Museum Arnhem|ORG» een bijdrage van EUR 45.000 voor de "
        "tentoonstelling «Doek en dauw|WORK» met nieuw werk van [[Dewi Kartasasmita]], van 14 juni tot en met "
        "2 november 2025. De tentoonstelling plaatst haar batikschilderijen naast werk uit de collectie van "
        "het museum, onder meer van «Charley Toorop|HISTORIC» en «Pyke Koch|HISTORIC», en naast een bruikleen "
        "van een landschap van «Van Gogh|HISTORIC» uit het «Kröller-Müller Museum|ORG».")
    d.p("Samenstelling: [[Sophie ^Lambrechts-Ong]], conservator moderne kunst. Zakelijk leider: "
        "[[Hidde ^Brinkhuis]]. De aanvraag is ondertekend door de directeur van het museum.")
    d.p("De commissie presentatie-instellingen (voorzitter [[Yasmina El Idrissi]]) noemt de tentoonstelling "
        "'een overtuigende verbinding van de koloniale geschiedenis van «Arnhem|PLACE» met hedendaags "
        "vakmanschap'. Zij adviseert wel om in de publieksbegeleiding samen te werken met het "
        "«Moluks Historisch Museum|ORG»-netwerk en met «Museum Bronbeek|ORG».")
    d.p("Voorwaarde: de kunstenaar ontvangt een honorarium volgens de «Kunstenaarshonorarium-richtlijn|PROGRAMME» "
        "(minimaal EUR 6.500).")
    d.p("Namens het bestuur,<br/>[[H.J. Boeijink-Maas]], directeur")
    return d


# ---------------------------------------------------------------- he26 cover e-mail OCW + Kamerbrief extract
def he26():
    d = Doc("he26_ocw_kamerbrief", font="Times-Roman", size=10.5, title="Kamerbrief cultuursubsidies")
    for r in outlook("[[Rijswijk, Jolien van]] &lt;[[j.vanrijswijk@minocw.nl]]&gt;", "woensdag 12 maart 2025 16:40",
                     "«directie@mondriaanfonds.nl|MAILBOX»; «directie@fondspodiumkunsten.nl|MAILBOX»",
                     "ter info: Kamerbrief over de rijkscultuurfondsen"):
        d.p(r, "tight")
    d.p("Beste collega's, hierbij ter informatie de brief die «minister Bruins|PUBLIC» vandaag naar de Kamer "
        "heeft gestuurd. Vragen kunnen naar mij of naar mijn collega [[Thomas ^Eijkelenboom]]. Groet, [[Jolien]] "
        "([[070 412 38 66|PHONE]])", "quote")
    d.sp(6)
    d.h("Kamerbrief (uittreksel)", 2)
    d.p("Aan de Voorzitter van de «Tweede Kamer der Staten-Generaal|ORG»<br/>Datum «12 maart 2025|DATE» | "
        "Kenmerk «52187401|REF» | Betreft: toekomst van de «rijkscultuurfondsen|ORG»")
    d.p("In het commissiedebat van 5 februari 2025 heb ik toegezegd uw Kamer te informeren over de "
        "werkbijdragen voor kunstenaars. De «Raad voor Cultuur|ORG» heeft in zijn advies "
        "«Herwaardering voor cultuur|WORK» aanbevolen de positie van makers te versterken. Het "
        "«Mondriaan Fonds|ORG», het «Fonds Podiumkunsten|ORG» en het «Fonds voor Cultuurparticipatie|ORG» "
        "ontvangen daarvoor in de periode «2025-2028|DATE» samen EUR 24 miljoen extra.")
    d.p("Daarnaast zet ik, samen met «staatssecretaris Moes|PUBLIC», in op de «Fair Practice Code|CODE». "
        "Fondsen verlenen alleen subsidie als makers volgens de richtlijnen worden betaald. De "
        "«Wet op het specifiek cultuurbeleid|LAW» biedt daarvoor de grondslag.")
    d.p("De «minister van Onderwijs, Cultuur en Wetenschap|ROLE»,<br/>«E.E.W. Bruins|PUBLIC»")
    return d


# ---------------------------------------------------------------- he27 WhatsApp export (conflict of interest)
def he27():
    d = Doc("he27_whatsapp_export", font="DejaVuSans", size=9, title="WhatsApp-chat export")
    d.h("WhatsApp-chat met [[Meiling]] - geëxporteerd")
    d.p("Aangeleverd door commissielid [[A. Lie]] na vraag van de secretaris (melding 5 november 2024). "
        "Telefoonnummer contact: [[+31 6 4420 1875|PHONE]]", "small")
    msgs = [
        "[03-11-24 20:41] [[Meiling]]: hoi [[Anouk]]! zit jij dit jaar in de commissie van het «Mondriaan Fonds|ORG»?",
        "[03-11-24 20:55] [[Anouk Lie]]: hoi! daar mag ik niks over zeggen haha. hoe is het met je?",
        "[03-11-24 20:57] [[Meiling]]: goed! «Witte aarde|WORK» staat nog tot januari in het «Bonnefanten|ORG». kom je nog kijken?",
        "[03-11-24 21:02] [[Anouk Lie]]: leuk, ik kom in december naar «Maastricht|PLACE». groet aan [[Daan]]",
        "[03-11-24 21:03] [[Meiling]]: doe ik. hij is nu in «Jingdezhen|PLACE» voor de ovens, ik ga in maart",
        "[05-11-24 09:10] [[Anouk Lie]]: [[Meiling]], ik moet je toch iets zeggen: ik zit in de commissie en heb "
        "dit gemeld bij het fonds. daarom kan ik even niet over je aanvraag praten. sorry!",
        "[05-11-24 09:45] [[Meiling]]: geen probleem, snap ik helemaal 🙏",
    ]
    for m in msgs:
        d.p(m, "tight")
    d.sp(6)
    d.p("Notitie secretariaat: het commissielid heeft niet gescoord op «MF-WBT-2024-0307|REF»? Controleren in "
        "scoretabel - wel gescoord (4/4/3). Voorgelegd aan voorzitter; besloten dat het contact na de "
        "vergadering plaatsvond en het advies niet beïnvloedde. [[FvO|INITIALS]]", "small")
    return d


# ---------------------------------------------------------------- he28 payment request (LibreOffice)
def he28():
    d = Doc("he28_verzoek_uitbetaling_chen", producer="docx", font="LibSans", size=10.5,
            title="Verzoek uitbetaling MF-WBT-2024-0307")
    d.h("Verzoek tot uitbetaling na vervulling opschortende voorwaarde")
    d.table([["Dossier", "«MF-WBT-2024-0307|REF» «Werkbijdrage Bewezen Talent|PROGRAMME»"],
             ["Naam", "[[CHEN Meiling]] (roepnaam [[Meiling]])"],
             ["Adres", "[[Boschstraat 64A|ADDRESS]], [[6211 AX|POSTCODE]] «Maastricht|PLACE»"],
             ["BSN", f"[[{BSN_CHEN}|BSN]]"],
             ["IBAN", f"[[{IBAN_CHEN}|IBAN]] t.n.v. [[M. Chen]]"],
             ["Datum", "«13 januari 2025|DATE»"]], [1, 3], header=False)
    d.p("Hierbij laat ik weten dat aan de voorwaarde uit het besluit van «21 november 2024|DATE» is voldaan. "
        "De presentatie van de nieuwe serie «Blauw op wit|WORK» vindt plaats in «Marres, Huis voor "
        "Hedendaagse Cultuur|ORG» in «Maastricht|PLACE», van 4 april tot 29 juni 2025. Een bevestiging van "
        "directeur [[Valentijn ^Byvanck-Smit]] is bijgevoegd.")
    d.p("De serie is geïnspireerd door het Delfts blauw en het licht van «Vermeer|HISTORIC», en door het "
        "porselein uit «Jingdezhen|PLACE» dat de «VOC|ORG» naar «Delft|PLACE» bracht.")
    d.p("Ik verzoek u het voorschot van EUR 24.000 uit te betalen. Mijn partner [[Daan ^Geurts]] is tijdens "
        "mijn verblijf in «China|PLACE» (maart) bereikbaar op [[06 30 12 77 45|PHONE]].")
    d.p("Met vriendelijke groet,")
    d.sig("Chen Meiling")
    d.p("[[Meiling Chen]]")
    return d


# ---------------------------------------------------------------- he29 final report sculptor
def he29():
    d = Doc("he29_eindverslag_ter_horst", font="LibSans", size=10, title="Eindverslag MF-WBT-2022-0198",
            xmp_creator="[[Bram ter Horst]]")
    d.h("Inhoudelijk eindverslag «MF-WBT-2022-0198|REF»")
    d.p("Eerdere werkbijdrage 2022-2024 - ingediend op «30 augustus 2024|DATE» door de kunstenaar (zie aanvraagportaal).", "small")
    d.p("In de afgelopen twee jaar heb ik de serie «Eikenhart|WORK» voorbereid: zeven beelden van eikenhout "
        "uit de «Sallandse Heuvelrug|PLACE», deels gegoten in brons bij gieterij «Kunstgieterij Kemper|ORG» in "
        "«Wolvega|PLACE». Drie beelden stonden in 2023 bij «Beelden in Gees|EVENT» en één is aangekocht door "
        "de «gemeente Zwolle|ORG» voor het «Stadshuisplein|PLACE».")
    d.p("Mijn assistent [[Lucas ^Meinema]] werkte twee dagen per week mee; zijn loon is betaald uit de "
        "werkbijdrage. De administratie loopt via [[Stichting Beeldhouwwerk Bram ter Horst|ORG_PERSONAL]], die "
        "ik in 2021 heb opgericht met mijn zus [[Gea ^ter Horst]] als penningmeester.")
    d.p("Ik ben geïnspireerd door de houtsneden van «Escher|HISTORIC» en de landschappen van «Mondriaan|HISTORIC» "
        "uit zijn periode in «Winterswijk|PLACE». Het fonds heeft mij de ruimte gegeven om vrij te werken.")
    d.table([["Realisatie", "Begroot", "Werkelijk"], ["Materiaal en gieten", "14.000", "16.350"],
             ["Assistentie", "9.000", "8.400"], ["Atelierhuur «Zwolle|PLACE»", "6.000", "6.000"], ["Totaal", "29.000", "30.750"]], [2, 1, 1])
    d.p("Zwolle, 30 augustus 2024 - [[B. ter Horst]]")
    return d


# ---------------------------------------------------------------- he30 signed acceptance form (scan)
def he30():
    d = Doc("he30_ontvangstbevestiging_scan", producer="scan", size=11, title="",
            scan={"dpi": 200, "quality": 68, "font": "dejavu/DejaVuSans.ttf", "bold": "dejavu/DejaVuSans-Bold.ttf"})
    d.h("MONDRIAAN FONDS - VERKLARING VAN AANVAARDING")
    d.p("Dossier: MF-WJT-2024-0655 (Werkbijdrage Jong Talent)")
    d.table([["Naam ontvanger", "[[Lotte ^IJzerman]]"],
             ["Adres", "[[Oudegracht 301|ADDRESS]], [[3511 PA|POSTCODE]] Utrecht"],
             ["Geboortedatum", "[[23-11-1996|DOB]]"],
             ["Rekeningnummer", f"[[{IBAN_LOTTE}|IBAN]]"],
             ["Toegekend bedrag", "EUR 15.000"]], [1, 2], header=False)
    d.p("Ondergetekende verklaart de subsidie te aanvaarden onder de voorwaarden van het besluit van "
        "21 november 2024 en de Subsidieregeling Mondriaan Fonds 2021-2024. Zij zal het nieuwe werk, de "
        "compositie-installatie Klankkast voor Asko|Schönberg, uiterlijk in december 2025 presenteren.")
    d.sp(6)
    d.p("Plaats en datum: Utrecht, 29-11-2024")
    d.p("Handtekening:")
    d.sig("L. IJzerman")
    d.p("Ontvangen door het fonds op 02-12-2024, paraaf [[LTAF|INITIALS]]")
    return d


# ---------------------------------------------------------------- he31 municipal co-financing letter
def he31():
    d = Doc("he31_gemeente_rotterdam_cofinanciering", font="Helvetica", size=10,
            title="Cofinanciering Rotterdam", author="[[Youssef ^Amrani]]")
    d.p("<b>«Gemeente Rotterdam|ORG»</b> - «Cluster Maatschappelijke Ontwikkeling|ORG», afdeling Cultuur<br/>"
        "«Postbus 70012|ADDRESS», «3000 KP Rotterdam|ADDRESS» | «14 010|SWITCHBOARD»", "small")
    d.sp(6)
    d.p("Aan het bestuur van het «Mondriaan Fonds|ORG»<br/>t.a.v. [[mevrouw L. Tjon A Fong]]")
    d.p("Rotterdam, «9 december 2024|DATE» | ons kenmerk «MO/CUL/24/18822|REF»")
    d.p("Betreft: cofinanciering tentoonstelling «Thuis is een werkwoord|WORK» («Kunsthal Rotterdam|ORG»)")
    d.p("Geacht bestuur,")
    d.p("In het kader van het «Rotterdams Cultuurplan 2025-2028|PROGRAMME» draagt de «gemeente Rotterdam|ORG» "
        "EUR 60.000 bij aan de groepstentoonstelling «Thuis is een werkwoord|WORK» in de "
        "«Kunsthal Rotterdam|ORG». «Wethouder Kasmi|PUBLIC» (Onderwijs, Cultuur en Evenementen) heeft de "
        "tentoonstelling op 2 december 2024 aangekondigd tijdens de «Rotterdamse Cultuurdag|EVENT».")
    d.p("Onder de deelnemende kunstenaars zijn zes Rotterdamse makers, onder wie [[Rami Al-Khatib]], die "
        "volgens de Kunsthal ook door uw fonds wordt ondersteund. Wij stellen voor dat de fondsen en de "
        "gemeente hun bijdragen in één overzicht vastleggen, zodat dubbele financiering van dezelfde kosten "
        "wordt voorkomen.")
    d.p("Met vriendelijke groet,<br/>namens het college van burgemeester en wethouders,<br/>de «wethouder "
        "Onderwijs, Cultuur en Evenementen|ROLE»,")
    d.p("«Said Kasmi|PUBLIC»")
    d.p("Inlichtingen: [[Y. Amrani]], beleidsadviseur beeldende kunst, [[y.amrani@rotterdam.nl]], "
        "[[06 20 87 11 34|PHONE]]", "small")
    return d


# ---------------------------------------------------------------- he32 minutes of the committee (LibreOffice, 2 p.)
def he32():
    d = Doc("he32_notulen_commissie", producer="docx", font="LibSerif", size=10.5,
            title="Notulen adviescommissie beeldende kunst 4 november 2024")
    d.h("Notulen adviescommissie beeldende kunst")
    d.p("Datum: «4 november 2024|DATE», 10.00-16.30 uur | Locatie: «Mondriaan Fonds|ORG», «Amsterdam|PLACE»")
    d.p("Aanwezig: [[M. Schuurmans]] (vz), [[D.J. Hoogeveen]], [[Y. El Idrissi]], [[P. Brouwer-Lans]], "
        "[[A. Lie]]; namens het fonds: [[F. van Ommeren]] (secr.), [[L. Tjon A Fong]]. Afwezig: [[K. Wijnands]].")
    d.h("1. Opening en mededelingen", 2)
    d.p("De voorzitter heet iedereen welkom. Zij meldt dat de directeur, [[mevrouw Boeijink-Maas]], om 15.00 uur "
        "aanschuift. Het budget voor deze ronde bedraagt EUR 1.450.000 (zie begroting).")
    d.h("2. Meldingen van belangenverstrengeling", 2)
    d.p("[[Brouwer-Lans]] kent [[Ahmadi-Rostami]] uit een eerder project in het «Centraal Museum|ORG» en scoort "
        "die aanvraag niet. [[Hoogeveen]] meldt dat zijn partner bestuurslid is van «Stichting Kunstruimte "
        "Zuidas|ORG»; de commissie ziet daarin geen beletsel. [[Lie]] meldt privécontact met een aanvrager; "
        "dat wordt na de vergadering besproken.")
    d.h("3. Bespreking aanvragen", 2)
    d.p("De commissie bespreekt 41 aanvragen. Het advies per aanvraag staat in het adviesrapport. Bij de "
        "bespreking van de aanvraag van [[Martina]] merkt een lid op dat [[de aanvrager fysiek beperkt is|HEALTH]]. "
        "De voorzitter wijst erop dat dit geen rol mag spelen.")
    d.p("Over de verwijzingen naar de oude meesters in de aanvragen («Rembrandt|HISTORIC», «Vermeer|HISTORIC», "
        "«Mondriaan|HISTORIC») merkt [[El Idrissi]] op dat jonge kunstenaars zich vaak verplicht voelen zich tot "
        "de canon te verhouden; de commissie let op het werk zelf.")
    d.pb()
    d.h("4. Beleid", 2)
    d.p("[[Tjon A Fong]] licht de «Fair Practice Code|CODE» en de «Kunstenaarshonorarium-richtlijn|PROGRAMME» toe. "
        "Vanaf 2025 geldt de nieuwe «Subsidieregeling Mondriaan Fonds 2025-2028|LAW».")
    d.h("5. Actiepunten", 2)
    d.table([["Nr.", "Actie", "Wie", "Wanneer"],
             ["1", "Besluiten ronde september opstellen", "[[LTAF|INITIALS]]", "22-11"],
             ["2", "Gesprek over melding privécontact", "[[MS|INITIALS]] / [[FvO|INITIALS]]", "8-11"],
             ["3", "Verslag zonder gezondheidsinformatie vastleggen", "[[FvO|INITIALS]]", "11-11"],
             ["4", "Afstemming met «Fonds Podiumkunsten|ORG» over [[Martina]]", "[[LTAF|INITIALS]]", "30-11"]], [0.4, 3, 1.3, 0.8])
    d.p("Volgende vergadering: «3 maart 2025|DATE».")
    return d


# ---------------------------------------------------------------- he33 internal Woo note (metadata, XMP)
def he33():
    d = Doc("he33_notitie_woo_beoordeling", font="LibSerif", size=10.5, title="Notitie Woo-beoordeling namen",
            author="[[Arjen Vlasblom]]", xmp_creator="[[avlasblom]]")
    d.h("Interne notitie - beoordeling persoonsgegevens «WOO-2025-0117|REF»")
    d.p("Datum «9 juni 2025|DATE» | Aan: directie | Van: Woo-coördinator | Kopie: «juridische zaken|ORG»")
    d.h("Vraag", 2)
    d.p("Hoe gaan wij in de openbaar te maken documenten om met namen van kunstenaars, kunstenaarsnamen en "
        "stichtingen die naar personen zijn genoemd?")
    d.h("Voorstel", 2)
    d.p("1. Namen en kunstenaarsnamen van aanvragers (zelfstandigen die op eigen naam aanvragen) lakken wij "
        "op grond van artikel «5.1, tweede lid, onder e, Woo|LAW», ook als de kunstenaar bekend is in het "
        "kunstenveld. Dat geldt ook voor kunstenaarsnamen in kleine letters of met alleen initialen.")
    d.p("2. Stichtingen, ensembles en eenmanszaken die de naam van de kunstenaar zelf dragen (zoals een "
        "stichting 'Beeldhouwwerk' met de naam van de beeldhouwer, of een collectief met de achternaam van de "
        "maker) behandelen wij als persoonsgegeven: de naam van de persoon wordt gelakt.")
    d.p("3. Instellingen die naar een historische persoon zijn genoemd blijven leesbaar: «Stichting Anne Frank "
        "Huis|ORG», «Van Gogh Museum|ORG», «Rijksmuseum Twenthe|ORG», het «Mondriaan Fonds|ORG» zelf, de "
        "«Gerrit Rietveld Academie|ORG» en de «Willem de Kooning Academie|ORG». Ook straatnamen blijven staan, "
        "tenzij het om een woonadres gaat.")
    d.p("4. Namen van «minister Bruins|PUBLIC», «gedeputeerde Van Muilekom|PUBLIC», «wethouder Kasmi|PUBLIC» "
        "en «wethouder Klein|PUBLIC» blijven staan. Namen van medewerkers van de fondsen, de provincie en de "
        "gemeenten lakken wij.")
    d.p("5. Gegevens over gezondheid (knieblessure, burn-out) lakken wij op grond van artikel "
        "«5.1, eerste lid, onder d, Woo|LAW».")
    d.h("Advies", 2)
    d.p("Instemmen met bovenstaande lijn en die vastleggen in het «Woo-protocol Mondriaan Fonds|PROGRAMME».")
    d.p("Paraaf: [[AV|INITIALS]]", "small")
    return d


ALL = [he01, he02, he03, he04, he05, he06, he07, he08, he09, he10, he11, he12, he13, he14, he15, he16, he17,
       he18, he19, he20, he21, he22, he23, he24, he25, he26, he27, he28, he29, he30, he31, he32, he33]
