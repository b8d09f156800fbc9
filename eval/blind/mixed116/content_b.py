"""Set RM, documents rm12-rm22: archaeology report, SIM subsidy, invoices, contractor, enforcement."""
from lib import Doc

DOCS = []

# ------------------------------------------------------------------------------------------- rm12
DOCS.append(Doc("rm12", "Rapportage archeologische begeleiding Turfmarkt 88", font="serif",
    producer="Adobe PDF Library 23.8.53", creator="Adobe InDesign 19.0 (Windows)",
    xmp_creator="Lieke Zandbergen", meta_author="Lieke Zandbergen", blocks=[
    ("h", "Archeologische begeleiding Turfmarkt 88, Gouda"),
    ("p", "{{Archeologie West-Nederland B.V.}} | Rapport {{r:AWN-R-2026-031}} | versie 1.1, 6 maart 2026"),
    ("kv", [("Opdrachtgever", "{{Kerkzicht Ontwikkeling B.V.}}, contactpersoon [[R. Kalkman]]"),
            ("Bevoegd gezag", "{{gemeente Gouda}}, gemeentelijk archeoloog [[drs. G.A. de Ruijter]]"),
            ("Auteurs", "[[L. Zandbergen MA]] en [[dr. Tomasz Wiśniewski]] (fysisch antropoloog)"),
            ("Autorisatie", "[[drs. E.M. Poortvliet]], senior KNA-archeoloog"),
            ("ARCHIS-zaaknummer", "{{r:6012844100}}"), ("Periode veldwerk", "12 - 20 februari 2026")]),
    ("h", "1. Aanleiding"),
    ("p", "Bij graafwerk voor een liftschacht in de kelder aan de noordzijde van de voormalige Remonstrantse kerk "
          "({{r:rijksmonument 17988}}) stuitte de kraanmachinist op 11 februari 2026 op een gemetselde put en "
          "menselijke resten. Het werk is stilgelegd en de vondst is gemeld conform artikel 5.10 van de "
          "{{w:Erfgoedwet}}. De begeleiding is uitgevoerd volgens de {{p:Kwaliteitsnorm Nederlandse Archeologie}} "
          "({{p:KNA 4.1}})."),
    ("h", "2. Resultaten"),
    ("p", "De put (spoor S3) is opgebouwd uit kloostermoppen in halfsteens verband en dateert op grond van "
          "het baksteenformaat en het vondstmateriaal uit de tweede helft van de 16e eeuw. De vulling bevatte "
          "roodbakkend aardewerk, een bronzen gesp en een loden pelgrimsinsigne. Ten zuiden van de put zijn drie "
          "begravingen (S5-S7) gedocumenteerd, waarschijnlijk behorend bij het kerkhof van het klooster dat hier "
          "vóór de Reformatie stond."),
    ("p", "[[Wiśniewski]] bepaalde de individuen als een volwassen man (35-45 jaar), een vrouw (ouder dan 50) en "
          "een kind van circa 6 jaar. De skeletten zijn geborgen en overgedragen aan het {{Provinciaal Depot "
          "voor Bodemvondsten Zuid-Holland}} in {{l:Alphen aan den Rijn}}."),
    ("pb",),
    ("h", "3. Waardering en advies"),
    ("p", "De vindplaats is behoudenswaardig. Wij adviseren de liftschacht 2,5 m naar het oosten te verplaatsen, "
          "zodat de put in situ bewaard blijft. Dit advies is op 19 februari besproken met [[De Ruijter]], "
          "[[Kalkman]] en architect [[Vermeulen]]; zij stemden in. De {{Rijksdienst voor het Cultureel Erfgoed}} is "
          "geïnformeerd via [[Wouter van 't Hof]]."),
    ("h", "4. Betrokkenen veldwerk"),
    ("t", [["Naam", "Rol", "Telefoon"],
           ["[[Lieke Zandbergen]]", "projectleider / veldarcheoloog", "[[t:06-47 11 20 93]]"],
           ["[[Tomasz Wiśniewski]]", "fysisch antropoloog", "[[t:0031 6 1830 4477]]"],
           ["[[Noor Baghdadi]]", "veldtechnicus", "[[t:06 21 55 08 64]]"],
           ["Algemeen", "{{Archeologie West-Nederland B.V.}}", "{{n:071 - 514 00 00}}"]], [50, 70, 45]),
    ("p", "Vondstnummers V1-V38 zijn opgenomen in de digitale vondstenlijst. Foto's: {{r:AWN-F-0311}} t/m "
          "{{r:AWN-F-0402}}."),
    ("s", "Alle rechten voorbehouden. Overname van kaartmateriaal uit de {{p:Archeologische Monumentenkaart}} "
          "met toestemming."),
]))

# ------------------------------------------------------------------------------------------- rm13
DOCS.append(Doc("rm13", "Aanvraag SIM Turfmarkt 88", font="cond",
    producer="Mijn RVO / Aspose.PDF for Java 22.4", creator="RVO eLoket", blocks=[
    ("h", "Aanvraag Subsidieregeling instandhouding monumenten (SIM) 2026"),
    ("s", "Ingediend bij {{RVO}} namens de {{Rijksdienst voor het Cultureel Erfgoed}} | aanvraagnummer "
          "{{r:SIM26-04417}} | ontvangen 31-03-2026 14:08"),
    ("h", "Aanvrager"),
    ("kv", [("Organisatie", "{{Stichting Remonstrantse Kerk Turfmarkt}}"), ("KvK", "{{r:41170455}}"),
            ("Rechtsvorm", "stichting"),
            ("Contactpersoon", "[[ds. Hendrik Wapenaar]], penningmeester"),
            ("Telefoon contactpersoon", "[[t:06-10 92 38 57]]"),
            ("E-mail contactpersoon", "[[e:h.wapenaar@remonstranten-gouda.nl]]")]),
    ("h", "Monument"),
    ("kv", [("Monumentnummer", "{{r:rijksmonument 17988}}"), ("Adres", "{{a:Turfmarkt 88}}, Gouda"),
            ("Type", "kerkgebouw (niet-woonhuis), 1633, verbouwd 1867")]),
    ("h", "Instandhoudingsplan 2026-2031"),
    ("t", [["Onderdeel", "Maatregel", "Kosten (excl. btw)"],
           ["Kap en dakbedekking", "herstel leien, vervanging lood in kilgoten", "{{g:EUR 86.400}}"],
           ["Glas-in-lood", "herstel en beschermende voorzetbeglazing zuidgevel", "{{g:EUR 41.250}}"],
           ["Metselwerk", "voegwerk toren, herstel natuursteen lijstgoot", "{{g:EUR 58.900}}"],
           ["Onderzoek en begeleiding", "bouwhistorisch onderzoek, restauratiearchitect", "{{g:EUR 22.750}}"],
           ["Totaal", "", "{{g:EUR 209.300}}"]], [45, 85, 35]),
    ("p", "Uitvoering door {{Restauratiebouw Gebr. Van Swieten B.V.}} (erkend restauratiebedrijf, {{p:ERM}}-"
          "gecertificeerd). Architect: Atelier [[Lotte Vermeulen]] Restauratiearchitectuur. Het plan is "
          "afgestemd met [[Hanneke Rutgers]] van de {{RCE}}."),
    ("pb",),
    ("h", "Verklaring en ondertekening"),
    ("p", "Ondergetekende verklaart dat de {{Stichting Remonstrantse Kerk Turfmarkt}} eigenaar is van het monument, "
          "dat de herbestemming tot woningen (project 'Kerkzicht') het kerkgebouw niet doet vallen onder de "
          "categorie woonhuizen zolang de eigendom van casco en kap bij de stichting blijft, en dat de gegevens "
          "juist zijn."),
    ("kv", [("Naam ondertekenaar", "[[Hendrik Wapenaar]]"), ("Functie", "penningmeester"),
            ("Tweede ondertekenaar", "[[mr. Els Bijvoet-Ramdin]], voorzitter"),
            ("Datum", "31 maart 2026"), ("Handtekening", "digitaal ondertekend met {{t:eHerkenning}} niveau 3")]),
    ("p", "Bijlagen: instandhoudingsplan, begroting van {{Restauratiebouw Gebr. Van Swieten B.V.}}, inspectierapport "
          "{{Monumentenwacht Zuid-Holland}} van 14-11-2025 (inspecteur [[J. Koppelaar]])."),
]))

# ------------------------------------------------------------------------------------------- rm14
DOCS.append(Doc("rm14", "Beschikking SIM-subsidie Turfmarkt 88", font="sans",
    producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365",
    meta_author="Nijenhuis, Bastiaan", extra_redact=[("PERSON", "Nijenhuis")], blocks=[
    ("s", "{{Rijksdienst voor het Cultureel Erfgoed}} | {{Ministerie van Onderwijs, Cultuur en Wetenschap}} | "
          "Postbus 1600, 3800 BP Amersfoort | {{u:www.cultureelerfgoed.nl}}".replace("{{u:", "{{t:")),
    ("sp", 8),
    ("p", "{{Stichting Remonstrantse Kerk Turfmarkt}}<br/>t.a.v. de heer [[H. Wapenaar]]".replace("<br/>", ", ")),
    ("p", "Postbus 287, 2800 AG Gouda"),
    ("kv", [("Datum", "8 juli 2026"), ("Kenmerk", "{{r:RCE-2026/114537}}"), ("Aanvraagnummer", "{{r:SIM26-04417}}"),
            ("Contactpersoon", "[[ing. B. Nijenhuis]]"), ("Telefoon", "{{n:033 421 74 21}} (algemeen)"),
            ("Onderwerp", "beschikking subsidieverlening SIM 2026")]),
    ("p", "Geachte heer [[Wapenaar]],"),
    ("p", "Op 31 maart 2026 heeft u subsidie aangevraagd op grond van de {{w:Subsidieregeling instandhouding "
          "monumenten}} voor {{r:rijksmonument 17988}} aan de {{a:Turfmarkt 88}} in Gouda. Ik verleen u een "
          "subsidie van ten hoogste {{g:EUR 104.650}}, zijnde 50% van de subsidiabele kosten van {{g:EUR 209.300}}, "
          "verdeeld over zes jaar."),
    ("h", "Verplichtingen"),
    ("p", "U voert de werkzaamheden uit volgens het goedgekeurde instandhoudingsplan en de "
          "{{p:Uitvoeringsrichtlijnen Restauratie}} (URL's) van de {{Stichting ERM}}. Wijzigingen in de "
          "herbestemming die de monumentale waarden raken, meldt u vooraf. De in de kelder aangetroffen waterput "
          "blijft in situ bewaard; de kosten van het verplaatsen van de liftschacht zijn niet subsidiabel."),
    ("h", "Bezwaar"),
    ("p", "Bent u het niet eens met dit besluit, dan kunt u binnen zes weken bezwaar maken bij de minister van "
          "{{Onderwijs, Cultuur en Wetenschap}}, p/a {{RCE}}, Postbus 1600, 3800 BP Amersfoort."),
    ("p", "Hoogachtend,"),
    ("p", "de {{o:minister van Onderwijs, Cultuur en Wetenschap}},<br/>namens deze,".replace("<br/>", " ")),
    ("sig",),
    ("p", "[[drs. C.A. Groeneveld-Tan]]"),
    ("p", "{{f:hoofd afdeling Subsidies}}, {{Rijksdienst voor het Cultureel Erfgoed}}"),
    ("s", "Behandelaar: [[Bastiaan Nijenhuis]] ([[e:b.nijenhuis@cultureelerfgoed.nl]]), in samenwerking met "
          "[[Özlem Yıldırım]] ([[e:o.yildirim@cultureelerfgoed.nl]]). Afschrift: [[Hanneke Rutgers]] ({{f:adviseur erfgoed}})."),
]))

# ------------------------------------------------------------------------------------------- rm15
DOCS.append(Doc("rm15", "Factuur 2026-014 Atelier Vermeulen", font="helv",
    producer="Moneybird", creator="Moneybird B.V. (Prawn)", meta_author="Lotte Vermeulen", blocks=[
    ("h", "Atelier [[Lotte Vermeulen]] Restauratiearchitectuur"),
    ("p", "[[a:Karnemelksloot 112]] | [[a:2806 BK]] Gouda | [[t:0182 - 52 46 90]] | [[e:lotte@ateliervermeulen.nl]]"),
    ("p", "KvK [[k:74839201]] | btw-id [[x:NL003847561B72]] | IBAN [[i:NL52 RABO 0312 8876 54]]"),
    ("sp", 10),
    ("p", "{{Kerkzicht Ontwikkeling B.V.}}<br/>t.a.v. [[R. Kalkman]]<br/>Crabethstraat 38<br/>2801 AN Gouda".replace("<br/>", " | ")),
    ("kv", [("Factuurnummer", "{{r:2026-014}}"), ("Factuurdatum", "28 februari 2026"),
            ("Vervaldatum", "30 maart 2026"), ("Project", "Turfmarkt 88 - herbestemming kerk (uw ref. {{r:KZ-0088}})")]),
    ("t", [["Omschrijving", "Uren", "Tarief", "Bedrag"],
           ["Aanpassing funderingsontwerp liftschacht i.v.m. archeologische vondst", "14", "{{g:EUR 95,00}}", "{{g:EUR 1.330,00}}"],
           ["Overleg gemeentelijk archeoloog en {{Archeologie West-Nederland B.V.}}", "3,5", "{{g:EUR 95,00}}", "{{g:EUR 332,50}}"],
           ["Herziening tekeningen A-201 t/m A-208", "9", "{{g:EUR 95,00}}", "{{g:EUR 855,00}}"],
           ["Bijdrage SIM-aanvraag (instandhoudingsplan)", "6", "{{g:EUR 95,00}}", "{{g:EUR 570,00}}"],
           ["Subtotaal", "", "", "{{g:EUR 3.087,50}}"], ["Btw 21%", "", "", "{{g:EUR 648,38}}"],
           ["Totaal", "", "", "{{g:EUR 3.735,88}}"]], [95, 15, 25, 30]),
    ("p", "Gelieve het totaalbedrag binnen 30 dagen over te maken op [[i:NL52 RABO 0312 8876 54]] t.n.v. "
          "[[L.C. Vermeulen]] onder vermelding van het factuurnummer."),
    ("s", "Atelier [[Lotte Vermeulen]] is een eenmanszaak en ingeschreven in het {{Register van Architecten}} "
          "onder nummer {{r:1.091125.007}}. Op al onze opdrachten zijn {{p:De Nieuwe Regeling 2011}} (DNR) van toepassing."),
]))

# ------------------------------------------------------------------------------------------- rm16
DOCS.append(Doc("rm16", "Factuur glas-in-lood herstel", font="sans",
    producer="Microsoft® Excel® voor Microsoft 365", creator="Microsoft® Excel® voor Microsoft 365",
    meta_author="Jurgen", extra_redact=[("PERSON", "Jurgen")], blocks=[
    ("h", "[[Ditmars]] Glas in Lood"),
    ("p", "vakmanschap sinds 1998 | [[a:Lange Groenendaal 7]] | [[a:2801 LR]] Gouda"),
    ("p", "[[t:06 - 28 33 91 04]] | [[e:jurgen@ditmarsglasinlood.nl]]"),
    ("p", "KvK [[k:28091734]] | IBAN [[i:NL96 INGB 0006 7721 90]] | btw-id [[x:NL001928374B55]]"),
    ("sp", 12),
    ("p", "Aan: {{Restauratiebouw Gebr. Van Swieten B.V.}}, afd. crediteuren, {{a:Goudse Schouw 3}}, Waddinxveen"),
    ("kv", [("Factuur", "{{r:F26-0077}}"), ("Datum", "15 mei 2026"), ("Uw referentie", "{{r:VS-2025-118}} / Turfmarkt 88"),
            ("Uw contact", "[[Dennis Kraaijeveld]] (uitvoerder)")]),
    ("t", [["Omschrijving", "Aantal", "Bedrag"],
           ["Demonteren en documenteren glas-in-loodpanelen zuidgevel (raam 3 en 4)", "8 panelen", "{{g:EUR 2.480,00}}"],
           ["Herstel gebroken ruiten met restauratieglas, nieuw lood waar nodig", "8 panelen", "{{g:EUR 6.960,00}}"],
           ["Plaatsen beschermende voorzetbeglazing", "2 ramen", "{{g:EUR 3.150,00}}"],
           ["Totaal excl. btw", "", "{{g:EUR 12.590,00}}"], ["Btw 21%", "", "{{g:EUR 2.643,90}}"],
           ["Totaal", "", "{{g:EUR 15.233,90}}"]], [100, 25, 35]),
    ("p", "Werkzaamheden uitgevoerd conform {{p:URL 4003}} (glas-in-lood) onder toezicht van de architect. "
          "Betaling binnen 14 dagen op [[i:NL96 INGB 0006 7721 90]] t.n.v. [[J.P. Ditmars]]."),
    ("s", "[[Jurgen Ditmars]] | eenmanszaak | lid {{Vereniging Ambachtelijke Glazeniers}}"),
]))

# ------------------------------------------------------------------------------------------- rm17
DOCS.append(Doc("rm17", "Opdrachtbevestiging restauratie Turfmarkt 88", font="times",
    producer="iText® 5.5.13.3 ©2000-2022 iText Group NV (AGPL-version)", creator="Bouwsoft Calculatie",
    blocks=[
    ("h", "{{Restauratiebouw Gebr. Van Swieten B.V.}}"),
    ("s", "{{a:Goudse Schouw 3}}, 2741 PR Waddinxveen | {{n:0182 - 30 20 10}} | {{m:info@vanswietenrestauratie.nl}} | "
          "KvK {{r:29011876}}"),
    ("sp", 8),
    ("p", "{{Kerkzicht Ontwikkeling B.V.}}, t.a.v. de heer [[R. Kalkman]], Crabethstraat 38, 2801 AN Gouda"),
    ("kv", [("Datum", "3 november 2025"), ("Ons kenmerk", "{{r:VS-2025-118}}"),
            ("Betreft", "opdrachtbevestiging restauratie casco en kap, {{a:Turfmarkt 88}}")]),
    ("p", "Geachte heer [[Kalkman]],"),
    ("p", "Hartelijk dank voor uw opdracht. Hierbij bevestigen wij de restauratie van casco en kap van de "
          "voormalige Remonstrantse kerk ({{r:rijksmonument 17988}}) voor een aanneemsom van "
          "{{g:EUR 1.184.000}} excl. btw, volgens bestek {{r:KZ-B-07}} van Atelier [[Lotte Vermeulen]]."),
    ("p", "De werkzaamheden starten op 12 januari 2026. Uitvoerder is de heer [[Dennis Kraaijeveld]] "
          "([[t:06-22 84 19 53]], [[e:d.kraaijeveld@vanswietenrestauratie.nl]]); projectleider namens ons is mevrouw [[ing. Saskia Roodenburg]] "
          "([[e:s.roodenburg@vanswietenrestauratie.nl]], [[t:0182 - 30 20 17]]). De werkzaamheden worden "
          "uitgevoerd volgens de {{p:Uitvoeringsrichtlijnen Restauratie}} en onder {{p:ERM}}-certificering."),
    ("p", "Graafwerkzaamheden in de kelder vinden plaats onder archeologische begeleiding, conform het "
          "programma van eisen van de {{gemeente Gouda}}. Eventuele stagnatie als gevolg van vondsten wordt als "
          "meerwerk verrekend (artikel 8 {{w:UAV 2012}})."),
    ("p", "Met vriendelijke groet,"),
    ("sig",),
    ("p", "[[W.F. (Wim) van Swieten]], {{f:directeur}}"),
    ("s", "Op deze opdracht zijn de {{w:UAV 2012}} van toepassing. Familiebedrijf sinds 1921."),
], extra_keep=[("NOT_A_PERSON", "Gebr. Van Swieten B.V.")]))

# ------------------------------------------------------------------------------------------- rm18
DOCS.append(Doc("rm18", "Verslag bouwvergadering 7 Turfmarkt 88", font="sans",
    producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365",
    meta_author="Saskia Roodenburg", outline=[("Verslag bouwvergadering 7", 0), ("Actielijst (opgesteld door S. Roodenburg)", 1),
                                              ("Bijlage foto's Mehmet", 1)],
    hidden=[("outline", "PERSON", "S. Roodenburg"), ("outline", "PERSON", "Mehmet")],
    blocks=[
    ("h", "Verslag bouwvergadering nr. 7 - Herbestemming kerk Turfmarkt 88"),
    ("p", "Datum: 24 februari 2026 | Locatie: bouwkeet Turfmarkt | Kenmerk {{r:VS-2025-118-BV07}}"),
    ("t", [["Aanwezig", "Organisatie", "Paraaf"],
           ["[[Ruben Kalkman]]", "{{Kerkzicht Ontwikkeling B.V.}} (opdrachtgever)", "[[c:RK]]"],
           ["[[Lotte Vermeulen]]", "architect", "[[c:LV]]"],
           ["[[Saskia Roodenburg]] (verslag)", "{{Restauratiebouw Gebr. Van Swieten B.V.}}", "[[c:SR]]"],
           ["[[Dennis Kraaijeveld]]", "idem, uitvoerder", "[[c:DK]]"],
           ["[[Gijs de Ruijter]]", "{{gemeente Gouda}}, archeologie", "[[c:GdR]]"],
           ["[[Kwame Asante-Boateng]]", "{{Ingenieursbureau Duyvis & Kloos}}, constructeur", "[[c:KAB]]"]], [55, 85, 20]),
    ("h", "1. Voortgang"),
    ("p", "Kapherstel ligt op schema. De leien aan de noordzijde zijn voor 70% vervangen. [[Kraaijeveld]] meldt "
          "dat de steigerleverancier de toren pas in week 12 kan steigeren."),
    ("h", "2. Archeologie en liftschacht"),
    ("p", "[[De Ruijter]] meldt dat het veldwerk van {{Archeologie West-Nederland B.V.}} is afgerond. De put blijft "
          "in situ. [[Asante-Boateng]] heeft de nieuwe positie van de liftschacht doorgerekend: de fundering op "
          "schroefpalen kan 2,5 m oostelijker zonder gevolgen voor de kolommen van de orgelgalerij. [[Lotte]] "
          "levert de aangepaste tekeningen op 3 maart."),
    ("h", "3. Meerwerk"),
    ("p", "Meerwerk stagnatie graafwerk: {{g:EUR 18.420}} (11 werkdagen). [[Kalkman]] gaat akkoord onder "
          "voorbehoud van verrekening met de verzekeraar. Het meerwerk is niet subsidiabel onder de {{p:SIM}}."),
    ("h", "4. Veiligheid"),
    ("p", "Bijna-ongeval op 19 februari: een leerling ([[Sem Hartog]], 17 jaar) stond zonder valbeveiliging op de "
          "kapsteiger. Toolbox-meeting gehouden. Melding in {{t:VCA}}-registratie."),
    ("pb",),
    ("h", "Actielijst"),
    ("t", [["Nr.", "Actie", "Wie", "Datum"],
           ["7.1", "Aangepaste tekeningen liftschacht", "[[c:LV]]", "03-03"],
           ["7.2", "Berekening schroefpalen naar gemeente (omgevingsvergunning wijziging)", "[[c:KAB]]", "05-03"],
           ["7.3", "Meerwerkopgave naar verzekeraar", "[[c:RK]]", "10-03"],
           ["7.4", "Steigerplanning toren bevestigen", "[[c:DK]]", "27-02"],
           ["7.5", "Vondstmateriaal overdragen aan depot", "[[c:GdR]]", "31-03"]], [12, 105, 20, 20]),
    ("p", "Volgende bouwvergadering: 10 maart 2026, 10.00 uur."),
    ("s", "Verslag: [[c:SR]] / Van Swieten. Opmerkingen binnen 5 werkdagen aan [[e:s.roodenburg@vanswietenrestauratie.nl]]."),
]))

# ------------------------------------------------------------------------------------------- rm19
DOCS.append(Doc("rm19", "Rapport van bevindingen sloop Oosthaven 41", font="helv",
    producer="Squit VTH / iText 7.1.16", creator="Squit 20/20", meta_author="J. ter Horst", blocks=[
    ("h", "Rapport van bevindingen - toezicht monumenten"),
    ("kv", [("Zaaknummer", "{{r:Z-2026-000391}}"), ("Locatie", "{{a:Oosthaven 41}}, Gouda ({{r:rijksmonument 17923}})"),
            ("Datum controle", "8 januari 2026, 09.05 - 10.30 uur"),
            ("Toezichthouder", "[[J. ter Horst]] ({{f:toezichthouder bouwen en monumenten}}), "
             "legitimatienummer [[x:TH-0418]]"),
            ("Tweede toezichthouder", "[[Youssef Amrani]]"),
            ("Aanleiding", "melding van omwonende (naam bekend bij gemeente) over sloopgeluiden")]),
    ("h", "Bevindingen"),
    ("p", "Bij aankomst trof ik twee medewerkers van een sloopbedrijf aan in de achterkamer op de eerste "
          "verdieping. De bedstedenwand (eikenhout, 18e eeuw) was gedemonteerd en lag in stukken in een container "
          "op straat. Het stucplafond van de achterkamer was grotendeels neergehaald; circa 30% van het "
          "ornamentwerk lag in brokken op de vloer. De schouw was nog aanwezig."),
    ("p", "De aanwezige voorman, de heer [[Ronald Griffioen]] van [[Griffioen Sloopwerken]] (eenmanszaak uit "
          "Waddinxveen), verklaarde desgevraagd: 'Meneer [[Hoogeveen]] zei dat de vergunning rond was. Wij "
          "moesten vandaag de achterkamer leeg hebben.' Hij toonde een WhatsApp-bericht van de eigenaar van "
          "6 januari."),
    ("p", "Ik heb de werkzaamheden mondeling stilgelegd en vervolgens telefonisch contact gehad met de "
          "eigenaar, de heer [[F.W.M. Hoogeveen]], op [[t:06 53 18 77 20]]. Hij verklaarde dat hij 'niet wist dat "
          "een binnenmuur ook onder het monument viel'."),
    ("h", "Gegevens overtreder (uit BRP)"),
    ("kv", [("Naam", "[[Frederik Willem Maria Hoogeveen]]"), ("Geboortedatum", "[[d:3 juli 1968]]"),
            ("BSN", "[[b:375211330]]"), ("Woonadres", "[[a:Prinsengracht 602-II]], [[a:1017 KS]] Amsterdam")]),
    ("pb",),
    ("h", "Overtreding"),
    ("p", "Het zonder omgevingsvergunning slopen van een deel van een rijksmonument is in strijd met artikel "
          "5.1 lid 1 onder b van de {{w:Omgevingswet}}. De achterkamer met bedstedenwand wordt in de redengevende "
          "omschrijving van {{r:rijksmonument 17923}} genoemd."),
    ("h", "Foto's"),
    ("t", [["Foto", "Omschrijving"],
           ["IMG_4412", "container met onderdelen bedstedenwand voor {{a:Oosthaven 41}}"],
           ["IMG_4413", "achterkamer, plafond deels verwijderd"],
           ["IMG_4415", "voorman [[Griffioen]] toont bericht op telefoon (gezicht onherkenbaar gemaakt)"]], [25, 135]),
    ("p", "Dit rapport is naar waarheid opgemaakt en ondertekend op 8 januari 2026."),
    ("sig",),
    ("p", "[[J. ter Horst]], toezichthouder, {{gemeente Gouda}}"),
    ("s", "Afschrift: team Juridische Zaken ([[A. Brouwer-Kempenaar]]), {{Rijksdienst voor het Cultureel Erfgoed}} "
          "(inspectie)."),
]))

# ------------------------------------------------------------------------------------------- rm20
DOCS.append(Doc("rm20", "Voornemen last onder dwangsom Oosthaven 41", font="serif",
    producer="Microsoft® Word 2019", creator="Microsoft® Word 2019", meta_author="Brouwer-Kempenaar, A.", blocks=[
    ("s", "{{gemeente Gouda}} | {{l:Stadhuis}}, {{a:Markt 1}} | telefoon {{n:14 0182}}"),
    ("sp", 8),
    ("p", "Aangetekend en per gewone post"),
    ("p", "De heer [[F.W.M. Hoogeveen]]"),
    ("p", "[[a:Prinsengracht 602-II]]"),
    ("p", "[[a:1017 KS]] AMSTERDAM"),
    ("kv", [("Datum", "15 januari 2026"), ("Zaaknummer", "{{r:Z-2026-000391}}"),
            ("Contactpersoon", "[[mr. A. Brouwer-Kempenaar]]"), ("Telefoon", "[[t:0182-588 419]]"),
            ("Onderwerp", "voornemen tot opleggen last onder dwangsom")]),
    ("p", "Geachte heer [[Hoogeveen]],"),
    ("p", "Op 8 januari 2026 heeft onze toezichthouder geconstateerd dat in uw pand {{a:Oosthaven 41}}, een "
          "rijksmonument, zonder omgevingsvergunning de bedstedenwand en het stucplafond van de achterkamer zijn "
          "gesloopt. Wij hebben de werkzaamheden op die dag stilgelegd."),
    ("p", "Wij zijn van plan u een last onder dwangsom op te leggen. U moet dan binnen 26 weken de "
          "bedstedenwand herplaatsen met gebruik van de geborgen onderdelen en het stucplafond herstellen "
          "volgens een door ons goed te keuren herstelplan. Doet u dat niet, dan verbeurt u een dwangsom van "
          "{{g:EUR 5.000}} per week, met een maximum van {{g:EUR 75.000}}."),
    ("p", "Voordat wij besluiten, kunt u binnen twee weken uw zienswijze geven, schriftelijk of mondeling "
          "(artikel 4:8 {{w:Algemene wet bestuursrecht}}). Neemt u daarvoor contact op met mevrouw "
          "[[Brouwer-Kempenaar]]."),
    ("p", "Met vriendelijke groet,"),
    ("p", "burgemeester en wethouders van {{l:Gouda}}, namens dezen,"),
    ("sig",),
    ("p", "[[ing. P.P. Verkerk]]"),
    ("p", "{{f:teamleider Erfgoed en Toezicht}}"),
    ("s", "Afschrift: toezichthouder [[J. ter Horst]]; ons kenmerk {{r:Z-2026-000391}}/[[c:ABK]]."),
]))

# ------------------------------------------------------------------------------------------- rm21
DOCS.append(Doc("rm21", "Besluit last onder dwangsom Oosthaven 41", font="times",
    producer="Microsoft® Word 2019", creator="Microsoft® Word 2019", meta_author="Annelies Brouwer-Kempenaar",
    extra_redact=[("PERSON", "Brouwer-Kempenaar")], blocks=[
    ("s", "{{gemeente Gouda}} | {{l:Stadhuis}}, {{a:Markt 1}} | Postbus 1086, 2800 BB Gouda"),
    ("p", "De heer [[F.W.M. Hoogeveen]], [[a:Prinsengracht 602-II]], [[a:1017 KS]] Amsterdam"),
    ("kv", [("Datum", "12 februari 2026"), ("Zaaknummer", "{{r:Z-2026-000391}}"), ("Verzonden", "12-02-2026"),
            ("Behandeld door", "[[A. Brouwer-Kempenaar]], [[t:0182-588 419]], paraaf [[c:ABK]]/[[c:JtH]]"),
            ("Onderwerp", "besluit last onder dwangsom {{a:Oosthaven 41}}")]),
    ("h", "Besluit"),
    ("p", "Het college van burgemeester en wethouders van {{l:Gouda}} besluit u, als eigenaar van {{a:Oosthaven 41}} "
          "({{r:rijksmonument 17923}}), een last onder dwangsom op te leggen op grond van artikel 5:32 van de "
          "{{w:Algemene wet bestuursrecht}} en artikel 18.1 van de {{w:Omgevingswet}}."),
    ("h", "1. Feiten"),
    ("p", "Op 8 januari 2026 is bij een controle vastgesteld dat de bedstedenwand en het stucplafond van de "
          "achterkamer op de eerste verdieping zijn gesloopt zonder omgevingsvergunning voor een "
          "rijksmonumentenactiviteit. Het rapport van bevindingen van dezelfde datum is aan u toegezonden."),
    ("h", "2. Zienswijze"),
    ("p", "Op 27 januari 2026 heeft uw advocaat, [[mr. C. de Wijs-Arends]] van {{Van Eck & Dubois Advocaten}}, "
          "namens u een zienswijze ingediend. Zij voert aan dat u te goeder trouw handelde, dat de aannemer u "
          "verkeerd heeft geïnformeerd en dat herstel onevenredig kostbaar is."),
    ("p", "Wij volgen die zienswijze niet. Van een eigenaar van een rijksmonument mag worden verwacht dat hij "
          "zich op de hoogte stelt van de vergunningplicht. Bovendien stond in de aanvraag van uw eigen architect "
          "dat de bedstedenwand behouden zou blijven. De geborgen onderdelen zijn opgeslagen bij "
          "{{Restauratiebouw Gebr. Van Swieten B.V.}}, zodat herstel mogelijk is; de {{Rijksdienst voor het Cultureel "
          "Erfgoed}} en de {{t:monumentencommissie}} onderschrijven dat."),
    ("pb",),
    ("h", "3. De last"),
    ("p", "U dient binnen 26 weken na verzending van dit besluit (a) de bedstedenwand te herplaatsen met "
          "gebruikmaking van de geborgen onderdelen en (b) het stucplafond te herstellen volgens een herstelplan "
          "dat vooraf door ons is goedgekeurd, onder begeleiding van een restauratiestucadoor met {{p:ERM}}-erkenning."),
    ("h", "4. Dwangsom"),
    ("p", "Als u niet (volledig) aan de last voldoet, verbeurt u een dwangsom van {{g:EUR 5.000}} per week dat de "
          "overtreding voortduurt, met een maximum van {{g:EUR 75.000}}."),
    ("h", "5. Bezwaar"),
    ("p", "Tegen dit besluit kunt u binnen zes weken bezwaar maken bij ons college. U kunt ook de "
          "{{voorzieningenrechter van de rechtbank Den Haag}} om een voorlopige voorziening vragen."),
    ("p", "burgemeester en wethouders van {{l:Gouda}},"),
    ("t", [["de secretaris,", "de burgemeester,"],
           ["{{o:drs. H.M. Quist}}", "{{o:A.C. Ravestein}}"]], [80, 80]),
    ("s", "Afschrift aan: {{Van Eck & Dubois Advocaten}}, t.a.v. [[mr. C. de Wijs-Arends]]; "
          "{{Stichting Erfgoedwacht Gouda}} (verzoeker om handhaving)."),
], extra_keep=[("PUBLIC_OFFICIAL", "A.C. Ravestein")]))

# ------------------------------------------------------------------------------------------- rm22
DOCS.append(Doc("rm22", "Zienswijze namens de heer Hoogeveen", font="serif",
    producer="PDF-XChange Editor 10.1.2", creator="Microsoft® Word voor Microsoft 365",
    meta_author="C. de Wijs-Arends", extra_redact=[("PERSON", "C. de Wijs-Arends")], blocks=[
    ("h", "{{Van Eck & Dubois Advocaten}}"),
    ("s", "{{a:Westhaven 12}}, 2801 PJ Gouda | {{n:0182 - 68 40 00}} | {{m:secretariaat@vaneckdubois.nl}}"),
    ("sp", 8),
    ("p", "Per e-mail aan [[e:a.brouwerkempenaar@gouda.nl]] en per post"),
    ("p", "Het college van burgemeester en wethouders van {{l:Gouda}}"),
    ("kv", [("Datum", "27 januari 2026"), ("Uw kenmerk", "{{r:Z-2026-000391}}"), ("Ons kenmerk", "{{r:2026.0034/CdW}}"),
            ("Behandeld door", "[[mr. Charlotte de Wijs-Arends]]"), ("Direct", "[[t:0182 - 68 40 12]]"),
            ("E-mail", "[[e:c.dewijs@vaneckdubois.nl]]")]),
    ("h", "Zienswijze voornemen last onder dwangsom"),
    ("p", "Geacht college,"),
    ("p", "Namens mijn cliënt, de heer [[F.W.M. Hoogeveen]], eigenaar van {{a:Oosthaven 41}}, dien ik hierbij een "
          "zienswijze in op uw voornemen van 15 januari 2026."),
    ("p", "Cliënt heeft de sloop niet gewild in de omvang waarin die heeft plaatsgevonden. Hij gaf de sloper, "
          "[[Griffioen Sloopwerken]], opdracht tot het 'leeghalen' van de achterkamer, in de veronderstelling dat "
          "de vergunning die zijn architect had aangevraagd binnen enkele dagen zou worden verleend. Cliënt "
          "verblijft sinds de zomer van 2025 grotendeels in het buitenland in verband met de behandeling van "
          "zijn echtgenote in een [[h:oncologisch centrum]] en kon niet dagelijks toezicht houden."),
    ("p", "De termijn van 26 weken is te kort: de enige restauratiestucadoor die het ornamentwerk kan herstellen, "
          "heeft een wachttijd van ten minste negen maanden. Wij verzoeken u de termijn op 52 weken te stellen en "
          "de dwangsom te matigen. Voorts verzoek ik u cliënt te horen."),
    ("p", "Hoogachtend,"),
    ("sig",),
    ("p", "[[mr. C. de Wijs-Arends]], {{f:advocaat}}"),
    ("s", "{{Van Eck & Dubois Advocaten}} is een maatschap van advocaten. Op onze dienstverlening zijn algemene "
          "voorwaarden van toepassing."),
]))
