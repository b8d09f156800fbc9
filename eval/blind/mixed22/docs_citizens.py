"""Decisions and case notes about residents: bezwaar, klacht, Wmo, Jeugdwet, Participatiewet, handhaving,
omgevingsvergunning with zienswijzen, hoorverslag, subsidy to a private person."""
from framework import bsn, iban

DOCS = []

LETTER_CSS = """
.env { position: relative; height: 62mm; }
.sender { font-size: 15pt; font-weight: bold; color: #0a5c36; }
.window { position: absolute; top: 30mm; left: 0; width: 85mm; font-size: 9.5pt; line-height: 1.3; }
.ref { position: absolute; top: 24mm; right: 0; width: 62mm; font-size: 7.8pt; }
.ref td { padding: 0 3pt 1.5pt 0; } .ref td:first-child { color: #555; width: 26mm; }
.foot { margin-top: 14pt; font-size: 7pt; color: #444; border-top: 0.5pt solid #999; padding-top: 3pt; }
"""

# ------------------------------------------------------------------------------------------ af09
B9 = bsn(901)
I9 = iban("INGB", 901)
DOCS.append({
    "name": "af09_beslissing_bezwaar_bergen",
    "producer": "html",
    "gs": True,
    "title": "Beslissing op bezwaar",
    "css": LETTER_CSS,
    "html": f"""
<div class='env'><div class='sender'>{{{{gemeente Bergen}}}}</div>
<div class='small'>Retouradres: Postbus 175, 1860 AD Bergen</div>
<div class='window'>Aangetekend en per gewone post<br>[[De heer Y. Al-Shammout]]<br>[[Breelaan 27]]<br>[[1861 GD]] {{{{Bergen}}}}</div>
<table class='ref'>
<tr><td>Datum</td><td>7 maart 2025</td></tr>
<tr><td>Ons kenmerk</td><td>BZW-2024-0412</td></tr>
<tr><td>Uw kenmerk</td><td>bezwaar 12-11-2024</td></tr>
<tr><td>Behandeld door</td><td>[[mr. I. Drăgulescu]]</td></tr>
<tr><td>Telefoonnummer</td><td>[[072 888 01 63]]</td></tr>
<tr><td>E-mail</td><td>[[i.dragulescu@bergen-nh.nl]]</td></tr>
<tr><td>Onderwerp</td><td>beslissing op bezwaar parkeervergunning</td></tr>
</table></div>
<p>Geachte [[heer Al-Shammout]],</p>
<p>Op 12 november 2024 ontvingen wij uw bezwaarschrift tegen ons besluit van 3 oktober 2024, waarin wij uw aanvraag
voor een tweede bewonersparkeervergunning voor de zone {{{{Bergen Centrum}}}} hebben afgewezen. U bent op 21 januari 2025
gehoord door de {{{{Commissie bezwaarschriften Bergen}}}}. Bij de hoorzitting waren ook uw echtgenote, [[mevrouw Lina
Al-Haffarji]], en uw zoon [[Rami]] aanwezig.</p>
<h2>Uw gegevens</h2>
<table class='grid'>
<tr><th>Naam</th><td>[[Yazan Al-Shammout]]</td><th>Geboortedatum</th><td>[[14-06-1979]]</td></tr>
<tr><th>BSN</th><td>[[{B9}]]</td><th>Telefoon</th><td>[[06 2714 9930]]</td></tr>
<tr><th>Adres</th><td>[[Breelaan 27]], [[1861 GD]] Bergen</td><th>E-mail</th><td>[[yazan.alshammout@ziggo.nl]]</td></tr>
<tr><th>Kenteken</th><td>[[S-472-NV]]</td><th>Vergunningnummer</th><td>PV-BC-22871</td></tr>
</table>
<h2>Beslissing</h2>
<p>Wij verklaren uw bezwaar gegrond. Het besluit van 3 oktober 2024 wordt herroepen. Uit de stukken blijkt dat uw
tweede auto nodig is voor de mantelzorg aan uw moeder, die aan de {{{{Karel de Grotelaan}}}} woont. Wij verlenen de
vergunning alsnog met ingang van 1 april 2025.</p>
<h2>Terugbetaling</h2>
<p>De leges van € 87,50 voor de behandeling van het bezwaar worden binnen zes weken teruggestort op rekeningnummer
[[{I9}]] ten name van [[Y. Al-Shammout]]. Ook de proceskosten van € 218,00 worden vergoed.</p>
<p>Dit besluit is genomen namens het college van burgemeester en wethouders; de portefeuillehouder,
wethouder {{{{Erik Stoop}}}}, is geïnformeerd. Burgemeester {{{{Marjolein Stalpers}}}} tekent als voorzitter van het college
niet mee aan beslissingen op bezwaar.</p>
<p>Heeft u vragen, neem dan contact op met [[mevrouw Drăgulescu]] ([[072 888 01 63]]) of met het {{{{Klant Contact Centrum}}}} via {{{{14 072}}}}.</p>
<h2>Beroep</h2>
<p>Bent u het niet eens met deze beslissing, dan kunt u binnen zes weken beroep instellen bij de {{{{Rechtbank Noord-Holland}}}},
sector bestuursrecht, Postbus 1621, 2003 BR Haarlem.</p>
<p>Met vriendelijke groet,<br>namens het college van burgemeester en wethouders van Bergen,<br><br>
[[Ioana Drăgulescu]]<br>juridisch adviseur team Juridische Zaken</p>
<div class='foot'>{{{{Gemeente Bergen}}}} · Jan Ligthartstraat 4 · Postbus 175, 1860 AD Bergen · {{{{14 072}}}} · {{{{info@bergen-nh.nl}}}} · www.bergen-nh.nl</div>
""",
})

# ------------------------------------------------------------------------------------------ af10
DOCS.append({
    "name": "af10_klachtafhandeling_wijk",
    "producer": "fpdf",
    "title": "Afhandeling klacht K-2025-031",
    "author": "[[Dashenka Geerman]]",
    "footer": "{{Gemeente Wijk bij Duurstede}} · Karel de Grotestraat 30 · 3962 CL Wijk bij Duurstede · {{0343 59 59 59}} · "
              "{{info@wijkbijduurstede.nl}}",
    "blocks": [
        ("h1", "{{Gemeente Wijk bij Duurstede}}"),
        ("kv", [["", "Datum: 14 maart 2025"],
                ["[[Mevrouw J.C. van Dijk-Bakker]]", "Ons kenmerk: K-2025-031"],
                ["[[Dorpsstraat 8a]]", "Behandeld door: [[D. Geerman]]"],
                ["[[3961 BE]] {{Wijk bij Duurstede}}", "Telefoon: [[0343 59 54 12]]"]], {"widths": [95, 80]}),
        ("p", "Onderwerp: afhandeling van uw klacht over de behandeling van uw Wmo-aanvraag"),
        ("p", "Geachte [[mevrouw Van Dijk-Bakker]],"),
        ("p", "Op 20 januari 2025 diende u een klacht in over de manier waarop [[de heer Bakker]] van het {{Sociaal "
              "Team Wijk bij Duurstede}} uw aanvraag voor een scootmobiel heeft behandeld. U schreef dat hij u aan "
              "de telefoon onvriendelijk te woord stond en dat u drie weken niets hoorde. Wij hebben uw klacht "
              "behandeld volgens hoofdstuk 9 van de {{Algemene wet bestuursrecht}}."),
        ("p", "Op 11 februari 2025 bent u thuis gehoord door de klachtbehandelaar, [[mevrouw Geerman]]. Uw dochter, "
              "[[Marloes van Dijk]], was daarbij aanwezig. [[De heer Bakker]] is op 13 februari afzonderlijk gehoord "
              "door zijn teamleider, [[Arjen Visser]]."),
        ("h2", "Oordeel"),
        ("p", "Wij vinden uw klacht gegrond voor zover het de termijn betreft: de beslistermijn van acht weken is "
              "met twaalf dagen overschreden. Over de toon van het telefoongesprek kunnen wij geen oordeel geven, "
              "omdat de lezingen uiteenlopen. Wij bieden u onze excuses aan. De scootmobiel is inmiddels "
              "geleverd door {{Welzorg}}."),
        ("p", "Wethouder {{Ewout Roodzand}} (Zorg en Welzijn) is over uw klacht geïnformeerd. Bent u niet tevreden "
              "over deze afhandeling, dan kunt u zich wenden tot de {{Nationale ombudsman}}, Postbus 93122, "
              "2509 AC Den Haag, telefoon {{0800 335 55 55}}."),
        ("p", "Met vriendelijke groet,\nnamens het college van burgemeester en wethouders,\n\n[[Dashenka Geerman]]\n"
              "klachtencoördinator"),
        ("small", "Kopie: [[A. Visser]], teamleider {{Sociaal Team}}; dossier [[Van Dijk-Bakker]] (Wmo-2024-7781)"),
    ],
    "hidden": {"links": [(0, [40, 60, 300, 72], "mailto:[[d.geerman@wijkbijduurstede.nl]]")]},
})

# ------------------------------------------------------------------------------------------ af11
B11 = bsn(1101)
DOCS.append({
    "name": "af11_wmo_beschikking_almelo",
    "producer": "docx",
    "author": "[[Hendro Soemowidjojo]]",
    "title": "Beschikking Wmo maatwerkvoorziening",
    "footer": "{{Gemeente Almelo}} · Postbus 5100, 7600 GC Almelo · {{14 0546}} · {{wmo@almelo.nl}}",
    "blocks": [
        ("p", "<b>{{gemeente Almelo}}</b> – {{Wmo-loket}}"),
        ("kv", [["[[De heer K. Asante-Owusu]]", "Datum: 27 februari 2025"],
                ["[[Ootmarsumsestraat 214]]", "Zaaknummer: WMO-2025-00873"],
                ["[[7603 AR]] {{Almelo}}", "Contactpersoon: [[H. Soemowidjojo]]"],
                ["", "Telefoon: [[0546 54 19 07]] (ma-do)"]], {"widths": [85, 80]}),
        ("h1", "Beschikking maatwerkvoorziening Wmo 2015"),
        ("p", "Geachte [[heer Asante-Owusu]],"),
        ("p", "U heeft op 6 januari 2025 een melding gedaan voor ondersteuning bij het huishouden. Op 22 januari "
              "heeft onze Wmo-consulent, [[mevrouw Nienke Brouwer-Zwolle]], met u een gesprek gevoerd. Uw "
              "buurvrouw, [[mevrouw Abena Oppong]], was als mantelzorger aanwezig."),
        ("table", [["Gegevens", ""],
                   ["Naam", "[[Kwabena Asante-Owusu]]"],
                   ["Geboortedatum", "[[02-09-1951]]"],
                   ["BSN", f"[[{B11}]]"],
                   ["Telefoon", "[[06 3409 5518]]"],
                   ["Voorziening", "Huishoudelijke ondersteuning, 3 uur per week (HO2)"],
                   ["Aanbieder", "{{Zorgaccent}} Thuiszorg, Almelo"],
                   ["Ingangsdatum / einddatum", "1 maart 2025 / 28 februari 2027"],
                   ["Eigen bijdrage", "vastgesteld en geïnd door het {{CAK}}"]], {"widths": [55, 110]}),
        ("h2", "Waarom krijgt u deze voorziening?"),
        ("p", "U heeft sinds uw heupoperatie in het {{Ziekenhuisgroep Twente}} beperkingen bij zwaar huishoudelijk "
              "werk. Uw mantelzorger kan de zware taken niet overnemen. Wij kennen daarom huishoudelijke "
              "ondersteuning toe volgens de {{Verordening maatschappelijke ondersteuning Almelo 2023}}."),
        ("comment", "Voor de beoordeling is advies gevraagd aan {{Argonaut Advies}}.",
         "Check: heeft [[Nienke]] het medisch advies wel in {{Suite4SociaalDomein}} gezet? – [[HS]]",
         "[[Hendro Soemowidjojo]]", "HS"),
        ("h2", "Bezwaar"),
        ("p", "Bent u het niet eens met dit besluit, dan kunt u binnen zes weken bezwaar maken bij het college van "
              "burgemeester en wethouders, Postbus 5100, 7600 GC Almelo. Wilt u eerst overleggen? Bel [[mevrouw "
              "Brouwer-Zwolle]] op [[06 1173 6624]] of het algemene nummer {{14 0546}}."),
        ("p", "Met vriendelijke groet,\nnamens burgemeester en wethouders van Almelo,\n\n[[H. Soemowidjojo]]\n"
              "teamleider Wmo"),
        ("small", "Verwerkt in {{Suite4SociaalDomein}} door [[SOEMOWIDJOJO H]] op 27-02-2025 14:12"),
    ],
})

# ------------------------------------------------------------------------------------------ af12
DOCS.append({
    "name": "af12_jeugdwet_gespreksverslag",
    "producer": "rl",
    "font": "DVC",
    "title": "Gespreksverslag Jeugd – [[familie Tromp-Kock]]",
    "footer": "{{Gemeente Zwolle}} – {{Sociaal Wijkteam Zwolle-Zuid}} – vertrouwelijk – verwerkt in {{Mens Centraal}}",
    "blocks": [
        ("h1", "Gespreksverslag keukentafelgesprek Jeugdwet"),
        ("kv", [["Cliënt (jeugdige)", "[[Jurgen Tromp]], geboren [[03-11-2012]]"],
                ["Ouders", "[[Giselle Tromp-Kock]] (moeder), [[Shurendy Tromp]] (vader, woont in {{Rotterdam}})"],
                ["Adres", "[[Ruiterweg 77]], [[8017 PN]] Zwolle"],
                ["Jeugdconsulent", "[[Sipke Tjallingwier]], {{Sociaal Wijkteam Zwolle-Zuid}}"],
                ["Datum / plaats", "4 februari 2025, thuis bij moeder"],
                ["Aanwezig", "moeder, [[Jurgen]], jeugdconsulent, schoolmaatschappelijk werker [[Romy Dam]] "
                             "({{Thorbecke Scholengemeenschap}})"]], {"widths": [40, 130]}),
        ("h2", "Aanleiding"),
        ("p", "Melding via de huisarts ([[dokter Kalloe-Brinkman]], {{Gezondheidscentrum Stadshagen}}) op 13 januari: "
              "[[Jurgen]] verzuimt veel en heeft sinds de scheiding van zijn ouders angstklachten. De school "
              "meldde bij {{Leerplicht Zwolle}} 46 uur ongeoorloofd verzuim."),
        ("h2", "Gesprek"),
        ("p", "[[Mevrouw Tromp-Kock]] vertelt dat [[Jurgen]] slecht slaapt en niet naar het {{Thorbecke}} wil. Vader "
              "ziet [[Jurgen]] om het weekend. [[Jurgen]] zegt zelf dat hij vooral gym vervelend vindt. Moeder werkt "
              "in ploegendienst bij {{Isala}}; haar zus [[Ruthmilda Doran-Kroon]] helpt met oppassen."),
        ("h2", "Afspraken"),
        ("p", "1. Aanvraag jeugdhulp: ambulante begeleiding via {{Travers Welzijn}}, 6 maanden. "
              "2. [[Romy Dam]] bespreekt met de mentor een aangepast rooster. "
              "3. [[Sipke]] belt vader ([[06 5530 2871]]) voor zijn kant van het verhaal. "
              "4. Evaluatie op 6 mei 2025. Programma: {{Zwolle Kansrijk Opgroeien}}."),
        ("pb",),
        ("h2", "Plan van aanpak (bijlage bij de beschikking jeugdhulp)"),
        ("table", [["Doel", "Wie", "Wanneer"],
                   ["[[Jurgen]] gaat weer vier dagen per week naar school", "[[Romy Dam]], mentor", "april 2025"],
                   ["Moeder krijgt steun bij de opvoeding na de scheiding", "{{Travers Welzijn}}", "vanaf maart 2025"],
                   ["Vader wordt betrokken bij de afspraken", "[[Sipke Tjallingwier]]", "februari 2025"],
                   ["Angstklachten in beeld (eventueel {{Accare}} of {{Dimence}})", "huisarts [[Kalloe-Brinkman]]",
                    "mei 2025"]], {"widths": [85, 50, 35]}),
        ("p", "Ouders zijn het eens met het plan. [[Mevrouw Tromp-Kock]] tekende op 6 februari; [[de heer Tromp]] "
              "gaf telefonisch akkoord op 10 februari (gesprek met [[Sipke]], genoteerd in {{Mens Centraal}}). "
              "Bij zorgen over de veiligheid schakelt het wijkteam {{Veilig Thuis IJsselland}} in ({{0800 2000}})."),
        ("p", "Verslag opgesteld door [[S. Tjallingwier]] ([[s.tjallingwier@zwolle.nl]]) op 5 februari 2025, "
              "gecontroleerd door gedragswetenschapper [[drs. M. Kalverdijkhof]]."),
    ],
    "hidden": {"notes": [(0, "[[Kalverdijkhof, Mirjam]]", "Indicatie akkoord, maar vader ook horen (gezag!). – [[MK]]",
                          [430, 700, 450, 720]),
                         (0, "[[Tjallingwier, Sipke]]", "[[Ruthmilda]] wil niet in het verslag genoemd worden, aanpassen?",
                          [430, 500, 450, 520])]},
})

# ------------------------------------------------------------------------------------------ af13
B13 = bsn(1301)
I13 = iban("RABO", 1301)
DOCS.append({
    "name": "af13_participatiewet_terugvordering",
    "producer": "rl",
    "title": "Terugvordering bijstand",
    "footer": "{{Werkplein Ede}} · {{gemeente Ede}} · Postbus 9022, 6710 HK Ede · {{14 0318}} · www.ede.nl/werk-en-inkomen",
    "blocks": [
        ("cols", [("p", "<b>{{gemeente Ede}}</b><br/>Werk en Inkomen"), ("sp", 20),
                  ("p", "[[Mevrouw Z. Sultani]]<br/>[[Van Reenenlaan 3]]<br/>[[6713 KE]] {{Ede}}")],
         [("small", "Datum<br/>19 februari 2025<br/><br/>Ons kenmerk<br/>PW/TV/2025/1187<br/><br/>"
                    "Behandeld door<br/>[[A.R. Popalyar]]<br/><br/>Telefoonnummer<br/>[[0318 68 04 29]]<br/><br/>"
                    "Klantnummer<br/>[[508812]]")], 0.62),
        ("h2", "Besluit: terugvordering en verrekening bijstand (Participatiewet)"),
        ("p", "Geachte [[mevrouw Sultani]],"),
        ("p", "Uit onderzoek van onze sociaal rechercheur, [[de heer Farid Ahmadzai Popalyar]], blijkt dat u in de "
              "periode 1 juni 2024 tot en met 30 november 2024 inkomsten had uit werk bij {{PostNL}} die u niet "
              "aan ons heeft doorgegeven. U heeft daardoor te veel bijstand ontvangen. U bent op 29 januari 2025 "
              "gehoord; u werd bijgestaan door [[mr. Kovács-Dijkhuizen]] van {{Rechtswinkel Ede}}."),
        ("table", [["Gegevens", "", ""],
                   ["Naam", "[[Zarghuna Sultani-Rahimzai]]", ""],
                   ["BSN", f"[[{B13}]]", ""],
                   ["Geboortedatum", "[[21-04-1988]]", ""],
                   ["Bankrekening", f"[[{I13}]]", ""],
                   ["Bedrag terugvordering", "€ 3.412,66", "art. 58 {{Participatiewet}}"],
                   ["Boete", "€ 350,00", "art. 18a {{Participatiewet}}"]], {"widths": [45, 75, 50]}),
        ("p", "Wij verrekenen het bedrag met uw lopende uitkering: € 120,00 per maand vanaf 1 april 2025. Wilt u "
              "het bedrag liever ineens betalen, maak het dan over naar {{NL27 BNGH 0285 0107 33}} ten name van "
              "{{Gemeente Ede}} onder vermelding van het kenmerk."),
        ("p", "Wethouder {{Jan Pieter van der Schans}} (Werk en Inkomen) heeft het handhavingsbeleid in 2024 "
              "vastgesteld; het {{Landelijk Bureau Inning Onderhoudsbijdragen}} is niet betrokken."),
        ("p", "Met vriendelijke groet,<br/>namens het college,<br/>[[A.R. Popalyar]], handhavingsspecialist<br/>"
              "[[Samira El Idrissi-Vonk]], teamleider Handhaving"),
        ("pb",),
        ("h2", "Bijlage: journaal klantcontacten (uittreksel {{Suite4SociaalDomein}})"),
        ("table", [["Datum", "Medewerker", "Kanaal", "Notitie"],
                   ["09-12-2024", "[[POPALYAR A.R.]]", "signaal", "Inlichtingenbureau-signaal loon {{PostNL}} ontvangen."],
                   ["16-12-2024", "[[POPALYAR A.R.]]", "brief", "Uitnodiging gesprek verstuurd."],
                   ["08-01-2025", "[[EL IDRISSI-VONK S.]]", "telefoon", "Klant belt: zoon [[Noorullah]] vertaalt; "
                    "afspraak verzet naar 29-01."],
                   ["29-01-2025", "[[POPALYAR A.R.]]", "gesprek", "Klant erkent werk via uitzendbureau {{Randstad}}; "
                    "advocaat [[Kovács-Dijkhuizen]] aanwezig."],
                   ["19-02-2025", "[[DE GROOT-MEIJERINK P.]]", "besluit", "Besluit terugvordering verzonden, "
                    "kopie aan [[mr. Kovács-Dijkhuizen]]."]], {"widths": [22, 40, 20, 92], "size": 8}),
    ],
})

# ------------------------------------------------------------------------------------------ af14
DOCS.append({
    "name": "af14_last_onder_dwangsom_putten",
    "producer": "html",
    "title": "Last onder dwangsom",
    "css": LETTER_CSS + ".sender{color:#6b2c91}",
    "html": """
<div class='env'><div class='sender'>{{Gemeente Putten}}</div>
<div class='small'>Retouradres Postbus 400, 3880 AK Putten</div>
<div class='window'>[[De heer B.J. van 't Klooster]]<br>[[Mevrouw M.H. van 't Klooster-Tewolde]]<br>[[Garderenseweg 112]]<br>[[3881 PG]] {{Putten}}</div>
<table class='ref'>
<tr><td>Datum</td><td>2 april 2025</td></tr>
<tr><td>Ons kenmerk</td><td>VTH/HH/2025-0067</td></tr>
<tr><td>Uw kenmerk</td><td>–</td></tr>
<tr><td>Behandeld door</td><td>[[S.O. Guuleed]]</td></tr>
<tr><td>Telefoonnummer</td><td>[[0341 35 97 48]]</td></tr>
<tr><td>Bijlage(n)</td><td>2 (foto's, situatieschets)</td></tr>
</table></div>
<p><b>Onderwerp: last onder dwangsom – bedrijfsmatig gebruik woning en bijgebouw</b></p>
<p>Geachte [[heer en mevrouw Van 't Klooster]],</p>
<p>Op 14 januari en 11 februari 2025 heeft onze toezichthouder, [[de heer Abdirahman Xirsi Guuleed]], uw perceel aan de
{{Garderenseweg}} (kadastraal Putten, sectie K, nummer [[2871]]) bezocht. Hij heeft geconstateerd dat in het bijgebouw een
autoschadebedrijf wordt uitgeoefend ('[[Van 't Klooster Carrosserie]]'), terwijl het {{Omgevingsplan gemeente Putten}}
hier alleen wonen toestaat. In het voornemen van 25 februari hebben wij u in de gelegenheid gesteld uw zienswijze te geven.
Uw gemachtigde, [[mr. J.P. Figueiredo Barbosa]] ({{Barbosa Legal}}), heeft dat op 12 maart gedaan.</p>
<h2>Last</h2>
<p>Wij gelasten u de bedrijfsmatige activiteiten te staken en gestaakt te houden <b>binnen acht weken</b> na de datum van
deze brief. Doet u dat niet, dan verbeurt u een dwangsom van € 1.000,00 per week, met een maximum van € 15.000,00.</p>
<h2>Zienswijze en reactie</h2>
<table class='grid'>
<tr><th style='width:50%'>Zienswijze (samengevat)</th><th>Reactie college</th></tr>
<tr><td>De werkzaamheden zijn hobbymatig; [[de heer Van 't Klooster]] werkt alleen voor familie.</td>
<td>Op 11 februari stonden zes auto's met kentekens van derden ([[HG-618-T]], [[8-KXR-27]]) op het erf. Er is een
bedrijfsbord en een vermelding bij de {{Kamer van Koophandel}} (KvK [[90412277]]).</td></tr>
<tr><td>Buurman [[de heer Kok]] ([[Garderenseweg 114]]) heeft geen bezwaar.</td>
<td>Het handhavingsverzoek is ingediend door een andere omwonende; de naam van die omwonende maken wij niet bekend.</td></tr>
</table>
<p>Dit besluit is genomen namens het college van burgemeester en wethouders van Putten; portefeuillehouder handhaving is
burgemeester {{Ravensbergen}}. Bezwaar kan binnen zes weken worden ingediend bij het college. Een voorlopige voorziening kunt u
vragen bij de {{Rechtbank Gelderland}}.</p>
<p>Met vriendelijke groet,<br>namens burgemeester en wethouders van Putten,<br><br>[[ing. W.J. de Groot]]<br>
teamleider Vergunningverlening, Toezicht en Handhaving</p>
<p class='small'>Afschrift: [[mr. J.P. Figueiredo Barbosa]], {{Barbosa Legal}}, Amersfoort; {{Omgevingsdienst Veluwe IJssel}} (ODVIJ)</p>
<div class='foot'>{{Gemeente Putten}} · Fontanusplein 1 · 3881 CX Putten · {{0341 35 97 11}} · {{gemeente@putten.nl}} · IBAN {{NL15 BNGH 0285 0015 71}}</div>
""",
})

# ------------------------------------------------------------------------------------------ af15
DOCS.append({
    "name": "af15_omgevingsvergunning_zienswijzen",
    "producer": "rl",
    "title": "Omgevingsvergunning OLO 9123456 {{Veldhuizerweg}}",
    "author": "[[Marloes Hoogenraad-Tjeenk]]",
    "footer": "{{Gemeente Ede}} · Bergstraat 4 · Postbus 9022, 6710 HK Ede · {{14 0318}}",
    "blocks": [
        ("h1", "Omgevingsvergunning"),
        ("kv", [["Aanvrager", "[[de heer J.A.W. Blom]] en [[mevrouw P. Blom-Ouwehand]]"],
                ["Adres aanvrager", "[[Veldhuizerweg 19]], [[6716 DE]] Ede"],
                ["Locatie project", "[[Veldhuizerweg 19]] (kadastraal Ede, sectie D, nr. [[7745]])"],
                ["Project", "bouwen van een mantelzorgwoning en een schuur (activiteiten bouwen en afwijken omgevingsplan)"],
                ["Zaaknummer / OLO", "OV-2024-1877 / {{Omgevingsloket}} 9123456"],
                ["Datum besluit", "28 maart 2025"],
                ["Procedure", "uitgebreide voorbereidingsprocedure (afdeling 3.4 {{Awb}})"]], {"widths": [40, 130]}),
        ("h2", "Besluit"),
        ("p", "Burgemeester en wethouders van Ede verlenen de omgevingsvergunning, met inachtneming van de "
              "voorschriften in bijlage 1. Het ontwerpbesluit heeft van 5 december 2024 tot en met 16 januari 2025 "
              "ter inzage gelegen. Er zijn vier zienswijzen ingediend."),
        ("h2", "Zienswijzen"),
        ("table", [["Nr.", "Indiener", "Adres", "Samenvatting", "Reactie"],
                   ["1", "[[C.J. Winter]]", "[[Veldhuizerweg 21]]", "vreest schaduw op zijn moestuin",
                    "Bezonningsstudie {{Van der Weij Architecten}}: geen onevenredige schaduw. Ongegrond."],
                   ["2", "[[Ama Boakye]] en [[Kwame Boakye-Visser]]", "[[Kernhemseweg 6]]",
                    "uitzicht op {{Landgoed Kernhem}} verdwijnt", "Geen recht op vrij uitzicht. Ongegrond."],
                   ["3", "[[T. de Groot]]", "[[Veldhuizerweg 17]]", "zorgen over afvoer hemelwater",
                    "Voorschrift 6 toegevoegd (infiltratie op eigen terrein). Gegrond."],
                   ["4", "{{Stichting Natuur en Milieu Ede}}", "Postbus 511, Ede", "vleermuizen in de schuur",
                    "Ecologisch onderzoek {{Bureau Waardenburg}}: geen verblijfplaatsen. Ongegrond."]],
         {"widths": [8, 36, 30, 44, 52], "size": 8}),
        ("p", "[[De heer Winter]] en [[mevrouw Boakye]] zijn op 22 januari gehoord door [[Marloes Hoogenraad-Tjeenk]] "
              "(vergunningverlener) en [[Jeroen Dam]] (jurist). De {{Omgevingsdienst De Vallei}} heeft geadviseerd over "
              "de milieuaspecten; contactpersoon was [[ing. S. Ferreira Lopes]]."),
        ("pb",),
        ("h2", "Overwegingen"),
        ("p", "De mantelzorgwoning is bedoeld voor de moeder van [[mevrouw Blom-Ouwehand]], die zorg nodig heeft. De "
              "woning wordt ontmanteld als de zorgbehoefte eindigt (voorschrift 3). Het plan past binnen het "
              "{{Omgevingsplan gemeente Ede}} na afwijking. Welstand: positief advies van {{Het Gelders Genootschap}}."),
        ("p", "Het {{Waterschap Vallei en Veluwe}} heeft geen bezwaar. Wethouder {{Leon Meijer}} is portefeuillehouder "
              "Ruimtelijke Ordening."),
        ("h2", "Beroep"),
        ("p", "Belanghebbenden die een zienswijze hebben ingediend, kunnen binnen zes weken beroep instellen bij de "
              "{{Rechtbank Gelderland}}, Postbus 9030, 6800 EM Arnhem."),
        ("p", "Burgemeester en wethouders van Ede,<br/>namens dezen,<br/>[[M. Hoogenraad-Tjeenk]], vergunningverlener<br/>"
              "Behandeld door: [[Marloes Hoogenraad-Tjeenk]], [[06 4551 2093]], [[m.hoogenraad@ede.nl]]"),
        ("small", "Verzonden aan: aanvragers; indieners zienswijzen 1 t/m 4; {{Omgevingsdienst De Vallei}}."),
    ],
    "hidden": {"notes": [(1, "[[Dam, Jeroen]]", "Zienswijze 3 ([[De Groot]]) nog even checken bij waterschap.",
                          [500, 600, 520, 620])]},
})

# ------------------------------------------------------------------------------------------ af16
DOCS.append({
    "name": "af16_hoorverslag_bezwaarcommissie",
    "producer": "rl",
    "columns": 2,
    "font": "DVS",
    "size": 9,
    "title": "Verslag hoorzitting",
    "footer": "{{Commissie bezwaarschriften}} {{gemeente Deventer}} · Postbus 5000, 7400 GC Deventer · {{bezwaarcommissie@deventer.nl}}",
    "blocks": [
        ("h1", "Verslag hoorzitting"),
        ("p", "<b>Zaak:</b> bezwaar van [[de heer A. Xirsi]] tegen de afwijzing van een urgentieverklaring "
              "(BZ-2024-0981)<br/><b>Datum:</b> 5 februari 2025, stadhuis Deventer, {{Grote Kerkhof}} 4<br/>"
              "<b>Commissie:</b> de voorzitter en twee leden (namen bekend bij het secretariaat)<br/>"
              "<b>Secretaris:</b> [[mr. Lotte in 't Zandt]]<br/><b>Bezwaarmaker:</b> [[Abdirahman Xirsi]], bijgestaan "
              "door zijn broer [[Mahad Xirsi]] en tolk Somali [[Faadumo Cabdi Warsame]] (tolknummer [[41877]])<br/>"
              "<b>Namens het college:</b> [[Wendy Kok-Ramdin]] (beleidsmedewerker Wonen) en [[Henk Blom]] "
              "(teamleider)"),
        ("h2", "Verloop"),
        ("p", "<b>Voorzitter:</b> opent de zitting om 14.00 uur en legt de procedure uit."),
        ("p", "<b>[[Xirsi]]:</b> Ik woon met mijn vrouw en vier kinderen in twee kamers aan de [[Sluisstraat 12-II]]. "
              "De huisbaas wil ons eruit. Mijn dochter [[Hibo]] heeft astma; de huisarts heeft een brief geschreven."),
        ("p", "<b>[[Kok-Ramdin]]:</b> De urgentiecommissie heeft gekeken naar de {{Huisvestingsverordening Deventer 2023}}. "
              "Overbewoning alleen is geen urgentiegrond. De medische situatie is beoordeeld door {{Argonaut}}."),
        ("p", "<b>Lid commissie:</b> Heeft u zelf gezocht via {{Woonkeus Stedendriehoek}}?"),
        ("p", "<b>[[Xirsi]]:</b> Ja, 38 keer gereageerd. Mijn broer helpt mij daarbij."),
        ("p", "<b>[[Mahad Xirsi]]:</b> Ik wil toevoegen dat de gemeente in december niet heeft teruggebeld. "
              "Ik heb drie keer gebeld met [[mevrouw Kok]]."),
        ("p", "<b>[[Blom]]:</b> Dat betreuren wij. Er was een wisseling van behandelaar; [[mevrouw Kok-Ramdin]] heeft "
              "het dossier op 8 januari overgenomen van [[de heer Çağlar]]."),
        ("p", "<b>Voorzitter:</b> Wethouder {{Carla Koudstaal-Vissers}} heeft in de raad toegezegd dat schrijnende "
              "gevallen opnieuw bekeken worden. Is dat hier gebeurd?"),
        ("p", "<b>[[Kok-Ramdin]]:</b> Nog niet. Wij kunnen het voorleggen aan het {{Sociaal Team}} en aan "
              "{{Woonbedrijf ieder1}}."),
        ("h2", "Afsluiting"),
        ("p", "De voorzitter sluit de zitting om 14.55 uur. De commissie brengt binnen vier weken advies uit aan het "
              "college. Verslag: [[L. in 't Zandt]], 6 februari 2025. Het verslag is toegestuurd aan [[de heer Xirsi]], "
              "[[Sluisstraat 12-II]], [[7411 EP]] Deventer."),
    ],
})

# ------------------------------------------------------------------------------------------ af17
I17 = iban("ABNA", 1701)
DOCS.append({
    "name": "af17_subsidie_particulier_gelderland",
    "producer": "fpdf",
    "title": "Beschikking subsidie {{Gelderse Erfgoedregeling}}",
    "author": "[[Endang Prawiroatmodjo]]",
    "footer": "{{Provincie Gelderland}} · Markt 11 · Postbus 9090, 6800 GX Arnhem · {{026 359 91 11}} · {{post@gelderland.nl}}",
    "blocks": [
        ("h1", "{{Provincie Gelderland}}"),
        ("kv", [["[[De heer en mevrouw R.F. Oudbier-Hidayat]]", "Datum: 9 april 2025"],
                ["[[Hoge Akkerweg 3]]", "Zaaknummer: 2025-004412"],
                ["[[7251 KN]] {{Vorden}}", "Behandeld door: [[E. Prawiroatmodjo]]"],
                ["", "Telefoon: [[026 359 84 61]]"]], {"widths": [95, 80]}),
        ("p", "Onderwerp: verlening subsidie restauratie boerderij '[[De Oudbier-hoeve]]' (rijksmonument)"),
        ("p", "Geachte [[heer en mevrouw Oudbier-Hidayat]],"),
        ("p", "Op 10 januari 2025 heeft u subsidie aangevraagd op grond van de {{Gelderse Erfgoedregeling}} voor de "
              "restauratie van het rieten dak van uw boerderij. Gedeputeerde Staten verlenen u een subsidie van ten "
              "hoogste € 42.600,00. Gedeputeerde {{Annelies Krijgsman-Heuvel}} is verantwoordelijk voor erfgoed."),
        ("p", "Wij betalen een voorschot van 80% uit op rekening [[" + I17 + "]] ten name van [[R.F. Oudbier]]. Het "
              "restant betalen wij na vaststelling. De restauratie wordt begeleid door {{Monumentenwacht Gelderland}} "
              "en uitgevoerd door {{Rietdekkersbedrijf Gebr. Hendriks B.V.}}. De {{Rijksdienst voor het Cultureel Erfgoed}} "
              "is geïnformeerd."),
        ("p", "Uw aanvraag werd mede ondertekend door uw dochter, [[Saskia Oudbier]], die als contactpersoon optreedt "
              "([[saskia.oudbier@hotmail.com]], [[06 2877 4410]]). Correspondentie sturen wij aan u beiden."),
        ("table", [["Verplichting", "Termijn"],
                   ["Start werkzaamheden melden via {{subsidies@gelderland.nl}}", "voor 1 juli 2025"],
                   ["Aanvraag vaststelling met foto's en facturen", "voor 1 juli 2026"],
                   ["Bordje 'Mede mogelijk gemaakt door {{Provincie Gelderland}}'", "tijdens werkzaamheden"]],
         {"widths": [120, 50]}),
        ("p", "Met vriendelijke groet,\nGedeputeerde Staten van Gelderland,\nnamens dezen,\n\n[[drs. E. Prawiroatmodjo]]\n"
              "teamleider Subsidies Cultuur en Erfgoed"),
        ("small", "Bezwaar: binnen zes weken bij Gedeputeerde Staten, Postbus 9090, 6800 GX Arnhem. Commissaris van de "
                  "Koning {{John Berends}} is voorzitter van het college."),
    ],
    "hidden": {"links": [(0, [40, 300, 300, 312], "mailto:[[saskia.oudbier@hotmail.com]]")],
               "fields": [(0, "behandelaar", "[[Endang Prawiroatmodjo]]", [400, 20, 560, 34])]},
})
