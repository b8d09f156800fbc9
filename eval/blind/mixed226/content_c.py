from lib import Doc

W = "{{Coöperatie Dorpswinkel Westernieland U.A.}}"
P = "{{Provincie Groningen}}"
R = "{{Subsidieregeling Leefbaarheid Kleine Kernen 2026}}"
Z = "{{SUB-2026-04417}}"

FILL = ("De vergadering bespreekt de stand van zaken uitgebreid. Er wordt gesproken over de openingstijden, "
        "de samenwerking met de groothandel, het assortiment streekproducten en de inzet van vrijwilligers in "
        "de zomermaanden. Het bestuur zegt toe de punten schriftelijk terug te koppelen aan de leden. ")

DOCS = [
Doc("dw18_notulen_alv", "Notulen ALV", f"""# Notulen Algemene Ledenvergadering
{W}
Datum: 19 februari 2026, 20.00 uur, {{{{Dorpshuis De Wierde}}}}, {{{{Hoofdstraat 30}}}}
# Aanwezig
Naam | Rol | Initialen
[[Geertje Dijkhuizen-Oosting]] | voorzitter | [[GDO]]
[[Jan-Willem ter Horst]] | secretaris (notulen) | [[JWtH]]
[[Sietske van 't Wout]] | penningmeester | [[SvtW]]
[[Ömer Çelik]] | bestuurslid | [[ÖÇ]]
Verder 60 leden volgens presentielijst; afwezig met bericht: [[Wiebe Pot]] (dorpsraad), [[Zoë Veldkamp]].
# 1. Opening
De voorzitter opent de vergadering en heet in het bijzonder [[Jeroen Slagter]] van de gemeente welkom. {FILL}
# 2. Subsidieaanvraag provincie
De secretaris licht de aanvraag in het kader van de {R} toe. Het gaat om € 48.500. [[Bertus Wiersma]] vraagt of de coöperatie niet te afhankelijk wordt van subsidie. De penningmeester antwoordt dat de begroting vanaf 2028 sluit zonder subsidie. {FILL}
# 3. Concurrentie
[[Klaas Smit]] meldt dat [[Hendrik Kamminga]] van {{{{Buurtsuper De Wierde}}}} in het dorp rondvertelt dat hij gaat procederen. Besloten wordt hem uit te nodigen voor een gesprek over samenwerking (bijvoorbeeld bezorging van zijn versproducten). {FILL}
# 4. Rooster en vrijwilligers
[[Annechien Kuipers]] maakt het rooster. Er zijn 41 vrijwilligers. Vrijwilligers met gezondheidsklachten kunnen kortere diensten draaien; [[Hillie de Groot]] meldt dat zij na haar heupoperatie tijdelijk stopt. {FILL}
# 5. Rondvraag en sluiting
Er wordt gevraagd naar de samenwerking met {{{{Kern met Pit}}}} en {{{{Jantje Beton}}}}. {FILL}
# Actielijst
Nr | Actie | Wie | Wanneer
1 | aanvulling aanvraag naar provincie | [[JWtH]] | 2 maart
2 | gesprek met [[Kamminga]] plannen | [[GDO]] | maart
3 | kassa-instructie {{{{Boni-Markten}}}} | [[AK]] | 10 maart
4 | offerte verbouwing {{{{Bos Interieurbouw}}}} | [[ÖÇ]] | maart
""", producer="docx", meta={"Author": "Jan-Willem ter Horst", "Producer": "LibreOffice 7.6"},
   hidden=[]),

Doc("dw19_notulen_dorpsraad", "Notulen dorpsraad", f"""# Verslag vergadering {{{{Dorpsraad Westernieland}}}}
12 januari 2026, {{{{Dorpshuis De Wierde}}}}
Aanwezig: [[W. Pot]] (vz), [[I. Mulder]] (secr.), [[G.J. Oosting]], [[A. de Vries-Bolhuis]], [[R.H.M. Haikens]]
Gast: {{{{wethouder Hoekstra}}}} ({{{{Gemeente Het Hogeland}}}})
# 1. Dorpswinkel
[[Pot]] meldt dat de coöperatie een aanvraag voorbereidt bij de provincie. {{{{Wethouder Hoekstra}}}} zegt namens het college € 5.000 toe uit het {{{{Leefbaarheidsfonds Het Hogeland}}}}. {FILL}
# 2. Bus en bereikbaarheid
Lijn {{{{68}}}} van {{{{Qbuzz}}}} rijdt nog twee keer per dag. Het {{{{OV-bureau Groningen Drenthe}}}} onderzoekt een buurtbus. {FILL}
# 3. Leegstand
Het oude postkantoor aan de {{{{Hoofdstraat 21}}}} is eigendom van de {{{{Stichting Oude Postkantoor}}}}. {FILL}
# Acties
[[IM]]: steunbrief dorpswinkel naar provincie | [[WP]]: contact [[Kamminga]] over bezorging
Volgende vergadering: 9 maart 2026. Contact: {{{{info@dorpsraadwesternieland.nl}}}}
""", producer="odt", meta={"Author": "Ineke", "Producer": "LibreOffice 7.6"}, hidden=[("metadata", "Ineke")]),

Doc("dw20_factuur_bos", "Factuur interieurbouw", f"""# FACTUUR
{{{{Bos Interieurbouw}}}} - eigenaar [[Remco Bos]]
[[Dijkweg 3]], [[9975 TA Usquert]]
Tel. [[06-47 11 83 20]] - [[remco@bosinterieurbouw.nl]]
KvK [[58220417]] - BTW [[NL001876543B21]] - IBAN [[NL91 ABNA 0417 1643 00]]
Aan: {W}, {{{{Hoofdstraat 21}}}}, 9965 PA Westernieland
Factuurnummer: {{{{2026-014}}}}   Datum: 2 februari 2026   Uw referentie: {Z}
Omschrijving | Aantal | Prijs | Totaal
Demontage oude toonbank postkantoor | 1 | 450,00 | 450,00
Schappen eiken, op maat | 14 m | 165,00 | 2.310,00
Koelmeubel aansluiten ({{{{Hillphoenix}}}}) | 1 | 440,00 | 440,00
Totaal excl. btw | | | 3.200,00
BTW 21% | | | 672,00
Totaal | | | 3.872,00 (+ 3,00 afronding)
Betaling binnen 14 dagen. Bij vragen: [[Remco]] ([[06-47 11 83 20]]).
""", font="DejaVuSans", meta={"Producer": "PDFpen 13.1", "Creator": "Moneybird"}),

Doc("dw21_factuur_boekhouder", "Factuur administratie", f"""# Factuur
Administratiekantoor [[Van der Ploeg]] - [[Aaltje van der Ploeg-Smid]] AA
[[Zuiderstraat 18]], [[9988 RA Usquert]] | [[0595 45 19 92]] | [[aaltje@vanderploegadministratie.nl]]
KvK [[67891234]] | IBAN [[NL26 INGB 0755 2034 11]]
Aan: {W}
Factuur {{{{VdP-2026-031}}}} d.d. 28 februari 2026
Opstellen begroting 2026-2027 t.b.v. subsidieaanvraag {R} - 6 uur à € 62,50 = € 375,00
Controle UBO-opgave en ledenadministratie - 2 uur à € 62,50 = € 125,00
Totaal € 500,00 (vrijgesteld van btw, {{{{KOR}}}})
Betaling binnen 30 dagen.
""", font="Times-Roman", meta={"Producer": "Aspose.Words for .NET 22.1"}),

Doc("dw22_teams_chat", "Teams-chat provincie", f"""Chat: Subsidie Westernieland ({Z})
Deelnemers: [[Marloes Brinkman-Holtrop]], [[Rutger Spanninga]], [[Lieke Noordhof]], [[Harm Oosterveld]]
[[Brinkman-Holtrop, Marloes]] 10:14
Rutger, die meneer uit Pieterburen heeft weer gebeld. Wil jij hem terugbellen? Ik heb 'm niet meer geduld 😅
[[Spanninga, Rutger]] 10:16
Ja doe ik. Wat is zijn nummer?
[[Brinkman-Holtrop, Marloes]] 10:16
[[06-22914063]], [[Kamminga]]. Hij heeft het over staatssteun
[[Noordhof, Lieke]] 10:31
Staatssteun is gecheckt, de-minimis ruim onder het plafond, ook met de gemeente erbij. Zet het wel in de nota.
[[Oosterveld, Harm]] 10:40
Ik heb de verklaring van [[Ömer Çelik]] nog niet getekend terug. Kan [[Geertje]] daarvoor zorgen?
[[Brinkman-Holtrop, Marloes]] 10:42
Ik app haar. Gedeputeerde wil het besluit voor het {{{{Statenvragen}}}}-debat rond hebben.
[[Spanninga, Rutger]] 11:05
Gebeld. Niet prettig. Hij zei letterlijk dat hij [[de voorzitter van die club]] wel zou vinden. Ik meld het bij {{{{Integriteit en Veiligheid}}}}.
[[Noordhof, Lieke]] 11:07
Goed. Geen privéadressen in het dossier voor het bezwaar.
[[MB]] 11:08
👍
""", font="DejaVuSans", meta={"Producer": "Microsoft Teams export", "Author": "Brinkman-Holtrop, Marloes"},
   hidden=[]),

Doc("dw23_hoorzitting", "Verslag hoorzitting", f"""# Verslag hoorzitting {{{{Commissie bezwaarschriften}}}} {P}
Zaak: {{{{BZW-2026-0093}}}}, bezwaar van [[H.J. Kamminga]] tegen besluit {{{{2026-031882}}}}
Datum: 26 mei 2026, {{{{Provinciehuis}}}}, {{{{Martinikerkhof 12}}}}, Groningen
Commissie: {{{{mr. A.B. Holwerda}}}} (voorzitter), {{{{drs. K. Feenstra}}}}, {{{{mr. T. Elzinga}}}} (externe leden)
Secretaris: [[mr. L. Noordhof]]
Bezwaarde: [[M. Brinkman-Holtrop]] en [[R.J. Spanninga]] namens {{{{Gedeputeerde Staten}}}}
Bezwaarmaker: [[de heer Kamminga]], bijgestaan door [[mr. drs. P.C. van der Meulen-Ubbens]]
Derde-belanghebbende: [[mevrouw Dijkhuizen-Oosting]] en [[de heer Ter Horst]] namens de coöperatie
# Standpunt bezwaarmaker
[[De heer Kamminga]] licht zijn bezwaar toe. Hij stelt dat zijn omzet met 14% is gedaald en dat hij overweegt te stoppen. [[Mevrouw Van der Meulen-Ubbens]] betoogt dat de gemeentelijke bijdrage moet worden opgeteld bij de provinciale. {FILL}
# Standpunt college
[[Mevrouw Brinkman-Holtrop]] verwijst naar de {{{{de-minimisverordening}}}}: het plafond van € 300.000 per drie jaar wordt met € 53.500 bij elkaar lang niet bereikt. {FILL}
# Standpunt coöperatie
[[Mevrouw Dijkhuizen-Oosting]] zegt dat de coöperatie samenwerking heeft aangeboden. {FILL} {FILL}
# Vragen van de commissie
De voorzitter vraagt of de bezwaarmaker in Westernieland een vestiging heeft. Dat is niet het geval. {FILL} {FILL}
""", producer="docx", meta={"Author": "Noordhof, L.", "Producer": "Microsoft Word"},
   hidden=[]),

Doc("dw24_advies_commissie", "Advies commissie bezwaarschriften", f"""# Advies {{{{Commissie bezwaarschriften}}}}
Zaak {{{{BZW-2026-0093}}}} - bezwaarmaker: [[H.J. Kamminga]], {{{{Pieterburen}}}}
# 1. Ontvankelijkheid
Bezwaarmaker is belanghebbende als concurrent in hetzelfde marktsegment en verzorgingsgebied (vgl. {{{{ECLI:NL:RVS:2019:1694}}}}). Het bezwaar is tijdig ingediend.
# 2. Staatssteun
De commissie is van oordeel dat het college de {{{{Verordening (EU) 2023/2831}}}} juist heeft toegepast. {FILL}
# 3. Zorgvuldigheid
Het college was niet verplicht bezwaarmaker vóór het besluit te horen. {FILL}
# 4. Advies
De commissie adviseert het bezwaar ongegrond te verklaren en het besluit in stand te laten. {FILL}
Groningen, 9 juni 2026
{{{{mr. A.B. Holwerda}}}}, voorzitter          [[mr. L. Noordhof]], secretaris
""", font="DejaVuSans", outline=["Advies BZW-2026-0093 - opgesteld door L. Noordhof",
                                "Concept gelezen door Anna Brouwer-Dekkers", "Bijlage: verweerschrift R. Spanninga"],
   hidden=[("outline", "Anna Brouwer-Dekkers"), ("outline", "R. Spanninga")],
   meta={"Producer": "iText 5.5.13", "Creator": "Corsa"}),

Doc("dw25_beslissing_bezwaar", "Beslissing op bezwaar", f"""{{{{Gedeputeerde Staten}}}} van {P}
Aan: de heer [[H.J. Kamminga]], [[Molenweg 7]], [[9968 AB Pieterburen]]
Datum: 30 juni 2026   Kenmerk: {{{{BZW-2026-0093}}}}
Onderwerp: beslissing op uw bezwaar
Geachte heer [[Kamminga]],
Wij hebben uw bezwaar van 20 april 2026 tegen ons besluit van 12 maart 2026 ({{{{2026-031882}}}}) heroverwogen. Wij nemen het advies van de {{{{Commissie bezwaarschriften}}}} over en verklaren uw bezwaar ongegrond. Een vergoeding van kosten op grond van artikel 7:15 {{{{Awb}}}} kennen wij niet toe.
Beroep: binnen zes weken bij de {{{{Rechtbank Noord-Nederland}}}}, {{{{Postbus 150}}}}, 9700 AD Groningen.
Hoogachtend,
Gedeputeerde Staten van {P},
namens dezen,
{{{{M. Tuinstra}}}}, gedeputeerde
Afschrift: {W}
""", font="Times-Roman", notes=[("Spanninga, Rutger", "Marloes: graag nog even checken of dit klopt met het advies. Bel me op 06-51184400"),
                                 ("Brinkman-Holtrop, Marloes", "Akkoord, ook voorgelegd aan Jolanda Wierenga-Vos van Communicatie")],
   hidden=[("annotations", "Spanninga, Rutger"), ("annotations", "06-51184400"),
           ("annotations", "Brinkman-Holtrop, Marloes"), ("annotations", "Jolanda Wierenga-Vos"), ("annotations", "Marloes")],
   meta={"Producer": "Adobe Acrobat Pro 2020", "Creator": "Microsoft Word"}),
]

DOCS += [
Doc("dw26_statenvragen", "Statenvragen en antwoord", f"""# Schriftelijke vragen ex artikel 45 {{{{Reglement van Orde Provinciale Staten}}}}
Vragensteller: {{{{Statenlid Mulderij}}}} ({{{{BBB}}}})   Datum: 17 maart 2026   Nummer: {{{{SV-2026-027}}}}
Onderwerp: subsidie dorpswinkel Westernieland en gevolgen voor de middenstand
Via de media vernam ik dat het college € 48.500 verleent aan de dorpswinkel in Westernieland. Een winkelier in Pieterburen vreest voor zijn bestaan.
1. Heeft het college vooraf gesproken met ondernemers in de omgeving?
2. Hoe verhoudt deze subsidie zich tot de staatssteunregels?
3. Is het college bereid de {R} te evalueren op effecten voor zelfstandige ondernemers?
# Antwoord van {{{{Gedeputeerde Staten}}}} (14 april 2026)
1. Ja. Onze ambtenaren hebben op 4 maart 2026 telefonisch gesproken met de betrokken ondernemer. Wij noemen zijn naam niet; hij heeft inmiddels bezwaar gemaakt, zaak {{{{BZW-2026-0093}}}}. {FILL}
2. De subsidie valt onder de {{{{de-minimisverordening}}}}. {FILL}
3. De regeling wordt in 2027 geëvalueerd door {{{{Rijksuniversiteit Groningen}}}} (lectoraat {{{{Krimp en Leefbaarheid}}}}). {FILL}
Wij verwijzen ook naar de motie van {{{{Statenlid De Haan}}}} ({{{{GroenLinks}}}}) over dorpsvoorzieningen. {FILL} {FILL}
Gedeputeerde Staten van {P},
{{{{R. Paas}}}}, voorzitter          {{{{M. Tuinstra}}}}, gedeputeerde
Ambtelijk voorbereid door: [[M. Brinkman-Holtrop]] ([[MBH]])
""", meta={"Producer": "Microsoft® Word 2019", "Creator": "iBabs"}),

Doc("dw27_begroting", "Begroting coöperatie", f"""# Exploitatiebegroting 2026-2027
{W} - bijlage bij {Z}
Opgesteld door: [[A. van der Ploeg-Smid]], administratiekantoor   Gecontroleerd: [[S. van 't Wout]]
Post | 2026 | 2027 | Toelichting
Omzet winkel | 260.000 | 310.000 | 6 dagen open
Inkoop {{{{Boni-Markten}}}} | 198.000 | 235.000 | marge 24%
Huur {{{{Stichting Oude Postkantoor}}}} | 7.800 | 7.800 | Hoofdstraat 21
Energie | 9.400 | 9.100 | koeling {{{{Hillphoenix}}}}
Verzekering | 1.650 | 1.650 | {{{{Interpolis}}}}
Bezorgauto (lease) | 4.200 | 4.200 | elektrisch
Coördinator 12 uur p/w | 14.600 | 14.900 | [[Annechien Kuipers]], 0,33 fte
Vrijwilligersvergoeding | 3.600 | 3.600 | 9 x € 400 o.a. [[D. Hekman]], [[K. Smit]]
Subsidie provincie | 25.000 | 23.500 | {R}
Bijdrage gemeente | 5.000 | - | Leefbaarheidsfonds gemeente
Saldo | -1.850 | 1.350 |
Toelichting: de coördinator ontvangt een vrijwilligersvergoeding boven het maximum; dit is besproken met de {{{{Belastingdienst}}}}. Ziekteverzuim van vrijwilligers wordt opgevangen door een reservepool van 6 personen.
""", producer="docx", meta={"Author": "Aaltje", "Producer": "Microsoft Excel"}, hidden=[("metadata", "Aaltje")]),

Doc("dw28_voorschot", "Brief voorschot", f"""{P}
Aan: {W}, t.a.v. de penningmeester [[mevrouw S. van 't Wout]]
[[Wierdeweg 5]], [[9965 PD Westernieland]]
Datum: 2 april 2026   Kenmerk: {{{{2026-044107}}}}   Zaak: {Z}
Onderwerp: betaling voorschot
Geachte [[mevrouw Van 't Wout]],
Zoals aangekondigd in ons besluit van 12 maart 2026 betalen wij een voorschot van € 38.800 op {{{{NL12 RABO 0345 6789 01}}}} ten name van de coöperatie. U vindt de betaling terug onder vermelding van {{{{2026-044107}}}}.
Wij vragen u de vaststellingsaanvraag in te dienen via het eLoket. Gebruik daarvoor het formulier "{{{{Verantwoording tot € 125.000}}}}".
Met vriendelijke groet,
[[Harm Oosterveld]]
medewerker {{{{Subsidiebureau}}}}, [[050 316 4109]], [[h.oosterveld@provinciegroningen.nl]]
""", producer="odt", meta={"Producer": "LibreOffice 7.6", "Creator": "Corsa"}),

Doc("dw29_mail_kamminga", "Mail bezwaarmaker", f"""Van: [[Hendrik Kamminga]] <[[hendrik@kamminga-pieterburen.nl]]>
Verzonden: vrijdag 6 maart 2026 23:48
Aan: {{{{info@provinciegroningen.nl}}}}
CC: [[r.spanninga@provinciegroningen.nl]]; {{{{redactie@dvhn.nl}}}}
Onderwerp: subsidie aan oneerlijke concurrent
Geachte heer [[Spanninga]],
U heeft mij dinsdag gebeld maar niets beloofd. Ik wil weten wie in dat bestuur zit. Mevrouw [[Dijkhuizen]] van de coöperatie was vroeger nog klant bij mij. Ik stuur dit ook naar het {{{{Dagblad van het Noorden}}}}.
[[H. Kamminga]]
{{{{Buurtsuper De Wierde}}}} - [[06-22914063]]

Van: {{{{info@provinciegroningen.nl}}}}
Verzonden: maandag 9 maart 2026 09:12
Aan: [[Hendrik Kamminga]]
Onderwerp: RE: subsidie aan oneerlijke concurrent
Geachte heer [[Kamminga]],
Wij hebben uw e-mail ontvangen en doorgestuurd naar de behandelaar. Gegevens van bestuurders van de coöperatie verstrekken wij niet; u kunt het openbare {{{{Handelsregister}}}} raadplegen. Voor een klacht kunt u terecht bij de {{{{Nationale ombudsman}}}}.
Met vriendelijke groet,
{{{{Klantcontactcentrum}}}} {P} | {{{{050 316 4911}}}}
""", meta={"Producer": "Microsoft Outlook 16.0"}),

Doc("dw30_woo_verzoek", "Woo-verzoek", f"""[[Lotte Hazenberg]]
freelance journalist
[[Oosterstraat 44-b]], [[9711 NS Groningen]]
[[lotte.hazenberg@protonmail.com]] | [[06-1857 3390]]
Aan: {P}, {{{{woo@provinciegroningen.nl}}}}
Groningen, 3 augustus 2026
Betreft: verzoek op grond van de {{{{Wet open overheid}}}}
Geacht college,
Hierbij verzoek ik u om openbaarmaking van alle documenten over de subsidie aan de dorpswinkel in Westernieland (zaak {Z}) en het bezwaar daartegen, in de periode 1 januari 2026 tot en met 31 juli 2026, waaronder e-mails, chatberichten, notities en adviezen.
Ik verzoek u de documenten digitaal te verstrekken.
Met vriendelijke groet,
[[L. Hazenberg]]
""", font="DejaVuSans", meta={"Producer": "Skia/PDF m120", "Creator": "Google Docs", "Author": "Lotte Hazenberg"},
   hidden=[]),

Doc("dw31_woo_besluit", "Woo-besluit", f"""{{{{Gedeputeerde Staten}}}} van {P}
Aan: [[mevrouw L. Hazenberg]]
[[Oosterstraat 44-b]]
[[9711 NS Groningen]]
Datum: 28 september 2026   Kenmerk: {{{{WOO-2026-0218}}}}
Onderwerp: besluit op uw Woo-verzoek
Geachte [[mevrouw Hazenberg]],
Op 3 augustus 2026 ontvingen wij uw verzoek op grond van de {{{{Wet open overheid}}}} (Woo). Wij hebben de ontvangst bevestigd op 5 augustus 2026 en de beslistermijn op 30 augustus 2026 met twee weken verdaagd.
# Besluit
Wij maken de documenten genoemd in de inventarislijst deels openbaar. Wij hebben 31 documenten aangetroffen.
# Overwegingen
Persoonsgegevens (artikel 5.1, tweede lid, aanhef en onder e Woo). In de documenten staan namen, telefoonnummers, e-mailadressen, adressen, geboortedata en handtekeningen van ambtenaren die niet in de openbaarheid treden, van bestuursleden en vrijwilligers van de coöperatie, van de bezwaarmaker en van andere inwoners. Het belang van openbaarheid weegt niet op tegen hun belang van eerbiediging van de persoonlijke levenssfeer. Namen van de gedeputeerde, de wethouder, Statenleden en de woordvoerder maken wij wel openbaar. {FILL}
Identificatienummers (artikel 5.1, eerste lid, onder e Woo). Het burgerservicenummer in de bestuurdersverklaring maken wij niet openbaar. {FILL}
Gezondheid (artikel 5.1, eerste lid, onder d Woo). Gegevens over de gezondheid van vrijwilligers maken wij niet openbaar. {FILL}
Bedrijfsgegevens (artikel 5.1, eerste lid, onder c Woo). Het omzetoverzicht van de bezwaarmaker is vertrouwelijk aan ons meegedeeld en blijft geheim. {FILL}
# Openbaarmaking
De documenten worden gepubliceerd op {{{{open.overheid.nl}}}}. Bezwaar kan binnen zes weken.
Hoogachtend,
Gedeputeerde Staten van {P},
namens dezen,
[[drs. J.P. Mellema]]
coördinator {{{{Informatiebeheer}}}}
""", producer="docx", meta={"Author": "Mellema, Jan Pieter", "Producer": "Microsoft Word"},
   hidden=[("metadata", "Mellema, Jan Pieter")]),
]

ROWS = [
    ("1", "aanvraag subsidie", "16-02-2026", "deels openbaar", "5.1.2e"),
    ("2", "bestuurdersverklaring (formulier)", "16-02-2026", "deels openbaar", "5.1.1e, 5.1.2e"),
    ("3", "rekeningafschrift februari", "02-03-2026", "deels openbaar", "5.1.2e"),
    ("4", "rooster vrijwilligers maart", "01-03-2026", "deels openbaar", "5.1.2e"),
    ("5", "rooster vrijwilligers april", "20-03-2026", "deels openbaar", "5.1.1d, 5.1.2e"),
    ("6", "beoordelingsformulier", "06-03-2026", "deels openbaar", "5.1.2e"),
    ("7", "beslisnota", "09-03-2026", "deels openbaar", "5.1.2e"),
    ("8", "besluit subsidieverlening", "12-03-2026", "deels openbaar", "5.1.2e"),
    ("9", "e-mail dorpsraad", "24-02-2026", "deels openbaar", "5.1.2e"),
    ("10", "e-mail gemeente", "04-03-2026", "deels openbaar", "5.1.2e"),
    ("11", "WhatsApp-export vrijwilligers", "05-03-2026", "deels openbaar", "5.1.2e"),
    ("12", "persbericht", "13-03-2026", "openbaar", "-"),
    ("13", "bezwaarschrift", "20-04-2026", "deels openbaar", "5.1.1c, 5.1.2e"),
    ("14", "ontvangstbevestiging bezwaar", "23-04-2026", "deels openbaar", "5.1.2e"),
    ("15", "brief inwoner (scan)", "08-03-2026", "deels openbaar", "5.1.2e"),
    ("16", "presentielijst ALV (scan)", "19-02-2026", "deels openbaar", "5.1.2e"),
    ("17", "telefoonnotitie (scan)", "04-03-2026", "deels openbaar", "5.1.2e"),
    ("18", "notulen ALV coöperatie", "19-02-2026", "deels openbaar", "5.1.1d, 5.1.2e"),
    ("19", "verslag dorpsraad", "12-01-2026", "deels openbaar", "5.1.2e"),
    ("20", "factuur interieurbouw", "02-02-2026", "deels openbaar", "5.1.2e"),
    ("21", "factuur administratiekantoor", "28-02-2026", "deels openbaar", "5.1.2e"),
    ("22", "Teams-chat", "11-03-2026", "deels openbaar", "5.1.2e"),
    ("23", "verslag hoorzitting", "26-05-2026", "deels openbaar", "5.1.2e"),
    ("24", "advies commissie bezwaarschriften", "09-06-2026", "deels openbaar", "5.1.2e"),
    ("25", "beslissing op bezwaar", "30-06-2026", "deels openbaar", "5.1.2e"),
    ("26", "Statenvragen en antwoord", "14-04-2026", "openbaar", "-"),
    ("27", "exploitatiebegroting", "15-02-2026", "deels openbaar", "5.1.2e"),
    ("28", "brief voorschot", "02-04-2026", "deels openbaar", "5.1.2e"),
    ("29", "e-mail bezwaarmaker", "09-03-2026", "deels openbaar", "5.1.2e"),
    ("30", "omzetoverzicht bezwaarmaker", "20-04-2026", "niet openbaar", "5.1.1c"),
    ("31", "dubbel van document 8", "12-03-2026", "reeds openbaar", "-"),
]
_inv = "\n".join(f"{{{{0218-{int(a):03d}}}}} | {b} | {c} | {d} | {e}" for a, b, c, d, e in ROWS)
DOCS += [
Doc("dw32_inventarislijst", "Inventarislijst", f"""# Inventarislijst bij besluit {{{{WOO-2026-0218}}}}
Verzoeker: [[L. Hazenberg]] - onderwerp: subsidie dorpswinkel Westernieland en bezwaar
Document-ID | Omschrijving | Datum | Beoordeling | Grond
{_inv}
Toelichting: document 31 is een dubbel van document 8 en wordt niet opnieuw gepubliceerd. Opgesteld door [[J.P. Mellema]] ([[JPM]]) met medewerking van [[Harm Oosterveld]].
""", font="DejaVuSans", meta={"Producer": "Microsoft® Excel® voor Microsoft 365", "Creator": "Microsoft Excel"}),

Doc("dw33_woo_ontvangst", "Ontvangstbevestiging Woo", f"""{P}
Aan: [[mevrouw L. Hazenberg]], per e-mail: [[lotte.hazenberg@protonmail.com]]
Datum: 5 augustus 2026   Kenmerk: {{{{WOO-2026-0218}}}}
Onderwerp: ontvangstbevestiging Woo-verzoek
Geachte [[mevrouw Hazenberg]],
Op 3 augustus 2026 hebben wij uw verzoek ontvangen om openbaarmaking van documenten over de subsidie aan de dorpswinkel in Westernieland. Wij beslissen binnen vier weken; deze termijn kan met twee weken worden verdaagd (artikel 4.4 {{{{Woo}}}}).
Derden van wie gegevens in de documenten staan, zoals {W} en de bezwaarmaker, krijgen mogelijk de gelegenheid hun zienswijze te geven.
Vragen? Mail {{{{woo@provinciegroningen.nl}}}} of bel {{{{050 316 4911}}}} en vraag naar de Woo-coördinator.
Met vriendelijke groet,
[[J.P. Mellema]], coördinator {{{{Informatiebeheer}}}}
""", meta={"Producer": "Nitro PDF Creator 13", "Author": "JPM"}, hidden=[]),
]

VOL = [("Bertus Wiersma", "06 13 44 72 90", "bertuswiersma@hotmail.com", "Kerkpad 4"),
       ("Annechien Kuipers", "06-28473302", "annechien.kuipers@ziggo.nl", "Hoofdstraat 19"),
       ("Hillie de Groot", "0595-427731", "hilliedegroot@planet.nl", "Wierdeweg 9"),
       ("Klaas Smit", "06 4011 2378", "k.smit1952@kpnmail.nl", "Molenstreek 2"),
       ("Renée Pijl", "+31 6 1188 0442", "renee.pijl@gmail.com", "Hoofdstraat 8"),
       ("Froukje Bakker", "06-19904512", "froukje@bakkerhoeve.nl", "Oude Dijk 1"),
       ("Douwe Hekman", "06-38812207", "dou.hekman@outlook.com", "Kerkpad 11"),
       ("Zoë Veldkamp", "06 2749 0385", "zoe.veldkamp@student.rug.nl", "Hoofdstraat 27a"),
       ("Tjitske Zandstra", "0595 42 19 06", "tjitske.zandstra@hetnet.nl", "Wierdeweg 2"),
       ("Geert-Jan Oosting", "06-51 90 22 17", "gj.oosting@agrio.nl", "Oosternieland 3"),
       ("Sjoukje de Vries-Bolhuis", "+31 6 4471 0935", "sjoukje.devries@gmail.com", "Menno van Coehoornweg 15"),
       ("Jelle Dijkstra", "0031 595 428 002", "jelle.dijkstra@xs4all.nl", "Kerkpad 7"),
       ("Gerrit Bolhuis", "06 5533 1876", "g.bolhuis@kpnplanet.nl", "Molenstreek 6")]
_vol = "\n".join(f"{i} | [[{n}]] | [[{p}]] | [[{a}]]" for i, (n, p, e, a) in enumerate(VOL, 1))
_mail = "\n".join(f"{i} | [[{e}]]" for i, (n, p, e, a) in enumerate(VOL, 1))
DOCS += [
Doc("dw34_contactlijst", "Contactlijst vrijwilligers", f"""# Contactlijst vrijwilligers (intern - niet verspreiden)
{W} - stand 1 maart 2026 - beheer: roostermaker
Nr | Naam | Telefoon | Adres (Westernieland)
{_vol}

Nr | E-mail (voor nieuwsbrief en rooster)
{_mail}
Noodnummer winkel: {{{{0595 - 42 10 10}}}}. Storing kassa: helpdesk {{{{CCV}}}} {{{{0800 - 0222 333}}}}.
Deze lijst is op verzoek van de provincie als bijlage bij de aanvulling van {Z} meegestuurd.
""", font="DejaVuSans", meta={"Producer": "Microsoft® Excel® 2016", "Creator": "Microsoft Excel", "Author": "akuipers"},
   hidden=[("metadata", "akuipers")]),

Doc("dw35_mail_opening", "Mailwisseling opening", f"""Van: [[Mulder, Ineke]] <[[secretaris.ineke@gmail.com]]>
Verzonden: donderdag 16 april 2026 14:20
Aan: {{{{info@provinciegroningen.nl}}}}; [[Brinkman-Holtrop, Marloes]]
CC: [[Pot, Wiebe]]; [[Geertje Dijkhuizen]] <[[geertje.dijkhuizen@planet.nl]]>
Onderwerp: FW: uitnodiging opening dorpswinkel 1 mei
Beste mevrouw [[Brinkman-Holtrop]],
Namens dorpsraad en coöperatie nodigen wij {{{{gedeputeerde Tuinstra}}}} uit voor de opening op vrijdag 1 mei om 10.00 uur. {{{{Wethouder Hoekstra}}}} komt ook. De kinderen van {{{{obs De Wierde}}}} zingen. Wilt u doorgeven of de gedeputeerde het lint wil knippen?
Hartelijke groet,
[[Ineke Mulder]], secretaris {{{{Dorpsraad Westernieland}}}}
[[06-14 25 36 47]]

Van: [[Geertje Dijkhuizen]]
Verzonden: woensdag 15 april 2026 22:03
Aan: [[Mulder, Ineke]]
Onderwerp: uitnodiging opening dorpswinkel 1 mei
Hoi [[Ineke]],
Kun jij namens de dorpsraad de provincie uitnodigen? [[Jan-Willem]] heeft contact met de {{{{Ommelander Courant}}}} en {{{{RTV Noord}}}}. [[Sietske]] regelt koffie en krentenbrood bij {{{{Bakkerij Dijkstra}}}} in Winsum (bestelling op naam van de coöperatie).
[[Bertus]] en [[Dou]] zetten de partytent op; [[Ömer]] doet het geluid. Als [[Kamminga]] komt protesteren laten we hem gewoon koffie drinken.
Liefs, [[Geertje]]

Van: [[Brinkman-Holtrop, Marloes]]
Verzonden: vrijdag 17 april 2026 09:31
Aan: [[Mulder, Ineke]]
CC: {{{{agenda.gedeputeerden@provinciegroningen.nl}}}}
Onderwerp: RE: FW: uitnodiging opening dorpswinkel 1 mei
Beste [[Ineke]],
Dank voor de uitnodiging. Ik heb het verzoek doorgezet naar de agenda van de gedeputeerde. Het bureau van {{{{gedeputeerde Tuinstra}}}} neemt contact met u op; de woordvoerder, {{{{Evert Jan Smeenge}}}}, stemt de persaankondiging af.
Met vriendelijke groet,
[[Marloes Brinkman-Holtrop]]
""", producer="docx", meta={"Producer": "Microsoft Outlook 16.0", "Creator": "Microsoft Outlook"}),
]
