"""Set NK documents nk23-nk33."""
from lib import Doc
from people import *  # noqa: F401,F403

H1 = lambda s: ("h1", s); H = lambda s: ("h", s); P = lambda s: ("p", s); S = lambda s: ("s", s)
SP = lambda n=8: ("sp", n); PB = ("pb",)
T = lambda rows, w=None: ("t", rows, w)

DOCS = []

DOCS.append(Doc("nk23", "Juridisch memo handhavingsverzoek Stichting Behoud Wierdense Veld", [
    P("**Memo** - intern, {O|Provincie Overijssel}, team {O|VTH Natuur}"),
    T([["Aan", "Van", "Datum", "Onderwerp"],
       ["{p|M. Yıldırım}", "{p|R. Okkerse}", "18 december 2025", "Beslissing op handhavingsverzoek {R|HV-2025-031}"]]),
    H("1. Vraag"),
    P("De {O|Stichting Behoud Wierdense Veld} heeft op 3 december 2025 verzocht om handhaving tegen het melkveebedrijf "
      "aan de Veldkampsweg. Moeten wij nog een besluit nemen, nu de last onder dwangsom van 3 juni 2025 al loopt?"),
    H("2. Analyse"),
    P("Een handhavingsverzoek is een aanvraag in de zin van artikel 1:3 {W|Awb}. De stichting is belanghebbende "
      "(artikel 1:2 lid 3 {W|Awb}): zij behartigt statutair de bescherming van het " + N2K + ". Omdat al een last is "
      "opgelegd, kan het verzoek worden toegewezen onder verwijzing naar het lopende traject. De stichting moet "
      "wel worden gewezen op de mogelijkheid van bezwaar."),
    P("Risico: de stichting kan een beroep wegens niet tijdig beslissen instellen (artikel 6:12 {W|Awb}). "
      "De voorzitter, de heer {p|Smithuis}, heeft daar in zijn brief al op gezinspeeld."),
    H("3. Advies"),
    P("Het verzoek toewijzen, verwijzen naar de last van 3 juni 2025, en de stichting informeren over de hercontrole "
      "in januari. Beslistermijn: acht weken, uiterlijk 28 januari 2026. Afstemmen met " + GED + " via het bureau."),
    P("Kaders: {W|Omgevingswet}, {W|Besluit kwaliteit leefomgeving}, {G|Landelijke Handhavingsstrategie "
      "Omgevingsrecht}, {G|Handhavingsuitvoeringsprogramma 2025}; jurisprudentie {R|ECLI:NL:RVS:2022:3159}. "
      "Voorbesproken met {p|Wim Dorgelo} ({J|concernjurist}, {t|038 499 73 05}) en {p|Femke Haverkamp}."),
    P("{c|RO} / 18-12-2025"),
], font="DV", producer="PDF-XChange Editor 10.1", creator="PDF-XChange Editor",
   notes=[(0, [400, 700, 420, 720], "{p|Yıldırım, M.}", "{p|Ruben}, prima memo. Check nog even met {p|Femke} (Woo) of de "
           "brief van de stichting al gepubliceerd is. Ik bel {p|Erik-Jan} morgen zelf op {t|06-30 72 15 84}."),
          (0, [400, 520, 420, 540], "{p|Sanne dGV}", "Let op: stichting heeft ook een zaak lopen bij {p|mr. Ferwerda} "
           "(Rechtbank), zie mail van {p|Karin Vos}.")]))

DOCS.append(Doc("nk24", "Handhavingsverzoek Stichting Behoud Wierdense Veld", [
    P("**{O|Stichting Behoud Wierdense Veld}** | {N|Jan Schuttenhuis Natuurfonds} partner | KvK {R|41028866}"),
    S("secretariaat: {a|Hoge Hexel 12}, {a|7645 AG Hoge Hexel} | {M|info@behoudwierdenseveld.nl}"),
    SP(8),
    P("Aan " + GS + ", {L|Postbus 10078}, {L|8000 GB Zwolle}"),
    P("Hoge Hexel, 3 december 2025"),
    H("Betreft: verzoek om handhaving, melkveebedrijf Veldkampsweg te Wierden"),
    P("Geacht college,"),
    P("Onze stichting zet zich sinds 1987 in voor het hoogveen van het " + N2K + ". Uit openbare bronnen, waaronder de "
      "{G|I&R-registratie} en satellietbeelden, blijkt dat het melkveebedrijf aan de Veldkampsweg veel meer dieren "
      "houdt dan gemeld. Wij verzoeken u op grond van artikel 5:32 {W|Awb} handhavend op te treden en binnen de "
      "wettelijke termijn op dit verzoek te beslissen."),
    P("Wij hebben geen persoonlijk conflict met de familie. Ons bestuurslid mevrouw {p|W. Oude Luttikhuis} woont zelf "
      "in de buurt en heeft de familie vooraf op de hoogte gesteld. Wij merken wel dat zij in een buurtgroep wordt "
      "aangevallen; wij vragen u haar naam niet openbaar te maken."),
    P("Voor contact: {p|Erik-Jan Smithuis}, voorzitter, {t|06-30 72 15 84}, {e|ej.smithuis@ziggo.nl}."),
    P("Penningmeester {p|Harm-Jan Wissink} ({e|hj.wissink@hotmail.nl}) kan desgewenst de jaarrekening toelichten."),
    P("Met vriendelijke groet,"),
    SP(12),
    P("{p|E.J. Smithuis}, voorzitter          {p|W. Oude Luttikhuis}, secretaris"),
], font="DVS", producer="Adobe PDF Library 17.11", creator="Adobe InDesign 18.5"))

DOCS.append(Doc("nk25", "Teams-chat team VTH Natuur", [
    P("**Microsoft Teams - chat 'Dossier Veldkampsweg'** - export 20 februari 2026 (deelnemers 4)"),
    S("{p|Okkerse, Ruben} 10-02-2026 13:02"),
    P("{O|GS} heeft ingestemd met invordering van de helft. Ik maak de brief. {p|Sanne} kun jij de bedragen checken?"),
    S("{p|de Groot-Veldkamp, Sanne} 10-02-2026 13:05"),
    P("Doe ik. 11 × 2.500 = 27.500, helft is 13.750. Zal ik {p|Hermien} even bellen voor de brief eruit gaat?"),
    S("{p|Yıldırım, Mehmet} 10-02-2026 13:09"),
    P("Ja graag, maar alleen over de procedure. Geen toezeggingen. Gedeputeerde wil zelf bellen met meneer {p|Lohuis}."),
    S("{p|Dijkstra, Aukje} 10-02-2026 13:15"),
    P("{G|Heads-up}: {O|Tubantia} heeft een Woo-verzoek lopen ({R|WOO-OV-2026-0088}) en {p|Marloes} belt om de dag. "
      "Kunnen we de Woo-termijn halen? @{p|Femke Haverkamp}"),
    S("{p|Haverkamp, Femke} 10-02-2026 13:40"),
    P("We zitten op 38 documenten. Zienswijzen van {O|ODT} en familie binnen. Advocaat {p|Van 't Wout} wil alles over de "
      "gezondheid eruit, dat doen we sowieso ({G|5.1.1d}). {O|BIJ12} levert nog een memo aan. Besluit eind februari."),
    S("{p|Okkerse, Ruben} 10-02-2026 13:44"),
    P("Top. En {p|Zoë} van de ODT wil niet genoemd worden, de WhatsApp-groep was echt heftig. Ik heb {p|Thijs} "
      "gezegd dat we alle ODT-namen lakken."),
    S("{p|Dijkstra, Aukje} 10-02-2026 13:46"),
    P("👍 Ik zet het {G|Q&A-document} klaar voor het {O|Statencommissie Ruimte en Natuur}-debat."),
    S("{p|de Groot-Veldkamp, Sanne} 10-02-2026 15:20"),
    P("{p|Hermien} gesproken. Ze was rustig. Ze vraagt of de brief naar het adres van {p|Bram} kan: {a|Esweg 4a}, "
      "{a|7641 AD Wierden}."),
], font="DV", producer="Microsoft Teams export", creator="Microsoft Teams"))

DOCS.append(Doc("nk26", "Bereikbaarheidsrooster toezichthouders natuur ODT", [
    P("**" + ODT + "** - bereikbaarheidsrooster team Natuur, eerste kwartaal 2026 - intern"),
    T([["Week", "Toezichthouder", "Personeelsnr.", "Mobiel", "Achterwacht"],
       ["1-2", JK, "{x|ODT-04418}", "{t|06-24 18 93 02}", "{p|T. Olthof}"],
       ["3-4", ZM, "{x|ODT-05127}", ZM_T, "{p|H.W. Vrielink}"],
       ["5-6", "{p|Hendrik-Willem Vrielink}", "{x|ODT-03390}", "{t|06 5113 2278}", "{p|J. Kleinsman}"],
       ["7-8", "{p|Priya Ramdin-Sewnath}", "{x|ODT-05561}", "{t|+31 6 4809 1177}", "{p|Z. Ménard}"],
       ["9-10", "{p|Koen de Wit}", "{x|ODT-04902}", "{t|06-11 93 40 86}", "{p|T. Olthof}"],
       ["11-13", JK, "{x|ODT-04418}", "{t|06-24 18 93 02}", "{p|P. Ramdin-Sewnath}"]], [0.5, 1.6, 1, 1.2, 1.2]),
    P("Meldingen buiten kantoortijd via de {O|Meldkamer Oost-Nederland} ({M|0900 - 202 40 00}) of het algemene nummer "
      "{M|074 - 245 84 00}. Bij agressie altijd de {J|teamleider} inlichten en melden in {G|Incidentenregistratie "
      "AMOK}. Protocol: {G|Veilige Publieke Taak}, {W|Wetboek van Strafrecht} art. 267. Dienstauto's: {G|Volkswagen ID.3}, kenteken staat in het wagenparkoverzicht."),
    P("Bij bedreiging: aangifte via {O|Politie Oost-Nederland}; nazorg via {O|Arbo Unie}. Vervanging bij ziekte "
      "van {p|Zoë}: {p|Koen} of {p|Priya}."),
    P("Teamleider: {p|drs. Annemiek Bos-Schuurman}, {t|074-2458 302}. Vastgesteld 15 december 2025."),
], font="Helvetica", landscape=True, producer="Microsoft® Excel® voor Microsoft 365", creator="Microsoft® Excel® voor Microsoft 365"))

DOCS.append(Doc("nk27", "Brief gedeputeerde uitnodiging keukentafelgesprek", [
    S(PROV + " | {L|Luttenbergstraat 2} | {L|Zwolle} | {M|038 499 88 99} | {M|www.overijssel.nl}"),
    SP(10),
    P("Familie {p|Lohuis}"), P(ADDR), P("{a|7642 PJ Wierden}"),
    SP(8),
    P("Datum: 30 oktober 2025    Kenmerk: {R|2025/0302876}    Zaak: " + ZAAK),
    H("Onderwerp: uitnodiging voor een gesprek"),
    P("Beste mevrouw en meneer {p|Lohuis},"),
    P("Dank voor uw brief van 24 oktober. Ik heb hem met aandacht gelezen. Ik begrijp dat de afgelopen maanden zwaar "
      "voor u zijn geweest, zeker met de zorgen om de gezondheid van uw man. Graag kom ik bij u langs voor een "
      "gesprek aan de keukentafel. Ik stel voor: vrijdag 14 november om 10.00 uur."),
    P("Ik neem mee: de heer {p|L. ter Borg}, {J|programmamanager stikstof}, en de heer {p|R. Okkerse}, jurist. U mag "
      "uw advocaat, mr. {p|Van 't Wout}, en uw zoon uitnodigen. Ook de {O|Stikstofregiegroep Twente} en het "
      "{O|Regionaal Ondernemersloket} kunnen aansluiten als u dat wilt."),
    P("Wilt u laten weten of dit past? U kunt contact opnemen met mijn secretariaat via {M|secretariaat.gs@overijssel.nl} "
      "of met mevrouw {p|Dijkstra} op " + AD_T + "."),
    P("Met vriendelijke groet,"),
    SP(18),
    P("{F|Anouk Wessels}"),
    P("gedeputeerde Natuur, Stikstof en Landbouw"),
], font="DV", producer="Aspose.Words for .NET 23.4.0", creator="Corsa 7.2", author="{p|Okkerse, R.}"))

DOCS.append(Doc("nk28", "Verslag keukentafelgesprek 14 november 2025", [
    H1("Verslag keukentafelgesprek"),
    P("Datum: 14 november 2025, 10.00 - 11.45 uur, op het bedrijf. Zaak " + ZAAK + "."),
    T([["Aanwezig", "Rol"],
       [GED, "gedeputeerde"],
       [LB, "programmamanager stikstof"],
       [RO, "jurist, verslag"],
       [GJ + ", " + HM + ", " + BR, "familie"],
       ["mr. " + FW, "advocaat"]]),
    H("Gesprek"),
    P("De gedeputeerde opent en zegt dat zij niet komt om over het bezwaar te onderhandelen, maar om te luisteren. "
      "De heer {p|Lohuis} vertelt over het bedrijf en {h|zijn hartproblemen, waarvoor hij in het MST wordt behandeld}. "
      "Mevrouw {p|Lohuis} zegt dat de familie kapot is van de publiciteit en de WhatsApp-groep in de buurt."),
    P("De heer {p|Bram Lohuis} wil het bedrijf voortzetten met 160 koeien en een emissiearme stal. Hij vraagt of de "
      "provincie de vergunningaanvraag kan versnellen. De heer {p|Ter Borg} legt uit dat de {G|Provinciale "
      "Maatregelenaanpak Stikstof Overijssel} ({O|Provincie Overijssel}) voorziet in een ondernemerscoach en dat PAS-melders voorrang krijgen "
      "in het {G|Stikstofregistratiesysteem}. Ook de {G|Subsidieregeling emissiereductie bestaande stallen} "
      "en de {G|Landelijke beëindigingsregeling veehouderijlocaties} ({G|Lbv-plus}) komen aan de orde."),
    H("Afspraken"),
    P("1. De familie brengt de veestapel vóór 31 januari 2026 terug naar 160 koeien. 2. De provincie wijst een "
      "ondernemerscoach aan ({p|dhr. W. Stegeman}, {O|Agrarisch Ondernemerscentrum Oost}). 3. Het bezwaar blijft lopen."),
    P("Verslag: {p|R.O.}, 17 november 2025. Akkoord familie via mail van {p|B. Lohuis} ({e|bram.lohuis@outlook.com})."),
], renderer="docx", producer="LibreOffice 7.6", creator="Writer", author="{p|Ruben Okkerse}"))

DOCS.append(Doc("nk29", "Dossieroverzicht handhaving Veldkampsweg", [
    H1("Dossieroverzicht zaak " + ZAAK),
    P("Dit overzicht bundelt de stukken van de handhavingszaak tegen het melkveebedrijf aan de Veldkampsweg in "
      "{L|Wierden}. Eigenaar dossier: team {O|VTH Natuur}. Archiefcategorie volgens de {G|Selectielijst provincies 2020}: "
      "bewaren 10 jaar."),
    T([["Nr", "Datum", "Stuk", "Opsteller"],
       ["1", "14-04-2025", "Toezichtrapport {R|ODT/TOE/2025/1142}", "ODT"],
       ["2", "07-05-2025", "Voornemen last onder dwangsom", "provincie"],
       ["3", "03-06-2025", "Besluit last onder dwangsom", "provincie"],
       ["4", "10-07-2025", "Bezwaarschrift", "advocaat"],
       ["5", "23-09-2025", "Verslag hoorzitting", "commissie"],
       ["6", "14-11-2025", "Verslag keukentafelgesprek", "provincie"],
       ["7", "28-01-2026", "Hercontrole {R|ODT/TOE/2026/0217}", "ODT"],
       ["8", "10-02-2026", "GS-besluit invordering", "provincie"]], [0.3, 0.9, 2.6, 1]),
    P("Wijzigingen in dit dossier worden vastgelegd in {G|Corsa}. Toegang is beperkt tot het team en de "
      "{O|Commissie voor de bezwaarschriften Overijssel}."),
    PB,
    H("Stand van zaken februari 2026"),
    P("De last is deels nageleefd. GS hebben op 10 februari 2026 besloten de helft van de verbeurde dwangsommen in te "
      "vorderen (€ 13.750). Het bezwaar tegen de last is op advies van de commissie ongegrond verklaard (besluit op "
      "bezwaar van 9 december 2025). Beroep is ingesteld bij de {O|Rechtbank Overijssel} (zaaknummer {R|ZWO 26/0412})."),
    P("Het Woo-verzoek " + WOO + " wordt eind februari 2026 afgehandeld."),
], font="Times-Roman", producer="Adobe Acrobat Pro (64-bit) 24.1", creator="Adobe Acrobat Pro",
   outline=[("Dossier {R|Z2026-004317} - behandelaar {p|R. Okkerse}", 0),
            ("Toezicht ODT ({p|Kleinsman}/{p|Ménard})", 0),
            ("Bezwaar - secretaris {p|Jolanda Brouwer-Nijhuis}", 0),
            ("Stand van zaken (bijgewerkt door {p|Wilma Pasman})", 1),
            ("Archief - {p|D.F. Kuipers}", 1)]))

DOCS.append(Doc("nk30", "Besluit op bezwaar last onder dwangsom", [
    S(GS + " | {L|Postbus 10078} | {L|8000 GB Zwolle}"),
    P("Aangetekend: mr. " + FW + ", {O|Ten Velde Bosch Advocaten}, {L|Stationsweg 41}, {L|8011 CZ Zwolle}"),
    P("Datum: 9 december 2025    Kenmerk: {R|2025/0339051}    Zaak: " + ZAAK),
    H1("Besluit op bezwaar"),
    H("1. Het bezwaar"),
    P("U heeft namens Maatschap {p|Lohuis} bezwaar gemaakt tegen ons besluit van 3 juni 2025 ({R|2025/0148822}). Het "
      "bezwaar is ontvankelijk. Op 23 september 2025 is het bezwaar behandeld door de {O|Commissie voor de "
      "bezwaarschriften Overijssel}. Het advies van de commissie van 4 november 2025 is bijgevoegd."),
    H("2. Overwegingen"),
    P("Wij nemen het advies van de commissie over. Kort samengevat: (a) de telling van de toezichthouders is juist en "
      "wordt bevestigd door de I&R-gegevens; (b) een PAS-melding geeft geen recht op uitbreiding na de melding; "
      "(c) de dwangsom is niet onevenredig; (d) de persoonlijke omstandigheden van de exploitant rechtvaardigen een "
      "langere begunstigingstermijn. Wij verlengen de termijn tot 31 januari 2026."),
    P("Het beroep op intern salderen faalt: de {O|BIJ12}-beoordeling ({R|RfXp8Q2mTz7a}) laat zien dat de varkensstal "
      "sinds 2019 niet meer feitelijk in gebruik is. Wij verwijzen naar {R|ECLI:NL:RVS:2024:4923}."),
    PB,
    H("3. Besluit"),
    P("Wij verklaren het bezwaar ongegrond, met dien verstande dat de begunstigingstermijn wordt verlengd tot 31 januari "
      "2026. Een proceskostenvergoeding kennen wij niet toe."),
    H("4. Beroep"),
    P("Binnen zes weken kan beroep worden ingesteld bij de {O|Rechtbank Overijssel}, sector bestuursrecht, "
      "{L|Postbus 10067}, {L|8000 GB Zwolle}, of digitaal via {M|rechtspraak.nl}."),
    P(GS + ", namens dezen,"),
    SP(16),
    P("{p|mr. drs. C.M. Veneklaas}"), P("{J|afdelingsmanager Natuur en Milieu}"),
    S("Bijlage: advies commissie (voorzitter {p|mr. A.C. Reinders}, leden {p|ir. W. Hoogeveen} en "
      "{p|drs. H. Kroeze-Pâris}), secretaris {p|J. Brouwer-Nijhuis}."),
    S("Afschrift: {O|Stichting Behoud Wierdense Veld}; " + ODT + ". Behandelaar: " + RO + ", " + RO_E + "."),
], font="DVS", producer="iText® 7.2.5 ©2000-2023 Apryse Group NV", creator="Corsa 7.2", author="{p|Veneklaas, C.M.}"))

DOCS.append(Doc("nk31", "Woo-besluit handhaving stikstof melkveebedrijf", [
    H1("Besluit op uw Woo-verzoek"),
    P("Mevrouw {p|M. Tjoonk-Brouwer}, {a|Weverstraat 88}, {a|7607 HK Almelo}"),
    P("Datum: 26 februari 2026. Kenmerk: {R|2026/0058823}. Zaaknummer: " + WOO + "."),
    H("1. Uw verzoek"),
    P("U heeft op 12 januari 2026 gevraagd om documenten over de handhaving van de stikstofregels bij een "
      "melkveebedrijf in Wierden. Wij hebben de beslistermijn op 9 februari 2026 met twee weken verdaagd."),
    H("2. Zienswijzen"),
    P("De familie, vertegenwoordigd door haar advocaat, en de " + ODT + " hebben een zienswijze gegeven. Zij vragen om "
      "weglakking van namen, adres en medische gegevens. De {O|Stichting Behoud Wierdense Veld} heeft geen bezwaar "
      "tegen openbaarmaking van haar handhavingsverzoek, behalve de namen van haar bestuursleden."),
    H("3. Besluit"),
    P("Wij maken 33 documenten openbaar: 2 geheel, 31 gedeeltelijk. Zie de inventarislijst. Namen van " + GED + " en "
      "van Statenleden blijven leesbaar, omdat zij in hun publieke functie optreden."),
    H("4. Weigeringsgronden"),
    P("Persoonsgegevens van medewerkers van de provincie en de ODT en van particulieren (namen, adressen, "
      "telefoonnummers, e-mailadressen, handtekeningen) zijn gelakt op grond van artikel 5.1 lid 2 onder e "
      "{W|Woo} (5.1.2e). Medische gegevens zijn geweigerd op grond van artikel 5.1 lid 1 onder d (5.1.1d), het BSN "
      "op grond van artikel 5.1 lid 1 onder e (5.1.1e). Namen van medewerkers van de ODT zijn ook gelakt in verband "
      "met hun veiligheid (5.1.2h)."),
    H("5. Wijze van openbaarmaking"),
    P("De documenten worden gepubliceerd op {M|open.overheid.nl} en verstrekt aan u per e-mail."),
    P("De zienswijze van de ODT is ingediend door de heer {p|T. Olthof} ({e|t.olthof@odtwente.nl}); die van de familie "
      "door mr. {p|F. van 't Wout}. De zienswijze van de stichting is ondertekend door {p|E.J. Smithuis}."),
    P("Bezwaar: binnen zes weken bij " + GS + "."),
    P(GS + ", namens dezen,"),
    SP(12),
    P("{p|drs. J.A. Brouwer-Nijhuis}"), P("{J|teamleider Juridische Zaken}"),
    S("Contact: {M|woo@overijssel.nl}. Behandelaar: {p|F. Haverkamp}, {t|038 499 81 62}."),
], renderer="docx", producer="LibreOffice 7.6", creator="Writer"))

DOCS.append(Doc("nk32", "Inventarislijst Woo-besluit", [
    P("**Inventarislijst bij Woo-besluit " + WOO + "** ({O|Provincie Overijssel}, kenmerk {R|2026/0058823})"),
    T([["Nr", "Document", "Datum", "Beoordeling", "Grond", "Opmerking"],
       ["1", "Woo-verzoek", "12-01-2026", "deels openbaar", "5.1.2e", ""],
       ["2", "Ontvangstbevestiging", "19-01-2026", "deels openbaar", "5.1.2e", ""],
       ["3", "Besluit last onder dwangsom", "03-06-2025", "deels openbaar", "5.1.2e", "adres gelakt"],
       ["4", "Toezichtrapport ODT", "16-04-2025", "deels openbaar", "5.1.2e, 5.1.1d, 5.1.2h", "paraaf gelakt"],
       ["5", "Hercontrole ODT", "29-01-2026", "deels openbaar", "5.1.2e, 5.1.1d", ""],
       ["6", "Zienswijze familie", "19-05-2025", "deels openbaar", "5.1.2e, 5.1.1d", ""],
       ["7", "Bezwaarschrift", "10-07-2025", "deels openbaar", "5.1.2e, 5.1.1d", ""],
       ["8", "Aanvullende gronden", "02-09-2025", "deels openbaar", "5.1.1d, 5.1.1e", "verklaring cardioloog niet openbaar"],
       ["9", "E-mails provincie-ODT", "03-02-2026", "deels openbaar", "5.1.2e, 5.1.2h", ""],
       ["10", "E-mail communicatie", "11-02-2026", "deels openbaar", "5.1.2e", ""],
       ["11", "WhatsApp-export", "12-12-2025", "deels openbaar", "5.1.2e", "ingezonden door stichting"],
       ["12", "Formulier PAS-melding", "16-01-2026", "deels openbaar", "5.1.1e, 5.1.2e", ""],
       ["13-33", "overige stukken", "div.", "deels openbaar", "5.1.2e", "zie besluit"]], [0.4, 2, 0.8, 1, 1.2, 1.8]),
    P("Legenda: {G|deels openbaar} = gelakt op de genoemde gronden; {G|5.1.1d} = bijzondere persoonsgegevens; "
      "{G|5.1.1e} = BSN; {G|5.1.2h} = veiligheid van personen. Alle stukken komen uit zaak {R|Z2026-004317} en het "
      "archief van de {O|Omgevingsdienst Twente}."),
    P("Opgesteld door de Woo-coördinator ({M|woo@overijssel.nl}). Gerelateerd: {R|2026/0031872}. Behandelaar "
      "{p|Femke Haverkamp}, {e|f.haverkamp@overijssel.nl}, {t|038 499 81 62}."),
    S("Interne controle: {p|F.H.}/{c|FHv} 25-02-2026; tweede lezer {p|J. Brouwer-Nijhuis}."),
], font="Helvetica", landscape=True, producer="Microsoft® Excel® 2019", creator="Microsoft® Excel® 2019"))

DOCS.append(Doc("nk33", "Nieuwsbericht Provincie Overijssel stikstof PAS-melders", [
    P("**Nieuwsbericht** | {O|Provincie Overijssel} | 12 februari 2026"),
    H1("Provincie vordert deel dwangsom in bij PAS-melder"),
    P(GS + " vorderen de helft van de verbeurde dwangsom in bij een melkveehouder in {L|Wierden}. Het bedrijf had meer "
      "koeien dan gemeld. Inmiddels is het aantal dieren vrijwel teruggebracht. Omdat de familie in een moeilijke "
      "persoonlijke situatie zit, ziet de provincie af van de andere helft."),
    P("'Handhaven is nodig om het " + N2K + " te beschermen', zegt " + GED + ". 'Maar wij zijn er ook voor de boer. "
      "Dat hebben we laten zien door in gesprek te gaan.'"),
    P("De {O|Commissaris van de Koning} en de {O|Statencommissie Ruimte en Natuur} zijn geïnformeerd. Agrariërs met "
      "vragen over hun PAS-melding kunnen terecht bij het {O|Regionaal Ondernemersloket}, telefoon {M|0800 - 023 06 60}, "
      "of bij {O|BIJ12} via {M|www.bij12.nl}. De provincie organiseert op 5 maart een bijeenkomst in {N|Huize "
      "Scholtenhagen} in {L|Haaksbergen}."),
    P("Meer informatie voor de pers: {M|pers@overijssel.nl}, {M|038 499 77 00}."),
    S("[interne versie] Redactie: {p|Aukje Dijkstra} ({t|06 1882 0437}); akkoord bureau gedeputeerde "
      "({p|Yvonne Mulder-Heerink}) 11-02-2026 16:40."),
    S("Foto: {N|Pieter Bas-schuur} aan de rand van het Wierdense Veld (foto provincie)."),
], font="DV", producer="Drupal 10 - wkhtmltopdf 0.12.6", creator="wkhtmltopdf", author="{p|Aukje D.}"))
