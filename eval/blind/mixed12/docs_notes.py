"""Notes: beslisnota's, adviesnota's, routing sheets, annotated drafts, memo's, gespreksnotities."""
from framework import bsn, iban, iban_spaced

MOTIV_EMPTY = ("Informatie die niet openbaar gemaakt kan worden\n"
               "Motivering: [in te vullen bij openbaarmaking]")

DOCS = []

# ---------------------------------------------------------------- v01 beslisnota VRO (docx)
DOCS.append(dict(
    name="v01_beslisnota_vro", producer="docx", author="[[Dijkstra, Wytske|P]]",
    header="{{Ministerie van Volkshuisvesting en Ruimtelijke Ordening|ORG}}",
    footer="Beslisnota | Kenmerk {{2024-0000512345|REF}} | Pagina",
    blocks=[
        ("h", "Beslisnota"),
        ("side",
         "Aan: de {{minister van Volkshuisvesting en Ruimtelijke Ordening|ROLE}}\n"
         "Via: de {{secretaris-generaal|ROLE}}\n"
         "Via: de {{directeur-generaal Volkshuisvesting en Bouwen|ROLE}}, [[Rinse Zijlstra|P]]\n"
         "Via: de plv. directeur Woningmarkt, [[mr. J.A. ter Horst|P|J.A. ter Horst]]\n"
         "Van: [[W. Dijkstra|P]], beleidsmedewerker\n"
         "\n"
         "Onderwerp: tijdelijke huurcontracten en de {{Wet vaste huurcontracten|LAW}}\n"
         "\n"
         "Aanleiding\n"
         "Op 3 oktober 2024 nam de Tweede Kamer de motie van de leden {{Grinwis|OFFICIAL}} "
         "({{ChristenUnie|ORG}}) en {{Beckerman|OFFICIAL}} ({{SP|ACRONYM}}) aan over handhaving op tijdelijke "
         "contracten. {{Minister Keijzer|OFFICIAL}} heeft toegezegd de Kamer voor het kerstreces te informeren. "
         "De {{Huurcommissie|ORG}} en de {{Woonbond|ORG}} zijn geconsulteerd; namens de Woonbond sprak "
         "[[Marloes in 't Veld|P]], namens {{Aedes|ORG}} [[Kwame Asante|P]].\n"
         "\n"
         "Geadviseerd besluit\n"
         "Aan de minister wordt gevraagd in te stemmen met bijgaande Kamerbrief en met een "
         "bestuurlijk overleg met {{VNG|ACRONYM}} en {{IPO|ACRONYM}} in januari.\n"
         "\n"
         "Kern\n"
         "- Gemeenten kunnen vanaf 1 juli 2025 een boete opleggen via de {{Wet goed verhuurderschap|LAW}}.\n"
         "- [[Ter Horst|P]] (Woningmarkt) en [[Zijlstra|P]] zien geen noodzaak voor een aparte AMvB.\n"
         "- {{Staatssecretaris Szabó|OFFICIAL}} ({{BZK|ACRONYM}}) is via zijn kabinet geïnformeerd over de "
         "gevolgen voor de {{Basisregistratie Personen|ORG}}.",
         "**Directoraat-generaal Volkshuisvesting en Bouwen\n"
         "Directie Woningmarkt\n"
         "{{Turfmarkt 147|STREET}}\n"
         "{{Den Haag|PLACE}}\n"
         "{{Postbus 20011|STREET}}\n"
         "\n"
         "**Kenmerk\n"
         "{{2024-0000512345|REF}}\n"
         "**Datum\n"
         "14 oktober 2024\n"
         "**Contactpersoon\n"
         "[[Wytske Dijkstra|P]]\n"
         "**Telefoon\n"
         "[[06 4117 2093|T]]\n"
         "**E-mail\n"
         "[[wytske.dijkstra@minvro.nl|E]]\n"
         "**Kopie aan\n"
         "[[Anaïs Lefèvre|P]] (DWJZ)\n"
         "{{Directie Communicatie|ORG}}"),
        ("h2", "Toelichting"),
        ("p", "Het {{Kadaster|ORG}} levert de huurprijsgegevens via {{Landelijke Voorziening|PRODUCT}}. "
              "Volgens [[Lefèvre|P]] is een {{DPIA|ACRONYM}} nodig voordat gemeenten die gegevens krijgen. "
              "De gemeente {{Zwolle|PLACE}} (burgemeester {{Snijders|OFFICIAL}}) wil als pilotgemeente optreden; "
              "contact daar loopt via [[Evert Zwolle|P]], beleidsadviseur wonen, [[06-29384756|T]]."),
        ("h2", "Parafen"),
        ("grid", [["Naam", "Functie", "Paraaf", "Datum"],
                  ["[[W. Dijkstra|P]]", "beleidsmedewerker", "[[WD|R]]", "14-10-2024"],
                  ["[[TER HORST, J.A.|P]]", "plv. directeur Woningmarkt", "[[JtH|R]]", "15-10-2024"],
                  ["[[Kovács Zsófia|P]]", "jurist DWJZ", "[[KZs|R]]", "15-10-2024"],
                  ["[[R. Zijlstra|P]]", "DG Volkshuisvesting en Bouwen", "[[RZ|R]]", "16-10-2024"]],
         [5, 5.5, 2.5, 3]),
        ("p", MOTIV_EMPTY),
    ]))

# ---------------------------------------------------------------- v02 adviesnota provincie (reportlab, bookmarks)
DOCS.append(dict(
    name="v02_adviesnota_gelderland", producer="reportlab", author="[[J. Hoekstra-Sijbesma|P]]",
    footer="Provincie Gelderland - GS-nota 2024-019883",
    side=("**Provincie Gelderland\n{{Markt 11|STREET}}\n6811 CG {{Arnhem|PLACE}}\n\n**Zaaknummer\n"
          "{{2024-019883|REF}}\n**Datum\n5 november 2024\n**Steller\n[[J. Hoekstra-Sijbesma|P]]\n**Telefoon\n"
          "[[026 359 7741|T]]\n**E-mail\n[[j.hoekstrasijbesma@gelderland.nl|E]]\n**Portefeuillehouder\n"
          "gedeputeerde {{Peter Drenth|OFFICIAL}}"),
    hidden={"outline": [("Adviesnota GS - opgesteld door [[J. Hoekstra-Sijbesma|P]]", 0),
                        ("Bijlage: reactie [[Rik op 't Root|P]] (Gelderse Natuur- en Milieufederatie)", 0),
                        ("Paraaf teamleider [[Sanne Blom-Verhoeven|P]]", 0),
                        ("Reactie [[Hendrik op de Beek|P]] / [[h.opdebeek@lto.nl|E]]", 0)]},
    blocks=[
        ("h", "Adviesnota Gedeputeerde Staten"),
        ("p", "Onderwerp: vaststelling uitvoeringsregeling {{Programma Gelderse Maatregelen Stikstof|PROGRAM}}"),
        ("h2", "1. Voorstel"),
        ("p", "Gedeputeerde Staten besluiten de uitvoeringsregeling vast te stellen en {{Provinciale Staten|ORG}} "
              "met een statenbrief te informeren. {{Gedeputeerde Drenth|OFFICIAL}} is portefeuillehouder; "
              "{{Commissaris van de Koning|ROLE}} {{John Berends|OFFICIAL}} ontvangt een afschrift."),
        ("h2", "2. Aanleiding"),
        ("p", "Het ministerie van {{Landbouw, Visserij, Voedselzekerheid en Natuur|ORG}} (minister "
              "{{Femke Wiersma|OFFICIAL}}) heeft de {{specifieke uitkering|TERM}} voor 2025 toegekend. "
              "Overleg met {{LTO Noord|ORG}} vond plaats op 24 oktober; aanwezig waren [[Hendrik op de Beek|P]] "
              "(LTO) en [[Rik op 't Root|P]] ({{Gelderse Natuur- en Milieufederatie|ORG}}). [[Op de Beek|P]] vroeg "
              "om een hardheidsclausule voor jonge boeren."),
        ("h2", "3. Juridische toets"),
        ("p", "De toets is uitgevoerd door [[Tsjitske de Vries-Hiemstra|P]] (team Juridische Zaken). "
              "Volgens [[De Vries-Hiemstra|P]] past de regeling binnen de {{Algemene subsidieverordening Gelderland|LAW}}. "
              "Zij is bereikbaar op [[06 1830 4472|T]] of [[t.devrieshiemstra@gelderland.nl|E]]."),
        ("h2", "4. Communicatie"),
        ("p", "Persvoorlichting via {{pers@gelderland.nl|MAILBOX}}; vragen van inwoners via het "
              "{{Klantcontactcentrum|ORG}}, {{026 359 9999|SWITCHBOARD}}."),
        ("h2", "5. Parafen"),
        ("grid", [["Rol", "Naam", "Paraaf", "Datum"],
                  ["Steller", "[[J. Hoekstra-Sijbesma|P]]", "[[JHS|R]]", "5-11"],
                  ["Teamleider", "[[S. Blom-Verhoeven|P]]", "[[SBV|R]]", "6-11"],
                  ["Juridisch", "[[T. de Vries-Hiemstra|P]]", "[[TdVH|R]]", "6-11"],
                  ["Directeur", "[[A.K. Owusu-Ansah|P]]", "[[AKOA|R]]", "7-11"]], [3, 5, 2.5, 2]),
    ]))

# ---------------------------------------------------------------- v03 annotated draft with tracked changes (html + sticky notes)
V03_CSS = """<style>@page{size:A4;margin:18mm 14mm}body{font-family:'DejaVu Serif',serif;font-size:10pt;}
.wrap{display:flex;gap:10px}.main{flex:1}.balloons{width:62mm;font-family:'DejaVu Sans';font-size:7.5pt}
.b{border:1px solid #c44;background:#fde;padding:3px;margin-bottom:8px}ins{color:#06c;text-decoration:underline}
del{color:#c00;text-decoration:line-through}h1{font-size:14pt}.hdr{font-family:'DejaVu Sans';font-size:8pt;color:#555}</style>"""
DOCS.append(dict(
    name="v03_concept_kamerbrief_wijzigingen", producer="html",
    hidden={"notes": [(0, "[[Brouwer, Noémie|P]]", "[[Noémie|P]]: graag nog laten checken door [[Wiśniewski|P]] (DWJZ) "
                        "voor we dit naar de {{minister|ROLE}} sturen.", 40, 760),
                       (0, "[[Al-Khatib, Rami|P]]", "Akkoord met tekst, zie mijn mail van 12/9 aan [[Hanna Bakker|P]].",
                        40, 600),
                       (1, "[[Łukasz Wiśniewski|P]]", "Juridisch ok. [[ŁW|R]]", 40, 700)],
            "author": "[[nbrouwer|U]]"},
    html=V03_CSS + """<body><div class="hdr">CONCEPT 0.4 - {{Ministerie van Asiel en Migratie|ORG}} - Wijzigingen bijhouden: aan -
Laatst bewerkt door [[Noémie Brouwer|P]] op 11-09-2024 16:42</div>
<h1>Kamerbrief over de opvang van alleenstaande minderjarige vreemdelingen</h1>
<div class="wrap"><div class="main">
<p>Geachte Voorzitter,</p>
<p>Met deze brief informeer ik uw Kamer, mede namens de {{staatssecretaris van Justitie en Veiligheid|ROLE}},
over de opvang van alleenstaande minderjarige vreemdelingen (amv) door het {{COA|ACRONYM}} en {{Nidos|ORG}}.
Ik geef daarmee invulling aan de toezegging die ik deed in het commissiedebat van 4 september jl. aan het lid
{{Van Baarle|OFFICIAL}} ({{DENK|ORG}}) en het lid {{Piri|OFFICIAL}} ({{GroenLinks-PvdA|ORG}}).</p>
<p>De bezetting in <del>Ter Apel</del><ins>het aanmeldcentrum {{Ter Apel|PLACE}}</ins> lag in augustus boven de
2.000 personen. <ins>Burgemeester {{Velema|OFFICIAL}} van {{Westerwolde|PLACE}} heeft hierover op 29 augustus een brief gestuurd.</ins>
Het {{Rode Kruis|ORG}} en {{Artsen zonder Grenzen|ORG}} hebben hun zorgen geuit.</p>
<p><del>Minister Faber</del><ins>Ik</ins> heb met de {{Commissaris van de Koning|ROLE}} in {{Groningen|PLACE}},
{{René Paas|OFFICIAL}}, gesproken over extra locaties.</p>
<p>Hoogachtend,</p><p>De {{minister van Asiel en Migratie|ROLE}},<br>{{M.H.M. Faber-van de Klashorst|OFFICIAL}}</p>
</div>
<div class="balloons">
<div class="b"><b>Opmerking [NB1]:</b> [[Noémie Brouwer|P]]<br>{{Piri|OFFICIAL}} noemen of alleen {{Van Baarle|OFFICIAL}}? Check met [[Rami|P]].</div>
<div class="b"><b>Opmerking [RAK2]:</b> [[Rami Al-Khatib|P]]<br>Ja, beide. Zie verslag griffie (contact: [[Yara Al-Halabi|P]], [[y.alhalabi@minaenm.nl|E]]).</div>
<div class="b"><b>Opmerking [HB3]:</b> [[Hanna Bakker|P]]<br>Cijfer 2.000 afstemmen met {{IND|ACRONYM}} / {{DMB|ACRONYM}}; [[Bakker|P]] belt [[Abu Shakra|P]] (COA, [[06 5120 7718|T]]).</div>
<div class="b"><b>Opmerking [ŁW4]:</b> [[Łukasz Wiśniewski|P]]<br>Formulering 'ik heb gesproken' ok.</div>
<div class="b"><b>Opgelost [NB5]:</b> [[N. Brouwer|P]]<br>Verwijzing naar {{Spreidingswet|LAW}} toegevoegd.</div>
</div></div>
<div style="page-break-before:always"></div>
<div class="hdr">CONCEPT 0.4 - pagina 2 - wijzigingen van [[Noémie Brouwer|P]], [[Rami Al-Khatib|P]], [[Hanna Bakker|P]]</div>
<div class="wrap"><div class="main">
<h3>Bijlage: overzicht gesprekken</h3>
<table border="1" cellspacing="0" cellpadding="3" style="font-size:8.5pt">
<tr><th>Datum</th><th>Met</th><th>Namens ministerie</th></tr>
<tr><td>21-08</td><td>{{Nidos|ORG}} (directie)</td><td>[[N. Brouwer|P]], [[R. Al-Khatib|P]]</td></tr>
<tr><td>28-08</td><td>{{VNG|ACRONYM}}, {{Veiligheidsberaad|ORG}}</td><td>[[H. Bakker|P]]</td></tr>
<tr><td>02-09</td><td>{{UNHCR|ACRONYM}} Nederland</td><td>[[Noémie Brouwer|P]]</td></tr>
</table>
</div><div class="balloons"><div class="b"><b>Opmerking [NB6]:</b> [[Noémie Brouwer|P]]<br>Tabel alleen intern; niet meesturen.</div></div></div>
</body>"""))

# ---------------------------------------------------------------- v04 routeblad JenV (docx, grid)
DOCS.append(dict(
    name="v04_routeblad_jenv", producer="docx", author="[[Richenel Martina|P]]", size=9,
    header="{{Ministerie van Justitie en Veiligheid|ORG}} - {{Directoraat-generaal Straffen en Beschermen|ORG}}",
    blocks=[
        ("h", "Routeblad / parafenblad"),
        ("table", [["Onderwerp", "Beantwoording brief {{Reclassering Nederland|ORG}} over capaciteit {{PI Zwolle|ORG}}"],
                   ["Kenmerk", "{{5871204|REF}}"],
                   ["Ter beslissing aan", "{{staatssecretaris Coenradie|OFFICIAL}}"],
                   ["Steller", "[[R.J. Martina|P]] ([[Richenel|P]]), {{DJI|ACRONYM}} hoofdkantoor, toestel [[070 370 4418|T]]"],
                   ["Deadline", "22 november 2024"]], [4, 12]),
        ("grid", [["Nr", "Naam (afdeling)", "Functie", "Paraaf", "Datum", "Opmerking"],
                  ["1", "[[Martina, R.J.|P]] (DJI/SBO)", "senior beleidsadviseur", "[[RJM|R]]", "12-11", "opgesteld"],
                  ["2", "[[Isenia, Shurendy|P]] (DJI/Juridisch)", "jurist", "[[SI|R]]", "13-11", "akkoord"],
                  ["3", "[[Van 't Hof, B.|P]] (DGSenB/SBO)", "afdelingshoofd", "[[BvtH|R]]", "14-11",
                   "zie tekst; [[Martina|P]] bellen"],
                  ["4", "[[Nagy Bence|P]] (FEZ)", "controller", "[[NB|R]]", "14-11", "geen fin. gevolgen"],
                  ["5", "[[DE WIT-KOSTER, M.J.|P]] (DGSenB)", "directeur", "[[MdWK|R]]", "15-11", ""],
                  ["6", "[[Gonçalves de Oliveira, L.|P]] (Bestuursondersteuning)", "adviseur", "[[LGO|R]]", "18-11",
                   "door naar stas"],
                  ["7", "{{staatssecretaris|ROLE}}", "", "", "", ""]], [0.8, 4.8, 3.4, 1.4, 1.4, 3.6]),
        ("h2", "Samenvatting"),
        ("p", "{{Reclassering Nederland|ORG}} vraagt om extra plaatsen voor de {{Penitentiaire Inrichting Zwolle|ORG}}. "
              "[[Bram van 't Hof|P]] adviseert de brief te beantwoorden met verwijzing naar het {{Masterplan DJI|PROGRAM}}. "
              "[[Mevr. De Wit-Koster|P|De Wit-Koster]] vraagt de passage over {{Lelystad|PLACE}} te schrappen, "
              "nadat {{minister Van Weel|OFFICIAL}} daar op 1 november de {{Tweede Kamer|ORG}} over informeerde. "
              "Contact {{Reclassering|ORG}}: [[Ama Owusu|P]] ([[a.owusu@reclassering.nl|E]]), niet het algemene adres "
              "{{info@reclassering.nl|MAILBOX}}."),
        ("small", "Route via {{Corsa|PRODUCT}} zaak {{JV-2024-88412|REF}}. Retour aan [[R. Martina|P]], kamer {{Turfmarkt 147|STREET}} 14e verdieping."),
    ]))

# ---------------------------------------------------------------- v05 memo directeur aan DG (reportlab, paraph only author, footnotes, xmp)
DOCS.append(dict(
    name="v05_memo_directeur_dg_lnv", producer="reportlab", font="DejaVuSerif",
    footnotes=["1  Gesprek van [[PvdW|R]] met [[mevrouw Terpstra|P|Terpstra]] (NVWA) op 7 maart 2024.",
               "2  Cijfers ontvangen van [[Auke Sijbesma|P]] (RVO), per mail van 8 maart."],
    hidden={"xmp": "[[Pieter van der Werff|P]]", "author": "[[PvdW|R]]"},
    footer="Memo DAD aan DG Agro - intern",
    blocks=[
        ("h", "Memo"),
        ("table", [["Aan", "DG Agro"], ["Van", "directeur Dierlijke Agroketens en Dierenwelzijn"],
                   ["Datum", "11 maart 2024"], ["Paraaf", "[[PvdW|R]]"],
                   ["Onderwerp", "vogelgriep en ophokplicht; gesprek met {{LTO|ACRONYM}} en {{NVWA|ACRONYM}}"]],
         [3, 12]),
        ("p", "Ter voorbereiding op het overleg van {{minister Adema|OFFICIAL}} met de sector op 14 maart het volgende.\u00b9 "
              "De {{Nederlandse Voedsel- en Warenautoriteit|ORG}} verwacht dat de ophokplicht tot mei blijft gelden. "
              "[[Gerbrich Terpstra|P]], teamleider bij de NVWA in {{Utrecht|PLACE}}, gaf aan dat de capaciteit voor "
              "ruimingen beperkt is. De {{Gezondheidsdienst voor Dieren|ORG}} ({{GD Deventer|ORG}}) is het daarmee eens."),
        ("p", "{{RVO|ACRONYM}} telde 41 besmette bedrijven.\u00b2 Mijn medewerker [[Kofi Boateng|P]] "
              "([[k.boateng@minlnv.nl|E]], [[06 3904 2281|T]]) houdt de lijst bij; [[Boateng|P]] is ook aanspreekpunt "
              "voor de Kamerleden {{Van der Plas|OFFICIAL}} en {{Holman|OFFICIAL}} die om een technische briefing vroegen."),
        ("p", "Ik stel voor dat u [[Sijbesma|P]] en [[Terpstra|P]] uitnodigt voor het {{MT Agro|ORG}} van 18 maart. "
              "De {{Europese Commissie|ORG}} ({{DG SANTE|ACRONYM}}) is geïnformeerd door onze {{Permanente Vertegenwoordiging|ORG}} "
              "in {{Brussel|PLACE}}."),
        ("p", "[[PvdW|R]]"),
        ("p", "Afschrift: [[W. Rahimi|P]] (bestuursondersteuning DG Agro), {{secretariaat.dgagro@minlnv.nl|MAILBOX}}"),
    ]))

# ---------------------------------------------------------------- v06 gespreksnotitie gemeente Utrecht (html, 2 columns)
DOCS.append(dict(
    name="v06_gespreksnotitie_utrecht", producer="html",
    html="""<style>@page{size:A4;margin:16mm}body{font-family:'DejaVu Sans',sans-serif;font-size:9pt}
.cols{column-count:2;column-gap:8mm}h1{font-size:13pt}table{border-collapse:collapse}td{padding:1px 6px 1px 0;vertical-align:top}</style>
<body><h1>Gespreksnotitie</h1>
<table><tr><td><b>Gemeente</b></td><td>{{Gemeente Utrecht|ORG}}, {{Stadsplateau 1|STREET}}</td></tr>
<tr><td><b>Datum gesprek</b></td><td>19 februari 2024, 10.00-11.15 uur</td></tr>
<tr><td><b>Locatie</b></td><td>{{Stadskantoor|ORG}}, kamer 6.12</td></tr>
<tr><td><b>Aanwezig</b></td><td>{{burgemeester Dijksma|OFFICIAL}}, {{wethouder Eerenberg|OFFICIAL}}, [[Chloë Verbeke|P]] (notulist),
[[Lotte Visser|P]] (programmamanager {{Merwedekanaalzone|PROGRAM}}), [[mevrouw A. Mensah|P|A. Mensah]] en [[de heer D. Nugroho|P|D. Nugroho]]
(namens bewonersvereniging {{Merwede-Noord|PLACE}})</td></tr>
<tr><td><b>Notitie</b></td><td>[[CV|R]]</td></tr></table>
<div class="cols">
<h3>1. Opening</h3>
<p>{{Burgemeester Dijksma|OFFICIAL}} opent en licht toe dat het gesprek op verzoek van de bewoners plaatsvindt.
[[Mevrouw Mensah|P|Mensah]] woont sinds 1998 aan de [[Jutfaseweg 41-bis|A]] en vertegenwoordigt 120 huishoudens.</p>
<h3>2. Bouwverkeer</h3>
<p>[[De heer Nugroho|P|Nugroho]] meldt dat vrachtwagens van {{BAM Bouw|ORG}} 's ochtends om zes uur door de
{{Briljantlaan|STREET}} rijden. [[Visser|P]] zegt toe dat de
bouwlogistiek via de {{Europalaan|STREET}} wordt geleid. {{Wethouder Eerenberg|OFFICIAL}} vraagt de
{{Omgevingsdienst regio Utrecht|ORG}} om geluidsmetingen.</p>
<h3>3. Groen en speelruimte</h3>
<p>De bewoners willen een speelplaats naast de {{Thorbecke-school|ORG}}. [[Lotte Visser|P]] neemt contact op met
de directie van de school. [[Arief Nugroho|P]], de zoon van [[de heer Nugroho|P|Nugroho]], zit in de
medezeggenschapsraad; [[Arief|P]] wil meedenken over het ontwerp.</p>
<h3>4. Afspraken</h3>
<ul><li>[[Visser|P]]: brief aan bewoners voor 1 maart ([[l.visser@utrecht.nl|E]]).</li>
<li>[[CV|R]]: verslag rondsturen aan [[a.mensah1961@gmail.com|E]] en [[dnugroho@ziggo.nl|E]].</li>
<li>Vragen van andere bewoners via {{14 030|SWITCHBOARD}} of {{merwedekanaalzone@utrecht.nl|MAILBOX}}.</li></ul>
<p>Volgende keer aanwezig: {{Sharon Dijksma|OFFICIAL}} niet, wel {{wethouder Linda Voortman|OFFICIAL}}.</p>
</div></body>"""))

# ---------------------------------------------------------------- v07 adviesnota gemeente Zwolle (docx) with Aan/Via/Van
DOCS.append(dict(
    name="v07_collegeadvies_zwolle", producer="docx", author="[[Evert-Jan Winter|P]]", font="Liberation Sans",
    header="{{Gemeente Zwolle|ORG}} | Collegeadvies",
    footer="{{Grote Kerkplein 15|STREET}} | {{Zwolle|PLACE}} | {{14 038|SWITCHBOARD}}",
    blocks=[
        ("h", "Collegeadvies"),
        ("table", [["Aan", "het college van burgemeester en wethouders"],
                   ["Via", "{{wethouder Monique Schuttenbeld|OFFICIAL}} (portefeuillehouder)"],
                   ["Via", "concerndirecteur [[Nasrin Hakimi|P]]"],
                   ["Via", "teammanager Mobiliteit [[Joyce Dam|P]]"],
                   ["Van", "[[E.J. Winter|P]], adviseur verkeer, [[038 498 2215|T]]"],
                   ["Onderwerp", "snelheid 30 km/u op de {{Burgemeester Roelenweg|STREET}} en {{Burgemeester de Withstraat|STREET}}"],
                   ["Registratienummer", "{{Z24.001457|REF}}"]], [4, 12]),
        ("h2", "Advies"),
        ("p", "1. In te stemmen met een verkeersbesluit voor 30 km/u.\n2. De raad te informeren met een "
              "raadsinformatiebrief.\n3. {{Burgemeester Snijders|OFFICIAL}} te vragen het besluit te bespreken in de "
              "{{Veiligheidsregio IJsselland|ORG}}."),
        ("h2", "Toelichting"),
        ("p", "Bewoners van de {{Burgemeester de Withstraat|STREET}} dienden een petitie in; de eerste "
              "ondertekenaar is [[Harm Winter|P]], [[Burgemeester de Withstraat 22|A]]. [[Winter|P]] is geen familie "
              "van de steller. Er is ook een brief van [[fam. Kok|P|Kok]], [[Thorbeckegracht 19|A]]. "
              "De {{winterdienst|TERM}} en gladheidsbestrijding blijven ongewijzigd. De {{Fietsersbond|ORG}} "
              "(afdeling {{Zwolle|PLACE}}) steunt het voorstel."),
        ("p", "Het {{Isala|ORG}} ziekenhuis en de {{RAV IJsselland|ORG}} zijn geraadpleegd; [[Dam|P]] sprak met "
              "[[Sander Kok|P]] (Isala, [[06 2277 9013|T]]). [[Kok|P]] ziet geen bezwaar voor aanrijtijden."),
        ("h2", "Paraaf"),
        ("grid", [["Steller", "Teammanager", "Concerndirecteur", "Portefeuillehouder"],
                  ["[[EJW|R]] 4-3", "[[JD|R]] 5-3", "[[NH|R]] 6-3", "akkoord {{Schuttenbeld|OFFICIAL}}"]],
         [4, 4, 4, 4.5]),
        ("p", "Informatie die niet openbaar gemaakt kan worden\nMotivering:"),
    ]))

# ---------------------------------------------------------------- v08 beslisnota provincie Fryslân, gs redistilled
DOCS.append(dict(
    name="v08_gs_nota_fryslan_gs", producer="reportlab", post="gs", two_col=True, size=8.8,
    author="[[Jelle Postma|P]]",
    footer="Provinsje Fryslân - GS-nota 01234567 - vertrouwelijk tot besluitvorming",
    blocks=[
        ("h", "GS-nota: Waddenfonds en vaarweg Lemmer-Delfzijl"),
        ("table", [["Kenmerk", "{{01234567|REF}}"], ["Datum", "2 april 2024"],
                   ["Steller", "[[J. Postma|P]]"], ["Tel.", "[[058 292 5532|T]]"],
                   ["Mail", "[[j.postma@fryslan.frl|E]]"], ["Gedeputeerde", "{{Douwe Hylkema|OFFICIAL}}"]], [2.2, 5.5]),
        ("h2", "Aanleiding"),
        ("p", "Het {{Waddenfonds|ORG}} heeft een aanvraag ontvangen voor verdieping van de vaarweg "
              "{{Lemmer-Delfzijl|PLACE}}. {{Rijkswaterstaat Noord-Nederland|ORG}} is trekker; contactpersoon daar is "
              "[[Gerbrand Zijlstra|P]] ([[06 1122 3395|T]]). Namens de {{Marrekrite|ORG}} sprak [[Wytse de Boer|P]]."),
        ("h2", "Krachtenveld"),
        ("p", "{{Staatssecretaris Jansen|OFFICIAL}} ({{IenW|ACRONYM}}) bezocht {{Harlingen|PLACE}} op 12 maart. "
              "De {{Waddenvereniging|ORG}} is tegen; hun woordvoerder [[Lieke Koning|P]] meldde dit in de "
              "{{Leeuwarder Courant|ORG}}. [[Koning|P]] vraagt een gesprek met {{gedeputeerde Hylkema|OFFICIAL}}. "
              "{{Commissaris van de Koning|ROLE}} {{Arno Brok|OFFICIAL}} wordt geïnformeerd in het {{GS-overleg|TERM}}."),
        ("h2", "Financiën"),
        ("p", "Bijdrage provincie: € 4,2 miljoen uit het {{Mienskipsfonds|PROGRAM}}. Controller [[Rinske van der Meer|P]] "
              "heeft de dekking getoetst ([[RvdM|R]])."),
        ("framebreak",),
        ("h2", "Advies"),
        ("p", "GS besluiten in te stemmen met cofinanciering onder voorwaarden. Afstemming met {{Provincie Groningen|ORG}} "
              "(gedeputeerde {{Susan Top|OFFICIAL}}) loopt via [[Postma|P]]."),
        ("h2", "Communicatie"),
        ("p", "Persbericht na besluit via {{persvoorlichting@fryslan.frl|MAILBOX}}. Vragen van inwoners naar "
              "{{058 292 5925|SWITCHBOARD}}. Woordvoerder GS: [[Tjitske Hiemstra-Bos|P]], [[06 5301 8846|T]]."),
        ("h2", "Parafen"),
        ("grid", [["Naam", "Paraaf"], ["[[J. Postma|P]]", "[[JP|R]]"], ["[[R. van der Meer|P]]", "[[RvdM|R]]"],
                  ["[[Hiemstra-Bos, T.|P]]", "[[THB|R]]"]], [5, 2.5]),
        ("p", MOTIV_EMPTY),
    ]))
