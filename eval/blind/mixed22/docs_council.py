"""Council and college papers: collegeadvies, raadsinformatiebrief, raadsvoorstel, besluitenlijst B&W,
insprekers, GS-besluit, Statenvragen, an Outlook meeting request."""
from framework import bsn, iban  # noqa: F401

DOCS = []

# ------------------------------------------------------------------------------------------ af01
DOCS.append({
    "name": "af01_collegeadvies_deventer",
    "producer": "docx",
    "author": "[[Sjoerdtje Hylkema-Tjalsma]]",
    "title": "Collegeadvies herinrichting {{Prins Bernhardlaan}}",
    "footer": "{{Gemeente Deventer}} | Postbus 5000, 7400 GC Deventer | {{14 0570}} | www.deventer.nl",
    "blocks": [
        ("h1", "Collegeadvies"),
        ("kv", [
            ["Onderwerp", "Herinrichting {{Prins Bernhardlaan}} en {{Burgemeester Knappertlaan}} (fase 2)"],
            ["Zaaknummer", "Z/24/118742"],
            ["Portefeuillehouder", "wethouder {{Thijs Oldenzeel}} (Mobiliteit en Openbare Ruimte)"],
            ["Collegevergadering", "11 maart 2025"],
            ["Steller", "[[S. Hylkema-Tjalsma]], team Ruimtelijke Ontwikkeling"],
            ["Telefoon / e-mail", "[[06 4187 2290]] / [[s.hylkema@deventer.nl]]"],
            ["Openbaar", "Ja, na besluitvorming"],
        ], {"widths": [45, 120]}),
        ("h2", "Paraafroute"),
        ("table", [
            ["Rol", "Naam", "Paraaf", "Datum", "Opmerking"],
            ["Steller", "[[Sjoerdtje Hylkema-Tjalsma]]", "[[SHT]]", "24-02-2025", ""],
            ["Teamleider", "[[Marco Koning]]", "[[MKo]]", "26-02-2025", "akkoord"],
            ["Juridische toets", "[[Lotte in 't Zandt]]", "[[LitZ]]", "27-02-2025", "zie opmerking par. 4"],
            ["Financiën", "[[Rick Dam]]", "[[RDa]]", "27-02-2025", "dekking akkoord"],
            ["Afdelingshoofd", "[[Ömer Çağlayan-Kuipers]]", "[[ÖÇK]]", "03-03-2025", ""],
            ["Concerndirectie", "[[Wendelien Ravesteijn-Oudbier]]", "[[WRO]]", "04-03-2025", "agenderen"],
        ], {"widths": [32, 50, 18, 22, 45]}),
        ("h2", "1. Voorstel"),
        ("p", "Het college wordt gevraagd in te stemmen met het voorlopig ontwerp voor de herinrichting van de "
              "{{Prins Bernhardlaan}} tussen de {{Burgemeester Knappertlaan}} en het {{Wilhelminaplein}}, en "
              "de uitvoering te laten plaatsvinden binnen het programma {{Deventer Doorgaand Groen}}."),
        ("h2", "2. Aanleiding"),
        ("p", "In 2023 heeft de raad de motie 'Veilig naar school' aangenomen. Rond de {{Thorbecke-school}} en "
              "de {{Anne Frankschool}} worden te hard gereden en te veel onveilige situaties gemeld. Bewoners "
              "hebben tijdens de inloopavond in {{De Hunnerberg}} hun zorgen geuit."),
        ("comment", "Het ontwerp is getoetst aan de {{CROW}}-richtlijnen en het {{Verkeerscirculatieplan Deventer}}.",
         "Graag de juridische status van het VCP nog even checken met [[Lotte]].", "[[Marco Koning]]", "MK"),
        ("h2", "3. Financiën"),
        ("p", "De kosten bedragen € 1.240.000. Dekking uit de reserve Mobiliteit; [[Dam]] heeft de "
              "dekking op 27 februari bevestigd. Een bijdrage van de {{Provincie Overijssel}} uit de regeling "
              "{{Verkeersveiligheid Overijssel 2025}} is aangevraagd."),
        ("h2", "4. Communicatie"),
        ("p", "Na besluitvorming informeert wethouder {{Oldenzeel}} de raad met een raadsinformatiebrief. "
              "Omwonenden ontvangen een brief; vragen via {{openbareruimte@deventer.nl}} of telefoonnummer "
              "{{14 0570}}. Contact met de pers loopt via de woordvoerder van de wethouder."),
        ("comment", "Bewonersbrief laten meelezen door [[Wendelien]] en [[Ömer]].",
         "Akkoord, maar graag vóór 10 maart. Groet, [[Ömer Çağlayan-Kuipers]]", "[[Ömer Çağlayan-Kuipers]]", "ÖÇ"),
        ("h2", "5. Besluit college"),
        ("p", "Conform advies besloten d.d. 11 maart 2025. De burgemeester, {{Ron König}}; de secretaris."),
    ],
})

# ------------------------------------------------------------------------------------------ af02
DOCS.append({
    "name": "af02_raadsinformatiebrief_almelo",
    "producer": "html",
    "title": "RIB Zwembad Almelo",
    "css": """
.hdr { display: flex; justify-content: space-between; border-bottom: 2pt solid #005b9a; padding-bottom: 6pt; margin-bottom: 10pt; }
.logo { font-size: 17pt; font-weight: bold; color: #005b9a; }
.ref td { font-size: 8pt; padding: 0 6pt 1pt 0; }
.foot { margin-top: 18pt; border-top: 0.5pt solid #777; font-size: 7pt; color: #444; padding-top: 3pt; }
""",
    "html": """
<div class='hdr'><div class='logo'>{{gemeente Almelo}}</div>
<table class='ref'><tr><td>Datum</td><td>18 februari 2025</td></tr>
<tr><td>Ons kenmerk</td><td>RIB-2025-014</td></tr>
<tr><td>Portefeuillehouder</td><td>{{Marieke Stegeman-Wolters}}</td></tr>
<tr><td>Contactpersoon</td><td>[[Dewi Hartojo-Soemowidjojo]]</td></tr>
<tr><td>Telefoon</td><td>[[0546 54 18 73]]</td></tr>
<tr><td>E-mail</td><td>[[d.hartojo@almelo.nl]]</td></tr></table></div>
<h1>Raadsinformatiebrief</h1>
<p><b>Onderwerp:</b> stand van zaken renovatie {{Sportfondsenbad}} en sluiting {{Wilhelminabad}}</p>
<p>Geachte leden van de raad,</p>
<p>Met deze brief informeert het college u, mede namens wethouder {{Stegeman-Wolters}}, over de voortgang van
de renovatie van het {{Sportfondsenbad}} aan de {{Prins Bernhardstraat}}. Zoals toegezegd in de commissie
{{Ruimte}} van 21 januari jl. aan raadslid {{Kemper}} ({{CDA}}) en raadslid {{Oude Nijhuis}} ({{VVD}}) gaan wij
in op de planning, de kosten en de gevolgen voor de verenigingen.</p>
<h2>Planning</h2>
<p>De aannemer, {{Dura Vermeer}}, start op 3 maart 2025. Het bad is naar verwachting na de zomervakantie weer
open. De zwemverenigingen {{AZ&amp;PC Almelo}} en {{Zwemclub De Vennen}} trainen in de tussentijd in het
{{Hulsbeek-bad}} in Oldenzaal en in {{Zwembad De Vleer}} in Wierden.</p>
<h2>Klachten en signalen</h2>
<p>Wij ontvingen vier klachten over de bereikbaarheid. Eén bewoner van de {{Burgemeester Raveslootstraat}},
[[mevrouw Boakye-Mensah]], heeft twee keer gebeld over geluidsoverlast; zij is door [[de heer
Amponsah-Twumasi]] van het team Vergunningen teruggebeld. [[De heer Sultani-Rahimzai]] ([[Burgemeester Raveslootstraat 18]]) heeft
een verzoek om schadevergoeding ingediend; dat verzoek wordt apart behandeld.</p>
<h2>Financiën</h2>
<p>Het krediet van € 6,8 miljoen blijft toereikend. Een bijdrage uit de {{Regio Deal Twente}} van € 0,9 miljoen
is toegekend. De {{Sportraad Almelo}} is geïnformeerd.</p>
<p>Met vriendelijke groet,<br>burgemeester en wethouders van Almelo,</p>
<p>de secretaris, &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; de burgemeester,<br>
[[drs. H.J. Westerhoud-Pinas]] &nbsp;&nbsp;&nbsp;&nbsp; {{Arjen Gerritsen}}</p>
<div class='foot'>{{Gemeente Almelo}} · Haven Zuidzijde 30 · 7607 EW Almelo · {{14 0546}} · {{info@almelo.nl}} ·
vragen over deze brief: [[Dewi Hartojo-Soemowidjojo]], afdeling Sport en Bewegen</div>
""",
})

# ------------------------------------------------------------------------------------------ af03
DOCS.append({
    "name": "af03_raadsvoorstel_ede",
    "producer": "rl",
    "title": "Raadsvoorstel {{Kernenbeleid}} Lunteren",
    "author": "[[Gerlof Rinsmastra]]",
    "footer": "{{Gemeente Ede}} · Bergstraat 4 · Postbus 9022, 6710 HK Ede · telefoon {{14 0318}} · www.ede.nl",
    "blocks": [
        ("h1", "Raadsvoorstel"),
        ("kv", [
            ["Raadsvergadering", "10 april 2025"],
            ["Agendapunt", "7"],
            ["Onderwerp", "Vaststelling {{Dorpsvisie Lunteren 2040}}"],
            ["Portefeuillehouder", "{{Leon Meijer}}"],
            ["Contactpersoon/Steller", "[[G. Rinsmastra]]"],
            ["Telefoonnummer", "[[06 2931 8845]]"],
            ["E-mail", "[[gerlof.rinsmastra@ede.nl]]"],
            ["Registratienummer", "2025/118934"],
        ], {"widths": [45, 110]}),
        ("h2", "Samenvatting"),
        ("p", "Voorgesteld wordt de {{Dorpsvisie Lunteren 2040}} vast te stellen. De visie is opgesteld samen met "
              "{{Dorpsraad Lunteren}}, {{Ondernemersvereniging Lunteren}} en de {{Stichting Beekdal}}. Portefeuillehouder "
              "is wethouder {{Leon Meijer}}; burgemeester René {{Verhulst}} is betrokken voor het onderdeel veiligheid."),
        ("h2", "Inspraak"),
        ("p", "Er zijn 42 reacties ontvangen. Drie insprekers hebben ook in de commissie {{Ruimte}} van 13 maart "
              "gesproken: [[Jantina Berendsen-Kolkman]] namens de {{Vereniging Oud Lunteren}}, [[Bram op de Weegh]] "
              "(bewoner van de {{Dorpsstraat}}) en [[Hodan Warsame Cabdille]] namens het {{Lunters Buurtcentrum De Hoeksteen}}. "
              "Mevrouw [[Warsame Cabdille]] vroeg aandacht voor de bereikbaarheid van het {{Gelderse Vallei ziekenhuis}}; de "
              "heer [[Op de Weegh]] vroeg om een 30 km-zone. Raadslid {{Van der Pol}} ({{SGP}}) en raadslid {{Kuzu}} ({{DENK}}) "
              "stelden aanvullende vragen."),
        ("h2", "Beoogd effect en argumenten"),
        ("p", "1. De visie geeft richting aan woningbouw ({{Woningbouwprogramma Ede 2030}}): circa 600 woningen, "
              "waarvan 30% sociale huur bij {{Woonstede}} en {{Woonstichting Lunteren}}.<br/>2. De visie sluit aan op "
              "de {{Omgevingsvisie Ede 2040}} en het provinciale programma {{Gelderse Maatregelen Stikstof}}.<br/>"
              "3. De {{Provincie Gelderland}} (gedeputeerde {{Helga Witjes}}) heeft schriftelijk ingestemd met "
              "de ontsluiting via de N802."),
        ("h2", "Kanttekeningen"),
        ("p", "Het {{Waterschap Vallei en Veluwe}} adviseert de waterberging bij de {{Wilhelminalaan}} te vergroten. "
              "De steller, [[Rinsmastra]], heeft hierover op 4 maart overlegd met [[ir. P.A. van 't Hoogerhuis]] van het waterschap."),
        ("pb",),
        ("h2", "Communicatie"),
        ("p", "Na vaststelling publiceert de gemeente de visie op {{overheid.nl}}. Insprekers krijgen een "
              "persoonlijke brief. Vragen van pers: woordvoering via {{pers@ede.nl}}."),
        ("h2", "Bijlagen"),
        ("p", "1. {{Dorpsvisie Lunteren 2040}} (definitief)<br/>2. Reactienota inspraak (met persoonsgegevens, "
              "vertrouwelijk ter inzage)<br/>3. Advies {{Waterschap Vallei en Veluwe}}"),
        ("p", "Burgemeester en wethouders van Ede,<br/>de secretaris, [[mr. A.C. Tjoe-Awie]]<br/>de burgemeester, "
              "{{R.G.J. Verhulst}}"),
        ("h2", "Raadsbesluit"),
        ("p", "De raad van de gemeente Ede, gelezen het voorstel van burgemeester en wethouders van 18 maart 2025, "
              "besluit de {{Dorpsvisie Lunteren 2040}} vast te stellen. Aldus besloten in de openbare vergadering van "
              "10 april 2025. De griffier, de voorzitter, René {{Verhulst}}."),
    ],
    "hidden": {"outline": [("Raadsvoorstel {{Dorpsvisie Lunteren 2040}}", 0),
                           ("Inspraak ([[Berendsen-Kolkman]], [[Op de Weegh]], [[Warsame Cabdille]])", 0),
                           ("Raadsbesluit", 1)]},
})

# ------------------------------------------------------------------------------------------ af04
DOCS.append({
    "name": "af04_besluitenlijst_bw_putten",
    "producer": "rl",
    "landscape": True,
    "size": 8.5,
    "footer": "Openbare besluitenlijst college van burgemeester en wethouders {{gemeente Putten}} · Fontanusplein 1 · "
              "3881 CX Putten · {{0341 35 97 11}}",
    "blocks": [
        ("h1", "Openbare besluitenlijst B&W – 25 februari 2025"),
        ("p", "Aanwezig: burgemeester {{Gerdien Ravensbergen}} (voorzitter); wethouders {{Hendrik-Jan Boeve}}, "
              "{{Yvonne Mulder-Krachtwerk}} en {{Samuel Tjoelker}}; gemeentesecretaris [[mw. C.A.M. Blom]]. "
              "Notulist: [[Iris Winter]]."),
        ("table", [
            ["Nr.", "Onderwerp", "Portefeuille-houder", "Steller / afdeling", "Besluit", "Openbaar"],
            ["1", "Vaststelling besluitenlijst 18 februari 2025", "{{Ravensbergen}}", "[[WINTER, I.]] / Bestuurszaken",
             "Conform", "ja"],
            ["2", "Subsidie {{Stichting Dorpshuis Huinen}} 2025", "{{Boeve}}", "[[Hiddema-Posthuma, A.]] / Samenleving",
             "Conform; € 18.400", "ja"],
            ["3", "Beantwoording artikel 40-vragen {{ChristenUnie}} over {{Henschotermeer}}-parkeren",
             "{{Mulder-Krachtwerk}}", "[[VAN 'T WOUT, R.]] / Ruimte", "Conform met tekstwijziging", "ja"],
            ["4", "Handhavingsverzoek {{Garderenseweg}} [[112]] (bedrijfsmatig gebruik woning)", "{{Ravensbergen}}",
             "[[Kok, B.]] / Vergunningen, Toezicht en Handhaving", "Aangehouden", "nee, 5.1.2e"],
            ["5", "Benoeming leden {{Adviesraad Sociaal Domein Putten}}: [[mw. E. Prawiroatmodjo]] en [[dhr. K. "
                  "Oppong-Dankwah]]", "{{Tjoelker}}", "[[De Groot, M.]] / Samenleving", "Conform", "ja, na informeren"],
            ["6", "Verlenging contract {{Centric}} (Suite4SociaalDomein)", "{{Boeve}}", "[[Visser, J.W.]] / "
                  "Bedrijfsvoering", "Conform", "ja"],
            ["7", "Zienswijze begroting {{Omgevingsdienst Veluwe IJssel}} 2026", "{{Mulder-Krachtwerk}}",
             "[[ZWOLLE, A.]] / Ruimte", "Conform", "ja"],
            ["8", "Raadsinformatiebrief {{Gebiedsproces Veluwe Noord}} (provincie Gelderland)", "{{Tjoelker}}",
             "[[Çağlar, D.]] / Ruimte", "Conform", "ja"],
        ], {"widths": [8, 92, 28, 60, 42, 26], "size": 8}),
        ("p", "Toelichting bij punt 4: de melding is afkomstig van een buurtbewoner ([[S. Abu Ras-Deeb]]); de "
              "eigenaar, [[de heer Van Dijk]], wordt eerst gehoord. Punt 5: de kandidaten zijn voorgedragen door "
              "{{Stichting Welzijn Putten}} en {{Vluchtelingenwerk Oost Nederland}}."),
        ("p", "Vastgesteld in de vergadering van 4 maart 2025. De secretaris, [[C.A.M. Blom]]. De burgemeester, "
              "{{G. Ravensbergen}}."),
    ],
})

# ------------------------------------------------------------------------------------------ af05
DOCS.append({
    "name": "af05_insprekers_commissie_zwolle",
    "producer": "docx",
    "author": "[[Arnout Kleinsmiede]]",
    "header": "Griffie {{gemeente Zwolle}} – sprekerslijst (intern werkdocument)",
    "footer": "{{Gemeente Zwolle}} · Grote Kerkplein 15 · 8011 PK Zwolle · {{14 038}}",
    "blocks": [
        ("h1", "Sprekerslijst commissie Ruimte en Mobiliteit"),
        ("p", "Vergadering maandag 17 maart 2025, 19.30 uur, raadzaal stadhuis Zwolle. Voorzitter: raadslid "
              "{{Ellen Drost}} ({{PvdA}}). Wethouder {{Jan Brink}} is aanwezig voor agendapunt 4 (woningbouw "
              "{{Stadshagen}}); burgemeester {{Peter Snijders}} voor punt 6 (evenementen {{Park de Wezenlanden}})."),
        ("table", [
            ["Nr.", "Naam inspreker", "Namens", "Agendapunt", "Contact (niet publiceren)"],
            ["1", "[[Femke de Wit]]", "{{Bewonersvereniging Assendorp}}", "4 – Woningbouw {{Stadshagen}}",
             "[[f.dewit@kpnmail.nl]] / [[06 1938 4471]]"],
            ["2", "[[Tsjerk Sieperda]]", "eigen naam", "4 – Woningbouw {{Stadshagen}}",
             "[[Hogenkampsweg 41a]], [[8012 XK]] Zwolle"],
            ["3", "[[Thaís Carvalho da Silva Santos]]", "{{Zwolse Huurdersvereniging}}", "5 – Huisvestingsverordening",
             "[[thais.dss@gmail.com]]"],
            ["4", "[[Kofi Amponsah]]", "{{Stichting Present Zwolle}}", "5 – Huisvestingsverordening", "[[06 4820 1177]]"],
            ["5", "[[Szentgyörgyi Réka]]", "eigen naam", "6 – Evenementen {{Park de Wezenlanden}}",
             "[[reka.szgy@outlook.com]]"],
            ["6", "[[Ruud ter Velthuys]]", "{{Ondernemersvereniging}} {{Binnenstad Zwolle}}", "6 – Evenementen",
             "[[06 5102 3398]]"],
        ], {"widths": [9, 40, 45, 45, 50], "size": 8.5}),
        ("p", "Spreektijd vijf minuten per inspreker. [[Mevrouw De Wit]] en [[de heer Sieperda]] spreken over "
              "hetzelfde bouwplan aan de {{Burgemeester Roelenweg}}; de voorzitter stelt voor hen na elkaar te laten "
              "spreken. [[Mevrouw Szentgyörgyi]] heeft gevraagd om een tolk Hongaars; de griffie regelt dit via "
              "{{Tolkcentrum Oost}}."),
        ("comment", "Raadsleden {{Kamphuis}} ({{ChristenUnie}}) en {{Wolters}} ({{Swollwacht}}) hebben vooraf vragen ingediend.",
         "[[Arnout]]: graag vragen doorzetten naar [[Iris]] van de wethouder.", "[[Nadia Belkacemi-Hofstra]]", "NB"),
        ("p", "Opgesteld door [[A. Kleinsmiede]], commissiegriffie, [[a.kleinsmiede@zwolle.nl]]. "
              "Aanmelden als inspreker: {{griffie@zwolle.nl}}."),
    ],
})

# ------------------------------------------------------------------------------------------ af06
DOCS.append({
    "name": "af06_gs_besluit_overijssel",
    "producer": "html",
    "title": "GS-besluit {{N348}} – [[Hiddinga]]",
    "css": """
.prov { font-size: 16pt; color: #8a1538; font-weight: bold; margin-bottom: 2pt; }
.two { display: grid; grid-template-columns: 1fr 55mm; column-gap: 8mm; }
.side { font-size: 7.6pt; border-left: 1pt solid #8a1538; padding-left: 4pt; }
.side div { margin-bottom: 4pt; }
""",
    "html": """
<div class='prov'>{{Provincie Overijssel}}</div>
<div class='two'><div>
<h1>Besluit Gedeputeerde Staten</h1>
<p><b>Onderwerp:</b> uitvoeringsbesluit reconstructie {{N348}} Raalte–Ommen, deeltraject {{Lemelerveld}}</p>
<p>Gedeputeerde Staten van Overijssel besluiten in hun vergadering van 8 april 2025:</p>
<p>1. in te stemmen met het uitvoeringsbesluit reconstructie {{N348}};<br>
2. de opdracht te gunnen aan {{Heijmans Infra}} voor een bedrag van € 14,2 miljoen;<br>
3. {{Provinciale Staten}} te informeren met de bijgevoegde statenbrief.</p>
<h2>Toelichting</h2>
<p>Portefeuillehouder is gedeputeerde {{Hester Oldengarm}}. Gedeputeerde {{Roelof Jan Bosschaart}} is betrokken voor de
ecologische verbindingszone bij {{Landgoed Het Laar}}. De {{Commissaris van de Koning}}, {{Andries Heidema}},
zit de vergadering voor. Het project valt binnen het programma {{Verkeersveiligheid Overijssel 2025}}
en sluit aan op het {{Regionaal Mobiliteitsprogramma}} (RMP).</p>
<p>Bij de planvorming zijn {{gemeente Raalte}}, {{gemeente Dalfsen}} en het {{Waterschap Drents Overijsselse Delta}}
betrokken. Aanwonenden zijn op 12 februari bijgepraat in {{Dorpshuis De Kolk}}; een aanwonende aan de
{{Burgemeester Kuipersweg}}, [[mevrouw J. Hiddinga-van Loon]], diende een zienswijze in over de
grondaankoop van haar perceel (kadastraal Raalte M [[1442]]). De zienswijze is behandeld door de afdeling Grondzaken
([[P. Oosterkamp]]); [[mevrouw Hiddinga]] is op 3 maart telefonisch gehoord.</p>
<h2>Financiën</h2>
<p>Het budget is gereserveerd in de {{Begroting Overijssel 2025}}. Zie ook de bijdrage uit het {{BDU}}-fonds
van het Rijk (minister {{Madlener}}, {{IenW}}).</p>
<p>Aldus besloten door {{Gedeputeerde Staten van Overijssel}}, 8 april 2025.<br>
{{A.M.A. Heidema}}, voorzitter &nbsp;&nbsp;&nbsp; [[drs. W.F. Brakkee-Sanches]], secretaris</p>
</div>
<div class='side'>
<div><b>Datum</b><br>8 april 2025</div>
<div><b>Kenmerk</b><br>2025/0098123</div>
<div><b>Portefeuillehouder</b><br>{{H. Oldengarm}}</div>
<div><b>Eenheid</b><br>Mobiliteit en Infrastructuur</div>
<div><b>Behandeld door</b><br>[[Aukje Tjallingwier]]</div>
<div><b>Telefoon direct</b><br>[[038 499 78 64]]</div>
<div><b>E-mail</b><br>[[a.tjallingwier@overijssel.nl]]</div>
<div><b>Projectleider</b><br>[[ing. R.J.M. (Ronald) Stapelkamp]]<br>[[06 3377 0162]]</div>
<div><b>Postadres</b><br>Postbus 10078<br>8000 GB Zwolle</div>
<div><b>Bezoekadres</b><br>{{Luttenbergstraat 2}}<br>Zwolle</div>
<div><b>Telefoon</b><br>{{038 499 88 99}}</div>
<div><b>E-mail</b><br>{{postbus@overijssel.nl}}</div>
</div></div>
""",
    "hidden": {"meta": {"Author": "[[Aukje Tjallingwier]]", "Subject": "Uitvoeringsbesluit {{N348}}"},
               "outline": [("Besluit GS {{N348}}", 0), ("Zienswijze [[Hiddinga-van Loon]]", 0)]},
})

# ------------------------------------------------------------------------------------------ af07
DOCS.append({
    "name": "af07_statenvragen_fryslan",
    "producer": "rl",
    "font": "DVS",
    "columns": 2,
    "size": 9,
    "footer": "{{Provinsje Fryslân}} · Tweebaksmarkt 52 · Postbus 20120, 8900 HM Leeuwarden · {{058 292 59 25}} · {{provincie@fryslan.frl}}",
    "pre": [],
    "blocks": [
        ("h1", "Beantwoording schriftelijke vragen (art. 45 RvO)"),
        ("p", "<b>Vragensteller:</b> {{Sybren Hoekstra}} ({{FNP}}) en {{Anne Marije Velstra}} ({{PvdA}})<br/>"
              "<b>Onderwerp:</b> Wolven in {{Drents-Friese Wold}} en schade bij veehouders<br/>"
              "<b>Datum:</b> 20 maart 2025<br/><b>Kenmerk:</b> 01987654"),
        ("p", "Gedeputeerde Staten beantwoorden de vragen van de Statenleden {{Hoekstra}} en {{Velstra}} als volgt. "
              "Portefeuillehouder is gedeputeerde {{Friso Douwstra}}."),
        ("h2", "Vraag 1"),
        ("p", "Is het college bekend met het bericht in de {{Leeuwarder Courant}} dat een schapenhouder in "
              "{{Oldeberkoop}} binnen een maand twee keer schade leed?"),
        ("h2", "Antwoord 1"),
        ("p", "Ja. De schade is gemeld bij {{BIJ12}} en getaxeerd. De betrokken veehouder, [[de heer G. "
              "Oosterwijk-Dijkhuis]], is op 14 maart bezocht door onze medewerker [[Jeltsje Oedzema]] en de "
              "wolvenconsulent van {{BIJ12}}, [[Endang Prawiro]]. De veehouder heeft toestemming gegeven voor "
              "het noemen van de plaats, niet van zijn naam."),
        ("h2", "Vraag 2"),
        ("p", "Heeft het college contact gehad met minister {{Wiersma}} ({{LNV}}) en staatssecretaris {{Rummenie}} "
              "over de beschermde status?"),
        ("h2", "Antwoord 2"),
        ("p", "Ja. Op 5 maart sprak gedeputeerde {{Douwstra}} met staatssecretaris {{Jean Rummenie}} in Den Haag. "
              "Ook de Europarlementariërs {{Anja Haga}} ({{ChristenUnie}}) en {{Sander Smit}} ({{BBB}}) zijn "
              "geïnformeerd over de Friese inzet bij de {{Europese Commissie}}. Het Kamerlid {{Henk Vermeer}} "
              "({{BBB}}) stelde eerder vragen aan minister {{Femke Wiersma}}."),
        ("h2", "Vraag 3"),
        ("p", "Welke preventieve maatregelen worden vergoed?"),
        ("h2", "Antwoord 3"),
        ("p", "Wolfwerende rasters worden vergoed via de regeling {{Preventie Wolf Fryslân}}. Aanvragen lopen "
              "via het {{Omgevingsloket}}. Bij vragen kunnen veehouders contact opnemen met het "
              "{{Wolvenloket}} via {{wolf@fryslan.frl}} of {{058 292 59 25}}. Behandelaar aanvragen: "
              "[[Ingrid Stapelkamp-Oedekerk]] ([[058 292 87 41]])."),
        ("h2", "Vraag 4"),
        ("p", "Wordt de {{Faunabeheereenheid Fryslân}} betrokken bij het beleid?"),
        ("h2", "Antwoord 4"),
        ("p", "Ja. De {{Faunabeheereenheid}} en {{LTO Noord}} nemen deel aan het {{Wolvenoverleg Fryslân}}. "
              "De secretaris van dat overleg ([[Baukje Hylkema]]) verstuurt de verslagen."),
        ("p", "Gedeputeerde Staten van Fryslân,<br/>{{Arno Brok}}, voorzitter<br/>[[mr. drs. H.T. Wiarda-Sipma]], secretaris"),
    ],
})

# ------------------------------------------------------------------------------------------ af08
DOCS.append({
    "name": "af08_outlook_vergaderverzoek",
    "producer": "html",
    "title": "Vergaderverzoek bestuurlijk overleg N-wegen",
    "css": """
.hd td { padding: 1pt 6pt 1pt 0; font-size: 9pt; }
.hd td:first-child { font-weight: bold; width: 38mm; }
.bar { background: #2b579a; color: #fff; padding: 3pt 6pt; font-weight: bold; margin-bottom: 6pt; }
""",
    "html": """
<div class='bar'>[[Stapelkamp, Ronald]]</div>
<table class='hd'>
<tr><td>Onderwerp:</td><td>Bestuurlijk overleg {{N348}}/{{N35}} – gedeputeerde {{Oldengarm}} en wethouders Raalte/Dalfsen</td></tr>
<tr><td>Locatie:</td><td>{{Provinciehuis}}, zaal {{Thorbecke}} / {{Microsoft Teams}}-vergadering</td></tr>
<tr><td>Begin:</td><td>do 24-4-2025 14:00</td></tr>
<tr><td>Einde:</td><td>do 24-4-2025 15:30</td></tr>
<tr><td>Herhaling:</td><td>(geen)</td></tr>
<tr><td>Status van vergadering:</td><td>Geaccepteerd</td></tr>
<tr><td>Organisator:</td><td>[[Stapelkamp, Ronald]] &lt;[[r.stapelkamp@overijssel.nl]]&gt;</td></tr>
<tr><td>Verplichte deelnemers:</td><td>{{Oldengarm, Hester}} (gedeputeerde); [[Tjallingwier, Aukje]]; [[Oosterkamp, Pieter]];
[[Brouwer-Çelik, Ayşe]] &lt;[[a.brouwer-celik@raalte.nl]]&gt;; wethouder {{Jan Zwakenberg}} (Raalte);
[[Kampman, Hennie]] (Dalfsen)</td></tr>
<tr><td>Optionele deelnemers:</td><td>[[Wernet Leito, Jean-Marc]] &lt;[[jm.wernetleito@wdodelta.nl]]&gt;;
{{Secretariaat gedeputeerde Oldengarm}} &lt;{{secretariaatoldengarm@overijssel.nl}}&gt;; [[Van Dijk, Sander]]</td></tr>
</table>
<hr>
<p>Beste allen,</p>
<p>Namens gedeputeerde {{Oldengarm}} nodig ik u uit voor het bestuurlijk overleg over de {{N348}} en de aansluiting op de
{{N35}}. [[Aukje]] stuurt vooraf de stukken rond. [[Ayşe]], wil jij de inbreng van de wethouder van Raalte
afstemmen met [[Hennie]]? Het {{Waterschap Drents Overijsselse Delta}} sluit aan voor de watergangen langs de
{{Zwolseweg}}; [[Jean-Marc]] laat nog weten of dijkgraaf {{Dirk-Siert Schoonman}} zelf komt.</p>
<p>Agenda:<br>1. Opening ({{Oldengarm}})<br>2. Stand van zaken aanbesteding ({{Heijmans}})<br>
3. Grondverwerving – vertrouwelijk, mondeling toegelicht door [[Pieter Oosterkamp]]<br>
4. Communicatie richting aanwonenden ({{Dorpsraad Lemelerveld}})<br>5. Rondvraag</p>
<p>Deelnemen via Teams: klik hier om deel te nemen aan de vergadering<br>
Vergadering-id: 371 559 204 118 · Wachtwoord: Xk7pQ2<br>
Inbellen (alleen audio): {{+31 20 794 8563}},,836401927# Nederland, Amsterdam</p>
<p>Met vriendelijke groet,<br>[[Ronald Stapelkamp]]<br>Projectleider {{N348}}<br>{{Provincie Overijssel}} | Eenheid Mobiliteit en Infrastructuur<br>
M [[06 3377 0162]] | T {{038 499 88 99}}<br>Ik werk op maandag, dinsdag en donderdag.</p>
""",
    "hidden": {"links": [(0, [60, 650, 300, 662], "mailto:[[r.stapelkamp@overijssel.nl]]"),
                         (0, [60, 620, 300, 632], "mailto:[[a.brouwer-celik@raalte.nl]]")],
               "meta": {"Author": "[[Ronald Stapelkamp]]"}},
})
