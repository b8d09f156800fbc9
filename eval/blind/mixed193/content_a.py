# -*- coding: utf-8 -*-
"""Set FE, part A: application, advice, complaints (fe01-fe12)."""
from lib import Doc

DOCS = []
A = DOCS.append

A(Doc("fe01_woo_verzoek", "Woo-verzoek Klankrijk Open Air", [
    "[[P:Frits Ongering]]",
    "[[A:Jachtlaan 212-B]]",
    "[[A:7313 CK]] Apeldoorn",
    "[[E:f.ongering@planet-mail.nl]] / [[T:06 - 2871 4409]]",
    "",
    "Aan het college van burgemeester en wethouders van de {{O:gemeente Apeldoorn}}",
    "t.a.v. {{O:team Evenementen}}, {{A:Marktplein 1}}, {{L:Apeldoorn}}",
    "",
    "Apeldoorn, 2 september 2026",
    "Onderwerp: verzoek op grond van de {{W:Wet open overheid}}",
    "",
    "Geachte heer, mevrouw,",
    "",
    "Hierbij verzoek ik u op grond van de {{W:Wet open overheid}} (Woo) om openbaarmaking van alle documenten over de "
    "evenementenvergunning voor het festival {{M:Klankrijk Open Air 2026}} in het {{L:Zuiderpark}}, zaaknummer "
    "{{N:Z/26/041873}}. Het gaat mij in het bijzonder om de adviezen van {{O:Politie Oost-Nederland}} en de "
    "{{O:Veiligheidsregio Noord- en Oost-Gelderland}} ({{O:VNOG}}), de geluidsvoorschriften, de klachten van "
    "omwonenden en de correspondentie tussen de gemeente en {{O:Stichting Klankrijk Events}}.",
    "",
    "Ik woon zelf op ongeveer 300 meter van het hoofdpodium en heb op zaterdag 27 juni tot na middernacht bastonen "
    "in mijn slaapkamer gehoord. Mijn buurvrouw [[P:mevrouw Brinkhuis]] heeft hierover ook geklaagd.",
    "",
    "Ik ontvang de documenten graag digitaal. Voor vragen ben ik bereikbaar op het genoemde nummer.",
    "",
    "Met vriendelijke groet,",
    "",
    "[[P:F.J. Ongering]]",
], font="Helvetica", prod_str="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365",
    author="Frits", hidden=[]))

A(Doc("fe02_ontvangstbevestiging", "Ontvangstbevestiging Woo-verzoek", [
    "# Gemeente Apeldoorn",
    "~ {{A:Marktplein 1}} | Postbus 9033 | {{L:Apeldoorn}} | telefoon {{G:14 055}} | {{F:woo@apeldoorn.nl}}",
    "",
    "[[P:De heer F.J. Ongering]]",
    "[[A:Jachtlaan 212-B]]",
    "[[A:7313 CK]] Apeldoorn",
    "",
    "Datum: 4 september 2026",
    "Ons kenmerk: {{N:WOO-2026-0217}}",
    "Behandeld door: [[P:Eline van 't Hooft]]",
    "Telefoonnummer: [[T:055 - 580 1187]]",
    "Onderwerp: ontvangstbevestiging Woo-verzoek",
    "",
    "Geachte [[P:heer Ongering]],",
    "",
    "Op 2 september 2026 hebben wij uw verzoek op grond van de {{W:Wet open overheid}} ontvangen. Uw verzoek gaat over "
    "de evenementenvergunning voor {{M:Klankrijk Open Air 2026}} ({{N:Z/26/041873}}). Wij beslissen binnen vier weken "
    "na ontvangst. Deze termijn kunnen wij met twee weken verdagen. Omdat in de documenten gegevens van derden staan, "
    "zoals de organisator en omwonenden, stellen wij hen mogelijk in de gelegenheid een zienswijze te geven "
    "(artikel 4.4 Woo).",
    "",
    "Heeft u vragen? Neem dan contact op met [[P:mevrouw Van 't Hooft]] of mail naar {{F:woo@apeldoorn.nl}}. "
    "Vermeld daarbij ons kenmerk {{N:WOO-2026-0217}}.",
    "",
    "Met vriendelijke groet,",
    "namens het college van burgemeester en wethouders,",
    "",
    "[[P:E.M. van 't Hooft]]",
    "{{J:juridisch adviseur informatieverzoeken}}",
], font="DejaVuSans", prod_str="iText® 7.2.5 ©2000-2023 iText Group NV", creator="Zaaksysteem Apeldoorn",
    author="E.M. van 't Hooft" and None))

A(Doc("fe03_aanvraag_evenementenvergunning", "Aanvraag evenementenvergunning Klankrijk Open Air 2026", [
    "# Aanvraagformulier evenementenvergunning (C-evenement)",
    "~ {{O:gemeente Apeldoorn}} - {{O:team Evenementen}} - {{F:evenementen@apeldoorn.nl}}",
    "## 1. Gegevens organisator",
    "|Veld|Ingevuld",
    "|Naam organisatie|{{O:Stichting Klankrijk Events}}",
    "|KvK-nummer stichting|{{N:74418822}}",
    "|Contactpersoon / aanvrager|[[P:Joost Verbeek-Ramdin]] (directeur)",
    "|Geboortedatum aanvrager|[[D:14-03-1981]]",
    "|Woonadres aanvrager|[[A:Ravelijn 31]], [[A:7325 NZ]] Apeldoorn",
    "|Telefoon|[[T:06-41 55 87 03]]",
    "|E-mail|[[E:joost@klankrijkevents.nl]]",
    "|Productieleider|[[P:Sanne de Wilde]], [[T:+31 (0)6 2398 1174]]",
    "## 2. Gegevens evenement",
    "|Veld|Ingevuld",
    "|Naam|{{M:Klankrijk Open Air 2026}}",
    "|Locatie|{{L:Zuiderpark}}, festivalweide Oost",
    "|Data|zaterdag 27 en zondag 28 juni 2026, 12.00-23.00 uur",
    "|Verwacht aantal bezoekers|9.500 per dag (maximaal gelijktijdig 8.000)",
    "|Soort|dance- en popfestival, drie podia, {{T:silent disco}}",
    "|Risicoclassificatie|C (risicovol) volgens {{T:Evenementen Risicoclassificatie Tool}}",
    "## 3. Veiligheid",
    "Veiligheidscoördinator: [[P:Rachid El Khatib]], bereikbaar op [[T:06-18 22 90 47]] tijdens opbouw en show. "
    "Crowd management door {{O:SafeFlow Crowd Control B.V.}}; EHBO door {{O:Het Nederlandse Rode Kruis}}, afdeling {{L:Apeldoorn}}.",
    "Het veiligheidsplan, het verkeersplan en de geluidsprognose van [[P:J. van Lochem]] zijn bijgevoegd.",
    "## 4. Ondertekening",
    "Datum: 3 februari 2026. Handtekening: [[P:J. Verbeek-Ramdin]]",
    "---",
    "# Bijlage 1: contactlijst organisatie tijdens het evenement",
    "|Rol|Naam|Mobiel|E-mail",
    "|Eindverantwoordelijke|[[P:Joost Verbeek-Ramdin]]|[[T:06-41 55 87 03]]|[[E:joost@klankrijkevents.nl]]",
    "|Productie|[[P:Sanne de Wilde]]|[[T:+31 (0)6 2398 1174]]|[[E:sanne.dewilde@klankrijkevents.nl]]",
    "|Veiligheid|[[P:Rachid El Khatib]]|[[T:06-18 22 90 47]]|[[E:r.elkhatib@safeflow.nl]]",
    "|Geluid|[[P:Jeroen van Lochem]]|[[T:0575-84 31 20]]|[[E:info@vanlochemakoestiek.nl]]",
    "|Backstage / artiesten|[[P:Maud Oosterveld-Çelik]]|[[T:0031 6 4470 1288]]|[[E:maud@klankrijkevents.nl]]",
    "|Algemeen festivalnummer|(publiek)|{{G:0800 022 4455}}|{{F:info@klankrijkopenair.nl}}",
    "",
    "De organisatie meldt zich bij aanvang bij het {{T:Evenementen Coördinatie Centrum}} (ECC) in de {{X:Koning Willem III-kazerne}}.",
], font="Helvetica", size=9.5, prod_str="Aspose.PDF for .NET 23.4.0", creator="Omgevingsloket / e-formulier",
    outline=[("Aanvraag Joost Verbeek-Ramdin", 0), ("Bijlage 1 contactlijst", 1)]))

A(Doc("fe04_advies_politie", "Advies politie evenement Klankrijk Open Air", [
    "# Politie Oost-Nederland",
    "~ {{O:Politie Oost-Nederland}} | {{O:Basisteam Apeldoorn-Zuid}} | {{T:Evenementenbureau}}",
    "",
    "Aan: {{O:gemeente Apeldoorn}}, {{O:team Evenementen}}, t.a.v. [[P:mevrouw M. ter Horst]]",
    "Van: [[P:H.G. Roeterink]], {{J:operationeel expert evenementen}}",
    "Datum: 20 maart 2026",
    "Kenmerk politie: {{N:PL0600-2026/ev-0388}}",
    "Betreft: advies evenementenvergunning {{M:Klankrijk Open Air 2026}}",
    "",
    "## Advies",
    "De politie adviseert positief, onder de volgende voorwaarden:",
    "1. De organisator zet minimaal 24 beveiligers in van een erkend beveiligingsbedrijf ({{W:Wet particuliere beveiligingsorganisaties en recherchebureaus}}).",
    "2. Er is een toegangscontrole met fouillering; aangetroffen drugs worden in een afgesloten kluis bewaard en na afloop aan de politie overgedragen.",
    "3. Er vindt een {{T:driehoeksoverleg}} plaats met de burgemeester en de officier van justitie over het drugsbeleid.",
    "4. De verkeersregelaars staan onder regie van het verkeersplan; de {{L:Europaweg}} blijft vrij voor hulpdiensten.",
    "",
    "Bij de editie van 2025 zijn drie aanhoudingen verricht wegens bezit van harddrugs, waarvan één minderjarige. "
    "De gegevens van deze personen zijn niet in dit advies opgenomen.",
    "",
    "Contactpersoon tijdens het evenement: brigadier [[P:Yvonne Pelgrim]], [[T:06 - 5210 3386]] (niet publiceren).",
    "",
    "Met vriendelijke groet,",
    "",
    "[[P:Henk Roeterink]]",
    "{{J:operationeel expert evenementen}}, {{O:Basisteam Apeldoorn-Zuid}}",
    "[[E:henk.roeterink@politie.nl]] | bereikbaar via {{G:0900-8844}}",
], font="Times-Roman", size=10.5, prod_str="Microsoft® Word 2016", creator="Microsoft® Word 2016",
    author="Roeterink, H.G.", hidden=[("P", "Roeterink, H.G.", "metadata")]))

A(Doc("fe05_advies_brandweer", "Advies VNOG brandveiligheid", [
    "# Veiligheidsregio Noord- en Oost-Gelderland",
    "~ {{O:VNOG}} | {{O:Brandweer Noord- en Oost-Gelderland}} | team Risicobeheersing | {{F:risicobeheersing@vnog.nl}}",
    "",
    "Advies brandveiligheid en hulpverlening evenement",
    "|Onderwerp|Gegevens",
    "|Evenement|{{M:Klankrijk Open Air 2026}}",
    "|Zaaknummer gemeente|{{N:Z/26/041873}}",
    "|Zaaknummer VNOG|{{N:VNOG-RB-2026-1142}}",
    "|Adviseur|[[P:ing. D.J. Wassink]]",
    "|Telefoon adviseur|[[T:088 - 7075 531]]",
    "|Tweede lezer|[[P:Anouk Brouwer-Smit]]",
    "",
    "## Bevindingen",
    "De tenten van podium 2 en 3 zijn groter dan 50 m2 en vallen onder het {{W:Besluit brandveilig gebruik en basishulpverlening overige plaatsen}} "
    "en de {{W:Algemene Plaatselijke Verordening Apeldoorn}}. De doorgangsbreedte van de nooduitgangen van de hoofdtent is "
    "onvoldoende voor 3.200 personen. De organisatie moet twee extra uitgangen van 3,5 meter realiseren.",
    "Opstelplaatsen voor de brandweer aan de {{L:Europaweg}} en de {{L:Sportlaan}} moeten vrij blijven. Een "
    "bluswatervoorziening op maximaal 40 meter van het foodplein is verplicht.",
    "## Advies",
    "Positief, mits bovenstaande voorwaarden in de vergunning worden opgenomen. Een schouw vindt plaats op vrijdag "
    "26 juni om 14.00 uur met [[P:Dirk-Jan Wassink]] en de veiligheidscoördinator van de organisatie, [[P:de heer El Khatib]].",
    "",
    "Namens de commandant brandweer,",
    "",
    "[[P:Dirk-Jan Wassink]]",
    "{{J:adviseur risicobeheersing}}",
], font="DejaVuSans", size=9.5, prod_str="Nitro Pro 13 (13.70.2.40)", creator="Nitro Pro 13",
    author="Wassink, Dirk-Jan", hidden=[("P", "Wassink, Dirk-Jan", "metadata")]))

A(Doc("fe06_advies_ggd", "Advies GGD en GHOR", [
    "# GHOR Noord- en Oost-Gelderland",
    "~ {{O:GHOR NOG}} | {{O:GGD Noord- en Oost-Gelderland}}",
    "",
    "Betreft: geneeskundig advies {{M:Klankrijk Open Air 2026}}, {{N:Z/26/041873}}",
    "Opgesteld door: [[P:drs. Lieke Zandbergen]], {{J:adviseur publieke gezondheid}}",
    "",
    "Op basis van de bezoekersaantallen en het profiel (jong publiek, dance) adviseert de GHOR een EHBO-post met "
    "minimaal 2 verpleegkundigen, 1 arts en 14 EHBO'ers, en een {{T:drugs-testservice}} bij de ingang. In 2025 zijn op het "
    "terrein 41 bezoekers behandeld, van wie 6 met een alcohol- of drugsintoxicatie zijn doorverwezen naar {{O:Gelre ziekenhuizen}}.",
    "",
    "Tijdens de vorige editie is een medewerker van de organisatie, [[P:Kevin Hulshof]], onwel geworden door "
    "[[H:een epileptische aanval]] op het backstageterrein. Wij adviseren een beter aanrijdplan voor de ambulance.",
    "",
    "Het advies over geluid: de {{O:GGD}} adviseert een maximaal geluidsniveau van 103 dB(A) LAeq,15min bij de FOH, "
    "conform het {{W:Convenant preventie gehoorschade muzieksector}}, en gratis oordoppen.",
    "",
    "Met vriendelijke groet,",
    "[[P:L. Zandbergen]] | [[T:088 - 443 3112]] | [[E:l.zandbergen@ggdnog.nl]]",
], font="Helvetica", prod_str="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365",
    author="Zandbergen, L.", hidden=[("P", "Zandbergen, L.", "metadata")]))

A(Doc("fe07_klacht_brinkhuis", "Klacht geluidsoverlast", [
    "Van: [[P:Wilma Brinkhuis]] <[[E:wilma.brinkhuis@ziggo-mail.nl]]>",
    "Verzonden: zondag 28 juni 2026 00:41",
    "Aan: {{F:evenementen@apeldoorn.nl}}",
    "CC: {{F:meldpuntoverlast@apeldoorn.nl}}",
    "Onderwerp: Klacht geluidsoverlast festival Zuiderpark",
    "",
    "Geachte heer/mevrouw,",
    "",
    "Het is nu bijna kwart voor één 's nachts en de bassen van het festival in het {{L:Zuiderpark}} dreunen nog steeds "
    "door mijn huis aan de [[A:Kastanjelaan 14]]. De vergunning zou tot 23.00 uur gelden! Mijn man [[P:Gerrit]] heeft "
    "[[H:hartfalen]] en moet van de cardioloog 's nachts rust hebben. Hij ligt nu wakker met hartkloppingen.",
    "",
    "Vorig jaar heb ik ook al geklaagd (uw kenmerk {{N:KL-2025-0912}}) en toen is beloofd dat het beter zou worden. "
    "Ik wil dat de gemeente de organisator een boete oplegt en dat dit festival volgend jaar niet meer in het park komt.",
    "",
    "U kunt mij bellen op [[T:055-3 66 21 09]].",
    "",
    "[[P:W. Brinkhuis-Tenkink]]",
    "[[A:Kastanjelaan 14]], [[A:7315 AB]] Apeldoorn",
], font="Courier", size=9.5, prod_str="Microsoft Outlook for Microsoft 365 (PDF-export via Print to PDF)",
    creator="Microsoft Outlook"))

A(Doc("fe08_klacht_scholten", "Klacht omwonenden Sportlaan", [
    "# Melding overlast - webformulier",
    "~ Ingediend via {{L:www.apeldoorn.nl/melding}} op 28 juni 2026 om 22:58 uur - meldingnummer {{N:MOR-2026-118204}}",
    "|Veld|Waarde",
    "|Categorie|Geluidsoverlast evenement",
    "|Naam melder|[[P:T.H. Scholten]] en [[P:R. Scholten-Bouwmeester]]",
    "|Adres|[[A:Sportlaan 77]]",
    "|Telefoon|[[T:06 19 87 44 02]]",
    "|E-mail|[[E:theo.scholten1955@hotmail-mail.nl]]",
    "|Geboortedatum (optioneel)|[[D:09-11-1955]]",
    "",
    "Toelichting melder:",
    "Sinds 14.00 uur staat er een constante dreun. Wij hebben een baby van onze dochter [[P:Noor]] in huis die niet kan "
    "slapen. Ook parkeren bezoekers hun fietsen en auto's in onze straat en op de stoep. Om 22.30 uur heeft iemand in "
    "onze voortuin geplast. Wij verzoeken de handhavers van de gemeente om te komen meten.",
    "",
    "Afhandeling (intern):",
    "Doorgezet naar {{O:team Toezicht en Handhaving}}. Boa [[P:Lars Wennekes]] (BOA-nummer [[N:18-30442]]) is om 23.20 uur "
    "ter plaatse geweest. Meting bij de gevel: 71 dB(C). Muziek om 23.02 uur gestopt. Melder teruggebeld door [[P:Wennekes]].",
    "",
    "Status: afgehandeld. Terugkoppeling aan {{O:Stichting Klankrijk Events}} via het {{T:evaluatieoverleg}}.",
], font="DejaVuSans", size=9.5, prod_str="Topdesk 11.2 export (wkhtmltopdf 0.12.6)", creator="TOPdesk"))

A(Doc("fe09_klacht_brief_vos", "Brief omwonende", [
    "[[P:mr. A.C.M. Vos-de Ruyter]]",
    "[[A:Wilhelminapark 3]]",
    "[[A:7316 BT]] Apeldoorn",
    "",
    "Aan de burgemeester van Apeldoorn",
    "Postbus 9033",
    "7300 ES Apeldoorn",
    "",
    "Apeldoorn, 12 mei 2026",
    "",
    "Betreft: zienswijze op voorgenomen evenementenvergunning {{M:Klankrijk Open Air 2026}}",
    "",
    "Geachte {{R:burgemeester Hoekstra-Valk}},",
    "",
    "Namens de bewoners van het Wilhelminapark en de {{L:Sportlaan}}, verenigd in de {{O:Buurtvereniging Zuiderpark-Oost}}, "
    "maak ik bezwaar tegen de verruiming van de eindtijd naar 23.00 uur. In 2025 was de eindtijd 22.30 uur en al toen "
    "waren er 63 klachten. Wij vragen u de {{T:dB(C)-norm}} aan de gevel te verlagen naar 85 dB(C) en een onafhankelijk "
    "geluidsbureau te laten meten.",
    "",
    "Ik ben zelf advocaat, maar schrijf deze brief als bewoner. Mijn buurman [[P:dhr. Pieter-Paul Nijenhuis]] van "
    "[[A:Wilhelminapark 5]] sluit zich hierbij aan; hij is bereikbaar op [[T:055 5219930]].",
    "",
    "Hoogachtend,",
    "",
    "[[P:Annemiek Vos-de Ruyter]]",
    "voorzitter {{O:Buurtvereniging Zuiderpark-Oost}}",
    "[[E:annemiek@vosderuyter-advocatuur.nl]]",
], font="Times-Roman", size=11, prod_str="PDFpen 13.0.2", creator="Pages"))

A(Doc("fe10_scan_handgeschreven_klacht", "scan klacht", [
    "# Aan de gemeente Apeldoorn, team Evenementen",
    "",
    "Apeldoorn, 29 juni 2026",
    "",
    "Ik wil klagen over het lawaai van het festival.",
    "Ik werk in ploegendienst bij de Gasunie en moest",
    "zondag om 05.00 uur beginnen. Ik heb geen oog",
    "dichtgedaan.",
    "",
    "~ [[P:Hendrikus Lubbers]]",
    "~ [[A:Europaweg 118]]",
    "~ tel. [[T:06-30219874]]",
    "",
    "Mijn dochter [[P:Femke Lubbers]] heeft ook al gemaild.",
    "Graag een reactie per brief.",
    "",
    "~ Handtekening: [[P:H. Lubbers]]",
], scan=True, prod_str="Canon iR-ADV C5840 PDF", creator="Canon iR-ADV C5840"))

A(Doc("fe11_geluidsrapport", "Geluidsprognose en meetrapport", [
    "# Geluidsprognose Klankrijk Open Air 2026",
    "~ {{O:Van Lochem Akoestiek}} - rapportnummer {{N:VLA-26-0412}} - versie 2",
    "",
    "Opdrachtgever: {{O:Stichting Klankrijk Events}}, t.a.v. [[P:S. de Wilde]]",
    "Uitgevoerd door: [[P:ing. J.W. van Lochem]]",
    "",
    "## 1. Normering",
    "De gemeente hanteert in de {{T:Beleidsregel geluid evenementen Apeldoorn 2024}} een grenswaarde van 75 dB(A) en 90 dB(C) "
    "op de gevel van de dichtstbijzijnde woning. Referentiepunten: R1 {{L:Sportlaan}}, R2 {{L:Kastanjelaan}}, R3 Wilhelminapark.",
    "|Punt|Omschrijving|Prognose dB(A)|Prognose dB(C)",
    "|R1|gevel {{L:Sportlaan}} (woning nr. 77)|68|88",
    "|R2|gevel {{L:Kastanjelaan}}|66|86",
    "|R3|gevel Wilhelminapark|61|83",
    "|FOH|mengtafel hoofdpodium|103|118",
    "",
    "## 2. Metingen 27 juni (controlemetingen)",
    "Metingen zijn verricht door [[P:Jeroen van Lochem]] en stagiair [[P:Bram Tijink]]. Om 22.47 uur is op R1 een "
    "overschrijding van 4 dB(C) gemeten tijdens de set van de headliner. Na overleg met [[P:Rachid]] van de organisatie is "
    "de subwoofer-array bijgesteld.",
    "",
    "Bijlage: kalibratiecertificaat klasse 1-meter {{X:Brüel & Kjær 2250}}, serienummer {{N:3011482}}.",
], font="DejaVuSans", size=9.5, prod_str="Microsoft® Excel® for Microsoft 365 / Word", creator="Microsoft® Word 2019",
    annots=[(0, "Marloes ter Horst", "Vraag aan Jeroen: waarom R2 niet gemeten? Bel hem op 0575-843120."),
            (0, "Bart-Jan Hofstede", "Overschrijding meenemen in evaluatie, zie ook klacht Brinkhuis.")],
    hidden=[("P", "Marloes ter Horst", "annotations"), ("P", "Bart-Jan Hofstede", "annotations"),
            ("T", "0575-843120", "annotations"), ("P", "Brinkhuis", "annotations")]))

A(Doc("fe12_veiligheidsplan_uittreksel", "Veiligheidsplan uittreksel", [
    "# Veiligheidsplan {{M:Klankrijk Open Air 2026}} - uittreksel",
    "~ versie 3.1 - 10 april 2026 - opgesteld door [[P:R. El Khatib]] ({{O:SafeFlow Crowd Control B.V.}})",
    "## Organisatie en commandostructuur",
    "|Functie|Naam|Portofoonkanaal|Mobiel",
    "|Hoofd veiligheid|[[P:Rachid El Khatib]]|K1|[[T:06-18 22 90 47]]",
    "|Crowd manager hoofdpodium|[[P:Fleur Wiggers]]|K2|[[T:06 4411 2290]]",
    "|Crowd manager podium 2/3|[[P:Kees Baltus]]|K3|[[T:06 2930 5517]]",
    "|Hoofd beveiliging|[[P:Ruud Lammers]]|K4|[[T:06 5508 7761]]",
    "|Coördinator EHBO|[[P:Dewi Ramsaran]]|K5|[[T:06 1422 0863]]",
    "|Gemeente (ECC)|[[P:Marloes ter Horst]]|K9|[[T:06 2705 9143]]",
    "## Scenario's",
    "Scenario 1: onweer. Bij een waarschuwing van {{O:KNMI}} code oranje wordt het hoofdpodium stilgelegd; het publiek wordt "
    "via uitgang Noord naar de {{L:Europaweg}} geleid. Beslissing door de hoofd veiligheid na overleg met de {{T:Officier van Dienst}} van de gemeente.",
    "Scenario 2: verdrukking bij de ingang. Bij meer dan 4 personen per m2 in vak A sluit de crowd manager de sluis.",
    "Scenario 3: vermist kind. Melding bij het infopunt; beschrijving via portofoon, niet via de {{T:omroepinstallatie}}.",
    "## Capaciteit",
    "Het terrein heeft een netto oppervlak van 21.400 m2; bij 2 personen per m2 is de maximale capaciteit 10.700. De "
    "organisatie verkoopt maximaal 9.500 kaarten per dag via {{O:Paylogic}}.",
], font="DejaVuSans", size=9.5, prod_str="Adobe PDF Library 17.11.238", creator="Adobe InDesign 18.2 (Windows)",
    xmp_creator="Rachid El Khatib", hidden=[]))


_vp = [d for d in DOCS if d.stem == "fe12_veiligheidsplan_uittreksel"][0]
_vp.lines += [
    "---",
    "## Bijlage 4: inzet beveiliging (leverancier {{O:Securitas Evenementen}})",
    "|Post|Naam beveiliger|Pasnummer ND|Dienst",
    "|Ingang Noord 1|[[P:Ömer Yılmaz]]|[[N:ND-1177204]]|za + zo",
    "|Ingang Noord 2|[[P:Jantine van Wijngaarden]]|[[N:ND-0994418]]|za",
    "|Ingang Noord 2|[[P:Bas ten Hove]]|[[N:ND-1203356]]|zo",
    "|Backstage|[[P:Marco Pieterse]]|[[N:ND-0871122]]|za + zo",
    "|Uitgang {{L:Europaweg}}|[[P:Demi Groot Wassink]]|[[N:ND-1311090]]|za + zo",
    "",
    "Aanspreekpunt leverancier: [[P:A. (Arjen) Bosveld]], [[T:06 - 2277 9015]]. Alle beveiligers beschikken over een geldig "
    "legitimatiebewijs volgens de {{W:Wet particuliere beveiligingsorganisaties en recherchebureaus}}.",
]
