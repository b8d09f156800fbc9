"""Set BX, documents tx12-tx22 (SVB letter, beslisnota, FIOD verhoor, scanned kennisgeving, chat export,
invordering letter, hidden metadata/outline memo, annotated draft, bestuurlijk overleg, telefoonnotitie,
English VAT e-mail)."""
from __future__ import annotations

from make_set import (DX, RL, Doc, DOCS_DIR, add_notes, add_outline, bad_bsn, images_to_pdf, make_bsn,
                      make_iban, scan_page, set_meta, signature_png)


def P(stem):
    return DOCS_DIR / f"{stem}.pdf"


def tx12():
    d = Doc("tx12", "LibreOffice (python-docx) Liberation Serif")
    bsn = make_bsn("18462035")
    bsn_dot = f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}"
    iban = make_iban("RABO", "3069914428")
    w = DX(d, "Liberation Serif", 11)
    w.lines("""
**<<O:Sociale Verzekeringsbank>>**
Kantoor <<L:Amstelveen>>, <<S:Van Heuven Goedhartlaan>> 1
Postbus 1100, 1180 BH Amstelveen
""", size=9)
    w.p("")
    w.lines("""
De heer [[P:T.A. Vrolijk|Tobias Vrolijk]]
[[A:Karel Doormanstraat 9]]
[[A:3572 NH]] Utrecht
""")
    w.p("")
    w.lines(f"""
Datum: <<X:16 april 2025>>
Klantnummer SVB: [[N:0071 884 216]]
Burgerservicenummer: [[B:{bsn_dot}]]
Onderwerp: terugvordering kinderbijslag
""")
    w.p("")
    w.p("Geachte heer [[P:Vrolijk]],")
    w.p("U heeft van het derde kwartaal 2023 tot en met het vierde kwartaal 2024 kinderbijslag ontvangen voor "
        "[[P:Jesse|Jesse Vrolijk]] (geboren [[D:8 juli 2007]]). Uit gegevens van <<O:DUO>> blijkt dat [[P:Jesse]] in deze "
        "periode meer verdiende dan de inkomensgrens voor kinderen van 16 en 17 jaar. Daarom had u geen recht op "
        "kinderbijslag volgens de <<W:Algemene Kinderbijslagwet>>.")
    w.p("U moet <<Z:€ 1.482,64>> terugbetalen. U kunt dit bedrag in één keer overmaken of een betalingsregeling "
        "aanvragen. Wij verrekenen het bedrag niet met uw lopende uitkeringen.")
    w.table([["Kwartaal", "Bedrag"], ["3e kwartaal 2023", "€ 292,90"], ["4e kwartaal 2023", "€ 292,90"],
             ["1e en 2e kwartaal 2024", "€ 598,84"], ["3e en 4e kwartaal 2024", "€ 298,00"],
             ["Totaal", "<<Z:€ 1.482,64>>"]])
    w.p(f"Wij zien dat u eerder bedragen heeft ontvangen op rekening [[I:{iban}]]. Wilt u een andere rekening "
        "gebruiken, geef dit dan door via <<G:Mijn SVB>>.")
    w.p("Bent u het niet eens met dit besluit? Dan kunt u binnen 6 weken bezwaar maken. Heeft u vragen? Bel ons "
        "op <<Y:030 264 90 30>> of neem contact op met uw contactpersoon [[P:Gülsen Aydoğan]], telefoon "
        "[[T:020 656 44 83]].")
    w.p("")
    w.p("Met vriendelijke groet,")
    w.p("drs. [[P:J.M.C. Vos-Terlingen|Jacqueline Vos-Terlingen]]")
    w.p("<<J:Vestigingsmanager>> SVB Utrecht")
    w.core(author="svb-brieven", title="Terugvordering kinderbijslag")
    w.build()
    return d


def tx13():
    d = Doc("tx13", "reportlab DejaVu Serif (TTF subset), two columns of header")
    r = RL(d, "DejaVuSerif", 9.5)
    r.h("Nota aan de staatssecretaris")
    r.table([["Aan", "<<H:staatssecretaris Fiscaliteit, Belastingdienst en Douane>>"],
             ["Van", "<<H:directeur-generaal Belastingdienst>>"],
             ["Datum", "<<X:3 juni 2025>>"],
             ["Kenmerk", "<<R:2025-0000184471>>"],
             ["Onderwerp", "Aanpak signalen vermogen in het buitenland (CRS)"],
             ["Contactpersoon", "drs. [[P:M. (Maarten) Gorissen|Maarten Gorissen]], <<J:senior beleidsmedewerker>><br/>"
              "T [[T:06-52 71 33 09]] | [[E:m.gorissen@minfin.nl]]"],
             ["Kopie aan", "<<H:minister van Financiën>>; [[P:Loes van Kampen-Dirks|Loes van Kampen-Dirks]] (<<O:FIOD>>)"]],
            widths=[95, 360], head=False, grid=False)
    r.h2("Aanleiding")
    r.p("In het commissiedebat Belastingdienst van <<X:20 februari 2025>> heeft u toegezegd de Kamer te informeren "
        "over de opvolging van CRS-signalen. De leden <<H:Vijlbrief>> (<<O:D66>>) en <<H:Kisteman>> (<<O:VVD>>) vroegen "
        "specifiek naar het aantal strafrechtelijke onderzoeken.")
    r.h2("Geadviseerd besluit")
    r.p("Aan de staatssecretaris wordt gevraagd in te stemmen met bijgaande brief aan de <<O:Tweede Kamer>> en deze "
        "te ondertekenen. <<H:Minister Heinen>> is via zijn bureau geïnformeerd en heeft geen opmerkingen.")
    r.h2("Kern")
    r.p("In 2024 ontving de <<O:Belastingdienst>> ruim <<Z:1,2 miljoen>> CRS-renseignementen. Daarvan leidden "
        "<<Z:3.914>> tot een correctie. In 27 zaken is aangifte gedaan bij de <<O:FIOD>>. Het <<O:Openbaar "
        "Ministerie>> besluit in het <<G:Tripartiete overleg>> over vervolging.")
    r.h2("Toelichting")
    r.p("Het signaal uit <<L:Alicante>> (zie memo <<R:THZ-2025-04417>>) laat zien hoe lang de keten is: tussen "
        "ontvangst en besluit zat zes weken. De casus is in de brief geanonimiseerd. [[P:Gorissen]] heeft de cijfers "
        "afgestemd met [[P:Marloes Heine]] (<<O:Toezicht Particulieren>>) en met [[P:Jeroen Sminia]].")
    r.h2("Krachtenveld")
    r.p("Het <<O:Adviescollege Toetsing Regeldruk>> wijst op de lasten voor banken. De <<O:NVB>> steunt de aanpak.")
    r.pagebreak()
    r.h2("Paraaf")
    r.table([["Naam", "Functie", "Paraaf", "Datum"],
             ["[[P:M. Gorissen|Maarten Gorissen]]", "<<J:senior beleidsmedewerker>>", "[[P:MG|Maarten Gorissen]]", "02-06"],
             ["[[P:R.J. Hazelhoff|Roeland Hazelhoff]]", "<<J:plv. directeur>>", "[[P:RJH|Roeland Hazelhoff]]", "03-06"],
             ["<<H:P. Smink|Peter Smink>>", "<<J:directeur-generaal>>", "PS", "03-06"]],
            widths=[140, 170, 70, 60])
    r.h2("Informatie die niet openbaar gemaakt kan worden")
    r.p("[nog invullen]")
    r.h2("Bijlagen")
    r.p("1. Conceptbrief aan de Tweede Kamer; 2. Factsheet CRS-signalen 2024 (opgesteld door [[P:Sietske Wolthuis]]).")
    r.build(info={"title": "Nota CRS-signalen", "author": "Gorissen, M."})
    d.r("P", "Gorissen, M.", "Maarten Gorissen", chan="metadata")
    return d


def tx14():
    d = Doc("tx14", "reportlab Times-Roman")
    bsn = make_bsn("29374461")
    r = RL(d, "Times-Roman", 11, header="FIOD - Fiscale inlichtingen- en opsporingsdienst",
           footer="Onderzoek <<R:FIOD-2025-0712 BOREAS>> - pagina {page}")
    r.h("Proces-verbaal van verhoor verdachte")
    r.p("Op woensdag <<X:9 april 2025>> verhoorde ik, [[P:Annemiek Hulshof-Brink]], <<J:opsporingsambtenaar>> van de "
        "<<O:FIOD>>, kantoor <<L:Eindhoven>>, registratienummer [[N:AO-05127]], in het kantoor aan de "
        "<<S:Dr. Holtroplaan>> als verdachte:")
    r.lines(f"""
Naam: [[P:Baccarini|Ferdinand Baccarini]]
Voornaam: [[P:Ferdinand|Ferdinand Baccarini]]
Geboren: [[D:3 februari 1975]] te Venlo
Adres: [[A:Sint Urbanusweg 40]], [[A:5914 CB]] Venlo
BSN: [[B:{bsn}]]
""")
    r.p("De verdachte werd bijgestaan door zijn raadsvrouw, mr. [[P:I.M. Wentink|Ilse Wentink]], advocaat te "
        "<<L:'s-Hertogenbosch>>. Hij werd medegedeeld dat hij niet tot antwoorden verplicht is. Ook aanwezig: mijn "
        "collega [[P:Bart Slaghekke]], registratienummer [[N:AO-04880]].")
    r.h2("Verklaring")
    r.p("V: U bent bestuurder van <<O:Baltic Phone Trading B.V.>>. Wat doet dit bedrijf?")
    r.p("A: Wij kopen mobiele telefoons in <<L:Duitsland>> en verkopen ze door in <<L:Nederland>>. Ik doe alleen de "
        "administratie; de inkoop doet [[P:Dennis Kraakman]].")
    r.p("V: Uit de administratie blijkt dat u in 2023 voor <<Z:€ 14,2 miljoen>> aan telefoons kocht van "
        "<<O:Mobilcom Handels GmbH>>, een ontbrekende schakel. Wat weet u daarvan?")
    r.p("A: Niets. Ik heb die mensen nooit ontmoet. Ik heb alleen met [[P:Kraakman]] gesproken.")
    r.p("V: U bent in 2018 [[C:door de rechtbank Limburg veroordeeld voor valsheid in geschrift]]. Klopt dat?")
    r.p("A: Ja, dat klopt, daar heb ik een taakstraf voor gekregen.")
    r.pagebreak()
    r.p("De verdachte verzocht om een pauze omdat hij vanwege [[S:zijn diabetes]] moest eten. Het verhoor is om "
        "14.10 uur hervat.")
    r.p("V: Wie beheerde de rekening [[I:" + make_iban("KNAB", "0718833412") + "]]?")
    r.p("A: Die staat op naam van mijn vrouw, [[P:Chantal Baccarini-Peeters]]. Zij heeft er niets mee te maken.")
    r.p("Het onderzoek staat onder leiding van de <<O:Functioneel Parket>>, <<J:officier van justitie>> "
        "mr. [[P:R. Daalmeijer|Daalmeijer]]. De verdachte wordt verdacht van medeplegen van btw-fraude "
        "(<<W:Algemene wet inzake rijksbelastingen>>, artikel 69) en witwassen.")
    r.p("Waarvan door mij op ambtseed is opgemaakt dit proces-verbaal, gesloten te <<L:Eindhoven>> op "
        "<<X:9 april 2025>>.")
    r.lines("""
[[P:A. Hulshof-Brink|Annemiek Hulshof-Brink]], [[N:AO-05127]]
""")
    r.build()
    return d


def tx15():
    """Scanned Douane kennisgeving van inbeslagneming (PIL PDF, no text layer)."""
    d = Doc("tx15", "scan (PIL render, JPEG q50, -0.9 degree), PIL PDF writer")
    blocks = [
        ("DOUANE NEDERLAND", 15, "bold", 0),
        ("Kennisgeving van inbeslagneming", 13, "bold", 0),
        ("", 11, "regular", 0),
        ("Nummer: DOU-KIB-2025-3318", 11, "mono", 0),
        ("Datum en tijd: 11-03-2025, 04:40 uur", 11, "mono", 0),
        ("", 11, "regular", 0),
        ("Naam beslagene: [[P:ROZENDAAL, Melvin Johannes|Melvin Rozendaal]]", 11, "mono", 0),
        ("Geboortedatum: [[D:22-08-1999]]", 11, "mono", 0),
        ("Adres: [[A:Nieuwe Haven 88c]], 3131 LA Vlaardingen", 11, "mono", 0),
        ("Telefoon: [[T:06-17028836]]", 11, "mono", 0),
        ("", 11, "regular", 0),
        ("Inbeslaggenomen voorwerpen:", 11, "mono", 0),
        ("1. Mobiele telefoon Samsung, zwart", 11, "mono", 0),
        ("2. Koevoet", 11, "mono", 0),
        ("3. Portofoon Motorola", 11, "mono", 0),
        ("4. Autosleutels Volkswagen Golf, kenteken [[K:N-482-GX]]", 11, "mono", 0),
        ("", 11, "regular", 0),
        ("Reden: verdenking overtreding Opiumwet (art. 10).", 11, "mono", 0),
        ("", 11, "regular", 0),
        ("Naam opsporingsambtenaar: [[P:S. Yilmaz|Sevda Yilmaz]]", 11, "mono", 0),
        ("Ambtenaarnummer: [[N:DOU-90236]]", 11, "mono", 0),
        ("", 11, "regular", 0),
        ("Handtekening beslagene:", 11, "mono", 0),
        ("", 11, "regular", 0), ("", 11, "regular", 0), ("", 11, "regular", 0),
        ("Handtekening ambtenaar:", 11, "mono", 0),
    ]
    im = scan_page(d, blocks, seed=15, rotate=-0.9, quality=50)
    d.r("P", "ROZENDAAL", "Melvin Rozendaal", chan="ocr")
    im = im.convert("RGB")
    s1 = signature_png("MRozend", seed=2, w=420, h=120)
    s2 = signature_png("SYilmaz", seed=5, w=420, h=120)
    im.paste(s1.convert("RGB"), (700, 1135), s1)
    im.paste(s2.convert("RGB"), (700, 1260), s2)
    images_to_pdf(d, [im.convert("L")], how="pil")
    return d


def tx16():
    d = Doc("tx16", "reportlab Carlito (TTF subset), chat export")
    r = RL(d, "Carlito", 10)
    r.h("Export Teams-chat 'Team Invordering Oost - spoed'")
    r.p("Geëxporteerd op <<X:22 mei 2025>> voor behandeling Woo-verzoek <<R:WOO-2025-0915>>. Deelnemers: "
        "[[P:Sanne Rijkhoff]], [[P:Bram Overdijk]], [[P:Yvonne Klein Haneveld]], [[P:Wessel de Graaf-Tiemens]].")
    rows = [["Tijd", "Van", "Bericht"],
            ["<<X:21-05-2025>> 08:02", "[[P:Overdijk, Bram|Bram Overdijk]]", "Morgen [[P:Sanne]]! Kun jij vandaag de zaak "
             "van die ondernemer in <<L:Hengelo>> oppakken? Beslag op de bedrijfsrekening is gelegd."],
            ["08:05", "[[P:Rijkhoff, Sanne|Sanne Rijkhoff]]", "Doe ik. Is dat [[P:Van Leeuwarden|Hidde van Leeuwarden]] van "
             "het klusbedrijf? Die belde gisteren al boos naar de <<Y:BelastingTelefoon>>."],
            ["08:07", "[[P:Overdijk, Bram|Bram Overdijk]]", "Ja die. Zijn mobiel is [[T:06 41 90 27 73]], hij wil "
             "alleen met een teamleider praten."],
            ["08:31", "[[P:Klein Haneveld, Yvonne|Yvonne Klein Haneveld]]", "Ik ben vandaag teamleider van dienst. "
             "[[P:Sanne]], bel hem maar en zet mij in de cc van de notitie. Ik zit in <<L:Enschede>>, kantoor "
             "<<S:Colosseum>>."],
            ["09:12", "[[P:Rijkhoff, Sanne|Sanne Rijkhoff]]", "Gesproken. Hij vertelt dat zijn vrouw [[S:in "
             "behandeling is bij het Antoni van Leeuwenhoek]] en dat hij daarom achterliep. Hij vraagt uitstel."],
            ["09:15", "[[P:de Graaf-Tiemens, Wessel|Wessel de Graaf-Tiemens]]", "Let op: bij schrijnende situaties "
             "de <<G:Leidraad Invordering 2008>> art. 25.2 volgen. Ik heb het formulier al klaargezet."],
            ["09:20", "[[P:Klein Haneveld, Yvonne|Yvonne Klein Haneveld]]", "Akkoord met 3 maanden uitstel. "
             "[[P:Wessel]], wil je het beslag laten opheffen via <<O:Landelijk Incassocentrum>>?"],
            ["09:24", "[[P:de Graaf-Tiemens, Wessel|Wessel de Graaf-Tiemens]]", "Is gebeurd. Mail naar "
             "[[E:w.degraaf-tiemens@belastingdienst.nl]] als er iets misgaat, ik zit morgen in de auto "
             "([[T:06-2019 4461]])."],
            ["09:40", "[[P:Overdijk, Bram|Bram Overdijk]]", "Top, dank jullie. [[P:YKH|Yvonne Klein Haneveld]] paraferen svp."]]
    r.table(rows, widths=[80, 120, 270])
    r.p("Einde export. Naam exporterende medewerker: [[P:J. Mulderij|Jelle Mulderij]] (<<O:Belastingdienst>>, "
        "<<O:CAP Woo>>).")
    r.build(info={"title": "Teams export"})
    return d


def tx17():
    d = Doc("tx17", "reportlab Helvetica")
    bsn = make_bsn("38150674")
    iban = make_iban("INGB", "9157342")
    r = RL(d, "Helvetica", 10)
    r.lines("""
<b>Belastingdienst</b>
Postbus 9048
7300 GK <<L:Apeldoorn>>
""")
    r.space(10)
    r.lines("""
Mevrouw [[P:D.E. Heinen-Sprenger|Danielle Heinen-Sprenger]]
[[A:Bisschop Hamerstraat 5]]
[[A:6511 NA]] Nijmegen
""")
    r.space(10)
    r.lines(f"""
Datum: <<X:19 mei 2025>>
Aanslagnummer: <<R:4481.66.901.H.36>>
Burgerservicenummer: [[B:{bsn}]]
""")
    r.h("Aanmaning")
    r.p("Geachte mevrouw [[P:Heinen-Sprenger]],")
    r.p("U heeft de aanslag inkomstenbelasting 2023 nog niet (helemaal) betaald. Het openstaande bedrag is "
        "<<Z:€ 2.914,00>>. Wij verzoeken u dit bedrag binnen 14 dagen te betalen op rekeningnummer "
        "<<R:NL86 INGB 0002 4455 88>> van de <<O:Belastingdienst>> onder vermelding van het betalingskenmerk "
        "<<R:4481 6690 1H36 0001>>.")
    r.p("Let op: deze aanmaning heeft niets te maken met <<H:minister Heinen|Heinen>>; wij ontvingen hierover "
        "vragen naar aanleiding van uw achternaam. Betaalt u niet op tijd, dan sturen wij u een dwangbevel. De "
        "kosten daarvan komen voor uw rekening (<<W:Kostenwet invordering rijksbelastingen>>).")
    r.p(f"Wij hebben gezien dat u een betalingsregeling heeft aangevraagd vanaf rekening [[I:{iban}]]. Dat verzoek "
        "behandelen wij apart. Heeft u vragen? Bel de <<Y:BelastingTelefoon>>: <<Y:0800-0543>>.")
    r.space(8)
    r.p("Met vriendelijke groet,<br/>de ontvanger")
    r.p("<i>Behandeld door: [[P:K.A. Jorritsma|Klaas Jorritsma]], team Invordering Nijmegen, [[T:024 343 9186]]</i>", r.stc)
    r.build(info={"title": "Aanmaning"})
    return d


def tx18():
    """A memo whose writer appears only in hidden channels: Info /Author, XMP dc:creator and an outline title."""
    d = Doc("tx18", "reportlab Liberation Sans + pikepdf metadata/XMP/outline")
    r = RL(d, "LiberationSans", 10)
    r.h("Notitie: steekproef terugvorderingen huurtoeslag 2022")
    r.lines("""
Aan: <<J:directeur Uitvoering>>, <<O:Dienst Toeslagen>>
Datum: <<X:2 juni 2025>>
Kenmerk: <<R:DT/UV/2025/0644>>
""")
    r.h2("Samenvatting")
    r.p("In een steekproef van <<Z:400>> dossiers met een terugvordering huurtoeslag over 2022 bleek in "
        "<<Z:37>> gevallen het inkomen van een medebewoner onjuist te zijn toegerekend. Het gaat vaak om "
        "inwonende volwassen kinderen. De <<O:Nationale ombudsman>> heeft eerder op dit risico gewezen.")
    r.h2("Aanbevelingen")
    r.p("1. Pas de werkinstructie aan zodat een medebewoner die korter dan drie maanden inwoont niet meetelt. "
        "2. Informeer <<H:staatssecretaris Palmen>> vóór het commissiedebat van <<X:26 juni 2025>>. "
        "3. Leg de uitkomsten voor aan de <<O:Auditdienst Rijk>>.")
    r.h2("Eén casus")
    r.p("Een huurder in <<L:Tilburg>>, mevrouw [[P:Verschuren|Ans Verschuren]], moest <<Z:€ 3.416>> terugbetalen omdat "
        "haar zoon [[P:Kevin|Kevin Verschuren]] na zijn detentie tijdelijk bij haar was ingetrokken. Deze situatie "
        "valt onder de aanbeveling onder 1.")
    r.build(info={"title": "Notitie steekproef huurtoeslag"})
    d.m("[[C:na zijn detentie|criminal data son]]")
    set_meta(P("tx18"), author="Jolanda Wittebrood-Kessels", xmp_creator="Wittebrood-Kessels, J.",
             title="Notitie steekproef huurtoeslag")
    add_outline(P("tx18"), [("Samenvatting", 0), ("Opmerkingen Ruben Tichelaar", 0)])
    d.r("P", "Wittebrood-Kessels", "Jolanda Wittebrood-Kessels", chan="metadata")
    d.r("P", "Jolanda", "Jolanda Wittebrood-Kessels", chan="metadata")
    d.r("P", "Tichelaar", "Ruben Tichelaar", chan="outline")
    return d


def tx19():
    """Draft letter with reviewers' sticky notes (annotation channel)."""
    d = Doc("tx19", "reportlab Times-Roman + pikepdf text annotations")
    r = RL(d, "Times-Roman", 11)
    r.lines("""
> Retouradres Postbus 20201 2500 EE Den Haag
<<O:Tweede Kamer der Staten-Generaal>>
Prinses Irenestraat 6
2595 BD Den Haag
""")
    r.lines("""
Datum <<X:30 juni 2025>>
Betreft Voortgang hersteloperatie kinderopvangtoeslag
Ons kenmerk <<R:2025-0000214906>>
""")
    r.p("Geachte voorzitter,")
    r.p("Met deze brief informeer ik uw Kamer over de voortgang van de hersteloperatie. Sinds de vorige "
        "voortgangsrapportage heeft de <<O:Uitvoeringsorganisatie Herstel Toeslagen>> <<Z:4.820>> Integrale "
        "Beoordelingen afgerond. De gemiddelde doorlooptijd daalde naar <<Z:11 maanden>>.")
    r.p("In het commissiedebat van <<X:26 juni 2025>> vroeg het lid <<H:Inge van Dijk>> naar de ouders die nog op "
        "een beoordeling wachten. Ik heb toegezegd daarover in de volgende rapportage te rapporteren. Ook de "
        "motie-<<H:Stultiens>> over de <<G:Kindregeling>> voer ik uit.")
    r.p("De <<O:Commissie Werkelijke Schade>> heeft in het tweede kwartaal <<Z:1.190>> adviezen uitgebracht. "
        "Samen met de <<O:VNG>> werk ik aan de brede ondersteuning door gemeenten.")
    r.p("De <<H:staatssecretaris van Financiën - Herstel en Toeslagen>>,")
    r.space(14)
    r.p("<<H:S.Th. Palmen-Schlangen|Palmen-Schlangen>>")
    r.build(info={"title": "Kamerbrief voortgang hersteloperatie"})
    notes = [
        (0, "Akkerman, Tessa (DGTO)", "Cijfer 4.820 nog verifiëren bij Floor Mijnhardt; zij belt morgen terug op 06-48302219.", (500, 620)),
        (0, "Bureau SGF", "Stas wil de passage over gemeenten korter. Afgestemd met Tessa.", (500, 480)),
        (0, "Mijnhardt, F.", "Klopt, peildatum 15 juni. Groet, Floor", (500, 560)),
    ]
    add_notes(P("tx19"), notes)
    for t, v in (("Akkerman", "Tessa Akkerman"), ("Tessa", "Tessa Akkerman"), ("Mijnhardt", "Floor Mijnhardt"),
                 ("Floor Mijnhardt", "Floor Mijnhardt"), ("06-48302219", "06-48302219")):
        d.r("T" if t.startswith("06") else "P", t, v, chan="annotations")
    return d


def tx20():
    d = Doc("tx20", "reportlab DejaVu Sans Condensed (TTF subset)")
    r = RL(d, "DejaVuCond", 10)
    r.h("Bestuurlijk overleg Herstel Toeslagen - gemeenten")
    r.lines("""
Datum: <<X:15 mei 2025>>, 13.00-15.00 uur
Plaats: <<O:Ministerie van Financiën>>, <<S:Korte Voorhout>> 7, <<L:Den Haag>>
Voorzitter: <<H:staatssecretaris Palmen>>
""")
    r.h2("Deelnemers")
    r.table([["Naam", "Organisatie", "Rol"],
             ["<<H:F. Halsema|Halsema>>", "<<O:Gemeente Amsterdam>>", "<<J:burgemeester>>"],
             ["<<H:S.A.M. Dijksma|Dijksma>>", "<<O:Gemeente Utrecht>>", "<<J:burgemeester>>"],
             ["[[P:Halsma, G.|Gerda Halsma]]", "<<O:Gemeente Amsterdam>>", "<<J:programmamanager>> hersteloperatie"],
             ["[[P:J. (Joost) Terpstra|Joost Terpstra]]", "<<O:VNG>>", "<<J:senior adviseur>>"],
             ["[[P:Nijenhuis-Aksoy, D.|Derya Nijenhuis-Aksoy]]", "<<O:Gemeente Rotterdam>>", "<<J:ambtelijk opdrachtgever>>"],
             ["[[P:M.L. (Marieke) Scheepstra|Marieke Scheepstra]]", "<<O:UHT>>", "<<J:directeur Ouders>>"],
             ["[[P:Bovenkerk, A.|Arjen Bovenkerk]]", "<<O:Ministerie van Financiën>>", "<<J:secretaris>>"]],
            widths=[170, 150, 150])
    r.h2("Verslag op hoofdlijnen")
    r.p("De <<H:staatssecretaris Palmen>> opent en memoreert dat gemeenten sinds 2021 ruim <<Z:70.000>> ouders "
        "hebben ondersteund. <<H:Burgemeester Halsema>> pleit voor langjarige financiering van de brede "
        "ondersteuning. <<H:Burgemeester Dijksma>> sluit zich daarbij aan. [[P:Halsma]] licht toe dat in "
        "<<L:Amsterdam>> vooral de schuldhulp overbelast is.")
    r.p("[[P:Terpstra]] meldt namens de <<O:VNG>> dat een bestuurlijke afspraak voor 2026 klaarligt. [[P:Scheepstra]] "
        "zegt toe dat de <<O:UHT>> het gegevensprotocol met gemeenten herziet; vragen kunnen naar "
        "[[E:ml.scheepstra@toeslagen.nl]] of <<M:gemeenten@toeslagen.nl>>. [[P:Derya]] vraagt aandacht voor "
        "ouders die na een scheiding in een andere gemeente wonen.")
    r.h2("Afspraken")
    r.p("1. <<O:Financiën>> en <<O:VNG>> werken de financiering uit vóór <<X:1 september 2025>> (trekker "
        "[[P:Bovenkerk]], [[T:06 1188 2047]]). 2. Het volgende overleg is in november in <<L:Utrecht>>.")
    r.build(info={"title": "BO Herstel Toeslagen gemeenten"})
    return d


def tx21():
    d = Doc("tx21", "LibreOffice (python-docx) DejaVu Sans")
    w = DX(d, "DejaVu Sans", 9.5)
    w.p("Telefoonnotitie", bold=True, size=14)
    w.table([["Veld", "Inhoud"],
             ["Datum / tijd", "<<X:4 juni 2025>>, 10.45 uur"],
             ["Gesprek met", "mevrouw [[P:Y. Bakkali-Amezian|Yasmina Bakkali-Amezian]] (ouder, klantnummer [[N:TS-4420981]])"],
             ["Terugbelnummer", "[[T:+31 (0)6 3822 1049]]"],
             ["Genoteerd door", "[[P:Daan van der Linde]]"],
             ["Zaaknummer", "<<R:UHT/IB/2025/041512>>"]])
    w.p("Mevrouw belt omdat de betaling van de compensatie nog niet is ontvangen. Haar man, [[P:Youssef]], heeft "
        "een nieuw rekeningnummer doorgegeven; zij wil weten of de betaling nu naar die rekening gaat. Ik heb "
        "bevestigd dat de betaling in de uitbetalingslijst van week 14 stond en binnen tien werkdagen volgt.")
    w.p("Mevrouw vertelt dat het gezin het zwaar heeft: zij is [[S:onder behandeling bij de GGZ]] en haar zoon "
        "[[P:Amin|Amin Bakkali]] gaat niet meer naar school. Zij vraagt of de <<O:gemeente Utrecht>> kan helpen. Ik heb "
        "haar gewezen op de brede ondersteuning en op de hulplijn <<Y:0800-2275>>. Ook noemde zij dat zij via "
        "[[S:de moskee aan de Kanaalstraat]] hulp krijgt bij het invullen van formulieren.")
    w.p("Afspraak: [[P:Daan]] belt mevrouw uiterlijk <<X:11 juni 2025>> terug. Collega [[P:Jorien van Rijckevorsel]] "
        "controleert de betaling ([[E:j.vanrijckevorsel@toeslagen.nl]]).")
    w.core(author="D. van der Linde", title="Telefoonnotitie")
    w.build()
    d.r("P", "D. van der Linde", "Daan van der Linde", chan="metadata")
    return d


def tx22():
    d = Doc("tx22", "reportlab Helvetica, English e-mail")
    r = RL(d, "Helvetica", 9.5)
    r.h("VAT carousel - request for information (EUROFISC)")
    r.lines("""
<b>From:</b> [[P:Harriet Okonkwo-Blake]] <[[E:harriet.okonkwo-blake@hmrc.gov.uk]]>
<b>Sent:</b> <<X:17 June 2025>> 15:48
<b>To:</b> [[P:Bart Slaghekke]] <[[E:b.slaghekke@fiod.nl]]>
<b>Cc:</b> [[P:Pieter-Jan De Smedt]]; <<M:eurofisc-nl@belastingdienst.nl>>
<b>Subject:</b> RE: BOREAS - UK leg of the mobile phone chain
""")
    r.p("Dear [[P:Bart]],")
    r.p("Further to our call, I can confirm that <<O:Baltic Phone Trading B.V.>> sold mobile phones to two UK "
        "companies in 2023. The director of the first, Mr [[P:Nikhil Varadarajan]] (date of birth "
        "[[D:11/09/1982]]), has been interviewed under caution. The second company, <<O:Northgate Devices Ltd>>, is "
        "dormant; its sole director [[P:Craig Ashworth-Reid]] lives at [[A:14 Tennyson Road]], [[A:Luton LU1 3RS]].")
    r.p("We understand that your suspect, Mr [[P:Baccarini|Ferdinand Baccarini]], uses the mobile number "
        "[[T:+44 7700 914 382]] when in the UK. Please treat this as intelligence only, under the <<W:Council "
        "Regulation (EU) No 904/2010>> framework.")
    r.p("Best wishes,<br/>[[P:Harriet]]<br/><<J:Senior Officer>>, <<O:HMRC>> Fraud Investigation Service<br/>"
        "Tel. [[T:+44 (0)3000 578 214]] | Mob. [[T:07700 914 019]]")
    r.space(8)
    r.lines("""
<b>From:</b> [[P:Pieter-Jan De Smedt]] <[[E:pieterjan.desmedt@minfin.fed.be]]>
<b>Sent:</b> <<X:16 June 2025>> 10:02
<b>Subject:</b> BOREAS - Belgian leg
""")
    r.p("Colleagues, the Belgian company in the chain is administered by Mevrouw [[P:Katrien Van Hoorebeke]]. Contact at our side: [[P:Pieter-Jan]] on [[T:+32 2 572 63 04]] or [[T:0475 38 22 16]]. The "
        "<<O:Federale Overheidsdienst Financiën>> will raise it at the <<G:Eurofisc>> working field 1 meeting in "
        "<<L:Brussels>>. Note that our minister, <<H:Jan Jambon>>, has announced a national plan against VAT fraud.")
    r.p("Regards, [[P:PJ|Pieter-Jan De Smedt]]")
    r.build(info={"title": "VAT carousel RFI"})
    return d
