"""Set BN documents bn01-bn08: Woo-besluit, inventory, huurcommissie, urgentie, ontruiming."""
from fw import *  # noqa: F401,F403
from fw import Doc, make_bsn, make_iban, mm, colors, sig_png, A4
import fw


def bn01():
    d = Doc("bn01_woo_besluit_poortkwartier", "Besluit op uw Woo-verzoek Poortkwartier", font="LibSans", size=9.5,
            org="Gemeente Almere")
    d.footer = "Gemeente Almere  |  Stadhuisplein 1  |  Postbus 200, 1300 AE Almere  |  www.almere.nl  |  pagina {p} van 2"
    d.p("<b>Gemeente Almere</b><br/>Directie Wonen en Stedelijke Ontwikkeling", size=13)
    d.sp(3)
    d.side(
        "Aangetekend en per e-mail<br/>De heer R.J. Terlingen<br/>Kempenaar 12-04<br/>8232 BK Lelystad",
        "<b>Behandeld door</b><br/>Ilse Koopmans-de Graaf<br/>Team Juridische Zaken<br/>T 06 4187 2290<br/>"
        "E i.koopmansdegraaf@almere.nl<br/><br/><b>Algemeen</b><br/>T 14 036<br/>E woo@almere.nl<br/><br/>"
        "<b>Ons kenmerk</b><br/>Z-2025-0418-WOO<br/><b>Uw verzoek van</b><br/>3 februari 2025")
    d.sp(6)
    d.p("Almere, 14 april 2025")
    d.p("<b>Onderwerp: besluit op uw verzoek op grond van de Wet open overheid – Nieuwbouwproject Poortkwartier</b>")
    d.p("Geachte heer Terlingen,")
    d.p("Op 3 februari 2025 hebben wij uw verzoek ontvangen om openbaarmaking van documenten over het "
        "nieuwbouwproject Poortkwartier in Almere Poort. U vraagt om alle documenten vanaf 1 januari 2023 over de "
        "verdeling van de sociale huurwoningen tussen de Alliantie en Ymere, de grondexploitatie en de afspraken met "
        "BPD Ontwikkeling over de middenhuur. U heeft uw verzoek op 10 februari 2025 telefonisch toegelicht aan "
        "mevrouw Koopmans-de Graaf.")
    d.h("1. Besluit")
    d.p("Wij hebben besloten uw verzoek gedeeltelijk toe te wijzen. In totaal zijn 14 documenten gevonden; 5 "
        "documenten maken wij volledig openbaar, 8 documenten gedeeltelijk en 1 document niet. De documenten en "
        "de toegepaste weigeringsgronden staan in de inventarislijst (bijlage 1). De beslistermijn is op 3 maart "
        "2025 met twee weken verdaagd op grond van artikel 4.4, tweede lid, van de Wet open overheid.")
    d.h("2. Zienswijzen")
    d.p("Omdat de documenten gegevens van derden bevatten, hebben wij de Alliantie, Ymere en BPD Ontwikkeling in "
        "de gelegenheid gesteld een zienswijze te geven. Namens de Alliantie reageerde de heer Joost van "
        "Wijngaarden op 19 maart 2025; hij verzocht de namen van medewerkers en de grondprijzen per kavel niet "
        "openbaar te maken. BPD Ontwikkeling heeft geen zienswijze ingediend. Ymere (contactpersoon mevrouw "
        "Priya Ramdin-Soekhlal, projectmanager) kon zich vinden in de voorgenomen openbaarmaking.")
    d.h("3. Overwegingen")
    d.p("In de documenten staan namen, telefoonnummers en e-mailadressen van medewerkers van de gemeente, de "
        "corporaties en de ontwikkelaar. Het belang van openbaarheid weegt niet op tegen de eerbiediging van hun "
        "persoonlijke levenssfeer (artikel 5.1, tweede lid, onder e, Woo). De namen van wethouder Oudshoorn "
        "(portefeuille Wonen) en van burgemeester Van der Loo maken wij wel openbaar, omdat zij in hun publieke "
        "functie in de documenten voorkomen. Ook de naam van gemeenteraadslid Bosman (Leefbaar Almere), die in "
        "document 7 als indiener van schriftelijke vragen wordt genoemd, blijft leesbaar.")
    d.p("In document 11, een e-mail van een bewoner van de Columbuswijk, staan gegevens over de gezondheid van "
        "zijn echtgenote. Deze bijzondere persoonsgegevens maken wij niet openbaar (artikel 5.1, eerste lid, onder "
        "d, Woo). Document 9 bevat bedrijfs- en fabricagegegevens die vertrouwelijk aan de gemeente zijn "
        "meegedeeld (artikel 5.1, eerste lid, onder c, Woo) en wordt niet openbaar gemaakt.")
    d.brk()
    d.h("4. Wijze van openbaarmaking")
    d.p("De documenten worden binnen twee weken na dit besluit gepubliceerd op open.overheid.nl en op "
        "www.almere.nl/woo. Uw naam en adres worden daarbij niet vermeld.")
    d.h("5. Bezwaar")
    d.p("Bent u het niet eens met dit besluit, dan kunt u binnen zes weken na de dag van verzending bezwaar maken "
        "bij het college van burgemeester en wethouders, Postbus 200, 1300 AE Almere, of digitaal via "
        "www.almere.nl/bezwaar. Vermeld in uw bezwaarschrift het kenmerk Z-2025-0418-WOO.")
    d.p("Met vriendelijke groet,<br/>het college van burgemeester en wethouders van Almere,<br/>namens dezen,")
    d.sp(10)
    d.p("mr. W.H. (Wouter) Scholte-Baranyi<br/>teammanager Juridische Zaken")
    d.sp(2)
    d.p("Bijlagen: 1. Inventarislijst; 2. Documenten (deels openbaar)", size=8.5)
    d.motivation("De namen van de wethouder, de burgemeester en het raadslid zijn als ambtsdragers leesbaar gebleven.")
    d.r("PERSON", "R.J. Terlingen", "Terlingen", "R.J.")
    d.r("ADDRESS", "Kempenaar 12-04, 8232 BK Lelystad", "Kempenaar 12-04", "8232 BK")
    d.r("PERSON", "Ilse Koopmans-de Graaf", "Koopmans-de Graaf", "Ilse")
    d.r("PHONE", "06 4187 2290", "06 4187 2290")
    d.r("EMAIL", "i.koopmansdegraaf@almere.nl", "i.koopmansdegraaf@almere.nl")
    d.r("PERSON", "Joost van Wijngaarden", "Joost van Wijngaarden", "Wijngaarden")
    d.r("PERSON", "Priya Ramdin-Soekhlal", "Ramdin-Soekhlal", "Priya")
    d.r("PERSON", "W.H. (Wouter) Scholte-Baranyi", "Scholte-Baranyi", "Wouter", "W.H.")
    d.k("ORG", "Gemeente Almere", "de Alliantie", "Ymere", "BPD Ontwikkeling", "Leefbaar Almere")
    d.k("PROJECT", "Poortkwartier", "Almere Poort", "Columbuswijk")
    d.k("OFFICE", "wethouder Oudshoorn", "burgemeester Van der Loo", "gemeenteraadslid Bosman")
    d.k("LAW", "Wet open overheid", "artikel 4.4")
    d.k("REF", "Z-2025-0418-WOO")
    d.k("MAILBOX", "woo@almere.nl")
    d.k("PHONE", "14 036")
    d.k("ADDRESS", "Postbus 200, 1300 AE Almere", "Stadhuisplein 1")
    d.k("DATE", "14 april 2025", "3 februari 2025")
    d.k("URL", "open.overheid.nl")
    d.k("TERM", "Team Juridische Zaken", "teammanager Juridische Zaken")
    return d


def bn02():
    d = Doc("bn02_inventarislijst_poortkwartier", "Bijlage 1 Inventarislijst Z-2025-0418-WOO", font="DejaVuSansCond",
            size=8.5, land=True, org="Gemeente Almere")
    d.margins = (14 * mm, 14 * mm, 16 * mm, 16 * mm)
    d.footer = "Bijlage 1 bij besluit Z-2025-0418-WOO  –  inventarislijst  –  blad {p}"
    d.h("Inventarislijst Woo-verzoek Z-2025-0418-WOO – Nieuwbouwproject Poortkwartier", size=12)
    rows = [["Nr.", "Datum", "Documentnaam / omschrijving", "Afzender → ontvanger", "Beoordeling", "Grond", "Toelichting"],
            ["1", "12-01-2023", "Intentieovereenkomst Poortkwartier (ondertekend)", "gemeente – BPD Ontwikkeling",
             "deels openbaar", "5.1.2e", "handtekeningen weggelakt"],
            ["2", "07-03-2023", "E-mail ‘verdeelsleutel sociale huur’", "J. van Wijngaarden (de Alliantie) → "
             "projectleider gemeente", "deels openbaar", "5.1.2e", ""],
            ["3", "07-03-2023", "Bijlage bij 2: concept verdeelsleutel.xlsx", "idem", "openbaar", "–", "familie van 2"],
            ["4", "22-05-2023", "Verslag bestuurlijk overleg wethouder Oudshoorn – corporaties",
             "secretaris: M. Dragomir", "deels openbaar", "5.1.2e", ""],
            ["5", "30-06-2023", "Raadsinformatiebrief 2023-112 Poortkwartier", "college → raad", "openbaar",
             "–", "reeds openbaar, zie almere.nl"],
            ["6", "14-09-2023", "Teams-chat projectteam (export)", "Fenna, Koen, Yusuf", "deels openbaar",
             "5.1.2e, 5.2.1", "persoonlijke beleidsopvattingen"],
            ["7", "02-11-2023", "Schriftelijke vragen raadslid Bosman + antwoorden", "raad ↔ college", "openbaar",
             "–", ""],
            ["8", "18-01-2024", "Memo grondexploitatie fase 2", "afdeling Grondzaken, opsteller T. ÖZDEMIR",
             "deels openbaar", "5.1.2e, 5.1.2i", ""],
            ["9", "18-01-2024", "Rekenmodel middenhuur BPD", "BPD Ontwikkeling", "niet openbaar", "5.1.1c",
             "bedrijfsgegevens"],
            ["10", "05-04-2024", "E-mail wethouder Oudshoorn aan Ymere", "wethouder → P. Ramdin-Soekhlal",
             "deels openbaar", "5.1.2e", ""],
            ["11", "29-08-2024", "E-mail bewoner Columbuswijk over gezondheid en woningnood", "particulier",
             "deels openbaar", "5.1.1d, 5.1.2e", "gezondheidsgegevens"],
            ["12", "11-10-2024", "Besluitenlijst college 8 oktober 2024", "college", "openbaar", "–", ""],
            ["13", "16-12-2024", "Brief Autoriteit woningcorporaties aan de Alliantie (kopie)", "Aw → de Alliantie",
             "deels openbaar", "5.1.2e", ""],
            ["14", "21-01-2025", "Aantekeningen overleg, handgeschreven (scan)", "A.C. de Bruijn-Hamelink",
             "deels openbaar", "5.1.2e", "paraaf ‘ACdB’ weggelakt"]]
    d.table(rows, widths=[10 * mm, 20 * mm, 72 * mm, 62 * mm, 26 * mm, 24 * mm, 52 * mm], zebra=True)
    d.sp(3)
    d.p("Gronden: 5.1.1c vertrouwelijk verstrekte bedrijfsgegevens; 5.1.1d bijzondere persoonsgegevens; 5.1.2e "
        "eerbiediging van de persoonlijke levenssfeer; 5.1.2i goed functioneren van de overheid; 5.2.1 "
        "persoonlijke beleidsopvattingen in documenten voor intern beraad.", size=8)
    d.p("Vragen over deze lijst: woo@almere.nl of via het algemene nummer 14 036.", size=8)
    d.r("PERSON", "J. van Wijngaarden", "J. van Wijngaarden")
    d.r("PERSON", "M. Dragomir", "Dragomir")
    d.r("PERSON", "Fenna", "Fenna")
    d.r("PERSON", "Koen", "Koen")
    d.r("PERSON", "Yusuf", "Yusuf")
    d.r("PERSON", "T. ÖZDEMIR", "ÖZDEMIR")
    d.r("PERSON", "P. Ramdin-Soekhlal", "Ramdin-Soekhlal")
    d.r("PERSON", "A.C. de Bruijn-Hamelink", "de Bruijn-Hamelink", "A.C.")
    d.r("PARAPH", "ACdB", "ACdB")
    d.k("REF", "Z-2025-0418-WOO", "2023-112")
    d.k("ORG", "BPD Ontwikkeling", "de Alliantie", "Ymere", "Autoriteit woningcorporaties", "afdeling Grondzaken")
    d.k("OFFICE", "wethouder Oudshoorn", "raadslid Bosman")
    d.k("GROUND", "5.1.2e", "5.1.1c", "5.1.1d", "5.1.2i", "5.2.1")
    d.k("ASSESS", "deels openbaar", "niet openbaar")
    d.k("PROJECT", "Poortkwartier", "Columbuswijk")
    d.k("MAILBOX", "woo@almere.nl")
    d.k("PHONE", "14 036")
    d.k("DATE", "12-01-2023", "18-01-2024", "21-01-2025")
    return d


def bn03():
    d = Doc("bn03_huurcommissie_uitspraak_schimmel", "Uitspraak Huurcommissie zaaknummer 2024-071833",
            font="Times-Roman", size=10.5, org="Huurcommissie")
    d.footer = "Huurcommissie  •  Postbus 16495, 2500 BL Den Haag  •  088 525 84 00  •  www.huurcommissie.nl     {p}/2"
    d.p("<b>HUURCOMMISSIE</b>", size=15)
    d.p("UITSPRAAK", size=12, bold=True)
    d.table([["Zaaknummer", "2024-071833"], ["Onderwerp", "Gebreken / tijdelijke huurverlaging (art. 7:257 BW)"],
             ["Verzoeker (huurder)", "MEVROUW N. HRYTSENKO-BONDARENKO"],
             ["Adres gehuurde", "Meeuwenlaan 212-B, 1021 HX Amsterdam"],
             ["Verweerder (verhuurder)", "Stichting Eigen Haard"],
             ["Zitting", "11 december 2024, Den Haag"],
             ["Verzending", "8 januari 2025"]], widths=[45 * mm, 115 * mm], head=False, bold_first_col=True)
    d.sp(3)
    d.h("1. De procedure")
    d.p("Bij verzoekschrift van 2 juli 2024 heeft huurster, mevrouw Nadiya Hrytsenko-Bondarenko, de Huurcommissie "
        "verzocht uitspraak te doen over gebreken aan de woning. Verhuurder is in de gelegenheid gesteld een "
        "verweerschrift in te dienen. Het onderzoek ter plaatse is op 17 oktober 2024 verricht door een "
        "medewerker van het secretariaat; het rapport is aan partijen toegezonden. Ter zitting waren aanwezig: "
        "huurster, bijgestaan door haar zoon Taras Hrytsenko als tolk, en namens verhuurder de heer D.K. "
        "Achterberg, woonconsulent, en mevrouw S. El Amrani, medewerker klantcontact.")
    d.h("2. De vaststaande feiten")
    d.p("Huurster huurt sinds 1 maart 2019 de woning van verhuurder (huurovereenkomst nr. EH-0431-77829). De "
        "kale huurprijs bedroeg op de datum van het verzoek € 731,48 per maand. Huurster heeft op 14 februari 2024 "
        "schriftelijk over vocht en schimmelvorming in de slaapkamer en de badkamer bij verhuurder geklaagd.")
    d.h("3. Het geschil en de beoordeling")
    d.p("Huurster stelt dat de schimmelvorming ondanks herhaalde meldingen niet is verholpen en dat haar "
        "klachten aan de luchtwegen daardoor zijn verergerd; zij heeft een verklaring van haar huisarts over "
        "<i>chronische bronchitis</i> overgelegd. Verhuurder voert aan dat het gebrek het gevolg is van "
        "onvoldoende ventileren.")
    d.brk()
    d.p("Uit het rapport van het onderzoek ter plaatse blijkt dat de mechanische ventilatie in de badkamer niet "
        "functioneert en dat sprake is van condensatie door een koudebrug bij de gevel. De commissie is van "
        "oordeel dat het gebrek ‘ernstige schimmelvorming in verblijfsruimte’ uit categorie B van het "
        "Gebrekenboek van de Huurcommissie aanwezig is. Het verweer van verhuurder slaagt niet; de woning heeft "
        "een bouwfysisch probleem dat niet aan het stookgedrag van huurster kan worden toegerekend.")
    d.h("4. De uitspraak")
    d.p("De Huurcommissie verklaart het verzoek van huurster gegrond en stelt de huurprijs met ingang van 1 "
        "augustus 2024 tot de dag waarop het gebrek is verholpen vast op € 292,59 per maand (40% van de kale "
        "huurprijs). Verhuurder betaalt het leges­bedrag van € 25 aan huurster terug.")
    d.p("Aldus beslist door mr. C.A.M. van Leeuwenhorst, voorzitter, drs. B. Çelik en ing. H.J. ter "
        "Beek, leden, in aanwezigheid van mr. L. Vos-Pinheiro, secretaris.")
    d.sp(2)
    d.table([["De voorzitter", "De secretaris"], ["w.g. C.A.M. van Leeuwenhorst", "w.g. L. Vos-Pinheiro"]],
            widths=[80 * mm, 80 * mm], head=False, grid=False)
    d.sp(4)
    d.p("Tegen deze uitspraak kan binnen acht weken na verzending een vordering worden ingesteld bij de kantonrechter "
        "(artikel 7:262 Burgerlijk Wetboek). Zie ook de Uitvoeringswet huurprijzen woonruimte.", size=9)
    d.motivation("Bijzondere persoonsgegevens over de gezondheid van huurster zijn weggelakt op grond van artikel "
                 "5.1, eerste lid, onder d, Woo.")
    d.r("PERSON", "N. Hrytsenko-Bondarenko", "HRYTSENKO-BONDARENKO", "Hrytsenko-Bondarenko", "Nadiya")
    d.r("ADDRESS", "Meeuwenlaan 212-B, 1021 HX Amsterdam", "Meeuwenlaan 212-B", "1021 HX")
    d.r("PERSON", "Taras Hrytsenko", "Taras Hrytsenko")
    d.r("PERSON", "D.K. Achterberg", "Achterberg")
    d.r("PERSON", "S. El Amrani", "El Amrani")
    d.r("CONTRACT", "EH-0431-77829", "EH-0431-77829")
    d.r("HEALTH", "chronische bronchitis", "chronische bronchitis")
    d.r("PERSON", "C.A.M. van Leeuwenhorst", "van Leeuwenhorst", "C.A.M.")
    d.r("PERSON", "B. Çelik", "Çelik")
    d.r("PERSON", "H.J. ter Beek", "H.J. ter Beek")
    d.r("PERSON", "L. Vos-Pinheiro", "Vos-Pinheiro")
    d.k("ORG", "Huurcommissie", "Stichting Eigen Haard")
    d.k("REF", "2024-071833")
    d.k("LAW", "7:257 BW", "Burgerlijk Wetboek", "Uitvoeringswet huurprijzen woonruimte", "Gebrekenboek")
    d.k("PLACE", "Den Haag")
    d.k("AMOUNT", "€ 731,48", "€ 292,59")
    d.k("DATE", "11 december 2024", "8 januari 2025", "17 oktober 2024")
    d.k("PHONE", "088 525 84 00")
    d.k("ADDRESS", "Postbus 16495, 2500 BL Den Haag")
    d.k("TERM", "woonconsulent", "voorzitter", "secretaris")
    return d


def bn04():
    d = Doc("bn04_urgentie_medisch_besluit", "Besluit urgentieverklaring (medisch)", font="DejaVuSans", size=9.5,
            org="Gemeente Utrecht")
    d.footer = "Gemeente Utrecht – Stadskantoor, Stadsplateau 1, 3521 AZ Utrecht – Postbus 16200, 3500 CE Utrecht – 14 030   |   {p}"
    d.p("<b>gemeente Utrecht</b>  ·  Wonen – team Urgentie", size=12)
    d.sp(4)
    d.side("Mevrouw O.P. Mensah-Boateng<br/>Vleutenseweg 389 bis<br/>3532 HL Utrecht",
           "<b>Datum</b> 27 mei 2025<br/><b>Zaaknummer</b> URG-2025-03391<br/><b>BSN</b> " + make_bsn("20718346") +
           "<br/><b>Geboortedatum aanvrager</b> 04-11-1968<br/><b>Contact</b> Sven Oude Luttikhuis<br/>"
           "<b>Telefoon</b> 030 - 286 4471<br/><b>E-mail</b> urgentie@utrecht.nl", wl=95, wr=70)
    d.sp(6)
    d.p("<b>Onderwerp: besluit op uw aanvraag om een urgentieverklaring</b>")
    d.p("Beste mevrouw Mensah-Boateng,")
    d.p("Op 2 april 2025 heeft u een urgentieverklaring aangevraagd op medische gronden. U woont met uw "
        "kleinzoon Kofi (12 jaar) in een portiekwoning op de derde verdieping zonder lift. In dit besluit leest u "
        "wat wij hebben besloten en waarom.")
    d.h("Ons besluit", size=10.5)
    d.p("U krijgt een urgentieverklaring in de categorie ‘medisch’ voor een gelijkvloerse woning of een woning "
        "die met een lift bereikbaar is, in de regio Utrecht (U16). De urgentie geldt zes maanden, van 27 mei 2025 "
        "tot en met 27 november 2025.")
    d.h("Waarom krijgt u urgentie?", size=10.5)
    d.p("Wij hebben het onafhankelijk medisch adviesbureau Argonaut om advies gevraagd. De medisch adviseur, "
        "Mw. dr. Ellemijn Zuidhoek, arts maatschappij en gezondheid, heeft u op 29 april 2025 telefonisch "
        "gesproken en de informatie van uw behandelaars gelezen. Uit het advies blijkt dat u door <b>"
        "hartfalen (NYHA-klasse III)</b> en een <b>heupprothese rechts met loopbeperking</b> de trap niet meer "
        "zelfstandig kunt gebruiken. Uw cardioloog in het St. Antonius Ziekenhuis, dr. Felix Krabbendam, "
        "bevestigt dat.")
    d.p("Volgens artikel 2.5.3 van de Huisvestingsverordening Utrecht 2025 heeft u recht op urgentie als uw "
        "woonsituatie door een ernstig medisch probleem onhoudbaar is en u dit probleem niet zelf kunt oplossen. "
        "Een woningaanpassing via de Wet maatschappelijke ondersteuning 2015 (Wmo) is volgens het advies niet "
        "mogelijk: een traplift past niet in het portiek.")
    d.h("Wat moet u nu doen?", size=10.5)
    d.p("Met de urgentieverklaring kunt u reageren op woningen via WoningNet regio Utrecht. Uw "
        "inschrijfnummer is 3150-8872-41. Reageer elke week; als u twee passende woningen weigert, vervalt de "
        "urgentie. Wilt u hulp bij het reageren, bel dan uw consulent Sven Oude Luttikhuis (030 - 286 4471, "
        "maandag t/m donderdag) of mail naar urgentie@utrecht.nl.")
    d.brk()
    d.h("Bent u het niet eens met dit besluit?", size=10.5)
    d.p("Dan kunt u binnen zes weken bezwaar maken bij het college van burgemeester en wethouders van Utrecht. "
        "Dat kan digitaal via utrecht.nl/bezwaar of per post: Postbus 16200, 3500 CE Utrecht.")
    d.p("Met vriendelijke groet,<br/>namens het college van burgemeester en wethouders,")
    d.sp(6)
    d.p("Sven Oude Luttikhuis<br/>consulent urgentie, afdeling Wonen")
    d.sp(4)
    d.p("<b>Kopie aan:</b> Stichting Mitros, afdeling Verhuur (i.v.m. passende woning); Argonaut Advies.", size=8.5)
    d.p("<b>Paraaf kwaliteitscontrole:</b> SOL / 2e lezer: HtW", size=8.5)
    d.motivation("Gezondheidsgegevens zijn weggelakt op grond van artikel 5.1, eerste lid, onder d, Woo; het BSN op "
                 "grond van artikel 5.1, eerste lid, onder e, Woo.")
    d.r("PERSON", "O.P. Mensah-Boateng", "Mensah-Boateng", "O.P.")
    d.r("ADDRESS", "Vleutenseweg 389 bis, 3532 HL Utrecht", "Vleutenseweg 389 bis", "3532 HL")
    d.r("BSN", "BSN", make_bsn("20718346"))
    d.r("DOB", "04-11-1968", "04-11-1968")
    d.r("PERSON", "Sven Oude Luttikhuis", "Oude Luttikhuis", "Sven")
    d.r("PHONE", "030 - 286 4471", "030 - 286 4471")
    d.r("PERSON", "Kofi", "Kofi")
    d.r("PERSON", "Ellemijn Zuidhoek", "Zuidhoek", "Ellemijn")
    d.r("HEALTH", "hartfalen", "hartfalen (NYHA-klasse III)", "heupprothese rechts met loopbeperking")
    d.r("PERSON", "Felix Krabbendam", "Krabbendam")
    d.r("CLIENTNR", "3150-8872-41", "3150-8872-41")
    d.r("PARAPH", "SOL / HtW", "SOL", "HtW")
    d.k("ORG", "gemeente Utrecht", "Argonaut", "St. Antonius Ziekenhuis", "Stichting Mitros", "WoningNet")
    d.k("REF", "URG-2025-03391")
    d.k("LAW", "Huisvestingsverordening Utrecht 2025", "Wet maatschappelijke ondersteuning 2015", "Wmo", "artikel 2.5.3")
    d.k("MAILBOX", "urgentie@utrecht.nl")
    d.k("PHONE", "14 030")
    d.k("ADDRESS", "Stadsplateau 1", "Postbus 16200, 3500 CE Utrecht")
    d.k("DATE", "27 mei 2025", "27 november 2025")
    d.k("TERM", "arts maatschappij en gezondheid", "consulent urgentie")
    d.k("PLACE", "U16")
    return d


def bn05():
    """Scan: medical advice form (image only)."""
    d = Doc("bn05_scan_medisch_advies_argonaut", "scan0041", font="Courier", size=10.5, org="Argonaut")
    d.scan = True
    d.angle = 0.6
    d.p("<b>ARGONAUT ADVIES</b> - medisch advies urgentie", size=14, font="Helvetica")
    d.p("Vertrouwelijk - medisch geheim", size=11, font="Helvetica")
    d.sp(3)
    d.table([["Opdrachtgever", "Gemeente Utrecht, team Urgentie"],
             ["Dossiernummer", "ARG-25-11874"],
             ["Naam cliënt", "Mensah-Boateng, Ophelia"],
             ["Geboortedatum", "04-11-1968"],
             ["Adres", "Vleutenseweg 389 bis, Utrecht"],
             ["Medisch adviseur", "E. Zuidhoek, arts M&amp;G"]], widths=[50 * mm, 110 * mm], head=False, size=11,
            font="Helvetica")
    d.sp(4)
    d.p("1. Medische situatie", bold=True, font="Helvetica", size=11.5)
    d.p("Cliente is bekend met hartfalen en heeft in 2023 een heupprothese gekregen. "
        "Zij is kortademig bij geringe inspanning. Informatie opgevraagd bij cardioloog "
        "Krabbendam en huisarts Mulders (Huisartsenpraktijk Lombok).", font="Helvetica", size=11)
    d.p("2. Relatie met de woonsituatie", bold=True, font="Helvetica", size=11.5)
    d.p("Woning op 3e verdieping zonder lift. Traplopen niet verantwoord.", font="Helvetica", size=11)
    d.p("3. Advies", bold=True, font="Helvetica", size=11.5)
    d.p("Medische urgentie: JA. Passend: gelijkvloers of met lift.", font="Helvetica", size=11)
    d.sp(8)
    d.p("Utrecht, 29-04-2025", font="Helvetica", size=11)
    d.p("Zuidhoek", font="Femke", size=26)
    d.r("PERSON", "Ophelia Mensah-Boateng", "Mensah-Boateng", "Ophelia", ch="ocr")
    d.r("DOB", "04-11-1968", "04-11-1968", ch="ocr")
    d.r("ADDRESS", "Vleutenseweg 389 bis", "Vleutenseweg", ch="ocr")
    d.r("PERSON", "E. Zuidhoek", "Zuidhoek", ch="ocr")
    d.r("HEALTH", "hartfalen", "hartfalen", "heupprothese", ch="ocr")
    d.r("PERSON", "Krabbendam", "Krabbendam", ch="ocr")
    d.r("PERSON", "Mulders", "Mulders", ch="ocr")
    return d


def bn06():
    d = Doc("bn06_mailwisseling_ontruiming_woonstad", "RE: dreigende ontruiming", font="LibSans", size=9.5,
            org="Woonstad Rotterdam")
    d.footer = "Afgedrukt uit Outlook door wijkteam Feijenoord – pagina {p}"
    d.p("<b>Van:</b> Marieke Schoonderwoerd &lt;m.schoonderwoerd@woonstadrotterdam.nl&gt;<br/>"
        "<b>Verzonden:</b> dinsdag 9 september 2025 16:42<br/>"
        "<b>Aan:</b> Wijkteam Feijenoord &lt;wijkteamfeijenoord@rotterdam.nl&gt;<br/>"
        "<b>CC:</b> Rachid Bouzambou &lt;r.bouzambou@rotterdam.nl&gt;; incasso@woonstadrotterdam.nl<br/>"
        "<b>Onderwerp:</b> RE: dreigende ontruiming Hillevliet – dossier WR-INC-2025-4471", size=9)
    d.sp(2)
    d.p("Hoi Rachid,")
    d.p("Dank voor je snelle reactie. Even de stand van zaken: de huurachterstand van meneer Van den "
        "Akker-Sibelo bedraagt inmiddels € 4.318,60 (zes maanden huur plus incassokosten). Het vonnis van de "
        "kantonrechter Rotterdam is van 21 augustus; de deurwaarder (Flanderijn) heeft de ontruiming aangezegd "
        "voor 2 oktober 2025 om 09.00 uur.")
    d.p("Wij willen de ontruiming best aanhouden als er vóór 23 september een getekende betalingsregeling ligt én "
        "hij meewerkt aan budgetbeheer via de Kredietbank Rotterdam. Hij heeft ons laten weten dat hij sinds de "
        "zomer in behandeling is bij Antes voor een <b>alcoholverslaving</b>; dat kan meewegen, maar ik heb er "
        "geen stukken van.")
    d.p("Groet,<br/>Marieke<br/><br/>Marieke Schoonderwoerd | Consulent Huurincasso<br/>Woonstad Rotterdam | "
        "Postbus 2302, 3000 CH Rotterdam<br/>M 06 - 2394 8807 | T 010 440 88 00 (algemeen)", size=9)
    d.sp(3)
    d.p("<b>Van:</b> Rachid Bouzambou &lt;r.bouzambou@rotterdam.nl&gt;<br/><b>Verzonden:</b> dinsdag 9 september "
        "2025 11:05<br/><b>Aan:</b> m.schoonderwoerd@woonstadrotterdam.nl<br/><b>Onderwerp:</b> dreigende "
        "ontruiming Hillevliet", size=9)
    d.sp(2)
    d.p("Goedemorgen Marieke,")
    d.p("Ik ben vanuit het wijkteam de contactpersoon voor de heer G. van den Akker-Sibelo "
        "(Hillevliet 118-C, 3074 KP Rotterdam, geboren 17-06-1979). Er wonen twee kinderen (8 en 11) "
        "in huis. Via vroegsignalering kregen we zijn melding pas in juli binnen. Kunnen we de ontruiming "
        "voorkomen? Volgens de werkwijze van het Rotterdamse convenant Voorkomen huisuitzettingen is een "
        "ontruiming met minderjarige kinderen de laatste stap. Ik heb wethouder Zeegers nog niet "
        "ingelicht, wel mijn teamleider Annelies Kooiman.")
    d.p("Zijn IBAN voor de betalingsregeling is " + make_iban("INGB", "6640192") + ". Zijn schuldhulpverlener "
        "bij de Kredietbank is Dewi Sastrowardojo.")
    d.p("Met vriendelijke groet,<br/>Rachid Bouzambou<br/>Wijkteam Feijenoord, gemeente Rotterdam<br/>"
        "06-1187 5523 | Bereikbaar via 14 010", size=9)
    d.motivation("Gezondheidsgegevens zijn weggelakt op grond van artikel 5.1, eerste lid, onder d, Woo.")
    d.r("PERSON", "Marieke Schoonderwoerd", "Schoonderwoerd", "Marieke")
    d.r("EMAIL", "m.schoonderwoerd@woonstadrotterdam.nl", "m.schoonderwoerd@woonstadrotterdam.nl")
    d.r("PERSON", "Rachid Bouzambou", "Bouzambou", "Rachid")
    d.r("EMAIL", "r.bouzambou@rotterdam.nl", "r.bouzambou@rotterdam.nl")
    d.r("PERSON", "G. van den Akker-Sibelo", "Van den Akker-Sibelo", "van den Akker-Sibelo")
    d.r("HEALTH", "alcoholverslaving", "alcoholverslaving")
    d.r("PHONE", "06 - 2394 8807", "06 - 2394 8807")
    d.r("ADDRESS", "Hillevliet 118-C, 3074 KP Rotterdam", "Hillevliet 118-C", "3074 KP")
    d.r("DOB", "17-06-1979", "17-06-1979")
    d.r("PERSON", "Annelies Kooiman", "Annelies Kooiman")
    d.r("IBAN", "IBAN", make_iban("INGB", "6640192"))
    d.r("PERSON", "Dewi Sastrowardojo", "Sastrowardojo", "Dewi")
    d.r("PHONE", "06-1187 5523", "06-1187 5523")
    d.k("ORG", "Woonstad Rotterdam", "Kredietbank Rotterdam", "Flanderijn", "Antes", "Wijkteam Feijenoord")
    d.k("MAILBOX", "wijkteamfeijenoord@rotterdam.nl", "incasso@woonstadrotterdam.nl")
    d.k("REF", "WR-INC-2025-4471")
    d.k("AMOUNT", "€ 4.318,60")
    d.k("PHONE", "010 440 88 00", "14 010")
    d.k("ADDRESS", "Postbus 2302, 3000 CH Rotterdam")
    d.k("PROGRAMME", "Voorkomen huisuitzettingen", "vroegsignalering")
    d.k("OFFICE", "wethouder Zeegers")
    d.k("TERM", "Consulent Huurincasso", "kantonrechter Rotterdam")
    d.k("DATE", "2 oktober 2025")
    return d


def bn07():
    d = Doc("bn07_ontruimingsaanzegging_deurwaarder", "Aanzegging ontruiming", font="LibSerif", size=10,
            org="Van Rijn & Bloemendaal gerechtsdeurwaarders")
    d.footer = ("Van Rijn &amp; Bloemendaal gerechtsdeurwaarders B.V.  ·  Kanaalweg 14, 2903 LS Capelle aan den IJssel  ·  "
                "KvK 24311987  ·  010 - 458 12 00  ·  info@vrbdeurwaarders.nl").replace("&amp;", "&")
    d.p("<b>VAN RIJN &amp; BLOEMENDAAL</b><br/>gerechtsdeurwaarders – incasso – juridisch advies", size=13)
    d.sp(4)
    d.side("Aan de heer<br/>G. VAN DEN AKKER-SIBELO<br/>en alle overige bewoners<br/>Hillevliet 118-C<br/>3074 KP ROTTERDAM",
           "Dossier: 25/RT/88301<br/>Opdrachtgever: Stichting Woonstad Rotterdam<br/>Behandelaar: K.M. Tjon A Fong<br/>"
           "Direct: 010 - 458 12 47<br/>k.tjonafong@vrbdeurwaarders.nl", wl=95, wr=70)
    d.sp(6)
    d.p("<b>EXPLOIT VAN AANZEGGING TOT ONTRUIMING</b>", size=11.5)
    d.p("Heden, de vijftiende september tweeduizend vijfentwintig, op verzoek van de stichting Stichting Woonstad "
        "Rotterdam, gevestigd te Rotterdam, voor wie woonplaats wordt gekozen ten kantore van ondergetekende, heb "
        "ik, Kevin Marcel Tjon A Fong, toegevoegd kandidaat-gerechtsdeurwaarder, werkzaam ten kantore van Van "
        "Rijn &amp; Bloemendaal, krachtens het vonnis van de kantonrechter van de rechtbank Rotterdam, locatie "
        "Rotterdam, van 21 augustus 2025 (zaaknummer 11244871 CV EXPL 25-30618),")
    d.p("AANGEZEGD AAN: de heer Gerrit van den Akker-Sibelo, wonende te Rotterdam, mijn exploot doende en "
        "afschrift dezes latende aan zijn adres, in gesloten envelop, omdat ik aldaar niemand aantrof,")
    d.p("dat hij de woning aan de Hillevliet 118-C te Rotterdam uiterlijk op <b>donderdag 2 oktober 2025 om 09.00 "
        "uur</b> met al de zijnen en het zijne dient te hebben ontruimd en de sleutels aan de verhuurder dient te "
        "hebben afgegeven, bij gebreke waarvan de ontruiming door mij zal worden bewerkstelligd, zo nodig met "
        "behulp van de sterke arm.")
    d.table([["Specificatie vordering", "bedrag"], ["Huurachterstand t/m september 2025", "€ 3.644,10"],
             ["Proceskosten volgens vonnis", "€ 498,00"], ["Kosten betekening vonnis en exploot", "€ 176,50"],
             ["Totaal", "€ 4.318,60"]], widths=[110 * mm, 40 * mm])
    d.sp(3)
    d.p("Betaling vóór de ontruimingsdatum op rekening NL27 ABNA 0412 8876 09 t.n.v. Van Rijn &amp; Bloemendaal "
        "Derdengelden o.v.v. 25/RT/88301 kan de ontruiming voorkomen. Neem contact op met het Juridisch Loket "
        "(0900 8020) of met het Wijkteam Feijenoord als u hulp nodig heeft.")
    d.p("De kosten van dit exploot zijn € 98,40.", size=9)
    d.sp(4)
    d.p("De toegevoegd kandidaat-gerechtsdeurwaarder,<br/><br/>K.M. Tjon A Fong")
    d.r("PERSON", "G. van den Akker-Sibelo", "VAN DEN AKKER-SIBELO", "van den Akker-Sibelo", "Gerrit")
    d.r("ADDRESS", "Hillevliet 118-C, 3074 KP ROTTERDAM", "Hillevliet 118-C", "3074 KP")
    d.r("PERSON", "Kevin Marcel Tjon A Fong", "Tjon A Fong", "Kevin Marcel")
    d.r("PHONE", "010 - 458 12 47", "010 - 458 12 47")
    d.r("EMAIL", "k.tjonafong@vrbdeurwaarders.nl", "k.tjonafong@vrbdeurwaarders.nl")
    d.k("ORG", "Stichting Woonstad Rotterdam", "Juridisch Loket", "Wijkteam Feijenoord")
    d.k("ORG", "Van Rijn & Bloemendaal")
    d.k("REF", "25/RT/88301", "11244871 CV EXPL 25-30618")
    d.k("AMOUNT", "€ 3.644,10", "€ 4.318,60", "€ 98,40")
    d.k("PHONE", "010 - 458 12 00", "0900 8020")
    d.k("MAILBOX", "info@vrbdeurwaarders.nl")
    d.k("TERM", "kandidaat-gerechtsdeurwaarder", "kantonrechter")
    d.k("DATE", "21 augustus 2025")
    d.k("ADDRESS", "Kanaalweg 14, 2903 LS Capelle aan den IJssel")
    return d


def bn08():
    d = Doc("bn08_teams_chat_urgentieteam", "Export Teams-chat urgentieteam", font="DejaVuSans", size=9,
            org="Gemeente Groningen")
    d.footer = "Export Microsoft Teams – kanaal ‘Urgentie & Bijzondere Doelgroepen’ – gemeente Groningen – {p}"
    d.h("Chatexport 14-10-2025 t/m 16-10-2025", size=11)
    d.p("Deelnemers: Femke Haaijer-Wubbolts, Jurre Boekhoorn, Aylin Koç, Hendrik-Jan Smid (Lefier), Wouter "
        "(extern)", size=8.5)
    msgs = [
        ("14-10 09:12", "Jurre Boekhoorn", "Morgen allemaal. Aanvraag Van Tuyll van Serooskerken staat bij mij, "
         "sociale urgentie na scheiding. Mevrouw slaapt nu bij haar zus in Hoogezand."),
        ("14-10 09:15", "Femke Haaijer-Wubbolts", "Die van Paddepoel? Heeft de GGD al iets over haar PTSS gezegd?"),
        ("14-10 09:16", "Jurre Boekhoorn", "Nog niet, ik bel Aylin vandaag."),
        ("14-10 10:41", "Aylin Koç", "@Jurre ik heb het advies bijna klaar, ze is opgenomen geweest bij Lentis "
         "(crisisdienst). Verdere details niet in de chat pls 🙏"),
        ("14-10 10:43", "Jurre Boekhoorn", "👍 thx Aylin"),
        ("15-10 08:58", "Hendrik-Jan Smid", "Vanuit Lefier: we hebben een 2-kamerwoning aan de Zaagmuldersweg vrij per "
         "1/11. Kan die naar jullie urgentieklant? Bel me even: 06 5310 7764"),
        ("15-10 09:02", "Femke Haaijer-Wubbolts", "Top Hendrik-Jan! Ik zet hem op de lijst voor het "
         "matchingsoverleg. @Wouter wil jij de huurtoeslag checken?"),
        ("15-10 09:30", "Wouter", "Doe ik. Ik zie wel dat ze nog een schuld bij CJIB heeft (verkeersboetes), "
         "maakt niet uit voor de toeslag."),
        ("15-10 14:20", "Femke Haaijer-Wubbolts", "Wethouder Bloemhoff wil donderdag een update over de aantallen "
         "(niet over individuele klanten). Ik maak een overzicht zonder namen."),
        ("16-10 11:05", "Jurre Boekhoorn", "Matchingsoverleg: woning Zaagmuldersweg gaat naar mw. Van Tuyll van "
         "Serooskerken. Sleutel 1/11 bij Lefier, Oosterhamrikkade. Aylin, jij zorgt voor de warme overdracht?"),
        ("16-10 11:07", "Aylin Koç", "Ja 😊"),
    ]
    rows = [["Tijd", "Afzender", "Bericht"]] + [[a, b, c] for a, b, c in msgs]
    d.table(rows, widths=[22 * mm, 38 * mm, 105 * mm], size=8.5, grid=False, zebra=True)
    d.sp(3)
    d.p("Het overzicht voor wethouder Bloemhoff wordt apart opgesteld door team Wonen (woonzaken@groningen.nl).",
        size=8.5)
    d.r("PERSON", "Femke Haaijer-Wubbolts", "Haaijer-Wubbolts", "Femke")
    d.r("PERSON", "Jurre Boekhoorn", "Boekhoorn", "Jurre")
    d.r("PERSON", "Aylin Koç", "Koç", "Aylin")
    d.r("PERSON", "Hendrik-Jan Smid", "Smid", "Hendrik-Jan")
    d.r("PERSON", "Wouter", "Wouter")
    d.r("PERSON", "mw. Van Tuyll van Serooskerken", "Van Tuyll van Serooskerken")
    d.r("HEALTH", "PTSS", "PTSS")
    d.r("HEALTH", "opgenomen bij Lentis (crisisdienst)", "opgenomen geweest bij Lentis")
    d.r("PHONE", "06 5310 7764", "06 5310 7764")
    d.r("CRIMINAL", "schuld bij CJIB", "schuld bij CJIB")
    d.k("ORG", "Lefier", "GGD", "gemeente Groningen")
    d.k("OFFICE", "Wethouder Bloemhoff", "wethouder Bloemhoff")
    d.k("PLACE", "Oosterhamrikkade")  # the vacant home's street and her neighbourhood are not probes
    d.k("MAILBOX", "woonzaken@groningen.nl")
    d.k("TERM", "sociale urgentie", "matchingsoverleg", "huurtoeslag")
    return d


ALL = [bn01, bn02, bn03, bn04, bn05, bn06, bn07, bn08]
