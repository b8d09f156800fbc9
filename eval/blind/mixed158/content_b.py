"""Set NK documents nk12-nk22."""
from lib import Doc
from people import *  # noqa: F401,F403

H1 = lambda s: ("h1", s); H = lambda s: ("h", s); P = lambda s: ("p", s); S = lambda s: ("s", s)
SP = lambda n=8: ("sp", n); PB = ("pb",)
T = lambda rows, w=None: ("t", rows, w)
SCAN = lambda lines: ("scan", lines)

DOCS = []

DOCS.append(Doc("nk12", "Formulier melding PAS-melder gegevens actualiseren", [], renderer="form", form={
    "header": [("h", "{O|Provincie Overijssel} - Formulier actualisatie {G|PAS-melding}"),
               ("p", "Programma: {G|Legalisatieprogramma PAS-meldingen}, uitvoering door {O|BIJ12} en de provincie."),
               ("p", "Zaaknummer provincie: {R|Z2026-004317}    Meldingsnummer: {R|PAS-M-2015-08813}"),
               ("p", "Stuur het ingevulde formulier naar {M|pasmelders@overijssel.nl} of bel {M|038 499 88 99}."),
               ("p", "Wet: {W|Omgevingswet}, artikel 5.1; {O|Natura 2000}-gebied {L|Wierdense Veld}.")],
    "fields": [
        ("sec", "1. Gegevens melder"),
        ("naam_melder", "Naam melder / vennoten", "{p|G.J. Lohuis en H. Lohuis-Mensink}"),
        ("geb_datum", "Geboortedatum contactpersoon", "{d|02-09-1964}"),
        ("bsn", "BSN contactpersoon", "{b|203948117}"),
        ("adres", "Adres bedrijfslocatie", "{a|Veldkampsweg 27, 7642 PJ Wierden}"),
        ("telefoon", "Telefoonnummer", "{t|0546 573312}"),
        ("email", "E-mailadres", "{e|lohuis.veldkampsweg@outlook.com}"),
        ("iban", "IBAN (voor vergoeding)", "{i|NL42 RABO 0312 8876 54}"),
        ("sec", "2. Gegevens bedrijf"),
        ("ubn", "UBN", "{x|2248931}"),
        ("dieren", "Diersoorten en aantallen 2015", "160 melk- en kalfkoeien (A 1.100), 110 jongvee (A 3.100)"),
        ("aerius", "AERIUS-kenmerk", "RfXp8Q2mTz7a"),
        ("sec", "3. Gemachtigde"),
        ("gemachtigde", "Naam gemachtigde", "{p|Bas Sprengers}"),
        ("gem_tel", "Telefoon gemachtigde", "{t|06-81 37 22 50}"),
        ("toelichting", "Toelichting", "{h|Melder is arbeidsongeschikt na hartoperatie}"),
        ("ondertekening", "Naam ondertekenaar en datum", "{p|Hermien Lohuis} 16-01-2026"),
    ],
    "footer": [("p", "Privacy: de provincie verwerkt uw gegevens volgens de {W|AVG}. Zie {M|www.overijssel.nl/privacy}."),
               ("p", "Versie formulier: {R|PAS-ACT-2025-v3}")]},
   producer="ReportLab PDF Library - www.reportlab.com", creator="Provincie Overijssel e-formulieren"))

DOCS.append(Doc("nk13", "Verslag hoorzitting bezwaarschriftencommissie", [
    H1("Verslag hoorzitting " + "{O|Commissie voor de bezwaarschriften Overijssel}"),
    P("Datum: 23 september 2025, 14.00 - 15.20 uur. Locatie: {L|Provinciehuis}, {N|Van Heeckerenzaal}. "
      "Zaak: " + ZAAK + " (bezwaar Maatschap {p|Lohuis} tegen last onder dwangsom)."),
    T([["Rol", "Naam", "Organisatie"],
       ["voorzitter commissie", "{p|mr. A.C. (Anneke) Reinders}", "externe commissie"],
       ["lid commissie", "{p|ir. W. Hoogeveen}", "externe commissie"],
       ["secretaris", "{p|J. Brouwer-Nijhuis}", PROV],
       ["bezwaarmaker", "{p|dhr. G.J. Lohuis}, {p|mw. H. Lohuis-Mensink}", "Maatschap"],
       ["gemachtigde", "mr. " + FW, "{O|Ten Velde Bosch Advocaten}"],
       ["namens GS", RO + ", " + SG, PROV],
       ["deskundige", TO, ODT]], [1.2, 2, 1.4]),
    H("1. Opening"),
    P("De voorzitter opent de hoorzitting en wijst erop dat het verslag onder de {W|Wet open overheid} openbaar kan "
      "worden; persoonsgegevens worden dan gelakt."),
    H("2. Toelichting bezwaarmaker"),
    P("Mr. {p|Van 't Wout} licht de gronden toe. De heer {p|Lohuis} vertelt dat hij sinds zijn operatie {h|niet meer "
      "dan halve dagen kan werken en medicatie gebruikt}. Mevrouw {p|Lohuis-Mensink} zegt dat de familie zich "
      "'als crimineel behandeld' voelt. Zij wijst op een artikel in {O|Boerderij} over PAS-melders in {L|Gelderland} "
      "die niet worden gehandhaafd."),
    H("3. Reactie namens Gedeputeerde Staten"),
    P("De heer {p|Okkerse} stelt dat de provincie op grond van jurisprudentie van de {O|Raad van State} "
      "(beginselplicht tot handhaving) moet optreden. Mevrouw {p|De Groot-Veldkamp} licht de depositie toe: "
      "0,41 mol/ha/jaar op stikstofgevoelige habitats (H7110A actieve hoogvenen) waarvan de kritische "
      "depositiewaarde al wordt overschreden. De heer {p|Olthof} bevestigt de telling."),
    PB,
    H("4. Vragen van de commissie"),
    P("Commissielid {p|Hoogeveen} vraagt of intern salderen mogelijk is. Mevrouw {p|De Groot-Veldkamp} antwoordt dat de "
      "berekening van {O|Adviesbureau Heidevlinder} nog wordt beoordeeld door {O|BIJ12} en de ODT."),
    H("5. Afspraken en acties"),
    T([["Nr", "Actie", "Wie", "Wanneer"],
       ["1", "AERIUS-berekening beoordelen en reactie aan commissie", "{c|SdGV} / {c|TO}", "7 okt."],
       ["2", "Medische verklaring vertrouwelijk in dossier", "{c|JBN}", "direct"],
       ["3", "Keukentafelgesprek met " + GED + " plannen", "{c|RO}", "oktober"],
       ["4", "Advies commissie aan GS", "{c|ACR}", "4 nov."]], [0.3, 3, 1, 0.8]),
    P("Het verslag is vastgesteld door de voorzitter. Secretaris: {p|Jolanda Brouwer-Nijhuis}, "
      "{e|j.brouwer-nijhuis@overijssel.nl}."),
], font="Helvetica", producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365"))

DOCS.append(Doc("nk14", "Beslisnota GS invordering dwangsom", [
    H1("Nota voor Gedeputeerde Staten"),
    T([["Aan", "Van", "Datum", "Kenmerk"],
       ["Gedeputeerde Staten, portefeuille " + GED, "Team VTH Natuur, " + RO + " (" + RO_T + ")", "5 februari 2026", "{R|2026/0041518}"],
       ["Onderwerp", "Invordering verbeurde dwangsom PAS-melder Wierden", "Kopie aan", MY + ", " + LB]]),
    H("Aanleiding"),
    P("Bij de hercontrole van 28 januari 2026 heeft de " + ODT + " vastgesteld dat de last van 3 juni 2025 voor elf "
      "melkkoeien niet is nageleefd. Daarmee is van rechtswege € 27.500 aan dwangsommen verbeurd."),
    H("Geadviseerd besluit"),
    P("Aan het college wordt gevraagd: 1. in te stemmen met het voornemen tot invordering van € 27.500; 2. de familie "
      "in de gelegenheid te stellen een zienswijze te geven; 3. kennis te nemen van de gezondheidssituatie van de "
      "exploitant als bijzondere omstandigheid bij de invordering."),
    H("Kern"),
    P("Volgens vaste rechtspraak weegt het belang van invordering zwaar. Alleen bijzondere omstandigheden kunnen leiden "
      "tot (gedeeltelijk) afzien. De gezondheid van de heer {p|Lohuis} ({h|bypassoperatie, hartritmestoornissen}) en de "
      "inmiddels gerealiseerde afvoer van de dieren kunnen zo'n omstandigheid zijn. Het team adviseert de helft in te "
      "vorderen. Het {O|Interprovinciaal Overleg} en {O|BIJ12} zijn geïnformeerd."),
    H("Krachtenveld"),
    P("{O|Stichting Behoud Wierdense Veld} (voorzitter {p|Erik-Jan Smithuis}) dringt aan op volledige invordering. "
      "{O|LTO Noord} en {O|Agractie} steunen de familie. {F|Statenlid Ten Brinke} (BBB) en {F|Statenlid Oldenkamp} "
      "(PvdD) hebben schriftelijke vragen gesteld (zie nota {R|2025/0219004})."),
    H("Paraaf"),
    T([["Naam", "Functie", "Paraaf", "Datum"],
       [RO, "{J|jurist handhaving}", "{c|RO/2}", "05-02"],
       [MY, "{J|teamleider VTH}", "{c|MYı}", "06-02"],
       ["{p|drs. C.M. (Carla) Veneklaas}", "{J|afdelingsmanager Natuur en Milieu}", "{c|CMV}", "06-02"]]),
    H("Informatie die niet openbaar gemaakt kan worden"),
    P("Medische gegevens van de exploitant (artikel 5.1 lid 1 sub d {W|Woo})."),
], renderer="docx", producer="LibreOffice 7.6", creator="Writer"))

DOCS.append(Doc("nk15", "Concept persbericht provincie legt dwangsom op", [
    P("**CONCEPT - niet verspreiden** - versie 2"),
    H1("Provincie handhaaft bij melkveehouder in Wierden"),
    P("Zwolle, 4 juni 2025 - " + GS + " hebben een melkveehouder in {L|Wierden} een last onder dwangsom opgelegd. Het "
      "bedrijf houdt meer koeien dan het in 2015 als PAS-melder heeft gemeld. De extra stikstofuitstoot komt terecht "
      "in het nabijgelegen {O|Natura 2000}-gebied " + N2K + ", een van de laatste hoogveengebieden van Nederland."),
    P("'Wij weten dat dit voor de familie een zware boodschap is', zegt " + GED + ". 'PAS-melders zijn buiten hun "
      "schuld in deze situatie gekomen. Maar wie na de melding verder is uitgebreid, moet terug naar wat is gemeld. "
      "We blijven in gesprek en helpen bij een vergunningaanvraag.'"),
    P("Het besluit volgt op een controle door de " + ODT + " in april. De provincie werkt met het Rijk aan het "
      "{G|Legalisatieprogramma PAS-meldingen}. In Overijssel zijn 163 PAS-melders; het merendeel heeft geen "
      "overschrijding."),
    P("Noot voor de redactie (niet voor publicatie): Meer informatie bij de woordvoerder van de provincie, "
      "{M|pers@overijssel.nl} of {M|038 499 77 00}. Interne vragen aan {p|Aukje} ({t|06 1882 0437})."),
    S("Review: {p|Laurens} (inhoud), {p|Mehmet} (juridisch). Fotograaf bij eventuele boerderijfoto: {p|Jorrit Kampman}."),
], font="Helvetica", producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365",
   author="{p|Dijkstra, A.}", xmp_creator="{p|Aukje Dijkstra}"))

DOCS.append(Doc("nk16", "Handgeschreven brief familie aan gedeputeerde (scan)", [
    S("**" + PROV + " - Digitale Postkamer** - scan van inkomend poststuk"),
    T([["Registratienummer", "Ontvangen", "Zaak", "Afzender", "Toegewezen aan"],
       ["{R|IN-2025-077341}", "27-10-2025", ZAAK, "particulier", "Team {O|VTH Natuur}"]]),
    P("Behandelaar: {p|R. Okkerse}. Afschrift naar het bureau van " + GED + " en naar {O|Commissie voor de "
      "bezwaarschriften Overijssel}."),
    P("Dit document is gescand met {G|Kofax Capture} en niet van een tekstlaag voorzien. Origineel vernietigd na "
      "controle conform de {W|Archiefwet 1995}."),
    SCAN([
        ("hw", "Wierden, 24 oktober 2025"), "",
        ("hw", "Geachte mevrouw de gedeputeerde,"), "",
        ("hw", "Ik schrijf u met de hand omdat ik niet meer weet"),
        ("hw", "wat ik moet doen. Mijn man {p|Gerrit-Jan} ligt"),
        ("hw", "weer in het {h|ziekenhuis met zijn hart}. Onze zoon"),
        ("hw", "{p|Bram} doet alles alleen. Wij hebben de koeien"),
        ("hw", "bijna weg, maar u blijft ons brieven sturen."), "",
        ("hw", "Wilt u alstublieft eens bij ons komen kijken?"),
        ("hw", "U kunt mij bellen op {t|06-22 91 46 03}."), "",
        ("hw", "Met vriendelijke groet,"), "",
        ("sig", "{p|Hermien Lohuis}"),
        ("hw", "{a|Veldkampsweg 27}, Wierden"),
    ]),
], renderer="scan", producer="Kofax Capture 11 PDF", creator="Kofax Capture", seed=16))

DOCS.append(Doc("nk17", "Veldformulier toezicht (scan)", [
    SCAN([
        ("b", "Omgevingsdienst Twente - Veldformulier toezicht"),
        "Datum: 14-04-2025   Locatie: {a|Veldkampsweg 27}",
        "Toezichthouder 1: {p|J. Kleinsman}",
        "Toezichthouder 2: {p|Z. Ménard}",
        "Aanwezig: {p|Bram Lohuis}  tel {t|06-19 44 70 32}",
        "",
        "Stal 1 ligboxen: 212 melk/kalfkoeien",
        "Stal 2 jongvee: 148 stuks",
        "I&R uitdraai meegenomen: ja",
        "Foto's: 14 stuks (camera ODT-07)",
        "",
        ("hw", "Opm: zoon zegt vader {h|hartoperatie okt}, moeder"),
        ("hw", "kwam later, erg boos. Geen bedreiging."),
        ("hw", "Buurman {p|Henk Wolters} kwam kijken."),
        "",
        ("sig", "paraaf: {c|JKl}"),
    ]),
], renderer="scan", producer="RICOH IM C3000 PDF", creator="RICOH IM C3000", seed=17))

DOCS.append(Doc("nk18", "Presentielijst informatieavond PAS-melders (scan)", [
    SCAN([
        ("b", "Informatieavond PAS-melders Twente"),
        "Provincie Overijssel en Omgevingsdienst Twente",
        "Zaal Het Anker, Wierden - 25 november 2025",
        "",
        ("b", "Naam                      Bedrijf/rol          Handtekening"),
        "{p|Ruben Okkerse}            provincie             " ,
        ("sig", "        {p|R. Okkerse}"),
        "{p|Laurens ter Borg}         provincie",
        ("sig", "        {p|L. ter Borg}"),
        "{p|Gerda Nijkamp}            buurtbewoner",
        ("sig", "        {p|G. Nijkamp}"),
        "{p|Dinand Brummelhuis}       melkveehouder",
        ("sig", "        {p|Dinand B.}"),
        "{p|Wendelien Oude Luttikhuis}   stichting",
        ("sig", "        {p|W. Oude Luttikhuis}"),
        "{p|Jos Smit}                 loonwerker",
        ("sig", "        {p|J. Smit}"),
    ]),
], renderer="scan", producer="Canon iR-ADV C5535 PDF", creator="Canon iR-ADV C5535", seed=18))

DOCS.append(Doc("nk19", "Factuur Adviesbureau Heidevlinder", [
    P("**{O|Adviesbureau Heidevlinder}** - ecologisch advies en AERIUS-berekeningen"),
    S("eigenaar {p|ing. B. (Bas) Sprengers} | {a|Hofkampweg 3}, {a|7448 RT Haarle} | {t|0548-55 12 84} | "
      "{e|bas@heidevlinder-advies.nl}"),
    S("KvK {x|71938264} | btw {x|NL003119487B04} | IBAN {i|NL16 INGB 0008 4412 93}"),
    SP(10),
    P("Maatschap {p|Lohuis}, {a|Veldkampsweg 27}, Wierden"),
    T([["Factuurnummer", "Factuurdatum", "Vervaldatum", "Project"],
       ["{R|HV-2025-0318}", "30 juni 2025", "30 juli 2025", "AERIUS intern salderen, {R|AERIUS-kenmerk RfXp8Q2mTz7a}"]]),
    T([["Omschrijving", "Uren", "Tarief", "Bedrag"],
       ["Inventarisatie vergunde en feitelijke situatie, bezoek locatie", "6", "€ 95,00", "€ 570,00"],
       ["Berekening {G|AERIUS Calculator} 2024, drie varianten", "9", "€ 95,00", "€ 855,00"],
       ["Rapportage en overleg met {O|ODT} ({p|mw. Ménard})", "4", "€ 95,00", "€ 380,00"],
       ["Subtotaal", "", "", "€ 1.805,00"], ["btw 21%", "", "", "€ 379,05"], ["Totaal", "", "", "€ 2.184,05"]],
      [3, 0.6, 0.8, 0.9]),
    P("Werkzaamheden uitgevoerd volgens de {G|AERIUS Calculator}-handleiding van {O|BIJ12} en de "
      "{G|Omgevingsregeling}; rapport geleverd als {G|GML}-bestand."),
    P("Graag betalen binnen 30 dagen onder vermelding van het factuurnummer. Vragen? Bel {p|Bas} op {t|06-81 37 22 50}."),
    S("Deze factuur is door de familie als bijlage bij het bezwaarschrift gevoegd (proceskosten)."),
], font="DV", producer="Moneybird PDF", creator="Moneybird"))

DOCS.append(Doc("nk20", "Factuur Mestadvies Twente", [
    P("**{O|Mestadvies Twente}** | loonwerk, mestanalyse en bemestingsplannen"),
    S("{p|G.H.M. ter Maat} | {a|Rijssensestraat 141} | {a|7441 AB Nijverdal} | {t|0548 - 61 70 04} | "
      "{e|gijs@mestadviestwente.nl} | KvK {x|59920113} | IBAN {i|NL83 RABO 0157 2290 11}"),
    SP(8),
    P("Factuur {R|MT-26-0044}   datum 9 januari 2026"),
    P("Aan: {p|H. Lohuis-Mensink}, {a|Veldkampsweg 27}, Wierden"),
    T([["Datum", "Omschrijving", "Bedrag"],
       ["18-12-2025", "Monstername mest stal 1 en 2, analyse {O|Eurofins Agro}", "€ 212,00"],
       ["22-12-2025", "Opstellen bemestingsplan 2026 i.v.m. afbouw veestapel", "€ 340,00"],
       ["05-01-2026", "Transport 11 koeien naar {O|Veehandel Twente BV} (rit geannuleerd)", "€ 95,00"],
       ["", "Totaal excl. btw", "€ 647,00"], ["", "btw 21%", "€ 135,87"], ["", "Totaal", "€ 782,87"]], [0.8, 3, 0.8]),
    P("Analyse conform {G|NEN-EN 16168}; het bemestingsplan volgt de {W|Meststoffenwet} en het "
      "{G|7e Actieprogramma Nitraatrichtlijn}. Betaling binnen 14 dagen. Met dank, {p|Gijs}."),
    S("Door de provincie ontvangen als bijlage bij e-mail van mevrouw {p|Lohuis} van 12 januari 2026 (bewijs afbouw)."),
], font="Courier", producer="Exact Online Reporting", creator="Exact Online"))

DOCS.append(Doc("nk21", "Samenvatting AERIUS-berekening beoordeling", [
    H1("Beoordeling AERIUS-berekening intern salderen"),
    P("Kenmerk berekening: {R|RfXp8Q2mTz7a}. Rekenversie: {G|AERIUS Calculator 2024.2}. Beoordeeld door: {O|BIJ12} en "
      + ODT + ", team Natuur, in opdracht van " + PROV + "."),
    T([["Situatie", "NH3 (kg/jaar)", "Max. depositie Wierdense Veld (mol/ha/jr)"],
       ["Referentie 2015 (PAS-melding " + MELD + ")", "3.412", "-"],
       ["Feitelijk 2025", "4.590", "0,41"],
       ["Beoogd na salderen (sloop varkensstal)", "3.398", "0,00"]], [2.5, 1, 1.6]),
    P("Conclusie: de berekening is technisch juist, maar de varkensstal is sinds 2019 niet meer in gebruik. Volgens "
      "de rechtspraak (o.a. {R|ECLI:NL:RVS:2024:4923}) mag alleen feitelijk gebruikte en vergunde capaciteit worden "
      "gesaldeerd. Het beroep op intern salderen slaagt daarom niet."),
    P("De habitattypen {G|H7110A} (actieve hoogvenen) en {G|H7120} (herstellende hoogvenen) in het "
      "{L|Wierdense Veld} en het nabijgelegen {L|Engbertsdijksveen} hebben een {G|kritische depositiewaarde} van "
      "500 mol/ha/jaar, die al ruim wordt overschreden."),
    P("Opgesteld door de ecoloog van de ODT; bij vragen de afdeling Natuur via {M|natuur@odtwente.nl}. Collegiale "
      "toets: {p|ir. M.J. Huisintveld} ({O|BIJ12}), {t|030 - 711 09 42}. Verzonden aan {p|R. Okkerse} en "
      "{p|S. de Groot-Veldkamp} op 2 oktober 2025."),
], font="Helvetica", producer="Microsoft® Word 2016", creator="Microsoft® Word 2016",
   author="{p|N. El Khatib}", xmp_creator="{p|Nadia El Khatib}"))

DOCS.append(Doc("nk22", "Schriftelijke vragen Statenleden en antwoorden GS", [
    H1("Antwoord op schriftelijke vragen (artikel 45 Reglement van orde Provinciale Staten)"),
    P("Vragen van {F|Statenlid Ten Brinke} (BBB) en {F|Statenlid Oldenkamp} (PvdD) over handhaving bij een PAS-melder "
      "in Wierden, ingekomen 8 december 2025, nummer {R|PS/2025/1207}."),
    P("**Vraag 1.** Klopt het dat de provincie een dwangsom heeft opgelegd aan een PAS-melder die zijn melding te "
      "goeder trouw heeft gedaan?"),
    P("**Antwoord.** Ja. Wij hebben op 3 juni 2025 een last onder dwangsom opgelegd. Niet de melding zelf is het "
      "probleem, maar de uitbreiding daarna. Over individuele bedrijven doen wij verder geen mededelingen."),
    P("**Vraag 2.** Heeft " + GED + " met de familie gesproken?"),
    P("**Antwoord.** " + GED + " heeft op 14 november 2025 een keukentafelgesprek gevoerd met de betrokkenen."),
    P("**Vraag 3.** Waarom handhaaft u wel, terwijl de minister van {O|LVVN} legalisatie heeft beloofd?"),
    P("**Antwoord.** Het {G|Legalisatieprogramma PAS-meldingen} betreft de gemelde situatie. Voor uitbreidingen "
      "daarboven geldt de beginselplicht tot handhaving. Wij verwijzen naar de uitspraak {R|ECLI:NL:RVS:2022:3159}."),
    PB,
    P("**Vraag 4.** Hoeveel PAS-melders in Overijssel overschrijden hun melding?"),
    P("**Antwoord.** Van de 163 melders zijn er 41 gecontroleerd; bij 9 is een overschrijding vastgesteld."),
    P("**Vraag 5.** Is de toezichthouder van de ODT bedreigd?"),
    P("**Antwoord.** Ons is bekend dat een medewerker van de " + ODT + " via sociale media persoonlijk is benaderd. "
      "De ODT heeft maatregelen genomen. Wij betreuren dit."),
    P("{O|Gedeputeerde Staten van Overijssel},"),
    P("{F|voorzitter} / {F|secretaris}"),
    SP(6),
    S("Ambtelijk voorbereid door {p|L. ter Borg} en {p|R. Okkerse} (documentnummer {R|2026/0009913})."),
    S("Ingediend via de {O|Statengriffie} ({M|griffie@overijssel.nl}); contactpersoon griffie {p|Marieke Zandbergen}, "
      "{t|038 499 71 38}. Behandeld in de {O|Statencommissie Ruimte en Natuur} van 21 januari 2026."),
], font="Times-Roman", producer="Microsoft® Word voor Microsoft 365", creator="Corsa 7.2 - PDF export"))
